//! Business hours on fixed instants: a UTC+8 shop, midnight, spans across midnight, DST in
//! Berlin, special days.

use super::*;
use owldesk_domain::{Span, SpecialDay};
use rstest::rstest;

fn t(s: &str) -> Timestamp {
    s.parse().unwrap()
}

fn shanghai() -> Hours {
    Hours::new(&Schedule::default()).unwrap()
}

fn week(tz: &str, day: Vec<Span>) -> Schedule {
    Schedule {
        timezone: tz.into(),
        weekly: vec![day; 7],
        special: vec![],
    }
}

// 2026-11-21 is a Saturday.
#[rstest]
#[case(
    "2026-11-21T22:00:00+08:00",
    true,
    "2026-11-21T23:00:00+08:00",
    "2026-11-22T09:00:00+08:00"
)]
#[case(
    "2026-11-21T23:00:00+08:00",
    false,
    "2026-11-22T09:00:00+08:00",
    "2026-11-22T09:00:00+08:00"
)]
#[case(
    "2026-11-22T00:00:00+08:00",
    false,
    "2026-11-22T09:00:00+08:00",
    "2026-11-22T09:00:00+08:00"
)]
#[case(
    "2026-11-22T08:59:59+08:00",
    false,
    "2026-11-22T09:00:00+08:00",
    "2026-11-22T09:00:00+08:00"
)]
#[case(
    "2026-11-22T09:00:00+08:00",
    true,
    "2026-11-22T23:00:00+08:00",
    "2026-11-23T09:00:00+08:00"
)]
// The same instants written in UTC: the shop's own zone decides, not the caller's.
#[case(
    "2026-11-21T15:30:00Z",
    false,
    "2026-11-22T01:00:00Z",
    "2026-11-22T01:00:00Z"
)]
fn a_utc_plus_8_shop(
    #[case] at: &str,
    #[case] open: bool,
    #[case] switch: &str,
    #[case] next_open: &str,
) {
    let h = shanghai();
    assert_eq!(h.is_open(t(at)), open, "open at {at}");
    assert_eq!(
        h.next_switch(t(at)),
        Some(t(switch)),
        "next switch after {at}"
    );
    assert_eq!(
        h.next_open(t(at)),
        Some(t(next_open)),
        "next opening after {at}"
    );
}

#[rstest]
#[case("2026-11-21T21:00:00+08:00", false)]
#[case("2026-11-21T22:00:00+08:00", true)]
#[case("2026-11-22T01:59:00+08:00", true)]
#[case("2026-11-22T02:00:00+08:00", false)]
fn a_span_across_midnight(#[case] at: &str, #[case] open: bool) {
    let h = Hours::new(&week("Asia/Shanghai", vec![Span::new("22:00", "02:00")])).unwrap();
    assert_eq!(h.is_open(t(at)), open, "22:00-02:00 at {at}");
    assert_eq!(
        h.next_switch(t("2026-11-21T23:00:00+08:00")),
        Some(t("2026-11-22T02:00:00+08:00")),
        "the span closes at two on the next day, not at midnight"
    );
}

#[test]
fn midnight_between_two_open_days_is_no_switch() {
    let mut s = week("Asia/Shanghai", vec![Span::new("09:00", "24:00")]);
    s.weekly[6] = vec![Span::new("00:00", "24:00")]; // Sunday open all day
    s.weekly[0] = vec![Span::new("00:00", "03:00")]; // Monday until three
    let h = Hours::new(&s).unwrap();
    assert_eq!(
        h.next_switch(t("2026-11-21T20:00:00+08:00")),
        Some(t("2026-11-23T03:00:00+08:00")),
        "Saturday evening runs through Sunday into Monday 03:00"
    );
    assert_eq!(
        h.next_open(t("2026-11-23T04:00:00+08:00")),
        Some(t("2026-11-24T09:00:00+08:00"))
    );
}

#[test]
fn open_always_and_closed_always_have_no_switch() {
    let always = Hours::new(&week("UTC", vec![Span::new("00:00", "24:00")])).unwrap();
    let at = t("2026-11-21T12:00:00Z");
    assert!(always.is_open(at));
    assert_eq!(
        always.next_switch(at),
        None,
        "a shop open throughout never switches"
    );
    assert_eq!(always.next_open(at), None);
    let never = Hours::new(&week("UTC", vec![])).unwrap();
    assert!(!never.is_open(at));
    assert_eq!(
        never.next_open(at),
        None,
        "a shop closed for good never opens"
    );
}

#[test]
fn dst_in_berlin() {
    let h = Hours::new(&week("Europe/Berlin", vec![Span::new("09:00", "23:00")])).unwrap();
    // Spring forward on 2026-03-29: 09:00 is UTC+1 on Saturday, UTC+2 on Sunday.
    assert_eq!(
        h.next_open(t("2026-03-28T23:30:00+01:00")),
        Some(t("2026-03-29T07:00:00Z"))
    );
    assert!(
        !h.is_open(t("2026-03-29T07:30:00+01:00")),
        "08:30 local (CEST) is still closed"
    );
    assert!(h.is_open(t("2026-03-29T08:30:00+01:00")));
    // Fall back on 2026-10-25: the night is one hour longer.
    let close = t("2026-10-24T23:00:00+02:00");
    let open = h.next_open(close).unwrap();
    assert_eq!(open, t("2026-10-25T09:00:00+01:00"));
    assert_eq!(open.duration_since(close), SignedDuration::from_hours(11));

    // A span across the spring gap is one hour shorter than its clock times say.
    let night = Hours::new(&week("Europe/Berlin", vec![Span::new("22:00", "06:00")])).unwrap();
    let from = t("2026-03-28T22:00:00+01:00");
    assert_eq!(
        night.next_switch(from),
        Some(t("2026-03-29T06:00:00+02:00"))
    );
    assert_eq!(
        night.add_business_time(from, SignedDuration::from_hours(7)),
        Some(t("2026-03-29T06:00:00+02:00")),
        "22:00 CET to 06:00 CEST holds seven hours"
    );
}

#[test]
fn special_days_replace_the_week() {
    let mut s = Schedule::default();
    s.special.push(SpecialDay {
        name: "春节".into(),
        from: "2027-02-06".into(),
        to: Some("2027-02-12".into()),
        spans: vec![],
    });
    s.special.push(SpecialDay {
        name: "双11".into(),
        from: "2026-11-11".into(),
        to: None,
        spans: vec![Span::new("08:00", "02:00")],
    });
    let h = Hours::new(&s).unwrap();
    assert_eq!(
        h.next_open(t("2027-02-05T23:30:00+08:00")),
        Some(t("2027-02-13T09:00:00+08:00")),
        "closed through the Spring Festival"
    );
    assert!(!h.is_open(t("2027-02-08T12:00:00+08:00")));
    assert!(
        h.is_open(t("2026-11-11T08:30:00+08:00")),
        "双11 opens early"
    );
    assert!(
        h.is_open(t("2026-11-12T01:30:00+08:00")),
        "and stays open past midnight"
    );
    assert!(
        !h.is_open(t("2026-11-12T08:30:00+08:00")),
        "the next day is ordinary"
    );
}

#[test]
fn last_close_and_business_time() {
    let h = shanghai();
    assert_eq!(
        h.last_close(t("2026-11-22T03:00:00+08:00")),
        Some(t("2026-11-21T23:00:00+08:00"))
    );
    assert_eq!(
        h.last_close(t("2026-11-22T12:00:00+08:00")),
        Some(t("2026-11-21T23:00:00+08:00")),
        "while open, the last close is the one before this opening"
    );
    // 30 business minutes from 22:50 = 10 tonight, 20 tomorrow morning.
    assert_eq!(
        h.add_business_time(
            t("2026-11-21T22:50:00+08:00"),
            SignedDuration::from_mins(30)
        ),
        Some(t("2026-11-22T09:20:00+08:00"))
    );
    assert_eq!(
        h.add_business_time(
            t("2026-11-22T02:00:00+08:00"),
            SignedDuration::from_mins(30)
        ),
        Some(t("2026-11-22T09:30:00+08:00")),
        "time at night does not count"
    );
}
