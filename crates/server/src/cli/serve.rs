//! `owldesk serve`: open the shop and run the HTTP API on loopback until Ctrl-C.

use anyhow::{Context, bail};
use clap::Args;
use owldesk_core::Core;
use owldesk_server::{AppState, desktop, token};
use std::io::Write;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::process::ExitCode;

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
        owldesk_server::routine::start(core.clone());
        if args.no_desktop_notifications {
            tracing::info!("desktop notifications: off (--no-desktop-notifications)");
        } else {
            let click = desktop::open_in_browser(format!("http://{addr}"));
            desktop::start(core.clone(), Some(click)).await;
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
