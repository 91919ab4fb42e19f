//! Project files: round trips, determinism, damaged and newer files, moved and changed corpora,
//! interrupted saves, and the `new`/`export` subcommands.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::too_many_lines)] // a failure here is the test failing

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;

use tally::corpus;
use tally::project::ClaimRef;
use tally::project::{DocStatus, FORMAT_VERSION, Project, ProjectError, Verdict};
use tally::review::{Action, Review};

/// A writable corpus of the project's own sample articles in `dir/corpus`.
fn copy_seed(dir: &Path) -> PathBuf {
    common::write_sample_corpus(&dir.join("corpus"))
}

fn reviewed_project(corpus: &Path) -> Review {
    let project = Project::from_corpus(&corpus::load(corpus).expect("load"));
    let mut review = Review::new(project, None);
    review.apply(
        Action::SetVerdict { claim: ClaimRef { doc: 0, claim: 1 }, verdict: Verdict::Conflicting },
        "2026-11-23T10:00:00Z",
    );
    review.apply(
        Action::SetNote {
            claim: ClaimRef { doc: 0, claim: 1 }, note: "AP says 20 — check “Foro Penal” 😀".into()
        },
        "2026-11-23T10:01:00Z",
    );
    review.apply(
        Action::SetVerdict { claim: ClaimRef { doc: 4, claim: 0 }, verdict: Verdict::Corroborated },
        "2026-11-23T10:02:00Z",
    );
    review
}

/// A reviewed copy of the seed corpus in `dir`, saved as `dir/review.ron`: (corpus, file, review).
fn saved_review(dir: &Path) -> (PathBuf, PathBuf, Review) {
    let corpus = copy_seed(dir);
    let path = dir.join("review.ron");
    let mut review = reviewed_project(&corpus);
    review.save_as(&path).expect("save");
    (corpus, path, review)
}

fn tally(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_tally")).args(args).output().expect("tally runs")
}

#[test]
fn round_trip_keeps_every_field_and_is_deterministic() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (_, path, mut review) = saved_review(dir.path());
    let first = std::fs::read_to_string(&path).expect("read");
    assert!(first.contains(&format!("format_version: {FORMAT_VERSION}")));
    assert!(first.contains("corpus_root: \"corpus\""), "corpus root is relative to the project file");
    review.save_as(&path).expect("save again");
    assert_eq!(first, std::fs::read_to_string(&path).expect("read"), "saving twice writes the same bytes");

    let (reopened, report) = Project::open(&path).expect("open");
    assert_eq!(report, Default::default(), "nothing changed");
    let before: Vec<_> = review.project().documents.iter().flat_map(|d| d.claims.clone()).collect();
    let after: Vec<_> = reopened.documents.iter().flat_map(|d| d.claims.clone()).collect();
    assert_eq!(before, after);
    let note = &reopened.documents[0].claims[1];
    assert_eq!(
        (note.verdict, note.note(), note.reviewed_at()),
        (Verdict::Conflicting, "AP says 20 — check “Foro Penal” 😀", Some("2026-11-23T10:01:00Z"))
    );
    assert!(reopened.documents.iter().all(|d| d.status == DocStatus::Unchanged && !d.text.is_empty()));
    // A list read from a file keeps no spare room (an archive's held 13 MB of it).
    assert!(reopened.documents.iter().all(|d| d.claims.capacity() == d.claims.len()));
}

#[test]
fn what_a_reviewer_wrote_and_took_back_leaves_the_claim_as_found() {
    let project = Project::sample();
    let found = project.documents[0].claims[0].clone();
    let mut c = found.clone();
    c.edit(|w| {
        w.note = "AP says 20 — café 😀".into();
        w.reviewer = Some("Ana".into());
    });
    assert_eq!((c.note(), c.reviewer()), ("AP says 20 — café 😀", Some("Ana")));
    assert!(!c.is_untouched(), "a note is kept, and saved in full");
    c.edit(|w| w.note.clear());
    assert_eq!(c.reviewer(), Some("Ana"), "the rest stays");
    assert_ne!(c, found);
    c.edit(|w| w.reviewer = None);
    assert_eq!(c, found, "emptied, it equals the claim as found");
    assert!(c.is_untouched() && c.written().is_none());
}

#[test]
fn newer_and_damaged_files_are_refused_with_where_and_why() {
    let dir = tempfile::tempdir().expect("temp dir");
    let newer = dir.path().join("newer.ron");
    std::fs::write(&newer, "(format_version: 99, corpus_root: \"c\", documents: [], future_field: true)")
        .expect("write");
    match Project::open(&newer) {
        Err(e @ ProjectError::NewerVersion { found: 99, .. }) => {
            assert!(e.to_string().contains("newer Tally"))
        }
        other => panic!("expected NewerVersion, got {other:?}"),
    }
    let damaged = dir.path().join("damaged.ron");
    std::fs::write(
        &damaged,
        "(\n  format_version: 1,\n  corpus_root: \"c\",\n  documents: [\n    (path: \"a.txt\", hash: 7)\n  ],\n)",
    )
    .expect("write");
    match Project::open(&damaged) {
        Err(e @ ProjectError::Corrupt { line: 5, .. }) => {
            assert!(e.to_string().contains("line 5"), "{e}")
        }
        other => panic!("expected Corrupt at line 5, got {other:?}"),
    }
    let binary = dir.path().join("binary.ron");
    std::fs::write(&binary, [0u8, 159, 146, 150]).expect("write");
    assert!(Project::open(&binary).is_err());
    let missing = dir.path().join("missing.ron");
    assert!(matches!(Project::open(&missing), Err(ProjectError::Io { .. })));
}

#[test]
fn a_moved_corpus_is_found_again_with_verdicts_kept() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (corpus, path, _) = saved_review(dir.path());
    let moved = dir.path().join("elsewhere");
    std::fs::rename(&corpus, &moved).expect("move");
    let (mut project, report) = Project::open(&path).expect("opens even without its corpus");
    assert!(report.corpus_missing);
    assert_eq!(project.documents[0].claims[1].verdict, Verdict::Conflicting, "verdicts survive");
    let report = project.attach_corpus(&moved);
    assert!(!report.corpus_missing && report.changed.is_empty() && report.missing.is_empty());
    assert!(project.documents.iter().all(|d| d.status == DocStatus::Unchanged));
    project.save(&path).expect("save");
    assert!(std::fs::read_to_string(&path).expect("read").contains("corpus_root: \"elsewhere\""));
}

#[test]
fn a_project_copied_elsewhere_still_finds_its_corpus() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (_, path, _) = saved_review(dir.path());
    let elsewhere = dir.path().join("archive/2024");
    std::fs::create_dir_all(&elsewhere).expect("mkdir");
    let copy = elsewhere.join("review.ron");
    std::fs::copy(&path, &copy).expect("copy");
    let (project, report) = Project::open(&copy).expect("opens");
    assert!(!report.corpus_missing, "found through the absolute path saved beside the relative one");
    assert!(project.documents.iter().all(|d| d.status == DocStatus::Unchanged));
    assert_eq!(project.documents[0].claims[1].verdict, Verdict::Conflicting);
}

#[test]
fn a_changed_document_is_reported_and_keeps_its_verdicts() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (corpus, path, review) = saved_review(dir.path());
    let first_doc = &review.project().documents[0];
    let judged = first_doc.claims[1].claim.text.clone();
    let file = corpus.join(&first_doc.path);
    let text = std::fs::read_to_string(&file).expect("read");
    std::fs::write(&file, format!("EDITOR'S NOTE — updated with 3 corrections.\n{text}")).expect("write");
    let (project, report) = Project::open(&path).expect("open");
    assert_eq!(report.changed, vec![first_doc.path.clone()]);
    let doc = &project.documents[0];
    assert_eq!(doc.status, DocStatus::Changed);
    let carried = doc.claims.iter().find(|c| c.verdict == Verdict::Conflicting).expect("verdict kept");
    assert_eq!(carried.claim.text, judged);
    assert_eq!(&doc.text[carried.claim.start()..carried.claim.end()], judged, "span moved with the text");
    assert!(doc.claims.iter().any(|c| c.claim.text == "3" && c.verdict == Verdict::Unreviewed), "new claim found");
}

#[test]
fn an_interrupted_save_leaves_the_last_good_file() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (_, path, mut review) = saved_review(dir.path());
    let good = std::fs::read(&path).expect("read");
    review.apply(Action::SetVerdict { claim: ClaimRef { doc: 1, claim: 0 }, verdict: Verdict::Unsourced }, "t");
    let newer = review.project().to_ron(&path).expect("serialize");
    let crashed =
        tally::atomic::write_with_hook(&path, newer.as_bytes(), || Err(std::io::Error::other("killed before rename")));
    assert!(crashed.is_err());
    assert_eq!(std::fs::read(&path).expect("read"), good, "old file intact");
    assert!(Project::open(&path).is_ok());
    // A save that cannot even start (no such folder) fails cleanly too.
    let nowhere = dir.path().join("no/such/folder/review.ron");
    assert!(review.save_as(&nowhere).is_err());
    assert!(review.is_dirty(), "the failed save is not mistaken for a save");
}

#[test]
fn cli_new_and_export_write_atomically_and_refuse_bad_input() {
    let dir = tempfile::tempdir().expect("temp dir");
    let corpus = copy_seed(dir.path());
    let project = dir.path().join("p.ron");
    let csv_path = dir.path().join("out.csv");
    let p = |x: &Path| x.to_str().expect("utf-8").to_owned();

    let out = tally(&["new", &p(&corpus), "-o", &p(&project)]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let (created, _) = Project::open(&project).expect("valid project");
    assert!(created.claim_count() >= 30);
    assert!(created.documents.iter().flat_map(|d| &d.claims).all(|c| c.verdict == Verdict::Unreviewed));

    let before = std::fs::read(&project).expect("read");
    let again = tally(&["new", &p(&corpus), "-o", &p(&project)]);
    assert!(!again.status.success());
    assert!(String::from_utf8_lossy(&again.stderr).contains("--force"));
    assert_eq!(std::fs::read(&project).expect("read"), before, "existing project untouched");

    let excel_path = dir.path().join("excel.csv");
    let out = tally(&["export", &p(&project), "--csv", &p(&excel_path), "--excel"]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let excel = std::fs::read(&excel_path).expect("read");
    assert!(excel.starts_with(b"\xEF\xBB\xBF") && excel.windows(2).any(|w| w == b"\r\n"), "BOM and CRLF for Excel");
    let out = tally(&["export", &p(&project), "--csv", &p(&csv_path)]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(!std::fs::read(&csv_path).expect("read").starts_with(b"\xEF\xBB\xBF"), "plain by default");
    let mut reader = csv::Reader::from_path(&csv_path).expect("csv");
    assert_eq!(reader.headers().expect("headers").iter().collect::<Vec<_>>(), tally::export::COLUMNS.to_vec());
    assert_eq!(reader.records().count(), created.claim_count());

    // Damaged or newer input: non-zero, a message, the old CSV kept.
    let good_csv = std::fs::read(&csv_path).expect("read");
    let bad = dir.path().join("bad.ron");
    std::fs::write(&bad, "not ron at all {").expect("write");
    let out = tally(&["export", &p(&bad), "--csv", &p(&csv_path)]);
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("line 1"), "{}", String::from_utf8_lossy(&out.stderr));
    std::fs::write(&bad, "(format_version: 7, corpus_root: \"c\", documents: [])").expect("write");
    let out = tally(&["export", &p(&bad), "--csv", &p(&csv_path)]);
    assert!(String::from_utf8_lossy(&out.stderr).contains("newer Tally"));
    assert_eq!(std::fs::read(&csv_path).expect("read"), good_csv);
    let out = tally(&["new", &p(&dir.path().join("nope")), "-o", &p(&dir.path().join("x.ron"))]);
    assert!(!out.status.success() && !dir.path().join("x.ron").exists());
}

#[test]
fn exported_cells_cannot_run_formulas_but_numbers_stay_numbers() {
    let dir = tempfile::tempdir().expect("temp dir");
    let corpus = dir.path().join("c");
    std::fs::create_dir(&corpus).expect("mkdir");
    std::fs::write(corpus.join("a.txt"), "Losses of -5 percent and 2,000 jobs.").expect("write");
    let mut review = Review::new(Project::from_corpus(&corpus::load(&corpus).expect("load")), None);
    review
        .apply(Action::SetNote { claim: ClaimRef { doc: 0, claim: 0 }, note: "=HYPERLINK(\"http://x\")".into() }, "t");
    let mut bytes = Vec::new();
    tally::export::write_csv(review.project(), &mut bytes, tally::export::Flavour::Plain).expect("csv");
    let mut reader = csv::Reader::from_reader(bytes.as_slice());
    let rows: Vec<csv::StringRecord> = reader.records().map(|r| r.expect("row")).collect();
    assert_eq!(&rows[0][20], "'=HYPERLINK(\"http://x\")");
    assert_eq!(&rows[1][8], "2000", "values are plain numbers");
}

#[test]
fn stepping_beside_a_claim_crosses_documents_skips_empty_ones_and_wraps() {
    use tally::corpus::{Corpus, Document};
    let documents = vec![
        Document::new("a.txt", "At least 24 died and 300 were hurt.".to_owned(), None),
        Document::new("b.txt", "No figures here at all.".to_owned(), None),
        Document::new("c.txt", "Some 1,200 fled — café 🎉 and 7 stayed.".to_owned(), None),
    ];
    let corpus = Corpus { root: Default::default(), documents, skipped: Vec::new() };
    let p = Project::from_corpus(&corpus);
    let all: Vec<ClaimRef> = p.claim_refs().collect();
    assert_eq!(all.len(), 4, "{all:?}");
    for (i, r) in all.iter().enumerate() {
        assert_eq!(p.claim_beside(*r, true), Some(all[(i + 1) % all.len()]), "after {r:?}");
        assert_eq!(p.claim_beside(*r, false), Some(all[(i + all.len() - 1) % all.len()]), "before {r:?}");
    }
    assert_eq!(p.claim_beside(ClaimRef { doc: 0, claim: 1 }, true), Some(ClaimRef { doc: 2, claim: 0 }));
    assert_eq!(Project::empty().claim_beside(ClaimRef { doc: 0, claim: 0 }, true), None);
}

#[test]
fn reading_a_corpus_counts_files_and_claims_and_stops_when_asked() {
    use tally::progress::Progress;
    let dir = tempfile::tempdir().unwrap();
    let corpus_dir = common::write_sample_corpus(dir.path());
    let progress = Progress::default();
    let corpus = corpus::load_with(&corpus_dir, &progress).unwrap();
    let project = Project::from_corpus_with(&corpus, &progress).unwrap();
    let seen = progress.snapshot();
    assert_eq!((seen.files_total, seen.files_read), (corpus.documents.len(), corpus.documents.len()));
    assert_eq!(seen.documents_extracted, corpus.documents.len());
    assert_eq!(seen.claims_found, project.claim_count());
    assert!((seen.fraction() - 1.0).abs() < 1e-6);
    let stopped = Progress::default();
    stopped.cancel();
    assert!(matches!(corpus::load_with(&corpus_dir, &stopped), Err(corpus::CorpusError::Cancelled)));
    assert!(Project::from_corpus_with(&corpus, &stopped).is_none());
}

#[cfg(unix)]
#[test]
fn a_named_pipe_in_the_corpus_is_skipped_not_waited_on() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("a.txt"), "At least 24 people died.").unwrap();
    let fifo = dir.path().join("pipe.txt");
    let made = Command::new("mkfifo").arg(&fifo).status();
    if !made.is_ok_and(|s| s.success()) {
        eprintln!("mkfifo is not available here; nothing to check");
        return;
    }
    let corpus = corpus::load(dir.path()).unwrap();
    assert_eq!(corpus.documents.len(), 1);
    let skipped: Vec<String> = corpus.skipped.iter().map(ToString::to_string).collect();
    assert!(skipped.iter().any(|s| s.starts_with("pipe.txt") && s.contains("not a regular file")), "{skipped:?}");
}

#[test]
fn no_command_writes_over_its_own_input_an_article_or_an_existing_file_without_force() {
    let dir = tempfile::tempdir().expect("temp dir");
    let corpus = common::write_sample_corpus(&dir.path().join("corpus"));
    let project = dir.path().join("p.ron");
    let p = |x: &Path| x.to_str().expect("utf-8").to_owned();
    assert!(tally(&["new", &p(&corpus), "-o", &p(&project)]).status.success());
    let saved = std::fs::read(&project).expect("read");
    let article = std::fs::read_dir(&corpus)
        .expect("list")
        .flatten()
        .map(|e| e.path())
        .find(|f| corpus::is_article(f))
        .expect("an article");
    let text = std::fs::read(&article).expect("read");

    // The project onto itself: refused even with --force, and the project intact.
    for extra in [&[][..], &["--force"][..]] {
        let mut args = vec!["export".to_owned(), p(&project), "--csv".to_owned(), p(&project)];
        args.extend(extra.iter().map(|s| (*s).to_owned()));
        let out = tally(&args.iter().map(String::as_str).collect::<Vec<_>>());
        assert!(!out.status.success());
        assert!(String::from_utf8_lossy(&out.stderr).contains("own input"), "{}", String::from_utf8_lossy(&out.stderr));
        assert_eq!(std::fs::read(&project).expect("read"), saved);
    }
    // An article of the corpus: refused with or without --force (by export and by new).
    let out = tally(&["export", &p(&project), "--csv", &p(&article), "--force"]);
    assert!(!out.status.success() && String::from_utf8_lossy(&out.stderr).contains("article of the corpus"));
    let out = tally(&["new", &p(&corpus), "-o", &p(&article), "--force"]);
    assert!(!out.status.success() && String::from_utf8_lossy(&out.stderr).contains("article of the corpus"));
    assert_eq!(std::fs::read(&article).expect("read"), text);
    // An existing CSV: only with --force.
    let csv_path = dir.path().join("verdicts.csv");
    std::fs::write(&csv_path, "keep me").expect("write");
    let out = tally(&["export", &p(&project), "--csv", &p(&csv_path)]);
    assert!(!out.status.success() && String::from_utf8_lossy(&out.stderr).contains("--force"));
    assert_eq!(std::fs::read_to_string(&csv_path).expect("read"), "keep me");
    assert!(tally(&["export", &p(&project), "--csv", &p(&csv_path), "--force"]).status.success());
    assert!(std::fs::read_to_string(&csv_path).expect("read").starts_with("document,"));
}

#[cfg(unix)]
#[test]
fn a_link_to_an_endless_device_is_skipped_not_read() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("a.txt"), "At least 24 people died.").unwrap();
    std::os::unix::fs::symlink("/dev/zero", dir.path().join("zero.txt")).unwrap();
    let corpus = corpus::load(dir.path()).unwrap();
    assert_eq!(corpus.documents.len(), 1);
    assert!(corpus.skipped.iter().any(|s| s.path == "zero.txt" && s.reason.contains("not a regular file")));
}

#[test]
fn a_project_cannot_name_a_file_outside_its_corpus() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (corpus, path, _) = saved_review(dir.path());
    let saved = std::fs::read_to_string(&path).expect("read");
    let first = Project::open(&path).expect("opens").0.documents[0].path.clone();
    for hostile in ["../../etc/passwd", "/etc/passwd", "../secret.txt", "a/../../b.txt", "C:/Windows/win.ini", "notes"]
    {
        let edited = saved.replacen(&format!("path: {first:?}"), &format!("path: {hostile:?}"), 1);
        assert_ne!(edited, saved);
        std::fs::write(&path, &edited).expect("write");
        match Project::open(&path) {
            Err(ProjectError::Corrupt { message, .. }) => assert!(message.contains(hostile), "{hostile}: {message}"),
            other => panic!("{hostile}: accepted ({:?})", other.map(|(p, _)| p.documents.len())),
        }
    }
    // A link inside the corpus to a file outside it is not followed: the document is missing.
    #[cfg(not(unix))]
    let _ = corpus;
    #[cfg(unix)]
    {
        std::fs::write(&path, &saved).expect("write");
        let outside = dir.path().join("outside.txt");
        std::fs::write(&outside, "Secret: 99 agents.").expect("write");
        std::fs::remove_file(corpus.join(&first)).expect("remove");
        std::os::unix::fs::symlink(&outside, corpus.join(&first)).expect("link");
        let (project, report) = Project::open(&path).expect("opens");
        assert!(report.missing.contains(&first), "{report:?}");
        assert!(project.documents.iter().all(|d| !d.text.contains("Secret")));
    }
}

#[test]
fn a_claim_id_near_the_top_of_its_range_is_refused_not_wrapped() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (_, path, _) = saved_review(dir.path());
    let saved = std::fs::read_to_string(&path).expect("read");
    let edited = saved.replacen("(id: 1,", "(id: 4294967295,", 1);
    assert_ne!(edited, saved);
    std::fs::write(&path, edited).expect("write");
    let err = Project::open(&path).expect_err("refused");
    assert!(err.to_string().contains("4294967295") && err.to_string().contains("too large"), "{err}");
}

#[test]
fn a_project_saved_with_a_byte_order_mark_opens_and_binary_is_not_a_project() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (_, path, _) = saved_review(dir.path());
    let mut bytes = b"\xEF\xBB\xBF".to_vec();
    bytes.extend(std::fs::read(&path).expect("read"));
    std::fs::write(&path, &bytes).expect("write");
    assert!(Project::open(&path).is_ok(), "a BOM (as Notepad writes) is accepted");
    std::fs::write(&path, [0x28, 0x80, 0x81, 0xff, 0x29]).expect("write");
    let err = Project::open(&path).expect_err("refused").to_string();
    assert!(err.contains("not a valid Tally project") && err.contains("not UTF-8"), "{err}");
}

#[test]
fn a_project_saved_again_as_utf16_with_or_without_a_byte_order_mark_opens() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (_, path, _) = saved_review(dir.path());
    let saved = std::fs::read_to_string(&path).expect("read");
    let (original, _) = Project::open(&path).expect("opens");
    let le: Vec<u8> = saved.encode_utf16().flat_map(u16::to_le_bytes).collect();
    let be: Vec<u8> = saved.encode_utf16().flat_map(u16::to_be_bytes).collect();
    for (name, bytes) in [
        ("UTF-16LE with a mark", [&[0xff, 0xfe][..], &le].concat()),
        ("UTF-16BE with a mark", [&[0xfe, 0xff][..], &be].concat()),
        ("UTF-16LE without", le.clone()),
        ("UTF-16BE without", be.clone()),
    ] {
        std::fs::write(&path, &bytes).expect("write");
        let (project, _) = Project::open(&path).unwrap_or_else(|e| panic!("{name}: {e}"));
        assert_eq!(project.verdict_counts(), original.verdict_counts(), "{name}");
    }
}

#[test]
fn a_misspelt_field_is_an_error_with_its_place_not_a_verdict_lost() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (_, path, _) = saved_review(dir.path());
    let saved = std::fs::read_to_string(&path).expect("read");
    assert!(saved.contains("verdict: "), "the saved review has a verdict");
    std::fs::write(&path, saved.replacen("verdict: ", "verdicts: ", 1)).expect("write");
    match Project::open(&path) {
        Err(ProjectError::Corrupt { line, message, .. }) => {
            assert!(line > 0, "placed: {message}");
            assert!(message.contains("verdicts"), "{message}");
        }
        other => panic!("accepted: {:?}", other.map(|(p, _)| p.claim_count())),
    }
}

#[test]
fn a_table_saved_as_text_is_told_apart_from_prose() {
    let table: String = (0..200).map(|i| format!("{i},{},{}.5\n", i * 3, i % 7)).collect();
    let prose = "At least 24 people died in the floods on Tuesday, officials said, and more than 2,000 \
                 were evacuated from the lower town. "
        .repeat(40);
    let documents = vec![
        tally::corpus::Document::new("table.txt", table, None),
        tally::corpus::Document::new("news.txt", prose, None),
    ];
    let project = tally::project::Project::from_corpus(&tally::corpus::Corpus {
        root: std::path::PathBuf::new(),
        documents,
        skipped: Vec::new(),
    });
    let flag = |path: &str| project.documents.iter().find(|d| d.path == path).map(|d| d.mostly_numbers());
    assert_eq!(flag("table.txt"), Some(true), "a table");
    assert_eq!(flag("news.txt"), Some(false), "news, however many figures it repeats");
}

/// An article whose file name is not UTF-8 (possible on Unix) is found again when its project is
/// opened, through `tally export` too, and shown with a replacement character where people read it.
#[cfg(unix)]
#[test]
fn a_file_name_that_is_not_utf8_is_kept_exactly_and_found_again() {
    use std::os::unix::ffi::OsStrExt as _;
    let dir = tempfile::tempdir().expect("temp dir");
    let corpus_dir = dir.path().join("corpus");
    std::fs::create_dir(&corpus_dir).expect("mkdir");
    let name = std::ffi::OsStr::from_bytes(b"caf\xe9 \xe2\x80\x94 report.txt");
    std::fs::write(corpus_dir.join(name), "At least 24 people died — é.").expect("write");
    std::fs::write(corpus_dir.join("plain.txt"), "Officials said 20 deaths were recorded.").expect("write");
    let corpus = corpus::load(&corpus_dir).expect("corpus");
    let mut review = Review::new(Project::from_corpus(&corpus), None);
    let raw = review.project().documents.iter().position(|d| d.path.contains('\0')).expect("the raw name is kept");
    let claim = ClaimRef { doc: raw, claim: 0 };
    assert!(review.apply(Action::SetVerdict { claim, verdict: Verdict::Conflicting }, "2026-11-30T10:00:00Z"));
    let path = dir.path().join("review.ron");
    review.save_as(&path).expect("save");

    let (project, report) = Project::open(&path).expect("opens");
    assert!(report.missing.is_empty() && report.changed.is_empty(), "{report:?}");
    let doc = project.documents.iter().find(|d| d.path.contains('\0')).expect("the document");
    assert_eq!(doc.text.as_ref(), "At least 24 people died — é.");
    assert_eq!(doc.claims[0].verdict, Verdict::Conflicting);
    assert_eq!(doc.display_name(), "caf\u{FFFD} — report.txt");

    let csv = dir.path().join("verdicts.csv");
    let out = tally(&["export", path.to_str().expect("UTF-8"), "--csv", csv.to_str().expect("UTF-8")]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(!String::from_utf8_lossy(&out.stderr).contains("missing"), "{}", String::from_utf8_lossy(&out.stderr));
    let written = std::fs::read_to_string(&csv).expect("csv");
    assert!(written.contains("caf\u{FFFD} — report.txt") && !written.contains('\0'), "{written}");
}
