//! Goal Attainment Scaling (Kiresuk & Sherman, 1968): the objectives' levels at an evaluation,
//! summed into one T-score where 50 means « as expected » and 10 points one standard deviation.

use thiserror::Error;

/// The inter-goal correlation Kiresuk & Sherman assumed; stored with each score so that a score
/// computed under another ρ is never compared as if it were the same measure.
pub const DEFAULT_RHO: f64 = 0.3;

/// Why no T-score can be computed: each is a mistake in the data, not a score of 0.
#[derive(Debug, Clone, Copy, PartialEq, Error)]
pub enum GasError {
    #[error("no goal to score")]
    NoGoal,
    #[error("level {0} outside −2…+2")]
    LevelOutOfRange(i8),
    #[error("negative or non-finite weight {0}")]
    BadWeight(f64),
    #[error("correlation ρ = {0} outside [0, 1)")]
    BadRho(f64),
}

/// T = 50 + 10·Σwx / √((1−ρ)·Σw² + ρ·(Σw)²), for goals given as (level −2…+2, weight ≥ 0).
/// All weights 0 means equal weights (the référent weighted nothing, every goal counts the same).
pub fn t_score(goals: &[(i8, f64)], rho: f64) -> Result<f64, GasError> {
    if goals.is_empty() {
        return Err(GasError::NoGoal);
    }
    if !(0.0..1.0).contains(&rho) {
        return Err(GasError::BadRho(rho));
    }
    for &(level, weight) in goals {
        if !(-2..=2).contains(&level) {
            return Err(GasError::LevelOutOfRange(level));
        }
        if !weight.is_finite() || weight < 0.0 {
            return Err(GasError::BadWeight(weight));
        }
    }
    let equal = goals.iter().all(|&(_, w)| w == 0.0);
    let weight = |w: f64| if equal { 1.0 } else { w };
    let sum_wx: f64 = goals.iter().map(|&(x, w)| weight(w) * f64::from(x)).sum();
    let sum_w2: f64 = goals.iter().map(|&(_, w)| weight(w) * weight(w)).sum();
    let sum_w: f64 = goals.iter().map(|&(_, w)| weight(w)).sum();
    let denominator = ((1.0 - rho) * sum_w2 + rho * sum_w * sum_w).sqrt();
    Ok(50.0 + 10.0 * sum_wx / denominator)
}

/// « +1 », « 0 », « −2 »: a level or a gap with a true minus sign, as the scale is written.
pub fn signed(v: i64) -> String {
    match v {
        v if v > 0 => format!("+{v}"),
        v if v < 0 => format!("\u{2212}{}", v.unsigned_abs()),
        _ => "0".to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn close(a: f64, b: f64) -> bool {
        (a - b).abs() < 5e-5
    }

    #[test]
    fn reference_values() {
        assert!(close(t_score(&[(1, 1.0)], 0.3).unwrap(), 60.0));
        assert!(close(t_score(&[(1, 6.0), (0, 6.0)], 0.3).unwrap(), 56.2017));
        let x = [-2, 0, -1, 2, 0, 1];
        let w = [3.0, 5.0, 1.0, 4.0, 2.0, 6.0];
        let goals: Vec<(i8, f64)> = x.into_iter().zip(w).collect();
        assert!(close(t_score(&goals, 0.3).unwrap(), 55.0));
        assert!(close(t_score(&[(0, 2.0), (0, 9.0), (0, 1.0)], 0.3).unwrap(), 50.0));
    }

    #[test]
    fn all_weights_zero_count_equally() {
        let zero = t_score(&[(2, 0.0), (-1, 0.0)], 0.3).unwrap();
        let ones = t_score(&[(2, 1.0), (-1, 1.0)], 0.3).unwrap();
        assert!(close(zero, ones));
        assert!(zero > 50.0);
    }

    #[test]
    fn mistakes_are_errors_not_numbers() {
        assert_eq!(t_score(&[], 0.3), Err(GasError::NoGoal));
        assert_eq!(t_score(&[(3, 1.0)], 0.3), Err(GasError::LevelOutOfRange(3)));
        assert_eq!(t_score(&[(-3, 1.0)], 0.3), Err(GasError::LevelOutOfRange(-3)));
        assert_eq!(t_score(&[(1, -1.0)], 0.3), Err(GasError::BadWeight(-1.0)));
        assert!(matches!(t_score(&[(1, f64::NAN)], 0.3), Err(GasError::BadWeight(_))));
        assert_eq!(t_score(&[(1, 1.0)], 1.0), Err(GasError::BadRho(1.0)));
        assert_eq!(t_score(&[(1, 1.0)], -0.1), Err(GasError::BadRho(-0.1)));
        // ρ = 0 is allowed: goals taken as independent.
        assert!(close(t_score(&[(1, 1.0), (1, 1.0)], 0.0).unwrap(), 50.0 + 20.0 / 2f64.sqrt()));
    }

    fn goals() -> impl Strategy<Value = Vec<(i8, f64)>> {
        prop::collection::vec((-2i8..=2, 0.0f64..9.0), 1..12)
    }

    proptest! {
        #[test]
        fn fifty_when_weighted_levels_cancel(weights in prop::collection::vec(0.5f64..9.0, 1..6)) {
            // Each goal above expectation balanced by the same goal below it.
            let goals: Vec<(i8, f64)> = weights.iter().flat_map(|&w| [(1, w), (-1, w)]).collect();
            prop_assert!(close(t_score(&goals, DEFAULT_RHO).unwrap(), 50.0));
        }

        #[test]
        fn grows_with_any_level(goals in goals(), pick in 0usize..12, rho in 0.0f64..0.95) {
            let i = pick % goals.len();
            prop_assume!(goals[i].0 < 2);
            let before = t_score(&goals, rho).unwrap();
            let mut raised = goals.clone();
            raised[i].0 += 1;
            let after = t_score(&raised, rho).unwrap();
            let equal = goals.iter().all(|&(_, w)| w == 0.0);
            // A goal of weight 0 among weighted ones does not count; otherwise the score rises.
            if goals[i].1 > 0.0 || equal {
                prop_assert!(after > before, "{before} → {after}");
            } else {
                prop_assert!(close(after, before));
            }
        }
    }
}
