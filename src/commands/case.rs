//! export case / import case: a whole person as versioned JSON.

use std::path::Path;

use super::output::{Export, deliver_anonymous};
use super::{Env, out};
use crate::export::case_json::{CaseError, import_case, parse_case};
use crate::i18n::store_problem;
use crate::i18n::{Problem, problem};
use crate::privacy::records::Scope;

/// Why a case file could not be imported. What the database refused is kept in the log as a kind,
/// for whoever looks into it.
fn case_problem(env: &Env, e: CaseError) -> Problem {
    if let (CaseError::Store(store), Some(dir)) = (&e, &env.data_dir) {
        let event = crate::log::LogEvent::Failed { effect: "import_case", category: store.into() };
        crate::log::append(&crate::log::log_path(dir), &event);
    }
    match e {
        CaseError::Json(p) => Problem::InvalidJson(p),
        CaseError::WrongFormat => Problem::WrongCaseFormat,
        CaseError::NewerVersion(v) => Problem::NewerCaseVersion(v),
        CaseError::Refused(record, why) => {
            // The command line has no keymap of the user's form in front of her: it names the
            // default keymap's keys, as the help of the interface does out of the box.
            let keymap = crate::app::keymap::Keymap::default_keymap();
            let keys = keymap.names(env.lang);
            Problem::InvalidCase(crate::i18n::case::refusal(env.lang, &env.config.domains(), &record, &why, &keys))
        }
        // A rule only the database checks: said as a refusal of the case, like the others.
        CaseError::Store(crate::store::StoreError::Invalid(_)) => {
            Problem::InvalidCase(crate::i18n::case::database_rule(env.lang).into())
        }
        CaseError::Store(e) => store_problem(&e),
    }
}

pub fn export(env: &Env, person: &str, dest: &str, force: bool, include_sensitive: bool) -> Result<(), Problem> {
    let store = env.open_reader()?;
    let found = super::person_named(&store, person)?;
    let source = crate::export::person::CaseSource::load(&store, found.id)?;
    let json = crate::export::person::case(&source, include_sensitive)?;
    let export = Export { env, source: &source, scope: Scope::Case, force };
    deliver_anonymous(&export, dest, &json)
}

pub fn import(env: &Env, file: &Path) -> Result<(), Problem> {
    let text = crate::input::read_text_limited(file, crate::input::MAX_INPUT_BYTES)
        .map_err(|e| Problem::CannotRead(file.display().to_string(), crate::i18n::IoReason::of(&e)))?;
    let case = parse_case(&text).map_err(|e| case_problem(env, e))?;
    let mut store = env.open_store()?;
    let report = import_case(&mut store, &case).map_err(|e| case_problem(env, e))?;
    let msg = Problem::Imported { pseudonym: report.pseudonym, renamed_from: report.renamed_from };
    out(&format!("{}\n", problem(env.lang, &msg)))
}
