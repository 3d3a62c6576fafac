//! Business hours and the assistant's modes, as the owner writes them.
//!
//! This module holds the data and its validation only. Deciding whether the shop is open at an
//! instant, when it next opens and which mode applies is `core`'s job (`core::hours`), because it
//! needs the clock. Local times are `HH:MM` strings and dates `YYYY-MM-DD`, as owners type them;
//! the time zone is an IANA name checked against the bundled time-zone database.
//!
//! A span whose end is not after its start runs across midnight (`22:00`–`02:00` is open until
//! two in the morning of the next day); `00:00`–`24:00` is open all day; a day without spans is
//! closed. Special days (holidays, sale days) replace the weekly hours on their dates.

use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::DomainError;

/// How much the assistant does on its own.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, ToSchema, Default)]
#[serde(rename_all = "snake_case")]
pub enum Mode {
    /// The assistant answers and escalates.
    #[default]
    Auto,
    /// The assistant drafts; a person approves or edits each reply before it is sent.
    Assist,
    /// Nothing is answered; every message waits for a person.
    Off,
}

impl Mode {
    /// The `snake_case` name used in storage and the API.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Auto => "auto",
            Self::Assist => "assist",
            Self::Off => "off",
        }
    }
}

/// A span of opening hours within a day, `HH:MM`–`HH:MM` local time.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct Span {
    /// Opening time, `HH:MM`.
    pub start: String,
    /// Closing time, `HH:MM` (`24:00` for midnight); at or before `start`, the span runs into
    /// the next day.
    pub end: String,
}

impl Span {
    /// A span from `start` to `end`.
    pub fn new(start: &str, end: &str) -> Self {
        Self {
            start: start.into(),
            end: end.into(),
        }
    }

    /// Minutes since midnight of start and end; an end at or before the start means the span
    /// closes on the next day, so `end` may then be read as `end + 24h`.
    ///
    /// # Errors
    /// [`DomainError::Invalid`] on `start`/`end` when not `HH:MM`, and on `end` when it equals
    /// `start` (use `00:00`–`24:00` for a day open throughout).
    pub fn minutes(&self) -> Result<(u16, u16), DomainError> {
        let start = parse_hhmm("start", &self.start)?;
        let end = parse_hhmm("end", &self.end)?;
        if start == 24 * 60 {
            return Err(DomainError::invalid("start", "24:00 cannot open a span"));
        }
        if end == start || (start == 0 && end == 0) {
            return Err(DomainError::invalid(
                "end",
                format!("{} equals the start; use 00:00-24:00 for all day", self.end),
            ));
        }
        Ok((start, end))
    }

    /// True when the span closes on the next day.
    pub fn crosses_midnight(&self) -> bool {
        self.minutes().is_ok_and(|(s, e)| e < s)
    }
}

fn parse_hhmm(field: &str, s: &str) -> Result<u16, DomainError> {
    let bad = || DomainError::invalid(field, format!("{s:?} is not a time HH:MM"));
    let (h, m) = s.split_once(':').ok_or_else(bad)?;
    if h.is_empty() || h.len() > 2 || m.len() != 2 {
        return Err(bad());
    }
    let (h, m): (u16, u16) = (h.parse().map_err(|_| bad())?, m.parse().map_err(|_| bad())?);
    if m >= 60 || h > 24 || (h == 24 && m > 0) {
        return Err(bad());
    }
    Ok(h * 60 + m)
}

/// A date or range of dates with hours of their own (春节 closed, 双11 open late).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct SpecialDay {
    /// What the day is, for the owner (`春节`, `双11`).
    pub name: String,
    /// The first date, `YYYY-MM-DD`, in the shop's time zone.
    pub from: String,
    /// The last date (inclusive); the same as `from` when absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub to: Option<String>,
    /// The opening spans on each of these dates; empty means closed.
    #[serde(default)]
    pub spans: Vec<Span>,
}

/// The longest range a special day may cover, in days.
pub const MAX_SPECIAL_DAYS: i32 = 366;

impl SpecialDay {
    /// The first and last dates of the range.
    ///
    /// # Errors
    /// [`DomainError::Invalid`] on `from`/`to` when not a date, when `to` is before `from`, or
    /// when the range is longer than [`MAX_SPECIAL_DAYS`].
    pub fn dates(&self) -> Result<(jiff::civil::Date, jiff::civil::Date), DomainError> {
        let date = |field: &str, s: &str| {
            s.parse::<jiff::civil::Date>()
                .map_err(|_| DomainError::invalid(field, format!("{s:?} is not a date YYYY-MM-DD")))
        };
        let from = date("from", &self.from)?;
        let to = match &self.to {
            Some(t) => date("to", t)?,
            None => from,
        };
        if to < from {
            return Err(DomainError::invalid("to", "is before from"));
        }
        let days = (to - from).get_days();
        if days >= MAX_SPECIAL_DAYS {
            return Err(DomainError::invalid(
                "to",
                format!("a range covers at most {MAX_SPECIAL_DAYS} days"),
            ));
        }
        Ok((from, to))
    }
}

/// Weekly business hours in the shop's time zone, with special days.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct Schedule {
    /// IANA time zone (`Asia/Shanghai`, `Europe/Berlin`).
    pub timezone: String,
    /// Opening spans per weekday, Monday first (7 entries); an empty day is closed.
    pub weekly: Vec<Vec<Span>>,
    /// Dates with their own hours; the first one covering a date wins.
    #[serde(default)]
    pub special: Vec<SpecialDay>,
}

impl Default for Schedule {
    /// Mon–Sun 09:00–23:00, Asia/Shanghai.
    fn default() -> Self {
        Self {
            timezone: "Asia/Shanghai".into(),
            weekly: vec![vec![Span::new("09:00", "23:00")]; 7],
            special: Vec::new(),
        }
    }
}

impl Schedule {
    /// The shop's time zone.
    ///
    /// # Errors
    /// [`DomainError::Invalid`] on `schedule.timezone` when it is not a known IANA name.
    pub fn time_zone(&self) -> Result<jiff::tz::TimeZone, DomainError> {
        if self.timezone.trim().is_empty() {
            return Err(DomainError::invalid(
                "schedule.timezone",
                "must not be empty",
            ));
        }
        jiff::tz::TimeZone::get(&self.timezone).map_err(|_| {
            DomainError::invalid(
                "schedule.timezone",
                format!(
                    "{:?} is not an IANA time zone (like Asia/Shanghai)",
                    self.timezone
                ),
            )
        })
    }

    /// Checks the time zone, the seven days, every span and every special day; errors name the
    /// field as the owner sees it (`schedule.weekly[2][0].end`, `schedule.special[1].to`).
    ///
    /// # Errors
    /// [`DomainError::Invalid`] naming the first wrong field.
    pub fn validate(&self) -> Result<(), DomainError> {
        self.time_zone()?;
        if self.weekly.len() != 7 {
            return Err(DomainError::invalid(
                "schedule.weekly",
                format!("must have 7 days, Monday first (got {})", self.weekly.len()),
            ));
        }
        for (d, day) in self.weekly.iter().enumerate() {
            check_spans(&format!("schedule.weekly[{d}]"), day)?;
        }
        for (i, s) in self.special.iter().enumerate() {
            let at = |e: DomainError| prefix(&format!("schedule.special[{i}]"), e);
            if s.name.trim().is_empty() {
                return Err(DomainError::invalid(
                    format!("schedule.special[{i}].name"),
                    "must not be empty",
                ));
            }
            s.dates().map_err(at)?;
            check_spans(&format!("schedule.special[{i}].spans"), &s.spans)?;
        }
        Ok(())
    }
}

/// Spans of one day: each valid, at most one running past midnight, and not overlapping.
fn check_spans(field: &str, spans: &[Span]) -> Result<(), DomainError> {
    let mut ranges = Vec::with_capacity(spans.len());
    for (i, span) in spans.iter().enumerate() {
        let (s, e) = span
            .minutes()
            .map_err(|e| prefix(&format!("{field}[{i}]"), e))?;
        let e = if e <= s { e + 24 * 60 } else { e };
        ranges.push((s, e, i));
    }
    ranges.sort_unstable();
    for w in ranges.windows(2) {
        if w[1].0 < w[0].1 {
            return Err(DomainError::invalid(
                format!("{field}[{}]", w[1].2),
                format!("overlaps {field}[{}]", w[0].2),
            ));
        }
    }
    Ok(())
}

fn prefix(at: &str, e: DomainError) -> DomainError {
    match e {
        DomainError::Invalid { field, message } => {
            DomainError::invalid(format!("{at}.{field}"), message)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rstest::rstest;

    #[rstest]
    #[case("09:00", "23:00", Ok((540, 1380)))]
    #[case("00:00", "24:00", Ok((0, 1440)))]
    #[case("22:00", "02:00", Ok((1320, 120)))]
    #[case("9:30", "10:00", Ok((570, 600)))]
    #[case("09:00", "09:00", Err("end"))]
    #[case("24:00", "02:00", Err("start"))]
    #[case("25:00", "26:00", Err("start"))]
    #[case("09:60", "10:00", Err("start"))]
    #[case("09:00", "9", Err("end"))]
    #[case("nine", "10:00", Err("start"))]
    fn spans_parse_or_name_the_field(
        #[case] start: &str,
        #[case] end: &str,
        #[case] expected: Result<(u16, u16), &str>,
    ) {
        let got = Span::new(start, end).minutes();
        match (got, expected) {
            (Ok(g), Ok(e)) => assert_eq!(g, e),
            (Err(DomainError::Invalid { field, .. }), Err(e)) => assert_eq!(field, e),
            (g, e) => panic!("{start}-{end}: got {g:?}, expected {e:?}"),
        }
    }

    fn field_of(s: &Schedule) -> String {
        match s.validate() {
            Ok(()) => "ok".into(),
            Err(DomainError::Invalid { field, .. }) => field,
        }
    }

    #[test]
    fn the_default_is_valid_and_opens_nine_to_eleven() {
        let s = Schedule::default();
        assert_eq!(field_of(&s), "ok");
        assert!(
            s.weekly
                .iter()
                .all(|d| d == &vec![Span::new("09:00", "23:00")])
        );
    }

    #[test]
    fn errors_name_the_field() {
        let mut s = Schedule {
            timezone: "Mars/Olympus".into(),
            ..Schedule::default()
        };
        assert_eq!(field_of(&s), "schedule.timezone");
        s.timezone = "Europe/Berlin".into();
        s.weekly[2] = vec![Span::new("09:00", "12:00"), Span::new("08:00", "25:00")];
        assert_eq!(field_of(&s), "schedule.weekly[2][1].end");
        s.weekly[2] = vec![Span::new("09:00", "12:00"), Span::new("11:00", "13:00")];
        assert_eq!(field_of(&s), "schedule.weekly[2][1]", "overlapping spans");
        s.weekly[2] = vec![Span::new("20:00", "02:00"), Span::new("09:00", "12:00")];
        assert_eq!(
            field_of(&s),
            "ok",
            "a span across midnight and a morning span"
        );
        s.weekly.pop();
        assert_eq!(field_of(&s), "schedule.weekly");
        s.weekly.push(vec![]);
        s.special.push(SpecialDay {
            name: "春节".into(),
            from: "2027-02-06".into(),
            to: Some("2027-02-01".into()),
            spans: vec![],
        });
        assert_eq!(field_of(&s), "schedule.special[0].to");
        s.special[0].to = Some("2027-02-12".into());
        assert_eq!(field_of(&s), "ok");
        s.special[0].from = "2027-13-01".into();
        assert_eq!(field_of(&s), "schedule.special[0].from");
        s.special[0].from = "2027-02-06".into();
        s.special[0].spans = vec![Span::new("10:00", "10:00")];
        assert_eq!(field_of(&s), "schedule.special[0].spans[0].end");
    }
}
