//! Forms: a list of typed fields edited in text areas, turned back into domain values on save.
//! Parsing and validation live here so that `update` only routes keys.

use chrono::NaiveDate;
use ratatui_textarea::TextArea;

use crate::domain::date::{DateError, format_fr, format_fr_opt, parse_fr, parse_fr_opt};
use crate::domain::diagnosis::{self, DiagnosisEntry, EntryProblem, Need, Priority};
use crate::domain::nomenclature::is_need_code;
use crate::domain::partner::Partner;
use crate::domain::person::{self, AgeBand, Person, PersonProblem, PersonStatus};
use crate::domain::plan::action::ActionProblem;
use crate::domain::plan::axis::AxisProblem;
use crate::domain::plan::objective::ObjectiveProblem;
use crate::domain::plan::{Axis, Objective, ObjectiveId, PlanAction};
use crate::domain::text::{clean, clean_line};
use crate::domain::tie::{Tie, TieProblem};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FieldId {
    Pseudonym,
    BirthYear,
    AgeBand,
    Dispositif,
    ReferralDate,
    ReferralSource,
    Status,
    Fictitious,
    ConsentDate,
    ConsentScope,
    LastContact,
    Situation,
    PersonWords,
    Needs,
    Resources,
    Risks,
    PriorityPerson,
    PriorityReferent,
    Source,
    Date,
    CoBuilt,
    AxisTitle,
    Rationale,
    LinkedNeeds,
    Participation,
    PersonView,
    ObjectiveTitle,
    Indicator,
    ExpectedResult,
    Deadline,
    ObjectiveStatus,
    GasMinus2,
    GasMinus1,
    GasZero,
    GasPlus1,
    GasPlus2,
    GasBaseline,
    Importance,
    Difficulty,
    What,
    Carrier,
    Start,
    Due,
    ActionStatus,
    Service,
    NewDate,
    Reason,
    PartnerName,
    Sector,
    Expertise,
    Territory,
    Contact,
    PartnerNotes,
    TieTarget,
    InformalLabel,
    TieRole,
    Strength,
    Valence,
    Flow,
    Since,
    ShareConsentDate,
    ShareConsentScope,
    LegalBasis,
    TieNotes,
    CompareDate,
    JournalKind,
    Time,
    Summary,
    Partners,
    Sensitive,
    EvaluationKind,
    Participants,
    Tools,
    ReferentView,
    Decisions,
    NextEvaluation,
    /// The level of the evaluation form's n-th objective.
    GoalLevel(u16),
    GoalDecision(u16),
    /// The person's rating of the n-th domain.
    SelfRating(u16),
    ReferentRating(u16),
    Competency,
    EvidenceNote,
    /// What the export dialog writes: plan, bilan, écocarte, dossier, DPP.
    ExportWhat,
    ExportFormat,
    /// The file the export is written to.
    Destination,
}

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

/// Why a field's value was refused; the view turns it into French or English.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FieldError {
    Required,
    Date(DateError),
    Year,
    Person(PersonProblem),
    Entry(EntryProblem),
    Axis(AxisProblem),
    Objective(ObjectiveProblem),
    Action(ActionProblem),
    /// A line of the linked needs that names no need of the diagnosis.
    UnknownNeed,
    /// A problem of one line (counted from 1) of a field written one item a line: the line is said.
    AtLine(usize, EntryProblem),
    Tie(TieProblem),
    /// A comparison date must be in the past.
    NotInPast,
    /// The text seems to identify someone (held once; saving again keeps it).
    Identifying(crate::privacy::IdentifierKind),
    /// Not an hour (« 9h10 », « 14:30 »).
    Time,
    /// A line of the partners that names no partner of the directory.
    UnknownPartner,
    Journal(crate::domain::journal::JournalProblem),
    Evaluation(crate::domain::evaluation::EvaluationProblem),
    /// A decision about an objective needs its level.
    LevelNeeded,
    Evidence(crate::domain::evidence::EvidenceProblem),
    /// A readjustment saved as the old objective was.
    ReadjustUnchanged,
}

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

#[derive(Debug, Clone)]
pub struct Form {
    pub kind: FormKind,
    pub fields: Vec<Field>,
    pub focus: usize,
    initial: Vec<String>,
    /// The texts as they were when identifying data was flagged: saving them unchanged confirms.
    pub(super) acknowledged: Option<Vec<String>>,
}

pub const STATUS_CODES: [&str; 3] = ["active", "paused", "closed"];
pub const PRIORITY_CODES: [&str; 4] = ["none", "low", "medium", "high"];

fn age_band_codes() -> Vec<&'static str> {
    std::iter::once("").chain(AgeBand::ALL.iter().map(|b| b.code())).collect()
}

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
    pub(super) fn with_fields(kind: FormKind, fields: Vec<Field>) -> Form {
        let initial = fields.iter().map(Field::snapshot).collect();
        Form { kind, fields, focus: 0, initial, acknowledged: None }
    }

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

    pub fn is_dirty(&self) -> bool {
        self.fields.iter().map(Field::snapshot).ne(self.initial.iter().cloned())
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

    pub(super) fn focus_first_error(&mut self) {
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

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 22).unwrap()
    }

    fn type_into(form: &mut Form, id: FieldId, text: &str) {
        let f = form.fields.iter_mut().find(|f| f.id == id).unwrap();
        f.editor = TextArea::new(text.lines().map(String::from).collect());
    }

    #[test]
    fn need_lines_round_trip() {
        let n = Need { text: "Maintien dans le logement".into(), serafin_code: Some("1.3.2.1".into()) };
        assert_eq!(parse_need_line(&need_line(&n)), Some(n));
        assert_eq!(parse_need_line("  "), None);
        assert_eq!(parse_need_line("[abc] x").map(|n| n.serafin_code), Some(None));
    }

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
