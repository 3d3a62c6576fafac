//! Settings: a key/value table of JSON documents.
//!
//! Each key holds one serde value (the shop's settings under `"shop"`, and whatever else `core`
//! needs to remember, such as the API token's hash). It is for small documents read whole, not
//! for lists that grow: those get a table of their own. To add a typed setting, add a key
//! constant and a pair of functions like [`shop`] and [`put_shop`].

use owldesk_domain::ShopSettings;
use rusqlite::{Connection, params};
use serde::Serialize;
use serde::de::DeserializeOwned;

use crate::sql::{Result, from_json, query_opt, to_json};

/// The key of the shop's settings.
pub const SHOP: &str = "shop";

/// The value stored under `key`, if any.
///
/// # Errors
/// [`crate::StoreError::Corrupt`] when the stored JSON does not fit `T`.
pub fn get_json<T: DeserializeOwned>(c: &Connection, key: &str) -> Result<Option<T>> {
    let text: Option<String> = query_opt(
        c,
        "SELECT value_json FROM settings WHERE key = ?1",
        [key],
        |r| Ok(r.get(0)?),
    )?;
    text.map(|t| from_json(&format!("settings.{key}"), &t))
        .transpose()
}

/// Stores `value` under `key`, replacing what was there.
///
/// # Errors
/// [`crate::StoreError::Json`] when `value` does not serialise; [`crate::StoreError::Sqlite`]
/// on a failed write.
pub fn put_json<T: Serialize + ?Sized>(c: &Connection, key: &str, value: &T) -> Result<()> {
    c.prepare_cached(
        "INSERT INTO settings (key, value_json) VALUES (?1, ?2)
         ON CONFLICT (key) DO UPDATE SET value_json = excluded.value_json",
    )?
    .execute(params![key, to_json(value)?])?;
    Ok(())
}

/// Removes the value under `key`, if any.
///
/// # Errors
/// [`crate::StoreError::Sqlite`] on a failed write.
pub fn delete(c: &Connection, key: &str) -> Result<()> {
    c.prepare_cached("DELETE FROM settings WHERE key = ?1")?
        .execute([key])?;
    Ok(())
}

/// The shop's settings; `None` until the owner (or first start) saved them.
///
/// # Errors
/// As [`get_json`].
pub fn shop(c: &Connection) -> Result<Option<ShopSettings>> {
    get_json(c, SHOP)
}

/// Stores the shop's settings.
///
/// # Errors
/// As [`put_json`].
pub fn put_shop(c: &Connection, settings: &ShopSettings) -> Result<()> {
    put_json(c, SHOP, settings)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Store, StoreError};
    use owldesk_domain::Mode;

    #[test]
    fn shop_round_trip_and_replace() {
        let store = Store::open_in_memory().unwrap();
        let c = store.conn();
        assert_eq!(
            shop(c).unwrap(),
            None,
            "a new database has no shop settings"
        );
        let mut s = ShopSettings::default();
        put_shop(c, &s).unwrap();
        assert_eq!(shop(c).unwrap(), Some(s.clone()));
        s.name = "猫头鹰小铺".into();
        s.modes.inside = Mode::Off;
        put_shop(c, &s).unwrap();
        assert_eq!(shop(c).unwrap(), Some(s), "put replaces the value");
    }

    #[test]
    fn a_value_of_the_wrong_shape_is_corrupt() {
        let store = Store::open_in_memory().unwrap();
        let c = store.conn();
        put_json(c, SHOP, &[1, 2, 3]).unwrap();
        let err = shop(c).unwrap_err();
        assert!(matches!(err, StoreError::Corrupt(_)), "got {err}");
    }
}
