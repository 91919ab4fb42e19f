//! Numbers written with digits: separators, decimals, currency before them, ISO and slashed
//! dates, fractions, and suffixes glued to them ("1.2m", "21st", "10x", "5km").

use super::Kind;
use super::bytes::{
    Lower, NotNumeral, Numeral, WordBefore, alnum_end, char_at, letters_end, lower, numeral, prev_char, prev_word,
    skip_spaces, skip_spaces_back, word_char_at, word_char_before,
};
use super::filter::{chunk, hhmm, is_link_like, iso_date_at, phone_end, time_of_day_end};
use super::lexicon::{self as lx};
use super::scanner::{Quantity, Scanner, Step};

/// A Unicode vulgar fraction at `i` ("½", "¾", "⅓"): its value and length in bytes.
pub(super) fn vulgar_fraction(text: &str, i: usize) -> Option<(f64, usize)> {
    let c = text.get(i..)?.chars().next()?;
    let value = match c {
        '½' => 0.5,
        '¼' => 0.25,
        '¾' => 0.75,
        '⅓' => 1.0 / 3.0,
        '⅔' => 2.0 / 3.0,
        '⅕' => 0.2,
        '⅖' => 0.4,
        '⅗' => 0.6,
        '⅘' => 0.8,
        '⅙' => 1.0 / 6.0,
        '⅚' => 5.0 / 6.0,
        '⅛' => 0.125,
        '⅜' => 0.375,
        '⅝' => 0.625,
        '⅞' => 0.875,
        _ => return None,
    };
    Some((value, c.len_utf8()))
}

/// A vulgar fraction standing alone at `i` ("¾ of voters", "⅓ del presupuesto"), as a claim; both
/// languages' scanners ask this of every "½"-like byte sequence.
pub(super) fn standalone_fraction(text: &str, i: usize) -> Option<super::Found> {
    let b = text.as_bytes();
    let c = b[i];
    // (The byte test first: this sees every non-ASCII character of the corpus.)
    let maybe = c == 0xC2 && matches!(b.get(i + 1), Some(0xBC..=0xBE))
        || c == 0xE2 && b.get(i + 1) == Some(&0x85) && matches!(b.get(i + 2), Some(0x93..=0x9E));
    if !maybe || word_char_before(text, i) {
        return None;
    }
    let (value, len) = vulgar_fraction(text, i)?;
    Some(super::Found {
        start: i,
        end: i + len,
        kind: Kind::Fraction,
        value: Some(value),
        value_max: None,
        unit: None,
        date: None,
    })
}

/// Back from `i` over digits and a decimal comma or point, to where the number starts.
fn skip_spaces_back_digits(b: &[u8], i: usize) -> usize {
    let mut s = i;
    while s > 0 && (b[s - 1].is_ascii_digit() || matches!(b[s - 1], b',' | b'.')) {
        s -= 1;
    }
    s
}

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
        if self.twenty_four_hour(i, token_end) {
            return Step::Skip(token_end);
        }
        // The word before the number, found and lowered once for the readings that ask.
        let before = WordBefore::at(b, i);
        if self.names_a_number_before(i, before.as_ref()) {
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
        let n = self.decimal_comma(&n).or_else(|| self.stray_space_group(&n)).unwrap_or(n);
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
        self.magnitude(&mut q);
        let mut found = q.into_found();
        let signed = matches!(found.kind, Kind::Count | Kind::Percent | Kind::Money | Kind::Measure);
        if signed && let Some(sign) = self.minus_before(found.start) {
            found.start = sign;
            found.value = found.value.map(|v| -v);
        } else if signed && self.decrease_before(found.start, found.kind, before.as_ref()) {
            // "fell 2.1%", "dropped by 3 points", "a deficit of $3bn": a change downwards.
            found.value = found.value.map(|v| -v);
        }
        Step::Claim(found)
    }

    /// A minus sign right before the number ("-3.5%", "−2", "−$3.2 billion"), after a space, an
    /// opening bracket or the start: where it starts. A hyphen after a letter or digit ("COVID-19",
    /// "2020-2024") is not a sign.
    fn minus_before(&self, start: usize) -> Option<usize> {
        let b = self.b;
        let sign = if start >= 1 && b[start - 1] == b'-' {
            start - 1
        } else if start >= 3 && b[start - 3..start] == [0xE2, 0x88, 0x92] {
            start - 3
        } else {
            return None;
        };
        let open = sign == 0
            || matches!(b[sign - 1], b' ' | b'\t' | b'\n' | b'(' | b'[')
            || prev_char(self.text, sign).is_some_and(char::is_whitespace);
        (open && sign >= self.floor).then_some(sign)
    }

    /// Words right before the number that make it a fall: "fell 2.1%", "dropped by 3 points" (but
    /// not "fell to 4%", a level), or, for money, "a deficit of $3bn".
    fn decrease_before(&self, start: usize, kind: Kind, before: Option<&WordBefore>) -> bool {
        let b = self.b;
        // The word before the number, as found for it (`before`) when the claim starts at it.
        let found_here;
        let word = match before.filter(|w| skip_spaces_back(b, start) == w.span.1) {
            Some(word) => word,
            None => {
                found_here = WordBefore::at(b, start);
                let Some(word) = found_here.as_ref() else { return false };
                word
            }
        };
        if word.lower.as_str() == "of" && kind == Kind::Money {
            return prev_word(b, word.span.0)
                .is_some_and(|d| matches!(lower(b, d).as_str(), "deficit" | "deficits" | "shortfall"));
        }
        if kind == Kind::Money {
            return false;
        }
        if word.lower.as_str() == "by" {
            return prev_word(b, word.span.0).is_some_and(|w| lx::fall_verb(lower(b, w).as_str()));
        }
        lx::fall_verb(word.lower.as_str())
    }

    /// "0915 Ministers arrive", "at 0600 and 1430", "1400 GMT": a 24-hour clock time, not a count.
    fn twenty_four_hour(&self, i: usize, token_end: usize) -> bool {
        let b = self.b;
        if !hhmm(b, i, token_end)
            || matches!(b.get(token_end), Some(b'.' | b',' | b'/' | b':'))
                && b.get(token_end + 1).is_some_and(u8::is_ascii_digit)
        {
            return false;
        }
        let next = super::bytes::next_word(b, token_end);
        let zone = next.is_some_and(|w| {
            matches!(
                lower(b, w).as_str(),
                "gmt" | "utc" | "hrs" | "hours" | "h" | "bst" | "cet" | "est" | "edt" | "local"
            )
        });
        let line_start = i == 0
            || b[..i].iter().rev().take_while(|c| **c == b' ' || **c == b'\t').count() == i
            || b[..i].iter().rev().find(|c| **c != b' ' && **c != b'\t') == Some(&b'\n');
        let title_follows =
            next.is_some_and(|w| b[w.0].is_ascii_uppercase() && w.0 == skip_spaces(b, token_end) && w.0 > token_end);
        // "at 0600 and 1430": after another clock time.
        let chained = prev_word(b, i).is_some_and(|w| matches!(lower(b, w).as_str(), "and" | "to" | "until" | "till"))
            && prev_word(b, i).is_some_and(|w| {
                let e = super::bytes::skip_spaces_back(b, w.0);
                let s = b[..e].iter().rposition(|c| !c.is_ascii_digit()).map_or(0, |p| p + 1);
                hhmm(b, s, e) && b[s] == b'0'
            });
        b[i] == b'0' || zone || (line_start && title_follows) || chained
    }

    /// "6,2", "3,5 %", "45,7%", "2,50 euros": a decimal comma, where the comma cannot group
    /// thousands (one or two digits after it) and what follows is a percent, a currency or a
    /// magnitude.
    fn decimal_comma(&self, n: &super::bytes::Numeral) -> Option<super::bytes::Numeral> {
        let b = self.b;
        if n.grouped || n.decimals > 0 || n.int_digits > 3 || b.get(n.end) != Some(&b',') {
            return None;
        }
        let f_end = super::bytes::digits_end(b, n.end + 1);
        let k = f_end - n.end - 1;
        if !(1..=2).contains(&k)
            || matches!(b.get(f_end), Some(b',' | b'.')) && b.get(f_end + 1).is_some_and(u8::is_ascii_digit)
        {
            return None;
        }
        let after = skip_spaces(b, f_end);
        let next = super::bytes::next_word(b, f_end).map(|w| lower(b, w));
        let percent = b.get(after) == Some(&b'%')
            || next.as_ref().is_some_and(|w| matches!(w.as_str(), "percent" | "per" | "pct"));
        let currency = next.as_ref().is_some_and(|w| lx::currency_word(w.as_str()).is_some())
            || char_at(self.text, after).is_some_and(|c| lx::currency_symbol(c).is_some());
        let richter = b.get(after..).is_some_and(|r| r.len() >= 14 && r[..14].eq_ignore_ascii_case(b"on the richter"));
        let magnitude =
            prev_word(b, skip_spaces_back_digits(b, n.end)).is_some_and(|w| lower(b, w).as_str() == "magnitude");
        if !(percent || currency || richter || magnitude) {
            return None;
        }
        let frac: u64 = std::str::from_utf8(&b[n.end + 1..f_end]).ok()?.parse().ok()?;
        let mantissa = n.mantissa.checked_mul(10u64.pow(k as u32))?.checked_add(frac)?;
        Some(super::bytes::Numeral {
            end: f_end,
            mantissa,
            decimals: k as u32,
            int_digits: n.int_digits,
            grouped: false,
        })
    }

    /// "3, 512,440 votes", "61,207, 118 ballots": digit groups broken by a stray space after a comma.
    fn stray_space_group(&self, n: &super::bytes::Numeral) -> Option<super::bytes::Numeral> {
        let b = self.b;
        if n.decimals > 0
            || n.int_digits > 3 && !n.grouped
            || b.get(n.end) != Some(&b',')
            || b.get(n.end + 1) != Some(&b' ')
        {
            return None;
        }
        let m = numeral(b, n.end + 2).ok()?;
        let digits_after = m.int_digits;
        let joins = if n.grouped {
            // "61,207, 118 ballots": one more group of three, then a noun.
            digits_after == 3
                && !m.grouped
                && m.decimals == 0
                && super::bytes::next_word(b, m.end).is_some_and(|w| {
                    w.0 == skip_spaces(b, m.end) && w.0 > m.end && !matches!(lower(b, w).as_str(), "and" | "or" | "to")
                })
        } else {
            // "3, 512,440": a grouped number with its first group cut off.
            m.grouped && m.int_digits % 3 == 0 && m.decimals == 0
        };
        if !joins {
            return None;
        }
        let mantissa = n.mantissa.checked_mul(10u64.checked_pow(digits_after)?)?.checked_add(m.mantissa)?;
        Some(super::bytes::Numeral {
            end: m.end,
            mantissa,
            decimals: 0,
            int_digits: n.int_digits + digits_after,
            grouped: true,
        })
    }

    /// "magnitude 6.1", "6.1 on the Richter scale": an earthquake's magnitude.
    fn magnitude(&self, q: &mut Quantity) {
        let b = self.b;
        if !q.bare() || q.value().is_none_or(|v| v > 10.0) {
            return;
        }
        let before = prev_word(b, q.start).is_some_and(|w| lower(b, w).as_str() == "magnitude");
        let rest = b.get(skip_spaces(b, q.end)..).unwrap_or(&[]);
        let richter = rest.len() >= 14 && rest[..14].eq_ignore_ascii_case(b"on the richter");
        if before || richter {
            q.kind = Kind::Measure;
            q.unit = Some("magnitude");
        }
    }

    /// "Boeing 737", "Article 7", "No. 5": the number is an identifier.
    pub(super) fn prev_word_names_a_number(&self, i: usize) -> bool {
        self.names_a_number_before(i, WordBefore::at(self.b, i).as_ref())
    }

    /// [`Self::prev_word_names_a_number`], given the word before the number (`before`, as
    /// [`WordBefore::at`] finds it at `i`).
    fn names_a_number_before(&self, i: usize, before: Option<&WordBefore>) -> bool {
        let b = self.b;
        if i > 0 && b[i - 1] == b'#' {
            return true;
        }
        let e = skip_spaces_back(b, i);
        if e > 0 && b[e - 1] == b'.' {
            // "No. 5": the word before the full stop.
            let mut s = e - 1;
            while s > 0 && b[s - 1].is_ascii_alphabetic() {
                s -= 1;
            }
            return s < e - 1 && lx::names_a_number(lower(b, (s, e - 1)).as_str());
        }
        before.is_some_and(|w| lx::names_a_number(w.lower.as_str()))
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
            // Every code is two or three letters from a capital ("Rs", "EUR"): most words before
            // a number are not, and are cleared before the look-up.
            if s < ws
                && ws - s <= 3
                && b[s].is_ascii_uppercase()
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
        // Mixed fractions: "2-1/2", "3 1/4", "1½".
        if let Some((value, end)) = self.mixed_fraction(n) {
            q.value = Some(Some(value));
            q.end = end;
            q.year = None;
            q.day = None;
            let mut unit = q.clone();
            unit.value = None;
            self.hyphen_unit(&mut unit);
            self.continuation(&mut unit);
            if unit.end > end {
                q.kind = unit.kind;
                q.unit = unit.unit;
                q.end = unit.end;
            }
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

    /// "2-1/2", "3 1/4", "1½": a whole number and a fraction; the value and where it ends.
    fn mixed_fraction(&self, n: &super::bytes::Numeral) -> Option<(f64, usize)> {
        let b = self.b;
        let whole = n.int().filter(|_| !n.grouped)? as f64;
        if let Some((fraction, len)) = vulgar_fraction(self.text, n.end) {
            return Some((whole + fraction, n.end + len));
        }
        let sep = match b.get(n.end) {
            Some(b'-' | b' ') => n.end + 1,
            _ => return None,
        };
        let a_end = super::bytes::digits_end(b, sep);
        if a_end == sep || b.get(a_end) != Some(&b'/') {
            return None;
        }
        let c_end = super::bytes::digits_end(b, a_end + 1);
        let a: u64 = std::str::from_utf8(&b[sep..a_end]).ok()?.parse().ok()?;
        let c: u64 = std::str::from_utf8(&b[a_end + 1..c_end]).ok()?.parse().ok()?;
        if c_end == a_end + 1 || a == 0 || a >= c || c > 16 || word_char_at(self.text, c_end) {
            return None;
        }
        if b.get(c_end) == Some(&b'/') {
            return None;
        }
        Some((whole + a as f64 / c as f64, c_end))
    }

    /// "2024-03-14".
    pub(super) fn iso_date(&self, q: &Quantity, n: &Numeral) -> Option<Quantity> {
        n.four_digits()?;
        let j = n.end;
        let (y, m, d) = iso_date_at(self.b, j - 4)?;
        if word_char_at(self.text, j + 6) {
            return None;
        }
        let mut q = q.clone();
        q.kind = Kind::Date;
        q.date = Some(compact_str::format_compact!("{y:04}-{m:02}-{d:02}"));
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
            q.date = Some(compact_str::format_compact!("{year:04}-{month:02}-{day:02}"));
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
                q.date = Some(compact_str::format_compact!("{decade}s"));
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
