//! The matcher's reading of buyer wording: homophone typos, typed pinyin, lexicon synonyms and
//! measurements find the right entry; general questions that share a word do not get a confident
//! one. Fixtures are a small made-up shop, not evaluation cases.

use std::collections::BTreeMap;

use owldesk_domain::{FaqEntry, Thresholds};
use owldesk_engine::tokenize::{clauses, tokenize};
use owldesk_engine::{Knowledge, ShopProfile, normalize};
use rstest::rstest;

fn entry(id: &str, question: &str, paraphrases: &[&str]) -> FaqEntry {
    FaqEntry {
        id: id.into(),
        question: question.into(),
        paraphrases: paraphrases.iter().map(|p| (*p).into()).collect(),
        answer: format!("({id})"),
        variants: BTreeMap::new(),
        tags: vec![],
        enabled: true,
    }
}

/// A shop of `faq` with default settings.
fn knowledge(faq: Vec<FaqEntry>) -> Knowledge {
    Knowledge::build(faq, ShopProfile::default(), vec![], Thresholds::default())
}

fn shop() -> Knowledge {
    let faq = vec![
        entry(
            "ship_time",
            "什么时候发货?",
            &["多久能发货", "when do you ship"],
        ),
        entry(
            "courier",
            "发什么快递?",
            &["用的哪家快递", "which courier do you use"],
        ),
        entry(
            "returns",
            "可以退货吗?",
            &["支持七天无理由退货吗", "can i return it"],
        ),
        entry(
            "sizing",
            "尺码怎么选?",
            &["穿多大码合适", "what size should i get"],
        ),
        entry(
            "invoice",
            "能开发票吗?",
            &["可以开票吗", "do you issue invoices"],
        ),
        entry("shipping_fee", "包邮吗?", &["运费多少", "is shipping free"]),
        entry("gift_note", "能写贺卡吗?", &["可以匿名送吗"]),
    ];
    knowledge(faq)
}

fn best(k: &Knowledge, text: &str) -> (String, f32) {
    let n = normalize(text);
    let parts: Vec<Vec<String>> = clauses(&n).into_iter().map(tokenize).collect();
    let m = k.index().search(&tokenize(&n), &parts, k.faq());
    m.candidates
        .first()
        .map(|c| (c.faq_id.as_str().to_owned(), c.confidence))
        .unwrap_or_default()
}

#[rstest]
#[case::homophone_typo("啥时候法货", "ship_time")]
#[case::return_typo("能退或吗", "returns")]
#[case::size_typo("尺吗怎么选", "sizing")]
#[case::typed_pinyin("shenme shihou fahuo", "ship_time")]
#[case::lexicon_synonym("什么时候寄出", "ship_time")]
#[case::english_synonym("when will it be dispatched", "ship_time")]
#[case::measurement("身高160 体重100斤 选哪个", "sizing")]
#[case::courier_brand("发顺丰还是中通", "courier")]
#[case::pinyin_a_syllable_at_a_time("ke yi ni ming song ma", "gift_note")]
fn finds_the_entry(#[case] text: &str, #[case] want: &str) {
    let k = shop();
    let (got, _) = best(&k, text);
    assert_eq!(got, want, "{text:?} asks about {want}");
}

#[rstest]
#[case::general_question("什么时候去北京旅游最好")]
#[case::english_general("when is the best time to visit paris")]
fn general_questions_are_not_confident(#[case] text: &str) {
    let k = shop();
    let (got, confidence) = best(&k, text);
    assert!(
        confidence < Thresholds::default().answer,
        "{text:?} is not a shop question, yet {got} has confidence {confidence}"
    );
}

#[rstest]
#[case::homophone_word("法货", "发货")]
#[case::typed_pinyin("fahuo le ma", "发货")]
#[case::typed_pinyin_concept("fahuo", "#ship")]
#[case::size_typo("尺马怎么选", "~尺码")]
#[case::initials("默认走啥kd", "快递")]
#[case::syllables_typed_apart("ni ming song ma", "匿名")]
fn unknown_terms_are_repaired_by_sound(#[case] text: &str, #[case] want: &str) {
    let k = shop();
    let repaired = k.index().repair(&tokenize(&normalize(text)));
    assert!(
        repaired.iter().any(|t| t == want),
        "{text:?} sounds like {want}: {repaired:?}"
    );
}

/// Before reading, a pair the segmenter does not know that sounds like the FAQ's is written as
/// the FAQ's, so its words and concepts are read too (`什么快第` is `什么快递`, `#courier`);
/// known words are left as the buyer wrote them.
#[rstest]
#[case::lone_pair("你家走的什么快第", "你家走的什么快递")]
#[case::unknown_word("尺马怎么选", "尺码怎么选")]
#[case::known_words("什么时候发货", "什么时候发货")]
#[case::everyday_word("然后呢", "然后呢")]
fn typos_are_respelt_before_reading(#[case] text: &str, #[case] want: &str) {
    let k = shop();
    assert_eq!(k.index().respelt_text(&normalize(text)), want);
}

/// A pair the segmenter made by cutting across two of the FAQ's words (`破壁机电机` read
/// `破壁|机电|机`, the FAQ saying `破壁机` and `电机`) is the buyer's words, not a typo of a pair
/// of the same sound (`几点`).
#[test]
fn a_pair_across_the_faq_s_words_is_no_typo() {
    let k = knowledge(vec![
        entry("blender", "破壁机噪音大吗?", &["破壁机多少瓦"]),
        entry("warranty", "电机保修几年?", &["电机坏了怎么办"]),
        entry("ship_time", "几点前付款当天发?", &["几点发货"]),
    ]);
    let text = normalize("破壁机电机保修几年");
    assert_eq!(k.index().respelt_text(&text), text);
}

/// A time word is when the buyer asks, not a slip: `明天` stays, though the FAQ writes `名填`
/// (`姓名填错了`) and not `明天`.
#[test]
fn a_time_word_is_no_typo() {
    let k = knowledge(vec![
        entry("name_wrong", "姓名填错了怎么办?", &["名字填错了"]),
        entry("rain", "下雨还能去吗?", &["雨天能玩吗"]),
    ]);
    let text = normalize("明天下雨还能去吗");
    assert_eq!(k.index().respelt_text(&text), text);
}

#[test]
fn a_lone_character_of_a_repaired_bigram_is_the_faq_s() {
    // The segmenter leaves `或` alone in `什么时候发或`; the bigram `发或` sounds like `发货`, so
    // the character is the slip, not content of its own.
    let k = shop();
    let repaired = k.index().repair(&tokenize(&normalize("啥时候发或")));
    assert!(repaired.iter().any(|t| t == "~发货"), "{repaired:?}");
    assert!(repaired.iter().any(|t| t == "^货"), "{repaired:?}");
    for piece in ["或", "^或"] {
        assert!(
            !repaired.iter().any(|t| t == piece),
            "{piece}: {repaired:?}"
        );
    }
    let (got, confidence) = best(&k, "啥时候发或");
    assert_eq!(got, "ship_time");
    assert!(confidence >= Thresholds::default().answer, "{confidence}");
    // A character inside a word of its own is left as it is.
    let repaired = k.index().repair(&tokenize(&normalize("或者什么时候发")));
    assert!(repaired.iter().any(|t| t == "或者"), "{repaired:?}");
}

#[test]
fn a_word_a_used_concept_explains_leaves_no_unknown_pieces() {
    // The shop writes `面料`; the buyer says `材质`, a form of the same concept.
    let faq = vec![
        entry("fabric", "衣服是什么面料的", &["是纯棉的吗"]),
        entry("shipping", "发货快吗", &[]),
    ];
    let k = knowledge(faq);
    let repaired = k.index().repair(&tokenize(&normalize("什么材质的")));
    assert!(repaired.iter().any(|t| t == "#material"), "{repaired:?}");
    for piece in ["材质", "~材质", "^材", "^质"] {
        assert!(
            !repaired.iter().any(|t| t == piece),
            "{piece} is part of the explained word: {repaired:?}"
        );
    }
    assert_eq!(best(&k, "什么材质的").0, "fabric");
}

#[test]
fn a_word_only_the_answer_uses_points_to_its_entry() {
    let answered = |id: &str, question: &str, answer: &str| FaqEntry {
        answer: answer.into(),
        ..entry(id, question, &[])
    };
    let faq = vec![
        // The same question twice: only the answers tell them apart (the first listed wins a
        // tie).
        answered("ship_time", "发货的事", "亲,付款后48小时内发货哦"),
        answered("ship_from", "发货的事", "亲,我们从广州的仓库发货哦"),
        answered("courier", "发什么快递?", "亲,默认发中通快递"),
    ];
    let k = knowledge(faq);
    assert_eq!(best(&k, "是广州发货吗").0, "ship_from");
    let (_, alone) = best(&k, "广州");
    assert_eq!(alone, 0.0, "an answer word alone makes no candidate");
}

#[test]
fn an_unknown_word_is_explained_by_an_entry_using_its_characters() {
    let faq = vec![
        entry("coverage", "白发能盖住吗", &["头发白了能染吗"]),
        entry("shipping", "发货快吗", &[]),
    ];
    let k = knowledge(faq);
    let n = normalize("白头发能盖住吗");
    let parts: Vec<Vec<String>> = clauses(&n).into_iter().map(tokenize).collect();
    let m = k.index().search(&tokenize(&n), &parts, k.faq());
    let cover = m
        .evidence
        .first()
        .map(|e| e.content_cover)
        .unwrap_or_default();
    // Without reading the characters, 白头 and 白头发 leave two thirds of it unexplained.
    assert!(
        cover > 0.6,
        "白, 头 and 发 are all in the entry, only the bigram 白头 is not: {cover}"
    );
}

#[test]
fn a_thing_the_shop_never_mentions_is_flagged() {
    let k = shop();
    let evidence = |text: &str| {
        let n = normalize(text);
        let parts: Vec<Vec<String>> = clauses(&n).into_iter().map(tokenize).collect();
        k.index().search(&tokenize(&n), &parts, k.faq()).evidence[0]
    };
    assert!(
        evidence("手机壳能开发票吗").strange_noun,
        "no entry mentions phone cases"
    );
    assert!(
        !evidence("能开发票吗").strange_noun,
        "发票 is the shop's own word"
    );
    assert!(
        !evidence("专票能开吗").strange_noun,
        "专票 is a lexicon form of the invoice concept the shop uses"
    );
    let rain = evidence("发货那天会下雨吗");
    assert!(
        rain.strange_noun && rain.weather,
        "the segmenter tags 下雨 a verb, but it is the weather, which the shop never mentions"
    );
    assert!(!evidence("能开发票吗").weather, "no weather asked");
    let rain_en = evidence("is it going to rain on the day you ship it, is shipping free");
    assert!(
        rain_en.strange_noun && rain_en.weather,
        "English weather asked, which the shop never mentions"
    );
    assert!(
        !evidence("is shipping free on the yorkshire rain candle").weather,
        "rain named as a thing, not asked about"
    );
}

#[rstest]
#[case::english_message("kd when")]
#[case::typed_pinyin("fahuo kd")]
fn initials_are_read_only_in_chinese_chat(#[case] text: &str) {
    let k = shop();
    let repaired = k.index().repair(&tokenize(&normalize(text)));
    assert!(
        !repaired.iter().any(|t| t == "快递"),
        "{text:?} is not Chinese chat: {repaired:?}"
    );
}

#[test]
fn a_lexicon_synonym_the_faq_does_not_use_is_no_unexplained_content() {
    let k = shop();
    let repaired = k.index().repair(&tokenize(&normalize("能开专票吗")));
    assert!(
        repaired.iter().any(|t| t == "#invoice") && !repaired.iter().any(|t| t.contains("专票")),
        "专票 is an invoice word the shop does not use; the concept stands for it: {repaired:?}"
    );
    let (got, _) = best(&k, "能开专票吗");
    assert_eq!(got, "invoice", "asks for an invoice");
}

#[test]
fn a_lexicon_synonym_of_a_concept_the_faq_lacks_stays_unexplained() {
    let k = shop();
    let repaired = k.index().repair(&tokenize(&normalize("有优惠券吗")));
    assert!(
        repaired.iter().any(|t| t == "优惠券"),
        "no entry is about coupons, so the word stays: {repaired:?}"
    );
}

#[test]
fn the_words_of_an_english_phrase_a_used_concept_stands_for_are_not_unexplained() {
    let k = shop();
    let repaired = k
        .index()
        .repair(&tokenize(&normalize("when will it be sent out")));
    assert!(
        repaired.iter().any(|t| t == "#ship") && !repaired.iter().any(|t| t == "out"),
        "`sent out` is #ship, which the shop uses: {repaired:?}"
    );
    let repaired = k
        .index()
        .repair(&tokenize(&normalize("what comes out in the wash")));
    assert!(
        repaired.iter().any(|t| t == "out"),
        "no phrase of a concept here, so the word stays: {repaired:?}"
    );
}

#[rstest]
#[case::extra_key("casncel my ordre", "cancel")]
#[case::skipped_letter("cancl", "cancel")]
fn misspelt_english_words_are_repaired(#[case] text: &str, #[case] want: &str) {
    let faq = vec![entry("cancel", "how do i cancel my order", &[])];
    let k = knowledge(faq);
    let repaired = k.index().repair(&tokenize(&normalize(text)));
    assert!(
        repaired.iter().any(|t| t == want),
        "{text:?} means {want}: {repaired:?}"
    );
}

#[rstest]
#[case::edit_synonym("how can i modify my account", "edit_account")]
#[case::switch_synonym("upgrade to the premium account", "switch_account")]
#[case::newsletter_synonym("unsubscribe me from your emails", "newsletter")]
fn account_actions_are_told_apart_by_their_verbs(#[case] text: &str, #[case] want: &str) {
    let faq = vec![
        entry("edit_account", "how do i change my account details", &[]),
        entry(
            "switch_account",
            "how do i switch to another account plan",
            &[],
        ),
        entry("delete_account", "how do i delete my account", &[]),
        entry(
            "newsletter",
            "how do i cancel the newsletter subscription",
            &[],
        ),
    ];
    let k = knowledge(faq);
    let (got, _) = best(&k, text);
    assert_eq!(got, want, "{text:?} asks about {want}");
}

/// Function words decide between two entries with the same content words, in either order
/// (so the answer never comes from the tie-break).
#[rstest]
#[case::yours("what is my name", "what is your name", "tell me your name", "b")]
#[case::mine("what is my name", "what is your name", "i forgot my name", "a")]
#[case::chinese_pronoun("我的地址", "你们的地址", "你们地址在哪", "b")]
fn function_words_tell_near_twins_apart(
    #[case] a: &str,
    #[case] b: &str,
    #[case] text: &str,
    #[case] want: &str,
) {
    let (a, b) = (entry("a", a, &[]), entry("b", b, &[]));
    for faq in [vec![a.clone(), b.clone()], vec![b.clone(), a.clone()]] {
        assert_eq!(best(&knowledge(faq), text).0, want, "{text}");
    }
}

#[test]
fn a_function_word_the_question_lacks_costs_nothing() {
    let k = knowledge(vec![entry("returns", "return policy", &[])]);
    let bare = best(&k, "return policy");
    let framed = best(&k, "the return policy of yours");
    assert_eq!(framed.0, "returns");
    assert!(framed.1 >= bare.1 - 1e-6, "{framed:?} vs {bare:?}");
}

/// Typed pinyin of a general word is read as the word, so a lexicon phrase that spans it
/// (`zenme用` → `怎么用`, a form of `#usage`) finds the entry that words it otherwise.
#[rstest]
#[case::inside_chinese("这个zenme用")]
#[case::all_pinyin("zenmeyong")]
fn typed_pinyin_makes_lexicon_phrases_whole(#[case] text: &str) {
    let k = knowledge(vec![
        entry("usage", "使用方法", &["说明书在哪"]),
        entry("shipping", "发货时间", &[]),
    ]);
    let (id, confidence) = best(&k, text);
    assert_eq!(id, "usage", "{text}");
    assert!(confidence >= 0.6, "{text}: {confidence}");
}

/// A message of question words only asks about something said before: no entry is confident.
#[rstest]
#[case::zh("可以吗")]
#[case::zh_how("怎么办呢")]
#[case::en("how?")]
fn question_words_alone_are_not_confident(#[case] text: &str) {
    let k = knowledge(vec![
        entry(
            "returns",
            "可以退货吗",
            &["怎么办 想退货", "how do i return it"],
        ),
        entry("invoice", "可以开发票吗", &[]),
    ]);
    let (_, confidence) = best(&k, text);
    assert!(confidence < 0.35, "{text}: {confidence}");
}

/// An everyday word is no homophone typo of the FAQ's word that sounds the same: `然后` ("and
/// then") is not `染后` ("after dyeing"), while `染厚` is a slip for it.
#[test]
fn an_everyday_word_is_not_repaired_by_sound() {
    let k = knowledge(vec![
        entry("after_care", "染后怎么护理", &[]),
        entry("ship_time", "什么时候发货", &[]),
    ]);
    let (_, confidence) = best(&k, "然后呢");
    assert!(confidence < 0.35, "然后呢: {confidence}");
    assert_eq!(best(&k, "染厚怎么护理").0, "after_care");
}
