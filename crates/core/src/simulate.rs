//! Replaying a scripted night on a virtual clock, so an owner can see what a night would look
//! like before trusting Owldesk with one (`owldesk simulate`).
//!
//! A script is one buyer message per line (`{"after": "5m", "customer": "c1", "text": "...",
//! "kind": "image", "order_status": "已发货"}`): `after` is the wait since the previous message.
//! The simulator moves a [`FixedClock`] forward in steps, calling [`Core::tick`] at each step so
//! the response-time guard, auto-resolve and the morning briefing happen as they would, delivers
//! each message through [`Core::inbound`], and after the last one runs on until business hours
//! begin. It works on whatever `Core` it is given: the CLI gives it a temporary shop.

use jiff::{SignedDuration, Timestamp};
use owldesk_domain::{
    Action, Briefing, DomainEvent, EscalationReason, MessageKind, Mode, Order, OrderStatus,
    Priority,
};
use serde::{Deserialize, Serialize};
use tokio::sync::broadcast::error::TryRecvError;

use crate::inbound::InboundRequest;
use crate::{Clock, Core, CoreError, FixedClock, Result};

/// How often the simulator ticks while the virtual clock moves.
pub const TICK_STEP: SignedDuration = SignedDuration::from_secs(30);

/// One line of a script.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ScriptLine {
    /// Wait since the previous message (`30s`, `5m`, `1h 30m`); none means at once.
    #[serde(default)]
    pub after: Option<String>,
    /// The buyer.
    pub customer: String,
    /// The text.
    #[serde(default)]
    pub text: String,
    /// What the message holds (default text).
    #[serde(default)]
    pub kind: MessageKind,
    /// The status of the buyer's order, if the channel knows one.
    #[serde(default)]
    pub order_status: Option<String>,
}

/// One message of a script, ready to play.
#[derive(Debug, Clone, PartialEq)]
pub struct Step {
    /// The line as written.
    pub line: ScriptLine,
    /// The wait before it.
    pub wait: SignedDuration,
    /// The order status, read.
    pub status: Option<OrderStatus>,
}

/// Reads a script: one JSON object per line; blank lines and lines starting with `#` are skipped.
///
/// # Errors
/// [`CoreError::Invalid`] naming the line (and the field, when one is wrong).
pub fn read_script(text: &str) -> Result<Vec<Step>> {
    let mut out = Vec::new();
    for (i, line) in text.lines().enumerate() {
        let n = i + 1;
        let t = line.trim();
        if t.is_empty() || t.starts_with('#') {
            continue;
        }
        let l: ScriptLine = serde_json::from_str(t)
            .map_err(|e| CoreError::invalid(format!("line {n}"), e.to_string()))?;
        let wait = match &l.after {
            None => SignedDuration::ZERO,
            Some(a) => parse_wait(a).ok_or_else(|| {
                CoreError::invalid(
                    format!("line {n}, after"),
                    format!("{a:?} is not a duration like 30s, 5m or 1h"),
                )
            })?,
        };
        let status = l
            .order_status
            .as_deref()
            .map(OrderStatus::parse)
            .transpose()
            .map_err(|e| CoreError::invalid(format!("line {n}, order_status"), e.to_string()))?;
        out.push(Step {
            line: l,
            wait,
            status,
        });
    }
    Ok(out)
}

/// `30s`, `5m`, `1h 30m`, `90` (seconds).
fn parse_wait(s: &str) -> Option<SignedDuration> {
    let s = s.trim();
    if let Ok(secs) = s.parse::<u32>() {
        return Some(SignedDuration::from_secs(i64::from(secs)));
    }
    s.parse::<SignedDuration>()
        .ok()
        .filter(|d| !d.is_negative())
}

/// A reply the buyer got.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SimReply {
    /// When.
    pub at: Timestamp,
    /// To whom.
    pub customer: String,
    /// What.
    pub text: String,
}

/// An escalation raised.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SimEscalation {
    /// When.
    pub at: Timestamp,
    /// Whose.
    pub customer: String,
    /// Why.
    pub reason: EscalationReason,
    /// How urgent.
    pub priority: Priority,
    /// The one-line summary.
    pub summary: String,
}

/// What the simulated night came to.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SimulationReport {
    /// Buyer messages delivered.
    pub messages: usize,
    /// Answered by the assistant on its own.
    pub answered: usize,
    /// Kept as drafts for a person (assist and off modes).
    pub drafted: usize,
    /// Escalations raised.
    pub escalations: Vec<SimEscalation>,
    /// Holding replies sent (on escalation and by the response guard).
    pub holding_replies: usize,
    /// Every reply the buyers got, in order.
    pub replies: Vec<SimReply>,
    /// The briefing of the simulated stretch, made when business hours began.
    pub briefing: Briefing,
}

/// Plays `script` on `core`, whose clock is `clock`, from `start`.
///
/// # Errors
/// [`CoreError::Invalid`] for a script message the inbound flow refuses (naming the line);
/// storage failures.
pub fn simulate(
    core: &Core,
    clock: &FixedClock,
    start: Timestamp,
    script: &[Step],
) -> Result<SimulationReport> {
    clock.set(start);
    let mut events = core.subscribe();
    let mut report = Report::default();
    for (n, Step { line, wait, status }) in script.iter().enumerate() {
        let until = clock.now().checked_add(*wait).unwrap_or(clock.now());
        report.run_until(core, clock, until, &mut events)?;
        let req = InboundRequest {
            channel: "simulator".into(),
            customer: line.customer.clone(),
            message_id: format!("sim-{}", n + 1),
            text: line.text.clone(),
            kind: line.kind,
            media_url: None,
            order: status.map(|s| Order {
                id: format!("SIM-{}", line.customer),
                status: s,
                tracking_no: None,
                carrier: None,
                items: Vec::new(),
            }),
        };
        let out = core
            .inbound(req)
            .map_err(|e| CoreError::invalid(format!("line {}", n + 1), e.to_string()))?;
        report.messages += 1;
        if out.holding {
            report.holding += 1;
        }
        match (out.decision.action, out.mode, out.draft.is_some()) {
            (_, _, true) => report.drafted += 1,
            (Action::Answer | Action::Clarify | Action::Greet, Mode::Auto, _) => {
                report.answered += 1
            }
            _ => {}
        }
        report.drain(core, &mut events, clock.now());
    }
    // Run on until business hours begin (and a little past, so the guard and briefing run).
    let view = core.night_view()?;
    let end = if view.open {
        clock.now()
    } else {
        view.hours.next_open(clock.now()).unwrap_or(clock.now())
    };
    report.run_until(
        core,
        clock,
        end.checked_add(TICK_STEP).unwrap_or(end),
        &mut events,
    )?;
    let briefing = core.briefing(Some(start), Some(clock.now()))?;
    Ok(SimulationReport {
        messages: report.messages,
        answered: report.answered,
        drafted: report.drafted,
        escalations: report.escalations,
        holding_replies: report.holding,
        replies: report.replies,
        briefing,
    })
}

#[derive(Default)]
struct Report {
    messages: usize,
    answered: usize,
    drafted: usize,
    holding: usize,
    escalations: Vec<SimEscalation>,
    replies: Vec<SimReply>,
}

impl Report {
    fn run_until(
        &mut self,
        core: &Core,
        clock: &FixedClock,
        until: Timestamp,
        events: &mut tokio::sync::broadcast::Receiver<DomainEvent>,
    ) -> Result<()> {
        while clock.now() < until {
            let next = clock
                .now()
                .checked_add(TICK_STEP)
                .unwrap_or(until)
                .min(until);
            clock.set(next);
            let t = core.tick()?;
            self.holding += t.guard_holding;
            self.drain(core, events, next);
        }
        Ok(())
    }

    fn drain(
        &mut self,
        core: &Core,
        events: &mut tokio::sync::broadcast::Receiver<DomainEvent>,
        at: Timestamp,
    ) {
        loop {
            match events.try_recv() {
                Ok(DomainEvent::ReplyCreated {
                    message, customer, ..
                }) => self.replies.push(SimReply {
                    at: message.created_at,
                    customer,
                    text: message.text,
                }),
                Ok(DomainEvent::EscalationCreated { escalation }) => {
                    let customer = core
                        .conversation(&escalation.conversation_id)
                        .map(|c| c.customer)
                        .unwrap_or_default();
                    self.escalations.push(SimEscalation {
                        at,
                        customer,
                        reason: escalation.reason,
                        priority: escalation.priority,
                        summary: escalation.summary,
                    });
                }
                Ok(_) | Err(TryRecvError::Lagged(_)) => {}
                Err(TryRecvError::Empty | TryRecvError::Closed) => break,
            }
        }
    }
}
