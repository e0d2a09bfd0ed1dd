//! The « Diagnostic » tab: one entry per life domain, its history and the synthesis of needs.

use crate::app::action::Action;
use crate::app::effect::Effect;
use crate::app::form::Form;
use crate::app::model::{DiagnosticMode, Model, Overlay, StatusKind};
use crate::app::msg::Target;
use crate::app::screens::{PAGE, Pane, scroll, step};
use crate::app::update::act;
use crate::domain::diagnosis::DiagnosisEntry;
use crate::i18n::{Say, say};

pub struct Diagnostic;

impl Pane for Diagnostic {
    fn move_by(&self, m: &mut Model, delta: isize) -> Vec<Effect> {
        let domains = m.domains.len();
        let Some(p) = m.person.as_mut() else { return vec![] };
        match &mut p.mode {
            DiagnosticMode::Synthesis => p.scroll = scroll(p.scroll, delta),
            DiagnosticMode::History { revisions, selected } => *selected = step(*selected, delta, revisions.len()),
            // Ten domains fit on one screen: page keys scroll the entry's text instead.
            DiagnosticMode::Entry if delta.abs() == PAGE => p.scroll = scroll(p.scroll, delta),
            DiagnosticMode::Entry => {
                p.domain = step(p.domain, delta, domains);
                p.scroll = 0;
            }
        }
        vec![]
    }

    fn back(&self, m: &mut Model) -> Vec<Effect> {
        super::back(m)
    }

    fn click(&self, m: &mut Model, target: Target) -> Vec<Effect> {
        let Target::Domain(i) = target else { return vec![] };
        // As in every list: a click chooses, a second click on the chosen one opens it.
        if m.person.as_ref().is_some_and(|p| p.domain == i && p.mode == DiagnosticMode::Entry) {
            return act(m, Action::EditEntry);
        }
        if let Some(p) = m.person.as_mut()
            && i < m.domains.len()
        {
            p.domain = i;
            p.mode = DiagnosticMode::Entry;
            p.scroll = 0;
        }
        vec![]
    }

    fn hints(&self, _: &Model) -> Vec<Action> {
        vec![Action::EditEntry, Action::Synthesis, Action::History, Action::NextTab, Action::Back]
    }
}

/// The form of the selected domain's entry: a new revision dated today.
pub fn edit_entry(m: &mut Model) -> Vec<Effect> {
    let Some(p) = m.person.as_ref() else { return vec![] };
    let Some(domain) = m.domains.get(p.domain) else { return vec![] };
    let entry = match p.entry_for(&domain.key) {
        Some(e) => DiagnosisEntry { date: m.today, ..e.clone() },
        None => DiagnosisEntry::new_draft(p.case.person.id, &domain.key, m.today),
    };
    m.overlay = Some(Overlay::Form(Box::new(Form::entry(&entry))));
    vec![]
}

/// Opens the selected domain's past revisions, or closes them.
pub fn history(m: &mut Model) -> Vec<Effect> {
    let Some(p) = m.person.as_mut() else { return vec![] };
    if matches!(p.mode, DiagnosticMode::History { .. }) {
        p.mode = DiagnosticMode::Entry;
        return vec![];
    }
    match m.domains.get(p.domain) {
        Some(d) => vec![Effect::LoadHistory(p.case.person.id, d.key.clone())],
        None => vec![],
    }
}

/// The needs of every domain at once, or back to one domain.
pub fn synthesis(m: &mut Model) -> Vec<Effect> {
    if let Some(p) = m.person.as_mut() {
        p.mode = if p.mode == DiagnosticMode::Synthesis { DiagnosticMode::Entry } else { DiagnosticMode::Synthesis };
        p.scroll = 0;
    }
    vec![]
}

/// The past revisions of a domain arrived: shown if she is still on it.
pub fn history_loaded(m: &mut Model, domain: String, revisions: Vec<DiagnosisEntry>) -> Vec<Effect> {
    if let Some(p) = m.person.as_mut()
        && m.domains.get(p.domain).is_some_and(|d| d.key == domain)
    {
        p.mode = DiagnosticMode::History { revisions, selected: 0 };
        p.scroll = 0;
    }
    vec![]
}

/// A revision stored: said, and what shows it read again.
pub fn entry_saved(m: &mut Model, entry: DiagnosisEntry) -> Vec<Effect> {
    m.overlay = None;
    let label = m.domain_label(&entry.domain);
    m.set_status(StatusKind::Success, say(m.lang, &Say::EntrySaved(label, entry.revision)));
    let mut effects = vec![Effect::LoadPerson(entry.person_id), Effect::LoadPersons];
    // An open history is reloaded, or it would not show the revision just saved.
    if m.person
        .as_ref()
        .is_some_and(|p| p.case.person.id == entry.person_id && matches!(p.mode, DiagnosticMode::History { .. }))
    {
        effects.push(Effect::LoadHistory(entry.person_id, entry.domain));
    }
    effects
}
