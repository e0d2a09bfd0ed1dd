//! Messages: everything that can happen to the model, from the user or from finished effects.

use crossterm::event::{KeyEvent, MouseEvent};

use super::action::Action;
use super::screens::plan::PlanItem;
use crate::domain::diagnosis::DiagnosisEntry;
use crate::domain::partner::{Partner, PartnerId};
use crate::domain::person::{Person, PersonId};
use crate::domain::plan::deadline::Deadline;
use crate::domain::plan::{ActionId, Plan, Postponement};
use crate::domain::tie::{Tie, TieId};
use crate::store::{PersonSummary, SearchHit};

/// Where a mouse click landed, resolved by the view's hit map.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Target {
    PersonRow(usize),
    Tab(usize),
    Domain(usize),
    FormField(usize),
    PaletteItem(usize),
    PickerItem(usize),
    WelcomeChoice(usize),
    PlanRow(usize),
    DeadlineRow(usize),
    PartnerRow(usize),
    TieNode(usize),
    JournalRow(usize),
    CompetencyRow(usize),
    FindingRow(usize),
    EvidenceRow(usize),
    RatingRow(usize),
}

/// What happened to the plan, for the status line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PlanChange {
    Saved,
    Done,
    Reopened,
    Postponed,
    Readjusted,
    Archived,
    Restored,
    Moved,
}

#[derive(Debug, Clone)]
pub enum Msg {
    Key(KeyEvent),
    /// Text pasted at once (bracketed paste): goes to the focused field whole, never read as keys.
    Paste(String),
    Mouse(MouseEvent),
    Click(Target),
    Action(Action),
    PersonsLoaded(Vec<PersonSummary>),
    /// Her card and her diagnosis revisions.
    PersonLoaded(Person, Vec<DiagnosisEntry>),
    /// Her whole case, opened or read again, and the directory that names her partners.
    CaseLoaded(Box<crate::domain::case::Case>, Vec<Partner>),
    PersonSaved(Person),
    Archived(PersonId, bool),
    EntrySaved(DiagnosisEntry),
    HistoryLoaded(String, Vec<DiagnosisEntry>),
    SearchResults(String, Vec<SearchHit>),
    DemoLoaded(usize),
    PlanLoaded(PersonId, Plan, Vec<Partner>),
    /// A change to the plan was stored; the item to select afterwards, and what to say.
    PlanSaved(PersonId, PlanItem, PlanChange),
    PostponementsLoaded(ActionId, Vec<Postponement>),
    DeadlinesLoaded(Vec<Deadline>),
    DirectoryLoaded(Vec<Partner>),
    /// What each person's ecomap and plan say together, for the file active's alerts.
    NetworkFactsLoaded(Vec<(PersonId, crate::domain::alerts::NetworkAlertFacts)>),
    /// How many points of each person's plan need another look (priority needs without objective,
    /// objectives without action or indicator).
    PlanGapsLoaded(Vec<(PersonId, usize)>),
    PartnerSaved(Partner),
    PartnerArchived(PartnerId, bool),
    PartnerPersonsLoaded(PartnerId, Vec<(PersonId, String)>),
    NetworkLoaded(PersonId, Vec<Tie>),
    /// A tie was stored or ended; the tie to select afterwards.
    TieSaved(PersonId, TieId),
    FindingsLoaded(Vec<super::screens::findings::FindingRow>),
    CompetenciesLoaded(super::screens::competencies::CompetenciesData),
    EvidenceSaved(crate::domain::evidence::Evidence),
    EvidenceRemoved,
    JournalLoaded(PersonId, Vec<crate::domain::journal::JournalEntry>),
    EvaluationsLoaded(PersonId, Vec<crate::domain::evaluation::Evaluation>),
    JournalSaved(crate::domain::journal::JournalEntry),
    EvaluationSaved(crate::domain::evaluation::Evaluation),
    /// The export was written, to this file.
    Exported(std::path::PathBuf),
    /// The anonymity guard found something in the document: nothing was written.
    ExportFindings(super::screens::export::ExportRequest, Vec<super::screens::findings::FindingRow>),
    /// The terminal's size, at start and when it changes.
    Resized(u16, u16),
    /// The day changed while the application was open (it stays open overnight on a desk).
    NewDay(chrono::NaiveDate),
    /// An effect failed; the text is already a sentence for the user, the category is what the
    /// log keeps of it.
    Failed(String, crate::log::ErrorCategory),
}
