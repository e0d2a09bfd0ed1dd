//! The journal and the evaluation (C5): the quick note from any tab of a person, the « Journal »
//! tab's filters, the evaluation form and the « Évaluation » tab's timeline and charts.

use crossterm::event::{KeyCode, KeyEvent};

use super::action::Action;
use super::effect::Effect;
use super::form::Form;
use super::form_evaluation::GoalRow;
use super::journal::cycle;
use super::keymap::KeyChord;
use super::model::{Model, Overlay, PersonTab, Screen, StatusKind};
use crate::domain::evaluation::{Evaluation, GoalDecision};
use crate::domain::journal::{JournalEntry, JournalKind};
use crate::domain::person::PersonId;
use crate::domain::text::clean_line;
use crate::i18n::evaluation::{EvaluationText, evaluation_words};
use crate::i18n::{Say, say};

fn open(m: &mut Model, form: Form) -> Vec<Effect> {
    m.overlay = Some(Overlay::Form(Box::new(form)));
    vec![]
}

fn on_tab(m: &Model, tab: PersonTab) -> bool {
    m.screen == Screen::Person && m.person.as_ref().is_some_and(|p| p.tab == tab)
}

pub fn on_journal(m: &Model) -> bool {
    on_tab(m, PersonTab::Journal)
}

pub fn on_evaluation(m: &Model) -> bool {
    on_tab(m, PersonTab::Evaluation)
}

/// The quick entry: a home visit, a call, noted from whichever tab of the person is open.
pub fn note(m: &mut Model) -> Vec<Effect> {
    let Some(p) = m.person.as_ref().filter(|_| m.screen == Screen::Person) else { return vec![] };
    let form = Form::journal(&JournalEntry::new_draft(p.person.id, m.today), &p.project.partners);
    open(m, form)
}

/// Intents of the « Journal » tab.
pub fn journal_act(m: &mut Model, action: Action) -> Vec<Effect> {
    let today = m.today;
    let Some(p) = m.person.as_mut() else { return vec![] };
    let journal = &mut p.journal;
    match action {
        Action::NewItem | Action::NoteJournal => return note(m),
        Action::EditItem | Action::Open => {
            let Some(entry) = journal.selected_entry(today).cloned() else { return note(m) };
            let form = Form::journal(&entry, &p.project.partners);
            return open(m, form);
        }
        Action::Search => {
            journal.editing = true;
            journal.query.get_or_insert_with(String::new);
        }
        Action::FilterKind => journal.kind = cycle(journal.kind, &JournalKind::ALL),
        Action::FilterPartner => {
            let named = journal.partners_named();
            journal.partner = cycle(journal.partner, &named);
        }
        Action::CyclePeriod => journal.period = journal.period.next(),
        _ => return vec![],
    }
    journal.selected = 0;
    journal.clamp(today);
    vec![]
}

/// Typing in the journal's search line.
pub fn journal_search_key(m: &mut Model, ev: KeyEvent, chord: KeyChord) -> Vec<Effect> {
    let today = m.today;
    let Some(p) = m.person.as_mut() else { return vec![] };
    let journal = &mut p.journal;
    let mut query = journal.query.clone().unwrap_or_default();
    match ev.code {
        KeyCode::Esc => {
            journal.editing = false;
            journal.query = None;
        }
        KeyCode::Enter => journal.editing = false,
        KeyCode::Up | KeyCode::Down => {
            journal.editing = false;
            return super::update::act(m, if ev.code == KeyCode::Up { Action::Up } else { Action::Down });
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
    journal.clamp(today);
    vec![]
}

/// Moves the journal's selection.
pub fn journal_move(m: &mut Model, delta: isize) {
    let today = m.today;
    if let Some(p) = m.person.as_mut() {
        let len = p.journal.visible_on(Some(today)).len();
        p.journal.selected =
            (p.journal.selected as isize).saturating_add(delta).clamp(0, len.max(1) as isize - 1) as usize;
    }
}

/// Esc on the journal: first the filters go, then the tab.
pub fn journal_back(m: &mut Model) -> bool {
    let Some(p) = m.person.as_mut() else { return false };
    let j = &mut p.journal;
    let filtered = j.kind.is_some() || j.partner.is_some() || j.query.is_some() || j.period != Default::default();
    if filtered {
        j.clear_filters();
        j.selected = 0;
    }
    filtered
}

/// The evaluation form for `e`: its open objectives (and any it already scored) with their last
/// level, and every configured domain to rate.
fn evaluation_form(m: &Model, e: &Evaluation) -> Option<Form> {
    let p = m.person.as_ref()?;
    let previous: Vec<Evaluation> =
        p.evaluation.evaluations.iter().filter(|x| x.id != e.id && x.date <= e.date).cloned().collect();
    let goals: Vec<GoalRow> = p
        .project
        .plan
        .objectives
        .iter()
        .filter(|o| (!o.archived && o.status.is_open()) || e.goal(o.id).is_some())
        .map(|o| GoalRow::of(o, &previous))
        .collect();
    let domains = m.domains.iter().map(|d| (d.key.clone(), m.domain_label(&d.key))).collect();
    Some(Form::evaluation(e, goals, domains))
}

/// Intents of the « Évaluation » tab.
pub fn evaluation_act(m: &mut Model, action: Action) -> Vec<Effect> {
    let Some(p) = m.person.as_ref() else { return vec![] };
    match action {
        Action::NewItem => {
            let mut e = Evaluation::new_draft(p.person.id, m.today);
            e.tools = evaluation_words(m.lang, EvaluationText::DefaultTools).to_string();
            e.participants = evaluation_words(m.lang, EvaluationText::DefaultParticipants).to_string();
            match evaluation_form(m, &e) {
                Some(form) => open(m, form),
                None => vec![],
            }
        }
        Action::OlderEvaluation | Action::NewerEvaluation => {
            let Some(state) = m.person.as_mut().map(|p| &mut p.evaluation) else { return vec![] };
            if let Some(i) = state.chosen_index() {
                let last = state.evaluations.len() - 1;
                let next = if action == Action::OlderEvaluation { i.saturating_sub(1) } else { (i + 1).min(last) };
                state.chosen = (next != last).then_some(next);
            }
            vec![]
        }
        Action::EditItem | Action::Open => match p.evaluation.chosen().cloned() {
            Some(e) => match evaluation_form(m, &e) {
                Some(form) => open(m, form),
                None => vec![],
            },
            None => evaluation_act(m, Action::NewItem),
        },
        Action::ZoomIn | Action::ZoomOut | Action::Earlier | Action::Later => {
            // The path's first and last days, as the timeline shows them: beyond them a window
            // would be empty.
            let path = crate::domain::timeline::events(
                p.journal.entries(),
                &p.evaluation.evaluations,
                &p.project.plan,
                m.today,
            );
            let first = path.first().map(|e| e.date).into_iter().chain(p.person.referral_date).min();
            let last = path.last().map(|e| e.date);
            let today = m.today;
            if let Some(state) = m.person.as_mut().map(|p| &mut p.evaluation) {
                match action {
                    Action::ZoomIn => state.zoom = state.zoom.narrower(),
                    Action::ZoomOut => state.zoom = state.zoom.wider(),
                    Action::Earlier => {
                        let (start, _) = state.zoom.window(state.back, today, &[]);
                        if first.is_some_and(|f| f < start) {
                            state.back += 1;
                        }
                    }
                    _ => {
                        let (_, end) = state.zoom.window(state.back, today, &[]);
                        if last.is_some_and(|l| l > end) {
                            state.back -= 1;
                        }
                    }
                }
                if state.zoom == crate::domain::timeline::Zoom::Whole {
                    state.back = 0;
                }
                state.scroll = 0;
            }
            vec![]
        }
        _ => vec![],
    }
}

/// ↑/↓ choose the domain the ratings chart follows; page keys scroll the timeline.
pub fn evaluation_move(m: &mut Model, delta: isize, page: bool) {
    // The domains are read while the person's state is changed: borrowed apart, not copied.
    let Model { domains, person, .. } = m;
    let Some(state) = person.as_mut().map(|p| &mut p.evaluation) else { return };
    if page {
        // A page down goes towards what is coming, a page up back in time.
        state.scroll = (state.scroll as isize - delta).clamp(-10_000, 10_000) as i32;
    } else {
        let n = state.rated_domains(domains).len();
        state.domain = (state.domain as isize).saturating_add(delta).clamp(0, n.max(1) as isize - 1) as usize;
    }
}

pub fn journal_loaded(m: &mut Model, person: PersonId, entries: Vec<JournalEntry>) -> Vec<Effect> {
    let today = m.today;
    let pending = m.pending_journal.take();
    if let Some(p) = m.person.as_mut().filter(|p| p.person.id == person) {
        if pending.is_some() {
            p.journal.pending = pending;
        }
        p.journal.set_entries(entries);
        p.journal.clamp(today);
    }
    vec![]
}

pub fn evaluations_loaded(m: &mut Model, person: PersonId, list: Vec<Evaluation>) -> Vec<Effect> {
    let pending = m.pending_evaluation.take();
    let Model { domains, person: open, .. } = m;
    if let Some(p) = open.as_mut().filter(|p| p.person.id == person) {
        p.evaluation.evaluations = list;
        if let Some(id) = pending {
            let at = p.evaluation.evaluations.iter().position(|e| e.id == id);
            p.evaluation.chosen = at.filter(|i| i + 1 < p.evaluation.evaluations.len());
        }
        let n = p.evaluation.rated_domains(domains).len();
        p.evaluation.domain = p.evaluation.domain.min(n.saturating_sub(1));
    }
    vec![]
}

pub fn journal_saved(m: &mut Model, e: JournalEntry) -> Vec<Effect> {
    m.overlay = None;
    m.set_status(StatusKind::Success, say(m.lang, &Say::JournalSaved(crate::domain::date::format_fr(e.date))));
    if let Some(p) = m.person.as_mut().filter(|p| p.person.id == e.person_id) {
        p.journal.pending = Some(e.id);
    }
    // A visit or a call is a contact: the card and the file active count from it.
    vec![Effect::LoadJournal(e.person_id), Effect::LoadPerson(e.person_id), Effect::LoadPersons]
}

pub fn evaluation_saved(m: &mut Model, e: Evaluation) -> Vec<Effect> {
    m.overlay = None;
    let score = e.t_score.map(|t| crate::i18n::evaluation::decimal(m.lang, t, 1));
    m.set_status(
        StatusKind::Success,
        say(m.lang, &Say::EvaluationSaved(crate::domain::date::format_fr(e.date), score)),
    );
    let mut effects = vec![Effect::LoadEvaluations(e.person_id), Effect::LoadPlan(e.person_id), Effect::LoadPersons];
    let Some(p) = m.person.as_mut().filter(|p| p.person.id == e.person_id) else { return effects };
    // The readjustments decided: each new objective is written now, one form after the other.
    p.evaluation.readjust_queue = e
        .goals
        .iter()
        .filter(|g| g.decision == GoalDecision::Readjust)
        .filter(|g| p.project.plan.objective(g.objective_id).is_some_and(|o| o.status.is_open()))
        .map(|g| g.objective_id)
        .collect();
    effects.extend(next_readjustment(m));
    effects
}

/// The objective a readjustment form replaces.
pub fn readjusted_by(form: &Form) -> Option<i64> {
    match &form.kind {
        super::form::FormKind::Objective { readjusts, .. } => *readjusts,
        _ => None,
    }
}

/// A readjustment put off: said, so that it is not forgotten, then the next one decided is opened.
pub fn readjustment_left(m: &mut Model, old: i64) -> Vec<Effect> {
    let title =
        m.person.as_ref().and_then(|p| p.project.plan.objective(old)).map(|o| clean_line(&o.title)).unwrap_or_default();
    m.overlay = None;
    m.set_status(StatusKind::Info, m.keymap.say(m.lang, &crate::i18n::KeyedText::ReadjustmentLeft(title)));
    let queued = m.person.as_ref().is_some_and(|p| !p.evaluation.readjust_queue.is_empty());
    if queued { next_readjustment(m) } else { vec![] }
}

/// Opens the form of the next readjustment the last evaluation decided, if any.
pub fn next_readjustment(m: &mut Model) -> Vec<Effect> {
    let today = m.today;
    let Some(p) = m.person.as_mut() else { return vec![] };
    let Some(id) = (!p.evaluation.readjust_queue.is_empty()).then(|| p.evaluation.readjust_queue.remove(0)) else {
        return vec![];
    };
    let Some(o) = p.project.plan.objective(id).cloned() else { return vec![] };
    let label_of = |key: &str| crate::i18n::domain_label(m.lang, &m.domains, key);
    let form = Form::objective(&o.readjusted(today), Some(id), &label_of);
    let title = clean_line(&o.title);
    // The evaluation is saved (its tab will show it); what matters now is what to write.
    m.set_status(StatusKind::Info, m.keymap.say(m.lang, &crate::i18n::KeyedText::WriteReadjustment(title)));
    open(m, form)
}
