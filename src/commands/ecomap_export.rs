//! export ecomap: the person's ecomap on a date (today unless `--date`), as a Graphviz file or a
//! standalone SVG image. The exports themselves are pure (src/export/ecomap_*.rs); this is the glue.

use super::Env;
use super::output::{Export, deliver_anonymous};
use crate::app::runtime::store_problem;
use crate::cli::EcomapFormat;
use crate::domain::date::parse_fr;
use crate::domain::text::clean_line;
use crate::export::ecomap_dot::{EcomapInput, to_dot};
use crate::export::ecomap_svg::to_svg;
use crate::i18n::Problem;
use crate::privacy::records::Scope;

pub fn export(
    env: &Env,
    person: &str,
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
    let found = super::person_named(&store, person)?;
    let ties = store.ties(found.id).map_err(|e| store_problem(&e))?;
    let partners = store.partners(true).map_err(|e| store_problem(&e))?;
    let input = EcomapInput { pseudonym: &found.pseudonym, ties: &ties, partners: &partners, date, lang: env.lang };
    let text = match format {
        EcomapFormat::Dot => to_dot(&input),
        EcomapFormat::Svg => to_svg(&input),
    };
    let export = Export { env, store: &store, person: &found, scope: Scope::Network, force };
    deliver_anonymous(&export, dest, &text)
}
