//! The words that make or start a number: number words, scales, fractions, ordinals, months, the
//! article that can stand for one ("a dozen"). `is_trigger` is the engine's one hot look-up: it is
//! asked about every word of a corpus and turns away almost all of them at one probe.

use super::word_filter::WordFilter;
use super::word_table::WordMap;

/// What a number-bearing word means to the grammar.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Lex {
    /// zero … nineteen
    Unit(u64),
    /// twenty … ninety
    Tens(u64),
    /// hundred, thousand, million, … (the multiplier)
    Scale(u64),
    /// "dozen"
    Dozen,
    /// "half", "halves"
    Half,
    /// an ordinal word that is also a fraction denominator: third(s), quarter(s), fifth(s) …
    /// (`plural` tells "thirds" from "third")
    Part { denominator: u64, plural: bool },
    /// an ordinal word that is never a fraction here: first, second
    Ordinal(u64),
    /// "twice" (2), "thrice" (3)
    Times(u64),
    /// "halved", "halving": a factor of one half
    Halved,
    /// January … December (1-based), full or abbreviated
    Month(u32),
    /// the article "a" / "an", which can stand for one ("a dozen", "a third", "a million")
    Article,
}

/// The triggers, the words the scanner looks at more closely (every number word and month), as
/// a filter: looked up for every word of a corpus.
static TRIGGER_FILTER: WordFilter = WordFilter::new(&[]).with_keys(LEX_WORDS).with_keys(MONTH_WORDS);

/// The longest trigger's length: a longer word is none.
const TRIGGER_MAX_BYTES: usize = {
    let (lex, months) = (longest_key(LEX_WORDS), longest_key(MONTH_WORDS));
    if lex > months { lex } else { months }
};

/// The length of the longest word of `entries`.
const fn longest_key<V>(entries: &[(&str, V)]) -> usize {
    let mut max = 0;
    let mut k = 0;
    while k < entries.len() {
        if entries[k].0.len() > max {
            max = entries[k].0.len();
        }
        k += 1;
    }
    max
}

/// Cheap pre-check for the scanner: might this ASCII-letter word (any case) be a number word or a
/// month? `false` is certain.
#[inline]
pub fn is_trigger(word: &[u8]) -> bool {
    if word.is_empty() || word.len() > TRIGGER_MAX_BYTES {
        return false;
    }
    TRIGGER_FILTER.may_contain(word)
}

/// Looks up a lowercase word.
pub fn lex(word: &str) -> Option<Lex> {
    // The trigger filter holds every word of LEX_WORDS and MONTH_WORDS: it turns most others away
    // at one probe (this is asked of the word after every "a", too).
    if !is_trigger(word.as_bytes()) {
        return None;
    }
    LEX.get(word).or_else(|| month(word).map(Lex::Month))
}

/// What each number-bearing word means (months aside).
#[rustfmt::skip]
const LEX_WORDS: &[(&str, Lex)] = {
    use Lex::*;
    &[
        ("zero", Unit(0)),
        ("one", Unit(1)),
        ("two", Unit(2)),
        ("three", Unit(3)),
        ("four", Unit(4)),
        ("five", Unit(5)),
        ("six", Unit(6)),
        ("seven", Unit(7)),
        ("eight", Unit(8)),
        ("nine", Unit(9)),
        ("ten", Unit(10)),
        ("eleven", Unit(11)),
        ("twelve", Unit(12)),
        ("thirteen", Unit(13)),
        ("fourteen", Unit(14)),
        ("fifteen", Unit(15)),
        ("sixteen", Unit(16)),
        ("seventeen", Unit(17)),
        ("eighteen", Unit(18)),
        ("nineteen", Unit(19)),
        ("twenty", Tens(20)),
        ("thirty", Tens(30)),
        ("forty", Tens(40)),
        ("fifty", Tens(50)),
        ("sixty", Tens(60)),
        ("seventy", Tens(70)),
        ("eighty", Tens(80)),
        ("ninety", Tens(90)),
        ("hundred", Scale(100)),
        ("thousand", Scale(1_000)),
        ("million", Scale(1_000_000)),
        ("billion", Scale(1_000_000_000)),
        ("trillion", Scale(1_000_000_000_000)),
        ("dozen", Dozen),
        ("half", Half),
        ("halves", Half),
        ("third", Part { denominator: 3, plural: false }),
        ("thirds", Part { denominator: 3, plural: true }),
        ("quarter", Part { denominator: 4, plural: false }),
        ("fourth", Part { denominator: 4, plural: false }),
        ("quarters", Part { denominator: 4, plural: true }),
        ("fourths", Part { denominator: 4, plural: true }),
        ("fifth", Part { denominator: 5, plural: false }),
        ("fifths", Part { denominator: 5, plural: true }),
        ("sixth", Part { denominator: 6, plural: false }),
        ("sixths", Part { denominator: 6, plural: true }),
        ("seventh", Part { denominator: 7, plural: false }),
        ("sevenths", Part { denominator: 7, plural: true }),
        ("eighth", Part { denominator: 8, plural: false }),
        ("eighths", Part { denominator: 8, plural: true }),
        ("ninth", Part { denominator: 9, plural: false }),
        ("ninths", Part { denominator: 9, plural: true }),
        ("tenth", Part { denominator: 10, plural: false }),
        ("tenths", Part { denominator: 10, plural: true }),
        ("first", Ordinal(1)),
        ("second", Ordinal(2)),
        ("twice", Times(2)),
        ("thrice", Times(3)),
        // Not "doubles" or "triples": more often tennis and baseball than growth.
        ("doubled", Times(2)),
        ("doubling", Times(2)),
        ("tripled", Times(3)),
        ("tripling", Times(3)),
        ("trebled", Times(3)),
        ("quadrupled", Times(4)),
        ("quadrupling", Times(4)),
        ("halved", Halved),
        ("halving", Halved),
        ("a", Article),
        ("an", Article),
    ]
};

static LEX: WordMap<Lex, 64> = WordMap::with_values(LEX_WORDS, Lex::Article);

/// January = 1. Accepts full names and the usual abbreviations.
pub fn month(word: &str) -> Option<u32> {
    MONTHS.get(word)
}

/// Each month's names.
const MONTH_WORDS: &[(&str, u32)] = &[
    ("january", 1),
    ("jan", 1),
    ("february", 2),
    ("feb", 2),
    ("march", 3),
    ("mar", 3),
    ("april", 4),
    ("apr", 4),
    ("may", 5),
    ("june", 6),
    ("jun", 6),
    ("july", 7),
    ("jul", 7),
    ("august", 8),
    ("aug", 8),
    ("september", 9),
    ("sep", 9),
    ("sept", 9),
    ("october", 10),
    ("oct", 10),
    ("november", 11),
    ("nov", 11),
    ("december", 12),
    ("dec", 12),
];

static MONTHS: WordMap<u32, 16> = WordMap::with_values(MONTH_WORDS, 0);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_word_lex_knows_means_what_its_list_says() {
        for (w, meaning) in LEX_WORDS {
            assert_eq!(lex(w), Some(*meaning), "{w}");
        }
        for (w, m) in MONTH_WORDS {
            assert_eq!(lex(w), Some(Lex::Month(*m)), "{w}");
        }
        assert_eq!(TRIGGER_MAX_BYTES, "quadrupling".len());
        for w in ["", "people", "onee", "Zero", "millions", "dozens", "mayo"] {
            assert_eq!(lex(w), None, "{w}");
        }
    }
}
