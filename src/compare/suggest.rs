//! A suggested verdict for every claim, with its reason: corroborated when another independent
//! origin reports an agreeing figure, conflicting when one reports a different figure that is not
//! an update, unsourced when no other origin reports the quantity. Later figures of a moving toll
//! supersede earlier ones instead of conflicting with them.

use std::collections::BTreeSet;

use rustc_hash::FxHashMap as HashMap;

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
    pub reason: Box<str>,
    /// A later figure of the same quantity replaces this one.
    pub superseded: bool,
}

/// How a claim's figure is said: "at least 24", "July 28", "between 40 and 50".
pub fn stated(claim: &crate::extract::Claim) -> String {
    match claim.qualifier {
        _ if claim.kind == Kind::Date || claim.value().is_none() => claim.text.to_string(),
        Qualifier::Exact => claim.text.to_string(),
        q => format!("{} {}", q.phrase(), claim.text),
    }
}

/// Sources too vague to be one origin: "reports", "officials" may be anyone.
fn generic_source(source: &str) -> bool {
    matches!(
        source,
        "reports"
            | "report"
            | "officials"
            | "official"
            | "sources"
            | "source"
            | "authorities"
            | "witnesses"
            | "residents"
            | "experts"
            | "analysts"
            | "media"
            | "local media"
            | "he"
            | "she"
            | "they"
            | "it"
            | "we"
            | "i"
            | "police"
            | "government"
            | "data"
            | "figures"
    )
}

/// Most figures a reason lists per category, and articles per figure.
const LISTED_FIGURES: usize = 6;
const LISTED_DOCS: usize = 3;
/// Quantities up to this many claims get reasons written for each claim.
const EXACT_LIST_MEMBERS: usize = 64;

/// One way a quantity is reported: the same words, update standing and publication day, with
/// every claim, article and origin that says it.
struct Statement {
    said: String,
    interval: Option<super::interval::Interval>,
    /// Its update standing: 0 the old figure of an update, 1 plain, 2 an update's new figure.
    rank: u8,
    /// The publication day of its articles.
    day: Option<i32>,
    /// Its articles, each with the origin its claim counts for.
    docs: Vec<(usize, usize)>,
    /// How many of its articles each origin has.
    origins: HashMap<usize, usize>,
}

impl Statement {
    /// Is `self` newer than `other`: by an update's words ("up from 37" < plain < "rose to
    /// 41"), then by the articles' dates?
    fn newer_than(&self, other: &Self) -> Option<std::cmp::Ordering> {
        if self.rank != other.rank {
            return Some(self.rank.cmp(&other.rank));
        }
        match (self.day, other.day) {
            (Some(x), Some(y)) if x != y => Some(x.cmp(&y)),
            _ => None,
        }
    }
}

/// Where the other statements of a quantity stand against one statement.
#[derive(Default)]
struct Standing {
    agree: BTreeSet<usize>,
    differ: BTreeSet<usize>,
    newer: BTreeSet<usize>,
    older: BTreeSet<usize>,
    /// Statement indices in each category, for the reason.
    agree_at: Vec<usize>,
    differ_at: Vec<usize>,
    newer_at: Vec<usize>,
    older_at: Vec<usize>,
}

/// A suggestion for every candidate; with `explain`, each with its reason in words.
pub fn suggest(
    cands: &[Candidate<'_>],
    grouping: &Grouping,
    origins: &[usize],
    docs: &[Doc<'_>],
    explain: bool,
) -> Vec<Suggestion> {
    let mut out: Vec<Option<Suggestion>> = vec![None; cands.len()];
    let per_quantity =
        crate::parallel::map(&grouping.members, |members| suggest_quantity(members, cands, origins, docs, explain));
    for (i, s) in per_quantity.into_iter().flatten() {
        out[i] = Some(s);
    }
    out.into_iter().zip(cands).map(|(s, c)| s.unwrap_or_else(|| alone(c, explain))).collect()
}

/// The suggestion for a claim no other article reports.
pub(super) fn alone(c: &Candidate<'_>, explain: bool) -> Suggestion {
    let superseded = c.facets.update == Some(Update::Earlier);
    let reason = match (explain, superseded) {
        (false, _) => "",
        (true, true) => "the earlier figure of an update given in the same sentence",
        (true, false) => "no other article reports this quantity",
    };
    Suggestion { verdict: Verdict::Unsourced, reason: reason.into(), superseded }
}

/// Suggestions for the members of one quantity. Members saying the same thing share one
/// statement, and each statement is compared with the others once: the cost grows with the
/// number of distinct statements times the members, not with the members squared.
pub(super) fn suggest_quantity(
    members: &[usize],
    cands: &[Candidate<'_>],
    origins: &[usize],
    docs: &[Doc<'_>],
    explain: bool,
) -> Vec<(usize, Suggestion)> {
    let day = |c: &Candidate<'_>| docs[c.doc].published.and_then(|p| date_days(p, None)).map(|d| d.0);
    let rank = |c: &Candidate<'_>| c.facets.update.map_or(1, |u| if u == Update::Earlier { 0 } else { 2 });
    let mut docs_of_origin: HashMap<usize, BTreeSet<usize>> = HashMap::default();
    // Claims that name one original source ("according to the Election Council") share that
    // source's origin, however many outlets repeat them; an article's claims share its origin.
    // Within the quantity both hold at once: an article and the sources its claims name are one.
    let source_key = |s: &str| {
        let lower = s.trim().to_lowercase();
        lower.strip_prefix("the ").map_or_else(|| lower.clone(), str::to_owned)
    };
    let mut source_ids: HashMap<String, usize> = HashMap::default();
    let ids: Vec<(usize, Option<usize>)> = members
        .iter()
        .map(|&m| {
            let c = &cands[m];
            let source = c.claim.source().map(source_key).filter(|s| !generic_source(s)).map(|s| {
                let next = origins.len() + 1 + source_ids.len();
                *source_ids.entry(s).or_insert(next)
            });
            (origins[c.doc], source)
        })
        .collect();
    let mut dense: HashMap<usize, usize> = HashMap::default();
    for (doc_origin, source) in &ids {
        for id in std::iter::once(*doc_origin).chain(*source) {
            let next = dense.len();
            dense.entry(id).or_insert(next);
        }
    }
    let mut joined = super::union_find::UnionFind::new(dense.len());
    for (doc_origin, source) in &ids {
        if let Some(source) = source {
            joined.union(dense[doc_origin], dense[source]);
        }
    }
    // The smallest id of each joined set stands for it.
    let mut smallest: HashMap<usize, usize> = HashMap::default();
    for (&id, &d) in &dense {
        let root = joined.find(d);
        let entry = smallest.entry(root).or_insert(id);
        *entry = (*entry).min(id);
    }
    let claim_origin: Vec<usize> =
        ids.iter().map(|(doc_origin, _)| smallest[&joined.find(dense[doc_origin])]).collect();
    let mut statements: Vec<Statement> = Vec::new();
    let mut index: HashMap<(String, u8, Option<i32>), usize> = HashMap::default();
    let mut statement_of: Vec<usize> = Vec::with_capacity(members.len());
    for (&m, &origin) in members.iter().zip(&claim_origin) {
        let c = &cands[m];
        let key = (stated(c.claim), rank(c), day(c));
        let at = *index.entry(key.clone()).or_insert_with(|| {
            statements.push(Statement {
                said: key.0.clone(),
                interval: c.interval,
                rank: key.1,
                day: key.2,
                docs: Vec::new(),
                origins: HashMap::default(),
            });
            statements.len() - 1
        });
        let st = &mut statements[at];
        // Members come in reading order: a document's claims are next to each other.
        if st.docs.last().map(|(d, _)| *d) != Some(c.doc) {
            st.docs.push((c.doc, origin));
            *st.origins.entry(origin).or_default() += 1;
        }
        docs_of_origin.entry(origin).or_default().insert(c.doc);
        statement_of.push(at);
    }
    let standings: Vec<Standing> = (0..statements.len())
        .map(|s| {
            let me = &statements[s];
            let mut standing = Standing::default();
            for (t, other) in statements.iter().enumerate() {
                let agrees = t == s || matches!((me.interval, other.interval), (Some(a), Some(b)) if a.agrees(&b));
                let (set, at) = if agrees {
                    (&mut standing.agree, &mut standing.agree_at)
                } else {
                    match other.newer_than(me) {
                        Some(std::cmp::Ordering::Greater) => (&mut standing.newer, &mut standing.newer_at),
                        // An older figure that this one replaces is no conflict.
                        Some(std::cmp::Ordering::Less) => (&mut standing.older, &mut standing.older_at),
                        _ => (&mut standing.differ, &mut standing.differ_at),
                    }
                };
                set.extend(other.origins.keys().copied());
                at.push(t);
            }
            // An origin that also reports this figure somewhere agrees, whatever else it says.
            let agreeing = standing.agree.clone();
            standing.differ.retain(|o| !agreeing.contains(o));
            standing
        })
        .collect();
    // In a large quantity the lists in reasons are written once per statement (they may then name
    // an article of the claim's own origin); the counts stay exact.
    let exact = members.len() <= EXACT_LIST_MEMBERS;
    let lists = std::cell::RefCell::new(HashMap::default());
    members
        .iter()
        .zip(statement_of)
        .zip(claim_origin)
        .map(|((&m, s), mine)| {
            let retellings = docs_of_origin.get(&mine).map(|d| d.iter().filter(|d| **d != cands[m].doc).collect());
            let context = Context { statements: &statements, mine, docs, exact, lists: &lists, explain };
            (m, suggestion_for(&cands[m], (s, &standings[s]), &context, &retellings.unwrap_or_default()))
        })
        .collect()
}

/// What a claim's suggestion is written against: its quantity's statements and its origin.
struct Context<'a, 'd> {
    statements: &'a [Statement],
    mine: usize,
    docs: &'a [Doc<'d>],
    /// Write each claim's lists without its own origin (small quantities).
    exact: bool,
    /// Lists already written, by statement and category (large quantities).
    lists: &'a std::cell::RefCell<HashMap<(usize, u8), String>>,
    /// Write the reason in words?
    explain: bool,
}

/// The suggestion for one claim, whose statement stands as `standing`; `retellings` are the other
/// articles of its own origin in the quantity.
fn suggestion_for(
    me: &Candidate<'_>,
    (statement, standing): (usize, &Standing),
    context: &Context<'_, '_>,
    retellings: &Vec<&usize>,
) -> Suggestion {
    let Context { statements, mine, docs, exact, lists, explain } = *context;
    let others = |set: &BTreeSet<usize>| set.len() - usize::from(set.contains(&mine));
    let excluded = if exact { mine } else { usize::MAX };
    // The figures of other origins in a category: "at least 20 (a.txt), 28 (b.txt, c.txt)".
    let write_list = |at: &[usize], only: &BTreeSet<usize>| {
        let mine = excluded;
        let mut parts = Vec::new();
        let mut more = 0;
        for &t in at {
            let st = &statements[t];
            let count: usize = st.origins.iter().filter(|(o, _)| **o != mine && only.contains(o)).map(|(_, n)| n).sum();
            if count == 0 {
                continue;
            }
            if parts.len() == LISTED_FIGURES {
                more += 1;
                continue;
            }
            let shown: Vec<&str> = st
                .docs
                .iter()
                .filter(|(_, o)| *o != mine && only.contains(o))
                .take(LISTED_DOCS)
                .map(|(d, _)| docs[*d].name.as_str())
                .collect();
            let mut names = shown.join(", ");
            if count > shown.len() {
                names.push_str(&format!(" and {} more", count - shown.len()));
            }
            parts.push(format!("{} ({names})", st.said));
        }
        if more > 0 {
            parts.push(format!("{more} other figures"));
        }
        parts.join(", ")
    };
    let list = |at: &Vec<usize>, only: &BTreeSet<usize>| {
        if exact {
            return write_list(at, only);
        }
        // Categories told apart by which of the standing's lists they are.
        let category = [&standing.agree_at, &standing.differ_at, &standing.newer_at, &standing.older_at]
            .iter()
            .position(|l| std::ptr::eq(*l, at))
            .unwrap_or(0) as u8;
        lists.borrow_mut().entry((statement, category)).or_insert_with(|| write_list(at, only)).clone()
    };
    let (agreeing, differing) = (others(&standing.agree), others(&standing.differ));
    let superseded = me.facets.update == Some(Update::Earlier) || others(&standing.newer) > 0;
    let verdict = match (differing, agreeing) {
        (1.., _) => Verdict::Conflicting,
        (0, 1..) => Verdict::Corroborated,
        _ => Verdict::Unsourced,
    };
    if !explain {
        return Suggestion { verdict, reason: Box::default(), superseded };
    }
    let this = format!("this says {}", stated(me.claim));
    let plural = |n: usize| if n == 1 { "origin" } else { "origins" };
    let retold = |limit: usize| {
        let mut names: Vec<&str> = retellings.iter().take(limit).map(|d| docs[**d].name.as_str()).collect();
        let more = retellings.len().saturating_sub(limit);
        let more_text = format!("{more} more");
        if more > 0 {
            names.push(&more_text);
        }
        names.join(", ")
    };
    let mut reason = if differing > 0 {
        let agree_note = if agreeing > 0 {
            format!("; agreeing: {}", list(&standing.agree_at, &standing.agree))
        } else {
            String::new()
        };
        let verb = if differing == 1 { "differs" } else { "differ" };
        let listed = list(&standing.differ_at, &standing.differ);
        format!("{differing} other {} {verb}: {listed}{agree_note}; {this}", plural(differing))
    } else if agreeing > 0 {
        let verb = if agreeing == 1 { "agrees" } else { "agree" };
        let listed = list(&standing.agree_at, &standing.agree);
        format!("{agreeing} other {} {verb}: {listed}; {this}", plural(agreeing))
    } else if !retellings.is_empty() && !superseded {
        format!(
            "only articles of the same origin (a retelling, or the same source) report it ({})",
            retold(LISTED_DOCS)
        )
    } else if others(&standing.newer) + others(&standing.older) == 0 {
        "no other origin reports this quantity".to_owned()
    } else {
        "no other origin reports the same figure".to_owned()
    };
    let earlier = list(&standing.older_at, &standing.older);
    if !earlier.is_empty() {
        reason.push_str(&format!("; earlier figures: {earlier}"));
    }
    if superseded {
        let later = list(&standing.newer_at, &standing.newer);
        reason.push_str(&if later.is_empty() {
            "; superseded: the earlier figure of an update".to_owned()
        } else {
            format!("; superseded by {later}")
        });
    }
    Suggestion { verdict, reason: reason.into(), superseded }
}
