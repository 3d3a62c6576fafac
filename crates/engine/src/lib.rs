//! Owldesk's decision engine: what the assistant does with one buyer message.
//!
//! [`decide()`] takes the shop's [`Knowledge`] (FAQ index, profile, rules, thresholds), a view of
//! the conversation, the message and the time, and returns a [`Decision`] with the trace that
//! explains it: answer from the FAQ, ask which question was meant, greet, escalate to a person
//! (and why), or stay silent. The stages live in their own modules, in the order a message goes
//! through them: [`normalize`](mod@normalize), [`tokenize`](mod@tokenize), [`index`] (FAQ
//! matching), [`mood`], [`intents`], [`rules`], [`questions`] (several in one message), [`template`]
//! and [`decide`](mod@decide).
//!
//! The crate is pure: no I/O, no clock, no network, no global mutable state (the word segmenter
//! is loaded once and only read). It knows nothing of storage, channels or notifications; `core`
//! does. To improve the engine, change one stage and measure with `owldesk eval`; to add a stage,
//! give it a module and a place in `decide`'s order (DESIGN.md §2).

pub mod decide;
pub mod edges;
pub mod extract;
pub mod given;
pub mod index;
pub mod intents;
pub mod knowledge;
pub mod lexicon;
pub mod mood;
pub mod normalize;
pub mod partly_shipped;
pub(crate) mod phrase_table;
pub mod pinyin;
pub mod questions;
pub mod rules;
pub mod spelling;
pub mod template;
pub mod tokenize;
pub mod typed_pinyin;

pub use decide::decide;
pub use knowledge::{Knowledge, ShopProfile};
pub use normalize::normalize;
pub use template::fill;

use owldesk_domain::{FaqId, MessageKind, Order};

#[doc(no_inline)]
pub use owldesk_domain::Decision;

/// What the engine sees of the conversation a message belongs to.
#[derive(Debug, Clone, Copy, Default)]
pub struct ConversationView<'a> {
    /// The order the conversation is about, if any (selects answer variants, fills templates).
    pub order: Option<&'a Order>,
    /// The FAQ entries a clarifying question offered and the buyer has not picked yet.
    pub offered: &'a [FaqId],
    /// True when a person owns the conversation: the assistant stays silent.
    pub held_by_person: bool,
}

/// One incoming buyer message.
#[derive(Debug, Clone, Copy)]
pub struct Incoming<'a> {
    /// The text as the buyer typed it (may be empty for media).
    pub text: &'a str,
    /// What the message holds.
    pub kind: MessageKind,
}
