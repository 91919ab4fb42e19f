//! Helpers shared by the integration tests.
#![allow(dead_code)]

use std::path::PathBuf;

/// The real seed corpus in `../shared/corpus/venezuela-2024` (override with `TALLY_SEED_CORPUS`).
pub fn seed_corpus() -> PathBuf {
    let path = std::env::var_os("TALLY_SEED_CORPUS").map_or_else(
        || PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus/venezuela-2024"),
        PathBuf::from,
    );
    assert!(path.is_dir(), "seed corpus not found at {} (set TALLY_SEED_CORPUS)", path.display());
    path
}

/// The peer suites in `../shared/peer-suites`, if present.
pub fn peer_suites() -> Option<PathBuf> {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/peer-suites");
    path.is_dir().then_some(path)
}
