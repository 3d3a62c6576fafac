//! Dumps, for every case of the given evaluation suites that reaches the FAQ match (no guard or
//! rule decided it), the evidence behind its best candidates as JSON lines: the material the
//! confidence calibration in `owldesk_engine::index` is studied and fitted on; and for mood
//! cases and guard cases, the mood score.
//!
//! `cargo run --release -p owldesk-core --example match_features -- ../shared/eval/haircolor-shop
//! ../shared/eval/public/* > features.jsonl`

use std::path::PathBuf;

use anyhow::Context;
use owldesk_core::eval::{decide_alone, load_suite, suite_knowledge};
use owldesk_domain::{Action, Thresholds};
use owldesk_engine::tokenize::{asked, clauses, tokenize};
use owldesk_engine::{ShopProfile, normalize};

fn main() -> anyhow::Result<()> {
    for dir in std::env::args().skip(1).map(PathBuf::from) {
        let suite = load_suite(&dir).with_context(|| format!("reading {}", dir.display()))?;
        let k = suite_knowledge(&suite, &ShopProfile::default(), Thresholds::default());
        for case in &suite.cases {
            let decision = decide_alone(&k, case);
            let Some(expected) = case.expect.action else {
                let line = serde_json::json!({
                    "suite": suite.name, "id": case.id, "text": case.text,
                    "mood_expect": case.expect.mood, "mood_score": decision.trace.mood_score,
                });
                println!("{line}");
                continue;
            };
            if !matches!(
                case.expect.reason,
                None | Some(owldesk_domain::EscalationReason::Unknown)
            ) {
                // Guard cases: only their mood reading is of interest here.
                let line = serde_json::json!({
                    "suite": suite.name, "id": case.id, "text": case.text,
                    "reason_expect": case.expect.reason, "mood_score": decision.trace.mood_score,
                });
                println!("{line}");
                continue;
            }
            if !decision.trace.fired.is_empty()
                || !matches!(
                    decision.action,
                    Action::Answer | Action::Escalate | Action::Clarify
                )
            {
                continue;
            }
            let normalized = asked(&normalize(&case.text));
            let parts: Vec<Vec<String>> = clauses(&normalized).into_iter().map(tokenize).collect();
            let found = k.index().search(&tokenize(&normalized), &parts, k.faq());
            let candidates: Vec<serde_json::Value> = found
                .candidates
                .iter()
                .zip(&found.evidence)
                .map(|(c, e)| {
                    serde_json::json!({
                        "faq": c.faq_id.as_str(), "confidence": c.confidence,
                        "similarity": e.similarity, "query_cover": e.query_cover,
                        "doc_cover": e.doc_cover, "entry_cover": e.entry_cover, "content_cover": e.content_cover,
                        "bm25": e.bm25, "topic_clash": e.topic_clash,
                    })
                })
                .collect();
            let line = serde_json::json!({
                "suite": suite.name, "id": case.id, "text": case.text,
                "expect": if expected == Action::Answer {
                    case.expect.faq.as_ref().map(|f| f.as_str().to_owned())
                } else { None },
                "expect_action": format!("{expected:?}"),
                "margin": found.margin, "candidates": candidates,
            });
            println!("{line}");
        }
    }
    Ok(())
}
