//! « File active »: the persons followed, their alerts, the filter typed after `/` and the
//! full-text search it starts. The state is here; `update` has the keys.

pub mod update;

use chrono::NaiveDate;

use crate::domain::alerts::{Alert, AlertFacts, follow_up_alerts};
use crate::domain::person::{Person, PersonId, PersonStatus};
use crate::domain::text::fold;
use crate::store::{PersonSummary, SearchHit};

/// One row of the file active, with its alerts computed once when loaded (not at every frame).
#[derive(Debug, Clone, PartialEq)]
pub struct PersonRow {
    pub person: Person,
    /// Earliest open deadline of her plan (past ones included).
    pub next_deadline: Option<NaiveDate>,
    pub alerts: Vec<Alert>,
    /// Lowercased, accent-free text the filter matches against.
    pub haystack: String,
}

impl PersonRow {
    pub fn new(summary: PersonSummary, domains_total: usize, today: NaiveDate) -> PersonRow {
        let facts = AlertFacts {
            domains_total,
            domains_explored: summary.domains_explored.min(domains_total),
            last_contact: summary.person.last_contact,
            referral_date: summary.person.referral_date,
            late_actions: summary.late_actions,
            next_evaluation: summary.next_evaluation,
        };
        let alerts = follow_up_alerts(summary.person.status, &facts, today);
        let p = &summary.person;
        let haystack = fold(&format!("{} {} {}", p.pseudonym, p.dispositif, p.referral_source));
        PersonRow { person: summary.person, next_deadline: summary.next_deadline, alerts, haystack }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FileActiveState {
    pub selected: usize,
    /// The filter typed after `/`; `None` when the filter bar is closed.
    pub filter: Option<String>,
    pub show_archived: bool,
    /// What the current filter found in the diagnoses' text.
    pub text_hits: TextHits,
    pub order: CaseloadOrder,
}

/// The order of the file active, cycled with one key: who to call first is a matter of last
/// contact, of the next deadline or of the alerts as much as of names.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum CaseloadOrder {
    /// As typed: pseudonyms that start with the filter first, then those whose records match.
    #[default]
    Pseudonym,
    /// Longest silence first among those followed now; never contacted counts from the referral,
    /// like the alert.
    LastContact,
    /// The nearest deadline first; no deadline last.
    Deadline,
    /// Most alerts first.
    Alerts,
}

impl CaseloadOrder {
    pub fn next(self) -> CaseloadOrder {
        match self {
            CaseloadOrder::Pseudonym => CaseloadOrder::LastContact,
            CaseloadOrder::LastContact => CaseloadOrder::Deadline,
            CaseloadOrder::Deadline => CaseloadOrder::Alerts,
            CaseloadOrder::Alerts => CaseloadOrder::Pseudonym,
        }
    }

    /// Sorts rows (stably: equal keys keep the filter's order).
    pub(crate) fn sort(self, rows: &[PersonRow], order: &mut [usize]) {
        let followed = |r: &PersonRow| r.person.status == PersonStatus::Active && !r.person.archived;
        match self {
            CaseloadOrder::Pseudonym => {}
            // Those followed now come first: a closed accompaniment's old contact calls for nobody.
            CaseloadOrder::LastContact => order.sort_by_key(|i| {
                let r = &rows[*i];
                (!followed(r), r.person.last_contact.or(r.person.referral_date))
            }),
            CaseloadOrder::Deadline => order.sort_by_key(|i| {
                let r = &rows[*i];
                // No deadline goes last: `(true, None)` sorts after every `(false, Some(day))`.
                let due = r.next_deadline.filter(|_| followed(r));
                (due.is_none(), due)
            }),
            CaseloadOrder::Alerts => order.sort_by_key(|i| std::cmp::Reverse(rows[*i].alerts.len())),
        }
    }
}

/// Every passage the full-text search found for the filter, and the persons they belong to (a
/// sorted set: the file active asks « is she one of them? » for each row at every frame).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct TextHits {
    hits: Vec<SearchHit>,
    persons: Vec<PersonId>,
}

impl TextHits {
    pub fn new(hits: Vec<SearchHit>) -> TextHits {
        let mut persons: Vec<PersonId> = hits.iter().map(|h| h.person_id).collect();
        persons.sort_unstable();
        persons.dedup();
        TextHits { hits, persons }
    }

    pub fn is_empty(&self) -> bool {
        self.hits.is_empty()
    }

    /// How many passages were found, for every person.
    pub fn len(&self) -> usize {
        self.hits.len()
    }

    pub fn clear(&mut self) {
        *self = TextHits::default();
    }

    pub fn iter(&self) -> std::slice::Iter<'_, SearchHit> {
        self.hits.iter()
    }

    pub fn has(&self, person: PersonId) -> bool {
        self.persons.binary_search(&person).is_ok()
    }

    /// The passages found in one person's records, most recently written first.
    pub fn of(&self, person: PersonId) -> impl Iterator<Item = &SearchHit> {
        self.hits.iter().filter(move |h| h.person_id == person)
    }
}
