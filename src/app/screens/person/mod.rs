//! The person's screen: what every tab shares (the tabs, `Échap`), her card and her diagnostic.
//! The other tabs (plan, network, journal, evaluation) have their own modules beside this one.

pub mod card;
pub mod card_form;
pub mod diagnostic;
pub mod diagnostic_form;
pub mod effects;

use crate::app::action::Action;
use crate::app::effect::Effect;
use crate::app::form::FormKind;
use crate::app::model::{DiagnosticMode, Model, Overlay, PersonState, PersonTab, Screen, StatusKind};
use crate::app::screens::came_from::return_to;
use crate::domain::case::Case;
use crate::domain::diagnosis::DiagnosisEntry;
use crate::domain::partner::Partner;
use crate::domain::person::{Person, PersonId};
use crate::i18n::{Say, say};

/// `Échap` on any tab: a diagnostic's history or synthesis closes first, then the person, back to
/// the list she was opened from.
pub fn back(m: &mut Model) -> Vec<Effect> {
    if let Some(p) = m.person.as_mut()
        && p.mode != DiagnosticMode::Entry
    {
        p.mode = DiagnosticMode::Entry;
        p.scroll = 0;
        return vec![];
    }
    if let Some(from) = m.came_from.pop() {
        return return_to(m, from);
    }
    m.screen = Screen::FileActive;
    vec![Effect::LoadPersons]
}

/// Tab and Shift-Tab, round the tabs.
pub fn next_tab(m: &mut Model, action: Action) -> Vec<Effect> {
    if let Some(p) = m.person.as_mut() {
        let n = PersonTab::ALL.len();
        let i = PersonTab::ALL.iter().position(|t| *t == p.tab).unwrap_or(0);
        let next = if action == Action::NextTab { (i + 1) % n } else { (i + n - 1) % n };
        p.tab = PersonTab::ALL[next];
    }
    vec![]
}

/// A click on a tab's title in the header.
pub fn click_tab(m: &mut Model, i: usize) -> Vec<Effect> {
    if let (Some(p), Some(tab)) = (m.person.as_mut(), PersonTab::ALL.get(i)) {
        p.tab = *tab;
    }
    vec![]
}

/// Her card and diagnosis arrived: opened on the tab and domain a jump asked for, or refreshed
/// where she was (her other records kept).
pub fn loaded(m: &mut Model, person: Person, diagnosis: Vec<DiagnosisEntry>) -> Vec<Effect> {
    let keep = m.person.take().filter(|p| p.case.person.id == person.id);
    let mut state = match keep {
        Some(old) => old,
        None => PersonState {
            case: Case::new(person.clone()),
            tab: m.pending_tab.take().unwrap_or(PersonTab::Diagnostic),
            domain: m.pending_domain.take().unwrap_or(0),
            mode: DiagnosticMode::Entry,
            scroll: 0,
            plan: Default::default(),
            network: Default::default(),
            journal: Default::default(),
            evaluation: Default::default(),
        },
    };
    state.case.person = person;
    state.case.diagnosis = diagnosis;
    // The configured domains keep their places: a domain index chosen before stays valid.
    let latest = state.case.latest_by_domain();
    m.domains =
        crate::domain::life_domain::with_unlisted(&m.configured_domains, latest.iter().map(|e| e.domain.as_str()));
    m.person = Some(state);
    m.screen = Screen::Person;
    vec![]
}

/// Her whole case arrived, with the directory that names her partners: each tab takes its part
/// as when it is reloaded alone, so that a jump's pending selection lands the same way.
pub fn case_loaded(m: &mut Model, case: Case, partners: Vec<Partner>) -> Vec<Effect> {
    let Case { person, diagnosis, plan, postponements, ties, journal, evaluations, evidence } = case;
    let id = person.id;
    let mut effects = loaded(m, person, diagnosis);
    if let Some(p) = m.person.as_mut() {
        p.case.postponements = postponements;
        p.case.evidence = evidence;
    }
    effects.extend(crate::app::screens::plan::update::plan_loaded(m, id, plan, partners));
    effects.extend(crate::app::screens::network::update::loaded(m, id, ties));
    effects.extend(crate::app::screens::journal::update::loaded(m, id, journal));
    effects.extend(crate::app::screens::evaluation::update::loaded(m, id, evaluations));
    effects
}

/// Her card stored: a new person opens on her diagnostic; a card edited from the file active stays
/// there.
pub fn saved(m: &mut Model, person: Person) -> Vec<Effect> {
    let created = matches!(&m.overlay, Some(Overlay::Form(f)) if matches!(&f.kind, FormKind::Person(p) if p.id == 0));
    m.overlay = None;
    m.set_status(StatusKind::Success, say(m.lang, &Say::PersonSaved(person.pseudonym.clone())));
    if created || m.screen == Screen::Person {
        vec![Effect::LoadPersons, Effect::LoadPerson(person.id)]
    } else {
        vec![Effect::LoadPersons]
    }
}

/// Archived (or back): an archived person open is closed.
pub fn archived(m: &mut Model, id: PersonId, archived: bool) -> Vec<Effect> {
    let text = if archived {
        m.keymap.say(m.lang, &crate::i18n::KeyedText::PersonArchived)
    } else {
        say(m.lang, &Say::Restored)
    };
    m.set_status(StatusKind::Success, text);
    if archived && m.person.as_ref().is_some_and(|p| p.case.person.id == id) {
        m.person = None;
        m.screen = Screen::FileActive;
    }
    vec![Effect::LoadPersons]
}
