//! The printed « plan d’action » as a view model, built once from the domain and read by the
//! Markdown and HTML renderers: per axis, one row per objective with its need, indicator,
//! actions, carriers, deadline, status and the person's own view.
//!
//! Only the pseudonym and the dispositif identify the situation: no birth year, no referral
//! source, no consent details. Archived axes, objectives and actions are left out; an objective
//! that was readjusted stays, marked as such, with the title of the one that replaced it.
//! Every text passes through [`clean`] so that no control character reaches an export.

use chrono::NaiveDate;

use crate::domain::date::format_fr;
use crate::domain::diagnosis::{DiagnosisEntry, Priority};
use crate::domain::life_domain::LifeDomain;
use crate::domain::partner::Partner;
use crate::domain::person::Person;
use crate::domain::plan::check::{PlanWarning, check};
use crate::domain::plan::{
    ActionStatus, Axis, AxisId, Carrier, NeedRef, Objective, ObjectiveId, ObjectiveStatus, Plan, PlanAction,
};
use crate::domain::text::{clean, clean_line};
use crate::i18n::{Lang, PlanText, colon, long_date, plan_text};

/// Everything an export of the plan reads: the store is not needed, so exports are pure.
#[derive(Debug, Clone, Copy)]
pub struct PlanInput<'a> {
    pub person: &'a Person,
    /// The person's whole plan, archived items included (they are filtered here).
    pub plan: &'a Plan,
    /// The latest revision of each domain of the diagnosis: tells which needs are priorities.
    pub latest: &'a [DiagnosisEntry],
    /// Partners that may carry actions (archived ones too: an old action keeps its carrier's name).
    pub partners: &'a [Partner],
    /// Life domains, for the labels of needs (a key no longer configured is shown as is).
    pub domains: &'a [LifeDomain],
    pub today: NaiveDate,
    pub lang: Lang,
}

/// The eight columns of a plan table, in order.
pub const COLUMNS: [PlanText; 8] = [
    PlanText::ColNeed,
    PlanText::ColObjective,
    PlanText::ColIndicator,
    PlanText::ColActions,
    PlanText::ColWho,
    PlanText::ColDeadline,
    PlanText::ColStatus,
    PlanText::ColPersonView,
];

/// One line inside a cell; `late` asks the renderer to make it stand out (the words « en retard »
/// are already in the text, so the mark never depends on colour or style alone).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CellLine {
    pub text: String,
    pub late: bool,
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Cell {
    pub lines: Vec<CellLine>,
    /// Items of a list (the actions) rather than lines of one text.
    pub list: bool,
}

impl Cell {
    fn text(text: &str) -> Cell {
        Cell { lines: lines_of(text), list: false }
    }

    fn push(&mut self, text: String, late: bool) {
        self.lines.push(CellLine { text, late });
    }

    pub fn is_empty(&self) -> bool {
        self.lines.is_empty()
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ObjectiveRow {
    pub objective_id: ObjectiveId,
    pub late: bool,
    pub readjusted: bool,
    /// In the order of [`COLUMNS`].
    pub cells: [Cell; 8],
}

/// A labelled paragraph under an axis heading (« Pourquoi », « Avis de la personne »…).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Note {
    pub label: &'static str,
    pub lines: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AxisSection {
    pub axis_id: AxisId,
    /// « Axe 1 · Rester chez soi en sécurité »
    pub heading: String,
    pub notes: Vec<Note>,
    pub rows: Vec<ObjectiveRow>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlanDocument {
    pub lang: Lang,
    /// « Plan d’action — M. R. »
    pub title: String,
    /// « Dispositif : PCPE », « Édité le 22 novembre 2026 »
    pub meta: Vec<String>,
    pub headers: [&'static str; 8],
    pub axes: Vec<AxisSection>,
    /// Said instead of the tables when no axis is set yet.
    pub no_axis: &'static str,
    /// Said instead of a table for an axis without objectives.
    pub no_objective: &'static str,
    pub unaddressed_heading: &'static str,
    /// Needs the person or the référent ranked high that no open objective answers.
    pub unaddressed: Vec<String>,
}

impl PlanDocument {
    pub fn build(input: &PlanInput) -> PlanDocument {
        let lang = input.lang;
        let t = |x| plan_text(lang, x);
        let pseudonym = clean_line(&input.person.pseudonym);
        let mut meta = Vec::new();
        let dispositif = clean_line(&input.person.dispositif);
        if !dispositif.is_empty() {
            meta.push(format!("{}{}{dispositif}", t(PlanText::Dispositif), colon(lang)));
        }
        meta.push(format!("{} {}", t(PlanText::PrintedOn), long_date(lang, input.today)));

        let axes = visible_axes(input.plan)
            .into_iter()
            .enumerate()
            .map(|(i, axis)| axis_section(input, i + 1, axis))
            .collect();
        let unaddressed = check(input.plan, input.latest, input.today)
            .into_iter()
            .filter_map(|w| match w {
                PlanWarning::PriorityNeedUnaddressed(need) => Some(need_label(input, &need)),
                _ => None,
            })
            .collect();
        PlanDocument {
            lang,
            title: format!("{} — {pseudonym}", t(PlanText::Title)),
            meta,
            headers: COLUMNS.map(t),
            axes,
            no_axis: t(PlanText::NoAxis),
            no_objective: t(PlanText::NoObjective),
            unaddressed_heading: t(PlanText::NeedsWithoutObjective),
            unaddressed,
        }
    }
}

/// The words for who carries an action: « la personne », « le référent » or the partner's name.
pub fn carrier_label(carrier: Carrier, partners: &[Partner], lang: Lang) -> String {
    match carrier {
        Carrier::Person => plan_text(lang, PlanText::ThePerson).to_string(),
        Carrier::Referent => plan_text(lang, PlanText::TheReferent).to_string(),
        Carrier::Partner(id) => partners
            .iter()
            .find(|p| p.id == id)
            .map(|p| clean_line(&p.name))
            .filter(|name| !name.is_empty())
            .unwrap_or_else(|| plan_text(lang, PlanText::UnknownPartner).to_string()),
    }
}

/// Axes not archived, in display order.
pub fn visible_axes(plan: &Plan) -> Vec<&Axis> {
    let mut axes: Vec<&Axis> = plan.axes.iter().filter(|a| !a.archived).collect();
    axes.sort_by_key(|a| a.position);
    axes
}

/// Objectives of an axis that are not archived, in display order.
pub fn visible_objectives(plan: &Plan, axis: AxisId) -> Vec<&Objective> {
    let mut objectives: Vec<&Objective> = plan.objectives_of(axis).filter(|o| !o.archived).collect();
    objectives.sort_by_key(|o| o.position);
    objectives
}

/// Actions of an objective that are not archived, in display order.
pub fn visible_actions(plan: &Plan, objective: ObjectiveId) -> Vec<&PlanAction> {
    let mut actions: Vec<&PlanAction> = plan.actions_of(objective).filter(|a| !a.archived).collect();
    actions.sort_by_key(|a| a.position);
    actions
}

/// An objective shown in the plan: neither it nor its axis is archived.
fn is_visible(plan: &Plan, o: &Objective) -> bool {
    !o.archived && plan.axis(o.axis_id).is_some_and(|a| !a.archived)
}

fn axis_section(input: &PlanInput, number: usize, axis: &Axis) -> AxisSection {
    let lang = input.lang;
    let t = |x| plan_text(lang, x);
    let mut notes = Vec::new();
    let mut note = |label: PlanText, text: &str| {
        let lines: Vec<String> = lines_of(text).into_iter().map(|l| l.text).collect();
        if !lines.is_empty() {
            notes.push(Note { label: t(label), lines });
        }
    };
    note(PlanText::Why, &axis.rationale);
    let needs: Vec<String> = axis.needs.iter().map(|n| need_label(input, n)).collect();
    note(PlanText::AxisNeeds, &needs.join("\n"));
    note(PlanText::Participation, &axis.participation);
    note(PlanText::ColPersonView, &axis.person_view);
    let title = clean_line(&axis.title);
    let heading = if title.is_empty() {
        format!("{} {number}", t(PlanText::Axis))
    } else {
        format!("{} {number} · {title}", t(PlanText::Axis))
    };
    let rows = visible_objectives(input.plan, axis.id).into_iter().map(|o| objective_row(input, o)).collect();
    AxisSection { axis_id: axis.id, heading, notes, rows }
}

fn objective_row(input: &PlanInput, o: &Objective) -> ObjectiveRow {
    let lang = input.lang;
    let t = |x| plan_text(lang, x);
    let plan = input.plan;
    let late = o.is_late(input.today);

    let mut need = Cell::default();
    for n in &o.needs {
        need.push(need_label(input, n), false);
    }

    let mut objective = Cell::text(&clean_line(&o.title));
    let expected = clean(&o.expected_result);
    if !expected.trim().is_empty() {
        let mut lines = lines_of(&expected);
        if let Some(first) = lines.first_mut() {
            first.text = format!("{}{}{}", t(PlanText::ExpectedResult), colon(lang), first.text);
        }
        objective.lines.extend(lines);
    }
    if let Some(old) = o.replaces.and_then(|id| plan.objective(id)).filter(|old| is_visible(plan, old)) {
        objective.push(format!("({} {})", t(PlanText::Readjusts), quoted(lang, &clean_line(&old.title))), false);
    }

    let actions = visible_actions(plan, o.id);
    let mut action_cell = Cell { lines: Vec::new(), list: true };
    let mut carriers: Vec<Carrier> = Vec::new();
    for a in &actions {
        action_cell.push(action_line(input, a), a.is_late(input.today));
        if !carriers.contains(&a.carrier) {
            carriers.push(a.carrier);
        }
    }
    let mut who = Cell::default();
    for c in carriers {
        who.push(carrier_label(c, input.partners, lang), false);
    }

    let mut deadline = Cell::default();
    if let Some(d) = o.deadline {
        if late {
            deadline.push(format!("{}, {}", format_fr(d), t(PlanText::Late)), true);
        } else {
            deadline.push(format_fr(d), false);
        }
    }

    let mut status = Cell::default();
    status.push(t(PlanText::ObjectiveStatus(o.status)).to_string(), false);
    if o.status == ObjectiveStatus::Readjusted {
        for new in plan.objectives.iter().filter(|n| n.replaces == Some(o.id) && is_visible(plan, n)) {
            status.push(format!("{} {}", t(PlanText::ReplacedBy), quoted(lang, &clean_line(&new.title))), false);
        }
    }

    ObjectiveRow {
        objective_id: o.id,
        late,
        readjusted: o.status == ObjectiveStatus::Readjusted,
        cells: [
            need,
            objective,
            Cell::text(&o.indicator),
            action_cell,
            who,
            deadline,
            status,
            Cell::text(&o.person_view),
        ],
    }
}

/// « Déposer le dossier FSL — le référent — 05/12/2026 — fait le 20/11/2026 »
fn action_line(input: &PlanInput, a: &PlanAction) -> String {
    let lang = input.lang;
    let t = |x| plan_text(lang, x);
    let mut parts = vec![clean_line(&a.what), carrier_label(a.carrier, input.partners, lang)];
    if let Some(due) = a.due {
        parts.push(format_fr(due));
    }
    let status = match (a.status, a.done_on) {
        (ActionStatus::Done, Some(done)) => format!("{} {}", t(PlanText::DoneOn), format_fr(done)),
        (s, _) if a.is_late(input.today) => {
            format!("{}, {}", t(PlanText::ActionStatus(s)), t(PlanText::Late))
        }
        (s, _) => t(PlanText::ActionStatus(s)).to_string(),
    };
    parts.push(status);
    parts.retain(|p| !p.is_empty());
    parts.join(" — ")
}

/// « Logement : Rester chez soi (prioritaire) »
fn need_label(input: &PlanInput, need: &NeedRef) -> String {
    let lang = input.lang;
    let domain = crate::i18n::domain_label(lang, input.domains, &need.domain);
    let priority = input.latest.iter().any(|e| {
        e.domain == need.domain
            && (e.priority_person == Priority::High || e.priority_referent == Priority::High)
            && e.needs.iter().any(|n| n.text == need.text)
    });
    let mut label = format!("{}{}{}", clean_line(&domain), colon(lang), clean_line(&need.text));
    if priority {
        label.push_str(&format!(" ({})", plan_text(lang, PlanText::Priority)));
    }
    label
}

/// « titre » in French (no-break spaces inside), “title” in English.
fn quoted(lang: Lang, text: &str) -> String {
    match lang {
        Lang::Fr => format!("«\u{a0}{text}\u{a0}»"),
        Lang::En => format!("“{text}”"),
    }
}

/// The non-blank lines of a cleaned text, trimmed.
fn lines_of(text: &str) -> Vec<CellLine> {
    clean(text)
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(|l| CellLine { text: l.to_string(), late: false })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::plan::Axis;

    fn day(m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, m, d).unwrap()
    }

    #[test]
    fn action_lines_say_who_when_and_where_it_stands() {
        let mut person = Person::new_draft(day(9, 1));
        person.pseudonym = "M. R.".into();
        let mut axis = Axis::new_draft(1, day(9, 1));
        axis.id = 1;
        let mut o = Objective::new_draft(1, day(9, 1));
        o.id = 2;
        let mut done = PlanAction::new_draft(2, day(9, 1));
        done.what = "Déposer le dossier FSL".into();
        done.due = Some(day(12, 5));
        done.status = ActionStatus::Done;
        done.done_on = Some(day(11, 20));
        let mut late = PlanAction::new_draft(2, day(9, 1));
        late.what = "Appeler le CMP".into();
        late.carrier = Carrier::Partner(7);
        late.due = Some(day(11, 1));
        let plan = Plan { axes: vec![axis], objectives: vec![o], actions: vec![] };
        let input = PlanInput {
            person: &person,
            plan: &plan,
            latest: &[],
            partners: &[],
            domains: &[],
            today: day(11, 22),
            lang: Lang::Fr,
        };
        assert_eq!(
            action_line(&input, &done),
            "Déposer le dossier FSL — le référent — 05/12/2026 — fait le 20/11/2026"
        );
        assert_eq!(action_line(&input, &late), "Appeler le CMP — un partenaire — 01/11/2026 — à faire, en retard");
    }
}
