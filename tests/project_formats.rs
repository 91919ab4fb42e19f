//! Every project file format Tally ever wrote still opens: one committed fixture per version, and
//! what migrating an older one does.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::too_many_lines)] // a failure here is the test failing

use std::path::{Path, PathBuf};

use tally::project::{FORMAT_VERSION, Project, Verdict};

fn fixture(version: u32) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("tests/fixtures/v{version}/review.ron"))
}

/// Each claim's id, findings, verdict, note and move: what a review holds.
fn review_of(p: &Project) -> Vec<(u32, tally::extract::Claim, Verdict, String, Option<tally::project::Pin>)> {
    p.documents
        .iter()
        .flat_map(|d| &d.claims)
        .map(|c| (c.id, c.claim.clone(), c.verdict, c.note().to_owned(), c.pin))
        .collect()
}

#[test]
fn every_format_version_has_a_fixture_that_opens_unchanged() {
    for version in 1..=FORMAT_VERSION {
        let path = fixture(version);
        let (project, report) = Project::open(&path).unwrap_or_else(|e| panic!("version {version}: {e}"));
        assert_eq!(project.format_version, version, "{}", path.display());
        assert!(!report.corpus_missing && report.changed.is_empty(), "version {version}: {report:?}");
        assert_eq!(project.documents.len(), 2);
        assert!(project.claim_count() >= 7);
    }
}

#[test]
fn a_version_2_project_gains_document_metadata_and_keeps_its_verdicts() {
    let (project, _) = Project::open(&fixture(2)).expect("opens");
    assert_eq!(project.format_version, 2);
    let gazette = project.documents.iter().find(|d| d.path == "harbour-gazette.txt").expect("doc");
    assert_eq!(gazette.display_name(), "Storm closes Port Alder harbour", "the headline, guessed from the text");
    let judged = project.documents.iter().flat_map(|d| &d.claims).find(|c| c.id == 5).expect("claim 5");
    assert_eq!((judged.verdict, judged.note()), (Verdict::Corroborated, "Coastguard log — 9 confirmed ✓"));
}

#[test]
fn a_version_1_project_gains_subject_heads_and_sources_and_keeps_its_verdicts() {
    let (project, _) = Project::open(&fixture(1)).expect("opens");
    let judged = project.documents.iter().flat_map(|d| &d.claims).find(|c| c.id == 2).expect("claim 2");
    assert_eq!(judged.verdict, Verdict::Conflicting);
    assert_eq!(judged.note(), "Gazette says 9 — check the coastguard ✓");
    assert_eq!(judged.reviewed_at(), Some("2026-11-20T09:00:00Z"));
    assert_eq!(judged.claim.subject_head.as_deref(), Some("death"), "filled in from the text");
    let killed = project.documents.iter().flat_map(|d| &d.claims).find(|c| c.claim.text == "9").expect("9");
    assert_eq!(killed.claim.source(), Some("the coastguard"));
    let cost = project.documents.iter().flat_map(|d| &d.claims).find(|c| c.claim.text == "€8 million").expect("cost");
    assert_eq!(cost.claim.source(), Some("Harbour Authority"));
    // Format 3 added document metadata: guessed from the articles on open.
    let wire = project.documents.iter().find(|d| d.path == "coast-wire.txt").expect("doc");
    assert_eq!(wire.display_name(), "Alder storm toll rises to 11");

    // Saved again, it is a current-version file with the same review.
    let dir = tempfile::tempdir().expect("temp dir");
    let copy = dir.path().join("review.ron");
    let mut migrated = project.clone();
    migrated.root = fixture(1).parent().expect("folder").join("articles");
    migrated.save(&copy).expect("save");
    let text = std::fs::read_to_string(&copy).expect("read");
    assert!(text.contains(&format!("format_version: {FORMAT_VERSION}")));
    let (reopened, report) = Project::open(&copy).expect("reopens");
    assert!(!report.corpus_missing, "the corpus is found from the new place");
    let again = reopened.documents.iter().flat_map(|d| &d.claims).find(|c| c.id == 2).expect("claim 2");
    assert_eq!((again.verdict, again.note()), (Verdict::Conflicting, judged.note()));
    assert_eq!(again.claim.subject_head.as_deref(), Some("death"));
}

#[test]
fn a_version_4_project_keeps_the_reviewers_moves_among_quantities() {
    use tally::compare::Comparison;
    use tally::project::Pin;
    let (project, _) = Project::open(&fixture(4)).expect("opens");
    assert_eq!(project.format_version, 4);
    let pins: Vec<(u32, Pin)> =
        project.documents.iter().flat_map(|d| &d.claims).filter_map(|c| c.pin.map(|p| (c.id, p))).collect();
    assert_eq!(pins.len(), 2, "{pins:?}");
    let (alone, _) = pins.iter().find(|(_, p)| *p == Pin::Alone).expect("a claim moved out");
    let (moved, Pin::With(target)) = pins.iter().find(|(_, p)| *p != Pin::Alone).copied().expect("a claim moved in")
    else {
        panic!("moved into another claim's quantity")
    };
    let comparison = Comparison::of_project(&project);
    let at = |id: u32| project.claim_refs().find(|r| project.claim(*r).is_some_and(|c| c.id == id)).expect("claim");
    assert_eq!(comparison.claim(at(*alone)).and_then(|c| c.quantity()), None, "moved out stays out");
    let into = comparison.claim(at(target)).and_then(|c| c.quantity());
    assert!(into.is_some());
    assert_eq!(comparison.claim(at(moved)).and_then(|c| c.quantity()), into, "moved in joins the target's quantity");
    let why = comparison.claim(at(moved)).and_then(|c| c.joined()).expect("a reason");
    assert!(why.2, "the reason is the reviewer's move: {why:?}");

    // Older files have no moves; saved again they are format 4 and keep their review.
    let (old, _) = Project::open(&fixture(3)).expect("opens");
    assert!(old.documents.iter().flat_map(|d| &d.claims).all(|c| c.pin.is_none() && c.suggestion.is_none()));
}

#[test]
fn a_version_5_project_writes_untouched_claims_brief_and_finds_their_fields_again() {
    let (project, report) = Project::open(&fixture(5)).expect("opens");
    assert_eq!(project.format_version, 5);
    assert!(report.changed.is_empty() && report.stale_claims == 0);
    let by_id = |id: u32| project.documents.iter().flat_map(|d| &d.claims).find(|c| c.id == id).expect("claim");
    // Claim 1 was saved brief: its subject and sentence come back from the article.
    let brief = by_id(1);
    assert_eq!(brief.claim.subject_head.as_deref(), Some("death"));
    assert_eq!(&*brief.claim.sentence, "Alder storm toll rises to 11");
    let money = by_id(7);
    assert_eq!(money.claim.value(), Some(8_000_000.0));
    assert_eq!(money.claim.unit.as_deref(), Some("EUR"));
    // Claim 5 was reviewed: saved whole, kept whole.
    let judged = by_id(5);
    assert_eq!((judged.verdict, judged.note()), (Verdict::Corroborated, "Coastguard log — 9 confirmed ✓"));
    // The same review as version 4 (the fixtures share their articles).
    let (v4, _) = Project::open(&fixture(4)).expect("opens");
    assert_eq!(review_of(&project), review_of(&v4));
}

#[test]
fn a_version_6_project_keeps_reviewers_evidence_and_disagreements_and_older_ones_have_none() {
    let (project, _) = Project::open(&fixture(6)).expect("opens");
    let judged = project.documents.iter().flat_map(|d| &d.claims).find(|c| c.id == 5).expect("claim 5");
    assert_eq!(judged.reviewer(), Some("Ana Ruiz"));
    assert_eq!(judged.evidence().len(), 2);
    assert_eq!(judged.evidence()[0].quote.as_deref(), Some("nine fatalities confirmed"));
    assert_eq!(judged.evidence()[1].note.as_deref(), Some("called the duty officer"));
    let other = judged.disagreement().expect("the other side");
    assert_eq!((other.reviewer.as_deref(), other.verdict), (Some("Ben Okafor"), Verdict::Conflicting));
    // The same review as version 5 otherwise.
    let (v5, _) = Project::open(&fixture(5)).expect("opens");
    assert_eq!(review_of(&project), review_of(&v5));
    assert!(
        v5.documents
            .iter()
            .flat_map(|d| &d.claims)
            .all(|c| c.reviewer().is_none() && c.evidence().is_empty() && c.disagreement().is_none())
    );
    // Saved again, it reads back the same.
    let dir = tempfile::tempdir().expect("temp dir");
    let copy = dir.path().join("review.ron");
    let mut again = project.clone();
    again.save(&copy).expect("save");
    let text = std::fs::read_to_string(&copy).expect("read");
    let reread = Project::parse(&text, &copy).expect("parses");
    let reread_judged = reread.documents.iter().flat_map(|d| &d.claims).find(|c| c.id == 5).expect("claim 5");
    assert_eq!(
        (&reread_judged.evidence(), &reread_judged.disagreement()),
        (&judged.evidence(), &judged.disagreement())
    );
}

#[test]
fn a_version_4_project_saved_again_is_the_current_version_with_the_same_review_in_a_smaller_file() {
    let (old, _) = Project::open(&fixture(4)).expect("opens");
    let dir = tempfile::tempdir().expect("temp dir");
    let copy = dir.path().join("review.ron");
    let mut migrated = old.clone();
    migrated.root = fixture(1).parent().expect("folder").join("articles");
    migrated.save(&copy).expect("save");
    let text = std::fs::read_to_string(&copy).expect("read");
    assert!(text.contains(&format!("format_version: {FORMAT_VERSION}")));
    assert!(text.len() * 2 < std::fs::read_to_string(fixture(4)).expect("read").len(), "brief claims: a smaller file");
    assert!(
        text.lines()
            .any(|l| l.trim_start().starts_with("(id: 1, claim: (start: 26, end: 28, text: \"11\", kind: count)"))
    );
    let (reopened, report) = Project::open(&copy).expect("reopens");
    assert!(report.changed.is_empty());
    assert_eq!(review_of(&reopened), review_of(&old));
}
