//! Effects: what `update` asks the runtime to do. They are values, so tests can read them.

use chrono::NaiveDate;

use super::screens::plan::PlanItem;
use crate::domain::diagnosis::DiagnosisEntry;
use crate::domain::partner::{Partner, PartnerId};
use crate::domain::person::{Person, PersonId};
use crate::domain::plan::{ActionId, Axis, Objective, ObjectiveId, PlanAction, Postponement};
use crate::domain::tie::{Tie, TieId};

impl Effect {
    /// The effect's name for the log: never its data, which may carry what was typed.
    pub fn kind(&self) -> &'static str {
        match self {
            Effect::LoadPersons => "load_persons",
            Effect::LoadPersonAlerts => "load_person_alerts",
            Effect::LoadPerson(..) => "load_person",
            Effect::SavePerson(..) => "save_person",
            Effect::SetArchived(..) => "set_archived",
            Effect::SaveEntry(..) => "save_entry",
            Effect::LoadHistory(..) => "load_history",
            Effect::Search(..) => "search",
            Effect::LoadDemo => "load_demo",
            Effect::LoadPlan(..) => "load_plan",
            Effect::SaveAxis(..) => "save_axis",
            Effect::SaveObjective(..) => "save_objective",
            Effect::Readjust(..) => "readjust",
            Effect::SaveAction(..) => "save_action",
            Effect::MarkDone(..) => "mark_done",
            Effect::ReopenAction(..) => "reopen_action",
            Effect::Postpone(..) => "postpone",
            Effect::ArchiveItem(..) => "archive_item",
            Effect::RestoreItem(..) => "restore_item",
            Effect::MoveItem(..) => "move_item",
            Effect::LoadPostponements(..) => "load_postponements",
            Effect::LoadDeadlines(..) => "load_deadlines",
            Effect::LoadDirectory => "load_directory",
            Effect::SavePartner(..) => "save_partner",
            Effect::SetPartnerArchived(..) => "set_partner_archived",
            Effect::LoadPartnerPersons(..) => "load_partner_persons",
            Effect::LoadNetwork(..) => "load_network",
            Effect::SaveTie(..) => "save_tie",
            Effect::EndTie(..) => "end_tie",
            Effect::LoadFindings => "load_findings",
            Effect::LoadCompetencies(..) => "load_competencies",
            Effect::SaveEvidence(..) => "save_evidence",
            Effect::RemoveEvidence(..) => "remove_evidence",
            Effect::LoadJournal(..) => "load_journal",
            Effect::LoadEvaluations(..) => "load_evaluations",
            Effect::SaveJournalEntry(..) => "save_journal_entry",
            Effect::SaveEvaluation(..) => "save_evaluation",
            Effect::Export(..) => "export",
        }
    }

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
    /// Undoes « done »: the status it had before, no done date.
    ReopenAction(ActionId, crate::domain::plan::ActionStatus),
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
    /// A document about a person written to a file, after the anonymity guard unless forced.
    Export(super::screens::export::ExportRequest),
}
