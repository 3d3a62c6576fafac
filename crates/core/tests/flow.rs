//! The inbound flow and people's handling, on a real SQLite file with a fixed clock.

use jiff::{SignedDuration, Timestamp};
use owldesk_core::inbound::InboundRequest;
use owldesk_core::query::PageRequest;
use owldesk_core::{Core, FixedClock};
use owldesk_domain::{
    Action, Author, ConversationStatus, Direction, DomainEvent, EscalationReason, EscalationStatus,
    FaqEntry, MessageKind, Order, OrderStatus,
};
use std::sync::Arc;

const START: &str = "2026-11-21T14:00:00Z";

fn faq() -> Vec<FaqEntry> {
    serde_json::from_str(
        r#"[
        {"id": "ship_time", "question": "什么时候发货?", "paraphrases": ["几天发货", "多久能发出", "when do you ship"],
         "answer": "亲,付款后48小时内发货哦~",
         "variants": {"已发货": "亲,已经发出啦,{order.carrier}单号 {order.tracking_no}"}},
        {"id": "courier", "question": "发什么快递?", "paraphrases": ["用的哪家快递", "which courier"],
         "answer": "默认发中通快递哦"},
        {"id": "size_guide", "question": "尺码怎么选?", "paraphrases": ["穿多大码", "what size should I get"],
         "answer": "亲,按身高选码:110码适合100-110cm~"}
    ]"#,
    )
    .unwrap()
}

/// These tests are about the flow itself: the assistant answers on its own, as in auto mode
/// (the default inside hours is assist; night mode has its own tests).
fn answer_by_itself(core: &Core) {
    let mut settings = core.settings().unwrap();
    settings.modes.inside = owldesk_domain::Mode::Auto;
    core.update_settings(settings, "test").unwrap();
}

struct Shop {
    core: Core,
    clock: Arc<FixedClock>,
    _dir: tempfile::TempDir,
}

fn shop() -> Shop {
    let dir = tempfile::tempdir().unwrap();
    let clock = Arc::new(FixedClock::new(START.parse().unwrap()));
    let core = Core::open_with_clock(dir.path(), clock.clone()).unwrap();
    core.faq_import(faq(), "test").unwrap();
    answer_by_itself(&core);
    Shop {
        core,
        clock,
        _dir: dir,
    }
}

fn msg(customer: &str, id: &str, text: &str) -> InboundRequest {
    InboundRequest {
        channel: "bridge".into(),
        customer: customer.into(),
        message_id: id.into(),
        text: text.into(),
        kind: MessageKind::Text,
        media_url: None,
        order: None,
    }
}

#[test]
fn a_clear_question_is_answered_and_stored() {
    let s = shop();
    let out = s
        .core
        .inbound(msg("buyer-1", "m-1", "什么时候发货"))
        .unwrap();
    assert_eq!(
        out.decision.action,
        Action::Answer,
        "trace: {:?}",
        out.decision.trace
    );
    assert_eq!(out.decision.faq_id.as_ref().unwrap().as_str(), "ship_time");
    assert_eq!(out.reply.as_deref(), Some("亲,付款后48小时内发货哦~"));
    let page = s
        .core
        .messages(&out.conversation_id, &PageRequest::default())
        .unwrap();
    let kinds: Vec<_> = page.items.iter().map(|m| (m.direction, m.author)).collect();
    assert_eq!(
        kinds,
        vec![
            (Direction::Outgoing, Author::Assistant),
            (Direction::Incoming, Author::Customer)
        ],
        "the buyer's message and the assistant's reply are stored, newest first"
    );
    let (_, stats) = s
        .core
        .faq_list()
        .unwrap()
        .into_iter()
        .find(|(e, _)| e.id.as_str() == "ship_time")
        .unwrap();
    assert_eq!(stats.hits, 1, "the answer counts as a hit");
}

#[test]
fn the_order_status_picks_the_variant() {
    let s = shop();
    let mut req = msg("buyer-1", "m-1", "什么时候发货");
    req.order = Some(Order {
        id: "PDD-1".into(),
        status: OrderStatus::Shipped,
        tracking_no: Some("ZT123".into()),
        carrier: Some("中通".into()),
        items: vec![],
    });
    let out = s.core.inbound(req).unwrap();
    assert_eq!(out.reply.as_deref(), Some("亲,已经发出啦,中通单号 ZT123"));
}

#[test]
fn an_image_is_escalated_as_media() {
    let s = shop();
    let mut events = s.core.subscribe();
    let mut req = msg("buyer-2", "m-1", "");
    req.kind = MessageKind::Image;
    let out = s.core.inbound(req).unwrap();
    assert_eq!(out.decision.action, Action::Escalate);
    assert_eq!(out.decision.reason, Some(EscalationReason::Media));
    assert!(
        out.holding,
        "the buyer hears only the holding reply, nothing guessed"
    );
    assert_eq!(
        out.reply,
        Some(s.core.settings().unwrap().holding.open.zh),
        "inside hours: a person is coming"
    );
    let open = s
        .core
        .escalations(Some(EscalationStatus::Open), &PageRequest::default())
        .unwrap();
    assert_eq!(open.items.len(), 1, "one open escalation");
    assert_eq!(open.items[0].reason, EscalationReason::Media);
    let conv = s.core.conversation(&out.conversation_id).unwrap();
    assert_eq!(conv.status, ConversationStatus::Open, "a person must act");
    assert_eq!(conv.waiting_since, Some(s.clock.now_ts()));
    let mut seen = Vec::new();
    while let Ok(e) = events.try_recv() {
        seen.push(e);
    }
    assert!(
        seen.iter()
            .any(|e| matches!(e, DomainEvent::EscalationCreated { .. })),
        "listeners hear of the escalation: {seen:?}"
    );
}

#[test]
fn asking_for_a_person_is_escalated_as_human() {
    let s = shop();
    let out = s.core.inbound(msg("buyer-3", "m-1", "转人工")).unwrap();
    assert_eq!(out.decision.action, Action::Escalate);
    assert_eq!(out.decision.reason, Some(EscalationReason::Human));
}

#[test]
fn redelivery_returns_the_first_decision_and_stores_nothing() {
    let s = shop();
    let first = s
        .core
        .inbound(msg("buyer-1", "m-1", "什么时候发货"))
        .unwrap();
    s.clock.advance(SignedDuration::from_secs(5));
    let again = s
        .core
        .inbound(msg("buyer-1", "m-1", "什么时候发货"))
        .unwrap();
    assert!(again.duplicate, "the second delivery is recognised");
    assert_eq!(again.decision, first.decision);
    assert_eq!(again.reply, first.reply);
    let page = s
        .core
        .messages(&first.conversation_id, &PageRequest::default())
        .unwrap();
    assert_eq!(page.items.len(), 2, "still one question and one answer");
}

#[test]
fn a_person_taking_over_silences_the_assistant_until_handback() {
    let s = shop();
    let out = s
        .core
        .inbound(msg("buyer-1", "m-1", "什么时候发货"))
        .unwrap();
    let conv = s.core.take_over(&out.conversation_id, "小王").unwrap();
    assert_eq!(conv.assignee.as_deref(), Some("小王"));

    let held = s.core.inbound(msg("buyer-1", "m-2", "发什么快递")).unwrap();
    assert_eq!(
        held.decision.action,
        Action::Ignore,
        "the assistant stays silent"
    );
    assert_eq!(held.reply, None);
    assert!(
        held.decision.draft.is_some(),
        "but drafts the answer for the person"
    );

    s.core
        .reply_as_agent(&out.conversation_id, "中通哦", "小王")
        .unwrap();
    s.core.hand_back(&out.conversation_id, "小王").unwrap();
    let back = s.core.inbound(msg("buyer-1", "m-3", "发什么快递")).unwrap();
    assert_eq!(
        back.decision.action,
        Action::Answer,
        "after handback the assistant answers"
    );
    assert_eq!(
        back.conversation_id, out.conversation_id,
        "same conversation"
    );
}

#[test]
fn resolving_closes_the_escalation_and_a_new_message_reopens_the_conversation() {
    let s = shop();
    let out = s.core.inbound(msg("buyer-4", "m-1", "转人工")).unwrap();
    let esc = s
        .core
        .escalations(None, &PageRequest::default())
        .unwrap()
        .items
        .remove(0);
    s.core
        .reply_as_agent(&out.conversation_id, "您好,我是店主", "owner")
        .unwrap();
    let resolved = s.core.resolve(&esc.id, "owner").unwrap();
    assert_eq!(resolved.status, EscalationStatus::Resolved);
    assert_eq!(resolved.resolved_at, Some(s.clock.now_ts()));
    let conv = s.core.conversation(&out.conversation_id).unwrap();
    assert_eq!(conv.status, ConversationStatus::Resolved);

    let next = s
        .core
        .inbound(msg("buyer-4", "m-2", "什么时候发货"))
        .unwrap();
    assert_eq!(next.conversation_id, out.conversation_id);
    assert_eq!(
        next.decision.action,
        Action::Answer,
        "a resolved conversation is the assistant's again"
    );
}

#[test]
fn snoozing_puts_off_and_time_or_a_message_wakes() {
    let s = shop();
    let out = s.core.inbound(msg("buyer-5", "m-1", "转人工")).unwrap();
    let esc = s
        .core
        .escalations(None, &PageRequest::default())
        .unwrap()
        .items
        .remove(0);
    assert_eq!(s.core.waiting_escalations().unwrap(), 1);
    let until = s.clock.now_ts() + SignedDuration::from_hours(2);
    let snoozed = s.core.snooze(&esc.id, until, "owner").unwrap();
    assert_eq!(snoozed.status, EscalationStatus::Snoozed);
    assert_eq!(
        s.core.waiting_escalations().unwrap(),
        0,
        "a snoozed escalation does not wait"
    );
    assert_eq!(
        s.core.conversation(&out.conversation_id).unwrap().status,
        ConversationStatus::Snoozed
    );

    assert_eq!(s.core.wake_due().unwrap(), 0, "not yet");
    s.clock.advance(SignedDuration::from_hours(3));
    assert_eq!(s.core.wake_due().unwrap(), 1, "its time has come");
    assert_eq!(s.core.waiting_escalations().unwrap(), 1);
    assert_eq!(
        s.core.conversation(&out.conversation_id).unwrap().status,
        ConversationStatus::Open
    );
    assert_eq!(
        s.core.escalation(&esc.id).unwrap().status,
        EscalationStatus::Open
    );

    let past = s.clock.now_ts() - SignedDuration::from_hours(1);
    assert!(
        s.core.snooze(&esc.id, past, "owner").is_err(),
        "snoozing into the past is refused"
    );
}

#[test]
fn bad_input_is_refused_and_nothing_is_stored() {
    let s = shop();
    for (req, field) in [
        (msg("", "m-1", "hi"), "customer"),
        (msg("buyer", "", "hi"), "message_id"),
        (msg("buyer", "m-1", "   "), "text"),
        (msg("buyer", "m-1", &"长".repeat(6000)), "text"),
    ] {
        let err = s.core.inbound(req).unwrap_err();
        assert!(err.to_string().contains(field), "{err} names {field}");
    }
    let all = s
        .core
        .conversations(None, None, &PageRequest::default())
        .unwrap();
    assert!(
        all.items.is_empty(),
        "no conversation was created by bad input"
    );
}

#[test]
fn messages_survive_reopening_the_shop() {
    let dir = tempfile::tempdir().unwrap();
    let clock = Arc::new(FixedClock::new(START.parse().unwrap()));
    let conv = {
        let core = Core::open_with_clock(dir.path(), clock.clone()).unwrap();
        core.faq_import(faq(), "test").unwrap();
        answer_by_itself(&core);
        core.inbound(msg("buyer-1", "m-1", "什么时候发货"))
            .unwrap()
            .conversation_id
    };
    let core = Core::open_with_clock(dir.path(), clock).unwrap();
    let page = core.messages(&conv, &PageRequest::default()).unwrap();
    assert_eq!(page.items.len(), 2, "question and answer are on disk");
    assert_eq!(core.faq_export().unwrap().len(), 3, "so is the FAQ");
}

trait NowTs {
    fn now_ts(&self) -> Timestamp;
}

impl NowTs for FixedClock {
    fn now_ts(&self) -> Timestamp {
        owldesk_core::Clock::now(self)
    }
}

#[test]
fn a_buyer_turning_upset_while_waiting_moves_up_the_inbox() {
    let s = shop();
    s.core.inbound(msg("buyer-6", "m-1", "转人工")).unwrap();
    let esc = s
        .core
        .escalations(None, &PageRequest::default())
        .unwrap()
        .items
        .remove(0);
    assert_eq!(
        esc.priority,
        owldesk_domain::Priority::High,
        "asking for a person is high"
    );
    let out = s
        .core
        .inbound(msg(
            "buyer-6",
            "m-2",
            "怎么还没人理我 垃圾店 我要投诉给差评!!!",
        ))
        .unwrap();
    assert_eq!(
        out.decision.action,
        Action::Ignore,
        "the person handles it, not the assistant"
    );
    let esc = s.core.escalation(&esc.id).unwrap();
    assert_eq!(
        esc.priority,
        owldesk_domain::Priority::Urgent,
        "an upset buyer is urgent"
    );
}
