//! People deciding on the assistant's drafts: send one (as written or edited) or discard it.
//!
//! Sending a draft is a reply to the buyer on the shop's behalf: it is stored as an outgoing
//! message by the person who approved it, clears the "awaiting a reply" timer, and is audited.
//! The conversation stays with the assistant (pending) unless a person holds it.

use owldesk_domain::{Author, ConversationId, DomainEvent, Draft, DraftId, DraftStatus, Message};
use owldesk_store::{audit, conversations, drafts, messages, night};

use crate::{Core, CoreError, Result};

/// The most drafts one list returns.
pub const MAX_DRAFTS: usize = 500;

impl Core {
    /// Drafts waiting for a person, oldest first.
    ///
    /// # Errors
    /// Storage failures.
    pub fn pending_drafts(&self) -> Result<Vec<Draft>> {
        self.read(|c| drafts::pending(c, MAX_DRAFTS))
    }

    /// A conversation's drafts, oldest first.
    ///
    /// # Errors
    /// [`CoreError::NotFound`] for an unknown conversation.
    pub fn drafts_of(&self, id: &ConversationId) -> Result<Vec<Draft>> {
        self.conversation(id)?;
        self.read(|c| drafts::for_conversation(c, id))
    }

    /// Sends a pending draft to the buyer, with `text` instead of the draft's when given.
    ///
    /// # Errors
    /// [`CoreError::NotFound`]; [`CoreError::Conflict`] when it was already sent or discarded;
    /// [`CoreError::Invalid`] for an empty text or agent.
    pub fn send_draft(&self, id: &DraftId, text: Option<&str>, agent: &str) -> Result<Message> {
        let agent = non_empty("agent", agent)?;
        let text = text.map(|t| non_empty("text", t)).transpose()?;
        let now = self.now();
        let (draft, reply, conv) = self.write_checked(|tx| {
            let mut d = pending(tx, id)?;
            let conv = conversations::get(tx, &d.conversation_id)?.ok_or_else(|| {
                CoreError::NotFound(format!("conversation {}", d.conversation_id))
            })?;
            if let Some(t) = text {
                d.text = t.to_owned();
            }
            d.status = DraftStatus::Sent;
            d.decided_at = Some(now);
            d.decided_by = Some(agent.to_owned());
            drafts::update(tx, &d)?;
            let reply = self.outgoing(&conv.id, &d.text, Author::Agent, Some(agent), now);
            messages::insert(tx, &reply, &conv.channel)?;
            let mut timers = night::timers(tx, &conv.id)?;
            timers.awaiting_since = None;
            timers.last_reply = Some(now);
            night::put_timers(tx, &conv.id, &timers)?;
            audit::record(
                tx,
                now,
                agent,
                "draft.send",
                id.as_str(),
                &serde_json::Value::Null,
            )?;
            Ok((d, reply, conv))
        })?;
        self.emit(DomainEvent::DraftUpdated { draft });
        self.emit(DomainEvent::ReplyCreated {
            message: reply.clone(),
            channel: conv.channel,
            customer: conv.customer,
        });
        Ok(reply)
    }

    /// Discards a pending draft; nothing is sent.
    ///
    /// # Errors
    /// [`CoreError::NotFound`]; [`CoreError::Conflict`] when it was already sent or discarded.
    pub fn discard_draft(&self, id: &DraftId, agent: &str) -> Result<Draft> {
        let agent = non_empty("agent", agent)?;
        let now = self.now();
        let draft = self.write_checked(|tx| {
            let mut d = pending(tx, id)?;
            d.status = DraftStatus::Discarded;
            d.decided_at = Some(now);
            d.decided_by = Some(agent.to_owned());
            drafts::update(tx, &d)?;
            audit::record(
                tx,
                now,
                agent,
                "draft.discard",
                id.as_str(),
                &serde_json::Value::Null,
            )?;
            Ok(d)
        })?;
        self.emit(DomainEvent::DraftUpdated {
            draft: draft.clone(),
        });
        Ok(draft)
    }
}

fn pending(tx: &owldesk_store::Connection, id: &DraftId) -> Result<Draft> {
    let d = drafts::get(tx, id)
        .map_err(CoreError::from)?
        .ok_or_else(|| CoreError::NotFound(format!("draft {id}")))?;
    if d.status != DraftStatus::Pending {
        return Err(CoreError::Conflict(format!(
            "draft {id} is already {}",
            d.status.as_str()
        )));
    }
    Ok(d)
}

fn non_empty<'a>(field: &str, s: &'a str) -> Result<&'a str> {
    let t = s.trim();
    if t.is_empty() {
        return Err(CoreError::invalid(field, "must not be empty"));
    }
    if t.chars().count() > crate::inbound::MAX_TEXT_CHARS {
        return Err(CoreError::invalid(field, "is too long"));
    }
    Ok(t)
}
