//! Why a case, or one of its records, is not written: its record and the reason, as values that
//! `i18n` says in the user's language. An imported case file is refused with these.

use chrono::NaiveDate;

use super::field::FieldError;

/// A record of a case, as the case file identifies it.
#[derive(Debug, Clone, PartialEq)]
pub enum CaseRecord {
    Person,
    /// The domain's key and the revision the file gives.
    Entry {
        domain: String,
        revision: i64,
    },
    Axis(i64),
    Objective(i64),
    Action(i64),
    /// A postponement of the action with this id.
    Postponement(i64),
    Tie(i64),
    Partner(i64),
    Journal(NaiveDate),
    Evaluation(NaiveDate),
}

/// What a link of the file points to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CaseLink {
    Axis,
    Objective,
    Action,
    Partner,
}

/// Why a record of a case file is refused.
#[derive(Debug, Clone, PartialEq)]
pub enum CaseRefusal {
    /// A text longer than a form takes: `chars` characters where `max` at most fit.
    TooLong { field: &'static str, chars: usize, max: usize },
    /// A date outside the years a form takes (1900–2199).
    DateOutOfRange { field: &'static str, date: NaiveDate },
    /// A rule the form enforces, in the form's own words.
    Rule(FieldError),
    /// A done action without the day it was done.
    DoneWithoutDate,
    /// The record's id (or the entry's revision) appears twice in the file.
    Twice,
    /// It names a record of this kind and id that the file does not carry.
    Missing(CaseLink, i64),
    /// It replaces a record that does not lead back to a first one (a loop, or one not in the file).
    ReplacesUnknown,
    /// A diagnosis entry without a domain.
    NoDomain,
    /// A revision below 1.
    RevisionBelowOne,
    /// Every « (2) » … « (9999) » suffix of the pseudonym is taken.
    NoFreePseudonym,
}

/// A record of the file and why it is refused.
pub type Refused = (CaseRecord, CaseRefusal);
