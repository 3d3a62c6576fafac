//! Honest holding replies: what a buyer is told while a person is needed.
//!
//! Outside business hours the buyer learns when a person will really answer (`{next_open}` is
//! filled with "明天 09:00", "周一 09:00", "tomorrow 09:00", "Monday 09:00", in the buyer's
//! language); inside hours, that a person is coming. An upset buyer's text starts with an apology,
//! an after-sale request's with what to prepare. Pure functions: the time and the next opening
//! are passed in. Once-per-night bookkeeping is the inbound flow's (`conversation_timers`).

use jiff::Timestamp;
use jiff::civil::Weekday;
use jiff::tz::TimeZone;
use owldesk_domain::{EscalationReason, HoldingTexts, Localized};

/// The language a buyer writes in, as far as holding replies care.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lang {
    /// Chinese.
    Zh,
    /// English.
    En,
}

impl Lang {
    /// The buyer's language from their text: any Chinese character means Chinese, Latin letters
    /// without any mean English, and otherwise (an image, only digits or emoji) the shop's first
    /// language (`languages`, as in the settings).
    pub fn of(text: &str, languages: &[String]) -> Lang {
        if text.chars().any(is_cjk) {
            return Lang::Zh;
        }
        if text.chars().any(|c| c.is_ascii_alphabetic()) {
            return Lang::En;
        }
        match languages.first() {
            Some(l) if l.starts_with("en") => Lang::En,
            _ => Lang::Zh,
        }
    }

    fn pick(self, text: &Localized) -> &str {
        match self {
            Lang::Zh => &text.zh,
            Lang::En => &text.en,
        }
    }
}

fn is_cjk(c: char) -> bool {
    matches!(c, '\u{4e00}'..='\u{9fff}' | '\u{3400}'..='\u{4dbf}' | '\u{f900}'..='\u{faff}')
}

/// When the shop next opens, in words relative to `now` in the shop's time zone: "今天 09:00",
/// "明天 09:00", "周一 09:00" (within a week), "12月1日 09:00" (later); in English "today 09:00",
/// "tomorrow 09:00", "Monday 09:00", "Dec 1 09:00". `None` (never opens) reads "as soon as
/// possible".
pub fn next_open_words(
    next: Option<Timestamp>,
    now: Timestamp,
    tz: &TimeZone,
    lang: Lang,
) -> String {
    let Some(next) = next else {
        return match lang {
            Lang::Zh => "尽快".into(),
            Lang::En => "as soon as possible".into(),
        };
    };
    let then = next.to_zoned(tz.clone());
    let today = now.to_zoned(tz.clone()).date();
    let days = (then.date() - today).get_days();
    let hm = format!("{:02}:{:02}", then.hour(), then.minute());
    let day = match (lang, days) {
        (Lang::Zh, ..=0) => "今天".to_owned(),
        (Lang::Zh, 1) => "明天".to_owned(),
        (Lang::Zh, 2..=6) => weekday_zh(then.weekday()).to_owned(),
        (Lang::Zh, _) => format!("{}月{}日", then.month(), then.day()),
        (Lang::En, ..=0) => "today".to_owned(),
        (Lang::En, 1) => "tomorrow".to_owned(),
        (Lang::En, 2..=6) => weekday_en(then.weekday()).to_owned(),
        (Lang::En, _) => format!("{} {}", month_en(then.month()), then.day()),
    };
    format!("{day} {hm}")
}

fn weekday_zh(d: Weekday) -> &'static str {
    match d {
        Weekday::Monday => "周一",
        Weekday::Tuesday => "周二",
        Weekday::Wednesday => "周三",
        Weekday::Thursday => "周四",
        Weekday::Friday => "周五",
        Weekday::Saturday => "周六",
        Weekday::Sunday => "周日",
    }
}

fn weekday_en(d: Weekday) -> &'static str {
    match d {
        Weekday::Monday => "Monday",
        Weekday::Tuesday => "Tuesday",
        Weekday::Wednesday => "Wednesday",
        Weekday::Thursday => "Thursday",
        Weekday::Friday => "Friday",
        Weekday::Saturday => "Saturday",
        Weekday::Sunday => "Sunday",
    }
}

fn month_en(m: i8) -> &'static str {
    const MONTHS: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    usize::try_from(m - 1)
        .ok()
        .and_then(|i| MONTHS.get(i))
        .copied()
        .unwrap_or("")
}

/// Where the shop stands when a holding reply is written.
#[derive(Debug, Clone, Copy)]
pub struct Moment<'a> {
    /// Now.
    pub now: Timestamp,
    /// Open now?
    pub open: bool,
    /// The next opening, for `{next_open}`.
    pub next_open: Option<Timestamp>,
    /// The shop's time zone.
    pub tz: &'a TimeZone,
}

/// The holding reply for an escalation (`reason`, if any) in `lang` at `moment`.
pub fn holding_reply(
    texts: &HoldingTexts,
    reason: Option<EscalationReason>,
    lang: Lang,
    moment: Moment<'_>,
) -> String {
    let base = if moment.open {
        lang.pick(&texts.open).to_owned()
    } else {
        let when = next_open_words(moment.next_open, moment.now, moment.tz, lang);
        lang.pick(&texts.closed).replace("{next_open}", &when)
    };
    let lead = match reason {
        Some(EscalationReason::Anger) => Some(lang.pick(&texts.anger)),
        Some(EscalationReason::AfterSale) => Some(lang.pick(&texts.after_sale)),
        _ => None,
    };
    match (lead, lang) {
        (Some(lead), Lang::Zh) => format!("{lead}{base}"),
        (Some(lead), Lang::En) => format!("{lead} {base}"),
        (None, _) => base,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rstest::rstest;

    fn t(s: &str) -> Timestamp {
        s.parse().unwrap()
    }

    #[rstest]
    // Saturday 2026-11-21 late evening in Shanghai.
    #[case(
        "2026-11-21T23:30:00+08:00",
        "2026-11-22T09:00:00+08:00",
        Lang::Zh,
        "明天 09:00"
    )]
    #[case(
        "2026-11-21T23:30:00+08:00",
        "2026-11-22T09:00:00+08:00",
        Lang::En,
        "tomorrow 09:00"
    )]
    #[case(
        "2026-11-22T00:30:00+08:00",
        "2026-11-22T09:00:00+08:00",
        Lang::Zh,
        "今天 09:00"
    )]
    #[case(
        "2026-11-22T00:30:00+08:00",
        "2026-11-22T09:00:00+08:00",
        Lang::En,
        "today 09:00"
    )]
    #[case(
        "2026-11-21T23:30:00+08:00",
        "2026-11-23T09:00:00+08:00",
        Lang::Zh,
        "周一 09:00"
    )]
    #[case(
        "2026-11-21T23:30:00+08:00",
        "2026-11-23T09:00:00+08:00",
        Lang::En,
        "Monday 09:00"
    )]
    #[case(
        "2027-02-05T23:30:00+08:00",
        "2027-02-13T09:00:00+08:00",
        Lang::Zh,
        "2月13日 09:00"
    )]
    #[case(
        "2027-02-05T23:30:00+08:00",
        "2027-02-13T09:00:00+08:00",
        Lang::En,
        "Feb 13 09:00"
    )]
    fn next_open_in_words(
        #[case] now: &str,
        #[case] next: &str,
        #[case] lang: Lang,
        #[case] words: &str,
    ) {
        let tz = TimeZone::get("Asia/Shanghai").unwrap();
        assert_eq!(next_open_words(Some(t(next)), t(now), &tz, lang), words);
    }

    #[rstest]
    #[case("亲 我要退款", Lang::Zh)]
    #[case("where is my parcel?", Lang::En)]
    #[case("订单 order 123", Lang::Zh)]
    #[case("12345", Lang::Zh)]
    fn the_buyer_s_language(#[case] text: &str, #[case] lang: Lang) {
        assert_eq!(Lang::of(text, &["zh-CN".into(), "en".into()]), lang);
    }

    #[test]
    fn reasons_lead_and_closed_texts_name_the_opening() {
        let tz = TimeZone::get("Asia/Shanghai").unwrap();
        let texts = HoldingTexts::default();
        let at_night = Moment {
            now: t("2026-11-21T23:30:00+08:00"),
            open: false,
            next_open: Some(t("2026-11-22T09:00:00+08:00")),
            tz: &tz,
        };
        let zh = holding_reply(&texts, Some(EscalationReason::Anger), Lang::Zh, at_night);
        assert!(zh.starts_with(&texts.anger.zh), "an apology first: {zh}");
        assert!(zh.contains("明天 09:00"), "{zh}");
        let en = holding_reply(
            &texts,
            Some(EscalationReason::AfterSale),
            Lang::En,
            at_night,
        );
        assert!(
            en.starts_with(&texts.after_sale.en) && en.contains("tomorrow 09:00"),
            "{en}"
        );
        let by_day = Moment {
            open: true,
            ..at_night
        };
        assert_eq!(holding_reply(&texts, None, Lang::Zh, by_day), texts.open.zh);
    }
}
