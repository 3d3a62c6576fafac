//! Conversations: list and read them, their messages; take over, hand back, reply, add notes.

use axum::Json;
use axum::extract::{Path, Query, State};
use owldesk_domain::{Conversation, ConversationId, ConversationStatus, Message};
use serde::Deserialize;
use utoipa::{IntoParams, ToSchema};
use utoipa_axum::{router::OpenApiRouter, routes};

use super::{ActorBody, PageBody, PageParams, agent_or_owner};
use crate::AppState;
use crate::error::{ApiResult, ErrorBody};
use crate::json::ApiJson;

/// The routes of this module.
pub fn routes() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(list))
        .routes(routes!(get_one))
        .routes(routes!(messages))
        .routes(routes!(take_over))
        .routes(routes!(hand_back))
        .routes(routes!(reply))
        .routes(routes!(note))
}

/// Filters for the conversation list.
#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct ListParams {
    /// Only this status.
    pub status: Option<ConversationStatus>,
    /// Text to find in the buyer's id, the last message or the order number.
    pub q: Option<String>,
}

/// Text sent by a person.
#[derive(Debug, Deserialize, ToSchema)]
pub struct TextBody {
    /// The text.
    pub text: String,
    /// The person (default `owner`).
    #[serde(default)]
    pub agent: Option<String>,
}

/// List conversations, most recently active first.
#[utoipa::path(get, path = "/conversations", operation_id = "list_conversations", tag = "conversations", params(ListParams, PageParams),
    responses((status = 200, body = PageBody<Conversation>), (status = 400, body = ErrorBody)))]
async fn list(
    State(state): State<AppState>,
    Query(filter): Query<ListParams>,
    Query(page): Query<PageParams>,
) -> ApiResult<Json<PageBody<Conversation>>> {
    let page = page.page();
    let p = state
        .run(move |c| c.conversations(filter.status, filter.q, &page))
        .await?;
    Ok(Json(p.into()))
}

/// One conversation.
#[utoipa::path(get, path = "/conversations/{id}", operation_id = "get_conversation", tag = "conversations",
    params(("id" = String, Path, description = "conversation id")),
    responses((status = 200, body = Conversation), (status = 404, body = ErrorBody)))]
async fn get_one(
    State(state): State<AppState>,
    Path(id): Path<String>,
) -> ApiResult<Json<Conversation>> {
    Ok(Json(
        state
            .run(move |c| c.conversation(&ConversationId(id)))
            .await?,
    ))
}

/// A conversation's messages, newest first.
#[utoipa::path(get, path = "/conversations/{id}/messages", tag = "conversations",
    params(("id" = String, Path, description = "conversation id"), PageParams),
    responses((status = 200, body = PageBody<Message>), (status = 404, body = ErrorBody)))]
async fn messages(
    State(state): State<AppState>,
    Path(id): Path<String>,
    Query(page): Query<PageParams>,
) -> ApiResult<Json<PageBody<Message>>> {
    let page = page.page();
    Ok(Json(
        state
            .run(move |c| c.messages(&ConversationId(id), &page))
            .await?
            .into(),
    ))
}

/// A person takes the conversation over; the assistant stays silent in it.
#[utoipa::path(post, path = "/conversations/{id}/takeover", tag = "conversations",
    params(("id" = String, Path, description = "conversation id")), request_body = ActorBody,
    responses((status = 200, body = Conversation), (status = 404, body = ErrorBody)))]
async fn take_over(
    State(state): State<AppState>,
    Path(id): Path<String>,
    body: Option<ApiJson<ActorBody>>,
) -> ApiResult<Json<Conversation>> {
    let agent = agent_or_owner(body.and_then(|b| b.0.agent));
    Ok(Json(
        state
            .run(move |c| c.take_over(&ConversationId(id), &agent))
            .await?,
    ))
}

/// Hand the conversation back to the assistant (its open escalation is resolved).
#[utoipa::path(post, path = "/conversations/{id}/handback", tag = "conversations",
    params(("id" = String, Path, description = "conversation id")), request_body = ActorBody,
    responses((status = 200, body = Conversation), (status = 404, body = ErrorBody)))]
async fn hand_back(
    State(state): State<AppState>,
    Path(id): Path<String>,
    body: Option<ApiJson<ActorBody>>,
) -> ApiResult<Json<Conversation>> {
    let agent = agent_or_owner(body.and_then(|b| b.0.agent));
    Ok(Json(
        state
            .run(move |c| c.hand_back(&ConversationId(id), &agent))
            .await?,
    ))
}

/// A person replies to the buyer (taking the conversation over).
#[utoipa::path(post, path = "/conversations/{id}/reply", operation_id = "reply_in_conversation", tag = "conversations",
    params(("id" = String, Path, description = "conversation id")), request_body = TextBody,
    responses((status = 200, body = Message), (status = 400, body = ErrorBody), (status = 404, body = ErrorBody)))]
async fn reply(
    State(state): State<AppState>,
    Path(id): Path<String>,
    ApiJson(body): ApiJson<TextBody>,
) -> ApiResult<Json<Message>> {
    let agent = agent_or_owner(body.agent);
    Ok(Json(
        state
            .run(move |c| c.reply_as_agent(&ConversationId(id), &body.text, &agent))
            .await?,
    ))
}

/// A person's internal note; the buyer never sees it.
#[utoipa::path(post, path = "/conversations/{id}/notes", tag = "conversations",
    params(("id" = String, Path, description = "conversation id")), request_body = TextBody,
    responses((status = 200, body = Message), (status = 400, body = ErrorBody), (status = 404, body = ErrorBody)))]
async fn note(
    State(state): State<AppState>,
    Path(id): Path<String>,
    ApiJson(body): ApiJson<TextBody>,
) -> ApiResult<Json<Message>> {
    let agent = agent_or_owner(body.agent);
    Ok(Json(
        state
            .run(move |c| c.add_note(&ConversationId(id), &body.text, &agent))
            .await?,
    ))
}
