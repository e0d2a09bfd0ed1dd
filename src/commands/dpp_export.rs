//! export dpp: the « dossier de pratiques professionnelles » of one or more situations, as Markdown,
//! an HTML page or a Word document. The document itself is pure (src/export/dpp_*.rs); this is the
//! glue, and the anonymity guard over everything the dossier carries: the annexes' records of each
//! situation, and what the chapters quote (records and reflective notes).

use std::path::Path;

use super::Env;
use super::output::{deliver, write_whole};
use crate::cli::{DppDates, DppFormat};
use crate::domain::person::PersonId;
use crate::export::dpp_text::{DppText, dpp_words};
use crate::export::person::{DppSource, dpp_bytes, dpp_findings};
use crate::i18n::{IoReason, Problem};

/// What the command line asks of the dossier, beyond the situations and the destination.
#[derive(Debug, Clone, Copy)]
pub struct DppOptions<'a> {
    pub format: DppFormat,
    pub dates: DppDates,
    pub force: bool,
    /// For the cover, typed for this document and never stored.
    pub candidate: Option<&'a str>,
    pub structure: Option<&'a str>,
}

pub fn export(env: &Env, persons: &[String], dest: &str, o: &DppOptions) -> Result<(), Problem> {
    // A Word document is a ZIP package: no use on a terminal. Said before anything is opened.
    if o.format == DppFormat::Docx && dest == "-" {
        return Err(Problem::Usage(dpp_words(env.lang, DppText::DocxNeedsFile).to_string()));
    }
    let store = env.open_reader()?;
    let mut chosen: Vec<PersonId> = Vec::new();
    for key in persons {
        chosen.push(super::person_named(&store, key)?.id);
    }
    let source = DppSource::load(&store, &chosen)?;
    let domains = env.config.domains();
    let doc = source.document(env.setting(&domains), o.dates, [o.candidate, o.structure]);
    if !o.force {
        guard(env, &dpp_findings(&store, &source, &doc)?)?;
    }
    let bytes = dpp_bytes(&doc, o.format).map_err(|e| Problem::CannotWrite(dest.to_string(), IoReason::of(&e)))?;
    match o.format {
        // Markdown and HTML may go to standard output; they are text made here, UTF-8 throughout.
        DppFormat::Md | DppFormat::Html => deliver(env, dest, &String::from_utf8_lossy(&bytes)),
        DppFormat::Docx => write_whole(&env.guard(), Path::new(dest), &bytes),
    }
}

/// The findings in what the dossier carries, listed on stderr by situation and record; then
/// nothing is written.
fn guard(env: &Env, found: &crate::export::person::DppFindings) -> Result<(), Problem> {
    let count = found.count();
    if count == 0 {
        return Ok(());
    }
    let lang = env.lang;
    let domains = env.config.domains();
    let mut listing = String::new();
    for (person, in_records, in_quotes) in &found.cases {
        listing.push_str(&super::findings::listing(lang, &domains, &person.pseudonym, in_records.clone()));
        listing.push_str(&super::findings::evidence_listing(lang, &person.pseudonym, in_quotes.clone()));
    }
    listing.push_str(&super::findings::evidence_listing(
        lang,
        dpp_words(lang, DppText::Practice),
        found.practice.clone(),
    ));
    eprint!("{listing}");
    Err(Problem::ExportRefused(count))
}
