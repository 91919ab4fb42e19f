//! What follows a Spanish number: scale words ("3.000 millones", "dos millones y medio", "12
//! millones 305 mil 211"), units and currencies ("por ciento", "de dólares", "horas"), the month
//! of a date ("28 de julio de 2024"), ranges ("entre 40 y 50", "de 40 a 50"), years, and a sign.

use super::lexicon as lx;
use super::scanner::{Scanner, claim};
use super::text::{capitalized, low, next_word, prev_word, skip_spaces, starts_sentence, word_char_at};
use crate::extract::bytes::digits_end;
use crate::extract::scanner::{Quantity, Step};
use crate::extract::{Found, Kind};

impl Scanner<'_> {
    /// Reads the words after a number into `q`.
    pub(super) fn tail(&self, q: &mut Quantity) {
        let text = self.text;
        if q.kind == Kind::Count && q.unit.is_none() && q.day.is_some() && q.scale == 1 {
            self.day_month(q);
            if q.kind == Kind::Date {
                return;
            }
        }
        self.scale_words(q);
        let Some(w) = next_word(text, q.end) else {
            return;
        };
        let word = low(text, w);
        let word = word.as_str();
        // "de cada cinco": a ratio.
        if word == "de"
            && q.scale == 1
            && let Some(v) = next_word(text, w.1).filter(|v| low(text, *v).as_str() == "cada")
            && let Some(d) = self.quantity_after(v.1)
            && let Some(den) = d.value().filter(|d| *d > 0.0)
        {
            q.kind = Kind::Ratio;
            q.value = Some(q.value().map(|v| v / den));
            q.end = d.end;
            return;
        }
        // "millones de dólares", "5 dólares", "mil millones de euros".
        let (cw, cword) = if word == "de" && q.scale > 1 {
            match next_word(text, w.1) {
                Some(v) => (v, low(text, v)),
                None => return,
            }
        } else {
            (w, low(text, w))
        };
        if q.kind != Kind::Money
            && let Some(code) = lx::currency_word(cword.as_str())
        {
            q.set_unit(Kind::Money, code, cw.1);
            return;
        }
        if let Some(code) = lx::million_money(word) {
            q.scale = 1_000_000;
            q.set_unit(Kind::Money, code, w.1);
            return;
        }
        if q.kind == Kind::Money {
            return;
        }
        match word {
            "por" => {
                if let Some(v) = next_word(text, w.1)
                    && matches!(low(text, v).as_str(), "ciento" | "cien")
                {
                    q.set_unit(Kind::Percent, "percent", v.1);
                }
            }
            "puntos" | "punto" => {
                match next_word(text, w.1).filter(|v| low(text, *v).as_str().starts_with("porcentual")) {
                    Some(v) => q.set_unit(Kind::Percent, "percentage points", v.1),
                    None => q.set_unit(Kind::Count, "points", w.1),
                }
            }
            _ if q.scale == 1 => {
                if let Some(unit) = lx::time_unit(word) {
                    q.set_unit(Kind::Duration, unit, w.1);
                } else if let Some(unit) = lx::measure_unit(word).filter(|_| w.0 == skip_spaces(text, q.end)) {
                    q.set_unit(Kind::Measure, unit, w.1);
                }
            }
            _ => {}
        }
    }

    /// "mil", "millones", "mil millones", "y medio", and a Mexican compound ("12 millones 305 mil
    /// 211"), after a number.
    fn scale_words(&self, q: &mut Quantity) {
        let text = self.text;
        let Some(w) = next_word(text, q.end) else {
            return;
        };
        let Some(scale) = lx::scale(low(text, w).as_str()) else {
            return;
        };
        let mut scale = scale;
        let mut end = w.1;
        // "mil millones": a thousand millions.
        if scale == 1_000
            && let Some(v) = next_word(text, end)
            && let Some(s2) = lx::scale(low(text, v).as_str()).filter(|s| *s >= 1_000_000)
        {
            scale *= s2;
            end = v.1;
        }
        let base = q.value().unwrap_or(0.0);
        q.scale *= scale;
        q.end = end;
        q.year = None;
        q.day = None;
        // "dos millones y medio", "millón y medio".
        if let Some(y) = next_word(text, end).filter(|y| low(text, *y).as_str() == "y")
            && let Some(m) = next_word(text, y.1).filter(|m| matches!(low(text, *m).as_str(), "medio" | "media"))
        {
            q.value = Some(Some((base + 0.5) * scale as f64));
            q.end = m.1;
            return;
        }
        // "12 millones 305 mil 211": smaller groups follow.
        let mut total = base * scale as f64;
        let mut last = scale;
        let mut at = end;
        let mut extended = false;
        loop {
            let p = skip_spaces(text, at);
            if p == at || !self.b.get(p).is_some_and(u8::is_ascii_digit) {
                break;
            }
            let e = digits_end(self.b, p);
            if e - p > 3 || word_char_at(text, e) || matches!(self.b.get(e), Some(b'.' | b',' | b'%')) {
                break;
            }
            let Ok(part) = text[p..e].parse::<u64>() else {
                break;
            };
            let next = next_word(text, e).and_then(|v| lx::scale(low(text, v).as_str()).map(|s| (v, s)));
            match next {
                Some((v, s)) if s < last => {
                    total += (part * s) as f64;
                    last = s;
                    at = v.1;
                    extended = true;
                }
                None if last == 1_000 || (extended && last > 1) => {
                    total += part as f64;
                    at = e;
                    extended = true;
                    break;
                }
                _ => break,
            }
        }
        if extended {
            q.value = Some(Some(total));
            q.end = at;
        }
    }

    /// "28 de julio", "28 de julio de 2024", "1.º de mayo": a day and its month.
    pub(super) fn day_month(&self, q: &mut Quantity) {
        let text = self.text;
        let Some(day) = q.day else {
            return;
        };
        // "28 de julio"; a wire dateline writes "2 ago" or "30 julio" without the "de".
        let Some(first) = next_word(text, q.end) else {
            return;
        };
        // "el 29 y 30 de julio": the first day takes the second's month.
        if low(text, first).as_str() == "y"
            && let Some(p) = Some(skip_spaces(text, first.1)).filter(|p| self.b.get(*p).is_some_and(u8::is_ascii_digit))
            && let Some(n) = Some(digits_end(self.b, p)).filter(|n| n - p <= 2)
            && let Ok(second) = text[p..n].parse::<u32>()
            && (1..=31).contains(&second)
        {
            let mut next = Quantity::new(p, n, u64::from(second), 0);
            next.day = Some(second);
            self.day_month(&mut next);
            if let Some(date) = next.date.filter(|_| next.kind == Kind::Date) {
                // "--07-30" or "2024-07-30": the same month (and year) for the first day.
                let month_part = &date[..date.len() - 2];
                q.kind = Kind::Date;
                q.date = Some(compact_str::format_compact!("{month_part}{day:02}"));
                q.value = Some(None);
                q.unit = None;
            }
            return;
        }
        let m = if low(text, first).as_str() == "de" {
            let Some(m) = next_word(text, first.1) else {
                return;
            };
            m
        } else {
            first
        };
        let Some(month) = lx::month(low(text, m).as_str()) else {
            return;
        };
        // Without "de", the month must follow the day at once.
        if m == first && first.0 != skip_spaces(text, q.end) {
            return;
        }
        let mut end = m.1;
        if self.b.get(end) == Some(&b'.') && m.1 - m.0 <= 4 {
            end += 1;
        }
        let mut date = compact_str::format_compact!("--{month:02}-{day:02}");
        if let Some(year) = self.year_after(end) {
            date = compact_str::format_compact!("{:04}-{month:02}-{day:02}", year.0);
            end = year.1;
        }
        q.kind = Kind::Date;
        q.date = Some(date);
        q.value = Some(None);
        q.unit = None;
        q.end = end;
    }

    /// " de 2024", " del 2024", " 2024" after a month: the year and where it ends.
    pub(super) fn year_after(&self, from: usize) -> Option<(u64, usize)> {
        let text = self.text;
        let mut p = skip_spaces(text, from);
        if let Some(de) = next_word(text, from).filter(|w| matches!(low(text, *w).as_str(), "de" | "del")) {
            p = skip_spaces(text, de.1);
        } else if self.b.get(p) == Some(&b',') {
            p = skip_spaces(text, p + 1);
        }
        let e = digits_end(self.b, p);
        if e - p != 4
            || word_char_at(text, e)
            || matches!(self.b.get(e), Some(b'.' | b',')) && digits_end(self.b, e + 1) > e + 1
        {
            return None;
        }
        let y: u64 = text[p..e].parse().ok()?;
        (1500..=2100).contains(&y).then_some((y, e))
    }

    /// Is the date at `start` part of a name ("Plaza 23 de Enero", "Avenida 5 de Julio")?
    pub(super) fn date_is_a_name(&self, start: usize, found: &Found) -> bool {
        let text = self.text;
        if let Some(w) = prev_word(text, start)
            && lx::names_a_place(low(text, w).as_str())
        {
            return true;
        }
        // A month written with a capital mid-sentence is a name: Spanish writes months in
        // lower case.
        let month_word = text[start..found.end]
            .split(|c: char| !c.is_alphabetic())
            .find(|w| lx::month(low(w, (0, w.len())).as_str()).is_some());
        let capital_month = month_word.is_some_and(|w| w.chars().next().is_some_and(char::is_uppercase));
        capital_month
            && !starts_sentence(text, start)
            && prev_word(text, start).is_some_and(|w| capitalized(text, w) || low(text, w).as_str() == "el")
    }

    /// The number (digits or words) right after `from`, with its tail.
    pub(super) fn quantity_after(&self, from: usize) -> Option<Quantity> {
        let p = skip_spaces(self.text, from);
        if self.b.get(p).is_some_and(u8::is_ascii_digit) {
            return self.number_at(p);
        }
        let w = next_word(self.text, from)?;
        self.words_quantity(w.0, w.1)
    }

    /// Turns a read quantity into a claim: a range if another number follows ("entre 40 y 50",
    /// "de 40 a 50", "40-50"), a year if it is one, signed if the text says it fell.
    pub(super) fn finish(&self, q: Quantity) -> Step {
        if let Some(found) = self.range(&q) {
            return Step::Claim(found);
        }
        let mut q = q;
        if q.kind == Kind::Date {
            let found = q.clone().into_found();
            if self.date_is_a_name(q.start, &found) {
                return Step::Skip(q.end);
            }
            return claim(q);
        }
        self.maybe_year(&mut q);
        let mut found = q.into_found();
        // A fall is a change of a rate or a share ("cayó 2,1 %", "bajó 3 puntos"); "cayeron 80 mm
        // de lluvia" is rain.
        let rate = found.kind == Kind::Percent || found.unit.is_some_and(|u| u.ends_with("points"));
        if matches!(found.kind, Kind::Count | Kind::Percent | Kind::Money | Kind::Measure) {
            let b = self.b;
            if found.start >= 1
                && b[found.start - 1] == b'-'
                && found.start > self.floor
                && (found.start == 1 || matches!(b[found.start - 2], b' ' | b'(' | b'\n'))
            {
                found.start -= 1;
                found.value = found.value.map(|v| -v);
            } else if rate && self.decrease_before(found.start) {
                found.value = found.value.map(|v| -v);
            }
        }
        Step::Claim(found)
    }

    /// "cayó 2,1 %", "bajó un 3 %", "se redujo en 4 puntos": a change downwards.
    fn decrease_before(&self, start: usize) -> bool {
        let text = self.text;
        let mut w = prev_word(text, start);
        if w.is_some_and(|v| matches!(low(text, v).as_str(), "un" | "en" | "el")) {
            w = w.and_then(|v| prev_word(text, v.0));
        }
        w.is_some_and(|v| {
            matches!(
                low(text, v).as_str(),
                "cayó"
                    | "cayeron"
                    | "cae"
                    | "caen"
                    | "bajó"
                    | "bajaron"
                    | "descendió"
                    | "descendieron"
                    | "disminuyó"
                    | "disminuyeron"
                    | "retrocedió"
                    | "redujo"
                    | "contrajo"
                    | "desplomó"
                    | "perdió"
            )
        })
    }

    /// A bare four-digit number that is a year: "en 2023", "desde 2019", "2024 fue".
    fn maybe_year(&self, q: &mut Quantity) {
        let text = self.text;
        if !q.bare() {
            return;
        }
        let before = prev_word(text, q.start).map(|w| low(text, w));
        // A decade: "los años 90", "la década de 1980".
        let decade = match (q.decimals, q.mantissa, before.as_ref().map(|b| b.as_str())) {
            (0, m @ (20 | 30 | 40 | 50 | 60 | 70 | 80 | 90), Some("años")) if q.end - q.start == 2 => Some(1900 + m),
            (0, m, Some("de"))
                if m % 10 == 0
                    && (1800..=2090).contains(&m)
                    && prev_word(text, q.start)
                        .and_then(|w| prev_word(text, w.0))
                        .is_some_and(|d| low(text, d).as_str().starts_with("déc")) =>
            {
                Some(m)
            }
            _ => None,
        };
        if let Some(decade) = decade {
            q.kind = Kind::Date;
            q.date = Some(compact_str::format_compact!("{decade}s"));
            q.value = Some(None);
            return;
        }
        let Some(y) = q.year.filter(|y| (1800..=2100).contains(y)) else {
            return;
        };
        let year_word = before.as_ref().is_some_and(|w| {
            matches!(
                w.as_str(),
                "en" | "de"
                    | "del"
                    | "desde"
                    | "hasta"
                    | "año"
                    | "años"
                    | "el"
                    | "para"
                    | "durante"
                    | "hacia"
                    | "antes"
                    | "después"
                    | "entre"
                    | "y"
                    | "a"
                    | "since"
                    | "julio"
                    | "enero"
                    | "febrero"
                    | "marzo"
                    | "abril"
                    | "mayo"
                    | "junio"
                    | "agosto"
                    | "septiembre"
                    | "octubre"
                    | "noviembre"
                    | "diciembre"
            )
        });
        let next = next_word(text, q.end).filter(|w| w.0 == skip_spaces(text, q.end));
        let counted = next.is_some_and(|w| {
            let l = low(text, w);
            !capitalized(text, w) && !lx::function_word(l.as_str()) && !lx::finite_verb(l.as_str())
        });
        if year_word || !counted {
            q.kind = Kind::Date;
            q.date = Some(compact_str::format_compact!("{y:04}"));
            q.value = Some(None);
        }
    }

    /// A range whose first number is `q`.
    fn range(&self, q: &Quantity) -> Option<Found> {
        let text = self.text;
        let b = self.b;
        if !matches!(q.kind, Kind::Count | Kind::Money | Kind::Percent | Kind::Duration | Kind::Measure) {
            return None;
        }
        // What comes before: "entre" (perhaps "entre el"), "de", "desde".
        let mut before = prev_word(text, q.start);
        if before.is_some_and(|w| matches!(low(text, w).as_str(), "el" | "la" | "los" | "las")) {
            before = before.and_then(|w| prev_word(text, w.0));
        }
        let opener = before.map(|w| (w, low(text, w)));
        let opener_word = opener.as_ref().map(|(_, l)| l.as_str()).unwrap_or("");
        // The joining word or dash.
        let (join_end, joined_by) = if matches!(b.get(q.end), Some(b'-')) || text[q.end..].starts_with('–') {
            let len = if b[q.end] == b'-' { 1 } else { '–'.len_utf8() };
            (q.end + len, "-")
        } else {
            let w = next_word(text, q.end)?;
            match (opener_word, low(text, w).as_str()) {
                ("entre", "y") => (w.1, "y"),
                ("de" | "desde", "a" | "hasta") => (w.1, "a"),
                _ => return None,
            }
        };
        if joined_by == "-" && !b.get(join_end).is_some_and(u8::is_ascii_digit) {
            return None;
        }
        let mut from = join_end;
        if let Some(art) =
            next_word(text, join_end).filter(|w| matches!(low(text, *w).as_str(), "el" | "la" | "los" | "las"))
        {
            from = art.1;
        }
        let hi = self.quantity_after(from)?;
        if hi.kind == Kind::Date || q.kind == Kind::Date {
            return None;
        }
        let lo_value = if q.scale == 1 && hi.scale > 1 && q.unit.is_none() {
            q.value().map(|v| v * hi.scale as f64)
        } else {
            q.value()
        };
        let hi_value = hi.value()?;
        let lo_value = lo_value?;
        if joined_by == "-" && (q.year.is_some() && hi.year.is_some() || lo_value >= hi_value) {
            // "2019-2023" is two years; "10-4" a score.
            return None;
        }
        if lo_value > hi_value {
            return None;
        }
        let start = match (joined_by, &opener) {
            ("y", Some((w, _))) => w.0.max(self.floor),
            _ => q.start,
        };
        Some(Found {
            start,
            end: hi.end,
            kind: Kind::Range,
            value: Some(lo_value),
            value_max: Some(hi_value),
            unit: hi.unit.or(q.unit),
            date: None,
        })
    }
}
