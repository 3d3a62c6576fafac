//! `owldesk simulate SCRIPT.jsonl --start TIME`: a scripted night on a virtual clock, against a
//! temporary shop with the current settings, printing every reply, every escalation and the
//! morning briefing (as JSON with `--json`).
//!
//! The temporary shop lives in memory: the real shop is only read (its settings, FAQ and rules
//! when its database exists; the demo shop otherwise), never written. `--faq FILE` replaces the
//! FAQ. The replay itself is `owldesk_core::simulate`.

use anyhow::Context;
use clap::Args;
use jiff::Timestamp;
use jiff::tz::TimeZone;
use owldesk_core::simulate::{SimulationReport, read_script, simulate};
use owldesk_core::{Core, FixedClock};
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;

use super::DataDir;

/// Arguments of `owldesk simulate`.
#[derive(Args, Debug)]
pub struct SimulateArgs {
    /// The script: one buyer message per line, `{"after": "5m", "customer": ..., "text": ...,
    /// "kind": ..., "order_status": ...}`.
    script: PathBuf,
    /// When the night starts, RFC 3339 with its offset (`2026-11-21T22:00:00+08:00`).
    #[arg(long)]
    start: String,
    /// Answer from this FAQ file (JSON or CSV) instead of the shop's.
    #[arg(long)]
    faq: Option<PathBuf>,
    /// Print the whole report as JSON.
    #[arg(long)]
    json: bool,
    #[command(flatten)]
    data: DataDir,
}

/// Runs `simulate`.
pub fn run(args: SimulateArgs) -> anyhow::Result<ExitCode> {
    let start: Timestamp = args.start.parse().with_context(|| {
        format!(
            "--start {:?} is not an RFC 3339 time like 2026-11-21T22:00:00+08:00",
            args.start
        )
    })?;
    let text = std::fs::read_to_string(&args.script)
        .with_context(|| format!("reading {}", args.script.display()))?;
    let script = read_script(&text).with_context(|| args.script.display().to_string())?;
    let clock = Arc::new(FixedClock::new(start));
    let core = Core::in_memory(clock.clone())?;
    copy_shop(&core, &args)?;
    let report = simulate(&core, &clock, start, &script)?;
    let mut out = std::io::stdout().lock();
    if args.json {
        let v = serde_json::json!({
            "messages": report.messages,
            "answered": report.answered,
            "drafted": report.drafted,
            "escalations": report.escalations,
            "holding_replies": report.holding_replies,
            "replies": report.replies,
            "briefing": report.briefing,
        });
        writeln!(out, "{}", serde_json::to_string_pretty(&v)?)?;
    } else {
        let tz = core.night_view()?.hours.time_zone().clone();
        write!(out, "{}", render(&report, &tz))?;
    }
    Ok(ExitCode::SUCCESS)
}

/// Gives the temporary shop the real shop's settings, FAQ and rules (or the demo's).
fn copy_shop(core: &Core, args: &SimulateArgs) -> anyhow::Result<()> {
    let dir = args.data.resolve().ok();
    let db = dir.as_ref().map(|d| d.join(owldesk_core::DB_FILE));
    match db.filter(|p| p.exists()) {
        Some(path) => {
            let real = Core::open(path.parent().unwrap_or(std::path::Path::new(".")))
                .with_context(|| format!("opening {}", path.display()))?;
            core.update_settings(real.settings()?, "simulate")?;
            let faq = real.faq_list()?.into_iter().map(|(e, _)| e).collect();
            core.faq_import(faq, "simulate")?;
        }
        None => {
            core.seed_demo()?;
        }
    }
    if let Some(file) = &args.faq {
        let entries = owldesk_core::faq::read_faq_file(file)?;
        core.faq_import(entries, "simulate")?;
    }
    Ok(())
}

/// The night in plain words: replies and escalations in order, then the briefing.
pub fn render(r: &SimulationReport, tz: &TimeZone) -> String {
    use std::fmt::Write as _;
    let hm = |t: Timestamp| t.to_zoned(tz.clone()).strftime("%m-%d %H:%M").to_string();
    let mut s = String::new();
    let mut lines: Vec<(Timestamp, String)> = r
        .replies
        .iter()
        .map(|x| (x.at, format!("{}  → {}: {}", hm(x.at), x.customer, x.text)))
        .chain(r.escalations.iter().map(|e| {
            (
                e.at,
                format!(
                    "{}  ⚑ {} [{} {}] {}",
                    hm(e.at),
                    e.customer,
                    e.priority.as_str(),
                    e.reason.as_str(),
                    e.summary
                ),
            )
        }))
        .collect();
    lines.sort_by_key(|(t, _)| *t);
    for (_, l) in lines {
        let _ = writeln!(s, "{l}");
    }
    let b = &r.briefing;
    let _ = writeln!(s);
    let _ = writeln!(
        s,
        "{} messages, {} answered automatically ({:.0}%), {} drafted, {} escalations, {} holding replies",
        r.messages,
        r.answered,
        b.auto_share * 100.0,
        r.drafted,
        r.escalations.len(),
        r.holding_replies
    );
    let _ = writeln!(s, "Morning briefing: {}", b.headline.zh);
    let _ = writeln!(s, "                  {}", b.headline.en);
    for (i, e) in b.escalations.iter().enumerate() {
        let _ = writeln!(
            s,
            "{:>3}. [{}] {} {}: {}{}",
            i + 1,
            e.priority.as_str(),
            hm(e.created_at),
            e.customer,
            e.gist,
            e.draft
                .as_ref()
                .map(|d| format!("\n       draft: {d}"))
                .unwrap_or_default()
        );
    }
    s
}
