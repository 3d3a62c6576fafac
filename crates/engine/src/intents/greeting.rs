//! Greetings that carry a little more than a word of greeting: the goods or the work praised in
//! English after thanks (`thank you!! car looks amazing`, `thanks Hector, pool looks great
//! now`), where the buyer writes from (`good morning from Singapore`), and to whom a festival
//! is wished (`Merry Christmas to the Sabol sisters`), and the name a greeting or thanks is
//! given to (`thanks Priya`, `谢谢王姐`, `早上好 沈老师`). Read by [`super::greeting_only`] on what is
//! left once the greeting phrases are struck out.

use crate::normalize::is_han;

/// Words of thanks or greeting a name may follow (`thanks Priya`, `cheers Sam`, `谢谢王姐`,
/// `早上好 汪姐`, `hi Maria`).
#[rustfmt::skip]
const THANKS_BEFORE_A_NAME: &[&str] = &[
    "thanks", "thank you", "thank you so much", "thanks so much", "cheers", "thx", "ty", "谢谢",
    "多谢", "早上好", "你好", "您好", "晚上好",
    "下午好", "晚安", "hi", "hello", "hey", "morning", "regards", "see you all", "see you",
];

/// How a person is addressed after a surname (`王姐`, `李哥`, Taiwanese `阿德师`).
const KIN_TERMS: &[char] = &['姐', '哥', '叔', '姨', '师'];

/// Titles of two characters after a surname (`沈老师`, `王医生`).
const TITLES: &[&str] = &["老师", "医生", "师傅", "经理", "阿姨"];

/// What comes before a surname or a given name said familiarly (`老马`, `小王`, `阿德`).
const FAMILIAR: &[char] = &['老', '小', '阿'];

/// True when all that is left of a greeting is the name the buyer thanks or greets (`thanks
/// Priya`, `谢谢王姐`, `早上好 汪姐`): one short word right after the thanks or greeting.
pub(super) fn thanked_by_name(normalized: &str, rest: &str) -> bool {
    let mut left = rest
        .split_whitespace()
        .filter(|w| !super::only_particles(w));
    let (Some(name), None) = (left.next(), left.next()) else {
        return false;
    };
    // A surname whose title was struck out as a greeting word (`早上好 沈老师`).
    let titled = (name.chars().count() == 1)
        .then(|| {
            TITLES
                .iter()
                .map(|t| format!("{name}{t}"))
                .find(|n| normalized.contains(n.as_str()))
        })
        .flatten();
    let name = titled.as_deref().unwrap_or(name);
    let english = (2..=12).contains(&name.len()) && name.bytes().all(|b| b.is_ascii_lowercase());
    let chars: Vec<char> = name.chars().collect();
    // `王姐`, a familiar `老马` or `小王`, or a master with a familiar name (`阿德师`).
    let chinese = chars.iter().all(|c| is_han(*c))
        && match chars.as_slice() {
            [first, kin] => KIN_TERMS.contains(kin) || FAMILIAR.contains(first),
            [first, _, kin] => FAMILIAR.contains(first) && KIN_TERMS.contains(kin),
            _ => false,
        }
        || chars.len() == 3 && TITLES.iter().any(|t| name.ends_with(t));
    (english || chinese)
        && THANKS_BEFORE_A_NAME.iter().any(|t| {
            normalized.contains(&format!("{t} {name}"))
                || normalized.contains(&format!("{t}{name}"))
        })
}

/// English praise of what came or of the work done: with thanks and nothing asked, the whole
/// phrase is a greeting.
#[rustfmt::skip]
const PRAISE_EN: &[&str] = &[
    "looks amazing", "look amazing", "looks great", "look great", "looks brand new",
    "look brand new", "looks beautiful", "look beautiful", "looks lovely", "look lovely",
    "looks perfect", "look perfect", "looks fantastic", "look fantastic", "was delicious",
    "were delicious", "was lovely", "were lovely", "was amazing", "were amazing", "was perfect",
    "were perfect", "was beautiful", "were beautiful", "very nice", "some good",
    "real nice day", "lovely day", "great day", "had the best day", "was super", "were super",
    "did a beautiful job", "did a great job", "did a lovely job", "did an amazing job",
    "did a fantastic job", "had a great week", "had a great time", "had a lovely time",
    "had a wonderful time", "had the best time", "were unreal", "was unreal", "was fire", "was awesome",
    "were awesome", "so good",
];

/// What may follow the praise and goes with it (`looks great now`, `some good they were`).
const AFTER_PRAISE: &[&str] = &[
    "now",
    "today",
    "yesterday",
    "too",
    "they were",
    "it was",
    "nat",
];

/// How many words before the praise may name what is praised (`car`, `the jeep`, `and the
/// boys`).
const PRAISED_WORDS: usize = 3;

/// Words of the thanks, which are not what is praised (`thank you car looks amazing`).
const THANKS_WORDS: &[&str] = &["thank", "thanks", "you", "u", "so", "much", "again", "x"];

/// `rest` (a greeting being struck out, padded with spaces) with each English praise of
/// [`PRAISE_EN`] struck out, with what it praises before it and a word of [`AFTER_PRAISE`] after
/// it. Only for a buyer who thanks and asks nothing.
pub(super) fn without_english_praise(rest: &str) -> String {
    // Every phrase is English: a thanks in Chinese (`谢谢`) has nothing to strike.
    if !rest.bytes().any(|b| b.is_ascii_alphabetic()) {
        return rest.to_owned();
    }
    let mut words: Vec<&str> = rest.split_whitespace().collect();
    for praise in PRAISE_EN {
        let praise: Vec<&str> = praise.split(' ').collect();
        while let Some(at) = words
            .windows(praise.len())
            .position(|w| w == praise.as_slice())
        {
            let mut end = at + praise.len();
            if let Some(after) = AFTER_PRAISE
                .iter()
                .map(|a| a.split(' ').collect::<Vec<_>>())
                .find(|a| words[end..].starts_with(a))
            {
                end += after.len();
            }
            let mut start = at;
            while start > 0
                && at - start < PRAISED_WORDS
                && !THANKS_WORDS.contains(&words[start - 1])
            {
                start -= 1;
            }
            words.drain(start..end);
        }
    }
    format!(" {} ", words.join(" "))
}

/// True when what is left of a greeting says only where the buyer writes from (`good morning
/// from Philadelphia`; `hello from Osaka`, whose `hello` normalisation strikes): `from` and one
/// or two words.
pub(super) fn only_from_a_place(rest: &str) -> bool {
    let words: Vec<&str> = rest.split_whitespace().collect();
    matches!(words.as_slice(), ["from", place @ ..] if (1..=2).contains(&place.len())
        && place.iter().all(|w| w.bytes().all(|b| b.is_ascii_lowercase())))
}

/// Wishes for a festival that may say to whom (`merry christmas to all of you`).
const FESTIVAL_WISHES: &[&str] = &[
    "merry christmas",
    "happy new year",
    "happy holidays",
    "happy easter",
    "happy thanksgiving",
    "happy diwali",
    "eid mubarak",
    "god jul",
];

/// Words that make the rest of a wish something asked or wanted (`merry christmas to you, can
/// you ship to leeds`).
#[rustfmt::skip]
const ASKING_WORDS: &[&str] = &[
    "can", "could", "do", "does", "did", "will", "would", "is", "are", "how", "what", "when", "where",
    "why", "which", "ship", "send", "deliver", "order", "post", "buy", "get", "need", "want", "please",
];

/// The most words the wished may take (`to all ladies at the bakery`).
const WISHED_WORDS: usize = 7;

/// True when what is left of a greeting is only to whom a festival is wished (`to the sabol
/// sisters`, after `merry christmas`): `to` and a few words, none asking, right after a wish.
pub(super) fn only_to_whom_wished(normalized: &str, rest: &str) -> bool {
    let words: Vec<&str> = rest.split_whitespace().collect();
    words.first() == Some(&"to")
        && words.len() <= WISHED_WORDS
        && !words.iter().any(|w| ASKING_WORDS.contains(w))
        && FESTIVAL_WISHES
            .iter()
            .any(|wish| normalized.contains(&format!("{wish} to ")))
}

/// True when what is left of a greeting is a supporter's cheer (`cheers lads, up the rebels!`,
/// `thanks a million, up Cork`): `up`, maybe `the`, and one word, after something struck out.
pub(super) fn only_a_cheer(normalized: &str, rest: &str) -> bool {
    let words: Vec<&str> = rest.split_whitespace().collect();
    let cheer = matches!(words.as_slice(), ["up", _] | ["up", "the", _]);
    cheer && normalized.split_whitespace().count() > words.len()
}
