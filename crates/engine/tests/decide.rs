//! The decision pipeline end to end, through the crate's public API, on a small shop.

use std::collections::BTreeMap;

use owldesk_domain::{
    Action, Condition, EscalationReason, FaqEntry, FaqId, MessageKind, Mood, Order, OrderStatus,
    Priority, Rule, RuleAction, RuleEvent, Thresholds,
};
use owldesk_engine::{ConversationView, Incoming, Knowledge, ShopProfile, decide};
use rstest::rstest;

fn entry(id: &str, question: &str, paraphrases: &[&str], answer: &str) -> FaqEntry {
    FaqEntry {
        id: id.into(),
        question: question.into(),
        paraphrases: paraphrases.iter().map(|p| (*p).into()).collect(),
        answer: answer.into(),
        variants: BTreeMap::new(),
        tags: vec![],
        enabled: true,
    }
}

fn faq() -> Vec<FaqEntry> {
    let mut ship = entry(
        "ship_time",
        "什么时候发货?",
        &["几天发货", "多久能发出", "when do you ship"],
        "{shop.name}付款后48小时内发货哦~",
    );
    ship.variants.insert(
        OrderStatus::Shipped,
        "已经发出啦,{order.carrier}单号 {order.tracking_no}".into(),
    );
    let mut retired = entry("old_sale", "双十一活动还有吗", &[], "活动已结束");
    retired.enabled = false;
    vec![
        ship,
        entry(
            "return_policy",
            "能退货吗?",
            &["支持七天无理由吗", "可以退吗", "can I return it"],
            "未拆封7天内可以无理由退货哦~",
        ),
        entry(
            "colors",
            "有哪些颜色?",
            &["有几个色号", "what colors do you have"],
            "一共9个颜色~",
        ),
        entry(
            "foam_usage",
            "泡泡染怎么用?",
            &[],
            "按压出泡沫,像洗头一样揉匀~",
        ),
        entry("cream_usage", "染发膏怎么用?", &[], "用梳子涂抹均匀~"),
        retired,
    ]
}

fn shop() -> ShopProfile {
    ShopProfile {
        name: "小猫染发".into(),
        greeting: "亲,您好!有什么可以帮您?".into(),
    }
}

fn knowledge(rules: Vec<Rule>) -> Knowledge {
    Knowledge::build(faq(), shop(), rules, Thresholds::default())
}

fn now() -> jiff::Timestamp {
    "2026-11-21T03:00:00+08:00".parse().unwrap()
}

fn shipped() -> Order {
    Order {
        id: "240101-42".into(),
        status: OrderStatus::Shipped,
        tracking_no: Some("ZT123".into()),
        carrier: Some("中通".into()),
        items: vec![],
    }
}

fn ask(k: &Knowledge, text: &str, kind: MessageKind) -> owldesk_domain::Decision {
    decide(
        k,
        &ConversationView::default(),
        &Incoming { text, kind },
        now(),
    )
}

#[rstest]
#[case::zai_ma("在吗", Action::Greet, None, None)]
#[case::thanks("好的 谢谢亲", Action::Greet, None, None)]
#[case::thumbs_up("👍", Action::Greet, None, None)]
#[case::yes_right("对的", Action::Greet, None, None)]
#[case::nothing_else("没有了，谢谢", Action::Greet, None, None)]
#[case::greeting_then_question("在吗 什么时候发货呀", Action::Answer, Some("ship_time"), None)]
#[case::slang_and_full_width("亲 几天发货？？", Action::Answer, Some("ship_time"), None)]
#[case::traditional("能退貨嗎", Action::Answer, Some("return_policy"), None)]
#[case::english("When do you ship?", Action::Answer, Some("ship_time"), None)]
#[case::policy_question_goes_to_the_faq("可以退吗", Action::Answer, Some("return_policy"), None)]
#[case::return_request("我要退货", Action::Escalate, None, Some(EscalationReason::AfterSale))]
#[case::damaged(
    "收到是坏的",
    Action::Escalate,
    None,
    Some(EscalationReason::AfterSale)
)]
#[case::en_refund(
    "I want a refund",
    Action::Escalate,
    None,
    Some(EscalationReason::AfterSale)
)]
#[case::human("转人工", Action::Escalate, None, Some(EscalationReason::Human))]
#[case::typed_pinyin_human(
    "zhuan ren gong",
    Action::Escalate,
    None,
    Some(EscalationReason::Human)
)]
#[case::en_human(
    "can I talk to a real person",
    Action::Escalate,
    None,
    Some(EscalationReason::Human)
)]
#[case::bad_review(
    "再不发货就差评",
    Action::Escalate,
    None,
    Some(EscalationReason::Anger)
)]
#[case::complaint("我要投诉你们", Action::Escalate, None, Some(EscalationReason::Anger))]
#[case::a_fault_reported(
    "收到的卫衣袖子上有个破洞",
    Action::Escalate,
    None,
    Some(EscalationReason::AfterSale)
)]
#[case::a_fault_and_a_grievance(
    "收到的卫衣袖子上有个破洞 什么破质量 差评",
    Action::Escalate,
    None,
    Some(EscalationReason::Anger)
)]
#[case::another_shops_story_is_no_report(
    "可以退吗 上次在别家买的到了就碎了",
    Action::Answer,
    Some("return_policy"),
    None
)]
#[case::unknown(
    "你们老板多大了",
    Action::Escalate,
    None,
    Some(EscalationReason::Unknown)
)]
#[case::disabled_entry_never_answers(
    "双十一活动还有吗",
    Action::Escalate,
    None,
    Some(EscalationReason::Unknown)
)]
#[case::empty("  ", Action::Ignore, None, None)]
fn decides(
    #[case] text: &str,
    #[case] action: Action,
    #[case] faq: Option<&str>,
    #[case] reason: Option<EscalationReason>,
) {
    let d = ask(&knowledge(vec![]), text, MessageKind::Text);
    assert_eq!(
        (d.action, d.faq_id.as_ref().map(FaqId::as_str), d.reason),
        (action, faq, reason),
        "{text:?}: {:#?}",
        d.trace
    );
}

/// A bare yes or no answers something said before: it is never matched against the FAQ (`有`
/// is in `有哪些颜色`), and a person reads the conversation.
#[rstest]
#[case::no("没有")]
#[case::not_so("不是的")]
#[case::have("有吗?")]
#[case::en_no("no")]
fn a_bare_reply_goes_to_a_person(#[case] text: &str) {
    let d = ask(&knowledge(vec![]), text, MessageKind::Text);
    assert_eq!(
        (d.action, d.reason),
        (Action::Escalate, Some(EscalationReason::Unknown)),
        "{text:?}"
    );
    assert!(
        d.trace.fired.iter().any(|f| f == "intent:bare_reply"),
        "{text:?}: {:?}",
        d.trace.fired
    );
}

#[rstest]
#[case::image_with_a_question(MessageKind::Image, "什么时候发货")]
#[case::video_alone(MessageKind::Video, "")]
#[case::file(MessageKind::File, "看看这个")]
fn media_always_goes_to_a_person(#[case] kind: MessageKind, #[case] text: &str) {
    let d = ask(&knowledge(vec![]), text, kind);
    assert_eq!(d.action, Action::Escalate, "{kind:?} with {text:?}");
    assert_eq!(
        d.reason,
        Some(EscalationReason::Media),
        "the text part is not read"
    );
    assert_eq!(d.trace.fired, ["guard:media"]);
}

#[test]
fn the_answer_is_the_variant_for_the_order_status_filled() {
    let k = knowledge(vec![]);
    let order = shipped();
    let conv = ConversationView {
        order: Some(&order),
        ..ConversationView::default()
    };
    let d = decide(
        &k,
        &conv,
        &Incoming {
            text: "几天发货",
            kind: MessageKind::Text,
        },
        now(),
    );
    assert_eq!(
        d.reply.as_deref(),
        Some("已经发出啦,中通单号 ZT123"),
        "{d:#?}"
    );

    let d = ask(&k, "几天发货", MessageKind::Text);
    assert_eq!(
        d.reply.as_deref(),
        Some("小猫染发付款后48小时内发货哦~"),
        "without an order: the plain answer, shop name filled"
    );
}

#[test]
fn the_trace_explains_the_decision() {
    let d = ask(&knowledge(vec![]), "亲 几天发货!!!", MessageKind::Text);
    assert_eq!(d.trace.normalized, "几天发货");
    assert!(
        d.trace.tokens.iter().any(|t| t == "发货"),
        "{:?}",
        d.trace.tokens
    );
    assert_eq!(d.trace.candidates[0].faq_id.as_str(), "ship_time");
    assert_eq!(
        d.trace.candidates[0].matched, "几天发货",
        "the paraphrase that matched"
    );
    assert_eq!(
        d.confidence, d.trace.candidates[0].confidence,
        "confidence is the top candidate's"
    );
    assert!(
        d.confidence >= Thresholds::default().answer,
        "an exact paraphrase is confident"
    );
    assert_eq!(
        d.trace.mood,
        Mood::Calm,
        "three exclamation marks alone are not anger"
    );
    assert_eq!(d.trace.mood_cues, ["exclaim:!!!"], "but they are a cue");
}

#[test]
fn upset_buyers_are_read_with_their_cues() {
    let d = ask(&knowledge(vec![]), "什么垃圾东西 骗子", MessageKind::Text);
    assert_eq!(d.reason, Some(EscalationReason::Anger));
    assert_eq!(d.trace.fired, ["guard:anger"]);
    assert_eq!(d.trace.mood, Mood::Upset);
    assert!(d.trace.mood_score >= 0.5, "{}", d.trace.mood_score);
    assert_eq!(d.trace.mood_cues, ["insult:垃圾", "insult:骗子"]);
}

fn rule(name: &str, conditions: Vec<Condition>, action: RuleAction) -> Rule {
    Rule {
        id: name.into(),
        name: name.into(),
        event: RuleEvent::MessageReceived,
        conditions,
        actions: vec![action],
        enabled: true,
    }
}

#[test]
fn rules_fire_before_guards() {
    let allergy = rule(
        "allergy",
        vec![Condition::TextContainsAny {
            words: vec!["过敏".into()],
        }],
        RuleAction::Escalate {
            priority: Priority::Urgent,
        },
    );
    let d = ask(
        &knowledge(vec![allergy]),
        "什么垃圾 用了过敏了",
        MessageKind::Text,
    );
    assert_eq!(
        d.reason,
        Some(EscalationReason::Rule),
        "the shop's rule decides: {d:#?}"
    );
    assert_eq!(d.rule.as_deref(), Some("allergy"));
    assert_eq!(
        d.trace.fired,
        ["rule:allergy"],
        "no guard ran after the rule"
    );
    assert_eq!(
        d.trace.mood,
        Mood::Upset,
        "the mood is still read for the inbox"
    );
}

#[test]
fn an_answer_rule_skips_the_guards() {
    let photos_ok = rule(
        "photos of colours are fine",
        vec![Condition::KindIn {
            kinds: vec![MessageKind::Image],
        }],
        RuleAction::Answer,
    );
    let d = ask(
        &knowledge(vec![photos_ok]),
        "有哪些颜色",
        MessageKind::Image,
    );
    assert_eq!(d.action, Action::Answer, "{d:#?}");
    assert_eq!(d.faq_id.as_ref().map(FaqId::as_str), Some("colors"));
    assert_eq!(d.trace.fired, ["rule:photos of colours are fine"]);
}

#[test]
fn a_rule_on_order_status_and_mood() {
    let upset_after_shipping = rule(
        "upset after shipping",
        vec![
            Condition::OrderStatusIn {
                statuses: vec![OrderStatus::Shipped],
            },
            Condition::MoodIs { mood: Mood::Upset },
        ],
        RuleAction::Escalate {
            priority: Priority::Urgent,
        },
    );
    let k = knowledge(vec![upset_after_shipping]);
    let order = shipped();
    let conv = ConversationView {
        order: Some(&order),
        ..ConversationView::default()
    };
    let msg = Incoming {
        text: "垃圾快递 骗子",
        kind: MessageKind::Text,
    };
    assert_eq!(
        decide(&k, &conv, &msg, now()).reason,
        Some(EscalationReason::Rule)
    );
    let calm = Incoming {
        text: "几天发货",
        kind: MessageKind::Text,
    };
    assert_eq!(
        decide(&k, &conv, &calm, now()).action,
        Action::Answer,
        "a calm buyer passes"
    );
}

#[test]
fn a_held_conversation_is_ignored_with_a_draft() {
    let k = knowledge(vec![]);
    let conv = ConversationView {
        held_by_person: true,
        ..ConversationView::default()
    };
    let d = decide(
        &k,
        &conv,
        &Incoming {
            text: "几天发货",
            kind: MessageKind::Text,
        },
        now(),
    );
    assert_eq!(d.action, Action::Ignore, "a person owns it");
    assert_eq!(d.reply, None, "nothing is sent");
    assert_eq!(
        d.draft.as_deref(),
        Some("小猫染发付款后48小时内发货哦~"),
        "the person gets a draft"
    );
    assert!(
        d.trace
            .notes
            .iter()
            .any(|n| n == "a person owns this conversation"),
        "{:?}",
        d.trace
    );
}

#[test]
fn an_escalation_carries_a_draft_when_an_entry_is_close() {
    let d = ask(&knowledge(vec![]), "我要退货 能退吗", MessageKind::Text);
    assert_eq!(d.reason, Some(EscalationReason::AfterSale));
    assert_eq!(
        d.draft.as_deref(),
        Some("未拆封7天内可以无理由退货哦~"),
        "{d:#?}"
    );
}

#[rstest]
#[case::chinese("怎么用", "回复序号")]
#[case::english("how do I use it", "Reply with its number")]
fn two_plausible_answers_ask_which_in_the_buyers_language(
    #[case] text: &str,
    #[case] phrase: &str,
) {
    let mut faq = faq();
    faq.push(entry(
        "use_en_foam",
        "how to use the foam",
        &[],
        "Pump and lather.",
    ));
    faq.push(entry(
        "use_en_cream",
        "how to use the cream",
        &[],
        "Comb it through.",
    ));
    let k = Knowledge::build(faq, shop(), vec![], Thresholds::default());
    let d = ask(&k, text, MessageKind::Text);
    assert_eq!(d.action, Action::Clarify, "{text:?}: {:#?}", d.trace);
    assert!(
        (2..=3).contains(&d.offered.len()),
        "offers two or three: {:?}",
        d.offered
    );
    let reply = d.reply.unwrap();
    assert!(reply.contains(phrase), "{reply}");
    assert!(
        reply.contains("\n1. ") && reply.contains("\n2. "),
        "numbered: {reply}"
    );
}

/// A generic clause the two usage entries both fit (`怎么用`), set after a message the FAQ knows
/// nothing of, is no ambiguity between them: the buyer asked about something else.
#[test]
fn a_small_clause_two_entries_fit_is_no_reason_to_ask_which() {
    let k = knowledge(vec![]);
    let text = "外婆留下那台蝴蝶牌老缝纫机 踏板梭芯都是原装的 怎么用";
    let d = ask(&k, text, MessageKind::Text);
    assert_eq!(d.action, Action::Escalate, "{text:?}: {:#?}", d.trace);
    assert_eq!(d.reason, Some(EscalationReason::Unknown));
}

#[rstest]
#[case::number("2", "cream_usage")]
#[case::ordinal("第一个", "foam_usage")]
#[case::english("the second one", "cream_usage")]
#[case::names_one_clearly("染发膏", "cream_usage")]
fn a_reply_to_a_clarifying_question_picks_an_offered_entry(#[case] text: &str, #[case] want: &str) {
    let k = knowledge(vec![]);
    let offered: Vec<FaqId> = vec!["foam_usage".into(), "cream_usage".into()];
    let conv = ConversationView {
        offered: &offered,
        ..ConversationView::default()
    };
    let d = decide(
        &k,
        &conv,
        &Incoming {
            text,
            kind: MessageKind::Text,
        },
        now(),
    );
    assert_eq!(d.action, Action::Answer, "{text:?}: {:#?}", d.trace);
    assert_eq!(d.faq_id.as_ref().map(FaqId::as_str), Some(want));
}

#[test]
fn a_number_without_an_open_question_is_not_a_pick() {
    let d = ask(&knowledge(vec![]), "2", MessageKind::Text);
    assert_ne!(d.action, Action::Answer, "nothing was offered: {d:#?}");
}

#[test]
fn knowledge_keeps_disabled_entries_for_lookup() {
    let k = knowledge(vec![]);
    assert_eq!(k.faq().len(), 6);
    assert!(k.entry(&"old_sale".into()).is_some_and(|e| !e.enabled));
    assert_eq!(k.thresholds(), Thresholds::default());
}

/// A calm request to cancel, and nothing else, is answered by a shop whose FAQ explains
/// cancelling; a shop without such an entry hands it to a person, and a cancellation that comes
/// with a refund or a fault is after-sale either way.
#[rstest]
#[case::cancel_explained("不想要了 帮我取消一下", true, Action::Answer)]
#[case::cancel_not_explained("不想要了 帮我取消一下", false, Action::Escalate)]
#[case::cancel_and_refund("取消订单 给我退款", true, Action::Escalate)]
#[case::cancel_because_broken("收到是坏的 取消吧", true, Action::Escalate)]
fn a_cancellation_is_answered_where_the_faq_explains_it(
    #[case] text: &str,
    #[case] explained: bool,
    #[case] action: Action,
) {
    let mut entries = faq();
    if explained {
        entries.push(entry(
            "cancel_order",
            "怎么取消订单?",
            &["拍错了能取消吗", "不想要了怎么取消"],
            "未发货的订单可以在订单页直接取消哦~",
        ));
    }
    let k = Knowledge::build(entries, shop(), vec![], Thresholds::default());
    let d = ask(&k, text, MessageKind::Text);
    assert_eq!(d.action, action, "{text:?}: {:#?}", d.trace);
    match action {
        Action::Answer => assert_eq!(d.faq_id.as_ref().map(FaqId::as_str), Some("cancel_order")),
        _ => assert_eq!(d.reason, Some(EscalationReason::AfterSale)),
    }
}

/// When the order is shipped in parts, goods not all come and the rest asked after are answered
/// from the entry the owner wrote for that state (its `部分发货` variant); a fault, another
/// status, or an upset buyer still goes to a person.
#[rstest]
#[case::only_some_came("怎么只收到洗发水 护发素呢", OrderStatus::PartlyShipped, Some(true))]
#[case::the_rest_asked("另一个包裹啥时候到啊", OrderStatus::PartlyShipped, Some(true))]
#[case::en_the_rest(
    "only got the shampoo so far, where is the rest",
    OrderStatus::PartlyShipped,
    Some(true)
)]
#[case::a_fault_too("只收到洗发水 瓶子还是破的", OrderStatus::PartlyShipped, None)]
#[case::shipped_whole("怎么只收到洗发水 护发素呢", OrderStatus::Shipped, None)]
#[case::upset("怎么只收到洗发水 护发素呢 垃圾店", OrderStatus::PartlyShipped, None)]
#[case::another_question("能开发票吗", OrderStatus::PartlyShipped, Some(false))]
fn an_order_shipped_in_parts_explains_the_rest(
    #[case] text: &str,
    #[case] status: OrderStatus,
    #[case] answered_by_the_variant: Option<bool>,
) {
    let mut entries = faq();
    entries[0].variants.insert(
        OrderStatus::PartlyShipped,
        "您的订单分开发货,剩下的3天内发出~".into(),
    );
    entries.push(entry(
        "invoice",
        "能开发票吗?",
        &["可以开票吗"],
        "可以开电子发票~",
    ));
    let k = Knowledge::build(entries, shop(), vec![], Thresholds::default());
    let order = Order {
        status,
        ..shipped()
    };
    let d = decide(
        &k,
        &ConversationView {
            order: Some(&order),
            ..ConversationView::default()
        },
        &Incoming {
            text,
            kind: MessageKind::Text,
        },
        now(),
    );
    match answered_by_the_variant {
        Some(true) => {
            assert_eq!(d.action, Action::Answer, "{text:?}: {:#?}", d.trace);
            assert_eq!(d.faq_id.as_ref().map(FaqId::as_str), Some("ship_time"));
            assert_eq!(
                d.reply.as_deref(),
                Some("您的订单分开发货,剩下的3天内发出~")
            );
        }
        Some(false) => assert_eq!(d.faq_id.as_ref().map(FaqId::as_str), Some("invoice")),
        None => assert_eq!(d.action, Action::Escalate, "{text:?}: {:#?}", d.trace),
    }
}

/// A calm buyer asking whether the shop fixes something of theirs is answered by the entry on
/// that repair when the FAQ is sure of it; the shop's own work gone wrong, an order beside it, an
/// upset buyer, or an entry the FAQ is unsure of leaves it an after-sale matter.
#[rstest]
#[case::repair_asked("表盘夜光不亮了 能补吗", false, Some("glow_restore"))]
#[case::en_repair_asked(
    "the glow on my dial is broken, can you fix it",
    false,
    Some("glow_restore")
)]
#[case::your_work_again("你们修的表夜光又不亮了 能补吗", false, None)]
#[case::with_an_order("表盘夜光不亮了 能补吗", true, None)]
#[case::upset("表盘夜光不亮了 能补吗 垃圾店", false, None)]
fn a_repair_asked_of_a_repair_shop_is_answered(
    #[case] text: &str,
    #[case] with_order: bool,
    #[case] answered: Option<&str>,
) {
    let mut entries = faq();
    entries.push(entry(
        "glow_restore",
        "夜光不亮了能补吗?",
        &[
            "表盘夜光能重新涂吗",
            "can you fix the glow on my dial",
            "夜光补涂多少钱",
        ],
        "可以补涂夜光,每只表 120 元,5 个工作日~",
    ));
    let k = Knowledge::build(entries, shop(), vec![], Thresholds::default());
    let order = shipped();
    let d = decide(
        &k,
        &ConversationView {
            order: with_order.then_some(&order),
            ..ConversationView::default()
        },
        &Incoming {
            text,
            kind: MessageKind::Text,
        },
        now(),
    );
    match answered {
        Some(id) => {
            assert_eq!(d.action, Action::Answer, "{text:?}: {:#?}", d.trace);
            assert_eq!(d.faq_id.as_ref().map(FaqId::as_str), Some(id));
            assert!(d.trace.fired.iter().any(|f| f == "intent:repair_asked"));
        }
        None => assert_eq!(d.action, Action::Escalate, "{text:?}: {:#?}", d.trace),
    }
}
