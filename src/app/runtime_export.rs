//! Runs an export asked from the application, as `parcours export` does: the same document, the
//! same anonymity guard over the records it carries, the same writer that refuses the base's own
//! files and writes the file private to the user.

use super::export::{Document, ExportRequest};
use super::findings::{FindingRow, evidence_finding, rows_of};
use super::model::Model;
use super::msg::Msg;
use crate::cli::DppDates;
use crate::export::person::{self, DppSource, Setting, dpp_bytes, dpp_findings, write_problem};
use crate::i18n::{IoReason, Problem, problem};
use crate::log::ErrorCategory;
use crate::store::{Guard, Store, StoreError};

pub(super) fn run(store: &Store, request: ExportRequest, m: &Model) -> Msg {
    match export(store, &request, m) {
        Ok(Outcome::Written) => Msg::Exported(request.dest),
        Ok(Outcome::Found(rows)) => Msg::ExportFindings(request, rows),
        Err((p, category)) => Msg::Failed(problem(m.lang, &p), category),
    }
}

enum Outcome {
    Written,
    Found(Vec<FindingRow>),
}

type Failure = (Problem, ErrorCategory);

/// What the log keeps of a failure that is already a sentence: its kind, never the path.
fn read_failure(p: Problem) -> Failure {
    (p, ErrorCategory::Io(std::io::ErrorKind::Other))
}

fn export(store: &Store, request: &ExportRequest, m: &Model) -> Result<Outcome, Failure> {
    let person = store.person(request.person).map_err(|e| (super::runtime::store_problem(&e), (&e).into()))?;
    let setting = Setting { lang: m.lang, today: m.today, domains: &m.configured_domains };
    let domain_keys: Vec<String> = m.domains.iter().map(|d| d.key.clone()).collect();
    let rows = |found, practice| rows_of(store, person.id, found, practice, &domain_keys);
    let bytes = match request.document {
        Document::Dpp(format) => {
            let source = DppSource::load(store, &[person.id]).map_err(read_failure)?;
            let doc = source.document(setting, DppDates::default(), [None, None]);
            if !request.force {
                let found = dpp_findings(store, &source, &doc).map_err(read_failure)?;
                if found.count() > 0 {
                    let mut own = Vec::new();
                    for (_, in_records, in_quotes) in found.cases {
                        own.extend(in_records);
                        own.extend(in_quotes.into_iter().map(evidence_finding));
                    }
                    let practice = found.practice.into_iter().map(evidence_finding).collect();
                    return rows(own, practice).map(Outcome::Found).map_err(|e| store_failure(&e));
                }
            }
            dpp_bytes(&doc, format).map_err(|e| {
                let shown = request.dest.display().to_string();
                (Problem::CannotWrite(shown, IoReason::of(&e)), ErrorCategory::Io(e.kind()))
            })?
        }
        document => {
            if !request.force {
                let found = person::findings(store, &person, document.scope()).map_err(read_failure)?;
                if !found.is_empty() {
                    return rows(found, Vec::new()).map(Outcome::Found).map_err(|e| store_failure(&e));
                }
            }
            text(store, &person, document, setting).map_err(read_failure)?.into_bytes()
        }
    };
    let guard = Guard::of(store.data_dir());
    person::write_bytes(&guard, &request.dest, &bytes)
        .map_err(|e| {
            let category = ErrorCategory::from(&e);
            (write_problem(&request.dest, e), category)
        })
        .map(|()| Outcome::Written)
}

fn store_failure(e: &StoreError) -> Failure {
    (super::runtime::store_problem(e), e.into())
}

/// The documents that are text, as the command line makes them.
fn text(
    store: &Store,
    person: &crate::domain::person::Person,
    document: Document,
    s: Setting,
) -> Result<String, Problem> {
    match document {
        Document::Plan(format) => person::plan(store, person, format, s),
        Document::Bilan(format) => person::bilan(store, person, format, false, s),
        Document::Ecomap(format) => person::ecomap(store, person, format, s.today, s.lang),
        Document::Case => person::case(store, person.id, false, person::export_problem),
        // Made as bytes above (a Word document is not text).
        Document::Dpp(_) => Err(Problem::Storage(crate::i18n::StorageFault::Other)),
    }
}
