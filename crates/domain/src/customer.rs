//! Customers (buyers) and their identities on each channel.
//!
//! A customer is known on a channel by the channel's own id (`external_id`); the pair
//! `(channel, external_id)` is unique, as in Chatwoot's contact inboxes.

use jiff::Timestamp;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::CustomerId;

/// How a channel knows a customer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct Identity {
    /// The channel (`bridge`, `simulator`, `pdd`...).
    pub channel: String,
    /// The channel's id for the buyer.
    pub external_id: String,
}

/// A buyer.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct Customer {
    /// Owldesk's id for the buyer.
    pub id: CustomerId,
    /// The name shown in the inbox (the channel id when no name is known).
    pub display_name: String,
    /// Identities on channels.
    pub identities: Vec<Identity>,
    /// When the buyer was first seen.
    #[schema(value_type = String)]
    pub created_at: Timestamp,
}
