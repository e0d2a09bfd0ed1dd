//! The screenshots in README come from the demo data through the same `view` code: this test
//! fails when they no longer match what the code draws (regenerate with `parcours screenshots`).

use std::path::Path;

#[test]
fn committed_screenshots_match_the_current_code() {
    let fresh = tempfile::tempdir().unwrap();
    let count = parcours::commands::scene::screenshots(fresh.path()).unwrap();
    assert!(count >= 10, "every screen has a screenshot");
    let committed = Path::new(env!("CARGO_MANIFEST_DIR")).join("screenshots");
    let mut stale = Vec::new();
    for entry in std::fs::read_dir(fresh.path()).unwrap() {
        let entry = entry.unwrap();
        let name = entry.file_name();
        let new = std::fs::read(entry.path()).unwrap();
        match std::fs::read(committed.join(&name)) {
            Ok(old) if old == new => {}
            _ => stale.push(name.to_string_lossy().into_owned()),
        }
    }
    stale.sort();
    assert!(stale.is_empty(), "stale screenshots (run `cargo run -- screenshots`): {stale:?}");
}

#[test]
fn screenshots_show_the_demo_in_french() {
    let dir = tempfile::tempdir().unwrap();
    parcours::commands::scene::screenshots(dir.path()).unwrap();
    let file_active = std::fs::read_to_string(dir.path().join("file-active.svg")).unwrap();
    assert!(file_active.starts_with("<svg"));
    assert!(file_active.contains("File active"));
    assert!(file_active.contains("M. R."));
    let welcome = std::fs::read_to_string(dir.path().join("accueil.svg")).unwrap();
    assert!(welcome.contains("Bienvenue"));
}
