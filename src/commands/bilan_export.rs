//! export bilan: the person's evaluations, ratings and journal as Markdown or as an HTML page with
//! its charts, for a synthesis meeting. The exports themselves are pure (src/export/bilan_*.rs);
//! this is only the glue.

use super::Env;
use super::output::{Export, deliver_anonymous};
use crate::app::runtime::store_problem;
use crate::cli::BilanFormat;
use crate::export::bilan_document::{BilanDocument, BilanInput};
use crate::export::{bilan_html, bilan_markdown};
use crate::i18n::Problem;
use crate::privacy::records::Scope;

pub fn export(
    env: &Env,
    person: &str,
    format: BilanFormat,
    dest: &str,
    force: bool,
    include_sensitive: bool,
) -> Result<(), Problem> {
    let store = env.open_reader()?;
    let found = super::person_named(&store, person)?;
    let plan = store.plan(found.id).map_err(|e| store_problem(&e))?;
    let evaluations = store.evaluations(found.id).map_err(|e| store_problem(&e))?;
    let journal = store.journal(found.id).map_err(|e| store_problem(&e))?;
    let partners = store.partners(true).map_err(|e| store_problem(&e))?;
    let domains = env.config.domains();
    let input = BilanInput {
        person: &found,
        plan: &plan,
        evaluations: &evaluations,
        journal: &journal,
        partners: &partners,
        domains: &domains,
        today: env.today,
        lang: env.lang,
        include_sensitive,
    };
    let doc = BilanDocument::build(&input);
    let text = match format {
        BilanFormat::Md => {
            let mut md = bilan_markdown::to_markdown(&doc);
            md.push('\n');
            md
        }
        BilanFormat::Html => bilan_html::to_html(&doc),
    };
    let export = Export { env, store: &store, person: &found, scope: Scope::Bilan { include_sensitive }, force };
    deliver_anonymous(&export, dest, &text)
}
