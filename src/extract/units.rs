//! What follows a number: hyphenated units ("72-hour"), scale and unit words, percent, currency,
//! "times", "1 in 5", a month after a day, and whether a bare four-digit number is a year.

use super::Kind;
use super::bytes::{hyphen_len, letters_end, lower, next_word, numeral, scaled, skip_spaces, word_char_at};
use super::lexicon::{self as lx};
use super::scanner::{Quantity, Scanner, word_is};

impl Scanner<'_> {
    /// "two and a half", "3 and a half": adds the half, before any unit or scale is read.
    pub(super) fn and_a_half(&self, q: &mut Quantity) {
        let b = self.b;
        // "and" must come next: three bytes rule out nearly every number first.
        let s = skip_spaces(b, q.end);
        if !q.bare() || q.decimals != 0 || !b.get(s..s + 3).is_some_and(|w| w.eq_ignore_ascii_case(b"and")) {
            return;
        }
        let Some(and) = next_word(b, q.end).filter(|&w| lower(b, w).as_str() == "and") else {
            return;
        };
        let Some(a) = next_word(b, and.1).filter(|&w| lower(b, w).as_str() == "a") else {
            return;
        };
        let Some(half) = next_word(b, a.1).filter(|&w| lower(b, w).as_str() == "half") else {
            return;
        };
        if word_char_at(self.text, half.1) || hyphen_len(b, half.1) > 0 {
            return;
        }
        let Some(mantissa) = q.mantissa.checked_mul(10).and_then(|m| m.checked_add(5)) else {
            return;
        };
        q.mantissa = mantissa;
        q.decimals = 1;
        q.end = half.1;
        q.year = None;
        q.day = None;
    }

    /// "72-hour", "10-year-old", "five-year", "3-point".
    pub(super) fn hyphen_unit(&self, q: &mut Quantity) {
        let b = self.b;
        if !(q.bare() || (q.kind == Kind::Count && q.scale > 1 && q.unit.is_none())) {
            return;
        }
        let h = hyphen_len(b, q.end);
        if h == 0 {
            return;
        }
        let ws = q.end + h;
        let we = letters_end(b, ws);
        if we == ws || word_char_at(self.text, we) {
            return;
        }
        let w = lower(b, (ws, we));
        let w = w.as_str();
        if let Some(unit) = lx::time_unit(w) {
            // "10-year-old": an age, not a duration.
            let oh = hyphen_len(b, we);
            if unit == "years" && oh > 0 && {
                let oe = letters_end(b, we + oh);
                lower(b, (we + oh, oe)).as_str() == "old"
            } {
                q.set_unit(Kind::Count, "years old", letters_end(b, we + oh));
            } else {
                q.set_unit(Kind::Duration, unit, we);
            }
        } else if let Some(unit) = lx::measure_unit(w).filter(|_| we - ws > 1) {
            q.set_unit(Kind::Measure, unit, we);
        } else {
            match w {
                "point" | "points" => q.set_unit(Kind::Count, "points", we),
                "percent" => q.set_unit(Kind::Percent, "percent", we),
                "fold" => q.set_unit(Kind::Ratio, "times", we),
                _ => {}
            }
        }
    }

    /// Words after the number: scale, percent, currency, unit, "times", "1 in 5", a month.
    pub(super) fn continuation(&self, q: &mut Quantity) {
        let b = self.b;
        let mut next = next_word(b, q.end);
        // A scale word: "1.2 million", "two billion"; the short forms only after a currency.
        if q.scale == 1
            && q.value.is_none()
            && matches!(q.kind, Kind::Count | Kind::Money)
            && let Some(w) = next
            && let low = lower(b, w)
            && let Some(scale) = lx::scale_word(low.as_str())
            && (w.1 - w.0 > 2 || q.kind == Kind::Money)
            && !word_char_at(self.text, w.1)
        {
            q.scale = scale;
            q.end = w.1;
            next = next_word(b, q.end);
        }
        if q.kind == Kind::Percent || q.value.is_some() {
            return;
        }
        let Some(w) = next else {
            return;
        };
        if q.unit.is_some() && q.kind != Kind::Money {
            return;
        }
        let low = lower(b, w);
        let low = low.as_str();
        // The word after that, read only by the few units that need it.
        let after = || next_word(b, w.1);
        match low {
            "percent" | "pct" => q.set_unit(Kind::Percent, "percent", w.1),
            "per" if word_is(b, after(), "cent") => q.set_unit(Kind::Percent, "percent", after().map_or(w.1, |a| a.1)),
            "percentage" if after().is_some_and(|a| lower(b, a).as_str().starts_with("point")) => {
                q.set_unit(Kind::Percent, "percentage points", after().map_or(w.1, |a| a.1));
            }
            "times" if q.kind == Kind::Count => q.set_unit(Kind::Ratio, "times", w.1),
            "basis" if q.kind == Kind::Count && after().is_some_and(|a| lower(b, a).as_str().starts_with("point")) => {
                q.set_unit(Kind::Measure, "bp", after().map_or(w.1, |a| a.1));
            }
            "in" if q.kind == Kind::Count => self.one_in(q, w.1),
            "out" if q.kind == Kind::Count && word_is(b, after(), "of") => {
                if let Some(a) = after() {
                    self.one_in(q, a.1);
                }
            }
            _ if q.kind == Kind::Money => {
                // "€45 million euros" is unusual, but "US$5 billion dollars" happens; absorb it.
                if lx::currency_word(low).is_some() && w.1 - w.0 > 3 {
                    q.end = w.1;
                }
            }
            _ => {
                if let Some(code) = lx::currency_word(low).filter(|_| w.1 - w.0 > 3 || b[w.0].is_ascii_uppercase()) {
                    if matches!(low, "pound" | "pounds") && q.scale == 1 {
                        q.set_unit(Kind::Measure, "lb", w.1);
                    } else {
                        q.set_unit(Kind::Money, code, w.1);
                    }
                } else if let Some(unit) = lx::time_unit(low).filter(|_| w.1 - w.0 > 2) {
                    if unit == "years" && word_is(b, after(), "old") {
                        q.set_unit(Kind::Count, "years old", after().map_or(w.1, |a| a.1));
                    } else {
                        q.set_unit(Kind::Duration, unit, w.1);
                    }
                } else if low == "square"
                    && let Some(a) = after()
                    && let Some(unit) = lx::measure_unit(lower(b, a).as_str())
                {
                    let unit = match unit {
                        "km" => "km²",
                        "mi" => "mi²",
                        "m" => "m²",
                        "ft" => "ft²",
                        other => other,
                    };
                    q.set_unit(Kind::Measure, unit, a.1);
                } else if let Some(unit) = lx::measure_unit(low).filter(|_| w.1 - w.0 > 1) {
                    q.set_unit(Kind::Measure, unit, w.1);
                    if unit == "degrees"
                        && let Some(a) = after()
                        && matches!(lower(b, a).as_str(), "celsius" | "fahrenheit" | "c" | "f")
                    {
                        q.end = a.1;
                    }
                } else if q.bare() {
                    self.day_month(q);
                }
            }
        }
    }

    /// "1 in 5", "three out of four": a ratio.
    pub(super) fn one_in(&self, q: &mut Quantity, after_in: usize) {
        let b = self.b;
        let s = skip_spaces(b, after_in);
        let Some((denominator, end)) = self.simple_number(s) else {
            return;
        };
        let numerator = scaled(q.mantissa, q.decimals, q.scale);
        if denominator <= numerator || denominator >= 1000.0 || word_char_at(self.text, end) {
            return;
        }
        q.kind = Kind::Ratio;
        q.value = Some(Some(numerator / denominator));
        q.end = end;
    }

    /// "14 March", "28th July 2024": a day followed by a capitalised month.
    pub(super) fn day_month(&self, q: &mut Quantity) {
        let b = self.b;
        let Some(day) = q.day else {
            return;
        };
        let Some(w) = next_word(b, q.end) else {
            return;
        };
        if !b[w.0].is_ascii_uppercase() {
            return;
        }
        let Some(month) = lx::month(lower(b, w).as_str()) else {
            return;
        };
        let mut end = w.1;
        if b.get(end) == Some(&b'.') && w.1 - w.0 == 3 {
            end += 1;
        }
        q.kind = Kind::Date;
        q.value = Some(None);
        q.unit = None;
        match self.year_after(end) {
            Some((year, year_end)) => {
                q.date = Some(compact_str::format_compact!("{year:04}-{month:02}-{day:02}"));
                q.end = year_end;
            }
            None => {
                q.date = Some(compact_str::format_compact!("--{month:02}-{day:02}"));
                q.end = w.1;
            }
        }
    }

    /// A year right after a date part: " 2024", ", 2024".
    pub(super) fn year_after(&self, i: usize) -> Option<(u64, usize)> {
        let b = self.b;
        let mut p = i;
        if b.get(p) == Some(&b',') {
            p += 1;
        }
        let s = skip_spaces(b, p);
        if s == i || !b.get(s).is_some_and(u8::is_ascii_digit) {
            return None;
        }
        let n = numeral(b, s).ok()?;
        let y = n.four_digits().filter(|y| (1000..=2100).contains(y))?;
        (!word_char_at(self.text, n.end)).then_some((y, n.end))
    }

    /// A bare four-digit number reads as a year unless a counted noun follows ("2000 people").
    pub(super) fn maybe_year(&self, q: &mut Quantity) {
        let Some(y) = q.year.filter(|y| (1500..=2100).contains(y)) else {
            return;
        };
        if !q.bare() {
            return;
        }
        let b = self.b;
        if let Some(w) = next_word(b, q.end)
            && lx::counted_noun_after_year(lower(b, w).as_str())
        {
            return;
        }
        q.kind = Kind::Date;
        q.date = Some(compact_str::format_compact!("{y:04}"));
        q.value = Some(None);
    }

    /// A number as digits or words at `i`, with a scale: its value and end.
    pub(super) fn simple_number(&self, i: usize) -> Option<(f64, usize)> {
        let b = self.b;
        if b.get(i).is_some_and(u8::is_ascii_digit) {
            let n = numeral(b, i).ok()?;
            let mut q = Quantity::from_numeral(i, &n);
            let le = letters_end(b, n.end);
            if le > n.end {
                self.glued_suffix(&mut q, &n, n.end, le).ok()?;
            }
            return Some((q.value()?, q.end));
        }
        let e = letters_end(b, i);
        if e == i || !lx::is_trigger(&b[i..e]) {
            return None;
        }
        let (value, end, _) = self.word_sequence(i)?;
        Some((value as f64, end))
    }
}
