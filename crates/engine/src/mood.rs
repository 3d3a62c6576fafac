//! Mood: is the buyer upset (angry, complaining, disappointed, threatening) or calm?
//!
//! The reading combines cues, each with a weight in (0, 1): insults and threats (`垃圾`, `骗子`,
//! `差评`, `投诉`, `12315`, `scam`, `lawyer`), an intensifier before a negative word (`太差`,
//! `根本没用`), sarcasm (`呵呵`) and angry emoji weigh enough on their own; complaints and
//! disappointment (`失望`, `后悔`, `质量差`, `terrible`) and runs of `!!!` or `???` add up. The score
//! is the noisy-or of the weights, `1 - Π(1 - w)`, so it stays in [0, 1] and grows with every
//! cue; at [`UPSET_AT`] or above the buyer reads as upset. A cue just after a negation
//! (`不失望`, `不会给差评`, `not bad`) or inside an A-not-A question (`好不好用`) does not count.
//!
//! Words are read from the normalised text, emoji and punctuation runs from the raw text. This is
//! a lexicon, not a model: it misses irony and implied complaints, and a later stage may
//! replace it. To extend it, add words to the tables with a weight that says how much one
//! occurrence should move the score.

use owldesk_domain::Mood;

/// At or above this score, the buyer reads as upset.
pub const UPSET_AT: f32 = 0.5;

/// The engine's reading of the buyer's mood.
#[derive(Debug, Clone, PartialEq)]
pub struct MoodReading {
    /// Upset or calm.
    pub mood: Mood,
    /// In [0, 1]: how strongly the cues say upset.
    pub score: f32,
    /// The cues found, as `kind:word` (`threat:投诉`).
    pub cues: Vec<String>,
}

/// Insults: enough on their own.
#[rustfmt::skip]
const INSULTS: &[&str] = &[
    "垃圾", "骗子", "坑人", "脑子", "傻逼", "傻b", "煞笔", "有病", "神经病", "黑店", "奸商",
    "骗人", "骗钱", "坑钱", "坑爹", "忽悠", "智障", "弱智", "脑残", "白痴", "废物", "什么玩意",
    "破玩意", "去死", "滚蛋", "滚吧", "他妈", "妈的", "尼玛", "你妈", "操你", "草泥马", "狗屁",
    "无耻", "不要脸", "混蛋", "王八蛋", "畜生", "人渣", "缺德", "黑心", "无良", "诈骗", "欺诈",
    "坑货", "死了吗", "死哪", "找死",
];

/// Threats to escalate outside the shop: enough on their own.
#[rustfmt::skip]
const THREATS: &[&str] = &[
    "差评", "负评", "一星", "1星", "投诉", "12315", "12345", "工商", "曝光", "报警", "举报",
    "消协", "消费者协会", "维权", "律师", "起诉", "法院", "告你", "315晚会", "黑猫", "平台介入",
    "小二介入",
];

/// Complaints and disappointment: two of them, or one with another cue, read as upset.
#[rustfmt::skip]
const COMPLAINTS: &[&str] = &[
    "失望", "后悔", "上当", "受骗", "被骗", "坑死", "气死", "生气", "愤怒", "火大", "恼火", "无语",
    "受不了", "忍不了", "忍无可忍", "不满", "糟糕", "劣质", "假货", "山寨", "差劲", "太过分",
    "过分", "欺负", "敷衍", "没人理", "不理人", "不回复", "不回消息", "退钱", "烦死", "好烦",
    "真烦", "烦人", "讨厌", "恶心", "郁闷", "心寒", "寒心", "崩溃", "可恶", "鄙视", "可耻", "丢人",
    "恶劣", "卑鄙", "吐槽", "不爽", "质量差", "质量不好", "做工差", "做工粗糙", "服务差", "态度差",
    "态度恶劣", "再也不", "不会再买", "别买", "不要买", "不推荐", "不值", "浪费钱", "白花", "难用",
    "不好用", "不满意", "不行", "没用", "一点用", "什么东西", "破东西", "坑", "骗", "智商税", "呸",
    "什么鬼", "搞什么", "答非所问",
];

/// Intensifiers that turn a following negative word into a complaint (`太差`).
const INTENSIFIERS: &[&str] = &[
    "太", "非常", "特别", "超", "真", "好", "很", "极", "极其", "简直", "完全", "实在", "巨", "贼",
    "十分", "相当",
];

/// Negative words an intensifier may sit before.
const NEGATIVE: &[&str] = &["差", "烂", "慢", "次", "坑", "失望", "垃圾", "恶心", "离谱"];

/// English cues: (word or phrase, kind, weight). Matched on whole words of the normalised text.
const ENGLISH: &[(&str, &str, f32)] = &[
    ("scam", "insult", 0.8),
    ("tmd", "insult", 0.8),
    ("sb", "insult", 0.8),
    ("scammer", "insult", 0.8),
    ("scammers", "insult", 0.8),
    ("fraud", "insult", 0.8),
    ("idiot", "insult", 0.8),
    ("idiots", "insult", 0.8),
    ("stupid", "insult", 0.8),
    ("moron", "insult", 0.8),
    ("bullshit", "insult", 0.8),
    ("wtf", "insult", 0.8),
    ("fuck", "insult", 0.8),
    ("fucking", "insult", 0.8),
    ("shit", "insult", 0.8),
    ("crap", "insult", 0.6),
    ("garbage", "insult", 0.6),
    ("trash", "insult", 0.6),
    ("rip off", "insult", 0.8),
    ("ripoff", "insult", 0.8),
    ("lawyer", "threat", 0.8),
    ("sue", "threat", 0.8),
    ("lawsuit", "threat", 0.8),
    ("report you", "threat", 0.8),
    ("chargeback", "threat", 0.8),
    ("complaint", "threat", 0.8),
    ("complain", "threat", 0.6),
    ("claim against", "threat", 0.8),
    ("file a claim", "threat", 0.8),
    ("lodge a claim", "threat", 0.8),
    ("make a claim", "threat", 0.8),
    ("reclamation", "threat", 0.8),
    ("terrible", "complaint", 0.6),
    ("horrible", "complaint", 0.6),
    ("awful", "complaint", 0.6),
    ("worst", "complaint", 0.6),
    ("ridiculous", "complaint", 0.6),
    ("unacceptable", "complaint", 0.6),
    ("pathetic", "complaint", 0.6),
    ("disgusting", "complaint", 0.6),
    ("furious", "complaint", 0.8),
    ("angry", "complaint", 0.6),
    ("pissed", "complaint", 0.8),
    ("useless", "complaint", 0.45),
    ("incompetent", "complaint", 0.6),
    ("disappointed", "complaint", 0.45),
    ("disappointing", "complaint", 0.45),
    ("frustrated", "complaint", 0.45),
    ("frustrating", "complaint", 0.45),
    ("annoyed", "complaint", 0.45),
    ("upset", "complaint", 0.45),
    ("unhappy", "complaint", 0.45),
    ("dissatisfied", "complaint", 0.45),
    ("fed up", "complaint", 0.6),
    ("never again", "complaint", 0.6),
    ("waste of money", "complaint", 0.6),
];

/// Angry emoji and gestures.
const EMOJI: &[char] = &['😡', '🤬', '😠', '💢', '👎', '🖕', '😤'];

const INSULT_WEIGHT: f32 = 0.8;
const THREAT_WEIGHT: f32 = 0.8;
const COMPLAINT_WEIGHT: f32 = 0.4;
const INTENSE_WEIGHT: f32 = 0.6;
const SARCASM_WEIGHT: f32 = 0.5;
const EMOJI_WEIGHT: f32 = 0.5;
const EXCLAIM_WEIGHT: f32 = 0.3;
const QUERY_RUN_WEIGHT: f32 = 0.2;

/// Reads the mood of a message from its raw and its normalised text.
pub fn read(raw: &str, normalized: &str) -> MoodReading {
    let mut cues: Vec<(String, f32)> = Vec::new();
    let chars: Vec<char> = normalized.chars().collect();
    let mut taken = vec![false; chars.len()];
    for (list, kind, weight) in [
        (INSULTS, "insult", INSULT_WEIGHT),
        (THREATS, "threat", THREAT_WEIGHT),
    ] {
        for word in list {
            find_cue(&chars, &mut taken, word, kind, weight, &mut cues);
        }
    }
    for i in 0..chars.len() {
        for int in INTENSIFIERS {
            let after = i + int.chars().count();
            if !starts_with_at(&chars, i, int) || taken.get(i).copied().unwrap_or(true) {
                continue;
            }
            if let Some(neg) = NEGATIVE.iter().find(|n| starts_with_at(&chars, after, n)) {
                let end = after + neg.chars().count();
                if !negated(&chars, i) && taken[i..end].iter().all(|t| !t) {
                    taken[i..end].iter_mut().for_each(|t| *t = true);
                    cues.push((format!("intensity:{int}{neg}"), INTENSE_WEIGHT));
                }
            }
        }
        if starts_with_at(&chars, i, "根本")
            && (i + 2..i + 4).any(|j| matches!(chars.get(j), Some('不' | '没')))
        {
            cues.push(("intensity:根本".into(), INTENSE_WEIGHT));
        }
    }
    for word in COMPLAINTS {
        find_cue(
            &chars,
            &mut taken,
            word,
            "complaint",
            COMPLAINT_WEIGHT,
            &mut cues,
        );
    }
    if normalized.contains("呵呵") {
        cues.push(("sarcasm:呵呵".into(), SARCASM_WEIGHT));
    }
    english_cues(normalized, &mut cues);
    raw_cues(raw, &mut cues);

    let score = 1.0 - cues.iter().fold(1.0f32, |rest, (_, w)| rest * (1.0 - w));
    let mood = if score >= UPSET_AT {
        Mood::Upset
    } else {
        Mood::Calm
    };
    MoodReading {
        mood,
        score,
        cues: cues.into_iter().map(|(c, _)| c).collect(),
    }
}

fn starts_with_at(chars: &[char], at: usize, word: &str) -> bool {
    (at..)
        .zip(word.chars())
        .all(|(i, w)| chars.get(i) == Some(&w))
}

/// Finds every occurrence of `word` not already part of a cue and not negated.
fn find_cue(
    chars: &[char],
    taken: &mut [bool],
    word: &str,
    kind: &str,
    weight: f32,
    cues: &mut Vec<(String, f32)>,
) {
    let len = word.chars().count();
    let mut found = false;
    for i in 0..chars.len() {
        if !starts_with_at(chars, i, word) || taken[i..i + len].iter().any(|t| *t) {
            continue;
        }
        taken[i..i + len].iter_mut().for_each(|t| *t = true);
        // "没脑子" is still an insult; only "不是骗子" denies one ("是不是有病" does not).
        let denied = if kind == "insult" {
            i >= 2 && chars[i - 2..i] == ['不', '是'] && (i < 3 || chars[i - 3] != '是')
        } else if word.starts_with(|c: char| c.is_ascii_digit()) {
            // A hotline number inside a longer number is an order or tracking number.
            chars.get(i + len).is_some_and(char::is_ascii_digit)
                || (i > 0 && chars[i - 1].is_ascii_digit())
        } else {
            negated(chars, i)
        };
        if denied || a_not_a(chars, i, word) {
            continue;
        }
        if !found {
            cues.push((format!("{kind}:{word}"), weight));
            found = true;
        }
    }
}

/// A negation in the three characters before `at` (`不失望`, `不会给差评`, `没有后悔`).
fn negated(chars: &[char], at: usize) -> bool {
    chars[at.saturating_sub(3)..at]
        .iter()
        .any(|c| matches!(c, '不' | '没' | '无' | '非'))
}

/// An A-not-A question (`好不好用`, `行不行`): the word starts with 不/没 and the character before
/// it is the one after the negation.
fn a_not_a(chars: &[char], at: usize, word: &str) -> bool {
    let mut w = word.chars();
    matches!(w.next(), Some('不' | '没'))
        && at > 0
        && w.next().is_some_and(|second| chars[at - 1] == second)
}

fn english_cues(normalized: &str, cues: &mut Vec<(String, f32)>) {
    if !normalized.bytes().any(|b| b.is_ascii_alphabetic()) {
        return;
    }
    let words: Vec<&str> = normalized.split(' ').collect();
    for (phrase, kind, weight) in ENGLISH {
        let parts: Vec<&str> = phrase.split(' ').collect();
        let hit = words.windows(parts.len()).enumerate().any(|(i, win)| {
            win == parts.as_slice()
                && !(i > 0 && matches!(words[i - 1], "not" | "never" | "no" | "isnt" | "wasnt"))
        });
        if hit {
            cues.push((format!("{kind}:{phrase}"), *weight));
        }
    }
}

fn raw_cues(raw: &str, cues: &mut Vec<(String, f32)>) {
    let angry = raw.chars().filter(|c| EMOJI.contains(c)).take(2).count();
    for _ in 0..angry {
        cues.push(("emoji".into(), EMOJI_WEIGHT));
    }
    let (mut bangs, mut queries, mut best_bangs, mut best_queries) = (0, 0, 0, 0);
    for c in raw.chars() {
        match c {
            '!' | '！' => bangs += 1,
            '?' | '？' => queries += 1,
            _ if c.is_whitespace() => continue,
            _ => {
                bangs = 0;
                queries = 0;
            }
        }
        best_bangs = best_bangs.max(bangs);
        best_queries = best_queries.max(queries);
    }
    if best_bangs >= 3 {
        cues.push(("exclaim:!!!".into(), EXCLAIM_WEIGHT));
    }
    if best_queries >= 3 {
        cues.push(("exclaim:???".into(), QUERY_RUN_WEIGHT));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::normalize;
    use rstest::rstest;

    #[rstest]
    #[case::insult("什么垃圾东西", Mood::Upset)]
    #[case::threat_review("再不发货我就给差评", Mood::Upset)]
    #[case::threat_regulator("我要打12315投诉你们", Mood::Upset)]
    #[case::intensity("质量太差了", Mood::Upset)]
    #[case::english("This is a scam, I'll call my lawyer", Mood::Upset)]
    #[case::sarcasm_and_bangs("呵呵 好棒的服务!!!", Mood::Upset)]
    #[case::angry_emoji("还没发货😡😡", Mood::Upset)]
    #[case::rhetorical_insult("你们是不是有病", Mood::Upset)]
    #[case::plain_question("什么时候发货", Mood::Calm)]
    #[case::hotline_inside_an_order_number("订单号8812315009到哪了", Mood::Calm)]
    #[case::negated_threat("放心不会给差评的", Mood::Calm)]
    #[case::negated_complaint("用了一点都不失望", Mood::Calm)]
    #[case::a_not_a_question("这个好不好用", Mood::Calm)]
    #[case::polite_bother("麻烦问一下怎么用", Mood::Calm)]
    #[case::english_negated("not bad at all", Mood::Calm)]
    fn reads(#[case] raw: &str, #[case] want: Mood) {
        let got = read(raw, &normalize(raw));
        assert_eq!(got.mood, want, "{raw:?} reads as {want:?}: {got:?}");
        assert!((0.0..=1.0).contains(&got.score), "score in [0, 1]: {got:?}");
    }

    #[test]
    fn cues_name_what_was_found() {
        let got = read("垃圾店 我要投诉", &normalize("垃圾店 我要投诉"));
        assert_eq!(
            got.cues,
            vec!["insult:垃圾", "threat:投诉"],
            "cues in table order"
        );
    }
}
