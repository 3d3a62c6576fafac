//! The `owldesk` binary: building it and finding it.
//!
//! Both `cargo xtask run` and the eval smoke check of `cargo xtask test` need the command-line
//! program of the `owldesk-server` package; this is the one place that knows its package, its
//! name and where cargo puts it.

use anyhow::{Context, Result};
use std::path::PathBuf;

use crate::cmd;

/// The package that holds the `owldesk` binary.
const PACKAGE: &str = "owldesk-server";

/// How to build: `--locked` in checks (the lock file must be up to date), not for a developer
/// trying things out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lock {
    /// Pass `--locked`: fail if `Cargo.lock` needs changing.
    Locked,
    /// Let cargo update `Cargo.lock` if it must.
    Unlocked,
}

/// Builds `owldesk` (debug profile) and returns the path of the binary.
///
/// # Errors
/// When the build fails.
pub fn build(lock: Lock) -> Result<PathBuf> {
    build_with(cmd::cargo(["build", "-p", PACKAGE]), lock)
}

/// Builds `owldesk` the way the test run builds it (the workspace's test targets, so features
/// are unified with the dev-dependencies exactly as under `cargo nextest run --workspace`): right
/// after the tests this is a no-op instead of a second build of half the dependency tree.
///
/// # Errors
/// When the build fails.
pub fn build_as_tested(lock: Lock) -> Result<PathBuf> {
    build_with(cmd::cargo(["build", "--workspace", "--tests"]), lock)
}

fn build_with(mut build: std::process::Command, lock: Lock) -> Result<PathBuf> {
    if lock == Lock::Locked {
        build.arg("--locked");
    }
    cmd::run(&mut build).context("could not build owldesk")?;
    let binary = binary_path();
    anyhow::ensure!(
        binary.is_file(),
        "the build succeeded but {} does not exist",
        binary.display()
    );
    Ok(binary)
}

/// Cargo's target directory (honouring `CARGO_TARGET_DIR`).
pub fn target_dir() -> PathBuf {
    let root = cmd::workspace_root();
    std::env::var_os("CARGO_TARGET_DIR")
        .map(|dir| root.join(dir)) // an absolute dir replaces the root
        .unwrap_or_else(|| root.join("target"))
}

/// Where cargo puts the debug `owldesk` binary.
fn binary_path() -> PathBuf {
    target_dir()
        .join("debug")
        .join(format!("owldesk{}", std::env::consts::EXE_SUFFIX))
}
