//! Phone alert outlets against real HTTP servers on 127.0.0.1: each speaks its protocol, failed
//! requests are retried with backoff, final refusals are not, webhook signatures verify, and an
//! urgent escalation at night reaches the outlet end to end (but not by day).

use axum::Router;
use axum::body::Bytes;
use axum::http::{HeaderMap, StatusCode};
use axum::routing::post;
use jiff::Timestamp;
use owldesk_core::alerts::{Alert, Backoff, SIGNATURE_HEADER, deliver, signature, spawn_alerts};
use owldesk_core::inbound::InboundRequest;
use owldesk_core::{Core, FixedClock};
use owldesk_domain::{
    Escalation, EscalationReason, EscalationStatus, MessageKind, Outlet, Priority,
};
use std::sync::{Arc, Mutex};
use std::time::Duration;

/// What the loopback server saw, and how it answers: the first `fail` requests get `status`.
#[derive(Default)]
struct Seen {
    requests: Vec<(HeaderMap, Bytes)>,
    fail: usize,
    status: u16,
    body: String,
}

async fn server(seen: Arc<Mutex<Seen>>) -> String {
    let app = Router::new().route(
        "/hook",
        post(move |headers: HeaderMap, body: Bytes| {
            let seen = seen.clone();
            async move {
                let mut s = seen.lock().unwrap();
                s.requests.push((headers, body));
                if s.requests.len() <= s.fail {
                    let code = StatusCode::from_u16(s.status).unwrap();
                    return (code, s.body.clone());
                }
                (StatusCode::OK, r#"{"errcode":0,"errmsg":"ok"}"#.to_owned())
            }
        }),
    );
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
    format!("http://{addr}/hook")
}

fn fast() -> Backoff {
    Backoff {
        first: Duration::from_millis(10),
        attempts: 4,
        timeout: Duration::from_secs(5),
    }
}

fn alert() -> Alert {
    Alert {
        escalation: Escalation {
            id: "e1".into(),
            conversation_id: "c1".into(),
            message_id: "m1".into(),
            reason: EscalationReason::Anger,
            rule: None,
            status: EscalationStatus::Open,
            priority: Priority::Urgent,
            summary: "anger: \"我要投诉\"".into(),
            created_at: Timestamp::UNIX_EPOCH,
            resolved_at: None,
            snoozed_until: None,
            due_at: None,
        },
        customer: "buyer-7".into(),
    }
}

fn seen(fail: usize, status: u16, body: &str) -> Arc<Mutex<Seen>> {
    Arc::new(Mutex::new(Seen {
        fail,
        status,
        body: body.into(),
        ..Seen::default()
    }))
}

#[tokio::test]
async fn a_webhook_is_signed_and_retried_after_server_errors() {
    let s = seen(2, 503, "busy");
    let url = server(s.clone()).await;
    let secret = "0123456789abcdef-secret";
    let outlet = Outlet::Webhook {
        url,
        secret: secret.into(),
    };
    let (attempts, error) = deliver(&reqwest::Client::new(), &outlet, &alert(), fast()).await;
    assert_eq!((attempts, error), (3, None), "two 503s, then accepted");
    let s = s.lock().unwrap();
    let (headers, body) = s.requests.last().unwrap();
    let sig = headers[SIGNATURE_HEADER].to_str().unwrap();
    assert_eq!(
        sig,
        signature(secret, body),
        "the receiver can verify the body"
    );
    assert_ne!(sig, signature("another secret!!", body));
    let v: serde_json::Value = serde_json::from_slice(body).unwrap();
    assert_eq!(v["escalation"]["reason"], "anger");
    assert_eq!(v["text"], "【紧急】buyer-7: anger: \"我要投诉\"");
}

#[tokio::test]
async fn a_refusal_is_final_and_retries_end() {
    let s = seen(99, 403, "forbidden");
    let url = server(s.clone()).await;
    let outlet = Outlet::Ntfy { url, token: None };
    let (attempts, error) = deliver(&reqwest::Client::new(), &outlet, &alert(), fast()).await;
    assert_eq!(attempts, 1, "403 is not retried");
    assert!(error.unwrap().contains("403"));

    let s = seen(99, 500, "down");
    let url = server(s.clone()).await;
    let outlet = Outlet::Wecom { url };
    let (attempts, error) = deliver(&reqwest::Client::new(), &outlet, &alert(), fast()).await;
    assert_eq!(attempts, 4, "500 is retried up to the limit");
    assert!(error.unwrap().contains("500"));
    assert_eq!(s.lock().unwrap().requests.len(), 4);

    let outlet = Outlet::Ntfy {
        url: "http://127.0.0.1:1/nothing-listens".into(),
        token: None,
    };
    let (attempts, error) = deliver(&reqwest::Client::new(), &outlet, &alert(), fast()).await;
    assert_eq!(attempts, 4, "a refused connection is retried");
    assert!(error.is_some());
}

#[tokio::test]
async fn ntfy_gets_a_titled_message_with_priority() {
    let s = seen(0, 200, "");
    let url = server(s.clone()).await;
    let outlet = Outlet::Ntfy {
        url,
        token: Some("tk_secret".into()),
    };
    let (_, error) = deliver(&reqwest::Client::new(), &outlet, &alert(), fast()).await;
    assert_eq!(error, None);
    let s = s.lock().unwrap();
    let (headers, body) = &s.requests[0];
    assert_eq!(headers["priority"], "5", "urgent is ntfy's max priority");
    assert!(headers["title"].to_str().unwrap().contains("Owldesk"));
    assert_eq!(headers["authorization"], "Bearer tk_secret");
    assert!(String::from_utf8_lossy(body).contains("我要投诉"));
}

#[tokio::test]
async fn wecom_errcodes_are_retried() {
    let s = seen(
        1,
        200,
        r#"{"errcode":45009,"errmsg":"api freq out of limit"}"#,
    );
    let url = server(s.clone()).await;
    let outlet = Outlet::Wecom { url };
    let (attempts, error) = deliver(&reqwest::Client::new(), &outlet, &alert(), fast()).await;
    assert_eq!((attempts, error), (2, None));
    let s = s.lock().unwrap();
    let v: serde_json::Value = serde_json::from_slice(&s.requests[1].1).unwrap();
    assert_eq!(v["msgtype"], "text");
    assert!(v["text"]["content"].as_str().unwrap().contains("buyer-7"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_urgent_escalation_at_night_reaches_the_phone_but_not_by_day() {
    let s = seen(0, 200, "");
    let url = server(s.clone()).await;
    let clock = Arc::new(FixedClock::new(
        "2026-11-21T15:00:00+08:00".parse().unwrap(),
    ));
    let dir = tempfile::tempdir().unwrap();
    let core = Core::open_with_clock(dir.path(), clock.clone()).unwrap();
    let mut settings = core.settings().unwrap();
    settings.alerts.outlets = vec![Outlet::Webhook {
        url,
        secret: "0123456789abcdef".into(),
    }];
    core.update_settings(settings, "owner").unwrap();
    let _listener = spawn_alerts(core.clone(), fast());
    let photo = |id: &str, customer: &str| InboundRequest {
        channel: "bridge".into(),
        customer: customer.into(),
        message_id: id.into(),
        text: "太差劲了!!我要投诉你们,给差评".into(),
        kind: MessageKind::Text,
        media_url: None,
        order: None,
    };
    let c = core.clone();
    tokio::task::spawn_blocking(move || c.inbound(photo("m1", "day-buyer")).unwrap())
        .await
        .unwrap();
    clock.set("2026-11-21T23:30:00+08:00".parse().unwrap());
    let c = core.clone();
    tokio::task::spawn_blocking(move || c.inbound(photo("m2", "night-buyer")).unwrap())
        .await
        .unwrap();
    for _ in 0..200 {
        if !core.alert_deliveries().unwrap().is_empty() {
            break;
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    // Give the day escalation's event time to be (wrongly) pushed, should it be.
    tokio::time::sleep(Duration::from_millis(200)).await;
    let delivered = core.alert_deliveries().unwrap();
    assert_eq!(delivered.len(), 1, "only the night escalation is pushed");
    assert!(delivered[0].delivered, "{:?}", delivered[0]);
    let s = s.lock().unwrap();
    assert_eq!(s.requests.len(), 1);
    assert!(String::from_utf8_lossy(&s.requests[0].1).contains("night-buyer"));
}

/// A tiny SMTP server on 127.0.0.1: answers the first `busy` connections with `421` (a transient
/// refusal), then accepts one message and keeps what was sent after `DATA`.
async fn smtp_server(busy: usize) -> (u16, Arc<Mutex<Vec<String>>>) {
    use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let port = listener.local_addr().unwrap().port();
    let mails = Arc::new(Mutex::new(Vec::new()));
    let kept = mails.clone();
    tokio::spawn(async move {
        let mut n = 0;
        loop {
            let (sock, _) = listener.accept().await.unwrap();
            n += 1;
            let (r, mut w) = sock.into_split();
            if n <= busy {
                let _ = w.write_all(b"421 busy, try later\r\n").await;
                continue;
            }
            let kept = kept.clone();
            tokio::spawn(async move {
                let mut lines = BufReader::new(r).lines();
                w.write_all(b"220 localhost ESMTP test\r\n").await.unwrap();
                let mut data: Option<String> = None;
                while let Ok(Some(line)) = lines.next_line().await {
                    if let Some(d) = data.as_mut() {
                        if line == "." {
                            kept.lock().unwrap().push(data.take().unwrap());
                            w.write_all(b"250 queued\r\n").await.unwrap();
                        } else {
                            d.push_str(&line);
                            d.push('\n');
                        }
                        continue;
                    }
                    let verb = line.get(..4).unwrap_or("").to_ascii_uppercase();
                    let answer: &[u8] = match verb.as_str() {
                        "EHLO" | "HELO" => b"250 localhost\r\n",
                        "DATA" => {
                            data = Some(String::new());
                            b"354 end with .\r\n"
                        }
                        "QUIT" => {
                            let _ = w.write_all(b"221 bye\r\n").await;
                            break;
                        }
                        _ => b"250 ok\r\n",
                    };
                    w.write_all(answer).await.unwrap();
                }
            });
        }
    });
    (port, mails)
}

#[tokio::test]
async fn an_email_goes_through_smtp_after_a_busy_server() {
    let (port, mails) = smtp_server(1).await;
    let outlet = Outlet::Email {
        host: "127.0.0.1".into(),
        port,
        security: owldesk_domain::SmtpSecurity::None,
        username: None,
        password: None,
        from: "owldesk@localhost".into(),
        to: "owner@example.com".into(),
    };
    let (attempts, error) = deliver(&reqwest::Client::new(), &outlet, &alert(), fast()).await;
    assert_eq!((attempts, error), (2, None), "421 is transient: retried");
    let mails = mails.lock().unwrap();
    assert_eq!(mails.len(), 1);
    assert!(mails[0].contains("To: owner@example.com"), "{}", mails[0]);
    assert!(mails[0].contains("Subject: "), "{}", mails[0]);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_buyer_turning_upset_while_waiting_is_pushed_once() {
    let s = seen(0, 200, "");
    let url = server(s.clone()).await;
    let clock = Arc::new(FixedClock::new(
        "2026-11-21T23:30:00+08:00".parse().unwrap(),
    ));
    let dir = tempfile::tempdir().unwrap();
    let core = Core::open_with_clock(dir.path(), clock.clone()).unwrap();
    let mut settings = core.settings().unwrap();
    settings.alerts.outlets = vec![Outlet::Ntfy { url, token: None }];
    core.update_settings(settings, "owner").unwrap();
    let _listener = spawn_alerts(core.clone(), fast());
    let msg = |id: &str, text: &str, kind: MessageKind| InboundRequest {
        channel: "bridge".into(),
        customer: "waiting-buyer".into(),
        message_id: id.into(),
        text: text.into(),
        kind,
        media_url: None,
        order: None,
    };
    let c = core.clone();
    tokio::task::spawn_blocking(move || {
        c.inbound(msg("m1", "", MessageKind::Image)).unwrap(); // high: not pushed
        c.inbound(msg(
            "m2",
            "太差劲了!!我要投诉你们,给差评",
            MessageKind::Text,
        ))
        .unwrap(); // now urgent
        c.inbound(msg("m3", "气死了,还不回复!!差评!!", MessageKind::Text))
            .unwrap();
    })
    .await
    .unwrap();
    for _ in 0..200 {
        if !core.alert_deliveries().unwrap().is_empty() {
            break;
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    tokio::time::sleep(Duration::from_millis(200)).await;
    assert_eq!(
        s.lock().unwrap().requests.len(),
        1,
        "pushed when it turned urgent, once"
    );
}
