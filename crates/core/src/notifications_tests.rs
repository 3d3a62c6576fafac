//! The notification policy on a fixed clock: urgent now, digests, quiet hours, reminders until
//! acknowledged, nothing for escalations resolved before their digest.

use super::*;
use jiff::Timestamp;
use owldesk_domain::{MessageId, Span};
use rstest::rstest;

/// 10:00 in Shanghai.
const START: &str = "2026-11-21T02:00:00Z";

fn t0() -> Timestamp {
    START.parse().unwrap()
}

fn at(mins: i64) -> Timestamp {
    t0().saturating_add(SignedDuration::from_mins(mins))
        .unwrap()
}

fn tz() -> TimeZone {
    TimeZone::get("Asia/Shanghai").unwrap()
}

fn waiting(n: u32, reason: EscalationReason) -> Waiting {
    Waiting {
        escalation: Escalation {
            id: EscalationId(format!("esc-{n}")),
            conversation_id: ConversationId(format!("conv-{n}")),
            message_id: MessageId(format!("msg-{n}")),
            reason,
            rule: None,
            status: EscalationStatus::Open,
            priority: reason.default_priority(),
            summary: format!("summary {n}"),
            created_at: t0(),
            resolved_at: None,
            snoozed_until: None,
            due_at: None,
        },
        customer: format!("buyer-{n}"),
    }
}

fn with_status(mut w: Waiting, status: EscalationStatus) -> Waiting {
    w.escalation.status = status;
    w
}

fn kinds(notes: &[Notification]) -> Vec<NotificationKind> {
    notes.iter().map(|n| n.kind).collect()
}

/// Ticks every minute from `from` to `to` (inclusive), collecting what is shown.
fn run(
    n: &mut Notifications,
    policy: &NotificationPolicy,
    from: i64,
    to: i64,
) -> Vec<Notification> {
    (from..=to)
        .flat_map(|m| n.tick(policy, &tz(), at(m)))
        .collect()
}

#[rstest]
#[case::upset_buyer(EscalationReason::Anger, Priority::Urgent, true)]
#[case::after_sale(EscalationReason::AfterSale, Priority::Urgent, true)]
#[case::rule_marked_urgent(EscalationReason::Rule, Priority::Urgent, true)]
#[case::asked_for_a_person(EscalationReason::Human, Priority::High, false)]
#[case::unknown_question(EscalationReason::Unknown, Priority::Normal, false)]
fn urgent_ones_show_at_once_the_others_wait(
    #[case] reason: EscalationReason,
    #[case] priority: Priority,
    #[case] at_once: bool,
) {
    let mut n = Notifications::default();
    let mut w = waiting(1, reason);
    w.escalation.priority = priority;
    let shown = n.escalated(w, &NotificationPolicy::default(), t0());
    assert_eq!(
        shown.len(),
        usize::from(at_once),
        "only urgent escalations are notified at once"
    );
    if let Some(note) = shown.first() {
        assert_eq!(note.kind, NotificationKind::Urgent);
        assert!(
            note.body.contains("buyer-1"),
            "names the buyer: {}",
            note.body
        );
        assert!(
            note.body.contains(reason.as_str()),
            "says why: {}",
            note.body
        );
        assert_eq!(note.conversation_id, Some(ConversationId("conv-1".into())));
    }
}

#[test]
fn non_urgent_ones_are_batched_into_one_digest_every_n_minutes() {
    let policy = NotificationPolicy::default();
    let mut n = Notifications::default();
    n.escalated(waiting(1, EscalationReason::Unknown), &policy, at(0));
    n.escalated(waiting(2, EscalationReason::Human), &policy, at(4));
    assert!(
        run(&mut n, &policy, 0, 9).is_empty(),
        "nothing before 10 minutes"
    );
    n.escalated(waiting(3, EscalationReason::Media), &policy, at(9));
    let shown = run(&mut n, &policy, 10, 10);
    assert_eq!(
        kinds(&shown),
        [NotificationKind::Digest],
        "one digest at 10 minutes"
    );
    let d = &shown[0];
    assert_eq!(d.escalation_ids.len(), 3, "all three in it");
    assert!(d.title.starts_with('3'), "counts them: {}", d.title);
    assert!(
        d.body.contains("buyer-2") && d.body.contains("human"),
        "{}",
        d.body
    );
    assert!(
        run(&mut n, &policy, 11, 40).is_empty(),
        "nothing more to say"
    );
    n.escalated(waiting(4, EscalationReason::Unknown), &policy, at(41));
    assert_eq!(
        kinds(&run(&mut n, &policy, 41, 51)),
        [NotificationKind::Digest],
        "a later one opens a new window of its own"
    );
}

#[rstest]
#[case::every_five(5, 4, 5)]
#[case::every_thirty(30, 29, 30)]
fn the_digest_interval_is_the_owners(
    #[case] every: u32,
    #[case] quiet_until: i64,
    #[case] due: i64,
) {
    let policy = NotificationPolicy {
        digest_every_minutes: every,
        ..NotificationPolicy::default()
    };
    let mut n = Notifications::default();
    n.escalated(waiting(1, EscalationReason::Unknown), &policy, at(0));
    assert!(run(&mut n, &policy, 0, quiet_until).is_empty());
    assert_eq!(
        kinds(&run(&mut n, &policy, due, due)),
        [NotificationKind::Digest]
    );
}

#[rstest]
#[case::resolved(EscalationStatus::Resolved)]
#[case::snoozed(EscalationStatus::Snoozed)]
fn nothing_for_escalations_resolved_before_the_digest(#[case] status: EscalationStatus) {
    let policy = NotificationPolicy::default();
    let mut n = Notifications::default();
    n.escalated(waiting(1, EscalationReason::Unknown), &policy, at(0));
    n.escalated(waiting(2, EscalationReason::Unknown), &policy, at(1));
    n.updated(
        with_status(waiting(1, EscalationReason::Unknown), status),
        &policy,
        at(3),
    );
    let shown = run(&mut n, &policy, 0, 20);
    assert_eq!(shown.len(), 1);
    assert_eq!(
        shown[0].escalation_ids,
        [EscalationId("esc-2".into())],
        "the resolved one is left out"
    );
    n.escalated(waiting(3, EscalationReason::Unknown), &policy, at(21));
    n.updated(
        with_status(
            waiting(3, EscalationReason::Unknown),
            EscalationStatus::Resolved,
        ),
        &policy,
        at(22),
    );
    assert!(
        run(&mut n, &policy, 21, 60).is_empty(),
        "no digest at all when everything was resolved"
    );
}

#[test]
fn quiet_hours_hold_the_digest_but_not_urgent_ones() {
    let policy = NotificationPolicy {
        quiet_hours: Some(Span::new("23:00", "08:00")),
        ..NotificationPolicy::default()
    };
    let mut n = Notifications::default();
    // 23:30 in Shanghai.
    let night = "2026-11-21T15:30:00Z".parse::<Timestamp>().unwrap();
    let mins = |m: i64| night.saturating_add(SignedDuration::from_mins(m)).unwrap();
    n.escalated(waiting(1, EscalationReason::Unknown), &policy, mins(0));
    let urgent = n.escalated(waiting(2, EscalationReason::Anger), &policy, mins(1));
    assert_eq!(
        kinds(&urgent),
        [NotificationKind::Urgent],
        "urgent shows in quiet hours"
    );
    n.acknowledged(&EscalationId("esc-2".into()));
    // Until 07:59: nothing (the digest fell due at 23:40 but it is quiet).
    let quiet: Vec<_> = (0..510)
        .flat_map(|m| n.tick(&policy, &tz(), mins(m)))
        .collect();
    assert!(quiet.is_empty(), "quiet hours hold the digest: {quiet:?}");
    assert_eq!(n.queued(), 1, "still waiting for the morning");
    let morning = n.tick(&policy, &tz(), mins(510));
    assert_eq!(
        kinds(&morning),
        [NotificationKind::Digest],
        "shown at 08:00"
    );
    assert_eq!(morning[0].escalation_ids, [EscalationId("esc-1".into())]);
}

#[test]
fn an_urgent_one_repeats_every_m_minutes_until_acknowledged() {
    let policy = NotificationPolicy::default();
    let mut n = Notifications::default();
    let first = n.escalated(waiting(1, EscalationReason::AfterSale), &policy, at(0));
    assert_eq!(kinds(&first), [NotificationKind::Urgent]);
    assert!(
        run(&mut n, &policy, 0, 14).is_empty(),
        "no reminder before 15 minutes"
    );
    assert_eq!(
        kinds(&run(&mut n, &policy, 15, 15)),
        [NotificationKind::Reminder]
    );
    assert!(run(&mut n, &policy, 16, 29).is_empty());
    assert_eq!(
        kinds(&run(&mut n, &policy, 30, 30)),
        [NotificationKind::Reminder]
    );
    n.acknowledged(&EscalationId("esc-1".into()));
    assert_eq!(n.ringing(), 0);
    assert!(
        run(&mut n, &policy, 31, 120).is_empty(),
        "opened in the inbox: silence"
    );
    let again = n.updated(waiting(1, EscalationReason::AfterSale), &policy, at(121));
    assert!(
        again.is_empty(),
        "an acknowledged one is not shown again while open"
    );
}

#[rstest]
#[case::resolved(EscalationStatus::Resolved)]
#[case::snoozed(EscalationStatus::Snoozed)]
fn an_urgent_one_stops_when_resolved_or_snoozed(#[case] status: EscalationStatus) {
    let policy = NotificationPolicy::default();
    let mut n = Notifications::default();
    n.escalated(waiting(1, EscalationReason::Anger), &policy, at(0));
    n.updated(
        with_status(waiting(1, EscalationReason::Anger), status),
        &policy,
        at(5),
    );
    assert!(run(&mut n, &policy, 0, 60).is_empty());
}

#[test]
fn without_reminders_an_urgent_one_shows_once() {
    let policy = NotificationPolicy {
        repeat_urgent_every_minutes: 0,
        ..NotificationPolicy::default()
    };
    let mut n = Notifications::default();
    assert_eq!(
        n.escalated(waiting(1, EscalationReason::Anger), &policy, at(0))
            .len(),
        1
    );
    assert!(
        run(&mut n, &policy, 0, 120).is_empty(),
        "0 means never repeat"
    );
}

#[test]
fn one_that_turns_urgent_while_queued_is_shown_then_and_leaves_the_digest() {
    let policy = NotificationPolicy::default();
    let mut n = Notifications::default();
    n.escalated(waiting(1, EscalationReason::Unknown), &policy, at(0));
    let mut upset = waiting(1, EscalationReason::Unknown);
    upset.escalation.priority = Priority::Urgent;
    let shown = n.updated(upset.clone(), &policy, at(3));
    assert_eq!(kinds(&shown), [NotificationKind::Urgent]);
    assert!(n.updated(upset, &policy, at(4)).is_empty(), "only once");
    assert!(
        run(&mut n, &policy, 0, 12).is_empty(),
        "the digest no longer has it, so there is none"
    );
}

#[test]
fn nothing_at_all_when_the_owner_turned_notifications_off() {
    let policy = NotificationPolicy {
        enabled: false,
        ..NotificationPolicy::default()
    };
    let mut n = Notifications::default();
    assert!(
        n.escalated(waiting(1, EscalationReason::Anger), &policy, at(0))
            .is_empty()
    );
    n.escalated(waiting(2, EscalationReason::Unknown), &policy, at(0));
    assert!(run(&mut n, &policy, 0, 60).is_empty());
}

#[test]
fn a_long_digest_names_five_and_counts_the_rest() {
    let policy = NotificationPolicy::default();
    let mut n = Notifications::default();
    for i in 0..8 {
        n.escalated(waiting(i, EscalationReason::Unknown), &policy, at(0));
    }
    let d = run(&mut n, &policy, 10, 10);
    assert_eq!(d[0].escalation_ids.len(), 8);
    assert_eq!(d[0].body.lines().count(), DIGEST_LINES + 1);
    assert!(d[0].body.ends_with("and 3 more"), "{}", d[0].body);
}

fn briefing_of(items: usize) -> Briefing {
    let escalations = (0..items)
        .map(|n| owldesk_domain::BriefingItem {
            escalation_id: EscalationId(format!("esc-{n}")),
            conversation_id: ConversationId(format!("conv-{n}")),
            customer: format!("buyer-{n}"),
            priority: if n == 0 {
                Priority::Urgent
            } else {
                Priority::Normal
            },
            reason: if n == 0 {
                EscalationReason::Anger
            } else {
                EscalationReason::Unknown
            },
            gist: format!("gist {n}"),
            draft: None,
            created_at: t0(),
            due_at: None,
        })
        .collect();
    Briefing {
        from: t0(),
        to: at(600),
        messages: 128,
        answered: 100,
        auto_share: 100.0 / 128.0,
        drafted: 0,
        escalated: 7,
        waiting: 0,
        replied_within_3m: 120,
        escalations,
        urgent: 1,
        headline: owldesk_domain::Localized {
            zh: "夜间共处理 128 条, 7 条待您处理, 1 条紧急".into(),
            en: "128 messages overnight, 7 wait for you, 1 urgent".into(),
        },
    }
}

#[test]
fn the_briefing_is_one_notification_headed_by_the_night_in_one_line() {
    let note = briefing(&briefing_of(7));
    assert_eq!(note.kind, NotificationKind::Briefing);
    assert_eq!(note.title, "夜间共处理 128 条, 7 条待您处理, 1 条紧急");
    let lines: Vec<&str> = note.body.lines().collect();
    assert_eq!(lines[0], "128 messages overnight, 7 wait for you, 1 urgent");
    assert_eq!(
        lines[1], "buyer-0 · 买家不满 anger · gist 0",
        "urgent first, as ranked"
    );
    assert_eq!(
        lines.len(),
        1 + DIGEST_LINES + 1,
        "five named, the rest counted"
    );
    assert!(lines[DIGEST_LINES + 1].contains("2 more"), "{}", note.body);
    assert_eq!(note.escalation_ids.len(), 7);
    assert_eq!(
        note.conversation_id, None,
        "a click opens the inbox, where the briefing is"
    );
}
