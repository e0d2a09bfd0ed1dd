//! Hartman's line conventions, as segments on the canvas: strong ═══, moderate ══, normal ──,
//! weak ╌╌ (dashed), stressful ∿∿ (wavy), conflictual ┼┼ (crossed), broken ─/ /─ (cut), and
//! arrowheads for the direction of support. Each style reads without colour.

use crate::domain::tie::{Flow, Strength, Valence};

pub type Segment = ((f64, f64), (f64, f64));

fn lerp(a: (f64, f64), b: (f64, f64), t: f64) -> (f64, f64) {
    (a.0 + (b.0 - a.0) * t, a.1 + (b.1 - a.1) * t)
}

/// The unit normal of a segment (zero for a point).
fn normal(a: (f64, f64), b: (f64, f64)) -> (f64, f64) {
    let (dx, dy) = (b.0 - a.0, b.1 - a.1);
    let len = (dx * dx + dy * dy).sqrt();
    if len < 1e-9 { (0.0, 0.0) } else { (-dy / len, dx / len) }
}

fn offset(s: Segment, by: f64) -> Segment {
    let n = normal(s.0, s.1);
    ((s.0.0 + n.0 * by, s.0.1 + n.1 * by), (s.1.0 + n.0 * by, s.1.1 + n.1 * by))
}

/// Segments drawing a tie from `a` (the person) to `b` (the satellite).
pub fn tie_segments(a: (f64, f64), b: (f64, f64), strength: Strength, valence: Valence, flow: Flow) -> Vec<Segment> {
    let (dx, dy) = (b.0 - a.0, b.1 - a.1);
    let len = (dx * dx + dy * dy).sqrt().max(1e-9);
    let mut base: Vec<Segment> = match valence {
        Valence::Stressful => {
            // A zigzag of small amplitude along the line.
            let steps = (len / 0.6).ceil().max(2.0) as usize;
            let n = normal(a, b);
            let point = |i: usize| {
                let p = lerp(a, b, i as f64 / steps as f64);
                let side = if i == 0 || i == steps {
                    0.0
                } else if i.is_multiple_of(2) {
                    0.35
                } else {
                    -0.35
                };
                (p.0 + n.0 * side, p.1 + n.1 * side)
            };
            (0..steps).map(|i| (point(i), point(i + 1))).collect()
        }
        Valence::Broken => {
            // Cut in the middle, with a bar on each side of the gap.
            let n = normal(a, b);
            let g1 = lerp(a, b, 0.42);
            let g2 = lerp(a, b, 0.58);
            let bar = |p: (f64, f64)| ((p.0 + n.0 * 0.6, p.1 + n.1 * 0.6), (p.0 - n.0 * 0.6, p.1 - n.1 * 0.6));
            vec![(a, g1), (g2, b), bar(g1), bar(g2)]
        }
        _ if strength == Strength::Weak => {
            let dashes = (len / 1.2).ceil().max(1.0) as usize;
            (0..dashes)
                .map(|i| (lerp(a, b, i as f64 / dashes as f64), lerp(a, b, (i as f64 + 0.5) / dashes as f64)))
                .collect()
        }
        _ => vec![(a, b)],
    };
    // Thickness: parallel lines.
    let extra: &[f64] = match strength {
        Strength::Strong => &[-0.3, 0.3],
        Strength::Moderate => &[0.25],
        _ => &[],
    };
    if matches!(valence, Valence::Neutral | Valence::Conflictual) && strength != Strength::Weak {
        let main = (a, b);
        base.extend(extra.iter().map(|by| offset(main, *by)));
    }
    if valence == Valence::Conflictual {
        // Crossbars along the line.
        let n = normal(a, b);
        let bars = (len / 2.0).floor().max(1.0) as usize;
        for i in 1..=bars {
            let p = lerp(a, b, i as f64 / (bars as f64 + 1.0));
            base.push(((p.0 + n.0 * 0.7, p.1 + n.1 * 0.7), (p.0 - n.0 * 0.7, p.1 - n.1 * 0.7)));
        }
    }
    let head = |tip: (f64, f64), from: (f64, f64)| -> Vec<Segment> {
        let (ux, uy) = ((from.0 - tip.0) / len, (from.1 - tip.1) / len);
        let n = (-uy, ux);
        let back = (tip.0 + ux * 1.2, tip.1 + uy * 1.2);
        vec![(tip, (back.0 + n.0 * 0.6, back.1 + n.1 * 0.6)), (tip, (back.0 - n.0 * 0.6, back.1 - n.1 * 0.6))]
    };
    // The person's end sits a little off the centre, so the arrow is not lost under her name.
    let near_person = lerp(a, b, 0.2);
    match flow {
        Flow::ToPerson => base.extend(head(near_person, b)),
        Flow::FromPerson => base.extend(head(b, a)),
        Flow::Mutual => {
            base.extend(head(near_person, b));
            base.extend(head(b, a));
        }
        Flow::None => {}
    }
    base
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_style_differs_in_shape() {
        let a = (0.0, 0.0);
        let b = (10.0, 0.0);
        let count = |s, v, f| tie_segments(a, b, s, v, f).len();
        let normal = count(Strength::Normal, Valence::Neutral, Flow::None);
        assert_eq!(normal, 1);
        assert_eq!(count(Strength::Strong, Valence::Neutral, Flow::None), 3);
        assert_eq!(count(Strength::Moderate, Valence::Neutral, Flow::None), 2);
        assert!(count(Strength::Weak, Valence::Neutral, Flow::None) > 3, "dashed");
        assert!(count(Strength::Normal, Valence::Stressful, Flow::None) > 5, "wavy");
        assert_eq!(count(Strength::Normal, Valence::Broken, Flow::None), 4);
        assert!(count(Strength::Normal, Valence::Conflictual, Flow::None) > 2, "crossed");
        assert_eq!(count(Strength::Normal, Valence::Neutral, Flow::Mutual), 5, "two arrowheads");
    }

    #[test]
    fn segments_stay_near_the_line() {
        for s in tie_segments((0.0, 0.0), (10.0, 5.0), Strength::Strong, Valence::Stressful, Flow::Mutual) {
            for p in [s.0, s.1] {
                assert!(p.0 > -2.0 && p.0 < 12.0 && p.1 > -2.0 && p.1 < 7.0, "{p:?}");
            }
        }
    }
}
