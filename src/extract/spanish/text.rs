//! Words of Spanish text: spans of letters including á, é, ñ, ü, found forwards and backwards
//! from a byte offset, and lowercased without allocating.

/// A word lowercased into a small buffer ("Millones" → "millones", "ÉXITO" → "éxito"); words
/// longer than the buffer read as empty and match nothing.
pub struct Low {
    buf: [u8; 32],
    len: usize,
}

impl Low {
    /// The lowercase word.
    pub fn as_str(&self) -> &str {
        std::str::from_utf8(&self.buf[..self.len]).unwrap_or("")
    }
}

/// Lowercases `text[s..e]`: ASCII, and the Latin-1 capitals Spanish uses (Á É Í Ó Ú Ñ Ü).
pub fn low(text: &str, (s, e): (usize, usize)) -> Low {
    let mut out = Low { buf: [0; 32], len: 0 };
    let Some(bytes) = text.as_bytes().get(s..e).filter(|w| w.len() <= 32) else {
        return out;
    };
    let mut k = 0;
    while k < bytes.len() {
        let c = bytes[k];
        out.buf[k] = c.to_ascii_lowercase();
        // U+00C0..U+00DE (but not ×, U+00D7) are capitals whose lowercase is 0x20 above.
        if c == 0xC3 && k + 1 < bytes.len() && (0x80..=0x9E).contains(&bytes[k + 1]) && bytes[k + 1] != 0x97 {
            out.buf[k + 1] = bytes[k + 1] + 0x20;
            k += 1;
        }
        k += 1;
    }
    out.len = bytes.len();
    out
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
    let mut s = e;
    while let Some(c) = text.get(..s).and_then(|t| t.chars().next_back()).filter(|c| c.is_alphabetic()) {
        s -= c.len_utf8();
    }
    (s < e).then_some((s, e))
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
