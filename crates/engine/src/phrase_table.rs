//! A phrase table searched in one pass over a message.
//!
//! The intent tables ([`crate::intents`]) and the edges of a policy ([`crate::edges`]) hold
//! hundreds of phrases, and looking for each in turn (`text.contains(p)`)
//! builds a substring searcher per phrase per message: for a long review that was a tenth of the
//! whole decision. A [`Table`] compiles its phrases once into an Aho-Corasick automaton and finds
//! every occurrence of every phrase in a single scan, then answers as the loop it replaces did:
//! the *first phrase in table order* that occurs, whatever its place in the message.

use aho_corasick::AhoCorasick;

/// Phrases, in the order of their table, with an automaton over all of them.
pub(crate) struct Table {
    phrases: Vec<&'static str>,
    automaton: AhoCorasick,
}

impl Table {
    /// Compiles `phrases` (in table order; earlier phrases win).
    pub(crate) fn new(phrases: impl IntoIterator<Item = &'static str>) -> Self {
        let phrases: Vec<&'static str> = phrases.into_iter().collect();
        // The phrases are a few hundred short literals: building cannot fail.
        let automaton = AhoCorasick::new(&phrases).expect("phrase table compiles");
        Table { phrases, automaton }
    }

    /// The first phrase of the table found anywhere in `text` (as `find(|p| text.contains(p))`).
    pub(crate) fn first_in(&self, text: &str) -> Option<&'static str> {
        self.first_where(text, |_, _| true)
    }

    /// The first phrase of the table found in `text` as whole words: bounded by the text's ends or
    /// spaces (as `find(|p| contains_words(text, p))`).
    pub(crate) fn first_words_in(&self, text: &str) -> Option<&'static str> {
        let bytes = text.as_bytes();
        self.first_where(text, |start, end| {
            (start == 0 || bytes[start - 1] == b' ') && (end == bytes.len() || bytes[end] == b' ')
        })
    }

    /// True when a phrase of the table occurs in `text`: a Chinese one anywhere, an English one
    /// (ASCII) as whole words (as `any(|p| if p.is_ascii() { contains_words(text, p) } else {
    /// text.contains(p) })`: `points` is not in `appointments`).
    pub(crate) fn holds_as_written(&self, text: &str) -> bool {
        let bytes = text.as_bytes();
        self.automaton.find_overlapping_iter(text).any(|m| {
            let (start, end) = (m.start(), m.end());
            !self.phrases[m.pattern().as_usize()].is_ascii()
                || (start == 0 || bytes[start - 1] == b' ')
                    && (end == bytes.len() || bytes[end] == b' ')
        })
    }

    /// For each phrase of the table, in order, whether it occurs in `text`.
    pub(crate) fn found(&self, text: &str) -> Vec<bool> {
        let mut found = vec![false; self.phrases.len()];
        for m in self.automaton.find_overlapping_iter(text) {
            found[m.pattern().as_usize()] = true;
        }
        found
    }

    /// The first phrase in table order with an occurrence (`start..end` in bytes) that `keep`
    /// accepts.
    fn first_where(&self, text: &str, keep: impl Fn(usize, usize) -> bool) -> Option<&'static str> {
        self.automaton
            .find_overlapping_iter(text)
            .filter(|m| keep(m.start(), m.end()))
            .map(|m| m.pattern().as_usize())
            .min()
            .map(|i| self.phrases[i])
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::intents::contains_words;
    use proptest::prelude::*;
    use rstest::rstest;

    const PHRASES: &[&str] = &["坏了", "坏", "少发", "not", "not working", "arrived", "a b"];

    #[rstest]
    #[case::table_order_not_text_order("少发了一个 还坏了", Some("坏了"))]
    #[case::shorter_after_longer("有点坏", Some("坏"))]
    #[case::none("挺好的", None)]
    fn first_in_follows_table_order(#[case] text: &str, #[case] want: Option<&str>) {
        assert_eq!(Table::new(PHRASES.iter().copied()).first_in(text), want);
    }

    #[rstest]
    #[case::inside_a_word("nothing arrived", Some("arrived"))]
    #[case::whole_word("its not working", Some("not"))]
    #[case::not_inside_another("knotted", None)]
    #[case::overlapping_second_whole("xa b a b", Some("a b"))]
    fn first_words_in_needs_word_bounds(#[case] text: &str, #[case] want: Option<&str>) {
        assert_eq!(
            Table::new(PHRASES.iter().copied()).first_words_in(text),
            want
        );
    }

    proptest! {
        /// The table answers exactly as the phrase-by-phrase loops it replaces.
        #[test]
        fn same_as_the_loops(text in "[ab 坏了少发not]{0,24}") {
            let table = Table::new(PHRASES.iter().copied());
            prop_assert_eq!(
                table.first_in(&text),
                PHRASES.iter().copied().find(|p| text.contains(p))
            );
            prop_assert_eq!(
                table.first_words_in(&text),
                PHRASES.iter().copied().find(|p| contains_words(&text, p))
            );
            let found: Vec<bool> = PHRASES.iter().map(|p| text.contains(p)).collect();
            prop_assert_eq!(table.found(&text), found);
            let written = PHRASES
                .iter()
                .any(|p| if p.is_ascii() { contains_words(&text, p) } else { text.contains(p) });
            prop_assert_eq!(table.holds_as_written(&text), written);
        }
    }
}
