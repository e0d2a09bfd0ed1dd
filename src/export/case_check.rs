//! The rules a case file obeys before anything of it is written: the forms' rules, record by
//! record, and the lengths and dates a form could never have produced. A refusal names the record
//! and the reason as values; `i18n` says them in the user's language.

use chrono::NaiveDate;

use crate::domain::date::YEARS;
use crate::domain::field::FieldError;
use crate::domain::fields::{Dates, RecordFields, Texts};
use crate::domain::text::MAX_FIELD_CHARS;

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

/// Each record with its texts and dates, named by their keys in the file.
fn fields(case: &CaseFile) -> Vec<(CaseRecord, Texts<'_>, Dates)> {
    fn of<R: RecordFields>(record: CaseRecord, r: &R) -> (CaseRecord, Texts<'_>, Dates) {
        (record, r.texts(), r.dates())
    }
    let mut out = vec![of(CaseRecord::Person, &case.person)];
    for e in &case.diagnosis {
        out.push(of(CaseRecord::Entry { domain: e.domain.clone(), revision: e.revision }, e));
    }
    if let Some(plan) = &case.plan {
        out.extend(plan.axes.iter().map(|a| of(CaseRecord::Axis(a.id), a)));
        out.extend(plan.objectives.iter().map(|o| of(CaseRecord::Objective(o.id), o)));
        out.extend(plan.actions.iter().map(|a| of(CaseRecord::Action(a.id), a)));
        out.extend(plan.postponements.iter().map(|pp| of(CaseRecord::Postponement(pp.action_id), pp)));
        out.extend(plan.partners.iter().map(|p| of(CaseRecord::Partner(p.id), p)));
    }
    if let Some(network) = &case.network {
        out.extend(network.ties.iter().map(|t| of(CaseRecord::Tie(t.id), t)));
        out.extend(network.partners.iter().map(|p| of(CaseRecord::Partner(p.id), p)));
    }
    if let Some(path) = &case.path {
        out.extend(path.journal.iter().map(|e| of(CaseRecord::Journal(e.date), e)));
        out.extend(path.evaluations.iter().map(|e| of(CaseRecord::Evaluation(e.date), e)));
        out.extend(path.partners.iter().map(|p| of(CaseRecord::Partner(p.id), p)));
    }
    out
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
