//! Mood: is the buyer upset (angry, complaining, disappointed, threatening) or calm?
//!
//! The reading is a lexicon score, not a model. The message is cut into clauses (at punctuation
//! and at spaces between Chinese phrases), each clause is normalised and walked with the longest
//! words of the lexicon ([`lexicon`], data in `data/mood.txt`), and every cue adds evidence:
//! insults and threats (`垃圾`, `差评`, `投诉`, `12315`, `scam`, `lawyer`) count whatever the
//! sentence; complaints, disappointment and negative feelings (`失望`, `质量差`, `恶心`,
//! `terrible`) count unless negated (`不失望`), count more after an intensifier (`太差`,
//! `非常失望`), and count little in a yes/no or hypothetical question, where a problem word is
//! a topic (`掉色吗`, `会不会过敏`); a negated content word is a complaint (`不满意`,
//! `不推荐`, `not good`), while content words (`满意`, `推荐`) take evidence away unless sarcasm
//! (`呵呵`, `真是好…啊`) makes them ironic; rhetorical phrasings (`凭什么`, `就这么`), angry emoji
//! and runs of `!!!` or `???` add a little. The evidence `e` maps to a score `1 - 2^(-e / 0.5)`
//! in [0, 1), and a score of [`UPSET_AT`] reads as upset: one insult or complaint does, and so
//! does an intensified mild complaint (`太慢了`); a mild one alone (`有点小`) does not.
//!
//! It misses what a lexicon cannot see (irony without markers, implied complaints, topic-only
//! anger). To extend it, add words to `data/mood.txt` in the section of their kind; keep them
//! general (the vocabulary of reviews and complaints), and measure every mood and shop suite.

pub mod lexicon;

use owldesk_domain::Mood;

use self::lexicon::{Entry, Kind, LEXICON, units};
use crate::normalize;

/// At or above this score, the buyer reads as upset: evidence of 0.43 or more (a complaint,
/// 0.5; a mild complaint intensified, 0.48; not a mild one alone, 0.3, nor a complaint word
/// asked about, 0.125, nor the two together). It was 0.5 (a mild complaint intensified read as
/// calm); docs/ENGINE.md has both settings' figures.
pub const UPSET_AT: f32 = 0.45;

/// Evidence that maps to [`UPSET_AT`].
const EVIDENCE_AT: f32 = 0.5;

/// The share of a complaint's weight left in a yes/no or hypothetical question.
const IN_QUESTION: f32 = 0.25;

/// The weight of a negated content word (`不满意`).
const NEGATED_POSITIVE: f32 = 0.5;

/// How many units may stand between a negation or an intensifier and the cue it governs
/// (`不会给差评`: two).
const SCOPE: usize = 2;

/// Angry emoji and gestures.
const EMOJI: &[char] = &['😡', '🤬', '😠', '💢', '👎', '🖕', '😤'];

/// An eye roll and an unamused face: they count like an angry emoji and make the message's
/// praise ironic (`great service, a week and still nothing 🙄`).
const IRONIC_EMOJI: &[char] = &['🙄', '😒'];

/// Emoji that are ironic when repeated: a slow clap (`really impressive 👏👏`), and the smile
/// of Chinese chat that means contempt (`🙂🙂🙂 售后真是让我大开眼界`), and the upside-down face.
/// Once, any may be meant.
const SLOW_CLAP: [char; 3] = ['👏', '🙂', '🙃'];

const EMOJI_WEIGHT: f32 = 0.5;

/// Chat-app stickers written as text in brackets (`[怒]`, `[抓狂]`: WeChat, Weibo, Douyin and
/// the marketplaces' chat tools send them so): angry ones count like an angry emoji...
const ANGRY_STICKERS: &[&str] = &[
    "怒",
    "发怒",
    "愤怒",
    "抓狂",
    "鄙视",
    "怒骂",
    "哼",
    "左哼哼",
    "右哼哼",
    "吐",
    "衰",
    "弱",
    "白眼",
    "骷髅",
    "炸弹",
    "菜刀",
    "便便",
    "生气",
];
/// ...and sad or fed-up ones a little.
const SAD_STICKERS: &[&str] = &[
    "泪", "流泪", "大哭", "哭", "伤心", "委屈", "难过", "失望", "可怜", "悲伤", "晕", "汗", "冷汗",
    "生病", "撇嘴", "心碎", "囧", "黑线", "叹气", "无语", "捂脸", "苦涩", "裂开", "心累", "崩溃",
];
const SAD_STICKER_WEIGHT: f32 = 0.3;
const EXCLAIM_WEIGHT: f32 = 0.2;
/// `有点` before a word the lexicon does not know: as much as a listed mild complaint.
const A_BIT: f32 = 0.3;
const QUERY_RUN_WEIGHT: f32 = 0.3;

/// Punctuation that ends a clause; `?` also makes it a question.
const CLAUSE_ENDS: &[char] = &[
    ',', '.', '!', '?', ';', ':', '，', '。', '！', '？', '；', '：', '、', '…', '~', '～', '\n',
];

/// The engine's reading of the buyer's mood.
#[derive(Debug, Clone, PartialEq)]
pub struct MoodReading {
    /// Upset or calm.
    pub mood: Mood,
    /// In [0, 1]: how strongly the cues say upset.
    pub score: f32,
    /// The cues found, as `kind:word` (`threat:投诉`, `negated:不满意`, `positive:满意`).
    pub cues: Vec<String>,
    /// True when an insult, a threat, sarcasm or an angry emoji was found: hostility, not only
    /// disappointment. A guard may prefer after-sale handling for a merely unhappy buyer.
    pub hostile: bool,
    /// True when the message reads upset only through faults of the goods (`破洞`, `坏的`):
    /// a report of a problem with what arrived, for after-sale handling.
    pub goods_only: bool,
}

/// Reads the mood of a message from its raw text (`normalized` is the whole message normalised;
/// clauses are normalised again one by one, since punctuation ends them).
pub fn read(raw: &str, normalized: &str) -> MoodReading {
    let mut tally = Tally::default();
    let mut asked = false;
    for (phrases, ending) in clauses(raw) {
        // A sticker's word is read as a word (`[怒吼]`): normalising alone would drop it.
        let texts: Vec<String> = phrases
            .iter()
            .map(|p| normalize(&p.replace(['[', ']'], " ")))
            .collect();
        let tokenized: Vec<(Vec<&str>, Vec<Token<'_>>)> = texts
            .iter()
            .map(|t| {
                let u = units(t);
                let tokens = tokenize(&u);
                (u, tokens)
            })
            .collect();
        // A question anywhere in the clause makes its problem words topics (`染完不满意 能重染吗`),
        // unless it is exclaimed (`忽悠人吧!`) or asks why something was not done (`为什么不退
        // 我钱`): those are reproaches.
        let question = ending == Ending::Asked
            || tokenized
                .iter()
                .any(|(u, t)| t.iter().any(|t| t.is(Kind::Question)) || a_not_a(u));
        let question = (question || texts.iter().any(|t| choice_asked(t)))
            && ending != Ending::Exclaimed
            && !texts.iter().any(|t| reproach(t))
            && !(ending != Ending::Asked && texts.iter().any(|t| too_much(t)));
        for (u, tokens) in &tokenized {
            read_phrase(u, tokens, question, &mut tally);
        }
        asked |= question;
    }
    if normalized.is_empty() && raw.trim().is_empty() {
        return tally.finish();
    }
    raw_cues(raw, asked, &mut tally);
    tally.finish()
}

/// Evidence gathered over a message.
#[derive(Default)]
struct Tally {
    upset: f32,
    content: f32,
    cues: Vec<String>,
    hostile: bool,
    /// A cue other than a fault of the goods added to the evidence.
    grievance: bool,
    /// Sarcasm makes the message's praise ironic: content words then take nothing away.
    sarcastic: bool,
}

impl Tally {
    fn add(&mut self, cue: String, weight: f32) {
        self.upset += weight;
        if !cue.starts_with("defect:") {
            self.grievance = true;
        }
        if !self.cues.contains(&cue) {
            self.cues.push(cue);
        }
    }

    fn finish(self) -> MoodReading {
        let content = if self.sarcastic { 0.0 } else { self.content };
        let evidence = self.upset - content;
        let score = if evidence > 0.0 {
            1.0 - 0.5f32.powf(evidence / EVIDENCE_AT)
        } else {
            0.0
        };
        MoodReading {
            mood: if score >= UPSET_AT {
                Mood::Upset
            } else {
                Mood::Calm
            },
            score,
            cues: self.cues,
            hostile: self.hostile,
            goods_only: self.upset > 0.0 && !self.grievance && !self.hostile,
        }
    }
}

/// How a clause ends.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Ending {
    /// `?`: asked.
    Asked,
    /// `!` (and no `?`): exclaimed; its question particles are rhetorical (`忽悠人吧!`).
    Exclaimed,
    /// Anything else.
    Plain,
}

/// The clauses of the raw text (split at punctuation), each cut into phrases at spaces between
/// Chinese words, with how the clause ends.
fn clauses(raw: &str) -> Vec<(Vec<String>, Ending)> {
    let mut out: Vec<(String, Ending)> = Vec::new();
    let mut cur = String::new();
    for c in raw.chars() {
        if CLAUSE_ENDS.contains(&c) {
            let ending = match c {
                '?' | '？' => Ending::Asked,
                '!' | '！' => Ending::Exclaimed,
                _ => Ending::Plain,
            };
            if cur.trim().is_empty() {
                // A run of marks (`?!`, `!!`) ends the clause before it: `?` wins, then `!`.
                if let Some(last) = out.last_mut()
                    && ending != Ending::Plain
                    && last.1 != Ending::Asked
                {
                    last.1 = ending;
                }
            } else {
                out.push((std::mem::take(&mut cur), ending));
            }
            continue;
        }
        cur.push(c);
    }
    if !cur.trim().is_empty() {
        out.push((cur, Ending::Plain));
    }
    // A space between English words does not end a phrase.
    out.into_iter()
        .map(|(clause, asked)| {
            let mut phrases: Vec<String> = Vec::new();
            for p in clause.split_whitespace() {
                match phrases.last_mut() {
                    Some(prev) if prev.is_ascii() && p.is_ascii() => {
                        prev.push(' ');
                        prev.push_str(p);
                    }
                    _ => phrases.push(p.to_owned()),
                }
            }
            (phrases, asked)
        })
        .collect()
}

/// Why-words that, followed by a negation, make a question a reproach (`为什么还不发货`).
const WHY: &[&str] = &[
    "为什么",
    "为啥",
    "为毛",
    "为何",
    "凭啥",
    "咋还",
    "怎么还",
    "怎么都",
];

/// True when `text` asks why something was not done or still is not (`为什么不退我钱`,
/// `为啥发错了还没处理`).
fn reproach(text: &str) -> bool {
    WHY.iter().any(|w| {
        text.find(w).is_some_and(|at| {
            let rest = &text[at + w.len()..];
            rest.contains('不') || rest.contains('没')
        })
    })
}

/// True when `text` is the `太…了吧` reproach (`也太小了吧`, `太坑了吧`): without a question
/// mark it says "this is too much", it asks nothing.
fn too_much(text: &str) -> bool {
    text.ends_with("了吧") && text.contains('太')
}

/// One token of a clause: a lexicon entry or an unknown unit.
struct Token<'a> {
    entry: Option<&'a Entry>,
    unit: usize,
}

impl Token<'_> {
    /// The unit just after the token.
    fn end(&self) -> usize {
        self.unit + self.entry.map_or(1, |e| e.len)
    }

    fn is(&self, kind: Kind) -> bool {
        self.entry.is_some_and(|e| e.is(kind))
    }
}

/// True for a cue kind (one that moves the score), as opposed to a function word.
fn is_cue(e: &Entry) -> bool {
    e.kinds.iter().any(|(k, _)| {
        !matches!(
            k,
            Kind::Negator | Kind::Intensifier | Kind::Question | Kind::Neutral
        )
    })
}

/// Cuts a phrase's units into lexicon words (longest first) and unknown units.
fn tokenize<'a>(u: &[&str]) -> Vec<Token<'a>> {
    let mut tokens = Vec::new();
    let mut at = 0;
    while at < u.len() {
        let entry = LEXICON.longest_at(u, at);
        tokens.push(Token { entry, unit: at });
        at += entry.map_or(1, |e| e.len);
    }
    tokens
}

/// True when a short abbreviation stands beside a number (`MB-1`, `64 mb`): a model's name or a
/// unit, not the insult the same letters abbreviate.
fn model_or_unit(u: &[&str], t: &Token<'_>) -> bool {
    let number = |w: &&str| w.bytes().next().is_some_and(|b| b.is_ascii_digit());
    u[t.unit].len() <= 3
        && u[t.unit].bytes().all(|b| b.is_ascii_alphabetic())
        && (u.get(t.end()).is_some_and(number) || t.unit > 0 && number(&u[t.unit - 1]))
}

/// The buyer as the one who acts, opening the consequence after a condition (`再不发我投诉`).
const BUYER: &[&str] = &["我", "我们", "老子", "俺", "i", "we"];

/// Sentence particles that close a clause's predicate (see `read_phrase`).
const CLOSING: &[&str] = &[
    "了", "啦", "呢", "哦", "吧", "呀", "啊", "嘛", "哈", "呗", "喔", "哟",
];

/// Words of thanks: praise words a negation before them does not turn into a complaint.
const GRATITUDE: &[&str] = &["谢谢", "感谢", "多谢", "thanks", "thank"];

/// Laughter, which a negation just before does not turn into a complaint (`俺七十多了等不起哈哈`).
const LAUGHTER: &[&str] = &["哈哈", "哈哈哈", "嘻嘻"];

/// Particles after which `好` is praise on its own (`好啊`), not the degree of the next word.
const PARTICLES: &[&str] = &[
    "啊", "呀", "吧", "呢", "哦", "哈", "啦", "呗", "嘛", "了", "的", "么", "喔", "哟",
];

fn read_phrase(u: &[&str], tokens: &[Token<'_>], question: bool, tally: &mut Tally) {
    for (j, t) in tokens.iter().enumerate() {
        let Some(e) = t.entry else {
            // `有点小`, `有点短`: "a bit too ...", a mild complaint whatever the word.
            let a_bit = j >= 2
                && tokens[j - 2].entry.is_none()
                && tokens[j - 1].entry.is_none()
                && u[tokens[j - 2].unit] == "有"
                && u[tokens[j - 1].unit] == "点"
                && !PARTICLES.contains(&u[t.unit]);
            if a_bit {
                let soften = if question { IN_QUESTION } else { 1.0 };
                tally.add(format!("mild:有点{}", u[t.unit]), A_BIT * soften);
            }
            continue;
        };
        let next_is_cue = tokens.get(j + 1).and_then(|n| n.entry).is_some_and(is_cue);
        // A word that is both (好: content word, intensifier) is a function word before a cue.
        if !is_cue(e) || (next_is_cue && (e.is(Kind::Intensifier) || e.is(Kind::Negator))) {
            continue;
        }
        // A sentence particle ends what came before it: `没有了` is a whole answer ("nothing
        // else"), and governs nothing after it (`没有了谢谢`). So does `就` ("then"): a negation
        // before it is the condition of a threat, not its denial (`再不发货就差评`).
        let closes = |p: &&Token<'_>| {
            p.entry.is_none() && (CLOSING.contains(&u[p.unit]) || u[p.unit] == "就")
        };
        let before = |kind: Kind| {
            tokens[..j]
                .iter()
                .rev()
                .take_while(|p| t.unit - p.end() <= SCOPE && !closes(p))
                .find(|p| p.is(kind))
                .and_then(|p| p.entry)
        };
        let negated = before(Kind::Negator).is_some();
        // A threat follows its condition with the buyer as the one who acts (`再不发我投诉到天猫`):
        // a negation before the buyer is the condition's, not the threat's.
        let threat_negated = || {
            negated
                && tokens[..j]
                    .iter()
                    .rev()
                    .take_while(|p| !p.is(Kind::Negator))
                    .all(|p| p.entry.is_some() || !BUYER.contains(&u[p.unit]))
        };
        let boost = before(Kind::Intensifier)
            .and_then(|i| i.weight(Kind::Intensifier))
            .unwrap_or(1.0);
        // Done to the buyer (`敷衍我`, `骗我`): an accusation, which a question form does not make
        // a topic (`你们还这么敷衍我 良心过得去吗`).
        // Not the second half of an A-not-A question (`够不够我们耍一天`: enough for us?).
        let at_me =
            !a_not_a_at(u, t.unit) && u.get(t.end()).is_some_and(|w| *w == "我" || *w == "me");
        let soften = if question && !at_me { IN_QUESTION } else { 1.0 };
        for &(kind, w) in &e.kinds {
            let word = &e.word;
            match kind {
                Kind::Insult => {
                    // `不是骗子`, `别骗人` deny or forbid; `是不是有病` and `没脑子` do not.
                    let denied = j > 0
                        && tokens[j - 1]
                            .entry
                            .is_some_and(|p| matches!(p.word.as_str(), "不是" | "别" | "不要"))
                        && !(j > 1 && u[tokens[j - 2].unit] == "是");
                    if !denied && !model_or_unit(u, t) {
                        tally.hostile = true;
                        tally.add(format!("insult:{word}"), w);
                    }
                }
                Kind::Threat if !threat_negated() => {
                    tally.hostile = true;
                    tally.add(format!("threat:{word}"), w);
                }
                Kind::Complaint | Kind::Emotion | Kind::Defect if !negated => {
                    let label = if kind == Kind::Defect {
                        "defect"
                    } else if boost > 1.0 {
                        "intensity"
                    } else {
                        kind.as_str()
                    };
                    tally.add(format!("{label}:{word}"), w * boost * soften);
                }
                Kind::Sarcasm => {
                    tally.hostile = true;
                    tally.sarcastic = true;
                    tally.add(format!("sarcasm:{word}"), w);
                }
                // `有木有` (read `有没有`) tags an exclamation when it ends the phrase
                // (`太坑了有木有`); followed by what is asked, it is the question itself
                // (`有没有链接发一下`).
                Kind::Rhetorical if e.is(Kind::Question) && asks_on(tokens, j, u) => {}
                Kind::Rhetorical => tally.add(format!("rhetorical:{word}"), w),
                // Thanks are politeness, not a verdict: `没有谢谢` answers "anything else?".
                Kind::Positive
                    if negated
                        && !question
                        && !GRATITUDE.contains(&word.as_str())
                        && !LAUGHTER.contains(&word.as_str()) =>
                {
                    tally.add(format!("negated:{word}"), NEGATED_POSITIVE * boost);
                }
                // A praise word that is also a degree word, before a word the lexicon does not
                // know, is its degree (`好废`, `超油`): no praise.
                Kind::Positive if !question && degree_of_next(e, tokens, j, u) => {}
                // Thanks are politeness, not praise: they take nothing from a complaint
                // (`谢谢 收到的有个破洞`).
                Kind::Positive if GRATITUDE.contains(&word.as_str()) => {}
                Kind::Positive if !question => {
                    tally.content += w * boost.min(1.3);
                }
                _ => {}
            }
            if kind != Kind::Positive && is_cue(e) {
                // One reading per word: its strongest kind comes first in the data file.
                break;
            }
        }
    }
}

/// True when something other than particles follows token `j`: a question word then asks
/// about it rather than tagging what came before.
fn asks_on(tokens: &[Token<'_>], j: usize, u: &[&str]) -> bool {
    tokens[j + 1..]
        .iter()
        .any(|t| t.entry.is_some() || !PARTICLES.contains(&u[t.unit]))
}

/// True when `e`, a word that is both praise and a degree word (`好`), stands before a unit the
/// lexicon does not know (other than a particle): it says how much of that, not that it is good.
fn degree_of_next(e: &Entry, tokens: &[Token<'_>], j: usize, u: &[&str]) -> bool {
    e.is(Kind::Intensifier)
        && tokens
            .get(j + 1)
            .is_some_and(|n| n.entry.is_none() && !PARTICLES.contains(&u[n.unit]))
}

/// An A-not-A question (`好不好用`, `行不行`) or one ending in a negation (`可以染不`).
/// A choice asked, `是 A 还是 B` (`失败退款是退到花呗还是余额啊`); `还是` alone may mean `still`
/// (`还是坏的`).
fn choice_asked(text: &str) -> bool {
    text.find("还是")
        .is_some_and(|at| text[..at].contains('是'))
}

fn a_not_a(u: &[&str]) -> bool {
    let ends_not = u.len() >= 2 && matches!(u[u.len() - 1], "不" | "没");
    ends_not || (1..u.len()).any(|i| a_not_a_at(u, i))
}

/// True when the unit at `i` is the `不` or `没` between a verb and itself (`够不够`, `有没有`).
fn a_not_a_at(u: &[&str], i: usize) -> bool {
    i > 0 && matches!(u[i], "不" | "没") && u.get(i + 1) == Some(&u[i - 1])
}

fn raw_cues(raw: &str, asked: bool, tally: &mut Tally) {
    let angry = raw.chars().filter(|c| EMOJI.contains(c)).take(2).count();
    for _ in 0..angry {
        tally.hostile = true;
        tally.add("emoji".into(), EMOJI_WEIGHT);
    }
    let clapped = repeated(raw, &SLOW_CLAP);
    if clapped || raw.chars().any(|c| IRONIC_EMOJI.contains(&c)) {
        // Beside a question, an eye roll is as often at someone else (`wor lass wants to tweak
        // the wording AGAIN 🙄 do yous charge for that`): it counts only with another cue. A
        // slow clap is at the shop.
        let weight = if asked && !clapped && tally.upset == 0.0 {
            EMOJI_WEIGHT * IN_QUESTION
        } else {
            tally.hostile = true;
            EMOJI_WEIGHT
        };
        tally.sarcastic = true;
        tally.add("emoji".into(), weight);
    }
    for sticker in stickers(raw).take(3) {
        if ANGRY_STICKERS.contains(&sticker) {
            tally.hostile = true;
            tally.add(format!("sticker:{sticker}"), EMOJI_WEIGHT);
        } else if SAD_STICKERS.contains(&sticker) {
            tally.add(format!("sticker:{sticker}"), SAD_STICKER_WEIGHT);
        }
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
        tally.add("exclaim:!!!".into(), EXCLAIM_WEIGHT);
    }
    if best_queries >= 3 {
        tally.add("exclaim:???".into(), QUERY_RUN_WEIGHT);
    }
}

/// True when one of `emoji` comes twice in a row in `raw` (skin tones, variation selectors and
/// spaces between them aside).
fn repeated(raw: &str, emoji: &[char]) -> bool {
    let mut last = None;
    for c in raw.chars() {
        if c.is_whitespace() || ('\u{1F3FB}'..='\u{1F3FF}').contains(&c) || c == '\u{FE0F}' {
            continue;
        }
        if emoji.contains(&c) && last == Some(c) {
            return true;
        }
        last = Some(c);
    }
    false
}

/// The names of the text stickers in `raw`: `[怒]` → `怒` (one to four characters in square
/// brackets, ASCII or full-width).
fn stickers(raw: &str) -> impl Iterator<Item = &str> {
    raw.split(['[', '【'])
        .skip(1)
        .filter_map(|rest| rest.split_once([']', '】']).map(|(name, _)| name.trim()))
        .filter(|name| (1..=4).contains(&name.chars().count()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use rstest::rstest;

    fn mood_of(raw: &str) -> MoodReading {
        read(raw, &normalize(raw))
    }

    #[rstest]
    #[case::insult("什么垃圾东西", Mood::Upset)]
    #[case::threat_review("再不发货我就给差评", Mood::Upset)]
    #[case::threat_regulator("我要打12315投诉你们", Mood::Upset)]
    #[case::english("This is a scam, I'll call my lawyer", Mood::Upset)]
    #[case::rhetorical_insult("你们是不是有病", Mood::Upset)]
    #[case::gone_bust_jab("三天了还不发货 你们店是倒闭了吗", Mood::Upset)]
    #[case::thanks_for_nothing("thanks for nothing, still waiting a week later", Mood::Upset)]
    #[case::the_news_called("fix this or im calling channel 12", Mood::Upset)]
    #[case::es_complaint("estoy harta, voy a poner una queja", Mood::Upset)]
    #[case::sheng_insult("hii ni ufala tu", Mood::Upset)]
    #[case::arabizi_thieves(
        "1500 dirham and it smells like nothing, you are 7aramiya",
        Mood::Upset
    )]
    #[case::shame("second time you cancel my order. shame on you", Mood::Upset)]
    #[case::reviews_everywhere(
        "i will dispute the whole payment and put review everywhere",
        Mood::Upset
    )]
    #[case::sichuan_insult("龟儿子些 收了钱就不管了是不是", Mood::Upset)]
    #[case::platform_judge("买的少盐的跟普通的一样咸 我要找平台评理", Mood::Upset)]
    #[case::bank_dispute("I will be disputing this charge with my bank", Mood::Upset)]
    #[case::out_of_your_mind("说好今天出货 结果到现在都没动 是在骗肖喔", Mood::Upset)]
    #[case::cheers_for_nothing("you ruined my wedding photos, cheers for nothing", Mood::Upset)]
    #[case::still_in_business("how are you still in business honestly", Mood::Upset)]
    #[case::not_let_off("如果有什么事我不会放过你们", Mood::Upset)]
    #[case::counterfeit_reported("防伪码查询了8次 等着被打假吧", Mood::Upset)]
    #[case::cannot_read("你们客服是不是不识字", Mood::Upset)]
    #[case::never_again_classy("never ordering from you again, classy", Mood::Upset)]
    #[case::dead_staff("你们客服是死人吗", Mood::Upset)]
    #[case::angry_emoji("还没发货😡😡", Mood::Upset)]
    #[case::plain_question("什么时候发货", Mood::Calm)]
    #[case::hotline_inside_an_order_number("订单号8812315009到哪了", Mood::Calm)]
    #[case::negated_threat("放心不会给差评的", Mood::Calm)]
    #[case::conditional_threat("还不退款就投诉", Mood::Upset)]
    #[case::polite_bother("麻烦问一下怎么用", Mood::Calm)]
    #[case::polite_sorry("不好意思 打扰了", Mood::Calm)]
    #[case::denied_insult("你们不是骗子吧", Mood::Calm)]
    #[case::forbidden_insult("是正品吧 别骗人", Mood::Calm)]
    #[case::really("听说收藏店铺送鱼食 真的假的", Mood::Calm)]
    #[case::reported_to_the_platform("再不寄我直接去蝦皮檢舉你們", Mood::Upset)]
    #[case::en_deaf("you graded this VG+?? are you deaf or just dishonest", Mood::Upset)]
    #[case::sichuan_insult("瓜娃子 牌都发错了还喊我自己出运费", Mood::Upset)]
    #[case::parents_group("收这么多钱就这么敷衍？我要在家长群里好好说道说道", Mood::Upset)]
    #[case::en_citizens_advice("I will be contacting Citizens Advice", Mood::Upset)]
    #[case::en_amateurs("Do you even read the orders? Amateurs.", Mood::Upset)]
    #[case::indonesian_insult("admin tolol paket gue kmn hah", Mood::Upset)]
    #[case::indonesian_regulator("sy lapor YLKI sm BPSK kalo uang sy gk dibalikin", Mood::Upset)]
    #[case::indonesian_disappointed(
        "kecewa berat sm toko ini, makin kesini makin parah",
        Mood::Upset
    )]
    #[case::mute_service("你们客服是哑巴吗 问半天不回", Mood::Upset)]
    #[case::consumer_council("你哋啲嘢食到我屋企人肚痛，我會報消委會", Mood::Upset)]
    #[case::en_fuming(
        "mate im absolutely fuming. you told me it was unlocked. false advertising",
        Mood::Upset
    )]
    #[case::cantonese_kidding("等咗成半個鐘都冇人嚟 玩嘢呀？？？", Mood::Upset)]
    #[case::en_going_public(
        "posting this on r/houseplants tonight, people deserve to know",
        Mood::Upset
    )]
    #[case::en_dispute("I want my money back NOW or I'm disputing it", Mood::Upset)]
    #[case::slow_typist("我打字慢 麻烦让你们的人给我回个电话", Mood::Calm)]
    #[case::posted_for_all("已经在小红书发帖了 让大家都看看你们家怎么坑新车主的", Mood::Upset)]
    #[case::bullied("当初说好三百 怎么变成六百了 你们就欺负人是吧 什么道理", Mood::Upset)]
    #[case::service_unbelievable("你们这服务真是绝了👍 还倒收我除味费 真有你们的", Mood::Upset)]
    #[case::en_my_chinese(
        "can I talk to a real person please? my chinese is not good",
        Mood::Calm
    )]
    #[case::henan_idiot("信球一样的随车老师 孩子安全带都没系就开车", Mood::Upset)]
    #[case::make_a_scene("已经第三次没热水了 明天我直接去你们门店闹 别逼我", Mood::Upset)]
    #[case::reported_to_police("收咗钱唔送货 系咪骗案 我已经报咗警", Mood::Upset)]
    #[case::en_legal(
        "If anything happens to him I will be taking legal action",
        Mood::Upset
    )]
    #[case::en_posting_the_parcel(
        "When are you posting this? I would like it before the weekend",
        Mood::Calm
    )]
    #[case::en_thick(
        "are you thick or what?? this is the THIRD time I've given you my address",
        Mood::Upset
    )]
    #[case::enough_for_us("电瓶车能跑好远嘛 够不够我们耍一天", Mood::Calm)]
    #[case::fooling_me("说好九点送车 现在十点半了人呢？？？耍人玩呢", Mood::Upset)]
    #[case::review_for_a_reward("发小红书有返现吗", Mood::Calm)]
    #[case::review_to_expose("再不处理我就发小红书", Mood::Upset)]
    #[case::blind_retoucher("你们修图师是不是瞎 把我修得跟另一个人一样", Mood::Upset)]
    #[case::es_thieves("estafadores!!! devuelvan mi plata", Mood::Upset)]
    #[case::pt_regulator("vou colocar no Reclame Aqui hoje mesmo", Mood::Upset)]
    #[case::es_calm("hola, tienen clases de inglés de negocios?", Mood::Calm)]
    #[case::choice_asked("失败退款是退到花呗还是余额啊", Mood::Calm)]
    #[case::still_is_no_choice("换了新的还是坏的 太失败了", Mood::Upset)]
    #[case::deaf_or_blind("你们客服是聋了还是瞎了 消息都不回", Mood::Upset)]
    #[case::toilet_rough_in("坑距到底是啥意思 下单让我选坑距 一脸懵", Mood::Calm)]
    #[case::en_a_dislike("do you have water washable resin? hate dealing with IPA", Mood::Calm)]
    #[case::en_hate_intensified("i really hate this company, worst service ever", Mood::Upset)]
    #[case::yiddish_insult("the delivery guy is a total schmuck", Mood::Upset)]
    #[case::no_conscience_asked("收了钱不办事 还有没有良心", Mood::Upset)]
    #[case::dare(
        "refund me by friday or i come down there with police, try me",
        Mood::Upset
    )]
    #[case::never_patronise_again("我同我屋企人以后唔会再帮衬", Mood::Upset)]
    #[case::cantonese_polite_dont("唔该唔好用机器人覆我", Mood::Calm)]
    #[case::a_disgrace("the way you treat people is a disgrace", Mood::Upset)]
    #[case::office_scene("再不退钱我明天去你们办公室闹去", Mood::Upset)]
    #[case::taken_for_a_sucker("你哋当我水鱼呀", Mood::Upset)]
    #[case::nice_work_ironic("real nice work, you scratched my whole bumper", Mood::Upset)]
    #[case::jokers("allyuh is real jokers, nobody answering", Mood::Upset)]
    #[case::theft("they steal my money and dont answer", Mood::Upset)]
    #[case::comment_section("最后说一遍 再不退我天天去你们评论区刷", Mood::Upset)]
    #[case::scouse_insult("youse are a pack of divvies", Mood::Upset)]
    #[case::to_the_papers("refund me today or im going to the papers", Mood::Upset)]
    #[case::sarcastic_geniuses("nice job geniuses, wrong address again", Mood::Upset)]
    #[case::machine_refused("我要跟真人说话 别再自动回复了", Mood::Calm)]
    #[case::clown_show("what kind of clown show is this", Mood::Upset)]
    #[case::chicago_insult("bunch of jagoffs in that kitchen", Mood::Upset)]
    #[case::conscience_eaten("良心让狗吃了吧", Mood::Upset)]
    #[case::waiting_to_use("钱都付了 几时发货 工地等住用", Mood::Calm)]
    #[case::robot_fobbed_off("别拿机器人糊弄我 我要真人", Mood::Calm)]
    #[case::conmen("you lot are conmen and everyone will know", Mood::Upset)]
    #[case::swahili_stupidity("hii ni ujinga gani, mtaona", Mood::Upset)]
    #[case::food_regulator("raw chicken again, environmental health will hear of it", Mood::Upset)]
    #[case::long_post("我要把这次经历写成小红书长文", Mood::Upset)]
    #[case::thanks_for_ruining("thanks for ruining our anniversary", Mood::Upset)]
    #[case::proud("hope you're proud of yourselves", Mood::Upset)]
    #[case::real_convenient("cancelled again on a sunny day, real convenient", Mood::Upset)]
    #[case::taken_for_fools("you must think we're daft", Mood::Upset)]
    #[case::taiwanese_useless("有够废", Mood::Upset)]
    #[case::told_to_quit("不能干趁早别干了", Mood::Upset)]
    #[case::patois_shame("unu fi shame", Mood::Upset)]
    #[case::sue_greeted("Hi Sue, the box came warm", Mood::Calm)]
    #[case::sue_asked_for("can I speak to Sue please", Mood::Calm)]
    #[case::nanjing_insult("你们呆逼吧", Mood::Upset)]
    #[case::everyone_told("i will let everyone know how you treat people", Mood::Upset)]
    #[case::loyal_customers(
        "twenty years buying here and this is how you treat loyal customers",
        Mood::Upset
    )]
    #[case::emailed_four_times("I've emailed four times now", Mood::Upset)]
    #[case::face_lost("我脸都丢光了", Mood::Upset)]
    #[case::not_good_with_computers(
        "can someone call me, I don't do so good with the computer",
        Mood::Calm
    )]
    #[case::old_mother("礼拜天开门伐 想陪阿拉老娘来补牙", Mood::Calm)]
    #[case::hygiene_rating("whats your environmental health rating?", Mood::Calm)]
    #[case::proud_praise("you should be proud of yourselves, the cake was perfect", Mood::Calm)]
    #[case::review_of_application("when can I expect a review of my application", Mood::Calm)]
    #[case::everyone_told_late("can you let everyone know we'll be late", Mood::Calm)]
    #[case::can_you_do_it("这活你们能干不", Mood::Calm)]
    #[case::post_praise("我想写个小红书推荐你们", Mood::Calm)]
    #[case::disrespected("on his phone the whole time. disrespectful", Mood::Upset)]
    #[case::chancers(
        "cancelled my order and still have my money, shower of chancers",
        Mood::Upset
    )]
    #[case::masked_swear("£8 postage for crisps. robbin b*stards", Mood::Upset)]
    #[case::this_lot_of_things("你们这帮玩意儿 不给个说法", Mood::Upset)]
    #[case::scolding_every_day("不给个说法我天天来骂", Mood::Upset)]
    #[case::charge_disputed("4 messages no answer. disputing the charge with my bank", Mood::Upset)]
    #[case::punjabi_scene("paise wapas karo nahi taan main tamasha karunga", Mood::Upset)]
    #[case::conscience_asked("街上卖的比你便宜一半 良心呢", Mood::Upset)]
    #[case::catch_yourself_on("catch yerself on, near £8 for postage", Mood::Upset)]
    #[case::missing_something_terrible(
        "I'm missing me tayto something terrible, do ye ship to Spain",
        Mood::Calm
    )]
    #[case::seasick_something_awful("I get seasick something awful, any tips?", Mood::Calm)]
    #[case::short_by_a_jin("页面上写的两斤 差了一斤", Mood::Calm)]
    #[case::mugged_off("divvent mug me off pet", Mood::Upset)]
    #[case::robbery("上门费五十蚊 睇都唔睇就走 抢钱咩", Mood::Upset)]
    #[case::cantonese_swear("我屌 装个冷气漏到成幅墙都系水", Mood::Upset)]
    #[case::tagalog_curse("bwisit, chinarge nyo ako 18k", Mood::Upset)]
    #[case::rude_staff("ang bastos ng staff nyo sa desk", Mood::Upset)]
    #[case::ignored("ive emailed 4 times about the banner and been ignored", Mood::Upset)]
    #[case::the_state_of_them("the state of these polos man", Mood::Upset)]
    #[case::bisaya_bad_service("pangit kaayo inyong serbisyo", Mood::Upset)]
    #[case::child_could_do_better("me 6 year old could do better", Mood::Upset)]
    #[case::dead_tired("party is saturday, we gonna be dead tired", Mood::Calm)]
    #[case::bajan_vexed("cheese on bread!! I vex bad bad", Mood::Upset)]
    #[case::solicitors_letter(
        "ow many times do I av to ask? solicitors letter is next",
        Mood::Upset
    )]
    #[case::solicitor_named("me dad passed and the solicitor needs a valuation", Mood::Calm)]
    #[case::so_called("your so called guarantee is worth nothing mate", Mood::Upset)]
    #[case::assay_office("complaining to the assay office about your hallmark", Mood::Upset)]
    #[case::quebec_swear("merci for nothing. 45 min on hold. crisse de garage", Mood::Upset)]
    #[case::shaanxi_angry("额滴神 气死额了", Mood::Upset)]
    #[case::shaanxi_scorn("扎势啥呢 一个破洗鞋的 客服态度恁差", Mood::Upset)]
    #[case::sold_at_the_shop("洗完直接挂你们那卖", Mood::Calm)]
    #[case::a_middleman("汝兜是茶农无 还是二手贩仔", Mood::Calm)]
    #[case::to_him_asked("领队说付尾款 能直接转给他么", Mood::Calm)]
    #[case::the_claim_window(
        "how long do i have to complain if the cake comes smashed?",
        Mood::Calm
    )]
    #[case::planting_hole("苗到了 坑要挖多深多宽", Mood::Calm)]
    #[case::laughed_off("俺七十多了等不起哈哈", Mood::Calm)]
    #[case::whole_world_told("我會喺小紅書寫篇筆記 話俾全世界知你哋幾咁求其", Mood::Upset)]
    #[case::robbers(
        "same phone is 450k elsewhere and you charge 520. robbers",
        Mood::Upset
    )]
    #[case::fools("ssebo do you think we are fools?", Mood::Upset)]
    #[case::quack("你们这些庸医 还叫他忍", Mood::Upset)]
    #[case::good_job_thumbs("酱紫做生意的吗 发了三天没人回 真的好样的👍👍", Mood::Upset)]
    #[case::a_mother("当妈的领小子去洗澡", Mood::Calm)]
    #[case::garbage_day("what day is garbage at crows nest", Mood::Calm)]
    #[case::lawyer_wanted("my cousin needs a lawyer for a DUI, know anybody?", Mood::Calm)]
    #[case::creolese_scorn("3 DAYS. y'all ent serious at all. wukless set ah people", Mood::Upset)]
    #[case::creolese_review("bannah yuh gon see a review pon facebook tonight", Mood::Upset)]
    #[case::stupidness("stupidness!! sell me a TV with dead pixel", Mood::Upset)]
    #[case::business_done_so("等了四十天定制还冇到 嗯们就这样做生意的？", Mood::Upset)]
    #[case::a_fool_to_come("行 你们厉害 排了一个钟头 下回再来我就是呆子", Mood::Upset)]
    fn insults_and_threats(#[case] raw: &str, #[case] want: Mood) {
        let got = mood_of(raw);
        assert_eq!(got.mood, want, "{raw:?} reads as {want:?}: {got:?}");
        assert!((0.0..=1.0).contains(&got.score), "score in [0, 1]: {got:?}");
    }

    #[rstest]
    #[case::disappointed("太失望了", Mood::Upset)]
    #[case::complaint_alone("用了两次就坏了 后悔", Mood::Upset)]
    #[case::two_complaints("做工粗糙 还有异味", Mood::Upset)]
    #[case::feeling("看到这个就恶心", Mood::Upset)]
    #[case::english_complaint("terrible service, never again", Mood::Upset)]
    #[case::english_disappointed("I am really disappointed", Mood::Upset)]
    #[case::praise("质量很好 非常满意 推荐", Mood::Calm)]
    #[case::praise_outweighs("物流有点慢 但是东西很好 满意", Mood::Calm)]
    #[case::english_praise("great product, fast delivery", Mood::Calm)]
    #[case::english_regulator("6 weeks and nothing, im contacting trading standards", Mood::Upset)]
    #[case::english_review_threat("leaving a 1 star review on trustpilot", Mood::Upset)]
    #[case::english_ghosted("you took my money and ghosted me", Mood::Upset)]
    #[case::still_waiting_asked("still no tracking update, is that normal?", Mood::Calm)]
    #[case::trust_asked("这个网站靠谱吗", Mood::Calm)]
    #[case::advises_against("不建议购买", Mood::Upset)]
    #[case::needs_improving("做工有待提高", Mood::Upset)]
    #[case::mild_alone("刚买就降价", Mood::Calm)]
    #[case::ugly("丑的不是一点点", Mood::Upset)]
    #[case::clown_is_no_insult("[小丑]", Mood::Calm)]
    #[case::a_bit_alone_is_mild("有点短", Mood::Calm)]
    #[case::a_bit_with_another_cue("有点短 还有异味", Mood::Upset)]
    #[case::too_much_reproach("这个也太小了吧，两口就没了", Mood::Upset)]
    #[case::undecided_is_calm("两个颜色都好看 纠结死了", Mood::Calm)]
    #[case::hours_asked("周末几点以后没人回", Mood::Calm)]
    #[case::still_waiting_alone("still waiting on the second box, when does it ship", Mood::Calm)]
    #[case::see_you_on_the_platform("不给退是吧 平台见", Mood::Upset)]
    #[case::insult_with_x("什么傻x客服", Mood::Upset)]
    #[case::a_body_not_well_is_context("腰不好 坐久了疼 选哪款", Mood::Calm)]
    #[case::en_worried_asks("worried it will shrink after a few washes, does it?", Mood::Calm)]
    #[case::asleep("客服都睡死了吗", Mood::Upset)]
    #[case::no_brain("有没有脑子啊你们", Mood::Upset)]
    #[case::regulator_in_full("我去市场监督管理局举报你们", Mood::Upset)]
    #[case::platform_called_in("已经申请介入了", Mood::Upset)]
    #[case::going_public("我要发到网上让大家看看", Mood::Upset)]
    #[case::read_no_reply("消息已读不回 三天了", Mood::Upset)]
    #[case::asked_three_times("问了三遍了没人搭理", Mood::Upset)]
    #[case::copy_paste("跟机器人一样复制粘贴", Mood::Upset)]
    #[case::indefinite_is_no_question("说什么都是满分 骗人", Mood::Upset)]
    #[case::bargain_share_is_calm("帮我砍一刀 老差一点了", Mood::Calm)]
    #[case::en_people_in_question("do you people ever answer emails", Mood::Upset)]
    #[case::en_robbery("daylight robbery for one ball of wool", Mood::Upset)]
    #[case::en_ashamed("you should be ashamed of this service", Mood::Upset)]
    #[case::en_not_good_with("im not very good with computers, can you help", Mood::Calm)]
    #[case::what_manner("是不是都不上班 这是什么态度", Mood::Upset)]
    #[case::slow_clap("three weeks for a mug, amazing work 👏👏", Mood::Upset)]
    #[case::one_clap_is_praise("发货好快 👏", Mood::Calm)]
    #[case::upside_down("thanks for the stale cake, so happy 🙃🙃", Mood::Upset)]
    #[case::sticker_word("[怒吼] [吵闹]", Mood::Upset)]
    #[case::abbreviation_alone("MB!", Mood::Upset)]
    #[case::model_name("are the MB-1 irons ok for a beginner", Mood::Calm)]
    #[case::models_named("can I pay the MB-1s off over a few months", Mood::Calm)]
    #[case::keen("my grandson is mad on golf", Mood::Calm)]
    #[case::muppets("who the hell packed this?? utter muppets the lot of you", Mood::Upset)]
    #[case::taken_for_a_fool(
        "说好的免费停车两小时 出来还让我交了20块 把人当瓜子呢？？",
        Mood::Upset
    )]
    #[case::rudely_treated(
        "I have never been treated this rudely. Your rep hung up on me",
        Mood::Upset
    )]
    #[case::no_conscience_hubei("几多天了 蛋还冇到 你们做生意冇得良心", Mood::Upset)]
    #[case::hinglish(
        "bhai tum log pagal ho kya? bakwas policy hai. consumer court jaunga",
        Mood::Upset
    )]
    #[case::irish_report(
        "do it again and I'm reporting ye to the data commissioner",
        Mood::Upset
    )]
    #[case::solicitor(
        "If my money isnt back by friday Im going straight to my solicitor",
        Mood::Upset
    )]
    #[case::asked_a_third_time("第三次问了!!!到底什么时候给我退款 当我好欺负是吧", Mood::Upset)]
    #[case::learnt_the_hard_way("好喔 原來你們的保固就是已讀不回 長知識了呢😊", Mood::Upset)]
    #[case::till_the_end_of_time(
        "真是謝謝喔 買個殼可以等到天荒地老 👍👍👍 讚啦 效率一流",
        Mood::Upset
    )]
    #[case::complaint_site("再不处理我就去黑猫投诉", Mood::Upset)]
    #[case::cantonese_insult("on9 張床一瞓就響 仲話有保養 呃人", Mood::Upset)]
    #[case::cantonese_one_star("我喺google俾一粒星你 等住啦", Mood::Upset)]
    #[case::cantonese_thanks_edge("好嘢 第三次改期 真係多謝晒你哋😊😊", Mood::Upset)]
    #[case::malay_report(
        "nugget bau hapak, kalau anak aku sakit perut aku report KKM terus!!",
        Mood::Upset
    )]
    #[case::malay_rude("kurang ajar punya admin, aku blacklist kedai ni", Mood::Upset)]
    #[case::chat_unanswered("answer the damn chat. been sitting here 40 minutes", Mood::Upset)]
    #[case::insult_plural("oi dickheads wheres my order", Mood::Upset)]
    #[case::account_demanded("箱子拉链崩了 你们这破质量对得起这价钱?? 给我个交代", Mood::Upset)]
    #[case::last_purchase("this is the last time im buying from yous", Mood::Upset)]
    #[case::fleeced_asked("秒杀价比平时还贵 割韭菜割到我头上了是吧", Mood::Upset)]
    #[case::still_trading_asked("又迟到一个多小时 你们到底还想不想做了?!", Mood::Upset)]
    #[case::contempt_smile("🙂🙂 真是谢谢你们的售后", Mood::Upset)]
    #[case::one_smile_is_polite("thanks 🙂", Mood::Calm)]
    #[case::into_the_bin("想扔垃圾桶的", Mood::Upset)]
    #[case::never_again_vow("这质量 再买我是狗", Mood::Upset)]
    #[case::tv_station("再不处理我就去找电视台", Mood::Upset)]
    #[case::what_rotten_rule("什么破规定 退个款这么麻烦", Mood::Upset)]
    #[case::service_for_show("你们客服是摆设吗", Mood::Upset)]
    #[case::asked_again_and_again("真服了 问了三遍了 能不能回一下", Mood::Upset)]
    #[case::going_on_xiaohongshu("等着上小红书吧", Mood::Upset)]
    #[case::taglish_insult("walang kwenta kayo", Mood::Upset)]
    #[case::taglish_regulator("irereklamo ko kayo sa dti", Mood::Upset)]
    #[case::done_to_me_asked("你们是不是一直在骗我", Mood::Upset)]
    #[case::worry_asked("这款会不会不合适 能换吗", Mood::Calm)]
    #[case::manner_asked_calm("售后的态度怎么样", Mood::Calm)]
    #[case::review_given("已经给差评了 你们看着办吧", Mood::Upset)]
    #[case::this_kind_of_shop("你们这种店我见多了", Mood::Upset)]
    #[case::en_clowns("dispatched same day, sure. clowns.", Mood::Upset)]
    #[case::en_kidding("are you f***ing kidding me", Mood::Upset)]
    #[case::pasted_code("卡密是复制粘贴的 没输错", Mood::Calm)]
    #[case::pasted_replies("回复全是复制粘贴的", Mood::Upset)]
    #[case::banner("再不发我就去漫展现场拉横幅挂你们", Mood::Upset)]
    #[case::measured_with_feet("你们尺码表是拿脚量的吗 到底咋选码", Mood::Upset)]
    #[case::malay_police("kalau esok barang tak sampai sy buat report polis", Mood::Upset)]
    #[case::malay_regret("servis teruk gila. Menyesal beli sini, takkan beli lagi", Mood::Upset)]
    #[case::malay_viral("sy viralkan kat tiktok biar satu malaysia tau", Mood::Upset)]
    #[case::en_nobody_picks_up("I have called four times and nobody picks up", Mood::Upset)]
    #[case::malay_asked_calm("ada stok saiz M tak sis", Mood::Calm)]
    #[case::warn_everyone("回头就去虎扑发帖让车友避雷", Mood::Upset)]
    #[case::take_me_for_a_fool("加了12块走顺丰 结果还是发的中通 当我傻？", Mood::Upset)]
    #[case::chased_again("一张发票催了五次 你们到底会不会做生意", Mood::Upset)]
    #[case::avoid_asked("有没有什么要避雷的款", Mood::Calm)]
    #[case::for_show("服了 客服就是个摆设 包不包邮都说不明白", Mood::Upset)]
    #[case::en_sick_of_it(
        "sick to death of this, how am I supposed to pay you then",
        Mood::Upset
    )]
    #[case::en_asked_three_times("ffs ive asked 3 times now. HOW do i cancel", Mood::Upset)]
    #[case::en_regulator("Im reporting your pre workout to the FDA", Mood::Upset)]
    #[case::en_approval_asked("is it fda approved?", Mood::Calm)]
    #[case::you_are_sick("你们有病吧 押金要一万多 芝麻分多少才能免押啊", Mood::Upset)]
    #[case::said_again_and_again("说了多少遍了 我就问儿童票怎么买", Mood::Upset)]
    #[case::cannot_understand("听不懂人话是吧", Mood::Upset)]
    #[case::vow("行 我算是看透了 以后再在你们家买我就是狗", Mood::Upset)]
    #[case::still_in_business("问了半小时没人理 还做不做生意了", Mood::Upset)]
    #[case::admired("顺丰都能发出七天 真是佩服👍", Mood::Upset)]
    #[case::platform_court("我要申请闲鱼小法庭", Mood::Upset)]
    #[case::en_police("you sent NOTHING. I'm going to the police with this", Mood::Upset)]
    #[case::en_self_deprecating(
        "can you help me write vows? im terrible at this stuff",
        Mood::Calm
    )]
    fn complaints_and_praise(#[case] raw: &str, #[case] want: Mood) {
        let got = mood_of(raw);
        assert_eq!(got.mood, want, "{raw:?} reads as {want:?}: {got:?}");
    }

    #[rstest]
    #[case::negated_positive("不满意", Mood::Upset)]
    #[case::negated_recommend("不推荐购买", Mood::Upset)]
    #[case::negated_good_intensified("一点都不好用", Mood::Upset)]
    #[case::english_not_good("not good at all", Mood::Upset)]
    #[case::negated_complaint("用了一点都不失望", Mood::Calm)]
    #[case::negated_problem("不掉色 不刺激", Mood::Calm)]
    #[case::english_negated("not bad at all", Mood::Calm)]
    #[case::nothing_else_thanks("没有了谢谢", Mood::Calm)]
    #[case::no_thanks("没有谢谢", Mood::Calm)]
    #[case::a_closed_answer_governs_nothing_after("没了呢 好用", Mood::Calm)]
    #[case::a_later_negation_still_counts("没有了 不满意", Mood::Upset)]
    #[case::if_not_then("不行我就重新拍", Mood::Calm)]
    #[case::no_good_at_all("质量太差 不行", Mood::Upset)]
    #[case::a_not_a("这个好不好用", Mood::Calm)]
    #[case::not_a_problem("没问题 收到了", Mood::Calm)]
    fn negation(#[case] raw: &str, #[case] want: Mood) {
        let got = mood_of(raw);
        assert_eq!(got.mood, want, "{raw:?} reads as {want:?}: {got:?}");
    }

    #[test]
    fn good_as_a_degree_word_is_no_praise() {
        let degree = mood_of("好废的手机 不会再买了");
        assert_eq!(
            degree.mood,
            Mood::Upset,
            "好废 is very bad, not good: {degree:?}"
        );
        let praise = mood_of("质量好 不会再买别家了");
        assert!(
            praise.score < degree.score,
            "好 on its own is still praise: {praise:?} vs {degree:?}"
        );
    }

    #[test]
    fn intensity_strengthens_a_complaint() {
        let plain = mood_of("有点失望");
        let strong = mood_of("非常失望");
        assert!(
            strong.score > plain.score,
            "an intensifier adds to the score: {plain:?} vs {strong:?}"
        );
        assert!(
            strong.cues.iter().any(|c| c.starts_with("intensity:")),
            "and is named: {strong:?}"
        );
    }

    #[rstest]
    #[case::hehe("呵呵 好东西", Mood::Upset)]
    #[case::ironic_praise("真是好东西啊 用一次就坏", Mood::Upset)]
    #[case::ironic_thanks("真行啊 佩服佩服", Mood::Upset)]
    #[case::fed_up("服了 又是这样", Mood::Upset)]
    #[case::tagged("太坑了有木有!!", Mood::Upset)]
    #[case::sincere_praise("真的很好用 谢谢", Mood::Calm)]
    #[case::dream_on("还想让我追评 做梦吧", Mood::Upset)]
    #[case::dares_to_sell("这种货也敢卖", Mood::Upset)]
    #[case::giving_up_trade("一直不回 是不是不想干了", Mood::Upset)]
    #[case::en_nailing_it("a month for one parcel, really nailing it", Mood::Upset)]
    #[case::en_how_hard("seriously how hard is it to reply", Mood::Upset)]
    #[case::eye_roll_makes_praise_ironic("great service, ten days and nothing 🙄", Mood::Upset)]
    #[case::en_cheat("you all cheat people", Mood::Upset)]
    #[case::abbreviated_curse("tm的 到底发不发", Mood::Upset)]
    #[case::en_police("refund me or i make a police report", Mood::Upset)]
    #[case::service_sarcasm("这效率真够可以的", Mood::Upset)]
    #[case::no_business_wanted("三天不回 是不是不想做生意了", Mood::Upset)]
    #[case::en_funny_how("funny how the photos always look better", Mood::Upset)]
    #[case::still_open("你們態度有夠差 回得愛理不理 這種店還開得下去喔", Mood::Upset)]
    #[case::thanks_with_an_edge("真是谢谢你们啊 寄来的脚垫连车型都不对 太专业了", Mood::Upset)]
    #[case::thanks_meant("真是谢谢你们了 帮了大忙", Mood::Calm)]
    #[case::care_praised("包装太贴心了 还送了小卡片", Mood::Calm)]
    fn sarcasm(#[case] raw: &str, #[case] want: Mood) {
        let got = mood_of(raw);
        assert_eq!(got.mood, want, "{raw:?} reads as {want:?}: {got:?}");
    }

    #[rstest]
    #[case::what_is_wrong("电脑上打开课程是黑屏 只有声音 怎么回事")]
    #[case::rough_couriers("快递那么暴力 万一摔坏了你们管不管呀")]
    #[case::heat_not_temper("the firebox gets hotter than hell, will the gasket hold up")]
    #[case::fading("会掉色吗?")]
    #[case::allergy("会不会过敏")]
    #[case::quality("质量好吗")]
    #[case::hypothetical("如果不满意可以退吗")]
    #[case::a_not_a_end("孕妇可以用不")]
    #[case::topic_in_a_spaced_clause("染完不满意 能再染一次吗")]
    #[case::english("is it defective if it smells?")]
    #[case::asking_twice("那有没有哪款可以的 有没有链接发一下")]
    #[case::everyone("不是人人都会装系统")]
    #[case::who_bears_it("运输途中摔碎了算谁的")]
    #[case::covered("屏幕裂了保不保")]
    #[case::worth_it("加五十块的那款值不值")]
    #[case::how_they_differ("白色跟黑色差在哪 贵了三十")]
    #[case::big_or_small("鞋子偏大还是偏小")]
    #[case::a_week("等发货等了一星期了")]
    #[case::a_term_meant("预售是什么意思 要等几天")]
    #[case::usually_how_long("退货以后一般多久退钱")]
    #[case::smoke_alarm("宿舍用会不会把烟雾报警器弄响")]
    #[case::livestream_link("我是做直播的 想挂你们的链接")]
    #[case::which_is_better("带盖的好还是不带盖的好")]
    #[case::weak_legs("我爸腿没劲 走路要扶着")]
    #[case::worried("网上买东西总有点不放心")]
    #[case::how_many_minutes("一块电池能跑几分钟 孩子老嫌不够玩")]
    #[case::alarm_feature("有没有带遥控报警的那种")]
    #[case::police_asked("蹭了一下 这种也要报警吗")]
    #[case::fault_supposed("万一机器有毛病 是换新还是修")]
    #[case::boiling("泡茶不要滚开的水")]
    #[case::guarantee_named("你们说的不满意重做 是多长时间内有效啊")]
    #[case::not_cleaned_properly("家里大概大半年没好好打扫过了 不知道该约日常还是深度")]
    #[case::scammers_about("怎么确定来敲门的就是你们家阿姨啊 现在骗子木佬佬多")]
    #[case::kitten_ill("刚到家的猫一直打喷嚏 是不是在你们那就有病了")]
    #[case::building_rubbish("装修剩下的垃圾 几袋水泥砂子 能帮忙运走吗")]
    #[case::bin_bags("do your cleaners bring their own bin bags")]
    #[case::university("寄到浙江工商大学")]
    #[case::black_cat_courier("選黑貓 禮拜六前收得到嗎")]
    #[case::black_cat_paid("宅配可以等東西送到再付錢給黑貓嗎")]
    #[case::cover_torn_off("my book came with the back cover ripped off")]
    #[case::damn_address("I don't know how to update the damn shipping address")]
    #[case::own_clumsiness("deleted the email like an idiot, can i get an invoice")]
    #[case::he_will("vet reckons he'll be about 25kg")]
    fn a_problem_word_in_a_question_is_a_topic(#[case] raw: &str) {
        let got = mood_of(raw);
        assert_eq!(got.mood, Mood::Calm, "{raw:?} is a calm question: {got:?}");
    }

    #[rstest]
    #[case::angry_sticker("又没发货[怒]", "sticker:怒")]
    #[case::sad_sticker("等了好几天了【流泪】", "sticker:流泪")]
    #[case::bangs("还不发货!!!", "exclaim:!!!")]
    #[case::queries("人呢???", "exclaim:???")]
    fn punctuation_runs_are_cues(#[case] raw: &str, #[case] cue: &str) {
        let got = mood_of(raw);
        assert!(
            got.cues.iter().any(|c| c == cue),
            "{raw:?} has {cue}: {got:?}"
        );
    }

    #[rstest]
    #[case::exclaimed("太差了吧!", Mood::Upset)]
    #[case::asked("太差了吧?", Mood::Calm)]
    #[case::why_not("为什么发错了还不处理?", Mood::Upset)]
    #[case::why("为什么会掉色?", Mood::Calm)]
    #[case::angry_sticker("又没发货[怒]", Mood::Upset)]
    #[case::mild_alone("有点重", Mood::Calm)]
    #[case::mild_with_more("有点重 还有异味", Mood::Upset)]
    #[case::mild_intensified("非常慢了点", Mood::Upset)]
    #[case::mild_asked_about("会不会容易坏?", Mood::Calm)]
    #[case::bb_cream("bb霜和粉底液哪个遮瑕好", Mood::Calm)]
    #[case::bureau_named("i will take this to the bbb", Mood::Upset)]
    #[case::robbery_priced("一个刷头卖八十 抢钱啊", Mood::Upset)]
    #[case::did_nothing("说能显瘦 结果瘦了个寂寞", Mood::Upset)]
    #[case::no_conscience("你们良心被狗吃了", Mood::Upset)]
    #[case::not_worth_it("太不值了 质量差", Mood::Upset)]
    #[case::one_star("给你们一星 服务差", Mood::Upset)]
    #[case::blocked("再说一遍亲亲我就拉黑你", Mood::Upset)]
    #[case::brains("客服脑子有问题吧 会不会看字", Mood::Upset)]
    #[case::sg_cheater(
        "wah lau, pay already 1 week still never ship. cheater shop",
        Mood::Upset
    )]
    #[case::meant_by_the_shop("你们这是什么意思 发错了还不认", Mood::Upset)]
    #[case::not_over("卖坏的给我 这事没完", Mood::Upset)]
    #[case::money_swallowed("退款拖了半个月 你们是想把钱吞了吗", Mood::Upset)]
    #[case::hotline("我已经打了消费者热线", Mood::Upset)]
    #[case::day_count("说好的三天发货 这都第六天了", Mood::Upset)]
    #[case::might_as_well_rob("一个配件要两百 你们咋不去抢", Mood::Upset)]
    #[case::en_ignored("dont ignore me again, this is my third message", Mood::Upset)]
    #[case::en_dispute("im disputing with my bank and posting all over facebook", Mood::Upset)]
    #[case::not_enough_for_us("小份的不够我们三个人吃 有大份吗", Mood::Calm)]
    #[case::eaten_slowly("一个人吃得慢 开了能放多久", Mood::Calm)]
    #[case::en_dodgy_knee("is the stool ok for my dodgy knee", Mood::Calm)]
    #[case::slower_than_a_donkey("半个月了还没到 骑驴都到了", Mood::Upset)]
    #[case::legal_department("这批货的损失我们会走法务", Mood::Upset)]
    #[case::en_straight_to_police(
        "refund me by friday or im going straight to police",
        Mood::Upset
    )]
    #[case::if_not_then_i_complain("三天了还不发 再不发我投诉到平台", Mood::Upset)]
    #[case::i_wont_complain("我不投诉 就想问问什么时候发", Mood::Calm)]
    #[case::no_sweet_tooth("我对象不吃甜口", Mood::Calm)]
    #[case::health_department(
        "found a bug in it. the health department will hear about this",
        Mood::Upset
    )]
    #[case::pushover("你们是不是觉得外地人好欺负 少了两斤", Mood::Upset)]
    #[case::seeding_a_post("发我几张实拍图 我要发小红书种草", Mood::Calm)]
    #[case::review_given("已经给你们差评了 自己看着办吧", Mood::Upset)]
    #[case::displeasure_supposed("到时候不满意我直接拒收可以不", Mood::Calm)]
    #[case::allergy_told("芝麻酱里有花生吗 我花生过敏", Mood::Calm)]
    #[case::en_awful_as_very("it gets awful wet on the course, is it waterproof", Mood::Calm)]
    #[case::instruction_never("送人的 里面千万别放价格单", Mood::Calm)]
    #[case::never_again_pig("就这个水平? 下次再买我是猪", Mood::Upset)]
    #[case::fr_complaint("je vais porter plainte si je suis pas remboursée", Mood::Upset)]
    #[case::irish_keen("sister's young lad is mad into hurling", Mood::Calm)]
    #[case::dares_to_charge("笑死 這種教法也敢收四千多", Mood::Upset)]
    #[case::calls_unanswered("打了三次電話都沒人接", Mood::Upset)]
    #[case::eye_roll_at_someone_else(
        "how much to fix a flat? got a nail in my rear tire 🙄 on my way to work",
        Mood::Calm
    )]
    #[case::eye_roll_with_a_complaint(
        "where is my order?? two weeks and still nothing 🙄",
        Mood::Upset
    )]
    #[case::slow_clap_asked(
        "wow grade A huh?? label is half peeled off. great job guys really 👏👏",
        Mood::Upset
    )]
    #[case::sue_a_pattern("do y'all have any of them little sunbonnet sue quilts", Mood::Calm)]
    #[case::sue_threatened("fix this or I'll sue you", Mood::Upset)]
    #[case::own_lack_of_skill(
        "how do I track my package, I'm not any good with computers",
        Mood::Calm
    )]
    #[case::no_brain("Is there anybody with a brain working there?", Mood::Upset)]
    #[case::hearing_from_me(
        "cheers for scratching me frame lads 🙃 youll be hearing from me",
        Mood::Upset
    )]
    #[case::piano_tuner("俺对调律挺感兴趣的 想考个调律师证", Mood::Calm)]
    #[case::scene_at_the_door("我明天就天天去你们店门口闹", Mood::Upset)]
    #[case::banglish_thieves("taka nia bose asen? chor er dol shob", Mood::Upset)]
    #[case::banglish_own_page("dropshipping koren? ami page e post dibo", Mood::Calm)]
    #[case::wu_robot_unclear("叫个真人来 机器人讲弗清爽的", Mood::Calm)]
    #[case::pidgin_warned(
        "I dey warn una, if una driver show face for my house again e go see wetin e never see",
        Mood::Upset
    )]
    #[case::judged(
        "thank you for ruining my mother's burial. God will judge una",
        Mood::Upset
    )]
    #[case::tribunal(
        "going to the disputes tribunal if i dont hear back by friday",
        Mood::Upset
    )]
    #[case::thieves_as_the_risk(
        "Do your rentals come with insurance? in case thieves carry the chairs",
        Mood::Calm
    )]
    #[case::landlord_angry("no digging o, landlord go vex", Mood::Calm)]
    #[case::philly_mad_line(
        "whats the fastest way to grab steaks without standin in that mad line",
        Mood::Calm
    )]
    #[case::none_good_elsewhere("theirs no good rolls down there", Mood::Calm)]
    #[case::pool_looks_sad("the pool's looking a bit sad, do u do one off cleans", Mood::Calm)]
    #[case::hindi_lies(
        "kaiku jhoot bolte 45 min?? ye last time hai ek dum ghatiya log",
        Mood::Upset
    )]
    #[case::blasted("yous dont even care. gonna blast yous on facebook", Mood::Upset)]
    fn reproaches_and_exclamations_are_not_questions(#[case] raw: &str, #[case] mood: Mood) {
        let got = mood_of(raw);
        assert_eq!(got.mood, mood, "{raw:?}: {got:?}");
    }

    #[test]
    fn hostility_is_told_apart_from_disappointment() {
        assert!(mood_of("垃圾店").hostile, "an insult is hostile");
        assert!(mood_of("我要投诉").hostile, "a threat is hostile");
        assert!(
            mood_of("到现在都没动 是在骗肖喔").hostile,
            "Taiwanese scorn is hostile"
        );
        assert!(
            mood_of("you lot are useless").hostile,
            "said to the shop's face"
        );
        assert!(
            mood_of("不给个说法天天来骂").hostile,
            "scolding promised every day is a threat, not only a feeling"
        );
        assert!(
            mood_of("一个破洗鞋的 态度恁差").hostile,
            "a trade named in scorn is hostile"
        );
        let sad = mood_of("碎了 好失望");
        assert_eq!(sad.mood, Mood::Upset, "disappointed: {sad:?}");
        assert!(!sad.hostile, "but not hostile: {sad:?}");
    }

    #[test]
    fn a_fault_of_the_goods_is_told_apart_from_a_grievance() {
        let fault = mood_of("收到的卫衣袖子上有个破洞");
        assert_eq!(fault.mood, Mood::Upset, "a fault reads upset: {fault:?}");
        assert!(fault.goods_only, "only the goods' fault: {fault:?}");
        for grievance in ["坏了 太失望了", "破洞!!!", "拉链坏了 垃圾"] {
            let got = mood_of(grievance);
            assert!(
                !got.goods_only,
                "{grievance:?} is more than a fault: {got:?}"
            );
        }
        assert!(!mood_of("在吗").goods_only, "no cue, no fault");
        let polite = mood_of("谢谢 收到的裙子有个破洞");
        assert!(
            polite.mood == Mood::Upset && polite.goods_only,
            "thanks take nothing from a fault: {polite:?}"
        );
        let fed_up = mood_of("真是谢谢你们了呢 起球起成这样");
        assert!(
            fed_up.mood == Mood::Upset && !fed_up.goods_only,
            "`成这样` is exasperation: {fed_up:?}"
        );
        assert_eq!(
            mood_of("给妈妈的生日礼物 很满意").mood,
            Mood::Calm,
            "妈妈的 is no oath"
        );
    }

    #[test]
    fn cues_name_what_was_found() {
        let got = mood_of("垃圾店 我要投诉");
        assert_eq!(
            got.cues,
            vec!["insult:垃圾", "threat:投诉"],
            "cues in reading order"
        );
    }

    #[test]
    fn calm_text_scores_zero() {
        let got = mood_of("在吗 什么时候发货");
        assert_eq!(got.score, 0.0, "no cue, no evidence: {got:?}");
        assert!(got.cues.is_empty(), "{got:?}");
    }
}
