//! The words of the « Compétences » screen (DPP), in French and English. The competencies
//! themselves are the certification's, quoted in French.

use super::Lang;
use crate::domain::evidence::{CandidateReason, Coverage};
use crate::domain::record_words::RecordKind;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EvidenceText {
    Title,
    WholePractice,
    Evidence,
    Suggestions,
    NoEvidence,
    NoSuggestion,
    /// Evidence whose reflective note is still to write (it does not count toward « solide »).
    NoNoteYet,
    Missing,
    NoPartialValidation,
    NothingToTag,
    Removed,
    TheList,
    RemoveTag,
    GoToRecord,
    NewEvaluation,
    WriteFreeEvidence,
    Kind,
    Partner,
    Period,
    Before,
    After,
    Wider,
    Narrower,
    Deadlines,
    Directory,
    CompetenciesShort,
}

pub fn evidence_words(lang: Lang, v: EvidenceText) -> &'static str {
    match (lang, v) {
        (Lang::Fr, EvidenceText::Title) => "Compétences du référent de parcours (RS6552)",
        (Lang::Fr, EvidenceText::WholePractice) => "toute la pratique",
        (Lang::Fr, EvidenceText::Evidence) => "Preuves",
        (Lang::Fr, EvidenceText::Suggestions) => "Suggestions (a : retenir)",
        (Lang::Fr, EvidenceText::NoEvidence) => "Aucune preuve pour l’instant.",
        (Lang::Fr, EvidenceText::NoSuggestion) => "Aucune suggestion.",
        (Lang::Fr, EvidenceText::NoNoteYet) => "sans note réflexive — à écrire",
        (Lang::Fr, EvidenceText::Missing) => "Ce qui manque",
        (Lang::Fr, EvidenceText::NoPartialValidation) => {
            "Il n’y a pas de validation partielle : chacune des huit compétences doit être démontrée."
        }
        (Lang::Fr, EvidenceText::NothingToTag) => {
            "Rien à marquer ici : choisissez d’abord un enregistrement (domaine, objectif, lien…)."
        }
        (Lang::Fr, EvidenceText::Removed) => "Preuve retirée ; l’enregistrement reste.",
        (Lang::Fr, EvidenceText::TheList) => "Les huit compétences",
        (Lang::Fr, EvidenceText::RemoveTag) => "Retirer la preuve",
        (Lang::Fr, EvidenceText::GoToRecord) => "Aller à l’enregistrement",
        (Lang::Fr, EvidenceText::NewEvaluation) => "Nouvelle évaluation",
        (Lang::Fr, EvidenceText::WriteFreeEvidence) => "Écrire une preuve libre",
        (Lang::Fr, EvidenceText::Kind) => "Type",
        (Lang::Fr, EvidenceText::Partner) => "Partenaire",
        (Lang::Fr, EvidenceText::Period) => "Période",
        (Lang::Fr, EvidenceText::Before) => "Avant",
        (Lang::Fr, EvidenceText::After) => "Après",
        (Lang::Fr, EvidenceText::Wider) => "Élargir",
        (Lang::Fr, EvidenceText::Narrower) => "Resserrer",
        (Lang::Fr, EvidenceText::Deadlines) => "Échéances",
        (Lang::Fr, EvidenceText::Directory) => "Annuaire",
        (Lang::Fr, EvidenceText::CompetenciesShort) => "Compétences",
        (Lang::En, EvidenceText::Title) => "Competencies of the case manager (RS6552)",
        (Lang::En, EvidenceText::WholePractice) => "the whole practice",
        (Lang::En, EvidenceText::Evidence) => "Evidence",
        (Lang::En, EvidenceText::Suggestions) => "Suggestions (a: accept)",
        (Lang::En, EvidenceText::NoEvidence) => "No evidence yet.",
        (Lang::En, EvidenceText::NoNoteYet) => "no reflective note — still to write",
        (Lang::En, EvidenceText::NoSuggestion) => "No suggestion.",
        (Lang::En, EvidenceText::Missing) => "What is missing",
        (Lang::En, EvidenceText::NoPartialValidation) => {
            "There is no partial validation: each of the eight competencies must be shown."
        }
        (Lang::En, EvidenceText::NothingToTag) => {
            "Nothing to tag here: first choose a record (domain, objective, tie…)."
        }
        (Lang::En, EvidenceText::Removed) => "Evidence removed; the record stays.",
        (Lang::En, EvidenceText::TheList) => "The eight competencies",
        (Lang::En, EvidenceText::RemoveTag) => "Remove the evidence",
        (Lang::En, EvidenceText::GoToRecord) => "Go to the record",
        (Lang::En, EvidenceText::NewEvaluation) => "New evaluation",
        (Lang::En, EvidenceText::WriteFreeEvidence) => "Write free evidence",
        (Lang::En, EvidenceText::Kind) => "Kind",
        (Lang::En, EvidenceText::Partner) => "Partner",
        (Lang::En, EvidenceText::Period) => "Period",
        (Lang::En, EvidenceText::Before) => "Before",
        (Lang::En, EvidenceText::After) => "After",
        (Lang::En, EvidenceText::Wider) => "Wider",
        (Lang::En, EvidenceText::Narrower) => "Narrower",
        (Lang::En, EvidenceText::Deadlines) => "Deadlines",
        (Lang::En, EvidenceText::Directory) => "Directory",
        (Lang::En, EvidenceText::CompetenciesShort) => "Competencies",
    }
}

pub fn coverage_label(lang: Lang, c: Coverage) -> &'static str {
    match (lang, c) {
        (Lang::Fr, Coverage::None) => "aucune preuve",
        (Lang::Fr, Coverage::Some) => "en partie",
        (Lang::Fr, Coverage::Solid) => "solide",
        (Lang::En, Coverage::None) => "no evidence",
        (Lang::En, Coverage::Some) => "partly",
        (Lang::En, Coverage::Solid) => "solid",
    }
}

/// « 5 solides · 2 en partie · sans preuve : C8 »: the eight at a glance, none counted as covered
/// while it is only partly shown (there is no partial validation).
pub fn summary(lang: Lang, solid: usize, some: usize, missing: &[&str]) -> String {
    let mut parts = Vec::new();
    match lang {
        Lang::Fr => {
            parts.push(format!("{solid} solide{} sur 8", s(solid)));
            if some > 0 {
                parts.push(format!("{some} en partie"));
            }
            if !missing.is_empty() {
                parts.push(format!("sans preuve\u{a0}: {}", missing.join(", ")));
            }
        }
        Lang::En => {
            parts.push(format!("{solid} solid out of 8"));
            if some > 0 {
                parts.push(format!("{some} partly shown"));
            }
            if !missing.is_empty() {
                parts.push(format!("no evidence: {}", missing.join(", ")));
            }
        }
    }
    parts.join(" · ")
}

/// What is missing for a competency to be solid, in one sentence.
pub fn missing(lang: Lang, c: Coverage, count: usize, noted: usize) -> String {
    use crate::domain::evidence::{SOLID_COUNT, SOLID_NOTED};
    let more = SOLID_COUNT.saturating_sub(count);
    let notes = SOLID_NOTED.saturating_sub(noted);
    match (lang, c) {
        (_, Coverage::Solid) => String::new(),
        (Lang::Fr, Coverage::None) => {
            "aucune preuve — marquez un enregistrement (P depuis un onglet de la personne) ou retenez une suggestion."
                .into()
        }
        (Lang::Fr, Coverage::Some) => match (more, notes) {
            (0, n) => format!("encore {n} note{} réflexive{} à écrire.", s(n), s(n)),
            (m, 0) => format!("encore {m} preuve{}.", s(m)),
            (m, n) => format!("encore {m} preuve{} et {n} note{} réflexive{}.", s(m), s(n), s(n)),
        },
        (Lang::En, Coverage::None) => {
            "no evidence — tag a record (P from a tab of the person) or accept a suggestion.".into()
        }
        (Lang::En, Coverage::Some) => match (more, notes) {
            (0, n) => format!("{n} more reflective note{} to write.", s(n)),
            (m, 0) => format!("{m} more piece{} of evidence.", s(m)),
            (m, n) => format!("{m} more piece{} of evidence and {n} reflective note{}.", s(m), s(n)),
        },
    }
}

fn s(n: usize) -> &'static str {
    if n > 1 { "s" } else { "" }
}

/// The note an accepted suggestion starts with: why the tool proposed it (to rewrite in her words).
pub fn candidate_note(lang: Lang, why: CandidateReason) -> &'static str {
    match (lang, why) {
        (Lang::Fr, CandidateReason::CoBuiltWithWords) => {
            "Diagnostic co-construit avec la personne, ses propres mots recueillis."
        }
        (Lang::Fr, CandidateReason::AxisWithParticipation) => {
            "Axe élaboré avec la personne : sa participation et son avis notés."
        }
        (Lang::Fr, CandidateReason::ObjectiveWithIndicatorAndPartner) => {
            "Objectif opérationnel mesurable (indicateur) dont une action est portée par un partenaire."
        }
        (Lang::Fr, CandidateReason::EvaluationWithSelfRating) => {
            "Évaluation où la personne a noté elle-même sa situation, à côté de mon regard."
        }
        (Lang::Fr, CandidateReason::TieToCarrier) => {
            "Partenaire du territoire mobilisé : il porte une action du projet."
        }
        (Lang::Fr, CandidateReason::Transmission) => "Transmission ciblée à un partenaire, notée au journal.",
        (Lang::En, CandidateReason::CoBuiltWithWords) => "Diagnosis co-built with the person, in her own words.",
        (Lang::En, CandidateReason::AxisWithParticipation) => {
            "Axis built with the person: her participation and view noted."
        }
        (Lang::En, CandidateReason::ObjectiveWithIndicatorAndPartner) => {
            "Measurable operational objective (indicator) with an action carried by a partner."
        }
        (Lang::En, CandidateReason::EvaluationWithSelfRating) => "Evaluation where the person rated her own situation.",
        (Lang::En, CandidateReason::TieToCarrier) => {
            "Partner of the territory mobilised: it carries an action of the plan."
        }
        (Lang::En, CandidateReason::Transmission) => "Targeted transmission to a partner, noted in the journal.",
    }
}

/// « objectif « Tenir le plan… » », or the kind alone when the record has no title.
pub fn record_in_words(lang: Lang, kind: RecordKind, title: &str) -> String {
    let kind = record_kind(lang, kind);
    if title.is_empty() { kind } else { format!("{kind} {}", super::quoted(lang, title)) }
}

/// « objectif », « lien », « journal (transmission) »…
pub fn record_kind(lang: Lang, k: RecordKind) -> String {
    use super::evaluation::{evaluation_kind, journal_kind};
    match (lang, k) {
        (Lang::Fr, RecordKind::Entry) => "diagnostic".into(),
        (Lang::Fr, RecordKind::Axis) => "axe".into(),
        (Lang::Fr, RecordKind::Objective) => "objectif".into(),
        (Lang::Fr, RecordKind::Action) => "action".into(),
        (Lang::Fr, RecordKind::Tie) => "lien".into(),
        (Lang::Fr, RecordKind::Journal(j)) => format!("journal ({})", journal_kind(lang, j)),
        (Lang::Fr, RecordKind::Evaluation(e)) => format!("évaluation ({})", evaluation_kind(lang, e)),
        (Lang::Fr, RecordKind::Free) => "preuve libre".into(),
        (Lang::En, RecordKind::Entry) => "diagnosis".into(),
        (Lang::En, RecordKind::Axis) => "axis".into(),
        (Lang::En, RecordKind::Objective) => "objective".into(),
        (Lang::En, RecordKind::Action) => "action".into(),
        (Lang::En, RecordKind::Tie) => "tie".into(),
        (Lang::En, RecordKind::Journal(j)) => format!("journal ({})", journal_kind(lang, j)),
        (Lang::En, RecordKind::Evaluation(e)) => format!("evaluation ({})", evaluation_kind(lang, e)),
        (Lang::En, RecordKind::Free) => "free evidence".into(),
    }
}
