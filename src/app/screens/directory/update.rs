//! The directory's part of `update`: list, filter as you type, create, edit, archive partners,
//! and see which persons each one is involved with.

use crossterm::event::{KeyCode, KeyEvent};

use crate::app::action::Action;
use crate::app::effect::Effect;
use crate::app::form::Form;
use crate::app::keymap::KeyChord;
use crate::app::model::{Confirm, Model, Overlay, Screen, StatusKind};
use crate::app::msg::Target;
use crate::app::screens::Pane;
use crate::domain::partner::{Partner, PartnerId};
use crate::domain::person::PersonId;
use crate::i18n::{Text, sector_label, tr};

fn label(m: &Model) -> impl Fn(&Partner) -> String + '_ {
    move |p: &Partner| sector_label(m.lang, p.sector).to_string()
}

pub fn selected(m: &Model) -> Option<Partner> {
    m.directory.selected_partner(label(m)).cloned()
}

/// Opens the directory from the file active.
pub fn open(m: &mut Model) -> Vec<Effect> {
    m.screen = Screen::Directory;
    vec![Effect::LoadDirectory]
}

/// The persons of the selected partner are loaded whenever the selection lands on another one.
fn follow_selection(m: &mut Model) -> Vec<Effect> {
    let len = m.directory.visible(label(m)).len();
    m.directory.selected = m.directory.selected.min(len.saturating_sub(1));
    match selected(m) {
        Some(p) if m.directory.involved_of != Some(p.id) => {
            m.directory.involved.clear();
            m.directory.involved_of = None;
            vec![Effect::LoadPartnerPersons(p.id)]
        }
        _ => vec![],
    }
}

pub fn move_by(m: &mut Model, delta: isize) -> Vec<Effect> {
    let len = m.directory.visible(label(m)).len();
    if len > 0 {
        let last = len as isize - 1;
        m.directory.selected = (m.directory.selected as isize).saturating_add(delta).clamp(0, last) as usize;
    }
    follow_selection(m)
}

pub fn act(m: &mut Model, action: Action) -> Vec<Effect> {
    match action {
        Action::NewItem => {
            m.overlay = Some(Overlay::Form(Box::new(Form::partner(&Partner::new_draft()))));
            vec![]
        }
        Action::EditItem | Action::Open => match selected(m) {
            Some(p) => {
                m.overlay = Some(Overlay::Form(Box::new(Form::partner(&p))));
                vec![]
            }
            None => vec![],
        },
        Action::ArchiveItem => match selected(m) {
            Some(p) => {
                let what = if p.archived { Confirm::RestorePartner(p.id) } else { Confirm::ArchivePartner(p.id) };
                m.overlay = Some(Overlay::Confirm { what, under: None });
                vec![]
            }
            None => vec![],
        },
        Action::ToggleArchived => {
            m.directory.show_archived = !m.directory.show_archived;
            follow_selection(m)
        }
        Action::Search => {
            m.directory.filter_editing = true;
            m.directory.filter.get_or_insert_with(String::new);
            vec![]
        }
        _ => vec![],
    }
}

/// Typing in the directory's filter.
pub fn filter_key(m: &mut Model, ev: KeyEvent, chord: KeyChord) -> Vec<Effect> {
    let mut query = m.directory.filter.clone().unwrap_or_default();
    match ev.code {
        KeyCode::Esc => {
            m.directory.filter_editing = false;
            m.directory.filter = None;
            return follow_selection(m);
        }
        KeyCode::Enter => {
            // Enter ends the typing and keeps the filter; ↵ again opens the partner.
            m.directory.filter_editing = false;
            return vec![];
        }
        KeyCode::Up => return move_by(m, -1),
        KeyCode::Down => return move_by(m, 1),
        KeyCode::Backspace => {
            query.pop();
        }
        KeyCode::Char(c) if !chord.ctrl && !chord.alt && !c.is_control() => query.push(c),
        _ => return vec![],
    }
    m.directory.filter = Some(query);
    m.directory.selected = 0;
    follow_selection(m)
}

pub fn loaded(m: &mut Model, partners: Vec<Partner>) -> Vec<Effect> {
    m.directory.partners = partners;
    m.directory.involved_of = None;
    if let Some(id) = m.directory.pending.take()
        && let Some(i) =
            m.directory.visible(label(m)).iter().position(|i| m.directory.partners.get(*i).is_some_and(|p| p.id == id))
    {
        m.directory.selected = i;
    }
    follow_selection(m)
}

pub fn saved(m: &mut Model, p: Partner) -> Vec<Effect> {
    m.overlay = None;
    m.set_status(StatusKind::Success, tr(m.lang, Text::PartnerSaved));
    // Keep the saved partner selected once the list comes back.
    m.directory.filter = None;
    m.directory.filter_editing = false;
    m.directory.pending = Some(p.id);
    vec![Effect::LoadDirectory]
}

pub fn archived(m: &mut Model, archived: bool) -> Vec<Effect> {
    m.set_status(StatusKind::Success, tr(m.lang, if archived { Text::PartnerArchived } else { Text::PartnerRestored }));
    vec![Effect::LoadDirectory]
}

pub fn persons_loaded(m: &mut Model, partner: PartnerId, persons: Vec<(PersonId, String)>) -> Vec<Effect> {
    if selected(m).is_some_and(|p| p.id == partner) {
        m.directory.involved = persons;
        m.directory.involved_of = Some(partner);
    }
    vec![]
}

/// « Annuaire du territoire »: the partners.
pub struct Directory;

impl Pane for Directory {
    fn intents(&self) -> &'static [Action] {
        &[Action::NewItem, Action::EditItem, Action::Open, Action::ArchiveItem, Action::ToggleArchived, Action::Search]
    }

    fn act(&self, m: &mut Model, action: Action) -> Vec<Effect> {
        act(m, action)
    }

    fn move_by(&self, m: &mut Model, delta: isize) -> Vec<Effect> {
        move_by(m, delta)
    }

    fn back(&self, m: &mut Model) -> Vec<Effect> {
        if m.directory.filter.take().is_some() {
            m.directory.filter_editing = false;
            return vec![];
        }
        m.screen = crate::app::model::Screen::FileActive;
        vec![Effect::LoadPersons]
    }

    fn click(&self, m: &mut Model, target: Target) -> Vec<Effect> {
        let Target::PartnerRow(i) = target else { return vec![] };
        if m.directory.selected == i {
            return crate::app::update::act(m, Action::EditItem);
        }
        m.directory.selected = i;
        move_by(m, 0)
    }

    fn hints(&self, _: &Model) -> Vec<Action> {
        vec![Action::Search, Action::NewItem, Action::EditItem, Action::ArchiveItem, Action::Back]
    }
}
