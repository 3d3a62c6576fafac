//! The morning briefing: what happened while nobody was at the desk, and what waits.
//!
//! Made by `core` when business hours begin (and on demand) over a window of time, usually the
//! night just ended. It is the inbox's first screen and one notification
//! ("夜间共处理 128 条, 7 条待您处理, 2 条紧急").

use jiff::Timestamp;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::{ConversationId, EscalationId, EscalationReason, Localized, Priority};

/// One escalation waiting for a person, as the briefing lists it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct BriefingItem {
    /// The escalation.
    pub escalation_id: EscalationId,
    /// Its conversation.
    pub conversation_id: ConversationId,
    /// The buyer's id on the channel.
    pub customer: String,
    /// How urgent.
    pub priority: Priority,
    /// Why it was escalated.
    pub reason: EscalationReason,
    /// One line saying what it is about.
    pub gist: String,
    /// A reply a person could send, when the assistant has one.
    #[serde(default)]
    pub draft: Option<String>,
    /// When it was raised.
    #[schema(value_type = String)]
    pub created_at: Timestamp,
    /// When it is due (SLA, in business hours).
    #[serde(default)]
    #[schema(value_type = Option<String>)]
    pub due_at: Option<Timestamp>,
}

/// A summary of a stretch of time, usually the night.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct Briefing {
    /// The start of the window.
    #[schema(value_type = String)]
    pub from: Timestamp,
    /// The end of the window.
    #[schema(value_type = String)]
    pub to: Timestamp,
    /// Buyer messages received.
    pub messages: u64,
    /// Answered by the assistant on its own.
    pub answered: u64,
    /// `answered / messages` (0 when there were none).
    pub auto_share: f64,
    /// Kept as drafts for a person.
    pub drafted: u64,
    /// Messages that escalated their conversation.
    pub escalated: u64,
    /// Messages that came while a person held the conversation, left for them.
    pub waiting: u64,
    /// Buyer messages followed by a reply within three minutes.
    pub replied_within_3m: u64,
    /// Escalations of the window still waiting, urgent first, then oldest.
    pub escalations: Vec<BriefingItem>,
    /// How many of them are urgent.
    pub urgent: u64,
    /// The one-line notification.
    pub headline: Localized,
}

/// How quickly buyers got a reply on one local day, counted over the shop's business hours (the
/// hours marketplaces grade).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct DailyReplyRate {
    /// The local date, `YYYY-MM-DD`.
    pub date: String,
    /// Buyer messages received during business hours.
    pub messages: u64,
    /// Of those, followed by a reply within three minutes.
    pub replied_within_3m: u64,
    /// `replied_within_3m / messages` (1 when there were none: nobody waited).
    pub rate: f64,
}
