//! Rendering a drawn buffer to text, ANSI and SVG.

use parcours::render::{Palette, color_rgb, to_ansi, to_svg, to_text};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Color, Modifier, Style};
use ratatui::widgets::{Block, Widget};

const PALETTE: Palette = Palette { fg: (220, 220, 220), bg: (16, 16, 16) };

fn buffer(width: u16, height: u16) -> Buffer {
    Buffer::empty(Rect::new(0, 0, width, height))
}

/// Checks that every ESC starts an SGR sequence (`ESC [ digits/; m`) and that no other control
/// character than `'\n'` appears; returns the text with the sequences removed.
fn strip_sgr(ansi: &str) -> String {
    let mut plain = String::new();
    let mut chars = ansi.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\x1b' {
            assert_eq!(chars.next(), Some('['), "ESC not followed by '[' in {ansi:?}");
            loop {
                match chars.next() {
                    Some('m') => break,
                    Some(p) if p.is_ascii_digit() || p == ';' => {}
                    other => panic!("unexpected {other:?} inside an SGR sequence in {ansi:?}"),
                }
            }
        } else {
            assert!(c == '\n' || !c.is_control(), "raw control {c:?} in output {ansi:?}");
            plain.push(c);
        }
    }
    plain
}

/// A small XML sanity check: tags balance, attribute values and text hold no raw `<` or stray
/// `&`, and no control character other than '\n' appears.
fn assert_well_formed(svg: &str) {
    assert!(svg.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\""));
    assert!(svg.ends_with("</svg>\n"));
    for c in svg.chars() {
        assert!(c == '\n' || !c.is_control(), "control {c:?} in SVG");
    }
    let mut stack: Vec<&str> = Vec::new();
    let mut rest = svg;
    while let Some(open) = rest.find('<') {
        check_text(&rest[..open]);
        let after = &rest[open + 1..];
        let close = after.find('>').expect("unterminated tag");
        let tag = &after[..close];
        assert!(!tag.contains('<'), "'<' inside tag {tag:?}");
        if let Some(name) = tag.strip_prefix('/') {
            assert_eq!(stack.pop(), Some(name), "mismatched </{name}>");
        } else if !tag.ends_with('/') {
            let name = tag.split_whitespace().next().expect("empty tag");
            stack.push(name);
        }
        rest = &after[close + 1..];
    }
    check_text(rest);
    assert!(stack.is_empty(), "unclosed tags {stack:?}");
}

fn check_text(text: &str) {
    let mut rest = text;
    while let Some(amp) = rest.find('&') {
        let entity = &rest[amp..];
        assert!(
            ["&amp;", "&lt;", "&gt;", "&quot;", "&apos;"].iter().any(|e| entity.starts_with(e)),
            "stray '&' in {text:?}"
        );
        rest = &rest[amp + 1..];
    }
    assert!(!text.contains('>'), "raw '>' in text {text:?}");
}

#[test]
fn text_is_exact_with_wide_and_combining_graphemes() {
    let mut buf = buffer(8, 4);
    buf.set_string(0, 0, "Bonjour", Style::new());
    buf.set_string(0, 1, "cafe\u{301} ok", Style::new());
    buf.set_string(0, 2, "a😀b", Style::new());
    buf.set_string(0, 3, "日本x", Style::new());
    assert_eq!(to_text(&buf), "Bonjour\ncafe\u{301} ok\na😀b\n日本x\n");
}

#[test]
fn cells_covered_by_a_wide_grapheme_are_not_printed() {
    let mut buf = buffer(4, 1);
    buf.set_string(0, 0, "😀", Style::new());
    // A stale symbol under the emoji's second half: the terminal would not show it either.
    buf[(1, 0)].set_symbol("X");
    buf.set_string(2, 0, "yz", Style::new());
    assert_eq!(to_text(&buf), "😀yz\n");
}

#[test]
fn trailing_spaces_are_trimmed_but_inner_ones_kept() {
    let mut buf = buffer(10, 3);
    buf.set_string(0, 0, "a  b", Style::new());
    buf.set_style(Rect::new(0, 2, 10, 1), Style::new().bg(Color::Blue));
    assert_eq!(to_text(&buf), "a  b\n\n\n");

    // A coloured blank is part of the picture in ANSI, an uncoloured one is not.
    let ansi = to_ansi(&buf);
    let lines: Vec<&str> = ansi.split('\n').collect();
    assert_eq!(lines[0], "a  b");
    assert_eq!(lines[1], "");
    assert_eq!(lines[2], format!("\x1b[44m{}\x1b[0m", " ".repeat(10)));
}

#[test]
fn zero_sized_buffers_render_to_nothing() {
    let buf = buffer(0, 3);
    assert_eq!(to_text(&buf), "");
    assert_eq!(to_ansi(&buf), "");
    assert_well_formed(&to_svg(&buf, &PALETTE));
}

#[test]
fn control_characters_in_symbols_never_reach_the_output() {
    let lone = ["\x1b", "\x07", "\u{9b}", "\x7f", "\r", "\n", "\u{85}", ""];
    let mut buf = buffer(12, 2);
    for (x, symbol) in (0u16..).zip(lone) {
        buf[(x, 0)].set_symbol(symbol);
    }
    buf[(8, 0)].set_symbol("z");
    let red = Style::new().fg(Color::Red);
    buf[(0, 1)].set_symbol("\x1b[2J").set_style(red);
    buf[(4, 1)].set_symbol("\x1b]0;pwned\x07").set_style(red);

    let text = to_text(&buf);
    assert!(!text.chars().any(|c| c.is_control() && c != '\n'), "{text:?}");
    // A lone control shows as U+FFFD so the column is kept (an empty symbol as a space); in a
    // longer symbol it is dropped, and what is left covers the cells after it like any wide
    // symbol.
    assert_eq!(text, "\u{FFFD}\u{FFFD}\u{FFFD}\u{FFFD}\u{FFFD}\u{FFFD}\u{FFFD} z\n[2J ]0;pwned\n");

    let ansi = to_ansi(&buf);
    assert_eq!(strip_sgr(&ansi), text);
    assert!(ansi.contains("\x1b[31m[2J"), "{ansi:?}");

    let svg = to_svg(&buf, &PALETTE);
    assert_well_formed(&svg);
    assert!(svg.contains(">]0;pwned</text>"), "{svg}");
}

#[test]
fn ansi_styles_a_red_bold_cell_and_resets_at_line_end() {
    let red_bold = Style::new().fg(Color::Red).add_modifier(Modifier::BOLD);
    let mut buf = buffer(6, 2);
    buf.set_string(0, 0, "Hi", red_bold);
    buf.set_string(0, 1, "Hi", red_bold);
    buf.set_string(3, 1, "x", Style::new());
    let ansi = to_ansi(&buf);
    let lines: Vec<&str> = ansi.split('\n').collect();
    assert_eq!(lines[0], "\x1b[1;31mHi\x1b[0m");
    assert_eq!(lines[1], "\x1b[1;31mHi \x1b[0mx");
    assert_eq!(lines[2], "");
    assert_eq!(strip_sgr(&ansi), to_text(&buf));
}

#[test]
fn ansi_covers_every_colour_form_and_modifier() {
    let mut buf = buffer(8, 1);
    buf.set_string(0, 0, "a", Style::new().fg(Color::Rgb(1, 2, 3)));
    buf.set_string(1, 0, "b", Style::new().bg(Color::Indexed(200)));
    buf.set_string(2, 0, "c", Style::new().fg(Color::LightCyan));
    buf.set_string(
        3,
        0,
        "d",
        Style::new().add_modifier(
            Modifier::ITALIC | Modifier::UNDERLINED | Modifier::REVERSED | Modifier::DIM | Modifier::CROSSED_OUT,
        ),
    );
    let ansi = to_ansi(&buf);
    assert_eq!(ansi, "\x1b[38;2;1;2;3ma\x1b[39;48;5;200mb\x1b[96;49mc\x1b[2;3;4;7;9;39md\x1b[0m\n");
}

#[test]
fn color_rgb_follows_xterm() {
    let default = (1, 2, 3);
    assert_eq!(color_rgb(Color::Reset, default), default);
    assert_eq!(color_rgb(Color::Red, default), (205, 0, 0));
    assert_eq!(color_rgb(Color::White, default), (255, 255, 255));
    assert_eq!(color_rgb(Color::Indexed(1), default), (205, 0, 0));
    assert_eq!(color_rgb(Color::Indexed(21), default), (0, 0, 255));
    assert_eq!(color_rgb(Color::Indexed(244), default), (128, 128, 128));
    assert_eq!(color_rgb(Color::Rgb(9, 8, 7), default), (9, 8, 7));
}

#[test]
fn svg_of_a_tiny_buffer_is_exact() {
    let mut buf = buffer(3, 1);
    buf.set_string(0, 0, "a", Style::new().fg(Color::Red).bg(Color::Blue));
    buf.set_string(1, 0, "█", Style::new());
    assert_eq!(
        to_svg(&buf, &PALETTE),
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"28.8\" height=\"20\" viewBox=\"0 0 28.8 20\">\n\
         <rect width=\"100%\" height=\"100%\" fill=\"#101010\"/>\n\
         <g shape-rendering=\"crispEdges\">\n\
         <rect x=\"0\" y=\"0\" width=\"9.6\" height=\"20\" fill=\"#0000ee\"/>\n\
         <g fill=\"#dcdcdc\">\n\
         <rect x=\"9.6\" y=\"0\" width=\"9.6\" height=\"20\"/>\n\
         </g>\n\
         </g>\n\
         <g font-family=\"'DejaVu Sans Mono', Menlo, Consolas, monospace\" font-size=\"16\" fill=\"#dcdcdc\">\n\
         <text x=\"0\" y=\"15\" textLength=\"9.6\" xml:space=\"preserve\" fill=\"#cd0000\">a</text>\n\
         </g>\n\
         </svg>\n"
    );
}

#[test]
fn svg_escapes_markup_in_text() {
    let mut buf = buffer(8, 1);
    buf.set_string(0, 0, "<&>\"'", Style::new());
    let svg = to_svg(&buf, &PALETTE);
    assert_well_formed(&svg);
    assert!(svg.contains(">&lt;&amp;&gt;&quot;&apos;</text>"), "{svg}");
}

#[test]
fn svg_draws_one_rect_per_background_run() {
    let mut buf = buffer(10, 2);
    buf.set_string(0, 0, "abcdefghij", Style::new());
    buf.set_style(Rect::new(2, 0, 5, 1), Style::new().bg(Color::Blue));
    let svg = to_svg(&buf, &PALETTE);
    assert_well_formed(&svg);
    // The image background plus the single run.
    assert_eq!(svg.matches("<rect").count(), 2, "{svg}");
    assert!(svg.contains(r##"<rect x="19.2" y="0" width="48" height="20" fill="#0000ee"/>"##));
    // Unstyled text is one run whatever the background behind it.
    assert_eq!(svg.matches("<text").count(), 1, "{svg}");
    assert!(svg.contains(r#"textLength="96" xml:space="preserve">abcdefghij</text>"#));
}

#[test]
fn svg_text_runs_split_on_style_and_skip_blanks() {
    let mut buf = buffer(20, 1);
    buf.set_string(0, 0, "ab", Style::new());
    buf.set_string(
        5,
        0,
        "cd",
        Style::new().fg(Color::Green).add_modifier(Modifier::BOLD | Modifier::ITALIC | Modifier::UNDERLINED),
    );
    buf.set_string(8, 0, "e", Style::new().add_modifier(Modifier::DIM));
    let svg = to_svg(&buf, &PALETTE);
    assert_well_formed(&svg);
    assert_eq!(svg.matches("<text").count(), 3, "{svg}");
    assert!(svg.contains(r#"<text x="0" y="15" textLength="19.2" xml:space="preserve">ab</text>"#));
    assert!(svg.contains(
        r##"<text x="48" y="15" textLength="19.2" xml:space="preserve" fill="#00cd00" font-weight="bold" font-style="italic" text-decoration="underline">cd</text>"##
    ));
    assert!(svg.contains(r#"opacity="0.5">e</text>"#));
}

#[test]
fn svg_reverse_swaps_colours() {
    let mut buf = buffer(4, 1);
    buf.set_string(0, 0, "r", Style::new().add_modifier(Modifier::REVERSED));
    let svg = to_svg(&buf, &PALETTE);
    assert!(svg.contains(r##"width="9.6" height="20" fill="#dcdcdc"/>"##), "{svg}");
    assert!(svg.contains(r##"fill="#101010">r</text>"##), "{svg}");
}

#[test]
fn svg_draws_braille_as_dots() {
    let mut buf = buffer(4, 1);
    buf.set_string(0, 0, "⣿⠁", Style::new().fg(Color::Yellow));
    let svg = to_svg(&buf, &PALETTE);
    assert_well_formed(&svg);
    assert_eq!(svg.matches("<circle").count(), 9, "{svg}");
    assert!(!svg.contains('⣿') && !svg.contains('⠁'));
    assert!(svg.contains(r##"<g fill="#cdcd00">"##));
    // Dot 1 of the second cell: left column, top row.
    assert!(svg.contains(r#"<circle cx="12" cy="2.5" r="1.5"/>"#), "{svg}");
    assert!(!svg.contains("<text"));
}

#[test]
fn svg_draws_block_elements_as_rects() {
    let mut buf = buffer(6, 1);
    buf.set_string(0, 0, "███▄░", Style::new());
    let svg = to_svg(&buf, &PALETTE);
    assert_well_formed(&svg);
    assert!(!svg.contains('█') && !svg.contains('▄') && !svg.contains('░'));
    // Three full blocks merge into one rect; the half block and the shade get their own.
    assert!(svg.contains(r#"<rect x="0" y="0" width="28.8" height="20"/>"#), "{svg}");
    assert!(svg.contains(r#"<rect x="28.8" y="10" width="9.6" height="10"/>"#), "{svg}");
    assert!(svg.contains(r##"<g fill="#dcdcdc" fill-opacity="0.25">"##), "{svg}");
    assert_eq!(svg.matches("<rect").count(), 4, "{svg}");
}

#[test]
fn svg_draws_a_border_as_continuous_strokes() {
    let mut buf = buffer(6, 3);
    Block::bordered().render(buf.area, &mut buf);
    let svg = to_svg(&buf, &PALETTE);
    assert_well_formed(&svg);
    assert!(!svg.contains("<text"), "{svg}");
    // One stroke per side, joined across cells and rows, corners filled by half a stroke width.
    assert!(
        svg.contains(
            r##"<path d="M4.2 10H53.4M4.2 50H53.4M4.8 9.4V50.6M52.8 9.4V50.6" stroke="#dcdcdc" stroke-width="1.2"/>"##
        ),
        "{svg}"
    );
}

#[test]
fn svg_gives_wide_graphemes_two_cells() {
    let mut buf = buffer(6, 1);
    buf.set_string(0, 0, "a😀b", Style::new());
    let svg = to_svg(&buf, &PALETTE);
    assert_well_formed(&svg);
    assert!(
        svg.contains(
            r#"<text x="9.6" y="15" textLength="19.2" lengthAdjust="spacingAndGlyphs" xml:space="preserve">😀</text>"#
        ),
        "{svg}"
    );
    assert!(svg.contains(r#"<text x="28.8" y="15" textLength="9.6" xml:space="preserve">b</text>"#), "{svg}");
}

#[test]
fn svg_is_deterministic() {
    let mut buf = buffer(12, 3);
    buf.set_string(0, 0, "Été ⣿▒ 日本", Style::new().fg(Color::Indexed(33)));
    buf.set_string(0, 1, "x", Style::new().bg(Color::Rgb(10, 20, 30)));
    buf.set_string(2, 2, "▛▟", Style::new().fg(Color::Magenta));
    let first = to_svg(&buf, &PALETTE);
    assert_well_formed(&first);
    assert_eq!(first, to_svg(&buf, &PALETTE));
}
