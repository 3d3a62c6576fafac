//! Typed pinyin of common words spelt out in Chinese before a message is read: buyers who do not
//! pick a character type the sound (`这个zenme用`, `wuliu zenme cha`, `fahuo le ma`), and
//! only the Chinese form makes the lexicon's phrases (`怎么用` → `#usage`) and question words
//! whole again.
//!
//! The words it knows are general ones, never the shop's: the lexicon's Chinese forms, the
//! question frames and fillers, and a short list of chat words (`COMMON`). A run of letters is
//! replaced only when it cuts into two pinyin syllables or more and exactly one of those words
//! has that (fuzzy) sound; a sound two words share is left alone, and so is every run of an
//! English message (one with a word that is not pinyin). What it leaves is still repaired by the
//! matcher against the FAQ's own words (`index::repair`). Applied to every text the tokenizer
//! reads, FAQ and messages alike.

use rustc_hash::FxHashMap as HashMap;
use std::sync::OnceLock;

use crate::lexicon;
use crate::normalize::{FILLERS, has_han};
use crate::pinyin;

/// Chat words buyers type in pinyin that are neither lexicon forms nor question frames.
#[rustfmt::skip]
const COMMON: &[&str] = &[
    "这个", "那个", "现在", "今天", "明天", "还没", "没有", "收到", "东西", "知道", "快点", "谢谢",
    "你好", "可以吗", "好的", "一下", "下单", "拍了", "付款", "人工", "转人工", "人工客服",
];

/// Sentence particles, spelt out only after a word this module spelt out (`fahuo le ma`).
const PARTICLES: &[(&str, &str)] = &[
    ("le", "了"),
    ("ma", "吗"),
    ("ne", "呢"),
    ("ba", "吧"),
    ("a", "啊"),
    ("ya", "呀"),
    ("la", "啦"),
];

/// Fuzzy pinyin key → the one general word with that sound (`None`: two words share it).
fn words_by_sound() -> &'static HashMap<String, Option<&'static str>> {
    static MAP: OnceLock<HashMap<String, Option<&'static str>>> = OnceLock::new();
    MAP.get_or_init(|| {
        let mut map: HashMap<String, Option<&'static str>> = HashMap::default();
        let words = lexicon::shipped()
            .zh_forms()
            .chain(crate::tokenize::zh_frames())
            .chain(FILLERS.iter().copied())
            .chain(COMMON.iter().copied());
        for word in words {
            if word.chars().count() < 2 || !word.chars().all(crate::normalize::is_han) {
                continue;
            }
            if let Some(key) = pinyin::key(word) {
                map.entry(key)
                    .and_modify(|slot| {
                        if *slot != Some(word) {
                            *slot = None;
                        }
                    })
                    .or_insert(Some(word));
            }
        }
        map
    })
}

/// The general word that `letters` (lower-case ASCII) spell in pinyin, if exactly one does.
fn spelt(letters: &str) -> Option<&'static str> {
    let key = pinyin::split(letters, 2)?;
    words_by_sound().get(&key).copied().flatten()
}

/// True when `normalized` is typed pinyin through and through: letters only, every run of them
/// pinyin syllables, and three runs or more or a run of several syllables (`ke yi ni ming song
/// ma`, `nimen keyi`). An English message has a word that is not pinyin (`can i change
/// my address`: `i`, `change`), or is too short to tell (`hang on`).
pub fn all_pinyin(normalized: &str) -> bool {
    if has_han(normalized) || normalized.bytes().any(|b| b.is_ascii_digit()) {
        return false;
    }
    let mut runs = 0;
    let mut several = false;
    for run in normalized
        .split(|c: char| !c.is_ascii_lowercase())
        .filter(|r| !r.is_empty())
    {
        match pinyin::split(run, 1) {
            // (Not a vowel or `n` alone among them: `on` is `o n` only by the letter.)
            Some(key) => several |= key.contains(' ') && key.split(' ').all(|s| s.len() > 1),
            None => return false,
        }
        runs += 1;
    }
    runs >= 3 || (runs > 0 && several)
}

/// `normalized` with the typed pinyin of general words written in Chinese (see the module
/// documentation). The result is a fixed point.
pub fn spell_out(normalized: &str) -> String {
    if !normalized.bytes().any(|b| b.is_ascii_lowercase()) {
        return normalized.to_owned();
    }
    // Runs of letters, and what is between them.
    let mut pieces: Vec<(bool, &str)> = Vec::new();
    let mut start = 0;
    let bytes = normalized.as_bytes();
    for i in 1..=bytes.len() {
        let letter = |j: usize| bytes[j].is_ascii_lowercase();
        if i == bytes.len() || letter(i) != letter(i - 1) {
            pieces.push((letter(start), &normalized[start..i]));
            start = i;
        }
    }
    let runs = pieces.iter().filter(|(letters, _)| *letters);
    // An all-letter message is read as pinyin only when every word of it is pinyin.
    if !has_han(normalized) && !runs.clone().all(|(_, run)| pinyin::split(run, 1).is_some()) {
        return normalized.to_owned();
    }
    let mut out = String::with_capacity(normalized.len());
    let mut any_spelt = false;
    let mut i = 0;
    while i < pieces.len() {
        let (letters, piece) = pieces[i];
        if letters {
            if let Some((word, next)) = longest_word(&pieces, i) {
                out.push_str(word);
                any_spelt = true;
                i = next;
                continue;
            }
            if let Some((_, p)) = PARTICLES.iter().find(|(sound, _)| *sound == piece)
                && any_spelt
            {
                out.push_str(p);
                i += 1;
                continue;
            }
        }
        out.push_str(piece);
        i += 1;
    }
    out
}

/// A message typed in pinyin with what [`spell_out`] left of it joined into runs (`ni ming song
/// ma` → `nimingsongma`): a buyer types a syllable at a time, and only a run of syllables
/// can be read as the FAQ's words by their sound (`index::repair`). Applied by the tokenizer to a
/// message [`all_pinyin`] accepts.
pub fn syllables_joined(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut letters_before = false;
    for token in text.split_whitespace() {
        let letters = token.bytes().all(|b| b.is_ascii_lowercase());
        let joined = letters && letters_before;
        if !out.is_empty() && !joined {
            out.push(' ');
        }
        out.push_str(token);
        letters_before = letters;
    }
    out
}

/// The longest general word that the letter run at `pieces[at]` spells, alone or joined with
/// the next one or two runs after single spaces (`shenme shihou` → `什么时候`), and the index of
/// the piece after it.
fn longest_word(pieces: &[(bool, &str)], at: usize) -> Option<(&'static str, usize)> {
    let mut spans: Vec<(String, usize)> = vec![(pieces[at].1.to_owned(), at + 1)];
    let mut end = at + 1;
    while spans.len() < MAX_JOINED
        && end + 1 < pieces.len()
        && pieces[end] == (false, " ")
        && pieces[end + 1].0
    {
        let joined = format!("{}{}", spans[spans.len() - 1].0, pieces[end + 1].1);
        spans.push((joined, end + 2));
        end += 2;
    }
    spans
        .into_iter()
        .rev()
        .find_map(|(letters, next)| spelt(&letters).map(|word| (word, next)))
}

/// How many space-separated runs of letters may spell one word together.
const MAX_JOINED: usize = 3;

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use rstest::rstest;

    proptest! {
        #[test]
        fn never_panics_and_is_a_fixed_point(s in "\\PC*") {
            let once = spell_out(&crate::normalize(&s));
            prop_assert_eq!(spell_out(&once), once.clone(), "spelling out {:?} twice", s);
        }

        #[test]
        fn a_fixed_point_on_pinyin_like_text(s in "(fahuo|zenme|le|ma|tuihuo|kuaidi|[a-z]{1,6}|这个|用| ){0,8}") {
            let once = spell_out(&s);
            prop_assert_eq!(spell_out(&once), once.clone(), "spelling out {:?} twice", s);
        }
    }

    #[rstest]
    #[case::inside_chinese("这个zenme用", "这个怎么用")]
    #[case::all_pinyin("wuliu zenme cha", "物流 怎么 cha")]
    #[case::particles_after_a_word("fahuo le ma", "发货 了 吗")]
    #[case::greeting_particle("ni hao a", "你好 啊")]
    #[case::fuzzy_sound_and_spaced_syllables("shenme shihou fahuo", "什么时候 发货")]
    #[case::single_syllables_joined("zen me yong", "怎么用")]
    #[case::english_left_alone("can you change the address", "can you change the address")]
    #[case::english_pinyin_lookalikes_left_alone("hang on", "hang on")]
    #[case::no_letters("什么时候发货", "什么时候发货")]
    #[case::brand_in_chinese("iphone能用吗", "iphone能用吗")]
    fn spells_out_typed_pinyin(#[case] text: &str, #[case] want: &str) {
        assert_eq!(spell_out(text), want, "{text:?}");
    }

    #[rstest]
    #[case::syllables("ni ming song hua ma", true)]
    #[case::runs("nimen keyi", true)]
    #[case::english("can i change my address", false)]
    #[case::english_lookalike("hang on", false)]
    #[case::with_chinese("fahuo了吗", false)]
    #[case::with_digits("kuaidi 123", false)]
    #[case::nothing("", false)]
    fn tells_a_message_typed_in_pinyin(#[case] text: &str, #[case] want: bool) {
        assert_eq!(all_pinyin(text), want, "{text:?}");
    }

    #[rstest]
    #[case::syllables("ni ming song hua ma", "nimingsonghuama")]
    #[case::around_spelt_words("nimen 可以 ni ming", "nimen 可以 niming")]
    fn joins_the_syllables_left(#[case] text: &str, #[case] want: &str) {
        assert_eq!(syllables_joined(text), want, "{text:?}");
    }

    #[test]
    fn a_sound_two_words_share_is_left_alone() {
        for (key, word) in words_by_sound() {
            if let Some(word) = word {
                assert_eq!(pinyin::key(word).as_deref(), Some(key.as_str()));
            }
        }
        assert!(
            words_by_sound().values().any(Option::is_none),
            "the lexicon has homophones (so the test means something)"
        );
    }

    #[test]
    fn spelling_out_twice_changes_nothing() {
        for text in ["这个zenme用", "wuliu zenme cha", "fahuo le ma", "tuihuo ma"] {
            let once = spell_out(text);
            assert_eq!(spell_out(&once), once, "{text:?}");
        }
    }
}
