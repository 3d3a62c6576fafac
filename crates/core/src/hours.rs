//! Business hours at an instant: is the shop open, when does it next open, when does that
//! change, and how much business time lies between two instants (for SLA due times).
//!
//! [`Hours`] is a [`Schedule`] checked and compiled against its time zone. Every question is
//! answered from the opening intervals of a few local dates, turned into instants with the
//! time zone's rules (a local time skipped by a DST change opens at the first instant after the
//! gap; a repeated one at its first occurrence) and merged, so a day open until 24:00 followed by
//! one open from 00:00 is one interval and midnight is no switch. Pure: time is passed in.
//!
//! Not here: which mode applies (`night`), texts (`holding`).

use jiff::civil::{Date, DateTime, Time};
use jiff::tz::TimeZone;
use jiff::{SignedDuration, Timestamp, ToSpan};
use owldesk_domain::{DomainError, Schedule};

/// How far ahead [`Hours::next_open`] and [`Hours::next_switch`] look, in days: a shop closed
/// longer than this is treated as closed for good.
const HORIZON_DAYS: i32 = 400;

/// Opening minutes `[start, end)` of one day; `end` past 1440 runs into the next day.
type DaySpans = Vec<(u16, u16)>;

/// A validated schedule in its time zone.
#[derive(Debug, Clone)]
pub struct Hours {
    tz: TimeZone,
    /// Minutes `[start, end)` per weekday, Monday first; `end` may exceed 1440 (next day).
    weekly: [DaySpans; 7],
    /// Inclusive date ranges with their own spans, first match wins.
    special: Vec<(Date, Date, DaySpans)>,
}

impl Hours {
    /// Compiles `schedule`.
    ///
    /// # Errors
    /// [`DomainError::Invalid`] naming the field, as [`Schedule::validate`].
    pub fn new(schedule: &Schedule) -> Result<Hours, DomainError> {
        schedule.validate()?;
        let spans = |list: &[owldesk_domain::Span]| -> DaySpans {
            list.iter()
                .filter_map(|s| s.minutes().ok())
                .map(|(s, e)| if e <= s { (s, e + 24 * 60) } else { (s, e) })
                .collect()
        };
        let mut weekly: [DaySpans; 7] = Default::default();
        for (d, day) in schedule.weekly.iter().enumerate().take(7) {
            weekly[d] = spans(day);
        }
        let special = schedule
            .special
            .iter()
            .filter_map(|s| s.dates().ok().map(|(a, b)| (a, b, spans(&s.spans))))
            .collect();
        Ok(Hours {
            tz: schedule.time_zone()?,
            weekly,
            special,
        })
    }

    /// The shop's time zone.
    pub fn time_zone(&self) -> &TimeZone {
        &self.tz
    }

    /// The local date of `at` in the shop's time zone.
    pub fn local_date(&self, at: Timestamp) -> Date {
        at.to_zoned(self.tz.clone()).date()
    }

    /// True when the shop is open at `at`.
    pub fn is_open(&self, at: Timestamp) -> bool {
        self.interval_at(at).is_some()
    }

    /// The opening interval containing `at`, if the shop is open.
    fn interval_at(&self, at: Timestamp) -> Option<(Timestamp, Timestamp)> {
        let today = self.local_date(at);
        self.intervals(day_before(today), 3)
            .into_iter()
            .find(|(s, e)| *s <= at && at < *e)
    }

    /// When the shop next opens after `at`: the start of the first opening that begins after
    /// `at` (so while open, the opening after the current one). `None` when it never opens
    /// within the horizon.
    pub fn next_open(&self, at: Timestamp) -> Option<Timestamp> {
        self.scan(at, |(s, _)| {
            (s > at && !self.open_just_before(s)).then_some(s)
        })
    }

    /// When the shop next opens or closes after `at`; `None` when it never changes within the
    /// horizon (open throughout, or closed for good).
    pub fn next_switch(&self, at: Timestamp) -> Option<Timestamp> {
        match self.interval_at(at) {
            Some((_, end)) => self.continues(end),
            None => self.next_open(at),
        }
    }

    /// True when the shop is open the instant before `t` (so `t` opens nothing new).
    fn open_just_before(&self, t: Timestamp) -> bool {
        t.checked_sub(SignedDuration::from_nanos(1))
            .is_ok_and(|b| self.is_open(b))
    }

    /// Where an opening that reaches `end` really closes, following intervals that run on
    /// across the days scanned.
    fn continues(&self, end: Timestamp) -> Option<Timestamp> {
        let mut end = end;
        for _ in 0..HORIZON_DAYS {
            match self.interval_at(end) {
                Some((_, e)) if e > end => end = e,
                _ => return Some(end),
            }
        }
        None
    }

    /// When the shop last closed at or before `at` (the start of the current night).
    pub fn last_close(&self, at: Timestamp) -> Option<Timestamp> {
        let today = self.local_date(at);
        let mut day = today;
        for _ in 0..60 {
            let found = self
                .intervals(day_before(day), 3)
                .into_iter()
                .filter(|(_, e)| *e <= at && !self.is_open(*e))
                .map(|(_, e)| e)
                .max();
            if found.is_some() {
                return found;
            }
            day = day.checked_sub(2.days()).ok()?;
        }
        None
    }

    /// The instant that lies `business` of open time after `from` (counting only while open).
    /// `None` when the shop does not stay open that long within the horizon.
    pub fn add_business_time(
        &self,
        from: Timestamp,
        business: SignedDuration,
    ) -> Option<Timestamp> {
        let mut left = business;
        let mut day = day_before(self.local_date(from));
        for _ in 0..(HORIZON_DAYS / 7) {
            for (s, e) in self.intervals(day, 7) {
                if e <= from {
                    continue;
                }
                let s = s.max(from);
                let len = e.duration_since(s);
                if len >= left {
                    return s.checked_add(left).ok();
                }
                left -= len;
            }
            day = day.checked_add(7.days()).ok()?;
        }
        None
    }

    /// The openings that begin on local `date` (one running past midnight included whole).
    pub fn openings(&self, date: Date) -> Vec<(Timestamp, Timestamp)> {
        self.intervals(date, 1)
    }

    /// Walks opening intervals from the day before `at` on, returning the first `f` accepts.
    fn scan(
        &self,
        at: Timestamp,
        f: impl Fn((Timestamp, Timestamp)) -> Option<Timestamp>,
    ) -> Option<Timestamp> {
        let mut day = day_before(self.local_date(at));
        for _ in 0..(HORIZON_DAYS / 7) {
            if let Some(t) = self.intervals(day, 8).into_iter().find_map(&f) {
                return Some(t);
            }
            day = day.checked_add(7.days()).ok()?;
        }
        None
    }

    /// The spans of a local date: a special day's, else the weekday's.
    fn spans_of(&self, date: Date) -> &[(u16, u16)] {
        self.special
            .iter()
            .find(|(a, b, _)| *a <= date && date <= *b)
            .map(|(_, _, s)| s.as_slice())
            .unwrap_or_else(|| {
                &self.weekly[usize::from(date.weekday().to_monday_zero_offset().unsigned_abs())]
            })
    }

    /// Opening intervals of `days` local dates from `first`, as instants, sorted and merged.
    fn intervals(&self, first: Date, days: i32) -> Vec<(Timestamp, Timestamp)> {
        let mut out: Vec<(Timestamp, Timestamp)> = Vec::new();
        let mut date = first;
        for _ in 0..days {
            for &(s, e) in self.spans_of(date) {
                if let (Some(s), Some(e)) = (self.instant(date, s), self.instant(date, e)) {
                    out.push((s, e));
                }
            }
            match date.tomorrow() {
                Ok(d) => date = d,
                Err(_) => break,
            }
        }
        out.sort();
        let mut merged: Vec<(Timestamp, Timestamp)> = Vec::with_capacity(out.len());
        for (s, e) in out {
            match merged.last_mut() {
                Some(last) if s <= last.1 => last.1 = last.1.max(e),
                _ => merged.push((s, e)),
            }
        }
        merged
    }

    /// The instant of `minutes` after the start of local `date` (past 1440: on the next day).
    fn instant(&self, date: Date, minutes: u16) -> Option<Timestamp> {
        let date = date.checked_add(i64::from(minutes / 1440).days()).ok()?;
        let m = minutes % 1440;
        let time = Time::new(i8::try_from(m / 60).ok()?, i8::try_from(m % 60).ok()?, 0, 0).ok()?;
        DateTime::from_parts(date, time)
            .to_zoned(self.tz.clone())
            .ok()
            .map(|z| z.timestamp())
    }
}

fn day_before(d: Date) -> Date {
    d.yesterday().unwrap_or(d)
}

#[cfg(test)]
mod tests;
