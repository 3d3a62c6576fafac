//! `owldesk eval SUITE_DIR...`: measure the engine on evaluation suites (see FORMAT.md).
//!
//! Each suite is loaded into a fresh in-memory shop with the default thresholds; the figures are
//! printed per suite (or as `{"suites": [...]}` with `--json`). Unreadable input exits non-zero,
//! naming the file and line.

use anyhow::Context;
use clap::Args;
use owldesk_core::eval;
use owldesk_domain::Thresholds;
use owldesk_engine::ShopProfile;
use std::path::PathBuf;
use std::process::ExitCode;

/// Arguments of `owldesk eval`.
#[derive(Args, Debug)]
pub struct EvalArgs {
    /// Suite folders, each with faq.json and cases.jsonl.
    #[arg(required = true)]
    suites: Vec<PathBuf>,
    /// Print JSON: {"suites": [{"name", "cases", "answer_precision", ...}]}.
    #[arg(long)]
    json: bool,
}

/// Runs `eval`.
pub fn run(args: EvalArgs) -> anyhow::Result<ExitCode> {
    let shop = ShopProfile {
        name: "夜猫测试店".into(),
        greeting: "亲,您好!有什么可以帮您?".into(),
    };
    let mut reports = Vec::new();
    for dir in &args.suites {
        let suite = eval::load_suite(dir).with_context(|| format!("loading {}", dir.display()))?;
        reports.push(eval::run_suite(&suite, &shop, Thresholds::default()));
    }
    if args.json {
        let json = serde_json::to_string_pretty(&serde_json::json!({ "suites": reports }))?;
        super::print_line(json)?;
    } else {
        for r in &reports {
            super::print_line(r.render_text())?;
        }
    }
    Ok(ExitCode::SUCCESS)
}
