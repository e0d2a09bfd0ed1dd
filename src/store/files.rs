//! Folders and files private to the user (0700 / 0600): the database holds accounts of people's lives.

use std::fs::{File, OpenOptions};
use std::io;
use std::path::{Path, PathBuf};

use super::StoreError;
use crate::log::LOG_FILE;

pub(crate) const LOCK_FILE: &str = "parcours.lock";
pub(crate) const BACKUP_DIR: &str = "backups";

/// Creates `dir` and its missing parents, private to the user; an existing `dir` is made private
/// again (no rights for group and others): it holds the database, whatever rights it was given
/// since. The owner's own rights are left: a folder made read-only stays refused as such.
pub(crate) fn create_private_dir(dir: &Path) -> io::Result<()> {
    let mut builder = std::fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::DirBuilderExt;
        builder.mode(0o700);
    }
    builder.create(dir)?;
    make_private(dir)
}

/// The files of a data folder that are parcours's own, backups aside: the database, its side
/// files, the lock and the log. Made private on every open; never the target of an export.
fn own_files(data_dir: &Path) -> [std::path::PathBuf; 6] {
    let db = data_dir.join(super::DB_FILE);
    let [wal, shm] = side_files(&db);
    [with_suffix(&db, "-journal"), db, wal, shm, data_dir.join(LOCK_FILE), data_dir.join(LOG_FILE)]
}

/// Makes the database, its side files, the lock, the log and the backups of `data_dir` private
/// to the user again: a `chmod 644` or a copy with other rights does not outlive the next open.
pub(crate) fn make_folder_private(data_dir: &Path) -> io::Result<()> {
    for file in own_files(data_dir) {
        make_private(&file)?;
    }
    let backups = data_dir.join(BACKUP_DIR);
    if !std::fs::symlink_metadata(&backups).is_ok_and(|m| m.is_dir()) {
        return Ok(());
    }
    make_private(&backups)?;
    for entry in std::fs::read_dir(&backups)? {
        let entry = entry?;
        if entry.file_type()?.is_file() {
            make_private(&entry.path())?;
        }
    }
    Ok(())
}

/// Opens `path` for writing, creating it private to the user when missing (never truncating).
pub(crate) fn open_private(path: &Path) -> io::Result<File> {
    let mut options = OpenOptions::new();
    options.read(true).write(true).create(true).truncate(false);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    options.open(path)
}

/// Creates `path`, which must not exist yet, private to the user.
pub fn create_new_private(path: &Path) -> io::Result<File> {
    let mut options = OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    options.open(path)
}

/// Takes from an existing file or folder every right of group and others; a missing file is not an
/// error (SQLite removes its -wal and -shm files when the last connection closes).
pub(crate) fn make_private(path: &Path) -> io::Result<()> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = match std::fs::metadata(path) {
            Ok(meta) => meta.permissions().mode(),
            Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(()),
            Err(e) => return Err(e),
        };
        if mode & 0o077 == 0 {
            return Ok(());
        }
        match std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode & !0o077)) {
            // Gone in between: SQLite removed its side file as the last connection closed.
            Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(()),
            other => other,
        }
    }
    #[cfg(not(unix))]
    {
        let _ = path;
        Ok(())
    }
}

/// The SQLite side files of `db`: `parcours.db-wal`, `parcours.db-shm`.
pub(crate) fn side_files(db: &Path) -> [PathBuf; 2] {
    [with_suffix(db, "-wal"), with_suffix(db, "-shm")]
}

/// The files of a data folder that nothing parcours writes on a user's request may replace: the
/// database and its SQLite side files, the lock, the log and, unless `backups` is allowed (the
/// default destination of `backup`), the backups.
#[derive(Debug, Clone, Copy)]
pub struct Guard<'a> {
    data_dir: Option<&'a Path>,
    backups: bool,
}

impl<'a> Guard<'a> {
    /// Protects the data folder `data_dir` (none: nothing to protect, e.g. a database in memory).
    pub fn of(data_dir: Option<&'a Path>) -> Guard<'a> {
        Guard { data_dir, backups: false }
    }

    /// The same, letting `backup` write its own copies into `backups/`.
    pub(crate) fn allowing_backups(data_dir: Option<&'a Path>) -> Guard<'a> {
        Guard { data_dir, backups: true }
    }

    /// Refuses `target` when it is one of the data folder's own files, after resolving symlinks
    /// and `..`: a mistyped `--out` must never replace the database it was read from.
    pub fn check(&self, target: &Path) -> Result<(), StoreError> {
        let Some(dir) = self.data_dir.and_then(|d| d.canonicalize().ok()) else { return Ok(()) };
        let Some(resolved) = resolve(target) else { return Ok(()) };
        let hit = own_files(&dir).iter().any(|p| *p == resolved || same_inode(p, target))
            || (!self.backups && resolved.starts_with(dir.join(BACKUP_DIR)));
        if hit { Err(StoreError::BaseFile { path: target.to_path_buf() }) } else { Ok(()) }
    }
}

/// `path` with symlinks and `..` resolved; a file not there yet is resolved through its folder.
fn resolve(path: &Path) -> Option<PathBuf> {
    if let Ok(c) = path.canonicalize() {
        return Some(c);
    }
    Some(folder_of(path).canonicalize().ok()?.join(path.file_name()?))
}

/// A hard link is another name for the same file: compared by device and inode.
fn same_inode(a: &Path, b: &Path) -> bool {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        match (std::fs::metadata(a), std::fs::metadata(b)) {
            (Ok(a), Ok(b)) => a.dev() == b.dev() && a.ino() == b.ino(),
            _ => false,
        }
    }
    #[cfg(not(unix))]
    {
        let _ = (a, b);
        false
    }
}

/// The folder a file named by the user goes into (`.` for a bare name).
fn folder_of(path: &Path) -> &Path {
    match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    }
}

/// What sets a temporary file of parcours apart, so that a later run recognises one left behind.
const TMP_MARK: &str = ".parcours-tmp-";

/// Writes `dest` whole: `fill` creates and writes a private temporary file beside it (named
/// `.NAME.parcours-tmp-PID`), which then replaces `dest` in one rename. A failure leaves neither a
/// half-written `dest` nor the temporary file; the temporary files of runs that were killed
/// (their process is gone) are removed first.
pub fn replace_whole(
    guard: &Guard<'_>,
    dest: &Path,
    fill: impl FnOnce(&Path) -> Result<(), StoreError>,
) -> Result<(), StoreError> {
    guard.check(dest)?;
    let folder = folder_of(dest);
    let name = dest.file_name().ok_or_else(|| StoreError::Io(io::Error::from(io::ErrorKind::InvalidInput)))?;
    remove_stale_temporaries(folder);
    let mut tmp_name = std::ffi::OsString::from(".");
    tmp_name.push(name);
    tmp_name.push(format!("{TMP_MARK}{}", std::process::id()));
    let tmp = folder.join(tmp_name);
    let _ = std::fs::remove_file(&tmp);
    let result = fill(&tmp).and_then(|()| std::fs::rename(&tmp, dest).map_err(StoreError::Io));
    if result.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    result
}

/// Removes the temporary files of parcours in `folder` whose process no longer runs. Best effort:
/// a folder that cannot be listed only means nothing is cleaned.
fn remove_stale_temporaries(folder: &Path) {
    let Ok(entries) = std::fs::read_dir(folder) else { return };
    for entry in entries.flatten() {
        let name = entry.file_name();
        let Some(name) = name.to_str() else { continue };
        let Some(pid) = name.strip_prefix('.').and_then(|n| n.rsplit_once(TMP_MARK)).map(|(_, pid)| pid) else {
            continue;
        };
        let Ok(pid) = pid.parse::<u32>() else { continue };
        let is_file = entry.file_type().map(|t| t.is_file()).unwrap_or(false);
        if is_file && process_is_gone(pid) {
            let _ = std::fs::remove_file(entry.path());
        }
    }
}

/// Whether no process `pid` runs on this machine. Where that cannot be known, a file is kept.
fn process_is_gone(pid: u32) -> bool {
    if pid == std::process::id() {
        return false;
    }
    let proc = Path::new("/proc");
    proc.join("self").exists() && !proc.join(pid.to_string()).exists()
}

fn with_suffix(path: &Path, suffix: &str) -> PathBuf {
    let mut name = path.as_os_str().to_owned();
    name.push(suffix);
    PathBuf::from(name)
}
