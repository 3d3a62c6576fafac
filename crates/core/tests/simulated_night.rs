//! A whole simulated night: 300 scripted messages from 60 buyers, one every two minutes from
//! 22:00 to 08:00 in a Shanghai shop with the default hours (09:00–23:00, assist inside, auto
//! outside), replayed through `simulate` on a fixed clock; the numbers are derived by hand below.
//!
//! Buyer `c{7i mod 60}` sends message `i` (so each buyer writes every two hours); every 25th
//! message is a photo, the others are FAQ questions.

use jiff::Timestamp;
use owldesk_core::simulate::{read_script, simulate};
use owldesk_core::{Core, FixedClock};
use owldesk_domain::{EscalationReason, FaqEntry};
use std::collections::HashMap;
use std::sync::Arc;

const QUESTIONS: [&str; 4] = [
    "几天发货",
    "用的哪家快递",
    "when do you ship",
    "which courier",
];

fn script() -> String {
    (1..=300)
        .map(|i| {
            let customer = format!("c{:02}", (7 * i) % 60);
            if i % 25 == 0 {
                format!(r#"{{"after": "2m", "customer": "{customer}", "kind": "image"}}"#)
            } else {
                let text = QUESTIONS[i % 4];
                format!(r#"{{"after": "2m", "customer": "{customer}", "text": "{text}"}}"#)
            }
        })
        .collect::<Vec<_>>()
        .join("\n")
}

fn faq() -> Vec<FaqEntry> {
    serde_json::from_str(
        r#"[
        {"id": "ship_time", "question": "什么时候发货?", "paraphrases": ["几天发货", "when do you ship"],
         "answer": "亲,付款后48小时内发货哦~"},
        {"id": "courier", "question": "发什么快递?", "paraphrases": ["用的哪家快递", "which courier"],
         "answer": "默认发中通快递哦"}
    ]"#,
    )
    .unwrap()
}

#[test]
fn a_night_of_300_messages() {
    let start: Timestamp = "2026-11-21T22:00:00+08:00".parse().unwrap();
    let clock = Arc::new(FixedClock::new(start));
    let dir = tempfile::tempdir().unwrap();
    let core = Core::open_with_clock(dir.path(), clock.clone()).unwrap();
    core.faq_import(faq(), "test").unwrap();
    let lines = read_script(&script()).unwrap();
    let r = simulate(&core, &clock, start, &lines).unwrap();

    assert_eq!(r.messages, 300);
    // 22:02–22:58 (messages 1–29) are inside hours: assist drafts the 28 questions.
    assert_eq!(r.drafted, 28, "questions before 23:00 are drafts");
    // 12 photos from 12 different buyers, each escalating its conversation.
    assert_eq!(r.escalations.len(), 12);
    assert!(
        r.escalations
            .iter()
            .all(|e| e.reason == EscalationReason::Media)
    );
    // After a photo, the buyer's later messages wait for a person: 4+4+3+3+2+2+2+1+1.
    let b = &r.briefing;
    assert_eq!(b.waiting, 22, "messages held for a person");
    assert_eq!(
        r.answered,
        300 - 28 - 12 - 22,
        "everything else is answered at once"
    );
    assert_eq!(b.messages, 300);
    assert_eq!(b.answered as usize, r.answered);
    assert_eq!((b.drafted, b.escalated), (28, 12));
    // Holding replies: the 22:50 photo (a person is coming), 11 photos at night (next opening),
    // 27 drafts the guard covered before 23:00 (the 22:58 draft's guard time falls at night, in
    // auto mode), and 9 buyers still waiting when the shop opens at 09:00.
    assert_eq!(r.holding_replies, 1 + 11 + 27 + 9);

    let mut at_night: HashMap<&str, usize> = HashMap::new();
    for reply in r.replies.iter().filter(|x| x.text.contains("上班后")) {
        *at_night.entry(reply.customer.as_str()).or_default() += 1;
        assert!(reply.text.contains("今天 09:00") || reply.text.contains("明天 09:00"));
    }
    assert_eq!(at_night.len(), 11);
    assert!(
        at_night.values().all(|n| *n == 1),
        "one holding reply per buyer per night"
    );

    assert_eq!(b.escalations.len(), 12, "none resolved overnight");
    assert!(
        b.escalations
            .windows(2)
            .all(|w| w[0].created_at <= w[1].created_at),
        "same priority: oldest first"
    );
    assert_eq!(b.headline.zh, "夜间共处理 300 条, 12 条待您处理, 0 条紧急");
}
