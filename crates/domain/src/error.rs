//! Errors raised when a value breaks a domain invariant.
//!
//! Each variant names the field that was wrong so the API and the CLI can tell the owner exactly
//! what to fix. Add a variant when a new invariant needs a message of its own.

use thiserror::Error;

/// A value that breaks one of the domain's invariants.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum DomainError {
    /// A field is present but its value is not acceptable.
    #[error("invalid {field}: {message}")]
    Invalid {
        /// The field's name as the owner sees it (`id`, `answer`, `order.status`...).
        field: String,
        /// What is wrong with it, in plain words.
        message: String,
    },
}

impl DomainError {
    /// Builds an [`DomainError::Invalid`] for `field`.
    pub fn invalid(field: impl Into<String>, message: impl Into<String>) -> Self {
        Self::Invalid {
            field: field.into(),
            message: message.into(),
        }
    }
}
