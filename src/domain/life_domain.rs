//! The life domains a global diagnosis goes through. Configurable: a service may add or rename
//! domains in config.toml; the keys of the defaults are stable so that stored entries keep their meaning.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LifeDomain {
    /// Stable key stored with each diagnosis entry (« sante », « logement »…).
    pub key: String,
    pub label_fr: String,
    pub label_en: String,
}

const DEFAULTS: [(&str, &str, &str); 10] = [
    ("sante", "Santé", "Health"),
    ("autonomie", "Autonomie et vie quotidienne", "Autonomy and daily living"),
    ("logement", "Logement", "Housing"),
    ("ressources", "Ressources et budget", "Income and budget"),
    ("droits", "Droits et démarches", "Rights and procedures"),
    ("emploi", "Emploi et formation", "Employment and training"),
    ("scolarite", "Scolarité", "Schooling"),
    ("vie-sociale", "Vie familiale et sociale", "Family and social life"),
    ("mobilite", "Mobilité", "Mobility"),
    ("securite", "Sécurité et protection", "Safety and protection"),
];

pub fn default_domains() -> Vec<LifeDomain> {
    DEFAULTS
        .iter()
        .map(|(key, fr, en)| LifeDomain { key: (*key).into(), label_fr: (*fr).into(), label_en: (*en).into() })
        .collect()
}

/// The configured domains, then every domain of `keys` they do not list, in order of first
/// appearance: an entry written under a domain config.toml no longer lists (or imported from a
/// service with other domains) stays on screen rather than stored and shown nowhere.
pub fn with_unlisted<'a>(configured: &[LifeDomain], keys: impl IntoIterator<Item = &'a str>) -> Vec<LifeDomain> {
    let mut all = configured.to_vec();
    for key in keys {
        if !all.iter().any(|d| d.key == key) {
            all.push(LifeDomain::unlisted(key));
        }
    }
    all
}

impl LifeDomain {
    /// A domain met in the records but not in the configuration: its key kept exact (entries are
    /// found by it), its label saying it is another domain.
    pub fn unlisted(key: &str) -> Self {
        // A key from a file may be anything: cleaned and cut to a readable length.
        let shown = crate::domain::text::excerpt(&crate::domain::text::clean_line(key), 40);
        LifeDomain {
            key: key.to_string(),
            label_fr: format!("Autre domaine\u{a0}: {shown}"),
            label_en: format!("Other domain: {shown}"),
        }
    }

    /// A domain added by the user in config.toml: one label serves both languages.
    pub fn custom(label: &str) -> Self {
        // A label of config.toml is drawn on every diagnosis: cleaned like typed text.
        let label = crate::domain::text::clean_line(label);
        let key: String = label.to_lowercase().chars().map(|c| if c.is_alphanumeric() { c } else { '-' }).collect();
        LifeDomain { key, label_fr: label.clone(), label_en: label }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ten_default_domains_with_unique_keys() {
        let d = default_domains();
        assert_eq!(d.len(), 10);
        let mut keys: Vec<_> = d.iter().map(|x| x.key.clone()).collect();
        keys.dedup();
        assert_eq!(keys.len(), 10);
        assert_eq!(d[0].label_fr, "Santé");
    }

    #[test]
    fn unlisted_domains_follow_the_configured_ones_once_each() {
        let all = with_unlisted(&default_domains(), ["sante", "jardinage", "jardinage", "x\u{1b}[2J"]);
        let labels: Vec<&str> = all[10..].iter().map(|d| d.label_fr.as_str()).collect();
        assert_eq!(labels, ["Autre domaine\u{a0}: jardinage", "Autre domaine\u{a0}: x[2J"]);
        assert_eq!((all.len(), all[11].key.as_str()), (12, "x\u{1b}[2J"));
    }

    #[test]
    fn custom_domain_key_is_a_slug() {
        assert_eq!(LifeDomain::custom(" Accès aux soins ").key, "accès-aux-soins");
        let hidden = LifeDomain::custom("Cul\u{200B}ture\u{202E}\u{1b}[2J");
        assert_eq!((hidden.key.as_str(), hidden.label_fr.as_str()), ("culture-2j", "Culture[2J"));
    }
}
