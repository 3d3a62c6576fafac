//! The subcommands of `owldesk`, one module each, and what they share (the data directory).

pub mod ask;
pub mod data;
pub mod eval;
pub mod openapi;
pub mod serve;
pub mod simulate;

use anyhow::Context;
use clap::Args;
use std::path::PathBuf;

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
