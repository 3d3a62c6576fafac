//! The dashboard's figures and the threshold preview.

use axum::Json;
use axum::extract::{Query, State};
use jiff::{SignedDuration, Timestamp};
use owldesk_core::stats::{Stats, ThresholdEffect};
use owldesk_domain::Thresholds;
use serde::Deserialize;
use utoipa::IntoParams;
use utoipa_axum::{router::OpenApiRouter, routes};

use crate::AppState;
use crate::error::{ApiError, ApiResult, ErrorBody};

/// The routes of this module.
pub fn routes() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(stats))
        .routes(routes!(thresholds))
}

/// The period of the figures.
#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct StatsParams {
    /// Start (RFC 3339); default: `days` before `to`.
    pub from: Option<String>,
    /// End, exclusive (RFC 3339); default: now.
    pub to: Option<String>,
    /// Length of the default period in days (default 7).
    pub days: Option<u32>,
    /// The viewer's offset from UTC in minutes, for the busiest hours (default 0).
    pub utc_offset_minutes: Option<i32>,
}

/// Thresholds to try.
#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct ThresholdParams {
    /// The answer threshold to try, in [0, 1].
    pub answer: f32,
    /// The clarify threshold to try, in [0, answer].
    pub clarify: f32,
    /// How many days back to look (default 7).
    pub days: Option<u32>,
}

fn parse_time(field: &str, v: Option<&String>) -> ApiResult<Option<Timestamp>> {
    v.filter(|s| !s.is_empty())
        .map(|s| {
            s.parse::<Timestamp>().map_err(|e| {
                ApiError::invalid(field, format!("{s:?} is not an RFC 3339 time: {e}"))
            })
        })
        .transpose()
}

/// The end of a period that includes this very moment (periods exclude their end).
fn just_after_now(state: &AppState) -> Timestamp {
    let now = state.core.clock().now();
    now.saturating_add(SignedDuration::from_millis(1))
        .unwrap_or(now)
}

fn days_before(to: Timestamp, days: Option<u32>) -> ApiResult<Timestamp> {
    let days = days.unwrap_or(7);
    if !(1..=366).contains(&days) {
        return Err(ApiError::invalid("days", "must be between 1 and 366"));
    }
    Ok(to
        .saturating_sub(SignedDuration::from_hours(24 * i64::from(days)))
        .unwrap_or(to))
}

/// The dashboard's figures for a period (default: the last 7 days).
#[utoipa::path(get, path = "/stats", tag = "stats", params(StatsParams),
    responses((status = 200, body = Stats), (status = 400, body = ErrorBody)))]
async fn stats(
    State(state): State<AppState>,
    Query(p): Query<StatsParams>,
) -> ApiResult<Json<Stats>> {
    let to = parse_time("to", p.to.as_ref())?;
    let from = parse_time("from", p.from.as_ref())?;
    let offset = p.utc_offset_minutes.unwrap_or(0);
    if !(-16 * 60..=16 * 60).contains(&offset) {
        return Err(ApiError::invalid(
            "utc_offset_minutes",
            "must be within ±16 hours",
        ));
    }
    let to = to.unwrap_or_else(|| just_after_now(&state));
    let from = match from {
        Some(f) => f,
        None => days_before(to, p.days)?,
    };
    if from >= to {
        return Err(ApiError::invalid("from", "must be before to"));
    }
    Ok(Json(state.run(move |c| c.stats(from, to, offset)).await?))
}

/// What other thresholds would have done to the last days' buyer messages.
#[utoipa::path(get, path = "/stats/thresholds", tag = "stats", params(ThresholdParams),
    responses((status = 200, body = ThresholdEffect), (status = 400, body = ErrorBody)))]
async fn thresholds(
    State(state): State<AppState>,
    Query(p): Query<ThresholdParams>,
) -> ApiResult<Json<ThresholdEffect>> {
    let t = Thresholds {
        answer: p.answer,
        clarify: p.clarify,
    };
    t.validate()
        .map_err(|e| ApiError::from(owldesk_core::CoreError::from(e)))?;
    let to = just_after_now(&state);
    let from = days_before(to, p.days)?;
    Ok(Json(
        state.run(move |c| c.threshold_effect(t, from, to)).await?,
    ))
}
