//! export ecomap: the person's ecomap on a date (today unless `--date`), as a Graphviz file or a
//! standalone SVG image. The document is built in src/export/person.rs, shared with the application.

use super::Env;
use super::output::{Export, deliver_anonymous};
use crate::cli::EcomapFormat;
use crate::domain::date::parse_fr;
use crate::domain::text::clean_line;
use crate::export::person;
use crate::i18n::Problem;
use crate::privacy::records::Scope;

pub fn export(
    env: &Env,
    key: &str,
    format: EcomapFormat,
    dest: &str,
    date: Option<&str>,
    force: bool,
) -> Result<(), Problem> {
    // A bad date is said before anything is opened or written.
    let date = match date {
        Some(typed) => parse_fr(typed).map_err(|_| Problem::BadDate(clean_line(typed)))?,
        None => env.today,
    };
    let store = env.open_reader()?;
    let found = super::person_named(&store, key)?;
    let source = person::CaseSource::load(&store, found.id)?;
    let text = person::ecomap(&source, format, date, env.lang);
    let export = Export { env, source: &source, scope: Scope::Network, force };
    deliver_anonymous(&export, dest, &text)
}
