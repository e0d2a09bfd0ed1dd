//! The lower layers name nothing above them: the domain and the case file know only the domain;
//! the store knows no document, screen or command; the anonymity scan and the documents know no
//! screen or command. Read from each file's source, test modules and comments left out.

use std::path::{Path, PathBuf};

/// (module, the top-level modules of the crate it must not name).
const RULES: [(&str, &[&str]); 5] = [
    ("domain", &["app", "ui", "commands", "store", "export", "privacy", "i18n", "casefile", "demo", "render"]),
    ("casefile", &["app", "ui", "commands", "store", "export", "privacy", "i18n", "demo", "render"]),
    ("store", &["app", "ui", "commands", "export", "privacy", "casefile", "demo", "render"]),
    ("privacy", &["app", "ui", "commands", "store", "export", "casefile", "demo", "render"]),
    ("export", &["app", "ui", "commands", "demo"]),
];

/// Known and on their way out: the wording of a store error still lives in the application.
const EXCEPTIONS: [&str; 1] = ["crate::app::runtime::store_problem"];

fn sources(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("source folder").flatten() {
        let path = entry.path();
        if path.is_dir() {
            sources(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

#[test]
fn lower_layers_name_nothing_above_them() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut found = Vec::new();
    for (module, forbidden) in RULES {
        let mut files = Vec::new();
        sources(&src.join(module), &mut files);
        assert!(!files.is_empty(), "{module}");
        for file in files {
            let text = std::fs::read_to_string(&file).expect("source file");
            let code = text.split("#[cfg(test)]").next().unwrap_or_default();
            for (n, line) in code.lines().enumerate() {
                let line = line.trim();
                if line.starts_with("//") || EXCEPTIONS.iter().any(|e| line.contains(e)) {
                    continue;
                }
                for name in forbidden {
                    if line.contains(&format!("crate::{name}::")) || line.contains(&format!("crate::{name}}}")) {
                        found.push(format!("{}:{}: {line}", file.display(), n + 1));
                    }
                }
            }
        }
    }
    assert!(found.is_empty(), "a lower layer names a higher one:\n{}", found.join("\n"));
}
