//! A buyer's message arrives: store it, decide, store the reply or the escalation, tell listeners.
//!
//! The flow is in two transactions so that the buyer's message is durable before anything else
//! happens: (1) the customer, conversation and message are stored; (2) the engine decides and its
//! reply, escalation and the conversation's new state are stored together. The caller is
//! acknowledged only after (2). If the process dies between the two, the message is decided on
//! redelivery or at the next start ([`Core::resume_pending`]). Redelivery of a decided message
//! (same channel and message id) returns the first decision and stores nothing.
//!
//! Only conversations in `pending` get automatic replies: once escalated (`open`) or taken over by
//! a person, new buyer messages are stored and shown to the person, and the assistant stays
//! silent (it still computes a draft). The mode in force (`night`) decides the rest: in `auto`
//! the assistant's reply is sent; in `assist` and `off` it is kept as a draft for a person. An
//! escalation gets an honest holding reply (not in `off`): outside hours once per conversation
//! per night, naming the next opening.

use jiff::SignedDuration;
use owldesk_domain::{
    Action, Author, Conversation, ConversationId, ConversationStatus, Customer, CustomerId,
    Decision, Direction, DomainEvent, Draft, Escalation, EscalationReason, EscalationStatus,
    Identity, Message, MessageId, MessageKind, Mode, Order, Priority, RuleAction,
};
use owldesk_engine::{ConversationView, Incoming};
use owldesk_store::night::Outcome;
use owldesk_store::{
    Connection, StoreError, conversations, customers, escalations, faq, messages, night,
};

use crate::holding::Lang;
use crate::respond::night_end;
use crate::{Core, CoreError, Result};

/// The longest message text accepted, in characters.
pub const MAX_TEXT_CHARS: usize = 5000;

/// A buyer's message as a channel delivers it.
#[derive(Debug, Clone, PartialEq)]
pub struct InboundRequest {
    /// The channel (`bridge`, `simulator`...).
    pub channel: String,
    /// The buyer's id on the channel.
    pub customer: String,
    /// The channel's id for this message; redelivery with the same id is idempotent.
    pub message_id: String,
    /// The text (may be empty for media).
    pub text: String,
    /// What the message holds.
    pub kind: MessageKind,
    /// Where the channel keeps the media.
    pub media_url: Option<String>,
    /// The order the buyer is asking about, as the channel knows it now.
    pub order: Option<Order>,
}

/// What became of an inbound message.
#[derive(Debug, Clone, PartialEq)]
pub struct InboundOutcome {
    /// The conversation it belongs to.
    pub conversation_id: ConversationId,
    /// The stored buyer message.
    pub message_id: MessageId,
    /// The assistant's decision.
    pub decision: Decision,
    /// The text to deliver to the buyer, if any.
    pub reply: Option<String>,
    /// True when this was a redelivery of a message already decided.
    pub duplicate: bool,
    /// The mode the message was handled in. For a redelivery the mode is not stored: it reads
    /// `assist` when the first handling kept a draft, else `auto`.
    pub mode: Mode,
    /// True when `reply` is a holding reply (a person is needed).
    pub holding: bool,
    /// The draft kept for a person (assist and off modes).
    pub draft: Option<Draft>,
}

impl InboundRequest {
    fn validate(&self) -> Result<()> {
        for (field, value) in [
            ("channel", &self.channel),
            ("customer", &self.customer),
            ("message_id", &self.message_id),
        ] {
            if value.trim().is_empty() {
                return Err(CoreError::invalid(field, "must not be empty"));
            }
            if value.chars().count() > 200 {
                return Err(CoreError::invalid(field, "must be at most 200 characters"));
            }
        }
        if self.text.chars().count() > MAX_TEXT_CHARS {
            return Err(CoreError::invalid(
                "text",
                format!("must be at most {MAX_TEXT_CHARS} characters"),
            ));
        }
        if self.kind == MessageKind::Text && self.text.trim().is_empty() {
            return Err(CoreError::invalid("text", "a text message must have text"));
        }
        if let Some(order) = &self.order
            && order.id.trim().is_empty()
        {
            return Err(CoreError::invalid("order.id", "must not be empty"));
        }
        Ok(())
    }
}

impl Core {
    /// Handles a buyer's message: stores it, decides, stores the reply or escalation.
    ///
    /// # Errors
    /// [`CoreError::Invalid`] naming the field for bad input (nothing is stored); storage failures.
    pub fn inbound(&self, req: InboundRequest) -> Result<InboundOutcome> {
        req.validate()?;
        let now = self.now();
        let (message, fresh) = self.write(|tx| {
            if let Some(existing) = messages::find_by_external(tx, &req.channel, &req.message_id)? {
                return Ok((existing, false));
            }
            let conversation = self.conversation_for(tx, &req, now)?;
            let message = Message {
                id: MessageId(self.new_id()),
                conversation_id: conversation.id.clone(),
                direction: Direction::Incoming,
                author: Author::Customer,
                kind: req.kind,
                text: req.text.clone(),
                media_url: req.media_url.clone(),
                external_id: Some(req.message_id.clone()),
                agent: None,
                private: false,
                decision: None,
                created_at: now,
            };
            messages::insert(tx, &message, &req.channel)?;
            Ok((message, true))
        })?;
        if fresh {
            self.emit(DomainEvent::MessageReceived {
                message: message.clone(),
            });
        }
        if let Some(decision) = message.decision.clone() {
            return self.redelivered(message, decision);
        }
        self.decide_and_apply(&message)
    }

    /// Decides every stored buyer message that has no decision yet (left by a crash between
    /// storing and deciding). Called when the shop opens.
    ///
    /// # Errors
    /// Storage failures.
    pub fn resume_pending(&self) -> Result<usize> {
        let pending = self.read(messages::undecided)?;
        let n = pending.len();
        for message in pending {
            self.decide_and_apply(&message)?;
        }
        Ok(n)
    }

    /// Finds or creates the customer and their conversation on the channel, reopening a resolved
    /// or snoozed one, and records the order the channel reported.
    fn conversation_for(
        &self,
        tx: &Connection,
        req: &InboundRequest,
        now: jiff::Timestamp,
    ) -> Result<Conversation, StoreError> {
        let customer = match customers::find_by_identity(tx, &req.channel, &req.customer)? {
            Some(c) => c,
            None => {
                let c = Customer {
                    id: CustomerId(self.new_id()),
                    display_name: req.customer.clone(),
                    identities: vec![Identity {
                        channel: req.channel.clone(),
                        external_id: req.customer.clone(),
                    }],
                    created_at: now,
                };
                customers::insert(tx, &c)?;
                c
            }
        };
        let snippet = snippet(&req.text, req.kind);
        let mut conversation = match conversations::latest_for(tx, &customer.id, &req.channel)? {
            Some(mut c) => {
                match c.status {
                    ConversationStatus::Resolved => {
                        c.status = ConversationStatus::Pending;
                        c.assignee = None;
                        c.priority = Priority::Normal;
                        c.waiting_since = None;
                    }
                    ConversationStatus::Snoozed => self.wake(tx, &mut c)?,
                    ConversationStatus::Pending | ConversationStatus::Open => {}
                }
                c.last_text = Some(snippet);
                c.updated_at = now;
                c
            }
            None => {
                let c = Conversation {
                    id: ConversationId(self.new_id()),
                    customer_id: customer.id.clone(),
                    customer: req.customer.clone(),
                    channel: req.channel.clone(),
                    status: ConversationStatus::Pending,
                    priority: Priority::Normal,
                    assignee: None,
                    waiting_since: None,
                    snoozed_until: None,
                    order: None,
                    offered: Vec::new(),
                    last_text: Some(snippet),
                    created_at: now,
                    updated_at: now,
                };
                conversations::insert(tx, &c)?;
                c
            }
        };
        if let Some(order) = &req.order {
            owldesk_store::orders::upsert(tx, order, now)?;
            conversation.order = Some(order.clone());
        }
        conversations::update(tx, &conversation)?;
        Ok(conversation)
    }

    /// Wakes a snoozed conversation: it needs a person again.
    pub(crate) fn wake(&self, tx: &Connection, c: &mut Conversation) -> Result<(), StoreError> {
        c.status = ConversationStatus::Open;
        c.snoozed_until = None;
        if let Some(mut esc) = escalations::open_for_conversation(tx, &c.id)?
            && esc.status == EscalationStatus::Snoozed
        {
            esc.status = EscalationStatus::Open;
            esc.snoozed_until = None;
            escalations::update(tx, &esc)?;
        }
        Ok(())
    }

    /// The second half of the inbound flow: decide on a stored message and store the outcome,
    /// as the mode in force allows (auto: reply; assist and off: draft for a person).
    fn decide_and_apply(&self, message: &Message) -> Result<InboundOutcome> {
        let knowledge = self.knowledge();
        let now = self.now();
        let state = self.night_view_at(now)?;
        let lang = Lang::of(&message.text, &state.settings.languages);
        let mut events = Vec::new();
        let (decision, reply, holding, draft) = self.write(|tx| {
            let mut conv = conversations::get(tx, &message.conversation_id)?.ok_or_else(|| {
                StoreError::NotFound(format!("conversation {}", message.conversation_id))
            })?;
            let held = conv.held_by_person() || conv.status != ConversationStatus::Pending;
            let view = ConversationView {
                order: conv.order.as_ref(),
                offered: &conv.offered,
                held_by_person: held,
            };
            let incoming = Incoming {
                text: &message.text,
                kind: message.kind,
            };
            let decision = owldesk_engine::decide(&knowledge, &view, &incoming, now);
            messages::set_decision(tx, &message.id, &decision)?;
            let mut timers = night::timers(tx, &conv.id)?;
            let mut reply = None;
            let mut holding = false;
            let mut draft = None;

            match decision.action {
                Action::Answer | Action::Clarify | Action::Greet => {
                    if let Some(text) = &decision.reply {
                        if state.mode == Mode::Auto {
                            self.send(tx, &conv, text, now, &mut timers, &mut events)?;
                            reply = Some(text.clone());
                            night::set_outcome(tx, &message.id, Outcome::Answered)?;
                        } else {
                            let faq_id = decision.faq_id.clone();
                            let d = self.store_draft(tx, &conv, message, text, faq_id, now)?;
                            events.push(DomainEvent::DraftUpdated { draft: d.clone() });
                            draft = Some(d);
                            timers.awaiting_since.get_or_insert(now);
                            night::set_outcome(tx, &message.id, Outcome::Drafted)?;
                        }
                    }
                    if let (Action::Answer, Some(id), Mode::Auto) =
                        (decision.action, &decision.faq_id, state.mode)
                    {
                        faq::record_hit(tx, id, now)?;
                    }
                    conv.offered = decision.offered.clone();
                }
                Action::Escalate => {
                    let reason = decision.reason.unwrap_or(EscalationReason::Unknown);
                    let priority = priority_for(tx, reason, decision.rule.as_deref())?;
                    let summary = summarize(reason, decision.rule.as_deref(), &conv, message);
                    let sla = state.policy().sla.for_priority(priority);
                    let due_at = state
                        .hours
                        .add_business_time(now, SignedDuration::from_mins(i64::from(sla)));
                    let esc = Escalation {
                        id: owldesk_domain::EscalationId(self.new_id()),
                        conversation_id: conv.id.clone(),
                        message_id: message.id.clone(),
                        reason,
                        rule: decision.rule.clone(),
                        status: EscalationStatus::Open,
                        priority,
                        summary: summary.clone(),
                        created_at: now,
                        resolved_at: None,
                        snoozed_until: None,
                        due_at,
                    };
                    escalations::insert(tx, &esc)?;
                    let note = self.activity(&conv.id, &format!("escalated: {summary}"), now);
                    messages::insert(tx, &note, &conv.channel)?;
                    night::set_outcome(tx, &message.id, Outcome::Escalated)?;
                    conv.status = ConversationStatus::Open;
                    conv.priority = conv.priority.min(priority);
                    conv.waiting_since.get_or_insert(now);
                    conv.offered.clear();
                    events.push(DomainEvent::EscalationCreated { escalation: esc });
                    timers.awaiting_since.get_or_insert(now);
                    if let Some(text) = self.holding_due(&state, &timers, Some(reason), lang) {
                        self.send(tx, &conv, &text, now, &mut timers, &mut events)?;
                        if !state.open {
                            timers.holding_until = Some(night_end(&state));
                        }
                        reply = Some(text);
                        holding = true;
                    }
                }
                Action::Ignore => {
                    if held {
                        conv.waiting_since.get_or_insert(now);
                        timers.awaiting_since.get_or_insert(now);
                        night::set_outcome(tx, &message.id, Outcome::Waiting)?;
                        // A buyer who turns upset while waiting for a person moves up the inbox.
                        if decision.trace.mood == owldesk_domain::Mood::Upset
                            && let Some(mut esc) = escalations::open_for_conversation(tx, &conv.id)?
                            && esc.priority != Priority::Urgent
                        {
                            esc.priority = Priority::Urgent;
                            escalations::update(tx, &esc)?;
                            conv.priority = Priority::Urgent;
                            events.push(DomainEvent::EscalationUpdated { escalation: esc });
                        }
                    }
                }
            }
            night::put_timers(tx, &conv.id, &timers)?;
            conv.updated_at = now;
            conversations::update(tx, &conv)?;
            events.push(DomainEvent::ConversationUpdated { conversation: conv });
            Ok((decision, reply, holding, draft))
        })?;
        for e in events {
            self.emit(e);
        }
        Ok(InboundOutcome {
            conversation_id: message.conversation_id.clone(),
            message_id: message.id.clone(),
            decision,
            reply,
            duplicate: false,
            mode: state.mode,
            holding,
            draft,
        })
    }

    pub(crate) fn outgoing(
        &self,
        conversation: &ConversationId,
        text: &str,
        author: Author,
        agent: Option<&str>,
        at: jiff::Timestamp,
    ) -> Message {
        Message {
            id: MessageId(self.new_id()),
            conversation_id: conversation.clone(),
            direction: Direction::Outgoing,
            author,
            kind: MessageKind::Text,
            text: text.to_owned(),
            media_url: None,
            external_id: None,
            agent: agent.map(str::to_owned),
            private: false,
            decision: None,
            created_at: at,
        }
    }

    pub(crate) fn activity(
        &self,
        conversation: &ConversationId,
        text: &str,
        at: jiff::Timestamp,
    ) -> Message {
        Message {
            direction: Direction::Activity,
            author: Author::System,
            private: true,
            ..self.outgoing(conversation, text, Author::System, None, at)
        }
    }
}

/// The priority of a new escalation: the rule's, for rule escalations, else the reason's.
fn priority_for(
    tx: &Connection,
    reason: EscalationReason,
    rule: Option<&str>,
) -> Result<Priority, StoreError> {
    let rules = match rule {
        Some(_) => owldesk_store::rules::list(tx)?,
        None => Vec::new(),
    };
    let from_rule = rule.and_then(|name| {
        rules.iter().find(|r| r.name == name).and_then(|r| {
            r.actions.iter().find_map(|a| match a {
                RuleAction::Escalate { priority } => Some(*priority),
                RuleAction::Answer => None,
            })
        })
    });
    Ok(from_rule.unwrap_or_else(|| reason.default_priority()))
}

/// A short text for lists: the message's first words, or what kind of media it was.
fn snippet(text: &str, kind: MessageKind) -> String {
    let t: String = text.trim().chars().take(80).collect();
    match (t.is_empty(), kind) {
        (true, MessageKind::Text) => String::new(),
        (true, k) => format!("[{}]", k.as_str()),
        (false, MessageKind::Text) => t,
        (false, k) => format!("[{}] {t}", k.as_str()),
    }
}

/// "media: image from buyer, order 已发货" — why, from what, about which order.
fn summarize(
    reason: EscalationReason,
    rule: Option<&str>,
    conv: &Conversation,
    message: &Message,
) -> String {
    let why = match (reason, rule) {
        (EscalationReason::Rule, Some(name)) => format!("rule {name}"),
        (r, _) => r.as_str().to_owned(),
    };
    let what = match message.kind {
        MessageKind::Text => format!("\"{}\"", snippet(&message.text, message.kind)),
        k => format!("{} from buyer", k.as_str()),
    };
    match &conv.order {
        Some(o) => format!("{why}: {what}, order {}", o.status),
        None => format!("{why}: {what}"),
    }
}
