//! export contacts / import contacts: the territory directory as vCard. Reading and writing the
//! format is pure (src/export/vcard.rs); this is the glue with the store and the files.

use std::path::Path;

use super::output::deliver;
use super::{Env, out};
use crate::domain::partner::Partner;
use crate::i18n::store_problem;
use crate::i18n::{Problem, problem};
use crate::interchange::vcard::{parse_partners, to_vcf};
use crate::store::partner::{find_by_name, insert};
use crate::store::{Store, StoreError};

/// What an import did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ContactsReport {
    pub imported: usize,
    /// Partners whose name (case ignored) was already in the directory, or earlier in the file:
    /// left as they are.
    pub already: usize,
}

pub fn export(env: &Env, dest: &str) -> Result<(), Problem> {
    let store = env.open_reader()?;
    let partners = store.partners(false).map_err(|e| store_problem(&e))?;
    deliver(env, dest, &to_vcf(&partners))
}

pub fn import(env: &Env, file: &Path) -> Result<(), Problem> {
    let bytes = crate::input::read_limited(file, crate::input::MAX_INPUT_BYTES)
        .map_err(|e| Problem::CannotRead(file.display().to_string(), crate::i18n::IoReason::of(&e)))?;
    // Every card is read and checked before the database is even opened.
    let partners = parse_partners(&bytes).map_err(Problem::InvalidVcard)?;
    let mut store = env.open_store()?;
    let report = import_partners(&mut store, &partners).map_err(|e| store_problem(&e))?;
    let msg = Problem::ContactsImported { imported: report.imported, already: report.already };
    out(&format!("{}\n", problem(env.lang, &msg)))
}

/// Adds the partners whose name the directory does not have yet, in one transaction: all of them
/// or, on any failure, none.
pub fn import_partners(store: &mut Store, partners: &[Partner]) -> Result<ContactsReport, StoreError> {
    let at = crate::store::columns::now();
    store.with_transaction(|tx| {
        let mut report = ContactsReport { imported: 0, already: 0 };
        for p in partners {
            if find_by_name(tx, &p.name)?.is_some() {
                report.already += 1;
            } else {
                insert(tx, &Partner { id: 0, archived: false, ..p.clone() }, &at)?;
                report.imported += 1;
            }
        }
        Ok(report)
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::partner::Sector;

    fn partner(name: &str) -> Partner {
        Partner { name: name.into(), sector: Sector::Social, ..Partner::new_draft() }
    }

    #[test]
    fn existing_names_are_skipped_and_counted() {
        let mut store = Store::open_in_memory().unwrap();
        store.save_partner(&partner("CCAS de la commune")).unwrap();
        let report = import_partners(
            &mut store,
            &[partner("ccas DE LA COMMUNE"), partner("Mission locale"), partner("MISSION LOCALE")],
        )
        .unwrap();
        assert_eq!(report, ContactsReport { imported: 1, already: 2 });
        let names: Vec<String> = store.partners(true).unwrap().into_iter().map(|p| p.name).collect();
        assert_eq!(names, ["CCAS de la commune", "Mission locale"]);
    }

    #[test]
    fn a_failed_insert_leaves_nothing_half_imported() {
        let mut store = Store::open_in_memory().unwrap();
        // The second name is empty once cleaned: the store refuses it after the first was inserted.
        let result = import_partners(&mut store, &[partner("Mission locale"), partner("\u{1b}\u{7}")]);
        assert!(result.is_err());
        assert!(store.partners(true).unwrap().is_empty());
    }
}
