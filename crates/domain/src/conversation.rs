//! Conversations: one buyer on one channel, and who is handling it.
//!
//! Statuses follow Chatwoot: `pending` (the assistant handles it), `open` (a person must act),
//! `snoozed` (a person will act later), `resolved`. A conversation with an `assignee` is owned by
//! a person and gets no automatic replies until it is handed back or resolved.

use jiff::Timestamp;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::{ConversationId, CustomerId, FaqId, Order};

/// Who must act on a conversation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum ConversationStatus {
    /// The assistant handles it.
    Pending,
    /// A person must act.
    Open,
    /// A person will act later (see `snoozed_until`).
    Snoozed,
    /// Done.
    Resolved,
}

/// How urgent something is for a person.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, ToSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum Priority {
    /// Act now (an upset buyer, an after-sale problem, an urgent rule).
    Urgent,
    /// Act soon.
    High,
    /// The usual.
    Normal,
    /// When there is time.
    Low,
}

impl ConversationStatus {
    /// The `snake_case` name used in storage and the API.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Pending => "pending",
            Self::Open => "open",
            Self::Snoozed => "snoozed",
            Self::Resolved => "resolved",
        }
    }
}

impl Priority {
    /// The `snake_case` name used in storage and the API.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Urgent => "urgent",
            Self::High => "high",
            Self::Normal => "normal",
            Self::Low => "low",
        }
    }
}

/// One buyer's conversation with the shop on one channel.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct Conversation {
    /// The conversation's id.
    pub id: ConversationId,
    /// The buyer.
    pub customer_id: CustomerId,
    /// The buyer's id on the channel (shown in the inbox).
    pub customer: String,
    /// The channel the buyer writes on.
    pub channel: String,
    /// Who must act.
    pub status: ConversationStatus,
    /// How urgent it is.
    pub priority: Priority,
    /// The person who took it over, if any: no automatic replies while set.
    #[serde(default)]
    pub assignee: Option<String>,
    /// Since when the buyer has been waiting for a person, if they are.
    #[serde(default)]
    #[schema(value_type = Option<String>)]
    pub waiting_since: Option<Timestamp>,
    /// When a snoozed conversation wakes.
    #[serde(default)]
    #[schema(value_type = Option<String>)]
    pub snoozed_until: Option<Timestamp>,
    /// The order the conversation is about, as last reported by the channel.
    #[serde(default)]
    pub order: Option<Order>,
    /// FAQ entries offered in a clarifying question, awaiting the buyer's pick.
    #[serde(default)]
    pub offered: Vec<FaqId>,
    /// The last message's text, for lists.
    #[serde(default)]
    pub last_text: Option<String>,
    /// When it began.
    #[schema(value_type = String)]
    pub created_at: Timestamp,
    /// When anything last happened in it.
    #[schema(value_type = String)]
    pub updated_at: Timestamp,
}

impl Conversation {
    /// True when a person owns the conversation and the assistant must stay silent.
    pub fn held_by_person(&self) -> bool {
        self.assignee.is_some()
    }
}
