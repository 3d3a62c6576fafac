//! Drafts: the assistant's replies waiting for a person (assist and off modes); send one, as
//! written or edited, or discard it.

use axum::Json;
use axum::extract::{Path, State};
use owldesk_domain::{Draft, DraftId, Message};
use serde::Deserialize;
use utoipa::ToSchema;
use utoipa_axum::{router::OpenApiRouter, routes};

use super::{ActorBody, agent_or_owner};
use crate::AppState;
use crate::error::{ApiResult, ErrorBody};
use crate::json::ApiJson;

/// The routes of this module.
pub fn routes() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(list))
        .routes(routes!(send))
        .routes(routes!(discard))
}

/// Sending a draft: optionally with edited text.
#[derive(Debug, Default, Deserialize, ToSchema)]
pub struct SendBody {
    /// The text to send instead of the draft's.
    #[serde(default)]
    pub text: Option<String>,
    /// The person (default `owner`).
    #[serde(default)]
    pub agent: Option<String>,
}

/// Drafts waiting for a person, oldest first.
#[utoipa::path(get, path = "/drafts", tag = "drafts", responses((status = 200, body = Vec<Draft>)))]
async fn list(State(state): State<AppState>) -> ApiResult<Json<Vec<Draft>>> {
    Ok(Json(state.run(|c| c.pending_drafts()).await?))
}

/// Send the draft to the buyer (edited if `text` is given).
#[utoipa::path(post, path = "/drafts/{id}/send", tag = "drafts",
    params(("id" = String, Path, description = "draft id")), request_body = SendBody,
    responses((status = 200, body = Message), (status = 400, body = ErrorBody),
              (status = 404, body = ErrorBody), (status = 409, body = ErrorBody)))]
async fn send(
    State(state): State<AppState>,
    Path(id): Path<String>,
    body: Option<ApiJson<SendBody>>,
) -> ApiResult<Json<Message>> {
    let body = body.map(|b| b.0).unwrap_or_default();
    let agent = agent_or_owner(body.agent);
    Ok(Json(
        state
            .run(move |c| c.send_draft(&DraftId(id), body.text.as_deref(), &agent))
            .await?,
    ))
}

/// Discard the draft; nothing is sent.
#[utoipa::path(post, path = "/drafts/{id}/discard", tag = "drafts",
    params(("id" = String, Path, description = "draft id")), request_body = ActorBody,
    responses((status = 200, body = Draft), (status = 404, body = ErrorBody),
              (status = 409, body = ErrorBody)))]
async fn discard(
    State(state): State<AppState>,
    Path(id): Path<String>,
    body: Option<ApiJson<ActorBody>>,
) -> ApiResult<Json<Draft>> {
    let agent = agent_or_owner(body.and_then(|b| b.0.agent));
    Ok(Json(
        state
            .run(move |c| c.discard_draft(&DraftId(id), &agent))
            .await?,
    ))
}
