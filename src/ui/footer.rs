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

/// The actions worth a hint, most useful first; their keys come from the keymap. A screen's own
/// come from its pane.
fn hinted(m: &Model, context: Context) -> Vec<Action> {
    match context {
        Context::Form => vec![Action::Save, Action::NextField, Action::Cancel, Action::PickCode, Action::NewPartner],
        Context::Global => vec![Action::Back],
        _ => crate::app::screens::focused(m).hints(m),
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
            Some(Overlay::Help { .. }) => Line::styled(
                format!(" {}", m.keymap.say(m.lang, &crate::i18n::KeyedText::HelpFooter)),
                theme.on_base(Role::Muted),
            ),
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
            .find(|k| crate::app::keymap::reaches_past_a_form(**k))
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
    // A new partner can be made from where an action's carrier is chosen, and only there.
    let makes_carrier = match &m.overlay {
        Some(Overlay::Form(form)) => crate::app::screens::plan::new_carrier::offered(form),
        _ => false,
    };
    let form_kind = match &m.overlay {
        Some(Overlay::Form(form)) => Some(&form.kind),
        _ => None,
    };
    // A form that stores nothing (the comparison of two ecomaps) runs with Enter, and says so.
    let enter_label = form_kind.and_then(FormKind::enter_label);
    if let Some(enter_label) = enter_label {
        let key = crate::app::keymap::KeyChord { code: crossterm::event::KeyCode::Enter, ctrl: false, alt: false };
        let label = format!(" {}  ", tr(m.lang, enter_label));
        used += key.label(m.lang).width() + label.width();
        spans.push(Span::styled(key.label(m.lang), theme.on_base(Role::Key)));
        spans.push(Span::styled(label, theme.on_base(Role::Muted)));
    }
    for action in hinted(m, context) {
        // The finder only means something in the fields that have one.
        if (action == Action::PickCode && !finder) || (action == Action::NewPartner && !makes_carrier) {
            continue;
        }
        if enter_label.is_some() && matches!(action, Action::Save | Action::NextField) {
            continue;
        }
        let Some(key) = m.keymap.first_key(context, action) else { continue };
        let key = key.label(m.lang);
        // On the evidence, Tab leads back to the list, and says so.
        let back_to_list = context == Context::Competencies && m.competencies.in_items && action == Action::NextTab;
        // A form whose save key does something else says what (the export dialog writes the document).
        let save_label = form_kind.and_then(FormKind::save_label).filter(|_| action == Action::Save);
        let label = if let Some(save_label) = save_label {
            format!(" {}  ", tr(m.lang, save_label))
        } else if back_to_list {
            format!(" {}  ", tr(m.lang, Text::ListKey))
        } else {
            format!(" {}  ", crate::i18n::action_label_in(m.lang, context, action))
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
