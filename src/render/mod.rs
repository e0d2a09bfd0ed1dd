//! Turns a drawn ratatui [`Buffer`] into plain text, ANSI-styled text or SVG, for
//! `parcours render`, screenshots and snapshot tests.
//!
//! Cell symbols come from user data, so they are treated as untrusted: no control character from
//! a symbol ever reaches the output. All three renderers are deterministic (same buffer, same
//! bytes) so that stored screenshots can be compared to detect staleness.

mod svg;

use std::borrow::Cow;
use std::fmt::Write as _;

use ratatui::buffer::{Buffer, Cell, CellDiffOption, CellWidth};
use ratatui::style::{Color, Modifier};

pub use svg::to_svg;

/// What [`Color::Reset`] stands for when colours must be resolved to RGB: the theme's base
/// foreground and background.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Palette {
    pub fg: (u8, u8, u8),
    pub bg: (u8, u8, u8),
}

/// Plain text: one line per row, trailing spaces trimmed, each row ended by `'\n'`.
///
/// A wide grapheme (CJK, emoji) is printed once; the cells it covers are skipped.
pub fn to_text(buf: &Buffer) -> String {
    let mut out = String::new();
    for row in rows(buf) {
        let start = out.len();
        for glyph in glyphs(row) {
            out.push_str(&glyph.text);
        }
        let kept = out[start..].trim_end_matches(' ').len();
        out.truncate(start + kept);
        out.push('\n');
    }
    out
}

/// Like [`to_text`], with SGR escape sequences for colours and modifiers.
///
/// Sequences are emitted only where the visible style changes, and the style is reset before
/// each `'\n'` so that every line stands alone (a pager or `grep` may show it out of context).
/// Trailing blanks are trimmed only when they are invisible (no background, no reverse,
/// underline or strike-through), since a coloured blank is part of the picture.
pub fn to_ansi(buf: &Buffer) -> String {
    let mut out = String::new();
    for row in rows(buf) {
        let glyphs = glyphs(row);
        let visible = glyphs.iter().rposition(|g| !is_invisible_blank(g)).map_or(0, |last| last + 1);
        let mut current = Sgr::default();
        for glyph in &glyphs[..visible] {
            // An invisible blank looks the same whatever the foreground, so keeping the current
            // style avoids a pair of sequences around every gap between styled words.
            let keep = is_invisible_blank(glyph) && !current.shows_on_blank();
            if !keep {
                let next = Sgr::of(glyph.cell);
                write_transition(&mut out, &current, &next);
                current = next;
            }
            out.push_str(&glyph.text);
        }
        if current != Sgr::default() {
            out.push_str("\x1b[0m");
        }
        out.push('\n');
    }
    out
}

/// Resolves a colour to RGB: named colours and `Indexed` use xterm's default palette, `Rgb`
/// passes through and `Reset` becomes `default`.
pub fn color_rgb(c: Color, default: (u8, u8, u8)) -> (u8, u8, u8) {
    match c {
        Color::Reset => default,
        Color::Black => xterm_rgb(0),
        Color::Red => xterm_rgb(1),
        Color::Green => xterm_rgb(2),
        Color::Yellow => xterm_rgb(3),
        Color::Blue => xterm_rgb(4),
        Color::Magenta => xterm_rgb(5),
        Color::Cyan => xterm_rgb(6),
        Color::Gray => xterm_rgb(7),
        Color::DarkGray => xterm_rgb(8),
        Color::LightRed => xterm_rgb(9),
        Color::LightGreen => xterm_rgb(10),
        Color::LightYellow => xterm_rgb(11),
        Color::LightBlue => xterm_rgb(12),
        Color::LightMagenta => xterm_rgb(13),
        Color::LightCyan => xterm_rgb(14),
        Color::White => xterm_rgb(15),
        Color::Indexed(n) => xterm_rgb(n),
        Color::Rgb(r, g, b) => (r, g, b),
    }
}

/// xterm's 256-colour palette.
fn xterm_rgb(n: u8) -> (u8, u8, u8) {
    const SYSTEM: [(u8, u8, u8); 16] = [
        (0, 0, 0),
        (205, 0, 0),
        (0, 205, 0),
        (205, 205, 0),
        (0, 0, 238),
        (205, 0, 205),
        (0, 205, 205),
        (229, 229, 229),
        (127, 127, 127),
        (255, 0, 0),
        (0, 255, 0),
        (255, 255, 0),
        (92, 92, 255),
        (255, 0, 255),
        (0, 255, 255),
        (255, 255, 255),
    ];
    const CUBE: [u8; 6] = [0, 95, 135, 175, 215, 255];
    match n {
        0..=15 => SYSTEM[usize::from(n)],
        16..=231 => {
            let i = usize::from(n - 16);
            (CUBE[i / 36], CUBE[i / 6 % 6], CUBE[i % 6])
        }
        _ => {
            let level = 8 + 10 * (n - 232);
            (level, level, level)
        }
    }
}

/// A grapheme as it appears on screen: a cell that is not hidden under a wide neighbour.
struct Glyph<'a> {
    col: usize,
    /// Columns covered, at least 1.
    width: usize,
    cell: &'a Cell,
    /// The cell's symbol, stripped of anything unsafe to print.
    text: Cow<'a, str>,
}

fn rows(buf: &Buffer) -> impl Iterator<Item = &[Cell]> {
    let width = usize::from(buf.area.width);
    // `chunks(0)` panics, and a zero-width buffer has no visible rows anyway.
    let height = if width == 0 { 0 } else { usize::from(buf.area.height) };
    buf.content.chunks(width.max(1)).take(height)
}

fn glyphs(row: &[Cell]) -> Vec<Glyph<'_>> {
    let mut out = Vec::with_capacity(row.len());
    let mut col = 0;
    while let Some(cell) = row.get(col) {
        let text = if is_skipped(cell) {
            // Something outside the buffer (an image, say) owns this cell; its symbol is stale.
            Cow::Borrowed(" ")
        } else {
            clean_symbol(cell.symbol())
        };
        let width = match cell.diff_option {
            CellDiffOption::ForcedWidth(w) => usize::from(w.get()),
            // Same measure as `Buffer::set_stringn`, so glyphs line up with how they were laid out.
            _ => usize::from(text.cell_width()),
        }
        .max(1);
        out.push(Glyph { col, width, cell, text });
        col += width;
    }
    out
}

#[allow(deprecated)] // `Cell::skip` is deprecated but still honoured by ratatui's own diffing.
fn is_skipped(cell: &Cell) -> bool {
    matches!(cell.diff_option, CellDiffOption::Skip) || (cell.skip && matches!(cell.diff_option, CellDiffOption::None))
}

/// Characters that must never be printed: C0, DEL and C1 controls could drive the terminal
/// that displays the output, and U+FFFE/U+FFFF are not allowed in XML.
fn is_unsafe(c: char) -> bool {
    c.is_control() || matches!(c, '\u{FFFE}' | '\u{FFFF}')
}

fn clean_symbol(symbol: &str) -> Cow<'_, str> {
    if symbol.is_empty() {
        // An empty symbol would pull the rest of the row one column to the left.
        return Cow::Borrowed(" ");
    }
    if !symbol.chars().any(is_unsafe) {
        return Cow::Borrowed(symbol);
    }
    let kept: String = symbol.chars().filter(|&c| !is_unsafe(c)).collect();
    if kept.is_empty() {
        // Keep a visible trace that something was there, and keep the column.
        Cow::Borrowed("\u{FFFD}")
    } else {
        Cow::Owned(kept)
    }
}

/// Modifiers that show on a space, so a blank carrying them is not empty.
const VISIBLE_ON_BLANK: Modifier = Modifier::REVERSED.union(Modifier::UNDERLINED).union(Modifier::CROSSED_OUT);

fn is_invisible_blank(glyph: &Glyph<'_>) -> bool {
    glyph.text.chars().all(|c| c == ' ')
        && glyph.cell.bg == Color::Reset
        && !glyph.cell.modifier.intersects(VISIBLE_ON_BLANK)
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Sgr {
    fg: Color,
    bg: Color,
    modifier: Modifier,
}

impl Default for Sgr {
    fn default() -> Self {
        Self { fg: Color::Reset, bg: Color::Reset, modifier: Modifier::empty() }
    }
}

impl Sgr {
    fn of(cell: &Cell) -> Self {
        Self { fg: cell.fg, bg: cell.bg, modifier: cell.modifier }
    }

    fn shows_on_blank(&self) -> bool {
        self.bg != Color::Reset || self.modifier.intersects(VISIBLE_ON_BLANK)
    }
}

const SGR_MODIFIERS: [(Modifier, u8); 9] = [
    (Modifier::BOLD, 1),
    (Modifier::DIM, 2),
    (Modifier::ITALIC, 3),
    (Modifier::UNDERLINED, 4),
    (Modifier::SLOW_BLINK, 5),
    (Modifier::RAPID_BLINK, 6),
    (Modifier::REVERSED, 7),
    (Modifier::HIDDEN, 8),
    (Modifier::CROSSED_OUT, 9),
];

fn write_transition(out: &mut String, from: &Sgr, to: &Sgr) {
    if from == to {
        return;
    }
    let mut params: Vec<u8> = Vec::new();
    // Switching single modifiers off needs codes that are shared (22 ends both bold and dim);
    // a full reset followed by the new style is simpler and always right.
    let base = if from.modifier.difference(to.modifier).is_empty() {
        *from
    } else {
        params.push(0);
        Sgr::default()
    };
    let added = to.modifier.difference(base.modifier);
    for (modifier, code) in SGR_MODIFIERS {
        if added.contains(modifier) {
            params.push(code);
        }
    }
    if to.fg != base.fg {
        push_color(&mut params, to.fg, 30);
    }
    if to.bg != base.bg {
        push_color(&mut params, to.bg, 40);
    }
    out.push_str("\x1b[");
    for (i, p) in params.iter().enumerate() {
        if i > 0 {
            out.push(';');
        }
        // Writing into a String cannot fail.
        let _ = write!(out, "{p}");
    }
    out.push('m');
}

/// `base` is 30 for foreground, 40 for background.
fn push_color(params: &mut Vec<u8>, color: Color, base: u8) {
    let offset = match color {
        Color::Reset => 9,
        Color::Black => 0,
        Color::Red => 1,
        Color::Green => 2,
        Color::Yellow => 3,
        Color::Blue => 4,
        Color::Magenta => 5,
        Color::Cyan => 6,
        Color::Gray => 7,
        Color::DarkGray => 60,
        Color::LightRed => 61,
        Color::LightGreen => 62,
        Color::LightYellow => 63,
        Color::LightBlue => 64,
        Color::LightMagenta => 65,
        Color::LightCyan => 66,
        Color::White => 67,
        Color::Indexed(n) => return params.extend([base + 8, 5, n]),
        Color::Rgb(r, g, b) => return params.extend([base + 8, 2, r, g, b]),
    };
    params.push(base + offset);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn xterm_palette_corners() {
        assert_eq!(xterm_rgb(16), (0, 0, 0));
        assert_eq!(xterm_rgb(196), (255, 0, 0));
        assert_eq!(xterm_rgb(231), (255, 255, 255));
        assert_eq!(xterm_rgb(232), (8, 8, 8));
        assert_eq!(xterm_rgb(255), (238, 238, 238));
        assert_eq!(color_rgb(Color::Reset, (1, 2, 3)), (1, 2, 3));
        assert_eq!(color_rgb(Color::Rgb(4, 5, 6), (1, 2, 3)), (4, 5, 6));
        assert_eq!(color_rgb(Color::LightBlue, (0, 0, 0)), xterm_rgb(12));
    }

    #[test]
    fn removing_a_modifier_resets_then_restates() {
        let mut out = String::new();
        let from = Sgr { fg: Color::Red, bg: Color::Reset, modifier: Modifier::BOLD | Modifier::DIM };
        let to = Sgr { modifier: Modifier::DIM, ..from };
        write_transition(&mut out, &from, &to);
        assert_eq!(out, "\x1b[0;2;31m");
    }

    #[test]
    fn adding_only_emits_the_difference() {
        let mut out = String::new();
        let from = Sgr::default();
        let to = Sgr { fg: Color::Rgb(1, 2, 3), bg: Color::Indexed(200), modifier: Modifier::ITALIC };
        write_transition(&mut out, &from, &to);
        assert_eq!(out, "\x1b[3;38;2;1;2;3;48;5;200m");
    }

    #[test]
    fn clean_symbol_keeps_the_column() {
        assert_eq!(clean_symbol("\x1b"), "\u{FFFD}");
        assert_eq!(clean_symbol("a\u{9b}"), "a");
        assert_eq!(clean_symbol(""), " ");
        assert!(matches!(clean_symbol("é"), Cow::Borrowed(_)));
    }
}
