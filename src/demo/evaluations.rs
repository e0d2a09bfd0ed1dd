//! The evaluations of the demo persons (C5): two or three each, telling where the path went — M. R.
//! falls back when his employer lets him go, then readjusts (the demo's one « réajuster »); Nathan
//! climbs to the IME; M. K. was doing better when contact was lost, so his evaluation is overdue
//! (the file active says « évaluation à prévoir »). In M. R.'s latest evaluation he and the
//! référente see his mobility very differently: the demo's clear « écart de perception ».
//!
//! Pure data: objectives are named by their exact title in the demo plan of the same person; the
//! loader finds them and takes each one's GAS weight from its scale.

use chrono::NaiveDate;

use super::plans::day;
use crate::domain::evaluation::EvaluationKind::{self, Checkpoint, Review, Synthesis};
use crate::domain::evaluation::GoalDecision::{self, Achieved, Keep, PartiallyAchieved, Readjust};
use crate::domain::evaluation::Rating;

/// An objective's level at an evaluation, and what was decided for it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DemoGoal {
    /// The exact title of an objective of the person's demo plan.
    pub objective: &'static str,
    pub level: i8,
    pub decision: GoalDecision,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DemoEvaluation {
    pub date: NaiveDate,
    pub kind: EvaluationKind,
    pub participants: String,
    pub tools: String,
    pub person_view: String,
    pub referent_view: String,
    pub decisions: String,
    pub next_date: Option<NaiveDate>,
    pub goals: Vec<DemoGoal>,
    pub ratings: Vec<Rating>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DemoEvaluations {
    /// The pseudonym of a demo situation.
    pub pseudonym: &'static str,
    /// Oldest first.
    pub evaluations: Vec<DemoEvaluation>,
}

/// The evaluations of the demo file active as seen on `today`, in the order of the situations.
pub fn evaluations(today: NaiveDate) -> Vec<DemoEvaluations> {
    vec![
        DemoEvaluations { pseudonym: "M. R.", evaluations: monsieur_r(today) },
        DemoEvaluations { pseudonym: "Léo, 15 ans", evaluations: leo(today) },
        DemoEvaluations { pseudonym: "Mme D.", evaluations: madame_d(today) },
        DemoEvaluations { pseudonym: "Inès, 19 ans", evaluations: ines(today) },
        DemoEvaluations { pseudonym: "M. K.", evaluations: monsieur_k(today) },
        DemoEvaluations { pseudonym: "Nathan, 9 ans", evaluations: nathan(today) },
    ]
}

const GAS_AND_SCALE: &str = "échelle d’atteinte des objectifs (GAS), auto-évaluation 1 à 10";
const SCALE_ONLY: &str = "auto-évaluation 1 à 10 par domaine";

fn evaluation(date: NaiveDate, kind: EvaluationKind, participants: &str) -> DemoEvaluation {
    DemoEvaluation {
        date,
        kind,
        participants: participants.into(),
        tools: GAS_AND_SCALE.into(),
        person_view: String::new(),
        referent_view: String::new(),
        decisions: String::new(),
        next_date: None,
        goals: Vec::new(),
        ratings: Vec::new(),
    }
}

impl DemoEvaluation {
    fn tools(mut self, tools: &str) -> Self {
        self.tools = tools.into();
        self
    }

    /// The person's view (her own words), the référent's, and what they decided.
    fn views(mut self, person: &str, referent: &str, decisions: &str) -> Self {
        self.person_view = person.into();
        self.referent_view = referent.into();
        self.decisions = decisions.into();
        self
    }

    fn next(mut self, date: NaiveDate) -> Self {
        self.next_date = Some(date);
        self
    }

    fn goals(mut self, goals: &[(&'static str, i8, GoalDecision)]) -> Self {
        self.goals =
            goals.iter().map(|&(objective, level, decision)| DemoGoal { objective, level, decision }).collect();
        self
    }

    /// (domain key, the person's rating, the référent's rating).
    fn ratings(mut self, ratings: &[(&str, u8, u8)]) -> Self {
        self.ratings = ratings
            .iter()
            .map(|&(domain, person, referent)| Rating {
                domain: domain.into(),
                person: Some(person),
                referent: Some(referent),
            })
            .collect();
        self
    }
}

// M. R.'s objectives, as titled in his plan.
const R_SAFE_HOME: &str = "Sécuriser le domicile après la chute";
const R_REHAB: &str = "Poursuivre la rééducation sans rupture (orthophonie, membre supérieur)";
const R_OLD_JOB: &str = "Reprendre son poste au dépôt avec un aménagement";
const R_NEW_PROJECT: &str = "Construire un projet professionnel sans conduite, à son rythme";
const R_DAUGHTER: &str = "Expliquer l’AVC et l’aphasie à sa fille et retrouver des moments ensemble";
const R_REPAYMENT: &str = "Tenir le plan d’apurement jusqu’à son terme";
const R_MOOD: &str = "Faire évaluer l’humeur et trouver un soutien adapté";
const R_TOBACCO: &str = "Arrêter le tabac";
const R_DISMISSAL: &str = "Traverser la procédure de licenciement sans perdre de droits";
const R_SISTER: &str = "Relayer sa sœur : aide humaine de la PCH et relais avec le SAMSAH";
const R_SHOWER: &str = "Choisir entre la douche de plain-pied dans l’appartement et une mutation";

/// M. R.: a first checkpoint, the synthesis that readjusts the work objective the day the new one
/// is written, and a checkpoint a month later where he sees his mobility far better than she does.
fn monsieur_r(today: NaiveDate) -> Vec<DemoEvaluation> {
    let t = |days: i64| day(today, days);
    vec![
        evaluation(t(-120), Checkpoint, "la personne, sa sœur, la référente DAC")
            .views(
                "« La téléassistance, je la porte même la nuit. La main, ça n’avance pas vite. Le dépôt, j’attends \
                 qu’ils me rappellent. »",
                "Le domicile est sécurisé et l’aide à la toilette est en place. La rééducation tient, mais les \
                 transports restent fragiles. La reprise au dépôt n’avance pas : aucune proposition de l’employeur \
                 depuis la visite de pré-reprise. Sa sœur porte encore beaucoup.",
                "Objectif de sécurisation du domicile atteint. Organiser le taxi conventionné pour l’hôpital de \
                 jour. Relancer la MDPH pour la PCH. Prochain point dans trois mois, plus tôt si l’employeur se \
                 manifeste.",
            )
            .next(t(-30))
            .goals(&[(R_SAFE_HOME, 1, Achieved), (R_REHAB, -1, Keep), (R_OLD_JOB, -1, Keep), (R_DAUGHTER, -1, Keep)])
            .ratings(&[
                ("sante", 5, 4),
                ("autonomie", 4, 3),
                ("logement", 3, 3),
                ("ressources", 3, 3),
                ("emploi", 5, 3),
                ("vie-sociale", 5, 4),
                ("mobilite", 4, 3),
            ]),
        evaluation(
            t(-40),
            Synthesis,
            "la personne, sa sœur, la conseillère de Cap emploi, le médecin traitant, la référente DAC",
        )
        .tools(
            "échelle d’atteinte des objectifs (GAS), auto-évaluation 1 à 10, avis d’inaptitude du médecin du travail \
             relu avec M. R.",
        )
        .views(
            "« Le dépôt, c’est fini, j’ai compris. Onze ans, et une lettre. Mais rester à rien faire, non : un \
             atelier, les mains, ça je sais. »",
            "L’avis d’inaptitude ferme la reprise au dépôt : l’objectif n’a plus de sens tel qu’il est écrit. M. R. \
             exprime un projet d’atelier sans conduite, qui demande d’abord un bilan neuropsychologique. Le plan \
             d’apurement est tenu. Le moral est bas, le tabac n’a pas baissé et sa sœur s’épuise ; la PCH vient \
             d’être accordée.",
            "Objectif « Reprendre son poste au dépôt avec un aménagement » réajusté en « Construire un projet \
             professionnel sans conduite, à son rythme », avec Cap emploi. Objectif concernant sa fille clos, \
             partiellement atteint : les sorties continuent sans objectif écrit. Mettre en place l’aide humaine de \
             la PCH. Point d’étape dans un mois.",
        )
        .next(t(-10))
        .goals(&[
            (R_REPAYMENT, 0, Keep),
            (R_REHAB, 0, Keep),
            (R_MOOD, -1, Keep),
            (R_TOBACCO, -1, Keep),
            (R_OLD_JOB, -1, Readjust),
            (R_DISMISSAL, -1, Keep),
            (R_DAUGHTER, -1, PartiallyAchieved),
            (R_SISTER, -1, Keep),
        ])
        .ratings(&[
            ("sante", 4, 4),
            ("autonomie", 5, 4),
            ("logement", 6, 5),
            ("ressources", 4, 4),
            ("emploi", 3, 2),
            ("vie-sociale", 4, 3),
            ("mobilite", 6, 4),
        ]),
        evaluation(t(-9), Checkpoint, "la personne, la référente DAC")
            .views(
                "« Je dors mieux, et plus de cigarettes depuis un mois. Le volant, je vais le reprendre : je \
                 marche jusqu’au club, alors conduire… »",
                "Le moral remonte depuis le suivi au CMP et l’arrêt du tabac tient. L’aide humaine soulage sa sœur. \
                 Le nouveau projet attend le bilan neuropsychologique. Sur la mobilité, nos regards divergent : M. R. \
                 se voit reprendre la conduite, alors qu’il ne sort pas seul au-delà du quartier et qu’un avis \
                 médical est requis.",
                "Parler ensemble de l’écart sur la mobilité, avec l’avis du médecin agréé sur la conduite. Vérifier \
                 les indemnités de licenciement avant la fin du mois. Choisir entre la douche et la mutation après \
                 la visite de l’ergothérapeute. Prochaine évaluation dans trois mois.",
            )
            .next(t(80))
            .goals(&[
                (R_REPAYMENT, 0, Keep),
                (R_SHOWER, -1, Keep),
                (R_REHAB, 0, Keep),
                (R_MOOD, 0, Keep),
                (R_TOBACCO, 0, Keep),
                (R_NEW_PROJECT, -1, Keep),
                (R_DISMISSAL, -1, Keep),
                (R_SISTER, 0, Keep),
            ])
            .ratings(&[
                ("sante", 6, 5),
                ("autonomie", 6, 5),
                ("logement", 7, 6),
                ("ressources", 5, 5),
                ("emploi", 4, 3),
                ("vie-sociale", 5, 4),
                ("mobilite", 7, 3),
            ]),
    ]
}

/// Léo: his ratings before the plan was written, then a first look at the objectives.
fn leo(today: NaiveDate) -> Vec<DemoEvaluation> {
    let t = |days: i64| day(today, days);
    vec![
        evaluation(t(-46), Checkpoint, "la personne, sa mère, son père, la référente PCPE")
            .tools(SCALE_ONLY)
            .views(
                "Léo : « Le collège, c’est le bruit. À la maison, je m’ennuie. Je veux bien essayer le matin, dans \
                 une petite salle. »",
                "Avant d’écrire le plan : Léo et ses parents situent chaque domaine de un à dix. Les notes sont \
                 basses et proches des miennes ; la scolarité et le sommeil inquiètent le plus.",
                "Écrire le plan avec Léo à la prochaine réunion de concertation : reprise du collège, plan de \
                 crise, sommeil.",
            )
            .ratings(&[
                ("scolarite", 2, 2),
                ("sante", 3, 4),
                ("vie-sociale", 3, 4),
                ("securite", 4, 3),
                ("autonomie", 5, 4),
            ]),
        evaluation(t(-6), Checkpoint, "la personne, sa mère, la référente PCPE")
            .views(
                "Léo : « Les deux matinées, ça va. La troisième, c’est moi qui choisis. Ma porte est réparée. »",
                "Six semaines après le plan, la reprise du collège tient et la chambre est redevenue son lieu de \
                 calme. Les crises s’espacent sans avoir disparu ; le sommeil et les soins dentaires n’ont pas \
                 bougé. L’AESH est notifiée mais pas recrutée.",
                "Objectif de la chambre atteint. Troisième matinée à décider avec Léo au point avec le collège. \
                 Relancer le recrutement de l’AESH. Prochaine évaluation avant la réunion du PAG.",
            )
            .next(t(40))
            .goals(&[
                ("Reprendre le collège à temps partiel, puis élargir au rythme de Léo", 0, Keep),
                ("Obtenir l’AESH et les aménagements du brevet", -1, Keep),
                ("Écrire le plan de crise et le faire vivre hors de la maison", -1, Keep),
                ("Retrouver un rythme de sommeil", -1, Keep),
                ("Se faire soigner les dents dans un cabinet adapté", -1, Keep),
                ("Un week-end de répit par mois en accueil temporaire", -1, Keep),
                ("Poursuivre la guidance parentale et soutenir la sœur de Léo", 0, Keep),
                ("Faire le point sur les droits et obtenir le complément d’AEEH", 0, Keep),
                ("Réparer et sécuriser sa chambre", 1, Achieved),
            ])
            .ratings(&[
                ("scolarite", 5, 5),
                ("sante", 4, 5),
                ("vie-sociale", 4, 5),
                ("securite", 5, 5),
                ("autonomie", 6, 5),
            ]),
    ]
}

const D_MEDICINES: &str = "Sécuriser les médicaments et les repas";
const D_PROTECTION: &str = "Protéger ses intérêts et sécuriser la maison";

/// Mme D.: she first rates herself far better than anyone around her; before the respite stay the
/// gaps have narrowed and the medicines are safe.
fn madame_d(today: NaiveDate) -> Vec<DemoEvaluation> {
    let t = |days: i64| day(today, days);
    vec![
        evaluation(t(-75), Checkpoint, "la personne, sa fille, l’infirmière libérale, la référente CCAS")
            .views(
                "« Je me soigne toute seule depuis toujours. L’infirmière est gentille, alors je veux bien qu’elle \
                 passe. »",
                "Le passage infirmier quotidien a mis fin aux oublis ; le poids reste à surveiller. La maison n’est \
                 pas encore équipée et la démarche de protection n’a pas commencé. Mme D. se voit bien plus \
                 autonome que ne la voient sa fille et les professionnels.",
                "Poser le coupe-gaz et le détecteur de fumée avec sa fille. Demander le certificat du médecin inscrit \
                 sur la liste du procureur. Reparler avec Mme D. de ce qu’elle fait seule et de ce qui l’aide.",
            )
            .next(t(-15))
            .goals(&[(D_MEDICINES, 0, Keep), (D_PROTECTION, -1, Keep)])
            .ratings(&[("sante", 8, 4), ("autonomie", 8, 4), ("vie-sociale", 6, 4), ("securite", 7, 3)]),
        evaluation(t(-31), Review, "la personne, sa fille, la référente CCAS")
            .views(
                "« J’ai repris des kilos, le docteur est content. L’hôtel, six semaines, d’accord, si ma fille se \
                 repose. Mais je rentre chez moi après. »",
                "Plus aucun oubli de traitement et un poids repris : l’objectif est atteint. La maison est équipée, \
                 le certificat est en cours ; la requête attendra son retour. Les notes de Mme D. et les miennes se \
                 sont rapprochées.",
                "Objectif des médicaments et des repas atteint. Accompagnement suspendu pendant l’hébergement \
                 temporaire. Évaluation au retour, avec l’essai d’accueil de jour.",
            )
            .next(t(28))
            .goals(&[(D_MEDICINES, 1, Achieved), (D_PROTECTION, -1, Keep)])
            .ratings(&[("sante", 7, 6), ("autonomie", 7, 5), ("vie-sociale", 6, 5), ("securite", 7, 5)]),
    ]
}

/// Inès: her ratings at the diagnosis, then a first checkpoint a few weeks into the plan.
fn ines(today: NaiveDate) -> Vec<DemoEvaluation> {
    let t = |days: i64| day(today, days);
    vec![
        evaluation(t(-40), Checkpoint, "la personne, la référente")
            .tools(SCALE_ONLY)
            .views(
                "« En cuisine, je suis bien. Le logement, c’est ce qui me fait peur. »",
                "Inès situe ses domaines avec justesse : le logement est au plus bas, le CAP est sa force.",
                "Écrire le plan avec Inès et son éducatrice ASE dans deux semaines.",
            )
            .ratings(&[
                ("logement", 3, 3),
                ("sante", 5, 5),
                ("ressources", 5, 4),
                ("emploi", 7, 6),
                ("vie-sociale", 4, 4),
            ]),
        evaluation(t(-12), Checkpoint, "la personne, son éducatrice ASE, la référente")
            .views(
                "« Le numéro de demande, je l’ai. La garantie, c’est en cours. Le CMP, j’y vais, à mes heures. »",
                "Les démarches sont lancées par Inès elle-même : demande de logement déposée, garantie demandée, \
                 complémentaire en cours de renouvellement. Les retards au travail viennent des rendez-vous du \
                 matin, réglés aujourd’hui. Aucun objectif n’est encore atteint.",
                "Tous les objectifs sont maintenus. Écrire le plan de prévention avec l’infirmière du CMP. Point \
                 d’étape avant la fin du troisième mois.",
            )
            .next(t(48))
            .goals(&[
                ("Déposer la demande de logement social et obtenir une garantie locative", -1, Keep),
                ("Renouveler la complémentaire santé solidaire et bâtir le budget de l’après-contrat", -1, Keep),
                ("Garder le suivi au CMP pendant les examens et après le contrat", -1, Keep),
                ("Obtenir le CAP cuisine et préparer l’embauche", -1, Keep),
            ])
            .ratings(&[
                ("logement", 5, 4),
                ("sante", 5, 5),
                ("ressources", 5, 5),
                ("emploi", 6, 5),
                ("vie-sociale", 4, 4),
            ]),
    ]
}

const K_TREATMENT: &str = "Garder le traitement injectable et le lien avec le CMP";
const K_MONEY: &str = "Se protéger des sollicitations financières";

/// M. K.: better at each evaluation until the last one, whose next date has passed without news.
fn monsieur_k(today: NaiveDate) -> Vec<DemoEvaluation> {
    let t = |days: i64| day(today, days);
    vec![
        evaluation(t(-240), Checkpoint, "la personne, l’infirmier référent du CMP, le référent SAVS")
            .views(
                "« L’injection, je la fais. L’argent, ils me le prennent le mardi, je n’y peux rien. »",
                "Le traitement tient. L’argent pris le jour du versement laisse M. K. sans rien dès le mercredi ; \
                 la mandataire a accepté de changer le jour.",
                "Maintenir les deux objectifs. Carte de retrait plafonnée et nouveau jour de versement avec la \
                 mandataire.",
            )
            .next(t(-150))
            .goals(&[(K_TREATMENT, 0, Keep), (K_MONEY, -1, Keep)])
            .ratings(&[
                ("logement", 2, 2),
                ("sante", 6, 6),
                ("securite", 3, 3),
                ("ressources", 3, 4),
                ("vie-sociale", 3, 3),
            ]),
        evaluation(t(-130), Checkpoint, "la personne, le référent SAVS")
            .views(
                "« La rue, deux semaines, plus jamais. L’hôtel, c’est pas chez moi, mais je dors. »",
                "Malgré deux semaines à la rue, aucune injection n’a été manquée. Versement déplacé et carte \
                 plafonnée : plus de sollicitation signalée.",
                "Maintenir les deux objectifs. Chercher avec le SIAO une solution plus durable que l’hôtel : \
                 résidence accueil ou pension de famille.",
            )
            .next(t(-40))
            .goals(&[(K_TREATMENT, 0, Keep), (K_MONEY, 0, Keep)])
            .ratings(&[
                ("logement", 3, 3),
                ("sante", 6, 6),
                ("securite", 5, 5),
                ("ressources", 4, 4),
                ("vie-sociale", 2, 3),
            ]),
        evaluation(t(-82), Checkpoint, "la personne, la mandataire judiciaire, le référent SAVS")
            .views(
                "« Mon argent, je le garde toute la semaine maintenant. Une clé à moi, c’est tout ce que je \
                 demande. »",
                "Loin du quartier, M. K. garde son argent. Une place en résidence accueil est proposée ; il veut la \
                 visiter. Le lien reste fragile : il répond moins au téléphone.",
                "Visiter la résidence accueil cette semaine et, s’il l’accepte, écrire l’objectif d’entrée. \
                 Prochaine évaluation dans deux mois.",
            )
            .next(t(-22))
            .goals(&[(K_TREATMENT, 0, Keep), (K_MONEY, 1, Keep)])
            .ratings(&[
                ("logement", 5, 4),
                ("sante", 7, 6),
                ("securite", 7, 6),
                ("ressources", 5, 5),
                ("vie-sociale", 3, 3),
            ]),
    ]
}

const N_IME: &str = "Obtenir une admission en IME et, en attendant, un SESSAD à l’école";
const N_LEISURE: &str = "Accueil de loisirs adapté le mercredi et répit des parents";
const N_ADAPTATION: &str = "Réussir l’adaptation à l’IME sans interrompre l’orthophonie";

/// Nathan: from two hours of school a day to the IME; the last evaluation closes the PAG.
fn nathan(today: NaiveDate) -> Vec<DemoEvaluation> {
    let t = |days: i64| day(today, days);
    let family = "la personne (en début d’entretien), sa mère, son père, la référente PAG";
    let by_parents = "échelle d’atteinte des objectifs (GAS), auto-évaluation 1 à 10 remplie par les parents avec \
                      Nathan";
    vec![
        evaluation(t(-240), Checkpoint, family)
            .tools(by_parents)
            .views(
                "Sa mère : « Le SESSAD à l’école, ça aide, mais deux heures par jour, ce n’est pas une école. »",
                "Le SESSAD intervient à l’école et l’enseignante reprend ses outils ; il n’y a toujours pas de date \
                 d’admission. Les parents se relaient sans répit.",
                "Maintenir les deux objectifs. Inscrire Nathan à l’accueil de loisirs le mercredi. Relancer l’IME \
                 pour une date.",
            )
            .next(t(-150))
            .goals(&[(N_IME, -1, Keep), (N_LEISURE, -1, Keep)])
            .ratings(&[("scolarite", 2, 3), ("vie-sociale", 3, 3), ("sante", 6, 6), ("autonomie", 4, 4)]),
        evaluation(t(-150), Checkpoint, family)
            .tools(by_parents)
            .views(
                "Son père : « Le mercredi, ça marche. Le week-end de répit, on n’a pas osé. »",
                "L’IME a confirmé une place dans les prochains mois. Nathan va chaque mercredi à l’accueil de \
                 loisirs ; le répit proposé aux parents n’a pas été pris.",
                "Objectif de l’accueil de loisirs clos, partiellement atteint : les mercredis sont acquis, le répit \
                 reste proposé sans objectif écrit. Préparer la visite de pré-admission.",
            )
            .next(t(-60))
            .goals(&[(N_IME, 0, Keep), (N_LEISURE, 0, PartiallyAchieved)])
            .ratings(&[("scolarite", 5, 5), ("vie-sociale", 6, 5), ("sante", 6, 6), ("autonomie", 4, 5)]),
        evaluation(t(-35), Review, "sa mère, son père, l’éducatrice référente de l’IME, la référente PAG")
            .tools(by_parents)
            .views(
                "Sa mère : « Il a enfin une vraie journée d’école. » Nathan : « Il y a un bus qui vient me \
                 chercher ! »",
                "Admission réussie, adaptation faite en trois semaines, orthophonie poursuivie sans interruption. \
                 L’éducatrice référente de l’IME prend le relais : le PAG a atteint son but.",
                "Objectifs de l’admission et de l’adaptation atteints. Fin de l’accompagnement, décidée avec les \
                 parents ; ils savent qui contacter.",
            )
            .goals(&[(N_IME, 1, Achieved), (N_ADAPTATION, 1, Achieved)])
            .ratings(&[("scolarite", 8, 8), ("vie-sociale", 7, 6), ("sante", 7, 7), ("autonomie", 5, 6)]),
    ]
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;

    use super::super::{journals, plans, situations};
    use super::*;
    use crate::domain::evaluation::{PERCEPTION_GAP, RATING_MAX, RATING_MIN};
    use crate::domain::life_domain::default_domains;
    use crate::domain::person::PersonStatus;
    use crate::domain::plan::{Objective, ObjectiveStatus};

    fn todays() -> Vec<NaiveDate> {
        ["2026-11-22", "2028-02-29", "2027-01-01"].iter().map(|d| d.parse().unwrap()).collect()
    }

    fn objectives_of(today: NaiveDate, pseudonym: &str) -> Vec<Objective> {
        let plan = plans(today).into_iter().find(|p| p.pseudonym == pseudonym).unwrap();
        plan.axes.into_iter().flat_map(|a| a.objectives).map(|o| o.objective).collect()
    }

    #[test]
    fn every_person_has_two_or_three_evaluations_in_her_path() {
        for today in todays() {
            let persons = situations(today);
            let all = evaluations(today);
            assert_eq!(all.len(), persons.len());
            let keys: BTreeSet<String> = default_domains().into_iter().map(|d| d.key).collect();
            for (demo, situation) in all.iter().zip(&persons) {
                let who = demo.pseudonym;
                assert_eq!(who, situation.person.pseudonym);
                assert!((2..=3).contains(&demo.evaluations.len()), "{who}");
                let referral = situation.person.referral_date.unwrap();
                let objectives = objectives_of(today, who);
                let mut previous = referral;
                for e in &demo.evaluations {
                    assert!(e.date >= previous && e.date <= today, "{who} {}", e.date);
                    previous = e.date;
                    assert!(e.next_date.is_none_or(|n| n > e.date), "{who}");
                    assert!((4..=7).contains(&e.ratings.len()), "{who}");
                    for r in &e.ratings {
                        assert!(keys.contains(&r.domain), "{who}: unknown domain {}", r.domain);
                        for v in [r.person, r.referent].into_iter().flatten() {
                            assert!((RATING_MIN..=RATING_MAX).contains(&v));
                        }
                    }
                    for g in &e.goals {
                        let o = objectives.iter().find(|o| o.title == g.objective);
                        let o = o.unwrap_or_else(|| panic!("{who}: no objective « {} »", g.objective));
                        assert!(o.created_on <= e.date, "{who}: « {} » evaluated before it was set", o.title);
                        assert!((-2..=2).contains(&g.level));
                        // A closing decision agrees with where the plan ends.
                        if let Some(status) = g.decision.closing_status() {
                            assert_eq!(o.status, status, "{who}: « {} »", o.title);
                        }
                    }
                    for (what, text) in [
                        ("participants", &e.participants),
                        ("tools", &e.tools),
                        ("person_view", &e.person_view),
                        ("referent_view", &e.referent_view),
                        ("decisions", &e.decisions),
                    ] {
                        super::super::assert_demo_text(&format!("{who} {} {what}", e.date), text);
                        let found = crate::privacy::scan_except(text, &[who.to_string()]);
                        assert!(found.is_empty(), "{who} {} {what}: {found:?}", e.date);
                    }
                }
            }
        }
    }

    #[test]
    fn the_story_holds_one_readjustment_one_gap_one_evaluation_due() {
        let today = todays()[0];
        let all = evaluations(today);
        let readjust: Vec<(&str, &DemoEvaluation, &DemoGoal)> = all
            .iter()
            .flat_map(|d| d.evaluations.iter().flat_map(move |e| e.goals.iter().map(move |g| (d.pseudonym, e, g))))
            .filter(|(_, _, g)| g.decision == Readjust)
            .collect();
        assert_eq!(readjust.len(), 1, "one readjustment");
        let (who, e, g) = readjust[0];
        let objectives = objectives_of(today, who);
        let old = objectives.iter().find(|o| o.title == g.objective).unwrap();
        assert_eq!(old.status, ObjectiveStatus::Readjusted);
        // The demo plan's readjusting objective comes right after the old one, written that day.
        let next = objectives.iter().skip_while(|o| o.title != old.title).nth(1).unwrap();
        let days = (next.created_on - e.date).num_days();
        assert!((0..=1).contains(&days), "readjusted at the evaluation ({days} days)");

        let gaps: Vec<(&str, &str)> = all
            .iter()
            .flat_map(|d| {
                let last = d.evaluations.last().unwrap();
                last.ratings.iter().map(move |r| (d.pseudonym, r))
            })
            .filter(|(_, r)| r.gap().is_some_and(|g| g.unsigned_abs() >= PERCEPTION_GAP))
            .map(|(who, r)| (who, r.domain.as_str()))
            .collect();
        assert_eq!(gaps, vec![("M. R.", "mobilite")]);

        let persons = situations(today);
        let due: Vec<&str> = all
            .iter()
            .zip(&persons)
            .filter(|(_, s)| s.person.status == PersonStatus::Active)
            .filter(|(d, s)| {
                let last = d.evaluations.last().map(|e| (e.date, e.next_date));
                crate::domain::evaluation::next_due(last, s.person.referral_date).is_some_and(|n| n <= today)
            })
            .map(|(d, _)| d.pseudonym)
            .collect();
        assert_eq!(due, vec!["M. K."]);
    }

    #[test]
    fn journals_are_believable_and_anonymous() {
        let directory: BTreeSet<String> = super::super::partners().into_iter().map(|p| p.name).collect();
        for today in todays() {
            let persons = situations(today);
            let all = journals(today);
            assert_eq!(all.len(), persons.len());
            let mut kinds = BTreeSet::new();
            for (journal, situation) in all.iter().zip(&persons) {
                let who = journal.pseudonym;
                assert_eq!(who, situation.person.pseudonym);
                assert!((8..=20).contains(&journal.entries.len()), "{who}");
                let sensitive = journal.entries.iter().filter(|e| e.sensitive).count();
                assert!((1..=2).contains(&sensitive), "{who}: {sensitive} sensitive entries");
                let referral = situation.person.referral_date.unwrap();
                let last_contact = situation.person.last_contact.unwrap();
                let mut previous = referral;
                for e in &journal.entries {
                    // A visit, an appointment or a call moves the last contact: none comes after the
                    // situation's, so that M. K. stays out of touch.
                    assert!(!e.kind.is_contact() || e.date <= last_contact, "{who} {}: contact after the last", e.date);
                    assert!(e.date >= previous && e.date <= today, "{who} {}: out of order", e.date);
                    previous = e.date;
                    for p in &e.partners {
                        assert!(directory.contains(*p), "{who}: unknown partner {p}");
                    }
                    super::super::assert_demo_text(&format!("{who} {}", e.date), &e.summary);
                    let found = crate::privacy::scan_except(&e.summary, &[who.to_string()]);
                    assert!(found.is_empty(), "{who} {}: {found:?}", e.date);
                    kinds.insert(e.kind.code());
                }
            }
            assert_eq!(kinds.len(), 8, "every kind of entry appears");
            let critical: Vec<&str> =
                all.iter().flat_map(|j| &j.entries).filter(|e| e.kind.is_critical()).map(|e| e.kind.code()).collect();
            assert_eq!(critical, vec!["hospitalisation", "rupture"]);
        }
    }
}
