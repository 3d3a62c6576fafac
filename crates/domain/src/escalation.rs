//! Escalations: a conversation handed to a person, and why.
//!
//! Reasons are the ones of `FORMAT.md`: `anger`, `after_sale`, `media`, `human`, `unknown`, and
//! `rule` (a handoff rule of the shop fired; its name is kept beside the reason).

use jiff::Timestamp;
use serde::{Deserialize, Serialize};
use std::fmt;
use utoipa::ToSchema;

use crate::{ConversationId, DomainError, EscalationId, MessageId, Priority};

/// Why the assistant handed a conversation to a person.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum EscalationReason {
    /// An angry or threatening buyer.
    Anger,
    /// A refund, return, exchange, damaged or wrong item about the buyer's own order.
    AfterSale,
    /// An image, video or file from the buyer.
    Media,
    /// The buyer asked for a person.
    Human,
    /// Nothing in the FAQ answers it.
    Unknown,
    /// A handoff rule of the shop fired.
    Rule,
}

impl EscalationReason {
    /// The `snake_case` name used in storage and the API.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Anger => "anger",
            Self::AfterSale => "after_sale",
            Self::Media => "media",
            Self::Human => "human",
            Self::Unknown => "unknown",
            Self::Rule => "rule",
        }
    }

    /// Reads a reason from its `snake_case` name.
    ///
    /// # Errors
    /// [`DomainError::Invalid`] on `reason` for an unknown name.
    pub fn parse(s: &str) -> Result<Self, DomainError> {
        [
            Self::Anger,
            Self::AfterSale,
            Self::Media,
            Self::Human,
            Self::Unknown,
            Self::Rule,
        ]
        .into_iter()
        .find(|r| r.as_str() == s)
        .ok_or_else(|| DomainError::invalid("reason", format!("unknown reason {s:?}")))
    }

    /// The priority an escalation for this reason starts with.
    pub fn default_priority(self) -> Priority {
        match self {
            Self::Anger | Self::AfterSale => Priority::Urgent,
            Self::Human | Self::Media => Priority::High,
            Self::Unknown | Self::Rule => Priority::Normal,
        }
    }
}

impl fmt::Display for EscalationReason {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Where an escalation stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum EscalationStatus {
    /// Waiting for a person.
    Open,
    /// Put off until `snoozed_until`.
    Snoozed,
    /// Handled.
    Resolved,
}

impl EscalationStatus {
    /// The `snake_case` name used in storage and the API.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Open => "open",
            Self::Snoozed => "snoozed",
            Self::Resolved => "resolved",
        }
    }

    /// Reads a status from its `snake_case` name.
    ///
    /// # Errors
    /// [`DomainError::Invalid`] on `status` for an unknown name.
    pub fn parse(s: &str) -> Result<Self, DomainError> {
        [Self::Open, Self::Snoozed, Self::Resolved]
            .into_iter()
            .find(|r| r.as_str() == s)
            .ok_or_else(|| {
                DomainError::invalid(
                    "status",
                    format!("unknown status {s:?}; expected open, snoozed or resolved"),
                )
            })
    }
}

/// A conversation handed to a person.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct Escalation {
    /// The escalation's id.
    pub id: EscalationId,
    /// The conversation handed over.
    pub conversation_id: ConversationId,
    /// The buyer message that caused it.
    pub message_id: MessageId,
    /// Why.
    pub reason: EscalationReason,
    /// The rule's name when `reason` is `rule`.
    #[serde(default)]
    pub rule: Option<String>,
    /// Where it stands.
    pub status: EscalationStatus,
    /// How urgent it is.
    pub priority: Priority,
    /// A one-line summary for lists ("image from buyer, order 已发货").
    pub summary: String,
    /// When it was raised.
    #[schema(value_type = String)]
    pub created_at: Timestamp,
    /// When it was resolved.
    #[serde(default)]
    #[schema(value_type = Option<String>)]
    pub resolved_at: Option<Timestamp>,
    /// When a snoozed escalation wakes.
    #[serde(default)]
    #[schema(value_type = Option<String>)]
    pub snoozed_until: Option<Timestamp>,
    /// When a person should have acted, counted in business hours from `created_at` (the SLA).
    #[serde(default)]
    #[schema(value_type = Option<String>)]
    pub due_at: Option<Timestamp>,
}
