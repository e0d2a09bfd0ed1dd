//! Dates as a French user types and reads them: jj/mm/aaaa.

use chrono::{Datelike, Days, Months, NaiveDate};

/// Why a typed date was refused; the UI turns it into a sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateError {
    /// Not of the form jj/mm/aaaa.
    Format,
    /// Of the form, but no such day (31/02/2026).
    NoSuchDay,
    /// A real day, but not one of a person's path (01/01/0001, 31/12/9999): a slip of the keyboard.
    OutOfRange,
}

/// The years a date of the tool can fall in: wide enough for any life and any plan.
pub const YEARS: std::ops::RangeInclusive<i32> = 1900..=2199;

/// Parses « 05/03/2026 », « 5/3/2026 », « 05-03-2026 » or « 05.03.2026 », and ISO « 2026-03-05 »
/// (what a copy from another tool often gives).
pub fn parse_fr(input: &str) -> Result<NaiveDate, DateError> {
    let day = parse_any(input)?;
    if YEARS.contains(&day.year()) { Ok(day) } else { Err(DateError::OutOfRange) }
}

fn parse_any(input: &str) -> Result<NaiveDate, DateError> {
    let s = input.trim();
    if let Ok(d) = NaiveDate::parse_from_str(s, "%Y-%m-%d") {
        return Ok(d);
    }
    let parts: Vec<&str> = s.split(['/', '-', '.']).collect();
    if parts.len() != 3 || parts.iter().any(|p| p.is_empty() || !p.chars().all(|c| c.is_ascii_digit())) {
        return Err(DateError::Format);
    }
    if parts[2].len() != 4 || parts[0].len() > 2 || parts[1].len() > 2 {
        return Err(DateError::Format);
    }
    let day: u32 = parts[0].parse().map_err(|_| DateError::Format)?;
    let month: u32 = parts[1].parse().map_err(|_| DateError::Format)?;
    let year: i32 = parts[2].parse().map_err(|_| DateError::Format)?;
    NaiveDate::from_ymd_opt(year, month, day).ok_or(DateError::NoSuchDay)
}

/// A date typed short, as between two visits: « auj », « demain », « hier », « +7 » (days),
/// « +2s » (weeks), « +3m » (months), « −1 », « 15/12 » (this year), « 15/12/27 » (20‥). `None`
/// for anything else, a full date included: that one is read by [`parse_fr`] as typed.
pub fn expand_shortcut(input: &str, today: NaiveDate) -> Option<NaiveDate> {
    let s = input.trim().to_lowercase().replace('’', "'");
    match s.as_str() {
        "auj" | "auj." | "aujourd'hui" | "today" => return Some(today),
        "demain" | "tomorrow" => return today.succ_opt(),
        "hier" | "yesterday" => return today.pred_opt(),
        _ => {}
    }
    if let Some(offset) = s.strip_prefix('+') {
        return shifted(today, offset, true);
    }
    if let Some(offset) = s.strip_prefix('-').or_else(|| s.strip_prefix('\u{2212}')) {
        return shifted(today, offset, false);
    }
    let parts: Vec<&str> = s.split(['/', '-', '.']).collect();
    if parts.iter().any(|p| p.is_empty() || p.len() > 2 || !p.chars().all(|c| c.is_ascii_digit())) {
        return None;
    }
    let number = |i: usize| parts.get(i).and_then(|p| p.parse::<u32>().ok());
    let (day, month) = (number(0)?, number(1)?);
    let year = match parts.len() {
        2 => today.year(),
        3 => 2000 + i32::try_from(number(2)?).ok()?,
        _ => return None,
    };
    NaiveDate::from_ymd_opt(year, month, day)
}

/// `today` moved by « 7 », « 7j », « 2s » or « 3m », forward or back.
fn shifted(today: NaiveDate, offset: &str, forward: bool) -> Option<NaiveDate> {
    let digits = offset.trim_end_matches(|c: char| c.is_alphabetic());
    let unit = &offset[digits.len()..];
    let n: u32 = digits.trim().parse().ok()?;
    let days =
        |d: u64| if forward { today.checked_add_days(Days::new(d)) } else { today.checked_sub_days(Days::new(d)) };
    let day = match unit {
        "" | "j" | "d" => days(u64::from(n))?,
        "s" | "w" => days(u64::from(n) * 7)?,
        "m" => {
            let months = Months::new(n);
            if forward { today.checked_add_months(months)? } else { today.checked_sub_months(months)? }
        }
        _ => return None,
    };
    YEARS.contains(&day.year()).then_some(day)
}

/// What a date field means: a shortcut understood from `today`, or a full date.
pub fn parse_typed(input: &str, today: NaiveDate) -> Result<NaiveDate, DateError> {
    match expand_shortcut(input, today) {
        Some(day) => Ok(day),
        None => parse_fr(input),
    }
}

/// Parses an optional date: an empty field is `None`, not an error.
pub fn parse_fr_opt(input: &str) -> Result<Option<NaiveDate>, DateError> {
    if input.trim().is_empty() { Ok(None) } else { parse_fr(input).map(Some) }
}

/// « 05/03/2026 »
pub fn format_fr(date: NaiveDate) -> String {
    format!("{:02}/{:02}/{:04}", date.day(), date.month(), date.year())
}

pub fn format_fr_opt(date: Option<NaiveDate>) -> String {
    date.map(format_fr).unwrap_or_default()
}

/// Whole days from `from` to `to` (negative when `to` is earlier).
pub fn days_between(from: NaiveDate, to: NaiveDate) -> i64 {
    (to - from).num_days()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_french_forms() {
        let d = NaiveDate::from_ymd_opt(2026, 3, 5).unwrap();
        assert_eq!(parse_fr("05/03/2026"), Ok(d));
        assert_eq!(parse_fr(" 5/3/2026 "), Ok(d));
        assert_eq!(parse_fr("05-03-2026"), Ok(d));
        assert_eq!(parse_fr("05.03.2026"), Ok(d));
        assert_eq!(parse_fr("2026-03-05"), Ok(d));
    }

    #[test]
    fn refuses_impossible_and_malformed_dates() {
        assert_eq!(parse_fr("31/02/2026"), Err(DateError::NoSuchDay));
        assert_eq!(parse_fr("29/02/2025"), Err(DateError::NoSuchDay));
        assert_eq!(parse_fr("29/02/2024").map(|d| d.day()), Ok(29));
        assert_eq!(parse_fr("05/03/26"), Err(DateError::Format));
        assert_eq!(parse_fr("demain"), Err(DateError::Format));
        assert_eq!(parse_fr(""), Err(DateError::Format));
        assert_eq!(parse_fr("1/2/3/2026"), Err(DateError::Format));
        assert_eq!(parse_fr("０５/03/2026"), Err(DateError::Format));
        assert_eq!(parse_fr_opt("  "), Ok(None));
        // Real days, but nobody's path: a slip of the keyboard.
        assert_eq!(parse_fr("01/01/0001"), Err(DateError::OutOfRange));
        assert_eq!(parse_fr("31/12/9999"), Err(DateError::OutOfRange));
        assert_eq!(parse_fr("1899-12-31"), Err(DateError::OutOfRange));
        assert_eq!(parse_fr("01/01/1900").map(|d| d.year()), Ok(1900));
    }

    #[test]
    fn short_forms_are_read_from_today() {
        let today = NaiveDate::from_ymd_opt(2026, 12, 7).unwrap();
        let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d);
        for (typed, day) in [
            ("auj", d(2026, 12, 7)),
            (" Aujourd’hui ", d(2026, 12, 7)),
            ("demain", d(2026, 12, 8)),
            ("hier", d(2026, 12, 6)),
            ("+7", d(2026, 12, 14)),
            ("+7j", d(2026, 12, 14)),
            ("+2s", d(2026, 12, 21)),
            ("+3m", d(2027, 3, 7)),
            ("-1", d(2026, 12, 6)),
            ("\u{2212}2s", d(2026, 11, 23)),
            ("15/12", d(2026, 12, 15)),
            ("5/1", d(2026, 1, 5)),
            ("15/12/27", d(2027, 12, 15)),
            ("15.12.27", d(2027, 12, 15)),
        ] {
            assert_eq!(expand_shortcut(typed, today), day, "{typed}");
            assert_eq!(parse_typed(typed, today).ok(), day, "{typed}");
        }
        // A full date is not a shortcut: it is read as typed, errors included.
        for typed in ["15/12/2026", "2026-12-15", "31/02", "+", "+2x", "15/", "demain matin", "+99999999m", ""] {
            assert_eq!(expand_shortcut(typed, today), None, "{typed}");
        }
        assert_eq!(parse_typed("15/12/2026", today).ok(), d(2026, 12, 15));
        assert_eq!(parse_typed("31/02", today), Err(DateError::Format));
    }

    #[test]
    fn formats_with_leading_zeros() {
        assert_eq!(format_fr(NaiveDate::from_ymd_opt(2026, 1, 9).unwrap()), "09/01/2026");
    }
}
