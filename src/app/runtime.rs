//! The runtime: turns terminal events into messages, runs `update`, runs the effects it returns
//! against the store and feeds their results back. The real terminal loop and the tests' scripted
//! keys go through the same `App::handle_event`.

use crossterm::event::{Event, MouseButton, MouseEventKind};

use super::effect::Effect;
use super::layout::ViewState;
use super::model::Model;
use super::msg::Msg;
use super::screens;
use super::update::update;
use crate::demo;
use crate::i18n::{Lang, problem, store_problem};
use crate::store::{Store, StoreError};
use crate::theme::Theme;

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
}

pub(crate) fn failed(lang: Lang, e: &StoreError) -> Msg {
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

/// Runs one effect; most give one message back, opening a person gives one per part of her
/// screen. Each screen runs its own effects: this match only says whose each effect is, and lists
/// them all, so that a new effect cannot be forgotten silently.
fn run_effect(store: &mut Store, effect: Effect, m: &Model) -> Vec<Msg> {
    let lang = m.lang;
    let result = match effect {
        Effect::LoadPersons => store.person_summaries_on(true, m.today).map(Msg::PersonsLoaded),
        Effect::LoadPersonAlerts => return vec![network_facts(store, m), plan_gaps(store, m)],
        Effect::Search(query) => store.search(&query, SEARCH_EXCERPTS).map(|hits| Msg::SearchResults(query, hits)),
        Effect::LoadDemo => demo::load(store, m.today).map(Msg::DemoLoaded),
        e @ (Effect::LoadPerson(_)
        | Effect::SavePerson(_)
        | Effect::SetArchived(..)
        | Effect::SaveEntry(_)
        | Effect::LoadHistory(..)) => return screens::person::effects::run(store, e, m),
        e @ (Effect::LoadPlan(_)
        | Effect::SaveAxis(_)
        | Effect::SaveObjective(_)
        | Effect::Readjust(..)
        | Effect::SaveAction(_)
        | Effect::MarkDone(..)
        | Effect::ReopenAction(..)
        | Effect::Postpone(_)
        | Effect::ArchiveItem(_)
        | Effect::RestoreItem(_)
        | Effect::MoveItem(..)
        | Effect::LoadPostponements(_)
        | Effect::LoadDeadlines(_)) => return screen(screens::plan::effects::run(store, e, m), lang),
        e @ (Effect::LoadDirectory
        | Effect::SavePartner(_)
        | Effect::SetPartnerArchived(..)
        | Effect::LoadPartnerPersons(_)) => return screen(screens::directory::effects::run(store, e, m), lang),
        e @ (Effect::LoadNetwork(_) | Effect::SaveTie(..) | Effect::EndTie(..)) => {
            return screen(screens::network::effects::run(store, e), lang);
        }
        e @ (Effect::LoadJournal(_) | Effect::SaveJournalEntry(_)) => {
            return screen(screens::journal::effects::run(store, e), lang);
        }
        e @ (Effect::LoadEvaluations(_) | Effect::SaveEvaluation(_)) => {
            return screen(screens::evaluation::effects::run(store, e), lang);
        }
        e @ (Effect::LoadCompetencies(_) | Effect::SaveEvidence(_) | Effect::RemoveEvidence(_)) => {
            return screen(screens::competencies::effects::run(store, e, m), lang);
        }
        Effect::LoadFindings => screens::findings::effects::load(store, m),
        Effect::Export(request) => return vec![screens::export::effects::run(store, request, m)],
    };
    vec![result.unwrap_or_else(|e| failed(lang, &e))]
}

/// The message of an effect a screen ran (none for one it does not run: a routing slip above).
fn screen(result: Option<Result<Msg, StoreError>>, lang: Lang) -> Vec<Msg> {
    result.map(|r| r.unwrap_or_else(|e| failed(lang, &e))).into_iter().collect()
}
