//! Drafts: replies the assistant prepared for a person, and what became of them.
//!
//! Inserted by `core` when a message is decided in assist or off mode, updated when a person (or
//! the response-time guard) sends or discards one. Lists are oldest first: the inbox works
//! through them in the order buyers wrote.

use owldesk_domain::{ConversationId, Draft, DraftId, DraftStatus, FaqId, MessageId};
use rusqlite::{Connection, Row, params};

use crate::StoreError;
use crate::sql::{Result, conflict, domain, ms, opt_ms, opt_ts, query_all, query_opt, ts};

const COLUMNS: &str = "id, conversation_id, message_id, text, faq_id, status, created_at_ms, \
    decided_at_ms, decided_by";

/// Stores a new draft.
///
/// # Errors
/// [`StoreError::Conflict`] when the id exists; [`StoreError::Sqlite`] when the conversation
/// does not.
pub fn insert(c: &Connection, d: &Draft) -> Result<()> {
    c.prepare_cached(&format!(
        "INSERT INTO drafts ({COLUMNS}) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)"
    ))?
    .execute(params![
        d.id.as_str(),
        d.conversation_id.as_str(),
        d.message_id.as_str(),
        d.text,
        d.faq_id.as_ref().map(FaqId::as_str),
        d.status.as_str(),
        ms(d.created_at),
        opt_ms(d.decided_at),
        d.decided_by,
    ])
    .map_err(|e| conflict(e, || format!("draft {} already exists", d.id)))?;
    Ok(())
}

/// Stores a draft's new status, text and decider.
///
/// # Errors
/// [`StoreError::NotFound`] when no draft has this id.
pub fn update(c: &Connection, d: &Draft) -> Result<()> {
    let n = c
        .prepare_cached(
            "UPDATE drafts SET text = ?2, status = ?3, decided_at_ms = ?4, decided_by = ?5
             WHERE id = ?1",
        )?
        .execute(params![
            d.id.as_str(),
            d.text,
            d.status.as_str(),
            opt_ms(d.decided_at),
            d.decided_by,
        ])?;
    if n == 0 {
        return Err(StoreError::NotFound(format!("draft {}", d.id)));
    }
    Ok(())
}

/// The draft with this id.
///
/// # Errors
/// [`StoreError::Sqlite`] or [`StoreError::Corrupt`] on a failed read.
pub fn get(c: &Connection, id: &DraftId) -> Result<Option<Draft>> {
    query_opt(
        c,
        &format!("SELECT {COLUMNS} FROM drafts WHERE id = ?1"),
        [id.as_str()],
        from_row,
    )
}

/// Pending drafts, oldest first, at most `limit`.
///
/// # Errors
/// As [`get`].
pub fn pending(c: &Connection, limit: usize) -> Result<Vec<Draft>> {
    query_all(
        c,
        &format!(
            "SELECT {COLUMNS} FROM drafts WHERE status = 'pending'
             ORDER BY created_at_ms, id LIMIT ?1"
        ),
        [i64::try_from(limit).unwrap_or(i64::MAX)],
        from_row,
    )
}

/// A conversation's drafts, oldest first.
///
/// # Errors
/// As [`get`].
pub fn for_conversation(c: &Connection, id: &ConversationId) -> Result<Vec<Draft>> {
    query_all(
        c,
        &format!(
            "SELECT {COLUMNS} FROM drafts WHERE conversation_id = ?1 ORDER BY created_at_ms, id"
        ),
        [id.as_str()],
        from_row,
    )
}

/// The newest pending draft of a conversation.
///
/// # Errors
/// As [`get`].
pub fn latest_pending(c: &Connection, id: &ConversationId) -> Result<Option<Draft>> {
    query_opt(
        c,
        &format!(
            "SELECT {COLUMNS} FROM drafts WHERE conversation_id = ?1 AND status = 'pending'
             ORDER BY created_at_ms DESC, id DESC LIMIT 1"
        ),
        [id.as_str()],
        from_row,
    )
}

/// The draft made for a buyer message, if any.
///
/// # Errors
/// As [`get`].
pub fn for_message(c: &Connection, id: &MessageId) -> Result<Option<Draft>> {
    query_opt(
        c,
        &format!(
            "SELECT {COLUMNS} FROM drafts WHERE message_id = ?1 ORDER BY created_at_ms DESC LIMIT 1"
        ),
        [id.as_str()],
        from_row,
    )
}

fn from_row(r: &Row<'_>) -> Result<Draft> {
    Ok(Draft {
        id: DraftId(r.get(0)?),
        conversation_id: ConversationId(r.get(1)?),
        message_id: MessageId(r.get(2)?),
        text: r.get(3)?,
        faq_id: r.get::<_, Option<String>>(4)?.map(FaqId),
        status: domain("drafts.status", DraftStatus::parse(&r.get::<_, String>(5)?))?,
        created_at: ts("drafts.created_at_ms", r.get(6)?)?,
        decided_at: opt_ts("drafts.decided_at_ms", r.get(7)?)?,
        decided_by: r.get(8)?,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Store;
    use crate::testkit::*;

    fn draft(id: &str, created_ms: i64) -> Draft {
        Draft {
            id: id.into(),
            conversation_id: "co1".into(),
            message_id: "m1".into(),
            text: "亲,48小时内发货".into(),
            faq_id: Some("ship_time".into()),
            status: DraftStatus::Pending,
            created_at: at(created_ms),
            decided_at: None,
            decided_by: None,
        }
    }

    #[test]
    fn round_trip_pending_and_send() {
        let store = Store::open_in_memory().unwrap();
        let c = store.conn();
        seed_conversation(c);
        insert(c, &draft("d2", 20)).unwrap();
        let mut d1 = draft("d1", 10);
        insert(c, &d1).unwrap();
        assert_eq!(get(c, &d1.id).unwrap(), Some(d1.clone()));
        let ids: Vec<_> = pending(c, 10).unwrap().into_iter().map(|d| d.id).collect();
        assert_eq!(ids, vec!["d1".into(), "d2".into()], "oldest first");
        assert_eq!(
            latest_pending(c, &"co1".into()).unwrap().unwrap().id,
            "d2".into()
        );

        d1.status = DraftStatus::Sent;
        d1.text = "edited".into();
        d1.decided_at = Some(at(30));
        d1.decided_by = Some("amy".into());
        update(c, &d1).unwrap();
        assert_eq!(get(c, &d1.id).unwrap(), Some(d1));
        assert_eq!(
            pending(c, 10).unwrap().len(),
            1,
            "a sent draft is no longer pending"
        );
        assert_eq!(for_conversation(c, &"co1".into()).unwrap().len(), 2);
        assert!(matches!(
            update(c, &draft("nope", 1)),
            Err(StoreError::NotFound(_))
        ));
    }
}
