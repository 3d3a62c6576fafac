//! Spelling repair for English words: a buyer's misspelt word (`casnceling`, `suoport`, `oder`)
//! becomes the FAQ's word one typing slip away (`cancel`, `support`, `order`).
//!
//! [`Spelling`] indexes the FAQ's English word terms (stemmed, as [`crate::tokenize`] makes them)
//! by their one-letter deletions, so a word's neighbours are found without scanning the
//! vocabulary; a neighbour counts when the buyer's word is it with one slip of the kind fingers
//! make on a keyboard (see `slip`): a neighbouring key struck instead, a key struck twice or
//! with its neighbour, a letter skipped, two letters swapped. Edits that more often make another real word than a typo
//! are refused: any change of the first letter (`drain` is not `rain`), a last letter left off
//! (`stole` is not `stolen`), a key two keys away (`better` is not `butter`). Words shorter than
//! [`MIN_LEN`] are never repaired.
//!
//! It is the English counterpart of the sound repair of Chinese words ([`crate::pinyin`]); it
//! does not decide which of several neighbours is meant (the index prefers the most widely used
//! one) and knows nothing of weights. To extend it (a second slip for long words), keep the rule
//! that only the FAQ's own words can come out of a repair.

use rustc_hash::FxHashMap as HashMap;

/// The shortest word (in letters) that is repaired, or offered as a repair.
pub const MIN_LEN: usize = 5;

/// The FAQ's English words, findable by a misspelling of them.
#[derive(Debug, Clone, Default)]
pub struct Spelling {
    /// A word, or the word with one letter dropped → the ids of the FAQ words that give it.
    deletes: HashMap<String, Vec<u32>>,
    /// Id → word, for the final check.
    words: HashMap<u32, String>,
}

impl Spelling {
    /// Indexes `words` (id, text); only plain lower-case ASCII words of [`MIN_LEN`] letters or
    /// more are kept.
    pub fn build<'a>(words: impl IntoIterator<Item = (u32, &'a str)>) -> Self {
        let mut spelling = Spelling::default();
        for (id, word) in words.into_iter().filter(|(_, w)| repairable(w)) {
            for key in deletions(word) {
                let ids = spelling.deletes.entry(key).or_default();
                if !ids.contains(&id) {
                    ids.push(id);
                }
            }
            spelling.words.insert(id, word.to_owned());
        }
        spelling
    }

    /// The ids of the indexed words one typing slip from `word` (never `word` itself), in
    /// increasing order; empty when `word` is too short or not a plain word.
    pub fn neighbours(&self, word: &str) -> Vec<u32> {
        if !repairable(word) {
            return Vec::new();
        }
        let mut found: Vec<u32> = deletions(word)
            .iter()
            .filter_map(|key| self.deletes.get(key))
            .flatten()
            .copied()
            .filter(|id| {
                let candidate = &self.words[id];
                slip(word, candidate)
            })
            .collect();
        found.sort_unstable();
        found.dedup();
        found
    }
}

/// True for a plain lower-case ASCII word long enough to repair.
fn repairable(word: &str) -> bool {
    word.len() >= MIN_LEN && word.bytes().all(|b| b.is_ascii_lowercase())
}

/// The word itself and every form of it with one letter dropped.
fn deletions(word: &str) -> Vec<String> {
    let mut out = vec![word.to_owned()];
    for i in 0..word.len() {
        let mut w = word.to_owned();
        w.remove(i);
        if !out.contains(&w) {
            out.push(w);
        }
    }
    out
}

/// The rows of a QWERTY keyboard: a slip of the finger lands on a neighbouring key.
const ROWS: [&[u8]; 3] = [b"qwertyuiop", b"asdfghjkl", b"zxcvbnm"];

/// True when keys `a` and `b` touch on a QWERTY keyboard (same row side by side, or the rows
/// above and below at the same or the next position).
fn adjacent(a: u8, b: u8) -> bool {
    let place = |c: u8| {
        ROWS.iter().enumerate().find_map(|(r, row)| {
            row.iter()
                .position(|&k| k == c)
                .map(|p| (r as i32, p as i32))
        })
    };
    let (Some((ra, pa)), Some((rb, pb))) = (place(a), place(b)) else {
        return false;
    };
    // Each row sits about half a key to the right of the one above.
    match ra - rb {
        0 => (pa - pb).abs() == 1,
        1 => pa == pb || pa + 1 == pb,
        -1 => pb == pa || pb + 1 == pa,
        _ => false,
    }
}

/// True when `typed` is `known` with one typing slip, the kind fingers make: a key's neighbour
/// struck instead of it, a neighbour's key (or the same key) struck twice, a letter skipped
/// inside the word, or two letters swapped. The first letter is never the slip, and a last letter
/// left off is not one either: those give other real words far more often than typos (`iphone`
/// is not `phone`, `stole` is not `stolen`).
fn slip(typed: &str, known: &str) -> bool {
    let (t, k) = (typed.as_bytes(), known.as_bytes());
    if t.is_empty() || k.is_empty() || t[0] != k[0] || t == k {
        return false;
    }
    let head = t.iter().zip(k).take_while(|(x, y)| x == y).count();
    match t.len() as i64 - k.len() as i64 {
        0 => {
            let rest = head + 1;
            let changed = t[rest..] == k[rest..] && adjacent(t[head], k[head]);
            let swapped = rest < t.len()
                && t[head] == k[rest]
                && t[rest] == k[head]
                && t[rest + 1..] == k[rest + 1..];
            changed || swapped
        }
        // A key struck too many: again, or its neighbour struck with the letter before it.
        1 => {
            let extra = t[head];
            let before = head.checked_sub(1).map(|i| t[i]);
            let after = t.get(head + 1).copied();
            let slipped =
                before.is_some_and(|c| c == extra || adjacent(c, extra)) || after == Some(extra);
            t[head + 1..] == k[head..] && slipped
        }
        // A letter skipped, inside the word.
        -1 => head + 1 < k.len() && t[head..] == k[head + 1..],
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rstest::rstest;

    #[rstest]
    #[case("ordr", "order", true)]
    #[case("breach", "beach", false)]
    #[case("reimbvurs", "reimburs", true)]
    #[case("suoport", "support", true)]
    #[case("ehlp", "help", false)]
    #[case("casncel", "cancel", true)]
    #[case("cancle", "cancel", true)]
    #[case("socker", "socket", true)]
    #[case("whhat", "what", true)]
    #[case("sell", "smell", true)]
    #[case("cancel", "cancel", false)]
    #[case("better", "butter", false)]
    #[case("iphone", "phone", false)]
    #[case("drain", "rain", false)]
    #[case("stole", "stolen", false)]
    #[case("rfnd", "refund", false)]
    fn a_slip_is_what_fingers_do(#[case] typed: &str, #[case] known: &str, #[case] want: bool) {
        assert_eq!(slip(typed, known), want, "{typed} for {known}");
    }

    #[test]
    fn keys_touch_their_neighbours_only() {
        assert!(adjacent(b'r', b't') && adjacent(b'a', b's') && adjacent(b'p', b'o'));
        assert!(
            adjacent(b'e', b'd') && adjacent(b'd', b'e'),
            "the row below"
        );
        assert!(
            !adjacent(b'e', b'u') && !adjacent(b'd', b't'),
            "two keys apart"
        );
    }

    #[test]
    fn neighbours_are_the_faq_words_one_slip_away() {
        let s = Spelling::build([
            (0, "cancel"),
            (1, "order"),
            (2, "support"),
            (3, "pin"),
            (4, "smell"),
        ]);
        assert_eq!(s.neighbours("casncel"), vec![0], "an extra letter");
        assert_eq!(s.neighbours("ordre"), vec![1], "two letters swapped");
        assert_eq!(
            s.neighbours("sell"),
            Vec::<u32>::new(),
            "four letters are too few to repair"
        );
        assert_eq!(s.neighbours("suoport"), vec![2], "a neighbouring key");
        assert_eq!(
            s.neighbours("cancel"),
            Vec::<u32>::new(),
            "a known word is no typo"
        );
        assert_eq!(
            s.neighbours("pen"),
            Vec::<u32>::new(),
            "short words are left alone"
        );
        assert_eq!(
            s.neighbours("cacnle"),
            Vec::<u32>::new(),
            "two slips are too many"
        );
    }
}
