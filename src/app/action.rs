//! The closed set of user intents. Keys map to actions through the keymap (data), never in code,
//! so the help overlay, the palette and the hint bar are all generated from one source.

use serde::{Deserialize, Serialize};

/// Where an action applies. A key is looked up in the focused context first, then in `Global`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, PartialOrd, Ord)]
#[serde(rename_all = "snake_case")]
pub enum Context {
    Global,
    Welcome,
    FileActive,
    Person,
    Diagnostic,
    Project,
    Network,
    Deadlines,
    Directory,
    Form,
    Journal,
    Evaluation,
    Competencies,
    Findings,
}

impl Context {
    pub const ALL: [Context; 14] = [
        Context::Global,
        Context::Welcome,
        Context::FileActive,
        Context::Person,
        Context::Diagnostic,
        Context::Project,
        Context::Network,
        Context::Deadlines,
        Context::Directory,
        Context::Journal,
        Context::Evaluation,
        Context::Competencies,
        Context::Findings,
        Context::Form,
    ];

    pub fn key(self) -> &'static str {
        match self {
            Context::Global => "global",
            Context::Welcome => "welcome",
            Context::FileActive => "file_active",
            Context::Person => "person",
            Context::Diagnostic => "diagnostic",
            Context::Project => "project",
            Context::Network => "network",
            Context::Deadlines => "deadlines",
            Context::Directory => "directory",
            Context::Form => "form",
            Context::Journal => "journal",
            Context::Evaluation => "evaluation",
            Context::Competencies => "competencies",
            Context::Findings => "findings",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, PartialOrd, Ord)]
#[serde(rename_all = "snake_case")]
pub enum Action {
    Quit,
    Help,
    Palette,
    Search,
    Back,
    Up,
    Down,
    PageUp,
    PageDown,
    First,
    Last,
    LoadDemo,
    NewPerson,
    Open,
    EditPerson,
    ArchivePerson,
    ToggleArchived,
    NextTab,
    PrevTab,
    EditEntry,
    History,
    Synthesis,
    NewItem,
    EditItem,
    NewAxis,
    MarkDone,
    Postpone,
    Readjust,
    ArchiveItem,
    MoveUp,
    MoveDown,
    CycleView,
    Deadlines,
    Directory,
    Compare,
    /// The ecomap's ties as a list, in words: readable without colour, and by a screen reader.
    TieList,
    EndTie,
    Save,
    NextField,
    PrevField,
    Cancel,
    PickCode,
    /// Notes what just happened in the person's journal, from any of her tabs.
    NoteJournal,
    FilterKind,
    FilterPartner,
    ZoomIn,
    ZoomOut,
    Earlier,
    Later,
    /// The journal's period: the whole path, the last month, three months, a year.
    CyclePeriod,
    /// The « Compétences » screen: the whole practice from the file active, one person from hers.
    Competencies,
    /// Tags the record on screen as evidence of a competency.
    TagEvidence,
    /// Accepts the suggested evidence.
    Accept,
    /// « Données identifiantes »: what the anonymity scan finds in every person's records.
    Findings,
    /// The evaluation before (or after) the one looked at.
    OlderEvaluation,
    NewerEvaluation,
    /// The file active's order: pseudonym, last contact, next deadline, alerts.
    CycleOrder,
    /// « Exporter… »: a document about the open person, written to a file.
    Export,
    /// Reopens the action just marked done (after a confirmation).
    Reopen,
    /// Empties the focused field of a form.
    ClearField,
}

impl Action {
    pub const ALL: [Action; 60] = [
        Action::Quit,
        Action::Help,
        Action::Palette,
        Action::Search,
        Action::Back,
        Action::Up,
        Action::Down,
        Action::PageUp,
        Action::PageDown,
        Action::First,
        Action::Last,
        Action::LoadDemo,
        Action::NewPerson,
        Action::Open,
        Action::EditPerson,
        Action::ArchivePerson,
        Action::ToggleArchived,
        Action::NextTab,
        Action::PrevTab,
        Action::EditEntry,
        Action::History,
        Action::Synthesis,
        Action::NewItem,
        Action::EditItem,
        Action::NewAxis,
        Action::MarkDone,
        Action::Postpone,
        Action::Readjust,
        Action::ArchiveItem,
        Action::MoveUp,
        Action::MoveDown,
        Action::CycleView,
        Action::Deadlines,
        Action::Directory,
        Action::Compare,
        Action::TieList,
        Action::EndTie,
        Action::Save,
        Action::NextField,
        Action::PrevField,
        Action::Cancel,
        Action::PickCode,
        Action::NoteJournal,
        Action::FilterKind,
        Action::FilterPartner,
        Action::ZoomIn,
        Action::ZoomOut,
        Action::Earlier,
        Action::Later,
        Action::CyclePeriod,
        Action::Competencies,
        Action::TagEvidence,
        Action::Accept,
        Action::Findings,
        Action::OlderEvaluation,
        Action::NewerEvaluation,
        Action::CycleOrder,
        Action::Export,
        Action::Reopen,
        Action::ClearField,
    ];

    /// Movement keys are listed once in the help, not offered in the palette.
    pub fn is_navigation(self) -> bool {
        matches!(self, Action::Up | Action::Down | Action::PageUp | Action::PageDown | Action::First | Action::Last)
    }
}
