//! Handoff rules: list, save and delete the shop's rules (the UI's matrix and keyword rules).

use axum::Json;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use owldesk_domain::{Rule, RuleId};
use serde::Serialize;
use utoipa::ToSchema;
use utoipa_axum::{router::OpenApiRouter, routes};

use crate::AppState;
use crate::error::{ApiError, ApiResult, ErrorBody};
use crate::json::ApiJson;

/// The routes of this module.
pub fn routes() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(list))
        .routes(routes!(put, delete))
}

/// The rule list.
#[derive(Debug, Serialize, ToSchema)]
pub struct RuleList {
    /// Every rule, in the order the assistant evaluates them.
    pub items: Vec<Rule>,
}

/// Every handoff rule, in evaluation order.
#[utoipa::path(get, path = "/rules", operation_id = "list_rules", tag = "rules", responses((status = 200, body = RuleList)))]
async fn list(State(state): State<AppState>) -> ApiResult<Json<RuleList>> {
    let items = state.run(|c| c.rules()).await?;
    Ok(Json(RuleList { items }))
}

/// Save a rule (replaced in place, or added last); the assistant uses it at once.
#[utoipa::path(put, path = "/rules/{id}", operation_id = "put_rule", tag = "rules",
    params(("id" = String, Path, description = "rule id")), request_body = Rule,
    responses((status = 200, body = Rule), (status = 400, body = ErrorBody)))]
async fn put(
    State(state): State<AppState>,
    Path(id): Path<String>,
    ApiJson(rule): ApiJson<Rule>,
) -> ApiResult<Json<Rule>> {
    if rule.id.as_str() != id {
        return Err(ApiError::invalid(
            "id",
            format!(
                "the body's id {:?} is not the path's {id:?}",
                rule.id.as_str()
            ),
        ));
    }
    Ok(Json(state.run(move |c| c.rule_put(rule, "owner")).await?))
}

/// Delete a rule.
#[utoipa::path(delete, path = "/rules/{id}", operation_id = "delete_rule", tag = "rules",
    params(("id" = String, Path, description = "rule id")),
    responses((status = 204), (status = 404, body = ErrorBody)))]
async fn delete(State(state): State<AppState>, Path(id): Path<String>) -> ApiResult<StatusCode> {
    state
        .run(move |c| c.rule_delete(&RuleId(id), "owner"))
        .await?;
    Ok(StatusCode::NO_CONTENT)
}
