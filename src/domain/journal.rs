//! The journal of the path: what happened, dated, in a few lines (a home visit, a call, a
//! concertation meeting, a hospitalisation, a rupture). The ground of every evaluation (C5).

use chrono::{NaiveDate, NaiveDateTime, NaiveTime};
use serde::{Deserialize, Serialize};

use super::partner::PartnerId;
use super::person::PersonId;

pub type JournalId = i64;

/// Longest summary kept: a journal entry is a note, not a report (a pasted report is refused).
pub const MAX_SUMMARY_CHARS: usize = 4000;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum JournalKind {
    Appointment,
    HomeVisit,
    Call,
    Concertation,
    Letter,
    Hospitalisation,
    Rupture,
    Transmission,
}

impl JournalKind {
    pub const ALL: [JournalKind; 8] = [
        JournalKind::HomeVisit,
        JournalKind::Appointment,
        JournalKind::Call,
        JournalKind::Concertation,
        JournalKind::Letter,
        JournalKind::Transmission,
        JournalKind::Hospitalisation,
        JournalKind::Rupture,
    ];

    pub fn code(self) -> &'static str {
        match self {
            JournalKind::Appointment => "appointment",
            JournalKind::HomeVisit => "home-visit",
            JournalKind::Call => "call",
            JournalKind::Concertation => "concertation",
            JournalKind::Letter => "letter",
            JournalKind::Hospitalisation => "hospitalisation",
            JournalKind::Rupture => "rupture",
            JournalKind::Transmission => "transmission",
        }
    }

    pub fn from_code(code: &str) -> Option<JournalKind> {
        JournalKind::ALL.into_iter().find(|k| k.code() == code)
    }

    /// A mark readable without colour, the same in the journal and on the timeline.
    pub fn symbol(self) -> &'static str {
        match self {
            JournalKind::Appointment => "◷",
            JournalKind::HomeVisit => "⌂",
            JournalKind::Call => "☎",
            JournalKind::Concertation => "⚭",
            JournalKind::Letter => "✉",
            JournalKind::Hospitalisation => "✚",
            JournalKind::Rupture => "⚡",
            JournalKind::Transmission => "⇄",
        }
    }

    /// Meeting or talking with the person: the card's « dernier contact » follows these.
    pub fn is_contact(self) -> bool {
        matches!(self, JournalKind::Appointment | JournalKind::HomeVisit | JournalKind::Call)
    }

    /// Events that change the course of the path: shown in the warning style.
    pub fn is_critical(self) -> bool {
        matches!(self, JournalKind::Hospitalisation | JournalKind::Rupture)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct JournalEntry {
    pub id: JournalId,
    pub person_id: PersonId,
    pub kind: JournalKind,
    pub date: NaiveDate,
    /// The hour when it matters (a call at 9:10); none for a letter.
    pub time: Option<NaiveTime>,
    pub summary: String,
    /// Partners of the territory involved, in the order given.
    pub partners: Vec<PartnerId>,
    /// Health details, a family conflict…: marked on screen, left out of exports unless asked for.
    pub sensitive: bool,
}

impl JournalEntry {
    pub fn new_draft(person_id: PersonId, today: NaiveDate) -> JournalEntry {
        JournalEntry {
            id: 0,
            person_id,
            kind: JournalKind::HomeVisit,
            date: today,
            time: None,
            summary: String::new(),
            partners: Vec::new(),
            sensitive: false,
        }
    }

    /// When it happened, for sorting: an entry without hour sorts at the start of its day.
    pub fn at(&self) -> NaiveDateTime {
        self.date.and_time(self.time.unwrap_or(NaiveTime::MIN))
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum JournalProblem {
    SummaryEmpty,
    SummaryTooLong,
    DateInFuture,
}

pub fn validate(e: &JournalEntry, today: NaiveDate) -> Vec<JournalProblem> {
    let mut out = Vec::new();
    if e.summary.trim().is_empty() {
        out.push(JournalProblem::SummaryEmpty);
    } else if e.summary.chars().count() > MAX_SUMMARY_CHARS {
        out.push(JournalProblem::SummaryTooLong);
    }
    if e.date > today {
        out.push(JournalProblem::DateInFuture);
    }
    out
}

/// Not an hour of the day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct BadTime;

/// Parses « 9:10 », « 09h10 », « 14h », « 14 h 30 »; `Ok(None)` when empty.
pub fn parse_time(input: &str) -> Result<Option<NaiveTime>, BadTime> {
    let s: String = input.chars().filter(|c| !c.is_whitespace()).collect::<String>().to_lowercase();
    if s.is_empty() {
        return Ok(None);
    }
    let (h, m) = match s.split_once([':', 'h']) {
        Some((h, m)) => (h, if m.is_empty() { "0" } else { m }),
        None => (s.as_str(), "0"),
    };
    let (Ok(h), Ok(m)) = (h.parse::<u32>(), m.parse::<u32>()) else { return Err(BadTime) };
    if m >= 60 {
        return Err(BadTime);
    }
    NaiveTime::from_hms_opt(h, m, 0).map(Some).ok_or(BadTime)
}

pub fn format_time(t: NaiveTime) -> String {
    t.format("%H:%M").to_string()
}

/// The journal filters of the tab: all of them must hold.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct JournalFilter {
    pub kind: Option<JournalKind>,
    pub partner: Option<PartnerId>,
    /// Entries on or after this day.
    pub since: Option<NaiveDate>,
    /// Lowercased, accent-free words that must all appear in the summary.
    pub words: Vec<String>,
}

impl JournalFilter {
    pub fn is_empty(&self) -> bool {
        self.kind.is_none() && self.partner.is_none() && self.since.is_none() && self.words.is_empty()
    }

    /// `folded` is the entry's summary lowercased without accents (computed once, not per frame).
    pub fn accepts(&self, e: &JournalEntry, folded: &str) -> bool {
        self.kind.is_none_or(|k| e.kind == k)
            && self.partner.is_none_or(|p| e.partners.contains(&p))
            && self.since.is_none_or(|d| e.date >= d)
            && self.words.iter().all(|w| folded.contains(w.as_str()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, d).unwrap()
    }

    #[test]
    fn times_in_french_forms() {
        let t = |h, m| Ok(Some(NaiveTime::from_hms_opt(h, m, 0).unwrap()));
        assert_eq!(parse_time("9:10"), t(9, 10));
        assert_eq!(parse_time("09h10"), t(9, 10));
        assert_eq!(parse_time("14h"), t(14, 0));
        assert_eq!(parse_time(" 14 h 30 "), t(14, 30));
        assert_eq!(parse_time("14"), t(14, 0));
        assert_eq!(parse_time(""), Ok(None));
        assert_eq!(parse_time("25:00"), Err(BadTime));
        assert_eq!(parse_time("10:75"), Err(BadTime));
        assert_eq!(parse_time("midi"), Err(BadTime));
        assert_eq!(format_time(NaiveTime::from_hms_opt(9, 5, 0).unwrap()), "09:05");
    }

    #[test]
    fn an_entry_needs_words_and_a_past_day() {
        let mut e = JournalEntry::new_draft(1, day(22));
        assert_eq!(validate(&e, day(22)), vec![JournalProblem::SummaryEmpty]);
        e.summary = "Visite à domicile : le frigo est vide.".into();
        e.date = day(23);
        assert_eq!(validate(&e, day(22)), vec![JournalProblem::DateInFuture]);
        e.date = day(21);
        assert!(validate(&e, day(22)).is_empty());
        e.summary = "é".repeat(MAX_SUMMARY_CHARS + 1);
        assert_eq!(validate(&e, day(22)), vec![JournalProblem::SummaryTooLong]);
    }

    #[test]
    fn filters_combine() {
        let mut e = JournalEntry::new_draft(1, day(10));
        e.kind = JournalKind::Call;
        e.partners = vec![7];
        let mut f = JournalFilter::default();
        assert!(f.is_empty() && f.accepts(&e, "appel du ssiad"));
        f.kind = Some(JournalKind::Call);
        f.partner = Some(7);
        f.since = Some(day(10));
        f.words = vec!["ssiad".into()];
        assert!(f.accepts(&e, "appel du ssiad"));
        f.since = Some(day(11));
        assert!(!f.accepts(&e, "appel du ssiad"));
        f.since = None;
        f.partner = Some(8);
        assert!(!f.accepts(&e, "appel du ssiad"));
        f.partner = None;
        f.words = vec!["ssiad".into(), "mdph".into()];
        assert!(!f.accepts(&e, "appel du ssiad"));
    }
}
