//! Reviews that meet: `tally merge` as a real git merge driver, and `tally agree`.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // a failure here is the test failing

use std::path::Path;
use std::process::Command;

use tally::project::{Project, Verdict};

/// Runs git in `dir`, as a fixed person, failing the test if it cannot start.
fn git(dir: &Path, args: &[&str]) -> std::process::Output {
    Command::new("git")
        .args(["-c", "user.name=Test", "-c", "user.email=test@example.org", "-c", "init.defaultBranch=main"])
        .args(args)
        .current_dir(dir)
        .output()
        .expect("git runs")
}

/// Opens the project in `dir`, sets verdicts on claims (by index over the whole project) as
/// `reviewer`, and saves it.
fn judge(dir: &Path, verdicts: &[(usize, Verdict)], reviewer: &str) {
    let path = dir.join("review.ron");
    let (mut project, _) = Project::open(&path).expect("opens");
    for &(k, verdict) in verdicts {
        let c = project.documents.iter_mut().flat_map(|d| &mut d.claims).nth(k).expect("claim");
        c.verdict = verdict;
        c.edit(|w| {
            w.reviewer = Some(reviewer.into());
            w.reviewed_at = Some("2026-11-30T12:00:00Z".into());
        });
    }
    project.save(&path).expect("saves");
}

/// A repository with a corpus and a fresh project on `main`, the merge driver configured.
fn repository() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    let root = dir.path();
    std::fs::create_dir(root.join("corpus")).expect("mkdir");
    std::fs::write(root.join("corpus/a.txt"), "At least 24 people died. Over 2,000 were detained.").expect("write");
    std::fs::write(root.join("corpus/b.txt"), "Some 300 were injured; 41 were freed.").expect("write");
    let (mut out, mut err) = (Vec::new(), Vec::new());
    assert_eq!(tally::cli::new_project(&root.join("corpus"), &root.join("review.ron"), false, &mut out, &mut err), 0);
    std::fs::write(root.join(".gitattributes"), "*.ron merge=tally\n").expect("write");
    assert!(git(root, &["init", "-q"]).status.success());
    let driver = format!("{} merge %O %A %B -o %A", env!("CARGO_BIN_EXE_tally"));
    assert!(git(root, &["config", "merge.tally.driver", &driver]).status.success());
    assert!(git(root, &["add", "."]).status.success());
    assert!(git(root, &["commit", "-q", "-m", "corpus and project"]).status.success());
    dir
}

fn verdicts(path: &Path) -> Vec<Verdict> {
    let text = std::fs::read_to_string(path).expect("read");
    let project = Project::parse(&text, path).expect("a valid project");
    project.documents.iter().flat_map(|d| &d.claims).map(|c| c.verdict).collect()
}

#[test]
fn git_merges_two_reviewers_claim_by_claim() {
    let repo = repository();
    let root = repo.path();
    assert!(git(root, &["checkout", "-q", "-b", "ana"]).status.success());
    judge(root, &[(0, Verdict::Corroborated), (2, Verdict::Unsourced)], "ana");
    assert!(git(root, &["commit", "-q", "-am", "ana"]).status.success());
    assert!(git(root, &["checkout", "-q", "main"]).status.success());
    judge(root, &[(1, Verdict::Conflicting), (2, Verdict::Unsourced)], "ben");
    assert!(git(root, &["commit", "-q", "-am", "ben"]).status.success());
    let merged = git(root, &["merge", "-q", "--no-edit", "ana"]);
    assert!(merged.status.success(), "no disagreement: a clean merge ({})", String::from_utf8_lossy(&merged.stderr));
    let v = verdicts(&root.join("review.ron"));
    assert_eq!(v[..3], [Verdict::Corroborated, Verdict::Conflicting, Verdict::Unsourced]);
    let text = std::fs::read_to_string(root.join("review.ron")).expect("read");
    assert!(!text.contains("<<<<<<<") && !text.contains(">>>>>>>"), "never text conflict markers");
}

#[test]
fn a_disagreement_stops_the_merge_and_keeps_both_verdicts_in_a_valid_project() {
    let repo = repository();
    let root = repo.path();
    assert!(git(root, &["checkout", "-q", "-b", "ana"]).status.success());
    judge(root, &[(0, Verdict::Corroborated)], "ana");
    assert!(git(root, &["commit", "-q", "-am", "ana"]).status.success());
    assert!(git(root, &["checkout", "-q", "main"]).status.success());
    judge(root, &[(0, Verdict::Conflicting)], "ben");
    assert!(git(root, &["commit", "-q", "-am", "ben"]).status.success());
    let merged = git(root, &["merge", "-q", "--no-edit", "ana"]);
    assert!(!merged.status.success(), "a disagreement is left for a person");
    let path = root.join("review.ron");
    let text = std::fs::read_to_string(&path).expect("read");
    assert!(!text.contains("<<<<<<<"), "never text conflict markers");
    let project = Project::parse(&text, &path).expect("a valid project");
    let c = &project.documents[0].claims[0];
    assert_eq!((c.verdict, c.reviewer()), (Verdict::Conflicting, Some("ben")), "ours stands");
    let other = c.disagreement().expect("theirs is kept");
    assert_eq!((other.verdict, other.reviewer.as_deref()), (Verdict::Corroborated, Some("ana")));
}

#[test]
fn merge_refuses_what_is_not_a_project_and_writes_nothing() {
    let dir = tempfile::tempdir().expect("temp dir");
    let bad = dir.path().join("bad.ron");
    std::fs::write(&bad, "not a project").expect("write");
    let (mut out, mut err) = (Vec::new(), Vec::new());
    let status = tally::cli::merge(&bad, &bad, &bad, None, &mut out, &mut err);
    assert_eq!(status, tally::cli::EXIT_UNREADABLE);
    assert_eq!(std::fs::read_to_string(&bad).expect("read"), "not a project", "nothing written");
    assert!(String::from_utf8_lossy(&err).contains("nothing was merged"));
}

#[test]
fn agree_reports_agreement_kappa_and_disagreements_as_json() {
    let repo = repository();
    let root = repo.path();
    let a = root.join("a.ron");
    let b = root.join("b.ron");
    std::fs::copy(root.join("review.ron"), &a).expect("copy");
    // Four claims: both corroborate one, both find one conflicting, and they differ on two.
    judge(
        root,
        &[(0, Verdict::Corroborated), (1, Verdict::Conflicting), (2, Verdict::Corroborated), (3, Verdict::Unsourced)],
        "ana",
    );
    std::fs::rename(root.join("review.ron"), &a).expect("move");
    std::fs::copy(root.join("a.ron"), root.join("review.ron")).expect("copy");
    judge(
        root,
        &[(0, Verdict::Corroborated), (1, Verdict::Conflicting), (2, Verdict::Conflicting), (3, Verdict::Corroborated)],
        "ben",
    );
    std::fs::rename(root.join("review.ron"), &b).expect("move");
    let (mut out, mut err) = (Vec::new(), Vec::new());
    assert_eq!(
        tally::cli::agree(&a, &b, tally::cli::AgreeFormat::Json, &mut out, &mut err),
        0,
        "{}",
        String::from_utf8_lossy(&err)
    );
    let json: serde_json::Value = serde_json::from_slice(&out).expect("JSON");
    assert_eq!(json["compared"], 4);
    assert_eq!(json["agreement"], 0.5);
    // a: 2 corroborated, 1 conflicting, 1 unsourced; b: 2, 2, 0 → expected (4 + 2 + 0)/16.
    let expected = 6.0 / 16.0;
    let kappa = json["kappa"].as_f64().expect("kappa");
    assert!((kappa - (0.5 - expected) / (1.0 - expected)).abs() < 1e-12, "{kappa}");
    let disagreements = json["disagreements"].as_array().expect("list");
    assert_eq!(disagreements.len(), 2);
    assert_eq!(disagreements[0]["a_verdict"], "corroborated");
    assert_eq!(disagreements[0]["b_verdict"], "conflicting");
}

#[test]
fn the_csv_names_the_reviewer_the_evidence_and_the_other_side() {
    let fixture = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/v6/review.ron");
    let (project, _) = Project::open(&fixture).expect("opens");
    let mut bytes = Vec::new();
    tally::export::write_csv(&project, &mut bytes, tally::export::Flavour::Plain).expect("csv");
    let mut reader = csv::Reader::from_reader(bytes.as_slice());
    let headers: Vec<String> = reader.headers().expect("headers").iter().map(str::to_owned).collect();
    let column = |name: &str| headers.iter().position(|h| h == name).unwrap_or_else(|| panic!("{name}"));
    let row = reader.records().map(|r| r.expect("row")).find(|r| &r[column("claim_id")] == "5").expect("claim 5");
    assert_eq!(&row[column("reviewer")], "Ana Ruiz");
    assert_eq!(&row[column("evidence")], "https://coastguard.example/log/2026-11-28");
    assert_eq!(&row[column("other_verdict")], "conflicting");
    assert_eq!(&row[column("other_reviewer")], "Ben Okafor");
}

/// The schema.org terms a ClaimReview of ours may use: expanding each key against the
/// `@context` must land on a schema.org property or type (a typo would not).
const SCHEMA_TERMS: [&str; 16] = [
    "@context",
    "@type",
    "claimReviewed",
    "itemReviewed",
    "appearance",
    "author",
    "name",
    "url",
    "datePublished",
    "reviewRating",
    "ratingValue",
    "bestRating",
    "worstRating",
    "alternateName",
    "ClaimReview",
    "Claim",
];

fn keys_are_schema_terms(value: &serde_json::Value) {
    match value {
        serde_json::Value::Object(map) => {
            for (k, v) in map {
                assert!(SCHEMA_TERMS.contains(&k.as_str()), "{k} is not a schema.org term we use");
                keys_are_schema_terms(v);
            }
        }
        serde_json::Value::Array(items) => items.iter().for_each(keys_are_schema_terms),
        _ => {}
    }
}

#[test]
fn claimreview_export_has_what_schema_org_and_google_require() {
    let fixture = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/v6/review.ron");
    let dir = tempfile::tempdir().expect("temp dir");
    let out_path = dir.path().join("reviews.jsonld");
    let publisher = tally::claimreview::Publisher {
        organization: Some("Desk Check".into()),
        url: Some("https://deskcheck.example/alder-storm".into()),
    };
    let (mut out, mut err) = (Vec::new(), Vec::new());
    let status = tally::cli::export_claimreview(&fixture, &out_path, &publisher, false, &mut out, &mut err);
    assert_eq!(status, 0, "{}", String::from_utf8_lossy(&err));
    let json: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&out_path).expect("read")).expect("JSON");
    let reviews = json.as_array().expect("an array of reviews");
    let (project, _) = Project::open(&fixture).expect("opens");
    let reviewed =
        project.documents.iter().flat_map(|d| &d.claims).filter(|c| c.verdict != Verdict::Unreviewed).count();
    assert_eq!(reviews.len(), reviewed, "one per reviewed claim");
    for r in reviews {
        assert_eq!(r["@context"], "https://schema.org");
        assert_eq!(r["@type"], "ClaimReview");
        // Google's fact-check markup requires these three.
        assert!(r["claimReviewed"].as_str().is_some_and(|s| !s.is_empty()));
        assert_eq!(r["url"], "https://deskcheck.example/alder-storm");
        let rating = &r["reviewRating"];
        assert_eq!(rating["@type"], "Rating");
        assert!(rating["alternateName"].as_str().is_some());
        let value = rating["ratingValue"].as_u64().expect("numeric rating");
        assert!((rating["worstRating"].as_u64().unwrap()..=rating["bestRating"].as_u64().unwrap()).contains(&value));
        assert_eq!(r["author"]["name"], "Desk Check");
        assert_eq!(r["itemReviewed"]["@type"], "Claim");
        keys_are_schema_terms(r);
    }
    let corroborated = reviews.iter().find(|r| r["reviewRating"]["alternateName"] == "Corroborated").expect("one");
    assert_eq!(corroborated["datePublished"], "2026-11-30");
    // Nothing invented: without a publisher the author and url are left out (and it says so).
    let bare = dir.path().join("bare.jsonld");
    let (mut out, mut err) = (Vec::new(), Vec::new());
    let nobody = tally::claimreview::Publisher::default();
    assert_eq!(tally::cli::export_claimreview(&fixture, &bare, &nobody, false, &mut out, &mut err), 0);
    let json: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(&bare).expect("read")).expect("JSON");
    assert!(json[0].get("author").is_none() && json[0].get("url").is_none());
    assert!(String::from_utf8_lossy(&err).contains("no --url"));
}

#[test]
fn agree_over_three_reviews_gives_fleiss_kappa() {
    let repo = repository();
    let root = repo.path();
    let fresh = root.join("fresh.ron");
    std::fs::copy(root.join("review.ron"), &fresh).expect("copy");
    let mut paths = Vec::new();
    // Three reviewers, four claims: unanimous on the first two, split on the others.
    for (name, verdicts) in [
        ("ana", [Verdict::Corroborated, Verdict::Conflicting, Verdict::Corroborated, Verdict::Unsourced]),
        ("ben", [Verdict::Corroborated, Verdict::Conflicting, Verdict::Conflicting, Verdict::Unsourced]),
        ("cho", [Verdict::Corroborated, Verdict::Conflicting, Verdict::Corroborated, Verdict::Corroborated]),
    ] {
        std::fs::copy(&fresh, root.join("review.ron")).expect("copy");
        judge(root, &verdicts.iter().copied().enumerate().collect::<Vec<_>>(), name);
        let path = root.join(format!("{name}.ron"));
        std::fs::rename(root.join("review.ron"), &path).expect("move");
        paths.push(path);
    }
    let (mut out, mut err) = (Vec::new(), Vec::new());
    let status = tally::cli::agree_many(&paths, tally::cli::AgreeFormat::Json, &mut out, &mut err);
    assert_eq!(status, 0, "{}", String::from_utf8_lossy(&err));
    let json: serde_json::Value = serde_json::from_slice(&out).expect("JSON");
    assert_eq!(json["reviews"], 3);
    assert_eq!(json["compared"], 4);
    assert_eq!(json["unanimous"], 0.5);
    assert_eq!(json["disagreements"].as_array().map(Vec::len), Some(2));
    // Counts per claim (corroborated, conflicting, unsourced): [3,0,0] [0,3,0] [2,1,0] [1,0,2].
    let expected =
        tally::agreement::fleiss(&[vec![3, 0, 0], vec![0, 3, 0], vec![2, 1, 0], vec![1, 0, 2]]).expect("defined");
    assert!((json["kappa"].as_f64().expect("kappa") - expected).abs() < 1e-12);
}
