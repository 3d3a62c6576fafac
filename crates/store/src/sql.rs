//! Small helpers shared by the table modules: column codecs, query shorthands, cursors.
//!
//! Everything here is crate-private plumbing. It is not a query builder: each table module writes
//! its own SQL. Add a helper here only when two table modules would otherwise repeat it.

use jiff::Timestamp;
use owldesk_domain::DomainError;
use rusqlite::{Connection, ErrorCode, Params, Row, ffi};
use serde::{Serialize, de::DeserializeOwned};

use crate::{Page, StoreError};

/// Shorthand for the store's results.
pub(crate) type Result<T> = std::result::Result<T, StoreError>;

/// A timestamp as stored (Unix milliseconds; sub-millisecond precision is dropped).
pub(crate) fn ms(t: Timestamp) -> i64 {
    t.as_millisecond()
}

/// An optional timestamp as stored.
pub(crate) fn opt_ms(t: Option<Timestamp>) -> Option<i64> {
    t.map(ms)
}

/// Reads a stored `*_ms` column back.
pub(crate) fn ts(column: &str, ms: i64) -> Result<Timestamp> {
    Timestamp::from_millisecond(ms)
        .map_err(|e| StoreError::Corrupt(format!("{column}: {ms} is not a timestamp: {e}")))
}

/// Reads a stored nullable `*_ms` column back.
pub(crate) fn opt_ts(column: &str, ms: Option<i64>) -> Result<Option<Timestamp>> {
    ms.map(|v| ts(column, v)).transpose()
}

/// Encodes a value for a `*_json` column.
pub(crate) fn to_json<T: Serialize + ?Sized>(value: &T) -> Result<String> {
    Ok(serde_json::to_string(value)?)
}

/// Decodes a `*_json` column; a value that does not parse is [`StoreError::Corrupt`].
pub(crate) fn from_json<T: DeserializeOwned>(column: &str, text: &str) -> Result<T> {
    serde_json::from_str(text)
        .map_err(|e| StoreError::Corrupt(format!("{column}: stored json does not parse: {e}")))
}

/// The `snake_case` name of a serde enum that has no `as_str` of its own.
pub(crate) fn enum_name<T: Serialize>(value: &T) -> Result<String> {
    match serde_json::to_value(value)? {
        serde_json::Value::String(s) => Ok(s),
        other => Err(StoreError::Corrupt(format!("{other} is not an enum name"))),
    }
}

/// Reads a stored enum column through the type's serde names.
pub(crate) fn parse_enum<T: DeserializeOwned>(column: &str, name: &str) -> Result<T> {
    serde_json::from_value(serde_json::Value::String(name.to_owned()))
        .map_err(|_| StoreError::Corrupt(format!("{column}: unknown value {name:?}")))
}

/// Maps a domain parse failure of a stored value to [`StoreError::Corrupt`].
pub(crate) fn domain<T>(column: &str, r: std::result::Result<T, DomainError>) -> Result<T> {
    r.map_err(|e| StoreError::Corrupt(format!("{column}: {e}")))
}

/// Reads a stored count or counter, which must not be negative.
pub(crate) fn count(column: &str, n: i64) -> Result<u64> {
    u64::try_from(n).map_err(|_| StoreError::Corrupt(format!("{column}: negative count {n}")))
}

/// True when `e` is a UNIQUE or PRIMARY KEY violation.
pub(crate) fn is_duplicate(e: &rusqlite::Error) -> bool {
    match e {
        rusqlite::Error::SqliteFailure(err, _) => {
            err.code == ErrorCode::ConstraintViolation
                && matches!(
                    err.extended_code,
                    ffi::SQLITE_CONSTRAINT_UNIQUE | ffi::SQLITE_CONSTRAINT_PRIMARYKEY
                )
        }
        _ => false,
    }
}

/// Turns a duplicate-key failure into [`StoreError::Conflict`] described by `what`.
pub(crate) fn conflict(e: rusqlite::Error, what: impl FnOnce() -> String) -> StoreError {
    if is_duplicate(&e) {
        StoreError::Conflict(what())
    } else {
        StoreError::Sqlite(e)
    }
}

/// Runs `f` in a savepoint so a multi-statement change is all or nothing, inside or outside a
/// transaction.
pub(crate) fn atomic<T>(c: &Connection, f: impl FnOnce() -> Result<T>) -> Result<T> {
    c.execute_batch("SAVEPOINT owldesk_atomic")?;
    match f() {
        Ok(v) => {
            c.execute_batch("RELEASE owldesk_atomic")?;
            Ok(v)
        }
        Err(e) => {
            c.execute_batch("ROLLBACK TO owldesk_atomic; RELEASE owldesk_atomic")?;
            Err(e)
        }
    }
}

/// Runs a query and converts every row with `f`.
pub(crate) fn query_all<T>(
    c: &Connection,
    sql: &str,
    params: impl Params,
    mut f: impl FnMut(&Row<'_>) -> Result<T>,
) -> Result<Vec<T>> {
    let mut stmt = c.prepare_cached(sql)?;
    let mut rows = stmt.query(params)?;
    let mut out = Vec::new();
    while let Some(row) = rows.next()? {
        out.push(f(row)?);
    }
    Ok(out)
}

/// Runs a query expected to return at most one row.
pub(crate) fn query_opt<T>(
    c: &Connection,
    sql: &str,
    params: impl Params,
    f: impl FnOnce(&Row<'_>) -> Result<T>,
) -> Result<Option<T>> {
    let mut stmt = c.prepare_cached(sql)?;
    let mut rows = stmt.query(params)?;
    rows.next()?.map(f).transpose()
}

/// Runs a `SELECT count(*)`-like query.
pub(crate) fn query_count(c: &Connection, sql: &str, params: impl Params) -> Result<u64> {
    let n: i64 = c.query_row(sql, params, |r| r.get(0))?;
    count("count", n)
}

/// A keyset cursor over `(time, id)`, newest first.
pub(crate) fn encode_key(at_ms: i64, id: &str) -> String {
    format!("{at_ms}:{id}")
}

/// Reads a cursor made by [`encode_key`].
pub(crate) fn decode_key(cursor: &str) -> Result<(i64, String)> {
    let bad = || StoreError::Invalid(format!("cursor {cursor:?} is not one this server gave out"));
    let (at, id) = cursor.split_once(':').ok_or_else(bad)?;
    Ok((at.parse().map_err(|_| bad())?, id.to_owned()))
}

/// Reads a cursor that is a bare sequence number.
pub(crate) fn decode_seq(cursor: &str) -> Result<i64> {
    cursor.parse().map_err(|_| {
        StoreError::Invalid(format!("cursor {cursor:?} is not one this server gave out"))
    })
}

/// The page size to query: at least one row, and one more than asked to learn whether another
/// page follows.
pub(crate) fn fetch_limit(limit: usize) -> i64 {
    i64::try_from(limit.max(1)).unwrap_or(i64::MAX - 1) + 1
}

/// Cuts rows fetched with [`fetch_limit`] into a page, the cursor made from the last row kept.
pub(crate) fn page<R, T>(
    mut rows: Vec<R>,
    limit: usize,
    cursor_of: impl Fn(&R) -> String,
    item: impl FnMut(R) -> T,
) -> Page<T> {
    let limit = limit.max(1);
    let next_cursor = if rows.len() > limit {
        rows.truncate(limit);
        rows.last().map(cursor_of)
    } else {
        None
    };
    Page {
        items: rows.into_iter().map(item).collect(),
        next_cursor,
    }
}
