//! The installation: version and data folder, and backups made on request.

use axum::Json;
use axum::extract::State;
use serde::Serialize;
use utoipa::ToSchema;
use utoipa_axum::{router::OpenApiRouter, routes};

use crate::AppState;
use crate::error::{ApiResult, ErrorBody};

/// The routes of this module.
pub fn routes() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(system))
        .routes(routes!(backup))
}

/// What is running, and where its data lives.
#[derive(Debug, Serialize, ToSchema)]
pub struct SystemInfo {
    /// Owldesk's version.
    pub version: String,
    /// The data folder (absent for a shop in memory).
    pub data_dir: Option<String>,
    /// True when the API runs inside the desktop app (start at login and keep awake apply).
    pub desktop: bool,
}

/// A backup just written.
#[derive(Debug, Serialize, ToSchema)]
pub struct BackupInfo {
    /// The backup file.
    pub path: String,
}

/// Owldesk's version and data folder.
#[utoipa::path(get, path = "/system", tag = "system", responses((status = 200, body = SystemInfo)))]
async fn system(State(state): State<AppState>) -> Json<SystemInfo> {
    Json(SystemInfo {
        version: env!("CARGO_PKG_VERSION").to_owned(),
        data_dir: state.core.data_dir().map(|d| d.display().to_string()),
        desktop: state.desktop,
    })
}

/// Write a backup of the database into the data folder now.
#[utoipa::path(post, path = "/backups", tag = "system",
    responses((status = 200, body = BackupInfo), (status = 400, body = ErrorBody), (status = 409, body = ErrorBody)))]
async fn backup(State(state): State<AppState>) -> ApiResult<Json<BackupInfo>> {
    let path = state.run(|c| c.backup_now()).await?;
    Ok(Json(BackupInfo {
        path: path.display().to_string(),
    }))
}
