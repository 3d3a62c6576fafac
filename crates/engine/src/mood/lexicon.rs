//! The mood lexicon: the words of `data/mood.txt`, indexed for longest-match lookup.
//!
//! The data file lists words by kind (insult, threat, complaint, emotion, positive, neutral,
//! sarcasm, rhetorical, negator, intensifier, question) with a weight per section; its header
//! explains the format. This module only parses and looks up: what a kind does to the score is
//! [`super`]'s business. Text is cut into units, one per Chinese character and one per English
//! word or number, so one longest-match walk serves both languages and an English entry only
//! matches whole words. To extend the lexicon, edit the data file; a malformed line is a bug
//! caught by this module's tests, not a runtime error.

use rustc_hash::FxHashMap as HashMap;
use std::sync::LazyLock;

use crate::normalize;

/// What a lexicon word does.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Kind {
    /// An insult or swear word: upset on its own.
    Insult,
    /// A threat to escalate outside the shop (bad review, regulator): upset on its own.
    Threat,
    /// A complaint, disappointment or negative evaluation.
    Complaint,
    /// A fault of the goods (`破洞`, `坏了`, `漏液`): counts as a complaint, but alone it reports
    /// a problem with what arrived rather than a grievance against the shop.
    Defect,
    /// A negative feeling (anger, disgust, annoyance).
    Emotion,
    /// A content word: lowers the score; negated, a complaint.
    Positive,
    /// Looks like a cue but is none (`不好意思`); matched only to hide its letters.
    Neutral,
    /// A sarcasm marker (`呵呵`): not softened by a question, and makes praise ironic.
    Sarcasm,
    /// A rhetorical or exasperated phrasing (`凭什么`, `就这么`).
    Rhetorical,
    /// A negation (`不`, `没有`, `not`).
    Negator,
    /// An intensifier (`太`, `非常`, `very`): multiplies the next cue.
    Intensifier,
    /// A question or hypothetical marker (`吗`, `会不会`, `如果`).
    Question,
}

impl Kind {
    fn parse(name: &str) -> Option<Kind> {
        Some(match name {
            "insult" => Kind::Insult,
            "threat" => Kind::Threat,
            "complaint" => Kind::Complaint,
            "defect" => Kind::Defect,
            "emotion" => Kind::Emotion,
            "positive" => Kind::Positive,
            "neutral" => Kind::Neutral,
            "sarcasm" => Kind::Sarcasm,
            "rhetorical" => Kind::Rhetorical,
            "negator" => Kind::Negator,
            "intensifier" => Kind::Intensifier,
            "question" => Kind::Question,
            _ => return None,
        })
    }

    /// The kind's name as the data file and the trace spell it.
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Insult => "insult",
            Kind::Threat => "threat",
            Kind::Complaint => "complaint",
            Kind::Defect => "defect",
            Kind::Emotion => "emotion",
            Kind::Positive => "positive",
            Kind::Neutral => "neutral",
            Kind::Sarcasm => "sarcasm",
            Kind::Rhetorical => "rhetorical",
            Kind::Negator => "negator",
            Kind::Intensifier => "intensifier",
            Kind::Question => "question",
        }
    }
}

/// One lexicon word: its units and every (kind, weight) the data file gives it.
#[derive(Debug, Clone)]
pub struct Entry {
    /// The word as written (normalised).
    pub word: String,
    /// How many units it spans.
    pub len: usize,
    /// Its kinds and weights, in the order of the data file.
    pub kinds: Vec<(Kind, f32)>,
}

impl Entry {
    /// The weight of `kind`, if the word has that kind.
    pub fn weight(&self, kind: Kind) -> Option<f32> {
        self.kinds.iter().find(|(k, _)| *k == kind).map(|(_, w)| *w)
    }

    /// True when the word has `kind`.
    pub fn is(&self, kind: Kind) -> bool {
        self.weight(kind).is_some()
    }
}

/// The lexicon, indexed by first unit with the longest entries first.
#[derive(Debug, Default)]
pub struct Lexicon {
    by_first: HashMap<String, Vec<(Vec<String>, Entry)>>,
}

/// The shipped lexicon, parsed once.
pub static LEXICON: LazyLock<Lexicon> =
    LazyLock::new(|| Lexicon::parse(include_str!("../../data/mood.txt")));

impl Lexicon {
    /// Parses the data file format (see `data/mood.txt`). Lines before the first section and
    /// malformed section headers are ignored; the tests check the shipped file has none.
    pub fn parse(text: &str) -> Lexicon {
        let mut merged: HashMap<String, Entry> = HashMap::default();
        let mut section: Option<(Kind, f32)> = None;
        for line in text.lines() {
            let line = line.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            if let Some(header) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
                let mut parts = header.split_whitespace();
                let kind = parts.next().and_then(Kind::parse);
                let weight = parts.next().and_then(|w| w.parse::<f32>().ok());
                section = kind.zip(weight);
                continue;
            }
            let Some((kind, weight)) = section else {
                continue;
            };
            for word in line.split(',').map(|w| normalize(w.trim())) {
                if word.is_empty() {
                    continue;
                }
                let entry = merged.entry(word.clone()).or_insert_with(|| Entry {
                    len: units(&word).len(),
                    word,
                    kinds: Vec::new(),
                });
                if !entry.is(kind) {
                    entry.kinds.push((kind, weight));
                }
            }
        }
        let mut by_first: HashMap<String, Vec<(Vec<String>, Entry)>> = HashMap::default();
        for entry in merged.into_values() {
            let u: Vec<String> = units(&entry.word).into_iter().map(str::to_owned).collect();
            if let Some(first) = u.first() {
                by_first.entry(first.clone()).or_default().push((u, entry));
            }
        }
        for list in by_first.values_mut() {
            list.sort_by(|a, b| b.1.len.cmp(&a.1.len).then_with(|| a.1.word.cmp(&b.1.word)));
        }
        Lexicon { by_first }
    }

    /// The longest entry starting at `units[at]`.
    pub fn longest_at(&self, units: &[&str], at: usize) -> Option<&Entry> {
        let list = self.by_first.get(*units.get(at)?)?;
        list.iter()
            .find(|(u, _)| {
                units.len() >= at + u.len() && u.iter().zip(&units[at..]).all(|(a, b)| a == b)
            })
            .map(|(_, e)| e)
    }

    /// The entry spelt exactly `word`, if any (for tests and tools).
    pub fn get(&self, word: &str) -> Option<&Entry> {
        let u = units(word);
        self.longest_at(&u, 0).filter(|e| e.word == word)
    }

    /// How many distinct words the lexicon holds.
    pub fn len(&self) -> usize {
        self.by_first.values().map(Vec::len).sum()
    }

    /// True when the lexicon holds no word.
    pub fn is_empty(&self) -> bool {
        self.by_first.is_empty()
    }
}

/// Cuts normalised text into units: each non-ASCII character alone, each run of ASCII letters
/// and digits as one word; everything else separates.
pub fn units(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    for (i, c) in text.char_indices() {
        if c.is_ascii_alphanumeric() {
            start.get_or_insert(i);
            continue;
        }
        if let Some(s) = start.take() {
            out.push(&text[s..i]);
        }
        if !c.is_ascii() && !c.is_whitespace() {
            out.push(&text[i..i + c.len_utf8()]);
        }
    }
    if let Some(s) = start {
        out.push(&text[s..]);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use rstest::rstest;

    #[test]
    fn the_shipped_file_parses_into_every_kind() {
        let raw = include_str!("../../data/mood.txt");
        let headers: Vec<&str> = raw.lines().filter(|l| l.starts_with('[')).collect();
        for h in &headers {
            let inner = h.trim_matches(['[', ']']);
            let mut p = inner.split_whitespace();
            assert!(
                p.next().and_then(Kind::parse).is_some(),
                "{h} names a known kind"
            );
            assert!(
                p.next().and_then(|w| w.parse::<f32>().ok()).is_some(),
                "{h} has a weight"
            );
        }
        assert!(
            LEXICON.len() > 500,
            "a general lexicon, not a handful of words"
        );
    }

    #[rstest]
    #[case("垃圾", Kind::Insult)]
    #[case("投诉", Kind::Threat)]
    #[case("失望", Kind::Complaint)]
    #[case("满意", Kind::Positive)]
    #[case("不好意思", Kind::Neutral)]
    #[case("waste of money", Kind::Complaint)]
    #[case("not", Kind::Negator)]
    fn words_have_their_kind(#[case] word: &str, #[case] kind: Kind) {
        let e = LEXICON.get(word).expect("the word is in the lexicon");
        assert!(e.is(kind), "{word} is {kind:?}: {e:?}");
    }

    #[test]
    fn units_cut_chinese_by_character_and_english_by_word() {
        assert_eq!(
            units("退款 refund me 12315"),
            ["退", "款", "refund", "me", "12315"]
        );
    }

    #[test]
    fn longest_entry_wins() {
        let u = units("不好意思");
        let e = LEXICON.longest_at(&u, 0).expect("a match");
        assert_eq!(e.word, "不好意思", "the polite phrase, not the negation 不");
    }
}
