//! Français (langue par défaut). L’espace insécable (\u{a0}) précède les ponctuations doubles.

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
        T::AppTagline => "l’outil du référent de parcours santé et social",
        T::WelcomeTitle => "Bienvenue dans parcours",
        T::WelcomeLine1 => {
            "parcours accompagne le référent de parcours santé et social, avec la personne, du diagnostic global"
        }
        T::WelcomeLine2 => {
            "au projet, aux partenaires et à l’évaluation, et garde ce que vous écrivez comme preuve pour le DPP."
        }
        T::WelcomeLine3 => {
            "Tout reste sur cet ordinateur, sous pseudonyme\u{a0}: aucun champ ne demande l’identité de la personne."
        }
        T::WelcomeDemo => "Découvrir la situation de démonstration",
        T::WelcomeNew => "Nouvelle personne",
        T::WelcomePrivacy => "↑↓ choisir · ↵ valider · d démonstration · n nouvelle personne · ? aide",
        T::FileActive => "File active",
        T::ColPseudonym => "Personne",
        T::ColDispositif => "Dispositif",
        T::ColStatus => "Statut",
        T::ColLastContact => "Dernier contact",
        T::ColContact => "Contact",
        T::Symbols => "Symboles",
        T::SymbolComplete => "domaine complet (situation, paroles, besoins, ressources, risques)",
        T::SymbolPartial => "domaine commencé",
        T::SymbolNotExplored => "domaine pas encore exploré",
        T::SymbolAlert => "point d’attention",
        T::SymbolNoAlert => "rien à signaler",
        T::ColAlerts => "Alertes",
        T::NoPersonMatches => "Aucune personne ne correspond.",
        T::FilterPrompt => "Rechercher\u{a0}:",
        T::DirectoryFilterHint => "Échap efface · ↵ garde le filtre · ↑↓ choisit",
        T::FilterHint => "Échap efface · ↵ ouvre · ↑↓ choisit",
        T::ShowingArchived => "archives affichées",
        T::Archived => "archivée",
        T::NoPassageFound => "Aucun passage ne contient ces mots.",
        T::NeverContactedShort => "jamais",
        T::OrderLastContact => "par dernier contact",
        T::OrderDeadline => "par échéance",
        T::OrderAlerts => "par alertes",
        T::ExportKey => "Exporter",
        T::ListKey => "Liste",
        T::NoContactYet => "aucun contact noté",
        T::TabCard => "Fiche",
        T::CarrierPerson => "la personne",
        T::CarrierReferent => "le référent",
        T::AlreadyClosed => "Cet élément est déjà clos.",
        T::SelectAnAction => "Choisissez d’abord une action dans l’arbre.",
        T::SelectAnObjective => "Choisissez d’abord un objectif dans l’arbre.",
        T::AxisSaved => "Axe enregistré.",
        T::HelpQuitFromForm => "Quitter (demande si la fiche a changé)",
        T::HelpFormTypes => "q, /, :, ? et toute lettre s’écrivent dans le champ.",
        T::CompareKey => "Comparer",
        T::ObjectiveSaved => "Objectif enregistré.",
        T::ActionSaved => "Action enregistrée.",
        T::PlanDone => "Action marquée faite aujourd’hui.",
        T::PlanReopened => "Action rouverte.",
        T::ConfirmReopenAction => "Rouvrir l’action\u{a0}? Sa date de réalisation est effacée.",
        T::PlanPostponed => "Action reportée\u{a0}; le report est gardé dans son journal.",
        T::PlanReadjusted => "Objectif réajusté\u{a0}: l’ancien garde son historique.",
        T::PlanArchived => "Élément archivé\u{a0}: il quitte l’arbre, rien n’est effacé.",
        T::PlanMoved => "Ordre modifié.",
        T::ConfirmArchiveAxis => "Archiver cet axe et tout ce qu’il contient\u{a0}? Rien n’est effacé.",
        T::ConfirmArchiveObjective => "Archiver cet objectif et ses actions\u{a0}? Rien n’est effacé.",
        T::ConfirmArchiveAction => "Archiver cette action\u{a0}? Rien n’est effacé.",
        T::TabProject => "Projet",
        T::ViewTree => "Arbre",
        T::ViewWho => "Qui fait quoi",
        T::ViewSchedule => "Échéancier",
        T::AxisWord => "Axe",
        T::ObjectiveWord => "Objectif",
        T::ActionWord => "Action",
        T::PlanEmpty => "Aucun axe d’accompagnement pour l’instant.",
        T::PlanEmptyHint => "N\u{a0}: écrire le premier axe avec la personne, à partir de son diagnostic.",
        T::Warnings => "Points d’attention",
        T::NoWarning => "Rien à signaler dans ce projet.",
        T::LabelIndicator => "Indicateur",
        T::LabelExpected => "Résultat attendu",
        T::LabelDeadline => "Échéance",
        T::LabelStatus => "Statut",
        T::LabelCarrier => "Qui",
        T::LabelStart => "Début",
        T::LabelDone => "Fait le",
        T::LabelService => "Prestation SERAFIN-PH",
        T::LabelPostponements => "Reports",
        T::LabelPersonView => "Avis de la personne",
        T::LabelParticipation => "Participation de la personne",
        T::LabelRationale => "Pourquoi cet axe",
        T::LabelNeeds => "Besoins visés",
        T::LabelGas => "Échelle d’atteinte (GAS)",
        T::LabelBaseline => "Niveau de départ",
        T::LabelWeight => "Poids (importance × difficulté)",
        T::LabelReplaces => "Réajuste l’objectif",
        T::Late => "en retard",
        T::ThisWeek => "cette semaine",
        T::NoDate => "sans date",
        T::DeadlinesTitle => "Échéances de la file active",
        T::LateSection => "En retard",
        T::WeekSection => "Dans les 7 jours",
        T::NoDeadline => "Rien en retard, rien d’attendu dans les 7 jours.",
        T::ColKind => "Type",
        T::ColWhere => "Où",
        T::ColExcerpt => "Extrait",
        T::ColDate => "Date",
        T::ColWhat => "Intitulé",
        T::ColNextDeadline => "Échéance",
        T::KindObjective => "objectif",
        T::KindAction => "action",
        T::NoOpenAction => "Aucune action ouverte.",
        T::WarnNeedUnaddressed => "Besoin prioritaire sans objectif",
        T::WarnNoAction => "Objectif sans action",
        T::WarnNoIndicator => "Objectif sans indicateur",
        T::WarnObjectiveLate => "Objectif en retard",
        T::WarnActionLate => "Action en retard",
        T::StatusPartialShort => "partiel",
        T::ViewKeysHint => "v\u{a0}: changer de vue",
        T::PartnerSaved => "Partenaire enregistré dans l’annuaire.",
        T::PartnerArchived => "Partenaire archivé\u{a0}: il quitte l’annuaire, rien n’est effacé.",
        T::PartnerRestored => "Partenaire remis dans l’annuaire.",
        T::ConfirmArchivePartner => {
            "Archiver ce partenaire\u{a0}? Il quitte l’annuaire\u{a0}; ses liens et actions restent."
        }
        T::ConfirmRestorePartner => "Remettre ce partenaire dans l’annuaire\u{a0}?",
        T::DirectoryTitle => "Annuaire du territoire",
        T::ColName => "Structure",
        T::ColSector => "Secteur",
        T::ColTerritory => "Territoire",
        T::ColExpertise => "Expertise",
        T::InvolvedWith => "Personnes accompagnées avec ce partenaire",
        T::NoInvolved => "Aucune personne de la file active pour l’instant.",
        T::NoPartner => "Aucun partenaire ne correspond.",
        T::DirectoryEmpty => "L’annuaire est vide\u{a0}: n pour ajouter une structure du territoire.",
        T::HintContact => {
            "Coordonnées professionnelles de la structure\u{a0}: jamais celles d’une personne accompagnée."
        }
        T::LabelContact => "Contact",
        T::LabelNotes => "Notes",
        T::TieSaved => "Réseau mis à jour.",
        T::ConfirmEndTie => "Mettre fin à ce lien aujourd’hui\u{a0}? Il reste sur les écocartes passées.",
        T::TabNetwork => "Réseau",
        T::TabEvaluation => "Évaluation",
        T::TabJournal => "Journal",
        T::EcomapTitle => "Écocarte",
        T::EcomapOn => "au",
        T::EcomapAsList => "en liste",
        T::TieSince => "depuis le",
        T::EcomapCompared => "comparée au",
        T::NoTie => "Aucun lien pour l’instant\u{a0}: n pour ajouter un partenaire ou un soutien de l’entourage.",
        T::Legend => "Légende",
        T::LegendStrong => "fort",
        T::LegendModerate => "assez fort",
        T::LegendNormal => "moyen",
        T::LegendWeak => "faible",
        T::LegendStressful => "stressant",
        T::LegendConflictual => "conflictuel",
        T::LegendBroken => "rompu",
        T::LegendFlow => "sens du soutien",
        T::LegendAdded => "nouveau",
        T::LegendEnded => "terminé",
        T::LegendChanged => "changé",
        T::EcomapInformal => "Entourage",
        T::EcomapPartner => "structure du territoire",
        T::EcomapEmpty => "Aucun lien à cette date.",
        T::LabelRole => "Rôle",
        T::LabelSince => "Depuis le",
        T::LabelUntil => "Jusqu’au",
        T::LabelConsent => "Partage d’informations",
        T::NoShareConsent => "pas de consentement au partage enregistré",
        T::NetworkAlerts => "Points d’attention",
        T::AlertNoInformal => "Aucun soutien de l’entourage sur l’écocarte",
        T::AlertCarrierNoConsent => "Partenaires qui portent une action sans accord de partage",
        T::AlertConflictualCarrier => "Lien conflictuel avec un partenaire qui porte une action",
        T::CompareHint => "c\u{a0}: comparer avec une date passée",
        T::CompareOffHint => "c\u{a0}: arrêter la comparaison",
        T::BackToTree => "Ces touches agissent dans l’arbre\u{a0}: le voici.",
        T::StartsLater => "Cette action commence après aujourd’hui\u{a0}: avancez d’abord son début (↵).",
        T::PlanRestored => "Élément remis dans l’arbre.",
        T::ConfirmRestoreItem => "Remettre cet élément dans l’arbre\u{a0}?",
        T::ArchivedMark => "archivé",
        T::PostponeBeforeStart => "La nouvelle échéance précède le début de l’action.",
        T::TabDiagnostic => "Diagnostic",
        T::Domains => "Domaines de vie",
        T::NotExploredYet => "Ce domaine n’a pas encore été exploré avec la personne.",
        T::PressEnterToWrite => "↵ pour l’écrire ensemble.",
        T::Situation => "Situation",
        T::PersonWords => "Paroles de la personne",
        T::Needs => "Besoins",
        T::Resources => "Ressources, points d’appui",
        T::Risks => "Risques de rupture",
        T::PriorityForPerson => "Priorité pour la personne",
        T::PriorityForReferent => "Priorité pour le référent",
        T::Source => "Source",
        T::Date => "Date",
        T::CoBuilt => "Co-construit avec la personne",
        T::Yes => "oui",
        T::No => "non",
        T::Synthesis => "Synthèse des besoins",
        T::Domain => "Domaine",
        T::SynthesisEmpty => "Aucun besoin n’a encore été identifié.",
        T::History => "Historique",
        T::Revision => "Révision",
        T::Uncoded => "non codé",
        T::CardFrame => "Cadre de l’accompagnement",
        T::CardConsent => "Information et consentement",
        T::CardAlerts => "Points d’attention",
        T::NoAlert => "Rien à signaler.",
        T::ConsentMissing => "Consentement non enregistré",
        T::Help => "Aide — raccourcis",
        T::HelpFooter => "Toute touche ferme l’aide · ↑↓ défile",
        T::Palette => "Commandes",
        T::PaletteEmpty => "Aucune commande ne correspond.",
        T::NoNeedMatches => "Aucun besoin de la nomenclature ne contient ces mots.",
        T::DateHint => "Date au format jj/mm/aaaa.",
        T::HintPseudonym => "Un pseudonyme («\u{a0}Mme A.\u{a0}», «\u{a0}Léo, 15 ans\u{a0}»), jamais le nom.",
        T::HintBirthYear => "L’année seule, ou une tranche d’âge\u{a0}: jamais la date de naissance complète.",
        T::HintDispositif => "PCPE, DAC, PAG-MDPH, ASE, CCAS, SAVS, SAMSAH…",
        T::HintConsentScope => "Ce que la personne a accepté\u{a0}: quelles informations, partagées avec qui.",
        T::HintPersonWords => "Ses mots à elle, entre guillemets, sans les reformuler.",
        T::HintSource => "Entretien, visite à domicile, compte rendu transmis avec accord…",
        T::PickPartnerTitle => "Partenaire présent",
        T::FormJournal => "Noter au journal",
        T::FormEvaluation => "Évaluation avec la personne",
        T::ConfirmRemoveEvidence => "Retirer cette preuve\u{a0}? L’enregistrement lui-même reste.",
        T::FindingsTitle => "Données identifiantes dans les dossiers",
        T::FindingsNone => "Aucune donnée identifiante trouvée dans les dossiers de la file active.",
        T::FindingsScanning => "Examen des dossiers…",
        T::FindingJumped => "Voici l’enregistrement : e ou Entrée pour le modifier.",
        T::HintEvidenceNote => "En quoi cela démontre la compétence\u{a0}: ce que vous avez fait, pourquoi, avec qui.",
        T::TodayShort => "auj.",
        T::PickChoiceTitle => "Choisir",
        T::PickServiceTitle => "Prestation SERAFIN-PH",
        T::PickDiagnosisNeedTitle => "Besoins du diagnostic",
        T::HintGasZero => "Le niveau 0 est le résultat attendu, écrit avec la personne.",
        T::HintIndicator => "Ce que l’on observera pour savoir si l’objectif est atteint.",
        T::PickNeedTitle => "Besoin SERAFIN-PH",
        T::PickNeedHint => "Tapez des mots ou un code · ↵ choisit · Échap revient",
        T::FormNewAxis => "Nouvel axe d’accompagnement",
        T::FormNewObjective => "Nouvel objectif opérationnel",
        T::FormReadjust => "Réajuster l’objectif (l’ancien garde son historique)",
        T::FormNewAction => "Nouvelle action",
        T::FormPostpone => "Reporter",
        T::FormNewTie => "Nouveau lien sur l’écocarte",
        T::FormEditTie => "Lien sur l’écocarte (un changement de force, de qualité ou de sens est daté d’aujourd’hui)",
        T::FormCompare => "Comparer l’écocarte d’aujourd’hui avec celle d’une date passée",
        T::FormNewPerson => "Nouvelle personne",
        T::FormEditPerson => "Modifier la fiche",
        T::FormEntry => "Diagnostic",
        T::ConfirmDiscard => "Abandonner les modifications\u{a0}?",
        T::ConfirmArchive => "Archiver cette personne\u{a0}? Elle quitte la file active\u{a0}; rien n’est effacé.",
        T::ConfirmRestore => "Remettre cette personne dans la file active\u{a0}?",
        T::TooSmall => "Agrandissez le terminal\u{a0}: parcours a besoin d’au moins 80 colonnes sur 24 lignes.",
        T::Age => "Âge",
        T::Years => "ans",
    }
}

pub fn say(s: &Say) -> String {
    match s {
        Say::PersonSaved(p) => format!("Fiche de {p} enregistrée."),
        Say::EntrySaved(domain, rev) => format!("{domain}\u{a0}: révision {rev} enregistrée."),
        Say::Archived => "Personne archivée. « A » affiche les archives.".into(),
        Say::Restored => "Personne remise dans la file active.".into(),
        Say::DemoLoaded(0) => "La situation de démonstration est déjà là.".into(),
        Say::DemoLoaded(n) => format!("{n} situations fictives de démonstration ajoutées."),
        Say::FormHasErrors => "Certains champs sont à corriger (en rouge).".into(),
        Say::IdentifyingData => {
            "Donnée identifiante\u{a0}? Pseudonymisez les champs en rouge, ou enregistrez à nouveau pour garder le texte."
                .into()
        }
        Say::ChangesDiscarded => "Modifications abandonnées.".into(),
        Say::PersonsCount(shown, total) if shown == total => format!("{total} personne{}", plural(*total)),
        Say::PersonsCount(shown, total) => format!("{shown} sur {total}"),
        Say::TextHits { pseudonym, shown, here } if shown == here => {
            format!("Passage{} chez {pseudonym}\u{a0}: {here}", plural(*here))
        }
        Say::TextHits { pseudonym, shown, here } => format!("Passages chez {pseudonym}\u{a0}: {shown} sur {here}"),
        Say::NoContactSinceReferral(days) => format!("aucun depuis l’orientation, il y a {days}\u{a0}j"),
        Say::DaysAgo(0) => "aujourd’hui".into(),
        Say::DaysAgo(1) => "hier".into(),
        Say::DaysAgo(n) => format!("{n} j"),
        Say::RevisionOf(rev, date) => format!("révision {rev} du {date}"),
        Say::PseudonymTaken(p) => {
            format!("Le pseudonyme « {p} » est déjà utilisé dans la file active\u{a0}: choisissez-en un autre.")
        }
        Say::FictitiousCount(n) => format!("{n} fictive{}", plural(*n)),
        Say::DomainsExplored(n, total, None) => format!("{n} domaine{} exploré{} sur {total}", plural(*n), plural(*n)),
        Say::DomainsExplored(n, total, Some(d)) => {
            format!("{n} domaine{} exploré{} sur {total}, dernière écriture le {d}", plural(*n), plural(*n))
        }
        Say::PartnerNameTaken(p) => format!("«\u{a0}{p}\u{a0}» est déjà dans l’annuaire."),
        Say::TerminalSize(w, h) => format!("Terminal actuel\u{a0}: {w}×{h}."),
        Say::JournalSaved(d) => format!("Journal\u{a0}: entrée du {d} enregistrée."),
        Say::EvaluationSaved(d, Some(t)) => format!("Évaluation du {d} enregistrée — score T {t}."),
        Say::EvaluationSaved(d, None) => format!("Évaluation du {d} enregistrée."),
        Say::EvidenceSaved(c) => format!("Preuve enregistrée pour {c}."),
        Say::EcomapOf(p, d) => {
            // « de M. R. », « d’Inès »
            let elided = p.chars().next().is_some_and(|c| "AEIOUYÂÉÈÊÎÔÛaeiouyâéèêîôû".contains(c));
            if elided { format!("Écocarte d’{p} au {d}") } else { format!("Écocarte de {p} au {d}") }
        }
    }
}

fn plural(n: usize) -> &'static str {
    if n > 1 { "s" } else { "" }
}

pub fn action(a: Action) -> &'static str {
    match a {
        Action::Quit => "Quitter",
        Action::Help => "Aide",
        Action::Palette => "Palette de commandes",
        Action::Search => "Rechercher",
        Action::Back => "Retour",
        Action::Up => "Monter",
        Action::Down => "Descendre",
        Action::PageUp => "Page précédente",
        Action::PageDown => "Page suivante",
        Action::First => "Aller au début",
        Action::Last => "Aller à la fin",
        Action::LoadDemo => "Charger la démonstration",
        Action::NewPerson => "Nouvelle personne",
        Action::Open => "Ouvrir",
        Action::EditPerson => "Modifier la fiche",
        Action::ArchivePerson => "Archiver / désarchiver",
        Action::ToggleArchived => "Afficher les archives",
        Action::CycleOrder => "Ordre",
        Action::Reopen => "Rouvrir l’action qui vient d’être faite",
        Action::Confirm => "Oui",
        Action::Undo => "Défaire la dernière modification du champ",
        Action::ClearField => "Vider le champ",
        Action::NextTab => "Onglet suivant",
        Action::PrevTab => "Onglet précédent",
        Action::EditEntry => "Écrire le domaine",
        Action::History => "Historique du domaine",
        Action::Synthesis => "Synthèse des besoins",
        Action::NewItem => "Nouveau",
        Action::EditItem => "Modifier",
        Action::NewAxis => "Nouvel axe d’accompagnement",
        Action::MarkDone => "Marquer l’action faite aujourd’hui",
        Action::Postpone => "Reporter l’action",
        Action::Readjust => "Réajuster l’objectif",
        Action::ArchiveItem => "Archiver l’élément",
        Action::MoveUp => "Monter d’un rang",
        Action::MoveDown => "Descendre d’un rang",
        Action::CycleView => "Changer de vue (arbre, qui fait quoi, échéancier)",
        Action::Deadlines => "Échéances de la file active",
        Action::Directory => "Annuaire du territoire",
        Action::Compare => "Comparer avec une date passée",
        Action::TieList => "Liste ou carte",
        Action::EndTie => "Mettre fin au lien",
        Action::Save => "Enregistrer",
        Action::NextField => "Champ suivant",
        Action::PrevField => "Champ précédent",
        Action::Cancel => "Abandonner",
        Action::PickCode => "Chercher",
        Action::NoteJournal => "Noter au journal",
        Action::FilterKind => "Filtrer par type",
        Action::FilterPartner => "Filtrer par partenaire",
        Action::ZoomIn => "Zoom avant",
        Action::ZoomOut => "Zoom arrière",
        Action::Earlier => "Période précédente",
        Action::Competencies => "Compétences (DPP)",
        Action::TagEvidence => "Marquer comme preuve d’une compétence",
        Action::Accept => "Retenir la suggestion",
        Action::Findings => "Données identifiantes",
        Action::Export => "Exporter…",
        Action::OlderEvaluation => "Évaluation précédente",
        Action::NewerEvaluation => "Évaluation suivante",
        Action::CyclePeriod => "Changer de période",
        Action::Later => "Période suivante",
    }
}

pub fn key_name(k: KeyName) -> &'static str {
    match k {
        KeyName::Esc => "Échap",
        KeyName::PageUp => "PgPréc",
        KeyName::PageDown => "PgSuiv",
        KeyName::Home => "Début",
        KeyName::End => "Fin",
        KeyName::Delete => "Suppr",
        KeyName::Space => "Espace",
    }
}

pub fn context(c: Context) -> &'static str {
    match c {
        Context::Global => "Partout",
        Context::Welcome => "Accueil",
        Context::FileActive => "File active",
        Context::Person => "Personne",
        Context::Diagnostic => "Diagnostic",
        Context::Project => "Projet",
        Context::Deadlines => "Échéances",
        Context::Directory => "Annuaire",
        Context::Network => "Réseau",
        Context::Form => "Formulaire",
        Context::Journal => "Journal",
        Context::Evaluation => "Évaluation",
        Context::Competencies => "Compétences",
        Context::Findings => "Données identifiantes",
        Context::Confirm => "Confirmation",
    }
}

pub fn status(s: PersonStatus) -> &'static str {
    match s {
        PersonStatus::Active => "actif",
        PersonStatus::Paused => "en pause",
        PersonStatus::Closed => "clos",
    }
}

pub fn priority(p: Priority) -> &'static str {
    match p {
        Priority::None => "—",
        Priority::Low => "faible",
        Priority::Medium => "moyenne",
        Priority::High => "haute",
    }
}

pub fn completeness(c: Completeness) -> &'static str {
    match c {
        Completeness::NotExplored => "non exploré",
        Completeness::Partial => "partiel",
        Completeness::Complete => "complet",
    }
}

pub fn field(f: FieldId) -> &'static str {
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

pub fn field_error(e: FieldError) -> &'static str {
    match e {
        FieldError::Axis(_) => "Champ obligatoire.",
        FieldError::Objective(ObjectiveProblem::TitleEmpty) => "Champ obligatoire.",
        FieldError::Objective(ObjectiveProblem::DeadlineBeforeCreation) => {
            "L’échéance précède la date où l’objectif est fixé."
        }
        FieldError::Objective(ObjectiveProblem::BaselineOutOfRange) => "Le niveau de départ est −1 ou −2.",
        FieldError::Objective(ObjectiveProblem::WeightOutOfRange) => "Importance et difficulté vont de 0 à 3.",
        FieldError::Action(ActionProblem::WhatEmpty) => "Champ obligatoire.",
        FieldError::Action(ActionProblem::DueBeforeStart) => "L’échéance précède le début.",
        FieldError::Action(ActionProblem::DoneBeforeStart) => "La fin précède le début.",
        FieldError::Action(ActionProblem::UnknownService) => {
            "Code de prestation SERAFIN-PH inconnu (Ctrl-K pour choisir)."
        }
        FieldError::Action(ActionProblem::ReasonEmpty) => "Dites pourquoi l’action est reportée.",
        FieldError::Action(ActionProblem::NewDateInPast) => "La nouvelle échéance est déjà passée.",
        FieldError::AtLine(_, p) => field_error(FieldError::Entry(p)),
        FieldError::UnknownNeed => "Une ligne ne nomme pas un besoin du diagnostic (Ctrl-K pour choisir).",
        FieldError::Tie(TieProblem::LabelEmpty) => {
            "Quelques mots pour ce soutien («\u{a0}sa sœur\u{a0}»), jamais un nom."
        }
        FieldError::Tie(TieProblem::EndBeforeStart) => "La fin précède le début.",
        FieldError::Tie(TieProblem::ConsentScopeEmpty) => "Dites ce qui peut être partagé.",
        FieldError::Tie(TieProblem::ConsentInFuture) => "La date du consentement est dans le futur.",
        FieldError::Tie(TieProblem::ConsentForInformal) => {
            "Le consentement au partage concerne les partenaires, pas l’entourage."
        }
        FieldError::NotInPast => "Choisissez une date passée.",
        FieldError::Time => "Heure attendue sous la forme 9h10 ou 14:30.",
        FieldError::UnknownPartner => "Une ligne ne nomme pas un partenaire de l’annuaire (Ctrl-K pour choisir).",
        FieldError::Journal(JournalProblem::SummaryEmpty) => "Champ obligatoire.",
        FieldError::Journal(JournalProblem::SummaryTooLong) => {
            "Trop long pour le journal (4\u{202f}000 caractères au plus)."
        }
        FieldError::Journal(JournalProblem::DateInFuture) => "La date est dans le futur.",
        FieldError::Evaluation(EvaluationProblem::Empty) => {
            "Rien n’est évalué\u{a0}: un niveau, une note ou un avis au moins."
        }
        FieldError::Evaluation(EvaluationProblem::DateInFuture) => "La date est dans le futur.",
        FieldError::Evaluation(EvaluationProblem::WeightOutOfRange) => "Les poids vont de 0 à 9.",
        FieldError::Evaluation(EvaluationProblem::NextBeforeDate) => "La prochaine évaluation précède celle-ci.",
        FieldError::Evaluation(EvaluationProblem::RatingOutOfRange) => "Les notes vont de 1 à 10.",
        FieldError::Evaluation(EvaluationProblem::LevelOutOfRange) => "Les niveaux vont de −2 à +2.",
        FieldError::ReadjustUnchanged => {
            "Écrivez ce qui change\u{a0}: le nouvel objectif ne peut pas recopier l’ancien."
        }
        FieldError::LevelNeeded => "Choisissez le niveau atteint avant de décider.",
        FieldError::Evidence(EvidenceProblem::FreeWithoutNote) => "Une preuve libre, c’est sa note : écrivez-la.",
        FieldError::Evidence(EvidenceProblem::NoteTooLong) => "Note trop longue (4\u{202f}000 caractères au plus).",
        FieldError::Evidence(EvidenceProblem::CompetencyOutOfRange) => "Choisissez une compétence de C1 à C8.",
        FieldError::Evidence(EvidenceProblem::RecordWithoutPerson) => "Cet enregistrement appartient à une personne.",
        FieldError::Identifying(kind) => {
            use crate::privacy::IdentifierKind as K;
            match kind {
                K::Email => "Ressemble à un courriel\u{a0}: pseudonymisez-le, ou enregistrez à nouveau pour le garder.",
                K::Phone => "Ressemble à un téléphone\u{a0}: retirez-le, ou enregistrez à nouveau pour le garder.",
                K::Nir => "Ressemble à un numéro de sécurité sociale\u{a0}: retirez-le, ou enregistrez à nouveau.",
                K::Iban => "Ressemble à un IBAN\u{a0}: retirez-le, ou enregistrez à nouveau pour le garder.",
                K::Address => {
                    "Ressemble à une adresse\u{a0}: pseudonymisez-la, ou enregistrez à nouveau pour la garder."
                }
                K::BirthDate => "Ressemble à une date de naissance\u{a0}: gardez l’année, ou enregistrez à nouveau.",
                K::Name => "Ressemble à un nom\u{a0}: utilisez une initiale, ou enregistrez à nouveau pour le garder.",
            }
        }
        FieldError::Required => "Champ obligatoire.",
        FieldError::Date(DateError::Format) => "Date attendue au format jj/mm/aaaa.",
        FieldError::Date(DateError::NoSuchDay) => "Ce jour n’existe pas.",
        FieldError::Date(DateError::OutOfRange) => "Date hors de portée\u{a0}: une année entre 1900 et 2199.",
        FieldError::Year => "Année attendue en chiffres (ex. 1974).",
        FieldError::Person(PersonProblem::PseudonymEmpty) => "Champ obligatoire.",
        FieldError::Person(PersonProblem::PseudonymTooLong) => "Pseudonyme trop long (60 caractères au plus).",
        FieldError::Person(PersonProblem::BirthYearOutOfRange) => "Année de naissance impossible.",
        FieldError::Person(PersonProblem::ReferralInFuture) => "La date d’orientation est dans le futur.",
        FieldError::Person(PersonProblem::ConsentInFuture) => "La date d’accord est dans le futur.",
        FieldError::Person(PersonProblem::ConsentBeforeReferral) => "L’accord précède la date d’orientation.",
        FieldError::Person(PersonProblem::LastContactInFuture) => "Le dernier contact est dans le futur.",
        FieldError::Entry(EntryProblem::Empty) => "Écrivez au moins la situation, les paroles ou un besoin.",
        FieldError::Entry(EntryProblem::DateInFuture) => "La date est dans le futur.",
        FieldError::Entry(EntryProblem::UnknownNeedCode) => "Code SERAFIN-PH inconnu (Ctrl-K pour choisir).",
        FieldError::Entry(EntryProblem::NeedTextEmpty) => "Un besoin codé doit aussi être décrit.",
    }
}

pub fn alert(a: &Alert, long: bool) -> String {
    match a {
        Alert::NoConsentToShare(n) if !long => format!("{n} sans accord"),
        Alert::NoConsentToShare(n) => format!("{n} partenaire{} sans accord de partage", plural(*n)),
        Alert::NoInformalSupport if !long => "sans entourage".to_string(),
        Alert::NoInformalSupport => "aucun soutien de l’entourage".to_string(),
        Alert::ConflictualCarrier(n) if !long => format!("{n} lien conflictuel"),
        Alert::ConflictualCarrier(n) => {
            format!("{n} lien{} conflictuel{} avec qui porte une action", plural(*n), plural(*n))
        }
        Alert::EvaluationDue(_) if !long => "éval. à prévoir".to_string(),
        Alert::EvaluationDue(day) => {
            format!("évaluation à prévoir (prévue le {})", crate::domain::date::format_fr(*day))
        }
        Alert::PlanGaps(n) if !long => format!("projet\u{a0}: {n}"),
        Alert::PlanGaps(n) => format!("{n} point{} du projet à revoir", plural(*n)),
        Alert::LateActions(n) if !long => format!("{n} en retard"),
        Alert::LateActions(n) => format!("{n} action{} en retard", plural(*n)),
        Alert::DomainsNotExplored(n) if !long => format!("{n} à explorer"),
        Alert::NoContact(days) if !long => format!("{days} j sans contact"),
        Alert::DomainsNotExplored(n) => format!("{n} domaine{} à explorer", plural(*n)),
        Alert::NoContact(days) => format!("{days} j sans contact"),
    }
}

pub fn problem(p: &Problem) -> String {
    match p {
        Problem::AlreadyOpen => {
            "parcours est déjà ouvert sur cette base (fermez l’autre fenêtre, puis réessayez).".into()
        }
        Problem::NewerSchema { found, supported } => format!(
            "Cette base a été écrite par une version plus récente de parcours (schéma {found}, cette version connaît le {supported})\u{a0}: mettez parcours à jour. La base n’a pas été modifiée."
        ),
        Problem::MigrationFailed { from, to, backup } => format!(
            "La mise à jour de la base du schéma {from} au {to} a échoué\u{a0}; la base est restée telle quelle (copie préalable\u{a0}: {backup}, détails dans parcours.log)."
        ),
        Problem::OlderSchemaInUse { found, supported } => format!(
            "Cette base doit passer du schéma {found} au {supported}, ce qui demande qu’aucun autre parcours ne l’ait ouverte\u{a0}: fermez l’autre fenêtre, puis réessayez."
        ),
        Problem::NotADatabase(path) => {
            format!(
                "{path} n’est pas une base parcours lisible (fichier endommagé ou d’un autre type)\u{a0}; il n’a pas été modifié."
            )
        }
        Problem::FolderNotWritable(path) => {
            format!(
                "Impossible d’écrire dans le dossier de données {path}\u{a0}: vérifiez ses droits ou choisissez-en un autre avec --data-dir."
            )
        }
        Problem::UnknownPerson(key) => format!("Aucune personne « {key} » dans la base (voir parcours list)."),
        Problem::UnknownScreen(s) => {
            // The list comes from the screens `render` knows: it cannot fall behind them.
            let screens = crate::screen_names::SCREENS;
            let (last, rest) = screens.split_last().unwrap_or((&"", &[]));
            format!("Écran inconnu «\u{a0}{s}\u{a0}»\u{a0}: {} ou {last}.", rest.join(", "))
        }
        Problem::BadSize(s) => format!("Taille invalide « {s} »\u{a0}: attendu LARGEURxHAUTEUR, par exemple 120x36."),
        Problem::ScreenNeedsPerson(s) => format!("L’écran « {s} » demande --person (un identifiant ou un pseudonyme)."),
        Problem::InvalidJson(e) => format!("Fichier JSON invalide, {}.", super::case::json_problem(super::Lang::Fr, e)),
        Problem::WrongCaseFormat => "Ce fichier n’est pas un dossier exporté par parcours.".into(),
        Problem::NewerCaseVersion(v) => {
            format!("Ce dossier vient d’une version plus récente de parcours (format {v}).")
        }
        Problem::InvalidCase(e) => format!("Dossier refusé\u{a0}: {e}. Rien n’a été importé."),
        Problem::CannotRead(path, e) => format!("Impossible de lire {path}\u{a0}: {}.", io_reason(e)),
        Problem::CannotWrite(path, e) => format!("Impossible d’écrire {path}\u{a0}: {}.", io_reason(e)),
        Problem::BaseFile(path) => format!(
            "Refusé\u{a0}: «\u{a0}{path}\u{a0}» est un fichier de la base de parcours\u{a0}; choisissez une autre destination."
        ),
        Problem::NoDataDir => "Aucun dossier de données trouvé\u{a0}: indiquez-en un avec --data-dir.".into(),
        Problem::Refused => {
            "Enregistrement refusé\u{a0}: une règle de cohérence n’est pas respectée (les dates\u{a0}?).".into()
        }
        Problem::Missing => "Cet élément n’existe plus dans la base.".into(),
        Problem::Storage(e) => format!("Erreur de la base\u{a0}: {}.", storage_fault(e)),
        Problem::Usage(e) => format!("{e} (voir parcours --help)."),
        // « M. R. » already ends the sentence: no second full stop.
        Problem::Imported { pseudonym, renamed_from: None } => {
            format!("Dossier importé\u{a0}: «\u{a0}{pseudonym}\u{a0}».")
        }
        Problem::Imported { pseudonym, renamed_from: Some(old) } => {
            format!("Dossier importé sous le pseudonyme « {pseudonym} » («\u{a0}{old}\u{a0}» existait déjà).")
        }
        Problem::BackupDone(path) => format!("Sauvegarde écrite\u{a0}: {path}"),
        Problem::CheckOk { version, persons } => {
            format!("Base intègre\u{a0}: schéma {version}, {persons} personne{}.", plural(*persons))
        }
        Problem::CheckFailed(errors) => format!("Base endommagée\u{a0}: {}", errors.join("\u{a0}; ")),
        Problem::Migrated { from, to, backup } => {
            format!("Base mise à jour du schéma {from} au {to}\u{a0}; sauvegarde préalable\u{a0}: {backup}")
        }
        Problem::DemoLoaded(n) => format!("{n} situations fictives de démonstration ajoutées."),
        Problem::DemoAlreadyThere => "La démonstration est déjà chargée\u{a0}: rien n’a été ajouté.".into(),
        Problem::Generated(n) => format!("{n} personnes synthétiques générées."),
        Problem::ScreenshotsWritten(n, dir) => format!("{n} captures écrites dans {dir}."),
        Problem::ThemeUnreadable(name, e) => {
            format!("Thème «\u{a0}{name}\u{a0}» ignoré\u{a0}: {}\u{a0}; thème sombre utilisé.", io_reason(e))
        }
        Problem::NoTerminal => {
            "parcours s’ouvre dans un terminal\u{a0}; ailleurs, utilisez ses commandes (parcours --help).".into()
        }
        Problem::Panic(log) => format!(
            "parcours a rencontré une erreur inattendue et s’est arrêté. Vos enregistrements sont intacts. Détails\u{a0}: {log}"
        ),
        Problem::UnknownTheme(name) => format!("Thème «\u{a0}{name}\u{a0}» inconnu\u{a0}; thème sombre utilisé."),
        Problem::InvalidTheme(name, reason) => {
            format!("Thème «\u{a0}{name}\u{a0}» ignoré ({reason})\u{a0}; thème sombre utilisé.")
        }
        Problem::KeymapSyntax { line, column } => format!(
            "keymap.toml illisible (ligne {line}, colonne {column})\u{a0}: les raccourcis par défaut sont utilisés."
        ),
        Problem::KeymapUnreadable(e) => {
            format!("keymap.toml ignoré\u{a0}: {}\u{a0}; les raccourcis par défaut sont utilisés.", io_reason(e))
        }
        Problem::KeymapOutsideSection(name) => format!(
            "«\u{a0}{name}\u{a0}» est hors de toute section dans keymap.toml\u{a0}: ignoré\u{a0}; les autres raccourcis sont appliqués."
        ),
        Problem::KeymapUnknownKey { action, key } => {
            format!("Touche «\u{a0}{key}\u{a0}» inconnue pour «\u{a0}{action}\u{a0}» dans keymap.toml\u{a0}: ignorée.")
        }
        Problem::KeymapUnknownAction(name) => format!(
            "Action inconnue «\u{a0}{name}\u{a0}» dans keymap.toml\u{a0}: ignorée\u{a0}; les autres raccourcis sont appliqués."
        ),
        Problem::KeymapUnknownSection(name) => format!(
            "Section inconnue «\u{a0}{name}\u{a0}» dans keymap.toml\u{a0}: ignorée\u{a0}; les autres raccourcis sont appliqués."
        ),
        Problem::ConfigProblem(crate::config::ConfigIssue::NotUtf8) => {
            "config.toml ignoré\u{a0}: le fichier n’est pas en UTF-8 (enregistrez-le en UTF-8).".into()
        }
        Problem::ConfigProblem(crate::config::ConfigIssue::Unreadable(e)) => {
            format!("config.toml ignoré\u{a0}: {}.", io_reason(e))
        }
        Problem::ConfigProblem(crate::config::ConfigIssue::Invalid(e)) => format!("config.toml ignoré\u{a0}: {e}."),
        Problem::InvalidVcard(e) => format!("Fichier vCard refusé\u{a0}: {}. Rien n’a été importé.", vcard_reason(e)),
        Problem::ContactsImported { imported, already } => format!(
            "{imported} partenaire{s} importé{s}, {already} déjà présent{t} dans l’annuaire.",
            s = plural(*imported),
            t = plural(*already)
        ),
        Problem::BadDate(s) => {
            format!("Date invalide «\u{a0}{s}\u{a0}»\u{a0}: attendu jj/mm/aaaa, par exemple 22/11/2026.")
        }
        Problem::IdentifiersFound(1) => {
            "1\u{a0}donnée identifiante trouvée\u{a0}: pseudonymisez-la avant de partager ce texte.".into()
        }
        Problem::IdentifiersFound(n) => {
            format!("{n}\u{a0}données identifiantes trouvées\u{a0}: pseudonymisez-les avant de partager ce texte.")
        }
        Problem::NoIdentifierFound => "Aucune donnée identifiante trouvée.".into(),
        Problem::IdentifiersInRecords(n, persons) => format!(
            "{n}\u{a0}donnée{s} identifiante{s} dans {persons}\u{a0}dossier{t} (ci-dessus)\u{a0}: pseudonymisez-les avant tout export.",
            s = plural(*n),
            t = plural(*persons)
        ),
        Problem::ExportRefused(n) => format!(
            "Export refusé\u{a0}: {n}\u{a0}donnée{s} identifiante{s} (ci-dessus). Pseudonymisez ces passages ou relancez avec --force.",
            s = plural(*n)
        ),
    }
}

pub fn plan_text(t: PlanText) -> &'static str {
    match t {
        PlanText::Title => "Plan d’action",
        PlanText::Dispositif => "Dispositif",
        PlanText::PrintedOn => "Édité le",
        PlanText::Axis => "Axe",
        PlanText::Why => "Pourquoi",
        PlanText::AxisNeeds => "Besoins",
        PlanText::Participation => "Participation de la personne",
        PlanText::ColNeed => "Besoin",
        PlanText::ColObjective => "Objectif",
        PlanText::ColIndicator => "Indicateur",
        PlanText::ColActions => "Actions",
        PlanText::ColWho => "Qui",
        PlanText::ColDeadline => "Échéance",
        PlanText::ColStatus => "Statut",
        PlanText::ColPersonView => "Avis de la personne",
        PlanText::ExpectedResult => "Résultat attendu",
        PlanText::Late => "en retard",
        PlanText::DoneOn => "fait le",
        PlanText::ThePerson => "la personne",
        PlanText::TheReferent => "le référent",
        PlanText::UnknownPartner => "un partenaire",
        PlanText::ReplacedBy => "remplacé par",
        PlanText::Readjusts => "réajuste",
        PlanText::Priority => "prioritaire",
        PlanText::NoAxis => "Aucun axe d’accompagnement n’est encore défini.",
        PlanText::NoObjective => "Aucun objectif pour cet axe.",
        PlanText::NeedsWithoutObjective => "Besoins prioritaires sans objectif",
        PlanText::ObjectiveDeadline => "Échéance de l’objectif",
        PlanText::Objective => "Objectif",
        PlanText::Indicator => "Indicateur",
        PlanText::ObjectiveStatus(s) => match s {
            ObjectiveStatus::Upcoming => "à venir",
            ObjectiveStatus::InProgress => "en cours",
            ObjectiveStatus::Achieved => "atteint",
            ObjectiveStatus::PartiallyAchieved => "partiellement atteint",
            ObjectiveStatus::NotAchieved => "non atteint",
            ObjectiveStatus::Abandoned => "abandonné",
            ObjectiveStatus::Readjusted => "réajusté",
        },
        PlanText::ActionStatus(s) => match s {
            ActionStatus::Todo => "à faire",
            ActionStatus::InProgress => "en cours",
            ActionStatus::Done => "fait",
            ActionStatus::Cancelled => "annulé",
        },
    }
}

pub fn long_date(date: NaiveDate) -> String {
    let month = match date.month() {
        1 => "janvier",
        2 => "février",
        3 => "mars",
        4 => "avril",
        5 => "mai",
        6 => "juin",
        7 => "juillet",
        8 => "août",
        9 => "septembre",
        10 => "octobre",
        11 => "novembre",
        _ => "décembre",
    };
    let day = if date.day() == 1 { "1er".to_string() } else { date.day().to_string() };
    format!("{day} {month} {}", date.year())
}

pub fn sector(s: Sector) -> &'static str {
    match s {
        Sector::Sanitaire => "sanitaire",
        Sector::MedicoSocial => "médico-social",
        Sector::Social => "social",
        Sector::Scolaire => "scolaire",
        Sector::Logement => "logement",
        Sector::EmploiInsertion => "emploi, insertion",
        Sector::Justice => "justice",
        Sector::DroitCommun => "droit commun",
        Sector::Associatif => "associatif",
        Sector::Autre => "autre",
    }
}

pub fn informal(x: InformalKind) -> &'static str {
    match x {
        InformalKind::Family => "famille",
        InformalKind::Friends => "amis",
        InformalKind::Neighbours => "voisins",
        InformalKind::Peers => "pairs",
        InformalKind::School => "école",
        InformalKind::Work => "travail",
        InformalKind::Other => "autre soutien",
    }
}

pub fn strength(x: Strength) -> &'static str {
    match x {
        Strength::Strong => "fort",
        // « modéré » would read weaker than « normal »: the words follow the lines' weight.
        Strength::Moderate => "assez fort",
        Strength::Normal => "moyen",
        Strength::Weak => "faible",
    }
}

pub fn valence(x: Valence) -> &'static str {
    match x {
        Valence::Neutral => "neutre",
        Valence::Stressful => "stressant",
        Valence::Conflictual => "conflictuel",
        Valence::Broken => "rompu",
    }
}

pub fn flow(x: Flow) -> &'static str {
    match x {
        Flow::None => "sans échange",
        Flow::ToPerson => "vers la personne",
        Flow::FromPerson => "de la personne",
        Flow::Mutual => "réciproque",
    }
}

pub fn legal_basis(x: LegalBasis) -> &'static str {
    match x {
        LegalBasis::SameCareTeam => "même équipe de soins",
        LegalBasis::PersonConsent => "consentement de la personne",
        LegalBasis::ChildProtection => "secret partagé, protection de l’enfance",
    }
}

/// Why a .vcf file was refused, after « Fichier vCard refusé : ».
fn vcard_reason(e: &crate::export::vcard::VcardError) -> String {
    use crate::export::vcard::VcardError as E;
    match e {
        E::Empty => "le fichier est vide".into(),
        E::TooLarge => "le fichier dépasse 64\u{a0}Mo".into(),
        E::Binary => "données binaires, ce n’est pas un fichier texte".into(),
        E::NotUtf8 { line } => {
            format!("ligne {line}\u{a0}: texte qui n’est pas en UTF-8 (enregistrez le fichier en UTF-8)")
        }
        E::NotVcard => "ce n’est pas un fichier vCard (il commence par BEGIN:VCARD)".into(),
        E::Unterminated { line } => {
            format!("la fiche commencée ligne {line} n’a pas de END:VCARD (fichier tronqué\u{a0}?)")
        }
        E::StrayEnd { line } => format!("ligne {line}\u{a0}: END:VCARD sans BEGIN:VCARD"),
        E::NoName { line } => format!("la fiche commencée ligne {line} n’a ni nom (FN) ni organisation (ORG)"),
        E::Charset { line, charset } => format!(
            "ligne {line}\u{a0}: jeu de caractères «\u{a0}{charset}\u{a0}» non pris en charge (seul l’UTF-8 l’est)"
        ),
        E::BadLine { line } => format!("ligne {line} illisible (attendu NOM:valeur)"),
        E::TooLong { line, property, chars, max } => format!(
            "ligne {line}\u{a0}: {property} de {} caractères pour {} au plus",
            super::case::grouped(super::Lang::Fr, *chars),
            super::case::grouped(super::Lang::Fr, *max)
        ),
    }
}

pub fn identifier(x: crate::privacy::IdentifierKind) -> &'static str {
    use crate::privacy::IdentifierKind as K;
    match x {
        K::Email => "courriel",
        K::Phone => "téléphone",
        K::Nir => "numéro de sécurité sociale",
        K::Iban => "IBAN",
        K::Address => "adresse",
        K::BirthDate => "date de naissance",
        K::Name => "nom",
    }
}

pub fn record_place(place: &crate::privacy::records::Place, field: &str) -> String {
    use crate::privacy::records::Place as P;
    let record = match place {
        P::Card => "fiche".to_string(),
        P::Diagnosis { domain, revision } => format!("diagnostic «\u{a0}{domain}\u{a0}», révision {revision}"),
        P::Axis { title } => format!("axe «\u{a0}{title}\u{a0}»"),
        P::Objective { title } => format!("objectif «\u{a0}{title}\u{a0}»"),
        P::Action { what } => format!("action «\u{a0}{what}\u{a0}»"),
        P::Postponement { number } => format!("report n°\u{a0}{number}"),
        P::Tie { with } => format!("lien de l’écocarte avec «\u{a0}{with}\u{a0}»"),
    };
    let field = match field {
        "pseudonym" => "pseudonyme",
        "referral_source" => "orientée par",
        "consent_scope" => "portée du consentement",
        "person_words" => "paroles de la personne",
        "needs" => "besoins",
        "resources" => "ressources",
        "risks" => "risques",
        "title" => "intitulé",
        "rationale" => "pourquoi",
        "person_view" => "point de vue de la personne",
        "indicator" => "indicateur",
        "expected_result" => "résultat attendu",
        "what" => "quoi",
        "reason" => "motif",
        "role" => "rôle",
        "gas" => "échelle d’atteinte",
        "target" => "interlocuteur",
        "consent" => "consentement",
        other => other,
    };
    format!("{record}, {field}")
}

fn io_reason(e: &super::IoReason) -> String {
    use super::IoReason as R;
    match e {
        R::NotFound => "fichier ou dossier introuvable".into(),
        R::PermissionDenied => "permission refusée".into(),
        R::IsADirectory => "c’est un dossier, pas un fichier".into(),
        R::NotADirectory => "une partie du chemin est un fichier, pas un dossier".into(),
        R::AlreadyExists => "un fichier de ce nom existe déjà".into(),
        R::NotUtf8 => "le fichier n’est pas en UTF-8 (enregistrez-le en UTF-8)".into(),
        R::ReadOnly => "disque en lecture seule".into(),
        R::DiskFull => "disque plein".into(),
        R::TooLarge(limit) => format!("le fichier dépasse la limite de {}\u{a0}Mo", limit / (1024 * 1024)),
        R::Other(Some(code)) => format!("erreur du système n°\u{a0}{code}"),
        R::Other(None) => "erreur du système".into(),
    }
}

fn storage_fault(e: &super::StorageFault) -> String {
    use super::StorageFault as F;
    match e {
        F::DiskIo => "le disque n’a pas pu lire ou écrire (disque débranché ou défaillant\u{a0}?)".into(),
        F::ReadOnly => "la base ne peut pas être modifiée (fichier ou dossier en lecture seule)".into(),
        F::DiskFull => "disque plein".into(),
        F::Corrupt => "le fichier de la base est endommagé (parcours check, puis une sauvegarde)".into(),
        F::Busy => "la base est occupée par un autre programme, réessayez".into(),
        F::Constraint => "une règle de cohérence de la base refuse ce changement".into(),
        F::Io(reason) => io_reason(reason),
        F::Other => "erreur inattendue de la base de données".into(),
    }
}
