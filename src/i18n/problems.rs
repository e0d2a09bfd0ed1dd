//! Errors at the edge (opening the database, files, the command line, settings), in French
//! and English: one line for the user, never the system's own English.

use super::Lang;
use super::en::plural as plural_en;
use super::fr::plural as plural_fr;
pub use crate::input::IoReason;
use crate::input::SettingsFault;

/// Errors at the edge (opening the database, command line): one line for the user.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    AlreadyOpen,
    NewerSchema {
        found: i64,
        supported: i64,
    },
    /// A migration failed and was rolled back; `backup` is the copy taken before it.
    MigrationFailed {
        from: i64,
        to: i64,
        backup: String,
    },
    /// The database needs a migration that cannot happen while another parcours holds it.
    OlderSchemaInUse {
        found: i64,
        supported: i64,
    },
    NotADatabase(String),
    FolderNotWritable(String),
    UnknownPerson(String),
    UnknownScreen(String),
    BadSize(String),
    ScreenNeedsPerson(String),
    InvalidJson(crate::interchange::case::JsonProblem),
    WrongCaseFormat,
    NewerCaseVersion(u32),
    InvalidCase(String),
    CannotRead(String, IoReason),
    CannotWrite(String, IoReason),
    /// A file to write is one of the data folder's own: nothing was written.
    BaseFile(String),
    NoDataDir,
    Storage(StorageFault),
    Refused,
    Missing,
    Usage(String),
    Imported {
        pseudonym: String,
        renamed_from: Option<String>,
    },
    BackupDone(String),
    CheckOk {
        version: i64,
        persons: usize,
    },
    CheckFailed(Vec<String>),
    Migrated {
        from: i64,
        to: i64,
        backup: String,
    },
    DemoLoaded(usize),
    DemoAlreadyThere,
    Generated(usize),
    ScreenshotsWritten(usize, String),
    Panic(String),
    /// The interactive screen was asked for with no terminal to draw on (a pipe, a cron job).
    NoTerminal,
    /// A theme file of the user's that cannot be read: the dark theme is used.
    ThemeUnreadable(String, IoReason),
    UnknownTheme(String),
    InvalidTheme(String, crate::input::SettingsFault),
    /// keymap.toml is not TOML: where reading stopped; the default keys apply.
    KeymapSyntax {
        line: usize,
        column: usize,
    },
    KeymapUnreadable(IoReason),
    KeymapOutsideSection(String),
    KeymapUnknownKey {
        action: String,
        key: String,
    },
    /// An action or section name keymap.toml uses that this build does not know: that one skipped.
    KeymapUnknownAction(String),
    KeymapUnknownSection(String),
    ConfigProblem(crate::input::ConfigIssue),
    InvalidVcard(crate::interchange::vcard::VcardError),
    ContactsImported {
        imported: usize,
        already: usize,
    },
    /// A date typed on the command line that is not jj/mm/aaaa or no such day.
    BadDate(String),
    /// The anonymity scan found this many identifying items.
    IdentifiersFound(usize),
    NoIdentifierFound,
    /// An export that would carry this many identifying items, not written.
    ExportRefused(usize),
    /// What `check` found in the records: items, persons.
    IdentifiersInRecords(usize, usize),
}

/// What went wrong in the database, as SQLite classes it: its own message is English, and goes
/// to the log only.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StorageFault {
    /// The disk failed to read or write (SQLite's « disk I/O error »).
    DiskIo,
    /// The database file or its folder cannot be written.
    ReadOnly,
    DiskFull,
    /// The file is damaged.
    Corrupt,
    /// Another program holds the database.
    Busy,
    /// A rule of the database refused the change.
    Constraint,
    /// A file the database needs.
    Io(IoReason),
    Other,
}

impl StorageFault {
    pub fn of(e: &crate::store::StoreError) -> StorageFault {
        use rusqlite::ErrorCode as C;
        match e {
            crate::store::StoreError::Io(io) => StorageFault::Io(IoReason::of(io)),
            crate::store::StoreError::Sql(sql) => match sql.sqlite_error_code() {
                Some(C::SystemIoFailure) => StorageFault::DiskIo,
                Some(C::ReadOnly | C::PermissionDenied | C::CannotOpen) => StorageFault::ReadOnly,
                Some(C::DiskFull) => StorageFault::DiskFull,
                Some(C::DatabaseCorrupt | C::NotADatabase) => StorageFault::Corrupt,
                Some(C::DatabaseBusy | C::DatabaseLocked) => StorageFault::Busy,
                Some(C::ConstraintViolation) => StorageFault::Constraint,
                _ => StorageFault::Other,
            },
            _ => StorageFault::Other,
        }
    }
}

/// The user-facing sentence for a store failure.
pub fn store_problem(e: &crate::store::StoreError) -> Problem {
    match e {
        crate::store::StoreError::AlreadyOpen { .. } => Problem::AlreadyOpen,
        crate::store::StoreError::NewerSchema { found, supported } => {
            Problem::NewerSchema { found: *found, supported: *supported }
        }
        crate::store::StoreError::MigrationFailed { from, to, backup } => {
            Problem::MigrationFailed { from: *from, to: *to, backup: backup.display().to_string() }
        }
        crate::store::StoreError::OlderSchemaInUse { found, supported } => {
            Problem::OlderSchemaInUse { found: *found, supported: *supported }
        }
        crate::store::StoreError::NotADatabase { path } => Problem::NotADatabase(path.display().to_string()),
        crate::store::StoreError::FolderNotWritable { path } => Problem::FolderNotWritable(path.display().to_string()),
        crate::store::StoreError::NotFound => Problem::Missing,
        // A rule the store enforces and the form did not catch: said in words, detailed in the log.
        crate::store::StoreError::Invalid(_) => Problem::Refused,
        other => Problem::Storage(crate::i18n::StorageFault::of(other)),
    }
}

pub fn problem(lang: Lang, p: &Problem) -> String {
    match lang {
        Lang::Fr => problem_fr(p),
        Lang::En => problem_en(p),
    }
}

fn problem_fr(p: &Problem) -> String {
    match p {
        Problem::AlreadyOpen => {
            "parcours est déjà ouvert sur cette base (fermez l’autre fenêtre, puis réessayez).".into()
        }
        Problem::NewerSchema { found, supported } => format!(
            "Cette base a été écrite par une version plus récente de parcours (schéma {found}, cette version connaît le {supported})\u{a0}: mettez parcours à jour. La base n’a pas été modifiée."
        ),
        Problem::MigrationFailed { from, to, backup } => format!(
            "La mise à jour de la base du schéma {from} au {to} a échoué\u{a0}; la base est restée telle quelle (copie préalable\u{a0}: {backup}, détails dans parcours.log)."
        ),
        Problem::OlderSchemaInUse { found, supported } => format!(
            "Cette base doit passer du schéma {found} au {supported}, ce qui demande qu’aucun autre parcours ne l’ait ouverte\u{a0}: fermez l’autre fenêtre, puis réessayez."
        ),
        Problem::NotADatabase(path) => {
            format!(
                "{path} n’est pas une base parcours lisible (fichier endommagé ou d’un autre type)\u{a0}; il n’a pas été modifié."
            )
        }
        Problem::FolderNotWritable(path) => {
            format!(
                "Impossible d’écrire dans le dossier de données {path}\u{a0}: vérifiez ses droits ou choisissez-en un autre avec --data-dir."
            )
        }
        Problem::UnknownPerson(key) => format!("Aucune personne « {key} » dans la base (voir parcours list)."),
        Problem::UnknownScreen(s) => {
            // The list comes from the screens `render` knows: it cannot fall behind them.
            let screens = crate::screen_names::SCREENS;
            let (last, rest) = screens.split_last().unwrap_or((&"", &[]));
            format!("Écran inconnu «\u{a0}{s}\u{a0}»\u{a0}: {} ou {last}.", rest.join(", "))
        }
        Problem::BadSize(s) => format!("Taille invalide « {s} »\u{a0}: attendu LARGEURxHAUTEUR, par exemple 120x36."),
        Problem::ScreenNeedsPerson(s) => format!("L’écran « {s} » demande --person (un identifiant ou un pseudonyme)."),
        Problem::InvalidJson(e) => format!("Fichier JSON invalide, {}.", super::case::json_problem(super::Lang::Fr, e)),
        Problem::WrongCaseFormat => "Ce fichier n’est pas un dossier exporté par parcours.".into(),
        Problem::NewerCaseVersion(v) => {
            format!("Ce dossier vient d’une version plus récente de parcours (format {v}).")
        }
        Problem::InvalidCase(e) => format!("Dossier refusé\u{a0}: {e}. Rien n’a été importé."),
        Problem::CannotRead(path, e) => format!("Impossible de lire {path}\u{a0}: {}.", io_reason_fr(e)),
        Problem::CannotWrite(path, e) => format!("Impossible d’écrire {path}\u{a0}: {}.", io_reason_fr(e)),
        Problem::BaseFile(path) => format!(
            "Refusé\u{a0}: «\u{a0}{path}\u{a0}» est un fichier de la base de parcours\u{a0}; choisissez une autre destination."
        ),
        Problem::NoDataDir => "Aucun dossier de données trouvé\u{a0}: indiquez-en un avec --data-dir.".into(),
        Problem::Refused => {
            "Enregistrement refusé\u{a0}: une règle de cohérence n’est pas respectée (les dates\u{a0}?).".into()
        }
        Problem::Missing => "Cet élément n’existe plus dans la base.".into(),
        Problem::Storage(e) => format!("Erreur de la base\u{a0}: {}.", storage_fault_fr(e)),
        Problem::Usage(e) => format!("{e} (voir parcours --help)."),
        // « M. R. » already ends the sentence: no second full stop.
        Problem::Imported { pseudonym, renamed_from: None } => {
            format!("Dossier importé\u{a0}: «\u{a0}{pseudonym}\u{a0}».")
        }
        Problem::Imported { pseudonym, renamed_from: Some(old) } => {
            format!("Dossier importé sous le pseudonyme « {pseudonym} » («\u{a0}{old}\u{a0}» existait déjà).")
        }
        Problem::BackupDone(path) => format!("Sauvegarde écrite\u{a0}: {path}"),
        Problem::CheckOk { version, persons } => {
            format!("Base intègre\u{a0}: schéma {version}, {persons} personne{}.", plural_fr(*persons))
        }
        Problem::CheckFailed(errors) => format!("Base endommagée\u{a0}: {}", errors.join("\u{a0}; ")),
        Problem::Migrated { from, to, backup } => {
            format!("Base mise à jour du schéma {from} au {to}\u{a0}; sauvegarde préalable\u{a0}: {backup}")
        }
        Problem::DemoLoaded(n) => format!("{n} situations fictives de démonstration ajoutées."),
        Problem::DemoAlreadyThere => "La démonstration est déjà chargée\u{a0}: rien n’a été ajouté.".into(),
        Problem::Generated(n) => format!("{n} personnes synthétiques générées."),
        Problem::ScreenshotsWritten(n, dir) => format!("{n} captures écrites dans {dir}."),
        Problem::ThemeUnreadable(name, e) => {
            format!("Thème «\u{a0}{name}\u{a0}» ignoré\u{a0}: {}\u{a0}; thème sombre utilisé.", io_reason_fr(e))
        }
        Problem::NoTerminal => {
            "parcours s’ouvre dans un terminal\u{a0}; ailleurs, utilisez ses commandes (parcours --help).".into()
        }
        Problem::Panic(log) => format!(
            "parcours a rencontré une erreur inattendue et s’est arrêté. Vos enregistrements sont intacts. Détails\u{a0}: {log}"
        ),
        Problem::UnknownTheme(name) => format!("Thème «\u{a0}{name}\u{a0}» inconnu\u{a0}; thème sombre utilisé."),
        Problem::InvalidTheme(name, reason) => {
            format!("Thème «\u{a0}{name}\u{a0}» ignoré ({})\u{a0}; thème sombre utilisé.", settings_fault_fr(reason))
        }
        Problem::KeymapSyntax { line, column } => format!(
            "keymap.toml illisible (ligne {line}, colonne {column})\u{a0}: les raccourcis par défaut sont utilisés."
        ),
        Problem::KeymapUnreadable(e) => {
            format!("keymap.toml ignoré\u{a0}: {}\u{a0}; les raccourcis par défaut sont utilisés.", io_reason_fr(e))
        }
        Problem::KeymapOutsideSection(name) => format!(
            "«\u{a0}{name}\u{a0}» est hors de toute section dans keymap.toml\u{a0}: ignoré\u{a0}; les autres raccourcis sont appliqués."
        ),
        Problem::KeymapUnknownKey { action, key } => {
            format!("Touche «\u{a0}{key}\u{a0}» inconnue pour «\u{a0}{action}\u{a0}» dans keymap.toml\u{a0}: ignorée.")
        }
        Problem::KeymapUnknownAction(name) => format!(
            "Action inconnue «\u{a0}{name}\u{a0}» dans keymap.toml\u{a0}: ignorée\u{a0}; les autres raccourcis sont appliqués."
        ),
        Problem::KeymapUnknownSection(name) => format!(
            "Section inconnue «\u{a0}{name}\u{a0}» dans keymap.toml\u{a0}: ignorée\u{a0}; les autres raccourcis sont appliqués."
        ),
        Problem::ConfigProblem(crate::input::ConfigIssue::NotUtf8) => {
            "config.toml ignoré\u{a0}: le fichier n’est pas en UTF-8 (enregistrez-le en UTF-8).".into()
        }
        Problem::ConfigProblem(crate::input::ConfigIssue::Unreadable(e)) => {
            format!("config.toml ignoré\u{a0}: {}.", io_reason_fr(e))
        }
        Problem::ConfigProblem(crate::input::ConfigIssue::Invalid(e)) => {
            format!("config.toml ignoré\u{a0}: {}.", settings_fault_fr(e))
        }
        Problem::InvalidVcard(e) => {
            format!("Fichier vCard refusé\u{a0}: {}. Rien n’a été importé.", vcard_reason_fr(e))
        }
        Problem::ContactsImported { imported, already } => format!(
            "{imported} partenaire{s} importé{s}, {already} déjà présent{t} dans l’annuaire.",
            s = plural_fr(*imported),
            t = plural_fr(*already)
        ),
        Problem::BadDate(s) => {
            format!("Date invalide «\u{a0}{s}\u{a0}»\u{a0}: attendu jj/mm/aaaa, par exemple 22/11/2026.")
        }
        Problem::IdentifiersFound(1) => {
            "1\u{a0}donnée identifiante trouvée\u{a0}: pseudonymisez-la avant de partager ce texte.".into()
        }
        Problem::IdentifiersFound(n) => {
            format!("{n}\u{a0}données identifiantes trouvées\u{a0}: pseudonymisez-les avant de partager ce texte.")
        }
        Problem::NoIdentifierFound => "Aucune donnée identifiante trouvée.".into(),
        Problem::IdentifiersInRecords(n, persons) => format!(
            "{n}\u{a0}donnée{s} identifiante{s} dans {persons}\u{a0}dossier{t} (ci-dessus)\u{a0}: pseudonymisez-les avant tout export.",
            s = plural_fr(*n),
            t = plural_fr(*persons)
        ),
        Problem::ExportRefused(n) => format!(
            "Export refusé\u{a0}: {n}\u{a0}donnée{s} identifiante{s} (ci-dessus). Pseudonymisez ces passages ou relancez avec --force.",
            s = plural_fr(*n)
        ),
    }
}

/// Why a .vcf file was refused, after « Fichier vCard refusé : ».
fn vcard_reason_fr(e: &crate::interchange::vcard::VcardError) -> String {
    use crate::interchange::vcard::VcardError as E;
    match e {
        E::Empty => "le fichier est vide".into(),
        E::TooLarge => "le fichier dépasse 64\u{a0}Mo".into(),
        E::Binary => "données binaires, ce n’est pas un fichier texte".into(),
        E::NotUtf8 { line } => {
            format!("ligne {line}\u{a0}: texte qui n’est pas en UTF-8 (enregistrez le fichier en UTF-8)")
        }
        E::NotVcard => "ce n’est pas un fichier vCard (il commence par BEGIN:VCARD)".into(),
        E::Unterminated { line } => {
            format!("la fiche commencée ligne {line} n’a pas de END:VCARD (fichier tronqué\u{a0}?)")
        }
        E::StrayEnd { line } => format!("ligne {line}\u{a0}: END:VCARD sans BEGIN:VCARD"),
        E::NoName { line } => format!("la fiche commencée ligne {line} n’a ni nom (FN) ni organisation (ORG)"),
        E::Charset { line, charset } => format!(
            "ligne {line}\u{a0}: jeu de caractères «\u{a0}{charset}\u{a0}» non pris en charge (seul l’UTF-8 l’est)"
        ),
        E::BadLine { line } => format!("ligne {line} illisible (attendu NOM:valeur)"),
        E::TooLong { line, property, chars, max } => format!(
            "ligne {line}\u{a0}: {property} de {} caractères pour {} au plus",
            super::case::grouped(super::Lang::Fr, *chars),
            super::case::grouped(super::Lang::Fr, *max)
        ),
    }
}

fn io_reason_fr(e: &super::IoReason) -> String {
    use super::IoReason as R;
    match e {
        R::NotFound => "fichier ou dossier introuvable".into(),
        R::PermissionDenied => "permission refusée".into(),
        R::IsADirectory => "c’est un dossier, pas un fichier".into(),
        R::NotADirectory => "une partie du chemin est un fichier, pas un dossier".into(),
        R::AlreadyExists => "un fichier de ce nom existe déjà".into(),
        R::NotUtf8 => "le fichier n’est pas en UTF-8 (enregistrez-le en UTF-8)".into(),
        R::ReadOnly => "disque en lecture seule".into(),
        R::DiskFull => "disque plein".into(),
        R::TooLarge(limit) => format!("le fichier dépasse la limite de {}\u{a0}Mo", limit / (1024 * 1024)),
        R::Other(Some(code)) => format!("erreur du système n°\u{a0}{code}"),
        R::Other(None) => "erreur du système".into(),
    }
}

fn storage_fault_fr(e: &super::StorageFault) -> String {
    use super::StorageFault as F;
    match e {
        F::DiskIo => "le disque n’a pas pu lire ou écrire (disque débranché ou défaillant\u{a0}?)".into(),
        F::ReadOnly => "la base ne peut pas être modifiée (fichier ou dossier en lecture seule)".into(),
        F::DiskFull => "disque plein".into(),
        F::Corrupt => "le fichier de la base est endommagé (parcours check, puis une sauvegarde)".into(),
        F::Busy => "la base est occupée par un autre programme, réessayez".into(),
        F::Constraint => "une règle de cohérence de la base refuse ce changement".into(),
        F::Io(reason) => io_reason_fr(reason),
        F::Other => "erreur inattendue de la base de données".into(),
    }
}

fn problem_en(p: &Problem) -> String {
    match p {
        Problem::AlreadyOpen => {
            "parcours is already open on this database (close the other window, then try again).".into()
        }
        Problem::NewerSchema { found, supported } => format!(
            "This database was written by a newer parcours (schema {found}, this version knows {supported}): update parcours. The database was not changed."
        ),
        Problem::MigrationFailed { from, to, backup } => format!(
            "Updating the database from schema {from} to {to} failed; the database was left as it was (copy taken before: {backup}, details in parcours.log)."
        ),
        Problem::OlderSchemaInUse { found, supported } => format!(
            "This database must go from schema {found} to {supported}, which needs no other parcours to have it open: close the other window, then try again."
        ),
        Problem::NotADatabase(path) => {
            format!("{path} is not a readable parcours database (damaged or another kind of file); it was not changed.")
        }
        Problem::FolderNotWritable(path) => {
            format!("Cannot write to the data folder {path}: check its permissions or choose another with --data-dir.")
        }
        Problem::UnknownPerson(key) => format!("No person « {key} » in the database (see parcours list)."),
        Problem::UnknownScreen(s) => {
            let screens = crate::screen_names::SCREENS;
            let (last, rest) = screens.split_last().unwrap_or((&"", &[]));
            format!("Unknown screen « {s} »: {} or {last}.", rest.join(", "))
        }
        Problem::BadSize(s) => format!("Invalid size « {s} »: expected WIDTHxHEIGHT, for example 120x36."),
        Problem::ScreenNeedsPerson(s) => format!("The « {s} » screen needs --person (an id or a pseudonym)."),
        Problem::InvalidJson(e) => format!("Invalid JSON file, {}.", super::case::json_problem(super::Lang::En, e)),
        Problem::WrongCaseFormat => "This file is not a case exported by parcours.".into(),
        Problem::NewerCaseVersion(v) => format!("This case comes from a newer parcours (format {v})."),
        Problem::InvalidCase(e) => format!("Case refused: {e}. Nothing was imported."),
        Problem::CannotRead(path, e) => format!("Cannot read {path}: {}.", io_reason_en(e)),
        Problem::CannotWrite(path, e) => format!("Cannot write {path}: {}.", io_reason_en(e)),
        Problem::BaseFile(path) => {
            format!("Refused: “{path}” is a file of the parcours database; choose another destination.")
        }
        Problem::NoDataDir => "No data folder found: give one with --data-dir.".into(),
        Problem::Refused => "Not saved: a consistency rule is broken (the dates?).".into(),
        Problem::Missing => "This item no longer exists in the database.".into(),
        Problem::Storage(e) => format!("Database error: {}.", storage_fault_en(e)),
        Problem::Usage(e) => format!("{e} (see parcours --help)."),
        Problem::Imported { pseudonym, renamed_from: None } => format!("Case imported: “{pseudonym}”."),
        Problem::Imported { pseudonym, renamed_from: Some(old) } => {
            format!("Case imported under the pseudonym « {pseudonym} » (« {old} » already existed).")
        }
        Problem::BackupDone(path) => format!("Backup written: {path}"),
        Problem::CheckOk { version, persons } => {
            format!("Database sound: schema {version}, {persons} person{}.", plural_en(*persons))
        }
        Problem::CheckFailed(errors) => format!("Database damaged: {}", errors.join("; ")),
        Problem::Migrated { from, to, backup } => {
            format!("Database upgraded from schema {from} to {to}; backup taken first: {backup}")
        }
        Problem::DemoLoaded(n) => format!("{n} fictitious demo situations added."),
        Problem::DemoAlreadyThere => "The demo is already loaded: nothing was added.".into(),
        Problem::Generated(n) => format!("{n} synthetic persons generated."),
        Problem::ScreenshotsWritten(n, dir) => format!("{n} screenshots written to {dir}."),
        Problem::ThemeUnreadable(name, e) => format!("Theme « {name} » ignored: {}; dark theme used.", io_reason_en(e)),
        Problem::NoTerminal => "parcours opens in a terminal; elsewhere, use its commands (parcours --help).".into(),
        Problem::Panic(log) => {
            format!("parcours hit an unexpected error and stopped. Your saved records are intact. Details: {log}")
        }
        Problem::UnknownTheme(name) => format!("Unknown theme « {name} »; dark theme used."),
        Problem::InvalidTheme(name, reason) => {
            format!("Theme « {name} » ignored ({}); dark theme used.", settings_fault_en(reason))
        }
        Problem::KeymapSyntax { line, column } => {
            format!("keymap.toml cannot be read (line {line}, column {column}): the default keys apply.")
        }
        Problem::KeymapUnreadable(e) => format!("keymap.toml ignored: {}; the default keys apply.", io_reason_en(e)),
        Problem::KeymapOutsideSection(name) => {
            format!("« {name} » is outside every section in keymap.toml: ignored; the other key bindings apply.")
        }
        Problem::KeymapUnknownKey { action, key } => {
            format!("Unknown key « {key} » for « {action} » in keymap.toml: ignored.")
        }
        Problem::KeymapUnknownAction(name) => {
            format!("Unknown action « {name} » in keymap.toml: ignored; the other key bindings apply.")
        }
        Problem::KeymapUnknownSection(name) => {
            format!("Unknown section « {name} » in keymap.toml: ignored; the other key bindings apply.")
        }
        Problem::ConfigProblem(crate::input::ConfigIssue::NotUtf8) => {
            "config.toml ignored: the file is not UTF-8 (save it as UTF-8).".into()
        }
        Problem::ConfigProblem(crate::input::ConfigIssue::Unreadable(e)) => {
            format!("config.toml ignored: {}.", io_reason_en(e))
        }
        Problem::ConfigProblem(crate::input::ConfigIssue::Invalid(e)) => {
            format!("config.toml ignored: {}.", settings_fault_en(e))
        }
        Problem::InvalidVcard(e) => format!("vCard file refused: {}. Nothing was imported.", vcard_reason_en(e)),
        Problem::ContactsImported { imported, already } => format!(
            "{imported} partner{s} imported, {already} already in the directory.",
            s = if *imported == 1 { "" } else { "s" }
        ),
        Problem::BadDate(s) => format!("Invalid date « {s} »: expected dd/mm/yyyy, for example 22/11/2026."),
        Problem::IdentifiersFound(1) => "1 identifying item found: pseudonymise it before sharing this text.".into(),
        Problem::IdentifiersFound(n) => {
            format!("{n} identifying items found: pseudonymise them before sharing this text.")
        }
        Problem::NoIdentifierFound => "No identifying item found.".into(),
        Problem::IdentifiersInRecords(n, persons) => format!(
            "{n} identifying item{s} in {persons} case{t} (above): pseudonymise them before any export.",
            s = if *n == 1 { "" } else { "s" },
            t = if *persons == 1 { "" } else { "s" }
        ),
        Problem::ExportRefused(n) => format!(
            "Export refused: {n} identifying item{s} (above). Pseudonymise these passages or run again with --force.",
            s = if *n == 1 { "" } else { "s" }
        ),
    }
}

/// Why a .vcf file was refused, after « vCard file refused: ».
fn vcard_reason_en(e: &crate::interchange::vcard::VcardError) -> String {
    use crate::interchange::vcard::VcardError as E;
    match e {
        E::Empty => "the file is empty".into(),
        E::TooLarge => "the file is larger than 64 MB".into(),
        E::Binary => "binary data, not a text file".into(),
        E::NotUtf8 { line } => format!("line {line}: text that is not UTF-8 (save the file as UTF-8)"),
        E::NotVcard => "not a vCard file (one begins with BEGIN:VCARD)".into(),
        E::Unterminated { line } => format!("the card begun on line {line} has no END:VCARD (truncated file?)"),
        E::StrayEnd { line } => format!("line {line}: END:VCARD without BEGIN:VCARD"),
        E::NoName { line } => {
            format!("the card begun on line {line} has neither a name (FN) nor an organisation (ORG)")
        }
        E::Charset { line, charset } => {
            format!("line {line}: character set « {charset} » not supported (only UTF-8 is)")
        }
        E::BadLine { line } => format!("line {line} unreadable (expected NAME:value)"),
        E::TooLong { line, property, chars, max } => format!(
            "line {line}: {property} of {} characters where {} at most fit",
            super::case::grouped(super::Lang::En, *chars),
            super::case::grouped(super::Lang::En, *max)
        ),
    }
}

fn io_reason_en(e: &super::IoReason) -> String {
    use super::IoReason as R;
    match e {
        R::NotFound => "no such file or folder".into(),
        R::PermissionDenied => "permission denied".into(),
        R::IsADirectory => "it is a folder, not a file".into(),
        R::NotADirectory => "a part of the path is a file, not a folder".into(),
        R::AlreadyExists => "a file of that name already exists".into(),
        R::NotUtf8 => "the file is not UTF-8 (save it as UTF-8)".into(),
        R::ReadOnly => "read-only disk".into(),
        R::DiskFull => "disk full".into(),
        R::TooLarge(limit) => format!("the file is larger than the {} MB limit", limit / (1024 * 1024)),
        R::Other(Some(code)) => format!("system error {code}"),
        R::Other(None) => "system error".into(),
    }
}

fn storage_fault_en(e: &super::StorageFault) -> String {
    use super::StorageFault as F;
    match e {
        F::DiskIo => "the disk could not read or write (unplugged or failing disk?)".into(),
        F::ReadOnly => "the database cannot be changed (read-only file or folder)".into(),
        F::DiskFull => "disk full".into(),
        F::Corrupt => "the database file is damaged (parcours check, then a backup)".into(),
        F::Busy => "another program holds the database, try again".into(),
        F::Constraint => "a consistency rule of the database refuses this change".into(),
        F::Io(reason) => io_reason_en(reason),
        F::Other => "unexpected database error".into(),
    }
}

/// What clap found wrong on the command line (its own words are English).
pub fn usage_fault(lang: Lang, kind: clap::error::ErrorKind) -> &'static str {
    use clap::error::ErrorKind as K;
    match (lang, kind) {
        (Lang::Fr, K::InvalidSubcommand) => "Commande inconnue",
        (Lang::Fr, K::UnknownArgument) => "Option inconnue",
        (Lang::Fr, K::InvalidValue) | (Lang::Fr, K::ValueValidation) => "Valeur invalide",
        (Lang::Fr, K::MissingRequiredArgument) => "Argument obligatoire manquant",
        (Lang::Fr, K::MissingSubcommand) => "Commande manquante",
        (Lang::Fr, _) => "Arguments invalides",
        (Lang::En, K::InvalidSubcommand) => "Unknown command",
        (Lang::En, K::UnknownArgument) => "Unknown option",
        (Lang::En, K::InvalidValue) | (Lang::En, K::ValueValidation) => "Invalid value",
        (Lang::En, K::MissingRequiredArgument) => "Missing required argument",
        (Lang::En, K::MissingSubcommand) => "Missing command",
        (Lang::En, _) => "Invalid arguments",
    }
}

/// The command line's value names (« <MOTS> », « --person <PERSONNE> ») as `lang` says them: they
/// are declared in French, the help's language.
pub fn value_names(lang: Lang, said: &str) -> String {
    const ENGLISH: [(&str, &str); 11] = [
        ("<DOSSIER>", "<FOLDER>"),
        ("<FICHIER>", "<FILE>"),
        ("<GRAINE>", "<SEED>"),
        ("<LANGUE>", "<LANGUAGE>"),
        ("<MOTS>", "<WORDS>"),
        ("<NOMBRE>", "<NUMBER>"),
        ("<NOM>", "<NAME>"),
        ("<PERSONNE>", "<PERSON>"),
        ("<PSEUDONYME>", "<PSEUDONYM>"),
        ("<TAILLE>", "<SIZE>"),
        ("<TEXTE>", "<TEXT>"),
    ];
    match lang {
        Lang::Fr => said.to_string(),
        Lang::En => ENGLISH.iter().fold(said.to_string(), |s, (fr, en)| s.replace(fr, en)),
    }
}

/// Why a settings file was not followed, after « config.toml ignoré : » or in a theme's note.
fn settings_fault_fr(f: &SettingsFault) -> String {
    match f {
        SettingsFault::Syntax { line, column } => {
            format!(
                "ligne {line}, colonne {column}, ce n’est pas du TOML (un guillemet, un crochet ou un signe «\u{a0}=\u{a0}» manque\u{a0}?)"
            )
        }
        SettingsFault::UnknownKey { line, column, key } => {
            format!("ligne {line}, colonne {column}, clé inconnue «\u{a0}{key}\u{a0}»")
        }
        SettingsFault::WrongValue { line, column } => {
            format!(
                "ligne {line}, colonne {column}, la valeur n’est pas du type attendu (un texte entre guillemets, une liste…)"
            )
        }
        SettingsFault::MissingKey(key) => format!("la clé «\u{a0}{key}\u{a0}» manque"),
        SettingsFault::CircularParent => "héritage circulaire".into(),
        SettingsFault::UnknownRole(role) => format!("rôle inconnu «\u{a0}{role}\u{a0}»"),
        SettingsFault::InvalidColour(colour) => format!("couleur invalide «\u{a0}{colour}\u{a0}»"),
    }
}

fn settings_fault_en(f: &SettingsFault) -> String {
    match f {
        SettingsFault::Syntax { line, column } => {
            format!("line {line}, column {column}, this is not TOML (a quote, a bracket or an “=” missing?)")
        }
        SettingsFault::UnknownKey { line, column, key } => format!("line {line}, column {column}, unknown key “{key}”"),
        SettingsFault::WrongValue { line, column } => {
            format!("line {line}, column {column}, the value is not of the expected kind (a quoted text, a list…)")
        }
        SettingsFault::MissingKey(key) => format!("the key “{key}” is missing"),
        SettingsFault::CircularParent => "circular inheritance".into(),
        SettingsFault::UnknownRole(role) => format!("unknown role “{role}”"),
        SettingsFault::InvalidColour(colour) => format!("invalid colour “{colour}”"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_english_usage_error_names_the_value_in_english() {
        assert_eq!(value_names(Lang::En, "<MOTS>..."), "<WORDS>...");
        assert_eq!(value_names(Lang::En, "--person <PERSONNE>"), "--person <PERSON>");
        assert_eq!(value_names(Lang::Fr, "<MOTS>"), "<MOTS>");
    }

    #[test]
    fn a_broken_settings_file_is_said_without_the_toml_readers_english() {
        let config = |text: &str| match toml::from_str::<crate::config::Config>(text) {
            Err(e) => SettingsFault::of_toml(text, &e),
            Ok(_) => panic!("{text} read"),
        };
        assert_eq!(
            config("lang = \"fr\"\nlangue = 3\n"),
            SettingsFault::UnknownKey { line: 2, column: 1, key: "langue".into() }
        );
        let wrong = config("lang = 3\n");
        assert!(matches!(wrong, SettingsFault::WrongValue { line: 1, .. }), "{wrong:?}");
        assert!(matches!(config("lang = \n"), SettingsFault::Syntax { line: 1, .. }));
        for e in [config("langue = 3\n"), config("lang = 3\n"), config("[lang\n")] {
            let said = problem(Lang::Fr, &Problem::ConfigProblem(crate::input::ConfigIssue::Invalid(e)));
            for english in ["unknown field", "invalid type", "expected", "TOML parse error"] {
                assert!(!said.contains(english), "{said}");
            }
        }
    }

    #[test]
    fn sqlite_and_system_errors_become_sentences_without_their_english() {
        use rusqlite::ffi;
        let sql = |code| {
            crate::store::StoreError::Sql(rusqlite::Error::SqliteFailure(
                ffi::Error::new(code),
                Some("disk I/O error".into()),
            ))
        };
        let io = |kind| crate::store::StoreError::Io(std::io::Error::new(kind, "File exists (os error 17)"));
        let cases = [
            (sql(ffi::SQLITE_IOERR), StorageFault::DiskIo),
            (sql(ffi::SQLITE_READONLY), StorageFault::ReadOnly),
            (sql(ffi::SQLITE_FULL), StorageFault::DiskFull),
            (sql(ffi::SQLITE_CORRUPT), StorageFault::Corrupt),
            (sql(ffi::SQLITE_BUSY), StorageFault::Busy),
            (sql(ffi::SQLITE_MISUSE), StorageFault::Other),
            (io(std::io::ErrorKind::AlreadyExists), StorageFault::Io(IoReason::AlreadyExists)),
            (io(std::io::ErrorKind::InvalidData), StorageFault::Io(IoReason::NotUtf8)),
            (io(std::io::ErrorKind::NotADirectory), StorageFault::Io(IoReason::NotADirectory)),
        ];
        for (e, fault) in cases {
            assert_eq!(StorageFault::of(&e), fault, "{e}");
            for lang in [Lang::Fr, Lang::En] {
                let said = problem(lang, &Problem::Storage(fault.clone()));
                for english in ["disk I/O", "os error", "File exists", "readonly", "Io(", "Other"] {
                    assert!(!said.contains(english), "{said}");
                }
            }
        }
    }
}
