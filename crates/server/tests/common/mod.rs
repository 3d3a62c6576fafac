//! A real server for the API tests: the core on a temporary SQLite file with a fixed clock,
//! axum on 127.0.0.1 port 0, and a client that calls it with the token.

// Each test file uses its own part of this module.
#![allow(dead_code)]

use owldesk_core::{Core, FixedClock};
use owldesk_server::AppState;
use reqwest::StatusCode;
use serde_json::Value;
use std::sync::Arc;

/// The API token of the test servers.
pub const TOKEN: &str = "test-token-0123456789";

/// A running server; it stops when dropped.
pub struct Server {
    /// `http://127.0.0.1:PORT/api/v1`.
    pub base: String,
    /// The shop's clock.
    pub clock: Arc<FixedClock>,
    /// The shop.
    pub core: Core,
    client: reqwest::Client,
    stop: Option<tokio::sync::oneshot::Sender<()>>,
    _dir: tempfile::TempDir,
}

impl Server {
    /// Starts a server on a fresh shop whose clock reads `at`; `prepare` runs on the core first.
    pub async fn start_with(at: &str, prepare: impl FnOnce(&Core)) -> Server {
        let clock = Arc::new(FixedClock::new(at.parse().unwrap()));
        let dir = tempfile::tempdir().unwrap();
        let core = Core::open_with_clock(dir.path(), clock.clone()).unwrap();
        prepare(&core);
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        let state = AppState::new(core.clone(), TOKEN, addr);
        let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
        tokio::spawn(owldesk_server::serve(listener, state, async {
            let _ = stopped.await;
        }));
        Server {
            base: format!("http://{addr}/api/v1"),
            clock,
            core,
            client: reqwest::Client::new(),
            stop: Some(stop),
            _dir: dir,
        }
    }

    /// Calls `method path` (under `/api/v1`) with the token and an optional JSON body.
    pub async fn call(&self, method: &str, path: &str, body: Option<Value>) -> (StatusCode, Value) {
        let method = reqwest::Method::from_bytes(method.as_bytes()).unwrap();
        let mut req = self
            .client
            .request(method, format!("{}{path}", self.base))
            .bearer_auth(TOKEN);
        if let Some(b) = body {
            req = req.json(&b);
        }
        let res = req.send().await.unwrap();
        let status = res.status();
        (status, res.json().await.unwrap_or(Value::Null))
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        if let Some(s) = self.stop.take() {
            let _ = s.send(());
        }
    }
}
