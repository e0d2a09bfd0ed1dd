//! The SQLite store on real temporary folders: round-trips, revisions, audit, search, and the
//! refusals that protect the user's file (second instance, foreign file, newer schema, permissions).

use chrono::NaiveDate;
use parcours::domain::diagnosis::{DiagnosisEntry, Need, Priority};
use parcours::domain::person::{AgeBand, Person, PersonStatus};
use parcours::store::{DB_FILE, LATEST_SCHEMA, Store, StoreError};

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn person(pseudonym: &str) -> Person {
    let mut p = Person::new_draft(day(2026, 3, 2));
    p.pseudonym = pseudonym.into();
    p
}

fn full_person() -> Person {
    Person {
        id: 0,
        pseudonym: "Mme A.".into(),
        birth_year: Some(1961),
        age_band: Some(AgeBand::From60To74),
        dispositif: "PCPE".into(),
        referral_date: Some(day(2025, 11, 4)),
        referral_source: "médecin traitant".into(),
        status: PersonStatus::Paused,
        fictitious: true,
        consent_date: Some(day(2025, 11, 18)),
        consent_scope: "Échanges avec le CMP.\nPas avec l'employeur.".into(),
        last_contact: Some(day(2026, 2, 27)),
        archived: false,
    }
}

fn entry(person: i64, domain: &str, situation: &str) -> DiagnosisEntry {
    let mut e = DiagnosisEntry::new_draft(person, domain, day(2026, 3, 2));
    e.situation = situation.into();
    e
}

fn open(dir: &std::path::Path) -> Store {
    Store::open(dir).unwrap()
}

#[test]
fn person_and_entries_round_trip() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = open(dir.path());
    let id = store.insert_person(&full_person()).unwrap();
    assert_eq!(store.person(id).unwrap(), Person { id, ..full_person() });

    let mut e = entry(id, "logement", "Loyer impayé depuis trois mois.");
    e.person_words = "« Je veux rester chez moi. »".into();
    e.needs = vec![
        Need { text: "Maintien dans le logement".into(), serafin_code: Some("1.3.2.1".into()) },
        Need { text: "Gestion du budget".into(), serafin_code: None },
    ];
    e.resources = "Sœur présente".into();
    e.risks = "Expulsion".into();
    e.priority_person = Priority::High;
    e.priority_referent = Priority::Medium;
    e.source = "visite à domicile".into();
    e.co_built = true;
    let saved = store.save_entry(&e).unwrap();
    assert_eq!(saved.revision, 1);
    assert!(saved.id > 0);
    assert_eq!(saved, DiagnosisEntry { id: saved.id, revision: 1, ..e });
    drop(store);

    // What was committed is there after closing and reopening.
    let store = open(dir.path());
    assert_eq!(store.latest_entries(id).unwrap(), vec![saved.clone()]);
    assert_eq!(store.person(id).unwrap().consent_scope, full_person().consent_scope);
    assert_eq!(store.schema_version().unwrap(), LATEST_SCHEMA);
    assert_eq!(store.integrity_check().unwrap(), Vec::<String>::new());
    assert_eq!(store.path(), Some(dir.path().join(DB_FILE).as_path()));
}

#[test]
fn each_save_is_a_revision_and_an_unchanged_save_is_none() {
    let mut store = Store::open_in_memory().unwrap();
    let id = store.insert_person(&person("M. B.")).unwrap();
    let first = store.save_entry(&entry(id, "sante", "Diabète.")).unwrap();
    let second = store.save_entry(&entry(id, "sante", "Diabète mal équilibré.")).unwrap();
    assert_eq!((first.revision, second.revision), (1, 2));

    let history = store.entry_history(id, "sante").unwrap();
    assert_eq!(history.iter().map(|e| e.revision).collect::<Vec<_>>(), vec![2, 1]);
    assert_eq!(history[1].situation, "Diabète.");

    let again = store.save_entry(&DiagnosisEntry { id: 99, revision: 7, ..second.clone() }).unwrap();
    assert_eq!(again, second);
    assert_eq!(store.entry_history(id, "sante").unwrap().len(), 2);
    // Cleaning happens before the comparison: a stray control character is no new revision.
    let again = store.save_entry(&entry(id, "sante", "Diabète mal équilibré.\u{7}")).unwrap();
    assert_eq!(again.revision, 2);

    store.save_entry(&entry(id, "logement", "Hébergée chez sa sœur.")).unwrap();
    let latest = store.latest_entries(id).unwrap();
    assert_eq!(
        latest.iter().map(|e| (e.domain.as_str(), e.revision)).collect::<Vec<_>>(),
        [("logement", 1), ("sante", 2)]
    );
}

#[test]
fn every_write_leaves_one_audit_row() {
    let mut store = Store::open_in_memory().unwrap();
    assert_eq!(store.audit_count().unwrap(), 0);
    let id = store.insert_person(&person("Léo, 15 ans")).unwrap();
    assert_eq!(store.audit_count().unwrap(), 1);
    store.update_person(&Person { id, dispositif: "ASE".into(), ..person("Léo, 15 ans") }).unwrap();
    assert_eq!(store.audit_count().unwrap(), 2);
    store.set_archived(id, true).unwrap();
    assert_eq!(store.audit_count().unwrap(), 3);
    let e = store.save_entry(&entry(id, "scolarite", "Absences répétées.")).unwrap();
    assert_eq!(store.audit_count().unwrap(), 4);
    store.save_entry(&e).unwrap();
    assert_eq!(store.audit_count().unwrap(), 4, "an unchanged save writes nothing");
    // A refused write leaves no trace either.
    assert!(store.insert_person(&person("LÉO, 15 ANS")).is_err());
    assert!(matches!(store.set_archived(id + 100, true), Err(StoreError::NotFound)));
    assert_eq!(store.audit_count().unwrap(), 4);
}

#[test]
fn missing_records_are_not_found() {
    let mut store = Store::open_in_memory().unwrap();
    assert!(matches!(store.person(42), Err(StoreError::NotFound)));
    assert!(matches!(store.update_person(&Person { id: 42, ..person("X") }), Err(StoreError::NotFound)));
    assert!(matches!(store.save_entry(&entry(42, "sante", "x")), Err(StoreError::NotFound)));
    assert!(store.persons(true).unwrap().is_empty());
}

#[test]
fn text_is_cleaned_before_it_is_stored() {
    let mut store = Store::open_in_memory().unwrap();
    let id = store.insert_person(&person("  Mme\u{1b}[2J C.\n")).unwrap();
    assert_eq!(store.person(id).unwrap().pseudonym, "Mme[2J C.");
    let saved = store.save_entry(&entry(id, "sante", "a\u{1b}]0;titre\u{7}b\r\nc")).unwrap();
    assert_eq!(saved.situation, "a]0;titreb\nc");
    assert_eq!(store.latest_entries(id).unwrap()[0].situation, "a]0;titreb\nc");
}

#[test]
fn pseudonyms_are_unique_whatever_the_case() {
    let mut store = Store::open_in_memory().unwrap();
    let a = store.insert_person(&person("Élodie")).unwrap();
    assert!(store.pseudonym_taken(" ÉLODIE ", None).unwrap());
    assert!(!store.pseudonym_taken("élodie", Some(a)).unwrap());
    assert!(matches!(store.insert_person(&person("élodie")), Err(StoreError::Invalid(_))));
    assert!(matches!(store.insert_person(&person(" \u{7} ")), Err(StoreError::Invalid(_))));
    let b = store.insert_person(&person("Emma")).unwrap();
    assert!(matches!(store.update_person(&Person { id: b, ..person("ÉLODIE") }), Err(StoreError::Invalid(_))));
}

#[test]
fn persons_sorted_and_found_by_id_or_pseudonym() {
    let mut store = Store::open_in_memory().unwrap();
    let zoe = store.insert_person(&person("zoé")).unwrap();
    let elise = store.insert_person(&person("Élise")).unwrap();
    let anna = store.insert_person(&person("Anna")).unwrap();
    let emma = store.insert_person(&person("emma")).unwrap();
    let order: Vec<i64> = store.persons(false).unwrap().iter().map(|p| p.id).collect();
    assert_eq!(order, vec![anna, elise, emma, zoe]);

    assert_eq!(store.find_person(&elise.to_string()).unwrap().id, elise);
    assert_eq!(store.find_person("  ÉLISE ").unwrap().id, elise);
    assert_eq!(store.find_person("ZOÉ").unwrap().id, zoe);
    assert!(matches!(store.find_person("Eli"), Err(StoreError::NotFound)));
    assert!(matches!(store.find_person("999"), Err(StoreError::NotFound)));

    store.set_archived(zoe, true).unwrap();
    assert_eq!(store.persons(false).unwrap().len(), 3);
    assert_eq!(store.persons(true).unwrap().len(), 4);
    assert!(store.person(zoe).unwrap().archived);
    // update_person does not touch the archive flag: archiving has its own audited write.
    store.update_person(&Person { id: zoe, archived: false, ..person("Zoé") }).unwrap();
    assert!(store.person(zoe).unwrap().archived);
    store.set_archived(zoe, false).unwrap();
    assert!(!store.person(zoe).unwrap().archived);
}

#[test]
fn summaries_count_domains_explored_in_their_latest_revision() {
    let mut store = Store::open_in_memory().unwrap();
    let a = store.insert_person(&person("Mme A.")).unwrap();
    let b = store.insert_person(&person("M. B.")).unwrap();
    let archived = store.insert_person(&person("M. C.")).unwrap();
    store.set_archived(archived, true).unwrap();
    store.save_entry(&entry(a, "sante", "Suivi régulier.")).unwrap();
    store.save_entry(&entry(a, "sante", "Suivi interrompu.")).unwrap();
    store.save_entry(&entry(a, "logement", "Stable.")).unwrap();
    // Emptied in its latest revision: no longer explored.
    store.save_entry(&entry(a, "emploi", "En recherche.")).unwrap();
    store.save_entry(&entry(a, "emploi", "")).unwrap();
    let mut needs_only = entry(b, "droits", "");
    needs_only.needs.push(Need { text: "Ouverture des droits".into(), serafin_code: None });
    store.save_entry(&needs_only).unwrap();

    let summaries = store.person_summaries(false).unwrap();
    let counts: Vec<(&str, usize)> =
        summaries.iter().map(|s| (s.person.pseudonym.as_str(), s.domains_explored)).collect();
    assert_eq!(counts, vec![("M. B.", 1), ("Mme A.", 2)]);
    assert_eq!(store.person_summaries(true).unwrap().len(), 3);
    assert_eq!(summaries[1].person, store.person(a).unwrap());
}

#[test]
fn search_ignores_accents_and_reports_latest_revisions() {
    let mut store = Store::open_in_memory().unwrap();
    let a = store.insert_person(&Person { dispositif: "PAG-MDPH".into(), ..person("Mme A.") }).unwrap();
    let mut e = entry(a, "sante", "Santé fragile, rendez-vous manqués.");
    e.risks = "Expulsion locative".into();
    store.save_entry(&e).unwrap();

    let hits = store.search("sante", 10).unwrap();
    assert_eq!(hits.len(), 1);
    assert_eq!(
        (hits[0].person_id, hits[0].pseudonym.as_str(), hits[0].domain.as_deref()),
        (a, "Mme A.", Some("sante"))
    );
    assert!(hits[0].snippet.contains("[Santé]"), "{}", hits[0].snippet);
    assert!(!hits[0].snippet.chars().any(char::is_control));

    assert_eq!(store.search("expulsion", 10).unwrap().len(), 1);
    assert_eq!(store.search("EXPULS rendez", 10).unwrap().len(), 1, "prefixes, all words");
    assert!(store.search("expulsion hôpital", 10).unwrap().is_empty());

    let by_person = store.search("mdph", 10).unwrap();
    assert_eq!(by_person.len(), 1);
    assert_eq!((by_person[0].person_id, by_person[0].domain.clone()), (a, None));

    // A later revision replaces the earlier one in the index.
    store.save_entry(&entry(a, "sante", "Suivi repris au CMP.")).unwrap();
    assert!(store.search("expulsion", 10).unwrap().is_empty());
    assert_eq!(store.search("cmp", 10).unwrap().len(), 1);
    // And a renamed person is found by her new pseudonym only.
    store.update_person(&Person { id: a, ..person("Mme Z.") }).unwrap();
    assert_eq!(store.search("cmp", 10).unwrap()[0].pseudonym, "Mme Z.");
    assert!(store.search("mdph", 10).unwrap().is_empty());
    assert_eq!(store.search("sante", 0).unwrap().len(), 0);
}

#[test]
fn hostile_queries_are_only_text() {
    let mut store = Store::open_in_memory().unwrap();
    let a = store.insert_person(&person("Mme A.")).unwrap();
    store.save_entry(&entry(a, "sante", "Rendez-vous AND près du NEAR centre.")).unwrap();
    for q in
        ["\"", "*", "AND (", "NEAR", "NEAR(a b)", "😀", "", "   ", "-", "a:b", "^", "'", "\u{1b}[2J", "OR OR", "\0"]
    {
        assert!(store.search(q, 10).is_ok(), "{q:?}");
    }
    assert_eq!(store.search("AND (", 10).unwrap().len(), 1);
    assert_eq!(store.search("near 😀", 10).unwrap().len(), 1);
    assert!(store.search("😀", 10).unwrap().is_empty());
}

#[test]
fn a_second_instance_is_refused_while_the_first_is_open() {
    let dir = tempfile::tempdir().unwrap();
    let first = open(dir.path());
    assert!(matches!(Store::open(dir.path()), Err(StoreError::AlreadyOpen { .. })));
    drop(first);
    assert!(Store::open(dir.path()).is_ok());
}

#[test]
fn random_bytes_are_not_a_database_and_stay_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join(DB_FILE);
    let mut state = 0x2545_f491_4f6c_dd1du64;
    let bytes: Vec<u8> = (0..8192)
        .map(|_| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state as u8
        })
        .collect();
    std::fs::write(&db, &bytes).unwrap();
    assert!(matches!(Store::open(dir.path()), Err(StoreError::NotADatabase { .. })));
    assert_eq!(std::fs::read(&db).unwrap(), bytes);

    // A valid header over damaged content is caught too.
    let mut damaged = b"SQLite format 3\0".to_vec();
    damaged.extend_from_slice(&bytes);
    std::fs::write(&db, &damaged).unwrap();
    assert!(matches!(Store::open(dir.path()), Err(StoreError::NotADatabase { .. })));
    assert_eq!(std::fs::read(&db).unwrap(), damaged);
}

#[test]
fn a_newer_schema_is_refused_and_left_untouched() {
    // Also in WAL mode, as a newer parcours would leave it.
    for journal_mode in ["DELETE", "WAL"] {
        let dir = tempfile::tempdir().unwrap();
        let db = dir.path().join(DB_FILE);
        {
            let mut store = open(dir.path());
            store.insert_person(&person("Mme A.")).unwrap();
        }
        {
            let conn = rusqlite::Connection::open(&db).unwrap();
            conn.pragma_update(None, "journal_mode", journal_mode).unwrap();
            conn.pragma_update(None, "user_version", LATEST_SCHEMA + 5).unwrap();
        }
        let before = std::fs::read(&db).unwrap();
        match Store::open(dir.path()) {
            Err(StoreError::NewerSchema { found, supported }) => {
                assert_eq!((found, supported), (LATEST_SCHEMA + 5, LATEST_SCHEMA))
            }
            other => panic!("expected NewerSchema, got {:?}", other.map(|_| ())),
        }
        assert_eq!(std::fs::read(&db).unwrap(), before, "{journal_mode}");
    }
}

#[test]
fn reopening_a_current_database_migrates_nothing() {
    let dir = tempfile::tempdir().unwrap();
    drop(open(dir.path()));
    let store = open(dir.path());
    assert!(store.last_migration().is_none());
    assert!(!dir.path().join("backups").exists());
    assert_eq!(store.schema_version().unwrap(), LATEST_SCHEMA);
}

#[test]
fn online_backup_is_a_complete_private_copy() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = open(&dir.path().join("data"));
    let id = store.insert_person(&person("Mme A.")).unwrap();
    store.save_entry(&entry(id, "sante", "Santé fragile.")).unwrap();
    let dest = dir.path().join("copie.db");
    std::fs::write(&dest, b"previous backup").unwrap();
    store.backup_to(&dest).unwrap();
    assert!(matches!(store.backup_to(store.path().unwrap()), Err(StoreError::BaseFile { .. })));
    drop(store);

    let copy_dir = dir.path().join("restored");
    std::fs::create_dir(&copy_dir).unwrap();
    std::fs::copy(&dest, copy_dir.join(DB_FILE)).unwrap();
    let restored = open(&copy_dir);
    assert_eq!(restored.person(id).unwrap().pseudonym, "Mme A.");
    assert_eq!(restored.search("sante", 5).unwrap().len(), 1);
    #[cfg(unix)]
    assert_eq!(mode(&dest), 0o600);
}

#[test]
fn malformed_stored_values_read_as_unknown() {
    let dir = tempfile::tempdir().unwrap();
    let id = {
        let mut store = open(dir.path());
        let id = store.insert_person(&full_person()).unwrap();
        store.save_entry(&entry(id, "sante", "x")).unwrap();
        id
    };
    {
        let conn = rusqlite::Connection::open(dir.path().join(DB_FILE)).unwrap();
        conn.execute(
            "UPDATE person SET referral_date = '31/02/2026', consent_date = 'hier', birth_year = 'vers 1960', \
             age_band = 'adulte' WHERE id = ?1",
            [id],
        )
        .unwrap();
        conn.execute(
            "INSERT INTO diagnosis_entry (person_id, domain, revision, date, created_at) \
             VALUES (?1, 'logement', 1, 'pas de date', '2026-03-04T10:00:00Z')",
            [id],
        )
        .unwrap();
    }
    let store = open(dir.path());
    let p = store.person(id).unwrap();
    assert_eq!((p.referral_date, p.consent_date, p.birth_year, p.age_band), (None, None, None, None));
    assert_eq!(p.last_contact, full_person().last_contact);
    let logement = store.entry_history(id, "logement").unwrap();
    assert_eq!(logement[0].date, day(2026, 3, 4), "falls back on the day it was written");
}

#[cfg(unix)]
fn mode(path: &std::path::Path) -> u32 {
    use std::os::unix::fs::PermissionsExt;
    std::fs::metadata(path).unwrap().permissions().mode() & 0o777
}

#[cfg(unix)]
#[test]
fn folder_and_files_are_private() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("deep").join("parcours");
    let mut store = open(&data);
    store.insert_person(&person("Mme A.")).unwrap();
    assert_eq!(mode(&data), 0o700);
    assert_eq!(mode(&dir.path().join("deep")), 0o700);
    assert_eq!(mode(&data.join(DB_FILE)), 0o600);
    assert_eq!(mode(&data.join("parcours.lock")), 0o600);
    for side in ["parcours.db-wal", "parcours.db-shm"] {
        let path = data.join(side);
        if path.exists() {
            assert_eq!(mode(&path), 0o600, "{side}");
        }
    }
}

#[cfg(unix)]
#[test]
fn a_read_only_folder_is_reported() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    std::fs::create_dir(&data).unwrap();
    std::fs::set_permissions(&data, std::fs::Permissions::from_mode(0o500)).unwrap();
    // root (as in some containers) writes anyway: then there is nothing to observe.
    let probe = data.join("probe");
    if std::fs::write(&probe, b"x").is_ok() {
        std::fs::remove_file(&probe).unwrap();
        std::fs::set_permissions(&data, std::fs::Permissions::from_mode(0o700)).unwrap();
        return;
    }
    let result = Store::open(&data);
    std::fs::set_permissions(&data, std::fs::Permissions::from_mode(0o700)).unwrap();
    assert!(matches!(result, Err(StoreError::FolderNotWritable { .. })), "{:?}", result.map(|_| ()));

    let parent = dir.path().join("locked");
    std::fs::create_dir(&parent).unwrap();
    std::fs::set_permissions(&parent, std::fs::Permissions::from_mode(0o500)).unwrap();
    let result = Store::open(&parent.join("data"));
    std::fs::set_permissions(&parent, std::fs::Permissions::from_mode(0o700)).unwrap();
    assert!(matches!(result, Err(StoreError::FolderNotWritable { .. })), "{:?}", result.map(|_| ()));
}
