//! export plan: the person's plan as Markdown or HTML to print, or as an iCalendar file of its
//! deadlines. The exports themselves are pure (src/export/plan_*.rs); this is only the glue.

use super::Env;
use super::output::{Export, deliver_anonymous};
use crate::app::runtime::store_problem;
use crate::cli::PlanFormat;
use crate::export::plan_document::{PlanDocument, PlanInput};
use crate::export::{plan_html, plan_ics, plan_markdown};
use crate::i18n::Problem;
use crate::privacy::records::Scope;

pub fn export(env: &Env, person: &str, format: PlanFormat, dest: &str, force: bool) -> Result<(), Problem> {
    let store = env.open_reader()?;
    let found = super::person_named(&store, person)?;
    let plan = store.plan(found.id).map_err(|e| store_problem(&e))?;
    let latest = store.latest_entries(found.id).map_err(|e| store_problem(&e))?;
    let partners = store.partners(true).map_err(|e| store_problem(&e))?;
    let domains = env.config.domains();
    let input = PlanInput {
        person: &found,
        plan: &plan,
        latest: &latest,
        partners: &partners,
        domains: &domains,
        today: env.today,
        lang: env.lang,
    };
    let text = match format {
        PlanFormat::Md => {
            let mut md = plan_markdown::to_markdown(&PlanDocument::build(&input));
            md.push('\n');
            md
        }
        PlanFormat::Html => plan_html::to_html(&PlanDocument::build(&input)),
        PlanFormat::Ics => plan_ics::to_ics(&input, chrono::Utc::now()),
    };
    let export = Export { env, store: &store, person: &found, scope: Scope::Plan, force };
    deliver_anonymous(&export, dest, &text)
}
