//! The form fields' names and the errors a field can have, in French and English.

use std::borrow::Cow;

use super::{KeyNames, Lang};
use crate::action::{Action, Context};
use crate::domain::date::DateError;
use crate::domain::date::YEARS;
use crate::domain::diagnosis::EntryProblem;
use crate::domain::evaluation::EvaluationProblem;
use crate::domain::evaluation::MAX_GOAL_WEIGHT;
use crate::domain::evidence::EvidenceProblem;
use crate::domain::field::{FieldError, FieldId};
use crate::domain::journal::JournalProblem;
use crate::domain::person::PersonProblem;
use crate::domain::plan::action::ActionProblem;
use crate::domain::plan::objective::ObjectiveProblem;
use crate::domain::tie::TieProblem;

pub fn field_label(lang: Lang, f: FieldId) -> &'static str {
    match lang {
        Lang::Fr => field_fr(f),
        Lang::En => field_en(f),
    }
}

/// A field's error. Where it points to a finder it names the finder's key as `keys` bind it: the
/// form's user keymap in the interface, the default keymap on the command line.
pub fn field_error(lang: Lang, e: FieldError, keys: &dyn KeyNames) -> Cow<'static, str> {
    let pick = keys.key_of(Context::Form, Action::PickCode);
    match lang {
        Lang::Fr => field_error_fr(e, &pick),
        Lang::En => field_error_en(e, &pick),
    }
}

/// A field's error as the form shows it: « ligne 3 : un besoin codé… » when one line is at fault.
pub fn field_error_text(lang: Lang, e: FieldError, keys: &dyn KeyNames) -> String {
    let text = field_error(lang, e, keys);
    let FieldError::AtLine(line, _) = e else { return text.to_string() };
    let mut chars = text.chars();
    let lowered: String = chars.next().into_iter().flat_map(char::to_lowercase).chain(chars).collect();
    match lang {
        Lang::Fr => format!("ligne {line}\u{a0}: {lowered}"),
        Lang::En => format!("line {line}: {lowered}"),
    }
}

fn field_fr(f: FieldId) -> &'static str {
    match f {
        FieldId::AxisTitle => "Axe",
        FieldId::Rationale => "Pourquoi cet axe",
        FieldId::LinkedNeeds => "Besoins visés",
        FieldId::Participation => "Participation",
        FieldId::PersonView => "Avis de la personne",
        FieldId::ObjectiveTitle => "Objectif",
        FieldId::Indicator => "Indicateur",
        FieldId::ExpectedResult => "Résultat attendu",
        FieldId::Deadline => "Échéance",
        FieldId::ObjectiveStatus => "Statut",
        FieldId::GasMinus2 => "GAS −2 (bien pire)",
        FieldId::GasMinus1 => "GAS −1 (moins bien)",
        FieldId::GasZero => "GAS 0 (attendu)",
        FieldId::GasPlus1 => "GAS +1 (mieux)",
        FieldId::GasPlus2 => "GAS +2 (bien mieux)",
        FieldId::GasBaseline => "Niveau de départ",
        FieldId::Importance => "Importance (0–3)",
        FieldId::Difficulty => "Difficulté (0–3)",
        FieldId::What => "Action",
        FieldId::Carrier => "Qui la porte",
        FieldId::Start => "Début",
        FieldId::Due => "Échéance",
        FieldId::ActionStatus => "Statut",
        FieldId::Service => "Prestation SERAFIN-PH",
        FieldId::NewDate => "Nouvelle échéance",
        FieldId::Reason => "Pourquoi",
        FieldId::PartnerName => "Structure",
        FieldId::Sector => "Secteur",
        FieldId::Expertise => "Expertise",
        FieldId::Territory => "Territoire",
        FieldId::Contact => "Contact professionnel",
        FieldId::PartnerNotes => "Notes",
        FieldId::TieTarget => "Lien avec",
        FieldId::InformalLabel => "Qui (sans nom)",
        FieldId::TieRole => "Rôle dans le projet",
        FieldId::Strength => "Force",
        FieldId::Valence => "Qualité",
        FieldId::Flow => "Sens du soutien",
        FieldId::Since => "Depuis le",
        FieldId::ShareConsentDate => "Consentement au partage le",
        FieldId::ShareConsentScope => "Ce qui peut être partagé",
        FieldId::LegalBasis => "Fondement",
        FieldId::TieNotes => "Notes",
        FieldId::CompareDate => "Comparer avec le",
        FieldId::ExportWhat => "Document",
        FieldId::ExportFormat => "Format",
        FieldId::Destination => "Fichier",
        FieldId::Pseudonym => "Pseudonyme",
        FieldId::BirthYear => "Année de naissance",
        FieldId::AgeBand => "ou tranche d’âge",
        FieldId::Dispositif => "Dispositif",
        FieldId::ReferralDate => "Date d’orientation",
        FieldId::ReferralSource => "Orientée par",
        FieldId::Status => "Statut",
        FieldId::Fictitious => "Situation fictive",
        FieldId::ConsentDate => "Information, accord le",
        FieldId::ConsentScope => "Portée de l’accord",
        FieldId::LastContact => "Dernier contact",
        FieldId::Situation => "Situation",
        FieldId::PersonWords => "Paroles de la personne",
        FieldId::Needs => "Besoins",
        FieldId::Resources => "Ressources, appuis",
        FieldId::Risks => "Risques de rupture",
        FieldId::PriorityPerson => "Priorité (personne)",
        FieldId::PriorityReferent => "Priorité (référent)",
        FieldId::Source => "Source",
        FieldId::Date => "Date",
        FieldId::CoBuilt => "Co-construit",
        FieldId::JournalKind => "Type",
        FieldId::Time => "Heure",
        FieldId::Summary => "Ce qui s’est passé",
        FieldId::Partners => "Partenaires présents",
        FieldId::Sensitive => "Information sensible",
        FieldId::EvaluationKind => "Type d’évaluation",
        FieldId::Participants => "Participants (rôles)",
        FieldId::Tools => "Outils utilisés",
        FieldId::ReferentView => "Avis du référent",
        FieldId::Decisions => "Décisions",
        FieldId::NextEvaluation => "Prochaine évaluation",
        FieldId::GoalLevel(_) => "Niveau atteint",
        FieldId::GoalDecision(_) => "  ↳ décision",
        FieldId::SelfRating(_) => "Note de la personne",
        FieldId::ReferentRating(_) => "  ↳ référent",
        FieldId::Competency => "Compétence",
        FieldId::EvidenceNote => "Note réflexive",
    }
}

fn field_error_fr(e: FieldError, pick: &str) -> Cow<'static, str> {
    match e {
        FieldError::Axis(_) => "Champ obligatoire.".into(),
        FieldError::Objective(ObjectiveProblem::TitleEmpty) => "Champ obligatoire.".into(),
        FieldError::Objective(ObjectiveProblem::DeadlineBeforeCreation) => {
            "L’échéance précède la date où l’objectif est fixé.".into()
        }
        FieldError::Objective(ObjectiveProblem::BaselineOutOfRange) => "Le niveau de départ est −1 ou −2.".into(),
        FieldError::Objective(ObjectiveProblem::WeightOutOfRange) => "Importance et difficulté vont de 0 à 3.".into(),
        FieldError::Action(ActionProblem::WhatEmpty) => "Champ obligatoire.".into(),
        FieldError::Action(ActionProblem::DueBeforeStart) => "L’échéance précède le début.".into(),
        FieldError::Action(ActionProblem::DoneBeforeStart) => "La fin précède le début.".into(),
        FieldError::Action(ActionProblem::UnknownService) => {
            format!("Code de prestation SERAFIN-PH inconnu ({pick} pour choisir).").into()
        }
        FieldError::Action(ActionProblem::ReasonEmpty) => "Dites pourquoi l’action est reportée.".into(),
        FieldError::Action(ActionProblem::NewDateInPast) => "La nouvelle échéance est déjà passée.".into(),
        FieldError::AtLine(_, p) => field_error_fr(FieldError::Entry(p), pick),
        FieldError::UnknownNeed => {
            format!("Une ligne ne nomme pas un besoin du diagnostic ({pick} pour choisir).").into()
        }
        FieldError::Tie(TieProblem::LabelEmpty) => {
            "Quelques mots pour ce soutien («\u{a0}sa sœur\u{a0}»), jamais un nom.".into()
        }
        FieldError::Tie(TieProblem::EndBeforeStart) => "La fin précède le début.".into(),
        FieldError::Tie(TieProblem::ConsentScopeEmpty) => "Dites ce qui peut être partagé.".into(),
        FieldError::Tie(TieProblem::ConsentInFuture) => "La date du consentement est dans le futur.".into(),
        FieldError::Tie(TieProblem::ConsentForInformal) => {
            "Le consentement au partage concerne les partenaires, pas l’entourage.".into()
        }
        FieldError::NotInPast => "Choisissez une date passée.".into(),
        FieldError::Time => "Heure attendue sous la forme 9h10 ou 14:30.".into(),
        FieldError::UnknownPartner => {
            format!("Une ligne ne nomme pas un partenaire de l’annuaire ({pick} pour choisir).").into()
        }
        FieldError::Journal(JournalProblem::SummaryEmpty) => "Champ obligatoire.".into(),
        FieldError::Journal(JournalProblem::SummaryTooLong) => {
            "Trop long pour le journal (4\u{202f}000 caractères au plus).".into()
        }
        FieldError::Journal(JournalProblem::DateInFuture) => "La date est dans le futur.".into(),
        FieldError::Evaluation(EvaluationProblem::Empty) => {
            "Rien n’est évalué\u{a0}: un niveau, une note ou un avis au moins.".into()
        }
        FieldError::Evaluation(EvaluationProblem::DateInFuture) => "La date est dans le futur.".into(),
        FieldError::Evaluation(EvaluationProblem::WeightOutOfRange) => {
            format!("Les poids vont de 0 à {MAX_GOAL_WEIGHT}.").into()
        }
        FieldError::Evaluation(EvaluationProblem::NextBeforeDate) => "La prochaine évaluation précède celle-ci.".into(),
        FieldError::Evaluation(EvaluationProblem::RatingOutOfRange) => "Les notes vont de 1 à 10.".into(),
        FieldError::Evaluation(EvaluationProblem::LevelOutOfRange) => "Les niveaux vont de −2 à +2.".into(),
        FieldError::ReadjustUnchanged => {
            "Écrivez ce qui change\u{a0}: le nouvel objectif ne peut pas recopier l’ancien.".into()
        }
        FieldError::LevelNeeded => "Choisissez le niveau atteint avant de décider.".into(),
        FieldError::Evidence(EvidenceProblem::FreeWithoutNote) => {
            "Une preuve libre, c’est sa note : écrivez-la.".into()
        }
        FieldError::Evidence(EvidenceProblem::NoteTooLong) => {
            "Note trop longue (4\u{202f}000 caractères au plus).".into()
        }
        FieldError::Evidence(EvidenceProblem::CompetencyOutOfRange) => "Choisissez une compétence de C1 à C8.".into(),
        FieldError::Evidence(EvidenceProblem::RecordWithoutPerson) => {
            "Cet enregistrement appartient à une personne.".into()
        }
        FieldError::Identifying(kind) => {
            use crate::privacy::IdentifierKind as K;
            match kind {
                K::Email => {
                    "Ressemble à un courriel\u{a0}: pseudonymisez-le, ou enregistrez à nouveau pour le garder.".into()
                }
                K::Phone => {
                    "Ressemble à un téléphone\u{a0}: retirez-le, ou enregistrez à nouveau pour le garder.".into()
                }
                K::Nir => {
                    "Ressemble à un numéro de sécurité sociale\u{a0}: retirez-le, ou enregistrez à nouveau.".into()
                }
                K::Iban => "Ressemble à un IBAN\u{a0}: retirez-le, ou enregistrez à nouveau pour le garder.".into(),
                K::Address => {
                    "Ressemble à une adresse\u{a0}: pseudonymisez-la, ou enregistrez à nouveau pour la garder.".into()
                }
                K::BirthDate => {
                    "Ressemble à une date de naissance\u{a0}: gardez l’année, ou enregistrez à nouveau.".into()
                }
                K::Name => {
                    "Ressemble à un nom\u{a0}: utilisez une initiale, ou enregistrez à nouveau pour le garder.".into()
                }
            }
        }
        FieldError::Required => "Champ obligatoire.".into(),
        FieldError::Date(DateError::Format) => "Date attendue au format jj/mm/aaaa.".into(),
        FieldError::Date(DateError::NoSuchDay) => "Ce jour n’existe pas.".into(),
        FieldError::Date(DateError::OutOfRange) => {
            format!("Date hors de portée\u{a0}: une année entre {} et {}.", YEARS.start(), YEARS.end()).into()
        }
        FieldError::Year => "Année attendue en chiffres (ex. 1974).".into(),
        FieldError::Person(PersonProblem::PseudonymEmpty) => "Champ obligatoire.".into(),
        FieldError::Person(PersonProblem::PseudonymTooLong) => "Pseudonyme trop long (60 caractères au plus).".into(),
        FieldError::Person(PersonProblem::BirthYearOutOfRange) => "Année de naissance impossible.".into(),
        FieldError::Person(PersonProblem::ReferralInFuture) => "La date d’orientation est dans le futur.".into(),
        FieldError::Person(PersonProblem::ConsentInFuture) => "La date d’accord est dans le futur.".into(),
        FieldError::Person(PersonProblem::ConsentBeforeReferral) => "L’accord précède la date d’orientation.".into(),
        FieldError::Person(PersonProblem::LastContactInFuture) => "Le dernier contact est dans le futur.".into(),
        FieldError::Entry(EntryProblem::Empty) => "Écrivez au moins la situation, les paroles ou un besoin.".into(),
        FieldError::Entry(EntryProblem::DateInFuture) => "La date est dans le futur.".into(),
        FieldError::Entry(EntryProblem::UnknownNeedCode) => {
            format!("Code SERAFIN-PH inconnu ({pick} pour choisir).").into()
        }
        FieldError::Entry(EntryProblem::NeedTextEmpty) => "Un besoin codé doit aussi être décrit.".into(),
    }
}

fn field_en(f: FieldId) -> &'static str {
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

fn field_error_en(e: FieldError, pick: &str) -> Cow<'static, str> {
    match e {
        FieldError::Axis(_) => "Required field.".into(),
        FieldError::Objective(ObjectiveProblem::TitleEmpty) => "Required field.".into(),
        FieldError::Objective(ObjectiveProblem::DeadlineBeforeCreation) => {
            "The deadline is before the day the objective is set.".into()
        }
        FieldError::Objective(ObjectiveProblem::BaselineOutOfRange) => "The baseline is −1 or −2.".into(),
        FieldError::Objective(ObjectiveProblem::WeightOutOfRange) => "Importance and difficulty go from 0 to 3.".into(),
        FieldError::Action(ActionProblem::WhatEmpty) => "Required field.".into(),
        FieldError::Action(ActionProblem::DueBeforeStart) => "The due date is before the start.".into(),
        FieldError::Action(ActionProblem::DoneBeforeStart) => "The end is before the start.".into(),
        FieldError::Action(ActionProblem::UnknownService) => {
            format!("Unknown SERAFIN-PH service code ({pick} to pick one).").into()
        }
        FieldError::Action(ActionProblem::ReasonEmpty) => "Say why the action is postponed.".into(),
        FieldError::Action(ActionProblem::NewDateInPast) => "The new due date has already passed.".into(),
        FieldError::AtLine(_, p) => field_error_en(FieldError::Entry(p), pick),
        FieldError::UnknownNeed => format!("A line names no need of the assessment ({pick} to pick one).").into(),
        FieldError::Tie(TieProblem::LabelEmpty) => {
            "A few words for this support (« her sister »), never a name.".into()
        }
        FieldError::Tie(TieProblem::EndBeforeStart) => "The end is before the start.".into(),
        FieldError::Tie(TieProblem::ConsentScopeEmpty) => "Say what may be shared.".into(),
        FieldError::Tie(TieProblem::ConsentInFuture) => "The consent date is in the future.".into(),
        FieldError::Tie(TieProblem::ConsentForInformal) => {
            "Consent to share is for partners, not for the person’s circle.".into()
        }
        FieldError::NotInPast => "Pick a past date.".into(),
        FieldError::Time => "Expected a time such as 9:10 or 14:30.".into(),
        FieldError::UnknownPartner => format!("A line names no partner of the directory ({pick} to choose).").into(),
        FieldError::Journal(JournalProblem::SummaryEmpty) => "Required field.".into(),
        FieldError::Journal(JournalProblem::SummaryTooLong) => {
            "Too long for the journal (4,000 characters at most).".into()
        }
        FieldError::Journal(JournalProblem::DateInFuture) => "The date is in the future.".into(),
        FieldError::Evaluation(EvaluationProblem::Empty) => {
            "Nothing is evaluated: a level, a rating or a view at least.".into()
        }
        FieldError::Evaluation(EvaluationProblem::DateInFuture) => "The date is in the future.".into(),
        FieldError::Evaluation(EvaluationProblem::WeightOutOfRange) => {
            format!("Weights go from 0 to {MAX_GOAL_WEIGHT}.").into()
        }
        FieldError::Evaluation(EvaluationProblem::NextBeforeDate) => {
            "The next evaluation comes before this one.".into()
        }
        FieldError::Evaluation(EvaluationProblem::RatingOutOfRange) => "Ratings go from 1 to 10.".into(),
        FieldError::Evaluation(EvaluationProblem::LevelOutOfRange) => "Levels go from −2 to +2.".into(),
        FieldError::ReadjustUnchanged => "Write what changes: the new objective cannot copy the old one.".into(),
        FieldError::LevelNeeded => "Choose the level reached before deciding.".into(),
        FieldError::Evidence(EvidenceProblem::FreeWithoutNote) => "Free evidence is its note: write it.".into(),
        FieldError::Evidence(EvidenceProblem::NoteTooLong) => "Note too long (4,000 characters at most).".into(),
        FieldError::Evidence(EvidenceProblem::CompetencyOutOfRange) => "Choose a competency from C1 to C8.".into(),
        FieldError::Evidence(EvidenceProblem::RecordWithoutPerson) => "This record belongs to a person.".into(),
        FieldError::Identifying(kind) => {
            use crate::privacy::IdentifierKind as K;
            match kind {
                K::Email => "Looks like an e-mail address: pseudonymise it, or save again to keep it.".into(),
                K::Phone => "Looks like a phone number: pseudonymise it, or save again to keep it.".into(),
                K::Nir => "Looks like a social security number: remove it, or save again to keep it.".into(),
                K::Iban => "Looks like an IBAN: remove it, or save again to keep it.".into(),
                K::Address => "Looks like a postal address: pseudonymise it, or save again to keep it.".into(),
                K::BirthDate => "Looks like a date of birth: keep the year, or save again to keep it.".into(),
                K::Name => "Looks like a person's name: use an initial, or save again to keep it.".into(),
            }
        }
        FieldError::Required => "Required field.".into(),
        FieldError::Date(DateError::Format) => "Date expected as dd/mm/yyyy.".into(),
        FieldError::Date(DateError::NoSuchDay) => "This day does not exist.".into(),
        FieldError::Date(DateError::OutOfRange) => {
            format!("Date out of reach: a year between {} and {}.", YEARS.start(), YEARS.end()).into()
        }
        FieldError::Year => "Year expected in digits (e.g. 1974).".into(),
        FieldError::Person(PersonProblem::PseudonymEmpty) => "Required field.".into(),
        FieldError::Person(PersonProblem::PseudonymTooLong) => "Pseudonym too long (60 characters at most).".into(),
        FieldError::Person(PersonProblem::BirthYearOutOfRange) => "Impossible birth year.".into(),
        FieldError::Person(PersonProblem::ReferralInFuture) => "The referral date is in the future.".into(),
        FieldError::Person(PersonProblem::ConsentInFuture) => "The consent date is in the future.".into(),
        FieldError::Person(PersonProblem::ConsentBeforeReferral) => {
            "The consent comes before the referral date.".into()
        }
        FieldError::Person(PersonProblem::LastContactInFuture) => "The last contact is in the future.".into(),
        FieldError::Entry(EntryProblem::Empty) => "Write at least the situation, the words or a need.".into(),
        FieldError::Entry(EntryProblem::DateInFuture) => "The date is in the future.".into(),
        FieldError::Entry(EntryProblem::UnknownNeedCode) => {
            format!("Unknown SERAFIN-PH code ({pick} to pick one).").into()
        }
        FieldError::Entry(EntryProblem::NeedTextEmpty) => "A coded need must also be described.".into(),
    }
}
