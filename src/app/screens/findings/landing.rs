//! Where a finding's way to its record lands, and the keys that edit the record there: the
//! status names them from the keymap of that screen or tab, not from a sentence.

use crate::app::action::{Action, Context};
use crate::app::effect::Effect;
use crate::app::model::{Model, PersonTab, StatusKind};
use crate::app::screens::competencies::Jump;
use crate::i18n::KeyedText;

/// The context a jump lands in and the action that edits the record there; none for a jump
/// that goes nowhere.
pub fn edit_at(to: Jump) -> Option<(Context, Action)> {
    let tab = match to {
        Jump::Diagnostic(..) => PersonTab::Diagnostic,
        Jump::Plan(..) => PersonTab::Plan,
        Jump::Tie(..) => PersonTab::Network,
        Jump::Journal(..) => PersonTab::Journal,
        Jump::Evaluation(_) | Jump::EvaluationOf(..) => PersonTab::Evaluation,
        Jump::Tab(_, tab) => tab,
        Jump::Evidence(..) => return Some((Context::Competencies, Action::EditItem)),
        Jump::Nowhere => return None,
    };
    Some(match tab {
        PersonTab::Card => (Context::Person, Action::EditPerson),
        PersonTab::Diagnostic => (Context::Diagnostic, Action::EditEntry),
        PersonTab::Plan => (Context::Project, Action::EditItem),
        PersonTab::Network => (Context::Network, Action::EditItem),
        PersonTab::Evaluation => (Context::Evaluation, Action::EditItem),
        PersonTab::Journal => (Context::Journal, Action::EditItem),
    })
}

/// Goes to the record a finding lies in and says which keys edit it there.
pub fn jump_to_record(m: &mut Model, to: Jump) -> Vec<Effect> {
    let effects = crate::app::screens::competencies::update::jump(m, to);
    if let Some((context, edit)) = edit_at(to) {
        let text = m.keymap.say(m.lang, &KeyedText::RecordReached { context, edit });
        m.set_status(StatusKind::Info, text);
    }
    effects
}
