//! What a number counts: its subject ("people were killed", "aid package"), the subject's scope
//! ("in the northern province"), and the news verb before it that names the quantity ("killed 300
//! people" → deaths). Read only around what the grammar accepted.

use super::attribution::word_at;
use super::bytes::{Lower, WordBefore, lower, prev_word, skip_spaces, skip_spaces_back};
use super::context::collapse_spaces;
use super::lexicon as lx;
use super::{Kind, heads};
use compact_str::CompactString;

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
pub fn subject(text: &str, from: usize, limit: usize, kind: Kind) -> Option<CompactString> {
    subject_span(text, from, limit, kind).map(|span| span.words(text))
}

/// Where the subject after the number lies.
#[derive(Clone, Copy)]
pub(super) struct SubjectSpan {
    pub start: usize,
    pub end: usize,
    /// Its words stand one space apart (as nearly always): taken as written, not re-spaced.
    single_spaced: bool,
}

impl SubjectSpan {
    /// The subject's words, one space apart.
    pub fn words(&self, text: &str) -> CompactString {
        let written = &text[self.start..self.end];
        if self.single_spaced { CompactString::from(written) } else { collapse_spaces(written) }
    }
}

/// Where the subject after the number lies (its words are separated by spaces only).
pub(super) fn subject_span(text: &str, from: usize, limit: usize, kind: Kind) -> Option<SubjectSpan> {
    let b = text.as_bytes();
    let mut pos = skip_spaces(b, from);
    // The words taken so far: how many, from the first's start to the last's end, and whether
    // each stands one ASCII space after the one before.
    let mut words = 0;
    let mut span: Option<(usize, usize)> = None;
    let mut single_spaced = true;
    let mut take = |w: (usize, usize)| {
        if let Some((_, end)) = span {
            single_spaced &= w.0 == end + 1 && b[end] == b' ';
        }
        span = Some((span.map_or(w.0, |(s, _)| s), w.1));
    };
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
        let verb = words > 0
            && (low.ends_with("ed")
                || lx::attribution_verb(low)
                || heads::verb_like(low)
                || low.ends_with("ing")
                || low.contains('-'));
        if words == 3 || lx::function_word(low) || verb || w.1 > limit {
            break;
        }
        take(w);
        words += 1;
        pos = skip_spaces(b, w.1);
        next = word_at(text, pos);
    }
    // "people died", "people detained".
    if let Some(v) = next
        && words > 0
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
        take(v);
        next = None;
    }
    // "have died", "were killed", "have been detained", "are women".
    if let Some(aux) = next
        && lx::auxiliary(lower_word(text, aux).as_str())
    {
        let mut p = skip_spaces(b, aux.1);
        let mut w = word_at(text, p);
        if let Some(been) = w
            && matches!(lower_word(text, been).as_str(), "been" | "now" | "being" | "also")
        {
            p = skip_spaces(b, been.1);
            w = word_at(text, p);
        }
        if let Some(v) = w
            && v.1 <= limit
            && (event_word(lower_word(text, v).as_str()) || words == 0)
            && !lx::function_word(lower_word(text, v).as_str())
        {
            // The verb group from its auxiliary: "have been detained".
            take(aux);
            take(v);
        }
    }
    span.map(|(start, end)| SubjectSpan { start, end, single_spaced })
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
pub(super) fn scope_after(text: &str, from: usize, limit: usize) -> Option<CompactString> {
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
/// "detained 12 protesters". Its concept is the claim's head whatever the noun after it. `before`
/// is the word before the number.
pub(super) fn verb_concept_before(
    text: &str,
    sentence_start: usize,
    before: Option<&WordBefore>,
) -> Option<&'static str> {
    for (_, w) in words_back(text.as_bytes(), sentence_start, before).take(4) {
        // The cheap test first: few words before a number are past tenses.
        if (w.as_str().ends_with("ed") || w.as_str() == "freed")
            && let Some(concept) = heads::concept(w.as_str())
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
    }
    None
}

/// The ASCII words before a number back to the sentence's start, nearest first, each lowered: the
/// first as it was found once for the claim (`before`), the rest read only as far as asked.
fn words_back<'a>(
    b: &'a [u8],
    sentence_start: usize,
    before: Option<&WordBefore>,
) -> impl Iterator<Item = ((usize, usize), Lower)> + 'a {
    let mut first = before.map(|w| (w.span, w.lower));
    let mut from: Option<usize> = None;
    std::iter::from_fn(move || {
        let (span, lowered) = match first.take() {
            Some(word) => word,
            None => {
                let span = prev_word(b, from?)?;
                (span, lower(b, span))
            }
        };
        if span.0 < sentence_start {
            from = None;
            return None;
        }
        from = Some(span.0);
        Some((span, lowered))
    })
}

/// "the number of political prisoners … stands at 301": the subject named before the number.
pub(super) fn subject_before(text: &str, sentence_start: usize, claim_start: usize) -> Option<CompactString> {
    static UMBER_OF: std::sync::LazyLock<memchr::memmem::Finder<'static>> =
        std::sync::LazyLock::new(|| memchr::memmem::Finder::new(b"umber of "));
    let before = &text[sentence_start..claim_start];
    // Case-insensitive on the first letter only ("Number of", "number of"), with no copy; the
    // last occurrence, found forward (a reverse search has no fast prefilter, and a run-on text
    // asks this of every claim).
    let at = UMBER_OF
        .find_iter(before.as_bytes())
        .last()
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
pub(super) fn subject_of_verb(text: &str, sentence_start: usize, before: Option<&WordBefore>) -> Option<CompactString> {
    let b = text.as_bytes();
    let mut bridged = 0;
    // Back over the linking words (at least one).
    let mut words = words_back(b, sentence_start, before);
    let noun_end = loop {
        let ((_, e), w) = words.next()?;
        if bridge_word(w.as_str()) && bridged < 4 {
            bridged += 1;
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
pub(super) fn adjective(word: &str) -> bool {
    let w = word.to_lowercase();
    ["ive", "ful", "able", "ible", "ous", "ly", "er"].iter().any(|s| w.ends_with(s))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_subject_reads_one_space_apart_however_it_was_spaced() {
        for (text, expected) in [
            ("24 people died", "people died"),
            ("24 people  died", "people died"),
            ("24 people\u{a0}died", "people died"),
            ("24 people\t\u{2009}were hurt", "people were hurt"),
            ("24 niños  murieron", "niños murieron"),
        ] {
            assert_eq!(subject(text, 2, text.len(), Kind::Count).as_deref(), Some(expected), "{text:?}");
        }
    }
}
