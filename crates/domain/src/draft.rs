//! Drafts: replies the assistant prepared for a person to approve, edit or discard.
//!
//! In `assist` mode (and in `off` mode, as a suggestion) the assistant's answer is not sent to
//! the buyer; it is stored as a draft so the inbox can show it beside the buyer's message. A
//! person sends it (possibly edited) or discards it; in assist mode the response-time guard may
//! send it when the owner allowed that.

use jiff::Timestamp;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::{ConversationId, DomainError, DraftId, FaqId, MessageId};

/// Where a draft stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum DraftStatus {
    /// Waiting for a person.
    Pending,
    /// Sent to the buyer (as written or edited).
    Sent,
    /// Dropped by a person.
    Discarded,
}

impl DraftStatus {
    /// The `snake_case` name used in storage and the API.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Pending => "pending",
            Self::Sent => "sent",
            Self::Discarded => "discarded",
        }
    }

    /// Reads a status from its `snake_case` name.
    ///
    /// # Errors
    /// [`DomainError::Invalid`] on `status` for an unknown name.
    pub fn parse(s: &str) -> Result<Self, DomainError> {
        [Self::Pending, Self::Sent, Self::Discarded]
            .into_iter()
            .find(|r| r.as_str() == s)
            .ok_or_else(|| DomainError::invalid("status", format!("unknown draft status {s:?}")))
    }
}

/// A reply the assistant prepared for a person.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct Draft {
    /// The draft's id.
    pub id: DraftId,
    /// The conversation.
    pub conversation_id: ConversationId,
    /// The buyer message it answers.
    pub message_id: MessageId,
    /// The proposed reply.
    pub text: String,
    /// The FAQ entry it comes from, if any.
    #[serde(default)]
    pub faq_id: Option<FaqId>,
    /// Where it stands.
    pub status: DraftStatus,
    /// When it was prepared.
    #[schema(value_type = String)]
    pub created_at: Timestamp,
    /// When it was sent or discarded.
    #[serde(default)]
    #[schema(value_type = Option<String>)]
    pub decided_at: Option<Timestamp>,
    /// Who sent or discarded it (`guard` when the response-time guard sent it).
    #[serde(default)]
    pub decided_by: Option<String>,
}
