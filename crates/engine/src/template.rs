//! Templates: filling an answer's `{placeholders}` from the shop and the conversation's order.
//!
//! [`fill`] replaces the placeholders of the domain's `PLACEHOLDERS` (`{shop.name}`,
//! `{order.id}`, `{order.status}`, `{order.tracking_no}`, `{order.carrier}`; spaces inside the
//! braces are allowed). A placeholder with no value becomes neutral text in the template's
//! language (`(暂无)` / `(not available yet)`, `快递` / `the courier`), never the raw braces, so a
//! buyer never sees `{order.tracking_no}`. Braces that do not name a known placeholder are left
//! as written (they are the owner's text). Choosing the order-status variant is the FAQ entry's
//! job (`FaqEntry::answer_for`); this module only fills. To add a placeholder, add it to the
//! domain's list and to the `value` function.

use owldesk_domain::Order;

use crate::ShopProfile;
use crate::normalize::has_han;

/// Fills `template`'s placeholders; see the module documentation.
pub fn fill(template: &str, shop: &ShopProfile, order: Option<&Order>) -> String {
    let chinese = has_han(template);
    let mut out = String::with_capacity(template.len() + 16);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let Some(close) = after.find('}') else {
            out.push_str(&rest[open..]);
            return out;
        };
        let name = after[..close].trim();
        match value(name, shop, order, chinese) {
            Some(v) => out.push_str(&v),
            None => out.push_str(&rest[open..open + close + 2]),
        }
        rest = &after[close + 1..];
    }
    out.push_str(rest);
    out
}

/// The value for a known placeholder (a fallback when missing); `None` for an unknown one.
fn value(name: &str, shop: &ShopProfile, order: Option<&Order>, chinese: bool) -> Option<String> {
    let missing = if chinese {
        "(暂无)"
    } else {
        "(not available yet)"
    };
    let present = |s: Option<&str>| {
        s.map(str::trim)
            .filter(|s| !s.is_empty())
            .map(str::to_owned)
    };
    let v = match name {
        "shop.name" => present(Some(&shop.name))
            .unwrap_or_else(|| if chinese { "本店" } else { "our shop" }.into()),
        "order.id" => present(order.map(|o| o.id.as_str())).unwrap_or_else(|| missing.into()),
        "order.status" => order.map_or_else(|| missing.into(), |o| o.status.as_str().into()),
        "order.tracking_no" => {
            present(order.and_then(|o| o.tracking_no.as_deref())).unwrap_or_else(|| missing.into())
        }
        "order.carrier" => present(order.and_then(|o| o.carrier.as_deref()))
            .unwrap_or_else(|| if chinese { "快递" } else { "the courier" }.into()),
        _ => return None,
    };
    Some(v)
}

#[cfg(test)]
mod tests {
    use super::*;
    use owldesk_domain::OrderStatus;
    use rstest::rstest;

    fn shop() -> ShopProfile {
        ShopProfile {
            name: "小猫染发".into(),
            greeting: "您好".into(),
        }
    }

    fn shipped() -> Order {
        Order {
            id: "240101-42".into(),
            status: OrderStatus::Shipped,
            tracking_no: Some("ZT123".into()),
            carrier: Some("中通".into()),
            items: vec![],
        }
    }

    #[rstest]
    #[case::all_filled(
        "{shop.name}: 订单{order.id}{order.status},{order.carrier}单号{order.tracking_no}",
        Some(shipped()),
        "小猫染发: 订单240101-42已发货,中通单号ZT123"
    )]
    #[case::spaces_in_braces("单号 { order.tracking_no }", Some(shipped()), "单号 ZT123")]
    #[case::no_order_zh("单号 {order.tracking_no},{order.carrier}", None, "单号 (暂无),快递")]
    #[case::no_order_en(
        "Tracking: {order.tracking_no} via {order.carrier}",
        None,
        "Tracking: (not available yet) via the courier"
    )]
    #[case::unknown_left_alone("{优惠} 和 {", None, "{优惠} 和 {")]
    fn fills(#[case] template: &str, #[case] order: Option<Order>, #[case] want: &str) {
        assert_eq!(
            fill(template, &shop(), order.as_ref()),
            want,
            "filling {template:?}"
        );
    }

    #[test]
    fn missing_tracking_number_never_shows_braces() {
        let mut order = shipped();
        order.tracking_no = None;
        let got = fill("单号 {order.tracking_no}", &shop(), Some(&order));
        assert!(
            !got.contains('{'),
            "no raw placeholder reaches the buyer: {got}"
        );
    }
}
