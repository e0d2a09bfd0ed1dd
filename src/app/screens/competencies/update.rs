//! The « Compétences » screen (DPP): move between the eight competencies and their evidence, go to
//! a record, accept a suggestion in one key, tag the record on screen from any tab of a person.

use crate::app::action::Action;
use crate::app::effect::Effect;
use crate::app::form::Form;
use crate::app::model::{Confirm, Model, Overlay, PersonTab, Screen, StatusKind};
use crate::app::msg::Target;
use crate::app::screens::competencies::form::likely_competency;
use crate::app::screens::competencies::{CompetenciesData, CompetenciesState, Item, Jump};
use crate::app::screens::plan::PlanItem;
use crate::app::screens::{PAGE, Pane};
use crate::domain::date::format_fr;
use crate::domain::evidence::{COMPETENCIES, Evidence, RecordRef};
use crate::domain::journal::JournalKind;
use crate::domain::person::PersonId;
use crate::i18n::evidence::{EvidenceText, candidate_note, evidence_words};
use crate::i18n::{Say, say};

/// Opens the screen on the whole practice (`None`) or on one person.
pub fn open(m: &mut Model, person: Option<PersonId>) -> Vec<Effect> {
    m.screen = Screen::Competencies;
    let keep = m.competencies.selected;
    m.competencies = CompetenciesState {
        data: CompetenciesData { person, ..CompetenciesData::default() },
        selected: keep,
        ..CompetenciesState::default()
    };
    vec![Effect::LoadCompetencies(person)]
}

pub fn loaded(m: &mut Model, data: CompetenciesData) -> Vec<Effect> {
    if m.competencies.data.person != data.person && m.screen == Screen::Competencies {
        return vec![];
    }
    m.competencies.data = data;
    clamp(&mut m.competencies);
    vec![]
}

fn clamp(s: &mut CompetenciesState) {
    s.selected = s.selected.min(usize::from(COMPETENCIES) - 1);
    let n = s.items().len();
    s.item = s.item.min(n.saturating_sub(1));
    if n == 0 {
        s.in_items = false;
    }
}

pub fn move_by(m: &mut Model, delta: isize) {
    let s = &mut m.competencies;
    if s.in_items {
        let n = s.items().len();
        s.item = (s.item as isize).saturating_add(delta).clamp(0, n.max(1) as isize - 1) as usize;
    } else {
        s.selected = (s.selected as isize).saturating_add(delta).clamp(0, isize::from(COMPETENCIES) - 1) as usize;
        s.item = 0;
    }
}

pub fn act(m: &mut Model, action: Action) -> Vec<Effect> {
    let today = m.today;
    let selected = m.competencies.selected_item();
    match action {
        Action::NextTab | Action::Open if !m.competencies.in_items => {
            m.competencies.in_items = !m.competencies.items().is_empty();
            m.competencies.item = 0;
            vec![]
        }
        // Tab goes to the evidence and back: the footer says where it leads.
        Action::PrevTab | Action::NextTab => {
            m.competencies.in_items = false;
            vec![]
        }
        Action::Open => match selected {
            Some(Item::Evidence(e, text)) if text.jump == Jump::Nowhere => {
                let label = record_label(m, &text);
                open_form(m, Form::evidence(&e, &label))
            }
            Some(Item::Evidence(_, text) | Item::Candidate(_, text)) => jump(m, text.jump),
            None => vec![],
        },
        Action::Accept => match selected {
            Some(Item::Candidate(c, text)) => {
                let label = record_label(m, &text);
                let e = Evidence::new_draft(Some(c.person_id), c.record, c.competency, today);
                open_form(m, Form::suggested_evidence(&e, &label, candidate_note(m.lang, c.why)))
            }
            _ => {
                m.set_status(StatusKind::Info, m.keymap.say(m.lang, &crate::i18n::KeyedText::AcceptOnSuggestion));
                vec![]
            }
        },
        Action::EditItem => match selected {
            Some(Item::Evidence(e, text)) => {
                let label = record_label(m, &text);
                open_form(m, Form::evidence(&e, &label))
            }
            _ => vec![],
        },
        Action::NewItem => {
            let competency = m.competencies.competency();
            open_form(m, Form::evidence(&Evidence::new_draft(None, RecordRef::Free, competency, today), ""))
        }
        Action::ArchiveItem => match selected {
            Some(Item::Evidence(e, _)) => {
                m.overlay = Some(Overlay::Confirm { what: Confirm::RemoveEvidence(e.id), under: None });
                vec![]
            }
            _ => vec![],
        },
        _ => vec![],
    }
}

fn open_form(m: &mut Model, form: Form) -> Vec<Effect> {
    m.overlay = Some(Overlay::Form(Box::new(form)));
    vec![]
}

fn info(m: &mut Model, v: EvidenceText) -> Vec<Effect> {
    m.set_status(StatusKind::Info, evidence_words(m.lang, v));
    vec![]
}

/// Opens the person on the tab where the record is, with the record selected.
pub fn jump(m: &mut Model, to: Jump) -> Vec<Effect> {
    if !matches!(to, Jump::Nowhere) {
        crate::app::screens::came_from::remember_where(m);
    }
    let person = match to {
        Jump::Diagnostic(p, domain) => {
            m.pending_domain = Some(domain);
            m.pending_tab = Some(PersonTab::Diagnostic);
            p
        }
        Jump::Plan(p, item) => {
            m.pending_item = Some(item);
            m.pending_tab = Some(PersonTab::Plan);
            p
        }
        Jump::Tie(p, tie) => {
            m.pending_tie = Some(tie);
            m.pending_tab = Some(PersonTab::Network);
            p
        }
        Jump::Journal(p, entry) => {
            m.pending_journal = Some(entry);
            m.pending_tab = Some(PersonTab::Journal);
            p
        }
        Jump::Evaluation(p) => {
            m.pending_tab = Some(PersonTab::Evaluation);
            p
        }
        Jump::Tab(p, tab) => {
            m.pending_tab = Some(tab);
            p
        }
        Jump::EvaluationOf(p, evaluation) => {
            m.pending_tab = Some(PersonTab::Evaluation);
            m.pending_evaluation = Some(evaluation);
            p
        }
        Jump::Evidence(person, competency) => {
            let effects = open(m, person);
            m.competencies.selected = usize::from(competency.clamp(1, COMPETENCIES) - 1);
            return effects;
        }
        Jump::Nowhere => return vec![],
    };
    m.person = None;
    vec![Effect::LoadPerson(person)]
}

/// A record in words for the tag form's title (its day when it has no title); empty for free
/// evidence.
fn record_label(m: &Model, t: &crate::app::screens::competencies::RecordText) -> String {
    let title = match t.kind {
        crate::app::screens::competencies::RecordKind::Free => return String::new(),
        crate::app::screens::competencies::RecordKind::Entry => m.domain_label(&t.title),
        _ => crate::domain::text::excerpt(&t.title, 40),
    };
    let words = crate::i18n::evidence::record_in_words(m.lang, t.kind, &title);
    match t.date {
        Some(d) if title.is_empty() => format!("{words} {}", format_fr(d)),
        _ => words,
    }
}

/// The record on screen in the person's tab, in words: told as the competencies screen tells it.
fn label_on_screen(m: &Model, record: RecordRef) -> String {
    let Some(p) = m.person.as_ref() else { return String::new() };
    let keys: Vec<String> = m.domains.iter().map(|d| d.key.clone()).collect();
    crate::app::screens::competencies::describe(&p.case, record, &keys, &p.plan.partners)
        .map(|t| record_label(m, &t))
        .unwrap_or_default()
}

/// The record on screen in the person's tab, as evidence to tag.
fn record_on_screen(m: &Model) -> Option<(PersonId, RecordRef, bool)> {
    let p = m.person.as_ref().filter(|_| m.screen == Screen::Person)?;
    let id = p.case.person.id;
    let record = match p.tab {
        PersonTab::Diagnostic => RecordRef::Entry(p.entry_for(&m.domains.get(p.domain)?.key)?.id),
        PersonTab::Plan => match p.plan.selected_item(&p.case.plan)? {
            PlanItem::Axis(a) => RecordRef::Axis(a),
            PlanItem::Objective(o) => RecordRef::Objective(o),
            PlanItem::Action(a) => RecordRef::Action(a),
        },
        PersonTab::Network => RecordRef::Tie(p.network.selected_tie(&p.case.ties, m.today, &p.plan.partners)?.id),
        PersonTab::Journal => {
            let e = p.journal.selected_entry(&p.case.journal, m.today)?;
            return Some((id, RecordRef::Journal(e.id), e.kind == JournalKind::Transmission));
        }
        PersonTab::Evaluation => RecordRef::Evaluation(p.evaluation.chosen(&p.case.evaluations)?.id),
        PersonTab::Card => return None,
    };
    Some((id, record, false))
}

/// « P » on a record: the tag form, its most likely competency proposed.
pub fn tag(m: &mut Model) -> Vec<Effect> {
    match record_on_screen(m) {
        Some((person, record, transmission)) => {
            let competency = likely_competency(record, transmission);
            let label = label_on_screen(m, record);
            open_form(m, Form::evidence(&Evidence::new_draft(Some(person), record, competency, m.today), &label))
        }
        None => info(m, EvidenceText::NothingToTag),
    }
}

pub fn saved(m: &mut Model, e: Evidence) -> Vec<Effect> {
    m.overlay = None;
    let code = crate::domain::competency::all().get(usize::from(e.competency) - 1).map_or("", |c| c.code);
    m.set_status(StatusKind::Success, say(m.lang, &Say::EvidenceSaved(code.to_string())));
    // Tagged from her tab: the case the person screen holds keeps her evidence as the base has it.
    if let Some(p) = m.person.as_mut().filter(|p| e.person_id == Some(p.case.person.id)) {
        match p.case.evidence.iter_mut().find(|x| x.id == e.id) {
            Some(kept) => *kept = e,
            None => p.case.evidence.push(e),
        }
    }
    reload(m)
}

pub fn removed(m: &mut Model) -> Vec<Effect> {
    m.set_status(StatusKind::Success, evidence_words(m.lang, EvidenceText::Removed));
    reload(m)
}

fn reload(m: &Model) -> Vec<Effect> {
    if m.screen == Screen::Competencies { vec![Effect::LoadCompetencies(m.competencies.data.person)] } else { vec![] }
}

/// The eight competencies with their evidence (DPP).
pub struct Competencies;

impl Pane for Competencies {
    fn intents(&self) -> &'static [Action] {
        &[
            Action::Open,
            Action::Accept,
            Action::EditItem,
            Action::NewItem,
            Action::ArchiveItem,
            Action::NextTab,
            Action::PrevTab,
        ]
    }

    fn act(&self, m: &mut Model, action: Action) -> Vec<Effect> {
        act(m, action)
    }

    fn move_by(&self, m: &mut Model, delta: isize) -> Vec<Effect> {
        move_by(m, delta.clamp(-PAGE, PAGE));
        vec![]
    }

    fn back(&self, m: &mut Model) -> Vec<Effect> {
        if m.competencies.in_items {
            m.competencies.in_items = false;
            return vec![];
        }
        if let Some(from) = m.came_from.pop() {
            return crate::app::screens::came_from::return_to(m, from);
        }
        // Opened from a person, back to her; from the file active, back there.
        if m.person.as_ref().is_some_and(|p| Some(p.case.person.id) == m.competencies.data.person) {
            m.screen = Screen::Person;
            return vec![];
        }
        m.screen = Screen::FileActive;
        vec![Effect::LoadPersons]
    }

    fn click(&self, m: &mut Model, target: Target) -> Vec<Effect> {
        match target {
            Target::CompetencyRow(i) => {
                if m.competencies.selected == i && !m.competencies.in_items {
                    return crate::app::update::act(m, Action::Open);
                }
                m.competencies.selected = i.min(7);
                m.competencies.in_items = false;
                m.competencies.item = 0;
                vec![]
            }
            Target::EvidenceRow(i) => {
                if m.competencies.in_items && m.competencies.item == i {
                    return crate::app::update::act(m, Action::Open);
                }
                m.competencies.in_items = true;
                m.competencies.item = i;
                vec![]
            }
            _ => vec![],
        }
    }

    fn hints(&self, m: &Model) -> Vec<Action> {
        let all = [
            Action::NextTab,
            Action::Open,
            Action::Accept,
            Action::EditItem,
            Action::NewItem,
            Action::ArchiveItem,
            Action::Back,
        ];
        // On the competencies' list, the keys of the evidence wait until Tab leads to it.
        let on_list = !m.competencies.in_items;
        let of_evidence =
            |a: &Action| matches!(a, Action::Open | Action::Accept | Action::EditItem | Action::ArchiveItem);
        all.into_iter().filter(|a| !(on_list && of_evidence(a))).collect()
    }
}
