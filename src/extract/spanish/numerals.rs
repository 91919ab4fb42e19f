//! Digits as Spanish-language news writes them: a thousands dot and a decimal comma ("2.418.306,55")
//! in most countries, the US style ("1,250", "48.7%") in Mexico and much of Central America, and
//! spaces between groups ("12 408"). Which separator is which is decided from the digits (three
//! after a dot is a group; one or two after a comma are decimals) and, where the digits cannot
//! say ("1,250"), from the document's own habit.

use crate::extract::bytes::{Numeral, digits_end, space_len};

/// More groups than any number has ("1.234.567.890.123.456.789"): stop reading there.
const MAX_GROUPS: usize = 8;

/// How a document writes its numbers, counted once over the whole text.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Habit {
    /// The comma is the decimal mark ("7,6", "2.000"); else the dot is ("7.6", "2,000").
    pub decimal_comma: bool,
}

impl Habit {
    /// Reads the habit off the text: groups by dots and decimal commas against groups by commas
    /// and decimal points.
    pub fn of(text: &str) -> Self {
        let b = text.as_bytes();
        let (mut comma_style, mut point_style) = (0usize, 0usize);
        let mut i = 0;
        while let Some(k) = memchr::memchr2(b'.', b',', &b[i..]) {
            let p = i + k;
            i = p + 1;
            if p == 0 || !b[p - 1].is_ascii_digit() || !b.get(p + 1).is_some_and(u8::is_ascii_digit) {
                continue;
            }
            let after = digits_end(b, p + 1) - p - 1;
            match (b[p], after) {
                // "2.000" groups by dots, "7,6" has a decimal comma: the comma style.
                (b'.', 3) | (b',', 1..=2) => comma_style += 1,
                (b',', 3) | (b'.', 1..=2) => point_style += 1,
                _ => {}
            }
        }
        Self { decimal_comma: comma_style > point_style }
    }
}

/// Reads the numeral at `i` (an ASCII digit). `None` where the digits are an identifier ("1.2.3")
/// or too long for a `u64`.
pub fn numeral(b: &[u8], i: usize, habit: Habit) -> Option<Numeral> {
    // The run of digits and separators ("2.418.306,55", "1,250", "48.7"), each separator between
    // digits.
    // (Fixed arrays: this runs for every number of the corpus.)
    let mut groups_buf = [(0usize, 0usize); MAX_GROUPS];
    let mut seps_buf = [0u8; MAX_GROUPS];
    groups_buf[0] = (i, digits_end(b, i));
    let mut n = 1;
    loop {
        let groups = &groups_buf[..n];
        let seps = &seps_buf[..n - 1];
        let (_, e) = groups[groups.len() - 1];
        match b.get(e) {
            Some(&c @ (b'.' | b',')) if b.get(e + 1).is_some_and(u8::is_ascii_digit) => {
                seps_buf[n - 1] = c;
                groups_buf[n] = (e + 1, digits_end(b, e + 1));
                n += 1;
            }
            _ => {
                // A space between groups ("12 408", "1 500 000"), with a no-break or thin space
                // as style guides write it.
                let sp = space_len(b, e);
                let g = e + sp;
                let first_short = groups.len() == 1 && groups[0].1 - groups[0].0 <= 3;
                let continues = seps.iter().all(|c| *c == b' ');
                if sp > 0 && (first_short || continues && !seps.is_empty()) && digits_end(b, g) == g + 3 {
                    seps_buf[n - 1] = b' ';
                    groups_buf[n] = (g, g + 3);
                    n += 1;
                    if n == MAX_GROUPS {
                        break;
                    }
                    continue;
                }
                break;
            }
        }
        if n == MAX_GROUPS {
            break;
        }
    }
    let (groups, seps) = (&groups_buf[..n], &seps_buf[..n - 1]);
    let mut lens = [0usize; MAX_GROUPS];
    for (l, (s, e)) in lens.iter_mut().zip(groups) {
        *l = e - s;
    }
    let lens = &lens[..n];
    let end = groups[groups.len() - 1].1;
    // Which separator (if any) is the decimal mark: its index in `seps`.
    let decimal_at: Option<usize> = match seps {
        [] => None,
        [c] => {
            let after = lens[1];
            let leading_zero = lens[0] == 1 && b[i] == b'0';
            let space = *c == b' ';
            if space {
                None
            } else if after != 3 || leading_zero || lens[0] > 3 {
                // "7,6", "48.7", "0,250", "1234,5": only a decimal mark leaves these digits.
                if lens[0] > 3 && after == 3 {
                    // "2024.001"? Neither a group nor a plausible decimal: an identifier.
                    return None;
                }
                Some(0)
            } else if *c == b'.' {
                // "2.000": three after a dot is a group.
                None
            } else if habit.decimal_comma {
                // "1,250" in a text that writes "2.000" and "7,6": a decimal comma.
                Some(0)
            } else {
                None
            }
        }
        many => {
            let last = many[many.len() - 1];
            let first = many[0];
            if many.iter().all(|c| *c == first) {
                // "1.234.567", "1,234,567", "12 408 000": all groups.
                if lens[1..].iter().any(|l| *l != 3) || lens[0] > 3 {
                    return None;
                }
                None
            } else if many[..many.len() - 1].iter().all(|c| *c == first) && last != first && last != b' ' {
                // "2.418.306,55", "2,418,306.55": the last mark is the decimal one.
                if lens[1..lens.len() - 1].iter().any(|l| *l != 3) || lens[0] > 3 {
                    return None;
                }
                Some(many.len() - 1)
            } else {
                return None;
            }
        }
    };
    let mut mantissa: u64 = 0;
    let mut decimals = 0u32;
    let mut int_digits = 0u32;
    for (k, (s, e)) in groups.iter().enumerate() {
        for &c in &b[*s..*e] {
            mantissa = mantissa.checked_mul(10)?.checked_add(u64::from(c - b'0'))?;
            if decimal_at.is_some_and(|d| k > d) {
                decimals += 1;
            } else {
                int_digits += 1;
            }
        }
    }
    let grouped = match decimal_at {
        Some(d) => d > 0,
        None => !seps.is_empty(),
    };
    Some(Numeral { end, mantissa, decimals, int_digits, grouped })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(s: &str, decimal_comma: bool) -> Option<f64> {
        numeral(s.as_bytes(), 0, Habit { decimal_comma }).map(|n| n.value())
    }

    #[test]
    fn separators_are_decided_by_the_digits() {
        for habit in [false, true] {
            assert_eq!(read("2.000 personas", habit), Some(2000.0));
            assert_eq!(read("7,6 %", habit), Some(7.6));
            assert_eq!(read("2.418.306,55", habit), Some(2_418_306.55));
            assert_eq!(read("2,418,306.55", habit), Some(2_418_306.55));
            assert_eq!(read("48.7%", habit), Some(48.7));
            assert_eq!(read("1.234.567", habit), Some(1_234_567.0));
            assert_eq!(read("12 408 votos", habit), Some(12_408.0));
            assert_eq!(read("12\u{a0}408 votos", habit), Some(12_408.0));
            assert_eq!(read("0,250", habit), Some(0.25));
        }
        assert_eq!(read("1.2.3", false), None, "an identifier");
    }

    #[test]
    fn the_document_decides_what_the_digits_cannot() {
        assert_eq!(read("1,250", false), Some(1250.0));
        assert_eq!(read("1,250", true), Some(1.25));
        assert!(Habit::of("Hubo 2.000 detenidos y una inflación de 7,6 % según 1,250.").decimal_comma);
        assert!(!Habit::of("Hubo 2,000 detenidos y una inflación de 7.6 %.").decimal_comma);
    }
}
