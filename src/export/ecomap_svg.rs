//! The person's ecomap on a given date as a standalone SVG image, drawn by parcours itself (no
//! Graphviz): to open in a browser, print for a meeting or add to the DPP.
//!
//! Positions come from the same pure layout as the terminal's « Réseau » tab
//! ([`crate::domain::ecomap::layout`]) on a grid of [`COLS`] × [`ROWS`] cells, each cell
//! [`CELL_W`] × [`CELL_H`] pixels, so that the ellipse of ties is nearly round and no two labels
//! ever overlap. Lines follow Hartman's conventions in SVG shapes, each readable without colour:
//! three, two or one parallel strokes for a strong, moderate or normal tie, dashes for a weak one,
//! a wave for stress, crossbars for conflict, a cut with a bar on each side for a break, filled
//! arrowheads for the direction of support. A legend box explains every style and arrow; the title
//! (`<title>` and a heading) gives the pseudonym and the date. Every text is XML-escaped, numbers
//! are written with one decimal: the same input always gives the same bytes.

use super::ecomap_dot::{EcomapInput, INK, capitalized, valence_ink};
use crate::domain::ecomap::NodeKind;
use crate::domain::ecomap_ties::{ecomap_layout, tie_label};
use crate::domain::text::clean_line;
use crate::domain::tie::{Flow, Strength, Tie, Valence};
use crate::i18n::{Lang, Text, colon, flow_label, sector_label, tr};

/// The layout grid, in cells.
pub const COLS: u16 = 100;
pub const ROWS: u16 = 32;
/// One cell in pixels: wider than high, so that the layout's ellipse comes out nearly round.
pub const CELL_W: f64 = 12.0;
pub const CELL_H: f64 = 20.0;
pub const WIDTH: f64 = 1200.0;
pub const HEIGHT: f64 = 900.0;
/// The map sits under the heading, the legend under the map.
const MAP_TOP: f64 = 64.0;
const LEGEND_TOP: f64 = MAP_TOP + ROWS as f64 * CELL_H + 8.0;
const LABEL_SIZE: f64 = 14.0;
const BOX_HALF: f64 = 9.0;
const STROKE: f64 = 1.8;
const ARROW_LEN: f64 = 13.0;
const MUTED: &str = "#8a8a8a";
const FONT: &str = "DejaVu Sans, Verdana, Arial, sans-serif";

type P = (f64, f64);

/// A number as written in the file: one decimal, never « -0.0 ».
fn num(v: f64) -> String {
    let s = format!("{v:.1}");
    if s == "-0.0" { "0.0".into() } else { s }
}

fn pt(p: P) -> String {
    format!("{} {}", num(p.0), num(p.1))
}

/// Escapes text for XML content and attribute values; control characters (newlines included)
/// become nothing or a space, bidi overrides are dropped.
pub fn escape(text: &str) -> String {
    // One line, then the same escaping as HTML; XML also forbids these two noncharacters.
    let cleaned: String = clean_line(text).chars().filter(|c| !matches!(c, '\u{FFFE}' | '\u{FFFF}')).collect();
    super::html::escape(&cleaned)
}

/// An estimate of a text's width in a DejaVu-like sans-serif, generous rather than short: the box
/// around a label is a little too wide rather than too narrow.
pub fn text_width(text: &str, size: f64) -> f64 {
    let em: f64 = text
        .chars()
        .map(|c| match c {
            'i' | 'l' | 'j' | '\'' | '’' | '.' | ',' | ':' | ';' | '!' | '|' => 0.32,
            ' ' | 't' | 'f' | 'r' | '(' | ')' | '-' => 0.42,
            'm' | 'w' | 'M' | 'W' | '…' => 0.92,
            c if c.is_ascii_digit() => 0.64,
            c if c.is_uppercase() => 0.74,
            _ => 0.6,
        })
        .sum();
    em * size
}

/// The whole label when its estimated width fits in `room` pixels, else the longest start of it
/// that does with an ellipsis, never shorter than the layout's own cut `short`.
fn fit_px(full: &str, room: f64, short: &str) -> String {
    if text_width(full, LABEL_SIZE) <= room {
        return full.to_string();
    }
    let mut out = String::new();
    for c in full.chars() {
        let mut next = out.clone();
        next.push(c);
        next.push('…');
        if text_width(&next, LABEL_SIZE) > room {
            break;
        }
        out.push(c);
    }
    out.push('…');
    if out.chars().count() < short.chars().count() { short.to_string() } else { out }
}

fn add(a: P, b: P) -> P {
    (a.0 + b.0, a.1 + b.1)
}

fn mul(a: P, k: f64) -> P {
    (a.0 * k, a.1 * k)
}

fn lerp(a: P, b: P, t: f64) -> P {
    (a.0 + (b.0 - a.0) * t, a.1 + (b.1 - a.1) * t)
}

/// The shapes of one tie: stroked paths (`d` and whether dashed) and filled arrowheads.
#[derive(Debug, Default)]
struct Shapes {
    strokes: Vec<(String, bool)>,
    arrows: Vec<String>,
}

/// Offsets of the parallel strokes of a tie: three for strong, two for moderate, one otherwise.
fn spread(strength: Strength) -> &'static [f64] {
    match strength {
        Strength::Strong => &[-4.5, 0.0, 4.5],
        Strength::Moderate => &[-2.5, 2.5],
        Strength::Normal | Strength::Weak => &[0.0],
    }
}

/// A tie from `a` (the person's end) to `b` (the satellite's end), in pixels.
fn tie_shapes(a: P, b: P, strength: Strength, valence: Valence, flow: Flow) -> Shapes {
    let (dx, dy) = (b.0 - a.0, b.1 - a.1);
    let len = (dx * dx + dy * dy).sqrt().max(1e-6);
    let u = (dx / len, dy / len);
    let n = (-u.1, u.0);
    let offsets = spread(strength);
    let half = offsets.iter().fold(0.0_f64, |m, o| m.max(o.abs()));
    let dashed = strength == Strength::Weak;
    let arrow_at_person = matches!(flow, Flow::ToPerson | Flow::Mutual);
    let arrow_at_satellite = matches!(flow, Flow::FromPerson | Flow::Mutual);
    // Strokes stop under an arrowhead rather than poke through its tip.
    let room = ARROW_LEN.min(len / 3.0);
    let a_line = if arrow_at_person { add(a, mul(u, room)) } else { a };
    let b_line = if arrow_at_satellite { add(b, mul(u, -room)) } else { b };
    let line_len =
        (len - if arrow_at_person { room } else { 0.0 } - if arrow_at_satellite { room } else { 0.0 }).max(1.0);
    let mut shapes = Shapes::default();
    let gap = (28.0_f64).min(line_len * 0.3);
    let g1 = add(lerp(a_line, b_line, 0.5), mul(u, -gap / 2.0));
    let g2 = add(lerp(a_line, b_line, 0.5), mul(u, gap / 2.0));
    for o in offsets {
        let shift = mul(n, *o);
        let (p, q) = (add(a_line, shift), add(b_line, shift));
        let d = match valence {
            Valence::Stressful => wave(p, q, n, line_len),
            Valence::Broken => {
                format!("M {} L {} M {} L {}", pt(p), pt(add(g1, shift)), pt(add(g2, shift)), pt(q))
            }
            Valence::Neutral | Valence::Conflictual => format!("M {} L {}", pt(p), pt(q)),
        };
        shapes.strokes.push((d, dashed));
    }
    let bar = |at: P, reach: f64| format!("M {} L {}", pt(add(at, mul(n, reach))), pt(add(at, mul(n, -reach))));
    match valence {
        Valence::Broken => {
            shapes.strokes.push((bar(g1, half + 8.0), false));
            shapes.strokes.push((bar(g2, half + 8.0), false));
        }
        Valence::Conflictual => {
            let count = ((line_len * 0.6 / 30.0).floor() as usize).max(2);
            for k in 0..count {
                let t = 0.2 + 0.6 * (k as f64 + 0.5) / count as f64;
                shapes.strokes.push((bar(lerp(a_line, b_line, t), half + 8.0), false));
            }
        }
        Valence::Neutral | Valence::Stressful => {}
    }
    let head = |tip: P, towards: P| -> String {
        let base = add(tip, mul(towards, -room));
        let w = half + 5.5;
        format!("M {} L {} L {} Z", pt(tip), pt(add(base, mul(n, w))), pt(add(base, mul(n, -w))))
    };
    if arrow_at_person {
        shapes.arrows.push(head(a, mul(u, -1.0)));
    }
    if arrow_at_satellite {
        shapes.arrows.push(head(b, u));
    }
    shapes
}

/// A wave from `p` to `q` (quadratic curves swinging on each side of the line).
fn wave(p: P, q: P, n: P, len: f64) -> String {
    let halves = ((len / 12.0).round() as usize).max(2);
    let mut d = format!("M {}", pt(p));
    for i in 0..halves {
        let mid = lerp(p, q, (i as f64 + 0.5) / halves as f64);
        let side = if i % 2 == 0 { 6.0 } else { -6.0 };
        let end = lerp(p, q, (i + 1) as f64 / halves as f64);
        d.push_str(&format!(" Q {} {}", pt(add(mid, mul(n, side))), pt(end)));
    }
    d
}

fn write_shapes(s: &mut String, shapes: &Shapes, ink: &str) {
    for (d, dashed) in &shapes.strokes {
        let dash = if *dashed { " stroke-dasharray=\"8 6\"" } else { "" };
        s.push_str(&format!("<path d=\"{d}\"{dash}/>\n"));
    }
    for d in &shapes.arrows {
        s.push_str(&format!("<path class=\"arrow\" d=\"{d}\" fill=\"{ink}\" stroke=\"none\"/>\n"));
    }
}

/// A label's box: rounded for a structure, a pill for an informal support.
fn node_box(s: &mut String, x: f64, y_mid: f64, width: f64, informal: bool, muted: bool) {
    let (fill, rx) = if informal { ("#fbf1df", BOX_HALF) } else { ("#e9f0f7", 3.0) };
    let (fill, stroke) = if muted { ("#f2f2f2", MUTED) } else { (fill, INK) };
    s.push_str(&format!(
        "<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" rx=\"{}\" fill=\"{fill}\" stroke=\"{stroke}\" stroke-width=\"1\"/>\n",
        num(x),
        num(y_mid - BOX_HALF),
        num(width),
        num(2.0 * BOX_HALF),
        num(rx)
    ));
}

/// Where a line leaves the person: on her outer ellipse, towards `to`.
fn on_ellipse(center: P, radii: P, to: P) -> P {
    let (dx, dy) = (to.0 - center.0, to.1 - center.1);
    let k = ((dx / radii.0).powi(2) + (dy / radii.1).powi(2)).sqrt();
    if k <= 1.0 { center } else { (center.0 + dx / k, center.1 + dy / k) }
}

/// The ecomap as a standalone SVG document.
pub fn to_svg(input: &EcomapInput) -> String {
    let lang = input.lang;
    let title = escape(&input.title());
    let ties = input.shown();
    let pseudonym = clean_line(input.pseudonym);
    let refs: Vec<&Tie> = ties.iter().collect();
    let layout = ecomap_layout(&pseudonym, &refs, input.partners, COLS, ROWS);
    let to_px = |(x, y): P| (x * CELL_W, MAP_TOP + y * CELL_H);
    let center = to_px(layout.center);
    let name_width = text_width(&layout.center_label, 17.0);
    let inner = (name_width / 2.0 + 18.0, 22.0);
    let outer = (inner.0 + 5.0, inner.1 + 5.0);
    let xml_lang = match lang {
        Lang::Fr => "fr",
        Lang::En => "en",
    };
    let mut s = String::new();
    s.push_str("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    s.push_str(&format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"{w}\" height=\"{h}\" viewBox=\"0 0 {w} {h}\" \
         role=\"img\" aria-labelledby=\"ecomap-title\" xml:lang=\"{xml_lang}\" font-family=\"{FONT}\">\n",
        w = WIDTH,
        h = HEIGHT
    ));
    s.push_str(&format!("<title id=\"ecomap-title\">{title}</title>\n"));
    s.push_str(&format!("<rect x=\"0\" y=\"0\" width=\"{WIDTH}\" height=\"{HEIGHT}\" fill=\"#ffffff\"/>\n"));
    s.push_str(&format!(
        "<text class=\"heading\" x=\"24\" y=\"40\" font-size=\"22\" font-weight=\"bold\" fill=\"{INK}\">{title}</text>\n"
    ));
    s.push_str(&format!("<path d=\"M 24 54 L {} 54\" stroke=\"{MUTED}\" stroke-width=\"1\"/>\n", num(WIDTH - 24.0)));
    // Lines first, labels over them, the person on top.
    s.push_str("<g class=\"ties\" fill=\"none\" stroke-linecap=\"round\">\n");
    let mut labels = String::new();
    for node in &layout.nodes {
        let right = node.anchor.0 >= layout.center.0;
        let y_mid = MAP_TOP + (f64::from(node.label_y) + 0.5) * CELL_H;
        let (tie, muted) = match &node.kind {
            NodeKind::Tie(id) => (ties.iter().find(|t| t.id == *id), false),
            NodeKind::Collapsed { .. } => (None, true),
        };
        // The label's near edge is exact (its first or last cell); the far edge is estimated.
        let near_x = if right {
            f64::from(node.label_x) * CELL_W
        } else {
            f64::from(node.label_x + node.label_width()) * CELL_W
        };
        // Right labels run to the right, left ones to the left: a label never meets the other
        // half's, so the whole name is written when the page has room for it.
        let room = if right { WIDTH - 12.0 - near_x } else { near_x - 12.0 } - 12.0;
        let label = match tie {
            Some(t) => fit_px(&tie_label(t, input.partners), room, &node.label),
            None => node.label.clone(),
        };
        let text_w = text_width(&label, LABEL_SIZE);
        let (box_x, edge_x, text_x, anchor) = if right {
            (near_x - 6.0, near_x - 6.0, near_x, "start")
        } else {
            (near_x - text_w - 6.0, near_x + 6.0, near_x, "end")
        };
        let end = (edge_x, y_mid);
        let start = on_ellipse(center, (outer.0 + 2.0, outer.1 + 2.0), end);
        match (&node.kind, tie) {
            (NodeKind::Tie(_), Some(t)) => {
                let ink = valence_ink(t.valence);
                let sector = match input.sector(t) {
                    Some(sector) => capitalized(sector_label(lang, sector)),
                    None => tr(lang, Text::EcomapInformal).to_string(),
                };
                s.push_str(&format!(
                    "<g class=\"tie\" data-strength=\"{}\" data-valence=\"{}\" data-flow=\"{}\" stroke=\"{ink}\" stroke-width=\"{STROKE}\">\n",
                    t.strength.code(),
                    t.valence.code(),
                    t.flow.code()
                ));
                s.push_str(&format!(
                    "<title>{} — {} — {}</title>\n",
                    escape(&tie_label(t, input.partners)),
                    escape(&sector),
                    escape(&input.drawing_words(t))
                ));
                write_shapes(&mut s, &tie_shapes(start, end, t.strength, t.valence, t.flow), ink);
                s.push_str("</g>\n");
            }
            (NodeKind::Collapsed { keys, .. }, _) => {
                let names: Vec<String> = keys
                    .iter()
                    .filter_map(|k| ties.iter().find(|t| t.id == *k))
                    .map(|t| tie_label(t, input.partners))
                    .collect();
                s.push_str(&format!("<g class=\"collapsed\" stroke=\"{MUTED}\" stroke-width=\"{STROKE}\">\n"));
                s.push_str(&format!("<title>{}</title>\n", escape(&names.join(", "))));
                s.push_str(&format!("<path d=\"M {} L {}\"/>\n</g>\n", pt(start), pt(end)));
            }
            _ => {}
        }
        let informal = tie.is_some_and(|t| t.is_informal());
        labels.push_str(&format!("<g class=\"node{}\">\n", if informal { " informal" } else { "" }));
        node_box(&mut labels, box_x, y_mid, text_w + 12.0, informal, muted);
        labels.push_str(&format!(
            "<text x=\"{}\" y=\"{}\" font-size=\"{LABEL_SIZE}\" text-anchor=\"{anchor}\" fill=\"{}\">{}</text>\n</g>\n",
            num(text_x),
            num(y_mid + 5.0),
            if muted { "#555555" } else { INK },
            escape(&label)
        ));
    }
    s.push_str("</g>\n<g class=\"nodes\">\n");
    s.push_str(&labels);
    s.push_str("</g>\n");
    // The person: a double ellipse with her pseudonym.
    s.push_str("<g class=\"person\">\n");
    for (rx, ry, width) in [(outer.0, outer.1, 1.5), (inner.0, inner.1, 2.0)] {
        s.push_str(&format!(
            "<ellipse cx=\"{}\" cy=\"{}\" rx=\"{}\" ry=\"{}\" fill=\"#f4f4f4\" stroke=\"{INK}\" stroke-width=\"{width}\"/>\n",
            num(center.0),
            num(center.1),
            num(rx),
            num(ry)
        ));
    }
    s.push_str(&format!(
        "<text x=\"{}\" y=\"{}\" font-size=\"17\" font-weight=\"bold\" text-anchor=\"middle\" fill=\"{INK}\">{}</text>\n</g>\n",
        num(center.0),
        num(center.1 + 6.0),
        escape(&layout.center_label)
    ));
    if ties.is_empty() {
        s.push_str(&format!(
            "<text class=\"empty\" x=\"{}\" y=\"{}\" font-size=\"15\" font-style=\"italic\" text-anchor=\"middle\" fill=\"#555555\">{}</text>\n",
            num(center.0),
            num(center.1 + outer.1 + 36.0),
            escape(tr(lang, Text::EcomapEmpty))
        ));
    }
    s.push_str(&legend(lang));
    s.push_str("</svg>\n");
    s
}

/// The legend: the seven line styles, the three directions of support, the two kinds of boxes.
fn legend(lang: Lang) -> String {
    let mut s = String::new();
    let top = LEGEND_TOP;
    s.push_str("<g class=\"legend\">\n");
    s.push_str(&format!(
        "<rect x=\"16\" y=\"{}\" width=\"{}\" height=\"180\" rx=\"6\" fill=\"#ffffff\" stroke=\"{MUTED}\" stroke-width=\"1\"/>\n",
        num(top),
        num(WIDTH - 32.0)
    ));
    s.push_str(&format!(
        "<text x=\"32\" y=\"{}\" font-size=\"15\" font-weight=\"bold\" fill=\"{INK}\">{}</text>\n",
        num(top + 24.0),
        escape(tr(lang, Text::Legend))
    ));
    let column = |i: usize| 40.0 + 290.0 * i as f64;
    let row = |j: usize| top + 54.0 + 36.0 * j as f64;
    let text = |s: &mut String, x: f64, y: f64, words: &str| {
        s.push_str(&format!(
            "<text x=\"{}\" y=\"{}\" font-size=\"14\" fill=\"{INK}\">{}</text>\n",
            num(x),
            num(y + 5.0),
            escape(words)
        ));
    };
    let styles: [(&str, Strength, Valence, Text, usize, usize); 7] = [
        ("strong", Strength::Strong, Valence::Neutral, Text::LegendStrong, 0, 0),
        ("moderate", Strength::Moderate, Valence::Neutral, Text::LegendModerate, 1, 0),
        ("normal", Strength::Normal, Valence::Neutral, Text::LegendNormal, 2, 0),
        ("weak", Strength::Weak, Valence::Neutral, Text::LegendWeak, 3, 0),
        ("stressful", Strength::Normal, Valence::Stressful, Text::LegendStressful, 0, 1),
        ("conflictual", Strength::Normal, Valence::Conflictual, Text::LegendConflictual, 1, 1),
        ("broken", Strength::Normal, Valence::Broken, Text::LegendBroken, 2, 1),
    ];
    for (key, strength, valence, words, i, j) in styles {
        let (x, y) = (column(i), row(j));
        let ink = valence_ink(valence);
        s.push_str(&format!(
            "<g class=\"legend-item\" data-style=\"{key}\" fill=\"none\" stroke=\"{ink}\" stroke-width=\"{STROKE}\" stroke-linecap=\"round\">\n"
        ));
        write_shapes(&mut s, &tie_shapes((x, y), (x + 76.0, y), strength, valence, Flow::None), ink);
        s.push_str("</g>\n");
        text(&mut s, x + 92.0, y, tr(lang, words));
    }
    // Directions of support: from a small double circle (the person) to a small box (the support).
    let (x, y) = (column(0), row(2));
    text(&mut s, x, y, &format!("{}{}", capitalized(tr(lang, Text::LegendFlow)), colon(lang).trim_end()));
    for (i, flow) in [Flow::ToPerson, Flow::FromPerson, Flow::Mutual].into_iter().enumerate() {
        let (x, y) = (column(i + 1), row(2));
        s.push_str(&format!("<g class=\"legend-item\" data-flow=\"{}\">\n", flow.code()));
        for r in [7.0, 4.0] {
            s.push_str(&format!(
                "<circle cx=\"{}\" cy=\"{}\" r=\"{r}\" fill=\"#f4f4f4\" stroke=\"{INK}\" stroke-width=\"1.2\"/>\n",
                num(x + 7.0),
                num(y)
            ));
        }
        s.push_str(&format!(
            "<rect x=\"{}\" y=\"{}\" width=\"10\" height=\"14\" rx=\"2\" fill=\"#e9f0f7\" stroke=\"{INK}\" stroke-width=\"1\"/>\n",
            num(x + 76.0),
            num(y - 7.0)
        ));
        s.push_str(&format!("<g fill=\"none\" stroke=\"{INK}\" stroke-width=\"{STROKE}\" stroke-linecap=\"round\">\n"));
        write_shapes(&mut s, &tie_shapes((x + 16.0, y), (x + 75.0, y), Strength::Normal, Valence::Neutral, flow), INK);
        s.push_str("</g>\n</g>\n");
        text(&mut s, x + 92.0, y, flow_label(lang, flow));
    }
    // The two kinds of boxes.
    for (i, (informal, words)) in
        [(false, tr(lang, Text::EcomapPartner)), (true, tr(lang, Text::EcomapInformal))].into_iter().enumerate()
    {
        let (x, y) = (column(i), row(3));
        s.push_str(&format!(
            "<g class=\"legend-item\" data-node=\"{}\">\n",
            if informal { "informal" } else { "partner" }
        ));
        node_box(&mut s, x, y, 76.0, informal, false);
        s.push_str("</g>\n");
        text(&mut s, x + 92.0, y, words);
    }
    s.push_str("</g>\n");
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_never_say_minus_zero() {
        assert_eq!(num(-0.01), "0.0");
        assert_eq!(num(12.345), "12.3");
    }

    #[test]
    fn escapes_markup_and_drops_control_characters() {
        assert_eq!(escape("<b>\"R&D\" l'a\u{1b}[2J\nvu</b>"), "&lt;b&gt;&quot;R&amp;D&quot; l&#39;a[2J vu&lt;/b&gt;");
    }

    #[test]
    fn each_style_has_its_shape() {
        let count = |s, v, f| {
            let sh = tie_shapes((0.0, 0.0), (200.0, 0.0), s, v, f);
            (sh.strokes.len(), sh.arrows.len(), sh.strokes.iter().filter(|(_, d)| *d).count())
        };
        assert_eq!(count(Strength::Strong, Valence::Neutral, Flow::None), (3, 0, 0));
        assert_eq!(count(Strength::Moderate, Valence::Neutral, Flow::None), (2, 0, 0));
        assert_eq!(count(Strength::Normal, Valence::Neutral, Flow::Mutual), (1, 2, 0));
        assert_eq!(count(Strength::Weak, Valence::Neutral, Flow::ToPerson), (1, 1, 1));
        assert_eq!(count(Strength::Normal, Valence::Broken, Flow::None), (3, 0, 0));
        assert!(count(Strength::Normal, Valence::Conflictual, Flow::None).0 >= 3);
        let wave = tie_shapes((0.0, 0.0), (200.0, 0.0), Strength::Normal, Valence::Stressful, Flow::None);
        assert!(wave.strokes[0].0.matches(" Q ").count() >= 10);
    }
}
