//! Data the buyer gives for a person to act on: a phone number, a postal address, an order or
//! tracking number sent on its own.
//!
//! `收货电话改成 139 1234 5678`, `地址改成 广东省深圳市南山区科技园南路88号`, `我的订单号是
//! 240101123456789`: each answers something a person asked or asks a person to change the
//! order. The FAQ can only answer "send us the new address" or "here is how to track", which the
//! buyer has just done, so [`read`] names what was given and `decide` hands the message over.
//!
//! An address is told by its administrative parts in order: a province or city (`省`, `市`), a
//! district or county (`区`, `县`...), then a street, village or building (`路`, `街`, `村`,
//! `小区`, or a number and `号`, `栋`, `室`), each part with a name of two characters or more.
//! `你们是广州市哪个区的` (no street) and `几号能到` (no number before `号`) are no addresses.

use owldesk_domain::EscalationReason;

use crate::extract::{features, is_long_number};
use crate::normalize::is_han;

/// What the buyer gave.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Given {
    /// A mainland mobile number.
    Phone,
    /// A postal address.
    Address,
    /// An order or tracking number, with nothing asked about it.
    OrderNumber,
}

impl Given {
    /// The name used in `trace.fired` (`intent:gives_phone`...).
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Phone => "phone",
            Self::Address => "address",
            Self::OrderNumber => "order_no",
        }
    }

    /// Why a person takes it: every kind is escalated as `unknown` (no FAQ entry answers it).
    pub fn reason(self) -> EscalationReason {
        EscalationReason::Unknown
    }
}

/// Ends of a province or city name (`四川省`, `成都市`).
const REGION_ENDS: &[char] = &['省', '市'];
/// Ends of a district or county name (`武侯区`, `新津县`, `恩施州`, `额济纳旗`).
const DISTRICT_ENDS: &[char] = &['市', '区', '县', '州', '旗', '盟'];
/// Ends of a street, village or estate name (`人民南路`, `花园街`, `阳光小区`).
const STREET_ENDS: &[&str] = &[
    "路", "街", "大道", "巷", "弄", "胡同", "镇", "乡", "村", "小区", "大厦", "公寓", "广场",
];
/// Ends of a house or room number, after digits (`12号`, `3栋`, `501室`).
const NUMBER_ENDS: &[char] = &['号', '栋', '幢', '座', '室', '楼'];

/// Words around an order number that say nothing more (`我的订单号是`, `这个是单号`).
#[rustfmt::skip]
const NUMBER_WORDS: &[&str] = &[
    "快递单号", "物流单号", "运单号", "交易单号", "订单编号", "订单号码", "订单号", "订单", "单号",
    "号码", "这个是", "这是", "就是", "我的", "是", "我", "的", "order number", "order no",
    "order id", "tracking number", "order", "my", "is", "it", "here",
];

/// What the buyer gave in a normalised message, if anything a person must act on.
pub fn read(normalized: &str) -> Option<Given> {
    let found = features(normalized);
    if found.iter().any(|f| f == "#contact") {
        Some(Given::Phone)
    } else if has_address(normalized) {
        Some(Given::Address)
    } else if found.iter().any(|f| f == "#order_no" || f == "#tracking") && only_number(normalized)
    {
        Some(Given::OrderNumber)
    } else {
        None
    }
}

/// True when nothing but an order or tracking number and the words naming it is left.
fn only_number(normalized: &str) -> bool {
    let mut rest = normalized.to_owned();
    for w in NUMBER_WORDS {
        rest = rest.replace(w, " ");
    }
    rest.split([' ', ':', ','])
        .filter(|w| !w.is_empty())
        .all(|w| {
            let digits = w.trim_start_matches(|c: char| c.is_ascii_alphabetic());
            is_long_number(digits)
        })
}

/// True when a normalised text holds a postal address (see the module documentation).
pub fn has_address(normalized: &str) -> bool {
    let chars: Vec<char> = normalized.chars().collect();
    // The highest part found so far: 0 none, 1 region, 2 district.
    let mut level = 0;
    // Characters of the current part's name.
    let mut name = 0;
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if !is_han(c) {
            if c.is_ascii_digit() {
                let start = i;
                while i < chars.len() && chars[i].is_ascii_digit() {
                    i += 1;
                }
                if level > 0 && chars.get(i).is_some_and(|c| NUMBER_ENDS.contains(c)) {
                    return true;
                }
                name = i - start;
                continue;
            }
            name = 0;
            i += 1;
            continue;
        }
        let rest: String = chars[i..chars.len().min(i + 2)].iter().collect();
        if name >= 2 {
            if level > 0 && STREET_ENDS.iter().any(|s| rest.starts_with(s)) {
                return true;
            }
            if DISTRICT_ENDS.contains(&c) && level >= 1 {
                level = 2;
                name = 0;
                i += 1;
                continue;
            }
            if REGION_ENDS.contains(&c) || DISTRICT_ENDS.contains(&c) {
                level = level.max(1);
                name = 0;
                i += 1;
                continue;
            }
        }
        name += 1;
        i += 1;
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::normalize;
    use rstest::rstest;

    #[rstest]
    #[case::full("四川省成都市武侯区人民南路四段12号", true)]
    #[case::change_to("地址改成 广东省深圳市南山区科技园南路88号 张三", true)]
    #[case::city_district_road("河南郑州市金水区花园路", true)]
    #[case::district_and_number("朝阳区望京西园3栋501", true)]
    #[case::county_village("湖北恩施州利川县团堡镇", true)]
    #[case::asks_which_district("你们是广州市哪个区的", false)]
    #[case::day_of_month("发到北京市朝阳区要几号到", false)]
    #[case::town_centre("到市区要多久", false)]
    #[case::ship_from("从哪个城市发货", false)]
    #[case::city_only("我在上海市", false)]
    #[case::shopping_street("这个路上会不会压坏", false)]
    fn addresses(#[case] text: &str, #[case] want: bool) {
        assert_eq!(has_address(&normalize(text)), want, "{text:?}");
    }

    #[rstest]
    #[case::phone("收货电话改成 139 1234 5678", Some(Given::Phone))]
    #[case::address("改地址 四川省成都市武侯区人民南路四段12号", Some(Given::Address))]
    #[case::bare_order_number("订单号 240101123456789", Some(Given::OrderNumber))]
    #[case::my_order_number("我的订单号是240101123456789", Some(Given::OrderNumber))]
    #[case::tracking_number("交易单号WX4200001234567890", Some(Given::OrderNumber))]
    #[case::order_number_asked_about("订单号 240101123456789 什么时候发货", None)]
    #[case::asking_for_the_number("订单号在哪里看", None)]
    #[case::question("手机号填错了能改吗", None)]
    #[case::nothing("什么时候发货", None)]
    fn what_was_given(#[case] text: &str, #[case] want: Option<Given>) {
        assert_eq!(read(&normalize(text)), want, "{text:?}");
    }
}
