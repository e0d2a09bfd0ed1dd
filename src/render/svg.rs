//! Standalone SVG rendering of a buffer.
//!
//! Lengths are kept as integer tenths of a pixel so that output is exact and byte-stable: the
//! cell is 9.6 × 20 px (9.6 is close to the advance of common monospace fonts at 16 px, and its
//! eighths, 1.2 px, stay exact for block elements).

mod lines;

use std::collections::BTreeMap;
use std::fmt::Write as _;

use ratatui::buffer::Buffer;
use ratatui::style::Modifier;

use super::{Glyph, Palette, color_rgb, glyphs, rows};

type Rgb = (u8, u8, u8);

const CELL_W: u32 = 96;
const CELL_H: u32 = 200;
/// Baseline below the top of the cell, centring a 16 px line in the 20 px row.
const BASELINE: u32 = 150;
const FONT_SIZE: u32 = 16;
const FONT_FAMILY: &str = "'DejaVu Sans Mono', Menlo, Consolas, monospace";
const DOT_RADIUS: u32 = 15;
/// Opacities are in thousandths.
const OPAQUE: u16 = 1000;
const DIM_FACTOR: u16 = 500;

/// A standalone SVG picture of the buffer, `palette` giving the colours behind
/// [`Color::Reset`](ratatui::style::Color::Reset).
///
/// Braille (U+2800–U+28FF), block elements (U+2580–U+259F) and most box-drawing characters
/// (U+2500–U+257F) are drawn as shapes rather than text: common monospace fonts lack Braille,
/// and block and box glyphs do not fill the cell, leaving gaps in bars and borders.
pub fn to_svg(buf: &Buffer, palette: &Palette) -> String {
    let mut layers = Layers::default();
    let mut rows_drawn = 0;
    for (row, cells) in rows(buf).enumerate() {
        let row = u32::try_from(row).unwrap_or(u32::MAX);
        let glyphs = glyphs(cells);
        layers.backgrounds(row, &glyphs, palette);
        layers.foregrounds(row, &glyphs, palette);
        rows_drawn += 1;
    }

    let width = px(u32::from(buf.area.width) * CELL_W);
    let height = px(rows_drawn * CELL_H);
    let mut out = String::new();
    let _ = writeln!(
        out,
        r#"<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" viewBox="0 0 {width} {height}">"#
    );
    let _ = writeln!(out, r#"<rect width="100%" height="100%" fill="{}"/>"#, hex(palette.bg));
    layers.write(&mut out, palette);
    out.push_str("</svg>\n");
    out
}

/// Everything to draw, gathered per layer so that no row's background covers the descenders or
/// dots of the row above.
#[derive(Default)]
struct Layers {
    backgrounds: String,
    /// Keyed by (colour, opacity) so that each colour is stated once per group.
    blocks: BTreeMap<(Rgb, u16), Vec<Area>>,
    lines: BTreeMap<(Rgb, u16), lines::ByWidth>,
    dots: BTreeMap<(Rgb, u16), Vec<(u32, u32)>>,
    texts: String,
}

/// A rectangle in tenths of a pixel.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Area {
    x0: u32,
    y0: u32,
    x1: u32,
    y1: u32,
}

impl Layers {
    fn backgrounds(&mut self, row: u32, glyphs: &[Glyph<'_>], palette: &Palette) {
        let mut run: Option<(usize, usize, Rgb)> = None;
        for glyph in glyphs {
            let bg = Look::of(glyph, palette).bg;
            match &mut run {
                Some((_, end, colour)) if *colour == bg => *end = glyph.col + glyph.width,
                _ => {
                    if let Some(done) = run.take() {
                        self.background_run(row, done, palette);
                    }
                    run = Some((glyph.col, glyph.col + glyph.width, bg));
                }
            }
        }
        if let Some(done) = run {
            self.background_run(row, done, palette);
        }
    }

    fn background_run(&mut self, row: u32, (start, end, colour): (usize, usize, Rgb), p: &Palette) {
        if colour == p.bg {
            return;
        }
        let _ = writeln!(
            self.backgrounds,
            r#"<rect x="{}" y="{}" width="{}" height="{}" fill="{}"/>"#,
            px(col_x(start)),
            px(row * CELL_H),
            px(col_x(end) - col_x(start)),
            px(CELL_H),
            hex(colour)
        );
    }

    fn foregrounds(&mut self, row: u32, glyphs: &[Glyph<'_>], palette: &Palette) {
        let mut run: Option<TextRun> = None;
        for glyph in glyphs {
            let look = Look::of(glyph, palette);
            match Kind::of(glyph, &look) {
                Kind::Blank => {
                    if let Some(open) = &mut run {
                        open.text.push_str(&" ".repeat(glyph.width));
                    }
                }
                Kind::Text => {
                    let style = TextStyle::of(&look);
                    let wide = glyph.width > 1;
                    match &mut run {
                        Some(open) if open.style == style && !wide => open.push(glyph),
                        _ => {
                            if let Some(done) = run.take() {
                                done.write(&mut self.texts, row, palette);
                            }
                            let fresh = TextRun::new(glyph, style);
                            // Fallback fonts give wide glyphs unpredictable advances; alone in
                            // their own <text>, they cannot push their neighbours out of line.
                            if wide {
                                fresh.write(&mut self.texts, row, palette);
                            } else {
                                run = Some(fresh);
                            }
                        }
                    }
                }
                shape => {
                    if let Some(done) = run.take() {
                        done.write(&mut self.texts, row, palette);
                    }
                    self.shape(row, glyph, shape, &look);
                }
            }
        }
        if let Some(done) = run {
            done.write(&mut self.texts, row, palette);
        }
    }

    fn shape(&mut self, row: u32, glyph: &Glyph<'_>, kind: Kind, look: &Look) {
        match kind {
            Kind::Block(c) => self.block(row, glyph, c, look),
            Kind::Line(c) => {
                let strokes = self.lines.entry((look.fg, look.opacity(OPAQUE))).or_default();
                lines::draw(c, col_x(glyph.col), row * CELL_H, strokes);
            }
            Kind::Braille(bits) => self.braille(row, glyph, bits, look),
            Kind::Blank | Kind::Text => {}
        }
    }

    fn block(&mut self, row: u32, glyph: &Glyph<'_>, c: char, look: &Look) {
        let (parts, shade) = block_shape(c);
        let opacity = look.opacity(shade);
        let areas = self.blocks.entry((look.fg, opacity)).or_default();
        let x = col_x(glyph.col);
        let w = col_x(glyph.width);
        let y = row * CELL_H;
        for &(x0, y0, x1, y1) in parts {
            let area = Area {
                x0: x + w * u32::from(x0) / 8,
                y0: y + CELL_H * u32::from(y0) / 8,
                x1: x + w * u32::from(x1) / 8,
                y1: y + CELL_H * u32::from(y1) / 8,
            };
            // Bars and gauges are long runs of the same block: one rect per run keeps the file
            // small and avoids anti-aliasing seams between cells.
            let neighbour = areas
                .iter_mut()
                .rev()
                .take_while(|a| a.y1 > y)
                .find(|a| a.y0 == area.y0 && a.y1 == area.y1 && a.x1 == area.x0);
            match neighbour {
                Some(a) => a.x1 = area.x1,
                None => areas.push(area),
            }
        }
    }

    fn braille(&mut self, row: u32, glyph: &Glyph<'_>, bits: u8, look: &Look) {
        // Dot n of the Braille cell is bit n-1; dots 1-3 and 7 form the left column, 4-6 and 8
        // the right one.
        const DOTS: [(u32, u32); 8] = [(0, 0), (0, 1), (0, 2), (1, 0), (1, 1), (1, 2), (0, 3), (1, 3)];
        let dots = self.dots.entry((look.fg, look.opacity(OPAQUE))).or_default();
        let x = col_x(glyph.col);
        let y = row * CELL_H;
        for (bit, (dx, dy)) in DOTS.iter().enumerate() {
            if bits & (1 << bit) != 0 {
                dots.push((x + CELL_W * (2 * dx + 1) / 4, y + CELL_H * (2 * dy + 1) / 8));
            }
        }
    }

    fn write(&self, out: &mut String, palette: &Palette) {
        if !self.backgrounds.is_empty() || !self.blocks.is_empty() {
            // Without crispEdges, adjacent rects at fractional positions show hairline seams.
            out.push_str("<g shape-rendering=\"crispEdges\">\n");
            out.push_str(&self.backgrounds);
            for ((colour, opacity), areas) in &self.blocks {
                let _ = writeln!(out, "<g fill=\"{}\"{}>", hex(*colour), opacity_attr("fill-opacity", *opacity));
                for a in areas {
                    let _ = writeln!(
                        out,
                        r#"<rect x="{}" y="{}" width="{}" height="{}"/>"#,
                        px(a.x0),
                        px(a.y0),
                        px(a.x1 - a.x0),
                        px(a.y1 - a.y0)
                    );
                }
                out.push_str("</g>\n");
            }
            out.push_str("</g>\n");
        }
        if !self.lines.is_empty() {
            out.push_str("<g fill=\"none\">\n");
            for ((colour, opacity), by_width) in &self.lines {
                for (width, strokes) in by_width {
                    let _ = writeln!(
                        out,
                        r#"<path d="{}" stroke="{}" stroke-width="{}"{}/>"#,
                        strokes.path(),
                        hex(*colour),
                        px(*width),
                        opacity_attr("stroke-opacity", *opacity)
                    );
                }
            }
            out.push_str("</g>\n");
        }
        for ((colour, opacity), dots) in &self.dots {
            if dots.is_empty() {
                continue;
            }
            let _ = writeln!(out, "<g fill=\"{}\"{}>", hex(*colour), opacity_attr("fill-opacity", *opacity));
            for (cx, cy) in dots {
                let _ = writeln!(out, r#"<circle cx="{}" cy="{}" r="{}"/>"#, px(*cx), px(*cy), px(DOT_RADIUS));
            }
            out.push_str("</g>\n");
        }
        if !self.texts.is_empty() {
            let _ =
                writeln!(out, r#"<g font-family="{FONT_FAMILY}" font-size="{FONT_SIZE}" fill="{}">"#, hex(palette.fg));
            out.push_str(&self.texts);
            out.push_str("</g>\n");
        }
    }
}

/// A cell's appearance once colours are resolved and reverse video applied.
struct Look {
    fg: Rgb,
    bg: Rgb,
    modifier: Modifier,
}

impl Look {
    fn of(glyph: &Glyph<'_>, palette: &Palette) -> Self {
        let cell = glyph.cell;
        let fg = color_rgb(cell.fg, palette.fg);
        let bg = color_rgb(cell.bg, palette.bg);
        let (fg, bg) = if cell.modifier.contains(Modifier::REVERSED) { (bg, fg) } else { (fg, bg) };
        Self { fg, bg, modifier: cell.modifier }
    }

    fn opacity(&self, base: u16) -> u16 {
        if self.modifier.contains(Modifier::DIM) {
            // Both factors are at most 1000, so the product fits in u32 and the result in u16.
            u16::try_from(u32::from(base) * u32::from(DIM_FACTOR) / 1000).unwrap_or(base)
        } else {
            base
        }
    }
}

enum Kind {
    /// Draws nothing; may sit inside a text run as spaces.
    Blank,
    Text,
    Block(char),
    Line(char),
    Braille(u8),
}

impl Kind {
    fn of(glyph: &Glyph<'_>, look: &Look) -> Self {
        let m = look.modifier;
        if m.contains(Modifier::HIDDEN) {
            return Self::Blank;
        }
        let mut chars = glyph.text.chars();
        let single = match (chars.next(), chars.next()) {
            (Some(c), None) => Some(c),
            _ => None,
        };
        match single {
            Some(c @ '\u{2580}'..='\u{259F}') => Self::Block(c),
            Some(c) if lines::arms(c).is_some() => Self::Line(c),
            Some(c @ '\u{2800}'..='\u{28FF}') => Self::Braille(u8::try_from(u32::from(c) - 0x2800).unwrap_or(0)),
            _ if glyph.text.chars().all(|c| c == ' ')
                && !m.intersects(Modifier::UNDERLINED | Modifier::CROSSED_OUT) =>
            {
                Self::Blank
            }
            _ => Self::Text,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct TextStyle {
    fg: Rgb,
    bold: bool,
    italic: bool,
    underline: bool,
    crossed: bool,
    dim: bool,
}

impl TextStyle {
    fn of(look: &Look) -> Self {
        let m = look.modifier;
        Self {
            fg: look.fg,
            bold: m.contains(Modifier::BOLD),
            italic: m.contains(Modifier::ITALIC),
            underline: m.contains(Modifier::UNDERLINED),
            crossed: m.contains(Modifier::CROSSED_OUT),
            dim: m.contains(Modifier::DIM),
        }
    }
}

struct TextRun {
    start: usize,
    /// Column after the last non-blank glyph; blanks after it are dropped at the end.
    end: usize,
    text: String,
    /// Length of `text` up to `end`.
    kept: usize,
    style: TextStyle,
    wide: bool,
}

impl TextRun {
    fn new(glyph: &Glyph<'_>, style: TextStyle) -> Self {
        Self {
            start: glyph.col,
            end: glyph.col + glyph.width,
            text: glyph.text.to_string(),
            kept: glyph.text.len(),
            style,
            wide: glyph.width > 1,
        }
    }

    fn push(&mut self, glyph: &Glyph<'_>) {
        self.text.push_str(&glyph.text);
        self.kept = self.text.len();
        self.end = glyph.col + glyph.width;
    }

    fn write(&self, out: &mut String, row: u32, palette: &Palette) {
        let s = &self.style;
        let _ = write!(
            out,
            r#"<text x="{}" y="{}" textLength="{}""#,
            px(col_x(self.start)),
            px(row * CELL_H + BASELINE),
            px(col_x(self.end) - col_x(self.start))
        );
        if self.wide {
            // A lone glyph has no gaps to stretch; scale it to its two cells instead.
            out.push_str(r#" lengthAdjust="spacingAndGlyphs""#);
        }
        out.push_str(r#" xml:space="preserve""#);
        if s.fg != palette.fg {
            let _ = write!(out, r#" fill="{}""#, hex(s.fg));
        }
        if s.bold {
            out.push_str(r#" font-weight="bold""#);
        }
        if s.italic {
            out.push_str(r#" font-style="italic""#);
        }
        match (s.underline, s.crossed) {
            (true, true) => out.push_str(r#" text-decoration="underline line-through""#),
            (true, false) => out.push_str(r#" text-decoration="underline""#),
            (false, true) => out.push_str(r#" text-decoration="line-through""#),
            (false, false) => {}
        }
        if s.dim {
            out.push_str(&opacity_attr("opacity", DIM_FACTOR));
        }
        out.push('>');
        escape_xml(out, &self.text[..self.kept]);
        out.push_str("</text>\n");
    }
}

/// Rectangles in eighths of the cell, `(x0, y0, x1, y1)`, and a fill opacity in thousandths.
fn block_shape(c: char) -> (&'static [(u8, u8, u8, u8)], u16) {
    const UL: (u8, u8, u8, u8) = (0, 0, 4, 4);
    const UR: (u8, u8, u8, u8) = (4, 0, 8, 4);
    const LL: (u8, u8, u8, u8) = (0, 4, 4, 8);
    const LR: (u8, u8, u8, u8) = (4, 4, 8, 8);
    const FULL: &[(u8, u8, u8, u8)] = &[(0, 0, 8, 8)];
    match c {
        '▀' => (&[(0, 0, 8, 4)], OPAQUE),
        '▁' => (&[(0, 7, 8, 8)], OPAQUE),
        '▂' => (&[(0, 6, 8, 8)], OPAQUE),
        '▃' => (&[(0, 5, 8, 8)], OPAQUE),
        '▄' => (&[(0, 4, 8, 8)], OPAQUE),
        '▅' => (&[(0, 3, 8, 8)], OPAQUE),
        '▆' => (&[(0, 2, 8, 8)], OPAQUE),
        '▇' => (&[(0, 1, 8, 8)], OPAQUE),
        '█' => (FULL, OPAQUE),
        '▉' => (&[(0, 0, 7, 8)], OPAQUE),
        '▊' => (&[(0, 0, 6, 8)], OPAQUE),
        '▋' => (&[(0, 0, 5, 8)], OPAQUE),
        '▌' => (&[(0, 0, 4, 8)], OPAQUE),
        '▍' => (&[(0, 0, 3, 8)], OPAQUE),
        '▎' => (&[(0, 0, 2, 8)], OPAQUE),
        '▏' => (&[(0, 0, 1, 8)], OPAQUE),
        '▐' => (&[(4, 0, 8, 8)], OPAQUE),
        '░' => (FULL, 250),
        '▒' => (FULL, 500),
        '▓' => (FULL, 750),
        '▔' => (&[(0, 0, 8, 1)], OPAQUE),
        '▕' => (&[(7, 0, 8, 8)], OPAQUE),
        '▖' => (&[LL], OPAQUE),
        '▗' => (&[LR], OPAQUE),
        '▘' => (&[UL], OPAQUE),
        '▙' => (&[UL, LL, LR], OPAQUE),
        '▚' => (&[UL, LR], OPAQUE),
        '▛' => (&[UL, UR, LL], OPAQUE),
        '▜' => (&[UL, UR, LR], OPAQUE),
        '▝' => (&[UR], OPAQUE),
        '▞' => (&[UR, LL], OPAQUE),
        '▟' => (&[UR, LL, LR], OPAQUE),
        _ => (&[], OPAQUE),
    }
}

fn col_x(col: usize) -> u32 {
    u32::try_from(col).unwrap_or(u32::MAX / CELL_W) * CELL_W
}

/// Formats tenths of a pixel without float noise: `96` → `9.6`, `200` → `20`.
fn px(tenths: u32) -> String {
    if tenths.is_multiple_of(10) { (tenths / 10).to_string() } else { format!("{}.{}", tenths / 10, tenths % 10) }
}

/// Formats thousandths as an attribute, omitted when fully opaque.
fn opacity_attr(name: &str, milli: u16) -> String {
    if milli >= OPAQUE {
        return String::new();
    }
    let digits = format!("{milli:03}");
    format!(r#" {name}="0.{}""#, digits.trim_end_matches('0'))
}

fn hex((r, g, b): Rgb) -> String {
    format!("#{r:02x}{g:02x}{b:02x}")
}

fn escape_xml(out: &mut String, text: &str) {
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            // Already filtered by `clean_symbol`; checked again because XML rejects them outright.
            c if super::is_unsafe(c) => {}
            c => out.push(c),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lengths_are_exact() {
        assert_eq!(px(96), "9.6");
        assert_eq!(px(200), "20");
        assert_eq!(px(0), "0");
        assert_eq!(opacity_attr("opacity", 500), r#" opacity="0.5""#);
        assert_eq!(opacity_attr("opacity", 125), r#" opacity="0.125""#);
        assert_eq!(opacity_attr("opacity", 1000), "");
    }

    #[test]
    fn every_block_element_has_a_shape() {
        for c in '\u{2580}'..='\u{259F}' {
            assert!(!block_shape(c).0.is_empty(), "{c:?} has no shape");
        }
    }
}
