//! A claim's sentence: a stretch of its document's text, shared with the document when the
//! document's text is shared (a project's), else a copy of its own (a listing's, a file's).

use std::sync::Arc;

/// The sentence a claim sits in. Reads as a `str`.
///
/// In a project the sentence points into the document's text, which every claim of the document
/// shares: the archive's 144,000 sentences were 13 MB of copies of text the project already
/// holds.
#[derive(Clone, Default)]
pub struct Sentence {
    /// The text the sentence is a stretch of (the whole document, or the sentence alone).
    text: Arc<str>,
    /// Where it starts in `text` (a char boundary).
    start_bytes: u32,
    /// Where it ends in `text` (a char boundary).
    end_bytes: u32,
}

impl Sentence {
    /// `text[start_bytes..end_bytes]`, shared with `text`. A range that is not one of `text`'s
    /// (out of bounds, not on char boundaries, beyond 4 GiB) gives an empty sentence.
    pub fn within(text: &Arc<str>, start_bytes: usize, end_bytes: usize) -> Self {
        match (u32::try_from(start_bytes), u32::try_from(end_bytes), text.get(start_bytes..end_bytes)) {
            (Ok(start_bytes), Ok(end_bytes), Some(_)) => Self { text: Arc::clone(text), start_bytes, end_bytes },
            _ => Self::default(),
        }
    }

    /// The sentence `text[start_bytes..end_bytes]`: a stretch of `shared` (the same text, shared)
    /// when given, else a copy of its own.
    pub fn of(text: &str, shared: Option<&Arc<str>>, start_bytes: usize, end_bytes: usize) -> Self {
        match shared {
            Some(shared) => Self::within(shared, start_bytes, end_bytes),
            None => Self::from(text.get(start_bytes..end_bytes).unwrap_or_default()),
        }
    }

    /// The sentence's words.
    pub fn as_str(&self) -> &str {
        self.text.get(self.start_bytes as usize..self.end_bytes as usize).unwrap_or_default()
    }
}

impl std::ops::Deref for Sentence {
    type Target = str;

    fn deref(&self) -> &str {
        self.as_str()
    }
}

impl From<&str> for Sentence {
    fn from(sentence: &str) -> Self {
        Self::from(Arc::<str>::from(sentence))
    }
}

impl From<String> for Sentence {
    fn from(sentence: String) -> Self {
        Self::from(Arc::<str>::from(sentence))
    }
}

impl From<Arc<str>> for Sentence {
    fn from(text: Arc<str>) -> Self {
        let end_bytes = u32::try_from(text.len()).unwrap_or(0);
        Self { text, start_bytes: 0, end_bytes }
    }
}

impl PartialEq for Sentence {
    fn eq(&self, other: &Self) -> bool {
        self.as_str() == other.as_str()
    }
}

impl Eq for Sentence {}

impl std::fmt::Debug for Sentence {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        std::fmt::Debug::fmt(self.as_str(), f)
    }
}

impl std::fmt::Display for Sentence {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for Sentence {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for Sentence {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Self::from)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_sentence_within_a_text_reads_as_that_stretch_and_shares_it() {
        let text: Arc<str> = Arc::from("Intro — café. At least 24 died 🎉 in the north. End.");
        let start = text.find("At").unwrap_or_default();
        let end = text.find(" End").unwrap_or_default();
        let s = Sentence::within(&text, start, end);
        assert_eq!(&*s, "At least 24 died 🎉 in the north.");
        assert_eq!(s, Sentence::from("At least 24 died 🎉 in the north."), "equal to a copy of its own");
        assert!(std::ptr::eq(s.as_str().as_ptr(), text[start..].as_ptr()), "no copy made");
        // Not on a char boundary (inside "é"), or out of bounds: empty, never a panic.
        let e = text.find('é').unwrap_or_default();
        assert!(Sentence::within(&text, e + 1, end).is_empty());
        assert!(Sentence::within(&text, start, text.len() + 1).is_empty());
        assert!(Sentence::default().is_empty());
    }

    #[test]
    fn a_sentence_is_written_and_read_as_a_string() {
        let text: Arc<str> = Arc::from("One. \"Two\", he said.");
        let s = Sentence::within(&text, 5, text.len());
        let json = serde_json::to_string(&s).unwrap_or_default();
        assert_eq!(json, r#""\"Two\", he said.""#);
        let back: Sentence = serde_json::from_str(&json).unwrap_or_default();
        assert_eq!(back, s);
        assert_eq!(format!("{s} / {s:?}"), r#""Two", he said. / "\"Two\", he said.""#);
    }
}
