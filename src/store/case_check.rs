//! The rules a case obeys before anything of it is written (an imported case file): the forms'
//! rules, record by record, and the lengths and dates a form could never have produced. A refusal
//! names the record and the reason as values; `i18n` says them in the user's language.

use chrono::NaiveDate;

use crate::domain::case::Case;
use crate::domain::case_refusal::{CaseRecord, CaseRefusal, Refused};
use crate::domain::date::YEARS;
use crate::domain::field::FieldError;
use crate::domain::fields::{Dates, RecordFields, Texts};
use crate::domain::partner::Partner;
use crate::domain::text::MAX_FIELD_CHARS;

/// Every text of the file within what a form takes, measured before cleaning: a text the
/// cleaner would cut is refused, never stored cut.
pub fn check_sizes(case: &Case, partners: &[Partner]) -> Result<(), Refused> {
    for (record, texts, _) in fields(case, partners) {
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
pub fn check_dates(case: &Case, partners: &[Partner]) -> Result<(), Refused> {
    for (record, _, dates) in fields(case, partners) {
        if let Some((field, date)) = dates.into_iter().find(|(_, d)| !YEARS.contains(&chrono::Datelike::year(d))) {
            return Err((record, CaseRefusal::DateOutOfRange { field, date }));
        }
    }
    Ok(())
}

/// Each record with its texts and dates, named by their keys in the file.
fn fields<'a>(case: &'a Case, partners: &'a [Partner]) -> Vec<(CaseRecord, Texts<'a>, Dates)> {
    fn of<R: RecordFields>(record: CaseRecord, r: &R) -> (CaseRecord, Texts<'_>, Dates) {
        (record, r.texts(), r.dates())
    }
    let mut out = vec![of(CaseRecord::Person, &case.person)];
    for e in &case.diagnosis {
        out.push(of(CaseRecord::Entry { domain: e.domain.clone(), revision: e.revision }, e));
    }
    out.extend(case.plan.axes.iter().map(|a| of(CaseRecord::Axis(a.id), a)));
    out.extend(case.plan.objectives.iter().map(|o| of(CaseRecord::Objective(o.id), o)));
    out.extend(case.plan.actions.iter().map(|a| of(CaseRecord::Action(a.id), a)));
    out.extend(case.postponements.iter().map(|pp| of(CaseRecord::Postponement(pp.action_id), pp)));
    out.extend(case.ties.iter().map(|t| of(CaseRecord::Tie(t.id), t)));
    out.extend(case.journal.iter().map(|e| of(CaseRecord::Journal(e.date), e)));
    out.extend(case.evaluations.iter().map(|e| of(CaseRecord::Evaluation(e.date), e)));
    out.extend(partners.iter().map(|p| of(CaseRecord::Partner(p.id), p)));
    out
}

/// Every record of the file obeys the rules of the form that writes it, checked on the text as
/// it will be stored (cleaned). Ties are checked without today: a consent dated later is what
/// the exporting computer's clock said.
pub fn check_rules(case: &Case, partners: &[Partner], today: NaiveDate) -> Result<(), Refused> {
    use crate::domain::{diagnosis, evaluation, journal, person, plan, tie};
    let first = |record: CaseRecord, problems: Vec<FieldError>| match problems.into_iter().next() {
        Some(p) => Err((record, CaseRefusal::Rule(p))),
        None => Ok(()),
    };
    let incoming = super::person::cleaned(&case.person);
    first(CaseRecord::Person, person::validate(&incoming, today).into_iter().map(FieldError::Person).collect())?;
    for e in &case.diagnosis {
        let checked = super::diagnosis::cleaned(e);
        let problems = diagnosis::validate(&checked, today, crate::domain::nomenclature::is_need_code);
        let record = CaseRecord::Entry { domain: e.domain.clone(), revision: e.revision };
        first(record, problems.into_iter().map(FieldError::Entry).collect())?;
    }
    for a in &case.plan.axes {
        let problems = plan::axis::validate(&super::plan::cleaned_axis(a));
        first(CaseRecord::Axis(a.id), problems.into_iter().map(FieldError::Axis).collect())?;
    }
    for o in &case.plan.objectives {
        let problems = plan::objective::validate(&super::plan::cleaned_objective(o));
        first(CaseRecord::Objective(o.id), problems.into_iter().map(FieldError::Objective).collect())?;
    }
    for a in &case.plan.actions {
        let cleaned = super::plan::cleaned_action(a);
        let problems = plan::action::validate(&cleaned, super::plan::is_service_code);
        first(CaseRecord::Action(a.id), problems.into_iter().map(FieldError::Action).collect())?;
        if a.status == plan::ActionStatus::Done && a.done_on.is_none() {
            return Err((CaseRecord::Action(a.id), CaseRefusal::DoneWithoutDate));
        }
    }
    for pp in &case.postponements {
        let problems = plan::action::validate_postponement(&super::plan::cleaned_postponement(pp));
        first(CaseRecord::Postponement(pp.action_id), problems.into_iter().map(FieldError::Action).collect())?;
    }
    for t in &case.ties {
        let problems = tie::validate(&super::tie::cleaned(t), NaiveDate::MAX);
        first(CaseRecord::Tie(t.id), problems.into_iter().map(FieldError::Tie).collect())?;
    }
    for e in &case.journal {
        let problems = journal::validate(&super::journal::cleaned(e), today);
        first(CaseRecord::Journal(e.date), problems.into_iter().map(FieldError::Journal).collect())?;
    }
    for e in &case.evaluations {
        let problems = evaluation::validate(&super::evaluation::cleaned(e), today);
        first(CaseRecord::Evaluation(e.date), problems.into_iter().map(FieldError::Evaluation).collect())?;
    }
    match partners.iter().find(|p| crate::domain::text::clean_line(&p.name).is_empty()) {
        Some(p) => Err((CaseRecord::Partner(p.id), CaseRefusal::Rule(FieldError::Required))),
        None => Ok(()),
    }
}
