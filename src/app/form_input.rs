//! Keys typed in a form, and its saving: each kind of form becomes the effect that stores it.

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use super::action::{Action, Context};
use super::effect::Effect;
use super::form::FieldId;
use super::form::{Field, FieldKind, Form, FormKind};
use super::keymap::KeyChord;
use super::model::{Confirm, Model, Overlay, StatusKind};
use super::picker::{Picker, PickerKind};
use super::screens::{competencies, directory, evaluation, network, plan};
use crate::domain::text::clean_line;
use crate::i18n::{Say, say};

pub(super) fn form_key(m: &mut Model, mut form: Box<Form>, ev: KeyEvent, chord: KeyChord) -> Vec<Effect> {
    let action = m.keymap.resolve(Context::Form, chord);
    let choice = form.export_choice();
    match action {
        Some(Action::Save) => {
            form.expand_dates(m.today);
            return save_form(m, form);
        }
        Some(Action::Cancel) => {
            if form.is_dirty() {
                m.overlay =
                    Some(Overlay::Confirm { what: Confirm::DiscardForm, under: Some(Box::new(Overlay::Form(form))) });
            } else if let Some(old) = evaluation::update::readjusted_by(&form) {
                return evaluation::update::readjustment_left(m, old);
            } else if let Some(parked) = form.parked {
                m.overlay = Some(Overlay::Form(parked));
            }
            return vec![];
        }
        Some(Action::Help) => {
            m.overlay = Some(Overlay::Help { scroll: 0, under: Some(Box::new(Overlay::Form(form))) });
            return vec![];
        }
        // Asks first when the form holds words not saved, as Ctrl-C does.
        Some(Action::Quit) => {
            m.overlay = Some(Overlay::Form(form));
            return super::update::always_quit(m);
        }
        Some(Action::Undo) => {
            if let Some(field) = form.focused().filter(|f| !matches!(f.kind, FieldKind::Choice(_) | FieldKind::Toggle))
            {
                field.editor.undo();
            }
        }
        Some(Action::ClearField) => {
            if let Some(field) = form.focused() {
                field.clear();
            }
            form.follow_export_choice_since(choice, m.today, m.lang);
        }
        Some(Action::NewPartner) if plan::new_carrier::offered(&form) => return plan::new_carrier::open(m, form),
        Some(Action::NextField) => form.move_focus(true, m.today),
        Some(Action::PrevField) => form.move_focus(false, m.today),
        Some(Action::PickCode) => {
            let picker = match form.fields.get(form.focus).map(|f| &f.kind) {
                Some(FieldKind::Needs) => Some(Picker::needs()),
                Some(FieldKind::Service) => Some(Picker::services()),
                Some(FieldKind::NeedRefs) => Some(Picker::diagnosis_needs(plan::update::diagnosis_needs(m))),
                Some(FieldKind::PartnerRefs) => Some(Picker::partners(
                    m.person
                        .as_ref()
                        .map(|p| p.plan.partners.iter().filter(|x| !x.archived).map(|x| clean_line(&x.name)).collect())
                        .unwrap_or_default(),
                )),
                Some(FieldKind::Choice(_)) => form.fields.get(form.focus).map(|f| Picker::choices(choice_labels(m, f))),
                _ => None,
            };
            match picker {
                Some(picker) => {
                    m.overlay = Some(Overlay::CodePicker(form, picker));
                    return vec![];
                }
                None => m.set_status(StatusKind::Info, m.keymap.say(m.lang, &crate::i18n::KeyedText::PickCodeOnNeeds)),
            }
        }
        _ => {
            let submits = form.kind.submits_on_enter();
            if let Some(field) = form.focused() {
                match (&field.kind, ev.code) {
                    (FieldKind::Choice(_) | FieldKind::Toggle, KeyCode::Right | KeyCode::Char(' ')) => {
                        field.cycle(true)
                    }
                    (FieldKind::Choice(_) | FieldKind::Toggle, KeyCode::Left) => field.cycle(false),
                    (FieldKind::Choice(_) | FieldKind::Toggle, KeyCode::Enter) => form.move_focus(true, m.today),
                    // The comparison's one date: Enter compares (it saves nothing, Ctrl-S would say otherwise).
                    (_, KeyCode::Enter) if submits => {
                        form.expand_dates(m.today);
                        return save_form(m, form);
                    }
                    (FieldKind::Choice(_), KeyCode::Char(c)) if !ev.modifiers.contains(KeyModifiers::CONTROL) => {
                        let labels = choice_labels(m, field);
                        field.choose_by_key(c, &labels);
                    }
                    (FieldKind::Choice(_) | FieldKind::Toggle, _) => {}
                    (kind, KeyCode::Enter) if !kind.is_multiline() => form.move_focus(true, m.today),
                    (_, KeyCode::Char(c)) if c.is_control() => {}
                    _ => {
                        field.editor.input(ev);
                        field.error = None;
                    }
                }
            }
            form.follow_export_choice_since(choice, m.today, m.lang);
        }
    }
    m.overlay = Some(Overlay::Form(form));
    vec![]
}

/// The choices of a choice field as the form shows them.
fn choice_labels(m: &Model, field: &Field) -> Vec<String> {
    match &field.kind {
        FieldKind::Choice(_) if !field.labels.is_empty() => field.labels.clone(),
        FieldKind::Choice(codes) => codes.iter().map(|c| crate::i18n::choice_label(m.lang, c)).collect(),
        _ => Vec::new(),
    }
}

/// Puts what was picked in a finder (row `row` of its list) into the form, which then follows
/// what changed (the export dialog's formats follow its document), however the row was chosen.
pub(super) fn pick(m: &Model, form: &mut Form, picker: &Picker, row: usize, with_label: bool) {
    let choice = form.export_choice();
    put_picked(form, picker, row, with_label);
    form.follow_export_choice_since(choice, m.today, m.lang);
}

fn put_picked(form: &mut Form, picker: &Picker, row: usize, with_label: bool) {
    let Some(item) = picker.list.matches.get(row).and_then(|i| picker.items.get(*i)) else { return };
    match picker.kind {
        PickerKind::NeedCode => form.set_need_code(&item.value, with_label.then_some(item.label.as_str())),
        PickerKind::ServiceCode => form.set_text(FieldId::Service, &item.value),
        PickerKind::DiagnosisNeed => form.append_line(FieldId::LinkedNeeds, &item.value),
        PickerKind::Partner => form.append_line(FieldId::Partners, &item.value),
        PickerKind::Choice => {
            if let (Some(field), Ok(i)) = (form.focused(), item.value.parse::<usize>()) {
                field.choice = i;
            }
        }
    }
}

fn save_form(m: &mut Model, mut form: Box<Form>) -> Vec<Effect> {
    // Only the person's own pseudonym is exempt: another's first name in her notes is someone else.
    let pseudonyms: Vec<String> = m.person.as_ref().map(|p| p.case.person.pseudonym.clone()).into_iter().collect();
    if form.flag_identifying(&pseudonyms) {
        m.set_status(StatusKind::Error, say(m.lang, &Say::IdentifyingData));
        m.overlay = Some(Overlay::Form(form));
        return vec![];
    }
    // A readjustment is a new objective: saved unchanged, it would only copy the old one.
    if evaluation::update::readjusted_by(&form).is_some() && !form.is_dirty() {
        form.refuse_unchanged_readjustment();
        m.set_status(StatusKind::Error, say(m.lang, &Say::FormHasErrors));
        m.overlay = Some(Overlay::Form(form));
        return vec![];
    }
    // A slip the model already shows is said before anything is stored (the runtime asks the base
    // the same question again, for what the model may not hold).
    if let Some(text) = slip(m, &mut form) {
        m.set_status(StatusKind::Error, text);
        m.overlay = Some(Overlay::Form(form));
        return vec![];
    }
    let key_of = |typed: &str| plan::update::domain_key_of(m, typed);
    let effect = match &form.kind {
        FormKind::Person(_) => form.to_person(m.today).map(Effect::SavePerson),
        FormKind::Entry(_) => form.to_entry(m.today).map(Effect::SaveEntry),
        FormKind::Axis(_) => form.to_axis(&key_of).map(Effect::SaveAxis),
        FormKind::Objective { readjusts: Some(old), .. } => {
            let old = *old;
            form.to_objective(&key_of).map(|o| Effect::Readjust(old, o))
        }
        FormKind::Objective { readjusts: None, .. } => form.to_objective(&key_of).map(Effect::SaveObjective),
        FormKind::Action(_) => form.to_action(m.today).map(Effect::SaveAction),
        FormKind::Postpone(_) => form.to_postponement(m.today).map(Effect::Postpone),
        FormKind::Partner(_) => form.to_partner().map(Effect::SavePartner),
        FormKind::Tie(_) => form.to_tie(m.today).map(|t| Effect::SaveTie(t, m.today)),
        FormKind::Journal(_) => {
            let partners = m.person.as_ref().map(|p| p.plan.partners.clone()).unwrap_or_default();
            form.to_journal(m.today, &partners).map(Effect::SaveJournalEntry)
        }
        FormKind::Evaluation { .. } => form.to_evaluation(m.today).map(Effect::SaveEvaluation),
        FormKind::Evidence(..) => form.to_evidence(m.today).map(Effect::SaveEvidence),
        FormKind::Export { .. } => form.to_export(m.home.as_deref()).map(Effect::Export),
        FormKind::CompareDate => match form.to_compare_date(m.today) {
            Some(date) => return network::update::compare_from(m, date),
            None => None,
        },
    };
    if effect.is_none() {
        m.set_status(StatusKind::Error, say(m.lang, &Say::FormHasErrors));
    }
    m.overlay = Some(Overlay::Form(form));
    effect.into_iter().collect()
}

/// What the form would store that the records on screen already hold: a pseudonym of the file
/// active, a partner's name, a record already tagged for this competency.
fn slip(m: &Model, form: &mut Form) -> Option<String> {
    match &form.kind {
        // Only a person renamed: a new person's pseudonym is left to the runtime's check against
        // the base, which logs the refusal's kind (tests/scripts.rs holds that path).
        FormKind::Person(_) => {
            let p = form
                .to_person(m.today)
                .filter(|p| p.id != 0 && p.pseudonym_taken_among(m.rows.iter().map(|r| &r.person)))?;
            Some(say(m.lang, &Say::PseudonymTaken(p.pseudonym)))
        }
        FormKind::Partner(_) => {
            // Over an action form the directory may not be loaded: the plan's partners are.
            let plan_partners = m.person.as_ref().map(|p| p.plan.partners.as_slice()).unwrap_or_default();
            let taken = |p: &crate::domain::partner::Partner| {
                directory::name_taken(&m.directory.partners, p) || directory::name_taken(plan_partners, p)
            };
            let p = form.to_partner().filter(|p| taken(p))?;
            Some(say(m.lang, &Say::PartnerNameTaken(p.name)))
        }
        FormKind::Evidence(..) => {
            let e = form.to_evidence(m.today)?;
            let shown: Vec<_> = m.competencies.data.evidence.iter().map(|(x, _)| x.clone()).collect();
            competencies::already_tagged(&shown, &e).then(|| competencies::already_tagged_text(m.lang, &m.keymap, &e))
        }
        _ => None,
    }
}
