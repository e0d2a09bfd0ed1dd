//! The personalised plans of the demo persons (C3, C4): axes d'accompagnement → objectifs
//! opérationnels → actions, written from the latest revision of each person's diagnosis. Everything
//! is fictitious; dates are relative to `today`, like the situations, so the demo always shows some
//! actions done, some late and some falling due this week.
//!
//! Pure data: ids are 0 and links are by position (an objective readjusts the one just before it in
//! its axis) or by name (a partner carrier is named exactly as in the demo directory); the loader
//! turns them into rows.

use chrono::{Days, NaiveDate};

use crate::domain::plan::{ActionStatus, Axis, GasScale, NeedRef, Objective, ObjectiveStatus};
use DemoCarrier::{Partner, Person, Referent};
use ObjectiveStatus::{Achieved, InProgress, PartiallyAchieved, Readjusted, Upcoming};

/// Who carries a demo action: a partner is named exactly as in the demo directory.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DemoCarrier {
    Person,
    Referent,
    Partner(&'static str),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DemoAction {
    pub what: String,
    pub carrier: DemoCarrier,
    pub start: Option<NaiveDate>,
    pub due: Option<NaiveDate>,
    pub done_on: Option<NaiveDate>,
    pub status: ActionStatus,
    pub serafin_service: Option<String>,
    /// (on, to, reason), in the order they were made; the last `to` is `due`.
    pub postponements: Vec<(NaiveDate, NaiveDate, String)>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DemoObjective {
    /// Ids 0, `axis_id` 0, `replaces` None: the loader links them.
    pub objective: Objective,
    /// This objective readjusts the one just before it in the same axis, whose status is « réajusté ».
    pub readjusts_previous: bool,
    pub actions: Vec<DemoAction>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DemoAxis {
    /// Ids 0: the loader gives the person.
    pub axis: Axis,
    pub objectives: Vec<DemoObjective>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DemoPlan {
    /// The pseudonym of a demo situation.
    pub pseudonym: &'static str,
    pub axes: Vec<DemoAxis>,
}

/// The plans of the demo file active as seen on `today`, in the order of the situations.
pub fn plans(today: NaiveDate) -> Vec<DemoPlan> {
    let mut all = vec![monsieur_r(today), leo(today), madame_d(today), ines(today), monsieur_k(today), nathan(today)];
    for plan in &mut all {
        for (a, axis) in (0..).zip(plan.axes.iter_mut()) {
            axis.axis.position = a;
            for (o, objective) in (0..).zip(axis.objectives.iter_mut()) {
                objective.objective.position = o;
            }
        }
    }
    all
}

/// `days` after `today`, before it when negative; at the edge of the calendar, `today`.
pub(super) fn day(today: NaiveDate, days: i64) -> NaiveDate {
    let n = Days::new(days.unsigned_abs());
    let shifted = if days < 0 { today.checked_sub_days(n) } else { today.checked_add_days(n) };
    shifted.unwrap_or(today)
}

/// A need of the latest diagnosis: (domain key, exact text of the need).
type Need = (&'static str, &'static str);

fn need_refs(needs: &[Need]) -> Vec<NeedRef> {
    needs.iter().map(|(domain, text)| NeedRef { domain: (*domain).into(), text: (*text).into() }).collect()
}

fn act(what: &str, carrier: DemoCarrier, start: NaiveDate) -> DemoAction {
    DemoAction {
        what: what.into(),
        carrier,
        start: Some(start),
        due: None,
        done_on: None,
        status: ActionStatus::Todo,
        serafin_service: None,
        postponements: Vec::new(),
    }
}

impl DemoAction {
    fn due(mut self, due: NaiveDate) -> Self {
        self.due = Some(due);
        self
    }

    fn done(mut self, on: NaiveDate) -> Self {
        self.status = ActionStatus::Done;
        self.done_on = Some(on);
        self
    }

    fn doing(mut self) -> Self {
        self.status = ActionStatus::InProgress;
        self
    }

    fn cancelled(mut self) -> Self {
        self.status = ActionStatus::Cancelled;
        self
    }

    fn service(mut self, code: &str) -> Self {
        self.serafin_service = Some(code.into());
        self
    }

    /// Moved on `on` to `to`, for `reason`: the new due date.
    fn postponed(mut self, on: NaiveDate, to: NaiveDate, reason: &str) -> Self {
        self.postponements.push((on, to, reason.into()));
        self.due = Some(to);
        self
    }
}

fn objective(title: &str, created: NaiveDate, status: ObjectiveStatus) -> DemoObjective {
    let mut objective = Objective::new_draft(0, created);
    objective.title = title.into();
    objective.status = status;
    DemoObjective { objective, readjusts_previous: false, actions: Vec::new() }
}

impl DemoObjective {
    fn measured(mut self, indicator: &str, expected_result: &str) -> Self {
        self.objective.indicator = indicator.into();
        self.objective.expected_result = expected_result.into();
        self
    }

    fn until(mut self, deadline: NaiveDate) -> Self {
        self.objective.deadline = Some(deadline);
        self
    }

    /// The five levels −2…+2, where the person stood when it was set, importance and difficulty.
    fn gas(mut self, levels: [&str; 5], baseline: i8, importance: u8, difficulty: u8) -> Self {
        self.objective.gas = GasScale { levels: levels.map(Into::into), baseline, importance, difficulty };
        self
    }

    fn view(mut self, words: &str) -> Self {
        self.objective.person_view = words.into();
        self
    }

    fn needs(mut self, needs: &[Need]) -> Self {
        self.objective.needs = need_refs(needs);
        self
    }

    fn readjusting(mut self) -> Self {
        self.readjusts_previous = true;
        self
    }

    fn actions(mut self, actions: Vec<DemoAction>) -> Self {
        self.actions = actions;
        self
    }
}

fn axis(title: &str, created: NaiveDate) -> DemoAxis {
    let mut axis = Axis::new_draft(0, created);
    axis.title = title.into();
    DemoAxis { axis, objectives: Vec::new() }
}

impl DemoAxis {
    fn why(mut self, rationale: &str) -> Self {
        self.axis.rationale = rationale.into();
        self
    }

    fn needs(mut self, needs: &[Need]) -> Self {
        self.axis.needs = need_refs(needs);
        self
    }

    fn participation(mut self, how: &str) -> Self {
        self.axis.participation = how.into();
        self
    }

    fn view(mut self, words: &str) -> Self {
        self.axis.person_view = words.into();
        self
    }

    fn objectives(mut self, objectives: Vec<DemoObjective>) -> Self {
        self.objectives = objectives;
        self
    }
}

// M. R.: the needs of the latest revision of each domain.
const R_MOOD: Need = ("sante", "Évaluer et traiter une possible dépression post-AVC");
const R_REHAB: Need = ("sante", "Poursuivre l’orthophonie et la rééducation du membre supérieur");
const R_TOBACCO: Need = ("sante", "Arrêter le tabac avec un accompagnement (consultation de tabacologie)");
const R_CHOOSE_HOME: Need =
    ("logement", "Choisir entre l’adaptation du logement actuel et une mutation, avec l’appui de l’ergothérapeute");
const R_REPAYMENT: Need = ("logement", "Tenir le plan d’apurement jusqu’à son terme");
const R_WASHING: Need = ("autonomie", "Aide pour la toilette et les transferts dans la salle de bain");
const R_HOUSEWORK: Need = ("autonomie", "Aide pour les courses, les repas et l’entretien du logement");
const R_OT: Need = (
    "autonomie",
    "Évaluation par un ergothérapeute à domicile (barre d’appui, siège de douche, douche à la place de la baignoire)",
);
const R_SICK_PAY_RIGHTS: Need = (
    "ressources",
    "Ouvrir tous les droits liés à l’arrêt maladie : complément de la prévoyance de l’employeur, révision de l’APL",
);
const R_BUDGET: Need = ("ressources", "Établir un budget et hiérarchiser les charges (loyer, pension, crédit)");
const R_LOAN_INSURANCE: Need =
    ("ressources", "Solliciter l’assurance emprunteur pour la prise en charge des mensualités du crédit");
const R_PCH: Need = ("droits", "Suivre la décision de PCH et mettre en place l’aide humaine accordée");
const R_DISMISSAL_RIGHTS: Need = (
    "droits",
    "Faire valoir ses droits en cas de licenciement : indemnités, portabilité de la mutuelle, inscription comme \
     demandeur d’emploi",
);
const R_SAMSAH: Need = ("droits", "Préparer le relais avec le SAMSAH");
const R_DISMISSAL: Need = (
    "emploi",
    "Être accompagné dans la procédure de licenciement pour inaptitude (recherche de reclassement, indemnités)",
);
const R_PROJECT: Need = (
    "emploi",
    "Construire un projet professionnel compatible avec ses capacités, avec Cap emploi ou un dispositif d’emploi \
     accompagné",
);
const R_NEUROPSY: Need = ("emploi", "Faire un bilan neuropsychologique avant toute formation (fatigue, attention)");
const R_DAUGHTER: Need =
    ("vie-sociale", "Maintenir et apaiser le lien avec sa fille (lui expliquer l’AVC et l’aphasie)");
const R_ACTIVITIES: Need = ("vie-sociale", "Retrouver des activités et des relations en dehors de la famille");
const R_SISTER: Need = ("vie-sociale", "Soutien et répit pour sa sœur, aidante principale");
const R_TRANSPORT: Need =
    ("mobilite", "Organiser les transports vers les soins (taxi conventionné, transport à la demande)");
const R_WALK: Need = ("mobilite", "Travailler la marche et l’équilibre pour sortir seul dans le quartier");
const R_DRIVING: Need =
    ("mobilite", "Connaître les conditions d’un retour à la conduite (avis d’un médecin agréé, véhicule aménagé)");
const R_FALL: Need =
    ("securite", "Sécuriser le domicile après la chute : téléassistance, aménagement de la salle de bain");
const R_CANVASSING: Need = (
    "securite",
    "Se protéger des démarchages : relire avec un proche avant de signer, connaître le droit de rétractation",
);

/// M. R., 52 ans, après un AVC: the rich adult plan, with the demo's one readjusted objective.
fn monsieur_r(today: NaiveDate) -> DemoPlan {
    let t = |days: i64| day(today, days);
    let home = axis("Rester chez lui : garder le logement, tenir le budget, vivre en sécurité", t(-190))
        .why(
            "Dette locative et commandement de payer au début de l’accompagnement, chute dans la salle de bain : \
             rester dans son appartement est le premier souhait de M. R. et le premier risque de rupture.",
        )
        .needs(&[
            R_REPAYMENT,
            R_BUDGET,
            R_SICK_PAY_RIGHTS,
            R_LOAN_INSURANCE,
            R_CHOOSE_HOME,
            R_OT,
            R_FALL,
            R_WASHING,
            R_CANVASSING,
        ])
        .participation(
            "Entretiens au domicile, M. R. apporte son classeur à onglets de couleur ; il relit chaque courrier avec \
             la référente avant de répondre au bailleur.",
        )
        .view("« Mon appartement, c’est chez moi. Je paie mes soixante euros, je ne lâche pas. »")
        .objectives(vec![
            objective("Tenir le plan d’apurement jusqu’à son terme", t(-98), InProgress)
                .measured(
                    "Mensualités du plan versées à la date prévue, relevées chaque mois avec M. R.",
                    "Droits liés à l’arrêt maladie ouverts, plan tenu sans incident et loyer courant payé chaque \
                     mois : la procédure d’expulsion reste suspendue puis s’éteint.",
                )
                .until(t(300))
                .gas(
                    [
                        "Procédure d’expulsion reprise",
                        "Dette stable mais plan non tenu (au moins une mensualité manquée)",
                        "Plan d’apurement tenu six mois, loyer courant payé",
                        "Plan tenu et prélèvements sans aucun rejet depuis six mois",
                        "Dette soldée avant le terme du plan",
                    ],
                    -2,
                    3,
                    2,
                )
                .view("« Soixante euros, je peux. Je veux que ce soit fini avant l’été d’après. »")
                .needs(&[R_REPAYMENT, R_BUDGET, R_SICK_PAY_RIGHTS, R_LOAN_INSURANCE])
                .actions(vec![
                    act(
                        "Instruire la demande d’aide du FSL maintien et la présenter en commission",
                        Partner("Service social départemental"),
                        t(-98),
                    )
                    .due(t(-60))
                    .done(t(-40))
                    .service("2.3.5.1"),
                    act("Signer le plan d’apurement de 60 € par mois avec le bailleur", Person, t(-96))
                        .due(t(-80))
                        .done(t(-82)),
                    act(
                        "Faire activer la prévoyance de l’employeur, réviser l’APL et saisir l’assurance emprunteur \
                         pour le crédit",
                        Referent,
                        t(-98),
                    )
                    .due(t(-60))
                    .done(t(-52))
                    .service("2.3.5.1"),
                    act(
                        "Simuler le budget après la fin des indemnités journalières (pension d’invalidité, allocation \
                         chômage)",
                        Referent,
                        t(-20),
                    )
                    .due(t(-2))
                    .service("2.3.5.1"),
                ]),
            objective("Choisir entre la douche de plain-pied dans l’appartement et une mutation", t(-18), InProgress)
                .measured(
                    "Décision de M. R. communiquée par écrit au bailleur, avec une date de travaux ou une inscription \
                     en mutation.",
                    "M. R. a choisi en connaissant les deux solutions ; le bailleur s’est engagé par écrit.",
                )
                .until(t(70))
                .gas(
                    [
                        "Aucune décision et nouvelle chute dans la salle de bain",
                        "Solutions connues, M. R. n’a pas encore tranché",
                        "Choix fait et confirmé par écrit par le bailleur",
                        "Travaux de douche réalisés ou proposition de logement reçue",
                        "M. R. se douche seul et en sécurité dans un logement adapté",
                    ],
                    -1,
                    2,
                    2,
                )
                .view("« Si on me fait la douche, je reste. Mais je veux voir les deux avant de dire oui. »")
                .needs(&[R_CHOOSE_HOME, R_OT])
                .actions(vec![
                    act(
                        "Évaluer la salle de bain et l’escalier au domicile, avec M. R.",
                        Partner("Ergothérapeute du SAMSAH"),
                        t(-12),
                    )
                    .due(t(10))
                    .service("2.1.2.1"),
                    act(
                        "Envoyer un calendrier écrit des travaux de douche de plain-pied",
                        Partner("Bailleur social"),
                        t(-18),
                    )
                    .due(t(-4))
                    .doing(),
                    act(
                        "Comparer les deux solutions avec M. R. et sa sœur, sur une feuille à deux colonnes",
                        Referent,
                        t(-18),
                    )
                    .due(t(3))
                    .service("2.3.2.1"),
                    act("Donner sa réponse au bailleur", Person, t(-18)).due(t(45)),
                ]),
            objective("Sécuriser le domicile après la chute", t(-163), Achieved)
                .measured(
                    "Téléassistance installée, matériel de salle de bain posé, aide à la toilette en place.",
                    "M. R. peut alerter en cas de chute et ne se lave plus sans appui ni sans aide.",
                )
                .until(t(-120))
                .gas(
                    [
                        "Nouvelle chute sans pouvoir alerter",
                        "Aucun équipement, toilette avec sa sœur seulement",
                        "Téléassistance et barre d’appui installées, aide à la toilette deux fois par semaine",
                        "Médaillon de téléassistance porté jour et nuit",
                        "Aucune chute depuis trois mois et M. R. dit se sentir en sécurité",
                    ],
                    -1,
                    3,
                    1,
                )
                .view(
                    "« Le bouton autour du cou, je le garde même la nuit. Et la toilette avec quelqu’un d’autre que ma \
                     sœur, c’est mieux. »",
                )
                .needs(&[R_FALL, R_WASHING, R_CANVASSING])
                .actions(vec![
                    act(
                        "Exercer le droit de rétractation pour le contrat d’énergie signé au domicile",
                        Person,
                        t(-163),
                    )
                    .due(t(-151))
                    .done(t(-160))
                    .service("2.3.1.2"),
                    act("Installer la téléassistance", Partner("CCAS"), t(-163))
                        .due(t(-150))
                        .done(t(-155))
                        .service("2.2.3"),
                    act("Poser une barre d’appui et un siège de baignoire", Person, t(-160)).due(t(-145)).done(t(-148)),
                    act(
                        "Assurer l’aide à la toilette deux fois par semaine",
                        Partner("Association d’aide à domicile"),
                        t(-150),
                    )
                    .due(t(-130))
                    .done(t(-135))
                    .service("2.2.1"),
                ]),
        ]);
    let health = axis("Santé : poursuivre la rééducation, prendre soin du moral, arrêter le tabac", t(-190))
        .why(
            "Six mois après l’AVC, la marche progresse mais la main gauche et la parole restent fragiles ; le médecin \
             traitant repère une humeur triste et M. R. fume encore cinq cigarettes par jour.",
        )
        .needs(&[R_REHAB, R_MOOD, R_TOBACCO, R_TRANSPORT])
        .participation(
            "Rendez-vous de soins choisis par M. R. et notés en rouge dans son agenda ; réunion de concertation tous \
             les trois mois avec le médecin traitant, compte rendu relu avec lui.",
        )
        .view("« Je marche mieux, ça oui. Le moral, j’en parle au docteur, pas à tout le monde. »")
        .objectives(vec![
            objective("Poursuivre la rééducation sans rupture (orthophonie, membre supérieur)", t(-188), InProgress)
                .measured(
                    "Séances d’orthophonie et de rééducation réalisées sur séances prévues, chaque mois.",
                    "Aucune interruption de la rééducation jusqu’au bilan des neuf mois ; parole plus fluide selon M. \
                     R. et l’orthophoniste.",
                )
                .until(t(40))
                .gas(
                    [
                        "Rééducation interrompue plus d’un mois",
                        "Séances irrégulières, transports non organisés",
                        "Deux séances d’orthophonie par semaine et rééducation du membre supérieur tenues jusqu’au \
                         bilan",
                        "Bilan des neuf mois en progrès pour la parole et la main gauche",
                        "M. R. téléphone seul pour prendre ses rendez-vous",
                    ],
                    -1,
                    3,
                    1,
                )
                .view("« Les mots reviennent quand je suis reposé. Je veux continuer, même si c’est long. »")
                .needs(&[R_REHAB, R_TRANSPORT])
                .actions(vec![
                    act("Trouver une orthophoniste libérale qui suit l’aphasie de l’adulte", Referent, t(-188))
                        .due(t(-176))
                        .done(t(-180))
                        .service("2.4.1"),
                    act("Réserver seul les taxis conventionnés pour l’hôpital de jour", Person, t(-176))
                        .due(t(-160))
                        .done(t(-158))
                        .service("2.3.4.3"),
                    act(
                        "Rééduquer le membre supérieur en séances collectives et individuelles",
                        Partner("Hôpital de jour"),
                        t(-175),
                    )
                    .due(t(-60))
                    .done(t(-60))
                    .service("2.1.2.1"),
                    act("Faire le bilan orthophonique des neuf mois", Partner("Orthophoniste libérale"), t(-30))
                        .due(t(40))
                        .service("2.1.2.1"),
                ]),
            objective("Faire évaluer l’humeur et trouver un soutien adapté", t(-58), InProgress)
                .measured(
                    "Suivi engagé au CMP ; humeur et sommeil notés chaque soir par M. R.",
                    "M. R. est suivi pour son humeur et dit dormir mieux la plupart des nuits.",
                )
                .until(t(30))
                .gas(
                    [
                        "Repli au domicile et soins abandonnés",
                        "Humeur triste, aucun suivi engagé",
                        "Suivi engagé et sommeil amélioré selon M. R.",
                        "M. R. dit avoir retrouvé le moral la plupart des jours",
                        "M. R. a repris une activité choisie hors du domicile chaque semaine",
                    ],
                    -1,
                    3,
                    2,
                )
                .view("« Le soir, je tourne en rond. Parler à quelqu’un, pourquoi pas, mais pas devant ma sœur. »")
                .needs(&[R_MOOD])
                .actions(vec![
                    act(
                        "Consultation consacrée à l’humeur et au sommeil",
                        Partner("Médecin traitant (cabinet de la commune)"),
                        t(-58),
                    )
                    .due(t(-50))
                    .done(t(-51))
                    .service("2.1.1.1"),
                    act("Premier rendez-vous avec la psychologue du CMP", Partner("CMP adultes du secteur"), t(-50))
                        .due(t(-20))
                        .postponed(
                            t(-24),
                            t(-10),
                            "M. R. a préféré attendre d’avoir passé l’entretien préalable au licenciement.",
                        )
                        .postponed(t(-12), t(6), "Psychologue absente : le CMP a déplacé le rendez-vous.")
                        .service("2.1.1.3"),
                    act("Noter chaque soir son humeur avec les couleurs de son classeur", Person, t(-50))
                        .due(t(30))
                        .doing(),
                ]),
            objective("Arrêter le tabac", t(-58), InProgress)
                .measured(
                    "Cigarettes par jour, notées par M. R. ; tension mesurée à chaque consultation.",
                    "Arrêt complet depuis au moins un mois, avec l’appui de la consultation de tabacologie.",
                )
                .until(t(120))
                .gas(
                    [
                        "Plus de dix cigarettes par jour",
                        "Cinq cigarettes par jour, sans aide",
                        "Arrêt complet depuis un mois, avec des substituts",
                        "Arrêt complet depuis trois mois",
                        "Arrêt depuis six mois et tension équilibrée sans changer de traitement",
                    ],
                    -1,
                    2,
                    3,
                )
                .view("« Cinq par jour, ce n’est rien à côté d’avant. Mais bon, le docteur a raison. »")
                .needs(&[R_TOBACCO])
                .actions(vec![
                    act(
                        "Prescrire des substituts nicotiniques et orienter vers la consultation de tabacologie",
                        Partner("Médecin traitant (cabinet de la commune)"),
                        t(-58),
                    )
                    .due(t(-50))
                    .done(t(-51))
                    .service("2.1.1.1"),
                    act("Se rendre à la consultation de tabacologie du CHU", Person, t(-51)).due(t(-30)).done(t(-29)),
                    act(
                        "Faire le point sur la consommation et la tension",
                        Partner("Médecin traitant (cabinet de la commune)"),
                        t(-29),
                    )
                    .due(t(15))
                    .service("2.1.1.1"),
                ]),
        ]);
    let work = axis("Travail : traverser le licenciement et construire un nouveau projet", t(-172))
        .why(
            "Chauffeur-livreur depuis onze ans, M. R. a été déclaré inapte à son poste et son employeur engage un \
             licenciement ; il veut travailler, sans conduite et à son rythme.",
        )
        .needs(&[R_DISMISSAL, R_PROJECT, R_NEUROPSY, R_DISMISSAL_RIGHTS])
        .participation(
            "Un entretien par mois consacré au travail, au domicile ou chez Cap emploi ; M. R. prépare ses questions \
             par écrit et les lit lui-même.",
        )
        .view("« Le dépôt, c’est fini, j’ai compris. Mais les mains, la mécanique, ça je sais faire. »")
        .objectives(vec![
            objective("Reprendre son poste au dépôt avec un aménagement", t(-172), Readjusted)
                .measured(
                    "Reprise effective sur un poste sans conduite, validée par le médecin du travail.",
                    "M. R. reprend au dépôt en temps partiel thérapeutique, sur un poste aménagé.",
                )
                .until(t(-20))
                .gas(
                    [
                        "Licenciement sans examen du reclassement",
                        "Arrêt prolongé sans visite de pré-reprise",
                        "Reprise en temps partiel thérapeutique sur un poste aménagé",
                        "Reprise à mi-temps stabilisée trois mois",
                        "Retour à temps plein sur un poste sans conduite",
                    ],
                    -1,
                    3,
                    3,
                )
                .view(
                    "« Au dépôt, je connais tout le monde. Je peux trier les colis, préparer les tournées sur \
                     papier. »",
                )
                .needs(&[R_PROJECT])
                .actions(vec![
                    act("Demander une visite de pré-reprise au médecin du travail", Person, t(-172))
                        .due(t(-150))
                        .done(t(-152))
                        .service("2.3.3.3"),
                    act("Déposer la demande de RQTH avec le dossier MDPH", Referent, t(-172))
                        .due(t(-160))
                        .done(t(-165))
                        .service("2.3.5.1"),
                    act("Étudier un aménagement de poste au dépôt avec l’employeur", Partner("Cap emploi"), t(-80))
                        .due(t(-40))
                        .cancelled()
                        .service("2.3.3.3"),
                ]),
            objective("Construire un projet professionnel sans conduite, à son rythme", t(-40), InProgress)
                .readjusting()
                .measured(
                    "Projet écrit avec Cap emploi, appuyé par le bilan neuropsychologique et une mise en situation \
                     professionnelle.",
                    "M. R. connaît ses capacités (fatigue, attention) et a validé une piste de métier manuel par une \
                     mise en situation.",
                )
                .until(t(150))
                .gas(
                    [
                        "Aucune piste, M. R. reste chez lui sans activité",
                        "Envie de travailler, sans piste précise",
                        "Piste validée par le bilan et une mise en situation",
                        "Formation ou emploi accompagné engagé",
                        "Contrat signé sur un poste adapté",
                    ],
                    -1,
                    3,
                    3,
                )
                .view("« Un atelier, avec des pièces, sans le volant. Et pas toute la journée au début. »")
                .needs(&[R_PROJECT, R_NEUROPSY])
                .actions(vec![
                    act("Premier rendez-vous avec la conseillère Cap emploi", Partner("Cap emploi"), t(-40))
                        .due(t(-21))
                        .done(t(-22))
                        .service("2.3.3.2"),
                    act("Bilan neuropsychologique (fatigue, attention)", Partner("Hôpital de jour"), t(-40))
                        .due(t(25))
                        .service("2.1.1.3"),
                    act(
                        "Mise en situation professionnelle dans un atelier de mécanique",
                        Partner("Cap emploi"),
                        t(-22),
                    )
                    .due(t(90))
                    .service("2.3.3.2"),
                ]),
            objective("Traverser la procédure de licenciement sans perdre de droits", t(-44), InProgress)
                .measured(
                    "Indemnités vérifiées, mutuelle maintenue par la portabilité, inscription à France Travail dans \
                     les délais.",
                    "Aucun droit perdu entre la fin du contrat et l’ouverture de l’allocation chômage.",
                )
                .until(t(45))
                .gas(
                    [
                        "Droits perdus (mutuelle interrompue, délai de contestation dépassé)",
                        "Procédure en cours, droits non vérifiés",
                        "Indemnités vérifiées, portabilité de la mutuelle et inscription faites",
                        "Revenus de remplacement versés sans interruption",
                        "M. R. a suivi lui-même chaque démarche avec son classeur",
                    ],
                    -1,
                    2,
                    2,
                )
                .view("« Je veux qu’on vérifie tout. Ils m’ont eu une fois, pas deux. »")
                .needs(&[R_DISMISSAL, R_DISMISSAL_RIGHTS])
                .actions(vec![
                    act("Préparer l’entretien préalable avec le représentant du personnel", Person, t(-44))
                        .due(t(-35))
                        .done(t(-36)),
                    act("Vérifier le calcul des indemnités de licenciement pour inaptitude", Referent, t(-30))
                        .due(t(12))
                        .doing()
                        .service("2.3.1.2"),
                    act("Inscription et premier entretien", Partner("France Travail"), t(-10))
                        .due(t(30))
                        .service("2.3.5.1"),
                    act("Demander la portabilité de la mutuelle à l’employeur", Person, t(-10)).due(t(20)),
                ]),
        ]);
    let people = axis("Entourage : sa fille, sa sœur, sortir de chez lui", t(-168))
        .why(
            "Sa sœur, seule aidante, se dit à bout ; M. R. voit moins sa fille et sort peu, par honte de sa parole. \
             L’aide humaine de la PCH et le SAMSAH doivent prendre le relais.",
        )
        .needs(&[R_DAUGHTER, R_SISTER, R_PCH, R_SAMSAH, R_WASHING, R_HOUSEWORK, R_ACTIVITIES, R_WALK, R_DRIVING])
        .participation(
            "Entretiens au domicile un mardi sur deux, sa sœur présente s’il le souhaite ; un entretien seul avec M. \
             R. chaque mois pour parler de sa fille.",
        )
        .view("« Ma sœur, elle a sa vie. Je veux qu’elle vienne pour le café, pas pour la douche. »")
        .objectives(vec![
            objective(
                "Expliquer l’AVC et l’aphasie à sa fille et retrouver des moments ensemble",
                t(-168),
                PartiallyAchieved,
            )
            .measured(
                "Rencontre d’explication avec sa fille ; moments partagés chaque mois.",
                "Sa fille comprend l’aphasie ; ils se voient au moins deux fois par mois en dehors des visites \
                 courtes.",
            )
            .until(t(-90))
            .gas(
                [
                    "Plus aucune visite de sa fille",
                    "Visites courtes, sans échange sur l’AVC",
                    "Rencontre d’explication faite et deux moments partagés par mois",
                    "Un week-end sur deux retrouvé",
                    "Sa fille l’accompagne à un rendez-vous de son choix",
                ],
                -1,
                3,
                2,
            )
            .view("« Ma fille, si l’orthophoniste lui explique, elle comprendra mieux que si c’est moi. »")
            .needs(&[R_DAUGHTER])
            .actions(vec![
                act(
                    "Expliquer l’aphasie à M. R. et à sa fille, en séance commune",
                    Partner("Orthophoniste libérale"),
                    t(-160),
                )
                .due(t(-140))
                .done(t(-138))
                .service("2.2.2"),
                act("Proposer à sa fille une sortie par mois (match, cinéma)", Person, t(-138))
                    .due(t(-110))
                    .done(t(-120)),
            ]),
            objective("Relayer sa sœur : aide humaine de la PCH et relais avec le SAMSAH", t(-80), InProgress)
                .measured(
                    "Heures d’aide humaine réalisées chaque semaine ; passages de sa sœur consacrés à l’aide.",
                    "Aide humaine en place et SAMSAH engagé : sa sœur ne vient plus pour la toilette ni le ménage, \
                     seulement quand elle le choisit.",
                )
                .until(t(20))
                .gas(
                    [
                        "Sœur arrêtée pour épuisement, aucun relais",
                        "Sœur seule aidante trois fois par semaine",
                        "Aide humaine de la PCH en place et SAMSAH engagé",
                        "Sœur soutenue par la plateforme de répit",
                        "Sœur qui ne vient plus que par plaisir, M. R. le confirme",
                    ],
                    -1,
                    3,
                    2,
                )
                .view("« Ma sœur, je lui dois beaucoup. Qu’elle souffle un peu, elle aussi. »")
                .needs(&[R_SISTER, R_PCH, R_SAMSAH, R_WASHING, R_HOUSEWORK])
                .actions(vec![
                    act("Relancer la MDPH pour la décision de PCH", Referent, t(-78))
                        .due(t(-50))
                        .done(t(-45))
                        .service("2.3.5.1"),
                    act(
                        "Démarrer l’aide humaine de la PCH : courses, repas, entretien du logement",
                        Partner("Association d’aide à domicile"),
                        t(-30),
                    )
                    .due(t(-7))
                    .done(t(-5))
                    .service("2.3.2.2"),
                    act("Réunion de relais avec M. R., sa sœur et le SAMSAH", Partner("SAMSAH de la commune"), t(-12))
                        .due(t(2))
                        .service("2.4.1"),
                    act(
                        "Proposer à sa sœur un entretien et le groupe des aidants",
                        Partner("Plateforme de répit"),
                        t(-12),
                    )
                    .due(t(20)),
                ]),
            objective("Retrouver une activité hors de la famille et sortir seul", t(-58), Upcoming)
                .measured(
                    "Sorties seul chaque semaine ; présence au groupe de parole.",
                    "M. R. sort seul dans le quartier et va chaque mois à un groupe hors de la famille.",
                )
                .until(t(60))
                .gas(
                    [
                        "Plus aucune sortie seul",
                        "Sorties seulement accompagné",
                        "Une sortie seul par semaine et le groupe de parole chaque mois",
                        "Retour au club de pétanque",
                        "Une activité régulière choisie, reprise avec d’autres",
                    ],
                    -1,
                    2,
                    2,
                )
                .view("« Au club, quand je parle lentement, ils attendent. C’est là que je veux retourner. »")
                .needs(&[R_ACTIVITIES, R_WALK, R_DRIVING])
                .actions(vec![
                    act(
                        "Accueillir M. R. au groupe de parole mensuel",
                        Partner("Association de personnes aphasiques"),
                        t(-20),
                    )
                    .due(t(12))
                    .service("2.3.4.2"),
                    act("Marcher jusqu’au club de pétanque avec le kinésithérapeute, puis seul", Person, t(-58))
                        .due(t(30))
                        .doing()
                        .service("2.3.4.3"),
                    act("Demander l’avis d’un médecin agréé sur la reprise de la conduite", Person, t(-20)).due(t(50)),
                ]),
        ]);
    DemoPlan { pseudonym: "M. R.", axes: vec![home, health, work, people] }
}

// Léo: the needs of the latest revision of each domain.
const L_SCHOOL: Need = ("scolarite", "Stabiliser la reprise à temps partiel puis l’élargir, au rythme de Léo");
const L_AESH: Need = ("scolarite", "Obtenir le recrutement effectif de l’AESH");
const L_BREVET: Need = ("scolarite", "Préparer le brevet avec des aménagements d’examen");
const L_SLEEP: Need = ("sante", "Retrouver un rythme de sommeil");
const L_DENTIST: Need =
    ("sante", "Accéder à des soins bucco-dentaires adaptés (cabinet formé à l’accueil des personnes autistes)");
const L_SENSORY: Need = ("sante", "Protections auditives et aménagements sensoriels au quotidien");
const L_RESPITE: Need = ("vie-sociale", "Répit régulier : un week-end par mois en accueil temporaire");
const L_GUIDANCE: Need = ("vie-sociale", "Poursuivre la guidance parentale");
const L_PEERS: Need =
    ("vie-sociale", "Rencontrer des jeunes de son âge (groupe d’habiletés sociales, club d’informatique)");
const L_RIGHTS: Need =
    ("droits", "Faire le point sur les droits ouverts et les demandes en cours, avec un calendrier partagé");
const L_AEEH: Need = ("droits", "Demander le complément d’AEEH lié à la cessation d’activité de la mère");
const L_MEETINGS: Need = ("droits", "Associer Léo aux réunions qui le concernent");
const L_VISUAL: Need = ("autonomie", "Anticiper les changements : un emploi du temps visuel choisi avec Léo");
const L_CRISIS: Need =
    ("securite", "Faire vivre le plan de crise et le partager avec le collège et l’accueil temporaire");
const L_TRAM: Need =
    ("mobilite", "Apprendre un trajet en transport en commun, aux heures creuses, avec un accompagnement progressif");
const L_ROOM: Need = ("logement", "Réparer et sécuriser la chambre, lieu d’apaisement de Léo");
const L_AEEH_OR_PCH: Need = ("ressources", "Demander le complément d’AEEH ou comparer avec la PCH");
const L_JOBS: Need = ("emploi", "Découvrir des métiers liés à ses centres d’intérêt (stage d’observation aménagé)");
const L_ORIENTATION: Need =
    ("emploi", "Construire une orientation après la troisième avec le psychologue de l’Éducation nationale");

/// Léo, 15 ans, autiste: the rich young person's plan, built with him and his parents.
fn leo(today: NaiveDate) -> DemoPlan {
    let t = |days: i64| day(today, days);
    let school = axis("Retourner au collège à son rythme et préparer l’orientation", t(-44))
        .why(
            "Déscolarisé pendant cinq mois, Léo a repris deux matinées par semaine dans une salle calme ; il veut \
             apprendre, loin du bruit, et parle d’un métier dans les transports.",
        )
        .needs(&[L_SCHOOL, L_SENSORY, L_AESH, L_BREVET, L_JOBS, L_ORIENTATION, L_MEETINGS])
        .participation(
            "Léo assiste à toutes les réunions qui le concernent et y présente lui-même sa fiche ; un point avec lui \
             seul après chaque réunion, au calme, casque à portée de main.",
        )
        .view("Léo : « Le matin, ça va. Je veux rester dans la petite salle, et qu’on ne change pas tout d’un coup. »")
        .objectives(vec![
            objective("Reprendre le collège à temps partiel, puis élargir au rythme de Léo", t(-44), InProgress)
                .measured(
                    "Matinées de présence par semaine, relevées par Léo dans son tableau et vérifiées avec le collège.",
                    "Deux matinées tenues six semaines de suite, puis une troisième ajoutée avec l’accord de Léo.",
                )
                .until(t(45))
                .gas(
                    [
                        "Plus aucune présence au collège",
                        "Présences irrégulières, moins de deux matinées par semaine",
                        "Deux matinées tenues six semaines, une troisième décidée avec Léo",
                        "Trois matinées par semaine tenues",
                        "Trois matinées et un cours choisi par Léo en classe ordinaire",
                    ],
                    -2,
                    3,
                    2,
                )
                .view("Léo : « Trois matinées, peut-être. Mais c’est moi qui choisis laquelle. »")
                .needs(&[L_SCHOOL, L_SENSORY])
                .actions(vec![
                    act(
                        "Réunir l’équipe de suivi de la scolarisation et actualiser le PPS",
                        Partner("Collège de secteur"),
                        t(-44),
                    )
                    .due(t(-28))
                    .postponed(
                        t(-30),
                        t(-14),
                        "Enseignant référent indisponible ; nouvelle date fixée avec la principale.",
                    )
                    .done(t(-14))
                    .service("2.3.3.1"),
                    act("Préparer sa fiche de présentation avec l’ergothérapeute", Person, t(-28))
                        .due(t(-15))
                        .done(t(-16))
                        .service("2.3.1.1"),
                    act("Tenir son tableau des matinées, relu chaque vendredi", Person, t(-14)).due(t(45)).doing(),
                    act(
                        "Faire le point à trois semaines avec la principale et l’enseignant référent",
                        Referent,
                        t(-14),
                    )
                    .due(t(7))
                    .service("2.3.3.1"),
                ]),
            objective("Obtenir l’AESH et les aménagements du brevet", t(-14), InProgress)
                .measured(
                    "AESH présente aux matinées ; aménagements d’examen notifiés.",
                    "L’AESH accompagne Léo dès janvier et les aménagements (salle à part, temps majoré, casque) sont \
                     accordés.",
                )
                .until(t(30))
                .gas(
                    [
                        "Ni AESH ni demande d’aménagements",
                        "AESH notifiée mais pas recrutée",
                        "AESH recrutée et demande d’aménagements déposée",
                        "AESH présente à chaque matinée et aménagements accordés",
                        "Brevet blanc passé avec ses aménagements",
                    ],
                    -1,
                    2,
                    2,
                )
                .view(
                    "Sa mère : « Une AESH sur le papier, ça ne l’aide pas. » Léo : « Si elle parle doucement, \
                     d’accord. »",
                )
                .needs(&[L_AESH, L_BREVET])
                .actions(vec![
                    act("Relancer le service de l’école inclusive sur le recrutement de l’AESH", Referent, t(-14))
                        .due(t(-3))
                        .doing()
                        .service("2.3.1.2"),
                    act(
                        "Déposer la demande d’aménagements d’examen pour le brevet",
                        Partner("Collège de secteur"),
                        t(-14),
                    )
                    .due(t(25))
                    .service("2.3.3.1"),
                    act("Présenter lui-même son plan de crise à l’AESH à son arrivée", Person, t(-14)).due(t(30)),
                ]),
            objective("Découvrir un métier des transports par un stage d’observation aménagé", t(-40), Upcoming)
                .measured(
                    "Stage d’observation réalisé ; avis de Léo recueilli par écrit après le stage.",
                    "Léo a passé au moins une journée dans un service de transport et sait dire ce qui lui a plu ou \
                     non.",
                )
                .until(t(100))
                .gas(
                    [
                        "Aucune démarche d’orientation",
                        "Projet exprimé, aucun contact",
                        "Une journée d’observation réalisée, au calme",
                        "Deux journées et des vœux d’orientation écrits avec la psychologue",
                        "Orientation choisie par Léo et acceptée",
                    ],
                    -1,
                    2,
                    2,
                )
                .view("Léo : « Les horaires, les plans de lignes. Pas la conduite : il y a les gens. »")
                .needs(&[L_JOBS, L_ORIENTATION])
                .actions(vec![
                    act(
                        "Rencontrer la psychologue de l’Éducation nationale pour l’orientation",
                        Partner("Collège de secteur"),
                        t(-40),
                    )
                    .due(t(20))
                    .service("2.3.3.2"),
                    act(
                        "Chercher avec Léo un service de transport qui l’accueille une journée, au calme",
                        Referent,
                        t(-40),
                    )
                    .due(t(60))
                    .service("2.3.3.2"),
                ]),
        ]);
    let calm = axis("Retrouver du calme : crises, sommeil, soins", t(-44))
        .why(
            "Au début de l’accompagnement, crises deux à trois fois par semaine, endormissement vers trois heures du \
             matin et soins dentaires en échec à cause du bruit.",
        )
        .needs(&[L_CRISIS, L_SLEEP, L_DENTIST, L_SENSORY, L_VISUAL])
        .participation(
            "Léo écrit lui-même ses outils (plan de crise, agenda du sommeil) ; ses parents et le pédopsychiatre les \
             relisent avec lui, en téléconsultation si besoin.",
        )
        .view("Léo : « Quand je mets le casque, ils savent qu’il faut me laisser. Le reste, on peut essayer. »")
        .objectives(vec![
            objective("Écrire le plan de crise et le faire vivre hors de la maison", t(-40), InProgress)
                .measured(
                    "Crises par semaine, notées par les parents ; plan connu de chaque lieu que fréquente Léo.",
                    "Plan de crise partagé avec le collège et l’accueil temporaire ; pas plus de deux crises par mois.",
                )
                .until(t(40))
                .gas(
                    [
                        "Crise avec intervention des secours ou passage aux urgences",
                        "Une crise par semaine, plan connu de la famille seulement",
                        "Plan partagé avec le collège et l’accueil temporaire, au plus deux crises par mois",
                        "Au plus une crise par mois, gérée avec le plan",
                        "Aucune crise en deux mois ; Léo se retire seul au calme quand ça monte",
                    ],
                    -2,
                    3,
                    2,
                )
                .view("Léo : « Le plan, c’est moi qui l’ai écrit. Les autres, il faut juste qu’ils le lisent. »")
                .needs(&[L_CRISIS])
                .actions(vec![
                    act("Écrire le plan de crise avec Léo et ses parents", Partner("Pédopsychiatre libéral"), t(-40))
                        .due(t(-18))
                        .done(t(-18))
                        .service("2.1.1.1"),
                    act(
                        "Transmettre le plan de crise au collège, avec l’accord de Léo et de ses parents",
                        Referent,
                        t(-18),
                    )
                    .due(t(-10))
                    .done(t(-12))
                    .service("2.4.1"),
                    act(
                        "Présenter son plan à l’équipe de l’accueil temporaire avant le prochain séjour",
                        Person,
                        t(-12),
                    )
                    .due(t(4)),
                    act("Faire le bilan des crises du mois", Partner("Pédopsychiatre libéral"), t(-12))
                        .due(t(30))
                        .service("2.1.1.1"),
                ]),
            objective("Retrouver un rythme de sommeil", t(-44), InProgress)
                .measured(
                    "Heure d’endormissement notée par Léo dans son agenda du sommeil.",
                    "Endormissement avant minuit au moins cinq soirs sur sept.",
                )
                .until(t(20))
                .gas(
                    [
                        "Endormissement après quatre heures du matin",
                        "Endormissement vers trois heures",
                        "Avant minuit cinq soirs sur sept",
                        "Avant minuit tous les soirs",
                        "Avant vingt-trois heures et réveil seul les matins de collège",
                    ],
                    -1,
                    2,
                    3,
                )
                .view("Léo : « Je dors quand j’ai fini ma partie. Bon, d’accord, on essaie sans l’écran. »")
                .needs(&[L_SLEEP, L_VISUAL])
                .actions(vec![
                    act("Tenir un agenda du sommeil pendant trois semaines", Person, t(-44)).due(t(-23)).done(t(-22)),
                    act(
                        "Revoir le traitement à partir de l’agenda du sommeil",
                        Partner("Pédopsychiatre libéral"),
                        t(-22),
                    )
                    .due(t(-5))
                    .service("2.1.1.1"),
                    act(
                        "Choisir un rituel du coucher sans écran, affiché dans son emploi du temps visuel",
                        Person,
                        t(-22),
                    )
                    .due(t(20))
                    .doing()
                    .service("2.2.1"),
                ]),
            objective("Se faire soigner les dents dans un cabinet adapté", t(-40), InProgress)
                .measured(
                    "Visite de familiarisation faite ; bilan et soins réalisés.",
                    "Bilan et soins dentaires faits dans un cabinet formé à l’autisme, sans contention.",
                )
                .until(t(75))
                .gas(
                    [
                        "Douleur dentaire et soins en urgence",
                        "Aucun rendez-vous depuis deux échecs",
                        "Familiarisation faite puis bilan réalisé",
                        "Soins faits en deux séances au plus",
                        "Léo prend lui-même son prochain rendez-vous de contrôle",
                    ],
                    -1,
                    2,
                    3,
                )
                .view("Léo : « Si je garde le casque et qu’on me montre la fraise avant, je veux bien voir. »")
                .needs(&[L_DENTIST, L_SENSORY])
                .actions(vec![
                    act("Contacter le réseau de soins bucco-dentaires adaptés du territoire", Referent, t(-40))
                        .due(t(-30))
                        .done(t(-31))
                        .service("2.4.1"),
                    act(
                        "Préparer la visite avec un scénario en images du cabinet",
                        Partner("Centre ressources autisme"),
                        t(-31),
                    )
                    .due(t(-15))
                    .done(t(-17))
                    .service("2.2.2"),
                    act("Visite de familiarisation au cabinet, sans soin, avec son casque", Person, t(-17)).due(t(12)),
                ]),
        ]);
    let family = axis("Souffler en famille et rencontrer des jeunes de son âge", t(-44))
        .why(
            "Parents épuisés, qui dorment quatre à cinq heures par nuit ; sœur de Léo en retrait ; Léo n’a d’amis \
             qu’en ligne. Le premier week-end de répit a tout changé, disent ses parents.",
        )
        .needs(&[L_RESPITE, L_GUIDANCE, L_PEERS])
        .participation(
            "Entretiens au domicile avec les parents un jeudi sur deux, en fin de journée ; Léo fixe lui-même les \
             conditions de ses séjours et les note.",
        )
        .view(
            "Léo : « Un week-end par mois, d’accord, mais pas celui de la sortie du nouveau jeu. » Sa mère : « Savoir \
             qu’il y a une date, ça nous tient. »",
        )
        .objectives(vec![
            objective("Un week-end de répit par mois en accueil temporaire", t(-30), InProgress)
                .measured(
                    "Week-ends réalisés sur les quatre prochains mois ; sommeil des parents, selon eux.",
                    "Un week-end par mois pendant quatre mois, réservé à l’avance et préparé avec Léo.",
                )
                .until(t(100))
                .gas(
                    [
                        "Aucun séjour, un parent en arrêt pour épuisement",
                        "Séjours ponctuels, sans calendrier",
                        "Un week-end par mois pendant quatre mois",
                        "Un week-end par mois et un séjour pendant les vacances",
                        "Calendrier de l’année fixé ; Léo demande lui-même à y aller",
                    ],
                    -2,
                    3,
                    2,
                )
                .view("Léo : « La cantine, non. Le reste, ça va. »")
                .needs(&[L_RESPITE])
                .actions(vec![
                    act("Organiser le premier week-end en accueil temporaire", Partner("Plateforme de répit"), t(-30))
                        .due(t(-12))
                        .done(t(-12)),
                    act("Réserver les week-ends de décembre à mars", Partner("Plateforme de répit"), t(-10)).due(t(6)),
                    act("Préparer chaque séjour avec ses parents : sac, casque, menus de la cantine", Person, t(-10))
                        .due(t(25))
                        .doing(),
                ]),
            objective("Poursuivre la guidance parentale et soutenir la sœur de Léo", t(-20), InProgress)
                .measured(
                    "Séances suivies sur six ; venue de la sœur de Léo au groupe fratrie.",
                    "Les parents ont suivi les six séances et utilisent au moins deux outils à la maison ; la sœur de \
                     Léo a un espace à elle.",
                )
                .until(t(60))
                .gas(
                    [
                        "Programme interrompu, tensions en hausse",
                        "Séances suivies de façon irrégulière",
                        "Six séances suivies, deux outils utilisés à la maison",
                        "La sœur de Léo va aussi au groupe fratrie chaque mois",
                        "Les parents témoignent à leur tour auprès d’autres familles",
                    ],
                    -1,
                    2,
                    1,
                )
                .view(
                    "Son père : « On apprend à ne plus discuter pendant la crise. Ce n’est pas naturel, mais ça \
                     marche. »",
                )
                .needs(&[L_GUIDANCE])
                .actions(vec![
                    act(
                        "Animer le programme de guidance parentale en six séances",
                        Partner("Centre ressources autisme"),
                        t(-20),
                    )
                    .due(t(50))
                    .doing()
                    .service("2.3.3.5"),
                    act("Accueillir la sœur de Léo au groupe fratrie", Partner("Plateforme de répit"), t(-15))
                        .due(t(-10))
                        .done(t(-11))
                        .service("2.3.4.1"),
                ]),
            objective("Rencontrer des jeunes de son âge autour de ses centres d’intérêt", t(-10), Upcoming)
                .measured(
                    "Séances du groupe d’habiletés sociales suivies ; visite du club d’informatique.",
                    "Léo suit une session du groupe d’habiletés sociales et a visité le club d’informatique.",
                )
                .until(t(90))
                .view("Léo : « Un club d’informatique, oui. Un groupe pour apprendre à parler, je ne sais pas. »")
                .needs(&[L_PEERS])
                .actions(vec![
                    act(
                        "Entretien d’accueil pour le groupe d’habiletés sociales",
                        Partner("Maison des adolescents"),
                        t(-10),
                    )
                    .due(t(21))
                    .service("2.2.2"),
                    act(
                        "Visiter le club d’informatique de la commune avec Léo, un jour sans affluence",
                        Referent,
                        t(-10),
                    )
                    .due(t(35))
                    .service("2.3.4.2"),
                ]),
        ]);
    let daily = axis("Droits, budget et autonomie au quotidien", t(-44))
        .why(
            "Les parents ne savent plus quels droits sont ouverts ; le complément d’AEEH n’a pas été demandé alors que \
             la mère a cessé de travailler. Léo veut apprendre à se déplacer seul, et sa chambre reste son refuge.",
        )
        .needs(&[L_RIGHTS, L_AEEH, L_AEEH_OR_PCH, L_TRAM, L_ROOM])
        .participation(
            "Rendez-vous avec les parents au domicile, Léo présent pour ce qui le concerne ; calendrier des droits \
             affiché dans la cuisine et mis à jour à chaque rendez-vous.",
        )
        .view("Léo : « Le tramway, je connais déjà les horaires. Il manque juste que je le prenne. »")
        .objectives(vec![
            objective("Faire le point sur les droits et obtenir le complément d’AEEH", t(-44), InProgress)
                .measured(
                    "Calendrier des droits tenu à jour ; demande de complément d’AEEH déposée puis notifiée.",
                    "Demande déposée à la MDPH et calendrier partagé avec la famille ; complément notifié avant la \
                     prochaine réunion du PAG.",
                )
                .until(t(30))
                .gas(
                    [
                        "Aucune demande déposée, un droit perdu",
                        "Droits connus, demande non déposée",
                        "Demande de complément déposée, calendrier partagé",
                        "Complément d’AEEH notifié",
                        "Complément notifié et parents autonomes pour suivre le calendrier",
                    ],
                    -2,
                    2,
                    1,
                )
                .view("Sa mère : « Si le complément arrive, je pourrai souffler sur le crédit. »")
                .needs(&[L_RIGHTS, L_AEEH, L_AEEH_OR_PCH])
                .actions(vec![
                    act("Établir avec les parents le calendrier des droits et des demandes en cours", Referent, t(-44))
                        .due(t(-35))
                        .done(t(-36))
                        .service("2.3.5.1"),
                    act("Comparer le complément d’AEEH et la PCH avec les parents", Referent, t(-36))
                        .due(t(-25))
                        .done(t(-26))
                        .service("2.3.5.1"),
                    act("Déposer la demande de complément d’AEEH à la MDPH", Person, t(-26))
                        .due(t(-14))
                        .postponed(
                            t(-15),
                            t(-7),
                            "Certificat médical à refaire : le formulaire transmis n’était plus valable.",
                        )
                        .service("2.3.5.1"),
                ]),
            objective("Prendre seul le tramway jusqu’au collège, aux heures creuses", t(-40), Upcoming)
                .measured(
                    "Trajets faits seul, avec un message envoyé à l’arrivée.",
                    "Léo fait seul le trajet du collège aux heures creuses, deux fois par semaine.",
                )
                .until(t(120))
                .gas(
                    [
                        "Refus de monter dans le tramway",
                        "Trajets seulement en voiture avec sa mère",
                        "Trajet seul deux fois par semaine aux heures creuses",
                        "Trajet seul tous les jours de collège",
                        "Un nouveau trajet choisi par Léo, fait seul",
                    ],
                    -1,
                    2,
                    3,
                )
                .view("Léo : « Avec le casque, et pas à l’heure de la sortie des lycées. »")
                .needs(&[L_TRAM])
                .actions(vec![
                    act("Faire le trajet trois fois avec Léo, aux heures creuses", Referent, t(-20))
                        .due(t(30))
                        .service("2.3.4.3"),
                    act("Faire le trajet seul et envoyer un message à l’arrivée", Person, t(-20)).due(t(90)),
                ]),
            objective("Réparer et sécuriser sa chambre", t(-44), Achieved)
                .measured(
                    "Porte réparée ; Léo juge sa chambre de nouveau calme.",
                    "Chambre réparée et aménagée avec Léo, lieu d’apaisement reconnu par toute la famille.",
                )
                .until(t(-20))
                .gas(
                    [
                        "Chambre inutilisable",
                        "Porte cassée, chambre ouverte au bruit",
                        "Porte réparée et chambre aménagée avec Léo",
                        "Léo s’y retire de lui-même au début d’une crise",
                        "Plus aucune plainte des voisins depuis deux mois",
                    ],
                    -1,
                    1,
                    1,
                )
                .view("Léo : « Ma porte est réparée. Maintenant, on frappe avant d’entrer. »")
                .needs(&[L_ROOM])
                .actions(vec![
                    act("Réparer la porte avec son père, un samedi", Person, t(-44)).due(t(-30)).done(t(-32)),
                    act("Demander conseil pour isoler la chambre du bruit", Referent, t(-40))
                        .due(t(-25))
                        .done(t(-28))
                        .service("2.3.2.1"),
                ]),
        ]);
    DemoPlan { pseudonym: "Léo, 15 ans", axes: vec![school, calm, family, daily] }
}

// Mme D.: the needs of the latest revision of each domain.
const D_MEDICINES: Need = ("sante", "Sécuriser la prise des médicaments (passage infirmier, pilulier préparé)");
const D_WEIGHT: Need = ("sante", "Surveiller le poids et l’alimentation");
const D_HOME_HELP: Need = ("autonomie", "Aide à domicile pour les repas, les courses et le linge");
const D_LANDMARKS: Need = ("autonomie", "Repères dans le temps : agenda, calendrier, accueil de jour");
const D_RETURN: Need = ("vie-sociale", "Préparer le retour à domicile et l’essai d’accueil de jour");
const D_RESPITE: Need = ("vie-sociale", "Répit régulier pour sa fille après le séjour");
const D_PROTECTION: Need = (
    "securite",
    "Mesure de protection adaptée : habilitation familiale, certificat d’un médecin inscrit sur la liste du procureur",
);
const D_SAFE_HOME: Need = ("securite", "Téléassistance et sécurisation du domicile (coupe-gaz, détecteur de fumée)");

/// Mme D., 78 ans, accompaniment paused during a respite stay: the plan waits for her return.
fn madame_d(today: NaiveDate) -> DemoPlan {
    let t = |days: i64| day(today, days);
    let home = axis("Vivre chez elle en sécurité", t(-115))
        .why(
            "Oublis de traitement, casserole oubliée sur le feu, devis signé avec un démarcheur : Mme D. veut rester \
             chez elle, ce qui suppose de sécuriser les médicaments, les repas, la maison et les papiers.",
        )
        .needs(&[D_MEDICINES, D_WEIGHT, D_HOME_HELP, D_PROTECTION, D_SAFE_HOME])
        .participation(
            "Visites au domicile le vendredi matin, sa fille présente une fois sur deux ; Mme D. reçoit seule la \
             référente quand elle le souhaite.",
        )
        .view("« Chez moi, je sais où sont les choses. Si on m’aide un peu, je m’en sors. »")
        .objectives(vec![
            objective("Sécuriser les médicaments et les repas", t(-115), Achieved)
                .measured(
                    "Pilulier vide à chaque passage infirmier ; poids mesuré chaque mois par le médecin traitant.",
                    "Plus d’oubli de traitement et poids stable sur deux mois.",
                )
                .until(t(-60))
                .gas(
                    [
                        "Erreur de traitement suivie d’une hospitalisation",
                        "Oublis fréquents et perte de poids",
                        "Passage infirmier quotidien et poids stable deux mois",
                        "Poids repris",
                        "Mme D. rappelle elle-même l’heure du passage infirmier",
                    ],
                    -1,
                    3,
                    1,
                )
                .view("« L’infirmière est gentille, alors je veux bien. »")
                .needs(&[D_MEDICINES, D_WEIGHT, D_HOME_HELP])
                .actions(vec![
                    act(
                        "Prescrire le passage infirmier et la préparation du pilulier",
                        Partner("Médecin traitant (cabinet de la commune)"),
                        t(-115),
                    )
                    .due(t(-105))
                    .done(t(-110))
                    .service("2.1.1.2"),
                    act(
                        "Mettre en place l’aide à domicile de l’APA : repas, courses, linge",
                        Partner("Association d’aide à domicile"),
                        t(-100),
                    )
                    .due(t(-80))
                    .done(t(-84))
                    .service("2.3.2.2"),
                    act(
                        "Peser Mme D. chaque mois et adapter les repas",
                        Partner("Médecin traitant (cabinet de la commune)"),
                        t(-105),
                    )
                    .due(t(-60))
                    .done(t(-60))
                    .service("2.1.1.1"),
                ]),
            objective("Protéger ses intérêts et sécuriser la maison", t(-88), InProgress)
                .measured(
                    "Requête en habilitation familiale déposée ; téléassistance et détecteur de fumée installés.",
                    "Habilitation familiale au profit de sa fille demandée au juge ; maison équipée avant le retour de \
                     Mme D.",
                )
                .until(t(40))
                .gas(
                    [
                        "Nouvel abus de faiblesse ou accident domestique",
                        "Aucune mesure demandée, maison non équipée",
                        "Requête déposée et maison équipée",
                        "Habilitation familiale prononcée",
                        "Mme D. appelle sa fille avant d’ouvrir à un inconnu",
                    ],
                    -1,
                    3,
                    2,
                )
                .view("« Ma fille, oui. Un juge, s’il le faut. Mais qu’on ne me traite pas comme une enfant. »")
                .needs(&[D_PROTECTION, D_SAFE_HOME])
                .actions(vec![
                    act("Installer la téléassistance", Partner("CCAS"), t(-88))
                        .due(t(-75))
                        .done(t(-78))
                        .service("2.2.3"),
                    act("Installer un coupe-gaz et un détecteur de fumée, avec sa fille", Person, t(-88))
                        .due(t(-60))
                        .done(t(-66)),
                    act(
                        "Obtenir le certificat circonstancié d’un médecin inscrit sur la liste du procureur",
                        Person,
                        t(-88),
                    )
                    .due(t(-45))
                    .done(t(-40)),
                    act("Déposer la requête en habilitation familiale au tribunal", Person, t(-40))
                        .due(t(-15))
                        .postponed(
                            t(-22),
                            t(30),
                            "Accompagnement suspendu pendant l’hébergement temporaire ; sa fille est opérée ce \
                             mois-ci.",
                        )
                        .service("2.3.5.3"),
                ]),
        ]);
    let back_home = axis("Préparer le retour à domicile et le répit de sa fille", t(-22))
        .why(
            "Mme D. est en hébergement temporaire pour six semaines, le temps que sa fille se repose et soit opérée ; \
             elle tient à rentrer chez elle.",
        )
        .needs(&[D_RETURN, D_LANDMARKS, D_MEDICINES, D_WEIGHT, D_HOME_HELP, D_RESPITE])
        .participation(
            "Accompagnement suspendu pendant le séjour ; une visite à l’EHPAD avant la fin du séjour avec Mme D. et sa \
             fille, puis reprise au domicile.",
        )
        .view("« Qu’on me ramène chez moi, et après on verra pour l’accueil de jour. »")
        .objectives(vec![
            objective("Rentrer chez elle et essayer l’accueil de jour", t(-22), Upcoming)
                .measured(
                    "Retour au domicile à la date prévue ; journées d’accueil de jour essayées.",
                    "Mme D. est rentrée chez elle avec ses aides remises en place et a essayé l’accueil de jour deux \
                     fois.",
                )
                .until(t(35))
                .gas(
                    [
                        "Entrée définitive en EHPAD sans l’accord de Mme D.",
                        "Retour reporté",
                        "Retour à la date prévue, aides en place, deux journées d’accueil de jour",
                        "Accueil de jour adopté deux fois par semaine",
                        "Mme D. y retrouve des personnes qu’elle connaît et en parle avec plaisir",
                    ],
                    -1,
                    3,
                    2,
                )
                .view("« L’accueil de jour, je veux bien voir. Si ça ne me plaît pas, je n’y retourne pas. »")
                .needs(&[D_RETURN, D_LANDMARKS, D_MEDICINES, D_WEIGHT, D_HOME_HELP])
                .actions(vec![
                    act(
                        "Visiter l’accueil de jour avec Mme D. avant la fin du séjour",
                        Partner("Plateforme de répit"),
                        t(-22),
                    )
                    .due(t(10))
                    .service("2.3.4.2"),
                    act(
                        "Remettre en place pour le jour du retour l’aide à domicile, le passage infirmier et la pesée \
                         mensuelle",
                        Referent,
                        t(-22),
                    )
                    .due(t(12))
                    .service("2.4.1"),
                    act(
                        "Afficher dans la cuisine un calendrier du retour, avec les jours d’accueil de jour",
                        Person,
                        t(-22),
                    )
                    .due(t(14)),
                ]),
            objective("Un répit régulier pour sa fille", t(-22), Upcoming)
                .measured(
                    "Temps de répit pris par sa fille chaque mois.",
                    "Sa fille a deux jours de répit par mois au moins et rejoint un groupe d’aidants.",
                )
                .until(t(90))
                .view("« Ma fille, je lui dis de vivre sa vie. Qu’elle aille à son groupe, ça lui fera du bien. »")
                .needs(&[D_RESPITE])
                .actions(vec![
                    act(
                        "Proposer à sa fille le groupe des aidants et un entretien individuel",
                        Partner("Plateforme de répit"),
                        t(-22),
                    )
                    .due(t(30)),
                ]),
        ]);
    DemoPlan { pseudonym: "Mme D.", axes: vec![home, back_home] }
}

// Inès: the needs of the latest revision of each domain.
const I_SOCIAL_HOUSING: Need =
    ("logement", "Préparer la sortie du foyer : demande de logement social, garantie locative");
const I_RUN_A_HOME: Need = ("logement", "Apprendre à gérer un logement (entretien, factures, assurance)");
const I_CMP: Need = ("sante", "Maintenir le suivi au CMP pendant et après la fin du contrat jeune majeur");
const I_CRISIS: Need = ("sante", "Repérer et prévenir les moments de crise avec l’équipe du CMP");
const I_C2S: Need = ("ressources", "Renouveler la complémentaire santé solidaire");
const I_BUDGET: Need = ("ressources", "Construire un budget pour l’après-contrat (APL, prime d’activité)");
const I_CAP: Need = ("emploi", "Obtenir le CAP et préparer une embauche à l’issue");
const I_SCHEDULE: Need = ("emploi", "Concilier les rendez-vous de soins avec les horaires de travail et du CFA");

/// Inès, 19 ans, contrat jeune majeur: leaving the ASE with a home, her care and her diploma.
fn ines(today: NaiveDate) -> DemoPlan {
    let t = |days: i64| day(today, days);
    let home = axis("Un logement à soi à la fin du contrat jeune majeur", t(-24))
        .why(
            "Le contrat jeune majeur prend fin dans sept mois sans solution de logement prévue ; Inès veut un \
             appartement à elle, pas un autre foyer.",
        )
        .needs(&[I_SOCIAL_HOUSING, I_RUN_A_HOME, I_C2S, I_BUDGET])
        .participation(
            "Entretiens au service le mercredi après le CFA, avec son éducatrice ASE une fois sur deux ; Inès fait \
             elle-même ses démarches en ligne, on lui montre une fois.",
        )
        .view("« Un appart à moi, même petit. Je veux faire les démarches moi-même, qu’on me montre une fois. »")
        .objectives(vec![
            objective("Déposer la demande de logement social et obtenir une garantie locative", t(-24), InProgress)
                .measured(
                    "Numéro unique de demande obtenu ; garantie locative accordée.",
                    "Demande active et garantie accordée quatre mois avant la fin du contrat jeune majeur.",
                )
                .until(t(60))
                .gas(
                    [
                        "Aucune demande, sortie sans solution",
                        "Projet exprimé, aucune démarche",
                        "Demande déposée et garantie locative accordée",
                        "Proposition de logement reçue",
                        "Bail signé avant la fin du contrat",
                    ],
                    -1,
                    3,
                    2,
                )
                .view("« Le numéro de demande, je l’ai pris en photo. C’est un début. »")
                .needs(&[I_SOCIAL_HOUSING])
                .actions(vec![
                    act("Déposer en ligne la demande de logement social", Person, t(-24))
                        .due(t(-14))
                        .done(t(-17))
                        .service("2.3.2.1"),
                    act("Demander la garantie locative Visale", Person, t(-17)).due(t(5)).doing(),
                    act(
                        "Rédiger l’évaluation de sortie et la transmettre au bailleur social",
                        Partner("Aide sociale à l’enfance"),
                        t(-17),
                    )
                    .due(t(40))
                    .service("2.3.2.1"),
                ]),
            objective(
                "Renouveler la complémentaire santé solidaire et bâtir le budget de l’après-contrat",
                t(-24),
                InProgress,
            )
            .measured(
                "Complémentaire renouvelée avant l’échéance ; budget mensuel de l’après-contrat écrit par Inès.",
                "Aucune rupture de couverture santé ; Inès connaît ses ressources et ses charges après le contrat.",
            )
            .until(t(27))
            .gas(
                [
                    "Couverture santé interrompue",
                    "Échéance connue, rien de fait",
                    "Complémentaire renouvelée et budget de l’après-contrat écrit",
                    "Budget tenu deux mois sans découvert",
                    "Inès met un peu de côté chaque mois",
                ],
                -1,
                2,
                1,
            )
            .view("« L’argent, je sais le gagner. Le garder, j’apprends. »")
            .needs(&[I_C2S, I_BUDGET, I_RUN_A_HOME])
            .actions(vec![
                act("Simuler l’APL et la prime d’activité pour l’après-contrat", Referent, t(-24))
                    .due(t(-18))
                    .done(t(-19))
                    .service("2.3.5.1"),
                act("Renouveler en ligne la complémentaire santé solidaire", Person, t(-19)).due(t(-6)).doing(),
                act("Atelier logement : budget, factures, assurance habitation", Partner("Mission locale"), t(-19))
                    .due(t(21))
                    .service("2.3.5.2"),
            ]),
        ]);
    let care = axis("Prendre soin de soi et obtenir son CAP", t(-24))
        .why(
            "Suivie au CMP pour un trouble anxio-dépressif, Inès a manqué deux rendez-vous pendant une période \
             d’examens ; son maître d’apprentissage signale des retards. L’examen du CAP a lieu dans cinq mois.",
        )
        .needs(&[I_CMP, I_CRISIS, I_CAP, I_SCHEDULE])
        .participation(
            "Inès choisit ce qui est partagé avec l’infirmière du CMP et avec son maître d’apprentissage ; rien n’est \
             transmis sans son accord.",
        )
        .view("« En cuisine, je suis bien. Le CMP, j’y vais, mais à mes heures. »")
        .objectives(vec![
            objective("Garder le suivi au CMP pendant les examens et après le contrat", t(-24), InProgress)
                .measured(
                    "Rendez-vous du CMP honorés sur rendez-vous prévus ; plan de prévention de crise écrit.",
                    "Aucun rendez-vous manqué sans prévenir ; un plan de prévention écrit avec l’infirmière.",
                )
                .until(t(150))
                .gas(
                    [
                        "Suivi interrompu ou hospitalisation",
                        "Rendez-vous manqués pendant les examens",
                        "Rendez-vous tenus et plan de prévention écrit",
                        "Inès s’est servie de son plan lors d’un moment difficile",
                        "Suivi organisé avec le CMP pour l’après-contrat, à son initiative",
                    ],
                    -1,
                    3,
                    2,
                )
                .view("« Quand ça va mal, je m’enferme. Si c’est écrit quelque part, je saurai quoi faire. »")
                .needs(&[I_CMP, I_CRISIS, I_SCHEDULE])
                .actions(vec![
                    act("Caler les rendez-vous du CMP sur les jours de CFA", Person, t(-24)).due(t(-15)).done(t(-16)),
                    act(
                        "Écrire avec Inès un plan de prévention de crise (signes, personnes à appeler)",
                        Partner("CMP adultes du secteur"),
                        t(-16),
                    )
                    .due(t(14))
                    .service("2.1.1.2"),
                ]),
            objective("Obtenir le CAP cuisine et préparer l’embauche", t(-24), InProgress)
                .measured(
                    "Retards signalés chaque mois par le maître d’apprentissage ; résultat à l’examen.",
                    "CAP obtenu ; une piste d’embauche identifiée avant la fin du contrat d’apprentissage.",
                )
                .until(t(140))
                .gas(
                    [
                        "Rupture du contrat d’apprentissage",
                        "Retards répétés signalés",
                        "CAP obtenu",
                        "CAP obtenu et promesse d’embauche",
                        "Contrat à durée indéterminée signé",
                    ],
                    -1,
                    3,
                    2,
                )
                .view("« Je veux mon CAP, et après être embauchée. Là où je suis, ou ailleurs. »")
                .needs(&[I_CAP, I_SCHEDULE])
                .actions(vec![
                    act(
                        "Faire le point à trois avec Inès et son maître d’apprentissage sur les retards",
                        Referent,
                        t(-20),
                    )
                    .due(t(-10))
                    .done(t(-12))
                    .service("2.3.3.1"),
                    act("Préparer l’après-CAP avec une conseillère", Partner("Mission locale"), t(-12))
                        .due(t(45))
                        .service("2.3.3.2"),
                    act("Réviser les épreuves pratiques avec le CFA", Person, t(-12)).due(t(130)).doing(),
                ]),
        ]);
    DemoPlan { pseudonym: "Inès, 19 ans", axes: vec![home, care] }
}

// M. K.: the needs of the latest revision of each domain.
const K_RESIDENCE: Need =
    ("logement", "Entrer en résidence accueil et s’approprier le logement (ameublement, règles de vie)");
const K_FSL: Need = ("logement", "Demander une aide à l’installation au FSL");
const K_TREATMENT: Need = ("sante", "Maintenir le traitement et le lien avec le CMP");
const K_GP: Need = ("sante", "Déclarer un médecin traitant et faire un bilan de santé");
const K_MONEY: Need =
    ("securite", "Se protéger des sollicitations financières (autre jour de versement, carte de retrait plafonnée)");

/// M. K., SAVS, out of contact for 78 days: the plan shows what slips when the link is lost.
fn monsieur_k(today: NaiveDate) -> DemoPlan {
    let t = |days: i64| day(today, days);
    let home = axis("Un chez-soi : de l’hôtel à la résidence accueil", t(-275))
        .why(
            "Expulsé, hébergé chez un ami puis deux semaines à la rue, M. K. est à l’hôtel ; une place en résidence \
             accueil lui est proposée. Sans nouvelles de lui depuis plus de deux mois, la place est menacée.",
        )
        .needs(&[K_RESIDENCE, K_FSL])
        .participation(
            "Rendez-vous au SAVS ou à l’hôtel, jamais en foyer collectif ; la mandataire est associée aux décisions \
             d’argent. Depuis la perte de contact, passages à l’hôtel avec l’équipe mobile.",
        )
        .view("« Une clé à moi, c’est tout ce que je demande. »")
        .objectives(vec![
            objective("Entrer en résidence accueil et s’y installer", t(-80), InProgress)
                .measured(
                    "Admission prononcée par la commission ; contrat de résidence signé ; studio meublé.",
                    "M. K. vit en résidence accueil, dans un studio meublé, et vient à la réunion des résidents.",
                )
                .until(t(-10))
                .gas(
                    [
                        "Place perdue, retour à la rue",
                        "Toujours à l’hôtel, place réservée",
                        "Entré en résidence accueil, contrat signé",
                        "Installé et présent à la réunion du mardi",
                        "Installé depuis trois mois, sans incident",
                    ],
                    -1,
                    3,
                    3,
                )
                .view("« Là-bas, c’est calme. Si j’ai ma clé à moi, je veux bien les réunions du mardi. »")
                .needs(&[K_RESIDENCE, K_FSL])
                .actions(vec![
                    act("Transmettre le dossier d’admission (évaluation sociale, avis du CMP)", Referent, t(-80))
                        .due(t(-72))
                        .done(t(-75))
                        .service("2.3.2.1"),
                    act("Se présenter à la commission d’admission", Person, t(-75)).due(t(-45)).postponed(
                        t(-46),
                        t(-20),
                        "Commission reportée par la résidence accueil : quorum non atteint.",
                    ),
                    act(
                        "Demander l’aide à l’installation du FSL (mobilier, assurance)",
                        Partner("Service mandataire judiciaire"),
                        t(-75),
                    )
                    .due(t(20))
                    .doing()
                    .service("2.3.5.1"),
                    act(
                        "Aller à la rencontre de M. K. à l’hôtel pour reprendre contact",
                        Partner("Équipe mobile psychiatrie précarité"),
                        t(-14),
                    )
                    .due(t(2))
                    .service("2.1.1.2"),
                ]),
        ]);
    let care = axis("Soins et protection", t(-275))
        .why(
            "Schizophrénie stabilisée par une injection mensuelle au CMP ; aucun bilan somatique depuis trois ans ; \
             des connaissances lui prennent de l’argent le jour du versement.",
        )
        .needs(&[K_TREATMENT, K_GP, K_MONEY])
        .participation(
            "Rendez-vous pris le jour de l’injection au CMP, pour éviter un déplacement de plus ; la mandataire est \
             associée aux questions d’argent ; rien n’est partagé avec sa famille, à sa demande.",
        )
        .view("« L’injection, je la fais. Le reste, on verra quand j’aurai un toit. »")
        .objectives(vec![
            objective("Garder le traitement injectable et le lien avec le CMP", t(-275), InProgress)
                .measured(
                    "Injections faites à la date prévue, confirmées par l’infirmier référent.",
                    "Aucune injection manquée pendant la période d’hôtel et l’entrée en résidence accueil.",
                )
                .until(t(60))
                .gas(
                    [
                        "Arrêt du traitement et hospitalisation",
                        "Injections irrégulières, lien fragile avec le CMP",
                        "Toutes les injections faites à la date prévue",
                        "Entretien infirmier mensuel maintenu en plus de l’injection",
                        "M. K. prend seul ses rendez-vous au CMP",
                    ],
                    -1,
                    3,
                    2,
                )
                .view("« Le CMP, c’est le seul rendez-vous que je ne rate pas. »")
                .needs(&[K_TREATMENT])
                .actions(vec![
                    act(
                        "Injection mensuelle et entretien avec l’infirmier référent",
                        Partner("CMP adultes du secteur"),
                        t(-275),
                    )
                    .due(t(9))
                    .doing()
                    .service("2.1.1.2"),
                    act("Vérifier avec l’infirmier référent que M. K. vient toujours aux injections", Referent, t(-10))
                        .due(t(-3))
                        .service("2.4.1"),
                ]),
            objective("Déclarer un médecin traitant et faire un bilan de santé", t(-80), Upcoming)
                .measured(
                    "Médecin traitant déclaré à la CPAM ; examen de prévention réalisé.",
                    "M. K. a un médecin traitant près de la résidence accueil et a fait un examen de prévention en \
                     santé.",
                )
                .until(t(90))
                .gas(
                    [
                        "Problème de santé découvert en urgence",
                        "Aucun médecin traitant, aucun bilan",
                        "Médecin traitant déclaré et bilan fait",
                        "Aide à l’arrêt du tabac engagée",
                        "Suivi somatique régulier, M. K. y va seul",
                    ],
                    -1,
                    2,
                    2,
                )
                .view(
                    "« Un docteur pour le corps, je n’en ai pas besoin. Mais si c’est à côté de chez moi, pourquoi \
                     pas. »",
                )
                .needs(&[K_GP])
                .actions(vec![
                    act("Choisir un médecin traitant près de la résidence accueil", Person, t(-80)).due(t(60)),
                    act("Proposer un examen de prévention en santé", Partner("CPAM"), t(-80))
                        .due(t(90))
                        .service("2.1.1.1"),
                ]),
            objective("Se protéger des sollicitations financières", t(-255), InProgress)
                .measured(
                    "Sommes retirées chaque semaine ; sollicitations signalées par M. K. à sa mandataire.",
                    "Plus aucune somme prise par des connaissances ; M. K. dispose de son argent toute la semaine.",
                )
                .until(t(-60))
                .gas(
                    [
                        "Extorsion ou violences",
                        "Argent pris le jour du versement",
                        "Versement un autre jour et carte plafonnée, plus de sollicitation signalée",
                        "M. K. dit garder son argent toute la semaine",
                        "M. K. refuse seul les sollicitations et en parle à sa mandataire",
                    ],
                    -1,
                    3,
                    2,
                )
                .view("« Les gars du quartier, je ne leur dois rien. Un autre jour, ils ne sauront pas. »")
                .needs(&[K_MONEY])
                .actions(vec![
                    act("Changer le jour du versement hebdomadaire", Partner("Service mandataire judiciaire"), t(-255))
                        .due(t(-240))
                        .done(t(-244))
                        .service("2.3.5.3"),
                    act(
                        "Mettre en place une carte de retrait plafonnée",
                        Partner("Service mandataire judiciaire"),
                        t(-244),
                    )
                    .due(t(-220))
                    .done(t(-226))
                    .service("2.3.5.2"),
                    act("Faire le point avec M. K. et sa mandataire sur les sollicitations", Referent, t(-120))
                        .due(t(-60))
                        .service("2.3.5.3"),
                ]),
        ]);
    DemoPlan { pseudonym: "M. K.", axes: vec![home, care] }
}

// Nathan: the needs of the latest revision of each domain.
const N_IME: Need = ("scolarite", "Accompagner l’adaptation à l’IME et la continuité de l’orthophonie");
const N_LEISURE: Need = ("vie-sociale", "Accueil de loisirs adapté les après-midi et le mercredi");
const N_RESPITE: Need = ("vie-sociale", "Répit pour les parents");
const N_SPEECH: Need = ("sante", "Poursuivre l’orthophonie");
const N_EPILEPSY: Need = ("sante", "Suivi de l’épilepsie et du sommeil");

/// Nathan, 9 ans, PAG closed once admitted to the IME: a plan mostly achieved.
fn nathan(today: NaiveDate) -> DemoPlan {
    let t = |days: i64| day(today, days);
    let school = axis("Une solution adaptée : de l’attente à l’IME", t(-312))
        .why(
            "Orienté en IME sans place depuis un an, Nathan n’était scolarisé que deux heures par jour et l’école \
             demandait de réduire encore.",
        )
        .needs(&[N_IME, N_SPEECH])
        .participation(
            "Entretiens au domicile avec les deux parents, Nathan présent en début de rendez-vous avec ses puzzles ; \
             les parents relisent chaque compte rendu.",
        )
        .view("Son père : « On voulait une vraie école pour lui. On l’a. »")
        .objectives(vec![
            objective("Obtenir une admission en IME et, en attendant, un SESSAD à l’école", t(-312), Achieved)
                .measured(
                    "Interventions du SESSAD à l’école ; admission en IME prononcée.",
                    "Nathan est admis en IME avec un transport ; le SESSAD intervient à l’école en attendant.",
                )
                .until(t(-40))
                .gas(
                    [
                        "Déscolarisation complète",
                        "Deux heures d’école par jour, sans soutien",
                        "Admission en IME dans l’année",
                        "Admission avant la rentrée, transport assuré",
                        "Admission préparée par des visites, sans rupture pour Nathan",
                    ],
                    -1,
                    3,
                    3,
                )
                .view("Sa mère : « Deux heures par jour, ce n’est pas tenable. On veut une date. »")
                .needs(&[N_IME])
                .actions(vec![
                    act("Présenter la situation au groupe opérationnel de synthèse du PAG", Referent, t(-312))
                        .due(t(-290))
                        .done(t(-292))
                        .service("2.4.1"),
                    act("Intervenir à l’école en attendant l’IME", Partner("SESSAD"), t(-290))
                        .due(t(-240))
                        .done(t(-245))
                        .service("2.3.3.1"),
                    act("Accompagner les parents à la visite de pré-admission de l’IME", Referent, t(-120))
                        .due(t(-80))
                        .done(t(-85))
                        .service("2.3.1.1"),
                ]),
            objective("Réussir l’adaptation à l’IME sans interrompre l’orthophonie", t(-45), Achieved)
                .measured(
                    "Présence de Nathan à l’IME chaque jour ; bilan orthophonique transmis.",
                    "Adaptation réussie à trois semaines ; orthophonie poursuivie sans interruption.",
                )
                .until(t(-35))
                .gas(
                    [
                        "Admission remise en cause",
                        "Adaptation difficile, orthophonie interrompue",
                        "Adaptation réussie à trois semaines, orthophonie poursuivie",
                        "Relais pris par l’éducatrice référente de l’IME",
                        "Parents autonomes avec l’IME, sans besoin du PAG",
                    ],
                    -1,
                    2,
                    1,
                )
                .view("Nathan : « À l’IME, il y a des puzzles et un grand jardin. »")
                .needs(&[N_IME, N_SPEECH])
                .actions(vec![
                    act(
                        "Transmettre le bilan orthophonique à l’IME, avec l’accord des parents",
                        Partner("Orthophoniste libérale"),
                        t(-45),
                    )
                    .due(t(-38))
                    .done(t(-39))
                    .service("2.1.2.1"),
                    act(
                        "Réunion de fin d’accompagnement avec les parents et l’éducatrice référente de l’IME",
                        Referent,
                        t(-40),
                    )
                    .due(t(-35))
                    .done(t(-35))
                    .service("2.4.1"),
                ]),
        ]);
    let family = axis("Souffler en famille", t(-305))
        .why(
            "La mère de Nathan est passée à mi-temps ; aucun mode de garde n’accueillait Nathan l’après-midi et les \
             parents se relayaient sans répit.",
        )
        .needs(&[N_LEISURE, N_RESPITE, N_EPILEPSY])
        .participation(
            "Rendez-vous le mercredi, quand les grands-parents gardent Nathan ; les parents choisissent les solutions \
             à essayer.",
        )
        .view("Sa mère : « Le mercredi à l’accueil de loisirs, c’est devenu sa sortie préférée. »")
        .objectives(vec![
            objective("Accueil de loisirs adapté le mercredi et répit des parents", t(-305), PartiallyAchieved)
                .measured(
                    "Mercredis passés à l’accueil de loisirs ; temps de répit pris par les parents.",
                    "Nathan va à l’accueil de loisirs chaque mercredi ; les parents ont un week-end de répit par \
                     trimestre.",
                )
                .until(t(-150))
                .gas(
                    [
                        "Mère contrainte de cesser son emploi",
                        "Aucun accueil, parents en relais permanent",
                        "Accueil de loisirs chaque mercredi et un répit par trimestre",
                        "Accueil de loisirs aussi deux après-midi par semaine",
                        "Un séjour de vacances adapté pour Nathan",
                    ],
                    -1,
                    2,
                    2,
                )
                .view("Son père : « Le mercredi, ça marche. Le week-end de répit, on n’a pas osé. »")
                .needs(&[N_LEISURE, N_RESPITE])
                .actions(vec![
                    act("Obtenir un animateur supplémentaire à l’accueil de loisirs de la commune", Referent, t(-305))
                        .due(t(-270))
                        .done(t(-262))
                        .service("2.3.4.2"),
                    act("Proposer un week-end de répit aux parents", Partner("Plateforme de répit"), t(-262))
                        .due(t(-200))
                        .cancelled(),
                ]),
        ]);
    DemoPlan { pseudonym: "Nathan, 9 ans", axes: vec![school, family] }
}

#[cfg(test)]
mod tests {
    use std::collections::{BTreeMap, BTreeSet};

    use super::*;
    use crate::domain::diagnosis::DiagnosisEntry;
    use crate::domain::nomenclature::services;
    use crate::domain::person::PersonStatus;
    use crate::domain::plan::deadline::{Urgency, urgency};
    use crate::domain::plan::{
        Carrier, PlanAction, Postponement, action, axis as axis_rules, objective as objective_rules,
    };

    fn fixed_today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 22).unwrap()
    }

    /// Several "todays", including a leap day and a new year, so that date arithmetic is exercised.
    fn todays() -> Vec<NaiveDate> {
        vec![fixed_today(), NaiveDate::from_ymd_opt(2028, 2, 29).unwrap(), NaiveDate::from_ymd_opt(2027, 1, 1).unwrap()]
    }

    fn all_actions(plans: &[DemoPlan]) -> impl Iterator<Item = (&'static str, &DemoObjective, &DemoAction)> {
        plans.iter().flat_map(|p| {
            p.axes.iter().flat_map(move |a| {
                a.objectives.iter().flat_map(move |o| o.actions.iter().map(move |x| (p.pseudonym, o, x)))
            })
        })
    }

    fn is_late(a: &DemoAction, today: NaiveDate) -> bool {
        a.status.is_open() && a.due.is_some_and(|d| d < today)
    }

    /// The latest entry of each domain, by person: what the plan answers.
    fn latest(today: NaiveDate) -> BTreeMap<String, BTreeMap<String, DiagnosisEntry>> {
        let mut out: BTreeMap<String, BTreeMap<String, DiagnosisEntry>> = BTreeMap::new();
        for s in super::super::situations::situations(today) {
            let domains = out.entry(s.person.pseudonym.clone()).or_default();
            for e in s.entries {
                // Entries are in the order they were written: a later one replaces an earlier one.
                domains.insert(e.domain.clone(), e);
            }
        }
        out
    }

    fn as_action(a: &DemoAction) -> PlanAction {
        PlanAction {
            id: 0,
            objective_id: 0,
            position: 0,
            what: a.what.clone(),
            carrier: match a.carrier {
                DemoCarrier::Person => Carrier::Person,
                DemoCarrier::Referent => Carrier::Referent,
                DemoCarrier::Partner(_) => Carrier::Partner(0),
            },
            start: a.start,
            due: a.due,
            done_on: a.done_on,
            status: a.status,
            serafin_service: a.serafin_service.clone(),
            archived: false,
        }
    }

    #[test]
    fn one_plan_per_demo_person_in_the_same_order() {
        let today = fixed_today();
        let persons: Vec<String> =
            super::super::situations::situations(today).into_iter().map(|s| s.person.pseudonym).collect();
        let pseudonyms: Vec<String> = plans(today).iter().map(|p| p.pseudonym.to_string()).collect();
        assert_eq!(pseudonyms, persons);
    }

    #[test]
    fn every_need_is_a_need_of_the_latest_diagnosis() {
        let today = fixed_today();
        let latest = latest(today);
        for plan in plans(today) {
            let domains = &latest[plan.pseudonym];
            let mut refs = Vec::new();
            for a in &plan.axes {
                assert!(!a.axis.needs.is_empty(), "{} / {}: no need", plan.pseudonym, a.axis.title);
                refs.extend(a.axis.needs.iter().map(|n| (a.axis.title.as_str(), n)));
                for o in &a.objectives {
                    assert!(!o.objective.needs.is_empty(), "{} / {}: no need", plan.pseudonym, o.objective.title);
                    refs.extend(o.objective.needs.iter().map(|n| (o.objective.title.as_str(), n)));
                    // What an objective answers, its axis answers too.
                    for n in &o.objective.needs {
                        assert!(
                            a.axis.needs.contains(n),
                            "{} / {}: {n:?} not in its axis",
                            plan.pseudonym,
                            o.objective.title
                        );
                    }
                }
            }
            for (at, n) in refs {
                let entry = domains
                    .get(&n.domain)
                    .unwrap_or_else(|| panic!("{} / {at}: no {} entry", plan.pseudonym, n.domain));
                assert!(
                    entry.needs.iter().any(|x| x.text == n.text),
                    "{} / {at}: « {} » is not a need of the latest {} entry",
                    plan.pseudonym,
                    n.text,
                    n.domain
                );
            }
        }
    }

    #[test]
    fn every_partner_carrier_is_in_the_directory() {
        let names: BTreeSet<String> = super::super::partners::partners().into_iter().map(|p| p.name).collect();
        let plans = plans(fixed_today());
        let mut used = BTreeSet::new();
        for (who, _, a) in all_actions(&plans) {
            if let DemoCarrier::Partner(name) = a.carrier {
                assert!(names.contains(name), "{who}: unknown partner « {name} »");
                used.insert(name);
            }
        }
        assert!(used.len() >= 15, "the plans use only {} partners", used.len());
    }

    #[test]
    fn everything_validates_with_the_domain_rules_on_any_day() {
        let known = |code: &str| services().iter().any(|s| s.code == code);
        for today in todays() {
            for plan in plans(today) {
                for a in &plan.axes {
                    assert_eq!(axis_rules::validate(&a.axis), vec![], "{}", a.axis.title);
                    assert_eq!((a.axis.id, a.axis.person_id, a.axis.archived), (0, 0, false));
                    for o in &a.objectives {
                        let ob = &o.objective;
                        assert_eq!(objective_rules::validate(ob), vec![], "{}", ob.title);
                        assert_eq!((ob.id, ob.axis_id, ob.replaces, ob.archived), (0, 0, None, false));
                        for x in &o.actions {
                            assert_eq!(action::validate(&as_action(x), known), vec![], "{}", x.what);
                            let mut from = None;
                            for (on, to, reason) in &x.postponements {
                                let p = Postponement { action_id: 0, on: *on, from, to: *to, reason: reason.clone() };
                                assert_eq!(action::validate_postponement(&p), vec![], "{}", x.what);
                                assert_ne!(from, Some(*to), "{}: a postponement that moves nothing", x.what);
                                from = Some(*to);
                            }
                            if let Some(last) = from {
                                assert_eq!(x.due, Some(last), "{}: the last postponement sets the due date", x.what);
                            }
                        }
                    }
                }
            }
        }
    }

    #[test]
    fn services_are_serafin_services_of_the_direct_or_territory_kind() {
        let plans = plans(fixed_today());
        let coded = all_actions(&plans).filter(|(_, _, a)| a.serafin_service.is_some()).count();
        assert!(coded * 2 > all_actions(&plans).count(), "most actions carry a SERAFIN-PH service");
        for (who, _, a) in all_actions(&plans) {
            if let Some(code) = &a.serafin_service {
                assert!(code.starts_with("2.") || code.starts_with("3.1.5."), "{who} / {}: {code}", a.what);
            }
        }
    }

    #[test]
    fn exactly_one_readjustment_right_after_the_readjusted_objective() {
        let plans = plans(fixed_today());
        let mut readjustments = Vec::new();
        let mut readjusted = 0;
        for plan in &plans {
            for a in &plan.axes {
                for (i, o) in a.objectives.iter().enumerate() {
                    if o.objective.status == Readjusted {
                        readjusted += 1;
                        let next =
                            a.objectives.get(i + 1).expect("a readjusted objective is followed by its new version");
                        assert!(next.readjusts_previous, "{}", o.objective.title);
                    }
                    if o.readjusts_previous {
                        assert!(i > 0, "{}: nothing before it to readjust", o.objective.title);
                        let old = &a.objectives[i - 1].objective;
                        assert_eq!(old.status, Readjusted, "{}", o.objective.title);
                        assert_ne!(old.title, o.objective.title, "a readjustment rewrites the title");
                        assert_ne!(old.deadline, o.objective.deadline, "a readjustment sets a new deadline");
                        assert!(o.objective.created_on >= old.created_on);
                        assert!(o.objective.needs.iter().any(|n| old.needs.contains(n)), "same needs, another way");
                        readjustments.push(plan.pseudonym);
                    }
                }
            }
        }
        assert_eq!(readjustments, vec!["M. R."]);
        assert_eq!(readjusted, 1);
    }

    #[test]
    fn some_actions_are_done_some_late_some_due_this_week_on_any_day() {
        for today in todays() {
            let plans = plans(today);
            let late = all_actions(&plans).filter(|(_, _, a)| is_late(a, today)).count();
            let done = all_actions(&plans).filter(|(_, _, a)| a.status == ActionStatus::Done).count();
            let this_week = all_actions(&plans)
                .filter(|(_, _, a)| a.status.is_open() && a.due.is_some_and(|d| urgency(d, today) == Urgency::ThisWeek))
                .count();
            assert!(late >= 3, "{late} late");
            assert!(done >= 2, "{done} done");
            assert!(this_week >= 2, "{this_week} this week");
            assert!(all_actions(&plans).any(|(_, _, a)| a.postponements.len() == 2));
            assert!(all_actions(&plans).any(|(_, _, a)| a.status == ActionStatus::Cancelled));
            let statuses: BTreeSet<&str> = plans
                .iter()
                .flat_map(|p| &p.axes)
                .flat_map(|a| &a.objectives)
                .map(|o| o.objective.status.code())
                .collect();
            assert!(statuses.len() >= 5, "{statuses:?}");
        }
    }

    #[test]
    fn dates_are_in_the_past_except_what_is_due_and_in_a_sensible_order() {
        for today in todays() {
            let situations = super::super::situations::situations(today);
            for plan in plans(today) {
                let person = &situations.iter().find(|s| s.person.pseudonym == plan.pseudonym).unwrap().person;
                let referral = person.referral_date.unwrap();
                for a in &plan.axes {
                    let at = format!("{} / {}", plan.pseudonym, a.axis.title);
                    assert!(referral <= a.axis.created_on && a.axis.created_on <= today, "{at}");
                    for o in &a.objectives {
                        let ob = &o.objective;
                        let at = format!("{at} / {}", ob.title);
                        assert!(a.axis.created_on <= ob.created_on && ob.created_on <= today, "{at}");
                        assert!(ob.deadline.is_some(), "{at}: no deadline");
                        for x in &o.actions {
                            let at = format!("{at} / {}", x.what);
                            let start = x.start.expect("every demo action has a start");
                            assert!(ob.created_on <= start && start <= today, "{at}: start");
                            assert!(x.due.is_some(), "{at}: no due date");
                            assert_eq!(x.status == ActionStatus::Done, x.done_on.is_some(), "{at}: done ⇔ done_on");
                            if let Some(done) = x.done_on {
                                assert!(done <= today, "{at}: done in the future");
                            }
                            for (on, _, _) in &x.postponements {
                                assert!(start <= *on && *on <= today, "{at}: postponed on");
                            }
                            assert!(
                                x.postponements.windows(2).all(|w| w[0].0 <= w[1].0),
                                "{at}: postponements in order"
                            );
                        }
                    }
                }
            }
        }
    }

    #[test]
    fn closed_things_have_nothing_open() {
        let today = fixed_today();
        let situations = super::super::situations::situations(today);
        for plan in plans(today) {
            let status = situations.iter().find(|s| s.person.pseudonym == plan.pseudonym).unwrap().person.status;
            for a in &plan.axes {
                for o in &a.objectives {
                    let open_actions = o.actions.iter().filter(|x| x.status.is_open()).count();
                    if !o.objective.status.is_open() {
                        assert_eq!(
                            open_actions, 0,
                            "{} / {}: closed with open actions",
                            plan.pseudonym, o.objective.title
                        );
                    }
                    if status == PersonStatus::Closed {
                        assert!(!o.objective.status.is_open(), "{}: closed person, open objective", plan.pseudonym);
                    }
                }
            }
        }
    }

    #[test]
    fn rich_plans_for_the_first_two_lighter_ones_for_the_others() {
        let plans = plans(fixed_today());
        for plan in &plans[..2] {
            assert!((3..=4).contains(&plan.axes.len()), "{}", plan.pseudonym);
            for a in &plan.axes {
                assert!((2..=3).contains(&a.objectives.len()), "{} / {}", plan.pseudonym, a.axis.title);
                for o in &a.objectives {
                    assert!((2..=4).contains(&o.actions.len()), "{} / {}", plan.pseudonym, o.objective.title);
                }
            }
        }
        for plan in &plans[2..] {
            assert!((1..=2).contains(&plan.axes.len()), "{}", plan.pseudonym);
            assert!(plan.axes.iter().flat_map(|a| &a.objectives).all(|o| !o.actions.is_empty()), "{}", plan.pseudonym);
        }
        let nathan = plans.iter().find(|p| p.pseudonym.starts_with("Nathan")).unwrap();
        let objectives: Vec<_> = nathan.axes.iter().flat_map(|a| &a.objectives).collect();
        let achieved = objectives.iter().filter(|o| o.objective.status == Achieved).count();
        assert!(achieved * 2 > objectives.len(), "Nathan’s plan is mostly achieved");
    }

    #[test]
    fn objectives_are_measurable_and_most_open_ones_have_their_scale() {
        let plans = plans(fixed_today());
        let mut open = 0;
        let mut scaled = 0;
        for plan in &plans {
            for (ai, a) in plan.axes.iter().enumerate() {
                assert_eq!(a.axis.position, i64::try_from(ai).unwrap());
                assert!(!a.axis.rationale.trim().is_empty() && !a.axis.participation.trim().is_empty());
                for (oi, o) in a.objectives.iter().enumerate() {
                    let ob = &o.objective;
                    assert_eq!(ob.position, i64::try_from(oi).unwrap());
                    assert!(!ob.indicator.trim().is_empty(), "{}: no indicator", ob.title);
                    assert!(!ob.expected_result.trim().is_empty(), "{}: no expected result", ob.title);
                    if ob.gas.is_written() {
                        assert!(ob.gas.importance > 0 && ob.gas.difficulty > 0, "{}", ob.title);
                    }
                    if ob.status.is_open() {
                        open += 1;
                        scaled += usize::from(ob.gas.is_written());
                    }
                }
            }
        }
        assert!(scaled * 5 >= open * 4, "{scaled} of {open} open objectives have a written scale");
        assert!(scaled < open, "one or two objectives just set have no scale yet");
    }

    /// Every free text of the plans, with where it comes from.
    fn texts(plan: &DemoPlan) -> Vec<(String, &str)> {
        let mut out = Vec::new();
        for a in &plan.axes {
            let at = format!("{} / {}", plan.pseudonym, a.axis.title);
            out.push((format!("{at} title"), a.axis.title.as_str()));
            out.push((format!("{at} rationale"), a.axis.rationale.as_str()));
            out.push((format!("{at} participation"), a.axis.participation.as_str()));
            out.push((format!("{at} view"), a.axis.person_view.as_str()));
            for o in &a.objectives {
                let ob = &o.objective;
                let at = format!("{at} / {}", ob.title);
                out.push((format!("{at} title"), ob.title.as_str()));
                out.push((format!("{at} indicator"), ob.indicator.as_str()));
                out.push((format!("{at} expected"), ob.expected_result.as_str()));
                out.push((format!("{at} view"), ob.person_view.as_str()));
                for level in ob.gas.levels.iter().filter(|l| !l.is_empty()) {
                    out.push((format!("{at} GAS"), level.as_str()));
                }
                for x in &o.actions {
                    out.push((format!("{at} action"), x.what.as_str()));
                    for (_, _, reason) in &x.postponements {
                        out.push((format!("{at} / {} postponement", x.what), reason.as_str()));
                    }
                }
            }
        }
        out
    }

    #[test]
    fn texts_are_anonymous_and_typographically_french() {
        for plan in plans(fixed_today()) {
            for (at, text) in texts(&plan) {
                super::super::assert_demo_text(&at, text);
            }
            for a in &plan.axes {
                assert!(a.axis.person_view.contains('«'), "{}: axis view not quoted", a.axis.title);
                for o in &a.objectives {
                    assert!(o.objective.person_view.contains('«'), "{}: view not quoted", o.objective.title);
                }
            }
        }
    }
}
