//! People handling conversations: take over, reply, add a note, resolve, snooze, hand back.
//!
//! A conversation a person has taken over (an `assignee` is set) gets no automatic replies until
//! it is handed back or resolved. Replying to an escalation takes the conversation over, because
//! the person is now talking to the buyer. Every change is audited and announced as an event.

use jiff::Timestamp;
use owldesk_domain::{
    Author, Conversation, ConversationId, ConversationStatus, DomainEvent, DraftStatus, Escalation,
    EscalationId, EscalationStatus, Message, Priority,
};
use owldesk_store::{
    Connection, StoreError, audit, conversations, drafts, escalations, messages, night,
};

use crate::{Core, CoreError, Result};

impl Core {
    /// A person takes the conversation over: the assistant stays silent in it.
    ///
    /// # Errors
    /// [`CoreError::NotFound`]; [`CoreError::Invalid`] for an empty agent name.
    pub fn take_over(&self, id: &ConversationId, agent: &str) -> Result<Conversation> {
        let agent = agent_name(agent)?;
        self.change_conversation(id, agent, "conversation.take_over", |_, c| {
            c.assignee = Some(agent.to_owned());
            if c.status != ConversationStatus::Open {
                c.status = ConversationStatus::Open;
            }
            Ok(())
        })
    }

    /// Hands the conversation back to the assistant, resolving its open escalation.
    ///
    /// # Errors
    /// [`CoreError::NotFound`].
    pub fn hand_back(&self, id: &ConversationId, agent: &str) -> Result<Conversation> {
        let agent = agent_name(agent)?;
        let now = self.now();
        let mut updated = None;
        let conv = self.change_conversation(id, agent, "conversation.hand_back", |tx, c| {
            c.assignee = None;
            c.status = ConversationStatus::Pending;
            c.priority = Priority::Normal;
            c.waiting_since = None;
            c.snoozed_until = None;
            updated = close_escalation(tx, &c.id, now)?;
            Ok(())
        })?;
        if let Some(escalation) = updated {
            self.emit(DomainEvent::EscalationUpdated { escalation });
        }
        Ok(conv)
    }

    /// A person replies to the buyer in the conversation (and so takes it over); the
    /// assistant's pending drafts in it are discarded.
    ///
    /// # Errors
    /// [`CoreError::NotFound`]; [`CoreError::Invalid`] for an empty text or agent.
    pub fn reply_as_agent(&self, id: &ConversationId, text: &str, agent: &str) -> Result<Message> {
        let agent = agent_name(agent)?;
        let text = non_empty_text(text)?;
        let now = self.now();
        let mut reply = None;
        let mut superseded = Vec::new();
        let conv = self.change_conversation(id, agent, "conversation.reply", |tx, c| {
            c.assignee.get_or_insert_with(|| agent.to_owned());
            c.waiting_since = None;
            if c.status != ConversationStatus::Resolved {
                c.status = ConversationStatus::Open;
            }
            let m = self.outgoing(&c.id, text, Author::Agent, Some(agent), now);
            messages::insert(tx, &m, &c.channel)?;
            let mut timers = night::timers(tx, &c.id)?;
            timers.awaiting_since = None;
            timers.last_reply = Some(now);
            night::put_timers(tx, &c.id, &timers)?;
            // The person answered in their own words: the assistant's drafts are moot.
            for mut d in drafts::for_conversation(tx, &c.id)? {
                if d.status == DraftStatus::Pending {
                    d.status = DraftStatus::Discarded;
                    d.decided_at = Some(now);
                    d.decided_by = Some(agent.to_owned());
                    drafts::update(tx, &d)?;
                    superseded.push(d);
                }
            }
            c.last_text = Some(text.chars().take(80).collect());
            reply = Some(m);
            Ok(())
        })?;
        let reply = reply.ok_or_else(|| CoreError::NotFound(format!("conversation {id}")))?;
        for draft in superseded {
            self.emit(DomainEvent::DraftUpdated { draft });
        }
        self.emit(DomainEvent::ReplyCreated {
            message: reply.clone(),
            channel: conv.channel.clone(),
            customer: conv.customer.clone(),
        });
        Ok(reply)
    }

    /// A person's internal note on the conversation; the buyer never sees it.
    ///
    /// # Errors
    /// [`CoreError::NotFound`]; [`CoreError::Invalid`] for an empty text or agent.
    pub fn add_note(&self, id: &ConversationId, text: &str, agent: &str) -> Result<Message> {
        let agent = agent_name(agent)?;
        let text = non_empty_text(text)?;
        let now = self.now();
        let mut note = None;
        self.change_conversation(id, agent, "conversation.note", |tx, c| {
            let mut m = self.activity(&c.id, text, now);
            m.author = Author::Agent;
            m.agent = Some(agent.to_owned());
            messages::insert(tx, &m, &c.channel)?;
            note = Some(m);
            Ok(())
        })?;
        note.ok_or_else(|| CoreError::NotFound(format!("conversation {id}")))
    }

    /// Resolves an escalation and its conversation.
    ///
    /// # Errors
    /// [`CoreError::NotFound`].
    pub fn resolve(&self, id: &EscalationId, agent: &str) -> Result<Escalation> {
        let agent = agent_name(agent)?;
        let now = self.now();
        self.change_escalation(id, agent, "escalation.resolve", |tx, esc, conv| {
            esc.status = EscalationStatus::Resolved;
            esc.resolved_at = Some(now);
            esc.snoozed_until = None;
            conv.status = ConversationStatus::Resolved;
            conv.waiting_since = None;
            conv.snoozed_until = None;
            conv.assignee = None;
            let mut timers = night::timers(tx, &conv.id)?;
            timers.awaiting_since = None;
            night::put_timers(tx, &conv.id, &timers)?;
            let line = self.activity(&conv.id, &format!("resolved by {agent}"), now);
            messages::insert(tx, &line, &conv.channel)?;
            Ok(())
        })
    }

    /// Puts an escalation off until `until`; a new buyer message or the time wakes it.
    ///
    /// # Errors
    /// [`CoreError::Invalid`] when `until` is not in the future; [`CoreError::NotFound`].
    pub fn snooze(&self, id: &EscalationId, until: Timestamp, agent: &str) -> Result<Escalation> {
        let agent = agent_name(agent)?;
        let now = self.now();
        if until <= now {
            return Err(CoreError::invalid("until", "must be in the future"));
        }
        self.change_escalation(id, agent, "escalation.snooze", |tx, esc, conv| {
            if esc.status == EscalationStatus::Resolved {
                return Err(StoreError::Conflict(format!(
                    "escalation {} is resolved",
                    esc.id
                )));
            }
            esc.status = EscalationStatus::Snoozed;
            esc.snoozed_until = Some(until);
            conv.status = ConversationStatus::Snoozed;
            conv.snoozed_until = Some(until);
            let line = self.activity(&conv.id, &format!("snoozed by {agent} until {until}"), now);
            messages::insert(tx, &line, &conv.channel)?;
            Ok(())
        })
    }

    /// Wakes every snoozed conversation whose time has come; returns how many woke.
    ///
    /// # Errors
    /// Storage failures.
    pub fn wake_due(&self) -> Result<usize> {
        self.wake_due_at(self.now())
    }

    pub(crate) fn wake_due_at(&self, now: Timestamp) -> Result<usize> {
        let mut woken = Vec::new();
        self.write(|tx| {
            for mut c in conversations::snoozed_until_before(tx, now)? {
                self.wake(tx, &mut c)?;
                c.updated_at = now;
                conversations::update(tx, &c)?;
                woken.push(c);
            }
            Ok(())
        })?;
        let n = woken.len();
        for conversation in woken {
            self.emit(DomainEvent::ConversationUpdated { conversation });
        }
        Ok(n)
    }

    fn change_conversation(
        &self,
        id: &ConversationId,
        agent: &str,
        action: &str,
        f: impl FnOnce(&Connection, &mut Conversation) -> Result<(), StoreError>,
    ) -> Result<Conversation> {
        let now = self.now();
        let conv = self.write_checked(|tx| {
            let mut c = conversations::get(tx, id)?
                .ok_or_else(|| CoreError::NotFound(format!("conversation {id}")))?;
            f(tx, &mut c)?;
            c.updated_at = now;
            conversations::update(tx, &c)?;
            audit::record(
                tx,
                now,
                agent,
                action,
                id.as_str(),
                &serde_json::Value::Null,
            )?;
            Ok(c)
        })?;
        self.emit(DomainEvent::ConversationUpdated {
            conversation: conv.clone(),
        });
        Ok(conv)
    }

    fn change_escalation(
        &self,
        id: &EscalationId,
        agent: &str,
        action: &str,
        f: impl FnOnce(&Connection, &mut Escalation, &mut Conversation) -> Result<(), StoreError>,
    ) -> Result<Escalation> {
        let now = self.now();
        let (esc, conv) = self.write_checked(|tx| {
            let mut esc = escalations::get(tx, id)?
                .ok_or_else(|| CoreError::NotFound(format!("escalation {id}")))?;
            let mut conv = conversations::get(tx, &esc.conversation_id)?.ok_or_else(|| {
                CoreError::NotFound(format!("conversation {}", esc.conversation_id))
            })?;
            f(tx, &mut esc, &mut conv).map_err(|e| match e {
                StoreError::Conflict(m) => CoreError::Conflict(m),
                other => other.into(),
            })?;
            conv.updated_at = now;
            escalations::update(tx, &esc)?;
            conversations::update(tx, &conv)?;
            audit::record(
                tx,
                now,
                agent,
                action,
                id.as_str(),
                &serde_json::Value::Null,
            )?;
            Ok((esc, conv))
        })?;
        self.emit(DomainEvent::EscalationUpdated {
            escalation: esc.clone(),
        });
        self.emit(DomainEvent::ConversationUpdated { conversation: conv });
        Ok(esc)
    }
}

/// Resolves the conversation's open or snoozed escalation, if any, returning it.
fn close_escalation(
    tx: &Connection,
    id: &ConversationId,
    now: Timestamp,
) -> Result<Option<Escalation>, StoreError> {
    let Some(mut esc) = escalations::open_for_conversation(tx, id)? else {
        return Ok(None);
    };
    esc.status = EscalationStatus::Resolved;
    esc.resolved_at = Some(now);
    esc.snoozed_until = None;
    escalations::update(tx, &esc)?;
    Ok(Some(esc))
}

fn agent_name(agent: &str) -> Result<&str> {
    let a = agent.trim();
    if a.is_empty() {
        return Err(CoreError::invalid("agent", "must not be empty"));
    }
    Ok(a)
}

fn non_empty_text(text: &str) -> Result<&str> {
    let t = text.trim();
    if t.is_empty() {
        return Err(CoreError::invalid("text", "must not be empty"));
    }
    if t.chars().count() > crate::inbound::MAX_TEXT_CHARS {
        return Err(CoreError::invalid("text", "is too long"));
    }
    Ok(t)
}
