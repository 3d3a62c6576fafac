//! The assistant's decision on one buyer message, with the trace that explains it.
//!
//! `engine::decide` produces a [`Decision`]; the inbox, the tester, `owldesk ask` and
//! `owldesk eval` show its [`Trace`]. The API shows `action`, `faq_id`, `reason` and
//! `confidence`; the rest is for people reading why.

use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::{EscalationReason, FaqId};

/// What the assistant does with a message.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum Action {
    /// Reply with an FAQ entry's answer.
    Answer,
    /// Ask which of the top questions the buyer meant.
    Clarify,
    /// Reply with the shop's greeting.
    Greet,
    /// Hand the conversation to a person.
    Escalate,
    /// Do nothing (a duplicate, or a person owns the conversation).
    Ignore,
}

impl Action {
    /// The `snake_case` name used in storage and the API.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Answer => "answer",
            Self::Clarify => "clarify",
            Self::Greet => "greet",
            Self::Escalate => "escalate",
            Self::Ignore => "ignore",
        }
    }
}

/// The buyer's mood as the engine reads it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ToSchema, Default)]
#[serde(rename_all = "snake_case")]
pub enum Mood {
    /// Nothing suggests the buyer is upset.
    #[default]
    Calm,
    /// Angry, complaining, disappointed or threatening.
    Upset,
}

/// One FAQ entry the matcher considered.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct Candidate {
    /// The entry.
    pub faq_id: FaqId,
    /// Its canonical question.
    pub question: String,
    /// The matcher's raw score.
    pub score: f32,
    /// Calibrated confidence in [0, 1].
    pub confidence: f32,
    /// The question or paraphrase that matched best.
    #[serde(default)]
    pub matched: String,
}

/// Why the engine decided as it did.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct Trace {
    /// The message after normalisation.
    pub normalized: String,
    /// The tokens the matcher used.
    pub tokens: Vec<String>,
    /// Concepts recognised in the message (shop-language classes).
    #[serde(default)]
    pub concepts: Vec<String>,
    /// The best candidates, best first.
    pub candidates: Vec<Candidate>,
    /// The rules and guards that fired, in order (`guard:media`, `rule:allergy`...).
    pub fired: Vec<String>,
    /// The mood read from the message.
    pub mood: Mood,
    /// The mood score in [0, 1] and the cues found.
    #[serde(default)]
    pub mood_score: f32,
    /// Cues behind the mood reading.
    #[serde(default)]
    pub mood_cues: Vec<String>,
    /// Free notes in plain words, in order.
    #[serde(default)]
    pub notes: Vec<String>,
}

/// The assistant's decision on one buyer message.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct Decision {
    /// What to do.
    pub action: Action,
    /// The FAQ entry answered with (for `answer`), if any.
    #[serde(default)]
    pub faq_id: Option<FaqId>,
    /// Why the conversation is escalated (for `escalate`).
    #[serde(default)]
    pub reason: Option<EscalationReason>,
    /// The rule's name when `reason` is `rule`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rule: Option<String>,
    /// Confidence in [0, 1] of the best FAQ candidate.
    pub confidence: f32,
    /// The text to send the buyer (answer, clarifying question or greeting), filled.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reply: Option<String>,
    /// A reply a person could send (the best FAQ answer), for escalations and ignored messages.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub draft: Option<String>,
    /// The entries offered by a clarifying question, in the order offered.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub offered: Vec<FaqId>,
    /// Why.
    #[serde(default)]
    pub trace: Trace,
}

impl Decision {
    /// A decision with the given action and nothing else.
    pub fn new(action: Action) -> Self {
        Self {
            action,
            faq_id: None,
            reason: None,
            rule: None,
            confidence: 0.0,
            reply: None,
            draft: None,
            offered: Vec::new(),
            trace: Trace::default(),
        }
    }

    /// An escalation for `reason`.
    pub fn escalate(reason: EscalationReason) -> Self {
        Self {
            reason: Some(reason),
            ..Self::new(Action::Escalate)
        }
    }
}
