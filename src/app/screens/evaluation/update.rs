//! The « Évaluation » tab's part of `update` (C5): the evaluation form, the readjustments it
//! decides, the tab's timeline and charts.

use crate::app::action::Action;
use crate::app::effect::Effect;
use crate::app::form::Form;
use crate::app::model::{Model, Overlay, StatusKind};
use crate::app::msg::Target;
use crate::app::screens::evaluation::form::GoalRow;
use crate::app::screens::{PAGE, Pane};
use crate::domain::evaluation::{Evaluation, GoalDecision};
use crate::domain::person::PersonId;
use crate::domain::text::clean_line;
use crate::i18n::evaluation::{EvaluationText, evaluation_words};
use crate::i18n::{Say, say};

fn open(m: &mut Model, form: Form) -> Vec<Effect> {
    m.overlay = Some(Overlay::Form(Box::new(form)));
    vec![]
}

/// The evaluation form for `e`: its open objectives (and any it already scored) with their last
/// level, and every configured domain to rate.
fn evaluation_form(m: &Model, e: &Evaluation) -> Option<Form> {
    let p = m.person.as_ref()?;
    let previous: Vec<Evaluation> =
        p.case.evaluations.iter().filter(|x| x.id != e.id && x.date <= e.date).cloned().collect();
    let goals: Vec<GoalRow> = p
        .case
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
fn act(m: &mut Model, action: Action) -> Vec<Effect> {
    let Some(p) = m.person.as_ref() else { return vec![] };
    match action {
        Action::NewItem => {
            let mut e = Evaluation::new_draft(p.case.person.id, m.today);
            e.tools = evaluation_words(m.lang, EvaluationText::DefaultTools).to_string();
            e.participants = evaluation_words(m.lang, EvaluationText::DefaultParticipants).to_string();
            match evaluation_form(m, &e) {
                Some(form) => open(m, form),
                None => vec![],
            }
        }
        Action::OlderEvaluation | Action::NewerEvaluation => {
            let Some(p) = m.person.as_mut() else { return vec![] };
            let (state, list) = (&mut p.evaluation, &p.case.evaluations);
            if let Some(i) = state.chosen_index(list) {
                let last = list.len() - 1;
                let next = if action == Action::OlderEvaluation { i.saturating_sub(1) } else { (i + 1).min(last) };
                state.chosen = (next != last).then_some(next);
            }
            vec![]
        }
        Action::EditItem | Action::Open => match p.evaluation.chosen(&p.case.evaluations).cloned() {
            Some(e) => match evaluation_form(m, &e) {
                Some(form) => open(m, form),
                None => vec![],
            },
            None => act(m, Action::NewItem),
        },
        Action::ZoomIn | Action::ZoomOut | Action::Earlier | Action::Later => {
            // The path's first and last days, as the timeline shows them: beyond them a window
            // would be empty.
            let path = crate::domain::timeline::events(&p.case.journal, &p.case.evaluations, &p.case.plan, m.today);
            let first = path.first().map(|e| e.date).into_iter().chain(p.case.person.referral_date).min();
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
fn move_by(m: &mut Model, delta: isize, page: bool) {
    // The domains are read while the person's state is changed: borrowed apart, not copied.
    let Model { domains, person, .. } = m;
    let Some(p) = person.as_mut() else { return };
    let (state, list) = (&mut p.evaluation, &p.case.evaluations);
    if page {
        // A page down goes towards what is coming, a page up back in time.
        state.scroll = (state.scroll as isize - delta).clamp(-10_000, 10_000) as i32;
    } else {
        let n = state.rated_domains(list, domains).len();
        state.domain = (state.domain as isize).saturating_add(delta).clamp(0, n.max(1) as isize - 1) as usize;
    }
}

pub fn loaded(m: &mut Model, person: PersonId, list: Vec<Evaluation>) -> Vec<Effect> {
    let pending = m.pending_evaluation.take();
    let Model { domains, person: open, .. } = m;
    if let Some(p) = open.as_mut().filter(|p| p.case.person.id == person) {
        p.case.evaluations = list;
        if let Some(id) = pending {
            let at = p.case.evaluations.iter().position(|e| e.id == id);
            p.evaluation.chosen = at.filter(|i| i + 1 < p.case.evaluations.len());
        }
        let n = p.evaluation.rated_domains(&p.case.evaluations, domains).len();
        p.evaluation.domain = p.evaluation.domain.min(n.saturating_sub(1));
    }
    vec![]
}

pub fn saved(m: &mut Model, e: Evaluation) -> Vec<Effect> {
    m.overlay = None;
    let score = e.t_score.map(|t| crate::i18n::evaluation::decimal(m.lang, t, 1));
    m.set_status(
        StatusKind::Success,
        say(m.lang, &Say::EvaluationSaved(crate::domain::date::format_fr(e.date), score)),
    );
    let mut effects = vec![Effect::LoadEvaluations(e.person_id), Effect::LoadPlan(e.person_id), Effect::LoadPersons];
    let Some(p) = m.person.as_mut().filter(|p| p.case.person.id == e.person_id) else { return effects };
    // The readjustments decided: each new objective is written now, one form after the other.
    p.evaluation.readjust_queue = e
        .goals
        .iter()
        .filter(|g| g.decision == GoalDecision::Readjust)
        .filter(|g| p.case.plan.objective(g.objective_id).is_some_and(|o| o.status.is_open()))
        .map(|g| g.objective_id)
        .collect();
    effects.extend(next_readjustment(m));
    effects
}

/// The objective a readjustment form replaces.
pub fn readjusted_by(form: &Form) -> Option<i64> {
    match &form.kind {
        crate::app::form::FormKind::Objective { readjusts, .. } => *readjusts,
        _ => None,
    }
}

/// A readjustment put off: said, so that it is not forgotten, then the next one decided is opened.
pub fn readjustment_left(m: &mut Model, old: i64) -> Vec<Effect> {
    let title =
        m.person.as_ref().and_then(|p| p.case.plan.objective(old)).map(|o| clean_line(&o.title)).unwrap_or_default();
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
    let Some(o) = p.case.plan.objective(id).cloned() else { return vec![] };
    let label_of = |key: &str| crate::i18n::domain_label(m.lang, &m.domains, key);
    let form = Form::objective(&o.readjusted(today), Some(id), &label_of);
    let title = clean_line(&o.title);
    // The evaluation is saved (its tab will show it); what matters now is what to write.
    m.set_status(StatusKind::Info, m.keymap.say(m.lang, &crate::i18n::KeyedText::WriteReadjustment(title)));
    open(m, form)
}

/// The « Évaluation » tab: the timeline, the GAS T-score, the ratings of each domain.
pub struct EvaluationTab;

impl Pane for EvaluationTab {
    fn intents(&self) -> &'static [Action] {
        &[
            Action::NewItem,
            Action::EditItem,
            Action::Open,
            Action::ZoomIn,
            Action::ZoomOut,
            Action::OlderEvaluation,
            Action::NewerEvaluation,
            Action::Earlier,
            Action::Later,
        ]
    }

    fn act(&self, m: &mut Model, action: Action) -> Vec<Effect> {
        act(m, action)
    }

    fn move_by(&self, m: &mut Model, delta: isize) -> Vec<Effect> {
        move_by(m, delta.clamp(-PAGE, PAGE), delta.abs() >= PAGE);
        vec![]
    }

    fn back(&self, m: &mut Model) -> Vec<Effect> {
        crate::app::screens::person::back(m)
    }

    fn click(&self, m: &mut Model, target: Target) -> Vec<Effect> {
        if let (Target::RatingRow(i), Some(p)) = (target, m.person.as_mut()) {
            p.evaluation.domain = i;
        }
        vec![]
    }

    fn hints(&self, _: &Model) -> Vec<Action> {
        vec![
            Action::NewItem,
            Action::EditItem,
            Action::OlderEvaluation,
            Action::ZoomOut,
            Action::ZoomIn,
            Action::Earlier,
            Action::Later,
            Action::NoteJournal,
            Action::TagEvidence,
            Action::NextTab,
        ]
    }
}
