//! « Exporter… » from the application: the dialog choosing what to export about the open person,
//! in which format and where. The documents, the anonymity guard and the writer are the command
//! line's own (src/export/person.rs); this is only the choosing.

pub mod effects;
pub mod update;

use std::path::{Path, PathBuf};

use chrono::NaiveDate;

use crate::app::form::{Field, FieldError, FieldId, FieldKind, Form, FormKind};
use crate::domain::person::PersonId;
use crate::export::formats::{BilanFormat, DppFormat, EcomapFormat, PlanFormat};
use crate::i18n::Lang;
use crate::i18n::export::{ExportText, export_words};
use crate::privacy::records::Scope;

/// One document in one format, as `parcours export` offers them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Document {
    Plan(PlanFormat),
    Bilan(BilanFormat),
    Ecomap(EcomapFormat),
    Case,
    Dpp(DppFormat),
}

/// The documents in the dialog's order, by code.
const KINDS: [(&str, ExportText); 5] = [
    ("plan", ExportText::Plan),
    ("bilan", ExportText::Bilan),
    ("ecomap", ExportText::Ecomap),
    ("case", ExportText::Case),
    ("dpp", ExportText::Dpp),
];

/// The formats the command line offers for each document, the most readable first.
fn formats(kind: &str) -> &'static [(&'static str, ExportText)] {
    match kind {
        "plan" => &[("html", ExportText::Html), ("md", ExportText::Markdown), ("ics", ExportText::Ics)],
        "bilan" => &[("html", ExportText::Html), ("md", ExportText::Markdown)],
        "ecomap" => &[("svg", ExportText::Svg), ("dot", ExportText::Dot)],
        "dpp" => &[("html", ExportText::Html), ("docx", ExportText::Docx), ("md", ExportText::Markdown)],
        _ => &[("json", ExportText::Json)],
    }
}

impl Document {
    fn of(kind: &str, format: &str) -> Option<Document> {
        Some(match (kind, format) {
            ("plan", "html") => Document::Plan(PlanFormat::Html),
            ("plan", "md") => Document::Plan(PlanFormat::Md),
            ("plan", "ics") => Document::Plan(PlanFormat::Ics),
            ("bilan", "html") => Document::Bilan(BilanFormat::Html),
            ("bilan", "md") => Document::Bilan(BilanFormat::Md),
            ("ecomap", "svg") => Document::Ecomap(EcomapFormat::Svg),
            ("ecomap", "dot") => Document::Ecomap(EcomapFormat::Dot),
            ("case", _) => Document::Case,
            ("dpp", "html") => Document::Dpp(DppFormat::Html),
            ("dpp", "docx") => Document::Dpp(DppFormat::Docx),
            ("dpp", "md") => Document::Dpp(DppFormat::Md),
            _ => return None,
        })
    }

    /// The records the document carries, which its guard scans — as on the command line, where the
    /// sensitive journal entries are left out unless asked for (the dialog never asks).
    pub fn scope(self) -> Scope {
        match self {
            Document::Plan(_) => Scope::Plan,
            Document::Bilan(_) => Scope::Bilan { include_sensitive: false },
            Document::Ecomap(_) => Scope::Network,
            Document::Case => Scope::Case,
            Document::Dpp(_) => Scope::Dpp,
        }
    }
}

/// What the runtime is asked to write.
#[derive(Debug, Clone, PartialEq)]
pub struct ExportRequest {
    pub person: PersonId,
    pub document: Document,
    pub dest: PathBuf,
    /// Written even though the guard found something (`--force`).
    pub force: bool,
}

/// A pseudonym as a file name: « M. R. » → « M-R », « Inès, 19 ans » → « Ines-19-ans ». Letters
/// lose their accents, anything else becomes one dash.
pub fn file_safe(pseudonym: &str) -> String {
    let mut out = String::new();
    for c in pseudonym.chars() {
        // Each letter folded alone: the pseudonym's own capitals are kept where they are plain.
        for plain in crate::domain::text::fold(&c.to_string()).chars() {
            if plain.is_ascii_alphanumeric() {
                out.push(if c.is_uppercase() { plain.to_ascii_uppercase() } else { plain });
            } else if !out.ends_with('-') {
                out.push('-');
            }
        }
    }
    let trimmed = out.trim_matches('-');
    if trimmed.is_empty() { "personne".into() } else { trimmed.to_string() }
}

/// « plan-M-R-2026-12-07.html »: the document, who, the day, the format.
pub fn file_name(kind: &str, format: &str, pseudonym: &str, today: NaiveDate) -> String {
    let stem = match kind {
        "case" => "dossier",
        "ecomap" => "ecocarte",
        other => other,
    };
    format!("{stem}-{}-{}.{format}", file_safe(pseudonym), today.format("%Y-%m-%d"))
}

fn labelled(options: &[(&str, ExportText)], lang: Lang) -> Vec<(String, String)> {
    options.iter().map(|(code, x)| (code.to_string(), export_words(lang, *x).to_string())).collect()
}

impl Form {
    /// The export dialog for a person, the plan in HTML proposed, in `folder`.
    pub fn export(person: PersonId, pseudonym: &str, folder: &Path, today: NaiveDate, lang: Lang) -> Form {
        let name = file_name(KINDS[0].0, formats(KINDS[0].0)[0].0, pseudonym, today);
        let dest = folder.join(&name).display().to_string();
        let fields = vec![
            Field::labelled_choice(FieldId::ExportWhat, labelled(&KINDS, lang), KINDS[0].0),
            Field::labelled_choice(FieldId::ExportFormat, labelled(formats(KINDS[0].0), lang), ""),
            Field::new(FieldId::Destination, FieldKind::Line, &dest).required(),
        ];
        Form::with_fields(FormKind::Export { person, pseudonym: pseudonym.to_string(), name }, fields)
    }

    /// The export dialog's two choices, what and in which format (`None` for another form).
    pub fn export_choice(&self) -> Option<(usize, usize)> {
        let FormKind::Export { .. } = &self.kind else { return None };
        Some((self.field(FieldId::ExportWhat)?.choice, self.field(FieldId::ExportFormat)?.choice))
    }

    /// After a key: when the choices are no longer `before` ([`Form::export_choice`]), the rest
    /// of the dialog follows them. Typing in the destination changes nothing else.
    pub fn follow_export_choice_since(&mut self, before: Option<(usize, usize)>, today: NaiveDate, lang: Lang) {
        if self.export_choice() != before {
            self.follow_export_choice(today, lang);
        }
    }

    /// After a key: the formats follow the document chosen, and the proposed file name follows
    /// both — unless the user wrote a name of her own, which is kept.
    pub fn follow_export_choice(&mut self, today: NaiveDate, lang: Lang) {
        let FormKind::Export { pseudonym, name, .. } = &self.kind else { return };
        let kind = self.field(FieldId::ExportWhat).map(|f| f.choice_code().to_string()).unwrap_or_default();
        let offered = formats(&kind);
        let codes: Vec<String> = offered.iter().map(|(c, _)| c.to_string()).collect();
        let current = self.field(FieldId::ExportFormat);
        if current.map(|f| &f.kind) != Some(&FieldKind::Choice(codes)) {
            let keep = current.map(|f| f.choice_code().to_string()).unwrap_or_default();
            if let Some(f) = self.fields.iter_mut().find(|f| f.id == FieldId::ExportFormat) {
                *f = Field::labelled_choice(FieldId::ExportFormat, labelled(offered, lang), &keep);
            }
        }
        let format = self.field(FieldId::ExportFormat).map(|f| f.choice_code().to_string()).unwrap_or_default();
        let proposed = file_name(&kind, &format, pseudonym, today);
        if proposed == *name {
            return;
        }
        let typed = PathBuf::from(self.text_of(FieldId::Destination).trim());
        if typed.file_name().is_some_and(|n| n == name.as_str()) {
            let dest = typed.with_file_name(&proposed).display().to_string();
            self.set_text(FieldId::Destination, &dest);
        }
        if let FormKind::Export { name, .. } = &mut self.kind {
            *name = proposed;
        }
    }

    /// The request, or the destination marked when it is empty. « ~/ » is her home folder, as in
    /// a shell: the file would otherwise go into a folder named « ~ ».
    pub fn to_export(&mut self, home: Option<&Path>) -> Option<ExportRequest> {
        let FormKind::Export { person, .. } = &self.kind else { return None };
        let person = *person;
        for f in &mut self.fields {
            f.error = None;
        }
        let kind = self.field(FieldId::ExportWhat).map(|f| f.choice_code().to_string()).unwrap_or_default();
        let format = self.field(FieldId::ExportFormat).map(|f| f.choice_code().to_string()).unwrap_or_default();
        let dest = self.text_of(FieldId::Destination).trim().to_string();
        if dest.is_empty() {
            self.set_error(FieldId::Destination, FieldError::Required);
            self.focus_first_error();
            return None;
        }
        let document = Document::of(&kind, &format)?;
        let dest = match (dest.strip_prefix("~/"), home) {
            (Some(rest), Some(home)) => home.join(rest),
            _ => PathBuf::from(dest),
        };
        Some(ExportRequest { person, document, dest, force: false })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 12, 7).unwrap()
    }

    #[test]
    fn file_names_are_safe_and_dated() {
        assert_eq!(file_name("plan", "html", "M. R.", today()), "plan-M-R-2026-12-07.html");
        assert_eq!(file_name("ecomap", "svg", "Inès, 19 ans", today()), "ecocarte-Ines-19-ans-2026-12-07.svg");
        assert_eq!(file_name("case", "json", "../..", today()), "dossier-personne-2026-12-07.json");
    }

    #[test]
    fn the_formats_and_the_name_follow_the_document() {
        let mut form = Form::export(7, "M. R.", Path::new("/tmp/docs"), today(), Lang::Fr);
        assert_eq!(form.text_of(FieldId::Destination), "/tmp/docs/plan-M-R-2026-12-07.html");
        form.fields[0].cycle(true);
        form.follow_export_choice(today(), Lang::Fr);
        assert_eq!(form.text_of(FieldId::Destination), "/tmp/docs/bilan-M-R-2026-12-07.html");
        form.fields[0].cycle(true);
        form.follow_export_choice(today(), Lang::Fr);
        assert_eq!(form.field(FieldId::ExportFormat).map(|f| f.choice_code()), Some("svg"));
        assert_eq!(form.text_of(FieldId::Destination), "/tmp/docs/ecocarte-M-R-2026-12-07.svg");
        let request = form.to_export(None).unwrap();
        assert_eq!(request.document, Document::Ecomap(EcomapFormat::Svg));
        assert!(!request.force);
        // A name of her own is kept as the choices change.
        form.set_text(FieldId::Destination, "/tmp/docs/reunion.svg");
        form.fields[1].cycle(true);
        form.follow_export_choice(today(), Lang::Fr);
        assert_eq!(form.text_of(FieldId::Destination), "/tmp/docs/reunion.svg");
        assert_eq!(form.to_export(None).map(|r| r.document), Some(Document::Ecomap(EcomapFormat::Dot)));
    }

    #[test]
    fn a_tilde_is_the_home_folder() {
        let mut form = Form::export(7, "M. R.", Path::new("/tmp"), today(), Lang::Fr);
        form.set_text(FieldId::Destination, "~/Bureau/plan.html");
        let home = Path::new("/home/marie");
        assert_eq!(form.to_export(Some(home)).map(|r| r.dest), Some(PathBuf::from("/home/marie/Bureau/plan.html")));
        assert_eq!(form.to_export(None).map(|r| r.dest), Some(PathBuf::from("~/Bureau/plan.html")));
    }

    #[test]
    fn an_empty_destination_is_refused() {
        let mut form = Form::export(7, "M. R.", Path::new("/tmp"), today(), Lang::Fr);
        form.set_text(FieldId::Destination, "  ");
        assert_eq!(form.to_export(None), None);
        assert_eq!(form.field(FieldId::Destination).and_then(|f| f.error), Some(FieldError::Required));
    }
}
