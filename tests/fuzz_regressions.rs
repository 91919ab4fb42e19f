//! Every input a fuzz target ever crashed on (and a seed per target), replayed through the same
//! checks as the targets in `fuzz/fuzz_targets/`, so a fixed crash stays fixed. `fuzz/run.sh`
//! files new ones in `fuzz/regressions/<target>/`.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // a failure here is the test failing

use std::path::{Path, PathBuf};

fn cases(target: &str) -> Vec<(PathBuf, Vec<u8>)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz/regressions").join(target);
    let mut found: Vec<(PathBuf, Vec<u8>)> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.is_file())
        .map(|p| {
            let bytes = std::fs::read(&p).unwrap();
            (p, bytes)
        })
        .collect();
    found.sort();
    assert!(!found.is_empty(), "{} holds no case (not even its seed)", dir.display());
    found
}

fn check_claims(text: &str) -> usize {
    let mut last_end = 0;
    let claims = tally::extract::extract(text);
    for claim in &claims {
        assert!(claim.start() >= last_end && claim.start() < claim.end());
        assert!(text.is_char_boundary(claim.start()) && text.is_char_boundary(claim.end()));
        assert_eq!(&text[claim.start()..claim.end()], claim.text);
        last_end = claim.end();
    }
    claims.len()
}

#[test]
fn extract_cases() {
    let mut claims = 0;
    for (_, bytes) in cases("extract") {
        if let Ok(text) = std::str::from_utf8(&bytes) {
            claims += check_claims(text);
        }
    }
    assert!(claims > 0, "the seed article has claims");
}

#[test]
fn decode_cases() {
    for (path, bytes) in cases("decode") {
        if let Ok((text, _)) = tally::corpus::decode(&bytes) {
            assert!(!text.contains('\0'), "{}", path.display());
            check_claims(&text);
        }
    }
}

#[test]
fn project_cases() {
    let mut loaded = 0;
    for (_, bytes) in cases("project") {
        let Ok(text) = std::str::from_utf8(&bytes) else { continue };
        let path = Path::new("fuzz.ron");
        let Ok(project) = tally::project::Project::parse(text, path) else { continue };
        let again = project.to_ron(path).expect("a loaded project saves");
        let reloaded = tally::project::Project::parse(&again, path).expect("what was saved loads");
        assert_eq!(reloaded.documents.len(), project.documents.len());
        assert_eq!(reloaded.claim_count(), project.claim_count());
        loaded += 1;
    }
    assert!(loaded > 0, "the seed project loads");
}
