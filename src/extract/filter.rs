//! Digits that are not claims: links, handles, e-mail addresses, phone numbers, times of day.
//!
//! Each test looks only at the whitespace-delimited chunk around the digits (bounded, so a
//! megabyte without spaces costs no more than a short one).

use super::bytes::{digits_end, skip_spaces};
use super::lexicon as lx;

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
    // Each sign below needs an "@", ":", "#" or "."; most numbers' chunks ("209", "(12)") hold
    // none, and are cleared at one look over their few bytes.
    if !chunk.iter().any(|c| matches!(c, b'@' | b':' | b'#' | b'.')) {
        return false;
    }
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

/// Longest line that can be page furniture ("Last updated March 3, 2019 10:04 GMT").
pub(crate) const FURNITURE_LINE_BYTES: usize = 100;

/// The lines of `text` short enough to be page furniture and holding a digit: where a page's own
/// date can stand. Lines are found with a vectorized search (this runs over every document as a
/// corpus is read).
pub(crate) fn stamp_lines(text: &str) -> impl Iterator<Item = &str> {
    let ends = memchr::memchr_iter(b'\n', text.as_bytes()).chain(std::iter::once(text.len()));
    let mut start = 0;
    ends.filter_map(move |end| {
        let line = &text[start..end];
        start = end + 1;
        (line.len() <= FURNITURE_LINE_BYTES && line.bytes().any(|b| b.is_ascii_digit())).then_some(line)
    })
}

/// Is the date at `[start, end)` page furniture: alone on its line, or with only a stamp or a
/// byline ("Last updated March 3, 2019", "Posted 14 Feb, 2021", "Print edition | June 2", "Monday,
/// 6 May 2013", "By Ana Ruiz, 4 April 2022")? Such a date is the page's, not a claim.
pub fn page_furniture(text: &str, start: usize, end: usize) -> bool {
    furniture_line(text, start, end, furniture_word, BYLINE)
}

/// Could a date on `line` be page furniture ([`page_furniture`])? `false` is certain: a word that
/// is none of a stamp's words, none of a date's own (a month, or anything with a digit) and, after
/// "By ", no name, stands outside any date on the line and rules the line out. Most short lines
/// with a digit are headlines ("Storm toll rises to 209"), no longer run through the scanner.
pub(crate) fn may_hold_furniture_date(line: &str) -> bool {
    let byline = line.trim_start().starts_with(BYLINE);
    stamp_words(line).all(|w| {
        w.bytes().any(|b| b.is_ascii_digit())
            || stamp_word_passes(w, byline, |low| furniture_word(low) || lx::month(low.trim_end_matches('.')).is_some())
    })
}

/// How an English byline starts: "By Ana Ruiz, 4 April 2022".
const BYLINE: &str = "By ";

/// The words of (part of) a stamp line as they are judged: runs of letters, digits, "." and ":".
fn stamp_words(s: &str) -> impl Iterator<Item = &str> {
    s.split(|c: char| !c.is_alphanumeric() && c != '.' && c != ':').filter(|w| !w.is_empty())
}

/// Does `accepts` take the stamp word `w` (lowered, without its trailing colons: "Updated:" is
/// "updated"), or is it a name after a byline?
fn stamp_word_passes(w: &str, byline: bool, accepts: impl Fn(&str) -> bool) -> bool {
    let low = if w.is_ascii() { w.to_ascii_lowercase() } else { w.to_lowercase() };
    accepts(low.trim_end_matches(':')) || (byline && w.chars().next().is_some_and(char::is_uppercase))
}

/// Is the date at `[start, end)` alone on a short line but for the words `furniture` accepts, clock
/// times, and (after `byline`, "By ") a name? The language-neutral half of `page_furniture`.
pub(crate) fn furniture_line(text: &str, start: usize, end: usize, furniture: fn(&str) -> bool, byline: &str) -> bool {
    let line_start = text[..start].rfind('\n').map_or(0, |p| p + 1);
    let line_end = text[end..].find('\n').map_or(text.len(), |p| end + p);
    if line_end - line_start > FURNITURE_LINE_BYTES {
        return false;
    }
    let before = &text[line_start..start];
    let after = &text[end..line_end];
    let byline = before.trim_start().starts_with(byline);
    stamp_words(before)
        .chain(stamp_words(after))
        .all(|w| stamp_word_passes(w, byline, |low| furniture(low) || clock(low)))
}

/// Words of a dateline stamp: "Last updated", "Posted", "Print edition", weekdays, time zones.
fn furniture_word(w: &str) -> bool {
    matches!(
        w,
        "last"
            | "first"
            | "updated"
            | "update"
            | "posted"
            | "published"
            | "modified"
            | "created"
            | "print"
            | "edition"
            | "on"
            | "at"
            | "by"
            | "monday"
            | "tuesday"
            | "wednesday"
            | "thursday"
            | "friday"
            | "saturday"
            | "sunday"
            | "mon"
            | "tue"
            | "tues"
            | "wed"
            | "thu"
            | "thurs"
            | "fri"
            | "sat"
            | "sun"
            | "gmt"
            | "utc"
            | "bst"
            | "cet"
            | "cest"
            | "est"
            | "edt"
            | "et"
            | "pt"
            | "pst"
            | "pdt"
            | "am"
            | "pm"
            | "a.m."
            | "p.m."
            | "a.m"
            | "p.m"
            | "updated:"
            | "published:"
            | "posted:"
            | "date:"
            | "date"
    )
}

/// "10:04", "10.04", "1004": a clock time in a stamp.
fn clock(w: &str) -> bool {
    let digits: String = w.chars().filter(char::is_ascii_digit).collect();
    (3..=4).contains(&digits.len()) && w.chars().all(|c| c.is_ascii_digit() || c == ':' || c == '.')
}

/// If a phone number starts at `i` (digits, or "+"/"(" before them), where it ends.
pub fn phone_end(b: &[u8], i: usize) -> Option<usize> {
    // "2024-07-30 08:00" has a phone's shape (four groups, ten digits): a date and a time.
    if iso_date_at(b, i).is_some() {
        return None;
    }
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

/// The year, month and day of an ISO date ("2024-07-30": four digits, a valid month and day, no
/// digit after) starting at `i`.
pub fn iso_date_at(b: &[u8], i: usize) -> Option<(u32, u32, u32)> {
    let d = b.get(i..i + 10).filter(|d| d[4] == b'-' && d[7] == b'-')?;
    let number = |r: std::ops::Range<usize>| {
        d[r].iter().try_fold(0, |n, &c| c.is_ascii_digit().then(|| n * 10 + u32::from(c - b'0')))
    };
    let (y, m, day) = (number(0..4)?, number(5..7)?, number(8..10)?);
    let valid = (1..=12).contains(&m) && (1..=31).contains(&day) && !b.get(i + 10).is_some_and(u8::is_ascii_digit);
    valid.then_some((y, m, day))
}

/// If a time of day starts at `i`, where it ends: "10:30", "07:41:00", "6.45 am", "5 pm",
/// "10 a.m.", "11.30pm", "9 o'clock".
pub fn time_of_day_end(b: &[u8], i: usize) -> Option<usize> {
    let h_end = digits_end(b, i);
    if h_end - i > 2 {
        return None;
    }
    let hours = two_digits(b, i, h_end)?;
    let mut end = h_end;
    let colon = b.get(h_end) == Some(&b':');
    if matches!(b.get(h_end), Some(b':' | b'.')) && b.get(h_end + 1).is_some_and(u8::is_ascii_digit) {
        let m_end = digits_end(b, h_end + 1);
        if m_end - h_end - 1 != 2 || two_digits(b, h_end + 1, m_end)? > 59 {
            return None;
        }
        end = m_end;
        // Seconds: "07:41:00".
        if colon && b.get(end) == Some(&b':') && digits_end(b, end + 1) == end + 3 {
            end += 3;
        }
        if colon {
            return (hours <= 24).then_some(end);
        }
        // "09.00 GMT": a clock with a dot, told by its time zone.
        let zone =
            super::bytes::next_word(b, end).filter(|w| w.0 == skip_spaces(b, end) && w.0 > end).is_some_and(|w| {
                matches!(
                    b[w.0..w.1].to_ascii_lowercase().as_slice(),
                    b"gmt" | b"utc" | b"bst" | b"cet" | b"est" | b"edt" | b"hrs"
                )
            });
        if zone && hours <= 24 {
            return Some(end);
        }
    }
    // "6.45 am", "5 pm", "10 a.m.", "11.30pm": a clock on the twelve-hour dial.
    let s = skip_spaces(b, end);
    let rest = b.get(s..).unwrap_or(&[]);
    // Most numbers are followed by neither: one look at the next byte rules both out.
    if !matches!(rest.first(), Some(b'a' | b'p' | b'A' | b'P' | b'o')) {
        return None;
    }
    let meridiem = [&b"a.m."[..], b"p.m.", b"am", b"pm", b"a.m", b"p.m", b"AM", b"PM", b"A.M.", b"P.M."]
        .iter()
        .find(|m| rest.starts_with(m) && !rest.get(m.len()).is_some_and(u8::is_ascii_alphanumeric))
        .map(|m| s + m.len());
    if let Some(m_end) = meridiem.filter(|_| (1..=12).contains(&hours)) {
        return Some(m_end);
    }
    // "9 o'clock".
    for oclock in [&b"o'clock"[..], "o’clock".as_bytes()] {
        if end == h_end && rest.starts_with(oclock) && (1..=12).contains(&hours) {
            return Some(s + oclock.len());
        }
    }
    None
}

/// The number written by the digits `b[s..e]` (one or two, as a clock's hours and minutes are).
fn two_digits(b: &[u8], s: usize, e: usize) -> Option<u32> {
    let digits = b.get(s..e).filter(|d| (1..=2).contains(&d.len()) && d.iter().all(u8::is_ascii_digit))?;
    Some(digits.iter().fold(0, |n, d| n * 10 + u32::from(d - b'0')))
}

/// Is `b[s..e]` a 24-hour clock time written "0915" (four digits, hours and minutes)?
pub fn hhmm(b: &[u8], s: usize, e: usize) -> bool {
    e - s == 4
        && b[s..e].iter().all(u8::is_ascii_digit)
        && two_digits(b, s, s + 2).is_some_and(|h| h <= 23)
        && two_digits(b, s + 2, e).is_some_and(|m| m <= 59)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_line_ruled_out_holds_no_furniture_date() {
        // The page's date as the scanner finds it on the line alone.
        let furniture_date = |line: &str| {
            crate::extract::scanner::Scanner::new(line)
                .any(|f| f.kind == crate::extract::Kind::Date && page_furniture(line, f.start, f.end))
        };
        for line in [
            "Last updated March 3, 2019 10:04 GMT",
            "Posted 14 Feb, 2021",
            "Print edition | June 2",
            "Monday, 6 May 2013",
            "By Ana Ruiz, 4 April 2022",
            "By ANA RUIZ · Nov. 26, 2024",
            "Published 7/30/2024 at 10:04 a.m. ET",
            "Updated: 2024-07-30 08:00",
            "Q3 2025",
            "28th July 2024",
            "2019",
            "Sept. 9, 2024",
        ] {
            assert!(furniture_date(line), "{line}: a stamp the scanner reads");
            assert!(may_hold_furniture_date(line), "{line}");
        }
        for line in [
            "Storm toll rises to 209",
            "Updated mid-2024",
            "At least 24 died on March 2.",
            "Café owners: 12 of them",
            "Posted 14 Feb, 2021 — 😀 news",
        ] {
            assert!(!furniture_date(line), "{line}");
            assert!(!may_hold_furniture_date(line), "{line}");
        }
    }

    #[test]
    fn stamp_lines_are_the_short_lines_with_a_digit() {
        let long = format!("Updated 3 March {}", "x".repeat(FURNITURE_LINE_BYTES));
        for text in ["", "\n", "3", "Headline\nMarch 3, 2019\n\nAt least 14 died.", "a 1\r\nb 2\n", &long, "é 1\n😀 2"]
        {
            let expected: Vec<&str> = text
                .split('\n')
                .filter(|l| l.len() <= FURNITURE_LINE_BYTES && l.bytes().any(|b| b.is_ascii_digit()))
                .collect();
            assert_eq!(stamp_lines(text).collect::<Vec<_>>(), expected, "{text:?}");
        }
    }

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
    fn times_of_day() {
        for (text, end) in [
            ("10:30 in", 5),
            ("07:41:00.", 8),
            ("6.45 am on", 7),
            ("5 pm.", 4),
            ("10 a.m. in", 7),
            ("11.30pm sharp", 7),
            ("9 o'clock", 9),
        ] {
            assert_eq!(time_of_day_end(text.as_bytes(), 0), Some(end), "{text}");
        }
        for text in ["6.45 million", "5 people", "13 pm", "3.5 percent"] {
            assert_eq!(time_of_day_end(text.as_bytes(), 0), None, "{text}");
        }
        assert!(hhmm(b"0915", 0, 4) && !hhmm(b"2460", 0, 4) && !hhmm(b"915", 0, 3));
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
