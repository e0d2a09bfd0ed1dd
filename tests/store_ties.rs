//! The person's network in the store: ties to partners and to informal supports round-trip, keep
//! their history (a change of drawing ends the old tie and links the new one, ending sets a day),
//! refuse what the référent would refuse (leaving nothing written), tell the directory who a
//! partner is involved with, feed the network alerts of the file active, migrate from schema 2,
//! and travel in a case file.

use std::collections::BTreeSet;

use chrono::NaiveDate;
use parcours::domain::partner::{Partner, PartnerId, Sector};
use parcours::domain::person::{Person, PersonId, PersonStatus};
use parcours::domain::plan::{Axis, Carrier, Objective, PlanAction};
use parcours::domain::tie::{
    Flow, InformalKind, LegalBasis, ShareConsent, Strength, Tie, TieChange, TieTarget, Valence, compare,
};
use parcours::export::case_json::{CaseError, export_case, import_case, parse_case};
use parcours::store::tie::NetworkFacts;
use parcours::store::{LATEST_SCHEMA, Store, StoreError};

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

/// The day the tests are written « today ».
fn today() -> NaiveDate {
    day(2026, 11, 22)
}

fn add_person(store: &mut Store, pseudonym: &str) -> PersonId {
    let mut p = Person::new_draft(day(2026, 9, 1));
    p.pseudonym = pseudonym.into();
    store.insert_person(&p).unwrap()
}

fn add_partner(store: &mut Store, name: &str) -> PartnerId {
    store.save_partner(&Partner { name: name.into(), sector: Sector::MedicoSocial, ..Partner::new_draft() }).unwrap().id
}

fn informal(person: PersonId, kind: InformalKind, label: &str, since: NaiveDate) -> Tie {
    Tie::new_draft(person, TieTarget::Informal { kind, label: label.into() }, since)
}

fn to_partner(person: PersonId, partner: PartnerId, since: NaiveDate) -> Tie {
    Tie::new_draft(person, TieTarget::Partner(partner), since)
}

fn consent(date: NaiveDate) -> ShareConsent {
    ShareConsent { date, scope: "Plan d'accompagnement, santé".into(), basis: LegalBasis::PersonConsent }
}

/// An open action of the person's plan carried by `partner`; returns it.
fn carried_action(store: &mut Store, person: PersonId, partner: PartnerId, what: &str) -> PlanAction {
    let mut a = Axis::new_draft(person, day(2026, 9, 15));
    a.title = format!("Axe pour {what}");
    let a = store.save_axis(&a).unwrap();
    let mut o = Objective::new_draft(a.id, day(2026, 9, 15));
    o.title = format!("Objectif pour {what}");
    let o = store.save_objective(&o).unwrap();
    let mut x = PlanAction::new_draft(o.id, day(2026, 9, 15));
    x.what = what.into();
    x.carrier = Carrier::Partner(partner);
    x.due = Some(day(2026, 12, 15));
    store.save_action(&x).unwrap()
}

fn tie_count(store: &Store) -> usize {
    store.persons(true).unwrap().iter().map(|p| store.ties(p.id).unwrap().len()).sum()
}

#[test]
fn informal_and_partner_ties_round_trip_with_consent() {
    let dir = tempfile::tempdir().unwrap();
    let (person, sister, cmp) = {
        let mut store = Store::open(dir.path()).unwrap();
        let person = add_person(&mut store, "Mme A.");
        let cmp = add_partner(&mut store, "CMP adultes");

        let mut s = informal(person, InformalKind::Family, "  sa sœur\u{1b}[2J ", day(2025, 3, 1));
        s.role = "Soutien moral\n".into();
        s.strength = Strength::Strong;
        s.flow = Flow::ToPerson;
        s.notes = "Passe le dimanche.\u{7}\nAppelle souvent.".into();
        let sister = store.save_tie(&s, today()).unwrap();
        assert!(sister.id > 0);
        assert_eq!(
            sister,
            Tie {
                id: sister.id,
                target: TieTarget::Informal { kind: InformalKind::Family, label: "sa sœur[2J".into() },
                role: "Soutien moral".into(),
                notes: "Passe le dimanche.\nAppelle souvent.".into(),
                ..s.clone()
            }
        );

        let mut c = to_partner(person, cmp, day(2026, 2, 1));
        c.role = "Suivi psychiatrique".into();
        c.strength = Strength::Weak;
        c.valence = Valence::Stressful;
        c.flow = Flow::FromPerson;
        c.consent = Some(ShareConsent {
            date: day(2026, 2, 3),
            scope: "Santé\u{1b}, logement".into(),
            basis: LegalBasis::SameCareTeam,
        });
        let cmp_tie = store.save_tie(&c, today()).unwrap();
        assert_eq!(
            cmp_tie,
            Tie {
                id: cmp_tie.id,
                consent: Some(ShareConsent { scope: "Santé, logement".into(), ..c.consent.clone().unwrap() }),
                ..c.clone()
            }
        );
        assert_eq!(store.tie(cmp_tie.id).unwrap(), cmp_tie);
        (person, sister, cmp_tie)
    };
    // Read back from the file, in start order.
    let store = Store::open(dir.path()).unwrap();
    assert_eq!(store.ties(person).unwrap(), vec![sister, cmp]);
    assert!(matches!(store.ties(999), Err(StoreError::NotFound)));
    assert!(matches!(store.tie(999), Err(StoreError::NotFound)));
}

#[test]
fn a_change_of_drawing_ends_the_old_tie_and_links_the_new() {
    let mut store = Store::open_in_memory().unwrap();
    let person = add_person(&mut store, "Mme A.");
    let samsah = add_partner(&mut store, "SAMSAH");
    let mut t = to_partner(person, samsah, day(2026, 9, 1));
    t.role = "Aide à domicile".into();
    t.consent = Some(consent(day(2026, 9, 1)));
    let old = store.save_tie(&t, day(2026, 9, 1)).unwrap();
    let audit = store.audit_count().unwrap();

    let new = store.save_tie(&Tie { strength: Strength::Strong, ..old.clone() }, today()).unwrap();
    assert_ne!(new.id, old.id);
    assert_eq!(
        new,
        Tie {
            id: new.id,
            strength: Strength::Strong,
            since: today(),
            until: None,
            replaces: Some(old.id),
            ..old.clone()
        }
    );
    assert_eq!(store.tie(old.id).unwrap(), Tie { until: Some(today()), ..old.clone() });
    assert_eq!(store.audit_count().unwrap(), audit + 2, "old ended, new inserted");

    let ties = store.ties(person).unwrap();
    assert_eq!(ties, vec![store.tie(old.id).unwrap(), new.clone()]);
    let marks = |before, after| compare(&ties, before, after).into_iter().map(|(t, c)| (t.id, c)).collect::<Vec<_>>();
    assert_eq!(marks(day(2026, 10, 1), today()), vec![(new.id, TieChange::Changed)]);
    assert_eq!(marks(day(2026, 10, 1), day(2026, 11, 21)), vec![(old.id, TieChange::Unchanged)]);

    // Valence, flow and target are drawing too; each change continues the chain.
    let conflict = store.save_tie(&Tie { valence: Valence::Conflictual, ..new.clone() }, day(2026, 11, 25)).unwrap();
    assert_eq!((conflict.replaces, conflict.since), (Some(new.id), day(2026, 11, 25)));
    let flow = store.save_tie(&Tie { flow: Flow::ToPerson, ..conflict.clone() }, day(2026, 11, 26)).unwrap();
    assert_eq!(flow.replaces, Some(conflict.id));
    let other = add_partner(&mut store, "SAAD");
    let moved = store.save_tie(&Tie { target: TieTarget::Partner(other), ..flow.clone() }, day(2026, 11, 27)).unwrap();
    assert_eq!((moved.target.clone(), moved.replaces), (TieTarget::Partner(other), Some(flow.id)));
    assert_eq!(moved.consent, None, "consent was given for the SAMSAH, not for the SAAD");
    assert_eq!(flow.consent, old.consent, "a change of drawing keeps the consent to the same partner");
    assert_eq!(store.ties(person).unwrap().len(), 5);
    let ties = store.ties(person).unwrap();
    let marks = compare(&ties, day(2026, 10, 1), day(2026, 12, 1));
    assert_eq!(marks.len(), 1);
    assert_eq!((marks[0].0.id, marks[0].1.clone()), (moved.id, TieChange::Changed));
}

#[test]
fn role_notes_and_consent_changes_update_in_place() {
    let mut store = Store::open_in_memory().unwrap();
    let person = add_person(&mut store, "Mme A.");
    let ml = add_partner(&mut store, "Mission locale");
    let t = store.save_tie(&to_partner(person, ml, day(2026, 9, 1)), today()).unwrap();
    let audit = store.audit_count().unwrap();

    let with_consent = Tie {
        role: "Recherche d'emploi".into(),
        notes: "Conseillère référente.".into(),
        consent: Some(consent(day(2026, 10, 2))),
        ..t.clone()
    };
    let saved = store.save_tie(&with_consent, today()).unwrap();
    assert_eq!(saved, with_consent);
    assert_eq!(store.ties(person).unwrap(), vec![with_consent.clone()], "no new row");
    assert_eq!(store.audit_count().unwrap(), audit + 1);

    // Consent withdrawn: still the same tie.
    let withdrawn = store.save_tie(&Tie { consent: None, ..saved.clone() }, today()).unwrap();
    assert_eq!((withdrawn.id, withdrawn.consent.clone()), (t.id, None));
    assert_eq!(store.ties(person).unwrap().len(), 1);
    assert_eq!(store.audit_count().unwrap(), audit + 2);

    // Saving what is stored writes nothing.
    store.save_tie(&withdrawn, today()).unwrap();
    assert_eq!(store.audit_count().unwrap(), audit + 2);
}

#[test]
fn ending_a_tie_sets_its_last_day() {
    let mut store = Store::open_in_memory().unwrap();
    let person = add_person(&mut store, "Mme A.");
    let t =
        store.save_tie(&informal(person, InformalKind::Neighbours, "la voisine", day(2026, 9, 1)), today()).unwrap();
    let audit = store.audit_count().unwrap();
    assert!(matches!(store.end_tie(t.id, day(2026, 8, 31)), Err(StoreError::Invalid(_))));
    assert!(matches!(store.end_tie(999, today()), Err(StoreError::NotFound)));
    assert_eq!(store.audit_count().unwrap(), audit);

    let ended = store.end_tie(t.id, day(2026, 11, 1)).unwrap();
    assert_eq!(ended, Tie { until: Some(day(2026, 11, 1)), ..t.clone() });
    assert!(ended.active_on(day(2026, 10, 31)) && !ended.active_on(day(2026, 11, 1)));
    assert_eq!(store.audit_count().unwrap(), audit + 1);
    assert_eq!(store.ties(person).unwrap(), vec![ended.clone()], "ended, not deleted");
    assert!(matches!(store.end_tie(t.id, today()), Err(StoreError::Invalid(_))), "already ended");

    // Ending on its first day is allowed: the tie was a mistake of one day.
    let u = store.save_tie(&informal(person, InformalKind::Peers, "GEM", today()), today()).unwrap();
    assert_eq!(store.end_tie(u.id, today()).unwrap().until, Some(today()));
}

#[test]
fn an_ended_tie_cannot_change() {
    let mut store = Store::open_in_memory().unwrap();
    let person = add_person(&mut store, "Mme A.");
    let cmp = add_partner(&mut store, "CMP");
    let t = store.save_tie(&to_partner(person, cmp, day(2026, 9, 1)), today()).unwrap();
    let ended = store.end_tie(t.id, day(2026, 10, 1)).unwrap();
    let audit = store.audit_count().unwrap();
    for change in [
        Tie { role: "Autre rôle".into(), ..ended.clone() },
        Tie { consent: Some(consent(day(2026, 9, 2))), ..ended.clone() },
        Tie { strength: Strength::Strong, ..ended.clone() },
        Tie { until: None, ..ended.clone() },
    ] {
        assert!(matches!(store.save_tie(&change, today()), Err(StoreError::Invalid(_))), "{change:?}");
    }
    assert_eq!(store.audit_count().unwrap(), audit);
    assert_eq!(store.ties(person).unwrap(), vec![ended]);
}

#[test]
fn what_the_rules_refuse_writes_nothing() {
    let mut store = Store::open_in_memory().unwrap();
    let person = add_person(&mut store, "Mme A.");
    let other_person = add_person(&mut store, "M. B.");
    let cmp = add_partner(&mut store, "CMP");
    let gone = add_partner(&mut store, "Ancienne association");
    store.set_partner_archived(gone, true).unwrap();
    let existing = store.save_tie(&to_partner(person, cmp, day(2026, 9, 1)), today()).unwrap();
    let audit = store.audit_count().unwrap();

    let refused: Vec<(&str, Tie)> = vec![
        ("empty label", informal(person, InformalKind::Family, " \u{7}\n ", day(2026, 9, 1))),
        (
            "consent for informal",
            Tie {
                consent: Some(consent(day(2026, 9, 1))),
                ..informal(person, InformalKind::Friends, "un ami", day(2026, 9, 1))
            },
        ),
        ("until before since", Tie { until: Some(day(2026, 8, 1)), ..to_partner(person, cmp, day(2026, 9, 1)) }),
        ("unknown partner", to_partner(person, 999, day(2026, 9, 1))),
        ("archived partner", to_partner(person, gone, day(2026, 9, 1))),
        (
            "empty consent scope",
            Tie {
                consent: Some(ShareConsent { scope: " ".into(), ..consent(day(2026, 9, 1)) }),
                ..to_partner(person, cmp, day(2026, 9, 1))
            },
        ),
        ("consent in the future", Tie { consent: Some(consent(day(2026, 12, 1))), ..existing.clone() }),
        ("moved to another person", Tie { person_id: other_person, ..existing.clone() }),
        ("start rewritten", Tie { since: day(2026, 1, 1), ..existing.clone() }),
        ("ended through save", Tie { until: Some(today()), ..existing.clone() }),
        ("replaces rewritten", Tie { replaces: Some(existing.id), ..existing.clone() }),
        ("redrawn to an archived partner", Tie { target: TieTarget::Partner(gone), ..existing.clone() }),
        (
            "redrawn with an empty label",
            Tie { target: TieTarget::Informal { kind: InformalKind::Work, label: String::new() }, ..existing.clone() },
        ),
        (
            "redrawn keeping a consent for informal",
            Tie {
                target: TieTarget::Informal { kind: InformalKind::Work, label: "le patron".into() },
                consent: Some(consent(day(2026, 9, 1))),
                ..existing.clone()
            },
        ),
        (
            "replaces another person's tie",
            Tie {
                replaces: Some(existing.id),
                ..informal(other_person, InformalKind::Family, "sa mère", day(2026, 9, 1))
            },
        ),
    ];
    for (why, t) in &refused {
        let result = store.save_tie(t, today());
        assert!(matches!(result, Err(StoreError::Invalid(_))), "{why}: {result:?}");
    }
    // A change of drawing dated before the tie starts.
    let result = store.save_tie(&Tie { strength: Strength::Weak, ..existing.clone() }, day(2026, 8, 1));
    assert!(matches!(result, Err(StoreError::Invalid(_))), "{result:?}");
    // Unknown person or tie.
    let result = store.save_tie(&informal(999, InformalKind::Family, "sa mère", day(2026, 9, 1)), today());
    assert!(matches!(result, Err(StoreError::NotFound)), "{result:?}");
    let result = store.save_tie(&Tie { id: 999, ..existing.clone() }, today());
    assert!(matches!(result, Err(StoreError::NotFound)), "{result:?}");

    assert_eq!(store.audit_count().unwrap(), audit);
    assert_eq!(store.ties(person).unwrap(), vec![existing]);
    assert!(store.ties(other_person).unwrap().is_empty());
}

#[test]
fn ties_keep_their_history() {
    let mut store = Store::open_in_memory().unwrap();
    let person = add_person(&mut store, "Mme A.");
    let mother =
        store.save_tie(&informal(person, InformalKind::Family, "sa mère", day(2026, 1, 1)), day(2026, 1, 1)).unwrap();
    let weaker = store.save_tie(&Tie { strength: Strength::Weak, ..mother.clone() }, day(2026, 4, 1)).unwrap();
    let broken = store.save_tie(&Tie { valence: Valence::Broken, ..weaker.clone() }, day(2026, 7, 1)).unwrap();
    store.end_tie(broken.id, day(2026, 10, 1)).unwrap();
    let friend =
        store.save_tie(&informal(person, InformalKind::Friends, "une amie du GEM", day(2026, 5, 1)), today()).unwrap();

    let ties = store.ties(person).unwrap();
    assert_eq!(ties.iter().map(|t| t.id).collect::<Vec<_>>(), [mother.id, weaker.id, friend.id, broken.id]);
    let drawn_on =
        |date| ties.iter().filter(|t| t.active_on(date)).map(|t| (t.id, t.strength, t.valence)).collect::<Vec<_>>();
    assert_eq!(drawn_on(day(2025, 12, 31)), []);
    assert_eq!(drawn_on(day(2026, 2, 1)), [(mother.id, Strength::Normal, Valence::Neutral)]);
    assert_eq!(
        drawn_on(day(2026, 6, 1)),
        [(weaker.id, Strength::Weak, Valence::Neutral), (friend.id, Strength::Normal, Valence::Neutral)]
    );
    assert_eq!(
        drawn_on(day(2026, 8, 1)),
        [(friend.id, Strength::Normal, Valence::Neutral), (broken.id, Strength::Weak, Valence::Broken)]
    );
    assert_eq!(drawn_on(today()), [(friend.id, Strength::Normal, Valence::Neutral)]);
    let marks = compare(&ties, day(2026, 2, 1), today()).into_iter().map(|(t, c)| (t.id, c)).collect::<Vec<_>>();
    assert_eq!(marks, [(friend.id, TieChange::Added), (mother.id, TieChange::Ended)]);
}

#[test]
fn partner_persons_lists_ties_and_carried_actions() {
    let mut store = Store::open_in_memory().unwrap();
    let samsah = add_partner(&mut store, "SAMSAH");
    let other = add_partner(&mut store, "CCAS");
    let tied = add_person(&mut store, "Mme Zoé");
    let carried = add_person(&mut store, "Élise");
    let ended = add_person(&mut store, "M. Ended");
    let archived_action = add_person(&mut store, "M. Archived action");
    let archived_person = add_person(&mut store, "M. Archived");
    let elsewhere = add_person(&mut store, "M. Elsewhere");
    let both = add_person(&mut store, "emma");

    store.save_tie(&to_partner(tied, samsah, day(2026, 9, 1)), today()).unwrap();
    carried_action(&mut store, carried, samsah, "Visite");
    let t = store.save_tie(&to_partner(ended, samsah, day(2026, 9, 1)), today()).unwrap();
    store.end_tie(t.id, day(2026, 10, 1)).unwrap();
    let x = carried_action(&mut store, archived_action, samsah, "Ancienne visite");
    store.set_action_archived(x.id, true).unwrap();
    store.save_tie(&to_partner(archived_person, samsah, day(2026, 9, 1)), today()).unwrap();
    store.set_archived(archived_person, true).unwrap();
    store.save_tie(&to_partner(elsewhere, other, day(2026, 9, 1)), today()).unwrap();
    store.save_tie(&informal(elsewhere, InformalKind::Family, "son frère", day(2026, 9, 1)), today()).unwrap();
    store.save_tie(&to_partner(both, samsah, day(2026, 9, 1)), today()).unwrap();
    let done = carried_action(&mut store, both, samsah, "Évaluation");
    store.mark_action_done(done.id, today()).unwrap();

    let involved = store.partner_persons(samsah).unwrap();
    assert_eq!(involved, vec![(carried, "Élise".into()), (both, "emma".into()), (tied, "Mme Zoé".into())]);
    assert_eq!(store.partner_persons(other).unwrap(), vec![(elsewhere, "M. Elsewhere".into())]);
    assert!(matches!(store.partner_persons(999), Err(StoreError::NotFound)));
}

#[test]
fn network_facts_for_the_file_active() {
    let mut store = Store::open_in_memory().unwrap();
    let samsah = add_partner(&mut store, "SAMSAH");
    let cmp = add_partner(&mut store, "CMP");
    let bailleur = add_partner(&mut store, "Bailleur social");
    let ccas = add_partner(&mut store, "CCAS");

    // A: SAMSAH carries an action without any tie; the CMP carries one with a conflictual tie that
    // records consent; the bailleur's only action is done; no informal support.
    let a = add_person(&mut store, "Mme A.");
    carried_action(&mut store, a, samsah, "Visite à domicile");
    carried_action(&mut store, a, cmp, "Consultation");
    let done = carried_action(&mut store, a, bailleur, "Signature du bail");
    store.mark_action_done(done.id, today()).unwrap();
    let mut t = to_partner(a, cmp, day(2026, 9, 1));
    t.valence = Valence::Conflictual;
    t.consent = Some(consent(day(2026, 9, 1)));
    store.save_tie(&t, today()).unwrap();

    // B: consent for the SAMSAH; an informal support; the CCAS's action archived, the CMP's tie
    // conflictual but it carries nothing.
    let b = add_person(&mut store, "M. B.");
    carried_action(&mut store, b, samsah, "Aide aux repas");
    let x = carried_action(&mut store, b, ccas, "Aide financière");
    store.set_action_archived(x.id, true).unwrap();
    store
        .save_tie(&Tie { consent: Some(consent(day(2026, 9, 1))), ..to_partner(b, samsah, day(2026, 9, 1)) }, today())
        .unwrap();
    store.save_tie(&Tie { valence: Valence::Conflictual, ..to_partner(b, cmp, day(2026, 9, 1)) }, today()).unwrap();
    store.save_tie(&informal(b, InformalKind::Family, "sa fille", day(2026, 9, 1)), today()).unwrap();

    // C: consent recorded on a tie that has ended, a conflictual tie that ended too, and a
    // consent on a tie that starts next month: none counts today. Her informal support ended.
    let c = add_person(&mut store, "Mme C.");
    carried_action(&mut store, c, samsah, "Bilan");
    carried_action(&mut store, c, cmp, "Suivi");
    let old = store
        .save_tie(&Tie { consent: Some(consent(day(2026, 9, 1))), ..to_partner(c, samsah, day(2026, 9, 1)) }, today())
        .unwrap();
    store.end_tie(old.id, day(2026, 11, 1)).unwrap();
    let mut later = to_partner(c, samsah, day(2026, 12, 1));
    later.consent = Some(consent(day(2026, 11, 20)));
    store.save_tie(&later, today()).unwrap();
    let fight =
        store.save_tie(&Tie { valence: Valence::Conflictual, ..to_partner(c, cmp, day(2026, 9, 1)) }, today()).unwrap();
    store.end_tie(fight.id, day(2026, 10, 1)).unwrap();
    let friend = store.save_tie(&informal(c, InformalKind::Friends, "un ami", day(2026, 9, 1)), today()).unwrap();
    store.end_tie(friend.id, today()).unwrap();

    // Left out: a paused person, an archived one. Listed with nothing: a person without a plan.
    let paused = add_person(&mut store, "M. En pause");
    carried_action(&mut store, paused, samsah, "Rien");
    let mut p = store.person(paused).unwrap();
    p.status = PersonStatus::Paused;
    store.update_person(&p).unwrap();
    let archived = add_person(&mut store, "M. Archivé");
    carried_action(&mut store, archived, samsah, "Rien");
    store.set_archived(archived, true).unwrap();
    let empty = add_person(&mut store, "Mme Vide");

    let facts = store.network_facts(today()).unwrap();
    let mut expected = vec![
        NetworkFacts {
            person_id: a,
            carriers_without_consent: vec![samsah],
            has_informal_support: false,
            conflictual_carriers: vec![cmp],
        },
        NetworkFacts {
            person_id: b,
            carriers_without_consent: vec![],
            has_informal_support: true,
            conflictual_carriers: vec![],
        },
        NetworkFacts {
            person_id: c,
            carriers_without_consent: vec![samsah, cmp],
            has_informal_support: false,
            conflictual_carriers: vec![],
        },
        NetworkFacts {
            person_id: empty,
            carriers_without_consent: vec![],
            has_informal_support: false,
            conflictual_carriers: vec![],
        },
    ];
    for f in &mut expected {
        f.carriers_without_consent.sort_unstable();
    }
    assert_eq!(facts, expected);

    // On the day C's later tie starts, its consent counts; before C's friend left, she had support.
    let c_on = |store: &Store, date| store.network_facts(date).unwrap().into_iter().find(|f| f.person_id == c).unwrap();
    assert_eq!(c_on(&store, day(2026, 12, 1)).carriers_without_consent, vec![cmp]);
    let earlier = c_on(&store, day(2026, 9, 15));
    assert!(earlier.has_informal_support);
    assert_eq!(earlier.conflictual_carriers, vec![cmp]);
    assert_eq!(earlier.carriers_without_consent, vec![cmp]);
}

#[test]
fn every_tie_write_leaves_its_audit_rows() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open(dir.path()).unwrap();
    let person = add_person(&mut store, "Mme A.");
    let cmp = add_partner(&mut store, "CMP");
    let first = store.save_tie(&to_partner(person, cmp, day(2026, 9, 1)), today()).unwrap();
    store.save_tie(&Tie { role: "Suivi".into(), ..first.clone() }, today()).unwrap();
    let second =
        store.save_tie(&Tie { strength: Strength::Strong, role: "Suivi".into(), ..first.clone() }, today()).unwrap();
    store.end_tie(second.id, today()).unwrap();

    let conn = rusqlite::Connection::open(store.path().unwrap()).unwrap();
    let rows: Vec<(i64, String)> = conn
        .prepare("SELECT row_id, action FROM audit_log WHERE table_name = 'tie' ORDER BY id")
        .unwrap()
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    let expected: Vec<(i64, String)> = [
        (first.id, "insert"),
        (first.id, "update"),
        (first.id, "update"),
        (second.id, "insert"),
        (second.id, "update"),
    ]
    .into_iter()
    .map(|(id, a)| (id, a.to_string()))
    .collect();
    assert_eq!(rows, expected);
}

#[test]
fn the_file_refuses_to_delete_or_redraw_a_tie_and_reads_malformed_values_safely() {
    let dir = tempfile::tempdir().unwrap();
    let (db, person, id, ended) = {
        let mut store = Store::open(dir.path()).unwrap();
        let person = add_person(&mut store, "Mme A.");
        let cmp = add_partner(&mut store, "CMP");
        let mut t = to_partner(person, cmp, day(2026, 9, 1));
        t.consent = Some(consent(day(2026, 9, 1)));
        let t = store.save_tie(&t, today()).unwrap();
        let e = store.save_tie(&informal(person, InformalKind::Family, "sa sœur", day(2026, 9, 1)), today()).unwrap();
        store.end_tie(e.id, day(2026, 10, 1)).unwrap();
        (store.path().unwrap().to_path_buf(), person, t.id, e.id)
    };
    let conn = rusqlite::Connection::open(&db).unwrap();
    assert!(conn.execute("DELETE FROM tie", []).is_err());
    assert!(conn.execute("UPDATE tie SET strength = 'strong' WHERE id = ?1", [id]).is_err());
    assert!(conn.execute("UPDATE tie SET since = '2020-01-01' WHERE id = ?1", [id]).is_err());
    assert!(conn.execute("UPDATE tie SET role = 'x' WHERE id = ?1", [ended]).is_err());
    assert!(conn.execute("UPDATE tie SET until = NULL WHERE id = ?1", [ended]).is_err());
    assert!(
        conn.execute("UPDATE tie SET consent_date = NULL WHERE id = ?1", [id]).is_err(),
        "consent is all or nothing"
    );

    // Another tool that bypasses the rules: unknown codes and malformed dates read as unknown.
    let created: String = conn.query_row("SELECT created_at FROM tie WHERE id = ?1", [id], |r| r.get(0)).unwrap();
    conn.execute_batch(
        "DROP TRIGGER tie_drawing_never_rewritten;
         PRAGMA ignore_check_constraints = ON;",
    )
    .unwrap();
    conn.execute(
        "UPDATE tie SET strength = 'énorme', valence = 'x', flow = 'y', since = 'bientôt', until = '31/12/2026', \
         consent_basis = 'z', role = 'a\u{1b}[31mb' WHERE id = ?1",
        [id],
    )
    .unwrap();
    drop(conn);
    let store = Store::open(dir.path()).unwrap();
    let t = store.tie(id).unwrap();
    assert_eq!((t.strength, t.valence, t.flow), (Strength::Normal, Valence::Neutral, Flow::None));
    assert_eq!((t.until, t.consent.clone(), t.role.as_str()), (None, None, "a[31mb"));
    // The start falls back on the day the tie was written.
    assert_eq!(t.since, NaiveDate::parse_from_str(&created[..10], "%Y-%m-%d").unwrap());
    assert_eq!(store.ties(person).unwrap().len(), 2);
    let facts = store.network_facts(today()).unwrap();
    assert_eq!(facts.len(), 1);
}

#[test]
fn a_schema_2_database_is_backed_up_then_migrated() {
    // A file of schema 2 goes through every later migration: the network, the path, the evidence,
    // the program's notes emptied.
    assert_eq!(LATEST_SCHEMA, 6);
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join(parcours::store::DB_FILE);
    {
        let mut conn = rusqlite::Connection::open(&db).unwrap();
        let v2 = rusqlite_migration::Migrations::new(vec![
            rusqlite_migration::M::up(include_str!("../src/store/migrations/001_initial.sql")),
            rusqlite_migration::M::up(include_str!("../src/store/migrations/002_plan.sql")),
        ]);
        v2.to_latest(&mut conn).unwrap();
        conn.execute_batch(
            "INSERT INTO person (id, pseudonym, pseudonym_key, created_at, updated_at)
                 VALUES (1, 'Mme Ancienne', 'mme ancienne', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z');
             INSERT INTO partner (id, name, name_key, sector, created_at, updated_at)
                 VALUES (1, 'SAMSAH', 'samsah', 'medico-social', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z');
             INSERT INTO axis (id, person_id, position, title, created_on) VALUES (1, 1, 0, 'Axe', '2026-01-02');
             INSERT INTO objective (id, axis_id, position, title, deadline, created_on)
                 VALUES (1, 1, 0, 'Objectif', '2026-12-31', '2026-01-02');
             INSERT INTO action (id, objective_id, position, what, carrier_kind, partner_id, due)
                 VALUES (1, 1, 0, 'Visite', 'partner', 1, '2026-12-01');",
        )
        .unwrap();
        let version: i64 = conn.pragma_query_value(None, "user_version", |r| r.get(0)).unwrap();
        assert_eq!(version, 2);
    }

    let mut store = Store::open(dir.path()).unwrap();
    let report = store.last_migration().unwrap().clone();
    assert_eq!((report.from, report.to), (2, LATEST_SCHEMA));
    assert_eq!(store.schema_version().unwrap(), LATEST_SCHEMA);
    // The tables of the later schemas work on the migrated file.
    assert!(store.journal(1).unwrap().is_empty() && store.evaluations(1).unwrap().is_empty());
    let mut note = parcours::domain::journal::JournalEntry::new_draft(1, today());
    note.summary = "Première entrée après la mise à jour.".into();
    assert!(store.save_journal_entry(&note).is_ok());
    assert!(store.evidence(Some(1)).unwrap().is_empty());
    let plan = store.plan(1).unwrap();
    assert_eq!((plan.axes.len(), plan.objectives.len(), plan.actions.len()), (1, 1, 1));
    assert_eq!(plan.actions[0].carrier, Carrier::Partner(1));
    assert_eq!(store.partner(1).unwrap().name, "SAMSAH");
    // The new table works on the migrated file, and the alerts see the old plan.
    assert_eq!(
        store.network_facts(today()).unwrap(),
        vec![NetworkFacts {
            person_id: 1,
            carriers_without_consent: vec![1],
            has_informal_support: false,
            conflictual_carriers: vec![]
        }]
    );
    store.save_tie(&Tie { consent: Some(consent(today())), ..to_partner(1, 1, day(2026, 1, 2)) }, today()).unwrap();
    assert!(store.network_facts(today()).unwrap()[0].carriers_without_consent.is_empty());
    assert_eq!(store.integrity_check().unwrap(), Vec::<String>::new());

    let backup = report.backup.unwrap();
    assert!(backup.exists());
    let old = rusqlite::Connection::open(&backup).unwrap();
    let version: i64 = old.pragma_query_value(None, "user_version", |r| r.get(0)).unwrap();
    assert_eq!(version, 2);
    let n: i64 = old.query_row("SELECT count(*) FROM action", [], |r| r.get(0)).unwrap();
    assert_eq!(n, 1);
    let tables: i64 = old.query_row("SELECT count(*) FROM sqlite_schema WHERE name = 'tie'", [], |r| r.get(0)).unwrap();
    assert_eq!(tables, 0, "the backup is the database as it was");
}

/// A tie with the ids of one database removed, for comparison with another.
fn portable(t: &Tie, partner_names: &dyn Fn(PartnerId) -> String) -> (String, Tie) {
    let target = match &t.target {
        TieTarget::Partner(id) => partner_names(*id),
        TieTarget::Informal { label, .. } => label.clone(),
    };
    (target, Tie { id: 0, person_id: 0, target: TieTarget::Partner(0), replaces: t.replaces.map(|_| 0), ..t.clone() })
}

#[test]
fn a_case_file_carries_the_network() {
    let mut source = Store::open_in_memory().unwrap();
    let person = add_person(&mut source, "Mme A.");
    let samsah = add_partner(&mut source, "SAMSAH");
    let cmp = add_partner(&mut source, "CMP adultes");
    carried_action(&mut source, person, samsah, "Visite");
    let mut t = to_partner(person, samsah, day(2026, 9, 1));
    t.role = "Accompagnement à domicile".into();
    t.consent = Some(consent(day(2026, 9, 2)));
    let first = source.save_tie(&t, day(2026, 9, 2)).unwrap();
    let second = source.save_tie(&Tie { strength: Strength::Strong, ..first.clone() }, day(2026, 10, 1)).unwrap();
    let c = source.save_tie(&to_partner(person, cmp, day(2026, 9, 1)), today()).unwrap();
    source.end_tie(c.id, day(2026, 11, 1)).unwrap();
    source.set_partner_archived(cmp, true).unwrap();
    source.save_tie(&informal(person, InformalKind::Family, "sa sœur", day(2025, 1, 1)), today()).unwrap();

    let exported = export_case(&source, person).unwrap();
    let json = serde_json::to_string_pretty(&exported).unwrap();
    let case = parse_case(&json).unwrap();
    let network = case.network.as_ref().unwrap();
    assert_eq!((network.ties.len(), network.partners.len()), (4, 2));

    // In a database whose directory already knows one partner under another case.
    let mut target = Store::open_in_memory().unwrap();
    add_person(&mut target, "Quelqu'un d'autre");
    let known = add_partner(&mut target, "samsah");
    let report = import_case(&mut target, &case).unwrap();
    assert_eq!(target.partners(true).unwrap().len(), 2, "SAMSAH matched by name, CMP added");

    let names = |store: &Store| {
        let partners = store.partners(true).unwrap();
        move |id: PartnerId| partners.iter().find(|p| p.id == id).unwrap().name.to_lowercase()
    };
    let original = source.ties(person).unwrap();
    let imported = target.ties(report.person_id).unwrap();
    let (n1, n2) = (names(&source), names(&target));
    assert_eq!(
        imported.iter().map(|t| portable(t, &n2)).collect::<Vec<_>>(),
        original.iter().map(|t| portable(t, &n1)).collect::<Vec<_>>()
    );
    let new_second = imported.iter().find(|t| t.strength == Strength::Strong).unwrap();
    let new_first = imported.iter().find(|t| t.target == TieTarget::Partner(known) && t.until.is_some()).unwrap();
    assert_eq!(new_second.replaces, Some(new_first.id), "the replaces link follows the new ids");
    assert_eq!(second.replaces, Some(first.id));
    assert_eq!(
        compare(&imported, day(2026, 9, 15), today()).into_iter().map(|(_, c)| c).collect::<Vec<_>>(),
        [TieChange::Unchanged, TieChange::Changed, TieChange::Ended]
    );
    // The same facts in the receiving database.
    let facts = target.network_facts(today()).unwrap();
    let f = facts.iter().find(|f| f.person_id == report.person_id).unwrap();
    assert!(f.carriers_without_consent.is_empty() && f.has_informal_support);

    // A file without a network (written before networks existed) still imports, and exports none.
    let mut old = serde_json::to_value(&exported).unwrap();
    old.as_object_mut().unwrap().remove("network");
    let case = parse_case(&old.to_string()).unwrap();
    assert!(case.network.is_none());
    let mut fresh = Store::open_in_memory().unwrap();
    let report = import_case(&mut fresh, &case).unwrap();
    assert!(fresh.ties(report.person_id).unwrap().is_empty());
    let again = export_case(&fresh, report.person_id).unwrap();
    assert!(again.network.is_none());
    assert!(!serde_json::to_string(&again).unwrap().contains("\"network\""));
}

#[test]
fn a_case_with_a_broken_network_imports_nothing() {
    let mut source = Store::open_in_memory().unwrap();
    let person = add_person(&mut source, "Mme A.");
    let samsah = add_partner(&mut source, "SAMSAH");
    let t = source.save_tie(&to_partner(person, samsah, day(2026, 9, 1)), today()).unwrap();
    source.save_tie(&Tie { strength: Strength::Weak, ..t }, today()).unwrap();
    let case = export_case(&source, person).unwrap();
    type Breaker = Box<dyn Fn(&mut parcours::export::case_json::CaseNetwork)>;
    let breakers: Vec<Breaker> = vec![
        Box::new(|n| n.ties[0].target = TieTarget::Partner(999)),
        Box::new(|n| n.ties[1].replaces = Some(999)),
        Box::new(|n| n.ties[1].replaces = Some(n.ties[1].id)),
        Box::new(|n| n.ties[0].until = Some(day(2000, 1, 1))),
        Box::new(|n| n.ties[0].target = TieTarget::Informal { kind: InformalKind::Other, label: " ".into() }),
        Box::new(|n| {
            n.ties[0].target = TieTarget::Informal { kind: InformalKind::Other, label: "x".into() };
            n.ties[0].consent = Some(consent(day(2026, 1, 1)));
        }),
        Box::new(|n| n.ties.push(n.ties[0].clone())),
    ];
    for (i, breaker) in breakers.iter().enumerate() {
        let mut broken = case.clone();
        breaker(broken.network.as_mut().unwrap());
        let mut target = Store::open_in_memory().unwrap();
        let result = import_case(&mut target, &broken);
        assert!(matches!(result, Err(CaseError::Refused(..))), "breaker {i}: {result:?}");
        assert!(target.persons(true).unwrap().is_empty(), "breaker {i}");
        assert_eq!(target.audit_count().unwrap(), 0, "breaker {i}");
    }
}

// ---------------------------------------------------------------------------------------------
// The synthetic caseload with a network

/// A small deterministic generator (test-only).
struct Lcg(u64);

impl Lcg {
    fn below(&mut self, n: u64) -> u64 {
        self.0 = self.0.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        (self.0 >> 33) % n
    }
}

/// A few ties per person of the synthetic caseload: some of the partners carrying her actions
/// (with or without consent, sometimes conflictual, sometimes ended), an informal support or two
/// (sometimes ended, sometimes redrawn).
fn add_network(store: &mut Store, seed: u64) -> usize {
    let mut rng = Lcg(seed);
    let kinds = InformalKind::ALL;
    let mut n = 0;
    for p in store.persons(true).unwrap() {
        let plan = store.plan(p.id).unwrap();
        let mut carriers: Vec<PartnerId> = plan
            .actions
            .iter()
            .filter_map(|a| match a.carrier {
                Carrier::Partner(id) => Some(id),
                _ => None,
            })
            .collect();
        carriers.sort_unstable();
        carriers.dedup();
        for partner in carriers {
            if rng.below(3) == 0 {
                continue;
            }
            let mut t = to_partner(p.id, partner, day(2026, 1 + rng.below(9) as u32, 1));
            if rng.below(2) == 0 {
                t.consent = Some(consent(t.since));
            }
            if rng.below(5) == 0 {
                t.valence = Valence::Conflictual;
            }
            let t = store.save_tie(&t, today()).unwrap();
            n += 1;
            if rng.below(6) == 0 {
                store.end_tie(t.id, day(2026, 10, 1).max(t.since)).unwrap();
            }
        }
        for _ in 0..rng.below(3) {
            let kind = kinds[rng.below(kinds.len() as u64) as usize];
            let t = store.save_tie(&informal(p.id, kind, "un proche", day(2025, 6, 1)), today()).unwrap();
            n += 1;
            match rng.below(4) {
                0 => {
                    store.end_tie(t.id, day(2026, 3, 1)).unwrap();
                }
                1 => {
                    store.save_tie(&Tie { strength: Strength::Strong, ..t }, day(2026, 5, 1)).unwrap();
                    n += 1;
                }
                _ => {}
            }
        }
    }
    n
}

/// The same facts, person by person, from `ties()` and `plan()`.
fn facts_one_by_one(store: &Store, today: NaiveDate) -> Vec<NetworkFacts> {
    let mut out = Vec::new();
    let mut persons = store.persons(false).unwrap();
    persons.retain(|p| p.status == PersonStatus::Active);
    persons.sort_by_key(|p| p.id);
    for p in persons {
        let plan = store.plan(p.id).unwrap();
        let live_axes: BTreeSet<i64> = plan.axes.iter().filter(|a| !a.archived).map(|a| a.id).collect();
        let live_objectives: BTreeSet<i64> =
            plan.objectives.iter().filter(|o| !o.archived && live_axes.contains(&o.axis_id)).map(|o| o.id).collect();
        let carriers: BTreeSet<PartnerId> = plan
            .actions
            .iter()
            .filter(|a| a.status.is_open() && !a.archived && live_objectives.contains(&a.objective_id))
            .filter_map(|a| match a.carrier {
                Carrier::Partner(id) => Some(id),
                _ => None,
            })
            .collect();
        let ties: Vec<Tie> = store.ties(p.id).unwrap().into_iter().filter(|t| t.active_on(today)).collect();
        let to = |id: PartnerId| ties.iter().filter(move |t| t.target == TieTarget::Partner(id));
        out.push(NetworkFacts {
            person_id: p.id,
            carriers_without_consent: carriers
                .iter()
                .copied()
                .filter(|id| !to(*id).any(|t| t.consent.is_some()))
                .collect(),
            has_informal_support: ties.iter().any(Tie::is_informal),
            conflictual_carriers: carriers
                .iter()
                .copied()
                .filter(|id| to(*id).any(|t| t.valence == Valence::Conflictual))
                .collect(),
        });
    }
    out
}

#[test]
fn network_facts_agree_with_each_persons_ties_and_plan() {
    let mut store = Store::open_in_memory().unwrap();
    parcours::synthetic::generate(&mut store, 60, 2, 7).unwrap();
    let ties = add_network(&mut store, 7);
    assert!(ties > 60, "{ties} ties");
    for date in [day(2026, 2, 1), day(2026, 6, 1), today()] {
        let facts = store.network_facts(date).unwrap();
        assert_eq!(facts, facts_one_by_one(&store, date), "{date}");
        assert!(facts.iter().any(|f| !f.carriers_without_consent.is_empty()));
        assert!(facts.iter().any(|f| f.has_informal_support) && facts.iter().any(|f| !f.has_informal_support));
    }
    assert!(store.network_facts(today()).unwrap().iter().any(|f| !f.conflictual_carriers.is_empty()));
    // Every synthetic partner carrying an open action is involved with someone.
    let anyone = store.partners(true).unwrap().into_iter().find(|p| !store.partner_persons(p.id).unwrap().is_empty());
    assert!(anyone.is_some());
    assert!(tie_count(&store) >= ties);
}
