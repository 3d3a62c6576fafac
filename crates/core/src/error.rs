//! The core's error type and the stable codes the API and the UI match on.
//!
//! Every failure of a core operation is a [`CoreError`]; its [`ErrorCode`] is what crosses to the
//! HTTP API as `{code, message}` so that callers never match on message strings. Bad input is
//! `invalid` and names the field; store failures are `internal` and are logged, not shown.

use owldesk_domain::DomainError;
use owldesk_store::StoreError;
use thiserror::Error;

/// A stable, machine-readable error class.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ErrorCode {
    /// The thing asked for does not exist.
    NotFound,
    /// The input is wrong; the message names the field.
    Invalid,
    /// The input clashes with what is stored (a duplicate id).
    Conflict,
    /// Something the core needs is not available right now.
    Unavailable,
    /// A bug or a storage failure.
    Internal,
}

impl ErrorCode {
    /// The code's `snake_case` name as the API shows it.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::NotFound => "not_found",
            Self::Invalid => "invalid",
            Self::Conflict => "conflict",
            Self::Unavailable => "unavailable",
            Self::Internal => "internal",
        }
    }
}

/// A failed core operation.
#[derive(Debug, Error)]
pub enum CoreError {
    /// Bad input, naming the field.
    #[error("invalid {field}: {message}")]
    Invalid {
        /// The field (`text`, `order.status`, `line 3, column answer`...).
        field: String,
        /// What is wrong with it.
        message: String,
    },
    /// Something asked for does not exist.
    #[error("{0} not found")]
    NotFound(String),
    /// A clash with stored data.
    #[error("conflict: {0}")]
    Conflict(String),
    /// A storage failure.
    #[error("storage failed: {0}")]
    Store(#[from] StoreError),
    /// Something outside the shop is not there right now (the desktop's notification daemon).
    #[error("unavailable: {0}")]
    Unavailable(String),
    /// A file could not be read or written.
    #[error("{path}: {source}")]
    Io {
        /// The file.
        path: String,
        /// The failure.
        source: std::io::Error,
    },
}

impl CoreError {
    /// Builds a [`CoreError::Invalid`].
    pub fn invalid(field: impl Into<String>, message: impl Into<String>) -> Self {
        Self::Invalid {
            field: field.into(),
            message: message.into(),
        }
    }

    /// The error's stable class.
    pub fn code(&self) -> ErrorCode {
        match self {
            Self::Invalid { .. } => ErrorCode::Invalid,
            Self::NotFound(_) => ErrorCode::NotFound,
            Self::Conflict(_) => ErrorCode::Conflict,
            Self::Unavailable(_) => ErrorCode::Unavailable,
            Self::Store(StoreError::Conflict(_)) => ErrorCode::Conflict,
            Self::Store(StoreError::NotFound(_)) => ErrorCode::NotFound,
            Self::Store(_) | Self::Io { .. } => ErrorCode::Internal,
        }
    }
}

impl From<DomainError> for CoreError {
    fn from(e: DomainError) -> Self {
        match e {
            DomainError::Invalid { field, message } => Self::Invalid { field, message },
        }
    }
}

/// The core's result type.
pub type Result<T, E = CoreError> = std::result::Result<T, E>;
