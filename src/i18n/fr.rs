//! Français (langue par défaut). L’espace insécable (\u{a0}) précède les ponctuations doubles.

use super::{Say, T};
use crate::domain::alerts::Alert;
use crate::domain::diagnosis::{Completeness, Priority};
use crate::domain::person::PersonStatus;
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
        T::LabelWeight => "Poids (importance × difficulté)",
        T::LabelReplaces => "Réajuste l’objectif",
        T::Late => "en retard",
        T::ThisWeek => "cette semaine",
        T::NoDate => "sans date",
        T::DeadlinesTitle => "Échéances de la file active",
        T::LateSection => "En retard",
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

pub(super) fn plural(n: usize) -> &'static str {
    if n > 1 { "s" } else { "" }
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
