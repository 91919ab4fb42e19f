//! The scanner: walks the text once, hands digits and possible number words to the grammar
//! (`digits.rs`, `words.rs`), and keeps claims in order and disjoint.

use super::bytes::{Numeral, alnum_end, letters_end, lower, scaled, word_char_at, word_char_before};
use super::lexicon as lx;
use super::{Found, Kind};

/// Iterates over the number expressions of a text, in order, without overlaps.
pub(crate) struct Scanner<'a> {
    pub(super) text: &'a str,
    pub(super) b: &'a [u8],
    i: usize,
    /// End of the last claim: nothing may start before it ("3 GBP 1" is not "3 GBP" + "GBP 1").
    pub(super) floor: usize,
}

/// What the grammar made of the token at the scanner's position.
pub(super) enum Step {
    Claim(Found),
    /// Not a claim; resume scanning here.
    Skip(usize),
}

/// A number with what follows it, before ranges and years are decided.
#[derive(Clone, Debug)]
pub(super) struct Quantity {
    pub(super) start: usize,
    pub(super) end: usize,
    pub(super) mantissa: u64,
    pub(super) decimals: u32,
    pub(super) scale: u64,
    pub(super) kind: Kind,
    pub(super) unit: Option<&'static str>,
    pub(super) date: Option<compact_str::CompactString>,
    /// `value` overrides `mantissa`/`scale` (fractions, ratios) or clears it (tallies).
    pub(super) value: Option<Option<f64>>,
    /// The high end, for the ranges read here ("2012/2013").
    pub(super) value_max: Option<f64>,
    /// A plain four-digit integer as written, a candidate year.
    pub(super) year: Option<u64>,
    /// The day of a month, where the number could be one ("14 March").
    pub(super) day: Option<u32>,
}

impl Quantity {
    pub(super) fn new(start: usize, end: usize, mantissa: u64, decimals: u32) -> Self {
        Self {
            start,
            end,
            mantissa,
            decimals,
            scale: 1,
            kind: Kind::Count,
            unit: None,
            date: None,
            value: None,
            value_max: None,
            year: None,
            day: None,
        }
    }

    pub(super) fn from_numeral(start: usize, n: &Numeral) -> Self {
        let mut q = Self::new(start, n.end, n.mantissa, n.decimals);
        q.year = n.four_digits();
        q.day = n.int().filter(|d| (1..=31).contains(d) && n.int_digits <= 2).map(|d| d as u32);
        q
    }

    pub(super) fn value(&self) -> Option<f64> {
        self.value.unwrap_or_else(|| Some(scaled(self.mantissa, self.decimals, self.scale)))
    }

    /// Still a bare number: no unit, scale, or special reading yet.
    pub(super) fn bare(&self) -> bool {
        self.kind == Kind::Count && self.unit.is_none() && self.scale == 1 && self.value.is_none()
    }

    pub(super) fn set_unit(&mut self, kind: Kind, unit: &'static str, end: usize) {
        self.kind = kind;
        self.unit = Some(unit);
        self.end = end;
    }

    pub(super) fn into_found(self) -> Found {
        Found {
            start: self.start,
            end: self.end,
            kind: self.kind,
            value: self.value(),
            value_max: self.value_max,
            unit: self.unit,
            date: self.date,
        }
    }
}

pub(super) fn word_is(b: &[u8], w: Option<(usize, usize)>, expected: &str) -> bool {
    w.is_some_and(|w| lower(b, w).as_str() == expected)
}

impl<'a> Scanner<'a> {
    pub fn new(text: &'a str) -> Self {
        Self { text, b: text.as_bytes(), i: 0, floor: 0 }
    }
}

impl Iterator for Scanner<'_> {
    type Item = Found;

    fn next(&mut self) -> Option<Found> {
        let b = self.b;
        // The position in a local, not the field: a store and a load per word, on the loop's
        // critical path, cost more than the rest of skipping an ordinary word.
        let mut i = self.i;
        while i < b.len() {
            let c = b[i];
            if c.is_ascii_digit() {
                if i > 0 && (is_alnum_byte(b[i - 1]) || (b[i - 1] >= 0x80 && word_char_before(self.text, i))) {
                    i = token_end(b, i);
                    continue;
                }
                match self.at_digit(i) {
                    Step::Claim(found) => return Some(self.accept(found, i)),
                    Step::Skip(to) => i = to.max(i + 1),
                }
            } else if c.is_ascii_alphabetic() {
                let e = letters_end(b, i);
                if i > 0 && b[i - 1] >= 0x80 && word_char_before(self.text, i) {
                    i = token_end(b, e);
                    continue;
                }
                if b.get(e).is_some_and(u8::is_ascii_digit) {
                    // Letters glued to digits: "G7", "A320", "MH17" are names; "Q3" is a quarter and
                    // "R1.3", "KSh38", "USD5" are money.
                    if let Some(found) = self.quarter(i, e) {
                        self.i = found.end;
                        self.floor = found.end;
                        return Some(found);
                    }
                    let number_end = token_end(b, e);
                    let clean_end = !b.get(number_end).is_some_and(|c| *c == b'-' || c.is_ascii_alphanumeric());
                    if clean_end
                        && let Some(code) = lx::currency_code_glued(&self.text[i..e])
                        && let Step::Claim(found) = self.at_digit_with(e, Some((i, code)))
                    {
                        return Some(self.accept(found, i));
                    }
                    i = token_end(b, e);
                    continue;
                }
                if (e < b.len() && b[e] >= 0x80 && word_char_at(self.text, e)) || !lx::is_trigger(&b[i..e]) {
                    i = e;
                    continue;
                }
                match self.at_word(i, e) {
                    Step::Claim(found) => return Some(self.accept(found, i)),
                    Step::Skip(to) => i = to.max(i + 1),
                }
            } else if c >= 0xC2
                && let Some(found) = super::digits::standalone_fraction(self.text, i)
            {
                // "¾ of voters", "⅓ of the budget".
                return Some(self.accept(found, i));
            } else {
                i += 1;
            }
        }
        self.i = i;
        None
    }
}

impl Scanner<'_> {
    /// Records a claim found at trigger position `i` and moves past it.
    pub(super) fn accept(&mut self, mut found: Found, i: usize) -> Found {
        // The grammar never reaches back past the floor; this keeps claims disjoint regardless.
        if found.start < self.floor {
            found.start = i;
        }
        self.i = found.end.max(i + 1);
        self.floor = found.end;
        found
    }
}

#[inline]
fn is_alnum_byte(c: u8) -> bool {
    c.is_ascii_alphanumeric()
}

/// End of an identifier-like token from `i`: letters and digits, through inner "." or ","
/// before a digit ("USD3.14", "G7.5"), so its tail is not read as a number of its own.
fn token_end(b: &[u8], i: usize) -> usize {
    let mut e = alnum_end(b, i);
    while matches!(b.get(e), Some(b'.' | b',')) && b.get(e + 1).is_some_and(u8::is_ascii_digit) {
        e = alnum_end(b, e + 1);
    }
    e
}
