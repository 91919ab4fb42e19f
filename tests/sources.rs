//! Documents as sources: metadata from front matter, `sources.csv` and guesses, in that order;
//! front matter off the text with offsets still exact; other files listed as skipped; the CLI's
//! JSON names each claim's source.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::too_many_lines)] // a failure here is the test failing

use std::path::Path;
use std::process::Command;

use tally::corpus;
use tally::metadata::{FieldName, Origin};

fn write(dir: &Path, name: &str, text: &str) {
    std::fs::write(dir.join(name), text).expect("write");
}

/// A folder with one article of each kind of source, and a PDF.
fn mixed_folder(dir: &Path) {
    write(
        dir,
        "a.md",
        "---\ntitle: Harbour closed after storm — “worst in decades”\noutlet: Harbour Gazette\nurl: https://harbour-gazette.example/storm\npublished: 2024-06-02\nauthor: Ana Ruiz\n---\nAt least 9 people died, the coastguard said. Café owners counted 40 boats.",
    );
    write(dir, "b.txt", "Port stays shut\nMore than 1,200 residents were evacuated on Friday.");
    write(
        dir,
        "c.txt",
        "Alder storm toll rises to 11\nPORT ALDER, June 3 (Reuters) - The toll rose to 11 on Saturday.",
    );
    write(
        dir,
        "sources.csv",
        "file,title,outlet,url,published,author\nb.txt,Port of Alder stays shut,Coast Wire,https://coastwire.example/b,2024-06-02,\na.md,Ignored: front matter wins,Other,,,\n",
    );
    std::fs::write(dir.join("report.pdf"), b"%PDF-1.7 not an article").expect("write");
    write(
        dir,
        "d.html",
        r#"<html><head><meta property="og:site_name" content="Alder Daily"><meta property="og:title" content="Harbour reopens"><link rel="canonical" href="https://alderdaily.example/reopens"><meta property="article:published_time" content="2024-06-09"></head><body><nav>Home · 10 sections</nav><article><h1>Harbour reopens</h1><p>The harbour reopened on June 9 after 7 days.</p></article></body></html>"#,
    );
}

#[test]
fn each_field_comes_from_the_first_source_that_knows_it() {
    let dir = tempfile::tempdir().expect("temp dir");
    mixed_folder(dir.path());
    let corpus = corpus::load(dir.path()).expect("load");
    let doc = |p: &str| corpus.documents.iter().find(|d| d.path == p).unwrap_or_else(|| panic!("{p}"));

    let a = doc("a.md");
    assert_eq!(a.metadata.value(FieldName::Outlet), Some("Harbour Gazette"), "front matter beats sources.csv");
    assert_eq!(a.metadata.title.as_ref().map(|f| f.origin), Some(Origin::FrontMatter));
    assert_eq!(a.metadata.value(FieldName::Author), Some("Ana Ruiz"));
    assert!(a.text.starts_with("At least 9"), "front matter is off the text: {:?}", a.text);
    for claim in tally::extract::extract(&a.text) {
        assert_eq!(&a.text[claim.start()..claim.end()], claim.text, "offsets are into the text shown");
    }

    let b = doc("b.txt");
    assert_eq!(b.metadata.value(FieldName::Title), Some("Port of Alder stays shut"), "sources.csv beats a guess");
    assert_eq!(
        b.metadata.outlet.as_ref().map(|f| (f.value.as_str(), f.origin)),
        Some(("Coast Wire", Origin::SourcesCsv))
    );
    assert_eq!(b.metadata.value(FieldName::Published), Some("2024-06-02"));

    let c = doc("c.txt");
    assert_eq!(
        c.metadata.title.as_ref().map(|f| (f.value.as_str(), f.origin)),
        Some(("Alder storm toll rises to 11", Origin::Guess))
    );
    assert_eq!(c.metadata.value(FieldName::Outlet), Some("Reuters"), "the agency in the dateline");
    assert_eq!(c.metadata.display_name("c.txt"), "Reuters — Alder storm toll rises to 11");

    let d = doc("d.html");
    assert_eq!(d.metadata.display_name("d.html"), "Alder Daily — Harbour reopens", "a saved page's own tags");
    assert_eq!(d.text, "Harbour reopens\n\nThe harbour reopened on June 9 after 7 days.");

    let skipped: Vec<&str> = corpus.skipped.iter().map(|s| s.path.as_str()).collect();
    assert_eq!(skipped, ["report.pdf"], "a PDF is listed, sources.csv is not an article to skip");
}

#[test]
fn a_project_cites_a_claim_with_its_source() {
    let dir = tempfile::tempdir().expect("temp dir");
    mixed_folder(dir.path());
    let project = tally::project::Project::from_corpus(&corpus::load(dir.path()).expect("load"));
    let citation = project.citation(tally::project::ClaimRef { doc: 0, claim: 0 }).expect("a claim");
    assert_eq!(
        citation,
        "“At least 9 people died, the coastguard said.” — Harbour Gazette, “Harbour closed after storm — “worst in decades””, 2 June 2024, https://harbour-gazette.example/storm"
    );
}

#[test]
fn the_csv_names_each_claims_source_and_keeps_dates_in_their_own_column() {
    let dir = tempfile::tempdir().expect("temp dir");
    mixed_folder(dir.path());
    let project = tally::project::Project::from_corpus(&corpus::load(dir.path()).expect("load"));
    let mut bytes = Vec::new();
    tally::export::write_csv(&project, &mut bytes, tally::export::Flavour::Plain).expect("csv");
    let mut reader = csv::Reader::from_reader(bytes.as_slice());
    let headers = reader.headers().expect("headers").clone();
    let column = |name: &str| headers.iter().position(|h| h == name).unwrap_or_else(|| panic!("no {name}"));
    let rows: Vec<csv::StringRecord> = reader.records().map(|r| r.expect("row")).collect();
    let june_9 = rows.iter().find(|r| &r[column("text")] == "June 9").expect("the date claim");
    assert_eq!(&june_9[column("date")], "--06-09");
    assert_eq!(&june_9[column("unit")], "", "a date is not a unit");
    assert_eq!(&june_9[column("outlet")], "Alder Daily");
    assert_eq!(&june_9[column("title")], "Harbour reopens");
    assert_eq!(&june_9[column("url")], "https://alderdaily.example/reopens");
    assert_eq!(&june_9[column("published")], "2024-06-09");
}

#[test]
fn extract_names_each_claims_source_and_the_skipped_pdf() {
    let dir = tempfile::tempdir().expect("temp dir");
    mixed_folder(dir.path());
    let out = Command::new(env!("CARGO_BIN_EXE_tally"))
        .args(["extract", dir.path().to_str().expect("utf-8")])
        .output()
        .expect("tally runs");
    assert!(out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("report.pdf") && stderr.contains("not an article"), "{stderr}");
    let rows: Vec<serde_json::Value> =
        String::from_utf8(out.stdout).expect("utf-8").lines().map(|l| serde_json::from_str(l).expect("json")).collect();
    let first = rows.iter().find(|r| r["doc"] == "a.md").expect("a claim of a.md");
    assert_eq!(first["doc_outlet"], "Harbour Gazette");
    assert_eq!(first["doc_title"], "Harbour closed after storm — “worst in decades”");
    assert_eq!(first["doc_url"], "https://harbour-gazette.example/storm");
    assert_eq!(first["doc_published"], "2024-06-02");
    let page = rows.iter().find(|r| r["doc"] == "d.html").expect("a claim of d.html");
    assert_eq!(
        (&page["doc_outlet"], &page["doc_title"]),
        (&serde_json::json!("Alder Daily"), &serde_json::json!("Harbour reopens"))
    );
    assert_eq!(page["doc_published"], "2024-06-09");
    let guessed = rows.iter().find(|r| r["doc"] == "c.txt").expect("a claim of c.txt");
    assert_eq!(guessed["doc_outlet"], "Reuters");
    assert!(guessed["doc_url"].is_null());
}
