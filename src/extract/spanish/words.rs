//! Numbers written in Spanish words: "veinticuatro", "treinta y dos", "doscientas", "dos mil
//! quinientos", "tres millones", "mil millones", "medio millón", "una docena", "un centenar";
//! and a month with its year ("julio de 2024").

use super::lexicon as lx;
use super::scanner::Scanner;
use super::text::{capitalized, low, next_word, prev_word};
use crate::extract::Kind;
use crate::extract::scanner::{Quantity, Step};

impl Scanner<'_> {
    pub(super) fn at_word(&self, s: usize, e: usize) -> Step {
        let text = self.text;
        let word = low(text, (s, e));
        if let Some(month) = lx::month(word.as_str()) {
            // "julio de 2024", "julio 2024" (a day before it was read with the day).
            if e - s < 4 {
                return Step::Skip(e);
            }
            let Some((year, end)) = self.year_after(e) else {
                return Step::Skip(e);
            };
            let mut q = Quantity::new(s, end, 0, 0);
            q.kind = Kind::Date;
            q.date = Some(compact_str::format_compact!("{year:04}-{month:02}"));
            q.value = Some(None);
            return self.finish(q);
        }
        if let Some(q) = self.fraction_or_ordinal(s, e) {
            return Step::Claim(q.into_found());
        }
        match self.words_quantity(s, e) {
            Some(q) => self.finish(q),
            None => Step::Skip(e),
        }
    }

    /// "la mitad", "dos tercios", "tres cuartas partes", "un cuarto de"; and ordinals after a
    /// determiner, before a noun ("su tercer mandato", "la quinta economía").
    fn fraction_or_ordinal(&self, s: usize, e: usize) -> Option<Quantity> {
        let text = self.text;
        let word = low(text, (s, e));
        let word = word.as_str();
        let fraction = |start: usize, end: usize, value: f64| {
            let mut q = Quantity::new(start, end, 0, 0);
            q.kind = Kind::Fraction;
            q.value = Some(Some(value));
            q
        };
        let before = prev_word(text, s).map(|w| low(text, w));
        let determiner = before.as_ref().is_some_and(|b| {
            matches!(
                b.as_str(),
                "el" | "la" | "los" | "las" | "su" | "sus" | "un" | "una" | "del" | "al" | "este" | "esta"
            )
        });
        if word == "mitad" {
            return before.filter(|b| b.as_str() == "la").map(|_| fraction(s, e, 0.5));
        }
        // "dos tercios", "un cuarto de", "tres cuartas partes", "la tercera parte".
        let count = lx::small(word).filter(|n| (1..=9).contains(n));
        let next = next_word(text, e);
        if let (Some(n), Some(d)) = (count, next) {
            let dw = low(text, d);
            let then = next_word(text, d.1).map(|p| low(text, p));
            if let Some(den) = lx::fraction_denominator(dw.as_str())
                .filter(|_| dw.as_str().starts_with("terc") || then.as_ref().is_some_and(|t| t.as_str() == "de"))
                .filter(|den| n < u64::from(*den))
            {
                return Some(fraction(s, d.1, n as f64 / f64::from(den)));
            }
            // "cuartas partes": the ordinal in the plural.
            let singular = dw.as_str().strip_suffix('s').unwrap_or(dw.as_str());
            if let Some(den) = lx::ordinal(singular).filter(|den| (3..=10).contains(den) && n < u64::from(*den))
                && let Some(p) = next_word(text, d.1).filter(|p| matches!(low(text, *p).as_str(), "parte" | "partes"))
            {
                return Some(fraction(s, p.1, n as f64 / f64::from(den)));
            }
        }
        if let Some(den) = lx::ordinal(word).filter(|_| determiner)
            && let Some(p) = next.filter(|p| low(text, *p).as_str() == "parte")
        {
            return Some(fraction(s, p.1, 1.0 / f64::from(den)));
        }
        // An ordinal counts something only between a determiner and a noun.
        let ordinal = lx::ordinal(word)?;
        let noun = next.is_some_and(|n| {
            let l = low(text, n);
            !capitalized(text, n) && !lx::function_word(l.as_str()) && !lx::finite_verb(l.as_str())
        });
        (determiner && noun).then(|| {
            let mut q = Quantity::new(s, e, u64::from(ordinal), 0);
            q.kind = Kind::Ordinal;
            q.value = Some(Some(f64::from(ordinal)));
            q
        })
    }

    /// Reads number words from the word at `(s, e)`, with the tail after them.
    pub(super) fn words_quantity(&self, s: usize, e: usize) -> Option<Quantity> {
        let text = self.text;
        let (mut group, mut thousands, mut total) = (0u64, 0u64, 0u64);
        let mut half = false;
        let mut prev_small = false;
        let mut last_scale = 1u64;
        let mut words = 0;
        let mut end = s;
        let mut w = Some((s, e));
        let mut collective = None;
        while let Some(cur) = w {
            let l = low(text, cur);
            let l = l.as_str();
            if let Some(v) = lx::small(l) {
                // "ciento veinte", "doscientos tres": only a hundred takes a smaller number
                // after it; "dos tres" is two numbers.
                if prev_small && !(group >= 100 && group % 100 == 0 && v < 100) {
                    break;
                }
                group += v;
                prev_small = true;
                end = cur.1;
            } else if l == "y" && group >= 30 && group % 10 == 0 && group % 100 != 0 {
                // "treinta y dos": the next word must be a unit.
                match next_word(text, cur.1).and_then(|n| lx::small(low(text, n).as_str()).map(|v| (n, v))) {
                    Some((n, v)) if (1..10).contains(&v) => {
                        group += v;
                        prev_small = true;
                        end = n.1;
                        w = next_word(text, n.1);
                        words += 2;
                        continue;
                    }
                    _ => break,
                }
            } else if l == "mil" {
                thousands = thousands.checked_add(group.max(1).checked_mul(1_000)?)?;
                group = 0;
                prev_small = false;
                last_scale = 1_000;
                end = cur.1;
            } else if let Some(scale) = lx::scale(l).filter(|s| *s >= 1_000_000) {
                let base = if half && group == 0 && thousands == 0 { 0 } else { (thousands + group).max(1) };
                total = total.checked_add(base.checked_mul(scale)?)?;
                if half && base == 0 {
                    total += scale / 2;
                }
                half = false;
                group = 0;
                thousands = 0;
                prev_small = false;
                last_scale = scale;
                end = cur.1;
            } else if let Some(size) = lx::collective(l) {
                let n = if half { 1 } else { group.max(1) };
                collective = Some(if half { size / 2 } else { n * size });
                end = cur.1;
                break;
            } else if matches!(l, "medio" | "media") && words == 0 {
                half = true;
            } else {
                break;
            }
            words += 1;
            w = next_word(text, cur.1);
        }
        let mut value = total + thousands + group;
        if let Some(c) = collective {
            value = c;
        } else if half {
            return None;
        }
        // "un", "una", "uno" alone are an article or a pronoun, not a count ("uno de cada cinco"
        // is read by the tail, as a ratio).
        let first = low(text, (s, e));
        let article = matches!(first.as_str(), "un" | "una" | "uno");
        let one_of_every = first.as_str() == "uno"
            && next_word(text, e).is_some_and(|d| low(text, d).as_str() == "de")
            && next_word(text, e).and_then(|d| next_word(text, d.1)).is_some_and(|c| low(text, c).as_str() == "cada");
        if end == s || (article && value == 1 && collective.is_none() && !one_of_every) {
            return None;
        }
        let mut q = Quantity::new(s, end, value, 0);
        q.value = Some(Some(value as f64));
        // "dos millones y medio".
        if last_scale >= 1_000_000
            && let Some(y) = next_word(text, end).filter(|y| low(text, *y).as_str() == "y")
            && let Some(m) = next_word(text, y.1).filter(|m| matches!(low(text, *m).as_str(), "medio" | "media"))
        {
            q.value = Some(Some(value as f64 + last_scale as f64 / 2.0));
            q.end = m.1;
        }
        if last_scale > 1 {
            q.scale = last_scale;
            q.mantissa = value / last_scale;
        }
        if value <= 31 && collective.is_none() {
            q.day = Some(value as u32);
        }
        self.tail(&mut q);
        Some(q)
    }
}
