//! The file active's part of `update`: opening a person, the order, the filter and what the
//! search found, the persons and their alerts as they arrive.

use std::collections::HashMap;

use crossterm::event::{KeyCode, KeyEvent};

use super::{PersonRow, TextHits};
use crate::app::action::Action;
use crate::app::effect::Effect;
use crate::app::keymap::KeyChord;
use crate::app::model::{Model, Screen};
use crate::app::msg::Target;
use crate::app::screens::{Pane, step};
use crate::app::update::act;
use crate::domain::alerts::Alert;
use crate::domain::person::{PersonId, PersonStatus};
use crate::domain::text::clean_line;
use crate::store::{PersonSummary, SearchHit};

pub struct FileActive;

impl Pane for FileActive {
    fn intents(&self) -> &'static [Action] {
        &[Action::Open, Action::CycleOrder]
    }

    fn act(&self, m: &mut Model, action: Action) -> Vec<Effect> {
        match action {
            Action::Open => open_selected(m),
            Action::CycleOrder => {
                m.file_active.order = m.file_active.order.next();
                m.file_active.selected = 0;
                vec![]
            }
            _ => vec![],
        }
    }

    fn move_by(&self, m: &mut Model, delta: isize) -> Vec<Effect> {
        let len = m.visible_rows().len();
        m.file_active.selected = step(m.file_active.selected, delta, len);
        vec![]
    }

    fn back(&self, m: &mut Model) -> Vec<Effect> {
        if m.file_active.filter.is_some() {
            m.file_active.filter = None;
            m.file_active.text_hits.clear();
        }
        vec![]
    }

    fn click(&self, m: &mut Model, target: Target) -> Vec<Effect> {
        match target {
            Target::PersonRow(i) if m.file_active.selected == i => {
                // Opening ends the typing in the filter, as Enter does.
                m.filter_editing = false;
                act(m, Action::Open)
            }
            Target::PersonRow(i) => {
                m.file_active.selected = i;
                clamp_selection(m);
                vec![]
            }
            _ => vec![],
        }
    }

    fn hints(&self, _: &Model) -> Vec<Action> {
        vec![
            Action::Open,
            Action::Search,
            Action::Deadlines,
            Action::Directory,
            Action::Competencies,
            Action::Findings,
            Action::NewPerson,
            Action::EditPerson,
            Action::ArchivePerson,
            Action::Quit,
        ]
    }
}

/// Opens the selected person, on the domain a search hit was found in.
fn open_selected(m: &mut Model) -> Vec<Effect> {
    let Some(row) = m.selected_row() else { return vec![] };
    let id = row.person.id;
    m.came_from.clear();
    m.pending_domain = m
        .file_active
        .text_hits
        .of(id)
        .next()
        .and_then(|h| h.domain.as_deref())
        .and_then(|d| m.domains.iter().position(|x| x.key == d));
    m.person = None;
    vec![Effect::LoadPerson(id)]
}

/// `/` from anywhere: back to the file active, typing in its filter.
pub fn search(m: &mut Model) -> Vec<Effect> {
    if m.rows.is_empty() {
        return vec![];
    }
    m.screen = Screen::FileActive;
    m.filter_editing = true;
    let query = m.file_active.filter.clone().unwrap_or_default();
    set_filter(m, query)
}

/// Typing in the filter.
pub fn filter_key(m: &mut Model, ev: KeyEvent, chord: KeyChord) -> Vec<Effect> {
    let mut query = m.file_active.filter.clone().unwrap_or_default();
    match ev.code {
        KeyCode::Esc => {
            m.filter_editing = false;
            m.file_active.filter = None;
            m.file_active.text_hits.clear();
            return vec![];
        }
        KeyCode::Enter => {
            m.filter_editing = false;
            return act(m, Action::Open);
        }
        KeyCode::Up | KeyCode::Down | KeyCode::PageUp | KeyCode::PageDown => {
            let action = match ev.code {
                KeyCode::Up => Action::Up,
                KeyCode::Down => Action::Down,
                KeyCode::PageUp => Action::PageUp,
                _ => Action::PageDown,
            };
            return act(m, action);
        }
        KeyCode::Backspace => {
            query.pop();
        }
        KeyCode::Char(c) if !chord.ctrl && !chord.alt && !c.is_control() => query.push(c),
        _ => return vec![],
    }
    set_filter(m, query)
}

/// Text pasted into the filter.
pub fn paste(m: &mut Model, text: &str) -> Vec<Effect> {
    let query = format!("{}{}", m.file_active.filter.clone().unwrap_or_default(), clean_line(text));
    set_filter(m, query.chars().take(200).collect())
}

fn set_filter(m: &mut Model, query: String) -> Vec<Effect> {
    m.file_active.filter = Some(query.clone());
    m.file_active.text_hits.clear();
    m.file_active.selected = 0;
    // Pseudonyms filter from the first letter; the diagnosis text is searched from three, where a
    // word starts to mean something (and each keystroke stays well under a millisecond).
    if query.trim().chars().count() >= 3 { vec![Effect::Search(query)] } else { vec![] }
}

/// Keeps the selection on a row the list shows.
pub fn clamp_selection(m: &mut Model) {
    let len = m.visible_rows().len();
    m.file_active.selected = m.file_active.selected.min(len.saturating_sub(1));
}

/// The persons arrived: followed now first, then paused, then closed; alphabetical within. None
/// at all is the welcome screen's business.
pub fn persons_loaded(m: &mut Model, summaries: Vec<PersonSummary>) -> Vec<Effect> {
    let total = m.configured_domains.len();
    m.rows = summaries.into_iter().map(|s| PersonRow::new(s, total, m.today)).collect();
    m.rows.sort_by_key(|r| (r.person.status as u8, crate::domain::text::fold(&r.person.pseudonym)));
    if m.rows.is_empty() {
        m.screen = Screen::Welcome;
    } else if m.screen == Screen::Welcome {
        m.screen = Screen::FileActive;
    }
    clamp_selection(m);
    vec![]
}

/// Facts about each person followed now arrived, read after the list: the alerts they raise join
/// her row's.
pub fn alerts_loaded<F>(m: &mut Model, facts: Vec<(PersonId, F)>, alerts: impl Fn(&F) -> Vec<Alert>) -> Vec<Effect> {
    // Thousands of persons: look each one up, do not scan the list for each.
    let by_person: HashMap<_, _> = facts.into_iter().collect();
    for row in m.rows.iter_mut().filter(|r| r.person.status == PersonStatus::Active) {
        if let Some(f) = by_person.get(&row.person.id) {
            row.alerts.extend(alerts(f));
        }
    }
    vec![]
}

/// What the full-text search found, if the filter still says what was searched.
pub fn search_results(m: &mut Model, query: &str, hits: Vec<SearchHit>) -> Vec<Effect> {
    if m.file_active.filter.as_deref() == Some(query) {
        m.file_active.text_hits = TextHits::new(hits);
        clamp_selection(m);
    }
    vec![]
}
