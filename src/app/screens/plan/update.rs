//! The plan's part of `update`: intents of the « Projet » tab and the « Échéances » screen.

use crate::app::action::Action;
use crate::app::effect::Effect;
use crate::app::form::Form;
use crate::app::model::{Confirm, Model, Overlay, PersonTab, Screen, StatusKind};
use crate::app::msg::PlanChange;
use crate::app::msg::Target;
use crate::app::screens::plan::form::carrier_code;
use crate::app::screens::plan::{PlanItem, PlanView};
use crate::app::screens::{Pane, scroll, step};
use crate::domain::plan::{ActionStatus, Axis, Carrier, Objective, PlanAction};
use crate::i18n::{KeyedText, Text, tr};

/// The domain key for a label (or key) typed between brackets in a linked-needs field.
pub fn domain_key_of(m: &Model, typed: &str) -> Option<String> {
    let folded = crate::domain::text::fold(typed.trim());
    m.domains
        .iter()
        .find(|d| {
            d.key == typed.trim()
                || crate::domain::text::fold(&d.label_fr) == folded
                || crate::domain::text::fold(&d.label_en) == folded
        })
        .map(|d| d.key.clone())
}

/// Who may carry an action: the person, the référent, then each partner of the directory.
pub fn carrier_options(m: &Model) -> Vec<(String, String)> {
    let mut out = vec![
        (carrier_code(Carrier::Person), tr(m.lang, Text::CarrierPerson).to_string()),
        (carrier_code(Carrier::Referent), tr(m.lang, Text::CarrierReferent).to_string()),
    ];
    if let Some(p) = &m.person {
        out.extend(
            p.plan
                .partners
                .iter()
                .filter(|x| !x.archived)
                .map(|x| (carrier_code(Carrier::Partner(x.id)), crate::domain::text::clean_line(&x.name))),
        );
    }
    out
}

/// The person's diagnosed needs, (domain label, text), for the linked-needs finder.
pub fn diagnosis_needs(m: &Model) -> Vec<(String, String)> {
    let Some(p) = &m.person else { return Vec::new() };
    m.domains
        .iter()
        .filter_map(|d| p.entry_for(&d.key))
        .flat_map(|e| e.needs.iter().map(move |n| (e.domain.clone(), n.text.clone())))
        .map(|(key, text)| (m.domain_label(&key), text))
        .collect()
}

fn open(m: &mut Model, form: Form) -> Vec<Effect> {
    m.overlay = Some(Overlay::Form(Box::new(form)));
    vec![]
}

fn info(m: &mut Model, t: Text) -> Vec<Effect> {
    m.set_status(StatusKind::Info, tr(m.lang, t));
    vec![]
}

/// Runs a plan intent. Only called when the « Projet » tab or the « Échéances » screen has the focus.
pub fn act(m: &mut Model, action: Action) -> Vec<Effect> {
    if m.screen == Screen::Deadlines {
        return match action {
            Action::Open => jump_to_deadline(m),
            _ => vec![],
        };
    }
    // Keys that act on the selected item work in the tree, where the selection is visible; from
    // the other views they first bring the tree back.
    let on_item = matches!(
        action,
        Action::NewItem
            | Action::EditItem
            | Action::MarkDone
            | Action::Reopen
            | Action::Postpone
            | Action::Readjust
            | Action::ArchiveItem
            | Action::MoveUp
            | Action::MoveDown
    );
    if let Some(p) = m.person.as_mut()
        && on_item
        && p.plan.view != PlanView::Tree
    {
        p.plan.view = PlanView::Tree;
        return info(m, Text::BackToTree);
    }
    if action == Action::ToggleArchived {
        if let Some(p) = m.person.as_mut() {
            p.plan.show_archived = !p.plan.show_archived;
            p.plan.clamp(&p.case.plan);
        }
        return vec![];
    }
    let label_of = |key: &str| m.domain_label(key);
    let Some(p) = m.person.as_ref() else { return vec![] };
    let person_id = p.case.person.id;
    let selected = p.plan.selected_item(&p.case.plan);
    let today = m.today;
    match action {
        Action::CycleView => {
            if let Some(p) = m.person.as_mut() {
                p.plan.view = p.plan.view.next();
            }
            vec![]
        }
        Action::NewAxis => {
            let form = Form::axis(&Axis::new_draft(person_id, today), &label_of);
            open(m, form)
        }
        Action::NewItem => match selected {
            None => act(m, Action::NewAxis),
            Some(PlanItem::Axis(axis)) => {
                let form = Form::objective(&Objective::new_draft(axis, today), None, &label_of);
                open(m, form)
            }
            Some(item) => match p.plan.objective_of(&p.case.plan, item) {
                Some(objective) => {
                    let form = Form::action(&PlanAction::new_draft(objective, today), carrier_options(m));
                    open(m, form)
                }
                None => vec![],
            },
        },
        Action::EditItem => match selected {
            Some(PlanItem::Axis(id)) => match p.case.plan.axis(id) {
                Some(a) => {
                    let form = Form::axis(a, &label_of);
                    open(m, form)
                }
                None => vec![],
            },
            Some(PlanItem::Objective(id)) => match p.case.plan.objective(id) {
                Some(o) => {
                    let form = Form::objective(o, None, &label_of);
                    open(m, form)
                }
                None => vec![],
            },
            Some(PlanItem::Action(id)) => match p.case.plan.action(id) {
                Some(a) => {
                    let mut carriers = carrier_options(m);
                    // An archived partner still carries what it carries: keep it in the choice so
                    // that saving another change does not silently hand the action to someone else.
                    let current = crate::app::screens::plan::form::carrier_code(a.carrier);
                    if !carriers.iter().any(|(code, _)| *code == current) {
                        let name = match a.carrier {
                            crate::domain::plan::Carrier::Partner(id) => p
                                .plan
                                .partner_name(id)
                                .map(crate::domain::text::clean_line)
                                .unwrap_or_else(|| current.clone()),
                            _ => current.clone(),
                        };
                        carriers.push((current, name));
                    }
                    let form = Form::action(a, carriers);
                    open(m, form)
                }
                None => vec![],
            },
            None => act(m, Action::NewAxis),
        },
        Action::MarkDone => match selected.and_then(|i| action_of(m, i)) {
            Some(a) if a.start.is_some_and(|s| s > today) => {
                m.set_status(StatusKind::Info, m.keymap.say(m.lang, &KeyedText::StartsLater));
                vec![]
            }
            Some(a) if a.status.is_open() => {
                if let Some(p) = m.person.as_mut() {
                    p.plan.just_done = Some((a.id, a.status));
                }
                vec![Effect::MarkDone(a.id, today)]
            }
            Some(a) if a.status == ActionStatus::Done => ask_reopen(m, a.id),
            Some(_) => info(m, Text::AlreadyClosed),
            None => info(m, Text::SelectAnAction),
        },
        Action::Reopen => match p.plan.just_done {
            Some((id, _)) if p.case.plan.action(id).is_some_and(|a| a.status == ActionStatus::Done) => {
                ask_reopen(m, id)
            }
            _ => {
                m.set_status(StatusKind::Info, m.keymap.say(m.lang, &KeyedText::NothingToReopen));
                vec![]
            }
        },
        Action::Postpone => match selected.and_then(|i| action_of(m, i)) {
            Some(a) if a.status.is_open() => {
                let form = Form::postpone(&a);
                open(m, form)
            }
            Some(_) => info(m, Text::AlreadyClosed),
            None => info(m, Text::SelectAnAction),
        },
        Action::Readjust => match selected {
            Some(PlanItem::Objective(id)) => match p.case.plan.objective(id) {
                Some(o) if o.status.is_open() => {
                    let form = Form::objective(&o.readjusted(today), Some(id), &label_of);
                    open(m, form)
                }
                Some(_) => info(m, Text::AlreadyClosed),
                None => vec![],
            },
            _ => info(m, Text::SelectAnObjective),
        },
        Action::ArchiveItem => match selected {
            Some(item) => {
                let what = if p.plan.is_archived(&p.case.plan, item) {
                    Confirm::RestorePlanItem(item)
                } else {
                    Confirm::ArchivePlanItem(item)
                };
                m.overlay = Some(Overlay::Confirm { what, under: None });
                vec![]
            }
            None => vec![],
        },
        Action::MoveUp | Action::MoveDown => match selected {
            Some(item) => vec![Effect::MoveItem(item, if action == Action::MoveUp { -1 } else { 1 })],
            None => vec![],
        },
        _ => vec![],
    }
}

fn action_of(m: &Model, item: PlanItem) -> Option<PlanAction> {
    match item {
        PlanItem::Action(id) => m.person.as_ref().and_then(|p| p.case.plan.action(id)).cloned(),
        _ => None,
    }
}

/// « Rouvrir l’action ? » with the status it had before `d` when this session saw it, else « en
/// cours »: an action that was done had been started.
fn ask_reopen(m: &mut Model, id: crate::domain::plan::ActionId) -> Vec<Effect> {
    let before = m.person.as_ref().and_then(|p| p.plan.just_done).filter(|(done, _)| *done == id);
    let status = before.map_or(ActionStatus::InProgress, |(_, s)| s);
    m.overlay = Some(Overlay::Confirm { what: Confirm::ReopenAction(id, status), under: None });
    vec![]
}

fn jump_to_deadline(m: &mut Model) -> Vec<Effect> {
    let Some(d) = m.deadlines.rows.get(m.deadlines.selected) else { return vec![] };
    let item = match d.kind {
        crate::domain::plan::deadline::DeadlineKind::Action => PlanItem::Action(d.id),
        crate::domain::plan::deadline::DeadlineKind::Objective => PlanItem::Objective(d.id),
    };
    m.pending_item = Some(item);
    let id = d.person_id;
    crate::app::screens::came_from::remember_where(m);
    m.person = None;
    vec![Effect::LoadPerson(id)]
}

/// After a plan change is stored: say it, reload the plan, keep the item selected.
pub fn saved(m: &mut Model, person: i64, item: PlanItem, change: PlanChange) -> Vec<Effect> {
    m.overlay = None;
    let text = match change {
        // Named: after an axis, an objective and an action written in a row, each says which.
        PlanChange::Saved => match item {
            PlanItem::Axis(_) => Text::AxisSaved,
            PlanItem::Objective(_) => Text::ObjectiveSaved,
            PlanItem::Action(_) => Text::ActionSaved,
        },
        PlanChange::Done => Text::PlanDone,
        PlanChange::Reopened => Text::PlanReopened,
        PlanChange::Postponed => Text::PlanPostponed,
        PlanChange::Readjusted => Text::PlanReadjusted,
        PlanChange::Archived => Text::PlanArchived,
        PlanChange::Restored => Text::PlanRestored,
        PlanChange::Moved => Text::PlanMoved,
    };
    m.set_status(StatusKind::Success, tr(m.lang, text));
    if change != PlanChange::Archived {
        m.pending_item = Some(item);
    }
    vec![Effect::LoadPlan(person), Effect::LoadPersons]
}

/// A person's plan arrived: keep the view, put the selection where it belongs.
pub fn plan_loaded(
    m: &mut Model,
    person: i64,
    plan: crate::domain::plan::Plan,
    partners: Vec<crate::domain::partner::Partner>,
) -> Vec<Effect> {
    let pending = m.pending_item.take();
    let Some(p) = m.person.as_mut().filter(|p| p.case.person.id == person) else { return vec![] };
    p.case.plan = plan;
    p.plan.partners = partners;
    if let Some(item) = pending {
        p.plan.select(&p.case.plan, item);
        p.tab = PersonTab::Plan;
        if p.plan.view != PlanView::Tree && matches!(item, PlanItem::Objective(_) | PlanItem::Action(_)) {
            p.plan.view = PlanView::Tree;
        }
    }
    p.plan.clamp(&p.case.plan);
    match p.plan.selected_item(&p.case.plan) {
        Some(PlanItem::Action(id)) => vec![Effect::LoadPostponements(id)],
        _ => vec![],
    }
}

/// Words for a confirmation of archiving, by kind of item.
pub fn restore_question() -> Text {
    Text::ConfirmRestoreItem
}

pub fn archive_question(item: PlanItem) -> Text {
    match item {
        PlanItem::Axis(_) => Text::ConfirmArchiveAxis,
        PlanItem::Objective(_) => Text::ConfirmArchiveObjective,
        PlanItem::Action(_) => Text::ConfirmArchiveAction,
    }
}

/// The intents of the plan, on its tab and on the « Échéances » screen.
pub const PLAN_INTENTS: &[Action] = &[
    Action::NewItem,
    Action::NewAxis,
    Action::MarkDone,
    Action::Reopen,
    Action::Postpone,
    Action::Readjust,
    Action::ArchiveItem,
    Action::MoveUp,
    Action::MoveDown,
    Action::CycleView,
    Action::EditItem,
    Action::ToggleArchived,
    Action::Open,
];

/// The « Projet » tab.
pub struct PlanTab;

impl Pane for PlanTab {
    fn intents(&self) -> &'static [Action] {
        PLAN_INTENTS
    }

    fn act(&self, m: &mut Model, action: Action) -> Vec<Effect> {
        act(m, action)
    }

    fn move_by(&self, m: &mut Model, delta: isize) -> Vec<Effect> {
        let Some(p) = m.person.as_mut() else { return vec![] };
        let (state, plan) = (&mut p.plan, &p.case.plan);
        if state.view != PlanView::Tree {
            state.scroll = scroll(state.scroll, delta);
            return vec![];
        }
        state.selected = step(state.selected, delta, state.rows(plan).len());
        state.postponements.clear();
        match state.selected_item(plan) {
            Some(PlanItem::Action(id)) => vec![Effect::LoadPostponements(id)],
            _ => vec![],
        }
    }

    fn back(&self, m: &mut Model) -> Vec<Effect> {
        crate::app::screens::person::back(m)
    }

    fn click(&self, m: &mut Model, target: Target) -> Vec<Effect> {
        let Target::PlanRow(i) = target else { return vec![] };
        let Some(p) = m.person.as_mut() else { return vec![] };
        if p.plan.selected == i {
            return crate::app::update::act(m, Action::EditItem);
        }
        p.plan.selected = i;
        p.plan.clamp(&p.case.plan);
        p.plan.postponements.clear();
        match p.plan.selected_item(&p.case.plan) {
            Some(PlanItem::Action(id)) => vec![Effect::LoadPostponements(id)],
            _ => vec![],
        }
    }

    fn hints(&self, _: &Model) -> Vec<Action> {
        vec![
            Action::NewItem,
            Action::EditItem,
            Action::MarkDone,
            Action::Postpone,
            Action::CycleView,
            Action::NewAxis,
            Action::Readjust,
            Action::ArchiveItem,
            Action::Back,
        ]
    }
}

/// The postponements of an action arrived: shown if it is still the one selected.
pub fn postponements_loaded(
    m: &mut Model,
    action: crate::domain::plan::ActionId,
    list: Vec<crate::domain::plan::Postponement>,
) -> Vec<Effect> {
    let Some(p) = m.person.as_mut().filter(|p| p.case.plan.action(action).is_some()) else { return vec![] };
    // Her case keeps every postponement of her plan, the oldest first: this action's are read anew.
    p.case.postponements.retain(|r| r.action_id != action);
    p.case.postponements.extend(list.iter().cloned());
    p.case.postponements.sort_by_key(|r| r.on);
    if p.plan.selected_item(&p.case.plan) == Some(PlanItem::Action(action)) {
        p.plan.postponements = list;
    }
    vec![]
}
