//! « File active »: every person followed, with what needs attention.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Cell, Paragraph, Row, Table, TableState};

use super::ViewState;
use crate::app::model::Model;
use crate::app::msg::Target;
use crate::app::screens::file_active::{CaseloadOrder, PersonRow};
use crate::domain::alerts::Alert;
use crate::domain::date::{days_between, format_fr};
use crate::domain::person::PersonStatus;
use crate::domain::text::{display, excerpt, fit};
use crate::i18n::{Say, Text, alert_text, say, status_label, tr};
use crate::theme::{Role, Theme};
use unicode_width::UnicodeWidthStr;

pub fn draw(m: &Model, vs: &mut ViewState, theme: &Theme, f: &mut Frame, area: Rect) {
    let visible = m.visible_rows();
    // Below 100 columns, dates give way to « 12 j » and alerts to their short form.
    let wide = area.width >= 100;
    // Widths of the fixed columns: pseudonym, dispositif, status, last contact, next deadline.
    const WIDE: [u16; 5] = [20, 11, 9, 20, 13];
    const NARROW: [u16; 5] = [15, 10, 8, 8, 8];
    let mut columns = if wide { WIDE } else { NARROW };
    // The last contact takes the room its longest text needs (« ⚠ 20/09/2023 · 1262 j »): a number
    // of days cut before its unit reads as something else. Within reason: beyond it, « … » says so.
    let longest_contact = widest_contact(m, visible.iter().filter_map(|i| m.rows.get(*i)), wide);
    columns[3] = longest_contact.clamp(usize::from(columns[3]), usize::from(columns[3]) + 6) as u16;
    // What is left for the alerts: the inner width less the fixed columns, their gaps and the « ▶ ».
    let alerts_width = area.width.saturating_sub(2 + 2 + columns.iter().sum::<u16>() + 5);
    let filtering = m.file_active.filter.is_some();
    // The rows are filtered and ordered once per frame: `selected_row` would do it again.
    let selected = visible.get(m.file_active.selected).and_then(|i| m.rows.get(*i));
    let hits_for_selected: Vec<_> =
        selected.map(|r| m.file_active.text_hits.of(r.person.id).take(3).collect()).unwrap_or_default();
    let hits_height = if hits_for_selected.is_empty() { 0 } else { hits_for_selected.len() as u16 + 2 };
    let [list_area, hits_area, filter_area] = Layout::vertical([
        Constraint::Fill(1),
        Constraint::Length(hits_height),
        Constraint::Length(if filtering { 1 } else { 0 }),
    ])
    .areas(area);

    let total = m.rows.iter().filter(|r| m.file_active.show_archived || !r.person.archived).count();
    let mut title =
        format!(" {} — {} ", tr(m.lang, Text::FileActive), say(m.lang, &Say::PersonsCount(visible.len(), total)));
    let fictitious = visible.iter().filter(|i| m.rows.get(**i).is_some_and(|r| r.person.fictitious)).count();
    if fictitious > 0 {
        title.push_str(&format!("· {} ", say(m.lang, &Say::FictitiousCount(fictitious))));
    }
    if m.file_active.show_archived {
        title.push_str(&format!("({}) ", tr(m.lang, Text::ShowingArchived)));
    }
    let order = match m.file_active.order {
        CaseloadOrder::Pseudonym => None,
        CaseloadOrder::LastContact => Some(Text::OrderLastContact),
        CaseloadOrder::Deadline => Some(Text::OrderDeadline),
        CaseloadOrder::Alerts => Some(Text::OrderAlerts),
    };
    if let Some(order) = order {
        title.push_str(&format!("· {} ", tr(m.lang, order)));
    }
    let block = Block::default()
        .borders(Borders::ALL)
        .border_style(theme.on_base(Role::BorderFocused))
        .title(Span::styled(title, theme.on_base(Role::Title)));
    let inner = block.inner(list_area);

    let header = Row::new(
        [
            Text::ColPseudonym,
            Text::ColDispositif,
            Text::ColStatus,
            if wide { Text::ColLastContact } else { Text::ColContact },
            Text::ColNextDeadline,
            Text::ColAlerts,
        ]
        .map(|t| Cell::from(tr(m.lang, t))),
    )
    .style(theme.on_base(Role::Label));
    let window =
        super::window(visible.len(), vs.file_active_offset, m.file_active.selected, inner.height.saturating_sub(1));
    let rows: Vec<Row> = visible[window.clone()]
        .iter()
        .filter_map(|i| m.rows.get(*i))
        .map(|r| {
            let p = &r.person;
            let name = display(&p.pseudonym).into_owned();
            let (contact, contact_role) = contact_text(m, r, wide);
            let contact = fit(&contact, usize::from(columns[3]));
            let kept: Vec<&Alert> = r
                .alerts
                .iter()
                .filter(|a| !matches!(a, Alert::NoContact(_)) && (wide || !matches!(a, Alert::LateActions(_))))
                .collect();
            // Alerts in words when they fit, in their short form when they do not.
            let long: Vec<String> = kept.iter().map(|a| alert_text(m.lang, a, true)).collect();
            let shown = if long.join(" · ").width() + 2 <= usize::from(alerts_width) {
                long
            } else {
                fit_alerts(kept.iter().map(|a| alert_text(m.lang, a, false)).collect(), usize::from(alerts_width))
            };
            let deadline = match r.next_deadline {
                Some(d) if p.status == PersonStatus::Active && !p.archived => {
                    let text = if wide { format_fr(d) } else { format_fr(d).chars().take(5).collect() };
                    if d < m.today {
                        Cell::from(Span::styled(format!("⚠ {text}"), theme.on_base(Role::StatusLate)))
                    } else {
                        Cell::from(text)
                    }
                }
                _ => Cell::from(""),
            };
            let alerts = if p.status != PersonStatus::Active || p.archived {
                Span::styled("—", theme.on_base(Role::Muted))
            } else if r.alerts.is_empty() {
                Span::styled("✓", theme.on_base(Role::Success))
            } else if shown.is_empty() {
                Span::raw("")
            } else {
                Span::styled(format!("⚠ {}", shown.join(" · ")), theme.on_base(Role::Warning))
            };
            Row::new(vec![
                Cell::from(fit(&name, usize::from(columns[0]))),
                Cell::from(excerpt(&display(&p.dispositif), usize::from(columns[1]))),
                // « archivée » in the status column: appended to a long pseudonym it would be cut off.
                if p.archived {
                    Cell::from(Span::styled(tr(m.lang, Text::Archived), theme.on_base(Role::Muted)))
                } else {
                    Cell::from(status_label(m.lang, p.status))
                },
                Cell::from(Span::styled(contact, theme.on_base(contact_role))),
                deadline,
                Cell::from(Line::from(alerts)),
            ])
        })
        .collect();
    let empty = rows.is_empty();
    let widths = [
        Constraint::Length(columns[0]),
        Constraint::Length(columns[1]),
        Constraint::Length(columns[2]),
        Constraint::Length(columns[3]),
        Constraint::Length(columns[4]),
        Constraint::Fill(1),
    ];
    let table = Table::new(rows, widths)
        .header(header)
        .column_spacing(1)
        .row_highlight_style(theme.style(Role::Selection))
        .highlight_symbol("▶ ")
        .block(block);
    let mut state = TableState::default()
        .with_offset(vs.file_active_offset.saturating_sub(window.start))
        .with_selected(if empty { None } else { Some(m.file_active.selected.saturating_sub(window.start)) });
    f.render_stateful_widget(table, list_area, &mut state);
    // One hit box per drawn row, after the header line, honouring the table's scroll offset.
    let offset = window.start + state.offset();
    vs.file_active_offset = offset;
    let first_row_y = inner.y + 1;
    for (shown, index) in (offset..visible.len()).enumerate() {
        let y = first_row_y + shown as u16;
        if y >= inner.bottom() {
            break;
        }
        vs.hit(Rect { x: inner.x, y, width: inner.width, height: 1 }, Target::PersonRow(index));
    }
    if empty {
        let msg = Paragraph::new(Line::styled(tr(m.lang, Text::NoPersonMatches), theme.on_base(Role::Muted)));
        f.render_widget(msg, Rect { y: first_row_y, height: 1, ..inner });
    }

    if !hits_for_selected.is_empty() {
        let block =
            Block::default().borders(Borders::ALL).border_style(theme.on_base(Role::Border)).title(Span::styled(
                format!(" {} ", say(m.lang, &text_hits_title(m, selected, hits_for_selected.len()))),
                theme.on_base(Role::Info),
            ));
        let lines: Vec<Line> = hits_for_selected
            .iter()
            .map(|h| {
                let domain = h.domain.as_deref().map(|d| m.domain_label(d)).unwrap_or_default();
                // Past the excerpts the store builds, a passage is named by its domain alone.
                let excerpt =
                    if h.snippet.is_empty() { "…".to_string() } else { display(&h.snippet).replace('\n', " ") };
                Line::from(vec![
                    Span::styled(format!("{domain} — "), theme.on_base(Role::Label)),
                    Span::styled(excerpt, theme.style(Role::Base)),
                ])
            })
            .collect();
        f.render_widget(Paragraph::new(lines).block(block), hits_area);
    }

    if let Some(filter) = &m.file_active.filter {
        let cursor = if m.filter_editing { "▏" } else { "" };
        let line = Line::from(vec![
            Span::styled(format!(" {} ", tr(m.lang, Text::FilterPrompt)), theme.on_base(Role::Key)),
            Span::styled(format!("{}{cursor}", display(filter)), theme.style(Role::InputFocused)),
            Span::styled(
                format!("   {}", m.keymap.say(m.lang, &crate::i18n::KeyedText::FilterHint)),
                theme.on_base(Role::Muted),
            ),
        ]);
        f.render_widget(Paragraph::new(line), filter_area);
    }
}

/// Whose passages these are, and how many of hers the pane shows: the file active lists every
/// person found, the pane only the selected one's first passages.
fn text_hits_title(m: &Model, selected: Option<&PersonRow>, shown: usize) -> Say {
    let (pseudonym, here) = selected
        .map(|r| (display(&r.person.pseudonym).into_owned(), m.file_active.text_hits.of(r.person.id).count()))
        .unwrap_or_default();
    Say::TextHits { pseudonym, shown, here }
}

/// The widest last-contact text of `rows`, measured on one row of each shape (silent or not, never
/// contacted, seen today, the most days before or after today) rather than by writing out every
/// row's text at every frame: two thousand of them doubled the cost of a keystroke.
fn widest_contact<'a>(m: &Model, rows: impl Iterator<Item = &'a PersonRow>, wide: bool) -> usize {
    let mut shapes: std::collections::BTreeMap<(bool, u8), (u64, &PersonRow)> = Default::default();
    for r in rows {
        let silent = r.alerts.iter().any(|a| matches!(a, Alert::NoContact(_)));
        let (shape, days) = match r.person.last_contact.map(|d| days_between(d, m.today)) {
            None => (0, 0),
            Some(0) => (1, 0),
            Some(n) if n < 0 => (2, n.unsigned_abs()),
            Some(n) => (3, n.unsigned_abs()),
        };
        let kept = shapes.entry((silent, shape)).or_insert((days, r));
        if days > kept.0 {
            *kept = (days, r);
        }
    }
    shapes.values().map(|(_, r)| contact_text(m, r, wide).0.width()).max().unwrap_or(0)
}

/// The last contact as its column says it, and its role: the date and the days since when wide.
fn contact_text(m: &Model, r: &PersonRow, wide: bool) -> (String, Role) {
    let silent = r.alerts.iter().any(|a| matches!(a, Alert::NoContact(_)));
    let contact = r
        .person
        .last_contact
        .map(|d| {
            // « aujourd’hui » does not fit the column beside the date: « auj. » does.
            let days = days_between(d, m.today);
            let ago =
                if days == 0 { tr(m.lang, Text::TodayShort).to_string() } else { say(m.lang, &Say::DaysAgo(days)) };
            if wide { format!("{} · {ago}", format_fr(d)) } else { ago }
        })
        .unwrap_or_else(|| tr(m.lang, Text::NeverContactedShort).to_string());
    // A long silence is marked in the contact column at every width, never folded into the
    // alerts' « +N »; when narrow, late actions are marked in the deadline column the same way.
    if silent { (format!("⚠ {contact}"), Role::Warning) } else { (contact, Role::Base) }
}

/// As many alerts as fit whole in `width` (after « ⚠ »), then « +N » for the others: the card
/// lists them all.
fn fit_alerts(mut alerts: Vec<String>, width: usize) -> Vec<String> {
    let total = alerts.len();
    let fits = |a: &[String], rest: usize| {
        let tail = if rest > 0 { format!(" · +{rest}") } else { String::new() };
        2 + a.join(" · ").width() + tail.width() <= width
    };
    while !alerts.is_empty() && !fits(&alerts, total - alerts.len()) {
        alerts.pop();
    }
    if alerts.len() < total {
        alerts.push(format!("+{}", total - alerts.len()));
    }
    alerts
}

#[cfg(test)]
mod tests {
    use super::fit_alerts;

    #[test]
    fn alerts_that_do_not_fit_become_a_count() {
        let alerts = vec!["7 à explorer".to_string(), "3 en retard".into(), "2 sans accord".into()];
        assert_eq!(fit_alerts(alerts.clone(), 60), alerts);
        assert_eq!(fit_alerts(alerts.clone(), 33), vec!["7 à explorer".to_string(), "3 en retard".into(), "+1".into()]);
        assert_eq!(fit_alerts(alerts.clone(), 32), vec!["7 à explorer".to_string(), "+2".into()]);
        assert_eq!(fit_alerts(alerts, 8), vec!["+3".to_string()]);
    }
}
