//! export bilan: the person's evaluations, ratings and journal as Markdown or as an HTML page with
//! its charts, for a synthesis meeting. The document is built in src/export/person.rs, shared with
//! the application.

use super::Env;
use super::output::{Export, deliver_anonymous};
use crate::cli::BilanFormat;
use crate::export::person;
use crate::i18n::Problem;
use crate::privacy::records::Scope;

pub fn export(
    env: &Env,
    key: &str,
    format: BilanFormat,
    dest: &str,
    force: bool,
    include_sensitive: bool,
) -> Result<(), Problem> {
    let store = env.open_reader()?;
    let found = super::person_named(&store, key)?;
    let domains = env.config.domains();
    let source = person::CaseSource::load(&store, found.id)?;
    let text = person::bilan(&source, format, include_sensitive, env.setting(&domains));
    let export = Export { env, source: &source, scope: Scope::Bilan { include_sensitive }, force };
    deliver_anonymous(&export, dest, &text)
}
