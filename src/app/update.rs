//! `update`: the only place the model changes. No I/O, no clock: effects are returned as values.

use crossterm::event::{KeyCode, KeyEvent, KeyEventKind, MouseEventKind};

use super::action::{Action, Context};
use super::effect::Effect;
use super::form::Form;
use super::form_input::{form_key, pick};
use super::keymap::KeyChord;
use super::model::{Confirm, Model, Overlay, Screen, StatusKind};
use super::msg::{Msg, Target};
use super::picker::PickerKind;
use super::screens::person::diagnostic;
use super::screens::{
    PAGE, competencies, deadlines, directory, evaluation, file_active, findings, focused, journal, network, person,
    plan,
};
use crate::domain::alerts::Alert;
use crate::domain::person::Person;
use crate::domain::text::{clean, clean_line};
use crate::i18n::{Say, say};

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
        Msg::PersonsLoaded(summaries) => file_active::update::persons_loaded(m, summaries),
        Msg::PersonLoaded(person, entries) => person::loaded(m, person, entries),
        Msg::CaseLoaded(case, partners) => person::case_loaded(m, *case, partners),
        Msg::PlanLoaded(person, loaded, partners) => plan::update::plan_loaded(m, person, loaded, partners),
        Msg::PlanSaved(person, item, change) => {
            let mut effects = plan::update::saved(m, person, item, change);
            // Readjustments decided in an evaluation are written one after the other.
            if change == super::msg::PlanChange::Readjusted {
                effects.extend(evaluation::update::next_readjustment(m));
            }
            effects
        }
        Msg::PostponementsLoaded(action, list) => plan::update::postponements_loaded(m, action, list),
        Msg::DirectoryLoaded(partners) => directory::update::loaded(m, partners),
        Msg::PlanGapsLoaded(gaps) => file_active::update::alerts_loaded(m, gaps, |n| {
            (*n > 0).then_some(Alert::PlanGaps(*n)).into_iter().collect()
        }),
        Msg::NetworkFactsLoaded(facts) => {
            file_active::update::alerts_loaded(m, facts, crate::domain::alerts::network_alerts)
        }
        Msg::FindingsLoaded(rows) => findings::update::loaded(m, rows),
        Msg::CompetenciesLoaded(data) => competencies::update::loaded(m, data),
        Msg::EvidenceSaved(e) => competencies::update::saved(m, e),
        Msg::EvidenceRemoved => competencies::update::removed(m),
        Msg::JournalLoaded(person, list) => journal::update::loaded(m, person, list),
        Msg::EvaluationsLoaded(person, list) => evaluation::update::loaded(m, person, list),
        Msg::JournalSaved(e) => journal::update::saved(m, e),
        Msg::EvaluationSaved(e) => evaluation::update::saved(m, e),
        Msg::NetworkLoaded(person, ties) => network::update::loaded(m, person, ties),
        Msg::TieSaved(person, tie) => network::update::saved(m, person, tie),
        Msg::PartnerSaved(p) => match plan::new_carrier::saved(m, &p) {
            Some(effects) => effects,
            None => directory::update::saved(m, p),
        },
        Msg::PartnerArchived(_, archived) => directory::update::archived(m, archived),
        Msg::PartnerPersonsLoaded(id, persons) => directory::update::persons_loaded(m, id, persons),
        Msg::DeadlinesLoaded(list) => deadlines::loaded(m, list),
        Msg::PersonSaved(saved) => person::saved(m, saved),
        Msg::Archived(id, archived) => person::archived(m, id, archived),
        Msg::EntrySaved(entry) => diagnostic::entry_saved(m, entry),
        Msg::HistoryLoaded(domain, revisions) => diagnostic::history_loaded(m, domain, revisions),
        Msg::SearchResults(query, hits) => file_active::update::search_results(m, &query, hits),
        Msg::DemoLoaded(count) => {
            m.set_status(StatusKind::Success, say(m.lang, &Say::DemoLoaded(count)));
            m.screen = Screen::FileActive;
            vec![Effect::LoadPersons]
        }
        Msg::Resized(w, h) => {
            m.too_small = w < super::layout::MIN_WIDTH || h < super::layout::MIN_HEIGHT;
            vec![]
        }
        Msg::NewDay(day) => {
            m.today = day;
            // Alerts and lateness are counted from today: recount them.
            vec![Effect::LoadPersons]
        }
        Msg::Exported(path) => super::screens::export::update::exported(m, &path),
        Msg::ExportFindings(request, rows) => super::screens::export::update::found(m, request, rows),
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
        None if m.screen == Screen::FileActive && m.filter_editing => file_active::update::filter_key(m, ev, chord),
        None if m.screen == Screen::Directory && m.directory.filter_editing => {
            directory::update::filter_key(m, ev, chord)
        }
        None if journal::update::searching(m) => journal::update::search_key(m, ev, chord),
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
pub(super) fn always_quit(m: &mut Model) -> Vec<Effect> {
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
        Overlay::Form(form) | Overlay::CodePicker(form, _) => form.holds_unsaved().then_some(form),
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
                pick(m, &mut form, &picker, picker.list.selected, false);
                m.overlay = Some(Overlay::Form(form));
                vec![]
            }
            // The finder's own key again: the need's code with its label (« [1.1.1.1] Besoins en
            // matière de fonctions mentales… »), for a need said in the nomenclature's words.
            _ if picker.kind == PickerKind::NeedCode
                && m.keymap.resolve(Context::Form, chord) == Some(Action::PickCode) =>
            {
                pick(m, &mut form, &picker, picker.list.selected, true);
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
        Overlay::Confirm { what, mut under } => match m.keymap.resolve(Context::Confirm, chord) {
            Some(Action::Confirm) => {
                let readjusting = match under.as_deref() {
                    Some(Overlay::Form(form)) => evaluation::update::readjusted_by(form),
                    _ => None,
                };
                let parked = plan::new_carrier::unpark(what, &mut under);
                let mut effects = confirm(m, what);
                if let Some(old) = readjusting {
                    effects.extend(evaluation::update::readjustment_left(m, old));
                }
                // The partner's words thrown away, the action's are still there.
                if let Some(parked) = parked {
                    m.overlay = Some(Overlay::Form(parked));
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
            super::screens::export::update::findings_key(m, (request, rows, selected, under), ev, chord)
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

fn paste(m: &mut Model, text: &str) -> Vec<Effect> {
    let journal_search = journal::update::searching(m);
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
        None if m.screen == Screen::FileActive && m.filter_editing => file_active::update::paste(m, text),
        None if journal_search => journal::update::paste(m, text),
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
                pick(m, &mut form, &picker, i, false);
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
        (Target::Tab(i), None) => person::click_tab(m, i),
        (target, None) => focused(m).click(m, target),
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

/// Runs one user intent in the current context.
pub fn act(m: &mut Model, action: Action) -> Vec<Effect> {
    let pane = focused(m);
    if pane.intents().contains(&action) {
        return pane.act(m, action);
    }
    match action {
        // A screen opened by its key starts a new path: `Échap` no longer leads to older lists.
        Action::Deadlines => {
            m.came_from.clear();
            deadlines::open(m)
        }
        Action::Directory => {
            m.came_from.clear();
            directory::update::open(m)
        }
        Action::Compare | Action::EndTie | Action::TieList => vec![],
        Action::NoteJournal => journal::update::note(m),
        Action::Competencies => {
            m.came_from.clear();
            let person = m.person.as_ref().filter(|_| m.screen == Screen::Person).map(|p| p.case.person.id);
            competencies::update::open(m, person)
        }
        Action::TagEvidence => competencies::update::tag(m),
        Action::Export => super::screens::export::update::open(m),
        Action::Findings => {
            m.came_from.clear();
            findings::update::open(m)
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
        Action::Palette => super::palette::open(m),
        Action::Search => file_active::update::search(m),
        Action::Back => focused(m).back(m),
        Action::Up => focused(m).move_by(m, -1),
        Action::Down => focused(m).move_by(m, 1),
        Action::PageUp => focused(m).move_by(m, -PAGE),
        Action::PageDown => focused(m).move_by(m, PAGE),
        Action::First => focused(m).move_by(m, isize::MIN / 2),
        Action::Last => focused(m).move_by(m, isize::MAX / 2),
        Action::LoadDemo => vec![Effect::LoadDemo],
        Action::NewPerson => open_form(m, Form::person(&Person::new_draft(m.today))),
        // Open means something only where a pane owns it.
        Action::Open => vec![],
        Action::EditPerson => {
            let person = match m.screen {
                Screen::Person => m.person.as_ref().map(|p| p.case.person.clone()),
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
            file_active::update::clamp_selection(m);
            vec![]
        }
        // Ordering means something only on the file active, which owns it.
        Action::CycleOrder => vec![],
        Action::NextTab | Action::PrevTab => person::next_tab(m, action),
        Action::EditEntry => diagnostic::edit_entry(m),
        Action::History => diagnostic::history(m),
        Action::Synthesis => diagnostic::synthesis(m),
        // Form actions only mean something inside a form, where `form_key` handles them.
        Action::Save
        | Action::NextField
        | Action::PrevField
        | Action::Cancel
        | Action::PickCode
        | Action::NewPartner
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
