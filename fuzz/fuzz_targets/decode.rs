//! Fuzzes reading an article's bytes: any bytes decode to text or a reason, never a panic, and
//! decoded text keeps no NUL (binary is refused). `cargo +nightly fuzz run decode`.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok((text, _encoding)) = tally::corpus::decode(data) {
        assert!(!text.contains('\0'));
        // Whatever was decoded is a corpus document the engine can read.
        for claim in tally::extract::extract(&text) {
            assert!(text.is_char_boundary(claim.start) && text.is_char_boundary(claim.end));
        }
    }
});
