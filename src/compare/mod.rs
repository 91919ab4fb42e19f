//! The comparison engine: every quantity side by side across the corpus. Claims that report one
//! quantity ("24 died", "20 deaths", "28 people were killed") are grouped with explained links,
//! articles that retell one story are one origin, each claim gets a suggested verdict with its
//! reason, and figures inside one article that should add up are checked.
//!
//! Everything here reads a [`Project`]; nothing changes it. The desk and `tally check` show the
//! same [`Comparison`].

mod arithmetic;
mod facets;
mod group;
mod interval;
mod link;
mod origin;
mod story;
mod suggest;
mod union_find;

use rustc_hash::FxHashMap as HashMap;

pub use arithmetic::{Relation, RelationKind};
pub use facets::{Facets, Update};
pub use group::{Link, Placement};
pub use interval::{Interval, day_text};
pub use link::{Judgement, SAME_QUANTITY_THRESHOLD};
pub use suggest::{Suggestion, stated};

use crate::extract::{Claim, Kind};
use crate::metadata::FieldName;
use crate::project::{ClaimRef, Pin, Project};

/// One article as the comparison reads it.
#[derive(Clone, Debug)]
pub struct Doc<'a> {
    /// What a reader calls it: the outlet, else the file name.
    pub name: String,
    /// Its text.
    pub text: &'a str,
    /// Its content hash (identical texts are one origin).
    pub hash: &'a str,
    /// Its outlet, if known.
    pub outlet: Option<&'a str>,
    /// Its publication date (ISO, maybe partial), if known.
    pub published: Option<&'a str>,
    /// Its claims, in text order.
    pub claims: Vec<&'a Claim>,
}

/// A quantity: the claims of several articles that report one figure.
#[derive(Clone, Debug, PartialEq)]
pub struct Quantity {
    /// 1-based, in order of the quantity's first claim.
    pub id: usize,
    /// A short label: "individuals have died", "date of the election".
    pub label: String,
    /// Its claims, in reading order.
    pub members: Vec<ClaimRef>,
    /// Do two independent origins report different figures (not updates)?
    pub conflicting: bool,
}

/// What the comparison says about one claim.
#[derive(Clone, Debug, PartialEq)]
pub struct ClaimComparison {
    /// Its quantity (see [`ClaimComparison::quantity`]; 32 bits, as kept for every claim).
    quantity: Option<u32>,
    /// The link that put it there (see [`ClaimComparison::joined`]): the other claim as
    /// `[document, claim]` in 32 bits, the judgement, and whether the reviewer made it.
    joined: Option<([u32; 2], Judgement, bool)>,
    /// The suggested verdict and why.
    pub suggestion: Suggestion,
}

impl ClaimComparison {
    /// Its quantity (index into [`Comparison::quantities`]).
    pub fn quantity(&self) -> Option<usize> {
        self.quantity.map(|q| q as usize)
    }

    /// The link that put it there: with which claim, the judgement (score and reasons), and
    /// whether the reviewer made it (by moving a claim).
    pub fn joined(&self) -> Option<(ClaimRef, &Judgement, bool)> {
        let ([doc, claim], judgement, by_reviewer) = self.joined.as_ref()?;
        Some((ClaimRef { doc: *doc as usize, claim: *claim as usize }, judgement, *by_reviewer))
    }
}

/// An arithmetic relation of one article, with its parts as claims.
#[derive(Clone, Debug, PartialEq)]
pub struct ConsistencyCheck {
    /// Which arithmetic.
    pub kind: RelationKind,
    /// The claims it is computed from.
    pub parts: Vec<ClaimRef>,
    /// What the parts give.
    pub expected: f64,
    /// Does this claim say that, within rounding?
    pub holds: bool,
    /// The computation: "152 + 149 = 301", "25 + 30 = 55 ≠ 60".
    pub shown: String,
}

/// The whole corpus compared.
#[derive(Clone, Debug, Default)]
pub struct Comparison {
    /// Every quantity reported by two or more articles, in reading order.
    pub quantities: Vec<Quantity>,
    /// Per document, per claim.
    claims: Vec<Vec<ClaimComparison>>,
    /// Origin number (1-based) of each document.
    pub origins: Vec<usize>,
    /// Why a document shares another's origin.
    pub origin_reasons: Vec<Option<String>>,
    /// Arithmetic relations by the claim that is their result, in reading order (few claims
    /// have any: kept apart, not as an empty list on every claim).
    consistency: Vec<(ClaimRef, ConsistencyCheck)>,
    /// Indices into `quantities`, conflicts first, then the most reported (sorted once: the
    /// Quantities window reads it every frame).
    by_urgency: Vec<usize>,
    /// The year a date without one is read in (the corpus's), to explain a link again.
    assumed_year: Option<i32>,
    /// Suggestions' reasons written on demand (compared with [`Detail::Verdicts`]).
    reasons: ReasonCache,
}

/// The reasons [`Comparison::why_suggested`] wrote last, by claim: the desk asks every frame for
/// the claim on screen and the row under the pointer. A copy of the comparison starts empty.
#[derive(Debug, Default)]
struct ReasonCache(std::sync::Mutex<HashMap<ClaimRef, String>>);

impl Clone for ReasonCache {
    fn clone(&self) -> Self {
        Self::default()
    }
}

/// Reasons kept at most (a few quantities' worth).
const CACHED_REASONS: usize = 4_096;

/// What a comparison writes down besides its findings.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Detail {
    /// Why each claim joined its quantity, in words (the desk's Compare view shows it).
    LinkReasons,
    /// Findings and suggestions only (`tally check` and `tally new` list no link's reasons).
    Findings,
    /// Findings and suggested verdicts, no reasons in words at all: the desk asks for the reasons
    /// of the claim on screen ([`Comparison::why_suggested`], [`Comparison::why_joined`]).
    Verdicts,
}

impl Comparison {
    /// Compares every claim of a project (honouring the reviewer's moves), with every link's
    /// reasons.
    pub fn of_project(project: &Project) -> Self {
        Self::of_project_with(project, Detail::LinkReasons)
    }

    /// [`Comparison::of_project`], writing down `detail`.
    pub fn of_project_with(project: &Project, detail: Detail) -> Self {
        let docs: Vec<Doc<'_>> = project
            .documents
            .iter()
            .map(|d| Doc {
                name: short_name(d),
                text: &d.text,
                hash: &d.hash,
                outlet: d.metadata.value(FieldName::Outlet),
                published: d.metadata.value(FieldName::Published),
                claims: d.claims.iter().map(|c| &c.claim).collect(),
            })
            .collect();
        let refs: Vec<ClaimRef> = project.claim_refs().collect();
        let pinned = |r: &ClaimRef| project.claim(*r).and_then(|c| c.pin);
        // Claims by id, to place the ones a reviewer moved (most reviews move none).
        let index: HashMap<crate::project::ClaimId, usize> = if refs.iter().any(|r| pinned(r).is_some()) {
            refs.iter().enumerate().filter_map(|(i, r)| project.claim(*r).map(|c| (c.id, i))).collect()
        } else {
            HashMap::default()
        };
        let placements: Vec<Option<Placement>> = refs
            .iter()
            .map(|r| match pinned(r) {
                Some(Pin::Alone) => Some(Placement::Alone),
                Some(Pin::With(id)) => index.get(&id).map(|i| Placement::With(*i)),
                None => None,
            })
            .collect();
        Self::of_docs_with(&docs, &refs, &placements, detail)
    }

    /// Compares documents; `refs` lists every claim in reading order (document, then position)
    /// and `placements` the reviewer's moves, by the same index.
    pub fn of_docs(docs: &[Doc<'_>], refs: &[ClaimRef], placements: &[Option<Placement>]) -> Self {
        Self::of_docs_with(docs, refs, placements, Detail::LinkReasons)
    }

    /// [`Comparison::of_docs`], writing down `detail`.
    pub fn of_docs_with(docs: &[Doc<'_>], refs: &[ClaimRef], placements: &[Option<Placement>], detail: Detail) -> Self {
        // Origins and arithmetic read only the documents: they run beside the facets and the
        // grouping, so both cores stay busy through the grouping's serial steps.
        std::thread::scope(|scope| {
            let origins = scope.spawn(|| origin::find(docs));
            let per_doc = scope.spawn(|| crate::parallel::map(docs, |d| arithmetic::relations(d.text, &d.claims)));
            let assumed_year = corpus_year(docs);
            // Per document, on every core.
            let facets: Vec<Vec<Facets>> =
                crate::parallel::map(docs, |d| d.claims.iter().map(|c| Facets::read(d.text, c)).collect::<Vec<_>>());
            let cands: Vec<link::Candidate<'_>> = refs
                .iter()
                .map(|r| {
                    let f = &facets[r.doc][r.claim];
                    let doc = &docs[r.doc];
                    let claim = doc.claims[r.claim];
                    let interval = interval_of(claim, doc.published, assumed_year);
                    link::Candidate { doc: r.doc, claim, facets: f, interval }
                })
                .collect();
            let names = story::distinctive(crate::parallel::map(docs, |d| story::names(d.text)));
            let mut grouping = group::group(&cands, &names, placements, detail == Detail::LinkReasons);
            let origins = crate::parallel::join(origins);
            let suggestions = suggest::suggest(&cands, &grouping, &origins.of_doc, docs, detail != Detail::Verdicts);

            let mut claims: Vec<Vec<ClaimComparison>> =
                docs.iter().map(|d| Vec::with_capacity(d.claims.len())).collect();
            for (i, (r, suggestion)) in refs.iter().zip(suggestions).enumerate() {
                let joined = grouping.joined_by[i].take().and_then(|l: Link| {
                    let other = refs[if l.a == i { l.b } else { l.a }];
                    let mut judgement = l.judgement;
                    judgement.kept_with_first = l.a == i;
                    // A corpus's documents and a document's claims are counted in 32 bits.
                    let at = [u32::try_from(other.doc).ok()?, u32::try_from(other.claim).ok()?];
                    Some((at, judgement, l.by_reviewer))
                });
                let quantity = grouping.of[i].and_then(|q| u32::try_from(q).ok());
                claims[r.doc].push(ClaimComparison { quantity, joined, suggestion });
            }
            let per_doc = crate::parallel::join(per_doc);
            let mut consistency = Vec::new();
            for (d, relations) in per_doc.into_iter().enumerate() {
                for relation in relations.into_iter().filter(|r| r.total < claims[d].len()) {
                    let parts = relation.parts.iter().map(|p| ClaimRef { doc: d, claim: *p }).collect();
                    let check = ConsistencyCheck {
                        kind: relation.kind,
                        parts,
                        expected: relation.expected,
                        holds: relation.holds,
                        shown: relation.shown,
                    };
                    consistency.push((ClaimRef { doc: d, claim: relation.total }, check));
                }
            }
            // Stable: a claim's relations stay in the order found.
            consistency.sort_by_key(|(r, _)| *r);
            let numbered: Vec<(usize, &Vec<usize>)> = grouping.members.iter().enumerate().collect();
            let quantities: Vec<Quantity> = crate::parallel::map(&numbered, |&(q, members)| Quantity {
                id: q + 1,
                label: label(members.iter().map(|i| &cands[*i])),
                members: members.iter().map(|i| refs[*i]).collect(),
                conflicting: members.iter().any(|i| {
                    let r = refs[*i];
                    claims[r.doc][r.claim].suggestion.verdict == crate::project::Verdict::Conflicting
                }),
            });
            let mut by_urgency: Vec<usize> = (0..quantities.len()).collect();
            by_urgency.sort_by_key(|&q| {
                let q: &Quantity = &quantities[q];
                (!q.conflicting, std::cmp::Reverse(q.members.len()), q.id)
            });
            Self {
                quantities,
                claims,
                origins: origins.of_doc,
                origin_reasons: origins.reasons,
                consistency,
                by_urgency,
                assumed_year,
                reasons: ReasonCache::default(),
            }
        })
    }

    /// What the comparison says about a claim.
    pub fn claim(&self, r: ClaimRef) -> Option<&ClaimComparison> {
        self.claims.get(r.doc)?.get(r.claim)
    }

    /// The arithmetic relations whose result is the claim at `r` ("152 + 149 = 301"), in the
    /// order found.
    pub fn consistency(&self, r: ClaimRef) -> impl Iterator<Item = &ConsistencyCheck> {
        let first = self.consistency.partition_point(|(at, _)| *at < r);
        self.consistency[first..].iter().take_while(move |(at, _)| *at == r).map(|(_, check)| check)
    }

    /// Why the claim at `r` joined its quantity, in words, with the link's score: the reasons
    /// written down when compared with [`Detail::LinkReasons`], else the link judged again now
    /// (the desk asks only for the claim on screen: words for every link of an archive held
    /// 26 MB). `project` must be the one compared.
    pub fn why_joined(&self, project: &Project, r: ClaimRef) -> Option<Judgement> {
        let (with, judgement, by_reviewer) = self.claim(r)?.joined()?;
        if by_reviewer {
            return Some(Judgement::moved_by_reviewer());
        }
        if !judgement.reasons().is_empty() {
            return Some(judgement.clone());
        }
        // In the order the comparison judged the pair.
        let (first, second) = if judgement.kept_with_first { (r, with) } else { (with, r) };
        let (a, b) = (self.read_again(project, first)?, self.read_again(project, second)?);
        Some(link::judge(&a.candidate(), &b.candidate(), judgement.shared_names, true))
    }

    /// The values the claim at `r` allows, as the comparison read them (read again: an archive's
    /// intervals held 11 MB, and the desk draws those of one quantity). `project` must be the one
    /// compared.
    pub fn interval(&self, project: &Project, r: ClaimRef) -> Option<Interval> {
        let doc = project.documents.get(r.doc)?;
        let claim = &doc.claims.get(r.claim)?.claim;
        interval_of(claim, doc.metadata.value(FieldName::Published), self.assumed_year)
    }

    /// The claim at `r` as the comparison read it, read again (to explain it in words).
    fn read_again<'p>(&self, project: &'p Project, r: ClaimRef) -> Option<ReadAgain<'p>> {
        let doc = project.documents.get(r.doc)?;
        let claim = &doc.claims.get(r.claim)?.claim;
        let interval = self.interval(project, r);
        Some(ReadAgain { doc: r.doc, claim, facets: Facets::read(&doc.text, claim), interval })
    }

    /// Why the comparison suggests what it does for the claim at `r`, in words: the reason written
    /// down when compared, else (compared with [`Detail::Verdicts`]) its quantity's suggestions
    /// made again now, in words (reasons for every claim of an archive held 40 MB). `project`
    /// must be the one compared.
    pub fn why_suggested(&self, project: &Project, r: ClaimRef) -> String {
        let Some(found) = self.claim(r) else {
            return String::new();
        };
        if !found.suggestion.reason.is_empty() {
            return found.suggestion.reason.to_string();
        }
        let Ok(mut cache) = self.reasons.0.lock() else {
            return String::new();
        };
        if let Some(reason) = cache.get(&r) {
            return reason.clone();
        }
        // The whole quantity's reasons are written at once: its other reports are asked next.
        let again = self.suggestions_again(project, r).unwrap_or_default();
        if cache.len() + again.len() > CACHED_REASONS {
            cache.clear();
        }
        cache.extend(again.into_iter().map(|(at, s)| (at, s.reason.into_string())));
        cache.get(&r).cloned().unwrap_or_default()
    }

    /// The suggestions, with their reasons, of the claim at `r` and the other members of its
    /// quantity, made again from that quantity alone.
    fn suggestions_again(&self, project: &Project, r: ClaimRef) -> Option<Vec<(ClaimRef, Suggestion)>> {
        let quantity = self.quantity_of(r);
        let members: Vec<ClaimRef> = quantity.map_or_else(|| vec![r], |q| q.members.clone());
        // Every document is a `Doc` (suggestions index them by number), only the members'
        // with their names and dates.
        let mut docs: Vec<Doc<'_>> = project
            .documents
            .iter()
            .map(|_| Doc { name: String::new(), text: "", hash: "", outlet: None, published: None, claims: Vec::new() })
            .collect();
        let mut read = Vec::with_capacity(members.len());
        for m in &members {
            let doc = project.documents.get(m.doc)?;
            if let Some(d) = docs.get_mut(m.doc) {
                d.name = short_name(doc);
                d.published = doc.metadata.value(FieldName::Published);
            }
            read.push(self.read_again(project, *m)?);
        }
        let cands: Vec<link::Candidate<'_>> = read.iter().map(ReadAgain::candidate).collect();
        if quantity.is_none() {
            return Some(vec![(r, suggest::alone(cands.first()?, true))]);
        }
        let local: Vec<usize> = (0..cands.len()).collect();
        let again = suggest::suggest_quantity(&local, &cands, &self.origins, &docs, true);
        Some(again.into_iter().filter_map(|(i, s)| Some((*members.get(i)?, s))).collect())
    }

    /// The quantity a claim belongs to.
    pub fn quantity_of(&self, r: ClaimRef) -> Option<&Quantity> {
        self.quantities.get(self.claim(r)?.quantity()?)
    }

    /// Writes each claim's quantity and suggested verdict into the project, for readers of the
    /// saved file (the desk recomputes them on open).
    pub fn record_in(&self, project: &mut Project) {
        for (d, doc) in project.documents.iter_mut().enumerate() {
            for (c, claim) in doc.claims.iter_mut().enumerate() {
                let found = self.claim(ClaimRef { doc: d, claim: c });
                claim.quantity = found.and_then(|f| f.quantity).and_then(|q| q.checked_add(1));
                claim.suggestion = found.map(|f| f.suggestion.verdict);
            }
        }
    }

    /// Quantities with conflicts first, then by size (most reports first), then reading order.
    pub fn quantities_by_urgency(&self) -> Vec<&Quantity> {
        self.by_urgency.iter().filter_map(|&q| self.quantities.get(q)).collect()
    }
}

/// What a reason calls an article: its outlet, else its file name.
fn short_name(doc: &crate::project::ProjectDocument) -> String {
    match doc.metadata.value(FieldName::Outlet) {
        Some(outlet) if !outlet.trim().is_empty() && outlet.chars().count() <= 40 => outlet.trim().to_owned(),
        _ => doc.path.rsplit('/').next().unwrap_or(&doc.path).to_owned(),
    }
}

/// How many values two sorted, distinct lists share (names of two articles, their shingles).
fn shared_sorted(a: &[u64], b: &[u64]) -> usize {
    let (mut i, mut j, mut n) = (0, 0, 0);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                n += 1;
                i += 1;
                j += 1;
            }
        }
    }
    n
}

/// A claim read again after the comparison, owning its facets.
struct ReadAgain<'p> {
    doc: usize,
    claim: &'p Claim,
    facets: Facets<'p>,
    interval: Option<Interval>,
}

impl ReadAgain<'_> {
    fn candidate(&self) -> link::Candidate<'_> {
        link::Candidate { doc: self.doc, claim: self.claim, facets: &self.facets, interval: self.interval }
    }
}

/// The values a claim allows; a date's year, where it gives none, is its article's or else the
/// corpus's.
fn interval_of(claim: &Claim, published: Option<&str>, assumed_year: Option<i32>) -> Option<Interval> {
    match (claim.kind, claim.date()) {
        (Kind::Date, Some(date)) => {
            let year = published.and_then(interval::date_year).or(assumed_year);
            Interval::of_date(date, year)
        }
        _ => Interval::of(claim),
    }
}

/// The year a date without one is read in: the year the corpus's dated claims name most (ties:
/// the latest), a news corpus being mostly about its own present.
fn corpus_year(docs: &[Doc<'_>]) -> Option<i32> {
    let mut years: HashMap<i32, usize> = HashMap::default();
    for doc in docs {
        if let Some(y) = doc.published.and_then(interval::date_year) {
            *years.entry(y).or_default() += 2;
        }
        for c in &doc.claims {
            if let Some(y) = c.date().and_then(interval::date_year) {
                *years.entry(y).or_default() += 1;
            }
        }
    }
    // With no year anywhere, dates without one are still compared by month and day (in a leap
    // year, so February 29 exists).
    Some(years.into_iter().max_by_key(|(y, n)| (*n, *y)).map_or(2000, |(y, _)| y))
}

/// A quantity's label: its most common subject (dates: "date of the …"), lowercased, with Spanish
/// news words in English (a mixed corpus's quantity reads in one language).
fn label<'a>(members: impl Iterator<Item = &'a link::Candidate<'a>>) -> String {
    let mut counts: HashMap<String, usize> = HashMap::default();
    let mut date_head = None;
    for c in members {
        if c.claim.kind == Kind::Date {
            date_head = date_head.or(c.facets.head.clone());
        }
        if let Some(s) = &c.claim.subject {
            *counts.entry(facets::words(s).collect::<Vec<_>>().join(" ")).or_default() += 1;
        } else if let Some(h) = &c.facets.head_word {
            *counts.entry(h.to_string()).or_default() += 1;
        }
    }
    if let Some(head) = date_head {
        return format!("date of the {head}");
    }
    counts
        .into_iter()
        .max_by(|(a, n), (b, m)| n.cmp(m).then(b.len().cmp(&a.len())).then(b.cmp(a)))
        .map_or_else(|| "figure".to_owned(), |(s, _)| s)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_claims_comparison_is_small() {
        // One is kept for every claim of an archive (a quarter of a million): the quantity and the
        // claim it was joined with in 32 bits, the reason as a boxed string (empty when not
        // written down).
        assert!(std::mem::size_of::<ClaimComparison>() <= 72, "{} bytes", std::mem::size_of::<ClaimComparison>());
        let project = Project::of_texts(&[
            ("a.txt", "At least 24 people died, officials said."),
            ("b.txt", "At least 24 people died, the ministry said."),
        ]);
        let comparison = Comparison::of_project(&project);
        let first = comparison.claim(ClaimRef { doc: 0, claim: 0 }).map(ClaimComparison::quantity);
        assert_eq!(first, Some(Some(0)), "the two reports of 24 deaths are one quantity");
        assert_eq!(comparison.quantity_of(ClaimRef { doc: 1, claim: 0 }).map(|q| q.id), Some(1));
        // The link that joined them names the other report, read back from its 32-bit form.
        let (a, b) = (ClaimRef { doc: 0, claim: 0 }, ClaimRef { doc: 1, claim: 0 });
        let links: Vec<_> = [a, b]
            .into_iter()
            .filter_map(|r| Some((r, comparison.claim(r)?.joined()?)))
            .map(|(r, (with, judgement, by_reviewer))| (r, with, judgement.score > 0.0, by_reviewer))
            .collect();
        assert_eq!(links, [(a, b, true, false), (b, a, true, false)], "each holds the link, naming the other");
    }
}
