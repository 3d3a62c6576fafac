//! The FAQ's answers as a weak field: a buyer who names something an entry's answer talks about
//! (`广州` when the answer says it ships from Guangzhou, `披肩` when it lists the cape among the
//! tools in the box) is likely asking that entry, even when none of its questions uses the word.
//!
//! Only content terms (words, bigrams, topics; not question frames, not single characters) of
//! the answer and its per-status variants count, placeholders (`{shop.name}`) left out. An answer
//! word never makes an entry a candidate by itself and never changes the questions' term weights:
//! it only adds to the share of the message an entry explains (`entry_cover`, `content_cover`),
//! at [`ANSWER_SHARE`] of the word's weight, and less for words many answers use.

use rustc_hash::FxHashMap as HashMap;

use owldesk_domain::FaqEntry;

use super::parallel::read_all;
use super::rarity;
use crate::tokenize::NOUN_MARK;

/// How much of a message word's weight an entry explains when only its answer holds the word.
pub(super) const ANSWER_SHARE: f32 = 0.5;

/// The content terms of every enabled entry's answers.
#[derive(Debug, Clone, Default)]
pub(super) struct AnswerField {
    /// Term → (the entries whose answer holds it, ascending; its rarity among answers in (0, 1]).
    terms: HashMap<String, (Vec<usize>, f32)>,
}

impl AnswerField {
    /// Collects the content terms (`is_content`) of the enabled entries' answers; `tokenize` is
    /// the one the questions are read with.
    pub(super) fn build(
        faq: &[FaqEntry],
        tokenize: &(impl Fn(&str) -> Vec<String> + Sync),
        is_content: impl Fn(&str) -> bool,
    ) -> Self {
        let enabled = || faq.iter().enumerate().filter(|(_, e)| e.enabled);
        let texts: Vec<String> = enabled()
            .flat_map(|(_, e)| std::iter::once(&e.answer).chain(e.variants.values()))
            .map(|text| without_placeholders(text))
            .collect();
        let texts: Vec<&str> = texts.iter().map(String::as_str).collect();
        let mut read = read_all(&texts, tokenize).into_iter();
        let mut terms: HashMap<String, (Vec<usize>, f32)> = HashMap::default();
        let mut entries = 0usize;
        for (entry, e) in enabled() {
            entries += 1;
            for _ in 0..=e.variants.len() {
                for term in read.next().unwrap_or_default() {
                    if !is_content(&term) || term.starts_with(NOUN_MARK) {
                        continue;
                    }
                    let holders = &mut terms.entry(term).or_default().0;
                    if holders.last() != Some(&entry) {
                        holders.push(entry);
                    }
                }
            }
        }
        for (holders, rare) in terms.values_mut() {
            *rare = rarity(entries, holders.len());
        }
        AnswerField { terms }
    }

    /// The entries whose answer holds `term` (ascending) and how rare it is among answers.
    pub(super) fn holders(&self, term: &str) -> Option<(&[usize], f32)> {
        self.terms
            .get(term)
            .map(|(holders, rarity)| (holders.as_slice(), *rarity))
    }
}

/// `text` with its `{placeholders}` blanked: they are filled in for the buyer, not written by
/// the owner.
fn without_placeholders(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut depth = 0usize;
    for c in text.chars() {
        match c {
            '{' => depth += 1,
            '}' if depth > 0 => {
                depth -= 1;
                out.push(' ');
            }
            _ if depth == 0 => out.push(c),
            _ => {}
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn placeholders_are_left_out() {
        assert_eq!(without_placeholders("{shop.name}保证正品"), " 保证正品");
        assert_eq!(without_placeholders("a } b"), "a } b");
    }

    #[test]
    fn words_many_answers_use_are_weaker() {
        let entry = |id: &str, answer: &str| FaqEntry {
            id: id.to_string().into(),
            question: id.to_string(),
            paraphrases: Vec::new(),
            answer: answer.to_string(),
            variants: Default::default(),
            tags: Vec::new(),
            enabled: true,
        };
        let faq = vec![
            entry("a", "ships from guangzhou"),
            entry("b", "ships in two days"),
            entry("c", "ships free"),
        ];
        let field = AnswerField::build(
            &faq,
            &|t: &str| t.split_whitespace().map(str::to_string).collect(),
            |_| true,
        );
        let (holders, rare) = field.holders("guangzhou").unwrap();
        assert_eq!(holders, &[0]);
        let (holders, common) = field.holders("ships").unwrap();
        assert_eq!(holders, &[0, 1, 2]);
        assert!(common < rare && rare <= 1.0, "{common} < {rare}");
        assert!(field.holders("refund").is_none());
    }
}
