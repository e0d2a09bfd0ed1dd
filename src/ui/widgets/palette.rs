//! Fuzzy-list popups: the command palette and the SERAFIN-PH finder share this drawing.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, List, ListItem, ListState, Paragraph};

use crate::app::fuzzy::FuzzyList;
use crate::app::model::Model;
use crate::app::msg::Target;
use crate::app::palette::Palette;
use crate::app::picker::{Picker, PickerKind};
use crate::domain::text::display;
use crate::i18n::{Text, tr};
use crate::theme::{Role, Theme};
use crate::ui::{ViewState, centered};

#[allow(clippy::too_many_arguments)]
fn draw_list(
    title: &str,
    hint: &str,
    empty: &str,
    list: &FuzzyList,
    items: Vec<ListItem>,
    target: fn(usize) -> Target,
    vs: &mut ViewState,
    theme: &Theme,
    f: &mut Frame,
    rect: Rect,
) {
    f.render_widget(Clear, rect);
    let block = Block::default()
        .borders(Borders::ALL)
        .border_style(theme.style(Role::BorderFocused))
        .style(theme.style(Role::Overlay))
        .title(Span::styled(format!(" {title} "), theme.style(Role::Title)))
        .title_bottom(Span::styled(format!(" {hint} "), theme.style(Role::Muted)));
    let inner = block.inner(rect);
    f.render_widget(block, rect);
    let [input, body] = Layout::vertical([Constraint::Length(2), Constraint::Fill(1)]).areas(inner);
    let query = Line::from(vec![
        Span::styled("› ", theme.on(Role::Overlay, Role::Key)),
        Span::styled(format!("{}▏", display(&list.query)), theme.style(Role::InputFocused)),
    ]);
    f.render_widget(Paragraph::new(query), input);
    if items.is_empty() {
        f.render_widget(Paragraph::new(Line::styled(empty.to_string(), theme.style(Role::Muted))), body);
        return;
    }
    let widget = List::new(items).highlight_style(theme.style(Role::Selection)).highlight_symbol("▶ ");
    let mut state = ListState::default().with_selected(Some(list.selected));
    f.render_stateful_widget(widget, body, &mut state);
    for (shown, row) in (state.offset()..list.matches.len()).enumerate() {
        let y = body.y + shown as u16;
        if y >= body.bottom() {
            break;
        }
        vs.hit(Rect { x: body.x, y, width: body.width, height: 1 }, target(row));
    }
}

pub fn draw_palette(m: &Model, p: &Palette, vs: &mut ViewState, theme: &Theme, f: &mut Frame, area: Rect) {
    let items = p
        .list
        .matches
        .iter()
        .filter_map(|i| p.actions.get(*i).map(|a| (*i, *a)))
        .map(|(i, action)| {
            let key = m.keymap.first_key(p.context, action).map(|k| k.label(m.lang)).unwrap_or_default();
            let label = p.list_label(i);
            ListItem::new(Line::from(vec![
                Span::styled(format!("{label:<40}"), theme.style(Role::Overlay)),
                Span::styled(key, theme.on(Role::Overlay, Role::Key)),
            ]))
        })
        .collect();
    let rect = centered(area, 60, 18);
    draw_list(
        tr(m.lang, Text::Palette),
        &format!("↑↓ ↵ {}", crate::i18n::key_name(m.lang, crate::i18n::KeyName::Esc)),
        tr(m.lang, Text::PaletteEmpty),
        &p.list,
        items,
        Target::PaletteItem,
        vs,
        theme,
        f,
        rect,
    );
}

pub fn draw_picker(m: &Model, picker: &Picker, vs: &mut ViewState, theme: &Theme, f: &mut Frame, area: Rect) {
    let code_width = picker.items.iter().map(|i| i.code.chars().count()).max().unwrap_or(0).min(24);
    let items = picker
        .list
        .matches
        .iter()
        .filter_map(|i| picker.items.get(*i))
        .map(|item| {
            let indent = "  ".repeat(item.depth);
            ListItem::new(Line::from(vec![
                Span::styled(
                    format!("{indent}{:<code_width$}  ", display(&item.code)),
                    theme.on(Role::Overlay, Role::Accent),
                ),
                Span::styled(display(&item.label).into_owned(), theme.style(Role::Overlay)),
            ]))
        })
        .collect();
    let title = match picker.kind {
        PickerKind::NeedCode => Text::PickNeedTitle,
        PickerKind::ServiceCode => Text::PickServiceTitle,
        PickerKind::DiagnosisNeed => Text::PickDiagnosisNeedTitle,
        PickerKind::Choice => Text::PickChoiceTitle,
        PickerKind::Partner => Text::PickPartnerTitle,
    };
    let rect = centered(area, 100, area.height.saturating_sub(2));
    let hint = match picker.kind {
        PickerKind::NeedCode => m.keymap.say(m.lang, &crate::i18n::KeyedText::PickNeedCodeHint),
        _ => m.keymap.say(m.lang, &crate::i18n::KeyedText::PickNeedHint),
    };
    draw_list(
        tr(m.lang, title),
        &hint,
        tr(m.lang, Text::NoNeedMatches),
        &picker.list,
        items,
        Target::PickerItem,
        vs,
        theme,
        f,
        rect,
    );
}
