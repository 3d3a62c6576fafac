//! `owldesk`: the command-line program — run the server, ask one question, simulate a night,
//! evaluate the engine, import and export the FAQ, back up and restore the shop.
//!
//! Each subcommand lives in a module of `cli/`; this file only parses the command line. The data
//! directory is `--data-dir`, else `OWLDESK_DATA_DIR`, else the platform's data directory.

mod cli;

use clap::{Parser, Subcommand};
use std::path::PathBuf;
use std::process::ExitCode;

/// Owldesk (夜猫客服): the customer-service assistant that covers your shop at night.
#[derive(Parser)]
#[command(name = "owldesk", version, about)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Run the HTTP API (and web UI) on loopback.
    Serve(cli::serve::ServeArgs),
    /// Show the decision on one buyer message, with its trace.
    Ask(cli::ask::AskArgs),
    /// Replay a scripted night on a virtual clock and print the replies, escalations and the
    /// morning briefing.
    Simulate(cli::simulate::SimulateArgs),
    /// Measure the engine on evaluation suites (folders with faq.json and cases.jsonl).
    Eval(cli::eval::EvalArgs),
    /// Print the HTTP API's OpenAPI document (JSON), from which the UI's types are generated.
    Openapi,
    /// Import or export the FAQ (JSON or CSV).
    Faq {
        #[command(subcommand)]
        command: cli::data::FaqCommand,
    },
    /// Write a backup of the shop's database to FILE.
    Backup {
        /// The backup file to create (default: owldesk-backup-<time>.sqlite3 in the data dir).
        file: Option<PathBuf>,
        #[command(flatten)]
        data: cli::DataDir,
    },
    /// Replace the shop's database with a backup (stop the server first).
    Restore {
        /// The backup file.
        file: PathBuf,
        #[command(flatten)]
        data: cli::DataDir,
    },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Serve(args) => cli::serve::run(args),
        Command::Ask(args) => cli::ask::run(args),
        Command::Eval(args) => cli::eval::run(args),
        Command::Openapi => cli::openapi::run(),
        Command::Simulate(args) => cli::simulate::run(args),
        Command::Faq { command } => cli::data::faq(command),
        Command::Backup { file, data } => cli::data::backup(file, &data),
        Command::Restore { file, data } => cli::data::restore(&file, &data),
    };
    match result {
        Ok(code) => code,
        // The reader of our output went away (`| head`): nothing left to say, and no one to say
        // it to.
        Err(e) if cli::is_closed_output(&e) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("owldesk: {e:#}");
            ExitCode::FAILURE
        }
    }
}
