//! Night mode over HTTP, on a real server on 127.0.0.1 port 0 with a fixed clock: the schedule
//! status, reading and writing hours, modes and the override (422 naming the field), drafts and
//! the briefing; and that the OpenAPI document lists the routes.

mod common;

use common::Server;
use reqwest::StatusCode;
use serde_json::{Value, json};

impl Server {
    async fn start(at: &str) -> Server {
        Server::start_with(at, |core| {
            let faq = serde_json::from_value(json!([
                {"id": "ship_time", "question": "什么时候发货?", "paraphrases": ["几天发货"],
                 "answer": "亲,付款后48小时内发货哦~"}
            ]))
            .unwrap();
            core.faq_import(faq, "test").unwrap();
        })
        .await
    }
}

#[tokio::test]
async fn status_has_the_documented_shape() {
    let s = Server::start("2026-11-21T14:00:00Z").await; // 22:00 in Shanghai
    let (status, v) = s.call("GET", "/schedule/status", None).await;
    assert_eq!(status, StatusCode::OK, "{v}");
    assert_eq!(v["mode"], "assist");
    assert_eq!(v["open"], true);
    assert_eq!(
        v["next_switch"], "2026-11-21T15:00:00Z",
        "23:00 in Shanghai, RFC 3339"
    );
    assert_eq!(v["next_open"], "2026-11-22T01:00:00Z");
    s.clock.set("2026-11-21T15:30:00Z".parse().unwrap());
    let (_, v) = s.call("GET", "/schedule/status", None).await;
    assert_eq!(
        (v["mode"].as_str(), v["open"].as_bool()),
        (Some("auto"), Some(false))
    );
}

#[tokio::test]
async fn schedule_is_validated_with_422_naming_the_field() {
    let s = Server::start("2026-11-21T14:00:00Z").await;
    let (status, mut schedule) = s.call("GET", "/schedule", None).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(schedule["timezone"], "Asia/Shanghai");
    schedule["weekly"][2] = json!([{"start": "09:00", "end": "25:00"}]);
    let (status, v) = s.call("PUT", "/schedule", Some(schedule.clone())).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{v}");
    assert_eq!(v["code"], "invalid");
    assert!(
        v["message"]
            .as_str()
            .unwrap()
            .contains("schedule.weekly[2][0].end"),
        "{v}"
    );
    schedule["weekly"][2] = json!([{"start": "20:00", "end": "02:00"}]);
    schedule["timezone"] = json!("Europe/Berlin");
    schedule["special"] = json!([{"name": "春节", "from": "2027-02-06", "to": "2027-02-12"}]);
    let (status, v) = s.call("PUT", "/schedule", Some(schedule)).await;
    assert_eq!(status, StatusCode::OK, "{v}");
    let (_, v) = s.call("GET", "/schedule", None).await;
    assert_eq!(v["timezone"], "Europe/Berlin", "the new hours are kept");
    let (status, v) = s
        .call(
            "PUT",
            "/schedule",
            Some(json!({"timezone": "Nowhere/Land", "weekly": []})),
        )
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        v["message"].as_str().unwrap().contains("schedule.timezone"),
        "{v}"
    );
}

#[tokio::test]
async fn modes_and_override() {
    let s = Server::start("2026-11-21T14:00:00Z").await;
    let (status, v) = s
        .call(
            "PUT",
            "/schedule/modes",
            Some(json!({"inside": "auto", "outside": "off"})),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{v}");
    let (_, v) = s.call("GET", "/schedule/status", None).await;
    assert_eq!(v["mode"], "auto");

    let (status, v) = s
        .call(
            "PUT",
            "/schedule/override",
            Some(json!({"mode": "assist", "until": "2026-11-20T00:00:00Z"})),
        )
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{v}");
    assert!(v["message"].as_str().unwrap().contains("until"), "{v}");
    let until = "2026-11-22T00:00:00Z";
    let (status, _) = s
        .call(
            "PUT",
            "/schedule/override",
            Some(json!({"mode": "off", "until": until})),
        )
        .await;
    assert_eq!(status, StatusCode::OK);
    let (_, v) = s.call("GET", "/schedule/status", None).await;
    assert_eq!(
        (v["mode"].as_str(), v["override"]["until"].as_str()),
        (Some("off"), Some(until))
    );
    assert_eq!(
        v["next_switch"], "2026-11-21T15:00:00Z",
        "the hours switch before the override"
    );
    let (status, _) = s.call("DELETE", "/schedule/override", None).await;
    assert_eq!(status, StatusCode::OK);
    let (_, v) = s.call("GET", "/schedule/override", None).await;
    assert_eq!(v, Value::Null);
}

#[tokio::test]
async fn assist_mode_drafts_are_listed_and_sent() {
    let s = Server::start("2026-11-21T14:00:00Z").await;
    let body =
        json!({"channel": "bridge", "customer": "b1", "message_id": "m1", "text": "几天发货"});
    let (status, v) = s.call("POST", "/inbound", Some(body)).await;
    assert_eq!(status, StatusCode::OK, "{v}");
    assert_eq!(
        (v["mode"].as_str(), &v["reply"]),
        (Some("assist"), &Value::Null)
    );
    let (_, drafts) = s.call("GET", "/drafts", None).await;
    let id = drafts[0]["id"].as_str().unwrap().to_owned();
    assert_eq!(drafts[0]["text"], "亲,付款后48小时内发货哦~");
    let (status, v) = s
        .call(
            "POST",
            &format!("/drafts/{id}/send"),
            Some(json!({"agent": "amy"})),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{v}");
    assert_eq!(v["agent"], "amy");
    let (status, v) = s.call("POST", &format!("/drafts/{id}/discard"), None).await;
    assert_eq!(status, StatusCode::CONFLICT, "{v}");
    let (_, drafts) = s.call("GET", "/drafts", None).await;
    assert_eq!(drafts, json!([]));
}

#[tokio::test]
async fn briefing_on_demand_and_openapi() {
    let s = Server::start("2026-11-21T15:30:00Z").await; // 23:30 in Shanghai
    let body = json!({"channel": "bridge", "customer": "b1", "message_id": "m1", "text": "",
                      "kind": "image"});
    let (_, v) = s.call("POST", "/inbound", Some(body)).await;
    assert_eq!(v["holding"], true, "{v}");
    assert!(
        v["reply"]["text"].as_str().unwrap().contains("明天 09:00"),
        "{v}"
    );
    s.clock.set("2026-11-22T01:05:00Z".parse().unwrap());
    let (status, b) = s.call("GET", "/briefing", None).await;
    assert_eq!(status, StatusCode::OK, "{b}");
    assert_eq!(
        (
            b["messages"].as_u64(),
            b["escalations"].as_array().map(Vec::len)
        ),
        (Some(1), Some(1))
    );
    let (status, _) = s.call("GET", "/briefing?from=yesterday", None).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    let (_, doc) = s.call("GET", "/openapi.json", None).await;
    for path in [
        "/api/v1/schedule/status",
        "/api/v1/schedule",
        "/api/v1/schedule/modes",
        "/api/v1/schedule/override",
        "/api/v1/briefing",
        "/api/v1/drafts",
    ] {
        assert!(doc["paths"][path].is_object(), "{path} is documented");
    }
}
