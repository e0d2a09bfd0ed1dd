//! The person's card as a form: her pseudonym, the frame of the accompaniment, her consent.

use chrono::NaiveDate;

use crate::app::form::{Field, FieldError, FieldId, FieldKind, Form, FormKind};
use crate::domain::date::format_fr_opt;
use crate::domain::person::{self, AgeBand, Person, PersonProblem, PersonStatus};
use crate::domain::text::{clean, clean_line};

pub const STATUS_CODES: [&str; 3] = ["active", "paused", "closed"];
fn age_band_codes() -> Vec<&'static str> {
    std::iter::once("").chain(AgeBand::ALL.iter().map(|b| b.code())).collect()
}

impl Form {
    pub fn person(p: &Person) -> Form {
        let fields = vec![
            Field::new(FieldId::Pseudonym, FieldKind::Line, &p.pseudonym).required(),
            Field::new(FieldId::BirthYear, FieldKind::Year, &p.birth_year.map(|y| y.to_string()).unwrap_or_default()),
            Field::choice(FieldId::AgeBand, age_band_codes(), p.age_band.map(|b| b.code()).unwrap_or("")),
            Field::new(FieldId::Dispositif, FieldKind::Line, &p.dispositif),
            Field::new(FieldId::ReferralDate, FieldKind::Date, &format_fr_opt(p.referral_date)),
            Field::new(FieldId::ReferralSource, FieldKind::Line, &p.referral_source),
            Field::choice(FieldId::Status, STATUS_CODES.to_vec(), p.status.code()),
            Field::toggle(FieldId::Fictitious, p.fictitious),
            Field::new(FieldId::ConsentDate, FieldKind::Date, &format_fr_opt(p.consent_date)),
            Field::new(FieldId::ConsentScope, FieldKind::Text, &p.consent_scope),
            Field::new(FieldId::LastContact, FieldKind::Date, &format_fr_opt(p.last_contact)),
        ];
        Form::with_fields(FormKind::Person(p.clone()), fields)
    }

    /// Builds the person from the form, or marks the fields in error. Errors are kept on the fields.
    pub fn to_person(&mut self, today: NaiveDate) -> Option<Person> {
        let FormKind::Person(original) = &self.kind else { return None };
        let mut p = original.clone();
        for f in &mut self.fields {
            f.error = None;
        }
        p.pseudonym = clean_line(&self.text_of(FieldId::Pseudonym));
        let year = self.text_of(FieldId::BirthYear);
        p.birth_year = if year.trim().is_empty() {
            None
        } else {
            match year.trim().parse::<i32>() {
                Ok(y) => Some(y),
                Err(_) => {
                    self.set_error(FieldId::BirthYear, FieldError::Year);
                    None
                }
            }
        };
        p.age_band = self.field(FieldId::AgeBand).and_then(|f| AgeBand::from_code(f.choice_code()));
        p.dispositif = clean_line(&self.text_of(FieldId::Dispositif));
        p.referral_date = self.date_of(FieldId::ReferralDate);
        p.referral_source = clean_line(&self.text_of(FieldId::ReferralSource));
        p.status = self
            .field(FieldId::Status)
            .and_then(|f| PersonStatus::from_code(f.choice_code()))
            .unwrap_or(PersonStatus::Active);
        p.fictitious = self.field(FieldId::Fictitious).is_some_and(|f| f.toggle);
        p.consent_date = self.date_of(FieldId::ConsentDate);
        p.consent_scope = clean(&self.text_of(FieldId::ConsentScope)).trim().to_string();
        p.last_contact = self.date_of(FieldId::LastContact);
        for problem in person::validate(&p, today) {
            let id = match problem {
                PersonProblem::PseudonymEmpty => {
                    self.set_error(FieldId::Pseudonym, FieldError::Required);
                    continue;
                }
                PersonProblem::PseudonymTooLong => FieldId::Pseudonym,
                PersonProblem::BirthYearOutOfRange => FieldId::BirthYear,
                PersonProblem::ReferralInFuture => FieldId::ReferralDate,
                PersonProblem::ConsentInFuture | PersonProblem::ConsentBeforeReferral => FieldId::ConsentDate,
                PersonProblem::LastContactInFuture => FieldId::LastContact,
            };
            self.set_error(id, FieldError::Person(problem));
        }
        self.focus_first_error();
        self.fields.iter().all(|f| f.error.is_none()).then_some(p)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::form::test_support::{today, type_into};
    use crate::domain::date::DateError;

    #[test]
    fn person_form_reports_each_bad_field() {
        let mut form = Form::person(&Person::new_draft(today()));
        assert!(!form.is_dirty());
        type_into(&mut form, FieldId::BirthYear, "19a0");
        type_into(&mut form, FieldId::ConsentDate, "31/02/2026");
        assert!(form.is_dirty());
        assert_eq!(form.to_person(today()), None);
        let err = |form: &Form, id| form.fields.iter().find(|f| f.id == id).and_then(|f| f.error);
        assert_eq!(err(&form, FieldId::Pseudonym), Some(FieldError::Required));
        assert_eq!(err(&form, FieldId::BirthYear), Some(FieldError::Year));
        assert_eq!(err(&form, FieldId::ConsentDate), Some(FieldError::Date(DateError::NoSuchDay)));
        assert_eq!(form.focus, 0);
        type_into(&mut form, FieldId::Pseudonym, "Mme A.\u{1b}[31m");
        type_into(&mut form, FieldId::BirthYear, "1950");
        // Consent cannot come before the referral, which a new person's form sets to today.
        type_into(&mut form, FieldId::ReferralDate, "15/09/2026");
        type_into(&mut form, FieldId::ConsentDate, "01/10/2026");
        let p = form.to_person(today()).unwrap();
        assert_eq!(p.pseudonym, "Mme A.[31m");
        assert_eq!(p.birth_year, Some(1950));
        assert_eq!(p.consent_date, NaiveDate::from_ymd_opt(2026, 10, 1));
    }
}
