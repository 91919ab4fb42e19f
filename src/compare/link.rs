//! Do two claims report the same quantity? A score with its reasons in words: kinds and units that
//! can be compared, heads that meet in the lexicon, scopes (group, place, period, owner) that
//! agree, values of one order, and articles that tell one story.

use super::facets::Facets;
use super::interval::Interval;
use crate::extract::{Claim, Kind, format_number};

/// Two claims report one quantity when their link scores at least this.
pub const SAME_QUANTITY_THRESHOLD: f32 = 0.6;

/// Counts, amounts and measures further apart than this factor are never one figure: blocking
/// relies on it (claims are only compared within this ratio of each other).
pub const MAX_VALUE_RATIO: f64 = 3.0;

/// One claim as the comparison sees it.
#[derive(Clone, Debug)]
pub struct Candidate<'a> {
    /// Its document (index in the project).
    pub doc: usize,
    /// The claim.
    pub claim: &'a Claim,
    /// Its comparison features.
    pub facets: &'a Facets<'a>,
    /// The values it allows (dates in days).
    pub interval: Option<Interval>,
}

/// Which claims can be compared at all: the kind, with the unit where it matters.
pub fn comparable_class(claim: &Claim) -> Option<(u8, Option<&str>)> {
    Some(match claim.kind {
        Kind::Count => (0, None),
        Kind::Range if claim.unit.is_none() => (0, None),
        Kind::Range => (1, claim.unit.as_deref()),
        Kind::Percent => (2, None),
        Kind::Money => (3, claim.unit.as_deref()),
        Kind::Measure => (4, claim.unit.as_deref()),
        Kind::Duration => (5, claim.unit.as_deref()),
        Kind::Date => (6, None),
        Kind::Ratio | Kind::Fraction | Kind::Ordinal => return None,
    })
}

/// A judgement on one pair: its score and reasons, or why the pair can never be one quantity.
#[derive(Clone, Debug, PartialEq)]
pub struct Judgement {
    /// Higher is more alike; compare with [`SAME_QUANTITY_THRESHOLD`].
    pub score: f32,
    /// The reasons in words, when they are being written down (boxed: the link that put each
    /// claim of an archive in its quantity is kept, mostly without words).
    words: Option<Box<Words>>,
    /// Is the pair ruled out?
    vetoed: bool,
    /// The share of names the two articles have in common, as judged (to explain the link
    /// again later, in words).
    pub(super) shared_names: Option<f32>,
    /// Was the claim this judgement is kept with the first of the pair judged (the words say
    /// "a ~ b" in that order)?
    pub(super) kept_with_first: bool,
}

/// A judgement's reasons in words.
#[derive(Clone, Debug, Default, PartialEq)]
struct Words {
    /// Why ("same head: detained ~ arrested", "both since the election").
    reasons: Vec<String>,
    /// Why the pair is ruled out ("different groups: …").
    veto: Option<String>,
}

impl Judgement {
    /// A judgement not yet made: no points, words written down if `explain`.
    fn new(explain: bool, shared_names: Option<f32>) -> Self {
        let words = explain.then(Box::default);
        Self { score: 0.0, words, vetoed: false, shared_names, kept_with_first: true }
    }

    /// The link a reviewer makes by moving a claim into a quantity.
    pub fn moved_by_reviewer() -> Self {
        let mut j = Self::new(true, None);
        j.add(1.0, || "moved here by the reviewer".to_owned());
        j
    }

    /// Is the pair one quantity?
    pub fn same(&self) -> bool {
        !self.vetoed && self.score >= SAME_QUANTITY_THRESHOLD
    }

    /// Why, in words ("same head: detained ~ arrested", "both since the election"); empty when
    /// the words were not written down.
    pub fn reasons(&self) -> &[String] {
        self.words.as_ref().map_or(&[], |w| &w.reasons)
    }

    /// Set when the pair is ruled out, with the reason ("different groups: …"; empty when the
    /// words were not written down).
    pub fn veto(&self) -> Option<&str> {
        self.vetoed.then(|| self.words.as_ref().and_then(|w| w.veto.as_deref()).unwrap_or(""))
    }

    /// Adds points, and the reason when explaining (building words for every pair a large
    /// corpus compares would cost more than the comparing).
    fn add(&mut self, points: f32, reason: impl FnOnce() -> String) {
        self.score += points;
        if let Some(words) = &mut self.words {
            words.reasons.push(reason());
        }
    }

    /// Rules the pair out, with the reason when explaining.
    fn ruled_out(mut self, reason: impl FnOnce() -> String) -> Self {
        self.vetoed = true;
        if let Some(words) = &mut self.words {
            words.veto = Some(reason());
        }
        self
    }
}

fn value_text(c: &Claim) -> String {
    c.date().map_or_else(|| c.value().map(format_number).unwrap_or_else(|| c.text.to_string()), |d| d.to_string())
}

/// The groups as a reader would write them: "regional leader".
fn group_text(group: &[String]) -> String {
    if group.is_empty() { "anyone".to_owned() } else { group.join(" ") }
}

/// Is a period narrow enough that a figure for it is a part, not the whole ("this week")?
fn narrow_period(period: &str) -> bool {
    !period.starts_with("since") && !period.chars().all(|c| c.is_ascii_digit()) && !period.ends_with("year")
}

/// Counts below this are too common to say two reports are one figure.
const SMALL_COUNT: f64 = 5.0;

/// Below this share of names in common (in practice: none), two articles tell different stories.
const FEW_SHARED_NAMES: f32 = 0.05;
/// From this share of names in common, two articles tell one story.
pub(super) const STORY_SHARED_NAMES: f32 = 0.25;

/// Scores a pair of claims; `shared_names` is the share of the shorter list of names their two
/// articles have in common (`None` within one article, or when an article names too few to tell).
pub fn judge(a: &Candidate<'_>, b: &Candidate<'_>, shared_names: Option<f32>, explain: bool) -> Judgement {
    let mut j = Judgement::new(explain, shared_names);
    let (fa, fb) = (a.facets, b.facets);
    if comparable_class(a.claim).is_none() || comparable_class(a.claim) != comparable_class(b.claim) {
        return j.ruled_out(|| format!("{} and {} cannot be compared", a.claim.kind.as_str(), b.claim.kind.as_str()));
    }
    let (Some(ha), Some(hb)) = (&fa.head, &fb.head) else {
        return j.ruled_out(|| "one of them says nothing of what it counts".to_owned());
    };
    if ha != hb {
        return j.ruled_out(|| format!("different things: {ha} vs {hb}"));
    }
    match (&fa.head_word, &fb.head_word) {
        (Some(wa), Some(wb)) if wa != wb => j.add(0.5, || format!("same head: {wa} ~ {wb}")),
        _ => j.add(0.5, || format!("same head: {}", fa.head_word.as_deref().unwrap_or(ha))),
    }
    let agree = match (a.interval, b.interval) {
        (Some(x), Some(y)) => Some(x.agrees(&y)),
        _ => None,
    };
    if a.doc == b.doc && agree != Some(true) {
        return j.ruled_out(|| "one article, two different figures".to_owned());
    }
    // Scope: who, where, when, whose. (A date's event words are its head's adjectives.)
    let dated = a.claim.kind == Kind::Date;
    match (fa.group().is_empty() || dated, fb.group().is_empty() || dated) {
        (false, false) if fa.group() != fb.group() => {
            return j
                .ruled_out(|| format!("different groups: {} vs {}", group_text(fa.group()), group_text(fb.group())));
        }
        (false, false) => j.add(0.1, || format!("both count {}", group_text(fa.group()))),
        (true, false) | (false, true) => {
            let g = if fa.group().is_empty() { fb.group() } else { fa.group() };
            j.add(-0.1, || format!("only one counts {}", group_text(g)));
        }
        (true, true) => {}
    }
    match (fa.place(), fb.place()) {
        (Some(x), Some(y)) if x != y => return j.ruled_out(|| format!("different places: {x} vs {y}")),
        (Some(x), Some(_)) => j.add(0.1, || format!("both {x}")),
        (Some(x), None) | (None, Some(x)) => j.add(-0.1, || format!("only one is {x}")),
        (None, None) => {}
    }
    match (fa.period(), fb.period()) {
        (Some(x), Some(y)) if x != y => return j.ruled_out(|| format!("different periods: {x} vs {y}")),
        (Some(x), Some(_)) => j.add(0.1, || format!("both {x}")),
        (Some(x), None) | (None, Some(x)) if narrow_period(x) => j.add(-0.3, || format!("only one is {x}")),
        _ => {}
    }
    match (fa.event, fb.event) {
        (Some(x), Some(y)) if x != y => return j.ruled_out(|| format!("different events: {x} vs {y}")),
        (Some(x), Some(_)) => j.add(0.1, || format!("both in the {x}")),
        _ => {}
    }
    match (fa.among(), fb.among()) {
        (Some(x), Some(y)) if x != y => return j.ruled_out(|| format!("among different groups: {x} vs {y}")),
        (Some(x), Some(_)) => j.add(0.1, || format!("both among {x}")),
        (Some(x), None) | (None, Some(x)) => j.add(-0.3, || format!("only one is among {x}")),
        (None, None) => {}
    }
    if fa.increment || fb.increment {
        return j.ruled_out(|| "one is counted on top of another figure (\"a further …\")".to_owned());
    }
    match (fa.actor(), fb.actor()) {
        (Some(x), Some(y)) if x != y => return j.ruled_out(|| format!("different owners: {x} vs {y}")),
        (Some(x), Some(_)) => j.add(0.1, || format!("both {x}'s")),
        _ => {}
    }
    // Values.
    let values = || format!("values {} and {}", value_text(a.claim), value_text(b.claim));
    if a.claim.kind == Kind::Date {
        j.add(0.1, || format!("both date the {ha}; {}", values()));
    } else if let (Some(x), Some(y)) = (a.interval, b.interval) {
        let (p, q) = (x.point.abs(), y.point.abs());
        if a.claim.kind == Kind::Percent {
            match (p - q).abs() {
                d if d <= 5.0 => j.add(0.2, values),
                d if d <= 12.0 => j.add(0.1, values),
                d if d <= 20.0 => j.add(0.0, values),
                _ => j.add(-0.2, || format!("{}, far apart", values())),
            }
        } else {
            let ratio = if p.min(q) > 0.0 { p.max(q) / p.min(q) } else { f64::INFINITY };
            if ratio > MAX_VALUE_RATIO && p.max(q) > 0.0 {
                return j.ruled_out(|| format!("{} are too far apart to be one figure", values()));
            }
            match ratio {
                // Small numbers meet by chance ("two people", "three leaders"): no evidence.
                _ if p.min(q) < SMALL_COUNT => j.add(0.0, values),
                r if r <= 1.5 => j.add(0.2, values),
                r if r <= 2.5 => j.add(0.0, values),
                _ => j.add(-0.1, || format!("{}, far apart", values())),
            }
        }
    }
    if let (Some(sa), Some(sb)) = (a.claim.source(), b.claim.source())
        && (sa == sb || sa.to_lowercase() == sb.to_lowercase())
    {
        j.add(0.1, || format!("both from {sa}"));
    }
    // How much of the shorter list of names the two articles share.
    match shared_names {
        Some(share) if share < FEW_SHARED_NAMES => j.add(-0.5, || "the two articles share no names".to_owned()),
        Some(share) if share >= STORY_SHARED_NAMES => j.add(0.1, || "same story".to_owned()),
        _ => {}
    }
    j
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Judges the first claim of each sentence, as if from two articles sharing a story.
    fn pair(a: &str, b: &str) -> Judgement {
        let (ca, cb) = (crate::extract::extract(a), crate::extract::extract(b));
        let (Some(ca), Some(cb)) = (ca.first(), cb.first()) else { panic!("claims in {a:?} and {b:?}") };
        let (fa, fb) = (Facets::read(a, ca), Facets::read(b, cb));
        let x = Candidate { doc: 0, claim: ca, facets: &fa, interval: Interval::of(ca) };
        let y = Candidate { doc: 1, claim: cb, facets: &fb, interval: Interval::of(cb) };
        judge(&x, &y, Some(0.5), true)
    }

    #[test]
    fn wordings_of_one_toll_link_with_reasons() {
        let j = pair("At least 24 individuals have died.", "At least 20 deaths were recorded.");
        assert!(j.same(), "{j:?}");
        assert!(j.reasons().iter().any(|r| r.contains("died ~ deaths")), "{j:?}");
        assert!(j.reasons().iter().any(|r| r == "values 24 and 20"), "{j:?}");
    }

    #[test]
    fn scope_traps_keep_quantities_apart() {
        assert!(!pair("Three regional leaders had been detained.", "Around 2,000 people were arrested.").same());
        assert!(!pair("Three regional leaders had been detained.", "Three journalists had been detained.").same());
        assert!(pair("Three journalists had been detained.", "Three journalists were arrested.").same());
        assert!(
            !pair("Officials said 14 people died in the capital.", "Officials said 14 people died nationwide.").same()
        );
        assert!(!pair("Since the election, 20 were detained.", "This week 20 were detained.").same());
        assert!(!pair("Maduro won 51 percent of the vote.", "González won 46 percent of the vote.").same());
        assert!(!pair("Over 2,000 have been detained.", "Just this week there were 11 people detained.").same());
    }
}
