//! Owldesk's HTTP API: axum routes over `owldesk_core::Core`, plus the auth and Host guards.
//!
//! [`router`] builds the whole app so tests can drive it with `tower::ServiceExt::oneshot`
//! without a socket, and [`serve`] runs it on a listener. Each handler is a thin adapter over one
//! `Core` method, run on the blocking pool because SQLite calls block. The OpenAPI document at
//! `/api/v1/openapi.json` is generated from the handlers' `#[utoipa::path]` attributes and the
//! domain types' schemas, never written by hand.
//!
//! To add an endpoint: write the handler in the `routes` module of its noun with a
//! `#[utoipa::path]` attribute, and list it in that module's `routes()`.

pub mod desktop;
pub mod error;
pub mod guard;
pub mod json;
pub mod routes;
pub mod routine;
pub mod token;
pub mod ui;

use axum::Router;
use axum::extract::DefaultBodyLimit;
use axum::middleware;
use owldesk_core::Core;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::Arc;
use utoipa::OpenApi;
use utoipa_axum::router::OpenApiRouter;

use crate::error::{ApiError, ApiResult};

/// The largest request body accepted, in bytes (an FAQ import of a few thousand entries fits).
pub const MAX_BODY_BYTES: usize = 4 * 1024 * 1024;

/// What every handler can reach.
#[derive(Clone)]
pub struct AppState {
    /// The shop.
    pub core: Core,
    /// The bearer token `/api/v1` requires.
    pub token: Arc<str>,
    /// The `Host` values accepted.
    pub hosts: Arc<[String]>,
    /// Turns true when the server shuts down, so long-lived streams (SSE) end.
    pub shutdown: tokio::sync::watch::Sender<bool>,
    /// The web UI served at `/` (see [`ui`]); `None` serves no UI.
    pub ui: Option<ui::UiSource>,
    /// True inside the desktop app (the UI then offers the desktop's settings).
    pub desktop: bool,
}

impl AppState {
    /// State for a server listening on `addr`.
    pub fn new(core: Core, token: impl Into<Arc<str>>, addr: SocketAddr) -> Self {
        Self {
            core,
            token: token.into(),
            hosts: guard::allowed_hosts(addr.port()).into(),
            shutdown: tokio::sync::watch::Sender::new(false),
            ui: None,
            desktop: false,
        }
    }

    /// The same state, serving the web UI built in `dir` at `/`.
    pub fn with_ui_dir(mut self, dir: PathBuf) -> Self {
        self.ui = Some(ui::UiSource::Dir(Arc::new(dir)));
        self
    }

    /// The same state inside the desktop app, serving the UI the app embeds.
    pub fn for_desktop(mut self, assets: Arc<dyn ui::UiAssets>) -> Self {
        self.ui = Some(ui::UiSource::Embedded(assets));
        self.desktop = true;
        self
    }

    /// True when `host` names this server.
    pub fn allows_host(&self, host: &str) -> bool {
        self.hosts.iter().any(|h| h.eq_ignore_ascii_case(host))
    }

    /// Runs a blocking core call on the blocking pool.
    pub async fn run<T: Send + 'static>(
        &self,
        f: impl FnOnce(&Core) -> owldesk_core::Result<T> + Send + 'static,
    ) -> ApiResult<T> {
        let core = self.core.clone();
        tokio::task::spawn_blocking(move || f(&core))
            .await
            .map_err(|e| {
                tracing::error!(error = %e, "core task failed");
                ApiError::new(
                    axum::http::StatusCode::INTERNAL_SERVER_ERROR,
                    "internal",
                    "internal error; see the server log",
                )
            })?
            .map_err(ApiError::from)
    }
}

#[derive(OpenApi)]
#[openapi(
    info(title = "Owldesk API", description = "The HTTP API of Owldesk (夜猫客服): bridges deliver buyer messages, the UI and tools read and handle conversations."),
    modifiers(&BearerAuth),
    security(("bearer" = []))
)]
struct ApiDoc;

struct BearerAuth;

impl utoipa::Modify for BearerAuth {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        use utoipa::openapi::security::{HttpAuthScheme, HttpBuilder, SecurityScheme};
        let components = openapi.components.get_or_insert_with(Default::default);
        components.add_security_scheme(
            "bearer",
            SecurityScheme::Http(HttpBuilder::new().scheme(HttpAuthScheme::Bearer).build()),
        );
    }
}

/// The API's routes and their OpenAPI document.
fn api() -> (Router<AppState>, utoipa::openapi::OpenApi) {
    OpenApiRouter::with_openapi(ApiDoc::openapi())
        .nest("/api/v1", routes::routes())
        .split_for_parts()
}

/// The platform's data directory for Owldesk (`~/.local/share/owldesk` on Linux,
/// `~/Library/Application Support/com.Owldesk.Owldesk` on macOS, `%APPDATA%\\Owldesk\\Owldesk\\data`
/// on Windows); `None` without a home directory.
pub fn default_data_dir() -> Option<PathBuf> {
    directories::ProjectDirs::from("com", "Owldesk", "Owldesk").map(|d| d.data_dir().to_path_buf())
}

/// The OpenAPI document of the API.
pub fn openapi() -> utoipa::openapi::OpenApi {
    api().1
}

/// The whole app: `/healthz`, `/api/v1` behind the token, the web UI at `/` (when the state has
/// a UI folder); everything behind the Host check.
pub fn router(state: AppState) -> Router {
    let (api, doc) = api();
    let doc = Arc::new(doc);
    let api = api
        .route(
            "/api/v1/openapi.json",
            axum::routing::get(move || {
                let doc = doc.clone();
                async move { axum::Json(doc.as_ref().clone()) }
            }),
        )
        .layer(middleware::from_fn_with_state(
            state.clone(),
            guard::require_token,
        ));
    Router::new()
        .route("/healthz", axum::routing::get(routes::health))
        .merge(api)
        .fallback(ui::fallback)
        .layer(DefaultBodyLimit::max(MAX_BODY_BYTES))
        .layer(middleware::from_fn_with_state(
            state.clone(),
            guard::check_host,
        ))
        .with_state(state)
}

/// Serves the app on `listener` until `shutdown` completes.
///
/// # Errors
/// When the listener fails.
pub async fn serve(
    listener: tokio::net::TcpListener,
    state: AppState,
    shutdown: impl std::future::Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    let stop = state.shutdown.clone();
    axum::serve(listener, router(state))
        .with_graceful_shutdown(async move {
            shutdown.await;
            // End the event streams, or graceful shutdown would wait for them forever.
            stop.send_replace(true);
        })
        .await
}
