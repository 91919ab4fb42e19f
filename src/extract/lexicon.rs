//! The words the claim grammar knows: number words, scales, units, months, qualifiers and stop lists.
//!
//! Everything here is a plain lookup on a lowercase ASCII word, so the grammar (`scanner.rs`, `digits.rs`, `words.rs`, `units.rs`, `ranges.rs`) and
//! `context.rs` reads like the rules it implements. `is_trigger` is the one hot-path function: it is
//! asked about every word of the corpus and rejects almost all of them with a bitset probe.

use super::word_table::{WordMap, WordTable};

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

/// Words the scanner must look at more closely (the rest of the corpus is skipped).
const TRIGGERS: &[&str] = &[
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
    "twenty",
    "thirty",
    "forty",
    "fifty",
    "sixty",
    "seventy",
    "eighty",
    "ninety",
    "hundred",
    "thousand",
    "million",
    "billion",
    "trillion",
    "dozen",
    "half",
    "halves",
    "third",
    "thirds",
    "quarter",
    "quarters",
    "fourth",
    "fourths",
    "fifth",
    "fifths",
    "sixth",
    "sixths",
    "seventh",
    "sevenths",
    "eighth",
    "eighths",
    "ninth",
    "ninths",
    "tenth",
    "tenths",
    "first",
    "second",
    "twice",
    "thrice",
    "doubled",
    "doubling",
    "tripled",
    "tripling",
    "trebled",
    "quadrupled",
    "quadrupling",
    "halved",
    "halving",
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
    "a",
    "an",
    "q",
];

/// Defines a set of lowercase words twice over: a `match` for the hot path, and a list for the
/// scanner's pre-filters, so the two can never disagree.
macro_rules! word_set {
    ($(#[$meta:meta])* $name:ident, $list:ident, [$($word:literal),* $(,)?]) => {
        $(#[$meta])*
        pub fn $name(word: &str) -> bool {
            matches!(word, $($word)|*)
        }

        /// Every word of the set above.
        pub const $list: &[&str] = &[$($word),*];
    };
}

/// Looks up a lowercase word.
pub fn lex(word: &str) -> Option<Lex> {
    // Every word of LEX_WORDS and MONTH_WORDS is a trigger (a test holds them so): the filter
    // turns most others away at one probe (this is asked of the word after every "a", too).
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

/// Bitset over (length, first letter, last letter): a word whose key is unset cannot be a trigger.
/// Built at compile time: looked up for every word of a corpus.
static TRIGGER_FILTER: [u64; 256] = filter_of(&[TRIGGERS]);

/// The bitset of [`filter_key`]s of every word of `lists`.
const fn filter_of(lists: &[&[&str]]) -> [u64; 256] {
    let mut bits = [0u64; 256];
    let mut l = 0;
    while l < lists.len() {
        let mut w = 0;
        while w < lists[l].len() {
            let key = filter_key(lists[l][w].as_bytes());
            bits[key >> 6] |= 1 << (key & 63);
            w += 1;
        }
        l += 1;
    }
    bits
}

/// Is `word`'s key set in `filter` (built by [`filter_of`])? `false` is certain; `true` only says
/// the word may be one of the list's.
#[inline]
fn in_filter(filter: &[u64; 256], word: &[u8]) -> bool {
    let key = filter_key(word);
    filter[key >> 6] & (1 << (key & 63)) != 0
}

const fn filter_key(word: &[u8]) -> usize {
    let len = if word.len() < 15 { word.len() } else { 15 };
    let first = (word[0] | 0x20) as usize & 31;
    let last = (word[word.len() - 1] | 0x20) as usize & 31;
    // 4 + 5 + 5 bits = 14 bits = 256 words of 64 bits.
    (len << 10) | (first << 5) | last
}

/// Words that may start a source in a sentence: speech verbs, evidence nouns and the leads
/// "according (to)", "data (from)", "in (a statement)".
static SOURCE_FILTER: [u64; 256] =
    filter_of(&[ATTRIBUTION_VERBS, EVIDENCE_NOUNS, &["according", "data", "figures", "estimates", "in"]]);

/// Cheap pre-check for the source finder: might this ASCII word (any case) name or lead to a source?
#[inline]
pub fn maybe_source_word(word: &[u8]) -> bool {
    if word.len() < 2 || word.len() > 15 {
        return false;
    }
    in_filter(&SOURCE_FILTER, word)
}

/// The last word of every qualifier phrase, as a filter: most numbers follow a word that ends
/// none, and are found to have no hedge at one look-up rather than one per phrase.
static QUALIFIER_END_FILTER: [u64; 256] = {
    let mut ends: [&str; QUALIFIERS.len()] = [""; QUALIFIERS.len()];
    let mut k = 0;
    while k < QUALIFIERS.len() {
        let phrase = QUALIFIERS[k].0;
        ends[k] = phrase[phrase.len() - 1];
        k += 1;
    }
    filter_of(&[&ends])
};

/// Might a qualifier phrase end with this word (lowercase, or any case)? `false` is certain.
#[inline]
pub fn may_end_qualifier(word: &str) -> bool {
    if word.is_empty() || word.len() > 15 {
        return false;
    }
    in_filter(&QUALIFIER_END_FILTER, word.as_bytes())
}

/// Cheap pre-check for the scanner: might this ASCII-letter word (any case) be a trigger?
#[inline]
pub fn is_trigger(word: &[u8]) -> bool {
    if word.is_empty() || word.len() > 11 {
        return false;
    }
    in_filter(&TRIGGER_FILTER, word)
}

/// A scale written as a word or suffix after a number: "million", "m", "bn", "k".
pub fn scale_word(word: &str) -> Option<u64> {
    Some(match word {
        "hundred" => 100,
        "thousand" | "k" => 1_000,
        "million" | "m" | "mn" | "mln" => 1_000_000,
        "billion" | "bn" | "b" | "bln" => 1_000_000_000,
        "trillion" | "tn" | "trn" => 1_000_000_000_000,
        _ => return None,
    })
}

/// Currency named by a word after the number ("45 million euros") → code.
pub fn currency_word(word: &str) -> Option<&'static str> {
    Some(match word {
        "dollar" | "dollars" | "usd" | "bucks" => "USD",
        "euro" | "euros" | "eur" => "EUR",
        "pound" | "pounds" | "gbp" | "sterling" => "GBP",
        "yen" | "jpy" => "JPY",
        "yuan" | "renminbi" | "cny" | "rmb" => "CNY",
        "rupee" | "rupees" | "inr" => "INR",
        "peso" | "pesos" => "pesos",
        "bolivar" | "bolivars" | "bolivares" | "ves" => "VES",
        "franc" | "francs" | "chf" => "CHF",
        "ruble" | "rubles" | "rouble" | "roubles" | "rub" => "RUB",
        "real" | "reais" | "brl" => "BRL",
        "cad" => "CAD",
        "aud" => "AUD",
        _ => return None,
    })
}

/// Currency written as an upper-case code before the number ("EUR 45 million").
pub fn currency_code_before(word: &str) -> Option<&'static str> {
    Some(match word {
        "USD" | "US$" => "USD",
        "EUR" => "EUR",
        "GBP" => "GBP",
        "JPY" => "JPY",
        "CNY" | "RMB" => "CNY",
        "INR" | "Rs" => "INR",
        "CHF" => "CHF",
        "CAD" | "C$" => "CAD",
        "AUD" | "A$" => "AUD",
        "BRL" | "R$" => "BRL",
        "VES" => "VES",
        "RUB" => "RUB",
        "MXN" => "MXN",
        _ => return None,
    })
}

/// Currency written glued to the digits: "R1.3 trillion" (rand), "KSh38 billion", "USD3.14".
pub fn currency_code_glued(prefix: &str) -> Option<&'static str> {
    Some(match prefix {
        "R" => "ZAR",
        "KSh" | "Ksh" | "KES" => "KES",
        "Rs" => "INR",
        "N" => "NGN",
        other => return currency_code_before(other).filter(|_| other.len() == 3),
    })
}

/// Currency symbol immediately before the digits.
pub fn currency_symbol(c: char) -> Option<&'static str> {
    Some(match c {
        '$' => "USD",
        '£' => "GBP",
        '€' => "EUR",
        '¥' => "JPY",
        '₹' => "INR",
        '₽' => "RUB",
        '₩' => "KRW",
        _ => return None,
    })
}

/// A unit of time → its plural name.
pub fn time_unit(word: &str) -> Option<&'static str> {
    Some(match word {
        "second" | "seconds" | "sec" | "secs" => "seconds",
        "minute" | "minutes" | "min" | "mins" => "minutes",
        "hour" | "hours" | "hr" | "hrs" | "h" => "hours",
        "day" | "days" => "days",
        "week" | "weeks" => "weeks",
        "month" | "months" => "months",
        "year" | "years" | "yr" | "yrs" => "years",
        "decade" | "decades" => "decades",
        "century" | "centuries" => "centuries",
        _ => return None,
    })
}

/// A physical unit → its symbol. "pound(s)" is decided by the caller (money or weight).
pub fn measure_unit(word: &str) -> Option<&'static str> {
    Some(match word {
        "km" | "kms" | "kilometre" | "kilometres" | "kilometer" | "kilometers" => "km",
        "mile" | "miles" | "mi" => "mi",
        "metre" | "metres" | "meter" | "meters" => "m",
        "cm" | "centimetre" | "centimetres" | "centimeter" | "centimeters" => "cm",
        "mm" | "millimetre" | "millimetres" | "millimeter" | "millimeters" => "mm",
        "inch" | "inches" => "in",
        "foot" | "feet" | "ft" => "ft",
        "yard" | "yards" => "yd",
        "kg" | "kilogram" | "kilograms" | "kilo" | "kilos" => "kg",
        "g" | "gram" | "grams" => "g",
        "mg" | "milligram" | "milligrams" => "mg",
        "lb" | "lbs" => "lb",
        "tonne" | "tonnes" | "ton" | "tons" => "t",
        "litre" | "litres" | "liter" | "liters" | "l" => "l",
        "gallon" | "gallons" => "gal",
        "barrel" | "barrels" => "barrels",
        "acre" | "acres" => "acres",
        "hectare" | "hectares" | "ha" => "ha",
        "mph" => "mph",
        "kph" | "kmh" => "km/h",
        "degree" | "degrees" => "degrees",
        "kw" | "kilowatt" | "kilowatts" => "kW",
        "mw" | "megawatt" | "megawatts" => "MW",
        "gw" | "gigawatt" | "gigawatts" => "GW",
        "kwh" => "kWh",
        "mwh" => "MWh",
        "gwh" => "GWh",
        "twh" => "TWh",
        "gb" | "gigabytes" => "GB",
        "tb" | "terabytes" => "TB",
        "mb" | "megabytes" => "MB",
        "magnitude" => "magnitude",
        "bp" | "bps" => "bp",
        _ => return None,
    })
}

/// Words before a number that make it an identifier, not a quantity ("Boeing 737", "version 2.3").
pub fn names_a_number(word: &str) -> bool {
    NAMES_A_NUMBER.contains(word)
}

/// The words of [`names_a_number`], asked about the word before every number.
#[rustfmt::skip]
static NAMES_A_NUMBER: WordTable<64> = WordTable::new(&[
    "boeing", "airbus", "version", "ver", "article", "articles", "section", "sections", "chapter",
    "clause", "paragraph", "page", "pages", "pp", "no", "nos", "flight", "route", "highway",
    "interstate", "room", "suite", "apt", "apollo", "windows", "iphone", "ipad", "galaxy", "pixel",
    "model", "vol", "episode", "part", "figure", "fig", "table", "exhibit", "appendix", "annex",
    "rule", "resolution", "amendment", "proposition", "prop", "district", "ward", "precinct",
    "gate", "platform", "terminal", "channel", "psalm", "level", "ps", "xbox", "playstation",
    "web", "industry", "formula", "option", "options", "dial", "press", "extension", "ext",
]);

/// Lower-case word prefixes allowed before a hyphenated year ("mid-2024"); other "word-123" are names.
#[rustfmt::skip]
pub fn year_prefix(word: &str) -> bool {
    matches!(
        word,
        "mid" | "pre" | "post" | "early" | "late" | "end" | "start" | "fiscal" | "fy"
    )
}

/// Nouns that, following a four-digit number, make it a count ("2000 people"), not a year.
#[rustfmt::skip]
pub fn counted_noun_after_year(word: &str) -> bool {
    matches!(
        word,
        "people" | "men" | "women" | "children" | "police" | "staff" | "personnel" | "troops" | "cattle"
        | "voters" | "more" | "new" | "additional" | "other"
    ) || word.len() > 3
        && word.ends_with('s')
        && !matches!(
        word,
        "elections" | "olympics" | "games" | "protests" | "figures" | "levels" | "results" | "polls"
        | "midterms" | "riots" | "talks" | "accords" | "negotiations" | "sanctions" | "floods" | "attacks"
        | "statistics" | "numbers" | "rules" | "reforms" | "estimates"
    )
}

/// Qualifier phrases, longest first, as lowercase word sequences that end right before the number.
pub const QUALIFIERS: &[(&[&str], super::Qualifier)] = {
    use super::Qualifier::*;
    &[
        (&["no", "more", "than"], AtMost),
        (&["no", "fewer", "than"], AtLeast),
        (&["no", "less", "than"], AtLeast),
        (&["as", "many", "as"], UpTo),
        (&["as", "much", "as"], UpTo),
        (&["as", "few", "as"], AtLeast),
        (&["in", "excess", "of"], MoreThan),
        (&["just", "shy", "of"], Nearly),
        (&["at", "least"], AtLeast),
        (&["at", "most"], AtMost),
        (&["more", "than"], MoreThan),
        (&["greater", "than"], MoreThan),
        (&["higher", "than"], MoreThan),
        (&["upwards", "of"], MoreThan),
        (&["well", "over"], MoreThan),
        (&["just", "over"], MoreThan),
        (&["less", "than"], LessThan),
        (&["fewer", "than"], LessThan),
        (&["lower", "than"], LessThan),
        (&["just", "under"], LessThan),
        (&["up", "to"], UpTo),
        (&["close", "to"], Nearly),
        (&["an", "estimated"], Approximately),
        (&["over"], MoreThan),
        (&["above"], MoreThan),
        (&["exceeding"], MoreThan),
        (&["under"], LessThan),
        (&["below"], LessThan),
        (&["nearly"], Nearly),
        (&["almost"], Nearly),
        (&["about"], Approximately),
        (&["around"], Approximately),
        (&["approximately"], Approximately),
        (&["approx"], Approximately),
        (&["roughly"], Approximately),
        (&["some"], Approximately),
        (&["circa"], Approximately),
        (&["estimated"], Approximately),
        (&["exactly"], Exact),
        (&["precisely"], Exact),
    ]
};

/// Function words: they end a subject phrase and are never one themselves (with the
/// [`AUXILIARIES`]).
#[rustfmt::skip]
const FUNCTION_WORDS: &[&str] = &[
    "a", "an", "the", "and", "or", "but", "of", "in", "on", "at", "to", "for", "from", "by",
    "with", "without", "as", "than", "that", "which", "who", "whom", "whose", "this", "these",
    "those", "it", "its", "their", "his", "her", "our", "my", "your", "they", "he", "she",
    "we", "i", "you", "them", "him", "us", "into", "onto", "over", "under", "after", "before",
    "during", "since", "until", "while", "when", "where", "including", "among", "between", "per",
    "each", "every", "so", "far", "ago", "about", "around", "across", "against", "through", "if",
    "then", "there", "here", "not", "no", "also", "only", "just", "more", "less", "most",
    "least", "such", "because", "though", "although", "even", "however", "whereas", "due", "like",
    "within", "amid", "toward", "towards", "via", "up", "down", "out", "off",
];

/// Auxiliary and copular verbs: "24 individuals *have* died", "27 *are* women".
#[rustfmt::skip]
const AUXILIARIES: &[&str] = &[
    "have", "has", "had", "were", "was", "are", "is", "be", "been", "being", "will", "would",
    "could", "can", "may", "might", "must", "should", "did", "do", "does",
];

/// Asked of nearly every word around a claim: looked up in one probe (`word_table.rs`).
static FUNCTION_WORD_TABLE: WordTable<128> =
    WordTable::new(&concat_lists::<{ FUNCTION_WORDS.len() + AUXILIARIES.len() }>(FUNCTION_WORDS, AUXILIARIES));
static AUXILIARY_TABLE: WordTable<16> = WordTable::new(AUXILIARIES);

/// The words of `a` then `b`, as one list of `N` (their lengths' sum).
const fn concat_lists<const N: usize>(a: &[&'static str], b: &[&'static str]) -> [&'static str; N] {
    let mut all = [""; N];
    let mut k = 0;
    while k < N {
        all[k] = if k < a.len() { a[k] } else { b[k - a.len()] };
        k += 1;
    }
    all
}

/// Is `word` (lowercase) a function word or an auxiliary?
pub fn function_word(word: &str) -> bool {
    FUNCTION_WORD_TABLE.contains(word)
}

/// Is `word` (lowercase) an auxiliary or copular verb?
pub fn auxiliary(word: &str) -> bool {
    AUXILIARY_TABLE.contains(word)
}

/// Verbs that only name a source when their subject is a body of evidence ("figures indicate").
#[rustfmt::skip]
pub fn evidence_verb(word: &str) -> bool {
    matches!(
        word,
        "indicate" | "indicates" | "indicated" | "show" | "shows" | "showed" | "found" | "finds" | "revealed"
    )
}

/// The length of the longest of `words`.
pub const fn longest(words: &[&str]) -> usize {
    let mut max = 0;
    let mut k = 0;
    while k < words.len() {
        if words[k].len() > max {
            max = words[k].len();
        }
        k += 1;
    }
    max
}

word_set! {
    /// Words that end with a full stop without ending a sentence ("Mr.", "Gen.", "Sept."), besides
    /// single letters.
    abbreviation, ABBREVIATIONS, [
        "mr", "mrs", "ms", "dr", "st", "no", "vs", "gen", "gov", "sen", "rep", "inc", "ltd", "co", "corp",
        "jr", "sr", "prof", "lt", "col", "sgt", "capt", "mt", "ft", "approx", "est", "jan", "feb", "mar",
        "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "fig", "vol", "pp",
        // Spanish: "Bs. 36" (bolívares), "la Sra. Ruiz", "EE. UU."
        "bs", "sra", "srta", "dra", "uu", "ee", "aprox",
    ]
}

word_set! {
    /// Nouns that make a source of an evidence verb: "Government *figures* indicate", "*polls* showed".
    evidence_noun, EVIDENCE_NOUNS, [
        "figures", "data", "reports", "report", "statistics", "records", "polls", "poll", "survey", "surveys", "study", "studies", "documents", "estimates", "analysis", "census", "research", "count", "tally", "investigation"
    ]
}

word_set! {
    /// Verbs that name a source: "Romero said", "Government figures indicate".
    attribution_verb, ATTRIBUTION_VERBS, [
        "said", "says", "say", "told", "tells", "reported", "reports", "announced", "announces", "indicate", "show", "indicates", "indicated", "shows", "showed", "confirmed", "confirms", "estimated", "estimates", "stated", "warned", "warns", "explained", "noted", "added", "found", "finds", "revealed", "counted", "documented", "recorded", "tallied", "maintained", "insisted", "argued", "claimed", "stressed", "highlighted", "emphasized", "emphasised", "acknowledged", "admitted", "wrote", "tweeted", "testified", "replied", "asserted", "alleged"
    ]
}

/// After "one", words that show it is a pronoun or idiom, not a count ("one of", "one another").
#[rustfmt::skip]
pub fn one_is_not_a_count(next: &str) -> bool {
    matches!(
        next,
        "of" | "another" | "or" | "by" | "who" | "that" | "which" | "thing" | "way" | "hand" | "side" | "point"
        | "such" | "the" | "is" | "was" | "has" | "had" | "can" | "could" | "would" | "will" | "must" | "should"
        | "might" | "may" | "does" | "did" | "and" | "else" | "at" | "too" | "in"
    )
}

/// Nouns after an ordinal word that make it carry a fact ("a third term", "the second round").
#[rustfmt::skip]
pub fn ordinal_fact_noun(word: &str) -> bool {
    matches!(
        word,
        "term" | "terms" | "round" | "place" | "consecutive" | "straight" | "largest" | "biggest" | "highest"
        | "lowest" | "most" | "least" | "time" | "year" | "month" | "week" | "day" | "wave" | "quarter"
        | "anniversary" | "largest-ever" | "worst" | "best" | "deadliest" | "richest" | "poorest" | "attempt"
        | "election" | "tranche" | "phase"
    )
}

/// Verbs and nouns that make "7-2" a tally of votes or a score rather than a range.
#[rustfmt::skip]
pub fn tally_context(word: &str) -> bool {
    matches!(
        word,
        "voted" | "vote" | "votes" | "ruled" | "ruling" | "decision" | "margin" | "won" | "win" | "lost"
        | "beat" | "defeated" | "score" | "scored" | "split" | "majority"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_word_lex_knows_is_a_trigger() {
        for (w, meaning) in LEX_WORDS {
            assert!(is_trigger(w.as_bytes()), "{w} is in LEX_WORDS but not a trigger");
            assert_eq!(lex(w), Some(*meaning), "{w}");
        }
        for (w, m) in MONTH_WORDS {
            assert!(is_trigger(w.as_bytes()), "{w} is in MONTH_WORDS but not a trigger");
            assert_eq!(lex(w), Some(Lex::Month(*m)), "{w}");
        }
        for w in ["", "people", "onee", "Zero", "millions", "dozens", "mayo"] {
            assert_eq!(lex(w), None, "{w}");
        }
    }

    #[test]
    fn function_words_and_auxiliaries_are_looked_up_as_listed() {
        for w in FUNCTION_WORDS {
            assert!(function_word(w), "{w}");
            assert_eq!(auxiliary(w), AUXILIARIES.contains(w), "{w}");
        }
        for w in AUXILIARIES {
            assert!(function_word(w) && auxiliary(w), "{w}");
        }
        for w in ["", "people", "said", "The", "thee", "th", "hav", "haves", "según", "andy", "whereases"] {
            assert!(!function_word(w) && !auxiliary(w), "{w}");
        }
    }
}
