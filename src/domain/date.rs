//! Dates as a French user types and reads them: jj/mm/aaaa.

use chrono::{Datelike, NaiveDate};

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
    fn formats_with_leading_zeros() {
        assert_eq!(format_fr(NaiveDate::from_ymd_opt(2026, 1, 9).unwrap()), "09/01/2026");
    }
}
