//! Drawing a form: labels on the left, text areas on the right, errors in place, the needs field
//! with its SERAFIN-PH hint. Multi-line fields share the height left by the one-line fields.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph};

use crate::app::form::{FieldId, FieldKind, Form, FormKind};
use crate::app::model::Model;
use crate::app::msg::Target;
use crate::i18n::{KeyedText, Text, choice_label, field_error_text, field_label, tr};
use crate::theme::{Role, Theme};
use crate::ui::ViewState;

const LABEL_WIDTH: u16 = 26;
/// Beyond this a paragraph field scrolls; the rest of the form stays in view.
const MAX_PARAGRAPH_ROWS: u16 = 8;

/// Heights of each field for the room available: one line for one-line fields, the rest shared
/// by the multi-line ones (the focused one gets the remainder).
pub fn field_heights(form: &Form, room: u16) -> Vec<u16> {
    let singles = form.fields.iter().filter(|f| !f.kind.is_multiline()).count() as u16;
    let multis = form.fields.len() as u16 - singles;
    if singles + multis > room {
        // A long form (the evaluation) scrolls: each paragraph one line, the focused one a few.
        return form
            .fields
            .iter()
            .enumerate()
            .map(|(i, f)| if f.kind.is_multiline() && i == form.focus { (room / 3).clamp(1, 6) } else { 1 })
            .collect();
    }
    let spare = room.saturating_sub(singles);
    let each = spare.checked_div(multis).map_or(0, |e| e.clamp(1, MAX_PARAGRAPH_ROWS));
    let extra = if multis == 0 { 0 } else { spare.saturating_sub(each * multis).min(MAX_PARAGRAPH_ROWS) };
    form.fields
        .iter()
        .enumerate()
        .map(|(i, f)| {
            if !f.kind.is_multiline() {
                1
            } else if i == form.focus {
                each + extra
            } else {
                each
            }
        })
        .collect()
}

/// What a field is for, where it is not obvious — above all, what must not be written there.
fn field_hint(m: &Model, id: FieldId) -> Option<String> {
    let t = match id {
        FieldId::Pseudonym => Some(Text::HintPseudonym),
        FieldId::BirthYear => Some(Text::HintBirthYear),
        FieldId::Dispositif => Some(Text::HintDispositif),
        FieldId::ConsentScope => Some(Text::HintConsentScope),
        FieldId::PersonWords => Some(Text::HintPersonWords),
        FieldId::Source => Some(Text::HintSource),
        FieldId::LinkedNeeds => return Some(m.keymap.say(m.lang, &KeyedText::HintLinkedNeeds)),
        FieldId::Service => return Some(m.keymap.say(m.lang, &KeyedText::HintService)),
        FieldId::GasZero => Some(Text::HintGasZero),
        FieldId::Indicator => Some(Text::HintIndicator),
        FieldId::Contact => Some(Text::HintContact),
        FieldId::EvidenceNote => Some(Text::HintEvidenceNote),
        _ => None,
    };
    t.map(|t| tr(m.lang, t).to_string())
}

/// What the evaluation form says under a level or a rating: the last level and the objective's
/// weight, the scale of the ratings; and where an export goes, who may read it.
fn evaluation_hint(m: &Model, form: &Form, id: FieldId) -> Option<String> {
    use crate::i18n::evaluation::{EvaluationText, evaluation_words};
    if id == FieldId::Destination {
        return Some(
            crate::i18n::export::export_words(m.lang, crate::i18n::export::ExportText::HintDestination).to_string(),
        );
    }
    let FormKind::Evaluation { goals, .. } = &form.kind else { return None };
    match id {
        FieldId::GoalLevel(i) => {
            let g = goals.get(usize::from(i))?;
            let (level, day) = g.last;
            let when = match day {
                Some(d) => crate::domain::date::format_fr(d),
                None => evaluation_words(m.lang, EvaluationText::Baseline).to_string(),
            };
            Some(format!(
                "{}{}{} — {when} · {} {}",
                evaluation_words(m.lang, EvaluationText::LastLevel),
                crate::i18n::colon(m.lang),
                crate::app::screens::evaluation::form::level_text(level),
                evaluation_words(m.lang, EvaluationText::Weight),
                crate::i18n::evaluation::decimal(m.lang, g.weight, 0)
            ))
        }
        FieldId::GoalDecision(_) => Some(evaluation_words(m.lang, EvaluationText::DecisionHint).to_string()),
        FieldId::SelfRating(_) => Some(evaluation_words(m.lang, EvaluationText::RatingHint).to_string()),
        FieldId::ReferentRating(_) => Some(evaluation_words(m.lang, EvaluationText::ReferentRatingHint).to_string()),
        _ => None,
    }
}

pub fn draw(m: &Model, form: &Form, vs: &mut ViewState, theme: &Theme, f: &mut Frame, area: Rect) {
    let title = match &form.kind {
        FormKind::Person(p) if p.id == 0 => tr(m.lang, Text::FormNewPerson).to_string(),
        FormKind::Person(p) => {
            format!("{} — {}", tr(m.lang, Text::FormEditPerson), crate::domain::text::display(&p.pseudonym))
        }
        FormKind::Entry(e) => format!("{} — {}", tr(m.lang, Text::FormEntry), m.domain_label(&e.domain)),
        FormKind::Axis(a) if a.id == 0 => tr(m.lang, Text::FormNewAxis).to_string(),
        FormKind::Axis(a) => format!("{} — {}", tr(m.lang, Text::AxisWord), crate::domain::text::display(&a.title)),
        FormKind::Objective { readjusts: Some(_), .. } => tr(m.lang, Text::FormReadjust).to_string(),
        FormKind::Objective { objective, .. } if objective.id == 0 => tr(m.lang, Text::FormNewObjective).to_string(),
        FormKind::Objective { objective, .. } => {
            format!("{} — {}", tr(m.lang, Text::ObjectiveWord), crate::domain::text::display(&objective.title))
        }
        FormKind::Action(a) if a.id == 0 => tr(m.lang, Text::FormNewAction).to_string(),
        FormKind::Action(a) => format!("{} — {}", tr(m.lang, Text::ActionWord), crate::domain::text::display(&a.what)),
        FormKind::Partner(p) if p.id == 0 => tr(m.lang, Text::ColName).to_string(),
        FormKind::Partner(p) => {
            format!("{} — {}", tr(m.lang, Text::DirectoryTitle), crate::domain::text::display(&p.name))
        }
        FormKind::Tie(t) if t.id == 0 => tr(m.lang, Text::FormNewTie).to_string(),
        FormKind::Tie(_) => tr(m.lang, Text::FormEditTie).to_string(),
        FormKind::CompareDate => tr(m.lang, Text::FormCompare).to_string(),
        FormKind::Journal(_) => tr(m.lang, Text::FormJournal).to_string(),
        FormKind::Evidence(_, record) if record.is_empty() => {
            crate::i18n::evidence::evidence_words(m.lang, crate::i18n::evidence::EvidenceText::WriteFreeEvidence)
                .to_string()
        }
        FormKind::Evidence(_, record) => format!(
            "{} — {}",
            crate::i18n::action_label(m.lang, crate::app::action::Action::TagEvidence),
            crate::domain::text::display(record)
        ),
        FormKind::Evaluation { .. } => tr(m.lang, Text::FormEvaluation).to_string(),
        FormKind::Export { pseudonym, .. } => format!(
            "{} — {}",
            crate::i18n::export::export_words(m.lang, crate::i18n::export::ExportText::Title),
            crate::domain::text::display(pseudonym)
        ),
        FormKind::Postpone(a) => {
            format!("{} — {}", tr(m.lang, Text::FormPostpone), crate::domain::text::display(&a.what))
        }
    };
    let rect = area;
    f.render_widget(Clear, rect);
    let block = Block::default()
        .borders(Borders::ALL)
        .border_style(theme.style(Role::BorderFocused))
        .style(theme.style(Role::Overlay))
        .title(Span::styled(format!(" {title} "), theme.style(Role::Title)));
    let inner = block.inner(rect);
    f.render_widget(block, rect);
    // The last inner line holds the focused field's error or hint.
    let room = inner.height.saturating_sub(1);
    let heights = field_heights(form, room);
    // The first field shown: the one shown last time, moved just enough to keep the focus in view.
    let mut first = vs.form_offset.min(form.focus);
    while first < form.focus && heights[first..=form.focus].iter().sum::<u16>() > room {
        first += 1;
    }
    vs.form_offset = first;
    let mut y = inner.y;
    let captions = form.fields.iter().any(|f| f.caption.is_some());
    // Labels that are data (an objective's title) take close to half the width: the values beside
    // them are short words or a level of the scale, which says « … » when it is cut.
    let label_width = if captions { (inner.width * 45 / 100).max(LABEL_WIDTH) } else { LABEL_WIDTH };
    let value_x = inner.x + label_width;
    let value_w = inner.width.saturating_sub(label_width);
    for (i, (field, h)) in form.fields.iter().zip(heights).enumerate().skip(first) {
        if y + h > inner.y + room {
            break;
        }
        let focused = i == form.focus;
        let label_role = if field.error.is_some() {
            Role::Error
        } else if focused {
            Role::Key
        } else {
            Role::Label
        };
        let marker = if field.error.is_some() {
            "✗ "
        } else if focused {
            "▶ "
        } else {
            "  "
        };
        let required = if field.required { " *" } else { "" };
        let name = match &field.caption {
            Some(caption) => crate::domain::text::excerpt(
                &crate::domain::text::display(caption),
                usize::from(label_width).saturating_sub(5),
            ),
            None => field_label(m.lang, field.id).to_string(),
        };
        let label = format!("{marker}{name}{required}");
        let label_area = Rect { x: inner.x, y, width: label_width, height: 1 };
        f.render_widget(Paragraph::new(Span::styled(label, theme.style(label_role))), label_area);
        let value_area = Rect { x: value_x, y, width: value_w, height: h };
        vs.hit(Rect { x: inner.x, y, width: inner.width, height: h }, Target::FormField(i));
        let input = if focused { theme.style(Role::InputFocused) } else { theme.style(Role::Input) };
        match &field.kind {
            FieldKind::Choice(codes) => {
                let label = match field.choice_label().filter(|own| !own.is_empty()) {
                    Some(own) => crate::domain::text::display(own).into_owned(),
                    None => choice_label(m.lang, codes.get(field.choice).map(String::as_str).unwrap_or("")),
                };
                // The value and its marks fit the field, « … » inside the marks when the value is cut.
                let marks = if focused { 4 } else { 2 };
                let label = crate::domain::text::fit(&label, usize::from(value_w).saturating_sub(marks));
                let mut text = if focused { format!("‹ {label} ›") } else { format!("  {label}") };
                // Two ratings per domain: the first line is the person's, said in so many words.
                if matches!(field.id, FieldId::SelfRating(_)) {
                    text.push_str(&format!(
                        "   ({})",
                        crate::i18n::evaluation::evaluation_words(
                            m.lang,
                            crate::i18n::evaluation::EvaluationText::ThePerson
                        )
                    ));
                }
                f.render_widget(Paragraph::new(text).style(input), value_area);
            }
            FieldKind::Toggle => {
                let (mark, word) = if field.toggle { ("☑", Text::Yes) } else { ("☐", Text::No) };
                f.render_widget(Paragraph::new(format!("{mark} {}", tr(m.lang, word))).style(input), value_area);
            }
            _ => {
                let mut editor = field.editor.clone();
                editor.set_style(input);
                editor.set_cursor_line_style(Style::default());
                editor.set_cursor_style(if focused { theme.style(Role::Selection) } else { input });
                // A hint (a suggestion's reason) is greyed: it is not text the user wrote.
                editor.set_placeholder_style(
                    theme.on(if focused { Role::InputFocused } else { Role::Input }, Role::Muted),
                );
                f.render_widget(&editor, value_area);
            }
        }
        y += h;
    }
    let hint_area = Rect { x: inner.x, y: inner.y + room, width: inner.width, height: 1 };
    let hint = match form.fields.get(form.focus) {
        Some(field) => match (field.error, &field.kind) {
            (Some(err), _) => Line::styled(
                format!("✗ {}", field_error_text(m.lang, err, &m.keymap.names(m.lang))),
                theme.style(Role::Error),
            ),
            (None, FieldKind::Needs) => {
                Line::styled(m.keymap.say(m.lang, &KeyedText::FormNeedsHint), theme.style(Role::Info))
            }
            (None, _) if evaluation_hint(m, form, field.id).is_some() => {
                Line::styled(evaluation_hint(m, form, field.id).unwrap_or_default(), theme.style(Role::Info))
            }
            (None, FieldKind::Choice(_) | FieldKind::Toggle) => {
                Line::styled(m.keymap.say(m.lang, &KeyedText::FormChoiceHint), theme.style(Role::Info))
            }
            (None, FieldKind::Date) => Line::styled(tr(m.lang, Text::DateHint), theme.style(Role::Info)),
            (None, _) => match field_hint(m, field.id) {
                Some(t) => Line::styled(t, theme.style(Role::Info)),
                None => Line::raw(""),
            },
        },
        None => Line::raw(""),
    };
    f.render_widget(Paragraph::new(hint), hint_area);
}
