//! The selected item in full, and the plan's points of attention.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph, Wrap};

use crate::app::model::{Model, PersonState};
use crate::app::screens::plan::PlanItem;
use crate::domain::date::{format_fr, format_fr_opt};
use crate::domain::nomenclature::services;
use crate::domain::plan::check::PlanWarning;
use crate::domain::plan::{Carrier, NeedRef};
use crate::domain::text::display;
use crate::i18n::{PlanText, Text, colon, plan_text, tr};
use crate::theme::{Role, Theme};

/// « la personne », « le référent » or the partner's name.
pub fn carrier_name(m: &Model, p: &PersonState, c: Carrier) -> String {
    match c {
        Carrier::Person => tr(m.lang, Text::CarrierPerson).to_string(),
        Carrier::Referent => tr(m.lang, Text::CarrierReferent).to_string(),
        Carrier::Partner(id) => {
            display(p.plan.partner_name(id).unwrap_or(plan_text(m.lang, PlanText::UnknownPartner))).into_owned()
        }
    }
}

fn need_line(m: &Model, r: &NeedRef) -> String {
    format!("[{}] {}", m.domain_label(&r.domain), display(&r.text))
}

pub fn draw(m: &Model, p: &PersonState, theme: &Theme, f: &mut Frame, area: Rect) {
    let block = Block::default()
        .borders(Borders::ALL)
        .padding(ratatui::widgets::Padding::horizontal(1))
        .border_style(theme.on_base(Role::Border));
    let label = |t: Text| Span::styled(format!("{}{}", tr(m.lang, t), colon(m.lang)), theme.on_base(Role::Label));
    let text = |s: String| Span::styled(s, theme.style(Role::Base));
    let plan = &p.case.plan;
    let mut lines: Vec<Line> = Vec::new();
    let field = |lines: &mut Vec<Line>, t: Text, value: String| {
        if !value.trim().is_empty() {
            lines.push(Line::from(vec![label(t), text(value)]));
        }
    };
    // The needs answered, under one label: a list reads faster than the label repeated.
    let needs_block = |lines: &mut Vec<Line>, needs: &[NeedRef]| {
        if !needs.is_empty() {
            lines.push(Line::from(vec![label(Text::LabelNeeds)]));
            for r in needs {
                lines.push(Line::from(vec![text(format!("• {}", need_line(m, r)))]));
            }
        }
    };
    let title = match p.plan.selected_item(&p.case.plan) {
        None => String::new(),
        Some(PlanItem::Axis(id)) => {
            let Some(a) = plan.axis(id) else { return };
            field(&mut lines, Text::LabelRationale, display(&a.rationale).into_owned());
            needs_block(&mut lines, &a.needs);
            field(&mut lines, Text::LabelParticipation, display(&a.participation).into_owned());
            field(&mut lines, Text::LabelPersonView, display(&a.person_view).into_owned());
            format!(" {} · {} ", tr(m.lang, Text::AxisWord), display(&a.title))
        }
        Some(PlanItem::Objective(id)) => {
            let Some(o) = plan.objective(id) else { return };
            field(&mut lines, Text::LabelIndicator, display(&o.indicator).into_owned());
            field(&mut lines, Text::LabelExpected, display(&o.expected_result).into_owned());
            let mut deadline = format_fr_opt(o.deadline);
            if o.is_late(m.today) {
                deadline = format!("{deadline} ⚠ {}", tr(m.lang, Text::Late));
            }
            field(&mut lines, Text::LabelDeadline, deadline);
            field(&mut lines, Text::LabelStatus, plan_text(m.lang, PlanText::ObjectiveStatus(o.status)).to_string());
            needs_block(&mut lines, &o.needs);
            if let Some(old) = o.replaces.and_then(|id| plan.objective(id)) {
                field(&mut lines, Text::LabelReplaces, display(&old.title).into_owned());
            }
            if o.gas.levels.iter().any(|l| !l.trim().is_empty()) {
                lines.push(Line::from(vec![label(Text::LabelGas)]));
                for (level, text_) in (-2..=2).zip(o.gas.levels.iter()) {
                    // No-break spaces: the wrap trims ordinary leading spaces, which would pull the
                    // unmarked levels one column left of the marked baseline.
                    let mark = if level == o.gas.baseline { "▸" } else { "\u{a0}" };
                    lines.push(Line::from(vec![
                        // A true minus sign, as the scale is written with the person; « 0 » aligned.
                        Span::styled(
                            format!("\u{a0}{mark}{:>2} ", crate::domain::gas::signed(i64::from(level))),
                            theme.on_base(Role::Accent),
                        ),
                        text(display(text_).into_owned()),
                    ]));
                }
                field(
                    &mut lines,
                    Text::LabelWeight,
                    format!("{} × {} = {}", o.gas.importance, o.gas.difficulty, o.gas.weight()),
                );
            }
            field(&mut lines, Text::LabelPersonView, display(&o.person_view).into_owned());
            format!(" {} · {} ", tr(m.lang, Text::ObjectiveWord), display(&o.title))
        }
        Some(PlanItem::Action(id)) => {
            let Some(a) = plan.action(id) else { return };
            field(&mut lines, Text::LabelCarrier, carrier_name(m, p, a.carrier));
            field(&mut lines, Text::LabelStart, format_fr_opt(a.start));
            let mut due = format_fr_opt(a.due);
            if a.is_late(m.today) {
                due = format!("{due} ⚠ {}", tr(m.lang, Text::Late));
            }
            field(&mut lines, Text::LabelDeadline, due);
            field(&mut lines, Text::LabelStatus, plan_text(m.lang, PlanText::ActionStatus(a.status)).to_string());
            field(&mut lines, Text::LabelDone, format_fr_opt(a.done_on));
            if let Some(code) = &a.serafin_service {
                let name = services().iter().find(|s| s.code == code).map(|s| s.label).unwrap_or_default();
                field(&mut lines, Text::LabelService, format!("{code} {name}"));
            }
            for r in &p.plan.postponements {
                let from = r.from.map(format_fr).unwrap_or_else(|| tr(m.lang, Text::NoDate).to_string());
                let text_ = format!("{from} → {} ({}) — {}", format_fr(r.to), format_fr(r.on), display(&r.reason));
                lines.push(Line::from(vec![label(Text::LabelPostponements), text(text_)]));
            }
            format!(" {} · {} ", tr(m.lang, Text::ActionWord), display(&a.what))
        }
    };
    // The whole title is in the text below: on the frame, a cut one says so.
    let title = crate::domain::text::fit(&title, usize::from(area.width.saturating_sub(2)));
    let block = block.title(Span::styled(title, theme.on_base(Role::Title)));
    f.render_widget(Paragraph::new(lines).block(block).wrap(Wrap { trim: true }), area);
}

pub fn warning_text(m: &Model, p: &PersonState, w: &PlanWarning) -> (Text, String) {
    let plan = &p.case.plan;
    let objective = |id| plan.objective(id).map(|o| display(&o.title).into_owned()).unwrap_or_default();
    match w {
        PlanWarning::PriorityNeedUnaddressed(r) => (Text::WarnNeedUnaddressed, need_line(m, r)),
        PlanWarning::ObjectiveWithoutAction(id) => (Text::WarnNoAction, objective(*id)),
        PlanWarning::ObjectiveWithoutIndicator(id) => (Text::WarnNoIndicator, objective(*id)),
        PlanWarning::ObjectiveLate(id) => (Text::WarnObjectiveLate, objective(*id)),
        PlanWarning::ActionLate(id) => {
            (Text::WarnActionLate, plan.action(*id).map(|a| display(&a.what).into_owned()).unwrap_or_default())
        }
    }
}

pub fn draw_warnings(m: &Model, p: &PersonState, warnings: &[PlanWarning], theme: &Theme, f: &mut Frame, area: Rect) {
    let title = format!(" {} ({}) ", tr(m.lang, Text::Warnings), warnings.len());
    let block = Block::default()
        .borders(Borders::ALL)
        .padding(ratatui::widgets::Padding::horizontal(1))
        .border_style(theme.on_base(Role::Border))
        .title(Span::styled(title, theme.on_base(Role::Title)));
    let lines: Vec<Line> = if warnings.is_empty() {
        vec![Line::styled(format!("✓ {}", tr(m.lang, Text::NoWarning)), theme.on_base(Role::Success))]
    } else {
        warnings
            .iter()
            .map(|w| {
                let (t, what) = warning_text(m, p, w);
                Line::from(vec![
                    Span::styled(format!("⚠ {}{}", tr(m.lang, t), colon(m.lang)), theme.on_base(Role::Warning)),
                    Span::styled(what, theme.style(Role::Base)),
                ])
            })
            .collect()
    };
    f.render_widget(Paragraph::new(lines).block(block), area);
}
