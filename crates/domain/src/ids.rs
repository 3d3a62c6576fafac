//! Newtype identifiers, so a conversation id can never be passed where a message id is wanted.
//!
//! Generated ids (conversations, messages, escalations, customers, rules) are ULID strings made by
//! `core` from its clock; FAQ ids are chosen by the owner and follow `[a-z0-9_]+`.

use serde::{Deserialize, Serialize};
use std::fmt;
use utoipa::ToSchema;

use crate::DomainError;

macro_rules! string_id {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, ToSchema)]
        #[serde(transparent)]
        #[schema(value_type = String)]
        pub struct $name(pub String);

        impl $name {
            /// The id as a string slice.
            pub fn as_str(&self) -> &str {
                &self.0
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.0)
            }
        }

        impl From<&str> for $name {
            fn from(s: &str) -> Self {
                Self(s.to_owned())
            }
        }

        impl From<String> for $name {
            fn from(s: String) -> Self {
                Self(s)
            }
        }
    };
}

string_id!(
    /// Identifies a conversation (one buyer on one channel).
    ConversationId
);
string_id!(
    /// Identifies a stored message.
    MessageId
);
string_id!(
    /// Identifies a customer across channels.
    CustomerId
);
string_id!(
    /// Identifies an escalation.
    EscalationId
);
string_id!(
    /// Identifies a handoff rule.
    RuleId
);
string_id!(
    /// Identifies an FAQ entry; owner-chosen, `[a-z0-9_]+`.
    FaqId
);

impl FaqId {
    /// Checks the id's alphabet: non-empty, at most 64 characters of `[a-z0-9_]`.
    pub fn validate(&self) -> Result<(), DomainError> {
        let ok = !self.0.is_empty()
            && self.0.len() <= 64
            && self
                .0
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_');
        if ok {
            Ok(())
        } else {
            Err(DomainError::invalid(
                "id",
                format!("{:?} must be 1-64 characters of a-z, 0-9 and _", self.0),
            ))
        }
    }
}
string_id!(
    /// Identifies a draft reply the assistant prepared for a person.
    DraftId
);
