//! A diagnosis entry as a form: the situation, her words, the needs coded in SERAFIN-PH.

use chrono::NaiveDate;
use ratatui_textarea::TextArea;

use crate::app::form::{Field, FieldError, FieldId, FieldKind, Form, FormKind};
use crate::domain::date::{format_fr, parse_fr};
use crate::domain::diagnosis::{self, DiagnosisEntry, EntryProblem, Need, Priority};
use crate::domain::nomenclature::is_need_code;
use crate::domain::text::{clean, clean_line};

pub const PRIORITY_CODES: [&str; 4] = ["none", "low", "medium", "high"];

/// « [1.3.2.1] Maintien dans le logement » ↔ Need.
pub fn need_line(n: &Need) -> String {
    match &n.serafin_code {
        Some(code) => format!("[{code}] {}", n.text),
        None => n.text.clone(),
    }
}

pub fn parse_need_line(line: &str) -> Option<Need> {
    let line = clean_line(line);
    if line.is_empty() {
        return None;
    }
    if let Some(rest) = line.strip_prefix('[')
        && let Some((code, text)) = rest.split_once(']')
    {
        let code = code.trim();
        if !code.is_empty() && code.chars().all(|c| c.is_ascii_digit() || c == '.') {
            return Some(Need { text: text.trim().to_string(), serafin_code: Some(code.to_string()) });
        }
    }
    Some(Need { text: line, serafin_code: None })
}

impl Form {
    pub fn entry(e: &DiagnosisEntry) -> Form {
        let needs: Vec<String> = e.needs.iter().map(need_line).collect();
        let fields = vec![
            Field::new(FieldId::Situation, FieldKind::Text, &e.situation),
            Field::new(FieldId::PersonWords, FieldKind::Text, &e.person_words),
            Field::new(FieldId::Needs, FieldKind::Needs, &needs.join("\n")),
            Field::new(FieldId::Resources, FieldKind::Text, &e.resources),
            Field::new(FieldId::Risks, FieldKind::Text, &e.risks),
            Field::choice(FieldId::PriorityPerson, PRIORITY_CODES.to_vec(), e.priority_person.code()),
            Field::choice(FieldId::PriorityReferent, PRIORITY_CODES.to_vec(), e.priority_referent.code()),
            Field::new(FieldId::Source, FieldKind::Line, &e.source),
            Field::new(FieldId::Date, FieldKind::Date, &format_fr(e.date)),
            Field::toggle(FieldId::CoBuilt, e.co_built),
        ];
        Form::with_fields(FormKind::Entry(e.clone()), fields)
    }

    pub fn to_entry(&mut self, today: NaiveDate) -> Option<DiagnosisEntry> {
        let FormKind::Entry(original) = &self.kind else { return None };
        let mut e = original.clone();
        for f in &mut self.fields {
            f.error = None;
        }
        let block = |s: String| clean(&s).trim().to_string();
        e.situation = block(self.text_of(FieldId::Situation));
        e.person_words = block(self.text_of(FieldId::PersonWords));
        e.needs = self.text_of(FieldId::Needs).lines().filter_map(parse_need_line).collect();
        e.resources = block(self.text_of(FieldId::Resources));
        e.risks = block(self.text_of(FieldId::Risks));
        let priority = |f: Option<&Field>| f.and_then(|f| Priority::from_code(f.choice_code())).unwrap_or_default();
        e.priority_person = priority(self.field(FieldId::PriorityPerson));
        e.priority_referent = priority(self.field(FieldId::PriorityReferent));
        e.source = clean_line(&self.text_of(FieldId::Source));
        match parse_fr(&self.text_of(FieldId::Date)) {
            Ok(d) => e.date = d,
            Err(err) => self.set_error(FieldId::Date, FieldError::Date(err)),
        }
        e.co_built = self.field(FieldId::CoBuilt).is_some_and(|f| f.toggle);
        for problem in diagnosis::validate(&e, today, is_need_code) {
            let id = match problem {
                EntryProblem::Empty => FieldId::Situation,
                EntryProblem::DateInFuture => FieldId::Date,
                EntryProblem::UnknownNeedCode | EntryProblem::NeedTextEmpty => FieldId::Needs,
            };
            // Among ten needs, « which one? » is the question: the first line at fault is named.
            let line = match problem {
                EntryProblem::NeedTextEmpty => self
                    .text_of(FieldId::Needs)
                    .lines()
                    .position(|l| parse_need_line(l).is_some_and(|n| n.text.trim().is_empty()))
                    .map(|i| i + 1),
                _ => None,
            };
            let error = line.map_or(FieldError::Entry(problem), |n| FieldError::AtLine(n, problem));
            self.set_error(id, error);
        }
        self.focus_first_error();
        self.fields.iter().all(|f| f.error.is_none()).then_some(e)
    }

    /// Sets the SERAFIN-PH code of the need on the cursor's line of the needs field.
    /// Codes the need on the cursor's line, keeping its words. With `label` (Ctrl-K in the finder)
    /// the nomenclature's words come too: on that line when it has none, else on a line of their own.
    pub fn set_need_code(&mut self, code: &str, label: Option<&str>) {
        let Some(field) = self.fields.iter_mut().find(|f| f.id == FieldId::Needs) else { return };
        let row = field.editor.cursor().0;
        let mut lines: Vec<String> = field.editor.lines().to_vec();
        if lines.is_empty() {
            lines.push(String::new());
        }
        let mut row = row.min(lines.len() - 1);
        let text = parse_need_line(&lines[row]).map(|n| n.text).unwrap_or_default();
        match label {
            // Her words stay where they are: the need with its label goes on the next line.
            Some(label) if !text.is_empty() => {
                row += 1;
                lines.insert(row, format!("[{code}] {label}"));
            }
            Some(label) => lines[row] = format!("[{code}] {label}"),
            None => lines[row] = format!("[{code}] {text}"),
        }
        let mut editor = TextArea::new(lines);
        editor.set_wrap_mode(ratatui_textarea::WrapMode::WordOrGlyph);
        editor.move_cursor(ratatui_textarea::CursorMove::Jump(row as u16, 0));
        editor.move_cursor(ratatui_textarea::CursorMove::End);
        field.editor = editor;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::form::test_support::{today, type_into};

    #[test]
    fn need_lines_round_trip() {
        let n = Need { text: "Maintien dans le logement".into(), serafin_code: Some("1.3.2.1".into()) };
        assert_eq!(parse_need_line(&need_line(&n)), Some(n));
        assert_eq!(parse_need_line("  "), None);
        assert_eq!(parse_need_line("[abc] x").map(|n| n.serafin_code), Some(None));
    }

    #[test]
    fn entry_form_parses_needs_and_refuses_unknown_codes() {
        let mut form = Form::entry(&DiagnosisEntry::new_draft(1, "logement", today()));
        type_into(&mut form, FieldId::Situation, "Dette de loyer.");
        type_into(&mut form, FieldId::Needs, "[1.3.2.1] Rester chez soi\n\n[9.9] Inventé");
        assert_eq!(form.to_entry(today()), None);
        assert_eq!(form.fields[form.focus].id, FieldId::Needs);
        type_into(&mut form, FieldId::Needs, "[1.3.2.1] Rester chez soi\nÊtre aidé pour le dossier FSL");
        let e = form.to_entry(today()).unwrap();
        assert_eq!(e.needs.len(), 2);
        assert_eq!(e.needs[0].serafin_code.as_deref(), Some("1.3.2.1"));
        assert_eq!(e.needs[1].serafin_code, None);
    }

    #[test]
    fn setting_a_code_replaces_the_current_line_code() {
        let mut form = Form::entry(&DiagnosisEntry::new_draft(1, "sante", today()));
        type_into(&mut form, FieldId::Needs, "[1.1] Soins\nSuivi");
        form.set_need_code("1.1.10", None);
        let needs = form.fields.iter().find(|f| f.id == FieldId::Needs).unwrap().text();
        assert_eq!(needs, "[1.1.10] Soins\nSuivi");
    }
}
