//! Night mode under `/schedule`: the status (mode now, open, next switch and opening), the
//! business hours, the modes inside and outside hours, and the manual override; plus the
//! morning briefing (`/briefing`) and the 3-minute reply rate per day (`/schedule/reply-rates`).
//!
//! Documents that parse but hold an unacceptable value (a span ending before it starts, an
//! unknown time zone, an override in the past) are answered `422` with `{code: "invalid",
//! message}` naming the field; a body that is not the right JSON shape is `400`.

use axum::Json;
use axum::extract::{Query, State};
use owldesk_domain::{Briefing, DailyReplyRate, ModeOverride, Modes, Schedule, ScheduleStatus};
use serde::Deserialize;
use utoipa::IntoParams;
use utoipa_axum::{router::OpenApiRouter, routes};

use crate::AppState;
use crate::error::{ApiError, ApiResult, ErrorBody};
use crate::json::ApiJson;

/// The routes of this module.
pub fn routes() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(status))
        .routes(routes!(get_schedule, put_schedule))
        .routes(routes!(get_modes, put_modes))
        .routes(routes!(get_override, put_override, delete_override))
        .routes(routes!(briefing))
        .routes(routes!(reply_rates))
}

/// The mode in force, whether the shop is open, and when either next changes.
#[utoipa::path(get, path = "/schedule/status", tag = "schedule",
    responses((status = 200, body = ScheduleStatus)))]
async fn status(State(state): State<AppState>) -> ApiResult<Json<ScheduleStatus>> {
    Ok(Json(state.run(|c| c.schedule_status()).await?))
}

/// The business hours.
#[utoipa::path(get, path = "/schedule", tag = "schedule", responses((status = 200, body = Schedule)))]
async fn get_schedule(State(state): State<AppState>) -> ApiResult<Json<Schedule>> {
    Ok(Json(state.run(|c| Ok(c.settings()?.schedule)).await?))
}

/// Replace the business hours (weekly spans, time zone, special days).
#[utoipa::path(put, path = "/schedule", tag = "schedule", request_body = Schedule,
    responses((status = 200, body = Schedule), (status = 400, body = ErrorBody),
              (status = 422, body = ErrorBody)))]
async fn put_schedule(
    State(state): State<AppState>,
    ApiJson(body): ApiJson<Schedule>,
) -> ApiResult<Json<Schedule>> {
    let out = state.run(move |c| c.set_schedule(body, "owner")).await;
    Ok(Json(out.map_err(ApiError::unprocessable)?))
}

/// The modes inside and outside business hours.
#[utoipa::path(get, path = "/schedule/modes", tag = "schedule", responses((status = 200, body = Modes)))]
async fn get_modes(State(state): State<AppState>) -> ApiResult<Json<Modes>> {
    Ok(Json(state.run(|c| Ok(c.settings()?.modes)).await?))
}

/// Replace the modes inside and outside business hours.
#[utoipa::path(put, path = "/schedule/modes", tag = "schedule", request_body = Modes,
    responses((status = 200, body = Modes), (status = 400, body = ErrorBody),
              (status = 422, body = ErrorBody)))]
async fn put_modes(
    State(state): State<AppState>,
    ApiJson(body): ApiJson<Modes>,
) -> ApiResult<Json<Modes>> {
    let out = state.run(move |c| c.set_modes(body, "owner")).await;
    Ok(Json(out.map_err(ApiError::unprocessable)?))
}

/// The manual override in force, or null.
#[utoipa::path(get, path = "/schedule/override", tag = "schedule",
    responses((status = 200, body = Option<ModeOverride>)))]
async fn get_override(State(state): State<AppState>) -> ApiResult<Json<Option<ModeOverride>>> {
    Ok(Json(state.run(|c| c.mode_override()).await?))
}

/// Set a mode by hand until a time ("auto until 08:00 tomorrow").
#[utoipa::path(put, path = "/schedule/override", tag = "schedule", request_body = ModeOverride,
    responses((status = 200, body = ModeOverride), (status = 400, body = ErrorBody),
              (status = 422, body = ErrorBody)))]
async fn put_override(
    State(state): State<AppState>,
    ApiJson(body): ApiJson<ModeOverride>,
) -> ApiResult<Json<Option<ModeOverride>>> {
    let out = state
        .run(move |c| c.set_mode_override(Some(body), "owner"))
        .await;
    Ok(Json(out.map_err(ApiError::unprocessable)?))
}

/// End the manual override now.
#[utoipa::path(delete, path = "/schedule/override", tag = "schedule",
    responses((status = 200, body = Option<ModeOverride>)))]
async fn delete_override(State(state): State<AppState>) -> ApiResult<Json<Option<ModeOverride>>> {
    Ok(Json(
        state.run(|c| c.set_mode_override(None, "owner")).await?,
    ))
}

/// The window of a briefing.
#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct BriefingParams {
    /// Start, RFC 3339 (default: the shop's last closing).
    pub from: Option<String>,
    /// End, RFC 3339 (default: now).
    pub to: Option<String>,
}

fn time(field: &str, s: Option<String>) -> ApiResult<Option<jiff::Timestamp>> {
    s.filter(|s| !s.is_empty())
        .map(|s| {
            s.parse().map_err(|e| {
                ApiError::invalid(field, format!("{s:?} is not an RFC 3339 time: {e}"))
            })
        })
        .transpose()
}

/// The briefing of the night (or of any window): numbers, and the escalations waiting, urgent
/// first, then oldest.
#[utoipa::path(get, path = "/briefing", tag = "schedule", params(BriefingParams),
    responses((status = 200, body = Briefing), (status = 400, body = ErrorBody)))]
async fn briefing(
    State(state): State<AppState>,
    Query(p): Query<BriefingParams>,
) -> ApiResult<Json<Briefing>> {
    let from = time("from", p.from)?;
    let to = time("to", p.to)?;
    Ok(Json(state.run(move |c| c.briefing(from, to)).await?))
}

/// How many days of reply rates.
#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct RateParams {
    /// Days, today included (default 7, at most 90).
    pub days: Option<u32>,
}

/// The shop's 3-minute reply rate per local day over business hours, oldest day first.
#[utoipa::path(get, path = "/schedule/reply-rates", tag = "schedule", params(RateParams),
    responses((status = 200, body = Vec<DailyReplyRate>), (status = 400, body = ErrorBody)))]
async fn reply_rates(
    State(state): State<AppState>,
    Query(p): Query<RateParams>,
) -> ApiResult<Json<Vec<DailyReplyRate>>> {
    let days = p.days.unwrap_or(7);
    Ok(Json(state.run(move |c| c.reply_rates(days)).await?))
}
