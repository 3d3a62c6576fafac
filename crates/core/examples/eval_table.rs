//! Prints one line of figures per evaluation suite (answer_precision / auto_rate /
//! escalation_recall / reason_accuracy / accuracy, or the mood figures): the quick before/after
//! table engine changes are measured with, without building the server.
//!
//! `cargo run --release -p owldesk-core --example eval_table -- ../shared/eval/haircolor-shop
//! ../shared/eval/public/*`

use std::path::PathBuf;

use anyhow::Context;
use owldesk_core::eval::{load_suite, run_suite};
use owldesk_domain::Thresholds;
use owldesk_engine::ShopProfile;

fn main() -> anyhow::Result<()> {
    let figure = |f: Option<f64>| f.map_or("–".to_string(), |f| format!("{f:.3}"));
    for dir in std::env::args().skip(1).map(PathBuf::from) {
        let suite = load_suite(&dir).with_context(|| format!("reading {}", dir.display()))?;
        let r = run_suite(&suite, &ShopProfile::default(), Thresholds::default());
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
