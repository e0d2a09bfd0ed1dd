//! The tie form of the ecomap, and the date to compare the ecomap with.

use chrono::NaiveDate;

use crate::app::form::{Field, FieldError, FieldId, FieldKind, Form, FormKind};
use crate::domain::date::{format_fr, format_fr_opt, parse_fr};
use crate::domain::text::{clean, clean_line};
use crate::domain::tie::{
    self, Flow, InformalKind, LegalBasis, ShareConsent, Strength, Tie, TieProblem, TieTarget, Valence,
};

pub fn target_code(t: &TieTarget) -> String {
    match t {
        TieTarget::Partner(id) => format!("partner:{id}"),
        TieTarget::Informal { kind, .. } => format!("informal:{}", kind.code()),
    }
}

/// The target a code stands for; an informal one takes its words from the label field.
fn target_from(code: &str, label: &str) -> Option<TieTarget> {
    if let Some(id) = code.strip_prefix("partner:") {
        return id.parse().ok().map(TieTarget::Partner);
    }
    let kind = InformalKind::from_code(code.strip_prefix("informal:")?)?;
    Some(TieTarget::Informal { kind, label: clean_line(label) })
}

impl Form {
    /// `targets` are (code, label) pairs: each partner of the directory, then each kind of informal support.
    pub fn tie(t: &Tie, targets: Vec<(String, String)>) -> Form {
        let label = match &t.target {
            TieTarget::Informal { label, .. } => label.clone(),
            TieTarget::Partner(_) => String::new(),
        };
        let consent = t.consent.as_ref();
        let mut bases = vec![""];
        bases.extend(LegalBasis::ALL.iter().map(|b| b.code()));
        let fields = vec![
            Field::labelled_choice(FieldId::TieTarget, targets, &target_code(&t.target)),
            Field::new(FieldId::InformalLabel, FieldKind::Line, &label),
            Field::new(FieldId::TieRole, FieldKind::Line, &t.role),
            Field::choice(FieldId::Strength, Strength::ALL.iter().map(|s| s.code()).collect(), t.strength.code()),
            Field::choice(FieldId::Valence, Valence::ALL.iter().map(|v| v.code()).collect(), t.valence.code()),
            Field::choice(FieldId::Flow, Flow::ALL.iter().map(|f| f.code()).collect(), t.flow.code()),
            Field::new(FieldId::Since, FieldKind::Date, &format_fr(t.since)),
            Field::new(FieldId::ShareConsentDate, FieldKind::Date, &format_fr_opt(consent.map(|c| c.date))),
            Field::new(FieldId::ShareConsentScope, FieldKind::Text, consent.map(|c| c.scope.as_str()).unwrap_or("")),
            Field::choice(FieldId::LegalBasis, bases, consent.map(|c| c.basis.code()).unwrap_or("")),
            Field::new(FieldId::TieNotes, FieldKind::Text, &t.notes),
        ];
        Form::with_fields(FormKind::Tie(t.clone()), fields)
    }

    pub fn compare_date(default: NaiveDate) -> Form {
        let fields = vec![Field::new(FieldId::CompareDate, FieldKind::Date, &format_fr(default)).required()];
        Form::with_fields(FormKind::CompareDate, fields)
    }

    pub fn to_tie(&mut self, today: NaiveDate) -> Option<Tie> {
        let FormKind::Tie(original) = &self.kind else { return None };
        let mut t = original.clone();
        for f in &mut self.fields {
            f.error = None;
        }
        let choice = |form: &Form, id: FieldId| -> String {
            form.fields.iter().find(|f| f.id == id).map(|f| f.choice_code().to_string()).unwrap_or_default()
        };
        if let Some(target) = target_from(&choice(self, FieldId::TieTarget), &self.text_of(FieldId::InformalLabel)) {
            t.target = target;
        }
        t.role = clean_line(&self.text_of(FieldId::TieRole));
        t.strength = Strength::from_code(&choice(self, FieldId::Strength)).unwrap_or(t.strength);
        t.valence = Valence::from_code(&choice(self, FieldId::Valence)).unwrap_or(t.valence);
        t.flow = Flow::from_code(&choice(self, FieldId::Flow)).unwrap_or(t.flow);
        match parse_fr(&self.text_of(FieldId::Since)) {
            Ok(d) => t.since = d,
            Err(e) => self.set_error(FieldId::Since, FieldError::Date(e)),
        }
        let consent_date = self.date_of(FieldId::ShareConsentDate);
        let scope = clean(&self.text_of(FieldId::ShareConsentScope)).trim().to_string();
        let basis = LegalBasis::from_code(&choice(self, FieldId::LegalBasis));
        t.consent = match (consent_date, basis) {
            (Some(date), Some(basis)) => Some(ShareConsent { date, scope, basis }),
            // A date without its ground, or a ground without its date, is half a consent: say so.
            (Some(_), None) => {
                self.set_error(FieldId::LegalBasis, FieldError::Required);
                None
            }
            (None, Some(_)) => {
                self.set_error(FieldId::ShareConsentDate, FieldError::Required);
                None
            }
            (None, None) => None,
        };
        t.notes = clean(&self.text_of(FieldId::TieNotes)).trim().to_string();
        if t.since > today {
            self.set_error(FieldId::Since, FieldError::NotInPast);
        }
        for problem in tie::validate(&t, today) {
            let id = match problem {
                TieProblem::LabelEmpty => FieldId::InformalLabel,
                TieProblem::EndBeforeStart => FieldId::Since,
                TieProblem::ConsentScopeEmpty => FieldId::ShareConsentScope,
                TieProblem::ConsentInFuture => FieldId::ShareConsentDate,
                TieProblem::ConsentForInformal => FieldId::ShareConsentDate,
            };
            self.set_error(id, FieldError::Tie(problem));
        }
        self.focus_first_error();
        self.fields.iter().all(|f| f.error.is_none()).then_some(t)
    }

    pub fn to_compare_date(&mut self, today: NaiveDate) -> Option<NaiveDate> {
        for f in &mut self.fields {
            f.error = None;
        }
        match parse_fr(&self.text_of(FieldId::CompareDate)) {
            Ok(d) if d < today => Some(d),
            Ok(_) => {
                self.set_error(FieldId::CompareDate, FieldError::NotInPast);
                None
            }
            Err(e) => {
                self.set_error(FieldId::CompareDate, FieldError::Date(e));
                None
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::form::test_support::{today, type_into};

    fn targets() -> Vec<(String, String)> {
        vec![("partner:4".into(), "SAMSAH".into()), ("informal:family".into(), "famille".into())]
    }

    #[test]
    fn an_informal_support_needs_words_and_takes_no_consent() {
        let draft = Tie::new_draft(1, TieTarget::Partner(4), today());
        let mut form = Form::tie(&draft, targets());
        form.fields[0].cycle(true);
        type_into(&mut form, FieldId::ShareConsentDate, "01/11/2026");
        form.fields.iter_mut().find(|f| f.id == FieldId::LegalBasis).unwrap().cycle(true);
        type_into(&mut form, FieldId::ShareConsentScope, "tout");
        assert_eq!(form.to_tie(today()), None);
        let err = |form: &Form, id| form.fields.iter().find(|f| f.id == id).and_then(|f| f.error);
        assert_eq!(err(&form, FieldId::InformalLabel), Some(FieldError::Tie(TieProblem::LabelEmpty)));
        assert_eq!(err(&form, FieldId::ShareConsentDate), Some(FieldError::Tie(TieProblem::ConsentForInformal)));
    }

    #[test]
    fn a_partner_tie_with_a_whole_consent() {
        let draft = Tie::new_draft(1, TieTarget::Partner(4), today());
        let mut form = Form::tie(&draft, targets());
        type_into(&mut form, FieldId::ShareConsentDate, "01/11/2026");
        assert_eq!(form.to_tie(today()), None, "a date without its legal ground");
        form.fields.iter_mut().find(|f| f.id == FieldId::LegalBasis).unwrap().cycle(true);
        type_into(&mut form, FieldId::ShareConsentScope, "Comptes rendus de visite");
        let t = form.to_tie(today()).unwrap();
        assert_eq!(t.target, TieTarget::Partner(4));
        let c = t.consent.unwrap();
        assert_eq!((c.basis, c.scope.as_str()), (LegalBasis::SameCareTeam, "Comptes rendus de visite"));
    }

    #[test]
    fn comparison_date_is_in_the_past() {
        let mut form = Form::compare_date(today());
        assert_eq!(form.to_compare_date(today()), None);
        type_into(&mut form, FieldId::CompareDate, "01/05/2026");
        assert_eq!(form.to_compare_date(today()), NaiveDate::from_ymd_opt(2026, 5, 1));
    }
}
