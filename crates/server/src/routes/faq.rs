//! The FAQ: list, create, edit, delete, import (JSON or CSV, with a dry run), export, and test a
//! question against it.

use axum::Json;
use axum::extract::{Path, Query, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use owldesk_core::faq::ImportReport;
use owldesk_domain::{Decision, FaqEntry, FaqId, FaqStats, MessageKind, OrderStatus};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use utoipa_axum::{router::OpenApiRouter, routes};

use super::agent_or_owner;
use crate::AppState;
use crate::error::{ApiError, ApiResult, ErrorBody};
use crate::json::ApiJson;

/// The routes of this module.
pub fn routes() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(list, create))
        .routes(routes!(get_one, update, delete))
        .routes(routes!(import))
        .routes(routes!(export))
        .routes(routes!(test))
}

/// An entry with how often it answered.
#[derive(Debug, Serialize, ToSchema)]
pub struct FaqItem {
    /// The entry.
    #[serde(flatten)]
    pub entry: FaqEntry,
    /// Its hits.
    pub stats: FaqStats,
}

/// The FAQ list.
#[derive(Debug, Serialize, ToSchema)]
pub struct FaqList {
    /// Every entry, in the owner's order.
    pub items: Vec<FaqItem>,
}

/// An import: entries as JSON, or a CSV text; `dry_run` only reports what would change.
#[derive(Debug, Deserialize, ToSchema)]
pub struct ImportBody {
    /// Entries in the FAQ JSON shape.
    #[serde(default)]
    pub entries: Option<Vec<FaqEntry>>,
    /// A CSV text with the header `id,question,paraphrases,answer,tags`.
    #[serde(default)]
    pub csv: Option<String>,
    /// Report without saving.
    #[serde(default)]
    pub dry_run: bool,
    /// The person importing.
    #[serde(default)]
    pub agent: Option<String>,
}

/// What an import did or would do.
#[derive(Debug, Serialize, ToSchema)]
pub struct ImportResponse {
    /// New entries.
    pub added: Vec<String>,
    /// Changed entries.
    pub updated: Vec<String>,
    /// Entries that stay the same.
    pub unchanged: Vec<String>,
    /// True when nothing was saved.
    pub dry_run: bool,
}

/// Export format.
#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct ExportParams {
    /// `json` (default) or `csv`.
    pub format: Option<String>,
}

/// A question to try.
#[derive(Debug, Deserialize, ToSchema)]
pub struct TestBody {
    /// The buyer's message.
    #[serde(default)]
    pub text: String,
    /// The message kind (default `text`).
    #[serde(default)]
    pub kind: MessageKind,
    /// The order status to assume.
    #[serde(default)]
    pub order_status: Option<OrderStatus>,
}

/// Every FAQ entry with its hit count.
#[utoipa::path(get, path = "/faq", operation_id = "list_faq", tag = "faq", responses((status = 200, body = FaqList)))]
async fn list(State(state): State<AppState>) -> ApiResult<Json<FaqList>> {
    let items = state.run(|c| c.faq_list()).await?;
    Ok(Json(FaqList {
        items: items
            .into_iter()
            .map(|(entry, stats)| FaqItem { entry, stats })
            .collect(),
    }))
}

/// Add an entry.
#[utoipa::path(post, path = "/faq", tag = "faq", request_body = FaqEntry,
    responses((status = 201, body = FaqEntry), (status = 400, body = ErrorBody), (status = 409, body = ErrorBody)))]
async fn create(
    State(state): State<AppState>,
    ApiJson(entry): ApiJson<FaqEntry>,
) -> ApiResult<(StatusCode, Json<FaqEntry>)> {
    let e = state.run(move |c| c.faq_create(entry, "owner")).await?;
    Ok((StatusCode::CREATED, Json(e)))
}

/// One entry.
#[utoipa::path(get, path = "/faq/{id}", operation_id = "get_faq", tag = "faq", params(("id" = String, Path, description = "FAQ id")),
    responses((status = 200, body = FaqEntry), (status = 404, body = ErrorBody)))]
async fn get_one(
    State(state): State<AppState>,
    Path(id): Path<String>,
) -> ApiResult<Json<FaqEntry>> {
    Ok(Json(state.run(move |c| c.faq_get(&FaqId(id))).await?))
}

/// Replace an entry.
#[utoipa::path(put, path = "/faq/{id}", tag = "faq", params(("id" = String, Path, description = "FAQ id")),
    request_body = FaqEntry,
    responses((status = 200, body = FaqEntry), (status = 400, body = ErrorBody), (status = 404, body = ErrorBody), (status = 409, body = ErrorBody)))]
async fn update(
    State(state): State<AppState>,
    Path(id): Path<String>,
    ApiJson(entry): ApiJson<FaqEntry>,
) -> ApiResult<Json<FaqEntry>> {
    Ok(Json(
        state
            .run(move |c| c.faq_update(&FaqId(id), entry, "owner"))
            .await?,
    ))
}

/// Delete an entry.
#[utoipa::path(delete, path = "/faq/{id}", operation_id = "delete_faq", tag = "faq", params(("id" = String, Path, description = "FAQ id")),
    responses((status = 204), (status = 404, body = ErrorBody)))]
async fn delete(State(state): State<AppState>, Path(id): Path<String>) -> ApiResult<StatusCode> {
    state
        .run(move |c| c.faq_delete(&FaqId(id), "owner"))
        .await?;
    Ok(StatusCode::NO_CONTENT)
}

/// Import entries (new ids added, existing replaced); all or nothing.
#[utoipa::path(post, path = "/faq/import", tag = "faq", request_body = ImportBody,
    responses((status = 200, body = ImportResponse), (status = 400, body = ErrorBody)))]
async fn import(
    State(state): State<AppState>,
    ApiJson(body): ApiJson<ImportBody>,
) -> ApiResult<Json<ImportResponse>> {
    let entries = match (body.entries, body.csv) {
        (Some(e), None) => e,
        (None, Some(csv)) => owldesk_core::faq_csv::parse(csv.as_bytes(), "csv")?,
        _ => {
            return Err(ApiError::invalid(
                "body",
                "give exactly one of entries or csv",
            ));
        }
    };
    let dry_run = body.dry_run;
    let agent = agent_or_owner(body.agent);
    let report: ImportReport = state
        .run(move |c| {
            if dry_run {
                c.faq_import_preview(&entries)
            } else {
                c.faq_import(entries, &agent)
            }
        })
        .await?;
    let ids = |v: Vec<FaqId>| v.into_iter().map(|i| i.0).collect();
    Ok(Json(ImportResponse {
        added: ids(report.added),
        updated: ids(report.updated),
        unchanged: ids(report.unchanged),
        dry_run,
    }))
}

/// Export every entry as JSON (the import shape) or CSV.
#[utoipa::path(get, path = "/faq/export", tag = "faq", params(ExportParams),
    responses((status = 200, body = Vec<FaqEntry>), (status = 400, body = ErrorBody)))]
async fn export(
    State(state): State<AppState>,
    Query(params): Query<ExportParams>,
) -> ApiResult<Response> {
    let entries = state.run(|c| c.faq_export()).await?;
    match params.format.as_deref().unwrap_or("json") {
        "json" => Ok(Json(entries).into_response()),
        "csv" => {
            let bytes = owldesk_core::faq_csv::write(&entries)?;
            Ok(([(header::CONTENT_TYPE, "text/csv; charset=utf-8")], bytes).into_response())
        }
        other => Err(ApiError::invalid(
            "format",
            format!("{other:?}: expected json or csv"),
        )),
    }
}

/// Try a buyer message: the decision and its trace, nothing stored.
#[utoipa::path(post, path = "/faq/test", tag = "faq", request_body = TestBody,
    responses((status = 200, body = Decision), (status = 400, body = ErrorBody)))]
async fn test(
    State(state): State<AppState>,
    ApiJson(body): ApiJson<TestBody>,
) -> ApiResult<Json<Decision>> {
    if body.kind == MessageKind::Text && body.text.trim().is_empty() {
        return Err(ApiError::invalid("text", "must not be empty"));
    }
    let d = state
        .run(move |c| Ok(c.test_question(&body.text, body.kind, body.order_status)))
        .await?;
    Ok(Json(d))
}
