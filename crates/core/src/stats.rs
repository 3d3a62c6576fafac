//! Figures for the dashboard and the threshold preview, computed from stored messages and the
//! decisions kept on them.
//!
//! Nothing here reads the clock: the period and "now" come from the caller (the HTTP handler
//! takes them from the request or the core's clock). The figures are recomputed on each call
//! from at most [`MAX_MESSAGES`] messages of the period; a shop with more messages than that in
//! one period gets figures over its first [`MAX_MESSAGES`], and `truncated` says so. To add a
//! figure, add a field to [`Stats`] and fill it in [`compute`].

use jiff::{SignedDuration, Timestamp};
use owldesk_domain::{
    Action, Author, Decision, Direction, EscalationReason, Message, MessageKind, Thresholds,
};
use serde::Serialize;
use std::collections::HashMap;
use utoipa::ToSchema;

use crate::{Core, Result};

/// The most messages one call looks at.
pub const MAX_MESSAGES: usize = 200_000;

/// A count of something named.
#[derive(Debug, Clone, PartialEq, Serialize, ToSchema)]
pub struct Count {
    /// What was counted (an escalation reason, an FAQ id, a question).
    pub key: String,
    /// How often.
    pub count: u64,
}

/// The dashboard's figures for a period.
#[derive(Debug, Clone, PartialEq, Serialize, ToSchema)]
pub struct Stats {
    /// Buyer messages in the period.
    pub messages: u64,
    /// Buyer messages the assistant answered, greeted or clarified by itself.
    pub automatic: u64,
    /// `automatic / messages`, 0 when there were none.
    pub automatic_share: f64,
    /// Escalations by reason, most first.
    pub escalations_by_reason: Vec<Count>,
    /// Median seconds from a buyer message to the assistant's reply, if it replied to any.
    pub median_first_reply_assistant_s: Option<f64>,
    /// Median seconds from an escalated buyer message to a person's reply, if any.
    pub median_first_reply_people_s: Option<f64>,
    /// Buyer messages per hour of the day (24 values, in the caller's UTC offset).
    pub by_hour: Vec<u64>,
    /// FAQ entries that answered most, most first (at most 10).
    pub top_faq: Vec<Count>,
    /// Questions escalated because the FAQ did not cover them, most asked first (at most 10).
    pub top_unanswered: Vec<Count>,
    /// True when the period held more than [`MAX_MESSAGES`] messages.
    pub truncated: bool,
}

/// What other thresholds would have done to recent buyer messages.
#[derive(Debug, Clone, PartialEq, Serialize, ToSchema)]
pub struct ThresholdEffect {
    /// Buyer text messages looked at (those the thresholds decided: no rule or guard fired).
    pub messages: u64,
    /// How many would be answered at the given thresholds.
    pub answered: u64,
    /// `answered / messages`, 0 when there were none.
    pub answered_share: f64,
    /// How many that were answered would now be asked back or handed over.
    pub answers_lost: u64,
    /// How many that were not answered would now be answered.
    pub answers_gained: u64,
}

impl Core {
    /// The dashboard's figures for `[from, to)`; hours are counted at `utc_offset_minutes`.
    ///
    /// # Errors
    /// Storage failures.
    pub fn stats(&self, from: Timestamp, to: Timestamp, utc_offset_minutes: i32) -> Result<Stats> {
        let messages =
            self.read(|c| owldesk_store::messages::in_period(c, from, to, MAX_MESSAGES + 1))?;
        Ok(compute(&messages, utc_offset_minutes))
    }

    /// What `thresholds` would have done to the buyer messages of `[from, to)`.
    ///
    /// # Errors
    /// Storage failures.
    pub fn threshold_effect(
        &self,
        thresholds: Thresholds,
        from: Timestamp,
        to: Timestamp,
    ) -> Result<ThresholdEffect> {
        let messages =
            self.read(|c| owldesk_store::messages::in_period(c, from, to, MAX_MESSAGES))?;
        Ok(effect(&messages, thresholds))
    }
}

fn is_buyer(m: &Message) -> bool {
    m.direction == Direction::Incoming
}

fn automatic(d: &Decision) -> bool {
    matches!(d.action, Action::Answer | Action::Greet | Action::Clarify)
}

/// The figures over `messages` (oldest first).
pub fn compute(messages: &[Message], utc_offset_minutes: i32) -> Stats {
    let truncated = messages.len() > MAX_MESSAGES;
    let messages = &messages[..messages.len().min(MAX_MESSAGES)];
    let mut stats = Stats {
        messages: 0,
        automatic: 0,
        automatic_share: 0.0,
        escalations_by_reason: Vec::new(),
        median_first_reply_assistant_s: None,
        median_first_reply_people_s: None,
        by_hour: vec![0; 24],
        top_faq: Vec::new(),
        top_unanswered: Vec::new(),
        truncated,
    };
    let mut reasons: HashMap<String, u64> = HashMap::new();
    let mut faq: HashMap<String, u64> = HashMap::new();
    let mut unanswered: HashMap<String, u64> = HashMap::new();
    // Per conversation: when the buyer started waiting, and whether a person is expected.
    let mut waiting: HashMap<&str, (Timestamp, bool)> = HashMap::new();
    let (mut by_assistant, mut by_people) = (Vec::new(), Vec::new());
    let offset = SignedDuration::from_mins(i64::from(utc_offset_minutes));
    for m in messages {
        let conv = m.conversation_id.as_str();
        if is_buyer(m) {
            stats.messages += 1;
            let local = m.created_at.saturating_add(offset).unwrap_or(m.created_at);
            let hour = local.as_second().rem_euclid(86_400) / 3_600;
            if let Some(slot) = stats.by_hour.get_mut(usize::try_from(hour).unwrap_or(0)) {
                *slot += 1;
            }
            let escalated = m
                .decision
                .as_ref()
                .is_some_and(|d| d.action == Action::Escalate);
            waiting
                .entry(conv)
                .and_modify(|w| w.1 |= escalated)
                .or_insert((m.created_at, escalated));
            let Some(d) = &m.decision else { continue };
            if automatic(d) {
                stats.automatic += 1;
            }
            if let (Action::Answer, Some(id)) = (d.action, &d.faq_id) {
                *faq.entry(id.as_str().to_owned()).or_default() += 1;
            }
            if d.action == Action::Escalate {
                let reason = d.reason.unwrap_or(EscalationReason::Unknown);
                *reasons.entry(reason.as_str().to_owned()).or_default() += 1;
                if reason == EscalationReason::Unknown && m.kind == MessageKind::Text {
                    *unanswered.entry(m.text.trim().to_owned()).or_default() += 1;
                }
            }
        } else if m.direction == Direction::Outgoing && !m.private {
            let Some((since, needs_person)) = waiting.get(conv).copied() else {
                continue;
            };
            let secs = m.created_at.duration_since(since).as_secs_f64().max(0.0);
            match m.author {
                Author::Assistant if !needs_person => by_assistant.push(secs),
                Author::Agent => by_people.push(secs),
                _ => continue,
            }
            waiting.remove(conv);
        }
    }
    if stats.messages > 0 {
        stats.automatic_share = stats.automatic as f64 / stats.messages as f64;
    }
    stats.escalations_by_reason = ranked(reasons, usize::MAX);
    stats.top_faq = ranked(faq, 10);
    stats.top_unanswered = ranked(unanswered, 10);
    stats.median_first_reply_assistant_s = median(by_assistant);
    stats.median_first_reply_people_s = median(by_people);
    stats
}

/// What `t` would have done to the buyer text messages whose decision the thresholds made.
pub fn effect(messages: &[Message], t: Thresholds) -> ThresholdEffect {
    let mut out = ThresholdEffect {
        messages: 0,
        answered: 0,
        answered_share: 0.0,
        answers_lost: 0,
        answers_gained: 0,
    };
    for m in messages
        .iter()
        .filter(|m| is_buyer(m) && m.kind == MessageKind::Text)
    {
        let Some(d) = &m.decision else { continue };
        // Rules, guards, greetings and silence do not depend on the thresholds.
        let by_threshold = d.trace.fired.is_empty()
            && matches!(
                (d.action, d.reason),
                (Action::Answer | Action::Clarify, _)
                    | (Action::Escalate, Some(EscalationReason::Unknown))
            );
        if !by_threshold {
            continue;
        }
        out.messages += 1;
        let was = d.action == Action::Answer;
        let now = d.confidence >= t.answer;
        out.answered += u64::from(now);
        out.answers_lost += u64::from(was && !now);
        out.answers_gained += u64::from(!was && now);
    }
    if out.messages > 0 {
        out.answered_share = out.answered as f64 / out.messages as f64;
    }
    out
}

fn ranked(counts: HashMap<String, u64>, n: usize) -> Vec<Count> {
    let mut v: Vec<Count> = counts
        .into_iter()
        .map(|(key, count)| Count { key, count })
        .collect();
    v.sort_by(|a, b| b.count.cmp(&a.count).then_with(|| a.key.cmp(&b.key)));
    v.truncate(n);
    v
}

fn median(mut v: Vec<f64>) -> Option<f64> {
    if v.is_empty() {
        return None;
    }
    v.sort_by(f64::total_cmp);
    let mid = v.len() / 2;
    Some(if v.len().is_multiple_of(2) {
        f64::midpoint(v[mid - 1], v[mid])
    } else {
        v[mid]
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::FixedClock;
    use crate::inbound::InboundRequest;
    use std::sync::Arc;

    fn shop() -> (Core, Arc<FixedClock>) {
        let clock = Arc::new(FixedClock::new("2026-11-20T02:00:00Z".parse().unwrap()));
        let core = Core::in_memory(clock.clone()).unwrap();
        core.seed_demo().unwrap();
        (core, clock)
    }

    fn say(core: &Core, who: &str, id: &str, text: &str) -> crate::inbound::InboundOutcome {
        core.inbound(InboundRequest {
            channel: "test".into(),
            customer: who.into(),
            message_id: id.into(),
            text: text.into(),
            kind: MessageKind::Text,
            media_url: None,
            order: None,
        })
        .unwrap()
    }

    #[test]
    fn figures_count_buyer_messages_escalations_and_people_reply_times() {
        let (core, clock) = shop();
        say(&core, "a", "1", "你好");
        let esc = say(&core, "b", "2", "我要投诉你们，太差了，退款！");
        assert_eq!(
            esc.decision.action,
            Action::Escalate,
            "an angry refund escalates"
        );
        clock.advance(SignedDuration::from_mins(10));
        core.reply_as_agent(&esc.conversation_id, "抱歉，马上处理", "owner")
            .unwrap();
        let from: Timestamp = "2026-11-20T00:00:00Z".parse().unwrap();
        let to: Timestamp = "2026-11-21T00:00:00Z".parse().unwrap();
        let s = core.stats(from, to, 8 * 60).unwrap();
        assert_eq!(s.messages, 2, "two buyer messages");
        assert_eq!(s.by_hour[10], 2, "02:00 UTC is 10:00 at UTC+8");
        assert_eq!(
            s.escalations_by_reason.iter().map(|c| c.count).sum::<u64>(),
            1
        );
        assert_eq!(
            s.median_first_reply_people_s,
            Some(600.0),
            "the person replied ten minutes later"
        );
        let empty = core
            .stats(
                to,
                to.saturating_add(SignedDuration::from_hours(1)).unwrap(),
                0,
            )
            .unwrap();
        assert_eq!(empty.messages, 0, "nothing happened in the next hour");
    }

    #[test]
    fn a_higher_answer_threshold_loses_answers() {
        let (core, _) = shop();
        // The demo FAQ's own question: answered whatever the engine's weights.
        let out = say(&core, "a", "1", "什么时候发货");
        assert_eq!(
            out.decision.action,
            Action::Answer,
            "the demo FAQ answers shipping time"
        );
        let from: Timestamp = "2026-11-20T00:00:00Z".parse().unwrap();
        let to: Timestamp = "2026-11-21T00:00:00Z".parse().unwrap();
        let strict = Thresholds {
            answer: 1.01_f32.min(1.0),
            clarify: 0.99,
        };
        let lenient = Thresholds {
            answer: 0.0,
            clarify: 0.0,
        };
        let e = core.threshold_effect(lenient, from, to).unwrap();
        assert_eq!((e.messages, e.answered, e.answers_lost), (1, 1, 0));
        if out.decision.confidence < 1.0 {
            let e = core.threshold_effect(strict, from, to).unwrap();
            assert_eq!(
                e.answers_lost, 1,
                "an answer at {} is lost at 1.0",
                out.decision.confidence
            );
        }
    }
}
