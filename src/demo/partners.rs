//! The bundled territory directory (« annuaire du territoire »): about twenty-five generic structures
//! a référent works with, the ones the demo plans name as carriers of actions. Everything is fictitious:
//! generic names, no person's name, no phone number, no e-mail, no address.
//!
//! Pure data: the loader saves them in this order and keeps the ids it is given back.

use crate::domain::partner::{Partner, Sector};

/// (name, sector, expertise, territory, professional contact, notes)
type Row = (&'static str, Sector, &'static str, &'static str, &'static str, &'static str);

const DIRECTORY: [Row; 28] = [
    (
        "Médecin traitant (cabinet de la commune)",
        Sector::Sanitaire,
        "Cabinet de trois médecins généralistes : suivi au long cours, certificats médicaux (MDPH, ALD, mesures de \
         protection), coordination des soins de ville.",
        "Commune",
        "Secrétariat du cabinet, le matin ; messagerie sécurisée de santé pour les échanges, avec l’accord de la \
         personne.",
        "Accepte une réunion de concertation au cabinet en fin de journée, sur rendez-vous.",
    ),
    (
        "CMP adultes du secteur",
        Sector::Sanitaire,
        "Centre médico-psychologique : consultations de psychiatrie et de psychologie, soins infirmiers et traitements \
         injectables pour les adultes du secteur.",
        "Secteur de psychiatrie adulte",
        "Accueil infirmier du lundi au vendredi ; l’infirmier d’accueil oriente vers l’infirmier référent de la \
         personne.",
        "Environ six semaines d’attente pour un premier rendez-vous de psychologue, moins sur demande du médecin \
         traitant.",
    ),
    (
        "Hôpital de jour",
        Sector::Sanitaire,
        "Hôpital de jour de médecine physique et de réadaptation : rééducation pluridisciplinaire après un AVC, bilans \
         neuropsychologiques.",
        "Agglomération",
        "Secrétariat médical du service, qui répond aux professionnels l’après-midi.",
        "Un groupe de parole pour personnes aphasiques s’y réunit chaque mois, animé par une association.",
    ),
    (
        "Orthophoniste libérale",
        Sector::Sanitaire,
        "Bilans et rééducation du langage et de la communication, dont l’aphasie de l’adulte et les troubles du \
         langage de l’enfant.",
        "Commune",
        "Cabinet sur rendez-vous ; rappelle les professionnels en fin de journée.",
        "Liste d’attente longue ; prend en priorité les sorties d’hospitalisation signalées par le DAC.",
    ),
    (
        "Équipe mobile psychiatrie précarité",
        Sector::Sanitaire,
        "Va à la rencontre des personnes en situation de précarité qui ont des troubles psychiques, à la rue, à \
         l’hôtel ou en hébergement, pour recréer un lien avec le soin.",
        "Département",
        "Permanence de l’équipe en semaine ; fiche de signalement transmise par la messagerie sécurisée.",
        "Intervient aussi à la demande du SIAO et des services d’hébergement. Passages à deux soignants.",
    ),
    (
        "Pédopsychiatre libéral",
        Sector::Sanitaire,
        "Consultations de pédopsychiatrie pour enfants et adolescents, dont les troubles du spectre de l’autisme ; \
         prescriptions, certificats et plans de crise.",
        "Agglomération",
        "Secrétariat du cabinet ; téléconsultation possible pour les familles suivies.",
        "Participe aux réunions du plan d’accompagnement global en téléconsultation.",
    ),
    (
        "Maison des adolescents",
        Sector::Sanitaire,
        "Accueil, écoute et orientation des 11–25 ans et de leurs parents ; groupes thématiques, dont un groupe \
         d’habiletés sociales.",
        "Département",
        "Accueil sans rendez-vous le mercredi après-midi ; rendez-vous pour les professionnels.",
        "Groupe d’habiletés sociales pour adolescents autistes, par sessions de dix séances, après un entretien \
         d’accueil.",
    ),
    (
        "SAMSAH de la commune",
        Sector::MedicoSocial,
        "Service d’accompagnement médico-social pour adultes handicapés : soins coordonnés et accompagnement de la vie \
         sociale à domicile, sur notification de la MDPH.",
        "Secteur nord",
        "Accueil du service, permanence le mardi ; la cheffe de service reçoit les demandes de relais.",
        "Admissions en commission mensuelle ; environ trois mois d’attente.",
    ),
    (
        "Ergothérapeute du SAMSAH",
        Sector::MedicoSocial,
        "Évalue à domicile les gestes de la vie quotidienne et préconise aides techniques et aménagements du logement.",
        "Secteur nord",
        "Par l’accueil du SAMSAH, pour les personnes accompagnées par le service.",
        "Travaille avec le bailleur social sur les adaptations de salle de bain (douche de plain-pied, barres \
         d’appui).",
    ),
    (
        "SESSAD",
        Sector::MedicoSocial,
        "Service d’éducation spéciale et de soins à domicile : interventions à l’école, au domicile et sur les lieux \
         de loisirs, pour des enfants et adolescents autistes.",
        "Secteur sud",
        "Secrétariat du service, permanence le jeudi ; la cheffe de service tient la liste d’attente.",
        "Environ dix-huit mois d’attente ; le PCPE assure l’intérim sur décision du groupe opérationnel de synthèse.",
    ),
    (
        "Centre ressources autisme",
        Sector::MedicoSocial,
        "Diagnostic des situations complexes, information et formation des aidants et des professionnels, programmes \
         de guidance parentale.",
        "Région",
        "Secrétariat du centre, qui répond aux professionnels sous une semaine.",
        "Programme de guidance parentale en six séances, plusieurs sessions par an. Prête des supports visuels pour \
         préparer les soins.",
    ),
    (
        "Plateforme de répit",
        Sector::MedicoSocial,
        "Plateforme d’accompagnement et de répit des aidants : information, groupes d’aidants et de fratries, accueil \
         de jour et séjours en accueil temporaire.",
        "Département",
        "Accueil de la plateforme, permanence le lundi et le jeudi.",
        "Coordonne les places d’accueil temporaire pour adolescents autistes et l’accueil de jour des personnes \
         âgées ; groupe fratrie une fois par mois.",
    ),
    (
        "Association d’aide à domicile",
        Sector::MedicoSocial,
        "Service d’aide et d’accompagnement à domicile : toilette, repas, courses, linge et entretien du logement, \
         financés par l’APA, la PCH ou les caisses de retraite.",
        "Commune et communes voisines",
        "Bureau de l’association, ouvert le matin ; une responsable de secteur construit les plans d’aide.",
        "Difficultés de recrutement : deux à trois semaines pour démarrer un nouveau plan d’aide.",
    ),
    (
        "MDPH",
        Sector::MedicoSocial,
        "Maison départementale des personnes handicapées : évaluation des besoins, droits et orientations (AAH, AEEH, \
         PCH, RQTH, établissements et services), plans d’accompagnement global.",
        "Département",
        "Accueil du public ; une référente « partenaires » pour les situations complexes.",
        "Un dossier urgent signalé par un dispositif de coordination peut être traité en priorité.",
    ),
    (
        "CCAS",
        Sector::Social,
        "Centre communal d’action sociale : domiciliation, aides facultatives, instruction de l’aide sociale, \
         téléassistance, accompagnement des personnes âgées.",
        "Commune",
        "Accueil de la mairie annexe du lundi au vendredi ; rendez-vous avec une conseillère.",
        "Porte le service de téléassistance de la commune ; installation sous dix jours.",
    ),
    (
        "Service social départemental",
        Sector::Social,
        "Accompagnement social de secteur : accès aux droits, budget, instruction des aides du FSL, prévention des \
         expulsions.",
        "Secteur nord",
        "Accueil de la maison départementale des solidarités, permanence sans rendez-vous le jeudi matin.",
        "Instruit les demandes FSL maintien et accès ; présente les situations à la CCAPEX.",
    ),
    (
        "Aide sociale à l’enfance",
        Sector::Social,
        "Protection de l’enfance du département : enfants confiés, contrats jeunes majeurs jusqu’à 21 ans, préparation \
         de la sortie du dispositif.",
        "Département",
        "Par l’éducatrice référente du jeune ; secrétariat de l’antenne ouvert en semaine.",
        "Entretien de préparation à l’autonomie un an avant la fin de la prise en charge.",
    ),
    (
        "SIAO",
        Sector::Social,
        "Service intégré de l’accueil et de l’orientation : régule l’hébergement d’urgence et d’insertion et oriente \
         vers le logement adapté (pensions de famille, résidences accueil).",
        "Département",
        "Demande transmise par un travailleur social ; commission d’orientation chaque semaine.",
        "Les nuitées d’hôtel sont réévaluées chaque mois.",
    ),
    (
        "Bailleur social",
        Sector::Logement,
        "Bailleur du parc social : attributions, mutations, adaptation des logements pour les locataires âgés ou \
         handicapés, prévention des impayés.",
        "Agglomération",
        "Agence de proximité ; chargée de contentieux et conseillère sociale sur rendez-vous.",
        "Suspend les relances quand un plan d’apurement est en préparation.",
    ),
    (
        "Résidence accueil",
        Sector::Logement,
        "Logement adapté pour des personnes qui ont des troubles psychiques stabilisés : studios, espaces collectifs, \
         hôte présent en journée, partenariat avec le secteur psychiatrique.",
        "Secteur nord",
        "Hôte de la résidence, en semaine ; commission d’admission tous les deux mois.",
        "Réunion des résidents le mardi après-midi.",
    ),
    (
        "Cap emploi",
        Sector::EmploiInsertion,
        "Accompagnement vers l’emploi et maintien dans l’emploi des personnes qui ont une RQTH : bilans, aménagements \
         de poste, mises en situation professionnelle.",
        "Département",
        "Accueil de l’antenne locale ; rendez-vous avec une conseillère.",
        "Peut mobiliser une période de mise en situation en milieu professionnel et l’emploi accompagné.",
    ),
    (
        "France Travail",
        Sector::EmploiInsertion,
        "Inscription comme demandeur d’emploi, indemnisation, accompagnement vers l’emploi et la formation.",
        "Agglomération",
        "Agence locale, accueil sur rendez-vous l’après-midi ; conseiller référent après l’inscription.",
        "Pour les personnes qui ont une RQTH, relais possible vers Cap emploi.",
    ),
    (
        "Mission locale",
        Sector::EmploiInsertion,
        "Accompagnement des 16–25 ans vers l’emploi et la formation : contrat d’engagement jeune, logement, santé, \
         mobilité.",
        "Agglomération",
        "Accueil sans rendez-vous le mercredi ; une conseillère référente ensuite.",
        "Permanence logement des jeunes une fois par mois, avec un atelier budget.",
    ),
    (
        "Collège de secteur",
        Sector::Scolaire,
        "Collège public : projets personnalisés de scolarisation, équipes de suivi de la scolarisation avec \
         l’enseignant référent, aménagements d’examen, psychologue de l’Éducation nationale.",
        "Secteur sud",
        "Secrétariat de direction ; l’enseignant référent est joint par la circonscription.",
        "Une salle calme est disponible le matin pour les élèves qui en ont besoin.",
    ),
    (
        "Service mandataire judiciaire",
        Sector::Justice,
        "Service associatif qui exerce des mesures de protection juridique des majeurs (curatelle, tutelle) sur \
         décision du juge des contentieux de la protection.",
        "Département",
        "Accueil du service ; chaque mandataire reçoit sur rendez-vous.",
        "Versements hebdomadaires à jour fixe et carte de retrait plafonnée possibles.",
    ),
    (
        "CPAM",
        Sector::DroitCommun,
        "Assurance maladie : indemnités journalières, affections de longue durée, complémentaire santé solidaire, \
         examens de prévention en santé.",
        "Département",
        "Accueil sur rendez-vous ; circuit dédié aux partenaires pour les dossiers bloqués.",
        "Le service social de l’Assurance maladie accompagne les arrêts de travail longs.",
    ),
    (
        "CAF",
        Sector::DroitCommun,
        "Caisse d’allocations familiales : aides au logement, prestations familiales, AEEH, prime d’activité.",
        "Département",
        "Accueil sur rendez-vous ; travailleurs sociaux de la CAF pour les familles en difficulté.",
        "Révise l’aide au logement en cas de baisse de ressources, à la demande de l’allocataire.",
    ),
    (
        "Association de personnes aphasiques",
        Sector::Associatif,
        "Association d’entraide : groupes de parole, ateliers de communication, information des proches sur l’aphasie.",
        "Département",
        "Bénévoles présents lors des groupes à l’hôpital de jour ; contact par l’accueil du service.",
        "Groupe de parole mensuel ; les proches sont invités une fois par trimestre.",
    ),
];

/// The demo territory directory, in display order; ids are given by the store.
pub fn partners() -> Vec<Partner> {
    DIRECTORY
        .iter()
        .map(|(name, sector, expertise, territory, contact, notes)| Partner {
            id: 0,
            name: (*name).into(),
            sector: *sector,
            expertise: (*expertise).into(),
            territory: (*territory).into(),
            contact: (*contact).into(),
            notes: (*notes).into(),
            archived: false,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;

    use super::*;

    fn texts(p: &Partner) -> [(&'static str, &str); 5] {
        [
            ("name", p.name.as_str()),
            ("expertise", p.expertise.as_str()),
            ("territory", p.territory.as_str()),
            ("contact", p.contact.as_str()),
            ("notes", p.notes.as_str()),
        ]
    }

    #[test]
    fn about_twenty_five_unique_structures_in_varied_sectors() {
        let all = partners();
        assert!((22..=30).contains(&all.len()), "{} partners", all.len());
        let names: BTreeSet<&str> = all.iter().map(|p| p.name.as_str()).collect();
        assert_eq!(names.len(), all.len(), "names must be unique");
        let sectors: BTreeSet<&str> = all.iter().map(|p| p.sector.code()).collect();
        assert!(sectors.len() >= 7, "{sectors:?}");
        assert!(all.iter().all(|p| p.id == 0 && !p.archived));
        for p in &all {
            for (field, text) in texts(p) {
                assert!(!text.trim().is_empty(), "{} {field}: empty", p.name);
            }
            assert!(p.expertise.ends_with('.'), "{}: expertise is one sentence", p.name);
        }
    }

    #[test]
    fn no_phone_no_e_mail_no_address() {
        for p in partners() {
            for (field, text) in texts(&p) {
                let at = format!("{} {field}", p.name);
                assert!(!text.contains('@'), "{at}: looks like an e-mail");
                assert!(!text.contains("http") && !text.contains("www."), "{at}: looks like a web address");
                // A phone number, however it is spaced: eight digits or more in one run of digits and separators.
                let mut digits = 0;
                for c in text.chars() {
                    if c.is_ascii_digit() {
                        digits += 1;
                    } else if !matches!(c, ' ' | '\u{a0}' | '.' | '-') {
                        digits = 0;
                    }
                    assert!(digits < 8, "{at}: looks like a phone number");
                }
                for word in [" rue ", " avenue ", " boulevard ", "Dr ", "Docteur ", "Mme ", "M. "] {
                    assert!(!text.contains(word), "{at}: names a person or an address ({word})");
                }
            }
        }
    }

    #[test]
    fn texts_are_typographically_french() {
        for p in partners() {
            for (field, text) in texts(&p) {
                let at = format!("{} {field}", p.name);
                assert!(!text.contains('\'') && !text.contains('"'), "{at}: straight quote");
                assert_eq!(text.matches('«').count(), text.matches('»').count(), "{at}: unbalanced guillemets");
                assert!(!text.contains("  "), "{at}: double space");
                for bad in ["\x20:", "\x20;", "\x20?", "\x20!", "«\x20", "\x20»"] {
                    assert!(!text.contains(bad), "{at}: breakable space in « {bad} »");
                }
            }
        }
    }
}
