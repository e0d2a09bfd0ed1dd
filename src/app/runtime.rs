//! The runtime: turns terminal events into messages, runs `update`, runs the effects it returns
//! against the store and feeds their results back. The real terminal loop and the tests' scripted
//! keys go through the same `App::handle_event`.

use std::io::stdout;
use std::sync::atomic::{AtomicBool, Ordering};

use crossterm::event::{
    DisableBracketedPaste, DisableMouseCapture, EnableBracketedPaste, EnableMouseCapture, Event, MouseButton,
    MouseEventKind,
};
use ratatui::Frame;

use super::effect::Effect;
use super::model::Model;
use super::msg::Msg;
use super::update::update;
use crate::demo;
use crate::i18n::{Lang, Say, problem, say, store_problem};
use crate::store::{Store, StoreError};
use crate::theme::Theme;
use crate::ui::{ViewState, view};

/// Excerpts the file active asks the search for: the passages pane shows three of the selected
/// person's, and building one re-reads its text. Every matching person comes back regardless.
const SEARCH_EXCERPTS: usize = 100;

pub struct App {
    pub model: Model,
    pub store: Store,
    pub theme: Theme,
    pub view_state: ViewState,
    /// Where failures are recorded (the data folder's log); `None` in tests and headless renders.
    pub log: Option<std::path::PathBuf>,
    /// Work that can wait for the next frame: the file active's slower alerts. The terminal runs
    /// it once the screen is drawn and no key is waiting; headless uses (`eager`) run it at once.
    deferred: Vec<Effect>,
    pub eager: bool,
    /// Running the deferred work: what was put off is not put off again.
    settling: bool,
}

impl App {
    pub fn new(model: Model, store: Store, theme: Theme) -> App {
        App {
            model,
            store,
            theme,
            view_state: ViewState::default(),
            log: None,
            deferred: Vec::new(),
            eager: true,
            settling: false,
        }
    }

    /// Loads the file active: the first thing shown.
    pub fn start(&mut self) {
        self.dispatch(Msg::Action(super::action::Action::Back));
        self.run(vec![Effect::LoadPersons]);
    }

    pub fn dispatch(&mut self, msg: Msg) {
        let effects = update(&mut self.model, msg);
        self.run(effects);
    }

    pub fn run(&mut self, effects: Vec<Effect>) {
        let mut queue = std::collections::VecDeque::from(effects);
        while let Some(effect) = queue.pop_front() {
            if effect.waits_for_the_frame() && !self.settling {
                if !self.deferred.contains(&effect) {
                    self.deferred.push(effect);
                }
                continue;
            }
            // The persons come first; what the plans and ecomaps say about them can follow.
            if effect == Effect::LoadPersons {
                queue.push_back(Effect::LoadPersonAlerts);
            }
            let kind = effect.kind();
            for msg in run_effect(&mut self.store, effect, &self.model) {
                if let (Msg::Failed(_, category), Some(log)) = (&msg, &self.log) {
                    crate::log::append(log, &crate::log::LogEvent::Failed { effect: kind, category: *category });
                }
                queue.extend(update(&mut self.model, msg));
            }
        }
        if self.eager {
            self.settle();
        }
    }

    /// Runs the work left for after the frame. True when there was some.
    pub fn settle(&mut self) -> bool {
        if self.deferred.is_empty() {
            return false;
        }
        let deferred = std::mem::take(&mut self.deferred);
        let eager = std::mem::replace(&mut self.eager, false);
        self.settling = true;
        self.run(deferred);
        self.settling = false;
        self.eager = eager;
        true
    }

    pub fn handle_event(&mut self, event: Event) {
        match event {
            Event::Key(key) => self.dispatch(Msg::Key(key)),
            Event::Resize(w, h) => self.dispatch(Msg::Resized(w, h)),
            Event::Paste(text) => self.dispatch(Msg::Paste(text)),
            Event::Mouse(mouse) => match mouse.kind {
                MouseEventKind::Down(MouseButton::Left) => {
                    if let Some(target) = self.view_state.target_at(mouse.column, mouse.row) {
                        self.dispatch(Msg::Click(target));
                    }
                }
                MouseEventKind::ScrollUp | MouseEventKind::ScrollDown => self.dispatch(Msg::Mouse(mouse)),
                _ => {}
            },
            _ => {}
        }
    }

    pub fn draw(&mut self, f: &mut Frame) {
        view(&self.model, &mut self.view_state, &self.theme, f);
    }
}

pub(super) fn failed(lang: Lang, e: &StoreError) -> Msg {
    Msg::Failed(problem(lang, &store_problem(e)), e.into())
}

/// The network facts of every person followed, as the file active's alerts want them.
fn network_facts(store: &Store, m: &Model) -> Msg {
    let facts = store.network_facts(m.today).and_then(|facts| store.persons_with_ties().map(|drawn| (facts, drawn)));
    match facts {
        Ok((facts, drawn)) => Msg::NetworkFactsLoaded(
            facts
                .into_iter()
                .map(|f| {
                    let alert = crate::domain::alerts::NetworkAlertFacts {
                        carriers_without_consent: f.carriers_without_consent.len(),
                        has_informal_support: f.has_informal_support,
                        has_ties: drawn.binary_search(&f.person_id).is_ok(),
                        conflictual_carriers: f.conflictual_carriers.len(),
                    };
                    (f.person_id, alert)
                })
                .collect(),
        ),
        Err(e) => failed(m.lang, &e),
    }
}

/// The plan's consistency gaps of every person followed, for the file active's alerts.
fn plan_gaps(store: &Store, m: &Model) -> Msg {
    match store.plan_gaps() {
        Ok(gaps) => Msg::PlanGapsLoaded(
            gaps.into_iter()
                .map(|(id, g)| (id, g.needs_unaddressed + g.objectives_without_action + g.objectives_without_indicator))
                .collect(),
        ),
        Err(e) => failed(m.lang, &e),
    }
}

/// Runs one effect; most give one message back, opening a person gives two (her record, her plan).
fn run_effect(store: &mut Store, effect: Effect, m: &Model) -> Vec<Msg> {
    let lang = m.lang;
    let result = match effect {
        Effect::LoadPersons => store.person_summaries_on(true, m.today).map(Msg::PersonsLoaded),
        Effect::LoadPersonAlerts => return vec![network_facts(store, m), plan_gaps(store, m)],
        Effect::LoadPerson(id) => {
            let loaded =
                store.person(id).and_then(|p| store.latest_entries(id).map(|entries| Msg::PersonLoaded(p, entries)));
            return match loaded {
                Ok(msg) => {
                    let mut msgs = vec![msg];
                    msgs.extend(super::runtime_plan::run(store, Effect::LoadPlan(id), m));
                    msgs.extend(super::runtime_plan::run(store, Effect::LoadNetwork(id), m));
                    msgs.extend(super::runtime_evaluation::run(store, Effect::LoadJournal(id), m));
                    msgs.extend(super::runtime_evaluation::run(store, Effect::LoadEvaluations(id), m));
                    msgs
                }
                Err(e) => vec![failed(lang, &e)],
            };
        }
        Effect::SavePerson(person) => {
            let except = (person.id != 0).then_some(person.id);
            match store.pseudonym_taken(&person.pseudonym, except) {
                Ok(true) => {
                    let text = say(lang, &Say::PseudonymTaken(person.pseudonym.clone()));
                    return vec![Msg::Failed(text, crate::log::ErrorCategory::PseudonymTaken)];
                }
                Ok(false) => {}
                Err(e) => return vec![failed(lang, &e)],
            }
            let saved = if person.id == 0 {
                store.insert_person(&person).and_then(|id| store.person(id))
            } else {
                store.update_person(&person).and_then(|_| store.person(person.id))
            };
            saved.map(Msg::PersonSaved)
        }
        Effect::SetArchived(id, archived) => store.set_archived(id, archived).map(|_| Msg::Archived(id, archived)),
        Effect::SaveEntry(entry) => store.save_entry(&entry).map(Msg::EntrySaved),
        Effect::LoadHistory(person, domain) => {
            store.entry_history(person, &domain).map(|revs| Msg::HistoryLoaded(domain, revs))
        }
        Effect::Search(query) => store.search(&query, SEARCH_EXCERPTS).map(|hits| Msg::SearchResults(query, hits)),
        Effect::LoadDemo => demo::load(store, m.today).map(Msg::DemoLoaded),
        e @ (Effect::LoadJournal(_)
        | Effect::LoadCompetencies(_)
        | Effect::LoadFindings
        | Effect::SaveEvidence(_)
        | Effect::RemoveEvidence(_)
        | Effect::LoadEvaluations(_)
        | Effect::SaveJournalEntry(_)
        | Effect::SaveEvaluation(_)) => return super::runtime_evaluation::run(store, e, m),
        Effect::Export(request) => return vec![super::runtime_export::run(store, request, m)],
        plan => return super::runtime_plan::run(store, plan, m),
    };
    vec![result.unwrap_or_else(|e| failed(lang, &e))]
}

/// Whether the real terminal is in the application's modes (raw, alternate screen, mouse,
/// bracketed paste), so that [`restore_terminal`] undoes them once, and only when they were set:
/// a panic in a command that never drew must not write escape sequences into its piped output.
static TERMINAL_TAKEN: AtomicBool = AtomicBool::new(false);

/// Runs the application in the real terminal until the user quits.
pub fn run_terminal(mut app: App) -> std::io::Result<()> {
    // `ratatui::init` panics when there is no terminal to take; the caller says it in words.
    let mut terminal = ratatui::try_init()?;
    TERMINAL_TAKEN.store(true, Ordering::SeqCst);
    // Mouse and bracketed paste are comfort: a terminal that refuses them still works with keys.
    let _ = crossterm::execute!(stdout(), EnableMouseCapture, EnableBracketedPaste);
    app.eager = false;
    if let Ok(size) = terminal.size() {
        app.dispatch(Msg::Resized(size.width, size.height));
    }
    let result = (|| -> std::io::Result<()> {
        loop {
            terminal.draw(|f| app.draw(f))?;
            if app.model.quit {
                return Ok(());
            }
            // The frame is on screen: finish what could wait, unless the user is already typing.
            if !crossterm::event::poll(std::time::Duration::ZERO)? && app.settle() {
                continue;
            }
            let event = crossterm::event::read()?;
            // The clock is read here, at the edge, never in `update`.
            let today = chrono::Local::now().date_naive();
            if today != app.model.today {
                app.dispatch(Msg::NewDay(today));
            }
            app.handle_event(event);
        }
    })();
    restore_terminal();
    result
}

/// Undoes every mode [`run_terminal`] enables, on a normal exit and from the panic hook alike;
/// does nothing if the terminal was not taken or is already given back. Errors are ignored: this
/// runs while something already failed, and a terminal that refused a mode cannot undo it either.
/// Returns whether it restored anything.
pub fn restore_terminal() -> bool {
    if !TERMINAL_TAKEN.swap(false, Ordering::SeqCst) {
        return false;
    }
    // Modes first, while still in raw mode on the alternate screen; then the screen and the
    // cursor ratatui hid for drawing, so the shell gets back the terminal it lent.
    let _ = crossterm::execute!(stdout(), DisableMouseCapture, DisableBracketedPaste);
    ratatui::restore();
    let _ = crossterm::execute!(stdout(), crossterm::cursor::Show);
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn restoring_a_terminal_never_taken_writes_nothing() {
        // The panic hook calls this for every command; `list > file` must not get escape codes.
        assert!(!restore_terminal());
    }
}
