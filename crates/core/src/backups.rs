//! Backups made while Owldesk runs (the UI's "back up now"): a consistent copy of the database
//! in the data directory, named by the core's clock.
//!
//! `owldesk backup` and `owldesk restore` are the command-line side; restoring needs the server
//! stopped, so it is not offered here.

use std::path::{Path, PathBuf};

use crate::{Core, CoreError, Result};

impl Core {
    /// The data directory, when the shop lives on disk.
    pub fn data_dir(&self) -> Option<&Path> {
        self.db_path().and_then(Path::parent)
    }

    /// Writes a backup into the data directory as `owldesk-backup-YYYYmmdd-HHMMSS.sqlite3` (UTC
    /// time of the core's clock) and returns its path.
    ///
    /// # Errors
    /// [`CoreError::Invalid`] for a shop in memory; [`CoreError::Conflict`] when a backup of the
    /// same second exists; storage failures.
    pub fn backup_now(&self) -> Result<PathBuf> {
        let dir = self
            .data_dir()
            .ok_or_else(|| CoreError::invalid("backup", "a shop in memory has no data folder"))?;
        let stamp = self.now().strftime("%Y%m%d-%H%M%S").to_string();
        let dest = dir.join(format!("owldesk-backup-{stamp}.sqlite3"));
        if dest.exists() {
            return Err(CoreError::Conflict(format!(
                "{} exists; try again in a second",
                dest.display()
            )));
        }
        self.backup(&dest)?;
        Ok(dest)
    }
}

#[cfg(test)]
mod tests {
    use crate::{Core, CoreError, FixedClock};
    use std::sync::Arc;

    #[test]
    fn a_backup_lands_in_the_data_folder_named_by_the_clock() {
        let dir = tempfile::tempdir().unwrap();
        let clock = Arc::new(FixedClock::new("2026-11-21T14:05:09Z".parse().unwrap()));
        let core = Core::open_with_clock(dir.path(), clock).unwrap();
        let path = core.backup_now().unwrap();
        assert_eq!(
            path,
            dir.path().join("owldesk-backup-20261121-140509.sqlite3")
        );
        assert!(path.is_file(), "the backup was written");
        assert!(
            matches!(core.backup_now(), Err(CoreError::Conflict(_))),
            "a second backup in the same second does not overwrite the first"
        );
    }
}
