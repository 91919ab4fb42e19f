//! The `Claim` record: one number expression found in a document, with its context, and how
//! it is written to files. Its rarely set fields live in a box of their own, so the quarter
//! million claims of an archive do not each carry room for them.

use std::sync::Arc;

use compact_str::CompactString;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use super::{Kind, Qualifier, Sentence};

/// One number expression in a document, with what a reviewer needs to judge it.
///
/// Files hold it as a flat record (`start`, `end`, `text`, `kind`, `value`, `value_max`, `unit`,
/// `date`, `qualifier`, `subject`, `subject_head`, `scope`, `sentence`, `attribution`, `source`).
#[derive(Clone, Debug, PartialEq)]
pub struct Claim {
    /// Byte offset of the first byte of the expression (a char boundary; see [`Claim::start`]).
    /// 32 bits: a document is at most [`crate::corpus::MAX_FILE_BYTES`].
    pub(super) start: u32,
    /// Byte offset one past the expression (a char boundary; see [`Claim::end`]).
    pub(super) end: u32,
    /// Exactly `document[start..end]`.
    pub text: CompactString,
    /// What sort of quantity it states.
    pub kind: Kind,
    /// The normalized number (see [`Claim::value`]), kept apart from whether there is one so the
    /// flag sits beside the kind and qualifier rather than take 8 bytes of its own.
    pub(super) value: f64,
    /// Is there a number (else `value` is 0 and means nothing)?
    pub(super) has_value: bool,
    /// Currency code, "percent", "hours", "km", …
    pub unit: Option<CompactString>,
    /// How the text hedges it.
    pub qualifier: Qualifier,
    /// What is being counted, in the document's words.
    pub subject: Option<CompactString>,
    /// The subject's head, normalized for grouping: "died", "deaths", "killed" → `death`.
    pub subject_head: Option<CompactString>,
    /// The sentence the claim sits in. (Empty in a project file's brief form of an untouched
    /// claim, which is filled in from the corpus on open.)
    pub sentence: Sentence,
    /// Who its sentence says it comes from (see [`Claim::attribution`], [`Claim::source`]):
    /// shared by the claims one source governs, as most of a sentence's are. `None` when neither
    /// is known.
    pub(super) said: Option<Arc<Said>>,
    /// A range's high end, a date, a scope: one claim in eight has any (see [`Claim::value_max`],
    /// [`Claim::date`], [`Claim::scope`]). `None` whenever all three are.
    pub(super) rare: Option<Box<Rare>>,
}

/// Who a claim's sentence says it comes from.
#[derive(Clone, Debug, Default, PartialEq)]
pub(super) struct Said {
    /// The words naming the source.
    pub(super) attribution: Option<CompactString>,
    /// The source's name, normalized.
    pub(super) source: Option<CompactString>,
}

impl Said {
    /// The shared record of these, or none when both are empty (so equal claims compare equal).
    pub(super) fn shared(attribution: Option<CompactString>, source: Option<CompactString>) -> Option<Arc<Said>> {
        (attribution.is_some() || source.is_some()).then(|| Arc::new(Said { attribution, source }))
    }
}

/// The record of who said a claim, for the source at `at` among its sentence's: `last`'s when the
/// sentence's previous claim had the same source (most claims of a sentence do), else a new one
/// made of `words()` (the phrase and the source's name), which becomes `last`.
pub(super) fn shared_said<'a>(
    last: &mut Option<(usize, Arc<Said>)>,
    at: usize,
    words: impl FnOnce() -> (&'a str, &'a str),
) -> Option<Arc<Said>> {
    if let Some((was, said)) = last
        && *was == at
    {
        return Some(Arc::clone(said));
    }
    let (phrase, source) = words();
    let said = Said::shared(Some(phrase.into()), Some(source.into()))?;
    *last = Some((at, Arc::clone(&said)));
    Some(said)
}

/// The fields few claims have.
#[derive(Clone, Debug, Default, PartialEq)]
pub(super) struct Rare {
    value_max: Option<f64>,
    date: Option<CompactString>,
    scope: Option<CompactString>,
}

impl Rare {
    /// The box for these fields, or none when all are empty (so equal claims compare equal).
    pub(super) fn boxed(
        value_max: Option<f64>,
        date: Option<CompactString>,
        scope: Option<CompactString>,
    ) -> Option<Box<Rare>> {
        (value_max.is_some() || date.is_some() || scope.is_some()).then(|| Box::new(Rare { value_max, date, scope }))
    }
}

impl Claim {
    /// A claim of `text` at `start..end` with every other field empty (the engine and tests fill
    /// in the rest).
    pub fn new(start: usize, end: usize, text: impl Into<CompactString>, kind: Kind) -> Claim {
        Claim {
            start: offset(start),
            end: offset(end),
            text: text.into(),
            kind,
            value: 0.0,
            has_value: false,
            unit: None,
            qualifier: Qualifier::Exact,
            subject: None,
            subject_head: None,
            sentence: Sentence::default(),
            said: None,
            rare: None,
        }
    }

    /// Byte offset of the first byte of the expression (a char boundary).
    pub fn start(&self) -> usize {
        self.start as usize
    }

    /// Byte offset one past the expression (a char boundary).
    pub fn end(&self) -> usize {
        self.end as usize
    }

    /// `start()..end()`.
    pub fn span(&self) -> std::ops::Range<usize> {
        self.start()..self.end()
    }

    /// Moves the claim to `start..end` (its text is not changed).
    pub fn set_span(&mut self, start: usize, end: usize) {
        (self.start, self.end) = (offset(start), offset(end));
    }

    /// The normalized number; for a range, its low end. `None` where no single number fits.
    pub fn value(&self) -> Option<f64> {
        self.has_value.then_some(self.value)
    }

    /// Sets the number.
    pub fn set_value(&mut self, value: Option<f64>) {
        (self.value, self.has_value) = (value.unwrap_or_default(), value.is_some());
    }

    /// The words naming the claim's source, if its sentence names one: "According to the
    /// Election Council", "Romero said", "he said".
    pub fn attribution(&self) -> Option<&str> {
        self.said.as_ref().and_then(|s| s.attribution.as_deref())
    }

    /// The source's name, normalized: "Election Council", "Romero" (for "he said", the person
    /// named before), "the interior ministry".
    pub fn source(&self) -> Option<&str> {
        self.said.as_ref().and_then(|s| s.source.as_deref())
    }

    /// Sets the words naming the source.
    pub fn set_attribution(&mut self, attribution: Option<CompactString>) {
        let source = self.source().map(CompactString::from);
        self.said = Said::shared(attribution, source);
    }

    /// Sets the source's name.
    pub fn set_source(&mut self, source: Option<CompactString>) {
        let attribution = self.attribution().map(CompactString::from);
        self.said = Said::shared(attribution, source);
    }

    /// The high end of a range.
    pub fn value_max(&self) -> Option<f64> {
        self.rare.as_ref().and_then(|r| r.value_max)
    }

    /// For dates: ISO `2024-07-17`, or partial `2023-07`, `--07-28`, `2024`.
    pub fn date(&self) -> Option<&str> {
        self.rare.as_ref().and_then(|r| r.date.as_deref())
    }

    /// Where or among whom or when the subject holds, in the document's words: "in the northern
    /// province", "among minors", "since the election".
    pub fn scope(&self) -> Option<&str> {
        self.rare.as_ref().and_then(|r| r.scope.as_deref())
    }

    /// Sets the high end of a range.
    pub fn set_value_max(&mut self, value_max: Option<f64>) {
        self.edit_rare(|r| r.value_max = value_max);
    }

    /// Sets the date.
    pub fn set_date(&mut self, date: Option<CompactString>) {
        self.edit_rare(|r| r.date = date);
    }

    /// Sets the scope.
    pub fn set_scope(&mut self, scope: Option<CompactString>) {
        self.edit_rare(|r| r.scope = scope);
    }

    /// Changes the rare fields, dropping their box when all are empty again.
    fn edit_rare(&mut self, change: impl FnOnce(&mut Rare)) {
        let mut rare = self.rare.take().map(|b| *b).unwrap_or_default();
        change(&mut rare);
        self.rare = Rare::boxed(rare.value_max, rare.date, rare.scope);
    }
}

/// A byte offset as a claim keeps it. Documents are read up to [`crate::corpus::MAX_FILE_BYTES`]
/// (64 MiB) and the engine reads at most 4 GiB of a text, so no claim found lies past `u32`; an
/// offset set past it stays past the end of any text (a span that matches nothing, so stale).
pub(super) fn offset(bytes: usize) -> u32 {
    u32::try_from(bytes).unwrap_or(u32::MAX)
}

/// The flat record a claim is written as, borrowed from it.
#[derive(Serialize)]
#[serde(rename = "Claim")]
struct ClaimRecordRef<'a> {
    start: u32,
    end: u32,
    text: &'a str,
    kind: Kind,
    #[serde(serialize_with = "whole_numbers::serialize")]
    value: Option<f64>,
    #[serde(serialize_with = "whole_numbers::serialize")]
    value_max: Option<f64>,
    unit: Option<&'a str>,
    date: Option<&'a str>,
    qualifier: Qualifier,
    subject: Option<&'a str>,
    subject_head: Option<&'a str>,
    scope: Option<&'a str>,
    sentence: &'a Sentence,
    attribution: Option<&'a str>,
    source: Option<&'a str>,
}

/// The flat record a claim is read from.
#[derive(Deserialize)]
#[serde(rename = "Claim", deny_unknown_fields)]
struct ClaimRecord {
    start: u32,
    end: u32,
    text: CompactString,
    kind: Kind,
    #[serde(default, deserialize_with = "whole_numbers::deserialize")]
    value: Option<f64>,
    #[serde(default, deserialize_with = "whole_numbers::deserialize")]
    value_max: Option<f64>,
    #[serde(default)]
    unit: Option<CompactString>,
    #[serde(default)]
    date: Option<CompactString>,
    #[serde(default)]
    qualifier: Qualifier,
    #[serde(default)]
    subject: Option<CompactString>,
    #[serde(default)]
    subject_head: Option<CompactString>,
    #[serde(default)]
    scope: Option<CompactString>,
    #[serde(default)]
    sentence: Sentence,
    #[serde(default)]
    attribution: Option<CompactString>,
    #[serde(default)]
    source: Option<CompactString>,
}

impl Serialize for Claim {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        ClaimRecordRef {
            start: self.start,
            end: self.end,
            text: &self.text,
            kind: self.kind,
            value: self.value(),
            value_max: self.value_max(),
            unit: self.unit.as_deref(),
            date: self.date(),
            qualifier: self.qualifier,
            subject: self.subject.as_deref(),
            subject_head: self.subject_head.as_deref(),
            scope: self.scope(),
            sentence: &self.sentence,
            attribution: self.attribution(),
            source: self.source(),
        }
        .serialize(s)
    }
}

impl<'de> Deserialize<'de> for Claim {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Claim, D::Error> {
        let r = ClaimRecord::deserialize(d)?;
        Ok(Claim {
            start: r.start,
            end: r.end,
            text: r.text,
            kind: r.kind,
            value: r.value.unwrap_or_default(),
            has_value: r.value.is_some(),
            unit: r.unit,
            qualifier: r.qualifier,
            subject: r.subject,
            subject_head: r.subject_head,
            sentence: r.sentence,
            said: Said::shared(r.attribution, r.source),
            rare: Rare::boxed(r.value_max, r.date, r.scope),
        })
    }
}

/// Serializes whole numbers as integers (`2000`, not `2000.0`) so JSON and RON read naturally.
pub(crate) mod whole_numbers {
    use serde::{Deserialize, Deserializer, Serializer};

    pub fn serialize<S: Serializer>(v: &Option<f64>, s: S) -> Result<S::Ok, S::Error> {
        match v {
            Some(v) => match whole(*v) {
                Some(n) => s.serialize_some(&n),
                None => s.serialize_some(v),
            },
            None => s.serialize_none(),
        }
    }

    /// `v` as an integer, if it is a whole number that a float holds exactly.
    pub(crate) fn whole(v: f64) -> Option<i64> {
        (v.fract() == 0.0 && v.abs() < 1e15).then_some(v as i64)
    }

    #[derive(Deserialize)]
    #[serde(untagged)]
    enum Number {
        Int(i64),
        Float(f64),
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<f64>, D::Error> {
        Ok(Option::<Number>::deserialize(d)?.map(|n| match n {
            Number::Int(i) => i as f64,
            Number::Float(f) => f,
        }))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rare_fields_are_boxed_only_while_set() {
        let plain = Claim::new(0, 2, "24", Kind::Count);
        let mut claim = plain.clone();
        claim.set_date(Some("2024-07-28".into()));
        claim.set_scope(Some("in the north".into()));
        claim.set_value_max(Some(30.0));
        assert_eq!(
            (claim.date(), claim.scope(), claim.value_max()),
            (Some("2024-07-28"), Some("in the north"), Some(30.0))
        );
        assert_ne!(claim, plain);
        claim.set_date(None);
        claim.set_scope(None);
        assert_ne!(claim, plain, "the range's high end is still set");
        claim.set_value_max(None);
        assert_eq!(claim, plain, "an emptied box is dropped, so the claims compare equal");
        assert!(claim.rare.is_none());
        assert!(std::mem::size_of::<Claim>() <= 160, "{} bytes", std::mem::size_of::<Claim>());
    }

    #[test]
    fn who_said_it_is_one_shared_record_kept_only_while_set() {
        let plain = Claim::new(0, 2, "24", Kind::Count);
        let mut claim = plain.clone();
        claim.set_attribution(Some("según el ministerio".into()));
        assert_eq!((claim.attribution(), claim.source()), (Some("según el ministerio"), None));
        claim.set_source(Some("the ministry — é".into()));
        assert_eq!((claim.attribution(), claim.source()), (Some("según el ministerio"), Some("the ministry — é")));
        let same = claim.clone();
        assert!(same.said.as_ref().zip(claim.said.as_ref()).is_some_and(|(a, b)| Arc::ptr_eq(a, b)), "shared");
        claim.set_attribution(None);
        assert_eq!((claim.attribution(), claim.source()), (None, Some("the ministry — é")));
        assert_eq!(same.attribution(), Some("según el ministerio"), "a copy keeps its own");
        claim.set_source(None);
        assert_eq!(claim, plain, "an emptied record is dropped, so the claims compare equal");
    }

    #[test]
    fn spans_are_kept_in_32_bits() {
        let mut claim = Claim::new(3, 11, "20 to 30", Kind::Range);
        assert_eq!((claim.start(), claim.end(), claim.span()), (3, 11, 3..11));
        claim.set_span(4_000_000_000, 4_000_000_008);
        assert_eq!(claim.span(), 4_000_000_000..4_000_000_008);
        // Past 4 GiB (no document is read that long): past the end of any text, never a panic.
        claim.set_span(5_000_000_000, 5_000_000_008);
        assert_eq!(claim.span(), u32::MAX as usize..u32::MAX as usize);
        assert_eq!("a text".get(claim.span()), None);
        assert!(ron::from_str::<Claim>(r#"(start:5000000000,end:5000000008,text:"24",kind:count)"#).is_err());
    }

    #[test]
    fn files_hold_the_flat_record() {
        let mut claim = Claim::new(3, 11, "20 to 30", Kind::Range);
        claim.set_value(Some(20.0));
        claim.set_value_max(Some(30.5));
        claim.set_scope(Some("among minors — é".into()));
        claim.sentence = "Some 20 to 30 among minors — é.".into();
        let ron = ron::to_string(&claim).expect("written");
        assert!(ron.contains("value:Some(20),value_max:Some(30.5),unit:None,date:None"), "{ron}");
        assert!(ron.contains(r#"scope:Some("among minors — é")"#), "{ron}");
        let back: Claim = ron::from_str(&ron).expect("read back");
        assert_eq!(back, claim);
        let plain: Claim = ron::from_str(r#"(start:0,end:2,text:"24",kind:count)"#).expect("defaults");
        assert_eq!(plain, Claim::new(0, 2, "24", Kind::Count));
        assert_eq!(plain.value(), None);
        // Zero is a number, not its absence.
        let zero: Claim = ron::from_str(r#"(start:0,end:1,text:"0",kind:count,value:Some(0))"#).expect("zero");
        assert_eq!(zero.value(), Some(0.0));
        assert_ne!(zero, Claim::new(0, 1, "0", Kind::Count));
        assert!(ron::to_string(&zero).expect("written").contains("value:Some(0)"));
        assert!(ron::from_str::<Claim>(r#"(start:0,end:2,text:"24",kind:count,colour:1)"#).is_err());
    }
}
