//! `cargo xtask`: the README's two commands, written in Rust so they work the same on Linux,
//! macOS and Windows.
//!
//! - `cargo xtask run [-- ARGS]` builds Owldesk and runs it with a demo shop ([`run`]).
//! - `cargo xtask test [--quick]` runs every check, in order, stopping at the first failure
//!   ([`test`]).
//! - `cargo xtask bundle [--debug]` builds the desktop app's installers ([`desktop`]).
//!
//! Both start by making sure the system packages the build needs are there ([`system`]). This is
//! a developer tool, not part of the product: it only drives `cargo`, `apt-get` and the `owldesk`
//! binary through plain processes ([`cmd`]). To add a command, add a variant to [`Command`] and a
//! module with one public entry point.

mod cmd;
mod desktop;
mod eval;
mod eval_floor;
mod owldesk;
mod run;
mod system;
mod test;
mod ui;

use clap::{Parser, Subcommand};

/// Owldesk's developer commands.
#[derive(Debug, Parser)]
#[command(
    name = "xtask",
    bin_name = "cargo xtask",
    about = "Owldesk's developer commands: run, test and bundle"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

/// The commands of the README.
#[derive(Debug, Subcommand)]
enum Command {
    /// Build the desktop app and run it with a demo shop (without a display: `owldesk serve`).
    Run {
        /// Extra arguments passed to the app (or `owldesk serve`), after `--`
        /// (e.g. `cargo xtask run -- --listen 127.0.0.1:8080`).
        #[arg(last = true)]
        args: Vec<String>,
    },
    /// Run every check and test, in order, stopping at the first failure.
    Test {
        /// Skip the slowest checks (clippy, the desktop bundle).
        #[arg(long)]
        quick: bool,
    },
    /// Build the desktop app's installers (Linux: .deb; Windows: .msi and NSIS; macOS: .dmg).
    Bundle {
        /// Bundle the debug build (quicker; for checking the packaging).
        #[arg(long)]
        debug: bool,
    },
}

fn main() {
    let cli = Cli::parse();
    let outcome = match cli.command {
        Command::Run { args } => run::run(&args),
        Command::Test { quick } => test::test(test::Options { quick }),
        Command::Bundle { debug } => {
            system::ensure_prerequisites().and_then(|()| desktop::bundle(debug))
        }
    };
    if let Err(err) = outcome {
        eprintln!("\nxtask: error: {err:#}");
        std::process::exit(1);
    }
}
