//! Prints, for every action case of the given suites, what was expected, what was decided and
//! which rules and guards fired, as JSON lines: how often a rule decides a case, and how often
//! rightly. (The conversation carries no order and the clock is fixed; the figures of
//! `owldesk eval` use the cases' own.)
//!
//! `cargo run --release -p owldesk-core --example fired_dump -- ../shared/eval/haircolor-shop`

use std::path::PathBuf;

use anyhow::Context;
use owldesk_core::eval::{decide_alone, load_suite, suite_knowledge};
use owldesk_domain::Thresholds;
use owldesk_engine::ShopProfile;

fn main() -> anyhow::Result<()> {
    for dir in std::env::args().skip(1).map(PathBuf::from) {
        let suite = load_suite(&dir).with_context(|| format!("reading {}", dir.display()))?;
        let k = suite_knowledge(&suite, &ShopProfile::default(), Thresholds::default());
        for case in &suite.cases {
            let Some(action) = case.expect.action else {
                continue;
            };
            let d = decide_alone(&k, case);
            let line = serde_json::json!({
                "suite": suite.name, "id": case.id, "text": case.text,
                "expect": format!("{action:?}"), "expect_faq": case.expect.faq,
                "expect_reason": case.expect.reason,
                "action": format!("{:?}", d.action), "faq": d.faq_id, "reason": d.reason,
                "confidence": d.confidence, "fired": d.trace.fired,
            });
            println!("{line}");
        }
    }
    Ok(())
}
