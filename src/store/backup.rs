//! Copies of the database through SQLite's online backup API: consistent even while the
//! application writes, unlike copying the file (which may miss what is still in the -wal).

use std::path::{Path, PathBuf};
use std::time::Duration;

use rusqlite::Connection;
use rusqlite::backup::Backup;

use super::error::io_in;
use super::files::create_new_private;
use super::{Store, StoreError};

const PAGES_PER_STEP: i32 = 256;
const PAUSE_BETWEEN_STEPS: Duration = Duration::from_millis(2);

impl Store {
    /// Writes a complete copy of the database to `dest` (private to the user). `dest` is replaced
    /// only once the copy is complete: an interrupted backup never destroys the previous one.
    pub fn backup_to(&self, dest: &Path) -> Result<(), StoreError> {
        if let Some(db) = &self.path
            && same_file(db, dest)
        {
            return Err(StoreError::Invalid("backup destination is the database itself".into()));
        }
        let folder = match dest.parent() {
            Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
            _ => PathBuf::from("."),
        };
        let name = dest.file_name().ok_or_else(|| StoreError::Invalid("backup destination has no file name".into()))?;
        let mut tmp_name = std::ffi::OsString::from(".");
        tmp_name.push(name);
        tmp_name.push(format!(".tmp-{}", std::process::id()));
        let tmp = folder.join(tmp_name);
        // A leftover of a backup killed midway would make create_new fail.
        let _ = std::fs::remove_file(&tmp);
        let result =
            copy_database(&self.conn, &tmp).and_then(|()| std::fs::rename(&tmp, dest).map_err(|e| io_in(&folder, e)));
        if result.is_err() {
            let _ = std::fs::remove_file(&tmp);
        }
        result
    }
}

/// Copies the main database of `conn` into `dest`, which must not exist yet.
pub(crate) fn copy_database(conn: &Connection, dest: &Path) -> Result<(), StoreError> {
    let folder = dest.parent().unwrap_or(Path::new("."));
    drop(create_new_private(dest).map_err(|e| io_in(folder, e))?);
    let mut target = Connection::open(dest)?;
    Backup::new(conn, &mut target)?.run_to_completion(PAGES_PER_STEP, PAUSE_BETWEEN_STEPS, None)?;
    // A backup is one self-contained file: no -wal beside it to lose when it is copied elsewhere.
    let _mode: String = target.pragma_update_and_check(None, "journal_mode", "DELETE", |r| r.get(0))?;
    target.close().map_err(|(_, e)| StoreError::Sql(e))?;
    Ok(())
}

fn same_file(a: &Path, b: &Path) -> bool {
    let resolve = |p: &Path| -> Option<PathBuf> {
        if let Ok(c) = p.canonicalize() {
            return Some(c);
        }
        let parent = match p.parent() {
            Some(d) if !d.as_os_str().is_empty() => d,
            _ => Path::new("."),
        };
        Some(parent.canonicalize().ok()?.join(p.file_name()?))
    };
    match (resolve(a), resolve(b)) {
        (Some(a), Some(b)) => {
            let side = |suffix: &str| {
                let mut s = a.as_os_str().to_owned();
                s.push(suffix);
                PathBuf::from(s)
            };
            b == a || b == side("-wal") || b == side("-shm")
        }
        _ => false,
    }
}
