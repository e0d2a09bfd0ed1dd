//! The top line: where am I (file active, or the open person and her tabs).

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::ViewState;
use crate::app::model::{Model, PersonTab, Screen};
use crate::app::msg::Target;
use crate::domain::text::display;
use crate::i18n::{Text, tr};
use crate::theme::{Role, Theme};
use unicode_width::UnicodeWidthStr;

pub fn draw(m: &Model, vs: &mut ViewState, theme: &Theme, f: &mut Frame, area: Rect) {
    let head = theme.style(Role::Header);
    let mut spans = vec![Span::styled(" parcours ", head)];
    match (m.screen, &m.person) {
        (Screen::Person, Some(p)) => {
            let label_of = |tab: &PersonTab| match tab {
                PersonTab::Card => tr(m.lang, Text::TabCard),
                PersonTab::Diagnostic => tr(m.lang, Text::TabDiagnostic),
                PersonTab::Plan => tr(m.lang, Text::TabProject),
                PersonTab::Network => tr(m.lang, Text::TabNetwork),
                PersonTab::Evaluation => tr(m.lang, Text::TabEvaluation),
                PersonTab::Journal => tr(m.lang, Text::TabJournal),
            };
            // The tabs must stay on screen whole; the name gives way: first the dispositif, then
            // the application's name, then the end of a long pseudonym.
            let tabs: usize = PersonTab::ALL.iter().map(|t| label_of(t).width() + 3).sum();
            let room = usize::from(area.width).saturating_sub(tabs);
            let pseudonym = display(&p.case.person.pseudonym);
            let mut name = crate::domain::text::excerpt(&pseudonym, 40);
            let with_dispositif =
                format!("{name} ({})", crate::domain::text::excerpt(&display(&p.case.person.dispositif), 20));
            if !p.case.person.dispositif.is_empty() && with_dispositif.width() + 14 <= room {
                name = with_dispositif;
            }
            if name.width() + 14 > room {
                spans.clear();
                spans.push(Span::styled(" ", head));
                name = crate::domain::text::excerpt(&pseudonym, room.saturating_sub(5).max(4));
            }
            spans.push(Span::styled("› ", head));
            spans.push(Span::styled(format!("{name}  "), head));
            let used = spans.iter().map(|s| s.content.width()).sum::<usize>();
            let mut x = area.x.saturating_add(u16::try_from(used).unwrap_or(u16::MAX));
            for (i, tab) in PersonTab::ALL.iter().enumerate() {
                let label = label_of(tab);
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
        (Screen::Welcome, _) => spans.push(Span::styled(format!("— {}", tr(m.lang, Text::AppTagline)), head)),
        (Screen::Findings, _) => spans.push(Span::styled(format!("› {}", tr(m.lang, Text::FindingsTitle)), head)),
        (Screen::Competencies, _) => {
            let scope = match &m.competencies.data.pseudonym {
                Some(p) => display(p).into_owned(),
                None => {
                    crate::i18n::evidence::evidence_words(m.lang, crate::i18n::evidence::EvidenceText::WholePractice)
                        .to_string()
                }
            };
            let title = crate::i18n::evidence::evidence_words(m.lang, crate::i18n::evidence::EvidenceText::Title);
            spans.push(Span::styled(format!("› {title} — {scope}"), head))
        }
        (Screen::Directory, _) => spans.push(Span::styled(format!("› {}", tr(m.lang, Text::DirectoryTitle)), head)),
        (Screen::Deadlines, _) => spans.push(Span::styled(format!("› {}", tr(m.lang, Text::DeadlinesTitle)), head)),
        _ => spans.push(Span::styled(format!("› {}", tr(m.lang, Text::FileActive)), head)),
    }
    f.render_widget(Paragraph::new(Line::from(spans)).style(head), area);
}
