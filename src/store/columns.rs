//! Lenient reading of columns. The file may have been edited by another tool or damaged: a value of
//! the wrong type or a malformed date reads as "unknown" rather than stopping the whole screen.

use chrono::NaiveDate;
use rusqlite::Row;
use rusqlite::types::ValueRef;

use crate::domain::text;

const DATE_FORMAT: &str = "%Y-%m-%d";

pub(crate) fn text(row: &Row<'_>, idx: usize) -> rusqlite::Result<String> {
    Ok(match row.get_ref(idx)? {
        ValueRef::Text(bytes) => String::from_utf8_lossy(bytes).into_owned(),
        ValueRef::Integer(i) => i.to_string(),
        ValueRef::Real(f) => f.to_string(),
        ValueRef::Null | ValueRef::Blob(_) => String::new(),
    })
}

/// Text that was cleaned when written but may come from an older or foreign file: cleaned again.
pub(crate) fn clean_text(row: &Row<'_>, idx: usize) -> rusqlite::Result<String> {
    text(row, idx).map(|s| text::display(&s).into_owned())
}

pub(crate) fn opt_i64(row: &Row<'_>, idx: usize) -> rusqlite::Result<Option<i64>> {
    Ok(match row.get_ref(idx)? {
        ValueRef::Integer(i) => Some(i),
        ValueRef::Text(bytes) => std::str::from_utf8(bytes).ok().and_then(|s| s.trim().parse().ok()),
        _ => None,
    })
}

pub(crate) fn flag(row: &Row<'_>, idx: usize) -> rusqlite::Result<bool> {
    opt_i64(row, idx).map(|v| v.is_some_and(|v| v != 0))
}

pub(crate) fn opt_date(row: &Row<'_>, idx: usize) -> rusqlite::Result<Option<NaiveDate>> {
    Ok(parse_date(&text(row, idx)?))
}

pub(crate) fn parse_date(s: &str) -> Option<NaiveDate> {
    // Timestamps (« 2026-03-05T10:00:00Z ») start with their date.
    let day = s.trim().get(..10)?;
    NaiveDate::parse_from_str(day, DATE_FORMAT).ok()
}

pub(crate) fn date_sql(date: Option<NaiveDate>) -> Option<String> {
    date.map(|d| d.format(DATE_FORMAT).to_string())
}

/// Timestamp of a write, in UTC: the audit log is read across time zones and clock changes.
pub(crate) fn now() -> String {
    chrono::Utc::now().format("%Y-%m-%dT%H:%M:%SZ").to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn malformed_dates_are_unknown() {
        assert_eq!(parse_date("2026-03-05"), NaiveDate::from_ymd_opt(2026, 3, 5));
        assert_eq!(parse_date("2026-03-05T10:00:00Z"), NaiveDate::from_ymd_opt(2026, 3, 5));
        assert_eq!(parse_date("2026-02-31"), None);
        assert_eq!(parse_date("05/03/2026"), None);
        assert_eq!(parse_date("é"), None);
        assert_eq!(parse_date(""), None);
    }

    #[test]
    fn wrong_types_read_as_unknown() {
        let conn = rusqlite::Connection::open_in_memory().unwrap();
        let (a, b, c, d) = conn
            .query_row("SELECT 'x', X'00', '12', NULL", [], |r| {
                Ok((opt_i64(r, 0)?, text(r, 1)?, opt_i64(r, 2)?, flag(r, 3)?))
            })
            .unwrap();
        assert_eq!((a, b.as_str(), c, d), (None, "", Some(12), false));
    }
}
