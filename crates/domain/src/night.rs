//! Night mode settings: which mode applies inside and outside hours, a manual override, the
//! holding replies buyers get while they wait for a person, and the timers (response guard,
//! SLA, auto-resolve).
//!
//! Plain data with validation; `core::night` applies it with the clock. Texts come in the two
//! languages a buyer may write in, and `{next_open}` in a holding text is filled with the shop's
//! next opening ("明天 09:00", "Monday 09:00").

use jiff::Timestamp;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::{DomainError, Mode, Priority};

/// Which mode applies inside and outside business hours.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct Modes {
    /// Inside business hours (default `assist`).
    pub inside: Mode,
    /// Outside business hours (default `auto`).
    pub outside: Mode,
}

impl Default for Modes {
    fn default() -> Self {
        Self {
            inside: Mode::Assist,
            outside: Mode::Auto,
        }
    }
}

/// A mode set by hand until a time ("auto until 08:00 tomorrow").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct ModeOverride {
    /// The mode.
    pub mode: Mode,
    /// When the override ends and the schedule's mode applies again (RFC 3339).
    #[schema(value_type = String)]
    pub until: Timestamp,
}

/// A text in Chinese and English; the buyer gets the one of the language they wrote in.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct Localized {
    /// Chinese.
    pub zh: String,
    /// English.
    pub en: String,
}

impl Localized {
    fn new(zh: &str, en: &str) -> Self {
        Self {
            zh: zh.into(),
            en: en.into(),
        }
    }

    fn validate(&self, field: &str) -> Result<(), DomainError> {
        for (lang, text) in [("zh", &self.zh), ("en", &self.en)] {
            if text.trim().is_empty() {
                return Err(DomainError::invalid(
                    format!("{field}.{lang}"),
                    "must not be empty",
                ));
            }
            if text.chars().count() > 1000 {
                return Err(DomainError::invalid(
                    format!("{field}.{lang}"),
                    "must be at most 1000 characters",
                ));
            }
        }
        Ok(())
    }
}

/// What a buyer is told when a person is needed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct HoldingTexts {
    /// Outside business hours; `{next_open}` is filled with the next opening.
    pub closed: Localized,
    /// Inside business hours: a person is coming.
    pub open: Localized,
    /// Put before the text for an upset buyer: an apology and a promise.
    pub anger: Localized,
    /// Put before the text for an after-sale request: what to prepare.
    pub after_sale: Localized,
}

impl Default for HoldingTexts {
    fn default() -> Self {
        Self {
            closed: Localized::new(
                "亲,现在是休息时间,客服{next_open}上班后会第一时间为您处理,请您放心~",
                "We're closed right now; a person will reply {next_open}. Thank you for waiting!",
            ),
            open: Localized::new(
                "亲,已为您转接人工客服,请稍等片刻~",
                "A person from the shop is coming to help you, one moment please.",
            ),
            anger: Localized::new(
                "非常抱歉给您带来不好的体验,我们一定会认真负责地处理好。",
                "We're very sorry for the trouble; we will put it right.",
            ),
            after_sale: Localized::new(
                "麻烦您先准备好订单号和商品照片(问题处拍清楚),方便我们尽快处理。",
                "Please have your order number and photos of the item ready so we can act quickly.",
            ),
        }
    }
}

impl HoldingTexts {
    /// Checks that every text is present in both languages.
    ///
    /// # Errors
    /// [`DomainError::Invalid`] naming the text (`holding.anger.en`).
    pub fn validate(&self) -> Result<(), DomainError> {
        self.closed.validate("holding.closed")?;
        self.open.validate("holding.open")?;
        self.anger.validate("holding.anger")?;
        self.after_sale.validate("holding.after_sale")
    }
}

/// Business-hour minutes within which an escalation of each priority is due.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct SlaMinutes {
    /// Urgent.
    pub urgent: u32,
    /// High.
    pub high: u32,
    /// Normal.
    pub normal: u32,
    /// Low.
    pub low: u32,
}

impl Default for SlaMinutes {
    fn default() -> Self {
        Self {
            urgent: 30,
            high: 120,
            normal: 480,
            low: 1440,
        }
    }
}

impl SlaMinutes {
    /// The minutes for `p`.
    pub fn for_priority(&self, p: Priority) -> u32 {
        match p {
            Priority::Urgent => self.urgent,
            Priority::High => self.high,
            Priority::Normal => self.normal,
            Priority::Low => self.low,
        }
    }
}

/// The timers of night mode.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct NightPolicy {
    /// In assist mode, seconds a buyer may wait without any reply before the guard replies
    /// (default 150: marketplaces count replies within 3 minutes).
    pub guard_after_secs: u32,
    /// When the guard fires, send the assistant's draft (if there is one) instead of the
    /// holding reply.
    pub guard_sends_draft: bool,
    /// Seconds a conversation the assistant handled may stay idle after the last reply before
    /// it is resolved (0: never); a new buyer message reopens it.
    pub auto_resolve_after_secs: u32,
    /// When escalations are due, in business-hour minutes.
    pub sla: SlaMinutes,
}

impl Default for NightPolicy {
    fn default() -> Self {
        Self {
            guard_after_secs: 150,
            guard_sends_draft: false,
            auto_resolve_after_secs: 4 * 3600,
            sla: SlaMinutes::default(),
        }
    }
}

impl NightPolicy {
    /// Checks the timers are sensible.
    ///
    /// # Errors
    /// [`DomainError::Invalid`] naming the field.
    pub fn validate(&self) -> Result<(), DomainError> {
        if !(10..=3600).contains(&self.guard_after_secs) {
            return Err(DomainError::invalid(
                "night.guard_after_secs",
                "must be between 10 and 3600 seconds",
            ));
        }
        if self.auto_resolve_after_secs != 0 && self.auto_resolve_after_secs < 60 {
            return Err(DomainError::invalid(
                "night.auto_resolve_after_secs",
                "must be 0 (never) or at least 60 seconds",
            ));
        }
        for (name, m) in [
            ("urgent", self.sla.urgent),
            ("high", self.sla.high),
            ("normal", self.sla.normal),
            ("low", self.sla.low),
        ] {
            if m == 0 || m > 10 * 24 * 60 {
                return Err(DomainError::invalid(
                    format!("night.sla.{name}"),
                    "must be between 1 and 14400 minutes",
                ));
            }
        }
        Ok(())
    }
}

/// The assistant's mode now, whether the shop is open, and when that next changes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct ScheduleStatus {
    /// The mode in force.
    pub mode: Mode,
    /// True inside business hours.
    pub open: bool,
    /// When the mode or the opening next changes (RFC 3339); absent when never.
    #[schema(value_type = Option<String>)]
    pub next_switch: Option<Timestamp>,
    /// When the shop next opens (RFC 3339); absent when never.
    #[schema(value_type = Option<String>)]
    pub next_open: Option<Timestamp>,
    /// The manual override in force, if any.
    #[serde(rename = "override")]
    pub mode_override: Option<ModeOverride>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_are_valid_and_as_the_issue_says() {
        assert_eq!(Modes::default().inside, Mode::Assist);
        assert_eq!(Modes::default().outside, Mode::Auto);
        assert_eq!(NightPolicy::default().guard_after_secs, 150);
        NightPolicy::default().validate().unwrap();
        HoldingTexts::default().validate().unwrap();
        assert!(HoldingTexts::default().closed.zh.contains("{next_open}"));
    }

    #[test]
    fn bad_values_name_the_field() {
        let mut h = HoldingTexts::default();
        h.anger.en = " ".into();
        assert_eq!(
            h.validate(),
            Err(DomainError::invalid(
                "holding.anger.en",
                "must not be empty"
            ))
        );
        let p = NightPolicy {
            guard_after_secs: 5,
            ..NightPolicy::default()
        };
        assert!(
            matches!(p.validate(), Err(DomainError::Invalid { field, .. }) if field == "night.guard_after_secs")
        );
    }
}
