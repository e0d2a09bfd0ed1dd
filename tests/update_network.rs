//! The network's and the directory's part of `update`: keys of the « Réseau » tab and of the
//! « Annuaire du territoire » screen in, model changes and effects out. No store, no terminal.

use chrono::NaiveDate;
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use parcours::app::action::Context;
use parcours::app::effect::Effect;
use parcours::app::form::{FieldError, FieldId, FormKind};
use parcours::app::keymap::Keymap;
use parcours::app::model::{Confirm, Model, Overlay, PersonTab, Screen, StatusKind};
use parcours::app::msg::{Msg, Target};
use parcours::app::update::update;
use parcours::commands::scene::screenshot_day;
use parcours::domain::diagnosis::DiagnosisEntry;
use parcours::domain::life_domain::default_domains;
use parcours::domain::partner::{Partner, Sector};
use parcours::domain::person::Person;
use parcours::domain::plan::Plan;
use parcours::domain::tie::{InformalKind, LegalBasis, ShareConsent, Strength, Tie, TieProblem, TieTarget};
use parcours::i18n::Lang;

fn today() -> NaiveDate {
    screenshot_day()
}

fn day(m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, m, d).unwrap()
}

fn press(code: KeyCode) -> Msg {
    Msg::Key(KeyEvent::new(code, KeyModifiers::NONE))
}

fn ch(c: char) -> Msg {
    press(KeyCode::Char(c))
}

fn ctrl(c: char) -> Msg {
    Msg::Key(KeyEvent::new(KeyCode::Char(c), KeyModifiers::CONTROL))
}

fn type_text(m: &mut Model, text: &str) {
    for c in text.chars() {
        update(m, ch(c));
    }
}

const PERSON: i64 = 7;

/// The directory as the plan sees it: a médico-social and a sanitaire partner, and an archived
/// one that no new tie may point to.
fn partners() -> Vec<Partner> {
    vec![
        Partner { id: 5, name: "Ancien CCAS".into(), sector: Sector::Social, archived: true, ..Partner::new_draft() },
        Partner { id: 4, name: "CMP adultes".into(), sector: Sector::Sanitaire, ..Partner::new_draft() },
        Partner { id: 3, name: "SAMSAH".into(), sector: Sector::MedicoSocial, ..Partner::new_draft() },
    ]
}

fn informal(kind: InformalKind, label: &str) -> TieTarget {
    TieTarget::Informal { kind, label: label.into() }
}

/// Mme T.'s ties: her sister, the SAMSAH, the CMP redrawn stronger in June, a friend since October.
/// Today's map in layout order: CMP (sanitaire), SAMSAH (médico-social), sister, friend.
fn ties() -> Vec<Tie> {
    let consent = ShareConsent { date: day(6, 1), scope: "Soins".into(), basis: LegalBasis::SameCareTeam };
    vec![
        Tie { id: 1, ..Tie::new_draft(PERSON, informal(InformalKind::Family, "sa sœur"), day(1, 1)) },
        Tie { id: 2, consent: Some(consent), ..Tie::new_draft(PERSON, TieTarget::Partner(3), day(6, 1)) },
        Tie { id: 3, until: Some(day(6, 1)), ..Tie::new_draft(PERSON, TieTarget::Partner(4), day(1, 1)) },
        Tie {
            id: 4,
            strength: Strength::Strong,
            replaces: Some(3),
            ..Tie::new_draft(PERSON, TieTarget::Partner(4), day(6, 1))
        },
        Tie { id: 5, ..Tie::new_draft(PERSON, informal(InformalKind::Friends, "un ami du club"), day(10, 1)) },
    ]
}

fn model() -> Model {
    Model::new(today(), Lang::Fr, Keymap::default_keymap(), default_domains())
}

/// A model on Mme T.'s « Réseau » tab, her network loaded, the first tie selected.
fn on_network_with(ties: Vec<Tie>) -> Model {
    let mut m = model();
    let person = Person { id: PERSON, pseudonym: "Mme T.".into(), ..Person::new_draft(day(3, 1)) };
    update(&mut m, Msg::PersonLoaded(person, Vec::<DiagnosisEntry>::new()));
    update(&mut m, Msg::PlanLoaded(PERSON, Plan::default(), partners()));
    update(&mut m, Msg::NetworkLoaded(PERSON, ties));
    assert_eq!(m.person.as_ref().unwrap().tab, PersonTab::Diagnostic, "a person opens on her diagnostic");
    // Diagnostic → Projet → Réseau.
    update(&mut m, press(KeyCode::Tab));
    update(&mut m, press(KeyCode::Tab));
    assert_eq!(m.person.as_ref().unwrap().tab, PersonTab::Network);
    assert_eq!(m.context(), Context::Network);
    m
}

fn on_network() -> Model {
    on_network_with(ties())
}

fn selected_id(m: &Model) -> Option<i64> {
    let p = m.person.as_ref()?;
    p.network.selected_tie(&p.case.ties, m.today, &p.plan.partners).map(|t| t.id)
}

fn today_ids(m: &Model) -> Vec<i64> {
    let p = m.person.as_ref().unwrap();
    p.network.on(&p.case.ties, m.today, &p.plan.partners).iter().map(|t| t.id).collect()
}

fn form_kind(m: &Model) -> Option<&FormKind> {
    match &m.overlay {
        Some(Overlay::Form(f)) => Some(&f.kind),
        _ => None,
    }
}

fn field_error(m: &Model, id: FieldId) -> Option<FieldError> {
    match &m.overlay {
        Some(Overlay::Form(f)) => f.fields.iter().find(|x| x.id == id).and_then(|x| x.error),
        other => panic!("no form open: {other:?}"),
    }
}

fn focused(m: &Model) -> Option<FieldId> {
    match &m.overlay {
        Some(Overlay::Form(f)) => f.fields.get(f.focus).map(|x| x.id),
        _ => None,
    }
}

fn tab_to(m: &mut Model, id: FieldId) {
    for _ in 0..20 {
        if focused(m) == Some(id) {
            return;
        }
        update(m, press(KeyCode::Tab));
    }
    panic!("{id:?} never got the focus");
}

/// (code, label) of the tie form's target choices, and the code chosen.
fn target_choices(m: &Model) -> (Vec<(String, String)>, String) {
    let Some(Overlay::Form(f)) = &m.overlay else { panic!("no form open") };
    let field = f.fields.iter().find(|x| x.id == FieldId::TieTarget).expect("a target field");
    let parcours::app::form::FieldKind::Choice(codes) = &field.kind else { panic!("the target is a choice") };
    (codes.iter().cloned().zip(field.labels.iter().cloned()).collect(), field.choice_code().to_string())
}

fn compare_with(m: &Model) -> Option<NaiveDate> {
    m.person.as_ref().unwrap().network.compare_with
}

// ---------------------------------------------------------------------------------------------
// « Réseau »

#[test]
fn arrows_walk_todays_ties_in_the_layout_order() {
    let mut m = on_network();
    assert_eq!(today_ids(&m), vec![4, 2, 1, 5], "partners by sector, then informal supports; no ended tie");
    assert_eq!(selected_id(&m), Some(4));
    assert!(update(&mut m, press(KeyCode::Down)).is_empty());
    assert_eq!(selected_id(&m), Some(2));
    update(&mut m, press(KeyCode::Down));
    update(&mut m, press(KeyCode::Down));
    assert_eq!(selected_id(&m), Some(5));
    update(&mut m, press(KeyCode::Down));
    assert_eq!(selected_id(&m), Some(5), "the last tie stays selected");
    update(&mut m, press(KeyCode::Up));
    assert_eq!(selected_id(&m), Some(1));
    update(&mut m, press(KeyCode::Home));
    assert_eq!(selected_id(&m), Some(4));
    update(&mut m, press(KeyCode::Up));
    assert_eq!(selected_id(&m), Some(4), "the first tie stays selected");
    update(&mut m, press(KeyCode::End));
    assert_eq!(selected_id(&m), Some(5));
}

#[test]
fn arrows_on_an_empty_network_move_nothing() {
    let mut m = on_network_with(Vec::new());
    assert!(update(&mut m, press(KeyCode::Down)).is_empty());
    assert_eq!(m.person.as_ref().unwrap().network.selected, 0);
    assert_eq!(selected_id(&m), None);
    // Enter with nothing selected opens a new tie rather than nothing.
    update(&mut m, press(KeyCode::Enter));
    assert!(matches!(form_kind(&m), Some(FormKind::Tie(t)) if t.id == 0));
    update(&mut m, press(KeyCode::Esc));
    // Nothing to end.
    assert!(update(&mut m, ch('x')).is_empty());
    assert!(m.overlay.is_none());
}

#[test]
fn n_offers_the_partners_then_the_informal_supports() {
    let mut m = on_network();
    update(&mut m, ch('n'));
    let Some(FormKind::Tie(draft)) = form_kind(&m) else { panic!("a tie form: {:?}", m.overlay) };
    assert_eq!((draft.id, draft.person_id, draft.since), (0, PERSON, today()));
    let (choices, chosen) = target_choices(&m);
    let codes: Vec<&str> = choices.iter().map(|(c, _)| c.as_str()).collect();
    assert_eq!(
        codes,
        vec![
            "partner:4",
            "partner:3",
            "informal:family",
            "informal:friends",
            "informal:neighbours",
            "informal:peers",
            "informal:school",
            "informal:work",
            "informal:other",
        ],
        "the archived partner is not offered"
    );
    assert_eq!(choices[0].1, "CMP adultes");
    assert_eq!(choices[2].1, "famille");
    assert_eq!(chosen, "informal:family", "a support of the family by default");
    assert_eq!(focused(&m), Some(FieldId::TieTarget));
    // ← goes back to the partners.
    update(&mut m, press(KeyCode::Left));
    assert_eq!(target_choices(&m).1, "partner:3");
}

#[test]
fn an_informal_support_needs_words_then_is_saved_today() {
    let mut m = on_network();
    update(&mut m, ch('n'));
    assert!(update(&mut m, ctrl('s')).is_empty());
    assert!(matches!(form_kind(&m), Some(FormKind::Tie(_))), "the form stays open");
    assert_eq!(field_error(&m, FieldId::InformalLabel), Some(FieldError::Tie(TieProblem::LabelEmpty)));
    assert_eq!(focused(&m), Some(FieldId::InformalLabel), "the focus goes to the field to fix");
    assert_eq!(m.status.as_ref().map(|s| s.kind), Some(StatusKind::Error));
    type_text(&mut m, "sa voisine de palier");
    tab_to(&mut m, FieldId::TieRole);
    type_text(&mut m, "courses le samedi");
    tab_to(&mut m, FieldId::Strength);
    update(&mut m, press(KeyCode::Right));
    let effects = update(&mut m, ctrl('s'));
    let [Effect::SaveTie(t, on)] = effects.as_slice() else { panic!("{effects:?}") };
    assert_eq!(*on, today());
    assert_eq!(t.id, 0);
    assert_eq!(t.person_id, PERSON);
    assert_eq!(t.target, informal(InformalKind::Family, "sa voisine de palier"));
    assert_eq!(t.role, "courses le samedi");
    assert_eq!(t.strength, Strength::Weak, "normal → faible");
    assert_eq!(t.since, today());
    assert_eq!(t.consent, None);
}

#[test]
fn a_partner_chosen_as_target_needs_no_words() {
    let mut m = on_network();
    update(&mut m, ch('n'));
    update(&mut m, press(KeyCode::Left));
    update(&mut m, press(KeyCode::Left));
    assert_eq!(target_choices(&m).1, "partner:4");
    let effects = update(&mut m, ctrl('s'));
    assert!(
        matches!(effects.as_slice(), [Effect::SaveTie(t, _)] if t.target == TieTarget::Partner(4) && t.id == 0),
        "{effects:?}"
    );
}

#[test]
fn a_future_start_is_refused() {
    let mut m = on_network();
    update(&mut m, ch('n'));
    tab_to(&mut m, FieldId::InformalLabel);
    type_text(&mut m, "son frère");
    tab_to(&mut m, FieldId::Since);
    for _ in 0..10 {
        update(&mut m, press(KeyCode::Backspace));
    }
    type_text(&mut m, "01/12/2026");
    assert!(update(&mut m, ctrl('s')).is_empty());
    assert_eq!(field_error(&m, FieldId::Since), Some(FieldError::NotInPast));
}

#[test]
fn enter_edits_the_selected_tie() {
    let mut m = on_network();
    update(&mut m, press(KeyCode::Down));
    update(&mut m, press(KeyCode::Enter));
    let Some(FormKind::Tie(t)) = form_kind(&m) else { panic!("{:?}", m.overlay) };
    assert_eq!(t.id, 2);
    assert_eq!(target_choices(&m).1, "partner:3", "the form shows the tie's partner");
    update(&mut m, press(KeyCode::Esc));
    assert!(m.overlay.is_none(), "an untouched form closes at once");
    update(&mut m, ch('e'));
    assert!(matches!(form_kind(&m), Some(FormKind::Tie(t)) if t.id == 2));
}

#[test]
fn editing_a_tie_to_an_archived_partner_keeps_its_partner() {
    // The CCAS was archived after the tie was drawn: the tie is still on today's map.
    let mut ties = ties();
    ties.push(Tie { id: 6, ..Tie::new_draft(PERSON, TieTarget::Partner(5), day(2, 1)) });
    let mut m = on_network_with(ties);
    assert_eq!(today_ids(&m), vec![4, 2, 6, 1, 5]);
    update(&mut m, press(KeyCode::Down));
    update(&mut m, press(KeyCode::Down));
    assert_eq!(selected_id(&m), Some(6));
    update(&mut m, press(KeyCode::Enter));
    assert_eq!(target_choices(&m).1, "partner:5", "the form must not point the tie elsewhere");
    tab_to(&mut m, FieldId::TieRole);
    type_text(&mut m, "ancien suivi");
    let effects = update(&mut m, ctrl('s'));
    let [Effect::SaveTie(t, _)] = effects.as_slice() else { panic!("{effects:?}") };
    assert_eq!((t.id, &t.target, t.role.as_str()), (6, &TieTarget::Partner(5), "ancien suivi"));
    // A new tie still cannot go to the archived partner.
    update(&mut m, Msg::TieSaved(PERSON, 6));
    update(&mut m, ch('n'));
    let (choices, _) = target_choices(&m);
    assert!(!choices.iter().any(|(c, _)| c == "partner:5"), "{choices:?}");
}

#[test]
fn x_asks_then_o_ends_the_tie_today_and_enter_does_nothing() {
    let mut m = on_network();
    update(&mut m, press(KeyCode::Down));
    assert!(update(&mut m, ch('x')).is_empty());
    assert!(matches!(m.overlay, Some(Overlay::Confirm { what: Confirm::EndTie(2), .. })), "{:?}", m.overlay);
    // Enter opens and edits elsewhere: here, one press too many must not end anything.
    assert!(update(&mut m, press(KeyCode::Enter)).is_empty());
    assert!(matches!(m.overlay, Some(Overlay::Confirm { what: Confirm::EndTie(2), .. })));
    assert_eq!(update(&mut m, ch('o')), vec![Effect::EndTie(2, today())]);
    assert!(m.overlay.is_none());
    // n says no; Delete asks too.
    update(&mut m, press(KeyCode::Delete));
    assert!(matches!(m.overlay, Some(Overlay::Confirm { what: Confirm::EndTie(2), .. })));
    assert!(update(&mut m, ch('n')).is_empty());
    assert!(m.overlay.is_none());
}

#[test]
fn c_asks_a_past_date_then_compares_and_c_again_stops() {
    let mut m = on_network();
    assert_eq!(compare_with(&m), None);
    update(&mut m, ch('c'));
    assert!(matches!(form_kind(&m), Some(FormKind::CompareDate)));
    // Her referral date is offered first.
    let Some(Overlay::Form(f)) = &m.overlay else { unreachable!() };
    assert_eq!(f.fields[0].text(), "01/03/2026");
    for _ in 0..10 {
        update(&mut m, press(KeyCode::Backspace));
    }
    type_text(&mut m, "23/11/2026");
    assert!(update(&mut m, ctrl('s')).is_empty());
    assert_eq!(field_error(&m, FieldId::CompareDate), Some(FieldError::NotInPast));
    assert_eq!(compare_with(&m), None);
    // Today is not in the past either.
    for _ in 0..10 {
        update(&mut m, press(KeyCode::Backspace));
    }
    type_text(&mut m, "22/11/2026");
    update(&mut m, ctrl('s'));
    assert_eq!(field_error(&m, FieldId::CompareDate), Some(FieldError::NotInPast));
    for _ in 0..10 {
        update(&mut m, press(KeyCode::Backspace));
    }
    type_text(&mut m, "31/02/2026");
    update(&mut m, ctrl('s'));
    assert!(matches!(field_error(&m, FieldId::CompareDate), Some(FieldError::Date(_))));
    for _ in 0..10 {
        update(&mut m, press(KeyCode::Backspace));
    }
    type_text(&mut m, "15/03/2026");
    assert!(update(&mut m, ctrl('s')).is_empty());
    assert!(m.overlay.is_none(), "{:?}", m.overlay);
    assert_eq!(compare_with(&m), Some(day(3, 15)));
    // What changed since: the CMP redrawn, the SAMSAH and the friend added.
    let p = m.person.as_ref().unwrap();
    let marks: Vec<(i64, parcours::domain::tie::TieChange)> =
        p.network.marked(&p.case.ties, today(), &p.plan.partners).into_iter().map(|(t, c)| (t.id, c)).collect();
    use parcours::domain::tie::TieChange::*;
    assert_eq!(marks, vec![(4, Changed), (2, Added), (1, Unchanged), (5, Added)]);
    // The selection still walks today's ties.
    update(&mut m, press(KeyCode::Down));
    assert_eq!(selected_id(&m), Some(2));
    assert!(update(&mut m, ch('c')).is_empty());
    assert!(m.overlay.is_none(), "c again stops comparing, without asking");
    assert_eq!(compare_with(&m), None);
}

#[test]
fn a_saved_tie_reloads_the_network_and_is_selected() {
    let mut m = on_network();
    update(&mut m, ch('n'));
    tab_to(&mut m, FieldId::InformalLabel);
    type_text(&mut m, "un collègue");
    let effects = update(&mut m, ctrl('s'));
    let [Effect::SaveTie(t, _)] = effects.as_slice() else { panic!("{effects:?}") };
    let mut stored = t.clone();
    stored.id = 9;
    assert_eq!(update(&mut m, Msg::TieSaved(PERSON, 9)), vec![Effect::LoadNetwork(PERSON), Effect::LoadPersons]);
    assert!(m.overlay.is_none(), "the form closes once saved");
    assert_eq!(m.status.as_ref().map(|s| s.kind), Some(StatusKind::Success));
    let mut ties = ties();
    ties.push(stored);
    assert!(update(&mut m, Msg::NetworkLoaded(PERSON, ties)).is_empty());
    // Among the family ties, by label: « sa sœur », then « un collègue »; the friend after.
    assert_eq!(today_ids(&m), vec![4, 2, 1, 9, 5]);
    assert_eq!(selected_id(&m), Some(9));
}

#[test]
fn an_ended_tie_leaves_the_selection_on_todays_map() {
    let mut m = on_network();
    update(&mut m, press(KeyCode::End));
    assert_eq!(selected_id(&m), Some(5));
    update(&mut m, ch('x'));
    assert_eq!(update(&mut m, ch('o')), vec![Effect::EndTie(5, today())]);
    update(&mut m, Msg::TieSaved(PERSON, 5));
    let mut ties = ties();
    ties[4].until = Some(today());
    update(&mut m, Msg::NetworkLoaded(PERSON, ties));
    assert_eq!(today_ids(&m), vec![4, 2, 1]);
    assert_eq!(selected_id(&m), Some(1), "the selection stays on the map");
}

#[test]
fn a_network_of_another_person_is_ignored() {
    let mut m = on_network();
    update(&mut m, Msg::NetworkLoaded(PERSON + 1, Vec::new()));
    assert_eq!(today_ids(&m), vec![4, 2, 1, 5]);
}

#[test]
fn a_click_on_a_tie_selects_it_and_a_second_opens_it() {
    let mut m = on_network();
    assert!(update(&mut m, Msg::Click(Target::TieNode(2))).is_empty());
    assert_eq!(selected_id(&m), Some(1));
    assert!(m.overlay.is_none());
    update(&mut m, Msg::Click(Target::TieNode(2)));
    assert!(matches!(form_kind(&m), Some(FormKind::Tie(t)) if t.id == 1));
    // A click beyond the map's ties is clamped.
    update(&mut m, press(KeyCode::Esc));
    update(&mut m, Msg::Click(Target::TieNode(40)));
    assert_eq!(selected_id(&m), Some(5));
}

#[test]
fn network_keys_mean_nothing_on_other_tabs() {
    let mut m = on_network();
    update(&mut m, press(KeyCode::Tab));
    assert_eq!(m.person.as_ref().unwrap().tab, PersonTab::Evaluation);
    assert!(update(&mut m, ch('c')).is_empty());
    assert!(update(&mut m, ch('x')).is_empty());
    assert!(m.overlay.is_none());
    assert_eq!(compare_with(&m), None);
}

// ---------------------------------------------------------------------------------------------
// « Annuaire du territoire »

/// The directory as the store gives it: every partner, archived ones too, by name.
fn directory() -> Vec<Partner> {
    let p = |id, name: &str, sector, expertise: &str| Partner {
        id,
        name: name.into(),
        sector,
        expertise: expertise.into(),
        ..Partner::new_draft()
    };
    vec![
        Partner { archived: true, ..p(6, "Ancien service d’aide", Sector::Social, "aide à domicile") },
        p(1, "Bailleur social", Sector::Logement, "logement, dettes locatives"),
        p(2, "Centre médico-psychologique", Sector::Sanitaire, "psychiatrie adulte"),
        p(3, "Équipe mobile précarité", Sector::Sanitaire, "aller vers"),
        p(4, "Mission locale", Sector::EmploiInsertion, "16-25 ans"),
    ]
}

/// A model on the directory, opened with t from the file active, its list loaded.
fn on_directory() -> Model {
    let mut m = model();
    assert_eq!(m.screen, Screen::FileActive);
    assert_eq!(update(&mut m, ch('t')), vec![Effect::LoadDirectory]);
    assert_eq!(m.screen, Screen::Directory);
    assert_eq!(update(&mut m, Msg::DirectoryLoaded(directory())), vec![Effect::LoadPartnerPersons(1)]);
    m
}

fn shown(m: &Model) -> Vec<i64> {
    let label = |p: &Partner| parcours::i18n::sector_label(m.lang, p.sector).to_string();
    m.directory.visible(label).into_iter().map(|i| m.directory.partners[i].id).collect()
}

fn selected_partner(m: &Model) -> Option<i64> {
    parcours::app::screens::directory::update::selected(m).map(|p| p.id)
}

#[test]
fn the_directory_hides_archived_partners_and_follows_the_selection() {
    let mut m = on_directory();
    assert_eq!(shown(&m), vec![1, 2, 3, 4]);
    assert_eq!(selected_partner(&m), Some(1));
    assert!(update(&mut m, Msg::PartnerPersonsLoaded(1, vec![(PERSON, "Mme T.".into())])).is_empty());
    assert_eq!(m.directory.involved, vec![(PERSON, "Mme T.".to_string())]);
    assert_eq!(update(&mut m, press(KeyCode::Down)), vec![Effect::LoadPartnerPersons(2)]);
    assert!(m.directory.involved.is_empty(), "the persons of the previous partner are gone");
    // A late answer for another partner is dropped.
    update(&mut m, Msg::PartnerPersonsLoaded(1, vec![(PERSON, "Mme T.".into())]));
    assert!(m.directory.involved.is_empty());
    assert_eq!(update(&mut m, press(KeyCode::End)), vec![Effect::LoadPartnerPersons(4)]);
    assert_eq!(selected_partner(&m), Some(4));
    update(&mut m, Msg::PartnerPersonsLoaded(4, Vec::new()));
    assert!(update(&mut m, press(KeyCode::Down)).is_empty(), "the same partner: nothing to load");
    // Esc goes back to the file active.
    assert_eq!(update(&mut m, press(KeyCode::Esc)), vec![Effect::LoadPersons]);
    assert_eq!(m.screen, Screen::FileActive);
}

#[test]
fn slash_filters_as_you_type_accents_ignored_and_esc_clears() {
    let mut m = on_directory();
    assert!(update(&mut m, ch('/')).is_empty());
    assert!(m.directory.filter_editing);
    assert_eq!(m.directory.filter.as_deref(), Some(""));
    type_text(&mut m, "equipe");
    assert_eq!(shown(&m), vec![3], "« equipe » finds « Équipe »");
    assert_eq!(selected_partner(&m), Some(3));
    for _ in 0.."equipe".len() {
        update(&mut m, press(KeyCode::Backspace));
    }
    type_text(&mut m, "SANITAIRE");
    assert_eq!(shown(&m), vec![2, 3], "the sector is searched by its words");
    type_text(&mut m, " psy");
    assert_eq!(shown(&m), vec![2], "every word must be found");
    // Letters that are keys elsewhere are typed into the filter.
    assert_eq!(m.directory.filter.as_deref(), Some("SANITAIRE psy"));
    assert!(m.overlay.is_none());
    update(&mut m, press(KeyCode::Esc));
    assert_eq!(m.directory.filter, None);
    assert!(!m.directory.filter_editing);
    assert_eq!(shown(&m), vec![1, 2, 3, 4]);
    assert_eq!(m.screen, Screen::Directory, "the first Esc only clears the filter");
    // Enter ends the typing and keeps the filter; Esc then clears it before leaving.
    update(&mut m, ch('/'));
    type_text(&mut m, "mission");
    update(&mut m, press(KeyCode::Enter));
    assert!(!m.directory.filter_editing);
    assert_eq!(shown(&m), vec![4]);
    update(&mut m, press(KeyCode::Esc));
    assert_eq!((m.screen, m.directory.filter.as_deref()), (Screen::Directory, None));
}

#[test]
fn n_opens_a_partner_form_that_needs_a_name() {
    let mut m = on_directory();
    update(&mut m, ch('n'));
    assert!(matches!(form_kind(&m), Some(FormKind::Partner(p)) if p.id == 0));
    assert!(update(&mut m, ctrl('s')).is_empty());
    assert_eq!(field_error(&m, FieldId::PartnerName), Some(FieldError::Required));
    type_text(&mut m, "Maison des adolescents");
    update(&mut m, press(KeyCode::Tab));
    assert_eq!(focused(&m), Some(FieldId::Sector));
    // « autre » by default; → wraps to « sanitaire », then « médico-social ».
    update(&mut m, press(KeyCode::Right));
    update(&mut m, press(KeyCode::Right));
    let effects = update(&mut m, ctrl('s'));
    let [Effect::SavePartner(p)] = effects.as_slice() else { panic!("{effects:?}") };
    assert_eq!((p.id, p.name.as_str(), p.sector), (0, "Maison des adolescents", Sector::MedicoSocial));
    // Once saved, the list comes back with the new partner selected.
    let saved = Partner { id: 7, ..p.clone() };
    assert_eq!(update(&mut m, Msg::PartnerSaved(saved.clone())), vec![Effect::LoadDirectory]);
    assert!(m.overlay.is_none());
    let mut list = directory();
    list.insert(4, saved);
    assert_eq!(update(&mut m, Msg::DirectoryLoaded(list)), vec![Effect::LoadPartnerPersons(7)]);
    assert_eq!(selected_partner(&m), Some(7));
}

#[test]
fn enter_edits_the_selected_partner() {
    let mut m = on_directory();
    update(&mut m, press(KeyCode::Down));
    update(&mut m, press(KeyCode::Enter));
    assert!(matches!(form_kind(&m), Some(FormKind::Partner(p)) if p.id == 2));
    update(&mut m, press(KeyCode::Esc));
    update(&mut m, ch('e'));
    assert!(matches!(form_kind(&m), Some(FormKind::Partner(p)) if p.id == 2));
}

#[test]
fn a_asks_then_o_archives_and_big_a_shows_the_archived() {
    let mut m = on_directory();
    update(&mut m, press(KeyCode::Down));
    assert!(update(&mut m, ch('a')).is_empty());
    assert!(matches!(m.overlay, Some(Overlay::Confirm { what: Confirm::ArchivePartner(2), .. })));
    assert!(update(&mut m, press(KeyCode::Enter)).is_empty(), "Enter never archives");
    assert_eq!(update(&mut m, ch('o')), vec![Effect::SetPartnerArchived(2, true)]);
    assert_eq!(update(&mut m, Msg::PartnerArchived(2, true)), vec![Effect::LoadDirectory]);
    let mut list = directory();
    list[2].archived = true;
    update(&mut m, Msg::DirectoryLoaded(list));
    assert_eq!(shown(&m), vec![1, 3, 4]);
    // A shows the archived ones; on one of them, a brings it back.
    update(&mut m, ch('A'));
    assert!(m.directory.show_archived);
    assert_eq!(shown(&m), vec![6, 1, 2, 3, 4]);
    update(&mut m, press(KeyCode::Home));
    assert_eq!(selected_partner(&m), Some(6));
    update(&mut m, ch('x'));
    assert!(matches!(m.overlay, Some(Overlay::Confirm { what: Confirm::RestorePartner(6), .. })));
    assert_eq!(update(&mut m, ch('o')), vec![Effect::SetPartnerArchived(6, false)]);
    update(&mut m, ch('A'));
    assert_eq!(shown(&m), vec![1, 3, 4]);
}
