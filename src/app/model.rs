//! Everything the screen shows, and nothing it does not need. `update` is the only writer.

use chrono::NaiveDate;

use super::action::Context;
use super::form::Form;
use super::keymap::Keymap;
use super::palette::Palette;
use super::picker::Picker;
use super::screens::directory::DirectoryState;
use super::screens::file_active::{CaseloadOrder, FileActiveState, PersonRow, TextHits};
use super::screens::network::NetworkState;
use super::screens::plan::{PlanItem, PlanState};
use crate::domain::case::Case;
use crate::domain::diagnosis::DiagnosisEntry;
use crate::domain::life_domain::LifeDomain;
use crate::domain::partner::PartnerId;
use crate::domain::person::PersonId;
use crate::domain::text::fold;
use crate::domain::tie::TieId;
use crate::i18n::Lang;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Screen {
    /// First start on an empty database.
    Welcome,
    FileActive,
    Person,
    /// Late and coming items of every person followed.
    Deadlines,
    /// « Annuaire du territoire »: the partners.
    Directory,
    /// The eight competencies with their evidence (DPP).
    Competencies,
    /// What seems to identify someone in the records, across the file active.
    Findings,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PersonTab {
    /// The person's card: frame of the accompaniment, consent, alerts.
    Card,
    Diagnostic,
    /// Axes, objectives, actions: the plan built from the diagnosis.
    Plan,
    /// The ecomap of the person's formal and informal supports.
    Network,
    /// Timeline, GAS T-score, the two ratings of each domain (C5).
    Evaluation,
    /// What happened, dated: visits, calls, meetings, ruptures.
    Journal,
}

impl PersonTab {
    pub const ALL: [PersonTab; 6] = [
        PersonTab::Card,
        PersonTab::Diagnostic,
        PersonTab::Plan,
        PersonTab::Network,
        PersonTab::Evaluation,
        PersonTab::Journal,
    ];
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DiagnosticMode {
    /// The selected domain's latest entry.
    Entry,
    /// All needs across domains.
    Synthesis,
    /// Past revisions of the selected domain, newest first.
    History { revisions: Vec<DiagnosisEntry>, selected: usize },
}

/// A list left for a person (or for another list) by `↵`: `Échap` comes back to it, on the same
/// row, rather than to the file active. A stack, since a jump can lead to a list that jumps again.
#[derive(Debug, Clone, PartialEq)]
pub enum CameFrom {
    Deadlines { selected: usize },
    Findings { selected: usize },
    Competencies(super::screens::competencies::CompetenciesState),
}

#[derive(Debug, Clone, PartialEq)]
pub struct PersonState {
    /// Her records, the one copy the tabs read and the saves update.
    pub case: Case,
    pub tab: PersonTab,
    pub domain: usize,
    pub mode: DiagnosticMode,
    /// Lines scrolled in the entry panel.
    pub scroll: u16,
    pub plan: PlanState,
    pub network: NetworkState,
    pub journal: super::screens::journal::JournalState,
    pub evaluation: super::screens::evaluation::EvaluationState,
}

impl PersonState {
    /// The latest revision of a domain: what the diagnostic tab shows of it.
    pub fn entry_for(&self, domain_key: &str) -> Option<&DiagnosisEntry> {
        self.case.latest(domain_key)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Confirm {
    /// « Abandonner les modifications ? » for a dirty form.
    DiscardForm,
    ArchivePerson(PersonId),
    RestorePerson(PersonId),
    /// Archive an axis, objective or action of the plan (soft: it leaves the tree, not the database).
    ArchivePlanItem(PlanItem),
    /// Bring an archived item back into the tree.
    RestorePlanItem(PlanItem),
    ArchivePartner(PartnerId),
    RestorePartner(PartnerId),
    /// End a tie today: it leaves today's ecomap and stays in the past ones.
    EndTie(TieId),
    /// Undo « done »: the action gets this status back and loses its done date.
    ReopenAction(crate::domain::plan::ActionId, crate::domain::plan::ActionStatus),
    /// Remove a tag of evidence (the record stays).
    RemoveEvidence(crate::domain::evidence::EvidenceId),
}

#[derive(Debug, Clone)]
pub enum Overlay {
    /// The help, over the screen or over a form it will return to.
    Help {
        scroll: u16,
        under: Option<Box<Overlay>>,
    },
    Palette(Palette),
    Form(Box<Form>),
    /// A form with a SERAFIN-PH finder on top of it.
    CodePicker(Box<Form>, Picker),
    Confirm {
        what: Confirm,
        under: Option<Box<Overlay>>,
    },
    /// What the anonymity guard found in a document about to be exported: each finding may be
    /// opened, or the export made anyway; Esc goes back to the export dialog `under` it.
    ExportFindings {
        request: super::screens::export::ExportRequest,
        rows: Vec<super::screens::findings::FindingRow>,
        selected: usize,
        under: Option<Box<Overlay>>,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StatusKind {
    Info,
    Success,
    Error,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Status {
    pub kind: StatusKind,
    pub text: String,
}

#[derive(Debug, Clone)]
pub struct Model {
    pub today: NaiveDate,
    pub lang: Lang,
    pub keymap: Keymap,
    /// The domains of the diagnosis on screen: those configured, then those of the open person's
    /// entries the configuration does not list.
    pub domains: Vec<LifeDomain>,
    /// The domains config.toml lists (or the defaults).
    pub configured_domains: Vec<LifeDomain>,
    pub screen: Screen,
    pub rows: Vec<PersonRow>,
    pub file_active: FileActiveState,
    pub person: Option<PersonState>,
    pub overlay: Option<Overlay>,
    pub status: Option<Status>,
    pub quit: bool,
    /// Typing goes to the file active's filter rather than to the key bindings.
    pub filter_editing: bool,
    /// Domain to show when the person being loaded arrives (set by a search hit).
    pub pending_domain: Option<usize>,
    pub welcome: super::screens::welcome::WelcomeState,
    pub deadlines: super::screens::deadlines::DeadlinesState,
    /// Where to put the selection once the person's plan arrives (a jump from the échéances).
    pub pending_item: Option<PlanItem>,
    pub directory: DirectoryState,
    /// A tie just stored, to select when the network comes back.
    pub pending_tie: Option<TieId>,
    /// The tab to show when the person being loaded arrives (a jump from the competencies).
    pub pending_tab: Option<PersonTab>,
    /// The journal entry to select when the journal arrives.
    pub pending_journal: Option<i64>,
    /// The evaluation to select when the evaluations arrive.
    pub pending_evaluation: Option<i64>,
    pub competencies: super::screens::competencies::CompetenciesState,
    pub findings: super::screens::findings::FindingsState,
    /// The terminal is smaller than the screens need: only quitting works, nothing acts unseen.
    pub too_small: bool,
    /// Where the export dialog proposes to write: the user's documents folder, else her home,
    /// found at start (none: the current folder).
    pub export_folder: Option<std::path::PathBuf>,
    /// Her home folder, for a destination typed « ~/… ».
    pub home: Option<std::path::PathBuf>,
    /// Where `Échap` goes back to, most recent last.
    pub came_from: Vec<CameFrom>,
}

impl Model {
    pub fn new(today: NaiveDate, lang: Lang, keymap: Keymap, domains: Vec<LifeDomain>) -> Model {
        Model {
            today,
            lang,
            keymap,
            configured_domains: domains.clone(),
            domains,
            screen: Screen::FileActive,
            rows: Vec::new(),
            file_active: FileActiveState {
                selected: 0,
                filter: None,
                show_archived: false,
                text_hits: TextHits::default(),
                order: CaseloadOrder::default(),
            },
            person: None,
            overlay: None,
            status: None,
            quit: false,
            filter_editing: false,
            pending_domain: None,
            welcome: Default::default(),
            deadlines: Default::default(),
            pending_item: None,
            directory: DirectoryState::default(),
            pending_tie: None,
            pending_tab: None,
            pending_journal: None,
            pending_evaluation: None,
            competencies: Default::default(),
            findings: Default::default(),
            too_small: false,
            export_folder: None,
            home: None,
            came_from: Vec::new(),
        }
    }

    /// Indices into `rows` of the persons the file active shows, in display order.
    pub fn visible_rows(&self) -> Vec<usize> {
        let fa = &self.file_active;
        let needle = fa.filter.as_deref().map(fold).unwrap_or_default();
        let words: Vec<&str> = needle.split_whitespace().collect();
        let shown = |r: &PersonRow| fa.show_archived || !r.person.archived;
        let by_name = |r: &PersonRow| words.is_empty() || words.iter().all(|w| r.haystack.contains(w));
        // Those whose pseudonym or dispositif matches come first: typing « M. R » then Enter opens
        // M. R., not the first person whose diagnosis holds an « r ».
        let mut out: Vec<usize> =
            self.rows.iter().enumerate().filter(|(_, r)| shown(r) && by_name(r)).map(|(i, _)| i).collect();
        // A pseudonym that starts as typed comes before one that merely contains the letters.
        if !needle.trim().is_empty() {
            out.sort_by_key(|i| !self.rows[*i].haystack.starts_with(needle.trim()));
        }
        if !fa.text_hits.is_empty() {
            out.extend(
                self.rows
                    .iter()
                    .enumerate()
                    .filter(|(_, r)| shown(r) && !by_name(r))
                    .filter(|(_, r)| fa.text_hits.has(r.person.id))
                    .map(|(i, _)| i),
            );
        }
        fa.order.sort(&self.rows, &mut out);
        out
    }

    pub fn selected_row(&self) -> Option<&PersonRow> {
        let visible = self.visible_rows();
        visible.get(self.file_active.selected).and_then(|i| self.rows.get(*i))
    }

    /// The key context that has the focus now.
    pub fn context(&self) -> Context {
        match &self.overlay {
            Some(Overlay::Form(_)) | Some(Overlay::CodePicker(..)) => Context::Form,
            Some(_) => Context::Global,
            None => self.underlying_context(),
        }
    }

    /// The context of the screen under any help or palette overlay: what those overlays describe.
    pub fn underlying_context(&self) -> Context {
        if let Some(Overlay::Form(_) | Overlay::CodePicker(..)) = &self.overlay {
            return Context::Form;
        }
        if let Some(Overlay::Help { under: Some(under), .. }) = &self.overlay
            && matches!(**under, Overlay::Form(_))
        {
            return Context::Form;
        }
        match self.screen {
            Screen::Welcome => Context::Welcome,
            Screen::FileActive => Context::FileActive,
            Screen::Person => match self.person.as_ref().map(|p| p.tab) {
                Some(PersonTab::Diagnostic) => Context::Diagnostic,
                Some(PersonTab::Plan) => Context::Project,
                Some(PersonTab::Network) => Context::Network,
                Some(PersonTab::Journal) => Context::Journal,
                Some(PersonTab::Evaluation) => Context::Evaluation,
                _ => Context::Person,
            },
            Screen::Deadlines => Context::Deadlines,
            Screen::Directory => Context::Directory,
            Screen::Competencies => Context::Competencies,
            Screen::Findings => Context::Findings,
        }
    }

    /// The label of a domain key in the user's language (the key itself for a domain no longer configured).
    pub fn domain_label(&self, key: &str) -> String {
        crate::i18n::domain_label(self.lang, &self.domains, key)
    }

    pub fn set_status(&mut self, kind: StatusKind, text: impl Into<String>) {
        self.status = Some(Status { kind, text: text.into() });
    }
}
