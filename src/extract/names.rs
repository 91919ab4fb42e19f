//! How a source is named: titles and roles, organizations, the person a pronoun stands for,
//! and the normalized name a claim's `source` carries ("Judge Alvarez" → "Alvarez", "the Election
//! Council" → "Election Council", "Government figures" → "Government").

use super::attribution::word_at;
use super::bytes::{Lower, skip_spaces};
use super::lexicon as lx;
use super::word_table::WordTable;

/// How far back a pronoun ("he said") looks for the person it stands for.
const PRONOUN_LOOKBACK_BYTES: usize = 400;

/// A word lowercased on the stack (ASCII letters; every list it is checked against is ASCII).
pub(super) fn low(word: &str) -> Lower {
    Lower::new(word.as_bytes(), 0, word.len())
}

/// "Romero's" → "Romero".
pub(super) fn strip_possessive(word: &str) -> &str {
    word.strip_suffix("'s").or_else(|| word.strip_suffix("’s")).unwrap_or(word)
}

pub(super) fn capitalized(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
}

/// Titles and roles written before a name: "Judge Alvarez", "Foreign Minister Gerardo Werhein".
pub(super) fn title(word: &str) -> bool {
    TITLES.contains(word)
}

/// The words of [`title`], asked of every word of a source's phrase: one probe of a table.
static TITLES: WordTable<32> = WordTable::new(&[
    "judge",
    "minister",
    "president",
    "mr",
    "mrs",
    "ms",
    "dr",
    "gen",
    "general",
    "sen",
    "senator",
    "rep",
    "governor",
    "mayor",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "secretary",
    "director",
    "prosecutor",
    "attorney",
    "leader",
    "lawyer",
    "colonel",
    "captain",
    "officer",
    "commissioner",
    "ambassador",
    "chancellor",
    "professor",
    "prof",
    "councillor",
    "councilor",
    "candidate",
    "coach",
    "chairman",
    "chairwoman",
    "ceo",
    "analyst",
    "economist",
    "researcher",
    "sheriff",
]);

/// Words that make a capitalized name an organization: "Penal Forum", "Interior Ministry".
fn organization_word(word: &str) -> bool {
    matches!(
        word,
        "forum"
            | "council"
            | "ministry"
            | "party"
            | "court"
            | "office"
            | "government"
            | "commission"
            | "committee"
            | "agency"
            | "authority"
            | "service"
            | "department"
            | "police"
            | "army"
            | "union"
            | "bank"
            | "fund"
            | "university"
            | "institute"
            | "center"
            | "centre"
            | "association"
            | "foundation"
            | "organization"
            | "organisation"
            | "group"
            | "network"
            | "news"
            | "times"
            | "post"
            | "press"
            | "international"
            | "nations"
            | "states"
            | "republic"
            | "kingdom"
            | "house"
            | "senate"
            | "congress"
            | "parliament"
            | "assembly"
            | "board"
            | "bureau"
            | "watch"
            | "reuters"
            | "program"
            | "programme"
            | "company"
            | "corporation"
            | "inc"
            | "ltd"
            | "media"
            | "daily"
            | "tribune"
            | "herald"
            | "journal"
            | "radio"
            | "television"
            | "tv"
            | "hospital"
            | "school"
            | "church"
            | "coalition"
            | "alliance"
            | "front"
            | "movement"
            | "venezuela"
            | "foro"
            | "platform"
    )
}

/// Personal pronouns a speech tag may use instead of a name.
pub(super) fn pronoun(word: &str) -> bool {
    matches!(word, "he" | "she")
}

/// The source's name: titles and a leading "the" before a proper name dropped, an evidence noun
/// after it dropped ("Government figures" → "Government").
pub fn normalize_source(phrase: &str) -> String {
    // One ASCII word ("officials", "Romero's"): nothing to drop but a possessive. Most sources
    // are so, and this runs for each.
    if phrase.bytes().all(|b| b.is_ascii() && !b.is_ascii_whitespace()) {
        return strip_possessive(phrase).to_owned();
    }
    normalize_words(phrase)
}

/// [`normalize_source`] for any phrase, word by word.
fn normalize_words(phrase: &str) -> String {
    // The words on the stack (a source's phrase is a few words; a longer one goes to the heap).
    const STACK_WORDS: usize = 16;
    let mut stack = [""; STACK_WORDS];
    let mut heap: Vec<&str>;
    let mut n = 0;
    let mut split = phrase.split_whitespace();
    let mut words: &mut [&str] = loop {
        match split.next() {
            None => break &mut stack[..n],
            Some(w) if n < STACK_WORDS => {
                stack[n] = w;
                n += 1;
            }
            Some(_) => {
                heap = phrase.split_whitespace().collect();
                break &mut heap;
            }
        }
    };
    // "Government figures" → "Government"; but "the census" stays a source of its own.
    let evidence_after = match &*words {
        [first, .., last] => {
            lx::evidence_noun(low(last).as_str()) && !(words.len() == 2 && first.eq_ignore_ascii_case("the"))
        }
        _ => false,
    };
    if evidence_after {
        let kept = words.len() - 1;
        words = &mut words[..kept];
    }
    if let Some(last) = words.last_mut() {
        *last = strip_possessive(last);
    }
    // Drop titles and roles before a name: keep from the first capitalized word after the last title.
    if let Some(last_title) = words.iter().rposition(|w| title(low(w.trim_end_matches('.')).as_str()))
        && words[last_title + 1..].first().is_some_and(|w| capitalized(w))
    {
        words = &mut words[last_title + 1..];
    }
    if let [first, second, ..] = &*words
        && first.eq_ignore_ascii_case("the")
    {
        // "the Election Council" → "Election Council"; "The census" → "the census".
        if capitalized(second) {
            words = &mut words[1..];
        } else {
            words[0] = "the";
        }
    }
    let mut out = String::with_capacity(words.iter().map(|w| w.len() + 1).sum());
    for (k, w) in words.iter().enumerate() {
        out.extend([if k == 0 { "" } else { " " }, w]);
    }
    out
}

/// The person named last before `before` in the text: a run of capitalized words not at the start
/// of a sentence, or after a title ("Judge Alvarez", "Carlos Romero"). Returns the surname.
pub(super) fn last_person(text: &str, before: usize) -> Option<String> {
    let lo = before.saturating_sub(PRONOUN_LOOKBACK_BYTES);
    let mut lo = lo;
    while lo > 0 && !text.is_char_boundary(lo) {
        lo -= 1;
    }
    let window = &text[lo..before];
    let mut best: Option<String> = None;
    let mut pos = 0;
    let mut run: Vec<&str> = Vec::new();
    let mut prev_title = false;
    let flush = |run: &mut Vec<&str>, prev_title: bool, best: &mut Option<String>| {
        // "Penal Forum", "Election Council": an organization, not a person "he" could be.
        let organization = run.iter().any(|w| organization_word(low(w).as_str()));
        if (run.len() >= 2 || prev_title)
            && !organization
            && let Some(last) = run.last()
        {
            *best = Some(strip_possessive(last).to_owned());
        }
        run.clear();
    };
    while pos < window.len() {
        let Some((s, e)) = word_at(window, pos) else {
            let c = window[pos..].chars().next().map_or(' ', |c| c);
            if !c.is_whitespace() {
                flush(&mut run, prev_title, &mut best);
                prev_title = false;
            }
            pos += c.len_utf8();
            continue;
        };
        let w = &window[s..e];
        let lowered = low(w);
        let lowered = lowered.as_str();
        if capitalized(w) && !title(lowered) && !lx::function_word(lowered) {
            run.push(w);
            // "Romero said", "Romero also maintained": one word is enough for a speaker.
            let mut next = word_at(window, skip_spaces(window.as_bytes(), e));
            if next.is_some_and(|(ns, ne)| &window[ns..ne] == "also") {
                next = next.and_then(|(_, ne)| word_at(window, skip_spaces(window.as_bytes(), ne)));
            }
            if run.len() == 1 && next.is_some_and(|(ns, ne)| lx::attribution_verb(low(&window[ns..ne]).as_str())) {
                best = Some(w.to_owned());
            }
        } else {
            flush(&mut run, prev_title, &mut best);
            prev_title = title(lowered);
        }
        pos = e;
    }
    flush(&mut run, prev_title, &mut best);
    best
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_word_sources_are_normalized_as_any_phrase_is() {
        for word in ["officials", "Romero's", "Romero’s", "the", "Figures", "Dr.", "police", "'s", "", "UN"] {
            assert_eq!(normalize_source(word), normalize_words(word), "{word:?}");
        }
        assert_eq!(normalize_source("Romero's"), "Romero");
        assert_eq!(normalize_source("the Electoral Council's figures"), "Electoral Council");
    }
}
