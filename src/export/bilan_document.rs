//! The « bilan d’évaluation » as a view model, built once from the domain and read by the Markdown
//! and HTML renderers: the period, the objectives with their GAS level at each evaluation and the
//! T-score, the two ratings of each domain, each evaluation's views and decisions, the
//! readjustments, and the journal of the path.
//!
//! Only the pseudonym and the dispositif identify the situation. Sensitive journal entries are left
//! out unless asked for (and then marked); how many were left out is said. Every text passes
//! through [`clean`] so that no control character reaches an export.

use chrono::NaiveDate;

use super::bilan_text::{BilanText, bilan_words};
use crate::domain::date::format_fr;
use crate::domain::evaluation::{Evaluation, GoalDecision};
use crate::domain::journal::{JournalEntry, format_time};
use crate::domain::life_domain::LifeDomain;
use crate::domain::partner::Partner;
use crate::domain::person::Person;
use crate::domain::plan::{ObjectiveId, Plan};
use crate::domain::text::{clean, clean_line};
use crate::i18n::evaluation::{decimal, decision_taken as decision, evaluation_kind, journal_kind};
use crate::i18n::{Lang, colon, domain_label, long_date};

/// Everything the bilan reads: the store is not needed, so the exports are pure.
#[derive(Debug, Clone, Copy)]
pub struct BilanInput<'a> {
    pub person: &'a Person,
    /// The person's whole plan: names the objectives and tells the readjustments.
    pub plan: &'a Plan,
    /// Oldest first.
    pub evaluations: &'a [Evaluation],
    /// Oldest first.
    pub journal: &'a [JournalEntry],
    /// The directory, archived partners too: an old entry keeps its partners' names.
    pub partners: &'a [Partner],
    pub domains: &'a [LifeDomain],
    pub today: NaiveDate,
    pub lang: Lang,
    pub include_sensitive: bool,
}

/// An objective's row: its level at each evaluation (« — » when not evaluated then).
#[derive(Debug, Clone, PartialEq)]
pub struct ObjectiveRow {
    pub title: String,
    pub weight: String,
    pub levels: Vec<String>,
}

/// One evaluation's T-score, as a number for the chart and as text for the tables.
#[derive(Debug, Clone, PartialEq)]
pub struct Score {
    pub date: NaiveDate,
    pub value: Option<f64>,
    pub text: String,
}

/// A domain at the latest evaluation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RatingRow {
    pub domain: String,
    pub person: Option<u8>,
    pub referent: Option<u8>,
    /// « +4 », « −1 », « — ».
    pub gap: String,
    pub perception_gap: bool,
}

/// A domain across the evaluations: « 6 / 5 » per evaluation, « — » when not rated.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EvolutionRow {
    pub domain: String,
    pub cells: Vec<String>,
}

/// A labelled paragraph of an evaluation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Note {
    pub label: &'static str,
    pub lines: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Session {
    /// « Point d’étape du 13 novembre 2026 »
    pub heading: String,
    pub notes: Vec<Note>,
    /// « Arrêter le tabac : niveau 0, maintenir »
    pub goals: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Readjustment {
    pub date: String,
    pub old: String,
    pub new: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct JournalRow {
    /// « 13/11/2026 09:10 »
    pub date: String,
    /// « appel », « appel (sensible) »
    pub kind: String,
    pub summary: Vec<String>,
    pub partners: String,
    pub critical: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub struct BilanDocument {
    pub lang: Lang,
    /// « Bilan d’évaluation — M. R. »
    pub title: String,
    pub meta: Vec<String>,
    /// One per evaluation, oldest first: « 25/07/2026 ».
    pub columns: Vec<String>,
    pub objectives: Vec<ObjectiveRow>,
    pub scores: Vec<Score>,
    /// The latest evaluation's date, « 13/11/2026 », when there is one.
    pub latest: Option<String>,
    pub ratings: Vec<RatingRow>,
    pub evolution: Vec<EvolutionRow>,
    pub sessions: Vec<Session>,
    pub readjustments: Vec<Readjustment>,
    pub journal: Vec<JournalRow>,
    /// Sensitive entries not shown.
    pub left_out: usize,
}

impl BilanDocument {
    pub fn build(input: &BilanInput) -> BilanDocument {
        let lang = input.lang;
        let t = |b| bilan_words(lang, b);
        let evaluations = input.evaluations;
        let mut meta = Vec::new();
        let dispositif = clean_line(&input.person.dispositif);
        if !dispositif.is_empty() {
            meta.push(format!("{}{}{dispositif}", t(BilanText::Dispositif), colon(lang)));
        }
        if let Some(since) = input.person.referral_date {
            meta.push(format!("{} {}", t(BilanText::Since), long_date(lang, since)));
        }
        if let (Some(first), Some(last)) = (evaluations.first(), evaluations.last()) {
            meta.push(format!(
                "{}{}{} {} {} {} ({} {})",
                t(BilanText::Period),
                colon(lang),
                t(BilanText::From),
                long_date(lang, first.date),
                t(BilanText::To),
                long_date(lang, last.date),
                evaluations.len(),
                t(BilanText::EvaluationCount)
            ));
        }
        meta.push(format!("{} {}", t(BilanText::PrintedOn), long_date(lang, input.today)));

        let shown: Vec<&JournalEntry> =
            input.journal.iter().filter(|e| input.include_sensitive || !e.sensitive).collect();
        BilanDocument {
            lang,
            title: format!("{} — {}", t(BilanText::Title), clean_line(&input.person.pseudonym)),
            meta,
            columns: evaluations.iter().map(|e| format_fr(e.date)).collect(),
            objectives: objective_rows(input),
            scores: evaluations
                .iter()
                .map(|e| Score {
                    date: e.date,
                    value: e.t_score,
                    text: e.t_score.map(|v| decimal(lang, v, 1)).unwrap_or_else(|| "—".into()),
                })
                .collect(),
            latest: evaluations.last().map(|e| format_fr(e.date)),
            ratings: rating_rows(input),
            evolution: evolution_rows(input),
            sessions: evaluations.iter().map(|e| session(input, e)).collect(),
            readjustments: readjustments(input),
            journal: shown.iter().map(|e| journal_row(input, e)).collect(),
            left_out: input.journal.len() - shown.len(),
        }
    }
}

use crate::domain::gas::signed;

fn objective_title(input: &BilanInput, id: ObjectiveId) -> String {
    input
        .plan
        .objective(id)
        .map(|o| clean_line(&o.title))
        .filter(|t| !t.is_empty())
        .unwrap_or_else(|| bilan_words(input.lang, BilanText::UnknownObjective).to_string())
}

/// The objectives evaluated at least once, in the plan's order (axis, then position).
fn evaluated_objectives(input: &BilanInput) -> Vec<ObjectiveId> {
    let mut ids: Vec<ObjectiveId> = Vec::new();
    for g in input.evaluations.iter().flat_map(|e| &e.goals) {
        if !ids.contains(&g.objective_id) {
            ids.push(g.objective_id);
        }
    }
    let plan = input.plan;
    let key = |id: &ObjectiveId| {
        plan.objective(*id)
            .map(|o| (plan.axis(o.axis_id).map(|a| a.position).unwrap_or(i64::MAX), o.position, o.id))
            .unwrap_or((i64::MAX, i64::MAX, *id))
    };
    ids.sort_by_key(key);
    ids
}

fn objective_rows(input: &BilanInput) -> Vec<ObjectiveRow> {
    let lang = input.lang;
    evaluated_objectives(input)
        .into_iter()
        .map(|id| {
            let weight = input.evaluations.iter().rev().find_map(|e| e.goal(id)).map(|g| g.weight).unwrap_or(1.0);
            let levels = input
                .evaluations
                .iter()
                .map(|e| match e.goal(id) {
                    Some(g) if g.decision == GoalDecision::Keep => signed(i64::from(g.level)),
                    Some(g) => format!("{} ({})", signed(i64::from(g.level)), decision(lang, g.decision)),
                    None => "—".to_string(),
                })
                .collect();
            ObjectiveRow { title: objective_title(input, id), weight: decimal_trimmed(lang, weight), levels }
        })
        .collect()
}

/// « 6 », « 1,5 »: a weight without useless decimals.
fn decimal_trimmed(lang: Lang, v: f64) -> String {
    if v.fract() == 0.0 { format!("{v:.0}") } else { decimal(lang, v, 1) }
}

fn domain_name(input: &BilanInput, key: &str) -> String {
    clean_line(&domain_label(input.lang, input.domains, key))
}

/// The domains rated at any evaluation, in the order of the configured domains, then the others.
fn rated_domains(input: &BilanInput) -> Vec<String> {
    let mut keys: Vec<String> = Vec::new();
    for r in input.evaluations.iter().flat_map(|e| &e.ratings) {
        if !keys.contains(&r.domain) {
            keys.push(r.domain.clone());
        }
    }
    let rank = |k: &String| input.domains.iter().position(|d| &d.key == k).unwrap_or(usize::MAX);
    keys.sort_by_key(rank);
    keys
}

fn rating_rows(input: &BilanInput) -> Vec<RatingRow> {
    let Some(latest) = input.evaluations.last() else { return Vec::new() };
    rated_domains(input)
        .iter()
        .filter_map(|key| latest.rating(key))
        .map(|r| RatingRow {
            domain: domain_name(input, &r.domain),
            person: r.person,
            referent: r.referent,
            gap: r.gap().map(|g| signed(i64::from(g))).unwrap_or_else(|| "—".into()),
            perception_gap: r.is_perception_gap(),
        })
        .collect()
}

fn evolution_rows(input: &BilanInput) -> Vec<EvolutionRow> {
    let mark = |v: Option<u8>| v.map(|v| v.to_string()).unwrap_or_else(|| "—".into());
    rated_domains(input)
        .iter()
        .map(|key| EvolutionRow {
            domain: domain_name(input, key),
            cells: input
                .evaluations
                .iter()
                .map(|e| match e.rating(key) {
                    Some(r) => format!("{} / {}", mark(r.person), mark(r.referent)),
                    None => "—".to_string(),
                })
                .collect(),
        })
        .collect()
}

fn session(input: &BilanInput, e: &Evaluation) -> Session {
    let lang = input.lang;
    let t = |b| bilan_words(lang, b);
    let kind = evaluation_kind(lang, e.kind);
    let mut chars = kind.chars();
    let kind: String = chars.next().map(|c| c.to_uppercase().chain(chars).collect()).unwrap_or_default();
    let mut notes = Vec::new();
    let mut note = |label: BilanText, text: &str| {
        let lines = lines_of(text);
        if !lines.is_empty() {
            notes.push(Note { label: t(label), lines });
        }
    };
    note(BilanText::Participants, &e.participants);
    note(BilanText::Tools, &e.tools);
    if let Some(v) = e.t_score {
        note(BilanText::ScoreT, &decimal(lang, v, 1));
    }
    note(BilanText::PersonView, &e.person_view);
    note(BilanText::ReferentView, &e.referent_view);
    note(BilanText::Decisions, &e.decisions);
    let goals = e
        .goals
        .iter()
        .map(|g| {
            format!(
                "{}{}{} {}, {}",
                objective_title(input, g.objective_id),
                colon(lang),
                t(BilanText::Level),
                signed(i64::from(g.level)),
                decision(lang, g.decision)
            )
        })
        .collect();
    Session { heading: format!("{kind} {} {}", t(BilanText::Of), long_date(lang, e.date)), notes, goals }
}

/// Each readjusted objective and the one written in its place, on the day an evaluation decided
/// it (else the day the new one was written).
fn readjustments(input: &BilanInput) -> Vec<Readjustment> {
    let plan = input.plan;
    let mut out: Vec<(NaiveDate, Readjustment)> = plan
        .objectives
        .iter()
        .filter(|new| !new.archived)
        .filter_map(|new| {
            let old = plan.objective(new.replaces?)?;
            let decided = input
                .evaluations
                .iter()
                .find(|e| e.goal(old.id).is_some_and(|g| g.decision == GoalDecision::Readjust))
                .map(|e| e.date);
            let date = decided.unwrap_or(new.created_on);
            Some((
                date,
                Readjustment { date: format_fr(date), old: clean_line(&old.title), new: clean_line(&new.title) },
            ))
        })
        .collect();
    out.sort_by_key(|(d, _)| *d);
    out.into_iter().map(|(_, r)| r).collect()
}

fn journal_row(input: &BilanInput, e: &JournalEntry) -> JournalRow {
    let lang = input.lang;
    // Whole, so that a field added to the entry is a compile error until the bilan says it (or not).
    let JournalEntry { id: _, person_id: _, kind: what, date: day, time, summary, partners: named, sensitive } = e;
    let mut date = format_fr(*day);
    if let Some(time) = time {
        date.push(' ');
        date.push_str(&format_time(*time));
    }
    let mut kind = journal_kind(lang, *what).to_string();
    if *sensitive {
        kind.push_str(&format!(" ({})", bilan_words(lang, BilanText::Sensitive)));
    }
    let partners: Vec<String> = named
        .iter()
        .filter_map(|id| input.partners.iter().find(|p| p.id == *id))
        .map(|p| clean_line(&p.name))
        .filter(|n| !n.is_empty())
        .collect();
    JournalRow { date, kind, summary: lines_of(summary), partners: partners.join(", "), critical: what.is_critical() }
}

/// The non-blank lines of a cleaned text, trimmed.
fn lines_of(text: &str) -> Vec<String> {
    clean(text).lines().map(str::trim).filter(|l| !l.is_empty()).map(str::to_string).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn levels_and_gaps_carry_their_sign() {
        assert_eq!(signed(2), "+2");
        assert_eq!(signed(0), "0");
        assert_eq!(signed(-1), "−1");
        assert_eq!(decimal_trimmed(Lang::Fr, 6.0), "6");
        assert_eq!(decimal_trimmed(Lang::Fr, 1.5), "1,5");
    }
}
