//! Orders and products: what the buyer bought and where it is.
//!
//! [`OrderStatus`] is the marketplace's order status (Pinduoduo and Taobao name the same nine
//! states). It serialises as the Chinese name the marketplaces and the FAQ `variants` use;
//! [`OrderStatus::parse`] also accepts English names and the statuses of other platforms
//! (Shopify's financial and fulfilment states) through one alias table, so a bridge can pass what
//! its platform says. To support another platform, add its words to `ALIASES`.

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;
use utoipa::ToSchema;

use crate::DomainError;

/// The state of the buyer's order, as the marketplaces name it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum OrderStatus {
    /// 未下单: the buyer has not ordered yet.
    NoOrder,
    /// 待付款: ordered, awaiting payment.
    AwaitingPayment,
    /// 待成团: paid, waiting for the group-buy to fill.
    AwaitingGroup,
    /// 待发货: paid, awaiting shipment.
    AwaitingShipment,
    /// 已发货: shipped.
    Shipped,
    /// 部分发货: part of the order shipped.
    PartlyShipped,
    /// 交易成功: delivered and completed.
    Completed,
    /// 交易关闭: closed (e.g. refunded).
    Closed,
    /// 订单取消: cancelled.
    Cancelled,
}

/// Every status, in the order a buyer's order moves through them.
pub const ALL_STATUSES: [OrderStatus; 9] = [
    OrderStatus::NoOrder,
    OrderStatus::AwaitingPayment,
    OrderStatus::AwaitingGroup,
    OrderStatus::AwaitingShipment,
    OrderStatus::Shipped,
    OrderStatus::PartlyShipped,
    OrderStatus::Completed,
    OrderStatus::Closed,
    OrderStatus::Cancelled,
];

/// Other names for each status: English, snake_case, and other platforms' words.
const ALIASES: &[(&str, OrderStatus)] = &[
    ("no_order", OrderStatus::NoOrder),
    ("none", OrderStatus::NoOrder),
    ("awaiting_payment", OrderStatus::AwaitingPayment),
    ("pending", OrderStatus::AwaitingPayment),
    ("unpaid", OrderStatus::AwaitingPayment),
    ("等待买家付款", OrderStatus::AwaitingPayment),
    ("awaiting_group", OrderStatus::AwaitingGroup),
    ("拼团中", OrderStatus::AwaitingGroup),
    ("awaiting_shipment", OrderStatus::AwaitingShipment),
    ("paid", OrderStatus::AwaitingShipment),
    ("unfulfilled", OrderStatus::AwaitingShipment),
    ("买家已付款", OrderStatus::AwaitingShipment),
    ("等待卖家发货", OrderStatus::AwaitingShipment),
    ("shipped", OrderStatus::Shipped),
    ("fulfilled", OrderStatus::Shipped),
    ("in_transit", OrderStatus::Shipped),
    ("卖家已发货", OrderStatus::Shipped),
    ("partly_shipped", OrderStatus::PartlyShipped),
    ("partially_fulfilled", OrderStatus::PartlyShipped),
    ("partial", OrderStatus::PartlyShipped),
    ("completed", OrderStatus::Completed),
    ("delivered", OrderStatus::Completed),
    ("已签收", OrderStatus::Completed),
    ("closed", OrderStatus::Closed),
    ("refunded", OrderStatus::Closed),
    ("cancelled", OrderStatus::Cancelled),
    ("canceled", OrderStatus::Cancelled),
    ("已取消", OrderStatus::Cancelled),
];

impl OrderStatus {
    /// The marketplace's Chinese name, as used in FAQ `variants` and the API.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::NoOrder => "未下单",
            Self::AwaitingPayment => "待付款",
            Self::AwaitingGroup => "待成团",
            Self::AwaitingShipment => "待发货",
            Self::Shipped => "已发货",
            Self::PartlyShipped => "部分发货",
            Self::Completed => "交易成功",
            Self::Closed => "交易关闭",
            Self::Cancelled => "订单取消",
        }
    }

    /// A stable English key (`shipped`, `awaiting_payment`...), used in storage and the UI.
    pub fn key(self) -> &'static str {
        match self {
            Self::NoOrder => "no_order",
            Self::AwaitingPayment => "awaiting_payment",
            Self::AwaitingGroup => "awaiting_group",
            Self::AwaitingShipment => "awaiting_shipment",
            Self::Shipped => "shipped",
            Self::PartlyShipped => "partly_shipped",
            Self::Completed => "completed",
            Self::Closed => "closed",
            Self::Cancelled => "cancelled",
        }
    }

    /// Reads a status from its Chinese name, its English key, or another platform's word
    /// (case and surrounding space ignored).
    ///
    /// # Errors
    /// [`DomainError::Invalid`] on `order.status` naming the unknown word and the accepted ones.
    pub fn parse(s: &str) -> Result<Self, DomainError> {
        let t = s.trim();
        let lower = t.to_ascii_lowercase().replace([' ', '-'], "_");
        ALL_STATUSES
            .iter()
            .copied()
            .find(|st| st.as_str() == t || st.key() == lower)
            .or_else(|| {
                ALIASES
                    .iter()
                    .find(|(a, _)| *a == lower || *a == t)
                    .map(|(_, st)| *st)
            })
            .ok_or_else(|| {
                let names: Vec<&str> = ALL_STATUSES.iter().map(|s| s.as_str()).collect();
                DomainError::invalid(
                    "order.status",
                    format!(
                        "unknown order status {t:?}; expected one of {}",
                        names.join(", ")
                    ),
                )
            })
    }
}

impl fmt::Display for OrderStatus {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for OrderStatus {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for OrderStatus {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        OrderStatus::parse(&s).map_err(serde::de::Error::custom)
    }
}

impl utoipa::PartialSchema for OrderStatus {
    fn schema() -> utoipa::openapi::RefOr<utoipa::openapi::schema::Schema> {
        utoipa::openapi::ObjectBuilder::new()
            .schema_type(utoipa::openapi::schema::Type::String)
            .enum_values(Some(ALL_STATUSES.iter().map(|s| s.as_str())))
            .description(Some(
                "The marketplace's order status (English keys are also accepted).",
            ))
            .into()
    }
}

impl ToSchema for OrderStatus {}

/// One line of an order.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct OrderItem {
    /// The product's title as the buyer saw it.
    pub title: String,
    /// How many were bought.
    #[serde(default = "one")]
    pub quantity: u32,
    /// The chosen option (colour, size...), if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sku: Option<String>,
}

fn one() -> u32 {
    1
}

/// The buyer's order that a conversation is about.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct Order {
    /// The marketplace's order number.
    pub id: String,
    /// Where the order is.
    pub status: OrderStatus,
    /// The courier's tracking number, once shipped.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tracking_no: Option<String>,
    /// The courier (中通, 韵达, UPS...).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub carrier: Option<String>,
    /// What was bought.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub items: Vec<OrderItem>,
}

/// A product the shop sells.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct Product {
    /// The shop's product id.
    pub id: String,
    /// The product's title.
    pub title: String,
    /// Price in the shop's currency, as displayed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub price: Option<String>,
}

#[cfg(test)]
mod tests {
    use super::*;
    use rstest::rstest;

    #[rstest]
    #[case("已发货", OrderStatus::Shipped)]
    #[case("shipped", OrderStatus::Shipped)]
    #[case(" Partially Fulfilled ", OrderStatus::PartlyShipped)]
    #[case("待成团", OrderStatus::AwaitingGroup)]
    #[case("refunded", OrderStatus::Closed)]
    fn parses_names_and_aliases(#[case] input: &str, #[case] want: OrderStatus) {
        assert_eq!(
            OrderStatus::parse(input).unwrap(),
            want,
            "{input:?} names {want}"
        );
    }

    #[test]
    fn unknown_status_names_the_field() {
        let err = OrderStatus::parse("flying").unwrap_err();
        assert!(
            err.to_string().contains("order.status"),
            "error names the field: {err}"
        );
    }

    #[test]
    fn every_status_round_trips_through_json() {
        for st in ALL_STATUSES {
            let json = serde_json::to_string(&st).unwrap();
            assert_eq!(serde_json::from_str::<OrderStatus>(&json).unwrap(), st);
            assert_eq!(
                OrderStatus::parse(st.key()).unwrap(),
                st,
                "key of {st} parses back"
            );
        }
    }
}
