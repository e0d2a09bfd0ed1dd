//! Messages that name a key, in French and English. The key is never written here: it is asked
//! of the user's keymap, so that a user who rebinds « choisir un code » reads her own key.

use super::Lang;
use crate::action::{Action, Context};

/// The keys a message names, as whoever shows the message knows them (the keymap lives above
/// i18n, with the runtime).
pub trait KeyNames {
    /// Every key of `action` in `context` (its parents' included), as the interface writes them
    /// (« Ctrl-K », « Échap »), in the keymap's order.
    fn keys_of(&self, context: Context, action: Action) -> Vec<String>;

    /// The first of them; « ? » when keymap.toml binds the action to no key.
    fn key_of(&self, context: Context, action: Action) -> String {
        self.keys_of(context, action).into_iter().next().unwrap_or_else(|| "?".into())
    }
}

/// A message that tells which key to press.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum KeyedText {
    /// A question's answers, under it.
    ConfirmKeys,
    /// The synthesis' legend, with the keys back to the entry.
    SynthesisLegend,
    /// The SERAFIN-PH needs finder's keys: the finder's own key brings the label along.
    PickNeedCodeHint,
    HintLinkedNeeds,
    HintService,
    FormNeedsHint,
    FormChoiceHint,
    /// The finder's key on a field that has no finder.
    PickCodeOnNeeds,
    /// A person archived, and the key that shows the archive.
    PersonArchived,
    /// « reopen » with no action marked done just before.
    NothingToReopen,
    /// The new objective of a readjustment decided in the evaluation is to be written.
    WriteReadjustment(String),
    /// The readjustment of this objective was put off.
    ReadjustmentLeft(String),
    /// This record is already evidence of this competency (« C5 »).
    EvidenceExists(String),
    /// The journal with no entry yet.
    JournalEmpty,
    /// The journal's filters leave no entry.
    JournalNoMatch,
    /// The evaluation's timeline with nothing in its period.
    TimelineEmpty,
    /// The T-score's chart with no evaluation yet.
    ScoreNone,
    /// « accept » away from a suggestion line.
    AcceptOnSuggestion,
    /// In a form's help: the keys of everywhere that type into the field there.
    HelpFormTypes,
    /// The keys of the dialog that lists what a refused export would carry.
    FindingsKeys,
    /// Under the file active's filter being typed. Its keys are the line editor's own (Esc,
    /// Enter, arrows), not the keymap's: named in the interface's language all the same.
    FilterHint,
    /// Under the directory's filter being typed.
    DirectoryFilterHint,
    /// Under a finder other than the SERAFIN-PH needs'.
    PickNeedHint,
    /// Under the help: how it scrolls and closes.
    HelpFooter,
    /// The welcome screen's keys, under its choices.
    WelcomeKeys,
    /// « mark done » on an action that starts later: its start is to be moved first, in its form.
    StartsLater,
    /// A domain of the diagnosis not explored yet: the key that writes it.
    EntryToWrite,
    /// A finding's record reached: the keys of `edit` and of « open » where it landed.
    RecordReached {
        context: Context,
        edit: Action,
    },
}

/// The key of an action that reads best in a sentence, `preferred`, when the keymap binds it,
/// else its first key.
fn key_preferring(keys: &dyn KeyNames, context: Context, action: Action, preferred: &str) -> String {
    let all = keys.keys_of(context, action);
    all.iter().find(|k| k.as_str() == preferred).cloned().unwrap_or_else(|| keys.key_of(context, action))
}

/// The key a question's « yes » reads as in `lang`: « o » for oui, « y » for yes.
fn yes_key(lang: Lang, keys: &dyn KeyNames) -> String {
    let initial = match lang {
        Lang::Fr => "o",
        Lang::En => "y",
    };
    key_preferring(keys, Context::Confirm, Action::Confirm, initial)
}

/// Esc where a line editor takes it (a finder, a filter): not a keymap binding.
fn esc(lang: Lang) -> &'static str {
    super::key_name(lang, super::KeyName::Esc)
}

/// The keys of everywhere that a form takes as text (« q, /, :, ? »).
fn typed_in_forms(keys: &dyn KeyNames) -> String {
    [Action::Quit, Action::Search, Action::Palette, Action::Help].map(|a| keys.key_of(Context::Global, a)).join(", ")
}

/// The keys that move up and down everywhere, side by side: « ↑↓ ».
fn up_down(keys: &dyn KeyNames) -> String {
    keys.key_of(Context::Global, Action::Up) + &keys.key_of(Context::Global, Action::Down)
}

/// The welcome screen's keys: up, down, open, the demo, a new person, the help.
fn welcome_keys(keys: &dyn KeyNames) -> [String; 6] {
    [Action::Up, Action::Down, Action::Open, Action::LoadDemo, Action::NewPerson, Action::Help]
        .map(|a| keys.key_of(Context::Welcome, a))
}

/// Every key of `edit` and of « open » in `context`, once each: « ↵ ou e ».
fn edit_keys(lang: Lang, keys: &dyn KeyNames, context: Context, edit: Action) -> String {
    let mut all = keys.keys_of(context, edit);
    for key in keys.keys_of(context, Action::Open) {
        if !all.contains(&key) {
            all.push(key);
        }
    }
    if all.is_empty() {
        all.push("?".into());
    }
    all.join(match lang {
        Lang::Fr => " ou ",
        Lang::En => " or ",
    })
}

pub fn keyed_text(lang: Lang, t: &KeyedText, keys: &dyn KeyNames) -> String {
    use crate::domain::text::excerpt;
    let pick = || keys.key_of(Context::Form, Action::PickCode);
    match (lang, t) {
        (Lang::Fr, KeyedText::ConfirmKeys) => {
            format!("{}\u{a0}: oui · {}\u{a0}: non", yes_key(lang, keys), keys.key_of(Context::Confirm, Action::Cancel))
        }
        (Lang::En, KeyedText::ConfirmKeys) => {
            format!("{}: yes · {}: no", yes_key(lang, keys), keys.key_of(Context::Confirm, Action::Cancel))
        }
        (Lang::Fr, KeyedText::SynthesisLegend) => format!(
            "P. priorité pour la personne · R. pour le référent · {} ou {} revient",
            keys.key_of(Context::Diagnostic, Action::Synthesis),
            keys.key_of(Context::Diagnostic, Action::Back)
        ),
        (Lang::En, KeyedText::SynthesisLegend) => format!(
            "P. priority for the person · R. for the coordinator · {} or {} goes back",
            keys.key_of(Context::Diagnostic, Action::Synthesis),
            keys.key_of(Context::Diagnostic, Action::Back)
        ),
        (Lang::Fr, KeyedText::PickNeedCodeHint) => {
            format!("Mots ou code · ↵ choisit · {} avec son libellé · {} revient", pick(), esc(lang))
        }
        (Lang::En, KeyedText::PickNeedCodeHint) => {
            format!("Words or a code · ↵ picks · {} with its label · {} goes back", pick(), esc(lang))
        }
        (Lang::Fr, KeyedText::HintLinkedNeeds) => {
            format!("{}\u{a0}: choisir un besoin du diagnostic (un par ligne).", pick())
        }
        (Lang::En, KeyedText::HintLinkedNeeds) => format!("{}: pick a need of the assessment (one per line).", pick()),
        (Lang::Fr, KeyedText::HintService) => {
            format!("{}\u{a0}: choisir une prestation SERAFIN-PH (facultatif).", pick())
        }
        (Lang::En, KeyedText::HintService) => format!("{}: pick a SERAFIN-PH service (optional).", pick()),
        (Lang::Fr, KeyedText::FormNeedsHint) => format!("Un besoin par ligne · {} code SERAFIN-PH", pick()),
        (Lang::En, KeyedText::FormNeedsHint) => format!("One need per line · {} SERAFIN-PH code", pick()),
        (Lang::Fr, KeyedText::FormChoiceHint) => format!(
            "←→, {}, initiale ou chiffre pour changer · {} pour chercher",
            super::key_name(lang, super::KeyName::Space),
            pick()
        ),
        (Lang::En, KeyedText::FormChoiceHint) => format!(
            "←→, {}, initial or digit to change · {} to search",
            super::key_name(lang, super::KeyName::Space),
            pick()
        ),
        (Lang::Fr, KeyedText::PickCodeOnNeeds) => format!(
            "{} cherche dans les champs qui le proposent\u{a0}: besoins, prestation, partenaires, listes de choix.",
            pick()
        ),
        (Lang::En, KeyedText::PickCodeOnNeeds) => {
            format!("{} searches in the fields that offer it: needs, service, partners, choices.", pick())
        }
        (Lang::Fr, KeyedText::PersonArchived) => format!(
            "Personne archivée. «\u{a0}{}\u{a0}» affiche les archives.",
            keys.key_of(Context::FileActive, Action::ToggleArchived)
        ),
        (Lang::En, KeyedText::PersonArchived) => {
            format!(
                "Person archived. « {} » shows the archive.",
                keys.key_of(Context::FileActive, Action::ToggleArchived)
            )
        }
        (Lang::Fr, KeyedText::NothingToReopen) => format!(
            "Aucune action n’a été marquée faite à l’instant\u{a0}; «\u{a0}{}\u{a0}» sur une action faite la rouvre.",
            keys.key_of(Context::Project, Action::MarkDone)
        ),
        (Lang::En, KeyedText::NothingToReopen) => format!(
            "No action was just marked done; « {} » on a done action reopens it.",
            keys.key_of(Context::Project, Action::MarkDone)
        ),
        (Lang::Fr, KeyedText::WriteReadjustment(t)) => format!(
            "Réajustement décidé\u{a0}: écrivez ce qui remplace «\u{a0}{}\u{a0}», puis {}.",
            excerpt(t, 30),
            keys.key_of(Context::Form, Action::Save)
        ),
        (Lang::En, KeyedText::WriteReadjustment(t)) => format!(
            "Readjustment decided: write the objective that replaces “{}” ({}).",
            excerpt(t, 30),
            keys.key_of(Context::Form, Action::Save)
        ),
        (Lang::Fr, KeyedText::ReadjustmentLeft(t)) => format!(
            "Réajustement de «\u{a0}{}\u{a0}» laissé pour plus tard\u{a0}: {} sur l’objectif, dans Projet.",
            excerpt(t, 40),
            keys.key_of(Context::Project, Action::Readjust)
        ),
        (Lang::En, KeyedText::ReadjustmentLeft(t)) => format!(
            "Readjustment of “{}” left for later: {} on the objective, in Plan.",
            excerpt(t, 40),
            keys.key_of(Context::Project, Action::Readjust)
        ),
        (Lang::Fr, KeyedText::EvidenceExists(c)) => format!(
            "Cet enregistrement est déjà une preuve de {c}\u{a0}: choisissez une autre compétence, ou {}.",
            keys.key_of(Context::Form, Action::Cancel)
        ),
        (Lang::En, KeyedText::EvidenceExists(c)) => format!(
            "This record is already evidence of {c}: choose another competency, or {}.",
            keys.key_of(Context::Form, Action::Cancel)
        ),
        (Lang::Fr, KeyedText::JournalEmpty) => format!(
            "Rien de noté pour l’instant. « {} » ou « {} » note une visite, un appel, une réunion.",
            keys.key_of(Context::Journal, Action::NewItem),
            keys.key_of(Context::Journal, Action::NoteJournal)
        ),
        (Lang::En, KeyedText::JournalEmpty) => format!(
            "Nothing noted yet. “{}” or “{}” notes a visit, a call, a meeting.",
            keys.key_of(Context::Journal, Action::NewItem),
            keys.key_of(Context::Journal, Action::NoteJournal)
        ),
        (Lang::Fr, KeyedText::JournalNoMatch) => {
            format!("Aucune entrée pour ces filtres. {} les retire.", keys.key_of(Context::Journal, Action::Back))
        }
        (Lang::En, KeyedText::JournalNoMatch) => {
            format!("No entry for these filters. {} clears them.", keys.key_of(Context::Journal, Action::Back))
        }
        (Lang::Fr, KeyedText::TimelineEmpty) => format!(
            "Rien dans cette période. «\u{a0}{}\u{a0}» et «\u{a0}{}\u{a0}» changent de période, «\u{a0}{}\u{a0}» et «\u{a0}{}\u{a0}» le zoom.",
            keys.key_of(Context::Evaluation, Action::Earlier),
            keys.key_of(Context::Evaluation, Action::Later),
            keys.key_of(Context::Evaluation, Action::ZoomIn),
            keys.key_of(Context::Evaluation, Action::ZoomOut)
        ),
        (Lang::En, KeyedText::TimelineEmpty) => format!(
            "Nothing in this period. “{}” and “{}” change the period, “{}” and “{}” the zoom.",
            keys.key_of(Context::Evaluation, Action::Earlier),
            keys.key_of(Context::Evaluation, Action::Later),
            keys.key_of(Context::Evaluation, Action::ZoomIn),
            keys.key_of(Context::Evaluation, Action::ZoomOut)
        ),
        (Lang::Fr, KeyedText::ScoreNone) => format!(
            "Pas encore de score\u{a0}: « {} » ouvre une évaluation avec la personne.",
            keys.key_of(Context::Evaluation, Action::NewItem)
        ),
        (Lang::En, KeyedText::ScoreNone) => {
            format!(
                "No score yet: “{}” opens an evaluation with the person.",
                keys.key_of(Context::Evaluation, Action::NewItem)
            )
        }
        (Lang::Fr, KeyedText::FindingsKeys) => format!(
            "↵ ouvrir l’enregistrement · {} exporter quand même · {} revenir",
            key_preferring(keys, Context::Confirm, Action::Confirm, "o"),
            key_preferring(keys, Context::Confirm, Action::Cancel, esc(lang))
        ),
        (Lang::En, KeyedText::FindingsKeys) => format!(
            "↵ open the record · {} export anyway · {} go back",
            key_preferring(keys, Context::Confirm, Action::Confirm, "o"),
            key_preferring(keys, Context::Confirm, Action::Cancel, esc(lang))
        ),
        (Lang::Fr, KeyedText::FilterHint) => format!("{} efface · ↵ ouvre · ↑↓ choisit", esc(lang)),
        (Lang::En, KeyedText::FilterHint) => format!("{} clears · ↵ opens · ↑↓ selects", esc(lang)),
        (Lang::Fr, KeyedText::DirectoryFilterHint) => {
            format!("{} efface · ↵ garde le filtre · ↑↓ choisit", esc(lang))
        }
        (Lang::En, KeyedText::DirectoryFilterHint) => {
            format!("{} clears · ↵ keeps the filter · ↑↓ selects", esc(lang))
        }
        (Lang::Fr, KeyedText::HelpFooter) => format!("Toute touche ferme l’aide · {} défile", up_down(keys)),
        (Lang::En, KeyedText::HelpFooter) => format!("Any key closes the help · {} scrolls", up_down(keys)),
        (Lang::Fr, KeyedText::WelcomeKeys) => {
            let [up, down, open, demo, new, help] = welcome_keys(keys);
            format!(
                "{up}{down} choisir · {open} valider · {demo} démonstration · {new} nouvelle personne · {help} aide"
            )
        }
        (Lang::En, KeyedText::WelcomeKeys) => {
            let [up, down, open, demo, new, help] = welcome_keys(keys);
            format!("{up}{down} choose · {open} confirm · {demo} demo · {new} new person · {help} help")
        }
        (Lang::Fr, KeyedText::StartsLater) => format!(
            "Cette action commence après aujourd’hui\u{a0}: avancez d’abord son début ({}).",
            keys.key_of(Context::Project, Action::EditItem)
        ),
        (Lang::En, KeyedText::StartsLater) => format!(
            "This action starts after today: move its start first ({}).",
            keys.key_of(Context::Project, Action::EditItem)
        ),
        (Lang::Fr, KeyedText::EntryToWrite) => {
            format!("{} pour l’écrire ensemble.", keys.key_of(Context::Diagnostic, Action::EditEntry))
        }
        (Lang::En, KeyedText::EntryToWrite) => {
            format!("{} to write it together.", keys.key_of(Context::Diagnostic, Action::EditEntry))
        }
        (Lang::Fr, KeyedText::RecordReached { context, edit }) => {
            format!("Voici l’enregistrement : {} pour le modifier.", edit_keys(lang, keys, *context, *edit))
        }
        (Lang::En, KeyedText::RecordReached { context, edit }) => {
            format!("Here is the record: {} to edit it.", edit_keys(lang, keys, *context, *edit))
        }
        (Lang::Fr, KeyedText::PickNeedHint) => format!("Tapez des mots ou un code · ↵ choisit · {} revient", esc(lang)),
        (Lang::En, KeyedText::PickNeedHint) => format!("Type words or a code · ↵ picks · {} goes back", esc(lang)),
        (Lang::Fr, KeyedText::HelpFormTypes) => {
            format!("{} et toute lettre s’écrivent dans le champ.", typed_in_forms(keys))
        }
        (Lang::En, KeyedText::HelpFormTypes) => {
            format!("{} and any letter are typed into the field.", typed_in_forms(keys))
        }
        (Lang::Fr, KeyedText::AcceptOnSuggestion) => format!(
            "« {} » retient une suggestion : placez-vous sur une ligne de suggestion.",
            keys.key_of(Context::Competencies, Action::Accept)
        ),
        (Lang::En, KeyedText::AcceptOnSuggestion) => format!(
            "“{}” accepts a suggestion: move onto a suggestion line.",
            keys.key_of(Context::Competencies, Action::Accept)
        ),
    }
}
