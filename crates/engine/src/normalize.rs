//! Normalisation: the one canonical form of a buyer's text that every later stage reads.
//!
//! [`normalize`] applies, in order: Unicode NFKC (full-width letters, digits and spaces become
//! half-width), lower case, traditional to simplified Chinese (OpenCC's tables), apostrophes
//! inside words dropped (`don't` → `dont`), emoji, punctuation and symbols turned into spaces
//! (a `.` between digits is kept: `1.5`), the shop slang table ([`SLANG`]), runs of three or more
//! of the same character folded (to one for Chinese characters, two for letters; digits are left
//! alone), the fillers of [`FILLERS`] dropped around a question, white space collapsed, English
//! shorthand spelt out (`u` → `you`), and, last, `木有` read as "没有" where a function word can
//! stand (`有木有`, but not `实木有甲醛吗`).
//!
//! It is not the place for meaning: synonyms, pinyin and typo repair belong to the matcher, and
//! moods and intents read the raw text where punctuation and emoji carry signal. The result is a
//! fixed point (`normalize(normalize(x)) == normalize(x)`, checked by a property test), so
//! normalising twice is harmless. To extend it, add to the tables; a new step must keep that
//! property.

use std::sync::LazyLock;

use aho_corasick::AhoCorasick;
use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

/// Shop slang and common written shortcuts, replaced before anything else reads the text.
///
/// No replacement may contain a key (replacing must not create new slang).
pub const SLANG: &[(&str, &str)] = &[
    ("没得", "没有"),
    ("神马", "什么"),
    ("神魔", "什么"),
    ("什摸", "什么"),
    ("啥子", "什么"),
    ("肿么", "怎么"),
    // Wu (Suzhou, Shanghai): `阿` before a verb asks (`阿是手绣个`, `阿有人工客服`, `阿好换成黑个`),
    // `覅` and `勿` say no (`覅急`, `勿搭`), `伲` is I or we, `啥辰光` when, `哪能` how; before `啥`.
    ("阿是", "是不是"),
    ("阿有", "有没有"),
    ("阿好", "能不能"),
    ("阿能", "能不能"),
    ("阿要", "要不要"),
    ("覅", "不要"),
    ("请勿", "请不要"),
    ("切勿", "千万不要"),
    ("勿", "不"),
    ("伲", "我"),
    // Ningbo and Shanghai `呒没` (none: `几乎呒没馅`) and `弗` (not: `跟以前买的弗一样`).
    ("呒没", "没有"),
    ("弗", "不"),
    ("啥辰光", "什么时候"),
    ("哪能", "怎么"),
    // North-eastern words (`这咋整`, `嘎哈呢`, `能搁几天`, `别弄埋汰了`, `老鼻子了`), before `咋`.
    ("咋整", "怎么办"),
    ("怎么整", "怎么办"),
    ("咋地", "怎么样"),
    ("嘎哈", "干什么"),
    ("埋汰", "脏"),
    ("老鼻子", "很多"),
    ("搁", "放"),
    // Sichuanese `咋个` (how: `钱咋个退给我`), before `咋`.
    ("咋个", "怎么"),
    ("咋", "怎么"),
    // Taiwanese Hokkien in Mandarin text (`啥物攏毋知`, `報名是按怎報`, `伊嘸知影`, which simplifies to `呒`, `甘係?`,
    // `要在哪一站落車`),
    // and a common slip (`因該`).
    ("啥物", "什么"),
    ("按怎", "怎么"),
    ("呒知影", "不知道"),
    ("毋知影", "不知道"),
    ("知影", "知道"),
    ("拢毋知", "都不知道"),
    ("毋知", "不知道"),
    ("甘系", "是不是"),
    ("甘是", "是不是"),
    ("落车", "下车"),
    ("因该", "应该"),
    ("啥", "什么"),
    ("为毛", "为什么"),
    // Cantonese `几多钱` (how much), before `多钱`, which would leave `几多少钱`.
    ("几多钱", "多少钱"),
    // Sichuanese `好多钱` (how much: `只剪个指甲 好多钱`).
    ("好多钱", "多少钱"),
    ("多钱", "多少钱"),
    // Hefei `多和` (how much: `配送费多和啊`), before a word of money or an amount; Hebei `还么`
    // (not yet: `钱咋还么退回来`).
    ("多和钱", "多少钱"),
    ("多和啊", "多少啊"),
    ("多和呀", "多少呀"),
    ("多和一", "多少一"),
    ("还么", "还没"),
    ("酱紫", "这样"),
    ("介个", "这个"),
    // Shandong and Henan `俺` (I) and `恁` before whose (`给俺退了吧`, `恁家种子`, `让恁老板`);
    // `恁` alone may mean "so" (`恁大`).
    // Jin and Shaanxi `额` (I) after `给` (`给额换一把`); `额` alone is also an amount (`金额`).
    ("给额换", "给我换"),
    ("给额退", "给我退"),
    ("给额发", "给我发"),
    ("额家", "我家"),
    // Shaanxi `额` as the one it happens to (`气死额了`, `把额鞋给卖了`, `额滴神`).
    ("气死额", "气死我"),
    ("把额", "把我"),
    ("额滴", "我的"),
    ("俺们", "我们"),
    ("俺", "我"),
    ("恁们", "你们"),
    ("恁家", "你家"),
    ("恁老板", "你们老板"),
    // Northern `儿` forms of the days (`今儿个能发吗`).
    ("今儿个", "今天"),
    ("明儿个", "明天"),
    ("昨儿个", "昨天"),
    ("今儿", "今天"),
    ("明儿", "明天"),
    ("昨儿", "昨天"),
    // `码` (size) typed as its homophone `马` after a size letter: `s马`, `xl马`.
    // Taiwanese bopomofo particles (`有貨ㄇ`, `好ㄉ`, `在哪ㄋ`).
    ("ㄉ", "的"),
    ("ㄋ", "呢"),
    ("ㄇ", "吗"),
    ("ㄚ", "啊"),
    ("ㄛ", "哦"),
    ("ㄅ", "吧"),
    ("ㄌ", "了"),
    ("ㄝ", "耶"),
    ("s马", "s码"),
    ("m马", "m码"),
    ("l马", "l码"),
    // Written Cantonese (Hong Kong, Macau, Guangdong), read as Mandarin after the traditional
    // characters are simplified (`係咪` → `系咪`): the words first, then the characters that only
    // Cantonese writes (`冇`, `咗`, `唔`, `嘅`, `哋`). Characters Mandarin also uses (`系`, `点`,
    // `晒`, `喇`) are left alone.
    ("系咪", "是不是"),
    // Cantonese words Mandarin writes otherwise: `仲` still (`仲有冇`, `仲未到`), `定系` or,
    // `使唔使` need, `得唔得` all right, `钟意` like, the fridge and the freezer, the shop,
    // pay-day, paying (`俾钱`, `过数`). Not `返工`, which Mandarin reads as work redone.
    ("仲有", "还有"),
    ("仲未", "还没"),
    ("仲要", "还要"),
    ("仲喺", "还在"),
    ("仲可以", "还可以"),
    ("仲系", "还是"),
    ("定系", "还是"),
    ("使唔使", "需不需要"),
    ("得唔得", "行不行"),
    ("钟意", "喜欢"),
    ("雪柜", "冰箱"),
    ("冰格", "冷冻室"),
    ("铺头", "店里"),
    ("出粮", "发工资"),
    ("俾钱", "付钱"),
    ("过数", "付款"),
    ("落错单", "下错单"),
    ("唔系", "不是"),
    // `唔好` before a verb is "don't" (`唔该唔好用机器人覆我`, `唔好再寄错`); alone it may be
    // "not good" (`唔好食`), so only after `唔该` or before `再`.
    ("唔该唔好", "请不要"),
    ("唔好拖", "不要拖"),
    // `晒` after a word of damage is "all, completely" (`个盒凹晒`, `冰皮软晒`); elsewhere it
    // is the sun or showing off (`晒图`). `係` after `嘅` or `嚟` is "is" (`我订嘅係双黄`, `送嚟係
    // 五仁`), not the `系` of `系统`; `转返` puts through again, `冇人覆` no one replied.
    ("扁晒", "扁了"),
    ("凹晒", "凹了"),
    ("软晒", "软了"),
    ("烂晒", "烂了"),
    ("坏晒", "坏了"),
    ("湿晒", "湿了"),
    ("溶晒", "化了"),
    ("融晒", "化了"),
    ("碎晒", "碎了"),
    ("霉晒", "霉了"),
    ("嘅系", "的是"),
    ("嚟系", "来是"),
    ("转返", "转回"),
    ("有冇人覆", "有没有人回"),
    ("冇人覆", "没人回"),
    ("佢地", "他们"),
    ("唔好再", "不要再"),
    ("千祈唔好", "千万不要"),
    ("唔该晒", "谢谢"),
    ("唔该", "谢谢"),
    ("多谢晒", "谢谢"),
    ("乜嘢", "什么"),
    ("咩嘢", "什么"),
    ("喺度", "在"),
    ("点样", "怎样"),
    ("点解", "为什么"),
    ("几时", "什么时候"),
    ("几耐", "多久"),
    ("几多", "多少"),
    ("几钱", "多少钱"),
    ("边度", "哪里"),
    ("边个", "哪个"),
    ("边款", "哪款"),
    ("呢个", "这个"),
    ("呢款", "这款"),
    ("呢度", "这里"),
    ("屋企", "家里"),
    ("下昼", "下午"),
    ("平啲", "便宜点"),
    ("瞓", "睡"),
    ("得闲", "有空"),
    ("点算", "怎么办"),
    ("点搞", "怎么办"),
    ("度尺", "量尺寸"),
    ("几大", "多大"),
    ("几长", "多长"),
    ("几阔", "多宽"),
    ("而家", "现在"),
    ("依家", "现在"),
    ("琴日", "昨天"),
    ("寻日", "昨天"),
    ("听日", "明天"),
    ("今日", "今天"),
    ("啱啱", "刚刚"),
    ("未有", "还没有"),
    ("未退", "还没退"),
    ("未收到", "还没收到"),
    ("机械人", "机器人"),
    ("落咗单", "下了单"),
    ("落单", "下单"),
    ("寄返", "寄回"),
    ("退返", "退回"),
    ("冇得", "没有"),
    // Shandong and Henan `木` (not) before a verb of receiving (`俺家里根本木收到啊`).
    ("木收到", "没收到"),
    // Sichuanese `莫得` (`莫得货了嗦`), Wuhan and Anhui `么事` (what: `发么事快递`), Anhui `嗯们` and
    // Minnan and Hainanese `汝们`, `汝兜` (you: `嗯们能代发不`, `汝们那个套装里有乜`; `汝` alone is also the
    // kiln of `汝窑`), Hakka `𠊎` (I: `𠊎系深圳梅州同乡会嘅`).
    ("莫得", "没有"),
    ("么事", "什么"),
    ("嗯们", "你们"),
    ("汝们", "你们"),
    ("汝兜", "你们"),
    ("𠊎", "我"),
    ("冇", "没有"),
    ("咗", "了"),
    ("唔", "不"),
    ("嘅", "的"),
    ("哋", "们"),
    ("喺", "在"),
    ("嚟", "来"),
    ("睇", "看"),
    ("攞", "拿"),
    ("揾", "找"),
    ("搵", "找"),
    ("俾", "给"),
    ("畀", "给"),
    ("嗰", "那"),
    ("啲", "些"),
    ("咩", "什么"),
    ("乜", "什么"),
    ("咁", "这么"),
    ("噉", "这样"),
    ("嘢", "东西"),
    ("啱", "对"),
    ("佢", "他"),
    ("㗎", "的"),
];

/// English shorthand, replaced as whole words.
const SLANG_WORDS: &[(&str, &str)] = &[
    ("u", "you"),
    ("ur", "your"),
    ("pls", "please"),
    ("plz", "please"),
    ("thx", "thanks"),
    ("thanx", "thanks"),
    ("r", "are"),
    ("wat", "what"),
    ("wut", "what"),
    ("abt", "about"),
    ("wanna", "want to"),
    ("gonna", "going to"),
    ("hv", "have"),
    ("cuz", "because"),
    ("coz", "because"),
    ("b4", "before"),
    ("pkg", "package"),
    ("addr", "address"),
    ("msg", "message"),
    ("pic", "picture"),
    ("pics", "pictures"),
    ("tmr", "tomorrow"),
    ("tmrw", "tomorrow"),
    ("bday", "birthday"),
    ("acct", "account"),
    ("sub", "subscription"),
    ("subs", "subscriptions"),
    ("wk", "week"),
    ("wks", "weeks"),
    ("xmas", "christmas"),
    ("hrs", "hours"),
    // Texting shorthand (`w` with, `thru`, `em`, `rn`, `smth`, `yall`).
    ("w", "with"),
    ("thru", "through"),
    ("em", "them"),
    ("rn", "right now"),
    ("smth", "something"),
    ("sth", "something"),
    ("yall", "you all"),
    ("nite", "night"),
    ("tonite", "tonight"),
    ("addy", "address"),
    ("bc", "because"),
    // Trinidad (`it doh fit`, `allyuh tief my money`; `allyuh` is in [`PATOIS_OWN`]).
    ("doh", "dont"),
    ("tief", "steal"),
    // `ye`, Irish and Newfoundland plural `you` (`can ye sort it`, `see ye saturday`), and
    // Pittsburgh `yinz` (`do yinz ship`).
    ("ye", "you"),
    ("yinz", "you"),
    // Appalachian `y'uns` (you all: `y'uns sent a full`).
    ("yuns", "you"),
    // `yer`, Irish, Scots and Northern English `your` (`thanks for all yer help`).
    ("yer", "your"),
    // Bajan `wunna` (you all: `thanks wunna`, `wunna could come fuh we`).
    ("wunna", "you"),
    ("ppl", "people"),
    ("lmk", "let me know"),
    // Nigerian Pidgin (`wetin be the process`, `una dey sell am`, `i no sabi`); `una` only where
    // the message is not Spanish (see [`SPANISH_WORDS`]).
    ("wetin", "what"),
    ("una", "you"),
    ("sabi", "know"),
    ("dey", "is"),
    ("nko", "what about"),
    // Plural `you` (Glasgow `yous`, Philadelphia `youse`), Scots (`cannae`, `hasnae come
    // through`) and a dropped `g`, Southern and Scots alike (`good mornin`, `keep ignorin me`,
    // `fixin to`).
    ("yous", "you"),
    ("youse", "you"),
    ("cannae", "cant"),
    ("canna", "cant"),
    ("dinnae", "dont"),
    ("didnae", "didnt"),
    ("doesnae", "doesnt"),
    ("hasnae", "hasnt"),
    ("havnae", "havent"),
    ("havenae", "havent"),
    ("isnae", "isnt"),
    ("wasnae", "wasnt"),
    ("wouldnae", "wouldnt"),
    ("widnae", "wouldnt"),
    ("couldnae", "couldnt"),
    ("mornin", "morning"),
    ("missin", "missing"),
    ("pullin", "pulling"),
    ("leakin", "leaking"),
    ("evenin", "evening"),
    ("nothin", "nothing"),
    ("somethin", "something"),
    ("anythin", "anything"),
    ("goin", "going"),
    ("comin", "coming"),
    ("fixin", "fixing"),
    ("tryin", "trying"),
    ("lookin", "looking"),
    ("waitin", "waiting"),
    ("ignorin", "ignoring"),
    ("gettin", "getting"),
    ("sayin", "saying"),
    ("talkin", "talking"),
    ("doin", "doing"),
    ("weddin", "wedding"),
    ("workin", "working"),
    ("wonderin", "wondering"),
    ("thinkin", "thinking"),
    ("askin", "asking"),
    ("postin", "posting"),
    ("drippin", "dripping"),
    ("coolin", "cooling"),
    ("blowin", "blowing"),
    ("makin", "making"),
    ("disputin", "disputing"),
    ("runnin", "running"),
];

/// Jamaican Patois words no other language the buyers write shares (`unnu`, `cyaan`, `likkle`),
/// replaced like [`SLANG_WORDS`]; one of them in a message makes it Patois for
/// [`PATOIS_SHARED`].
const PATOIS_OWN: &[(&str, &str)] = &[
    ("unnu", "you"),
    ("yuh", "you"),
    ("cyaan", "cant"),
    ("likkle", "little"),
    ("waan", "want"),
    ("weh", "where"),
    ("inna", "in"),
    ("wid", "with"),
    ("ova", "over"),
    ("ansa", "answer"),
    ("everyting", "everything"),
    ("anyting", "anything"),
    ("nutten", "nothing"),
    ("smaddy", "somebody"),
    // Trinidadian and Guyanese Creolese (`allyuh does take linx`, `wah paper I need fuh tek terms`,
    // `ah cyah type all dis`, `y'all ent serious`, `it nah wuk`).
    ("allyuh", "you"),
    ("fuh", "for"),
    ("cyah", "cant"),
    ("wuk", "work"),
    ("dis", "this"),
    ("ent", "aint"),
];

/// Patois words that are words of other languages too (`mi` is Spanish, `di` Indonesian and
/// Italian): read as Patois only in a message that holds one of [`PATOIS_OWN`]
/// (`weh mi parcel deh`).
#[rustfmt::skip]
const PATOIS_SHARED: &[(&str, &str)] = &[
    ("mi", "me"), ("di", "the"), ("dem", "them"), ("deh", "there"), ("nuh", "not"), ("fi", "to"),
    ("seh", "say"), ("gi", "give"), ("pon", "on"), ("tek", "take"), ("ting", "thing"),
    ("de", "the"), ("dat", "that"), ("meh", "my"), ("ah", "i"),
];

/// Spanish words common enough that two of them make a message Spanish, where `una` is "a", not
/// Pidgin's "you all" (`quiero hablar con una persona`).
#[rustfmt::skip]
const SPANISH_WORDS: &[&str] = &[
    "una", "un", "con", "por", "para", "que", "quiero", "es", "el", "la", "los", "las", "mi", "hola",
    "gracias", "favor", "tengo", "hablar", "puedo", "necesito", "como", "donde", "cuando",
];

/// Words buyers put around a question that carry nothing to match on. They are dropped at the
/// start (and `亲` also at the end) of a phrase, but only when something else remains in the
/// message: on its own, `在吗` is a greeting and must stay readable as one.
pub const FILLERS: &[&str] = &[
    "亲亲",
    "亲",
    "在吗",
    "在么",
    "在不在",
    "在嘛",
    "请问",
    "你好",
    "您好",
    "hello",
];

/// Characters that make `亲` the start of a word (`亲自`, `亲戚`) rather than the shop's "dear".
const QIN_WORDS: &str = "自戚人爱子手切密情属身友测眼口生笔吻近热朋";

/// Sentence-final particles after which a trailing `亲` is a filler (`发货了吗亲`).
const PARTICLES: &str = "吗呢啊呀吧嘛哦哈啦呗么了的哟噢喔";

/// Returns the canonical form of `text`; see the module documentation for the steps.
pub fn normalize(text: &str) -> String {
    let lowered: String = text.nfkc().collect::<String>().to_lowercase();
    let simplified = to_simplified(&drop_stickers(&lowered));
    let cleaned = clean_chars(&expand_will(&simplified));
    let slanged = replace_slang(&wu_question(&cleaned));
    let folded = fold_repeats(&slanged);
    // English shorthand after the fillers: dropping one can free a word (`亲u` → `u` → `you`).
    // `木有` last of all: whether it is slang depends on the character before it, which must be
    // the final one (`咋木有` reads `怎么木有` → `怎么没有`; `亲木有` → `木有` → `没有`).
    replace_not_have(&replace_slang_words(&drop_fillers(&folded)))
}

/// Wu (Shanghai, Hangzhou) `伐` ending a clause asks, as `吗` does (`弄坏了你们赔伐`, `靠得住伐`);
/// inside words (`砍伐`, `步伐`) it keeps its own sense.
fn wu_question(text: &str) -> std::borrow::Cow<'_, str> {
    if !text.contains('伐') {
        return std::borrow::Cow::Borrowed(text);
    }
    let chars: Vec<char> = text.chars().collect();
    let asked = |i: usize| {
        chars[i] == '伐'
            && i > 0
            && is_han(chars[i - 1])
            && !"砍采征讨步杀攻北".contains(chars[i - 1])
            && chars
                .get(i + 1)
                .is_none_or(|c| !is_han(*c) && !c.is_alphanumeric())
    };
    (0..chars.len())
        .map(|i| if asked(i) { '吗' } else { chars[i] })
        .collect::<String>()
        .into()
}

/// `'ll` written out as ` will` (`he'll` → `he will`): with the apostrophe dropped, `he'll`,
/// `she'll`, `we'll` and `i'll` would read as `hell`, `shell`, `well` and `ill`.
fn expand_will(text: &str) -> std::borrow::Cow<'_, str> {
    if !text.contains("'ll") && !text.contains("\u{2019}ll") {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    let mut rest = text;
    while let Some(at) = rest.find(['\'', '\u{2019}']) {
        let mark = rest[at..].chars().next().map_or(1, char::len_utf8);
        let after = &rest[at + mark..];
        let word_before = rest[..at]
            .chars()
            .next_back()
            .is_some_and(|c| c.is_ascii_alphabetic());
        let will = after.starts_with("ll")
            && !after[2..]
                .chars()
                .next()
                .is_some_and(|c| c.is_ascii_alphabetic());
        out.push_str(&rest[..at]);
        if word_before && will {
            out.push_str(" will");
            rest = &after[2..];
        } else {
            out.push_str(&rest[at..at + mark]);
            rest = after;
        }
    }
    out.push_str(rest);
    std::borrow::Cow::Owned(out)
}

/// Without the chat stickers written as a word or two in square brackets (`[抱拳]`, `[捂脸]`, as
/// WeChat, Weibo and Douyin send them): a gesture, not words of the question (the mood reads
/// them from the raw text).
fn drop_stickers(text: &str) -> std::borrow::Cow<'_, str> {
    if !text.contains('[') {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(open) = rest.find('[') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let sticker = after.find(']').filter(|&close| {
            let inner = &after[..close];
            (1..=4).contains(&inner.chars().count()) && inner.chars().all(is_han)
        });
        match sticker {
            Some(close) => {
                out.push(' ');
                rest = &after[close + 1..];
            }
            None => {
                out.push('[');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    std::borrow::Cow::Owned(out)
}

/// True for the Chinese (Han) characters, the script whose words are not separated by spaces.
pub fn is_han(c: char) -> bool {
    matches!(c as u32,
        0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF | 0x20000..=0x2A6DF
        | 0x2A700..=0x2EBEF | 0x2F800..=0x2FA1F | 0x30000..=0x3134F)
}

/// True when `text` holds at least one Chinese character.
pub fn has_han(text: &str) -> bool {
    text.chars().any(is_han)
}

/// Traditional to simplified, repeated until stable: OpenCC's tables have a few chains
/// (a traditional character whose simplified form is itself listed as traditional).
fn to_simplified(text: &str) -> String {
    if !has_han(text) {
        return text.to_owned();
    }
    let mut current = hanconv::t2s(text);
    for _ in 0..3 {
        let next = hanconv::t2s(&current);
        if next == current {
            break;
        }
        current = next;
    }
    current
}

/// Keeps letters, digits and the combining marks written on them; everything else becomes a
/// space, except an apostrophe inside a word (dropped) and a dot between digits (kept). An emoji's
/// presentation selector (`☀️` is `☀` and U+FE0F) and a keycap's frame are no marks of a letter:
/// they go with the emoji.
fn clean_chars(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    for (i, &c) in chars.iter().enumerate() {
        let prev = i.checked_sub(1).map(|j| chars[j]);
        let next = chars.get(i + 1).copied();
        let on_a_letter = out.chars().last().is_some_and(|p| p != ' ');
        if c.is_alphanumeric() || (is_combining_mark(c) && on_a_letter && !is_emoji_part(c)) {
            out.push(c);
        } else if matches!(c, '\'' | '\u{2019}')
            && prev.is_some_and(|p| p.is_ascii_alphabetic())
            && next.is_some_and(|n| n.is_ascii_alphabetic())
        {
            // don't -> dont: one word for the matcher.
        } else if c == '.'
            && prev.is_some_and(|p| p.is_ascii_digit())
            && next.is_some_and(|n| n.is_ascii_digit())
        {
            out.push(c);
        } else {
            out.push(' ');
        }
    }
    out
}

/// Variation selectors and the enclosing keycap: parts of an emoji, not of a word.
fn is_emoji_part(c: char) -> bool {
    matches!(c, '\u{FE00}'..='\u{FE0F}' | '\u{E0100}'..='\u{E01EF}' | '\u{20E3}')
}

fn replace_slang(text: &str) -> String {
    // Most messages hold no slang: one pass of an automaton over all the keys says so, instead
    // of a substring search per key.
    static KEYS: LazyLock<AhoCorasick> = LazyLock::new(|| {
        AhoCorasick::new(SLANG.iter().map(|(from, _)| from)).expect("slang keys compile")
    });
    let mut out = text.to_owned();
    if has_han(&out) && KEYS.is_match(&out) {
        for (from, to) in SLANG {
            if out.contains(from) {
                out = out.replace(from, to);
            }
        }
    }
    out
}

/// `木有` ("没有"), the one slang whose first character also ends nouns (`实木`, `积木`,
/// `巴旦木`): it is "没有" only where a function word could stand, at the start of a phrase or
/// after a character of [`BEFORE_NOT_HAVE`] (`有木有`, `还木有`, `我木有`), so `实木有甲醛吗`
/// keeps its wood.
const NOT_HAVE: (&str, &str) = ("木有", "没有");

/// Characters after which `木有` is the slang "没有": particles, adverbs, pronouns.
const BEFORE_NOT_HAVE: &str = "有还都也并又就却仍才已再从我你他她它们咱俺的了呢吗啊呀吧嘛么里";

fn replace_not_have(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find(NOT_HAVE.0) {
        out.push_str(&rest[..at]);
        let function_position = out
            .chars()
            .next_back()
            .is_none_or(|c| !is_han(c) || BEFORE_NOT_HAVE.contains(c));
        out.push_str(if function_position {
            NOT_HAVE.1
        } else {
            NOT_HAVE.0
        });
        rest = &rest[at + NOT_HAVE.0.len()..];
    }
    out.push_str(rest);
    out
}

fn replace_slang_words(text: &str) -> String {
    static WORDS: LazyLock<rustc_hash::FxHashMap<&str, &str>> =
        LazyLock::new(|| SLANG_WORDS.iter().chain(PATOIS_OWN).copied().collect());
    let mut out = text.to_owned();
    if out.bytes().any(|b| b.is_ascii_alphabetic()) {
        let spanish = || {
            out.split(' ')
                .filter(|w| SPANISH_WORDS.contains(w))
                .nth(1)
                .is_some()
        };
        let una_stays = out.split(' ').any(|w| w == "una") && spanish();
        let patois = out
            .split(' ')
            .any(|w| PATOIS_OWN.iter().any(|(own, _)| *own == w));
        out = out
            .split(' ')
            .map(|w| {
                if una_stays && w == "una" {
                    return w;
                }
                if patois && let Some(&(_, plain)) = PATOIS_SHARED.iter().find(|(p, _)| *p == w) {
                    return plain;
                }
                WORDS.get(w).copied().unwrap_or(w)
            })
            .collect::<Vec<_>>()
            .join(" ");
    }
    out
}

/// Folds runs of 3+ identical characters: Chinese to one (`啊啊啊` → `啊`), others to two
/// (`soooo` → `soo`, which keeps `good` whole); digits and spaces are left alone.
fn fold_repeats(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        let mut run = 1;
        while chars.peek() == Some(&c) {
            chars.next();
            run += 1;
        }
        let keep = if run < 3 || c.is_ascii_digit() || c.is_whitespace() {
            run
        } else if is_han(c) {
            1
        } else {
            2
        };
        out.extend(std::iter::repeat_n(c, keep));
    }
    out
}

/// Drops fillers around the question; see [`FILLERS`]. Collapses white space as it goes.
fn drop_fillers(text: &str) -> String {
    let mut phrases: Vec<String> = Vec::new();
    for phrase in text.split_whitespace() {
        // 请问 is never part of another word; other fillers only count at a phrase's edges.
        for part in phrase.split("请问").filter(|p| !p.is_empty()) {
            let stripped = strip_phrase(part);
            if !stripped.is_empty() {
                phrases.push(stripped.to_owned());
            }
        }
    }
    if phrases.is_empty() {
        // Nothing but fillers: keep them, they are the message (a greeting).
        return text.split_whitespace().collect::<Vec<_>>().join(" ");
    }
    phrases.join(" ")
}

fn strip_phrase(mut phrase: &str) -> &str {
    loop {
        let before = phrase;
        for filler in FILLERS {
            if let Some(rest) = phrase.strip_prefix(filler) {
                let next = rest.chars().next();
                // `亲自` and `亲戚` are words of their own.
                let qin_word = filler.starts_with('亲')
                    && !filler.ends_with("亲亲")
                    && next.is_some_and(|c| QIN_WORDS.contains(c));
                // `helloo` is one word, not `hello` and `o`.
                let longer_english =
                    filler.is_ascii() && next.is_some_and(|c| c.is_ascii_alphanumeric());
                if !(qin_word || longer_english) {
                    phrase = rest;
                    break;
                }
            }
        }
        for filler in ["亲亲", "亲"] {
            if let Some(rest) = phrase.strip_suffix(filler) {
                let after_particle = rest.chars().last().is_some_and(|c| PARTICLES.contains(c));
                if rest.is_empty() || after_particle {
                    phrase = rest;
                    break;
                }
            }
        }
        if phrase == before {
            return phrase;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use rstest::rstest;

    #[rstest]
    #[case::full_width_letters_and_digits("ＡＢＣ　１２３", "abc 123")]
    #[case::full_width_punctuation("什么时候发货？！", "什么时候发货")]
    #[case::upper_case_english("When Do You SHIP?", "when do you ship")]
    #[case::traditional_to_simplified("這個顏色會不會掉色", "这个颜色会不会掉色")]
    #[case::emoji_become_spaces("发货了吗😭😭快点", "发货了吗 快点")]
    #[case::emoji_selector_goes_with_it("早上好☀️", "早上好")]
    #[case::sticker_dropped("谢谢啊 辛苦了[抱拳]", "谢谢啊 辛苦了")]
    #[case::will_written_out("vet reckons he'll be big", "vet reckons he will be big")]
    #[case::curly_will("we’ll see", "we will see")]
    #[case::not_will("the shop's llama", "the shops llama")]
    #[case::bracketed_size_kept("[xl] 有货吗", "xl 有货吗")]
    #[case::size_letter_homophone("S马没了 XL马呢", "s码没了 xl码呢")]
    #[case::keycap_is_a_digit_alone("选1️⃣", "选1")]
    #[case::accent_on_a_letter_kept("café", "café")]
    #[case::repeated_chinese_folded("啊啊啊啊什么时候发货", "啊什么时候发货")]
    #[case::repeated_letters_folded("soooooo slow", "soo slow")]
    #[case::digits_not_folded("满1000减100", "满1000减100")]
    #[case::decimal_kept("1.5升 ok.", "1.5升 ok")]
    #[case::apostrophe_joined("I don't know", "i dont know")]
    #[case::slang_za("咋用", "怎么用")]
    #[case::cantonese_words("幾時寄得出？我琴日落咗單", "什么时候寄得出 我昨天下了单")]
    #[case::cantonese_characters("有冇貨呀 佢哋話唔知", "有没有货呀 他们话不知")]
    #[case::cantonese_copula("係咪包郵", "是不是包邮")]
    #[case::cantonese_how_much("换要几多钱", "换要多少钱")]
    #[case::sichuanese_how_much("剪个指甲好多钱", "剪个指甲多少钱")]
    #[case::anhui_you("嗯们能代发不", "你们能代发不")]
    #[case::minnan_you("运费是汝兜出还是阮出", "运费是你们出还是阮出")]
    #[case::ru_kiln_kept("汝窑茶杯", "汝窑茶杯")]
    #[case::wuhan_what("发么事快递", "发什么快递")]
    #[case::hakka_i("𠊎系梅州人", "我系梅州人")]
    #[case::shaanxi_me("额滴神 气死额了 把额鞋给卖了", "我的神 气死我了 把我鞋给卖了")]
    #[case::creolese("wah paper I need fuh tek terms", "wah paper i need for take terms")]
    #[case::de_kept_in_spanish("la casa de mi madre", "la casa de mi madre")]
    #[case::mandarin_xi_kept("联系客服", "联系客服")]
    #[case::slang_sha("有啥颜色", "有什么颜色")]
    #[case::slang_muyou("有木有优惠", "有没有优惠")]
    #[case::slang_muyou_alone("木有了", "没有了")]
    #[case::slang_muyou_twice("有木有木有", "有没有没有")]
    #[case::wood_is_no_slang("实木有甲醛吗", "实木有甲醛吗")]
    #[case::nut_is_no_slang("巴旦木有木有不放盐的", "巴旦木有没有不放盐的")]
    #[case::muyou_after_slang("咋木有", "怎么没有")]
    #[case::muyou_after_filler("亲木有", "没有")]
    #[case::slang_shenma("神马时候到", "什么时候到")]
    #[case::homophone_shenmo("神魔时候发货", "什么时候发货")]
    #[case::slang_weimao("为毛还不发货", "为什么还不发货")]
    #[case::slang_duoqian("这个多钱", "这个多少钱")]
    #[case::greeting_before_question("你好 这个多钱", "这个多少钱")]
    #[case::greeting_alone_is_kept("你好", "你好")]
    #[case::northern_days("今儿个能发出去不", "今天能发出去不")]
    #[case::english_shorthand("can u ship pls", "can you ship please")]
    #[case::english_subscription("pause my sub for 2 wks", "pause my subscription for 2 weeks")]
    #[case::english_sub_inside_a_word("subtotal", "subtotal")]
    #[case::texting_shorthand(
        "r u open tmrw wanna ask abt my pkg",
        "are you open tomorrow want to ask about my package"
    )]
    #[case::fillers_dropped_before_a_question("亲，在吗？请问什么时候发货", "什么时候发货")]
    #[case::qinqin_glued_to_the_question("亲亲什么时候发货呀", "什么时候发货呀")]
    #[case::trailing_qin("发货了吗亲", "发货了吗")]
    #[case::filler_alone_is_kept("在吗", "在吗")]
    #[case::fillers_alone_are_kept("亲 在吗?", "亲 在吗")]
    #[case::qin_in_a_word_stays("亲自试过吗", "亲自试过吗")]
    #[case::mother_stays("送给母亲", "送给母亲")]
    #[case::zai_inside_a_word_stays("是现在吗", "是现在吗")]
    #[case::white_space_collapsed("  a \t b  ", "a b")]
    #[case::empty("", "")]
    #[case::bopomofo_particles("有貨ㄇ 好ㄉ", "有货吗 好的")]
    #[case::hokkien_how("報名是按怎報 啥物攏毋知", "报名是怎么报 什么都不知道")]
    #[case::hokkien_not_know("伊嘸知影 甘係", "伊不知道 是不是")]
    #[case::get_off("要在哪一站落車", "要在哪一站下车")]
    #[case::hefei_how_much("配送费多和啊", "配送费多少啊")]
    #[case::hebei_not_yet("钱咋还么退回来", "钱怎么还没退回来")]
    #[case::ningbo_none_not("几乎呒没馅 跟以前买的弗一样", "几乎没有馅 跟以前买的不一样")]
    #[case::appalachian_you("y'uns sent a full", "you sent a full")]
    #[case::dropped_g(
        "water's drippin and its not coolin",
        "waters dripping and its not cooling"
    )]
    #[case::north_east_what_to_do("这咋整啊", "这怎么办啊")]
    #[case::north_east_keep("能搁多久", "能放多久")]
    #[case::north_east_dirty("盒子别埋汰了", "盒子别脏了")]
    #[case::texting_with("does it come w a case", "does it come with a case")]
    #[case::texting_now("can u send em rn", "can you send them right now")]
    #[case::wu_question("弄坏了你们赔伐", "弄坏了你们赔吗")]
    #[case::wu_is_it("阿是手工绣个", "是不是手工绣个")]
    #[case::wu_can_it("阿好换成灰个", "能不能换成灰个")]
    #[case::wu_when("啥辰光发货", "什么时候发货")]
    #[case::wu_not("颜色勿搭", "颜色不搭")]
    #[case::wu_do_not("请勿折叠", "请不要折叠")]
    #[case::cantonese_please_dont("唔该唔好再打嚟", "请不要再打来")]
    #[case::cantonese_not_good("呢个唔好食", "这个不好食")]
    #[case::cantonese_all_soft("冰皮软晒", "冰皮软了")]
    #[case::cantonese_is("我订嘅係双黄", "我订的是双黄")]
    #[case::cantonese_no_reply("冇人覆", "没人回")]
    #[case::plural_you("thank youse", "thank you")]
    #[case::trinidad("allyuh doh take card", "you dont take card")]
    #[case::irish_ye("can ye sort it", "can you sort it")]
    #[case::pittsburgh_yinz("do yinz ship", "do you ship")]
    #[case::cantonese_need("减糖使唔使加钱", "减糖需不需要加钱")]
    #[case::cantonese_fridge_or_freezer("放雪柜定系冰格", "放冰箱还是冷冻室")]
    #[case::cantonese_still_not("仲未过数", "还没付款")]
    #[case::cantonese_this_one("呢个梳化床几阔", "这个梳化床多宽")]
    #[case::pidgin("wetin una dey sell? i no sabi", "what you is sell i no know")]
    #[case::spanish_una_stays("quiero hablar con una persona", "quiero hablar con una persona")]
    #[case::patois("weh mi parcel deh", "where me parcel there")]
    #[case::patois_words_alone("di mi", "di mi")]
    #[case::spanish_mi("mi pedido no llegó", "mi pedido no llegó")]
    #[case::scots(
        "refund still hasnae come through, cannae wait",
        "refund still hasnt come through cant wait"
    )]
    #[case::dropped_g("good mornin, im fixin to order", "good morning im fixing to order")]
    #[case::sichuan_how("钱咋个退给我", "钱怎么退给我")]
    #[case::long_hello_stays_a_word("hellooo anyone there?", "helloo anyone there")]
    #[case::wu_question_mid("靠得住伐 我一个人住", "靠得住吗 我一个人住")]
    #[case::felling_stays("山上不让砍伐", "山上不让砍伐")]
    fn normalises(#[case] input: &str, #[case] want: &str) {
        assert_eq!(normalize(input), want, "normalising {input:?}");
    }

    proptest! {
        #[test]
        fn never_panics_and_is_idempotent(s in "\\PC*") {
            let once = normalize(&s);
            prop_assert_eq!(normalize(&once), once.clone(), "normalising {:?} twice", s);
        }

        #[test]
        fn idempotent_on_shop_like_text(s in "[亲在吗请问咋啥木有实没神马发货啊!？ 0-9a-zA-Zａ-ｚ😭]{0,24}") {
            let once = normalize(&s);
            prop_assert_eq!(normalize(&once), once.clone(), "normalising {:?} twice", s);
        }
    }
}
