//! Opening the database: private folder, one instance at a time, refusal of what is not ours or too
//! new, backup before a migration. Nothing is written to a file until it is known to be ours.

use std::fs::{File, TryLockError};
use std::io::Read;
use std::path::{Path, PathBuf};
use std::time::Duration;

use rusqlite::{Connection, ErrorCode, OpenFlags};

use super::error::{io_in, sql_in};
use super::files::{BACKUP_DIR, LOCK_FILE, create_new_private, create_private_dir, make_folder_private, open_private};
use super::schema::{self, MIGRATIONS};
use super::{DB_FILE, MigrationReport, Store, StoreError, backup};

const SQLITE_HEADER: &[u8; 16] = b"SQLite format 3\0";
const BUSY_TIMEOUT: Duration = Duration::from_secs(5);

impl Store {
    /// Opens (or creates) the database of `data_dir`, migrating it if it is of an older schema.
    pub fn open(data_dir: &Path) -> Result<Store, StoreError> {
        open_with(data_dir, MIGRATIONS)
    }

    /// Opens the database of `data_dir` for reading only. While no other parcours has it open, this
    /// is [`Store::open`] (the database is created or migrated, the lock held until the end); while
    /// another one writes to it, a read-only connection on one consistent snapshot, which never
    /// writes and refuses a schema other than this build's.
    pub fn open_reader(data_dir: &Path) -> Result<Reader, StoreError> {
        open_reader_with(data_dir, MIGRATIONS)
    }

    /// A fresh database in memory: tests, `render`, screenshots.
    pub fn open_in_memory() -> Result<Store, StoreError> {
        let mut conn = Connection::open_in_memory()?;
        conn.pragma_update(None, "foreign_keys", "ON")?;
        schema::migrate(&mut conn, MIGRATIONS)?;
        Ok(Store { conn, path: None, migration: None, _lock: None })
    }
}

/// A database opened for reading: it gives a `&Store` and never a `&mut Store`, so a command that
/// holds one cannot write (every write of the store takes `&mut self`).
#[derive(Debug)]
pub struct Reader(Store);

impl std::ops::Deref for Reader {
    type Target = Store;

    fn deref(&self) -> &Store {
        &self.0
    }
}

impl Reader {
    /// The store itself, for the screens `render` draws into text: they load, they do not save.
    /// While another parcours writes, its connection is read-only all the same.
    pub fn into_store(self) -> Store {
        self.0
    }
}

pub(crate) fn open_reader_with(data_dir: &Path, migrations: &[&str]) -> Result<Reader, StoreError> {
    match open_with(data_dir, migrations) {
        Err(StoreError::AlreadyOpen { .. }) => open_read_only(data_dir, migrations.len() as i64).map(Reader),
        other => other.map(Reader),
    }
}

/// Reading beside the parcours that holds the lock: SQLite's WAL lets a reader see the last
/// committed state while another connection writes. Nothing here writes to the database.
fn open_read_only(data_dir: &Path, supported: i64) -> Result<Store, StoreError> {
    // The parcours that holds the lock made the folder private when it opened it.
    let db = data_dir.join(DB_FILE);
    let flags = OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX;
    let conn = Connection::open_with_flags(&db, flags).map_err(|e| sql_in(data_dir, &db, e))?;
    conn.busy_timeout(BUSY_TIMEOUT)?;
    // One read transaction for the whole command: an export does not mix two states of a case
    // the other window is saving.
    conn.execute_batch("BEGIN").map_err(|e| sql_in(data_dir, &db, e))?;
    let probe = check(&db, read_probe(&conn).map_err(|e| sql_in(data_dir, &db, e))?, supported)?;
    if probe.version < supported {
        return Err(StoreError::OlderSchemaInUse { found: probe.version, supported });
    }
    Ok(Store { conn, path: Some(db), migration: None, _lock: None })
}

/// What the file says before we write anything to it.
struct Probe {
    version: i64,
    tables: i64,
}

pub(crate) fn open_with(data_dir: &Path, migrations: &[&str]) -> Result<Store, StoreError> {
    create_private_dir(data_dir).map_err(|e| match e.kind() {
        // A regular file where the folder, or one of its parents, should be: the folder is unusable.
        std::io::ErrorKind::AlreadyExists | std::io::ErrorKind::NotADirectory => {
            StoreError::FolderNotWritable { path: data_dir.to_path_buf() }
        }
        _ => io_in(data_dir, e),
    })?;
    let lock = take_lock(data_dir)?;
    let db = data_dir.join(DB_FILE);
    let supported = migrations.len() as i64;

    let probe = match probe(data_dir, &db)? {
        Some(probe) => Some(check(&db, probe, supported)?),
        None => None,
    };
    if !db.exists() {
        create_new_private(&db).map_err(|e| io_in(data_dir, e))?;
    }
    let flags = OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX;
    let mut conn = Connection::open_with_flags(&db, flags).map_err(|e| sql_in(data_dir, &db, e))?;
    conn.busy_timeout(BUSY_TIMEOUT)?;
    // The probe may have been inconclusive (a journal to roll back needs a writable connection):
    // the checks are repeated here, still before the first write.
    let current = match probe {
        Some(p) => p,
        None => check(&db, read_probe(&conn).map_err(|e| sql_in(data_dir, &db, e))?, supported)?,
    };

    let mode: String = conn
        .pragma_update_and_check(None, "journal_mode", "WAL", |r| r.get(0))
        .map_err(|e| sql_in(data_dir, &db, e))?;
    if !mode.eq_ignore_ascii_case("wal") {
        return Err(StoreError::Invalid(format!("journal mode stays {mode}")));
    }
    conn.pragma_update(None, "foreign_keys", "ON")?;
    conn.pragma_update(None, "synchronous", "NORMAL")?;
    make_folder_private(data_dir).map_err(|e| io_in(data_dir, e))?;

    let migration = if current.version > 0 && current.version < supported {
        let from = current.version;
        let backup = backup_before_migration(&conn, data_dir, from)?;
        if let Err(e) = schema::migrate(&mut conn, migrations) {
            // The screen says one sentence; the log keeps the kind of failure, never SQL or text.
            let event = crate::log::LogEvent::MigrationFailed { from, to: supported, category: (&e).into() };
            crate::log::append(&data_dir.join(crate::log::LOG_FILE), &event);
            return Err(StoreError::MigrationFailed { from, to: supported, backup });
        }
        Some(MigrationReport { from, to: supported, backup: Some(backup) })
    } else {
        schema::migrate(&mut conn, migrations)?;
        None
    };
    Ok(Store { conn, path: Some(db), migration, _lock: Some(lock) })
}

/// How long a lock held by someone else is waited for before the base is said to be open elsewhere.
/// A process being started by this one holds a copy of every open file for the instant between its
/// fork and its exec, the lock of a store just closed included: without this grace, a command run
/// right after another closes the base is told, now and then, that parcours is already open.
const LOCK_GRACE: Duration = Duration::from_millis(100);
const LOCK_RETRY: Duration = Duration::from_millis(5);

fn take_lock(data_dir: &Path) -> Result<File, StoreError> {
    let lock = open_private(&data_dir.join(LOCK_FILE)).map_err(|e| io_in(data_dir, e))?;
    let started = std::time::Instant::now();
    loop {
        match lock.try_lock() {
            Ok(()) => return Ok(lock),
            Err(TryLockError::WouldBlock) if started.elapsed() < LOCK_GRACE => std::thread::sleep(LOCK_RETRY),
            Err(TryLockError::WouldBlock) => return Err(StoreError::AlreadyOpen { path: data_dir.to_path_buf() }),
            Err(TryLockError::Error(e)) => return Err(io_in(data_dir, e)),
        }
    }
}

/// Reads schema version and table count of an existing file through a read-only connection, so that
/// a file that is not ours, or is too new, is never modified. `None` when nothing could be concluded
/// without writing.
fn probe(data_dir: &Path, db: &Path) -> Result<Option<Probe>, StoreError> {
    let len = match std::fs::metadata(db) {
        Ok(meta) => meta.len(),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Some(Probe { version: 0, tables: 0 })),
        Err(e) => return Err(io_in(data_dir, e)),
    };
    if len == 0 {
        // SQLite treats an empty file as an empty database; so do we.
        return Ok(Some(Probe { version: 0, tables: 0 }));
    }
    let mut header = [0u8; 16];
    let read = File::open(db).and_then(|mut f| f.read_exact(&mut header));
    match read {
        Ok(()) if &header == SQLITE_HEADER => {}
        Ok(()) => return Err(StoreError::NotADatabase { path: db.to_path_buf() }),
        Err(e) if e.kind() == std::io::ErrorKind::UnexpectedEof => {
            return Err(StoreError::NotADatabase { path: db.to_path_buf() });
        }
        Err(e) => return Err(io_in(data_dir, e)),
    }
    let flags = OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX;
    let conn = Connection::open_with_flags(db, flags).map_err(|e| sql_in(data_dir, db, e))?;
    conn.busy_timeout(BUSY_TIMEOUT)?;
    match read_probe(&conn) {
        Ok(p) => Ok(Some(p)),
        Err(e) if matches!(e.sqlite_error_code(), Some(ErrorCode::ReadOnly)) => Ok(None),
        Err(e) => Err(sql_in(data_dir, db, e)),
    }
}

fn read_probe(conn: &Connection) -> rusqlite::Result<Probe> {
    // Counting the schema reads page 1 and the schema table: a damaged file fails here.
    let tables = conn.query_row("SELECT count(*) FROM sqlite_schema", [], |r| r.get(0))?;
    Ok(Probe { version: schema::user_version(conn)?, tables })
}

fn check(db: &Path, probe: Probe, supported: i64) -> Result<Probe, StoreError> {
    if probe.version > supported {
        return Err(StoreError::NewerSchema { found: probe.version, supported });
    }
    if probe.version < 0 || (probe.version == 0 && probe.tables > 0) {
        // Another program's SQLite file: adding our tables to it would damage both.
        return Err(StoreError::NotADatabase { path: db.to_path_buf() });
    }
    Ok(probe)
}

/// A copy of the database as it is, before it is migrated from schema `from`. A migration that
/// failed left the database as it was: when it is retried, the copy of the earlier attempt, if
/// identical, is the one kept, rather than one more copy at every attempt.
fn backup_before_migration(conn: &Connection, data_dir: &Path, from: i64) -> Result<PathBuf, StoreError> {
    let dir = data_dir.join(BACKUP_DIR);
    create_private_dir(&dir).map_err(|e| io_in(&dir, e))?;
    let prefix = format!("parcours-avant-migration-v{from}-");
    let stamp = chrono::Local::now().format("%Y%m%d-%H%M%S");
    let mut dest = dir.join(format!("{prefix}{stamp}.db"));
    // Two migrations within one second (a failed one retried): never overwrite the first backup.
    let mut n = 2;
    while dest.exists() {
        dest = dir.join(format!("{prefix}{stamp}-{n}.db"));
        n += 1;
    }
    backup::copy_database(conn, &dest)?;
    let earlier = std::fs::read_dir(&dir).map_err(|e| io_in(&dir, e))?.flatten().map(|entry| entry.path()).find(|p| {
        *p != dest
            && p.file_name().and_then(|n| n.to_str()).is_some_and(|n| n.starts_with(&prefix))
            && same_content(p, &dest).unwrap_or(false)
    });
    match earlier {
        Some(earlier) => {
            std::fs::remove_file(&dest).map_err(|e| io_in(&dir, e))?;
            Ok(earlier)
        }
        None => Ok(dest),
    }
}

fn same_content(a: &Path, b: &Path) -> std::io::Result<bool> {
    if std::fs::metadata(a)?.len() != std::fs::metadata(b)?.len() {
        return Ok(false);
    }
    let (mut a, mut b) = (std::io::BufReader::new(File::open(a)?), std::io::BufReader::new(File::open(b)?));
    let (mut x, mut y) = ([0u8; 8192], [0u8; 8192]);
    loop {
        let n = a.read(&mut x)?;
        if n == 0 {
            return Ok(true);
        }
        b.read_exact(&mut y[..n])?;
        if x[..n] != y[..n] {
            return Ok(false);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::files::side_files;
    use super::*;

    const NEXT: &str = "CREATE TABLE later_addition (id INTEGER PRIMARY KEY);";

    fn one_person_at_the_latest_schema(dir: &Path, pseudonym: &str) {
        let mut store = open_with(dir, MIGRATIONS).unwrap();
        let mut p = crate::domain::person::Person::new_draft(chrono::NaiveDate::from_ymd_opt(2026, 1, 5).unwrap());
        p.pseudonym = pseudonym.into();
        store.insert_person(&p).unwrap();
    }

    #[test]
    fn an_older_schema_is_backed_up_then_migrated() {
        let dir = tempfile::tempdir().unwrap();
        one_person_at_the_latest_schema(dir.path(), "Mme A.");

        let mut next = MIGRATIONS.to_vec();
        next.push(NEXT);
        let store = open_with(dir.path(), &next).unwrap();
        let report = store.last_migration().unwrap().clone();
        assert_eq!((report.from, report.to), (LATEST, LATEST + 1));
        assert_eq!(store.schema_version().unwrap(), LATEST + 1);
        let backup = report.backup.unwrap();
        let name = backup.file_name().unwrap().to_string_lossy().into_owned();
        assert!(name.starts_with(&format!("parcours-avant-migration-v{LATEST}-")), "{name}");
        assert_eq!(backup.parent().unwrap(), dir.path().join(BACKUP_DIR));
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            assert_eq!(std::fs::metadata(&backup).unwrap().permissions().mode() & 0o777, 0o600);
        }
        let old = Connection::open(&backup).unwrap();
        assert_eq!(schema::user_version(&old).unwrap(), LATEST);
        let n: i64 = old.query_row("SELECT count(*) FROM person", [], |r| r.get(0)).unwrap();
        assert_eq!(n, 1);
        drop(store);

        // Reopened at the new version: nothing more to migrate, no new backup.
        let store = open_with(dir.path(), &next).unwrap();
        assert!(store.last_migration().is_none());
        assert_eq!(std::fs::read_dir(dir.path().join(BACKUP_DIR)).unwrap().count(), 1);
    }

    #[test]
    fn a_foreign_sqlite_file_is_not_taken_over() {
        let dir = tempfile::tempdir().unwrap();
        let db = dir.path().join(DB_FILE);
        Connection::open(&db).unwrap().execute_batch("CREATE TABLE contacts (name TEXT);").unwrap();
        let before = std::fs::read(&db).unwrap();
        assert!(matches!(Store::open(dir.path()), Err(StoreError::NotADatabase { .. })));
        assert_eq!(std::fs::read(&db).unwrap(), before);
    }

    #[cfg(unix)]
    #[test]
    fn a_base_made_readable_by_others_is_private_again_once_opened() {
        use std::os::unix::fs::PermissionsExt;
        let mode = |p: &Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
        let chmod = |p: &Path, m: u32| std::fs::set_permissions(p, std::fs::Permissions::from_mode(m)).unwrap();
        let dir = tempfile::tempdir().unwrap();
        let data = dir.path().join("donnees");
        let store = Store::open(&data).unwrap();
        store.backup_to_folder().unwrap();
        drop(store);
        crate::log::append(&data.join(crate::log::LOG_FILE), &crate::log::LogEvent::Panic(None));
        let backup = std::fs::read_dir(data.join(BACKUP_DIR)).unwrap().next().unwrap().unwrap().path();
        let files = [data.join(DB_FILE), data.join(LOCK_FILE), data.join(crate::log::LOG_FILE), backup];
        for f in &files {
            chmod(f, 0o644);
        }
        chmod(&data.join(BACKUP_DIR), 0o755);
        chmod(&data, 0o755);

        let store = Store::open(&data).unwrap();
        assert_eq!(mode(&data), 0o700);
        assert_eq!(mode(&data.join(BACKUP_DIR)), 0o700);
        for f in files.iter().chain(&side_files(&data.join(DB_FILE))) {
            assert_eq!(mode(f), 0o600, "{}", f.display());
        }
        drop(store);
    }

    #[test]
    fn a_reader_beside_a_writer_refuses_another_schema_and_never_writes() {
        let dir = tempfile::tempdir().unwrap();
        let mut next = MIGRATIONS.to_vec();
        next.push(NEXT);
        let writer = open_with(dir.path(), MIGRATIONS).unwrap();
        let db = dir.path().join(DB_FILE);
        let before = std::fs::read(&db).unwrap();
        // A newer parcours cannot migrate while this one writes: it says so, and changes nothing.
        assert!(matches!(
            open_reader_with(dir.path(), &next),
            Err(StoreError::OlderSchemaInUse { found: LATEST, supported }) if supported == LATEST + 1
        ));
        let reader = open_reader_with(dir.path(), MIGRATIONS).unwrap();
        assert_eq!(reader.schema_version().unwrap(), LATEST);
        drop(reader);
        assert_eq!(std::fs::read(&db).unwrap(), before);
        drop(writer);

        let writer = open_with(dir.path(), &next).unwrap();
        assert!(matches!(open_reader_with(dir.path(), MIGRATIONS), Err(StoreError::NewerSchema { .. })));
        drop(writer);
    }

    #[test]
    fn a_failed_migration_says_one_sentence_logs_no_text_and_keeps_one_backup() {
        let dir = tempfile::tempdir().unwrap();
        one_person_at_the_latest_schema(dir.path(), "Mme Secret");
        let broken = format!(
            "CREATE TABLE later_addition (id INTEGER);\n{}\nINSERT INTO nowhere SELECT pseudonym FROM person;\nSELEC oops;",
            "-- a long migration\n".repeat(70)
        );
        let mut next = MIGRATIONS.to_vec();
        next.push(&broken);

        let mut backups = Vec::new();
        for _ in 0..3 {
            match open_with(dir.path(), &next) {
                Err(StoreError::MigrationFailed { from, to, backup }) => {
                    assert_eq!((from, to), (LATEST, LATEST + 1));
                    backups.push(backup);
                }
                other => panic!("expected MigrationFailed, got {:?}", other.map(|_| ())),
            }
        }
        assert!(backups.iter().all(|b| *b == backups[0]), "{backups:?}");
        assert_eq!(std::fs::read_dir(dir.path().join(BACKUP_DIR)).unwrap().count(), 1);

        let e = StoreError::MigrationFailed { from: LATEST, to: LATEST + 1, backup: backups[0].clone() };
        let sentence = crate::i18n::problem(crate::i18n::Lang::Fr, &crate::i18n::store_problem(&e));
        assert_eq!(sentence.lines().count(), 1, "{sentence}");
        assert!(sentence.contains(&format!("du schéma {LATEST} au {}", LATEST + 1)), "{sentence}");
        assert!(sentence.contains("restée telle quelle") && sentence.contains(&backups[0].display().to_string()));

        let log = std::fs::read_to_string(dir.path().join(crate::log::LOG_FILE)).unwrap();
        assert_eq!(log.lines().count(), 3, "{log}");
        assert!(log.contains(&format!("migration v{LATEST} -> v{} failed", LATEST + 1)), "{log}");
        for secret in ["Mme Secret", "nowhere", "SELEC", "later_addition"] {
            assert!(!log.contains(secret), "{secret} in {log}");
        }

        // Left as it was: the same schema, the same person, and a later good migration goes through.
        let mut fixed = MIGRATIONS.to_vec();
        fixed.push(NEXT);
        let store = open_with(dir.path(), &fixed).unwrap();
        assert_eq!(store.schema_version().unwrap(), LATEST + 1);
        assert_eq!(store.persons(true).unwrap().len(), 1);
    }

    const LATEST: i64 = schema::LATEST_SCHEMA;
}
