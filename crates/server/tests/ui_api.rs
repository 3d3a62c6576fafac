//! What the web UI needs from the server: the UI files at `/` with an SPA fallback, the rules
//! and stats endpoints, and an OpenAPI document that types can be generated from.

use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use http_body_util::BodyExt;
use owldesk_core::{Core, FixedClock};
use owldesk_server::{AppState, router};
use serde_json::{Value, json};
use std::collections::HashSet;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::Arc;
use tower::ServiceExt;

const TOKEN: &str = "test-token-0123456789";
const HOST: &str = "127.0.0.1:7878";

fn core() -> Core {
    let clock = Arc::new(FixedClock::new("2026-11-21T14:00:00Z".parse().unwrap()));
    let core = Core::in_memory(clock).unwrap();
    core.seed_demo().unwrap();
    core
}

fn app(core: &Core, ui: Option<PathBuf>) -> axum::Router {
    let state = AppState::new(core.clone(), TOKEN, HOST.parse::<SocketAddr>().unwrap());
    router(match ui {
        Some(dir) => state.with_ui_dir(dir),
        None => state,
    })
}

async fn call(
    app: &axum::Router,
    method: &str,
    uri: &str,
    body: Option<Value>,
) -> (StatusCode, String) {
    let mut b = Request::builder()
        .method(method)
        .uri(uri)
        .header(header::HOST, HOST)
        .header(header::AUTHORIZATION, format!("Bearer {TOKEN}"));
    if body.is_some() {
        b = b.header(header::CONTENT_TYPE, "application/json");
    }
    let req = b
        .body(Body::from(body.map(|v| v.to_string()).unwrap_or_default()))
        .unwrap();
    let res = app.clone().oneshot(req).await.unwrap();
    let status = res.status();
    let bytes = res.into_body().collect().await.unwrap().to_bytes();
    (status, String::from_utf8_lossy(&bytes).into_owned())
}

async fn json(
    app: &axum::Router,
    method: &str,
    uri: &str,
    body: Option<Value>,
) -> (StatusCode, Value) {
    let (s, text) = call(app, method, uri, body).await;
    (s, serde_json::from_str(&text).unwrap_or(Value::Null))
}

#[tokio::test]
async fn every_operation_has_a_unique_id_so_client_types_can_be_generated() {
    let doc = serde_json::to_value(owldesk_server::openapi()).unwrap();
    let mut seen = HashSet::new();
    for (path, item) in doc["paths"].as_object().unwrap() {
        for (method, op) in item.as_object().unwrap() {
            let id = op["operationId"].as_str().unwrap_or_default().to_owned();
            assert!(
                seen.insert(id.clone()),
                "{method} {path}: operationId {id:?} is used twice"
            );
        }
    }
    for path in [
        "/api/v1/rules",
        "/api/v1/rules/{id}",
        "/api/v1/stats",
        "/api/v1/stats/thresholds",
    ] {
        assert!(doc["paths"].get(path).is_some(), "{path} is documented");
    }
}

#[tokio::test]
async fn the_ui_is_served_at_the_root_and_its_routes_fall_back_to_index_html() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("index.html"),
        "<!doctype html><div id=app></div>",
    )
    .unwrap();
    std::fs::create_dir(dir.path().join("assets")).unwrap();
    std::fs::write(dir.path().join("assets/app.js"), "console.log(1)").unwrap();
    let app = app(&core(), Some(dir.path().to_path_buf()));
    for uri in ["/", "/faq", "/inbox/anything"] {
        let (s, body) = call(&app, "GET", uri, None).await;
        assert_eq!(s, StatusCode::OK, "{uri}");
        assert!(body.contains("id=app"), "{uri} serves index.html");
    }
    let (s, body) = call(&app, "GET", "/assets/app.js", None).await;
    assert_eq!(
        (s, body.as_str()),
        (StatusCode::OK, "console.log(1)"),
        "a file of the build"
    );
    let (s, v) = json(&app, "GET", "/api/v1/nothing-here", None).await;
    assert_eq!(
        (s, v["code"].as_str()),
        (StatusCode::NOT_FOUND, Some("not_found")),
        "API paths stay JSON"
    );
}

#[tokio::test]
async fn an_unbuilt_ui_gets_a_page_saying_how_to_build_it() {
    let dir = tempfile::tempdir().unwrap();
    let app = app(&core(), Some(dir.path().join("dist")));
    let (s, body) = call(&app, "GET", "/", None).await;
    assert_eq!(s, StatusCode::SERVICE_UNAVAILABLE);
    assert!(
        body.contains("npm run build"),
        "the page says how to build the UI: {body}"
    );
}

#[tokio::test]
async fn rules_can_be_saved_listed_and_deleted_and_decide_the_next_message() {
    let core = core();
    let app = app(&core, None);
    let rule = json!({
        "id": "kw_allergy", "name": "allergy", "event": "message_received",
        "conditions": [{"type": "text_contains_any", "words": ["过敏", "allergy"]}],
        "actions": [{"type": "escalate", "priority": "urgent"}], "enabled": true
    });
    let (s, _) = json(&app, "PUT", "/api/v1/rules/other_id", Some(rule.clone())).await;
    assert_eq!(
        s,
        StatusCode::BAD_REQUEST,
        "the path and body ids must agree"
    );
    let (s, _) = json(&app, "PUT", "/api/v1/rules/kw_allergy", Some(rule)).await;
    assert_eq!(s, StatusCode::OK);
    let (_, list) = json(&app, "GET", "/api/v1/rules", None).await;
    assert_eq!(list["items"][0]["id"], "kw_allergy");
    let (_, d) = json(
        &app,
        "POST",
        "/api/v1/faq/test",
        Some(json!({"text": "宝宝对棉过敏吗"})),
    )
    .await;
    assert_eq!(
        (d["action"].as_str(), d["reason"].as_str()),
        (Some("escalate"), Some("rule"))
    );
    let (s, _) = call(&app, "DELETE", "/api/v1/rules/kw_allergy", None).await;
    assert_eq!(s, StatusCode::NO_CONTENT);
    let (s, v) = json(&app, "DELETE", "/api/v1/rules/kw_allergy", None).await;
    assert_eq!(
        (s, v["code"].as_str()),
        (StatusCode::NOT_FOUND, Some("not_found"))
    );
}

#[tokio::test]
async fn stats_count_the_period_and_thresholds_are_checked() {
    let core = core();
    let app = app(&core, None);
    let (s, _) = json(
        &app,
        "POST",
        "/api/v1/inbound",
        Some(json!({"channel": "t", "customer": "b", "message_id": "1", "text": "什么时候发货"})),
    )
    .await;
    assert_eq!(s, StatusCode::OK);
    let (s, v) = json(&app, "GET", "/api/v1/stats?days=7", None).await;
    assert_eq!(s, StatusCode::OK);
    assert_eq!(v["messages"], 1, "one buyer message this week: {v}");
    assert_eq!(v["by_hour"].as_array().map(Vec::len), Some(24));
    let (s, v) = json(
        &app,
        "GET",
        "/api/v1/stats?from=2026-11-22T00:00:00Z&to=2026-11-21T00:00:00Z",
        None,
    )
    .await;
    assert_eq!(
        (s, v["code"].as_str()),
        (StatusCode::BAD_REQUEST, Some("invalid"))
    );
    let (s, v) = json(
        &app,
        "GET",
        "/api/v1/stats/thresholds?answer=0.5&clarify=0.3",
        None,
    )
    .await;
    assert_eq!(s, StatusCode::OK);
    assert_eq!(v["messages"], 1, "{v}");
    let (s, _) = json(
        &app,
        "GET",
        "/api/v1/stats/thresholds?answer=0.3&clarify=0.5",
        None,
    )
    .await;
    assert_eq!(
        s,
        StatusCode::BAD_REQUEST,
        "clarify above answer is refused"
    );
}

#[tokio::test]
async fn system_names_the_data_folder_and_a_backup_can_be_made_from_the_ui() {
    let dir = tempfile::tempdir().unwrap();
    let clock = Arc::new(FixedClock::new("2026-11-21T14:00:00Z".parse().unwrap()));
    let core = Core::open_with_clock(dir.path(), clock).unwrap();
    let app = app(&core, None);
    let (_, v) = json(&app, "GET", "/api/v1/system", None).await;
    assert_eq!(
        v["data_dir"].as_str(),
        Some(dir.path().display().to_string().as_str())
    );
    let (s, v) = json(&app, "POST", "/api/v1/backups", None).await;
    assert_eq!(s, StatusCode::OK, "{v}");
    let path = PathBuf::from(v["path"].as_str().unwrap());
    assert!(
        path.is_file() && path.starts_with(dir.path()),
        "{path:?} is in the data folder"
    );
    let (s, _) = json(&app, "POST", "/api/v1/backups", None).await;
    assert_eq!(s, StatusCode::CONFLICT, "the same second again");
    let (s, v) = json(&app_in_memory(), "POST", "/api/v1/backups", None).await;
    assert_eq!(
        (s, v["code"].as_str()),
        (StatusCode::BAD_REQUEST, Some("invalid"))
    );
}

fn app_in_memory() -> axum::Router {
    app(&core(), None)
}

/// A UI build held in memory, as the desktop app hands over the one Tauri embedded.
struct InMemoryUi(Vec<(&'static str, &'static str, &'static str)>);

impl owldesk_server::ui::UiAssets for InMemoryUi {
    fn get(&self, path: &str) -> Option<owldesk_server::ui::UiAsset> {
        self.0
            .iter()
            .find(|(p, _, _)| *p == path)
            .map(|(_, mime, body)| owldesk_server::ui::UiAsset {
                bytes: body.as_bytes().to_vec(),
                mime: (*mime).to_owned(),
            })
    }
}

#[tokio::test]
async fn the_desktop_app_serves_its_embedded_ui_and_says_it_is_the_desktop() {
    let core = core();
    let ui = InMemoryUi(vec![
        (
            "index.html",
            "text/html",
            "<!doctype html><title>embedded</title>",
        ),
        ("assets/app.js", "text/javascript", "console.log('app')"),
    ]);
    let state = AppState::new(core.clone(), TOKEN, HOST.parse::<SocketAddr>().unwrap())
        .for_desktop(Arc::new(ui));
    let app = router(state);
    let (status, body) = call(&app, "GET", "/", None).await;
    assert_eq!(
        (status, body.contains("embedded")),
        (StatusCode::OK, true),
        "{body}"
    );
    let (status, body) = call(&app, "GET", "/inbox?conversation=c1", None).await;
    assert_eq!(
        (status, body.contains("embedded")),
        (StatusCode::OK, true),
        "a UI route"
    );
    let (status, body) = call(&app, "GET", "/assets/app.js", None).await;
    assert_eq!(
        (status, body.as_str()),
        (StatusCode::OK, "console.log('app')")
    );
    let (status, _) = call(&app, "GET", "/assets/old-build.js", None).await;
    assert_eq!(
        status,
        StatusCode::NOT_FOUND,
        "a missing script is not the page"
    );
    let (status, body) = call(&app, "GET", "/api/v1/system", None).await;
    assert_eq!(status, StatusCode::OK);
    let v: Value = serde_json::from_str(&body).unwrap();
    assert_eq!(v["desktop"], true, "{v}");
    let (_, body) = call(
        &router(AppState::new(core, TOKEN, HOST.parse().unwrap())),
        "GET",
        "/api/v1/system",
        None,
    )
    .await;
    assert_eq!(
        serde_json::from_str::<Value>(&body).unwrap()["desktop"],
        false
    );
}
