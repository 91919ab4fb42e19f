//! JSON lines written by hand: one object per claim, byte for byte what `serde_json` writes for a
//! [`Row`](super::Row) (a test holds the two together), without its generic machinery. A listing
//! of an archive writes four times its text as JSON, and most of that is the same document fields
//! and the same sentence again and again: here they are escaped once and copied.

use std::io::{self, Write};

use super::Checked;
use crate::extract::Claim;
use crate::metadata::{FieldName, Metadata};

/// `,"key":` and `value` as a JSON string, or `,"key":null`: each in as few copies as it can be
/// (most of a row's optional fields are empty, and nearly no string needs escaping).
macro_rules! string_field {
    ($out:expr, $key:literal, $value:expr) => {
        match $value {
            Some(s) => keyed_string($out, concat!(",\"", $key, "\":\"").as_bytes(), s)?,
            None => $out.extend_from_slice(concat!(",\"", $key, "\":null").as_bytes()),
        }
    };
}

/// Writes one document's claims as JSON lines.
pub struct JsonRows<'a> {
    /// `{"doc":…,"doc_published":…,`: the same on every row of the document.
    prefix: Vec<u8>,
    /// The last sentence written (claims of one sentence share it), and its JSON.
    sentence: Option<&'a str>,
    sentence_json: Vec<u8>,
}

impl<'a> JsonRows<'a> {
    /// Rows of the document at `doc` (its path as stored) whose source is `source`.
    pub fn new(doc: &str, source: &Metadata) -> io::Result<Self> {
        let mut prefix = Vec::with_capacity(256);
        prefix.extend_from_slice(b"{\"doc\":");
        string(&mut prefix, doc)?;
        for (key, field) in [
            ("doc_title", FieldName::Title),
            ("doc_outlet", FieldName::Outlet),
            ("doc_url", FieldName::Url),
            ("doc_published", FieldName::Published),
        ] {
            write!(prefix, ",\"{key}\":")?;
            optional(&mut prefix, source.value(field))?;
        }
        prefix.push(b',');
        Ok(Self { prefix, sentence: None, sentence_json: Vec::new() })
    }

    /// About the bytes the row of `claim` takes, or more: what a document's buffer reserves at
    /// once (grown row by row, it was copied over and over, a fiftieth of a listing's time). The
    /// sentence is counted, the rest is allowed for: a row's keys, numbers and names take about
    /// 230 bytes, its short strings (number, subject, source) rarely 170 more. A longer row, or
    /// what `tally check` adds, grows the buffer.
    pub fn row_bytes(&self, claim: &Claim) -> usize {
        const ALLOWED_BYTES: usize = 400;
        self.prefix.len() + ALLOWED_BYTES + claim.sentence.len()
    }

    /// Appends the row of `claim` (with what `tally check` adds, if given) to `out`.
    pub fn write(&mut self, out: &mut Vec<u8>, claim: &'a Claim, checked: Option<&Checked<'_>>) -> io::Result<()> {
        let mut digits = itoa::Buffer::new();
        out.extend_from_slice(&self.prefix);
        out.extend_from_slice(b"\"start\":");
        push_short(out, digits.format(claim.start()));
        out.extend_from_slice(b",\"end\":");
        push_short(out, digits.format(claim.end()));
        string_field!(out, "text", Some(claim.text.as_str()));
        out.extend_from_slice(b",\"kind\":\"");
        out.extend_from_slice(claim.kind.as_str().as_bytes());
        out.extend_from_slice(b"\",\"value\":");
        number(out, claim.value())?;
        match claim.value_max() {
            None => out.extend_from_slice(b",\"value_max\":null"),
            max => {
                out.extend_from_slice(b",\"value_max\":");
                number(out, max)?;
            }
        }
        string_field!(out, "unit", claim.unit.as_deref());
        string_field!(out, "date", claim.date());
        out.extend_from_slice(b",\"qualifier\":\"");
        out.extend_from_slice(claim.qualifier.as_str().as_bytes());
        out.push(b'"');
        string_field!(out, "subject", claim.subject.as_deref());
        string_field!(out, "subject_head", claim.subject_head.as_deref());
        string_field!(out, "scope", claim.scope());
        out.extend_from_slice(b",\"sentence\":");
        let sentence: &'a str = &claim.sentence;
        if !self.sentence.is_some_and(|last| std::ptr::eq(last, sentence)) {
            self.sentence_json.clear();
            string(&mut self.sentence_json, sentence)?;
            self.sentence = Some(sentence);
        }
        out.extend_from_slice(&self.sentence_json);
        string_field!(out, "attribution", claim.attribution());
        string_field!(out, "source", claim.source());
        if let Some(checked) = checked {
            // Rare enough (and varied enough) to leave to serde: its fields follow the claim's.
            let fields = serde_json::to_vec(checked)?;
            out.push(b',');
            out.extend_from_slice(fields.get(1..).unwrap_or_default());
        } else {
            out.push(b'}');
        }
        out.push(b'\n');
        Ok(())
    }
}

/// `s` as a JSON string: copied between quotes when nothing in it needs escaping (nearly always),
/// else escaped by `serde_json`.
fn string(out: &mut Vec<u8>, s: &str) -> io::Result<()> {
    keyed_string(out, b"\"", s)
}

/// `key_and_quote` (a field's `,"name":` and the opening quote, or the quote alone) and `s` as the
/// rest of a JSON string: copied as it is when nothing in it needs escaping (nearly always), else
/// escaped by `serde_json`. The key and quote go in one copy.
#[inline(always)]
fn keyed_string(out: &mut Vec<u8>, key_and_quote: &[u8], s: &str) -> io::Result<()> {
    if needs_escape(s.as_bytes()) {
        out.extend_from_slice(&key_and_quote[..key_and_quote.len() - 1]);
        return serde_json::to_writer(out, s).map_err(io::Error::from);
    }
    out.extend_from_slice(key_and_quote);
    out.extend_from_slice(s.as_bytes());
    out.push(b'"');
    Ok(())
}

/// Does `b` hold a byte JSON must escape (a control character, `"` or `\\`)? Eight bytes are
/// tested at a time: every string of every row passes here, four times the corpus's size.
fn needs_escape(b: &[u8]) -> bool {
    use crate::lanes::{any_below, equal, load};
    let escape = |x: u64| any_below(x, 0x20) || equal(x, b'"') | equal(x, b'\\') != 0;
    let (chunks, rest) = b.as_chunks::<8>();
    if chunks.iter().map(load).any(escape) {
        return true;
    }
    // The last few bytes: as the last eight bytes (again) where there are eight, a byte at a time
    // (which mispredicts where the string ends) only in a string shorter than that.
    match b.last_chunk::<8>() {
        Some(last) => !rest.is_empty() && escape(load(last)),
        None => rest.iter().any(|&c| c < 0x20 || c == b'"' || c == b'\\'),
    }
}

/// A number's few digits appended one by one: `extend_from_slice` calls `memcpy`, whose set-up
/// costs more than copying so few, and which mispredicts on their varying lengths (longer strings
/// are better copied by it: there the loop's end mispredicts as often).
fn push_short(out: &mut Vec<u8>, s: &str) {
    for &c in s.as_bytes() {
        out.push(c);
    }
}

fn optional(out: &mut Vec<u8>, s: Option<&str>) -> io::Result<()> {
    match s {
        Some(s) => string(out, s),
        None => {
            out.extend_from_slice(b"null");
            Ok(())
        }
    }
}

/// A claim's number as its `serde` form writes it: whole numbers as integers, others as
/// `serde_json` writes a float (`null` for one that is not finite).
fn number(out: &mut Vec<u8>, v: Option<f64>) -> io::Result<()> {
    match v {
        Some(v) => match crate::extract::whole_numbers::whole(v) {
            Some(n) => {
                push_short(out, itoa::Buffer::new().format(n));
                Ok(())
            }
            None => serde_json::to_writer(out, &v).map_err(io::Error::from),
        },
        None => {
            out.extend_from_slice(b"null");
            Ok(())
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::{Checked, Consistency, Row};
    use super::*;
    use crate::extract::{Kind, Qualifier};
    use crate::metadata::{Field, Origin};

    #[test]
    fn the_bytes_to_escape_are_found_wherever_they_stand() {
        let one_by_one = |b: &[u8]| b.iter().any(|&c| c < 0x20 || c == b'"' || c == b'\\');
        // Every byte value at every position of strings up to 20 bytes long, among ASCII and
        // among the bytes of multi-byte characters (which borrow across lanes when tested).
        for filler in [b'a', 0x80, 0xC3, 0xFF, 0x21, 0x5D] {
            for len in 1..=20usize {
                for at in 0..len {
                    for c in 0..=255u8 {
                        let mut b = vec![filler; len];
                        b[at] = c;
                        assert_eq!(super::needs_escape(&b), one_by_one(&b), "{b:?}");
                    }
                }
            }
        }
        assert!(!super::needs_escape("Ana Ruiz said — “40” 😀 é".as_bytes()));
        assert!(super::needs_escape("a \"quoted\" word".as_bytes()));
    }

    /// What `serde_json` writes for the row.
    fn by_serde(doc: &str, source: &Metadata, claim: &Claim, checked: Option<&Checked<'_>>) -> Vec<u8> {
        let row = Row {
            doc,
            doc_title: source.value(FieldName::Title),
            doc_outlet: source.value(FieldName::Outlet),
            doc_url: source.value(FieldName::Url),
            doc_published: source.value(FieldName::Published),
            claim,
            checked,
        };
        let mut json = serde_json::to_vec(&row).unwrap();
        json.push(b'\n');
        json
    }

    #[test]
    fn rows_are_what_serde_writes_for_every_claim_of_the_sample_and_awkward_ones() {
        let mut cases: Vec<(String, Metadata, Claim)> = Vec::new();
        for doc in crate::sample::documents() {
            for claim in crate::extract::extract_in(&doc.text, doc.language()) {
                cases.push((doc.path.clone(), doc.metadata.clone(), claim));
            }
        }
        assert!(cases.len() > 50);
        let mut awkward = cases[0].2.clone();
        awkward.text = "\"24\"\\ \u{1}\t—é 🎉".into();
        awkward.set_value(Some(0.1 + 0.2));
        awkward.set_value_max(Some(f64::INFINITY));
        awkward.unit = Some("km²".into());
        awkward.subject = Some("people \"killed\"\nin the north".into());
        awkward.sentence = "A line\r\nwith 🎉 and \u{7f}, \u{1f} and \u{2028} in it".into();
        awkward.set_attribution(Some("مصادر رسمية".into()));
        let mut big = awkward.clone();
        (big.kind, big.qualifier) = (Kind::Money, Qualifier::Nearly);
        big.set_value(Some(2e15));
        big.set_value_max(Some(-3.0));
        let mut nan = cases[1].2.clone();
        nan.set_value(Some(f64::NAN));
        nan.set_value_max(Some(-0.5));
        let source = Metadata {
            title: Some(Field { value: "Tally \"daily\" — \\ édition".into(), origin: Origin::Guess }),
            url: Some(Field { value: "https://example.org/a?b=1&c=2".into(), origin: Origin::Guess }),
            ..Metadata::default()
        };
        for claim in [awkward, big, nan] {
            cases.push(("dir/tab\there.txt".into(), source.clone(), claim));
        }
        let checked = Checked {
            group: Some(3),
            quantity: Some("people \"died\""),
            origin: 2,
            suggestion: "conflicting",
            reason: "2 other origins: 20 (a.txt)",
            consistency: vec![Consistency {
                relation: crate::compare::RelationKind::Sum,
                parts: vec![1, 7],
                expected: 27.5,
                holds: false,
            }],
        };
        // One document's rows share their prefix and sentences: write them through one writer.
        let mut by_hand = Vec::new();
        let mut expected = Vec::new();
        for (i, (doc, source, claim)) in cases.iter().enumerate() {
            let checked = (i % 3 == 0).then_some(&checked);
            JsonRows::new(doc, source).unwrap().write(&mut by_hand, claim, checked).unwrap();
            expected.extend(by_serde(doc, source, claim, checked));
        }
        assert_eq!(String::from_utf8(by_hand).unwrap(), String::from_utf8(expected).unwrap());
        let (doc, source) = (&cases[0].0, &cases[0].1);
        let mut rows = JsonRows::new(doc, source).unwrap();
        let mut shared = Vec::new();
        let mut apart = Vec::new();
        for (_, _, claim) in cases.iter().filter(|(d, _, _)| d == doc) {
            rows.write(&mut shared, claim, None).unwrap();
            apart.extend(by_serde(doc, source, claim, None));
        }
        assert_eq!(String::from_utf8(shared).unwrap(), String::from_utf8(apart).unwrap());
    }
}
