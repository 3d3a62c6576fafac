//! Which questions ask an edge of a policy, and which entries speak of it.

use super::*;
use owldesk_domain::FaqId;
use proptest::prelude::*;
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
#[case::en_stacked(
    "can i stack the student discount with a sale code",
    Some(Edge::Stacked)
)]
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
#[case::shipping_insurance("退货的话 我买了运费险 能用上吗", Some(Edge::ShippingInsurance))]
#[case::dishwasher("保温杯能进洗碗机吗", Some(Edge::Dishwasher))]
#[case::en_dishwasher("is the lunch box dishwasher safe", Some(Edge::Dishwasher))]
#[case::test_report("奶瓶有检测报告没 想看看", Some(Edge::TestReport))]
#[case::en_lab_results("where can i see the lab results for my batch", Some(Edge::TestReport))]
#[case::en_label_is_no_lab("is the label in english", None)]
#[case::taken_back("旧的充电宝你们回收不", Some(Edge::TakenBack))]
#[case::en_recycled("can the tins be recycled", None)]
#[case::en_recycling("do you take the tins back for recycling", Some(Edge::TakenBack))]
#[case::spring_festival("春节期间还发货吗", Some(Edge::Holiday(Some("春节"))))]
#[case::en_christmas_hours(
    "what are ye're christmas opening hours",
    Some(Edge::Holiday(Some("christmas")))
)]
#[case::en_easter(
    "are y'all open Easter Sunday? want to come after la misa",
    Some(Edge::Holiday(Some("easter")))
)]
#[case::en_labor_day(
    "is Kennywood open on labor day",
    Some(Edge::Holiday(Some("labor day")))
)]
#[case::en_christmas(
    "whats the last day to order for christmas",
    Some(Edge::Holiday(Some("christmas")))
)]
#[case::holiday_as_a_time("想过年送人 礼盒有几种", None)]
#[case::en_holiday_away("can i pause my box while im away on holiday", None)]
#[case::monthly_settlement("公司采购能月结吗", Some(Edge::CreditTerms))]
#[case::contract("要签采购合同 能盖公章吗", Some(Edge::CreditTerms))]
#[case::wedding_next_month("下个月结婚 想订喜糖", None)]
#[case::end_of_month("这个月结束前能到吗", None)]
#[case::credit_limit("先用后付额度有多少", Some(Edge::CreditLimit))]
#[case::credit_check("does afterpay do a credit check", Some(Edge::CreditCheck))]
#[case::credit_check_zh("分期付款会查征信吗", Some(Edge::CreditCheck))]
#[case::credit_card_only("can i pay by credit card", None)]
#[case::pregnant("怀孕五个月了 能喝点白茶吗", Some(Edge::Pregnancy))]
#[case::en_breastfeeding("is the serum safe while breastfeeding", Some(Edge::Pregnancy))]
#[case::pregnant_at_home("家里有孕妇 衣柜味道大吗", None)]
#[case::bought_for_pregnant("买给孕妇穿的 味道大不大", None)]
#[case::formaldehyde("餐桌那个盖板有没有甲醛", Some(Edge::Formaldehyde))]
#[case::calories("一份凉面大概多少卡路里", Some(Edge::Calories))]
#[case::pets("周末能带狗狗一起来店里吗", Some(Edge::Pets))]
#[case::weekend_delivery("韵达礼拜天派送吗 工作日我不在家", Some(Edge::WeekendDelivery))]
#[case::weekend_named("能指定下周日送到吗", Some(Edge::WeekendDelivery))]
#[case::weekend_en(
    "will fedex deliver on a saturday out here",
    Some(Edge::WeekendDelivery)
)]
#[case::weekend_by("周六之前能送到吗 急用", None)]
#[case::pets_en("is the cafe dog friendly? we have a small spaniel", Some(Edge::Pets))]
#[case::calories_en(
    "how many calories in a slice of the carrot cake",
    Some(Edge::Calories)
)]
#[case::on_the_metro("滑板车能带上地铁吗", Some(Edge::OnBoard))]
#[case::en_carry_on("can I take a jar in my carry-on", Some(Edge::OnBoard))]
#[case::freight_by_road("沙发走物流托运吗", None)]
#[case::stacked("以旧换新的减免能跟店铺满减券一起用吗", Some(Edge::Stacked))]
#[case::en_codes_stacked("can i stack two discount codes", Some(Edge::Stacked))]
#[case::en_shipped_together("can you ship the two orders together", None)]
#[case::coupon_run_out("满减券过期了 能帮我延期吗", Some(Edge::ExpiredCoupon))]
#[case::en_voucher_run_out(
    "my voucher expired yesterday, can you extend it",
    Some(Edge::ExpiredCoupon)
)]
#[case::coupon_lifetime("优惠券有效期多久 会不会过期", Some(Edge::Expiry))]
#[case::work_asked("你们招不招兼职 暑假有空", Some(Edge::Work))]
#[case::en_work_asked("are you hiring? i can pack boxes", Some(Edge::Work))]
#[case::en_hire_a_kilt("how much is hiring a kilt for the weekend", None)]
#[case::food_nearby("你们店附近有啥好吃的 推荐一下", Some(Edge::Nearby))]
#[case::en_hotels_nearby("any good hotels nearby? coming for the fitting", Some(Edge::Nearby))]
#[case::menu_asked("第一次点 有啥好吃的推荐", None)]
#[case::store_nearby("附近有你们的门店吗", None)]
#[case::points_expiry("积分会过期吗 攒了好久", Some(Edge::Expiry))]
#[case::en_credits_expiry("do the credits expire", Some(Edge::Expiry))]
#[case::points_spent("积分怎么用", None)]
#[case::ev_charging("民宿停车场有充电桩吗 开的电车", Some(Edge::EvCharging))]
#[case::en_ev_charging("any ev chargers near the dock?", Some(Edge::EvCharging))]
#[case::charger_goods("我们是做充电桩控制板的 能配bom吗", None)]
#[case::pets_taken("can we take our dog on the boat", Some(Edge::Pets))]
#[case::warranty_passed_on("保固可以转给下一个车主吗", Some(Edge::PassedOn))]
#[case::halal("羊肉泡馍是清真的吗 我们是回民", Some(Edge::Halal))]
#[case::en_halal("are the beef pies halal?", Some(Edge::Halal))]
#[case::en_lost_certificate(
    "lost the certificate of my ring, can i get a duplicate",
    Some(Edge::LostDocument)
)]
#[case::special_invoice("公司要报销 能开增值税专用发票不", Some(Edge::SpecialInvoice))]
#[case::special_invoice_short("能开专票不 我们财务非要专票", Some(Edge::SpecialInvoice))]
#[case::ordinary_invoice("能开发票吗 个人抬头", None)]
#[case::kosher("is the beef kosher?", Some(Edge::Halal))]
#[case::organic("is the dulse organic", Some(Edge::Organic))]
#[case::organic_certified("沁州黄小米有有机认证没", Some(Edge::Organic))]
#[case::organic_fertiliser("羊粪有机肥能给寄不 运费咋算", None)]
#[case::oil_filter("套餐里只有机滤跟空滤", None)]
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
#[case::insured(Edge::ShippingInsurance, "下单赠送运费险，退货时自动理赔", true)]
#[case::return_postage(Edge::ShippingInsurance, "退货运费由买家承担", false)]
#[case::dishwasher_safe(Edge::Dishwasher, "可以放洗碗机，上层即可", true)]
#[case::hand_wash(Edge::Dishwasher, "用温水和中性洗洁精清洗", false)]
#[case::tested(Edge::TestReport, "每批都送第三方检测，报告可以发您", true)]
#[case::en_labelled(Edge::TestReport, "Every jar is labelled with its batch code", false)]
#[case::buy_back(Edge::TakenBack, "黄金回收按当天金价扣10元每克", true)]
#[case::trade_in(Edge::TakenBack, "以旧换新可抵200元", true)]
#[case::no_taking_back(Edge::TakenBack, "电池保修一年", false)]
#[case::bank_holidays_for_christmas(
    Edge::Holiday(Some("christmas")),
    "Bank holidays 12:00 to 16:00",
    false
)]
#[case::christmas_named(
    Edge::Holiday(Some("christmas")),
    "Closed Christmas Day and St Stephen's Day",
    true
)]
#[case::holidays_in_general(
    Edge::Holiday(Some("国庆")),
    "周末和节假日照常接体 只有春节除夕下午休息",
    true
)]
#[case::another_festival(Edge::Holiday(Some("国庆")), "春节期间腊月二十五停发", false)]
#[case::boxing_day_in_christmas(Edge::Holiday(Some("christmas")), "Closed on Boxing Day", true)]
#[case::festival_dates(Edge::Holiday(None), "春节期间腊月二十五停发，正月初八恢复", true)]
#[case::weekdays(Edge::Holiday(None), "周一到周六发货，周日休息", false)]
#[case::monthly_terms(Edge::CreditTerms, "长期合作客户可以月结，需签合同", true)]
#[case::transfer_only(Edge::CreditTerms, "支持对公转账，可开专票", false)]
#[case::limit_stated(Edge::CreditLimit, "先用后付额度由平台评估", true)]
#[case::plan_only(Edge::CreditLimit, "支持先用后付，确认收货后再付款", false)]
#[case::check_stated(
    Edge::CreditCheck,
    "Klarna runs a soft check that does not affect your credit score",
    true
)]
#[case::plan_named_only(Edge::CreditCheck, "We take Klarna and Afterpay at checkout", false)]
#[case::pregnancy_spoken(Edge::Pregnancy, "孕期和哺乳期建议先咨询医生", true)]
#[case::ingredients_only(Edge::Pregnancy, "配料只有坚果和果干，无添加", false)]
#[case::formaldehyde_stated(Edge::Formaldehyde, "板材E0级，甲醛释放量≤0.05mg", true)]
#[case::calories_stated(Edge::Calories, "每份约 420 大卡，营养表印在包装背面", true)]
#[case::calories_unstated(Edge::Calories, "低糖款用代糖，甜度是普通款的一半", false)]
#[case::ev_charging_stated(Edge::EvCharging, "停车场有两个慢充充电桩，免费使用", true)]
#[case::ev_charging_unstated(Edge::EvCharging, "门口有6个免费车位，先到先得", false)]
#[case::halal_stated(Edge::Halal, "All our meat is halal certified by HMC.", true)]
#[case::halal_unstated(
    Edge::Halal,
    "Mutton pies are made fresh daily with hot water crust.",
    false
)]
#[case::pets_stated(Edge::Pets, "Well-behaved dogs are welcome on the pontoons.", true)]
#[case::weekend_stated(Edge::WeekendDelivery, "顺丰周末正常派送，偏远地区除外", true)]
#[case::weekend_unstated(
    Edge::WeekendDelivery,
    "Express Post arrives in 1-2 business days.",
    false
)]
#[case::pets_unstated(
    Edge::Pets,
    "Pick up at the counter from 7am, bring your order number.",
    false
)]
#[case::flight_rules(Edge::OnBoard, "充电宝20000mAh以下可以带上飞机，不能托运", true)]
#[case::folding_only(Edge::OnBoard, "折叠后尺寸80×40cm，重12kg", false)]
#[case::one_code(Edge::Stacked, "Only one code can be used per order", true)]
#[case::coupon_where(Edge::Stacked, "首页领取店铺券，下单自动抵扣", false)]
#[case::expiry_spoken(Edge::ExpiredCoupon, "优惠券过期自动失效，不补发", true)]
#[case::coupon_how(Edge::ExpiredCoupon, "首页领取，下单自动抵扣", false)]
#[case::jobs_spoken(Edge::Work, "招聘信息见公众号，简历发邮箱", true)]
#[case::shop_only(Edge::Work, "我们是一家小店，夫妻两人打理", false)]
#[case::area_spoken(Edge::Nearby, "门店附近有地铁站和几家餐厅", true)]
#[case::address_only(Edge::Nearby, "地址：华强北路1号2楼", false)]
#[case::validity_spoken(Edge::Expiry, "积分有效期到次年12月31日", true)]
#[case::points_rate(Edge::Expiry, "每消费1元得1积分，100积分兑5元券", false)]
#[case::special_invoice_stated(
    Edge::SpecialInvoice,
    "可以开普票和增值税专票，专票请提供公司名称、税号、地址电话和开户行账号。",
    true
)]
#[case::special_invoice_unstated(
    Edge::SpecialInvoice,
    "可以开电子普通发票，下单时备注抬头和税号。",
    false
)]
#[case::organic_stated(Edge::Organic, "Our honey is certified organic by BioGro.", true)]
#[case::organic_unstated(
    Edge::Organic,
    "Dulse is a dried seaweed from the Antrim coast.",
    false
)]
#[case::kosher_stated(Edge::Halal, "Our syrup is certified kosher by the OU.", true)]
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

/// Words the edges read, and filler, for [`the_triggers_lose_no_edge`].
const PIECES: &[&str] = &[
    "券",
    "转给",
    "朋友",
    "自提",
    "帮我拿",
    "退货",
    "logo",
    "到付",
    "免息",
    "学生价",
    "过保",
    "丢了",
    "证书",
    "补",
    "发票",
    "去年",
    "还能开",
    "日期",
    "停车",
    "运费险",
    "洗碗机",
    "检测报告",
    "回收",
    "春节",
    "发货",
    "月结",
    "下个月结婚",
    "额度",
    "怀孕",
    "家里有孕妇",
    "甲醛",
    "带上飞机",
    "能",
    "吗",
    "我",
    " ",
    "student",
    "discount",
    "together",
    "can i",
    "transfer",
    "points",
    "to my",
    "sister",
    "christmas",
    "last day",
    "recycling",
    "dishwasher",
    "lab results",
    "carry on",
];

proptest! {
    /// The one-pass look for a trigger word skips only messages no edge could be asked in.
    #[test]
    fn the_triggers_lose_no_edge(picks in prop::collection::vec(0..PIECES.len(), 0..8)) {
        let text: String = picks.iter().map(|&i| PIECES[i]).collect();
        prop_assert_eq!(asked(&text), asked_in_full(&text), "{:?}", text);
    }
}
