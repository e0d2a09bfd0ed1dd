//! Seeded synthetic caseloads for benchmarks: plausible, varied, entirely fictitious, and the same
//! for the same seed so that two runs measure the same work.

use chrono::{Days, NaiveDate};

use crate::domain::diagnosis::{DiagnosisEntry, Need, Priority};
use crate::domain::life_domain::default_domains;
use crate::domain::nomenclature;
use crate::domain::person::{AgeBand, DISPOSITIF_SUGGESTIONS, Person, PersonStatus};
use crate::store::{Store, StoreError, columns, diagnosis, person};

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

/// Adds `persons` fictitious persons with `entries_per_person` diagnosis entries each, in one
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
    let first_number = store.persons(true)?.len();
    store.with_transaction(|tx| {
        for n in 0..persons {
            let mut p = fictitious_person(&mut rng, first_number + n, start);
            p.id = person::insert(tx, &p, &at)?;
            for i in 0..entries_per_person {
                let domain = &domains[i % domains.len()];
                let e = diagnosis::cleaned(&fictitious_entry(&mut rng, &p, domain, &need_codes));
                let revision = (i / domains.len()) as i64 + 1;
                diagnosis::insert_revision(tx, &e, revision, &at)?;
            }
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
    }

    #[test]
    fn a_second_batch_adds_to_the_first() {
        let mut store = Store::open_in_memory().unwrap();
        generate(&mut store, 5, 2, 1).unwrap();
        generate(&mut store, 5, 2, 1).unwrap();
        assert_eq!(store.persons(true).unwrap().len(), 10);
    }
}
