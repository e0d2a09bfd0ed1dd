//! The « Journal » tab's part of `update`: what happened, dated; the quick note from any tab of a
//! person, the tab's filters and its search line.

use crossterm::event::{KeyCode, KeyEvent};

use crate::app::action::Action;
use crate::app::effect::Effect;
use crate::app::form::Form;
use crate::app::keymap::KeyChord;
use crate::app::model::{Model, Overlay, PersonTab, Screen, StatusKind};
use crate::app::msg::Target;
use crate::app::screens::Pane;
use crate::app::screens::journal::cycle;
use crate::domain::journal::{JournalEntry, JournalKind};
use crate::domain::person::PersonId;
use crate::domain::text::clean_line;
use crate::i18n::{Say, say};

/// The « Journal » tab.
pub struct Journal;

impl Pane for Journal {
    fn intents(&self) -> &'static [Action] {
        &[
            Action::NewItem,
            Action::EditItem,
            Action::Open,
            Action::Search,
            Action::FilterKind,
            Action::FilterPartner,
            Action::CyclePeriod,
        ]
    }

    fn act(&self, m: &mut Model, action: Action) -> Vec<Effect> {
        act(m, action)
    }

    fn move_by(&self, m: &mut Model, delta: isize) -> Vec<Effect> {
        move_by(m, delta);
        vec![]
    }

    fn back(&self, m: &mut Model) -> Vec<Effect> {
        if clear_filters(m) {
            return vec![];
        }
        crate::app::screens::person::back(m)
    }

    fn click(&self, m: &mut Model, target: Target) -> Vec<Effect> {
        let Target::JournalRow(i) = target else { return vec![] };
        let Some(p) = m.person.as_mut() else { return vec![] };
        if p.journal.selected == i {
            return crate::app::update::act(m, Action::EditItem);
        }
        p.journal.selected = i;
        p.journal.clamp(&p.case.journal, m.today);
        vec![]
    }

    fn hints(&self, _: &Model) -> Vec<Action> {
        vec![
            Action::NewItem,
            Action::EditItem,
            Action::Search,
            Action::FilterKind,
            Action::FilterPartner,
            Action::CyclePeriod,
            Action::TagEvidence,
            Action::NextTab,
            Action::Back,
        ]
    }
}

fn open(m: &mut Model, form: Form) -> Vec<Effect> {
    m.overlay = Some(Overlay::Form(Box::new(form)));
    vec![]
}

/// Whether typing goes to the journal's search line.
pub fn searching(m: &Model) -> bool {
    m.screen == Screen::Person && m.person.as_ref().is_some_and(|p| p.tab == PersonTab::Journal && p.journal.editing)
}

/// Text pasted into the search line.
pub fn paste(m: &mut Model, text: &str) -> Vec<Effect> {
    let today = m.today;
    if let Some(p) = m.person.as_mut() {
        let query = format!("{}{}", p.journal.query.clone().unwrap_or_default(), clean_line(text));
        p.journal.query = Some(query.chars().take(200).collect());
        p.journal.selected = 0;
        p.journal.clamp(&p.case.journal, today);
    }
    vec![]
}

/// The quick entry: a home visit, a call, noted from whichever tab of the person is open.
pub fn note(m: &mut Model) -> Vec<Effect> {
    let Some(p) = m.person.as_ref().filter(|_| m.screen == Screen::Person) else { return vec![] };
    let form = Form::journal(&JournalEntry::new_draft(p.case.person.id, m.today), &p.plan.partners);
    open(m, form)
}

/// Intents of the « Journal » tab.
fn act(m: &mut Model, action: Action) -> Vec<Effect> {
    let today = m.today;
    let Some(p) = m.person.as_mut() else { return vec![] };
    let (journal, entries) = (&mut p.journal, &p.case.journal);
    match action {
        Action::NewItem | Action::NoteJournal => return note(m),
        Action::EditItem | Action::Open => {
            let Some(entry) = journal.selected_entry(entries, today).cloned() else { return note(m) };
            let form = Form::journal(&entry, &p.plan.partners);
            return open(m, form);
        }
        Action::Search => {
            journal.editing = true;
            journal.query.get_or_insert_with(String::new);
        }
        Action::FilterKind => journal.kind = cycle(journal.kind, &JournalKind::ALL),
        Action::FilterPartner => {
            let named = journal.partners_named(entries);
            journal.partner = cycle(journal.partner, &named);
        }
        Action::CyclePeriod => journal.period = journal.period.next(),
        _ => return vec![],
    }
    journal.selected = 0;
    journal.clamp(entries, today);
    vec![]
}

/// Typing in the journal's search line.
pub fn search_key(m: &mut Model, ev: KeyEvent, chord: KeyChord) -> Vec<Effect> {
    let today = m.today;
    let Some(p) = m.person.as_mut() else { return vec![] };
    let (journal, entries) = (&mut p.journal, &p.case.journal);
    let mut query = journal.query.clone().unwrap_or_default();
    match ev.code {
        KeyCode::Esc => {
            journal.editing = false;
            journal.query = None;
        }
        KeyCode::Enter => journal.editing = false,
        KeyCode::Up | KeyCode::Down => {
            journal.editing = false;
            return crate::app::update::act(m, if ev.code == KeyCode::Up { Action::Up } else { Action::Down });
        }
        KeyCode::Backspace => {
            query.pop();
            journal.query = Some(query);
        }
        KeyCode::Char(c) if !chord.ctrl && !chord.alt && !c.is_control() => {
            query.push(c);
            journal.query = Some(query.chars().take(200).collect());
        }
        _ => return vec![],
    }
    journal.selected = 0;
    journal.clamp(entries, today);
    vec![]
}

/// Moves the journal's selection.
fn move_by(m: &mut Model, delta: isize) {
    let today = m.today;
    if let Some(p) = m.person.as_mut() {
        let len = p.journal.visible_on(&p.case.journal, Some(today)).len();
        p.journal.selected =
            (p.journal.selected as isize).saturating_add(delta).clamp(0, len.max(1) as isize - 1) as usize;
    }
}

/// Esc on the journal: first the filters go, then the tab.
fn clear_filters(m: &mut Model) -> bool {
    let Some(p) = m.person.as_mut() else { return false };
    let j = &mut p.journal;
    let filtered = j.kind.is_some() || j.partner.is_some() || j.query.is_some() || j.period != Default::default();
    if filtered {
        j.clear_filters();
        j.selected = 0;
    }
    filtered
}

pub fn loaded(m: &mut Model, person: PersonId, entries: Vec<JournalEntry>) -> Vec<Effect> {
    let today = m.today;
    let pending = m.pending_journal.take();
    if let Some(p) = m.person.as_mut().filter(|p| p.case.person.id == person) {
        if pending.is_some() {
            p.journal.pending = pending;
        }
        p.case.journal = entries;
        p.journal.read(&p.case.journal);
        p.journal.clamp(&p.case.journal, today);
    }
    vec![]
}

pub fn saved(m: &mut Model, e: JournalEntry) -> Vec<Effect> {
    m.overlay = None;
    m.set_status(StatusKind::Success, say(m.lang, &Say::JournalSaved(crate::domain::date::format_fr(e.date))));
    if let Some(p) = m.person.as_mut().filter(|p| p.case.person.id == e.person_id) {
        p.journal.pending = Some(e.id);
    }
    // A visit or a call is a contact: the card and the file active count from it.
    vec![Effect::LoadJournal(e.person_id), Effect::LoadPerson(e.person_id), Effect::LoadPersons]
}
