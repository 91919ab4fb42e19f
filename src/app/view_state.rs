//! What the window shows, as opposed to what the project holds: the current document, the
//! selected claim, the table's filter and sort, and caches derived from the review (rebuilt when
//! its revision changes).

use std::sync::{Arc, mpsc};
use std::time::{Duration, Instant};

use crate::compare::{Comparison, Detail};
use crate::project::{ClaimRef, Project, Verdict};
use crate::query::{self, Filter, SearchIndex, Sort};
use crate::review::Review;

/// A corpus of this many claims or fewer is listed at once (about 2.5 ms on the build machine).
const LISTING_AT_ONCE_CLAIMS: usize = 20_000;

/// The time a frame gives to a listing being made: with the rest of the frame (2–3 ms of layout
/// and drawing on the build machine) a frame stays within 4 ms, on a slower machine too (the
/// listing then takes more frames, not longer ones). With the search index a search of 285,000
/// claims takes about a dozen.
const LISTING_SLICE: Duration = Duration::from_millis(1);

/// Claims a listing reads between looks at the clock (at most a millisecond or so).
const LISTING_CHUNK_CLAIMS: usize = 8_000;

/// Which state of the review a listing was made for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum RowsStamp {
    /// Any change (the listing reads verdicts or notes).
    Revision(u64),
    /// Claims moved among quantities (the listing reads only claims and the comparison).
    Grouping(u64),
}

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
    /// A claim the text lost, waiting for the reviewer to click the figure it now refers to.
    pub reattaching: Option<crate::project::ClaimId>,
    /// The table's rows, for the review as it was (see `rows_stamp`), a filter and a sort.
    rows: Option<(RowsStamp, Filter, Sort, Arc<[ClaimRef]>)>,
    /// A listing being made a slice a frame (a search over a large corpus); the rows above stay
    /// on show meanwhile.
    listing: Option<(RowsStamp, query::Listing)>,
    /// The verdict counts, for a revision of the review.
    counts: Option<(u64, [usize; 4], usize)>,
    /// The corpus compared, for a grouping revision of the review (verdicts and notes do not
    /// change it, so judging claims never recomputes it), with the search index of the claims it
    /// read (used while that revision is the review's).
    comparison: Option<(u64, Arc<Comparison>, Arc<SearchIndex>)>,
    /// A comparison being computed off the UI thread, for this grouping revision.
    pending: Option<(u64, mpsc::Receiver<(Comparison, SearchIndex)>)>,
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
        self.listing = None;
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

    /// The claim after (or before) the selection, across documents, wrapping; with nothing
    /// selected, the current document's first claim (or the next document's with claims).
    pub fn step_claim(&self, review: &Review, forward: bool) -> Option<ClaimRef> {
        let project = review.project();
        match self.selected {
            Some(at) => project.claim_beside(at, forward),
            None => project.claim_refs().find(|r| r.doc >= self.current_doc).or_else(|| project.claim_refs().next()),
        }
    }

    /// The next unreviewed claim after the selection, wrapping around the corpus (read lazily:
    /// the search stops at the first one).
    pub fn next_unreviewed(&self, review: &Review) -> Option<ClaimRef> {
        let project = review.project();
        let after = |r: &ClaimRef| self.selected.is_none_or(|s| *r > s);
        let wanted = |r: &ClaimRef| review.claim(*r).is_some_and(|c| c.verdict == Verdict::Unreviewed && !c.stale);
        project.claim_refs().filter(after).chain(project.claim_refs().take_while(|r| !after(r))).find(wanted)
    }

    /// How many claims carry each verdict (in `Verdict::ALL` order), counted once per change
    /// of the review rather than once per frame.
    pub fn verdict_counts(&mut self, review: &Review) -> [usize; 4] {
        if let Some((revision, counts, _)) = self.counts
            && revision == review.revision()
        {
            return counts;
        }
        let counts = review.project().verdict_counts();
        self.counts = Some((review.revision(), counts, review.disagreements()));
        counts
    }

    /// How many claims hold a disagreement a merge left (counted with the verdicts).
    pub fn disagreements(&mut self, review: &Review) -> usize {
        self.verdict_counts(review);
        self.counts.map_or(0, |(_, _, n)| n)
    }

    /// The corpus compared: quantities, origins, suggestions (shared). It is recomputed only when
    /// claims move among quantities or the corpus is re-read, on a worker thread: a small corpus is
    /// waited for (a moment), a large one shows the previous comparison until the new one is ready.
    pub fn comparison(&mut self, review: &Review) -> Arc<Comparison> {
        /// How long a frame waits for a fresh comparison before drawing the previous one.
        const WAIT: Duration = Duration::from_millis(200);
        let wanted = review.grouping_revision();
        if self.comparison.as_ref().is_none_or(|(rev, _, _)| *rev != wanted) {
            let mut wait = Duration::ZERO;
            if self.pending.as_ref().is_none_or(|(rev, _)| *rev != wanted) {
                wait = WAIT;
                let (tx, rx) = mpsc::channel();
                let project = review.shared_project();
                // If no thread can be had, the sender is dropped and the comparison stays as it was.
                std::thread::Builder::new()
                    .name("tally-compare".into())
                    .spawn(move || {
                        // The search index too: it reads the same claims.
                        let (comparison, index) = std::thread::scope(|s| {
                            let index = s.spawn(|| SearchIndex::of(&project));
                            // Reasons in words are made for the claim on screen only.
                            let comparison = Comparison::of_project_with(&project, Detail::Verdicts);
                            (comparison, crate::parallel::join(index))
                        });
                        tx.send((comparison, index)).ok();
                        crate::allocator::give_back();
                    })
                    .ok();
                self.pending = Some((wanted, rx));
            }
            if let Some((rev, rx)) = &self.pending {
                // Only the frame that started the work waits; later frames just look.
                match rx.recv_timeout(wait) {
                    Ok((fresh, index)) => {
                        self.comparison = Some((*rev, Arc::new(fresh), Arc::new(index)));
                        self.pending = None;
                        self.rows = None;
                        self.listing = None;
                        // The previous comparison, index and rows were just dropped.
                        crate::allocator::give_back();
                    }
                    Err(mpsc::RecvTimeoutError::Timeout) => {}
                    Err(mpsc::RecvTimeoutError::Disconnected) => self.pending = None,
                }
            }
        }
        self.comparison.as_ref().map_or_else(|| Arc::new(Comparison::default()), |(_, c, _)| Arc::clone(c))
    }

    /// How far a listing being made has read, 0 to 1 (`None` when the rows shown are current).
    pub fn listing_progress(&self) -> Option<f32> {
        self.listing.as_ref().map(|(_, l)| l.progress())
    }

    /// Is a comparison being computed (the one shown is out of date)?
    pub fn comparing(&self) -> bool {
        self.pending.is_some()
    }

    /// The claims-table rows under the current filter and sort (shared, so a frame copies none).
    pub fn rows(&mut self, review: &Review) -> Arc<[ClaimRef]> {
        let comparison = self.comparison(review);
        // A listing that reads no verdict or note survives judging claims: at 250,000 claims
        // re-listing them on every verdict key would cost a frame many times over.
        let stamp = if query::reads_judgements(&self.filter, self.sort) {
            RowsStamp::Revision(review.revision())
        } else {
            RowsStamp::Grouping(review.grouping_revision())
        };
        let fresh =
            self.rows.as_ref().is_some_and(|(at, f, s, _)| *at == stamp && *f == self.filter && *s == self.sort);
        if !fresh {
            let project = review.project();
            let index = self
                .comparison
                .as_ref()
                .filter(|(rev, _, _)| *rev == review.grouping_revision())
                .map(|(_, _, index)| Arc::clone(index));
            let index = index.as_deref();
            let rows = match &self.rows {
                // A letter added to the search: look among the rows already found, at once.
                // (A long listing is made again a slice a frame instead: at once, it would hold
                // the frame up.)
                Some((at, f, s, last))
                    if *at == stamp
                        && *s == self.sort
                        && query::narrows(f, &self.filter)
                        && last.len() < project.claim_count() / 4 =>
                {
                    Some(query::narrow(project, &comparison, index, &self.filter, last))
                }
                _ if project.claim_count() <= LISTING_AT_ONCE_CLAIMS => {
                    Some(query::rows(project, &comparison, &self.filter, self.sort))
                }
                _ => {
                    // A slice a frame: a search reads every claim, and an archive holds
                    // hundreds of thousands.
                    let current =
                        self.listing.as_ref().is_some_and(|(at, l)| *at == stamp && l.is_for(&self.filter, self.sort));
                    if !current {
                        self.listing = Some((stamp, query::Listing::new(project, &self.filter, self.sort)));
                    }
                    let done = self.listing.as_mut().is_some_and(|(_, l)| advance_for(l, project, &comparison, index));
                    if done { self.listing.take().map(|(_, l)| l.finish(project, &comparison)) } else { None }
                }
            };
            if let Some(rows) = rows {
                self.listing = None;
                self.rows = Some((stamp, self.filter.clone(), self.sort, rows.into()));
            }
        }
        self.rows.as_ref().map_or_else(|| Arc::from([]), |(_, _, _, rows)| Arc::clone(rows))
    }
}

/// Reads `listing` on for at most [`LISTING_SLICE`] (a chunk at a time, stopping before a chunk
/// that would run past it; always at least one). Returns whether the listing is read through.
fn advance_for(
    listing: &mut query::Listing,
    project: &Project,
    comparison: &Comparison,
    index: Option<&SearchIndex>,
) -> bool {
    let started = Instant::now();
    let mut slowest = Duration::ZERO;
    loop {
        let chunk_started = Instant::now();
        if listing.advance(project, comparison, index, LISTING_CHUNK_CLAIMS) {
            return true;
        }
        slowest = slowest.max(chunk_started.elapsed());
        if started.elapsed() + slowest > LISTING_SLICE {
            return false;
        }
    }
}
