//! The claim engine on the real seed corpus: every figure a reviewer must see is found, with the
//! right value, and nothing inside links or handles is.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::too_many_lines)] // a failure here is the test failing

mod common;

use tally::corpus;
use tally::extract::{Claim, Kind, Qualifier, extract_all};

struct Seed {
    docs: Vec<(String, String, Vec<Claim>)>,
}

impl Seed {
    /// The seed corpus and its claims; `None` (with a notice) where the corpus is absent.
    fn load() -> Option<Self> {
        let corpus = corpus::load(&common::seed_corpus()?).expect("seed corpus loads");
        assert_eq!(corpus.documents.len(), 5, "five articles");
        assert!(corpus.skipped.is_empty());
        let claims = extract_all(&corpus.documents);
        let docs = corpus.documents.into_iter().zip(claims).map(|(d, c)| (d.path, d.text, c)).collect();
        Some(Self { docs })
    }

    /// All claims with this exact text in the document whose name starts with `doc`.
    fn find(&self, doc: &str, text: &str) -> Vec<&Claim> {
        let (_, _, claims) =
            self.docs.iter().find(|(p, _, _)| p.starts_with(doc)).unwrap_or_else(|| panic!("no doc {doc}"));
        claims.iter().filter(|c| c.text == text).collect()
    }

    /// Exactly one claim with this text, checked for kind, value and qualifier.
    fn one(&self, doc: &str, text: &str, kind: Kind, value: Option<f64>, qualifier: Qualifier) -> &Claim {
        let found = self.find(doc, text);
        assert_eq!(found.len(), 1, "{doc}: expected one claim {text:?}, found {}", found.len());
        let c = found[0];
        assert_eq!((c.kind, c.value(), c.qualifier), (kind, value, qualifier), "{doc}: {text:?}");
        c
    }
}

#[test]
fn every_listed_figure_is_found_with_its_value() {
    use Kind::*;
    use Qualifier::*;
    let Some(s) = Seed::load() else {
        return;
    };
    // 000: the first report.
    let died = s.one("000", "24", Count, Some(24.0), AtLeast);
    assert_eq!(died.subject.as_deref(), Some("individuals have died"));
    s.one("000", "2,000", Count, Some(2000.0), MoreThan);
    assert_eq!(s.one("000", "84", Count, Some(84.0), Exact).subject.as_deref(), Some("minors"));
    assert_eq!(s.one("000", "ten times", Ratio, Some(10.0), Nearly).unit.as_deref(), Some("times"));
    // 001: the Election Council's figures.
    assert_eq!(s.one("001", "20", Count, Some(20.0), AtLeast).subject.as_deref(), Some("deaths"));
    let won = s.one("001", "51 percent", Percent, Some(51.0), Exact);
    assert_eq!(won.attribution(), Some("According to the Election Council"));
    s.one("001", "46 percent", Percent, Some(46.0), Exact);
    assert_eq!(s.one("001", "July 28", Date, None, Exact).date(), Some("--07-28"));
    // 002: the prisoner release.
    assert_eq!(s.find("002", "103").len(), 4, "every mention of 103 in 002");
    for c in s.find("002", "July 2023") {
        assert_eq!(c.date(), Some("2023-07"));
    }
    assert_eq!(s.find("002", "July 2023").len(), 2);
    assert_eq!(s.one("002", "72-hour", Duration, Some(72.0), Exact).unit.as_deref(), Some("hours"));
    s.one("002", "225", Count, Some(225.0), Exact);
    assert_eq!(s.one("002", "30 days", Duration, Some(30.0), Exact).unit.as_deref(), Some("days"));
    s.one("002", "28", Count, Some(28.0), AtLeast);
    s.one("002", "200", Count, Some(200.0), Nearly);
    // 003: the same release, told again, with different numbers.
    assert_eq!(s.find("003", "103").len(), 2, "every mention of 103 in 003");
    s.one("003", "72-hour", Duration, Some(72.0), Exact);
    assert_eq!(s.one("003", "November 26", Date, None, Exact).date(), Some("--11-26"));
    let released = s.one("003", "225", Count, Some(225.0), Exact);
    assert_eq!(released.attribution(), Some("according to the attorney general’s office"));
    s.one("003", "30 days", Duration, Some(30.0), Exact);
    assert_eq!(s.one("003", "28", Count, Some(28.0), AtLeast).subject.as_deref(), Some("people were killed"));
    s.one("003", "200", Count, Some(200.0), Nearly);
    let arrested = s.one("003", "2,000", Count, Some(2000.0), Approximately);
    assert_eq!(arrested.attribution(), Some("Government figures indicate"));
    assert!(
        s.one("003", "three", Count, Some(3.0), Exact)
            .subject
            .as_deref()
            .is_some_and(|t| t.starts_with("regional leaders"))
    );
    assert_eq!(s.one("003", "four", Count, Some(4.0), Exact).subject.as_deref(), Some("men"));
    assert_eq!(s.one("003", "two", Count, Some(2.0), Exact).subject.as_deref(), Some("women"));
    s.one("003", "third", Ordinal, Some(3.0), Exact);
    // 004: the political prisoners.
    assert_eq!(s.find("004", "300").len(), 2);
    for c in s.find("004", "300") {
        assert_eq!(
            (c.value(), c.qualifier, c.subject.as_deref()),
            (Some(300.0), MoreThan, Some("political prisoners"))
        );
    }
    assert_eq!(s.one("004", "July 17, 2024", Date, None, Exact).date(), Some("2024-07-17"));
    assert_eq!(s.find("004", "114").len(), 2);
    s.one("004", "102", Count, Some(102.0), Exact);
    assert_eq!(s.one("004", "301", Count, Some(301.0), Exact).subject.as_deref(), Some("political prisoners"));
    s.one("004", "77", Count, Some(77.0), AtLeast);
    for (text, value) in [("12", 12.0), ("11", 11.0), ("152", 152.0), ("149", 149.0), ("27", 27.0), ("274", 274.0)] {
        s.one("004", text, Count, Some(value), Exact);
    }
    s.one("004", "ten days", Duration, Some(10.0), Exact);
}

#[test]
fn links_handles_and_names_are_not_claims() {
    let Some(s) = Seed::load() else {
        return;
    };
    for (_, text, claims) in &s.docs {
        for c in claims {
            assert_eq!(&text[c.start()..c.end()], c.text);
            for forbidden in ["pic.twitter.com/oQ0ugEOJO7", "@VenteVenezuela", "@MariaCorinaYA", "article seven"] {
                if let Some(at) = text.find(forbidden) {
                    let overlaps = c.start() < at + forbidden.len() && c.end() > at;
                    assert!(!overlaps, "claim {:?} inside {forbidden:?}", c.text);
                }
            }
        }
    }
    let total: usize = s.docs.iter().map(|d| d.2.len()).sum();
    // Every number in the corpus, and not many more: 50 claims were reviewed by hand.
    assert!((45..=55).contains(&total), "{total} claims");
}
