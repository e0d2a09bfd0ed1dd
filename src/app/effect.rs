//! Effects: what `update` asks the runtime to do. They are values, so tests can read them.

use chrono::NaiveDate;

use super::project::PlanItem;
use crate::domain::diagnosis::DiagnosisEntry;
use crate::domain::partner::{Partner, PartnerId};
use crate::domain::person::{Person, PersonId};
use crate::domain::plan::{ActionId, Axis, Objective, ObjectiveId, PlanAction, Postponement};
use crate::domain::tie::{Tie, TieId};

impl Effect {
    /// Work that reads much of the file active: the screen is drawn first (saying what it waits
    /// for), and the work runs once that frame is on screen and no key is waiting.
    pub fn waits_for_the_frame(&self) -> bool {
        matches!(self, Effect::LoadPersonAlerts | Effect::LoadFindings)
    }
}

#[derive(Debug, Clone, PartialEq)]
pub enum Effect {
    LoadPersons,
    /// What the plans and ecomaps say about each person (consent, supports, gaps): run after the
    /// file active is on screen.
    LoadPersonAlerts,
    /// The person, her diagnosis and her plan.
    LoadPerson(PersonId),
    /// Insert when `id == 0`, else update.
    SavePerson(Person),
    SetArchived(PersonId, bool),
    SaveEntry(DiagnosisEntry),
    LoadHistory(PersonId, String),
    Search(String),
    LoadDemo,
    LoadPlan(PersonId),
    SaveAxis(Axis),
    SaveObjective(Objective),
    /// The objective is replaced by a new one; the old keeps its history with status « réajusté ».
    Readjust(ObjectiveId, Objective),
    SaveAction(PlanAction),
    MarkDone(ActionId, NaiveDate),
    Postpone(Postponement),
    ArchiveItem(PlanItem),
    RestoreItem(PlanItem),
    MoveItem(PlanItem, i64),
    LoadPostponements(ActionId),
    /// Open items due up to this date (late ones included), across the file active.
    LoadDeadlines(NaiveDate),
    LoadDirectory,
    /// Insert when `id == 0`, else update.
    SavePartner(Partner),
    SetPartnerArchived(PartnerId, bool),
    LoadPartnerPersons(PartnerId),
    LoadNetwork(PersonId),
    /// Insert when `id == 0`; a change of drawing ends the old tie and starts a new one today.
    SaveTie(Tie, NaiveDate),
    EndTie(TieId, NaiveDate),
    /// Every person's records scanned for identifying data.
    LoadFindings,
    /// The « Compétences » screen's data, for one person or the whole practice.
    LoadCompetencies(Option<PersonId>),
    /// Insert when `id == 0`, else update.
    SaveEvidence(crate::domain::evidence::Evidence),
    RemoveEvidence(crate::domain::evidence::EvidenceId),
    LoadJournal(PersonId),
    LoadEvaluations(PersonId),
    /// Insert when `id == 0`, else update.
    SaveJournalEntry(crate::domain::journal::JournalEntry),
    /// Insert when `id == 0`, else update; closing decisions close their objectives.
    SaveEvaluation(crate::domain::evaluation::Evaluation),
}
