//! Carrying a project's claims over to its corpus as it reads now: a claim keeps its span where
//! its text still is, else moves to the nearest occurrence, else is kept as stale; older files
//! get the fields a fresh extraction finds.

use std::collections::{BTreeMap, HashMap};

use super::{ClaimId, ProjectDocument, ReviewedClaim};
use crate::extract::{self, Claim};

/// Version 1 claims lack `subject_head` and `source`: take them from a fresh extraction of the same
/// text, claim by claim where the span and text still match. Verdicts and notes are not touched.
pub(super) fn fill_context_from(doc: &mut ProjectDocument, fresh: &[Claim]) {
    for c in &mut doc.claims {
        let Some(found) =
            fresh.iter().find(|f| f.start() == c.claim.start() && f.end() == c.claim.end() && f.text == c.claim.text)
        else {
            continue;
        };
        if c.claim.subject_head.is_none() {
            c.claim.subject_head.clone_from(&found.subject_head);
        }
        if c.claim.source().is_none() {
            c.claim.set_source(found.source().map(Into::into));
        }
        if c.claim.scope().is_none() {
            c.claim.set_scope(found.scope().map(Into::into));
        }
    }
}

/// Carries claims over to a changed text: each keeps its span if the text is still there, else
/// moves to the nearest free occurrence of its text (one where its old sentence still stands
/// first), else becomes stale. New claims join unreviewed. A claim saved brief (never reviewed) is
/// not chased: out of place, it is left stale for [`fill_brief`] to replace. Near-linear: each
/// distinct claim text is searched once, and free spans are looked up in order from the old place.
pub(super) fn reconcile(doc: &mut ProjectDocument, text: &std::sync::Arc<str>, next_id: &mut ClaimId) {
    let mut placed = Placed::default();
    let mut occurrences: HashMap<compact_str::CompactString, Vec<usize>> = HashMap::new();
    for c in &mut doc.claims {
        let (s, e) = (c.claim.start(), c.claim.end());
        if text.get(s..e) == Some(c.claim.text.as_str()) && !placed.overlaps(s, e) {
            c.stale = false;
            placed.insert(s, e);
            continue;
        }
        let len = c.claim.text.len();
        if c.is_brief() || len == 0 {
            c.stale = true;
            continue;
        }
        let found = occurrences.entry(c.claim.text.clone()).or_insert_with(|| find_all(text, &c.claim.text));
        // Where the claim's old sentence still stands around an occurrence, its figure is there
        // (among the nearest few); else the nearest free occurrence.
        let sentence: &str = &c.claim.sentence;
        let offsets = find_all(sentence, &c.claim.text);
        let in_sentence =
            |at: usize| offsets.iter().any(|&k| at >= k && text.get(at - k..at - k + sentence.len()) == Some(sentence));
        let nearest = nearest_free(found, s, len, &placed, SENTENCE_LOOKS, in_sentence)
            .or_else(|| nearest_free(found, s, len, &placed, usize::MAX, |_| true));
        match nearest {
            Some(at) => {
                c.claim.set_span(at, at + len);
                c.stale = false;
                placed.insert(at, at + len);
            }
            None => c.stale = true,
        }
    }
    for claim in extract::extract_shared(text, doc.language()) {
        if !placed.overlaps(claim.start(), claim.end()) {
            placed.insert(claim.start(), claim.end());
            doc.claims.push(ReviewedClaim::fresh(*next_id, claim));
            *next_id += 1;
        }
    }
    doc.claims.sort_by_key(|c| (c.stale, c.claim.start()));
}

/// Spans already given to claims (never overlapping), by start.
#[derive(Default)]
struct Placed(BTreeMap<usize, usize>);

impl Placed {
    fn overlaps(&self, start: usize, end: usize) -> bool {
        // The span starting last before `end` is the only one that can reach into [start, end).
        self.0.range(..end).next_back().is_some_and(|(_, &e)| e > start)
    }

    fn insert(&mut self, start: usize, end: usize) {
        self.0.insert(start, end);
    }
}

/// Every start of `needle` in `text` (overlapping ones too), in order.
fn find_all(text: &str, needle: &str) -> Vec<usize> {
    memchr::memmem::find_iter(text.as_bytes(), needle.as_bytes()).collect()
}

/// How many of a figure's nearest occurrences are checked for its old sentence.
const SENTENCE_LOOKS: usize = 64;

/// The start in `starts` (sorted) nearest to `near` whose span of `len` bytes is free and which
/// `accept`s, among the `limit` nearest free ones.
fn nearest_free(
    starts: &[usize],
    near: usize,
    len: usize,
    placed: &Placed,
    limit: usize,
    accept: impl Fn(usize) -> bool,
) -> Option<usize> {
    let split = starts.partition_point(|&at| at < near);
    let (mut before, mut after) = (starts[..split].iter().rev().peekable(), starts[split..].iter().peekable());
    let mut looked = 0;
    while looked < limit {
        let pick = match (before.peek(), after.peek()) {
            (None, None) => return None,
            (Some(&&b), Some(&&a)) => {
                if near - b <= a - near {
                    before.next()
                } else {
                    after.next()
                }
            }
            (Some(_), None) => before.next(),
            (None, Some(_)) => after.next(),
        };
        if let Some(&at) = pick
            && !placed.overlaps(at, at + len)
        {
            looked += 1;
            if accept(at) {
                return Some(at);
            }
        }
    }
    None
}

/// Claims saved brief (format 5: position, text and kind) take every other field from a fresh
/// extraction of the same span. A brief claim the extraction no longer finds (a newer engine, a
/// changed text) is dropped: it was never reviewed. Claims found anew join unreviewed.
pub(super) fn fill_brief(doc: &mut ProjectDocument, fresh: Vec<Claim>, next_id: &mut ClaimId) {
    // Fresh claims come in text order: a brief claim's match is found by binary search.
    let starts: Vec<usize> = fresh.iter().map(|f| f.start()).collect();
    let mut fresh: Vec<Option<Claim>> = fresh.into_iter().map(Some).collect();
    let find = |fresh: &[Option<Claim>], c: &Claim| {
        let i = starts.partition_point(|&start| start < c.start());
        fresh.get(i)?.as_ref().filter(|f| f.start() == c.start() && f.end() == c.end() && f.text == c.text).map(|_| i)
    };
    // Fresh claims never overlap each other, so those left over need checking only against the
    // claims saved in full (the reviewed ones).
    let mut placed = Placed::default();
    for c in doc.claims.iter().filter(|c| !c.stale && !c.is_brief()) {
        placed.insert(c.claim.start(), c.claim.end());
    }
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
        if !placed.overlaps(claim.start(), claim.end()) {
            placed.insert(claim.start(), claim.end());
            doc.claims.push(ReviewedClaim::fresh(*next_id, claim));
            *next_id += 1;
        }
    }
    doc.claims.sort_by_key(|c| (c.stale, c.claim.start()));
}

/// Reads a document's claims again (its language changed): claims the reviewer touched (a verdict,
/// a note, a placement) stay as they are; every other claim is replaced by what extraction now
/// finds, where it does not overlap a kept one.
pub fn reread_claims(doc: &mut ProjectDocument, next_id: &mut ClaimId) {
    doc.claims
        .retain(|c| c.verdict != super::Verdict::Unreviewed || !c.note().is_empty() || c.pin.is_some() || c.stale);
    let mut placed = Placed::default();
    for c in doc.claims.iter().filter(|c| !c.stale) {
        placed.insert(c.claim.start(), c.claim.end());
    }
    for claim in extract::extract_shared(&doc.text, doc.language()) {
        if !placed.overlaps(claim.start(), claim.end()) {
            placed.insert(claim.start(), claim.end());
            doc.claims.push(ReviewedClaim::fresh(*next_id, claim));
            *next_id += 1;
        }
    }
    doc.claims.sort_by_key(|c| (c.stale, c.claim.start()));
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::project::{Project, Verdict};

    #[test]
    fn reconcile_moves_and_keeps_verdicts() {
        let old = "At least 24 died. Over 2,000 were held.";
        let mut project = Project::of_texts(&[("a.txt", old)]);
        let doc = &mut project.documents[0];
        for c in &mut doc.claims {
            c.verdict = Verdict::Conflicting;
        }
        let new = "Update: at least 24 died. Over 2,000 were held. Now 5 more.";
        let mut next = 100;
        reconcile(doc, &new.into(), &mut next);
        assert!(doc.claims.iter().all(|c| !c.stale));
        let texts: Vec<_> = doc.claims.iter().map(|c| (c.claim.text.as_str(), c.verdict)).collect();
        assert_eq!(
            texts,
            vec![("24", Verdict::Conflicting), ("2,000", Verdict::Conflicting), ("5", Verdict::Unreviewed)]
        );
        for c in &doc.claims {
            assert_eq!(&new[c.claim.start()..c.claim.end()], c.claim.text);
        }
        let gone = "Nothing numeric here at all.";
        reconcile(doc, &gone.into(), &mut next);
        assert_eq!(doc.claims.iter().filter(|c| c.stale).count(), 3);
    }

    #[test]
    fn claims_of_an_old_file_gain_the_context_they_lack_and_keep_what_they_have() {
        let text = "At least 24 people died in the northern province — é, officials said. Some 300 families among minors were displaced, Romero said.";
        let fresh = extract::extract(text);
        assert_eq!(fresh.len(), 2, "{fresh:?}");
        let mut project = Project::of_texts(&[("a.txt", text)]);
        let doc = &mut project.documents[0];
        // As a version 1 file has them: no head, source or scope; the second's source its own.
        for c in &mut doc.claims {
            c.claim.subject_head = None;
            c.claim.set_source(None);
            c.claim.set_scope(None);
        }
        doc.claims[1].claim.set_source(Some("the reviewer's own".into()));
        fill_context_from(doc, &fresh);
        let (first, second) = (&doc.claims[0].claim, &doc.claims[1].claim);
        assert_eq!(first.subject_head.as_deref(), Some("death"));
        assert_eq!((first.source(), first.scope()), (Some("officials"), Some("in the northern province")));
        assert_eq!((second.source(), second.scope()), (Some("the reviewer's own"), Some("among minors")));
    }

    #[test]
    fn brief_claims_take_their_fields_from_the_text_and_vanish_where_it_no_longer_has_them() {
        let text = "At least 24 died — café owners said. Over 2,000 were held.";
        let mut project = Project::of_texts(&[("a.txt", text)]);
        let doc = &mut project.documents[0];
        let full = doc.claims.clone();
        doc.claims[1].verdict = Verdict::Unsourced;
        // As read from a version 5 file: the untouched claim brief, the reviewed one whole.
        doc.claims[0].claim = full[0].claim.clone();
        (doc.claims[0].claim.sentence, doc.claims[0].claim.subject) = ("".into(), None);
        let mut next = 100;
        fill_brief(doc, extract::extract(text), &mut next);
        assert_eq!(doc.claims[0].claim, full[0].claim, "filled in from the text");
        assert_eq!((doc.claims[0].id, doc.claims[1].verdict), (full[0].id, Verdict::Unsourced));
        // Changed text: the brief claim is not found again and goes; the reviewed one stays stale.
        doc.claims[0].claim.sentence = "".into();
        let changed = "Nothing numeric here — not even 🎉.";
        reconcile(doc, &changed.into(), &mut next);
        fill_brief(doc, extract::extract(changed), &mut next);
        let left: Vec<_> = doc.claims.iter().map(|c| (c.claim.text.as_str(), c.stale)).collect();
        assert_eq!(left, [("2,000", true)]);
    }

    fn reviewed_project(text: &str) -> Project {
        let mut project = Project::of_texts(&[("a.txt", text)]);
        for c in &mut project.documents[0].claims {
            c.verdict = Verdict::Corroborated;
            let note = format!("checked {}", c.claim.text);
            c.edit(|w| w.note = note);
        }
        project
    }

    #[test]
    fn a_figure_follows_its_own_sentence_rather_than_the_nearest_copy() {
        let old = "Rescuers said 24 people died. Officials said 12 were hurt.";
        let mut project = reviewed_project(old);
        let doc = &mut project.documents[0];
        let id_of_24 = doc.claims.iter().find(|c| c.claim.text == "24").map(|c| c.id).expect("24");
        // A new lead sentence with another 24 lands right where the old one was.
        let new = "Update — 24 boats: Rescuers said 24 people died. Officials said 12 were hurt.";
        let mut next = 100;
        reconcile(doc, &new.into(), &mut next);
        let moved = doc.claims.iter().find(|c| c.id == id_of_24).expect("kept");
        assert!(!moved.stale);
        assert_eq!(&new[moved.claim.start() - 14..moved.claim.end()], "Rescuers said 24", "in its own sentence");
    }

    #[test]
    fn thousands_of_claims_all_moved_are_all_carried_over() {
        let old: String = (0..2000).map(|i| format!("Line {i}: 1 ")).collect();
        let mut project = reviewed_project(&old);
        let before = project.documents[0].claims.len();
        assert!(before >= 2000);
        let doc = &mut project.documents[0];
        let new = format!("é{old}");
        let mut next = 1_000_000;
        reconcile(doc, &new.as_str().into(), &mut next);
        assert_eq!(doc.claims.iter().filter(|c| c.stale).count(), 0);
        assert!(doc.claims.iter().filter(|c| c.verdict == Verdict::Corroborated).count() == before);
        for c in &doc.claims {
            assert_eq!(&new[c.claim.start()..c.claim.end()], c.claim.text, "every span on its text");
        }
    }
}
