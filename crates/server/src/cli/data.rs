//! `owldesk faq import|export FILE`, `owldesk backup [FILE]`, `owldesk restore FILE`.

use anyhow::{Context, bail};
use clap::Subcommand;
use owldesk_core::{Core, faq, faq_csv};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use super::DataDir;

/// FAQ subcommands.
#[derive(Subcommand, Debug)]
pub enum FaqCommand {
    /// Import entries from a JSON or CSV file (new ids added, existing ones replaced).
    Import {
        /// The file (.json or .csv).
        file: PathBuf,
        /// Only show what would change.
        #[arg(long)]
        dry_run: bool,
        #[command(flatten)]
        data: DataDir,
    },
    /// Export every entry to a JSON or CSV file (by its extension).
    Export {
        /// The file (.json or .csv).
        file: PathBuf,
        #[command(flatten)]
        data: DataDir,
    },
}

fn open(data: &DataDir) -> anyhow::Result<Core> {
    let dir = data.resolve()?;
    Core::open(&dir).with_context(|| format!("opening the shop in {}", dir.display()))
}

/// Runs a FAQ subcommand.
pub fn faq(cmd: FaqCommand) -> anyhow::Result<ExitCode> {
    match cmd {
        FaqCommand::Import {
            file,
            dry_run,
            data,
        } => {
            let entries = faq::read_faq_file(&file)?;
            let core = open(&data)?;
            let report = if dry_run {
                core.faq_import_preview(&entries)?
            } else {
                core.faq_import(entries, "cli")?
            };
            super::print_line(format_args!(
                "{}{} added, {} updated, {} unchanged",
                if dry_run { "would be: " } else { "" },
                report.added.len(),
                report.updated.len(),
                report.unchanged.len()
            ))?;
        }
        FaqCommand::Export { file, data } => {
            let entries = open(&data)?.faq_export()?;
            let bytes = match file.extension().and_then(|e| e.to_str()) {
                Some("csv") => faq_csv::write(&entries)?,
                Some("json") => serde_json::to_vec_pretty(&entries)?,
                _ => bail!("{}: expected a .json or .csv file name", file.display()),
            };
            std::fs::write(&file, bytes).with_context(|| format!("writing {}", file.display()))?;
            super::print_line(format_args!(
                "exported {} entries to {}",
                entries.len(),
                file.display()
            ))?;
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// Runs `backup`.
pub fn backup(file: Option<PathBuf>, data: &DataDir) -> anyhow::Result<ExitCode> {
    let dir = data.resolve()?;
    let core =
        Core::open(&dir).with_context(|| format!("opening the shop in {}", dir.display()))?;
    let file = file.unwrap_or_else(|| {
        let stamp = jiff::Zoned::now().strftime("%Y%m%d-%H%M%S").to_string();
        dir.join(format!("owldesk-backup-{stamp}.sqlite3"))
    });
    core.backup(&file)?;
    super::print_line(format_args!("backed up to {}", file.display()))?;
    Ok(ExitCode::SUCCESS)
}

/// Runs `restore`.
pub fn restore(file: &Path, data: &DataDir) -> anyhow::Result<ExitCode> {
    let dir = data.resolve()?;
    std::fs::create_dir_all(&dir).with_context(|| format!("creating {}", dir.display()))?;
    owldesk_store::restore(file, &dir.join(owldesk_core::DB_FILE))
        .with_context(|| format!("restoring {}", file.display()))?;
    super::print_line(format_args!(
        "restored {} into {}",
        file.display(),
        dir.display()
    ))?;
    Ok(ExitCode::SUCCESS)
}
