//! Key names are said in the interface's language: no « Échap » on an English screen, no « Esc »
//! on a French one. Every screen `parcours render` knows, drawn by the binary as a user sees it.

mod common;

use common::{Sandbox, succeeded};
use parcours::commands::scene::SCREENS;
use parcours::i18n::{KeyName, Lang, key_name};

/// The words of a screen: what lies between characters that are neither letters nor digits, so
/// that « Fin » is not found inside « Final ».
fn words(text: &str) -> Vec<&str> {
    text.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).collect()
}

#[test]
fn every_screen_names_keys_in_its_own_language() {
    let sb = Sandbox::with_demo();
    for (lang, flag, other) in [(Lang::En, "en", Lang::Fr), (Lang::Fr, "fr", Lang::En)] {
        let foreign: Vec<&str> = KeyName::ALL.iter().map(|k| key_name(other, *k)).collect();
        let own: Vec<&str> = KeyName::ALL.iter().map(|k| key_name(lang, *k)).collect();
        let mut seen_own = false;
        for screen in SCREENS {
            for size in ["120x36", "80x24"] {
                let mut args = vec!["--lang", flag, "render", "--screen", screen, "--size", size];
                if !matches!(
                    screen,
                    "file-active"
                        | "echeances"
                        | "donnees-identifiantes"
                        | "competences"
                        | "annuaire"
                        | "aide"
                        | "accueil"
                ) {
                    args.extend(["--person", "M. R."]);
                }
                let text = succeeded(&sb.run(&args));
                let words = words(&text);
                for name in &foreign {
                    assert!(!words.contains(name), "« {name} » on {screen} {size} in {flag}:\n{text}");
                }
                seen_own |= own.iter().any(|n| words.contains(n));
            }
        }
        // The test would pass on screens showing no key at all: some key name must be there.
        assert!(seen_own, "no key name of {flag} on any screen");
    }
}
