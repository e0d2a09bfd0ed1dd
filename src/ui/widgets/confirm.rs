//! A yes/no question before anything is lost or moved.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph, Wrap};

use crate::app::model::{Confirm, Model};
use crate::i18n::{T, tr};
use crate::theme::{Role, Theme};
use crate::ui::centered;

pub fn draw(m: &Model, what: Confirm, theme: &Theme, f: &mut Frame, area: Rect) {
    let question = match what {
        Confirm::DiscardForm => T::ConfirmDiscard,
        Confirm::ArchivePerson(_) => T::ConfirmArchive,
        Confirm::RestorePerson(_) => T::ConfirmRestore,
        Confirm::ArchivePlanItem(item) => crate::app::update_project::archive_question(item),
    };
    let rect = centered(area, 60, 6);
    f.render_widget(Clear, rect);
    let block = Block::default()
        .borders(Borders::ALL)
        .border_style(theme.style(Role::Warning))
        .style(theme.style(Role::Overlay));
    let lines = vec![
        Line::styled(tr(m.lang, question), theme.style(Role::Overlay)),
        Line::raw(""),
        Line::from(Span::styled(tr(m.lang, T::ConfirmKeys), theme.style(Role::Key))),
    ];
    f.render_widget(Paragraph::new(lines).block(block).wrap(Wrap { trim: true }), rect);
}
