//! The shop inside the app: the core and the HTTP API on 127.0.0.1, the routine work (tick,
//! phone alerts) and desktop notifications, all on Tauri's tokio runtime.

use std::net::SocketAddr;
use std::sync::{Arc, Mutex};

use anyhow::Context;
use owldesk_core::Core;
use owldesk_server::AppState;
use owldesk_server::ui::UiAssets;
use tauri::AppHandle;
use tokio::sync::oneshot;

use crate::window;

/// How the shop is started.
#[derive(Debug, Clone, Copy)]
pub struct Options {
    /// Where the API listens.
    pub listen: SocketAddr,
    /// Show desktop notifications.
    pub notifications: bool,
}

/// The running shop, kept in Tauri's state.
pub struct Shop {
    /// The core.
    pub core: Core,
    /// The server's address, `http://127.0.0.1:7878`.
    pub url: String,
    /// The API token.
    pub token: String,
    stop: Mutex<Option<oneshot::Sender<()>>>,
}

impl Shop {
    /// Stops the server (its event streams end, requests in flight finish).
    pub fn stop(&self) {
        let stop = self.stop.lock().unwrap_or_else(|p| p.into_inner()).take();
        if let Some(stop) = stop {
            let _ = stop.send(());
        }
    }
}

/// Starts the API on `options.listen` (or a free port when that one is taken), the routine work
/// and notifications whose click opens the window on the conversation.
pub async fn start(
    app: AppHandle,
    core: Core,
    token: String,
    assets: Arc<dyn UiAssets>,
    options: Options,
) -> anyhow::Result<Shop> {
    let listener = match tokio::net::TcpListener::bind(options.listen).await {
        Ok(l) => l,
        Err(e) if options.listen.port() != 0 => {
            tracing::warn!(error = %e, listen = %options.listen,
                "the bridge port is taken; using a free port (bridges must be told the new one)");
            let any = SocketAddr::new(options.listen.ip(), 0);
            tokio::net::TcpListener::bind(any)
                .await
                .with_context(|| format!("listening on {any}"))?
        }
        Err(e) => return Err(e).with_context(|| format!("listening on {}", options.listen)),
    };
    let addr = listener.local_addr()?;
    let url = format!("http://{addr}");
    // The same lines as `owldesk serve`, for bridges and scripts that read them.
    println!("Owldesk is listening on {url}");
    println!("API token: {token}");
    tracing::info!(%url, "the API is up");

    owldesk_server::routine::start(core.clone());
    if options.notifications {
        let click: owldesk_server::desktop::OnClick =
            Arc::new(move |conversation: Option<&str>| {
                window::open_inbox(&app, conversation);
            });
        owldesk_server::desktop::start(core.clone(), Some(click)).await;
    } else {
        tracing::info!("desktop notifications: off (--no-desktop-notifications)");
    }
    let state = AppState::new(core.clone(), token.clone(), addr).for_desktop(assets);
    let (stop, stopped) = oneshot::channel::<()>();
    tokio::spawn(async move {
        let shutdown = async {
            let _ = stopped.await;
        };
        if let Err(e) = owldesk_server::serve(listener, state, shutdown).await {
            tracing::error!(error = %e, "the API stopped");
        }
    });
    Ok(Shop {
        core,
        url,
        token,
        stop: Mutex::new(Some(stop)),
    })
}
