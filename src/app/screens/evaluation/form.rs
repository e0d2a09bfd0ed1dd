//! The evaluation form (C5), built from the person's plan and domains: one level and one decision
//! per open objective, two ratings per domain, so its fields are numbered rather than named.

use chrono::NaiveDate;

use crate::app::form::{Field, FieldError, FieldId, FieldKind, Form, FormKind};
use crate::domain::date::{format_fr, format_fr_opt, parse_fr};
use crate::domain::evaluation::{self, Evaluation, EvaluationKind, EvaluationProblem, GoalDecision, GoalLevel, Rating};
use crate::domain::plan::Objective;
use crate::domain::text::{clean, clean_line};

/// Codes of a level field: not evaluated, then −2…+2.
const LEVEL_CODES: [&str; 6] = ["", "-2", "-1", "0", "1", "2"];
/// Codes of a rating field: not rated, then 1…10.
const RATING_CODES: [&str; 11] = ["", "1", "2", "3", "4", "5", "6", "7", "8", "9", "10"];

/// An objective as the evaluation form presents it.
#[derive(Debug, Clone, PartialEq)]
pub struct GoalRow {
    pub objective_id: i64,
    pub title: String,
    /// Descriptions of −2…+2.
    pub levels: [String; 5],
    pub weight: f64,
    /// Its level at the previous evaluation, or its baseline when never evaluated, with the day.
    pub last: (i8, Option<NaiveDate>),
}

impl GoalRow {
    pub fn of(o: &Objective, previous: &[Evaluation]) -> GoalRow {
        let last = previous
            .iter()
            .rev()
            .find_map(|e| e.goal(o.id).map(|g| (g.level, Some(e.date))))
            .unwrap_or((o.gas.baseline, None));
        GoalRow {
            objective_id: o.id,
            title: clean_line(&o.title),
            levels: o.gas.levels.clone(),
            weight: o.gas.weight(),
            last,
        }
    }
}

/// « −1 », « 0 », « +2 »: how levels are written.
pub fn level_text(level: i8) -> String {
    crate::domain::gas::signed(i64::from(level))
}

impl Form {
    /// The evaluation form: `goals` are the open objectives (and those this evaluation already
    /// scored), `domains` the (key, label) of the life domains to rate.
    pub fn evaluation(e: &Evaluation, goals: Vec<GoalRow>, domains: Vec<(String, String)>) -> Form {
        let kinds: Vec<&str> = EvaluationKind::ALL.iter().map(|k| k.code()).collect();
        let decisions: Vec<String> = GoalDecision::ALL
            .iter()
            .map(|d| format!("{}{}", crate::i18n::evaluation::DECISION_PREFIX, d.code()))
            .collect();
        let mut fields = vec![
            Field::new(FieldId::Date, FieldKind::Date, &format_fr(e.date)).required(),
            Field::choice(FieldId::EvaluationKind, kinds, e.kind.code()),
            Field::new(FieldId::Participants, FieldKind::Line, &e.participants),
            Field::new(FieldId::Tools, FieldKind::Text, &e.tools),
        ];
        for (i, g) in goals.iter().enumerate() {
            let i = u16::try_from(i).unwrap_or(u16::MAX);
            let current = e.goal(g.objective_id);
            let level = current.map(|c| c.level.to_string()).unwrap_or_default();
            let options: Vec<(String, String)> = LEVEL_CODES
                .iter()
                .enumerate()
                .map(|(k, code)| {
                    let label = match k.checked_sub(1).and_then(|l| g.levels.get(l)) {
                        Some(words) => format!("{} : {}", level_text(k as i8 - 3), clean_line(words)),
                        None => String::new(),
                    };
                    (code.to_string(), label)
                })
                .collect();
            let mut level_field = Field::labelled_choice(FieldId::GoalLevel(i), options, &level);
            level_field.caption = Some(g.title.clone());
            fields.push(level_field);
            let decision = current.map(|c| c.decision).unwrap_or(GoalDecision::Keep);
            let decision = format!("{}{}", crate::i18n::evaluation::DECISION_PREFIX, decision.code());
            fields.push(Field::choice(
                FieldId::GoalDecision(i),
                decisions.iter().map(String::as_str).collect(),
                &decision,
            ));
        }
        for (i, (key, label)) in domains.iter().enumerate() {
            let i = u16::try_from(i).unwrap_or(u16::MAX);
            let rating = e.rating(key);
            let value = |v: Option<u8>| v.map(|v| v.to_string()).unwrap_or_default();
            let mut person =
                Field::choice(FieldId::SelfRating(i), RATING_CODES.to_vec(), &value(rating.and_then(|r| r.person)));
            person.caption = Some(label.clone());
            fields.push(person);
            fields.push(Field::choice(
                FieldId::ReferentRating(i),
                RATING_CODES.to_vec(),
                &value(rating.and_then(|r| r.referent)),
            ));
        }
        fields.extend([
            Field::new(FieldId::PersonView, FieldKind::Text, &e.person_view),
            Field::new(FieldId::ReferentView, FieldKind::Text, &e.referent_view),
            Field::new(FieldId::Decisions, FieldKind::Text, &e.decisions),
            Field::new(FieldId::NextEvaluation, FieldKind::Date, &format_fr_opt(e.next_date)),
        ]);
        Form::with_fields(FormKind::Evaluation { evaluation: e.clone(), goals, domains }, fields)
    }

    pub fn to_evaluation(&mut self, today: NaiveDate) -> Option<Evaluation> {
        let FormKind::Evaluation { evaluation, goals, domains } = &self.kind else { return None };
        let (mut e, goals, domains) = (evaluation.clone(), goals.clone(), domains.clone());
        for f in &mut self.fields {
            f.error = None;
        }
        match parse_fr(&self.text_of(FieldId::Date)) {
            Ok(d) => e.date = d,
            Err(err) => self.set_error(FieldId::Date, FieldError::Date(err)),
        }
        e.kind = self
            .field(FieldId::EvaluationKind)
            .and_then(|f| EvaluationKind::from_code(f.choice_code()))
            .unwrap_or(e.kind);
        e.participants = clean_line(&self.text_of(FieldId::Participants));
        e.tools = clean_line(&self.text_of(FieldId::Tools));
        e.goals = Vec::new();
        for (i, g) in goals.iter().enumerate() {
            let i = u16::try_from(i).unwrap_or(u16::MAX);
            let Some(level) = self.field(FieldId::GoalLevel(i)).and_then(|f| f.choice_code().parse::<i8>().ok()) else {
                continue;
            };
            let decision = self.decision(i);
            e.goals.push(GoalLevel { objective_id: g.objective_id, level, weight: g.weight, decision });
        }
        // A decision about an objective not evaluated would close it without a level: refused.
        for (i, _) in goals.iter().enumerate() {
            let i = u16::try_from(i).unwrap_or(u16::MAX);
            let level_set = self.field(FieldId::GoalLevel(i)).is_some_and(|f| !f.choice_code().is_empty());
            let decided = self.decision(i) != GoalDecision::Keep;
            if decided && !level_set {
                self.set_error(FieldId::GoalLevel(i), FieldError::LevelNeeded);
            }
        }
        e.ratings = Vec::new();
        for (i, (key, _)) in domains.iter().enumerate() {
            let i = u16::try_from(i).unwrap_or(u16::MAX);
            let value = |id| self.field(id).and_then(|f: &Field| f.choice_code().parse::<u8>().ok());
            let (person, referent) = (value(FieldId::SelfRating(i)), value(FieldId::ReferentRating(i)));
            if person.is_some() || referent.is_some() {
                e.ratings.push(Rating { domain: key.clone(), person, referent });
            }
        }
        let block = |s: String| clean(&s).trim().to_string();
        e.person_view = block(self.text_of(FieldId::PersonView));
        e.referent_view = block(self.text_of(FieldId::ReferentView));
        e.decisions = block(self.text_of(FieldId::Decisions));
        match crate::domain::date::parse_fr_opt(&self.text_of(FieldId::NextEvaluation)) {
            Ok(d) => e.next_date = d,
            Err(err) => self.set_error(FieldId::NextEvaluation, FieldError::Date(err)),
        }
        for problem in evaluation::validate(&e, today) {
            let id = match problem {
                EvaluationProblem::DateInFuture => FieldId::Date,
                EvaluationProblem::NextBeforeDate => FieldId::NextEvaluation,
                // The choices cannot hold a value out of range: only an empty evaluation is left.
                EvaluationProblem::Empty
                | EvaluationProblem::RatingOutOfRange
                | EvaluationProblem::LevelOutOfRange
                | EvaluationProblem::WeightOutOfRange => FieldId::PersonView,
            };
            self.set_error(id, FieldError::Evaluation(problem));
        }
        self.focus_first_error();
        self.fields.iter().all(|f| f.error.is_none()).then(|| e.scored())
    }
}

impl Form {
    fn decision(&self, i: u16) -> GoalDecision {
        self.field(FieldId::GoalDecision(i))
            .and_then(|f| f.choice_code().strip_prefix(crate::i18n::evaluation::DECISION_PREFIX))
            .and_then(GoalDecision::from_code)
            .unwrap_or(GoalDecision::Keep)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::form::test_support::today;

    fn choose(form: &mut Form, id: FieldId, code: &str) {
        let f = form.fields.iter_mut().find(|f| f.id == id).unwrap();
        let FieldKind::Choice(codes) = &f.kind else { panic!("not a choice") };
        f.choice = codes.iter().position(|c| c == code).unwrap();
    }

    fn goal_row(id: i64) -> GoalRow {
        GoalRow {
            objective_id: id,
            title: format!("Objectif {id}"),
            levels: ["pire".into(), "moins".into(), "attendu".into(), "mieux".into(), "bien mieux".into()],
            weight: 2.0,
            last: (-1, None),
        }
    }

    #[test]
    fn evaluation_form_scores_levels_and_keeps_ratings() {
        let domains = vec![("logement".to_string(), "Logement".to_string()), ("sante".into(), "Santé".into())];
        let mut form = Form::evaluation(&Evaluation::new_draft(1, today()), vec![goal_row(7), goal_row(8)], domains);
        // Nothing said, nothing rated: refused, with the reason on the person's view.
        assert_eq!(form.to_evaluation(today()), None);
        choose(&mut form, FieldId::GoalLevel(0), "1");
        choose(&mut form, FieldId::GoalDecision(1), "decision:achieved");
        choose(&mut form, FieldId::SelfRating(0), "8");
        choose(&mut form, FieldId::ReferentRating(0), "4");
        // A decision on an objective left without level is refused.
        assert_eq!(form.to_evaluation(today()), None);
        assert_eq!(form.fields[form.focus].id, FieldId::GoalLevel(1));
        choose(&mut form, FieldId::GoalLevel(1), "0");
        let e = form.to_evaluation(today()).unwrap();
        assert_eq!(e.goals.len(), 2);
        assert_eq!(e.goals[1].decision, GoalDecision::Achieved);
        assert!((e.t_score.unwrap() - 56.2017).abs() < 1e-3 || e.t_score.unwrap() > 50.0);
        assert_eq!(e.ratings, vec![Rating { domain: "logement".into(), person: Some(8), referent: Some(4) }]);
        assert!(e.ratings[0].is_perception_gap());
        assert_eq!(e.next_date, evaluation::default_next(today()));
    }

    #[test]
    fn level_labels_carry_the_words_written_with_the_person() {
        let form = Form::evaluation(&Evaluation::new_draft(1, today()), vec![goal_row(7)], vec![]);
        let f = form.field(FieldId::GoalLevel(0)).unwrap();
        assert_eq!(f.labels[1], "−2 : pire");
        assert_eq!(f.labels[5], "+2 : bien mieux");
        assert_eq!(f.caption.as_deref(), Some("Objectif 7"));
    }
}
