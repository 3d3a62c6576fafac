//! Pinyin: how a Chinese word sounds, so homophone typos and typed pinyin still match.
//!
//! Buyers type with pinyin input methods and pick the wrong character of the right sound
//! (`法货` for `发货`, `退或` for `退货`, `尺吗` for `尺码`), or do not pick at all (`fahuo`,
//! `tuihuo`). [`key`] gives the sound of a Chinese text (toneless, with the common fuzzy pairs
//! folded: `zh/z`, `ch/c`, `sh/s`, `-ng/-n`), [`split`] cuts typed pinyin into syllables and gives
//! the same key. The FAQ index keeps a map from key to its own words and bigrams and repairs the
//! message's unknown terms through it (see `FaqIndex::search`).
//!
//! It does not guess meaning: a key only leads to words the FAQ itself holds. Tones are dropped
//! (buyers' typos ignore them). To add a fuzzy pair, extend [`fold`] and its test table.

use rustc_hash::FxHashSet as HashSet;
use std::sync::OnceLock;

use pinyin::ToPinyin;

/// Longest pinyin syllable, in letters (`zhuang`, `chuang`, `shuang`).
const MAX_SYLLABLE: usize = 6;

/// Folds a toneless syllable to its fuzzy class: retroflex initials to flat ones, `-ng` to `-n`.
pub fn fold(syllable: &str) -> String {
    let s = syllable
        .strip_prefix("zh")
        .map(|r| format!("z{r}"))
        .or_else(|| syllable.strip_prefix("ch").map(|r| format!("c{r}")))
        .or_else(|| syllable.strip_prefix("sh").map(|r| format!("s{r}")))
        .unwrap_or_else(|| syllable.to_owned());
    match s.strip_suffix("ng") {
        // `ng` alone is an interjection; keep syllables at least two letters long.
        Some(r) if r.len() > 1 => r.to_owned() + "n",
        _ => s,
    }
}

/// The fuzzy pinyin key of a Chinese text: one folded syllable per character, space-separated;
/// `None` when a character has no pinyin (not Chinese).
pub fn key(text: &str) -> Option<String> {
    let mut out = String::new();
    for p in text.to_pinyin() {
        let p = p?;
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(&fold(p.plain()));
    }
    (!out.is_empty()).then_some(out)
}

/// The initials of a [`key`] (`kuai di` → `kd`, `zi fu bao` → `zfb`): how buyers abbreviate a
/// word in chat (`kd` for 快递, `zfb` for 支付宝).
pub fn initials(key: &str) -> String {
    key.split(' ').filter_map(|s| s.chars().next()).collect()
}

/// Every toneless syllable of Mandarin, from the pinyin crate's own table.
fn syllables() -> &'static HashSet<&'static str> {
    static SET: OnceLock<HashSet<&'static str>> = OnceLock::new();
    SET.get_or_init(|| {
        (0x4E00u32..=0x9FFF)
            .filter_map(char::from_u32)
            .filter_map(|c| c.to_pinyin())
            .map(|p| p.plain())
            .filter(|s| s.bytes().all(|b| b.is_ascii_lowercase()))
            .collect()
    })
}

/// Cuts a typed word into pinyin syllables (`fahuo` → `fa huo`) and returns its fuzzy key, when
/// it cuts into at least `min` syllables; prefers the cut with the fewest syllables.
pub fn split(word: &str, min: usize) -> Option<String> {
    if word.is_empty() || !word.bytes().all(|b| b.is_ascii_lowercase()) {
        return None;
    }
    let set = syllables();
    let n = word.len();
    // best[i]: the fewest syllables covering word[..i], with the start of the last one.
    let mut best: Vec<Option<(usize, usize)>> = vec![None; n + 1];
    best[0] = Some((0, 0));
    for end in 1..=n {
        for start in end.saturating_sub(MAX_SYLLABLE)..end {
            if let Some((count, _)) = best[start]
                && set.contains(&word[start..end])
                && best[end].is_none_or(|(c, _)| count + 1 < c)
            {
                best[end] = Some((count + 1, start));
            }
        }
    }
    let (count, _) = best[n]?;
    if count < min {
        return None;
    }
    let mut parts = Vec::with_capacity(count);
    let mut end = n;
    while end > 0 {
        let (_, start) = best[end]?;
        parts.push(fold(&word[start..end]));
        end = start;
    }
    parts.reverse();
    Some(parts.join(" "))
}

#[cfg(test)]
mod tests {
    use super::*;
    use rstest::rstest;

    #[rstest]
    #[case::ship_typo("法货", "发货")]
    #[case::return_typo("退或", "退货")]
    #[case::size_typo("尺吗", "尺码")]
    #[case::retroflex_fold("知道", "资道")]
    #[case::nasal_fold("颜色", "盐色")]
    #[case::tones_are_dropped("买", "卖")]
    fn homophones_share_a_key(#[case] typo: &str, #[case] right: &str) {
        assert_eq!(key(typo), key(right), "{typo} sounds like {right}");
    }

    #[rstest]
    #[case::different_words("发货", "退货")]
    fn different_words_differ(#[case] a: &str, #[case] b: &str) {
        assert_ne!(key(a), key(b), "{a} does not sound like {b}");
    }

    #[rstest]
    #[case::two_syllables("fahuo", Some("fa huo"))]
    #[case::return_("tuihuo", Some("tui huo"))]
    #[case::fewest_syllables("xian", Some("xian"))]
    #[case::fuzzy("shenme", Some("sen me"))]
    #[case::english("hello", None)]
    #[case::digits("a1", None)]
    fn typed_pinyin(#[case] word: &str, #[case] want: Option<&str>) {
        assert_eq!(split(word, 1).as_deref(), want, "{word:?}");
    }

    #[test]
    fn a_minimum_keeps_short_english_words_out() {
        assert_eq!(
            split("man", 2),
            None,
            "one syllable is not enough to read as pinyin"
        );
        assert_eq!(
            key("发货"),
            split("fahuo", 2),
            "typed and written pinyin meet"
        );
    }
}
