//! After-sale requests about the buyer's own order, told from questions about the policy.
//!
//! A request (`我要`, `给我`, `申请`, `I want`) for a refund, return, exchange, cancellation or
//! compensation (`我要退货`, `给我退款`, `想换个色`, `你们得赔`, `I want a refund`), or a report of
//! a problem with what arrived or with a refund under way (`收到是坏的`, `少发了`, `发错了`,
//! `罐子里有虫子`, `退款还没到账`, `arrived damaged`). A policy question is not one: `能退吗`,
//! `退货要运费吗`, `can I return` name no request and no problem; `如果`, `万一`, `会不会`, `if`
//! make a problem hypothetical; and an application already made with a question of how long it
//! takes (`申请退款了 多久能退回来`) asks what the FAQ's refund entry answers.
//!
//! Phrase tables, like the rest of [`super`], kept in [`tables`]: to extend them, add phrases;
//! keep a policy phrasing out of the request tables.

use std::sync::LazyLock;

use super::{GREETING_PARTICLES, contains_words, struck_out};
use crate::phrase_table::Table;
use crate::tokenize::clauses;

mod tables;

use tables::*;

/// Every English phrase of the tables (for spelling repair: see `super::respelt`). The goods-had
/// words are among them, so that a word of one table is never respelt into a word of another
/// (`bought` into `brought`).
pub(super) fn english_phrases() -> impl Iterator<Item = &'static &'static str> {
    REQUESTS_EN
        .iter()
        .chain(PROBLEMS_EN)
        .chain(HAD_EN)
        .chain(MISFIT_EN)
        .chain(PROBLEM_PAIRS_EN.iter().flat_map(|(a, b)| [a, b]))
        .chain(WORK_DONE_EN)
        .chain(WORK_FAILED_EN)
        .chain(REFUND_WORDS)
        .chain(REFUND_VERBS)
        .chain(REFUND_POLICY_EN)
}

/// [`WORK_DONE_EN`], compiled.
static WORK_DONE_TABLE: LazyLock<Table> =
    LazyLock::new(|| Table::new(WORK_DONE_EN.iter().copied()));
/// [`WORK_FAILED_EN`], compiled.
static WORK_FAILED_TABLE: LazyLock<Table> =
    LazyLock::new(|| Table::new(WORK_FAILED_EN.iter().copied()));
/// [`UNPAID`] and [`UNPAID_EN`], compiled.
static UNPAID_TABLE: LazyLock<Table> =
    LazyLock::new(|| Table::new(UNPAID.iter().chain(UNPAID_EN).copied()));

/// [`HYPOTHETICAL`], compiled.
static HYPOTHETICAL_TABLE: LazyLock<Table> =
    LazyLock::new(|| Table::new(HYPOTHETICAL.iter().copied()));
/// [`HYPOTHETICAL_EN`], compiled.
static HYPOTHETICAL_EN_TABLE: LazyLock<Table> =
    LazyLock::new(|| Table::new(HYPOTHETICAL_EN.iter().copied()));
/// Chinese demands and reports, in the order they are tried: [`DEMANDS`], [`PROBLEMS`],
/// [`NOT_RECEIVED`].
static REPORTED_ZH: LazyLock<Table> =
    LazyLock::new(|| Table::new(DEMANDS.iter().chain(PROBLEMS).chain(NOT_RECEIVED).copied()));
/// English requests and reports, in the order they are tried: [`REQUESTS_EN`], [`PROBLEMS_EN`].
static REPORTED_EN: LazyLock<Table> =
    LazyLock::new(|| Table::new(REQUESTS_EN.iter().chain(PROBLEMS_EN).copied()));

/// The phrase of an after-sale request or problem report in `normalized`, if any.
pub(super) fn read(normalized: &str) -> Option<String> {
    // `发成都` sends to Chengdu; it sends nothing as something else (`发成了黑色`).
    let sent_to_chengdu = if normalized.contains("发成都") {
        std::borrow::Cow::Owned(normalized.replace("发成都", "发到成都"))
    } else {
        std::borrow::Cow::Borrowed(normalized)
    };
    let normalized = sent_to_chengdu.as_ref();
    let hypothetical = HYPOTHETICAL_TABLE.first_in(normalized).is_some()
        || HYPOTHETICAL_EN_TABLE.first_words_in(normalized).is_some()
        // `say` opening the message supposes (`say ye send the wrong size by mistake, whats the
        // story then`).
        || normalized.starts_with("say ");
    if hypothetical || unpaid(normalized) {
        return None;
    }
    let present = without_future(normalized);
    let normalized = present.as_ref();
    if normalized.is_empty() {
        return None;
    }
    let chars: Vec<char> = normalized.chars().collect();
    for marker in REQUEST_MARKERS {
        for (at, _) in normalized.match_indices(marker) {
            let after = &normalized[at + marker.len()..];
            // An adverb may come before the asking verb (`想先问下退改政策`).
            let asked = after.trim_start_matches(['先', '再', '也', '来']);
            if ASKING.iter().any(|a| asked.starts_with(a)) || progress_asked(marker, after) {
                continue;
            }
            let start = normalized[..at].chars().count() + marker.chars().count();
            // The thing handled may come between, with `把` (`帮我把30个的换成60个的`).
            let reach = if after.starts_with(['把', '将']) {
                10
            } else {
                6
            };
            let window: String = chars[start..(start + reach).min(chars.len())]
                .iter()
                .collect();
            // The thing exchanged may come first, as the sentence's topic (`收货地址想换成公司的`).
            let before = start - marker.chars().count();
            let topic: String = chars[before.saturating_sub(4)..before].iter().collect();
            if NOT_GOODS
                .iter()
                .any(|g| window.contains(g) || topic.contains(g))
            {
                continue;
            }
            if let Some(verb) = AFTER_SALE_VERBS.iter().find(|v| window.contains(*v)) {
                return Some(format!("{marker}…{verb}"));
            }
        }
    }
    if PRICED.iter().any(|c| normalized.contains(c))
        && !IN_PARCEL.iter().any(|w| normalized.contains(w))
        || COVERAGE.iter().any(|c| normalized.contains(c))
            && !OWN_GOODS.iter().any(|w| normalized.contains(w))
        || COVERAGE_EN.iter().any(|c| contains_words(normalized, c))
            && !OWN_GOODS_EN.iter().any(|w| contains_words(normalized, w))
    {
        return None;
    }
    let undecided = struck_out(normalized, NOT_PROBLEMS);
    let normalized = undecided.as_ref();
    let core = normalized.trim_matches(|c: char| GREETING_PARTICLES.contains(c));
    let parcels = without_parcel_count(normalized);
    let zh = REPORTED_ZH
        .first_in(&parcels)
        .or_else(|| NOT_RECEIVED_ALONE.iter().copied().find(|p| core == *p));
    let en = || {
        REPORTED_EN
            .first_words_in(normalized)
            .filter(|p| !(p.contains("money back") && refund_timing_asked_en(normalized)))
    };
    // Money back asked about, not demanded: a report beside it still counts (`奶油是酸的 感觉坏了
    // 这个能退钱吗`).
    let zh = match zh {
        Some(p) if REFUND_DEMANDS.contains(&p) && refund_timing_asked(normalized) => {
            REPORTED_ZH.first_in(&struck_out(&parcels, REFUND_DEMANDS))
        }
        other => other,
    };
    if let Some(p) = zh.or_else(en) {
        return Some(p.to_owned());
    }
    if let Some(p) = missing_part(normalized)
        .or_else(|| short_by_count(normalized))
        .or_else(|| fewer_than_ordered(normalized))
    {
        return Some(p);
    }
    if let Some((a, b)) = PROBLEM_PAIRS
        .iter()
        .find(|(a, b)| parcels.contains(a) && parcels.contains(b))
        .or_else(|| {
            PROBLEM_PAIRS_EN
                .iter()
                .find(|(a, b)| contains_words(normalized, a) && contains_words(normalized, b))
        })
    {
        return Some(format!("{a} … {b}"));
    }
    if let (Some(a), Some(b)) = (
        ORDERED.iter().find(|w| normalized.contains(*w)),
        RECEIVED.iter().find(|w| normalized.contains(*w)),
    ) {
        return Some(format!("{a} … {b}"));
    }
    misfit_en(normalized)
        .or_else(|| work_failed_en(normalized))
        .or_else(|| short_in_mine_en(normalized))
        .or_else(|| fewer_than_ordered_en(normalized))
        .or_else(|| stopped_en(normalized))
        .or_else(|| refund_request_en(normalized))
}

/// True when the buyer asks the shop to fix something of theirs, naming neither the shop's work
/// nor goods bought from it ([`REPAIR_ASKED`], [`PRIOR_DEALING`]).
pub(super) fn repair_asked(normalized: &str) -> bool {
    let asked = REPAIR_ASKED.iter().any(|r| normalized.contains(r))
        || REPAIR_ASKED_EN
            .iter()
            .any(|r| contains_words(normalized, r));
    asked
        && !PRIOR_DEALING.iter().any(|w| normalized.contains(w))
        && !PRIOR_DEALING_EN
            .iter()
            .any(|w| contains_words(normalized, w))
}

/// True when the buyer says the order is not paid yet (`拍错了 还没付钱 咋取消`, `i havent paid yet,
/// how to cancel the order`): nothing is owed back, and cancelling or changing it is a how-to the
/// FAQ answers. Money taken all the same is a report (`还没付款 钱怎么被扣了`).
fn unpaid(normalized: &str) -> bool {
    UNPAID_TABLE.holds_as_written(normalized)
        && !TAKEN_ANYWAY.iter().any(|w| normalized.contains(w))
}

/// `normalized` without its clauses about a time to come ([`FUTURE_OPENERS`]).
fn without_future(normalized: &str) -> std::borrow::Cow<'_, str> {
    if !FUTURE_OPENERS.iter().any(|o| normalized.contains(o)) {
        return normalized.into();
    }
    let parts = clauses(normalized);
    let opens_future = |c: &&str| FUTURE_OPENERS.iter().any(|o| c.starts_with(o));
    if !parts.iter().any(opens_future) {
        return normalized.into();
    }
    parts
        .into_iter()
        .filter(|c| !opens_future(c))
        .collect::<Vec<_>>()
        .join(" ")
        .into()
}

/// What holds the buyer's goods (`my beef kit`, `my box`), for [`short_in_mine_en`].
const HOLDERS_EN: &[&str] = &[
    "kit", "box", "bag", "order", "parcel", "package", "pack", "bundle", "hamper", "delivery",
];

/// English: none or too few of something in the buyer's own kit or box (`no giardiniera in my
/// beef kit`, `only 8 franks in my 10 dog kit`): `no`, or `only` and a number, before `in my`,
/// and a holder within three words after it.
fn short_in_mine_en(normalized: &str) -> Option<String> {
    let words: Vec<&str> = normalized.split(' ').collect();
    // `me` is `my` in the North of England and Ireland (`no sausages in me mixed box`).
    let at = words
        .windows(2)
        .position(|w| w[0] == "in" && matches!(w[1], "my" | "me"))?;
    let held = words[at + 2..]
        .iter()
        .take(3)
        .find(|w| HOLDERS_EN.contains(w))?;
    let before = &words[..at];
    let none = before.contains(&"no");
    let only_some = before
        .windows(2)
        .any(|w| w[0] == "only" && w[1].bytes().all(|b| b.is_ascii_digit()) && !w[1].is_empty());
    (none || only_some).then(|| format!("{} … in my {held}", if none { "no" } else { "only" }))
}

/// English: fewer of a thing came than were ordered (`ordered 6 steak, got 4 steak and 2
/// cheese`, `we ordered 12 bagels and received 10 bagels`, `ordered 2 dupattas got only 1 in the
/// parcel`): `ordered` and a count of a word, then a word of arrival and a smaller count of the
/// same word, or of nothing named.
fn fewer_than_ordered_en(normalized: &str) -> Option<String> {
    const CAME: &[&str] = &["got", "received", "came", "arrived", "delivered", "only"];
    // What may follow a count when the thing is left unsaid (`got only 1 in the parcel`).
    const UNSAID: &[&str] = &["in", "of", "and", "but", "so", ""];
    let words: Vec<&str> = normalized.split(' ').collect();
    let at = words.iter().position(|w| *w == "ordered")?;
    let ordered: u32 = words.get(at + 1)?.parse().ok()?;
    let thing = *words.get(at + 2)?;
    let rest = &words[at + 3..];
    rest.iter().enumerate().find_map(|(i, came)| {
        if !CAME.contains(came) {
            return None;
        }
        let skip = usize::from(rest.get(i + 1) == Some(&"only"));
        let n = rest.get(i + 1 + skip)?.parse::<u32>().ok()?;
        let after = rest.get(i + 2 + skip).copied().unwrap_or("");
        (n < ordered && (after == thing || UNSAID.contains(&after)))
            .then(|| format!("ordered {ordered} {thing} … {came} {n}"))
    })
}

/// English: a thing that stopped doing its work (`stopped priming`, `stopped climbing the
/// walls`), not a shop that stopped selling or shipping something.
fn stopped_en(normalized: &str) -> Option<String> {
    let words: Vec<&str> = normalized.split(' ').collect();
    words.windows(2).find_map(|pair| {
        let done = pair[1];
        (pair[0] == "stopped"
            && done.len() >= 5
            && done.ends_with("ing")
            && done.bytes().all(|b| b.is_ascii_lowercase())
            && !SHOP_DOINGS.contains(&done))
        .then(|| format!("stopped {done}"))
    })
}

/// English: goods the buyer has had (`arrived`, `bought`, `picked up`) that do not fit (`the
/// waist is too big`, `a size too small`).
/// The phrase of the shop's own work gone wrong (`new unit y'all installed 3 weeks ago, water's
/// drippin from the attic`, `your guy replaced our cylinder … and now the relief valve pipe is
/// dribbling`), if any: a word of the work done ([`WORK_DONE_EN`]) and one of its failing
/// ([`WORK_FAILED_EN`]).
fn work_failed_en(normalized: &str) -> Option<String> {
    let done = WORK_DONE_TABLE.first_words_in(normalized)?;
    let failed = WORK_FAILED_TABLE.first_words_in(normalized)?;
    Some(format!("{done} … {failed}"))
}

fn misfit_en(normalized: &str) -> Option<String> {
    let had = HAD_EN.iter().find(|w| contains_words(normalized, w))?;
    let misfit = MISFIT_EN.iter().find(|w| contains_words(normalized, w))?;
    Some(format!("{had} … {misfit}"))
}

/// The phrase of an invoice made out wrong (`发票抬头写错了`, `税号填错了怎么办`), if any: a
/// person reissues it, but it is no after-sale matter of the goods (see `super::read`).
pub(super) fn invoice_error(normalized: &str) -> Option<String> {
    let a = INVOICE_WORDS.iter().find(|w| normalized.contains(*w))?;
    let b = INVOICE_ERRORS.iter().find(|w| normalized.contains(*w))?;
    Some(format!("{a} … {b}"))
}

/// `normalized` with the words of an invoice error struck out: what is left may still report a
/// matter of the goods (`发票开错了 杯子也是碎的`).
pub(super) fn without_invoice_error(normalized: &str) -> std::borrow::Cow<'_, str> {
    struck_out(normalized, INVOICE_ERRORS)
}

/// Ways of asking to cancel or of no longer wanting the order.
const CANCELLING: &[&str] = &["不想要了", "不要了", "不想要", "取消"];

/// For a message [`read`] found a request in: true when it is one only because it asks to
/// cancel (or no longer wants) the order: with those words struck out, no request or problem is
/// left.
pub(super) fn cancellation_only(normalized: &str) -> bool {
    normalized.contains("取消") && nothing_else(normalized, CANCELLING)
}

/// True when, with `phrases` struck out of `normalized`, no request or problem is left.
fn nothing_else(normalized: &str, phrases: &[&str]) -> bool {
    read(&struck_out(normalized, phrases)).is_none()
}

/// Ways of saying goods did not come, or not yet (`只收到`, `还没到`, `only got`, `still waiting`).
#[rustfmt::skip]
const NOT_COME: &[&str] = &[
    "只收到", "只到了", "只来了", "只发了", "就到了", "就来了", "先到了", "还没收到", "没收到",
    "还没到", "没到", "没看到", "没看着", "少了", "only got", "only had", "only came", "only the",
    "still waiting", "isnt in there", "werent in the box", "wasnt in the box", "not in my parcel",
    "not inside my parcel", "theres only", "there was only", "is missing", "are missing",
    "was missing", "were missing",
];

/// For a message [`read`] found a report in: true when it is one only because goods did not
/// come, or not yet: with those words struck out, no request or problem is left.
pub(super) fn missing_only(normalized: &str) -> bool {
    nothing_else(normalized, NOT_COME)
}

/// True when a request marker opens an application already made (`申请退款了`, `申请了退款`,
/// `申请退款后`) and the message asks how long it takes or where the money goes, without saying
/// it is late.
fn progress_asked(marker: &str, after: &str) -> bool {
    let made = after.chars().take(6).any(|c| c == '了' || c == '后');
    marker == "申请" && made && when_or_where_asked(after, &[])
}

/// True when `text` asks how long, where the money goes, or one of `also`, and says nothing is
/// late.
fn when_or_where_asked(text: &str, also: &[&str]) -> bool {
    HOW_LONG
        .iter()
        .chain(REFUNDED_WHERE)
        .chain(also)
        .any(|w| text.contains(w))
        && !OVERDUE.iter().any(|w| text.contains(w))
}

/// True when the message asks how long a refund takes or where it goes, and says nothing is
/// late (`退了货多久退钱 我花呗付的 退到哪`; not `都十天了还没退钱`).
fn refund_timing_asked(normalized: &str) -> bool {
    when_or_where_asked(normalized, REFUND_ASKED)
}

/// True when an English message asks when money comes back and says nothing is late.
fn refund_timing_asked_en(normalized: &str) -> bool {
    WHEN_EN.iter().any(|w| contains_words(normalized, w))
        && !OVERDUE_EN.iter().any(|w| contains_words(normalized, w))
}

/// What came, and something not in it (`礼盒里没有炖盅`, `袋子里没有答案`): a report, unless
/// asked (`盒子里有没有说明书`).
#[rustfmt::skip]
const NOT_INSIDE: &[&str] = &[
    "盒里没有", "盒子里没有", "箱里没有", "箱子里没有", "袋里没有", "袋子里没有", "包裹里没有",
    "罐里没有", "罐子里没有", "包装里没有",
    "盒子里没看到", "箱子里没看到", "包裹里没看到",
];

/// A part of the order reported missing (`赠品没收到`, `只有a剂 没有b剂`); a question about
/// what comes with the order (`有没有赠品`, `送不送说明书吗`) is not a report.
fn missing_part(normalized: &str) -> Option<String> {
    let asked = normalized.ends_with(['吗', '么', '嘛'])
        || ["有没有", "送不送", "给不给", "带不带"]
            .iter()
            .any(|q| normalized.contains(q));
    if asked {
        return None;
    }
    let miss = MISSING.iter().find(|m| normalized.contains(*m))?;
    // What the buyer has not got at home is no part of the order (`家里啥工具都没有`).
    let at_home = |part: &str| {
        normalized
            .find(part)
            .is_some_and(|at| normalized[..at].contains("家里"))
    };
    if let Some(part) = PARTS
        .iter()
        .find(|p| normalized.contains(*p) && !at_home(p))
    {
        return Some(format!("{part} … {miss}"));
    }
    if let Some(empty) = NOT_INSIDE.iter().find(|p| normalized.contains(*p)) {
        return Some((*empty).to_owned());
    }
    let only = normalized.find("只有")?;
    ["没有", "没看到", "没找到"]
        .iter()
        .find(|m| normalized[only..].contains(*m))
        .map(|m| format!("只有 … {m}"))
}

/// `normalized` with a count of parcels struck out (`只收到一个包裹`, `只到了一个快递`): an order
/// sent in several parcels, whose first has come, asks where the rest is; it reports nothing
/// missing from what came.
fn without_parcel_count(normalized: &str) -> std::borrow::Cow<'_, str> {
    if !normalized.contains('只') {
        return normalized.into();
    }
    let mut text = normalized.to_owned();
    for came in ["只收到", "只到了", "只来了"] {
        while let Some(at) = text.find(came) {
            let rest = &text[at + came.len()..];
            let counted = rest
                .trim_start_matches('了')
                .trim_start_matches(|c: char| NUMERALS.contains(c) || c == '个' || c == '件');
            if !["包裹", "快递", "单"]
                .iter()
                .any(|p| counted.starts_with(p))
            {
                break;
            }
            text.replace_range(at..at + came.len(), " ");
        }
    }
    text.into()
}

/// Counting words a buyer reports a shortfall with (`少一罐`, `少两个`, `少3包`, `只有一版`).
const MEASURES: &str = "个件盒袋瓶包只双支本张根颗棵罐条套片箱斤听份版幅册卷枚粒";
/// Numerals a shortfall may count with.
const NUMERALS: &str = "一两二三四五六七八九十0123456789";

/// Faults that may be counted after `了` (`烂了四五个`, `碎了两瓶`, `差了一斤`): so many of what
/// came went bad, or the weight came short.
const COUNTED_FAULTS: &str = "烂坏碎破臭死漏差";

/// `少一罐松子`, `少了两个`: fewer came than were ordered, counted; and so many of what came gone
/// bad (`芒果烂了四五个`). A wish for less (`能少一个吗`, `可以少一盒吗`) asks, and money (`少一块`,
/// `少10元`) is no count of goods.
fn short_by_count(normalized: &str) -> Option<String> {
    let chars: Vec<char> = normalized.chars().collect();
    (0..chars.len()).find_map(|i| {
        let mut j = i + 1;
        let short = chars[i] == '少' && !(i > 0 && "能可再多".contains(chars[i - 1]));
        let fault = COUNTED_FAULTS.contains(chars[i]) && chars.get(j) == Some(&'了');
        if !short && !fault {
            return None;
        }
        if chars.get(j) == Some(&'了') {
            j += 1;
        }
        let start = j;
        while chars.get(j).is_some_and(|c| NUMERALS.contains(*c)) {
            j += 1;
        }
        let measure = *chars.get(j)?;
        (j > start && MEASURES.contains(measure)).then(|| chars[i..=j].iter().collect::<String>())
    })
}

/// Words before a count of what came: `只有一盒`, `就两条`, `才三个`.
const ONLY: &[&str] = &[
    "只有",
    "只给了",
    "只发了",
    "只寄了",
    "只来了",
    "只收到",
    "只到了",
    "就",
    "才",
    "就到了",
    "就来了",
    "就收到",
    "才到了",
    "才来了",
    "才收到",
];

/// `订了两盒 箱子里只有一盒`, `3条装的 袋子里只有两条`: a count of what came, after [`ONLY`], below an
/// earlier count of the same measure.
fn fewer_than_ordered(normalized: &str) -> Option<String> {
    let chars: Vec<char> = normalized.chars().collect();
    let mut counts: Vec<(usize, u32, char)> = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let start = i;
        while chars.get(i).is_some_and(|c| NUMERALS.contains(*c)) {
            i += 1;
        }
        // A count of time (`三个小时`, `两个月`) is no count of goods.
        let time = |at: usize| {
            let after: String = chars[at + 1..(at + 3).min(chars.len())].iter().collect();
            ["小时", "钟头", "月", "星期", "礼拜"]
                .iter()
                .any(|t| after.starts_with(t))
        };
        match (numeral_value(&chars[start..i]), chars.get(i)) {
            (Some(n), Some(&m)) if MEASURES.contains(m) && !time(i) => counts.push((start, n, m)),
            _ => {}
        }
        i = i.max(start + 1);
    }
    counts.iter().enumerate().find_map(|(k, &(at, n, m))| {
        let before: String = chars[at.saturating_sub(3)..at].iter().collect();
        let only = ONLY.iter().any(|o| before.ends_with(o));
        let more_before = counts[..k].iter().any(|&(_, e, em)| em == m && e > n);
        (only && more_before).then(|| format!("{before}{n}{m}"))
    })
}

/// The value of a short numeral (`3`, `12`, `两`, `十`); none for anything longer or mixed.
fn numeral_value(digits: &[char]) -> Option<u32> {
    if digits.iter().all(char::is_ascii_digit) {
        return digits.iter().collect::<String>().parse().ok();
    }
    match digits {
        ['两'] => Some(2),
        [c] => "一二三四五六七八九十"
            .chars()
            .position(|d| d == *c)
            .map(|p| p as u32 + 1),
        _ => None,
    }
}

/// `need to demand a refund`, `help getting a reimbursement`: a refund word with a request verb
/// in the four words before it, in a sentence that is not about policy or progress.
fn refund_request_en(normalized: &str) -> Option<String> {
    let words: Vec<&str> = normalized.split(' ').collect();
    if words.iter().any(|w| REFUND_POLICY_EN.contains(w)) {
        return None;
    }
    let at = words.iter().position(|w| REFUND_WORDS.contains(w))?;
    if let Some(verb) = words[at.saturating_sub(4)..at]
        .iter()
        .find(|w| REFUND_VERBS.contains(w))
    {
        return Some(format!("{verb} … {}", words[at]));
    }
    // `refund 350 dollars`: money back and a sum, nothing asked.
    let sum = words
        .windows(2)
        .any(|pair| pair[0].bytes().all(|b| b.is_ascii_digit()) && CURRENCIES.contains(&pair[1]));
    let asked = words.iter().any(|w| QUESTION_WORDS_EN.contains(w));
    (sum && !asked).then(|| format!("{} … sum", words[at]))
}

/// Currencies written after a sum (`350 dollars`).
const CURRENCIES: &[&str] = &[
    "dollars", "dollar", "usd", "bucks", "euros", "euro", "eur", "pounds", "gbp", "aud", "cad",
];

/// English words that make a sentence a question.
const QUESTION_WORDS_EN: &[&str] = &[
    "what", "how", "when", "where", "why", "which", "can", "could", "is", "are", "do", "does",
    "will", "would",
];
