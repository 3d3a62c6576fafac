//! Escalations: conversations handed to a person, why, and where each hand-off stands.
//!
//! Rows are inserted when the assistant escalates and updated as a person snoozes or resolves
//! them; lists run newest first with a keyset cursor over `(created_at_ms, id)`. Which
//! escalation to raise or close is `core`'s decision. To list by another field (priority), add
//! a parameter and an index in a new migration.

use owldesk_domain::{
    ConversationId, Escalation, EscalationId, EscalationReason, EscalationStatus, MessageId,
};
use rusqlite::types::Value;
use rusqlite::{Connection, Row, params, params_from_iter};

use crate::sql::{
    Result, conflict, count, decode_key, domain, encode_key, fetch_limit, ms, opt_ms, opt_ts, page,
    parse_enum, query_all, query_opt, ts,
};
use crate::{Page, StoreError};

const COLUMNS: &str = "id, conversation_id, message_id, reason, rule, status, priority, summary, \
    created_at_ms, resolved_at_ms, snoozed_until_ms, due_at_ms";

/// Every status, in the order [`count_by_status`] reports them.
const STATUSES: [EscalationStatus; 3] = [
    EscalationStatus::Open,
    EscalationStatus::Snoozed,
    EscalationStatus::Resolved,
];

/// Stores a new escalation.
///
/// # Errors
/// [`StoreError::Conflict`] when the id exists; [`StoreError::Sqlite`] when the conversation
/// does not.
pub fn insert(c: &Connection, e: &Escalation) -> Result<()> {
    c.prepare_cached(&format!(
        "INSERT INTO escalations ({COLUMNS}) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)"
    ))?
    .execute(params![
        e.id.as_str(),
        e.conversation_id.as_str(),
        e.message_id.as_str(),
        e.reason.as_str(),
        e.rule,
        e.status.as_str(),
        e.priority.as_str(),
        e.summary,
        ms(e.created_at),
        opt_ms(e.resolved_at),
        opt_ms(e.snoozed_until),
        opt_ms(e.due_at),
    ])
    .map_err(|err| conflict(err, || format!("escalation {} already exists", e.id)))?;
    Ok(())
}

/// Replaces a stored escalation's fields (its id and conversation stay).
///
/// # Errors
/// [`StoreError::NotFound`] when no escalation has this id.
pub fn update(c: &Connection, e: &Escalation) -> Result<()> {
    let n = c
        .prepare_cached(
            "UPDATE escalations SET message_id = ?2, reason = ?3, rule = ?4, status = ?5,
                priority = ?6, summary = ?7, created_at_ms = ?8, resolved_at_ms = ?9,
                snoozed_until_ms = ?10, due_at_ms = ?11
             WHERE id = ?1",
        )?
        .execute(params![
            e.id.as_str(),
            e.message_id.as_str(),
            e.reason.as_str(),
            e.rule,
            e.status.as_str(),
            e.priority.as_str(),
            e.summary,
            ms(e.created_at),
            opt_ms(e.resolved_at),
            opt_ms(e.snoozed_until),
            opt_ms(e.due_at),
        ])?;
    if n == 0 {
        return Err(StoreError::NotFound(format!("escalation {}", e.id)));
    }
    Ok(())
}

/// The escalation with this id.
///
/// # Errors
/// [`StoreError::Sqlite`] or [`StoreError::Corrupt`] on a failed read.
pub fn get(c: &Connection, id: &EscalationId) -> Result<Option<Escalation>> {
    query_opt(
        c,
        &format!("SELECT {COLUMNS} FROM escalations WHERE id = ?1"),
        [id.as_str()],
        from_row,
    )
}

/// The newest escalation of the conversation that is still open or snoozed.
///
/// # Errors
/// [`StoreError::Sqlite`] or [`StoreError::Corrupt`] on a failed read.
pub fn open_for_conversation(c: &Connection, id: &ConversationId) -> Result<Option<Escalation>> {
    query_opt(
        c,
        &format!(
            "SELECT {COLUMNS} FROM escalations
             WHERE conversation_id = ?1 AND status IN ('open', 'snoozed')
             ORDER BY created_at_ms DESC, id DESC LIMIT 1"
        ),
        [id.as_str()],
        from_row,
    )
}

/// One page of escalations (only those in `status` when given), newest first.
///
/// # Errors
/// [`StoreError::Invalid`] for a cursor this module did not make; read errors otherwise.
pub fn list(
    c: &Connection,
    status: Option<EscalationStatus>,
    limit: usize,
    cursor: Option<&str>,
) -> Result<Page<Escalation>> {
    let mut sql = format!("SELECT {COLUMNS} FROM escalations WHERE 1 = 1");
    let mut args: Vec<Value> = Vec::new();
    if let Some(status) = status {
        sql.push_str(" AND status = ?");
        args.push(status.as_str().to_owned().into());
    }
    if let Some(cursor) = cursor {
        let (at, id) = decode_key(cursor)?;
        sql.push_str(" AND (created_at_ms < ? OR (created_at_ms = ? AND id < ?))");
        args.extend([at.into(), at.into(), id.into()]);
    }
    sql.push_str(" ORDER BY created_at_ms DESC, id DESC LIMIT ?");
    args.push(fetch_limit(limit).into());
    let rows = query_all(c, &sql, params_from_iter(args), from_row)?;
    Ok(page(
        rows,
        limit,
        |e| encode_key(ms(e.created_at), e.id.as_str()),
        |e| e,
    ))
}

/// How many escalations are in each status; every status is listed, zeros included.
///
/// # Errors
/// [`StoreError::Sqlite`] or [`StoreError::Corrupt`] on a failed read.
pub fn count_by_status(c: &Connection) -> Result<Vec<(EscalationStatus, u64)>> {
    let found = query_all(
        c,
        "SELECT status, count(*) FROM escalations GROUP BY status",
        [],
        |r| {
            let status = domain(
                "escalations.status",
                EscalationStatus::parse(&r.get::<_, String>(0)?),
            )?;
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

/// Escalations raised in `[from, to)` that are not resolved, urgent first, then oldest.
///
/// # Errors
/// As [`get`].
pub fn unresolved_between(
    c: &Connection,
    from: jiff::Timestamp,
    to: jiff::Timestamp,
) -> Result<Vec<Escalation>> {
    query_all(
        c,
        &format!(
            "SELECT {COLUMNS} FROM escalations
             WHERE status != 'resolved' AND created_at_ms >= ?1 AND created_at_ms < ?2
             ORDER BY CASE priority WHEN 'urgent' THEN 0 WHEN 'high' THEN 1 WHEN 'normal' THEN 2
                 ELSE 3 END, created_at_ms, id"
        ),
        params![ms(from), ms(to)],
        from_row,
    )
}

fn from_row(r: &Row<'_>) -> Result<Escalation> {
    Ok(Escalation {
        id: EscalationId(r.get(0)?),
        conversation_id: ConversationId(r.get(1)?),
        message_id: MessageId(r.get(2)?),
        reason: domain(
            "escalations.reason",
            EscalationReason::parse(&r.get::<_, String>(3)?),
        )?,
        rule: r.get(4)?,
        status: domain(
            "escalations.status",
            EscalationStatus::parse(&r.get::<_, String>(5)?),
        )?,
        priority: parse_enum("escalations.priority", &r.get::<_, String>(6)?)?,
        summary: r.get(7)?,
        created_at: ts("escalations.created_at_ms", r.get(8)?)?,
        resolved_at: opt_ts("escalations.resolved_at_ms", r.get(9)?)?,
        snoozed_until: opt_ts("escalations.snoozed_until_ms", r.get(10)?)?,
        due_at: opt_ts("escalations.due_at_ms", r.get(11)?)?,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Store;
    use crate::testkit::*;
    use owldesk_domain::Priority;

    #[test]
    fn round_trip_and_update() {
        let store = Store::open_in_memory().unwrap();
        let c = store.conn();
        seed_conversation(c);
        let mut e = escalation("e1", "co1", 10);
        e.reason = EscalationReason::Rule;
        e.rule = Some("allergy questions".into());
        insert(c, &e).unwrap();
        assert_eq!(get(c, &e.id).unwrap(), Some(e.clone()));

        e.status = EscalationStatus::Resolved;
        e.priority = Priority::Low;
        e.resolved_at = Some(at(99));
        update(c, &e).unwrap();
        assert_eq!(get(c, &e.id).unwrap(), Some(e));

        let err = update(c, &escalation("e404", "co1", 0)).unwrap_err();
        assert!(matches!(err, StoreError::NotFound(_)), "got {err}");
    }

    #[test]
    fn open_for_conversation_skips_resolved_ones() {
        let store = Store::open_in_memory().unwrap();
        let c = store.conn();
        seed_conversation(c);
        assert_eq!(
            open_for_conversation(c, &"co1".into()).unwrap(),
            None,
            "a new conversation has no escalation"
        );
        let mut snoozed = escalation("e1", "co1", 10);
        snoozed.status = EscalationStatus::Snoozed;
        insert(c, &snoozed).unwrap();
        let mut resolved = escalation("e2", "co1", 20);
        resolved.status = EscalationStatus::Resolved;
        insert(c, &resolved).unwrap();
        assert_eq!(
            open_for_conversation(c, &"co1".into()).unwrap(),
            Some(snoozed)
        );
    }

    #[test]
    fn pages_cover_everything_once_newest_first_and_filter() {
        let store = Store::open_in_memory().unwrap();
        let c = store.conn();
        seed_conversation(c);
        for i in 0..5 {
            let mut e = escalation(&format!("e{i}"), "co1", i * 10);
            if i == 2 {
                e.status = EscalationStatus::Resolved;
            }
            insert(c, &e).unwrap();
        }
        let (mut seen, mut cursor, mut pages) = (Vec::new(), None::<String>, 0);
        loop {
            let p = list(c, None, 2, cursor.as_deref()).unwrap();
            pages += 1;
            seen.extend(p.items.into_iter().map(|e| e.id.0));
            cursor = p.next_cursor;
            if cursor.is_none() {
                break;
            }
        }
        assert_eq!(pages, 3, "5 items at 2 per page");
        assert_eq!(
            seen,
            ["e4", "e3", "e2", "e1", "e0"],
            "newest first, no gap or repeat"
        );

        let open: Vec<String> = list(c, Some(EscalationStatus::Open), 10, None)
            .unwrap()
            .items
            .into_iter()
            .map(|e| e.id.0)
            .collect();
        assert_eq!(open, ["e4", "e3", "e1", "e0"]);
        assert_eq!(
            count_by_status(c).unwrap(),
            vec![
                (EscalationStatus::Open, 4),
                (EscalationStatus::Snoozed, 0),
                (EscalationStatus::Resolved, 1)
            ]
        );
    }
}
