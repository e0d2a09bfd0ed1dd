//! « Qui fait quoi »: the open actions grouped by who carries them, so that a meeting can go
//! round the table partner by partner.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph};

use super::details::carrier_name;
use crate::app::model::{Model, PersonState};
use crate::domain::date::format_fr;
use crate::domain::text::display;
use crate::i18n::{Text, tr};
use crate::theme::{Role, Theme};

pub fn draw(m: &Model, p: &PersonState, theme: &Theme, f: &mut Frame, area: Rect) {
    let block = Block::default()
        .borders(Borders::ALL)
        .padding(ratatui::widgets::Padding::horizontal(1))
        .border_style(theme.on_base(Role::BorderFocused))
        .title(Span::styled(format!(" {} ", tr(m.lang, Text::ViewWho)), theme.on_base(Role::Title)));
    let groups = p.plan.by_carrier(&p.case.plan);
    let mut lines: Vec<Line> = Vec::new();
    if groups.is_empty() {
        lines.push(Line::styled(tr(m.lang, Text::NoOpenAction), theme.on_base(Role::Muted)));
    }
    for (carrier, actions) in groups {
        lines.push(Line::styled(
            format!("{} ({})", carrier_name(m, p, carrier), actions.len()),
            theme.on_base(Role::Title),
        ));
        for a in actions {
            let objective = p.case.plan.objective(a.objective_id).map(|o| display(&o.title).into_owned());
            let (date, role) = match a.due {
                Some(d) if a.is_late(m.today) => (format!("⚠ {}", format_fr(d)), Role::StatusLate),
                Some(d) => (format_fr(d), Role::Base),
                None => (tr(m.lang, Text::NoDate).to_string(), Role::Muted),
            };
            lines.push(Line::from(vec![
                Span::styled(format!("  {date:<12} "), theme.on_base(role)),
                Span::styled(display(&a.what).into_owned(), theme.style(Role::Base)),
                Span::styled(objective.map(|o| format!("  ← {o}")).unwrap_or_default(), theme.on_base(Role::Muted)),
            ]));
        }
        lines.push(Line::raw(""));
    }
    f.render_widget(Paragraph::new(lines).block(block).scroll((p.plan.scroll, 0)), area);
}
