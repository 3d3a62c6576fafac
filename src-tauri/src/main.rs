//! Owldesk's desktop app (夜猫客服): a thin Tauri shell around the shop.
//!
//! The shell opens the shop (the core on its SQLite file), runs the HTTP API in-process on
//! 127.0.0.1 ([`shop`]), and shows the web UI in a window that loads it from that server (same
//! origin as in a browser, so the UI code is the same; the token comes in the URL's fragment,
//! like the `web UI:` link of `owldesk serve`). Everything the shop does is the core's and the
//! server's; the shell only adds what a desktop program needs: the window that hides to the tray
//! ([`window`]), the tray with the mode and the number of waiting escalations ([`tray`]),
//! notifications that open the window on a click, one instance at a time, start at login and
//! keeping the computer awake ([`power`]).
//!
//! To add a tray action: a menu item in [`tray`] and one core call in its handler.

// A release build on Windows opens no console window beside the app.
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

mod assets;
mod power;
mod shop;
mod tray;
mod window;
mod words;

use std::net::SocketAddr;
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Context;
use clap::Parser;
use owldesk_core::Core;
use tauri::{Manager, RunEvent};

/// Owldesk's desktop app.
#[derive(Debug, Parser)]
#[command(
    name = "owldesk-desktop",
    version,
    about = "Owldesk (夜猫客服): the desktop app"
)]
struct Args {
    /// The data directory (default: the platform's data directory for Owldesk, as `owldesk`).
    #[arg(long, env = "OWLDESK_DATA_DIR")]
    data_dir: Option<PathBuf>,
    /// Fill an empty shop with the demo shop 青禾童装.
    #[arg(long)]
    demo: bool,
    /// Where the API listens for the chat bridges (loopback only; when the port is taken, a free
    /// one is used and the log says which; port 0 always picks a free one).
    #[arg(long, env = "OWLDESK_LISTEN", default_value = "127.0.0.1:7878")]
    listen: SocketAddr,
    /// Start in the tray without showing the window (how it starts at login).
    #[arg(long)]
    hidden: bool,
    /// Do not show desktop notifications.
    #[arg(long)]
    no_desktop_notifications: bool,
}

fn main() -> ExitCode {
    let args = Args::parse();
    tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_env("OWLDESK_LOG")
                .unwrap_or_else(|_| "owldesk=info,owldesk_desktop=info,warn".into()),
        )
        .with_writer(std::io::stderr)
        .init();
    match run(args) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("owldesk-desktop: error: {e:#}");
            ExitCode::FAILURE
        }
    }
}

fn run(args: Args) -> anyhow::Result<()> {
    if !args.listen.ip().is_loopback() {
        anyhow::bail!(
            "refusing to listen on {}: Owldesk serves on loopback only (127.0.0.1 or [::1])",
            args.listen
        );
    }
    let explicit_dir = args.data_dir.clone();
    let dir = match args.data_dir {
        Some(d) => d,
        None => owldesk_server::default_data_dir()
            .context("no home directory to keep the data in; pass --data-dir")?,
    };
    std::fs::create_dir_all(&dir)
        .with_context(|| format!("creating the data directory {}", dir.display()))?;
    let core =
        Core::open(&dir).with_context(|| format!("opening the shop in {}", dir.display()))?;
    if args.demo && core.seed_demo()? {
        tracing::info!("filled the shop with the demo shop 青禾童装");
    }
    let token = owldesk_server::token::load_or_create(&dir)?;
    let options = shop::Options {
        listen: args.listen,
        notifications: !args.no_desktop_notifications,
    };
    let show = !args.hidden;

    let app = tauri::Builder::default()
        // First: a second launch hands over to this one and exits before anything else starts.
        .plugin(tauri_plugin_single_instance::init(|app, _argv, _cwd| {
            tracing::info!("Owldesk was started again: showing this window instead");
            window::show(app);
        }))
        .plugin(tauri_plugin_autostart::init(
            tauri_plugin_autostart::MacosLauncher::LaunchAgent,
            Some(power::login_args(explicit_dir.as_deref())),
        ))
        .plugin(
            tauri_plugin_window_state::Builder::default()
                .with_state_flags(
                    tauri_plugin_window_state::StateFlags::all()
                        - tauri_plugin_window_state::StateFlags::VISIBLE,
                )
                .build(),
        )
        .setup(move |app| {
            let handle = app.handle().clone();
            let assets = assets::Embedded::new(&handle);
            let shop = tauri::async_runtime::block_on(shop::start(
                handle.clone(),
                core,
                token,
                assets,
                options,
            ))?;
            window::create(&handle, &shop, show)?;
            tray::create(&handle)?;
            app.manage(shop);
            power::spawn_status(handle);
            Ok(())
        })
        .on_window_event(window::on_event)
        .build(tauri::generate_context!())
        .context("starting the desktop app")?;
    app.run(|app, event| match event {
        // Closing the window hides it; the app lives in the tray until Quit.
        RunEvent::ExitRequested {
            api, code: None, ..
        } => api.prevent_exit(),
        RunEvent::Exit => {
            if let Some(shop) = app.try_state::<shop::Shop>() {
                shop.stop();
            }
        }
        _ => {}
    });
    Ok(())
}
