//! The languages Tally reads, and which one a document is in: set by its front matter or by the
//! reviewer, else detected from its text. Extraction picks its grammar by this.

use crate::metadata::{FieldName, Metadata, Origin};

/// A language with a grammar of its own.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Language {
    /// English (the default when nothing says otherwise).
    #[default]
    English,
    /// Spanish.
    Spanish,
}

/// How much text detection reads: the opening of an article says its language as well as the whole.
const DETECT_BYTES: usize = 1500;

impl Language {
    /// Every language, in the order offered to the reviewer.
    pub const ALL: [Language; 2] = [Language::English, Language::Spanish];

    /// The ISO 639-1 code stored in projects and front matter (`en`, `es`).
    pub fn code(self) -> &'static str {
        match self {
            Language::English => "en",
            Language::Spanish => "es",
        }
    }

    /// Its name as the reviewer reads it.
    pub fn name(self) -> &'static str {
        match self {
            Language::English => "English",
            Language::Spanish => "Spanish (español)",
        }
    }

    /// The language a code or name stands for: `es`, `es-VE`, `spa`, `Spanish`, `español`.
    pub fn from_code(code: &str) -> Option<Language> {
        let code = code.trim().to_lowercase();
        let base = code.split(['-', '_']).next().unwrap_or("");
        match base {
            "en" | "eng" | "english" | "inglés" | "ingles" => Some(Language::English),
            "es" | "spa" | "spanish" | "español" | "espanol" | "castellano" => Some(Language::Spanish),
            _ => None,
        }
    }

    /// Detects the language of `text` among those Tally reads; `None` when the text is too short
    /// or too mixed to say.
    pub fn detect(text: &str) -> Option<Language> {
        let mut end = text.len().min(DETECT_BYTES);
        while !text.is_char_boundary(end) {
            end -= 1;
        }
        let text = &text[..end];
        // Fewer than eight words say too little (counting stops at the eighth).
        text.split_whitespace().nth(7)?;
        // Most articles say at once which they are by their commonest words; trigram detection
        // (about ten times slower, noticeable over an archive) decides the rest.
        if let Some(language) = by_function_words(text) {
            return Some(language);
        }
        // Only the languages with a grammar are candidates: a Spanish text is never called
        // Portuguese or Galician, and an English one never Scots.
        let detector = whatlang::Detector::with_allowlist(vec![whatlang::Lang::Eng, whatlang::Lang::Spa]);
        let info = detector.detect(text)?;
        // Trigram scores over a line or two are noise; a sentence's worth is enough.
        if info.confidence() < 0.5 {
            return None;
        }
        match info.lang() {
            whatlang::Lang::Spa => Some(Language::Spanish),
            _ => Some(Language::English),
        }
    }

    /// The language of a document: what its metadata says (front matter, the page, the reviewer,
    /// a stored guess), else English.
    pub fn of(metadata: &Metadata) -> Language {
        metadata.value(FieldName::Language).and_then(Language::from_code).unwrap_or_default()
    }
}

/// The language whose commonest words dominate the text (at least twelve of them, four times as
/// many as the other's), if one does.
fn by_function_words(text: &str) -> Option<Language> {
    // One pass over the spaces, each word between two of them looked up once: this runs over
    // every document of a corpus as it is read. A word is counted as a substring search for
    // " the " would count it: two occurrences never share their spaces (" the the " is one).
    let mut counts = [0usize; 2];
    // Where the last counted occurrence of each word ended, by its slot.
    let mut counted_to = [0usize; 64];
    let b = text.as_bytes();
    let mut before: Option<usize> = None;
    for_each_space(b, |after| {
        let Some(at) = before.replace(after) else { return };
        // Looked up without a branch on the word (which text makes unpredictable): its key's
        // slot, then whether the slot holds it.
        let key = key_at(b, at + 1, after);
        let slot = slot_of(key);
        let fresh = counted_to[slot] <= at;
        let counted = FUNCTION_WORD_KEYS[slot] == key && fresh;
        counts[usize::from(FUNCTION_WORD_LANGUAGES[slot])] += usize::from(counted);
        counted_to[slot] = if counted { after + 1 } else { counted_to[slot] };
    });
    let [english, spanish] = counts;
    if english >= 12 && english >= 4 * spanish {
        Some(Language::English)
    } else if spanish >= 12 && spanish >= 4 * english {
        Some(Language::Spanish)
    } else {
        None
    }
}

/// The words `by_function_words` counts, each with its language (0 English, 1 Spanish).
const FUNCTION_WORDS: [(&str, u8); 17] = [
    ("the", 0),
    ("of", 0),
    ("and", 0),
    ("to", 0),
    ("was", 0),
    ("that", 0),
    ("said", 0),
    ("The", 0),
    ("el", 1),
    ("los", 1),
    ("las", 1),
    ("del", 1),
    ("que", 1),
    ("por", 1),
    ("para", 1),
    ("con", 1),
    ("El", 1),
];

/// `b[start..end]` as one number: its first four bytes and its length (up to 7). Two words of up
/// to four bytes have the same key only if they are the same word.
const fn word_key(b: &[u8], start: usize, end: usize) -> u64 {
    let len = end - start;
    let mut key = 0u64;
    let mut k = 0;
    while k < len && k < 4 {
        key |= (b[start + k] as u64) << (8 * k);
        k += 1;
    }
    key | ((if len < 7 { len } else { 7 }) as u64) << 32
}

/// [`word_key`] for running text: four bytes read at once and masked to the word, not a loop
/// as long as the word.
fn key_at(b: &[u8], start: usize, end: usize) -> u64 {
    let Some(&four) = b.get(start..).and_then(|rest| rest.first_chunk::<4>()) else {
        return word_key(b, start, end);
    };
    let len = end - start;
    let kept = (1u64 << (8 * len.min(4))) - 1;
    (u64::from(u32::from_le_bytes(four)) & kept) | (len.min(7) as u64) << 32
}

/// Where a key sits in the tables below: a multiplicative hash that gives each of the seventeen
/// words a slot of its own (checked as the tables are built).
const fn slot_of(key: u64) -> usize {
    (key.wrapping_mul(0x612e_7696_a6ce_cc1b) >> 58) as usize
}

/// Each slot's word key (`u64::MAX` where none: no text's key is).
static FUNCTION_WORD_KEYS: [u64; 64] = {
    let mut keys = [u64::MAX; 64];
    let mut k = 0;
    while k < FUNCTION_WORDS.len() {
        let word = FUNCTION_WORDS[k].0.as_bytes();
        let key = word_key(word, 0, word.len());
        assert!(keys[slot_of(key)] == u64::MAX, "two function words share a slot: choose another multiplier");
        keys[slot_of(key)] = key;
        k += 1;
    }
    keys
};

/// Each slot's word's language.
static FUNCTION_WORD_LANGUAGES: [u8; 64] = {
    let mut languages = [0u8; 64];
    let mut k = 0;
    while k < FUNCTION_WORDS.len() {
        let word = FUNCTION_WORDS[k].0.as_bytes();
        languages[slot_of(word_key(word, 0, word.len()))] = FUNCTION_WORDS[k].1;
        k += 1;
    }
    languages
};

/// Calls `f` with the position of each space in `b`, in order. Eight bytes are tested at a time:
/// words are a few bytes long, and a memchr call per space costs more than it saves.
fn for_each_space(b: &[u8], mut f: impl FnMut(usize)) {
    let (chunks, rest) = b.as_chunks::<8>();
    for (k, chunk) in chunks.iter().enumerate() {
        let mut found = crate::lanes::equal(crate::lanes::load(chunk), b' ');
        while found != 0 {
            f(k * 8 + (found.trailing_zeros() / 8) as usize);
            found &= found - 1;
        }
    }
    let rest_start = b.len() - rest.len();
    for (k, &c) in rest.iter().enumerate() {
        if c == b' ' {
            f(rest_start + k);
        }
    }
}

/// Records the detected language as a guess where nothing else said it.
pub fn guess_into(metadata: &mut Metadata, text: &str) {
    if metadata.get(FieldName::Language).is_none()
        && let Some(language) = Language::detect(text)
    {
        metadata.set(FieldName::Language, language.code(), Origin::Guess);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn detects_english_and_spanish_news() {
        let en = "At least 24 people died in the protests that followed the election, according to \
                  human rights groups, and more than 2,000 were detained.";
        let es = "Al menos 24 personas murieron en las protestas que siguieron a las elecciones, según \
                  organizaciones de derechos humanos, y más de 2.000 fueron detenidas.";
        assert_eq!(Language::detect(en), Some(Language::English));
        assert_eq!(Language::detect(es), Some(Language::Spanish));
        assert_eq!(Language::detect("24 muertos"), None, "too short to say");
    }

    #[test]
    fn a_short_or_mixed_text_goes_to_the_trigram_detector() {
        // Too few function words for the quick count: the trigrams decide.
        let es = "Murieron veinticuatro personas; detuvieron a dos mil manifestantes en Caracas anoche.";
        assert_eq!(by_function_words(es), None);
        assert_eq!(Language::detect(es), Some(Language::Spanish));
        let en = "Twenty-four people died; police detained two thousand protesters in Caracas overnight.";
        assert_eq!(by_function_words(en), None);
        assert_eq!(Language::detect(en), Some(Language::English));
    }

    #[test]
    fn function_words_are_counted_as_a_search_for_each_between_spaces_would() {
        // The reference: each word searched for with its two spaces, occurrences never overlapping.
        let searched = |text: &str, words: &[&str]| -> usize {
            words.iter().map(|w| text.matches(&format!(" {w} ")).count()).sum()
        };
        let of = |language: u8| -> Vec<&str> {
            FUNCTION_WORDS.iter().filter(|(_, l)| *l == language).map(|(w, _)| *w).collect()
        };
        let (english, spanish) = (of(0), of(1));
        let texts = [
            " the the the of of and to  to was\nthe that said The the ",
            "x the of and to was that said The the of and to was that said el los ",
            " el los las del que por para con El el el el que que — el  las ",
            "the of and said to the", // no space before the first word or after the last
        ];
        for text in texts {
            let (en, es) = (searched(text, &english), searched(text, &spanish));
            let expected = if en >= 12 && en >= 4 * es {
                Some(Language::English)
            } else if es >= 12 && es >= 4 * en {
                Some(Language::Spanish)
            } else {
                None
            };
            assert_eq!(by_function_words(text), expected, "{text:?} ({en} English, {es} Spanish)");
        }
        // Just either side of the threshold of twelve.
        assert_eq!(searched(&(" the".repeat(11) + " and "), &english), 7, "every other \"the\", and \"and\"");
        assert_eq!(by_function_words(&(" the".repeat(11) + " and ")), None);
        assert_eq!(by_function_words(&" the and".repeat(6)), None);
        assert_eq!(by_function_words(&(" the and".repeat(6) + " ")), Some(Language::English));
    }

    #[test]
    fn a_word_read_in_running_text_has_its_own_key() {
        let text = b"a the them theme El said, x";
        for (start, end) in [(2, 5), (6, 10), (11, 16), (17, 19), (20, 25), (26, 27), (1, 1), (25, 27)] {
            assert_eq!(key_at(text, start, end), word_key(text, start, end), "{start}..{end}");
        }
        // Every function word has a slot of its own, and only it matches there.
        for (word, language) in FUNCTION_WORDS {
            let key = word_key(word.as_bytes(), 0, word.len());
            assert_eq!(FUNCTION_WORD_KEYS[slot_of(key)], key, "{word}");
            assert_eq!(FUNCTION_WORD_LANGUAGES[slot_of(key)], language, "{word}");
        }
        for other in ["them", "thee", "ofs", "Los", "", "los los"] {
            let key = word_key(other.as_bytes(), 0, other.len());
            assert_ne!(FUNCTION_WORD_KEYS[slot_of(key)], key, "{other}");
        }
    }

    #[test]
    fn spaces_are_found_where_they_are() {
        for text in ["", " ", "a b", "  x  y ", "no spaces here", "twelve bytes", "é — ü 😀 a b c d e f g h i j k "]
        {
            let expected: Vec<usize> = text.bytes().enumerate().filter(|(_, c)| *c == b' ').map(|(i, _)| i).collect();
            let mut found = Vec::new();
            for_each_space(text.as_bytes(), |at| found.push(at));
            assert_eq!(found, expected, "{text:?}");
        }
    }

    #[test]
    fn codes_and_names_are_read() {
        assert_eq!(Language::from_code("es-VE"), Some(Language::Spanish));
        assert_eq!(Language::from_code(" Español "), Some(Language::Spanish));
        assert_eq!(Language::from_code("EN"), Some(Language::English));
        assert_eq!(Language::from_code("fr"), None);
    }

    #[test]
    fn metadata_wins_over_detection() {
        let mut metadata = Metadata::default();
        metadata.set(FieldName::Language, "en", Origin::FrontMatter);
        guess_into(&mut metadata, "Al menos 24 personas murieron en las protestas que siguieron a las elecciones.");
        assert_eq!(Language::of(&metadata), Language::English);
        let mut guessed = Metadata::default();
        guess_into(&mut guessed, "Al menos 24 personas murieron en las protestas que siguieron a las elecciones.");
        assert_eq!(Language::of(&guessed), Language::Spanish);
        assert_eq!(guessed.get(FieldName::Language).map(|f| f.origin), Some(Origin::Guess));
    }
}
