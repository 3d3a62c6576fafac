//! Backups and restore: whole-database copies through SQLite's online backup API.
//!
//! A backup is one self-contained SQLite file (rollback journal, no `-wal`), taken while the
//! database stays in use. Restore checks that a file really is an Owldesk database this build can
//! read before it touches anything, copies it next to the target, retires the old database's
//! journal files through SQLite itself, and renames the copy into place. Scheduling backups and
//! their retention is `core`'s job, not this module's.

use std::ffi::OsString;
use std::fs;
use std::io::ErrorKind;
use std::path::{Path, PathBuf};
use std::time::Duration;

use rusqlite::backup::Backup;
use rusqlite::{Connection, ErrorCode, OpenFlags};

use crate::{BUSY_TIMEOUT, SCHEMA_VERSION, StoreError};

/// Tables every Owldesk schema has; a file without them is someone else's database.
const REQUIRED_TABLES: &[&str] = &["conversations", "messages", "faq_entries", "settings"];

/// Copies `src` into a new file at `dest` (which must not exist); removes it on failure.
pub(crate) fn copy_to_new_file(src: &Connection, dest: &Path) -> Result<(), StoreError> {
    // `create_new` claims the name atomically, so two backups can never write the same file.
    fs::File::create_new(dest).map_err(|e| match e.kind() {
        ErrorKind::AlreadyExists => StoreError::Conflict(format!(
            "backup destination {} already exists",
            dest.display()
        )),
        _ => StoreError::Io(e),
    })?;
    let copied = (|| -> Result<(), StoreError> {
        let mut out = Connection::open(dest)?;
        out.pragma_update(None, "synchronous", "FULL")?;
        let backup = Backup::new(src, &mut out)?;
        backup.run_to_completion(1024, Duration::from_millis(10), None)?;
        Ok(())
    })();
    if copied.is_err() {
        // Best effort: a half-written backup must not be mistaken for a good one.
        let _ = fs::remove_file(dest);
    }
    copied
}

/// Replaces the database at `db_path` with the backup `src`.
///
/// `src` is checked first: it must be an SQLite file that passes `quick_check`, hold Owldesk's
/// tables, and have a schema version no newer than this build's (an older one is migrated on the
/// next [`crate::Store::open`]). Nothing changes when the check fails. The database at `db_path`
/// must not be open (drop the `Store` first): its write-ahead log is checkpointed and removed by
/// SQLite, and the restore fails rather than pull a live database from under another connection.
///
/// # Errors
/// [`StoreError::NotADatabase`] when `src` is not an Owldesk database this build can read;
/// [`StoreError::Conflict`] when the database at `db_path` is still open elsewhere;
/// [`StoreError::Io`] when `src` is missing or a file cannot be written; [`StoreError::Sqlite`]
/// when the copy fails.
pub fn restore(src: &Path, db_path: &Path) -> Result<(), StoreError> {
    fs::metadata(src)?;
    let source = open_checked(src)?;
    let staged = sibling(db_path, ".restoring");
    remove_if_exists(&staged)?;
    let result = copy_to_new_file(&source, &staged)
        .and_then(|()| retire(db_path))
        .and_then(|()| Ok(fs::rename(&staged, db_path)?));
    if result.is_err() {
        let _ = fs::remove_file(&staged);
        return result;
    }
    sync_parent(db_path)
}

/// Opens `src` read-only and checks that it is an Owldesk database this build can read.
fn open_checked(src: &Path) -> Result<Connection, StoreError> {
    let name = src.display();
    let not_db = |why: String| StoreError::NotADatabase(format!("{name} {why}"));
    let conn = Connection::open_with_flags(
        src,
        OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )
    .map_err(|e| not_db(format!("cannot be opened as a database: {e}")))?;
    let sqlite_err = |e: rusqlite::Error| match e.sqlite_error_code() {
        Some(ErrorCode::NotADatabase | ErrorCode::DatabaseCorrupt) => {
            not_db(format!("is not an sqlite database: {e}"))
        }
        _ => StoreError::Sqlite(e),
    };
    let version: i64 = conn
        .query_row("PRAGMA user_version", [], |r| r.get(0))
        .map_err(sqlite_err)?;
    let check: String = conn
        .query_row("PRAGMA quick_check", [], |r| r.get(0))
        .map_err(sqlite_err)?;
    if check != "ok" {
        return Err(not_db(format!("is damaged: {check}")));
    }
    let mut present = 0;
    for table in REQUIRED_TABLES {
        let n: i64 = conn
            .query_row(
                "SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = ?1",
                [table],
                |r| r.get(0),
            )
            .map_err(sqlite_err)?;
        present += n;
    }
    if version < 1 || present != REQUIRED_TABLES.len() as i64 {
        return Err(not_db(
            "is not an Owldesk database (no Owldesk tables)".into(),
        ));
    }
    if version > SCHEMA_VERSION {
        return Err(not_db(format!(
            "comes from a newer Owldesk (schema {version}, this one reads up to {SCHEMA_VERSION})"
        )));
    }
    Ok(conn)
}

/// Makes the old database safe to replace: SQLite folds its `-wal` back in and removes it (this
/// fails if another connection still has it open), then any leftover journal files go, so none
/// can be replayed onto the restored file. A file SQLite cannot read at all is simply replaced.
fn retire(db_path: &Path) -> Result<(), StoreError> {
    if db_path.exists() {
        match Connection::open_with_flags(db_path, OpenFlags::SQLITE_OPEN_READ_WRITE) {
            Ok(old) => {
                old.busy_timeout(BUSY_TIMEOUT)?;
                let mode = old.pragma_update_and_check(None, "journal_mode", "DELETE", |r| {
                    r.get::<_, String>(0)
                });
                let in_use = || {
                    StoreError::Conflict(format!(
                        "{} is still in use by another connection; close Owldesk first",
                        db_path.display()
                    ))
                };
                match mode {
                    Ok(m) if m.eq_ignore_ascii_case("delete") => {}
                    Ok(_) => return Err(in_use()),
                    Err(e) if is_unreadable(&e) => {}
                    Err(e)
                        if matches!(
                            e.sqlite_error_code(),
                            Some(ErrorCode::DatabaseBusy | ErrorCode::DatabaseLocked)
                        ) =>
                    {
                        return Err(in_use());
                    }
                    Err(e) => return Err(e.into()),
                }
            }
            Err(e) if is_unreadable(&e) => {}
            Err(e) => return Err(e.into()),
        }
    }
    for suffix in ["-wal", "-shm", "-journal"] {
        remove_if_exists(&sibling(db_path, suffix))?;
    }
    Ok(())
}

/// True for errors saying the file is not (or no longer) a readable database.
fn is_unreadable(e: &rusqlite::Error) -> bool {
    matches!(
        e.sqlite_error_code(),
        Some(ErrorCode::NotADatabase | ErrorCode::DatabaseCorrupt)
    )
}

/// `path` with `suffix` appended to its file name (`owldesk.db` → `owldesk.db-wal`).
fn sibling(path: &Path, suffix: &str) -> PathBuf {
    let mut name = OsString::from(path.as_os_str());
    name.push(suffix);
    PathBuf::from(name)
}

fn remove_if_exists(path: &Path) -> Result<(), StoreError> {
    match fs::remove_file(path) {
        Err(e) if e.kind() != ErrorKind::NotFound => Err(e.into()),
        _ => Ok(()),
    }
}

/// Makes the rename durable where the platform allows syncing a directory.
fn sync_parent(path: &Path) -> Result<(), StoreError> {
    #[cfg(unix)]
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        fs::File::open(dir)?.sync_all()?;
    }
    #[cfg(not(unix))]
    let _ = path;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testkit::*;
    use crate::{Store, customers, faq, settings};

    fn seeded(path: &Path) -> Store {
        let mut store = Store::open(path).unwrap();
        store
            .write(|tx| {
                customers::insert(tx, &customer("cu1", "bridge", "buyer-1"))?;
                faq::insert(tx, &faq_entry("ship_time"), at(1_000))?;
                settings::put_json(tx, "marker", &"original")
            })
            .unwrap();
        store
    }

    #[test]
    fn backup_then_restore_gives_the_same_data() {
        let dir = tempfile::tempdir().unwrap();
        let live = dir.path().join("live.db");
        let copy = dir.path().join("backup.db");
        let store = seeded(&live);
        store.backup_to(&copy).unwrap();
        assert!(
            !sibling(&copy, "-wal").exists(),
            "a backup is a single file, without a write-ahead log"
        );
        drop(store);

        let other = dir.path().join("other.db");
        restore(&copy, &other).unwrap();
        let restored = Store::open(&other).unwrap();
        assert_eq!(
            customers::get(restored.conn(), &"cu1".into()).unwrap(),
            Some(customer("cu1", "bridge", "buyer-1")),
            "customers come back"
        );
        assert_eq!(
            faq::list(restored.conn()).unwrap(),
            vec![faq_entry("ship_time")],
            "the FAQ comes back"
        );
    }

    #[test]
    fn restore_replaces_an_existing_database_and_its_wal() {
        let dir = tempfile::tempdir().unwrap();
        let live = dir.path().join("live.db");
        let copy = dir.path().join("backup.db");
        seeded(&live).backup_to(&copy).unwrap();
        {
            let mut store = Store::open(&live).unwrap();
            store
                .write(|tx| settings::put_json(tx, "marker", &"changed after the backup"))
                .unwrap();
        }
        restore(&copy, &live).unwrap();
        for suffix in ["-wal", "-shm", ".restoring"] {
            assert!(
                !sibling(&live, suffix).exists(),
                "no stale {suffix} file is left"
            );
        }
        let store = Store::open(&live).unwrap();
        assert_eq!(
            settings::get_json::<String>(store.conn(), "marker").unwrap(),
            Some("original".into()),
            "the restored database is the backup's, not the old one"
        );
    }

    #[test]
    fn restore_refuses_a_database_that_is_still_open() {
        let dir = tempfile::tempdir().unwrap();
        let live = dir.path().join("live.db");
        let copy = dir.path().join("backup.db");
        let store = seeded(&live);
        store.backup_to(&copy).unwrap();
        let err = restore(&copy, &live).unwrap_err();
        assert!(
            matches!(err, StoreError::Conflict(_)),
            "a database in use is not replaced under its connection: {err}"
        );
        assert!(
            !sibling(&live, ".restoring").exists(),
            "the staged copy is cleaned up"
        );
        assert_eq!(
            settings::get_json::<String>(store.conn(), "marker").unwrap(),
            Some("original".into())
        );
    }

    #[rstest::rstest]
    #[case::text_file(b"name,answer\nship,48h\n".as_slice())]
    #[case::empty_file(b"".as_slice())]
    fn restore_refuses_a_non_owldesk_file_and_changes_nothing(#[case] bytes: &[u8]) {
        let dir = tempfile::tempdir().unwrap();
        let live = dir.path().join("live.db");
        let bogus = dir.path().join("bogus.db");
        fs::write(&bogus, bytes).unwrap();
        drop(seeded(&live));
        let before = fs::read(&live).unwrap();

        let err = restore(&bogus, &live).unwrap_err();
        assert!(matches!(err, StoreError::NotADatabase(_)), "got {err}");
        assert_eq!(fs::read(&live).unwrap(), before, "the target is untouched");
        let store = Store::open(&live).unwrap();
        assert_eq!(
            settings::get_json::<String>(store.conn(), "marker").unwrap(),
            Some("original".into())
        );
    }

    #[test]
    fn restore_refuses_a_backup_from_a_newer_owldesk() {
        let dir = tempfile::tempdir().unwrap();
        let copy = dir.path().join("backup.db");
        Store::open_in_memory().unwrap().backup_to(&copy).unwrap();
        let conn = Connection::open(&copy).unwrap();
        conn.pragma_update(None, "user_version", SCHEMA_VERSION + 1)
            .unwrap();
        drop(conn);
        let target = dir.path().join("live.db");
        let err = restore(&copy, &target).unwrap_err();
        assert!(matches!(err, StoreError::NotADatabase(_)), "got {err}");
        assert!(!target.exists(), "nothing is created when the check fails");
    }

    #[test]
    fn backup_never_overwrites_a_file() {
        let dir = tempfile::tempdir().unwrap();
        let dest = dir.path().join("exists.db");
        fs::write(&dest, b"keep me").unwrap();
        let err = Store::open_in_memory()
            .unwrap()
            .backup_to(&dest)
            .unwrap_err();
        assert!(matches!(err, StoreError::Conflict(_)), "got {err}");
        assert_eq!(fs::read(&dest).unwrap(), b"keep me");
    }
}
