//! English (`--lang en`).

use super::{KeyName, Say, T};
use crate::action::{Action, Context};
use crate::domain::alerts::Alert;
use crate::domain::diagnosis::{Completeness, Priority};
use crate::domain::partner::Sector;
use crate::domain::person::PersonStatus;
use crate::domain::tie::{Flow, InformalKind, LegalBasis, Strength, Valence};
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
        T::LabelWeight => "Weight (importance × difficulty)",
        T::LabelReplaces => "Readjusts the objective",
        T::Late => "late",
        T::ThisWeek => "this week",
        T::NoDate => "no date",
        T::DeadlinesTitle => "Caseload deadlines",
        T::LateSection => "Late",
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

pub(super) fn plural(n: usize) -> &'static str {
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
