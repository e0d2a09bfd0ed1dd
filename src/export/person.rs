//! An export about one person as both the command line and the application make it: the document
//! built from her records, the anonymity scan over the records it carries, and the one writer every
//! file goes through. The commands and the runtime only choose, say and route.

use std::io::Write;
use std::path::Path;

use chrono::NaiveDate;

use crate::domain::case::Case;
use crate::domain::evidence::Evidence;
use crate::domain::life_domain::LifeDomain;
use crate::domain::partner::Partner;
use crate::domain::person::{Person, PersonId};
use crate::export::dpp_document::{DppDocument, DppInput, QuotedEvidence};
use crate::export::formats::{BilanFormat, DppDates, DppFormat, EcomapFormat, PlanFormat};
use crate::export::{
    bilan_document, bilan_html, bilan_markdown, dpp_docx, dpp_html, dpp_markdown, ecomap_dot, ecomap_svg,
    plan_document, plan_html, plan_ics, plan_markdown,
};
use crate::i18n::store_problem;
use crate::i18n::{IoReason, Lang, Problem};
use crate::interchange::case::CaseFile;
use crate::privacy::records::{EvidenceFinding, Quoted, RecordFinding, Scope, scan_evidence, scan_records};
use crate::store::{Guard, Store, StoreError, create_new_private, replace_whole};

/// What the documents need to know besides the records.
#[derive(Debug, Clone, Copy)]
pub struct Setting<'a> {
    pub lang: Lang,
    pub today: NaiveDate,
    pub domains: &'a [LifeDomain],
}

/// Markdown ends with a newline, as a text file does.
fn with_newline(mut text: String) -> String {
    text.push('\n');
    text
}

/// One person's case and the directory that names her partners, read once: every document about
/// her and the anonymity guard over it are made from this.
pub struct CaseSource {
    pub case: Case,
    /// The directory, archived partners too: an old tie keeps its partner's name.
    pub partners: Vec<Partner>,
}

impl CaseSource {
    pub fn load(store: &Store, person: PersonId) -> Result<CaseSource, Problem> {
        let case = store.case(person).map_err(|e| store_problem(&e))?;
        let partners = store.partners(true).map_err(|e| store_problem(&e))?;
        Ok(CaseSource { case, partners })
    }
}

/// The person's plan as Markdown, an HTML page to print or an iCalendar file of its deadlines.
pub fn plan(source: &CaseSource, format: PlanFormat, s: Setting) -> String {
    let case = &source.case;
    // The latest revision of each domain, by domain key, as the plan has always listed them.
    let latest = case.latest_by_domain();
    let input = plan_document::PlanInput {
        person: &case.person,
        plan: &case.plan,
        latest: &latest,
        partners: &source.partners,
        domains: s.domains,
        today: s.today,
        lang: s.lang,
    };
    match format {
        PlanFormat::Md => with_newline(plan_markdown::to_markdown(&plan_document::PlanDocument::build(&input))),
        PlanFormat::Html => plan_html::to_html(&plan_document::PlanDocument::build(&input)),
        PlanFormat::Ics => plan_ics::to_ics(&input, chrono::Utc::now()),
    }
}

/// Her evaluations, ratings and journal, as Markdown or as an HTML page with its charts.
pub fn bilan(source: &CaseSource, format: BilanFormat, include_sensitive: bool, s: Setting) -> String {
    let case = &source.case;
    let input = bilan_document::BilanInput {
        person: &case.person,
        plan: &case.plan,
        evaluations: &case.evaluations,
        journal: &case.journal,
        partners: &source.partners,
        domains: s.domains,
        today: s.today,
        lang: s.lang,
        include_sensitive,
    };
    let doc = bilan_document::BilanDocument::build(&input);
    match format {
        BilanFormat::Md => with_newline(bilan_markdown::to_markdown(&doc)),
        BilanFormat::Html => bilan_html::to_html(&doc),
    }
}

/// Her ecomap on `date`, as a Graphviz file or a standalone SVG image.
pub fn ecomap(source: &CaseSource, format: EcomapFormat, date: NaiveDate, lang: Lang) -> String {
    let case = &source.case;
    let input = ecomap_dot::EcomapInput {
        pseudonym: &case.person.pseudonym,
        ties: &case.ties,
        partners: &source.partners,
        date,
        lang,
    };
    match format {
        EcomapFormat::Dot => ecomap_dot::to_dot(&input),
        EcomapFormat::Svg => ecomap_svg::to_svg(&input),
    }
}

/// Her whole case as versioned JSON, the sensitive journal entries only when asked.
pub fn case(source: &CaseSource, include_sensitive: bool) -> Result<String, Problem> {
    let case = CaseFile::of(&source.case, &source.partners);
    let case = if include_sensitive { case } else { case.without_sensitive() };
    let json = serde_json::to_string_pretty(&case).map_err(|_| Problem::Storage(crate::i18n::StorageFault::Other))?;
    Ok(with_newline(json))
}

/// What the DPP is made of: the situations' records and the evidence about them.
pub struct DppSource {
    pub cases: Vec<Case>,
    pub evidence: Vec<Evidence>,
    pub partners: Vec<Partner>,
}

impl DppSource {
    /// The records of these situations (each once) and the evidence about them or about the
    /// practice.
    pub fn load(store: &Store, persons: &[PersonId]) -> Result<DppSource, Problem> {
        let mut cases: Vec<Case> = Vec::new();
        for id in persons {
            // The same situation named twice (by id and by pseudonym) is presented once.
            if !cases.iter().any(|c| c.person.id == *id) {
                cases.push(store.case(*id).map_err(|e| store_problem(&e))?);
            }
        }
        let partners = store.partners(true).map_err(|e| store_problem(&e))?;
        DppSource::of_cases(store, cases, partners)
    }

    /// The dossier of one situation already read.
    pub fn of(store: &Store, case: Case, partners: Vec<Partner>) -> Result<DppSource, Problem> {
        DppSource::of_cases(store, vec![case], partners)
    }

    /// Their evidence is theirs and the free evidence about the practice, which the cases do not hold.
    fn of_cases(store: &Store, cases: Vec<Case>, partners: Vec<Partner>) -> Result<DppSource, Problem> {
        let chosen: Vec<PersonId> = cases.iter().map(|c| c.person.id).collect();
        let evidence = store.evidence_of(&chosen).map_err(|e| store_problem(&e))?;
        Ok(DppSource { cases, evidence, partners })
    }

    /// The dossier; `candidate` and `structure` are typed for the cover and never stored.
    pub fn document(&self, s: Setting, dates: DppDates, cover: [Option<&str>; 2]) -> DppDocument {
        let input = DppInput {
            cases: &self.cases,
            evidence: &self.evidence,
            partners: &self.partners,
            domains: s.domains,
            today: s.today,
            lang: s.lang,
            relative_dates: dates == DppDates::Relatives,
            candidate: cover[0],
            structure: cover[1],
        };
        DppDocument::build(&input)
    }
}

/// The dossier's bytes in one of its formats.
pub fn dpp_bytes(doc: &DppDocument, format: DppFormat) -> std::io::Result<Vec<u8>> {
    Ok(match format {
        DppFormat::Md => with_newline(dpp_markdown::to_markdown(doc)).into_bytes(),
        DppFormat::Html => dpp_html::to_html(doc).into_bytes(),
        DppFormat::Docx => dpp_docx::to_docx(doc)?,
    })
}

/// What the anonymity scan finds in what the DPP carries: per situation, the records of its
/// annexes and what its evidence quotes; then the free notes about the practice.
pub struct DppFindings {
    pub cases: Vec<(Person, Vec<RecordFinding>, Vec<EvidenceFinding>)>,
    pub practice: Vec<EvidenceFinding>,
}

impl DppFindings {
    pub fn count(&self) -> usize {
        self.cases.iter().map(|(_, r, e)| r.len() + e.len()).sum::<usize>() + self.practice.len()
    }
}

fn quoted(q: &QuotedEvidence) -> Quoted<'_> {
    Quoted { competency: q.competency, date: q.date, note: &q.note, title: &q.title, excerpt: &q.excerpt }
}

/// Each situation's own pseudonym is not a name to hide in her records; in the free notes about
/// the practice any situation of the file active may be named by its pseudonym.
pub fn dpp_findings(store: &Store, source: &DppSource, doc: &DppDocument) -> Result<DppFindings, Problem> {
    let mut cases = Vec::new();
    for c in &source.cases {
        let own = std::slice::from_ref(&c.person.pseudonym);
        let in_records = scan_records(c, &source.partners, Scope::Dpp, own);
        let quotes: Vec<Quoted> = doc.quoted.iter().filter(|q| q.person == Some(c.person.id)).map(quoted).collect();
        cases.push((c.person.clone(), in_records, scan_evidence(&quotes, own)));
    }
    let free: Vec<Quoted> = doc.quoted.iter().filter(|q| q.person.is_none()).map(quoted).collect();
    // Every pseudonym of the base is read only when a free note is quoted: exporting one situation
    // must not cost more as the file active grows.
    let pseudonyms = if free.is_empty() { Vec::new() } else { store.pseudonyms().map_err(|e| store_problem(&e))? };
    Ok(DppFindings { cases, practice: scan_evidence(&free, &pseudonyms) })
}

/// What the anonymity scan finds in the records an export of this scope carries about her — the
/// records rather than the document, whose encoding could split an identifier. Her own pseudonym
/// is not a name to hide; the directory's partners are professionals and are not scanned.
pub fn findings(source: &CaseSource, scope: Scope) -> Vec<RecordFinding> {
    let case = &source.case;
    scan_records(case, &source.partners, scope, std::slice::from_ref(&case.person.pseudonym))
}

/// Writes `bytes` to `dest` all at once: into a private temporary file beside it, then renamed
/// over it. A failure leaves neither a half-written file nor the temporary one; the files of the
/// data folder are refused.
pub fn write_whole(guard: &Guard<'_>, dest: &Path, bytes: &[u8]) -> Result<(), Problem> {
    write_bytes(guard, dest, bytes).map_err(|e| write_problem(dest, e))
}

/// [`write_whole`], the failure left as the store says it (the application logs its kind).
pub fn write_bytes(guard: &Guard<'_>, dest: &Path, bytes: &[u8]) -> Result<(), StoreError> {
    let fill = |tmp: &Path| -> Result<(), StoreError> {
        let mut file = create_new_private(tmp)?;
        file.write_all(bytes)?;
        Ok(file.sync_all()?)
    };
    replace_whole(guard, dest, fill)
}

/// The sentence for a file that could not be written.
pub fn write_problem(dest: &Path, e: StoreError) -> Problem {
    let shown = dest.display().to_string();
    match e {
        StoreError::BaseFile { .. } => Problem::BaseFile(shown),
        StoreError::Io(io) => Problem::CannotWrite(shown, IoReason::of(&io)),
        other => store_problem(&other),
    }
}
