//! The review's history: what each step changed (a claim's review, a document's source or
//! language), keyed so that an undo finds its claim after the corpus is re-read, and the travel
//! back and forth through it.

use super::{Review, Touched};
use crate::metadata::{Field, FieldName, Origin};
use crate::project::{ClaimId, Pin, ReviewedClaim, Verdict, Written};

/// What a claim's review looked like before or after a change.
#[derive(Clone, Debug, PartialEq)]
pub(super) struct ReviewState {
    verdict: Verdict,
    pin: Option<Pin>,
    written: Option<Written>,
}

impl ReviewState {
    pub(super) fn of(c: &ReviewedClaim) -> Self {
        Self { verdict: c.verdict, pin: c.pin, written: c.written().cloned() }
    }

    pub(super) fn restore(&self, c: &mut ReviewedClaim) {
        c.verdict = self.verdict;
        c.pin = self.pin;
        c.edit(|w| *w = self.written.clone().unwrap_or_default());
    }

    /// Does it differ from `other` in anything the reviewer can see (not who or when)?
    pub(super) fn differs(&self, other: &Self) -> bool {
        fn seen(w: Option<&Written>) -> (&str, &[crate::project::Evidence], Option<&crate::project::OtherReview>) {
            (w.map_or("", |w| &w.note), w.map_or(&[], |w| &w.evidence), w.and_then(|w| w.disagreement.as_deref()))
        }
        self.verdict != other.verdict
            || self.pin != other.pin
            || seen(self.written.as_ref()) != seen(other.written.as_ref())
    }
}

/// What one step of history changed: a claim's review, keyed by the claim's stable id (re-reading
/// the corpus may re-sort claims, and an undo must still find its claim), or a field of a
/// document's source, keyed by the document's path.
#[derive(Clone, Debug, PartialEq)]
pub(super) enum Step {
    Claim {
        id: ClaimId,
        before: ReviewState,
        after: ReviewState,
    },
    Source {
        path: String,
        field: FieldName,
        before: Option<Field>,
        after: Option<Field>,
    },
    /// A document read in another language: its language field and its claims, before and after.
    Language {
        path: String,
        before: (Option<Field>, Vec<ReviewedClaim>),
        after: (Option<Field>, Vec<ReviewedClaim>),
    },
    /// A document's claims replaced (a stale claim re-attached or discarded), before and after.
    Claims {
        path: String,
        before: Vec<ReviewedClaim>,
        after: Vec<ReviewedClaim>,
    },
    /// Claim steps undone and redone together.
    Batch(Vec<Step>),
}

impl Step {
    /// Does the step move a claim among quantities?
    pub(super) fn moves_claims(&self) -> bool {
        match self {
            Step::Claim { before, after, .. } => before.pin != after.pin,
            Step::Source { .. } => false,
            Step::Language { .. } | Step::Claims { .. } => true,
            Step::Batch(steps) => steps.iter().any(Step::moves_claims),
        }
    }
}

/// One step of history; `typing` steps (a note, a source field) merge while the typing goes on.
#[derive(Clone, Debug)]
pub(super) struct Change {
    pub(super) step: Step,
    pub(super) typing: bool,
}

impl Change {
    /// Does this typing step continue `other` (the same note or field)?
    pub(super) fn continues(&self, other: &Step) -> bool {
        self.typing
            && match (&self.step, other) {
                (Step::Claim { id: a, .. }, Step::Claim { id: b, .. }) => a == b,
                (Step::Source { path: a, field: f, .. }, Step::Source { path: b, field: g, .. }) => a == b && f == g,
                _ => false,
            }
    }
}

impl Review {
    /// Undoes the last change; returns what it touched.
    pub fn undo(&mut self) -> Option<Touched> {
        self.travel(false)
    }

    /// Redoes the last undone change; returns what it touched.
    pub fn redo(&mut self) -> Option<Touched> {
        self.travel(true)
    }

    /// Moves one change through history: back (undo) or forward (redo).
    fn travel(&mut self, forward: bool) -> Option<Touched> {
        let change = if forward { self.redo.pop() } else { self.undo.pop() }?;
        let touched = self.restore(&change.step, forward);
        if change.step.moves_claims() {
            self.grouping_revision += 1;
        }
        self.note_edit_open = false;
        self.revision += 1;
        if forward { &mut self.undo } else { &mut self.redo }.push(change);
        touched
    }

    /// Puts one step's claims or fields as they were before it (`forward`: after it).
    fn restore(&mut self, step: &Step, forward: bool) -> Option<Touched> {
        match step {
            Step::Claim { id, before, after } => {
                let at = self.locate(*id);
                if let Some(c) = at.and_then(|r| self.claim_mut(r)) {
                    if forward { after } else { before }.restore(c);
                }
                at.map(Touched::Claim)
            }
            Step::Source { path, field, before, after } => {
                let doc = self.project.documents.iter().position(|d| &d.path == path);
                if let Some(d) = doc.and_then(|i| self.project_mut().documents.get_mut(i)) {
                    let value = if forward { after } else { before };
                    match value {
                        Some(f) => d.metadata.set(*field, &f.value, f.origin),
                        None => d.metadata.set(*field, "", Origin::Reviewer),
                    }
                }
                doc.map(Touched::Document)
            }
            Step::Language { path, before, after } => {
                let doc = self.project.documents.iter().position(|d| &d.path == path);
                if let Some(d) = doc.and_then(|i| self.project_mut().documents.get_mut(i)) {
                    let (field, claims) = if forward { after } else { before };
                    match field {
                        Some(f) => d.metadata.set(FieldName::Language, &f.value, f.origin),
                        None => d.metadata.set(FieldName::Language, "", Origin::Reviewer),
                    }
                    d.claims.clone_from(claims);
                    self.positions = self.project.claim_positions();
                }
                doc.map(Touched::Document)
            }
            Step::Claims { path, before, after } => {
                let doc = self.project.documents.iter().position(|d| &d.path == path);
                if let Some(d) = doc.and_then(|i| self.project_mut().documents.get_mut(i)) {
                    d.claims.clone_from(if forward { after } else { before });
                    self.positions = self.project.claim_positions();
                }
                doc.map(Touched::Document)
            }
            Step::Batch(steps) => {
                // Undone last to first; what it touched is its first claim either way.
                let mut touched = vec![None; steps.len()];
                let mut order: Vec<usize> = (0..steps.len()).collect();
                if !forward {
                    order.reverse();
                }
                for i in order {
                    touched[i] = self.restore(&steps[i], forward);
                }
                touched.into_iter().flatten().next()
            }
        }
    }
}
