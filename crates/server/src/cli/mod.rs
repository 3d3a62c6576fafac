//! The subcommands of `owldesk`, one module each, and what they share (the data directory).

pub mod ask;
pub mod data;
pub mod eval;
pub mod openapi;
pub mod serve;
pub mod simulate;

use anyhow::Context;
use clap::Args;
use std::io::Write;
use std::path::PathBuf;

/// Writes `line` and a line break to standard output. A reader that went away (`owldesk eval
/// --json | head`) is an error [`is_closed_output`] recognises, so the command stops quietly
/// instead of panicking the way `println!` does.
pub fn print_line(line: impl std::fmt::Display) -> anyhow::Result<()> {
    let mut out = std::io::stdout().lock();
    writeln!(out, "{line}")?;
    out.flush()?;
    Ok(())
}

/// True when `error` comes from writing to an output whose reader has gone (a closed pipe).
pub fn is_closed_output(error: &anyhow::Error) -> bool {
    error.chain().any(|cause| {
        cause
            .downcast_ref::<std::io::Error>()
            .is_some_and(|e| e.kind() == std::io::ErrorKind::BrokenPipe)
    })
}

/// Where the shop's data lives.
#[derive(Args, Debug, Clone)]
pub struct DataDir {
    /// The data directory (default: the platform's data directory for Owldesk).
    #[arg(long, env = "OWLDESK_DATA_DIR")]
    pub data_dir: Option<PathBuf>,
}

impl DataDir {
    /// The directory to use.
    pub fn resolve(&self) -> anyhow::Result<PathBuf> {
        if let Some(d) = &self.data_dir {
            return Ok(d.clone());
        }
        owldesk_server::default_data_dir()
            .context("no home directory to keep the data in; pass --data-dir")
    }
}
