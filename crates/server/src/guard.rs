//! Who may talk to the API: the Host check (against DNS rebinding), the Origin check, and the
//! bearer token.
//!
//! The server listens on loopback. A web page on another site could still reach it through a
//! DNS name that resolves to 127.0.0.1 (DNS rebinding); such requests carry that name in `Host`,
//! so only the listening address and `localhost` are accepted. Requests from a browser page of
//! another origin are refused outright; no CORS headers are ever sent. Every `/api/v1` route also
//! requires `Authorization: Bearer <token>`.

use axum::extract::{Request, State};
use axum::http::{StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

use crate::AppState;
use crate::error::ApiError;

/// Refuses requests whose `Host` (or `Origin`, when present) is not this server.
pub async fn check_host(State(state): State<AppState>, req: Request, next: Next) -> Response {
    let host = req
        .headers()
        .get(header::HOST)
        .and_then(|h| h.to_str().ok());
    if !host.is_some_and(|h| state.allows_host(h)) {
        return ApiError::new(
            StatusCode::FORBIDDEN,
            "forbidden",
            format!("host {:?} is not this server", host.unwrap_or("")),
        )
        .into_response();
    }
    if let Some(origin) = req
        .headers()
        .get(header::ORIGIN)
        .and_then(|h| h.to_str().ok())
    {
        let origin_host = origin.split_once("://").map_or(origin, |(_, rest)| rest);
        if !state.allows_host(origin_host) {
            return ApiError::new(
                StatusCode::FORBIDDEN,
                "forbidden",
                format!("requests from {origin} are not allowed"),
            )
            .into_response();
        }
    }
    next.run(req).await
}

/// Refuses `/api/v1` requests without the right bearer token.
pub async fn require_token(State(state): State<AppState>, req: Request, next: Next) -> Response {
    let given = req
        .headers()
        .get(header::AUTHORIZATION)
        .and_then(|h| h.to_str().ok())
        .and_then(|h| h.strip_prefix("Bearer "))
        .map(str::trim);
    match given {
        Some(token) if constant_time_eq(token.as_bytes(), state.token.as_bytes()) => {
            next.run(req).await
        }
        Some(_) => ApiError::new(
            StatusCode::UNAUTHORIZED,
            "unauthorized",
            "the API token is wrong",
        )
        .into_response(),
        None => ApiError::new(
            StatusCode::UNAUTHORIZED,
            "unauthorized",
            "send the API token as Authorization: Bearer <token> (see DATA_DIR/api-token)",
        )
        .into_response(),
    }
}

/// Compares without revealing, through timing, how much of the token was right.
fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

/// The `Host` values a server listening on `port` accepts.
pub fn allowed_hosts(port: u16) -> Vec<String> {
    ["127.0.0.1", "localhost", "[::1]"]
        .iter()
        .flat_map(|h| {
            [
                format!("{h}:{port}"),
                if port == 80 {
                    (*h).to_owned()
                } else {
                    String::new()
                },
            ]
        })
        .filter(|h| !h.is_empty())
        .collect()
}
