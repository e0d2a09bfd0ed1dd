//! What the command-line tests share: the binary, and a private sandbox to run it in.

#![allow(dead_code)] // each test crate uses its own part of this module

pub mod screens;
pub mod script;

use std::path::{Path, PathBuf};
use std::process::Output;

use assert_cmd::Command;
use tempfile::TempDir;

pub fn bin() -> &'static Path {
    assert_cmd::cargo::cargo_bin!("parcours")
}

/// A data folder and an (empty) config folder, both removed at the end of the test, so that the
/// user's own settings never leak in.
pub struct Sandbox {
    pub root: TempDir,
    pub config: PathBuf,
}

impl Sandbox {
    pub fn new() -> Self {
        let root = tempfile::tempdir().unwrap();
        let config = root.path().join("config");
        std::fs::create_dir(&config).unwrap();
        Sandbox { root, config }
    }

    pub fn data(&self) -> PathBuf {
        self.root.path().join("data")
    }

    pub fn path(&self, name: &str) -> PathBuf {
        self.root.path().join(name)
    }

    /// `parcours --data-dir <data> …`.
    pub fn cmd(&self) -> Command {
        self.cmd_on(&self.data())
    }

    /// `parcours --data-dir <dir> …`, with this sandbox's config folder.
    pub fn cmd_on(&self, data_dir: &Path) -> Command {
        let mut cmd = Command::new(bin());
        cmd.env_remove("PARCOURS_DATA_DIR")
            .env("PARCOURS_CONFIG_DIR", &self.config)
            .env_remove("RUST_BACKTRACE")
            .arg("--data-dir")
            .arg(data_dir);
        cmd
    }

    pub fn run(&self, args: &[&str]) -> Output {
        self.cmd().args(args).output().unwrap()
    }

    /// A sandbox with the demo loaded.
    pub fn with_demo() -> Self {
        let sb = Sandbox::new();
        assert!(sb.run(&["demo"]).status.success());
        sb
    }

    /// The store of the sandbox, for what the binary does not show; closed before it runs again.
    pub fn with_store<T>(&self, f: impl FnOnce(&mut parcours::store::Store) -> T) -> T {
        let mut store = parcours::store::Store::open(&self.data()).unwrap();
        f(&mut store)
    }
}

pub fn text(bytes: &[u8]) -> String {
    String::from_utf8(bytes.to_vec()).unwrap()
}

/// The standard output of a command that must succeed.
pub fn succeeded(output: &Output) -> String {
    assert!(output.status.success(), "{}", text(&output.stderr));
    text(&output.stdout)
}

/// Checks a refusal: the given exit code, nothing on standard output, exactly one non-empty line
/// on standard error and no panic. Returns that line.
pub fn one_line_error(output: &Output, code: i32) -> String {
    let stderr = String::from_utf8(output.stderr.clone()).expect("stderr is UTF-8");
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert_eq!(output.status.code(), Some(code), "stderr: {stderr}\nstdout: {stdout}");
    assert!(!stderr.contains("panicked"), "{stderr}");
    assert!(!stderr.contains("RUST_BACKTRACE"), "{stderr}");
    assert!(stdout.is_empty(), "nothing on stdout after a refusal: {stdout}");
    let lines: Vec<&str> = stderr.lines().filter(|l| !l.trim().is_empty()).collect();
    assert_eq!(lines.len(), 1, "exactly one line on stderr: {stderr:?}");
    assert!(!lines[0].chars().any(char::is_control), "no control character: {:?}", lines[0]);
    lines[0].to_string()
}
