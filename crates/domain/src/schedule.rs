//! Business hours and the assistant's modes.
//!
//! This module holds the data only; deciding whether the shop is open at an instant, and which
//! mode applies, is `core`'s job (it has the clock and the time-zone database).

use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::DomainError;

/// How much the assistant does on its own.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ToSchema, Default)]
#[serde(rename_all = "snake_case")]
pub enum Mode {
    /// The assistant answers and escalates.
    #[default]
    Auto,
    /// The assistant drafts; a person sends.
    Assist,
    /// Nothing is answered; every message waits for a person.
    Off,
}

/// A span of opening hours within a day, `HH:MM`–`HH:MM` local time.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct Span {
    /// Opening time, `HH:MM`.
    pub start: String,
    /// Closing time, `HH:MM` (`24:00` for midnight).
    pub end: String,
}

impl Span {
    /// Minutes since midnight of start and end.
    ///
    /// # Errors
    /// [`DomainError::Invalid`] on `start`/`end` when not `HH:MM`, or when end is not after start.
    pub fn minutes(&self) -> Result<(u16, u16), DomainError> {
        let start = parse_hhmm("start", &self.start)?;
        let end = parse_hhmm("end", &self.end)?;
        if end <= start {
            return Err(DomainError::invalid(
                "end",
                format!("{} is not after {}", self.end, self.start),
            ));
        }
        Ok((start, end))
    }
}

fn parse_hhmm(field: &str, s: &str) -> Result<u16, DomainError> {
    let bad = || DomainError::invalid(field, format!("{s:?} is not a time HH:MM"));
    let (h, m) = s.split_once(':').ok_or_else(bad)?;
    let (h, m): (u16, u16) = (h.parse().map_err(|_| bad())?, m.parse().map_err(|_| bad())?);
    if m >= 60 || h > 24 || (h == 24 && m > 0) {
        return Err(bad());
    }
    Ok(h * 60 + m)
}

/// Weekly business hours in the shop's time zone.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct Schedule {
    /// IANA time zone (`Asia/Shanghai`).
    pub timezone: String,
    /// Opening spans per weekday, Monday first (7 entries); an empty day is closed.
    pub weekly: Vec<Vec<Span>>,
}

impl Default for Schedule {
    fn default() -> Self {
        let day = vec![Span {
            start: "09:00".into(),
            end: "23:00".into(),
        }];
        Self {
            timezone: "Asia/Shanghai".into(),
            weekly: vec![day; 7],
        }
    }
}
