//! Where things live and what the user chose: data folder, config folder, config.toml.

use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::domain::life_domain::{LifeDomain, default_domains};
use crate::i18n::{IoReason, Lang};

/// config.toml in the config folder. Every key is optional.
#[derive(Debug, Default, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Config {
    pub lang: Option<Lang>,
    pub theme: Option<String>,
    /// Life domains of the diagnosis, replacing the defaults (labels; known default labels keep their key).
    pub domaines: Option<Vec<String>>,
}

pub use crate::input::ConfigIssue;

impl Config {
    /// Reads config.toml; a missing file is the default, a broken one is reported and ignored.
    pub fn load(config_dir: Option<&Path>) -> (Config, Option<ConfigIssue>) {
        let Some(path) = config_dir.map(|d| d.join("config.toml")) else { return (Config::default(), None) };
        match crate::input::read_settings(&path) {
            Ok(None) => (Config::default(), None),
            Err(IoReason::NotUtf8) => (Config::default(), Some(ConfigIssue::NotUtf8)),
            Err(reason) => (Config::default(), Some(ConfigIssue::Unreadable(reason))),
            Ok(Some(text)) => match toml::from_str(&text) {
                Ok(c) => (c, None),
                Err(e) => {
                    (Config::default(), Some(ConfigIssue::Invalid(crate::input::SettingsFault::of_toml(&text, &e))))
                }
            },
        }
    }

    pub fn domains(&self) -> Vec<LifeDomain> {
        let defaults = default_domains();
        match &self.domaines {
            Some(labels) if !labels.is_empty() => labels
                .iter()
                .map(|label| {
                    defaults
                        .iter()
                        .find(|d| d.label_fr.eq_ignore_ascii_case(label.trim()) || d.key == label.trim())
                        .cloned()
                        .unwrap_or_else(|| LifeDomain::custom(label))
                })
                .collect(),
            _ => defaults,
        }
    }
}

/// The data folder: `--data-dir`, else PARCOURS_DATA_DIR (clap reads it), else the XDG data folder.
pub fn data_dir(explicit: Option<PathBuf>) -> Option<PathBuf> {
    explicit.or_else(|| project_dirs().map(|d| d.data_dir().to_path_buf()))
}

/// The config folder: PARCOURS_CONFIG_DIR, else the XDG config folder.
pub fn config_dir() -> Option<PathBuf> {
    std::env::var_os("PARCOURS_CONFIG_DIR")
        .map(PathBuf::from)
        .or_else(|| project_dirs().map(|d| d.config_dir().to_path_buf()))
}

fn project_dirs() -> Option<directories::ProjectDirs> {
    directories::ProjectDirs::from("fr", "parcours", "parcours")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn config_reads_lang_theme_and_domains() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(
            dir.path().join("config.toml"),
            "lang = \"en\"\ntheme = \"clair\"\ndomaines = [\"Santé\", \"Accès aux soins\"]\n",
        )
        .unwrap();
        let (c, problem) = Config::load(Some(dir.path()));
        assert_eq!(problem, None);
        assert_eq!(c.lang, Some(Lang::En));
        let d = c.domains();
        assert_eq!(d.len(), 2);
        assert_eq!(d[0].key, "sante");
        assert_eq!(d[1].label_fr, "Accès aux soins");
    }

    #[test]
    fn a_config_with_a_bom_is_read_one_not_in_utf8_is_reported() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("config.toml"), "\u{FEFF}lang = \"en\"\n").unwrap();
        assert_eq!(Config::load(Some(dir.path())), (Config { lang: Some(Lang::En), ..Config::default() }, None));
        std::fs::write(dir.path().join("config.toml"), b"domaines = [\"Sant\xe9\"]\n").unwrap();
        assert_eq!(Config::load(Some(dir.path())), (Config::default(), Some(ConfigIssue::NotUtf8)));
        std::fs::remove_file(dir.path().join("config.toml")).unwrap();
        std::fs::create_dir(dir.path().join("config.toml")).unwrap();
        assert!(matches!(Config::load(Some(dir.path())).1, Some(ConfigIssue::Unreadable(_))));
    }

    #[test]
    fn broken_config_is_reported_not_fatal() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("config.toml"), "langue = 3\n").unwrap();
        let (c, problem) = Config::load(Some(dir.path()));
        assert_eq!(c, Config::default());
        assert!(problem.is_some());
        assert_eq!(c.domains().len(), 10);
    }
}
