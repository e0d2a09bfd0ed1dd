//! The bilan's two charts as inline SVG for the HTML page: the T-score across the evaluations, with
//! the reference line of 50 and labelled axes, and the person's and the référent's ratings of each
//! domain at the latest evaluation as paired bars. Every value is also written beside its mark and
//! given in the page's tables: the charts are never the only way to read a number.

use super::bilan_document::BilanDocument;
use super::bilan_text::{BilanText, bilan_words};
use super::plan_html::escape;
use crate::domain::evaluation::{RATING_MAX, RATING_MIN};

const FONT: &str = "font-family=\"system-ui, sans-serif\" font-size=\"12\"";
const INK: &str = "#111";
const GRID: &str = "#d0d0d0";
const SCORE: &str = "#1f4e8c";
const PERSON: &str = "#1f4e8c";
const REFERENT: &str = "#e3a33b";
const GAP: &str = "#a8201a";

/// The T-score line; `None` when no evaluation has a score.
pub fn score_chart(doc: &BilanDocument) -> Option<String> {
    let points: Vec<(chrono::NaiveDate, f64, &str)> =
        doc.scores.iter().filter_map(|s| s.value.map(|v| (s.date, v, s.text.as_str()))).collect();
    if points.is_empty() {
        return None;
    }
    let lang = doc.lang;
    let (width, height) = (640.0, 300.0);
    let (left, right, top, bottom) = (64.0, 48.0, 28.0, 64.0);
    let plot_w = width - left - right;
    let plot_h = height - top - bottom;
    // The scale always shows 30–70 around the reference, wider when a score goes beyond.
    let low = points.iter().map(|p| p.1).fold(30.0_f64, f64::min);
    let high = points.iter().map(|p| p.1).fold(70.0_f64, f64::max);
    let (low, high) = ((low / 10.0).floor() * 10.0, (high / 10.0).ceil() * 10.0);
    let y = |v: f64| top + plot_h * (high - v) / (high - low);
    let first = points[0].0;
    let span = (points[points.len() - 1].0 - first).num_days().max(1) as f64;
    let x = |d: chrono::NaiveDate| {
        if points.len() == 1 { left + plot_w / 2.0 } else { left + plot_w * (d - first).num_days() as f64 / span }
    };

    let title = bilan_words(lang, BilanText::ChartScore);
    let mut s = svg_open(width, height, title);
    let mut tick = low;
    while tick <= high + 1e-9 {
        s.push_str(&format!(
            "<line x1=\"{left}\" y1=\"{y:.1}\" x2=\"{x2}\" y2=\"{y:.1}\" stroke=\"{GRID}\" stroke-width=\"1\" />\n\
             <text x=\"{tx}\" y=\"{ty:.1}\" text-anchor=\"end\">{label}</text>\n",
            y = y(tick),
            x2 = left + plot_w,
            tx = left - 8.0,
            ty = y(tick) + 4.0,
            label = tick
        ));
        tick += 10.0;
    }
    // The reference: 50 is the expected result.
    s.push_str(&format!(
        "<line x1=\"{left}\" y1=\"{y:.1}\" x2=\"{x2}\" y2=\"{y:.1}\" stroke=\"{INK}\" stroke-width=\"1.5\" \
         stroke-dasharray=\"6 4\" />\n<text x=\"{x2}\" y=\"{ty:.1}\" text-anchor=\"end\">{label}</text>\n",
        y = y(50.0),
        x2 = left + plot_w,
        ty = y(50.0) - 6.0,
        label = escape(bilan_words(lang, BilanText::Reference))
    ));
    // Axes and their titles.
    s.push_str(&format!(
        "<line x1=\"{left}\" y1=\"{top}\" x2=\"{left}\" y2=\"{bottom_y}\" stroke=\"{INK}\" />\n\
         <line x1=\"{left}\" y1=\"{bottom_y}\" x2=\"{x2}\" y2=\"{bottom_y}\" stroke=\"{INK}\" />\n\
         <text x=\"{mid_x}\" y=\"{axis_y}\" text-anchor=\"middle\">{date_title}</text>\n\
         <text x=\"16\" y=\"{mid_y}\" text-anchor=\"middle\" transform=\"rotate(-90 16 {mid_y})\">{score_title}</text>\n",
        bottom_y = top + plot_h,
        x2 = left + plot_w,
        mid_x = left + plot_w / 2.0,
        axis_y = height - 10.0,
        date_title = escape(bilan_words(lang, BilanText::AxisDate)),
        mid_y = top + plot_h / 2.0,
        score_title = escape(bilan_words(lang, BilanText::ScoreT))
    ));
    let line: Vec<String> = points.iter().map(|(d, v, _)| format!("{:.1},{:.1}", x(*d), y(*v))).collect();
    if line.len() > 1 {
        s.push_str(&format!(
            "<polyline points=\"{}\" fill=\"none\" stroke=\"{SCORE}\" stroke-width=\"2.5\" />\n",
            line.join(" ")
        ));
    }
    let mut last_label_x = f64::NEG_INFINITY;
    let mut low_row = false;
    for (d, v, text) in &points {
        let (px, py) = (x(*d), y(*v));
        // Dates too close to the previous one go one line lower rather than over it.
        low_row = px - last_label_x < 84.0 && !low_row;
        last_label_x = px;
        let date_y = top + plot_h + if low_row { 34.0 } else { 18.0 };
        s.push_str(&format!(
            "<circle cx=\"{px:.1}\" cy=\"{py:.1}\" r=\"4.5\" fill=\"{SCORE}\"><title>{date} — {text}</title></circle>\n\
             <text x=\"{px:.1}\" y=\"{ly:.1}\" text-anchor=\"middle\" font-weight=\"bold\">{text}</text>\n\
             <text x=\"{px:.1}\" y=\"{date_y:.1}\" text-anchor=\"middle\">{date}</text>\n",
            date = crate::domain::date::format_fr(*d),
            ly = py - 10.0,
        ));
    }
    s.push_str("</svg>\n");
    Some(s)
}

/// The paired bars of the latest ratings; `None` without ratings.
pub fn ratings_chart(doc: &BilanDocument) -> Option<String> {
    if doc.ratings.is_empty() {
        return None;
    }
    let lang = doc.lang;
    let (label_w, per_point, row_h, top) = (210.0, 30.0, 38.0, 52.0);
    let plot_w = per_point * f64::from(RATING_MAX);
    let width = label_w + plot_w + 190.0;
    let height = top + row_h * doc.ratings.len() as f64 + 48.0;
    let x = |v: f64| label_w + per_point * v;
    let title = bilan_words(lang, BilanText::ChartRatings);
    let mut s = svg_open(width, height, title);
    // Legend: colour and position both tell who rated (the person's bar is always the upper one).
    s.push_str(&format!(
        "<rect x=\"{label_w}\" y=\"10\" width=\"14\" height=\"12\" fill=\"{PERSON}\" />\n\
         <text x=\"{lx1}\" y=\"20\">{person}</text>\n\
         <rect x=\"{x2}\" y=\"10\" width=\"14\" height=\"12\" fill=\"{REFERENT}\" />\n\
         <text x=\"{lx2}\" y=\"20\">{referent}</text>\n",
        lx1 = label_w + 20.0,
        person = escape(bilan_words(lang, BilanText::ColPerson)),
        x2 = label_w + 140.0,
        lx2 = label_w + 160.0,
        referent = escape(bilan_words(lang, BilanText::ColReferent))
    ));
    let bottom = top + row_h * doc.ratings.len() as f64;
    for v in (0..=RATING_MAX).step_by(2) {
        s.push_str(&format!(
            "<line x1=\"{gx}\" y1=\"{top}\" x2=\"{gx}\" y2=\"{bottom}\" stroke=\"{GRID}\" />\n\
             <text x=\"{gx}\" y=\"{ty}\" text-anchor=\"middle\">{v}</text>\n",
            gx = x(f64::from(v)),
            ty = bottom + 16.0
        ));
    }
    s.push_str(&format!(
        "<text x=\"{mid}\" y=\"{ty}\" text-anchor=\"middle\">{axis}</text>\n",
        mid = label_w + plot_w / 2.0,
        ty = bottom + 36.0,
        axis = escape(bilan_words(lang, BilanText::AxisRating))
    ));
    for (i, r) in doc.ratings.iter().enumerate() {
        let row_y = top + row_h * i as f64;
        s.push_str(&format!(
            "<text x=\"{lx}\" y=\"{ty:.1}\" text-anchor=\"end\">{domain}</text>\n",
            lx = label_w - 8.0,
            ty = row_y + row_h / 2.0 + 4.0,
            domain = escape(&r.domain)
        ));
        for (k, (value, colour, who)) in
            [(r.person, PERSON, BilanText::ColPerson), (r.referent, REFERENT, BilanText::ColReferent)]
                .into_iter()
                .enumerate()
        {
            let Some(value) = value.filter(|v| (RATING_MIN..=RATING_MAX).contains(v)) else { continue };
            let bar_y = row_y + 6.0 + 13.0 * k as f64;
            let end = x(f64::from(value));
            s.push_str(&format!(
                "<rect x=\"{label_w}\" y=\"{bar_y:.1}\" width=\"{w:.1}\" height=\"12\" fill=\"{colour}\">\
                 <title>{domain} — {who} {value}</title></rect>\n\
                 <text x=\"{tx:.1}\" y=\"{ty:.1}\" font-size=\"11\">{value}</text>\n",
                w = end - label_w,
                domain = escape(&r.domain),
                who = escape(bilan_words(lang, who)),
                tx = end + 4.0,
                ty = bar_y + 10.0
            ));
        }
        if r.perception_gap {
            s.push_str(&format!(
                "<text x=\"{tx}\" y=\"{ty:.1}\" fill=\"{GAP}\" font-weight=\"bold\">{gap} {label}</text>\n",
                tx = x(f64::from(RATING_MAX)) + 28.0,
                ty = row_y + row_h / 2.0 + 4.0,
                gap = escape(&r.gap),
                label = escape(bilan_words(lang, BilanText::PerceptionGap))
            ));
        }
    }
    s.push_str(&format!(
        "<line x1=\"{label_w}\" y1=\"{top}\" x2=\"{label_w}\" y2=\"{bottom}\" stroke=\"{INK}\" />\n</svg>\n"
    ));
    Some(s)
}

fn svg_open(width: f64, height: f64, title: &str) -> String {
    format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {width} {height}\" width=\"{width}\" \
         height=\"{height}\" role=\"img\" {FONT} fill=\"{INK}\">\n<title>{}</title>\n",
        escape(title)
    )
}
