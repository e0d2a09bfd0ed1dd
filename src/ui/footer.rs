//! The bottom line: the status message when there is one, else the most useful keys for the
//! focus, generated from the keymap.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use crate::app::action::{Action, Context};
use crate::app::form::FieldKind;
use crate::app::model::{Model, Overlay, StatusKind};
use crate::domain::text::display;
use crate::i18n::{T, action_label, tr};
use crate::theme::{Role, Theme};

/// The actions worth a hint in each context, most useful first; their keys come from the keymap.
fn hinted(context: Context) -> &'static [Action] {
    match context {
        Context::Welcome => &[Action::Open, Action::LoadDemo, Action::NewPerson, Action::Help, Action::Quit],
        Context::FileActive => &[
            Action::Open,
            Action::Search,
            Action::NewPerson,
            Action::EditPerson,
            Action::ArchivePerson,
            Action::Help,
            Action::Quit,
        ],
        Context::Person => &[Action::NextTab, Action::EditPerson, Action::Back, Action::Help, Action::Quit],
        Context::Diagnostic => {
            &[Action::EditEntry, Action::Synthesis, Action::History, Action::NextTab, Action::Back, Action::Help]
        }
        Context::Form => &[Action::Save, Action::NextField, Action::Cancel, Action::PickCode],
        Context::Global => &[Action::Help, Action::Back],
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
            Some(Overlay::Confirm { .. }) => {
                Line::styled(format!(" {}", tr(m.lang, T::ConfirmKeys)), theme.on_base(Role::Key))
            }
            Some(Overlay::Help { .. }) => {
                Line::styled(format!(" {}", tr(m.lang, T::HelpFooter)), theme.on_base(Role::Muted))
            }
            _ => hints(m, theme),
        },
    };
    f.render_widget(Paragraph::new(line).style(theme.style(Role::Base)), area);
}

fn hints<'a>(m: &Model, theme: &Theme) -> Line<'a> {
    let context = m.context();
    let mut spans = vec![Span::raw(" ")];
    let on_needs = match &m.overlay {
        Some(Overlay::Form(form)) => form.fields.get(form.focus).is_some_and(|f| f.kind == FieldKind::Needs),
        _ => false,
    };
    for action in hinted(context) {
        // The SERAFIN-PH finder only means something in the needs field.
        if *action == Action::PickCode && !on_needs {
            continue;
        }
        let Some(key) = m.keymap.first_key(context, *action) else { continue };
        spans.push(Span::styled(key.to_string(), theme.on_base(Role::Key)));
        spans.push(Span::styled(format!(" {}  ", action_label(m.lang, *action)), theme.on_base(Role::Muted)));
    }
    Line::from(spans)
}
