//! The edges of a policy, which an entry answers only when it speaks of them: someone else in
//! the buyer's place, a coupon or an instalment plan when the goods go back, the buyer's logo,
//! freight collect, interest on instalments, a discount for a kind of buyer, what happens after
//! the warranty, a lost document, an invoice for an old order, parking.
//!
//! - **A benefit passed on** (`优惠券能转给闺蜜吗`, `积分能转给我妈的账号吗`, `can i transfer my
//!   points to my sister's account`): a shop's coupon or points entry says how to get and use
//!   them, not whether they may go to another person. Twelve buyers of eleven shops written apart
//!   from the engine asked it, and seven were answered from the coupon or points entry at
//!   0.61–0.98.
//! - **An order collected by someone else** (`自提可以让同事帮我拿吗`, `could my neighbour pick it
//!   up for me`): a pick-up entry says where and when (four buyers of four shops).
//! - **A coupon or instalments on a return** (`用了优惠券 退货的话券能退回来吗`, `花呗分期买的
//!   退货的话手续费退不退`): the return entry says how to send goods back, the coupon entry how to
//!   use one (four buyers of four shops).
//!
//! - **Goods made with the buyer's logo or name** (`礼盒能印我们公司logo吗`, `镜框能刻字吗`,
//!   `can you embroider my logo on the towels`): fifteen buyers of fourteen shops asked it of
//!   shops whose FAQ says nothing of customising, and six were answered from the bulk-order or
//!   gift-box entry; every shop that answers it writes `logo`, `定制` or `刻字` in the entry.
//! - **Freight collect** (`顺丰能到付吗`): three shops' buyers asked it of a courier entry that says
//!   nothing of it; the thirteen shops that answer it write `到付` or `货到付款` in the entry.
//! - **Instalments without interest** (`花呗分期免息吗`): a payment entry that says instalments
//!   are accepted does not say who pays the fee. Five shops' buyers asked it of such an entry;
//!   every shop that answers it writes `免息`, `手续费` or `贴息`.
//! - **A discount for a kind of buyer** (`有学生价吗`, `got a student discount?`, `do you do a
//!   military discount`): seven shops' buyers asked it of a discount entry that names no one.
//!   Combining it with another discount (`use my welcome code and the student discount
//!   together`) is a question for the stacking rule, whoever the discount is for.
//! - **Out of warranty** (`过了保修期的加热棒你们有偿维修吗`): a warranty entry says what is
//!   covered while it lasts; four shops' buyers asked what happens after it, and the shops that
//!   answer it write `过保`, `有偿` or `过了保修期`.
//! - **A lost document reissued** (`证书搞丢了 能补一张吗`, `合格证弄丢了能补吗`): a certificate or
//!   warranty entry says what the document is, not whether a lost one is made again; four
//!   shops' buyers asked it of such an entry. A lost part bought again (`底座弄丢了 能单独买吗`)
//!   or a warranty kept without its card (`保修卡弄丢了 还能保修吗`) is not this question.
//! - **An invoice for an old order** (`去年十月的订单还能补开发票不`, `签收很久了还能开发票吗`): an
//!   invoice entry says how to ask for one, not until when; the two shops that answer it write a
//!   time limit (`30天内`, `当月`), two others' buyers asked it of an entry that has none.
//! - **What an invoice says** (`发票内容能开成办公用品吗`, `发票日期能开上个月的吗`): thirteen
//!   buyers of twelve shops asked it of an invoice entry that says how to ask for one; the four
//!   shops that answer it say what the invoice's item or date will be (`发票内容按实际商品开`).
//! - **Parking** (`去工作室试琴 那边好停车吗`): eight shops' buyers asked it of a pick-up or
//!   showroom entry that says where the shop is, not where to park.
//!
//! [`asked`] finds the question in normalised text; [`spoken_of`] says whether an entry's texts or
//! answer speak of it (docs/ENGINE.md, session 24).

use owldesk_domain::FaqEntry;

use std::sync::LazyLock;

use crate::normalize;
use crate::phrase_table::Table;

/// Benefits a shop gives that a buyer may wish to pass on.
#[rustfmt::skip]
const BENEFITS: &[&str] = &[
    "券", "优惠卷", "积分", "红包", "礼品卡", "购物卡", "储值卡", "会员", "保修", "质保", "coupon",
    "voucher", "points", "gift card", "store credit", "membership", "discount code", "promo code",
    "warranty",
];

/// Passing something to another person (`转给`, `转赠`); `送给` only for someone else to use
/// (`送给闺蜜用`: a gift card bought to give is what gift cards are for), and `转到` only to an
/// account (`转到我妈的账号`), since `积分转到余额` converts.
const PASSING: &[&str] = &[
    "转给",
    "转赠",
    "转让",
    "转送",
    "转卖",
    "给别人用",
    "给他人用",
];

/// Someone else, right after a word of [`PASSING`] (`Q币能转给别人吗`, `e卡能转给我爸用吗`): whatever
/// is passed, it goes to another person (`微信转给你` pays the shop).
#[rustfmt::skip]
const RECIPIENTS: &[&str] = &[
    "别人", "他人", "朋友", "家人", "我妈", "我爸", "爸妈", "闺蜜", "同事", "邻居", "老公", "老婆",
    "室友", "同学", "亲戚",
];

/// `转到` followed within a few characters by one of these sends it to another account.
const ACCOUNTS: &[&str] = &["账号", "账户", "号上", "名下"];

/// English: `transfer` or `give` with someone else (`to my sister's account`, `to a friend`).
const PASSING_EN: &[&str] = &["transfer", "give", "pass", "share"];
/// See [`PASSING_EN`].
#[rustfmt::skip]
const RECIPIENTS_EN: &[&str] = &[
    "account", "someone", "somebody", "friend", "sister", "brother", "mum", "mom", "dad",
    "husband", "wife", "partner", "roommate", "another person", "another account",
];

/// Collecting an order oneself (`自提`, `self collect`): with [`PROXIES`], someone else does it.
#[rustfmt::skip]
const PICK_UP: &[&str] = &[
    "自提", "自取", "到店取", "上门取", "取货", "self collect", "collection", "pick up",
    "pick it up", "collect",
];
/// Someone acting for the buyer (`让同事帮我拿`, `代取`, `for me`, `on my behalf`).
#[rustfmt::skip]
const PROXIES: &[&str] = &[
    "帮我拿", "帮我取", "帮我领", "替我拿", "替我取", "代取", "代领", "代拿", "for me",
    "on my behalf", "instead of me",
];

/// What an entry that speaks of someone else says (`不可转让`, `可转赠`, `仅限本人`, `代取`,
/// `transferable`, `someone else`).
#[rustfmt::skip]
const SPOKEN: &[&str] = &[
    "转赠", "转让", "转给", "转到", "转移", "不可转", "不能转", "可转", "他人", "别人", "本人",
    "代取", "代领", "代收", "委托", "transfer", "someone else", "another person",
    "another account", "account holder", "on your behalf", "anyone",
];

/// Benefits and payment plans whose fate on a return is its own question (`券`, `分期`): a
/// payment alone (`花呗付的 退款退回哪里`) is what the refund entry answers.
#[rustfmt::skip]
const SPENT: &[&str] = &[
    "券", "积分", "红包", "分期", "voucher", "coupon", "installment", "installments", "points",
    "gift card", "discount code", "promo code",
];
/// Sending goods back, or the money coming back.
#[rustfmt::skip]
const RETURNED: &[&str] = &[
    "退货", "退款", "退回", "退掉", "退的话", "return", "returns", "refund", "refunds",
];

/// Asking for the buyer's logo, name or words on the goods (`印我们公司logo`, `刻名字`).
#[rustfmt::skip]
const CUSTOMISING: &[&str] = &[
    "logo", "刻字", "刻名字", "刻个名字", "刻上", "印名字", "印个名字", "印上名字", "印我们",
    "印公司", "绣名字", "绣上", "embroider", "engrave", "engraving", "engraved", "personalise",
    "personalize", "personalised", "personalized", "monogram",
];
/// What an entry that speaks of customising says.
#[rustfmt::skip]
const CUSTOMISED: &[&str] = &[
    "logo", "定制", "订制", "客制", "定做", "印字", "刻字", "刻名", "印上", "印制", "custom",
    "customise", "customize", "customised", "customized", "personalise", "personalize",
    "personalised", "personalized", "personalisation", "personalization", "engrave",
    "engraving", "engraved", "embroider", "embroidery", "monogram",
];
/// Postage paid by the receiver; `货到付款` holds it too.
const COLLECT: &str = "到付";

/// Asking whether instalments carry interest.
#[rustfmt::skip]
const INTEREST_FREE: &[&str] = &[
    "免息", "interest free", "no interest", "0 interest", "zero interest", "without interest",
];
/// What an entry that speaks of the cost of instalments says.
#[rustfmt::skip]
const INTEREST_SPOKEN: &[&str] = &[
    "免息", "贴息", "手续费", "利息", "interest", "fee",
];

/// Discounts for a kind of buyer, in Chinese.
#[rustfmt::skip]
const GROUP_DISCOUNTS: &[&str] = &[
    "学生价", "学生优惠", "学生折扣", "学生证", "教师优惠", "老师优惠", "教师价", "军人优惠",
    "军人价", "老人优惠", "老年人优惠",
];
/// Kinds of buyer a discount may be for, in English (whole words, with [`DISCOUNT_WORDS_EN`]).
#[rustfmt::skip]
const GROUPS_EN: &[&str] = &[
    "student", "students", "senior", "seniors", "military", "teacher", "teachers", "nhs",
    "pensioner", "pensioners", "veteran", "veterans", "unidays", "educator", "educators",
];
/// See [`GROUPS_EN`].
const DISCOUNT_WORDS_EN: &[&str] = &["discount", "discounts", "concession", "concessions"];
/// Combining discounts, which the stacking rule answers whoever a discount is for.
#[rustfmt::skip]
const STACKING: &[&str] = &[
    "together", "stack", "combine", "combined", "叠加", "一起用", "同时用", "同享", "同时享",
];
/// What an entry that speaks of a kind of buyer says.
#[rustfmt::skip]
const GROUPS_SPOKEN: &[&str] = &[
    "学生", "教师", "老师", "军人", "老人", "老年", "student", "senior", "military", "teacher",
    "nhs", "pensioner", "veteran", "unidays", "educator",
];

/// After the warranty has run out.
#[rustfmt::skip]
const PAST_WARRANTY: &[&str] = &[
    "过保", "保修期过", "过了保修", "保修到期", "保修期到了", "质保期过", "过了质保", "质保到期",
    "保修期外", "out of warranty", "warranty expired", "warranty has expired", "warranty is over",
    "warranty ran out", "warranty runs out", "past the warranty", "after the warranty",
    "warranty is up",
];
/// What an entry that speaks of repairs after the warranty says, besides [`PAST_WARRANTY`].
#[rustfmt::skip]
const PAST_WARRANTY_SPOKEN: &[&str] = &[
    "有偿", "付费维修", "收费维修", "保外", "paid repair", "for a fee",
];

/// Losing something (with [`DOCUMENTS`] and [`REISSUE`], a lost document asked to be reissued).
const LOST: &[&str] = &["丢了", "弄丢", "搞丢", "遗失", "丢失", "找不到了"];
/// Documents that come with goods.
#[rustfmt::skip]
const DOCUMENTS: &[&str] = &[
    "证书", "合格证", "质保卡", "保修卡", "保卡", "发票", "收据", "说明书", "鉴定书",
];
/// Making a document again.
const REISSUE: &[&str] = &["补", "重开", "重新开", "再开", "再发一"];
/// What an entry that speaks of reissuing a lost document says.
#[rustfmt::skip]
const REISSUE_SPOKEN: &[&str] = &[
    "丢", "遗失", "补办", "补开", "补发", "补一", "补寄", "重开", "重新开", "重新发",
];

/// An invoice (with [`LATE`] and [`STILL_ISSUED`], one asked for an old order).
const INVOICE: &[&str] = &["发票", "开票"];
/// Long ago.
#[rustfmt::skip]
const LATE: &[&str] = &[
    "去年", "上个月", "上上个月", "半年", "几个月", "好几个月", "很久", "好久", "好几天",
];
/// Still issued, or issued after the fact.
const STILL_ISSUED: &[&str] = &["补开", "还能开", "还可以开", "还能补", "还能不能开"];
/// What an entry that speaks of a time limit for it says, besides a span counted from the order's
/// end (`交易成功后180天内`, see [`time_limit_spoken`]); how long issuing takes (`3个工作日内开出`)
/// is no limit.
const TIME_LIMIT: &[&str] = &["期限", "过期", "超过", "逾期", "跨月", "跨年", "当月"];

/// True when `text` sets a time limit: a word of [`TIME_LIMIT`], or a span within which, counted
/// from after something (`收货后30天内`).
fn time_limit_spoken(text: &str) -> bool {
    if TIME_LIMIT.iter().any(|w| text.contains(w)) {
        return true;
    }
    ["天内", "日内", "月内"].iter().any(|span| {
        text.match_indices(span).any(|(at, _)| {
            let before: String = text[..at].chars().rev().take(6).collect();
            before.contains('后') && !text[..at].ends_with("工作")
        })
    })
}

/// What an invoice states (with [`INVOICE`]): its item or its date.
const INVOICE_WORDING: &[&str] = &["日期", "内容", "品名", "明细", "开成", "写成", "开进"];
/// What an entry that speaks of an invoice's item or date says.
#[rustfmt::skip]
const INVOICE_WORDING_SPOKEN: &[&str] = &[
    "内容", "品名", "明细", "类目", "开成", "改成", "改开", "日期", "开票时间",
];

/// Parking near the shop.
const PARKING: &[&str] = &["停车", "车位", "parking", "park the car", "park my car"];
/// What an entry that speaks of parking says.
const PARKING_SPOKEN: &[&str] = &["停车", "车位", "parking", "car park"];

/// An edge of a policy that an entry must speak of to answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Edge {
    /// A coupon, points or a gift card passed to someone else.
    PassedOn,
    /// The order collected by someone else.
    CollectedByAnother,
    /// A coupon, points or an instalment plan when the goods go back.
    SpentOnAReturn,
    /// Goods made with the buyer's logo, name or words.
    Customised,
    /// The postage paid by the receiver (`到付`).
    FreightCollect,
    /// Whether instalments carry interest.
    InterestFree,
    /// A discount for a kind of buyer (students, teachers, the military, seniors).
    GroupDiscount,
    /// Repairs or cover after the warranty has run out.
    PastWarranty,
    /// A lost document asked to be made again.
    LostDocument,
    /// An invoice asked for an order long past.
    LateInvoice,
    /// What an invoice states: its item or its date.
    InvoiceWording,
    /// Parking near the shop.
    Parking,
}

impl Edge {
    /// What is asked, for the trace.
    pub fn as_str(self) -> &'static str {
        match self {
            Edge::PassedOn => "a benefit passed to someone else",
            Edge::CollectedByAnother => "the order collected by someone else",
            Edge::SpentOnAReturn => "a coupon or instalments when the goods go back",
            Edge::Customised => "goods made with the buyer's logo or name",
            Edge::FreightCollect => "postage paid on delivery",
            Edge::InterestFree => "whether instalments carry interest",
            Edge::GroupDiscount => "a discount for a kind of buyer",
            Edge::PastWarranty => "what happens after the warranty",
            Edge::LostDocument => "a lost document made again",
            Edge::LateInvoice => "an invoice for an old order",
            Edge::InvoiceWording => "what an invoice states",
            Edge::Parking => "parking",
        }
    }
}

/// The tables `asked` reads on every search (a search per question of a message), and two that
/// `spoken_of` reads: compiled once, each read in one pass.
struct Tables {
    benefits: Table,
    passing: Table,
    recipients_en: Table,
    pick_up: Table,
    proxies: Table,
    spent: Table,
    returned: Table,
    customising: Table,
    customised: Table,
    interest_free: Table,
    interest_spoken: Table,
    group_discounts: Table,
    stacking: Table,
    groups_spoken: Table,
    past_warranty: Table,
    past_warranty_spoken: Table,
    parking: Table,
    parking_spoken: Table,
}

static TABLES: LazyLock<Tables> = LazyLock::new(|| {
    let table = |phrases: &[&'static str]| Table::new(phrases.iter().copied());
    Tables {
        benefits: table(BENEFITS),
        passing: table(PASSING),
        recipients_en: table(RECIPIENTS_EN),
        pick_up: table(PICK_UP),
        proxies: table(PROXIES),
        spent: table(SPENT),
        returned: table(RETURNED),
        customising: table(CUSTOMISING),
        customised: table(CUSTOMISED),
        interest_free: table(INTEREST_FREE),
        interest_spoken: table(INTEREST_SPOKEN),
        group_discounts: table(GROUP_DISCOUNTS),
        stacking: table(STACKING),
        groups_spoken: table(GROUPS_SPOKEN),
        past_warranty: table(PAST_WARRANTY),
        past_warranty_spoken: table(PAST_WARRANTY_SPOKEN),
        parking: table(PARKING),
        parking_spoken: table(PARKING_SPOKEN),
    }
});

/// The edge of a policy `normalized` asks about, if any.
pub fn asked(normalized: &str) -> Option<Edge> {
    let t = &*TABLES;
    if passed_on(t, normalized) {
        Some(Edge::PassedOn)
    } else if t.pick_up.first_in(normalized).is_some() && t.proxies.first_in(normalized).is_some() {
        Some(Edge::CollectedByAnother)
    } else if t.spent.holds_as_written(normalized) && t.returned.holds_as_written(normalized) {
        Some(Edge::SpentOnAReturn)
    } else if t.customising.holds_as_written(normalized) {
        Some(Edge::Customised)
    } else if normalized.contains(COLLECT) {
        Some(Edge::FreightCollect)
    } else if t.interest_free.holds_as_written(normalized) {
        Some(Edge::InterestFree)
    } else if group_discount(t, normalized) {
        Some(Edge::GroupDiscount)
    } else if t.past_warranty.holds_as_written(normalized) {
        Some(Edge::PastWarranty)
    } else if each_named(normalized, &[LOST, DOCUMENTS, REISSUE]) {
        Some(Edge::LostDocument)
    } else if each_named(normalized, &[INVOICE, LATE, STILL_ISSUED]) {
        Some(Edge::LateInvoice)
    } else if each_named(normalized, &[INVOICE, INVOICE_WORDING]) {
        Some(Edge::InvoiceWording)
    } else if t.parking.holds_as_written(normalized) {
        Some(Edge::Parking)
    } else {
        None
    }
}

/// True when `normalized` holds a word of each list (each a few short words, looked for only when
/// the edges before have not matched).
fn each_named(normalized: &str, lists: &[&[&str]]) -> bool {
    lists
        .iter()
        .all(|words| words.iter().any(|w| normalized.contains(w)))
}

fn group_discount(t: &Tables, normalized: &str) -> bool {
    let asked = t.group_discounts.first_in(normalized).is_some()
        || normalized.split(' ').any(|w| GROUPS_EN.contains(&w))
            && normalized
                .split(' ')
                .any(|w| DISCOUNT_WORDS_EN.contains(&w));
    asked && !t.stacking.holds_as_written(normalized)
}

fn passed_on(t: &Tables, normalized: &str) -> bool {
    let to_someone = PASSING.iter().any(|p| {
        normalized.match_indices(p).any(|(at, p)| {
            let after: String = normalized[at + p.len()..].chars().take(5).collect();
            let after = after.strip_prefix('给').unwrap_or(&after);
            RECIPIENTS.iter().any(|r| after.starts_with(r))
        })
    });
    if to_someone {
        return true;
    }
    if t.benefits.first_in(normalized).is_none() {
        return false;
    }
    let zh = t.passing.first_in(normalized).is_some()
        || normalized.match_indices("转到").any(|(at, to)| {
            let after: String = normalized[at + to.len()..].chars().take(8).collect();
            ACCOUNTS.iter().any(|a| after.contains(a))
        })
        || normalized.match_indices("送给").any(|(at, to)| {
            let after: String = normalized[at + to.len()..].chars().take(6).collect();
            after.contains('用')
        });
    let en = normalized.split(' ').any(|w| PASSING_EN.contains(&w))
        && t.recipients_en.first_in(normalized).is_some();
    zh || en
}

/// True when `entry`'s question, paraphrases or answer speak of `edge`.
pub fn spoken_of(edge: Edge, entry: &FaqEntry) -> bool {
    std::iter::once(&entry.question)
        .chain(&entry.paraphrases)
        .chain(std::iter::once(&entry.answer))
        .chain(entry.variants.values())
        .map(|t| normalize(t))
        .any(|t| match edge {
            Edge::PassedOn | Edge::CollectedByAnother => SPOKEN.iter().any(|s| t.contains(s)),
            Edge::SpentOnAReturn => {
                TABLES.spent.holds_as_written(&t) && TABLES.returned.holds_as_written(&t)
            }
            Edge::Customised => TABLES.customised.holds_as_written(&t),
            Edge::FreightCollect => t.contains(COLLECT),
            Edge::InterestFree => TABLES.interest_spoken.holds_as_written(&t),
            Edge::GroupDiscount => TABLES.groups_spoken.holds_as_written(&t),
            Edge::PastWarranty => {
                TABLES.past_warranty.holds_as_written(&t)
                    || TABLES.past_warranty_spoken.holds_as_written(&t)
            }
            Edge::LostDocument => REISSUE_SPOKEN.iter().any(|w| t.contains(w)),
            Edge::LateInvoice => time_limit_spoken(&t),
            Edge::InvoiceWording => INVOICE_WORDING_SPOKEN.iter().any(|w| t.contains(w)),
            Edge::Parking => TABLES.parking_spoken.holds_as_written(&t),
        })
}

#[cfg(test)]
mod tests {
    use super::*;
    use owldesk_domain::FaqId;
    use rstest::rstest;
    use std::collections::BTreeMap;

    #[rstest]
    #[case::coupon_to_a_friend("领的券能转给室友吗", true)]
    #[case::points_to_an_account("积分可以转到我老公的账号上吗", true)]
    #[case::coupon_given("新人券能送给我姐用吗", true)]
    #[case::en_points("can i transfer my points to my brother", true)]
    #[case::points_converted("积分能转到余额吗", false)]
    #[case::game_currency_to_someone("Q币能转给别人吗", true)]
    #[case::card_to_a_parent("e卡绑了以后能转给我爸用吗", true)]
    #[case::paying_the_shop("能微信直接转给你吗", false)]
    #[case::warranty_sold_on("床垫还在质保期 要是转卖给别人 质保还认吗", true)]
    #[case::paying_by_transfer("可以直接微信转给你吗", false)]
    #[case::coupon_used("优惠券怎么用", false)]
    #[case::en_bank_transfer("can i pay by bank transfer", false)]
    #[case::gift_card_bought_to_give("礼品卡可以买了送给朋友吗", false)]
    #[case::collected_by_a_friend("自提的话能让朋友帮我取吗", true)]
    #[case::en_collected_by_a_neighbour("can my neighbour do the collection for me", true)]
    #[case::parents_take_parcels("快递都是我妈帮我拿 能不能包装严实点", false)]
    #[case::en_collected_oneself("can i pick it up myself on friday", false)]
    #[case::en_gift_card_for_a_friend("can i buy a gift card for my friend", false)]
    fn someone_else_asked(#[case] text: &str, #[case] want: bool) {
        let got = asked(&normalize(text));
        assert_eq!(
            matches!(got, Some(Edge::PassedOn | Edge::CollectedByAnother)),
            want,
            "{text:?}: {got:?}"
        );
    }

    #[rstest]
    #[case::logo("团购的杯子能印我们公司logo吗", Some(Edge::Customised))]
    #[case::engraved_name("手镯内圈能刻名字吗", Some(Edge::Customised))]
    #[case::en_embroidered("can you embroider our club name on the caps", Some(Edge::Customised))]
    #[case::freight_collect("走顺丰到付行吗", Some(Edge::FreightCollect))]
    #[case::printed_size_asked("尺码印在哪里", None)]
    #[case::interest_free("白条分6期免息不", Some(Edge::InterestFree))]
    #[case::en_interest_free("is the payment plan interest-free?", Some(Edge::InterestFree))]
    #[case::instalments_alone("能用花呗分期吗", None)]
    #[case::student_price("有没有学生价 学生证有的", Some(Edge::GroupDiscount))]
    #[case::en_student_discount("any student discount?", Some(Edge::GroupDiscount))]
    #[case::en_teachers("do you give discounts to teachers", Some(Edge::GroupDiscount))]
    #[case::en_stacked("can i stack the student discount with a sale code", None)]
    #[case::en_student_budget("whats good on a student budget", None)]
    #[case::student_budget("学生党 便宜点呗", None)]
    #[case::past_warranty("保修期过了还能修吗 收费吗", Some(Edge::PastWarranty))]
    #[case::en_past_warranty("can you fix it once its out of warranty", Some(Edge::PastWarranty))]
    #[case::warranty_asked("保修多久", None)]
    #[case::lost_certificate("证书搞丢了 能补一张吗", Some(Edge::LostDocument))]
    #[case::lost_part("底座弄丢了 能单独买一个吗", None)]
    #[case::warranty_without_card("保修卡弄丢了 还能保修吗", None)]
    #[case::late_invoice("去年十月的订单还能补开发票不", Some(Edge::LateInvoice))]
    #[case::invoice_asked("发票怎么开", None)]
    #[case::invoice_item("发票内容能开成办公用品吗", Some(Edge::InvoiceWording))]
    #[case::invoice_date("发票日期能开上个月的吗", Some(Edge::InvoiceWording))]
    #[case::parking("去店里自提好停车吗", Some(Edge::Parking))]
    #[case::en_parking("is there parking near the studio", Some(Edge::Parking))]
    fn other_edges_asked(#[case] text: &str, #[case] want: Option<Edge>) {
        assert_eq!(asked(&normalize(text)), want, "{text:?}");
    }

    #[rstest]
    #[case::coupon_on_a_return("退货的话 用掉的满减券还给吗", true)]
    #[case::en_voucher_on_a_refund("if i get a refund do i keep the voucher", true)]
    #[case::instalments_on_a_return("分期付的 退款了手续费怎么算", true)]
    #[case::paid_by_huabei("花呗付的 退款退到哪", false)]
    #[case::coupon_alone("优惠券怎么领", false)]
    fn spent_on_a_return_asked(#[case] text: &str, #[case] want: bool) {
        let got = asked(&normalize(text));
        assert_eq!(got == Some(Edge::SpentOnAReturn), want, "{text:?}: {got:?}");
    }

    fn entry(answer: &str) -> FaqEntry {
        FaqEntry {
            id: FaqId("coupon".into()),
            question: "优惠券怎么领".into(),
            paraphrases: vec!["有券吗".into()],
            answer: answer.into(),
            variants: BTreeMap::new(),
            tags: Vec::new(),
            enabled: true,
        }
    }

    #[rstest]
    #[case::fee_borne(Edge::InterestFree, "花呗分期手续费由买家承担", true)]
    #[case::instalments_only(Edge::InterestFree, "支持支付宝、花呗分期", false)]
    #[case::students_named(Edge::GroupDiscount, "学生凭学生证九五折", true)]
    #[case::codes_only(Edge::GroupDiscount, "Sign up for 10% off your first order", false)]
    #[case::paid_repair(Edge::PastWarranty, "过了保修期提供有偿维修，只收配件费", true)]
    #[case::cover_only(Edge::PastWarranty, "电机保修三年，其余配件一年", false)]
    #[case::reissued(Edge::LostDocument, "证书遗失可以补办，工本费20元", true)]
    #[case::certificate_only(Edge::LostDocument, "每件都附国检证书，可扫码查询", false)]
    #[case::invoice_limit(Edge::LateInvoice, "确认收货后30天内可以申请开票", true)]
    #[case::invoice_how(Edge::LateInvoice, "下单时填写抬头和税号即可", false)]
    #[case::invoice_issuing_time(Edge::LateInvoice, "发给客服，3个工作日内开出", false)]
    #[case::invoice_span(Edge::LateInvoice, "3个工作日内开出；交易成功后180天内都能申请", true)]
    #[case::item_stated(Edge::InvoiceWording, "发票内容按实际商品开，不能改开成办公用品", true)]
    #[case::amount_only(Edge::InvoiceWording, "发票金额按实际付款金额开", false)]
    #[case::car_park(Edge::Parking, "Free parking behind the shop", true)]
    #[case::address_only(Edge::Parking, "自提地址：芳村花鸟市场B区12号", false)]
    fn the_new_edges_spoken_of(#[case] edge: Edge, #[case] answer: &str, #[case] want: bool) {
        assert_eq!(spoken_of(edge, &entry(answer)), want, "{answer:?}");
    }

    #[test]
    fn an_entry_speaks_of_it_only_when_it_says_so() {
        assert!(spoken_of(
            Edge::PassedOn,
            &entry("店铺券仅限本人使用，不可转赠")
        ));
        assert!(!spoken_of(
            Edge::PassedOn,
            &entry("首页领取，下单时自动抵扣")
        ));
        assert!(spoken_of(
            Edge::SpentOnAReturn,
            &entry("整单退货时优惠券原路退回，部分退货不退券")
        ));
        assert!(!spoken_of(
            Edge::SpentOnAReturn,
            &entry("首页领取，下单时自动抵扣")
        ));
    }
}
