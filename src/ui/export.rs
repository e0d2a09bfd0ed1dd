//! What the export's anonymity guard found, over the export dialog: how many, each finding with
//! its record, and the three ways on — open the record, export anyway, go back.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph};

use super::{ViewState, centered};
use crate::app::model::Model;
use crate::app::screens::findings::FindingRow;
use crate::i18n::export::{ExportText, export_words, findings_intro};
use crate::theme::{Role, Theme};

pub fn draw_findings(
    m: &Model,
    rows: &[FindingRow],
    selected: usize,
    vs: &mut ViewState,
    theme: &Theme,
    f: &mut Frame,
    area: Rect,
) {
    // The borders, the intro, the table's header, its rows and the keys: no taller than the
    // findings need, and the dialog under it stays in sight.
    let height = u16::try_from(rows.len()).unwrap_or(u16::MAX).saturating_add(5).min(area.height.saturating_sub(2));
    let rect = centered(area, area.width.saturating_sub(4), height);
    f.render_widget(Clear, rect);
    let block = Block::default()
        .borders(Borders::ALL)
        .border_style(theme.style(Role::BorderFocused))
        .style(theme.style(Role::Overlay))
        .title(Span::styled(
            format!(" {} ", export_words(m.lang, ExportText::FindingsTitle)),
            theme.style(Role::Title),
        ));
    let inner = block.inner(rect);
    f.render_widget(block, rect);
    if inner.height < 4 {
        return;
    }
    let intro = Rect { height: 1, ..inner };
    let keys = Rect { y: inner.bottom() - 1, height: 1, ..inner };
    let list = Rect { y: inner.y + 1, height: inner.height - 2, ..inner };
    f.render_widget(
        Paragraph::new(Line::styled(findings_intro(m.lang, rows.len()), theme.style(Role::Warning))),
        intro,
    );
    f.render_widget(
        Paragraph::new(Line::styled(
            m.keymap.say(m.lang, &crate::i18n::KeyedText::FindingsKeys),
            theme.style(Role::Muted),
        )),
        keys,
    );
    super::findings::table(m, rows, selected, Block::default(), vs, theme, f, list);
}
