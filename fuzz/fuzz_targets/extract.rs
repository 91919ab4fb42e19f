//! Fuzzes the claim engine: any UTF-8 input, no panic, and every span a char-boundary slice.
//! Run with `cargo +nightly fuzz run extract` from the repository root (not part of CI).
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let mut last_end = 0;
    for claim in tally::extract::extract(text) {
        assert!(claim.start >= last_end && claim.start < claim.end);
        assert!(text.is_char_boundary(claim.start) && text.is_char_boundary(claim.end));
        assert_eq!(&text[claim.start..claim.end], claim.text);
        last_end = claim.end;
    }
});
