//! The desktop app (`src-tauri/`, package `owldesk-desktop`): its end-to-end test in a real window
//! ([`e2e`]), its installers ([`bundle`]) and finding its binary.
//!
//! The window test (`tests/desktop/`) runs the debug app under a virtual display (`xvfb-run`)
//! and a private session bus (`dbus-run-session`), with dunst as the notification daemon and
//! tauri-driver (installed with `cargo install` when missing) driving WebKitWebDriver, as
//! `../shared/recipes/desktop-testing.md` records. Bundles are made by the Tauri CLI, a dev
//! dependency of `ui/`.

use anyhow::{Context, Result, ensure};
use std::path::PathBuf;
use std::process::Command;

use crate::{cmd, owldesk, ui};

/// The desktop app's package and binary.
pub const PACKAGE: &str = "owldesk-desktop";

/// Where cargo puts the desktop binary of `profile` (`debug`, `release`).
pub fn binary_path(profile: &str) -> PathBuf {
    owldesk::target_dir()
        .join(profile)
        .join(format!("{PACKAGE}{}", std::env::consts::EXE_SUFFIX))
}

/// Builds the desktop app (debug, the UI first: Tauri embeds `ui/dist`) and returns its binary.
///
/// # Errors
/// When the UI or the app does not build.
pub fn build(lock: owldesk::Lock) -> Result<PathBuf> {
    ui::build()?;
    let mut build = cmd::cargo(["build", "-p", PACKAGE]);
    if lock == owldesk::Lock::Locked {
        build.arg("--locked");
    }
    cmd::run(&mut build).context("could not build the desktop app")?;
    Ok(binary_path("debug"))
}

/// tauri-driver: on PATH, in cargo's bin folder, or installed now.
fn tauri_driver() -> Result<PathBuf> {
    let in_cargo_home = std::env::var_os("CARGO_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".cargo")))
        .map(|home| home.join("bin").join("tauri-driver"));
    for candidate in [Some(PathBuf::from("tauri-driver")), in_cargo_home.clone()]
        .into_iter()
        .flatten()
    {
        if cmd::succeeds(Command::new(&candidate).arg("--help")) {
            return Ok(candidate);
        }
    }
    println!("tauri-driver is not installed; installing it");
    cmd::run(&mut cmd::cargo(["install", "tauri-driver", "--locked"]))
        .context("could not install tauri-driver")?;
    in_cargo_home.context("no home directory to find cargo's bin folder in")
}

/// The window test of `tests/desktop` against the debug desktop app (Linux only: WebKitGTK's
/// WebDriver; Windows and macOS have no equivalent that tauri-driver can use here).
///
/// # Errors
/// When a tool is missing or a test fails.
pub fn e2e() -> Result<()> {
    if !cfg!(target_os = "linux") {
        println!("the desktop window test runs on Linux only (WebKitWebDriver); skipped");
        return Ok(());
    }
    for tool in ["xvfb-run", "dbus-run-session", "dunst", "WebKitWebDriver"] {
        ensure!(
            cmd::succeeds(Command::new("sh").args(["-c", &format!("command -v {tool}")])),
            "the desktop window test needs `{tool}` (Debian: the xvfb, dbus, dunst and \
             webkit2gtk-driver packages; the system prerequisites stage installs them as root)"
        );
    }
    let driver = tauri_driver()?;
    // The app's binary, with the features of the test run's build (so nothing is rebuilt).
    let mut build = cmd::cargo(["build", "--workspace", "--tests", "--bins", "--locked"]);
    cmd::run(&mut build).context("could not build the desktop app")?;
    let app = binary_path("debug");
    ensure!(app.is_file(), "{} was not built", app.display());
    let root = cmd::workspace_root();
    let shots = root.join(ui::SHOTS);
    std::fs::create_dir_all(&shots).with_context(|| format!("creating {}", shots.display()))?;
    let mut run = Command::new("xvfb-run");
    run.args([
        "-a",
        "-s",
        "-screen 0 1280x800x24",
        "dbus-run-session",
        "--",
    ])
    .args([
        "node",
        "--test",
        "--test-concurrency=1",
        "tests/desktop/window.test.mjs",
    ])
    .env("OWLDESK_DESKTOP_BIN", &app)
    .env("OWLDESK_E2E_SHOTS", &shots)
    .env("TAURI_DRIVER", &driver)
    // English UI and tray; WebKit's accessibility bus is not needed.
    .env("LANGUAGE", "en")
    .env("NO_AT_BRIDGE", "1")
    .current_dir(&root);
    cmd::run(&mut run)?;
    println!("screenshots: {}", shots.display());
    Ok(())
}

/// `cargo xtask bundle`: the installers of this platform, made by the Tauri CLI — on Linux the
/// `.deb` (the AppImage would download a tool, which this project never does at build time), on
/// Windows the `.msi` and NSIS installer, on macOS the `.app` and `.dmg`. `debug` bundles the
/// debug build (quicker; what the test run checks).
///
/// # Errors
/// When the UI, the app or the bundle does not build, or the `.deb` lacks the app.
pub fn bundle(debug: bool) -> Result<()> {
    ui::build()?;
    let cli = cmd::workspace_root()
        .join("ui/node_modules/.bin")
        .join(if cfg!(windows) { "tauri.cmd" } else { "tauri" });
    let mut tauri = Command::new(&cli);
    tauri
        .args(["build", "--ci"])
        .current_dir(cmd::workspace_root().join("src-tauri"));
    if debug {
        tauri.arg("--debug");
    }
    if cfg!(target_os = "linux") {
        tauri.args(["--bundles", "deb"]);
    }
    cmd::run(&mut tauri).context("the Tauri CLI could not bundle the app")?;
    let dir = owldesk::target_dir()
        .join(if debug { "debug" } else { "release" })
        .join("bundle");
    if cfg!(target_os = "linux") {
        check_deb(&dir.join("deb"))?;
    }
    println!("bundles: {}", dir.display());
    Ok(())
}

/// The `.deb` holds the program, its menu entry and its icon.
fn check_deb(dir: &std::path::Path) -> Result<()> {
    let deb = std::fs::read_dir(dir)
        .with_context(|| format!("reading {}", dir.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .find(|p| p.extension().is_some_and(|e| e == "deb"))
        .with_context(|| format!("no .deb in {}", dir.display()))?;
    let contents = cmd::output(Command::new("dpkg-deb").arg("--contents").arg(&deb))?;
    for wanted in [
        "usr/bin/owldesk-desktop",
        "usr/share/applications/Owldesk.desktop",
        "usr/share/icons/hicolor/128x128/apps/owldesk-desktop.png",
    ] {
        ensure!(
            contents.contains(wanted),
            "{} lacks {wanted}:\n{contents}",
            deb.display()
        );
    }
    println!(
        "{}: the program, its menu entry and its icon are in",
        deb.display()
    );
    Ok(())
}
