//! The person's network (C6): a tie to a partner of the territory or to an informal support,
//! drawn on the ecomap with Hartman's conventions. A tie that changes is ended and replaced, so
//! the ecomap at any past date can be rebuilt and two dates compared.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::partner::PartnerId;
use super::person::PersonId;

pub type TieId = i64;

/// Informal supports around the person.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum InformalKind {
    Family,
    Friends,
    Neighbours,
    Peers,
    School,
    Work,
    Other,
}

impl InformalKind {
    pub const ALL: [InformalKind; 7] = [
        InformalKind::Family,
        InformalKind::Friends,
        InformalKind::Neighbours,
        InformalKind::Peers,
        InformalKind::School,
        InformalKind::Work,
        InformalKind::Other,
    ];

    pub fn code(self) -> &'static str {
        match self {
            InformalKind::Family => "family",
            InformalKind::Friends => "friends",
            InformalKind::Neighbours => "neighbours",
            InformalKind::Peers => "peers",
            InformalKind::School => "school",
            InformalKind::Work => "work",
            InformalKind::Other => "other",
        }
    }

    pub fn from_code(code: &str) -> Option<InformalKind> {
        InformalKind::ALL.into_iter().find(|k| k.code() == code)
    }
}

/// Who is at the other end of the tie.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum TieTarget {
    Partner(PartnerId),
    /// « sa sœur », « les voisins du palier »: never a name.
    Informal {
        kind: InformalKind,
        label: String,
    },
}

/// Line weight on the ecomap.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Strength {
    Strong,
    Moderate,
    Normal,
    Weak,
}

/// What the tie carries besides its strength: stress, conflict, or a break.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Valence {
    Neutral,
    Stressful,
    Conflictual,
    Broken,
}

/// Direction of support: arrows on the ecomap.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Flow {
    None,
    ToPerson,
    FromPerson,
    Mutual,
}

/// The legal ground on which information is shared with a partner.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum LegalBasis {
    /// Professionals of the same care team (code de la santé publique, L1110-4).
    SameCareTeam,
    /// The person's own consent.
    PersonConsent,
    /// Shared secret in child protection (code de l'action sociale et des familles, L226-2-2).
    ChildProtection,
}

macro_rules! codes {
    ($t:ty, $($v:path => $c:literal),+ $(,)?) => {
        impl $t {
            pub const ALL: &'static [$t] = &[$($v),+];
            pub fn code(self) -> &'static str {
                match self { $($v => $c),+ }
            }
            pub fn from_code(code: &str) -> Option<$t> {
                Self::ALL.iter().copied().find(|x| x.code() == code)
            }
        }
    };
}

codes!(Strength, Strength::Strong => "strong", Strength::Moderate => "moderate", Strength::Normal => "normal", Strength::Weak => "weak");
codes!(Valence, Valence::Neutral => "neutral", Valence::Stressful => "stressful", Valence::Conflictual => "conflictual", Valence::Broken => "broken");
codes!(Flow, Flow::None => "none", Flow::ToPerson => "to-person", Flow::FromPerson => "from-person", Flow::Mutual => "mutual");
codes!(LegalBasis, LegalBasis::SameCareTeam => "same-care-team", LegalBasis::PersonConsent => "person-consent", LegalBasis::ChildProtection => "child-protection");

/// Consent to share information with a partner: when, what, on which ground.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ShareConsent {
    pub date: NaiveDate,
    pub scope: String,
    pub basis: LegalBasis,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Tie {
    pub id: TieId,
    pub person_id: PersonId,
    pub target: TieTarget,
    /// Role in the project (« aide aux démarches », « soutien moral »).
    pub role: String,
    pub strength: Strength,
    pub valence: Valence,
    pub flow: Flow,
    pub since: NaiveDate,
    /// The day the tie ended (it is not on the ecomap from that day on).
    pub until: Option<NaiveDate>,
    /// The tie this one continues after a change (strength, valence, flow…).
    pub replaces: Option<TieId>,
    pub consent: Option<ShareConsent>,
    pub notes: String,
}

impl Tie {
    pub fn new_draft(person_id: PersonId, target: TieTarget, today: NaiveDate) -> Tie {
        Tie {
            id: 0,
            person_id,
            target,
            role: String::new(),
            strength: Strength::Normal,
            valence: Valence::Neutral,
            flow: Flow::Mutual,
            since: today,
            until: None,
            replaces: None,
            consent: None,
            notes: String::new(),
        }
    }

    /// On the ecomap of that day.
    pub fn active_on(&self, date: NaiveDate) -> bool {
        self.since <= date && self.until.is_none_or(|u| date < u)
    }

    pub fn is_informal(&self) -> bool {
        matches!(self.target, TieTarget::Informal { .. })
    }

    /// The same drawing: what a comparison calls « unchanged ».
    pub fn same_drawing(&self, other: &Tie) -> bool {
        (self.strength, self.valence, self.flow) == (other.strength, other.valence, other.flow)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TieProblem {
    /// An informal support needs a few words (« sa sœur »).
    LabelEmpty,
    EndBeforeStart,
    ConsentScopeEmpty,
    ConsentInFuture,
    /// Consent is recorded for partners, with whom information is shared.
    ConsentForInformal,
}

pub fn validate(t: &Tie, today: NaiveDate) -> Vec<TieProblem> {
    let mut problems = Vec::new();
    if let TieTarget::Informal { label, .. } = &t.target
        && label.trim().is_empty()
    {
        problems.push(TieProblem::LabelEmpty);
    }
    if t.until.is_some_and(|u| u < t.since) {
        problems.push(TieProblem::EndBeforeStart);
    }
    if let Some(c) = &t.consent {
        if t.is_informal() {
            problems.push(TieProblem::ConsentForInformal);
        }
        if c.scope.trim().is_empty() {
            problems.push(TieProblem::ConsentScopeEmpty);
        }
        if c.date > today {
            problems.push(TieProblem::ConsentInFuture);
        }
    }
    problems
}

/// How a tie stands between two dates of the ecomap.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TieChange {
    Added,
    Ended,
    Changed,
    Unchanged,
}

/// The ties drawn on `before` and on `after`, each marked. A tie continued by a replacement counts
/// as one changed tie (or unchanged when the drawing is the same), not as ended plus added.
pub fn compare(ties: &[Tie], before: NaiveDate, after: NaiveDate) -> Vec<(Tie, TieChange)> {
    let then: Vec<&Tie> = ties.iter().filter(|t| t.active_on(before)).collect();
    let now: Vec<&Tie> = ties.iter().filter(|t| t.active_on(after)).collect();
    // Follow `replaces` links back from a tie of `after` to the tie of `before` it continues.
    let origin = |t: &Tie| -> Option<TieId> {
        let mut current = t;
        for _ in 0..ties.len() {
            if then.iter().any(|b| b.id == current.id) {
                return Some(current.id);
            }
            let previous = current.replaces.and_then(|id| ties.iter().find(|x| x.id == id))?;
            current = previous;
        }
        None
    };
    let mut out = Vec::new();
    let mut continued = Vec::new();
    for t in &now {
        match origin(t) {
            Some(id) => {
                continued.push(id);
                let old = then.iter().find(|b| b.id == id).copied();
                let change =
                    if old.is_some_and(|o| o.same_drawing(t)) { TieChange::Unchanged } else { TieChange::Changed };
                out.push(((*t).clone(), change));
            }
            None => out.push(((*t).clone(), TieChange::Added)),
        }
    }
    for t in then {
        if !continued.contains(&t.id) {
            out.push((t.clone(), TieChange::Ended));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, m, d).unwrap()
    }

    fn tie(id: TieId, since: NaiveDate, until: Option<NaiveDate>) -> Tie {
        Tie { id, since, until, ..Tie::new_draft(1, TieTarget::Partner(id), since) }
    }

    #[test]
    fn active_from_since_until_the_end_day() {
        let t = tie(1, day(3, 1), Some(day(6, 1)));
        assert!(!t.active_on(day(2, 28)));
        assert!(t.active_on(day(3, 1)));
        assert!(t.active_on(day(5, 31)));
        assert!(!t.active_on(day(6, 1)));
    }

    #[test]
    fn validation_rules() {
        let mut t = Tie::new_draft(1, TieTarget::Informal { kind: InformalKind::Family, label: " ".into() }, day(5, 1));
        t.until = Some(day(4, 1));
        t.consent = Some(ShareConsent { date: day(12, 1), scope: String::new(), basis: LegalBasis::PersonConsent });
        assert_eq!(
            validate(&t, day(11, 22)),
            vec![
                TieProblem::LabelEmpty,
                TieProblem::EndBeforeStart,
                TieProblem::ConsentForInformal,
                TieProblem::ConsentScopeEmpty,
                TieProblem::ConsentInFuture
            ]
        );
        let ok = Tie::new_draft(1, TieTarget::Partner(4), day(5, 1));
        assert!(validate(&ok, day(11, 22)).is_empty());
    }

    #[test]
    fn comparison_marks_added_ended_changed_and_unchanged() {
        let kept = tie(1, day(1, 1), None);
        let ended = tie(2, day(1, 1), Some(day(5, 1)));
        let before_change = tie(3, day(1, 1), Some(day(4, 1)));
        let after_change = Tie { strength: Strength::Strong, replaces: Some(3), ..tie(4, day(4, 1), None) };
        let added = tie(5, day(6, 1), None);
        let ties = vec![kept, ended, before_change, after_change, added];
        let result: Vec<(TieId, TieChange)> =
            compare(&ties, day(2, 1), day(7, 1)).into_iter().map(|(t, c)| (t.id, c)).collect();
        assert_eq!(
            result,
            vec![(1, TieChange::Unchanged), (4, TieChange::Changed), (5, TieChange::Added), (2, TieChange::Ended)]
        );
    }

    #[test]
    fn codes_round_trip() {
        for s in Strength::ALL {
            assert_eq!(Strength::from_code(s.code()), Some(*s));
        }
        for v in Valence::ALL {
            assert_eq!(Valence::from_code(v.code()), Some(*v));
        }
        for f in Flow::ALL {
            assert_eq!(Flow::from_code(f.code()), Some(*f));
        }
        for b in LegalBasis::ALL {
            assert_eq!(LegalBasis::from_code(b.code()), Some(*b));
        }
        for k in InformalKind::ALL {
            assert_eq!(InformalKind::from_code(k.code()), Some(k));
        }
    }
}
