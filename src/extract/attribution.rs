//! Who says so: the sources a sentence names ("according to the Election Council", "Romero said",
//! "…, said Himiob", "Government figures indicate", "he said"), which of them governs each claim
//! (the nearest before it in the sentence, else the tag after it), and the source's normalized name.

use super::bytes::{
    Lower, char_and_len_at, letters_end, skip_spaces, skip_spaces_back, word_char_at, word_char_before,
};
use super::context::collapse_spaces;
use super::lexicon as lx;
pub use super::names::normalize_source;
use super::names::{capitalized, last_person, low, pronoun, title};

/// A source named in a sentence.
#[derive(Clone, Debug, PartialEq)]
pub struct Named {
    /// Where it sits in the sentence (byte offset of the phrase), to choose the one governing a claim.
    pub at: usize,
    /// The words: "According to the Election Council", "Romero said", "he said".
    pub phrase: String,
    /// The source, normalized: "Election Council", "Romero", "the interior ministry".
    pub source: String,
    /// A tag that may follow what it attributes: "according to X", "…, said X", "…, X said." (and
    /// not "polls showed him trailing…", whose verb governs a clause of its own). `Some(end)`: it
    /// is one if the sentence ends soon after its verb, which ends at `end` (decided only when
    /// asked, since most sources precede their claims).
    pub tag: Tag,
}

/// Whether a source may follow what it attributes.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Tag {
    /// Always ("according to X", "…, said X").
    Yes,
    /// If the sentence ends soon after the verb that ends here ("…, officials said.").
    IfVerbEnds(usize),
}

/// A word of running text: letters (any script), with inner apostrophes and hyphens.
pub(super) fn word_at(text: &str, i: usize) -> Option<(usize, usize)> {
    let rest = text.get(i..)?;
    let char_at = |k: usize| char_and_len_at(rest, k);
    // A run of ASCII letters eight at a time (most words are all of one), then a character at a
    // time from wherever it stops.
    let mut end = letters_end(rest.as_bytes(), 0);
    let mut k = end;
    while let Some((c, len)) = char_at(k) {
        if c.is_alphabetic() {
            k += len;
            end = k;
        } else if matches!(c, '\'' | '’' | '-') && end > 0 && char_at(k + len).is_some_and(|(n, _)| n.is_alphabetic())
        {
            k += len;
        } else {
            break;
        }
    }
    (end > 0).then_some((i, i + end))
}

/// Every source a sentence names, in order. `text` and `sentence_start` let a pronoun ("he said")
/// find the person it stands for earlier in the document.
pub fn sources(text: &str, sentence_start: usize, sentence: &str) -> Vec<Named> {
    let mut out = Vec::new();
    sources_into(text, sentence_start, sentence, &mut out);
    out
}

/// `sources`, into a vector that is cleared first (so one vector serves a whole document).
pub fn sources_into(text: &str, sentence_start: usize, sentence: &str, out: &mut Vec<Named>) {
    out.clear();
    let b = sentence.as_bytes();
    let mut pos = 0;
    // A byte-level pass over ASCII words (every verb and lead is ASCII): most sentences name no
    // source, and this keeps them cheap.
    while pos < b.len() {
        if !b[pos].is_ascii_alphabetic() {
            pos += 1;
            continue;
        }
        let (s, e) = (pos, letters_end(b, pos));
        pos = e;
        // The filter first: it turns away nearly every word at one look-up.
        if !lx::maybe_source_word(&b[s..e]) {
            continue;
        }
        let glued_before =
            s > 0 && (b[s - 1] >= 0x80 && word_char_before(sentence, s) || matches!(b[s - 1], b'\'' | b'-'));
        let glued_after = e < b.len() && b[e] >= 0x80 && word_char_at(sentence, e);
        if glued_before || glued_after {
            continue;
        }
        let verb = Lower::new(b, s, e);
        let verb = verb.as_str();
        // "according to X", "data from X", "in a statement, X": checked here, in the one pass.
        if let Some(lead_len) = lead_at(sentence, s, verb)
            && (s == 0 || !sentence[..s].chars().next_back().is_some_and(char::is_alphanumeric))
        {
            if let Some(named) = led_source(sentence, s, lead_len) {
                out.push(named);
            }
            continue;
        }
        // "The Electoral Council's count", "the agency's figures": a possessive names the source.
        if lx::evidence_noun(verb)
            && sentence[..s].trim_end().ends_with(['s'])
            && (sentence[..s].trim_end().ends_with("'s") || sentence[..s].trim_end().ends_with("’s"))
        {
            if let Some(named) = source_before(text, sentence_start, sentence, s, e) {
                out.push(named);
            }
            continue;
        }
        if !lx::attribution_verb(verb) {
            continue;
        }
        if let Some(named) = source_before(text, sentence_start, sentence, s, e) {
            // An evidence verb ("figures show") needs a body of evidence for its subject; asked
            // only of one (most verbs are "said").
            let evidence = || {
                named.source.split_whitespace().next_back().is_some_and(|w| lx::evidence_noun(low(w).as_str()))
                    || named.phrase.split_whitespace().rev().nth(1).is_some_and(|w| lx::evidence_noun(low(w).as_str()))
            };
            if !lx::evidence_verb(verb) || evidence() {
                out.push(named);
            }
            continue;
        }
        if let Some(named) = source_after(sentence, s, e) {
            out.push(named);
        }
    }
    out.sort_by_key(|n| n.at);
    out.dedup_by_key(|n| n.at);
}

/// If a lead ("according to ", "data from ", "in a statement, ") starts with the word at `s`, its
/// length in bytes.
fn lead_at(sentence: &str, s: usize, word: &str) -> Option<usize> {
    let candidates: &[&str] = match word {
        "according" => &["according to "],
        "data" => &["data from "],
        "figures" => &["figures from "],
        "estimates" => &["estimates from "],
        "in" => &["in a statement, "],
        _ => return None,
    };
    let rest = sentence.as_bytes().get(s..)?;
    candidates
        .iter()
        .find(|lead| rest.len() >= lead.len() && rest[..lead.len()].eq_ignore_ascii_case(lead.as_bytes()))
        .map(|lead| lead.len())
}

/// The source that governs a claim at `offset` in the sentence: the nearest named before it, else
/// the first named after it (a trailing "…, officials said").
pub fn governing<'a>(sources: &'a [Named], sentence: &str, offset: usize) -> Option<&'a Named> {
    let is_tag = |n: &Named| match n.tag {
        Tag::Yes => true,
        Tag::IfVerbEnds(end) => verb_ends_sentence(sentence, end),
    };
    sources.iter().rev().find(|n| n.at <= offset).or_else(|| sources.iter().find(|n| n.at > offset && is_tag(n)))
}

/// Does the verb end its sentence (but for a few words: "officials said.", "told reporters.")?
fn verb_ends_sentence(sentence: &str, verb_end: usize) -> bool {
    let rest = &sentence[verb_end..];
    if rest.bytes().any(|c| c.is_ascii_digit()) {
        return false;
    }
    // "…, Romero said in a statement published on its website.": an adverbial, not a clause.
    let first = rest.split_whitespace().next().map(|w| low(w.trim_matches(|c: char| !c.is_alphabetic())));
    let first = first.as_ref().map(Lower::as_str);
    let adverbial = first.is_some_and(|w| {
        matches!(
            w,
            "in" | "on"
                | "at"
                | "during"
                | "after"
                | "before"
                | "while"
                | "when"
                | "from"
                | "to"
                | "through"
                | "via"
                | "yesterday"
                | "today"
                | "tonight"
                | "last"
                | "this"
                | "earlier"
                | "later"
                | "adding"
                | "citing"
                | "according"
                | "late"
                | "early"
                | "by"
                | "with"
                | "without"
                | "reporters"
                | "journalists"
        )
    });
    // "polls showed him trailing", "said that…": the verb governs a clause of its own.
    let clause = first.is_some_and(|w| matches!(w, "him" | "her" | "them" | "it" | "that" | "how" | "what" | "there"));
    !clause && (rest.split_whitespace().take(4).count() <= 3 || adverbial)
}

/// "According to X", "data from X": X runs to the next punctuation.
fn led_source(sentence: &str, at: usize, lead_len: usize) -> Option<Named> {
    let rest = &sentence[at..];
    let end = rest[lead_len..]
        .char_indices()
        .find(|&(k, c)| {
            let k = k + lead_len;
            // "U.N.", "U.S.": a dot after a single capital is part of the name.
            let abbreviation = c == '.'
                && rest[..k].chars().next_back().is_some_and(char::is_uppercase)
                && rest[..k].chars().rev().nth(1).is_none_or(|p| !p.is_alphabetic());
            matches!(c, ',' | '.' | ';' | ':' | '"' | '“' | '”' | '(' | '\n' | '—') && !abbreviation
        })
        .map_or(rest.len(), |(k, _)| k + lead_len);
    let mut phrase = rest[..end].trim_end();
    // "data from X show…", "in a statement, the ministry put…": stop before a verb.
    if let Some(cut) = phrase[lead_len.min(phrase.len())..].split_whitespace().position(|w| {
        // A capitalized word belongs to a name ("the United Nations"), never a verb here.
        let low = w.to_lowercase();
        !capitalized(w) && (lx::attribution_verb(&low) || super::heads::verb_like(&low))
            || w.chars().next().is_some_and(|c| c.is_ascii_digit())
    }) {
        let kept: Vec<&str> = phrase[lead_len..].split_whitespace().take(cut).collect();
        let tail = kept.join(" ");
        let start = &phrase[..lead_len];
        let joined = format!("{start}{tail}");
        return (!tail.is_empty()).then(|| Named {
            at,
            phrase: collapse_spaces(&joined),
            source: normalize_source(&tail),
            tag: Tag::Yes,
        });
    }
    if phrase.len() <= lead_len {
        return None;
    }
    phrase = phrase.trim_end();
    Some(Named {
        at,
        phrase: collapse_spaces(phrase),
        source: normalize_source(phrase[lead_len..].trim()),
        tag: Tag::Yes,
    })
}

/// The word before `i` (skipping spaces only): `(start, end)`.
fn word_before(sentence: &str, i: usize) -> Option<(usize, usize)> {
    let e = skip_spaces_back(sentence.as_bytes(), i);
    let mut s = e;
    let b = sentence.as_bytes();
    // ASCII letters, apostrophes and hyphens stepped over a byte at a time; anything else decoded.
    while s > 0 && (b[s - 1].is_ascii_alphabetic() || matches!(b[s - 1], b'\'' | b'-')) {
        s -= 1;
    }
    while s > 0 {
        let Some(c) = sentence[..s].chars().next_back() else {
            break;
        };
        if c.is_alphabetic() || c == '\'' || c == '’' || c == '-' {
            s -= c.len_utf8();
        } else {
            break;
        }
    }
    let s = s + sentence[s..e].find(|c: char| c.is_alphabetic()).unwrap_or(e - s);
    (s < e).then_some((s, e))
}

/// ", who chairs the commission," right before `i`: where the relative clause starts (its comma).
fn relative_clause_before(sentence: &str, i: usize) -> Option<usize> {
    let before = sentence[..i].trim_end();
    let inner = before.strip_suffix(',')?;
    let comma = inner.rfind(',')?;
    let clause = inner[comma + 1..].trim_start().to_lowercase();
    // A relative clause or an appositive: ", who chairs the commission,", ", a lawyer,".
    let opens = ["who ", "which ", "a ", "an ", "the "].iter().any(|w| clause.starts_with(w));
    (opens && clause.split_whitespace().count() <= 8).then_some(comma)
}

/// Up to four words before the verb, back to punctuation: "Government figures said", "Matthew
/// Miller said", "he said" (resolved to the person named last).
fn source_before(
    text: &str,
    sentence_start: usize,
    sentence: &str,
    verb_start: usize,
    verb_end: usize,
) -> Option<Named> {
    let verb = &sentence[verb_start..verb_end];
    // "The director of the Penal Forum, Alfredo Romero, highlighted…": the name between commas.
    if let Some(inner) = sentence[..verb_start].trim_end().strip_suffix(',') {
        let from = inner.rfind(',').map_or(0, |p| p + 1);
        let name = inner[from..].trim();
        let words: Vec<&str> = name.split_whitespace().collect();
        if (1..=4).contains(&words.len())
            && words.iter().all(|w| capitalized(w))
            && !words.iter().any(|w| title(low(w).as_str()))
            || (2..=5).contains(&words.len())
                && words.last().is_some_and(|w| capitalized(w))
                && title(low(words[0]).as_str())
        {
            let at = from + inner[from..].find(name).unwrap_or(0);
            let tag = Tag::IfVerbEnds(verb_end);
            return Some(Named { at, phrase: spaced(name, verb), source: normalize_source(name), tag });
        }
    }
    let mut end = verb_start;
    if let Some(comma) = relative_clause_before(sentence, verb_start) {
        end = comma;
    }
    let (ws, we) = word_before(sentence, end)?;
    let nearest = low(&sentence[ws..we]);
    let nearest = nearest.as_str();
    if pronoun(nearest) {
        // `"…," he said`: the speaker is named before the quotation, not inside it.
        let tag_prefix = sentence[..ws].trim_end_matches([' ', ',']);
        let mut look_from = sentence_start + ws;
        if tag_prefix.ends_with(['"', '”']) {
            let closing = sentence_start + tag_prefix.len() - tag_prefix.chars().next_back().map_or(1, char::len_utf8);
            if let Some(opening) = text[..closing].rfind(['"', '“']) {
                look_from = opening;
            }
        }
        let person = last_person(text, look_from)?;
        let tag = Tag::IfVerbEnds(verb_end);
        return Some(Named { at: ws, phrase: spaced(&sentence[ws..we], verb), source: person, tag });
    }
    if lx::function_word(nearest) || nearest == "it" {
        return None;
    }
    let mut start = ws;
    let mut count = 1;
    let nearest_capital = capitalized(&sentence[ws..we]);
    while count < 6 {
        // Stop at punctuation between words.
        let gap = &sentence[skip_spaces_back(sentence.as_bytes(), start)..start];
        if !gap.trim().is_empty() {
            break;
        }
        let Some((s, e)) = word_before(sentence, start) else {
            break;
        };
        let w = low(&sentence[s..e]);
        let w = w.as_str();
        let capital = capitalized(&sentence[s..e]);
        // A name ("Vente Venezuela said") ends at the first lower-case word before it, unless a title.
        if nearest_capital && !capital && w != "the" && !title(w) {
            break;
        }
        if lx::function_word(w) && w != "the" {
            break;
        }
        start = s;
        count += 1;
        if w == "the" {
            break;
        }
    }
    let words: String = collapse_spaces(&sentence[start..we]);
    // A lowercase run of more than three words before the verb ("the regional fire service" is
    // fine) is a clause, not a source.
    let determiner = usize::from(words.split_whitespace().next().is_some_and(|w| w.eq_ignore_ascii_case("the")));
    if !nearest_capital && count - determiner > 3 {
        return None;
    }
    let tag = Tag::IfVerbEnds(verb_end);
    Some(Named { at: start, phrase: spaced(&words, verb), source: normalize_source(&words), tag })
}

/// `a` and `b` with a space between (what `format!("{a} {b}")` makes, without its machinery:
/// this runs for every source named).
fn spaced(a: &str, b: &str) -> String {
    let mut out = String::with_capacity(a.len() + 1 + b.len());
    out.push_str(a);
    out.push(' ');
    out.push_str(b);
    out
}

/// The name after the verb in an inverted tag: "…, said Himiob", "…," said Argentine Foreign
/// Minister Gerardo Werhein. Only after a comma or closing quote: in "said Ortega won" the name
/// after the verb is what was said, not who said it.
fn source_after(sentence: &str, verb_start: usize, verb_end: usize) -> Option<Named> {
    let before = sentence[..verb_start].trim_end();
    if !(before.ends_with(',') || before.ends_with('”') || before.ends_with('"') || before.is_empty()) {
        return None;
    }
    let b = sentence.as_bytes();
    let mut pos = skip_spaces(b, verb_end);
    let name_start = pos;
    let mut end = pos;
    let mut count = 0;
    while let Some((s, e)) = word_at(sentence, pos) {
        let w = &sentence[s..e];
        if !(capitalized(w) || (count > 0 && title(low(w).as_str()))) || count == 6 {
            break;
        }
        end = e;
        count += 1;
        // "Dr. Ana Ruiz": a title's full stop does not end the name.
        let dot = b.get(e) == Some(&b'.') && title(low(w).as_str());
        pos = skip_spaces(b, if dot { e + 1 } else { e });
    }
    if count == 0 {
        // "…, said the ministry" / "…, said officials".
        let (s, e) = word_at(sentence, name_start)?;
        if low(&sentence[s..e]).as_str() == "the" {
            let (_, e2) = word_at(sentence, skip_spaces(b, e))?;
            let words = &sentence[name_start..e2];
            return Some(Named {
                at: verb_start,
                phrase: spaced(&sentence[verb_start..verb_end], words),
                source: normalize_source(words),
                tag: Tag::Yes,
            });
        }
        return None;
    }
    let name = &sentence[name_start..end];
    Some(Named {
        at: verb_start,
        phrase: spaced(&sentence[verb_start..verb_end], name),
        source: normalize_source(name),
        tag: Tag::Yes,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_word_runs_over_letters_of_any_script_and_inner_apostrophes_and_hyphens() {
        // What word_at did a character at a time, before its ASCII letters were read in lanes.
        let by_chars = |text: &str, i: usize| {
            let rest = text.get(i..)?;
            let chars: Vec<(usize, char)> = rest.char_indices().collect();
            let mut end = 0;
            for (n, &(at, c)) in chars.iter().enumerate() {
                let next_is_letter = chars.get(n + 1).is_some_and(|(_, c)| c.is_alphabetic());
                if c.is_alphabetic() {
                    end = at + c.len_utf8();
                } else if !(matches!(c, '\'' | '’' | '-') && end > 0 && next_is_letter) {
                    break;
                }
            }
            (end > 0).then_some((i, i + end))
        };
        let text = "Ruiz's state-run café—niños’ don't -x a1 Ωmega‑ 😀 مرحبا abcdefghijklmnopq-rs' end";
        for i in (0..=text.len()).filter(|&i| text.is_char_boundary(i)) {
            assert_eq!(word_at(text, i), by_chars(text, i), "at {i}: {:?}", &text[i..]);
        }
    }

    #[test]
    fn a_word_is_read_as_its_characters_say() {
        // The reference: the word read character by character.
        let by_chars = |text: &str, i: usize| -> Option<(usize, usize)> {
            let rest = text.get(i..)?;
            let mut end = i;
            let mut chars = rest.char_indices().peekable();
            while let Some((k, c)) = chars.next() {
                if c.is_alphabetic() {
                    end = i + k + c.len_utf8();
                } else if matches!(c, '\'' | '’' | '-')
                    && chars.peek().is_some_and(|(_, n)| n.is_alphabetic())
                    && end > i
                {
                    continue;
                } else {
                    break;
                }
            }
            (end > i).then_some((i, end))
        };
        for text in [
            "",
            "said",
            "O'Brien's aide",
            "state-run café’s",
            "-x 'y",
            "Δήμος said",
            "niños—y",
            "a1",
            "x’",
            "😀 ok",
            "l'État",
        ] {
            for i in 0..=text.len() + 1 {
                assert_eq!(word_at(text, i), by_chars(text, i), "{text:?} at {i}");
            }
        }
    }

    fn first(sentence: &str) -> Option<(String, String)> {
        sources(sentence, 0, sentence).first().map(|n| (n.phrase.clone(), n.source.clone()))
    }

    #[test]
    fn sources_and_their_names() {
        assert_eq!(
            first("Maduro won 51 percent, according to the Election Council."),
            Some(("according to the Election Council".into(), "Election Council".into()))
        );
        assert_eq!(
            first("Government figures indicate that around 2,000 people were arrested."),
            Some(("Government figures indicate".into(), "Government".into()))
        );
        assert_eq!(first("There were 11 people detained, Romero said."), Some(("Romero said".into(), "Romero".into())));
        assert_eq!(
            first("Judge Alvarez, who chairs the commission, said Ortega won 412,006 votes."),
            Some(("Judge Alvarez said".into(), "Alvarez".into()))
        );
        assert_eq!(first("Nothing to see: 11 people."), None);
    }

    #[test]
    fn a_pronoun_stands_for_the_person_named_before() {
        let text = "Carlos Romero runs the clinic. \"We saw 40 patients,\" he said.";
        let at = text.find("\"We").unwrap_or(0);
        let named = sources(text, at, &text[at..]);
        assert_eq!(named.first().map(|n| n.source.as_str()), Some("Romero"));
    }
}
