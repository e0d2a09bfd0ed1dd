//! The demo's DPP evidence: records of M. R. and Léo tagged with a competency and a reflective note
//! written by the référente in the first person (« en quoi cela démontre la compétence »), and two
//! free notes analysing her mission (C1). C2 to C6 are solid by the rule of
//! [`crate::domain::evidence::coverage`], C1 and C7 only partly covered, and C8 (the watch) has
//! nothing yet: the DPP still misses a competency, as a candidate's would a few weeks before the
//! jury. Some records that look like evidence are left untagged, so the screen has suggestions.
//!
//! Pure data: records are named by what the user sees (a domain, a title, a partner, the start of
//! a journal summary, the rank of an evaluation); the loader finds them in the person's records.

/// The record a demo tag points to, found by its words in the person's records.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DemoRecord {
    /// The latest revision of the diagnosis domain of this key.
    Entry(&'static str),
    /// The axis of this exact title.
    Axis(&'static str),
    /// The objective of this exact title.
    Objective(&'static str),
    /// The open tie with the partner of this directory name, or with the informal support of this label.
    Tie(&'static str),
    /// The journal entry whose summary starts with these words.
    Journal(&'static str),
    /// The person's evaluation of this rank, oldest first (0 is the first).
    Evaluation(usize),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DemoEvidence {
    pub competency: u8,
    pub record: DemoRecord,
    pub note: &'static str,
    /// Days after the record's own date that it was tagged (never after today).
    pub after: u64,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DemoEvidenceOf {
    /// The pseudonym of a demo situation.
    pub pseudonym: &'static str,
    pub items: Vec<DemoEvidence>,
}

/// Free evidence about the practice, belonging to no person.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DemoFreeEvidence {
    pub competency: u8,
    pub note: &'static str,
    /// Written this many days before today.
    pub days_ago: u64,
}

fn tag(competency: u8, record: DemoRecord, note: &'static str) -> DemoEvidence {
    DemoEvidence { competency, record, note, after: 2 }
}

/// The tagged records of the demo persons, in the order of the situations.
pub fn evidence() -> Vec<DemoEvidenceOf> {
    vec![
        DemoEvidenceOf { pseudonym: "M. R.", items: monsieur_r() },
        DemoEvidenceOf { pseudonym: "Léo, 15 ans", items: leo() },
    ]
}

/// The référente's analysis of her mission (C1), written on its own.
pub fn free_evidence() -> Vec<DemoFreeEvidence> {
    vec![
        DemoFreeEvidence {
            competency: 1,
            days_ago: 40,
            note: "Le cadre de ma mission : je suis référente de parcours au dispositif d’appui à la coordination \
                   (DAC), créé par la loi du 24 juillet 2019 relative à l’organisation et à la transformation du \
                   système de santé. Le DAC s’adresse aux personnes en situation complexe, sans critère d’âge ni de \
                   pathologie, et aux professionnels qui les accompagnent. Ma mission : évaluer la situation avec la \
                   personne, coordonner les intervenants autour d’un plan partagé et garantir la continuité du \
                   parcours. Ses limites : je ne décide pas des droits (la CDAPH et les caisses le font), je ne me \
                   substitue ni au médecin traitant ni aux services spécialisés, et je n’interviens qu’avec l’accord \
                   de la personne. Les écrire m’aide à dire aux partenaires ce que je fais, et ce que je ne fais pas.",
        },
        DemoFreeEvidence {
            competency: 1,
            days_ago: 12,
            note: "Au pôle de compétences et de prestations externalisées (PCPE), j’interviens quand le plan \
                   d’accompagnement global de la MDPH me mobilise : la démarche « Une réponse accompagnée \
                   pour tous », issue du rapport « Zéro sans solution » (2014), fonde mon intervention tant que \
                   l’orientation en SESSAD reste sans place. Mes interlocuteurs institutionnels sont la MDPH, \
                   l’Éducation nationale et l’agence régionale de santé qui finance le PCPE. J’en tire une limite : \
                   le PCPE est une réponse d’attente, je dois préparer le relais plutôt que m’installer dans la \
                   durée.",
        },
    ]
}

fn monsieur_r() -> Vec<DemoEvidence> {
    use DemoRecord::{Axis, Entry, Evaluation, Journal, Objective, Tie};
    vec![
        tag(
            2,
            Entry("logement"),
            "Je n’ai pas tranché à sa place entre la douche de plain-pied et la mutation : j’ai repris avec M. R. \
             les deux options et noté ses mots tels qu’il les a dits. La troisième révision montre comment le besoin \
             a changé depuis la dette : le diagnostic s’établit avec lui, pas sur lui.",
        ),
        tag(
            2,
            Entry("emploi"),
            "Après l’avis d’inaptitude, j’ai révisé ce domaine avec M. R. plutôt que de classer son projet de \
             reprise. Sa colère et son refus de « rester à rien faire » sont devenus deux besoins distincts, la \
             procédure de licenciement et un nouveau projet, codés dans la nomenclature SERAFIN-PH.",
        ),
        tag(
            3,
            Axis("Rester chez lui : garder le logement, tenir le budget, vivre en sécurité"),
            "L’axe reprend son premier souhait, rester chez lui, et les modalités qu’il a choisies : entretiens au \
             domicile, classeur à onglets qu’il apporte, relecture des courriers avant toute réponse au bailleur. \
             Adapter le cadre à son aphasie, c’est ce qui lui permet de participer.",
        ),
        tag(
            4,
            Objective("Construire un projet professionnel sans conduite, à son rythme"),
            "Après le réajustement, j’ai formulé avec M. R. un objectif mesurable : un projet écrit avec Cap emploi, \
             appuyé par le bilan neuropsychologique de l’hôpital de jour. Chaque étape a son porteur et son \
             échéance, et M. R. sait ce qui dépend de lui.",
        ),
        tag(
            4,
            Objective("Relayer sa sœur : aide humaine de la PCH et relais avec le SAMSAH"),
            "L’indicateur (heures d’aide humaine réalisées chaque semaine, passages de sa sœur consacrés à l’aide) \
             rend visible le relais de l’aidante. J’ai associé l’association d’aide à domicile et le SAMSAH dès \
             l’écriture de l’objectif pour que le projet soit partagé.",
        ),
        tag(
            5,
            Evaluation(1),
            "Pour la synthèse, j’ai choisi l’échelle d’atteinte des objectifs et l’auto-évaluation de 1 à 10 afin \
             que M. R. situe lui-même où il en est. L’inaptitude fermait l’objectif de reprise au dépôt : nous \
             l’avons réajusté ensemble au lieu de le laisser en échec.",
        ),
        tag(
            5,
            Evaluation(2),
            "Sur la mobilité, sa note et la mienne s’écartent de quatre points : il se voit reprendre le volant. \
             Je n’ai pas tranché, j’ai noté l’écart comme un sujet à reprendre avec lui, à la lumière de l’avis du \
             médecin agréé, sans disqualifier sa parole.",
        ),
        tag(
            6,
            Tie("SAMSAH de la commune"),
            "J’ai sollicité le SAMSAH pour son expertise médico-sociale au domicile, en relais d’une sœur épuisée : \
             le choix du partenaire découle du besoin identifié avec M. R., pas de la seule disponibilité.",
        ),
        tag(
            6,
            Tie("Cap emploi"),
            "Cap emploi est le partenaire spécialisé de l’emploi des personnes ayant une RQTH. Je l’ai associé dès \
             que l’inaptitude s’est dessinée, avant la procédure de licenciement, pour que le nouveau projet ne \
             commence pas par une rupture.",
        ),
        tag(
            7,
            Journal("Transmis à l’association d’aide à domicile"),
            "Je n’ai transmis que ce qui était utile à l’intervention (besoins pour la toilette et les transferts, \
             horaires souhaités), avec l’accord de M. R., et rien de son histoire médicale.",
        ),
    ]
}

fn leo() -> Vec<DemoEvidence> {
    use DemoRecord::{Axis, Entry, Evaluation, Journal, Objective, Tie};
    vec![
        tag(
            2,
            Entry("scolarite"),
            "La révision garde les mots de Léo et ceux de sa mère sans les confondre : c’est lui qui pose la \
             condition du retour, la petite salle sans sonnerie. J’ai utilisé des supports visuels pour qu’il puisse \
             répondre à son rythme.",
        ),
        tag(
            3,
            Axis("Retourner au collège à son rythme et préparer l’orientation"),
            "Plutôt que de décider pour lui de sa place en réunion, j’ai construit avec Léo les conditions de sa \
             participation : il présente lui-même sa fiche, et nous faisons le point seuls, au calme, après chaque \
             réunion. La participation d’un adolescent autiste s’organise, elle ne se décrète pas.",
        ),
        tag(
            3,
            Axis("Retrouver du calme : crises, sommeil, soins"),
            "J’ai proposé la forme des outils, c’est Léo qui les écrit : plan de crise et agenda du sommeil. Ses \
             parents et le pédopsychiatre les relisent avec lui. Parce que le plan de crise est le sien, il \
             peut le faire vivre hors de la maison, au collège comme à l’accueil temporaire.",
        ),
        tag(
            4,
            Objective("Un week-end de répit par mois en accueil temporaire"),
            "Objectif opérationnel avec son indicateur (week-ends réalisés sur quatre mois, sommeil des parents \
             selon eux) ; la plateforme de répit porte l’action, et le plan de crise lui a été transmis avant le \
             premier accueil.",
        ),
        tag(
            5,
            Evaluation(0),
            "Avant d’écrire le plan, j’ai proposé à Léo de situer chaque domaine de 1 à 10 sur un support visuel, \
             puis nous avons comparé ses notes aux miennes. J’ai choisi cet outil pour qu’il puisse s’exprimer sans \
             devoir parler longtemps.",
        ),
        tag(
            6,
            Tie("Plateforme de répit"),
            "La plateforme de répit a été choisie pour son expertise de l’accueil temporaire des enfants autistes \
             et pour son groupe fratrie : un seul partenaire répond au besoin des parents et à celui de la sœur.",
        ),
        tag(
            7,
            Journal("Plan de crise transmis à la plateforme de répit"),
            "J’ai ciblé la transmission sur le plan de crise écrit par Léo, l’outil dont l’équipe d’accueil a besoin \
             le premier soir, avec l’accord de Léo et de ses parents.",
        ),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn notes_are_anonymous_and_typographically_french() {
        for (i, e) in evidence().iter().flat_map(|p| p.items.iter().map(move |x| (p.pseudonym, x))).enumerate() {
            super::super::assert_demo_text(&format!("{} evidence {i}", e.0), e.1.note);
            assert!((2..=7).contains(&e.1.competency));
        }
        for (i, e) in free_evidence().iter().enumerate() {
            super::super::assert_demo_text(&format!("free evidence {i}"), e.note);
        }
        assert!(evidence().iter().flat_map(|p| &p.items).all(|e| e.competency != 8), "the watch is still missing");
    }
}
