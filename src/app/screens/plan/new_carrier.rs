//! A new partner to carry an action, created from the action form without leaving it: the action
//! form is parked under the directory's partner form, and comes back with every word typed, the
//! carrier set to the partner just stored (or untouched when the partner is given up).

use crate::app::effect::Effect;
use crate::app::form::{Field, FieldId, Form, FormKind};
use crate::app::model::{Confirm, Model, Overlay, StatusKind};
use crate::domain::partner::Partner;
use crate::domain::plan::Carrier;
use crate::i18n::{Text, tr};

use super::form::carrier_code;
use super::update::carrier_options;

/// Only the action form's carrier field offers it: elsewhere a partner would carry nothing.
pub fn offered(form: &Form) -> bool {
    matches!(form.kind, FormKind::Action(_)) && form.fields.get(form.focus).is_some_and(|f| f.id == FieldId::Carrier)
}

/// The partner form over the action form, which waits under it.
pub fn open(m: &mut Model, action_form: Box<Form>) -> Vec<Effect> {
    let mut partner = Form::partner(&Partner::new_draft());
    partner.parked = Some(action_form);
    m.overlay = Some(Overlay::Form(Box::new(partner)));
    vec![]
}

/// The stored partner carries the parked action: `None` when no action form waits (the
/// directory's own partner form), which the directory then handles.
pub fn saved(m: &mut Model, partner: &Partner) -> Option<Vec<Effect>> {
    let Some(Overlay::Form(form)) = m.overlay.as_mut() else { return None };
    let mut action_form = form.parked.take()?;
    if let Some(p) = m.person.as_mut()
        && !p.plan.partners.iter().any(|x| x.id == partner.id)
    {
        p.plan.partners.push(partner.clone());
    }
    let chosen = carrier_code(Carrier::Partner(partner.id));
    if let Some(field) = action_form.fields.iter_mut().find(|f| f.id == FieldId::Carrier) {
        let fresh = Field::labelled_choice(FieldId::Carrier, carrier_options(m), &chosen);
        (field.kind, field.labels, field.choice) = (fresh.kind, fresh.labels, fresh.choice);
    }
    m.overlay = Some(Overlay::Form(action_form));
    m.set_status(StatusKind::Success, tr(m.lang, Text::PartnerSaved));
    Some(vec![])
}

/// The form parked under a form given up (« abandonner ? » answered yes): it comes back.
pub fn unpark(what: Confirm, under: &mut Option<Box<Overlay>>) -> Option<Box<Form>> {
    match (what, under.as_deref_mut()) {
        (Confirm::DiscardForm, Some(Overlay::Form(form))) => form.parked.take(),
        _ => None,
    }
}
