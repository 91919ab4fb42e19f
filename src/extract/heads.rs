//! A subject's head, normalized for grouping: "individuals have died", "deaths", "the dead" and
//! "people were killed" all come down to `death`; "arrested", "detained" and "detentions" to
//! `detention`. Other heads are the last noun of the phrase, lowercased and made singular.

use compact_str::CompactString;

use super::bytes::{Lower, char_and_len_at, letters_end};
use super::lexicon as lx;
use super::word_table::{WordMap, flatten, words_in};

/// Words that end a noun phrase: an auxiliary ("people *were* killed"), or a verb in the past
/// ("residents *spent*", "shelters *opened*").
pub(crate) fn verb_like(word: &str) -> bool {
    lx::auxiliary(word)
        || matches!(word, "been" | "being" | "now" | "also" | "reportedly" | "already")
        || (word.len() > 4 && word.ends_with("ed"))
        || matches!(
            word,
            "spent"
                | "left"
                | "won"
                | "lost"
                | "took"
                | "made"
                | "gave"
                | "got"
                | "went"
                | "came"
                | "saw"
                | "paid"
                | "sold"
                | "fell"
                | "rose"
                | "grew"
                | "put"
                | "cost"
                | "hit"
                | "set"
                | "cut"
                | "ran"
                | "kept"
                | "met"
                | "led"
                | "sent"
                | "built"
                | "told"
                | "said"
                | "remain"
                | "remained"
                | "say"
        )
}

/// The concept a word belongs to, if it names one of the news quantities ("killed" → `death`):
/// the wordings of deaths, detentions, injuries, releases, displacement, disappearances and votes.
/// Asked of every word of a subject and of the word before a number: one probe of a table.
pub(crate) fn concept(word: &str) -> Option<&'static str> {
    CONCEPTS.get(word)
}

/// The wordings of each concept.
#[rustfmt::skip]
const CONCEPT_WORDS: &[(&str, &[&str])] = &[
    ("death", &["die", "died", "dies", "dying", "death", "deaths", "dead", "kill", "killed", "killing",
        "killings", "fatality", "fatalities", "casualty", "casualties", "toll", "slain", "perished", "lives"]),
    ("detention", &["arrest", "arrested", "arrests", "detain", "detained", "detention", "detentions",
        "detainee", "detainees", "held", "jail", "jailed", "imprisoned", "imprisonment", "custody", "captured"]),
    ("displacement", &["evacuated", "evacuation", "evacuations", "evacuee", "evacuees", "displaced",
        "displacement", "fled", "homeless"]),
    ("injury", &["injure", "injured", "injury", "injuries", "wounded", "wound", "wounds", "hurt"]),
    ("release", &["release", "released", "releases", "freed", "free"]),
    ("disappearance", &["missing", "disappeared", "disappearance", "disappearances"]),
    ("vote", &["vote", "votes", "voted", "ballot", "ballots"]),
    ("damage", &["damage", "damages", "loss", "losses"]),
    ("harvest", &["harvest", "harvests", "crop", "crops"]),
    ("growth", &["economy", "growth", "grew", "gdp", "expanded", "expansion", "contracted", "contraction"]),
    ("unemployment", &["unemployment", "unemployed", "jobless", "joblessness"]),
    ("inflation", &["inflation"]),
    ("package", &["package", "plan", "rescue", "bailout", "stimulus"]),
];

static CONCEPTS: WordMap<&str, 64> =
    WordMap::with_values(&flatten::<_, { words_in(CONCEPT_WORDS) }>(CONCEPT_WORDS, ""), "");

/// A noun made singular: "prisoners" → "prisoner", "cities" → "city", "children" → "child".
pub fn singular(word: &str) -> String {
    singular_as(word)
}

/// [`singular`] as any kind of string: a `CompactString` for a claim's head, which needs no
/// allocation (this runs for every claim with a subject).
fn singular_as<T>(word: &str) -> T
where
    T: for<'a> From<&'a str> + for<'a> Extend<&'a str> + Default,
{
    let joined = |base: &str, ending: &str| {
        let mut t = T::default();
        t.extend([base, ending]);
        t
    };
    let irregular = match word {
        "people" | "persons" => Some("person"),
        "children" => Some("child"),
        "women" => Some("woman"),
        "men" => Some("man"),
        "lives" => Some("life"),
        _ => None,
    };
    if let Some(w) = irregular {
        return T::from(w);
    }
    if let Some(base) = word.strip_suffix("men").filter(|b| !b.is_empty()) {
        // "fishermen", "policemen", "women" → "-man".
        return joined(base, "man");
    }
    let chars = word.chars().count();
    if let Some(base) = word.strip_suffix("ies").filter(|_| chars > 4) {
        return joined(base, "y");
    }
    for suffix in ["sses", "ches", "shes", "xes"] {
        if let Some(base) = word.strip_suffix(suffix) {
            return joined(base, &suffix[..suffix.len() - 2]);
        }
    }
    if chars > 3 && word.ends_with('s') && !word.ends_with("ss") && !word.ends_with("us") && !word.ends_with("is") {
        return T::from(&word[..word.len() - 1]);
    }
    T::from(word)
}

/// The words of a subject: runs of letters, apostrophes and hyphens, read a character at a time
/// without decoding ASCII (this runs for every claim).
fn head_words(subject: &str) -> impl Iterator<Item = &str> {
    let part_of_word = |c: char| c.is_alphabetic() || c == '\'' || c == '’' || c == '-';
    let mut i = 0;
    std::iter::from_fn(move || {
        while let Some((_, len)) = char_and_len_at(subject, i).filter(|(c, _)| !part_of_word(*c)) {
            i += len;
        }
        let start = i;
        // ASCII letters eight at a time, then a character at a time from where they stop.
        i = letters_end(subject.as_bytes(), i);
        while let Some((_, len)) = char_and_len_at(subject, i).filter(|(c, _)| part_of_word(*c)) {
            i += len;
        }
        (start < i).then(|| &subject[start..i])
    })
}

/// The normalized head of a subject, for grouping claims that measure the same thing.
pub fn subject_head(subject: &str) -> Option<CompactString> {
    // One pass: a named happening anywhere wins ("people were killed" is about deaths); else the
    // last content word of the noun phrase, before any verb group.
    let mut head: Option<&str> = None;
    let mut phrase_open = true;
    let words = head_words(subject);
    for (k, w) in words.enumerate() {
        let w = w.strip_suffix("'s").or_else(|| w.strip_suffix("’s")).unwrap_or(w);
        let lower = Lower::new(w.as_bytes(), 0, w.len());
        let lower = lower.as_str();
        if let Some(c) = concept(lower) {
            return Some(CompactString::const_new(c));
        }
        if k > 0 && verb_like(lower) {
            phrase_open = false;
        }
        if phrase_open && !lx::function_word(lower) {
            head = Some(w);
        }
    }
    let head = head?;
    // Lowered on the stack where it can be (an ASCII word of up to 24 bytes): nearly every head.
    let ascii = Lower::new(head.as_bytes(), 0, head.len());
    let other;
    let lowered = if ascii.as_str().is_empty() {
        other = head.to_lowercase();
        other.as_str()
    } else {
        ascii.as_str()
    };
    let head: CompactString = singular_as(lowered);
    Some(concept(&head).map_or(head, CompactString::const_new))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn head(s: &str) -> Option<CompactString> {
        subject_head(s)
    }

    #[test]
    fn the_wordings_of_one_quantity_share_a_head() {
        for s in
            ["individuals have died", "deaths", "dead", "people were killed", "fatalities", "death toll", "casualties"]
        {
            assert_eq!(head(s).as_deref(), Some("death"), "{s}");
        }
        for s in ["arrested", "people were detained", "detentions", "have been held", "jailed"] {
            assert_eq!(head(s).as_deref(), Some("detention"), "{s}");
        }
        assert_eq!(head("residents were evacuated").as_deref(), Some("displacement"));
        assert_eq!(head("vote").as_deref(), Some("vote"));
    }

    #[test]
    fn head_words_are_the_runs_of_letters_apostrophes_and_hyphens() {
        let split = |s: &str| -> Vec<String> {
            s.split(|c: char| !c.is_alphabetic() && c != '\'' && c != '’' && c != '-')
                .filter(|w| !w.is_empty())
                .map(String::from)
                .collect()
        };
        for s in [
            "",
            " ",
            "people",
            "the agency's 2,000 workers",
            "  niños—y  mujeres ",
            "state-run  café’s 😀 staff",
            "a1b",
            "ß",
        ] {
            assert_eq!(head_words(s).map(String::from).collect::<Vec<_>>(), split(s), "{s:?}");
        }
    }

    #[test]
    fn other_heads_are_the_last_noun_made_singular() {
        assert_eq!(head("political prisoners").as_deref(), Some("prisoner"));
        assert_eq!(head("aid package").as_deref(), Some("package"));
        assert_eq!(head("homes").as_deref(), Some("home"));
        assert_eq!(head("children").as_deref(), Some("child"));
        assert_eq!(head("two fishermen").as_deref(), Some("fisherman"));
        assert_eq!(head("growth").as_deref(), Some("growth"));
        assert_eq!(head("cafés").as_deref(), Some("café"));
        assert_eq!(head("residents spent").as_deref(), Some("resident"), "a verb ends the noun phrase");
        assert_eq!(head("shelters opened").as_deref(), Some("shelter"));
        assert_eq!(head("the"), None);
    }
}
