//! Handoff rules, in the owner's order, with conditions and actions as JSON.
//!
//! The order matters (the first rule whose conditions hold decides), so rules keep a
//! `position`: a new rule goes last and an edit keeps its place. Evaluating rules is the
//! engine's job. A new field of [`Rule`] needs a column in a new migration and a line in
//! [`upsert`] and `from_row`.

use owldesk_domain::{Rule, RuleId};
use rusqlite::{Connection, Row, params};

use crate::sql::{Result, enum_name, from_json, parse_enum, query_all, to_json};

/// All rules in the order they are evaluated.
///
/// # Errors
/// [`crate::StoreError::Sqlite`] or [`crate::StoreError::Corrupt`] on a failed read.
pub fn list(c: &Connection) -> Result<Vec<Rule>> {
    query_all(
        c,
        "SELECT id, name, event, conditions_json, actions_json, enabled FROM rules
         ORDER BY position, id",
        [],
        from_row,
    )
}

/// Stores the rule: replaces it in place when the id exists, else adds it last.
///
/// # Errors
/// [`crate::StoreError::Sqlite`] on a failed write.
pub fn upsert(c: &Connection, rule: &Rule) -> Result<()> {
    c.prepare_cached(
        "INSERT INTO rules (id, name, event, conditions_json, actions_json, enabled, position)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, (SELECT coalesce(max(position) + 1, 0) FROM rules))
         ON CONFLICT (id) DO UPDATE SET name = excluded.name, event = excluded.event,
            conditions_json = excluded.conditions_json, actions_json = excluded.actions_json,
            enabled = excluded.enabled",
    )?
    .execute(params![
        rule.id.as_str(),
        rule.name,
        enum_name(&rule.event)?,
        to_json(&rule.conditions)?,
        to_json(&rule.actions)?,
        rule.enabled,
    ])?;
    Ok(())
}

/// Deletes the rule; false when there was none.
///
/// # Errors
/// [`crate::StoreError::Sqlite`] on a failed write.
pub fn delete(c: &Connection, id: &RuleId) -> Result<bool> {
    let n = c
        .prepare_cached("DELETE FROM rules WHERE id = ?1")?
        .execute([id.as_str()])?;
    Ok(n > 0)
}

fn from_row(r: &Row<'_>) -> Result<Rule> {
    Ok(Rule {
        id: RuleId(r.get(0)?),
        name: r.get(1)?,
        event: parse_enum("rules.event", &r.get::<_, String>(2)?)?,
        conditions: from_json("rules.conditions_json", &r.get::<_, String>(3)?)?,
        actions: from_json("rules.actions_json", &r.get::<_, String>(4)?)?,
        enabled: r.get(5)?,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Store;
    use crate::testkit::*;
    use owldesk_domain::{Condition, MessageKind, Mood, OrderStatus};

    #[test]
    fn round_trip_update_in_place_and_delete() {
        let store = Store::open_in_memory().unwrap();
        let c = store.conn();
        let mut first = rule("r1");
        first.conditions.extend([
            Condition::KindIn {
                kinds: vec![MessageKind::Video],
            },
            Condition::OrderStatusIn {
                statuses: vec![OrderStatus::Shipped, OrderStatus::Closed],
            },
            Condition::MoodIs { mood: Mood::Upset },
        ]);
        upsert(c, &first).unwrap();
        let second = rule("r0");
        upsert(c, &second).unwrap();
        assert_eq!(
            list(c).unwrap(),
            vec![first.clone(), second.clone()],
            "added last"
        );

        first.enabled = false;
        first.name = "renamed".into();
        upsert(c, &first).unwrap();
        assert_eq!(
            list(c).unwrap(),
            vec![first, second.clone()],
            "an edit keeps the rule's place"
        );
        assert!(delete(c, &"r1".into()).unwrap());
        assert!(!delete(c, &"r1".into()).unwrap());
        assert_eq!(list(c).unwrap(), vec![second]);
    }
}
