//! Changes that replace a document's list of claims rather than one claim's review: reading the
//! document in another language, and settling a claim its text no longer holds (re-attach it to
//! a figure of the new text, or discard it). Each is one undo step holding the list before and
//! after, so undo needs no knowledge of how the list was made.

use super::Review;
use super::history::Step;
use crate::metadata::{FieldName, Origin};
use crate::project::{ClaimRef, DocStatus};

/// How many figures of the new text [`Review::reattach_candidates`] offers.
pub const REATTACH_CANDIDATES: usize = 3;

impl Review {
    /// Reads document `doc` in `language`; the step, or `None` if it already was.
    pub(super) fn set_language(&mut self, doc: usize, language: crate::language::Language) -> Option<Step> {
        let d = self.project.documents.get(doc)?;
        if d.language() == language && d.metadata.get(FieldName::Language).is_some_and(|f| f.origin != Origin::Guess) {
            return None;
        }
        let before = (d.metadata.get(FieldName::Language).cloned(), d.claims.clone());
        let mut next_id = self.project.next_id();
        let d = self.project_mut().documents.get_mut(doc)?;
        d.metadata.set(FieldName::Language, language.code(), Origin::Reviewer);
        if d.status != DocStatus::Missing {
            crate::project::reread_claims(d, &mut next_id);
        }
        let after = (d.metadata.get(FieldName::Language).cloned(), d.claims.clone());
        let path = d.path.clone();
        self.positions = self.project.claim_positions();
        Some(Step::Language { path, before, after })
    }

    /// Is `claim` one the text lost, in a document that is there to re-attach it to?
    pub fn can_settle(&self, claim: ClaimRef) -> bool {
        let Some(d) = self.project.documents.get(claim.doc) else {
            return false;
        };
        d.status != DocStatus::Missing && d.claims.get(claim.claim).is_some_and(|c| c.stale)
    }

    /// The figures of the new text a stale claim most likely became: live claims nobody has
    /// touched, of the same kind first, then nearest the stale claim's old place.
    pub fn reattach_candidates(&self, claim: ClaimRef) -> Vec<ClaimRef> {
        if !self.can_settle(claim) {
            return Vec::new();
        }
        let Some(d) = self.project.documents.get(claim.doc) else {
            return Vec::new();
        };
        let Some(lost) = d.claims.get(claim.claim) else {
            return Vec::new();
        };
        let mut found: Vec<(bool, usize, usize)> = d
            .claims
            .iter()
            .enumerate()
            .filter(|(_, c)| !c.stale && c.is_untouched())
            .map(|(i, c)| (c.claim.kind != lost.claim.kind, c.claim.start().abs_diff(lost.claim.start()), i))
            .collect();
        found.sort_unstable();
        found.into_iter().take(REATTACH_CANDIDATES).map(|(_, _, i)| ClaimRef { doc: claim.doc, claim: i }).collect()
    }

    /// Moves stale `claim`'s review onto the span of `to` (a live, untouched claim of the same
    /// document), which goes; the step, or `None` if either is not what it must be.
    pub(super) fn reattach(&mut self, claim: ClaimRef, to: ClaimRef) -> Option<Step> {
        if claim.doc != to.doc || !self.can_settle(claim) {
            return None;
        }
        let target = self.claim(to)?;
        if target.stale || !target.is_untouched() {
            return None;
        }
        let found = target.claim.clone();
        self.replace_claims(claim.doc, |claims| {
            if let Some(c) = claims.get_mut(claim.claim) {
                c.claim = found;
                c.stale = false;
            }
            claims.remove(to.claim);
            claims.sort_by_key(|c| (c.stale, c.claim.start()));
        })
    }

    /// Removes stale `claim` and its review; the step, or `None` if it is not stale.
    pub(super) fn discard(&mut self, claim: ClaimRef) -> Option<Step> {
        if !self.can_settle(claim) {
            return None;
        }
        self.replace_claims(claim.doc, |claims| {
            claims.remove(claim.claim);
        })
    }

    /// Changes document `doc`'s claim list with `edit`, as one history step.
    fn replace_claims(
        &mut self,
        doc: usize,
        edit: impl FnOnce(&mut Vec<crate::project::ReviewedClaim>),
    ) -> Option<Step> {
        let d = self.project_mut().documents.get_mut(doc)?;
        let before = d.claims.clone();
        edit(&mut d.claims);
        let step = Step::Claims { path: d.path.clone(), before, after: d.claims.clone() };
        self.positions = self.project.claim_positions();
        Some(step)
    }
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use super::super::{Action, Review};
    use crate::project::{ClaimRef, Project, Verdict};

    const NOW: &str = "2026-11-30T10:00:00Z";

    /// A review of one article in `dir` with "24" judged conflicting and noted, then the article
    /// rewritten to say 26 (and a date, of another kind) and read again: "24" is stale.
    fn review_with_a_lost_claim(dir: &Path) -> Review {
        let article = dir.join("a.txt");
        std::fs::write(&article, "Officials said on Monday that at least 24 people died — é.").expect("write");
        let corpus = crate::corpus::load(dir).expect("corpus");
        let mut review = Review::new(Project::from_corpus(&corpus), None);
        let r = ClaimRef { doc: 0, claim: 0 };
        assert_eq!(review.claim(r).map(|c| c.claim.text.as_str()), Some("24"));
        assert!(review.apply(Action::SetVerdict { claim: r, verdict: Verdict::Conflicting }, NOW));
        assert!(review.apply(Action::SetNote { claim: r, note: "AP says 20".into() }, NOW));
        std::fs::write(&article, "In 2025 — é — officials said that at least 26 people died.").expect("rewrite");
        review.relocate_corpus(dir);
        review
    }

    fn lost(review: &Review) -> ClaimRef {
        let claims = &review.project().documents[0].claims;
        let at = claims.iter().position(|c| c.stale).expect("a stale claim");
        ClaimRef { doc: 0, claim: at }
    }

    #[test]
    fn a_lost_claim_is_offered_the_figures_of_its_kind_first_then_the_nearest() {
        let dir = tempfile::tempdir().expect("tempdir");
        let review = review_with_a_lost_claim(dir.path());
        let r = lost(&review);
        assert!(review.can_settle(r));
        let offered: Vec<&str> = review
            .reattach_candidates(r)
            .into_iter()
            .filter_map(|c| review.claim(c))
            .map(|c| c.claim.text.as_str())
            .collect();
        assert_eq!(offered, ["26", "2025"]);
        // A live claim is not one to settle.
        let live = review.reattach_candidates(r)[0];
        assert!(!review.can_settle(live));
        assert!(review.reattach_candidates(live).is_empty());
    }

    #[test]
    fn reattaching_moves_the_review_onto_the_new_figure_and_undo_brings_both_back() {
        let dir = tempfile::tempdir().expect("tempdir");
        let mut review = review_with_a_lost_claim(dir.path());
        let before = review.project().documents[0].claims.clone();
        let r = lost(&review);
        let id = review.claim(r).map(|c| c.id).expect("id");
        let to = review.reattach_candidates(r)[0];
        assert!(review.apply(Action::Reattach { claim: r, to }, NOW));

        let claims = &review.project().documents[0].claims;
        assert_eq!(claims.len(), before.len() - 1, "the found claim gave its place");
        assert!(claims.iter().all(|c| !c.stale));
        let moved = review.locate(id).and_then(|at| review.claim(at)).expect("the reviewed claim");
        assert_eq!(
            (moved.claim.text.as_str(), moved.verdict, moved.note()),
            ("26", Verdict::Conflicting, "AP says 20")
        );
        let text = &review.project().documents[0].text;
        assert_eq!(text.get(moved.claim.start()..moved.claim.end()), Some("26"));

        assert!(review.undo().is_some());
        assert_eq!(review.project().documents[0].claims, before);
        assert!(review.redo().is_some());
        assert_eq!(review.project().documents[0].claims.len(), before.len() - 1);
    }

    #[test]
    fn reattaching_refuses_a_reviewed_target_another_document_or_a_live_claim() {
        let dir = tempfile::tempdir().expect("tempdir");
        let mut review = review_with_a_lost_claim(dir.path());
        let r = lost(&review);
        let to = review.reattach_candidates(r)[0];
        assert!(!review.apply(Action::Reattach { claim: r, to: ClaimRef { doc: 1, claim: 0 } }, NOW));
        assert!(!review.apply(Action::Reattach { claim: to, to: r }, NOW), "a live claim is not re-attached");
        assert!(review.apply(Action::SetVerdict { claim: to, verdict: Verdict::Corroborated }, NOW));
        assert!(!review.apply(Action::Reattach { claim: r, to }, NOW), "a reviewed claim keeps its place");
    }

    #[test]
    fn discarding_removes_only_a_lost_claim_and_undo_restores_it_with_its_review() {
        let dir = tempfile::tempdir().expect("tempdir");
        let mut review = review_with_a_lost_claim(dir.path());
        let before = review.project().documents[0].claims.clone();
        let r = lost(&review);
        let live = review.reattach_candidates(r)[0];
        assert!(!review.apply(Action::Discard { claim: live }, NOW));
        assert!(review.apply(Action::Discard { claim: r }, NOW));
        assert!(review.project().documents[0].claims.iter().all(|c| !c.stale && c.claim.text != "24"));
        assert!(review.is_dirty());
        assert!(review.undo().is_some());
        assert_eq!(review.project().documents[0].claims, before);
    }
}
