//! « Fiche »: the frame of the accompaniment, the consent, and what needs attention.
//! Labels sit in a column of their own so that long values wrap under themselves.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph, Wrap};
use unicode_width::UnicodeWidthStr;

use crate::app::form::FieldId;
use crate::app::model::{Model, PersonState};
use crate::domain::alerts::{AlertFacts, follow_up_alerts};
use crate::domain::date::{days_between, format_fr, format_fr_opt};
use crate::domain::text::display;
use crate::i18n::{Say, Text, alert_text, field_label, identifying_alert, record_place, say, status_label, tr};
use crate::theme::{Role, Theme};
use crate::ui::section;

const LABEL_WIDTH: u16 = 26;

/// One line of the card: a section title, a labelled value, a free line, or a gap.
enum Item<'a> {
    Title(&'a str),
    Field(String, String, Role),
    Free(String, Role),
    Gap,
}

/// Rows a value needs once wrapped to `width` (an upper bound: wrapping at words never needs more
/// than one extra row per overflowing word, which this leaves room for).
fn rows_for(text: &str, width: u16) -> u16 {
    let w = width.max(1) as usize;
    text.lines().map(|l| l.width().div_ceil(w).max(1) as u16).sum::<u16>().max(1)
}

/// « 13/11/2026, point d’étape, score T 43,9 · prochaine le 10/02/2027 ».
fn last_evaluation(m: &Model, p: &PersonState) -> String {
    use crate::i18n::evaluation::{EvaluationText, decimal, evaluation_kind, evaluation_words};
    let next = p.evaluation.next_due(&p.case.evaluations, &p.case.person);
    let next = next
        .map(|d| format!(" · {} {}", evaluation_words(m.lang, EvaluationText::NextOn), format_fr(d)))
        .unwrap_or_default();
    match p.evaluation.latest(&p.case.evaluations) {
        Some(e) => {
            let score = e
                .t_score
                .map(|t| format!(", {} {}", evaluation_words(m.lang, EvaluationText::ScoreT), decimal(m.lang, t, 1)))
                .unwrap_or_default();
            format!("{}, {}{score}{next}", format_fr(e.date), evaluation_kind(m.lang, e.kind))
        }
        None => format!("{}{next}", evaluation_words(m.lang, EvaluationText::NoEvaluationYet)),
    }
}

pub fn draw(m: &Model, p: &PersonState, theme: &Theme, f: &mut Frame, area: Rect) {
    let person = &p.case.person;
    let block = Block::default()
        .borders(Borders::ALL)
        .padding(ratatui::widgets::Padding::horizontal(1))
        .border_style(theme.on_base(Role::BorderFocused))
        .title(Span::styled(format!(" {} ", tr(m.lang, Text::TabCard)), theme.on_base(Role::Title)));
    let inner = block.inner(area);
    f.render_widget(block, area);

    let age = match (person.age(m.today), person.age_band) {
        (Some(a), _) => format!("{a} {}", tr(m.lang, Text::Years)),
        (None, Some(b)) => b.code().to_string(),
        (None, None) => "—".into(),
    };
    let yes_no = |b: bool| tr(m.lang, if b { Text::Yes } else { Text::No }).to_string();
    let field = |id: FieldId, value: String| Item::Field(field_label(m.lang, id).to_string(), value, Role::Base);
    // Never contacted: said in words, with the days since the referral that the alert counts.
    let contact = match (person.last_contact, person.referral_date) {
        (Some(d), _) => format!("{} ({})", format_fr(d), say(m.lang, &Say::DaysAgo(days_between(d, m.today)))),
        (None, Some(r)) => say(m.lang, &Say::NoContactSinceReferral(days_between(r, m.today))),
        (None, None) => tr(m.lang, Text::NoContactYet).to_string(),
    };
    let explored = m.domains.iter().filter(|d| p.entry_for(&d.key).is_some()).count();
    let last_written = p.case.latest_entries().iter().map(|e| e.date).max();
    let mut items = vec![
        Item::Title(tr(m.lang, Text::CardFrame)),
        field(FieldId::Pseudonym, display(&person.pseudonym).into_owned()),
        Item::Field(tr(m.lang, Text::Age).to_string(), age, Role::Base),
        field(FieldId::Dispositif, display(&person.dispositif).into_owned()),
        field(FieldId::ReferralDate, format_fr_opt(person.referral_date)),
        field(FieldId::ReferralSource, display(&person.referral_source).into_owned()),
        field(FieldId::Status, status_label(m.lang, person.status).to_string()),
        field(FieldId::Fictitious, yes_no(person.fictitious)),
        field(FieldId::LastContact, contact),
        Item::Field(
            tr(m.lang, Text::TabDiagnostic).to_string(),
            say(m.lang, &Say::DomainsExplored(explored, m.domains.len(), last_written.map(format_fr))),
            Role::Base,
        ),
        Item::Field(tr(m.lang, Text::TabEvaluation).to_string(), last_evaluation(m, p), Role::Base),
        Item::Gap,
        Item::Title(tr(m.lang, Text::CardConsent)),
    ];
    match person.consent_date {
        Some(_) => {
            items.push(field(FieldId::ConsentDate, format_fr_opt(person.consent_date)));
            items.push(field(FieldId::ConsentScope, display(&person.consent_scope).into_owned()));
        }
        None => items.push(Item::Free(format!("⚠ {}", tr(m.lang, Text::ConsentMissing)), Role::Warning)),
    }
    items.push(Item::Gap);
    items.push(Item::Title(tr(m.lang, Text::CardAlerts)));
    let facts = AlertFacts {
        domains_total: m.domains.len(),
        domains_explored: explored,
        last_contact: person.last_contact,
        referral_date: person.referral_date,
        late_actions: p.plan.open_actions(&p.case.plan).iter().filter(|a| a.is_late(m.today)).count(),
        next_evaluation: p.evaluation.next_due(&p.case.evaluations, person),
    };
    let found = follow_up_alerts(person.status, &facts, m.today);
    let network = crate::ui::network::network_alerts(m, p);
    let identifying = crate::app::identifying::identifying(p);
    if found.is_empty() && network.is_empty() && identifying.is_empty() {
        items.push(Item::Free(format!("✓ {}", tr(m.lang, Text::NoAlert)), Role::Success));
    }
    for a in found {
        items.push(Item::Free(format!("⚠ {}", alert_text(m.lang, &a, true)), Role::Warning));
    }
    // What the ecomap and the plan say together: who carries an action without consent, and so on.
    for (t, what) in network {
        let what = if what.is_empty() { String::new() } else { format!("{}{what}", crate::i18n::colon(m.lang)) };
        items.push(Item::Free(format!("⚠ {}{what}", tr(m.lang, t)), Role::Warning));
    }
    // What seems to identify someone in her records: where it is, to edit it there.
    for f in identifying {
        let text = identifying_alert(m.lang, &f, &record_place(m.lang, &m.domains, &f.place, &f.field));
        items.push(Item::Free(format!("⚠ {text}"), Role::Warning));
    }

    let value_width = inner.width.saturating_sub(LABEL_WIDTH);
    let mut y = inner.y;
    for item in items.iter().skip(p.scroll as usize) {
        if y >= inner.bottom() {
            break;
        }
        let room = inner.bottom() - y;
        let height = match item {
            Item::Title(t) => {
                f.render_widget(Paragraph::new(section(t, theme)), Rect { y, height: 1, ..inner });
                1
            }
            Item::Field(label, value, role) => {
                let h = rows_for(value, value_width).min(room);
                let label_area = Rect { x: inner.x, y, width: LABEL_WIDTH.min(inner.width), height: 1 };
                f.render_widget(
                    Paragraph::new(Span::styled(format!("  {label}"), theme.on_base(Role::Label))),
                    label_area,
                );
                let value_area = Rect { x: inner.x + LABEL_WIDTH, y, width: value_width, height: h };
                let para = Paragraph::new(Line::styled(value.clone(), theme.on_base(*role))).wrap(Wrap { trim: true });
                f.render_widget(para, value_area);
                h
            }
            Item::Free(text, role) => {
                // A long warning wraps rather than losing its end (where a finding's excerpt is).
                let text = format!("  {text}");
                let h = (textwrap::wrap(&text, usize::from(inner.width.max(1))).len() as u16).max(1).min(room);
                let para = Paragraph::new(Line::styled(text, theme.on_base(*role))).wrap(Wrap { trim: false });
                f.render_widget(para, Rect { y, height: h, ..inner });
                h
            }
            Item::Gap => 1,
        };
        y += height;
    }
}
