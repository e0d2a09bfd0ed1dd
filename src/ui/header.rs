//! The top line: where am I (file active, or the open person and her tabs).

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::ViewState;
use crate::app::model::{Model, PersonTab, Screen};
use crate::app::msg::Target;
use crate::domain::text::display;
use crate::i18n::{T, tr};
use crate::theme::{Role, Theme};
use unicode_width::UnicodeWidthStr;

pub fn draw(m: &Model, vs: &mut ViewState, theme: &Theme, f: &mut Frame, area: Rect) {
    let head = theme.style(Role::Header);
    let mut spans = vec![Span::styled(" parcours ", head)];
    match (m.screen, &m.person) {
        (Screen::Person, Some(p)) => {
            spans.push(Span::styled("› ", head));
            // A pseudonym is short; an imported one may not be: the tabs must stay on screen.
            let mut name = crate::domain::text::excerpt(&display(&p.person.pseudonym), 40);
            if !p.person.dispositif.is_empty() {
                name.push_str(&format!(" ({})", crate::domain::text::excerpt(&display(&p.person.dispositif), 20)));
            }
            spans.push(Span::styled(format!("{name}  "), head));
            let used = spans.iter().map(|s| s.content.width()).sum::<usize>();
            let mut x = area.x.saturating_add(u16::try_from(used).unwrap_or(u16::MAX));
            for (i, tab) in PersonTab::ALL.iter().enumerate() {
                let label = match tab {
                    PersonTab::Card => tr(m.lang, T::TabCard),
                    PersonTab::Diagnostic => tr(m.lang, T::TabDiagnostic),
                    PersonTab::Project => tr(m.lang, T::TabProject),
                    PersonTab::Network => tr(m.lang, T::TabNetwork),
                };
                let text = format!(" {label} ");
                let style =
                    if *tab == p.tab { theme.style(Role::TabActive) } else { head.patch(theme.style(Role::Tab)) };
                let w = text.width() as u16;
                vs.hit(Rect { x, y: area.y, width: w, height: 1 }, Target::Tab(i));
                x = x.saturating_add(w + 1);
                spans.push(Span::styled(text, style));
                spans.push(Span::styled(" ", head));
            }
        }
        (Screen::Welcome, _) => spans.push(Span::styled(format!("— {}", tr(m.lang, T::AppTagline)), head)),
        (Screen::Directory, _) => spans.push(Span::styled(format!("› {}", tr(m.lang, T::DirectoryTitle)), head)),
        (Screen::Deadlines, _) => spans.push(Span::styled(format!("› {}", tr(m.lang, T::DeadlinesTitle)), head)),
        _ => spans.push(Span::styled(format!("› {}", tr(m.lang, T::FileActive)), head)),
    }
    f.render_widget(Paragraph::new(Line::from(spans)).style(head), area);
}
