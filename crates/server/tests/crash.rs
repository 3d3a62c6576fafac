//! Crash safety: every message the real `owldesk serve` acknowledged survives a SIGKILL.

use serde_json::{Value, json};
use std::io::{BufRead, BufReader};
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};

const TOKEN: &str = "crash-test-token";

/// Starts the real binary on a free port and returns it with its address.
fn start(dir: &std::path::Path) -> (Child, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_owldesk"))
        .args(["serve", "--listen", "127.0.0.1:0", "--data-dir"])
        .arg(dir)
        .env("OWLDESK_API_TOKEN", TOKEN)
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("owldesk starts");
    let stdout = child.stdout.take().unwrap();
    let mut lines = BufReader::new(stdout).lines();
    let first = lines.next().expect("a first line").unwrap();
    let url = first
        .strip_prefix("Owldesk is listening on ")
        .unwrap_or_else(|| panic!("unexpected first line {first:?}"))
        .to_owned();
    // Keep draining stdout so the server never blocks on a full pipe.
    std::thread::spawn(move || for _ in lines {});
    (child, url)
}

fn message(i: usize) -> Value {
    let text = if i.is_multiple_of(3) {
        "转人工".to_owned()
    } else {
        format!("第{i}个问题 什么时候发货")
    };
    json!({"channel": "bridge", "customer": format!("buyer-{}", i % 7), "message_id": format!("m-{i}"), "text": text})
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn acknowledged_messages_survive_sigkill() {
    let dir = tempfile::tempdir().unwrap();
    let (mut child, url) = start(dir.path());
    let client = reqwest::Client::new();
    let acked = Arc::new(Mutex::new(Vec::new()));

    // Four senders deliver messages as fast as the server acknowledges them.
    let mut senders = Vec::new();
    for lane in 0..4 {
        let (client, url, acked) = (client.clone(), url.clone(), acked.clone());
        senders.push(tokio::spawn(async move {
            for i in (lane..400).step_by(4) {
                let res = client
                    .post(format!("{url}/api/v1/inbound"))
                    .bearer_auth(TOKEN)
                    .json(&message(i))
                    .send()
                    .await;
                match res {
                    Ok(r) if r.status().is_success() => {
                        let v: Value = match r.json().await {
                            Ok(v) => v,
                            Err(_) => return,
                        };
                        acked.lock().unwrap().push((i, v["decision"].clone()));
                    }
                    _ => return,
                }
            }
        }));
    }
    // Kill the server while messages are in flight, right after some were acknowledged.
    loop {
        tokio::time::sleep(std::time::Duration::from_millis(5)).await;
        if acked.lock().unwrap().len() >= 60 {
            break;
        }
    }
    child.kill().unwrap(); // SIGKILL on Unix: no shutdown code runs
    child.wait().unwrap();
    for s in senders {
        let _ = s.await;
    }
    let acked = acked.lock().unwrap().clone();
    assert!(
        acked.len() >= 60,
        "the server acknowledged messages before the kill"
    );

    let (mut child, url) = start(dir.path());
    for (i, decision) in &acked {
        let v: Value = client
            .post(format!("{url}/api/v1/inbound"))
            .bearer_auth(TOKEN)
            .json(&message(*i))
            .send()
            .await
            .unwrap()
            .json()
            .await
            .unwrap();
        assert_eq!(
            v["duplicate"], true,
            "acknowledged message m-{i} was stored: {v}"
        );
        assert_eq!(&v["decision"], decision, "and keeps its first decision");
    }
    child.kill().unwrap();
    child.wait().unwrap();
}
