//! Domain events: what happened, for listeners (the UI over SSE, notifications, stats).
//!
//! Side effects hang off these events rather than living inside domain functions. Events are
//! serialised as `{"type": "escalation_created", ...}`.

use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::{Briefing, Conversation, Draft, Escalation, FaqId, Message};

/// Something that happened in the shop.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum DomainEvent {
    /// A buyer message was stored.
    MessageReceived {
        /// The message.
        message: Message,
    },
    /// A reply to deliver to the buyer was stored (from the assistant or a person).
    ReplyCreated {
        /// The reply.
        message: Message,
        /// The channel to deliver it on.
        channel: String,
        /// The buyer's id on that channel.
        customer: String,
    },
    /// A conversation was handed to a person.
    EscalationCreated {
        /// The escalation.
        escalation: Escalation,
    },
    /// An escalation was resolved, snoozed or reopened.
    EscalationUpdated {
        /// The escalation as it is now.
        escalation: Escalation,
    },
    /// A person opened the escalation in the inbox: urgent notifications for it stop repeating.
    EscalationAcknowledged {
        /// The escalation as it is now.
        escalation: Escalation,
    },
    /// A conversation changed status, priority or owner.
    ConversationUpdated {
        /// The conversation as it is now.
        conversation: Conversation,
    },
    /// The assistant prepared a reply for a person (assist or off mode), or one was decided.
    DraftUpdated {
        /// The draft as it is now.
        draft: Draft,
    },
    /// Business hours began: the night's briefing, to show and to notify.
    BriefingReady {
        /// The briefing.
        briefing: Briefing,
    },
    /// The FAQ changed (entries created, edited, deleted or imported).
    FaqChanged {
        /// The entries that changed (empty for a bulk import).
        ids: Vec<FaqId>,
    },
}
