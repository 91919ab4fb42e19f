//! The comparison engine on the real seed corpus: the death toll, the detentions and the election
//! date each form one quantity with the right suggestions, the two retellings of the prisoner
//! release are one origin, and the Foro Penal article's breakdowns of 301 add up.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // a failure here is the test failing

mod common;

use tally::compare::{Comparison, RelationKind};
use tally::project::{ClaimRef, Project, Verdict};

struct Seed {
    project: Project,
    comparison: Comparison,
}

impl Seed {
    fn load() -> Option<Self> {
        let corpus = tally::corpus::load(&common::seed_corpus()?).expect("seed corpus loads");
        let project = Project::from_corpus(&corpus);
        let comparison = Comparison::of_project(&project);
        Some(Self { project, comparison })
    }

    /// The claims with this text in the document whose name starts with `doc`.
    fn find(&self, doc: &str, text: &str) -> Vec<ClaimRef> {
        let d = self.project.documents.iter().position(|d| d.path.starts_with(doc)).expect("doc");
        self.project.documents[d]
            .claims
            .iter()
            .enumerate()
            .filter(|(_, c)| c.claim.text == text)
            .map(|(i, _)| ClaimRef { doc: d, claim: i })
            .collect()
    }

    fn one(&self, doc: &str, text: &str) -> ClaimRef {
        let found = self.find(doc, text);
        assert_eq!(found.len(), 1, "{doc}: {text}");
        found[0]
    }

    fn quantity(&self, r: ClaimRef) -> Option<usize> {
        self.comparison.claim(r).and_then(|c| c.quantity())
    }

    fn suggestion(&self, r: ClaimRef) -> Verdict {
        self.comparison.claim(r).expect("compared").suggestion.verdict
    }

    /// The values of a quantity's claims, as written, in reading order.
    fn texts(&self, q: usize) -> Vec<String> {
        self.comparison.quantities[q]
            .members
            .iter()
            .map(|r| self.project.claim(*r).expect("claim").claim.text.to_string())
            .collect()
    }
}

#[test]
fn the_death_toll_is_one_conflicting_quantity() {
    let Some(seed) = Seed::load() else { return };
    let first = seed.one("000", "24");
    let q = seed.quantity(first).expect("24 is in a quantity");
    assert_eq!(seed.texts(q), ["24", "20", "28", "28"]);
    for r in &seed.comparison.quantities[q].members {
        assert_eq!(seed.suggestion(*r), Verdict::Conflicting, "{r:?}");
    }
    assert!(seed.comparison.quantities[q].conflicting);
    let reason = &seed.comparison.claim(first).expect("compared").suggestion.reason;
    assert!(
        reason.contains("at least 20") && reason.contains("at least 28") && reason.contains("this says at least 24"),
        "{reason}"
    );
}

#[test]
fn detentions_around_2000_corroborate_each_other_and_nothing_smaller() {
    let Some(seed) = Seed::load() else { return };
    let over = seed.one("000", "2,000");
    let around = seed.one("003", "2,000");
    let q = seed.quantity(over).expect("grouped");
    assert_eq!(seed.quantity(around), Some(q));
    assert_eq!(seed.texts(q), ["2,000", "2,000"]);
    assert_eq!((seed.suggestion(over), seed.suggestion(around)), (Verdict::Corroborated, Verdict::Corroborated));
    for (doc, text) in [("003", "103"), ("003", "three"), ("004", "11"), ("003", "four")] {
        for r in seed.find(doc, text) {
            assert_ne!(seed.quantity(r), Some(q), "{doc} {text}");
        }
    }
    // "Four men" in the embassy are not the 274 men among the political prisoners.
    let four = seed.one("003", "four");
    let men = seed.one("004", "274");
    assert!(seed.quantity(four).is_none() || seed.quantity(four) != seed.quantity(men));
}

#[test]
fn the_election_date_is_one_quantity_and_july_2023_conflicts() {
    let Some(seed) = Seed::load() else { return };
    let july_28: Vec<ClaimRef> = ["000", "001", "003"].iter().map(|d| seed.one(d, "July 28")).collect();
    let july_2023 = seed.find("002", "July 2023");
    assert_eq!(july_2023.len(), 2);
    let q = seed.quantity(july_28[0]).expect("grouped");
    for r in july_28.iter().chain(&july_2023) {
        assert_eq!(seed.quantity(*r), Some(q), "{r:?}");
    }
    assert_eq!(seed.comparison.quantities[q].label, "date of the election");
    for r in &july_2023 {
        assert_eq!(seed.suggestion(*r), Verdict::Conflicting);
    }
    for r in &july_28 {
        assert_eq!(seed.suggestion(*r), Verdict::Corroborated);
    }
}

#[test]
fn the_two_retellings_of_the_prisoner_release_are_one_origin() {
    let Some(seed) = Seed::load() else { return };
    let origins = &seed.comparison.origins;
    assert_eq!(origins.len(), 5);
    assert_eq!(origins[2], origins[3], "002 and 003 retell one story");
    let distinct: std::collections::BTreeSet<_> = origins.iter().collect();
    assert_eq!(distinct.len(), 4, "{origins:?}");
    assert!(
        seed.comparison.origin_reasons[3].as_deref().is_some_and(|r| r.contains("same figures")),
        "{:?}",
        seed.comparison.origin_reasons
    );
    // So the release of 103 is reported by one origin only.
    let freed = seed.find("003", "103");
    assert!(freed.iter().all(|r| seed.suggestion(*r) == Verdict::Unsourced));
}

#[test]
fn the_breakdowns_of_301_political_prisoners_add_up() {
    let Some(seed) = Seed::load() else { return };
    let total = seed.one("004", "301");
    let checks: Vec<_> = seed.comparison.consistency(total).collect();
    let shown: Vec<&str> = checks.iter().map(|c| c.shown.as_str()).collect();
    assert_eq!(shown, ["152 + 149 = 301", "27 + 274 = 301"]);
    assert!(checks.iter().all(|c| c.kind == RelationKind::Sum && c.holds));
    let after_minus = seed.one("004", "102");
    let difference: Vec<_> = seed.comparison.consistency(after_minus).collect();
    assert_eq!(difference.iter().map(|c| c.shown.as_str()).collect::<Vec<_>>(), ["114 − 12 = 102"]);
}
