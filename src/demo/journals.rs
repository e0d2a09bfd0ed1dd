//! The journals of the demo persons: what happened along each path — visits, calls, concertation
//! meetings, letters, transmissions, one hospitalisation and one rupture — the ground the demo's
//! evaluations are written from. Everything is fictitious; dates are relative to `today` and agree
//! with the situations, the plans and the ecomaps (the day an action was done, a tie began, the
//! person was last seen).
//!
//! Pure data: partners are named exactly as in the demo directory; the loader turns them into ids.

use chrono::{NaiveDate, NaiveTime};

use super::plans::day;
use crate::domain::journal::JournalKind::{
    self, Appointment, Call, Concertation, HomeVisit, Hospitalisation, Letter, Rupture, Transmission,
};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DemoJournalEntry {
    pub kind: JournalKind,
    pub date: NaiveDate,
    pub time: Option<NaiveTime>,
    pub summary: String,
    /// Partners involved, named exactly as in the demo directory.
    pub partners: Vec<&'static str>,
    pub sensitive: bool,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DemoJournal {
    /// The pseudonym of a demo situation.
    pub pseudonym: &'static str,
    /// Oldest first.
    pub entries: Vec<DemoJournalEntry>,
}

/// The journals of the demo file active as seen on `today`, in the order of the situations.
pub fn journals(today: NaiveDate) -> Vec<DemoJournal> {
    vec![
        DemoJournal { pseudonym: "M. R.", entries: monsieur_r(today) },
        DemoJournal { pseudonym: "Léo, 15 ans", entries: leo(today) },
        DemoJournal { pseudonym: "Mme D.", entries: madame_d(today) },
        DemoJournal { pseudonym: "Inès, 19 ans", entries: ines(today) },
        DemoJournal { pseudonym: "M. K.", entries: monsieur_k(today) },
        DemoJournal { pseudonym: "Nathan, 9 ans", entries: nathan(today) },
    ]
}

fn note(kind: JournalKind, date: NaiveDate, summary: &str) -> DemoJournalEntry {
    DemoJournalEntry { kind, date, time: None, summary: summary.into(), partners: Vec::new(), sensitive: false }
}

impl DemoJournalEntry {
    fn at(mut self, hour: u32, minute: u32) -> Self {
        self.time = NaiveTime::from_hms_opt(hour, minute, 0);
        self
    }

    fn with(mut self, partners: &[&'static str]) -> Self {
        self.partners = partners.to_vec();
        self
    }

    /// Health details or family matters: left out of exports unless asked for.
    fn sensitive(mut self) -> Self {
        self.sensitive = true;
        self
    }
}

const GP: &str = "Médecin traitant (cabinet de la commune)";
const CMP: &str = "CMP adultes du secteur";
const HOME_HELP: &str = "Association d’aide à domicile";
const RESPITE: &str = "Plateforme de répit";
const SPEECH: &str = "Orthophoniste libérale";

/// M. R.: from the SMR to the readjusted work project, with his sister's exhaustion in between.
fn monsieur_r(today: NaiveDate) -> Vec<DemoJournalEntry> {
    let t = |days: i64| day(today, days);
    vec![
        note(
            Hospitalisation,
            t(-212),
            "Orientation par l’assistante sociale du SMR : M. R. y est hospitalisé depuis cinq semaines après un \
             AVC. Sortie à domicile prévue sous quinze jours ; il vit seul au deuxième étage sans ascenseur.",
        )
        .at(10, 30),
        note(
            Appointment,
            t(-205),
            "Premier entretien au SMR avec M. R. et sa sœur : présentation du DAC, accord de M. R. pour le partage \
             d’informations avec l’équipe de soins, le médecin traitant et le SAMSAH.",
        )
        .at(14, 0),
        note(
            HomeVisit,
            t(-196),
            "Visite à domicile au retour du SMR : escalier difficile, baignoire inaccessible, commandement de payer \
             du bailleur resté sans réponse. M. R. range ses papiers dans un classeur à onglets de couleur.",
        )
        .at(10, 0),
        note(
            Concertation,
            t(-190),
            "Réunion de concertation au cabinet du médecin traitant : rééducation en hôpital de jour, orthophonie \
             en libéral, transports à organiser. Premier projet d’accompagnement relu avec M. R. le lendemain.",
        )
        .at(17, 30)
        .with(&[GP, "Hôpital de jour", SPEECH]),
        note(
            Letter,
            t(-182),
            "Dossier MDPH déposé : PCH aide humaine, RQTH, carte mobilité inclusion. Copie rangée par M. R. dans son \
             classeur.",
        )
        .with(&["MDPH"]),
        note(
            Call,
            t(-171),
            "Appel de sa sœur : M. R. a chuté hier soir dans la salle de bain, sans blessure, et il est resté vingt \
             minutes au sol. Visite avancée.",
        )
        .at(9, 10),
        note(
            HomeVisit,
            t(-165),
            "Visite à domicile après la chute : téléassistance demandée au CCAS, barre d’appui et siège de douche \
             commandés ; M. R. accepte une aide à la toilette deux fois par semaine.",
        )
        .at(10, 0)
        .with(&["CCAS"]),
        note(
            Transmission,
            t(-150),
            "Transmis à l’association d’aide à domicile, avec l’accord de M. R. : besoins pour la toilette et les \
             transferts, horaires qu’il souhaite.",
        )
        .with(&[HOME_HELP]),
        note(
            Appointment,
            t(-138),
            "Séance commune chez l’orthophoniste avec M. R. et sa fille : l’aphasie expliquée avec des mots simples. \
             Sa fille pose beaucoup de questions et propose une sortie par mois.",
        )
        .at(16, 45)
        .with(&[SPEECH]),
        note(
            HomeVisit,
            t(-98),
            "Visite à domicile avec l’assistante sociale du Département : la dette locative atteint 1 900 € ; la \
             demande d’aide du FSL maintien est préparée avec M. R.",
        )
        .at(14, 0)
        .with(&["Service social départemental"]),
        note(
            Call,
            t(-82),
            "Appel au bailleur : plan d’apurement de 60 € par mois signé par M. R. ; la procédure d’expulsion est \
             suspendue.",
        )
        .at(11, 15)
        .with(&["Bailleur social"]),
        note(
            Concertation,
            t(-60),
            "Réunion de concertation pluriprofessionnelle : humeur triste, réveils nocturnes, perte d’appétit. \
             Consultation au CMP proposée, consultation de tabacologie acceptée. Compte rendu relu avec M. R.",
        )
        .at(17, 30)
        .with(&[GP, "Hôpital de jour", SPEECH]),
        note(
            Appointment,
            t(-52),
            "Entretien seul avec M. R. avant son premier rendez-vous au CMP : il dit pleurer le soir et ne pas \
             vouloir que sa sœur le sache. Rien n’est transmis à sa famille.",
        )
        .at(10, 0)
        .with(&[CMP])
        .sensitive(),
        note(
            Letter,
            t(-45),
            "Convocation à l’entretien préalable au licenciement pour inaptitude, lue ensemble : M. R. demande \
             l’assistance d’un représentant du personnel.",
        ),
        note(
            Appointment,
            t(-22),
            "Premier rendez-vous chez Cap emploi : M. R. parle de mécanique et d’atelier ; un bilan \
             neuropsychologique est demandé à l’hôpital de jour avant toute formation.",
        )
        .at(9, 30)
        .with(&["Cap emploi"]),
        note(
            Call,
            t(-12),
            "Appel du SAMSAH : admission prononcée, réunion de relais au domicile fixée avec M. R. et sa sœur.",
        )
        .at(15, 20)
        .with(&["SAMSAH de la commune"]),
        note(
            Letter,
            t(-5),
            "Compte rendu de l’association d’aide à domicile : premières heures d’aide humaine de la PCH faites \
             (courses, repas). M. R. avait préparé la liste lui-même.",
        )
        .with(&[HOME_HELP]),
    ]
}

/// Léo: from five months at home to two mornings a week at school, through a crisis.
fn leo(today: NaiveDate) -> Vec<DemoJournalEntry> {
    let t = |days: i64| day(today, days);
    vec![
        note(
            Letter,
            t(-75),
            "Plan d’accompagnement global transmis par la MDPH : accompagnement PCPE demandé pour Léo, déscolarisé \
             depuis cinq mois.",
        )
        .with(&["MDPH"]),
        note(
            HomeVisit,
            t(-68),
            "Première visite au domicile avec Léo et ses parents : présentation du PCPE. Léo écoute depuis le \
             couloir, casque sur les oreilles, puis vient montrer ses plans de lignes de tramway. Accord des parents \
             pour le partage d’informations.",
        )
        .at(17, 0),
        note(
            Call,
            t(-64),
            "Appel à la principale du collège : aucune équipe de suivi de la scolarisation réunie depuis \
             l’exclusion ; elle accepte une reprise progressive dans une petite salle.",
        )
        .at(11, 30)
        .with(&["Collège de secteur"]),
        note(
            Appointment,
            t(-58),
            "Rencontre avec l’équipe du SESSAD : admission prononcée, premières séances au domicile puis au collège.",
        )
        .at(14, 0)
        .with(&["SESSAD"]),
        note(
            HomeVisit,
            t(-52),
            "Visite au domicile après une crise du week-end : porte de la chambre cassée, sa mère épuisée, sa sœur \
             partie dormir chez ses grands-parents. Léo dit qu’il ne voulait pas.",
        )
        .at(18, 0)
        .sensitive(),
        note(
            Concertation,
            t(-44),
            "Réunion de concertation pour écrire le plan avec Léo et ses parents : reprise deux matinées par \
             semaine, plan de crise, rythme de sommeil. Léo a dit lui-même ce qu’il accepte et ce qu’il refuse.",
        )
        .at(16, 30)
        .with(&["Collège de secteur", "SESSAD", "Pédopsychiatre libéral"]),
        note(
            Call,
            t(-31),
            "Appel au centre ressources autisme : liste des cabinets dentaires formés à l’accueil des personnes \
             autistes ; une visite de familiarisation est possible.",
        )
        .at(10, 0)
        .with(&["Centre ressources autisme"]),
        note(
            Transmission,
            t(-30),
            "Plan de crise transmis à la plateforme de répit pour l’accueil temporaire, avec l’accord de Léo et de \
             ses parents.",
        )
        .with(&[RESPITE]),
        note(
            Concertation,
            t(-14),
            "Équipe de suivi de la scolarisation : PPS actualisé, troisième matinée envisagée si Léo la choisit. Léo \
             a présenté sa fiche lui-même.",
        )
        .at(9, 0)
        .with(&["Collège de secteur", "SESSAD"]),
        note(
            Appointment,
            t(-10),
            "Léo a visité la maison des adolescents avec son père : un groupe d’habiletés sociales est possible à la \
             prochaine session ; il préfère le club d’informatique.",
        )
        .at(17, 15)
        .with(&["Maison des adolescents"]),
        note(
            Call,
            t(-8),
            "Appel de sa mère : deux soirées sans écran, endormissement vers une heure du matin ; Léo note lui-même \
             ses heures dans son agenda du sommeil.",
        )
        .at(8, 45),
    ]
}

/// Mme D.: home made safe, then a respite stay while her daughter is operated on.
fn madame_d(today: NaiveDate) -> Vec<DemoJournalEntry> {
    let t = |days: i64| day(today, days);
    vec![
        note(
            Call,
            t(-130),
            "Appel du médecin traitant, à la demande de la fille de Mme D. : oublis de traitement, casserole \
             oubliée sur le feu, perte de poids.",
        )
        .at(12, 30)
        .with(&[GP]),
        note(
            HomeVisit,
            t(-121),
            "Première visite au domicile avec sa fille : Mme D. accepte l’accompagnement du CCAS « pour faire \
             plaisir à ma fille » et les échanges avec le médecin traitant et la consultation mémoire.",
        )
        .at(10, 0),
        note(
            Appointment,
            t(-112),
            "Entretien avec sa fille, seule : elle ne dort plus, appelle sa mère trois fois par jour et a été \
             arrêtée une semaine pour épuisement. Orientée vers la plateforme de répit, qui la connaît déjà.",
        )
        .at(18, 0)
        .with(&[RESPITE])
        .sensitive(),
        note(
            Call,
            t(-110),
            "Passage infirmier quotidien prescrit par le médecin traitant ; l’infirmière prépare le pilulier chaque \
             semaine.",
        )
        .at(9, 0)
        .with(&[GP]),
        note(
            Concertation,
            t(-88),
            "Réunion de concertation au cabinet du médecin traitant, avec l’aide à domicile et sa fille, après le \
             devis signé avec un démarcheur : habilitation familiale envisagée, téléassistance demandée au CCAS.",
        )
        .at(17, 45)
        .with(&[GP, HOME_HELP]),
        note(Call, t(-84), "L’aide à domicile de l’APA commence : repas, courses et linge, cinq heures par semaine.")
            .at(14, 10)
            .with(&[HOME_HELP]),
        note(
            HomeVisit,
            t(-78),
            "Pose de la téléassistance : Mme D. essaie le médaillon. « Je le mettrai quand je sortirai. » Reste à \
             le porter à la maison.",
        )
        .at(10, 0)
        .with(&["CCAS"]),
        note(
            HomeVisit,
            t(-66),
            "Coupe-gaz et détecteur de fumée posés avec sa fille ; Mme D. a montré où elle range ses papiers.",
        )
        .at(10, 0),
        note(
            Letter,
            t(-40),
            "Certificat circonstancié du médecin inscrit sur la liste du procureur reçu : la requête en \
             habilitation familiale est à préparer avec sa fille.",
        ),
        note(
            Transmission,
            t(-29),
            "Accompagnement suspendu pendant l’hébergement temporaire : aide à domicile suspendue, plateforme de \
             répit informée de la date de retour prévue.",
        )
        .with(&[HOME_HELP, RESPITE]),
        note(
            Appointment,
            t(-22),
            "Visite à l’EHPAD avec Mme D. et sa fille : séjour bien accepté. « Je rentre chez moi après, hein ? » \
             L’essai d’accueil de jour est à préparer pour le retour.",
        )
        .at(15, 0)
        .with(&[RESPITE]),
        note(
            Call,
            t(-19),
            "Appel de sa fille la veille de son opération : elle confirme le retour de sa mère à la date prévue.",
        )
        .at(18, 20)
        .sensitive(),
    ]
}

/// Inès: the first weeks, doing her own paperwork and keeping her care.
fn ines(today: NaiveDate) -> Vec<DemoJournalEntry> {
    let t = |days: i64| day(today, days);
    vec![
        note(
            Call,
            t(-48),
            "Appel de l’éducatrice ASE : contrat jeune majeur encore sept mois, aucune solution de logement prévue à \
             l’issue.",
        )
        .at(11, 0)
        .with(&["Aide sociale à l’enfance"]),
        note(
            Appointment,
            t(-46),
            "Premier rendez-vous au service avec Inès et son éducatrice : information orale sur l’accompagnement. \
             Inès veut en parler avant de signer quoi que ce soit.",
        )
        .at(16, 30)
        .with(&["Aide sociale à l’enfance"]),
        note(
            Appointment,
            t(-40),
            "Entretien avec Inès après le CFA : logement, santé, ressources et CAP passés en revue ; elle tient à \
             faire ses démarches elle-même.",
        )
        .at(17, 0),
        note(
            Call,
            t(-33),
            "Message d’Inès tard le soir : deux rendez-vous au CMP manqués pendant les examens blancs, elle dit « ne \
             plus y arriver ». Rappelée le lendemain matin, elle accepte de reprendre rendez-vous.",
        )
        .at(22, 40)
        .sensitive(),
        note(
            Call,
            t(-32),
            "Inès a repris rendez-vous elle-même au CMP ; elle préfère que la référente n’appelle pas l’infirmière \
             sans elle.",
        )
        .at(8, 50),
        note(
            Appointment,
            t(-24),
            "Plan écrit avec Inès et son éducatrice : logement social, complémentaire santé, CMP, CAP. Inès choisit \
             ce qui sera partagé, et avec qui.",
        )
        .at(16, 30)
        .with(&["Aide sociale à l’enfance"]),
        note(
            Appointment,
            t(-19),
            "Simulation de l’APL et de la prime d’activité avec Inès : elle découvre son reste à vivre de \
             l’après-contrat et le note dans son téléphone.",
        )
        .at(17, 0),
        note(
            Call,
            t(-17),
            "Inès a déposé seule sa demande de logement social en ligne et envoie une photo de son numéro unique.",
        )
        .at(20, 5),
        note(
            Concertation,
            t(-12),
            "Point à trois au restaurant avec Inès et son maître d’apprentissage : les retards venaient des \
             rendez-vous du matin ; ceux du CMP sont désormais calés sur les jours de CFA.",
        )
        .at(15, 0),
    ]
}

/// M. K.: from a friend's sofa to the hotel, a place in a résidence accueil, then silence.
fn monsieur_k(today: NaiveDate) -> Vec<DemoJournalEntry> {
    let t = |days: i64| day(today, days);
    vec![
        note(
            Letter,
            t(-300),
            "Orientation par le CMP : M. K. est hébergé chez un ami après une expulsion, sous curatelle renforcée ; \
             accompagnement SAVS demandé.",
        )
        .with(&[CMP]),
        note(
            Appointment,
            t(-290),
            "Premier entretien au CMP, le jour de l’injection : M. K. accepte l’accompagnement et le partage \
             d’informations avec le CMP et sa mandataire, pas avec sa famille.",
        )
        .at(10, 30)
        .with(&[CMP]),
        note(
            Call,
            t(-260),
            "Échange avec la mandataire : des connaissances lui prennent de l’argent le jour du versement ; elle \
             propose un autre jour et une carte de retrait plafonnée.",
        )
        .at(14, 0)
        .with(&["Service mandataire judiciaire"]),
        note(
            Appointment,
            t(-244),
            "Rendez-vous chez la mandataire avec M. K. : carte de retrait plafonnée commandée, versement déplacé au \
             mardi.",
        )
        .at(11, 0)
        .with(&["Service mandataire judiciaire"]),
        note(
            Call,
            t(-160),
            "Appel de M. K. : son ami lui demande de partir avant la fin de la semaine. Il refuse le foyer.",
        )
        .at(21, 10),
        note(
            Transmission,
            t(-154),
            "Situation transmise au SIAO avec l’accord de M. K. : à la rue depuis hier, il refuse l’hébergement \
             collectif ; une chambre d’hôtel est demandée. Il est venu à son injection.",
        )
        .with(&["SIAO", CMP]),
        note(Call, t(-140), "Le SIAO propose une chambre d’hôtel, réévaluée chaque mois ; M. K. l’accepte.")
            .at(16, 40)
            .with(&["SIAO"]),
        note(
            HomeVisit,
            t(-100),
            "Visite à l’hôtel : chambre tenue, M. K. dit dormir mieux loin du quartier et ne plus croiser ceux qui \
             lui prenaient de l’argent.",
        )
        .at(11, 0),
        note(
            Appointment,
            t(-80),
            "Visite de la résidence accueil avec M. K. : il accepte la place proposée. « Là-bas, c’est calme, il y a \
             un jardin. »",
        )
        .at(14, 30)
        .with(&["Résidence accueil"]),
        note(
            Call,
            t(-78),
            "Appel de M. K. : il a bien noté la date de la commission d’admission. Dernier contact direct à ce jour.",
        )
        .at(9, 40),
        note(
            Transmission,
            t(-75),
            "Dossier d’admission transmis à la résidence accueil avec l’accord de M. K. : évaluation sociale et avis \
             du CMP.",
        )
        .with(&["Résidence accueil"]),
        note(
            Rupture,
            t(-60),
            "Rupture de contact : M. K. ne répond plus depuis trois semaines, absent aux deux derniers rendez-vous \
             du SAVS, chambre vide aux passages. L’infirmier du CMP confirme qu’il vient à son injection.",
        )
        .with(&[CMP]),
        note(
            Letter,
            t(-46),
            "Courrier de la résidence accueil : commission reportée, quorum non atteint ; la place est gardée \
             jusqu’à la prochaine commission.",
        )
        .with(&["Résidence accueil"]),
        note(
            Letter,
            t(-30),
            "Courriel de la mandataire : elle n’a plus de nouvelles non plus ; les retraits continuent, en petites sommes.",
        )
        .with(&["Service mandataire judiciaire"]),
        note(
            Transmission,
            t(-14),
            "Fiche de signalement transmise à l’équipe mobile psychiatrie précarité, avec le CMP : lieu \
             d’hébergement, traitement, contact à reprendre. M. K. avait demandé que sa famille ne soit pas \
             prévenue.",
        )
        .with(&["Équipe mobile psychiatrie précarité", CMP])
        .sensitive(),
    ]
}

/// Nathan: a year without a place, the SESSAD at school, then the IME and the end of the PAG.
fn nathan(today: NaiveDate) -> Vec<DemoJournalEntry> {
    let t = |days: i64| day(today, days);
    vec![
        note(
            Letter,
            t(-330),
            "Saisine par la MDPH, dispositif d’orientation permanent : orientation en IME sans place depuis un an, \
             deux heures d’école par jour.",
        )
        .with(&["MDPH"]),
        note(
            HomeVisit,
            t(-322),
            "Visite au domicile avec les deux parents, Nathan montre ses puzzles. Accord des parents pour le \
             partage avec l’école, le SESSAD, l’IME et le pédiatre.",
        )
        .at(17, 30),
        note(
            Call,
            t(-315),
            "Échange avec l’enseignante : l’école demande de réduire encore le temps de présence ; la référente \
             propose d’attendre le groupe opérationnel de synthèse.",
        )
        .at(12, 15),
        note(
            Concertation,
            t(-292),
            "Groupe opérationnel de synthèse : intervention du SESSAD à l’école en attendant l’IME ; un accueil de \
             loisirs adapté est à trouver pour le mercredi.",
        )
        .at(14, 0)
        .with(&["MDPH", "SESSAD"]),
        note(
            Transmission,
            t(-290),
            "Transmis au SESSAD avec l’accord des parents : besoins de Nathan à l’école, comportement et \
             apprentissages.",
        )
        .with(&["SESSAD"]),
        note(
            Call,
            t(-262),
            "L’accueil de loisirs de la commune accepte Nathan le mercredi avec un animateur supplémentaire. La \
             plateforme de répit propose aux parents un week-end par trimestre ; ils veulent réfléchir.",
        )
        .at(11, 0)
        .with(&[RESPITE]),
        note(
            Call,
            t(-255),
            "Appel de sa mère après le premier mercredi à l’accueil de loisirs : Nathan ne voulait plus partir.",
        )
        .at(18, 30),
        note(
            HomeVisit,
            t(-180),
            "Visite au domicile : nuits agitées depuis deux semaines, les parents se relaient ; le pédiatre a revu le \
             traitement.",
        )
        .at(17, 30)
        .sensitive(),
        note(
            Appointment,
            t(-85),
            "Visite de pré-admission à l’IME avec Nathan et ses parents : il a repéré le grand jardin et les \
             puzzles.",
        )
        .at(10, 0),
        note(
            Appointment,
            t(-61),
            "Premier jour de Nathan à l’IME, transport assuré par l’IME ; le SESSAD passe le relais.",
        )
        .at(8, 30)
        .with(&["SESSAD"]),
        note(
            Transmission,
            t(-39),
            "Bilan orthophonique transmis à l’IME par l’orthophoniste, avec l’accord des parents.",
        )
        .with(&[SPEECH]),
        note(
            Concertation,
            t(-35),
            "Réunion de fin d’accompagnement avec les parents et l’éducatrice référente de l’IME : adaptation \
             réussie, fin du PAG décidée ensemble.",
        )
        .at(16, 0),
    ]
}
