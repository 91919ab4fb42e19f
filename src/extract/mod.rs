//! Finding numeric claims in a document: the scanner, and the `Claim` it produces.
//!
//! The scanner walks the text once. Almost every byte is rejected by a table lookup: only digits and
//! the few words that can start a number expression ("twenty", "half", "July", "a" before "dozen")
//! reach the grammar (`digits.rs`, `words.rs`, `units.rs`, `ranges.rs`). Context (qualifier, subject, sentence, attribution) is read only
//! around what the grammar accepted, in `context.rs`.

mod attribution;
mod bytes;
pub(crate) mod claim;
mod context;
mod digits;
mod display;
mod filter;
pub(crate) mod heads;
pub(crate) mod lexicon;
mod names;
mod number_words;
mod ranges;
mod scanner;
mod sentence;
pub(crate) mod spanish;
mod subject;
mod units;
mod word_filter;
mod word_table;
mod words;

use compact_str::CompactString;
use serde::{Deserialize, Serialize};

use crate::language::Language;

pub use claim::Claim;
pub(crate) use claim::whole_numbers;
pub use display::{format_number, grouped, reader_date, shorten};
pub use heads::{singular, subject_head};
pub use sentence::Sentence;

/// What sort of quantity a claim states.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    /// How many of something: "24 people".
    Count,
    /// A share: "51 percent".
    Percent,
    /// An amount of money: "€45 million".
    Money,
    /// A measured amount: "120 mm", "3 km".
    Measure,
    /// A length of time: "72 hours".
    Duration,
    /// A date or year: "July 28, 2024".
    Date,
    /// A ratio or tally: "1 in 5", "voted 7-2".
    Ratio,
    /// A fraction: "two-thirds".
    Fraction,
    /// A fact-bearing ordinal: "a third term".
    Ordinal,
    /// A span of values: "between 40 and 50".
    Range,
}

impl Kind {
    /// Every kind, in the order listed.
    pub const ALL: [Kind; 10] = [
        Kind::Count,
        Kind::Percent,
        Kind::Money,
        Kind::Measure,
        Kind::Duration,
        Kind::Date,
        Kind::Ratio,
        Kind::Fraction,
        Kind::Ordinal,
        Kind::Range,
    ];

    /// The kind's name in files (`count`, `percent`…).
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Count => "count",
            Kind::Percent => "percent",
            Kind::Money => "money",
            Kind::Measure => "measure",
            Kind::Duration => "duration",
            Kind::Date => "date",
            Kind::Ratio => "ratio",
            Kind::Fraction => "fraction",
            Kind::Ordinal => "ordinal",
            Kind::Range => "range",
        }
    }
}

/// How the text hedges the number ("at least 24", "nearly 200").
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Qualifier {
    #[default]
    /// No hedge: "24 died".
    Exact,
    /// "at least".
    AtLeast,
    /// "more than", "over".
    MoreThan,
    /// "at most", "no more than".
    AtMost,
    /// "less than", "fewer than".
    LessThan,
    /// "about", "around", "some".
    Approximately,
    /// "nearly", "almost".
    Nearly,
    /// "up to".
    UpTo,
}

impl Qualifier {
    /// As a reader would say it: "at least", "more than", "exact".
    pub fn phrase(self) -> &'static str {
        match self {
            Qualifier::Exact => "exact",
            Qualifier::AtLeast => "at least",
            Qualifier::MoreThan => "more than",
            Qualifier::AtMost => "at most",
            Qualifier::LessThan => "less than",
            Qualifier::Approximately => "approximately",
            Qualifier::Nearly => "nearly",
            Qualifier::UpTo => "up to",
        }
    }

    /// The qualifier's name in files (`at_least`…).
    pub fn as_str(self) -> &'static str {
        match self {
            Qualifier::Exact => "exact",
            Qualifier::AtLeast => "at_least",
            Qualifier::MoreThan => "more_than",
            Qualifier::AtMost => "at_most",
            Qualifier::LessThan => "less_than",
            Qualifier::Approximately => "approximately",
            Qualifier::Nearly => "nearly",
            Qualifier::UpTo => "up_to",
        }
    }
}

/// What the grammar found before context is added.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Found {
    pub start: usize,
    pub end: usize,
    pub kind: Kind,
    pub value: Option<f64>,
    pub value_max: Option<f64>,
    pub unit: Option<&'static str>,
    pub date: Option<CompactString>,
}

/// Finds every numeric claim in `text`, read with `language`'s grammar.
pub fn extract_in(text: &str, language: Language) -> Vec<Claim> {
    collected_in(text, None, language)
}

/// The claims of `text` (sentences shared with `shared` when given), collected. News runs about
/// one claim per 300 bytes; reserving for that spares the growing vector most of its copies of
/// these (large) claims. Each grammar's claims are collected straight from its iterator: a claim
/// handed through the adapters that choose a grammar would be copied at each.
fn collected_in(text: &str, shared: Option<&std::sync::Arc<str>>, language: Language) -> Vec<Claim> {
    let mut claims = Vec::with_capacity((text.len() / 300).min(MAX_CLAIMS_PER_DOCUMENT));
    match language {
        Language::English => {
            claims.extend(claims_with(text, context::SentenceCache::sharing(shared)).take(MAX_CLAIMS_PER_DOCUMENT));
        }
        Language::Spanish => claims
            .extend(spanish::claims_with(text, spanish::SentenceCache::sharing(shared)).take(MAX_CLAIMS_PER_DOCUMENT)),
    }
    claims
}

/// A document lists at most this many claims. Prose never comes near (news holds a claim every
/// 300 bytes, figure-heavy reporting one every 60: 175,000 in 10 MB); a table or data dump saved
/// as text can hold millions, each a claim of its own in memory and in a project, which no one
/// reviews one by one. Past it the rest of the document is not read for claims, and every reader
/// says so ([`capped`]).
pub const MAX_CLAIMS_PER_DOCUMENT: usize = 250_000;

/// Did a document's extraction stop at [`MAX_CLAIMS_PER_DOCUMENT`]?
pub fn capped(claim_count: usize) -> bool {
    claim_count >= MAX_CLAIMS_PER_DOCUMENT
}

/// The claims of `text` read with `language`'s grammar, one at a time (what [`extract_in`]
/// collects).
pub fn claims_in(text: &str, language: Language) -> impl Iterator<Item = Claim> + '_ {
    let (english, spanish) = match language {
        Language::English => (Some(claims_of(text)), None),
        Language::Spanish => (None, Some(spanish::claims_with(text, spanish::SentenceCache::default()))),
    };
    english.into_iter().flatten().chain(spanish.into_iter().flatten()).take(MAX_CLAIMS_PER_DOCUMENT)
}

/// [`extract_in`] for a text that is shared (a project's document): each claim's sentence is a
/// stretch of `text` itself, not a copy.
pub fn extract_shared(text: &std::sync::Arc<str>, language: Language) -> Vec<Claim> {
    collected_in(text, Some(text), language)
}

/// Finds every numeric claim in an English `text`, ordered by position, never overlapping.
pub fn extract(text: &str) -> Vec<Claim> {
    collected_in(text, None, Language::English)
}

/// The claims of `text`, one at a time as they are found (what [`extract`] collects): a
/// number-dense document of millions of claims can be listed without holding them all.
pub fn claims_of(text: &str) -> impl Iterator<Item = Claim> + '_ {
    claims_with(text, context::SentenceCache::default())
}

/// The claims of `text`, working out sentences into `sentences`.
fn claims_with(text: &str, mut sentences: context::SentenceCache) -> impl Iterator<Item = Claim> + '_ {
    let text = within_offsets(text);
    scanner::Scanner::new(text)
        .filter(move |found| !(found.kind == Kind::Date && filter::page_furniture(text, found.start, found.end)))
        .map(move |found| context::complete(text, found, &mut sentences))
}

/// The part of `text` a claim's 32-bit offsets reach: all of it, as a document is read up to
/// [`crate::corpus::MAX_FILE_BYTES`]; a longer text given to the library is read up to 4 GiB.
/// Each grammar's `claims_with` reads only this.
fn within_offsets(text: &str) -> &str {
    let mut end = text.len().min(u32::MAX as usize);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    &text[..end]
}

/// The page's own date, if the text carries one as page furniture ("Last updated March 3, 2019",
/// "Posted 14 Feb, 2021", a date alone under the headline): ISO, possibly partial. Such dates are
/// not claims; this is where they go instead (a document's publication date).
pub fn publication_date(text: &str) -> Option<String> {
    publication_date_in(text, Language::English)
}

/// The page's own date as [`publication_date`] finds it, read with `language`'s grammar.
pub fn publication_date_in(text: &str, language: Language) -> Option<String> {
    if language == Language::Spanish {
        return spanish::publication_date(text);
    }
    // A stamp stands on a short line of its own, so only those lines are scanned: corpus loading
    // calls this for every document, and scanning the whole article would run the scanner twice.
    filter::stamp_lines(text).filter(|line| filter::may_hold_furniture_date(line)).find_map(|line| {
        scanner::Scanner::new(line)
            .find(|f| f.kind == Kind::Date && filter::page_furniture(line, f.start, f.end))
            .and_then(|f| f.date.map(String::from))
    })
}

/// Extracts every document's claims, each in its language, spreading the documents over the
/// machine's cores.
pub fn extract_all(documents: &[crate::corpus::Document]) -> Vec<Vec<Claim>> {
    crate::parallel::map(documents, |d| extract_in(&d.text, d.language()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn page_dates_are_the_publication_date_not_claims() {
        let text = "Dam fails in Vessbury\nLast updated March 3, 2019 10:04 GMT\nAt least 14 died on March 2.";
        assert_eq!(publication_date(text).as_deref(), Some("2019-03-03"));
        let claims: Vec<_> = extract(text).into_iter().map(|c| c.text).collect();
        assert_eq!(claims, ["14", "March 2"]);
        assert_eq!(publication_date("At least 14 died on March 2."), None);
    }

    #[test]
    fn spans_are_exact_text() {
        let text = "Since the elections, at least 24 individuals have died — about €45 million.";
        for c in extract(text) {
            assert_eq!(&text[c.span()], c.text);
        }
    }
}
