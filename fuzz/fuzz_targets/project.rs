//! Fuzzes loading a project file: any text is a project or a clear error, never a panic; a
//! project that loads saves again to text that loads to the same documents and claims.
//! `cargo +nightly fuzz run project`.
#![no_main]

use std::path::Path;

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let path = Path::new("fuzz.ron");
    let Ok(project) = tally::project::Project::parse(text, path) else {
        return;
    };
    let again = project.to_ron(path).expect("a loaded project saves");
    let reloaded = tally::project::Project::parse(&again, path).expect("what was saved loads");
    assert_eq!(reloaded.documents.len(), project.documents.len());
    assert_eq!(reloaded.claim_count(), project.claim_count());
});
