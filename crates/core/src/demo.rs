//! The demo shop 「青禾童装」 (Qinghe Kids): settings, FAQ and orders for `owldesk serve --demo`.
//!
//! The data lives in `crates/core/demo/*.json`, written for the product, and is compiled in.
//! Seeding is idempotent: it fills an empty shop and leaves a shop with an FAQ alone.

use owldesk_domain::{FaqEntry, Order, ShopSettings};
use serde::Deserialize;

use crate::{Core, CoreError, Result};

const FAQ: &str = include_str!("../demo/faq.json");
const ORDERS: &str = include_str!("../demo/orders.json");
const SHOP: &str = include_str!("../demo/shop.json");

#[derive(Deserialize)]
struct DemoShop {
    name: String,
    greeting: String,
    /// The demo answers by itself day and night, so a visitor sees it work; a new shop starts
    /// with the defaults (a person approves drafts inside business hours).
    modes: owldesk_domain::Modes,
}

/// The demo shop's orders, for the simulator and examples.
///
/// # Errors
/// Only if the compiled-in data is broken (a test guards against that).
pub fn orders() -> Result<Vec<Order>> {
    serde_json::from_str(ORDERS).map_err(|e| CoreError::invalid("demo/orders.json", e.to_string()))
}

/// The demo shop's FAQ.
///
/// # Errors
/// Only if the compiled-in data is broken (a test guards against that).
pub fn faq() -> Result<Vec<FaqEntry>> {
    crate::faq::parse_json(FAQ.as_bytes(), "demo/faq.json")
}

impl Core {
    /// Fills an empty shop with the demo shop; returns false (and changes nothing) when the shop
    /// already has FAQ entries.
    ///
    /// # Errors
    /// Storage failures.
    pub fn seed_demo(&self) -> Result<bool> {
        if !self.faq_export()?.is_empty() {
            return Ok(false);
        }
        let shop: DemoShop = serde_json::from_str(SHOP)
            .map_err(|e| CoreError::invalid("demo/shop.json", e.to_string()))?;
        let settings = ShopSettings {
            name: shop.name,
            greeting: shop.greeting,
            modes: shop.modes,
            ..ShopSettings::default()
        };
        self.update_settings(settings, "demo")?;
        self.faq_import(faq()?, "demo")?;
        let now = self.now();
        let orders = orders()?;
        self.write(|tx| {
            for o in &orders {
                owldesk_store::orders::upsert(tx, o, now)?;
            }
            Ok(())
        })?;
        Ok(true)
    }
}
