//! Several questions in one message, through `decide`: each is answered, or a person replies.

use std::collections::BTreeMap;

use owldesk_domain::{Action, Decision, EscalationReason, FaqEntry, MessageKind, Thresholds};
use owldesk_engine::{ConversationView, Incoming, Knowledge, ShopProfile, decide};

fn entry(id: &str, question: &str, paraphrases: &[&str], answer: &str) -> FaqEntry {
    FaqEntry {
        id: id.into(),
        question: question.into(),
        paraphrases: paraphrases.iter().map(|p| (*p).into()).collect(),
        answer: answer.into(),
        variants: BTreeMap::new(),
        tags: vec![],
        enabled: true,
    }
}

fn knowledge() -> Knowledge {
    let faq = vec![
        entry(
            "ship_time",
            "什么时候发货?",
            &["几天发货", "多久能发出"],
            "付款后48小时内发货哦~",
        ),
        entry(
            "free_shipping",
            "包邮吗?",
            &["运费多少", "邮费怎么算"],
            "全国包邮哦~",
        ),
        entry(
            "gray_coverage",
            "能遮盖白发吗?",
            &["白头发能染黑吗", "遮白效果怎么样"],
            "可以遮白的哦~",
        ),
        entry(
            "return_policy",
            "能退货吗?",
            &["支持七天无理由吗", "可以退吗"],
            "未拆封7天内可以无理由退货哦~",
        ),
        entry(
            "courier",
            "从哪里发货?发什么快递?",
            &["用的什么快递", "可以指定快递吗"],
            "杭州仓发货,默认圆通哦~",
        ),
    ];
    let shop = ShopProfile {
        name: "小猫染发".into(),
        greeting: "亲,您好!".into(),
    };
    Knowledge::build(faq, shop, vec![], Thresholds::default())
}

fn ask(k: &Knowledge, text: &str) -> Decision {
    let now = "2026-11-21T03:00:00+08:00".parse().unwrap();
    let message = Incoming {
        text,
        kind: MessageKind::Text,
    };
    decide(k, &ConversationView::default(), &message, now)
}

/// The decision on `text`, asserted to be an answer from the entry `id`.
fn answered(k: &Knowledge, text: &str, id: &str) -> Decision {
    let d = ask(k, text);
    assert_eq!(d.action, Action::Answer, "{:#?}", d.trace);
    assert_eq!(
        d.faq_id.as_ref().map(|f| f.as_str()),
        Some(id),
        "{:#?}",
        d.trace
    );
    d
}

/// Whether the decision's trace says `rule` fired.
fn fired(d: &Decision, rule: &str) -> bool {
    d.trace.fired.iter().any(|f| f == rule)
}

#[test]
fn two_questions_the_faq_answers_get_both_answers_in_order() {
    let k = knowledge();
    let d = answered(&k, "这个能遮住白头发吗?包邮不?", "gray_coverage");
    assert_eq!(
        d.reply.as_deref(),
        Some("可以遮白的哦~\n全国包邮哦~"),
        "{:#?}",
        d.trace
    );
    assert!(d.trace.fired.contains(&"questions:2".to_owned()));
}

#[test]
fn a_later_question_answered_alone_leaves_the_first_to_a_person() {
    let k = knowledge();
    // Alone, `包邮不` is answered; the first question is not in the FAQ.
    assert_eq!(ask(&k, "包邮不").action, Action::Answer);
    let d = ask(&k, "这个能防水吗 包邮不");
    assert_eq!(d.action, Action::Escalate, "{:#?}", d.trace);
    assert_eq!(d.reason, Some(EscalationReason::Unknown));
    assert!(
        fired(&d, "questions:first_unanswered"),
        "{:?}",
        d.trace.fired
    );
    // The answer found is a draft for the person.
    assert_eq!(d.draft.as_deref(), Some("全国包邮哦~"));
}

#[test]
fn a_first_question_whose_best_match_is_the_entry_is_answered_by_it() {
    let k = knowledge();
    // Alone, the first question reaches the entry only weakly, but no other entry better.
    let d = answered(&k, "白的多不多都行吗 能染黑吗", "gray_coverage");
    assert!(
        !fired(&d, "questions:first_unanswered"),
        "{:?}",
        d.trace.fired
    );
}

#[test]
fn a_question_asked_twice_is_answered_once() {
    let k = knowledge();
    let d = answered(&k, "能退货吗 可以退吗", "return_policy");
    assert_eq!(d.reply.as_deref(), Some("未拆封7天内可以无理由退货哦~"));
}

#[test]
fn statements_before_a_question_are_its_context_not_a_question() {
    let k = knowledge();
    let d = answered(&k, "我昨天拍的 什么时候发货", "ship_time");
    assert!(
        !d.trace.fired.iter().any(|f| f.starts_with("questions:")),
        "{:?}",
        d.trace.fired
    );
}

#[test]
fn an_entry_whose_question_asks_both_answers_the_message_whole() {
    let k = knowledge();
    // The second question is the entry's paraphrase; the first is in other words, but the
    // entry's own question asks both.
    answered(&k, "你们家是哪里的 用什么快递", "courier");
}
