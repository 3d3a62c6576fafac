//! Orders: the shop's orders as imported from a marketplace export or reported by a channel.
//!
//! The status is a column (its stable English key, checked), the items a JSON column; the last
//! report wins. Matching an order to a conversation and parsing export files is `core`'s job.
//! Listing or searching orders needs an index in a new migration and a function here.

use jiff::Timestamp;
use owldesk_domain::{Order, OrderStatus};
use rusqlite::{Connection, params};

use crate::sql::{Result, domain, from_json, ms, query_opt, to_json};

/// Stores the order, replacing an earlier version of it; `at` is when it was learned.
///
/// # Errors
/// [`crate::StoreError::Sqlite`] on a failed write.
pub fn upsert(c: &Connection, order: &Order, at: Timestamp) -> Result<()> {
    c.prepare_cached(
        "INSERT INTO orders (id, status, tracking_no, carrier, items_json, updated_at_ms)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)
         ON CONFLICT (id) DO UPDATE SET status = excluded.status,
            tracking_no = excluded.tracking_no, carrier = excluded.carrier,
            items_json = excluded.items_json, updated_at_ms = excluded.updated_at_ms",
    )?
    .execute(params![
        order.id,
        order.status.key(),
        order.tracking_no,
        order.carrier,
        to_json(&order.items)?,
        ms(at),
    ])?;
    Ok(())
}

/// The order with this marketplace number.
///
/// # Errors
/// [`crate::StoreError::Sqlite`] or [`crate::StoreError::Corrupt`] on a failed read.
pub fn get(c: &Connection, id: &str) -> Result<Option<Order>> {
    query_opt(
        c,
        "SELECT id, status, tracking_no, carrier, items_json FROM orders WHERE id = ?1",
        [id],
        |r| {
            Ok(Order {
                id: r.get(0)?,
                status: domain("orders.status", OrderStatus::parse(&r.get::<_, String>(1)?))?,
                tracking_no: r.get(2)?,
                carrier: r.get(3)?,
                items: from_json("orders.items_json", &r.get::<_, String>(4)?)?,
            })
        },
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Store;
    use crate::testkit::*;

    #[test]
    fn round_trip_and_replace() {
        let store = Store::open_in_memory().unwrap();
        let c = store.conn();
        let mut o = order("240101-001");
        upsert(c, &o, at(0)).unwrap();
        assert_eq!(get(c, &o.id).unwrap(), Some(o.clone()));
        o.status = OrderStatus::Completed;
        o.items.clear();
        upsert(c, &o, at(1)).unwrap();
        assert_eq!(get(c, &o.id).unwrap(), Some(o), "the last report wins");
        assert_eq!(get(c, "nope").unwrap(), None);
    }
}
