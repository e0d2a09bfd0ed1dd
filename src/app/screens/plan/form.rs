//! The plan's forms: axis, objective (with its Goal Attainment Scale), action, postponement.

use chrono::NaiveDate;

use crate::app::form::{Field, FieldError, FieldId, FieldKind, Form, FormKind};
use crate::domain::date::{format_fr, format_fr_opt, parse_fr};
use crate::domain::nomenclature::services;
use crate::domain::plan::action::{self, ActionProblem};
use crate::domain::plan::axis::{self, AxisProblem};
use crate::domain::plan::objective::{self, ObjectiveProblem};
use crate::domain::plan::{
    ActionStatus, Axis, Carrier, NeedRef, Objective, ObjectiveId, ObjectiveStatus, PlanAction, Postponement,
};
use crate::domain::text::{clean, clean_line};

/// « [Logement] Rester chez soi » for a need of the diagnosis, with the domain's label.
pub fn need_ref_line(r: &NeedRef, label_of: &dyn Fn(&str) -> String) -> String {
    format!("[{}] {}", label_of(&r.domain), r.text)
}

/// Reads the linked-needs lines back; a line whose domain is unknown is `Err(line)`.
fn parse_need_refs(text: &str, key_of: &dyn Fn(&str) -> Option<String>) -> Result<Vec<NeedRef>, String> {
    let mut out = Vec::new();
    for line in text.lines().map(clean_line).filter(|l| !l.is_empty()) {
        let parsed = line
            .strip_prefix('[')
            .and_then(|rest| rest.split_once(']'))
            .and_then(|(domain, need)| Some(NeedRef { domain: key_of(domain.trim())?, text: need.trim().to_string() }))
            .filter(|r| !r.text.is_empty());
        match parsed {
            Some(r) if !out.contains(&r) => out.push(r),
            Some(_) => {}
            None => return Err(line),
        }
    }
    Ok(out)
}

pub fn carrier_code(c: Carrier) -> String {
    match c {
        Carrier::Person => "person".into(),
        Carrier::Referent => "referent".into(),
        Carrier::Partner(id) => format!("partner:{id}"),
    }
}

pub fn carrier_from_code(code: &str) -> Option<Carrier> {
    match code {
        "person" => Some(Carrier::Person),
        "referent" => Some(Carrier::Referent),
        other => other.strip_prefix("partner:")?.parse().ok().map(Carrier::Partner),
    }
}

const BASELINES: [&str; 2] = ["-1", "-2"];
const WEIGHTS: [&str; 4] = ["0", "1", "2", "3"];

impl Form {
    pub fn axis(a: &Axis, label_of: &dyn Fn(&str) -> String) -> Form {
        let needs: Vec<String> = a.needs.iter().map(|r| need_ref_line(r, label_of)).collect();
        let fields = vec![
            Field::new(FieldId::AxisTitle, FieldKind::Line, &a.title).required(),
            Field::new(FieldId::Rationale, FieldKind::Text, &a.rationale),
            Field::new(FieldId::LinkedNeeds, FieldKind::NeedRefs, &needs.join("\n")),
            Field::new(FieldId::Participation, FieldKind::Text, &a.participation),
            Field::new(FieldId::PersonView, FieldKind::Text, &a.person_view),
        ];
        Form::with_fields(FormKind::Axis(a.clone()), fields)
    }

    pub fn objective(o: &Objective, readjusts: Option<ObjectiveId>, label_of: &dyn Fn(&str) -> String) -> Form {
        let needs: Vec<String> = o.needs.iter().map(|r| need_ref_line(r, label_of)).collect();
        // « Réajusté » is what `r` does, with a new objective to carry on: not a status to pick.
        let statuses: Vec<&str> = ObjectiveStatus::ALL
            .iter()
            .filter(|s| **s != ObjectiveStatus::Readjusted || o.status == ObjectiveStatus::Readjusted)
            .map(|s| s.code())
            .collect();
        let baseline = o.gas.baseline.to_string();
        let fields = vec![
            Field::new(FieldId::ObjectiveTitle, FieldKind::Line, &o.title).required(),
            Field::new(FieldId::Indicator, FieldKind::Text, &o.indicator),
            Field::new(FieldId::ExpectedResult, FieldKind::Text, &o.expected_result),
            Field::new(FieldId::Deadline, FieldKind::Date, &format_fr_opt(o.deadline)),
            Field::choice(FieldId::ObjectiveStatus, statuses, o.status.code()),
            Field::new(FieldId::LinkedNeeds, FieldKind::NeedRefs, &needs.join("\n")),
            Field::new(FieldId::GasMinus2, FieldKind::Line, &o.gas.levels[0]),
            Field::new(FieldId::GasMinus1, FieldKind::Line, &o.gas.levels[1]),
            Field::new(FieldId::GasZero, FieldKind::Line, &o.gas.levels[2]),
            Field::new(FieldId::GasPlus1, FieldKind::Line, &o.gas.levels[3]),
            Field::new(FieldId::GasPlus2, FieldKind::Line, &o.gas.levels[4]),
            Field::choice(FieldId::GasBaseline, BASELINES.to_vec(), &baseline),
            Field::choice(FieldId::Importance, WEIGHTS.to_vec(), &o.gas.importance.to_string()),
            Field::choice(FieldId::Difficulty, WEIGHTS.to_vec(), &o.gas.difficulty.to_string()),
            Field::new(FieldId::PersonView, FieldKind::Text, &o.person_view),
        ];
        Form::with_fields(FormKind::Objective { objective: o.clone(), readjusts }, fields)
    }

    /// `carriers` are (code, label) pairs: the person, the référent, then each partner.
    pub fn action(a: &PlanAction, carriers: Vec<(String, String)>) -> Form {
        let statuses: Vec<&str> = ActionStatus::ALL.iter().map(|s| s.code()).collect();
        let fields = vec![
            Field::new(FieldId::What, FieldKind::Line, &a.what).required(),
            Field::labelled_choice(FieldId::Carrier, carriers, &carrier_code(a.carrier)),
            Field::new(FieldId::Start, FieldKind::Date, &format_fr_opt(a.start)),
            Field::new(FieldId::Due, FieldKind::Date, &format_fr_opt(a.due)),
            Field::choice(FieldId::ActionStatus, statuses, a.status.code()),
            Field::new(FieldId::Service, FieldKind::Service, a.serafin_service.as_deref().unwrap_or("")),
        ];
        Form::with_fields(FormKind::Action(a.clone()), fields)
    }

    pub fn postpone(a: &PlanAction) -> Form {
        let fields = vec![
            Field::new(FieldId::NewDate, FieldKind::Date, "").required(),
            Field::new(FieldId::Reason, FieldKind::Text, "").required(),
        ];
        Form::with_fields(FormKind::Postpone(a.clone()), fields)
    }

    /// Marks the title of a readjustment saved unchanged: the new objective must say what changes.
    pub fn refuse_unchanged_readjustment(&mut self) {
        self.clear_errors();
        self.set_error(FieldId::ObjectiveTitle, FieldError::ReadjustUnchanged);
        self.focus_first_error();
    }

    fn clear_errors(&mut self) {
        for f in &mut self.fields {
            f.error = None;
        }
    }

    fn block(&self, id: FieldId) -> String {
        clean(&self.text_of(id)).trim().to_string()
    }

    fn need_refs(&mut self, key_of: &dyn Fn(&str) -> Option<String>) -> Vec<NeedRef> {
        match parse_need_refs(&self.text_of(FieldId::LinkedNeeds), key_of) {
            Ok(refs) => refs,
            Err(_) => {
                self.set_error(FieldId::LinkedNeeds, FieldError::UnknownNeed);
                Vec::new()
            }
        }
    }

    fn finish<T>(&mut self, value: T) -> Option<T> {
        self.focus_first_error();
        self.fields.iter().all(|f| f.error.is_none()).then_some(value)
    }

    /// `key_of` turns a domain label (or key) typed in brackets into the domain's key.
    pub fn to_axis(&mut self, key_of: &dyn Fn(&str) -> Option<String>) -> Option<Axis> {
        let FormKind::Axis(original) = &self.kind else { return None };
        let mut a = original.clone();
        self.clear_errors();
        a.title = clean_line(&self.text_of(FieldId::AxisTitle));
        a.rationale = self.block(FieldId::Rationale);
        a.needs = self.need_refs(key_of);
        a.participation = self.block(FieldId::Participation);
        a.person_view = self.block(FieldId::PersonView);
        for problem in axis::validate(&a) {
            match problem {
                AxisProblem::TitleEmpty => self.set_error(FieldId::AxisTitle, FieldError::Required),
            }
        }
        self.finish(a)
    }

    pub fn to_objective(&mut self, key_of: &dyn Fn(&str) -> Option<String>) -> Option<Objective> {
        let FormKind::Objective { objective, .. } = &self.kind else { return None };
        let mut o = objective.clone();
        self.clear_errors();
        o.title = clean_line(&self.text_of(FieldId::ObjectiveTitle));
        o.indicator = self.block(FieldId::Indicator);
        o.expected_result = self.block(FieldId::ExpectedResult);
        o.deadline = self.date_of(FieldId::Deadline);
        o.status = self.choice_of(FieldId::ObjectiveStatus).and_then(ObjectiveStatus::from_code).unwrap_or(o.status);
        o.needs = self.need_refs(key_of);
        let levels = [FieldId::GasMinus2, FieldId::GasMinus1, FieldId::GasZero, FieldId::GasPlus1, FieldId::GasPlus2];
        for (slot, id) in o.gas.levels.iter_mut().zip(levels) {
            *slot = clean_line(&self.text_of(id));
        }
        o.gas.baseline = self.choice_of(FieldId::GasBaseline).and_then(|c| c.parse().ok()).unwrap_or(-1);
        o.gas.importance = self.choice_of(FieldId::Importance).and_then(|c| c.parse().ok()).unwrap_or(1);
        o.gas.difficulty = self.choice_of(FieldId::Difficulty).and_then(|c| c.parse().ok()).unwrap_or(1);
        o.person_view = self.block(FieldId::PersonView);
        for problem in objective::validate(&o) {
            let id = match problem {
                ObjectiveProblem::TitleEmpty => {
                    self.set_error(FieldId::ObjectiveTitle, FieldError::Required);
                    continue;
                }
                ObjectiveProblem::DeadlineBeforeCreation => FieldId::Deadline,
                ObjectiveProblem::BaselineOutOfRange => FieldId::GasBaseline,
                ObjectiveProblem::WeightOutOfRange => FieldId::Importance,
            };
            self.set_error(id, FieldError::Objective(problem));
        }
        self.finish(o)
    }

    pub fn to_action(&mut self, today: NaiveDate) -> Option<PlanAction> {
        let FormKind::Action(original) = &self.kind else { return None };
        let mut a = original.clone();
        self.clear_errors();
        a.what = clean_line(&self.text_of(FieldId::What));
        a.carrier = self.choice_of(FieldId::Carrier).and_then(carrier_from_code).unwrap_or(a.carrier);
        a.start = self.date_of(FieldId::Start);
        a.due = self.date_of(FieldId::Due);
        a.status = self.choice_of(FieldId::ActionStatus).and_then(ActionStatus::from_code).unwrap_or(a.status);
        // « fait » carries its day, and only « fait » does.
        a.done_on = match a.status {
            ActionStatus::Done => a.done_on.or(Some(today)),
            _ => None,
        };
        let service = clean_line(&self.text_of(FieldId::Service));
        a.serafin_service = (!service.is_empty()).then_some(service);
        let known = |c: &str| services().iter().any(|s| s.code == c);
        for problem in action::validate(&a, known) {
            let id = match problem {
                ActionProblem::WhatEmpty => {
                    self.set_error(FieldId::What, FieldError::Required);
                    continue;
                }
                ActionProblem::DueBeforeStart => FieldId::Due,
                ActionProblem::DoneBeforeStart => FieldId::Start,
                ActionProblem::UnknownService => FieldId::Service,
                ActionProblem::ReasonEmpty | ActionProblem::NewDateInPast => continue,
            };
            self.set_error(id, FieldError::Action(problem));
        }
        self.finish(a)
    }

    pub fn to_postponement(&mut self, today: NaiveDate) -> Option<Postponement> {
        let FormKind::Postpone(original) = &self.kind else { return None };
        let action_id = original.id;
        let from = original.due;
        let start = original.start;
        self.clear_errors();
        let to = match parse_fr(&self.text_of(FieldId::NewDate)) {
            Ok(d) => d,
            Err(e) => {
                self.set_error(FieldId::NewDate, FieldError::Date(e));
                today
            }
        };
        let p = Postponement { action_id, on: today, from, to, reason: self.block(FieldId::Reason) };
        if start.is_some_and(|s| p.to < s) {
            self.set_error(FieldId::NewDate, FieldError::Action(ActionProblem::DueBeforeStart));
        }
        for problem in action::validate_postponement(&p) {
            let id = match problem {
                ActionProblem::NewDateInPast => FieldId::NewDate,
                _ => FieldId::Reason,
            };
            let err =
                if problem == ActionProblem::ReasonEmpty { FieldError::Required } else { FieldError::Action(problem) };
            self.set_error(id, err);
        }
        self.finish(p)
    }

    fn choice_of(&self, id: FieldId) -> Option<&str> {
        self.fields.iter().find(|f| f.id == id).map(|f| f.choice_code())
    }
}

/// « 05/12/2026 » for a due date, or the empty string: used by the views too.
pub fn due_text(d: Option<NaiveDate>) -> String {
    d.map(format_fr).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::form::test_support::{today, type_into};

    fn key_of(label: &str) -> Option<String> {
        match label {
            "Logement" | "logement" => Some("logement".into()),
            _ => None,
        }
    }

    #[test]
    fn need_lines_round_trip_and_unknown_domains_are_refused() {
        let r = NeedRef { domain: "logement".into(), text: "Rester chez soi".into() };
        let line = need_ref_line(&r, &|_| "Logement".into());
        assert_eq!(parse_need_refs(&line, &key_of), Ok(vec![r]));
        assert_eq!(parse_need_refs("[Planète] x", &key_of), Err("[Planète] x".into()));
        assert_eq!(parse_need_refs("sans crochets", &key_of), Err("sans crochets".into()));
    }

    #[test]
    fn objective_form_reads_gas_and_refuses_early_deadline() {
        let mut form = Form::objective(&Objective::new_draft(3, today()), None, &|k| k.to_string());
        type_into(&mut form, FieldId::ObjectiveTitle, "Tenir le plan d’apurement");
        type_into(&mut form, FieldId::Deadline, "01/11/2026");
        type_into(&mut form, FieldId::GasZero, "Plan tenu six mois");
        type_into(&mut form, FieldId::LinkedNeeds, "[Logement] Rester chez soi");
        assert_eq!(form.to_objective(&key_of), None);
        assert_eq!(form.fields[form.focus].id, FieldId::Deadline);
        type_into(&mut form, FieldId::Deadline, "01/06/2027");
        let o = form.to_objective(&key_of).unwrap();
        assert_eq!(o.gas.levels[2], "Plan tenu six mois");
        assert_eq!(o.needs, vec![NeedRef { domain: "logement".into(), text: "Rester chez soi".into() }]);
        assert_eq!((o.gas.baseline, o.gas.importance, o.gas.difficulty), (-1, 1, 1));
    }

    #[test]
    fn action_form_carrier_and_dates() {
        let carriers = vec![
            ("person".to_string(), "la personne".to_string()),
            ("referent".into(), "le référent".into()),
            ("partner:7".into(), "SAMSAH".into()),
        ];
        let mut a = PlanAction::new_draft(1, today());
        a.carrier = Carrier::Partner(7);
        let mut form = Form::action(&a, carriers);
        assert_eq!(form.fields[1].choice_label(), Some("SAMSAH"));
        type_into(&mut form, FieldId::What, "Visite conjointe");
        type_into(&mut form, FieldId::Due, "21/11/2026");
        assert_eq!(form.to_action(today()), None, "due before start");
        type_into(&mut form, FieldId::Due, "30/11/2026");
        type_into(&mut form, FieldId::Service, "9.9");
        assert_eq!(form.to_action(today()), None, "unknown service");
        type_into(&mut form, FieldId::Service, "2.3.5.1");
        let saved = form.to_action(today()).unwrap();
        assert_eq!(saved.carrier, Carrier::Partner(7));
        assert_eq!(saved.serafin_service.as_deref(), Some("2.3.5.1"));
    }

    #[test]
    fn postponement_needs_date_and_reason() {
        let mut a = PlanAction::new_draft(1, today());
        a.id = 5;
        a.due = NaiveDate::from_ymd_opt(2026, 11, 20);
        let mut form = Form::postpone(&a);
        assert_eq!(form.to_postponement(today()), None);
        type_into(&mut form, FieldId::NewDate, "05/12/2026");
        type_into(&mut form, FieldId::Reason, "Rendez-vous MDPH décalé");
        let p = form.to_postponement(today()).unwrap();
        assert_eq!((p.action_id, p.from, p.to), (5, a.due, NaiveDate::from_ymd_opt(2026, 12, 5).unwrap()));
    }

    #[test]
    fn carrier_codes_round_trip() {
        for c in [Carrier::Person, Carrier::Referent, Carrier::Partner(42)] {
            assert_eq!(carrier_from_code(&carrier_code(c)), Some(c));
        }
        assert_eq!(carrier_from_code("partner:x"), None);
    }
}
