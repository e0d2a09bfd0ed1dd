//! The « Évaluation » tab's state: how the person's evaluations (in her case, oldest first) and
//! the timeline are looked at.

pub mod effects;
pub mod form;
pub mod update;

use chrono::NaiveDate;

use crate::domain::evaluation::{Evaluation, next_due};
use crate::domain::life_domain::LifeDomain;
use crate::domain::timeline::Zoom;

#[derive(Debug, Clone, Default, PartialEq)]
pub struct EvaluationState {
    pub zoom: Zoom,
    /// How many windows before the present the timeline shows (negative: after it).
    pub back: i32,
    /// Index into `rated_domains()` of the domain whose ratings the chart follows.
    pub domain: usize,
    /// Lines of the timeline scrolled back in time (negative: towards what is coming), from where
    /// it opens: today, with the next few events below it.
    pub scroll: i32,
    /// Objectives whose readjustment the last evaluation decided and that remain to be written.
    pub readjust_queue: Vec<i64>,
    /// The evaluation looked at (its ratings in the table, `e` edits it); none: the latest.
    pub chosen: Option<usize>,
}

/// Each method reads `list`, her evaluations oldest first (`case.evaluations`).
impl EvaluationState {
    pub fn latest<'a>(&self, list: &'a [Evaluation]) -> Option<&'a Evaluation> {
        list.last()
    }

    /// Index of the evaluation looked at.
    pub fn chosen_index(&self, list: &[Evaluation]) -> Option<usize> {
        let last = list.len().checked_sub(1)?;
        Some(self.chosen.unwrap_or(last).min(last))
    }

    /// The evaluation looked at: the one chosen with `<` `>`, else the latest.
    pub fn chosen<'a>(&self, list: &'a [Evaluation]) -> Option<&'a Evaluation> {
        self.chosen_index(list).and_then(|i| list.get(i))
    }

    /// The evaluations up to the one looked at (what the ratings table compares).
    pub fn up_to_chosen<'a>(&self, list: &'a [Evaluation]) -> &'a [Evaluation] {
        match self.chosen_index(list) {
            Some(i) => &list[..=i],
            None => &[],
        }
    }

    /// When the person's next evaluation is due; none once her accompaniment is closed, whatever
    /// the last evaluation planned.
    pub fn next_due(&self, list: &[Evaluation], person: &crate::domain::person::Person) -> Option<NaiveDate> {
        if person.status == crate::domain::person::PersonStatus::Closed {
            return None;
        }
        next_due(self.latest(list).map(|e| (e.date, e.next_date)), person.referral_date)
    }

    /// The domains rated at least once, in the order of the configured domains, then any rated
    /// domain no longer configured.
    pub fn rated_domains(&self, list: &[Evaluation], domains: &[LifeDomain]) -> Vec<String> {
        let rated = |key: &str| list.iter().any(|e| e.rating(key).is_some());
        let mut out: Vec<String> = domains.iter().filter(|d| rated(&d.key)).map(|d| d.key.clone()).collect();
        for e in list {
            for r in &e.ratings {
                if !out.contains(&r.domain) {
                    out.push(r.domain.clone());
                }
            }
        }
        out
    }

    /// The T-scores across evaluations, as (day, score), oldest first.
    pub fn scores(&self, list: &[Evaluation]) -> Vec<(NaiveDate, f64)> {
        list.iter().filter_map(|e| e.t_score.map(|t| (e.date, t))).collect()
    }
}
