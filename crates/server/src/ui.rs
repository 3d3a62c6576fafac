//! The web UI served at `/`, with a single-page-app fallback: the built `ui/dist` folder
//! (`owldesk serve`), or assets embedded in the program (the desktop app, [`UiAssets`]).
//!
//! Any path that is not an API path and not a file of the build gets `index.html`, so the UI's
//! own routes (`/faq`, `/tester`...) survive a reload. The files need no token: they hold no shop
//! data; the UI asks for the token and sends it with every API call. When the folder has no
//! `index.html` (the UI was never built), a short page says how to build it instead of a bare 404.
//!
//! This module does not build the UI: `cargo xtask run` and `cargo xtask test` do (`npm ci`,
//! `npm run build` in `ui/`).

use axum::extract::{Request, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{Html, IntoResponse, Response};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use tower::ServiceExt;
use tower_http::services::{ServeDir, ServeFile};

use crate::AppState;
use crate::routes;

/// One file of an embedded UI build.
#[derive(Debug, Clone)]
pub struct UiAsset {
    /// The file's contents.
    pub bytes: Vec<u8>,
    /// Its media type (`text/html`, `application/javascript`...).
    pub mime: String,
}

/// A UI build the program carries with it (the desktop app hands over the assets Tauri embedded).
pub trait UiAssets: Send + Sync + 'static {
    /// The file at `path` (relative, without the leading `/`: `index.html`, `assets/app.js`).
    fn get(&self, path: &str) -> Option<UiAsset>;
}

/// Where the web UI comes from.
#[derive(Clone)]
pub enum UiSource {
    /// A built `ui/dist` folder on disk.
    Dir(Arc<PathBuf>),
    /// A build embedded in the program.
    Embedded(Arc<dyn UiAssets>),
}

/// The `ui/dist` folder of the source tree this binary was built from, the default UI folder.
pub fn default_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../ui/dist")
}

/// Serves the UI for paths the API does not know.
pub async fn fallback(State(state): State<AppState>, req: Request) -> Response {
    let path = req.uri().path();
    if path == "/api" || path.starts_with("/api/") {
        return routes::not_found().await.into_response();
    }
    let mut res = match &state.ui {
        None => return routes::not_found().await.into_response(),
        Some(UiSource::Dir(dir)) => from_dir(dir, req).await,
        Some(UiSource::Embedded(assets)) => embedded(assets.as_ref(), path),
    };
    // index.html names the hashed asset files of the current build: never cache it.
    if res
        .headers()
        .get(header::CONTENT_TYPE)
        .is_some_and(|v| v.as_bytes().starts_with(b"text/html"))
    {
        res.headers_mut()
            .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-cache"));
    }
    res
}

async fn from_dir(dir: &Path, req: Request) -> Response {
    let index = dir.join("index.html");
    if !index.is_file() {
        return not_built(&dir.display().to_string());
    }
    let service = ServeDir::new(dir).fallback(ServeFile::new(index));
    match service.oneshot(req).await {
        Ok(res) => res.into_response(),
        Err(e) => match e {},
    }
}

/// The embedded file at `path`, or `index.html` for the UI's own routes.
fn embedded(assets: &dyn UiAssets, path: &str) -> Response {
    let rel = path.trim_start_matches('/');
    let rel = if rel.is_empty() { "index.html" } else { rel };
    let asset = assets.get(rel).or_else(|| {
        // A missing file under assets/ is a real 404 (a stale page asking for an old build's
        // script); anything else is a route of the single-page app.
        (!rel.starts_with("assets/"))
            .then(|| assets.get("index.html"))
            .flatten()
    });
    match asset {
        Some(a) => {
            let mime = HeaderValue::from_str(&a.mime)
                .unwrap_or(HeaderValue::from_static("application/octet-stream"));
            ([(header::CONTENT_TYPE, mime)], a.bytes).into_response()
        }
        None if assets.get("index.html").is_none() => not_built("the program's embedded assets"),
        None => crate::error::ApiError::new(StatusCode::NOT_FOUND, "not_found", "no such file")
            .into_response(),
    }
}

fn not_built(place: &str) -> Response {
    let body = format!(
        "<!doctype html><meta charset=utf-8><title>Owldesk</title>\
         <body style=\"font-family:system-ui;max-width:40em;margin:4em auto;line-height:1.5\">\
         <h1>Owldesk's web UI is not built</h1>\
         <p>The API is running under <code>/api/v1</code>, but there is no <code>index.html</code> \
         in <code>{}</code>.</p>\
         <p>Build the UI with <code>cd ui &amp;&amp; npm ci &amp;&amp; npm run build</code> \
         (or run <code>cargo xtask run</code>, which does it), then reload this page. \
         <code>owldesk serve --ui-dir DIR</code> serves another build.</p>\
         <p>Owldesk 的网页界面尚未构建：请在 <code>ui</code> 目录运行 \
         <code>npm ci &amp;&amp; npm run build</code>，然后刷新本页。</p></body>",
        html_escape(place)
    );
    (StatusCode::SERVICE_UNAVAILABLE, Html(body)).into_response()
}

fn html_escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}
