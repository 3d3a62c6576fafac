//! Extraction: the numbers and measurements in a buyer's message, as features the matcher uses.
//!
//! A long number is not a word to match on (no FAQ question holds the buyer's order number), but
//! *that* the buyer gave one says what the message is about. [`features`] finds phone numbers,
//! order numbers, tracking numbers and body or garment measurements (`身高120`, `50斤`, `165cm`,
//! `size 38`) in normalised text and names them by a lexicon topic (`#contact`, `#tracking`,
//! `#size`...), so `身高160 体重100斤穿多大` meets the FAQ's size question. [`is_long_number`]
//! tells the tokenizer which digit runs to leave out of the terms.
//!
//! It keeps no values (the engine never echoes buyer data) and does not validate them. To extend
//! it, add a pattern to [`features`] with its rstest case, and name it by an existing topic.

use crate::normalize::is_han;

/// Digit runs at least this long are identifiers, not quantities.
const LONG_NUMBER: usize = 6;

/// Words after a number that make it a body or garment measurement.
const UNITS_AFTER: &[&str] = &["cm", "kg", "厘米", "公分", "公斤", "斤", "码", "寸", "米"];

/// Words before a number that make it a body or garment measurement.
const UNITS_BEFORE: &[&str] = &[
    "身高", "体重", "腰围", "胸围", "臀围", "脚长", "size", "尺码",
];

/// True for a run of digits long enough to be an identifier (order, tracking, phone number).
pub fn is_long_number(token: &str) -> bool {
    token.len() >= LONG_NUMBER && token.bytes().all(|b| b.is_ascii_digit())
}

/// The feature terms of a normalised text, each once: `#contact` (a mobile number),
/// `#order_no` (a long number), `#tracking` (letters then a long number), `#size` (a
/// measurement).
pub fn features(normalized: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut add = |t: &str| {
        if !out.iter().any(|o| o == t) {
            out.push(t.to_owned());
        }
    };
    let chars: Vec<char> = normalized.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        if !chars[i].is_ascii_digit() {
            i += 1;
            continue;
        }
        let start = i;
        while i < chars.len() && (chars[i].is_ascii_digit() || chars[i] == '.') {
            i += 1;
        }
        let digits: String = chars[start..i].iter().collect();
        let before: String = chars[start.saturating_sub(6)..start].iter().collect();
        let after: String = chars[i..(i + 2).min(chars.len())].iter().collect();
        let letters_before = start > 0 && chars[start - 1].is_ascii_alphabetic();
        if digits.len() == 11 && is_mobile_prefix(&chars[start..]) && !letters_before {
            add("#contact");
        } else if digits.len() >= 9 && letters_before {
            add("#tracking");
        } else if is_long_number(&digits) {
            add("#order_no");
        } else if UNITS_AFTER.iter().any(|u| after.starts_with(u))
            || UNITS_BEFORE.iter().any(|u| before.trim_end().ends_with(u))
        {
            add("#size");
        }
    }
    if spaced_mobile(&chars) {
        add("#contact");
    }
    // A height or weight given in words (`一米六`, `一百斤`) is a measurement too.
    if normalized.contains("一米") && chars.iter().any(|&c| is_han(c)) {
        add("#size");
    }
    out
}

/// True when `chars` begin as a mainland mobile number does: `1`, then `3` to `9`.
fn is_mobile_prefix(chars: &[char]) -> bool {
    matches!(chars, ['1', '3'..='9', ..])
}

/// True for a mobile number written in groups of 3, 4 and 4 digits with a space or hyphen
/// between them (`139 1234 5678`, `139-1234-5678`), as people read them out.
fn spaced_mobile(chars: &[char]) -> bool {
    let group = |at: usize, len: usize| {
        chars
            .get(at..at + len)
            .is_some_and(|g| g.iter().all(char::is_ascii_digit))
            && !chars.get(at + len).is_some_and(char::is_ascii_digit)
    };
    let sep = |at: usize| matches!(chars.get(at), Some(' ' | '-'));
    (0..chars.len()).any(|i| {
        is_mobile_prefix(&chars[i..])
            && (i == 0 || !chars[i - 1].is_ascii_alphanumeric())
            && group(i, 3)
            && sep(i + 3)
            && group(i + 4, 4)
            && sep(i + 8)
            && group(i + 9, 4)
    })
}

/// Words that name the number after them as the buyer's order number.
const ORDER_LABELS: &[&str] = &[
    "订单编号",
    "订单号码",
    "订单号",
    "订单",
    "order number",
    "order no",
    "order id",
    "order",
];

/// `normalized` without the label of an order number given with it (`订单号 240512345678901
/// 什么时候发` → `240512345678901 什么时候发`): the number is the feature `#order_no`, and the
/// label would only be words to match on, `单号` among them (the tracking number's word).
pub fn without_order_labels(normalized: &str) -> String {
    let mut out = normalized.to_owned();
    for label in ORDER_LABELS {
        let mut from = 0;
        while let Some(at) = out[from..].find(label).map(|i| i + from) {
            let end = at + label.len();
            let number: String = out[end..]
                .trim_start()
                .chars()
                .take_while(char::is_ascii_digit)
                .collect();
            let word_start = at == 0 || !out[..at].ends_with(|c: char| c.is_ascii_alphabetic());
            if is_long_number(&number) && word_start {
                out.replace_range(at..end, "");
                from = at;
            } else {
                from = end;
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use rstest::rstest;

    #[rstest]
    #[case::height_and_weight("身高120 体重50斤 穿多大", &["#size"])]
    #[case::centimetres("165cm 55kg", &["#size"])]
    #[case::height_in_words("一米六 穿什么码", &["#size"])]
    #[case::english_size("is size 38 ok", &["#size"])]
    #[case::mobile("电话13812345678", &["#contact"])]
    #[case::mobile_spaced("电话 138 1234 5678", &["#contact"])]
    #[case::mobile_hyphens("138-1234-5678 打这个", &["#contact"])]
    #[case::three_quantities("买123 4567 8900", &[])]
    #[case::order_number("订单号 240512345678901 怎么还没发", &["#order_no"])]
    #[case::tracking_number("yt7712345678 到哪了", &["#tracking"])]
    #[case::plain_quantity("买2件 满100减10", &[])]
    #[case::nothing("什么时候发货", &[])]
    fn finds(#[case] text: &str, #[case] want: &[&str]) {
        assert_eq!(features(text), want, "features of {text:?}");
    }

    #[rstest]
    #[case::order_number("订单号 240512345678901 什么时候发", " 240512345678901 什么时候发")]
    #[case::no_space("订单号240512345678901什么时候发", "240512345678901什么时候发")]
    #[case::order_no_en("order number 240512345678 not arrived", " 240512345678 not arrived")]
    #[case::asking_for_it("订单号在哪里看", "订单号在哪里看")]
    #[case::short_number("订单号 123", "订单号 123")]
    fn order_labels(#[case] text: &str, #[case] want: &str) {
        assert_eq!(without_order_labels(text), want, "{text:?}");
    }

    #[rstest]
    #[case("240512345678", true)]
    #[case("2024", false)]
    #[case("1.5", false)]
    fn long_numbers(#[case] token: &str, #[case] want: bool) {
        assert_eq!(is_long_number(token), want, "{token:?}");
    }
}
