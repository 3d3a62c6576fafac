//! Messages: everything said or done in a conversation, in the order it was stored.
//!
//! Each row remembers the channel it came through; `UNIQUE(channel, external_id)` makes a
//! redelivered buyer message a [`StoreError::Conflict`] instead of a second copy (messages
//! without an external id never collide). The assistant's decision is kept as JSON for the
//! inbox's "why" view. Lists run newest first by insertion order (`seq`, the rowid), which is
//! also the cursor. Editing or deleting messages is deliberately absent: the log is append-only.

use owldesk_domain::{ConversationId, Message, MessageId};
use rusqlite::{Connection, Row, params};

use crate::Page;
#[cfg(doc)]
use crate::StoreError;
use crate::sql::{
    Result, conflict, decode_seq, enum_name, fetch_limit, from_json, ms, page, parse_enum,
    query_all, query_count, query_opt, to_json, ts,
};

const COLUMNS: &str = "seq, id, conversation_id, direction, author, kind, text, media_url, \
    external_id, agent, private, decision_json, created_at_ms";

/// Stores a message that came through (or goes out on) `channel`.
///
/// # Errors
/// [`StoreError::Conflict`] when the id exists or the channel already delivered this
/// `external_id`; [`StoreError::Sqlite`] when the conversation does not exist.
pub fn insert(c: &Connection, m: &Message, channel: &str) -> Result<()> {
    c.prepare_cached(
        "INSERT INTO messages (id, conversation_id, channel, direction, author, kind, text,
            media_url, external_id, agent, private, decision_json, created_at_ms)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)",
    )?
    .execute(params![
        m.id.as_str(),
        m.conversation_id.as_str(),
        channel,
        enum_name(&m.direction)?,
        enum_name(&m.author)?,
        m.kind.as_str(),
        m.text,
        m.media_url,
        m.external_id,
        m.agent,
        m.private,
        m.decision.as_ref().map(to_json).transpose()?,
        ms(m.created_at),
    ])
    .map_err(|e| {
        conflict(e, || match &m.external_id {
            Some(ext) => format!(
                "message {ext} on {channel} (or id {}) is already stored",
                m.id
            ),
            None => format!("message {} already exists", m.id),
        })
    })?;
    Ok(())
}

/// The message `channel` delivered as `external_id`, if it was stored.
///
/// # Errors
/// [`StoreError::Sqlite`] or [`StoreError::Corrupt`] on a failed read.
pub fn find_by_external(
    c: &Connection,
    channel: &str,
    external_id: &str,
) -> Result<Option<Message>> {
    query_opt(
        c,
        &format!("SELECT {COLUMNS} FROM messages WHERE channel = ?1 AND external_id = ?2"),
        [channel, external_id],
        |r| from_row(r).map(|(_, m)| m),
    )
}

/// The message with this id.
///
/// # Errors
/// [`StoreError::Sqlite`] or [`StoreError::Corrupt`] on a failed read.
pub fn get(c: &Connection, id: &MessageId) -> Result<Option<Message>> {
    query_opt(
        c,
        &format!("SELECT {COLUMNS} FROM messages WHERE id = ?1"),
        [id.as_str()],
        |r| from_row(r).map(|(_, m)| m),
    )
}

/// One page of a conversation's messages, the latest stored first.
///
/// # Errors
/// [`StoreError::Invalid`] for a cursor this module did not make; read errors otherwise.
pub fn list_for_conversation(
    c: &Connection,
    conversation: &ConversationId,
    limit: usize,
    cursor: Option<&str>,
) -> Result<Page<Message>> {
    let before = cursor.map(decode_seq).transpose()?.unwrap_or(i64::MAX);
    let rows = query_all(
        c,
        &format!(
            "SELECT {COLUMNS} FROM messages WHERE conversation_id = ?1 AND seq < ?2
             ORDER BY seq DESC LIMIT ?3"
        ),
        params![conversation.as_str(), before, fetch_limit(limit)],
        from_row,
    )?;
    Ok(page(rows, limit, |(seq, _)| seq.to_string(), |(_, m)| m))
}

/// Records the assistant's decision on a stored message.
///
/// # Errors
/// [`StoreError::NotFound`] when no such message exists.
pub fn set_decision(
    c: &Connection,
    id: &MessageId,
    decision: &owldesk_domain::Decision,
) -> Result<()> {
    let n = c
        .prepare_cached("UPDATE messages SET decision_json = ?2 WHERE id = ?1")?
        .execute(params![id.as_str(), to_json(decision)?])?;
    if n == 0 {
        return Err(crate::StoreError::NotFound(format!("message {id}")));
    }
    Ok(())
}

/// Buyer messages stored without a decision (left by a crash between storing and deciding),
/// oldest first.
///
/// # Errors
/// [`StoreError::Sqlite`] or [`StoreError::Corrupt`] on a failed read.
pub fn undecided(c: &Connection) -> Result<Vec<Message>> {
    query_all(
        c,
        &format!(
            "SELECT {COLUMNS} FROM messages
             WHERE direction = 'incoming' AND decision_json IS NULL ORDER BY seq"
        ),
        [],
        |r| from_row(r).map(|(_, m)| m),
    )
}

/// Messages stored in `[from, to)`, oldest first, at most `limit` (for the dashboard's figures
/// and the threshold preview).
///
/// # Errors
/// [`StoreError::Sqlite`] or [`StoreError::Corrupt`] on a failed read.
pub fn in_period(
    c: &Connection,
    from: jiff::Timestamp,
    to: jiff::Timestamp,
    limit: usize,
) -> Result<Vec<Message>> {
    query_all(
        c,
        &format!(
            "SELECT {COLUMNS} FROM messages WHERE created_at_ms >= ?1 AND created_at_ms < ?2
             ORDER BY created_at_ms, seq LIMIT ?3"
        ),
        params![ms(from), ms(to), i64::try_from(limit).unwrap_or(i64::MAX)],
        |r| from_row(r).map(|(_, m)| m),
    )
}

/// How many messages are stored.
///
/// # Errors
/// [`StoreError::Sqlite`] on a failed read.
pub fn count(c: &Connection) -> Result<u64> {
    query_count(c, "SELECT count(*) FROM messages", [])
}

fn from_row(r: &Row<'_>) -> Result<(i64, Message)> {
    let decision: Option<String> = r.get(11)?;
    let message = Message {
        id: MessageId(r.get(1)?),
        conversation_id: ConversationId(r.get(2)?),
        direction: parse_enum("messages.direction", &r.get::<_, String>(3)?)?,
        author: parse_enum("messages.author", &r.get::<_, String>(4)?)?,
        kind: parse_enum("messages.kind", &r.get::<_, String>(5)?)?,
        text: r.get(6)?,
        media_url: r.get(7)?,
        external_id: r.get(8)?,
        agent: r.get(9)?,
        private: r.get(10)?,
        decision: decision
            .map(|d| from_json("messages.decision_json", &d))
            .transpose()?,
        created_at: ts("messages.created_at_ms", r.get(12)?)?,
    };
    Ok((r.get(0)?, message))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testkit::*;
    use crate::{Store, StoreError};
    use owldesk_domain::{
        Action, Author, Candidate, Decision, Direction, EscalationReason, MessageKind,
    };
    use rstest::rstest;

    fn decision() -> Decision {
        let mut d = Decision::escalate(EscalationReason::Media);
        d.confidence = 0.5;
        d.draft = Some("亲,稍等".into());
        d.trace.candidates.push(Candidate {
            faq_id: "ship_time".into(),
            question: "什么时候发货?".into(),
            score: 1.25,
            confidence: 0.5,
            matched: "几天发货".into(),
        });
        d.trace.fired.push("guard:media".into());
        d
    }

    #[test]
    fn round_trip_with_decision() {
        let store = Store::open_in_memory().unwrap();
        let c = store.conn();
        seed_conversation(c);
        let mut m = message("m1", "co1", Some("ext-1"));
        m.kind = MessageKind::Image;
        m.media_url = Some("https://example.com/a.jpg".into());
        m.decision = Some(decision());
        insert(c, &m, "bridge").unwrap();

        let mut reply = message("m2", "co1", None);
        reply.direction = Direction::Outgoing;
        reply.author = Author::Agent;
        reply.agent = Some("amy".into());
        reply.private = true;
        insert(c, &reply, "bridge").unwrap();

        assert_eq!(get(c, &m.id).unwrap(), Some(m.clone()));
        assert_eq!(get(c, &reply.id).unwrap(), Some(reply));
        assert_eq!(find_by_external(c, "bridge", "ext-1").unwrap(), Some(m));
        assert_eq!(find_by_external(c, "email", "ext-1").unwrap(), None);
        assert_eq!(count(c).unwrap(), 2);
        assert_eq!(
            get(c, &"m1".into())
                .unwrap()
                .unwrap()
                .decision
                .unwrap()
                .action,
            Action::Escalate
        );
    }

    #[rstest]
    #[case::same_channel("bridge", true)]
    #[case::other_channel("email", false)]
    fn external_id_is_unique_per_channel(#[case] channel: &str, #[case] conflicts: bool) {
        let store = Store::open_in_memory().unwrap();
        let c = store.conn();
        seed_conversation(c);
        insert(c, &message("m1", "co1", Some("ext-1")), "bridge").unwrap();
        let second = insert(c, &message("m2", "co1", Some("ext-1")), channel);
        if conflicts {
            let err = second.unwrap_err();
            assert!(
                matches!(err, StoreError::Conflict(_)),
                "redelivery is refused: {err}"
            );
            assert_eq!(count(c).unwrap(), 1, "no second copy is stored");
        } else {
            second.expect("the same external id on another channel is another message");
        }
    }

    #[test]
    fn messages_without_external_id_never_collide() {
        let store = Store::open_in_memory().unwrap();
        let c = store.conn();
        seed_conversation(c);
        insert(c, &message("m1", "co1", None), "bridge").unwrap();
        insert(c, &message("m2", "co1", None), "bridge").unwrap();
        let err = insert(c, &message("m2", "co1", None), "bridge").unwrap_err();
        assert!(
            matches!(err, StoreError::Conflict(_)),
            "a reused id is refused: {err}"
        );
    }

    #[test]
    fn message_for_a_missing_conversation_is_refused() {
        let store = Store::open_in_memory().unwrap();
        assert!(insert(store.conn(), &message("m1", "ghost", None), "bridge").is_err());
    }

    #[test]
    fn pages_cover_everything_once_newest_first() {
        let store = Store::open_in_memory().unwrap();
        let c = store.conn();
        seed_conversation(c);
        crate::conversations::insert(c, &conversation("co2", "cu1", 0)).unwrap();
        for i in 0..5 {
            insert(c, &message(&format!("m{i}"), "co1", None), "bridge").unwrap();
            // Interleave another conversation's messages, which must not show up.
            insert(c, &message(&format!("x{i}"), "co2", None), "bridge").unwrap();
        }
        let (mut seen, mut cursor, mut pages) = (Vec::new(), None::<String>, 0);
        loop {
            let p = list_for_conversation(c, &"co1".into(), 2, cursor.as_deref()).unwrap();
            pages += 1;
            seen.extend(p.items.into_iter().map(|m| m.id.0));
            cursor = p.next_cursor;
            if cursor.is_none() {
                break;
            }
        }
        assert_eq!(pages, 3, "5 items at 2 per page");
        assert_eq!(
            seen,
            ["m4", "m3", "m2", "m1", "m0"],
            "newest first, no gap or repeat"
        );
    }
}
