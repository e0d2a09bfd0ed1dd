//! « Réseau » (C6): the person's ecomap on a canvas, the selected tie beside it, the legend and
//! the date always shown; in comparison mode, what changed since a past date.

mod lines;

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Color;
use ratatui::symbols::Marker;
use ratatui::text::{Line, Span};
use ratatui::widgets::canvas::{Canvas, Line as CanvasLine};
use ratatui::widgets::{Block, Borders, List, ListItem, ListState, Paragraph, Wrap};

pub use lines::tie_segments;

use super::ViewState;
use crate::app::model::{Model, PersonState};
use crate::app::msg::Target;
use crate::app::screens::network::{ecomap_layout, tie_label};
use crate::domain::date::format_fr;
use crate::domain::plan::Carrier;
use crate::domain::text::display;
use crate::domain::tie::{Strength, Tie, TieChange, TieTarget, Valence};
use crate::i18n::{Text, colon, flow_label, legal_basis_label, strength_label, tr, valence_label};
use crate::theme::{Role, Theme};

fn role_color(theme: &Theme, role: Role) -> Color {
    theme.on_base(role).fg.unwrap_or(Color::Reset)
}

fn valence_role(v: Valence) -> Role {
    match v {
        Valence::Neutral => Role::Accent,
        Valence::Stressful => Role::Warning,
        Valence::Conflictual => Role::Error,
        Valence::Broken => Role::Muted,
    }
}

pub fn draw(m: &Model, p: &PersonState, vs: &mut ViewState, theme: &Theme, f: &mut Frame, area: Rect) {
    let wide = area.width >= 110;
    let (map_area, side_area) = if wide {
        let [l, r] = Layout::horizontal([Constraint::Fill(1), Constraint::Length(42)]).areas(area);
        (l, r)
    } else {
        let [l, r] = Layout::vertical([Constraint::Fill(1), Constraint::Length(6)]).areas(area);
        (l, r)
    };
    if p.network.list {
        draw_list(m, p, theme, f, map_area);
    } else {
        draw_map(m, p, vs, theme, f, map_area);
    }
    draw_side(m, p, theme, f, side_area);
}

fn draw_map(m: &Model, p: &PersonState, vs: &mut ViewState, theme: &Theme, f: &mut Frame, area: Rect) {
    let partners = &p.plan.partners;
    let block = map_block(m, p, theme, "");
    let inner_all = block.inner(area);
    f.render_widget(block, area);
    // The legend lives on the map itself, under it: a map without its legend is not readable.
    let comparing = p.network.compare_with.is_some();
    let legend = legend_lines(m, theme, comparing);
    let [inner, legend_area] =
        Layout::vertical([Constraint::Fill(1), Constraint::Length(legend.len() as u16)]).areas(inner_all);
    f.render_widget(Paragraph::new(legend).wrap(Wrap { trim: true }), legend_area);
    let marked = p.network.marked(&p.case.ties, m.today, partners);
    if marked.is_empty() {
        let para =
            Paragraph::new(Line::styled(tr(m.lang, Text::NoTie), theme.on_base(Role::Muted))).wrap(Wrap { trim: true });
        f.render_widget(para, inner);
        return;
    }
    let ties: Vec<&Tie> = marked.iter().map(|(t, _)| t).collect();
    let layout = ecomap_layout(&display(&p.case.person.pseudonym), &ties, partners, inner.width, inner.height);
    let selected_id = p.network.selected_tie(&p.case.ties, m.today, partners).map(|t| t.id);
    let (w, h) = (f64::from(inner.width), f64::from(inner.height));
    // Cell coordinates (y downwards) to canvas coordinates (y upwards).
    let to_canvas = |(x, y): (f64, f64)| (x, h - y);
    let canvas = Canvas::default()
        .marker(Marker::Braille)
        .x_bounds([0.0, w])
        .y_bounds([0.0, h])
        .background_color(theme.style(Role::Base).bg.unwrap_or(Color::Reset))
        .paint(|ctx| {
            for node in &layout.nodes {
                let crate::domain::ecomap::NodeKind::Tie(id) = node.kind else {
                    let (a, b) = (to_canvas(layout.center), to_canvas(node.anchor));
                    ctx.draw(&CanvasLine { x1: a.0, y1: a.1, x2: b.0, y2: b.1, color: role_color(theme, Role::Muted) });
                    continue;
                };
                let Some((tie, change)) = marked.iter().find(|(t, _)| t.id == id) else { continue };
                let role = if *change == TieChange::Ended { Role::Muted } else { valence_role(tie.valence) };
                let color = role_color(theme, role);
                let (a, b) = (to_canvas(start_near(&layout, node.anchor)), to_canvas(node.anchor));
                for (s, e) in tie_segments(a, b, tie.strength, tie.valence, tie.flow) {
                    ctx.draw(&CanvasLine { x1: s.0, y1: s.1, x2: e.0, y2: e.1, color });
                }
            }
        });
    f.render_widget(canvas, inner);
    // Labels over the lines: the person's name, then each support with its change mark. Written in
    // the very cells the layout gave them (and the click targets use): the canvas would scale their
    // coordinates by (size − 1) / size, moving labels up a row onto their neighbours' and a column left.
    let buf = f.buffer_mut();
    let mut put = |x: u16, y: u16, line: Line| {
        if x < inner.width && y < inner.height {
            buf.set_line(inner.x + x, inner.y + y, &line, inner.width - x);
        }
    };
    let center_row = layout.center.1.floor() as u16;
    put(layout.center_label_x, center_row, Line::styled(layout.center_label.clone(), theme.style(Role::Selection)));
    for node in &layout.nodes {
        let id = match &node.kind {
            crate::domain::ecomap::NodeKind::Tie(id) => Some(*id),
            _ => None,
        };
        let change = id.and_then(|id| marked.iter().find(|(t, _)| t.id == id)).map(|(_, c)| c.clone());
        let mark = change.as_ref().and_then(change_mark).map_or("", |(mark, _)| mark);
        let style = if id.is_some() && id == selected_id {
            theme.style(Role::Selection)
        } else if change == Some(TieChange::Ended) {
            theme.on_base(Role::Muted)
        } else {
            theme.style(Role::Base)
        };
        // The mark takes the free cell between the line's end and the label: before it on the right
        // half (a label there may reach the map's edge), after the line's end on the left half.
        if node.anchor.0 >= layout.center.0 && !mark.is_empty() && node.label_x > 0 {
            put(node.label_x - 1, node.label_y, Line::styled(mark, style));
            put(node.label_x, node.label_y, Line::styled(node.label.clone(), style));
        } else {
            put(node.label_x, node.label_y, Line::styled(format!("{mark}{}", node.label), style));
        }
    }
    // Click targets on the labels of today's ties, in the order of the selection.
    let today = p.network.on(&p.case.ties, m.today, partners);
    for node in &layout.nodes {
        if let crate::domain::ecomap::NodeKind::Tie(id) = node.kind
            && let Some(i) = today.iter().position(|t| t.id == id)
        {
            let rect = Rect {
                x: inner.x + node.label_x,
                y: inner.y + node.label_y,
                width: node.label_width().saturating_add(1).min(inner.width.saturating_sub(node.label_x)),
                height: 1,
            };
            vs.hit(rect, Target::TieNode(i));
        }
    }
}

/// The frame of the map and of the list: the date of the ecomap, the date it is compared with.
fn map_block<'a>(m: &Model, p: &PersonState, theme: &Theme, suffix: &str) -> Block<'a> {
    let mut title = format!("{} {} {}", tr(m.lang, Text::EcomapTitle), tr(m.lang, Text::EcomapOn), format_fr(m.today));
    if let Some(before) = p.network.compare_with {
        title = format!("{title} {} {}", tr(m.lang, Text::EcomapCompared), format_fr(before));
    }
    Block::default()
        .borders(Borders::ALL)
        .border_style(theme.on_base(Role::BorderFocused))
        .title(Span::styled(format!(" {title}{suffix} "), theme.on_base(Role::Title)))
}

/// The ties in words, one entry each, saying what the map's lines say (the legend's words):
/// strength, stress or conflict or break, direction of support, since when, consent to share.
/// Colour only repeats the words, so the list reads the same in black and white.
fn draw_list(m: &Model, p: &PersonState, theme: &Theme, f: &mut Frame, area: Rect) {
    let partners = &p.plan.partners;
    let block = map_block(m, p, theme, &format!(" — {}", tr(m.lang, Text::EcomapAsList)));
    let marked = p.network.marked(&p.case.ties, m.today, partners);
    if marked.is_empty() {
        let para = Paragraph::new(Line::styled(tr(m.lang, Text::NoTie), theme.on_base(Role::Muted)))
            .block(block)
            .wrap(Wrap { trim: true });
        f.render_widget(para, area);
        return;
    }
    let comparing = p.network.compare_with.is_some();
    let muted = theme.on_base(Role::Muted);
    let items: Vec<ListItem> = marked
        .iter()
        .map(|(t, change)| {
            let ended = *change == TieChange::Ended;
            let role = if ended { Role::Muted } else { valence_role(t.valence) };
            let symbol = format!("{} {}", strength_symbol(t.strength), valence_symbol(t.valence));
            let name = display(&tie_label(t, partners)).into_owned();
            let head = Line::from(vec![
                Span::styled(format!(" {:<10}", symbol.trim_end()), theme.on_base(role)),
                Span::styled(name, theme.on_base(Role::Title)),
            ]);
            let mut words: Vec<String> = Vec::new();
            if comparing && let Some((mark, word)) = change_mark(change) {
                words.push(format!("{mark} {}", tr(m.lang, word)));
            }
            words.push(strength_label(m.lang, t.strength).to_string());
            words.push(valence_label(m.lang, t.valence).to_string());
            words.push(flow_label(m.lang, t.flow).to_string());
            words.push(format!("{} {}", tr(m.lang, Text::TieSince), format_fr(t.since)));
            let mut lines = vec![head, Line::styled(format!("   {}", words.join(" · ")), theme.style(Role::Base))];
            if let TieTarget::Partner(_) = t.target {
                lines.push(match &t.consent {
                    Some(c) => Line::styled(
                        format!(
                            "   {}{}{} · {}",
                            tr(m.lang, Text::LabelConsent),
                            colon(m.lang),
                            format_fr(c.date),
                            legal_basis_label(m.lang, c.basis)
                        ),
                        muted,
                    ),
                    None => {
                        Line::styled(format!("   ⚠ {}", tr(m.lang, Text::NoShareConsent)), theme.on_base(Role::Warning))
                    }
                });
            }
            ListItem::new(lines)
        })
        .collect();
    // The selection counts today's ties only; the ended ones of a comparison come after them.
    let selected = (!marked.is_empty()).then_some(p.network.selected);
    let mut state = ListState::default().with_selected(selected);
    // One entry of room past the selection: after the last of today's ties, the first ended one shows.
    let list = List::new(items).block(block).highlight_style(theme.style(Role::Selection)).scroll_padding(1);
    f.render_stateful_widget(list, area, &mut state);
}

/// The line the legend (and the SVG export) draws for a strength.
fn strength_symbol(s: Strength) -> &'static str {
    match s {
        Strength::Strong => "═══",
        Strength::Moderate => "══",
        Strength::Normal => "──",
        Strength::Weak => "╌╌",
    }
}

/// What the legend draws over the line for stress, conflict or a break; nothing for a plain tie.
fn valence_symbol(v: Valence) -> &'static str {
    match v {
        Valence::Neutral => "",
        Valence::Stressful => "∿∿",
        Valence::Conflictual => "┼┼",
        Valence::Broken => "─/ /─",
    }
}

/// The mark and the word of a change since the compared date.
fn change_mark(c: &TieChange) -> Option<(&'static str, Text)> {
    match c {
        TieChange::Added => Some(("+", Text::LegendAdded)),
        TieChange::Changed => Some(("~", Text::LegendChanged)),
        TieChange::Ended => Some(("−", Text::LegendEnded)),
        TieChange::Unchanged => None,
    }
}

/// Where a tie leaves the person: on a small ellipse around her name rather than at its centre,
/// so that her name stays readable and the ties fan out instead of piling up.
fn start_near(layout: &crate::domain::ecomap::Layout, anchor: (f64, f64)) -> (f64, f64) {
    let (cx, cy) = layout.center;
    let (dx, dy) = (anchor.0 - cx, anchor.1 - cy);
    let half = layout.center_label.chars().count() as f64 / 2.0 + 1.0;
    let (rx, ry) = (half.max(2.0), 1.5);
    let scale = 1.0 / ((dx / rx).powi(2) + (dy / ry).powi(2)).sqrt().max(1e-9);
    if scale >= 1.0 {
        return (cx, cy);
    }
    (cx + dx * scale, cy + dy * scale)
}

fn legend_lines<'a>(m: &Model, theme: &Theme, comparing: bool) -> Vec<Line<'a>> {
    let muted = theme.on_base(Role::Muted);
    let item = |sym: &str, t: Text, role: Role| {
        vec![Span::styled(format!("{sym} "), theme.on_base(role)), Span::styled(format!("{}  ", tr(m.lang, t)), muted)]
    };
    let mut first = Vec::new();
    for (s, t) in [
        (Strength::Strong, Text::LegendStrong),
        (Strength::Moderate, Text::LegendModerate),
        (Strength::Normal, Text::LegendNormal),
        (Strength::Weak, Text::LegendWeak),
    ] {
        first.extend(item(strength_symbol(s), t, Role::Accent));
    }
    let mut second = Vec::new();
    for (v, t) in [
        (Valence::Stressful, Text::LegendStressful),
        (Valence::Conflictual, Text::LegendConflictual),
        (Valence::Broken, Text::LegendBroken),
    ] {
        second.extend(item(valence_symbol(v), t, valence_role(v)));
    }
    second.extend(item("→", Text::LegendFlow, Role::Accent));
    let mut lines = vec![Line::from(first), Line::from(second)];
    if comparing {
        let mut third = Vec::new();
        for (c, role) in
            [(TieChange::Added, Role::Success), (TieChange::Changed, Role::Warning), (TieChange::Ended, Role::Muted)]
        {
            if let Some((mark, t)) = change_mark(&c) {
                third.extend(item(mark, t, role));
            }
        }
        lines.push(Line::from(third));
    }
    lines
}

/// The network's points of attention for this person: no informal support, partners who carry
/// an action without consent to share, conflictual ties with a carrier.
pub fn network_alerts(m: &Model, p: &PersonState) -> Vec<(Text, String)> {
    let partners = &p.plan.partners;
    let today = p.network.on(&p.case.ties, m.today, partners);
    let mut out = Vec::new();
    if !today.is_empty() && !today.iter().any(|t| t.is_informal()) {
        out.push((Text::AlertNoInformal, String::new()));
    }
    let mut carriers: Vec<i64> = p
        .plan
        .open_actions(&p.case.plan)
        .iter()
        .filter_map(|a| match a.carrier {
            Carrier::Partner(id) => Some(id),
            _ => None,
        })
        .collect();
    carriers.sort_unstable();
    carriers.dedup();
    let mut without_consent = Vec::new();
    for id in carriers {
        let name = p.plan.partner_name(id).map(|n| display(n).into_owned()).unwrap_or_default();
        let ties: Vec<&&Tie> = today.iter().filter(|t| t.target == TieTarget::Partner(id)).collect();
        if !ties.iter().any(|t| t.consent.is_some()) {
            without_consent.push(name.clone());
        }
        if ties.iter().any(|t| t.valence == Valence::Conflictual) {
            out.push((Text::AlertConflictualCarrier, name));
        }
    }
    // One line for all the carriers without consent: the list can be long on a new ecomap.
    if !without_consent.is_empty() {
        out.insert(0, (Text::AlertCarrierNoConsent, without_consent.join(", ")));
    }
    out
}

fn draw_side(m: &Model, p: &PersonState, theme: &Theme, f: &mut Frame, area: Rect) {
    let partners = &p.plan.partners;
    let label = |t: Text| Span::styled(format!("{}{}", tr(m.lang, t), colon(m.lang)), theme.on_base(Role::Label));
    let text = |s: String| Span::styled(s, theme.style(Role::Base));
    let mut lines: Vec<Line> = Vec::new();
    let selected = p.network.selected_tie(&p.case.ties, m.today, partners);
    if let Some(t) = &selected {
        lines.push(Line::styled(display(&tie_label(t, partners)).into_owned(), theme.on_base(Role::Title)));
        if !t.role.is_empty() {
            lines.push(Line::from(vec![label(Text::LabelRole), text(display(&t.role).into_owned())]));
        }
        lines.push(Line::from(vec![text(format!(
            "{} · {} · {}",
            strength_label(m.lang, t.strength),
            valence_label(m.lang, t.valence),
            flow_label(m.lang, t.flow)
        ))]));
        lines.push(Line::from(vec![label(Text::LabelSince), text(format_fr(t.since))]));
        if let TieTarget::Partner(_) = t.target {
            match &t.consent {
                Some(c) => lines.push(Line::from(vec![
                    label(Text::LabelConsent),
                    text(format!(
                        "{} · {} · {}",
                        format_fr(c.date),
                        legal_basis_label(m.lang, c.basis),
                        display(&c.scope)
                    )),
                ])),
                None => lines.push(Line::styled(
                    format!("⚠ {}", tr(m.lang, Text::NoShareConsent)),
                    theme.on_base(Role::Warning),
                )),
            }
        }
        if !t.notes.is_empty() {
            lines.push(Line::from(vec![text(display(&t.notes).into_owned())]));
        }
        lines.push(Line::raw(""));
    }
    let alerts = network_alerts(m, p);
    if !alerts.is_empty() {
        lines.push(Line::styled(tr(m.lang, Text::NetworkAlerts), theme.on_base(Role::Title)));
        for (t, what) in alerts {
            let sep = if what.is_empty() { String::new() } else { format!("{}{what}", colon(m.lang)) };
            lines.push(Line::styled(format!("⚠ {}{sep}", tr(m.lang, t)), theme.on_base(Role::Warning)));
        }
        lines.push(Line::raw(""));
    }
    let comparing = p.network.compare_with.is_some();
    let hint = if comparing { Text::CompareOffHint } else { Text::CompareHint };
    let block = Block::default()
        .borders(Borders::ALL)
        .padding(ratatui::widgets::Padding::horizontal(1))
        .border_style(theme.on_base(Role::Border))
        .title_bottom(Span::styled(format!(" {} ", tr(m.lang, hint)), theme.on_base(Role::Muted)));
    f.render_widget(Paragraph::new(lines).block(block).wrap(Wrap { trim: true }), area);
}
