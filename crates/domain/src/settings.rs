//! The shop's settings: its name, greeting, languages and the engine's thresholds.

use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::{DomainError, Mode, Schedule};

/// Confidence thresholds that decide between answering, asking back and escalating.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct Thresholds {
    /// At or above: answer.
    pub answer: f32,
    /// How readily the assistant asks which question the buyer meant when two or three FAQ
    /// entries each match well on their own (lower: asks more often; docs/ENGINE.md).
    pub clarify: f32,
}

impl Default for Thresholds {
    fn default() -> Self {
        Self {
            answer: 0.6,
            clarify: 0.35,
        }
    }
}

impl Thresholds {
    /// Checks `0 <= clarify <= answer <= 1`.
    ///
    /// # Errors
    /// [`DomainError::Invalid`] naming the threshold that is out of range.
    pub fn validate(&self) -> Result<(), DomainError> {
        if !(0.0..=1.0).contains(&self.answer) {
            return Err(DomainError::invalid(
                "thresholds.answer",
                "must be between 0 and 1",
            ));
        }
        if !(0.0..=self.answer).contains(&self.clarify) {
            return Err(DomainError::invalid(
                "thresholds.clarify",
                "must be between 0 and the answer threshold",
            ));
        }
        Ok(())
    }
}

/// The shop as the assistant presents it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct ShopSettings {
    /// The shop's name, filled into `{shop.name}`.
    pub name: String,
    /// The reply to a greeting or thanks.
    pub greeting: String,
    /// Languages the shop answers in (`zh-CN`, `en`).
    pub languages: Vec<String>,
    /// The engine's thresholds.
    pub thresholds: Thresholds,
    /// The assistant's mode.
    #[serde(default)]
    pub mode: Mode,
    /// Business hours.
    #[serde(default)]
    pub schedule: Schedule,
}

impl Default for ShopSettings {
    fn default() -> Self {
        Self {
            name: "我的小店".into(),
            greeting: "亲,您好!有什么可以帮您的吗?/ Hi! How can we help?".into(),
            languages: vec!["zh-CN".into(), "en".into()],
            thresholds: Thresholds::default(),
            mode: Mode::Auto,
            schedule: Schedule::default(),
        }
    }
}

impl ShopSettings {
    /// Checks the settings: a name, a greeting, valid thresholds and hours.
    ///
    /// # Errors
    /// [`DomainError::Invalid`] naming the field.
    pub fn validate(&self) -> Result<(), DomainError> {
        if self.name.trim().is_empty() {
            return Err(DomainError::invalid("name", "must not be empty"));
        }
        if self.greeting.trim().is_empty() {
            return Err(DomainError::invalid("greeting", "must not be empty"));
        }
        self.thresholds.validate()?;
        if self.schedule.weekly.len() != 7 {
            return Err(DomainError::invalid(
                "schedule.weekly",
                "must have 7 days, Monday first",
            ));
        }
        for day in &self.schedule.weekly {
            for span in day {
                span.minutes()?;
            }
        }
        Ok(())
    }
}
