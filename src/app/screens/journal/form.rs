//! The journal's quick entry as a form: kind, date, time, what happened, the partners present.

use chrono::NaiveDate;

use crate::app::form::{Field, FieldError, FieldId, FieldKind, Form, FormKind};
use crate::domain::date::{format_fr, parse_fr};
use crate::domain::journal::{self, JournalEntry, JournalKind, JournalProblem, format_time, parse_time};
use crate::domain::partner::{Partner, PartnerId};
use crate::domain::text::{clean, clean_line};

impl Form {
    /// The journal form; `partners` are the directory's (id, name), for the names typed or picked.
    pub fn journal(e: &JournalEntry, partners: &[Partner]) -> Form {
        // Whole, so that a field added to the entry is a compile error until the form shows it.
        let JournalEntry { id: _, person_id: _, kind, date, time, summary, partners: named, sensitive } = e;
        let kinds: Vec<&str> = JournalKind::ALL.iter().map(|k| k.code()).collect();
        let names: Vec<String> = named
            .iter()
            .map(|id| partners.iter().find(|p| p.id == *id).map(|p| clean_line(&p.name)).unwrap_or_default())
            .filter(|n| !n.is_empty())
            .collect();
        let fields = vec![
            Field::choice(FieldId::JournalKind, kinds, kind.code()),
            Field::new(FieldId::Date, FieldKind::Date, &format_fr(*date)).required(),
            Field::new(FieldId::Time, FieldKind::Line, &time.map(format_time).unwrap_or_default()),
            Field::new(FieldId::Summary, FieldKind::Text, summary).required(),
            Field::new(FieldId::Partners, FieldKind::PartnerRefs, &names.join("\n")),
            Field::toggle(FieldId::Sensitive, *sensitive),
        ];
        // The summary is what she came to write: the cursor waits there.
        let mut form = Form::with_fields(FormKind::Journal(e.clone()), fields);
        form.focus = 3;
        form
    }

    pub fn to_journal(&mut self, today: NaiveDate, partners: &[Partner]) -> Option<JournalEntry> {
        let FormKind::Journal(original) = &self.kind else { return None };
        let mut e = original.clone();
        for f in &mut self.fields {
            f.error = None;
        }
        e.kind =
            self.field(FieldId::JournalKind).and_then(|f| JournalKind::from_code(f.choice_code())).unwrap_or(e.kind);
        match parse_fr(&self.text_of(FieldId::Date)) {
            Ok(d) => e.date = d,
            Err(err) => self.set_error(FieldId::Date, FieldError::Date(err)),
        }
        match parse_time(&self.text_of(FieldId::Time)) {
            Ok(t) => e.time = t,
            Err(_) => self.set_error(FieldId::Time, FieldError::Time),
        }
        e.summary = clean(&self.text_of(FieldId::Summary)).trim().to_string();
        e.partners = Vec::new();
        for line in self.text_of(FieldId::Partners).lines().map(clean_line).filter(|l| !l.is_empty()) {
            match partner_named(partners, &line) {
                Some(id) if !e.partners.contains(&id) => e.partners.push(id),
                Some(_) => {}
                None => self.set_error(FieldId::Partners, FieldError::UnknownPartner),
            }
        }
        e.sensitive = self.field(FieldId::Sensitive).is_some_and(|f| f.toggle);
        for problem in journal::validate(&e, today) {
            let (id, err) = match problem {
                JournalProblem::SummaryEmpty => (FieldId::Summary, FieldError::Required),
                JournalProblem::SummaryTooLong => (FieldId::Summary, FieldError::Journal(problem)),
                JournalProblem::DateInFuture => (FieldId::Date, FieldError::Journal(problem)),
            };
            self.set_error(id, err);
        }
        self.focus_first_error();
        self.fields.iter().all(|f| f.error.is_none()).then_some(e)
    }
}

/// The partner of the directory with this name (case and accents as typed are forgiven).
fn partner_named(partners: &[Partner], name: &str) -> Option<PartnerId> {
    let key = crate::domain::text::fold(name.trim());
    partners.iter().find(|p| crate::domain::text::fold(p.name.trim()) == key).map(|p| p.id)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::form::test_support::{today, type_into};

    fn ssiad() -> Partner {
        Partner { id: 4, name: "SSIAD du Val".into(), ..Partner::new_draft() }
    }

    #[test]
    fn journal_form_reads_time_partners_and_refuses_the_unknown() {
        let mut form = Form::journal(&JournalEntry::new_draft(1, today()), &[ssiad()]);
        assert_eq!(form.fields[form.focus].id, FieldId::Summary);
        assert_eq!(form.to_journal(today(), &[ssiad()]), None);
        assert_eq!(form.fields[form.focus].id, FieldId::Summary);
        type_into(&mut form, FieldId::Summary, "Appel : le passage du soir est supprimé.");
        type_into(&mut form, FieldId::Time, "25h");
        type_into(&mut form, FieldId::Partners, "ssiad du val\nCabinet inconnu");
        assert_eq!(form.to_journal(today(), &[ssiad()]), None);
        let err = |form: &Form, id| form.fields.iter().find(|f| f.id == id).and_then(|f| f.error);
        assert_eq!(err(&form, FieldId::Time), Some(FieldError::Time));
        assert_eq!(err(&form, FieldId::Partners), Some(FieldError::UnknownPartner));
        type_into(&mut form, FieldId::Time, "9h10");
        type_into(&mut form, FieldId::Partners, "ssiad du val\nSSIAD du Val");
        let e = form.to_journal(today(), &[ssiad()]).unwrap();
        assert_eq!(e.partners, vec![4]);
        assert_eq!(e.time.map(format_time).as_deref(), Some("09:10"));
        let again = Form::journal(&e, &[ssiad()]);
        assert_eq!(again.text_of(FieldId::Partners), "SSIAD du Val");
    }
}
