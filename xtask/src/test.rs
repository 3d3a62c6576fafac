//! `cargo xtask test`: every check, in order, stopping at the first failure.
//!
//! The checks are a list of [`Stage`]s built by [`stages`]; each has a name and a function. The
//! runner prints each stage's name and how long it took, and a failure names the stage. The web
//! UI's checks and the browser end-to-end tests are stages of their own (see [`ui`]). To add a
//! check, write a `fn() -> Result<()>` and put it in the list where it belongs: cheap checks
//! first, so a mistake fails fast.

use anyhow::{Context, Result};
use std::time::{Duration, Instant};

use crate::{cmd, desktop, eval, system, ui};

/// How `cargo xtask test` was asked to run.
#[derive(Debug, Clone, Copy, Default)]
pub struct Options {
    /// Skip clippy (the slowest static check) for a faster loop while working.
    pub quick: bool,
}

/// One named check.
struct Stage {
    /// Short name, shown in progress and in a failure.
    name: &'static str,
    /// Left out by `--quick`.
    slow: bool,
    /// Does the check; an error fails the run.
    run: fn() -> Result<()>,
}

/// The checks, in the order they run.
fn stages(options: &Options) -> Vec<Stage> {
    let mut stages: Vec<Stage> = vec![
        Stage {
            name: "system prerequisites",
            slow: false,
            run: system::ensure_prerequisites,
        },
        Stage {
            name: "format",
            slow: false,
            run: || cmd::run(&mut cmd::cargo(["fmt", "--all", "--check"])),
        },
        Stage {
            // Before anything compiles the desktop app: Tauri embeds `ui/dist` at compile time.
            name: "web UI build",
            slow: false,
            run: ui::build,
        },
        Stage {
            name: "clippy",
            slow: true,
            run: || {
                cmd::run(&mut cmd::cargo([
                    "clippy",
                    "--workspace",
                    "--all-targets",
                    "--locked",
                    "--",
                    "-D",
                    "warnings",
                ]))
            },
        },
        Stage {
            name: "tests (nextest)",
            slow: false,
            run: nextest,
        },
        Stage {
            name: "doc tests",
            slow: false,
            run: || {
                cmd::run(&mut cmd::cargo([
                    "test",
                    "--workspace",
                    "--doc",
                    "--locked",
                ]))
            },
        },
        Stage {
            name: "web UI",
            slow: false,
            run: ui::check,
        },
        Stage {
            name: "browser e2e",
            slow: false,
            run: ui::e2e,
        },
        Stage {
            name: "desktop e2e",
            slow: false,
            run: desktop::e2e,
        },
        Stage {
            name: "desktop bundle (.deb)",
            slow: true,
            run: || desktop::bundle(true),
        },
        Stage {
            name: "eval smoke check",
            slow: false,
            run: eval::smoke_check,
        },
    ];
    if options.quick {
        stages.retain(|s| !s.slow);
    }
    stages
}

/// Runs every stage in order and stops at the first failure.
///
/// # Errors
/// The first failing stage, named, with its cause.
pub fn test(options: Options) -> Result<()> {
    let stages = stages(&options);
    let total = stages.len();
    let started = Instant::now();
    let mut timings = Vec::with_capacity(total);
    for (i, stage) in stages.iter().enumerate() {
        println!("\n==> [{}/{total}] {}", i + 1, stage.name);
        let t = Instant::now();
        let outcome = (stage.run)();
        let elapsed = t.elapsed();
        if let Err(err) = outcome {
            println!("<== {} FAILED after {}", stage.name, secs(elapsed));
            let skipped = match total - (i + 1) {
                0 => String::new(),
                n => format!(" ({n} later stage(s) did not run)"),
            };
            return Err(err).context(format!(
                "stage {}/{total} `{}` failed{skipped}",
                i + 1,
                stage.name
            ));
        }
        println!("<== {} ok in {}", stage.name, secs(elapsed));
        timings.push((stage.name, elapsed));
    }
    println!(
        "\nall {total} stages passed in {}:",
        secs(started.elapsed())
    );
    for (name, elapsed) in timings {
        println!("  {name:<24} {:>8}", secs(elapsed));
    }
    if options.quick {
        println!("(--quick: clippy and the bundle were skipped)");
    }
    Ok(())
}

/// `cargo nextest run`, installing cargo-nextest first if it is missing.
fn nextest() -> Result<()> {
    if !cmd::succeeds(&mut cmd::cargo(["nextest", "--version"])) {
        println!("cargo-nextest is not installed; installing it");
        cmd::run(&mut cmd::cargo(["install", "cargo-nextest", "--locked"]))
            .context("could not install cargo-nextest")?;
    }
    cmd::run(&mut cmd::cargo([
        "nextest",
        "run",
        "--workspace",
        "--locked",
    ]))
}

fn secs(d: Duration) -> String {
    format!("{:.1}s", d.as_secs_f64())
}
