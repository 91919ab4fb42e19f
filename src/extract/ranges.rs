//! Ranges and tallies: "40-50", "40 to 50 percent", "between 40 and 50", "voted 7-2".

use super::bytes::{char_at, dash_len, lower, next_word, numeral, prev_word, skip_spaces};
use super::filter::phone_end;
use super::lexicon::{self as lx};
use super::scanner::{Quantity, Scanner, word_is};
use super::{Found, Kind};

impl Scanner<'_> {
    /// "40-50", "40 to 50 percent", "between 40 and 50", "voted 7-2".
    pub(super) fn range_after(&self, a: &Quantity) -> Option<Found> {
        let b = self.b;
        if !matches!(a.kind, Kind::Count | Kind::Percent | Kind::Money | Kind::Measure | Kind::Duration)
            || a.value.is_some()
        {
            return None;
        }
        // A dash, "to" or "and" joins a range. Most numbers are followed by none (without a dash,
        // one byte rules out most words), and need not have the words before them read.
        let s = skip_spaces(b, a.end);
        let dash = dash_len(b, s);
        let joiner = if dash > 0 {
            None
        } else {
            if !matches!(b.get(s), Some(b't' | b'T' | b'a' | b'A')) {
                return None;
            }
            let w = next_word(b, a.end)?;
            let word = lower(b, w);
            if !matches!(word.as_str(), "to" | "and") {
                return None;
            }
            Some((w, word))
        };
        let prev = prev_word(b, a.start);
        let between = prev.filter(|&w| w.0 >= self.floor && lower(b, w).as_str() == "between");
        let from = word_is(b, prev, "from");
        let (joiner_end, by_dash) = match joiner {
            None => (s + dash, true),
            Some((w, word)) => match word.as_str() {
                "to" if !from && between.is_none() => (w.1, false),
                "and" if between.is_some() => (w.1, false),
                _ => return None,
            },
        };
        let mut bs = skip_spaces(b, joiner_end);
        if let Some(c) = char_at(self.text, bs)
            && lx::currency_symbol(c).is_some()
            && a.kind == Kind::Money
        {
            bs += c.len_utf8();
        }
        let bq = if b.get(bs).is_some_and(u8::is_ascii_digit) {
            if by_dash && phone_end(b, a.start.max(bs.saturating_sub(4))).is_some() {
                return None;
            }
            let n = numeral(b, bs).ok()?;
            let mut q = self.digit_tail(bs, &n, None).ok()?;
            if q.value.is_some() {
                return None;
            }
            q.year = n.four_digits();
            q
        } else if !by_dash {
            self.word_quantity(bs)?
        } else {
            return None;
        };
        let mut a = a.clone();
        // "$40-50 million", "40 to 50 percent": the high end's scale and unit apply to both.
        if a.scale == 1 && bq.scale > 1 {
            a.scale = bq.scale;
        }
        if a.unit.is_none() {
            a.unit = bq.unit;
            a.kind = bq.kind;
        }
        let (lo, hi) = (a.value()?, bq.value()?);
        let tally_words = self.tally_context(a.start);
        let start = between.map_or(a.start, |w| w.0);
        let end = bq.end;
        if (by_dash || tally_words)
            && a.unit.is_none()
            && a.decimals == 0
            && bq.decimals == 0
            && (lo >= hi || tally_words)
        {
            // Two-digit second half of a year span: "2023-24".
            if let (Some(y), 2) = (a.year, end - bs) {
                let full = (y / 100) * 100 + hi as u64;
                if full > y {
                    return Some(Found {
                        start,
                        end,
                        kind: Kind::Range,
                        value: Some(y as f64),
                        value_max: Some(full as f64),
                        unit: None,
                        date: None,
                    });
                }
            }
            return Some(Found {
                start,
                end,
                kind: Kind::Ratio,
                value: None,
                value_max: None,
                unit: Some("tally"),
                date: None,
            });
        }
        if lo >= hi {
            return None;
        }
        Some(Found { start, end, kind: Kind::Range, value: Some(lo), value_max: Some(hi), unit: a.unit, date: None })
    }

    /// Do the words just before `i` speak of a vote or a score?
    pub(super) fn tally_context(&self, i: usize) -> bool {
        let b = self.b;
        let mut pos = i;
        for _ in 0..3 {
            let Some(w) = prev_word(b, pos) else {
                return false;
            };
            if lx::tally_context(lower(b, w).as_str()) {
                return true;
            }
            pos = w.0;
        }
        false
    }
}
