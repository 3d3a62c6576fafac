//! FAQ entries: the shop's knowledge the assistant answers from.
//!
//! The shape is the one of `FORMAT.md` (and of the product's JSON import and export): an owner
//! chosen `id`, a canonical `question`, `paraphrases`, an `answer` that may hold placeholders, and
//! per-order-status `variants`. [`FaqEntry::validate`] checks one entry on its own; checks across
//! entries (duplicate ids or questions) belong to whoever holds the whole set.

use jiff::Timestamp;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use utoipa::ToSchema;

use crate::{DomainError, FaqId, OrderStatus};

/// The placeholders an answer may use, filled from the shop and the conversation's order.
pub const PLACEHOLDERS: &[&str] = &[
    "shop.name",
    "order.id",
    "order.status",
    "order.tracking_no",
    "order.carrier",
];

/// One question the shop answers, with the ways buyers ask it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct FaqEntry {
    /// Stable id, `[a-z0-9_]+`.
    pub id: FaqId,
    /// The canonical question.
    pub question: String,
    /// Other ways buyers ask it.
    #[serde(default)]
    pub paraphrases: Vec<String>,
    /// The reply; may hold `{placeholders}` from [`PLACEHOLDERS`].
    pub answer: String,
    /// A reply per order status, used instead of `answer` when the order is in that status.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    #[schema(value_type = BTreeMap<String, String>)]
    pub variants: BTreeMap<OrderStatus, String>,
    /// Free labels.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tags: Vec<String>,
    /// Disabled entries are kept but never answered.
    #[serde(default = "yes", skip_serializing_if = "is_true")]
    pub enabled: bool,
}

fn yes() -> bool {
    true
}

fn is_true(b: &bool) -> bool {
    *b
}

/// How often an entry has answered buyers.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct FaqStats {
    /// Automatic answers given with this entry.
    pub hits: u64,
    /// When it last answered.
    #[schema(value_type = Option<String>)]
    pub last_hit: Option<Timestamp>,
}

impl FaqEntry {
    /// The reply text for an order in `status` (its variant, else the answer), unfilled.
    pub fn answer_for(&self, status: Option<OrderStatus>) -> &str {
        status
            .and_then(|s| self.variants.get(&s))
            .map_or(self.answer.as_str(), String::as_str)
    }

    /// Checks the entry on its own: id alphabet, non-empty question and answer, no empty
    /// paraphrase, only known placeholders.
    ///
    /// # Errors
    /// The first problem found, naming the field (`id`, `question`, `answer`,
    /// `paraphrases[2]`, `variants.已发货`).
    pub fn validate(&self) -> Result<(), DomainError> {
        self.id.validate()?;
        if self.question.trim().is_empty() {
            return Err(DomainError::invalid("question", "must not be empty"));
        }
        if self.answer.trim().is_empty() {
            return Err(DomainError::invalid("answer", "must not be empty"));
        }
        for (i, p) in self.paraphrases.iter().enumerate() {
            if p.trim().is_empty() {
                return Err(DomainError::invalid(
                    format!("paraphrases[{i}]"),
                    "must not be empty",
                ));
            }
        }
        check_placeholders("answer", &self.answer)?;
        for (status, text) in &self.variants {
            let field = format!("variants.{status}");
            if text.trim().is_empty() {
                return Err(DomainError::invalid(field, "must not be empty"));
            }
            check_placeholders(&field, text)?;
        }
        Ok(())
    }
}

/// The `{name}` placeholders in `text`, in order of appearance.
pub fn placeholders_in(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = text;
    while let Some(open) = rest.find('{') {
        let after = &rest[open + 1..];
        match after.find('}') {
            Some(close) => {
                out.push(&after[..close]);
                rest = &after[close + 1..];
            }
            None => break,
        }
    }
    out
}

fn check_placeholders(field: &str, text: &str) -> Result<(), DomainError> {
    for name in placeholders_in(text) {
        if !PLACEHOLDERS.contains(&name.trim()) {
            return Err(DomainError::invalid(
                field,
                format!("unknown placeholder {{{name}}}; known: {}", known_list()),
            ));
        }
    }
    Ok(())
}

fn known_list() -> String {
    PLACEHOLDERS
        .iter()
        .map(|p| format!("{{{p}}}"))
        .collect::<Vec<_>>()
        .join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(answer: &str) -> FaqEntry {
        FaqEntry {
            id: "ship_time".into(),
            question: "什么时候发货?".into(),
            paraphrases: vec!["几天发货".into()],
            answer: answer.into(),
            variants: BTreeMap::new(),
            tags: vec![],
            enabled: true,
        }
    }

    #[test]
    fn reads_the_format_md_shape() {
        let json = r#"{"id":"ship_time","question":"什么时候发货?","paraphrases":["几天发货"],
            "answer":"48小时内发货","variants":{"已发货":"单号 {order.tracking_no}"},"tags":["shipping"]}"#;
        let e: FaqEntry = serde_json::from_str(json).unwrap();
        assert!(e.enabled, "entries are enabled unless they say otherwise");
        assert_eq!(
            e.answer_for(Some(OrderStatus::Shipped)),
            "单号 {order.tracking_no}"
        );
        assert_eq!(
            e.answer_for(Some(OrderStatus::AwaitingShipment)),
            "48小时内发货"
        );
        e.validate().unwrap();
    }

    #[test]
    fn unknown_placeholder_is_named() {
        let err = entry("亲 {order.colour}").validate().unwrap_err();
        assert!(
            err.to_string().contains("{order.colour}"),
            "names the placeholder: {err}"
        );
    }

    #[test]
    fn empty_answer_is_refused() {
        let err = entry("  ").validate().unwrap_err();
        assert_eq!(err, DomainError::invalid("answer", "must not be empty"));
    }

    #[test]
    fn bad_id_is_refused() {
        let mut e = entry("ok");
        e.id = "Ship Time".into();
        assert!(
            e.validate().is_err(),
            "upper case and spaces are not allowed in ids"
        );
    }
}
