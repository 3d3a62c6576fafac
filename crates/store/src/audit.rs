//! The audit log: who changed what, and when, for the owner to review.
//!
//! Append-only; entries are listed newest first by insertion order. It records facts `core`
//! hands it (an FAQ edit, a takeover, a restore); it is not an event bus and not a debug log.
//! Filtering by actor or subject needs an index in a new migration and a function here.

use jiff::Timestamp;
use rusqlite::{Connection, params};
use serde::Serialize;

use crate::sql::{Result, from_json, ms, query_all, to_json, ts};

/// One line of the audit log.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct AuditEntry {
    /// When it happened.
    pub at: Timestamp,
    /// Who did it (`owner`, `assistant`, `api`, an agent's name).
    pub actor: String,
    /// What was done (`faq.update`, `conversation.take_over`...).
    pub action: String,
    /// What it was done to (an id).
    pub subject: String,
    /// Anything else worth keeping, as JSON.
    pub detail: serde_json::Value,
}

/// Appends an entry.
///
/// # Errors
/// [`crate::StoreError::Sqlite`] on a failed write.
pub fn record(
    c: &Connection,
    at: Timestamp,
    actor: &str,
    action: &str,
    subject: &str,
    detail: &serde_json::Value,
) -> Result<()> {
    c.prepare_cached(
        "INSERT INTO audit_log (at_ms, actor, action, subject, detail_json)
         VALUES (?1, ?2, ?3, ?4, ?5)",
    )?
    .execute(params![ms(at), actor, action, subject, to_json(detail)?])?;
    Ok(())
}

/// The latest `limit` entries, newest first.
///
/// # Errors
/// [`crate::StoreError::Sqlite`] or [`crate::StoreError::Corrupt`] on a failed read.
pub fn list(c: &Connection, limit: usize) -> Result<Vec<AuditEntry>> {
    query_all(
        c,
        "SELECT at_ms, actor, action, subject, detail_json FROM audit_log
         ORDER BY seq DESC LIMIT ?1",
        [i64::try_from(limit).unwrap_or(i64::MAX)],
        |r| {
            Ok(AuditEntry {
                at: ts("audit_log.at_ms", r.get(0)?)?,
                actor: r.get(1)?,
                action: r.get(2)?,
                subject: r.get(3)?,
                detail: from_json("audit_log.detail_json", &r.get::<_, String>(4)?)?,
            })
        },
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Store;
    use crate::testkit::at;
    use serde_json::json;

    #[test]
    fn entries_come_back_newest_first() {
        let store = Store::open_in_memory().unwrap();
        let c = store.conn();
        record(
            c,
            at(0),
            "owner",
            "faq.create",
            "ship_time",
            &json!({"question": "几天发货"}),
        )
        .unwrap();
        record(
            c,
            at(1),
            "amy",
            "conversation.take_over",
            "co1",
            &json!(null),
        )
        .unwrap();
        let got = list(c, 10).unwrap();
        assert_eq!(got.len(), 2);
        assert_eq!(
            got[0],
            AuditEntry {
                at: at(1),
                actor: "amy".into(),
                action: "conversation.take_over".into(),
                subject: "co1".into(),
                detail: json!(null),
            }
        );
        assert_eq!(got[1].detail, json!({"question": "几天发货"}));
        assert_eq!(list(c, 1).unwrap().len(), 1, "the limit is honoured");
    }
}
