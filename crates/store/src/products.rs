//! Products: the shop's catalogue as imported, for templates and the UI.
//!
//! A flat table keyed by the shop's product id; the last import wins. Searching the catalogue
//! is not done here: add an index in a new migration and a function when it is needed.

use owldesk_domain::Product;
use rusqlite::{Connection, params};

use crate::sql::{Result, query_all};

/// Stores the product, replacing an earlier version of it.
///
/// # Errors
/// [`crate::StoreError::Sqlite`] on a failed write.
pub fn upsert(c: &Connection, p: &Product) -> Result<()> {
    c.prepare_cached(
        "INSERT INTO products (id, title, price) VALUES (?1, ?2, ?3)
         ON CONFLICT (id) DO UPDATE SET title = excluded.title, price = excluded.price",
    )?
    .execute(params![p.id, p.title, p.price])?;
    Ok(())
}

/// All products, by id.
///
/// # Errors
/// [`crate::StoreError::Sqlite`] on a failed read.
pub fn list(c: &Connection) -> Result<Vec<Product>> {
    query_all(
        c,
        "SELECT id, title, price FROM products ORDER BY id",
        [],
        |r| {
            Ok(Product {
                id: r.get(0)?,
                title: r.get(1)?,
                price: r.get(2)?,
            })
        },
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Store;

    #[test]
    fn round_trip_and_replace() {
        let store = Store::open_in_memory().unwrap();
        let c = store.conn();
        let mut cup = Product {
            id: "p2".into(),
            title: "保温杯".into(),
            price: Some("39.90".into()),
        };
        let pen = Product {
            id: "p1".into(),
            title: "pen".into(),
            price: None,
        };
        upsert(c, &cup).unwrap();
        upsert(c, &pen).unwrap();
        assert_eq!(list(c).unwrap(), vec![pen.clone(), cup.clone()]);
        cup.price = Some("29.90".into());
        upsert(c, &cup).unwrap();
        assert_eq!(list(c).unwrap(), vec![pen, cup], "the last import wins");
    }
}
