//! The web UI's stages of `cargo xtask test`: [`check`] (install with `npm ci`, the API types'
//! drift, the type check, vitest, the production build) and [`e2e`] (Playwright, through
//! playwright-core, driving the system Chromium against a real `owldesk serve --demo`).
//!
//! The UI's TypeScript types of the API are generated from the OpenAPI document in two committed
//! steps: `owldesk openapi` writes `ui/src/lib/api/openapi.json`, and openapi-typescript turns
//! it into `schema.d.ts` (`npm run gen:api` in `ui/` does both). The drift check redoes both into
//! memory and fails, saying what to run, when either committed file differs.
//!
//! `e2e` keeps its screenshots in `target/e2e-screenshots` (see [`SHOTS`]).

use anyhow::{Context, Result, bail, ensure};
use std::path::{Path, PathBuf};
use std::process::Command;

use crate::{cmd, owldesk};

/// Where the browser tests leave their screenshots, relative to the workspace root.
pub const SHOTS: &str = "target/e2e-screenshots";

/// The oldest Node.js the UI's tools (Vite 7) run on.
const NODE_MIN: (u32, u32) = (20, 19);

fn ui_dir() -> PathBuf {
    cmd::workspace_root().join("ui")
}

fn npm<I: IntoIterator<Item = &'static str>>(args: I) -> Command {
    let mut c = Command::new(if cfg!(windows) { "npm.cmd" } else { "npm" });
    c.args(args).current_dir(ui_dir());
    c
}

/// Node.js is there and new enough.
fn ensure_node() -> Result<()> {
    let version = cmd::output(Command::new("node").arg("--version"))
        .context("Node.js is needed for the web UI (https://nodejs.org, version 20.19 or later)")?;
    let v = version.trim().trim_start_matches('v');
    let mut parts = v.split('.').map(|p| p.parse::<u32>().unwrap_or(0));
    let found = (parts.next().unwrap_or(0), parts.next().unwrap_or(0));
    ensure!(
        found >= NODE_MIN,
        "Node.js {v} is too old for the web UI; {}.{} or later is needed",
        NODE_MIN.0,
        NODE_MIN.1
    );
    Ok(())
}

/// `npm ci` (the committed lock file, exactly), then the UI's own checks and build.
///
/// # Errors
/// The first failing step, named.
pub fn check() -> Result<()> {
    ensure_node()?;
    cmd::run(&mut npm(["ci", "--no-audit", "--no-fund"]))?;
    api_types_drift()?;
    cmd::run(&mut npm(["run", "check"]))?;
    cmd::run(&mut npm(["test"]))?;
    cmd::run(&mut npm(["run", "build"]))
}

/// Installs the UI's packages and builds `ui/dist` (for `cargo xtask run`).
///
/// # Errors
/// When Node.js is missing or too old, or npm fails.
pub fn build() -> Result<()> {
    ensure_node()?;
    cmd::run(&mut npm(["ci", "--no-audit", "--no-fund"]))?;
    cmd::run(&mut npm(["run", "build"]))
}

/// Fails when the committed OpenAPI document or the types generated from it are stale.
fn api_types_drift() -> Result<()> {
    let binary = owldesk::build_as_tested(owldesk::Lock::Locked)?;
    let api = ui_dir().join("src/lib/api");
    let fresh = cmd::output(Command::new(&binary).arg("openapi"))?;
    let committed = read(&api.join("openapi.json"))?;
    if fresh != committed {
        bail!(
            "ui/src/lib/api/openapi.json is not the server's current OpenAPI document; \
             run `npm run gen:api` in ui/ and commit the result"
        );
    }
    let tmp = std::env::temp_dir().join(format!("owldesk-schema-{}.d.ts", std::process::id()));
    let mut gen_types = Command::new(ui_dir().join("node_modules/.bin/openapi-typescript"));
    gen_types
        .arg(api.join("openapi.json"))
        .arg("-o")
        .arg(&tmp)
        .current_dir(ui_dir());
    cmd::output(&mut gen_types)?;
    let generated = read(&tmp)?;
    let _ = std::fs::remove_file(&tmp);
    if generated != read(&api.join("schema.d.ts"))? {
        bail!(
            "ui/src/lib/api/schema.d.ts is stale; run `npm run gen:api` in ui/ and commit the result"
        );
    }
    println!("API types: ui/src/lib/api/openapi.json and schema.d.ts match the server");
    Ok(())
}

fn read(path: &Path) -> Result<String> {
    std::fs::read_to_string(path).with_context(|| format!("reading {}", path.display()))
}

/// The browser tests of `tests/e2e`, one file at a time, against the `owldesk` binary.
///
/// # Errors
/// When Chromium is missing or a test fails.
pub fn e2e() -> Result<()> {
    let chromium = std::env::var_os("OWLDESK_CHROMIUM")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from("/usr/bin/chromium"));
    ensure!(
        chromium.is_file(),
        "the browser tests need Chromium at {} (Debian: `apt-get install chromium`; \
         elsewhere set OWLDESK_CHROMIUM to a Chromium or Chrome binary)",
        chromium.display()
    );
    ensure!(
        ui_dir().join("dist/index.html").is_file(),
        "ui/dist is not built; the `web UI` stage builds it"
    );
    let binary = owldesk::build_as_tested(owldesk::Lock::Locked)?;
    let root = cmd::workspace_root();
    let shots = root.join(SHOTS);
    std::fs::create_dir_all(&shots).with_context(|| format!("creating {}", shots.display()))?;
    let mut files: Vec<PathBuf> = std::fs::read_dir(root.join("tests/e2e"))
        .context("reading tests/e2e")?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.to_string_lossy().ends_with(".test.mjs"))
        .collect();
    files.sort();
    let mut node = Command::new("node");
    node.args(["--test", "--test-concurrency=1"])
        .args(&files)
        .env("OWLDESK_BIN", &binary)
        .env("OWLDESK_CHROMIUM", &chromium)
        .env("OWLDESK_E2E_SHOTS", &shots)
        .current_dir(&root);
    cmd::run(&mut node)?;
    println!("screenshots: {}", shots.display());
    Ok(())
}
