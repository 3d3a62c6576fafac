//! Prints one line of figures per evaluation suite (answer_precision / auto_rate /
//! escalation_recall / reason_accuracy / accuracy, or the mood figures): the quick before/after
//! table engine changes are measured with, without building the server.
//!
//! `cargo run --release -p owldesk-core --example eval_table -- [--answer T] [--clarify T]
//! ../shared/eval/haircolor-shop ../shared/eval/public/*` (the thresholds default to the
//! shipped ones; docs/ENGINE.md's threshold table is made with them).

use std::path::PathBuf;

use anyhow::Context;
use owldesk_core::eval::{load_suite, run_suite};
use owldesk_domain::Thresholds;
use owldesk_engine::ShopProfile;

fn main() -> anyhow::Result<()> {
    let figure = |f: Option<f64>| f.map_or("–".to_string(), |f| format!("{f:.3}"));
    let mut thresholds = Thresholds::default();
    let mut dirs = Vec::new();
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--answer" | "--clarify" => {
                let value: f32 = args
                    .next()
                    .with_context(|| format!("{a} needs a number"))?
                    .parse()
                    .with_context(|| format!("{a} needs a number"))?;
                if a == "--answer" {
                    thresholds.answer = value;
                } else {
                    thresholds.clarify = value;
                }
            }
            _ => dirs.push(PathBuf::from(a)),
        }
    }
    for dir in dirs {
        let suite = load_suite(&dir).with_context(|| format!("reading {}", dir.display()))?;
        let r = run_suite(&suite, &ShopProfile::default(), thresholds);
        if r.upset_recall.is_some() && r.answer_precision.is_none() {
            println!(
                "{:15} upset {} / false alarm {}",
                r.name,
                figure(r.upset_recall),
                figure(r.calm_false_alarm)
            );
        } else {
            println!(
                "{:15} {} / {} / {} / {} / {}",
                r.name,
                figure(r.answer_precision),
                figure(r.auto_rate),
                figure(r.escalation_recall),
                figure(r.reason_accuracy),
                figure(r.accuracy)
            );
        }
    }
    Ok(())
}
