//! demo, list, check, backup, generate.

use std::path::{Path, PathBuf};

use serde::Serialize;

use super::{Env, out};
use crate::cli::ListFormat;
use crate::domain::person::Person;
use crate::domain::text::display;
use crate::export::person::write_problem;
use crate::i18n::store_problem;
use crate::i18n::{Problem, problem, status_label};
use crate::privacy::records::{Quoted, Scope, scan_evidence};
use crate::store::Store;

pub fn demo(env: &Env) -> Result<(), Problem> {
    let mut store = env.open_store()?;
    let added = crate::demo::load(&mut store, env.today).map_err(|e| store_problem(&e))?;
    let msg = if added == 0 { Problem::DemoAlreadyThere } else { Problem::DemoLoaded(added) };
    out(&format!("{}\n", problem(env.lang, &msg)))
}

#[derive(Serialize)]
struct ListedPerson<'a> {
    id: i64,
    pseudonym: &'a str,
    dispositif: &'a str,
    status: &'a str,
    fictitious: bool,
    archived: bool,
}

pub fn list(env: &Env, format: ListFormat) -> Result<(), Problem> {
    let store = env.open_reader()?;
    let persons = store.persons(true).map_err(|e| store_problem(&e))?;
    let text = match format {
        ListFormat::Json => {
            let listed: Vec<ListedPerson> = persons
                .iter()
                .map(|p| ListedPerson {
                    id: p.id,
                    pseudonym: &p.pseudonym,
                    dispositif: &p.dispositif,
                    status: p.status.code(),
                    fictitious: p.fictitious,
                    archived: p.archived,
                })
                .collect();
            let mut s = serde_json::to_string_pretty(&listed)
                .map_err(|_| Problem::Storage(crate::i18n::StorageFault::Other))?;
            s.push('\n');
            s
        }
        ListFormat::Text => persons
            .iter()
            .map(|p| {
                format!(
                    "{}\t{}\t{}\t{}\n",
                    p.id,
                    display(&p.pseudonym).replace('\n', " "),
                    display(&p.dispositif),
                    status_label(env.lang, p.status)
                )
            })
            .collect(),
    };
    out(&text)
}

pub fn check(env: &Env) -> Result<(), Problem> {
    let store = env.open_reader()?;
    let errors = store.integrity_check().map_err(|e| store_problem(&e))?;
    if !errors.is_empty() {
        return Err(Problem::CheckFailed(errors));
    }
    let version = store.schema_version().map_err(|e| store_problem(&e))?;
    let persons = store.persons(true).map_err(|e| store_problem(&e))?;
    out(&format!("{}\n", problem(env.lang, &Problem::CheckOk { version, persons: persons.len() })))?;
    report_identifiers(env, &store, &persons)
}

/// The anonymity scan over every case and the reflective notes of the DPP evidence: findings
/// listed by person and record, then counted. They are warnings, not a failure: the database is
/// sound, the exports will refuse them.
fn report_identifiers(env: &Env, store: &Store, persons: &[Person]) -> Result<(), Problem> {
    let domains = env.config.domains();
    let (mut items, mut cases) = (0, 0);
    let mut lines = String::new();
    let evidence = store.evidence(None).map_err(|e| store_problem(&e))?;
    // The note only: the records it points to are scanned with their case.
    let notes = |of: Option<i64>| -> Vec<Quoted<'_>> {
        evidence
            .iter()
            .filter(|e| e.person_id == of)
            .map(|e| Quoted { competency: e.competency, date: e.date, note: &e.note, title: "", excerpt: "" })
            .collect()
    };
    for person in persons {
        // Only her own pseudonym is exempt: « Léo » in Inès's notes is someone else.
        let pseudonyms = std::slice::from_ref(&person.pseudonym);
        let source = crate::export::person::CaseSource::load(store, person.id)?;
        let found = crate::export::person::findings(&source, Scope::Case);
        let in_notes = scan_evidence(&notes(Some(person.id)), pseudonyms);
        if found.is_empty() && in_notes.is_empty() {
            continue;
        }
        cases += 1;
        items += found.len() + in_notes.len();
        lines.push_str(&super::findings::listing(env.lang, &domains, &person.pseudonym, found));
        lines.push_str(&super::findings::evidence_listing(env.lang, &person.pseudonym, in_notes));
    }
    // Free notes about the practice may name any situation by its pseudonym.
    let pseudonyms: Vec<String> = persons.iter().map(|p| p.pseudonym.clone()).collect();
    let in_free = scan_evidence(&notes(None), &pseudonyms);
    if !in_free.is_empty() {
        cases += 1;
        items += in_free.len();
        let practice = crate::export::dpp_text::dpp_words(env.lang, crate::export::dpp_text::DppText::Practice);
        lines.push_str(&super::findings::evidence_listing(env.lang, practice, in_free));
    }
    if items > 0 {
        lines.push_str(&problem(env.lang, &Problem::IdentifiersInRecords(items, cases)));
        lines.push('\n');
    }
    out(&lines)
}

pub fn backup(env: &Env, dest: Option<PathBuf>) -> Result<(), Problem> {
    let store = env.open_reader()?;
    let written = match dest {
        Some(dest) => store.backup_to(&dest).map(|()| dest.clone()).map_err(|e| write_problem(&dest, e)),
        None => store.backup_to_folder().map_err(|e| {
            let folder = env.data_dir.as_deref().unwrap_or(Path::new(".")).join("backups");
            write_problem(&folder, e)
        }),
    }?;
    out(&format!("{}\n", problem(env.lang, &Problem::BackupDone(written.display().to_string()))))
}

pub fn generate(env: &Env, persons: usize, entries: usize, seed: u64) -> Result<(), Problem> {
    let mut store = env.open_store()?;
    crate::synthetic::generate(&mut store, persons, entries, seed).map_err(|e| store_problem(&e))?;
    out(&format!("{}\n", problem(env.lang, &Problem::Generated(persons))))
}
