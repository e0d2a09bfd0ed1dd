//! First start on an empty database: three lines on what parcours is, and two ways in.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph, Wrap};

use super::{ViewState, centered};
use crate::app::model::Model;
use crate::app::msg::Target;
use crate::i18n::{Text, tr};
use crate::theme::{Role, Theme};
use unicode_width::UnicodeWidthStr;

pub fn draw(m: &Model, vs: &mut ViewState, theme: &Theme, f: &mut Frame, area: Rect) {
    let base = theme.style(Role::Base);
    // Lines 1 and 2 are one sentence: one line, so that it wraps naturally at any width.
    let sentence = format!("{} {}", tr(m.lang, Text::WelcomeLine1), tr(m.lang, Text::WelcomeLine2));
    let intro = vec![
        Line::raw(""),
        Line::styled(sentence, base),
        Line::styled(tr(m.lang, Text::WelcomeLine3), base),
        Line::raw(""),
    ];
    let hint = Line::styled(m.keymap.say(m.lang, &crate::i18n::KeyedText::WelcomeKeys), theme.on_base(Role::Muted));
    // The box grows with the wrapped text on a narrow terminal; the choices are laid out below the
    // text rather than counted after it, so that their click targets are exactly where they are drawn.
    let text_width = usize::from(area.width.min(108).saturating_sub(6)).max(1);
    let intro_rows: u16 = intro.iter().map(|l| wrapped_rows(l, text_width)).sum();
    let hint_rows = wrapped_rows(&hint, text_width);
    let box_area = centered(area, 108, intro_rows + 3 + hint_rows + 2);
    let block = Block::default()
        .borders(Borders::ALL)
        .padding(ratatui::widgets::Padding::horizontal(2))
        .border_style(theme.on_base(Role::BorderFocused))
        .title(Span::styled(format!(" {} ", tr(m.lang, Text::WelcomeTitle)), theme.on_base(Role::Title)));
    let inner = block.inner(box_area);
    f.render_widget(block, box_area);
    let [intro_area, choices_area, _, hint_area] = Layout::vertical([
        Constraint::Fill(1),
        Constraint::Length(2),
        Constraint::Length(1),
        Constraint::Length(hint_rows),
    ])
    .areas(inner);
    f.render_widget(Paragraph::new(intro).wrap(Wrap { trim: false }), intro_area);
    for (i, t) in [Text::WelcomeDemo, Text::WelcomeNew].into_iter().enumerate() {
        let selected = m.welcome.choice == i;
        let marker = if selected { "▶ " } else { "  " };
        let style = if selected { theme.style(Role::Selection) } else { theme.on_base(Role::Accent) };
        let line = Line::from(vec![
            Span::styled(format!("  {marker}"), theme.on_base(Role::Key)),
            Span::styled(format!(" {} ", tr(m.lang, t)), style),
        ]);
        let y = choices_area.y + i as u16;
        if y < choices_area.bottom() {
            let row = Rect { y, height: 1, ..choices_area };
            f.render_widget(Paragraph::new(line), row);
            vs.hit(row, Target::WelcomeChoice(i));
        }
    }
    f.render_widget(Paragraph::new(hint).wrap(Wrap { trim: false }), hint_area);
}

/// Rows a line takes once word-wrapped at `width` (a close estimate: it only sizes the box).
fn wrapped_rows(line: &Line, width: usize) -> u16 {
    let text: String = line.spans.iter().map(|s| s.content.as_ref()).collect();
    let (mut rows, mut used) = (1u16, 0usize);
    for word in text.split(' ') {
        let w = word.width();
        if used > 0 && used + 1 + w > width {
            rows += 1;
            used = 0;
        }
        used += if used > 0 { 1 + w } else { w };
        while used > width {
            rows += 1;
            used -= width;
        }
    }
    rows
}
