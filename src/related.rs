//! "The same figure elsewhere": claims in other documents that look like the same quantity, so a
//! reviewer can compare "at least 24 died" with "at least 20 deaths" without hunting.

use std::collections::{HashMap, HashSet};

use crate::extract::{Kind, lexicon};
use crate::project::ClaimRef;
use crate::project::Project;

/// A crude stem: lowercase, possessive and plural endings dropped, so "deaths" meets "death".
fn stem(word: &str) -> String {
    let w = word.to_lowercase();
    let w = w.trim_end_matches("'s").trim_end_matches("’s");
    for suffix in ["ies", "es", "s", "ed"] {
        if let Some(base) = w.strip_suffix(suffix)
            && base.len() >= 3
        {
            return if suffix == "ies" { format!("{base}y") } else { base.to_owned() };
        }
    }
    w.to_owned()
}

/// Words that tie deaths to deaths: "died", "killed", "deaths", "dead", "casualties" …
fn concept(stemmed: &str) -> &str {
    match stemmed {
        "die" | "died" | "death" | "dead" | "kill" | "casualty" | "fatality" | "killing" => "DEATH",
        "arrest" | "detain" | "detention" | "jail" | "imprison" | "detainee" | "held" => "DETENTION",
        "injur" | "injury" | "injure" | "wound" | "hurt" => "INJURY",
        "prisoner" | "political prisoner" => "PRISONER",
        other => other,
    }
}

/// The content words of a claim's subject, reduced to stems and concepts.
pub fn subject_terms(subject: &str) -> HashSet<String> {
    subject
        .split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’')
        .filter(|w| w.len() > 2)
        .filter(|w| {
            let lower = w.to_lowercase();
            !lexicon::function_word(&lower)
                && !matches!(lower.as_str(), "people" | "individuals" | "persons" | "been" | "now")
        })
        .map(|w| concept(&stem(w)).to_owned())
        .collect()
}

fn comparable(a: Kind, b: Kind) -> bool {
    a == b || matches!((a, b), (Kind::Count, Kind::Range) | (Kind::Range, Kind::Count))
}

/// The terms a claim is matched on: its subject's stems and concepts, or for a date, the date.
fn claim_terms(claim: &crate::extract::Claim) -> HashSet<String> {
    match (claim.kind, claim.date.as_deref()) {
        (Kind::Date, Some(date)) => HashSet::from([format!("date:{date}")]),
        _ => claim.subject.as_deref().map(subject_terms).unwrap_or_default(),
    }
}

/// Do two claims state different figures? (Different values, range ends or dates; a claim
/// without a value differs from none.)
pub fn differs(a: &crate::extract::Claim, b: &crate::extract::Claim) -> bool {
    let num = |x: Option<f64>, y: Option<f64>| match (x, y) {
        (Some(x), Some(y)) => (x - y).abs() > f64::EPSILON * x.abs().max(y.abs()).max(1.0),
        _ => false,
    };
    num(a.value, b.value) || num(a.value_max, b.value_max) || matches!((&a.date, &b.date), (Some(x), Some(y)) if x != y)
}

/// Which claims mention each term, built once per project so looking up the figures related to
/// a claim costs the size of the answer, not of the corpus.
#[derive(Default)]
pub struct RelatedIndex {
    postings: HashMap<String, Vec<ClaimRef>>,
}

impl RelatedIndex {
    /// Indexes every claim of the project by its terms.
    pub fn build(project: &Project) -> Self {
        let mut postings: HashMap<String, Vec<ClaimRef>> = HashMap::new();
        for (d, doc) in project.documents.iter().enumerate() {
            for (i, c) in doc.claims.iter().enumerate() {
                for term in claim_terms(&c.claim) {
                    postings.entry(term).or_default().push(ClaimRef { doc: d, claim: i });
                }
            }
        }
        Self { postings }
    }

    /// Claims in other documents of a comparable kind sharing a term with `of` (a subject word
    /// or concept; for dates, the date), ordered by document then position.
    pub fn same_figure(&self, project: &Project, of: ClaimRef) -> Vec<ClaimRef> {
        let Some(target) = project.documents.get(of.doc).and_then(|d| d.claims.get(of.claim)) else {
            return Vec::new();
        };
        let mut out: Vec<ClaimRef> = claim_terms(&target.claim)
            .iter()
            .filter_map(|t| self.postings.get(t))
            .flatten()
            .copied()
            .filter(|r| r.doc != of.doc)
            .filter(|r| {
                project.documents[r.doc]
                    .claims
                    .get(r.claim)
                    .is_some_and(|c| comparable(c.claim.kind, target.claim.kind))
            })
            .collect();
        out.sort_unstable();
        out.dedup();
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn differing_values_and_dates_are_told_apart() {
        let claims = crate::extract::extract("At least 24 died; 20 died; 24 more; on July 28; on July 29.");
        let [a, b, c, d, e] = claims.as_slice() else { panic!("five claims: {claims:?}") };
        assert!(differs(a, b));
        assert!(!differs(a, c));
        assert!(differs(d, e), "dates compare too");
        assert!(!differs(d, d));
    }

    #[test]
    fn deaths_meet_died() {
        let a = subject_terms("individuals have died");
        let b = subject_terms("deaths");
        let c = subject_terms("people were killed");
        assert!(!a.is_disjoint(&b) && !b.is_disjoint(&c), "{a:?} {b:?} {c:?}");
        assert!(subject_terms("minors").is_disjoint(&b));
    }

    #[test]
    fn the_sample_links_its_death_tolls() {
        let project = Project::sample();
        let index = RelatedIndex::build(&project);
        let first = ClaimRef { doc: 0, claim: 0 };
        assert_eq!(project.documents[0].claims[0].claim.text, "14");
        let values: Vec<_> = index
            .same_figure(&project, first)
            .iter()
            .map(|r| project.documents[r.doc].claims[r.claim].claim.value)
            .collect();
        assert_eq!(values, [Some(12.0), Some(12.0), Some(20.0), Some(14.0)]);
        let date = ClaimRef { doc: 0, claim: 1 };
        let dates = index.same_figure(&project, date);
        assert!(!dates.is_empty());
        assert!(
            dates.iter().all(|r| project.documents[r.doc].claims[r.claim].claim.date.as_deref() == Some("--03-03"))
        );
    }
}
