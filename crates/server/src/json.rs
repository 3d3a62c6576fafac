//! A JSON body extractor whose errors name the field that was wrong.
//!
//! axum's own `Json` says "invalid type at line 1 column 20"; owners and bridge authors need
//! "order.status: unknown order status". [`ApiJson`] reads the body (within the router's size
//! limit), checks the content type, and deserialises with `serde_path_to_error` so the error
//! carries the path to the field.

use axum::body::Bytes;
use axum::extract::{FromRequest, OptionalFromRequest, Request};
use axum::http::{StatusCode, header};
use serde::de::DeserializeOwned;

use crate::error::ApiError;

/// A JSON request body of type `T`.
pub struct ApiJson<T>(pub T);

impl<S: Send + Sync, T: DeserializeOwned> FromRequest<S> for ApiJson<T> {
    type Rejection = ApiError;

    async fn from_request(req: Request, state: &S) -> Result<Self, Self::Rejection> {
        let is_json = req
            .headers()
            .get(header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .is_some_and(|v| {
                v.split(';')
                    .next()
                    .is_some_and(|m| m.trim() == "application/json")
            });
        if !is_json {
            return Err(ApiError::new(
                StatusCode::UNSUPPORTED_MEDIA_TYPE,
                "unsupported_media_type",
                "the body must be JSON with Content-Type: application/json",
            ));
        }
        let bytes = Bytes::from_request(req, state).await.map_err(|e| {
            if e.status() == StatusCode::PAYLOAD_TOO_LARGE {
                ApiError::new(
                    StatusCode::PAYLOAD_TOO_LARGE,
                    "too_large",
                    format!("the body is larger than {} bytes", crate::MAX_BODY_BYTES),
                )
            } else {
                ApiError::new(e.status(), "invalid", e.body_text())
            }
        })?;
        parse(&bytes).map(ApiJson)
    }
}

/// An optional body: an empty body is `None` (for actions whose body only names the person).
impl<S: Send + Sync, T: DeserializeOwned> OptionalFromRequest<S> for ApiJson<T> {
    type Rejection = ApiError;

    async fn from_request(req: Request, state: &S) -> Result<Option<Self>, Self::Rejection> {
        let has_type = req.headers().contains_key(header::CONTENT_TYPE);
        if !has_type {
            let bytes = Bytes::from_request(req, state)
                .await
                .map_err(|e| ApiError::new(e.status(), "invalid", e.body_text()))?;
            if bytes.iter().all(u8::is_ascii_whitespace) {
                return Ok(None);
            }
            return Err(ApiError::new(
                StatusCode::UNSUPPORTED_MEDIA_TYPE,
                "unsupported_media_type",
                "the body must be JSON with Content-Type: application/json",
            ));
        }
        <Self as FromRequest<S>>::from_request(req, state)
            .await
            .map(Some)
    }
}

/// Deserialises `bytes`, naming the field on error.
///
/// # Errors
/// 400 `invalid` with the path to the field, or the syntax error's position.
pub fn parse<T: DeserializeOwned>(bytes: &[u8]) -> Result<T, ApiError> {
    let de = &mut serde_json::Deserializer::from_slice(bytes);
    serde_path_to_error::deserialize(de).map_err(|e| {
        let path = e.path().to_string();
        let inner = e.into_inner();
        if path != "." && !inner.is_eof() {
            ApiError::invalid(&path, strip_position(&inner.to_string()))
        } else if inner.is_syntax() || inner.is_eof() {
            ApiError::invalid("JSON", inner)
        } else {
            ApiError::invalid("body", strip_position(&inner.to_string()))
        }
    })
}

/// serde's messages end in " at line 1 column 20", which means nothing once the field is named.
fn strip_position(msg: &str) -> String {
    match msg.rfind(" at line ") {
        Some(i) => msg[..i].to_owned(),
        None => msg.to_owned(),
    }
}
