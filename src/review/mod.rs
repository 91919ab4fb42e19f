//! The one place a project changes: `Action`s applied to a `Review`, with undo/redo and dirty
//! tracking. Clicks, keys, tests and undo all go through `Review::apply`; the project itself is
//! readable from outside (`Review::project`) but only writable here.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use crate::metadata::{FieldName, Origin};
pub use crate::project::ClaimRef;
use crate::project::{ClaimId, Evidence, OpenReport, Pin, Project, ReviewedClaim, Verdict};

mod claim_list;
pub use claim_list::REATTACH_CANDIDATES;
mod history;
mod save;
pub use save::{PendingSave, WrittenSave};

use history::{Change, ReviewState, Step};

/// A change the reviewer makes.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// Marks a claim corroborated, conflicting, unsourced, or clears its verdict.
    SetVerdict {
        /// Which claim.
        claim: ClaimRef,
        /// The new verdict.
        verdict: Verdict,
    },
    /// Replaces a claim's note (typing extends one undo step until `end_note_edit`).
    SetNote {
        /// Which claim.
        claim: ClaimRef,
        /// The whole note as it now reads.
        note: String,
    },
    /// Sets a field of a document's source (typing extends one undo step, as for notes); an
    /// empty value clears it.
    SetSource {
        /// Which document (index into the project's documents).
        doc: usize,
        /// Which field.
        field: FieldName,
        /// The value as it now reads.
        value: String,
    },
    /// Replaces a claim's evidence (items with nothing in them are dropped; editing extends one
    /// undo step, as for notes).
    SetEvidence {
        /// Which claim.
        claim: ClaimRef,
        /// The whole list as it now reads.
        evidence: Vec<Evidence>,
    },
    /// Puts another review's different verdict beside a claim's as a disagreement (what comparing
    /// with another review does), or takes it away.
    SetDisagreement {
        /// Which claim.
        claim: ClaimRef,
        /// The other side (`None`: none).
        other: Option<Box<crate::project::OtherReview>>,
    },
    /// Settles a disagreement a merge left: the claim takes `verdict` (either side's or a third)
    /// and the other side is dropped.
    Resolve {
        /// Which claim.
        claim: ClaimRef,
        /// The verdict that stands.
        verdict: Verdict,
    },
    /// Moves a claim among the quantities: out of any (`Pin::Alone`), into another claim's
    /// (`Pin::With`), or back where the comparison found it (`None`).
    Place {
        /// Which claim.
        claim: ClaimRef,
        /// Where it goes.
        pin: Option<Pin>,
    },
    /// Sets the language a document is read in, and reads its claims again with that grammar:
    /// claims the reviewer touched stay as they are; the others are replaced by what the new
    /// grammar finds (one undo step).
    SetLanguage {
        /// Which document (index into the project's documents).
        doc: usize,
        /// The language.
        language: crate::language::Language,
    },
    /// Gives a claim the text no longer holds (stale) the place of a claim found in the new text:
    /// the stale claim's review moves onto that span, and the found claim (unreviewed) goes.
    Reattach {
        /// The stale claim.
        claim: ClaimRef,
        /// A live, untouched claim of the same document.
        to: ClaimRef,
    },
    /// Removes a claim the text no longer holds, with its review (undo brings it back).
    Discard {
        /// The stale claim.
        claim: ClaimRef,
    },
    /// Several claim changes as one undo step: a verdict for a whole quantity, every suggestion
    /// accepted. (Source edits are not batched.)
    Batch(Vec<Action>),
}

/// What an undo or redo touched, so the desk can show it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Touched {
    /// A claim's verdict or note.
    Claim(ClaimRef),
    /// A document's source.
    Document(usize),
}

/// An open project with its history.
#[derive(Debug)]
pub struct Review {
    /// Shared with workers that read it (a comparison, a save): the first change made while one
    /// reads it copies it, so they read it as it stood and the desk never waits.
    project: Arc<Project>,
    /// Where the project was last saved or opened from (`None`: never saved).
    path: Option<PathBuf>,
    /// Where each claim id sits now; rebuilt whenever claims move.
    positions: crate::project::ClaimPositions,
    undo: Vec<Change>,
    redo: Vec<Change>,
    /// `undo.len()` when last saved; `None` when the saved state can no longer be reached.
    saved_at: Option<usize>,
    /// The same for a save under way (cleared if the history it saved is undone and replaced).
    saving_at: Option<usize>,
    /// Typing into a note extends one undo step until the note loses focus.
    note_edit_open: bool,
    revision: u64,
    /// Increases whenever claims move among quantities or the corpus is re-read.
    grouping_revision: u64,
    /// Who is reviewing: recorded with every verdict, note and piece of evidence.
    reviewer: Option<String>,
}

impl Review {
    /// A review of a project that is already on disk at `path` (or nowhere, if `None`).
    /// A project fresh from a corpus (no path) counts as clean: it can be made again at no cost.
    pub fn new(project: Project, path: Option<PathBuf>) -> Self {
        let positions = project.claim_positions();
        Self {
            project: Arc::new(project),
            path,
            positions,
            undo: Vec::new(),
            redo: Vec::new(),
            saved_at: Some(0),
            saving_at: None,
            note_edit_open: false,
            revision: 0,
            grouping_revision: 0,
            reviewer: None,
        }
    }

    /// Sets who is reviewing (a blank name: nobody in particular).
    pub fn set_reviewer(&mut self, name: Option<&str>) {
        self.reviewer = name.map(str::trim).filter(|n| !n.is_empty()).map(str::to_owned);
    }

    /// Who is reviewing.
    pub fn reviewer(&self) -> Option<&str> {
        self.reviewer.as_deref()
    }

    /// How many claims hold a disagreement left by a merge.
    pub fn disagreements(&self) -> usize {
        self.project.documents.iter().flat_map(|d| &d.claims).filter(|c| c.disagreement().is_some()).count()
    }

    /// A review restored from a recovery copy of the project at `path`: not yet saved there.
    pub fn restored(project: Project, path: PathBuf) -> Self {
        Self { saved_at: None, ..Self::new(project, Some(path)) }
    }

    /// A review restored from the recovery copy of a review never saved to a file: unsaved.
    pub fn restored_unsaved(project: Project) -> Self {
        Self { saved_at: None, ..Self::new(project, None) }
    }

    /// The project as it stands (read-only: every change goes through this `Review`).
    pub fn project(&self) -> &Project {
        &self.project
    }

    /// The project as it stands, shared with a worker that reads it while the desk goes on (no
    /// copy is made unless the project changes meanwhile).
    pub fn shared_project(&self) -> Arc<Project> {
        Arc::clone(&self.project)
    }

    /// The project, to change (copied first if a worker still reads it).
    fn project_mut(&mut self) -> &mut Project {
        Arc::make_mut(&mut self.project)
    }

    /// Where the project was last saved or opened from (`None`: never saved).
    pub fn path(&self) -> Option<&Path> {
        self.path.as_deref()
    }

    /// Where the claim with this id sits now.
    pub fn locate(&self, id: ClaimId) -> Option<ClaimRef> {
        self.positions.get(id)
    }

    /// Increases with every change, undo and redo: a cheap key for caches of derived views.
    pub fn revision(&self) -> u64 {
        self.revision
    }

    /// Increases whenever what the comparison reads changes (a claim moved among quantities, the
    /// corpus re-read): the key for a cached [`crate::compare::Comparison`].
    pub fn grouping_revision(&self) -> u64 {
        self.grouping_revision
    }

    /// Has anything changed since the last save (or open)?
    pub fn is_dirty(&self) -> bool {
        self.saved_at != Some(self.undo.len())
    }

    /// Is there a change to undo?
    pub fn can_undo(&self) -> bool {
        !self.undo.is_empty()
    }

    /// Is there an undone change to redo?
    pub fn can_redo(&self) -> bool {
        !self.redo.is_empty()
    }

    /// The claim at `r`, if there is one.
    pub fn claim(&self, r: ClaimRef) -> Option<&ReviewedClaim> {
        self.project.documents.get(r.doc)?.claims.get(r.claim)
    }

    fn claim_mut(&mut self, r: ClaimRef) -> Option<&mut ReviewedClaim> {
        self.project_mut().documents.get_mut(r.doc)?.claims.get_mut(r.claim)
    }

    /// Applies an action at time `now`; returns whether anything changed.
    pub fn apply(&mut self, action: Action, now: &str) -> bool {
        let (step, typing) = match action {
            Action::Batch(actions) => {
                let steps: Vec<Step> = actions
                    .into_iter()
                    .filter(|a| {
                        !matches!(
                            a,
                            Action::SetSource { .. }
                                | Action::SetLanguage { .. }
                                | Action::Reattach { .. }
                                | Action::Discard { .. }
                                | Action::Batch(_)
                        )
                    })
                    .filter_map(|a| self.change(a, now).map(|(step, _)| step))
                    .collect();
                if steps.is_empty() {
                    return false;
                }
                (Step::Batch(steps), false)
            }
            action => {
                let Some(change) = self.change(action, now) else {
                    return false;
                };
                change
            }
        };
        if step.moves_claims() {
            self.grouping_revision += 1;
        }
        self.revision += 1;
        self.redo.clear();
        if self.saved_at.is_some_and(|s| s > self.undo.len()) {
            self.saved_at = None;
        }
        if self.saving_at.is_some_and(|s| s > self.undo.len()) {
            self.saving_at = None;
        }
        let merge = typing
            && self.note_edit_open
            && self.saved_at != Some(self.undo.len())
            && self.undo.last().is_some_and(|last| last.continues(&step));
        match (merge, self.undo.last_mut(), step) {
            (true, Some(last), Step::Claim { after, .. }) => {
                if let Step::Claim { after: a, .. } = &mut last.step {
                    *a = after;
                }
            }
            (true, Some(last), Step::Source { after, .. }) => {
                if let Step::Source { after: a, .. } = &mut last.step {
                    *a = after;
                }
            }
            (_, _, step) => self.undo.push(Change { step, typing }),
        }
        self.note_edit_open = typing;
        true
    }

    /// Carries out one action; returns its history step (and whether it is typing), or `None`
    /// when nothing changed.
    fn change(&mut self, action: Action, now: &str) -> Option<(Step, bool)> {
        let reviewer = self.reviewer.clone();
        let stamp = |c: &mut ReviewedClaim| {
            let judged = c.verdict != Verdict::Unreviewed || !c.note().is_empty() || !c.evidence().is_empty();
            c.edit(|w| {
                w.reviewed_at = judged.then(|| now.to_owned());
                w.reviewer = if judged { reviewer.clone() } else { None };
            });
        };
        match action {
            Action::SetLanguage { doc, language } => self.set_language(doc, language).map(|step| (step, false)),
            Action::SetSource { doc, field: FieldName::Language, value } => {
                // The language decides the grammar: a typed code goes the same way as a choice.
                let language = crate::language::Language::from_code(&value)?;
                self.set_language(doc, language).map(|step| (step, false))
            }
            Action::SetSource { doc, field, value } => {
                let d = self.project_mut().documents.get_mut(doc)?;
                let before = d.metadata.get(field).cloned();
                if before.as_ref().map_or("", |f| f.value.as_str()) == value.trim() {
                    return None;
                }
                d.metadata.set(field, &value, Origin::Reviewer);
                let after = d.metadata.get(field).cloned();
                Some((Step::Source { path: d.path.clone(), field, before, after }, true))
            }
            Action::SetVerdict { claim, verdict } => {
                let c = self.claim_mut(claim)?;
                let before = ReviewState::of(c);
                c.verdict = verdict;
                stamp(c);
                Self::claim_step(c, before).map(|step| (step, false))
            }
            Action::SetNote { claim, note } => {
                let c = self.claim_mut(claim)?;
                let before = ReviewState::of(c);
                c.edit(|w| w.note = note);
                stamp(c);
                Self::claim_step(c, before).map(|step| (step, true))
            }
            Action::SetEvidence { claim, evidence } => {
                let c = self.claim_mut(claim)?;
                let before = ReviewState::of(c);
                c.edit(|w| w.evidence = evidence.into_iter().filter(|e| !e.is_empty()).collect());
                stamp(c);
                Self::claim_step(c, before).map(|step| (step, true))
            }
            Action::SetDisagreement { claim, other } => {
                let c = self.claim_mut(claim)?;
                let before = ReviewState::of(c);
                c.edit(|w| w.disagreement = other);
                Self::claim_step(c, before).map(|step| (step, false))
            }
            Action::Resolve { claim, verdict } => {
                let c = self.claim_mut(claim)?;
                c.disagreement()?;
                let before = ReviewState::of(c);
                c.verdict = verdict;
                c.edit(|w| w.disagreement = None);
                stamp(c);
                Self::claim_step(c, before).map(|step| (step, false))
            }
            Action::Place { claim, pin } => {
                let own = self.claim(claim)?.id;
                if pin == Some(Pin::With(own)) {
                    return None;
                }
                let c = self.claim_mut(claim)?;
                let before = ReviewState::of(c);
                c.pin = pin;
                Self::claim_step(c, before).map(|step| (step, false))
            }
            Action::Reattach { claim, to } => self.reattach(claim, to).map(|step| (step, false)),
            Action::Discard { claim } => self.discard(claim).map(|step| (step, false)),
            Action::Batch(_) => None,
        }
    }

    /// The history step for a claim just changed from `before`, or `None` (the change undone) if
    /// nothing the reviewer can see changed.
    fn claim_step(c: &mut ReviewedClaim, before: ReviewState) -> Option<Step> {
        let after = ReviewState::of(c);
        if !after.differs(&before) {
            // Keep the old time too.
            before.restore(c);
            return None;
        }
        Some(Step::Claim { id: c.id, before, after })
    }

    /// Ends the current note edit, so the next keystroke starts a new undo step.
    pub fn end_note_edit(&mut self) {
        self.note_edit_open = false;
    }

    /// Re-reads the corpus from a new folder (it was moved), keeping every verdict. The project
    /// differs from its file until saved again; the history stays valid (it is keyed by claim id).
    pub fn relocate_corpus(&mut self, root: &Path) -> OpenReport {
        let report = self.project_mut().attach_corpus(root);
        self.positions = self.project.claim_positions();
        self.saved_at = None;
        self.saving_at = None;
        self.note_edit_open = false;
        self.revision += 1;
        self.grouping_revision += 1;
        report
    }

    /// Writes a comparison's quantities and suggestions into the project, for readers of the saved
    /// file. Derived data, not a change: no history, and the project is no dirtier than before.
    pub fn record_comparison(&mut self, comparison: &crate::compare::Comparison) {
        comparison.record_in(self.project_mut());
    }

    /// The name shown in the title bar.
    pub fn display_name(&self) -> String {
        match &self.path {
            Some(p) => p.file_name().map_or_else(|| p.display().to_string(), |n| n.to_string_lossy().into_owned()),
            None if self.project.is_sample() => "Sample corpus".to_owned(),
            None => {
                let root = &self.project.root;
                root.file_name().map_or_else(|| "Untitled".to_owned(), |n| n.to_string_lossy().into_owned())
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn review() -> Review {
        Review::new(Project::sample(), None)
    }

    const FIRST: ClaimRef = ClaimRef { doc: 0, claim: 0 };

    #[test]
    fn verdicts_undo_and_redo() {
        let mut r = review();
        assert!(!r.is_dirty(), "fresh from the corpus: nothing to lose");
        assert!(r.apply(Action::SetVerdict { claim: FIRST, verdict: Verdict::Conflicting }, "t1"));
        assert_eq!(r.claim(FIRST).map(|c| (c.verdict, c.reviewed_at())), Some((Verdict::Conflicting, Some("t1"))));
        assert!(!r.apply(Action::SetVerdict { claim: FIRST, verdict: Verdict::Conflicting }, "t2"), "no-op");
        assert_eq!(r.undo(), Some(Touched::Claim(FIRST)));
        assert_eq!(r.claim(FIRST).map(|c| (c.verdict, c.reviewed_at())), Some((Verdict::Unreviewed, None)));
        assert_eq!(r.redo(), Some(Touched::Claim(FIRST)));
        assert_eq!(r.claim(FIRST).map(|c| c.verdict), Some(Verdict::Conflicting));
        assert_eq!(r.redo(), None);
    }

    #[test]
    fn note_typing_is_one_undo_step() {
        let mut r = review();
        for note in ["S", "Se", "See"] {
            r.apply(Action::SetNote { claim: FIRST, note: note.into() }, "t");
        }
        r.end_note_edit();
        r.apply(Action::SetNote { claim: FIRST, note: "See AP".into() }, "t");
        r.undo();
        assert_eq!(r.claim(FIRST).map(|c| c.note()), Some("See"));
        r.undo();
        assert_eq!(r.claim(FIRST).map(|c| c.note()), Some(""));
        assert!(!r.can_undo());
    }

    #[test]
    fn undo_finds_its_claim_after_the_corpus_moved_and_claims_were_re_sorted() {
        let dir = tempfile::tempdir().expect("temp dir");
        let (old, new) = (dir.path().join("old"), dir.path().join("new"));
        std::fs::create_dir(&old).expect("mkdir");
        std::fs::create_dir(&new).expect("mkdir");
        std::fs::write(old.join("a.txt"), "At least 24 people died.").expect("write");
        // In the moved copy a new figure comes first: "24" is no longer the first claim.
        std::fs::write(new.join("a.txt"), "Update — 3 more missing. At least 24 people died.").expect("write");
        let corpus = crate::corpus::load(&old).expect("corpus");
        let mut r = Review::new(Project::from_corpus(&corpus), None);
        assert!(r.apply(Action::SetVerdict { claim: FIRST, verdict: Verdict::Conflicting }, "t"));
        let report = r.relocate_corpus(&new);
        assert_eq!(report.changed, ["a.txt"]);
        assert!(r.is_dirty(), "the new location is a change to save");
        let moved = ClaimRef { doc: 0, claim: 1 };
        assert_eq!(r.claim(moved).map(|c| (c.claim.text.as_str(), c.verdict)), Some(("24", Verdict::Conflicting)));
        assert_eq!(r.undo(), Some(Touched::Claim(moved)), "the undo follows the claim to its new place");
        assert_eq!(r.claim(moved).map(|c| c.verdict), Some(Verdict::Unreviewed));
        assert_eq!(r.claim(FIRST).map(|c| (c.claim.text.as_str(), c.verdict)), Some(("3", Verdict::Unreviewed)));
    }

    #[test]
    fn editing_a_source_field_is_one_undo_step_and_saved_with_the_project() {
        let mut r = review();
        let title = |r: &Review| r.project().documents[0].metadata.value(FieldName::Title).map(str::to_owned);
        let original = title(&r);
        for typed in ["H", "He", "Herald: dam fails"] {
            r.apply(Action::SetSource { doc: 0, field: FieldName::Title, value: typed.into() }, "t");
        }
        r.end_note_edit();
        assert_eq!(title(&r).as_deref(), Some("Herald: dam fails"));
        assert_eq!(r.project().documents[0].metadata.title.as_ref().map(|f| f.origin), Some(Origin::Reviewer));
        assert!(r.is_dirty());
        assert_eq!(r.undo(), Some(Touched::Document(0)));
        assert_eq!(title(&r), original, "the whole typing undone at once");
        assert_eq!(r.redo(), Some(Touched::Document(0)));
        assert_eq!(title(&r).as_deref(), Some("Herald: dam fails"));
        assert!(
            !r.apply(Action::SetSource { doc: 0, field: FieldName::Title, value: "Herald: dam fails ".into() }, "t")
        );
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("p.ron");
        r.save_as(&path).expect("save");
        let (reopened, _) = Project::open(&path).expect("open");
        assert_eq!(reopened.documents[0].metadata.value(FieldName::Title), Some("Herald: dam fails"));
    }

    #[test]
    fn dirty_tracking_follows_undo_to_the_saved_state() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("p.ron");
        let mut r = review();
        r.apply(Action::SetVerdict { claim: FIRST, verdict: Verdict::Corroborated }, "t");
        r.save_as(&path).expect("save");
        assert!(!r.is_dirty());
        r.apply(Action::SetVerdict { claim: FIRST, verdict: Verdict::Unsourced }, "t");
        assert!(r.is_dirty());
        r.undo();
        assert!(!r.is_dirty(), "back at the saved state");
        r.undo();
        assert!(r.is_dirty());
        // A new change below the saved point makes the saved state unreachable.
        r.apply(Action::SetVerdict { claim: FIRST, verdict: Verdict::Conflicting }, "t");
        r.undo();
        r.redo();
        assert!(r.is_dirty());
    }

    #[test]
    fn a_batch_is_one_undo_step() {
        let mut r = review();
        let second = ClaimRef { doc: 1, claim: 0 };
        let batch = Action::Batch(vec![
            Action::SetVerdict { claim: FIRST, verdict: Verdict::Conflicting },
            Action::SetVerdict { claim: second, verdict: Verdict::Conflicting },
            Action::SetSource { doc: 0, field: FieldName::Title, value: "ignored".into() },
        ]);
        assert!(r.apply(batch, "t"));
        let verdicts = |r: &Review| [FIRST, second].map(|c| r.claim(c).map(|c| c.verdict));
        assert_eq!(verdicts(&r), [Some(Verdict::Conflicting); 2]);
        assert_ne!(
            r.project().documents[0].metadata.value(FieldName::Title),
            Some("ignored"),
            "sources are not batched"
        );
        assert_eq!(r.undo(), Some(Touched::Claim(FIRST)));
        assert_eq!(verdicts(&r), [Some(Verdict::Unreviewed); 2], "both undone at once");
        assert!(!r.can_undo());
        r.redo();
        assert_eq!(verdicts(&r), [Some(Verdict::Conflicting); 2]);
        assert!(!r.apply(Action::Batch(vec![]), "t"), "an empty batch changes nothing");
    }

    #[test]
    fn moving_a_claim_among_quantities_is_undoable_and_bumps_the_grouping() {
        let mut r = review();
        let start = r.grouping_revision();
        let own = r.claim(FIRST).map(|c| c.id).expect("claim");
        assert!(!r.apply(Action::Place { claim: FIRST, pin: Some(Pin::With(own)) }, "t"), "not into itself");
        assert!(r.apply(Action::Place { claim: FIRST, pin: Some(Pin::Alone) }, "t"));
        assert_eq!(r.claim(FIRST).and_then(|c| c.pin), Some(Pin::Alone));
        assert!(r.grouping_revision() > start);
        let moved = r.grouping_revision();
        r.apply(Action::SetVerdict { claim: FIRST, verdict: Verdict::Unsourced }, "t");
        assert_eq!(r.grouping_revision(), moved, "a verdict does not regroup");
        r.undo();
        r.undo();
        assert_eq!(r.claim(FIRST).and_then(|c| c.pin), None);
        assert!(r.grouping_revision() > moved);
    }

    #[test]
    fn a_worker_s_share_of_the_project_stays_as_it_was_and_costs_no_copy_until_a_change() {
        let mut r = review();
        let shared = r.shared_project();
        assert!(Arc::ptr_eq(&shared, &r.shared_project()), "sharing copies nothing");
        r.apply(Action::SetVerdict { claim: FIRST, verdict: Verdict::Unsourced }, "t1");
        assert_eq!(shared.claim(FIRST).map(|c| c.verdict), Some(Verdict::Unreviewed), "the worker reads it as it was");
        assert_eq!(r.claim(FIRST).map(|c| c.verdict), Some(Verdict::Unsourced));
        drop(shared);
        let before = Arc::as_ptr(&r.shared_project());
        r.apply(Action::SetVerdict { claim: FIRST, verdict: Verdict::Conflicting }, "t2");
        assert_eq!(Arc::as_ptr(&r.shared_project()), before, "unshared, it is changed in place");
    }

    #[test]
    fn changes_made_while_a_save_is_written_are_kept_and_leave_the_review_dirty() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("review.ron");
        let mut r = review();
        r.apply(Action::SetVerdict { claim: FIRST, verdict: Verdict::Conflicting }, "t1");
        let save = r.begin_save(&path);
        // The reviewer goes on while the file is written elsewhere.
        r.apply(Action::SetNote { claim: FIRST, note: "AP says 20".into() }, "t2");
        let written = std::thread::spawn(move || save.write()).join().expect("writer");
        assert!(r.finish_save(written).is_ok());
        assert_eq!(r.path(), Some(path.as_path()));
        assert!(r.is_dirty(), "the note came after the save");
        let (saved, _) = Project::open(&path).expect("saved file opens");
        assert_eq!(saved.documents[0].claims[0].verdict, Verdict::Conflicting);
        assert_eq!(saved.documents[0].claims[0].note(), "", "the file holds the state when the save began");
        assert_eq!(r.claim(FIRST).map(|c| c.note()), Some("AP says 20"), "and the note is kept");
        // Undoing the note reaches the saved state again: clean.
        r.undo();
        assert!(!r.is_dirty());
    }

    #[test]
    fn a_save_whose_state_was_undone_and_replaced_leaves_the_review_dirty() {
        let dir = tempfile::tempdir().expect("temp dir");
        let mut r = review();
        r.apply(Action::SetVerdict { claim: FIRST, verdict: Verdict::Conflicting }, "t1");
        let save = r.begin_save(&dir.path().join("review.ron"));
        r.undo();
        r.apply(Action::SetVerdict { claim: FIRST, verdict: Verdict::Unsourced }, "t2");
        assert!(r.finish_save(save.write()).is_ok());
        assert!(r.is_dirty(), "what is on screen is not what was written");
    }

    #[test]
    fn a_failed_save_changes_nothing() {
        let dir = tempfile::tempdir().expect("temp dir");
        let mut r = review();
        r.apply(Action::SetVerdict { claim: FIRST, verdict: Verdict::Conflicting }, "t1");
        let save = r.begin_save(&dir.path().join("no such folder").join("review.ron"));
        assert!(r.finish_save(save.write()).is_err());
        assert!(r.is_dirty());
        assert_eq!(r.path(), None);
    }
}
