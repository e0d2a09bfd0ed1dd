//! `parcours --help` speaks French all through: clap's own headings, built-in flags and the notes
//! it adds after each option are English unless told otherwise.

mod common;

use common::{Sandbox, succeeded};

const COMMANDS: [&[&str]; 18] = [
    &[],
    &["demo"],
    &["list"],
    &["search"],
    &["render"],
    &["screenshots"],
    &["export"],
    &["export", "case"],
    &["export", "plan"],
    &["export", "ecomap"],
    &["export", "bilan"],
    &["export", "dpp"],
    &["export", "contacts"],
    &["import", "case"],
    &["import", "contacts"],
    &["scan"],
    &["check"],
    &["generate"],
];

const ENGLISH: [&str; 12] = [
    "Usage",
    "Commands",
    "Print",
    "help of the given",
    "[default",
    "possible values",
    "[env:",
    "<PERSON>",
    "<OUT>",
    "<FILE>",
    "<COMMAND>",
    "[COMMAND]",
];

#[test]
fn every_help_page_is_in_french() {
    let sb = Sandbox::new();
    for command in COMMANDS {
        let mut args = command.to_vec();
        args.push("--help");
        let help = succeeded(&sb.run(&args));
        assert!(help.contains("Utilisation\u{a0}: parcours"), "{args:?}: {help}");
        assert!(help.contains("-h, --help") && help.contains("Affiche cette aide"), "{args:?}: {help}");
        for word in ENGLISH {
            assert!(!help.contains(word), "{args:?} says « {word} »: {help}");
        }
        // Every option that names a person says what to give.
        // (clap puts a long description on the line below.)
        let lines: Vec<&str> = help.lines().collect();
        for (i, line) in lines.iter().enumerate().filter(|(_, l)| l.trim_start().starts_with("--person <PERSONNE>")) {
            let said = format!("{line} {}", lines.get(i + 1).unwrap_or(&""));
            assert!(said.contains("Identifiant ou pseudonyme"), "{args:?}: {said}");
        }
    }
    let root = succeeded(&sb.run(&["--help"]));
    assert!(root.contains("Commandes\u{a0}:") && root.contains("Options\u{a0}:"), "{root}");
    assert!(root.contains("[valeurs possibles\u{a0}: fr, en]"), "{root}");
    assert!(succeeded(&sb.run(&["help", "export"])).contains("Utilisation\u{a0}: parcours export"));
    assert_eq!(succeeded(&sb.run(&["--version"])), format!("parcours {}\n", env!("CARGO_PKG_VERSION")));
}
