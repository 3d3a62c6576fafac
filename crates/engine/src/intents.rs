//! Special intents: what a message asks for besides an FAQ answer.
//!
//! Read from the normalised text:
//! - **greeting**: only greetings, thanks, acknowledgements, goodbyes and ways of addressing the
//!   shop (`在吗`, `你好 老板`, `好的谢谢`, `对的`, `没有了谢谢`, `thanks!`), with nothing left that
//!   could be a question, or only emoji (`👍`, read from the raw text by [`emoji_only`]);
//! - **bare reply**: a yes or no alone (`没有`, `不是`, `有吗`, `no`), which answers something
//!   said before;
//! - **gives a phone number**: a mobile number in the message (`我的电话变为139…`, the number
//!   alone) is the buyer's data for a person to act on (change the order, call back); an FAQ
//!   answer such as "send us the new number" would only ask for it again;
//! - **asks for a person**: `转人工`, `人工`, `真人`, `你是机器人`, `human`, `agent`, `real
//!   person`, or an English verb of getting in touch with a person (`contact customer service`);
//! - **after-sale request** about the buyer's own order: a request (`我要`, `给我`, `申请`, `I want`)
//!   for a refund, return, exchange or cancellation (`我要退货`, `给我退款`, `想换个色`,
//!   `I want a refund`), or a report of a problem with what arrived or with a refund under way
//!   (`收到是坏的`, `少发了`, `发错了`, `漏液`, `过敏了`, `退款还没到账`, `arrived damaged`).
//!   A policy question is not one: `能退吗`, `退货要运费吗`, `can I return` name no request and no
//!   problem, and `如果`, `万一`, `会不会`, `if` make a problem hypothetical;
//! - **a pick** among the questions a clarifying reply offered (`1`, `第二个`, `the first one`).
//!
//! These are phrase tables, not a classifier: a phrasing they miss falls through to the FAQ
//! matcher (and escalates as unknown when nothing matches), which is the safe direction. To extend
//! them, add phrases to the tables; keep a policy phrasing out of the request tables.

mod after_sale;
mod greeting;
mod human;
mod phrases;

use std::sync::{LazyLock, OnceLock};

use crate::phrase_table::Table;

use crate::given::{self, Given};
use crate::normalize::is_han;
use crate::spelling::Spelling;
use phrases::*;

/// What the intent tables found in a message.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Intents {
    /// Greetings, thanks or acknowledgements only, no question.
    pub greeting_only: bool,
    /// The phrase asking for a person, if any.
    pub asks_human: Option<String>,
    /// The phrase of an after-sale request or problem report, if any.
    pub after_sale: Option<String>,
    /// The phrase of an invoice made out wrong (`发票抬头写错了 能重开吗`), if any: a person
    /// reissues it, but it is no after-sale matter of the goods.
    pub invoice_error: Option<String>,
    /// True when that request is only to cancel the order (`不想要了 取消了呗`, `想取消重新拍`):
    /// with nothing else asked for or reported, a shop whose FAQ explains cancelling answers it.
    pub cancellation_only: bool,
    /// True when that report is only of goods not (yet) come (`怎么只收到帐篷 椅子呢`, `only got
    /// the socks so far`): with those words struck out, nothing else is asked for or reported.
    /// An order shipped in parts explains it (see `decide`).
    pub missing_only: bool,
    /// True when the buyer asks whether the shop fixes something of theirs, naming neither the
    /// shop's work nor goods bought from it (`apple watch屏幕碎了能修吗`): the fault reported is the
    /// work asked for, which a repair shop's FAQ may answer (see `decide`).
    pub repair_asked: bool,
    /// A bare yes or no (`没有`, `不是`, `有的`): the answer to a question asked before, which
    /// only the conversation can make sense of.
    pub bare_reply: bool,
    /// Data the buyer gave for a person to act on (a phone number, an address, an order number
    /// on its own), not a question.
    pub gives: Option<Given>,
}

/// Reads the special intents of a normalised message.
pub fn read(normalized: &str) -> Intents {
    let respelt = respelt(normalized);
    let invoice_error = after_sale::invoice_error(&respelt);
    let after_sale = match invoice_error {
        Some(_) => after_sale::read(&after_sale::without_invoice_error(&respelt)),
        None => after_sale::read(&respelt),
    };
    Intents {
        invoice_error,
        greeting_only: greeting_only(normalized),
        bare_reply: bare_reply(normalized),
        gives: given::read(normalized),
        asks_human: asks_human(&respelt),
        cancellation_only: after_sale.is_some() && after_sale::cancellation_only(&respelt),
        missing_only: after_sale.is_some() && after_sale::missing_only(&respelt),
        repair_asked: after_sale.is_some() && after_sale::repair_asked(&respelt),
        after_sale,
    }
}

/// `normalized` with each English word one typing slip from a word of the English request and
/// problem tables written as that word (`conttact` → `contact`, `reimbvurse` → `reimburse`, `damged`
/// → `damaged`), as the matcher repairs a word against the FAQ's (see [`crate::spelling`]). A
/// word two table words are a slip from is left alone, and so is one that differs from a table
/// word only in its last letter: that is most often another word's ending (`snapper`, not
/// `snapped`; `tiles`, not `tiled`), seldom a slip.
fn respelt(normalized: &str) -> String {
    if !normalized.bytes().any(|b| b.is_ascii_lowercase()) {
        return normalized.to_owned();
    }
    let (spelling, words) = table_words();
    normalized
        .split(' ')
        .map(|w| {
            if words.binary_search(&w).is_ok() || WORDS_NOT_SLIPS.contains(&w) {
                return w;
            }
            match spelling.neighbours(w).as_slice() {
                [one] if !other_ending(w, words[*one as usize]) => words[*one as usize],
                _ => w,
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// Everyday words of the buyers' languages one slip from a table word, never repaired: Malay
/// and Indonesian `kotak` (a box) is not `koyak` (torn).
const WORDS_NOT_SLIPS: &[&str] = &["kotak"];

/// True when `a` and `b` differ only in their last letter.
fn other_ending(a: &str, b: &str) -> bool {
    let (mut a, mut b) = (a.chars(), b.chars());
    let (last_a, last_b) = (a.next_back(), b.next_back());
    last_a != last_b && a.as_str() == b.as_str() && !a.as_str().is_empty()
}

/// The English words of the tables that ask for a person or report an after-sale matter, and
/// their index by misspelling.
fn table_words() -> &'static (Spelling, Vec<&'static str>) {
    static WORDS: OnceLock<(Spelling, Vec<&'static str>)> = OnceLock::new();
    WORDS.get_or_init(|| {
        let mut words: Vec<&'static str> = HUMAN_EN
            .iter()
            .chain(CONTACT_VERBS)
            .chain(CONTACT_OBJECTS)
            .chain(after_sale::english_phrases())
            .flat_map(|p| p.split(' '))
            .collect();
        words.sort_unstable();
        words.dedup();
        let spelling = Spelling::build(words.iter().enumerate().map(|(i, w)| (i as u32, *w)));
        (spelling, words)
    })
}

fn greeting_only(normalized: &str) -> bool {
    if normalized.trim().is_empty() {
        return false;
    }
    let mut rest = format!(" {normalized} ");
    // The goods came, or the buyer thanks, and is glad of it: the goods may be named before the
    // praise (`鱼都很精神`, `谢谢 东西很好用`), and the arrival said (`到了到了 谢谢老板`),
    // unless something is asked.
    let asks = ['吗', '么', '没', '?']
        .iter()
        .any(|q| normalized.contains(*q));
    let thanked = THANKS.iter().any(|t| normalized.contains(t));
    let arrived = ARRIVED.iter().any(|a| normalized.contains(a));
    let came =
        !asks && (arrived || thanked) && (thanked || PRAISE.iter().any(|p| normalized.contains(p)));
    for praise in PRAISE {
        while let Some(at) = rest.find(praise) {
            let before = rest[..at].trim_end_matches(['也', '都']);
            let who = PLEASED
                .iter()
                .find(|w| before.ends_with(*w))
                .map_or(0, |w| w.len());
            let start = if who > 0 {
                before.len() - who
            } else if came {
                // A word or two of the goods (`茶`, `鱼都`), back to the last space.
                let goods = before.rsplit(' ').next().unwrap_or("");
                if goods.chars().count() <= 2 {
                    before.len() - goods.len()
                } else {
                    at
                }
            } else {
                at
            };
            rest.replace_range(start..at + praise.len(), " ");
        }
    }
    if thanked && !asks {
        rest = greeting::without_english_praise(&rest);
    }
    if came && arrived {
        // With a word or two of the goods before it (`签证收到了`, `钱到了`), as before praise.
        for arrived in ARRIVED {
            while let Some(at) = rest.find(arrived) {
                let goods = rest[..at].rsplit(' ').next().unwrap_or("");
                let start = if goods.chars().count() <= 2 {
                    at - goods.len()
                } else {
                    at
                };
                rest.replace_range(start..at + arrived.len(), " ");
            }
        }
    }
    // Most phrases are absent: find those present in one pass. Striking a phrase out leaves a
    // space, so only a phrase of several words can appear where it was not before.
    let found = GREETING_TABLE.found(&rest);
    for &i in GREETING_ORDER.iter() {
        let phrase = GREETING_PHRASES[i];
        if !(found[i] || phrase.contains(' ') && rest.contains(phrase)) {
            continue;
        }
        if phrase.is_ascii() {
            // English: whole words only, so "hi" does not eat "ship".
            let padded = format!(" {phrase} ");
            while rest.contains(&padded) {
                rest = rest.replace(&padded, " ");
            }
        } else {
            rest = rest.replace(phrase, " ");
        }
    }
    // A bare `好` between spaces (`好 明白 唔該`) agrees; `好了吗` asks.
    let agreed = rest
        .split_whitespace()
        .all(|w| w == "好" || only_particles(w));
    agreed
        || greeting::thanked_by_name(normalized, &rest)
        || greeting::only_from_a_place(&rest)
        || greeting::only_to_whom_wished(normalized, &rest)
        || greeting::only_a_cheer(normalized, &rest)
}

/// Whether `word` is made only of [`GREETING_PARTICLES`] (`啦`, `~`).
fn only_particles(word: &str) -> bool {
    word.chars().all(|c| GREETING_PARTICLES.contains(c))
}

/// Sounds a reply may start with (`嗯 没有`, `哦 不是`): a pause, not a word.
const REPLY_OPENERS: &[&str] = &["嗯嗯", "嗯", "哦哦", "哦", "额", "呃", "噢"];

fn bare_reply(normalized: &str) -> bool {
    let trim = |t: &str| {
        t.trim_matches(|c: char| GREETING_PARTICLES.contains(c))
            .to_owned()
    };
    let core = trim(normalized);
    let after_opener = REPLY_OPENERS
        .iter()
        .find_map(|o| core.strip_prefix(o))
        .map(trim);
    BARE_REPLIES.contains(&core.as_str())
        || after_opener.is_some_and(|rest| BARE_REPLIES.contains(&rest.as_str()))
}

fn asks_human(normalized: &str) -> Option<String> {
    let normalized = &without_real_hair(normalized);
    let normalized = &without_trade_agents(normalized);
    let normalized = &struck_out(normalized, NO_PERSON_WANTED);
    let zh = HUMAN_ZH_TABLE
        .first_in(normalized)
        .or_else(|| staff_asked(normalized).then_some("人工"))
        .or_else(|| someone_to_reply(normalized).then_some("让…回我"))
        .or_else(|| named_asked(normalized).then_some("…在吗"))
        .or_else(|| human::talk_sought(normalized).then_some("我要找…讲话"))
        .or_else(|| human::titled_call_asked(normalized).then_some("请…打电话给我"));
    let en = || {
        HUMAN_EN_TABLE
            .first_words_in(normalized)
            .or_else(|| put_on_asked(normalized).then_some("put … on"))
            .or_else(|| named_call_asked(normalized).then_some("can … call me"))
    };
    if let Some(p) = zh.or_else(en) {
        return Some(p.to_owned());
    }
    // When staff can be reached is asked, not for one of them (`customer care timings?`, `what
    // time does ur customer service close`): the FAQ's hours answer it. (`at what time can i call
    // customer service` stays a request: the dev suite bitext-shop labels it so.)
    let verb = CONTACT_VERBS_TABLE.first_words_in(normalized)?;
    let object = CONTACT_OBJECTS_TABLE.first_words_in(normalized)?;
    if HOURS_ASKED_EN.iter().any(|w| contains_words(normalized, w)) {
        return None;
    }
    Some(format!("{verb} … {object}"))
}

/// The indices of [`GREETING_PHRASES`], longest phrase first: a phrase is struck out before
/// the shorter ones inside it (`have a great weekend` before `great`).
static GREETING_ORDER: LazyLock<Vec<usize>> = LazyLock::new(|| {
    let mut order: Vec<usize> = (0..GREETING_PHRASES.len()).collect();
    order.sort_by_key(|&i| std::cmp::Reverse(GREETING_PHRASES[i].chars().count()));
    order
});

/// [`GREETING_PHRASES`], compiled.
static GREETING_TABLE: LazyLock<Table> =
    LazyLock::new(|| Table::new(GREETING_PHRASES.iter().copied()));
/// [`HUMAN_ZH`], compiled.
static HUMAN_ZH_TABLE: LazyLock<Table> = LazyLock::new(|| Table::new(HUMAN_ZH.iter().copied()));
/// [`HUMAN_EN`], compiled.
static HUMAN_EN_TABLE: LazyLock<Table> = LazyLock::new(|| Table::new(HUMAN_EN.iter().copied()));
/// [`CONTACT_VERBS`], compiled.
static CONTACT_VERBS_TABLE: LazyLock<Table> =
    LazyLock::new(|| Table::new(CONTACT_VERBS.iter().copied()));
/// [`CONTACT_OBJECTS`], compiled.
static CONTACT_OBJECTS_TABLE: LazyLock<Table> =
    LazyLock::new(|| Table::new(CONTACT_OBJECTS.iter().copied()));

/// What `真人` may describe rather than ask for: real hair (`真人发`), a real person wearing or
/// showing the goods (`真人试穿`, `真人秀`, `真人图`).
const REAL_PERSON_AS_MODIFIER: &str = "发头试秀照图拍穿戴效实模版";

/// `normalized` with `真人` and `human` struck out where they describe the goods (`真人发`,
/// `真人试穿`, `human hair`): a wig of real hair asks for no person.
fn without_real_hair(normalized: &str) -> std::borrow::Cow<'_, str> {
    if !normalized.contains("真人") && !normalized.contains("human hair") {
        return normalized.into();
    }
    let mut text = String::with_capacity(normalized.len());
    let mut rest = normalized;
    while let Some(at) = rest.find("真人") {
        let after = &rest[at + "真人".len()..];
        let describes = after
            .chars()
            .next()
            .is_some_and(|c| REAL_PERSON_AS_MODIFIER.contains(c));
        text.push_str(&rest[..at]);
        text.push_str(if describes { "  " } else { "真人" });
        rest = after;
    }
    text.push_str(rest);
    text.replace("human hair", "hair").into()
}

/// An agent of the trade rather than of the shop's chat (`got agent price?`, `want to be your
/// agent`): a reseller asks for no person.
const TRADE_AGENTS: &[&str] = &[
    "agent price",
    // An ingredient or a trade, not a person (`a wetting agent`, `travel agent`).
    "wetting agent",
    "jadi agent",
    "dropship agent",
    "agent korang",
    "become an agent",
    "be an agent",
    "cleaning agent",
    "raising agent",
    "foaming agent",
    "travel agent",
    "estate agent",
    "agent rate",
    "agent discount",
    "be your agent",
    "become your agent",
];

/// `normalized` with [`TRADE_AGENTS`] struck out.
fn without_trade_agents(normalized: &str) -> std::borrow::Cow<'_, str> {
    struck_out(normalized, TRADE_AGENTS)
}

/// A buyer who would rather not talk to anyone (`我社恐不想跟人说话`), or who asks whether the
/// shop will ring (`will a pharmacist ring me?`): no request for a person.
#[rustfmt::skip]
const NO_PERSON_WANTED: &[&str] = &[
    "不想跟人", "不想和人", "不用跟人", "不用和人", "不要跟人", "不愿意跟人", "不敢跟人", "怕跟人",
    // Whether the shop rings as it works (`will a pharmacist ring me?`), not asked to.
    "will a pharmacist ring", "will a pharmacist call", "will the pharmacist ring",
    "will the pharmacist call", "will someone ring", "will someone call", "will you ring",
    "will you call", "will they ring", "will they call", "do you ring", "do you call",
    // A licence or a trade that holds the word (`a pleasure craft operator card`).
    "operator card", "operators card", "operator licence", "operator license", "tour operator",
    "generator operator", "machine operator",
    // Someone other than the shop (`do you swap the lpg bottles or do i call someone else`), and when
    // one may ring (`can i ring after 5 or is that too late`).
    "call someone else", "call somebody else", "ring someone else", "can i ring after", "can i call after",
    "can i ring before", "can i call before",
];

/// `text` with each of `phrases` replaced by a space; borrowed when none is there.
fn struck_out<'a>(text: &'a str, phrases: &[&str]) -> std::borrow::Cow<'a, str> {
    if !phrases.iter().any(|p| text.contains(p)) {
        return text.into();
    }
    phrases
        .iter()
        .fold(text.to_owned(), |text, p| {
            if p.is_ascii() {
                strike_words(&text, p)
            } else {
                text.replace(p, " ")
            }
        })
        .into()
}

/// `text` with each occurrence of the English `phrase` that ends a word replaced by a space:
/// `broke af` is struck from `im broke af`, not from `it broke after a week`. A phrase may begin
/// inside a word (`ve only got` in `ive only got`).
fn strike_words(text: &str, phrase: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = String::with_capacity(text.len());
    let mut last = 0;
    for (at, _) in text.match_indices(phrase) {
        let end = at + phrase.len();
        if end == bytes.len() || bytes[end] == b' ' {
            out.push_str(&text[last..at]);
            out.push(' ');
            last = end;
        }
    }
    out.push_str(&text[last..]);
    out
}

/// Who may be asked to reply, then the reply (`让李师傅跟我说`, `麻烦让店长回我一下`,
/// `请小王跟我联系`): someone of the shop, named or not, asked to talk to the buyer.
const ASK_SOMEONE: &[&str] = &["让", "请", "叫"];
/// See [`ASK_SOMEONE`].
#[rustfmt::skip]
const REPLY_TO_ME: &[&str] = &[
    "跟我说", "和我说", "跟我联系", "和我联系", "跟我联络", "和我联络", "联系我", "联络我", "回我",
    "回复我", "给我回", "来接一下", "来回一下", "来回复一下", "覆我", "跟我聊", "接个电话", "接一下电话", "接一下吗",
];

/// True when the buyer asks someone of the shop to reply in person: a verb of asking, at most
/// eight characters of who (`让做衣服的师傅直接跟我说`), and one of [`REPLY_TO_ME`].
fn someone_to_reply(normalized: &str) -> bool {
    ASK_SOMEONE.iter().any(|a| {
        normalized.match_indices(a).any(|(at, _)| {
            let after: String = normalized[at + a.len()..].chars().take(12).collect();
            // `请问` asks a question of whoever reads it.
            !after.starts_with('问')
                && REPLY_TO_ME.iter().any(|r| {
                    after
                        .find(r)
                        .is_some_and(|i| (1..=8).contains(&after[..i].chars().count()))
                })
        })
    })
}

/// Ways of asking whether someone is there (`小美在吗`).
const THERE: &[&str] = &["在吗", "在不在", "在么", "在嘛", "在不"];

/// True when the message opens by asking for someone by name (`小美在吗`, `王师傅在不在`): a
/// `小`/`阿` name or a name with a title, not a way of addressing the shop (`小姐姐在吗`).
fn named_asked(normalized: &str) -> bool {
    const TITLES: &[&str] = &["师傅", "老师", "姐姐", "哥哥", "姐", "哥"];
    const ADDRESSES: &[&str] = &[
        "小姐", "小哥", "小二", "小可", "小仙", "小伙", "大哥", "大姐",
    ];
    let Some(name) = THERE
        .iter()
        .find_map(|t| normalized.find(t).map(|at| normalized[..at].trim()))
    else {
        return false;
    };
    let chars: Vec<char> = name.chars().collect();
    if !chars.iter().all(|c| is_han(*c)) || ADDRESSES.iter().any(|a| name.starts_with(a)) {
        return false;
    }
    let titled = TITLES.iter().any(|t| {
        name.strip_suffix(t)
            .is_some_and(|who| (1..=2).contains(&who.chars().count()))
    });
    titled || (chars.len() == 2 && matches!(chars[0], '小' | '阿'))
}

/// True when someone is asked to be fetched to the chat or the phone (`put ruthie on pls`, `put
/// her on the phone`, `put him on`): `put`, one word of who, `on`, and next `please` or the
/// phone, or nothing when the one is `her` or `him`. Goods put on are no one (`before you put
/// panels on`, `put it on my card`).
fn put_on_asked(normalized: &str) -> bool {
    const THINGS: &[&str] = &[
        "it", "them", "this", "that", "these", "those", "one", "ones", "some", "more", "back",
    ];
    const AFTER: &[&[&str]] = &[&["please"], &["the", "phone"], &["phone"]];
    if !normalized.contains("put ") {
        return false;
    }
    let words: Vec<&str> = normalized.split_whitespace().collect();
    words.windows(3).enumerate().any(|(i, w)| {
        if w[0] != "put" || w[2] != "on" || THINGS.contains(&w[1]) {
            return false;
        }
        let rest = &words[i + 3..];
        AFTER.iter().any(|a| rest.starts_with(a))
            || rest.is_empty() && matches!(w[1], "her" | "him")
    })
}

/// True when someone of the shop is asked by name to call (`can yaneisy call me?`, `could Sam
/// ring me back`): `can` or `could`, one word of who, a calling verb, `me`. The shop asked as
/// `you` is a question of whether it calls at all (`can you call me when it ships`).
fn named_call_asked(normalized: &str) -> bool {
    const NOT_A_NAME: &[&str] = &["you", "i", "we", "they", "it", "he", "she", "someone"];
    let words: Vec<&str> = normalized.split_whitespace().collect();
    let calls = |w: &[&str]| matches!(w[0], "call" | "ring" | "phone" | "text") && w[1] == "me";
    let named = words
        .windows(4)
        .any(|w| matches!(w[0], "can" | "could") && !NOT_A_NAME.contains(&w[1]) && calls(&w[2..]));
    // Someone of the shop by role (`can the technician call me`).
    let by_role = words.windows(5).any(|w| {
        matches!(w[0], "can" | "could") && matches!(w[1], "the" | "your") && calls(&w[3..])
    });
    named || by_role
}

/// True when `人工` ("staff") asks for a person: on its own or before a word of the service
/// (`人工`, `人工客服`, `是人工吗`, `人工处理`, `找个人工看看`), not as part of a thing (`人工费`, `人工智能`,
/// `人工草坪`).
///
/// Asking when staff are there is a question of hours (`人工客服什么时候在线`, `你们人工几点上班`,
/// `周日有人工吗`), not a request.
fn staff_asked(normalized: &str) -> bool {
    const SERVICE: &str = "客服务吗呢在回了啊呀吧嘛么处来看";
    normalized.match_indices("人工").any(|(at, word)| {
        let after = &normalized[at + word.len()..];
        let when = after
            .trim_start_matches("客服")
            .trim_start_matches(['一', '般', '是']);
        let hours_asked = STAFF_HOURS.iter().any(|h| when.starts_with(h))
            || normalized[..at].ends_with('有')
                && STAFF_DAYS.iter().any(|d| normalized.contains(d));
        !hours_asked
            && after
                .chars()
                .next()
                .is_none_or(|c| !is_han(c) || SERVICE.contains(c))
    })
}

/// What after `人工` asks when staff are there (`人工客服什么时候在线`, `人工几点上班`).
const STAFF_HOURS: &[&str] = &[
    "什么时候",
    "几点",
    "在线时间",
    "上班",
    "下班",
    "工作时间",
    "服务时间",
];

/// Days and times that make `有人工` ask whether staff are there then (`周日有人工吗`).
#[rustfmt::skip]
const STAFF_DAYS: &[&str] = &[
    "周末", "周日", "周六", "星期天", "星期日", "星期六", "礼拜天", "礼拜六", "节假日", "假期", "过年",
    "晚上", "半夜", "白天", "几点",
];

/// True when `raw` holds emoji or other pictographs and no letters or digits (`👍`, `👌👌`): an
/// acknowledgement, answered like thanks. Punctuation alone (`???`) is not one.
pub fn emoji_only(raw: &str) -> bool {
    let pictograph = |c: char| {
        let u = c as u32;
        u >= 0x2190
            && !(0x2E00..=0x2E7F).contains(&u)
            && !(0x3000..=0x303F).contains(&u)
            && !(0xFE10..=0xFE6F).contains(&u)
            && !(0xFF00..=0xFFEF).contains(&u)
            && !c.is_alphanumeric()
    };
    raw.chars().any(pictograph) && !raw.chars().any(char::is_alphanumeric)
}

/// Which of `offered` questions (0-based) a reply like `2`, `第二个` or `the first one` picks.
pub fn pick(normalized: &str, offered: usize) -> Option<usize> {
    const ORDINALS: &[(&[&str], usize)] = &[
        (
            &[
                "1",
                "一",
                "第一",
                "第一个",
                "第1",
                "第1个",
                "选1",
                "选一",
                "1号",
                "first",
                "one",
                "1st",
                "the first",
                "the first one",
                "number 1",
                "option 1",
                "no 1",
            ],
            0,
        ),
        (
            &[
                "2",
                "二",
                "第二",
                "第二个",
                "第2",
                "第2个",
                "选2",
                "选二",
                "2号",
                "second",
                "two",
                "2nd",
                "the second",
                "the second one",
                "number 2",
                "option 2",
                "no 2",
            ],
            1,
        ),
        (
            &[
                "3",
                "三",
                "第三",
                "第三个",
                "第3",
                "第3个",
                "选3",
                "选三",
                "3号",
                "third",
                "three",
                "3rd",
                "the third",
                "the third one",
                "number 3",
                "option 3",
                "no 3",
            ],
            2,
        ),
    ];
    let text = normalized
        .trim()
        .trim_end_matches(['个', '吧', '呀', '啊', '的', '哦', '吗']);
    ORDINALS
        .iter()
        .find(|(words, _)| words.contains(&text))
        .map(|(_, i)| *i)
        .filter(|&i| i < offered)
}

/// True when `phrase` occurs in `text` as whole space-separated words.
pub(crate) fn contains_words(text: &str, phrase: &str) -> bool {
    let bytes = text.as_bytes();
    let mut from = 0;
    // Every occurrence, overlapping ones too (`a a` in `xa a a` is whole only the second time).
    while let Some(found) = text.get(from..).and_then(|rest| rest.find(phrase)) {
        let at = from + found;
        let end = at + phrase.len();
        if (at == 0 || bytes[at - 1] == b' ') && (end == text.len() || bytes[end] == b' ') {
            return true;
        }
        from = at + text[at..].chars().next().map_or(1, char::len_utf8);
    }
    false
}

#[cfg(test)]
mod tests;
