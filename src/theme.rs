//! Semantic themes: a theme names roles (base, muted, warning…), the views ask for roles.
//!
//! Built-in themes are embedded; a user theme in the config folder (`themes/NAME.toml`) may set
//! only some roles and falls back to its parent, then to « sombre ». A broken user theme never
//! stops the program: the default is used and the problem is reported.

use std::collections::HashMap;
use std::path::Path;
use std::str::FromStr;

use ratatui::style::{Color, Modifier, Style};
use serde::Deserialize;

use crate::input::SettingsFault;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Role {
    Base,
    Muted,
    Title,
    Header,
    Border,
    BorderFocused,
    Selection,
    Tab,
    TabActive,
    Key,
    Label,
    Input,
    InputFocused,
    Error,
    Warning,
    Success,
    Accent,
    Info,
    StatusLate,
    PersonWords,
    Complete,
    Partial,
    NotExplored,
    Overlay,
}

impl Role {
    pub const ALL: [Role; 24] = [
        Role::Base,
        Role::Muted,
        Role::Title,
        Role::Header,
        Role::Border,
        Role::BorderFocused,
        Role::Selection,
        Role::Tab,
        Role::TabActive,
        Role::Key,
        Role::Label,
        Role::Input,
        Role::InputFocused,
        Role::Error,
        Role::Warning,
        Role::Success,
        Role::Accent,
        Role::Info,
        Role::StatusLate,
        Role::PersonWords,
        Role::Complete,
        Role::Partial,
        Role::NotExplored,
        Role::Overlay,
    ];

    /// Name used in theme files.
    pub fn key(self) -> &'static str {
        match self {
            Role::Base => "base",
            Role::Muted => "muted",
            Role::Title => "title",
            Role::Header => "header",
            Role::Border => "border",
            Role::BorderFocused => "border_focused",
            Role::Selection => "selection",
            Role::Tab => "tab",
            Role::TabActive => "tab_active",
            Role::Key => "key",
            Role::Label => "label",
            Role::Input => "input",
            Role::InputFocused => "input_focused",
            Role::Error => "error",
            Role::Warning => "warning",
            Role::Success => "success",
            Role::Accent => "accent",
            Role::Info => "info",
            Role::StatusLate => "status_late",
            Role::PersonWords => "person_words",
            Role::Complete => "complete",
            Role::Partial => "partial",
            Role::NotExplored => "not_explored",
            Role::Overlay => "overlay",
        }
    }
}

pub const BUILTIN: [(&str, &str); 3] = [
    ("sombre", include_str!("../themes/sombre.toml")),
    ("clair", include_str!("../themes/clair.toml")),
    ("contraste-eleve", include_str!("../themes/contraste-eleve.toml")),
];

pub const DEFAULT_THEME: &str = "sombre";

#[derive(Debug, Clone, PartialEq)]
pub struct Theme {
    pub name: String,
    styles: HashMap<Role, Style>,
}

/// Why a theme could not be used as asked; the status bar says it, the default is used.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ThemeProblem {
    Unknown(String),
    Invalid {
        name: String,
        reason: SettingsFault,
    },
    /// The user's theme file exists but cannot be read (too large, not UTF-8, a folder…).
    Unreadable {
        name: String,
        reason: crate::i18n::IoReason,
    },
}

#[derive(Debug, Deserialize)]
struct ThemeFile {
    #[serde(default)]
    parent: Option<String>,
    #[serde(default)]
    roles: HashMap<String, StyleSpec>,
}

#[derive(Debug, Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct StyleSpec {
    fg: Option<String>,
    bg: Option<String>,
    #[serde(default)]
    bold: bool,
    #[serde(default)]
    italic: bool,
    #[serde(default)]
    underline: bool,
    #[serde(default)]
    reversed: bool,
}

impl StyleSpec {
    fn to_style(&self) -> Result<Style, SettingsFault> {
        let mut style = Style::default();
        if let Some(fg) = &self.fg {
            style = style.fg(parse_color(fg)?);
        }
        if let Some(bg) = &self.bg {
            style = style.bg(parse_color(bg)?);
        }
        let flags = [
            (self.bold, Modifier::BOLD),
            (self.italic, Modifier::ITALIC),
            (self.underline, Modifier::UNDERLINED),
            (self.reversed, Modifier::REVERSED),
        ];
        for (on, m) in flags {
            if on {
                style = style.add_modifier(m);
            }
        }
        Ok(style)
    }
}

fn parse_color(s: &str) -> Result<Color, SettingsFault> {
    Color::from_str(s.trim()).map_err(|_| SettingsFault::InvalidColour(s.to_string()))
}

impl Theme {
    /// The style of a role. Every role has one: the default theme defines them all.
    pub fn style(&self, role: Role) -> Style {
        self.styles.get(&role).copied().unwrap_or_default()
    }

    /// The base style with the role's colours and modifiers on top: what a cell of that role looks like.
    pub fn on_base(&self, role: Role) -> Style {
        self.style(Role::Base).patch(self.style(role))
    }

    /// A role drawn over another role's background (a key inside an overlay).
    pub fn on(&self, background: Role, role: Role) -> Style {
        self.style(background).patch(self.style(role))
    }

    /// Foreground and background of the base role as RGB, for SVG rendering.
    pub fn base_rgb(&self) -> ((u8, u8, u8), (u8, u8, u8)) {
        let base = self.style(Role::Base);
        (rgb(base.fg, (216, 222, 233)), rgb(base.bg, (29, 33, 41)))
    }

    pub fn default_theme() -> Theme {
        // The embedded default is checked by a test; should it ever fail to parse, an unstyled theme still works.
        build(DEFAULT_THEME, None).unwrap_or_else(|_| Theme { name: DEFAULT_THEME.into(), styles: HashMap::new() })
    }
}

fn rgb(c: Option<Color>, default: (u8, u8, u8)) -> (u8, u8, u8) {
    match c {
        Some(Color::Rgb(r, g, b)) => (r, g, b),
        Some(Color::White) => (255, 255, 255),
        Some(Color::Black) => (0, 0, 0),
        _ => default,
    }
}

fn builtin_source(name: &str) -> Option<&'static str> {
    BUILTIN.iter().find(|(n, _)| *n == name).map(|(_, src)| *src)
}

/// Loads a theme by name: a user file `<config>/themes/NAME.toml` first, then the built-ins.
pub fn load(name: &str, config_dir: Option<&Path>) -> (Theme, Option<ThemeProblem>) {
    match build(name, config_dir) {
        Ok(theme) => (theme, None),
        Err(problem) => (Theme::default_theme(), Some(problem)),
    }
}

fn source_of(name: &str, config_dir: Option<&Path>) -> Result<String, ThemeProblem> {
    if let Some(dir) = config_dir {
        let path = dir.join("themes").join(format!("{name}.toml"));
        match crate::input::read_settings(&path) {
            Ok(Some(text)) => return Ok(text),
            Err(reason) => return Err(ThemeProblem::Unreadable { name: name.to_string(), reason }),
            Ok(None) => {}
        }
    }
    builtin_source(name).map(str::to_string).ok_or_else(|| ThemeProblem::Unknown(name.to_string()))
}

fn build(name: &str, config_dir: Option<&Path>) -> Result<Theme, ThemeProblem> {
    // Resolve the chain child → parent → … → sombre; a cycle or unknown parent is an error of the child.
    let mut chain: Vec<ThemeFile> = Vec::new();
    let mut current = name.to_string();
    loop {
        if chain.len() > 8 {
            return Err(ThemeProblem::Invalid { name: name.into(), reason: SettingsFault::CircularParent });
        }
        let text = source_of(&current, config_dir)?;
        let file: ThemeFile = toml::from_str(&text)
            .map_err(|e| ThemeProblem::Invalid { name: current.clone(), reason: SettingsFault::of_toml(&text, &e) })?;
        let parent = file.parent.clone();
        chain.push(file);
        match parent {
            Some(p) if p != current => current = p,
            _ if current != DEFAULT_THEME => current = DEFAULT_THEME.to_string(),
            _ => break,
        }
    }
    let mut styles = HashMap::new();
    for file in chain.iter().rev() {
        for (key, spec) in &file.roles {
            let role = Role::ALL.into_iter().find(|r| r.key() == key).ok_or_else(|| ThemeProblem::Invalid {
                name: name.into(),
                reason: SettingsFault::UnknownRole(key.clone()),
            })?;
            let style = spec.to_style().map_err(|reason| ThemeProblem::Invalid { name: name.into(), reason })?;
            styles.insert(role, style);
        }
    }
    Ok(Theme { name: name.to_string(), styles })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_unreadable_theme_file_is_said_in_the_users_language() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir(dir.path().join("themes")).unwrap();
        let file = std::fs::File::create(dir.path().join("themes").join("gros.toml")).unwrap();
        file.set_len(2 * 1024 * 1024).unwrap();
        let (_, problem) = load("gros", Some(dir.path()));
        let Some(ThemeProblem::Unreadable { name, reason }) = problem else { panic!("{problem:?}") };
        let said =
            |lang| crate::i18n::problem(lang, &crate::i18n::Problem::ThemeUnreadable(name.clone(), reason.clone()));
        assert_eq!(
            said(crate::i18n::Lang::Fr),
            "Thème «\u{a0}gros\u{a0}» ignoré\u{a0}: le fichier dépasse la limite de 1\u{a0}Mo\u{a0}; thème sombre utilisé."
        );
        assert_eq!(
            said(crate::i18n::Lang::En),
            "Theme « gros » ignored: the file is larger than the 1 MB limit; dark theme used."
        );
    }

    #[test]
    fn every_builtin_theme_loads_and_defines_every_role() {
        for (name, _) in BUILTIN {
            let theme = build(name, None).unwrap_or_else(|e| panic!("{name}: {e:?}"));
            for role in Role::ALL {
                assert!(theme.styles.contains_key(&role), "{name} lacks {}", role.key());
            }
        }
    }

    #[test]
    fn no_role_is_drawn_in_the_colour_of_its_background() {
        // Pairs as the views combine them: every role over the base, tabs over the header, keys over overlays.
        for (name, _) in BUILTIN {
            let theme = build(name, None).unwrap();
            let mut pairs: Vec<(Role, Role)> =
                Role::ALL.iter().filter(|r| **r != Role::Tab).map(|r| (Role::Base, *r)).collect();
            pairs.extend([(Role::Header, Role::Tab), (Role::Overlay, Role::Key), (Role::Overlay, Role::Title)]);
            for (under, role) in pairs {
                let s = theme.on(under, role);
                assert!(s.fg.is_none() || s.fg != s.bg, "{name}: {} over {} is invisible", role.key(), under.key());
            }
        }
    }

    #[test]
    fn contrast_theme_uses_no_colour_beyond_black_and_white() {
        let theme = build("contraste-eleve", None).unwrap();
        for role in Role::ALL {
            let s = theme.style(role);
            for c in [s.fg, s.bg].into_iter().flatten() {
                assert!(matches!(c, Color::White | Color::Black), "{} uses {c:?}", role.key());
            }
        }
    }

    #[test]
    fn user_theme_overrides_some_roles_and_inherits_the_rest() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(dir.path().join("themes")).unwrap();
        std::fs::write(
            dir.path().join("themes/mien.toml"),
            "parent = \"clair\"\n[roles]\nwarning = { fg = \"#ff0000\" }\n",
        )
        .unwrap();
        let (theme, problem) = load("mien", Some(dir.path()));
        assert_eq!(problem, None);
        assert_eq!(theme.style(Role::Warning).fg, Some(Color::Rgb(255, 0, 0)));
        let clair = build("clair", None).unwrap();
        assert_eq!(theme.style(Role::Base), clair.style(Role::Base));
    }

    #[test]
    fn broken_or_unknown_theme_falls_back_to_default_with_a_reason() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(dir.path().join("themes")).unwrap();
        std::fs::write(dir.path().join("themes/casse.toml"), "[roles]\nbase = { fg = \"pas-une-couleur\" }\n").unwrap();
        let (theme, problem) = load("casse", Some(dir.path()));
        assert_eq!(theme.name, "sombre");
        assert!(matches!(problem, Some(ThemeProblem::Invalid { .. })));
        let (theme, problem) = load("inexistant", None);
        assert_eq!(theme.name, "sombre");
        assert_eq!(problem, Some(ThemeProblem::Unknown("inexistant".into())));
        std::fs::write(dir.path().join("themes/boucle.toml"), "parent = \"boucle2\"\n").unwrap();
        std::fs::write(dir.path().join("themes/boucle2.toml"), "parent = \"boucle\"\n").unwrap();
        assert!(matches!(load("boucle", Some(dir.path())).1, Some(ThemeProblem::Invalid { .. })));
    }
}
