//! Numbers written with digits in Spanish text: what is not a claim (clock times, phone and
//! service numbers, identifiers, links), the currency before the digits, and what is glued to
//! them ("1.º", "5km", "3%").

use super::lexicon as lx;
use super::numerals;
use super::scanner::{Scanner, token_end};
use super::text::{capitalized, low, next_word, prev_word, skip_spaces, word_char_at};
use crate::extract::bytes::{Numeral, digits_end};
use crate::extract::filter::{chunk, is_link_like, phone_end, time_of_day_end};
use crate::extract::scanner::{Quantity, Step};
use crate::extract::{Kind, lexicon as en};

impl Scanner<'_> {
    pub(super) fn at_digit(&self, i: usize) -> Step {
        let b = self.b;
        // "COVID-19", "F-16", "Sars-CoV-2" are names.
        if i >= 2 && b[i - 1] == b'-' && b[i - 2].is_ascii_alphabetic() {
            return Step::Skip(token_end(b, i));
        }
        let (cs, ce) = chunk(b, i);
        if is_link_like(&b[cs..ce]) || (i > 0 && matches!(b[i - 1], b'@' | b'#' | b'/')) {
            return Step::Skip(ce);
        }
        if let Some(end) = self.clock_time(i).or_else(|| phone_end(b, i)) {
            return Step::Skip(end);
        }
        if self.names_a_number(i) {
            return Step::Skip(token_end(b, i));
        }
        // "23-F", "11-M": a date used as a name.
        let digits = digits_end(b, i);
        if b.get(digits) == Some(&b'-')
            && b.get(digits + 1).is_some_and(u8::is_ascii_uppercase)
            && !super::text::word_char_at(self.text, digits + 2)
        {
            return Step::Skip(digits + 2);
        }
        let Some(n) = numerals::numeral(b, i, self.habit) else {
            return Step::Skip(token_end(b, i));
        };
        if n.int().is_some_and(lx::emergency_number)
            && prev_word(self.text, i).is_some_and(|w| {
                matches!(low(self.text, w).as_str(), "al" | "el" | "línea" | "número" | "llamar" | "marcar" | "llamada")
            })
        {
            return Step::Skip(n.end);
        }
        let (start, currency) = self.currency_before(i);
        match self.digit_quantity(start, n, currency) {
            Ok(q) => self.finish(q),
            Err(skip) => Step::Skip(skip),
        }
    }

    /// Reads the number at `i` with everything glued to it and after it (a range's second
    /// number goes through here too).
    pub(super) fn number_at(&self, i: usize) -> Option<Quantity> {
        let n = numerals::numeral(self.b, i, self.habit)?;
        let (start, currency) = self.currency_before(i);
        self.digit_quantity(start, n, currency).ok()
    }

    fn digit_quantity(&self, start: usize, n: Numeral, currency: Option<&'static str>) -> Result<Quantity, usize> {
        let b = self.b;
        let mut n = n;
        if currency.is_some() {
            n = self.stray_cents(n);
        }
        let mut q = Quantity::from_numeral(start, &n);
        if let Some(code) = currency {
            q.set_unit(Kind::Money, code, n.end);
        }
        let j = n.end;
        // "2024-07-28".
        if let Some(y) = n.four_digits()
            && b.get(j) == Some(&b'-')
            && digits_end(b, j + 1) == j + 3
            && b.get(j + 3) == Some(&b'-')
            && digits_end(b, j + 4) == j + 6
        {
            let (m, d) = (two(b, j + 1), two(b, j + 4));
            if (1..=12).contains(&m) && (1..=31).contains(&d) && !word_char_at(self.text, j + 6) {
                q.kind = Kind::Date;
                q.date = Some(compact_str::format_compact!("{y:04}-{m:02}-{d:02}"));
                q.value = Some(None);
                q.end = j + 6;
                return Ok(q);
            }
        }
        if b.get(j) == Some(&b'/') && b.get(j + 1).is_some_and(u8::is_ascii_digit) {
            return self.slashed(q, &n);
        }
        // "1.º", "2.ª", "3°", "1º de mayo".
        let ord_at = if b.get(j) == Some(&b'.') { j + 1 } else { j };
        if b.get(ord_at) == Some(&0xC2) && matches!(b.get(ord_at + 1), Some(0xBA | 0xAA | 0xB0)) && n.decimals == 0 {
            q.end = ord_at + 2;
            q.kind = Kind::Ordinal;
            q.value = Some(n.int().map(|v| v as f64));
            if let Some(day) = n.int().filter(|d| (1..=31).contains(d)) {
                q.day = Some(day as u32);
                self.day_month(&mut q);
            }
            if q.kind == Kind::Ordinal && b.get(ord_at + 1) == Some(&0xB0) {
                // "3°" without a month is degrees more often than an ordinal.
                q.kind = Kind::Measure;
                q.unit = Some("degrees");
            }
            return Ok(q);
        }
        // "3.er mandato", "2do periodo", "1ra vez": an ordinal.
        let suffix_at = if b.get(j) == Some(&b'.') { j + 1 } else { j };
        let suffix_end = super::text::letters_end(self.text, suffix_at);
        if n.decimals == 0
            && suffix_end > suffix_at
            && !word_char_at(self.text, suffix_end)
            && matches!(
                low(self.text, (suffix_at, suffix_end)).as_str(),
                "er" | "ro" | "ra" | "do" | "da" | "to" | "ta" | "vo" | "va" | "no" | "na" | "mo" | "ma" | "avo"
            )
        {
            q.kind = Kind::Ordinal;
            q.value = Some(n.int().map(|v| v as f64));
            q.end = suffix_end;
            return Ok(q);
        }
        let le = super::text::letters_end(self.text, j);
        if le > j {
            if b.get(le).is_some_and(u8::is_ascii_digit) {
                return Err(token_end(b, le));
            }
            let suffix = low(self.text, (j, le));
            let suffix = suffix.as_str();
            if let Some(unit) = lx::million_money(suffix) {
                q.scale = 1_000_000;
                q.set_unit(Kind::Money, unit, le);
            } else if matches!(suffix, "mil" | "k") {
                q.scale = 1_000;
                q.end = le;
            } else if matches!(suffix, "m" | "mill") && q.kind == Kind::Money {
                q.scale = 1_000_000;
                q.end = le;
            } else if let Some(unit) = lx::time_unit(suffix).filter(|_| suffix.len() > 1) {
                q.set_unit(Kind::Duration, unit, le);
            } else if let Some(unit) = lx::measure_unit(suffix).or_else(|| en::measure_unit(suffix)) {
                q.set_unit(Kind::Measure, unit, le);
            } else {
                return Err(le);
            }
        }
        let p = skip_spaces(self.text, q.end);
        if b.get(p) == Some(&b'%') {
            q.set_unit(Kind::Percent, "percent", p + 1);
            return Ok(q);
        }
        // A currency symbol after the number: "20 €", "15€".
        if q.unit.is_none()
            && p - q.end <= 2
            && let Some(c) = self.text.get(p..).and_then(|t| t.chars().next())
            && let Some(code) = currency_symbol(c, self.dollar)
            && !word_char_at(self.text, p + c.len_utf8())
        {
            q.set_unit(Kind::Money, code, p + c.len_utf8());
            return Ok(q);
        }
        self.tail(&mut q);
        Ok(q)
    }

    /// "Bs. 41, 75": money whose cents were cut off by a stray space.
    fn stray_cents(&self, n: Numeral) -> Numeral {
        let b = self.b;
        if n.decimals > 0 || b.get(n.end) != Some(&b',') || b.get(n.end + 1) != Some(&b' ') {
            return n;
        }
        let c = n.end + 2;
        if digits_end(b, c) != c + 2 || word_char_at(self.text, c + 2) {
            return n;
        }
        let cents = two(b, c);
        Numeral { end: c + 2, mantissa: n.mantissa * 100 + u64::from(cents), decimals: 2, ..n }
    }

    /// "28/07/2024" (day first), "1/3" (a fraction); other slashes ("24/7") are not claims.
    fn slashed(&self, mut q: Quantity, n: &Numeral) -> Result<Quantity, usize> {
        let b = self.b;
        let j = n.end + 1;
        let m_end = digits_end(b, j);
        let skip = token_end(b, j);
        let (Some(a), Ok(c)) = (n.int(), std::str::from_utf8(&b[j..m_end]).unwrap_or("").parse::<u64>()) else {
            return Err(skip);
        };
        if b.get(m_end) == Some(&b'/') && b.get(m_end + 1).is_some_and(u8::is_ascii_digit) {
            let y_end = digits_end(b, m_end + 1);
            let y: u64 = std::str::from_utf8(&b[m_end + 1..y_end]).unwrap_or("").parse().unwrap_or(0);
            let year = match y_end - m_end - 1 {
                4 => y,
                2 => 2000 + y,
                _ => return Err(token_end(b, y_end)),
            };
            if word_char_at(self.text, y_end) || !(1..=31).contains(&a) || !(1..=12).contains(&c) {
                return Err(token_end(b, y_end));
            }
            q.kind = Kind::Date;
            q.date = Some(compact_str::format_compact!("{year:04}-{c:02}-{a:02}"));
            q.value = Some(None);
            q.end = y_end;
            return Ok(q);
        }
        if word_char_at(self.text, m_end) {
            return Err(skip);
        }
        if (matches!(c, 2..=10 | 12 | 16) || (c % 10 == 0 && c <= 100)) && a >= 1 && a < c && !n.grouped {
            q.kind = Kind::Fraction;
            q.value = Some(Some(a as f64 / c as f64));
            q.end = m_end;
            return Ok(q);
        }
        Err(skip)
    }

    /// A clock time at `i`: "10:30", "8.00 horas", "20.30 h", "a las 8", "las 10 de la noche",
    /// "8 p. m."; where it ends.
    fn clock_time(&self, i: usize) -> Option<usize> {
        let b = self.b;
        let text = self.text;
        let h_end = digits_end(b, i);
        if h_end - i > 2 {
            return None;
        }
        if b.get(h_end) == Some(&b':') {
            return time_of_day_end(b, i);
        }
        let hours = two(b, i) as u64;
        let hours = if h_end - i == 1 { u64::from(b[i] - b'0') } else { hours };
        if hours > 24 {
            return None;
        }
        // Minutes after a dot or a comma: "20.30", "8.00", "8,30".
        let mut end = h_end;
        let mut minutes = false;
        if matches!(b.get(h_end), Some(b'.' | b',')) && digits_end(b, h_end + 1) == h_end + 3 && two(b, h_end + 1) < 60
        {
            end = h_end + 3;
            minutes = true;
        }
        let next = next_word(text, end).map(|w| (w, low(text, w)));
        let hour_word = next.as_ref().is_some_and(|(w, l)| {
            w.0 <= end + 1 && matches!(l.as_str(), "h" | "hs" | "hrs" | "horas" | "hora")
                || matches!(l.as_str(), "am" | "pm")
        });
        let rest = &text[skip_spaces(text, end)..];
        let meridiem = ["a. m.", "p. m.", "a.m.", "p.m.", "a. m", "p. m", "a.m", "p.m"]
            .iter()
            .find(|m| rest.len() >= m.len() && rest.as_bytes()[..m.len()].eq_ignore_ascii_case(m.as_bytes()));
        let of_day = ["de la mañana", "de la tarde", "de la noche", "de la madrugada", "del mediodía"]
            .iter()
            .find(|p| rest.starts_with(**p));
        let after_las = prev_word(text, i).is_some_and(|w| {
            matches!(low(text, w).as_str(), "las" | "la")
                && prev_word(text, w.0).is_some_and(|v| {
                    matches!(
                        low(text, v).as_str(),
                        "a" | "desde" | "hasta" | "entre" | "y" | "sobre" | "de" | "pasadas" | "antes" | "después"
                    )
                })
        });
        if let Some(m) = meridiem {
            return Some(skip_spaces(text, end) + m.len());
        }
        if let Some(p) = of_day {
            return Some(skip_spaces(text, end) + p.len());
        }
        if hour_word && (minutes || next.as_ref().is_some_and(|(w, _)| w.0 == end || w.1 - w.0 <= 3) || after_las) {
            return next.map(|(w, _)| w.1);
        }
        if after_las || minutes && hours <= 24 && prev_word(text, i).is_some_and(|w| low(text, w).as_str() == "las") {
            return Some(end);
        }
        // "de 22.00 a 6.00 horas": one clock time, then another.
        if minutes
            && let Some((w, l)) = &next
            && matches!(l.as_str(), "a" | "y" | "hasta")
        {
            let p = skip_spaces(text, w.1);
            let h = digits_end(b, p);
            if (1..=2).contains(&(h - p)) && matches!(b.get(h), Some(b'.' | b':')) && digits_end(b, h + 1) == h + 3 {
                return Some(h + 3);
            }
        }
        None
    }

    /// "artículo 350", "la ley 7", "#5": the number is an identifier.
    fn names_a_number(&self, i: usize) -> bool {
        let b = self.b;
        if i > 0 && b[i - 1] == b'#' {
            return true;
        }
        // "N.º 5", "nº 5".
        let p = super::text::skip_spaces_back(self.text, i);
        if p >= 2 && b[p - 2] == 0xC2 && b[p - 1] == 0xBA {
            return true;
        }
        prev_word(self.text, i).is_some_and(|w| {
            let word = low(self.text, w);
            // "En el km 5" names a place; "5 km" (after the number) is a distance.
            lx::names_a_number(word.as_str()) && !(word.as_str() == "no" && b.get(w.1) != Some(&b'.'))
        }) || self.part_of_a_name(i)
    }

    /// "El Ibex 35 cerró", "un Airbus 320": a short number right after a capitalized word in
    /// mid-sentence, with no noun of its own after it, is part of the name.
    fn part_of_a_name(&self, i: usize) -> bool {
        let text = self.text;
        let b = self.b;
        let Some(w) = prev_word(text, i).filter(|w| w.1 + 1 == i && b[w.1] == b' ') else {
            return false;
        };
        let word = low(text, w);
        let e = digits_end(b, i);
        if !capitalized(text, w)
            || super::text::starts_sentence(text, w.0)
            || e - i > 4
            || matches!(b.get(e), Some(b'.' | b',' | b'%' | b'-' | b'/' | b':'))
            || lx::month(word.as_str()).is_some()
            || lx::currency_before(&text[w.0..w.1]).is_some()
            || crate::extract::lexicon::currency_code_before(&text[w.0..w.1]).is_some()
            || text[w.0..w.1].chars().all(|c| c.is_uppercase()) && w.1 - w.0 <= 3
        {
            return false;
        }
        // A counted noun after the number ("Provea 24 personas") makes it a count.
        !next_word(text, e).is_some_and(|n| {
            n.0 == e + 1 && {
                let l = low(text, n);
                !capitalized(text, n) && !lx::function_word(l.as_str()) && !lx::finite_verb(l.as_str())
            }
        })
    }

    /// Currency written before the digits: "$", "€", "US$ 5", "Bs. 36", "S/ 20", "USD 5".
    pub(super) fn currency_before(&self, i: usize) -> (usize, Option<&'static str>) {
        let text = self.text;
        let b = self.b;
        let p = super::text::skip_spaces_back(text, i);
        if let Some(c) = text[..p].chars().next_back()
            && let Some(code) = currency_symbol(c, self.dollar)
            && p - c.len_utf8() >= self.floor
        {
            let sym = p - c.len_utf8();
            // "US$", "U$S", "R$", "Mex$": letters glued to the dollar sign.
            let mut s = sym;
            while s > self.floor && s > 0 && b[s - 1].is_ascii_alphabetic() && sym - s < 3 {
                s -= 1;
            }
            if c == '$' && s < sym && !super::text::word_char_before(text, s) {
                let prefix = &text[s..p];
                return (
                    s,
                    Some(lx::currency_before(prefix).or_else(|| en::currency_code_before(prefix)).unwrap_or("USD")),
                );
            }
            return (sym, Some(code));
        }
        // "S/ 20", "S/.20": the sol.
        let sol = text[..p].trim_end_matches('.');
        if sol.ends_with("S/") && sol.len() - 2 >= self.floor && !super::text::word_char_before(text, sol.len() - 2) {
            return (sol.len() - 2, Some("PEN"));
        }
        // "Bs. 36", "Bs 36", "USD 5", "Bs.S 12": a code or abbreviation as the word before.
        if let Some(w) = prev_word(text, i).filter(|w| w.0 >= self.floor) {
            let raw = &text[w.0..w.1];
            let with_tail = &text[w.0..p];
            if let Some(code) = lx::currency_before(raw)
                .or_else(|| lx::currency_before(with_tail.trim_end_matches('.')))
                .or_else(|| en::currency_code_before(raw))
                .filter(|_| raw.chars().next().is_some_and(char::is_uppercase))
            {
                return (w.0, Some(code));
            }
        }
        (i, None)
    }
}

/// A currency symbol → its code; "$" as the document uses it.
pub(super) fn currency_symbol(c: char, dollar: &'static str) -> Option<&'static str> {
    match c {
        '$' => Some(dollar),
        '/' => None,
        c => en::currency_symbol(c),
    }
}

/// Two ASCII digits at `k` as a number (0 where they are not digits).
pub(super) fn two(b: &[u8], k: usize) -> u32 {
    match (b.get(k), b.get(k + 1)) {
        (Some(x @ b'0'..=b'9'), Some(y @ b'0'..=b'9')) => u32::from(x - b'0') * 10 + u32::from(y - b'0'),
        _ => 0,
    }
}
