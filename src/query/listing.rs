//! A listing made a slice at a time (the desk's claims table over an archive) or at once, and
//! a listing narrowed as the search grows.

use super::index::{Hint, Needle, SearchIndex};
use super::{Filter, Sort, contains_folded};
use crate::compare::Comparison;
use crate::project::{ClaimRef, Project, ReviewedClaim};

/// The claims that pass `filter`, ordered by `sort`; equal keys keep reading order. The
/// comparison answers the quantity and suggestion filters and columns.
pub fn rows(project: &Project, comparison: &Comparison, filter: &Filter, sort: Sort) -> Vec<ClaimRef> {
    let mut listing = Listing::new(project, filter, sort);
    listing.advance(project, comparison, None, usize::MAX);
    listing.finish(project, comparison)
}

/// A listing made a slice at a time: the desk gives it a millisecond a frame, so a search over an
/// archive never holds a frame up (its first letter reads every claim, or with a
/// [`SearchIndex`] every claim's mask).
#[derive(Clone, Debug)]
pub struct Listing {
    filter: Filter,
    sort: Sort,
    /// The search, lowercased and trimmed.
    needle: String,
    /// The search as an index reads it.
    indexed: Option<Needle>,
    /// The documents to read, in reading order, and how many are read.
    docs: Vec<usize>,
    read: usize,
    /// The claims passing so far, in reading order.
    found: Vec<ClaimRef>,
    /// Everything, in reading order: nothing to read.
    everything: bool,
}

impl Listing {
    /// A listing of `project`'s claims passing `filter`, ordered by `sort`, nothing read yet.
    pub fn new(project: &Project, filter: &Filter, sort: Sort) -> Self {
        let docs = match filter.doc {
            Some(d) => vec![d],
            None => (0..project.documents.len()).collect(),
        };
        Self {
            filter: filter.clone(),
            sort,
            needle: filter.search.trim().to_lowercase(),
            indexed: Needle::new(&filter.search.trim().to_lowercase()),
            docs,
            read: 0,
            found: Vec::new(),
            // At 250,000 claims, reading each costs more than a frame.
            everything: *filter == Filter::default() && sort == Sort::default(),
        }
    }

    /// Is this the listing for `filter` and `sort`?
    pub fn is_for(&self, filter: &Filter, sort: Sort) -> bool {
        self.filter == *filter && self.sort == sort
    }

    /// Reads the next documents, about `budget_claims` claims of them (at least one document);
    /// `index`, if given, must be of `project` as it is. Returns whether every
    /// document is read.
    pub fn advance(
        &mut self,
        project: &Project,
        comparison: &Comparison,
        index: Option<&SearchIndex>,
        budget_claims: usize,
    ) -> bool {
        if self.everything {
            self.read = self.docs.len();
        }
        let mut end = self.read;
        let mut claims = 0usize;
        while end < self.docs.len() && (end == self.read || claims < budget_claims) {
            claims += project.documents.get(self.docs[end]).map_or(0, |d| d.claims.len());
            end += 1;
        }
        let (filter, needle, indexed) = (&self.filter, self.needle.as_str(), self.indexed.as_ref());
        // A search alone, with the index, reads no claim the index rules out (below).
        let search_alone = index.zip(indexed).filter(|_| !filter.narrows_besides_search());
        // On this thread: the work is reading memory, which a second core hardly speeds up, and
        // handing documents out to threads would cost more than reading them.
        for &d in &self.docs[self.read..end] {
            let Some(doc) = project.documents.get(d) else {
                continue;
            };
            let mut memo = None;
            let Some((index, indexed)) = search_alone else {
                for (i, c) in doc.claims.iter().enumerate() {
                    let r = ClaimRef { doc: d, claim: i };
                    if filter.matches(r, c, (needle, hint(index, indexed, r)), comparison, &mut memo) {
                        self.found.push(r);
                    }
                }
                continue;
            };
            // A claim the index rules out is not read at all (reading each claim is most of a
            // search's cost on an archive), save for its note, which the index does not hold:
            // the claims with one are found first, in a pass that reads nothing else.
            let noted: Vec<usize> =
                doc.claims.iter().enumerate().filter(|(_, c)| !c.note().is_empty()).map(|(i, _)| i).collect();
            let mut noted = noted.into_iter().peekable();
            for (i, c) in doc.claims.iter().enumerate() {
                let r = ClaimRef { doc: d, claim: i };
                let has_note = noted.next_if_eq(&i).is_some();
                let found = match index.hint(r, indexed) {
                    Hint::Present => true,
                    Hint::Absent => has_note && contains_folded(c.note(), needle),
                    Hint::Maybe => filter.matches(r, c, (needle, Hint::Maybe), comparison, &mut memo),
                };
                if found {
                    self.found.push(r);
                }
            }
        }
        self.read = end;
        self.done()
    }

    /// Is every document read?
    pub fn done(&self) -> bool {
        self.read >= self.docs.len()
    }

    /// The share of the claims' documents read, 0 to 1.
    pub fn progress(&self) -> f32 {
        if self.docs.is_empty() { 1.0 } else { self.read as f32 / self.docs.len() as f32 }
    }

    /// The listing, ordered (call it once [`Listing::advance`] says every document is read).
    pub fn finish(self, project: &Project, comparison: &Comparison) -> Vec<ClaimRef> {
        if self.everything {
            return project.claim_refs().collect();
        }
        let mut rows = self.found;
        if self.sort != Sort::default() {
            let mut keyed: Vec<(ClaimRef, &ReviewedClaim)> =
                rows.iter().filter_map(|r| project.claim(*r).map(|c| (*r, c))).collect();
            keyed.sort_by(|a, b| {
                let order = self.sort.column.compare(*a, *b, comparison);
                if self.sort.descending { order.reverse() } else { order }
            });
            rows = keyed.into_iter().map(|(r, _)| r).collect();
        }
        rows
    }
}

/// Of `rows` (a listing already made), the ones that pass `filter`, in the same order: when a
/// filter only narrows the last one (a letter typed at the end of the search), the new listing
/// is found among the old rows rather than the whole corpus.
/// `index`, if given, must be of `project` as it is.
pub fn narrow(
    project: &Project,
    comparison: &Comparison,
    index: Option<&SearchIndex>,
    filter: &Filter,
    rows: &[ClaimRef],
) -> Vec<ClaimRef> {
    let needle = filter.search.trim().to_lowercase();
    let indexed = Needle::new(&needle);
    let mut memo = None;
    rows.iter()
        .copied()
        .filter(|r| {
            project.claim(*r).is_some_and(|c| {
                filter.matches(*r, c, (&needle, hint(index, indexed.as_ref(), *r)), comparison, &mut memo)
            })
        })
        .collect()
}

/// What `index` says of the claim at `r` and the search (`Maybe` without either).
fn hint(index: Option<&SearchIndex>, needle: Option<&Needle>, r: ClaimRef) -> Hint {
    match (index, needle) {
        (Some(index), Some(needle)) => index.hint(r, needle),
        _ => Hint::Maybe,
    }
}

/// Does `next` only narrow `last` (every claim passing `next` passes `last`)? True when they
/// differ in nothing but a search that grew.
pub fn narrows(last: &Filter, next: &Filter) -> bool {
    let (a, b) = (last.search.trim().to_lowercase(), next.search.trim().to_lowercase());
    let same_otherwise =
        Filter { search: String::new(), ..last.clone() } == Filter { search: String::new(), ..next.clone() };
    same_otherwise && b.contains(&a)
}
