//! The HTTP API through the router (no socket) and through a real server on 127.0.0.1:0.

use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use http_body_util::BodyExt;
use owldesk_core::{Core, FixedClock};
use owldesk_server::{AppState, router};
use serde_json::{Value, json};
use std::net::SocketAddr;
use std::sync::Arc;
use tower::ServiceExt;

const TOKEN: &str = "test-token-0123456789";
const HOST: &str = "127.0.0.1:7878";

fn core() -> Core {
    let clock = Arc::new(FixedClock::new("2026-11-21T14:00:00Z".parse().unwrap()));
    let core = Core::in_memory(clock).unwrap();
    let faq = serde_json::from_value(json!([
        {"id": "ship_time", "question": "什么时候发货?", "paraphrases": ["几天发货", "when do you ship"],
         "answer": "亲,付款后48小时内发货哦~"},
        {"id": "courier", "question": "发什么快递?", "paraphrases": ["用的哪家快递"], "answer": "默认中通"}
    ]))
    .unwrap();
    core.faq_import(faq, "test").unwrap();
    // The assistant answers on its own here, as in auto mode (night mode has its own tests).
    let mut settings = core.settings().unwrap();
    settings.modes.inside = owldesk_domain::Mode::Auto;
    core.update_settings(settings, "test").unwrap();
    core
}

fn app(core: &Core) -> axum::Router {
    router(AppState::new(
        core.clone(),
        TOKEN,
        HOST.parse::<SocketAddr>().unwrap(),
    ))
}

fn request(method: &str, uri: &str, body: Option<&str>) -> axum::http::request::Builder {
    let mut b = Request::builder()
        .method(method)
        .uri(uri)
        .header(header::HOST, HOST)
        .header(header::AUTHORIZATION, format!("Bearer {TOKEN}"));
    if body.is_some() {
        b = b.header(header::CONTENT_TYPE, "application/json");
    }
    b
}

async fn send(app: &axum::Router, req: Request<Body>) -> (StatusCode, Value) {
    let res = app.clone().oneshot(req).await.unwrap();
    let status = res.status();
    let bytes = res.into_body().collect().await.unwrap().to_bytes();
    let value = serde_json::from_slice(&bytes).unwrap_or(Value::Null);
    (status, value)
}

async fn call(
    app: &axum::Router,
    method: &str,
    uri: &str,
    body: Option<&str>,
) -> (StatusCode, Value) {
    let req = request(method, uri, body)
        .body(Body::from(body.unwrap_or("").to_owned()))
        .unwrap();
    send(app, req).await
}

async fn conversation_count(app: &axum::Router) -> usize {
    let (_, v) = call(app, "GET", "/api/v1/conversations", None).await;
    v["items"].as_array().map_or(0, Vec::len)
}

#[tokio::test]
async fn inbound_answers_with_the_documented_shape() {
    let core = core();
    let app = app(&core);
    let body = r#"{"channel":"bridge","customer":"buyer-1","message_id":"m-1","text":"几天发货"}"#;
    let (status, v) = call(&app, "POST", "/api/v1/inbound", Some(body)).await;
    assert_eq!(status, StatusCode::OK, "{v}");
    assert_eq!(v["decision"]["action"], "answer", "{v}");
    assert_eq!(v["decision"]["faq_id"], "ship_time");
    assert!(v["decision"]["confidence"].as_f64().unwrap() > 0.0);
    assert_eq!(v["reply"]["text"], "亲,付款后48小时内发货哦~");
    assert!(v["conversation_id"].as_str().is_some_and(|s| !s.is_empty()));

    let (_, again) = call(&app, "POST", "/api/v1/inbound", Some(body)).await;
    assert_eq!(
        again["decision"], v["decision"],
        "redelivery returns the first decision"
    );
    assert_eq!(again["duplicate"], true);
    let conv = v["conversation_id"].as_str().unwrap();
    let (_, msgs) = call(
        &app,
        "GET",
        &format!("/api/v1/conversations/{conv}/messages"),
        None,
    )
    .await;
    assert_eq!(
        msgs["items"].as_array().unwrap().len(),
        2,
        "redelivery stored nothing new"
    );
}

#[tokio::test]
async fn every_api_route_requires_the_token() {
    let core = core();
    let app = app(&core);
    for uri in [
        "/api/v1/conversations",
        "/api/v1/openapi.json",
        "/api/v1/faq",
        "/api/v1/events",
    ] {
        let req = Request::get(uri)
            .header(header::HOST, HOST)
            .body(Body::empty())
            .unwrap();
        let (status, v) = send(&app, req).await;
        assert_eq!(status, StatusCode::UNAUTHORIZED, "{uri} without a token");
        assert_eq!(v["code"], "unauthorized");
        let req = Request::get(uri)
            .header(header::HOST, HOST)
            .header(header::AUTHORIZATION, "Bearer wrong")
            .body(Body::empty())
            .unwrap();
        assert_eq!(
            send(&app, req).await.0,
            StatusCode::UNAUTHORIZED,
            "{uri} with a wrong token"
        );
    }
    let req = Request::get("/healthz")
        .header(header::HOST, HOST)
        .body(Body::empty())
        .unwrap();
    assert_eq!(
        send(&app, req).await.0,
        StatusCode::OK,
        "health needs no token"
    );
}

#[tokio::test]
async fn foreign_hosts_and_origins_are_refused() {
    let core = core();
    let app = app(&core);
    for host in [
        "evil.example:7878",
        "127.0.0.1:9999",
        "attacker.localhost:7878",
    ] {
        let req = request("GET", "/api/v1/conversations", None)
            .header(header::HOST, host)
            .body(Body::empty())
            .unwrap();
        let mut req = req;
        req.headers_mut()
            .insert(header::HOST, host.parse().unwrap());
        let (status, v) = send(&app, req).await;
        assert_eq!(
            status,
            StatusCode::FORBIDDEN,
            "Host {host} is refused (DNS rebinding)"
        );
        assert_eq!(v["code"], "forbidden");
    }
    let req = request("GET", "/api/v1/conversations", None)
        .header(header::ORIGIN, "https://evil.example")
        .body(Body::empty())
        .unwrap();
    assert_eq!(
        send(&app, req).await.0,
        StatusCode::FORBIDDEN,
        "cross-origin pages are refused"
    );
    let req = request("GET", "/api/v1/conversations", None)
        .header(header::HOST, "localhost:7878")
        .body(Body::empty())
        .unwrap();
    let mut req = req;
    req.headers_mut()
        .insert(header::HOST, "localhost:7878".parse().unwrap());
    assert_eq!(
        send(&app, req).await.0,
        StatusCode::OK,
        "localhost is this server"
    );
}

#[tokio::test]
async fn each_kind_of_bad_input_gets_a_4xx_naming_the_problem_and_stores_nothing() {
    let core = core();
    let app = app(&core);
    let cases: Vec<(&str, String, StatusCode, &str)> = vec![
        ("malformed JSON", r#"{"channel": "bridge", "#.into(), StatusCode::BAD_REQUEST, "JSON"),
        (
            "wrong type",
            r#"{"channel":"bridge","customer":"b","message_id":"m","text":"hi","kind":5}"#.into(),
            StatusCode::BAD_REQUEST,
            "kind",
        ),
        (
            "unknown kind",
            r#"{"channel":"bridge","customer":"b","message_id":"m","text":"hi","kind":"gif"}"#.into(),
            StatusCode::BAD_REQUEST,
            "kind",
        ),
        (
            "unknown order status",
            r#"{"channel":"bridge","customer":"b","message_id":"m","text":"hi","order":{"id":"1","status":"flying"}}"#.into(),
            StatusCode::BAD_REQUEST,
            "order.status",
        ),
        ("missing field", r#"{"customer":"b","message_id":"m","text":"hi"}"#.into(), StatusCode::BAD_REQUEST, "channel"),
        (
            "empty text",
            r#"{"channel":"bridge","customer":"b","message_id":"m","text":"  "}"#.into(),
            StatusCode::BAD_REQUEST,
            "text",
        ),
        (
            "oversized body",
            format!(
                r#"{{"channel":"bridge","customer":"b","message_id":"m","text":"{}"}}"#,
                "x".repeat(owldesk_server::MAX_BODY_BYTES + 10)
            ),
            StatusCode::PAYLOAD_TOO_LARGE,
            "larger",
        ),
    ];
    for (what, body, want, names) in cases {
        let (status, v) = call(&app, "POST", "/api/v1/inbound", Some(&body)).await;
        assert_eq!(status, want, "{what}: {v}");
        let message = v["message"].as_str().unwrap_or_default();
        assert!(message.contains(names), "{what}: {message:?} names {names}");
        assert!(
            v["code"].is_string(),
            "{what}: errors are {{code, message}}"
        );
    }
    let req = request("POST", "/api/v1/inbound", None)
        .header(header::CONTENT_TYPE, "text/plain")
        .body(Body::from("hello"))
        .unwrap();
    assert_eq!(send(&app, req).await.0, StatusCode::UNSUPPORTED_MEDIA_TYPE);
    assert_eq!(
        conversation_count(&app).await,
        0,
        "bad input stored nothing"
    );
}

#[tokio::test]
async fn escalations_can_be_listed_replied_and_resolved() {
    let core = core();
    let app = app(&core);
    let body = r#"{"channel":"bridge","customer":"b9","message_id":"m-1","kind":"image","order":{"id":"PDD-1","status":"已发货"}}"#;
    let (_, v) = call(&app, "POST", "/api/v1/inbound", Some(body)).await;
    assert_eq!(v["decision"]["reason"], "media", "{v}");
    assert_eq!(v["holding"], true, "only a holding reply: {v}");
    let (_, list) = call(&app, "GET", "/api/v1/escalations?status=open", None).await;
    let esc = &list["items"][0];
    assert_eq!(esc["reason"], "media");
    assert!(esc["summary"].as_str().unwrap().contains("已发货"), "{esc}");
    let id = esc["id"].as_str().unwrap();
    let (s, _) = call(
        &app,
        "POST",
        &format!("/api/v1/escalations/{id}/reply"),
        Some(r#"{"text":"收到图片,马上处理"}"#),
    )
    .await;
    assert_eq!(s, StatusCode::OK);
    let (s, r) = call(
        &app,
        "POST",
        &format!("/api/v1/escalations/{id}/resolve"),
        None,
    )
    .await;
    assert_eq!(s, StatusCode::OK, "{r}");
    assert_eq!(r["status"], "resolved");
    let (_, open) = call(&app, "GET", "/api/v1/escalations?status=open", None).await;
    assert!(
        open["items"].as_array().unwrap().is_empty(),
        "nothing left open"
    );
    let (s, v) = call(&app, "GET", "/api/v1/escalations?status=weird", None).await;
    assert_eq!(s, StatusCode::BAD_REQUEST, "{v}");
    let (s, _) = call(&app, "POST", "/api/v1/escalations/nope/resolve", None).await;
    assert_eq!(s, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn faq_crud_import_export_and_test() {
    let core = core();
    let app = app(&core);
    let entry = r#"{"id":"invoice","question":"能开发票吗?","paraphrases":["开票"],"answer":"可以开电子发票"}"#;
    let (s, _) = call(&app, "POST", "/api/v1/faq", Some(entry)).await;
    assert_eq!(s, StatusCode::CREATED);
    let (s, v) = call(&app, "POST", "/api/v1/faq", Some(entry)).await;
    assert_eq!(s, StatusCode::CONFLICT, "{v}");
    let bad = r#"{"id":"bad","question":"x?","answer":"hi {order.colour}"}"#;
    let (s, v) = call(&app, "POST", "/api/v1/faq", Some(bad)).await;
    assert_eq!(s, StatusCode::BAD_REQUEST);
    assert!(
        v["message"].as_str().unwrap().contains("{order.colour}"),
        "{v}"
    );
    let (s, v) = call(
        &app,
        "POST",
        "/api/v1/faq/test",
        Some(r#"{"text":"能开发票吗"}"#),
    )
    .await;
    assert_eq!(s, StatusCode::OK);
    assert_eq!(v["faq_id"], "invoice", "{v}");
    assert!(v["trace"]["candidates"].is_array());
    let (s, _) = call(&app, "DELETE", "/api/v1/faq/invoice", None).await;
    assert_eq!(s, StatusCode::NO_CONTENT);
    let (s, _) = call(&app, "GET", "/api/v1/faq/invoice", None).await;
    assert_eq!(s, StatusCode::NOT_FOUND);

    let csv = json!({"csv": "id,question,paraphrases,answer,tags\nok_one,问题一?,,答一,\nbad_one,问题二?,,,\n"});
    let (s, v) = call(&app, "POST", "/api/v1/faq/import", Some(&csv.to_string())).await;
    assert_eq!(s, StatusCode::BAD_REQUEST);
    assert!(v["message"].as_str().unwrap().contains("line 3"), "{v}");
    let (_, list) = call(&app, "GET", "/api/v1/faq", None).await;
    assert_eq!(
        list["items"].as_array().unwrap().len(),
        2,
        "a bad row saves nothing"
    );

    let req = request("GET", "/api/v1/faq/export?format=csv", None)
        .body(Body::empty())
        .unwrap();
    let res = app.clone().oneshot(req).await.unwrap();
    let text =
        String::from_utf8(res.into_body().collect().await.unwrap().to_bytes().to_vec()).unwrap();
    assert!(
        text.starts_with("id,question,paraphrases,answer,tags"),
        "{text}"
    );
}

#[tokio::test]
async fn the_openapi_document_parses_and_lists_the_routes() {
    let core = core();
    let app = app(&core);
    let (s, v) = call(&app, "GET", "/api/v1/openapi.json", None).await;
    assert_eq!(s, StatusCode::OK);
    assert!(v["openapi"].as_str().unwrap().starts_with("3."));
    for path in [
        "/api/v1/inbound",
        "/api/v1/escalations/{id}/resolve",
        "/api/v1/faq/test",
        "/api/v1/events",
    ] {
        assert!(v["paths"].get(path).is_some(), "{path} is documented");
    }
    assert!(v["components"]["schemas"].get("InboundBody").is_some());
}

#[tokio::test]
async fn a_real_server_streams_the_events_of_an_inbound_message() {
    use futures_util::StreamExt;
    let core = core();
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let state = AppState::new(core, TOKEN, addr);
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    let server = tokio::spawn(owldesk_server::serve(listener, state, async {
        let _ = stopped.await;
    }));
    let client = reqwest::Client::new();
    let base = format!("http://{addr}");
    let res = client
        .get(format!("{base}/api/v1/events"))
        .bearer_auth(TOKEN)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 200);
    assert!(
        res.headers()["content-type"]
            .to_str()
            .unwrap()
            .starts_with("text/event-stream")
    );
    let mut stream = res.bytes_stream();

    let answer: Value = client
        .post(format!("{base}/api/v1/inbound"))
        .bearer_auth(TOKEN)
        .json(&json!({"channel":"bridge","customer":"b1","message_id":"m1","text":"转人工"}))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(answer["decision"]["reason"], "human", "{answer}");

    let mut seen = String::new();
    let deadline = tokio::time::Duration::from_secs(10);
    let read = async {
        while let Some(chunk) = stream.next().await {
            seen.push_str(&String::from_utf8_lossy(&chunk.unwrap()));
            if seen.contains("event: escalation_created") {
                break;
            }
        }
    };
    tokio::time::timeout(deadline, read)
        .await
        .expect("events arrive");
    assert!(seen.contains("event: message_received"), "{seen}");
    assert!(seen.contains("event: escalation_created"), "{seen}");
    assert!(seen.contains("\"reason\":\"human\""), "{seen}");
    let _ = stop.send(());
    server.await.unwrap().unwrap();
}
