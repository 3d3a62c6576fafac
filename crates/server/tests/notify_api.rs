//! Desktop notifications over HTTP, on a real server on 127.0.0.1 port 0 with a fixed clock and
//! the recording notifier: the policy in `/settings/notifications` (422 naming the field), an
//! urgent escalation notified at once and again until `POST /escalations/{id}/ack`, a digest, and
//! the morning briefing as one notification.

mod common;

use owldesk_core::notifications::NotificationKind;
use owldesk_core::notifier::{RecordingNotifier, spawn_notifications};
use reqwest::StatusCode;
use serde_json::json;
use std::sync::Arc;
use std::time::Duration;

/// The test server with the recording notifier listening to its shop.
struct Shop {
    server: common::Server,
    notes: Arc<RecordingNotifier>,
}

impl std::ops::Deref for Shop {
    type Target = common::Server;
    fn deref(&self) -> &common::Server {
        &self.server
    }
}

impl Shop {
    async fn start(at: &str) -> Shop {
        let notes = Arc::new(RecordingNotifier::default());
        let n = notes.clone();
        let server = common::Server::start_with(at, move |core| {
            spawn_notifications(core.clone(), n, Duration::from_millis(20));
        })
        .await;
        Shop { server, notes }
    }

    async fn buyer_says(&self, customer: &str, id: &str, text: &str) -> String {
        let body =
            json!({"channel": "bridge", "customer": customer, "message_id": id, "text": text});
        let (status, v) = self.call("POST", "/inbound", Some(body)).await;
        assert_eq!(status, StatusCode::OK, "{v}");
        let (_, list) = self.call("GET", "/escalations?status=open", None).await;
        let conv = v["conversation_id"].as_str().unwrap().to_owned();
        list["items"]
            .as_array()
            .unwrap()
            .iter()
            .find(|e| e["conversation_id"] == conv.as_str())
            .unwrap_or_else(|| panic!("{text:?} escalated: {v}"))["id"]
            .as_str()
            .unwrap()
            .to_owned()
    }

    /// The kinds delivered, once `n` have arrived (or after a second, for "no more than").
    async fn kinds_after(&self, n: usize) -> Vec<NotificationKind> {
        for _ in 0..50 {
            if self.notes.delivered().len() >= n {
                break;
            }
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
        // A few more ticks, so an extra notification would show up.
        tokio::time::sleep(Duration::from_millis(100)).await;
        self.notes.delivered().iter().map(|n| n.kind).collect()
    }

    fn advance_minutes(&self, m: i64) {
        self.clock.advance(jiff::SignedDuration::from_mins(m));
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_policy_is_read_and_written_with_422_naming_the_field() {
    let s = Shop::start("2026-11-21T02:00:00Z").await;
    let (status, v) = s.call("GET", "/settings/notifications", None).await;
    assert_eq!(status, StatusCode::OK, "{v}");
    assert_eq!(
        v,
        json!({"enabled": true, "digest_every_minutes": 10, "repeat_urgent_every_minutes": 15})
    );
    for (body, field) in [
        (
            json!({"digest_every_minutes": 0}),
            "notifications.digest_every_minutes",
        ),
        (
            json!({"repeat_urgent_every_minutes": 2000}),
            "notifications.repeat_urgent_every_minutes",
        ),
        (
            json!({"quiet_hours": {"start": "23:00", "end": "8h"}}),
            "notifications.quiet_hours.end",
        ),
    ] {
        let (status, v) = s.call("PUT", "/settings/notifications", Some(body)).await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{v}");
        assert_eq!(v["code"], "invalid");
        assert!(
            v["message"].as_str().unwrap().contains(field),
            "names {field}: {v}"
        );
    }
    let policy = json!({"enabled": true, "digest_every_minutes": 5, "repeat_urgent_every_minutes": 30,
        "quiet_hours": {"start": "23:00", "end": "08:00"}});
    let (status, v) = s
        .call("PUT", "/settings/notifications", Some(policy.clone()))
        .await;
    assert_eq!(status, StatusCode::OK, "{v}");
    let (_, all) = s.call("GET", "/settings", None).await;
    assert_eq!(all["notifications"], policy, "part of the shop's settings");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_urgent_escalation_rings_until_acknowledged_and_the_rest_come_in_a_digest() {
    let s = Shop::start("2026-11-21T02:00:00Z").await; // 10:00 in Shanghai
    let id = s
        .buyer_says("buyer-1", "m-1", "东西坏了,我要投诉你们!")
        .await;
    assert_eq!(
        s.kinds_after(1).await,
        [NotificationKind::Urgent],
        "at once"
    );
    let note = &s.notes.delivered()[0];
    assert!(note.body.contains("buyer-1"), "{note:?}");
    assert_eq!(note.escalation_ids[0].as_str(), id);

    s.advance_minutes(15);
    assert_eq!(
        s.kinds_after(2).await,
        [NotificationKind::Urgent, NotificationKind::Reminder],
        "again after 15 minutes"
    );
    let (status, v) = s
        .call("POST", &format!("/escalations/{id}/ack"), None)
        .await;
    assert_eq!(status, StatusCode::OK, "{v}");
    assert_eq!(v["id"], id.as_str());
    s.advance_minutes(60);
    assert_eq!(
        s.kinds_after(3).await.len(),
        2,
        "acknowledged: no more reminders"
    );

    let (status, v) = s.call("POST", "/escalations/nope/ack", None).await;
    assert_eq!(status, StatusCode::NOT_FOUND, "{v}");

    s.buyer_says("buyer-2", "m-2", "能开发票吗,抬头写公司")
        .await;
    s.buyer_says("buyer-3", "m-3", "你们仓库在哪个城市").await;
    assert_eq!(
        s.kinds_after(3).await.len(),
        2,
        "not urgent: waits for the digest"
    );
    s.advance_minutes(10);
    let kinds = s.kinds_after(3).await;
    assert_eq!(kinds.last(), Some(&NotificationKind::Digest), "{kinds:?}");
    assert_eq!(kinds.len(), 3, "one digest for both");
    let digest = s.notes.delivered().pop().unwrap();
    assert_eq!(digest.escalation_ids.len(), 2, "{digest:?}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_morning_briefing_is_one_notification() {
    let s = Shop::start("2026-11-21T18:00:00Z").await; // 02:00 in Shanghai: closed
    s.buyer_says("buyer-1", "m-1", "你们仓库在哪个城市").await;
    s.clock.set("2026-11-22T01:00:00Z".parse().unwrap()); // 09:00: business hours begin
    assert!(s.core.tick().unwrap().briefed, "the night is briefed");
    let mut found = Vec::new();
    for _ in 0..50 {
        found = s
            .notes
            .delivered()
            .into_iter()
            .filter(|n| n.kind == NotificationKind::Briefing)
            .collect();
        if !found.is_empty() {
            break;
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    assert_eq!(found.len(), 1, "one briefing notification");
    assert!(
        found[0].title.starts_with("夜间共处理 1 条, 1 条待您处理"),
        "{:?}",
        found[0]
    );
    assert!(found[0].body.contains("buyer-1"), "{:?}", found[0]);
}
