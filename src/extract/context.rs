//! What surrounds a number: its qualifier ("at least"), its subject ("people were killed"), its
//! sentence, and the source that sentence names ("according to the Election Council").

use super::attribution::{self, word_at};
use super::bytes::{lower, prev_word, skip_spaces, skip_spaces_back};
use super::lexicon as lx;
use super::{Claim, Found, Kind, Qualifier, heads};

/// A sentence never reaches further than this from its claim (keeps run-on text linear).
const SENTENCE_LIMIT_BYTES: usize = 600;

/// The last sentence worked out, reused by the next claim when it sits in the same one.
#[derive(Default)]
pub struct SentenceCache {
    start: usize,
    end: usize,
    sentence: String,
    /// The sources the sentence names (or, inside a quotation, the one tagged after it).
    sources: Vec<attribution::Named>,
    /// Whether a quotation is open at `quote_scanned`: kept as claims move forward, so the whole
    /// text is read for quote marks once, not once per sentence.
    quote_open: bool,
    quote_scanned: usize,
}

impl SentenceCache {
    /// Is a quotation open at `at` (which never moves backwards between calls)?
    fn inside_quote(&mut self, text: &str, at: usize) -> bool {
        if at < self.quote_scanned {
            // Only reached if claims came out of order; start again from the top.
            self.quote_scanned = 0;
            self.quote_open = false;
        }
        let b = text.as_bytes();
        let mut i = self.quote_scanned;
        while let Some(k) = memchr::memchr2(b'"', 0xE2, &b[i..at]) {
            let p = i + k;
            match (b[p], b.get(p + 1), b.get(p + 2)) {
                (b'"', _, _) => self.quote_open = !self.quote_open,
                (0xE2, Some(0x80), Some(0x9C)) => self.quote_open = true,
                (0xE2, Some(0x80), Some(0x9D)) => self.quote_open = false,
                _ => {}
            }
            i = p + 1;
        }
        self.quote_scanned = at;
        self.quote_open
    }
}

/// Adds context to what the grammar found.
pub fn complete(text: &str, found: Found, cache: &mut SentenceCache) -> Claim {
    if cache.sentence.is_empty() || found.start < cache.start || found.end > cache.end {
        let (start, end) = sentence_bounds(text, found.start, found.end);
        let sentence = &text[start..end];
        cache.start = start;
        cache.end = end;
        // Reuse the buffers: one allocation per document, not per sentence.
        cache.sentence.clear();
        cache.sentence.push_str(sentence);
        attribution::sources_into(text, start, sentence, &mut cache.sources);
        if cache.sources.is_empty() {
            let inside = cache.inside_quote(text, start);
            cache.sources.extend(quote_tag(text, start, end, inside).map(|n| attribution::Named {
                at: 0,
                tag: attribution::Tag::Yes,
                ..n
            }));
        }
    }
    let sentence_start = cache.start;
    let named = attribution::governing(&cache.sources, &cache.sentence, found.start - sentence_start);
    let after_span = subject_span(text, found.end, cache.end, found.kind);
    let after = after_span
        .map(|(s, e)| collapse_spaces(&text[s..e]))
        // "95% effective": an adjective after a percent says how, not what; look before it.
        .filter(|s| found.kind != Kind::Percent || s.contains(' ') || !adjective(s));
    let scope = after_span.filter(|_| after.is_some()).and_then(|(_, e)| scope_after(text, e, cache.end));
    let subject = after
        .or_else(|| subject_before(text, sentence_start, found.start))
        .or_else(|| subject_of_verb(text, sentence_start, found.start));
    let verb_head = verb_concept_before(text, sentence_start, found.start);
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
        subject_head: verb_head.map(str::to_owned).or_else(|| subject.as_deref().and_then(heads::subject_head)),
        subject,
        scope,
        sentence: cache.sentence.clone(),
        attribution: named.map(|n| n.phrase.clone()),
        source: named.map(|n| n.source.clone()),
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

/// The word at `(s, e)` lowercased on the stack (the lists it is matched against are ASCII).
fn lower_word(text: &str, (s, e): (usize, usize)) -> super::bytes::Lower {
    super::bytes::Lower::new(text.as_bytes(), s, e)
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
pub fn subject(text: &str, from: usize, limit: usize, kind: Kind) -> Option<String> {
    subject_span(text, from, limit, kind).map(|(s, e)| collapse_spaces(&text[s..e]))
}

/// Where the subject after the number lies: `(start, end)`.
fn subject_span(text: &str, from: usize, limit: usize, kind: Kind) -> Option<(usize, usize)> {
    let b = text.as_bytes();
    let mut pos = skip_spaces(b, from);
    let mut words: Vec<(usize, usize)> = Vec::new();
    let mut first = word_at(text, pos).filter(|_| pos < limit)?;
    // "51 percent of the vote", "$5 million in aid": look past "of" (or "in", for money) and a
    // determiner.
    let lead = lower_word(text, first);
    let lead = lead.as_str();
    let of_or_in = lead == "of" || (lead == "in" && kind == Kind::Money);
    // "3.2 percent last year", "5 percent a year", "12 on Friday": a time, not what is counted.
    if !of_or_in && not_a_subject(lead) {
        return None;
    }
    if of_or_in {
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
        let low = low.as_str();
        // A verb after the noun ends the phrase: "election *sparked*", "prisoners *indicates*".
        // …or a participle or a hyphenated modifier: "103 prisoners *following*", "prisoners *post-election*".
        let verb = !words.is_empty()
            && (low.ends_with("ed")
                || lx::attribution_verb(low)
                || heads::verb_like(low)
                || low.ends_with("ing")
                || low.contains('-'));
        if words.len() == 3 || lx::function_word(low) || verb || w.1 > limit {
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
        && lx::auxiliary(lower_word(text, aux).as_str())
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
            && (event_word(lower_word(text, v).as_str()) || words.is_empty())
            && !lx::function_word(lower_word(text, v).as_str())
        {
            verb_words.push(v);
            words.extend(verb_words);
        }
    }
    let (&first, &last) = (words.first()?, words.last()?);
    Some((first.0, last.1))
}

/// Prepositions that open a subject's scope: a place, a group, a period.
fn scope_preposition(word: &str) -> bool {
    matches!(
        word,
        "in" | "among" | "across" | "during" | "since" | "throughout" | "near" | "outside" | "inside" | "within"
    )
}

/// The scope right after a subject: "deaths *in the northern province*", "prisoners *in Venezuela*",
/// "votes *in the first round*": a preposition, an optional determiner, and up to three words.
fn scope_after(text: &str, from: usize, limit: usize) -> Option<String> {
    let b = text.as_bytes();
    let start = skip_spaces(b, from);
    if start != from && !b[from..start].iter().all(|c| *c == b' ') {
        return None;
    }
    let prep = word_at(text, start).filter(|w| w.1 <= limit)?;
    if !scope_preposition(lower_word(text, prep).as_str()) {
        return None;
    }
    let mut end = prep.1;
    let mut pos = skip_spaces(b, prep.1);
    let mut content = 0;
    if let Some(det) = word_at(text, pos).filter(|w| {
        matches!(
            lower_word(text, *w).as_str(),
            "the" | "a" | "an" | "its" | "their" | "this" | "that" | "last" | "recent"
        )
    }) {
        end = det.1;
        pos = skip_spaces(b, det.1);
    }
    while content < 3 {
        // Only spaces between the words of a scope: punctuation ends it.
        if pos > end && !b[end..pos].iter().all(|c| *c == b' ') {
            break;
        }
        let Some(w) = word_at(text, pos).filter(|w| w.1 <= limit) else {
            break;
        };
        let low = lower_word(text, w);
        let low = low.as_str();
        if lx::function_word(low) || heads::verb_like(low) || lx::attribution_verb(low) || low.ends_with("ing") {
            break;
        }
        end = w.1;
        content += 1;
        pos = skip_spaces(b, w.1);
    }
    (content > 0).then(|| collapse_spaces(&text[start..end]))
}

/// Words that, right after a number, start a time or a comparison rather than what is counted.
fn not_a_subject(word: &str) -> bool {
    matches!(
        word,
        "last"
            | "this"
            | "next"
            | "every"
            | "each"
            | "per"
            | "a"
            | "an"
            | "ago"
            | "earlier"
            | "later"
            | "year"
            | "years"
            | "month"
            | "months"
            | "week"
            | "weeks"
            | "today"
            | "yesterday"
            | "on"
            | "since"
            | "during"
            | "higher"
            | "lower"
            | "more"
            | "less"
            | "above"
            | "below"
            | "compared"
            | "from"
            | "to"
            | "in"
            | "at"
            | "by"
            | "after"
            | "before"
            | "overall"
            | "nationwide"
            | "annually"
    ) || lx::month(word).is_some()
}

/// The news-quantity verb right before the number, skipping hedges: "killed at least 300 people",
/// "detained 12 protesters". Its concept is the claim's head whatever the noun after it.
fn verb_concept_before(text: &str, sentence_start: usize, claim_start: usize) -> Option<&'static str> {
    let b = text.as_bytes();
    let mut pos = claim_start;
    for _ in 0..4 {
        let (s, e) = prev_word(b, pos).filter(|w| w.0 >= sentence_start && skip_spaces_back(b, pos) == w.1)?;
        let w = lower(b, (s, e));
        if let Some(concept) =
            heads::concept(w.as_str()).filter(|_| w.as_str().ends_with("ed") || w.as_str() == "freed")
        {
            return Some(concept);
        }
        if !matches!(
            w.as_str(),
            "at" | "least"
                | "more"
                | "than"
                | "nearly"
                | "almost"
                | "about"
                | "around"
                | "some"
                | "over"
                | "up"
                | "to"
                | "an"
                | "estimated"
                | "roughly"
                | "approximately"
        ) {
            return None;
        }
        pos = s;
    }
    None
}

/// "the number of political prisoners … stands at 301": the subject named before the number.
fn subject_before(text: &str, sentence_start: usize, claim_start: usize) -> Option<String> {
    let before = &text[sentence_start..claim_start];
    // Case-insensitive on the first letter only ("Number of", "number of"), with no copy.
    let at = memchr::memmem::rfind(before.as_bytes(), b"umber of ")
        .filter(|&k| k > 0 && matches!(before.as_bytes()[k - 1], b'n' | b'N'))?
        - 1;
    let from = sentence_start + at + "number of ".len();
    subject(text, from, claim_start, Kind::Count)
}

/// Words that link a noun before the number to it: "growth *was* 3.2 percent", "the damage *at*
/// €45 million", "the deal is *worth* $40 billion", "unemployment *fell to* 4 percent".
fn bridge_word(w: &str) -> bool {
    lx::auxiliary(w)
        || matches!(
            w,
            "at" | "to"
                | "of"
                | "by"
                | "worth"
                | "stood"
                | "stands"
                | "reached"
                | "reaches"
                | "rose"
                | "rises"
                | "fell"
                | "falls"
                | "hit"
                | "hits"
                | "totaled"
                | "totalled"
                | "totals"
                | "amounted"
                | "grew"
                | "grows"
                | "climbed"
                | "dropped"
                | "declined"
                | "increased"
                | "decreased"
                | "jumped"
                | "slipped"
                | "put"
                | "puts"
                | "cost"
                | "costs"
                | "came"
                | "comes"
                | "valued"
                | "estimated"
                | "topped"
                | "exceeded"
                | "surpassed"
                | "soared"
                | "plunged"
                | "slumped"
                | "expanded"
                | "contracted"
                | "shrank"
                | "gained"
                | "lost"
                | "received"
                | "won"
                | "got"
                | "secured"
                | "collected"
                | "recorded"
                | "registered"
                | "posted"
                | "fetched"
                | "raised"
                | "spent"
                | "paid"
                | "earned"
                | "approved"
                | "allocated"
                | "pledged"
                | "budgeted"
                | "set"
                | "now"
                | "just"
                | "only"
                | "roughly"
                | "about"
                | "around"
                | "nearly"
                | "almost"
                | "some"
                | "over"
                | "under"
                | "than"
                | "more"
                | "less"
                | "least"
                | "up"
                | "down"
                | "an"
                | "a"
                | "from"
        )
}

/// The noun phrase before a linking word: "Growth was 3.2 percent" → "Growth"; "put the damage at
/// €45 million" → "damage". Used when nothing after the number names what it measures.
fn subject_of_verb(text: &str, sentence_start: usize, claim_start: usize) -> Option<String> {
    let b = text.as_bytes();
    let mut pos = claim_start;
    let mut bridged = 0;
    // Back over the linking words (at least one).
    let noun_end = loop {
        let (s, e) = prev_word(b, pos).filter(|w| w.0 >= sentence_start && skip_spaces_back(b, pos) == w.1)?;
        let w = lower(b, (s, e));
        if bridge_word(w.as_str()) && bridged < 4 {
            bridged += 1;
            pos = s;
            continue;
        }
        break e;
    };
    if bridged == 0 {
        return None;
    }
    // Then up to three content words, back to a function word or punctuation.
    let mut start = noun_end;
    let mut count = 0;
    while count < 3 {
        let Some((s, e)) = prev_word(b, start).filter(|w| w.0 >= sentence_start && skip_spaces_back(b, start) == w.1)
        else {
            break;
        };
        let w = lower(b, (s, e));
        if lx::function_word(w.as_str()) || bridge_word(w.as_str()) || lx::attribution_verb(w.as_str()) {
            break;
        }
        start = s;
        count += 1;
    }
    // Non-ASCII letters glued to the phrase ("café") would be cut: leave such cases alone.
    if count == 0 || (start > 0 && !b[start - 1].is_ascii_whitespace() && !b[start - 1].is_ascii_punctuation()) {
        return None;
    }
    Some(collapse_spaces(&text[start..noun_end]))
}

/// A word that looks like an adjective: "effective", "successful", "likely", "higher".
fn adjective(word: &str) -> bool {
    let w = word.to_lowercase();
    ["ive", "ful", "able", "ible", "ous", "ly", "er"].iter().any(|s| w.ends_with(s))
}

/// The words of `s` joined by single spaces (one allocation).
pub(super) fn collapse_spaces(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for w in s.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(w);
    }
    out
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
    // Back to the line break or the terminator that ends the previous sentence (memchr: this runs
    // once per sentence with a claim, over up to SENTENCE_LIMIT_BYTES).
    let line = memchr::memrchr(b'\n', &b[lo..start]).map_or(lo, |k| lo + k + 1);
    let mut s = line;
    let mut upto = start;
    while let Some(k) = memchr::memrchr3(b'.', b'!', b'?', &b[line..upto]) {
        let at = line + k;
        if ends_sentence(b, at) {
            s = at + 1;
            break;
        }
        upto = at;
    }
    let hi = floor_boundary(text, (end + SENTENCE_LIMIT_BYTES).min(b.len()));
    let line_end = memchr::memchr(b'\n', &b[end..hi]).map_or(hi, |k| end + k);
    let mut e = line_end;
    let mut from = end;
    while let Some(k) = memchr::memchr3(b'.', b'!', b'?', &b[from..line_end]) {
        let at = from + k;
        if ends_sentence(b, at) {
            e = at + 1;
            break;
        }
        from = at + 1;
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
// Quotes

/// How far a quotation may run (before or after a sentence) for its closing tag to count.
const QUOTE_LIMIT_BYTES: usize = 800;

fn floor_of(text: &str, i: usize) -> usize {
    floor_boundary(text, i)
}

/// For a sentence of a quotation with no source of its own, the source tagged after the quote
/// closes: `“We counted 40. Then 12 more,” he said.` attributes both sentences.
fn quote_tag(text: &str, start: usize, end: usize, inside: bool) -> Option<attribution::Named> {
    let sentence = &text[start..end];
    let opens_here = sentence.strip_prefix(['“', '"']).is_some_and(|rest| !rest.contains(['”', '"']));
    if !opens_here && !inside {
        return None;
    }
    let hi = floor_of(text, (end + QUOTE_LIMIT_BYTES).min(text.len()));
    let after = &text[end..hi];
    let close = end + after.find(['”', '"'])?;
    let tag_start = close + text[close..].chars().next().map_or(1, char::len_utf8);
    let (_, tag_end) = sentence_bounds(text, tag_start, tag_start);
    let tag = &text[tag_start..tag_end.max(tag_start)];
    // The tag must follow the quote at once: `,” he said` or `” said X`.
    let lead = tag.len() - tag.trim_start_matches([',', ' ']).len();
    attribution::sources(text, tag_start, tag).into_iter().find(|n| n.at <= lead + 1)
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
    fn a_quotation_is_attributed_to_the_tag_after_it() {
        let text = "“We counted 40 bodies. Then 12 more came in,” said Dr. Ana Ruiz. Later 3 left.";
        let claims = crate::extract::extract(text);
        let sources: Vec<_> = claims.iter().map(|c| (c.text.as_str(), c.source.as_deref())).collect();
        assert_eq!(sources, [("40", Some("Ana Ruiz")), ("12", Some("Ana Ruiz")), ("3", None)]);
    }

    #[test]
    fn sentences_skip_abbreviations() {
        let t = "The U.S. has sent $5 million. Then more.";
        let (s, e) = sentence_bounds(t, 16, 26);
        assert_eq!(&t[s..e], "The U.S. has sent $5 million.");
    }
}
