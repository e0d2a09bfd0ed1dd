//! « Données identifiantes »: what the anonymity scan finds in every person's records, each
//! finding with the record it lies in and the way to it, so that she can go and edit it.

pub mod effects;
pub mod landing;
pub mod update;

use crate::app::model::PersonTab;
use crate::app::screens::competencies::Jump;
use crate::app::screens::plan::PlanItem;
use crate::domain::case::Case;
use crate::domain::evidence::Evidence;
use crate::domain::journal::JournalEntry;
use crate::domain::partner::Partner;
use crate::domain::person::PersonId;
use crate::domain::text::excerpt;
use crate::privacy::records::{Location, Place, RecordFinding, scan_case};
use crate::privacy::scan_except;
use crate::store::{Store, StoreError};

#[derive(Debug, Clone, PartialEq)]
pub struct FindingRow {
    pub person: PersonId,
    pub pseudonym: String,
    pub finding: RecordFinding,
    pub jump: Jump,
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct FindingsState {
    pub rows: Vec<FindingRow>,
    pub selected: usize,
    /// False until the scan has come back (it reads every record).
    pub loaded: bool,
}

/// Where the record of a finding is shown. Records are named by their words in the finding (a
/// title, a day): the first record of the person that matches is the one.
fn jump_to(c: &Case, location: &Location, domains: &[String], partners: &[Partner]) -> Jump {
    let id = c.person.id;
    let short = |s: &str| excerpt(s, 40);
    let plan = &c.plan;
    match location {
        Location::Case(Place::Diagnosis { domain, .. }) => {
            Jump::Diagnostic(id, domains.iter().position(|d| d == domain).unwrap_or(0))
        }
        Location::Case(Place::Axis { title }) => plan
            .axes
            .iter()
            .find(|a| short(&a.title) == *title)
            .map_or(Jump::Tab(id, PersonTab::Card), |a| Jump::Plan(id, PlanItem::Axis(a.id))),
        Location::Case(Place::Objective { title }) => plan
            .objectives
            .iter()
            .find(|o| short(&o.title) == *title)
            .map_or(Jump::Tab(id, PersonTab::Card), |o| Jump::Plan(id, PlanItem::Objective(o.id))),
        Location::Case(Place::Action { what }) => plan
            .actions
            .iter()
            .find(|a| short(&a.what) == *what)
            .map_or(Jump::Tab(id, PersonTab::Card), |a| Jump::Plan(id, PlanItem::Action(a.id))),
        Location::Case(Place::Tie { with }) => c
            .ties
            .iter()
            .find(|t| short(&crate::app::screens::network::tie_label(t, partners)) == *with)
            .map_or(Jump::Tab(id, PersonTab::Card), |t| Jump::Tie(id, t.id)),
        Location::Journal { date, kind } => c
            .journal
            .iter()
            .find(|e: &&JournalEntry| e.date == *date && e.kind == *kind)
            .map_or(Jump::Tab(id, PersonTab::Card), |e| Jump::Journal(id, e.id)),
        Location::Evaluation { date, kind } => c
            .evaluations
            .iter()
            .find(|e| e.date == *date && e.kind == *kind)
            .map_or(Jump::Evaluation(id), |e| Jump::EvaluationOf(id, e.id)),
        Location::Evidence { competency, .. } => Jump::Evidence(Some(id), *competency),
        // The card and the postponements are edited from the card and the plan.
        Location::Case(Place::Card) => Jump::Tab(id, PersonTab::Card),
        Location::Case(Place::Postponement { .. }) => Jump::Tab(id, PersonTab::Plan),
    }
}

/// What seems to identify someone in a reflective note.
fn note_findings(e: &Evidence, pseudonyms: &[String]) -> Vec<RecordFinding> {
    let place = Location::Evidence { competency: e.competency, date: e.date };
    scan_except(&e.note, pseudonyms)
        .into_iter()
        .map(|finding| RecordFinding { place: place.clone(), field: "note".into(), finding })
        .collect()
}

/// The rows of what an export's guard found in one person's case (which places each finding),
/// then what it found in the notes about the practice.
pub fn rows_of(
    case: &Case,
    partners: &[Partner],
    found: Vec<RecordFinding>,
    practice: Vec<RecordFinding>,
    domains: &[String],
) -> Vec<FindingRow> {
    let person = case.person.id;
    let mut rows: Vec<FindingRow> = found
        .into_iter()
        .map(|f| {
            let jump = jump_to(case, &f.place, domains, partners);
            FindingRow { person, pseudonym: case.person.pseudonym.clone(), finding: f, jump }
        })
        .collect();
    rows.extend(practice.into_iter().map(free_row));
    rows
}

/// A finding in a note about the practice, on no person: it opens the competency's evidence.
fn free_row(f: RecordFinding) -> FindingRow {
    let competency = match f.place {
        Location::Evidence { competency, .. } => competency,
        _ => 1,
    };
    FindingRow { person: 0, pseudonym: String::new(), finding: f, jump: Jump::Evidence(None, competency) }
}

/// A finding in what the DPP quotes of a piece of evidence, placed like a finding in its note.
pub fn evidence_finding(e: crate::privacy::records::EvidenceFinding) -> RecordFinding {
    let place = Location::Evidence { competency: e.competency, date: e.date };
    RecordFinding { place, field: e.field.into(), finding: e.finding }
}

/// Scans every person's records (archived ones left out: they are not in the file active).
pub fn load(store: &Store, domains: &[String]) -> Result<Vec<FindingRow>, StoreError> {
    let partners = store.partners(true)?;
    let persons = store.persons(false)?;
    let evidence = store.evidence(None)?;
    let mut rows = Vec::new();
    for p in &persons {
        let case = store.case(p.id)?;
        let own = std::slice::from_ref(&p.pseudonym);
        let mut found = scan_case(&case, &partners, own);
        // Her reflective notes: the DPP quotes them.
        for e in &case.evidence {
            found.extend(note_findings(e, own));
        }
        for f in found {
            let jump = jump_to(&case, &f.place, domains, &partners);
            rows.push(FindingRow { person: p.id, pseudonym: p.pseudonym.clone(), finding: f, jump });
        }
    }
    // Free evidence is about the practice: any pseudonym of the file active may appear in it.
    let pseudonyms: Vec<String> = persons.iter().map(|p| p.pseudonym.clone()).collect();
    for e in evidence.iter().filter(|e| e.person_id.is_none()) {
        rows.extend(note_findings(e, &pseudonyms).into_iter().map(free_row));
    }
    Ok(rows)
}
