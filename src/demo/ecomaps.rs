//! The ecomap (Hartman 1978) of each demo person: her ties to the partners of the territory and to
//! her informal supports, as the référent drew them and redrew them over the accompaniment. Every
//! partner that carries an action of her plan is on it; most have a recorded consent to share, a few
//! deliberately not, so that the alerts have something to show. Everything is fictitious: informal
//! supports are described (« sa sœur aînée », « une voisine de palier »), never named.
//!
//! Pure data: dates are relative to `today`, like the situations and the plans. A tie that changes
//! is ended and continued by the next tie of the same target in the list (`continues_previous`),
//! which starts on the day the previous one ends; the loader links them with `replaces`.

use chrono::{Days, NaiveDate};

use crate::domain::tie::Flow::{self, FromPerson, Mutual, ToPerson};
use crate::domain::tie::InformalKind::{self, Family, Friends, Neighbours, Other, School, Work};
use crate::domain::tie::LegalBasis::{self, ChildProtection, PersonConsent, SameCareTeam};
use crate::domain::tie::ShareConsent;
use crate::domain::tie::Strength::{self, Moderate, Normal, Strong, Weak};
use crate::domain::tie::Valence::{self, Broken, Conflictual, Neutral, Stressful};

/// Who is at the other end of a demo tie.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DemoTarget {
    /// A structure of the demo directory, named exactly as in `partners()`.
    Partner(&'static str),
    /// An informal support, described in a few words, never named.
    Informal(InformalKind, &'static str),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DemoTie {
    pub target: DemoTarget,
    pub role: String,
    pub strength: Strength,
    pub valence: Valence,
    pub flow: Flow,
    pub since: NaiveDate,
    pub until: Option<NaiveDate>,
    pub consent: Option<ShareConsent>,
    pub notes: String,
    /// This tie continues the previous tie of the same target in the list, which ends on this one's
    /// `since`: the loader links it with `replaces`.
    pub continues_previous: bool,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DemoEcomap {
    /// The pseudonym of a demo situation.
    pub pseudonym: &'static str,
    /// In the order they are saved; a continued tie comes after the one it continues.
    pub ties: Vec<DemoTie>,
}

/// The ecomaps of the demo file active as seen on `today`, in the order of the situations.
pub fn ecomaps(today: NaiveDate) -> Vec<DemoEcomap> {
    vec![monsieur_r(today), leo(today), madame_d(today), ines(today), monsieur_k(today), nathan(today)]
}

/// `days` days before `today`; at the edge of the calendar, `today`.
fn ago(today: NaiveDate, days: u64) -> NaiveDate {
    today.checked_sub_days(Days::new(days)).unwrap_or(today)
}

fn partner(name: &'static str) -> DemoTarget {
    DemoTarget::Partner(name)
}

fn informal(kind: InformalKind, label: &'static str) -> DemoTarget {
    DemoTarget::Informal(kind, label)
}

/// A tie drawn from `since` as (strength, valence, flow), with its role in the project.
fn tie(target: DemoTarget, since: NaiveDate, drawing: (Strength, Valence, Flow), role: &str) -> DemoTie {
    let (strength, valence, flow) = drawing;
    DemoTie {
        target,
        role: role.into(),
        strength,
        valence,
        flow,
        since,
        until: None,
        consent: None,
        notes: String::new(),
        continues_previous: false,
    }
}

impl DemoTie {
    /// Ended on `day`: no longer on the ecomap from that day on.
    fn until(mut self, day: NaiveDate) -> Self {
        self.until = Some(day);
        self
    }

    /// Consent to share with this partner, recorded on `date`.
    fn shared(mut self, date: NaiveDate, basis: LegalBasis, scope: &str) -> Self {
        self.consent = Some(ShareConsent { date, scope: scope.into(), basis });
        self
    }

    fn noted(mut self, notes: &str) -> Self {
        self.notes = notes.into();
        self
    }

    /// Continues the previous tie of the same target, redrawn after a change.
    fn continuing(mut self) -> Self {
        self.continues_previous = true;
        self
    }
}

/// M. R., 52 ans, after a stroke: a dense network built around the return home; his sister went from
/// support to exhaustion, his employer from pillar to conflict to nothing, and the SAMSAH arrived.
fn monsieur_r(today: NaiveDate) -> DemoEcomap {
    let t = |days: u64| ago(today, days);
    let day_hospital = partner("Hôpital de jour");
    let day_hospital_scope = "Rééducation, bilans et transports vers les séances.";
    let landlord = partner("Bailleur social");
    let landlord_scope = "Dette locative, plan d’apurement, adaptation du logement.";
    let home_help = partner("Association d’aide à domicile");
    let home_help_scope = "Plan d’aide : toilette, puis aide humaine de la PCH (courses, repas, entretien).";
    let sister = informal(Family, "sa sœur aînée");
    let daughter = informal(Family, "sa fille, 17 ans");
    let employer = informal(Work, "son employeur, une entreprise de messagerie");
    let ties = vec![
        tie(
            partner("Médecin traitant (cabinet de la commune)"),
            t(5475),
            (Strong, Neutral, ToPerson),
            "Coordonne les soins de ville : tension, humeur, arrêt du tabac",
        )
        .shared(t(205), SameCareTeam, "Suivi médical, rééducation, humeur ; comptes rendus de concertation.")
        .noted(
            "Le connaît depuis quinze ans. A repéré l’humeur triste et orienté vers le CMP ; suit le sevrage \
             tabagique après la consultation de tabacologie.",
        ),
        tie(day_hospital, t(175), (Strong, Neutral, ToPerson), "Rééducation de la marche et du membre supérieur")
            .until(t(60))
            .shared(t(175), SameCareTeam, day_hospital_scope)
            .noted("Depuis la sortie du SMR ; M. R. réserve seul ses taxis conventionnés."),
        tie(
            day_hospital,
            t(60),
            (Normal, Neutral, ToPerson),
            "Bilan neuropsychologique avant tout projet de formation",
        )
        .shared(t(175), SameCareTeam, day_hospital_scope)
        .noted(
            "Programme de rééducation terminé : canne simple, cinq cents mètres sans pause. Le bilan (fatigue, \
             attention) éclairera le projet construit avec Cap emploi.",
        )
        .continuing(),
        tie(
            partner("Orthophoniste libérale"),
            t(180),
            (Strong, Neutral, ToPerson),
            "Rééducation de l’aphasie, deux séances par semaine",
        )
        .shared(t(180), SameCareTeam, "Rééducation orthophonique, bilans, séance commune avec sa fille.")
        .noted(
            "Trouvée malgré les listes d’attente, comme sortie d’hospitalisation. A expliqué l’aphasie à sa fille \
             lors d’une séance commune ; bilan des neuf mois en cours.",
        ),
        tie(
            partner("CMP adultes du secteur"),
            t(50),
            (Weak, Stressful, ToPerson),
            "Soutien psychologique après l’AVC, à la demande du médecin traitant",
        )
        .shared(t(50), SameCareTeam, "Humeur depuis l’AVC, courrier du médecin traitant.")
        .noted(
            "Premier rendez-vous de psychologue reporté deux fois, la seconde par le CMP ; M. R. dit qu’« on le \
             balade ». À suivre de près : c’est son moral qui fléchit.",
        ),
        tie(
            partner("MDPH"),
            t(165),
            (Normal, Neutral, ToPerson),
            "Droits liés au handicap : RQTH, carte mobilité inclusion, PCH, orientation en SAMSAH",
        )
        .shared(t(165), PersonConsent, "Dossier MDPH : certificat médical, évaluation de la PCH, orientation.")
        .noted("Dossier traité en priorité à la demande du DAC. PCH accordée : l’aide humaine vient de commencer."),
        tie(landlord, t(212), (Moderate, Stressful, Mutual), "Logement : dette locative après l’AVC")
            .until(t(82))
            .shared(t(196), PersonConsent, landlord_scope)
            .noted(
                "Locataire depuis neuf ans sans incident. Impayés quand les indemnités journalières tardaient, puis \
                 commandement de payer ; la chargée de contentieux a suspendu les relances le temps d’un accord.",
            ),
        tie(landlord, t(82), (Moderate, Neutral, Mutual), "Plan d’apurement tenu, adaptation du logement à l’étude")
            .shared(t(196), PersonConsent, landlord_scope)
            .noted(
                "Plan de 60 € par mois signé et respecté. Le bailleur propose une douche de plain-pied ou une \
                 mutation en rez-de-chaussée ; son calendrier écrit des travaux se fait attendre.",
            )
            .continuing(),
        tie(
            partner("Service social départemental"),
            t(98),
            (Normal, Neutral, ToPerson),
            "A instruit l’aide du FSL maintien",
        )
        .shared(t(98), PersonConsent, "Dossier FSL maintien : ressources, dette, plan d’apurement.")
        .noted(
            "Subvention du FSL accordée. L’assistante sociale reste l’interlocutrice si un impayé revient à la fin \
             des indemnités journalières.",
        ),
        tie(partner("CCAS"), t(163), (Weak, Neutral, ToPerson), "Téléassistance depuis la chute dans la salle de bain")
            .shared(t(163), PersonConsent, "Installation et suivi de la téléassistance.")
            .noted("M. R. garde le médaillon autour du cou, même la nuit."),
        tie(home_help, t(150), (Moderate, Neutral, ToPerson), "Aide à la toilette deux fois par semaine")
            .until(t(5))
            .shared(t(150), PersonConsent, home_help_scope)
            .noted("Une aide à domicile a remplacé sa sœur pour la douche, comme M. R. le souhaitait."),
        tie(home_help, t(5), (Strong, Neutral, ToPerson), "Aide humaine de la PCH : toilette, repas, entretien")
            .shared(t(150), PersonConsent, home_help_scope)
            .noted("Les passages se multiplient depuis la décision de PCH : sa sœur ne devrait plus venir pour l’aide.")
            .continuing(),
        tie(
            partner("SAMSAH de la commune"),
            t(12),
            (Normal, Neutral, ToPerson),
            "Accompagnement médico-social à domicile, relais de sa sœur",
        )
        .shared(t(12), PersonConsent, "Santé, vie quotidienne, logement : ce que le DAC transmet au relais.")
        .noted(
            "Admission après trois mois d’attente. Réunion de relais avec M. R. et sa sœur cette semaine ; le DAC \
             passera la main.",
        ),
        tie(
            partner("Ergothérapeute du SAMSAH"),
            t(12),
            (Normal, Neutral, ToPerson),
            "Évaluer la salle de bain et l’escalier avec M. R.",
        )
        .shared(t(12), SameCareTeam, "Capacités motrices, aménagement de la salle de bain.")
        .noted("Son avis aidera M. R. à choisir entre la douche de plain-pied et une mutation."),
        tie(
            partner("Cap emploi"),
            t(80),
            (Moderate, Neutral, Mutual),
            "Projet professionnel sans conduite, à son rythme",
        )
        .shared(t(80), PersonConsent, "Avis du médecin du travail, RQTH, projet professionnel.")
        .noted(
            "L’étude d’un poste aménagé au dépôt a été abandonnée avec le licenciement. Mise en situation dans un \
             atelier de mécanique en préparation.",
        ),
        tie(
            partner("France Travail"),
            t(10),
            (Weak, Neutral, ToPerson),
            "Inscription comme demandeur d’emploi après le licenciement",
        )
        .noted(
            "Accord de partage pas encore recueilli : M. R. veut d’abord rencontrer son conseiller. Rien n’est \
             transmis d’ici là.",
        ),
        tie(
            partner("Plateforme de répit"),
            t(12),
            (Weak, Neutral, ToPerson),
            "Soutien de sa sœur aidante : entretien et groupe des aidants",
        )
        .shared(t(12), PersonConsent, "Situation de sa sœur aidante, avec son accord et celui de M. R.")
        .noted("M. R. : « Ma sœur, je lui dois beaucoup. Qu’elle souffle un peu, elle aussi. »"),
        tie(
            partner("Association de personnes aphasiques"),
            t(20),
            (Weak, Neutral, Mutual),
            "Groupe de parole mensuel à l’hôpital de jour",
        )
        .shared(t(20), PersonConsent, "Inscription au groupe de parole ; rien sur la santé.")
        .noted("Premier groupe dans quelques jours ; M. R. craint de parler devant d’autres, mais veut essayer."),
        tie(sister, t(242), (Strong, Neutral, ToPerson), "Aidante principale depuis l’AVC : douche, repas, courrier")
            .until(t(170))
            .noted("Habite la commune ; a proposé d’elle-même de l’accompagner dans ses démarches."),
        tie(sister, t(170), (Strong, Stressful, ToPerson), "Seule aidante, trois passages par semaine")
            .noted(
                "Se dit « à bout » mais ne veut pas lâcher. L’aide humaine de la PCH, le SAMSAH et la plateforme de \
                 répit doivent la relayer.",
            )
            .continuing(),
        tie(daughter, t(242), (Weak, Stressful, Mutual), "Une heure le mercredi, et elle repart vite")
            .until(t(120))
            .noted("Vit chez sa mère. M. R. : « Je ne veux pas qu’elle me voie comme un handicapé. »"),
        tie(daughter, t(120), (Moderate, Neutral, Mutual), "Une sortie par mois choisie ensemble")
            .noted(
                "Depuis la séance commune chez l’orthophoniste, elle comprend mieux l’aphasie. Il suit ses \
                 résultats de terminale avec fierté.",
            )
            .continuing(),
        tie(employer, t(4015), (Strong, Neutral, Mutual), "Chauffeur-livreur en CDI depuis onze ans")
            .until(t(45))
            .noted("« Mon travail, c’est toute ma vie. » Son chef d’équipe prenait des nouvelles pendant l’arrêt."),
        tie(employer, t(45), (Weak, Conflictual, Flow::None), "Inaptitude au poste, licenciement engagé")
            .until(t(14))
            .noted(
                "Aucun poste sans conduite proposé malgré l’avis du médecin du travail. M. R. : « Ils n’ont pas \
                 cherché. » Licenciement notifié ; il demande lui-même la portabilité de sa mutuelle.",
            )
            .continuing(),
        tie(
            informal(Neighbours, "une voisine de palier"),
            t(190),
            (Weak, Neutral, ToPerson),
            "Attentive depuis son retour",
        )
        .noted("Prend des nouvelles quand elle ne l’entend pas ; M. R. préfère qu’elle ait un double des clés."),
        tie(
            informal(Other, "le club de pétanque de la commune"),
            t(242),
            (Weak, Neutral, Mutual),
            "Ancien joueur ; y retourner à pied est son objectif",
        )
        .noted(
            "N’y va plus depuis l’AVC. « Au club, quand je parle lentement, ils attendent. » Il s’entraîne à y \
             marcher avec le kinésithérapeute.",
        ),
    ];
    DemoEcomap { pseudonym: "M. R.", ties }
}

/// Léo, 15 ans: from a broken tie with the collège to a part-time return, a pédopsychiatre who now
/// writes the crisis plan with him, and the first ties made for the family's respite.
fn leo(today: NaiveDate) -> DemoEcomap {
    let t = |days: u64| ago(today, days);
    let college = partner("Collège de secteur");
    let college_scope = "Accord des parents et avis de Léo : PPS, plan de crise, aménagements ; avec l’enseignant \
                         référent et l’équipe de direction.";
    let pedopsy = partner("Pédopsychiatre libéral");
    let pedopsy_scope = "Santé, sommeil, plan de crise ; participation aux réunions du PAG.";
    let ties = vec![
        tie(college, t(260), (Moderate, Conflictual, Mutual), "Scolarité en collège ordinaire avec un PPS")
            .until(t(215))
            .noted(
                "Crises en classe (cris, table renversée, sortie sans autorisation), puis trois jours d’exclusion. \
                 Sa mère : « On nous a fait comprendre qu’il valait mieux qu’il reste à la maison. »",
            ),
        tie(college, t(215), (Weak, Broken, Flow::None), "Déscolarisé : plus aucun lien avec le collège")
            .until(t(44))
            .shared(t(68), PersonConsent, college_scope)
            .noted(
                "Ses parents ont cessé de l’y conduire ; aucune équipe de suivi de la scolarisation réunie. Léo \
                 travaille seul les mathématiques.",
            )
            .continuing(),
        tie(college, t(44), (Weak, Neutral, Mutual), "Renouer : préparer l’équipe de suivi de la scolarisation")
            .until(t(14))
            .shared(t(68), PersonConsent, college_scope)
            .noted("La principale est ouverte à une reprise progressive ; l’enseignant référent réunit l’équipe.")
            .continuing(),
        tie(
            college,
            t(14),
            (Moderate, Neutral, Mutual),
            "Deux matinées par semaine en salle calme, le reste avec le CNED",
        )
        .shared(t(68), PersonConsent, college_scope)
        .noted(
            "Léo a présenté lui-même ses besoins à l’équipe de suivi. Plan de crise transmis ; AESH notifiée, \
             pas encore recrutée.",
        )
        .continuing(),
        tie(pedopsy, t(1800), (Moderate, Neutral, ToPerson), "Consultation tous les deux mois")
            .until(t(40))
            .shared(t(68), SameCareTeam, pedopsy_scope)
            .noted("Connaît Léo depuis l’enfance ; le suivi au CMP s’est interrompu il y a deux ans."),
        tie(pedopsy, t(40), (Strong, Neutral, Mutual), "Plan de crise écrit avec Léo, sommeil, bilan des crises")
            .shared(t(68), SameCareTeam, pedopsy_scope)
            .noted(
                "Joignable en téléconsultation, comme le prévoit le plan de crise. Les crises sont passées à une par \
                 semaine environ.",
            )
            .continuing(),
        tie(
            partner("MDPH"),
            t(75),
            (Normal, Neutral, ToPerson),
            "Plan d’accompagnement global : groupe opérationnel de synthèse tous les trois mois",
        )
        .shared(t(68), PersonConsent, "Droits, PAG, recours, complément d’AEEH.")
        .noted("Le recours contre le refus d’AESH a abouti. La demande de complément d’AEEH reste à déposer."),
        tie(
            partner("SESSAD"),
            t(58),
            (Weak, Neutral, Flow::None),
            "Orientation notifiée, liste d’attente d’environ dix-huit mois",
        )
        .noted("Les parents ont donné leur accord pour le partage dès l’admission ; le PCPE assure l’intérim."),
        tie(
            partner("Centre ressources autisme"),
            t(31),
            (Normal, Neutral, ToPerson),
            "Supports visuels pour les soins dentaires, guidance parentale",
        )
        .shared(t(31), PersonConsent, "Besoins sensoriels de Léo, programme de guidance parentale.")
        .noted(
            "A posé le diagnostic quand Léo avait six ans. Son père, après deux séances : « On apprend à ne plus \
             discuter pendant la crise. »",
        ),
        tie(
            partner("Plateforme de répit"),
            t(30),
            (Moderate, Neutral, ToPerson),
            "Week-ends d’accueil temporaire ; groupe fratrie pour sa sœur",
        )
        .shared(t(30), PersonConsent, "Plan de crise, besoins sensoriels, calendrier des séjours.")
        .noted("Premier week-end réussi, « sauf la cantine ». Réservations de décembre à mars en cours."),
        tie(
            partner("Maison des adolescents"),
            t(10),
            (Weak, Neutral, ToPerson),
            "Entretien d’accueil pour le groupe d’habiletés sociales",
        )
        .shared(t(10), PersonConsent, "Entretien d’accueil ; Léo décidera ensuite s’il rejoint le groupe.")
        .noted("Léo : « Un club d’informatique, oui. Un groupe pour apprendre à parler, je ne sais pas. »"),
        tie(informal(Family, "sa mère"), t(5475), (Strong, Stressful, Mutual), "Le conduit partout ; en disponibilité")
            .noted(
                "Dort quatre à cinq heures par nuit ; bousculée lors d’une crise. Après le premier répit : « On a \
                 dormi. Juste dormi. »",
            ),
        tie(
            informal(Family, "son père"),
            t(5475),
            (Strong, Neutral, Mutual),
            "Personne de confiance pour Léo ; présent aux rendez-vous du collège",
        )
        .noted("Travaille en horaires postés ; a réparé avec Léo la porte de sa chambre."),
        tie(
            informal(Family, "sa sœur, 11 ans"),
            t(4015),
            (Normal, Stressful, Mutual),
            "Léo est attaché à elle ; elle se fait discrète",
        )
        .noted("Passe ses week-ends chez une amie. Première séance du groupe fratrie de la plateforme de répit."),
        tie(
            informal(Family, "ses grands-parents maternels"),
            t(5475),
            (Weak, Neutral, ToPerson),
            "Relais ponctuel quand les parents ont un rendez-vous",
        )
        .noted("Disponibles à l’occasion, pas pour un relais régulier."),
        tie(
            informal(Friends, "ses amis d’un serveur de jeu en ligne"),
            t(700),
            (Moderate, Neutral, Mutual),
            "Ses seuls amis, autour de ses centres d’intérêt",
        )
        .noted(
            "« Ils me comprennent mieux que ceux du collège. » Compte paramétré avec Léo : messages privés fermés \
             aux inconnus.",
        ),
        tie(
            informal(Neighbours, "les voisins"),
            t(120),
            (Weak, Stressful, Flow::None),
            "Plaintes pour le bruit des crises",
        )
        .noted("Deux plaintes ; la famille redoute la prochaine."),
    ];
    DemoEcomap { pseudonym: "Léo, 15 ans", ties }
}

/// Mme D., 78 ans: a daughter who holds everything until she can no more, then the respite stay
/// that suspends the home help; the plateforme de répit acts without a written consent.
fn madame_d(today: NaiveDate) -> DemoEcomap {
    let t = |days: u64| ago(today, days);
    let home_help = partner("Association d’aide à domicile");
    let home_help_scope = "Plan d’aide de l’APA, repères de la journée, signes d’alerte.";
    let respite = partner("Plateforme de répit");
    let daughter = informal(Family, "sa fille unique");
    let ties = vec![
        tie(
            partner("Médecin traitant (cabinet de la commune)"),
            t(7300),
            (Strong, Neutral, ToPerson),
            "Tension, mémoire et poids ; passage infirmier prescrit",
        )
        .shared(t(121), SameCareTeam, "Traitements, compte rendu de la consultation mémoire, poids.")
        .noted("A adressé Mme D. au CCAS à la demande de sa fille. Accompagne le projet d’habilitation familiale."),
        tie(home_help, t(84), (Moderate, Neutral, ToPerson), "Aide de l’APA : repas, courses, linge")
            .until(t(29))
            .shared(t(121), PersonConsent, home_help_scope)
            .noted("Mme D. fait confiance à son aide à domicile et lui ouvre volontiers."),
        tie(home_help, t(29), (Weak, Neutral, Flow::None), "Interventions suspendues pendant l’hébergement temporaire")
            .shared(t(121), PersonConsent, home_help_scope)
            .noted("À remettre en place pour le jour du retour, avec le passage infirmier.")
            .continuing(),
        tie(partner("CCAS"), t(88), (Weak, Neutral, ToPerson), "Téléassistance et sécurisation de la maison")
            .shared(t(88), PersonConsent, "Téléassistance : personnes à prévenir, accès au domicile.")
            .noted("Coupe-gaz et détecteur de fumée posés avec sa fille ; téléassistance en pause pendant le séjour."),
        tie(respite, t(110), (Weak, Neutral, ToPerson), "Connaît la situation ; soutien de sa fille")
            .until(t(29))
            .noted("Contactée par sa fille ; l’accord de Mme D. pour partager n’a pas été recueilli par écrit."),
        tie(respite, t(29), (Moderate, Neutral, ToPerson), "Répit de sa fille ; accueil de jour à essayer au retour")
            .noted(
                "Visite de l’accueil de jour prévue avec Mme D. avant la fin du séjour. Accord de partage à recueillir \
                 à la reprise de l’accompagnement.",
            )
            .continuing(),
        tie(daughter, t(1500), (Strong, Neutral, ToPerson), "Courses du samedi et papiers")
            .until(t(110))
            .noted("Habite à vingt minutes ; c’est elle qui a demandé l’accompagnement."),
        tie(daughter, t(110), (Strong, Stressful, ToPerson), "Passe chaque soir et appelle trois fois par jour")
            .until(t(29))
            .noted("Arrêtée une semaine pour épuisement. Mme D. : « Ma fille, je lui dis de vivre sa vie. »")
            .continuing(),
        tie(daughter, t(29), (Moderate, Neutral, Mutual), "Se repose et se fait opérer pendant le séjour")
            .noted(
                "Prête à exercer l’habilitation familiale ; envisage l’accueil de jour deux fois par semaine au \
                 retour.",
            )
            .continuing(),
        tie(
            informal(Other, "le club des aînés de la commune"),
            t(400),
            (Weak, Neutral, Flow::None),
            "N’y va plus depuis l’an dernier",
        )
        .noted(
            "« Le club, ils ne parlent que de leurs maladies. » L’accueil de jour lui fera peut-être retrouver \
             des visages connus.",
        ),
    ];
    DemoEcomap { pseudonym: "Mme D.", ties }
}

/// Inès, 19 ans, leaving the ASE: no written consent yet, so only the ASE, on the ground of child
/// protection, has something to share; a conflictual mother, a father out of her life.
fn ines(today: NaiveDate) -> DemoEcomap {
    let t = |days: u64| ago(today, days);
    let cmp = partner("CMP adultes du secteur");
    let ties =
        vec![
        tie(
            partner("Aide sociale à l’enfance"),
            t(2555),
            (Strong, Neutral, ToPerson),
            "Contrat jeune majeur : studio en foyer, allocation, évaluation de sortie",
        )
        .shared(
            t(48),
            ChildProtection,
            "Préparation de la sortie du contrat jeune majeur : logement, ressources, évaluation de sortie ; rien de \
             ce qui touche au soin.",
        )
        .noted(
            "Confiée à l’ASE à 12 ans. L’éducatrice rédige l’évaluation de sortie pour le bailleur social ; Inès veut \
             lui parler avant de donner son accord écrit.",
        ),
        tie(cmp, t(330), (Moderate, Neutral, ToPerson), "Psychiatre tous les mois, infirmière tous les quinze jours")
            .until(t(40))
            .noted("Suivi depuis l’hospitalisation d’il y a un an ; relation de confiance avec l’infirmière."),
        tie(cmp, t(40), (Moderate, Stressful, ToPerson), "Suivi fragilisé pendant les examens")
            .noted(
                "Deux rendez-vous manqués, désormais calés sur ses jours de CFA. Accord oral pour un échange avec \
                 l’infirmière ; accord écrit à recueillir.",
            )
            .continuing(),
        tie(partner("Mission locale"), t(19), (Weak, Neutral, ToPerson), "Atelier logement, préparation de l’après-CAP")
            .noted("Aucun accord de partage recueilli : Inès y va en son nom, rien n’est transmis par le service."),
        tie(informal(Family, "sa mère"), t(2555), (Weak, Conflictual, Flow::None), "Relations conflictuelles")
            .noted("Inès craint de devoir retourner chez elle à la fin du contrat : la solution qu’elle veut éviter."),
        tie(informal(Family, "son père"), t(2555), (Weak, Broken, Flow::None), "Aucun contact depuis le placement")
            .noted("Inès ne souhaite pas qu’il soit sollicité, ni comme garant ni autrement."),
        tie(
            informal(Work, "son maître d’apprentissage, dans un restaurant"),
            t(420),
            (Moderate, Neutral, Mutual),
            "CAP cuisine en apprentissage, deuxième année",
        )
        .noted("Satisfait de son travail, il signale des retards les semaines difficiles. Point à trois fait."),
        tie(informal(School, "le CFA"), t(420), (Normal, Neutral, ToPerson), "Cours du CAP ; examen dans quelques mois")
            .noted("« En cuisine, je suis bien. » Inès révise les épreuves pratiques."),
    ];
    DemoEcomap { pseudonym: "Inès, 19 ans", ties }
}

/// M. K.: professionals only. The friend who put him up and the acquaintances who took his money are
/// gone from his map, and nothing has replaced them.
fn monsieur_k(today: NaiveDate) -> DemoEcomap {
    let t = |days: u64| ago(today, days);
    let siao = partner("SIAO");
    let ties = vec![
        tie(
            partner("CMP adultes du secteur"),
            t(2500),
            (Strong, Neutral, ToPerson),
            "Injection mensuelle et entretien avec l’infirmier référent",
        )
        .shared(t(290), SameCareTeam, "Traitement, rendez-vous, démarches de logement ; le CMP a adressé M. K.")
        .noted(
            "« Le CMP, c’est le seul rendez-vous que je ne rate pas. » Depuis que M. K. ne répond plus, l’infirmier \
             confirme les injections.",
        ),
        tie(
            partner("Service mandataire judiciaire"),
            t(700),
            (Moderate, Stressful, ToPerson),
            "Curatelle renforcée : AAH, charges, 60 € par semaine",
        )
        .shared(t(290), PersonConsent, "Budget, versements, projet de logement.")
        .noted(
            "« La curatelle, je ne l’ai pas choisie. » Jour de versement changé, carte de retrait plafonnée ; la \
             mandataire demande l’aide à l’installation du FSL.",
        ),
        tie(siao, t(280), (Weak, Neutral, ToPerson), "Demande d’hébergement déposée par l’assistante sociale du CMP")
            .until(t(140))
            .noted("M. K. refuse l’hébergement collectif : « Le foyer, non. »"),
        tie(siao, t(140), (Moderate, Neutral, ToPerson), "Nuitées d’hôtel réévaluées chaque mois")
            .noted("Hébergé à l’hôtel après deux semaines à la rue.")
            .continuing(),
        tie(
            partner("Résidence accueil"),
            t(80),
            (Weak, Neutral, ToPerson),
            "Place proposée, en attente de la commission d’admission",
        )
        .shared(t(80), PersonConsent, "Dossier d’admission : évaluation sociale, avis du CMP.")
        .noted(
            "Visitée et acceptée : « Là-bas, c’est calme, il y a un jardin. » La place sera perdue s’il reste \
             injoignable.",
        ),
        tie(
            partner("Équipe mobile psychiatrie précarité"),
            t(14),
            (Weak, Neutral, ToPerson),
            "Va à sa rencontre à l’hôtel pour reprendre contact",
        )
        .shared(t(14), SameCareTeam, "Lieu d’hébergement, traitement, contact à reprendre.")
        .noted("Sollicitée avec le CMP après plus de deux mois sans nouvelles de M. K."),
        tie(
            partner("CPAM"),
            t(80),
            (Weak, Neutral, ToPerson),
            "Examen de prévention en santé, choix d’un médecin traitant",
        )
        .shared(t(80), PersonConsent, "Examen de prévention en santé.")
        .noted("Aucun médecin traitant déclaré, aucun bilan somatique depuis trois ans."),
        tie(
            informal(Friends, "l’ami qui l’hébergeait"),
            t(420),
            (Moderate, Stressful, ToPerson),
            "Un canapé chez lui, après l’expulsion",
        )
        .until(t(155))
        .noted("Lui a demandé de partir ; M. K. s’est retrouvé à la rue. Plus de nouvelles depuis."),
        tie(
            informal(Other, "des connaissances du quartier"),
            t(400),
            (Weak, Conflictual, FromPerson),
            "Lui prennent de l’argent le jour du versement",
        )
        .until(t(140))
        .noted(
            "« Je ne leur dois rien, ils me prennent quand même. » Plus de contact depuis l’hôtel, loin du quartier.",
        ),
    ];
    DemoEcomap { pseudonym: "M. K.", ties }
}

/// Nathan, 9 ans, file closed: the school of two hours a day gave way to the IME; the SESSAD handed
/// over, and the parents breathe again.
fn nathan(today: NaiveDate) -> DemoEcomap {
    let t = |days: u64| ago(today, days);
    let sessad = partner("SESSAD");
    let sessad_scope = "Besoins de Nathan à l’école : comportement, apprentissages ; bilan pour l’IME.";
    let parents = informal(Family, "ses parents");
    let ties = vec![
        tie(sessad, t(290), (Strong, Neutral, ToPerson), "Interventions à l’école en attendant l’IME")
            .until(t(61))
            .shared(t(290), PersonConsent, sessad_scope)
            .noted("L’AESH et l’enseignante ont repris les outils du SESSAD."),
        tie(sessad, t(61), (Weak, Neutral, Flow::None), "Relais passé à l’IME à l’admission")
            .shared(t(290), PersonConsent, sessad_scope)
            .noted(
                "Bilan transmis à l’IME ; l’équipe reste joignable pour les parents jusqu’à la fin de la notification.",
            )
            .continuing(),
        tie(
            partner("Orthophoniste libérale"),
            t(1000),
            (Strong, Neutral, ToPerson),
            "Orthophonie en libéral, poursuivie à l’entrée à l’IME",
        )
        .shared(t(45), SameCareTeam, "Bilan orthophonique transmis à l’IME, avec l’accord des parents.")
        .noted("Engagée : a transmis son bilan pour que la rééducation continue sans interruption."),
        tie(partner("Plateforme de répit"), t(262), (Weak, Neutral, ToPerson), "Week-end de répit proposé aux parents")
            .shared(t(262), PersonConsent, "Situation familiale, besoins de répit.")
            .noted("Son père : « Le week-end de répit, on n’a pas osé. » La proposition reste ouverte."),
        tie(partner("MDPH"), t(400), (Normal, Neutral, ToPerson), "Orientation en IME, plan d’accompagnement global")
            .shared(t(322), PersonConsent, "Plan d’accompagnement global, orientation, admission.")
            .noted("Le groupe opérationnel de synthèse a suivi la situation jusqu’à l’admission."),
        tie(
            informal(School, "son école, en CE1"),
            t(700),
            (Moderate, Stressful, Mutual),
            "Deux heures par jour avec une AESH",
        )
        .until(t(61))
        .noted(
            "L’école demandait de réduire encore son temps de présence. Nathan : « J’aime la maîtresse, et les \
             puzzles. »",
        ),
        tie(
            informal(School, "l’unité d’enseignement de l’IME"),
            t(61),
            (Strong, Neutral, Mutual),
            "Une vraie journée d’école, retour chaque soir",
        )
        .noted(
            "Transport assuré par l’IME ; l’éducatrice référente a pris le relais du PAG. Nathan : « Il y a un bus \
             qui vient me chercher ! »",
        ),
        tie(parents, t(3285), (Strong, Stressful, Mutual), "Se relaient sans répit ; sa mère est passée à mi-temps")
            .until(t(61))
            .noted("« On ne fait plus rien en famille, on se relaie. »"),
        tie(parents, t(61), (Strong, Neutral, Mutual), "Retrouvent des journées à eux depuis l’admission")
            .noted("Sa mère : « Il a enfin une vraie journée d’école. » Ils savent qui contacter à l’IME.")
            .continuing(),
        tie(
            informal(Family, "ses grands-parents paternels"),
            t(3285),
            (Moderate, Neutral, ToPerson),
            "Le gardent le mercredi matin",
        )
        .noted("Ont permis aux parents de tenir pendant l’attente de l’IME."),
        tie(
            informal(Other, "l’accueil de loisirs de la commune"),
            t(262),
            (Moderate, Neutral, ToPerson),
            "Le mercredi après-midi, avec un animateur supplémentaire",
        )
        .noted("« C’est devenu sa sortie préférée », dit sa mère."),
    ];
    DemoEcomap { pseudonym: "Nathan, 9 ans", ties }
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;

    use super::*;
    use crate::domain::ecomap::MAX_NODES;
    use crate::domain::tie::{Tie, TieChange, TieTarget, compare, validate};

    fn fixed_today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 22).unwrap()
    }

    /// Several "todays", including a leap day and a new year, so that date arithmetic is exercised.
    fn todays() -> Vec<NaiveDate> {
        vec![fixed_today(), NaiveDate::from_ymd_opt(2028, 2, 29).unwrap(), NaiveDate::from_ymd_opt(2027, 1, 1).unwrap()]
    }

    fn partner_names() -> Vec<String> {
        super::super::partners::partners().into_iter().map(|p| p.name).collect()
    }

    /// The ties as the loader saves them: ids in list order, partners by their place in the
    /// directory, `replaces` pointing to the previous tie of the same target.
    fn domain_ties(map: &DemoEcomap) -> Vec<Tie> {
        let names = partner_names();
        let mut out: Vec<Tie> = Vec::new();
        for (id, d) in (1..).zip(&map.ties) {
            let target = match d.target {
                DemoTarget::Partner(name) => {
                    let at = names.iter().position(|n| n == name).expect("a partner of the directory");
                    TieTarget::Partner(at as i64 + 1)
                }
                DemoTarget::Informal(kind, label) => TieTarget::Informal { kind, label: label.into() },
            };
            let replaces =
                if d.continues_previous { out.iter().rev().find(|t| t.target == target).map(|t| t.id) } else { None };
            out.push(Tie {
                id,
                person_id: 1,
                target,
                role: d.role.clone(),
                strength: d.strength,
                valence: d.valence,
                flow: d.flow,
                since: d.since,
                until: d.until,
                replaces,
                consent: d.consent.clone(),
                notes: d.notes.clone(),
            });
        }
        out
    }

    fn active(d: &DemoTie, date: NaiveDate) -> bool {
        d.since <= date && d.until.is_none_or(|u| date < u)
    }

    fn all_ties(maps: &[DemoEcomap]) -> impl Iterator<Item = (&'static str, &DemoTie)> {
        maps.iter().flat_map(|m| m.ties.iter().map(move |t| (m.pseudonym, t)))
    }

    /// Partners carrying an action of the person's plan.
    fn carriers(today: NaiveDate, pseudonym: &str) -> BTreeSet<&'static str> {
        let plan = super::super::plans::plans(today).into_iter().find(|p| p.pseudonym == pseudonym).expect("a plan");
        let mut out = BTreeSet::new();
        for o in plan.axes.iter().flat_map(|a| &a.objectives) {
            for a in &o.actions {
                if let super::super::plans::DemoCarrier::Partner(name) = a.carrier {
                    out.insert(name);
                }
            }
        }
        out
    }

    #[test]
    fn one_ecomap_per_demo_person_in_the_same_order() {
        for today in todays() {
            let persons: Vec<String> =
                super::super::situations::situations(today).into_iter().map(|s| s.person.pseudonym).collect();
            let pseudonyms: Vec<String> = ecomaps(today).iter().map(|m| m.pseudonym.to_string()).collect();
            assert_eq!(pseudonyms, persons);
        }
    }

    #[test]
    fn every_partner_is_in_the_directory() {
        let names = partner_names();
        for (who, t) in all_ties(&ecomaps(fixed_today())) {
            if let DemoTarget::Partner(name) = t.target {
                assert!(names.iter().any(|n| n == name), "{who}: unknown partner « {name} »");
            }
        }
    }

    #[test]
    fn every_carrier_of_the_plan_is_on_today_s_ecomap() {
        for today in todays() {
            for map in ecomaps(today) {
                for name in carriers(today, map.pseudonym) {
                    assert!(
                        map.ties.iter().any(|t| t.target == DemoTarget::Partner(name) && active(t, today)),
                        "{}: « {name} » carries an action but is not on today’s ecomap",
                        map.pseudonym
                    );
                }
            }
        }
    }

    #[test]
    fn every_tie_validates_and_no_date_is_in_the_future() {
        for today in todays() {
            let persons = super::super::situations::situations(today);
            for map in ecomaps(today) {
                let person = &persons.iter().find(|s| s.person.pseudonym == map.pseudonym).expect("a person").person;
                let referral = person.referral_date.expect("a referral date");
                for t in domain_ties(&map) {
                    assert_eq!(validate(&t, today), vec![], "{} / {}", map.pseudonym, t.role);
                    assert_eq!(t.active_on(today), map.ties[t.id as usize - 1].until.is_none());
                    assert!(t.since <= today, "{} / {}: starts after today", map.pseudonym, t.role);
                    if let Some(until) = t.until {
                        assert!(t.since < until && until <= today, "{} / {}: bad end", map.pseudonym, t.role);
                    }
                    if let Some(c) = &t.consent {
                        // Recorded by the référent: during the accompaniment, never before.
                        assert!(referral <= c.date && c.date <= today, "{} / {}: consent date", map.pseudonym, t.role);
                    }
                }
            }
        }
    }

    #[test]
    fn a_continued_tie_follows_the_tie_of_the_same_target_that_ends_on_its_start() {
        for today in todays() {
            for map in ecomaps(today) {
                for (i, t) in map.ties.iter().enumerate() {
                    let previous = map.ties[..i].iter().rev().find(|p| p.target == t.target);
                    if let Some(p) = previous {
                        // Never two ties to the same target on the same day, and no forgotten link.
                        assert!(p.until.is_some_and(|u| u <= t.since), "{}: « {} » overlaps", map.pseudonym, t.role);
                        let adjoining = p.until == Some(t.since);
                        assert_eq!(adjoining, t.continues_previous, "{}: « {} » continued?", map.pseudonym, t.role);
                    }
                    if t.continues_previous {
                        let p =
                            previous.unwrap_or_else(|| panic!("{}: « {} » continues nothing", map.pseudonym, t.role));
                        assert_eq!(
                            p.until,
                            Some(t.since),
                            "{}: « {} » does not start where the previous ends",
                            map.pseudonym,
                            t.role
                        );
                        let same = (p.strength, p.valence, p.flow, &p.role) == (t.strength, t.valence, t.flow, &t.role);
                        assert!(!same, "{}: « {} » changes nothing", map.pseudonym, t.role);
                    }
                }
            }
        }
    }

    #[test]
    fn each_map_is_readable_and_changed_since_the_referral() {
        let today = fixed_today();
        let persons = super::super::situations::situations(today);
        for map in ecomaps(today) {
            let referral = persons
                .iter()
                .find(|s| s.person.pseudonym == map.pseudonym)
                .and_then(|s| s.person.referral_date)
                .expect("a referral date");
            let now = map.ties.iter().filter(|t| active(t, today)).count();
            assert!((6..=MAX_NODES).contains(&now), "{}: {now} ties today", map.pseudonym);
            let changes: Vec<TieChange> =
                compare(&domain_ties(&map), referral, today).into_iter().map(|(_, c)| c).collect();
            assert!(changes.iter().any(|c| *c != TieChange::Unchanged), "{}: the same as at the start", map.pseudonym);
            if map.pseudonym != "M. K." {
                assert!(changes.contains(&TieChange::Changed), "{}: nothing redrawn", map.pseudonym);
            }
            if ["M. R.", "Léo, 15 ans"].contains(&map.pseudonym) {
                assert!(changes.contains(&TieChange::Added), "{}: nothing added", map.pseudonym);
            }
            if ["M. R.", "M. K.", "Nathan, 9 ans"].contains(&map.pseudonym) {
                assert!(changes.contains(&TieChange::Ended), "{}: nothing ended", map.pseudonym);
            }
        }
    }

    #[test]
    fn the_demo_shows_every_line_and_arrow() {
        let maps = ecomaps(fixed_today());
        let ties: Vec<&DemoTie> = all_ties(&maps).map(|(_, t)| t).collect();
        for v in [Neutral, Stressful, Conflictual, Broken] {
            assert!(ties.iter().any(|t| t.valence == v), "no {v:?} tie");
        }
        for s in [Strong, Moderate, Normal, Weak] {
            assert!(ties.iter().any(|t| t.strength == s), "no {s:?} tie");
        }
        for f in [ToPerson, FromPerson, Mutual, Flow::None] {
            assert!(ties.iter().any(|t| t.flow == f), "no {f:?} tie");
        }
        // Today's maps too show a conflict, a stress and a break.
        let today = fixed_today();
        for v in [Stressful, Conflictual, Broken] {
            assert!(ties.iter().any(|t| t.valence == v && active(t, today)), "no {v:?} tie today");
        }
        let kinds: BTreeSet<InformalKind> = ties
            .iter()
            .filter_map(|t| if let DemoTarget::Informal(k, _) = t.target { Some(k) } else { None })
            .collect();
        assert!(kinds.len() >= 6, "{kinds:?}");
    }

    #[test]
    fn only_m_k_is_left_without_informal_support() {
        let today = fixed_today();
        let persons = super::super::situations::situations(today);
        for map in ecomaps(today) {
            let informal_on = |date: NaiveDate| {
                map.ties.iter().filter(|t| matches!(t.target, DemoTarget::Informal(..)) && active(t, date)).count()
            };
            if map.pseudonym == "M. K." {
                let person = &persons.iter().find(|s| s.person.pseudonym == "M. K.").expect("M. K.").person;
                let referral = person.referral_date.expect("a referral date");
                assert_eq!(informal_on(today), 0, "M. K. has an informal tie today");
                assert!(informal_on(referral) > 0, "M. K. lost his informal ties during the accompaniment");
            } else {
                assert!(informal_on(today) > 0, "{}: no informal support", map.pseudonym);
            }
        }
    }

    #[test]
    fn most_carriers_have_a_consent_but_not_all() {
        let today = fixed_today();
        let mut with = 0;
        let mut without = Vec::new();
        for map in ecomaps(today) {
            for name in carriers(today, map.pseudonym) {
                let tie = map.ties.iter().find(|t| t.target == DemoTarget::Partner(name) && active(t, today));
                match tie.and_then(|t| t.consent.as_ref()) {
                    Some(_) => with += 1,
                    None => without.push((map.pseudonym, name)),
                }
            }
        }
        assert!(!without.is_empty(), "the alert has nothing to show");
        assert!(with > 4 * without.len(), "{without:?}");
        assert!(without.iter().any(|(who, _)| *who == "Inès, 19 ans"), "Inès has not signed yet");
        let bases: BTreeSet<&str> =
            all_ties(&ecomaps(today)).filter_map(|(_, t)| t.consent.as_ref()).map(|c| c.basis.code()).collect();
        assert_eq!(bases.len(), LegalBasis::ALL.len(), "{bases:?}");
    }

    #[test]
    fn texts_are_anonymous_and_typographically_french() {
        for (who, t) in all_ties(&ecomaps(fixed_today())) {
            let at = format!("{who} / {}", t.role);
            super::super::assert_demo_text(&at, &t.role);
            super::super::assert_demo_text(&format!("{at} notes"), &t.notes);
            if let Some(c) = &t.consent {
                super::super::assert_demo_text(&format!("{at} consent"), &c.scope);
            }
            if let DemoTarget::Informal(_, label) = t.target {
                super::super::assert_demo_text(&format!("{at} label"), label);
                // Described, never named: lower case but for acronyms (« le CFA »).
                let mut words = label.split_whitespace();
                let first = words.next().unwrap_or_default();
                assert!(first.starts_with(|c: char| c.is_lowercase()), "{at}: « {label} » looks like a name");
                for word in words {
                    let capital = word.starts_with(|c: char| c.is_uppercase());
                    assert!(!capital || !word.chars().any(char::is_lowercase), "{at}: « {label} » names someone");
                }
            }
        }
    }
}
