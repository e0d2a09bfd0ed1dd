//! The « Journal » tab's state: the filters and the selection over the person's entries (in her
//! case, oldest first).

pub mod effects;
pub mod form;
pub mod update;

use chrono::{Months, NaiveDate};

use crate::domain::journal::{JournalEntry, JournalFilter, JournalKind};
use crate::domain::partner::PartnerId;
use crate::domain::text::fold;

/// How far back the journal looks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Period {
    #[default]
    Whole,
    Month,
    Quarter,
    Year,
}

impl Period {
    pub fn next(self) -> Period {
        match self {
            Period::Whole => Period::Month,
            Period::Month => Period::Quarter,
            Period::Quarter => Period::Year,
            Period::Year => Period::Whole,
        }
    }

    /// The first day shown, for a journal read on `today`.
    pub fn since(self, today: NaiveDate) -> Option<NaiveDate> {
        let months = match self {
            Period::Whole => return None,
            Period::Month => 1,
            Period::Quarter => 3,
            Period::Year => 12,
        };
        today.checked_sub_months(Months::new(months))
    }
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct JournalState {
    /// Each entry's summary lowercased without accents, computed once when loaded.
    folded: Vec<String>,
    pub kind: Option<JournalKind>,
    pub partner: Option<PartnerId>,
    pub period: Period,
    /// What was typed after `/`; `None` when the search line is closed.
    pub query: Option<String>,
    /// Typing goes to the search line rather than to the key bindings.
    pub editing: bool,
    /// Index into `visible()` of the selected entry.
    pub selected: usize,
    /// The entry to select when the journal comes back (one just saved).
    pub pending: Option<i64>,
}

/// Each method that reads the entries takes them as `entries`: `case.journal`, oldest first.
impl JournalState {
    /// The entries were read again: their summaries folded for the search, and the selection put
    /// on the one just saved.
    pub fn read(&mut self, entries: &[JournalEntry]) {
        self.folded = entries.iter().map(|e| fold(&e.summary)).collect();
        if let Some(id) = self.pending.take() {
            // A saved entry may be outside the filters: they are lifted so that she sees it.
            if let Some(i) = self.visible_on(entries, None).iter().position(|i| entries[*i].id == id) {
                self.selected = i;
            } else {
                self.clear_filters();
                self.selected = self.visible_on(entries, None).iter().position(|i| entries[*i].id == id).unwrap_or(0);
            }
        }
    }

    pub fn clear_filters(&mut self) {
        self.kind = None;
        self.partner = None;
        self.period = Period::Whole;
        self.query = None;
        self.editing = false;
    }

    pub fn filter(&self, today: Option<NaiveDate>) -> JournalFilter {
        let words = self.query.as_deref().map(fold).unwrap_or_default();
        JournalFilter {
            kind: self.kind,
            partner: self.partner,
            since: today.and_then(|t| self.period.since(t)),
            words: words.split_whitespace().map(String::from).collect(),
        }
    }

    /// Indices into `entries` of what the filters let through, newest first.
    pub fn visible_on(&self, entries: &[JournalEntry], today: Option<NaiveDate>) -> Vec<usize> {
        let filter = self.filter(today);
        let accepts = |i: usize| match self.folded.get(i) {
            Some(folded) => filter.accepts(&entries[i], folded),
            // Entries not read through `read` yet: folded on the spot.
            None => filter.accepts(&entries[i], &fold(&entries[i].summary)),
        };
        (0..entries.len()).rev().filter(|i| accepts(*i)).collect()
    }

    pub fn selected_entry<'a>(&self, entries: &'a [JournalEntry], today: NaiveDate) -> Option<&'a JournalEntry> {
        self.visible_on(entries, Some(today)).get(self.selected).and_then(|i| entries.get(*i))
    }

    /// The partners named in the journal, in the order they first appear: what the partner filter
    /// cycles through.
    pub fn partners_named(&self, entries: &[JournalEntry]) -> Vec<PartnerId> {
        let mut out: Vec<PartnerId> = Vec::new();
        for e in entries {
            for p in &e.partners {
                if !out.contains(p) {
                    out.push(*p);
                }
            }
        }
        out
    }

    pub fn clamp(&mut self, entries: &[JournalEntry], today: NaiveDate) {
        let len = self.visible_on(entries, Some(today)).len();
        self.selected = self.selected.min(len.saturating_sub(1));
    }
}

/// The next value of an optional filter among `values`: none → first → … → last → none.
pub fn cycle<T: Copy + PartialEq>(current: Option<T>, values: &[T]) -> Option<T> {
    match current.and_then(|c| values.iter().position(|v| *v == c)) {
        None => values.first().copied(),
        Some(i) => values.get(i + 1).copied(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, m, d).unwrap()
    }

    fn entry(id: i64, date: NaiveDate, kind: JournalKind, summary: &str, partners: Vec<PartnerId>) -> JournalEntry {
        JournalEntry { id, kind, summary: summary.into(), partners, ..JournalEntry::new_draft(1, date) }
    }

    fn state() -> (JournalState, Vec<JournalEntry>) {
        let mut s = JournalState::default();
        let entries = vec![
            entry(1, day(3, 2), JournalKind::HomeVisit, "Visite : frigo vide", vec![]),
            entry(2, day(9, 14), JournalKind::Call, "Appel de l’infirmière du SSIAD", vec![4]),
            entry(3, day(11, 20), JournalKind::Concertation, "Réunion avec le SSIAD et l’ESAT", vec![4, 9]),
        ];
        s.read(&entries);
        (s, entries)
    }

    #[test]
    fn newest_first_and_filters_combine() {
        let (mut s, entries) = state();
        let ids = |s: &JournalState| -> Vec<i64> {
            s.visible_on(&entries, Some(day(11, 22))).iter().map(|i| entries[*i].id).collect()
        };
        assert_eq!(ids(&s), [3, 2, 1]);
        s.period = Period::Quarter;
        assert_eq!(ids(&s), [3, 2]);
        s.period = Period::Whole;
        s.query = Some("infirmiere".into());
        assert_eq!(ids(&s), [2]);
        s.query = None;
        s.partner = Some(9);
        assert_eq!(ids(&s), [3]);
        assert_eq!(s.partners_named(&entries), [4, 9]);
    }

    #[test]
    fn a_saved_entry_outside_the_filters_lifts_them() {
        let (mut s, entries) = state();
        s.kind = Some(JournalKind::Call);
        s.pending = Some(1);
        s.read(&entries);
        assert_eq!(s.kind, None);
        assert_eq!(s.selected_entry(&entries, day(11, 22)).map(|e| e.id), Some(1));
    }

    #[test]
    fn cycling_an_optional_filter() {
        assert_eq!(cycle(None, &[1, 2]), Some(1));
        assert_eq!(cycle(Some(1), &[1, 2]), Some(2));
        assert_eq!(cycle(Some(2), &[1, 2]), None);
        assert_eq!(cycle::<i32>(None, &[]), None);
    }
}
