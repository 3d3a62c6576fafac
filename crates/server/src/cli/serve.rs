//! `owldesk serve`: open the shop and run the HTTP API on loopback until Ctrl-C.

use anyhow::{Context, bail};
use clap::Args;
use owldesk_core::Core;
use owldesk_server::{AppState, token};
use std::io::Write;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Duration;

use super::DataDir;

/// Arguments of `owldesk serve`.
#[derive(Args, Debug)]
pub struct ServeArgs {
    #[command(flatten)]
    data: DataDir,
    /// Address to listen on (loopback only; port 0 picks a free port).
    #[arg(long, default_value = "127.0.0.1:7878")]
    listen: SocketAddr,
    /// Fill an empty shop with the demo shop 青禾童装.
    #[arg(long)]
    demo: bool,
    /// The built web UI to serve at `/` (default: `ui/dist` of the source tree, or
    /// `OWLDESK_UI_DIR`).
    #[arg(long, env = "OWLDESK_UI_DIR")]
    ui_dir: Option<PathBuf>,
    /// Do not show desktop notifications (they are on when a notification daemon answers on
    /// the session bus).
    #[arg(long)]
    no_desktop_notifications: bool,
}

/// Runs the server.
pub fn run(args: ServeArgs) -> anyhow::Result<ExitCode> {
    tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_env("OWLDESK_LOG")
                .unwrap_or_else(|_| "owldesk=info,warn".into()),
        )
        .with_writer(std::io::stderr)
        .init();
    if !args.listen.ip().is_loopback() {
        bail!(
            "refusing to listen on {}: Owldesk serves on loopback only (127.0.0.1 or [::1])",
            args.listen
        );
    }
    let dir = args.data.resolve()?;
    let core =
        Core::open(&dir).with_context(|| format!("opening the shop in {}", dir.display()))?;
    if args.demo && core.seed_demo()? {
        eprintln!("filled the shop with the demo shop 青禾童装");
    }
    let token = token::load_or_create(&dir)?;
    let rt = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()?;
    rt.block_on(async move {
        let listener = tokio::net::TcpListener::bind(args.listen)
            .await
            .with_context(|| format!("listening on {}", args.listen))?;
        let addr = listener.local_addr()?;
        let mut out = std::io::stdout().lock();
        writeln!(out, "Owldesk is listening on http://{addr}")?;
        writeln!(out, "API token: {token}")?;
        writeln!(out, "data: {}", dir.display())?;
        // The UI reads the token from the link's fragment (never sent to the server) and
        // remembers it, so this link signs the browser in.
        writeln!(out, "web UI: http://{addr}/#token={token}")?;
        out.flush()?;
        drop(out);
        tokio::spawn(tick_forever(core.clone()));
        owldesk_core::alerts::spawn_alerts(core.clone(), owldesk_core::alerts::Backoff::default());
        if args.no_desktop_notifications {
            tracing::info!("desktop notifications: off (--no-desktop-notifications)");
        } else {
            desktop_notifications(core.clone(), format!("http://{addr}")).await;
        }
        let ui_dir = args.ui_dir.unwrap_or_else(owldesk_server::ui::default_dir);
        let state = AppState::new(core, token, addr).with_ui_dir(ui_dir);
        owldesk_server::serve(listener, state, async {
            let _ = tokio::signal::ctrl_c().await;
        })
        .await?;
        Ok(ExitCode::SUCCESS)
    })
}

/// How often the shop's clock-driven work runs (the response guard's precision).
const TICK_EVERY: Duration = Duration::from_secs(5);

/// Runs [`Core::tick`] periodically: snoozes waking, the response-time guard, auto-resolve,
/// override expiry and the morning briefing. The time comes from the core's clock.
async fn tick_forever(core: Core) {
    let mut tick = tokio::time::interval(TICK_EVERY);
    tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    loop {
        tick.tick().await;
        let c = core.clone();
        match tokio::task::spawn_blocking(move || c.tick()).await {
            Ok(Ok(_)) => {}
            Ok(Err(e)) => tracing::warn!(error = %e, "the periodic tick failed"),
            Err(e) => tracing::warn!(error = %e, "the periodic tick panicked"),
        }
    }
}

/// Starts desktop notifications when a notification daemon answers; logs why not otherwise.
async fn desktop_notifications(core: Core, ui: String) {
    use owldesk_server::desktop::DesktopNotifier;
    match tokio::task::spawn_blocking(move || DesktopNotifier::probe(Some(ui))).await {
        Ok(Ok((notifier, daemon))) => {
            tracing::info!(%daemon, "desktop notifications: on");
            owldesk_core::notifier::spawn_notifications(
                core,
                std::sync::Arc::new(notifier),
                owldesk_core::notifier::NOTIFY_TICK,
            );
        }
        Ok(Err(e)) => tracing::info!(reason = %e, "desktop notifications: off"),
        Err(e) => tracing::warn!(error = %e, "desktop notifications: off (the check panicked)"),
    }
}
