//! The ecomap's layout, in character cells: the person at the centre, her ties around her grouped
//! by sector, each label on a row of its own so that no two labels ever overlap. Pure and
//! deterministic: the terminal, the SVG export and the tests all draw from the same numbers.

use unicode_width::UnicodeWidthStr;

use super::text::fit;

/// Most satellites drawn one by one; beyond, the largest groups collapse into « +N » nodes.
pub const MAX_NODES: usize = 24;

/// One tie to place. `group` orders the satellites around the circle (sector, then informal kinds).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NodeInput {
    pub key: i64,
    pub label: String,
    pub group: u8,
}

/// What a satellite stands for: one tie, or several collapsed into « +N ».
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NodeKind {
    Tie(i64),
    Collapsed { group: u8, keys: Vec<i64> },
}

#[derive(Debug, Clone, PartialEq)]
pub struct PlacedNode {
    pub kind: NodeKind,
    /// Where the tie's line ends (cell coordinates, y downwards).
    pub anchor: (f64, f64),
    /// First cell of the label and its row.
    pub label_x: u16,
    pub label_y: u16,
    pub label: String,
}

impl PlacedNode {
    pub fn label_width(&self) -> u16 {
        self.label.width() as u16
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Layout {
    pub width: u16,
    pub height: u16,
    pub center: (f64, f64),
    pub center_label_x: u16,
    pub center_label: String,
    pub nodes: Vec<PlacedNode>,
}

/// Collapses the largest groups until at most `max` satellites remain.
fn collapse(mut inputs: Vec<NodeInput>, max: usize) -> Vec<(NodeKind, String, u8)> {
    inputs.sort_by(|a, b| (a.group, &a.label, a.key).cmp(&(b.group, &b.label, b.key)));
    let mut collapsed_groups: Vec<u8> = Vec::new();
    let count = |inputs: &[NodeInput], collapsed: &[u8]| {
        let mut groups: Vec<u8> = inputs.iter().map(|n| n.group).collect();
        groups.dedup();
        groups
            .iter()
            .map(|g| if collapsed.contains(g) { 1 } else { inputs.iter().filter(|n| n.group == *g).count() })
            .sum::<usize>()
    };
    while count(&inputs, &collapsed_groups) > max {
        // The largest group not yet collapsed; ties of equal size go to the lowest group.
        let mut sizes: Vec<(usize, u8)> = Vec::new();
        for n in &inputs {
            if collapsed_groups.contains(&n.group) {
                continue;
            }
            match sizes.iter_mut().find(|(_, g)| *g == n.group) {
                Some((s, _)) => *s += 1,
                None => sizes.push((1, n.group)),
            }
        }
        let Some(&(_, g)) = sizes.iter().max_by(|a, b| a.0.cmp(&b.0).then(b.1.cmp(&a.1))) else { break };
        collapsed_groups.push(g);
    }
    let mut out: Vec<(NodeKind, String, u8)> = Vec::new();
    for n in &inputs {
        if collapsed_groups.contains(&n.group) {
            match out.iter_mut().find(|(k, _, _)| matches!(k, NodeKind::Collapsed { group, .. } if *group == n.group)) {
                Some((NodeKind::Collapsed { keys, .. }, label, _)) => {
                    keys.push(n.key);
                    *label = format!("+{}", keys.len());
                }
                _ => out.push((NodeKind::Collapsed { group: n.group, keys: vec![n.key] }, "+1".into(), n.group)),
            }
        } else {
            out.push((NodeKind::Tie(n.key), n.label.clone(), n.group));
        }
    }
    out
}

/// Lays out the ecomap in a `width` × `height` cell area. Satellites go round the circle in group
/// order, clockwise from the top; those on the right half are written from their anchor to the
/// right, those on the left half end at their anchor, each on a row no other label of its half
/// uses, and never on the person's row.
pub fn layout(center_label: &str, inputs: Vec<NodeInput>, width: u16, height: u16) -> Layout {
    let w = f64::from(width.max(1));
    let h = f64::from(height.max(1));
    let cy_row = height / 2;
    let center = (w / 2.0, f64::from(cy_row) + 0.5);
    let center_label = fit(center_label, usize::from(width.saturating_sub(2)).max(1));
    let center_label_x = (width / 2).saturating_sub(center_label.width() as u16 / 2);
    // Each half gets its rows: all but the first, the last and the person's.
    let rows: Vec<u16> = (1..height.saturating_sub(1)).filter(|r| *r != cy_row).collect();
    // A label per row and per half: on a short map, groups collapse before labels would share a row.
    let nodes = collapse(inputs, MAX_NODES.min(2 * rows.len()).max(1));
    let n = nodes.len();
    let half = usize::from(width / 2).saturating_sub(2);
    let max_label = half.saturating_sub(2).clamp(1, 24);
    let rx = (w / 2.0 - 2.0).max(1.0) * 0.55;
    let ry = (h / 2.0 - 1.5).max(1.0);
    let mut right: Vec<(usize, f64)> = Vec::new();
    let mut left: Vec<(usize, f64)> = Vec::new();
    for i in 0..n {
        // Clockwise from the top: angle 0 at 12 o'clock.
        let angle = std::f64::consts::TAU * (i as f64 + 0.5) / n as f64;
        if angle < std::f64::consts::PI { right.push((i, angle)) } else { left.push((i, angle)) }
    }
    let mut placed: Vec<Option<PlacedNode>> = vec![None; n];
    for (side, is_right) in [(&right, true), (&left, false)] {
        // Wanted rows from the angle, then spread so that no two share a row.
        let wanted: Vec<f64> = side.iter().map(|(_, a)| center.1 - ry * a.cos()).collect();
        let slots = spread(&wanted, &rows);
        for ((i, angle), row) in side.iter().zip(slots) {
            let (kind, label, _) = &nodes[*i];
            let label = fit(label, max_label);
            let lw = label.width() as u16;
            let ax = center.0 + rx * angle.sin();
            let y = f64::from(row) + 0.5;
            let (anchor_x, label_x) = if is_right {
                let x = (ax.max(center.0 + 2.0)).min(w - f64::from(lw) - 1.0).max(center.0 + 1.0);
                (x, x.ceil() as u16 + 1)
            } else {
                let x = (ax.min(center.0 - 2.0)).max(f64::from(lw) + 1.0).min(center.0 - 1.0);
                (x, (x.floor() as u16).saturating_sub(lw + 1))
            };
            let label_x = label_x.min(width.saturating_sub(lw));
            placed[*i] = Some(PlacedNode { kind: kind.clone(), anchor: (anchor_x, y), label_x, label_y: row, label });
        }
    }
    Layout { width, height, center, center_label_x, center_label, nodes: placed.into_iter().flatten().collect() }
}

/// Gives each wanted position a distinct row from `rows`, keeping their order and staying as close
/// as the others allow. When there are more wishes than rows, the last ones share the last row.
fn spread(wanted: &[f64], rows: &[u16]) -> Vec<u16> {
    if rows.is_empty() {
        return vec![0; wanted.len()];
    }
    let mut order: Vec<usize> = (0..wanted.len()).collect();
    order.sort_by(|a, b| wanted[*a].total_cmp(&wanted[*b]));
    let n = order.len();
    let mut out = vec![rows[rows.len() - 1]; wanted.len()];
    let mut next = 0usize;
    for (k, i) in order.iter().enumerate() {
        // The nearest row at or after `next` that still leaves room for the labels still to place.
        let room_after = n - k - 1;
        let last_allowed = rows.len().saturating_sub(room_after + 1).max(next);
        let target = rows.iter().position(|r| f64::from(*r) + 0.5 >= wanted[*i]).unwrap_or(rows.len() - 1);
        let slot = target.clamp(next, last_allowed.min(rows.len() - 1));
        out[*i] = rows[slot];
        next = (slot + 1).min(rows.len() - 1);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn inputs(n: usize) -> Vec<NodeInput> {
        (0..n)
            .map(|i| NodeInput { key: i as i64, label: format!("Partenaire numéro {i}"), group: (i % 7) as u8 })
            .collect()
    }

    fn overlaps(a: &PlacedNode, b: &PlacedNode) -> bool {
        a.label_y == b.label_y && a.label_x < b.label_x + b.label_width() && b.label_x < a.label_x + a.label_width()
    }

    fn check(l: &Layout) {
        for (i, a) in l.nodes.iter().enumerate() {
            assert!(a.label_x + a.label_width() <= l.width, "label {} out on the right", a.label);
            assert!(a.label_y < l.height);
            assert!(a.anchor.0 >= 0.0 && a.anchor.0 <= f64::from(l.width));
            assert!(a.anchor.1 >= 0.0 && a.anchor.1 <= f64::from(l.height));
            assert_ne!(a.label_y, l.height / 2, "the person's row is hers");
            for b in &l.nodes[i + 1..] {
                assert!(!overlaps(a, b), "{} and {} overlap", a.label, b.label);
            }
        }
    }

    #[test]
    fn up_to_24_ties_every_label_has_its_place() {
        for (w, h) in [(60, 20), (78, 18), (118, 30)] {
            for n in 0..=24 {
                let l = layout("M. R.", inputs(n), w, h);
                assert_eq!(l.nodes.len(), n);
                check(&l);
            }
        }
    }

    #[test]
    fn beyond_24_the_largest_groups_collapse() {
        let l = layout("M. R.", inputs(40), 100, 30);
        assert!(l.nodes.len() <= MAX_NODES);
        let collapsed: usize = l
            .nodes
            .iter()
            .map(|n| match &n.kind {
                NodeKind::Tie(_) => 1,
                NodeKind::Collapsed { keys, .. } => keys.len(),
            })
            .sum();
        assert_eq!(collapsed, 40, "every tie is somewhere");
        assert!(l.nodes.iter().any(|n| n.label.starts_with('+')));
        check(&l);
    }

    #[test]
    fn long_labels_are_cut_not_spilled() {
        let long = vec![NodeInput {
            key: 1,
            label: "Service d’accompagnement médico-social pour adultes handicapés".into(),
            group: 0,
        }];
        let l = layout("Léo, 15 ans", long, 60, 20);
        assert!(l.nodes[0].label.ends_with('…'));
        check(&l);
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(64))]
        #[test]
        fn layout_is_inside_non_overlapping_and_deterministic(
            labels in proptest::collection::vec(("[a-zA-Zéèàç ’]{1,30}", 0u8..9), 0..=24),
            w in 60u16..160,
            h in 18u16..50,
        ) {
            let nodes: Vec<NodeInput> = labels
                .iter()
                .enumerate()
                .map(|(i, (l, g))| NodeInput { key: i as i64, label: l.clone(), group: *g })
                .collect();
            let a = layout("Mme A.", nodes.clone(), w, h);
            check(&a);
            prop_assert_eq!(a, layout("Mme A.", nodes, w, h));
        }
    }
}
