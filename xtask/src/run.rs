//! `cargo xtask run`: build Owldesk and run it with a demo shop.
//!
//! This builds the web UI (`npm ci`, `npm run build` in `ui/`) and the desktop app
//! (`owldesk-desktop`, which embeds the UI) and starts it on the demo shop. The demo shop lives in
//! its own data directory, so trying Owldesk never touches a real shop's data. Where there is no
//! desktop to show a window on (Linux without `DISPLAY` or `WAYLAND_DISPLAY`: a server, SSH), it
//! runs the headless server (`owldesk serve --demo`) instead and says so; that prints the URL and
//! API token to open in a browser.

use anyhow::{Context, Result};
use std::path::{Path, PathBuf};
use std::process::Command;

use crate::{cmd, desktop, owldesk, system, ui};

/// The environment variable that names the data directory (the `owldesk` binary honours it too).
const DATA_DIR_ENV: &str = "OWLDESK_DATA_DIR";

/// Builds Owldesk and runs it on the demo shop, passing `extra` to the app (or to
/// `owldesk serve`); returns when Owldesk exits.
///
/// # Errors
/// When the build fails, the data directory cannot be made, or Owldesk exits unsuccessfully.
pub fn run(extra: &[String]) -> Result<()> {
    system::ensure_prerequisites()?;
    let data_dir = demo_data_dir()?;
    std::fs::create_dir_all(&data_dir)
        .with_context(|| format!("could not create the data directory {}", data_dir.display()))?;
    launch(&data_dir, extra)
}

/// True where a window can be shown.
fn has_display() -> bool {
    !cfg!(target_os = "linux")
        || ["DISPLAY", "WAYLAND_DISPLAY"]
            .iter()
            .any(|v| std::env::var_os(v).is_some_and(|d| !d.is_empty()))
}

/// Builds and starts Owldesk on `data_dir` and waits for it: the desktop app, or the headless
/// server where no window can be shown.
fn launch(data_dir: &Path, extra: &[String]) -> Result<()> {
    if !has_display() {
        println!(
            "no display (DISPLAY and WAYLAND_DISPLAY are unset): running the headless server              instead of the desktop app; open the `web UI:` link it prints in a browser"
        );
        return serve(data_dir, extra);
    }
    let app = desktop::build(owldesk::Lock::Unlocked)?;
    println!("demo shop data: {}", data_dir.display());
    println!(
        "starting the desktop app; closing its window keeps it in the tray (Quit is in the tray's menu)"
    );
    let mut run = Command::new(app);
    run.arg("--demo")
        .arg("--data-dir")
        .arg(data_dir)
        .args(extra)
        .current_dir(cmd::workspace_root());
    cmd::run(&mut run)
}

/// Builds and runs `owldesk serve --demo` on `data_dir`.
fn serve(data_dir: &Path, extra: &[String]) -> Result<()> {
    if let Err(e) = ui::build() {
        println!(
            "the web UI was not built ({e:#}); the API still runs, and / says how to build it"
        );
    }
    let binary = owldesk::build(owldesk::Lock::Unlocked)?;
    println!("demo shop data: {}", data_dir.display());
    let mut serve = Command::new(binary);
    serve
        .arg("serve")
        .arg("--demo")
        .arg("--data-dir")
        .arg(data_dir)
        .args(extra)
        .current_dir(cmd::workspace_root());
    cmd::run(&mut serve)
}

/// `OWLDESK_DATA_DIR` if set, else the `demo` folder inside the data directory `owldesk` uses by
/// default (`~/.local/share/owldesk/demo` on Linux,
/// `~/Library/Application Support/com.Owldesk.Owldesk/demo` on macOS,
/// `%APPDATA%\Owldesk\Owldesk\data\demo` on Windows), so the demo never mixes with a real shop.
fn demo_data_dir() -> Result<PathBuf> {
    if let Some(dir) = std::env::var_os(DATA_DIR_ENV).filter(|d| !d.is_empty()) {
        return Ok(PathBuf::from(dir));
    }
    // Keep in step with `DataDir::resolve` in crates/server/src/cli/mod.rs.
    let dirs = directories::ProjectDirs::from("com", "Owldesk", "Owldesk").context(
        "could not find your home directory; set OWLDESK_DATA_DIR to choose a data directory",
    )?;
    Ok(dirs.data_dir().join("demo"))
}
