//! The shop's settings: name, greeting, languages, thresholds, mode, hours.

use axum::Json;
use axum::extract::State;
use owldesk_domain::ShopSettings;
use utoipa_axum::{router::OpenApiRouter, routes};

use crate::AppState;
use crate::error::{ApiResult, ErrorBody};
use crate::json::ApiJson;

/// The routes of this module.
pub fn routes() -> OpenApiRouter<AppState> {
    OpenApiRouter::new().routes(routes!(get_settings, put_settings))
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
