//! A yes/no question before anything is archived, ended or thrown away. It names what it acts
//! on, so that the answer is never given about something off screen.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph, Wrap};

use crate::app::model::{Confirm, Model};
use crate::app::screens::network::tie_label;
use crate::app::screens::plan::PlanItem;
use crate::domain::text::display;
use crate::i18n::{Text, tr};
use crate::theme::{Role, Theme};
use crate::ui::centered;

/// The name of what the question is about, when it is a record.
fn subject(m: &Model, what: Confirm) -> Option<String> {
    let person = m.person.as_ref();
    let plan_item = |item: PlanItem| {
        let plan = &person?.case.plan;
        match item {
            PlanItem::Axis(id) => plan.axis(id).map(|a| a.title.clone()),
            PlanItem::Objective(id) => plan.objective(id).map(|o| o.title.clone()),
            PlanItem::Action(id) => plan.action(id).map(|a| a.what.clone()),
        }
    };
    let name = match what {
        Confirm::DiscardForm => None,
        Confirm::RemoveEvidence(id) => {
            m.competencies.data.evidence.iter().find(|(e, _)| e.id == id).map(|(_, t)| t.title.clone())
        }
        Confirm::ArchivePerson(id) | Confirm::RestorePerson(id) => {
            m.rows.iter().find(|r| r.person.id == id).map(|r| r.person.pseudonym.clone())
        }
        Confirm::ArchivePlanItem(item) | Confirm::RestorePlanItem(item) => plan_item(item),
        Confirm::ReopenAction(id, _) => plan_item(PlanItem::Action(id)),
        Confirm::ArchivePartner(id) | Confirm::RestorePartner(id) => {
            m.directory.partners.iter().find(|p| p.id == id).map(|p| p.name.clone())
        }
        Confirm::EndTie(id) => {
            person.and_then(|p| p.case.ties.iter().find(|t| t.id == id).map(|t| tie_label(t, &p.plan.partners)))
        }
    };
    name.map(|n| display(&n).into_owned())
}

pub fn draw(m: &Model, what: Confirm, theme: &Theme, f: &mut Frame, area: Rect) {
    let question = match what {
        Confirm::DiscardForm => Text::ConfirmDiscard,
        Confirm::ArchivePerson(_) => Text::ConfirmArchive,
        Confirm::RestorePerson(_) => Text::ConfirmRestore,
        Confirm::ArchivePlanItem(item) => crate::app::screens::plan::update::archive_question(item),
        Confirm::RestorePlanItem(_) => crate::app::screens::plan::update::restore_question(),
        Confirm::ArchivePartner(_) => Text::ConfirmArchivePartner,
        Confirm::RestorePartner(_) => Text::ConfirmRestorePartner,
        Confirm::EndTie(_) => Text::ConfirmEndTie,
        Confirm::ReopenAction(..) => Text::ConfirmReopenAction,
        Confirm::RemoveEvidence(_) => Text::ConfirmRemoveEvidence,
    };
    let rect = centered(area, 64, 8);
    f.render_widget(Clear, rect);
    let block = Block::default()
        .borders(Borders::ALL)
        .padding(ratatui::widgets::Padding::horizontal(1))
        .border_style(theme.style(Role::Warning))
        .style(theme.style(Role::Overlay));
    let mut lines = Vec::new();
    if let Some(name) = subject(m, what) {
        lines.push(Line::from(Span::styled(format!("«\u{a0}{name}\u{a0}»"), theme.on(Role::Overlay, Role::Title))));
    }
    lines.push(Line::styled(tr(m.lang, question), theme.style(Role::Overlay)));
    lines.push(Line::raw(""));
    lines.push(Line::from(Span::styled(
        m.keymap.say(m.lang, &crate::i18n::KeyedText::ConfirmKeys),
        theme.on(Role::Overlay, Role::Key),
    )));
    f.render_widget(Paragraph::new(lines).block(block).wrap(Wrap { trim: true }), rect);
}
