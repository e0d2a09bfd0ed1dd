//! The help overlay, generated from the keymap: the focused context first, then what works everywhere.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph};

use crossterm::event::KeyCode;

use crate::app::action::{Action, Context};
use crate::app::keymap::{KeyChord, reaches_past_a_form};
use crate::app::model::Model;
use crate::i18n::{T, context_label, tr};
use crate::theme::{Role, Theme};
use crate::ui::centered;

/// The help is opened from a context; that context's bindings are listed first.
pub fn help_lines<'a>(m: &Model, theme: &Theme) -> Vec<Line<'a>> {
    let focused = m.underlying_context();
    let mut contexts = vec![focused];
    if focused != Context::Global {
        contexts.push(Context::Global);
    }
    let mut lines = Vec::new();
    let key_line = |keys: &str, what: String| {
        Line::from(vec![
            Span::styled(format!("  {keys:<16}"), theme.on(Role::Overlay, Role::Key)),
            Span::styled(what, theme.style(Role::Overlay)),
        ])
    };
    for ctx in contexts {
        // Over a form, the keys of everywhere are only those that still work there.
        let in_form = focused == Context::Form && ctx == Context::Global;
        lines.push(Line::styled(context_label(m.lang, ctx).to_string(), theme.on(Role::Overlay, Role::Title)));
        for (action, keys) in m.keymap.in_context(ctx) {
            let keys: Vec<String> =
                keys.iter().filter(|k| !in_form || reaches_past_a_form(**k)).map(|k| k.to_string()).collect();
            if keys.is_empty() || (in_form && action == Action::Quit) {
                continue;
            }
            lines.push(key_line(&keys.join(" "), crate::i18n::action_label_in(m.lang, ctx, action).to_string()));
        }
        if in_form {
            // Ctrl-C quits whatever the keymap says, and asks first when the form has changed.
            let ctrl_c = KeyChord { code: KeyCode::Char('c'), ctrl: true, alt: false };
            lines.push(key_line(&ctrl_c.to_string(), tr(m.lang, T::HelpQuitFromForm).to_string()));
            // The editor's own undo, which keymap.toml does not name.
            let ctrl_z = KeyChord { code: KeyCode::Char('z'), ctrl: true, alt: false };
            lines.push(key_line(&ctrl_z.to_string(), tr(m.lang, T::HelpUndo).to_string()));
            lines.push(Line::styled(format!("  {}", tr(m.lang, T::HelpFormTypes)), theme.style(Role::Overlay)));
        }
        lines.push(Line::raw(""));
    }
    // The symbols, so that a screen read without colour still explains itself.
    lines.push(Line::styled(tr(m.lang, T::Symbols).to_string(), theme.on(Role::Overlay, Role::Title)));
    for (symbol, role, text) in [
        ("●", Role::Complete, T::SymbolComplete),
        ("◐", Role::Partial, T::SymbolPartial),
        ("○", Role::NotExplored, T::SymbolNotExplored),
        ("⚠", Role::Warning, T::SymbolAlert),
        ("✓", Role::Success, T::SymbolNoAlert),
    ] {
        lines.push(Line::from(vec![
            Span::styled(format!("  {symbol:<16}"), theme.on(Role::Overlay, role)),
            Span::styled(tr(m.lang, text).to_string(), theme.style(Role::Overlay)),
        ]));
    }
    lines
}

pub fn draw(m: &Model, scroll: u16, theme: &Theme, f: &mut Frame, area: Rect) {
    let rect = centered(area, 64, area.height.saturating_sub(2));
    f.render_widget(Clear, rect);
    let block = Block::default()
        .borders(Borders::ALL)
        .border_style(theme.style(Role::BorderFocused))
        .style(theme.style(Role::Overlay))
        .title(Span::styled(format!(" {} ", tr(m.lang, T::Help)), theme.style(Role::Title)))
        .title_bottom(Span::styled(format!(" {} ", tr(m.lang, T::HelpFooter)), theme.style(Role::Muted)));
    let lines = help_lines(m, theme);
    let max_scroll = (lines.len() as u16).saturating_sub(rect.height.saturating_sub(2));
    f.render_widget(Paragraph::new(lines).block(block).scroll((scroll.min(max_scroll), 0)), rect);
}
