//! The one place a project changes: `Action`s applied to a `Review`, with undo/redo and dirty
//! tracking. Clicks, keys, tests and undo all go through `Review::apply`; the project itself is
//! readable from outside (`Review::project`) but only writable here.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

pub use crate::project::ClaimRef;
use crate::project::{ClaimId, OpenReport, Project, ProjectError, ReviewedClaim, Verdict};

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
}

/// What a claim's review looked like before or after a change.
#[derive(Clone, Debug, PartialEq)]
struct ReviewState {
    verdict: Verdict,
    note: String,
    reviewed_at: Option<String>,
}

impl ReviewState {
    fn of(c: &ReviewedClaim) -> Self {
        Self { verdict: c.verdict, note: c.note.clone(), reviewed_at: c.reviewed_at.clone() }
    }

    fn restore(&self, c: &mut ReviewedClaim) {
        c.verdict = self.verdict;
        c.note.clone_from(&self.note);
        c.reviewed_at.clone_from(&self.reviewed_at);
    }
}

/// One step of history, keyed by the claim's stable id: re-reading the corpus may re-sort claims,
/// and an undo must still find its claim.
#[derive(Clone, Debug)]
struct Change {
    claim: ClaimId,
    before: ReviewState,
    after: ReviewState,
    note_edit: bool,
}

/// An open project with its history.
#[derive(Debug)]
pub struct Review {
    project: Project,
    /// Where the project was last saved or opened from (`None`: never saved).
    path: Option<PathBuf>,
    /// Where each claim id sits now; rebuilt whenever claims move.
    positions: HashMap<ClaimId, ClaimRef>,
    undo: Vec<Change>,
    redo: Vec<Change>,
    /// `undo.len()` when last saved; `None` when the saved state can no longer be reached.
    saved_at: Option<usize>,
    /// Typing into a note extends one undo step until the note loses focus.
    note_edit_open: bool,
    revision: u64,
}

impl Review {
    /// A review of a project that is already on disk at `path` (or nowhere, if `None`).
    /// A project fresh from a corpus (no path) counts as clean: it can be made again at no cost.
    pub fn new(project: Project, path: Option<PathBuf>) -> Self {
        let positions = project.claim_positions();
        Self {
            project,
            path,
            positions,
            undo: Vec::new(),
            redo: Vec::new(),
            saved_at: Some(0),
            note_edit_open: false,
            revision: 0,
        }
    }

    /// The project as it stands (read-only: every change goes through this `Review`).
    pub fn project(&self) -> &Project {
        &self.project
    }

    /// Where the project was last saved or opened from (`None`: never saved).
    pub fn path(&self) -> Option<&Path> {
        self.path.as_deref()
    }

    /// Where the claim with this id sits now.
    pub fn locate(&self, id: ClaimId) -> Option<ClaimRef> {
        self.positions.get(&id).copied()
    }

    /// Increases with every change, undo and redo: a cheap key for caches of derived views.
    pub fn revision(&self) -> u64 {
        self.revision
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
        self.project.documents.get_mut(r.doc)?.claims.get_mut(r.claim)
    }

    /// Applies an action at time `now`; returns whether anything changed.
    pub fn apply(&mut self, action: Action, now: &str) -> bool {
        let (claim, note_edit) = match &action {
            Action::SetVerdict { claim, .. } => (*claim, false),
            Action::SetNote { claim, .. } => (*claim, true),
        };
        let Some(c) = self.claim_mut(claim) else {
            return false;
        };
        let id = c.id;
        let before = ReviewState::of(c);
        match action {
            Action::SetVerdict { verdict, .. } => {
                c.verdict = verdict;
                c.reviewed_at = (verdict != Verdict::Unreviewed || !c.note.is_empty()).then(|| now.to_owned());
            }
            Action::SetNote { note, .. } => {
                c.note = note;
                c.reviewed_at = (c.verdict != Verdict::Unreviewed || !c.note.is_empty()).then(|| now.to_owned());
            }
        }
        let after = ReviewState::of(c);
        if after.verdict == before.verdict && after.note == before.note {
            // Nothing the reviewer can see changed; keep the old time too.
            before.restore(c);
            return false;
        }
        self.revision += 1;
        self.redo.clear();
        if self.saved_at.is_some_and(|s| s > self.undo.len()) {
            self.saved_at = None;
        }
        let merge = note_edit
            && self.note_edit_open
            && self.saved_at != Some(self.undo.len())
            && self.undo.last().is_some_and(|last| last.note_edit && last.claim == id);
        if merge && let Some(last) = self.undo.last_mut() {
            last.after = after;
        } else {
            self.undo.push(Change { claim: id, before, after, note_edit });
        }
        self.note_edit_open = note_edit;
        true
    }

    /// Ends the current note edit, so the next keystroke starts a new undo step.
    pub fn end_note_edit(&mut self) {
        self.note_edit_open = false;
    }

    /// Undoes the last change; returns the claim it touched.
    pub fn undo(&mut self) -> Option<ClaimRef> {
        self.travel(false)
    }

    /// Redoes the last undone change; returns the claim it touched.
    pub fn redo(&mut self) -> Option<ClaimRef> {
        self.travel(true)
    }

    /// Moves one change through history: back (undo) or forward (redo).
    fn travel(&mut self, forward: bool) -> Option<ClaimRef> {
        let change = if forward { self.redo.pop() } else { self.undo.pop() }?;
        let at = self.locate(change.claim);
        if let Some(c) = at.and_then(|r| self.claim_mut(r)) {
            if forward { &change.after } else { &change.before }.restore(c);
        }
        self.note_edit_open = false;
        self.revision += 1;
        if forward { &mut self.undo } else { &mut self.redo }.push(change);
        at
    }

    /// Re-reads the corpus from a new folder (it was moved), keeping every verdict. The project
    /// differs from its file until saved again; the history stays valid (it is keyed by claim id).
    pub fn relocate_corpus(&mut self, root: &Path) -> OpenReport {
        let report = self.project.attach_corpus(root);
        self.positions = self.project.claim_positions();
        self.saved_at = None;
        self.note_edit_open = false;
        self.revision += 1;
        report
    }

    /// Saves to `path` (atomically) and remembers it as the project's file.
    pub fn save_as(&mut self, path: &Path) -> Result<(), ProjectError> {
        self.project.save(path)?;
        self.path = Some(path.to_owned());
        self.saved_at = Some(self.undo.len());
        self.note_edit_open = false;
        self.revision += 1;
        Ok(())
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
        assert_eq!(
            r.claim(FIRST).map(|c| (c.verdict, c.reviewed_at.clone())),
            Some((Verdict::Conflicting, Some("t1".into())))
        );
        assert!(!r.apply(Action::SetVerdict { claim: FIRST, verdict: Verdict::Conflicting }, "t2"), "no-op");
        assert_eq!(r.undo(), Some(FIRST));
        assert_eq!(r.claim(FIRST).map(|c| (c.verdict, c.reviewed_at.clone())), Some((Verdict::Unreviewed, None)));
        assert_eq!(r.redo(), Some(FIRST));
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
        assert_eq!(r.claim(FIRST).map(|c| c.note.as_str()), Some("See"));
        r.undo();
        assert_eq!(r.claim(FIRST).map(|c| c.note.as_str()), Some(""));
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
        assert_eq!(r.undo(), Some(moved), "the undo follows the claim to its new place");
        assert_eq!(r.claim(moved).map(|c| c.verdict), Some(Verdict::Unreviewed));
        assert_eq!(r.claim(FIRST).map(|c| (c.claim.text.as_str(), c.verdict)), Some(("3", Verdict::Unreviewed)));
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
}
