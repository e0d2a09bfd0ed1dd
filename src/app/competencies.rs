//! The « Compétences » screen's data: each person's records gathered once, the evidence and the
//! candidates described in words (which person, which record, what it says), and the selection.
//! The DPP export describes its evidence with the same words.

use chrono::NaiveDate;

use super::project::PlanItem;
use crate::domain::diagnosis::DiagnosisEntry;
use crate::domain::evaluation::Evaluation;
use crate::domain::evidence::{self, Candidate, Coverage, Evidence, PersonRecords, RecordRef};
use crate::domain::journal::JournalEntry;
use crate::domain::partner::Partner;
use crate::domain::person::{Person, PersonId};
use crate::domain::plan::Plan;
use crate::domain::tie::Tie;
use crate::store::{Store, StoreError};

/// Everything the tool holds of one person, owned (loaded once for the screen or the export).
#[derive(Debug, Clone, PartialEq)]
pub struct CaseRecords {
    pub person: Person,
    /// Every revision, oldest first (evidence may point to an old one).
    pub entries: Vec<DiagnosisEntry>,
    pub plan: Plan,
    pub ties: Vec<Tie>,
    pub journal: Vec<JournalEntry>,
    pub evaluations: Vec<Evaluation>,
}

impl CaseRecords {
    pub fn load(store: &Store, person: PersonId) -> Result<CaseRecords, StoreError> {
        Ok(CaseRecords {
            person: store.person(person)?,
            entries: store.all_entries(person)?,
            plan: store.plan(person)?,
            ties: store.ties(person)?,
            journal: store.journal(person)?,
            evaluations: store.evaluations(person)?,
        })
    }

    /// The same records, read from a case file already loaded (no second trip to the store).
    pub fn from_case(case: &crate::export::case_json::CaseFile) -> CaseRecords {
        let plan = case.plan.as_ref().map_or_else(Plan::default, |p| Plan {
            axes: p.axes.clone(),
            objectives: p.objectives.clone(),
            actions: p.actions.clone(),
        });
        let path = case.path.clone().unwrap_or_default();
        CaseRecords {
            person: case.person.clone(),
            entries: case.diagnosis.clone(),
            plan,
            ties: case.network.as_ref().map(|n| n.ties.clone()).unwrap_or_default(),
            journal: path.journal,
            evaluations: path.evaluations,
        }
    }

    /// The records of the person open on screen (the latest revision of each domain).
    pub fn of_person(p: &super::model::PersonState) -> CaseRecords {
        CaseRecords {
            person: p.person.clone(),
            entries: p.entries.clone(),
            plan: p.project.plan.clone(),
            ties: p.network.ties.clone(),
            journal: p.journal.entries().to_vec(),
            evaluations: p.evaluation.evaluations.clone(),
        }
    }

    /// The latest revision of each domain: what the candidates look at.
    fn latest_entries(&self) -> Vec<DiagnosisEntry> {
        let mut latest: Vec<DiagnosisEntry> = Vec::new();
        for e in &self.entries {
            match latest.iter_mut().find(|l| l.domain == e.domain) {
                Some(l) if l.revision < e.revision => *l = e.clone(),
                Some(_) => {}
                None => latest.push(e.clone()),
            }
        }
        latest
    }

    pub fn candidates(&self, tagged: &[Evidence]) -> Vec<Candidate> {
        let latest = self.latest_entries();
        let records = PersonRecords {
            person_id: self.person.id,
            entries: &latest,
            plan: &self.plan,
            ties: &self.ties,
            journal: &self.journal,
            evaluations: &self.evaluations,
        };
        evidence::candidates(&records, tagged)
    }
}

pub use crate::domain::evidence::RecordKind;

/// A record told in a few words: whose, what, what it says, where to find it.
#[derive(Debug, Clone, PartialEq)]
pub struct RecordText {
    pub person: Option<PersonId>,
    pub pseudonym: Option<String>,
    pub kind: RecordKind,
    /// The objective's title, the domain key, the partner's name, the journal's summary's start.
    pub title: String,
    /// What the record says that shows the competency (the person's words, the indicator…).
    pub excerpt: String,
    pub date: Option<NaiveDate>,
    pub jump: Jump,
}

/// Where a record is shown, to go and see it (or edit it).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Jump {
    Diagnostic(PersonId, usize),
    Plan(PersonId, PlanItem),
    Tie(PersonId, i64),
    Journal(PersonId, i64),
    Evaluation(PersonId),
    /// A tab of the person, where the record is without a way to select it.
    Tab(PersonId, super::model::PersonTab),
    /// An evaluation, to select in the person's « Évaluation » tab.
    EvaluationOf(PersonId, i64),
    /// A piece of evidence on the « Compétences » screen (of a person, or free), by competency.
    Evidence(Option<PersonId>, u8),
    Nowhere,
}

/// The record's words; `None` when it no longer exists. `domains` are the configured domain
/// keys (to jump to the right one); `partners` name the ties' partners.
pub fn describe(c: &CaseRecords, record: RecordRef, domains: &[String], partners: &[Partner]) -> Option<RecordText> {
    let person = Some(c.person.id);
    let pseudonym = Some(c.person.pseudonym.clone());
    let text = |kind, title: &str, excerpt: &str, date, jump| RecordText {
        person,
        pseudonym: pseudonym.clone(),
        kind,
        title: title.to_string(),
        excerpt: excerpt.to_string(),
        date,
        jump,
    };
    let id = c.person.id;
    Some(match record {
        RecordRef::Entry(e) => {
            let e = c.entries.iter().find(|x| x.id == e)?;
            let words = if e.person_words.trim().is_empty() { &e.situation } else { &e.person_words };
            let domain = domains.iter().position(|d| *d == e.domain).unwrap_or(0);
            text(RecordKind::Entry, &e.domain, words, Some(e.date), Jump::Diagnostic(id, domain))
        }
        RecordRef::Axis(a) => {
            let a = c.plan.axis(a)?;
            let words = if a.participation.trim().is_empty() { &a.rationale } else { &a.participation };
            text(RecordKind::Axis, &a.title, words, Some(a.created_on), Jump::Plan(id, PlanItem::Axis(a.id)))
        }
        RecordRef::Objective(o) => {
            let o = c.plan.objective(o)?;
            text(
                RecordKind::Objective,
                &o.title,
                &o.indicator,
                Some(o.created_on),
                Jump::Plan(id, PlanItem::Objective(o.id)),
            )
        }
        RecordRef::Action(a) => {
            let a = c.plan.action(a)?;
            text(RecordKind::Action, &a.what, "", a.start, Jump::Plan(id, PlanItem::Action(a.id)))
        }
        RecordRef::Tie(t) => {
            let t = c.ties.iter().find(|x| x.id == t)?;
            let name = super::network::tie_label(t, partners);
            text(RecordKind::Tie, &name, &t.role, Some(t.since), Jump::Tie(id, t.id))
        }
        RecordRef::Journal(j) => {
            let j = c.journal.iter().find(|x| x.id == j)?;
            let title = crate::domain::text::excerpt(&j.summary, 60);
            text(RecordKind::Journal(j.kind), &title, &j.summary, Some(j.date), Jump::Journal(id, j.id))
        }
        RecordRef::Evaluation(e) => {
            let e = c.evaluations.iter().find(|x| x.id == e)?;
            let words = if e.person_view.trim().is_empty() { &e.referent_view } else { &e.person_view };
            text(RecordKind::Evaluation(e.kind), "", words, Some(e.date), Jump::Evaluation(id))
        }
        RecordRef::Free => return None,
    })
}

/// Free evidence, told by its note.
pub fn describe_free(e: &Evidence) -> RecordText {
    RecordText {
        person: e.person_id,
        pseudonym: None,
        kind: RecordKind::Free,
        title: crate::domain::text::excerpt(&e.note, 60),
        excerpt: e.note.clone(),
        date: Some(e.date),
        jump: Jump::Nowhere,
    }
}

/// One line of a competency's list: a piece of evidence, or a record that could be one.
#[derive(Debug, Clone, PartialEq)]
pub enum Item {
    Evidence(Evidence, RecordText),
    Candidate(Candidate, RecordText),
}

/// What the screen shows, loaded at once.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CompetenciesData {
    /// The person the screen is filtered on; none for the whole practice.
    pub person: Option<PersonId>,
    pub pseudonym: Option<String>,
    pub evidence: Vec<(Evidence, RecordText)>,
    pub candidates: Vec<(Candidate, RecordText)>,
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct CompetenciesState {
    pub data: CompetenciesData,
    /// 0…7: C1…C8.
    pub selected: usize,
    /// The list of the selected competency has the focus (else the eight competencies).
    pub in_items: bool,
    pub item: usize,
}

impl CompetenciesState {
    pub fn competency(&self) -> u8 {
        u8::try_from(self.selected + 1).unwrap_or(1)
    }

    pub fn evidence_of(&self, competency: u8) -> Vec<&Evidence> {
        self.data.evidence.iter().filter(|(e, _)| e.competency == competency).map(|(e, _)| e).collect()
    }

    pub fn coverage_of(&self, competency: u8) -> Coverage {
        evidence::coverage(&self.evidence_of(competency))
    }

    /// The selected competency's evidence, then its candidates.
    pub fn items(&self) -> Vec<Item> {
        let c = self.competency();
        let evidence = self.data.evidence.iter().filter(|(e, _)| e.competency == c);
        let candidates = self.data.candidates.iter().filter(|(x, _)| x.competency == c);
        evidence
            .map(|(e, t)| Item::Evidence(e.clone(), t.clone()))
            .chain(candidates.map(|(x, t)| Item::Candidate(x.clone(), t.clone())))
            .collect()
    }

    pub fn selected_item(&self) -> Option<Item> {
        if !self.in_items {
            return None;
        }
        self.items().into_iter().nth(self.item)
    }
}

/// Gathers the screen's data: the evidence of the scope, each person's records described, the
/// candidates of the persons followed (or of the one person).
pub fn load(store: &Store, person: Option<PersonId>, domains: &[String]) -> Result<CompetenciesData, StoreError> {
    let evidence = store.evidence(person)?;
    let partners = store.partners(true)?;
    let persons: Vec<Person> = match person {
        Some(id) => vec![store.person(id)?],
        None => store.persons(false)?,
    };
    let mut out = CompetenciesData {
        person,
        pseudonym: person.and_then(|id| persons.iter().find(|p| p.id == id).map(|p| p.pseudonym.clone())),
        ..CompetenciesData::default()
    };
    for p in &persons {
        let tagged: Vec<Evidence> = evidence.iter().filter(|e| e.person_id == Some(p.id)).cloned().collect();
        // A person without evidence and not followed now has nothing to suggest on the whole view.
        if tagged.is_empty() && person.is_none() && p.status != crate::domain::person::PersonStatus::Active {
            continue;
        }
        let records = CaseRecords::load(store, p.id)?;
        for e in tagged {
            if let Some(text) = describe(&records, e.record, domains, &partners) {
                out.evidence.push((e, text));
            }
        }
        for c in records.candidates(&out.evidence.iter().map(|(e, _)| e.clone()).collect::<Vec<_>>()) {
            if let Some(text) = describe(&records, c.record, domains, &partners) {
                out.candidates.push((c, text));
            }
        }
    }
    for e in evidence.iter().filter(|e| e.record == RecordRef::Free) {
        out.evidence.push((e.clone(), describe_free(e)));
    }
    out.evidence.sort_by_key(|(e, _)| (e.competency, std::cmp::Reverse(e.date), e.id));
    out.candidates.sort_by_key(|(c, _)| (c.competency, std::cmp::Reverse(c.date)));
    Ok(out)
}
