//! The web UI: the built `ui/dist` folder served at `/`, with a single-page-app fallback.
//!
//! Any path that is not an API path and not a file of the build gets `index.html`, so the UI's
//! own routes (`/faq`, `/tester`...) survive a reload. The files need no token: they hold no shop
//! data; the UI asks for the token and sends it with every API call. When the folder has no
//! `index.html` (the UI was never built), a short page says how to build it instead of a bare 404.
//!
//! This module does not build the UI: `cargo xtask run` and `cargo xtask test` do (`npm ci`,
//! `npm run build` in `ui/`).

use axum::extract::{Request, State};
use axum::http::{StatusCode, header};
use axum::response::{Html, IntoResponse, Response};
use std::path::{Path, PathBuf};
use tower::ServiceExt;
use tower_http::services::{ServeDir, ServeFile};

use crate::AppState;
use crate::routes;

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
    let Some(dir) = state.ui_dir.as_deref() else {
        return routes::not_found().await.into_response();
    };
    let index = dir.join("index.html");
    if !index.is_file() {
        return not_built(dir);
    }
    let service = ServeDir::new(dir).fallback(ServeFile::new(index));
    match service.oneshot(req).await {
        Ok(mut res) => {
            // index.html names the hashed asset files of the current build: never cache it.
            if res
                .headers()
                .get(header::CONTENT_TYPE)
                .is_some_and(|v| v.as_bytes().starts_with(b"text/html"))
            {
                res.headers_mut()
                    .insert(header::CACHE_CONTROL, "no-cache".parse().expect("valid"));
            }
            res.into_response()
        }
        Err(e) => match e {},
    }
}

fn not_built(dir: &Path) -> Response {
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
        html_escape(&dir.display().to_string())
    );
    (StatusCode::SERVICE_UNAVAILABLE, Html(body)).into_response()
}

fn html_escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}
