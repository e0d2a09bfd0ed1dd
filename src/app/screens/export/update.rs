//! « Exporter… »: the dialog opened on a person, the findings of the anonymity guard and what the
//! user decides about them, the word once the file is written.

use crossterm::event::{KeyCode, KeyEvent};

use crate::app::action::{Action, Context};
use crate::app::effect::Effect;
use crate::app::form::Form;
use crate::app::keymap::KeyChord;
use crate::app::model::{Model, Overlay, Screen, StatusKind};
use crate::app::screens::export::ExportRequest;
use crate::app::screens::findings::FindingRow;
use crate::i18n::export::exported as exported_text;

/// Opens the dialog on the person on screen, proposing her plan in the export folder.
pub fn open(m: &mut Model) -> Vec<Effect> {
    let Some(p) = m.person.as_ref().filter(|_| m.screen == Screen::Person) else { return vec![] };
    let folder = m.export_folder.clone().unwrap_or_default();
    let form = Form::export(p.case.person.id, &p.case.person.pseudonym, &folder, m.today, m.lang);
    m.overlay = Some(Overlay::Form(Box::new(form)));
    vec![]
}

/// The file is written: the dialog closes and the status bar says where.
pub fn exported(m: &mut Model, path: &std::path::Path) -> Vec<Effect> {
    m.overlay = None;
    m.set_status(StatusKind::Success, exported_text(m.lang, &path.display().to_string()));
    vec![]
}

/// The guard found something: its findings over the dialog, which Esc comes back to.
pub fn found(m: &mut Model, request: ExportRequest, rows: Vec<FindingRow>) -> Vec<Effect> {
    let under = m.overlay.take().map(Box::new);
    m.overlay = Some(Overlay::ExportFindings { request, rows, selected: 0, under });
    vec![]
}

/// Keys of the findings dialog. The question's « yes » ([confirm] in keymap.toml) exports anyway,
/// as a confirmation does everywhere: Enter is the key that opens, and one press too many must
/// never send a name out.
pub fn findings_key(
    m: &mut Model,
    (request, rows, selected, under): (ExportRequest, Vec<FindingRow>, usize, Option<Box<Overlay>>),
    ev: KeyEvent,
    chord: KeyChord,
) -> Vec<Effect> {
    let last = rows.len().saturating_sub(1);
    let selected = match (ev.code, m.keymap.resolve(Context::Global, chord)) {
        _ if m.keymap.resolve(Context::Confirm, chord) == Some(Action::Confirm) => {
            let forced = ExportRequest { force: true, ..request.clone() };
            m.overlay = Some(Overlay::ExportFindings { request, rows, selected, under });
            return vec![Effect::Export(forced)];
        }
        _ if m.keymap.resolve(Context::Confirm, chord) == Some(Action::Cancel) => {
            m.overlay = under.map(|b| *b);
            return vec![];
        }
        (KeyCode::Enter, _) => {
            return match rows.get(selected) {
                Some(row) => crate::app::screens::findings::landing::jump_to_record(m, row.jump),
                None => vec![],
            };
        }
        (_, Some(Action::Up)) => selected.saturating_sub(1),
        (_, Some(Action::Down)) => (selected + 1).min(last),
        (_, Some(Action::First)) => 0,
        (_, Some(Action::Last)) => last,
        _ => selected,
    };
    m.overlay = Some(Overlay::ExportFindings { request, rows, selected, under });
    vec![]
}
