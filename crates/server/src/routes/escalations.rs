//! Escalations: the inbox of conversations waiting for a person; acknowledge (opened: urgent
//! notifications stop repeating), reply, resolve, snooze.

use axum::Json;
use axum::extract::{Path, Query, State};
use owldesk_domain::{Escalation, EscalationId, EscalationStatus, Message};
use serde::Deserialize;
use utoipa::{IntoParams, ToSchema};
use utoipa_axum::{router::OpenApiRouter, routes};

use super::conversations::TextBody;
use super::{ActorBody, PageBody, PageParams, agent_or_owner};
use crate::AppState;
use crate::error::{ApiError, ApiResult, ErrorBody};
use crate::json::ApiJson;

/// The routes of this module.
pub fn routes() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(list))
        .routes(routes!(get_one))
        .routes(routes!(acknowledge))
        .routes(routes!(reply))
        .routes(routes!(resolve))
        .routes(routes!(snooze))
}

/// Filters for the escalation list.
#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct ListParams {
    /// `open`, `snoozed` or `resolved`.
    pub status: Option<String>,
}

/// When to wake a snoozed escalation.
#[derive(Debug, Deserialize, ToSchema)]
pub struct SnoozeBody {
    /// RFC 3339 time (`2026-11-22T09:00:00+08:00`).
    pub until: String,
    /// The person (default `owner`).
    #[serde(default)]
    pub agent: Option<String>,
}

/// List escalations, newest first.
#[utoipa::path(get, path = "/escalations", operation_id = "list_escalations", tag = "escalations", params(ListParams, PageParams),
    responses((status = 200, body = PageBody<Escalation>), (status = 400, body = ErrorBody)))]
async fn list(
    State(state): State<AppState>,
    Query(filter): Query<ListParams>,
    Query(page): Query<PageParams>,
) -> ApiResult<Json<PageBody<Escalation>>> {
    let status = filter
        .status
        .filter(|s| !s.is_empty())
        .map(|s| EscalationStatus::parse(&s))
        .transpose()
        .map_err(|e| ApiError::from(owldesk_core::CoreError::from(e)))?;
    let page = page.page();
    Ok(Json(
        state
            .run(move |c| c.escalations(status, &page))
            .await?
            .into(),
    ))
}

/// One escalation.
#[utoipa::path(get, path = "/escalations/{id}", operation_id = "get_escalation", tag = "escalations",
    params(("id" = String, Path, description = "escalation id")),
    responses((status = 200, body = Escalation), (status = 404, body = ErrorBody)))]
async fn get_one(
    State(state): State<AppState>,
    Path(id): Path<String>,
) -> ApiResult<Json<Escalation>> {
    Ok(Json(
        state.run(move |c| c.escalation(&EscalationId(id))).await?,
    ))
}

/// A person opened the escalation in the inbox: its urgent desktop notification stops repeating
/// and it leaves the next digest. Idempotent; the UI calls it when it shows the escalation.
#[utoipa::path(post, path = "/escalations/{id}/ack", operation_id = "acknowledge_escalation", tag = "escalations",
    params(("id" = String, Path, description = "escalation id")), request_body = ActorBody,
    responses((status = 200, body = Escalation), (status = 404, body = ErrorBody)))]
async fn acknowledge(
    State(state): State<AppState>,
    Path(id): Path<String>,
    body: Option<ApiJson<ActorBody>>,
) -> ApiResult<Json<Escalation>> {
    let agent = agent_or_owner(body.and_then(|b| b.0.agent));
    Ok(Json(
        state
            .run(move |c| c.acknowledge(&EscalationId(id), &agent))
            .await?,
    ))
}

/// A person replies to the buyer of the escalated conversation.
#[utoipa::path(post, path = "/escalations/{id}/reply", operation_id = "reply_to_escalation", tag = "escalations",
    params(("id" = String, Path, description = "escalation id")), request_body = TextBody,
    responses((status = 200, body = Message), (status = 400, body = ErrorBody), (status = 404, body = ErrorBody)))]
async fn reply(
    State(state): State<AppState>,
    Path(id): Path<String>,
    ApiJson(body): ApiJson<TextBody>,
) -> ApiResult<Json<Message>> {
    let agent = agent_or_owner(body.agent);
    let msg = state
        .run(move |c| {
            let esc = c.escalation(&EscalationId(id))?;
            c.reply_as_agent(&esc.conversation_id, &body.text, &agent)
        })
        .await?;
    Ok(Json(msg))
}

/// Resolve the escalation and its conversation.
#[utoipa::path(post, path = "/escalations/{id}/resolve", tag = "escalations",
    params(("id" = String, Path, description = "escalation id")), request_body = ActorBody,
    responses((status = 200, body = Escalation), (status = 404, body = ErrorBody)))]
async fn resolve(
    State(state): State<AppState>,
    Path(id): Path<String>,
    body: Option<ApiJson<ActorBody>>,
) -> ApiResult<Json<Escalation>> {
    let agent = agent_or_owner(body.and_then(|b| b.0.agent));
    Ok(Json(
        state
            .run(move |c| c.resolve(&EscalationId(id), &agent))
            .await?,
    ))
}

/// Put the escalation off until a time; a new buyer message wakes it earlier.
#[utoipa::path(post, path = "/escalations/{id}/snooze", tag = "escalations",
    params(("id" = String, Path, description = "escalation id")), request_body = SnoozeBody,
    responses((status = 200, body = Escalation), (status = 400, body = ErrorBody), (status = 404, body = ErrorBody), (status = 409, body = ErrorBody)))]
async fn snooze(
    State(state): State<AppState>,
    Path(id): Path<String>,
    ApiJson(body): ApiJson<SnoozeBody>,
) -> ApiResult<Json<Escalation>> {
    let until: jiff::Timestamp = body.until.parse().map_err(|e| {
        ApiError::invalid(
            "until",
            format!("{:?} is not an RFC 3339 time: {e}", body.until),
        )
    })?;
    let agent = agent_or_owner(body.agent);
    Ok(Json(
        state
            .run(move |c| c.snooze(&EscalationId(id), until, &agent))
            .await?,
    ))
}
