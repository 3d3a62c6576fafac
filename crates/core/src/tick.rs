//! The passage of time: what happens because the clock moved, not because a message arrived.
//!
//! [`Core::tick`] is called periodically by the host (the server every few seconds, the
//! simulator as it advances its virtual clock) and reads the time from the core's clock. It
//! wakes snoozed conversations, drops an expired mode override, makes the morning briefing when
//! business hours begin, runs the response-time guard
//! (assist mode: a buyer who has waited [`NightPolicy::guard_after_secs`] without any reply gets
//! the holding reply, or the assistant's draft if the owner allowed that) and resolves
//! conversations the assistant handled that have been idle for long enough (a new buyer message
//! reopens them). Each step is its own transaction; a tick that fails part-way is simply
//! repeated by the next one.
//!
//! [`NightPolicy::guard_after_secs`]: owldesk_domain::NightPolicy::guard_after_secs

use jiff::SignedDuration;
use owldesk_domain::{ConversationStatus, Direction, DomainEvent, DraftStatus, Mode};
use owldesk_store::{conversations, drafts, messages, night};

use crate::holding::Lang;
use crate::night::NightView;
use crate::{Core, Result};

/// What one tick did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct TickReport {
    /// Snoozed conversations woken.
    pub woken: usize,
    /// Holding replies the guard sent.
    pub guard_holding: usize,
    /// Drafts the guard sent.
    pub guard_drafts: usize,
    /// Conversations resolved for being idle.
    pub resolved: usize,
    /// True when an expired override was removed.
    pub override_expired: bool,
    /// True when business hours began and the night's briefing was made.
    pub briefed: bool,
}

impl Core {
    /// Does what the time calls for now (see the module documentation).
    ///
    /// # Errors
    /// Storage failures.
    pub fn tick(&self) -> Result<TickReport> {
        let now = self.now();
        let override_expired = self.drop_expired_override(now)?;
        let woken = self.wake_due_at(now)?;
        let view = self.night_view_at(now)?;
        let (guard_holding, guard_drafts) = self.guard(&view)?;
        let resolved = self.resolve_idle(&view)?;
        let briefed = self.brief_if_opened()?.is_some();
        Ok(TickReport {
            briefed,
            woken,
            guard_holding,
            guard_drafts,
            resolved,
            override_expired,
        })
    }

    /// The response-time guard; returns (holding replies, drafts) sent.
    fn guard(&self, view: &NightView) -> Result<(usize, usize)> {
        if view.mode != Mode::Assist {
            return Ok((0, 0));
        }
        let policy = *view.policy();
        let now = view.at;
        let cutoff = now
            .checked_sub(SignedDuration::from_secs(i64::from(
                policy.guard_after_secs,
            )))
            .unwrap_or(now);
        let mut events = Vec::new();
        let (holding, sent) = self.write(|tx| {
            let (mut holding, mut sent) = (0, 0);
            for (id, _) in night::awaiting_since_before(tx, cutoff)? {
                let Some(conv) = conversations::get(tx, &id)? else {
                    continue;
                };
                if conv.held_by_person()
                    || matches!(
                        conv.status,
                        ConversationStatus::Resolved | ConversationStatus::Snoozed
                    )
                {
                    continue;
                }
                let mut timers = night::timers(tx, &id)?;
                let draft = match policy.guard_sends_draft {
                    true => drafts::latest_pending(tx, &id)?,
                    false => None,
                };
                if let Some(mut d) = draft {
                    self.send(tx, &conv, &d.text, now, &mut timers, &mut events)?;
                    d.status = DraftStatus::Sent;
                    d.decided_at = Some(now);
                    d.decided_by = Some("guard".into());
                    drafts::update(tx, &d)?;
                    events.push(DomainEvent::DraftUpdated { draft: d });
                    sent += 1;
                } else {
                    let lang = last_buyer_text(tx, &id)?
                        .map_or(Lang::Zh, |t| Lang::of(&t, &view.settings.languages));
                    let reason = owldesk_store::escalations::open_for_conversation(tx, &id)?
                        .map(|e| e.reason);
                    let Some(text) = self.holding_due(view, &timers, reason, lang) else {
                        continue;
                    };
                    self.send(tx, &conv, &text, now, &mut timers, &mut events)?;
                    if !view.open {
                        timers.holding_until = Some(crate::respond::night_end(view));
                    }
                    holding += 1;
                }
                timers.awaiting_since = None;
                night::put_timers(tx, &id, &timers)?;
            }
            Ok((holding, sent))
        })?;
        for e in events {
            self.emit(e);
        }
        Ok((holding, sent))
    }

    /// Resolves idle conversations the assistant handled.
    fn resolve_idle(&self, view: &NightView) -> Result<usize> {
        let secs = view.policy().auto_resolve_after_secs;
        if secs == 0 {
            return Ok(0);
        }
        let now = view.at;
        let cutoff = now
            .checked_sub(SignedDuration::from_secs(i64::from(secs)))
            .unwrap_or(now);
        let resolved = self.write(|tx| {
            let mut out = Vec::new();
            for id in night::idle_pending(tx, cutoff)? {
                let Some(mut c) = conversations::get(tx, &id)? else {
                    continue;
                };
                c.status = ConversationStatus::Resolved;
                c.updated_at = now;
                c.waiting_since = None;
                conversations::update(tx, &c)?;
                let line = self.activity(&c.id, "resolved automatically: idle", now);
                messages::insert(tx, &line, &c.channel)?;
                out.push(c);
            }
            Ok(out)
        })?;
        let n = resolved.len();
        for conversation in resolved {
            self.emit(DomainEvent::ConversationUpdated { conversation });
        }
        Ok(n)
    }
}

/// The text of the buyer's latest message in a conversation.
fn last_buyer_text(
    tx: &owldesk_store::Connection,
    id: &owldesk_domain::ConversationId,
) -> Result<Option<String>, owldesk_store::StoreError> {
    let page = messages::list_for_conversation(tx, id, 20, None)?;
    Ok(page
        .items
        .into_iter()
        .find(|m| m.direction == Direction::Incoming)
        .map(|m| m.text))
}
