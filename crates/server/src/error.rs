//! API errors: every failure leaves as `{code, message}` with the matching HTTP status.
//!
//! Codes are stable words the UI and bridges match on (`invalid`, `not_found`, `conflict`,
//! `unauthorized`, `forbidden`, `too_large`, `unsupported_media_type`, `unavailable`,
//! `internal`). Bad input is the caller's mistake: it is logged at debug level, never at error
//! level, and internal failures never leak their details to the caller.

use axum::Json;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use owldesk_core::{CoreError, ErrorCode};
use serde::Serialize;
use utoipa::ToSchema;

/// The body of every error response.
#[derive(Debug, Serialize, ToSchema)]
pub struct ErrorBody {
    /// A stable machine-readable code.
    pub code: &'static str,
    /// What went wrong, in plain words, naming the field when input was wrong.
    pub message: String,
}

/// An error on its way to becoming a response.
#[derive(Debug)]
pub struct ApiError {
    status: StatusCode,
    code: &'static str,
    message: String,
}

impl ApiError {
    /// An error with an explicit status and code.
    pub fn new(status: StatusCode, code: &'static str, message: impl Into<String>) -> Self {
        Self {
            status,
            code,
            message: message.into(),
        }
    }

    /// 400 `invalid`, naming the field.
    pub fn invalid(field: &str, message: impl std::fmt::Display) -> Self {
        Self::new(
            StatusCode::BAD_REQUEST,
            "invalid",
            format!("invalid {field}: {message}"),
        )
    }

    /// The same error with bad input answered as 422 (for documents validated as a whole,
    /// such as the schedule, where the body parsed but a value is not acceptable).
    pub fn unprocessable(mut self) -> Self {
        if self.code == "invalid" {
            self.status = StatusCode::UNPROCESSABLE_ENTITY;
        }
        self
    }

    /// The status this error is sent with.
    pub fn status(&self) -> StatusCode {
        self.status
    }
}

impl From<CoreError> for ApiError {
    fn from(e: CoreError) -> Self {
        let code = e.code();
        let status = match code {
            ErrorCode::NotFound => StatusCode::NOT_FOUND,
            ErrorCode::Invalid => StatusCode::BAD_REQUEST,
            ErrorCode::Conflict => StatusCode::CONFLICT,
            ErrorCode::Unavailable => StatusCode::SERVICE_UNAVAILABLE,
            ErrorCode::Internal => StatusCode::INTERNAL_SERVER_ERROR,
        };
        if code == ErrorCode::Internal {
            tracing::error!(error = %e, "request failed");
            return Self::new(status, code.as_str(), "internal error; see the server log");
        }
        tracing::debug!(error = %e, "request refused");
        Self::new(status, code.as_str(), e.to_string())
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        (
            self.status,
            Json(ErrorBody {
                code: self.code,
                message: self.message,
            }),
        )
            .into_response()
    }
}

/// The result type of handlers.
pub type ApiResult<T> = Result<T, ApiError>;
