//! What surrounds a number: its qualifier ("at least"), its subject ("people were killed"), its
//! sentence, and the source that sentence names ("according to the Election Council").

use super::bytes::{lower, prev_word, skip_spaces, skip_spaces_back};
use super::lexicon as lx;
use super::{Claim, Found, Qualifier};

/// A sentence never reaches further than this from its claim (keeps run-on text linear).
const SENTENCE_LIMIT_BYTES: usize = 600;

/// The last sentence worked out, reused by the next claim when it sits in the same one.
#[derive(Default)]
pub struct SentenceCache {
    start: usize,
    end: usize,
    sentence: String,
    attribution: Option<String>,
}

/// Adds context to what the grammar found.
pub fn complete(text: &str, found: Found, cache: &mut SentenceCache) -> Claim {
    if cache.sentence.is_empty() || found.start < cache.start || found.end > cache.end {
        let (start, end) = sentence_bounds(text, found.start, found.end);
        let sentence = &text[start..end];
        cache.start = start;
        cache.end = end;
        cache.sentence = sentence.to_owned();
        cache.attribution = attribution(sentence);
    }
    let sentence_start = cache.start;
    Claim {
        start: found.start,
        end: found.end,
        text: text[found.start..found.end].to_owned(),
        kind: found.kind,
        value: found.value,
        value_max: found.value_max,
        unit: found.unit.map(str::to_owned),
        date: found.date,
        qualifier: qualifier(text.as_bytes(), found.start),
        subject: subject(text, found.end, cache.end).or_else(|| subject_before(text, sentence_start, found.start)),
        sentence: cache.sentence.clone(),
        attribution: cache.attribution.clone(),
    }
}

// -------------------------------------------------------------------------------------------------
// Qualifier

/// The hedge right before the number: "at least", "nearly", "more than", "~".
pub fn qualifier(b: &[u8], start: usize) -> Qualifier {
    let before = skip_spaces_back(b, start);
    if before > 0 {
        match b[before - 1] {
            b'~' => return Qualifier::Approximately,
            b'>' => return Qualifier::MoreThan,
            b'<' => return Qualifier::LessThan,
            _ => {}
        }
    }
    // Up to three words back, nearest first.
    let mut words: [Option<(usize, usize)>; 3] = [None; 3];
    let mut pos = start;
    for slot in &mut words {
        let Some(w) = prev_word(b, pos) else {
            break;
        };
        *slot = Some(w);
        pos = w.0;
    }
    let lowered: Vec<_> = words.iter().map(|w| w.map(|w| lower(b, w))).collect();
    'phrases: for (phrase, q) in lx::QUALIFIERS {
        // phrase is in reading order; words[0] is the nearest word.
        for (k, expected) in phrase.iter().rev().enumerate() {
            match lowered.get(k).and_then(Option::as_ref) {
                Some(w) if w.as_str() == *expected => {}
                _ => continue 'phrases,
            }
        }
        return *q;
    }
    Qualifier::Exact
}

// -------------------------------------------------------------------------------------------------
// Subject

/// A word of running text: letters (any script), with inner apostrophes and hyphens.
fn word_at(text: &str, i: usize) -> Option<(usize, usize)> {
    let rest = text.get(i..)?;
    let mut end = i;
    let mut chars = rest.char_indices().peekable();
    while let Some((k, c)) = chars.next() {
        if c.is_alphabetic() {
            end = i + k + c.len_utf8();
        } else if matches!(c, '\'' | '’' | '-') && chars.peek().is_some_and(|(_, n)| n.is_alphabetic()) && end > i {
            continue;
        } else {
            break;
        }
    }
    (end > i).then_some((i, end))
}

fn lower_word(text: &str, (s, e): (usize, usize)) -> String {
    text[s..e].to_lowercase()
}

/// Participles and event words that finish a subject: "24 individuals have *died*".
fn event_word(w: &str) -> bool {
    w.ends_with("ed")
        || w.ends_with("en")
        || matches!(
            w,
            "died"
                | "killed"
                | "dead"
                | "injured"
                | "wounded"
                | "missing"
                | "hurt"
                | "held"
                | "freed"
                | "fled"
                | "left"
                | "lost"
                | "won"
                | "women"
                | "men"
                | "children"
        )
}

/// The words after the number that name what is counted.
pub fn subject(text: &str, from: usize, limit: usize) -> Option<String> {
    let b = text.as_bytes();
    let mut pos = skip_spaces(b, from);
    let mut words: Vec<(usize, usize)> = Vec::new();
    let mut first = word_at(text, pos).filter(|_| pos < limit)?;
    // "51 percent of the vote": look past "of" and a determiner.
    if lower_word(text, first) == "of" {
        pos = skip_spaces(b, first.1);
        first = word_at(text, pos)?;
        if matches!(
            lower_word(text, first).as_str(),
            "the" | "a" | "an" | "its" | "their" | "his" | "her" | "our" | "these" | "those"
        ) {
            pos = skip_spaces(b, first.1);
            first = word_at(text, pos)?;
        }
    }
    let mut next = Some(first);
    // The noun phrase: up to three content words.
    while let Some(w) = next {
        let low = lower_word(text, w);
        // A verb after the noun ends the phrase: "election *sparked*", "prisoners *indicates*".
        let verb = !words.is_empty() && (low.ends_with("ed") || lx::attribution_verb(&low));
        if words.len() == 3 || lx::function_word(&low) || verb || w.1 > limit {
            break;
        }
        words.push(w);
        pos = skip_spaces(b, w.1);
        next = word_at(text, pos);
    }
    // "people died", "people detained".
    if let Some(v) = next
        && !words.is_empty()
        && v.1 <= limit
        && matches!(
            lower_word(text, v).as_str(),
            "died"
                | "killed"
                | "injured"
                | "wounded"
                | "arrested"
                | "detained"
                | "missing"
                | "dead"
                | "displaced"
                | "evacuated"
                | "released"
                | "freed"
                | "hurt"
                | "jailed"
                | "imprisoned"
                | "executed"
                | "deported"
                | "fled"
        )
    {
        words.push(v);
        next = None;
    }
    // "have died", "were killed", "have been detained", "are women".
    if let Some(aux) = next
        && lx::auxiliary(&lower_word(text, aux))
    {
        let mut verb_words = vec![aux];
        let mut p = skip_spaces(b, aux.1);
        let mut w = word_at(text, p);
        if let Some(been) = w
            && matches!(lower_word(text, been).as_str(), "been" | "now" | "being" | "also")
        {
            verb_words.push(been);
            p = skip_spaces(b, been.1);
            w = word_at(text, p);
        }
        if let Some(v) = w
            && v.1 <= limit
            && (event_word(&lower_word(text, v)) || words.is_empty())
            && !lx::function_word(&lower_word(text, v))
        {
            verb_words.push(v);
            words.extend(verb_words);
        }
    }
    let (&first, &last) = (words.first()?, words.last()?);
    Some(collapse_spaces(&text[first.0..last.1]))
}

/// "the number of political prisoners … stands at 301": the subject named before the number.
fn subject_before(text: &str, sentence_start: usize, claim_start: usize) -> Option<String> {
    let before = &text[sentence_start..claim_start];
    let at = before.to_ascii_lowercase().rfind("number of ")?;
    let from = sentence_start + at + "number of ".len();
    subject(text, from, claim_start)
}

fn collapse_spaces(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

// -------------------------------------------------------------------------------------------------
// Sentence

/// Words that end with a full stop without ending a sentence.
fn abbreviation(word: &str) -> bool {
    word.len() == 1
        || matches!(
            word,
            "mr" | "mrs"
                | "ms"
                | "dr"
                | "st"
                | "no"
                | "vs"
                | "gen"
                | "gov"
                | "sen"
                | "rep"
                | "inc"
                | "ltd"
                | "co"
                | "corp"
                | "jr"
                | "sr"
                | "prof"
                | "lt"
                | "col"
                | "sgt"
                | "capt"
                | "mt"
                | "ft"
                | "approx"
                | "est"
                | "jan"
                | "feb"
                | "mar"
                | "apr"
                | "jun"
                | "jul"
                | "aug"
                | "sep"
                | "sept"
                | "oct"
                | "nov"
                | "dec"
                | "fig"
                | "vol"
                | "pp"
        )
}

/// Does a sentence end at the terminator `b[i]` (".", "!", "?")?
fn ends_sentence(b: &[u8], i: usize) -> bool {
    let mut after = i + 1;
    while matches!(b.get(after), Some(b'"' | b'\'' | b')')) {
        after += 1;
    }
    // Closing curly quotes: ” ’
    while b.get(after) == Some(&0xE2)
        && b.get(after + 1) == Some(&0x80)
        && matches!(b.get(after + 2), Some(0x9D | 0x99))
    {
        after += 3;
    }
    if after < b.len() && !b[after].is_ascii_whitespace() {
        return false;
    }
    if b[i] != b'.' {
        return true;
    }
    let mut s = i;
    while s > 0 && b[s - 1].is_ascii_alphabetic() {
        s -= 1;
    }
    s == i || !abbreviation(lower(b, (s, i)).as_str())
}

/// The sentence around `[start, end)`: from after the previous terminator or line break to the next.
pub fn sentence_bounds(text: &str, start: usize, end: usize) -> (usize, usize) {
    let b = text.as_bytes();
    let lo = floor_boundary(text, start.saturating_sub(SENTENCE_LIMIT_BYTES));
    let mut s = start;
    while s > lo {
        let c = b[s - 1];
        if c == b'\n' || (matches!(c, b'.' | b'!' | b'?') && ends_sentence(b, s - 1)) {
            break;
        }
        s -= 1;
    }
    let hi = floor_boundary(text, (end + SENTENCE_LIMIT_BYTES).min(b.len()));
    let mut e = end;
    while e < hi {
        let c = b[e];
        if c == b'\n' {
            break;
        }
        if matches!(c, b'.' | b'!' | b'?') && ends_sentence(b, e) {
            e += 1;
            break;
        }
        e += 1;
    }
    let e = floor_boundary(text, e);
    // Trim surrounding whitespace (ASCII only, so boundaries stay valid).
    while s < e && b[s].is_ascii_whitespace() {
        s += 1;
    }
    let mut e = e;
    while e > s && b[e - 1].is_ascii_whitespace() {
        e -= 1;
    }
    (s.min(start), e.max(end))
}

fn floor_boundary(text: &str, mut i: usize) -> usize {
    while i > 0 && !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

// -------------------------------------------------------------------------------------------------
// Attribution

/// The source a sentence names: "according to X", "X said", "said X", "Government figures indicate".
pub fn attribution(sentence: &str) -> Option<String> {
    let lowered = sentence.to_ascii_lowercase();
    if let Some(at) = lowered.find("according to ") {
        let rest = &sentence[at..];
        let end = rest.find([',', '.', ';', ':', '"', '“', '”', '(', '\n']).unwrap_or(rest.len());
        let phrase = rest[..end].trim_end();
        if phrase.len() > "according to ".len() {
            return Some(collapse_spaces(phrase));
        }
    }
    let b = sentence.as_bytes();
    let mut pos = 0;
    while pos < b.len() {
        let Some((s, e)) = word_at(sentence, pos) else {
            pos += sentence[pos..].chars().next().map_or(1, char::len_utf8);
            continue;
        };
        pos = e;
        if !lx::attribution_verb(&lowered[s..e]) {
            continue;
        }
        if let Some(source) = source_before(sentence, s) {
            let evidence = source.split_whitespace().next_back().is_some_and(|w| lx::evidence_noun(&w.to_lowercase()));
            if !lx::evidence_verb(&lowered[s..e]) || evidence {
                return Some(format!("{source} {}", &sentence[s..e]));
            }
            continue;
        }
        if let Some(source) = source_after(sentence, e) {
            return Some(format!("{} {source}", &sentence[s..e]));
        }
    }
    None
}

/// Up to four words before the verb, back to punctuation: "Government figures", "Matthew Miller".
fn source_before(sentence: &str, verb_start: usize) -> Option<String> {
    let b = sentence.as_bytes();
    let mut s = verb_start;
    let mut count = 0;
    let mut nearest_capital = false;
    loop {
        let e = skip_spaces_back(b, s);
        if e == s && s != verb_start {
            break;
        }
        let mut ws = e;
        while ws > 0 && {
            let c = sentence[..ws].chars().next_back().unwrap_or(' ');
            c.is_alphabetic() || c == '\'' || c == '’' || c == '-'
        } {
            ws -= sentence[..ws].chars().next_back().map_or(1, char::len_utf8);
        }
        if ws == e {
            break;
        }
        let w = sentence[ws..e].to_ascii_lowercase();
        if !w.chars().any(char::is_alphabetic) {
            break;
        }
        let capital = sentence[ws..].chars().next().is_some_and(char::is_uppercase);
        // A name ("Vente Venezuela said") ends at the first lower-case word before it.
        if count > 0 && nearest_capital && !capital && w != "the" {
            break;
        }
        if count == 0 {
            nearest_capital = capital;
        }
        if count > 0 && (lx::function_word(&w) && !matches!(w.as_str(), "the")) {
            break;
        }
        if count == 0 && (lx::function_word(&w) || w == "it") {
            return None;
        }
        s = ws;
        count += 1;
        if count == 4 || w == "the" {
            break;
        }
    }
    (count > 0).then(|| collapse_spaces(&sentence[s..skip_spaces_back(b, verb_start)]))
}

/// The name after the verb: "said Himiob", "said Argentine Foreign Minister Gerardo Werhein".
fn source_after(sentence: &str, verb_end: usize) -> Option<String> {
    let b = sentence.as_bytes();
    let mut pos = skip_spaces(b, verb_end);
    let mut end = pos;
    let mut count = 0;
    while let Some((s, e)) = word_at(sentence, pos) {
        let capital = sentence[s..].chars().next().is_some_and(char::is_uppercase);
        if !capital || count == 6 {
            break;
        }
        end = e;
        count += 1;
        pos = skip_spaces(b, e);
    }
    (count > 0).then(|| sentence[skip_spaces(b, verb_end)..end].to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn qualifiers() {
        let t = "at least 24";
        assert_eq!(qualifier(t.as_bytes(), 9), Qualifier::AtLeast);
        let t = "no more than 5";
        assert_eq!(qualifier(t.as_bytes(), 13), Qualifier::AtMost);
        let t = "nearly 200";
        assert_eq!(qualifier(t.as_bytes(), 7), Qualifier::Nearly);
        let t = "the 200";
        assert_eq!(qualifier(t.as_bytes(), 4), Qualifier::Exact);
    }

    #[test]
    fn attributions() {
        assert_eq!(
            attribution("Maduro won 51 percent, according to the Election Council.").as_deref(),
            Some("according to the Election Council")
        );
        assert_eq!(
            attribution("Government figures indicate that around 2,000 people were arrested.").as_deref(),
            Some("Government figures indicate")
        );
        assert_eq!(attribution("There were 11 people detained, Romero said.").as_deref(), Some("Romero said"));
        assert_eq!(attribution("Nothing to see: 11 people.").as_deref(), None);
    }

    #[test]
    fn sentences_skip_abbreviations() {
        let t = "The U.S. has sent $5 million. Then more.";
        let (s, e) = sentence_bounds(t, 16, 26);
        assert_eq!(&t[s..e], "The U.S. has sent $5 million.");
    }
}
