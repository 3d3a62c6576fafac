//! Tokenisation: the terms the FAQ index matches on, from normalised text.
//!
//! A normalised text yields four kinds of terms: Chinese words from jieba (search mode, so a
//! long word also yields its parts: `染发膏` → `染发`, `染发膏`), Chinese character bigrams marked
//! with a leading `~` (`~发货`; they survive segmentation differences and some typos), single
//! Chinese characters marked with `^` (`^染`; a buyer's `染` still meets the FAQ's `染发`, at the
//! low weight a common character earns), and English words, stemmed (Snowball English:
//! `shipping` → `ship`). Stop words (particles, pronouns, politeness) are left out of all of them.
//! [`clauses`] cuts a message into the phrases a buyer chained together, so the matcher can also
//! score each on its own.
//!
//! It does not normalise (give it [`crate::normalize()`]'s output) and does not weigh terms (the
//! index does). To extend it, add stop words here, or another kind of term with its own marker
//! so the kinds never collide.

use rustc_hash::FxHashSet as HashSet;
use std::sync::OnceLock;

use jieba_rs::Jieba;
use rust_stemmers::{Algorithm, Stemmer};

use crate::extract::{features, is_long_number, without_order_labels};
use crate::lexicon;
use crate::normalize::is_han;

/// The marker in front of a Chinese character bigram.
pub const BIGRAM_MARK: char = '~';

/// The marker in front of a noun of the text (jieba's `n…` tags, person and place names aside:
/// who and where set the scene, `寄到成都要多久` asks what `到上海要多久` asks): not a term to
/// match on, but what the matcher checks against everything the shop wrote (see
/// `index::STRANGE_NOUN`). The FAQ's own texts drop these.
pub const NOUN_MARK: char = 'ⁿ';

/// The marker in front of a single Chinese character.
pub const CHAR_MARK: char = '^';

/// The marker in front of a context word: a Chinese word that sets the scene of a question
/// rather than saying what it asks (times `上周` `现在`, place and direction words `家里`
/// `后面`, person names), by its part of speech. It weighs as a question frame and makes no
/// bigrams.
pub const CONTEXT_MARK: char = '°';

/// jieba's parts of speech of context words: times, place and direction words, person names.
/// (Numerals, adverbs and the function classes were measured too: numerals tell bank questions
/// apart, adverbs include the negation `不`; docs/ENGINE.md.)
const CONTEXT_TAGS: &[&str] = &["t", "tg", "s", "f", "nr"];

/// Provinces and large cities buyers name as where they are or where the parcel goes, after `到`,
/// `在`, `往` or `去` (`寄到杭州要几天`, `我在佛山`): context, like a time word, not what is asked
/// about. Elsewhere a place may be the question (`辣条是湖南产的吗`) and stays a word. (jieba's
/// place-name tag was tried instead and dropped: it also tags `领导`, `欧美`.) Those that are
/// lexicon forms (the remote regions of `remote`) stay words.
#[rustfmt::skip]
const PLACES_ZH: &[&str] = &[
    "北京", "天津", "上海", "重庆", "河北", "山西", "辽宁", "吉林", "黑龙江", "江苏", "浙江", "安徽",
    "福建", "江西", "山东", "河南", "湖北", "湖南", "广东", "海南", "四川", "贵州", "云南", "陕西",
    "广西", "广州", "深圳", "杭州", "南京", "苏州", "成都", "武汉", "西安", "长沙", "郑州", "青岛",
    "济南", "沈阳", "大连", "厦门", "福州", "合肥", "昆明", "南宁", "哈尔滨", "长春", "石家庄",
    "太原", "南昌", "贵阳", "海口", "宁波", "无锡", "东莞", "佛山", "温州", "常州", "徐州", "珠海",
    "中山", "惠州", "泉州", "烟台", "潍坊", "洛阳", "绍兴", "嘉兴", "金华", "台州",
];

/// True for a place in [`PLACES_ZH`] that is no lexicon form.
fn is_place(word: &str) -> bool {
    PLACES_ZH.contains(&word) && lexicon::shipped().with_form(word).is_empty()
}

/// Chinese words that carry nothing to match on: particles, pronouns, politeness, greetings.
#[rustfmt::skip]
const ZH_STOP: &[&str] = &[
    "的", "了", "吗", "呢", "啊", "呀", "吧", "嘛", "哦", "哈", "啦", "呗", "么", "噢", "喔", "哟",
    "嗯", "额", "呃", "我", "你", "您", "他", "她", "它", "我们", "你们", "咱", "俺", "是", "在",
    "就", "都", "也", "还", "又", "和", "与", "跟", "这", "那", "这个", "那个", "个", "一下", "下",
    "请", "请问", "问", "问下", "问一下", "想问", "想问一下", "咨询", "麻烦", "你好", "您好", "谢谢",
    "哈哈", "呵", "一个", "得", "地", "着", "过", "给",
];

/// Ways of addressing the shop (`亲`, `老板`, `掌柜的`). Where a buyer addresses the shop, at the
/// start or the end of a phrase (`老板 包邮吗`, `包邮吗亲`), they carry nothing to match on; inside
/// a sentence they are what it is about (`你们老板多大了`) and stay terms.
#[rustfmt::skip]
const ADDRESS: &[&str] = &[
    "亲", "亲亲", "老板", "老板娘", "客服", "店家", "掌柜", "掌柜的", "美女", "小姐姐", "小哥哥", "帅哥",
];

/// Question frames: words that say what kind of question it is (`what`, `怎么办`, `什么意思`) but
/// not what it is about. They stay terms, at a fraction of their weight (see
/// [`FRAME_WEIGHT`]), and Chinese ones make no character terms, so `放鸽子是什么意思` does
/// not look like `待成团是什么意思`.
#[rustfmt::skip]
const FRAMES: &[&str] = &[
    "什么", "怎么", "怎样", "怎么样", "怎么办", "如何", "为什么", "为何", "是什么", "什么样",
    "什么意思", "意思", "哪些", "哪个", "哪里", "哪儿", "在哪", "有没有", "是不是", "能不能",
    "可不可以", "可以", "能", "会", "会不会", "要不要", "多少", "几", "几个", "推荐", "有", "吗",
    "what", "how", "why", "when", "where", "which", "who", "whi", "can", "way", "possibl", "want",
    "need", "help", "know", "tell", "mean",
];

/// The Chinese question frames (`什么`, `怎么办`).
pub(crate) fn zh_frames() -> impl Iterator<Item = &'static str> {
    FRAMES.iter().copied().filter(|f| f.chars().all(is_han))
}

/// How much a question-frame term weighs, relative to a topic term of the same rarity.
pub const FRAME_WEIGHT: f32 = 0.5;

/// True for a question-frame term (see the `FRAMES` table, and the lexicon's question types):
/// one that says what kind of question a message is, not what it is about.
pub fn is_frame(term: &str) -> bool {
    term.starts_with([lexicon::QTYPE_MARK, CONTEXT_MARK])
        || frames().contains(term)
        || is_function_word(term)
}

/// The question frames as one set (asked for every term on the matcher's hot path).
fn frames() -> &'static HashSet<&'static str> {
    static SET: OnceLock<HashSet<&'static str>> = OnceLock::new();
    SET.get_or_init(|| FRAMES.iter().copied().collect())
}

/// True for a function word: an English stop word that is not chatter (`my`, `your`, `to`,
/// `is`) or a Chinese personal pronoun (`我`, `你们`). It stays a term, but only as a bonus (see
/// [`FUNCTION_WEIGHT`]): `what is my name` and `what is your name`, `我的地址` and `你们的地址`
/// ask different things.
pub fn is_function_word(term: &str) -> bool {
    function_words().contains(term)
}

/// The function words as one set (asked for every term on the matcher's hot path).
fn function_words() -> &'static HashSet<&'static str> {
    static SET: OnceLock<HashSet<&'static str>> = OnceLock::new();
    SET.get_or_init(|| EN_STOP.iter().chain(ZH_PRONOUNS).copied().collect())
}

/// The Chinese stop words that are function words (see [`is_function_word`]).
const ZH_PRONOUNS: &[&str] = &["我", "我们", "你", "你们", "您"];

/// How much a function word weighs, relative to a topic term of the same rarity. A function word
/// a matched text shares adds this to the overlap; one it lacks takes nothing away (it counts in
/// neither the message's nor the text's weight), so a message is never less covered for its
/// grammar. Measured at 0.1, 0.25 and 0.5 (docs/ENGINE.md).
pub const FUNCTION_WEIGHT: f32 = 0.25;

/// English stop words that are chatter, not function words: dropped (with [`EN_STOP`], the
/// English stop set).
#[rustfmt::skip]
const EN_CHATTER: &[&str] = &[
    "please", "hi", "hello", "hey", "thanks", "thank", "ok", "okay", "oh", "um", "uh", "yes",
    "yeah", "hmm", "pls", "plz", "just", "lol", "lmao", "omg", "haha", "hahaha", "btw", "tbh",
    "kinda", "sorta", "guys", "actually", "basically", "literally", "honestly", "anyway", "anyways",
    "wow", "mate", "hun", "cheers", "sorry", "xx", "xoxo",
    // Nigerian Pidgin and Igbo: please, boss, and an emphasis (`abeg`, `oga`, `biko`, `sef`).
    "abeg", "oga", "biko", "sef",
    // Indonesian and Malay: the seller addressed, and particles (`kak`, `gan`, `dong`, `sih`).
    "kak", "kakak", "gan", "dong", "deh", "sih", "nih", "yaa", "aja", "hehe", "wkwk", "wkwkwk",
];

/// The Chinese words that are only a question type of the lexicon (`什么时候`, `多久`, `几天`).
fn qtype_words() -> &'static HashSet<&'static str> {
    static WORDS: OnceLock<HashSet<&'static str>> = OnceLock::new();
    WORDS.get_or_init(|| {
        let lex = lexicon::shipped();
        lex.zh_forms()
            .filter(|form| {
                let ids = lex.with_form(form);
                !ids.is_empty()
                    && ids
                        .iter()
                        .all(|&id| lex.concepts[id].kind == lexicon::Kind::Qtype)
            })
            .collect()
    })
}

/// English function words (stop words kept as a bonus term; see [`is_function_word`]).
#[rustfmt::skip]
const EN_STOP: &[&str] = &[
    "a", "an", "the", "is", "are", "am", "was", "were", "be", "been", "being", "do", "does", "did",
    "i", "me", "my", "mine", "you", "your", "yours", "we", "us", "our", "it", "its", "they", "them",
    "their", "he", "she", "him", "her", "his", "to", "of", "in", "on", "for", "at", "by", "with",
    "from", "and", "or", "but", "so", "this", "that", "these", "those", "there", "here", "im",
    "ive", "id", "ill", "some", "any", "s", "t", "about", "as", "if", "then", "than", "too", "very",
    "also", "would", "could", "should", "shall", "will", "might", "may", "must", "have", "has",
    "had", "having", "get", "got",
];

/// Shop words jieba's general dictionary would cut apart, added to it (with the lexicon's
/// Chinese forms) so each stays one word. General shop vocabulary only.
#[rustfmt::skip]
const SHOP_WORDS: &[&str] = &[
    "运费险", "退货险", "拼单", "色号", "泡泡染", "染发膏", "七天无理由", "包邮", "尺码表", "好评返现",
    "预售", "定金", "尾款", "现货", "补货", "发错", "少发", "漏发", "掉色", "褪色", "色差", "码数",
    "偏大", "偏小", "买家秀", "旗舰店", "客服", "催发货", "改地址", "开发票", "保质期", "一件代发",
];

pub(crate) fn jieba() -> &'static Jieba {
    static JIEBA: OnceLock<Jieba> = OnceLock::new();
    JIEBA.get_or_init(|| {
        let mut j = Jieba::new();
        for w in SHOP_WORDS
            .iter()
            .copied()
            .chain(lexicon::shipped().zh_forms())
        {
            // A form ending in a question particle (`退吗`, `还有吗`) is found by the lexicon but
            // is no word: the particle must stay apart.
            let particle = w.ends_with(['吗', '么', '嘛', '呢', '不', '吧']);
            if w.chars().count() > 1 && !particle {
                // Frequent enough to win against the general dictionary's cuts.
                j.add_word(w, Some(SHOP_WORD_FREQ), None);
            }
        }
        j
    })
}

/// How often the segmenter's general dictionary has seen `word` (an estimate from its parts for
/// a word it does not list): an everyday word (`然后`, 30,000 and more) is no typo of a rare one
/// that sounds the same (`染后`).
pub(crate) fn dictionary_frequency(word: &str) -> usize {
    jieba().suggest_freq(word)
}

/// The dictionary frequency given to shop words.
const SHOP_WORD_FREQ: usize = 20_000;

/// English irregular verb forms buyers use, with the base form the stemmer then reads (`sent` →
/// `send`, so "sent out" is "send out"). Regular forms (`shipped`) the stemmer handles itself.
#[rustfmt::skip]
const IRREGULAR: &[(&str, &str)] = &[
    ("sent", "send"), ("paid", "pay"), ("bought", "buy"), ("got", "get"), ("gotten", "get"),
    ("made", "make"), ("took", "take"), ("taken", "take"), ("gave", "give"), ("given", "give"),
    ("came", "come"), ("broke", "break"), ("broken", "break"), ("lost", "lose"),
    ("found", "find"), ("left", "leave"), ("told", "tell"), ("said", "say"), ("went", "go"),
    ("gone", "go"), ("saw", "see"), ("seen", "see"), ("wrote", "write"), ("written", "write"),
    ("chose", "choose"), ("chosen", "choose"), ("spent", "spend"), ("sold", "sell"),
    ("held", "hold"), ("kept", "keep"), ("tore", "tear"), ("torn", "tear"), ("wore", "wear"),
    ("worn", "wear"), ("forgot", "forget"), ("forgotten", "forget"), ("froze", "freeze"),
    ("frozen", "freeze"), ("stole", "steal"), ("stolen", "steal"), ("fell", "fall"),
    ("fallen", "fall"), ("withdrew", "withdraw"), ("withdrawn", "withdraw"), ("began", "begin"),
    ("begun", "begin"), ("knew", "know"), ("known", "know"), ("thought", "think"),
    ("brought", "bring"), ("caught", "catch"), ("did", "do"), ("done", "do"),
];

/// An English word's stem, irregular verb forms first brought to their base form.
pub(crate) fn stem(word: &str) -> String {
    let base = IRREGULAR
        .iter()
        .find(|(form, _)| *form == word)
        .map_or(word, |(_, base)| base);
    stemmer().stem(base).into_owned()
}

fn stemmer() -> &'static Stemmer {
    static STEMMER: OnceLock<Stemmer> = OnceLock::new();
    STEMMER.get_or_init(|| Stemmer::create(Algorithm::English))
}

fn stop_sets() -> &'static (HashSet<&'static str>, HashSet<&'static str>) {
    static SETS: OnceLock<(HashSet<&'static str>, HashSet<&'static str>)> = OnceLock::new();
    SETS.get_or_init(|| {
        (
            ZH_STOP.iter().copied().collect(),
            EN_STOP.iter().chain(EN_CHATTER).copied().collect(),
        )
    })
}

/// Loads the segmenter's dictionary now rather than on the first message (it takes a moment).
pub fn warm_up() {
    let _ = jieba();
    let _ = stemmer();
    let _ = stop_sets();
    let _ = function_words();
    let _ = frames();
}

/// The terms of a normalised text, in order of appearance, repeats kept (term frequency counts),
/// then its lexicon concepts and extracted features (see [`crate::lexicon`], [`crate::extract`]).
pub fn tokenize(normalized: &str) -> Vec<String> {
    let pinyin = crate::typed_pinyin::all_pinyin(normalized);
    let mut read = without_order_labels(&crate::typed_pinyin::spell_out(normalized));
    if pinyin {
        read = crate::typed_pinyin::syllables_joined(&read);
    }
    let normalized = read.as_str();
    let mut out = words(normalized, pinyin);
    let english: Vec<String> = normalized
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty() && w.bytes().any(|b| b.is_ascii_alphabetic()))
        .map(stem)
        .collect();
    for term in lexicon::concepts(normalized, &english)
        .into_iter()
        .chain(features(normalized))
        .chain(delivery_asked(normalized))
    {
        if !out.contains(&term) {
            out.push(term);
        }
    }
    out
}

/// A place to send to and a question of how long (`寄到杭州要几天`, `到广州还要几天`) ask when
/// the parcel arrives: `#arrive`. A place alone (`能寄到香港吗`) asks whether it goes there,
/// which the remote-region entries answer, so `寄到` is no form of `arrive` by itself.
fn delivery_asked(normalized: &str) -> Option<String> {
    const HOW_LONG: &[&str] = &["几天", "多久", "多长时间", "多少天"];
    let asked = normalized.match_indices('到').any(|(at, to)| {
        let rest = normalized[at + to.len()..].split(' ').next().unwrap_or("");
        HOW_LONG.iter().any(|h| rest.contains(h)) && PLACES_ZH.iter().any(|p| rest.starts_with(p))
    });
    asked.then(|| format!("{}arrive", lexicon::TOPIC_MARK))
}

/// Weather, which the segmenter tags as verbs (`下雨`, `刮风`): like a noun, it names a thing,
/// and a shop whose FAQ never mentions it is being asked about the world (`明天下雨吗`), not
/// its goods. `降温` and `起雾` are left out: a fan cools a room, and glasses fog up. English
/// weather is marked when it is asked about (`is it going to rain`, `is it raining`; not rain
/// named as a thing).
#[rustfmt::skip]
pub const WEATHER: &[&str] = &["下雨", "下雪", "刮风", "打雷", "下冰雹", "rain", "snow", "forecast"];

/// The English weather a message asks about (`is it going to rain in dubai today`, `will it
/// snow tomorrow`, `is it raining`, `whats the forecast`), as a stem of [`WEATHER`]; not rain
/// named as a scent or as what is outside (`yorkshire rain`, `its lashing rain`).
fn weather_asked_en(normalized: &str) -> Option<&'static str> {
    const BEFORE: &[&str] = &["to", "it", "will", "gonna", "itll"];
    let words: Vec<&str> = normalized.split(' ').collect();
    let verb = |i: usize| i > 0 && BEFORE.contains(&words[i - 1]);
    words.iter().enumerate().find_map(|(i, w)| match *w {
        "raining" => Some("rain"),
        "snowing" => Some("snow"),
        "forecast" => Some("forecast"),
        "rain" if verb(i) => Some("rain"),
        "snow" if verb(i) => Some("snow"),
        _ => None,
    })
}

/// The word, bigram and character terms of a normalised text (no concepts); the runs of letters
/// of a message typed in pinyin (`pinyin`) are kept whole, not stemmed as English words.
fn words(normalized: &str, pinyin: bool) -> Vec<String> {
    let (zh_stop, en_stop) = stop_sets();
    let mut out = Vec::new();
    if let Some(weather) = weather_asked_en(normalized) {
        out.push(format!("{NOUN_MARK}{weather}"));
    }
    for phrase in normalized.split_whitespace() {
        let has_han = phrase.chars().any(is_han);
        if has_han {
            let tagged = jieba().tag(phrase, true);
            let words: Vec<&str> = tagged.iter().map(|t| t.word).collect();
            let context: Vec<bool> = tagged
                .iter()
                .enumerate()
                .map(|(i, t)| {
                    (CONTEXT_TAGS.contains(&t.tag) && t.word.chars().all(is_han))
                        || (i > 0
                            && tagged[i - 1].word.ends_with(['到', '在', '往', '去'])
                            && is_place(t.word))
                })
                .collect();
            for t in &tagged {
                let named = t.tag.starts_with('n') && t.tag != "nr" && t.tag != "ns";
                if (named || WEATHER.contains(&t.word))
                    && t.word.chars().count() > 1
                    && t.word.chars().all(is_han)
                {
                    out.push(format!("{NOUN_MARK}{}", t.word));
                }
            }
            let addressing = addressing(&words, zh_stop);
            for (i, word) in words.iter().enumerate() {
                if addressing.contains(&i) {
                    continue;
                }
                if context[i] {
                    if !zh_stop.contains(word) && !is_frame(word) {
                        out.push(format!("{CONTEXT_MARK}{word}"));
                    }
                    continue;
                }
                for part in jieba().cut_for_search(word, true) {
                    push_word(part, zh_stop, en_stop, &mut out);
                }
            }
            // Characters and bigrams come from the runs of Chinese between stop words, so
            // chatter (`我想问下`) adds no terms and `能退吗` gives `~能退`, not `~退吗`.
            let skip: Vec<usize> = (0..words.len())
                .filter(|&i| context[i] || addressing.contains(&i))
                .collect();
            for run in han_runs(&words, &skip, zh_stop) {
                push_bigrams(&run, &mut out);
            }
            // Single characters stand for the morphemes of what is asked about: a word that only
            // says what kind of question it is (`几天`, `什么时候`) gives none, nor does that part
            // of a word that starts or ends with one (`什么时候发` gives `发`).
            // (A stop word in their place keeps the positions of `skip` and breaks the run.)
            let asked_about: Vec<&str> = words.iter().map(|&w| asked_about(w)).collect();
            for run in han_runs(&asked_about, &skip, zh_stop) {
                push_chars(&run, &mut out);
            }
        } else if pinyin && phrase.bytes().all(|b| b.is_ascii_lowercase()) {
            out.push(phrase.to_owned());
        } else {
            push_word(phrase, zh_stop, en_stop, &mut out);
        }
    }
    out
}

/// The verbs whose A-not-A question (`能不能`, `有没有`, `够不够`) buyers shorten to a closing
/// negation (`能染不`, `有券没`, `一盒够不`).
const ASKING_VERBS: &[&str] = &["能", "可以", "会", "有", "要", "是", "够", "行"];

/// A buyer's normalised message with the closing negation of a shortened A-not-A question left
/// out (`能染不` → `能染`, `有色差没` → `有色差`): after one of `ASKING_VERBS` it asks, it
/// denies nothing, and as a term it would only be content the FAQ lacks. Applied to messages,
/// not to the FAQ's own texts (owners write the full form, and their term weights stay put).
pub fn asked(normalized: &str) -> String {
    normalized
        .split(' ')
        .map(|phrase| {
            let chars: Vec<char> = phrase.chars().collect();
            match chars.as_slice() {
                [head @ .., before, '不' | '没']
                    if is_han(*before)
                        && !matches!(before, '不' | '没')
                        && ASKING_VERBS.iter().any(|v| {
                            head.iter().chain([before]).collect::<String>().contains(v)
                        }) =>
                {
                    head.iter().chain([before]).collect()
                }
                _ => phrase.to_owned(),
            }
        })
        .collect::<Vec<String>>()
        .join(" ")
}

/// Words that, before an address word, make it the thing spoken about (`你们老板多大了`).
const POSSESSORS: &[&str] = &[
    "你们",
    "你",
    "您",
    "我们",
    "我",
    "他们",
    "她们",
    "咱们",
    "你家",
    "你们家",
    "的",
    "这",
    "那",
    "这个",
    "那个",
];

/// Verbs whose object an address word is (`有客服吗`, `联系客服`): spoken about, not to.
const OBJECT_VERBS: &[&str] = &["有", "没有", "没", "联系", "找", "问问", "叫"];

/// The positions of `words` that address the shop: [`ADDRESS`] words with only stop words (or
/// other address words) before them, or only those after them.
fn addressing(words: &[&str], zh_stop: &HashSet<&str>) -> Vec<usize> {
    let filler = |w: &&&str| {
        ADDRESS.contains(*w) || zh_stop.contains(**w) || !w.chars().any(char::is_alphanumeric)
    };
    let lead = words.iter().take_while(filler).count();
    let trail = words.iter().rev().take_while(filler).count();
    // `你们老板`, `我的客服`: whose, so spoken about, not to; `有客服吗`, `联系客服`: what is
    // had or reached, the same.
    let spoken_about = |i: usize| {
        i > 0 && (POSSESSORS.contains(&words[i - 1]) || OBJECT_VERBS.contains(&words[i - 1]))
    };
    (0..words.len())
        .filter(|&i| {
            ADDRESS.contains(&words[i])
                && !spoken_about(i)
                && (i < lead || i >= words.len() - trail)
        })
        .collect()
}

fn push_word(word: &str, zh_stop: &HashSet<&str>, en_stop: &HashSet<&str>, out: &mut Vec<String>) {
    let word = word.trim();
    if word.is_empty() {
        return;
    }
    if word.chars().any(is_han) {
        if !zh_stop.contains(word) || is_function_word(word) {
            out.push(word.to_owned());
        }
        return;
    }
    // jieba hands back runs of letters and digits whole; split them into words.
    for w in word.split(|c: char| !c.is_alphanumeric() && c != '.') {
        let w = w.trim_matches('.');
        if w.is_empty() || is_long_number(w) {
            continue;
        }
        if en_stop.contains(w) {
            if is_function_word(w) {
                out.push(w.to_owned());
            }
            continue;
        }
        if w.chars().all(|c| c.is_ascii_alphabetic()) {
            out.push(stem(w));
        } else {
            out.push(w.to_owned());
        }
    }
}

/// What a word says of the thing asked about: the word without a question type of the lexicon
/// at its start or end (`什么时候发` → `发`), or a stop word (`的`) when it is only one (`几天`).
fn asked_about(word: &str) -> &str {
    let qtypes = qtype_words();
    if qtypes.contains(word) {
        return "的";
    }
    for (at, _) in word.char_indices().skip(2) {
        let (head, tail) = word.split_at(at);
        if qtypes.contains(head) {
            return tail;
        }
    }
    for (at, _) in word.char_indices().skip(1) {
        let (head, tail) = word.split_at(at);
        if tail.chars().nth(1).is_some() && qtypes.contains(tail) {
            return head;
        }
    }
    word
}

/// The runs of Chinese characters that a phrase's `words` other than stop words, question
/// frames and those at the positions in `skip` (the shop's address, context words) form.
fn han_runs(words: &[&str], skip: &[usize], zh_stop: &HashSet<&str>) -> Vec<String> {
    let mut runs = vec![String::new()];
    for (i, &word) in words.iter().enumerate() {
        let keep = word.chars().all(is_han)
            && !zh_stop.contains(word)
            && !is_frame(word)
            && !skip.contains(&i);
        match runs.last_mut() {
            Some(run) if keep => run.push_str(word),
            Some(run) if run.is_empty() => {}
            _ => runs.push(String::new()),
        }
    }
    runs.retain(|r| !r.is_empty());
    runs
}

fn push_chars(run: &str, out: &mut Vec<String>) {
    for c in run.chars() {
        out.push(format!("{CHAR_MARK}{c}"));
    }
}

/// The phrases of a normalised message: it is cut at the spaces that touch a Chinese character
/// (where the buyer put punctuation or a pause between two questions); English sentences stay
/// whole, since spaces separate their words.
pub fn clauses(normalized: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut prev: Option<char> = None;
    let mut iter = normalized.char_indices().peekable();
    while let Some((i, c)) = iter.next() {
        let next = iter.peek().map(|&(_, n)| n);
        if c == ' ' && (prev.is_some_and(is_han) || next.is_some_and(is_han)) {
            if i > start {
                out.push(&normalized[start..i]);
            }
            start = i + 1;
        }
        prev = Some(c);
    }
    if start < normalized.len() {
        out.push(&normalized[start..]);
    }
    out
}

fn push_bigrams(run: &str, out: &mut Vec<String>) {
    let chars: Vec<char> = run.chars().collect();
    for pair in chars.windows(2) {
        out.push(format!("{BIGRAM_MARK}{}{}", pair[0], pair[1]));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rstest::rstest;

    #[rstest]
    #[case::can_or_not("能染不", "能染")]
    #[case::has_or_not("实物能一样不 有色差没", "实物能一样 有色差")]
    #[case::enough_or_not("一盒够不", "一盒够")]
    #[case::no_asking_verb_denies("影响大不", "影响大不")]
    #[case::a_plain_negation_stays("不要了 还没", "不要了 还没")]
    fn a_closing_negation_after_an_asking_verb_asks(#[case] text: &str, #[case] want: &str) {
        assert_eq!(asked(text), want, "{text:?}");
    }

    #[rstest]
    #[case::words_bigrams_and_chars("什么时候发货", &["发货", "~时候", "~发货", "^货"], &["的"])]
    #[case::particles_and_frames_make_no_terms("能退吗", &["^退", "#return"], &["吗", "~退吗", "^吗"])]
    #[case::english_stemmed("hi when do you ship orders please", &["ship", "order", "when", "you"], &["hi", "please"])]
    #[case::indonesian_when_shipped("kpn dikirim kak", &["#ship"], &["kak"])]
    #[case::indonesian_postage("ongkir ke medan brp kak", &["#shipfee", "?howmuch"], &["kak"])]
    #[case::malay_size("ada saiz untuk org rendah tak", &["#size"], &[])]
    #[case::pidgin_chatter("abeg oga how much be the charger sef", &["charger"], &["abeg", "oga", "sef"])]
    #[case::mixed("iphone13能用吗", &["iphone13"], &["吗"])]
    #[case::stop_words_only("你好 谢谢", &[], &["你好", "谢谢", "~你好", "^谢"])]
    #[case::address_first("老板 包邮吗", &["包邮"], &["老板", "~老板"])]
    #[case::address_last("包邮吗亲", &["包邮"], &["亲", "^亲"])]
    #[case::address_spoken_about("你们老板多大了", &["老板", "多大"], &[])]
    #[case::service_spoken_about("你们客服几点上班", &["客服", "#hours"], &[])]
    #[case::service_had("周末有客服吗", &["客服", "#hours"], &[])]
    #[case::a_destination_is_context("寄到成都要多久", &["°成都", "#arrive"], &["ⁿ成都", "~成都", "^成"])]
    #[case::a_place_asked_about("辣条是湖南产的吗", &["湖南"], &["°湖南", "#arrive"])]
    #[case::sending_there_asked("能寄到香港吗", &[], &["#arrive"])]
    #[case::a_thing_is_one("寄到成都的雨伞", &["ⁿ雨伞"], &[])]
    #[case::context_words("上周刚烫的 现在能染吗", &["°上周", "°现在", "烫"], &["上周", "~上周"])]
    #[case::chatter_adds_nothing("我想问下退货要运费吗", &["~退货", "~运费"], &["~问下", "~下退"])]
    #[case::frames_make_no_characters("放鸽子是什么意思", &["意思", "~鸽子"], &["^意", "~意思"])]
    #[case::question_words_make_no_characters("几天发货", &["几天", "~几天", "^发", "^货"], &["^几", "^天"])]
    #[case::question_word_inside_a_word("什么时候发", &["^发"], &["^什", "^么", "^时", "^候"])]
    fn tokens(#[case] text: &str, #[case] has: &[&str], #[case] lacks: &[&str]) {
        let got = tokenize(text);
        for t in has {
            assert!(got.iter().any(|g| g == t), "{text:?} gives {t:?}: {got:?}");
        }
        for t in lacks {
            assert!(
                !got.iter().any(|g| g == t),
                "{text:?} leaves out {t:?}: {got:?}"
            );
        }
    }
}

#[cfg(test)]
mod clause_tests {
    use super::*;
    use rstest::rstest;

    #[rstest]
    #[case::two_chinese_questions("包邮吗 几天到", &["包邮吗", "几天到"])]
    #[case::english_stays_whole("when do you ship", &["when do you ship"])]
    #[case::mixed("hi 什么时候发货", &["hi", "什么时候发货"])]
    #[case::one("发货", &["发货"])]
    #[case::empty("", &[])]
    fn cuts(#[case] text: &str, #[case] want: &[&str]) {
        assert_eq!(clauses(text), want, "clauses of {text:?}");
    }
}
