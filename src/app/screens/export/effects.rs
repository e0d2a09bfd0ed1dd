//! Runs an export asked from the application, as `parcours export` does: the same document, the
//! same anonymity guard over the records it carries, the same writer that refuses the base's own
//! files and writes the file private to the user.

use crate::app::model::Model;
use crate::app::msg::Msg;
use crate::app::screens::export::{Document, ExportRequest};
use crate::app::screens::findings::{FindingRow, evidence_finding, rows_of};
use crate::export::formats::DppDates;
use crate::export::person::{self, CaseSource, DppSource, Setting, dpp_bytes, dpp_findings, write_problem};
use crate::i18n::{IoReason, Problem, problem};
use crate::log::ErrorCategory;
use crate::store::{Guard, Store, StoreError};

pub(crate) fn run(store: &Store, request: ExportRequest, m: &Model) -> Msg {
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
    let person = store.person(request.person).map_err(|e| store_failure(&e))?;
    let s = Setting { lang: m.lang, today: m.today, domains: &m.configured_domains };
    let domain_keys: Vec<String> = m.domains.iter().map(|d| d.key.clone()).collect();
    // Her case is read once, for the document and for its guard.
    let source = CaseSource::load(store, person.id).map_err(read_failure)?;
    let rows = |found, practice| rows_of(&source.case, &source.partners, found, practice, &domain_keys);
    let text = match request.document {
        Document::Plan(format) => person::plan(&source, format, s),
        Document::Bilan(format) => person::bilan(&source, format, false, s),
        Document::Ecomap(format) => person::ecomap(&source, format, s.today, s.lang),
        Document::Case => person::case(&source, false).map_err(read_failure)?,
        // The dossier is guarded over what its chapters quote too, and a Word file is not text.
        Document::Dpp(format) => {
            let dpp = DppSource::of(store, source.case.clone(), source.partners.clone()).map_err(read_failure)?;
            let doc = dpp.document(s, DppDates::default(), [None, None]);
            if !request.force {
                let found = dpp_findings(store, &dpp, &doc).map_err(read_failure)?;
                if found.count() > 0 {
                    let mut own = Vec::new();
                    for (_, in_records, in_quotes) in found.cases {
                        own.extend(in_records);
                        own.extend(in_quotes.into_iter().map(evidence_finding));
                    }
                    let practice = found.practice.into_iter().map(evidence_finding).collect();
                    return Ok(Outcome::Found(rows(own, practice)));
                }
            }
            let bytes = dpp_bytes(&doc, format).map_err(|e| {
                let shown = request.dest.display().to_string();
                (Problem::CannotWrite(shown, IoReason::of(&e)), ErrorCategory::Io(e.kind()))
            })?;
            return write(store, request, &bytes);
        }
    };
    if !request.force {
        let found = person::findings(&source, request.document.scope());
        if !found.is_empty() {
            return Ok(Outcome::Found(rows(found, Vec::new())));
        }
    }
    write(store, request, text.as_bytes())
}

/// Through the one writer of every file: never over the base's own files, private to the user.
fn write(store: &Store, request: &ExportRequest, bytes: &[u8]) -> Result<Outcome, Failure> {
    let guard = Guard::of(store.data_dir());
    match person::write_bytes(&guard, &request.dest, bytes) {
        Ok(()) => Ok(Outcome::Written),
        Err(e) => {
            let category = ErrorCategory::from(&e);
            Err((write_problem(&request.dest, e), category))
        }
    }
}

fn store_failure(e: &StoreError) -> Failure {
    (crate::i18n::store_problem(e), e.into())
}
