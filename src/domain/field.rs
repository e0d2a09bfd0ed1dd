//! Why a value typed in a form, or read from a case file, is refused: the form and the import
//! obey the same rules and say them with the same values (i18n puts them in words).

use super::date::DateError;
use super::diagnosis::EntryProblem;
use super::person::PersonProblem;
use super::plan::action::ActionProblem;
use super::plan::axis::AxisProblem;
use super::plan::objective::ObjectiveProblem;
use super::tie::TieProblem;

/// Why a field's value was refused; the view turns it into French or English.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FieldError {
    Required,
    Date(DateError),
    Year,
    Person(PersonProblem),
    Entry(EntryProblem),
    Axis(AxisProblem),
    Objective(ObjectiveProblem),
    Action(ActionProblem),
    /// A line of the linked needs that names no need of the diagnosis.
    UnknownNeed,
    /// A problem of one line (counted from 1) of a field written one item a line: the line is said.
    AtLine(usize, EntryProblem),
    Tie(TieProblem),
    /// A comparison date must be in the past.
    NotInPast,
    /// The text seems to identify someone (held once; saving again keeps it).
    Identifying(super::identifier::IdentifierKind),
    /// Not an hour (« 9h10 », « 14:30 »).
    Time,
    /// A line of the partners that names no partner of the directory.
    UnknownPartner,
    Journal(crate::domain::journal::JournalProblem),
    Evaluation(crate::domain::evaluation::EvaluationProblem),
    /// A decision about an objective needs its level.
    LevelNeeded,
    Evidence(crate::domain::evidence::EvidenceProblem),
    /// A readjustment saved as the old objective was.
    ReadjustUnchanged,
}

/// Which field of a form: what a refusal points to, and what i18n names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FieldId {
    Pseudonym,
    BirthYear,
    AgeBand,
    Dispositif,
    ReferralDate,
    ReferralSource,
    Status,
    Fictitious,
    ConsentDate,
    ConsentScope,
    LastContact,
    Situation,
    PersonWords,
    Needs,
    Resources,
    Risks,
    PriorityPerson,
    PriorityReferent,
    Source,
    Date,
    CoBuilt,
    AxisTitle,
    Rationale,
    LinkedNeeds,
    Participation,
    PersonView,
    ObjectiveTitle,
    Indicator,
    ExpectedResult,
    Deadline,
    ObjectiveStatus,
    GasMinus2,
    GasMinus1,
    GasZero,
    GasPlus1,
    GasPlus2,
    GasBaseline,
    Importance,
    Difficulty,
    What,
    Carrier,
    Start,
    Due,
    ActionStatus,
    Service,
    NewDate,
    Reason,
    PartnerName,
    Sector,
    Expertise,
    Territory,
    Contact,
    PartnerNotes,
    TieTarget,
    InformalLabel,
    TieRole,
    Strength,
    Valence,
    Flow,
    Since,
    ShareConsentDate,
    ShareConsentScope,
    LegalBasis,
    TieNotes,
    CompareDate,
    JournalKind,
    Time,
    Summary,
    Partners,
    Sensitive,
    EvaluationKind,
    Participants,
    Tools,
    ReferentView,
    Decisions,
    NextEvaluation,
    /// The level of the evaluation form's n-th objective.
    GoalLevel(u16),
    GoalDecision(u16),
    /// The person's rating of the n-th domain.
    SelfRating(u16),
    ReferentRating(u16),
    Competency,
    EvidenceNote,
    /// What the export dialog writes: plan, bilan, écocarte, dossier, DPP.
    ExportWhat,
    ExportFormat,
    /// The file the export is written to.
    Destination,
}
