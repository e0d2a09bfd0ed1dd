//! `update`: the only place the model changes. No I/O, no clock: effects are returned as values.

use crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers, MouseEventKind};

use super::action::{Action, Context};
use super::effect::Effect;
use super::form::FieldId;
use super::form::{FieldKind, Form, FormKind};
use super::keymap::KeyChord;
use super::model::{
    CameFrom, Confirm, DiagnosticMode, Model, Overlay, PersonRow, PersonState, PersonTab, Screen, StatusKind,
};
use super::msg::{Msg, Target};
use super::network::NetworkState;
use super::palette::Palette;
use super::picker::{Picker, PickerKind};
use super::project::{PlanItem, ProjectState, ProjectView};
use super::update_competencies;
use super::update_directory;
use super::update_evaluation;
use super::update_network;
use super::update_project;
use crate::domain::diagnosis::DiagnosisEntry;
use crate::domain::person::Person;
use crate::domain::text::{clean, clean_line};
use crate::i18n::{Say, say};

const PAGE: isize = 10;

pub fn update(m: &mut Model, msg: Msg) -> Vec<Effect> {
    match msg {
        Msg::Key(ev) => key(m, ev),
        Msg::Paste(text) => paste(m, &text),
        Msg::Mouse(ev) => {
            let down = match ev.kind {
                MouseEventKind::ScrollDown => true,
                MouseEventKind::ScrollUp => false,
                _ => return vec![],
            };
            match m.overlay.as_mut() {
                Some(Overlay::Help { scroll, .. }) => {
                    *scroll = if down { scroll.saturating_add(1) } else { scroll.saturating_sub(1) };
                    vec![]
                }
                // The wheel never moves what lies under a form or a question.
                Some(_) => vec![],
                None => act(m, if down { Action::Down } else { Action::Up }),
            }
        }
        Msg::Click(target) => click(m, target),
        Msg::Action(a) => act(m, a),
        Msg::PersonsLoaded(summaries) => {
            let total = m.configured_domains.len();
            m.rows = summaries.into_iter().map(|s| PersonRow::new(s, total, m.today)).collect();
            // Persons followed now first, then paused, then closed; alphabetical within.
            m.rows.sort_by_key(|r| (r.person.status as u8, crate::domain::text::fold(&r.person.pseudonym)));
            if m.rows.is_empty() {
                m.screen = Screen::Welcome;
            } else if m.screen == Screen::Welcome {
                m.screen = Screen::FileActive;
            }
            clamp_selection(m);
            vec![]
        }
        Msg::PersonLoaded(person, entries) => {
            // The configured domains keep their places: a domain index chosen before stays valid.
            m.domains = crate::domain::life_domain::with_unlisted(
                &m.configured_domains,
                entries.iter().map(|e| e.domain.as_str()),
            );
            let keep = m.person.take().filter(|p| p.person.id == person.id);
            m.person = Some(match keep {
                Some(old) => PersonState { person, entries, ..old },
                None => PersonState {
                    person,
                    entries,
                    tab: m.pending_tab.take().unwrap_or(PersonTab::Diagnostic),
                    domain: m.pending_domain.take().unwrap_or(0),
                    mode: DiagnosticMode::Entry,
                    scroll: 0,
                    project: ProjectState::default(),
                    network: NetworkState::default(),
                    journal: Default::default(),
                    evaluation: Default::default(),
                },
            });
            m.screen = Screen::Person;
            vec![]
        }
        Msg::PlanLoaded(person, plan, partners) => update_project::plan_loaded(m, person, plan, partners),
        Msg::PlanSaved(person, item, change) => {
            let mut effects = update_project::saved(m, person, item, change);
            // Readjustments decided in an evaluation are written one after the other.
            if change == super::msg::PlanChange::Readjusted {
                effects.extend(update_evaluation::next_readjustment(m));
            }
            effects
        }
        Msg::PostponementsLoaded(action, list) => {
            if let Some(p) = m.person.as_mut()
                && p.project.selected_item() == Some(PlanItem::Action(action))
            {
                p.project.postponements = list;
            }
            vec![]
        }
        Msg::DirectoryLoaded(partners) => update_directory::loaded(m, partners),
        Msg::PlanGapsLoaded(gaps) => {
            let by_person: std::collections::HashMap<_, _> = gaps.into_iter().collect();
            for row in m.rows.iter_mut().filter(|r| r.person.status == crate::domain::person::PersonStatus::Active) {
                if let Some(n) = by_person.get(&row.person.id).filter(|n| **n > 0) {
                    row.alerts.push(crate::domain::alerts::Alert::PlanGaps(*n));
                }
            }
            vec![]
        }
        Msg::NetworkFactsLoaded(facts) => {
            // Thousands of persons: look each one up, do not scan the list for each.
            let by_person: std::collections::HashMap<_, _> = facts.into_iter().collect();
            for row in m.rows.iter_mut().filter(|r| r.person.status == crate::domain::person::PersonStatus::Active) {
                if let Some(f) = by_person.get(&row.person.id) {
                    row.alerts.extend(crate::domain::alerts::network_alerts(f));
                }
            }
            vec![]
        }
        Msg::FindingsLoaded(rows) => {
            m.findings.rows = rows;
            m.findings.loaded = true;
            m.findings.selected = m.findings.selected.min(m.findings.rows.len().saturating_sub(1));
            vec![]
        }
        Msg::CompetenciesLoaded(data) => update_competencies::loaded(m, data),
        Msg::EvidenceSaved(e) => update_competencies::saved(m, e),
        Msg::EvidenceRemoved => update_competencies::removed(m),
        Msg::JournalLoaded(person, list) => update_evaluation::journal_loaded(m, person, list),
        Msg::EvaluationsLoaded(person, list) => update_evaluation::evaluations_loaded(m, person, list),
        Msg::JournalSaved(e) => update_evaluation::journal_saved(m, e),
        Msg::EvaluationSaved(e) => update_evaluation::evaluation_saved(m, e),
        Msg::NetworkLoaded(person, ties) => update_network::loaded(m, person, ties),
        Msg::TieSaved(person, tie) => update_network::saved(m, person, tie),
        Msg::PartnerSaved(p) => update_directory::saved(m, p),
        Msg::PartnerArchived(_, archived) => update_directory::archived(m, archived),
        Msg::PartnerPersonsLoaded(id, persons) => update_directory::persons_loaded(m, id, persons),
        Msg::DeadlinesLoaded(list) => {
            m.deadlines = list;
            m.deadline_selected = m.deadline_selected.min(m.deadlines.len().saturating_sub(1));
            vec![]
        }
        Msg::PersonSaved(person) => {
            // A new person opens on her diagnostic; a card edited from the file active stays there.
            let created =
                matches!(&m.overlay, Some(Overlay::Form(f)) if matches!(&f.kind, FormKind::Person(p) if p.id == 0));
            m.overlay = None;
            m.set_status(StatusKind::Success, say(m.lang, &Say::PersonSaved(person.pseudonym.clone())));
            if created || m.screen == Screen::Person {
                vec![Effect::LoadPersons, Effect::LoadPerson(person.id)]
            } else {
                vec![Effect::LoadPersons]
            }
        }
        Msg::Archived(id, archived) => {
            let text = if archived { Say::Archived } else { Say::Restored };
            m.set_status(StatusKind::Success, say(m.lang, &text));
            if archived && m.person.as_ref().is_some_and(|p| p.person.id == id) {
                m.person = None;
                m.screen = Screen::FileActive;
            }
            vec![Effect::LoadPersons]
        }
        Msg::EntrySaved(entry) => {
            m.overlay = None;
            let label = m.domain_label(&entry.domain);
            m.set_status(StatusKind::Success, say(m.lang, &Say::EntrySaved(label, entry.revision)));
            let mut effects = vec![Effect::LoadPerson(entry.person_id), Effect::LoadPersons];
            // An open history is reloaded, or it would not show the revision just saved.
            if m.person
                .as_ref()
                .is_some_and(|p| p.person.id == entry.person_id && matches!(p.mode, DiagnosticMode::History { .. }))
            {
                effects.push(Effect::LoadHistory(entry.person_id, entry.domain));
            }
            effects
        }
        Msg::HistoryLoaded(domain, revisions) => {
            if let Some(p) = m.person.as_mut()
                && m.domains.get(p.domain).is_some_and(|d| d.key == domain)
            {
                p.mode = DiagnosticMode::History { revisions, selected: 0 };
                p.scroll = 0;
            }
            vec![]
        }
        Msg::SearchResults(query, hits) => {
            if m.file_active.filter.as_deref() == Some(query.as_str()) {
                m.file_active.text_hits = crate::app::model::TextHits::new(hits);
                clamp_selection(m);
            }
            vec![]
        }
        Msg::DemoLoaded(count) => {
            m.set_status(StatusKind::Success, say(m.lang, &Say::DemoLoaded(count)));
            m.screen = Screen::FileActive;
            vec![Effect::LoadPersons]
        }
        Msg::Resized(w, h) => {
            m.too_small = w < crate::ui::MIN_WIDTH || h < crate::ui::MIN_HEIGHT;
            vec![]
        }
        Msg::NewDay(day) => {
            m.today = day;
            // Alerts and lateness are counted from today: recount them.
            vec![Effect::LoadPersons]
        }
        Msg::Exported(path) => super::update_export::exported(m, &path),
        Msg::ExportFindings(request, rows) => super::update_export::found(m, request, rows),
        Msg::Failed(text, _) => {
            // The form, if any, stays open with every word typed: nothing is lost on a failed save.
            m.set_status(StatusKind::Error, text);
            vec![]
        }
    }
}

fn key(m: &mut Model, ev: KeyEvent) -> Vec<Effect> {
    if ev.kind == KeyEventKind::Release {
        return vec![];
    }
    m.status = m.status.take().filter(|s| s.kind == StatusKind::Error && m.overlay.is_some());
    let chord = KeyChord::from_event(&ev);
    if chord == ALWAYS_QUITS {
        return always_quit(m);
    }
    // Behind « agrandissez le terminal » nothing must happen unseen; quitting still works.
    if m.too_small {
        if m.keymap.resolve(Context::Global, chord) == Some(Action::Quit) {
            m.quit = true;
        }
        return vec![];
    }
    match m.overlay.take() {
        Some(overlay) => overlay_key(m, overlay, ev, chord),
        None if m.screen == Screen::FileActive && m.filter_editing => filter_key(m, ev, chord),
        None if m.screen == Screen::Directory && m.directory.filter_editing => {
            update_directory::filter_key(m, ev, chord)
        }
        None if update_evaluation::on_journal(m) && m.person.as_ref().is_some_and(|p| p.journal.editing) => {
            update_evaluation::journal_search_key(m, ev, chord)
        }
        None => match m.keymap.resolve(m.context(), chord) {
            Some(action) => act(m, action),
            None => vec![],
        },
    }
}

/// Ctrl-C, whatever keymap.toml says: a keymap that binds nothing to « quitter » must not trap
/// anyone in the program.
const ALWAYS_QUITS: KeyChord = KeyChord { code: KeyCode::Char('c'), ctrl: true, alt: false };

/// Quits, unless a form holds words not saved: then it asks first, as Esc does.
fn always_quit(m: &mut Model) -> Vec<Effect> {
    match m.overlay.take() {
        // Already asked: the question stays, its answer is « o » or Esc.
        Some(asked @ Overlay::Confirm { what: Confirm::DiscardForm, .. }) => m.overlay = Some(asked),
        Some(overlay) => match unsaved_form(overlay) {
            Some(form) => {
                let under = Some(Box::new(Overlay::Form(form)));
                m.overlay = Some(Overlay::Confirm { what: Confirm::DiscardForm, under });
            }
            None => m.quit = true,
        },
        None => m.quit = true,
    }
    vec![]
}

/// The form with words not saved anywhere in `overlay`, under a help, a picker or a question.
fn unsaved_form(overlay: Overlay) -> Option<Box<Form>> {
    match overlay {
        Overlay::Form(form) | Overlay::CodePicker(form, _) => form.is_dirty().then_some(form),
        Overlay::Help { under: Some(under), .. } | Overlay::Confirm { under: Some(under), .. } => unsaved_form(*under),
        _ => None,
    }
}

fn overlay_key(m: &mut Model, overlay: Overlay, ev: KeyEvent, chord: KeyChord) -> Vec<Effect> {
    match overlay {
        Overlay::Help { scroll, under } => {
            let scroll = match m.keymap.resolve(Context::Global, chord) {
                Some(Action::Up) => scroll.saturating_sub(1),
                Some(Action::Down) => scroll.saturating_add(1),
                Some(Action::PageDown) => scroll.saturating_add(10),
                Some(Action::PageUp) => scroll.saturating_sub(10),
                // Any other key closes the help, back to whatever was under it (a form keeps every word).
                _ => {
                    m.overlay = under.map(|b| *b);
                    return vec![];
                }
            };
            m.overlay = Some(Overlay::Help { scroll, under });
            vec![]
        }
        Overlay::Palette(mut palette) => match ev.code {
            KeyCode::Esc => vec![],
            KeyCode::Enter => match palette.chosen() {
                Some(action) => act(m, action),
                None => {
                    m.overlay = Some(Overlay::Palette(palette));
                    vec![]
                }
            },
            code => {
                list_key(&mut palette.list, code, chord);
                m.overlay = Some(Overlay::Palette(palette));
                vec![]
            }
        },
        Overlay::CodePicker(mut form, mut picker) => match ev.code {
            KeyCode::Esc => {
                m.overlay = Some(Overlay::Form(form));
                vec![]
            }
            KeyCode::Enter => {
                pick(&mut form, &picker, picker.list.selected, false);
                form.follow_export_choice(m.today, m.lang);
                m.overlay = Some(Overlay::Form(form));
                vec![]
            }
            // The finder's own key again: the need's code with its label (« [1.1.1.1] Besoins en
            // matière de fonctions mentales… »), for a need said in the nomenclature's words.
            _ if picker.kind == PickerKind::NeedCode
                && m.keymap.resolve(Context::Form, chord) == Some(Action::PickCode) =>
            {
                pick(&mut form, &picker, picker.list.selected, true);
                m.overlay = Some(Overlay::Form(form));
                vec![]
            }
            code => {
                list_key(&mut picker.list, code, chord);
                m.overlay = Some(Overlay::CodePicker(form, picker));
                vec![]
            }
        },
        // keymap.toml's [confirm] never binds Enter: it is also the key that opens and edits, and
        // one press too many must never archive, end or throw anything away.
        Overlay::Confirm { what, under } => match m.keymap.resolve(Context::Confirm, chord) {
            Some(Action::Confirm) => {
                let readjusting = match under.as_deref() {
                    Some(Overlay::Form(form)) => update_evaluation::readjusted_by(form),
                    _ => None,
                };
                let mut effects = confirm(m, what);
                if let Some(old) = readjusting {
                    effects.extend(update_evaluation::readjustment_left(m, old));
                }
                effects
            }
            Some(Action::Cancel) => {
                m.overlay = under.map(|b| *b);
                vec![]
            }
            _ => {
                m.overlay = Some(Overlay::Confirm { what, under });
                vec![]
            }
        },
        Overlay::Form(form) => form_key(m, form, ev, chord),
        Overlay::ExportFindings { request, rows, selected, under } => {
            super::update_export::findings_key(m, (request, rows, selected, under), ev, chord)
        }
    }
}

/// Keys shared by the palette and the finder: move, type, erase.
fn list_key(list: &mut super::fuzzy::FuzzyList, code: KeyCode, chord: KeyChord) {
    match code {
        KeyCode::Up => list.move_by(-1),
        KeyCode::Down => list.move_by(1),
        KeyCode::PageUp => list.move_by(-PAGE),
        KeyCode::PageDown => list.move_by(PAGE),
        KeyCode::Backspace => list.pop(),
        KeyCode::Char(c) if !chord.ctrl && !chord.alt => list.push(c),
        _ => {}
    }
}

fn form_key(m: &mut Model, mut form: Box<Form>, ev: KeyEvent, chord: KeyChord) -> Vec<Effect> {
    let action = m.keymap.resolve(Context::Form, chord);
    match action {
        Some(Action::Save) => {
            form.expand_dates(m.today);
            return save_form(m, form);
        }
        Some(Action::Cancel) => {
            if form.is_dirty() {
                m.overlay =
                    Some(Overlay::Confirm { what: Confirm::DiscardForm, under: Some(Box::new(Overlay::Form(form))) });
            } else if let Some(old) = update_evaluation::readjusted_by(&form) {
                return update_evaluation::readjustment_left(m, old);
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
            return always_quit(m);
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
            form.follow_export_choice(m.today, m.lang);
        }
        Some(Action::NextField) => form.move_focus(true, m.today),
        Some(Action::PrevField) => form.move_focus(false, m.today),
        Some(Action::PickCode) => {
            let picker = match form.fields.get(form.focus).map(|f| &f.kind) {
                Some(FieldKind::Needs) => Some(Picker::needs()),
                Some(FieldKind::Service) => Some(Picker::services()),
                Some(FieldKind::NeedRefs) => Some(Picker::diagnosis_needs(update_project::diagnosis_needs(m))),
                Some(FieldKind::PartnerRefs) => Some(Picker::partners(
                    m.person
                        .as_ref()
                        .map(|p| {
                            p.project.partners.iter().filter(|x| !x.archived).map(|x| clean_line(&x.name)).collect()
                        })
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
            let compares = form.kind == FormKind::CompareDate;
            if let Some(field) = form.focused() {
                match (&field.kind, ev.code) {
                    (FieldKind::Choice(_) | FieldKind::Toggle, KeyCode::Right | KeyCode::Char(' ')) => {
                        field.cycle(true)
                    }
                    (FieldKind::Choice(_) | FieldKind::Toggle, KeyCode::Left) => field.cycle(false),
                    (FieldKind::Choice(_) | FieldKind::Toggle, KeyCode::Enter) => form.move_focus(true, m.today),
                    // The comparison's one date: Enter compares (it saves nothing, Ctrl-S would say otherwise).
                    (_, KeyCode::Enter) if compares => {
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
            form.follow_export_choice(m.today, m.lang);
        }
    }
    m.overlay = Some(Overlay::Form(form));
    vec![]
}

/// The choices of a choice field as the form shows them.
fn choice_labels(m: &Model, field: &super::form::Field) -> Vec<String> {
    match &field.kind {
        FieldKind::Choice(_) if !field.labels.is_empty() => field.labels.clone(),
        FieldKind::Choice(codes) => codes.iter().map(|c| crate::i18n::choice_label(m.lang, c)).collect(),
        _ => Vec::new(),
    }
}

/// Puts what was picked in a finder (row `row` of its list) into the form.
fn pick(form: &mut Form, picker: &Picker, row: usize, with_label: bool) {
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
    let pseudonyms: Vec<String> = m.person.as_ref().map(|p| p.person.pseudonym.clone()).into_iter().collect();
    if form.flag_identifying(&pseudonyms) {
        m.set_status(StatusKind::Error, say(m.lang, &Say::IdentifyingData));
        m.overlay = Some(Overlay::Form(form));
        return vec![];
    }
    // A readjustment is a new objective: saved unchanged, it would only copy the old one.
    if update_evaluation::readjusted_by(&form).is_some() && !form.is_dirty() {
        form.refuse_unchanged_readjustment();
        m.set_status(StatusKind::Error, say(m.lang, &Say::FormHasErrors));
        m.overlay = Some(Overlay::Form(form));
        return vec![];
    }
    let key_of = |typed: &str| update_project::domain_key_of(m, typed);
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
            let partners = m.person.as_ref().map(|p| p.project.partners.clone()).unwrap_or_default();
            form.to_journal(m.today, &partners).map(Effect::SaveJournalEntry)
        }
        FormKind::Evaluation { .. } => form.to_evaluation(m.today).map(Effect::SaveEvaluation),
        FormKind::Evidence(..) => form.to_evidence(m.today).map(Effect::SaveEvidence),
        FormKind::Export { .. } => form.to_export(m.home.as_deref()).map(Effect::Export),
        FormKind::CompareDate => match form.to_compare_date(m.today) {
            Some(date) => return update_network::compare_from(m, date),
            None => None,
        },
    };
    if effect.is_none() {
        m.set_status(StatusKind::Error, say(m.lang, &Say::FormHasErrors));
    }
    m.overlay = Some(Overlay::Form(form));
    effect.into_iter().collect()
}

fn filter_key(m: &mut Model, ev: KeyEvent, chord: KeyChord) -> Vec<Effect> {
    let mut query = m.file_active.filter.clone().unwrap_or_default();
    match ev.code {
        KeyCode::Esc => {
            m.filter_editing = false;
            m.file_active.filter = None;
            m.file_active.text_hits.clear();
            return vec![];
        }
        KeyCode::Enter => {
            m.filter_editing = false;
            return act(m, Action::Open);
        }
        KeyCode::Up | KeyCode::Down | KeyCode::PageUp | KeyCode::PageDown => {
            let action = match ev.code {
                KeyCode::Up => Action::Up,
                KeyCode::Down => Action::Down,
                KeyCode::PageUp => Action::PageUp,
                _ => Action::PageDown,
            };
            return act(m, action);
        }
        KeyCode::Backspace => {
            query.pop();
        }
        KeyCode::Char(c) if !chord.ctrl && !chord.alt && !c.is_control() => query.push(c),
        _ => return vec![],
    }
    set_filter(m, query)
}

fn set_filter(m: &mut Model, query: String) -> Vec<Effect> {
    m.file_active.filter = Some(query.clone());
    m.file_active.text_hits.clear();
    m.file_active.selected = 0;
    // Pseudonyms filter from the first letter; the diagnosis text is searched from three, where a
    // word starts to mean something (and each keystroke stays well under a millisecond).
    if query.trim().chars().count() >= 3 { vec![Effect::Search(query)] } else { vec![] }
}

fn paste(m: &mut Model, text: &str) -> Vec<Effect> {
    let journal_search = update_evaluation::on_journal(m) && m.person.as_ref().is_some_and(|p| p.journal.editing);
    match m.overlay.as_mut() {
        Some(Overlay::Form(form)) => {
            if let Some(field) = form.focused()
                && field.kind.is_text()
            {
                let text = if field.kind.is_multiline() { clean(text) } else { clean_line(text) };
                field.editor.insert_str(text);
                field.error = None;
            }
            vec![]
        }
        Some(Overlay::Palette(p)) => {
            p.list.set_query(format!("{}{}", p.list.query, clean_line(text)));
            vec![]
        }
        Some(Overlay::CodePicker(_, picker)) => {
            picker.list.set_query(format!("{}{}", picker.list.query, clean_line(text)));
            vec![]
        }
        Some(_) => vec![],
        None if m.screen == Screen::FileActive && m.filter_editing => {
            let query = format!("{}{}", m.file_active.filter.clone().unwrap_or_default(), clean_line(text));
            set_filter(m, query.chars().take(200).collect())
        }
        None if journal_search => {
            let today = m.today;
            if let Some(p) = m.person.as_mut() {
                let query = format!("{}{}", p.journal.query.clone().unwrap_or_default(), clean_line(text));
                p.journal.query = Some(query.chars().take(200).collect());
                p.journal.selected = 0;
                p.journal.clamp(today);
            }
            vec![]
        }
        None => vec![],
    }
}

fn click(m: &mut Model, target: Target) -> Vec<Effect> {
    match (target, m.overlay.as_mut()) {
        (Target::FormField(i), Some(Overlay::Form(form))) => {
            if i < form.fields.len() {
                form.focus = i;
            }
            vec![]
        }
        (Target::PaletteItem(i), Some(Overlay::Palette(p))) => {
            p.list.select(i);
            let chosen = p.chosen();
            m.overlay = None;
            chosen.map(|a| act(m, a)).unwrap_or_default()
        }
        (Target::PickerItem(i), Some(Overlay::CodePicker(..))) => {
            if let Some(Overlay::CodePicker(mut form, picker)) = m.overlay.take() {
                pick(&mut form, &picker, i, false);
                m.overlay = Some(Overlay::Form(form));
            }
            vec![]
        }
        // A click on a finding of the export's guard selects it; Enter opens it.
        (Target::FindingRow(i), Some(Overlay::ExportFindings { rows, selected, .. })) => {
            if i < rows.len() {
                *selected = i;
            }
            vec![]
        }
        (_, Some(_)) => vec![],
        (Target::PersonRow(i), None) => {
            if m.file_active.selected == i {
                // Opening ends the typing in the filter, as Enter does.
                m.filter_editing = false;
                act(m, Action::Open)
            } else {
                m.file_active.selected = i;
                clamp_selection(m);
                vec![]
            }
        }
        (Target::Tab(i), None) => {
            if let (Some(p), Some(tab)) = (m.person.as_mut(), PersonTab::ALL.get(i)) {
                p.tab = *tab;
            }
            vec![]
        }
        (Target::PlanRow(i), None) => {
            let Some(p) = m.person.as_mut() else { return vec![] };
            if p.project.selected == i {
                return act(m, Action::EditItem);
            }
            p.project.selected = i;
            p.project.clamp();
            p.project.postponements.clear();
            match p.project.selected_item() {
                Some(PlanItem::Action(id)) => vec![Effect::LoadPostponements(id)],
                _ => vec![],
            }
        }
        (Target::FindingRow(i), None) => {
            if m.findings.selected == i {
                return act(m, Action::Open);
            }
            m.findings.selected = i.min(m.findings.rows.len().saturating_sub(1));
            vec![]
        }
        (Target::CompetencyRow(i), None) => {
            if m.competencies.selected == i && !m.competencies.in_items {
                return act(m, Action::Open);
            }
            m.competencies.selected = i.min(7);
            m.competencies.in_items = false;
            m.competencies.item = 0;
            vec![]
        }
        (Target::EvidenceRow(i), None) => {
            if m.competencies.in_items && m.competencies.item == i {
                return act(m, Action::Open);
            }
            m.competencies.in_items = true;
            m.competencies.item = i;
            vec![]
        }
        (Target::JournalRow(i), None) => {
            let Some(p) = m.person.as_mut() else { return vec![] };
            if p.journal.selected == i {
                return act(m, Action::EditItem);
            }
            p.journal.selected = i;
            p.journal.clamp(m.today);
            vec![]
        }
        (Target::RatingRow(i), None) => {
            if let Some(p) = m.person.as_mut() {
                p.evaluation.domain = i;
            }
            vec![]
        }
        (Target::TieNode(i), None) => {
            let Some(p) = m.person.as_mut() else { return vec![] };
            if p.network.selected == i {
                return act(m, Action::EditItem);
            }
            p.network.selected = i;
            update_network::move_by(m, 0)
        }
        (Target::PartnerRow(i), None) => {
            if m.directory.selected == i {
                return act(m, Action::EditItem);
            }
            m.directory.selected = i;
            update_directory::move_by(m, 0)
        }
        (Target::DeadlineRow(i), None) => {
            if m.deadline_selected == i {
                return act(m, Action::Open);
            }
            m.deadline_selected = i.min(m.deadlines.len().saturating_sub(1));
            vec![]
        }
        (Target::Domain(i), None) => {
            // As in every list: a click chooses, a second click on the chosen one opens it.
            if m.person.as_ref().is_some_and(|p| p.domain == i && p.mode == DiagnosticMode::Entry) {
                return act(m, Action::EditEntry);
            }
            if let Some(p) = m.person.as_mut()
                && i < m.domains.len()
            {
                p.domain = i;
                p.mode = DiagnosticMode::Entry;
                p.scroll = 0;
            }
            vec![]
        }
        (Target::WelcomeChoice(i), None) => {
            m.welcome_choice = i.min(1);
            act(m, Action::Open)
        }
        _ => vec![],
    }
}

fn confirm(m: &mut Model, what: Confirm) -> Vec<Effect> {
    m.overlay = None;
    match what {
        Confirm::DiscardForm => {
            m.set_status(StatusKind::Info, say(m.lang, &Say::ChangesDiscarded));
            vec![]
        }
        Confirm::ArchivePerson(id) => vec![Effect::SetArchived(id, true)],
        Confirm::ArchivePlanItem(item) => vec![Effect::ArchiveItem(item)],
        Confirm::RestorePlanItem(item) => vec![Effect::RestoreItem(item)],
        Confirm::ArchivePartner(id) => vec![Effect::SetPartnerArchived(id, true)],
        Confirm::RestorePartner(id) => vec![Effect::SetPartnerArchived(id, false)],
        Confirm::EndTie(id) => vec![Effect::EndTie(id, m.today)],
        Confirm::ReopenAction(id, status) => vec![Effect::ReopenAction(id, status)],
        Confirm::RemoveEvidence(id) => vec![Effect::RemoveEvidence(id)],
        Confirm::RestorePerson(id) => vec![Effect::SetArchived(id, false)],
    }
}

/// A screen or a tab that gives its own meaning to some intents (« n » is a new objective in the
/// plan, a new entry in the journal): those intents go to it before the general ones.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Owner {
    Plan,
    Directory,
    Competencies,
    Journal,
    Evaluation,
    Network,
}

impl Owner {
    /// What has the focus now, if it owns intents.
    fn of(m: &Model) -> Option<Owner> {
        let tab = m.person.as_ref().map(|p| p.tab);
        match (m.screen, tab) {
            (Screen::Deadlines, _) | (Screen::Person, Some(PersonTab::Project)) => Some(Owner::Plan),
            (Screen::Directory, _) => Some(Owner::Directory),
            (Screen::Competencies, _) => Some(Owner::Competencies),
            (Screen::Person, Some(PersonTab::Journal)) => Some(Owner::Journal),
            (Screen::Person, Some(PersonTab::Evaluation)) => Some(Owner::Evaluation),
            (Screen::Person, Some(PersonTab::Network)) => Some(Owner::Network),
            _ => None,
        }
    }

    fn intents(self) -> &'static [Action] {
        use Action::*;
        match self {
            Owner::Plan => &[
                NewItem,
                NewAxis,
                MarkDone,
                Reopen,
                Postpone,
                Readjust,
                ArchiveItem,
                MoveUp,
                MoveDown,
                CycleView,
                EditItem,
                ToggleArchived,
                Open,
            ],
            Owner::Directory => &[NewItem, EditItem, Open, ArchiveItem, ToggleArchived, Search],
            Owner::Competencies => &[Open, Accept, EditItem, NewItem, ArchiveItem, NextTab, PrevTab],
            Owner::Journal => &[NewItem, EditItem, Open, Search, FilterKind, FilterPartner, CyclePeriod],
            Owner::Evaluation => {
                &[NewItem, EditItem, Open, ZoomIn, ZoomOut, OlderEvaluation, NewerEvaluation, Earlier, Later]
            }
            Owner::Network => &[NewItem, EditItem, EndTie, Compare, TieList],
        }
    }

    fn act(self, m: &mut Model, action: Action) -> Vec<Effect> {
        match self {
            Owner::Plan => update_project::act(m, action),
            Owner::Directory => update_directory::act(m, action),
            Owner::Competencies => update_competencies::act(m, action),
            Owner::Journal => update_evaluation::journal_act(m, action),
            Owner::Evaluation => update_evaluation::evaluation_act(m, action),
            Owner::Network => update_network::act(m, action),
        }
    }
}

/// Runs one user intent in the current context.
pub fn act(m: &mut Model, action: Action) -> Vec<Effect> {
    if let Some(owner) = Owner::of(m).filter(|o| o.intents().contains(&action)) {
        return owner.act(m, action);
    }
    match action {
        // A screen opened by its key starts a new path: `Échap` no longer leads to older lists.
        Action::Deadlines => {
            m.came_from.clear();
            update_project::open_deadlines(m)
        }
        Action::Directory => {
            m.came_from.clear();
            update_directory::open(m)
        }
        Action::Compare | Action::EndTie | Action::TieList => vec![],
        Action::NoteJournal => update_evaluation::note(m),
        Action::Competencies => {
            m.came_from.clear();
            let person = m.person.as_ref().filter(|_| m.screen == Screen::Person).map(|p| p.person.id);
            update_competencies::open(m, person)
        }
        Action::TagEvidence => update_competencies::tag(m),
        Action::Export => super::update_export::open(m),
        Action::Findings => {
            m.came_from.clear();
            m.screen = Screen::Findings;
            m.findings = Default::default();
            vec![Effect::LoadFindings]
        }
        Action::Accept => vec![],
        Action::FilterKind
        | Action::FilterPartner
        | Action::ZoomIn
        | Action::ZoomOut
        | Action::Earlier
        | Action::Later
        | Action::OlderEvaluation
        | Action::NewerEvaluation
        | Action::CyclePeriod => vec![],
        // Plan intents mean nothing outside the plan's screens.
        Action::NewItem
        | Action::NewAxis
        | Action::MarkDone
        | Action::Reopen
        | Action::Postpone
        | Action::Readjust
        | Action::ArchiveItem
        | Action::MoveUp
        | Action::MoveDown
        | Action::EditItem
        | Action::CycleView => vec![],
        Action::Quit => {
            m.quit = true;
            vec![]
        }
        Action::Help => {
            m.overlay = Some(Overlay::Help { scroll: 0, under: None });
            vec![]
        }
        Action::Palette => {
            let context = m.context();
            let mut offered: Vec<Action> = Vec::new();
            for ctx in [context, Context::Global] {
                for (a, _) in m.keymap.in_context(ctx) {
                    if !a.is_navigation() && a != Action::Palette && !offered.contains(&a) {
                        offered.push(a);
                    }
                }
            }
            // Listed even when keymap.toml binds it to no key: the palette is then the way out.
            if !offered.contains(&Action::Quit) {
                offered.push(Action::Quit);
            }
            let labelled = offered
                .into_iter()
                .map(|a| (a, crate::i18n::action_label_in(m.lang, context, a).to_string()))
                .collect();
            m.overlay = Some(Overlay::Palette(Palette::new(context, labelled)));
            vec![]
        }
        Action::Search => {
            if m.rows.is_empty() {
                return vec![];
            }
            m.screen = Screen::FileActive;
            m.filter_editing = true;
            let query = m.file_active.filter.clone().unwrap_or_default();
            set_filter(m, query)
        }
        Action::Back => back(m),
        Action::Up => move_by(m, -1),
        Action::Down => move_by(m, 1),
        Action::PageUp => move_by(m, -PAGE),
        Action::PageDown => move_by(m, PAGE),
        Action::First => move_by(m, isize::MIN / 2),
        Action::Last => move_by(m, isize::MAX / 2),
        Action::LoadDemo => vec![Effect::LoadDemo],
        Action::NewPerson => open_form(m, Form::person(&Person::new_draft(m.today))),
        Action::Open => match m.screen {
            Screen::Welcome if m.welcome_choice == 0 => vec![Effect::LoadDemo],
            Screen::Welcome => act(m, Action::NewPerson),
            Screen::FileActive => match m.selected_row() {
                Some(row) => {
                    let id = row.person.id;
                    m.came_from.clear();
                    m.pending_domain = m
                        .file_active
                        .text_hits
                        .of(id)
                        .next()
                        .and_then(|h| h.domain.as_deref())
                        .and_then(|d| m.domains.iter().position(|x| x.key == d));
                    m.person = None;
                    vec![Effect::LoadPerson(id)]
                }
                None => vec![],
            },
            Screen::Findings => match m.findings.rows.get(m.findings.selected) {
                Some(row) => {
                    let jump = row.jump;
                    let effects = update_competencies::jump(m, jump);
                    m.set_status(StatusKind::Info, crate::i18n::tr(m.lang, crate::i18n::Text::FindingJumped));
                    effects
                }
                None => vec![],
            },
            Screen::Person | Screen::Deadlines | Screen::Directory | Screen::Competencies => vec![],
        },
        Action::EditPerson => {
            let person = match m.screen {
                Screen::Person => m.person.as_ref().map(|p| p.person.clone()),
                Screen::FileActive => m.selected_row().map(|r| r.person.clone()),
                Screen::Welcome | Screen::Deadlines | Screen::Directory | Screen::Competencies | Screen::Findings => {
                    None
                }
            };
            match person {
                Some(p) => open_form(m, Form::person(&p)),
                None => vec![],
            }
        }
        Action::ArchivePerson => {
            if let Some(row) = m.selected_row() {
                let what = if row.person.archived {
                    Confirm::RestorePerson(row.person.id)
                } else {
                    Confirm::ArchivePerson(row.person.id)
                };
                m.overlay = Some(Overlay::Confirm { what, under: None });
            }
            vec![]
        }
        Action::ToggleArchived => {
            m.file_active.show_archived = !m.file_active.show_archived;
            clamp_selection(m);
            vec![]
        }
        Action::CycleOrder => {
            if m.screen == Screen::FileActive {
                m.file_active.order = m.file_active.order.next();
                m.file_active.selected = 0;
            }
            vec![]
        }
        Action::NextTab | Action::PrevTab => {
            if let Some(p) = m.person.as_mut() {
                let n = PersonTab::ALL.len();
                let i = PersonTab::ALL.iter().position(|t| *t == p.tab).unwrap_or(0);
                let next = if action == Action::NextTab { (i + 1) % n } else { (i + n - 1) % n };
                p.tab = PersonTab::ALL[next];
            }
            vec![]
        }
        Action::EditEntry => {
            let Some(p) = m.person.as_ref() else { return vec![] };
            let Some(domain) = m.domains.get(p.domain) else { return vec![] };
            let entry = match p.entry_for(&domain.key) {
                Some(e) => DiagnosisEntry { date: m.today, ..e.clone() },
                None => DiagnosisEntry::new_draft(p.person.id, &domain.key, m.today),
            };
            open_form(m, Form::entry(&entry))
        }
        Action::History => {
            let Some(p) = m.person.as_mut() else { return vec![] };
            if matches!(p.mode, DiagnosticMode::History { .. }) {
                p.mode = DiagnosticMode::Entry;
                return vec![];
            }
            match m.domains.get(p.domain) {
                Some(d) => vec![Effect::LoadHistory(p.person.id, d.key.clone())],
                None => vec![],
            }
        }
        Action::Synthesis => {
            if let Some(p) = m.person.as_mut() {
                p.mode =
                    if p.mode == DiagnosticMode::Synthesis { DiagnosticMode::Entry } else { DiagnosticMode::Synthesis };
                p.scroll = 0;
            }
            vec![]
        }
        // Form actions only mean something inside a form, where `form_key` handles them.
        Action::Save
        | Action::NextField
        | Action::PrevField
        | Action::Cancel
        | Action::PickCode
        | Action::Undo
        | Action::ClearField => vec![],
        // A question's answer only means something while the question is asked.
        Action::Confirm => vec![],
    }
}

fn open_form(m: &mut Model, form: Form) -> Vec<Effect> {
    m.overlay = Some(Overlay::Form(Box::new(form)));
    vec![]
}

fn back(m: &mut Model) -> Vec<Effect> {
    match m.screen {
        Screen::Person => {
            if update_evaluation::on_journal(m) && update_evaluation::journal_back(m) {
                return vec![];
            }
            if let Some(p) = m.person.as_mut()
                && p.mode != DiagnosticMode::Entry
            {
                p.mode = DiagnosticMode::Entry;
                p.scroll = 0;
                return vec![];
            }
            if let Some(from) = m.came_from.pop() {
                return return_to(m, from);
            }
            m.screen = Screen::FileActive;
            vec![Effect::LoadPersons]
        }
        Screen::FileActive => {
            if m.file_active.filter.is_some() {
                m.file_active.filter = None;
                m.file_active.text_hits.clear();
            }
            vec![]
        }
        Screen::Welcome => vec![],
        Screen::Competencies if m.competencies.in_items => {
            m.competencies.in_items = false;
            vec![]
        }
        Screen::Competencies if !m.came_from.is_empty() => match m.came_from.pop() {
            Some(from) => return_to(m, from),
            None => vec![],
        },
        // Opened from a person, back to her; from the file active, back there.
        Screen::Competencies => match m.person.as_ref().filter(|p| Some(p.person.id) == m.competencies.data.person) {
            Some(_) => {
                m.screen = Screen::Person;
                vec![]
            }
            None => {
                m.screen = Screen::FileActive;
                vec![Effect::LoadPersons]
            }
        },
        Screen::Deadlines | Screen::Findings => {
            if let Some(from) = m.came_from.pop() {
                return return_to(m, from);
            }
            m.screen = Screen::FileActive;
            vec![Effect::LoadPersons]
        }
        Screen::Directory => {
            if m.directory.filter.take().is_some() {
                m.directory.filter_editing = false;
                return vec![];
            }
            m.screen = Screen::FileActive;
            vec![Effect::LoadPersons]
        }
    }
}

/// Remembers the list on screen before `↵` leaves it for a record, so that `Échap` comes back.
pub fn remember_where(m: &mut Model) {
    let from = match m.screen {
        Screen::Deadlines => CameFrom::Deadlines { selected: m.deadline_selected },
        Screen::Findings => CameFrom::Findings { selected: m.findings.selected },
        Screen::Competencies => CameFrom::Competencies(m.competencies.clone()),
        Screen::Welcome | Screen::FileActive | Screen::Person | Screen::Directory => return,
    };
    m.came_from.push(from);
}

/// Shows a list left by `↵` again, on the row it was on; its content is read again, since the
/// record may have changed meanwhile (the selection is clamped when it arrives).
fn return_to(m: &mut Model, from: CameFrom) -> Vec<Effect> {
    match from {
        CameFrom::Deadlines { selected } => {
            let effects = update_project::open_deadlines(m);
            m.deadline_selected = selected;
            effects
        }
        CameFrom::Findings { selected } => {
            m.screen = Screen::Findings;
            m.findings = super::findings::FindingsState { selected, ..Default::default() };
            vec![Effect::LoadFindings]
        }
        CameFrom::Competencies(state) => {
            m.screen = Screen::Competencies;
            let person = state.data.person;
            m.competencies = state;
            vec![Effect::LoadCompetencies(person)]
        }
    }
}

fn step(current: usize, delta: isize, len: usize) -> usize {
    if len == 0 {
        return 0;
    }
    (current as isize).saturating_add(delta).clamp(0, len as isize - 1) as usize
}

fn move_by(m: &mut Model, delta: isize) -> Vec<Effect> {
    match m.screen {
        Screen::Welcome => m.welcome_choice = step(m.welcome_choice, delta, 2),
        Screen::FileActive => {
            let len = m.visible_rows().len();
            m.file_active.selected = step(m.file_active.selected, delta, len);
        }
        Screen::Deadlines => m.deadline_selected = step(m.deadline_selected, delta, m.deadlines.len()),
        Screen::Directory => return update_directory::move_by(m, delta),
        Screen::Competencies => update_competencies::move_by(m, delta.clamp(-PAGE, PAGE)),
        Screen::Findings => m.findings.selected = step(m.findings.selected, delta, m.findings.rows.len()),
        Screen::Person if update_evaluation::on_journal(m) => update_evaluation::journal_move(m, delta),
        Screen::Person if update_evaluation::on_evaluation(m) => {
            update_evaluation::evaluation_move(m, delta.clamp(-PAGE, PAGE), delta.abs() >= PAGE)
        }
        Screen::Person if m.person.as_ref().is_some_and(|p| p.tab == PersonTab::Network) => {
            return update_network::move_by(m, delta);
        }
        Screen::Person if m.person.as_ref().is_some_and(|p| p.tab == PersonTab::Project) => {
            if let Some(p) = m.person.as_mut() {
                let project = &mut p.project;
                if project.view == ProjectView::Tree {
                    project.selected = step(project.selected, delta, project.rows().len());
                    project.postponements.clear();
                    if let Some(PlanItem::Action(id)) = project.selected_item() {
                        return vec![Effect::LoadPostponements(id)];
                    }
                } else {
                    project.scroll = (project.scroll as isize + delta).clamp(0, u16::MAX as isize) as u16;
                }
            }
        }
        Screen::Person => {
            let domains = m.domains.len();
            if let Some(p) = m.person.as_mut() {
                match (&mut p.mode, p.tab) {
                    (_, PersonTab::Card) | (DiagnosticMode::Synthesis, _) => {
                        p.scroll = (p.scroll as isize + delta).clamp(0, u16::MAX as isize) as u16;
                    }
                    (DiagnosticMode::History { revisions, selected }, _) => {
                        *selected = step(*selected, delta, revisions.len());
                    }
                    // Ten domains fit on one screen: page keys scroll the entry's text instead.
                    (DiagnosticMode::Entry, _) if delta.abs() == PAGE => {
                        p.scroll = (p.scroll as isize + delta).clamp(0, u16::MAX as isize) as u16;
                    }
                    (DiagnosticMode::Entry, _) => {
                        p.domain = step(p.domain, delta, domains);
                        p.scroll = 0;
                    }
                }
            }
        }
    }
    vec![]
}

fn clamp_selection(m: &mut Model) {
    let len = m.visible_rows().len();
    m.file_active.selected = m.file_active.selected.min(len.saturating_sub(1));
}
