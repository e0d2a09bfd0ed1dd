//! Français (langue par défaut). L’espace insécable (\u{a0}) précède les ponctuations doubles.

use super::{Say, Text};
use crate::domain::alerts::Alert;
use crate::domain::diagnosis::{Completeness, Priority};
use crate::domain::person::PersonStatus;
use chrono::{Datelike, NaiveDate};

pub fn text(t: Text) -> &'static str {
    match t {
        Text::AppTagline => "l’outil du référent de parcours santé et social",
        Text::WelcomeTitle => "Bienvenue dans parcours",
        Text::WelcomeLine1 => {
            "parcours accompagne le référent de parcours santé et social, avec la personne, du diagnostic global"
        }
        Text::WelcomeLine2 => {
            "au projet, aux partenaires et à l’évaluation, et garde ce que vous écrivez comme preuve pour le DPP."
        }
        Text::WelcomeLine3 => {
            "Tout reste sur cet ordinateur, sous pseudonyme\u{a0}: aucun champ ne demande l’identité de la personne."
        }
        Text::WelcomeDemo => "Découvrir la situation de démonstration",
        Text::WelcomeNew => "Nouvelle personne",
        Text::FileActive => "File active",
        Text::ColPseudonym => "Personne",
        Text::ColDispositif => "Dispositif",
        Text::ColStatus => "Statut",
        Text::ColLastContact => "Dernier contact",
        Text::ColContact => "Contact",
        Text::Symbols => "Symboles",
        Text::SymbolComplete => "domaine complet (situation, paroles, besoins, ressources, risques)",
        Text::SymbolPartial => "domaine commencé",
        Text::SymbolNotExplored => "domaine pas encore exploré",
        Text::SymbolAlert => "point d’attention",
        Text::SymbolNoAlert => "rien à signaler",
        Text::ColAlerts => "Alertes",
        Text::NoPersonMatches => "Aucune personne ne correspond.",
        Text::FilterPrompt => "Rechercher\u{a0}:",
        Text::ShowingArchived => "archives affichées",
        Text::Archived => "archivée",
        Text::NoPassageFound => "Aucun passage ne contient ces mots.",
        Text::NeverContactedShort => "jamais",
        Text::OrderLastContact => "par dernier contact",
        Text::OrderDeadline => "par échéance",
        Text::OrderAlerts => "par alertes",
        Text::ExportKey => "Exporter",
        Text::ListKey => "Liste",
        Text::NoContactYet => "aucun contact noté",
        Text::TabCard => "Fiche",
        Text::CarrierPerson => "la personne",
        Text::CarrierReferent => "le référent",
        Text::AlreadyClosed => "Cet élément est déjà clos.",
        Text::SelectAnAction => "Choisissez d’abord une action dans l’arbre.",
        Text::SelectAnObjective => "Choisissez d’abord un objectif dans l’arbre.",
        Text::AxisSaved => "Axe enregistré.",
        Text::HelpQuitFromForm => "Quitter (demande si la fiche a changé)",
        Text::CompareKey => "Comparer",
        Text::ObjectiveSaved => "Objectif enregistré.",
        Text::ActionSaved => "Action enregistrée.",
        Text::PlanDone => "Action marquée faite aujourd’hui.",
        Text::PlanReopened => "Action rouverte.",
        Text::ConfirmReopenAction => "Rouvrir l’action\u{a0}? Sa date de réalisation est effacée.",
        Text::PlanPostponed => "Action reportée\u{a0}; le report est gardé dans son journal.",
        Text::PlanReadjusted => "Objectif réajusté\u{a0}: l’ancien garde son historique.",
        Text::PlanArchived => "Élément archivé\u{a0}: il quitte l’arbre, rien n’est effacé.",
        Text::PlanMoved => "Ordre modifié.",
        Text::ConfirmArchiveAxis => "Archiver cet axe et tout ce qu’il contient\u{a0}? Rien n’est effacé.",
        Text::ConfirmArchiveObjective => "Archiver cet objectif et ses actions\u{a0}? Rien n’est effacé.",
        Text::ConfirmArchiveAction => "Archiver cette action\u{a0}? Rien n’est effacé.",
        Text::TabProject => "Projet",
        Text::ViewTree => "Arbre",
        Text::ViewWho => "Qui fait quoi",
        Text::ViewSchedule => "Échéancier",
        Text::AxisWord => "Axe",
        Text::ObjectiveWord => "Objectif",
        Text::ActionWord => "Action",
        Text::PlanEmpty => "Aucun axe d’accompagnement pour l’instant.",
        Text::PlanEmptyHint => "N\u{a0}: écrire le premier axe avec la personne, à partir de son diagnostic.",
        Text::Warnings => "Points d’attention",
        Text::NoWarning => "Rien à signaler dans ce projet.",
        Text::LabelIndicator => "Indicateur",
        Text::LabelExpected => "Résultat attendu",
        Text::LabelDeadline => "Échéance",
        Text::LabelStatus => "Statut",
        Text::LabelCarrier => "Qui",
        Text::LabelStart => "Début",
        Text::LabelDone => "Fait le",
        Text::LabelService => "Prestation SERAFIN-PH",
        Text::LabelPostponements => "Reports",
        Text::LabelPersonView => "Avis de la personne",
        Text::LabelParticipation => "Participation de la personne",
        Text::LabelRationale => "Pourquoi cet axe",
        Text::LabelNeeds => "Besoins visés",
        Text::LabelGas => "Échelle d’atteinte (GAS)",
        Text::LabelWeight => "Poids (importance × difficulté)",
        Text::LabelReplaces => "Réajuste l’objectif",
        Text::Late => "en retard",
        Text::ThisWeek => "cette semaine",
        Text::NoDate => "sans date",
        Text::DeadlinesTitle => "Échéances de la file active",
        Text::LateSection => "En retard",
        Text::NoDeadline => "Rien en retard, rien d’attendu dans les 7 jours.",
        Text::ColKind => "Type",
        Text::ColWhere => "Où",
        Text::ColExcerpt => "Extrait",
        Text::ColDate => "Date",
        Text::ColWhat => "Intitulé",
        Text::ColNextDeadline => "Échéance",
        Text::KindObjective => "objectif",
        Text::KindAction => "action",
        Text::NoOpenAction => "Aucune action ouverte.",
        Text::WarnNeedUnaddressed => "Besoin prioritaire sans objectif",
        Text::WarnNoAction => "Objectif sans action",
        Text::WarnNoIndicator => "Objectif sans indicateur",
        Text::WarnObjectiveLate => "Objectif en retard",
        Text::WarnActionLate => "Action en retard",
        Text::StatusPartialShort => "partiel",
        Text::ViewKeysHint => "v\u{a0}: changer de vue",
        Text::PartnerSaved => "Partenaire enregistré dans l’annuaire.",
        Text::PartnerArchived => "Partenaire archivé\u{a0}: il quitte l’annuaire, rien n’est effacé.",
        Text::PartnerRestored => "Partenaire remis dans l’annuaire.",
        Text::ConfirmArchivePartner => {
            "Archiver ce partenaire\u{a0}? Il quitte l’annuaire\u{a0}; ses liens et actions restent."
        }
        Text::ConfirmRestorePartner => "Remettre ce partenaire dans l’annuaire\u{a0}?",
        Text::DirectoryTitle => "Annuaire du territoire",
        Text::ColName => "Structure",
        Text::ColSector => "Secteur",
        Text::ColTerritory => "Territoire",
        Text::ColExpertise => "Expertise",
        Text::InvolvedWith => "Personnes accompagnées avec ce partenaire",
        Text::NoInvolved => "Aucune personne de la file active pour l’instant.",
        Text::NoPartner => "Aucun partenaire ne correspond.",
        Text::DirectoryEmpty => "L’annuaire est vide\u{a0}: n pour ajouter une structure du territoire.",
        Text::HintContact => {
            "Coordonnées professionnelles de la structure\u{a0}: jamais celles d’une personne accompagnée."
        }
        Text::LabelContact => "Contact",
        Text::LabelNotes => "Notes",
        Text::TieSaved => "Réseau mis à jour.",
        Text::ConfirmEndTie => "Mettre fin à ce lien aujourd’hui\u{a0}? Il reste sur les écocartes passées.",
        Text::TabNetwork => "Réseau",
        Text::TabEvaluation => "Évaluation",
        Text::TabJournal => "Journal",
        Text::EcomapTitle => "Écocarte",
        Text::EcomapOn => "au",
        Text::EcomapAsList => "en liste",
        Text::TieSince => "depuis le",
        Text::EcomapCompared => "comparée au",
        Text::NoTie => "Aucun lien pour l’instant\u{a0}: n pour ajouter un partenaire ou un soutien de l’entourage.",
        Text::Legend => "Légende",
        Text::LegendStrong => "fort",
        Text::LegendModerate => "assez fort",
        Text::LegendNormal => "moyen",
        Text::LegendWeak => "faible",
        Text::LegendStressful => "stressant",
        Text::LegendConflictual => "conflictuel",
        Text::LegendBroken => "rompu",
        Text::LegendFlow => "sens du soutien",
        Text::LegendAdded => "nouveau",
        Text::LegendEnded => "terminé",
        Text::LegendChanged => "changé",
        Text::EcomapInformal => "Entourage",
        Text::EcomapPartner => "structure du territoire",
        Text::EcomapEmpty => "Aucun lien à cette date.",
        Text::LabelRole => "Rôle",
        Text::LabelSince => "Depuis le",
        Text::LabelConsent => "Partage d’informations",
        Text::NoShareConsent => "pas de consentement au partage enregistré",
        Text::NetworkAlerts => "Points d’attention",
        Text::AlertNoInformal => "Aucun soutien de l’entourage sur l’écocarte",
        Text::AlertCarrierNoConsent => "Partenaires qui portent une action sans accord de partage",
        Text::AlertConflictualCarrier => "Lien conflictuel avec un partenaire qui porte une action",
        Text::CompareHint => "c\u{a0}: comparer avec une date passée",
        Text::CompareOffHint => "c\u{a0}: arrêter la comparaison",
        Text::BackToTree => "Ces touches agissent dans l’arbre\u{a0}: le voici.",
        Text::PlanRestored => "Élément remis dans l’arbre.",
        Text::ConfirmRestoreItem => "Remettre cet élément dans l’arbre\u{a0}?",
        Text::ArchivedMark => "archivé",
        Text::TabDiagnostic => "Diagnostic",
        Text::Domains => "Domaines de vie",
        Text::NotExploredYet => "Ce domaine n’a pas encore été exploré avec la personne.",
        Text::Situation => "Situation",
        Text::PersonWords => "Paroles de la personne",
        Text::Needs => "Besoins",
        Text::Resources => "Ressources, points d’appui",
        Text::Risks => "Risques de rupture",
        Text::PriorityForPerson => "Priorité pour la personne",
        Text::PriorityForReferent => "Priorité pour le référent",
        Text::Source => "Source",
        Text::CoBuilt => "Co-construit avec la personne",
        Text::Yes => "oui",
        Text::No => "non",
        Text::Synthesis => "Synthèse des besoins",
        Text::Domain => "Domaine",
        Text::SynthesisEmpty => "Aucun besoin n’a encore été identifié.",
        Text::History => "Historique",
        Text::Revision => "Révision",
        Text::Uncoded => "non codé",
        Text::CardFrame => "Cadre de l’accompagnement",
        Text::CardConsent => "Information et consentement",
        Text::CardAlerts => "Points d’attention",
        Text::NoAlert => "Rien à signaler.",
        Text::ConsentMissing => "Consentement non enregistré",
        Text::Help => "Aide — raccourcis",
        Text::Palette => "Commandes",
        Text::PaletteEmpty => "Aucune commande ne correspond.",
        Text::NoNeedMatches => "Aucun besoin de la nomenclature ne contient ces mots.",
        Text::DateHint => "Date au format jj/mm/aaaa.",
        Text::HintPseudonym => "Un pseudonyme («\u{a0}Mme A.\u{a0}», «\u{a0}Léo, 15 ans\u{a0}»), jamais le nom.",
        Text::HintBirthYear => "L’année seule, ou une tranche d’âge\u{a0}: jamais la date de naissance complète.",
        Text::HintDispositif => "PCPE, DAC, PAG-MDPH, ASE, CCAS, SAVS, SAMSAH…",
        Text::HintConsentScope => "Ce que la personne a accepté\u{a0}: quelles informations, partagées avec qui.",
        Text::HintPersonWords => "Ses mots à elle, entre guillemets, sans les reformuler.",
        Text::HintSource => "Entretien, visite à domicile, compte rendu transmis avec accord…",
        Text::PickPartnerTitle => "Partenaire présent",
        Text::FormJournal => "Noter au journal",
        Text::FormEvaluation => "Évaluation avec la personne",
        Text::ConfirmRemoveEvidence => "Retirer cette preuve\u{a0}? L’enregistrement lui-même reste.",
        Text::FindingsTitle => "Données identifiantes dans les dossiers",
        Text::FindingsNone => "Aucune donnée identifiante trouvée dans les dossiers de la file active.",
        Text::FindingsScanning => "Examen des dossiers…",
        Text::HintEvidenceNote => {
            "En quoi cela démontre la compétence\u{a0}: ce que vous avez fait, pourquoi, avec qui."
        }
        Text::TodayShort => "auj.",
        Text::PickChoiceTitle => "Choisir",
        Text::PickServiceTitle => "Prestation SERAFIN-PH",
        Text::PickDiagnosisNeedTitle => "Besoins du diagnostic",
        Text::HintGasZero => "Le niveau 0 est le résultat attendu, écrit avec la personne.",
        Text::HintIndicator => "Ce que l’on observera pour savoir si l’objectif est atteint.",
        Text::PickNeedTitle => "Besoin SERAFIN-PH",
        Text::FormNewAxis => "Nouvel axe d’accompagnement",
        Text::FormNewObjective => "Nouvel objectif opérationnel",
        Text::FormReadjust => "Réajuster l’objectif (l’ancien garde son historique)",
        Text::FormNewAction => "Nouvelle action",
        Text::FormPostpone => "Reporter",
        Text::FormNewTie => "Nouveau lien sur l’écocarte",
        Text::FormEditTie => {
            "Lien sur l’écocarte (un changement de force, de qualité ou de sens est daté d’aujourd’hui)"
        }
        Text::FormCompare => "Comparer l’écocarte d’aujourd’hui avec celle d’une date passée",
        Text::FormNewPerson => "Nouvelle personne",
        Text::FormEditPerson => "Modifier la fiche",
        Text::FormEntry => "Diagnostic",
        Text::ConfirmDiscard => "Abandonner les modifications\u{a0}?",
        Text::ConfirmArchive => "Archiver cette personne\u{a0}? Elle quitte la file active\u{a0}; rien n’est effacé.",
        Text::ConfirmRestore => "Remettre cette personne dans la file active\u{a0}?",
        Text::TooSmall => "Agrandissez le terminal\u{a0}: parcours a besoin d’au moins 80 colonnes sur 24 lignes.",
        Text::Age => "Âge",
        Text::Years => "ans",
    }
}

pub fn say(s: &Say) -> String {
    match s {
        Say::PersonSaved(p) => format!("Fiche de {p} enregistrée."),
        Say::EntrySaved(domain, rev) => format!("{domain}\u{a0}: révision {rev} enregistrée."),
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
