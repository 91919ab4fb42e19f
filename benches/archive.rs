//! An archive's worth of work, timed end to end on the synthetic archive (10,000 articles, about
//! 280,000 claims; `TALLY_ARCHIVE_ARTICLES` for another size): opening the corpus (read on every
//! core, then every claim found), comparing it, saving the project and loading it again.
//! Prints wall times (median of `RUNS`); `cargo bench --bench archive`.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // a measuring tool: failing loudly is its error handling

#[path = "support/archive.rs"]
mod archive;

use std::time::{Duration, Instant};

use tally::compare::Comparison;
use tally::progress::Progress;
use tally::project::Project;

const RUNS: usize = 5;

fn median(what: &str, mut run: impl FnMut()) {
    let mut times: Vec<Duration> = (0..RUNS)
        .map(|_| {
            let started = Instant::now();
            run();
            started.elapsed()
        })
        .collect();
    times.sort();
    println!(
        "{what:<44} median {:>7.3} s   (fastest {:.3} s, slowest {:.3} s)",
        times[RUNS / 2].as_secs_f64(),
        times[0].as_secs_f64(),
        times[RUNS - 1].as_secs_f64()
    );
}

/// The program's allocator (`main.rs`), so these figures are the program's.
#[cfg(target_os = "linux")]
#[global_allocator]
static ALLOCATOR: tally::allocator::Allocator = tally::allocator::Allocator;

fn main() {
    tally::allocator::tune(tally::allocator::Run::Command);
    let count: usize = std::env::var("TALLY_ARCHIVE_ARTICLES").ok().and_then(|n| n.parse().ok()).unwrap_or(10_000);
    let dir = tempfile::tempdir().unwrap();
    let corpus_dir = dir.path().join("archive");
    std::fs::create_dir(&corpus_dir).unwrap();
    let mut bytes = 0;
    for (name, text) in archive::articles(count, 1) {
        bytes += text.len();
        std::fs::write(corpus_dir.join(name), text).unwrap();
    }
    let corpus = tally::corpus::load(&corpus_dir).unwrap();
    let mut project = Project::from_corpus(&corpus);
    println!(
        "{count} articles, {:.1} MB, {} claims, {} cores",
        bytes as f64 / 1e6,
        project.claim_count(),
        std::thread::available_parallelism().map_or(1, usize::from)
    );
    median("open the corpus (read, find every claim)", || {
        let progress = Progress::default();
        let corpus = tally::corpus::load_with(&corpus_dir, &progress).unwrap();
        std::hint::black_box(Project::from_corpus_with(&corpus, &progress).unwrap());
    });
    median("compare the corpus (quantities, suggestions)", || {
        std::hint::black_box(Comparison::of_project(&project));
    });
    Comparison::of_project(&project).record_in(&mut project);
    // One claim in a hundred judged, so the file holds reviewed claims too.
    for doc in project.documents.iter_mut().step_by(4) {
        if let Some(c) = doc.claims.first_mut() {
            c.verdict = tally::project::Verdict::Corroborated;
            c.edit(|w| w.note = "checked against the agency's release".into());
        }
    }
    let file = dir.path().join("review.ron");
    median("save the project", || project.write(&file).unwrap());
    println!("{:<44} {:.1} MB", "project file", std::fs::metadata(&file).unwrap().len() as f64 / 1e6);
    let text = std::fs::read_to_string(&file).unwrap();
    median("  of which parsing the file", || {
        std::hint::black_box(Project::parse(&text, &file).unwrap());
    });
    median("load the project (parse, re-read the corpus)", || {
        std::hint::black_box(Project::open(&file).unwrap());
    });
    reanchoring("16 KB article, 8,000 reviewed claims, all moved", &"1 ".repeat(8_000));
    let long: String = (0..300_000).map(|i| format!("L{i}: 7 ")).collect();
    reanchoring(&format!("{:.1} MB article, every reviewed claim moved", long.len() as f64 / 1e6), &long);
}

/// Opens a project whose one article changed under every reviewed claim (a byte inserted at its
/// top): the time to carry every verdict over.
fn reanchoring(what: &str, text: &str) {
    let dir = tempfile::tempdir().unwrap();
    let corpus_dir = dir.path().join("corpus");
    std::fs::create_dir(&corpus_dir).unwrap();
    std::fs::write(corpus_dir.join("a.txt"), text).unwrap();
    let mut project = Project::from_corpus(&tally::corpus::load(&corpus_dir).unwrap());
    for c in project.documents.iter_mut().flat_map(|d| &mut d.claims) {
        c.verdict = tally::project::Verdict::Corroborated;
    }
    let file = dir.path().join("review.ron");
    project.save(&file).unwrap();
    std::fs::write(corpus_dir.join("a.txt"), format!("x{text}")).unwrap();
    median(&format!("re-anchor: {what}"), || {
        let (opened, report) = Project::open(&file).unwrap();
        assert_eq!(report.stale_claims, 0);
        std::hint::black_box(opened);
    });
}
