//! Merging two reviews of one corpus against the review they both started from (git's three-way
//! merge, at the level of documents and claims). A change made on one side only is taken; the
//! same change on both is taken once; two different verdicts on one claim are a disagreement,
//! kept in the merged project with both sides until a reviewer resolves it. Never a conflict
//! marker in the file: the result is always a valid project.

use std::collections::{HashMap, HashSet};

use crate::metadata::FieldName;
use crate::project::{ClaimId, Evidence, OtherReview, Project, ProjectDocument, ReviewedClaim, Verdict};

/// What a merge did.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct MergeReport {
    /// Claims judged differently on the two sides (kept as disagreements).
    pub disagreements: usize,
    /// Claims whose verdict, note, evidence or move came from the other side.
    pub taken: usize,
    /// Documents only the other side had.
    pub documents_added: usize,
    /// Claims only the other side had.
    pub claims_added: usize,
}

/// A claim's identity within its document: where it is and what it says (ids are per project;
/// two reviews that found new claims may have given them the same id).
type Key = (usize, usize, compact_str::CompactString);

fn key(c: &ReviewedClaim) -> Key {
    (c.claim.start(), c.claim.end(), c.claim.text.clone())
}

/// Each claim's key in a document: its span, or (where the text moved) its text and rank among
/// the claims of that text.
fn keys(doc: &ProjectDocument, by_text: bool) -> Vec<Key> {
    if !by_text {
        return doc.claims.iter().map(key).collect();
    }
    let mut seen: HashMap<&str, usize> = HashMap::new();
    doc.claims
        .iter()
        .map(|c| {
            let rank = seen.entry(c.claim.text.as_str()).or_default();
            *rank += 1;
            (*rank, 0, c.claim.text.clone())
        })
        .collect()
}

/// Merges `theirs` into `ours`, both descended from `base`.
pub fn merge(base: &Project, ours: &Project, theirs: &Project) -> (Project, MergeReport) {
    let mut merged = ours.clone();
    merged.format_version = crate::project::FORMAT_VERSION;
    let mut report = MergeReport::default();
    let mut next_id = merged.next_id().max(theirs.next_id());
    let base_docs: HashMap<&str, &ProjectDocument> = base.documents.iter().map(|d| (d.path.as_str(), d)).collect();
    for their_doc in &theirs.documents {
        let base_doc = base_docs.get(their_doc.path.as_str()).copied();
        match merged.documents.iter_mut().find(|d| d.path == their_doc.path) {
            Some(our_doc) => merge_document(base_doc, our_doc, their_doc, &mut next_id, &mut report),
            None if base_doc.is_some() => {
                // Removed on our side (the article left the corpus): it stays removed.
            }
            None => {
                let mut doc = their_doc.clone();
                for c in &mut doc.claims {
                    c.id = next_id;
                    next_id += 1;
                }
                merged.documents.push(doc);
                report.documents_added += 1;
            }
        }
    }
    merged.documents.sort_by(|a, b| a.path.cmp(&b.path));
    // Ids must stay unique: a claim either side added may share an id with one of ours.
    let mut seen = HashSet::new();
    for c in merged.documents.iter_mut().flat_map(|d| &mut d.claims) {
        if !seen.insert(c.id) {
            c.id = next_id;
            seen.insert(next_id);
            next_id += 1;
        }
    }
    (merged, report)
}

fn merge_document(
    base: Option<&ProjectDocument>,
    ours: &mut ProjectDocument,
    theirs: &ProjectDocument,
    next_id: &mut ClaimId,
    report: &mut MergeReport,
) {
    // The source, field by field.
    for field in FieldName::ALL {
        let b = base.and_then(|d| d.metadata.get(field));
        let (o, t) = (ours.metadata.get(field), theirs.metadata.get(field));
        if o == b && t != b {
            match t {
                Some(t) => ours.metadata.set(field, &t.value.clone(), t.origin),
                None => ours.metadata.set(field, "", crate::metadata::Origin::Reviewer),
            }
        }
    }
    // The article changed on one side or both: positions moved, so claims are matched by their
    // text and its rank among the claims of that text (the first "24", the second…), as opening a
    // changed article matches them; the project is reconciled with the article when next opened.
    let by_text = base.is_some_and(|b| b.hash != ours.hash || b.hash != theirs.hash) || ours.hash != theirs.hash;
    let base_keys = base.map(|d| keys(d, by_text)).unwrap_or_default();
    let base_claims: HashMap<&Key, &ReviewedClaim> =
        base.map(|d| base_keys.iter().zip(&d.claims).collect()).unwrap_or_default();
    let our_keys = keys(ours, by_text);
    let ours_at: HashMap<Key, usize> = our_keys.into_iter().enumerate().map(|(i, k)| (k, i)).collect();
    let mut added = Vec::new();
    for (t, k) in theirs.claims.iter().zip(keys(theirs, by_text)) {
        match ours_at.get(&k) {
            Some(&i) => {
                let o = &mut ours.claims[i];
                // Ours lies where our article puts it, whatever their copy of the finding says.
                let span = (o.claim.start(), o.claim.end());
                let (taken, disagreed) = merge_claim(base_claims.get(&k).copied(), o, t);
                o.claim.set_span(span.0, span.1);
                report.taken += usize::from(taken);
                report.disagreements += usize::from(disagreed);
            }
            // Ours no longer has it: only a claim they reviewed is worth carrying over.
            None if base_claims.contains_key(&k) && t.is_untouched() => {}
            None => {
                let overlaps = ours
                    .claims
                    .iter()
                    .any(|o| !o.stale && o.claim.start() < t.claim.end() && t.claim.start() < o.claim.end());
                if !overlaps || !t.is_untouched() {
                    let mut c = t.clone();
                    c.id = *next_id;
                    *next_id += 1;
                    added.push(c);
                }
            }
        }
    }
    report.claims_added += added.len();
    ours.claims.extend(added);
    ours.claims.sort_by_key(|c| (c.stale, c.claim.start()));
}

/// Merges one claim's review; returns whether anything came from their side, and whether the
/// two sides disagree.
fn merge_claim(base: Option<&ReviewedClaim>, o: &mut ReviewedClaim, t: &ReviewedClaim) -> (bool, bool) {
    let base_verdict = base.map_or(Verdict::Unreviewed, |b| b.verdict);
    let base_note = base.map_or("", |b| b.note());
    let mut taken = false;
    let mut disagreed = false;
    if o.is_brief() && !t.is_brief() {
        // Their copy carries every field of the finding.
        o.claim = t.claim.clone();
    }
    let theirs = t.written().cloned().unwrap_or_default();
    let mut ours = o.written().cloned().unwrap_or_default();
    // The verdict (with who gave it and when).
    if t.verdict != o.verdict {
        if o.verdict == base_verdict {
            o.verdict = t.verdict;
            ours.reviewer.clone_from(&theirs.reviewer);
            ours.reviewed_at.clone_from(&theirs.reviewed_at);
            taken = true;
        } else if t.verdict != base_verdict {
            ours.disagreement = Some(Box::new(OtherReview {
                reviewer: theirs.reviewer.clone(),
                verdict: t.verdict,
                note: theirs.note.clone(),
                reviewed_at: theirs.reviewed_at.clone(),
                evidence: theirs.evidence.clone(),
            }));
            disagreed = true;
        }
    }
    // The note: theirs if only they changed it; both when both did (and they agree on the
    // verdict: a disagreement keeps their note on their side).
    if theirs.note != ours.note && !disagreed {
        if ours.note == base_note {
            ours.note.clone_from(&theirs.note);
            taken = true;
        } else if theirs.note != base_note {
            let who = theirs.reviewer.as_deref().unwrap_or("the other review");
            ours.note = format!("{}\n\n— {who}: {}", ours.note, theirs.note);
            taken = true;
        }
    }
    // Evidence: what either side added, less what either side removed.
    let base_evidence: &[Evidence] = base.map_or(&[], |b| b.evidence());
    if theirs.evidence != ours.evidence && !disagreed {
        let removed: Vec<&Evidence> =
            base_evidence.iter().filter(|e| !ours.evidence.contains(e) || !theirs.evidence.contains(e)).collect();
        let mut evidence: Vec<Evidence> = ours.evidence.iter().filter(|e| !removed.contains(e)).cloned().collect();
        for e in &theirs.evidence {
            if !evidence.contains(e) && !removed.contains(&e) {
                evidence.push(e.clone());
            }
        }
        taken |= evidence != ours.evidence;
        ours.evidence = evidence;
    }
    // The reviewer's move among quantities.
    let base_pin = base.and_then(|b| b.pin);
    if t.pin != o.pin && o.pin == base_pin {
        o.pin = t.pin;
        taken = true;
    }
    // A disagreement one side already holds (from an earlier merge) stays until resolved.
    if ours.disagreement.is_none()
        && theirs.disagreement.is_some()
        && base.is_none_or(|b| b.disagreement() != theirs.disagreement.as_deref())
    {
        ours.disagreement.clone_from(&theirs.disagreement);
        disagreed = true;
    }
    o.edit(|w| *w = ours);
    (taken, disagreed)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::{Corpus, Document};

    fn base() -> Project {
        Project::of_texts(&[
            ("a.txt", "At least 24 people died. Over 2,000 were detained."),
            ("b.txt", "Some 300 were injured on July 28."),
        ])
    }

    fn judge(p: &mut Project, doc: usize, claim: usize, verdict: Verdict, who: &str) {
        let c = &mut p.documents[doc].claims[claim];
        c.verdict = verdict;
        c.edit(|w| {
            w.reviewer = Some(who.into());
            w.reviewed_at = Some("2026-11-30T10:00:00Z".into());
        });
    }

    #[test]
    fn one_sided_changes_are_taken_and_equal_ones_once() {
        let base = base();
        let (mut ours, mut theirs) = (base.clone(), base.clone());
        judge(&mut ours, 0, 0, Verdict::Corroborated, "ana");
        judge(&mut theirs, 0, 1, Verdict::Conflicting, "ben");
        judge(&mut ours, 1, 0, Verdict::Unsourced, "ana");
        judge(&mut theirs, 1, 0, Verdict::Unsourced, "ben");
        theirs.documents[0].claims[0].edit(|w| w.note = "checked with the ministry".into());
        let (merged, report) = merge(&base, &ours, &theirs);
        let verdicts: Vec<Verdict> = merged.documents.iter().flat_map(|d| &d.claims).map(|c| c.verdict).collect();
        assert_eq!(verdicts[..3], [Verdict::Corroborated, Verdict::Conflicting, Verdict::Unsourced]);
        assert_eq!(merged.documents[0].claims[1].reviewer(), Some("ben"));
        assert_eq!(merged.documents[0].claims[0].note(), "checked with the ministry");
        assert_eq!(report.disagreements, 0);
        assert_eq!(report.taken, 2);
    }

    #[test]
    fn different_verdicts_are_a_disagreement_with_both_sides_kept() {
        let base = base();
        let (mut ours, mut theirs) = (base.clone(), base.clone());
        judge(&mut ours, 0, 0, Verdict::Corroborated, "ana");
        judge(&mut theirs, 0, 0, Verdict::Conflicting, "ben");
        theirs.documents[0].claims[0].edit(|w| w.note = "the ministry says 20".into());
        theirs.documents[0].claims[0]
            .edit(|w| w.evidence = vec![Evidence { url: Some("https://example.org".into()), ..Default::default() }]);
        let (merged, report) = merge(&base, &ours, &theirs);
        let c = &merged.documents[0].claims[0];
        assert_eq!((c.verdict, c.reviewer()), (Verdict::Corroborated, Some("ana")));
        let other = c.disagreement().expect("their side is kept");
        assert_eq!(
            (other.verdict, other.reviewer.as_deref(), other.note.as_str()),
            (Verdict::Conflicting, Some("ben"), "the ministry says 20")
        );
        assert_eq!(other.evidence.len(), 1);
        assert_eq!(report.disagreements, 1);
    }

    #[test]
    fn notes_changed_on_both_sides_are_both_kept_and_evidence_is_united() {
        let base = base();
        let (mut ours, mut theirs) = (base.clone(), base.clone());
        let e1 = Evidence { url: Some("https://one.example".into()), ..Default::default() };
        let e2 = Evidence { quote: Some("24 died".into()), ..Default::default() };
        ours.documents[0].claims[0].edit(|w| w.note = "ours".into());
        ours.documents[0].claims[0].edit(|w| w.evidence = vec![e1.clone()]);
        theirs.documents[0].claims[0].edit(|w| w.note = "theirs".into());
        theirs.documents[0].claims[0].edit(|w| w.reviewer = Some("ben".into()));
        theirs.documents[0].claims[0].edit(|w| w.evidence = vec![e2.clone()]);
        let (merged, _) = merge(&base, &ours, &theirs);
        let c = &merged.documents[0].claims[0];
        assert_eq!(c.note(), "ours\n\n— ben: theirs");
        assert_eq!(c.evidence(), [e1, e2]);
    }

    #[test]
    fn an_article_changed_on_both_sides_matches_claims_by_their_text() {
        let project = |text: &str| Project::of_texts(&[("a.txt", text)]);
        let base = project("At least 24 died. Over 2,000 were held.");
        // Each reviewer's copy of the article gained a line (so every position moved on ours).
        let mut ours = project("UPDATED: At least 24 died. Over 2,000 were held.");
        let mut theirs = project("At least 24 died. Over 2,000 were held. More follows.");
        judge(&mut ours, 0, 0, Verdict::Corroborated, "ana");
        judge(&mut theirs, 0, 1, Verdict::Conflicting, "ben");
        let (merged, report) = merge(&base, &ours, &theirs);
        let got: Vec<_> =
            merged.documents[0].claims.iter().map(|c| (c.claim.text.as_str(), c.claim.start(), c.verdict)).collect();
        assert_eq!(
            got,
            [("24", 18, Verdict::Corroborated), ("2,000", 32, Verdict::Conflicting)],
            "ours' positions, both verdicts"
        );
        assert_eq!((report.taken, report.claims_added, report.disagreements), (1, 0, 0));
    }

    #[test]
    fn documents_and_claims_added_on_either_side_are_kept_with_unique_ids() {
        let base = base();
        let ours = base.clone();
        let mut theirs = base.clone();
        let extra = Document::new("c.txt", "Another 12 were freed.".into(), None);
        let more = Project::from_corpus(&Corpus { root: "corpus".into(), documents: vec![extra], skipped: Vec::new() });
        theirs.documents.extend(more.documents);
        let (merged, report) = merge(&base, &ours, &theirs);
        assert_eq!(merged.documents.len(), 3);
        assert_eq!(report.documents_added, 1);
        let ids: HashSet<ClaimId> = merged.documents.iter().flat_map(|d| &d.claims).map(|c| c.id).collect();
        assert_eq!(ids.len(), merged.claim_count(), "ids stay unique");
    }
}
