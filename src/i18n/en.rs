//! English (`--lang en`).

use super::{KeyName, PlanText, Problem, Say, T};
use crate::action::{Action, Context};
use crate::app::form::{FieldError, FieldId};
use crate::domain::alerts::Alert;
use crate::domain::date::DateError;
use crate::domain::diagnosis::{Completeness, EntryProblem, Priority};
use crate::domain::evaluation::EvaluationProblem;
use crate::domain::evidence::EvidenceProblem;
use crate::domain::journal::JournalProblem;
use crate::domain::partner::Sector;
use crate::domain::person::{PersonProblem, PersonStatus};
use crate::domain::plan::action::ActionProblem;
use crate::domain::plan::objective::ObjectiveProblem;
use crate::domain::plan::{ActionStatus, ObjectiveStatus};
use crate::domain::tie::{Flow, InformalKind, LegalBasis, Strength, TieProblem, Valence};
use chrono::{Datelike, NaiveDate};

pub fn text(t: T) -> &'static str {
    match t {
        T::AppTagline => "the care pathway coordinator's tool",
        T::WelcomeTitle => "Welcome to parcours",
        T::WelcomeLine1 => {
            "parcours supports the care pathway coordinator, with the person, from the global assessment"
        }
        T::WelcomeLine2 => {
            "to the plan, the partners and the evaluation, and keeps your writing as evidence for the DPP."
        }
        T::WelcomeLine3 => "Everything stays on this computer, under a pseudonym: no field asks who the person is.",
        T::WelcomeDemo => "Explore the demo situation",
        T::WelcomeNew => "New person",
        T::WelcomePrivacy => "↑↓ choose · ↵ confirm · d demo · n new person · ? help",
        T::FileActive => "Caseload",
        T::ColPseudonym => "Person",
        T::ColDispositif => "Scheme",
        T::ColStatus => "Status",
        T::ColLastContact => "Last contact",
        T::ColContact => "Contact",
        T::Symbols => "Symbols",
        T::SymbolComplete => "complete domain (situation, words, needs, resources, risks)",
        T::SymbolPartial => "domain started",
        T::SymbolNotExplored => "domain not explored yet",
        T::SymbolAlert => "point of attention",
        T::SymbolNoAlert => "nothing to report",
        T::ColAlerts => "Alerts",
        T::NoPersonMatches => "No person matches.",
        T::FilterPrompt => "Search:",
        T::DirectoryFilterHint => "Esc clears · ↵ keeps the filter · ↑↓ selects",
        T::FilterHint => "Esc clears · ↵ opens · ↑↓ selects",
        T::ShowingArchived => "archived shown",
        T::Archived => "archived",
        T::NoPassageFound => "No passage contains these words.",
        T::NeverContactedShort => "never",
        T::OrderLastContact => "by last contact",
        T::OrderDeadline => "by deadline",
        T::OrderAlerts => "by alerts",
        T::ExportKey => "Export",
        T::ListKey => "List",
        T::NoContactYet => "no contact recorded",
        T::TabCard => "Card",
        T::CarrierPerson => "the person",
        T::CarrierReferent => "the coordinator",
        T::AlreadyClosed => "This item is already closed.",
        T::SelectAnAction => "Select an action in the tree first.",
        T::SelectAnObjective => "Select an objective in the tree first.",
        T::AxisSaved => "Axis saved.",
        T::HelpQuitFromForm => "Quit (asks if the form has changed)",
        T::HelpFormTypes => "q, /, :, ? and any letter are typed into the field.",
        T::CompareKey => "Compare",
        T::ObjectiveSaved => "Objective saved.",
        T::ActionSaved => "Action saved.",
        T::PlanDone => "Action marked done today.",
        T::PlanReopened => "Action reopened.",
        T::ConfirmReopenAction => "Reopen the action? Its done date is cleared.",
        T::PlanPostponed => "Action postponed; the postponement is kept in its log.",
        T::PlanReadjusted => "Objective readjusted: the old one keeps its history.",
        T::PlanArchived => "Item archived: it leaves the tree, nothing is deleted.",
        T::PlanMoved => "Order changed.",
        T::ConfirmArchiveAxis => "Archive this axis and all it holds? Nothing is deleted.",
        T::ConfirmArchiveObjective => "Archive this objective and its actions? Nothing is deleted.",
        T::ConfirmArchiveAction => "Archive this action? Nothing is deleted.",
        T::TabProject => "Plan",
        T::ViewTree => "Tree",
        T::ViewWho => "Who does what",
        T::ViewSchedule => "Schedule",
        T::AxisWord => "Axis",
        T::ObjectiveWord => "Objective",
        T::ActionWord => "Action",
        T::PlanEmpty => "No axis of support yet.",
        T::PlanEmptyHint => "N: write the first axis with the person, from the assessment.",
        T::Warnings => "Points of attention",
        T::NoWarning => "Nothing to report in this plan.",
        T::LabelIndicator => "Indicator",
        T::LabelExpected => "Expected result",
        T::LabelDeadline => "Deadline",
        T::LabelStatus => "Status",
        T::LabelCarrier => "Who",
        T::LabelStart => "Start",
        T::LabelDone => "Done on",
        T::LabelService => "SERAFIN-PH service",
        T::LabelPostponements => "Postponements",
        T::LabelPersonView => "The person’s view",
        T::LabelParticipation => "How the person takes part",
        T::LabelRationale => "Why this axis",
        T::LabelNeeds => "Needs addressed",
        T::LabelGas => "Goal attainment scale (GAS)",
        T::LabelBaseline => "Baseline",
        T::LabelWeight => "Weight (importance × difficulty)",
        T::LabelReplaces => "Readjusts the objective",
        T::Late => "late",
        T::ThisWeek => "this week",
        T::NoDate => "no date",
        T::DeadlinesTitle => "Caseload deadlines",
        T::LateSection => "Late",
        T::WeekSection => "Within 7 days",
        T::NoDeadline => "Nothing late, nothing due within 7 days.",
        T::ColKind => "Kind",
        T::ColWhere => "Where",
        T::ColExcerpt => "Excerpt",
        T::ColDate => "Date",
        T::ColWhat => "Item",
        T::ColNextDeadline => "Deadline",
        T::KindObjective => "objective",
        T::KindAction => "action",
        T::NoOpenAction => "No open action.",
        T::WarnNeedUnaddressed => "Priority need without objective",
        T::WarnNoAction => "Objective without action",
        T::WarnNoIndicator => "Objective without indicator",
        T::WarnObjectiveLate => "Objective late",
        T::WarnActionLate => "Action late",
        T::StatusPartialShort => "partial",
        T::ViewKeysHint => "v: change view",
        T::PartnerSaved => "Partner saved in the directory.",
        T::PartnerArchived => "Partner archived: it leaves the directory, nothing is deleted.",
        T::PartnerRestored => "Partner back in the directory.",
        T::ConfirmArchivePartner => "Archive this partner? It leaves the directory; its ties and actions stay.",
        T::ConfirmRestorePartner => "Put this partner back in the directory?",
        T::DirectoryTitle => "Territory directory",
        T::ColName => "Organisation",
        T::ColSector => "Sector",
        T::ColTerritory => "Territory",
        T::ColExpertise => "Expertise",
        T::InvolvedWith => "Persons supported with this partner",
        T::NoInvolved => "No person of the caseload yet.",
        T::NoPartner => "No partner matches.",
        T::DirectoryEmpty => "The directory is empty: n to add an organisation of the territory.",
        T::HintContact => "Professional contact of the organisation: never that of a person supported.",
        T::LabelContact => "Contact",
        T::LabelNotes => "Notes",
        T::TieSaved => "Network updated.",
        T::ConfirmEndTie => "End this tie today? It stays on past ecomaps.",
        T::TabNetwork => "Network",
        T::TabEvaluation => "Evaluation",
        T::TabJournal => "Journal",
        T::EcomapTitle => "Ecomap",
        T::EcomapOn => "on",
        T::EcomapAsList => "as a list",
        T::TieSince => "since",
        T::EcomapCompared => "compared with",
        T::NoTie => "No tie yet: n to add a partner or a support from the person’s circle.",
        T::Legend => "Legend",
        T::LegendStrong => "strong",
        T::LegendModerate => "moderate",
        T::LegendNormal => "normal",
        T::LegendWeak => "weak",
        T::LegendStressful => "stressful",
        T::LegendConflictual => "conflictual",
        T::LegendBroken => "broken",
        T::LegendFlow => "direction of support",
        T::LegendAdded => "new",
        T::LegendEnded => "ended",
        T::LegendChanged => "changed",
        T::EcomapInformal => "Informal supports",
        T::EcomapPartner => "local partner",
        T::EcomapEmpty => "No tie on that date.",
        T::LabelRole => "Role",
        T::LabelSince => "Since",
        T::LabelUntil => "Until",
        T::LabelConsent => "Information sharing",
        T::NoShareConsent => "no consent to share recorded",
        T::NetworkAlerts => "Points of attention",
        T::AlertNoInformal => "No informal support on the ecomap",
        T::AlertCarrierNoConsent => "Partners carrying an action without consent to share",
        T::AlertConflictualCarrier => "Conflictual tie with a partner who carries an action",
        T::CompareHint => "c: compare with a past date",
        T::CompareOffHint => "c: stop comparing",
        T::BackToTree => "These keys act in the tree: here it is.",
        T::StartsLater => "This action starts after today: move its start first (↵).",
        T::PlanRestored => "Item back in the tree.",
        T::ConfirmRestoreItem => "Put this item back in the tree?",
        T::ArchivedMark => "archived",
        T::PostponeBeforeStart => "The new due date is before the action starts.",
        T::TabDiagnostic => "Assessment",
        T::Domains => "Life domains",
        T::NotExploredYet => "This domain has not been explored with the person yet.",
        T::PressEnterToWrite => "↵ to write it together.",
        T::Situation => "Situation",
        T::PersonWords => "The person's own words",
        T::Needs => "Needs",
        T::Resources => "Resources, strengths",
        T::Risks => "Risks of breakdown",
        T::PriorityForPerson => "Priority for the person",
        T::PriorityForReferent => "Priority for the coordinator",
        T::Source => "Source",
        T::Date => "Date",
        T::CoBuilt => "Co-built with the person",
        T::Yes => "yes",
        T::No => "no",
        T::Synthesis => "Needs overview",
        T::Domain => "Domain",
        T::SynthesisEmpty => "No need has been identified yet.",
        T::History => "History",
        T::Revision => "Revision",
        T::Uncoded => "uncoded",
        T::CardFrame => "Frame of the support",
        T::CardConsent => "Information and consent",
        T::CardAlerts => "Points of attention",
        T::NoAlert => "Nothing to report.",
        T::ConsentMissing => "Consent not recorded",
        T::Help => "Help — keys",
        T::HelpFooter => "Any key closes the help · ↑↓ scrolls",
        T::Palette => "Commands",
        T::PaletteEmpty => "No command matches.",
        T::NoNeedMatches => "No need of the nomenclature contains these words.",
        T::DateHint => "Date as dd/mm/yyyy.",
        T::HintPseudonym => "A pseudonym (« Mme A. », « Léo, 15 ans »), never the name.",
        T::HintBirthYear => "The year alone, or an age band: never the full date of birth.",
        T::HintDispositif => "PCPE, DAC, PAG-MDPH, ASE, CCAS, SAVS, SAMSAH…",
        T::HintConsentScope => "What the person agreed to: which information, shared with whom.",
        T::HintPersonWords => "Her own words, in quotes, not rephrased.",
        T::HintSource => "Interview, home visit, report shared with consent…",
        T::PickPartnerTitle => "Partner present",
        T::FormJournal => "Note in the journal",
        T::FormEvaluation => "Evaluation with the person",
        T::ConfirmRemoveEvidence => "Remove this evidence? The record itself stays.",
        T::FindingsTitle => "Identifying data in the records",
        T::FindingsNone => "No identifying data found in the records of the caseload.",
        T::FindingsScanning => "Scanning the records…",
        T::FindingJumped => "Here is the record: e or Enter to edit it.",
        T::HintEvidenceNote => "How this shows the competency: what you did, why, with whom.",
        T::TodayShort => "today",
        T::PickChoiceTitle => "Choose",
        T::PickServiceTitle => "SERAFIN-PH service",
        T::PickDiagnosisNeedTitle => "Needs of the assessment",
        T::HintGasZero => "Level 0 is the expected result, written with the person.",
        T::HintIndicator => "What will be observed to know whether the objective is met.",
        T::PickNeedTitle => "SERAFIN-PH need",
        T::PickNeedHint => "Type words or a code · ↵ picks · Esc goes back",
        T::FormNewAxis => "New axis of support",
        T::FormNewObjective => "New operational objective",
        T::FormReadjust => "Readjust the objective (the old one keeps its history)",
        T::FormNewAction => "New action",
        T::FormPostpone => "Postpone",
        T::FormNewTie => "New tie on the ecomap",
        T::FormEditTie => "Tie on the ecomap (a change of strength, quality or direction is dated today)",
        T::FormCompare => "Compare today’s ecomap with that of a past date",
        T::FormNewPerson => "New person",
        T::FormEditPerson => "Edit card",
        T::FormEntry => "Assessment",
        T::ConfirmDiscard => "Discard your changes?",
        T::ConfirmArchive => "Archive this person? They leave the caseload; nothing is deleted.",
        T::ConfirmRestore => "Put this person back in the caseload?",
        T::TooSmall => "Enlarge the terminal: parcours needs at least 80 columns by 24 lines.",
        T::Age => "Age",
        T::Years => "years",
    }
}

pub fn say(s: &Say) -> String {
    match s {
        Say::PersonSaved(p) => format!("{p}'s card saved."),
        Say::EntrySaved(domain, rev) => format!("{domain}: revision {rev} saved."),
        Say::Archived => "Person archived. « A » shows the archive.".into(),
        Say::Restored => "Person back in the caseload.".into(),
        Say::DemoLoaded(0) => "The demo situation is already there.".into(),
        Say::DemoLoaded(n) => format!("{n} fictitious demo situations added."),
        Say::FormHasErrors => "Some fields need correcting (in red).".into(),
        Say::IdentifyingData => {
            "Identifying data? Pseudonymise the fields in red, or save again to keep the text.".into()
        }
        Say::ChangesDiscarded => "Changes discarded.".into(),
        Say::PersonsCount(shown, total) if shown == total => format!("{total} person{}", plural(*total)),
        Say::PersonsCount(shown, total) => format!("{shown} of {total}"),
        Say::TextHits { pseudonym, shown, here } if shown == here => {
            format!("Passage{} for {pseudonym}: {here}", plural(*here))
        }
        Say::TextHits { pseudonym, shown, here } => format!("Passages for {pseudonym}: {shown} of {here}"),
        Say::NoContactSinceReferral(days) => format!("none since the referral, {days} d ago"),
        Say::DaysAgo(0) => "today".into(),
        Say::DaysAgo(1) => "yesterday".into(),
        Say::DaysAgo(n) => format!("{n} d"),
        Say::RevisionOf(rev, date) => format!("revision {rev} of {date}"),
        Say::PseudonymTaken(p) => format!("The pseudonym « {p} » is already used in the caseload: choose another."),
        Say::FictitiousCount(n) => format!("{n} fictitious"),
        Say::DomainsExplored(n, total, None) => format!("{n} of {total} domains explored"),
        Say::DomainsExplored(n, total, Some(d)) => format!("{n} of {total} domains explored, last written on {d}"),
        Say::PartnerNameTaken(p) => format!("« {p} » is already in the directory."),
        Say::TerminalSize(w, h) => format!("Current terminal: {w}×{h}."),
        Say::JournalSaved(d) => format!("Journal: entry of {d} saved."),
        Say::EvaluationSaved(d, Some(t)) => format!("Evaluation of {d} saved — T-score {t}."),
        Say::EvaluationSaved(d, None) => format!("Evaluation of {d} saved."),
        Say::EvidenceSaved(c) => format!("Evidence saved for {c}."),
        Say::EcomapOf(p, d) => format!("Ecomap of {p} on {d}"),
    }
}

fn plural(n: usize) -> &'static str {
    if n > 1 { "s" } else { "" }
}

pub fn action(a: Action) -> &'static str {
    match a {
        Action::Quit => "Quit",
        Action::Help => "Help",
        Action::Palette => "Command palette",
        Action::Search => "Search",
        Action::Back => "Back",
        Action::Up => "Up",
        Action::Down => "Down",
        Action::PageUp => "Page up",
        Action::PageDown => "Page down",
        Action::First => "Go to top",
        Action::Last => "Go to bottom",
        Action::LoadDemo => "Load the demo",
        Action::NewPerson => "New person",
        Action::Open => "Open",
        Action::EditPerson => "Edit card",
        Action::ArchivePerson => "Archive / restore",
        Action::ToggleArchived => "Show archived",
        Action::CycleOrder => "Order",
        Action::Reopen => "Reopen the action just done",
        Action::Confirm => "Yes",
        Action::Undo => "Undo the field’s last change",
        Action::ClearField => "Clear the field",
        Action::NextTab => "Next tab",
        Action::PrevTab => "Previous tab",
        Action::EditEntry => "Write the domain",
        Action::History => "Domain history",
        Action::Synthesis => "Needs overview",
        Action::NewItem => "New",
        Action::EditItem => "Edit",
        Action::NewAxis => "New axis of support",
        Action::MarkDone => "Mark the action done today",
        Action::Postpone => "Postpone the action",
        Action::Readjust => "Readjust the objective",
        Action::ArchiveItem => "Archive the item",
        Action::MoveUp => "Move up",
        Action::MoveDown => "Move down",
        Action::CycleView => "Change view (tree, who does what, schedule)",
        Action::Deadlines => "Caseload deadlines",
        Action::Directory => "Territory directory",
        Action::Compare => "Compare with a past date",
        Action::TieList => "List or map",
        Action::EndTie => "End the tie",
        Action::Save => "Save",
        Action::NextField => "Next field",
        Action::PrevField => "Previous field",
        Action::Cancel => "Discard",
        Action::PickCode => "Search",
        Action::NoteJournal => "Note in the journal",
        Action::FilterKind => "Filter by kind",
        Action::FilterPartner => "Filter by partner",
        Action::ZoomIn => "Zoom in",
        Action::ZoomOut => "Zoom out",
        Action::Earlier => "Earlier period",
        Action::Competencies => "Competencies (DPP)",
        Action::TagEvidence => "Tag as evidence of a competency",
        Action::Accept => "Accept the suggestion",
        Action::Findings => "Identifying data",
        Action::Export => "Export…",
        Action::OlderEvaluation => "Earlier evaluation",
        Action::NewerEvaluation => "Later evaluation",
        Action::CyclePeriod => "Change the period",
        Action::Later => "Later period",
    }
}

pub fn key_name(k: KeyName) -> &'static str {
    match k {
        KeyName::Esc => "Esc",
        KeyName::PageUp => "PgUp",
        KeyName::PageDown => "PgDn",
        KeyName::Home => "Home",
        KeyName::End => "End",
        KeyName::Delete => "Del",
        KeyName::Space => "Space",
    }
}

pub fn context(c: Context) -> &'static str {
    match c {
        Context::Global => "Everywhere",
        Context::Welcome => "Welcome",
        Context::FileActive => "Caseload",
        Context::Person => "Person",
        Context::Diagnostic => "Assessment",
        Context::Project => "Plan",
        Context::Deadlines => "Deadlines",
        Context::Directory => "Directory",
        Context::Network => "Network",
        Context::Form => "Form",
        Context::Journal => "Journal",
        Context::Evaluation => "Evaluation",
        Context::Competencies => "Competencies",
        Context::Findings => "Identifying data",
        Context::Confirm => "Confirmation",
    }
}

pub fn status(s: PersonStatus) -> &'static str {
    match s {
        PersonStatus::Active => "active",
        PersonStatus::Paused => "paused",
        PersonStatus::Closed => "closed",
    }
}

pub fn priority(p: Priority) -> &'static str {
    match p {
        Priority::None => "—",
        Priority::Low => "low",
        Priority::Medium => "medium",
        Priority::High => "high",
    }
}

pub fn completeness(c: Completeness) -> &'static str {
    match c {
        Completeness::NotExplored => "not explored",
        Completeness::Partial => "partial",
        Completeness::Complete => "complete",
    }
}

pub fn field(f: FieldId) -> &'static str {
    match f {
        FieldId::AxisTitle => "Axis",
        FieldId::Rationale => "Why this axis",
        FieldId::LinkedNeeds => "Needs addressed",
        FieldId::Participation => "Participation",
        FieldId::PersonView => "Person’s view",
        FieldId::ObjectiveTitle => "Objective",
        FieldId::Indicator => "Indicator",
        FieldId::ExpectedResult => "Expected result",
        FieldId::Deadline => "Deadline",
        FieldId::ObjectiveStatus => "Status",
        FieldId::GasMinus2 => "GAS −2 (much worse)",
        FieldId::GasMinus1 => "GAS −1 (worse)",
        FieldId::GasZero => "GAS 0 (expected)",
        FieldId::GasPlus1 => "GAS +1 (better)",
        FieldId::GasPlus2 => "GAS +2 (much better)",
        FieldId::GasBaseline => "Baseline",
        FieldId::Importance => "Importance (0–3)",
        FieldId::Difficulty => "Difficulty (0–3)",
        FieldId::What => "Action",
        FieldId::Carrier => "Carried by",
        FieldId::Start => "Start",
        FieldId::Due => "Due",
        FieldId::ActionStatus => "Status",
        FieldId::Service => "SERAFIN-PH service",
        FieldId::NewDate => "New due date",
        FieldId::Reason => "Why",
        FieldId::PartnerName => "Organisation",
        FieldId::Sector => "Sector",
        FieldId::Expertise => "Expertise",
        FieldId::Territory => "Territory",
        FieldId::Contact => "Professional contact",
        FieldId::PartnerNotes => "Notes",
        FieldId::TieTarget => "Tie with",
        FieldId::InformalLabel => "Who (no name)",
        FieldId::TieRole => "Role in the plan",
        FieldId::Strength => "Strength",
        FieldId::Valence => "Quality",
        FieldId::Flow => "Direction of support",
        FieldId::Since => "Since",
        FieldId::ShareConsentDate => "Consent to share on",
        FieldId::ShareConsentScope => "What may be shared",
        FieldId::LegalBasis => "Legal ground",
        FieldId::TieNotes => "Notes",
        FieldId::CompareDate => "Compare with",
        FieldId::ExportWhat => "Document",
        FieldId::ExportFormat => "Format",
        FieldId::Destination => "File",
        FieldId::Pseudonym => "Pseudonym",
        FieldId::BirthYear => "Birth year",
        FieldId::AgeBand => "or age band",
        FieldId::Dispositif => "Scheme",
        FieldId::ReferralDate => "Referral date",
        FieldId::ReferralSource => "Referred by",
        FieldId::Status => "Status",
        FieldId::Fictitious => "Fictitious case",
        FieldId::ConsentDate => "Informed, agreed on",
        FieldId::ConsentScope => "Scope of agreement",
        FieldId::LastContact => "Last contact",
        FieldId::Situation => "Situation",
        FieldId::PersonWords => "Person's words",
        FieldId::Needs => "Needs",
        FieldId::Resources => "Resources",
        FieldId::Risks => "Risks of breakdown",
        FieldId::PriorityPerson => "Priority (person)",
        FieldId::PriorityReferent => "Priority (coordinator)",
        FieldId::Source => "Source",
        FieldId::Date => "Date",
        FieldId::CoBuilt => "Co-built",
        FieldId::JournalKind => "Kind",
        FieldId::Time => "Time",
        FieldId::Summary => "What happened",
        FieldId::Partners => "Partners present",
        FieldId::Sensitive => "Sensitive information",
        FieldId::EvaluationKind => "Kind of evaluation",
        FieldId::Participants => "Participants (roles)",
        FieldId::Tools => "Tools used",
        FieldId::ReferentView => "Case manager’s view",
        FieldId::Decisions => "Decisions",
        FieldId::NextEvaluation => "Next evaluation",
        FieldId::GoalLevel(_) => "Level reached",
        FieldId::GoalDecision(_) => "  ↳ decision",
        FieldId::SelfRating(_) => "Person’s rating",
        FieldId::ReferentRating(_) => "  ↳ case manager",
        FieldId::Competency => "Competency",
        FieldId::EvidenceNote => "Reflective note",
    }
}

pub fn field_error(e: FieldError) -> &'static str {
    match e {
        FieldError::Axis(_) => "Required field.",
        FieldError::Objective(ObjectiveProblem::TitleEmpty) => "Required field.",
        FieldError::Objective(ObjectiveProblem::DeadlineBeforeCreation) => {
            "The deadline is before the day the objective is set."
        }
        FieldError::Objective(ObjectiveProblem::BaselineOutOfRange) => "The baseline is −1 or −2.",
        FieldError::Objective(ObjectiveProblem::WeightOutOfRange) => "Importance and difficulty go from 0 to 3.",
        FieldError::Action(ActionProblem::WhatEmpty) => "Required field.",
        FieldError::Action(ActionProblem::DueBeforeStart) => "The due date is before the start.",
        FieldError::Action(ActionProblem::DoneBeforeStart) => "The end is before the start.",
        FieldError::Action(ActionProblem::UnknownService) => "Unknown SERAFIN-PH service code (Ctrl-K to pick one).",
        FieldError::Action(ActionProblem::ReasonEmpty) => "Say why the action is postponed.",
        FieldError::Action(ActionProblem::NewDateInPast) => "The new due date has already passed.",
        FieldError::AtLine(_, p) => field_error(FieldError::Entry(p)),
        FieldError::UnknownNeed => "A line names no need of the assessment (Ctrl-K to pick one).",
        FieldError::Tie(TieProblem::LabelEmpty) => "A few words for this support (« her sister »), never a name.",
        FieldError::Tie(TieProblem::EndBeforeStart) => "The end is before the start.",
        FieldError::Tie(TieProblem::ConsentScopeEmpty) => "Say what may be shared.",
        FieldError::Tie(TieProblem::ConsentInFuture) => "The consent date is in the future.",
        FieldError::Tie(TieProblem::ConsentForInformal) => {
            "Consent to share is for partners, not for the person’s circle."
        }
        FieldError::NotInPast => "Pick a past date.",
        FieldError::Time => "Expected a time such as 9:10 or 14:30.",
        FieldError::UnknownPartner => "A line names no partner of the directory (Ctrl-K to choose).",
        FieldError::Journal(JournalProblem::SummaryEmpty) => "Required field.",
        FieldError::Journal(JournalProblem::SummaryTooLong) => "Too long for the journal (4,000 characters at most).",
        FieldError::Journal(JournalProblem::DateInFuture) => "The date is in the future.",
        FieldError::Evaluation(EvaluationProblem::Empty) => {
            "Nothing is evaluated: a level, a rating or a view at least."
        }
        FieldError::Evaluation(EvaluationProblem::DateInFuture) => "The date is in the future.",
        FieldError::Evaluation(EvaluationProblem::WeightOutOfRange) => "Weights go from 0 to 9.",
        FieldError::Evaluation(EvaluationProblem::NextBeforeDate) => "The next evaluation comes before this one.",
        FieldError::Evaluation(EvaluationProblem::RatingOutOfRange) => "Ratings go from 1 to 10.",
        FieldError::Evaluation(EvaluationProblem::LevelOutOfRange) => "Levels go from −2 to +2.",
        FieldError::ReadjustUnchanged => "Write what changes: the new objective cannot copy the old one.",
        FieldError::LevelNeeded => "Choose the level reached before deciding.",
        FieldError::Evidence(EvidenceProblem::FreeWithoutNote) => "Free evidence is its note: write it.",
        FieldError::Evidence(EvidenceProblem::NoteTooLong) => "Note too long (4,000 characters at most).",
        FieldError::Evidence(EvidenceProblem::CompetencyOutOfRange) => "Choose a competency from C1 to C8.",
        FieldError::Evidence(EvidenceProblem::RecordWithoutPerson) => "This record belongs to a person.",
        FieldError::Identifying(kind) => {
            use crate::privacy::IdentifierKind as K;
            match kind {
                K::Email => "Looks like an e-mail address: pseudonymise it, or save again to keep it.",
                K::Phone => "Looks like a phone number: pseudonymise it, or save again to keep it.",
                K::Nir => "Looks like a social security number: remove it, or save again to keep it.",
                K::Iban => "Looks like an IBAN: remove it, or save again to keep it.",
                K::Address => "Looks like a postal address: pseudonymise it, or save again to keep it.",
                K::BirthDate => "Looks like a date of birth: keep the year, or save again to keep it.",
                K::Name => "Looks like a person's name: use an initial, or save again to keep it.",
            }
        }
        FieldError::Required => "Required field.",
        FieldError::Date(DateError::Format) => "Date expected as dd/mm/yyyy.",
        FieldError::Date(DateError::NoSuchDay) => "This day does not exist.",
        FieldError::Date(DateError::OutOfRange) => "Date out of reach: a year between 1900 and 2199.",
        FieldError::Year => "Year expected in digits (e.g. 1974).",
        FieldError::Person(PersonProblem::PseudonymEmpty) => "Required field.",
        FieldError::Person(PersonProblem::PseudonymTooLong) => "Pseudonym too long (60 characters at most).",
        FieldError::Person(PersonProblem::BirthYearOutOfRange) => "Impossible birth year.",
        FieldError::Person(PersonProblem::ReferralInFuture) => "The referral date is in the future.",
        FieldError::Person(PersonProblem::ConsentInFuture) => "The consent date is in the future.",
        FieldError::Person(PersonProblem::ConsentBeforeReferral) => "The consent comes before the referral date.",
        FieldError::Person(PersonProblem::LastContactInFuture) => "The last contact is in the future.",
        FieldError::Entry(EntryProblem::Empty) => "Write at least the situation, the words or a need.",
        FieldError::Entry(EntryProblem::DateInFuture) => "The date is in the future.",
        FieldError::Entry(EntryProblem::UnknownNeedCode) => "Unknown SERAFIN-PH code (Ctrl-K to pick one).",
        FieldError::Entry(EntryProblem::NeedTextEmpty) => "A coded need must also be described.",
    }
}

pub fn alert(a: &Alert, long: bool) -> String {
    match a {
        Alert::EvaluationDue(_) if !long => "evaluation due".to_string(),
        Alert::EvaluationDue(day) => format!("evaluation due (planned for {})", crate::domain::date::format_fr(*day)),
        Alert::NoConsentToShare(n) if !long => format!("{n} no consent"),
        Alert::NoConsentToShare(n) => format!("{n} partner{} without consent to share", plural(*n)),
        Alert::NoInformalSupport if !long => "no circle".to_string(),
        Alert::NoInformalSupport => "no informal support".to_string(),
        Alert::ConflictualCarrier(n) if !long => format!("{n} conflict"),
        Alert::ConflictualCarrier(n) => format!("{n} conflictual tie{} with a carrier", plural(*n)),
        Alert::PlanGaps(n) if !long => format!("plan: {n}"),
        Alert::PlanGaps(n) => format!("{n} point{} of the plan to review", plural(*n)),
        Alert::LateActions(n) if !long => format!("{n} late"),
        Alert::LateActions(n) => format!("{n} late action{}", plural(*n)),
        Alert::DomainsNotExplored(n) if !long => format!("{n} to explore"),
        Alert::NoContact(days) if !long => format!("{days} d silent"),
        Alert::DomainsNotExplored(n) => format!("{n} domain{} to explore", plural(*n)),
        Alert::NoContact(days) => format!("{days} d without contact"),
    }
}

pub fn problem(p: &Problem) -> String {
    match p {
        Problem::AlreadyOpen => {
            "parcours is already open on this database (close the other window, then try again).".into()
        }
        Problem::NewerSchema { found, supported } => format!(
            "This database was written by a newer parcours (schema {found}, this version knows {supported}): update parcours. The database was not changed."
        ),
        Problem::MigrationFailed { from, to, backup } => format!(
            "Updating the database from schema {from} to {to} failed; the database was left as it was (copy taken before: {backup}, details in parcours.log)."
        ),
        Problem::OlderSchemaInUse { found, supported } => format!(
            "This database must go from schema {found} to {supported}, which needs no other parcours to have it open: close the other window, then try again."
        ),
        Problem::NotADatabase(path) => {
            format!("{path} is not a readable parcours database (damaged or another kind of file); it was not changed.")
        }
        Problem::FolderNotWritable(path) => {
            format!("Cannot write to the data folder {path}: check its permissions or choose another with --data-dir.")
        }
        Problem::UnknownPerson(key) => format!("No person « {key} » in the database (see parcours list)."),
        Problem::UnknownScreen(s) => {
            let screens = crate::screen_names::SCREENS;
            let (last, rest) = screens.split_last().unwrap_or((&"", &[]));
            format!("Unknown screen « {s} »: {} or {last}.", rest.join(", "))
        }
        Problem::BadSize(s) => format!("Invalid size « {s} »: expected WIDTHxHEIGHT, for example 120x36."),
        Problem::ScreenNeedsPerson(s) => format!("The « {s} » screen needs --person (an id or a pseudonym)."),
        Problem::InvalidJson(e) => format!("Invalid JSON file, {}.", super::case::json_problem(super::Lang::En, e)),
        Problem::WrongCaseFormat => "This file is not a case exported by parcours.".into(),
        Problem::NewerCaseVersion(v) => format!("This case comes from a newer parcours (format {v})."),
        Problem::InvalidCase(e) => format!("Case refused: {e}. Nothing was imported."),
        Problem::CannotRead(path, e) => format!("Cannot read {path}: {}.", io_reason(e)),
        Problem::CannotWrite(path, e) => format!("Cannot write {path}: {}.", io_reason(e)),
        Problem::BaseFile(path) => {
            format!("Refused: “{path}” is a file of the parcours database; choose another destination.")
        }
        Problem::NoDataDir => "No data folder found: give one with --data-dir.".into(),
        Problem::Refused => "Not saved: a consistency rule is broken (the dates?).".into(),
        Problem::Missing => "This item no longer exists in the database.".into(),
        Problem::Storage(e) => format!("Database error: {}.", storage_fault(e)),
        Problem::Usage(e) => format!("{e} (see parcours --help)."),
        Problem::Imported { pseudonym, renamed_from: None } => format!("Case imported: “{pseudonym}”."),
        Problem::Imported { pseudonym, renamed_from: Some(old) } => {
            format!("Case imported under the pseudonym « {pseudonym} » (« {old} » already existed).")
        }
        Problem::BackupDone(path) => format!("Backup written: {path}"),
        Problem::CheckOk { version, persons } => {
            format!("Database sound: schema {version}, {persons} person{}.", plural(*persons))
        }
        Problem::CheckFailed(errors) => format!("Database damaged: {}", errors.join("; ")),
        Problem::Migrated { from, to, backup } => {
            format!("Database upgraded from schema {from} to {to}; backup taken first: {backup}")
        }
        Problem::DemoLoaded(n) => format!("{n} fictitious demo situations added."),
        Problem::DemoAlreadyThere => "The demo is already loaded: nothing was added.".into(),
        Problem::Generated(n) => format!("{n} synthetic persons generated."),
        Problem::ScreenshotsWritten(n, dir) => format!("{n} screenshots written to {dir}."),
        Problem::ThemeUnreadable(name, e) => format!("Theme « {name} » ignored: {}; dark theme used.", io_reason(e)),
        Problem::NoTerminal => "parcours opens in a terminal; elsewhere, use its commands (parcours --help).".into(),
        Problem::Panic(log) => {
            format!("parcours hit an unexpected error and stopped. Your saved records are intact. Details: {log}")
        }
        Problem::UnknownTheme(name) => format!("Unknown theme « {name} »; dark theme used."),
        Problem::InvalidTheme(name, reason) => format!("Theme « {name} » ignored ({reason}); dark theme used."),
        Problem::KeymapSyntax { line, column } => {
            format!("keymap.toml cannot be read (line {line}, column {column}): the default keys apply.")
        }
        Problem::KeymapUnreadable(e) => format!("keymap.toml ignored: {}; the default keys apply.", io_reason(e)),
        Problem::KeymapOutsideSection(name) => {
            format!("« {name} » is outside every section in keymap.toml: ignored; the other key bindings apply.")
        }
        Problem::KeymapUnknownKey { action, key } => {
            format!("Unknown key « {key} » for « {action} » in keymap.toml: ignored.")
        }
        Problem::KeymapUnknownAction(name) => {
            format!("Unknown action « {name} » in keymap.toml: ignored; the other key bindings apply.")
        }
        Problem::KeymapUnknownSection(name) => {
            format!("Unknown section « {name} » in keymap.toml: ignored; the other key bindings apply.")
        }
        Problem::ConfigProblem(crate::config::ConfigIssue::NotUtf8) => {
            "config.toml ignored: the file is not UTF-8 (save it as UTF-8).".into()
        }
        Problem::ConfigProblem(crate::config::ConfigIssue::Unreadable(e)) => {
            format!("config.toml ignored: {}.", io_reason(e))
        }
        Problem::ConfigProblem(crate::config::ConfigIssue::Invalid(e)) => format!("config.toml ignored: {e}."),
        Problem::InvalidVcard(e) => format!("vCard file refused: {}. Nothing was imported.", vcard_reason(e)),
        Problem::ContactsImported { imported, already } => format!(
            "{imported} partner{s} imported, {already} already in the directory.",
            s = if *imported == 1 { "" } else { "s" }
        ),
        Problem::BadDate(s) => format!("Invalid date « {s} »: expected dd/mm/yyyy, for example 22/11/2026."),
        Problem::IdentifiersFound(1) => "1 identifying item found: pseudonymise it before sharing this text.".into(),
        Problem::IdentifiersFound(n) => {
            format!("{n} identifying items found: pseudonymise them before sharing this text.")
        }
        Problem::NoIdentifierFound => "No identifying item found.".into(),
        Problem::IdentifiersInRecords(n, persons) => format!(
            "{n} identifying item{s} in {persons} case{t} (above): pseudonymise them before any export.",
            s = if *n == 1 { "" } else { "s" },
            t = if *persons == 1 { "" } else { "s" }
        ),
        Problem::ExportRefused(n) => format!(
            "Export refused: {n} identifying item{s} (above). Pseudonymise these passages or run again with --force.",
            s = if *n == 1 { "" } else { "s" }
        ),
    }
}

pub fn plan_text(t: PlanText) -> &'static str {
    match t {
        PlanText::Title => "Action plan",
        PlanText::Dispositif => "Scheme",
        PlanText::PrintedOn => "Printed on",
        PlanText::Axis => "Area",
        PlanText::Why => "Why",
        PlanText::AxisNeeds => "Needs",
        PlanText::Participation => "How the person takes part",
        PlanText::ColNeed => "Need",
        PlanText::ColObjective => "Objective",
        PlanText::ColIndicator => "Indicator",
        PlanText::ColActions => "Actions",
        PlanText::ColWho => "Who",
        PlanText::ColDeadline => "Deadline",
        PlanText::ColStatus => "Status",
        PlanText::ColPersonView => "The person’s view",
        PlanText::ExpectedResult => "Expected result",
        PlanText::Late => "late",
        PlanText::DoneOn => "done on",
        PlanText::ThePerson => "the person",
        PlanText::TheReferent => "the coordinator",
        PlanText::UnknownPartner => "a partner",
        PlanText::ReplacedBy => "replaced by",
        PlanText::Readjusts => "readjusts",
        PlanText::Priority => "priority",
        PlanText::NoAxis => "No support area has been set yet.",
        PlanText::NoObjective => "No objective for this area.",
        PlanText::NeedsWithoutObjective => "Priority needs without an objective",
        PlanText::ObjectiveDeadline => "Objective deadline",
        PlanText::Objective => "Objective",
        PlanText::Indicator => "Indicator",
        PlanText::ObjectiveStatus(s) => match s {
            ObjectiveStatus::Upcoming => "upcoming",
            ObjectiveStatus::InProgress => "in progress",
            ObjectiveStatus::Achieved => "achieved",
            ObjectiveStatus::PartiallyAchieved => "partially achieved",
            ObjectiveStatus::NotAchieved => "not achieved",
            ObjectiveStatus::Abandoned => "abandoned",
            ObjectiveStatus::Readjusted => "readjusted",
        },
        PlanText::ActionStatus(s) => match s {
            ActionStatus::Todo => "to do",
            ActionStatus::InProgress => "in progress",
            ActionStatus::Done => "done",
            ActionStatus::Cancelled => "cancelled",
        },
    }
}

pub fn long_date(date: NaiveDate) -> String {
    let month = match date.month() {
        1 => "January",
        2 => "February",
        3 => "March",
        4 => "April",
        5 => "May",
        6 => "June",
        7 => "July",
        8 => "August",
        9 => "September",
        10 => "October",
        11 => "November",
        _ => "December",
    };
    format!("{} {month} {}", date.day(), date.year())
}

pub fn sector(s: Sector) -> &'static str {
    match s {
        Sector::Sanitaire => "health",
        Sector::MedicoSocial => "medico-social",
        Sector::Social => "social",
        Sector::Scolaire => "school",
        Sector::Logement => "housing",
        Sector::EmploiInsertion => "employment, integration",
        Sector::Justice => "justice",
        Sector::DroitCommun => "mainstream services",
        Sector::Associatif => "voluntary sector",
        Sector::Autre => "other",
    }
}

pub fn informal(x: InformalKind) -> &'static str {
    match x {
        InformalKind::Family => "family",
        InformalKind::Friends => "friends",
        InformalKind::Neighbours => "neighbours",
        InformalKind::Peers => "peers",
        InformalKind::School => "school",
        InformalKind::Work => "work",
        InformalKind::Other => "other support",
    }
}

pub fn strength(x: Strength) -> &'static str {
    match x {
        Strength::Strong => "strong",
        Strength::Moderate => "moderate",
        Strength::Normal => "normal",
        Strength::Weak => "weak",
    }
}

pub fn valence(x: Valence) -> &'static str {
    match x {
        Valence::Neutral => "neutral",
        Valence::Stressful => "stressful",
        Valence::Conflictual => "conflictual",
        Valence::Broken => "broken",
    }
}

pub fn flow(x: Flow) -> &'static str {
    match x {
        Flow::None => "no exchange",
        Flow::ToPerson => "to the person",
        Flow::FromPerson => "from the person",
        Flow::Mutual => "mutual",
    }
}

pub fn legal_basis(x: LegalBasis) -> &'static str {
    match x {
        LegalBasis::SameCareTeam => "same care team",
        LegalBasis::PersonConsent => "the person’s consent",
        LegalBasis::ChildProtection => "shared secret, child protection",
    }
}

/// Why a .vcf file was refused, after « vCard file refused: ».
fn vcard_reason(e: &crate::export::vcard::VcardError) -> String {
    use crate::export::vcard::VcardError as E;
    match e {
        E::Empty => "the file is empty".into(),
        E::TooLarge => "the file is larger than 64 MB".into(),
        E::Binary => "binary data, not a text file".into(),
        E::NotUtf8 { line } => format!("line {line}: text that is not UTF-8 (save the file as UTF-8)"),
        E::NotVcard => "not a vCard file (one begins with BEGIN:VCARD)".into(),
        E::Unterminated { line } => format!("the card begun on line {line} has no END:VCARD (truncated file?)"),
        E::StrayEnd { line } => format!("line {line}: END:VCARD without BEGIN:VCARD"),
        E::NoName { line } => {
            format!("the card begun on line {line} has neither a name (FN) nor an organisation (ORG)")
        }
        E::Charset { line, charset } => {
            format!("line {line}: character set « {charset} » not supported (only UTF-8 is)")
        }
        E::BadLine { line } => format!("line {line} unreadable (expected NAME:value)"),
        E::TooLong { line, property, chars, max } => format!(
            "line {line}: {property} of {} characters where {} at most fit",
            super::case::grouped(super::Lang::En, *chars),
            super::case::grouped(super::Lang::En, *max)
        ),
    }
}

pub fn identifier(x: crate::privacy::IdentifierKind) -> &'static str {
    use crate::privacy::IdentifierKind as K;
    match x {
        K::Email => "e-mail",
        K::Phone => "phone number",
        K::Nir => "social security number",
        K::Iban => "IBAN",
        K::Address => "address",
        K::BirthDate => "date of birth",
        K::Name => "name",
    }
}

pub fn record_place(place: &crate::privacy::records::Place, field: &str) -> String {
    use crate::privacy::records::Place as P;
    let record = match place {
        P::Card => "record card".to_string(),
        P::Diagnosis { domain, revision } => format!("diagnosis “{domain}”, revision {revision}"),
        P::Axis { title } => format!("area “{title}”"),
        P::Objective { title } => format!("objective “{title}”"),
        P::Action { what } => format!("action “{what}”"),
        P::Postponement { number } => format!("postponement no. {number}"),
        P::Tie { with } => format!("ecomap tie with “{with}”"),
    };
    format!("{record}, {}", field.replace('_', " "))
}

fn io_reason(e: &super::IoReason) -> String {
    use super::IoReason as R;
    match e {
        R::NotFound => "no such file or folder".into(),
        R::PermissionDenied => "permission denied".into(),
        R::IsADirectory => "it is a folder, not a file".into(),
        R::NotADirectory => "a part of the path is a file, not a folder".into(),
        R::AlreadyExists => "a file of that name already exists".into(),
        R::NotUtf8 => "the file is not UTF-8 (save it as UTF-8)".into(),
        R::ReadOnly => "read-only disk".into(),
        R::DiskFull => "disk full".into(),
        R::TooLarge(limit) => format!("the file is larger than the {} MB limit", limit / (1024 * 1024)),
        R::Other(Some(code)) => format!("system error {code}"),
        R::Other(None) => "system error".into(),
    }
}

fn storage_fault(e: &super::StorageFault) -> String {
    use super::StorageFault as F;
    match e {
        F::DiskIo => "the disk could not read or write (unplugged or failing disk?)".into(),
        F::ReadOnly => "the database cannot be changed (read-only file or folder)".into(),
        F::DiskFull => "disk full".into(),
        F::Corrupt => "the database file is damaged (parcours check, then a backup)".into(),
        F::Busy => "another program holds the database, try again".into(),
        F::Constraint => "a consistency rule of the database refuses this change".into(),
        F::Io(reason) => io_reason(reason),
        F::Other => "unexpected database error".into(),
    }
}
