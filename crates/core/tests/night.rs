//! Night mode end to end on a real SQLite file and a fixed clock: modes inside and outside
//! hours, drafts, holding replies once per night, the override, the response guard, SLA,
//! snoozes, auto-resolve and reopening, and the morning briefing. The shop is in Shanghai
//! (UTC+8) with the default hours, 09:00–23:00; 2026-11-21 is a Saturday.

use jiff::{SignedDuration, Timestamp};
use owldesk_core::inbound::InboundRequest;
use owldesk_core::{Core, FixedClock};
use owldesk_domain::{
    Action, ConversationStatus, DomainEvent, DraftStatus, EscalationReason, FaqEntry, MessageKind,
    Mode, ModeOverride, Priority, Span,
};
use std::sync::Arc;

fn t(s: &str) -> Timestamp {
    s.parse().unwrap()
}

fn faq() -> Vec<FaqEntry> {
    serde_json::from_str(
        r#"[
        {"id": "ship_time", "question": "什么时候发货?", "paraphrases": ["几天发货", "多久能发出", "when do you ship"],
         "answer": "亲,付款后48小时内发货哦~"},
        {"id": "courier", "question": "发什么快递?", "paraphrases": ["用的哪家快递", "which courier"],
         "answer": "默认发中通快递哦"}
    ]"#,
    )
    .unwrap()
}

struct Shop {
    core: Core,
    clock: Arc<FixedClock>,
    _dir: tempfile::TempDir,
}

impl Shop {
    fn at(s: &str) -> Shop {
        let dir = tempfile::tempdir().unwrap();
        let clock = Arc::new(FixedClock::new(t(s)));
        let core = Core::open_with_clock(dir.path(), clock.clone()).unwrap();
        core.faq_import(faq(), "test").unwrap();
        Shop {
            core,
            clock,
            _dir: dir,
        }
    }

    fn set(&self, s: &str) {
        self.clock.set(t(s));
    }

    fn advance(&self, by: SignedDuration) {
        self.clock.advance(by);
    }

    fn say(&self, customer: &str, id: &str, text: &str) -> owldesk_core::inbound::InboundOutcome {
        self.send(customer, id, text, MessageKind::Text)
    }

    fn send(
        &self,
        customer: &str,
        id: &str,
        text: &str,
        kind: MessageKind,
    ) -> owldesk_core::inbound::InboundOutcome {
        self.core
            .inbound(InboundRequest {
                channel: "bridge".into(),
                customer: customer.into(),
                message_id: id.into(),
                text: text.into(),
                kind,
                media_url: None,
                order: None,
            })
            .unwrap()
    }
}

#[test]
fn assist_inside_hours_drafts_and_auto_outside_answers() {
    let s = Shop::at("2026-11-21T22:00:00+08:00");
    let out = s.say("b1", "m1", "几天发货");
    assert_eq!(
        out.decision.action,
        Action::Answer,
        "{:?}",
        out.decision.trace
    );
    assert_eq!(out.mode, Mode::Assist, "inside hours the default is assist");
    assert_eq!(out.reply, None, "assist mode sends nothing by itself");
    let draft = out.draft.expect("the answer is kept as a draft");
    assert_eq!(draft.text, "亲,付款后48小时内发货哦~");
    assert_eq!(
        s.core.pending_drafts().unwrap().len(),
        1,
        "the inbox shows the draft"
    );

    let sent = s
        .core
        .send_draft(&draft.id, Some("亲,今天就发哦"), "amy")
        .unwrap();
    assert_eq!(
        sent.text, "亲,今天就发哦",
        "an edited draft is sent as edited"
    );
    assert!(s.core.pending_drafts().unwrap().is_empty());
    let err = s.core.send_draft(&draft.id, None, "amy").unwrap_err();
    assert_eq!(
        err.code(),
        owldesk_core::ErrorCode::Conflict,
        "a draft is sent once"
    );

    s.set("2026-11-21T23:30:00+08:00");
    let out = s.say("b2", "m2", "几天发货");
    assert_eq!(out.mode, Mode::Auto, "outside hours the default is auto");
    assert_eq!(out.reply.as_deref(), Some("亲,付款后48小时内发货哦~"));
    assert!(out.draft.is_none());
}

#[test]
fn off_mode_answers_nothing_and_sends_no_holding_reply() {
    let s = Shop::at("2026-11-21T23:30:00+08:00");
    s.core
        .set_mode_override(
            Some(ModeOverride {
                mode: Mode::Off,
                until: t("2026-11-22T08:00:00+08:00"),
            }),
            "owner",
        )
        .unwrap();
    let out = s.say("b1", "m1", "几天发货");
    assert_eq!((out.mode, out.reply.as_deref()), (Mode::Off, None));
    assert!(out.draft.is_some(), "the assistant still suggests a reply");
    let img = s.send("b2", "m2", "", MessageKind::Image);
    assert_eq!(img.decision.action, Action::Escalate);
    assert_eq!(img.reply, None, "off: no holding reply either");
}

#[test]
fn holding_reply_names_the_opening_once_per_night() {
    let s = Shop::at("2026-11-21T23:30:00+08:00");
    let out = s.send("b1", "m1", "", MessageKind::Image);
    assert_eq!(out.decision.action, Action::Escalate);
    assert!(out.holding);
    let text = out.reply.expect("a holding reply outside hours");
    assert!(text.contains("明天 09:00"), "{text}");

    // The person resolves it at night; the buyer escalates again: no second holding reply.
    let esc = s.core.escalations(None, &Default::default()).unwrap().items[0].clone();
    s.core.resolve(&esc.id, "owner").unwrap();
    s.set("2026-11-22T01:00:00+08:00");
    let again = s.send("b1", "m2", "", MessageKind::Image);
    assert_eq!(again.decision.action, Action::Escalate);
    assert_eq!(
        again.reply, None,
        "one holding reply per conversation per night"
    );

    // The next night it is owed again; an English buyer reads English.
    let esc = s.core.escalations(None, &Default::default()).unwrap().items[0].clone();
    s.core.resolve(&esc.id, "owner").unwrap();
    s.set("2026-11-22T23:10:00+08:00");
    let next = s.send("b1", "m3", "photo of the broken zip", MessageKind::Image);
    let text = next.reply.expect("a new night, a new holding reply");
    assert!(text.contains("tomorrow 09:00"), "{text}");
}

#[test]
fn the_holding_reply_says_monday_when_sunday_is_closed() {
    let s = Shop::at("2026-11-21T23:30:00+08:00");
    let mut schedule = s.core.settings().unwrap().schedule;
    schedule.weekly[6] = vec![];
    s.core.set_schedule(schedule, "owner").unwrap();
    let out = s.send("b1", "m1", "", MessageKind::Image);
    assert!(out.reply.unwrap().contains("周一 09:00"));
    let status = s.core.schedule_status().unwrap();
    assert_eq!(status.next_open, Some(t("2026-11-23T09:00:00+08:00")));
}

#[test]
fn inside_hours_a_person_is_coming() {
    let s = Shop::at("2026-11-21T15:00:00+08:00");
    let out = s.send("b1", "m1", "", MessageKind::Image);
    let expected = s.core.settings().unwrap().holding.open.zh;
    assert_eq!(out.reply.as_deref(), Some(expected.as_str()));
}

#[test]
fn a_manual_override_expires() {
    let s = Shop::at("2026-11-21T22:00:00+08:00");
    let until = t("2026-11-21T22:30:00+08:00");
    s.core
        .set_mode_override(
            Some(ModeOverride {
                mode: Mode::Auto,
                until,
            }),
            "owner",
        )
        .unwrap();
    let st = s.core.schedule_status().unwrap();
    assert_eq!((st.mode, st.next_switch), (Mode::Auto, Some(until)));
    assert_eq!(s.say("b1", "m1", "几天发货").mode, Mode::Auto);
    s.set("2026-11-21T22:31:00+08:00");
    assert_eq!(
        s.core.schedule_status().unwrap().mode,
        Mode::Assist,
        "expired"
    );
    assert!(
        s.core.tick().unwrap().override_expired,
        "the tick removes it"
    );
    let past = ModeOverride {
        mode: Mode::Off,
        until: t("2026-11-21T20:00:00+08:00"),
    };
    let err = s.core.set_mode_override(Some(past), "owner").unwrap_err();
    assert!(err.to_string().contains("until"), "{err}");
}

#[test]
fn the_tray_switch_lasts_until_the_hours_change_and_pause_until_the_opening() {
    // Default hours 09:00–23:00 in Asia/Shanghai; 22:00 is inside, in assist.
    let s = Shop::at("2026-11-21T22:00:00+08:00");
    let st = s.core.switch_mode(Some(Mode::Auto), "owner").unwrap();
    assert_eq!(st.mode, Mode::Auto);
    assert_eq!(
        st.mode_override.map(|o| o.until),
        Some(t("2026-11-21T23:00:00+08:00")),
        "until the shop closes"
    );
    let st = s.core.pause_until_open("owner").unwrap();
    assert_eq!(st.mode, Mode::Off);
    assert_eq!(
        st.mode_override.map(|o| o.until),
        Some(t("2026-11-22T09:00:00+08:00")),
        "until the morning"
    );
    assert_eq!(s.say("b1", "m1", "几天发货").mode, Mode::Off);
    let st = s.core.switch_mode(None, "owner").unwrap();
    assert_eq!((st.mode, st.mode_override), (Mode::Assist, None));
}

#[test]
fn the_response_guard_replies_in_assist_mode() {
    let s = Shop::at("2026-11-21T20:00:00+08:00");
    s.say("b1", "m1", "几天发货");
    s.advance(SignedDuration::from_secs(120));
    assert_eq!(
        s.core.tick().unwrap().guard_holding,
        0,
        "two minutes: not yet"
    );
    s.advance(SignedDuration::from_secs(31));
    let mut events = s.core.subscribe();
    assert_eq!(
        s.core.tick().unwrap().guard_holding,
        1,
        "after 2m30s the guard replies"
    );
    let sent = std::iter::from_fn(|| events.try_recv().ok())
        .find_map(|e| match e {
            DomainEvent::ReplyCreated { message, .. } => Some(message.text),
            _ => None,
        })
        .unwrap();
    assert_eq!(sent, s.core.settings().unwrap().holding.open.zh);
    s.advance(SignedDuration::from_secs(200));
    assert_eq!(s.core.tick().unwrap().guard_holding, 0, "once per wait");

    // When the owner allows it, the guard sends the draft instead.
    let mut settings = s.core.settings().unwrap();
    settings.night.guard_sends_draft = true;
    s.core.update_settings(settings, "owner").unwrap();
    let d = s.say("b2", "m2", "用的哪家快递").draft.unwrap();
    s.advance(SignedDuration::from_secs(151));
    assert_eq!(s.core.tick().unwrap().guard_drafts, 1);
    let drafts = s.core.drafts_of(&d.conversation_id).unwrap();
    assert_eq!(drafts[0].status, DraftStatus::Sent);
    assert_eq!(drafts[0].decided_by.as_deref(), Some("guard"));
}

#[test]
fn a_person_replying_stops_the_guard() {
    let s = Shop::at("2026-11-21T20:00:00+08:00");
    let out = s.say("b1", "m1", "几天发货");
    s.advance(SignedDuration::from_secs(60));
    s.core
        .send_draft(&out.draft.unwrap().id, None, "amy")
        .unwrap();
    s.advance(SignedDuration::from_secs(200));
    let tick = s.core.tick().unwrap();
    assert_eq!((tick.guard_holding, tick.guard_drafts), (0, 0));
}

#[test]
fn escalations_are_due_in_business_hours() {
    let s = Shop::at("2026-11-21T23:30:00+08:00");
    s.send("b1", "m1", "", MessageKind::Image);
    let esc = s.core.escalations(None, &Default::default()).unwrap().items[0].clone();
    assert_eq!(
        (esc.reason, esc.priority),
        (EscalationReason::Media, Priority::High)
    );
    assert_eq!(
        esc.due_at,
        Some(t("2026-11-22T11:00:00+08:00")),
        "two business hours from the next opening"
    );
}

#[test]
fn snoozed_conversations_wake_on_the_tick() {
    let s = Shop::at("2026-11-21T23:30:00+08:00");
    s.send("b1", "m1", "", MessageKind::Image);
    let esc = s.core.escalations(None, &Default::default()).unwrap().items[0].clone();
    s.core
        .snooze(&esc.id, t("2026-11-22T09:00:00+08:00"), "owner")
        .unwrap();
    s.set("2026-11-22T08:59:00+08:00");
    assert_eq!(s.core.tick().unwrap().woken, 0);
    s.set("2026-11-22T09:00:00+08:00");
    assert_eq!(s.core.tick().unwrap().woken, 1);
    assert_eq!(
        s.core.conversation(&esc.conversation_id).unwrap().status,
        ConversationStatus::Open
    );
}

#[test]
fn idle_conversations_resolve_and_a_new_message_reopens() {
    let s = Shop::at("2026-11-21T23:30:00+08:00");
    let out = s.say("b1", "m1", "几天发货");
    s.advance(SignedDuration::from_hours(3));
    assert_eq!(
        s.core.tick().unwrap().resolved,
        0,
        "three hours: not idle enough"
    );
    s.advance(SignedDuration::from_mins(61));
    assert_eq!(s.core.tick().unwrap().resolved, 1);
    let c = s.core.conversation(&out.conversation_id).unwrap();
    assert_eq!(c.status, ConversationStatus::Resolved);
    let again = s.say("b1", "m2", "用的哪家快递");
    assert_eq!(again.conversation_id, out.conversation_id);
    assert_eq!(
        s.core.conversation(&out.conversation_id).unwrap().status,
        ConversationStatus::Pending,
        "reopened by the buyer"
    );
    assert!(again.reply.is_some());
}

#[test]
fn the_briefing_ranks_urgent_then_oldest_and_comes_when_hours_begin() {
    let s = Shop::at("2026-11-21T23:10:00+08:00");
    s.say("b1", "m1", "几天发货");
    s.advance(SignedDuration::from_mins(10));
    s.send("b2", "m2", "", MessageKind::Image); // high
    s.advance(SignedDuration::from_mins(10));
    let angry = s.say("b3", "m3", "太差劲了!!我要投诉你们,给差评");
    assert_eq!(
        angry.decision.reason,
        Some(EscalationReason::Anger),
        "{:?}",
        angry.decision.trace
    );
    s.advance(SignedDuration::from_mins(10));
    s.send("b4", "m4", "", MessageKind::Video); // high, later
    s.set("2026-11-22T08:59:00+08:00");
    assert!(!s.core.tick().unwrap().briefed, "not before opening");
    s.set("2026-11-22T09:00:10+08:00");
    let mut events = s.core.subscribe();
    assert!(s.core.tick().unwrap().briefed);
    assert!(!s.core.tick().unwrap().briefed, "once per night");
    let b = std::iter::from_fn(|| events.try_recv().ok())
        .find_map(|e| match e {
            DomainEvent::BriefingReady { briefing } => Some(briefing),
            _ => None,
        })
        .expect("the briefing is announced");
    assert_eq!(b.from, t("2026-11-21T23:00:00+08:00"));
    assert_eq!((b.messages, b.answered, b.escalated), (4, 1, 3));
    let order: Vec<_> = b.escalations.iter().map(|e| e.customer.as_str()).collect();
    assert_eq!(order, vec!["b3", "b2", "b4"], "urgent first, then oldest");
    assert_eq!(b.urgent, 1);
    assert_eq!(b.headline.zh, "夜间共处理 4 条, 3 条待您处理, 1 条紧急");
    let on_demand = s.core.briefing(None, None).unwrap();
    assert_eq!(on_demand.messages, 4, "the same night on demand");
}

#[test]
fn special_days_and_midnight_spans_drive_the_mode() {
    let s = Shop::at("2026-11-11T01:00:00+08:00");
    let mut schedule = s.core.settings().unwrap().schedule;
    schedule.special.push(owldesk_domain::SpecialDay {
        name: "双11".into(),
        from: "2026-11-10".into(),
        to: None,
        spans: vec![Span::new("08:00", "02:00")],
    });
    s.core.set_schedule(schedule, "owner").unwrap();
    let st = s.core.schedule_status().unwrap();
    assert!(st.open, "the eve of 双11 runs until two");
    assert_eq!(st.mode, Mode::Assist);
    assert_eq!(st.next_switch, Some(t("2026-11-11T02:00:00+08:00")));
}

#[test]
fn the_reply_rate_counts_business_hours_only() {
    let s = Shop::at("2026-11-21T20:00:00+08:00");
    s.say("b1", "m1", "几天发货");
    s.advance(SignedDuration::from_secs(150));
    s.core.tick().unwrap(); // the guard replies within three minutes
    s.set("2026-11-21T21:00:00+08:00");
    let late = s.say("b2", "m2", "用的哪家快递");
    s.set("2026-11-21T21:05:00+08:00");
    s.core
        .reply_as_agent(&late.conversation_id, "中通哦", "amy")
        .unwrap(); // too late for the three minutes (the guard did not run)
    s.set("2026-11-21T23:30:00+08:00");
    s.say("b3", "m3", "几天发货"); // after hours: not counted
    let rates = s.core.reply_rates(2).unwrap();
    assert_eq!(rates.len(), 2);
    assert_eq!(rates[0].date, "2026-11-20");
    assert_eq!(
        (rates[0].messages, rates[0].rate),
        (0, 1.0),
        "nobody waited"
    );
    let today = &rates[1];
    assert_eq!(today.date, "2026-11-21");
    assert_eq!((today.messages, today.replied_within_3m), (2, 1));
    assert!(s.core.reply_rates(0).is_err());
}

#[test]
fn a_person_s_own_reply_retires_the_drafts() {
    let s = Shop::at("2026-11-21T20:00:00+08:00");
    let out = s.say("b1", "m1", "几天发货");
    s.say("b1", "m2", "用的哪家快递");
    assert_eq!(s.core.pending_drafts().unwrap().len(), 2);
    s.core
        .reply_as_agent(&out.conversation_id, "今天发中通", "amy")
        .unwrap();
    assert!(
        s.core.pending_drafts().unwrap().is_empty(),
        "nothing stale left in the inbox"
    );
    let drafts = s.core.drafts_of(&out.conversation_id).unwrap();
    assert!(drafts.iter().all(|d| d.status == DraftStatus::Discarded));
}
