//! How the assistant's words reach the buyer, or do not: replies sent, drafts kept for a person,
//! and holding replies with their once-per-night rule. Shared by the inbound flow, the
//! response-time guard and people approving drafts.
//!
//! Every reply to the buyer clears the conversation's "awaiting a reply" timer and records the
//! time of the last reply (auto-resolve counts idleness from it).

use jiff::Timestamp;
use owldesk_domain::{
    Author, Conversation, DomainEvent, Draft, DraftId, DraftStatus, EscalationReason, FaqId,
    Message,
};
use owldesk_store::night::{Timers, reply_to};
use owldesk_store::{Connection, StoreError, drafts, messages};

use crate::holding::{Lang, Moment, holding_reply};
use crate::inbound::InboundOutcome;
use crate::night::NightView;
use crate::{Core, Result};

/// When the current night ends: the next opening, or a year ahead for a shop that never opens
/// (so a holding reply is still sent at most once a year).
pub(crate) fn night_end(view: &NightView) -> Timestamp {
    view.hours.next_open(view.at).unwrap_or_else(|| {
        view.at
            .checked_add(jiff::SignedDuration::from_hours(24 * 365))
            .unwrap_or(view.at)
    })
}

impl Core {
    /// Stores a reply from the assistant to the buyer and announces it.
    pub(crate) fn send(
        &self,
        tx: &Connection,
        conv: &Conversation,
        text: &str,
        now: Timestamp,
        timers: &mut Timers,
        events: &mut Vec<DomainEvent>,
    ) -> Result<Message, StoreError> {
        let reply = self.outgoing(&conv.id, text, Author::Assistant, None, now);
        messages::insert(tx, &reply, &conv.channel)?;
        timers.awaiting_since = None;
        timers.last_reply = Some(now);
        events.push(DomainEvent::ReplyCreated {
            message: reply.clone(),
            channel: conv.channel.clone(),
            customer: conv.customer.clone(),
        });
        Ok(reply)
    }

    /// Keeps the assistant's reply as a draft for a person.
    pub(crate) fn store_draft(
        &self,
        tx: &Connection,
        conv: &Conversation,
        message: &Message,
        text: &str,
        faq_id: Option<FaqId>,
        now: Timestamp,
    ) -> Result<Draft, StoreError> {
        let d = Draft {
            id: DraftId(self.new_id()),
            conversation_id: conv.id.clone(),
            message_id: message.id.clone(),
            text: text.to_owned(),
            faq_id,
            status: DraftStatus::Pending,
            created_at: now,
            decided_at: None,
            decided_by: None,
        };
        drafts::insert(tx, &d)?;
        Ok(d)
    }

    /// The holding reply owed for an escalation now, if any: none in `off` mode; outside hours
    /// none when one was already sent this night.
    pub(crate) fn holding_due(
        &self,
        night: &NightView,
        timers: &Timers,
        reason: Option<EscalationReason>,
        lang: Lang,
    ) -> Option<String> {
        if night.mode == owldesk_domain::Mode::Off {
            return None;
        }
        if !night.open && timers.holding_until.is_some_and(|until| night.at < until) {
            return None;
        }
        let moment = Moment {
            now: night.at,
            open: night.open,
            next_open: night.hours.next_open(night.at),
            tz: night.hours.time_zone(),
        };
        Some(holding_reply(night.holding(), reason, lang, moment))
    }

    /// The answer to a redelivered message: the first decision, and the reply or draft it made.
    pub(crate) fn redelivered(
        &self,
        message: Message,
        decision: owldesk_domain::Decision,
    ) -> Result<InboundOutcome> {
        let (outcome, reply, draft) = self.read(|c| {
            let (outcome, reply) = reply_to(c, &message.id)?;
            Ok((outcome, reply, drafts::for_message(c, &message.id)?))
        })?;
        let holding = outcome == Some(owldesk_store::night::Outcome::Escalated) && reply.is_some();
        let mode = match outcome {
            Some(owldesk_store::night::Outcome::Drafted) => owldesk_domain::Mode::Assist,
            _ => owldesk_domain::Mode::Auto,
        };
        Ok(InboundOutcome {
            conversation_id: message.conversation_id,
            message_id: message.id,
            decision,
            reply,
            duplicate: true,
            mode,
            holding,
            draft,
        })
    }
}
