//! Seeded synthetic caseloads for benchmarks: plausible, varied, entirely fictitious, and the same
//! for the same seed so that two runs measure the same work.

use chrono::{Days, NaiveDate};
use rusqlite::Connection;

use crate::domain::diagnosis::{DiagnosisEntry, Need, Priority};
use crate::domain::life_domain::default_domains;
use crate::domain::nomenclature;
use crate::domain::partner::{Partner, PartnerId, Sector};
use crate::domain::person::{AgeBand, DISPOSITIF_SUGGESTIONS, Person, PersonId, PersonStatus};
use crate::domain::plan::{
    ActionStatus, Axis, Carrier, GasScale, NeedRef, Objective, ObjectiveId, ObjectiveStatus, PlanAction,
};
use crate::store::{Store, StoreError, columns, diagnosis, partner, person, plan};

/// splitmix64: tiny, fast and good enough to vary test data; not for anything secret.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: usize) -> usize {
        if n == 0 { 0 } else { (self.next() % n as u64) as usize }
    }

    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }

    fn chance(&mut self, percent: usize) -> bool {
        self.below(100) < percent
    }
}

const TITLES: [&str; 8] = ["Mme", "M.", "Léo,", "Inès,", "Mme", "M.", "Noé,", "Chloé,"];
const LETTERS: &[u8] = b"ABCDEFGHIJKLMNOPRSTVZ";
const SOURCES: [&str; 6] =
    ["MDPH", "médecin traitant", "la personne elle-même", "CCAS", "école", "service hospitalier"];

const SITUATIONS: [&str; 10] = [
    "Vit seule dans un appartement au troisième étage sans ascenseur.",
    "Loyer impayé depuis trois mois, une procédure d'expulsion est engagée.",
    "Suivi psychiatrique interrompu depuis la fin de l'hospitalisation.",
    "Les démarches de renouvellement de l'AAH n'ont pas été faites.",
    "Déscolarisation partielle depuis la rentrée, absences répétées.",
    "Difficultés à se déplacer seul(e) hors du quartier.",
    "Santé fragile : diabète mal équilibré, rendez-vous manqués.",
    "Conflits fréquents avec la famille proche, isolement croissant.",
    "Reprise d'une formation envisagée, sans solution de garde.",
    "Budget très serré, dettes auprès du fournisseur d'énergie.",
];
const WORDS: [&str; 8] = [
    "« Je veux rester chez moi. »",
    "« J'aimerais retravailler, même à mi-temps. »",
    "« Je ne veux plus aller à l'hôpital. »",
    "« Qu'on m'aide pour les papiers, je n'y comprends rien. »",
    "« Je voudrais revoir mes enfants plus souvent. »",
    "« Ça va, je me débrouille. »",
    "« J'ai peur de perdre mon logement. »",
    "« Je veux passer mon permis. »",
];
const RESOURCES: [&str; 7] = [
    "Sœur présente et disponible le week-end.",
    "Bonne connaissance du quartier et des commerçants.",
    "Médecin traitant impliqué.",
    "Voisine qui aide pour les courses.",
    "Motivation forte, capacité à demander de l'aide.",
    "Association de quartier fréquentée chaque semaine.",
    "Éducatrice référente à l'ASE.",
];
const RISKS: [&str; 6] = [
    "Expulsion locative d'ici l'été.",
    "Rupture de soins et réhospitalisation.",
    "Perte des droits faute de renouvellement.",
    "Décrochage scolaire.",
    "Isolement et repli à domicile.",
    "Surendettement.",
];
const NEEDS: [&str; 8] = [
    "Maintien dans le logement",
    "Reprise du suivi en santé mentale",
    "Accompagnement aux démarches administratives",
    "Soutien à la parentalité",
    "Gestion du budget",
    "Accès à un mode de transport adapté",
    "Participation à la vie sociale",
    "Accès à une formation qualifiante",
];

const PARTNERS: [(&str, Sector); 25] = [
    ("CMP adultes du secteur", Sector::Sanitaire),
    ("Centre hospitalier, service de psychiatrie", Sector::Sanitaire),
    ("Maison de santé pluriprofessionnelle", Sector::Sanitaire),
    ("SSIAD du canton", Sector::Sanitaire),
    ("SAMSAH", Sector::MedicoSocial),
    ("SAVS de l'association", Sector::MedicoSocial),
    ("ESAT des Tilleuls", Sector::MedicoSocial),
    ("IME de la vallée", Sector::MedicoSocial),
    ("MDPH, équipe pluridisciplinaire", Sector::MedicoSocial),
    ("CCAS de la commune", Sector::Social),
    ("Service social départemental", Sector::Social),
    ("CAF, travailleur social", Sector::Social),
    ("Collège, équipe de suivi de scolarisation", Sector::Scolaire),
    ("Enseignant référent de scolarisation", Sector::Scolaire),
    ("Bailleur social, service contentieux", Sector::Logement),
    ("Fonds de solidarité logement", Sector::Logement),
    ("SIAO", Sector::Logement),
    ("Mission locale", Sector::EmploiInsertion),
    ("Cap emploi", Sector::EmploiInsertion),
    ("France Travail, conseiller", Sector::EmploiInsertion),
    ("SPIP", Sector::Justice),
    ("Mandataire judiciaire à la protection des majeurs", Sector::Justice),
    ("France services", Sector::DroitCommun),
    ("Point conseil budget", Sector::Associatif),
    ("Groupe d'entraide mutuelle", Sector::Associatif),
];
const AXES: [&str; 10] = [
    "Rester chez soi en sécurité",
    "Retrouver un suivi de soins régulier",
    "Sécuriser les droits et les ressources",
    "Garder son logement",
    "Reprendre une activité ou une formation",
    "Renouer les liens familiaux",
    "Se déplacer de façon autonome",
    "Poursuivre sa scolarité",
    "Sortir de l'isolement",
    "Assainir le budget",
];
const OBJECTIVES: [&str; 10] = [
    "Obtenir l'aide du FSL",
    "Reprendre rendez-vous au CMP",
    "Renouveler l'AAH avant l'échéance",
    "Mettre en place une aide à domicile",
    "Ouvrir un compte avec un plan d'apurement",
    "Participer une fois par semaine au GEM",
    "Obtenir la carte mobilité inclusion",
    "Revenir en classe à temps plein",
    "Signer un contrat d'accompagnement à l'emploi",
    "Voir ses enfants deux fois par mois",
];
const ACTIONS: [&str; 12] = [
    "Déposer le dossier FSL",
    "Prendre rendez-vous avec le médecin traitant",
    "Remplir le formulaire MDPH",
    "Appeler le bailleur",
    "Accompagner au premier rendez-vous",
    "Réunir les justificatifs de ressources",
    "Organiser une réunion de concertation",
    "Visiter l'ESAT",
    "Contacter la mission locale",
    "Faire le point avec l'équipe éducative",
    "Ouvrir les droits à la complémentaire santé",
    "Préparer le budget du mois",
];
const VIEWS: [&str; 5] = [
    "« C'est important pour moi. »",
    "« D'accord, mais pas trop vite. »",
    "« Je préfère qu'on m'accompagne la première fois. »",
    "« Je n'y crois pas trop. »",
    "« Oui, je veux essayer. »",
];
const PARTICIPATION: [&str; 4] = [
    "Rendez-vous tous les quinze jours au domicile.",
    "Entretiens au service, avec sa sœur si elle le souhaite.",
    "Appels téléphoniques et un point mensuel.",
    "Réunion avec les partenaires en sa présence.",
];
const GAS: [&str; 5] = [
    "La situation s'est dégradée",
    "Pas de changement",
    "Le résultat attendu est atteint",
    "Un peu mieux qu'attendu",
    "Beaucoup mieux qu'attendu",
];

/// The day synthetic plans are dated around: due dates fall from 60 days before to 120 after it.
fn plan_base() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 22).unwrap_or_default()
}

fn shift(date: NaiveDate, days: i64) -> NaiveDate {
    let moved = if days >= 0 {
        date.checked_add_days(Days::new(days.unsigned_abs()))
    } else {
        date.checked_sub_days(Days::new(days.unsigned_abs()))
    };
    moved.unwrap_or(date)
}

/// The shared directory of partners, added once: a second batch finds them by name.
fn ensure_partners(conn: &Connection, at: &str) -> Result<Vec<PartnerId>, StoreError> {
    let mut ids = Vec::with_capacity(PARTNERS.len());
    for (i, (name, sector)) in PARTNERS.iter().enumerate() {
        let id = match partner::find_by_name(conn, name)? {
            Some(id) => id,
            None => {
                let p = Partner {
                    name: (*name).to_string(),
                    sector: *sector,
                    expertise: "Accompagnement, orientation".into(),
                    territory: format!("Secteur {}", 1 + i % 4),
                    contact: "Accueil du service".into(),
                    ..Partner::new_draft()
                };
                partner::insert(conn, &p, at)?
            }
        };
        ids.push(id);
    }
    Ok(ids)
}

fn fictitious_axis(rng: &mut Rng, person: PersonId, position: i64, needs: &[NeedRef]) -> Axis {
    let mut a = Axis::new_draft(person, shift(plan_base(), -100 - rng.below(60) as i64));
    a.position = position;
    a.title = (*rng.pick(&AXES)).to_string();
    a.rationale = (*rng.pick(&SITUATIONS)).to_string();
    a.participation = (*rng.pick(&PARTICIPATION)).to_string();
    a.person_view = (*rng.pick(&VIEWS)).to_string();
    if !needs.is_empty() {
        a.needs.push(rng.pick(needs).clone());
    }
    a
}

fn fictitious_objective(rng: &mut Rng, axis: &Axis, position: i64, needs: &[NeedRef]) -> Objective {
    let mut o = Objective::new_draft(axis.id, shift(axis.created_on, rng.below(20) as i64));
    o.position = position;
    o.title = (*rng.pick(&OBJECTIVES)).to_string();
    if rng.chance(85) {
        o.indicator = "Réponse écrite reçue".into();
    }
    o.expected_result = GAS[2].into();
    // Never before the day it was set (at most 80 days before the base day).
    o.deadline = rng.chance(90).then(|| shift(plan_base(), -30 + rng.below(150) as i64));
    o.status = match rng.below(100) {
        0..20 => ObjectiveStatus::Upcoming,
        20..75 => ObjectiveStatus::InProgress,
        75..85 => ObjectiveStatus::Achieved,
        85..90 => ObjectiveStatus::PartiallyAchieved,
        90..95 => ObjectiveStatus::NotAchieved,
        _ => ObjectiveStatus::Abandoned,
    };
    o.gas = GasScale {
        levels: GAS.map(String::from),
        baseline: if rng.chance(30) { -2 } else { -1 },
        importance: rng.below(4) as u8,
        difficulty: rng.below(4) as u8,
    };
    o.person_view = (*rng.pick(&VIEWS)).to_string();
    if !needs.is_empty() {
        o.needs.push(rng.pick(needs).clone());
    }
    o
}

fn fictitious_action(
    rng: &mut Rng,
    objective: ObjectiveId,
    position: i64,
    partners: &[PartnerId],
    services: &[&str],
) -> PlanAction {
    let base = plan_base();
    let due = shift(base, -60 + rng.below(181) as i64);
    let start = shift(due, -7 - rng.below(60) as i64);
    let mut a = PlanAction::new_draft(objective, start);
    a.position = position;
    a.what = (*rng.pick(&ACTIONS)).to_string();
    a.due = Some(due);
    a.carrier = match rng.below(10) {
        0..3 => Carrier::Person,
        3..7 => Carrier::Referent,
        _ if partners.is_empty() => Carrier::Referent,
        _ => Carrier::Partner(*rng.pick(partners)),
    };
    // What fell due is mostly done; some of it is late.
    let done_percent = if due < base { 55 } else { 10 };
    a.status = match rng.below(100) {
        n if n < done_percent && start <= base => ActionStatus::Done,
        n if n < done_percent + 5 => ActionStatus::Cancelled,
        n if n < done_percent + 30 => ActionStatus::InProgress,
        _ => ActionStatus::Todo,
    };
    if a.status == ActionStatus::Done {
        let last = due.min(base);
        a.done_on = Some(shift(start, rng.below(((last - start).num_days().max(0) + 1) as usize) as i64));
    }
    if !services.is_empty() && rng.chance(30) {
        a.serafin_service = Some((*rng.pick(services)).to_string());
    }
    a
}

/// Two axes, three objectives (two under the first axis) and ten actions for one person.
fn fictitious_plan(
    rng: &mut Rng,
    conn: &Connection,
    person: PersonId,
    needs: &[NeedRef],
    partners: &[PartnerId],
    services: &[&str],
    at: &str,
) -> Result<(), StoreError> {
    let mut axes = Vec::with_capacity(2);
    for position in 0..2 {
        let mut a = fictitious_axis(rng, person, position, needs);
        a.id = plan::insert_axis(conn, &a, at)?;
        axes.push(a);
    }
    let mut objectives: Vec<ObjectiveId> = Vec::with_capacity(3);
    for (i, axis) in [&axes[0], &axes[0], &axes[1]].into_iter().enumerate() {
        let position = if i == 1 { 1 } else { 0 };
        let o = fictitious_objective(rng, axis, position, needs);
        objectives.push(plan::insert_objective(conn, &o, at)?);
    }
    let mut positions = [0i64; 3];
    for i in 0..10 {
        let k = i * 3 / 10;
        let a = fictitious_action(rng, objectives[k], positions[k], partners, services);
        positions[k] += 1;
        plan::insert_action(conn, &a, at)?;
    }
    Ok(())
}

fn sentences(rng: &mut Rng, pool: &[&str], max: usize) -> String {
    let count = 1 + rng.below(max);
    (0..count).map(|_| *rng.pick(pool)).collect::<Vec<_>>().join(" ")
}

fn day(rng: &mut Rng, from: NaiveDate, span_days: usize) -> NaiveDate {
    from.checked_add_days(Days::new(rng.below(span_days) as u64)).unwrap_or(from)
}

fn fictitious_person(rng: &mut Rng, n: usize, start: NaiveDate) -> Person {
    let title = *rng.pick(&TITLES);
    let letter = char::from(*rng.pick(LETTERS));
    let mut p = Person::new_draft(start);
    // The number keeps pseudonyms unique, as the store requires.
    p.pseudonym = format!("{title} {letter}. n°{}", n + 1);
    if rng.chance(60) {
        p.birth_year = Some(1940 + rng.below(70) as i32);
    } else {
        p.age_band = Some(*rng.pick(&AgeBand::ALL));
    }
    p.dispositif = (*rng.pick(&DISPOSITIF_SUGGESTIONS)).to_string();
    p.referral_date = Some(day(rng, start, 900));
    p.referral_source = (*rng.pick(&SOURCES)).to_string();
    p.status = *rng.pick(&[
        PersonStatus::Active,
        PersonStatus::Active,
        PersonStatus::Active,
        PersonStatus::Paused,
        PersonStatus::Closed,
    ]);
    p.fictitious = true;
    if rng.chance(80) {
        p.consent_date = p.referral_date;
        p.consent_scope = "Accompagnement et échanges avec les partenaires nommés.".into();
    }
    p.last_contact = p.referral_date.map(|d| day(rng, d, 120));
    p.archived = rng.chance(5);
    p
}

fn fictitious_entry(rng: &mut Rng, person: &Person, domain: &str, need_codes: &[&str]) -> DiagnosisEntry {
    let start = person.referral_date.unwrap_or_default();
    let mut e = DiagnosisEntry::new_draft(person.id, domain, day(rng, start, 365));
    e.situation = sentences(rng, &SITUATIONS, 4);
    if rng.chance(75) {
        e.person_words = sentences(rng, &WORDS, 2);
    }
    for _ in 0..1 + rng.below(3) {
        let code = (!need_codes.is_empty() && rng.chance(80)).then(|| (*rng.pick(need_codes)).to_string());
        e.needs.push(Need { text: (*rng.pick(&NEEDS)).to_string(), serafin_code: code });
    }
    if rng.chance(70) {
        e.resources = sentences(rng, &RESOURCES, 3);
    }
    if rng.chance(60) {
        e.risks = sentences(rng, &RISKS, 2);
    }
    e.priority_person = *rng.pick(&Priority::ALL);
    e.priority_referent = *rng.pick(&Priority::ALL);
    e.source = (*rng.pick(&["entretien", "visite à domicile", "compte rendu", "appel"])).to_string();
    e.co_built = rng.chance(60);
    e
}

/// SERAFIN-PH services at their most precise level, for actions that are one.
fn leaf_services() -> Vec<&'static str> {
    nomenclature::services().iter().filter(|n| n.depth() >= 2).map(|n| n.code).collect()
}

/// Adds `persons` fictitious persons with `entries_per_person` diagnosis entries each and a plan
/// (two axes, three objectives, ten actions of mixed statuses due from 60 days before to 120 days
/// after 2026-11-22, carried by the person, the référent or one of ~25 shared partners), in one
/// transaction. Entries go round the default domains; beyond ten, they are further revisions.
pub fn generate(store: &mut Store, persons: usize, entries_per_person: usize, seed: u64) -> Result<(), StoreError> {
    let mut rng = Rng(seed);
    let domains: Vec<String> = default_domains().into_iter().map(|d| d.key).collect();
    if domains.is_empty() {
        return Err(StoreError::Invalid("no life domain to write entries in".into()));
    }
    // Leaf codes only: a need is coded at its most precise level.
    let need_codes: Vec<&str> = nomenclature::needs().iter().filter(|n| n.depth() >= 2).map(|n| n.code).collect();
    let start = NaiveDate::from_ymd_opt(2023, 1, 2).unwrap_or_default();
    let at = columns::now();
    let services = leaf_services();
    let first_number = store.persons(true)?.len();
    store.with_transaction(|tx| {
        let partners = ensure_partners(tx, &at)?;
        let mut needs: Vec<NeedRef> = Vec::new();
        for n in 0..persons {
            let mut p = fictitious_person(&mut rng, first_number + n, start);
            p.id = person::insert(tx, &p, &at)?;
            needs.clear();
            for i in 0..entries_per_person {
                let domain = &domains[i % domains.len()];
                let e = diagnosis::cleaned(&fictitious_entry(&mut rng, &p, domain, &need_codes));
                let revision = (i / domains.len()) as i64 + 1;
                diagnosis::insert_revision(tx, &e, revision, &at)?;
                needs.extend(e.needs.iter().map(|n| NeedRef { domain: e.domain.clone(), text: n.text.clone() }));
            }
            fictitious_plan(&mut rng, tx, p.id, &needs, &partners, &services, &at)?;
        }
        Ok(())
    })
}

/// Adds to the plan of `person` a large plan for benchmarks: `objectives` objectives under one
/// axis per five of them, and `actions` actions spread over the objectives, in one transaction.
/// `Invalid` when actions are asked for without any objective to put them under.
pub fn generate_big_plan(
    store: &mut Store,
    person: PersonId,
    objectives: usize,
    actions: usize,
    seed: u64,
) -> Result<(), StoreError> {
    if objectives == 0 && actions > 0 {
        return Err(StoreError::Invalid("actions need an objective".into()));
    }
    let mut rng = Rng(seed);
    let services = leaf_services();
    let at = columns::now();
    store.with_transaction(|tx| {
        if !person::exists(tx, person)? {
            return Err(StoreError::NotFound);
        }
        let partners = ensure_partners(tx, &at)?;
        let first = plan::next_position(tx, "axis", "person_id", person)?;
        let mut axes: Vec<Axis> = Vec::new();
        for i in 0..objectives.div_ceil(5) {
            let mut a = fictitious_axis(&mut rng, person, first + i as i64, &[]);
            a.id = plan::insert_axis(tx, &a, &at)?;
            axes.push(a);
        }
        let mut ids: Vec<ObjectiveId> = Vec::with_capacity(objectives);
        for i in 0..objectives {
            let axis = &axes[i / 5];
            let o = fictitious_objective(&mut rng, axis, (i % 5) as i64, &[]);
            ids.push(plan::insert_objective(tx, &o, &at)?);
        }
        let mut positions = vec![0i64; ids.len()];
        for i in 0..actions {
            let k = i % ids.len();
            let a = fictitious_action(&mut rng, ids[k], positions[k], &partners, &services);
            positions[k] += 1;
            plan::insert_action(tx, &a, &at)?;
        }
        Ok(())
    })
}

const JOURNAL_LINES: [&str; 6] = [
    "Visite à domicile : le logement est tenu, le courrier en attente trié ensemble.",
    "Appel : le rendez-vous au CMP est déplacé à la semaine prochaine.",
    "Réunion de concertation avec le SAMSAH et le médecin traitant sur le relais des soins.",
    "Courrier de la CAF reçu : révision de l’APL, à compléter avant la fin du mois.",
    "Rupture : il ne vient plus aux rendez-vous depuis deux semaines, relance par téléphone.",
    "Transmission au service mandataire de la synthèse du budget, avec son accord.",
];

/// Adds to `person` a long path for benchmarks: `entries` journal entries over the last two years
/// and `evaluations` evaluations that score every open objective and rate every domain, in one
/// transaction.
pub fn generate_long_path(
    store: &mut Store,
    person: PersonId,
    today: NaiveDate,
    entries: usize,
    evaluations: usize,
    seed: u64,
) -> Result<(), StoreError> {
    use crate::domain::evaluation::{Evaluation, GoalDecision, GoalLevel, Rating};
    use crate::domain::journal::{JournalEntry, JournalKind};
    let mut rng = Rng(seed);
    let at = columns::now();
    let objectives: Vec<(ObjectiveId, f64)> =
        store.plan(person)?.objectives.iter().filter(|o| o.status.is_open()).map(|o| (o.id, o.gas.weight())).collect();
    let partners: Vec<PartnerId> = store.partners(false)?.iter().map(|p| p.id).collect();
    store.with_transaction(|tx| {
        for i in 0..entries {
            let back = (entries - i) as u64 * 730 / entries.max(1) as u64;
            let mut e = JournalEntry::new_draft(person, today - Days::new(back));
            e.kind = *rng.pick(&JournalKind::ALL);
            e.summary = rng.pick(&JOURNAL_LINES).to_string();
            e.sensitive = rng.below(10) == 0;
            if !partners.is_empty() && rng.below(2) == 0 {
                e.partners = vec![*rng.pick(&partners)];
            }
            crate::store::journal::insert(tx, &e, &at)?;
        }
        for i in 0..evaluations {
            let back = (evaluations - i) as u64 * 60;
            let mut e = Evaluation::new_draft(person, today - Days::new(back));
            e.person_view = "Ça avance, doucement.".into();
            e.goals = objectives
                .iter()
                .map(|(id, weight)| GoalLevel {
                    objective_id: *id,
                    level: rng.below(5) as i8 - 2,
                    weight: *weight,
                    decision: GoalDecision::Keep,
                })
                .collect();
            e.ratings = default_domains()
                .iter()
                .map(|d| Rating {
                    domain: d.key.clone(),
                    person: Some(rng.below(10) as u8 + 1),
                    referent: Some(rng.below(10) as u8 + 1),
                })
                .collect();
            crate::store::evaluation::insert(tx, &e, &at)?;
        }
        Ok(())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn same_seed_same_data() {
        let mut a = Store::open_in_memory().unwrap();
        let mut b = Store::open_in_memory().unwrap();
        generate(&mut a, 20, 12, 7).unwrap();
        generate(&mut b, 20, 12, 7).unwrap();
        let (pa, pb) = (a.persons(true).unwrap(), b.persons(true).unwrap());
        assert_eq!(pa.len(), 20);
        assert_eq!(pa, pb);
        assert!(pa.iter().all(|p| p.fictitious));
        let first = pa[0].id;
        assert_eq!(a.latest_entries(first).unwrap(), b.latest_entries(first).unwrap());
        assert_eq!(a.latest_entries(first).unwrap().len(), 10);
        assert_eq!(a.entry_history(first, "sante").unwrap().len(), 2);
        assert!(!a.search("logement", 5).unwrap().is_empty());
        assert_eq!(a.plan(first).unwrap(), b.plan(first).unwrap());
        assert_eq!(a.partners(true).unwrap(), b.partners(true).unwrap());
    }

    #[test]
    fn each_person_gets_a_plan_and_the_partners_are_shared() {
        let mut store = Store::open_in_memory().unwrap();
        generate(&mut store, 3, 4, 11).unwrap();
        for p in store.persons(true).unwrap() {
            let plan = store.plan(p.id).unwrap();
            assert_eq!((plan.axes.len(), plan.objectives.len(), plan.actions.len()), (2, 3, 10));
        }
        assert_eq!(store.partners(true).unwrap().len(), PARTNERS.len());
        generate(&mut store, 2, 0, 12).unwrap();
        assert_eq!(store.partners(true).unwrap().len(), PARTNERS.len());
    }

    #[test]
    fn a_big_plan_for_the_bench() {
        let mut store = Store::open_in_memory().unwrap();
        generate(&mut store, 1, 0, 3).unwrap();
        let id = store.persons(true).unwrap()[0].id;
        generate_big_plan(&mut store, id, 30, 200, 5).unwrap();
        let plan = store.plan(id).unwrap();
        assert_eq!((plan.axes.len(), plan.objectives.len(), plan.actions.len()), (2 + 6, 3 + 30, 10 + 200));
        assert!(matches!(generate_big_plan(&mut store, id, 0, 1, 5), Err(StoreError::Invalid(_))));
        assert!(matches!(generate_big_plan(&mut store, 999, 1, 1, 5), Err(StoreError::NotFound)));
    }

    #[test]
    fn a_second_batch_adds_to_the_first() {
        let mut store = Store::open_in_memory().unwrap();
        generate(&mut store, 5, 2, 1).unwrap();
        generate(&mut store, 5, 2, 1).unwrap();
        assert_eq!(store.persons(true).unwrap().len(), 10);
    }
}
