//! What to notify the owner about, and when: the notification policy as a pure state machine.
//!
//! [`Notifications`] is fed the escalations as they come and go ([`Notifications::escalated`],
//! [`Notifications::updated`], [`Notifications::acknowledged`]) and the passage of time
//! ([`Notifications::tick`]); each call returns the [`Notification`]s to show now. It does no
//! I/O and never reads a clock: the time, the owner's [`NotificationPolicy`] and the shop's time
//! zone are passed in, so every rule is tested on a fixed clock. The rules:
//!
//! - an urgent escalation (priority `urgent`: an upset buyer, after-sale, a rule marked urgent)
//!   is notified at once, also inside quiet hours, and again every
//!   `repeat_urgent_every_minutes` until it is acknowledged (opened in the inbox), resolved or
//!   snoozed; one that turns urgent later is notified then;
//! - the others wait for the digest: the first one opens a window of `digest_every_minutes`,
//!   at its end one notification lists those still open; an escalation resolved (or
//!   acknowledged) before then is never notified;
//! - inside quiet hours only urgent ones show: a digest that falls due is held until they end;
//! - the morning briefing, when business hours begin, is one notification ([`briefing`]).
//!
//! Delivering is a [`crate::notifier::Notifier`]'s job; [`crate::notifier`] wires this to the
//! event bus. The state is in memory: after a restart, open escalations are not notified again.

use std::collections::{BTreeMap, HashSet};

use jiff::tz::TimeZone;
use jiff::{SignedDuration, Timestamp};
use owldesk_domain::{
    Briefing, ConversationId, Escalation, EscalationId, EscalationReason, EscalationStatus,
    NotificationPolicy, Priority,
};

/// How many escalations a digest lists by name; the rest are counted.
pub const DIGEST_LINES: usize = 5;

/// Why a notification is shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NotificationKind {
    /// An urgent escalation, the first time.
    Urgent,
    /// An urgent escalation nobody has opened yet, again.
    Reminder,
    /// Non-urgent escalations, batched.
    Digest,
    /// The morning briefing: the night in one line, what waits first.
    Briefing,
}

/// One notification to show the owner.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Notification {
    /// Why it is shown.
    pub kind: NotificationKind,
    /// The first line.
    pub title: String,
    /// The text: the buyer, the reason and the summary of each escalation.
    pub body: String,
    /// The escalations it is about (one, or several for a digest), oldest first.
    pub escalation_ids: Vec<EscalationId>,
    /// The conversation to open when it is clicked (the first escalation's); none: the inbox.
    pub conversation_id: Option<ConversationId>,
}

/// An escalation waiting for a person, with the buyer's name on the channel.
#[derive(Debug, Clone, PartialEq)]
pub struct Waiting {
    /// The escalation.
    pub escalation: Escalation,
    /// The buyer's id on the channel.
    pub customer: String,
}

impl Waiting {
    /// "buyer-7 · 买家不满 anger · summary".
    fn line(&self) -> String {
        let e = &self.escalation;
        let reason = match (e.reason, &e.rule) {
            (EscalationReason::Rule, Some(rule)) => format!("规则 rule {rule}"),
            (r, _) => format!("{} {}", reason_zh(r), r.as_str()),
        };
        format!("{} · {reason} · {}", self.customer, e.summary)
    }
}

fn reason_zh(r: EscalationReason) -> &'static str {
    match r {
        EscalationReason::Anger => "买家不满",
        EscalationReason::AfterSale => "售后",
        EscalationReason::Media => "图片/视频",
        EscalationReason::Human => "要求人工",
        EscalationReason::Unknown => "无法回答",
        EscalationReason::Rule => "规则",
    }
}

/// An urgent escalation that rings until someone opens it.
#[derive(Debug, Clone)]
struct Ringing {
    waiting: Waiting,
    /// When to remind again; `None` when reminders are off.
    next_at: Option<Timestamp>,
}

/// The notification policy's memory: what is waiting for the digest and what keeps ringing.
#[derive(Debug, Default)]
pub struct Notifications {
    digest: Vec<Waiting>,
    digest_due: Option<Timestamp>,
    ringing: BTreeMap<EscalationId, Ringing>,
    /// Escalations notified or queued since they were last opened (open, not snoozed).
    seen: HashSet<EscalationId>,
}

fn minutes(m: u32) -> SignedDuration {
    SignedDuration::from_mins(i64::from(m))
}

impl Notifications {
    /// A new escalation (or one that reopened): what to show now.
    pub fn escalated(
        &mut self,
        waiting: Waiting,
        policy: &NotificationPolicy,
        now: Timestamp,
    ) -> Vec<Notification> {
        let e = &waiting.escalation;
        if !policy.enabled || e.status != EscalationStatus::Open {
            return Vec::new();
        }
        let id = e.id.clone();
        if e.priority == Priority::Urgent {
            if self.ringing.contains_key(&id) {
                return Vec::new();
            }
            // A queued one that turned urgent leaves the digest: it is shown now.
            let was_queued = self.digest.iter().any(|w| w.escalation.id == id);
            if self.seen.contains(&id) && !was_queued {
                return Vec::new();
            }
            self.digest.retain(|w| w.escalation.id != id);
            self.seen.insert(id.clone());
            let note = urgent(&waiting, NotificationKind::Urgent);
            let next_at = (policy.repeat_urgent_every_minutes > 0)
                .then(|| now.saturating_add(minutes(policy.repeat_urgent_every_minutes)))
                .and_then(Result::ok);
            self.ringing.insert(id, Ringing { waiting, next_at });
            return vec![note];
        }
        if self.seen.insert(id) {
            self.digest.push(waiting);
            if self.digest_due.is_none() {
                self.digest_due = now
                    .saturating_add(minutes(policy.digest_every_minutes))
                    .ok();
            }
        }
        Vec::new()
    }

    /// An escalation changed: resolved or snoozed ones are forgotten (never notified if they
    /// were still waiting for the digest); open ones are handled as by [`Self::escalated`], so
    /// one that turned urgent is shown now.
    pub fn updated(
        &mut self,
        waiting: Waiting,
        policy: &NotificationPolicy,
        now: Timestamp,
    ) -> Vec<Notification> {
        match waiting.escalation.status {
            EscalationStatus::Open => self.escalated(waiting, policy, now),
            EscalationStatus::Resolved | EscalationStatus::Snoozed => {
                let id = &waiting.escalation.id;
                self.forget(id);
                self.seen.remove(id);
                Vec::new()
            }
        }
    }

    /// A person opened the escalation: it stops ringing and leaves the digest.
    pub fn acknowledged(&mut self, id: &EscalationId) {
        self.forget(id);
    }

    /// A person took the conversation over (replied, assigned themselves): its escalations
    /// count as acknowledged.
    pub fn taken_over(&mut self, conversation: &ConversationId) {
        let ids: Vec<EscalationId> = (self.ringing.values().map(|r| &r.waiting))
            .chain(self.digest.iter())
            .filter(|w| &w.escalation.conversation_id == conversation)
            .map(|w| w.escalation.id.clone())
            .collect();
        for id in &ids {
            self.forget(id);
        }
    }

    fn forget(&mut self, id: &EscalationId) {
        self.ringing.remove(id);
        self.digest.retain(|w| &w.escalation.id != id);
    }

    /// The time passed: reminders of urgent escalations that are due, and the digest when its
    /// window has ended outside quiet hours. `tz` is the shop's time zone for the quiet hours.
    pub fn tick(
        &mut self,
        policy: &NotificationPolicy,
        tz: &TimeZone,
        now: Timestamp,
    ) -> Vec<Notification> {
        if !policy.enabled {
            *self = Self::default();
            return Vec::new();
        }
        let mut out = Vec::new();
        let every = policy.repeat_urgent_every_minutes;
        for r in self.ringing.values_mut() {
            if every == 0 {
                r.next_at = None;
            } else if r.next_at.is_none_or(|at| at <= now) {
                if r.next_at.is_some() {
                    out.push(urgent(&r.waiting, NotificationKind::Reminder));
                }
                r.next_at = now.saturating_add(minutes(every)).ok();
            }
        }
        if self.digest_due.is_some_and(|due| due <= now) && !policy.is_quiet(now, tz) {
            self.digest_due = None;
            if let Some(note) = digest(&self.digest) {
                out.push(note);
            }
            self.digest.clear();
        }
        out
    }

    /// Escalations waiting for the next digest.
    pub fn queued(&self) -> usize {
        self.digest.len()
    }

    /// Urgent escalations that will be notified again.
    pub fn ringing(&self) -> usize {
        self.ringing.len()
    }
}

fn urgent(w: &Waiting, kind: NotificationKind) -> Notification {
    let title = match kind {
        NotificationKind::Reminder => "【仍在等待】紧急买家 / Still waiting: an urgent buyer",
        _ => "【紧急】有买家需要您 / A buyer needs you now",
    };
    Notification {
        kind,
        title: title.into(),
        body: w.line(),
        escalation_ids: vec![w.escalation.id.clone()],
        conversation_id: Some(w.escalation.conversation_id.clone()),
    }
}

fn digest(waiting: &[Waiting]) -> Option<Notification> {
    let first = waiting.first()?;
    let n = waiting.len();
    let mut lines: Vec<String> = waiting
        .iter()
        .take(DIGEST_LINES)
        .map(Waiting::line)
        .collect();
    if n > DIGEST_LINES {
        lines.push(format!(
            "…还有 {} 个 / and {} more",
            n - DIGEST_LINES,
            n - DIGEST_LINES
        ));
    }
    Some(Notification {
        kind: NotificationKind::Digest,
        title: format!("{n} 位买家在等待 / {n} buyer(s) waiting"),
        body: lines.join("\n"),
        escalation_ids: waiting.iter().map(|w| w.escalation.id.clone()).collect(),
        conversation_id: Some(first.escalation.conversation_id.clone()),
    })
}

/// The morning briefing as one notification: the headline ("夜间共处理 128 条, 7 条待您处理,
/// 2 条紧急") and the first escalations waiting, urgent first; a click opens the inbox, where the
/// briefing is the first screen.
pub fn briefing(b: &Briefing) -> Notification {
    let mut lines = vec![b.headline.en.clone()];
    lines.extend(b.escalations.iter().take(DIGEST_LINES).map(|e| {
        format!(
            "{} · {} {} · {}",
            e.customer,
            reason_zh(e.reason),
            e.reason.as_str(),
            e.gist
        )
    }));
    if b.escalations.len() > DIGEST_LINES {
        let more = b.escalations.len() - DIGEST_LINES;
        lines.push(format!("…还有 {more} 个 / and {more} more"));
    }
    Notification {
        kind: NotificationKind::Briefing,
        title: b.headline.zh.clone(),
        body: lines.join("\n"),
        escalation_ids: b
            .escalations
            .iter()
            .map(|e| e.escalation_id.clone())
            .collect(),
        conversation_id: None,
    }
}

#[cfg(test)]
#[path = "notifications_tests.rs"]
mod tests;
