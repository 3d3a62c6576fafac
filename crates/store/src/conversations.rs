//! Conversations: one buyer on one channel, who handles it, and what it is about.
//!
//! The order and the FAQ entries offered in a clarifying question are JSON columns; the order's
//! id is also a generated column so the inbox search finds it. Lists run newest activity first
//! with a keyset cursor over `(updated_at_ms, id)`, which stays correct while new messages
//! arrive. Deciding status changes is `core`'s job; this module stores what it is given. To
//! filter on another field, add it to [`ConversationQuery`] and an index in a new migration.

use owldesk_domain::{Conversation, ConversationId, ConversationStatus, CustomerId};
use rusqlite::types::Value;
use rusqlite::{Connection, Row, params, params_from_iter};

use crate::sql::{
    Result, conflict, count, decode_key, encode_key, fetch_limit, from_json, ms, opt_ms, opt_ts,
    page, parse_enum, query_all, query_opt, to_json, ts,
};
use crate::{Page, StoreError};

const COLUMNS: &str = "id, customer_id, customer, channel, status, priority, assignee, \
    waiting_since_ms, snoozed_until_ms, order_json, offered_json, last_text, created_at_ms, \
    updated_at_ms";

/// Every status, in the order [`count_by_status`] reports them.
const STATUSES: [ConversationStatus; 4] = [
    ConversationStatus::Pending,
    ConversationStatus::Open,
    ConversationStatus::Snoozed,
    ConversationStatus::Resolved,
];

/// What [`list`] returns.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ConversationQuery {
    /// Only conversations in this status.
    pub status: Option<ConversationStatus>,
    /// A substring (ASCII case ignored) of the customer, the last text or the order id.
    pub search: Option<String>,
    /// Page size; 0 counts as 1.
    pub limit: usize,
    /// The previous page's `next_cursor`.
    pub cursor: Option<String>,
}

/// Stores a new conversation.
///
/// # Errors
/// [`StoreError::Conflict`] when the id exists; [`StoreError::Sqlite`] when the customer does not.
pub fn insert(c: &Connection, conv: &Conversation) -> Result<()> {
    c.prepare_cached(&format!(
        "INSERT INTO conversations ({COLUMNS})
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)"
    ))?
    .execute(params![
        conv.id.as_str(),
        conv.customer_id.as_str(),
        conv.customer,
        conv.channel,
        conv.status.as_str(),
        conv.priority.as_str(),
        conv.assignee,
        opt_ms(conv.waiting_since),
        opt_ms(conv.snoozed_until),
        conv.order.as_ref().map(to_json).transpose()?,
        to_json(&conv.offered)?,
        conv.last_text,
        ms(conv.created_at),
        ms(conv.updated_at),
    ])
    .map_err(|e| conflict(e, || format!("conversation {} already exists", conv.id)))?;
    Ok(())
}

/// Replaces a stored conversation's fields (its id, customer and channel stay).
///
/// # Errors
/// [`StoreError::NotFound`] when no conversation has this id.
pub fn update(c: &Connection, conv: &Conversation) -> Result<()> {
    let n = c
        .prepare_cached(
            "UPDATE conversations SET customer = ?2, status = ?3, priority = ?4, assignee = ?5,
                waiting_since_ms = ?6, snoozed_until_ms = ?7, order_json = ?8, offered_json = ?9,
                last_text = ?10, created_at_ms = ?11, updated_at_ms = ?12
             WHERE id = ?1",
        )?
        .execute(params![
            conv.id.as_str(),
            conv.customer,
            conv.status.as_str(),
            conv.priority.as_str(),
            conv.assignee,
            opt_ms(conv.waiting_since),
            opt_ms(conv.snoozed_until),
            conv.order.as_ref().map(to_json).transpose()?,
            to_json(&conv.offered)?,
            conv.last_text,
            ms(conv.created_at),
            ms(conv.updated_at),
        ])?;
    if n == 0 {
        return Err(StoreError::NotFound(format!("conversation {}", conv.id)));
    }
    Ok(())
}

/// The conversation with this id.
///
/// # Errors
/// [`StoreError::Sqlite`] or [`StoreError::Corrupt`] on a failed read.
pub fn get(c: &Connection, id: &ConversationId) -> Result<Option<Conversation>> {
    query_opt(
        c,
        &format!("SELECT {COLUMNS} FROM conversations WHERE id = ?1"),
        [id.as_str()],
        from_row,
    )
}

/// The most recently created conversation of `customer` on `channel`, whatever its status.
///
/// # Errors
/// [`StoreError::Sqlite`] or [`StoreError::Corrupt`] on a failed read.
pub fn latest_for(
    c: &Connection,
    customer: &CustomerId,
    channel: &str,
) -> Result<Option<Conversation>> {
    query_opt(
        c,
        &format!(
            "SELECT {COLUMNS} FROM conversations WHERE customer_id = ?1 AND channel = ?2
             ORDER BY created_at_ms DESC, id DESC LIMIT 1"
        ),
        [customer.as_str(), channel],
        from_row,
    )
}

/// One page of conversations matching `q`, newest activity first.
///
/// # Errors
/// [`StoreError::Invalid`] for a cursor this module did not make; read errors otherwise.
pub fn list(c: &Connection, q: &ConversationQuery) -> Result<Page<Conversation>> {
    let mut sql = format!("SELECT {COLUMNS} FROM conversations WHERE 1 = 1");
    let mut args: Vec<Value> = Vec::new();
    if let Some(status) = q.status {
        sql.push_str(" AND status = ?");
        args.push(status.as_str().to_owned().into());
    }
    if let Some(term) = q.search.as_deref().map(str::trim).filter(|t| !t.is_empty()) {
        sql.push_str(
            " AND (instr(lower(customer), lower(?)) > 0
                OR instr(lower(coalesce(last_text, '')), lower(?)) > 0
                OR instr(lower(coalesce(order_id, '')), lower(?)) > 0)",
        );
        args.extend(std::iter::repeat_n(Value::from(term.to_owned()), 3));
    }
    if let Some(cursor) = &q.cursor {
        let (at, id) = decode_key(cursor)?;
        sql.push_str(" AND (updated_at_ms < ? OR (updated_at_ms = ? AND id < ?))");
        args.extend([at.into(), at.into(), id.into()]);
    }
    sql.push_str(" ORDER BY updated_at_ms DESC, id DESC LIMIT ?");
    args.push(fetch_limit(q.limit).into());
    let rows = query_all(c, &sql, params_from_iter(args), from_row)?;
    Ok(page(
        rows,
        q.limit,
        |conv| encode_key(ms(conv.updated_at), conv.id.as_str()),
        |conv| conv,
    ))
}

/// Snoozed conversations whose wake-up time is at or before `at`.
///
/// # Errors
/// [`StoreError::Sqlite`] or [`StoreError::Corrupt`] on a failed read.
pub fn snoozed_until_before(c: &Connection, at: jiff::Timestamp) -> Result<Vec<Conversation>> {
    query_all(
        c,
        &format!(
            "SELECT {COLUMNS} FROM conversations
             WHERE status = 'snoozed' AND snoozed_until_ms <= ?1 ORDER BY snoozed_until_ms"
        ),
        [ms(at)],
        from_row,
    )
}

/// How many conversations are in each status; every status is listed, zeros included.
///
/// # Errors
/// [`StoreError::Sqlite`] or [`StoreError::Corrupt`] on a failed read.
pub fn count_by_status(c: &Connection) -> Result<Vec<(ConversationStatus, u64)>> {
    let found = query_all(
        c,
        "SELECT status, count(*) FROM conversations GROUP BY status",
        [],
        |r| {
            let status: ConversationStatus =
                parse_enum("conversations.status", &r.get::<_, String>(0)?)?;
            Ok((status, count("count", r.get(1)?)?))
        },
    )?;
    Ok(STATUSES
        .iter()
        .map(|s| {
            let n = found.iter().find(|(f, _)| f == s).map_or(0, |(_, n)| *n);
            (*s, n)
        })
        .collect())
}

fn from_row(r: &Row<'_>) -> Result<Conversation> {
    let order: Option<String> = r.get(9)?;
    Ok(Conversation {
        id: ConversationId(r.get(0)?),
        customer_id: CustomerId(r.get(1)?),
        customer: r.get(2)?,
        channel: r.get(3)?,
        status: parse_enum("conversations.status", &r.get::<_, String>(4)?)?,
        priority: parse_enum("conversations.priority", &r.get::<_, String>(5)?)?,
        assignee: r.get(6)?,
        waiting_since: opt_ts("conversations.waiting_since_ms", r.get(7)?)?,
        snoozed_until: opt_ts("conversations.snoozed_until_ms", r.get(8)?)?,
        order: order
            .map(|o| from_json("conversations.order_json", &o))
            .transpose()?,
        offered: from_json("conversations.offered_json", &r.get::<_, String>(10)?)?,
        last_text: r.get(11)?,
        created_at: ts("conversations.created_at_ms", r.get(12)?)?,
        updated_at: ts("conversations.updated_at_ms", r.get(13)?)?,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testkit::*;
    use crate::{Store, customers};
    use owldesk_domain::Priority;
    use rstest::rstest;

    #[test]
    fn round_trip_and_update() {
        let store = Store::open_in_memory().unwrap();
        let c = store.conn();
        seed_conversation(c);
        let mut conv = conversation("co1", "cu1", 0);
        assert_eq!(get(c, &conv.id).unwrap(), Some(conv.clone()));

        conv.status = ConversationStatus::Open;
        conv.priority = Priority::Urgent;
        conv.assignee = Some("amy".into());
        conv.waiting_since = Some(at(10));
        conv.snoozed_until = Some(at(20));
        conv.order = Some(order("240101-001"));
        conv.offered = vec!["ship_time".into(), "refund".into()];
        conv.updated_at = at(30);
        update(c, &conv).unwrap();
        assert_eq!(
            get(c, &conv.id).unwrap(),
            Some(conv),
            "every field survives an update"
        );
    }

    #[test]
    fn update_of_a_missing_conversation_is_not_found() {
        let store = Store::open_in_memory().unwrap();
        let err = update(store.conn(), &conversation("nope", "cu1", 0)).unwrap_err();
        assert!(matches!(err, StoreError::NotFound(_)), "got {err}");
    }

    #[test]
    fn latest_for_picks_the_newest_on_that_channel() {
        let store = Store::open_in_memory().unwrap();
        let c = store.conn();
        seed_conversation(c);
        let mut newer = conversation("co2", "cu1", 0);
        newer.created_at = at(100);
        insert(c, &newer).unwrap();
        let mut other_channel = conversation("co3", "cu1", 0);
        other_channel.channel = "email".into();
        other_channel.created_at = at(200);
        insert(c, &other_channel).unwrap();

        let got = latest_for(c, &"cu1".into(), "bridge").unwrap().unwrap();
        assert_eq!(
            got.id.as_str(),
            "co2",
            "newest on bridge, not the email one"
        );
        assert_eq!(latest_for(c, &"cu1".into(), "pdd").unwrap(), None);
    }

    #[test]
    fn pages_cover_everything_once_newest_first() {
        let store = Store::open_in_memory().unwrap();
        let c = store.conn();
        customers::insert(c, &customer("cu1", "bridge", "b1")).unwrap();
        for i in 0..5 {
            // Two share a timestamp so the id breaks the tie.
            insert(c, &conversation(&format!("co{i}"), "cu1", i.min(3) * 10)).unwrap();
        }
        let mut seen = Vec::new();
        let mut cursor = None;
        let mut pages = 0;
        loop {
            let q = ConversationQuery {
                limit: 2,
                cursor,
                ..Default::default()
            };
            let p = list(c, &q).unwrap();
            pages += 1;
            seen.extend(p.items.into_iter().map(|c| c.id.0));
            cursor = p.next_cursor;
            if cursor.is_none() {
                break;
            }
        }
        assert_eq!(pages, 3, "5 items at 2 per page");
        assert_eq!(
            seen,
            ["co4", "co3", "co2", "co1", "co0"],
            "newest first, no gap or repeat"
        );
    }

    #[rstest]
    #[case::by_status(Some(ConversationStatus::Open), None, &["co2"])]
    #[case::by_order_id(None, Some("240101"), &["co3"])]
    #[case::by_last_text_any_case(None, Some("HELLO FROM CO1"), &["co1"])]
    #[case::by_customer(None, Some("buyer-1"), &["co3", "co2", "co1"])]
    #[case::nothing(None, Some("退款"), &[])]
    fn filters(
        #[case] status: Option<ConversationStatus>,
        #[case] search: Option<&str>,
        #[case] want: &[&str],
    ) {
        let store = Store::open_in_memory().unwrap();
        let c = store.conn();
        customers::insert(c, &customer("cu1", "bridge", "b1")).unwrap();
        insert(c, &conversation("co1", "cu1", 1)).unwrap();
        let mut open = conversation("co2", "cu1", 2);
        open.status = ConversationStatus::Open;
        insert(c, &open).unwrap();
        let mut with_order = conversation("co3", "cu1", 3);
        with_order.order = Some(order("240101-001"));
        insert(c, &with_order).unwrap();

        let q = ConversationQuery {
            status,
            search: search.map(Into::into),
            limit: 10,
            cursor: None,
        };
        let got: Vec<String> = list(c, &q)
            .unwrap()
            .items
            .into_iter()
            .map(|c| c.id.0)
            .collect();
        assert_eq!(got, want);
    }

    #[test]
    fn a_forged_cursor_is_invalid() {
        let store = Store::open_in_memory().unwrap();
        let q = ConversationQuery {
            limit: 2,
            cursor: Some("yesterday".into()),
            ..Default::default()
        };
        let err = list(store.conn(), &q).unwrap_err();
        assert!(matches!(err, StoreError::Invalid(_)), "got {err}");
    }

    #[test]
    fn counts_every_status() {
        let store = Store::open_in_memory().unwrap();
        let c = store.conn();
        seed_conversation(c);
        let mut open = conversation("co2", "cu1", 0);
        open.status = ConversationStatus::Open;
        insert(c, &open).unwrap();
        assert_eq!(
            count_by_status(c).unwrap(),
            vec![
                (ConversationStatus::Pending, 1),
                (ConversationStatus::Open, 1),
                (ConversationStatus::Snoozed, 0),
                (ConversationStatus::Resolved, 0),
            ]
        );
    }
}
