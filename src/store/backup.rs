//! Copies of the database through SQLite's online backup API: consistent even while the
//! application writes, unlike copying the file (which may miss what is still in the -wal).

use std::path::{Path, PathBuf};
use std::time::Duration;

use rusqlite::Connection;
use rusqlite::backup::Backup;

use super::error::io_in;
use super::files::{BACKUP_DIR, Guard, create_new_private, create_private_dir, replace_whole};
use super::{Store, StoreError};

const PAGES_PER_STEP: i32 = 256;
const PAUSE_BETWEEN_STEPS: Duration = Duration::from_millis(2);

impl Store {
    /// Writes a complete copy of the database to `dest` (private to the user). `dest` is replaced
    /// only once the copy is complete: an interrupted backup never destroys the previous one. The
    /// data folder's own files, backups included, are refused.
    pub fn backup_to(&self, dest: &Path) -> Result<(), StoreError> {
        self.backup_guarded(&Guard::of(self.data_dir()), dest)
    }

    /// A dated copy in the data folder's `backups/`, the one place of the data folder a backup may
    /// go; returns its path.
    pub fn backup_to_folder(&self) -> Result<PathBuf, StoreError> {
        let data_dir =
            self.data_dir().ok_or_else(|| StoreError::Invalid("a database in memory has no folder".into()))?;
        let dir = data_dir.join(BACKUP_DIR);
        create_private_dir(&dir).map_err(|e| io_in(&dir, e))?;
        let dest = dir.join(format!("parcours-{}.db", chrono::Local::now().format("%Y%m%d-%H%M%S")));
        self.backup_guarded(&Guard::allowing_backups(Some(data_dir)), &dest)?;
        Ok(dest)
    }

    fn backup_guarded(&self, guard: &Guard<'_>, dest: &Path) -> Result<(), StoreError> {
        replace_whole(guard, dest, |tmp| copy_database(&self.conn, tmp))
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
