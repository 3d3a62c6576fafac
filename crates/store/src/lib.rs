//! Owldesk's storage: one SQLite file, its migrations, one module per table, and backups.
//!
//! [`Store`] owns the connection and sets it up for durability (WAL, `synchronous=FULL`, foreign
//! keys, a busy timeout) before applying the embedded migrations. Reads go through
//! [`Store::conn`], writes through [`Store::write`], which gives the closure an IMMEDIATE
//! transaction; the table modules ([`customers`], [`conversations`], [`messages`]...) are free
//! functions over a `&Connection` so they work on either. This crate stores and loads domain
//! values; it makes no decisions (that is `core`'s job) and never reads the clock: every time is
//! passed in.
//!
//! To add a table: add a migration file under `migrations/` (never edit a released one), list it
//! in `MIGRATION_LIST`, and add a module named after the table's noun with its own tests.
//! Timestamps are stored as Unix milliseconds, so sub-millisecond precision is dropped.

pub mod audit;
mod backup;
pub mod conversations;
pub mod customers;
pub mod drafts;
mod error;
pub mod escalations;
pub mod faq;
pub mod messages;
pub mod night;
pub mod orders;
pub mod products;
pub mod rules;
pub mod settings;
mod sql;
#[cfg(test)]
mod testkit;

use std::path::Path;
use std::time::Duration;

use rusqlite::TransactionBehavior;
use rusqlite_migration::{M, Migrations};
use serde::Serialize;

pub use backup::restore;
pub use error::StoreError;
pub use rusqlite::{Connection, Transaction};

/// The schema's migrations, oldest first. Append only: a released migration is never edited.
const MIGRATION_LIST: &[M<'static>] = &[
    M::up(include_str!("../migrations/0001_init.sql")),
    M::up(include_str!("../migrations/0002_night.sql")),
];

/// The migrations as `rusqlite_migration` runs them.
pub(crate) const MIGRATIONS: Migrations<'static> = Migrations::from_slice(MIGRATION_LIST);

/// The schema version this build writes (the number of migrations).
pub const SCHEMA_VERSION: i64 = MIGRATION_LIST.len() as i64;

/// How long a statement waits for another connection's lock before failing.
const BUSY_TIMEOUT: Duration = Duration::from_secs(5);

/// One page of a list, newest first, and the cursor that fetches the next one.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Page<T> {
    /// The items of this page.
    pub items: Vec<T>,
    /// Pass this back to get the next page; `None` on the last page.
    pub next_cursor: Option<String>,
}

/// The open database.
#[derive(Debug)]
pub struct Store {
    conn: Connection,
}

impl Store {
    /// Opens (creating if needed) the database file at `path` with a WAL journal,
    /// `synchronous=FULL` (an acknowledged message survives power loss), a 5 s busy timeout and
    /// foreign keys on, then applies the embedded migrations. The parent directory must exist.
    ///
    /// # Errors
    /// [`StoreError::Sqlite`] when the file cannot be opened or is not a database;
    /// [`StoreError::Migration`] when a migration fails or the file comes from a newer Owldesk.
    pub fn open(path: &Path) -> Result<Store, StoreError> {
        let conn = Connection::open(path)?;
        // WAL lets the UI read while a message is written; fall back silently where the file
        // system cannot do it (the journal mode then stays the default, which is still safe).
        let _mode: String =
            conn.pragma_update_and_check(None, "journal_mode", "WAL", |r| r.get(0))?;
        Self::prepare(conn)
    }

    /// Opens a private in-memory database with the same schema (for tests, `owldesk eval` and
    /// `owldesk ask`); it vanishes when the `Store` is dropped.
    ///
    /// # Errors
    /// [`StoreError::Migration`] if the embedded migrations fail (a bug in this crate).
    pub fn open_in_memory() -> Result<Store, StoreError> {
        Self::prepare(Connection::open_in_memory()?)
    }

    fn prepare(mut conn: Connection) -> Result<Store, StoreError> {
        conn.busy_timeout(BUSY_TIMEOUT)?;
        conn.pragma_update(None, "synchronous", "FULL")?;
        conn.pragma_update(None, "foreign_keys", true)?;
        MIGRATIONS.to_latest(&mut conn)?;
        Ok(Store { conn })
    }

    /// The connection, for reads through the table modules.
    pub fn conn(&self) -> &Connection {
        &self.conn
    }

    /// Runs `f` in an IMMEDIATE transaction (the write lock is taken up front, so it never fails
    /// half-way for a lock), commits if `f` returns `Ok` and rolls back otherwise.
    ///
    /// # Errors
    /// `f`'s error (after the rollback), or [`StoreError::Sqlite`] when the transaction cannot
    /// begin or commit.
    pub fn write<T>(
        &mut self,
        f: impl FnOnce(&Transaction<'_>) -> Result<T, StoreError>,
    ) -> Result<T, StoreError> {
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        // Dropping `tx` without commit rolls back.
        let out = f(&tx)?;
        tx.commit()?;
        Ok(out)
    }

    /// Copies the whole database with SQLite's online backup into a new file at `dest`, which
    /// must not exist yet. The copy is a single self-contained file (no `-wal`).
    ///
    /// # Errors
    /// [`StoreError::Conflict`] when `dest` exists; [`StoreError::Io`] when it cannot be created;
    /// [`StoreError::Sqlite`] when the copy fails (the partial file is removed).
    pub fn backup_to(&self, dest: &Path) -> Result<(), StoreError> {
        backup::copy_to_new_file(&self.conn, dest)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn migrations_are_valid() {
        MIGRATIONS
            .validate()
            .expect("the embedded migrations apply cleanly to an empty database");
    }

    #[test]
    fn in_memory_database_gets_the_schema() {
        let store = Store::open_in_memory().unwrap();
        let version: i64 = store
            .conn()
            .query_row("PRAGMA user_version", [], |r| r.get(0))
            .unwrap();
        assert_eq!(version, SCHEMA_VERSION, "every migration is applied");
        assert_eq!(
            faq::count(store.conn()).unwrap(),
            0,
            "a new shop has no FAQ"
        );
    }

    #[test]
    fn file_database_reopens_with_its_data() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("owldesk.db");
        {
            let mut store = Store::open(&path).unwrap();
            let mode: String = store
                .conn()
                .query_row("PRAGMA journal_mode", [], |r| r.get(0))
                .unwrap();
            assert_eq!(mode, "wal", "file databases use a write-ahead log");
            let sync: i64 = store
                .conn()
                .query_row("PRAGMA synchronous", [], |r| r.get(0))
                .unwrap();
            assert_eq!(
                sync, 2,
                "synchronous=FULL so acknowledged messages survive power loss"
            );
            store
                .write(|tx| settings::put_json(tx, "probe", &42))
                .unwrap();
        }
        let store = Store::open(&path).unwrap();
        assert_eq!(
            settings::get_json::<i64>(store.conn(), "probe").unwrap(),
            Some(42),
            "data written before closing is there after reopening"
        );
        assert_eq!(
            MIGRATIONS.pending_migrations(store.conn()).unwrap(),
            0,
            "a reopened database needs no migration"
        );
    }

    #[test]
    fn database_from_a_newer_owldesk_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("owldesk.db");
        drop(Store::open(&path).unwrap());
        let conn = Connection::open(&path).unwrap();
        conn.pragma_update(None, "user_version", SCHEMA_VERSION + 1)
            .unwrap();
        drop(conn);
        let err = Store::open(&path).unwrap_err();
        assert!(
            matches!(err, StoreError::Migration(_)),
            "a newer schema is not silently used: {err}"
        );
    }

    #[test]
    fn write_rolls_back_when_the_closure_fails() {
        let mut store = Store::open_in_memory().unwrap();
        let err = store
            .write(|tx| {
                settings::put_json(tx, "half", &"done")?;
                Err::<(), _>(StoreError::NotFound("on purpose".into()))
            })
            .unwrap_err();
        assert!(
            matches!(err, StoreError::NotFound(_)),
            "the closure's error comes back"
        );
        assert_eq!(
            settings::get_json::<String>(store.conn(), "half").unwrap(),
            None,
            "nothing of a failed write is stored"
        );
    }

    #[test]
    fn write_commits_when_the_closure_succeeds() {
        let mut store = Store::open_in_memory().unwrap();
        let n = store
            .write(|tx| {
                settings::put_json(tx, "a", &1)?;
                settings::put_json(tx, "b", &2)?;
                Ok(2)
            })
            .unwrap();
        assert_eq!(n, 2);
        assert_eq!(
            settings::get_json::<i64>(store.conn(), "b").unwrap(),
            Some(2)
        );
    }
}
