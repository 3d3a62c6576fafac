//! Delivering notifications: the [`Notifier`] trait, the listener that drives the policy, and
//! acknowledging an escalation.
//!
//! [`spawn_notifications`] listens to the event bus (escalations created, updated, acknowledged;
//! conversations a person took over; the morning briefing) and ticks on its own every few seconds, reading the time
//! from the core's clock; it feeds [`Notifications`] (the pure policy) and hands what it returns
//! to a [`Notifier`]. A notifier only shows things: the desktop one (notify-rust, in the server
//! crate, so the core does not link D-Bus) and [`RecordingNotifier`] for tests. Delivery runs on
//! a blocking thread so a slow notification daemon never delays answering buyers.
//!
//! To add a way of notifying (a tray balloon, a sound), implement [`Notifier`]; the policy stays
//! where it is.

use std::sync::{Arc, Mutex};
use std::time::Duration;

use owldesk_domain::{DomainEvent, Escalation, EscalationId};
use tokio::sync::broadcast::error::RecvError;

use crate::notifications::{Notification, Notifications, Waiting};
use crate::{Core, CoreError, Result};

/// How often the listener looks at the clock for reminders and digests.
pub const NOTIFY_TICK: Duration = Duration::from_secs(5);

/// Something that can show a notification to the owner.
pub trait Notifier: Send + Sync + 'static {
    /// Shows `note` (title, body, the escalations and the conversation to open on a click).
    ///
    /// # Errors
    /// [`CoreError::Unavailable`] when it could not be shown (no notification daemon...).
    fn deliver(&self, note: &Notification) -> Result<()>;
}

/// A notifier that keeps what it was asked to show, for tests.
#[derive(Debug, Default)]
pub struct RecordingNotifier {
    delivered: Mutex<Vec<Notification>>,
}

impl RecordingNotifier {
    /// Everything delivered so far, oldest first.
    pub fn delivered(&self) -> Vec<Notification> {
        self.delivered
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .clone()
    }
}

impl Notifier for RecordingNotifier {
    fn deliver(&self, note: &Notification) -> Result<()> {
        self.delivered
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .push(note.clone());
        Ok(())
    }
}

impl Core {
    /// A person opened the escalation in the inbox: its urgent notification stops repeating.
    /// Acknowledging twice is harmless.
    ///
    /// # Errors
    /// [`CoreError::NotFound`]; storage failures.
    pub fn acknowledge(&self, id: &EscalationId, agent: &str) -> Result<Escalation> {
        let escalation = self.escalation(id)?;
        let at = self.now();
        self.write(|tx| {
            owldesk_store::audit::record(
                tx,
                at,
                agent,
                "escalation.acknowledge",
                id.as_str(),
                &serde_json::Value::Null,
            )
        })?;
        self.emit(DomainEvent::EscalationAcknowledged {
            escalation: escalation.clone(),
        });
        Ok(escalation)
    }

    /// The buyer's id on the channel, for the escalation's notification.
    fn waiting(&self, escalation: Escalation) -> Result<Waiting> {
        let customer = self.conversation(&escalation.conversation_id)?.customer;
        Ok(Waiting {
            escalation,
            customer,
        })
    }
}

/// What the listener hands the policy.
enum Input {
    Escalated(Escalation),
    Updated(Escalation),
    Acknowledged(EscalationId),
    TakenOver(owldesk_domain::ConversationId),
    Briefing(Box<owldesk_domain::Briefing>),
    Tick,
}

/// Runs one input through the policy with the current settings and time.
fn step(core: &Core, state: &mut Notifications, input: Input) -> Result<Vec<Notification>> {
    let settings = core.settings()?;
    let policy = &settings.notifications;
    let now = core.now();
    Ok(match input {
        Input::Escalated(e) => state.escalated(core.waiting(e)?, policy, now),
        Input::Updated(e) => state.updated(core.waiting(e)?, policy, now),
        Input::Acknowledged(id) => {
            state.acknowledged(&id);
            Vec::new()
        }
        Input::TakenOver(conv) => {
            state.taken_over(&conv);
            Vec::new()
        }
        Input::Briefing(b) => vec![crate::notifications::briefing(&b)],
        Input::Tick => {
            let tz = settings.schedule.time_zone().map_err(CoreError::from)?;
            state.tick(policy, &tz, now)
        }
    })
}

/// Starts the notification listener on the current tokio runtime; it ends when the core's event
/// bus closes. `every` is how often it looks at the clock ([`NOTIFY_TICK`] in `owldesk serve`).
pub fn spawn_notifications(
    core: Core,
    notifier: Arc<dyn Notifier>,
    every: Duration,
) -> tokio::task::JoinHandle<()> {
    let mut events = core.subscribe();
    tokio::spawn(async move {
        let state = Arc::new(Mutex::new(Notifications::default()));
        let mut tick = tokio::time::interval(every);
        tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
        loop {
            let input = tokio::select! {
                ev = events.recv() => match ev {
                    Ok(DomainEvent::EscalationCreated { escalation }) => Input::Escalated(escalation),
                    Ok(DomainEvent::EscalationUpdated { escalation }) => Input::Updated(escalation),
                    Ok(DomainEvent::EscalationAcknowledged { escalation }) => {
                        Input::Acknowledged(escalation.id)
                    }
                    Ok(DomainEvent::BriefingReady { briefing }) => Input::Briefing(Box::new(briefing)),
                    Ok(DomainEvent::ConversationUpdated { conversation })
                        if conversation.assignee.is_some() =>
                    {
                        Input::TakenOver(conversation.id)
                    }
                    Ok(_) | Err(RecvError::Lagged(_)) => continue,
                    Err(RecvError::Closed) => break,
                },
                _ = tick.tick() => Input::Tick,
            };
            let (c, s, n) = (core.clone(), state.clone(), notifier.clone());
            let done = tokio::task::spawn_blocking(move || {
                let notes = {
                    let mut st = s.lock().unwrap_or_else(|p| p.into_inner());
                    step(&c, &mut st, input)?
                };
                for note in &notes {
                    if let Err(e) = n.deliver(note) {
                        tracing::warn!(error = %e, title = %note.title, "a notification was not shown");
                    }
                }
                Ok::<_, CoreError>(())
            })
            .await;
            match done {
                Ok(Ok(())) => {}
                Ok(Err(e)) => tracing::warn!(error = %e, "could not work out a notification"),
                Err(e) => tracing::warn!(error = %e, "working out a notification panicked"),
            }
        }
    })
}
