//! A person's whole case, read in one call: what the person screen, the scan, the documents and
//! the case file all start from.

use super::{Store, StoreError};
use crate::domain::case::Case;
use crate::domain::person::PersonId;

impl Store {
    /// Her card and every record of hers, evidence included (the free evidence about the practice
    /// is nobody's case). `NotFound` for an unknown person.
    pub fn case(&self, person: PersonId) -> Result<Case, StoreError> {
        let card = self.person(person)?;
        // She is known from here on: the lists need not ask again.
        let evidence = self.evidence_owned_by(Some(person))?;
        Ok(Case {
            person: card,
            diagnosis: self.all_entries(person)?,
            plan: self.plan(person)?,
            postponements: self.person_postponements(person)?,
            ties: self.ties(person)?,
            journal: self.journal_of_known(person)?,
            evaluations: self.evaluations_of_known(person)?,
            evidence,
        })
    }
}
