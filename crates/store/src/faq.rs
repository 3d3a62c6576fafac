//! FAQ entries, in the owner's order, with how often each one answered buyers.
//!
//! Paraphrases, per-order-status variants and tags are JSON columns; `position` keeps the
//! owner's order (new entries go last, [`reorder`] rewrites it); `hits` and `last_hit_ms` are the
//! usage statistics, which edits leave alone. Validating an entry (its id alphabet, duplicate
//! questions) is the domain's and `core`'s job, not this module's. A new field of
//! [`FaqEntry`] needs a column in a new migration and a line in [`insert`], [`update`] and
//! `from_row`.

use jiff::Timestamp;
use owldesk_domain::{FaqEntry, FaqId, FaqStats};
use rusqlite::{Connection, Row, params};

use crate::StoreError;
use crate::sql::{
    Result, atomic, conflict, count as non_negative, from_json, ms, opt_ts, query_all, query_count,
    query_opt, to_json,
};

const COLUMNS: &str =
    "id, question, paraphrases_json, answer, variants_json, tags_json, enabled, hits, last_hit_ms";

/// All entries in the owner's order.
///
/// # Errors
/// [`StoreError::Sqlite`] or [`StoreError::Corrupt`] on a failed read.
pub fn list(c: &Connection) -> Result<Vec<FaqEntry>> {
    Ok(list_with_stats(c)?.into_iter().map(|(e, _)| e).collect())
}

/// All entries in the owner's order, each with its usage statistics.
///
/// # Errors
/// [`StoreError::Sqlite`] or [`StoreError::Corrupt`] on a failed read.
pub fn list_with_stats(c: &Connection) -> Result<Vec<(FaqEntry, FaqStats)>> {
    query_all(
        c,
        &format!("SELECT {COLUMNS} FROM faq_entries ORDER BY position, id"),
        [],
        from_row,
    )
}

/// The entry with this id.
///
/// # Errors
/// [`StoreError::Sqlite`] or [`StoreError::Corrupt`] on a failed read.
pub fn get(c: &Connection, id: &FaqId) -> Result<Option<FaqEntry>> {
    Ok(query_opt(
        c,
        &format!("SELECT {COLUMNS} FROM faq_entries WHERE id = ?1"),
        [id.as_str()],
        from_row,
    )?
    .map(|(e, _)| e))
}

/// Adds a new entry after all others.
///
/// # Errors
/// [`StoreError::Conflict`] when an entry with this id exists.
pub fn insert(c: &Connection, e: &FaqEntry, at: Timestamp) -> Result<()> {
    c.prepare_cached(
        "INSERT INTO faq_entries (id, question, paraphrases_json, answer, variants_json,
            tags_json, enabled, position, created_at_ms, updated_at_ms)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7,
            (SELECT coalesce(max(position) + 1, 0) FROM faq_entries), ?8, ?8)",
    )?
    .execute(params![
        e.id.as_str(),
        e.question,
        to_json(&e.paraphrases)?,
        e.answer,
        to_json(&e.variants)?,
        to_json(&e.tags)?,
        e.enabled,
        ms(at),
    ])
    .map_err(|err| conflict(err, || format!("faq entry {} already exists", e.id)))?;
    Ok(())
}

/// Replaces an entry's content, keeping its position and statistics.
///
/// # Errors
/// [`StoreError::NotFound`] when no entry has this id.
pub fn update(c: &Connection, e: &FaqEntry, at: Timestamp) -> Result<()> {
    let n = c
        .prepare_cached(
            "UPDATE faq_entries SET question = ?2, paraphrases_json = ?3, answer = ?4,
                variants_json = ?5, tags_json = ?6, enabled = ?7, updated_at_ms = ?8
             WHERE id = ?1",
        )?
        .execute(params![
            e.id.as_str(),
            e.question,
            to_json(&e.paraphrases)?,
            e.answer,
            to_json(&e.variants)?,
            to_json(&e.tags)?,
            e.enabled,
            ms(at),
        ])?;
    if n == 0 {
        return Err(StoreError::NotFound(format!("faq entry {}", e.id)));
    }
    Ok(())
}

/// Updates the entry if it exists, else adds it last (what an import does).
///
/// # Errors
/// [`StoreError::Sqlite`] on a failed write.
pub fn upsert(c: &Connection, e: &FaqEntry, at: Timestamp) -> Result<()> {
    match update(c, e, at) {
        Err(StoreError::NotFound(_)) => insert(c, e, at),
        other => other,
    }
}

/// Deletes the entry; false when there was none.
///
/// # Errors
/// [`StoreError::Sqlite`] on a failed write.
pub fn delete(c: &Connection, id: &FaqId) -> Result<bool> {
    let n = c
        .prepare_cached("DELETE FROM faq_entries WHERE id = ?1")?
        .execute([id.as_str()])?;
    Ok(n > 0)
}

/// Puts the listed entries first, in the given order; unlisted entries keep their relative
/// order after them, and unknown ids are ignored.
///
/// # Errors
/// [`StoreError::Sqlite`] on a failed write (nothing changes then).
pub fn reorder(c: &Connection, ids: &[FaqId]) -> Result<()> {
    atomic(c, || {
        let rest: Vec<String> = query_all(
            c,
            "SELECT id FROM faq_entries ORDER BY position, id",
            [],
            |r| Ok(r.get(0)?),
        )?;
        let listed = ids.iter().map(FaqId::as_str);
        let unlisted = rest
            .iter()
            .map(String::as_str)
            .filter(|id| !ids.iter().any(|x| x.as_str() == *id));
        let mut stmt = c.prepare_cached("UPDATE faq_entries SET position = ?2 WHERE id = ?1")?;
        for (position, id) in listed.chain(unlisted).enumerate() {
            stmt.execute(params![id, i64::try_from(position).unwrap_or(i64::MAX)])?;
        }
        Ok(())
    })
}

/// Counts one automatic answer given with the entry at `at`; false when the entry is gone
/// (deleted while the answer was being sent), which is not an error.
///
/// # Errors
/// [`StoreError::Sqlite`] on a failed write.
pub fn record_hit(c: &Connection, id: &FaqId, at: Timestamp) -> Result<bool> {
    let n = c
        .prepare_cached("UPDATE faq_entries SET hits = hits + 1, last_hit_ms = ?2 WHERE id = ?1")?
        .execute(params![id.as_str(), ms(at)])?;
    Ok(n > 0)
}

/// The entry's usage statistics.
///
/// # Errors
/// [`StoreError::Sqlite`] or [`StoreError::Corrupt`] on a failed read.
pub fn stats(c: &Connection, id: &FaqId) -> Result<Option<FaqStats>> {
    query_opt(
        c,
        "SELECT hits, last_hit_ms FROM faq_entries WHERE id = ?1",
        [id.as_str()],
        |r| stats_at(r, 0),
    )
}

/// How many entries there are.
///
/// # Errors
/// [`StoreError::Sqlite`] on a failed read.
pub fn count(c: &Connection) -> Result<u64> {
    query_count(c, "SELECT count(*) FROM faq_entries", [])
}

fn stats_at(r: &Row<'_>, first: usize) -> Result<FaqStats> {
    Ok(FaqStats {
        hits: non_negative("faq_entries.hits", r.get(first)?)?,
        last_hit: opt_ts("faq_entries.last_hit_ms", r.get(first + 1)?)?,
    })
}

fn from_row(r: &Row<'_>) -> Result<(FaqEntry, FaqStats)> {
    let entry = FaqEntry {
        id: FaqId(r.get(0)?),
        question: r.get(1)?,
        paraphrases: from_json("faq_entries.paraphrases_json", &r.get::<_, String>(2)?)?,
        answer: r.get(3)?,
        variants: from_json("faq_entries.variants_json", &r.get::<_, String>(4)?)?,
        tags: from_json("faq_entries.tags_json", &r.get::<_, String>(5)?)?,
        enabled: r.get(6)?,
    };
    Ok((entry, stats_at(r, 7)?))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Store;
    use crate::testkit::*;

    fn ids(c: &Connection) -> Vec<String> {
        list(c).unwrap().into_iter().map(|e| e.id.0).collect()
    }

    #[test]
    fn round_trip_update_and_delete() {
        let store = Store::open_in_memory().unwrap();
        let c = store.conn();
        let mut e = faq_entry("ship_time");
        insert(c, &e, at(0)).unwrap();
        assert_eq!(get(c, &e.id).unwrap(), Some(e.clone()));

        e.answer = "24小时内发货".into();
        e.enabled = false;
        e.variants.clear();
        update(c, &e, at(5)).unwrap();
        assert_eq!(
            get(c, &e.id).unwrap(),
            Some(e.clone()),
            "the edit is stored"
        );

        assert!(delete(c, &e.id).unwrap());
        assert!(!delete(c, &e.id).unwrap(), "a second delete finds nothing");
        assert_eq!(get(c, &e.id).unwrap(), None);
    }

    #[test]
    fn insert_refuses_a_taken_id_and_update_a_missing_one() {
        let store = Store::open_in_memory().unwrap();
        let c = store.conn();
        insert(c, &faq_entry("a"), at(0)).unwrap();
        let err = insert(c, &faq_entry("a"), at(0)).unwrap_err();
        assert!(matches!(err, StoreError::Conflict(_)), "got {err}");
        let err = update(c, &faq_entry("b"), at(0)).unwrap_err();
        assert!(matches!(err, StoreError::NotFound(_)), "got {err}");
    }

    #[test]
    fn owner_order_survives_edits_and_can_be_changed() {
        let store = Store::open_in_memory().unwrap();
        let c = store.conn();
        for id in ["c", "a", "b"] {
            upsert(c, &faq_entry(id), at(0)).unwrap();
        }
        assert_eq!(ids(c), ["c", "a", "b"], "insertion order, not alphabetical");
        let mut a = faq_entry("a");
        a.question = "changed".into();
        upsert(c, &a, at(1)).unwrap();
        assert_eq!(ids(c), ["c", "a", "b"], "an edit keeps the position");
        assert_eq!(get(c, &a.id).unwrap(), Some(a));
        reorder(c, &["b".into(), "ghost".into()]).unwrap();
        assert_eq!(ids(c), ["b", "c", "a"]);
        assert_eq!(count(c).unwrap(), 3);
    }

    #[test]
    fn hits_are_counted_and_kept_across_edits() {
        let store = Store::open_in_memory().unwrap();
        let c = store.conn();
        let e = faq_entry("ship_time");
        insert(c, &e, at(0)).unwrap();
        assert_eq!(stats(c, &e.id).unwrap(), Some(FaqStats::default()));
        assert!(record_hit(c, &e.id, at(10)).unwrap());
        assert!(record_hit(c, &e.id, at(20)).unwrap());
        update(c, &e, at(30)).unwrap();
        let want = FaqStats {
            hits: 2,
            last_hit: Some(at(20)),
        };
        assert_eq!(stats(c, &e.id).unwrap(), Some(want.clone()));
        assert_eq!(list_with_stats(c).unwrap(), vec![(e, want)]);
        assert!(!record_hit(c, &"gone".into(), at(40)).unwrap());
        assert_eq!(stats(c, &"gone".into()).unwrap(), None);
    }
}
