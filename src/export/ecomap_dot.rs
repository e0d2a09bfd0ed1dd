//! The person's ecomap on a given date as a Graphviz file (`dot -Tsvg ecocarte.dot`): the person in
//! the middle (a double circle, her pseudonym only), the structures of the territory grouped by
//! sector and her informal supports in clusters of their own, each tie drawn after Hartman (1978):
//! line weight for strength, dashes for a weak tie, colour and a mark for stress, conflict or a
//! break, arrows for the direction of support; a legend and the date on the graph.
//!
//! Left to right: the informal supports on the left of the person, the structures on her right, so
//! that she sits in the middle. Every text is escaped for a quoted DOT string; node names are
//! generated (`person`, `n1`, `n2`…), never taken from the data. Also the home of what both ecomap
//! exports share: their input, the ties shown on the date, the title.

use chrono::NaiveDate;

use crate::domain::date::format_fr;
use crate::domain::ecomap_ties::{tie_label, ties_on};
use crate::domain::partner::{Partner, Sector};
use crate::domain::text::clean_line;
use crate::domain::tie::{Flow, Strength, Tie, TieTarget, Valence};
use crate::i18n::{Lang, Say, Text, colon, flow_label, say, sector_label, strength_label, tr, valence_label};

/// What an ecomap export draws from: the person's pseudonym, all her ties (ended ones too: the date
/// chooses), the directory (archived partners included, for their names) and the date of the map.
#[derive(Debug, Clone, Copy)]
pub struct EcomapInput<'a> {
    pub pseudonym: &'a str,
    pub ties: &'a [Tie],
    pub partners: &'a [Partner],
    pub date: NaiveDate,
    pub lang: Lang,
}

impl EcomapInput<'_> {
    /// The ties on the map of `date`, in the terminal's order: partners by sector, then informal
    /// supports by kind, each group by label.
    pub fn shown(&self) -> Vec<Tie> {
        ties_on(self.ties, self.date, self.partners).into_iter().cloned().collect()
    }

    /// « Écocarte de M. R. au 22/11/2026 »
    pub fn title(&self) -> String {
        say(self.lang, &Say::EcomapOf(clean_line(self.pseudonym), format_fr(self.date)))
    }

    /// The sector of a partner tie (an unknown partner counts as « autre »); `None` for an informal one.
    pub fn sector(&self, t: &Tie) -> Option<Sector> {
        match &t.target {
            TieTarget::Partner(id) => {
                Some(self.partners.iter().find(|p| p.id == *id).map(|p| p.sector).unwrap_or(Sector::Autre))
            }
            TieTarget::Informal { .. } => None,
        }
    }

    /// How a tie is drawn, in words: « fort, stressant, vers la personne ».
    pub fn drawing_words(&self, t: &Tie) -> String {
        format!(
            "{}, {}, {}",
            strength_label(self.lang, t.strength),
            valence_label(self.lang, t.valence),
            flow_label(self.lang, t.flow)
        )
    }
}

/// A label with a capital first letter (« médico-social » → « Médico-social »).
pub fn capitalized(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(c) => c.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// Escapes text for a double-quoted DOT string: quotes and backslashes escaped, a newline becomes
/// Graphviz's own line break, other control characters and bidi overrides are dropped.
pub fn escape(text: &str) -> String {
    let cleaned = crate::domain::text::clean(text);
    let mut out = String::with_capacity(cleaned.len() + 4);
    for c in cleaned.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// A node's label on lines of at most 24 columns, so that long names keep the columns narrow.
fn wrapped(text: &str) -> String {
    let options = textwrap::Options::new(24).word_splitter(textwrap::WordSplitter::NoHyphenation);
    textwrap::wrap(&clean_line(text), options).join("\n")
}

fn quoted(text: &str) -> String {
    format!("\"{}\"", escape(text))
}

/// Ink that stays readable when printed in black and white.
pub const INK: &str = "#1a1a1a";
pub const STRESS_INK: &str = "#b35400";
pub const CONFLICT_INK: &str = "#c0141b";
pub const BROKEN_INK: &str = "#6b6b6b";

pub fn valence_ink(v: Valence) -> &'static str {
    match v {
        Valence::Neutral => INK,
        Valence::Stressful => STRESS_INK,
        Valence::Conflictual => CONFLICT_INK,
        Valence::Broken => BROKEN_INK,
    }
}

/// The mark written on a stressful, conflictual or broken tie (DOT has no wavy or crossed line).
pub fn valence_mark(v: Valence) -> Option<&'static str> {
    match v {
        Valence::Neutral => None,
        Valence::Stressful => Some("∿"),
        Valence::Conflictual => Some("╫"),
        Valence::Broken => Some("┤├"),
    }
}

/// The attributes of a tie's edge (without `dir`, which depends on how the edge is written).
fn edge_attributes(strength: Strength, valence: Valence, lang: Lang) -> Vec<(&'static str, String)> {
    let penwidth = match strength {
        Strength::Strong => "3",
        Strength::Moderate => "2",
        Strength::Normal | Strength::Weak => "1",
    };
    let mut attrs = vec![("penwidth", penwidth.to_string())];
    let style = match (strength, valence) {
        (_, Valence::Broken) => Some("dotted"),
        (Strength::Weak, _) => Some("dashed"),
        _ => None,
    };
    if let Some(style) = style {
        attrs.push(("style", quoted(style)));
    }
    let ink = valence_ink(valence);
    attrs.push(("color", quoted(ink)));
    if let Some(mark) = valence_mark(valence) {
        attrs.push(("label", quoted(&format!("{mark} {}", valence_label(lang, valence)))));
        attrs.push(("fontcolor", quoted(ink)));
    }
    attrs.push(("comment", quoted(&format!("{} {}", strength.code(), valence.code()))));
    attrs
}

/// `dir` for an edge written from the person to the satellite (`outward`) or the other way.
fn dir(flow: Flow, outward: bool) -> &'static str {
    match (flow, outward) {
        (Flow::None, _) => "none",
        (Flow::Mutual, _) => "both",
        (Flow::FromPerson, true) | (Flow::ToPerson, false) => "forward",
        (Flow::ToPerson, true) | (Flow::FromPerson, false) => "back",
    }
}

fn attr_list(attrs: &[(&str, String)]) -> String {
    let parts: Vec<String> = attrs.iter().map(|(k, v)| format!("{k}={v}")).collect();
    format!("[{}]", parts.join(", "))
}

/// The ecomap as a Graphviz `digraph`.
pub fn to_dot(input: &EcomapInput) -> String {
    let lang = input.lang;
    let ties = input.shown();
    let mut d = String::new();
    d.push_str("// Écocarte exportée par parcours. Pour l’image : dot -Tsvg ecocarte.dot -o ecocarte.svg\n");
    d.push_str("digraph ecomap {\n");
    d.push_str(&format!(
        "  graph [label={}, labelloc=\"t\", fontname=\"Helvetica\", fontsize=20, rankdir=\"LR\", \
         ranksep=1.1, nodesep=0.25, charset=\"UTF-8\", bgcolor=\"white\"];\n",
        quoted(&input.title())
    ));
    d.push_str("  node [fontname=\"Helvetica\", fontsize=12, color=\"#1a1a1a\"];\n");
    d.push_str("  edge [fontname=\"Helvetica\", fontsize=11, arrowsize=0.9];\n");
    // Written first, the legend is laid out under the map.
    d.push_str(&legend(lang));
    d.push_str(&format!(
        "  person [label={}, shape=doublecircle, style=filled, fillcolor=\"#eeeeee\", penwidth=2, fontsize=14];\n",
        quoted(&clean_line(input.pseudonym))
    ));
    if ties.is_empty() {
        d.push_str(&format!("  empty [label={}, shape=plaintext];\n", quoted(tr(lang, Text::EcomapEmpty))));
    }
    // Nodes, one per tie, in clusters: the informal supports, then each sector in the map's order.
    let names: Vec<String> = (1..=ties.len()).map(|i| format!("n{i}")).collect();
    let informal: Vec<usize> = (0..ties.len()).filter(|i| ties[*i].is_informal()).collect();
    if !informal.is_empty() {
        d.push_str("  subgraph cluster_informal {\n");
        d.push_str(&format!(
            "    label={}; style=\"rounded\"; color=\"#8a8a8a\"; fontsize=13;\n",
            quoted(tr(lang, Text::EcomapInformal))
        ));
        for i in &informal {
            d.push_str(&format!(
                "    {} [label={}, shape=ellipse];\n",
                names[*i],
                quoted(&wrapped(&tie_label(&ties[*i], input.partners)))
            ));
        }
        d.push_str("  }\n");
    }
    let mut sectors: Vec<Sector> = Vec::new();
    for s in ties.iter().filter_map(|t| input.sector(t)) {
        if !sectors.contains(&s) {
            sectors.push(s);
        }
    }
    for sector in sectors {
        d.push_str(&format!("  subgraph cluster_{} {{\n", sector.code().replace('-', "_")));
        d.push_str(&format!(
            "    label={}; style=\"rounded\"; color=\"#8a8a8a\"; fontsize=13;\n",
            quoted(&capitalized(sector_label(lang, sector)))
        ));
        for (i, t) in ties.iter().enumerate() {
            if input.sector(t) == Some(sector) {
                d.push_str(&format!(
                    "    {} [label={}, shape=box, style=\"rounded\"];\n",
                    names[i],
                    quoted(&wrapped(&tie_label(t, input.partners)))
                ));
            }
        }
        d.push_str("  }\n");
    }
    // Edges: an informal support's edge is written towards the person so that it sits on her left.
    for (i, t) in ties.iter().enumerate() {
        let outward = !t.is_informal();
        let mut attrs = edge_attributes(t.strength, t.valence, lang);
        attrs.insert(0, ("dir", dir(t.flow, outward).to_string()));
        attrs.push(("tooltip", quoted(&input.drawing_words(t))));
        let (from, to) = if outward { ("person", names[i].as_str()) } else { (names[i].as_str(), "person") };
        d.push_str(&format!("  {from} -> {to} {};\n", attr_list(&attrs)));
    }
    d.push_str("}\n");
    d
}

/// Every line style and the three directions of support, each drawn as it is on the map.
fn legend(lang: Lang) -> String {
    let mut d = String::new();
    d.push_str("  subgraph cluster_legend {\n");
    d.push_str(&format!(
        "    label={}; style=\"rounded\"; color=\"#8a8a8a\"; fontsize=13;\n",
        quoted(tr(lang, Text::Legend))
    ));
    let styles: [(&str, Strength, Valence, Text); 7] = [
        ("strong", Strength::Strong, Valence::Neutral, Text::LegendStrong),
        ("moderate", Strength::Moderate, Valence::Neutral, Text::LegendModerate),
        ("normal", Strength::Normal, Valence::Neutral, Text::LegendNormal),
        ("weak", Strength::Weak, Valence::Neutral, Text::LegendWeak),
        ("stressful", Strength::Normal, Valence::Stressful, Text::LegendStressful),
        ("conflictual", Strength::Normal, Valence::Conflictual, Text::LegendConflictual),
        ("broken", Strength::Normal, Valence::Broken, Text::LegendBroken),
    ];
    for (key, strength, valence, text) in styles {
        d.push_str(&format!("    legend_{key}_a [shape=point, width=0.06];\n"));
        // The style's name once, beside the line, with the mark the map writes on such a tie.
        let words = match valence_mark(valence) {
            Some(mark) => format!("{mark} {}", tr(lang, text)),
            None => tr(lang, text).to_string(),
        };
        d.push_str(&format!("    legend_{key}_b [shape=plaintext, height=0.2, label={}];\n", quoted(&words)));
        let mut attrs = edge_attributes(strength, valence, lang);
        attrs.insert(0, ("dir", "none".to_string()));
        attrs.retain(|(k, _)| *k != "label");
        d.push_str(&format!("    legend_{key}_a -> legend_{key}_b {};\n", attr_list(&attrs)));
    }
    for flow in [Flow::ToPerson, Flow::FromPerson, Flow::Mutual] {
        let key = flow.code().replace('-', "_");
        d.push_str(&format!("    legend_{key}_a [shape=doublecircle, label=\"\", width=0.12];\n"));
        d.push_str(&format!(
            "    legend_{key}_b [shape=plaintext, height=0.2, label={}];\n",
            quoted(&format!("{}{}{}", tr(lang, Text::LegendFlow), colon(lang), flow_label(lang, flow)))
        ));
        d.push_str(&format!(
            "    legend_{key}_a -> legend_{key}_b [dir={}, penwidth=1, color=\"{INK}\"];\n",
            dir(flow, true)
        ));
    }
    d.push_str("  }\n");
    d
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_quotes_backslashes_and_newlines() {
        assert_eq!(escape("a \"b\" \\ c\nd\u{1b}[2J"), "a \\\"b\\\" \\\\ c\\nd[2J");
    }

    #[test]
    fn arrows_point_the_same_way_whichever_way_the_edge_is_written() {
        assert_eq!(dir(Flow::ToPerson, true), "back");
        assert_eq!(dir(Flow::ToPerson, false), "forward");
        assert_eq!(dir(Flow::FromPerson, true), "forward");
        assert_eq!(dir(Flow::Mutual, false), "both");
        assert_eq!(dir(Flow::None, true), "none");
    }
}
