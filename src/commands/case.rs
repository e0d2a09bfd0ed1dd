//! export case / import case: a whole person as versioned JSON.

use std::path::Path;

use super::output::{Export, deliver_anonymous};
use super::{Env, out};
use crate::app::form::FieldError;
use crate::app::runtime::store_problem;
use crate::export::case_json::{CaseError, export_case, import_case, parse_case};
use crate::i18n::{Lang, Problem, colon, domain_label, field_error, problem};
use crate::privacy::records::Scope;

/// A broken rule in words: the same sentence the form shows, with the domain for an entry.
fn rule(lang: Lang, error: FieldError, domain: Option<String>) -> String {
    let sentence = field_error(lang, error);
    let text = after_colon(sentence.trim_end_matches('.'));
    match domain {
        Some(d) => {
            let d = crate::domain::text::clean_line(&d);
            match lang {
                Lang::Fr => format!("domaine «\u{a0}{d}\u{a0}»{}{text}", colon(lang)),
                Lang::En => format!("domain “{d}”{}{text}", colon(lang)),
            }
        }
        None => text,
    }
}

/// A form's sentence continued after a colon: its capital lowered, unless it opens an acronym.
fn after_colon(sentence: &str) -> String {
    let mut chars = sentence.chars();
    match (chars.next(), chars.next()) {
        (Some(first), Some(second)) if !second.is_uppercase() => {
            first.to_lowercase().chain(sentence.chars().skip(1)).collect()
        }
        _ => sentence.to_string(),
    }
}

/// « l’objectif n° 42 n’est pas dans le dossier »: a link of the file that leads nowhere.
fn unknown_reference(lang: Lang, what: &str, id: i64) -> String {
    let thing = match (lang, what) {
        (Lang::Fr, "objective") => "l’objectif",
        (Lang::Fr, "partner") => "le partenaire",
        (Lang::Fr, "axis") => "l’axe",
        (Lang::Fr, "action") => "l’action",
        (Lang::Fr, "tie") => "le lien",
        (Lang::Fr, _) => "l’élément",
        (Lang::En, "objective") => "objective",
        (Lang::En, "partner") => "partner",
        (Lang::En, "axis") => "axis",
        (Lang::En, "action") => "action",
        (Lang::En, "tie") => "tie",
        (Lang::En, _) => "record",
    };
    match lang {
        Lang::Fr => format!("{thing} n°\u{a0}{id}, cité dans le fichier, n’y figure pas"),
        Lang::En => format!("{thing} {id}, named in the file, is not in it"),
    }
}

fn case_problem(env: &Env, e: CaseError) -> Problem {
    let lang = env.lang;
    match e {
        CaseError::InvalidJson(msg) => Problem::InvalidJson(msg),
        CaseError::WrongFormat => Problem::WrongCaseFormat,
        CaseError::NewerVersion(v) => Problem::NewerCaseVersion(v),
        CaseError::Invalid(msg) => Problem::InvalidCase(msg),
        CaseError::PersonRule(p) => Problem::InvalidCase(rule(lang, FieldError::Person(p), None)),
        CaseError::EntryRule(domain, p) => {
            // The domain as the user knows it (« Santé »), not its stored key.
            // A key from a file may be anything: cut to a readable length.
            let shown = crate::domain::text::excerpt(&domain_label(lang, &env.config.domains(), &domain), 40);
            Problem::InvalidCase(rule(lang, FieldError::Entry(p), Some(shown)))
        }
        CaseError::JournalRule(day, p) => {
            let place = match lang {
                Lang::Fr => format!("entrée du journal du {}", crate::domain::date::format_fr(day)),
                Lang::En => format!("journal entry of {}", crate::domain::date::format_fr(day)),
            };
            Problem::InvalidCase(format!("{place}{}{}", colon(lang), rule(lang, FieldError::Journal(p), None)))
        }
        CaseError::EvaluationRule(day, p) => {
            let place = match lang {
                Lang::Fr => format!("évaluation du {}", crate::domain::date::format_fr(day)),
                Lang::En => format!("evaluation of {}", crate::domain::date::format_fr(day)),
            };
            Problem::InvalidCase(format!("{place}{}{}", colon(lang), rule(lang, FieldError::Evaluation(p), None)))
        }
        CaseError::UnknownReference(what, id) => Problem::InvalidCase(unknown_reference(lang, what, id)),
        CaseError::Store(e) => store_problem(&e),
    }
}

pub fn export(env: &Env, person: &str, dest: &str, force: bool, include_sensitive: bool) -> Result<(), Problem> {
    let store = env.open_reader()?;
    let found = super::person_named(&store, person)?;
    let case = export_case(&store, found.id).map_err(|e| case_problem(env, e))?;
    let case = if include_sensitive { case } else { case.without_sensitive() };
    let mut json = serde_json::to_string_pretty(&case).map_err(|e| Problem::Storage(e.to_string()))?;
    json.push('\n');
    let export = Export { env, store: &store, person: &found, scope: Scope::Case, force };
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
