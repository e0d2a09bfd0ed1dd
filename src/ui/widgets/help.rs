//! The help overlay, generated from the keymap: the focused context first, then what works everywhere.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph};

use crate::app::action::{Action, Context};
use crate::app::keymap::reaches_past_a_form;
use crate::app::model::Model;
use crate::i18n::{Text, context_label, tr};
use crate::theme::{Role, Theme};
use crate::ui::centered;

/// Width of the keys' column, indentation included.
const KEYS: usize = 18;

/// A key (or symbol) and what it does, the text wrapped under itself within `width`: a rule cut
/// at the overlay's edge would leave the reader guessing.
fn entry<'a>(lines: &mut Vec<Line<'a>>, key: String, key_style: Style, text: &str, style: Style, width: usize) {
    let room = width.saturating_sub(KEYS).max(12);
    for (i, part) in textwrap::wrap(text, room).into_iter().enumerate() {
        let head = if i == 0 { format!("  {key:<w$}", w = KEYS - 2) } else { " ".repeat(KEYS) };
        lines.push(Line::from(vec![Span::styled(head, key_style), Span::styled(part.into_owned(), style)]));
    }
}

/// The help is opened from a context; that context's bindings are listed first. `width` is the
/// room inside the overlay.
pub fn help_lines<'a>(m: &Model, theme: &Theme, width: usize) -> Vec<Line<'a>> {
    let focused = m.underlying_context();
    let mut contexts = vec![focused];
    if focused != Context::Global {
        contexts.push(Context::Global);
    }
    let mut lines = Vec::new();
    let key_style = theme.on(Role::Overlay, Role::Key);
    let overlay = theme.style(Role::Overlay);
    for ctx in contexts {
        // Over a form, the keys of everywhere are only those that still work there.
        let in_form = focused == Context::Form && ctx == Context::Global;
        lines.push(Line::styled(context_label(m.lang, ctx).to_string(), theme.on(Role::Overlay, Role::Title)));
        for (action, keys) in m.keymap.in_context(ctx) {
            let keys: Vec<String> =
                keys.iter().filter(|k| !in_form || reaches_past_a_form(**k)).map(|k| k.label(m.lang)).collect();
            if keys.is_empty() || (in_form && action == Action::Quit) {
                continue;
            }
            let label = crate::i18n::action_label_in(m.lang, ctx, action);
            entry(&mut lines, keys.join(" "), key_style, label, overlay, width);
        }
        if in_form {
            lines.push(Line::styled(
                format!("  {}", m.keymap.say(m.lang, &crate::i18n::KeyedText::HelpFormTypes)),
                overlay,
            ));
        }
        lines.push(Line::raw(""));
    }
    // The symbols, so that a screen read without colour still explains itself.
    lines.push(Line::styled(tr(m.lang, Text::Symbols).to_string(), theme.on(Role::Overlay, Role::Title)));
    for (symbol, role, text) in [
        ("●", Role::Complete, Text::SymbolComplete),
        ("◐", Role::Partial, Text::SymbolPartial),
        ("○", Role::NotExplored, Text::SymbolNotExplored),
        ("⚠", Role::Warning, Text::SymbolAlert),
        ("✓", Role::Success, Text::SymbolNoAlert),
    ] {
        let (symbol_style, style) = (theme.on(Role::Overlay, role), theme.style(Role::Overlay));
        entry(&mut lines, symbol.to_string(), symbol_style, tr(m.lang, text), style, width);
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
        .title(Span::styled(format!(" {} ", tr(m.lang, Text::Help)), theme.style(Role::Title)))
        .title_bottom(Span::styled(
            format!(" {} ", m.keymap.say(m.lang, &crate::i18n::KeyedText::HelpFooter)),
            theme.style(Role::Muted),
        ));
    let lines = help_lines(m, theme, usize::from(rect.width.saturating_sub(2)));
    let max_scroll = (lines.len() as u16).saturating_sub(rect.height.saturating_sub(2));
    f.render_widget(Paragraph::new(lines).block(block).scroll((scroll.min(max_scroll), 0)), rect);
}
