//! « Fiche »: the frame of the accompaniment, the consent, and what needs attention.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph, Wrap};

use super::{section, user_lines};
use crate::app::form::FieldId;
use crate::app::model::{Model, PersonState};
use crate::domain::alerts::{AlertFacts, alerts};
use crate::domain::date::format_fr_opt;
use crate::domain::text::display;
use crate::i18n::{T, alert_text, field_label, status_label, tr};
use crate::theme::{Role, Theme};

pub fn draw(m: &Model, p: &PersonState, theme: &Theme, f: &mut Frame, area: Rect) {
    let person = &p.person;
    let block = Block::default()
        .borders(Borders::ALL)
        .border_style(theme.on_base(Role::BorderFocused))
        .title(Span::styled(format!(" {} ", tr(m.lang, T::TabCard)), theme.on_base(Role::Title)));
    let label = |id: FieldId| Span::styled(format!("  {:<24}", field_label(m.lang, id)), theme.on_base(Role::Label));
    let value = |s: String| Span::styled(s, theme.style(Role::Base));
    let age = match (person.age(m.today), person.age_band) {
        (Some(a), _) => format!("{a} {}", tr(m.lang, T::Years)),
        (None, Some(b)) => b.code().to_string(),
        (None, None) => "—".into(),
    };
    let yes_no = |b: bool| tr(m.lang, if b { T::Yes } else { T::No }).to_string();
    let mut lines = vec![
        section(tr(m.lang, T::CardFrame), theme),
        Line::from(vec![label(FieldId::Pseudonym), value(display(&person.pseudonym).into_owned())]),
        Line::from(vec![Span::styled(format!("  {:<24}", tr(m.lang, T::Age)), theme.on_base(Role::Label)), value(age)]),
        Line::from(vec![label(FieldId::Dispositif), value(display(&person.dispositif).into_owned())]),
        Line::from(vec![label(FieldId::ReferralDate), value(format_fr_opt(person.referral_date))]),
        Line::from(vec![label(FieldId::ReferralSource), value(display(&person.referral_source).into_owned())]),
        Line::from(vec![label(FieldId::Status), value(status_label(m.lang, person.status).to_string())]),
        Line::from(vec![label(FieldId::Fictitious), value(yes_no(person.fictitious))]),
        Line::from(vec![label(FieldId::LastContact), value(format_fr_opt(person.last_contact))]),
        Line::raw(""),
        section(tr(m.lang, T::CardConsent), theme),
    ];
    match person.consent_date {
        Some(_) => {
            lines.push(Line::from(vec![label(FieldId::ConsentDate), value(format_fr_opt(person.consent_date))]));
            for l in user_lines(&person.consent_scope, theme.style(Role::Base)) {
                lines.push(Line::from(vec![
                    Span::raw(" ".repeat(26)),
                    Span::styled(l.to_string(), theme.style(Role::Base)),
                ]));
            }
        }
        None => {
            lines.push(Line::styled(format!("  ⚠ {}", tr(m.lang, T::ConsentMissing)), theme.on_base(Role::Warning)))
        }
    }
    lines.push(Line::raw(""));
    lines.push(section(tr(m.lang, T::CardAlerts), theme));
    let explored = m.domains.iter().filter(|d| p.entry_for(&d.key).is_some()).count();
    let facts = AlertFacts {
        domains_total: m.domains.len(),
        domains_explored: explored,
        last_contact: person.last_contact,
        referral_date: person.referral_date,
    };
    let found = alerts(&facts, m.today);
    if found.is_empty() {
        lines.push(Line::styled(format!("  ✓ {}", tr(m.lang, T::NoAlert)), theme.on_base(Role::Success)));
    }
    for a in found {
        lines.push(Line::styled(format!("  ⚠ {}", alert_text(m.lang, &a)), theme.on_base(Role::Warning)));
    }
    f.render_widget(Paragraph::new(lines).block(block).wrap(Wrap { trim: false }).scroll((p.scroll, 0)), area);
}
