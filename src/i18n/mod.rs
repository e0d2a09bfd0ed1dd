//! Every user-facing string, in French (default) and English.
//!
//! One file per topic (keys, network, fields, problems, places, plan_words, evaluation, evidence,
//! export, case, keyed), holding its vocabulary and both languages side by side: a new message is
//! written in one file, and its two translations are read together. Each language is an
//! exhaustive `match`, so a missing translation does not compile. The screens' general texts
//! (`T`, `Say`, declared here) are the one table too large for a single file: their French is in
//! fr.rs, their English in en.rs.

pub mod case;
mod en;
pub mod evaluation;
pub mod evidence;
pub mod export;
mod fields;
mod fr;
pub mod keyed;
mod keys;
mod network;
mod places;
mod plan_words;
mod problems;

use serde::{Deserialize, Serialize};

pub use fields::{field_error, field_error_text, field_label};
pub use keyed::{KeyNames, KeyedText, keyed_text};
pub use keys::{KeyName, action_label, action_label_in, context_label, key_name};
pub use network::{flow_label, informal_label, legal_basis_label, sector_label, strength_label, valence_label};
pub use places::{evidence_place, finding_line, identifying_alert, record_place};
pub use plan_words::{PlanText, plan_text};
pub use problems::{IoReason, Problem, StorageFault, problem, store_problem, usage_fault, value_names};

use crate::domain::alerts::Alert;
use crate::domain::diagnosis::{Completeness, Priority};
use crate::domain::person::PersonStatus;
use crate::domain::plan::{ActionStatus, ObjectiveStatus};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, clap::ValueEnum)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    #[default]
    Fr,
    En,
}

/// Fixed texts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Text {
    AppTagline,
    WelcomeTitle,
    WelcomeLine1,
    WelcomeLine2,
    WelcomeLine3,
    WelcomeDemo,
    WelcomeNew,
    FileActive,
    ColPseudonym,
    ColDispositif,
    ColStatus,
    ColLastContact,
    Symbols,
    SymbolComplete,
    SymbolPartial,
    SymbolNotExplored,
    SymbolAlert,
    SymbolNoAlert,
    ColContact,
    ColAlerts,
    NoPersonMatches,
    FilterPrompt,
    ShowingArchived,
    Archived,
    TabCard,
    NoContactYet,
    /// What Ctrl-S does in the export dialog.
    ExportKey,
    /// Where Tab leads back from the competencies' evidence.
    ListKey,
    NeverContactedShort,
    OrderLastContact,
    OrderDeadline,
    OrderAlerts,
    NoPassageFound,
    TabDiagnostic,
    BackToTree,
    PlanRestored,
    ConfirmRestoreItem,
    ArchivedMark,
    TieSaved,
    ConfirmEndTie,
    TabNetwork,
    TabEvaluation,
    ConfirmRemoveEvidence,
    TodayShort,
    HintEvidenceNote,
    FindingsTitle,
    FindingsNone,
    FindingsScanning,
    PickPartnerTitle,
    FormJournal,
    FormEvaluation,
    TabJournal,
    EcomapTitle,
    EcomapOn,
    /// The ecomap's ties as a list (key « l »).
    EcomapAsList,
    /// « depuis le 12/03/2024 » inside a tie's line of the list.
    TieSince,
    EcomapCompared,
    NoTie,
    Legend,
    LegendStrong,
    LegendModerate,
    LegendNormal,
    LegendWeak,
    LegendStressful,
    LegendConflictual,
    LegendBroken,
    LegendFlow,
    LegendAdded,
    LegendEnded,
    LegendChanged,
    EcomapInformal,
    EcomapPartner,
    EcomapEmpty,
    LabelRole,
    LabelSince,
    LabelConsent,
    NoShareConsent,
    NetworkAlerts,
    AlertNoInformal,
    AlertCarrierNoConsent,
    AlertConflictualCarrier,
    CompareHint,
    CompareOffHint,
    PartnerSaved,
    PartnerArchived,
    PartnerRestored,
    ConfirmArchivePartner,
    ConfirmRestorePartner,
    DirectoryTitle,
    ColName,
    ColSector,
    ColTerritory,
    ColExpertise,
    InvolvedWith,
    NoInvolved,
    NoPartner,
    DirectoryEmpty,
    HintContact,
    LabelContact,
    LabelNotes,
    CarrierPerson,
    CarrierReferent,
    AlreadyClosed,
    SelectAnAction,
    SelectAnObjective,
    AxisSaved,
    /// Quitting as a form's help says it.
    HelpQuitFromForm,
    /// The key of the ecomap comparison's form: it compares, it stores nothing.
    CompareKey,
    ObjectiveSaved,
    ActionSaved,
    PlanDone,
    PlanReopened,
    ConfirmReopenAction,
    PlanPostponed,
    PlanReadjusted,
    PlanArchived,
    PlanMoved,
    ConfirmArchiveAxis,
    ConfirmArchiveObjective,
    ConfirmArchiveAction,
    TabProject,
    ViewTree,
    ViewWho,
    ViewSchedule,
    AxisWord,
    ObjectiveWord,
    ActionWord,
    PlanEmpty,
    PlanEmptyHint,
    Warnings,
    NoWarning,
    LabelIndicator,
    LabelExpected,
    LabelDeadline,
    LabelStatus,
    LabelCarrier,
    LabelStart,
    LabelDone,
    LabelService,
    LabelPostponements,
    LabelPersonView,
    LabelParticipation,
    LabelRationale,
    LabelNeeds,
    LabelGas,
    LabelWeight,
    LabelReplaces,
    Late,
    ThisWeek,
    NoDate,
    DeadlinesTitle,
    LateSection,
    NoDeadline,
    ColDate,
    ColKind,
    ColWhere,
    ColExcerpt,
    ColWhat,
    ColNextDeadline,
    KindObjective,
    KindAction,
    NoOpenAction,
    WarnNeedUnaddressed,
    WarnNoAction,
    WarnNoIndicator,
    WarnObjectiveLate,
    WarnActionLate,
    ViewKeysHint,
    StatusPartialShort,
    Domains,
    NotExploredYet,
    Situation,
    PersonWords,
    Needs,
    Resources,
    Risks,
    PriorityForPerson,
    PriorityForReferent,
    Source,
    CoBuilt,
    Yes,
    No,
    Synthesis,
    SynthesisEmpty,
    Domain,
    History,
    Revision,
    Uncoded,
    CardFrame,
    CardConsent,
    CardAlerts,
    NoAlert,
    ConsentMissing,
    Help,
    Palette,
    PaletteEmpty,
    NoNeedMatches,
    PickNeedTitle,
    PickServiceTitle,
    PickChoiceTitle,
    PickDiagnosisNeedTitle,
    DateHint,
    HintPseudonym,
    HintBirthYear,
    HintDispositif,
    HintConsentScope,
    HintPersonWords,
    HintSource,
    HintGasZero,
    HintIndicator,
    FormNewPerson,
    FormNewTie,
    FormEditTie,
    FormCompare,
    FormNewAxis,
    FormNewObjective,
    FormReadjust,
    FormNewAction,
    FormPostpone,
    FormEditPerson,
    FormEntry,
    ConfirmDiscard,
    ConfirmArchive,
    ConfirmRestore,
    TooSmall,
    Age,
    Years,
}

/// Messages that carry values.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Say {
    PersonSaved(String),
    EntrySaved(String, i64),
    Restored,
    DemoLoaded(usize),
    /// The card's last contact when there was none: days since the referral.
    NoContactSinceReferral(i64),
    FormHasErrors,
    IdentifyingData,
    ChangesDiscarded,
    PersonsCount(usize, usize),
    /// The passages pane of the file active: whose they are, how many it shows of how many found.
    TextHits {
        pseudonym: String,
        shown: usize,
        here: usize,
    },
    DaysAgo(i64),
    RevisionOf(i64, String),
    PseudonymTaken(String),
    PartnerNameTaken(String),
    FictitiousCount(usize),
    /// explored, total, date of the latest writing
    DomainsExplored(usize, usize, Option<String>),
    /// The terminal is W×H, at least 80×24 is needed.
    TerminalSize(u16, u16),
    /// The title of an exported ecomap: pseudonym, date (jj/mm/aaaa).
    EcomapOf(String, String),
    /// A journal entry of that day was stored.
    JournalSaved(String),
    /// The evaluation of that day was stored, with its T-score when it has one.
    EvaluationSaved(String, Option<String>),
    /// Evidence of this competency (« C4 ») was stored.
    EvidenceSaved(String),
}

pub fn tr(lang: Lang, t: Text) -> &'static str {
    match lang {
        Lang::Fr => fr::text(t),
        Lang::En => en::text(t),
    }
}

/// A quotation as each language writes it: « ainsi » in French, “so” in English.
pub fn quoted(lang: Lang, text: &str) -> String {
    match lang {
        Lang::Fr => format!("«\u{a0}{text}\u{a0}»"),
        Lang::En => format!("“{text}”"),
    }
}

/// « : » with the space each language wants before it (a no-break space in French).
pub fn colon(lang: Lang) -> &'static str {
    match lang {
        Lang::Fr => "\u{a0}: ",
        Lang::En => ": ",
    }
}

pub fn say(lang: Lang, s: &Say) -> String {
    match lang {
        Lang::Fr => fr::say(s),
        Lang::En => en::say(s),
    }
}

pub fn status_label(lang: Lang, s: PersonStatus) -> &'static str {
    match lang {
        Lang::Fr => fr::status(s),
        Lang::En => en::status(s),
    }
}

/// The label of a domain key in `lang`; the key itself for a domain no longer configured.
pub fn domain_label(lang: Lang, domains: &[crate::domain::life_domain::LifeDomain], key: &str) -> String {
    domains
        .iter()
        .find(|d| d.key == key)
        .map(|d| match lang {
            Lang::Fr => d.label_fr.clone(),
            Lang::En => d.label_en.clone(),
        })
        .unwrap_or_else(|| key.to_string())
}

pub fn identifier_label(lang: Lang, x: crate::privacy::IdentifierKind) -> &'static str {
    match lang {
        Lang::Fr => fr::identifier(x),
        Lang::En => en::identifier(x),
    }
}

pub fn priority_label(lang: Lang, p: Priority) -> &'static str {
    match lang {
        Lang::Fr => fr::priority(p),
        Lang::En => en::priority(p),
    }
}

pub fn completeness_label(lang: Lang, c: Completeness) -> &'static str {
    match lang {
        Lang::Fr => fr::completeness(c),
        Lang::En => en::completeness(c),
    }
}

/// An alert in words; `long` where there is room, else a short form for narrow terminals.
pub fn alert_text(lang: Lang, a: &Alert, long: bool) -> String {
    match lang {
        Lang::Fr => fr::alert(a, long),
        Lang::En => en::alert(a, long),
    }
}

/// Label of a choice code shown in a form (status, priority, age band).
pub fn choice_label(lang: Lang, code: &str) -> String {
    if let Some(s) = PersonStatus::from_code(code) {
        return status_label(lang, s).to_string();
    }
    if let Some(p) = Priority::from_code(code) {
        return priority_label(lang, p).to_string();
    }
    if let Some(s) = crate::domain::tie::Strength::from_code(code) {
        return strength_label(lang, s).to_string();
    }
    if let Some(v) = crate::domain::tie::Valence::from_code(code) {
        return valence_label(lang, v).to_string();
    }
    if let Some(f) = crate::domain::tie::Flow::from_code(code) {
        return flow_label(lang, f).to_string();
    }
    if let Some(b) = crate::domain::tie::LegalBasis::from_code(code) {
        return legal_basis_label(lang, b).to_string();
    }
    if let Some(s) = crate::domain::partner::Sector::from_code(code) {
        return sector_label(lang, s).to_string();
    }
    if let Some(s) = ObjectiveStatus::from_code(code) {
        return plan_text(lang, PlanText::ObjectiveStatus(s)).to_string();
    }
    if let Some(s) = ActionStatus::from_code(code) {
        return plan_text(lang, PlanText::ActionStatus(s)).to_string();
    }
    if let Some(k) = crate::domain::journal::JournalKind::from_code(code) {
        return evaluation::journal_kind(lang, k).to_string();
    }
    if let Some(k) = crate::domain::evaluation::EvaluationKind::from_code(code) {
        return evaluation::evaluation_kind(lang, k).to_string();
    }
    if let Some(d) =
        code.strip_prefix(evaluation::DECISION_PREFIX).and_then(crate::domain::evaluation::GoalDecision::from_code)
    {
        return evaluation::decision(lang, d).to_string();
    }
    if code.is_empty() {
        return "—".to_string();
    }
    // A negative level (the scale's baseline): a true minus sign, as everywhere else.
    if let Some(n) = code.strip_prefix('-').filter(|n| !n.is_empty() && n.chars().all(|c| c.is_ascii_digit())) {
        return format!("\u{2212}{n}");
    }
    code.to_string()
}

/// A month heading: « Novembre 2026 », « November 2026 ».
pub fn month_year(lang: Lang, year: i32, month: u32) -> String {
    let Some(first) = chrono::NaiveDate::from_ymd_opt(year, month, 1) else { return format!("{month:02}/{year}") };
    // The long date without its day: « 1er novembre 2026 » → « novembre 2026 ».
    let long = long_date(lang, first);
    let words = long.split_once(' ').map(|(_, rest)| rest.to_string()).unwrap_or(long);
    let mut chars = words.chars();
    match chars.next() {
        Some(c) => c.to_uppercase().chain(chars).collect(),
        None => words,
    }
}

/// A date in words: « 22 novembre 2026 », « 22 November 2026 ».
pub fn long_date(lang: Lang, date: chrono::NaiveDate) -> String {
    match lang {
        Lang::Fr => fr::long_date(date),
        Lang::En => en::long_date(date),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::action::Action;

    #[test]
    fn french_and_english_differ_where_they_should() {
        assert_eq!(tr(Lang::Fr, Text::FileActive), "File active");
        assert_eq!(tr(Lang::En, Text::FileActive), "Caseload");
        assert!(tr(Lang::Fr, Text::Help).contains("Aide"));
        for a in Action::ALL {
            assert!(!action_label(Lang::Fr, a).is_empty());
            assert!(!action_label(Lang::En, a).is_empty());
        }
    }

    #[test]
    fn french_typography_uses_non_breaking_spaces_before_double_punctuation() {
        // A space before « : ; ? ! » must be a narrow no-break or no-break space so lines never break there.
        let samples = [
            tr(Lang::Fr, Text::ConfirmDiscard),
            tr(Lang::Fr, Text::ConfirmArchive),
            tr(Lang::Fr, Text::FilterPrompt),
            tr(Lang::Fr, Text::TooSmall),
        ];
        for s in samples {
            for bad in [" :", " ?", " !", " ;"] {
                assert!(!s.contains(bad), "ordinary space before punctuation in « {s} »");
            }
        }
    }
}
