//! Night mode's bookkeeping: per-conversation timers, what became of each buyer message, and
//! the counts the morning briefing and the reply statistics are made of.
//!
//! Timers live in `conversation_timers` (a row per conversation that ever had one) so that the
//! conversation record itself stays about who handles it. Times are passed in; deciding when a
//! timer fires is `core`'s job.

use jiff::Timestamp;
use owldesk_domain::{ConversationId, MessageId};
use rusqlite::{Connection, params};

use crate::StoreError;
use crate::sql::{Result, count, ms, opt_ms, opt_ts, query_all, query_opt, ts};

/// A conversation's timers.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Timers {
    /// The oldest buyer message not followed by any reply to the buyer.
    pub awaiting_since: Option<Timestamp>,
    /// A holding reply was sent for the closed period that ends at this time.
    pub holding_until: Option<Timestamp>,
    /// The last reply sent to the buyer.
    pub last_reply: Option<Timestamp>,
}

/// What became of a buyer message.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Outcome {
    /// The assistant replied on its own (answer, clarifying question, greeting).
    Answered,
    /// The assistant's reply was kept as a draft for a person.
    Drafted,
    /// The conversation was handed to a person.
    Escalated,
    /// A person holds the conversation; the message waits for them.
    Waiting,
}

impl Outcome {
    /// The `snake_case` name stored.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Answered => "answered",
            Self::Drafted => "drafted",
            Self::Escalated => "escalated",
            Self::Waiting => "waiting",
        }
    }
}

/// The timers of a conversation (all empty when it never had one).
///
/// # Errors
/// [`StoreError::Sqlite`] or [`StoreError::Corrupt`] on a failed read.
pub fn timers(c: &Connection, id: &ConversationId) -> Result<Timers> {
    Ok(query_opt(
        c,
        "SELECT awaiting_since_ms, holding_until_ms, last_reply_ms
         FROM conversation_timers WHERE conversation_id = ?1",
        [id.as_str()],
        |r| {
            Ok(Timers {
                awaiting_since: opt_ts("awaiting_since_ms", r.get(0)?)?,
                holding_until: opt_ts("holding_until_ms", r.get(1)?)?,
                last_reply: opt_ts("last_reply_ms", r.get(2)?)?,
            })
        },
    )?
    .unwrap_or_default())
}

/// Stores a conversation's timers.
///
/// # Errors
/// [`StoreError::Sqlite`] when the conversation does not exist.
pub fn put_timers(c: &Connection, id: &ConversationId, t: &Timers) -> Result<()> {
    c.prepare_cached(
        "INSERT INTO conversation_timers
            (conversation_id, awaiting_since_ms, holding_until_ms, last_reply_ms)
         VALUES (?1, ?2, ?3, ?4)
         ON CONFLICT (conversation_id) DO UPDATE SET awaiting_since_ms = excluded.awaiting_since_ms,
            holding_until_ms = excluded.holding_until_ms, last_reply_ms = excluded.last_reply_ms",
    )?
    .execute(params![
        id.as_str(),
        opt_ms(t.awaiting_since),
        opt_ms(t.holding_until),
        opt_ms(t.last_reply),
    ])?;
    Ok(())
}

/// Conversations whose buyer has waited without any reply since at or before `cutoff`, oldest
/// wait first.
///
/// # Errors
/// As [`timers`].
pub fn awaiting_since_before(
    c: &Connection,
    cutoff: Timestamp,
) -> Result<Vec<(ConversationId, Timestamp)>> {
    query_all(
        c,
        "SELECT conversation_id, awaiting_since_ms FROM conversation_timers
         WHERE awaiting_since_ms IS NOT NULL AND awaiting_since_ms <= ?1
         ORDER BY awaiting_since_ms, conversation_id",
        [ms(cutoff)],
        |r| {
            Ok((
                ConversationId(r.get(0)?),
                ts("awaiting_since_ms", r.get(1)?)?,
            ))
        },
    )
}

/// Conversations the assistant handles (`pending`) where nobody waits for a reply and nothing
/// happened since `cutoff`: candidates for auto-resolve.
///
/// # Errors
/// As [`timers`].
pub fn idle_pending(c: &Connection, cutoff: Timestamp) -> Result<Vec<ConversationId>> {
    query_all(
        c,
        "SELECT c.id FROM conversations c
         LEFT JOIN conversation_timers t ON t.conversation_id = c.id
         WHERE c.status = 'pending' AND c.updated_at_ms <= ?1 AND t.awaiting_since_ms IS NULL
         ORDER BY c.updated_at_ms, c.id",
        [ms(cutoff)],
        |r| Ok(ConversationId(r.get(0)?)),
    )
}

/// Records what became of a buyer message.
///
/// # Errors
/// [`StoreError::NotFound`] when no message has this id.
pub fn set_outcome(c: &Connection, id: &MessageId, outcome: Outcome) -> Result<()> {
    let n = c
        .prepare_cached("UPDATE messages SET outcome = ?2 WHERE id = ?1")?
        .execute(params![id.as_str(), outcome.as_str()])?;
    if n == 0 {
        return Err(StoreError::NotFound(format!("message {id}")));
    }
    Ok(())
}

/// What became of a buyer message, and the assistant's reply stored right after it (before the
/// buyer's next message), if any: what a redelivery of the message answers with.
///
/// # Errors
/// As [`timers`].
pub fn reply_to(c: &Connection, id: &MessageId) -> Result<(Option<Outcome>, Option<String>)> {
    let outcome: Option<Option<String>> = query_opt(
        c,
        "SELECT outcome FROM messages WHERE id = ?1",
        [id.as_str()],
        |r| Ok(r.get(0)?),
    )?;
    let outcome = match outcome.flatten().as_deref() {
        Some("answered") => Some(Outcome::Answered),
        Some("drafted") => Some(Outcome::Drafted),
        Some("escalated") => Some(Outcome::Escalated),
        Some("waiting") => Some(Outcome::Waiting),
        _ => None,
    };
    let text = query_opt(
        c,
        "SELECT o.text FROM messages m JOIN messages o ON o.conversation_id = m.conversation_id
         WHERE m.id = ?1 AND o.seq > m.seq AND o.direction = 'outgoing' AND o.author = 'assistant'
           AND NOT EXISTS (SELECT 1 FROM messages n WHERE n.conversation_id = m.conversation_id
               AND n.direction = 'incoming' AND n.seq > m.seq AND n.seq < o.seq)
         ORDER BY o.seq LIMIT 1",
        [id.as_str()],
        |r| Ok(r.get::<_, String>(0)?),
    )?;
    Ok((outcome, text))
}

/// Buyer messages in `[from, to)` by what became of them.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    /// Buyer messages received.
    pub messages: u64,
    /// Answered by the assistant on its own.
    pub answered: u64,
    /// Kept as drafts for a person.
    pub drafted: u64,
    /// That escalated their conversation.
    pub escalated: u64,
    /// Waiting for the person who holds the conversation.
    pub waiting: u64,
    /// Followed by a reply to the buyer within the reply window given to [`counts`].
    pub replied_in_time: u64,
}

/// Counts buyer messages received in `[from, to)`; `within` is the reply window (marketplaces
/// count three minutes).
///
/// # Errors
/// As [`timers`].
pub fn counts(
    c: &Connection,
    from: Timestamp,
    to: Timestamp,
    within: jiff::SignedDuration,
) -> Result<Counts> {
    let within_ms = i64::try_from(within.as_millis()).unwrap_or(i64::MAX / 2);
    let row: [i64; 6] = c.query_row(
        "SELECT count(*),
            coalesce(sum(m.outcome = 'answered'), 0),
            coalesce(sum(m.outcome = 'drafted'), 0),
            coalesce(sum(m.outcome = 'escalated'), 0),
            coalesce(sum(m.outcome = 'waiting'), 0),
            coalesce(sum(EXISTS (SELECT 1 FROM messages o
                WHERE o.conversation_id = m.conversation_id AND o.direction = 'outgoing'
                  AND o.seq > m.seq AND o.created_at_ms <= m.created_at_ms + ?3)), 0)
         FROM messages m
         WHERE m.direction = 'incoming' AND m.created_at_ms >= ?1 AND m.created_at_ms < ?2",
        params![ms(from), ms(to), within_ms],
        |r| {
            Ok([
                r.get(0)?,
                r.get(1)?,
                r.get(2)?,
                r.get(3)?,
                r.get(4)?,
                r.get(5)?,
            ])
        },
    )?;
    Ok(Counts {
        messages: count("messages", row[0])?,
        answered: count("answered", row[1])?,
        drafted: count("drafted", row[2])?,
        escalated: count("escalated", row[3])?,
        waiting: count("waiting", row[4])?,
        replied_in_time: count("replied_in_time", row[5])?,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testkit::*;
    use crate::{Store, messages};
    use owldesk_domain::{Author, Direction};

    #[test]
    fn timers_round_trip_and_queries() {
        let store = Store::open_in_memory().unwrap();
        let c = store.conn();
        seed_conversation(c);
        let id: ConversationId = "co1".into();
        assert_eq!(
            timers(c, &id).unwrap(),
            Timers::default(),
            "no row, no timers"
        );
        let t = Timers {
            awaiting_since: Some(at(100)),
            holding_until: Some(at(9_000)),
            last_reply: None,
        };
        put_timers(c, &id, &t).unwrap();
        assert_eq!(timers(c, &id).unwrap(), t);
        assert_eq!(awaiting_since_before(c, at(99)).unwrap(), vec![]);
        assert_eq!(
            awaiting_since_before(c, at(100)).unwrap(),
            vec![(id.clone(), at(100))]
        );
        assert!(
            idle_pending(c, at(1_000_000)).unwrap().is_empty(),
            "a buyer is waiting"
        );
        put_timers(c, &id, &Timers::default()).unwrap();
        assert_eq!(idle_pending(c, at(1_000_000)).unwrap(), vec![id]);
    }

    #[test]
    fn counts_by_outcome_and_reply_window() {
        let store = Store::open_in_memory().unwrap();
        let c = store.conn();
        seed_conversation(c);
        let m1 = message("m1", "co1", Some("x1"));
        messages::insert(c, &m1, "bridge").unwrap();
        set_outcome(c, &m1.id, Outcome::Answered).unwrap();
        let mut reply = message("r1", "co1", None);
        reply.direction = Direction::Outgoing;
        reply.author = Author::Assistant;
        reply.created_at = at(60_000);
        messages::insert(c, &reply, "bridge").unwrap();
        let mut m2 = message("m2", "co1", Some("x2"));
        m2.created_at = at(100_000);
        messages::insert(c, &m2, "bridge").unwrap();
        set_outcome(c, &m2.id, Outcome::Escalated).unwrap();
        let n = counts(c, at(0), at(200_000), jiff::SignedDuration::from_secs(180)).unwrap();
        assert_eq!(n.messages, 2);
        assert_eq!(n.answered, 1);
        assert_eq!(n.escalated, 1);
        assert_eq!(n.replied_in_time, 1, "only the first message got a reply");
        assert!(set_outcome(c, &"zz".into(), Outcome::Waiting).is_err());
    }
}
