//! Customers (buyers) and their per-channel identities.
//!
//! A customer row holds the name shown in the inbox; identities live in
//! `customer_identities`, unique on `(channel, external_id)`, so one channel id always leads to
//! one customer. Merging customers or editing names is not done here yet: add functions beside
//! [`add_identity`] when `core` needs them.

use owldesk_domain::{Customer, CustomerId, Identity};
use rusqlite::{Connection, Row, params};

use crate::StoreError;
use crate::sql::{Result, atomic, conflict, ms, query_all, query_opt, ts};

/// Stores a new customer with its identities, all or nothing.
///
/// # Errors
/// [`StoreError::Conflict`] when the id exists or an identity already belongs to someone.
pub fn insert(c: &Connection, customer: &Customer) -> Result<()> {
    atomic(c, || {
        c.prepare_cached(
            "INSERT INTO customers (id, display_name, created_at_ms) VALUES (?1, ?2, ?3)",
        )?
        .execute(params![
            customer.id.as_str(),
            customer.display_name,
            ms(customer.created_at)
        ])
        .map_err(|e| conflict(e, || format!("customer {} already exists", customer.id)))?;
        for identity in &customer.identities {
            add_identity(c, &customer.id, identity)?;
        }
        Ok(())
    })
}

/// Adds an identity to an existing customer (after the customer's other identities).
///
/// # Errors
/// [`StoreError::Conflict`] when the identity already belongs to a customer;
/// [`StoreError::NotFound`] when the customer does not exist.
pub fn add_identity(c: &Connection, customer: &CustomerId, identity: &Identity) -> Result<()> {
    let n = c
        .prepare_cached(
            "INSERT INTO customer_identities (customer_id, channel, external_id, position)
             SELECT id, ?2, ?3,
                    (SELECT coalesce(max(position) + 1, 0) FROM customer_identities
                     WHERE customer_id = ?1)
             FROM customers WHERE id = ?1",
        )?
        .execute(params![
            customer.as_str(),
            identity.channel,
            identity.external_id
        ])
        .map_err(|e| {
            conflict(e, || {
                format!(
                    "{} on {} already belongs to a customer",
                    identity.external_id, identity.channel
                )
            })
        })?;
    if n == 0 {
        return Err(StoreError::NotFound(format!("customer {customer}")));
    }
    Ok(())
}

/// The customer with this id, with its identities.
///
/// # Errors
/// [`StoreError::Sqlite`] or [`StoreError::Corrupt`] on a failed read.
pub fn get(c: &Connection, id: &CustomerId) -> Result<Option<Customer>> {
    let row = query_opt(
        c,
        "SELECT id, display_name, created_at_ms FROM customers WHERE id = ?1",
        [id.as_str()],
        from_row,
    )?;
    row.map(|customer| with_identities(c, customer)).transpose()
}

/// The customer a channel knows by `external_id`.
///
/// # Errors
/// [`StoreError::Sqlite`] or [`StoreError::Corrupt`] on a failed read.
pub fn find_by_identity(
    c: &Connection,
    channel: &str,
    external_id: &str,
) -> Result<Option<Customer>> {
    let row = query_opt(
        c,
        "SELECT c.id, c.display_name, c.created_at_ms
         FROM customer_identities i JOIN customers c ON c.id = i.customer_id
         WHERE i.channel = ?1 AND i.external_id = ?2",
        [channel, external_id],
        from_row,
    )?;
    row.map(|customer| with_identities(c, customer)).transpose()
}

fn from_row(r: &Row<'_>) -> Result<Customer> {
    Ok(Customer {
        id: CustomerId(r.get(0)?),
        display_name: r.get(1)?,
        identities: Vec::new(),
        created_at: ts("customers.created_at_ms", r.get(2)?)?,
    })
}

fn with_identities(c: &Connection, mut customer: Customer) -> Result<Customer> {
    customer.identities = query_all(
        c,
        "SELECT channel, external_id FROM customer_identities
         WHERE customer_id = ?1 ORDER BY position",
        [customer.id.as_str()],
        |r| {
            Ok(Identity {
                channel: r.get(0)?,
                external_id: r.get(1)?,
            })
        },
    )?;
    Ok(customer)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Store;
    use crate::testkit::*;

    #[test]
    fn round_trip_and_lookup_by_identity() {
        let store = Store::open_in_memory().unwrap();
        let c = store.conn();
        let mut buyer = customer("cu1", "bridge", "buyer-1");
        insert(c, &buyer).unwrap();
        assert_eq!(get(c, &"cu1".into()).unwrap(), Some(buyer.clone()));

        let email = Identity {
            channel: "email".into(),
            external_id: "a@example.com".into(),
        };
        add_identity(c, &buyer.id, &email).unwrap();
        buyer.identities.push(email);
        assert_eq!(
            find_by_identity(c, "email", "a@example.com").unwrap(),
            Some(buyer),
            "any identity leads to the customer, with all identities in order"
        );
        assert_eq!(find_by_identity(c, "bridge", "nobody").unwrap(), None);
        assert_eq!(get(c, &"cu2".into()).unwrap(), None);
    }

    #[test]
    fn an_identity_belongs_to_one_customer() {
        let store = Store::open_in_memory().unwrap();
        let c = store.conn();
        insert(c, &customer("cu1", "bridge", "buyer-1")).unwrap();
        let err = insert(c, &customer("cu2", "bridge", "buyer-1")).unwrap_err();
        assert!(matches!(err, StoreError::Conflict(_)), "got {err}");
        assert_eq!(
            get(c, &"cu2".into()).unwrap(),
            None,
            "a refused customer leaves no half-stored row"
        );
        insert(c, &customer("cu3", "email", "buyer-1")).unwrap();
    }

    #[test]
    fn identity_for_a_missing_customer_is_not_found() {
        let store = Store::open_in_memory().unwrap();
        let identity = Identity {
            channel: "bridge".into(),
            external_id: "x".into(),
        };
        let err = add_identity(store.conn(), &"ghost".into(), &identity).unwrap_err();
        assert!(matches!(err, StoreError::NotFound(_)), "got {err}");
    }
}
