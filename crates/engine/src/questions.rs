//! Several questions in one message (`这个能遮住吗 包邮不`): where each one starts and ends.
//!
//! Buyers chain questions with a space or a comma. Matched as one text, the message is answered
//! from whichever entry fits one of its questions best, and the others go unanswered: a buyer who
//! asked whether a dye covers grey hair and whether shipping is free was told only that shipping
//! is free. [`questions`] cuts a normalised message into its questions, each with the statements
//! that came before it (`她两鬓全白了 这个能遮住吗`: the statement is the question's context), so
//! that `decide` can read each as if it came alone.
//!
//! A clause asks when it holds a question word (`什么`, `怎么`, `多久`, `哪`, `几`...), an A-not-A
//! pair (`能不能`, `有没有`), or ends with a question particle (`吗`, `呢`) or with the
//! shortened A-not-A (`包邮不`, `有券没`). A closing `吧` (`会更便宜吧`) guesses more than it
//! asks, and `几` after `过` or `好` (`过几天`) is "a few": neither starts a question. A clause that is only a question frame (`可以吗`,
//! `是不是`) asks again what came before and stays with it. Only Chinese is cut: English keeps its
//! sentences whole (see [`clauses`]).
//!
//! [`without_reports`] leaves out a clause that only reports the purchase (`付款了`, `半夜拍的`,
//! `用信用卡付的`) or the buyer's hurry (`急用`, `第一次买`): where the buyer stands, not what is
//! asked. [`without_elsewhere`] leaves out one that tells what once happened at another shop
//! (`上次在别家买的就碎了`): why the buyer asks, not about this shop's goods.

use crate::tokenize::clauses;

/// Words that make a clause a question wherever they stand.
const QUESTION_WORDS: &[&str] = &[
    "什么",
    "怎么",
    "怎样",
    "怎么样",
    "如何",
    "为什么",
    "为何",
    "多久",
    "多少",
    "多长",
    "多大",
    "多重",
    "多高",
    "多宽",
    "哪",
    "谁",
    "是否",
    "能否",
    "可否",
];

/// What before `几` makes it "a few" (`过几天`, `好几天`, `头几日`), not "how many".
const FEW: &[char] = &['过', '好', '这', '那', '前', '后', '十', '没', '头'];

/// What after `了几` makes it a few days or times gone by (`如果吃了几天`, `用了几次就坏了`);
/// `打了几针` still asks how many.
const FEW_AFTER_DONE: &[char] = &['天', '日', '次'];

/// Particles that end a question.
const ENDING_PARTICLES: &[char] = &['吗', '嘛', '么', '呢'];

/// Particles that may follow the question's own ending (`需要买几盒啊`, `能染不呀`).
const TRAILING: &[char] = &['啊', '呀', '哈', '哦', '啦', '呢', '~'];

/// Verbs whose A-not-A form (`能不能`, `有没有`) or shortened form (`能染不`) asks.
const ASKING_VERBS: &[&str] = &[
    "能", "可以", "会", "有", "要", "是", "够", "行", "用", "包", "送", "发", "退", "换", "染",
];

/// The questions of a normalised message, each with the statements before it. Statements after
/// the last question stay with it. A message with fewer than two questions gives one part (or
/// none for an empty message).
pub fn questions(normalized: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut pending: Vec<&str> = Vec::new();
    for clause in clauses(normalized) {
        let asks = is_question(clause);
        if asks && is_frame_only(clause) && pending.is_empty() && !out.is_empty() {
            // `孕妇能用吗 可以吗`: asked again, not a new question.
            push_clause(out.last_mut().expect("checked non-empty"), clause);
            continue;
        }
        pending.push(clause);
        if asks {
            out.push(pending.join(" "));
            pending.clear();
        }
    }
    if !pending.is_empty() {
        match out.last_mut() {
            Some(last) => pending.iter().for_each(|c| push_clause(last, c)),
            None => out.push(pending.join(" ")),
        }
    }
    out
}

/// Who and when may open a report of the purchase (`我昨天拍了`, `刚刚付款了`).
#[rustfmt::skip]
const REPORT_OPENERS: &[&str] = &[
    "我们", "我", "已经", "已", "刚刚", "刚才", "刚", "才", "昨天", "今天", "前天", "早上", "上午",
    "中午", "下午", "晚上", "半夜", "都", "也",
];

/// The purchase, in the forms a report of it takes once its particles are off (`付了款`,
/// `拍好`, `下单`).
#[rustfmt::skip]
const PURCHASES: &[&str] = &[
    "付款", "付了款", "付完款", "付好款", "付过款", "付钱", "付了钱", "付", "付好", "付完", "支付",
    "拍", "拍好", "拍下", "拍完", "下单", "下好单", "下了单", "买", "买好", "订", "订好", "拼单",
    "拼好",
];

/// `normalized` without its clauses that only report the purchase (`付款了 到成都要多久`,
/// `付完款多久发啊 半夜拍的`) or only say the buyer is in a hurry or new (`明天能发吗 急用`,
/// `这个咋用啊 第一次买`), when something else is left. Such a clause is where the buyer
/// stands, not what is asked: matched, it drew the question to the entry on paying.
pub fn without_reports(normalized: &str) -> String {
    let all = clauses(normalized);
    let kept: Vec<&str> = all
        .iter()
        .copied()
        .filter(|c| !reports_purchase(c) && !is_urgency_or_first_time(c))
        .collect();
    if kept.is_empty() || kept.len() == all.len() {
        return normalized.to_owned();
    }
    kept.join(" ")
}

/// When a clause tells of the past (see [`ELSEWHERE`]).
const ONCE: &[&str] = &["上次", "上回", "之前", "以前", "以往", "去年", "前阵子"];
/// Another shop, in a clause that with [`ONCE`] tells what happened there.
#[rustfmt::skip]
const ELSEWHERE: &[&str] = &[
    "别家", "别处", "别的店", "别的家", "其他店", "其他家", "其他地方", "别的地方", "别人家",
];
/// A pointer back to what was told (`你家会这样吗`): the story is then what is asked about.
const POINTING_BACK: &[&str] = &["这样", "这种", "那样", "那种", "这个情况", "这情况"];

/// `normalized` without its clauses that tell what happened at another shop (`会不会压坏 之前在
/// 别家买的琴头都断了`, `你家加热棒管多久 之前买别家的用俩月就炸了`), when a question is left
/// that does not point back at the story (`上次别家收货要补关税 你家会这样吗` keeps it). The
/// story's words drew the question away from its entry, and its problem (`碎了`, `断了`) read as
/// a report of the buyer's own order.
pub fn without_elsewhere(normalized: &str) -> String {
    if !ELSEWHERE.iter().any(|w| normalized.contains(w)) {
        return normalized.to_owned();
    }
    let all = clauses(normalized);
    let told =
        |c: &&str| ONCE.iter().any(|w| c.contains(w)) && ELSEWHERE.iter().any(|w| c.contains(w));
    // The story goes on in the clauses after it until a question (`之前在别家买的 纸箱里塞报纸
    // 碎了一半 你家包装怎么样`).
    let mut in_story = false;
    let kept: Vec<&str> = all
        .iter()
        .copied()
        .filter(|c| {
            let asks = is_question(c);
            in_story = !asks && (told(c) || in_story);
            !in_story
        })
        .collect();
    let points_back = kept
        .iter()
        .any(|c| POINTING_BACK.iter().any(|w| c.contains(w)));
    if kept.len() == all.len() || !kept.iter().any(|c| is_question(c)) || points_back {
        return normalized.to_owned();
    }
    kept.join(" ")
}

/// Clauses that say only that the buyer is in a hurry or buying for the first time (`急用`,
/// `在线等`, `第一次买`): why they ask, not what. A bare `急` stays, since a rush entry answers it.
#[rustfmt::skip]
const URGENCY_OR_FIRST_TIME: &[&str] = &[
    "急用", "着急", "很急", "挺急", "比较急", "有点急", "急急急", "在线等", "等着用", "第一次买",
    "头一次买", "第一次在你家买",
];

/// True for a clause of [`URGENCY_OR_FIRST_TIME`], with its closing particles.
fn is_urgency_or_first_time(clause: &str) -> bool {
    let core = clause.trim_end_matches(['啊', '呀', '的', '哈', '哦', '了', '!']);
    URGENCY_OR_FIRST_TIME.contains(&core)
}

/// True for a clause that says the order was paid or placed, and nothing else.
fn reports_purchase(clause: &str) -> bool {
    let mut core = clause;
    let mut done = false;
    loop {
        let trimmed = core.trim_end_matches(['啊', '呀', '哈', '哦', '嘛', '滴', '~']);
        let stripped = trimmed.trim_end_matches(['了', '啦', '的']);
        done |= stripped.len() < trimmed.len();
        let opener = REPORT_OPENERS.iter().find(|o| stripped.starts_with(*o));
        if let Some(o) = opener {
            done |= matches!(*o, "已经" | "已" | "刚刚" | "刚才" | "刚" | "才");
            core = &stripped[o.len()..];
        } else if stripped.len() == core.len() {
            break;
        } else {
            core = stripped;
        }
    }
    // `用信用卡付的`: paid, and with what.
    let paid_with = core.strip_prefix('用').is_some_and(|rest| {
        PURCHASES
            .iter()
            .filter(|p| p.starts_with('付') || p.starts_with("支付"))
            .any(|p| {
                rest.strip_suffix(p)
                    .is_some_and(|what| what.chars().count() <= 5)
            })
    });
    // `花呗付的`, `我付的花呗`: paid, and with what, said the other way round.
    let means = |what: &str| (1..=5).contains(&what.chars().count());
    let paid_by = core
        .strip_suffix("支付")
        .or_else(|| core.strip_suffix('付'))
        .is_some_and(means);
    let paid_by_after = core.strip_prefix("付的").is_some_and(means);
    paid_by_after || done && (PURCHASES.contains(&core) || paid_with || paid_by)
}

fn push_clause(part: &mut String, clause: &str) {
    part.push(' ');
    part.push_str(clause);
}

/// True when a clause asks something.
pub fn is_question(clause: &str) -> bool {
    if QUESTION_WORDS.iter().any(|w| clause.contains(w))
        || asks_how_many(clause)
        || has_a_not_a(clause)
    {
        return true;
    }
    let core = clause.trim_end_matches(TRAILING);
    let mut rev = core.chars().rev();
    match (rev.next(), rev.next()) {
        (Some(c), Some(_)) if ENDING_PARTICLES.contains(&c) => true,
        (Some('不' | '没'), Some(before)) if before != '不' && before != '没' => {
            let head = &core[..core.len() - '不'.len_utf8()];
            ASKING_VERBS.iter().any(|v| head.contains(v))
        }
        _ => false,
    }
}

/// `几` asking how many (`需要买几盒`), not `过几天`, `好几天` or `吃了几天`.
fn asks_how_many(clause: &str) -> bool {
    let chars: Vec<char> = clause.chars().collect();
    let few = |i: usize| {
        i > 0
            && (FEW.contains(&chars[i - 1])
                || chars[i - 1] == '了'
                    && chars.get(i + 1).is_some_and(|c| FEW_AFTER_DONE.contains(c)))
    };
    (0..chars.len()).any(|i| chars[i] == '几' && !few(i))
}

/// `能不能`, `有没有`, `可不可以`: a verb, `不` or `没`, the verb again.
fn has_a_not_a(clause: &str) -> bool {
    let chars: Vec<char> = clause.chars().collect();
    chars
        .windows(3)
        .any(|w| matches!(w[1], '不' | '没') && w[0] == w[2] && w[0] != '不' && w[0] != '没')
}

/// True for a clause of a question frame only (`可以吗`, `是不是`, `行不行啊`): nothing but an
/// asking verb, negations and particles.
fn is_frame_only(clause: &str) -> bool {
    let mut rest = clause.to_owned();
    for v in ASKING_VERBS.iter().chain(&["真的", "这样", "那样", "的"]) {
        rest = rest.replace(v, "");
    }
    rest.chars().all(|c| {
        matches!(c, '不' | '没' | ' ') || ENDING_PARTICLES.contains(&c) || TRAILING.contains(&c)
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use rstest::rstest;

    proptest! {
        #[test]
        fn leaving_out_reports_keeps_the_other_clauses_in_order(
            s in "(我|昨天|已经|刚|付款|付|拍|下单|用|信用卡|了|的|啊|什么时候发|能退吗| ){0,12}"
        ) {
            let text = crate::normalize(&s);
            let kept = without_reports(&text);
            let all = clauses(&text);
            let left = clauses(&kept);
            prop_assert!(!left.is_empty() || all.is_empty(), "{text:?} lost every clause");
            let mut rest = all.iter();
            for clause in &left {
                prop_assert!(rest.any(|c| c == clause), "{clause:?} of {kept:?} not in {text:?}");
            }
            prop_assert_eq!(without_reports(&kept), kept.clone(), "twice on {:?}", text);
        }
    }

    #[rstest]
    #[case::particle("这个能遮住吗", true)]
    #[case::shortened_a_not_a("包邮不", true)]
    #[case::a_not_a("有没有黑色", true)]
    #[case::question_word("需要买几盒啊", true)]
    #[case::presumptive_is_a_guess("会更便宜吧", false)]
    #[case::statement("她两鬓全白了", false)]
    #[case::a_few_days("过几天搞活动会更便宜吧", false)]
    #[case::how_many_days("几天能到", true)]
    #[case::a_few_days_eaten("如果吃了几天觉得不对口味", false)]
    #[case::how_many_shots("打了几针疫苗", true)]
    #[case::first_few_days("头几日在医院", false)]
    #[case::plain_negation("我不要了", false)]
    #[case::not_received("还没", false)]
    #[case::refusal_is_no_question("不不", false)]
    fn a_clause_asks(#[case] clause: &str, #[case] want: bool) {
        assert_eq!(is_question(clause), want, "{clause:?}");
    }

    #[rstest]
    #[case::two_questions("这个能遮住吗 包邮不", &["这个能遮住吗", "包邮不"])]
    #[case::context_before(
        "想给我妈买 她两鬓全白了 这个能遮住吗 包邮不",
        &["想给我妈买 她两鬓全白了 这个能遮住吗", "包邮不"]
    )]
    #[case::statement_after("有黑色吗 我要两盒", &["有黑色吗 我要两盒"])]
    #[case::asked_again("孕妇能用吗 可以吗", &["孕妇能用吗 可以吗"])]
    #[case::one_question("我头发到肩膀 需要买几盒", &["我头发到肩膀 需要买几盒"])]
    #[case::no_question("我要两盒", &["我要两盒"])]
    #[case::english_stays_whole("is it free shipping? how long", &["is it free shipping? how long"])]
    fn a_message_is_cut_into_questions(#[case] text: &str, #[case] want: &[&str]) {
        assert_eq!(questions(text), want, "{text:?}");
    }

    #[rstest]
    #[case::paid_then_asked("付款了 到成都要多久", "到成都要多久")]
    #[case::asked_then_placed("付完款多久发啊 半夜拍的", "付完款多久发啊")]
    #[case::who_and_when("我昨天已经下单了 什么时候发", "什么时候发")]
    #[case::report_alone("已付款", "已付款")]
    #[case::not_a_report("买两盒 能便宜吗", "买两盒 能便宜吗")]
    #[case::buying_is_asked("拍了能改地址吗", "拍了能改地址吗")]
    #[case::paid_with("用信用卡付的 钱会原路退吗", "钱会原路退吗")]
    #[case::paid_by("微信付的 退款退到哪", "退款退到哪")]
    #[case::paid_by_after("退款多久到 我付的支付宝", "退款多久到")]
    #[case::paying_is_asked("用花呗付可以吗", "用花呗付可以吗")]
    #[case::goods_named("买了猫砂 抓板没收到啊", "买了猫砂 抓板没收到啊")]
    #[case::in_a_hurry("明天能发吗 急用", "明天能发吗")]
    #[case::first_time("这个怎么用啊 第一次买", "这个怎么用啊")]
    #[case::rush_asked("急 能加急吗", "急 能加急吗")]
    fn reports_of_the_purchase_are_left_out(#[case] text: &str, #[case] want: &str) {
        assert_eq!(without_reports(text), want, "{text:?}");
    }

    #[rstest]
    #[case::story_left_out("会不会压坏啊 之前在别家买的琴头都断了", "会不会压坏啊")]
    #[case::story_first("上回别家的用俩月就坏了 你家保修多久", "你家保修多久")]
    #[case::story_pointed_at(
        "上次在别家买的要补关税 你家会这样吗",
        "上次在别家买的要补关税 你家会这样吗"
    )]
    #[case::story_alone("之前在别家买的全死了", "之前在别家买的全死了")]
    #[case::story_goes_on(
        "我上次在别家买的 纸箱里塞报纸 碎了一半 你们家包装怎么样",
        "你们家包装怎么样"
    )]
    #[case::story_ends_at_a_question(
        "之前在别家买的 碎了一半 你们家包装怎么样 用的什么快递",
        "你们家包装怎么样 用的什么快递"
    )]
    #[case::no_question_left("之前在别家买过 这次想试试你家", "之前在别家买过 这次想试试你家")]
    #[case::this_shop_before("之前在你家买的 还能再买一样的吗", "之前在你家买的 还能再买一样的吗")]
    fn stories_of_another_shop_are_left_out(#[case] text: &str, #[case] want: &str) {
        assert_eq!(without_elsewhere(text), want, "{text:?}");
    }

    #[test]
    fn an_empty_message_has_no_question() {
        assert!(questions("").is_empty());
    }
}
