//! Inbound throughput: buyer messages per second through `POST /api/v1/inbound` over HTTP on
//! 127.0.0.1, with persistence (a real SQLite file, `synchronous=FULL`: every acknowledged
//! message is on disk), on the demo shop's FAQ.
//!
//! The server runs in this process on its own Tokio runtime; a client runtime sends
//! `MESSAGES` messages from `CONCURRENCY` connections (mixed: FAQ questions, greetings, requests
//! for a person, images) and reports messages per second and latency percentiles.
//!
//! Run: `cargo bench -p owldesk-server --bench inbound`. Results go in docs/BENCHMARKS.md.

use owldesk_core::Core;
use owldesk_server::AppState;
use serde_json::json;
use std::sync::Arc;
use std::time::{Duration, Instant};

const MESSAGES: usize = 4_000;
const TEXTS: [&str; 8] = [
    "亲 什么时候发货啊",
    "发什么快递",
    "宝宝身高110穿多大码",
    "可以开发票吗",
    "你好",
    "转人工",
    "how long does shipping take",
    "",
];

fn main() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let core = Core::open(dir.path()).expect("the shop opens");
    core.seed_demo().expect("the demo shop seeds");
    let server_rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .expect("a runtime");
    let listener = server_rt
        .block_on(tokio::net::TcpListener::bind("127.0.0.1:0"))
        .expect("a port");
    let addr = listener.local_addr().expect("an address");
    let state = AppState::new(core, "bench-token", addr);
    server_rt.spawn(owldesk_server::serve(
        listener,
        state,
        std::future::pending(),
    ));

    println!("| concurrency | messages | msg/s | median | p99 |");
    println!("|---:|---:|---:|---:|---:|");
    let client_rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("rt");
    for (round, concurrency) in [1usize, 8, 32].into_iter().enumerate() {
        let (elapsed, mut lat) = client_rt.block_on(run(addr, concurrency, round));
        lat.sort();
        let pct = |p: f64| lat[((lat.len() - 1) as f64 * p) as usize];
        println!(
            "| {concurrency} | {} | {:.0} | {:.2} ms | {:.2} ms |",
            lat.len(),
            lat.len() as f64 / elapsed.as_secs_f64(),
            pct(0.5).as_secs_f64() * 1e3,
            pct(0.99).as_secs_f64() * 1e3
        );
    }
}

async fn run(
    addr: std::net::SocketAddr,
    concurrency: usize,
    round: usize,
) -> (Duration, Vec<Duration>) {
    let client = reqwest::Client::new();
    let url = Arc::new(format!("http://{addr}/api/v1/inbound"));
    let start = Instant::now();
    let mut lanes = Vec::new();
    for lane in 0..concurrency {
        let (client, url) = (client.clone(), url.clone());
        lanes.push(tokio::spawn(async move {
            let mut lat = Vec::new();
            for i in (lane..MESSAGES).step_by(concurrency) {
                let text = TEXTS[i % TEXTS.len()];
                let body = json!({
                    "channel": "bench",
                    "customer": format!("r{round}-buyer-{}", i % 500),
                    "message_id": format!("r{round}-m-{i}"),
                    "text": text,
                    "kind": if text.is_empty() { "image" } else { "text" },
                });
                let t = Instant::now();
                let res = client
                    .post(url.as_str())
                    .bearer_auth("bench-token")
                    .json(&body)
                    .send()
                    .await;
                match res {
                    Ok(r) if r.status().is_success() => {
                        let _ = r.bytes().await;
                        lat.push(t.elapsed());
                    }
                    Ok(r) => panic!("the server refused a message: {}", r.status()),
                    Err(e) => panic!("the request failed: {e}"),
                }
            }
            lat
        }));
    }
    let mut all = Vec::new();
    for l in lanes {
        all.extend(l.await.expect("a lane finishes"));
    }
    (start.elapsed(), all)
}
