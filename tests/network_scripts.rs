//! Key and mouse scripts of the « Réseau » tab and the « Annuaire du territoire » through
//! `App::handle_event`, on a database in a temporary folder: a partner added to the directory, a
//! tie drawn to it, its consent to share recorded, its strength changed, two dates compared, a tie
//! ended, a partner archived, a tie picked with the mouse. What was saved is checked by reopening
//! the database once the application is dropped.

use chrono::Days;
use crossterm::event::KeyCode;
use parcours::app::form::{FieldId, FormKind};
use parcours::app::model::{Confirm, Overlay, PersonTab, Screen, StatusKind};
use parcours::app::runtime::App;
use parcours::domain::date::format_fr;
use parcours::domain::partner::{Partner, PartnerId, Sector};
use parcours::domain::tie::{LegalBasis, Strength, Tie, TieChange, TieId, TieTarget, compare};
use unicode_width::UnicodeWidthStr;

mod common;

use common::script::*;

/// The label shown by a choice field whose labels are data (the tie's target).
fn choice_label(app: &App, id: FieldId) -> String {
    match &app.model.overlay {
        Some(Overlay::Form(form)) => {
            form.fields.iter().find(|f| f.id == id).and_then(|f| f.choice_label()).unwrap_or_default().to_string()
        }
        other => panic!("no form open: {other:?}"),
    }
}

fn status_kind(app: &App) -> Option<StatusKind> {
    app.model.status.as_ref().map(|s| s.kind)
}

fn saved_ok(app: &App) {
    assert!(app.model.overlay.is_none(), "the form closes once saved: {:?}", app.model.status);
    assert_eq!(status_kind(app), Some(StatusKind::Success), "{:?}", app.model.status);
}

/// From her diagnostic, Tab twice to « Réseau ».
fn to_network_tab(app: &mut App) {
    assert_eq!(app.model.person.as_ref().unwrap().tab, PersonTab::Diagnostic);
    press(app, KeyCode::Tab);
    press(app, KeyCode::Tab);
    assert_eq!(app.model.person.as_ref().unwrap().tab, PersonTab::Network);
    assert!(screen_text(app).contains(&format!("Écocarte au {}", format_fr(today()))));
}

fn todays_ties(app: &App) -> Vec<Tie> {
    let p = app.model.person.as_ref().expect("a person is open");
    p.network.on(&p.case.ties, today(), &p.plan.partners).into_iter().cloned().collect()
}

fn selected_tie(app: &App) -> Option<Tie> {
    let p = app.model.person.as_ref()?;
    p.network.selected_tie(&p.case.ties, today(), &p.plan.partners)
}

/// The map's part of the screen, one string per row of the screen: left of the side panel, from
/// the map's title to its legend (the rows above are left empty).
fn map_lines(text: &str) -> Vec<String> {
    let top = text.lines().position(|l| l.contains("Écocarte au")).expect("the map's title");
    let legend = text.lines().position(|l| l.contains("═══ fort")).expect("the legend is on the map");
    text.lines()
        .enumerate()
        .take(legend)
        .map(|(y, l)| if y <= top { String::new() } else { l.split("││").next().unwrap_or(l).to_string() })
        .collect()
}

const PARTNER: &str = "Point conseil budget";
const EXPERTISE: &str = "Budget, surendettement, microcrédit";
const PERSON: &str = "Inès, 19 ans";
const ROLE: &str = "Accompagne le dossier de surendettement";
/// The tie's start, well before yesterday: a change today is a change, not a new tie.
const SINCE: &str = "01/10/2026";
const SCOPE: &str = "Budget, dettes, dossier de surendettement";

/// (a) From the file active: t, n, the name, the sector (→ « social »), the expertise, Ctrl-S.
fn add_partner(app: &mut App) -> PartnerId {
    assert_eq!(app.model.screen, Screen::FileActive);
    press(app, KeyCode::Char('t'));
    assert_eq!(app.model.screen, Screen::Directory);
    let before = app.model.directory.partners.len();
    assert!(screen_text(app).contains(&format!("Annuaire du territoire — {before}/{before}")));
    press(app, KeyCode::Char('n'));
    assert!(matches!(form_kind(app), Some(FormKind::Partner(p)) if p.id == 0));
    assert_eq!(focused_field(app), Some(FieldId::PartnerName));
    type_text(app, PARTNER);
    press(app, KeyCode::Tab);
    assert_eq!(focused_field(app), Some(FieldId::Sector));
    // « autre » → « sanitaire » → « médico-social » → « social ».
    for _ in 0..3 {
        press(app, KeyCode::Right);
    }
    press(app, KeyCode::Tab);
    assert_eq!(focused_field(app), Some(FieldId::Expertise));
    type_text(app, EXPERTISE);
    ctrl(app, 's');
    saved_ok(app);
    assert_eq!(app.model.directory.partners.len(), before + 1);
    let selected =
        parcours::app::screens::directory::update::selected(&app.model).expect("the new partner is selected");
    assert_eq!(selected.name, PARTNER);
    let text = screen_text(app);
    assert!(text.contains(&format!("{PARTNER} · social")), "its details:\n{text}");
    assert!(text.contains("Aucune personne de la file active"), "nobody yet:\n{text}");
    selected.id
}

/// (b) Back to the file active, open Inès, Tab to « Réseau », n, the partner chosen by cycling the
/// target, a role, a start date, Ctrl-S. Returns her id and the tie's.
fn add_tie(app: &mut App, partner: PartnerId) -> (i64, TieId) {
    press(app, KeyCode::Esc);
    assert_eq!(app.model.screen, Screen::FileActive);
    let person = open_with_keys(app, PERSON);
    to_network_tab(app);
    let before = todays_ties(app).len();
    press(app, KeyCode::Char('n'));
    assert!(matches!(form_kind(app), Some(FormKind::Tie(t)) if t.id == 0 && t.person_id == person));
    assert_eq!(focused_field(app), Some(FieldId::TieTarget));
    assert_eq!(choice_label(app, FieldId::TieTarget), "famille");
    // The partners come before the informal supports: ← walks back through them.
    for _ in 0..60 {
        if choice_label(app, FieldId::TieTarget) == PARTNER {
            break;
        }
        press(app, KeyCode::Left);
    }
    assert_eq!(choice_label(app, FieldId::TieTarget), PARTNER);
    tab_to(app, FieldId::TieRole);
    type_text(app, ROLE);
    tab_to(app, FieldId::Since);
    clear_line(app);
    type_text(app, SINCE);
    ctrl(app, 's');
    saved_ok(app);
    let t = selected_tie(app).expect("the new tie is selected");
    assert_eq!(t.target, TieTarget::Partner(partner));
    assert_eq!(todays_ties(app).len(), before + 1);
    let text = screen_text(app);
    assert!(text.contains(PARTNER), "on the map and beside it:\n{text}");
    assert!(text.contains("pas de consentement au partage"), "{text}");
    (person, t.id)
}

#[test]
fn a_a_partner_added_in_the_directory_is_stored() {
    let dir = demo_dir();
    let mut app = start(dir.path());
    let id = add_partner(&mut app);
    drop(app);
    let store = open_store(dir.path());
    let stored = store.partner(id).unwrap();
    assert_eq!(
        stored,
        Partner {
            id,
            name: PARTNER.into(),
            sector: Sector::Social,
            expertise: EXPERTISE.into(),
            ..Partner::new_draft()
        }
    );
    assert!(store.partners(false).unwrap().iter().any(|p| p.id == id));
}

#[test]
fn a_a_partner_needs_a_unique_name() {
    let dir = demo_dir();
    let mut app = start(dir.path());
    press(&mut app, KeyCode::Char('t'));
    let count = app.store.partners(true).unwrap().len();
    press(&mut app, KeyCode::Char('n'));
    ctrl(&mut app, 's');
    assert!(matches!(form_kind(&app), Some(FormKind::Partner(_))), "no name: the form stays");
    assert!(screen_text(&mut app).contains("Champ obligatoire"));
    // A name already in the directory, case aside.
    type_text(&mut app, "bailleur SOCIAL");
    ctrl(&mut app, 's');
    assert!(matches!(form_kind(&app), Some(FormKind::Partner(_))), "the form stays with every word");
    assert_eq!(status_kind(&app), Some(StatusKind::Error));
    assert_eq!(field_text(&app, FieldId::PartnerName), "bailleur SOCIAL");
    drop(app);
    assert_eq!(open_store(dir.path()).partners(true).unwrap().len(), count);
}

#[test]
fn b_a_tie_to_the_new_partner_is_stored() {
    let dir = demo_dir();
    let mut app = start(dir.path());
    let partner = add_partner(&mut app);
    let (person, tie) = add_tie(&mut app, partner);
    // The directory knows who the partner is involved with.
    press(&mut app, KeyCode::Esc);
    press(&mut app, KeyCode::Char('t'));
    press(&mut app, KeyCode::Char('/'));
    type_text(&mut app, "point conseil");
    assert_eq!(parcours::app::screens::directory::update::selected(&app.model).map(|p| p.id), Some(partner));
    assert_eq!(app.model.directory.involved, vec![(person, PERSON.to_string())]);
    assert!(screen_text(&mut app).contains(&format!("• {PERSON}")));
    drop(app);
    let store = open_store(dir.path());
    let stored = store.tie(tie).unwrap();
    assert_eq!(stored.person_id, person);
    assert_eq!(stored.target, TieTarget::Partner(partner));
    assert_eq!(stored.role, ROLE);
    assert_eq!(stored.since, day(2026, 10, 1));
    assert_eq!(
        (stored.strength, stored.until, stored.replaces, &stored.consent),
        (Strength::Normal, None, None, &None)
    );
    assert!(store.ties(person).unwrap().iter().any(|t| t.id == tie));
}

#[test]
fn c_consent_to_share_is_recorded_on_the_same_tie() {
    let dir = demo_dir();
    let mut app = start(dir.path());
    let partner = add_partner(&mut app);
    let (person, tie) = add_tie(&mut app, partner);
    let count = app.store.ties(person).unwrap().len();
    press(&mut app, KeyCode::Enter);
    assert!(matches!(form_kind(&app), Some(FormKind::Tie(t)) if t.id == tie));
    assert_eq!(choice_label(&app, FieldId::TieTarget), PARTNER);
    tab_to(&mut app, FieldId::ShareConsentDate);
    type_text(&mut app, "20/11/2026");
    // A date without its legal ground is half a consent.
    ctrl(&mut app, 's');
    assert!(matches!(form_kind(&app), Some(FormKind::Tie(_))));
    assert_eq!(focused_field(&app), Some(FieldId::LegalBasis));
    // « — » → « même équipe de soins » → « consentement de la personne ».
    press(&mut app, KeyCode::Right);
    press(&mut app, KeyCode::Right);
    tab_to(&mut app, FieldId::ShareConsentScope);
    type_text(&mut app, SCOPE);
    ctrl(&mut app, 's');
    saved_ok(&app);
    assert_eq!(selected_tie(&app).map(|t| t.id), Some(tie), "the same tie, still selected");
    let text = screen_text(&mut app);
    assert!(text.contains("Partage d’informations"), "{text}");
    assert!(text.contains("20/11/2026"), "{text}");
    assert!(!text.contains("pas de consentement au partage"), "{text}");
    drop(app);
    let store = open_store(dir.path());
    assert_eq!(store.ties(person).unwrap().len(), count, "updated in place, no new tie");
    let stored = store.tie(tie).unwrap();
    let consent = stored.consent.expect("consent stored");
    assert_eq!(consent.date, day(2026, 11, 20));
    assert_eq!(consent.scope, SCOPE);
    assert_eq!(consent.basis, LegalBasis::PersonConsent);
    assert_eq!((stored.role.as_str(), stored.until, stored.since), (ROLE, None, day(2026, 10, 1)));
}

#[test]
fn d_a_new_strength_ends_the_tie_and_starts_its_continuation() {
    let dir = demo_dir();
    let mut app = start(dir.path());
    let partner = add_partner(&mut app);
    let (person, old) = add_tie(&mut app, partner);
    press(&mut app, KeyCode::Char('e'));
    tab_to(&mut app, FieldId::Strength);
    // « moyen » → « assez fort ».
    press(&mut app, KeyCode::Left);
    ctrl(&mut app, 's');
    saved_ok(&app);
    let new = selected_tie(&app).expect("the continuation is selected");
    assert_ne!(new.id, old);
    assert_eq!(new.strength, Strength::Moderate);
    assert_eq!(todays_ties(&app).iter().filter(|t| t.target == TieTarget::Partner(partner)).count(), 1);
    assert!(screen_text(&mut app).contains("assez fort · neutre"));
    drop(app);
    let store = open_store(dir.path());
    let ties = store.ties(person).unwrap();
    let ended = ties.iter().find(|t| t.id == old).unwrap();
    assert_eq!((ended.until, ended.strength), (Some(today()), Strength::Normal));
    let next = ties.iter().find(|t| t.replaces == Some(old)).expect("a tie replaces it");
    assert_eq!(next.id, new.id);
    assert_eq!((next.since, next.until, next.strength), (today(), None, Strength::Moderate));
    assert_eq!((next.target.clone(), next.role.as_str()), (TieTarget::Partner(partner), ROLE));
    let yesterday = today() - Days::new(1);
    let marks = compare(&ties, yesterday, today());
    let mark = marks.iter().find(|(t, _)| t.target == TieTarget::Partner(partner)).map(|(t, c)| (t.id, c.clone()));
    assert_eq!(mark, Some((new.id, TieChange::Changed)));
    assert_eq!(marks.iter().filter(|(t, _)| t.target == TieTarget::Partner(partner)).count(), 1, "one tie, changed");
}

#[test]
fn e_c_compares_two_dates_and_marks_what_changed() {
    let dir = demo_dir();
    let mut app = start(dir.path());
    let partner = add_partner(&mut app);
    let (_, tie) = add_tie(&mut app, partner);
    press(&mut app, KeyCode::Char('c'));
    assert!(matches!(form_kind(&app), Some(FormKind::CompareDate)));
    // It compares, it saves nothing: the keys it offers say so.
    let footer = screen_text(&mut app).lines().last().unwrap_or_default().to_string();
    assert!(footer.contains("↵ Comparer") && !footer.contains("Enregistrer"), "{footer}");
    // A date to come is refused.
    clear_line(&mut app);
    type_text(&mut app, "01/12/2026");
    press(&mut app, KeyCode::Enter);
    assert!(matches!(form_kind(&app), Some(FormKind::CompareDate)));
    assert!(screen_text(&mut app).contains("Choisissez une date passée"), "the reason is said");
    clear_line(&mut app);
    type_text(&mut app, "15/09/2026");
    press(&mut app, KeyCode::Enter);
    assert!(app.model.overlay.is_none(), "{:?}", app.model.status);
    assert_eq!(app.model.person.as_ref().unwrap().network.compare_with, Some(day(2026, 9, 15)));
    let text = screen_text(&mut app);
    assert!(text.contains(&format!("Écocarte au {} comparée au 15/09/2026", format_fr(today()))), "{text}");
    assert!(text.contains("+ nouveau"), "the marks' legend:\n{text}");
    let map = map_lines(&text).join("\n");
    assert!(map.contains(&format!("+{PARTNER}")), "the tie drawn since is marked new:\n{text}");
    assert_eq!(selected_tie(&app).map(|t| t.id), Some(tie), "the selection stays");
    // c again: back to today's map alone.
    press(&mut app, KeyCode::Char('c'));
    assert_eq!(app.model.person.as_ref().unwrap().network.compare_with, None);
    let text = screen_text(&mut app);
    assert!(!text.contains("comparée au"), "{text}");
    assert!(!map_lines(&text).join("\n").contains(&format!("+{PARTNER}")));
}

#[test]
fn f_x_then_o_ends_the_tie_today_and_keeps_it_in_the_history() {
    let dir = demo_dir();
    let mut app = start(dir.path());
    let partner = add_partner(&mut app);
    let (person, tie) = add_tie(&mut app, partner);
    let before = todays_ties(&app).len();
    press(&mut app, KeyCode::Char('x'));
    assert!(matches!(app.model.overlay, Some(Overlay::Confirm { what: Confirm::EndTie(id), .. }) if id == tie));
    assert!(screen_text(&mut app).contains("Mettre fin à ce lien aujourd’hui"));
    // Enter is no answer.
    press(&mut app, KeyCode::Enter);
    assert!(matches!(app.model.overlay, Some(Overlay::Confirm { .. })));
    press(&mut app, KeyCode::Char('o'));
    assert!(app.model.overlay.is_none());
    assert_eq!(status_kind(&app), Some(StatusKind::Success));
    assert_eq!(todays_ties(&app).len(), before - 1);
    assert!(todays_ties(&app).iter().all(|t| t.id != tie));
    let text = screen_text(&mut app);
    assert!(!map_lines(&text).join("\n").contains(PARTNER), "off today's map:\n{text}");
    // Compared with yesterday, it is marked ended.
    press(&mut app, KeyCode::Char('c'));
    clear_line(&mut app);
    type_text(&mut app, &format_fr(today() - Days::new(1)));
    ctrl(&mut app, 's');
    let text = screen_text(&mut app);
    assert!(map_lines(&text).join("\n").contains(&format!("−{PARTNER}")), "{text}");
    drop(app);
    let store = open_store(dir.path());
    let stored = store.tie(tie).unwrap();
    assert_eq!(stored.until, Some(today()));
    assert!(store.ties(person).unwrap().iter().any(|t| t.id == tie), "kept in her history");
    assert!(!stored.active_on(today()));
    assert!(stored.active_on(today() - Days::new(1)));
}

#[test]
fn f_saying_no_keeps_the_tie() {
    let dir = demo_dir();
    let mut app = start(dir.path());
    let person = open_with_keys(&mut app, "M. R.");
    to_network_tab(&mut app);
    let tie = selected_tie(&app).unwrap();
    press(&mut app, KeyCode::Delete);
    assert!(matches!(app.model.overlay, Some(Overlay::Confirm { what: Confirm::EndTie(id), .. }) if id == tie.id));
    press(&mut app, KeyCode::Char('n'));
    assert!(app.model.overlay.is_none());
    drop(app);
    assert_eq!(open_store(dir.path()).tie(tie.id).unwrap().until, None);
    assert!(open_store(dir.path()).ties(person).unwrap().contains(&tie));
}

#[test]
fn g_a_then_o_archives_a_partner_big_a_shows_it() {
    let dir = demo_dir();
    let mut app = start(dir.path());
    let partner = add_partner(&mut app);
    let total = app.model.directory.partners.len();
    assert_eq!(parcours::app::screens::directory::update::selected(&app.model).map(|p| p.id), Some(partner));
    press(&mut app, KeyCode::Char('a'));
    assert!(
        matches!(app.model.overlay, Some(Overlay::Confirm { what: Confirm::ArchivePartner(id), .. }) if id == partner)
    );
    press(&mut app, KeyCode::Char('o'));
    assert!(app.model.overlay.is_none());
    assert_eq!(status_kind(&app), Some(StatusKind::Success));
    let text = screen_text(&mut app);
    assert!(text.contains(&format!("Annuaire du territoire — {}/{}", total - 1, total - 1)), "{text}");
    assert!(!text.contains(PARTNER), "hidden:\n{text}");
    shift(&mut app, 'A');
    assert!(app.model.directory.show_archived);
    let text = screen_text(&mut app);
    assert!(text.contains(&format!("Annuaire du territoire — {total}/{total}")), "{text}");
    // Its row in the list (the panel beside it is titled with its name too).
    let row = format!("{PARTNER} [archivé");
    assert!(text.contains(&row), "shown again, marked archived:\n{text}");
    // No new tie may point to it.
    press(&mut app, KeyCode::Esc);
    open_with_keys(&mut app, PERSON);
    to_network_tab(&mut app);
    press(&mut app, KeyCode::Char('n'));
    for _ in 0..60 {
        assert_ne!(choice_label(&app, FieldId::TieTarget), PARTNER, "an archived partner is not offered");
        press(&mut app, KeyCode::Left);
    }
    drop(app);
    let store = open_store(dir.path());
    assert!(store.partner(partner).unwrap().archived, "kept, archived");
    assert!(!store.partners(false).unwrap().iter().any(|p| p.id == partner));
    assert!(store.partners(true).unwrap().iter().any(|p| p.id == partner));
}

#[test]
fn g_a_tie_to_a_partner_archived_since_is_edited_without_moving() {
    let dir = demo_dir();
    let mut app = start(dir.path());
    let partner = add_partner(&mut app);
    let (person, tie) = add_tie(&mut app, partner);
    // Archive the partner from the directory.
    press(&mut app, KeyCode::Esc);
    press(&mut app, KeyCode::Char('t'));
    press(&mut app, KeyCode::Char('/'));
    type_text(&mut app, "point conseil");
    press(&mut app, KeyCode::Enter);
    press(&mut app, KeyCode::Char('x'));
    press(&mut app, KeyCode::Char('o'));
    assert!(app.store.partner(partner).unwrap().archived);
    // Back to Inès: the tie is still hers, and recording a role keeps it where it is.
    press(&mut app, KeyCode::Esc);
    press(&mut app, KeyCode::Esc);
    open_with_keys(&mut app, PERSON);
    to_network_tab(&mut app);
    let index = todays_ties(&app).iter().position(|t| t.id == tie).expect("still on her map");
    press(&mut app, KeyCode::Home);
    for _ in 0..index {
        press(&mut app, KeyCode::Down);
    }
    press(&mut app, KeyCode::Enter);
    assert!(matches!(form_kind(&app), Some(FormKind::Tie(t)) if t.id == tie));
    assert_eq!(choice_label(&app, FieldId::TieTarget), PARTNER);
    tab_to(&mut app, FieldId::TieNotes);
    type_text(&mut app, "Dossier déposé.");
    ctrl(&mut app, 's');
    saved_ok(&app);
    drop(app);
    let store = open_store(dir.path());
    let stored = store.tie(tie).unwrap();
    assert_eq!(
        (stored.target, stored.until, stored.notes.as_str()),
        (TieTarget::Partner(partner), None, "Dossier déposé.")
    );
    assert_eq!(store.ties(person).unwrap().iter().filter(|t| t.replaces == Some(tie)).count(), 0);
}

/// Where a tie's label is on the screen: the first cell of the only place its first letters are.
fn label_cell(text: &str, head: &str) -> (u16, u16) {
    let map = map_lines(text);
    let found: Vec<(usize, &String)> = map.iter().enumerate().filter(|(_, l)| l.contains(head)).collect();
    assert_eq!(found.len(), 1, "« {head} » once on the map:\n{text}");
    let (y, line) = found[0];
    let at = line.find(head).unwrap();
    (line[..at].width() as u16, y as u16)
}

/// The demo in `dir`, M. R. opened with the keys, on his « Réseau » tab.
fn network_of_m_r(dir: &std::path::Path) -> App {
    let mut app = start(dir);
    open_with_keys(&mut app, "M. R.");
    to_network_tab(&mut app);
    app
}

#[test]
fn h_a_click_on_a_tie_label_selects_it_and_a_second_opens_it() {
    let dir = demo_dir();
    let mut app = network_of_m_r(dir.path());
    let ties = todays_ties(&app);
    assert!(ties.len() >= 10);
    let partners = app.model.person.as_ref().unwrap().plan.partners.clone();
    // Every label, in both halves of the map, above and below the person.
    for (i, t) in ties.iter().enumerate().rev() {
        let label = parcours::app::screens::network::tie_label(t, &partners);
        let head: String = label.chars().take(14).collect();
        let text = screen_text(&mut app);
        let (x, y) = label_cell(&text, &head);
        click(&mut app, x + 1, y);
        assert!(app.model.overlay.is_none(), "a first click only selects");
        assert_eq!(selected_tie(&app).map(|s| s.id), Some(t.id), "a click on « {label} » (index {i})");
    }
    // A second click on the selected label opens its form.
    let target = ties[ties.len() / 2].clone();
    let head: String = parcours::app::screens::network::tie_label(&target, &partners).chars().take(14).collect();
    let (x, y) = label_cell(&screen_text(&mut app), &head);
    click(&mut app, x, y);
    assert_eq!(selected_tie(&app).map(|s| s.id), Some(target.id));
    assert!(app.model.overlay.is_none());
    screen_text(&mut app);
    click(&mut app, x, y);
    assert!(matches!(form_kind(&app), Some(FormKind::Tie(t)) if t.id == target.id), "{:?}", app.model.overlay);
    // A click on the person's name or on nothing changes nothing.
    press(&mut app, KeyCode::Esc);
    let text = screen_text(&mut app);
    let (x, y) = label_cell(&text, "M. R.");
    click(&mut app, x, y);
    click(&mut app, 1, 1);
    assert!(app.model.overlay.is_none());
    assert_eq!(selected_tie(&app).map(|s| s.id), Some(target.id));
}

/// l shows the ecomap's ties in words, as the legend says them: each partner with the strength,
/// the stress, conflict or break, the direction of support, the date and the consent; ↓ moves
/// the selection as on the map, l again brings the map back. The key is in the footer and the help.
#[test]
fn l_lists_the_ties_in_the_legends_words() {
    let dir = demo_dir();
    let mut app = network_of_m_r(dir.path());
    let text = screen_text(&mut app);
    assert!(text.contains("l Liste ou carte"), "the key in the footer:\n{text}");
    press(&mut app, KeyCode::Char('l'));
    assert!(app.model.person.as_ref().unwrap().network.list);
    let text = screen_text(&mut app);
    assert!(text.contains("Écocarte au 22/11/2026 — en liste"), "{text}");
    let ties = todays_ties(&app);
    let partners = app.model.person.as_ref().unwrap().plan.partners.clone();
    let stressful = ties.iter().find(|t| t.valence != parcours::domain::tie::Valence::Neutral);
    assert!(stressful.is_some(), "M. R. has a tie that is not plain in the demo");
    // The first ties, in the order of the map, each said in words.
    for t in ties.iter().take(3) {
        let label = parcours::app::screens::network::tie_label(t, &partners);
        let name: String = label.chars().take(20).collect();
        assert!(text.contains(&name), "{label}:\n{text}");
        let words = format!(
            "{} · {} · {} · depuis le {}",
            parcours::i18n::strength_label(parcours::i18n::Lang::Fr, t.strength),
            parcours::i18n::valence_label(parcours::i18n::Lang::Fr, t.valence),
            parcours::i18n::flow_label(parcours::i18n::Lang::Fr, t.flow),
            format_fr(t.since)
        );
        assert!(text.contains(&words), "« {words} »:\n{text}");
    }
    assert!(text.contains("Partage d’informations") || text.contains("pas de consentement"), "{text}");
    let first = selected_tie(&app).map(|t| t.id);
    press(&mut app, KeyCode::Down);
    assert_ne!(selected_tie(&app).map(|t| t.id), first, "↓ selects the next tie");
    press(&mut app, KeyCode::Char('?'));
    assert!(screen_text(&mut app).contains("Liste ou carte"), "the key in the help");
    press(&mut app, KeyCode::Esc);
    press(&mut app, KeyCode::Char('l'));
    assert!(!app.model.person.as_ref().unwrap().network.list);
    assert!(!screen_text(&mut app).contains("— en liste"));
}
