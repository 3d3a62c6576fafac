//! Night mode: which mode applies now (the owner's choice inside and outside business hours, or
//! a manual override until a time), the schedule status the UI header and tray show, and reading
//! and writing the schedule, modes and override.
//!
//! The schedule, modes, holding texts and timers are part of the shop's settings (one document);
//! the override is kept beside them under its own key because it is state that expires, not a
//! preference. An expired override is ignored at once and removed at the next [`Core::tick`].
//! The inbound flow, the guard and the briefing all ask [`NightView`] for the moment they act in.

use jiff::Timestamp;
use owldesk_domain::{
    HoldingTexts, Mode, ModeOverride, Modes, NightPolicy, Schedule, ScheduleStatus, ShopSettings,
};
use owldesk_store::settings;

use crate::hours::Hours;
use crate::{Core, CoreError, Result};

/// The settings key of the manual override.
pub const OVERRIDE_KEY: &str = "mode_override";

/// The longest manual override, in days: a forgotten override must not last for ever.
pub const MAX_OVERRIDE_DAYS: i64 = 14;

/// The night-mode settings and the schedule compiled, as of one instant.
#[derive(Debug, Clone)]
pub struct NightView {
    /// The shop's settings.
    pub settings: ShopSettings,
    /// The business hours.
    pub hours: Hours,
    /// The override in force at `at` (an expired one is dropped).
    pub mode_override: Option<ModeOverride>,
    /// The instant.
    pub at: Timestamp,
    /// Open at `at`.
    pub open: bool,
    /// The mode at `at`.
    pub mode: Mode,
}

impl NightView {
    /// Puts the pieces together for `at`.
    pub fn new(
        settings: ShopSettings,
        mode_override: Option<ModeOverride>,
        at: Timestamp,
    ) -> NightView {
        // Settings are validated before they are stored; a database edited by hand falls back
        // to the default hours rather than stopping the shop.
        let hours = Hours::new(&settings.schedule).unwrap_or_else(|e| {
            tracing::warn!(error = %e, "stored schedule is invalid; using the default hours");
            Hours::new(&Schedule::default()).expect("the default schedule is valid")
        });
        let open = hours.is_open(at);
        let mode_override = mode_override.filter(|o| o.until > at);
        let mode = mode_at(settings.modes, mode_override, open, at);
        NightView {
            settings,
            hours,
            mode_override,
            at,
            open,
            mode,
        }
    }

    /// The status the API, the UI header and the tray show.
    pub fn status(&self) -> ScheduleStatus {
        let hours_switch = self.hours.next_switch(self.at);
        let next_switch = match self.mode_override {
            Some(o) => Some(hours_switch.map_or(o.until, |s| s.min(o.until))),
            None => hours_switch,
        };
        ScheduleStatus {
            mode: self.mode,
            open: self.open,
            next_switch,
            next_open: self.hours.next_open(self.at),
            mode_override: self.mode_override,
        }
    }

    /// The holding texts.
    pub fn holding(&self) -> &HoldingTexts {
        &self.settings.holding
    }

    /// The timers.
    pub fn policy(&self) -> &NightPolicy {
        &self.settings.night
    }
}

/// The mode at `at`: an unexpired override, else the owner's choice for inside or outside hours.
pub fn mode_at(modes: Modes, over: Option<ModeOverride>, open: bool, at: Timestamp) -> Mode {
    match over {
        Some(o) if o.until > at => o.mode,
        _ if open => modes.inside,
        _ => modes.outside,
    }
}

impl Core {
    /// Night mode as of now.
    ///
    /// # Errors
    /// Storage failures.
    pub fn night_view(&self) -> Result<NightView> {
        self.night_view_at(self.now())
    }

    pub(crate) fn night_view_at(&self, at: Timestamp) -> Result<NightView> {
        let (settings, over) = self.read(|c| {
            Ok((
                settings::shop(c)?.unwrap_or_default(),
                settings::get_json::<ModeOverride>(c, OVERRIDE_KEY)?,
            ))
        })?;
        Ok(NightView::new(settings, over, at))
    }

    /// The mode now, whether the shop is open, and the next switch and opening.
    ///
    /// # Errors
    /// Storage failures.
    pub fn schedule_status(&self) -> Result<ScheduleStatus> {
        Ok(self.night_view()?.status())
    }

    /// Replaces the business hours.
    ///
    /// # Errors
    /// [`CoreError::Invalid`] naming the field (`schedule.weekly[2][0].end`); storage failures.
    pub fn set_schedule(&self, schedule: Schedule, actor: &str) -> Result<Schedule> {
        let mut s = self.settings()?;
        s.schedule = schedule;
        Ok(self.update_settings(s, actor)?.schedule)
    }

    /// Replaces the modes inside and outside business hours.
    ///
    /// # Errors
    /// Storage failures.
    pub fn set_modes(&self, modes: Modes, actor: &str) -> Result<Modes> {
        let mut s = self.settings()?;
        s.modes = modes;
        Ok(self.update_settings(s, actor)?.modes)
    }

    /// The manual override in force now, if any.
    ///
    /// # Errors
    /// Storage failures.
    pub fn mode_override(&self) -> Result<Option<ModeOverride>> {
        Ok(self.night_view()?.mode_override)
    }

    /// Sets a manual override until its time, or clears it (`None`).
    ///
    /// # Errors
    /// [`CoreError::Invalid`] on `until` when it is not in the future or more than
    /// [`MAX_OVERRIDE_DAYS`] ahead; storage failures.
    pub fn set_mode_override(
        &self,
        over: Option<ModeOverride>,
        actor: &str,
    ) -> Result<Option<ModeOverride>> {
        let now = self.now();
        if let Some(o) = &over {
            if o.until <= now {
                return Err(CoreError::invalid("until", "must be in the future"));
            }
            if o.until.duration_since(now)
                > jiff::SignedDuration::from_hours(24 * MAX_OVERRIDE_DAYS)
            {
                return Err(CoreError::invalid(
                    "until",
                    format!("must be at most {MAX_OVERRIDE_DAYS} days ahead"),
                ));
            }
        }
        self.write(|tx| {
            match &over {
                Some(o) => settings::put_json(tx, OVERRIDE_KEY, o)?,
                None => settings::delete(tx, OVERRIDE_KEY)?,
            }
            owldesk_store::audit::record(
                tx,
                now,
                actor,
                "schedule.override",
                "shop",
                &serde_json::to_value(over)?,
            )
        })?;
        Ok(over)
    }

    /// The tray's mode switch: `mode` by hand until business hours next begin or end (so Auto
    /// chosen at night lasts until the morning), or for a day in a shop whose hours never
    /// change; `None` follows the schedule again. Returns the status after the change.
    ///
    /// # Errors
    /// Storage failures.
    pub fn switch_mode(&self, mode: Option<Mode>, actor: &str) -> Result<ScheduleStatus> {
        let now = self.now();
        let over = match mode {
            Some(mode) => {
                let view = self.night_view_at(now)?;
                let until = view
                    .hours
                    .next_switch(now)
                    .unwrap_or(now + jiff::SignedDuration::from_hours(24));
                Some(ModeOverride {
                    mode,
                    until: capped(now, until),
                })
            }
            None => None,
        };
        self.set_mode_override(over, actor)?;
        self.schedule_status()
    }

    /// "Pause until morning": nothing is answered (off) until the shop next opens. Returns the
    /// status after the change.
    ///
    /// # Errors
    /// [`CoreError::Invalid`] on `until` when the shop never opens again; storage failures.
    pub fn pause_until_open(&self, actor: &str) -> Result<ScheduleStatus> {
        let now = self.now();
        let next_open = self
            .night_view_at(now)?
            .hours
            .next_open(now)
            .ok_or_else(|| CoreError::invalid("until", "the shop has no next opening"))?;
        self.set_mode_override(
            Some(ModeOverride {
                mode: Mode::Off,
                until: capped(now, next_open),
            }),
            actor,
        )?;
        self.schedule_status()
    }

    /// Removes an override whose time has passed; true when one was removed.
    pub(crate) fn drop_expired_override(&self, now: Timestamp) -> Result<bool> {
        self.write(
            |tx| match settings::get_json::<ModeOverride>(tx, OVERRIDE_KEY)? {
                Some(o) if o.until <= now => {
                    settings::delete(tx, OVERRIDE_KEY)?;
                    Ok(true)
                }
                _ => Ok(false),
            },
        )
    }
}

/// `until`, but no more than [`MAX_OVERRIDE_DAYS`] after `now`.
fn capped(now: Timestamp, until: Timestamp) -> Timestamp {
    until.min(now + jiff::SignedDuration::from_hours(24 * MAX_OVERRIDE_DAYS))
}

#[cfg(test)]
mod tests {
    use super::*;
    use rstest::rstest;

    fn t(s: &str) -> Timestamp {
        s.parse().unwrap()
    }

    #[rstest]
    #[case(None, true, Mode::Assist)]
    #[case(None, false, Mode::Auto)]
    #[case(Some((Mode::Off, "2026-11-22T08:00:00+08:00")), true, Mode::Off)]
    // An override that has expired no longer counts.
    #[case(Some((Mode::Off, "2026-11-21T21:00:00+08:00")), false, Mode::Auto)]
    fn the_mode_in_force(
        #[case] over: Option<(Mode, &str)>,
        #[case] open: bool,
        #[case] expected: Mode,
    ) {
        let over = over.map(|(mode, until)| ModeOverride {
            mode,
            until: t(until),
        });
        let at = t("2026-11-21T22:00:00+08:00");
        assert_eq!(mode_at(Modes::default(), over, open, at), expected);
    }

    #[test]
    fn the_status_switches_at_the_override_or_the_hours() {
        let at = t("2026-11-21T22:00:00+08:00");
        let view = NightView::new(ShopSettings::default(), None, at);
        let s = view.status();
        assert_eq!(
            (s.mode, s.open),
            (Mode::Assist, true),
            "inside hours: assist"
        );
        assert_eq!(s.next_switch, Some(t("2026-11-21T23:00:00+08:00")));
        assert_eq!(s.next_open, Some(t("2026-11-22T09:00:00+08:00")));
        let over = ModeOverride {
            mode: Mode::Auto,
            until: t("2026-11-21T22:30:00+08:00"),
        };
        let s = NightView::new(ShopSettings::default(), Some(over), at).status();
        assert_eq!(s.mode, Mode::Auto);
        assert_eq!(s.next_switch, Some(over.until), "the override ends first");
    }
}
