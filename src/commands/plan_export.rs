//! export plan: the person's plan as Markdown or HTML to print, or as an iCalendar file of its
//! deadlines. The document is built in src/export/person.rs, shared with the application.

use super::Env;
use super::output::{Export, deliver_anonymous};
use crate::cli::PlanFormat;
use crate::export::person;
use crate::i18n::Problem;
use crate::privacy::records::Scope;

pub fn export(env: &Env, key: &str, format: PlanFormat, dest: &str, force: bool) -> Result<(), Problem> {
    let store = env.open_reader()?;
    let found = super::person_named(&store, key)?;
    let domains = env.config.domains();
    let source = person::CaseSource::load(&store, found.id)?;
    let text = person::plan(&source, format, env.setting(&domains));
    let export = Export { env, source: &source, scope: Scope::Plan, force };
    deliver_anonymous(&export, dest, &text)
}
