//! Forms: a list of typed fields edited in text areas, turned back into domain values on save.
//! Parsing and validation live here so that `update` only routes keys.

use chrono::NaiveDate;
use ratatui_textarea::TextArea;

use crate::domain::date::{format_fr, parse_fr_opt};
use crate::domain::diagnosis::DiagnosisEntry;
use crate::domain::partner::Partner;
use crate::domain::person::Person;
use crate::domain::plan::{Axis, Objective, ObjectiveId, PlanAction};
use crate::domain::tie::Tie;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FieldKind {
    /// One line of text; Enter moves on.
    Line,
    /// Several lines; Enter breaks the line.
    Text,
    /// jj/mm/aaaa
    Date,
    Year,
    /// One of several codes, cycled with ←/→/Espace. Labels come from i18n, or from the field's
    /// own `labels` when the choices are data (the partners who may carry an action).
    Choice(Vec<String>),
    /// Needs of the diagnosis an axis or objective answers, one per line « [Domaine] besoin ».
    NeedRefs,
    /// A SERAFIN-PH service code (Ctrl-K finds it).
    Service,
    Toggle,
    /// One need per line, « [1.3.2.1] texte » when coded.
    Needs,
    /// Partners of the directory, one name per line (Ctrl-K finds them).
    PartnerRefs,
}

impl FieldKind {
    pub fn is_multiline(&self) -> bool {
        matches!(self, FieldKind::Text | FieldKind::Needs | FieldKind::NeedRefs | FieldKind::PartnerRefs)
    }

    /// Fields where Ctrl-K opens a finder.
    pub fn has_picker(&self) -> bool {
        matches!(
            self,
            FieldKind::Needs | FieldKind::NeedRefs | FieldKind::Service | FieldKind::Choice(_) | FieldKind::PartnerRefs
        )
    }
    pub fn is_text(&self) -> bool {
        !matches!(self, FieldKind::Choice(_) | FieldKind::Toggle)
    }
}

pub use crate::domain::field::{FieldError, FieldId};

#[derive(Debug, Clone)]
pub struct Field {
    pub id: FieldId,
    pub kind: FieldKind,
    pub required: bool,
    pub editor: TextArea<'static>,
    pub choice: usize,
    pub toggle: bool,
    pub error: Option<FieldError>,
    /// Display labels of a data choice (same order as its codes); empty when i18n names them.
    pub labels: Vec<String>,
    /// A label that is data (an objective's title, a domain) rather than the field's name.
    pub caption: Option<String>,
}

impl Field {
    pub(super) fn new(id: FieldId, kind: FieldKind, value: &str) -> Field {
        let lines: Vec<String> =
            if value.is_empty() { vec![String::new()] } else { value.lines().map(String::from).collect() };
        // Long paragraphs wrap at word boundaries so the whole text is readable while editing.
        let mut editor = TextArea::new(lines);
        editor.set_wrap_mode(ratatui_textarea::WrapMode::WordOrGlyph);
        // One-line values (a date, a dispositif) are usually completed or replaced: start at their end.
        // Paragraphs are read first: start at the top.
        if !kind.is_multiline() {
            editor.move_cursor(ratatui_textarea::CursorMove::End);
        }
        Field {
            id,
            kind,
            required: false,
            editor,
            choice: 0,
            toggle: false,
            error: None,
            labels: Vec::new(),
            caption: None,
        }
    }

    pub(super) fn choice(id: FieldId, codes: Vec<&str>, current: &str) -> Field {
        let codes: Vec<String> = codes.into_iter().map(String::from).collect();
        let choice = codes.iter().position(|c| c == current).unwrap_or(0);
        Field { choice, ..Field::new(id, FieldKind::Choice(codes), "") }
    }

    /// A choice whose labels are data, not translations.
    pub(super) fn labelled_choice(id: FieldId, options: Vec<(String, String)>, current: &str) -> Field {
        let (codes, labels): (Vec<String>, Vec<String>) = options.into_iter().unzip();
        let choice = codes.iter().position(|c| c == current).unwrap_or(0);
        Field { choice, labels, ..Field::new(id, FieldKind::Choice(codes), "") }
    }

    pub(super) fn toggle(id: FieldId, on: bool) -> Field {
        Field { toggle: on, ..Field::new(id, FieldKind::Toggle, "") }
    }

    pub(super) fn required(mut self) -> Field {
        self.required = true;
        self
    }

    pub fn text(&self) -> String {
        self.editor.lines().join("\n")
    }

    pub fn choice_code(&self) -> &str {
        match &self.kind {
            FieldKind::Choice(codes) => codes.get(self.choice).map(String::as_str).unwrap_or(""),
            _ => "",
        }
    }

    /// The label of the current choice when the field carries its own labels.
    pub fn choice_label(&self) -> Option<&str> {
        self.labels.get(self.choice).map(String::as_str)
    }

    /// The value as a string, for dirty checks.
    fn snapshot(&self) -> String {
        match self.kind {
            FieldKind::Choice(_) => self.choice_code().to_string(),
            FieldKind::Toggle => self.toggle.to_string(),
            _ => self.text(),
        }
    }

    /// A typed key chooses: on a rating (codes that are numbers) the number itself, « 1 » then
    /// « 0 » making 10; elsewhere a digit is the n-th choice and a letter the next choice whose
    /// label starts with it (pressed again, the one after: several may share a letter).
    /// `labels` are the choices as shown. False when the key chooses nothing.
    pub fn choose_by_key(&mut self, c: char, labels: &[String]) -> bool {
        let FieldKind::Choice(codes) = &self.kind else { return false };
        let numeric =
            codes.iter().any(|x| !x.is_empty()) && codes.iter().all(|x| x.is_empty() || x.parse::<u32>().is_ok());
        let found = if numeric {
            let longer = format!("{}{c}", self.choice_code());
            codes.iter().position(|x| *x == longer).or_else(|| codes.iter().position(|x| *x == c.to_string()))
        } else if let Some(n) = c.to_digit(10) {
            // « 0 » is the tenth, as on a keyboard's row of digits.
            let n = if n == 0 { 10 } else { n as usize };
            (n <= codes.len()).then(|| n - 1)
        } else {
            let key = crate::domain::text::fold(&c.to_string());
            let starts =
                |i: &usize| labels.get(*i).is_some_and(|l| crate::domain::text::fold(l.trim()).starts_with(&key));
            let n = codes.len();
            // From the one after the current choice, round to it: the next that starts so.
            (1..=n).map(|k| (self.choice + k) % n).find(|i| starts(i))
        };
        match found {
            Some(i) => {
                self.choice = i;
                true
            }
            None => false,
        }
    }

    /// Ctrl-U: the field emptied (a choice back to its first, often « non renseigné »). Text is
    /// cut, not thrown away: Ctrl-Z gives it back.
    pub fn clear(&mut self) {
        match self.kind {
            FieldKind::Choice(_) => self.choice = 0,
            FieldKind::Toggle => self.toggle = false,
            _ => {
                self.editor.select_all();
                self.editor.cut();
            }
        }
        self.error = None;
    }

    pub fn cycle(&mut self, forward: bool) {
        match &self.kind {
            FieldKind::Choice(codes) if !codes.is_empty() => {
                let n = codes.len();
                self.choice = if forward { (self.choice + 1) % n } else { (self.choice + n - 1) % n };
            }
            FieldKind::Toggle => self.toggle = !self.toggle,
            _ => {}
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub enum FormKind {
    Axis(Axis),
    /// An objective; when `readjusts` is set, saving replaces that objective (« réajustement »).
    Objective {
        objective: Objective,
        readjusts: Option<ObjectiveId>,
    },
    Action(PlanAction),
    /// A new due date and why, for an action.
    Postpone(PlanAction),
    Partner(Partner),
    Tie(Tie),
    /// The past date whose ecomap is compared with today's.
    CompareDate,
    Person(Person),
    Entry(DiagnosisEntry),
    Journal(crate::domain::journal::JournalEntry),
    /// A record tagged as evidence of a competency, or free evidence, with the record told in
    /// words for the form's title.
    Evidence(crate::domain::evidence::Evidence, String),
    /// An evaluation, with the objectives and the domains its numbered fields stand for.
    Evaluation {
        evaluation: crate::domain::evaluation::Evaluation,
        goals: Vec<super::screens::evaluation::form::GoalRow>,
        domains: Vec<(String, String)>,
    },
    /// « Exporter… » a document about the person; `name` is the file name the dialog last
    /// proposed, replaced as the choices change unless the user typed her own.
    Export {
        person: crate::domain::person::PersonId,
        pseudonym: String,
        name: String,
    },
}

impl FormKind {
    /// What Enter does in a form that stores nothing (the ecomap's comparison: one date, compared
    /// at once), in the footer's words; `None` for a form that saves.
    pub fn enter_label(&self) -> Option<crate::i18n::Text> {
        match self {
            FormKind::CompareDate => Some(crate::i18n::Text::CompareKey),
            _ => None,
        }
    }

    /// Whether Enter runs the form, there being nothing to save and no other field to go to.
    pub fn submits_on_enter(&self) -> bool {
        self.enter_label().is_some()
    }

    /// The save key's words when it does something else than store (the export dialog writes a
    /// document); `None` for « enregistrer ».
    pub fn save_label(&self) -> Option<crate::i18n::Text> {
        match self {
            FormKind::Export { .. } => Some(crate::i18n::Text::ExportKey),
            _ => None,
        }
    }
}

#[derive(Debug, Clone)]
pub struct Form {
    pub kind: FormKind,
    pub fields: Vec<Field>,
    pub focus: usize,
    initial: Vec<String>,
    /// The texts as they were when identifying data was flagged: saving them unchanged confirms.
    pub(super) acknowledged: Option<Vec<String>>,
    /// The form this one was opened from, kept with every word typed (an action waiting for the
    /// partner that will carry it): saving or leaving this one goes back to it.
    pub parked: Option<Box<Form>>,
}

impl Form {
    pub(crate) fn with_fields(kind: FormKind, fields: Vec<Field>) -> Form {
        let initial = fields.iter().map(Field::snapshot).collect();
        Form { kind, fields, focus: 0, initial, acknowledged: None, parked: None }
    }

    pub fn is_dirty(&self) -> bool {
        self.fields.iter().map(Field::snapshot).ne(self.initial.iter().cloned())
    }

    /// Words not saved here or in the form parked under this one: what quitting would lose.
    pub fn holds_unsaved(&self) -> bool {
        self.is_dirty() || self.parked.as_ref().is_some_and(|p| p.holds_unsaved())
    }

    pub fn focused(&mut self) -> Option<&mut Field> {
        self.fields.get_mut(self.focus)
    }

    /// Leaves the focused field for the next or previous one. A date typed short (« 15/12 »,
    /// « +7 », « demain ») is written out in full as it is left: the user sees what was understood.
    pub fn move_focus(&mut self, forward: bool, today: NaiveDate) {
        self.expand_date(self.focus, today);
        let n = self.fields.len().max(1);
        self.focus = if forward { (self.focus + 1) % n } else { (self.focus + n - 1) % n };
    }

    /// Every date typed short written out in full, before the form is read: the forms then read
    /// dates one way, as `parse_fr` does.
    pub fn expand_dates(&mut self, today: NaiveDate) {
        for i in 0..self.fields.len() {
            self.expand_date(i, today);
        }
    }

    fn expand_date(&mut self, index: usize, today: NaiveDate) {
        let Some(field) = self.fields.get(index).filter(|f| matches!(f.kind, FieldKind::Date)) else { return };
        if let Some(day) = crate::domain::date::expand_shortcut(&field.text(), today) {
            let id = field.id;
            self.set_text(id, &format_fr(day));
        }
    }

    pub(super) fn field(&self, id: FieldId) -> Option<&Field> {
        self.fields.iter().find(|f| f.id == id)
    }

    pub(super) fn text_of(&self, id: FieldId) -> String {
        self.field(id).map(Field::text).unwrap_or_default()
    }

    pub(super) fn set_error(&mut self, id: FieldId, err: FieldError) {
        if let Some(f) = self.fields.iter_mut().find(|f| f.id == id)
            && f.error.is_none()
        {
            f.error = Some(err);
        }
    }

    pub(super) fn date_of(&mut self, id: FieldId) -> Option<NaiveDate> {
        match parse_fr_opt(&self.text_of(id)) {
            Ok(d) => d,
            Err(e) => {
                self.set_error(id, FieldError::Date(e));
                None
            }
        }
    }

    pub(crate) fn focus_first_error(&mut self) {
        if let Some(i) = self.fields.iter().position(|f| f.error.is_some()) {
            self.focus = i;
        }
    }

    /// Replaces a field's whole text (a code picked in a finder).
    pub fn set_text(&mut self, id: FieldId, text: &str) {
        if let Some(field) = self.fields.iter_mut().find(|f| f.id == id) {
            let kind = field.kind.clone();
            let mut fresh = Field::new(id, kind, text);
            fresh.required = field.required;
            fresh.caption = field.caption.take();
            fresh.labels = std::mem::take(&mut field.labels);
            *field = fresh;
        }
    }

    /// Adds a line at the end of a multi-line field, unless it is already there.
    pub fn append_line(&mut self, id: FieldId, line: &str) {
        if let Some(field) = self.fields.iter().find(|f| f.id == id) {
            let mut lines: Vec<String> =
                field.editor.lines().iter().filter(|l| !l.trim().is_empty()).cloned().collect();
            if !lines.iter().any(|l| l.trim() == line.trim()) {
                lines.push(line.to_string());
            }
            let text = lines.join("\n");
            self.set_text(id, &text);
        }
    }
}

/// What the forms' unit tests share: a fixed day, and text put into a field as if typed.
#[cfg(test)]
pub(crate) mod test_support {
    use super::{FieldId, Form};
    use chrono::NaiveDate;
    use ratatui_textarea::TextArea;

    pub fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 22).unwrap()
    }

    pub fn type_into(form: &mut Form, id: FieldId, text: &str) {
        let f = form.fields.iter_mut().find(|f| f.id == id).unwrap();
        f.editor = TextArea::new(text.lines().map(String::from).collect());
    }
}
