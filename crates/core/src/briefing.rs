//! The morning briefing: the night's numbers and the escalations waiting, ranked urgent first,
//! then oldest, each with its gist and a reply a person could send.
//!
//! Made on demand ([`Core::briefing`]) over any window (by default from the last closing to
//! now), and once when business hours begin ([`Core::brief_if_opened`], called by the tick),
//! announced as [`DomainEvent::BriefingReady`] for the inbox and the notifier.

use jiff::{SignedDuration, Timestamp};
use owldesk_domain::{Briefing, BriefingItem, DailyReplyRate, DomainEvent, Localized, Priority};
use owldesk_store::{conversations, drafts, escalations, messages, night, settings};

use crate::night::NightView;
use crate::{Core, CoreError, Result};

/// The settings key remembering which night was last briefed (its closing instant).
const BRIEFED_KEY: &str = "briefed_night";

/// The reply window marketplaces count.
pub const REPLY_WINDOW: SignedDuration = SignedDuration::from_secs(180);

impl Core {
    /// The briefing of `[from, to)`; `from` defaults to the shop's last closing before `to`, `to`
    /// to now.
    ///
    /// # Errors
    /// [`CoreError::Invalid`] on `from` when it is not before `to`; storage failures.
    pub fn briefing(&self, from: Option<Timestamp>, to: Option<Timestamp>) -> Result<Briefing> {
        let to = to.unwrap_or_else(|| self.now());
        let view = self.night_view_at(to)?;
        let from = match from {
            Some(f) => f,
            None => default_from(&view, to),
        };
        if from >= to {
            return Err(CoreError::invalid("from", "must be before to"));
        }
        self.read(|c| {
            let counts = night::counts(c, from, to, REPLY_WINDOW)?;
            let mut items = Vec::new();
            for e in escalations::unresolved_between(c, from, to)? {
                let customer = conversations::get(c, &e.conversation_id)?
                    .map(|c| c.customer)
                    .unwrap_or_default();
                let draft = match drafts::for_message(c, &e.message_id)? {
                    Some(d) => Some(d.text),
                    None => messages::get(c, &e.message_id)?
                        .and_then(|m| m.decision)
                        .and_then(|d| d.draft),
                };
                items.push(BriefingItem {
                    escalation_id: e.id,
                    conversation_id: e.conversation_id,
                    customer,
                    priority: e.priority,
                    reason: e.reason,
                    gist: e.summary,
                    draft,
                    created_at: e.created_at,
                    due_at: e.due_at,
                });
            }
            let urgent = items
                .iter()
                .filter(|i| i.priority == Priority::Urgent)
                .count() as u64;
            let waiting = items.len() as u64;
            let auto_share = match counts.messages {
                0 => 0.0,
                n => counts.answered as f64 / n as f64,
            };
            Ok(Briefing {
                from,
                to,
                messages: counts.messages,
                answered: counts.answered,
                auto_share,
                drafted: counts.drafted,
                escalated: counts.escalated,
                waiting: counts.waiting,
                replied_within_3m: counts.replied_in_time,
                escalations: items,
                urgent,
                headline: Localized {
                    zh: format!(
                        "夜间共处理 {} 条, {waiting} 条待您处理, {urgent} 条紧急",
                        counts.messages
                    ),
                    en: format!(
                        "Overnight: {} messages handled, {waiting} waiting for you, {urgent} urgent",
                        counts.messages
                    ),
                },
            })
        })
    }

    /// The 3-minute reply rate of each of the last `days` local days (today last), counted over
    /// business hours.
    ///
    /// # Errors
    /// [`CoreError::Invalid`] on `days` outside 1–90; storage failures.
    pub fn reply_rates(&self, days: u32) -> Result<Vec<DailyReplyRate>> {
        if !(1..=90).contains(&days) {
            return Err(CoreError::invalid("days", "must be between 1 and 90"));
        }
        let view = self.night_view()?;
        let today = view.hours.local_date(view.at);
        let mut out = Vec::new();
        for back in (0..i64::from(days)).rev() {
            let Ok(date) = today.checked_sub(jiff::Span::new().days(back)) else {
                continue;
            };
            let (mut messages, mut replied) = (0, 0);
            for (from, to) in view.hours.openings(date) {
                let n = self.read(|c| night::counts(c, from, to, REPLY_WINDOW))?;
                messages += n.messages;
                replied += n.replied_in_time;
            }
            out.push(DailyReplyRate {
                date: date.to_string(),
                messages,
                replied_within_3m: replied,
                rate: match messages {
                    0 => 1.0,
                    n => replied as f64 / n as f64,
                },
            });
        }
        Ok(out)
    }

    /// When business hours have begun since the last briefing, makes the night's briefing,
    /// announces it and remembers it; otherwise (or after a night without messages) nothing.
    /// Returns the briefing announced.
    ///
    /// # Errors
    /// Storage failures.
    pub fn brief_if_opened(&self) -> Result<Option<Briefing>> {
        let now = self.now();
        let view = self.night_view_at(now)?;
        if !view.open {
            return Ok(None);
        }
        let Some(closed) = view.hours.last_close(now) else {
            return Ok(None);
        };
        let done: Option<Timestamp> = self.read(|c| settings::get_json(c, BRIEFED_KEY))?;
        if done.is_some_and(|d| d >= closed) {
            return Ok(None);
        }
        let briefing = self.briefing(Some(closed), Some(now))?;
        self.write(|tx| settings::put_json(tx, BRIEFED_KEY, &closed))?;
        if briefing.messages == 0 && briefing.escalations.is_empty() {
            // A quiet night is not worth a notification.
            return Ok(None);
        }
        self.emit(DomainEvent::BriefingReady {
            briefing: briefing.clone(),
        });
        Ok(Some(briefing))
    }
}

/// The last closing before `to`, or a day before `to` for a shop that never closed.
fn default_from(view: &NightView, to: Timestamp) -> Timestamp {
    view.hours
        .last_close(to)
        .filter(|c| *c < to)
        .unwrap_or_else(|| to.checked_sub(SignedDuration::from_hours(24)).unwrap_or(to))
}
