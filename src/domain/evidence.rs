//! Evidence for the certification's eight competencies (DPP): a record of the daily work tagged
//! with a competency and a reflective note, « en quoi cela démontre la compétence ». There is no
//! partial validation: each of the eight needs its evidence.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::diagnosis::DiagnosisEntry;
use super::evaluation::{Evaluation, EvaluationKind};
use super::journal::{JournalEntry, JournalKind};
use super::person::PersonId;
use super::plan::{Carrier, Plan};
use super::tie::{Tie, TieTarget};

pub type EvidenceId = i64;

/// Number of competencies of the certification (C1…C8).
pub const COMPETENCIES: u8 = 8;
/// Evidence from which a competency is solidly covered…
pub const SOLID_COUNT: usize = 3;
/// …of which at least this many carry a reflective note.
pub const SOLID_NOTED: usize = 2;

/// The record a piece of evidence points to, by its id in the database.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(tag = "kind", content = "id", rename_all = "kebab-case")]
pub enum RecordRef {
    /// A revision of a diagnosis domain.
    Entry(i64),
    Axis(i64),
    Objective(i64),
    Action(i64),
    Tie(i64),
    Journal(i64),
    Evaluation(i64),
    /// Evidence written on its own: the analysis of her mission (C1), her watch (C8).
    Free,
}

impl RecordRef {
    pub fn kind(self) -> &'static str {
        match self {
            RecordRef::Entry(_) => "entry",
            RecordRef::Axis(_) => "axis",
            RecordRef::Objective(_) => "objective",
            RecordRef::Action(_) => "action",
            RecordRef::Tie(_) => "tie",
            RecordRef::Journal(_) => "journal",
            RecordRef::Evaluation(_) => "evaluation",
            RecordRef::Free => "free",
        }
    }

    pub fn id(self) -> Option<i64> {
        match self {
            RecordRef::Entry(id)
            | RecordRef::Axis(id)
            | RecordRef::Objective(id)
            | RecordRef::Action(id)
            | RecordRef::Tie(id)
            | RecordRef::Journal(id)
            | RecordRef::Evaluation(id) => Some(id),
            RecordRef::Free => None,
        }
    }

    pub fn from_parts(kind: &str, id: Option<i64>) -> Option<RecordRef> {
        Some(match (kind, id) {
            ("entry", Some(id)) => RecordRef::Entry(id),
            ("axis", Some(id)) => RecordRef::Axis(id),
            ("objective", Some(id)) => RecordRef::Objective(id),
            ("action", Some(id)) => RecordRef::Action(id),
            ("tie", Some(id)) => RecordRef::Tie(id),
            ("journal", Some(id)) => RecordRef::Journal(id),
            ("evaluation", Some(id)) => RecordRef::Evaluation(id),
            ("free", _) => RecordRef::Free,
            _ => return None,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Evidence {
    pub id: EvidenceId,
    /// None for free evidence about the practice rather than a person (C1, C8).
    pub person_id: Option<PersonId>,
    pub record: RecordRef,
    /// 1…8 for C1…C8.
    pub competency: u8,
    /// « En quoi cela démontre la compétence ».
    pub note: String,
    pub date: NaiveDate,
}

impl Evidence {
    pub fn new_draft(person_id: Option<PersonId>, record: RecordRef, competency: u8, today: NaiveDate) -> Evidence {
        Evidence { id: 0, person_id, record, competency, note: String::new(), date: today }
    }

    pub fn has_note(&self) -> bool {
        !self.note.trim().is_empty()
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EvidenceProblem {
    CompetencyOutOfRange,
    /// Free evidence is only its note: it cannot be empty.
    FreeWithoutNote,
    NoteTooLong,
    /// A record belongs to a person: its evidence names her.
    RecordWithoutPerson,
}

pub const MAX_NOTE_CHARS: usize = 4000;

pub fn validate(e: &Evidence) -> Vec<EvidenceProblem> {
    let mut out = Vec::new();
    if !(1..=COMPETENCIES).contains(&e.competency) {
        out.push(EvidenceProblem::CompetencyOutOfRange);
    }
    if e.record == RecordRef::Free && !e.has_note() {
        out.push(EvidenceProblem::FreeWithoutNote);
    }
    if e.note.chars().count() > MAX_NOTE_CHARS {
        out.push(EvidenceProblem::NoteTooLong);
    }
    if e.record != RecordRef::Free && e.person_id.is_none() {
        out.push(EvidenceProblem::RecordWithoutPerson);
    }
    out
}

/// How well a competency is covered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Coverage {
    /// Nothing yet: the DPP cannot be validated.
    None,
    /// Some evidence, not yet enough to write a chapter on.
    Some,
    /// At least three pieces of evidence, two of them with a reflective note.
    Solid,
}

/// The documented rule: none without evidence; solid from [`SOLID_COUNT`] pieces of which
/// [`SOLID_NOTED`] carry a note (a record without reflection shows the act, not the competency);
/// some in between.
pub fn coverage(evidence: &[&Evidence]) -> Coverage {
    let noted = evidence.iter().filter(|e| e.has_note()).count();
    match evidence.len() {
        0 => Coverage::None,
        n if n >= SOLID_COUNT && noted >= SOLID_NOTED => Coverage::Solid,
        _ => Coverage::Some,
    }
}

/// A record that looks like evidence of a competency and is not tagged yet.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Candidate {
    pub person_id: PersonId,
    pub record: RecordRef,
    pub competency: u8,
    pub why: CandidateReason,
    /// When the record was written (to sort, newest first).
    pub date: NaiveDate,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CandidateReason {
    /// A diagnosis revision co-built with the person and holding her own words (C2).
    CoBuiltWithWords,
    /// An axis written with the person's participation and view (C3).
    AxisWithParticipation,
    /// An objective with an indicator and a partner carrying one of its actions (C4).
    ObjectiveWithIndicatorAndPartner,
    /// An evaluation where the person rated her own situation (C5).
    EvaluationWithSelfRating,
    /// A tie to a partner who carries an action of the plan (C6).
    TieToCarrier,
    /// A transmission noted in the journal (C7).
    Transmission,
}

/// Everything the tool knows of one person, for the candidates.
pub struct PersonRecords<'a> {
    pub person_id: PersonId,
    pub entries: &'a [DiagnosisEntry],
    pub plan: &'a Plan,
    pub ties: &'a [Tie],
    pub journal: &'a [JournalEntry],
    pub evaluations: &'a [Evaluation],
}

/// The candidates of one person not already tagged with that competency.
pub fn candidates(r: &PersonRecords<'_>, tagged: &[Evidence]) -> Vec<Candidate> {
    let taken =
        |record: RecordRef, competency: u8| tagged.iter().any(|e| e.record == record && e.competency == competency);
    let mut out = Vec::new();
    let mut push = |record: RecordRef, competency: u8, why: CandidateReason, date: NaiveDate| {
        if !taken(record, competency) {
            out.push(Candidate { person_id: r.person_id, record, competency, why, date });
        }
    };
    for e in r.entries.iter().filter(|e| e.co_built && !e.person_words.trim().is_empty()) {
        push(RecordRef::Entry(e.id), 2, CandidateReason::CoBuiltWithWords, e.date);
    }
    for a in r.plan.axes.iter().filter(|a| !a.archived) {
        if !a.participation.trim().is_empty() && !a.person_view.trim().is_empty() {
            push(RecordRef::Axis(a.id), 3, CandidateReason::AxisWithParticipation, a.created_on);
        }
    }
    let carriers: Vec<i64> = r
        .plan
        .actions
        .iter()
        .filter(|a| !a.archived)
        .filter_map(|a| match a.carrier {
            Carrier::Partner(p) => Some(p),
            _ => None,
        })
        .collect();
    for o in r.plan.objectives.iter().filter(|o| !o.archived && !o.indicator.trim().is_empty()) {
        let with_partner = r.plan.actions_of(o.id).any(|a| !a.archived && matches!(a.carrier, Carrier::Partner(_)));
        if with_partner {
            push(RecordRef::Objective(o.id), 4, CandidateReason::ObjectiveWithIndicatorAndPartner, o.created_on);
        }
    }
    for e in r.evaluations.iter().filter(|e| e.ratings.iter().any(|x| x.person.is_some())) {
        push(RecordRef::Evaluation(e.id), 5, CandidateReason::EvaluationWithSelfRating, e.date);
    }
    for t in r.ties.iter().filter(|t| t.until.is_none()) {
        if let TieTarget::Partner(p) = t.target
            && carriers.contains(&p)
        {
            push(RecordRef::Tie(t.id), 6, CandidateReason::TieToCarrier, t.since);
        }
    }
    for e in r.journal.iter().filter(|e| e.kind == JournalKind::Transmission) {
        push(RecordRef::Journal(e.id), 7, CandidateReason::Transmission, e.date);
    }
    out.sort_by(|a, b| a.competency.cmp(&b.competency).then(b.date.cmp(&a.date)));
    out
}

/// What kind of record a piece of evidence is, for its label (« objectif », « lien »…).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RecordKind {
    /// A diagnosis revision: its domain key and revision.
    Entry,
    Axis,
    Objective,
    Action,
    Tie,
    Journal(JournalKind),
    Evaluation(EvaluationKind),
    Free,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::plan::{Axis, Objective, PlanAction};

    fn day(d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, d).unwrap()
    }

    fn evidence(competency: u8, note: &str) -> Evidence {
        Evidence { note: note.into(), ..Evidence::new_draft(Some(1), RecordRef::Axis(1), competency, day(2)) }
    }

    #[test]
    fn coverage_rule() {
        assert_eq!(coverage(&[]), Coverage::None);
        let a = evidence(2, "Le diagnostic a été écrit avec elle, à partir de ses mots.");
        let b = evidence(2, "");
        let c = evidence(2, "Elle a choisi l’ordre des domaines.");
        assert_eq!(coverage(&[&a]), Coverage::Some);
        assert_eq!(coverage(&[&a, &b, &b]), Coverage::Some, "three, but one note only");
        assert_eq!(coverage(&[&a, &b, &c]), Coverage::Solid);
    }

    #[test]
    fn validation() {
        assert!(validate(&evidence(8, "")).is_empty());
        assert_eq!(validate(&evidence(9, "x")), vec![EvidenceProblem::CompetencyOutOfRange]);
        assert_eq!(validate(&evidence(0, "x")), vec![EvidenceProblem::CompetencyOutOfRange]);
        let free = Evidence::new_draft(None, RecordRef::Free, 1, day(2));
        assert_eq!(validate(&free), vec![EvidenceProblem::FreeWithoutNote]);
        let orphan = Evidence::new_draft(None, RecordRef::Tie(2), 6, day(2));
        assert_eq!(validate(&orphan), vec![EvidenceProblem::RecordWithoutPerson]);
        assert_eq!(validate(&evidence(1, &"é".repeat(MAX_NOTE_CHARS + 1))), vec![EvidenceProblem::NoteTooLong]);
        for r in [RecordRef::Entry(3), RecordRef::Tie(4), RecordRef::Free] {
            assert_eq!(RecordRef::from_parts(r.kind(), r.id()), Some(r));
        }
        assert_eq!(RecordRef::from_parts("axis", None), None);
    }

    #[test]
    fn candidates_follow_the_records_and_skip_what_is_tagged() {
        let mut entry = DiagnosisEntry::new_draft(1, "logement", day(3));
        entry.id = 10;
        entry.co_built = true;
        entry.person_words = "« Je veux rester chez moi. »".into();
        let mut plain = entry.clone();
        plain.id = 11;
        plain.person_words.clear();
        let mut axis = Axis::new_draft(1, day(4));
        axis.id = 1;
        axis.participation = "Elle a choisi l’axe.".into();
        axis.person_view = "D’accord".into();
        let mut objective = Objective::new_draft(1, day(4));
        objective.id = 2;
        objective.indicator = "Loyer payé trois mois de suite".into();
        let mut action = PlanAction::new_draft(2, day(4));
        action.carrier = Carrier::Partner(7);
        let plan = Plan { axes: vec![axis], objectives: vec![objective], actions: vec![action] };
        let mut tie = Tie::new_draft(1, TieTarget::Partner(7), day(1));
        tie.id = 5;
        let mut transmission = JournalEntry::new_draft(1, day(6));
        transmission.id = 8;
        transmission.kind = JournalKind::Transmission;
        let mut evaluation = Evaluation::new_draft(1, day(9));
        evaluation.id = 4;
        evaluation.ratings =
            vec![crate::domain::evaluation::Rating { domain: "logement".into(), person: Some(6), referent: None }];
        let records = PersonRecords {
            person_id: 1,
            entries: &[entry, plain],
            plan: &plan,
            ties: &[tie],
            journal: &[transmission],
            evaluations: &[evaluation],
        };
        let found: Vec<(u8, RecordRef)> = candidates(&records, &[]).iter().map(|c| (c.competency, c.record)).collect();
        assert_eq!(
            found,
            [
                (2, RecordRef::Entry(10)),
                (3, RecordRef::Axis(1)),
                (4, RecordRef::Objective(2)),
                (5, RecordRef::Evaluation(4)),
                (6, RecordRef::Tie(5)),
                (7, RecordRef::Journal(8))
            ]
        );
        let tagged = Evidence::new_draft(Some(1), RecordRef::Objective(2), 4, day(10));
        assert_eq!(candidates(&records, &[tagged]).len(), 5);
    }
}
