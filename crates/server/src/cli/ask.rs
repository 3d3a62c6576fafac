//! `owldesk ask "TEXT"`: the decision on one buyer message, with a trace a shop owner can read.

use anyhow::Context;
use clap::Args;
use owldesk_core::{Core, SystemClock};
use owldesk_domain::{Action, Decision, MessageKind, OrderStatus};
use std::process::ExitCode;
use std::sync::Arc;

use super::DataDir;

/// Arguments of `owldesk ask`.
#[derive(Args, Debug)]
pub struct AskArgs {
    /// The buyer's message.
    text: String,
    /// The message kind: text, image, video or file.
    #[arg(long, default_value = "text", value_parser = parse_kind)]
    kind: MessageKind,
    /// The order's status (已发货, shipped...).
    #[arg(long, value_parser = parse_status)]
    order_status: Option<OrderStatus>,
    /// Answer from this FAQ file (JSON or CSV) instead of the shop's.
    #[arg(long)]
    faq: Option<std::path::PathBuf>,
    /// Print the decision as JSON.
    #[arg(long)]
    json: bool,
    #[command(flatten)]
    data: DataDir,
}

fn parse_kind(s: &str) -> Result<MessageKind, String> {
    serde_json::from_value(serde_json::Value::String(s.to_owned()))
        .map_err(|_| format!("unknown kind {s:?}; expected text, image, video or file"))
}

fn parse_status(s: &str) -> Result<OrderStatus, String> {
    OrderStatus::parse(s).map_err(|e| e.to_string())
}

/// Runs `ask`.
pub fn run(args: AskArgs) -> anyhow::Result<ExitCode> {
    let core = match &args.faq {
        Some(file) => {
            let entries = owldesk_core::faq::read_faq_file(file)?;
            let core = Core::in_memory(Arc::new(SystemClock))?;
            core.faq_import(entries, "cli")?;
            core
        }
        None => {
            let dir = args.data.resolve()?;
            Core::open(&dir).with_context(|| format!("opening the shop in {}", dir.display()))?
        }
    };
    let decision = core.test_question(&args.text, args.kind, args.order_status);
    if args.json {
        super::print_line(serde_json::to_string_pretty(&decision)?)?;
    } else {
        super::print_line(render(&decision).trim_end_matches('\n'))?;
    }
    Ok(ExitCode::SUCCESS)
}

/// The decision in plain words, then why.
pub fn render(d: &Decision) -> String {
    use std::fmt::Write;
    let mut s = String::new();
    let _ = match d.action {
        Action::Answer => writeln!(
            s,
            "ANSWER with {} (confidence {:.2})",
            d.faq_id.as_ref().map_or("?", |f| f.as_str()),
            d.confidence
        ),
        Action::Clarify => writeln!(
            s,
            "ASK BACK which question was meant (confidence {:.2})",
            d.confidence
        ),
        Action::Greet => writeln!(s, "GREET"),
        Action::Escalate => writeln!(
            s,
            "HAND TO A PERSON: {}{}",
            d.reason.map_or("unknown", |r| r.as_str()),
            d.rule
                .as_ref()
                .map(|r| format!(" (rule {r})"))
                .unwrap_or_default()
        ),
        Action::Ignore => writeln!(s, "STAY SILENT"),
    };
    if let Some(reply) = &d.reply {
        let _ = writeln!(
            s,
            "\nreply to the buyer:\n  {}",
            reply.replace('\n', "\n  ")
        );
    }
    if let Some(draft) = &d.draft {
        let _ = writeln!(
            s,
            "\ndraft for a person:\n  {}",
            draft.replace('\n', "\n  ")
        );
    }
    let t = &d.trace;
    let _ = writeln!(s, "\nwhy:");
    let _ = writeln!(s, "  read as:    {}", t.normalized);
    let _ = writeln!(s, "  words:      {}", t.tokens.join(" "));
    if !t.concepts.is_empty() {
        let _ = writeln!(s, "  concepts:   {}", t.concepts.join(", "));
    }
    let _ = writeln!(
        s,
        "  mood:       {:?} ({:.2}){}",
        t.mood,
        t.mood_score,
        if t.mood_cues.is_empty() {
            String::new()
        } else {
            format!(" cues: {}", t.mood_cues.join(", "))
        }
    );
    if !t.fired.is_empty() {
        let _ = writeln!(s, "  fired:      {}", t.fired.join(", "));
    }
    if !t.candidates.is_empty() {
        let _ = writeln!(s, "  best matches:");
        for c in &t.candidates {
            let _ = writeln!(
                s,
                "    {:.2}  {:<24} {}  (matched {:?})",
                c.confidence,
                c.faq_id.as_str(),
                c.question,
                c.matched
            );
        }
    }
    for n in &t.notes {
        let _ = writeln!(s, "  note:       {n}");
    }
    s
}
