//! Numbers written with digits: separators, decimals, currency before them, ISO and slashed
//! dates, fractions, and suffixes glued to them ("1.2m", "21st", "10x", "5km").

use super::Kind;
use super::bytes::{
    Lower, NotNumeral, Numeral, alnum_end, char_at, letters_end, lower, numeral, prev_char, prev_word, skip_spaces,
    word_char_at, word_char_before,
};
use super::filter::{chunk, is_link_like, phone_end, time_of_day_end};
use super::lexicon::{self as lx};
use super::scanner::{Quantity, Scanner, Step};

impl Scanner<'_> {
    // ---------------------------------------------------------------------------------------------
    // Digits

    pub(super) fn at_digit(&self, i: usize) -> Step {
        self.at_digit_with(i, None)
    }

    /// Reads the number at `i`; `glued` is a currency code written right before the digits
    /// ("R1.3 trillion", "KSh38 billion"): its start and code.
    pub(super) fn at_digit_with(&self, i: usize, glued: Option<(usize, &'static str)>) -> Step {
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
    pub(super) fn prev_word_names_a_number(&self, i: usize) -> bool {
        let b = self.b;
        let mut e = i;
        if e > 0 && b[e - 1] == b'#' {
            return true;
        }
        e = super::bytes::skip_spaces_back(b, e);
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
    pub(super) fn currency_before(&self, i: usize) -> (usize, Option<&'static str>) {
        let b = self.b;
        // A symbol, glued or spaced: "$10", "$ 10", "€45".
        let p = super::bytes::skip_spaces_back(b, i);
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
        let ws = super::bytes::skip_spaces_back(b, i);
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
    pub(super) fn digit_tail(
        &self,
        start: usize,
        n: &Numeral,
        currency: Option<&'static str>,
    ) -> Result<Quantity, usize> {
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
        self.and_a_half(&mut q);
        self.hyphen_unit(&mut q);
        self.continuation(&mut q);
        Ok(q)
    }

    /// "2024-03-14".
    pub(super) fn iso_date(&self, q: &Quantity, n: &Numeral) -> Option<Quantity> {
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
    pub(super) fn slashed(&self, mut q: Quantity, n: &Numeral) -> Result<Quantity, usize> {
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
    pub(super) fn glued_suffix(&self, q: &mut Quantity, n: &Numeral, j: usize, le: usize) -> Result<(), usize> {
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
}
