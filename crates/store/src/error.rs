//! The store's one error type.
//!
//! Callers match on the variant, not the message: `Conflict` and `NotFound` are the caller's
//! business (a duplicate delivery, a stale id), `Invalid` is bad input such as a forged cursor,
//! `Corrupt` and `NotADatabase` mean the data on disk is not what Owldesk wrote, and the wrapped
//! library errors are failures of the machine. Add a variant only when a caller must react to a
//! new situation differently from every existing one.

use thiserror::Error;

/// Everything that can go wrong reading or writing Owldesk's database.
#[derive(Debug, Error)]
pub enum StoreError {
    /// SQLite refused or failed a statement.
    #[error("running an sqlite statement: {0}")]
    Sqlite(#[from] rusqlite::Error),
    /// The embedded migrations could not be applied (or the database is newer than this build).
    #[error("applying database migrations: {0}")]
    Migration(#[from] rusqlite_migration::Error),
    /// A value could not be encoded as JSON for storage.
    #[error("encoding a value as json: {0}")]
    Json(#[from] serde_json::Error),
    /// The row already exists (a duplicate id or a redelivered channel message).
    #[error("storing a duplicate: {0}")]
    Conflict(String),
    /// The row to change does not exist.
    #[error("finding the row to change: {0}")]
    NotFound(String),
    /// A caller-supplied value (a page cursor) does not parse.
    #[error("reading the request: {0}")]
    Invalid(String),
    /// A stored value does not parse: the database was changed by something other than Owldesk.
    #[error("reading a stored value: {0}")]
    Corrupt(String),
    /// A file operation (backup, restore) failed.
    #[error("accessing a database file: {0}")]
    Io(#[from] std::io::Error),
    /// A file given as an Owldesk database is not one (or comes from a newer Owldesk).
    #[error("checking the backup file: {0}")]
    NotADatabase(String),
}
