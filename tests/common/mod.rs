//! Helpers shared by the integration tests.
#![allow(dead_code)]

pub mod claim_table;
pub mod compare;

use std::path::{Path, PathBuf};

/// The real seed corpus (`../shared/corpus/venezuela-2024`, or `TALLY_SEED_CORPUS`), which lives
/// outside the repository. `None`, with a printed notice, when it is absent, so a fresh clone
/// still passes; with `TALLY_REQUIRE_SEED_CORPUS=1` (as in CI) its absence fails the test.
pub fn seed_corpus() -> Option<PathBuf> {
    let path = std::env::var_os("TALLY_SEED_CORPUS").map_or_else(
        || PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus/venezuela-2024"),
        PathBuf::from,
    );
    if path.is_dir() {
        return Some(path);
    }
    let required = std::env::var("TALLY_REQUIRE_SEED_CORPUS").is_ok_and(|v| v == "1");
    assert!(!required, "seed corpus not found at {} (TALLY_REQUIRE_SEED_CORPUS=1)", path.display());
    // Straight to stderr, not through `eprintln!`, which the test harness captures and hides.
    let notice = format!("notice: seed corpus not found at {}; skipping (set TALLY_SEED_CORPUS)\n", path.display());
    std::io::Write::write_all(&mut std::io::stderr(), notice.as_bytes()).ok();
    None
}

/// Writes the built-in sample's articles (the project's own texts) into `dir`; returns `dir`.
pub fn write_sample_corpus(dir: &Path) -> PathBuf {
    std::fs::create_dir_all(dir).expect("mkdir");
    for doc in tally::sample::documents() {
        std::fs::write(dir.join(&doc.path), &doc.text).expect("write");
    }
    dir.to_owned()
}
