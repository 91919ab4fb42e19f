//! Figures in one article that should add up, and whether they do: parts that sum to a stated total
//! ("152 military and 149 civilians" against 301), a total minus a part ("114, minus 12" against
//! 102), a share of a base ("36 of the 120 schools, or 30 percent"), and a rate over a period
//! ("$600 million over five years" against "$150 million a year"). Each relation is shown with its
//! computation; a broken one is a reason to look.

use serde::Serialize;

use super::interval::rounding_slack;
use crate::extract::grouped as format_number;
use crate::extract::{Claim, Kind};

/// Most parts a sum is made of (more, and coincidences become likely).
const MAX_PARTS: usize = 4;
/// Most bytes of text between two parts of a sum ("152 are military and 149 …").
const MAX_GAP_BYTES: usize = 40;
/// Most candidate totals looked at for one sum.
const NEAR_TOTALS: usize = 32;

/// Totals smaller than this are not checked: small numbers add up by chance.
const MIN_TOTAL: f64 = 10.0;

/// Which arithmetic a relation checks.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum RelationKind {
    /// Parts add up to a total.
    Sum,
    /// A total minus a part.
    Difference,
    /// A part of a base, as a share.
    Share,
    /// An amount over a period, per year or month.
    Rate,
}

/// One arithmetic relation between claims of one article.
#[derive(Clone, Debug, PartialEq)]
pub struct Relation {
    /// Which arithmetic.
    pub kind: RelationKind,
    /// The claim the relation computes (index in the article's claims).
    pub total: usize,
    /// The claims it is computed from (indices), in order.
    pub parts: Vec<usize>,
    /// What the parts give.
    pub expected: f64,
    /// Does the total say that, within its rounding?
    pub holds: bool,
    /// The computation: "152 + 149 = 301", "¾ × 80 = 60 ≠ 62".
    pub shown: String,
}

fn plain_count(c: &Claim) -> Option<f64> {
    (c.kind == Kind::Count && c.unit.is_none() && c.value_max().is_none()).then_some(c.value()?)
}

fn close(expected: f64, total: &Claim) -> bool {
    let Some(v) = total.value() else {
        return false;
    };
    (expected - v).abs()
        <= rounding_slack(v).max(if total.kind == Kind::Percent { 0.5 } else { 0.0 }) + 1e-9 * v.abs().max(1.0)
}

fn shown(expression: String, expected: f64, total: &Claim, holds: bool) -> String {
    let total_value = total.value().map(format_number).unwrap_or_default();
    let expected_text = format_number((expected * 100.0).round() / 100.0);
    if holds {
        if expected_text == total_value {
            format!("{expression} = {total_value}")
        } else {
            format!("{expression} = {expected_text} ≈ {total_value}")
        }
    } else {
        format!("{expression} = {expected_text} ≠ {total_value}")
    }
}

/// An article's plain counts by value, so a total is looked up, not searched for (an article of
/// numbers has as many candidates as claims).
struct Totals {
    by_value: Vec<(f64, usize)>,
}

impl Totals {
    fn new(claims: &[&Claim]) -> Self {
        let mut by_value: Vec<(f64, usize)> =
            claims.iter().enumerate().filter_map(|(i, c)| plain_count(c).map(|v| (v, i))).collect();
        by_value.sort_by(|a, b| a.0.total_cmp(&b.0));
        Self { by_value }
    }

    /// Claims whose value could round to `value` (within a twentieth of it either way).
    fn near(&self, value: f64) -> impl Iterator<Item = usize> + '_ {
        let reach = value.abs() / 20.0 + 1.0;
        let from = self.by_value.partition_point(|(v, _)| *v < value - reach);
        // An article of numbers may hold thousands of one value: the nearest few are enough.
        self.by_value[from..].iter().take_while(move |(v, _)| *v <= value + reach).take(NEAR_TOTALS).map(|(_, i)| *i)
    }
}

/// The words between two claims, lowercased.
fn between(text: &str, a: &Claim, b: &Claim) -> Option<String> {
    (a.end() <= b.start()).then(|| text.get(a.end()..b.start()).map(str::to_lowercase)).flatten()
}

/// Every relation found in one article (`claims` in text order).
pub fn relations(text: &str, claims: &[&Claim]) -> Vec<Relation> {
    let mut out = Vec::new();
    let totals = Totals::new(claims);
    sums(text, claims, &totals, &mut out);
    differences(text, claims, &totals, &mut out);
    shares(text, claims, &mut out);
    rates(text, claims, &mut out);
    out.sort_by_key(|r| (r.total, r.parts.clone()));
    out.dedup_by(|a, b| a.total == b.total && a.parts == b.parts);
    out
}

/// Runs of counts joined by "and" or commas in one sentence, against a total of the same value
/// anywhere in the article (or a total in the same sentence announcing the breakdown).
fn sums(text: &str, claims: &[&Claim], totals: &Totals, out: &mut Vec<Relation>) {
    for start in 0..claims.len() {
        let mut sum = 0.0;
        let mut found_exact = false;
        // The longest run with a total announcing it, checked if no run adds up exactly.
        let mut near_miss: Option<Relation> = None;
        for end in start..claims.len().min(start + MAX_PARTS) {
            let Some(v) = plain_count(claims[end]) else {
                break;
            };
            if end > start {
                let Some(gap) = between(text, claims[end - 1], claims[end]) else {
                    break;
                };
                let joined = gap.contains(" and ") || gap.contains(',') || gap.contains(" plus ");
                if gap.len() > MAX_GAP_BYTES
                    || !joined
                    || claims[end].sentence != claims[start].sentence
                    || gap.contains(';')
                {
                    break;
                }
            }
            sum += v;
            if end == start || sum < MIN_TOTAL {
                continue;
            }
            let parts: Vec<usize> = (start..=end).collect();
            let equal = totals
                .near(sum)
                .filter(|t| !parts.contains(t) && close(sum, claims[*t]))
                .min_by_key(|t| claims[*t].start().abs_diff(claims[start].start()));
            // A total just before the parts that announces them ("301, of whom …") is checked even
            // when it does not add up.
            let announced = start.checked_sub(1).filter(|t| {
                plain_count(claims[*t]).is_some()
                    && claims[*t].sentence == claims[start].sentence
                    && between(text, claims[*t], claims[start]).is_some_and(|g| {
                        g.len() <= MAX_GAP_BYTES
                            && ["of whom", "of them", "including", "among them", "among whom", ":", "("]
                                .iter()
                                .any(|cue| g.contains(cue))
                    })
            });
            let Some(total) = equal.or(announced) else {
                continue;
            };
            let holds = close(sum, claims[total]);
            let expression = parts
                .iter()
                .map(|p| claims[*p].value().map(format_number).unwrap_or_default())
                .collect::<Vec<_>>()
                .join(" + ");
            let relation = Relation {
                kind: RelationKind::Sum,
                total,
                parts,
                expected: sum,
                holds,
                shown: shown(expression, sum, claims[total], holds),
            };
            if holds {
                found_exact = true;
                out.push(relation);
            } else {
                near_miss = Some(relation);
            }
        }
        if let Some(relation) = near_miss.filter(|_| !found_exact) {
            out.push(relation);
        }
    }
}

/// "114, minus 12" (or "less", "excluding", "not counting") against a figure of the difference.
fn differences(text: &str, claims: &[&Claim], totals: &Totals, out: &mut Vec<Relation>) {
    for (a, pair) in claims.windows(2).enumerate() {
        let (Some(x), Some(y)) = (plain_count(pair[0]), plain_count(pair[1])) else {
            continue;
        };
        let Some(gap) = between(text, pair[0], pair[1]) else {
            continue;
        };
        let cue = ["minus", "less ", "excluding", "not counting", "without"].iter().any(|c| gap.contains(c));
        if !cue || gap.len() > MAX_GAP_BYTES || x - y < MIN_TOTAL {
            continue;
        }
        let expected = x - y;
        let found = totals
            .near(expected)
            .filter(|t| *t != a && *t != a + 1 && close(expected, claims[*t]))
            .min_by_key(|t| claims[*t].start().abs_diff(pair[0].start()));
        if let Some(total) = found {
            let expression = format!("{} − {}", format_number(x), format_number(y));
            out.push(Relation {
                kind: RelationKind::Difference,
                total,
                parts: vec![a, a + 1],
                expected,
                holds: true,
                shown: shown(expression, expected, claims[total], true),
            });
        }
    }
}

/// A part "of" a base followed, in the same sentence, by what it comes to: "36 of the 120
/// schools, or 30 percent"; "three-quarters of the 80 seats — 62"; "40 percent of 300 … 120".
fn shares(text: &str, claims: &[&Claim], out: &mut Vec<Relation>) {
    for (a, pair) in claims.windows(2).enumerate() {
        let Some(gap) = between(text, pair[0], pair[1]) else {
            continue;
        };
        let gap = gap.trim();
        if !(gap == "of" || gap == "of the" || gap.starts_with("of the ") && gap.len() <= 12) {
            continue;
        }
        let Some(base) = plain_count(pair[1]) else {
            continue;
        };
        let Some(total) = claims.get(a + 2).filter(|t| t.sentence == pair[1].sentence) else {
            continue;
        };
        let part = pair[0];
        let (expected, expression) = match (part.kind, total.kind, part.value()) {
            (Kind::Count, Kind::Percent, Some(p)) if base > 0.0 => {
                (p / base * 100.0, format!("{} ÷ {} × 100", format_number(p), format_number(base)))
            }
            (Kind::Fraction, Kind::Count, Some(f)) => (f * base, format!("{} × {}", part.text, format_number(base))),
            (Kind::Percent, Kind::Count, Some(p)) => {
                (p / 100.0 * base, format!("{}% × {}", format_number(p), format_number(base)))
            }
            _ => continue,
        };
        let holds = close(expected, total);
        out.push(Relation {
            kind: RelationKind::Share,
            total: a + 2,
            parts: vec![a, a + 1],
            expected,
            holds,
            shown: shown(expression, expected, total, holds),
        });
    }
}

/// An amount "over" a number of years (or months), against an amount "a year" ("per year",
/// "annually"; "a month") in the same article and currency.
fn rates(text: &str, claims: &[&Claim], out: &mut Vec<Relation>) {
    let per = |c: &Claim| -> Option<&'static str> {
        let after = text.get(c.end()..(c.end() + 16).min(text.len()))?.to_lowercase();
        let after = after.trim_start();
        if ["a year", "per year", "annually", "each year", "every year", "a yr"].iter().any(|p| after.starts_with(p)) {
            Some("years")
        } else if ["a month", "per month", "monthly", "each month", "every month"].iter().any(|p| after.starts_with(p))
        {
            Some("months")
        } else {
            None
        }
    };
    for (a, pair) in claims.windows(2).enumerate() {
        let (amount, period) = (pair[0], pair[1]);
        let unit = period.unit.as_deref().unwrap_or("");
        let span = if unit.starts_with("year") {
            "years"
        } else if unit.starts_with("month") {
            "months"
        } else {
            continue;
        };
        let (Kind::Money, Kind::Duration, Some(m), Some(d)) =
            (amount.kind, period.kind, amount.value(), period.value())
        else {
            continue;
        };
        let Some(gap) = between(text, amount, period) else {
            continue;
        };
        if !matches!(gap.trim(), "over" | "across" | "over the next" | "over the past" | "during" | "in" | "for")
            || d <= 0.0
        {
            continue;
        }
        let expected = m / d;
        let found = claims
            .iter()
            .enumerate()
            .find(|(t, c)| *t != a && c.kind == Kind::Money && c.unit == amount.unit && per(c) == Some(span));
        if let Some((total, c)) = found {
            let holds = close(expected, c);
            let expression = format!("{} ÷ {}", format_number(m), format_number(d));
            out.push(Relation {
                kind: RelationKind::Rate,
                total,
                parts: vec![a, a + 1],
                expected,
                holds,
                shown: shown(expression, expected, c, holds),
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::extract;

    fn found(text: &str) -> Vec<String> {
        let claims = extract(text);
        relations(text, &claims.iter().collect::<Vec<_>>()).into_iter().map(|r| r.shown).collect()
    }

    #[test]
    fn parts_add_up_to_a_total() {
        let text = "The registry counts 301 political prisoners. Of them, 152 are soldiers and 149 civilians; \
                    27 are women and 274 are men.";
        assert_eq!(found(text), ["152 + 149 = 301", "27 + 274 = 301"]);
        let broken = "Police held 60 people, of whom 25 adults and 30 minors.";
        assert_eq!(found(broken), ["25 + 30 = 55 ≠ 60"]);
        assert!(found("On 3 and 4 May, 7 people came.").is_empty(), "small numbers are not summed");
    }

    #[test]
    fn differences_shares_and_rates() {
        let text = "There are 114 cases, minus 12 people unrelated to the campaign. So 102 are tied to it.";
        assert_eq!(found(text), ["114 − 12 = 102"]);
        assert_eq!(found("Inspectors closed 36 of the 120 schools, or 30 percent."), ["36 ÷ 120 × 100 = 30"]);
        assert_eq!(
            found("The party won three-quarters of the 80 seats, 62 in all."),
            ["three-quarters × 80 = 60 ≠ 62"]
        );
        let rate = "The plan costs $600 million over five years. That is $150 million a year for schools.";
        assert_eq!(found(rate), ["600,000,000 ÷ 5 = 120,000,000 ≠ 150,000,000"]);
    }
}
