//! A suggested verdict for every claim, with its reason: corroborated when another independent
//! origin reports an agreeing figure, conflicting when one reports a different figure that is not
//! an update, unsourced when no other origin reports the quantity. Later figures of a moving toll
//! supersede earlier ones instead of conflicting with them.

use super::Doc;
use super::facets::Update;
use super::group::Grouping;
use super::interval::date_days;
use super::link::Candidate;
use crate::extract::{Kind, Qualifier};
use crate::project::Verdict;

/// What the comparison suggests for one claim.
#[derive(Clone, Debug, PartialEq)]
pub struct Suggestion {
    /// Corroborated, conflicting or unsourced (never unreviewed).
    pub verdict: Verdict,
    /// Why, in words: "3 other origins: 20 (a.txt), 28 (b.txt, c.txt); this says at least 24".
    pub reason: String,
    /// A later figure of the same quantity replaces this one.
    pub superseded: bool,
}

/// How a claim's figure is said: "at least 24", "July 28", "between 40 and 50".
pub fn stated(c: &Candidate<'_>) -> String {
    let claim = c.claim;
    match claim.qualifier {
        _ if claim.kind == Kind::Date || claim.value.is_none() => claim.text.clone(),
        Qualifier::Exact => claim.text.clone(),
        q => format!("{} {}", q.phrase(), claim.text),
    }
}

/// Which of two reports is newer: by an update's words ("up from 37" < plain < "rose to 41"),
/// then by the articles' dates.
fn newer(a: &Candidate<'_>, b: &Candidate<'_>, docs: &[Doc<'_>]) -> Option<std::cmp::Ordering> {
    let rank = |c: &Candidate<'_>| match c.facets.update {
        Some(Update::Earlier) => 0,
        None => 1,
        Some(Update::Latest) => 2,
    };
    if rank(a) != rank(b) {
        return Some(rank(a).cmp(&rank(b)));
    }
    let day = |c: &Candidate<'_>| docs[c.doc].published.and_then(|p| date_days(p, None)).map(|d| d.0);
    match (day(a), day(b)) {
        (Some(x), Some(y)) if x != y => Some(x.cmp(&y)),
        _ => None,
    }
}

/// Names of the articles reporting a figure, joined.
fn names(docs: &[Doc<'_>], of: &[usize]) -> String {
    of.iter().map(|d| docs[*d].name.as_str()).collect::<Vec<_>>().join(", ")
}

/// A suggestion for every candidate.
pub fn suggest(cands: &[Candidate<'_>], grouping: &Grouping, origins: &[usize], docs: &[Doc<'_>]) -> Vec<Suggestion> {
    cands
        .iter()
        .enumerate()
        .map(|(i, c)| match grouping.of[i] {
            Some(q) => suggest_in(i, &grouping.members[q], cands, origins, docs),
            None if c.facets.update == Some(Update::Earlier) => Suggestion {
                verdict: Verdict::Unsourced,
                reason: "the earlier figure of an update given in the same sentence".to_owned(),
                superseded: true,
            },
            None => Suggestion {
                verdict: Verdict::Unsourced,
                reason: "no other article reports this quantity".to_owned(),
                superseded: false,
            },
        })
        .collect()
}

/// One other origin's reports, as compared with the claim.
struct OriginReports {
    agree: Vec<usize>,
    differ: Vec<usize>,
    newer: Vec<usize>,
    older: Vec<usize>,
}

fn suggest_in(i: usize, members: &[usize], cands: &[Candidate<'_>], origins: &[usize], docs: &[Doc<'_>]) -> Suggestion {
    let me = &cands[i];
    let mine = origins[me.doc];
    // Other origins, each with one report per article (repeated mentions count once).
    let mut by_origin: std::collections::BTreeMap<usize, OriginReports> = std::collections::BTreeMap::new();
    let mut retellings = Vec::new();
    for &m in members {
        let other = &cands[m];
        if other.doc == me.doc {
            continue;
        }
        if origins[other.doc] == mine {
            if !retellings.contains(&other.doc) {
                retellings.push(other.doc);
            }
            continue;
        }
        let entry = by_origin.entry(origins[other.doc]).or_insert(OriginReports {
            agree: vec![],
            differ: vec![],
            newer: vec![],
            older: vec![],
        });
        let agrees = matches!((me.interval, other.interval), (Some(a), Some(b)) if a.agrees(&b));
        if agrees {
            entry.agree.push(m);
        } else {
            match newer(other, me, docs) {
                Some(std::cmp::Ordering::Greater) => entry.newer.push(m),
                // An older figure that this one replaces is no conflict.
                Some(std::cmp::Ordering::Less) => entry.older.push(m),
                _ => entry.differ.push(m),
            }
        }
    }
    // An origin that also reports this figure somewhere agrees, whatever else it says.
    for o in by_origin.values_mut().filter(|o| !o.agree.is_empty()) {
        o.differ.clear();
    }
    let list = |pick: &dyn Fn(&OriginReports) -> &Vec<usize>| {
        let mut parts: Vec<(String, Vec<usize>)> = Vec::new();
        for reports in by_origin.values() {
            for &m in pick(reports) {
                let said = stated(&cands[m]);
                match parts.iter_mut().find(|(s, _)| *s == said) {
                    Some((_, docs_of)) if docs_of.contains(&cands[m].doc) => {}
                    Some((_, docs_of)) => docs_of.push(cands[m].doc),
                    None => parts.push((said, vec![cands[m].doc])),
                }
            }
        }
        parts.iter().map(|(s, d)| format!("{s} ({})", names(docs, d))).collect::<Vec<_>>().join(", ")
    };
    let differing = by_origin.values().filter(|o| !o.differ.is_empty()).count();
    let agreeing = by_origin.values().filter(|o| !o.agree.is_empty()).count();
    let superseded = me.facets.update == Some(Update::Earlier) || by_origin.values().any(|o| !o.newer.is_empty());
    let this = format!("this says {}", stated(me));
    let plural = |n: usize| if n == 1 { "origin" } else { "origins" };
    let verb = |n: usize| if n == 1 { "differs" } else { "differ" };
    let (verdict, mut reason) = if differing > 0 {
        let agree_note = if agreeing > 0 { format!("; agreeing: {}", list(&|o| &o.agree)) } else { String::new() };
        (
            Verdict::Conflicting,
            format!(
                "{differing} other {} {}: {}{agree_note}; {this}",
                plural(differing),
                verb(differing),
                list(&|o| &o.differ)
            ),
        )
    } else if agreeing > 0 {
        (
            Verdict::Corroborated,
            format!(
                "{agreeing} other {} {}: {}; {this}",
                plural(agreeing),
                if agreeing == 1 { "agrees" } else { "agree" },
                list(&|o| &o.agree)
            ),
        )
    } else if !retellings.is_empty() && !superseded {
        (Verdict::Unsourced, format!("only retellings of the same origin report it ({})", names(docs, &retellings)))
    } else if by_origin.is_empty() {
        (Verdict::Unsourced, "no other origin reports this quantity".to_owned())
    } else {
        (Verdict::Unsourced, "no other origin reports the same figure".to_owned())
    };
    let earlier = list(&|o| &o.older);
    if !earlier.is_empty() {
        reason.push_str(&format!("; earlier figures: {earlier}"));
    }
    if superseded {
        let later = list(&|o| &o.newer);
        reason.push_str(&if later.is_empty() {
            "; superseded: the earlier figure of an update".to_owned()
        } else {
            format!("; superseded by {later}")
        });
    }
    Suggestion { verdict, reason, superseded }
}
