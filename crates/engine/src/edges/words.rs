//! The words the edges of a policy are read by: what a buyer asks, and what an entry that
//! speaks of it says.

/// Benefits a shop gives that a buyer may wish to pass on.
#[rustfmt::skip]
pub(super) const BENEFITS: &[&str] = &[
    "券", "优惠卷", "积分", "红包", "礼品卡", "购物卡", "储值卡", "会员", "保修", "质保", "保固", "coupon",
    "voucher", "points", "gift card", "store credit", "membership", "discount code", "promo code",
    "warranty",
];

/// Passing something to another person (`转给`, `转赠`); `送给` only for someone else to use
/// (`送给闺蜜用`: a gift card bought to give is what gift cards are for), and `转到` only to an
/// account (`转到我妈的账号`), since `积分转到余额` converts.
pub(super) const PASSING: &[&str] = &[
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
pub(super) const RECIPIENTS: &[&str] = &[
    "别人", "他人", "朋友", "家人", "我妈", "我爸", "爸妈", "闺蜜", "同事", "邻居", "老公", "老婆",
    "室友", "同学", "亲戚",
];

/// `转到` followed within a few characters by one of these sends it to another account.
pub(super) const ACCOUNTS: &[&str] = &["账号", "账户", "号上", "名下"];

/// English: `transfer` or `give` with someone else (`to my sister's account`, `to a friend`).
pub(super) const PASSING_EN: &[&str] = &["transfer", "give", "pass", "share"];
/// See [`PASSING_EN`].
#[rustfmt::skip]
pub(super) const RECIPIENTS_EN: &[&str] = &[
    "account", "someone", "somebody", "friend", "sister", "brother", "mum", "mom", "dad",
    "husband", "wife", "partner", "roommate", "another person", "another account",
];

/// Collecting an order oneself (`自提`, `self collect`): with [`PROXIES`], someone else does it.
#[rustfmt::skip]
pub(super) const PICK_UP: &[&str] = &[
    "自提", "自取", "到店取", "上门取", "取货", "self collect", "collection", "pick up",
    "pick it up", "collect",
];
/// Someone acting for the buyer (`让同事帮我拿`, `代取`, `for me`, `on my behalf`).
#[rustfmt::skip]
pub(super) const PROXIES: &[&str] = &[
    "帮我拿", "帮我取", "帮我领", "替我拿", "替我取", "代取", "代领", "代拿", "for me",
    "on my behalf", "instead of me",
];

/// What an entry that speaks of someone else says (`不可转让`, `可转赠`, `仅限本人`, `代取`,
/// `transferable`, `someone else`).
#[rustfmt::skip]
pub(super) const SPOKEN: &[&str] = &[
    "转赠", "转让", "转给", "转到", "转移", "不可转", "不能转", "可转", "他人", "别人", "本人",
    "代取", "代领", "代收", "委托", "transfer", "someone else", "another person",
    "another account", "account holder", "on your behalf", "anyone",
];

/// Benefits and payment plans whose fate on a return is its own question (`券`, `分期`): a
/// payment alone (`花呗付的 退款退回哪里`) is what the refund entry answers.
#[rustfmt::skip]
pub(super) const SPENT: &[&str] = &[
    "券", "积分", "红包", "分期", "voucher", "coupon", "installment", "installments", "points",
    "gift card", "discount code", "promo code",
];
/// Sending goods back, or the money coming back.
#[rustfmt::skip]
pub(super) const RETURNED: &[&str] = &[
    "退货", "退款", "退回", "退掉", "退的话", "return", "returns", "refund", "refunds",
];

/// Asking for the buyer's logo, name or words on the goods (`印我们公司logo`, `刻名字`).
#[rustfmt::skip]
pub(super) const CUSTOMISING: &[&str] = &[
    "logo", "刻字", "刻名字", "刻个名字", "刻上", "印名字", "印个名字", "印上名字", "印我们",
    "印公司", "绣名字", "绣上", "embroider", "engrave", "engraving", "engraved", "personalise",
    "personalize", "personalised", "personalized", "monogram",
];
/// What an entry that speaks of customising says.
#[rustfmt::skip]
pub(super) const CUSTOMISED: &[&str] = &[
    "logo", "定制", "订制", "客制", "定做", "印字", "刻字", "刻名", "印上", "印制", "custom",
    "customise", "customize", "customised", "customized", "personalise", "personalize",
    "personalised", "personalized", "personalisation", "personalization", "engrave",
    "engraving", "engraved", "embroider", "embroidery", "monogram",
];
/// Postage paid by the receiver; `货到付款` holds it too.
pub(super) const COLLECT: &str = "到付";

/// Asking whether instalments carry interest.
#[rustfmt::skip]
pub(super) const INTEREST_FREE: &[&str] = &[
    "免息", "interest free", "no interest", "0 interest", "zero interest", "without interest",
];
/// What an entry that speaks of the cost of instalments says.
#[rustfmt::skip]
pub(super) const INTEREST_SPOKEN: &[&str] = &[
    "免息", "贴息", "手续费", "利息", "interest", "fee",
];

/// Discounts for a kind of buyer, in Chinese.
#[rustfmt::skip]
pub(super) const GROUP_DISCOUNTS: &[&str] = &[
    "学生价", "学生优惠", "学生折扣", "学生证", "教师优惠", "老师优惠", "教师价", "军人优惠",
    "军人价", "老人优惠", "老年人优惠",
];
/// Kinds of buyer a discount may be for, in English (whole words, with [`DISCOUNT_WORDS_EN`]).
#[rustfmt::skip]
pub(super) const GROUPS_EN: &[&str] = &[
    "student", "students", "senior", "seniors", "military", "teacher", "teachers", "nhs",
    "pensioner", "pensioners", "veteran", "veterans", "unidays", "educator", "educators",
];
/// See [`GROUPS_EN`].
pub(super) const DISCOUNT_WORDS_EN: &[&str] =
    &["discount", "discounts", "concession", "concessions"];
/// Combining discounts, which the stacking rule answers whoever a discount is for.
#[rustfmt::skip]
pub(super) const STACKING: &[&str] = &[
    "together", "stack", "combine", "combined", "叠加", "一起用", "同时用", "同享", "同时享",
];
/// What an entry that speaks of a kind of buyer says.
#[rustfmt::skip]
pub(super) const GROUPS_SPOKEN: &[&str] = &[
    "学生", "教师", "老师", "军人", "老人", "老年", "student", "senior", "military", "teacher",
    "nhs", "pensioner", "veteran", "unidays", "educator",
];

/// After the warranty has run out.
#[rustfmt::skip]
pub(super) const PAST_WARRANTY: &[&str] = &[
    "过保", "保修期过", "过了保修", "保修到期", "保修期到了", "质保期过", "过了质保", "质保到期",
    "保修期外", "out of warranty", "warranty expired", "warranty has expired", "warranty is over",
    "warranty ran out", "warranty runs out", "past the warranty", "after the warranty",
    "warranty is up",
];
/// What an entry that speaks of repairs after the warranty says, besides [`PAST_WARRANTY`].
#[rustfmt::skip]
pub(super) const PAST_WARRANTY_SPOKEN: &[&str] = &[
    "有偿", "付费维修", "收费维修", "保外", "paid repair", "for a fee",
];

/// Losing something (with [`DOCUMENTS`] and [`REISSUE`], a lost document asked to be reissued).
pub(super) const LOST: &[&str] = &[
    "丢了",
    "弄丢",
    "搞丢",
    "遗失",
    "丢失",
    "找不到了",
    "lost the",
    "lost my",
    "misplaced",
];
/// Documents that come with goods.
#[rustfmt::skip]
pub(super) const DOCUMENTS: &[&str] = &[
    "证书", "合格证", "质保卡", "保修卡", "保卡", "发票", "收据", "说明书", "鉴定书", "certificate",
    "warranty card", "receipt", "invoice", "manual",
];
/// Making a document again.
pub(super) const REISSUE: &[&str] = &[
    "补",
    "重开",
    "重新开",
    "再开",
    "再发一",
    "duplicate",
    "reissue",
    "another copy",
    "new copy",
];
/// What an entry that speaks of reissuing a lost document says.
#[rustfmt::skip]
pub(super) const REISSUE_SPOKEN: &[&str] = &[
    "丢", "遗失", "补办", "补开", "补发", "补一", "补寄", "重开", "重新开", "重新发", "lost",
    "duplicate", "reissue", "copy",
];

/// A coupon, voucher or points (with [`EXPIRED`] and [`REMEDIES`], a remedy asked for ones run
/// out).
#[rustfmt::skip]
pub(super) const COUPONS: &[&str] = &[
    "券", "红包", "积分", "coupon", "voucher", "promo code", "discount code", "points",
];
/// Run out.
pub(super) const EXPIRED: &[&str] = &["过期", "失效", "expired", "expires", "expiring"];
/// A remedy asked for one run out: another, a longer life, or use all the same.
#[rustfmt::skip]
pub(super) const REMEDIES: &[&str] = &[
    "补", "延期", "延长", "延一下", "再给", "再发", "还能用", "extend", "reissue", "another one",
    "a new one", "still use",
];
/// Whether something runs out asked (`积分会过期吗`, `do the credits expire`).
#[rustfmt::skip]
pub(super) const EXPIRY_ASKED: &[&str] = &["会过期", "过期吗", "过期不", "过期么", "expire"];
/// What an entry that speaks of when something runs out says.
#[rustfmt::skip]
pub(super) const EXPIRY_SPOKEN: &[&str] = &[
    "有效期", "过期", "失效", "永久", "长期有效", "保质期", "天内有效", "月内有效", "年内有效",
    "expire", "expiry", "expires", "valid for", "valid until", "shelf life", "best before",
];
/// What an entry that speaks of a coupon run out says.
#[rustfmt::skip]
pub(super) const EXPIRED_SPOKEN: &[&str] = &[
    "过期", "失效", "补发", "延期", "expire", "expiry", "reissue",
];

/// An invoice (with [`LATE`] and [`STILL_ISSUED`], one asked for an old order).
pub(super) const INVOICE: &[&str] = &["发票", "开票"];
/// Long ago.
#[rustfmt::skip]
pub(super) const LATE: &[&str] = &[
    "去年", "上个月", "上上个月", "半年", "几个月", "好几个月", "很久", "好久", "好几天",
];
/// Still issued, or issued after the fact.
pub(super) const STILL_ISSUED: &[&str] = &["补开", "还能开", "还可以开", "还能补", "还能不能开"];
/// What an entry that speaks of a time limit for it says, besides a span counted from the order's
/// end (`交易成功后180天内`, see [`time_limit_spoken`]); how long issuing takes (`3个工作日内开出`)
/// is no limit.
pub(super) const TIME_LIMIT: &[&str] = &["期限", "过期", "超过", "逾期", "跨月", "跨年", "当月"];

/// What an invoice states (with [`INVOICE`]): its item or its date.
pub(super) const INVOICE_WORDING: &[&str] =
    &["日期", "内容", "品名", "明细", "开成", "写成", "开进"];
/// What an entry that speaks of an invoice's item or date says.
#[rustfmt::skip]
pub(super) const INVOICE_WORDING_SPOKEN: &[&str] = &[
    "内容", "品名", "明细", "类目", "开成", "改成", "改开", "日期", "开票时间",
];

/// Parking near the shop.
/// Cantonese parks with `泊车` (`附近有冇位泊车`).
#[rustfmt::skip]
pub(super) const PARKING: &[&str] = &[
    "停车", "车位", "泊车", "parking", "park the car", "park my car",
];
/// What an entry that speaks of parking says.
pub(super) const PARKING_SPOKEN: &[&str] = &["停车", "车位", "泊车", "parking", "car park"];

/// Insurance for the return postage (`运费险`), which a platform sells or a shop gives.
pub(super) const SHIPPING_INSURANCE: &[&str] = &["运费险", "退货险", "运费保险", "退货宝"];

/// A dishwasher: whether a thing may go in one is its own question of care.
pub(super) const DISHWASHER: &[&str] = &["洗碗机", "dishwasher"];

/// Asking for a test report (`有检测报告吗`, `lab results`).
#[rustfmt::skip]
pub(super) const TEST_REPORT: &[&str] = &[
    "检测报告", "质检报告", "检验报告", "检测证书", "有检测", "检测过", "检测没", "测试报告",
    "lab result", "lab results", "lab report", "test report", "test results", "third party test",
    "third party testing", "certificate of analysis",
];
/// What an entry that speaks of tests says.
#[rustfmt::skip]
pub(super) const TEST_SPOKEN: &[&str] = &[
    "检测", "检验", "质检", "报告", "送检", "lab", "labs", "tested", "testing", "test", "tests",
    "report", "reports", "certificate", "certificates",
];

/// The shop taking back or buying back something used (`旧电池你们回收吗`, `recycle`).
#[rustfmt::skip]
pub(super) const TAKEN_BACK: &[&str] = &[
    "回收", "recycle", "recycling", "recyclable", "buy back", "buyback", "take back the old",
];
/// What an entry that speaks of taking things back says, besides [`TAKEN_BACK`].
pub(super) const TAKEN_BACK_SPOKEN: &[&str] = &["以旧换新", "拉走", "trade in", "haul away"];

/// A festival or the holidays, with [`OPERATING`]: whether the shop works over them.
#[rustfmt::skip]
pub(super) const HOLIDAYS: &[&str] = &[
    "春节", "过年", "年前", "年后", "国庆", "五一", "中秋", "端午", "元旦", "清明", "节假日",
    "放假期间", "假期期间", "christmas", "xmas", "new year", "bank holiday", "public holiday",
    "holidays", "cny", "hari raya", "easter", "thanksgiving", "boxing day", "labor day",
    "labour day", "memorial day", "fourth of july", "4th of july", "st stephens day",
];
/// Shipping, opening or answering (with [`HOLIDAYS`]).
#[rustfmt::skip]
pub(super) const OPERATING: &[&str] = &[
    "发货", "停发", "还发", "能发", "发不发", "快递停", "营业", "开门", "开不开", "上班", "客服",
    "回消息", "放几天", "放假", "ship", "shipping", "dispatch", "post", "open", "closed",
    "order by", "last day", "in time", "reply", "opening", "opening hours",
];
/// Festivals by group, each group's names together (its first name stands for it): a buyer who
/// names one is not answered by an entry that names only another.
#[rustfmt::skip]
pub(super) const FESTIVALS: &[&[&str]] = &[
    &["春节", "过年", "年前", "年后", "除夕", "正月", "腊月", "cny", "chinese new year", "lunar new year"],
    &["国庆"],
    &["五一", "劳动节"],
    &["中秋"],
    &["端午"],
    &["元旦", "new years day", "new year"],
    &["清明"],
    // Boxing Day (St Stephen's Day in Ireland) falls in the Christmas closing.
    &["christmas", "xmas", "boxing day", "st stephens day"],
    &["hari raya"],
    &["bank holiday", "bank holidays"],
    &["easter"],
    &["thanksgiving"],
    &["labor day", "labour day"],
    &["memorial day"],
    &["fourth of july", "4th of july"],
];
/// What an entry says of the holidays in general, naming no festival: with the festivals'
/// names struck out, it speaks of any festival asked.
#[rustfmt::skip]
pub(super) const HOLIDAYS_GENERIC: &[&str] = &[
    "节假日", "法定", "假日", "holiday", "holidays", "holiday season", "festive", "public holiday",
    "public holidays",
];
/// What an entry that speaks of the holidays says.
#[rustfmt::skip]
pub(super) const HOLIDAYS_SPOKEN: &[&str] = &[
    "春节", "过年", "年前", "年后", "国庆", "五一", "中秋", "端午", "元旦", "节假日", "法定",
    "假期", "放假", "christmas", "xmas", "new year", "holiday", "holidays", "cny", "hari raya", "festive",
];

/// Buying on credit terms or under a signed contract (`账期`, `签合同`; [`MONTHLY`]).
#[rustfmt::skip]
pub(super) const CREDIT_TERMS: &[&str] = &[
    "账期", "签合同", "采购合同", "纸质合同", "net 30", "net30", "credit terms",
    "purchase order",
];
/// Settling once a month (`月结`), unless it is the end of a month (`这个月结束`) or a wedding
/// (`下个月结婚`).
pub(super) const MONTHLY: &str = "月结";

/// What an entry that speaks of credit terms or contracts says.
#[rustfmt::skip]
pub(super) const CREDIT_TERMS_SPOKEN: &[&str] = &[
    "月结", "账期", "合同", "net 30", "net30", "credit terms", "purchase order", "invoice terms",
];

/// A credit limit (`额度`): how much a payment plan or an allowance lets the buyer spend.
pub(super) const CREDIT_LIMIT: &str = "额度";

/// Pregnancy or nursing (`怀孕期间可以戴吗`, `还在喂奶 能吃吗`): whether the goods suit then is a
/// question only an entry that speaks of it answers.
#[rustfmt::skip]
pub(super) const PREGNANCY: &[&str] = &[
    "孕妇", "怀孕", "孕期", "备孕", "哺乳", "喂奶", "母乳", "pregnant", "pregnancy",
    "breastfeeding", "breast feeding",
];
/// Someone pregnant named as who is at home or who the goods are for (`家里有孕妇 …甲醛多少`,
/// `买给孕妇穿的 味道大不大`): the question is the goods' own.
pub(super) const PREGNANCY_AROUND: &[&str] = &["家里有孕妇", "家有孕妇", "给孕妇"];
/// What an entry that speaks of pregnancy or nursing says.
#[rustfmt::skip]
pub(super) const PREGNANCY_SPOKEN: &[&str] = &[
    "孕", "哺乳", "喂奶", "母乳", "pregnant", "pregnancy", "breastfeeding", "nursing",
    "expecting",
];

/// Formaldehyde given off by furniture, boards and mattresses.
pub(super) const FORMALDEHYDE: &[&str] = &["甲醛", "formaldehyde"];

/// The calories of the goods (`一盒鸭脖多少卡路里`, `how many calories in one welsh cake`): asked
/// of food shops by buyers on a diet, answered only by an entry that gives them.
#[rustfmt::skip]
pub(super) const CALORIES: &[&str] = &[
    "卡路里", "热量", "大卡", "千卡", "calorie", "kcal", "macros",
];

/// A pet brought along (`能带狗狗进店吗`, `can i bring my dog in when i pick up`): a shop's
/// pick-up, shop or booking entry says where and when, not whether animals may come.
#[rustfmt::skip]
pub(super) const PETS_ASKED: &[&str] = &[
    "带狗", "带宠物", "带猫", "狗狗能进", "狗能进", "宠物能进", "狗狗可以进", "宠物可以进",
    "bring my dog", "bring the dog", "bring our dog", "bring a dog", "bring my dogs", "bring my cat",
    "bring my pet", "bring my pup", "bring my puppy", "dog friendly", "pet friendly",
    "pets allowed", "dogs allowed", "allow dogs", "allow pets", "dogs welcome", "pets welcome",
    // Taken or carried along (`can we carry our small dog on the SGR`).
    "take my dog", "take our dog", "carry my dog", "carry our dog", "my small dog",
    "our small dog",
];

/// The days of a weekend, in Chinese and English: with a delivery after them or a day named
/// before them (`周六能送吗`, `能指定礼拜六送到吗`), the weekend delivery asked.
#[rustfmt::skip]
pub(super) const WEEKEND_DAYS: &[&str] = &[
    "周六", "周日", "周天", "周末", "礼拜六", "礼拜天", "礼拜日", "星期六", "星期天", "星期日",
];

/// What follows a weekend day when its delivery is asked (`周末能送吗`, `周六派送吗`).
#[rustfmt::skip]
pub(super) const DELIVERED_THEN: &[&str] = &[
    "送", "能送", "可以送", "会送", "派送", "配送", "能派", "派件", "有派送",
];

/// What comes before a weekend day when its delivery is asked (`能指定周六送到吗`).
pub(super) const DAY_NAMED: &[&str] = &["指定", "约"];

/// English weekend delivery asked (`does purolator deliver on saturdays`, `is saturday delivery a
/// thing`).
#[rustfmt::skip]
pub(super) const WEEKEND_DELIVERY_EN: &[&str] = &[
    "deliver on saturday", "deliver on saturdays", "deliver on a saturday", "deliver on sunday",
    "deliver on sundays", "deliver on a sunday", "deliver on weekends", "deliver on the weekend",
    "deliver at the weekend", "deliver on a weekend", "deliver saturdays", "deliver sundays",
    "deliver on weekend", "saturday delivery", "sunday delivery", "weekend delivery",
    "saturday deliveries", "weekend deliveries",
];

/// What an entry that speaks of weekend delivery says.
#[rustfmt::skip]
pub(super) const WEEKEND_SPOKEN: &[&str] = &[
    "周六", "周日", "周天", "周末", "礼拜", "星期六", "星期天", "星期日", "saturday", "saturdays",
    "sunday", "sundays", "weekend", "weekends", "sat", "sun",
];

/// A place to charge an electric car asked (`你们停车场有充电桩么 特斯拉`, `any EV chargers at the
/// parking lot?`): a parking or location entry says where to park, not whether a car can charge.
/// A charger bought or made is a shop's goods, and asked otherwise (`充电桩控制板`).
#[rustfmt::skip]
pub(super) const EV_CHARGING_ASKED: &[&str] = &[
    "有充电桩", "有没有充电桩", "充电桩吗", "充电桩么", "充电桩不", "ev charger", "ev chargers",
    "ev charging", "charging point", "charging points", "charging station", "charging stations",
    "charge my ev", "charge my tesla", "charge the car", "charge my car",
];

/// What an entry that speaks of charging an electric car says.
#[rustfmt::skip]
pub(super) const EV_CHARGING_SPOKEN: &[&str] = &[
    "充电桩", "充电", "charger", "chargers", "charging", "ev",
];

/// Whether the goods are halal or kosher (`羊肉泡馍是清真的吗`, `are your mutton pies halal?`, `is the
/// beef kosher?`): a product entry says what is in it and how to cook it, not whether it is halal.
pub(super) const HALAL: &[&str] = &["halal", "清真", "kosher"];

/// What an entry that speaks of halal food says.
#[rustfmt::skip]
pub(super) const HALAL_SPOKEN: &[&str] = &[
    "halal", "清真", "回民", "穆斯林", "muslim", "muslims", "pork", "猪肉", "猪油", "lard", "kosher",
];

/// Whether the goods are organic (`is the dulse organic`, `沁州黄小米有有机认证没`): a product entry
/// says what it is, not how it is certified. `有机` alone is also in `有机肥` (a fertiliser) and
/// `只有机滤` (only an oil filter).
#[rustfmt::skip]
pub(super) const ORGANIC_ASKED: &[&str] = &[
    "organic", "有机认证", "有机的", "是有机", "有机食品", "有机产品",
];

/// What an entry that speaks of organic goods says.
pub(super) const ORGANIC_SPOKEN: &[&str] = &["organic", "有机"];

/// A special VAT invoice (`能开专票不`, `增值税专用发票能开吗`), which a company deducts tax with: an
/// invoice entry that speaks only of ordinary invoices does not say whether the shop issues one.
pub(super) const SPECIAL_INVOICE: &[&str] = &["专票", "专用发票", "增值税专"];

/// What an entry that speaks of pets says.
#[rustfmt::skip]
pub(super) const PETS_SPOKEN: &[&str] = &[
    "狗", "宠物", "猫", "动物", "dog", "dogs", "pet", "pets", "puppy", "puppies", "cat", "cats",
    "animal", "animals",
];

/// Taking the goods on a plane or a train (`能带上飞机吗`, `滑板车能带上地铁吗`, `in my carry-on`);
/// `托运` alone is also freight by road, and is left out.
#[rustfmt::skip]
pub(super) const ON_BOARD: &[&str] = &[
    "带上飞机", "带上高铁", "带上地铁", "带上火车", "上飞机", "过安检", "坐飞机", "登机",
    "carry on", "on a plane", "on the plane", "on a flight", "on the flight", "hand luggage",
    "cabin bag",
];
/// What an entry that speaks of travelling with the goods says.
#[rustfmt::skip]
pub(super) const ON_BOARD_SPOKEN: &[&str] = &[
    "飞机", "高铁", "地铁", "火车", "航空", "安检", "登机", "plane", "flight", "flights",
    "airline", "airlines", "carry on", "luggage", "aircraft", "faa",
];

/// Discounts named (with [`STACKING`], asked together: `以旧换新的减免能跟店铺满减券一起用吗`).
#[rustfmt::skip]
pub(super) const DISCOUNTS: &[&str] = &[
    "券", "优惠卷", "满减", "折扣", "红包", "补贴", "减免", "积分", "会员价", "优惠", "coupon",
    "coupons", "voucher", "vouchers", "code", "codes", "discount", "discounts", "credit",
    "points", "promo",
];
/// What an entry that speaks of combining discounts says.
#[rustfmt::skip]
pub(super) const STACKING_SPOKEN: &[&str] = &[
    "叠加", "一起用", "同时用", "同享", "同时享", "不能和", "不能与", "不可与", "不与", "不同时",
    "只能用一", "只能使用一", "每单限用", "together", "stack", "stacked", "stackable", "combine",
    "combined", "one code per", "one per order", "cannot be used with", "cant be used with",
    "only one", "one code", "two codes", "2 codes", "两张券", "只能用一张", "只能用一个",
];

/// A credit check by a payment plan (`does klarna do a hard credit check`, `分期查征信吗`): asked
/// and spoken of in the same words.
#[rustfmt::skip]
pub(super) const CREDIT_CHECK: &[&str] = &[
    "credit check", "credit pull", "hard pull", "soft pull", "hard check", "soft check",
    "credit score", "征信",
];

/// Work at the shop asked for (`你们招不招兼职`, `are u hiring?`, `any jobs going`): asked and, with
/// [`WORK_SPOKEN`], spoken of. Not `hiring` alone, which is renting in British English (`the cost
/// of hiring a kilt`).
#[rustfmt::skip]
pub(super) const WORK_ASKED: &[&str] = &[
    "招人", "招不招", "招兼职", "招客服", "招聘", "招主播", "招导游", "兼职", "暑假工", "打暑假工",
    "are you hiring", "are u hiring", "r u hiring", "you hiring", "u hiring", "yall hiring",
    "unnu hiring", "guys hiring", "all hiring", "hiring po", "hiring riders", "hiring at all",
    "jobs going", "part time job", "saturday job", "casual shifts", "looking for work",
    "internship", "job opening", "vacancies", "vacancy",
];
/// What an entry that speaks of work at the shop says.
#[rustfmt::skip]
pub(super) const WORK_SPOKEN: &[&str] = &[
    "招聘", "招人", "兼职", "简历", "hiring", "careers", "vacancies", "vacancy", "resume", "cv",
    "join our team", "jobs",
];

/// Where to eat, stay or go near somewhere (with [`AMENITIES`], the area asked about, not the
/// shop: `华强北附近有啥好吃的`, `nearby got nice char koay teow?`).
#[rustfmt::skip]
pub(super) const NEARBY: &[&str] = &[
    "附近", "周边", "周围", "哪里有", "哪里", "哪儿", "哪家", "nearby", "near here", "around here",
    "in the area",
];
/// Places to eat, stay or visit.
#[rustfmt::skip]
pub(super) const AMENITIES: &[&str] = &[
    "好吃的", "好住的", "好玩的", "饭店", "餐厅", "火锅店", "早茶", "酒店", "住宿", "景点", "好食",
    "restaurant", "restaurants", "places to eat", "place to eat", "somewhere to eat",
    "good food", "hotel", "hotels", "place to stay", "places to stay", "things to do",
    "char koay teow",
];
/// What an entry that speaks of the places around the shop says.
#[rustfmt::skip]
pub(super) const AMENITIES_SPOKEN: &[&str] = &[
    "附近", "周边", "美食", "餐厅", "饭店", "酒店", "住宿", "景点", "nearby", "restaurant",
    "restaurants", "hotel", "hotels", "attractions",
];
