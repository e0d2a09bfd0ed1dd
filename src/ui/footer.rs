//! The bottom line: the status message when there is one, else the most useful keys for the
//! focus, generated from the keymap.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use crate::app::action::{Action, Context};
use crate::app::form::FormKind;
use crate::app::model::{Model, Overlay, StatusKind};
use crate::domain::text::display;
use crate::i18n::{Text, action_label, tr};
use crate::theme::{Role, Theme};
use unicode_width::UnicodeWidthStr;

/// The actions worth a hint in each context, most useful first; their keys come from the keymap.
fn hinted(context: Context) -> &'static [Action] {
    match context {
        Context::Welcome => &[Action::Open, Action::LoadDemo, Action::NewPerson, Action::Quit],
        Context::FileActive => &[
            Action::Open,
            Action::Search,
            Action::Deadlines,
            Action::Directory,
            Action::Competencies,
            Action::Findings,
            Action::NewPerson,
            Action::EditPerson,
            Action::ArchivePerson,
            Action::Quit,
        ],
        Context::Person => &[Action::NextTab, Action::EditPerson, Action::Back, Action::Quit],
        Context::Diagnostic => &[Action::EditEntry, Action::Synthesis, Action::History, Action::NextTab, Action::Back],
        Context::Form => &[Action::Save, Action::NextField, Action::Cancel, Action::PickCode],
        Context::Project => &[
            Action::NewItem,
            Action::EditItem,
            Action::MarkDone,
            Action::Postpone,
            Action::CycleView,
            Action::NewAxis,
            Action::Readjust,
            Action::ArchiveItem,
            Action::Back,
        ],
        Context::Deadlines => &[Action::Open, Action::Back, Action::Quit],
        Context::Network => &[
            Action::NewItem,
            Action::EditItem,
            // Before « Compare », which the side panel also offers: at 80 columns only one fits.
            Action::TieList,
            Action::Compare,
            Action::ArchiveItem,
            Action::NextTab,
            Action::Back,
        ],
        Context::Directory => &[Action::Search, Action::NewItem, Action::EditItem, Action::ArchiveItem, Action::Back],
        Context::Journal => &[
            Action::NewItem,
            Action::EditItem,
            Action::Search,
            Action::FilterKind,
            Action::FilterPartner,
            Action::CyclePeriod,
            Action::TagEvidence,
            Action::NextTab,
            Action::Back,
        ],
        Context::Evaluation => &[
            Action::NewItem,
            Action::EditItem,
            Action::OlderEvaluation,
            Action::ZoomOut,
            Action::ZoomIn,
            Action::Earlier,
            Action::Later,
            Action::NoteJournal,
            Action::TagEvidence,
            Action::NextTab,
        ],
        Context::Competencies => &[
            Action::NextTab,
            Action::Open,
            Action::Accept,
            Action::EditItem,
            Action::NewItem,
            Action::ArchiveItem,
            Action::Back,
        ],
        Context::Findings => &[Action::Open, Action::Back, Action::Quit],
        // A question says its own keys.
        Context::Confirm => &[],
        Context::Global => &[Action::Back],
    }
}

pub fn draw(m: &Model, theme: &Theme, f: &mut Frame, area: Rect) {
    let line = match &m.status {
        Some(status) => {
            let role = match status.kind {
                StatusKind::Info => Role::Info,
                StatusKind::Success => Role::Success,
                StatusKind::Error => Role::Error,
            };
            Line::from(Span::styled(format!(" {}", display(&status.text)), theme.on_base(role)))
        }
        None => match &m.overlay {
            Some(Overlay::Confirm { .. }) => Line::styled(
                format!(" {}", m.keymap.say(m.lang, &crate::i18n::KeyedText::ConfirmKeys)),
                theme.on_base(Role::Key),
            ),
            Some(Overlay::Help { .. }) => {
                Line::styled(format!(" {}", tr(m.lang, Text::HelpFooter)), theme.on_base(Role::Muted))
            }
            _ => hints(m, theme, area.width),
        },
    };
    f.render_widget(Paragraph::new(line).style(theme.style(Role::Base)), area);
}

/// As many hints as fit whole in `width`: a hint cut in the middle of a word helps nobody.
fn hints<'a>(m: &Model, theme: &Theme, width: u16) -> Line<'a> {
    let context = m.context();
    let mut spans = vec![Span::raw(" ")];
    // « ? Aide » always closes the line: whoever is lost must find it.
    // The key that really opens the help here: in a form, letters are text, so only a function key.
    let help_key = if context == Context::Form {
        m.keymap
            .keys(Context::Global, Action::Help)
            .iter()
            .find(|k| matches!(k.code, crossterm::event::KeyCode::F(_)))
            .copied()
    } else {
        m.keymap.first_key(context, Action::Help)
    };
    let help = help_key.map(|k| (k.label(m.lang), format!(" {}", action_label(m.lang, Action::Help))));
    let mut used = 1 + help.as_ref().map_or(0, |(k, l)| k.width() + l.width() + 2);
    let finder = match &m.overlay {
        Some(Overlay::Form(form)) => form.fields.get(form.focus).is_some_and(|f| f.kind.has_picker()),
        _ => false,
    };
    // The comparison of two ecomaps stores nothing: its one date is compared with Enter, not saved.
    let compares = matches!(&m.overlay, Some(Overlay::Form(form)) if form.kind == FormKind::CompareDate);
    if compares {
        let key = crate::app::keymap::KeyChord { code: crossterm::event::KeyCode::Enter, ctrl: false, alt: false };
        let label = format!(" {}  ", tr(m.lang, Text::CompareKey));
        used += key.label(m.lang).width() + label.width();
        spans.push(Span::styled(key.label(m.lang), theme.on_base(Role::Key)));
        spans.push(Span::styled(label, theme.on_base(Role::Muted)));
    }
    for action in hinted(context) {
        // The finder only means something in the fields that have one.
        if *action == Action::PickCode && !finder {
            continue;
        }
        if compares && matches!(action, Action::Save | Action::NextField) {
            continue;
        }
        // On the competencies' list, the keys of the evidence wait until Tab leads to it.
        let on_list = context == Context::Competencies && !m.competencies.in_items;
        if on_list && matches!(action, Action::Open | Action::Accept | Action::EditItem | Action::ArchiveItem) {
            continue;
        }
        let Some(key) = m.keymap.first_key(context, *action) else { continue };
        let key = key.label(m.lang);
        // On the evidence, Tab leads back to the list, and says so.
        let back_to_list = context == Context::Competencies && m.competencies.in_items && *action == Action::NextTab;
        // The export dialog saves nothing: its Ctrl-S writes the document.
        let exports = matches!(&m.overlay, Some(Overlay::Form(form)) if matches!(form.kind, FormKind::Export { .. }));
        let label = if exports && *action == Action::Save {
            format!(" {}  ", tr(m.lang, Text::ExportKey))
        } else if back_to_list {
            format!(" {}  ", tr(m.lang, Text::ListKey))
        } else {
            format!(" {}  ", crate::i18n::action_label_in(m.lang, context, *action))
        };
        used += key.width() + label.trim_end().width();
        if used > usize::from(width) {
            break;
        }
        used += 2;
        spans.push(Span::styled(key, theme.on_base(Role::Key)));
        spans.push(Span::styled(label, theme.on_base(Role::Muted)));
    }
    if let Some((key, label)) = help {
        spans.push(Span::styled(key, theme.on_base(Role::Key)));
        spans.push(Span::styled(label, theme.on_base(Role::Muted)));
    }
    Line::from(spans)
}
