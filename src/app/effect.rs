//! Effects: what `update` asks the runtime to do. They are values, so tests can read them.

use crate::domain::diagnosis::DiagnosisEntry;
use crate::domain::person::{Person, PersonId};

#[derive(Debug, Clone, PartialEq)]
pub enum Effect {
    LoadPersons,
    LoadPerson(PersonId),
    /// Insert when `id == 0`, else update.
    SavePerson(Person),
    SetArchived(PersonId, bool),
    SaveEntry(DiagnosisEntry),
    LoadHistory(PersonId, String),
    Search(String),
    LoadDemo,
}
