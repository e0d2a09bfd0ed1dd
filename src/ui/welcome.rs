//! First start on an empty database: three lines on what parcours is, and two ways in.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph, Wrap};

use super::{ViewState, centered};
use crate::app::model::Model;
use crate::app::msg::Target;
use crate::i18n::{T, tr};
use crate::theme::{Role, Theme};

pub fn draw(m: &Model, vs: &mut ViewState, theme: &Theme, f: &mut Frame, area: Rect) {
    let box_area = centered(area, 108, 13);
    let block = Block::default()
        .borders(Borders::ALL)
        .padding(ratatui::widgets::Padding::horizontal(2))
        .border_style(theme.on_base(Role::BorderFocused))
        .title(Span::styled(format!(" {} ", tr(m.lang, T::WelcomeTitle)), theme.on_base(Role::Title)));
    let inner = block.inner(box_area);
    f.render_widget(block, box_area);
    let muted = theme.on_base(Role::Muted);
    let mut lines = vec![
        Line::raw(""),
        Line::styled(tr(m.lang, T::WelcomeLine1), theme.style(Role::Base)),
        Line::styled(tr(m.lang, T::WelcomeLine2), theme.style(Role::Base)),
        Line::styled(tr(m.lang, T::WelcomeLine3), theme.style(Role::Base)),
        Line::raw(""),
    ];
    let choices_top = inner.y + lines.len() as u16;
    for (i, t) in [T::WelcomeDemo, T::WelcomeNew].into_iter().enumerate() {
        let selected = m.welcome_choice == i;
        let marker = if selected { "▶ " } else { "  " };
        let style = if selected { theme.style(Role::Selection) } else { theme.on_base(Role::Accent) };
        lines.push(Line::from(vec![
            Span::styled(format!("  {marker}"), theme.on_base(Role::Key)),
            Span::styled(format!(" {} ", tr(m.lang, t)), style),
        ]));
        let y = choices_top + i as u16;
        if y < inner.bottom() {
            vs.hit(Rect { x: inner.x, y, width: inner.width, height: 1 }, Target::WelcomeChoice(i));
        }
    }
    lines.push(Line::raw(""));
    lines.push(Line::styled(tr(m.lang, T::WelcomePrivacy), muted));
    f.render_widget(Paragraph::new(lines).wrap(Wrap { trim: false }), inner);
}
