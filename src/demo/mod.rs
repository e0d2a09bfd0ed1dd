//! The bundled fictitious situations: what a new user explores first and every screenshot shows.

mod situations;

pub use situations::{DemoSituation, situations};

use chrono::NaiveDate;

use crate::store::{Store, StoreError};

/// Adds the demo situations whose pseudonym is not already in the database, so running it twice
/// changes nothing. Returns how many persons were added.
pub fn load(store: &mut Store, today: NaiveDate) -> Result<usize, StoreError> {
    let mut added = 0;
    for situation in situations(today) {
        if store.pseudonym_taken(&situation.person.pseudonym, None)? {
            continue;
        }
        let id = store.insert_person(&situation.person)?;
        for entry in &situation.entries {
            let entry = crate::domain::diagnosis::DiagnosisEntry { person_id: id, ..entry.clone() };
            store.save_entry(&entry)?;
        }
        added += 1;
    }
    Ok(added)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn loading_twice_adds_nothing_the_second_time() {
        let today = NaiveDate::from_ymd_opt(2026, 11, 22).unwrap();
        let mut store = Store::open_in_memory().unwrap();
        let first = load(&mut store, today).unwrap();
        assert_eq!(first, situations(today).len());
        assert_eq!(load(&mut store, today).unwrap(), 0);
        let persons = store.persons(true).unwrap();
        assert_eq!(persons.len(), first);
        let leo = persons.iter().find(|p| p.pseudonym.starts_with("Léo")).unwrap();
        let latest = store.latest_entries(leo.id).unwrap();
        assert_eq!(latest.len(), 10);
        assert!(latest.iter().any(|e| e.revision >= 2), "demo shows revisions");
    }
}
