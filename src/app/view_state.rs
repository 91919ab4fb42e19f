//! What the window shows, as opposed to what the project holds: the current document, the
//! selected claim, the table's filter and sort, and caches derived from the review (rebuilt when
//! its revision changes).

use std::sync::{Arc, mpsc};
use std::time::Duration;

use crate::compare::Comparison;
use crate::project::{ClaimRef, Verdict};
use crate::query::{self, Filter, Sort};
use crate::review::Review;

/// The selection, the table's settings and derived caches.
#[derive(Default)]
pub struct ViewState {
    /// The document in the centre.
    pub current_doc: usize,
    /// The selected claim.
    pub selected: Option<ClaimRef>,
    /// Scroll the document view to the selection on the next frame.
    pub scroll_to_selected: bool,
    /// Scroll the claims table to the selection on the next frame.
    pub scroll_table: bool,
    /// Give the note field keyboard focus on the next frame.
    pub focus_note: bool,
    /// The claims table's filter.
    pub filter: Filter,
    /// The claims table's order.
    pub sort: Sort,
    /// The note being edited, and which claim it belongs to.
    pub note_draft: Option<(ClaimRef, String)>,
    /// The source fields being edited, and which document they belong to.
    pub source_drafts: Option<(usize, [String; 6])>,
    /// Show the quantities window.
    pub show_quantities: bool,
    rows: Option<(u64, Filter, Sort, Arc<[ClaimRef]>)>,
    /// The corpus compared, for a grouping revision of the review (verdicts and notes do not
    /// change it, so judging claims never recomputes it).
    comparison: Option<(u64, Arc<Comparison>)>,
    /// A comparison being computed off the UI thread, for this grouping revision.
    pending: Option<(u64, mpsc::Receiver<Comparison>)>,
}

impl ViewState {
    /// Forgets everything tied to the previous review.
    pub fn reset(&mut self) {
        let (filter, sort) = (Filter::default(), self.sort);
        *self = Self { filter, sort, ..Self::default() };
    }

    /// The project's claims changed outside the undo history (its corpus was re-read): drop
    /// everything derived from them, keep the selection.
    pub fn claims_changed(&mut self) {
        self.rows = None;
        self.comparison = None;
        self.pending = None;
    }

    /// Selects a claim and shows it: its document, scrolled to it, and its table row.
    pub fn select(&mut self, r: ClaimRef) {
        self.selected = Some(r);
        self.current_doc = r.doc;
        self.scroll_to_selected = true;
        self.scroll_table = true;
    }

    /// Shows a document from its top, with nothing selected.
    pub fn show_document(&mut self, doc: usize) {
        if doc != self.current_doc {
            self.current_doc = doc;
            self.selected = None;
            self.scroll_to_selected = false;
        }
    }

    /// The claim `step` places after (or before) the selection, across documents, wrapping.
    pub fn step_claim(&self, review: &Review, forward: bool) -> Option<ClaimRef> {
        let all: Vec<ClaimRef> = review.project().claim_refs().collect();
        if all.is_empty() {
            return None;
        }
        let Some(at) = self.selected.and_then(|s| all.iter().position(|r| *r == s)) else {
            // Nothing selected: start in the current document.
            return all.iter().copied().find(|r| r.doc >= self.current_doc).or(all.first().copied());
        };
        let next = if forward { (at + 1) % all.len() } else { (at + all.len() - 1) % all.len() };
        all.get(next).copied()
    }

    /// The next unreviewed claim after the selection, wrapping around the corpus.
    pub fn next_unreviewed(&self, review: &Review) -> Option<ClaimRef> {
        let all: Vec<ClaimRef> = review.project().claim_refs().collect();
        let start = self.selected.and_then(|s| all.iter().position(|r| *r == s)).map_or(0, |p| p + 1);
        (0..all.len())
            .filter_map(|k| all.get((start + k) % all.len()).copied())
            .find(|r| review.claim(*r).is_some_and(|c| c.verdict == Verdict::Unreviewed && !c.stale))
    }

    /// The corpus compared: quantities, origins, suggestions (shared). It is recomputed only when
    /// claims move among quantities or the corpus is re-read, on a worker thread: a small corpus is
    /// waited for (a moment), a large one shows the previous comparison until the new one is ready.
    pub fn comparison(&mut self, review: &Review) -> Arc<Comparison> {
        /// How long a frame waits for a fresh comparison before drawing the previous one.
        const WAIT: Duration = Duration::from_millis(200);
        let wanted = review.grouping_revision();
        if self.comparison.as_ref().is_none_or(|(rev, _)| *rev != wanted) {
            let mut wait = Duration::ZERO;
            if self.pending.as_ref().is_none_or(|(rev, _)| *rev != wanted) {
                wait = WAIT;
                let (tx, rx) = mpsc::channel();
                let project = review.project().clone();
                // If no thread can be had, the sender is dropped and the comparison stays as it was.
                std::thread::Builder::new()
                    .name("tally-compare".into())
                    .spawn(move || {
                        tx.send(Comparison::of_project(&project)).ok();
                    })
                    .ok();
                self.pending = Some((wanted, rx));
            }
            if let Some((rev, rx)) = &self.pending {
                // Only the frame that started the work waits; later frames just look.
                match rx.recv_timeout(wait) {
                    Ok(fresh) => {
                        self.comparison = Some((*rev, Arc::new(fresh)));
                        self.pending = None;
                        self.rows = None;
                    }
                    Err(mpsc::RecvTimeoutError::Timeout) => {}
                    Err(mpsc::RecvTimeoutError::Disconnected) => self.pending = None,
                }
            }
        }
        self.comparison.as_ref().map_or_else(|| Arc::new(Comparison::default()), |(_, c)| Arc::clone(c))
    }

    /// Is a comparison being computed (the one shown is out of date)?
    pub fn comparing(&self) -> bool {
        self.pending.is_some()
    }

    /// The claims-table rows under the current filter and sort (shared, so a frame copies none).
    pub fn rows(&mut self, review: &Review) -> Arc<[ClaimRef]> {
        let comparison = self.comparison(review);
        let fresh = self
            .rows
            .as_ref()
            .is_some_and(|(rev, f, s, _)| *rev == review.revision() && *f == self.filter && *s == self.sort);
        if !fresh {
            let rows = query::rows(review.project(), &comparison, &self.filter, self.sort);
            self.rows = Some((review.revision(), self.filter.clone(), self.sort, rows.into()));
        }
        self.rows.as_ref().map_or_else(|| Arc::from([]), |(_, _, _, rows)| Arc::clone(rows))
    }
}
