//! The « Réseau » tab's part of `update`: select a tie, create, edit or end it, compare two dates.

use crate::app::action::Action;
use crate::app::effect::Effect;
use crate::app::form::Form;
use crate::app::model::{Confirm, Model, Overlay, StatusKind};
use crate::app::msg::Target;
use crate::app::screens::Pane;
use crate::app::screens::network::form::target_code;
use crate::domain::tie::{InformalKind, Tie, TieId, TieTarget};
use crate::i18n::{Text, informal_label, tr};

/// Who a tie may link the person to: each partner of the directory, then each kind of informal support.
pub fn target_options(m: &Model) -> Vec<(String, String)> {
    let mut out = Vec::new();
    if let Some(p) = &m.person {
        for x in p.plan.partners.iter().filter(|x| !x.archived) {
            out.push((target_code(&TieTarget::Partner(x.id)), crate::domain::text::clean_line(&x.name)));
        }
    }
    for kind in InformalKind::ALL {
        let target = TieTarget::Informal { kind, label: String::new() };
        out.push((target_code(&target), informal_label(m.lang, kind).to_string()));
    }
    out
}

/// The choices of an existing tie's form: those of a new tie, plus the tie's own partner when it
/// has been archived since, so that editing the tie never points it at another target.
fn options_for(m: &Model, t: &Tie) -> Vec<(String, String)> {
    let mut out = target_options(m);
    let code = target_code(&t.target);
    if let TieTarget::Partner(id) = t.target
        && !out.iter().any(|(c, _)| *c == code)
    {
        let name = m
            .person
            .as_ref()
            .and_then(|p| p.plan.partners.iter().find(|x| x.id == id))
            .map(|x| crate::domain::text::clean_line(&x.name))
            .unwrap_or_else(|| "?".into());
        let at = out.iter().position(|(c, _)| c.starts_with("informal:")).unwrap_or(out.len());
        out.insert(at, (code, name));
    }
    out
}

fn selected(m: &Model) -> Option<Tie> {
    let p = m.person.as_ref()?;
    p.network.selected_tie(&p.case.ties, m.today, &p.plan.partners)
}

pub fn act(m: &mut Model, action: Action) -> Vec<Effect> {
    let Some(p) = m.person.as_ref() else { return vec![] };
    let person_id = p.case.person.id;
    match action {
        Action::NewItem => {
            // A support of the family by default: the partners are in the list too.
            let target = TieTarget::Informal { kind: InformalKind::Family, label: String::new() };
            let form = Form::tie(&Tie::new_draft(person_id, target, m.today), target_options(m));
            m.overlay = Some(Overlay::Form(Box::new(form)));
            vec![]
        }
        Action::EditItem => match selected(m) {
            Some(t) => {
                let form = Form::tie(&t, options_for(m, &t));
                m.overlay = Some(Overlay::Form(Box::new(form)));
                vec![]
            }
            None => act(m, Action::NewItem),
        },
        Action::EndTie => match selected(m) {
            Some(t) => {
                m.overlay = Some(Overlay::Confirm { what: Confirm::EndTie(t.id), under: None });
                vec![]
            }
            None => vec![],
        },
        Action::TieList => {
            if let Some(p) = m.person.as_mut() {
                p.network.list = !p.network.list;
            }
            vec![]
        }
        Action::Compare => {
            if let Some(p) = m.person.as_mut()
                && p.network.compare_with.take().is_some()
            {
                return vec![];
            }
            // The start of the accompaniment is the date one most often compares with.
            let default = p_referral(m).unwrap_or(m.today - chrono::Days::new(90));
            m.overlay = Some(Overlay::Form(Box::new(Form::compare_date(default))));
            vec![]
        }
        _ => vec![],
    }
}

fn p_referral(m: &Model) -> Option<chrono::NaiveDate> {
    m.person.as_ref().and_then(|p| p.case.person.referral_date).filter(|d| *d < m.today)
}

pub fn move_by(m: &mut Model, delta: isize) -> Vec<Effect> {
    let today = m.today;
    if let Some(p) = m.person.as_mut() {
        let n = p.network.on(&p.case.ties, today, &p.plan.partners).len();
        if n > 0 {
            p.network.selected = (p.network.selected as isize).saturating_add(delta).clamp(0, n as isize - 1) as usize;
        }
    }
    vec![]
}

pub fn loaded(m: &mut Model, person: i64, ties: Vec<Tie>) -> Vec<Effect> {
    let today = m.today;
    let pending = m.pending_tie.take();
    if let Some(p) = m.person.as_mut().filter(|p| p.case.person.id == person) {
        p.case.ties = ties;
        if let Some(id) = pending
            && let Some(i) = p.network.on(&p.case.ties, today, &p.plan.partners).iter().position(|t| t.id == id)
        {
            p.network.selected = i;
        }
        p.network.clamp(&p.case.ties, today, &p.plan.partners);
    }
    vec![]
}

pub fn saved(m: &mut Model, person: i64, tie: TieId) -> Vec<Effect> {
    m.overlay = None;
    m.pending_tie = Some(tie);
    m.set_status(StatusKind::Success, tr(m.lang, Text::TieSaved));
    vec![Effect::LoadNetwork(person), Effect::LoadPersons]
}

pub fn compare_from(m: &mut Model, date: chrono::NaiveDate) -> Vec<Effect> {
    m.overlay = None;
    if let Some(p) = m.person.as_mut() {
        p.network.compare_with = Some(date);
    }
    vec![]
}

/// The « Réseau » tab: the ecomap.
pub struct Network;

impl Pane for Network {
    fn intents(&self) -> &'static [Action] {
        &[Action::NewItem, Action::EditItem, Action::EndTie, Action::Compare, Action::TieList]
    }

    fn act(&self, m: &mut Model, action: Action) -> Vec<Effect> {
        act(m, action)
    }

    fn move_by(&self, m: &mut Model, delta: isize) -> Vec<Effect> {
        move_by(m, delta)
    }

    fn back(&self, m: &mut Model) -> Vec<Effect> {
        crate::app::screens::person::back(m)
    }

    fn click(&self, m: &mut Model, target: Target) -> Vec<Effect> {
        let Target::TieNode(i) = target else { return vec![] };
        let Some(p) = m.person.as_mut() else { return vec![] };
        if p.network.selected == i {
            return crate::app::update::act(m, Action::EditItem);
        }
        p.network.selected = i;
        move_by(m, 0)
    }

    fn hints(&self, _: &Model) -> Vec<Action> {
        vec![
            Action::NewItem,
            Action::EditItem,
            // Before « Compare », which the side panel also offers: at 80 columns only one fits.
            Action::TieList,
            Action::Compare,
            Action::ArchiveItem,
            Action::NextTab,
            Action::Back,
        ]
    }
}
