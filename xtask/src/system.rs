//! System prerequisites: the operating-system packages the build needs beyond Rust.
//!
//! On Debian and Ubuntu, when running as root (a fresh container, a CI runner), the missing
//! packages of [`APT_PACKAGES`] are installed with `apt-get`. Anywhere else on Linux nothing is
//! installed: we say what may be missing and carry on, and the build will tell if it really is.
//! On Windows and macOS the Rust toolchain (and Node, for the UI) is all that is needed, so this
//! does nothing there.
//!
//! To need another package, add its Debian name to [`APT_PACKAGES`].

use anyhow::{Context, Result};
use std::path::Path;
use std::process::Command;

use crate::cmd;

/// The Debian packages the build needs: a C toolchain (for SQLite and other C code built by
/// crates), pkg-config (to find system libraries), curl (to fetch tools), the libraries of the
/// Tauri desktop app (WebKitGTK 4.1, GTK 3, the tray's appindicator, librsvg, libsoup 3, OpenSSL,
/// libxdo; `file` and `xdg-utils` for bundling and opening links), for the browser tests Chromium
/// with a font that has Chinese characters, and for the real-notification and window tests a
/// virtual display (xvfb, xauth for `xvfb-run`, x11-utils for `xdpyinfo`), a private session bus
/// (dbus: `dbus-run-session`, `dbus-send`, `dbus-monitor`), dunst as the notification daemon and
/// WebKitWebDriver (webkit2gtk-driver) (`../shared/recipes/desktop-testing.md`). Node.js is not
/// here: Debian's is too old for the UI's tools, so it must come from nodejs.org or a newer
/// distribution.
pub const APT_PACKAGES: &[&str] = &[
    "build-essential",
    "pkg-config",
    "curl",
    "file",
    "xdg-utils",
    "libwebkit2gtk-4.1-dev",
    "libjavascriptcoregtk-4.1-dev",
    "libsoup-3.0-dev",
    "libgtk-3-dev",
    "librsvg2-dev",
    "libayatana-appindicator3-dev",
    "libssl-dev",
    "libxdo-dev",
    "webkit2gtk-driver",
    "chromium",
    "fonts-noto-cjk",
    "xvfb",
    "xauth",
    "x11-utils",
    "dbus",
    "dunst",
];

/// Makes sure the system packages are present, installing the missing ones where we can.
///
/// # Errors
/// When `apt-get` fails while installing missing packages as root on Debian.
pub fn ensure_prerequisites() -> Result<()> {
    if !cfg!(target_os = "linux") {
        println!("system prerequisites: nothing to check on this platform");
        return Ok(());
    }
    if !Path::new("/etc/debian_version").exists() {
        println!(
            "system prerequisites: not a Debian system; make sure the equivalents of these \
             Debian packages are installed: {}",
            APT_PACKAGES.join(" ")
        );
        return Ok(());
    }
    let missing = missing_packages();
    if missing.is_empty() {
        println!(
            "system prerequisites: all installed ({})",
            APT_PACKAGES.join(", ")
        );
        return Ok(());
    }
    if !is_root() {
        println!(
            "system prerequisites: these packages seem to be missing: {0}\n\
             (not root, so not installing them; run `sudo apt-get install -y {0}` if the build fails)",
            missing.join(" ")
        );
        return Ok(());
    }
    println!("system prerequisites: installing {}", missing.join(" "));
    install(&missing)
}

/// The packages of [`APT_PACKAGES`] that dpkg does not report as installed.
fn missing_packages() -> Vec<&'static str> {
    APT_PACKAGES
        .iter()
        .copied()
        .filter(|pkg| !is_installed(pkg))
        .collect()
}

fn is_installed(pkg: &str) -> bool {
    // `install ok installed` when present; `deinstall ok config-files` and the like, or an
    // error for a package dpkg never heard of, when not.
    cmd::output(
        Command::new("dpkg-query")
            .args(["-W", "-f=${Status}", pkg])
            .stderr(std::process::Stdio::null()),
    )
    .is_ok_and(|status| status.split_whitespace().last() == Some("installed"))
}

fn is_root() -> bool {
    match cmd::output(Command::new("id").arg("-u")) {
        Ok(uid) => uid.trim() == "0",
        Err(_) => std::env::var("USER").is_ok_and(|user| user == "root"),
    }
}

fn install(packages: &[&str]) -> Result<()> {
    cmd::run(
        Command::new("apt-get")
            .arg("update")
            .env("DEBIAN_FRONTEND", "noninteractive"),
    )
    .context("could not update the apt package lists")?;
    cmd::run(
        Command::new("apt-get")
            .args(["install", "-y", "--no-install-recommends"])
            .args(packages)
            .env("DEBIAN_FRONTEND", "noninteractive"),
    )
    .with_context(|| format!("could not install {}", packages.join(" ")))
}
