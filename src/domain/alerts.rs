//! What the file active points out for each person, so nothing slips between two home visits.

use chrono::NaiveDate;

use super::date::days_between;
use super::person::PersonStatus;

/// Days without contact after which a person is flagged.
pub const NO_CONTACT_DAYS: i64 = 60;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Alert {
    /// Some diagnosis domains have never been explored.
    DomainsNotExplored(usize),
    /// No contact for this many days (counted from the referral when there was never any contact).
    NoContact(i64),
    /// Open actions of the plan past their due date.
    LateActions(usize),
    /// Partners carrying an action although no consent to share with them is recorded.
    NoConsentToShare(usize),
    /// The ecomap shows no family, friend, neighbour or peer around the person.
    NoInformalSupport,
    /// A partner who carries an action is in a conflictual tie with the person.
    ConflictualCarrier(usize),
    /// Points of the plan to look at again: priority needs without objective, objectives without
    /// action or without indicator.
    PlanGaps(usize),
    /// The next evaluation with the person was due on this day (or is due today).
    EvaluationDue(NaiveDate),
}

/// What the ecomap and the plan say together, for one person (from the store's network facts).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct NetworkAlertFacts {
    pub carriers_without_consent: usize,
    pub has_informal_support: bool,
    pub has_ties: bool,
    pub conflictual_carriers: usize,
}

/// The network's alerts. A person whose ecomap is not drawn yet is not told she has no support:
/// the referent simply has not drawn it.
pub fn network_alerts(f: &NetworkAlertFacts) -> Vec<Alert> {
    let mut out = Vec::new();
    if f.carriers_without_consent > 0 {
        out.push(Alert::NoConsentToShare(f.carriers_without_consent));
    }
    if f.conflictual_carriers > 0 {
        out.push(Alert::ConflictualCarrier(f.conflictual_carriers));
    }
    if f.has_ties && !f.has_informal_support {
        out.push(Alert::NoInformalSupport);
    }
    out
}

/// The facts about a person that alerts are computed from: one row of the file active.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AlertFacts {
    pub domains_total: usize,
    pub domains_explored: usize,
    pub last_contact: Option<NaiveDate>,
    pub referral_date: Option<NaiveDate>,
    pub late_actions: usize,
    /// When the next evaluation is due (see [`crate::domain::evaluation::next_due`]).
    pub next_evaluation: Option<NaiveDate>,
}

/// The alerts of one person: only an accompaniment going on now has something to chase; a paused
/// or closed one is not late for anything (the file active and the card say the same).
pub fn follow_up_alerts(status: PersonStatus, facts: &AlertFacts, today: NaiveDate) -> Vec<Alert> {
    if status == PersonStatus::Active { alerts(facts, today) } else { Vec::new() }
}

pub fn alerts(facts: &AlertFacts, today: NaiveDate) -> Vec<Alert> {
    let mut out = Vec::new();
    let missing = facts.domains_total.saturating_sub(facts.domains_explored);
    if missing > 0 {
        out.push(Alert::DomainsNotExplored(missing));
    }
    if facts.late_actions > 0 {
        out.push(Alert::LateActions(facts.late_actions));
    }
    if let Some(due) = facts.next_evaluation.filter(|d| *d <= today) {
        out.push(Alert::EvaluationDue(due));
    }
    if let Some(since) = facts.last_contact.or(facts.referral_date) {
        let days = days_between(since, today);
        if days > NO_CONTACT_DAYS {
            out.push(Alert::NoContact(days));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn flags_unexplored_domains_and_long_silence() {
        let facts = AlertFacts {
            domains_total: 10,
            domains_explored: 7,
            last_contact: Some(d(2026, 9, 1)),
            referral_date: Some(d(2026, 1, 1)),
            late_actions: 0,
            next_evaluation: None,
        };
        assert_eq!(alerts(&facts, d(2026, 11, 22)), vec![Alert::DomainsNotExplored(3), Alert::NoContact(82)]);
    }

    #[test]
    fn sixty_days_is_still_fine() {
        let facts = AlertFacts {
            domains_total: 10,
            domains_explored: 10,
            last_contact: Some(d(2026, 9, 23)),
            referral_date: None,
            late_actions: 0,
            next_evaluation: None,
        };
        assert!(alerts(&facts, d(2026, 11, 22)).is_empty());
        let facts = AlertFacts { last_contact: Some(d(2026, 9, 22)), ..facts };
        assert_eq!(alerts(&facts, d(2026, 11, 22)), vec![Alert::NoContact(61)]);
    }

    #[test]
    fn late_actions_come_before_silence() {
        let facts = AlertFacts {
            domains_total: 10,
            domains_explored: 10,
            last_contact: Some(d(2026, 9, 1)),
            referral_date: None,
            late_actions: 2,
            next_evaluation: None,
        };
        assert_eq!(alerts(&facts, d(2026, 11, 22)), vec![Alert::LateActions(2), Alert::NoContact(82)]);
    }

    #[test]
    fn an_evaluation_is_due_from_its_day_on() {
        let facts = AlertFacts {
            domains_total: 10,
            domains_explored: 10,
            last_contact: Some(d(2026, 11, 20)),
            referral_date: None,
            late_actions: 0,
            next_evaluation: Some(d(2026, 11, 23)),
        };
        assert!(alerts(&facts, d(2026, 11, 22)).is_empty());
        assert_eq!(alerts(&facts, d(2026, 11, 23)), vec![Alert::EvaluationDue(d(2026, 11, 23))]);
        assert_eq!(alerts(&facts, d(2027, 1, 5)), vec![Alert::EvaluationDue(d(2026, 11, 23))]);
    }

    #[test]
    fn network_alerts_wait_for_a_drawn_ecomap() {
        let empty = NetworkAlertFacts::default();
        assert!(network_alerts(&empty).is_empty(), "no ecomap drawn yet: nothing to say about supports");
        let f = NetworkAlertFacts { carriers_without_consent: 2, has_ties: true, conflictual_carriers: 1, ..empty };
        assert_eq!(
            network_alerts(&f),
            vec![Alert::NoConsentToShare(2), Alert::ConflictualCarrier(1), Alert::NoInformalSupport]
        );
        let f = NetworkAlertFacts { has_informal_support: true, has_ties: true, ..empty };
        assert!(network_alerts(&f).is_empty());
    }

    #[test]
    fn never_contacted_counts_from_referral() {
        let facts = AlertFacts {
            domains_total: 10,
            domains_explored: 10,
            last_contact: None,
            referral_date: Some(d(2026, 1, 1)),
            late_actions: 0,
            next_evaluation: None,
        };
        assert_eq!(alerts(&facts, d(2026, 11, 22)), vec![Alert::NoContact(325)]);
    }
}
