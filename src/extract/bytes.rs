//! Byte-level reading helpers shared by the grammar: words, spaces, dashes, numerals.
//!
//! All positions are byte offsets into UTF-8 text. Every helper only ever stops on ASCII bytes or on
//! the boundaries of the multi-byte characters it recognises, so the offsets it returns are always
//! char boundaries.

/// Is this byte part of an ASCII word (letter or digit)?
#[inline]
pub fn is_alnum(b: u8) -> bool {
    b.is_ascii_alphanumeric()
}

#[cfg(test)]
mod lower_tests {
    use super::{Lower, letters_end, skip_spaces, skip_spaces_back};

    #[test]
    fn spaces_are_skipped_backward_as_forward() {
        // Spaces, tabs, no-break, thin and narrow no-break spaces; never a line break, and never
        // the tail of another character that ends in the same byte ("à" ends in 0xA0).
        let text = "a \t\u{a0}\u{2009}\u{202f} b\n \u{a0}à\u{a0}\u{2009}x é \u{2009}";
        let b = text.as_bytes();
        for end in (0..=b.len()).filter(|&i| text.is_char_boundary(i)) {
            let back = skip_spaces_back(b, end);
            assert!(text.is_char_boundary(back), "{end}");
            assert!(back <= end && skip_spaces(b, back) >= end, "{end}: only spaces between {back} and it");
            let before = super::prev_char(text, back);
            assert!(!matches!(before, Some(' ' | '\t' | '\u{a0}' | '\u{2009}' | '\u{202f}')), "{end}: stopped early");
        }
    }

    #[test]
    fn letters_end_reads_eight_bytes_at_a_time_as_it_would_one_by_one() {
        let one_by_one = |b: &[u8], mut i: usize| {
            while i < b.len() && b[i].is_ascii_alphabetic() {
                i += 1;
            }
            i
        };
        // Every byte value after a run of letters of every length up to twenty.
        for stop in 0..=255u8 {
            for run in 0..20 {
                let mut b = vec![b'q'; run];
                b.push(stop);
                b.extend_from_slice(b"zzzzzzzzzz");
                assert_eq!(letters_end(&b, 0), one_by_one(&b, 0), "run {run}, then byte {stop:#x}");
            }
        }
        let text = "Officials SAID… café 24 [Zed]@`{ wordswordswords—é 😀 שלום".as_bytes();
        for i in 0..text.len() {
            assert_eq!(letters_end(text, i), one_by_one(text, i), "at {i}");
        }
    }

    #[test]
    fn lower_keeps_ascii_words_and_empties_the_rest() {
        let text = "Said CAFÉ aBc".as_bytes();
        assert_eq!(Lower::new(text, 0, 4).as_str(), "said");
        assert_eq!(Lower::new(text, 5, 10).as_str(), "", "a non-ASCII word matches nothing");
        assert_eq!(Lower::new(text, 11, 14).as_str(), "abc");
        assert_eq!(Lower::new(&[b'a'; 30], 0, 30).as_str(), "", "too long");
    }
}

/// The char ending right before `i`, if any.
pub fn prev_char(text: &str, i: usize) -> Option<char> {
    text[..i].chars().next_back()
}

/// The char starting at `i`, if any.
pub fn char_at(text: &str, i: usize) -> Option<char> {
    text.get(i..)?.chars().next()
}

/// The char starting at `i` and its length in bytes, if any; ASCII read without decoding (for the
/// word walks that run over every subject and source).
pub fn char_and_len_at(text: &str, i: usize) -> Option<(char, usize)> {
    match text.as_bytes().get(i) {
        Some(&c) if c.is_ascii() => Some((char::from(c), 1)),
        Some(_) => char_at(text, i).map(|c| (c, c.len_utf8())),
        None => None,
    }
}

/// Is the character before `i` a letter or digit (in any script)?
pub fn word_char_before(text: &str, i: usize) -> bool {
    let b = text.as_bytes();
    if i == 0 {
        return false;
    }
    let prev = b[i - 1];
    if prev < 0x80 {
        return is_alnum(prev);
    }
    prev_char(text, i).is_some_and(char::is_alphanumeric)
}

/// Is the character at `i` a letter or digit (in any script)?
pub fn word_char_at(text: &str, i: usize) -> bool {
    let b = text.as_bytes();
    match b.get(i) {
        None => false,
        Some(&c) if c < 0x80 => is_alnum(c),
        Some(_) => char_at(text, i).is_some_and(char::is_alphanumeric),
    }
}

/// End of the run of ASCII letters starting at `i`. Eight bytes are tested at a time (most
/// words end within one such load): this walk is the engine's most frequent.
#[inline]
pub fn letters_end(b: &[u8], mut i: usize) -> usize {
    while let Some(chunk) = b.get(i..i + 8) {
        let mut word = [0u8; 8];
        word.copy_from_slice(chunk);
        let not_letters = !ascii_letter_mask(u64::from_le_bytes(word)) & HIGH_BITS;
        if not_letters != 0 {
            return i + (not_letters.trailing_zeros() / 8) as usize;
        }
        i += 8;
    }
    while i < b.len() && b[i].is_ascii_alphabetic() {
        i += 1;
    }
    i
}

const HIGH_BITS: u64 = 0x8080_8080_8080_8080;

/// The high bit of each byte of `x` set where that byte is an ASCII letter. (Bytes of 0x80 and
/// above are never letters; for the others, lower-cased, 0x61..=0x7A is tested in all eight
/// lanes at once without a carry between them.)
#[inline]
fn ascii_letter_mask(x: u64) -> u64 {
    const ONES: u64 = 0x0101_0101_0101_0101;
    let ascii = !x & HIGH_BITS;
    let low7 = (x | 0x2020_2020_2020_2020) & (ONES * 0x7F);
    // low7 + (0x80 - 0x61) has its high bit set where low7 >= 0x61; low7 + (0x80 - 0x7B) where
    // low7 >= 0x7B. Letters are the first and not the second.
    let at_least_a = low7 + ONES * (0x80 - 0x61);
    let past_z = low7 + ONES * (0x80 - 0x7B);
    at_least_a & !past_z & ascii & HIGH_BITS
}

/// End of the run of ASCII digits starting at `i`.
#[inline]
pub fn digits_end(b: &[u8], mut i: usize) -> usize {
    while i < b.len() && b[i].is_ascii_digit() {
        i += 1;
    }
    i
}

/// End of the run of ASCII letters and digits starting at `i`.
#[inline]
pub fn alnum_end(b: &[u8], mut i: usize) -> usize {
    while i < b.len() && is_alnum(b[i]) {
        i += 1;
    }
    i
}

/// Length of a horizontal space at `i`: space, tab, no-break space, thin or narrow no-break space.
#[inline]
pub fn space_len(b: &[u8], i: usize) -> usize {
    match b.get(i) {
        Some(b' ' | b'\t') => 1,
        Some(0xC2) if b.get(i + 1) == Some(&0xA0) => 2,
        Some(0xE2) if b.get(i + 1) == Some(&0x80) && matches!(b.get(i + 2), Some(0x89 | 0xAF)) => 3,
        _ => 0,
    }
}

/// Skips horizontal spaces (never a line break) forward from `i`.
pub fn skip_spaces(b: &[u8], mut i: usize) -> usize {
    loop {
        let n = space_len(b, i);
        if n == 0 {
            return i;
        }
        i += n;
    }
}

/// Skips horizontal spaces backward from `i` (returns the position right after the previous non-space).
pub fn skip_spaces_back(b: &[u8], mut i: usize) -> usize {
    // Decided by the last byte (nearly always a letter or digit: one test), then the two before it.
    while let Some(&last) = i.checked_sub(1).and_then(|k| b.get(k)) {
        match last {
            b' ' | b'\t' => i -= 1,
            0xA0 if i >= 2 && b[i - 2] == 0xC2 => i -= 2,
            0x89 | 0xAF if i >= 3 && b[i - 3] == 0xE2 && b[i - 2] == 0x80 => i -= 3,
            _ => break,
        }
    }
    i
}

/// Length of a dash at `i`: hyphen, non-breaking hyphen, en dash, em dash, minus sign.
pub fn dash_len(b: &[u8], i: usize) -> usize {
    match b.get(i) {
        Some(b'-') => 1,
        Some(0xE2) if b.get(i + 1) == Some(&0x80) && matches!(b.get(i + 2), Some(0x91 | 0x93 | 0x94)) => 3,
        Some(0xE2) if b.get(i + 1) == Some(&0x88) && b.get(i + 2) == Some(&0x92) => 3,
        _ => 0,
    }
}

/// Length of a plain hyphen (the one that joins "72-hour" or "twenty-one") at `i`.
pub fn hyphen_len(b: &[u8], i: usize) -> usize {
    match b.get(i) {
        Some(b'-') => 1,
        Some(0xE2) if b.get(i + 1) == Some(&0x80) && b.get(i + 2) == Some(&0x91) => 3,
        _ => 0,
    }
}

/// The next ASCII word after optional spaces: `(start, end)`.
pub fn next_word(b: &[u8], i: usize) -> Option<(usize, usize)> {
    let s = skip_spaces(b, i);
    let e = letters_end(b, s);
    (e > s).then_some((s, e))
}

/// The next word joined to `i` by a hyphen ("twenty-one", "third-largest") or by spaces.
pub fn joined_word(b: &[u8], i: usize) -> Option<(usize, usize)> {
    let h = hyphen_len(b, i);
    if h == 0 {
        return next_word(b, i);
    }
    let e = letters_end(b, i + h);
    (e > i + h).then_some((i + h, e))
}

/// The ASCII word that ends right before optional spaces before `i`: `(start, end)`.
pub fn prev_word(b: &[u8], i: usize) -> Option<(usize, usize)> {
    let e = skip_spaces_back(b, i);
    let mut s = e;
    while s > 0 && b[s - 1].is_ascii_alphabetic() {
        s -= 1;
    }
    (s < e).then_some((s, e))
}

/// A small lowercase copy of an ASCII word, on the stack. Every word list it is matched against
/// is ASCII, so a word with any other byte comes back empty: it matches nothing, as it should.
#[derive(Clone, Copy)]
pub struct Lower {
    /// `buf[..len]` is ASCII, always (see `new`): what makes `as_str` sound.
    buf: [u8; 24],
    len: usize,
}

impl Lower {
    /// Lowercases `b[s..e]`; words longer than the buffer, or not ASCII, come back empty.
    pub fn new(b: &[u8], s: usize, e: usize) -> Self {
        let mut buf = [0u8; 24];
        let word = &b[s..e];
        if word.len() > buf.len() {
            return Self { buf, len: 0 };
        }
        // One pass: lowered, and any byte past ASCII noted.
        let mut any = 0u8;
        for (dst, &src) in buf.iter_mut().zip(word) {
            any |= src;
            *dst = src.to_ascii_lowercase();
        }
        Self { buf, len: if any.is_ascii() { word.len() } else { 0 } }
    }

    /// The lowercase word.
    #[allow(unsafe_code)]
    pub fn as_str(&self) -> &str {
        // This runs for every candidate word of the corpus: validating it as UTF-8 each time cost
        // about a tenth of extraction's throughput.
        // SAFETY: `new` sets `len` to 0 unless every byte it copied is ASCII, and ASCII is valid
        // UTF-8.
        unsafe { std::str::from_utf8_unchecked(&self.buf[..self.len]) }
    }
}

/// The lowercase word at `(s, e)`.
pub fn lower(b: &[u8], (s, e): (usize, usize)) -> Lower {
    Lower::new(b, s, e)
}

/// The word right before a claim, found and lowered once: the qualifier, the verb that names the
/// quantity and the subject before a linking verb all start from it.
pub struct WordBefore {
    pub span: (usize, usize),
    pub lower: Lower,
}

impl WordBefore {
    /// The ASCII word before `i` (as [`prev_word`] finds it), lowered.
    pub fn at(b: &[u8], i: usize) -> Option<Self> {
        prev_word(b, i).map(|span| Self { span, lower: lower(b, span) })
    }
}

/// A numeral as written: digits with optional thousands separators and decimals.
#[derive(Clone, Copy, Debug)]
pub struct Numeral {
    pub end: usize,
    /// All digits as one integer ("2,000.5" → 20005).
    pub mantissa: u64,
    /// Digits after the decimal point.
    pub decimals: u32,
    /// Digits before the decimal point.
    pub int_digits: u32,
    /// Written with thousands separators.
    pub grouped: bool,
}

impl Numeral {
    pub fn value(&self) -> f64 {
        scaled(self.mantissa, self.decimals, 1)
    }

    /// The integer value, if it has no decimals.
    pub fn int(&self) -> Option<u64> {
        (self.decimals == 0).then_some(self.mantissa)
    }

    /// A plain four-digit integer (a possible year).
    pub fn four_digits(&self) -> Option<u64> {
        (self.int_digits == 4 && self.decimals == 0 && !self.grouped).then_some(self.mantissa)
    }
}

/// `mantissa / 10^decimals * scale`, exactly where the result is an integer.
pub fn scaled(mantissa: u64, decimals: u32, scale: u64) -> f64 {
    let Some(divisor) = 10u64.checked_pow(decimals) else {
        return mantissa as f64 / 10f64.powi(decimals as i32) * scale as f64;
    };
    if scale.is_multiple_of(divisor) {
        (u128::from(mantissa) * u128::from(scale / divisor)) as f64
    } else {
        // One rounding step: mantissa·scale is exact in u128, and a single division rounds correctly.
        (u128::from(mantissa) * u128::from(scale)) as f64 / divisor as f64
    }
}

/// Why a run of digits is not a numeral we can read.
pub enum NotNumeral {
    /// "1.2.3", "2024.01.05": a version, an IP address, a dotted date; skip up to here.
    Dotted(usize),
    /// More digits than fit in a `u64`; skip up to here.
    TooLong(usize),
}

/// Reads a numeral at `i` (which must be an ASCII digit).
pub fn numeral(b: &[u8], i: usize) -> Result<Numeral, NotNumeral> {
    let first_end = digits_end(b, i);
    let mut end = first_end;
    let mut grouped = false;
    // Thousands separators: "2,000", "1,500,000" (each group exactly three digits).
    if first_end - i <= 3 {
        while end + 4 <= b.len()
            && b[end] == b','
            && b[end + 1..end + 4].iter().all(u8::is_ascii_digit)
            && !b.get(end + 4).is_some_and(u8::is_ascii_digit)
        {
            end += 4;
            grouped = true;
        }
    }
    // Space-grouped thousands ("3 000", "1 500 000"), as French and many style guides write them.
    if !grouped && first_end - i <= 3 {
        loop {
            let sp = space_len(b, end);
            let g = end + sp;
            if sp == 0
                || g + 3 > b.len()
                || !b[g..g + 3].iter().all(u8::is_ascii_digit)
                || b.get(g + 3)
                    .is_some_and(|c| c.is_ascii_digit() || *c == b',' && b.get(g + 4).is_some_and(u8::is_ascii_digit))
            {
                break;
            }
            end = g + 3;
            grouped = true;
        }
    }
    let int_end = end;
    let mut decimals = 0;
    if b.get(end) == Some(&b'.') && b.get(end + 1).is_some_and(u8::is_ascii_digit) {
        let frac_end = digits_end(b, end + 1);
        decimals = (frac_end - end - 1) as u32;
        end = frac_end;
        if b.get(end) == Some(&b'.') && b.get(end + 1).is_some_and(u8::is_ascii_digit) {
            let mut skip = end;
            while skip < b.len() && (b[skip].is_ascii_digit() || b[skip] == b'.') {
                skip += 1;
            }
            return Err(NotNumeral::Dotted(skip));
        }
    }
    let mut mantissa: u64 = 0;
    let mut int_digits = 0;
    for (k, &c) in b[i..end].iter().enumerate().filter(|(_, c)| c.is_ascii_digit()) {
        if c.is_ascii_digit() {
            mantissa = mantissa
                .checked_mul(10)
                .and_then(|m| m.checked_add(u64::from(c - b'0')))
                .ok_or(NotNumeral::TooLong(end))?;
            if i + k < int_end {
                int_digits += 1;
            }
        }
    }
    Ok(Numeral { end, mantissa, decimals, int_digits, grouped })
}
