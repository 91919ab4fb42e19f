//! Words of Spanish text: spans of letters including á, é, ñ, ü, found forwards and backwards
//! from a byte offset, and lowercased without allocating.

/// A word in lower case ("Millones" → "millones", "ÉXITO" → "éxito"): the text itself where it
/// already is (most words), else a copy in a small buffer; words longer than the buffer read as
/// empty and match nothing.
pub enum Low<'a> {
    /// The word as written, already lower case.
    Borrowed(&'a str),
    /// A lowered copy.
    Owned { buf: [u8; 32], len: usize },
}

impl Low<'_> {
    /// The lowercase word.
    pub fn as_str(&self) -> &str {
        match self {
            Low::Borrowed(s) => s,
            Low::Owned { buf, len } => std::str::from_utf8(&buf[..*len]).unwrap_or(""),
        }
    }
}

/// Lowercases `text[s..e]`: ASCII, and the Latin-1 capitals Spanish uses (Á É Í Ó Ú Ñ Ü).
pub fn low(text: &str, (s, e): (usize, usize)) -> Low<'_> {
    let Some(word) = text.get(s..e) else {
        return Low::Owned { buf: [0; 32], len: 0 };
    };
    // (Checked per byte, with no UTF-8 validation: this runs for every word of a Spanish text.)
    if !word.bytes().any(|c| c.is_ascii_uppercase() || c == 0xC3) {
        return Low::Borrowed(word);
    }
    let mut buf = [0u8; 32];
    let bytes = word.as_bytes();
    if bytes.len() > 32 {
        return Low::Owned { buf, len: 0 };
    }
    let mut k = 0;
    while k < bytes.len() {
        let c = bytes[k];
        buf[k] = c.to_ascii_lowercase();
        // U+00C0..U+00DE (but not ×, U+00D7) are capitals whose lowercase is 0x20 above.
        if c == 0xC3 && k + 1 < bytes.len() {
            let next = bytes[k + 1];
            buf[k + 1] = if (0x80..=0x9E).contains(&next) && next != 0x97 { next + 0x20 } else { next };
            k += 1;
        }
        k += 1;
    }
    Low::Owned { buf, len: bytes.len() }
}

/// Is the character before `i` a letter or digit?
pub fn word_char_before(text: &str, i: usize) -> bool {
    text.get(..i).and_then(|t| t.chars().next_back()).is_some_and(char::is_alphanumeric)
}

/// Is the character at `i` a letter or digit?
pub fn word_char_at(text: &str, i: usize) -> bool {
    text.get(i..).and_then(|t| t.chars().next()).is_some_and(char::is_alphanumeric)
}

/// The end of the run of letters starting at `i`.
pub fn letters_end(text: &str, i: usize) -> usize {
    let b = text.as_bytes();
    let mut e = i;
    while e < b.len() {
        if b[e].is_ascii_alphabetic() {
            e += 1;
        } else if latin1_letter(b, e) {
            // á é í ó ú ñ ü and their capitals, without decoding (most of Spanish's non-ASCII).
            e += 2;
        } else if b[e] >= 0x80 {
            match text.get(e..).and_then(|t| t.chars().next()) {
                Some(c) if c.is_alphabetic() => e += c.len_utf8(),
                _ => break,
            }
        } else {
            break;
        }
    }
    e
}

/// Spaces (and no-break spaces) from `i`.
pub fn skip_spaces(text: &str, mut i: usize) -> usize {
    let b = text.as_bytes();
    loop {
        match b.get(i) {
            Some(b' ' | b'\t') => i += 1,
            Some(0xC2) if b.get(i + 1) == Some(&0xA0) => i += 2,
            _ => return i,
        }
    }
}

/// Spaces back from `i`.
pub fn skip_spaces_back(text: &str, mut i: usize) -> usize {
    let b = text.as_bytes();
    loop {
        if i > 0 && matches!(b[i - 1], b' ' | b'\t') {
            i -= 1;
        } else if i > 1 && b[i - 2] == 0xC2 && b[i - 1] == 0xA0 {
            i -= 2;
        } else {
            return i;
        }
    }
}

/// The word right after `i` past spaces only (punctuation stops the search).
pub fn next_word(text: &str, i: usize) -> Option<(usize, usize)> {
    let s = skip_spaces(text, i);
    let e = letters_end(text, s);
    (e > s).then_some((s, e))
}

/// The word right before `i` past spaces only, and an abbreviation's dot ("Bs. 36", "art. 5").
pub fn prev_word(text: &str, i: usize) -> Option<(usize, usize)> {
    let mut e = skip_spaces_back(text, i);
    if e > 0 && text.as_bytes()[e - 1] == b'.' && e < i {
        e -= 1;
    }
    let b = text.as_bytes();
    let mut s = e;
    loop {
        if s > 0 && b[s - 1].is_ascii_alphabetic() {
            s -= 1;
        } else if s >= 2 && latin1_letter(b, s - 2) {
            s -= 2;
        } else if s > 0 && b[s - 1] >= 0x80 {
            match text.get(..s).and_then(|t| t.chars().next_back()).filter(|c| c.is_alphabetic()) {
                Some(c) => s -= c.len_utf8(),
                None => break,
            }
        } else {
            break;
        }
    }
    (s < e).then_some((s, e))
}

/// Is `b[i..i + 2]` a Latin-1 letter (U+00C0..U+00FF but × and ÷)?
fn latin1_letter(b: &[u8], i: usize) -> bool {
    b[i] == 0xC3 && b.get(i + 1).is_some_and(|&c| (0x80..=0xBF).contains(&c) && c != 0x97 && c != 0xB7)
}

/// Is the word capitalized?
pub fn capitalized(text: &str, (s, _): (usize, usize)) -> bool {
    text.get(s..).and_then(|t| t.chars().next()).is_some_and(char::is_uppercase)
}

/// Does a sentence or line start before `i` (nothing but spaces, opening marks, or a terminator)?
pub fn starts_sentence(text: &str, i: usize) -> bool {
    let p = skip_spaces_back(text, i);
    let before = text[..p].trim_end_matches(['"', '“', '«', '(', '¿', '¡', '—', '-']);
    before.is_empty() || before.ends_with(['.', '!', '?', '\n', ':'])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_with_accents() {
        let t = "Más de DOS MILLONES, según Él.";
        assert_eq!(low(t, (0, 4)).as_str(), "más");
        let (s, e) = next_word(t, 11).expect("word");
        assert_eq!(low(t, (s, e)).as_str(), "millones");
        let w = prev_word(t, t.len() - 1).expect("word");
        assert_eq!(low(t, w).as_str(), "él");
        assert_eq!(prev_word("Bs. 36", 4), Some((0, 2)));
        assert!(starts_sentence("Fin. 24 muertos", 5));
        assert!(!starts_sentence("hubo 24", 5));
    }
}
