//! The edges of a policy, which an entry answers only when it speaks of them: someone else in
//! the buyer's place, a coupon or an instalment plan when the goods go back, the buyer's logo,
//! freight collect, interest on instalments, a discount for a kind of buyer, what happens after
//! the warranty, a lost document, an invoice for an old order, parking, and twenty more.
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
//! - **Eleven more** (session 26), each asked by buyers of several shops of an entry that does not
//!   speak of it, while every entry that answers it does: insurance for the return postage
//!   (`退货有运费险吗`), the dishwasher (`切菜器能放洗碗机洗吗`), a test report (`有检测报告没`),
//!   something used taken back (`旧电池你们回收不`), the shop over a festival (`春节还发货吗`; a
//!   festival alone is only when the buyer needs the goods), credit terms or a contract
//!   (`企业采购能月结吗`), and a credit limit (`先用后付额度多少`); and pregnancy or nursing
//!   (`怀孕期间可以戴美瞳吗`), unless the pregnant one is only who is at home or who the goods
//!   are for (`家里有孕妇 衣柜味道大吗`); formaldehyde (`盖板有没有甲醛`), and the goods taken
//!   on a plane or a train (`滑板车能带上地铁吗`); and two discounts used together
//!   (`以旧换新的减免能跟店铺满减券一起用吗`), which a coupon entry that only says where to get one
//!   does not answer.
//! - **Four more** (session 31): a coupon run out asked to be replaced or extended
//!   (`优惠券昨天过期了 能补一张吗`, `voucher expired, boleh extend tak`), which eight shops' buyers
//!   asked of a coupon entry that says how to get one; whether something runs out (`积分会过期吗`),
//!   which an entry answers when it speaks of validity, expiry or shelf life; work at the shop
//!   (`你们招不招兼职`, `are u hiring?`), asked of over thirty shops; and where to eat, stay or go
//!   in the area (`华强北附近有啥好吃的`), asked of over twenty, two of whose address or pick-up
//!   entries answered it at 0.89–0.90.
//! - **Calories** (session 32, `一盒鸭脖大概多少卡路里`, `how many calories in one welsh cake`):
//!   asked of twenty-eight shops, three of whose price, portion or low-sugar entries answered it
//!   at 0.62–0.96; every entry that answers it gives the calories.
//! - **A pet brought along** (session 32, `能带狗狗进店吗`, `can i bring my dog in when i pick
//!   up`): asked of eighteen shops, two of whose pick-up or sightseeing entries answered it at
//!   0.77–0.84; the shops that answer it speak of pets or dogs.
//! - **Delivery at the weekend** (session 32, `顺丰能指定周六送吗`, `does purolator deliver on
//!   saturdays`): asked of thirty-one shops, two of whose express-post entries answered it at
//!   0.78–0.98; the shops that answer it name the days.
//! - **Charging an electric car** (session 33, `你们停车场有充电桩么 特斯拉`, `any EV chargers at the
//!   witless bay parking lot?`): asked of seven shops (a homestay, a tour, a car hire, a charger
//!   shop), a parking entry answering it at 0.70; the one shop that answers it has an entry on
//!   EV charging.
//! - **Halal** (session 33, `羊肉泡馍是清真的吗`, `are your mutton pies halal?`): asked of forty
//!   shops (sixty-seven cases); two product entries answered it at 0.92–0.98, and the shops that
//!   answer it speak of halal, Muslims or pork.
//! - **Organic** (session 34, `is the dulse organic`, `沁州黄小米有有机认证没`): asked of a dozen shops;
//!   two product entries answered it at 0.81–0.97; the shops that answer it speak of organic goods.
//!   Kosher joins halal (`is the beef kosher?`, which a spice entry answered at 0.85).
//! - **A special VAT invoice** (session 34, `能开专票不`, `能开增值税专用发票吗`): asked in a
//!   hundred and seventeen cases of a hundred and eight shops; nearly every shop that answers it
//!   names the special invoice in its invoice entry, while one whose invoice entry speaks only
//!   of ordinary invoices answered it at 0.67.
//!
//! [`asked`] finds the question in normalised text; [`spoken_of`] says whether an entry's texts or
//! answer speak of it (docs/ENGINE.md, session 24).

use owldesk_domain::FaqEntry;

use std::sync::LazyLock;

use crate::normalize;
use crate::phrase_table::Table;

mod words;

use words::*;

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
    /// A coupon, voucher or points run out, asked to be replaced, extended or used all the same.
    ExpiredCoupon,
    /// Whether something runs out.
    Expiry,
    /// An invoice asked for an order long past.
    LateInvoice,
    /// What an invoice states: its item or its date.
    InvoiceWording,
    /// Parking near the shop.
    Parking,
    /// Insurance for the return postage (`运费险`).
    ShippingInsurance,
    /// Whether a thing may go in the dishwasher.
    Dishwasher,
    /// A test report for the goods.
    TestReport,
    /// The shop taking back or buying back something used.
    TakenBack,
    /// Whether the shop ships, opens or answers over a festival or the holidays: the festival
    /// named (the first name of its group of names), if one is.
    Holiday(Option<&'static str>),
    /// Buying on credit terms or under a signed contract.
    CreditTerms,
    /// A credit limit of a payment plan or an allowance.
    CreditLimit,
    /// Whether the goods suit a pregnant or nursing buyer.
    Pregnancy,
    /// Formaldehyde given off by the goods.
    Formaldehyde,
    /// The calories of the goods.
    Calories,
    /// A pet brought along.
    Pets,
    /// Delivery on a Saturday or Sunday.
    WeekendDelivery,
    /// A place to charge an electric car.
    EvCharging,
    /// Whether the goods are halal.
    Halal,
    /// A special VAT invoice.
    SpecialInvoice,
    /// Whether the goods are organic.
    Organic,
    /// Taking the goods on a plane or a train.
    OnBoard,
    /// Two discounts used together.
    Stacked,
    /// Whether a payment plan checks the buyer's credit.
    CreditCheck,
    /// Work at the shop.
    Work,
    /// Where to eat, stay or go in the area.
    Nearby,
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
            Edge::ExpiredCoupon => "a coupon run out, asked to be replaced or extended",
            Edge::Expiry => "whether it runs out",
            Edge::LateInvoice => "an invoice for an old order",
            Edge::InvoiceWording => "what an invoice states",
            Edge::Parking => "parking",
            Edge::ShippingInsurance => "insurance for the return postage",
            Edge::Dishwasher => "the dishwasher",
            Edge::TestReport => "a test report",
            Edge::TakenBack => "something used taken back",
            Edge::Holiday(_) => "the shop over the holidays",
            Edge::CreditTerms => "credit terms or a contract",
            Edge::CreditLimit => "a credit limit",
            Edge::Pregnancy => "pregnancy or nursing",
            Edge::Formaldehyde => "formaldehyde",
            Edge::Calories => "calories",
            Edge::Pets => "a pet brought along",
            Edge::WeekendDelivery => "delivery at the weekend",
            Edge::EvCharging => "charging an electric car",
            Edge::Halal => "whether it is halal",
            Edge::SpecialInvoice => "a special VAT invoice",
            Edge::Organic => "whether it is organic",
            Edge::OnBoard => "taking the goods on a plane or a train",
            Edge::Stacked => "two discounts used together",
            Edge::CreditCheck => "a credit check",
            Edge::Work => "work at the shop",
            Edge::Nearby => "where to eat, stay or go in the area",
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
    test_report: Table,
    test_spoken: Table,
    taken_back: Table,
    taken_back_spoken: Table,
    holidays: Table,
    operating: Table,
    holidays_spoken: Table,
    holidays_generic: Table,
    credit_terms: Table,
    credit_terms_spoken: Table,
    pregnancy: Table,
    pregnancy_spoken: Table,
    on_board: Table,
    on_board_spoken: Table,
    discounts: Table,
    stacking_spoken: Table,
    work: Table,
    work_spoken: Table,
    nearby: Table,
    amenities: Table,
    amenities_spoken: Table,
    pets: Table,
    pets_spoken: Table,
    weekend_en: Table,
    weekend_spoken: Table,
    ev_charging: Table,
    ev_charging_spoken: Table,
    halal_spoken: Table,
}

/// A word every edge needs before it can be asked (each edge's first condition), as a substring:
/// most messages hold none, and are read in one pass instead of one a table.
static TRIGGERS: LazyLock<Table> = LazyLock::new(|| {
    let lists: &[&[&'static str]] = &[
        BENEFITS,
        PASSING,
        &["转到", "送给"],
        PICK_UP,
        SPENT,
        CUSTOMISING,
        &[COLLECT],
        INTEREST_FREE,
        GROUP_DISCOUNTS,
        GROUPS_EN,
        PAST_WARRANTY,
        LOST,
        EXPIRED,
        EXPIRY_ASKED,
        INVOICE,
        PARKING,
        SHIPPING_INSURANCE,
        DISHWASHER,
        TEST_REPORT,
        TAKEN_BACK,
        HOLIDAYS,
        CREDIT_TERMS,
        &[MONTHLY, CREDIT_LIMIT],
        PREGNANCY,
        FORMALDEHYDE,
        CALORIES,
        PETS_ASKED,
        WEEKEND_DAYS,
        WEEKEND_DELIVERY_EN,
        EV_CHARGING_ASKED,
        HALAL,
        SPECIAL_INVOICE,
        ORGANIC_ASKED,
        ON_BOARD,
        STACKING,
        CREDIT_CHECK,
        WORK_ASKED,
        AMENITIES,
    ];
    Table::new(lists.iter().flat_map(|l| l.iter().copied()))
});

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
        test_report: table(TEST_REPORT),
        test_spoken: table(TEST_SPOKEN),
        taken_back: table(TAKEN_BACK),
        taken_back_spoken: table(TAKEN_BACK_SPOKEN),
        holidays: table(HOLIDAYS),
        operating: table(OPERATING),
        holidays_spoken: table(HOLIDAYS_SPOKEN),
        holidays_generic: table(HOLIDAYS_GENERIC),
        credit_terms: table(CREDIT_TERMS),
        credit_terms_spoken: table(CREDIT_TERMS_SPOKEN),
        pregnancy: table(PREGNANCY),
        pregnancy_spoken: table(PREGNANCY_SPOKEN),
        on_board: table(ON_BOARD),
        on_board_spoken: table(ON_BOARD_SPOKEN),
        discounts: table(DISCOUNTS),
        stacking_spoken: table(STACKING_SPOKEN),
        work: table(WORK_ASKED),
        work_spoken: table(WORK_SPOKEN),
        nearby: table(NEARBY),
        amenities: table(AMENITIES),
        amenities_spoken: table(AMENITIES_SPOKEN),
        pets: table(PETS_ASKED),
        pets_spoken: table(PETS_SPOKEN),
        weekend_en: table(WEEKEND_DELIVERY_EN),
        weekend_spoken: table(WEEKEND_SPOKEN),
        ev_charging: table(EV_CHARGING_ASKED),
        ev_charging_spoken: table(EV_CHARGING_SPOKEN),
        halal_spoken: table(HALAL_SPOKEN),
    }
});

/// The edge of a policy `normalized` asks about, if any.
pub fn asked(normalized: &str) -> Option<Edge> {
    TRIGGERS.first_in(normalized)?;
    asked_in_full(normalized)
}

/// [`asked`] without the one-pass look for [`TRIGGERS`].
fn asked_in_full(normalized: &str) -> Option<Edge> {
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
    } else if each_named(normalized, &[COUPONS, EXPIRED, REMEDIES]) {
        Some(Edge::ExpiredCoupon)
    } else if EXPIRY_ASKED.iter().any(|w| normalized.contains(w)) {
        Some(Edge::Expiry)
    } else if each_named(normalized, &[INVOICE, LATE, STILL_ISSUED]) {
        Some(Edge::LateInvoice)
    } else if each_named(normalized, &[INVOICE, INVOICE_WORDING]) {
        Some(Edge::InvoiceWording)
    } else if t.ev_charging.holds_as_written(normalized) {
        // Before parking: a car park's charger is asked of, not the car park.
        Some(Edge::EvCharging)
    } else if t.parking.holds_as_written(normalized) {
        Some(Edge::Parking)
    } else if SHIPPING_INSURANCE.iter().any(|w| normalized.contains(w)) {
        Some(Edge::ShippingInsurance)
    } else if DISHWASHER.iter().any(|w| normalized.contains(w)) {
        Some(Edge::Dishwasher)
    } else if t.test_report.holds_as_written(normalized) {
        Some(Edge::TestReport)
    } else if t.taken_back.holds_as_written(normalized) {
        Some(Edge::TakenBack)
    } else if t.holidays.holds_as_written(normalized) && t.operating.holds_as_written(normalized) {
        Some(Edge::Holiday(festival(normalized)))
    } else if t.credit_terms.holds_as_written(normalized) || monthly(normalized) {
        Some(Edge::CreditTerms)
    } else if normalized.contains(CREDIT_LIMIT) {
        Some(Edge::CreditLimit)
    } else if t.pregnancy.holds_as_written(normalized)
        && !PREGNANCY_AROUND.iter().any(|w| normalized.contains(w))
    {
        Some(Edge::Pregnancy)
    } else if FORMALDEHYDE.iter().any(|w| normalized.contains(w)) {
        Some(Edge::Formaldehyde)
    } else if CALORIES.iter().any(|w| normalized.contains(w)) {
        Some(Edge::Calories)
    } else if t.pets.holds_as_written(normalized) {
        Some(Edge::Pets)
    } else if weekend_delivery(t, normalized) {
        Some(Edge::WeekendDelivery)
    } else if HALAL.iter().any(|w| normalized.contains(w)) {
        Some(Edge::Halal)
    } else if t.on_board.holds_as_written(normalized) {
        Some(Edge::OnBoard)
    } else if t.stacking.holds_as_written(normalized) && t.discounts.holds_as_written(normalized) {
        Some(Edge::Stacked)
    } else if CREDIT_CHECK.iter().any(|w| normalized.contains(w)) {
        Some(Edge::CreditCheck)
    } else if SPECIAL_INVOICE.iter().any(|w| normalized.contains(w)) {
        Some(Edge::SpecialInvoice)
    } else if ORGANIC_ASKED.iter().any(|w| normalized.contains(w)) {
        Some(Edge::Organic)
    } else if t.work.holds_as_written(normalized) {
        Some(Edge::Work)
    } else if t.amenities.holds_as_written(normalized) && t.nearby.holds_as_written(normalized) {
        Some(Edge::Nearby)
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

/// True when delivery on a weekend day is asked: the day before a delivery (`周末能送吗`), or
/// named (`能指定周六送到吗`), or the English forms of [`WEEKEND_DELIVERY_EN`]. A day the goods
/// should come by is a question of delivery time (`周六之前能送到吗`).
fn weekend_delivery(t: &Tables, normalized: &str) -> bool {
    let zh = WEEKEND_DAYS.iter().any(|day| {
        normalized.match_indices(day).any(|(at, day)| {
            let after = &normalized[at + day.len()..];
            DELIVERED_THEN.iter().any(|d| after.starts_with(d))
                || DAY_NAMED
                    .iter()
                    .any(|n| normalized[..at].trim_end_matches('下').ends_with(n))
        })
    });
    zh || t.weekend_en.holds_as_written(normalized)
}

/// True when `normalized` settles once a month ([`MONTHLY`]).
fn monthly(normalized: &str) -> bool {
    normalized
        .match_indices(MONTHLY)
        .any(|(at, m)| !normalized[at + m.len()..].starts_with(['婚', '束']))
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

/// The first festival of [`FESTIVALS`] that `normalized` names, by its group's first name.
fn festival(normalized: &str) -> Option<&'static str> {
    FESTIVALS
        .iter()
        .find(|group| group.iter().any(|n| contains_as_written(normalized, n)))
        .map(|group| group[0])
}

/// `text` with every festival's names struck out (`bank holidays` leaves no `holidays`).
fn without_festivals(text: &str) -> String {
    let mut names: Vec<&str> = FESTIVALS.iter().flat_map(|g| g.iter().copied()).collect();
    names.sort_by_key(|n| std::cmp::Reverse(n.len()));
    names.iter().fold(text.to_owned(), |t, n| t.replace(n, " "))
}

/// Every name of the festival group whose first name is `first`.
fn festival_names(first: &str) -> impl Iterator<Item = &'static str> + '_ {
    FESTIVALS
        .iter()
        .filter(move |group| group[0] == first)
        .flat_map(|group| group.iter().copied())
}

/// Whether `text` holds `name`: anywhere if Chinese, as whole words if English.
fn contains_as_written(text: &str, name: &str) -> bool {
    if name.is_ascii() {
        crate::intents::contains_words(text, name)
    } else {
        text.contains(name)
    }
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
            Edge::ExpiredCoupon => EXPIRED_SPOKEN.iter().any(|w| t.contains(w)),
            Edge::Expiry => EXPIRY_SPOKEN.iter().any(|w| t.contains(w)),
            Edge::LateInvoice => time_limit_spoken(&t),
            Edge::InvoiceWording => INVOICE_WORDING_SPOKEN.iter().any(|w| t.contains(w)),
            Edge::Parking => TABLES.parking_spoken.holds_as_written(&t),
            Edge::ShippingInsurance => SHIPPING_INSURANCE.iter().any(|w| t.contains(w)),
            Edge::Dishwasher => DISHWASHER.iter().any(|w| t.contains(w)),
            Edge::TestReport => TABLES.test_spoken.holds_as_written(&t),
            Edge::TakenBack => {
                TABLES.taken_back.holds_as_written(&t)
                    || TABLES.taken_back_spoken.holds_as_written(&t)
            }
            Edge::Holiday(None) => TABLES.holidays_spoken.holds_as_written(&t),
            // Another festival's days do not answer (`what are ye're christmas opening hours`,
            // answered by `Bank holidays 12:00 to 16:00`): the entry names the one asked, or
            // speaks of the holidays in general (`周末和节假日照常`).
            Edge::Holiday(Some(asked)) => {
                festival_names(asked).any(|n| contains_as_written(&t, n))
                    || TABLES
                        .holidays_generic
                        .holds_as_written(&without_festivals(&t))
            }
            Edge::CreditTerms => TABLES.credit_terms_spoken.holds_as_written(&t),
            Edge::CreditLimit => t.contains(CREDIT_LIMIT),
            Edge::Pregnancy => TABLES.pregnancy_spoken.holds_as_written(&t),
            Edge::Formaldehyde => FORMALDEHYDE.iter().any(|w| t.contains(w)),
            Edge::Calories => CALORIES.iter().any(|w| t.contains(w)),
            Edge::Pets => TABLES.pets_spoken.holds_as_written(&t),
            Edge::WeekendDelivery => TABLES.weekend_spoken.holds_as_written(&t),
            Edge::EvCharging => TABLES.ev_charging_spoken.holds_as_written(&t),
            Edge::Halal => TABLES.halal_spoken.holds_as_written(&t),
            Edge::SpecialInvoice => SPECIAL_INVOICE.iter().any(|w| t.contains(w)),
            Edge::Organic => ORGANIC_SPOKEN.iter().any(|w| t.contains(w)),
            Edge::OnBoard => TABLES.on_board_spoken.holds_as_written(&t),
            Edge::Stacked => TABLES.stacking_spoken.holds_as_written(&t),
            Edge::CreditCheck => CREDIT_CHECK.iter().any(|w| t.contains(w)),
            Edge::Work => TABLES.work_spoken.holds_as_written(&t),
            Edge::Nearby => TABLES.amenities_spoken.holds_as_written(&t),
        })
}

#[cfg(test)]
mod tests;
