//! What the window shows, as opposed to what the project holds: the current document, the
//! selected claim, table filters, and caches derived from the review (rebuilt when its revision
//! changes).

use std::sync::Arc;

use crate::extract::Kind;
use crate::project::Verdict;
use crate::related;
use crate::review::{ClaimRef, Review};

/// Claims-table filters.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Filter {
    pub verdict: Option<Verdict>,
    pub kind: Option<Kind>,
    pub doc: Option<usize>,
    pub search: String,
}

impl Filter {
    fn matches(&self, review: &Review, r: ClaimRef) -> bool {
        let Some(c) = review.claim(r) else {
            return false;
        };
        if self.verdict.is_some_and(|v| v != c.verdict)
            || self.kind.is_some_and(|k| k != c.claim.kind)
            || self.doc.is_some_and(|d| d != r.doc)
        {
            return false;
        }
        let needle = self.search.trim().to_lowercase();
        needle.is_empty()
            || [
                c.claim.text.as_str(),
                c.claim.subject.as_deref().unwrap_or(""),
                c.note.as_str(),
                c.claim.sentence.as_str(),
            ]
            .iter()
            .any(|h| h.to_lowercase().contains(&needle))
    }
}

#[derive(Default)]
pub struct ViewState {
    pub current_doc: usize,
    pub selected: Option<ClaimRef>,
    /// Scroll the document view (and table) to the selection on the next frame.
    pub scroll_to_selected: bool,
    /// Scroll the claims table to the selection on the next frame.
    pub scroll_table: bool,
    /// Give the note field keyboard focus on the next frame.
    pub focus_note: bool,
    pub filter: Filter,
    /// The note being edited, and which claim it belongs to.
    pub note_draft: Option<(ClaimRef, String)>,
    rows: Option<(u64, Filter, Arc<[ClaimRef]>)>,
    related: Option<(u64, ClaimRef, Arc<[ClaimRef]>)>,
    /// Built on first use; claims' subjects never change within a review, verdicts do not matter.
    related_index: Option<related::RelatedIndex>,
    /// The document view's laid-out text (owned by `document_view`).
    pub galley: Option<super::document_view::CachedGalley>,
}

impl ViewState {
    /// Forgets everything tied to the previous review.
    pub fn reset(&mut self) {
        *self = Self::default();
    }

    /// The project's claims changed outside the undo history (its corpus was re-read): drop
    /// everything derived from them, keep the selection.
    pub fn claims_changed(&mut self) {
        self.galley = None;
        self.rows = None;
        self.related = None;
        self.related_index = None;
    }

    pub fn select(&mut self, r: ClaimRef) {
        self.selected = Some(r);
        self.current_doc = r.doc;
        self.scroll_to_selected = true;
        self.scroll_table = true;
    }

    /// Every claim in reading order: documents in order, then position.
    fn all(review: &Review) -> impl Iterator<Item = ClaimRef> + '_ {
        review
            .project
            .documents
            .iter()
            .enumerate()
            .flat_map(|(d, doc)| (0..doc.claims.len()).map(move |c| ClaimRef { doc: d, claim: c }))
    }

    /// The claim `step` places after (or before) the selection, across documents, wrapping.
    pub fn step_claim(&self, review: &Review, forward: bool) -> Option<ClaimRef> {
        let all: Vec<ClaimRef> = Self::all(review).collect();
        if all.is_empty() {
            return None;
        }
        let Some(at) = self.selected.and_then(|s| all.iter().position(|r| *r == s)) else {
            // Nothing selected: start in the current document.
            return all.iter().copied().find(|r| r.doc >= self.current_doc).or(all.first().copied());
        };
        let next = if forward { (at + 1) % all.len() } else { (at + all.len() - 1) % all.len() };
        Some(all[next])
    }

    /// The next unreviewed claim after the selection, wrapping around the corpus.
    pub fn next_unreviewed(&self, review: &Review) -> Option<ClaimRef> {
        let all: Vec<ClaimRef> = Self::all(review).collect();
        let start = self.selected.and_then(|s| all.iter().position(|r| *r == s)).map_or(0, |p| p + 1);
        (0..all.len())
            .map(|k| all[(start + k) % all.len()])
            .find(|r| review.claim(*r).is_some_and(|c| c.verdict == Verdict::Unreviewed && !c.stale))
    }

    /// The claims-table rows under the current filter (shared, so a frame copies no rows).
    pub fn rows(&mut self, review: &Review) -> Arc<[ClaimRef]> {
        let fresh = self.rows.as_ref().is_some_and(|(rev, f, _)| *rev == review.revision() && *f == self.filter);
        if !fresh {
            let rows = Self::all(review).filter(|r| self.filter.matches(review, *r)).collect();
            self.rows = Some((review.revision(), self.filter.clone(), rows));
        }
        self.rows.as_ref().map_or_else(|| Arc::from([]), |(_, _, rows)| Arc::clone(rows))
    }

    /// Claims elsewhere that look like the same figure as the selection.
    pub fn related(&mut self, review: &Review) -> Arc<[ClaimRef]> {
        let Some(sel) = self.selected else {
            return Arc::from([]);
        };
        let fresh = self.related.as_ref().is_some_and(|(rev, r, _)| *rev == review.revision() && *r == sel);
        if !fresh {
            let index = self.related_index.get_or_insert_with(|| related::RelatedIndex::build(&review.project));
            self.related = Some((review.revision(), sel, index.same_figure(&review.project, sel).into()));
        }
        self.related.as_ref().map_or_else(|| Arc::from([]), |(_, _, v)| Arc::clone(v))
    }
}
