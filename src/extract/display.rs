//! Claims as a person reads them: numbers without a trailing `.0`, dates as "17 July 2024" rather
//! than ISO fragments. Files keep the ISO forms; this is for screens and listings.

use super::Claim;

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// Shortens text to `width_chars` characters, the last an ellipsis (always on a char boundary).
pub fn shorten(s: &str, width_chars: usize) -> String {
    if s.chars().count() <= width_chars {
        return s.to_owned();
    }
    let mut out: String = s.chars().take(width_chars.saturating_sub(1)).collect();
    out.push('…');
    out
}

/// A number as a reader writes it, with thousands separators: 2,000; 1,800.5; −3.
pub fn grouped(v: f64) -> String {
    let plain = format_number(v.abs());
    let (int, frac) = plain.split_once('.').map_or((plain.as_str(), None), |(i, f)| (i, Some(f)));
    let mut out = String::new();
    for (k, ch) in int.chars().enumerate() {
        if k > 0 && (int.len() - k) % 3 == 0 {
            out.push(',');
        }
        out.push(ch);
    }
    if let Some(f) = frac {
        out.push('.');
        out.push_str(f);
    }
    if v < 0.0 { format!("−{out}") } else { out }
}

/// Writes a value the way a person would: `2000`, `0.5`, `1200000` (no `2000.0`).
pub fn format_number(v: f64) -> String {
    if v.fract() == 0.0 && v.abs() < 1e15 { format!("{}", v as i64) } else { format!("{v}") }
}

fn month_name(month: &str) -> Option<&'static str> {
    let m: usize = month.parse().ok()?;
    MONTHS.get(m.checked_sub(1)?).copied()
}

fn day_number(day: &str) -> Option<u32> {
    day.parse().ok().filter(|d| (1..=31).contains(d))
}

/// An ISO date or date fragment as a reader writes it: `2024-07-17` → "17 July 2024", `2023-07` →
/// "July 2023", `--07-28` → "28 July", `2025-Q3` → "Q3 2025". Anything else is returned as it is.
pub fn reader_date(iso: &str) -> String {
    let parts: Vec<&str> = iso.split('-').collect();
    let formatted = match parts.as_slice() {
        ["", "", month, day] => month_name(month).zip(day_number(day)).map(|(m, d)| format!("{d} {m}")),
        [year, month, day] if year.len() == 4 => {
            month_name(month).zip(day_number(day)).map(|(m, d)| format!("{d} {m} {year}"))
        }
        [year, quarter] if year.len() == 4 && quarter.starts_with('Q') => Some(format!("{quarter} {year}")),
        [year, month] if year.len() == 4 && month.len() == 2 => month_name(month).map(|m| format!("{m} {year}")),
        _ => None,
    };
    formatted.unwrap_or_else(|| iso.to_owned())
}

impl Claim {
    /// The value as a person reads it: "2000", "40–50 percent", "17 July 2024", "12 EUR".
    pub fn value_text(&self) -> String {
        let value = match (self.value(), self.value_max(), self.date()) {
            (_, _, Some(date)) => reader_date(date),
            (Some(lo), Some(hi), _) => format!("{}–{}", format_number(lo), format_number(hi)),
            (Some(v), None, _) => format_number(v),
            _ => String::new(),
        };
        match &self.unit {
            Some(unit) if !value.is_empty() => format!("{value} {unit}"),
            _ => value,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_read_as_people_write_them() {
        assert_eq!(reader_date("2024-07-17"), "17 July 2024");
        assert_eq!(reader_date("2023-07"), "July 2023");
        assert_eq!(reader_date("--07-28"), "28 July");
        assert_eq!(reader_date("2025-Q3"), "Q3 2025");
        assert_eq!(reader_date("2024"), "2024");
        assert_eq!(reader_date("1990s"), "1990s");
        // Not a month: left as it is rather than guessed.
        assert_eq!(reader_date("2024-13"), "2024-13");
    }

    #[test]
    fn values_read_without_iso_or_trailing_zeros() {
        let claims = crate::extract::extract("Turnout rose 40-50 percent by July 28, after 2,000 votes.");
        let texts: Vec<String> = claims.iter().map(Claim::value_text).collect();
        assert_eq!(texts, ["40–50 percent", "28 July", "2000"]);
    }
}
