//! The tag form: which competency a record shows, and the reflective note.

use chrono::NaiveDate;

use crate::app::form::{Field, FieldError, FieldId, FieldKind, Form, FormKind};
use crate::domain::competency;
use crate::domain::date::{format_fr, parse_fr};
use crate::domain::evidence::{Evidence, EvidenceProblem, RecordRef, validate};
use crate::domain::text::clean;

impl Form {
    /// `record` tells the tagged record in words (« objectif « Tenir le plan… » »), empty for free evidence.
    pub fn evidence(e: &Evidence, record: &str) -> Form {
        // The competencies' words are the certification's, in French whatever the language.
        let options: Vec<(String, String)> = competency::all()
            .iter()
            .enumerate()
            .map(|(i, c)| ((i + 1).to_string(), format!("{} — {}", c.code, c.short)))
            .collect();
        let fields = vec![
            Field::labelled_choice(FieldId::Competency, options, &e.competency.to_string()),
            Field::new(FieldId::EvidenceNote, FieldKind::Text, &e.note),
            Field::new(FieldId::Date, FieldKind::Date, &format_fr(e.date)).required(),
        ];
        let mut form = Form::with_fields(FormKind::Evidence(e.clone(), record.to_string()), fields);
        // A record's competency is proposed from its kind: the note is what is left to write.
        if e.id == 0 && e.record != RecordRef::Free {
            form.focus = 1;
        }
        form
    }

    /// The tag form of an accepted suggestion: the suggestion's reason is a greyed hint in the
    /// empty note, never the note itself (the DPP is the candidate's own words; saved empty, the
    /// evidence is there without a note, and the note is still to write).
    pub fn suggested_evidence(e: &Evidence, record: &str, hint: &str) -> Form {
        let mut form = Form::evidence(&Evidence { note: String::new(), ..e.clone() }, record);
        if let Some(note) = form.fields.iter_mut().find(|f| f.id == FieldId::EvidenceNote) {
            note.editor.set_placeholder_text(hint);
        }
        form
    }

    pub fn to_evidence(&mut self, today: NaiveDate) -> Option<Evidence> {
        let FormKind::Evidence(original, _) = &self.kind else { return None };
        let mut e = original.clone();
        for f in &mut self.fields {
            f.error = None;
        }
        e.competency =
            self.field(FieldId::Competency).and_then(|f| f.choice_code().parse().ok()).unwrap_or(e.competency);
        e.note = clean(&self.text_of(FieldId::EvidenceNote)).trim().to_string();
        match parse_fr(&self.text_of(FieldId::Date)) {
            Ok(d) if d > today => self.set_error(
                FieldId::Date,
                FieldError::Evaluation(crate::domain::evaluation::EvaluationProblem::DateInFuture),
            ),
            Ok(d) => e.date = d,
            Err(err) => self.set_error(FieldId::Date, FieldError::Date(err)),
        }
        for problem in validate(&e) {
            let id = match problem {
                EvidenceProblem::CompetencyOutOfRange => FieldId::Competency,
                EvidenceProblem::FreeWithoutNote
                | EvidenceProblem::NoteTooLong
                | EvidenceProblem::RecordWithoutPerson => FieldId::EvidenceNote,
            };
            self.set_error(id, FieldError::Evidence(problem));
        }
        self.focus_first_error();
        self.fields.iter().all(|f| f.error.is_none()).then_some(e)
    }
}

/// The competency a record most often shows, proposed when it is tagged.
pub fn likely_competency(record: RecordRef, transmission: bool) -> u8 {
    match record {
        RecordRef::Entry(_) => 2,
        RecordRef::Axis(_) => 3,
        RecordRef::Objective(_) | RecordRef::Action(_) => 4,
        RecordRef::Evaluation(_) => 5,
        RecordRef::Tie(_) => 6,
        RecordRef::Journal(_) if transmission => 7,
        RecordRef::Journal(_) => 5,
        RecordRef::Free => 1,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::form::test_support::today;
    use ratatui_textarea::TextArea;

    #[test]
    fn the_tag_form_reads_the_competency_and_the_note() {
        let mut form = Form::evidence(&Evidence::new_draft(Some(1), RecordRef::Objective(3), 4, today()), "objectif");
        assert_eq!(form.fields[form.focus].id, FieldId::EvidenceNote);
        let f = form.fields.iter().find(|f| f.id == FieldId::Competency).unwrap();
        assert_eq!(f.choice_label(), Some("C4 — Définir les étapes opérationnelles du projet"));
        let note = form.fields.iter_mut().find(|f| f.id == FieldId::EvidenceNote).unwrap();
        note.editor = TextArea::new(vec!["Indicateur choisi avec lui.".into()]);
        let e = form.to_evidence(today()).unwrap();
        assert_eq!((e.competency, e.note.as_str()), (4, "Indicateur choisi avec lui."));
        // Free evidence is its note: empty, it is refused on the note.
        let mut free = Form::evidence(&Evidence::new_draft(None, RecordRef::Free, 1, today()), "");
        assert_eq!(free.to_evidence(today()), None);
        assert_eq!(free.fields[free.focus].id, FieldId::EvidenceNote);
    }

    #[test]
    fn likely_competencies() {
        assert_eq!(likely_competency(RecordRef::Entry(1), false), 2);
        assert_eq!(likely_competency(RecordRef::Journal(1), true), 7);
        assert_eq!(likely_competency(RecordRef::Tie(1), false), 6);
    }
}
