//! The shop's settings: name, greeting, languages, thresholds, mode, hours; and the desktop
//! notification policy on its own under `/settings/notifications`.

use axum::Json;
use axum::extract::State;
use owldesk_domain::{NotificationPolicy, ShopSettings};
use utoipa_axum::{router::OpenApiRouter, routes};

use crate::AppState;
use crate::error::{ApiError, ApiResult, ErrorBody};
use crate::json::ApiJson;

/// The routes of this module.
pub fn routes() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(get_settings, put_settings))
        .routes(routes!(get_notifications, put_notifications))
}

/// The shop's settings.
#[utoipa::path(get, path = "/settings", tag = "settings", responses((status = 200, body = ShopSettings)))]
async fn get_settings(State(state): State<AppState>) -> ApiResult<Json<ShopSettings>> {
    Ok(Json(state.run(|c| c.settings()).await?))
}

/// Replace the shop's settings; the assistant uses them at once.
#[utoipa::path(put, path = "/settings", tag = "settings", request_body = ShopSettings,
    responses((status = 200, body = ShopSettings), (status = 400, body = ErrorBody)))]
async fn put_settings(
    State(state): State<AppState>,
    ApiJson(settings): ApiJson<ShopSettings>,
) -> ApiResult<Json<ShopSettings>> {
    Ok(Json(
        state
            .run(move |c| c.update_settings(settings, "owner"))
            .await?,
    ))
}

/// The desktop notification policy: urgent at once and repeated until acknowledged, the rest in
/// a digest every N minutes, quiet hours.
#[utoipa::path(get, path = "/settings/notifications", tag = "settings",
    responses((status = 200, body = NotificationPolicy)))]
async fn get_notifications(State(state): State<AppState>) -> ApiResult<Json<NotificationPolicy>> {
    Ok(Json(state.run(|c| Ok(c.settings()?.notifications)).await?))
}

/// Replace the notification policy; a bad interval or quiet-hours time is `422` naming the field
/// (`notifications.digest_every_minutes`, `notifications.quiet_hours.start`).
#[utoipa::path(put, path = "/settings/notifications", tag = "settings", request_body = NotificationPolicy,
    responses((status = 200, body = NotificationPolicy), (status = 400, body = ErrorBody),
              (status = 422, body = ErrorBody)))]
async fn put_notifications(
    State(state): State<AppState>,
    ApiJson(body): ApiJson<NotificationPolicy>,
) -> ApiResult<Json<NotificationPolicy>> {
    let out = state
        .run(move |c| {
            let mut s = c.settings()?;
            s.notifications = body;
            Ok(c.update_settings(s, "owner")?.notifications)
        })
        .await;
    Ok(Json(out.map_err(ApiError::unprocessable)?))
}
