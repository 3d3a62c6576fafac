//! Messages: what the buyer, the assistant, people and the system said in a conversation.
//!
//! `incoming` messages come from the buyer, `outgoing` ones go to the buyer (from the assistant or
//! a person), `activity` lines record what happened ("escalated: image from buyer"). Incoming
//! messages carry the channel's `external_id`, unique per channel, which makes redelivery
//! idempotent.

use jiff::Timestamp;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::{ConversationId, Decision, MessageId};

/// Which way a message went.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum Direction {
    /// From the buyer.
    Incoming,
    /// To the buyer.
    Outgoing,
    /// A record of something that happened; never sent.
    Activity,
}

/// Who wrote a message.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum Author {
    /// The buyer.
    Customer,
    /// Owldesk's assistant.
    Assistant,
    /// A person of the shop.
    Agent,
    /// Owldesk itself (activity lines).
    System,
}

/// What a message holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, ToSchema, Default)]
#[serde(rename_all = "snake_case")]
pub enum MessageKind {
    /// Text.
    #[default]
    Text,
    /// A photo.
    Image,
    /// A video.
    Video,
    /// Any other file.
    File,
}

impl MessageKind {
    /// The `snake_case` name used in storage and the API.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Text => "text",
            Self::Image => "image",
            Self::Video => "video",
            Self::File => "file",
        }
    }

    /// True for images, videos and files: things only a person can look at.
    pub fn is_media(self) -> bool {
        !matches!(self, Self::Text)
    }
}

/// One message in a conversation.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct Message {
    /// Owldesk's id.
    pub id: MessageId,
    /// The conversation it belongs to.
    pub conversation_id: ConversationId,
    /// Which way it went.
    pub direction: Direction,
    /// Who wrote it.
    pub author: Author,
    /// What it holds.
    pub kind: MessageKind,
    /// Its text (may be empty for media).
    pub text: String,
    /// Where the channel keeps the media, if any.
    #[serde(default)]
    pub media_url: Option<String>,
    /// The channel's id for it (incoming messages), unique per channel.
    #[serde(default)]
    pub external_id: Option<String>,
    /// The person who wrote it, for agent messages.
    #[serde(default)]
    pub agent: Option<String>,
    /// True for a person's internal note that the buyer never sees.
    #[serde(default)]
    pub private: bool,
    /// The assistant's decision on an incoming message.
    #[serde(default)]
    pub decision: Option<Decision>,
    /// When it was written.
    #[schema(value_type = String)]
    pub created_at: Timestamp,
}
