//! export case / import case: a whole person as versioned JSON.

use std::path::Path;

use super::{Env, out};
use crate::app::runtime::store_problem;
use crate::export::case_json::{CaseError, export_case, import_case, parse_case};
use crate::i18n::{Problem, problem};
use crate::store::StoreError;

fn case_problem(e: CaseError) -> Problem {
    match e {
        CaseError::InvalidJson(msg) => Problem::InvalidJson(msg),
        CaseError::WrongFormat => Problem::WrongCaseFormat,
        CaseError::NewerVersion(v) => Problem::NewerCaseVersion(v),
        CaseError::Invalid(msg) => Problem::InvalidCase(msg),
        CaseError::Store(e) => store_problem(&e),
    }
}

pub fn export(env: &Env, person: &str, dest: &str) -> Result<(), Problem> {
    let store = env.open_store()?;
    let found = store.find_person(person).map_err(|e| match e {
        StoreError::NotFound => Problem::UnknownPerson(crate::domain::text::clean_line(person)),
        other => store_problem(&other),
    })?;
    let case = export_case(&store, found.id).map_err(case_problem)?;
    let mut json = serde_json::to_string_pretty(&case).map_err(|e| Problem::Storage(e.to_string()))?;
    json.push('\n');
    super::output::deliver(dest, &json)
}

pub fn import(env: &Env, file: &Path) -> Result<(), Problem> {
    let text =
        std::fs::read_to_string(file).map_err(|e| Problem::CannotRead(file.display().to_string(), e.to_string()))?;
    let case = parse_case(&text).map_err(case_problem)?;
    let mut store = env.open_store()?;
    let report = import_case(&mut store, &case).map_err(case_problem)?;
    let msg = Problem::Imported { pseudonym: report.pseudonym, renamed_from: report.renamed_from };
    out(&format!("{}\n", problem(env.lang, &msg)))
}
