//! "The same figure elsewhere": claims in other documents that look like the same quantity, so a
//! reviewer can compare "at least 24 died" with "at least 20 deaths" without hunting.

use std::collections::HashSet;

use crate::extract::{Kind, lexicon};
use crate::project::Project;
use crate::review::ClaimRef;

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

/// Claims in other documents of the same kind whose subject shares a content word with `of`'s,
/// ordered by document then position.
pub fn same_figure(project: &Project, of: ClaimRef) -> Vec<ClaimRef> {
    let Some(target) = project.documents.get(of.doc).and_then(|d| d.claims.get(of.claim)) else {
        return Vec::new();
    };
    let terms = target.claim.subject.as_deref().map(subject_terms).unwrap_or_default();
    // Dates match on the date itself; other kinds need a shared subject word.
    let date = target.claim.date.as_deref();
    let mut out = Vec::new();
    for (d, doc) in project.documents.iter().enumerate() {
        if d == of.doc {
            continue;
        }
        for (i, c) in doc.claims.iter().enumerate() {
            if !comparable(c.claim.kind, target.claim.kind) {
                continue;
            }
            let hit = match (target.claim.kind, date) {
                (Kind::Date, Some(date)) => c.claim.date.as_deref() == Some(date),
                _ if terms.is_empty() => false,
                _ => c.claim.subject.as_deref().is_some_and(|s| !subject_terms(s).is_disjoint(&terms)),
            };
            if hit {
                out.push(ClaimRef { doc: d, claim: i });
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn deaths_meet_died() {
        let a = subject_terms("individuals have died");
        let b = subject_terms("deaths");
        let c = subject_terms("people were killed");
        assert!(!a.is_disjoint(&b) && !b.is_disjoint(&c), "{a:?} {b:?} {c:?}");
        assert!(subject_terms("minors").is_disjoint(&b));
    }
}
