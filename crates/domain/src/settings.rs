//! The shop's settings: its name, greeting, languages, the engine's thresholds, business hours
//! night mode (modes inside and outside hours, holding texts, timers), phone alerts and desktop
//! notifications.

use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::{
    AlertSettings, DomainError, HoldingTexts, Modes, NightPolicy, NotificationPolicy, Schedule,
};

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
    /// Business hours.
    #[serde(default)]
    pub schedule: Schedule,
    /// Which mode applies inside and outside business hours.
    #[serde(default)]
    pub modes: Modes,
    /// What buyers are told while they wait for a person.
    #[serde(default)]
    pub holding: HoldingTexts,
    /// The timers: response guard, SLA, auto-resolve.
    #[serde(default)]
    pub night: NightPolicy,
    /// Phone alerts for urgent escalations.
    #[serde(default)]
    pub alerts: AlertSettings,
    /// Desktop notifications: urgent at once and repeated, the rest in digests, quiet hours.
    #[serde(default)]
    pub notifications: NotificationPolicy,
    /// The desktop app: start at login, keep the computer awake.
    #[serde(default)]
    pub desktop: DesktopSettings,
}

/// How the desktop app behaves on the owner's computer (ignored by `owldesk serve`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, ToSchema)]
pub struct DesktopSettings {
    /// Start Owldesk (in the tray) when the owner logs in; absent until the owner answered the
    /// first-run question.
    #[serde(default)]
    pub start_at_login: Option<bool>,
    /// While the assistant answers by itself (auto mode), keep the computer from going to sleep
    /// (the screen may still turn off). Off by default: it costs power.
    #[serde(default)]
    pub keep_awake: bool,
}

impl Default for ShopSettings {
    fn default() -> Self {
        Self {
            name: "我的小店".into(),
            greeting: "亲,您好!有什么可以帮您的吗?/ Hi! How can we help?".into(),
            languages: vec!["zh-CN".into(), "en".into()],
            thresholds: Thresholds::default(),
            schedule: Schedule::default(),
            modes: Modes::default(),
            holding: HoldingTexts::default(),
            night: NightPolicy::default(),
            alerts: AlertSettings::default(),
            notifications: NotificationPolicy::default(),
            desktop: DesktopSettings::default(),
        }
    }
}

impl ShopSettings {
    /// Checks the settings: a name, a greeting, valid thresholds, hours, texts and timers.
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
        self.schedule.validate()?;
        self.holding.validate()?;
        self.night.validate()?;
        self.alerts.validate()?;
        self.notifications.validate()?;
        Ok(())
    }
}
