//! A record of a case told in a few words — what kind it is, its title, what it says, its day —
//! for the « Compétences » screen and the DPP, which quote evidence the same way.

use chrono::NaiveDate;

use super::case::Case;
use super::ecomap_ties::tie_label;
use super::evaluation::EvaluationKind;
use super::evidence::RecordRef;
use super::journal::JournalKind;
use super::partner::Partner;

/// What kind of record a piece of evidence is, for its label (« objectif », « lien »…).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RecordKind {
    /// A diagnosis revision: its domain key and revision.
    Entry,
    Axis,
    Objective,
    Action,
    Tie,
    Journal(JournalKind),
    Evaluation(EvaluationKind),
    Free,
}

/// A record's words.
#[derive(Debug, Clone, PartialEq)]
pub struct RecordWords {
    pub kind: RecordKind,
    /// The objective's title, the domain key, the partner's name, the journal's summary's start.
    pub title: String,
    /// What the record says that shows the competency (the person's words, the indicator…).
    pub excerpt: String,
    pub date: Option<NaiveDate>,
}

impl Case {
    /// The record's words; `None` when it no longer exists (or is free evidence, which has no
    /// record). `partners` name the ties' partners.
    pub fn describe(&self, record: RecordRef, partners: &[Partner]) -> Option<RecordWords> {
        let words = |kind, title: &str, excerpt: &str, date| RecordWords {
            kind,
            title: title.to_string(),
            excerpt: excerpt.to_string(),
            date,
        };
        Some(match record {
            RecordRef::Entry(e) => {
                let e = self.diagnosis.iter().find(|x| x.id == e)?;
                let said = if e.person_words.trim().is_empty() { &e.situation } else { &e.person_words };
                words(RecordKind::Entry, &e.domain, said, Some(e.date))
            }
            RecordRef::Axis(a) => {
                let a = self.plan.axis(a)?;
                let said = if a.participation.trim().is_empty() { &a.rationale } else { &a.participation };
                words(RecordKind::Axis, &a.title, said, Some(a.created_on))
            }
            RecordRef::Objective(o) => {
                let o = self.plan.objective(o)?;
                words(RecordKind::Objective, &o.title, &o.indicator, Some(o.created_on))
            }
            RecordRef::Action(a) => {
                let a = self.plan.action(a)?;
                words(RecordKind::Action, &a.what, "", a.start)
            }
            RecordRef::Tie(t) => {
                let t = self.ties.iter().find(|x| x.id == t)?;
                words(RecordKind::Tie, &tie_label(t, partners), &t.role, Some(t.since))
            }
            RecordRef::Journal(j) => {
                let j = self.journal.iter().find(|x| x.id == j)?;
                let title = super::text::excerpt(&j.summary, 60);
                words(RecordKind::Journal(j.kind), &title, &j.summary, Some(j.date))
            }
            RecordRef::Evaluation(e) => {
                let e = self.evaluations.iter().find(|x| x.id == e)?;
                let said = if e.person_view.trim().is_empty() { &e.referent_view } else { &e.person_view };
                words(RecordKind::Evaluation(e.kind), "", said, Some(e.date))
            }
            RecordRef::Free => return None,
        })
    }
}
