//! Owldesk's domain: the plain data every other crate speaks in.
//!
//! This crate holds types and their invariants only: no I/O, no clock, no storage. Identifiers
//! are newtypes ([`ids`]), enums serialise as `snake_case` strings (order statuses as the
//! marketplaces' Chinese names), and times are [`jiff::Timestamp`]s. Validation that needs only
//! the value itself (an FAQ id's alphabet, an empty answer) lives here; anything that needs other
//! records (duplicate questions) lives in `core`.
//!
//! To add a type: put it in the module named after its noun, derive `Serialize`, `Deserialize`
//! and `ToSchema` (the HTTP API's OpenAPI document is generated from these), and document it.

pub mod alert;
pub mod briefing;
pub mod conversation;
pub mod customer;
pub mod decision;
pub mod draft;
pub mod error;
pub mod escalation;
pub mod event;
pub mod faq;
pub mod ids;
pub mod message;
pub mod night;
pub mod notification;
pub mod order;
pub mod rule;
pub mod schedule;
pub mod settings;

pub use alert::{AlertDelivery, AlertSettings, Outlet, SmtpSecurity};
pub use briefing::{Briefing, BriefingItem, DailyReplyRate};
pub use conversation::{Conversation, ConversationStatus, Priority};
pub use customer::{Customer, Identity};
pub use decision::{Action, Candidate, Decision, Mood, Trace};
pub use draft::{Draft, DraftStatus};
pub use error::DomainError;
pub use escalation::{Escalation, EscalationReason, EscalationStatus};
pub use event::DomainEvent;
pub use faq::{FaqEntry, FaqStats, PLACEHOLDERS};
pub use ids::{ConversationId, CustomerId, DraftId, EscalationId, FaqId, MessageId, RuleId};
pub use message::{Author, Direction, Message, MessageKind};
pub use night::{
    HoldingTexts, Localized, ModeOverride, Modes, NightPolicy, ScheduleStatus, SlaMinutes,
};
pub use notification::NotificationPolicy;
pub use order::{Order, OrderItem, OrderStatus, Product};
pub use rule::{Condition, Rule, RuleAction, RuleEvent};
pub use schedule::{Mode, Schedule, Span, SpecialDay};
pub use settings::{DesktopSettings, ShopSettings, Thresholds};
