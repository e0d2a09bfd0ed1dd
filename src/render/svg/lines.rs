//! Box-drawing characters (U+2500–U+257F) as strokes.
//!
//! A 16 px font's box glyphs do not fill a 20 px row, so as text every border would be broken
//! at each row; strokes also join exactly whatever the font. Dashed and diagonal characters
//! stay text.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use super::{CELL_H, CELL_W, px};

/// Arm weights of U+2500–U+257F, two bits per arm: up, right (<< 2), down (<< 4), left (<< 6);
/// 1 light, 2 heavy, 3 double, 0 absent. Generated from the Unicode character names.
const ARMS: [u8; 128] = [
    0x44, 0x88, 0x11, 0x22, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x14, 0x18, 0x24, 0x28, //
    0x50, 0x90, 0x60, 0xa0, 0x05, 0x09, 0x06, 0x0a, 0x41, 0x81, 0x42, 0x82, 0x15, 0x19, 0x16, 0x25, //
    0x26, 0x1a, 0x29, 0x2a, 0x51, 0x91, 0x52, 0x61, 0x62, 0x92, 0xa1, 0xa2, 0x54, 0x94, 0x58, 0x98, //
    0x64, 0xa4, 0x68, 0xa8, 0x45, 0x85, 0x49, 0x89, 0x46, 0x86, 0x4a, 0x8a, 0x55, 0x95, 0x59, 0x99, //
    0x56, 0x65, 0x66, 0x96, 0x5a, 0xa5, 0x69, 0x9a, 0xa9, 0xa6, 0x6a, 0xaa, 0x00, 0x00, 0x00, 0x00, //
    0xcc, 0x33, 0x1c, 0x34, 0x3c, 0xd0, 0x70, 0xf0, 0x0d, 0x07, 0x0f, 0xc1, 0x43, 0xc3, 0x1d, 0x37, //
    0x3f, 0xd1, 0x73, 0xf3, 0xdc, 0x74, 0xfc, 0xcd, 0x47, 0xcf, 0xdd, 0x77, 0xff, 0x14, 0x50, 0x41, //
    0x05, 0x00, 0x00, 0x00, 0x40, 0x01, 0x04, 0x10, 0x80, 0x02, 0x08, 0x20, 0x48, 0x21, 0x84, 0x12, //
];

const UP: usize = 0;
const RIGHT: usize = 1;
const DOWN: usize = 2;
const LEFT: usize = 3;
const DOUBLE: u8 = 3;

/// Stroke widths and the distance of each line of a double arm from the cell's centre line,
/// in tenths of a pixel.
const LIGHT_WIDTH: u32 = 12;
const HEAVY_WIDTH: u32 = 24;
const DOUBLE_GAP: i64 = 20;

/// The arms of `c` if it is a box-drawing character drawn as strokes.
pub(super) fn arms(c: char) -> Option<[u8; 4]> {
    let index = usize::try_from(u32::from(c).checked_sub(0x2500)?).ok()?;
    let bits = *ARMS.get(index)?;
    (bits != 0).then_some([bits & 3, (bits >> 2) & 3, (bits >> 4) & 3, bits >> 6])
}

/// The rounded corners ╭╮╯╰.
fn is_arc(c: char) -> bool {
    ('\u{256D}'..='\u{2570}').contains(&c)
}

/// Straight strokes and arcs of one colour and width, merged where they meet so that a border
/// is one line rather than one per cell.
#[derive(Default)]
pub(super) struct Strokes {
    /// `(y, x0, x1)`
    horizontal: Vec<(u32, u32, u32)>,
    /// `(x, y0, y1)`
    vertical: Vec<(u32, u32, u32)>,
    arcs: String,
}

impl Strokes {
    pub(super) fn path(&self) -> String {
        let mut d = String::new();
        for (y, x0, x1) in merged(&self.horizontal) {
            let _ = write!(d, "M{} {}H{}", px(x0), px(y), px(x1));
        }
        for (x, y0, y1) in merged(&self.vertical) {
            let _ = write!(d, "M{} {}V{}", px(x), px(y0), px(y1));
        }
        d.push_str(&self.arcs);
        d
    }
}

/// Sorts segments along their line and joins those that touch or overlap.
fn merged(segments: &[(u32, u32, u32)]) -> Vec<(u32, u32, u32)> {
    let mut sorted = segments.to_vec();
    sorted.sort_unstable();
    let mut out: Vec<(u32, u32, u32)> = Vec::with_capacity(sorted.len());
    for (line, a, b) in sorted {
        match out.last_mut() {
            Some((l, _, end)) if *l == line && a <= *end => *end = (*end).max(b),
            _ => out.push((line, a, b)),
        }
    }
    out
}

/// Strokes of one colour, by stroke width.
pub(super) type ByWidth = BTreeMap<u32, Strokes>;

/// Adds the strokes of a box-drawing character whose cell starts at `(x, y)`.
pub(super) fn draw(c: char, x: u32, y: u32, strokes: &mut ByWidth) {
    let Some(arms) = arms(c) else { return };
    let (x, y) = (i64::from(x), i64::from(y));
    let (half_w, half_h) = (i64::from(CELL_W / 2), i64::from(CELL_H / 2));
    let (cx, cy) = (x + half_w, y + half_h);
    if is_arc(c) {
        // A quadratic curve with its control point at the centre approximates a quarter circle
        // of radius half a cell width.
        let hx = if arms[RIGHT] != 0 { x + 2 * half_w } else { x };
        let (vy, r) = if arms[DOWN] != 0 { (y + 2 * half_h, half_w) } else { (y, -half_w) };
        let _ = write!(
            strokes.entry(LIGHT_WIDTH).or_default().arcs,
            "M{} {}Q{} {} {} {}V{}",
            px(at(hx)),
            px(at(cy)),
            px(at(cx)),
            px(at(cy)),
            px(at(cx)),
            px(at(cy + r)),
            px(at(vy))
        );
        return;
    }
    let offset = |arm: usize| if arms[arm] == DOUBLE { DOUBLE_GAP } else { 0 };
    for (arm, &weight) in arms.iter().enumerate() {
        if weight == 0 {
            continue;
        }
        let width = if weight == 2 { HEAVY_WIDTH } else { LIGHT_WIDTH };
        let half = i64::from(width / 2);
        let (side_a, side_b) = if arm == UP || arm == DOWN { (LEFT, RIGHT) } else { (UP, DOWN) };
        let opposite = (arm + 2) % 4;
        // Each line runs from the cell edge to `stop`, a distance from the centre counted
        // towards the arm (negative: past the centre), plus half the width so joins are solid.
        let lines: Vec<(i64, i64)> = if weight == DOUBLE {
            [(side_a, -DOUBLE_GAP), (side_b, DOUBLE_GAP)]
                .into_iter()
                .map(|(side, shift)| {
                    let stop = if arms[side] != 0 {
                        // Stop at the nearer line of the arm on this side.
                        offset(side)
                    } else if arms[opposite] != 0 {
                        // Straight on: the opposite arm's line continues this one.
                        0
                    } else {
                        // A corner: reach the far line of the arm on the other side.
                        -offset((side + 2) % 4)
                    };
                    (shift, stop - half)
                })
                .collect()
        } else {
            // Reach across any double perpendicular arm so that both of its lines are joined.
            vec![(0, -offset(side_a).max(offset(side_b)) - half)]
        };
        for (shift, stop) in lines {
            let s = strokes.entry(width).or_default();
            match arm {
                UP => s.vertical.push((at(cx + shift), at(y), at(cy - stop))),
                DOWN => s.vertical.push((at(cx + shift), at(cy + stop), at(y + 2 * half_h))),
                RIGHT => s.horizontal.push((at(cy + shift), at(cx + stop), at(x + 2 * half_w))),
                _ => s.horizontal.push((at(cy + shift), at(x), at(cx - stop))),
            }
        }
    }
}

/// Coordinates stay within the picture, so they are never negative; clamp rather than wrap.
fn at(v: i64) -> u32 {
    u32::try_from(v.max(0)).unwrap_or(u32::MAX)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_matches_a_few_names() {
        assert_eq!(arms('─'), Some([0, 1, 0, 1]));
        assert_eq!(arms('┃'), Some([2, 0, 2, 0]));
        assert_eq!(arms('╔'), Some([0, 3, 3, 0]));
        assert_eq!(arms('╡'), Some([1, 0, 1, 3]));
        assert_eq!(arms('╭'), Some([0, 1, 1, 0]));
        assert_eq!(arms('╿'), Some([2, 0, 1, 0]));
        assert_eq!(arms('┄'), None);
        assert_eq!(arms('╱'), None);
        assert_eq!(arms('a'), None);
    }

    fn path_of(c: char) -> String {
        let mut strokes = ByWidth::new();
        draw(c, 0, 0, &mut strokes);
        strokes.values().map(Strokes::path).collect()
    }

    #[test]
    fn a_straight_line_spans_the_cell() {
        assert_eq!(path_of('─'), "M0 10H9.6");
        assert_eq!(path_of('│'), "M4.8 0V20");
    }

    #[test]
    fn rounded_corners_are_curves() {
        assert_eq!(path_of('╭'), "M9.6 10Q4.8 10 4.8 14.8V20");
        assert_eq!(path_of('╯'), "M0 10Q4.8 10 4.8 5.2V0");
    }

    #[test]
    fn double_corner_lines_meet() {
        // ╔: the outer lines meet at (2.8, 8), the inner ones at (6.8, 12); both extended by
        // half the stroke width so the corners are filled.
        assert_eq!(path_of('╔'), "M2.2 8H9.6M6.2 12H9.6M2.8 7.4V20M6.8 11.4V20");
    }
}
