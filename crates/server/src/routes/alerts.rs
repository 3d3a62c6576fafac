//! Phone alerts under `/settings/alerts`: the outlets (webhook, ntfy, WeCom robot), which
//! escalations are pushed, and the recent deliveries with their failures.

use axum::Json;
use axum::extract::State;
use owldesk_domain::{AlertDelivery, AlertSettings};
use utoipa_axum::{router::OpenApiRouter, routes};

use crate::AppState;
use crate::error::{ApiError, ApiResult, ErrorBody};
use crate::json::ApiJson;

/// The routes of this module.
pub fn routes() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(get_alerts, put_alerts))
        .routes(routes!(deliveries))
}

/// The alert settings.
#[utoipa::path(get, path = "/settings/alerts", tag = "settings",
    responses((status = 200, body = AlertSettings)))]
async fn get_alerts(State(state): State<AppState>) -> ApiResult<Json<AlertSettings>> {
    Ok(Json(state.run(|c| Ok(c.settings()?.alerts)).await?))
}

/// Replace the alert settings; a bad URL or secret is `422` naming the field.
#[utoipa::path(put, path = "/settings/alerts", tag = "settings", request_body = AlertSettings,
    responses((status = 200, body = AlertSettings), (status = 400, body = ErrorBody),
              (status = 422, body = ErrorBody)))]
async fn put_alerts(
    State(state): State<AppState>,
    ApiJson(body): ApiJson<AlertSettings>,
) -> ApiResult<Json<AlertSettings>> {
    let out = state.run(move |c| c.set_alerts(body, "owner")).await;
    Ok(Json(out.map_err(ApiError::unprocessable)?))
}

/// Recent deliveries, newest first, with why the failed ones failed.
#[utoipa::path(get, path = "/settings/alerts/deliveries", tag = "settings",
    responses((status = 200, body = Vec<AlertDelivery>)))]
async fn deliveries(State(state): State<AppState>) -> ApiResult<Json<Vec<AlertDelivery>>> {
    Ok(Json(state.run(|c| c.alert_deliveries()).await?))
}
