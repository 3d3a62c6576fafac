//! The owner's notification policy: which escalations raise a desktop notification, and when.
//!
//! This module holds the settings and their validation, plus the pure question "is this instant
//! inside the quiet hours?" (the time and the shop's time zone are passed in). Deciding what to
//! notify as escalations come and go is `core::notifications`; delivering a notification is a
//! `Notifier`'s job. Urgent escalations (an upset buyer, an after-sale problem, a rule marked
//! urgent: priority `urgent`) are notified at once and repeated until acknowledged; the others
//! are batched into a digest.

use jiff::Timestamp;
use jiff::tz::TimeZone;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::{DomainError, Span};

/// The longest digest interval or repeat interval, in minutes (one day).
pub const MAX_NOTIFY_MINUTES: u32 = 24 * 60;

/// When escalations raise desktop notifications.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct NotificationPolicy {
    /// Desktop notifications at all (default on).
    #[serde(default = "yes")]
    pub enabled: bool,
    /// Non-urgent escalations are batched into one digest every this many minutes (1–1440,
    /// default 10).
    #[serde(default = "ten")]
    pub digest_every_minutes: u32,
    /// An urgent escalation is notified again every this many minutes until it is acknowledged
    /// (opened in the inbox) or resolved; 0 never repeats (default 15, at most 1440).
    #[serde(default = "fifteen")]
    pub repeat_urgent_every_minutes: u32,
    /// Local times (shop's time zone) during which only urgent escalations are notified, e.g.
    /// `23:00`–`08:00`; none by default. The held digest is shown when they end.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quiet_hours: Option<Span>,
}

fn yes() -> bool {
    true
}

fn ten() -> u32 {
    10
}

fn fifteen() -> u32 {
    15
}

impl Default for NotificationPolicy {
    fn default() -> Self {
        Self {
            enabled: true,
            digest_every_minutes: ten(),
            repeat_urgent_every_minutes: fifteen(),
            quiet_hours: None,
        }
    }
}

impl NotificationPolicy {
    /// Checks the intervals and the quiet hours.
    ///
    /// # Errors
    /// [`DomainError::Invalid`] naming the field (`notifications.digest_every_minutes`,
    /// `notifications.quiet_hours.start`...).
    pub fn validate(&self) -> Result<(), DomainError> {
        if !(1..=MAX_NOTIFY_MINUTES).contains(&self.digest_every_minutes) {
            return Err(DomainError::invalid(
                "notifications.digest_every_minutes",
                format!("must be between 1 and {MAX_NOTIFY_MINUTES}"),
            ));
        }
        if self.repeat_urgent_every_minutes > MAX_NOTIFY_MINUTES {
            return Err(DomainError::invalid(
                "notifications.repeat_urgent_every_minutes",
                format!("must be between 0 (never) and {MAX_NOTIFY_MINUTES}"),
            ));
        }
        if let Some(q) = &self.quiet_hours {
            q.minutes().map_err(|e| match e {
                DomainError::Invalid { field, message } => {
                    DomainError::invalid(format!("notifications.quiet_hours.{field}"), message)
                }
            })?;
        }
        Ok(())
    }

    /// True when `at` falls inside the quiet hours in the time zone `tz` (never without quiet
    /// hours, or when they are not valid).
    pub fn is_quiet(&self, at: Timestamp, tz: &TimeZone) -> bool {
        let Some(Ok((start, end))) = self.quiet_hours.as_ref().map(Span::minutes) else {
            return false;
        };
        let local = at.to_zoned(tz.clone());
        let minute = u16::try_from(i32::from(local.hour()) * 60 + i32::from(local.minute()))
            .unwrap_or_default();
        if start < end {
            (start..end).contains(&minute)
        } else {
            minute >= start || minute < end
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn quiet(start: &str, end: &str) -> NotificationPolicy {
        NotificationPolicy {
            quiet_hours: Some(Span::new(start, end)),
            ..NotificationPolicy::default()
        }
    }

    #[test]
    fn defaults_read_from_an_empty_object() {
        let p: NotificationPolicy = serde_json::from_str("{}").unwrap();
        assert_eq!(
            p,
            NotificationPolicy::default(),
            "every field has a default"
        );
        assert_eq!(p.digest_every_minutes, 10);
        assert_eq!(p.repeat_urgent_every_minutes, 15);
        assert_eq!(
            p.quiet_hours, None,
            "no quiet hours unless the owner sets some"
        );
    }

    #[test]
    fn quiet_hours_cross_midnight_in_the_shops_time_zone() {
        let tz = TimeZone::get("Asia/Shanghai").unwrap();
        let p = quiet("23:00", "08:00");
        let at = |s: &str| s.parse::<Timestamp>().unwrap();
        assert!(p.is_quiet(at("2026-11-21T15:30:00Z"), &tz), "23:30 local");
        assert!(p.is_quiet(at("2026-11-21T23:59:00Z"), &tz), "07:59 local");
        assert!(!p.is_quiet(at("2026-11-22T00:00:00Z"), &tz), "08:00 local");
        assert!(!p.is_quiet(at("2026-11-21T14:59:00Z"), &tz), "22:59 local");
        assert!(
            !NotificationPolicy::default().is_quiet(at("2026-11-21T15:30:00Z"), &tz),
            "no quiet hours by default"
        );
    }

    #[test]
    fn bad_values_name_the_field() {
        let field = |p: NotificationPolicy| match p.validate() {
            Err(DomainError::Invalid { field, .. }) => field,
            Ok(()) => "ok".into(),
        };
        let zero = NotificationPolicy {
            digest_every_minutes: 0,
            ..NotificationPolicy::default()
        };
        assert_eq!(field(zero), "notifications.digest_every_minutes");
        let long = NotificationPolicy {
            repeat_urgent_every_minutes: 5000,
            ..NotificationPolicy::default()
        };
        assert_eq!(field(long), "notifications.repeat_urgent_every_minutes");
        assert_eq!(
            field(quiet("25:00", "08:00")),
            "notifications.quiet_hours.start"
        );
        assert_eq!(field(quiet("23:00", "08:00")), "ok");
    }
}
