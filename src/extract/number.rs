//! The number grammar: from a digit or a number word, read the whole expression (scale, currency,
//! unit, range, date) and decide its kind and value.

use super::filter::{chunk, is_link_like, phone_end, time_of_day_end};
use super::lexicon::{self as lx, Lex};
use super::scan::{
    Lower, NotNumeral, Numeral, alnum_end, char_at, dash_len, hyphen_len, letters_end, lower, next_word, numeral,
    prev_char, prev_word, scaled, skip_spaces, word_char_at, word_char_before,
};
use super::{Found, Kind};

/// Iterates over the number expressions of a text, in order, without overlaps.
pub(crate) struct Scanner<'a> {
    text: &'a str,
    b: &'a [u8],
    i: usize,
    /// End of the last claim: nothing may start before it ("3 GBP 1" is not "3 GBP" + "GBP 1").
    floor: usize,
}

/// What the grammar made of the token at the scanner's position.
enum Step {
    Claim(Found),
    /// Not a claim; resume scanning here.
    Skip(usize),
}

/// A number with what follows it, before ranges and years are decided.
#[derive(Clone, Debug)]
struct Quantity {
    start: usize,
    end: usize,
    mantissa: u64,
    decimals: u32,
    scale: u64,
    kind: Kind,
    unit: Option<&'static str>,
    date: Option<String>,
    /// `value` overrides `mantissa`/`scale` (fractions, ratios) or clears it (tallies).
    value: Option<Option<f64>>,
    /// The high end, for the ranges read here ("2012/2013").
    value_max: Option<f64>,
    /// A plain four-digit integer as written, a candidate year.
    year: Option<u64>,
    /// The day of a month, where the number could be one ("14 March").
    day: Option<u32>,
}

impl Quantity {
    fn new(start: usize, end: usize, mantissa: u64, decimals: u32) -> Self {
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

    fn from_numeral(start: usize, n: &Numeral) -> Self {
        let mut q = Self::new(start, n.end, n.mantissa, n.decimals);
        q.year = n.four_digits();
        q.day = n.int().filter(|d| (1..=31).contains(d) && n.int_digits <= 2).map(|d| d as u32);
        q
    }

    fn value(&self) -> Option<f64> {
        self.value.unwrap_or_else(|| Some(scaled(self.mantissa, self.decimals, self.scale)))
    }

    /// Still a bare number: no unit, scale, or special reading yet.
    fn bare(&self) -> bool {
        self.kind == Kind::Count && self.unit.is_none() && self.scale == 1 && self.value.is_none()
    }

    fn set_unit(&mut self, kind: Kind, unit: &'static str, end: usize) {
        self.kind = kind;
        self.unit = Some(unit);
        self.end = end;
    }

    fn into_found(self) -> Found {
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

fn word_is(b: &[u8], w: Option<(usize, usize)>, expected: &str) -> bool {
    w.is_some_and(|w| lower(b, w).as_str() == expected)
}

impl<'a> Scanner<'a> {
    pub fn new(text: &'a str) -> Self {
        Self { text, b: text.as_bytes(), i: 0, floor: 0 }
    }

    // ---------------------------------------------------------------------------------------------
    // Digits

    fn at_digit(&self, i: usize) -> Step {
        self.at_digit_with(i, None)
    }

    /// Reads the number at `i`; `glued` is a currency code written right before the digits
    /// ("R1.3 trillion", "KSh38 billion"): its start and code.
    fn at_digit_with(&self, i: usize, glued: Option<(usize, &'static str)>) -> Step {
        let b = self.b;
        let token_end = alnum_end(b, i);
        // "COVID-19", "F-16", "report-2024" are names; "mid-2024" is a year.
        if i >= 2 && b[i - 1] == b'-' && b[i - 2].is_ascii_alphabetic() {
            let w = prev_word(b, i - 1).map(|w| lower(b, w));
            if !w.is_some_and(|w| lx::year_prefix(w.as_str())) {
                return Step::Skip(token_end);
            }
        }
        let (cs, ce) = chunk(b, i);
        if is_link_like(&b[cs..ce]) {
            return Step::Skip(ce);
        }
        if let Some(end) = time_of_day_end(b, i).or_else(|| phone_end(b, i)) {
            return Step::Skip(end);
        }
        if self.prev_word_names_a_number(i) {
            // Skip the identifier whole: "version 2.3.1", "Boeing 737-800".
            let mut end = token_end;
            while end < b.len()
                && matches!(b[end], b'.' | b'-')
                && b.get(end + 1).is_some_and(u8::is_ascii_alphanumeric)
            {
                end = alnum_end(b, end + 1);
            }
            return Step::Skip(end);
        }
        let n = match numeral(b, i) {
            Ok(n) => n,
            Err(NotNumeral::Dotted(end) | NotNumeral::TooLong(end)) => {
                return Step::Skip(alnum_end(b, end));
            }
        };
        let (start, currency) = match glued {
            Some((start, code)) => (start, Some(code)),
            None => self.currency_before(i),
        };
        let mut q = match self.digit_tail(start, &n, currency) {
            Ok(q) => q,
            Err(skip) => return Step::Skip(skip),
        };
        if q.date.is_none() {
            if let Some(found) = self.range_after(&q) {
                return Step::Claim(found);
            }
            self.maybe_year(&mut q);
        }
        Step::Claim(q.into_found())
    }

    /// "Boeing 737", "Article 7", "No. 5": the number is an identifier.
    fn prev_word_names_a_number(&self, i: usize) -> bool {
        let b = self.b;
        let mut e = i;
        if e > 0 && b[e - 1] == b'#' {
            return true;
        }
        e = super::scan::skip_spaces_back(b, e);
        if e > 0 && b[e - 1] == b'.' {
            e -= 1;
        }
        let mut s = e;
        while s > 0 && b[s - 1].is_ascii_alphabetic() {
            s -= 1;
        }
        s < e && lx::names_a_number(lower(b, (s, e)).as_str())
    }

    /// Currency written before the digits: "$", "€", "US$", "EUR ". Returns the claim's start.
    fn currency_before(&self, i: usize) -> (usize, Option<&'static str>) {
        let b = self.b;
        // A symbol, glued or spaced: "$10", "$ 10", "€45".
        let p = super::scan::skip_spaces_back(b, i);
        if let Some(c) = prev_char(self.text, p)
            && let Some(code) = lx::currency_symbol(c)
            && p - c.len_utf8() >= self.floor
        {
            let sym_start = p - c.len_utf8();
            // "US$", "C$", "A$", "R$", "HK$": letters glued to the dollar sign.
            let mut s = sym_start;
            while s > self.floor && b[s - 1].is_ascii_uppercase() && sym_start - s < 2 {
                s -= 1;
            }
            if c == '$' && s < sym_start && !word_char_before(self.text, s) {
                let prefix = std::str::from_utf8(&b[s..p]).unwrap_or("");
                return (s, Some(lx::currency_code_before(prefix).unwrap_or("USD")));
            }
            return (sym_start, Some(code));
        }
        // A code or "Rs" as the previous word.
        let ws = super::scan::skip_spaces_back(b, i);
        if ws < i {
            let mut s = ws;
            while s > 0 && b[s - 1].is_ascii_alphabetic() {
                s -= 1;
            }
            if s < ws
                && s >= self.floor
                && !word_char_before(self.text, s)
                && let Some(code) = std::str::from_utf8(&b[s..ws]).ok().and_then(lx::currency_code_before)
            {
                return (s, Some(code));
            }
        }
        (i, None)
    }

    /// Everything glued to or following a numeral: dates, fractions, suffixes, units.
    fn digit_tail(&self, start: usize, n: &Numeral, currency: Option<&'static str>) -> Result<Quantity, usize> {
        let b = self.b;
        let mut q = Quantity::from_numeral(start, n);
        if let Some(code) = currency {
            q.set_unit(Kind::Money, code, n.end);
        }
        let j = n.end;
        if let Some(q) = self.iso_date(&q, n) {
            return Ok(q);
        }
        match b.get(j) {
            Some(b'/') if b.get(j + 1).is_some_and(u8::is_ascii_digit) => {
                return self.slashed(q, n);
            }
            Some(b':') if b.get(j + 1).is_some_and(u8::is_ascii_digit) => {
                let m = numeral(b, j + 1).map_err(|_| alnum_end(b, j + 1))?;
                if m.value() == 0.0 || word_char_at(self.text, m.end) {
                    return Err(alnum_end(b, m.end));
                }
                q.kind = Kind::Ratio;
                q.value = Some(Some(n.value() / m.value()));
                q.end = m.end;
                return Ok(q);
            }
            _ => {}
        }
        let le = letters_end(b, j);
        if le > j {
            if b.get(le).is_some_and(u8::is_ascii_digit) {
                return Err(alnum_end(b, le));
            }
            self.glued_suffix(&mut q, n, j, le)?;
        }
        let pct = if b.get(q.end) == Some(&b'%') {
            Some(q.end)
        } else {
            Some(skip_spaces(b, q.end)).filter(|&p| b.get(p) == Some(&b'%'))
        };
        if let Some(p) = pct {
            q.set_unit(Kind::Percent, "percent", p + 1);
            return Ok(q);
        }
        // A currency symbol after the number, as much of Europe writes it: "20 €", "15€".
        if q.unit.is_none() && q.kind == Kind::Count {
            let p = skip_spaces(b, q.end);
            if let Some(c) = char_at(self.text, p)
                && let Some(code) = lx::currency_symbol(c)
                && !word_char_at(self.text, p + c.len_utf8())
                && p - q.end <= 1
            {
                q.set_unit(Kind::Money, code, p + c.len_utf8());
            }
        }
        if q.kind == Kind::Ordinal || q.kind == Kind::Date {
            if q.kind == Kind::Ordinal {
                self.day_month(&mut q);
            }
            return Ok(q);
        }
        self.hyphen_unit(&mut q);
        self.continuation(&mut q);
        Ok(q)
    }

    /// "2024-03-14".
    fn iso_date(&self, q: &Quantity, n: &Numeral) -> Option<Quantity> {
        let b = self.b;
        let y = n.four_digits()?;
        let j = n.end;
        let two = |k: usize| -> Option<u32> {
            (b.get(k..k + 2)?.iter().all(u8::is_ascii_digit))
                .then(|| u32::from(b[k] - b'0') * 10 + u32::from(b[k + 1] - b'0'))
        };
        if b.get(j) != Some(&b'-') || b.get(j + 3) != Some(&b'-') {
            return None;
        }
        let (m, d) = (two(j + 1)?, two(j + 4)?);
        if word_char_at(self.text, j + 6) || !(1..=12).contains(&m) || !(1..=31).contains(&d) {
            return None;
        }
        let mut q = q.clone();
        q.kind = Kind::Date;
        q.date = Some(format!("{y:04}-{m:02}-{d:02}"));
        q.value = Some(None);
        q.end = j + 6;
        Some(q)
    }

    /// "2/3", "7/17/2024", "2023/24"; anything else with a slash ("24/7", "9/11") is skipped.
    fn slashed(&self, mut q: Quantity, n: &Numeral) -> Result<Quantity, usize> {
        let b = self.b;
        let m = numeral(b, n.end + 1).map_err(|_| alnum_end(b, n.end + 1))?;
        let skip = alnum_end(b, m.end);
        let (Some(a), Some(c)) = (n.int(), m.int()) else {
            return Err(skip);
        };
        if b.get(m.end) == Some(&b'/') && b.get(m.end + 1).is_some_and(u8::is_ascii_digit) {
            let y = numeral(b, m.end + 1).map_err(|_| alnum_end(b, m.end + 1))?;
            let year = match (y.int(), y.int_digits) {
                (Some(v), 4) => v,
                (Some(v), 2) => 2000 + v,
                _ => return Err(alnum_end(b, y.end)),
            };
            let (month, day) = if a > 12 { (c, a) } else { (a, c) };
            if word_char_at(self.text, y.end) || !(1..=12).contains(&month) || !(1..=31).contains(&day) {
                return Err(alnum_end(b, y.end));
            }
            q.kind = Kind::Date;
            q.date = Some(format!("{year:04}-{month:02}-{day:02}"));
            q.value = Some(None);
            q.end = y.end;
            return Ok(q);
        }
        if word_char_at(self.text, m.end) {
            return Err(skip);
        }
        // A fiscal or season year: "2023/24", "2012/2013".
        if let Some(y) = n.four_digits()
            && (1500..=2100).contains(&y)
            && ((m.int_digits == 2 && c == (y + 1) % 100) || (m.int_digits == 4 && c == y + 1))
        {
            q.kind = Kind::Range;
            q.value = Some(Some(y as f64));
            q.value_max = Some(if m.int_digits == 2 { (y / 100 * 100 + c) as f64 } else { c as f64 });
            q.end = m.end;
            q.unit = None;
            q.year = Some(y);
            return Ok(q);
        }
        if (matches!(c, 2..=10 | 12 | 16 | 32 | 64) || (c % 10 == 0 && c <= 100)) && a >= 1 && a < c && !n.grouped {
            q.kind = Kind::Fraction;
            q.value = Some(Some(a as f64 / c as f64));
            q.end = m.end;
            return Ok(q);
        }
        Err(skip)
    }

    /// Letters glued to the digits: "1.2m", "£2.5bn", "21st", "1990s", "10x", "5km".
    fn glued_suffix(&self, q: &mut Quantity, n: &Numeral, j: usize, le: usize) -> Result<(), usize> {
        let b = self.b;
        let suffix = &b[j..le];
        let low = Lower::new(b, j, le);
        let low = low.as_str();
        let single_upper = suffix.len() == 1 && suffix[0].is_ascii_uppercase();
        match low {
            "st" | "nd" | "rd" | "th" if n.decimals == 0 => {
                q.kind = Kind::Ordinal;
                q.unit = None;
                q.end = le;
            }
            "s" if n.decimals == 0 && n.mantissa.is_multiple_of(10) && (n.int_digits == 4 || n.int_digits == 2) => {
                let decade = if n.int_digits == 2 { 1900 + n.mantissa } else { n.mantissa };
                q.kind = Kind::Date;
                q.date = Some(format!("{decade}s"));
                q.value = Some(None);
                q.end = le;
            }
            "x" if !single_upper => {
                q.set_unit(Kind::Ratio, "times", le);
            }
            "am" | "pm" => return Err(le),
            _ => {
                if let Some(scale) = lx::scale_word(low)
                    .filter(|_| !matches!(low, "hundred" | "thousand" | "million" | "billion" | "trillion"))
                    && (!single_upper || matches!(suffix[0], b'K' | b'M' | b'B'))
                    && (low != "b" || q.kind == Kind::Money)
                {
                    q.scale = scale;
                    q.end = le;
                } else if single_upper {
                    return Err(le);
                } else if let Some(unit) = lx::time_unit(low) {
                    q.set_unit(Kind::Duration, unit, le);
                } else if let Some(unit) = lx::measure_unit(low) {
                    q.set_unit(Kind::Measure, unit, le);
                } else {
                    return Err(le);
                }
            }
        }
        Ok(())
    }

    /// "72-hour", "10-year-old", "five-year", "3-point".
    fn hyphen_unit(&self, q: &mut Quantity) {
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
    fn continuation(&self, q: &mut Quantity) {
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
        let after = next_word(b, w.1);
        match low {
            "percent" | "pct" => q.set_unit(Kind::Percent, "percent", w.1),
            "per" if word_is(b, after, "cent") => q.set_unit(Kind::Percent, "percent", after.map_or(w.1, |a| a.1)),
            "percentage" if after.is_some_and(|a| lower(b, a).as_str().starts_with("point")) => {
                q.set_unit(Kind::Percent, "percentage points", after.map_or(w.1, |a| a.1));
            }
            "times" if q.kind == Kind::Count => q.set_unit(Kind::Ratio, "times", w.1),
            "in" if q.kind == Kind::Count => self.one_in(q, w.1),
            "out" if q.kind == Kind::Count && word_is(b, after, "of") => {
                if let Some(a) = after {
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
                    if unit == "years" && word_is(b, after, "old") {
                        q.set_unit(Kind::Count, "years old", after.map_or(w.1, |a| a.1));
                    } else {
                        q.set_unit(Kind::Duration, unit, w.1);
                    }
                } else if low == "square"
                    && let Some(a) = after
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
                        && let Some(a) = after
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
    fn one_in(&self, q: &mut Quantity, after_in: usize) {
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
    fn day_month(&self, q: &mut Quantity) {
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
                q.date = Some(format!("{year:04}-{month:02}-{day:02}"));
                q.end = year_end;
            }
            None => {
                q.date = Some(format!("--{month:02}-{day:02}"));
                q.end = w.1;
            }
        }
    }

    /// A year right after a date part: " 2024", ", 2024".
    fn year_after(&self, i: usize) -> Option<(u64, usize)> {
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
    fn maybe_year(&self, q: &mut Quantity) {
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
        q.date = Some(format!("{y:04}"));
        q.value = Some(None);
    }

    /// A number as digits or words at `i`, with a scale: its value and end.
    fn simple_number(&self, i: usize) -> Option<(f64, usize)> {
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

    // ---------------------------------------------------------------------------------------------
    // Ranges and tallies

    /// "40-50", "40 to 50 percent", "between 40 and 50", "voted 7-2".
    fn range_after(&self, a: &Quantity) -> Option<Found> {
        let b = self.b;
        if !matches!(a.kind, Kind::Count | Kind::Percent | Kind::Money | Kind::Measure | Kind::Duration)
            || a.value.is_some()
        {
            return None;
        }
        let prev = prev_word(b, a.start);
        let between = prev.filter(|&w| w.0 >= self.floor && lower(b, w).as_str() == "between");
        let from = word_is(b, prev, "from");
        let s = skip_spaces(b, a.end);
        let dash = dash_len(b, s);
        let (joiner_end, by_dash) = if dash > 0 {
            (s + dash, true)
        } else {
            let w = next_word(b, a.end)?;
            match lower(b, w).as_str() {
                "to" if !from && between.is_none() => (w.1, false),
                "and" if between.is_some() => (w.1, false),
                _ => return None,
            }
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
    fn tally_context(&self, i: usize) -> bool {
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

    // ---------------------------------------------------------------------------------------------
    // Words

    fn at_word(&self, i: usize, e: usize) -> Step {
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
            Lex::Times(n) => Some(Found {
                start: i,
                end: e,
                kind: Kind::Ratio,
                value: Some(n as f64),
                value_max: None,
                unit: Some("times"),
                date: None,
            }),
            Lex::Part { plural: true, .. } | Lex::Scale(_) | Lex::Dozen => None,
        };
        match found {
            Some(f) => Step::Claim(f),
            None => Step::Skip(e),
        }
    }

    /// "Q3 2025": a quarter. `e` is the end of the "Q".
    fn quarter(&self, i: usize, e: usize) -> Option<Found> {
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
                date: Some(format!("{y:04}-Q{q}")),
            }),
            None => Some(Found {
                start: i,
                end: e + 1,
                kind: Kind::Date,
                value: None,
                value_max: None,
                unit: None,
                date: Some(format!("Q{q}")),
            }),
        }
    }

    /// "July 28", "July 17, 2024", "July 2023", "Nov. 26".
    fn month_date(&self, i: usize, e: usize, month: u32) -> Option<Found> {
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
        let date = |end: usize, date: String| {
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
                Some((y, ye)) => date(ye, format!("{y:04}-{month:02}-{day:02}")),
                None => date(end, format!("--{month:02}-{day:02}")),
            };
        }
        let y = n.four_digits().filter(|y| (1000..=2100).contains(y))?;
        if word_char_at(self.text, n.end) {
            return None;
        }
        date(n.end, format!("{y:04}-{month:02}"))
    }

    /// "a dozen", "a million", "a third of", "a third term".
    fn after_article(&self, i: usize, e: usize) -> Option<Found> {
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
            _ => None,
        }
    }

    /// "half of the vote", "more than half": a fraction. A bare "half" ("half-hearted") is not.
    fn half(&self, i: usize, e: usize) -> Option<Found> {
        let b = self.b;
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
    fn ordinal_word(&self, i: usize, e: usize, n: u64) -> Option<Found> {
        let b = self.b;
        let h = hyphen_len(b, e);
        let next = if h > 0 {
            let ne = letters_end(b, e + h);
            (ne > e + h).then_some((e + h, ne))
        } else {
            next_word(b, e)
        };
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
    fn word_number(&self, i: usize) -> Option<Found> {
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
                    "no" | "any" | "every" | "each" | "the" | "this" | "that" | "which" | "someone" | "only"
                )
            });
            if punct_follows || not_count || pronoun_before {
                return None;
            }
        }
        Some(q.into_found())
    }

    /// A capitalised number word after a capitalised word mid-sentence: "Formula One", "Big Three".
    fn inside_a_name(&self, i: usize) -> bool {
        let b = self.b;
        if !b[i].is_ascii_uppercase() {
            return false;
        }
        prev_word(b, i).is_some_and(|w| b[w.0].is_ascii_uppercase() && super::scan::skip_spaces_back(b, i) == w.1)
    }

    /// A word-number expression with its unit: the word sequence, then fractions, suffix words.
    fn word_quantity(&self, i: usize) -> Option<Quantity> {
        let b = self.b;
        let (value, end, trailing_scale) = self.word_sequence(i)?;
        let mut q = Quantity::new(i, end, value, 0);
        // Keep "three million" as 3 × million, so a range's low end can borrow the scale.
        if trailing_scale > 1 && value % trailing_scale == 0 {
            q.mantissa = value / trailing_scale;
            q.scale = trailing_scale;
        }
        // "two-thirds", "three quarters", "one-fifth".
        if (1..=10).contains(&value) {
            let h = hyphen_len(b, end);
            let next = if h > 0 {
                let ne = letters_end(b, end + h);
                (ne > end + h).then_some((end + h, ne))
            } else {
                next_word(b, end)
            };
            if let Some(w) = next
                && let Some(Lex::Part { denominator, plural }) = lx::lex(lower(b, w).as_str())
                && plural == (value > 1)
            {
                q.kind = Kind::Fraction;
                q.value = Some(Some(value as f64 / denominator as f64));
                q.end = w.1;
                return Some(q);
            }
        }
        q.year = None;
        q.day = None;
        self.hyphen_unit(&mut q);
        self.continuation(&mut q);
        Some(q)
    }

    /// Reads "two hundred and fifty thousand", "twenty-one", "a dozen": the value and the end.
    fn word_sequence(&self, i: usize) -> Option<(u64, usize, u64)> {
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
                (Lex::Unit(n), Last::Start | Last::Hundred | Last::Big) => current += n,
                (Lex::Unit(n), Last::Tens) if (1..=9).contains(&n) => current += n,
                (Lex::Tens(n), Last::Start | Last::Hundred | Last::Big) => current += n,
                (Lex::Scale(100), Last::Unit | Last::Tens) => current *= 100,
                (Lex::Scale(s), Last::Unit | Last::Tens | Last::Hundred) if s >= 1000 => {
                    total = total.saturating_add(current.saturating_mul(s));
                    current = 0;
                }
                (Lex::Dozen, Last::Unit) => current *= 12,
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
            let h = hyphen_len(b, end);
            word = if h > 0 {
                let ne = letters_end(b, end + h);
                (ne > end + h).then_some((end + h, ne))
            } else {
                next_word(b, end)
            };
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

impl Iterator for Scanner<'_> {
    type Item = Found;

    fn next(&mut self) -> Option<Found> {
        let b = self.b;
        while self.i < b.len() {
            let i = self.i;
            let c = b[i];
            if c.is_ascii_digit() {
                if i > 0 && (is_alnum_byte(b[i - 1]) || (b[i - 1] >= 0x80 && word_char_before(self.text, i))) {
                    self.i = token_end(b, i);
                    continue;
                }
                match self.at_digit(i) {
                    Step::Claim(found) => return Some(self.accept(found, i)),
                    Step::Skip(to) => self.i = to.max(i + 1),
                }
            } else if c.is_ascii_alphabetic() {
                let e = letters_end(b, i);
                if i > 0 && b[i - 1] >= 0x80 && word_char_before(self.text, i) {
                    self.i = token_end(b, e);
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
                    self.i = token_end(b, e);
                    continue;
                }
                if (e < b.len() && b[e] >= 0x80 && word_char_at(self.text, e)) || !lx::is_trigger(&b[i..e]) {
                    self.i = e;
                    continue;
                }
                match self.at_word(i, e) {
                    Step::Claim(found) => return Some(self.accept(found, i)),
                    Step::Skip(to) => self.i = to.max(i + 1),
                }
            } else {
                self.i = i + 1;
            }
        }
        None
    }
}

impl Scanner<'_> {
    /// Records a claim found at trigger position `i` and moves past it.
    fn accept(&mut self, mut found: Found, i: usize) -> Found {
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
