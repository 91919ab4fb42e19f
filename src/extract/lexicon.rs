//! The words the claim grammar knows: scales, units, currencies, qualifiers, stop lists, the words
//! of sources (and, from `number_words.rs`, the number words and months).
//!
//! Everything here is a plain lookup on a lowercase ASCII word, so the grammar (`scanner.rs`,
//! `digits.rs`, `words.rs`, `units.rs`, `ranges.rs`) and `context.rs` reads like the rules it
//! implements. The lists asked about nearly every word near a claim are word tables
//! (`word_table.rs`), and those asked about every word of a sentence sit behind a word filter
//! (`word_filter.rs`).

pub use super::number_words::{Lex, is_trigger, lex, month};
use super::word_filter::WordFilter;
use super::word_table::WordTable;

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

/// Words that may start a source in a sentence: speech verbs, evidence nouns and the leads
/// "according (to)", "data (from)", "in (a statement)".
static SOURCE_FILTER: WordFilter =
    WordFilter::new(&[ATTRIBUTION_VERBS, EVIDENCE_NOUNS, &["according", "data", "figures", "estimates", "in"]]);

/// Cheap pre-check for the source finder: might this ASCII word (any case) name or lead to a source?
#[inline]
pub fn maybe_source_word(word: &[u8]) -> bool {
    if word.len() < 2 || word.len() > 15 {
        return false;
    }
    SOURCE_FILTER.may_contain(word)
}

/// The last word of every qualifier phrase, as a filter: most numbers follow a word that ends
/// none, and are found to have no hedge at one look-up rather than one per phrase.
static QUALIFIER_END_FILTER: WordFilter = {
    let mut ends: [&str; QUALIFIERS.len()] = [""; QUALIFIERS.len()];
    let mut k = 0;
    while k < QUALIFIERS.len() {
        let phrase = QUALIFIERS[k].0;
        ends[k] = phrase[phrase.len() - 1];
        k += 1;
    }
    WordFilter::new(&[&ends])
};

/// Might a qualifier phrase end with this word (lowercase, or any case)? `false` is certain.
#[inline]
pub fn may_end_qualifier(word: &str) -> bool {
    if word.is_empty() || word.len() > 15 {
        return false;
    }
    QUALIFIER_END_FILTER.may_contain(word.as_bytes())
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

/// Does `word` (lowercase) make the number after it a fall ("fell 2.1%", "dropped by 3")?
pub fn fall_verb(word: &str) -> bool {
    FALLS.contains(word)
}

/// Verbs that make the number after them a fall ("fell 2.1%"), asked about the word before every
/// number: one probe of a table.
static FALLS: WordTable<16> = WordTable::new(&[
    "fell",
    "falls",
    "dropped",
    "drops",
    "declined",
    "declines",
    "decreased",
    "decreases",
    "shrank",
    "shrinks",
    "slumped",
    "plunged",
    "plunges",
    "contracted",
    "slid",
    "slides",
    "tumbled",
    "sank",
    "dipped",
    "eased",
    "retreated",
]);

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
static FUNCTION_WORD_TABLE: WordTable<128> = WordTable::of_lists(&[FUNCTION_WORDS, AUXILIARIES]);
static AUXILIARY_TABLE: WordTable<16> = WordTable::new(AUXILIARIES);

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
