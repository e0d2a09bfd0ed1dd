//! What every HTML export shares: a standalone page that runs nothing and loads nothing (a
//! Content-Security-Policy forbids both), with its language, title and print style.

use crate::i18n::Lang;

/// The page up to the opening of its body: doctype, language, charset, the policy, the title, the
/// style. Every export starts here, so none can forget the policy.
pub fn page_start(lang: Lang, title: &str, style: &str) -> String {
    let code = match lang {
        Lang::Fr => "fr",
        Lang::En => "en",
    };
    let mut h = String::new();
    h.push_str("<!doctype html>\n");
    h.push_str(&format!("<html lang=\"{code}\">\n<head>\n<meta charset=\"utf-8\">\n"));
    h.push_str(
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n",
    );
    h.push_str("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    h.push_str("<meta name=\"referrer\" content=\"no-referrer\">\n");
    h.push_str(&format!("<title>{}</title>\n", escape(title)));
    h.push_str(&format!("<style>\n{style}</style>\n</head>\n<body>\n"));
    h
}

/// Text as HTML: the five special characters escaped, control characters dropped (a pasted escape
/// sequence is not content).
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c if c.is_control() && c != '\n' => {}
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_page_forbids_scripts_and_escapes_its_title() {
        let h = page_start(Lang::Fr, "Bilan <script>", "body {}");
        assert!(h.starts_with("<!doctype html>\n<html lang=\"fr\">"));
        assert!(h.contains("default-src 'none'"));
        assert!(h.contains("<title>Bilan &lt;script&gt;</title>"));
        assert_eq!(escape("a\u{1b}[31m & \"b\""), "a[31m &amp; &quot;b&quot;");
    }
}
