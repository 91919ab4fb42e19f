//! Carrying a project's claims over to its corpus as it reads now: a claim keeps its span where
//! its text still is, else moves to the nearest occurrence, else is kept as stale; older files
//! get the fields a fresh extraction finds.

use super::{ClaimId, ProjectDocument, ReviewedClaim};
use crate::extract::{self, Claim};

/// Version 1 claims lack `subject_head` and `source`: take them from a fresh extraction of the same
/// text, claim by claim where the span and text still match. Verdicts and notes are not touched.
pub(super) fn fill_context_from(doc: &mut ProjectDocument, fresh: &[Claim]) {
    for c in &mut doc.claims {
        let Some(found) =
            fresh.iter().find(|f| f.start == c.claim.start && f.end == c.claim.end && f.text == c.claim.text)
        else {
            continue;
        };
        if c.claim.subject_head.is_none() {
            c.claim.subject_head.clone_from(&found.subject_head);
        }
        if c.claim.source.is_none() {
            c.claim.source.clone_from(&found.source);
        }
        if c.claim.scope.is_none() {
            c.claim.scope.clone_from(&found.scope);
        }
    }
}

/// Carries claims over to a changed text: each keeps its span if the text is still there, else
/// moves to the nearest occurrence of its text, else becomes stale. New claims join unreviewed.
pub(super) fn reconcile(doc: &mut ProjectDocument, text: &str, next_id: &mut ClaimId) {
    let mut placed: Vec<(usize, usize)> = Vec::new();
    let overlaps = |placed: &[(usize, usize)], s: usize, e: usize| placed.iter().any(|&(ps, pe)| s < pe && e > ps);
    for c in &mut doc.claims {
        let (s, e) = (c.claim.start, c.claim.end);
        if text.get(s..e) == Some(c.claim.text.as_str()) && !overlaps(&placed, s, e) {
            c.stale = false;
            placed.push((s, e));
            continue;
        }
        let nearest = text
            .match_indices(c.claim.text.as_str())
            .map(|(at, _)| at)
            .filter(|&at| !overlaps(&placed, at, at + c.claim.text.len()))
            .min_by_key(|&at| at.abs_diff(s));
        match nearest {
            Some(at) if !c.claim.text.is_empty() => {
                c.claim.end = at + c.claim.text.len();
                c.claim.start = at;
                c.stale = false;
                placed.push((c.claim.start, c.claim.end));
            }
            _ => c.stale = true,
        }
    }
    for claim in extract::extract(text) {
        if !overlaps(&placed, claim.start, claim.end) {
            placed.push((claim.start, claim.end));
            doc.claims.push(ReviewedClaim::fresh(*next_id, claim));
            *next_id += 1;
        }
    }
    doc.claims.sort_by_key(|c| (c.stale, c.claim.start));
}

/// Claims saved brief (format 5: position, text and kind) take every other field from a fresh
/// extraction of the same span. A brief claim the extraction no longer finds (a newer engine, a
/// changed text) is dropped: it was never reviewed. Claims found anew join unreviewed.
pub(super) fn fill_brief(doc: &mut ProjectDocument, fresh: Vec<Claim>, next_id: &mut ClaimId) {
    let mut fresh: Vec<Option<Claim>> = fresh.into_iter().map(Some).collect();
    let find = |fresh: &[Option<Claim>], c: &Claim| {
        fresh.iter().position(|f| f.as_ref().is_some_and(|f| f.start == c.start && f.end == c.end && f.text == c.text))
    };
    // Fresh claims never overlap each other, so those left over need checking only against the
    // claims saved in full (the reviewed ones, usually few).
    let mut placed: Vec<(usize, usize)> =
        doc.claims.iter().filter(|c| !c.stale && !c.is_brief()).map(|c| (c.claim.start, c.claim.end)).collect();
    doc.claims.retain_mut(|c| {
        if !c.is_brief() {
            return true;
        }
        match (c.stale, find(&fresh, &c.claim)) {
            (false, Some(i)) => {
                if let Some(found) = fresh[i].take() {
                    c.claim = found;
                }
                true
            }
            _ => false,
        }
    });
    for claim in fresh.into_iter().flatten() {
        if !placed.iter().any(|&(s, e)| claim.start < e && claim.end > s) {
            placed.push((claim.start, claim.end));
            doc.claims.push(ReviewedClaim::fresh(*next_id, claim));
            *next_id += 1;
        }
    }
    doc.claims.sort_by_key(|c| (c.stale, c.claim.start));
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::Document;
    use crate::project::{Project, Verdict};
    use std::path::PathBuf;

    #[test]
    fn reconcile_moves_and_keeps_verdicts() {
        let old = "At least 24 died. Over 2,000 were held.";
        let documents = vec![Document::new("a.txt", old.to_owned(), None)];
        let mut project =
            Project::from_corpus(&crate::corpus::Corpus { root: PathBuf::new(), documents, skipped: Vec::new() });
        let doc = &mut project.documents[0];
        for c in &mut doc.claims {
            c.verdict = Verdict::Conflicting;
        }
        let new = "Update: at least 24 died. Over 2,000 were held. Now 5 more.";
        let mut next = 100;
        reconcile(doc, new, &mut next);
        assert!(doc.claims.iter().all(|c| !c.stale));
        let texts: Vec<_> = doc.claims.iter().map(|c| (c.claim.text.as_str(), c.verdict)).collect();
        assert_eq!(
            texts,
            vec![("24", Verdict::Conflicting), ("2,000", Verdict::Conflicting), ("5", Verdict::Unreviewed)]
        );
        for c in &doc.claims {
            assert_eq!(&new[c.claim.start..c.claim.end], c.claim.text);
        }
        let gone = "Nothing numeric here at all.";
        reconcile(doc, gone, &mut next);
        assert_eq!(doc.claims.iter().filter(|c| c.stale).count(), 3);
    }

    #[test]
    fn brief_claims_take_their_fields_from_the_text_and_vanish_where_it_no_longer_has_them() {
        let text = "At least 24 died — café owners said. Over 2,000 were held.";
        let documents = vec![Document::new("a.txt", text.to_owned(), None)];
        let mut project =
            Project::from_corpus(&crate::corpus::Corpus { root: PathBuf::new(), documents, skipped: Vec::new() });
        let doc = &mut project.documents[0];
        let full = doc.claims.clone();
        doc.claims[1].verdict = Verdict::Unsourced;
        // As read from a version 5 file: the untouched claim brief, the reviewed one whole.
        doc.claims[0].claim = Claim { sentence: String::new(), subject: None, ..full[0].claim.clone() };
        let mut next = 100;
        fill_brief(doc, extract::extract(text), &mut next);
        assert_eq!(doc.claims[0].claim, full[0].claim, "filled in from the text");
        assert_eq!((doc.claims[0].id, doc.claims[1].verdict), (full[0].id, Verdict::Unsourced));
        // Changed text: the brief claim is not found again and goes; the reviewed one stays stale.
        doc.claims[0].claim.sentence.clear();
        let changed = "Nothing numeric here — not even 🎉.";
        reconcile(doc, changed, &mut next);
        fill_brief(doc, extract::extract(changed), &mut next);
        let left: Vec<_> = doc.claims.iter().map(|c| (c.claim.text.as_str(), c.stale)).collect();
        assert_eq!(left, [("2,000", true)]);
    }
}
