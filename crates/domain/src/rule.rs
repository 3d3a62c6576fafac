//! Handoff rules: the shop's own "always give this to a person" conditions.
//!
//! A rule is an event, conditions that must all hold, and actions (Chatwoot's automation rule
//! shape). The engine evaluates rules before answering; the first rule whose conditions hold
//! decides. To add a condition, add a variant to [`Condition`] and teach `engine::rules` to test
//! it.

use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::{MessageKind, Mood, OrderStatus, Priority, RuleId};

/// When a rule is evaluated.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ToSchema, Default)]
#[serde(rename_all = "snake_case")]
pub enum RuleEvent {
    /// A buyer message arrived.
    #[default]
    MessageReceived,
}

/// One condition of a rule.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum Condition {
    /// The message is of one of these kinds.
    KindIn {
        /// The kinds.
        kinds: Vec<MessageKind>,
    },
    /// The conversation's order is in one of these statuses.
    OrderStatusIn {
        /// The statuses.
        statuses: Vec<OrderStatus>,
    },
    /// The buyer's mood is this.
    MoodIs {
        /// The mood.
        mood: Mood,
    },
    /// The message contains one of these words (after normalisation).
    TextContainsAny {
        /// The words.
        words: Vec<String>,
    },
}

/// What a rule does when its conditions hold.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum RuleAction {
    /// Hand the conversation to a person with this priority.
    Escalate {
        /// The escalation's priority.
        priority: Priority,
    },
    /// Let the assistant handle the message normally (an exception to later rules).
    Answer,
}

/// A handoff rule of the shop.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct Rule {
    /// The rule's id.
    pub id: RuleId,
    /// A name the owner recognises ("allergy questions").
    pub name: String,
    /// When it is evaluated.
    #[serde(default)]
    pub event: RuleEvent,
    /// All must hold.
    pub conditions: Vec<Condition>,
    /// What happens; the first action decides.
    pub actions: Vec<RuleAction>,
    /// Disabled rules are kept but not evaluated.
    #[serde(default = "yes")]
    pub enabled: bool,
}

fn yes() -> bool {
    true
}
