//! The « Compétences » screen's data: each person's records gathered once, the evidence and the
//! candidates described in words (which person, which record, what it says), and the selection.
//! The DPP export describes its evidence with the same words.

pub mod effects;
pub mod form;
pub mod update;

use chrono::NaiveDate;

use crate::app::screens::plan::PlanItem;
use crate::domain::case::Case;
use crate::domain::evidence::{self, Candidate, Coverage, Evidence, RecordRef};
use crate::domain::partner::Partner;
use crate::domain::person::{Person, PersonId};
pub use crate::domain::record_words::RecordKind;
use crate::domain::record_words::RecordWords;
use crate::store::{Store, StoreError};

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
    Tab(PersonId, crate::app::model::PersonTab),
    /// An evaluation, to select in the person's « Évaluation » tab.
    EvaluationOf(PersonId, i64),
    /// A piece of evidence on the « Compétences » screen (of a person, or free), by competency.
    Evidence(Option<PersonId>, u8),
    Nowhere,
}

/// The record's words; `None` when it no longer exists. `domains` are the configured domain
/// keys (to jump to the right one); `partners` name the ties' partners.
pub fn describe(c: &Case, record: RecordRef, domains: &[String], partners: &[Partner]) -> Option<RecordText> {
    let RecordWords { kind, title, excerpt, date } = c.describe(record, partners)?;
    let id = c.person.id;
    let jump = match record {
        RecordRef::Entry(_) => Jump::Diagnostic(id, domains.iter().position(|d| *d == title).unwrap_or(0)),
        RecordRef::Axis(a) => Jump::Plan(id, PlanItem::Axis(a)),
        RecordRef::Objective(o) => Jump::Plan(id, PlanItem::Objective(o)),
        RecordRef::Action(a) => Jump::Plan(id, PlanItem::Action(a)),
        RecordRef::Tie(t) => Jump::Tie(id, t),
        RecordRef::Journal(j) => Jump::Journal(id, j),
        RecordRef::Evaluation(_) => Jump::Evaluation(id),
        RecordRef::Free => Jump::Nowhere,
    };
    Some(RecordText { person: Some(id), pseudonym: Some(c.person.pseudonym.clone()), kind, title, excerpt, date, jump })
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

/// A record tagged a second time for the same competency: a slip, said in words.
pub fn already_tagged(all: &[Evidence], e: &Evidence) -> bool {
    e.id == 0
        && e.record != crate::domain::evidence::RecordRef::Free
        && all.iter().any(|x| x.record == e.record && x.competency == e.competency)
}

/// The sentence for [`already_tagged`]: « Cet enregistrement est déjà une preuve de C4 ».
pub fn already_tagged_text(lang: crate::i18n::Lang, keys: &crate::app::keymap::Keymap, e: &Evidence) -> String {
    let code = crate::domain::competency::all()
        .get(usize::from(e.competency).saturating_sub(1))
        .map_or(String::new(), |c| c.code.to_string());
    keys.say(lang, &crate::i18n::KeyedText::EvidenceExists(code))
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
        let records = store.case(p.id)?;
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
