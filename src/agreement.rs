//! How far two reviewers of one corpus agree: over the claims both judged, the share of equal
//! verdicts and Cohen's κ (overall and for each verdict against the rest), and the claims they
//! judged differently.

use std::collections::HashMap;

use serde::Serialize;

use crate::project::{Project, Verdict};

/// A claim the two reviews judged differently.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Disagreement {
    /// The document's path.
    pub document: String,
    /// The claim's text.
    pub claim: String,
    /// Its byte offset in the document.
    pub start: usize,
    /// The first review's verdict and note.
    pub a_verdict: Verdict,
    /// The first review's note.
    pub a_note: String,
    /// The second review's verdict.
    pub b_verdict: Verdict,
    /// The second review's note.
    pub b_note: String,
}

/// Two reviews compared.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Agreement {
    /// Claims both reviews judged.
    pub compared: usize,
    /// The share of those with equal verdicts (0 to 1; `None` when none were compared).
    pub agreement: Option<f64>,
    /// Cohen's κ over the three verdicts (`None` where it is undefined: nothing compared, or both
    /// reviewers always gave one and the same verdict).
    pub kappa: Option<f64>,
    /// κ for each verdict against the other two, in `Verdict::ALL` order without `unreviewed`.
    pub kappa_by_verdict: Vec<(Verdict, Option<f64>)>,
    /// The claims judged differently, by document and position.
    pub disagreements: Vec<Disagreement>,
}

/// The verdicts a reviewer can give (not "unreviewed").
const JUDGED: [Verdict; 3] = [Verdict::Corroborated, Verdict::Conflicting, Verdict::Unsourced];

/// Compares two reviews of one corpus, claim by claim (a claim is the same in both where its
/// document, position and text are).
pub fn compare(a: &Project, b: &Project) -> Agreement {
    let b_claims: HashMap<(&str, usize, usize, &str), (Verdict, &str)> = b
        .documents
        .iter()
        .flat_map(|d| {
            d.claims.iter().map(move |c| {
                ((d.path.as_str(), c.claim.start(), c.claim.end(), c.claim.text.as_str()), (c.verdict, c.note()))
            })
        })
        .collect();
    let mut pairs: Vec<(Verdict, Verdict)> = Vec::new();
    let mut disagreements = Vec::new();
    for d in &a.documents {
        for c in &d.claims {
            let Some(&(bv, b_note)) =
                b_claims.get(&(d.path.as_str(), c.claim.start(), c.claim.end(), c.claim.text.as_str()))
            else {
                continue;
            };
            if c.verdict == Verdict::Unreviewed || bv == Verdict::Unreviewed {
                continue;
            }
            pairs.push((c.verdict, bv));
            if c.verdict != bv {
                disagreements.push(Disagreement {
                    document: d.path.clone(),
                    claim: c.claim.text.to_string(),
                    start: c.claim.start(),
                    a_verdict: c.verdict,
                    a_note: c.note().to_owned(),
                    b_verdict: bv,
                    b_note: b_note.to_owned(),
                });
            }
        }
    }
    disagreements.sort_by(|x, y| (&x.document, x.start).cmp(&(&y.document, y.start)));
    let n = pairs.len();
    let agreement = (n > 0).then(|| pairs.iter().filter(|(x, y)| x == y).count() as f64 / n as f64);
    let kappa_by_verdict = JUDGED
        .iter()
        .map(|&v| {
            let binary: Vec<(bool, bool)> = pairs.iter().map(|(x, y)| (*x == v, *y == v)).collect();
            (v, kappa(&binary, &[true, false]))
        })
        .collect();
    Agreement { compared: n, agreement, kappa: kappa(&pairs, &JUDGED), kappa_by_verdict, disagreements }
}

/// For each claim `ours` and `theirs` both judged, differently, and `ours` holds no disagreement
/// yet: where it is in `ours` and their side of it (what "Compare with another review…" shows).
pub fn other_sides(ours: &Project, theirs: &Project) -> Vec<(crate::project::ClaimRef, crate::project::OtherReview)> {
    let their_claims: HashMap<(&str, usize, usize, &str), &crate::project::ReviewedClaim> = theirs
        .documents
        .iter()
        .flat_map(|d| {
            d.claims.iter().map(move |c| ((d.path.as_str(), c.claim.start(), c.claim.end(), c.claim.text.as_str()), c))
        })
        .collect();
    let mut out = Vec::new();
    for (doc, d) in ours.documents.iter().enumerate() {
        for (claim, c) in d.claims.iter().enumerate() {
            let key = (d.path.as_str(), c.claim.start(), c.claim.end(), c.claim.text.as_str());
            let Some(t) = their_claims.get(&key) else {
                continue;
            };
            if c.verdict == Verdict::Unreviewed
                || t.verdict == Verdict::Unreviewed
                || c.verdict == t.verdict
                || c.disagreement().is_some()
            {
                continue;
            }
            let other = crate::project::OtherReview {
                reviewer: t.reviewer().map(str::to_owned),
                verdict: t.verdict,
                note: t.note().to_owned(),
                reviewed_at: t.reviewed_at().map(str::to_owned),
                evidence: t.evidence().to_vec(),
            };
            out.push((crate::project::ClaimRef { doc, claim }, other));
        }
    }
    out
}

/// Several reviews of one corpus compared (Fleiss' κ).
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ManyAgreement {
    /// How many reviews.
    pub reviews: usize,
    /// Claims every review judged.
    pub compared: usize,
    /// The share of those on which every review gave the same verdict.
    pub unanimous: Option<f64>,
    /// Fleiss' κ over the three verdicts (`None` where undefined).
    pub kappa: Option<f64>,
    /// The claims not judged alike: document, position, text, and each review's verdict in order.
    pub disagreements: Vec<(String, usize, String, Vec<Verdict>)>,
}

/// Compares any number of reviews of one corpus: Fleiss' κ over the claims all of them judged.
pub fn compare_many(reviews: &[&Project]) -> ManyAgreement {
    type Key<'a> = (&'a str, usize, usize, &'a str);
    let mut verdicts: HashMap<Key<'_>, Vec<Verdict>> = HashMap::new();
    for (k, project) in reviews.iter().enumerate() {
        for d in &project.documents {
            for c in &d.claims {
                let key = (d.path.as_str(), c.claim.start(), c.claim.end(), c.claim.text.as_str());
                let entry = verdicts.entry(key).or_default();
                // Only claims every earlier review had keep a full row.
                if entry.len() == k {
                    entry.push(c.verdict);
                }
            }
        }
    }
    let mut rows: Vec<(Key<'_>, Vec<Verdict>)> = verdicts
        .into_iter()
        .filter(|(_, v)| v.len() == reviews.len() && v.iter().all(|v| *v != Verdict::Unreviewed))
        .collect();
    rows.sort_by(|a, b| (a.0.0, a.0.1).cmp(&(b.0.0, b.0.1)));
    let counts: Vec<Vec<usize>> =
        rows.iter().map(|(_, v)| JUDGED.iter().map(|j| v.iter().filter(|x| *x == j).count()).collect()).collect();
    let unanimous = (!rows.is_empty())
        .then(|| rows.iter().filter(|(_, v)| v.iter().all(|x| *x == v[0])).count() as f64 / rows.len() as f64);
    let disagreements = rows
        .iter()
        .filter(|(_, v)| v.iter().any(|x| *x != v[0]))
        .map(|((doc, start, _, text), v)| ((*doc).to_owned(), *start, (*text).to_owned(), v.clone()))
        .collect();
    ManyAgreement { reviews: reviews.len(), compared: rows.len(), unanimous, kappa: fleiss(&counts), disagreements }
}

/// Fleiss' κ: `counts[i][j]` is how many raters put subject `i` in category `j` (every subject
/// rated by the same number of raters, at least two).
pub fn fleiss(counts: &[Vec<usize>]) -> Option<f64> {
    let n = counts.first().map(|row| row.iter().sum::<usize>())?;
    let width = counts.first().map_or(0, Vec::len);
    if n < 2 || counts.iter().any(|row| row.len() != width || row.iter().sum::<usize>() != n) {
        return None;
    }
    let subjects = counts.len() as f64;
    let raters = n as f64;
    let categories = counts[0].len();
    let p_j: Vec<f64> =
        (0..categories).map(|j| counts.iter().map(|row| row[j] as f64).sum::<f64>() / (subjects * raters)).collect();
    let p_bar = counts
        .iter()
        .map(|row| (row.iter().map(|&c| (c * c) as f64).sum::<f64>() - raters) / (raters * (raters - 1.0)))
        .sum::<f64>()
        / subjects;
    let p_e: f64 = p_j.iter().map(|p| p * p).sum();
    ((1.0 - p_e).abs() > f64::EPSILON).then(|| (p_bar - p_e) / (1.0 - p_e))
}

/// Cohen's κ for paired ratings over `categories`: (observed − expected agreement) / (1 −
/// expected), the expected agreement from each rater's own frequencies.
pub fn kappa<T: PartialEq>(pairs: &[(T, T)], categories: &[T]) -> Option<f64> {
    let n = pairs.len() as f64;
    if pairs.is_empty() {
        return None;
    }
    let observed = pairs.iter().filter(|(x, y)| x == y).count() as f64 / n;
    let expected: f64 = categories
        .iter()
        .map(|k| {
            let a = pairs.iter().filter(|(x, _)| x == k).count() as f64 / n;
            let b = pairs.iter().filter(|(_, y)| y == k).count() as f64 / n;
            a * b
        })
        .sum();
    ((1.0 - expected).abs() > f64::EPSILON).then(|| (observed - expected) / (1.0 - expected))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The worked example of Cohen's κ on Wikipedia (50 proposals read by two readers: 20 both
    /// yes, 15 both no, 5 yes/no, 10 no/yes): observed 0.70, expected 0.50, κ = 0.40.
    #[test]
    fn kappa_matches_the_worked_example() {
        let mut pairs = Vec::new();
        pairs.extend(std::iter::repeat_n((true, true), 20));
        pairs.extend(std::iter::repeat_n((true, false), 5));
        pairs.extend(std::iter::repeat_n((false, true), 10));
        pairs.extend(std::iter::repeat_n((false, false), 15));
        let k = kappa(&pairs, &[true, false]).expect("defined");
        assert!((k - 0.4).abs() < 1e-12, "{k}");
    }

    /// Fleiss' worked example (Wikipedia, "Fleiss' kappa": 10 subjects, 14 raters, 5
    /// categories): P̄ = 0.378, P̄e = 0.213, κ = 0.210.
    #[test]
    fn fleiss_matches_the_worked_example() {
        let table = [
            [0, 0, 0, 0, 14],
            [0, 2, 6, 4, 2],
            [0, 0, 3, 5, 6],
            [0, 3, 9, 2, 0],
            [2, 2, 8, 1, 1],
            [7, 7, 0, 0, 0],
            [3, 2, 6, 3, 0],
            [2, 5, 3, 2, 2],
            [6, 5, 2, 1, 0],
            [0, 2, 2, 3, 7],
        ];
        let counts: Vec<Vec<usize>> = table.iter().map(|r| r.to_vec()).collect();
        let k = fleiss(&counts).expect("defined");
        assert!((k - 0.210).abs() < 0.001, "{k}");
        assert_eq!(fleiss(&[vec![1, 1], vec![2]]), None, "unequal rows are refused");
        assert_eq!(fleiss(&[vec![1, 1], vec![3, 0]]), None, "so are unequal numbers of raters");
    }

    /// Three verdicts, worked by hand from the confusion matrix.
    #[test]
    fn kappa_over_three_verdicts() {
        use Verdict::*;
        // 10 corroborated/corroborated, 2 corroborated/conflicting, 3 conflicting/conflicting,
        // 1 conflicting/unsourced, 4 unsourced/unsourced: observed 17/20 = 0.85;
        // a: 12, 4, 4; b: 10, 5, 5 (of 20); expected (12·10 + 4·5 + 4·5)/400 = 0.4.
        let mut pairs = Vec::new();
        pairs.extend(std::iter::repeat_n((Corroborated, Corroborated), 10));
        pairs.extend(std::iter::repeat_n((Corroborated, Conflicting), 2));
        pairs.extend(std::iter::repeat_n((Conflicting, Conflicting), 3));
        pairs.extend(std::iter::repeat_n((Conflicting, Unsourced), 1));
        pairs.extend(std::iter::repeat_n((Unsourced, Unsourced), 4));
        let k = kappa(&pairs, &JUDGED).expect("defined");
        assert!((k - (0.85 - 0.4) / 0.6).abs() < 1e-12, "{k}");
        assert_eq!(kappa::<bool>(&[], &[true, false]), None);
        assert_eq!(kappa(&[(true, true), (true, true)], &[true, false]), None, "undefined when all agree on one");
    }
}
