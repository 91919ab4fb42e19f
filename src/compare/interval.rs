//! A reported figure as the interval of values it allows: "at least 24" is [24, ∞), "around
//! 2,000" is [1,800, 2,200], "July 2023" is every day of that month. Two reports agree when their
//! intervals overlap and their point values lie within each other's rounding.

use crate::extract::{Claim, Kind, Qualifier};

/// How far "about", "around" and "nearly" reach from their number (a tenth of it).
const APPROXIMATE_SHARE: f64 = 0.1;

/// The values a claim allows: `lo..hi`, each end open or closed, and its point value with the
/// slack its rounding or hedge allows.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Interval {
    /// The lowest value allowed (`-inf` when unbounded).
    pub lo: f64,
    /// The highest value allowed (`inf` when unbounded).
    pub hi: f64,
    /// Is `lo` itself excluded ("more than 2,000")?
    pub lo_open: bool,
    /// Is `hi` itself excluded ("nearly 200", "fewer than 10")?
    pub hi_open: bool,
    /// The number the text states (a range's midpoint, a date's first day).
    pub point: f64,
    /// How far from `point` the stated number may lie and still be the same figure.
    pub slack: f64,
}

impl Interval {
    /// The interval a claim states, or `None` where it has no value (or, for a date, no day
    /// count: see [`Interval::of_date`]).
    pub fn of(claim: &Claim) -> Option<Self> {
        if claim.kind == Kind::Date {
            return None;
        }
        let v = claim.value()?;
        if let Some(max) = claim.value_max().filter(|m| *m >= v) {
            let point = (v + max) / 2.0;
            return Some(Self { lo: v, hi: max, lo_open: false, hi_open: false, point, slack: (max - v) / 2.0 });
        }
        // A share or a measure given as a whole number is rounded to it ("39 percent" for 39.2);
        // a count of people is exact.
        let whole_rounded = matches!(claim.kind, Kind::Percent | Kind::Measure) && v.fract() == 0.0;
        let rounding = if whole_rounded { rounding_slack(v).max(0.5) } else { rounding_slack(v) };
        let approx = (v * APPROXIMATE_SHARE).abs();
        let (lo, hi, lo_open, hi_open, slack) = match claim.qualifier {
            Qualifier::Exact => (v - rounding, v + rounding, false, false, rounding),
            Qualifier::AtLeast => (v, f64::INFINITY, false, false, rounding),
            Qualifier::MoreThan => (v, f64::INFINITY, true, false, rounding),
            Qualifier::AtMost | Qualifier::UpTo => (0.0_f64.min(v), v, false, false, rounding),
            Qualifier::LessThan => (0.0_f64.min(v), v, false, true, rounding),
            Qualifier::Approximately => (v - approx, v + approx, false, false, approx),
            Qualifier::Nearly => (v - approx, v, false, true, approx),
        };
        Some(Self { lo, hi, lo_open, hi_open, point: v, slack })
    }

    /// The days a date claim covers (a partial date covers its month or year), counted from the
    /// common era; a date without a year is read in `assumed_year`.
    pub fn of_date(iso: &str, assumed_year: Option<i32>) -> Option<Self> {
        let (first, last) = date_days(iso, assumed_year)?;
        let (lo, hi) = (f64::from(first), f64::from(last));
        Some(Self { lo, hi, lo_open: false, hi_open: false, point: lo, slack: hi - lo })
    }

    /// Do the two intervals share a value?
    pub fn overlaps(&self, other: &Self) -> bool {
        let below = |a: &Self, b: &Self| a.hi < b.lo || (a.hi == b.lo && (a.hi_open || b.lo_open));
        !below(self, other) && !below(other, self)
    }

    /// Do two reports state the same figure: overlapping intervals, and points within rounding?
    /// ("At least 20" and "at least 28" overlap but state different counts: they do not agree.)
    pub fn agrees(&self, other: &Self) -> bool {
        let slack = self.slack.max(other.slack);
        self.overlaps(other) && (self.point - other.point).abs() <= slack + 1e-9 * self.point.abs().max(1.0)
    }

    /// The interval as a reader would write it: "[24, ∞)", "(2,000, ∞)", "[1,800, 2,200]".
    pub fn describe(&self) -> String {
        let end = |v: f64| {
            if v.is_infinite() {
                if v > 0.0 { "∞".to_owned() } else { "−∞".to_owned() }
            } else {
                crate::extract::grouped((v * 1e9).round() / 1e9)
            }
        };
        format!(
            "{}{}, {}{}",
            if self.lo_open { '(' } else { '[' },
            end(self.lo),
            end(self.hi),
            if self.hi_open || self.hi.is_infinite() { ')' } else { ']' }
        )
    }
}

/// Half the unit a whole number is rounded to: 2,000 stands for 1,950–2,050 (±50), 300 for
/// 295–305, while 19,136 or 24 are exact. A decimal is rounded to its last digit (3.2: ±0.05).
pub fn rounding_slack(value: f64) -> f64 {
    let v = value.abs();
    if v.fract() == 0.0 && (1.0..1e15).contains(&v) {
        // Whole numbers: the last digit of a run of zeros is not a stated digit.
        let mut n = v as u64;
        let mut zeros = 0u32;
        while n > 0 && n.is_multiple_of(10) {
            n /= 10;
            zeros += 1;
        }
        return if zeros == 0 { 0.0 } else { 10f64.powi(zeros as i32 - 1) / 2.0 };
    }
    let decimals = (1..=6).find(|d| {
        let scaled = v * 10f64.powi(*d);
        (scaled - scaled.round()).abs() < 1e-6
    });
    decimals.map_or(0.0, |d| 0.5 * 10f64.powi(-d))
}

/// The first and last day a date string covers: ISO `2024-07-28`, `2023-07`, `2024`, or a date
/// without its year (`--07-28`, read in `assumed_year`).
pub fn date_days(iso: &str, assumed_year: Option<i32>) -> Option<(i32, i32)> {
    let parts: Vec<&str> = iso.split('-').collect();
    let num = |s: &str| s.parse::<i32>().ok();
    match parts.as_slice() {
        ["", "", month, day] => {
            let (m, d) = (num(month)?, num(day)?);
            let day = days_from_civil(assumed_year?, m, d)?;
            Some((day, day))
        }
        [year] => {
            let y = num(year)?;
            Some((days_from_civil(y, 1, 1)?, days_from_civil(y, 12, 31)?))
        }
        [year, month] => {
            let (y, m) = (num(year)?, num(month)?);
            let first = days_from_civil(y, m, 1)?;
            let next = if m == 12 { days_from_civil(y + 1, 1, 1)? } else { days_from_civil(y, m + 1, 1)? };
            Some((first, next - 1))
        }
        [year, month, day] => {
            let day = days_from_civil(num(year)?, num(month)?, num(day)?)?;
            Some((day, day))
        }
        _ => None,
    }
}

/// The year a date string names, if it names one.
pub fn date_year(iso: &str) -> Option<i32> {
    if iso.starts_with("--") {
        return None;
    }
    iso.split('-').next()?.parse().ok()
}

/// The ISO date of a day count from [`date_days`] (the inverse of `days_from_civil`).
pub fn day_text(days: i32) -> String {
    let era = days.div_euclid(146_097);
    let doe = days - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i32::from(month <= 2);
    format!("{year:04}-{month:02}-{day:02}")
}

/// Days since 0000-03-01 of a proleptic Gregorian date (Howard Hinnant's algorithm), `None` for
/// an impossible month or day.
fn days_from_civil(year: i32, month: i32, day: i32) -> Option<i32> {
    if !(1..=12).contains(&month) || !(1..=31).contains(&day) {
        return None;
    }
    let y = if month <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (month + 9) % 12;
    let doy = (153 * mp + 2) / 5 + day - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    Some(era * 146_097 + doe)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn claim(text: &str) -> Claim {
        let claims = crate::extract::extract(text);
        let Some(c) = claims.into_iter().next() else { panic!("no claim in {text:?}") };
        c
    }

    fn interval(text: &str) -> Interval {
        let Some(i) = Interval::of(&claim(text)) else { panic!("no interval for {text:?}") };
        i
    }

    #[test]
    fn numbers_are_grouped_for_readers() {
        assert_eq!(crate::extract::grouped(2000.0), "2,000");
        assert_eq!(crate::extract::grouped(1_800_000.5), "1,800,000.5");
        assert_eq!(crate::extract::grouped(-301.0), "−301");
        assert_eq!(crate::extract::grouped(24.0), "24");
    }

    #[test]
    fn rounding_follows_the_stated_digits() {
        assert_eq!(rounding_slack(2000.0), 50.0);
        assert_eq!(rounding_slack(19_136.0), 0.0);
        assert_eq!(rounding_slack(300.0), 5.0);
        assert_eq!(rounding_slack(24.0), 0.0);
        assert!((rounding_slack(3.2) - 0.05).abs() < 1e-12);
    }

    #[test]
    fn qualifiers_become_intervals() {
        assert_eq!(interval("at least 24 died").describe(), "[24, ∞)");
        assert_eq!(interval("over 2,000 were held").describe(), "(2,000, ∞)");
        assert_eq!(interval("around 2,000 were held").describe(), "[1,800, 2,200]");
        assert_eq!(interval("nearly 200 were hurt").describe(), "[180, 200)");
        assert_eq!(interval("up to 50 people").describe(), "[0, 50]");
        assert_eq!(interval("between 40 and 50 people").describe(), "[40, 50]");
        assert_eq!(interval("2,000 people").describe(), "[1,950, 2,050]");
    }

    #[test]
    fn agreement_needs_overlap_and_close_points() {
        assert!(interval("over 2,000 were held").agrees(&interval("around 2,000 were held")));
        assert!(!interval("at least 20 died").agrees(&interval("at least 28 died")));
        assert!(interval("at least 20 died").overlaps(&interval("at least 28 died")));
        assert!(!interval("nearly 200 were hurt").agrees(&interval("250 were hurt")));
        assert!(interval("45 people").agrees(&interval("between 40 and 50 people")));
        assert!(interval("more than 300 people").agrees(&interval("300 people")), "300 is rounded: 295–305");
    }

    #[test]
    fn dates_cover_their_days() {
        let july_28 = Interval::of_date("--07-28", Some(2024));
        let july_2023 = Interval::of_date("2023-07", None);
        let Some((a, b)) = july_28.zip(july_2023) else { panic!("dates parse") };
        assert!(!a.agrees(&b), "July 28 (2024) is not in July 2023");
        let Some(c) = Interval::of_date("2024-07", None) else { panic!() };
        assert!(a.agrees(&c) && c.agrees(&a));
        assert_eq!(Interval::of_date("--07-28", None), None, "no year to read it in");
        assert!(date_days("2024-13", None).is_none());
        for iso in ["2024-07-28", "2000-02-29", "1999-12-31", "2023-03-01"] {
            let Some((day, _)) = date_days(iso, None) else { panic!("{iso}") };
            assert_eq!(day_text(day), iso);
        }
        assert_eq!(date_year("2023-07"), Some(2023));
        assert_eq!(date_year("--07-28"), None);
    }
}
