//! Finding each document of a project file in its text without parsing it, so the documents of a
//! large project are parsed on every core. Knows just enough RON to skip strings, characters and
//! comments; anything it does not expect makes it give up (the caller then parses the whole file
//! as one, which also gives the precise error of a damaged file).

use std::ops::Range;

/// The file's text with the document list emptied, and each document's text, in order.
pub struct Split<'a> {
    /// Everything but the documents: `documents: [` directly followed by `]`.
    pub outline: String,
    /// Each document's own text, `( … )`.
    pub documents: Vec<&'a str>,
}

/// Splits `text` at the top-level `documents: [ … ]` list, or `None` if it cannot be sure.
pub fn documents(text: &str) -> Option<Split<'_>> {
    if text.trim_start().starts_with("#!") {
        // RON extensions would apply to the outline only, not to each document.
        return None;
    }
    let bytes = text.as_bytes();
    let mut depth = 0usize;
    let mut list: Option<usize> = None; // where the documents' items start
    let mut items: Vec<Range<usize>> = Vec::new();
    let mut item_start: Option<usize> = None;
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        match b {
            b'"' => i = skip_string(bytes, i)?,
            b'\'' => i = skip_char(bytes, i)?,
            b'r' if is_raw_string(bytes, i) => i = skip_raw_string(bytes, i)?,
            b'/' if bytes.get(i + 1) == Some(&b'/') => {
                i = bytes[i..].iter().position(|&c| c == b'\n').map_or(bytes.len(), |p| i + p);
                continue;
            }
            b'/' if bytes.get(i + 1) == Some(&b'*') => return None, // block comments: not worth the risk
            b'(' | b'[' | b'{' => {
                if depth == 1 && b == b'[' && list.is_none() && preceded_by_documents_key(bytes, i) {
                    list = Some(i + 1);
                } else if depth == 2 && list.is_some() && item_start.is_none() {
                    item_start = Some(i);
                }
                depth += 1;
            }
            b')' | b']' | b'}' => {
                depth = depth.checked_sub(1)?;
                if depth == 2 && list.is_some() {
                    items.push(item_start.take()?..i + 1);
                } else if depth == 1
                    && let Some(start) = list
                    && items.last().is_none_or(|last| last.end <= i)
                    && b == b']'
                {
                    let end = i; // the list's closing bracket
                    // Between the items only commas and spaces: anything else is for the full
                    // parser to judge (and report).
                    let mut gap_start = start;
                    for r in items.iter().map(|r| r.start..r.end).chain(std::iter::once(end..end)) {
                        if !text.get(gap_start..r.start)?.bytes().all(|c| c == b',' || c.is_ascii_whitespace()) {
                            return None;
                        }
                        gap_start = r.end;
                    }
                    let outline = format!("{}{}", &text[..start], &text[end..]);
                    let documents = items.iter().map(|r| &text[r.clone()]).collect();
                    return (start <= end).then_some(Split { outline, documents });
                }
            }
            _ => {}
        }
        i += 1;
    }
    None
}

/// Is the `[` at `at` the value of a `documents:` field?
fn preceded_by_documents_key(bytes: &[u8], at: usize) -> bool {
    let before = String::from_utf8_lossy(&bytes[at.saturating_sub(64)..at]);
    let before = before.trim_end();
    before.strip_suffix(':').is_some_and(|key| key.trim_end().ends_with("documents"))
}

/// The index of the closing quote of the string opening at `at`.
fn skip_string(bytes: &[u8], at: usize) -> Option<usize> {
    let mut i = at + 1;
    while i < bytes.len() {
        match bytes[i] {
            b'\\' => i += 2,
            b'"' => return Some(i),
            _ => i += 1,
        }
    }
    None
}

/// The index of the closing quote of the character literal opening at `at` ('x', '\n', '\u{..}').
fn skip_char(bytes: &[u8], at: usize) -> Option<usize> {
    let mut i = at + 1;
    while i < bytes.len() && i < at + 16 {
        match bytes[i] {
            b'\\' => i += 2,
            b'\'' => return Some(i),
            _ => i += 1,
        }
    }
    None
}

/// Does a raw string (`r"…"`, `r#"…"#`) open at `at` (and not an identifier ending in r)?
fn is_raw_string(bytes: &[u8], at: usize) -> bool {
    let starts_token = at == 0 || !(bytes[at - 1].is_ascii_alphanumeric() || bytes[at - 1] == b'_');
    let next = bytes[at + 1..].iter().find(|&&c| c != b'#');
    starts_token && next == Some(&b'"')
}

/// The index of the last byte of the raw string opening at `at`.
fn skip_raw_string(bytes: &[u8], at: usize) -> Option<usize> {
    let hashes = bytes[at + 1..].iter().take_while(|&&c| c == b'#').count();
    let body = at + 2 + hashes;
    let mut closing = vec![b'"'];
    closing.extend(std::iter::repeat_n(b'#', hashes));
    let end = bytes.get(body..)?.windows(closing.len()).position(|w| w == closing.as_slice())?;
    Some(body + end + closing.len() - 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn documents_are_found_past_strings_with_brackets_quotes_and_non_ascii() {
        let text = r##"(
  format_version: 5,
  corpus_root: "a [tricky] (root)",
  documents: [
    (path: "é—🎉.txt", note: "say \"]\" ) (", c: 'x', claims: [(id: 1, t: r#"raw ] "#)]),
    (path: "b.txt", claims: []),
  ],
)"##;
        let split = documents(text).expect("split");
        assert_eq!(split.documents.len(), 2);
        assert!(split.documents[0].starts_with("(path: \"é—🎉.txt\"") && split.documents[0].ends_with("])"));
        assert_eq!(split.documents[1], "(path: \"b.txt\", claims: [])");
        assert!(
            split.outline.contains("documents: [],\n)") || split.outline.contains("documents: []"),
            "{}",
            split.outline
        );
    }

    #[test]
    fn anything_unexpected_gives_up() {
        assert!(documents("(documents: [(a: 1), (b: \"unclosed)]").is_none());
        assert!(documents("(documents: [(a: 1) /* ] */])").is_none());
        assert!(documents("(other: [(a: 1)])").is_none());
        assert!(documents("").is_none());
        assert!(documents("(documents: [ oops ])").is_none(), "a stray word is for the parser to report");
        assert!(documents("(documents: [(a: 1) x (b: 2)])").is_none());
    }
}
