//! The « Projet » tab's state: how the person's plan (in her case) is viewed, what is selected.

pub mod effects;
pub mod form;
pub mod new_carrier;
pub mod update;

use chrono::NaiveDate;

use crate::domain::partner::{Partner, PartnerId};
use crate::domain::plan::{ActionId, AxisId, Carrier, ObjectiveId, Plan, PlanAction, Postponement};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum PlanView {
    /// Axes → objectifs → actions.
    #[default]
    Tree,
    /// Open actions grouped by who carries them.
    WhoDoesWhat,
    /// Dated open items by month, late first.
    Schedule,
}

impl PlanView {
    pub fn next(self) -> PlanView {
        match self {
            PlanView::Tree => PlanView::WhoDoesWhat,
            PlanView::WhoDoesWhat => PlanView::Schedule,
            PlanView::Schedule => PlanView::Tree,
        }
    }
}

/// One line of the tree.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PlanItem {
    Axis(AxisId),
    Objective(ObjectiveId),
    Action(ActionId),
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct PlanState {
    /// The territory directory, to name the partners who carry actions.
    pub partners: Vec<Partner>,
    pub view: PlanView,
    /// Index into `rows()` of the selected line.
    pub selected: usize,
    /// History of postponements of the selected action, when loaded.
    pub postponements: Vec<Postponement>,
    /// Lines scrolled in the « qui fait quoi » and « échéancier » views.
    pub scroll: u16,
    /// Archived items shown in the tree (muted), so that they can be brought back.
    pub show_archived: bool,
    /// The action `d` marked done last, with the status it had: `u` (or `d` again) gives it back.
    pub just_done: Option<(ActionId, crate::domain::plan::ActionStatus)>,
}

/// Each method that reads the plan takes it as `plan`: `case.plan`, archived items included.
impl PlanState {
    /// The tree as lines: every live axis, its live objectives, their live actions, in order.
    /// Archived items leave the tree (they stay in the database and in the history) unless
    /// `show_archived` asks for them.
    pub fn rows(&self, plan: &Plan) -> Vec<PlanItem> {
        let shown = |archived: bool| self.show_archived || !archived;
        let mut rows = Vec::new();
        for axis in plan.axes.iter().filter(|a| shown(a.archived)) {
            rows.push(PlanItem::Axis(axis.id));
            for o in plan.objectives_of(axis.id).filter(|o| shown(o.archived)) {
                rows.push(PlanItem::Objective(o.id));
                for a in plan.actions_of(o.id).filter(|a| shown(a.archived)) {
                    rows.push(PlanItem::Action(a.id));
                }
            }
        }
        rows
    }

    pub fn selected_item(&self, plan: &Plan) -> Option<PlanItem> {
        self.rows(plan).get(self.selected).copied()
    }

    /// Puts the selection on an item if it is in the tree (after a save, a move, a jump from the échéances).
    pub fn select(&mut self, plan: &Plan, item: PlanItem) {
        if let Some(i) = self.rows(plan).iter().position(|r| *r == item) {
            self.selected = i;
        }
    }

    pub fn clamp(&mut self, plan: &Plan) {
        let n = self.rows(plan).len();
        self.selected = self.selected.min(n.saturating_sub(1));
    }

    /// The axis an item belongs to.
    pub fn axis_of(&self, plan: &Plan, item: PlanItem) -> Option<AxisId> {
        match item {
            PlanItem::Axis(id) => Some(id),
            PlanItem::Objective(id) => plan.objective(id).map(|o| o.axis_id),
            PlanItem::Action(id) => plan.action(id).and_then(|a| plan.objective(a.objective_id)).map(|o| o.axis_id),
        }
    }

    /// The objective an item belongs to (none for an axis).
    pub fn objective_of(&self, plan: &Plan, item: PlanItem) -> Option<ObjectiveId> {
        match item {
            PlanItem::Axis(_) => None,
            PlanItem::Objective(id) => Some(id),
            PlanItem::Action(id) => plan.action(id).map(|a| a.objective_id),
        }
    }

    /// Whether an item is archived (or under an archived axis or objective).
    pub fn is_archived(&self, plan: &Plan, item: PlanItem) -> bool {
        let axis = |id| plan.axis(id).is_some_and(|a| a.archived);
        let objective = |id| plan.objective(id).is_some_and(|o| o.archived || axis(o.axis_id));
        match item {
            PlanItem::Axis(id) => axis(id),
            PlanItem::Objective(id) => objective(id),
            PlanItem::Action(id) => plan.action(id).is_some_and(|a| a.archived || objective(a.objective_id)),
        }
    }

    pub fn partner_name(&self, id: PartnerId) -> Option<&str> {
        self.partners.iter().find(|p| p.id == id).map(|p| p.name.as_str())
    }

    /// Live open actions, for « qui fait quoi ».
    pub fn open_actions<'a>(&self, plan: &'a Plan) -> Vec<&'a PlanAction> {
        let live_objective = |id: ObjectiveId| {
            plan.objective(id).is_some_and(|o| !o.archived && plan.axis(o.axis_id).is_some_and(|a| !a.archived))
        };
        plan.actions.iter().filter(|a| !a.archived && a.status.is_open() && live_objective(a.objective_id)).collect()
    }

    /// Open actions grouped by carrier: the person, the référent, then partners by name.
    pub fn by_carrier<'a>(&self, plan: &'a Plan) -> Vec<(Carrier, Vec<&'a PlanAction>)> {
        let mut groups: Vec<(Carrier, Vec<&PlanAction>)> = Vec::new();
        for a in self.open_actions(plan) {
            match groups.iter_mut().find(|(c, _)| *c == a.carrier) {
                Some((_, list)) => list.push(a),
                None => groups.push((a.carrier, vec![a])),
            }
        }
        let name = |c: &Carrier| match c {
            Carrier::Person => (0, String::new()),
            Carrier::Referent => (1, String::new()),
            Carrier::Partner(id) => (2, self.partner_name(*id).unwrap_or_default().to_lowercase()),
        };
        groups.sort_by_key(|(c, _)| name(c));
        for (_, list) in &mut groups {
            list.sort_by_key(|a| (a.due.unwrap_or(NaiveDate::MAX), a.id));
        }
        groups
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::plan::{Axis, Objective};

    fn day(m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, m, d).unwrap()
    }

    fn state() -> (PlanState, Plan) {
        let axis = |id, pos| Axis { id, position: pos, title: format!("axe {id}"), ..Axis::new_draft(1, day(9, 1)) };
        let obj = |id, axis_id| Objective {
            id,
            axis_id,
            title: format!("obj {id}"),
            ..Objective::new_draft(axis_id, day(9, 1))
        };
        let act = |id, objective_id, carrier, due| PlanAction {
            id,
            objective_id,
            carrier,
            due: Some(due),
            what: format!("act {id}"),
            ..PlanAction::new_draft(objective_id, day(9, 1))
        };
        let mut archived = obj(12, 1);
        archived.archived = true;
        let plan = Plan {
            axes: vec![axis(1, 0), axis(2, 1)],
            objectives: vec![obj(10, 1), archived, obj(20, 2)],
            actions: vec![
                act(100, 10, Carrier::Partner(7), day(12, 1)),
                act(101, 10, Carrier::Person, day(11, 1)),
                act(120, 12, Carrier::Person, day(11, 1)),
                act(200, 20, Carrier::Referent, day(11, 5)),
                act(201, 20, Carrier::Person, day(10, 5)).done(day(10, 5)),
            ],
        };
        let partner = Partner { id: 7, name: "SAMSAH".into(), ..Partner::new_draft() };
        (PlanState { partners: vec![partner], ..PlanState::default() }, plan)
    }

    #[test]
    fn tree_rows_skip_archived_branches() {
        let (s, plan) = state();
        assert_eq!(
            s.rows(&plan),
            vec![
                PlanItem::Axis(1),
                PlanItem::Objective(10),
                PlanItem::Action(100),
                PlanItem::Action(101),
                PlanItem::Axis(2),
                PlanItem::Objective(20),
                PlanItem::Action(200),
                PlanItem::Action(201),
            ]
        );
        assert_eq!(s.axis_of(&plan, PlanItem::Action(200)), Some(2));
        assert_eq!(s.objective_of(&plan, PlanItem::Action(101)), Some(10));
    }

    #[test]
    fn who_does_what_groups_open_actions_person_first() {
        let (s, plan) = state();
        let groups: Vec<(Carrier, Vec<i64>)> =
            s.by_carrier(&plan).into_iter().map(|(c, l)| (c, l.into_iter().map(|a| a.id).collect())).collect();
        assert_eq!(
            groups,
            vec![(Carrier::Person, vec![101]), (Carrier::Referent, vec![200]), (Carrier::Partner(7), vec![100])]
        );
    }

    #[test]
    fn selection_follows_items() {
        let (mut s, plan) = state();
        s.select(&plan, PlanItem::Objective(20));
        assert_eq!(s.selected, 5);
        s.selected = 99;
        s.clamp(&plan);
        assert_eq!(s.selected_item(&plan), Some(PlanItem::Action(201)));
    }
}
