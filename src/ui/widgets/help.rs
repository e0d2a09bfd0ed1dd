//! The help overlay, generated from the keymap: the focused context first, then what works everywhere.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph};

use crate::app::action::Context;
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
    for ctx in contexts {
        lines.push(Line::styled(context_label(m.lang, ctx).to_string(), theme.on(Role::Overlay, Role::Title)));
        for (action, keys) in m.keymap.in_context(ctx) {
            let keys: Vec<String> = keys.iter().map(|k| k.label(m.lang)).collect();
            lines.push(Line::from(vec![
                Span::styled(format!("  {:<16}", keys.join(" ")), theme.on(Role::Overlay, Role::Key)),
                Span::styled(crate::i18n::action_label_in(m.lang, ctx, action).to_string(), theme.style(Role::Overlay)),
            ]));
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
