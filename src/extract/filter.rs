//! Digits that are not claims: links, handles, e-mail addresses, phone numbers, times of day.
//!
//! Each test looks only at the whitespace-delimited chunk around the digits (bounded, so a
//! megabyte without spaces costs no more than a short one).

use super::bytes::{digits_end, skip_spaces};

/// How far either side of a number to look for the edges of its chunk.
const CHUNK_LIMIT_BYTES: usize = 256;

fn is_space(c: u8) -> bool {
    c.is_ascii_whitespace()
}

/// Bounds of the whitespace-delimited chunk around `i` (ASCII whitespace only).
pub fn chunk(b: &[u8], i: usize) -> (usize, usize) {
    let lo = i.saturating_sub(CHUNK_LIMIT_BYTES);
    let mut s = i;
    while s > lo && !is_space(b[s - 1]) {
        s -= 1;
    }
    let hi = (i + CHUNK_LIMIT_BYTES).min(b.len());
    let mut e = i;
    while e < hi && !is_space(b[e]) {
        e += 1;
    }
    (s, e)
}

/// Does the chunk look like a link, a domain, a handle, a hashtag or an e-mail address?
pub fn is_link_like(chunk: &[u8]) -> bool {
    if chunk.contains(&b'@') || memchr::memmem::find(chunk, b"://").is_some() {
        return true;
    }
    let trimmed = chunk.iter().position(|c| c.is_ascii_alphanumeric() || *c == b'#');
    if trimmed.is_some_and(|k| chunk[k] == b'#') {
        return true;
    }
    // A dot between letters ("twitter.com", "example.org/report-2024") makes it a domain, unless the
    // chunk is an abbreviation with a full stop ("U.S.").
    chunk
        .windows(3)
        .any(|w| w[0].is_ascii_alphabetic() && w[1] == b'.' && w[2].is_ascii_alphabetic() && w[2].is_ascii_lowercase())
}

/// If a phone number starts at `i` (digits, or "+"/"(" before them), where it ends.
pub fn phone_end(b: &[u8], i: usize) -> Option<usize> {
    let plus = i > 0 && matches!(b[i - 1], b'+' | b'(');
    let (mut n_groups, mut first, mut second, mut later_ok, mut digits) = (0usize, 0usize, 0usize, true, 0usize);
    let mut j = i;
    let mut end = i;
    loop {
        let e = digits_end(b, j);
        if e == j {
            break;
        }
        let len = e - j;
        match n_groups {
            0 => first = len,
            1 => second = len,
            _ => {}
        }
        if n_groups >= 1 && !(2..=4).contains(&len) {
            later_ok = false;
        }
        n_groups += 1;
        digits += len;
        end = e;
        // Separators inside a phone number: one of "-", ".", " ", ") ", ")".
        let mut k = e;
        if b.get(k) == Some(&b')') {
            k += 1;
        }
        let before_sep = k;
        if matches!(b.get(k), Some(b'-' | b'.')) {
            k += 1;
        } else {
            k = skip_spaces(b, k);
        }
        if (k == before_sep && k == e)
            || k - before_sep > 1
            || !b.get(k).is_some_and(u8::is_ascii_digit)
            || n_groups > 5
        {
            break;
        }
        j = k;
    }
    let shaped = n_groups >= 3 && later_ok && first <= 4 && digits >= 9;
    let local = n_groups == 2 && first == 3 && second == 4 && b.get(i + 3) == Some(&b'-');
    (shaped || local || (plus && digits >= 7 && n_groups >= 2)).then_some(end)
}

/// If a time of day ("10:30", "9:05 p.m.") starts at `i`, where it ends.
pub fn time_of_day_end(b: &[u8], i: usize) -> Option<usize> {
    let h_end = digits_end(b, i);
    if h_end - i > 2 || b.get(h_end) != Some(&b':') {
        return None;
    }
    let m_end = digits_end(b, h_end + 1);
    if m_end - h_end - 1 != 2 {
        return None;
    }
    let hours: u32 = std::str::from_utf8(&b[i..h_end]).ok()?.parse().ok()?;
    (hours <= 24).then_some(m_end)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn links() {
        assert!(is_link_like(b"pic.twitter.com/oQ0ugEOJO7"));
        assert!(is_link_like(b"example.org/report-2024"));
        assert!(is_link_like(b"(@MariaCorinaYA)"));
        assert!(is_link_like(b"#2024Elections"));
        assert!(!is_link_like(b"U.S."));
        assert!(!is_link_like(b"2,000"));
    }

    #[test]
    fn phones() {
        assert!(phone_end(b"555-123-4567", 0).is_some());
        assert!(phone_end(b"020 7946 0958", 0).is_some());
        assert!(phone_end(b"555-1234", 0).is_some());
        assert!(phone_end(b"40-50", 0).is_none());
        assert!(phone_end(b"2020-2024", 0).is_none());
    }
}
