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
                ((d.path.as_str(), c.claim.start, c.claim.end, c.claim.text.as_str()), (c.verdict, c.note.as_str()))
            })
        })
        .collect();
    let mut pairs: Vec<(Verdict, Verdict)> = Vec::new();
    let mut disagreements = Vec::new();
    for d in &a.documents {
        for c in &d.claims {
            let Some(&(bv, b_note)) =
                b_claims.get(&(d.path.as_str(), c.claim.start, c.claim.end, c.claim.text.as_str()))
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
                    claim: c.claim.text.clone(),
                    start: c.claim.start,
                    a_verdict: c.verdict,
                    a_note: c.note.clone(),
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
