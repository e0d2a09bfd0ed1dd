//! Command-line definitions (clap). Help texts are in French, the default language.

use std::path::PathBuf;

use clap::{Arg, ArgAction, CommandFactory, FromArgMatches, Parser, Subcommand, ValueEnum};

use crate::i18n::Lang;

#[derive(Debug, Parser)]
#[command(name = "parcours", version, about = "L’outil du référent de parcours santé et social (RS6552).")]
pub struct Cli {
    /// Dossier de la base, des sauvegardes et du journal.
    #[arg(long, global = true, env = "PARCOURS_DATA_DIR", value_name = "DOSSIER")]
    pub data_dir: Option<PathBuf>,
    /// Langue de l’interface.
    #[arg(long, global = true, value_enum, value_name = "LANGUE")]
    pub lang: Option<Lang>,
    /// Thème : sombre, clair, contraste-eleve, ou un thème personnel.
    #[arg(long, global = true, value_name = "NOM")]
    pub theme: Option<String>,
    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ListFormat {
    Text,
    Json,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum RenderFormat {
    Text,
    Ansi,
    Svg,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum CaseFormat {
    Json,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ContactsFormat {
    Vcf,
}

pub use crate::export::formats::{BilanFormat, DppDates, DppFormat, EcomapFormat, PlanFormat};

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Charge les situations fictives de démonstration (sans doublon).
    Demo,
    /// Liste les personnes de la file active.
    List {
        /// text (une ligne par élément) ou json.
        #[arg(long, value_enum, default_value = "text")]
        format: ListFormat,
    },
    /// Cherche des mots dans les fiches et les diagnostics actuels (sans accents ni majuscules).
    Search {
        /// Les mots cherchés : tous doivent y être, chacun comme début de mot.
        #[arg(required = true, value_name = "MOTS")]
        words: Vec<String>,
        /// text (une ligne par élément) ou json.
        #[arg(long, value_enum, default_value = "text")]
        format: ListFormat,
    },
    /// Dessine un écran sans terminal interactif.
    Render {
        /// file-active, diagnostic, synthese, fiche, projet, qui-fait-quoi, echeancier, echeances, reseau, evaluation,
        /// journal, competences, donnees-identifiantes, annuaire, aide, accueil
        #[arg(long, value_name = "ÉCRAN")]
        screen: String,
        /// Identifiant ou pseudonyme de la personne.
        #[arg(long, value_name = "PERSONNE")]
        person: Option<String>,
        /// LARGEURxHAUTEUR
        #[arg(long, default_value = "120x36", value_name = "TAILLE")]
        size: String,
        /// text (texte brut), ansi (couleurs du terminal) ou svg (image).
        #[arg(long, value_enum, default_value = "text")]
        format: RenderFormat,
    },
    /// Régénère les captures d’écran à partir de la démonstration.
    Screenshots {
        /// Dossier où les écrire.
        #[arg(long, default_value = "screenshots", value_name = "DOSSIER")]
        out: PathBuf,
    },
    /// Exporte un dossier.
    Export {
        #[command(subcommand)]
        kind: ExportKind,
    },
    /// Importe un dossier.
    Import {
        #[command(subcommand)]
        kind: ImportKind,
    },
    /// Cherche les données identifiantes d’un texte (courriel, téléphone, NIR, IBAN, adresse, date de naissance, nom).
    Scan {
        /// Fichier à examiner, ou « - » pour l’entrée standard.
        #[arg(value_name = "FICHIER")]
        file: String,
        /// Pseudonyme à ne pas signaler comme un nom (répétable) : « Inès, 19 ans ».
        #[arg(long = "pseudonym", value_name = "PSEUDONYME")]
        pseudonyms: Vec<String>,
    },
    /// Vérifie l’intégrité et la version de la base.
    Check,
    /// Sauvegarde la base (à chaud).
    Backup {
        /// Fichier de la sauvegarde ; par défaut, daté dans le dossier backups/ des données.
        #[arg(long, value_name = "FICHIER")]
        out: Option<PathBuf>,
    },
    /// Génère des personnes synthétiques (mesures de performance).
    Generate {
        /// Nombre de personnes.
        #[arg(long, value_name = "NOMBRE")]
        persons: usize,
        /// Entrées de diagnostic par personne.
        #[arg(long, default_value_t = 10, value_name = "NOMBRE")]
        entries: usize,
        /// Graine du hasard : la même graine donne les mêmes personnes.
        #[arg(long, default_value_t = 1, value_name = "GRAINE")]
        seed: u64,
    },
}

#[derive(Debug, Subcommand)]
pub enum ExportKind {
    /// Le dossier complet d’une personne, en JSON versionné.
    Case {
        /// Identifiant ou pseudonyme de la personne.
        #[arg(long, value_name = "PERSONNE")]
        person: String,
        /// json, le seul format d’un dossier.
        #[arg(long, value_enum, default_value = "json")]
        format: CaseFormat,
        /// Fichier de sortie, ou « - » pour la sortie standard.
        #[arg(long, default_value = "-", value_name = "FICHIER")]
        out: String,
        /// Écrit même si l’examen d’anonymat trouve des données identifiantes.
        #[arg(long)]
        force: bool,
        /// Garde les entrées sensibles du journal (laissées de côté sinon).
        #[arg(long)]
        include_sensitive: bool,
    },
    /// Le plan d’action d’une personne : à imprimer (md, html) ou à mettre dans l’agenda (ics).
    Plan {
        /// Identifiant ou pseudonyme de la personne.
        #[arg(long, value_name = "PERSONNE")]
        person: String,
        /// md ou html pour imprimer, ics pour l’agenda.
        #[arg(long, value_enum)]
        format: PlanFormat,
        /// Fichier de sortie, ou « - » pour la sortie standard.
        #[arg(long, default_value = "-", value_name = "FICHIER")]
        out: String,
        /// Écrit même si l’examen d’anonymat trouve des données identifiantes.
        #[arg(long)]
        force: bool,
    },
    /// L’écocarte d’une personne à une date : Graphviz (dot) ou image autonome (svg).
    Ecomap {
        /// Identifiant ou pseudonyme de la personne.
        #[arg(long, value_name = "PERSONNE")]
        person: String,
        /// dot pour Graphviz, svg pour un navigateur ou l’impression.
        #[arg(long, value_enum)]
        format: EcomapFormat,
        /// Fichier de sortie, ou « - » pour la sortie standard.
        #[arg(long, default_value = "-", value_name = "FICHIER")]
        out: String,
        /// L’écocarte de ce jour (jj/mm/aaaa) ; aujourd’hui par défaut.
        #[arg(long, value_name = "JJ/MM/AAAA")]
        date: Option<String>,
        /// Écrit même si l’examen d’anonymat trouve des données identifiantes.
        #[arg(long)]
        force: bool,
    },
    /// Le bilan d’évaluation d’une personne pour une réunion de synthèse : md ou html (graphiques).
    Bilan {
        /// Identifiant ou pseudonyme de la personne.
        #[arg(long, value_name = "PERSONNE")]
        person: String,
        /// md pour coller dans des notes, html pour un navigateur ou l’impression.
        #[arg(long, value_enum)]
        format: BilanFormat,
        /// Fichier de sortie, ou « - » pour la sortie standard.
        #[arg(long, default_value = "-", value_name = "FICHIER")]
        out: String,
        /// Écrit même si l’examen d’anonymat trouve des données identifiantes.
        #[arg(long)]
        force: bool,
        /// Reprend aussi les entrées du journal marquées sensibles.
        #[arg(long)]
        include_sensitive: bool,
    },
    /// Le dossier de pratiques professionnelles (DPP, RS6552) : une partie par compétence, avec ses preuves et ses annexes.
    Dpp {
        /// Identifiant ou pseudonyme d’une situation présentée (répétable).
        #[arg(long, required = true, value_name = "PERSONNE")]
        person: Vec<String>,
        /// md, html, ou docx pour un traitement de texte.
        #[arg(long, value_enum)]
        format: DppFormat,
        /// Fichier de sortie, ou « - » pour la sortie standard (pas pour docx).
        #[arg(long, default_value = "-", value_name = "FICHIER")]
        out: String,
        /// absolues (12/11/2026) ou relatives (J+45 depuis le début de l’accompagnement).
        #[arg(long, value_enum, default_value = "absolues")]
        dates: DppDates,
        /// Écrit même si l’examen d’anonymat trouve des données identifiantes.
        #[arg(long)]
        force: bool,
        /// Nom du candidat, pour la page de garde (il n’est pas enregistré).
        #[arg(long, value_name = "NOM")]
        candidat: Option<String>,
        /// Structure du candidat, pour la page de garde (elle n’est pas enregistrée).
        #[arg(long, value_name = "TEXTE")]
        structure: Option<String>,
    },
    /// L’annuaire du territoire en vCard 4.0 (partenaires archivés exclus).
    Contacts {
        /// vcf (vCard 4.0).
        #[arg(long, value_enum, default_value = "vcf")]
        format: ContactsFormat,
        /// Fichier de sortie, ou « - » pour la sortie standard.
        #[arg(long, default_value = "-", value_name = "FICHIER")]
        out: String,
    },
}

#[derive(Debug, Subcommand)]
pub enum ImportKind {
    /// Un dossier exporté par « parcours export case ».
    Case {
        /// Le fichier JSON du dossier.
        #[arg(value_name = "FICHIER")]
        file: PathBuf,
    },
    /// Des partenaires depuis un carnet d’adresses (.vcf, vCard 2.1, 3.0 ou 4.0) : tout ou rien.
    Contacts {
        /// Le carnet d’adresses (.vcf).
        #[arg(value_name = "FICHIER")]
        file: PathBuf,
    },
}

/// Reads the command line. clap writes its headings and built-in flags in English: the help is
/// set in French here, for every command, like the rest of the interface's default language.
pub fn parse(args: &[String]) -> Result<Cli, clap::Error> {
    let root = in_french(Cli::command())
        .disable_version_flag(true)
        .arg(Arg::new("version").short('V').long("version").action(ArgAction::Version).help("Affiche la version"));
    let matches = root.try_get_matches_from(args)?;
    Cli::from_arg_matches(&matches)
}

fn in_french(cmd: clap::Command) -> clap::Command {
    cmd.help_template("{before-help}{about-with-newline}\nUtilisation\u{a0}: {usage}\n\n{all-args}{after-help}")
        .subcommand_help_heading("Commandes")
        .subcommand_value_name("COMMANDE")
        .disable_help_flag(true)
        .arg(Arg::new("help").short('h').long("help").action(ArgAction::Help).help("Affiche cette aide"))
        .mut_subcommands(in_french)
}

/// What clap adds after each option's description, and its section headings, in French.
pub fn french_help(text: &str) -> String {
    const WORDS: [(&str, &str); 8] = [
        (
            "Print this message or the help of the given subcommand(s)",
            "Affiche cette aide, ou celle des commandes nommées",
        ),
        ("[default: ", "[par défaut\u{a0}: "),
        ("[possible values: ", "[valeurs possibles\u{a0}: "),
        ("[env: ", "[variable d’environnement\u{a0}: "),
        ("[aliases: ", "[autres noms\u{a0}: "),
        ("\nCommandes:\n", "\nCommandes\u{a0}:\n"),
        ("\nOptions:\n", "\nOptions\u{a0}:\n"),
        ("\nArguments:\n", "\nArguments\u{a0}:\n"),
    ];
    WORDS.iter().fold(text.to_string(), |t, (en, fr)| t.replace(en, fr))
}

/// The language to speak before arguments are fully parsed (for parse errors themselves).
pub fn early_lang(args: &[String]) -> Option<Lang> {
    let mut it = args.iter();
    while let Some(a) = it.next() {
        let value = if a == "--lang" { it.next().map(String::as_str) } else { a.strip_prefix("--lang=") };
        match value {
            Some("en") => return Some(Lang::En),
            Some("fr") => return Some(Lang::Fr),
            _ => {}
        }
    }
    None
}
