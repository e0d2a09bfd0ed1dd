//! The rules a case file obeys before anything of it is written: the forms' rules, record by
//! record, and the lengths and dates a form could never have produced. A refusal names the record
//! and the reason as values; `i18n` says them in the user's language.

use chrono::NaiveDate;

use crate::domain::date::YEARS;
use crate::domain::field::FieldError;
use crate::domain::text::MAX_FIELD_CHARS;
use crate::domain::tie::TieTarget;

use super::case_json::CaseFile;

/// A record of a case file, as the file identifies it.
#[derive(Debug, Clone, PartialEq)]
pub enum CaseRecord {
    Person,
    /// The domain's key and the revision the file gives.
    Entry {
        domain: String,
        revision: i64,
    },
    Axis(i64),
    Objective(i64),
    Action(i64),
    /// A postponement of the action with this id.
    Postponement(i64),
    Tie(i64),
    Partner(i64),
    Journal(NaiveDate),
    Evaluation(NaiveDate),
}

/// What a link of the file points to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CaseLink {
    Axis,
    Objective,
    Action,
    Partner,
}

/// Why a record of a case file is refused.
#[derive(Debug, Clone, PartialEq)]
pub enum CaseRefusal {
    /// A text longer than a form takes: `chars` characters where `max` at most fit.
    TooLong { field: &'static str, chars: usize, max: usize },
    /// A date outside the years a form takes (1900–2199).
    DateOutOfRange { field: &'static str, date: NaiveDate },
    /// A rule the form enforces, in the form's own words.
    Rule(FieldError),
    /// A done action without the day it was done.
    DoneWithoutDate,
    /// The record's id (or the entry's revision) appears twice in the file.
    Twice,
    /// It names a record of this kind and id that the file does not carry.
    Missing(CaseLink, i64),
    /// It replaces a record that does not lead back to a first one (a loop, or one not in the file).
    ReplacesUnknown,
    /// A diagnosis entry without a domain.
    NoDomain,
    /// A revision below 1.
    RevisionBelowOne,
    /// Every « (2) » … « (9999) » suffix of the pseudonym is taken.
    NoFreePseudonym,
}

/// A record of the file and why it is refused.
pub type Refused = (CaseRecord, CaseRefusal);

/// Every text of the file within what a form takes, measured before cleaning: a text the
/// cleaner would cut is refused, never stored cut.
pub fn check_sizes(case: &CaseFile) -> Result<(), Refused> {
    for (record, texts, _) in fields(case) {
        for (field, text) in texts {
            let chars = text.chars().count();
            if chars > MAX_FIELD_CHARS {
                return Err((record, CaseRefusal::TooLong { field, chars, max: MAX_FIELD_CHARS }));
            }
        }
    }
    Ok(())
}

/// Every date of the file in the years a form takes (a 0000-01-01 would sort before any life).
pub fn check_dates(case: &CaseFile) -> Result<(), Refused> {
    for (record, _, dates) in fields(case) {
        if let Some((field, date)) = dates.into_iter().find(|(_, d)| !YEARS.contains(&chrono::Datelike::year(d))) {
            return Err((record, CaseRefusal::DateOutOfRange { field, date }));
        }
    }
    Ok(())
}

type Texts<'a> = Vec<(&'static str, &'a str)>;
type Dates = Vec<(&'static str, NaiveDate)>;

/// Each record with its texts and dates, named by their keys in the file.
fn fields(case: &CaseFile) -> Vec<(CaseRecord, Texts<'_>, Dates)> {
    let mut out = Vec::new();
    let p = &case.person;
    out.push((
        CaseRecord::Person,
        vec![
            ("pseudonym", p.pseudonym.as_str()),
            ("dispositif", &p.dispositif),
            ("referral_source", &p.referral_source),
            ("consent_scope", &p.consent_scope),
        ],
        [("referral_date", p.referral_date), ("consent_date", p.consent_date), ("last_contact", p.last_contact)]
            .into_iter()
            .filter_map(|(f, d)| d.map(|d| (f, d)))
            .collect(),
    ));
    for e in &case.diagnosis {
        let mut texts = vec![
            ("domain", e.domain.as_str()),
            ("situation", &e.situation),
            ("person_words", &e.person_words),
            ("resources", &e.resources),
            ("risks", &e.risks),
            ("source", &e.source),
        ];
        for n in &e.needs {
            texts.push(("needs", &n.text));
            texts.extend(n.serafin_code.as_deref().map(|c| ("needs", c)));
        }
        out.push((CaseRecord::Entry { domain: e.domain.clone(), revision: e.revision }, texts, vec![("date", e.date)]));
    }
    if let Some(plan) = &case.plan {
        for a in &plan.axes {
            let mut texts =
                vec![("title", a.title.as_str()), ("rationale", &a.rationale), ("participation", &a.participation)];
            texts.push(("person_view", &a.person_view));
            texts.extend(a.needs.iter().flat_map(|n| [("needs", n.domain.as_str()), ("needs", &n.text)]));
            out.push((CaseRecord::Axis(a.id), texts, vec![("created_on", a.created_on)]));
        }
        for o in &plan.objectives {
            let mut texts = vec![
                ("title", o.title.as_str()),
                ("indicator", &o.indicator),
                ("expected_result", &o.expected_result),
                ("person_view", &o.person_view),
            ];
            texts.extend(o.gas.levels.iter().map(|l| ("gas", l.as_str())));
            texts.extend(o.needs.iter().flat_map(|n| [("needs", n.domain.as_str()), ("needs", &n.text)]));
            let mut dates = vec![("created_on", o.created_on)];
            dates.extend(o.deadline.map(|d| ("deadline", d)));
            out.push((CaseRecord::Objective(o.id), texts, dates));
        }
        for a in &plan.actions {
            let mut texts = vec![("what", a.what.as_str())];
            texts.extend(a.serafin_service.as_deref().map(|s| ("serafin_service", s)));
            let dates = [("start", a.start), ("due", a.due), ("done_on", a.done_on)];
            out.push((
                CaseRecord::Action(a.id),
                texts,
                dates.into_iter().filter_map(|(f, d)| d.map(|d| (f, d))).collect(),
            ));
        }
        for pp in &plan.postponements {
            let mut dates = vec![("on", pp.on), ("to", pp.to)];
            dates.extend(pp.from.map(|d| ("from", d)));
            out.push((CaseRecord::Postponement(pp.action_id), vec![("reason", pp.reason.as_str())], dates));
        }
        partner_fields(&plan.partners, &mut out);
    }
    if let Some(network) = &case.network {
        for t in &network.ties {
            let mut texts = vec![("role", t.role.as_str()), ("notes", &t.notes)];
            if let TieTarget::Informal { label, .. } = &t.target {
                texts.push(("target", label));
            }
            let mut dates = vec![("since", t.since)];
            dates.extend(t.until.map(|d| ("until", d)));
            if let Some(c) = &t.consent {
                texts.push(("consent", &c.scope));
                dates.push(("consent", c.date));
            }
            out.push((CaseRecord::Tie(t.id), texts, dates));
        }
        partner_fields(&network.partners, &mut out);
    }
    if let Some(path) = &case.path {
        for e in &path.journal {
            out.push((CaseRecord::Journal(e.date), vec![("summary", e.summary.as_str())], vec![("date", e.date)]));
        }
        for e in &path.evaluations {
            let mut texts = vec![
                ("participants", e.participants.as_str()),
                ("tools", &e.tools),
                ("person_view", &e.person_view),
                ("referent_view", &e.referent_view),
                ("decisions", &e.decisions),
            ];
            texts.extend(e.ratings.iter().map(|r| ("ratings", r.domain.as_str())));
            let mut dates = vec![("date", e.date)];
            dates.extend(e.next_date.map(|d| ("next_date", d)));
            out.push((CaseRecord::Evaluation(e.date), texts, dates));
        }
        partner_fields(&path.partners, &mut out);
    }
    out
}

fn partner_fields<'a>(partners: &'a [crate::domain::partner::Partner], out: &mut Vec<(CaseRecord, Texts<'a>, Dates)>) {
    for p in partners {
        let texts = vec![
            ("name", p.name.as_str()),
            ("expertise", &p.expertise),
            ("territory", &p.territory),
            ("contact", &p.contact),
            ("notes", &p.notes),
        ];
        out.push((CaseRecord::Partner(p.id), texts, Vec::new()));
    }
}

/// Every record of the file obeys the rules of the form that writes it, checked on the text as
/// it will be stored (cleaned). Ties are checked without today: a consent dated later is what
/// the exporting computer's clock said.
pub fn check_rules(case: &CaseFile, today: NaiveDate) -> Result<(), Refused> {
    use crate::domain::{diagnosis, evaluation, journal, person, plan, tie};
    let first = |record: CaseRecord, problems: Vec<FieldError>| match problems.into_iter().next() {
        Some(p) => Err((record, CaseRefusal::Rule(p))),
        None => Ok(()),
    };
    let incoming = crate::store::person::cleaned(&case.person);
    first(CaseRecord::Person, person::validate(&incoming, today).into_iter().map(FieldError::Person).collect())?;
    for e in &case.diagnosis {
        let checked = crate::store::diagnosis::cleaned(e);
        let problems = diagnosis::validate(&checked, today, crate::domain::nomenclature::is_need_code);
        let record = CaseRecord::Entry { domain: e.domain.clone(), revision: e.revision };
        first(record, problems.into_iter().map(FieldError::Entry).collect())?;
    }
    if let Some(p) = &case.plan {
        for a in &p.axes {
            let problems = plan::axis::validate(&crate::store::plan::cleaned_axis(a));
            first(CaseRecord::Axis(a.id), problems.into_iter().map(FieldError::Axis).collect())?;
        }
        for o in &p.objectives {
            let problems = plan::objective::validate(&crate::store::plan::cleaned_objective(o));
            first(CaseRecord::Objective(o.id), problems.into_iter().map(FieldError::Objective).collect())?;
        }
        for a in &p.actions {
            let cleaned = crate::store::plan::cleaned_action(a);
            let problems = plan::action::validate(&cleaned, crate::store::plan::is_service_code);
            first(CaseRecord::Action(a.id), problems.into_iter().map(FieldError::Action).collect())?;
            if a.status == plan::ActionStatus::Done && a.done_on.is_none() {
                return Err((CaseRecord::Action(a.id), CaseRefusal::DoneWithoutDate));
            }
        }
        for pp in &p.postponements {
            let problems = plan::action::validate_postponement(pp);
            first(CaseRecord::Postponement(pp.action_id), problems.into_iter().map(FieldError::Action).collect())?;
        }
        check_partner_names(&p.partners)?;
    }
    if let Some(n) = &case.network {
        for t in &n.ties {
            let problems = tie::validate(&crate::store::tie::cleaned(t), NaiveDate::MAX);
            first(CaseRecord::Tie(t.id), problems.into_iter().map(FieldError::Tie).collect())?;
        }
        check_partner_names(&n.partners)?;
    }
    if let Some(path) = &case.path {
        for e in &path.journal {
            first(
                CaseRecord::Journal(e.date),
                journal::validate(&crate::store::journal::cleaned(e), today)
                    .into_iter()
                    .map(FieldError::Journal)
                    .collect(),
            )?;
        }
        for e in &path.evaluations {
            let problems = evaluation::validate(&crate::store::evaluation::cleaned(e), today);
            first(CaseRecord::Evaluation(e.date), problems.into_iter().map(FieldError::Evaluation).collect())?;
        }
        check_partner_names(&path.partners)?;
    }
    Ok(())
}

fn check_partner_names(partners: &[crate::domain::partner::Partner]) -> Result<(), Refused> {
    match partners.iter().find(|p| crate::domain::text::clean_line(&p.name).is_empty()) {
        Some(p) => Err((CaseRecord::Partner(p.id), CaseRefusal::Rule(FieldError::Required))),
        None => Ok(()),
    }
}
