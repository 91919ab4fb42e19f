//! What surrounds a number: its qualifier ("at least"), its sentence, and, through `subject.rs` and
//! `attribution.rs`, what it counts and who says so. `complete` puts a claim together.

use super::attribution;
use super::bytes::{Lower, WordBefore, lower, prev_word, skip_spaces_back};
use super::lexicon as lx;
use super::subject::{adjective, scope_after, subject_before, subject_of_verb, subject_span, verb_concept_before};
use super::{Claim, Found, Kind, Qualifier, heads};
use crate::extract::claim;

/// A sentence never reaches further than this from its claim (keeps run-on text linear).
const SENTENCE_LIMIT_BYTES: usize = 600;

/// Run-on text with no sentence start or end in reach is cut into pieces this long, which the
/// claims in them share. Short, because such text (a table, a data dump) holds a claim every few
/// bytes and each claim is listed with its piece: 200 bytes is a line of a table.
const RUN_ON_PIECE_BYTES: usize = 200;

/// The last sentence worked out, reused by the next claim when it sits in the same one.
#[derive(Default)]
pub struct SentenceCache {
    start: usize,
    end: usize,
    /// Shared by every claim of the sentence (not a copy each: a number-dense text has millions).
    sentence: super::Sentence,
    /// The text itself, shared, when sentences are to point into it rather than be copied.
    shared: Option<std::sync::Arc<str>>,
    /// The sources the sentence names (or, inside a quotation, the one tagged after it).
    sources: Vec<attribution::Named>,
    /// Who the sentence's last claim was said by (an index into `sources`), shared with the next
    /// claim the same source governs.
    said: Option<(usize, std::sync::Arc<claim::Said>)>,
    /// Whether a quotation is open at `quote_scanned`: kept as claims move forward, so the whole
    /// text is read for quote marks once, not once per sentence.
    quote_open: bool,
    quote_scanned: usize,
}

impl SentenceCache {
    /// A cache whose sentences point into `shared` (the text being read), when given.
    pub fn sharing(shared: Option<&std::sync::Arc<str>>) -> Self {
        Self { shared: shared.cloned(), ..Self::default() }
    }

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
        cache.sentence = super::Sentence::of(text, cache.shared.as_ref(), start, end);
        attribution::sources_into(text, start, sentence, &mut cache.sources);
        cache.said = None;
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
    let said = named.and_then(|n| cache.sources.iter().position(|m| std::ptr::eq(m, n))).and_then(|at| {
        claim::shared_said(&mut cache.said, at, || {
            (cache.sources[at].phrase.as_str(), cache.sources[at].source.as_str())
        })
    });
    let before = WordBefore::at(text.as_bytes(), found.start);
    let after_span = subject_span(text, found.end, cache.end, found.kind);
    let after = after_span
        .map(|span| span.words(text))
        // "95% effective": an adjective after a percent says how, not what; look before it.
        .filter(|s| found.kind != Kind::Percent || s.contains(' ') || !adjective(s));
    let scope = after_span.filter(|_| after.is_some()).and_then(|span| scope_after(text, span.end, cache.end));
    let subject = after
        .or_else(|| subject_before(text, sentence_start, found.start))
        .or_else(|| subject_of_verb(text, sentence_start, before.as_ref()));
    let verb_head = verb_concept_before(text, sentence_start, before.as_ref());
    Claim {
        start: claim::offset(found.start),
        end: claim::offset(found.end),
        text: text[found.start..found.end].into(),
        kind: found.kind,
        value: found.value.unwrap_or_default(),
        has_value: found.value.is_some(),
        unit: found.unit.map(Into::into),
        qualifier: qualifier(text.as_bytes(), found.start, before.as_ref()),
        subject_head: verb_head.map(Into::into).or_else(|| subject.as_deref().and_then(heads::subject_head)),
        subject,
        rare: claim::Rare::boxed(found.value_max, found.date, scope),
        sentence: cache.sentence.clone(),
        said,
    }
}

// -------------------------------------------------------------------------------------------------
// Qualifier

/// The hedge right before the number at `start`: "at least", "nearly", "more than", "~".
/// `nearest` is the word before it, as [`WordBefore::at`] finds it.
fn qualifier(b: &[u8], start: usize, nearest: Option<&WordBefore>) -> Qualifier {
    let before = skip_spaces_back(b, start);
    if before > 0 {
        match b[before - 1] {
            b'~' => return Qualifier::Approximately,
            b'>' => return Qualifier::MoreThan,
            b'<' => return Qualifier::LessThan,
            _ => {}
        }
    }
    // Up to three words back, nearest first, each lowered only when a phrase gets that far: most
    // numbers have no hedge, and their nearest word ends no phrase.
    let Some(nearest) = nearest else { return Qualifier::Exact };
    if !lx::may_end_qualifier(nearest.lower.as_str()) {
        return Qualifier::Exact;
    }
    let mut pos = nearest.span.0;
    let mut words: [Option<Lower>; 3] = [Some(lower(b, nearest.span)), None, None];
    let mut read = 1;
    'phrases: for (phrase, q) in lx::QUALIFIERS {
        // phrase is in reading order; words[0] is the nearest word.
        for (k, expected) in phrase.iter().rev().enumerate() {
            while read <= k {
                let Some(w) = prev_word(b, pos) else { continue 'phrases };
                words[read] = Some(lower(b, w));
                pos = w.0;
                read += 1;
            }
            if words[k].as_ref().is_none_or(|w| w.as_str() != *expected) {
                continue 'phrases;
            }
        }
        return *q;
    }
    Qualifier::Exact
}

/// The words of `s` joined by single spaces, as a `String` or (for what a claim keeps, most of it
/// short enough to need no allocation) a `CompactString`.
pub(crate) fn collapse_spaces<T>(s: &str) -> T
where
    T: for<'a> From<&'a str> + for<'a> Extend<&'a str> + Default,
{
    // Most phrases are already so (ASCII words, single spaces): copied as they are, without
    // reading them as Unicode.
    let b = s.as_bytes();
    let plain = b.first() != Some(&b' ')
        && b.last() != Some(&b' ')
        && b.iter().all(|&c| c.is_ascii() && (c == b' ' || !c.is_ascii_whitespace()))
        && !b.windows(2).any(|w| w == b"  ");
    if plain {
        return T::from(s);
    }
    let mut out = T::default();
    for (k, w) in s.split_whitespace().enumerate() {
        out.extend([if k == 0 { "" } else { " " }, w]);
    }
    out
}

// -------------------------------------------------------------------------------------------------
// Sentence

/// Words that end with a full stop without ending a sentence.
fn abbreviation(word: &str) -> bool {
    word.len() == 1 || lx::abbreviation(word)
}

/// Does a sentence end at the terminator `b[i]` (".", "!", "?")?
fn ends_sentence(b: &[u8], i: usize) -> bool {
    let mut after = i + 1;
    while matches!(b.get(after), Some(b'"' | b'\'' | b')')) {
        after += 1;
    }
    // A Spanish wire dateline ends with ".-": "Caracas, 2 ago (EFE).- La ONG…".
    if b[i] == b'.' && b.get(after) == Some(&b'-') && b.get(after + 1).is_some_and(u8::is_ascii_whitespace) {
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
    // No abbreviation is longer than ABBREVIATION_MAX_BYTES: a longer word ends the sentence
    // without being looked up.
    s == i || i - s > ABBREVIATION_MAX_BYTES || !abbreviation(lower(b, (s, i)).as_str())
}

/// The longest abbreviation's length ("approx").
const ABBREVIATION_MAX_BYTES: usize = super::word_table::longest(lx::ABBREVIATIONS);

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
    if s == lo && lo > 0 {
        // Run-on text (a table, a list of numbers): no sentence start within reach. Cut on a grid
        // rather than a window sliding with each claim, so neighbouring claims share one
        // "sentence" (a number-dense text would otherwise carry a copy per claim).
        s = floor_boundary(text, start - start % RUN_ON_PIECE_BYTES);
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
    if e == hi && hi < b.len() {
        e = floor_boundary(text, ((end / RUN_ON_PIECE_BYTES + 1) * RUN_ON_PIECE_BYTES).min(b.len())).max(end);
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
        assert_eq!(qualifier(t.as_bytes(), 9, WordBefore::at(t.as_bytes(), 9).as_ref()), Qualifier::AtLeast);
        let t = "no more than 5";
        assert_eq!(qualifier(t.as_bytes(), 13, WordBefore::at(t.as_bytes(), 13).as_ref()), Qualifier::AtMost);
        let t = "nearly 200";
        assert_eq!(qualifier(t.as_bytes(), 7, WordBefore::at(t.as_bytes(), 7).as_ref()), Qualifier::Nearly);
        let t = "the 200";
        assert_eq!(qualifier(t.as_bytes(), 4, WordBefore::at(t.as_bytes(), 4).as_ref()), Qualifier::Exact);
    }

    #[test]
    fn a_quotation_is_attributed_to_the_tag_after_it() {
        let text = "“We counted 40 bodies. Then 12 more came in,” said Dr. Ana Ruiz. Later 3 left.";
        let claims = crate::extract::extract(text);
        let sources: Vec<_> = claims.iter().map(|c| (c.text.as_str(), c.source())).collect();
        assert_eq!(sources, [("40", Some("Ana Ruiz")), ("12", Some("Ana Ruiz")), ("3", None)]);
    }

    #[test]
    fn spaces_are_collapsed_as_the_words_are_split() {
        for s in [
            "",
            " ",
            "people",
            "people were hurt",
            "  people  were\thurt ",
            "people\nwere",
            "café  owners",
            "a\u{a0}b c",
            "x\u{2009} y",
        ] {
            let expected = s.split_whitespace().collect::<Vec<_>>().join(" ");
            assert_eq!(collapse_spaces::<String>(s), expected, "{s:?}");
            assert_eq!(collapse_spaces::<compact_str::CompactString>(s), expected, "{s:?}");
        }
    }

    #[test]
    fn sentences_skip_abbreviations() {
        let t = "The U.S. has sent $5 million. Then more.";
        let (s, e) = sentence_bounds(t, 16, 26);
        assert_eq!(&t[s..e], "The U.S. has sent $5 million.");
    }
}
