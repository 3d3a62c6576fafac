//! The `/api/v1` handlers, one module per noun. Each handler is a thin adapter over one `Core`
//! method: parse and check the request, call the core on the blocking pool, shape the answer.

pub mod alerts;
pub mod conversations;
pub mod drafts;
pub mod escalations;
pub mod events;
pub mod faq;
pub mod inbound;
pub mod rules;
pub mod schedule;
pub mod settings;
pub mod stats;
pub mod system;

use axum::Json;
use axum::http::StatusCode;
use owldesk_core::query::PageRequest;
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use utoipa_axum::router::OpenApiRouter;

use crate::AppState;
use crate::error::ApiError;

/// Every `/api/v1` route.
pub fn routes() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .merge(inbound::routes())
        .merge(conversations::routes())
        .merge(escalations::routes())
        .merge(faq::routes())
        .merge(rules::routes())
        .merge(settings::routes())
        .merge(stats::routes())
        .merge(system::routes())
        .merge(schedule::routes())
        .merge(drafts::routes())
        .merge(alerts::routes())
        .merge(events::routes())
}

/// `GET /healthz`: the server is up (no token needed).
pub async fn health() -> Json<serde_json::Value> {
    Json(serde_json::json!({ "status": "ok", "version": env!("CARGO_PKG_VERSION") }))
}

/// Any unknown path.
pub async fn not_found() -> ApiError {
    ApiError::new(StatusCode::NOT_FOUND, "not_found", "no such endpoint")
}

/// `?limit=N&cursor=...` on lists.
#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct PageParams {
    /// Page size (default 50, at most 500).
    pub limit: Option<usize>,
    /// `next_cursor` of the previous page.
    pub cursor: Option<String>,
}

impl PageParams {
    /// As the core's page request.
    pub fn page(&self) -> PageRequest {
        PageRequest {
            limit: self.limit,
            cursor: self.cursor.clone(),
        }
    }
}

/// A page of a list, newest first.
#[derive(Debug, Serialize, ToSchema)]
pub struct PageBody<T> {
    /// The items.
    pub items: Vec<T>,
    /// Pass as `cursor` to get the next page; absent on the last page.
    pub next_cursor: Option<String>,
}

impl<T> From<owldesk_core::Page<T>> for PageBody<T> {
    fn from(p: owldesk_core::Page<T>) -> Self {
        Self {
            items: p.items,
            next_cursor: p.next_cursor,
        }
    }
}

/// Who is acting, for the audit log; `owner` when not given.
#[derive(Debug, Default, Deserialize, ToSchema)]
pub struct ActorBody {
    /// The person acting.
    #[serde(default)]
    pub agent: Option<String>,
}

/// The agent name to record.
pub fn agent_or_owner(agent: Option<String>) -> String {
    agent
        .filter(|a| !a.trim().is_empty())
        .unwrap_or_else(|| "owner".to_owned())
}
