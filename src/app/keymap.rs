//! Key bindings as data: an embedded default keymap, overridden action by action by a user file.

use std::collections::BTreeMap;

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use super::action::{Action, Context};
use crate::i18n::{KeyName, KeyNames, KeyedText, Lang, key_name, keyed_text};

pub const DEFAULT_KEYMAP: &str = include_str!("keymap.toml");

/// One key with its modifiers, as written in keymap files (« ctrl-s », « ? », « pagedown »).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct KeyChord {
    pub code: KeyCode,
    pub ctrl: bool,
    pub alt: bool,
}

impl KeyChord {
    pub fn parse(s: &str) -> Option<KeyChord> {
        let mut ctrl = false;
        let mut alt = false;
        let mut rest = s.trim();
        loop {
            if let Some(r) = rest.strip_prefix("ctrl-") {
                ctrl = true;
                rest = r;
            } else if let Some(r) = rest.strip_prefix("alt-") {
                alt = true;
                rest = r;
            } else {
                break;
            }
        }
        let code = match rest {
            "enter" => KeyCode::Enter,
            "esc" => KeyCode::Esc,
            "tab" => KeyCode::Tab,
            "backtab" | "shift-tab" => KeyCode::BackTab,
            "space" => KeyCode::Char(' '),
            "up" => KeyCode::Up,
            "down" => KeyCode::Down,
            "left" => KeyCode::Left,
            "right" => KeyCode::Right,
            "pageup" => KeyCode::PageUp,
            "pagedown" => KeyCode::PageDown,
            "home" => KeyCode::Home,
            "end" => KeyCode::End,
            "delete" => KeyCode::Delete,
            "backspace" => KeyCode::Backspace,
            f if f.len() >= 2 && f.starts_with('f') && f[1..].chars().all(|c| c.is_ascii_digit()) => {
                KeyCode::F(f[1..].parse().ok().filter(|n| (1..=12).contains(n))?)
            }
            other => {
                let mut chars = other.chars();
                let c = chars.next()?;
                if chars.next().is_some() {
                    return None;
                }
                KeyCode::Char(if ctrl { c.to_ascii_lowercase() } else { c })
            }
        };
        Some(KeyChord { code, ctrl, alt })
    }

    /// The chord a terminal key event stands for. Shift is folded into the character itself
    /// (« A », « ? ») since terminals disagree on reporting it.
    pub fn from_event(ev: &KeyEvent) -> KeyChord {
        let ctrl = ev.modifiers.contains(KeyModifiers::CONTROL);
        let code = match ev.code {
            KeyCode::Char(c) if ctrl => KeyCode::Char(c.to_ascii_lowercase()),
            other => other,
        };
        KeyChord { code, ctrl, alt: ev.modifiers.contains(KeyModifiers::ALT) }
    }
}

impl KeyChord {
    /// As shown to the user in the help, the footer and the palette: symbols where there is one
    /// (« ↵ », « ↑ »), otherwise the key's name in the interface's language (« Échap » / « Esc »).
    pub fn label(&self, lang: Lang) -> String {
        let mut s = String::new();
        if self.ctrl {
            s.push_str("Ctrl-");
        }
        if self.alt {
            s.push_str("Alt-");
        }
        let named = |k| key_name(lang, k).to_string();
        let key = match self.code {
            KeyCode::Enter => "↵".into(),
            KeyCode::Esc => named(KeyName::Esc),
            KeyCode::Tab => "Tab".into(),
            KeyCode::BackTab => "⇧Tab".into(),
            KeyCode::Up => "↑".into(),
            KeyCode::Down => "↓".into(),
            KeyCode::Left => "←".into(),
            KeyCode::Right => "→".into(),
            KeyCode::PageUp => named(KeyName::PageUp),
            KeyCode::PageDown => named(KeyName::PageDown),
            KeyCode::Home => named(KeyName::Home),
            KeyCode::End => named(KeyName::End),
            KeyCode::Delete => named(KeyName::Delete),
            KeyCode::Backspace => "⌫".into(),
            KeyCode::F(n) => format!("F{n}"),
            KeyCode::Char(' ') => named(KeyName::Space),
            KeyCode::Char(c) if self.ctrl => c.to_ascii_uppercase().to_string(),
            KeyCode::Char(c) => c.to_string(),
            _ => "?".into(),
        };
        s.push_str(&key);
        s
    }
}

/// Why a user keymap was not fully applied.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum KeymapProblem {
    /// Not TOML: where the reading stopped (the TOML reader's own words are English).
    Syntax { line: usize, column: usize },
    /// A key written as `quit = []` above every section: it belongs to none, so it is skipped.
    OutsideSection(String),
    /// A key this build cannot read, for the action named as in keymap.toml.
    UnknownKey { action: String, key: String },
    /// A section name that is no context: that section is skipped, the rest of the file applies.
    UnknownSection(String),
    /// An action name no build knows (a typo, or a newer version's file): that line is skipped.
    UnknownAction(String),
}

#[derive(Debug, Clone)]
pub struct Keymap {
    /// (context, action) → keys, in file order for display.
    bindings: BTreeMap<(Context, Action), Vec<KeyChord>>,
}

// Names are read as plain strings first: one unknown name must cost its own line, not the file.
// Values too: « quit = "q" » (a key, not a list) must cost that line, not the file.

/// The context or action a keymap file names, as its serde name (« file_active », « new_person »).
fn named<T: serde::de::DeserializeOwned>(name: &str) -> Option<T> {
    use serde::de::IntoDeserializer;
    let name: serde::de::value::StrDeserializer<'_, serde::de::value::Error> = name.into_deserializer();
    T::deserialize(name).ok()
}

impl Keymap {
    pub fn default_keymap() -> Keymap {
        let mut km = Keymap { bindings: BTreeMap::new() };
        // The embedded file is checked by a test; a parse failure cannot reach users.
        let _ = km.apply(DEFAULT_KEYMAP);
        km
    }

    /// Default keymap with a user file on top: every action the file names is replaced, the rest kept.
    pub fn with_user_file(text: &str) -> (Keymap, Vec<KeymapProblem>) {
        let mut km = Keymap::default_keymap();
        let problems = km.apply(text);
        (km, problems)
    }

    fn apply(&mut self, text: &str) -> Vec<KeymapProblem> {
        let text = crate::domain::text::without_bom(text);
        let file: toml::Table = match toml::from_str(text) {
            Ok(f) => f,
            Err(e) => {
                let (line, column) = crate::input::toml_position(text, &e);
                return vec![KeymapProblem::Syntax { line, column }];
            }
        };
        let mut problems = Vec::new();
        for (context_name, actions) in file {
            let toml::Value::Table(actions) = actions else {
                problems.push(KeymapProblem::OutsideSection(context_name));
                continue;
            };
            let Some(context) = named::<Context>(&context_name) else {
                problems.push(KeymapProblem::UnknownSection(context_name));
                continue;
            };
            for (action_name, keys) in actions {
                let Some(action) = named::<Action>(&action_name) else {
                    problems.push(KeymapProblem::UnknownAction(action_name));
                    continue;
                };
                let keys = match keys {
                    toml::Value::Array(keys) => keys,
                    one => vec![one],
                };
                let mut chords = Vec::new();
                for key in keys {
                    match key.as_str().and_then(KeyChord::parse) {
                        Some(c) => chords.push(c),
                        None => {
                            let key = key.as_str().map_or_else(|| key.to_string(), str::to_string);
                            problems.push(KeymapProblem::UnknownKey { action: action_name.clone(), key });
                        }
                    }
                }
                self.bindings.insert((context, action), chords);
            }
        }
        problems
    }

    /// The keys of an action in `context` as the nearest context of its chain that names the
    /// action says them: a tab's own line shadows its parent's, even an empty one.
    fn nearest(&self, context: Context, action: Action) -> Option<(Context, &[KeyChord])> {
        context.chain().find_map(|c| self.bindings.get(&(c, action)).map(|keys| (c, keys.as_slice())))
    }

    /// The action a key triggers in `context`, looked up along the context's chain (a tab, the
    /// person, everywhere). In forms, keys that type text are never taken by global bindings.
    pub fn resolve(&self, context: Context, chord: KeyChord) -> Option<Action> {
        for level in context.chain() {
            if level == Context::Global && context == Context::Form && !reaches_past_a_form(chord) {
                return None;
            }
            let found = self.bindings.iter().find(|((c, a), keys)| {
                *c == level && keys.contains(&chord) && self.nearest(context, *a).map(|(at, _)| at) == Some(level)
            });
            if let Some(((_, a), _)) = found {
                return Some(*a);
            }
        }
        None
    }

    /// The keys of an action in exactly this context's section, without its parents.
    pub fn keys(&self, context: Context, action: Action) -> &[KeyChord] {
        self.bindings.get(&(context, action)).map(Vec::as_slice).unwrap_or(&[])
    }

    /// First key of an action in a context or, failing that, its parents: for hints.
    pub fn first_key(&self, context: Context, action: Action) -> Option<KeyChord> {
        self.nearest(context, action).and_then(|(_, keys)| keys.first()).copied()
    }

    /// Every (action, keys) that works in a context by its own section or a parent's short of
    /// `Global` (which the help and the palette list apart), by action.
    pub fn in_context(&self, context: Context) -> Vec<(Action, &[KeyChord])> {
        let own: Vec<Context> =
            context.chain().filter(|c| *c != Context::Global || context == Context::Global).collect();
        Action::ALL
            .into_iter()
            .filter_map(|a| self.nearest(context, a).filter(|(at, _)| own.contains(at)).map(|(_, keys)| (a, keys)))
            .filter(|(_, keys)| !keys.is_empty())
            .collect()
    }
}

impl Keymap {
    /// A message that names keys, with this keymap's keys.
    pub fn say(&self, lang: Lang, text: &KeyedText) -> String {
        keyed_text(lang, text, &self.names(lang))
    }

    /// This keymap's keys for a message that takes them apart from a `KeyedText` (a field's error).
    pub fn names(&self, lang: Lang) -> Named<'_> {
        Named { keymap: self, lang }
    }
}

/// The keymap's keys as a message names them, in the interface's language.
pub struct Named<'a> {
    keymap: &'a Keymap,
    lang: Lang,
}

impl KeyNames for Named<'_> {
    fn keys_of(&self, context: Context, action: Action) -> Vec<String> {
        let keys = self.keymap.nearest(context, action).map_or(&[][..], |(_, keys)| keys);
        keys.iter().map(|k| k.label(self.lang)).collect()
    }
}

/// Whether a key of the global bindings still works in a form: only function keys do, since
/// letters, signs and Ctrl chords belong to the field (« q » is a letter of the text there).
pub fn reaches_past_a_form(chord: KeyChord) -> bool {
    matches!(chord.code, KeyCode::F(_))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crossterm::event::KeyEventKind;

    fn key(code: KeyCode, modifiers: KeyModifiers) -> KeyChord {
        KeyChord::from_event(&KeyEvent::new_with_kind(code, modifiers, KeyEventKind::Press))
    }

    #[test]
    fn default_keymap_parses_completely() {
        let mut km = Keymap { bindings: BTreeMap::new() };
        assert!(km.apply(DEFAULT_KEYMAP).is_empty());
        assert_eq!(km.resolve(Context::FileActive, key(KeyCode::Char('q'), KeyModifiers::NONE)), Some(Action::Quit));
        assert_eq!(
            km.resolve(Context::FileActive, key(KeyCode::Char('n'), KeyModifiers::NONE)),
            Some(Action::NewPerson)
        );
        assert_eq!(km.resolve(Context::Form, key(KeyCode::Char('s'), KeyModifiers::CONTROL)), Some(Action::Save));
        assert_eq!(km.resolve(Context::Form, key(KeyCode::Char('?'), KeyModifiers::SHIFT)), None);
        assert_eq!(km.resolve(Context::Form, key(KeyCode::Char('q'), KeyModifiers::NONE)), None);
        assert_eq!(km.resolve(Context::Form, key(KeyCode::F(1), KeyModifiers::NONE)), Some(Action::Help));
        assert_eq!(km.resolve(Context::Diagnostic, key(KeyCode::Char('A'), KeyModifiers::SHIFT)), None);
    }

    #[test]
    fn every_action_has_a_key_somewhere() {
        let km = Keymap::default_keymap();
        for action in Action::ALL {
            assert!(Context::ALL.iter().any(|c| !km.keys(*c, action).is_empty()), "{action:?} has no key");
        }
    }

    #[test]
    fn user_file_overrides_only_what_it_names() {
        let (km, problems) = Keymap::with_user_file(
            "[global]\nquit = [\"ctrl-q\"]\n[file_active]\nnew_person = [\"+\", \"bogus-key\"]\n",
        );
        assert_eq!(problems, vec![KeymapProblem::UnknownKey { action: "new_person".into(), key: "bogus-key".into() }]);
        assert_eq!(km.resolve(Context::FileActive, key(KeyCode::Char('q'), KeyModifiers::NONE)), None);
        assert_eq!(km.resolve(Context::FileActive, key(KeyCode::Char('q'), KeyModifiers::CONTROL)), Some(Action::Quit));
        assert_eq!(
            km.resolve(Context::FileActive, key(KeyCode::Char('+'), KeyModifiers::NONE)),
            Some(Action::NewPerson)
        );
        assert_eq!(
            km.resolve(Context::FileActive, key(KeyCode::Char('e'), KeyModifiers::NONE)),
            Some(Action::EditPerson)
        );
    }

    #[test]
    fn a_tab_finds_the_persons_keys_and_a_user_file_overrides_them_at_either_level() {
        let x = key(KeyCode::Char('X'), KeyModifiers::SHIFT);
        let km = Keymap::default_keymap();
        for tab in [Context::Diagnostic, Context::Project, Context::Network, Context::Journal, Context::Evaluation] {
            assert_eq!(km.resolve(tab, x), Some(Action::Export), "{tab:?}");
            assert_eq!(km.first_key(tab, Action::NextTab).map(|k| k.code), Some(KeyCode::Tab), "{tab:?}");
        }
        // The parent's line, rebound: every tab follows.
        let (km, problems) = Keymap::with_user_file("[person]\nexport = [\"ctrl-x\"]\n");
        assert_eq!(problems, vec![]);
        let ctrl_x = key(KeyCode::Char('x'), KeyModifiers::CONTROL);
        assert_eq!(km.resolve(Context::Journal, ctrl_x), Some(Action::Export));
        assert_eq!(km.resolve(Context::Journal, x), None);
        // One tab's own line: that tab only; an empty line takes the parent's key away there.
        let (km, _) = Keymap::with_user_file("[diagnostic]\nexport = [\"Y\"]\n[journal]\nexport = []\n");
        assert_eq!(km.resolve(Context::Diagnostic, key(KeyCode::Char('Y'), KeyModifiers::SHIFT)), Some(Action::Export));
        assert_eq!(km.resolve(Context::Diagnostic, x), None);
        assert_eq!(km.resolve(Context::Project, x), Some(Action::Export));
        assert_eq!(km.resolve(Context::Journal, x), None);
        assert!(!km.in_context(Context::Journal).iter().any(|(a, _)| *a == Action::Export));
    }

    #[test]
    fn the_default_keymap_says_each_binding_once() {
        let mut km = Keymap { bindings: BTreeMap::new() };
        let _ = km.apply(DEFAULT_KEYMAP);
        for ((context, action), keys) in &km.bindings {
            // Global's keys may be said again in a section: the help lists that section apart.
            for parent in context.chain().skip(1).filter(|c| *c != Context::Global) {
                assert_ne!(
                    km.bindings.get(&(parent, *action)),
                    Some(keys),
                    "{context:?} repeats {parent:?}'s {action:?}"
                );
            }
        }
    }

    #[test]
    fn a_question_is_answered_by_its_own_keys_only() {
        let km = Keymap::default_keymap();
        assert_eq!(km.resolve(Context::Confirm, key(KeyCode::Char('o'), KeyModifiers::NONE)), Some(Action::Confirm));
        assert_eq!(km.resolve(Context::Confirm, key(KeyCode::Esc, KeyModifiers::NONE)), Some(Action::Cancel));
        assert_eq!(km.resolve(Context::Confirm, key(KeyCode::Enter, KeyModifiers::NONE)), None);
        assert_eq!(km.resolve(Context::Confirm, key(KeyCode::Char('q'), KeyModifiers::NONE)), None);
    }

    #[test]
    fn messages_name_the_users_keys() {
        let km = Keymap::default_keymap();
        // With the default keys, the words the screens showed when the keys were written in them.
        let said = [
            (Lang::Fr, KeyedText::ConfirmKeys, "o\u{a0}: oui · n\u{a0}: non"),
            (Lang::En, KeyedText::ConfirmKeys, "y: yes · n: no"),
            (
                Lang::Fr,
                KeyedText::SynthesisLegend,
                "P. priorité pour la personne · R. pour le référent · s ou Échap revient",
            ),
            (Lang::Fr, KeyedText::HintService, "Ctrl-K\u{a0}: choisir une prestation SERAFIN-PH (facultatif)."),
            (
                Lang::Fr,
                KeyedText::TimelineEmpty,
                "Rien dans cette période. «\u{a0}[\u{a0}» et «\u{a0}]\u{a0}» changent de période, «\u{a0}+\u{a0}» et «\u{a0}-\u{a0}» le zoom.",
            ),
            (Lang::En, KeyedText::JournalEmpty, "Nothing noted yet. “n” or “i” notes a visit, a call, a meeting."),
            (Lang::Fr, KeyedText::HelpFormTypes, "q, /, :, ? et toute lettre s’écrivent dans le champ."),
            (Lang::Fr, KeyedText::FindingsKeys, "↵ ouvrir l’enregistrement · o exporter quand même · Échap revenir"),
            (Lang::En, KeyedText::FindingsKeys, "↵ open the record · o export anyway · Esc go back"),
            (Lang::Fr, KeyedText::FilterHint, "Échap efface · ↵ ouvre · ↑↓ choisit"),
            (Lang::En, KeyedText::PickNeedHint, "Type words or a code · ↵ picks · Esc goes back"),
        ];
        for (lang, text, words) in said {
            assert_eq!(km.say(lang, &text), words);
        }
        let (km, _) = Keymap::with_user_file("[form]\npick_code = [\"f3\"]\n[confirm]\nconfirm = [\"j\"]\n");
        assert_eq!(km.say(Lang::En, &KeyedText::HintService), "F3: pick a SERAFIN-PH service (optional).");
        assert_eq!(km.say(Lang::Fr, &KeyedText::ConfirmKeys), "j\u{a0}: oui · n\u{a0}: non");
    }

    #[test]
    fn the_welcome_the_diagnostic_and_the_plan_name_the_users_keys() {
        let km = Keymap::default_keymap();
        // With the default keys, the words these screens showed when the keys were written in them.
        let said = [
            (
                Lang::Fr,
                KeyedText::WelcomeKeys,
                "↑↓ choisir · ↵ valider · d démonstration · n nouvelle personne · ? aide",
            ),
            (Lang::En, KeyedText::WelcomeKeys, "↑↓ choose · ↵ confirm · d demo · n new person · ? help"),
            (Lang::Fr, KeyedText::EntryToWrite, "↵ pour l’écrire ensemble."),
            (Lang::Fr, KeyedText::HelpFooter, "Toute touche ferme l’aide · ↑↓ défile"),
            (
                Lang::Fr,
                KeyedText::StartsLater,
                "Cette action commence après aujourd’hui\u{a0}: avancez d’abord son début (↵).",
            ),
        ];
        for (lang, text, words) in said {
            assert_eq!(km.say(lang, &text), words);
        }
        let (km, problems) = Keymap::with_user_file(
            "[global]\nup = [\"k\"]\n[welcome]\nload_demo = [\"x\"]\n[diagnostic]\nedit_entry = [\"e\"]\n[project]\nedit_item = [\"m\"]\n",
        );
        assert_eq!(problems, vec![]);
        assert_eq!(
            km.say(Lang::Fr, &KeyedText::WelcomeKeys),
            "k↓ choisir · ↵ valider · x démonstration · n nouvelle personne · ? aide"
        );
        assert_eq!(km.say(Lang::En, &KeyedText::EntryToWrite), "e to write it together.");
        assert_eq!(km.say(Lang::En, &KeyedText::HelpFooter), "Any key closes the help · k↓ scrolls");
        assert_eq!(
            km.say(Lang::En, &KeyedText::StartsLater),
            "This action starts after today: move its start first (m)."
        );
    }

    #[test]
    fn a_user_file_saved_with_a_bom_is_read() {
        let (km, problems) = Keymap::with_user_file("\u{FEFF}[global]\nquit = [\"ctrl-q\"]\n");
        assert_eq!(problems, vec![]);
        assert_eq!(km.resolve(Context::FileActive, key(KeyCode::Char('q'), KeyModifiers::CONTROL)), Some(Action::Quit));
    }

    #[test]
    fn broken_user_file_keeps_defaults() {
        let (km, problems) = Keymap::with_user_file("[global\nquit = ");
        assert_eq!(problems, vec![KeymapProblem::Syntax { line: 1, column: 8 }]);
        assert_eq!(km.resolve(Context::Global, key(KeyCode::Char('q'), KeyModifiers::NONE)), Some(Action::Quit));
    }

    #[test]
    fn a_key_above_every_section_costs_its_own_line_only() {
        let (km, problems) = Keymap::with_user_file("quit = []\n[global]\nhelp = [\"h\"]\n");
        assert_eq!(problems, vec![KeymapProblem::OutsideSection("quit".into())]);
        assert_eq!(km.resolve(Context::Global, key(KeyCode::Char('h'), KeyModifiers::NONE)), Some(Action::Help));
        assert_eq!(km.resolve(Context::Global, key(KeyCode::Char('q'), KeyModifiers::NONE)), Some(Action::Quit));
    }

    #[test]
    fn an_unknown_action_costs_its_own_line_only() {
        let (km, problems) = Keymap::with_user_file(
            "[global]\nfly = [\"x\"]\nhelp = [\"h\"]\n[nowhere]\nquit = [\"z\"]\n[file_active]\nnew_person = [\"+\"]\n",
        );
        assert_eq!(
            problems,
            vec![KeymapProblem::UnknownAction("fly".into()), KeymapProblem::UnknownSection("nowhere".into())]
        );
        assert_eq!(km.resolve(Context::Global, key(KeyCode::Char('h'), KeyModifiers::NONE)), Some(Action::Help));
        assert_eq!(
            km.resolve(Context::FileActive, key(KeyCode::Char('+'), KeyModifiers::NONE)),
            Some(Action::NewPerson)
        );
        assert_eq!(km.resolve(Context::Global, key(KeyCode::Char('z'), KeyModifiers::NONE)), None);
        // A key written alone rather than in a list is that key; a number is no key.
        let (km, problems) = Keymap::with_user_file("[global]\nquit = \"ctrl-q\"\nhelp = [3]\n");
        assert_eq!(problems, vec![KeymapProblem::UnknownKey { action: "help".into(), key: "3".into() }]);
        assert_eq!(km.resolve(Context::Global, key(KeyCode::Char('q'), KeyModifiers::CONTROL)), Some(Action::Quit));
    }

    #[test]
    fn chords_parse_and_display() {
        assert_eq!(KeyChord::parse("ctrl-s").map(|c| c.label(Lang::Fr)), Some("Ctrl-S".into()));
        assert_eq!(KeyChord::parse("pageup").map(|c| c.label(Lang::Fr)), Some("PgPréc".into()));
        assert_eq!(KeyChord::parse("pageup").map(|c| c.label(Lang::En)), Some("PgUp".into()));
        assert_eq!(KeyChord::parse("esc").map(|c| c.label(Lang::En)), Some("Esc".into()));
        assert_eq!(KeyChord::parse("f1").map(|c| c.code), Some(KeyCode::F(1)));
        assert_eq!(KeyChord::parse("f13"), None);
        assert_eq!(KeyChord::parse("ab"), None);
    }
}
