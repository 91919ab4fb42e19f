//! `tally extract` as a newsroom pipeline runs it: real process, real files, exit status.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::too_many_lines)] // a failure here is the test failing

mod common;

use std::path::Path;
use std::process::{Command, Output};

fn tally(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_tally")).args(args).output().expect("tally runs")
}

fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).expect("stdout is UTF-8")
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

#[test]
fn jsonl_lists_every_claim_in_order_with_relative_docs() {
    let Some(corpus) = common::seed_corpus() else {
        return;
    };
    let out = tally(&["extract", corpus.to_str().expect("utf-8 path")]);
    assert!(out.status.success(), "{}", stderr(&out));
    let rows: Vec<serde_json::Value> =
        stdout(&out).lines().map(|l| serde_json::from_str(l).expect("each line is JSON")).collect();
    assert!(rows.len() >= 45, "{} rows", rows.len());
    let keys: Vec<(String, u64)> = rows
        .iter()
        .map(|r| (r["doc"].as_str().expect("doc").to_owned(), r["start"].as_u64().expect("start")))
        .collect();
    let mut sorted = keys.clone();
    sorted.sort();
    assert_eq!(keys, sorted, "ordered by doc, then start");
    assert!(keys.iter().all(|(doc, _)| !doc.contains('/') && doc.ends_with(".txt")), "docs are relative to the corpus");
    // The figure from the issue, with an integer value, a qualifier and the subject.
    let died = rows.iter().find(|r| r["text"] == "24").expect("24 is listed");
    assert_eq!(died["value"], serde_json::json!(24));
    assert_eq!(died["qualifier"], "at_least");
    assert_eq!(died["kind"], "count");
    for field in ["end", "value_max", "unit", "date", "subject", "sentence", "attribution"] {
        assert!(died.get(field).is_some(), "field {field} present");
    }
}

#[test]
fn csv_and_table_list_the_same_claims() {
    let Some(corpus) = common::seed_corpus() else {
        return;
    };
    let path = corpus.to_str().expect("utf-8 path");
    let jsonl = stdout(&tally(&["extract", path]));
    let csv_out = tally(&["extract", path, "--format", "csv"]);
    assert!(csv_out.status.success());
    let mut reader = csv::Reader::from_reader(csv_out.stdout.as_slice());
    let headers = reader.headers().expect("header row").clone();
    assert_eq!(headers.iter().collect::<Vec<_>>(), tally::output::CSV_COLUMNS.to_vec());
    let records: Vec<csv::StringRecord> = reader.records().map(|r| r.expect("valid csv row")).collect();
    assert_eq!(records.len(), jsonl.lines().count());
    let percent = records.iter().find(|r| &r[3] == "51 percent").expect("51 percent row");
    assert_eq!((&percent[4], &percent[5], &percent[7]), ("percent", "51", "percent"));
    let table = stdout(&tally(&["extract", path, "--format", "table"]));
    assert!(table.starts_with("DOC"));
    assert_eq!(table.lines().count(), records.len() + 1);
}

#[test]
fn unreadable_files_are_reported_and_skipped() {
    let dir = tempfile::tempdir().expect("temp dir");
    let root = dir.path();
    std::fs::create_dir(root.join("sub")).expect("mkdir");
    std::fs::write(root.join("good.txt"), "Café owners said 12 people came — 😀.").expect("write");
    std::fs::write(root.join("sub/nested.md"), "At least 7 boats.").expect("write");
    std::fs::write(root.join("binary.txt"), b"PK\x03\x04\x00\x00\x01garbage").expect("write");
    std::fs::write(root.join("latin1.txt"), b"Le caf\xe9 a servi 40 clients.").expect("write");
    std::fs::write(root.join("mojibake.txt"), b"bad \x81\x8d\x90 bytes 5").expect("write");
    std::fs::write(root.join("ignored.csv"), "1,2,3").expect("write");
    let out = tally(&["extract", root.to_str().expect("utf-8 path"), "--format", "csv"]);
    assert!(out.status.success(), "some files were readable: {}", stderr(&out));
    let err = stderr(&out);
    assert!(err.contains("binary.txt") && err.contains("binary"), "{err}");
    assert!(err.contains("mojibake.txt") && err.contains("not UTF-8"), "{err}");
    let text = stdout(&out);
    assert!(text.contains("good.txt,") && text.contains("sub/nested.md,") && text.contains("latin1.txt,"), "{text}");
    assert!(!text.contains("ignored.csv"));
}

#[test]
fn nothing_readable_is_a_failure() {
    let out = tally(&["extract", "/definitely/not/here"]);
    assert!(!out.status.success());
    assert!(stderr(&out).contains("no such file or folder"), "{}", stderr(&out));

    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::write(dir.path().join("only.txt"), b"\x00\x01\x02").expect("write");
    let out = tally(&["extract", dir.path().to_str().expect("utf-8 path")]);
    assert!(!out.status.success());
    assert!(stderr(&out).contains("no document could be read"));
}

#[test]
fn single_files_are_named_by_file_name() {
    let dir = tempfile::tempdir().expect("temp dir");
    let corpus = common::write_sample_corpus(dir.path());
    let file = std::fs::read_dir(&corpus)
        .expect("list")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .find(|p| p.extension().is_some_and(|e| e == "txt"))
        .expect("a txt");
    let out = tally(&["extract", file.to_str().expect("utf-8 path")]);
    assert!(out.status.success());
    let name = Path::new(&file).file_name().and_then(|n| n.to_str()).expect("name");
    let first: serde_json::Value = serde_json::from_str(stdout(&out).lines().next().expect("a claim")).expect("json");
    assert_eq!(first["doc"], name);
}

/// The headless build has no desk: without a subcommand it says so instead of opening a window.
#[cfg(not(feature = "gui"))]
#[test]
fn the_headless_build_explains_it_has_no_desk() {
    let out = tally(&[]);
    assert!(!out.status.success());
    assert!(stderr(&out).contains("no review desk"), "{}", stderr(&out));
}

#[test]
fn check_adds_quantities_origins_suggestions_and_arithmetic() {
    let dir = tempfile::tempdir().expect("temp dir");
    let corpus = common::write_sample_corpus(&dir.path().join("corpus"));
    let out = tally(&["check", corpus.to_str().expect("utf-8 path")]);
    assert!(out.status.success(), "{}", stderr(&out));
    let rows: Vec<serde_json::Value> =
        stdout(&out).lines().map(|l| serde_json::from_str(l).expect("each line is JSON")).collect();
    let extracted = tally(&["extract", corpus.to_str().expect("utf-8 path")]);
    assert_eq!(rows.len(), stdout(&extracted).lines().count(), "one row per claim, as extract lists them");
    for row in &rows {
        for field in ["group", "quantity", "origin", "suggestion", "reason", "consistency", "subject", "sentence"] {
            assert!(row.get(field).is_some(), "{field} in {row}");
        }
        assert!(
            ["corroborated", "conflicting", "unsourced"].contains(&row["suggestion"].as_str().expect("a suggestion"))
        );
    }
    // The toll: the Herald's "at least 14" shares its group with the Tarn Valley's 12.
    let herald = rows.iter().find(|r| r["text"] == "14").expect("14");
    let tarn = rows.iter().find(|r| r["text"] == "12").expect("12");
    assert!(herald["group"].is_u64());
    assert_eq!(herald["group"], tarn["group"]);
    assert_eq!(herald["suggestion"], "conflicting");
    assert!(herald["reason"].as_str().expect("reason").contains("this says at least 14"));
    // The wire retells the Herald: one origin.
    let wire = rows.iter().find(|r| r["doc"] == "04-regional-wire.txt").expect("wire");
    assert_eq!(wire["origin"], herald["origin"]);

    let csv = tally(&["check", corpus.to_str().expect("utf-8 path"), "--format", "csv"]);
    let header = stdout(&csv).lines().next().expect("header").to_owned();
    assert!(header.ends_with("group,quantity,origin,suggestion,reason,consistency"), "{header}");
    let table = tally(&["check", corpus.to_str().expect("utf-8 path"), "--format", "table"]);
    assert!(stdout(&table).lines().next().expect("header").contains("SUGGESTION"));
}

#[test]
fn new_stores_quantities_and_suggestions_in_the_project() {
    let dir = tempfile::tempdir().expect("temp dir");
    let corpus = common::write_sample_corpus(&dir.path().join("corpus"));
    let project = dir.path().join("review.ron");
    let out = tally(&["new", corpus.to_str().expect("utf-8"), "-o", project.to_str().expect("utf-8")]);
    assert!(out.status.success(), "{}", stderr(&out));
    let text = std::fs::read_to_string(&project).expect("written");
    assert!(text.contains("suggestion: Some(conflicting)"), "suggestions are stored");
    assert!(text.contains("quantity: Some(1)"), "quantities are stored");
}

#[test]
fn csv_listings_cannot_run_formulas() {
    let dir = tempfile::tempdir().unwrap();
    // A sentence that opens with a formula, behind a no-break space, and a full-width one.
    std::fs::write(
        dir.path().join("a.txt"),
        "\u{a0}=HYPERLINK(\"http://x\") said 24 people died.\n\n＋SUM(1) 300 were hurt.",
    )
    .unwrap();
    for command in ["extract", "check"] {
        let out = tally(&[command, dir.path().to_str().unwrap(), "--format", "csv"]);
        assert!(out.status.success(), "{}", stderr(&out));
        let mut reader = csv::Reader::from_reader(out.stdout.as_slice());
        let headers = reader.headers().unwrap().clone();
        let sentence = headers.iter().position(|h| h == "sentence").unwrap();
        let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
        assert!(rows.len() >= 2, "{command}");
        for row in &rows {
            assert!(row[sentence].starts_with('\''), "{command}: {:?}", &row[sentence]);
        }
    }
}

#[test]
fn utf8_with_a_stray_byte_stays_utf8_and_the_repair_is_reported() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("a.txt"),
        b"Repairs cost \xE2\x82\xAC45 million \xE2\x80\x94 the mayor\xFF said.".as_slice(),
    )
    .unwrap();
    let out = tally(&["extract", dir.path().to_str().unwrap()]);
    assert!(out.status.success());
    let claim: serde_json::Value = serde_json::from_str(stdout(&out).lines().next().unwrap()).unwrap();
    assert_eq!(claim["text"], "€45 million");
    assert_eq!(claim["kind"], "money");
    assert!(stderr(&out).contains("1 byte was not UTF-8"), "{}", stderr(&out));
}

#[test]
fn a_very_large_number_dense_document_is_listed_as_found_up_to_the_cap() {
    let dir = tempfile::tempdir().unwrap();
    // 1.08 MB of figures (over the 1 MiB listed claim by claim as found) and a small article.
    std::fs::write(dir.path().join("a-table.txt"), "$1 ".repeat(360_000)).unwrap();
    std::fs::write(dir.path().join("b.txt"), "At least 24 people died.").unwrap();
    let out = tally(&["extract", dir.path().to_str().unwrap(), "--format", "csv"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stderr(&out).contains("a-table.txt: only its first 250,000 figures are listed"), "{}", stderr(&out));
    let text = stdout(&out);
    let lines: Vec<&str> = text.lines().collect();
    let cap = tally::extract::MAX_CLAIMS_PER_DOCUMENT;
    assert_eq!(lines.len(), 1 + cap + 1, "header, the table's figures up to the cap, the article's claim");
    assert!(lines[1].starts_with("a-table.txt,0,2,$1,money"), "{}", lines[1]);
    assert!(lines.last().unwrap().starts_with("b.txt,"), "in document order");
}

#[test]
fn sizes_are_told_in_mib_and_a_line_break_in_a_name_cannot_break_a_table_row() {
    let dir = tempfile::tempdir().unwrap();
    // A sparse 65 MiB file: over the limit without writing 65 MiB.
    std::fs::File::create(dir.path().join("huge.txt")).unwrap().set_len(65 * 1024 * 1024).unwrap();
    #[cfg(unix)]
    std::fs::write(dir.path().join("two\nlines.txt"), "At least 24 people died.").unwrap();
    std::fs::write(dir.path().join("plain.txt"), "Some 300 were hurt.").unwrap();
    let out = tally(&["extract", dir.path().to_str().unwrap(), "--format", "table"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stderr(&out).contains("too large (65.0 MiB; the limit is 64 MiB)"), "{}", stderr(&out));
    let rows: Vec<String> = stdout(&out).lines().skip(1).map(str::to_owned).collect();
    let expected = if cfg!(unix) { 2 } else { 1 };
    assert_eq!(rows.len(), expected, "{rows:?}");
    #[cfg(unix)]
    assert!(rows.iter().any(|r| r.starts_with("two\\nlines.txt")), "{rows:?}");
}

#[test]
fn a_data_dump_lists_its_first_quarter_million_figures_and_says_so() {
    let dir = tempfile::tempdir().expect("temp dir");
    let corpus = dir.path().join("dump — é");
    std::fs::create_dir(&corpus).expect("mkdir");
    let cap = tally::extract::MAX_CLAIMS_PER_DOCUMENT;
    std::fs::write(corpus.join("table.txt"), "5% ".repeat(cap + 1_000)).expect("write");
    std::fs::write(corpus.join("news.txt"), "At least 24 people died, officials said.").expect("write");
    let out = Command::new(env!("CARGO_BIN_EXE_tally"))
        .args(["extract", "--format", "csv"])
        .arg(&corpus)
        .output()
        .expect("tally runs");
    assert!(out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("table.txt: only its first 250,000 figures are listed"), "{stderr}");
    assert!(!stderr.contains("news.txt"), "{stderr}");
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(stdout.lines().filter(|l| l.starts_with("table.txt,")).count(), cap);
    assert_eq!(stdout.lines().filter(|l| l.starts_with("news.txt,")).count(), 1);
}

#[test]
fn a_folder_named_twice_is_listed_once_and_a_namesake_elsewhere_is_listed() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (first, second) = (dir.path().join("first"), dir.path().join("second"));
    for (folder, text) in [(&first, "At least 24 people died — é."), (&second, "At least 28 people died 😀.")] {
        std::fs::create_dir(folder).expect("folder");
        std::fs::write(folder.join("a.txt"), text).expect("written");
    }
    let (first, second) = (first.to_str().expect("utf-8"), second.to_str().expect("utf-8"));
    let texts = |args: &[&str]| -> Vec<String> {
        let out = tally(args);
        assert!(out.status.success(), "{}", stderr(&out));
        stdout(&out)
            .lines()
            .map(|l| {
                serde_json::from_str::<serde_json::Value>(l).expect("JSON")["text"].as_str().unwrap_or("").to_owned()
            })
            .collect()
    };
    assert_eq!(texts(&["extract", first, first]), ["24"], "the same file, read twice, listed once");
    assert_eq!(texts(&["extract", first, second]), ["24", "28"], "same name, other text: both listed");
}
