//! Numbers written with words: "Twenty-one", "two hundred and fifty thousand", "a dozen",
//! "two-thirds", "a third term", "half of", month dates ("July 17, 2024") and quarters ("Q3 2025").

use super::bytes::{
    hyphen_len, joined_word, letters_end, lower, next_word, numeral, prev_word, skip_spaces, word_char_at,
};
use super::lexicon::{self as lx, Lex};
use super::scanner::{Quantity, Scanner, Step, word_is};
use super::{Found, Kind};

/// A multiplier: "twice", "doubled", "a quadrupling", "halved".
fn factor(start: usize, end: usize, times: f64) -> Found {
    Found { start, end, kind: Kind::Ratio, value: Some(times), value_max: None, unit: Some("times"), date: None }
}

/// Words before "three quarters" that make the quarters periods of a year: "the past three quarters".
fn period_before(word: &str) -> bool {
    matches!(word, "past" | "preceding" | "previous" | "last" | "next" | "first" | "coming" | "latest")
}

impl Scanner<'_> {
    pub(super) fn at_word(&self, i: usize, e: usize) -> Step {
        let b = self.b;
        let low = lower(b, (i, e));
        let Some(lex) = lx::lex(low.as_str()) else {
            return Step::Skip(e);
        };
        let found = match lex {
            Lex::Month(m) if b[i].is_ascii_uppercase() => self.month_date(i, e, m),
            Lex::Month(_) => None,
            Lex::Article => self.after_article(i, e),
            Lex::Unit(_) | Lex::Tens(_) => self.word_number(i),
            Lex::Half => self.half(i, e),
            Lex::Part { denominator, plural: false } => self.ordinal_word(i, e, denominator),
            Lex::Ordinal(n) => self.ordinal_word(i, e, n),
            Lex::Times(n) => Some(factor(i, e, n as f64)),
            Lex::Halved => Some(factor(i, e, 0.5)),
            Lex::Part { plural: true, .. } | Lex::Scale(_) | Lex::Dozen => None,
        };
        match found {
            Some(f) => Step::Claim(f),
            None => Step::Skip(e),
        }
    }

    /// "Q3 2025": a quarter. `e` is the end of the "Q".
    pub(super) fn quarter(&self, i: usize, e: usize) -> Option<Found> {
        let b = self.b;
        if e != i + 1
            || !matches!(b[i], b'Q' | b'q')
            || !matches!(b.get(e), Some(b'1'..=b'4'))
            || word_char_at(self.text, e + 1)
        {
            return None;
        }
        let q = b[e] - b'0';
        match self.year_after(e + 1) {
            Some((y, end)) => Some(Found {
                start: i,
                end,
                kind: Kind::Date,
                value: None,
                value_max: None,
                unit: None,
                date: Some(compact_str::format_compact!("{y:04}-Q{q}")),
            }),
            None => Some(Found {
                start: i,
                end: e + 1,
                kind: Kind::Date,
                value: None,
                value_max: None,
                unit: None,
                date: Some(compact_str::format_compact!("Q{q}")),
            }),
        }
    }

    /// "July 28", "July 17, 2024", "July 2023", "Nov. 26".
    pub(super) fn month_date(&self, i: usize, e: usize, month: u32) -> Option<Found> {
        let b = self.b;
        let mut p = e;
        if b.get(p) == Some(&b'.') && e - i <= 4 {
            p += 1;
        }
        let s = skip_spaces(b, p);
        if s == p || !b.get(s).is_some_and(u8::is_ascii_digit) {
            return None;
        }
        let n = numeral(b, s).ok()?;
        if n.grouped || n.decimals > 0 {
            return None;
        }
        let date = |end: usize, date: compact_str::CompactString| {
            Some(Found { start: i, end, kind: Kind::Date, value: None, value_max: None, unit: None, date: Some(date) })
        };
        if n.int_digits <= 2 && (1..=31).contains(&n.mantissa) {
            let day = n.mantissa;
            let mut end = n.end;
            let le = letters_end(b, end);
            if le > end {
                if !matches!(lower(b, (end, le)).as_str(), "st" | "nd" | "rd" | "th") {
                    return None;
                }
                end = le;
            }
            if word_char_at(self.text, end) {
                return None;
            }
            return match self.year_after(end) {
                Some((y, ye)) => date(ye, compact_str::format_compact!("{y:04}-{month:02}-{day:02}")),
                None => date(end, compact_str::format_compact!("--{month:02}-{day:02}")),
            };
        }
        let y = n.four_digits().filter(|y| (1000..=2100).contains(y))?;
        if word_char_at(self.text, n.end) {
            return None;
        }
        date(n.end, compact_str::format_compact!("{y:04}-{month:02}"))
    }

    /// "a dozen", "a million", "a third of", "a third term".
    pub(super) fn after_article(&self, i: usize, e: usize) -> Option<Found> {
        let b = self.b;
        let w = next_word(b, e)?;
        if word_char_at(self.text, w.1) && hyphen_len(b, w.1) == 0 {
            return None;
        }
        match lx::lex(lower(b, w).as_str())? {
            // "a hundred and two", "a million people", "a dozen families": "a" counts as one.
            Lex::Scale(_) | Lex::Dozen => Some(self.word_quantity(i)?.into_found()),
            Lex::Part { denominator, plural: false } => {
                if word_is(b, next_word(b, w.1), "of") {
                    Some(Found {
                        start: i,
                        end: w.1,
                        kind: Kind::Fraction,
                        value: Some(1.0 / denominator as f64),
                        value_max: None,
                        unit: None,
                        date: None,
                    })
                } else {
                    self.ordinal_word(w.0, w.1, denominator)
                }
            }
            Lex::Half if word_is(b, next_word(b, w.1), "of") => Some(Found {
                start: i,
                end: w.1,
                kind: Kind::Fraction,
                value: Some(0.5),
                value_max: None,
                unit: None,
                date: None,
            }),
            Lex::Ordinal(n) => self.ordinal_word(w.0, w.1, n),
            // "a doubling", "a quadrupling".
            Lex::Times(n) if lower(b, w).as_str().ends_with("ing") => Some(factor(i, w.1, n as f64)),
            Lex::Halved if lower(b, w).as_str().ends_with("ing") => Some(factor(i, w.1, 0.5)),
            _ => None,
        }
    }

    /// "half of the vote", "more than half": a fraction. A bare "half" ("half-hearted") is not.
    pub(super) fn half(&self, i: usize, e: usize) -> Option<Found> {
        let b = self.b;
        // "half a dozen", "half-a-dozen": six.
        if let Some(a) = joined_word(b, e).filter(|&w| lower(b, w).as_str() == "a")
            && let Some(dozen) = joined_word(b, a.1).filter(|&w| lower(b, w).as_str() == "dozen")
            && !word_char_at(self.text, dozen.1)
        {
            let mut q = Quantity::new(i, dozen.1, 6, 0);
            self.continuation(&mut q);
            return Some(q.into_found());
        }
        if hyphen_len(b, e) > 0 {
            return None;
        }
        let of_follows = word_is(b, next_word(b, e), "of");
        let hedged = prev_word(b, i).is_some_and(|w| {
            matches!(
                lower(b, w).as_str(),
                "than" | "nearly" | "almost" | "about" | "around" | "roughly" | "over" | "under" | "just" | "least"
            )
        });
        (of_follows || hedged).then_some(Found {
            start: i,
            end: e,
            kind: Kind::Fraction,
            value: Some(0.5),
            value_max: None,
            unit: None,
            date: None,
        })
    }

    /// "third term", "second round", "third-largest": an ordinal that carries a fact.
    pub(super) fn ordinal_word(&self, i: usize, e: usize, n: u64) -> Option<Found> {
        let b = self.b;
        let next = joined_word(b, e);
        let fact = next.is_some_and(|w| lx::ordinal_fact_noun(lower(b, w).as_str()));
        fact.then_some(Found {
            start: i,
            end: e,
            kind: Kind::Ordinal,
            value: Some(n as f64),
            value_max: None,
            unit: None,
            date: None,
        })
    }

    /// "three regional leaders", "Twenty-one", "two-thirds", "ten times", "one in five".
    pub(super) fn word_number(&self, i: usize) -> Option<Found> {
        let b = self.b;
        if self.prev_word_names_a_number(i) || self.inside_a_name(i) {
            return None;
        }
        let q = self.word_quantity(i)?;
        if q.value.is_none()
            && let Some(found) = self.range_after(&q)
        {
            return Some(found);
        }
        // A lone "one" is usually a pronoun: "one of the", "no one", "the one who".
        if q.kind == Kind::Count && q.scale == 1 && q.mantissa == 1 && q.end - q.start == 3 {
            let next = next_word(b, q.end);
            let punct_follows = next.is_none_or(|w| w.0 != skip_spaces(b, q.end));
            let not_count = next.is_some_and(|w| lx::one_is_not_a_count(lower(b, w).as_str()));
            let pronoun_before = prev_word(b, i).is_some_and(|w| {
                matches!(
                    lower(b, w).as_str(),
                    "no" | "any" | "every" | "each" | "the" | "this" | "that" | "which" | "someone"
                )
            });
            // "one official said", "one witness told": an unnamed source, not a count of one.
            let unnamed_source =
                next.and_then(|w| next_word(b, w.1)).is_some_and(|v| lx::attribution_verb(lower(b, v).as_str()));
            if punct_follows || not_count || pronoun_before || unnamed_source {
                return None;
            }
        }
        Some(q.into_found())
    }

    /// A capitalised number word after a capitalised word mid-sentence: "Formula One", "Big Three".
    pub(super) fn inside_a_name(&self, i: usize) -> bool {
        let b = self.b;
        if !b[i].is_ascii_uppercase() {
            return false;
        }
        prev_word(b, i).is_some_and(|w| b[w.0].is_ascii_uppercase() && super::bytes::skip_spaces_back(b, i) == w.1)
    }

    /// A word-number expression with its unit: the word sequence, then fractions, suffix words.
    pub(super) fn word_quantity(&self, i: usize) -> Option<Quantity> {
        let b = self.b;
        let (value, end, trailing_scale) = self.word_sequence(i)?;
        let mut q = Quantity::new(i, end, value, 0);
        // Keep "three million" as 3 × million, so a range's low end can borrow the scale.
        if trailing_scale > 1 && value % trailing_scale == 0 {
            q.mantissa = value / trailing_scale;
            q.scale = trailing_scale;
        }
        // Quarters of a year: "the past three quarters", "three consecutive quarters".
        if (1..=12).contains(&value)
            && let Some(q) = self.quarters_as_periods(i, end, value)
        {
            return Some(q);
        }
        // "two-thirds", "three quarters", "one-fifth".
        if (1..=10).contains(&value)
            && let Some(w) = joined_word(b, end)
            && let Some(Lex::Part { denominator, plural }) = lx::lex(lower(b, w).as_str())
            && plural == (value > 1)
        {
            q.kind = Kind::Fraction;
            q.value = Some(Some(value as f64 / denominator as f64));
            q.end = w.1;
            return Some(q);
        }
        q.year = None;
        q.day = None;
        self.and_a_half(&mut q);
        self.hyphen_unit(&mut q);
        self.continuation(&mut q);
        Some(q)
    }

    /// "the past three quarters", "the preceding two quarters", "three consecutive quarters": a
    /// duration in quarters of a year, not three-quarters.
    fn quarters_as_periods(&self, i: usize, end: usize, value: u64) -> Option<Quantity> {
        let b = self.b;
        let mut w = next_word(b, end)?;
        let consecutive = matches!(lower(b, w).as_str(), "consecutive" | "straight" | "successive");
        if consecutive {
            w = next_word(b, w.1)?;
        }
        if !matches!(lower(b, w).as_str(), "quarters" | "quarter") || word_char_at(self.text, w.1) {
            return None;
        }
        let before = prev_word(b, i).is_some_and(|p| period_before(lower(b, p).as_str()));
        if !(consecutive || before) {
            return None;
        }
        let mut q = Quantity::new(i, w.1, value, 0);
        q.set_unit(Kind::Duration, "quarters", w.1);
        Some(q)
    }

    /// Reads "two hundred and fifty thousand", "twenty-one", "a dozen": the value and the end.
    pub(super) fn word_sequence(&self, i: usize) -> Option<(u64, usize, u64)> {
        let b = self.b;
        #[derive(PartialEq, Clone, Copy)]
        enum Last {
            Start,
            Unit,
            Tens,
            Hundred,
            Big,
        }
        let (mut total, mut current, mut last) = (0u64, 0u64, Last::Start);
        let mut trailing_scale = 1;
        let mut end = i;
        let mut word = Some((i, letters_end(b, i)));
        while let Some(w) = word {
            let Some(lex) = lx::lex(lower(b, w).as_str()) else {
                break;
            };
            match (lex, last) {
                (Lex::Article, Last::Start) => current = 1,
                // Saturating: "one hundred one hundred …" repeated must not overflow.
                (Lex::Unit(n), Last::Start | Last::Hundred | Last::Big) => current = current.saturating_add(n),
                (Lex::Unit(n), Last::Tens) if (1..=9).contains(&n) => current = current.saturating_add(n),
                (Lex::Tens(n), Last::Start | Last::Hundred | Last::Big) => current = current.saturating_add(n),
                (Lex::Scale(100), Last::Unit | Last::Tens) => current = current.saturating_mul(100),
                (Lex::Scale(s), Last::Unit | Last::Tens | Last::Hundred) if s >= 1000 => {
                    total = total.saturating_add(current.saturating_mul(s));
                    current = 0;
                }
                (Lex::Dozen, Last::Unit) => current = current.saturating_mul(12),
                _ => break,
            }
            trailing_scale = match lex {
                Lex::Scale(s) => s,
                _ => 1,
            };
            last = match lex {
                Lex::Unit(_) | Lex::Dozen | Lex::Article => Last::Unit,
                Lex::Tens(_) => Last::Tens,
                Lex::Scale(100) => Last::Hundred,
                _ => Last::Big,
            };
            end = w.1;
            // The joiner to the next word: a hyphen, spaces, or " and " after hundred/thousand.
            word = joined_word(b, end);
            if let Some(nw) = word
                && lower(b, nw).as_str() == "and"
            {
                word = next_word(b, nw.1).filter(|_| matches!(last, Last::Hundred | Last::Big));
            }
            if word.is_some_and(|w| {
                word_char_at(self.text, w.1) && hyphen_len(b, w.1) == 0 && !b[w.1].is_ascii_alphabetic()
            }) {
                break;
            }
        }
        if last == Last::Start || word_char_at(self.text, end) {
            return None;
        }
        Some((total.saturating_add(current), end, trailing_scale))
    }
}
