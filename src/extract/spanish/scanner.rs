//! The Spanish scanner: walks the text once, hands digits and number words to the grammar
//! (`digits.rs`, `words.rs`, `tail.rs`), and keeps claims in order and disjoint.

use super::lexicon as lx;
use super::numerals::Habit;
use super::text::{letters_end, low, word_char_before};
use crate::extract::Found;
use crate::extract::scanner::{Quantity, Step};

/// Iterates over the number expressions of a Spanish text, in order, without overlaps.
pub(crate) struct Scanner<'a> {
    pub(super) text: &'a str,
    pub(super) b: &'a [u8],
    i: usize,
    /// End of the last claim: nothing may start before it.
    pub(super) floor: usize,
    /// How the document writes its numbers.
    pub(super) habit: Habit,
    /// What a bare "$" means here: dollars, unless the text speaks of pesos (then `$`, unsure).
    pub(super) dollar: &'static str,
}

impl<'a> Scanner<'a> {
    pub fn new(text: &'a str) -> Self {
        Self { text, b: text.as_bytes(), i: 0, floor: 0, habit: Habit::of(text), dollar: dollar_sign(text) }
    }

    /// Records a claim found at trigger position `i` and moves past it.
    fn accept(&mut self, mut found: Found, i: usize) -> Found {
        if found.start < self.floor {
            found.start = i;
        }
        self.i = found.end.max(i + 1);
        self.floor = found.end;
        found
    }
}

impl Iterator for Scanner<'_> {
    type Item = Found;

    fn next(&mut self) -> Option<Found> {
        let b = self.b;
        while self.i < b.len() {
            let i = self.i;
            let c = b[i];
            if c.is_ascii_digit() {
                if i > 0 && word_char_before(self.text, i) {
                    self.i = token_end(b, i);
                    continue;
                }
                match self.at_digit(i) {
                    Step::Claim(found) => return Some(self.accept(found, i)),
                    Step::Skip(to) => self.i = to.max(i + 1),
                }
            } else if c.is_ascii_alphabetic() || c == 0xC3 {
                let e = letters_end(self.text, i);
                if e == i || (i > 0 && word_char_before(self.text, i)) {
                    self.i = e.max(i + 1);
                    continue;
                }
                if b.get(e).is_some_and(u8::is_ascii_digit) {
                    // Letters glued to digits: "G20", "COVID19", "A320" are names.
                    self.i = token_end(b, e);
                    continue;
                }
                let word = low(self.text, (i, e));
                if e - i < 2 || !lx::is_trigger(word.as_str()) {
                    self.i = e;
                    continue;
                }
                match self.at_word(i, e) {
                    Step::Claim(found) => return Some(self.accept(found, i)),
                    Step::Skip(to) => self.i = to.max(e),
                }
            } else if c >= 0xC2
                && let Some(found) = crate::extract::digits::standalone_fraction(self.text, i)
            {
                return Some(self.accept(found, i));
            } else {
                self.i = i + 1;
            }
        }
        None
    }
}

/// What "$" means in a Spanish text: the dollar where the text speaks of dollars or of no peso;
/// where it speaks of pesos, or of a country that counts in pesos, and never of dollars, the
/// sign stays `$` (a peso of some country, the reviewer to say which).
fn dollar_sign(text: &str) -> &'static str {
    let has = |needle: &str| memchr::memmem::find(text.as_bytes(), needle.as_bytes()).is_some();
    if has("dólar") || has("dolar") || has("US$") || has("USD") {
        return "USD";
    }
    let peso_country =
        ["México", "Argentina", "Colombia", "Chile", "Uruguay", "Cuba", "Filipinas"].iter().any(|c| has(c));
    if has("peso") || peso_country { "$" } else { "USD" }
}

/// End of an identifier-like token from `i`: letters and digits, through inner "." or "," before
/// a digit, so its tail is not read as a number of its own.
pub(super) fn token_end(b: &[u8], i: usize) -> usize {
    let mut e = crate::extract::bytes::alnum_end(b, i);
    while matches!(b.get(e), Some(b'.' | b',' | b'-')) && b.get(e + 1).is_some_and(u8::is_ascii_digit) {
        e = crate::extract::bytes::alnum_end(b, e + 1);
    }
    e
}

/// A quantity's claim.
pub(super) fn claim(q: Quantity) -> Step {
    Step::Claim(q.into_found())
}
