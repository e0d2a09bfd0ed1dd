//! export dpp: the « dossier de pratiques professionnelles » of one or more situations, as Markdown,
//! an HTML page or a Word document. The document itself is pure (src/export/dpp_*.rs); this is the
//! glue, and the anonymity guard over everything the dossier carries: the annexes' records of each
//! situation, and what the chapters quote (records and reflective notes).

use std::path::Path;

use super::Env;
use super::output::{deliver, write_whole};
use crate::app::competencies::CaseRecords;
use crate::app::runtime::store_problem;
use crate::cli::{DppDates, DppFormat};
use crate::domain::evidence::Evidence;
use crate::domain::person::PersonId;
use crate::export::case_json::export_case;
use crate::export::dpp_document::{DppDocument, DppInput, QuotedEvidence};
use crate::export::dpp_text::{D, dt};
use crate::export::{dpp_docx, dpp_html, dpp_markdown};
use crate::i18n::{IoReason, Problem};
use crate::privacy::records::{Quoted, Scope, scan_evidence, scan_records};
use crate::store::Store;

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
        return Err(Problem::Usage(dt(env.lang, D::DocxNeedsFile).to_string()));
    }
    let store = env.open_reader()?;
    let mut cases: Vec<CaseRecords> = Vec::new();
    for key in persons {
        let found = super::person_named(&store, key)?;
        // The same situation named twice (by id and by pseudonym) is presented once.
        if !cases.iter().any(|c| c.person.id == found.id) {
            cases.push(CaseRecords::load(&store, found.id).map_err(|e| store_problem(&e))?);
        }
    }
    let chosen: Vec<PersonId> = cases.iter().map(|c| c.person.id).collect();
    let evidence: Vec<Evidence> = store
        .evidence(None)
        .map_err(|e| store_problem(&e))?
        .into_iter()
        .filter(|e| e.person_id.is_none_or(|p| chosen.contains(&p)))
        .collect();
    let partners = store.partners(true).map_err(|e| store_problem(&e))?;
    let domains = env.config.domains();
    let input = DppInput {
        cases: &cases,
        evidence: &evidence,
        partners: &partners,
        domains: &domains,
        today: env.today,
        lang: env.lang,
        relative_dates: o.dates == DppDates::Relatives,
        candidate: o.candidate,
        structure: o.structure,
    };
    let doc = DppDocument::build(&input);
    if !o.force {
        guard(env, &store, &cases, &doc)?;
    }
    match o.format {
        DppFormat::Md => {
            let mut md = dpp_markdown::to_markdown(&doc);
            md.push('\n');
            deliver(env, dest, &md)
        }
        DppFormat::Html => deliver(env, dest, &dpp_html::to_html(&doc)),
        DppFormat::Docx => {
            let bytes =
                dpp_docx::to_docx(&doc).map_err(|e| Problem::CannotWrite(dest.to_string(), IoReason::of(&e)))?;
            write_whole(&env.guard(), Path::new(dest), &bytes)
        }
    }
}

fn quoted(q: &QuotedEvidence) -> Quoted<'_> {
    Quoted { competency: q.competency, date: q.date, note: &q.note, title: &q.title, excerpt: &q.excerpt }
}

/// The anonymity scan over what the dossier carries: for each situation, the records of its
/// annexes and what its evidence quotes (her own pseudonym is not a name to hide); then the free
/// notes about the practice, where any situation may be named by its pseudonym. Findings are listed
/// on stderr by situation and record, and nothing is written.
fn guard(env: &Env, store: &Store, cases: &[CaseRecords], doc: &DppDocument) -> Result<(), Problem> {
    let lang = env.lang;
    let domains = env.config.domains();
    let mut count = 0;
    let mut listing = String::new();
    for c in cases {
        let own = std::slice::from_ref(&c.person.pseudonym);
        let case = export_case(store, c.person.id).map_err(super::case::export_problem)?;
        let in_records = scan_records(&case, Scope::Dpp, own);
        let quotes: Vec<Quoted> = doc.quoted.iter().filter(|q| q.person == Some(c.person.id)).map(quoted).collect();
        let in_quotes = scan_evidence(&quotes, own);
        count += in_records.len() + in_quotes.len();
        listing.push_str(&super::findings::listing(lang, &domains, &c.person.pseudonym, in_records));
        listing.push_str(&super::findings::evidence_listing(lang, &c.person.pseudonym, in_quotes));
    }
    let pseudonyms: Vec<String> =
        store.persons(true).map_err(|e| store_problem(&e))?.into_iter().map(|p| p.pseudonym).collect();
    let free: Vec<Quoted> = doc.quoted.iter().filter(|q| q.person.is_none()).map(quoted).collect();
    let in_free = scan_evidence(&free, &pseudonyms);
    count += in_free.len();
    listing.push_str(&super::findings::evidence_listing(lang, dt(lang, D::Practice), in_free));
    if count > 0 {
        eprint!("{listing}");
        return Err(Problem::ExportRefused(count));
    }
    Ok(())
}
