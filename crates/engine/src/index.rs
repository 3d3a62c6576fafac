//! The FAQ index: which entries a buyer's message is most likely asking about, and how sure.
//!
//! Every question and paraphrase of an enabled entry is one document. A message is scored
//! against each document by its similarity: the geometric mean of how much of the message's
//! term weight the document explains and how much of the document's weight the message
//! contains (BM25 breaks ties and is kept as the candidate's raw `score`). Term weights are
//! inverse *entry* frequencies, so a word that every paraphrase of one entry repeats still counts
//! as specific to that entry. An entry scores as its best document, over the whole message and
//! over each of its clauses. The confidence in [0, 1] is the similarity, calibrated (see
//! [`CALIBRATION`]), then lowered when the runner-up entry is nearly as good (a coin toss is not a
//! confident answer).
//!
//! It does not decide (that is [`crate::decide()`]) and knows nothing of moods or rules. To
//! extend it (synonym classes, pinyin terms, a learned calibration), add terms in
//! [`crate::tokenize`] or change [`confidence`]; keep confidences in [0, 1] and monotone in the
//! evidence so the thresholds keep their meaning.

use rustc_hash::FxHashMap as HashMap;

use owldesk_domain::{Candidate, FaqEntry};

use crate::lexicon::TOPIC_MARK;
use crate::normalize::is_han;
use crate::pinyin;
use crate::spelling::Spelling;

mod answers;
mod confidence;
mod parallel;
mod repair;
mod score;
use crate::tokenize::{
    BIGRAM_MARK, CHAR_MARK, FRAME_WEIGHT, FUNCTION_WEIGHT, NOUN_MARK, is_frame, is_function_word,
};
use answers::{ANSWER_SHARE, AnswerField};
pub use confidence::{
    CALIBRATION, CLEAR_MARGIN, CONTENT_FLOOR, Evidence, STRANGE_NOUN, TOPIC_CLASH, WEATHER_ASKED,
    confidence, plausibility,
};

/// BM25's term-frequency saturation.
const K1: f32 = 1.2;
/// BM25's length normalisation.
const B: f32 = 0.75;
/// How much of a candidate's similarity comes from the entry as a whole (the message's weight
/// found in any of its texts, against the best text's coverage) rather than from its best text
/// alone: buyers mix the words of several ways of asking.
const ENTRY_SHARE: f32 = 0.5;
/// How much the entry's second-best matching text adds to its similarity (support from another
/// way of asking the same thing).
const SUPPORT: f32 = 0.2;
/// How much a single Chinese character weighs, relative to a word of the same rarity. A
/// character is a morpheme: two words for the same thing share characters far more often than
/// they share a word (`寄出`/`寄到`, `遮盖`/`遮住`), so a shared rare character is strong evidence.
/// At 1.4 the right entry ranks first for 0.80 of haircolor-shop's answer cases instead of 0.78,
/// and bq-faq's and atec-faq's rankings improve too (docs/ENGINE.md, session 11).
const CHAR_WEIGHT: f32 = 1.4;
/// How much a character bigram (`~发货`) weighs, relative to a word of the same rarity. A bigram
/// mostly repeats a word's evidence (`发货` is a word and a bigram; a longer word holds several),
/// and the ones across two words (`~货吗`) are often noise: half weight (docs/ENGINE.md).
const BIGRAM_WEIGHT: f32 = 0.5;
/// How much of an unknown Chinese word's weight an entry explains when its texts use all of the
/// word's characters (in proportion for some): Chinese compounds that share a character often
/// share a meaning, and buyers reword the FAQ's words (`遮住` for `遮盖`, `膏状` for `膏体`). Its
/// bigrams stay unexplained, so the word is never as good as the FAQ's own.
const MORPHEME_COVER: f32 = 1.0;
/// A character whose rarity (its inverse entry frequency over that of a character no entry uses)
/// is below this is in too many entries to say which one a word means (`发` in a shop's FAQ);
/// it explains nothing of an unknown word.
const COMMON_CHARACTER: f32 = 0.3;
/// A clause's similarity counts this much of the whole message's (times the fourth root of the
/// clause's share of the message's weight).
const CLAUSE_FACTOR: f32 = 0.9;
/// One posting: a document holding a term, and how often.
#[derive(Debug, Clone, Copy)]
struct Posting {
    doc: u32,
    tf: u32,
}

/// One indexed text: an entry's question or one of its paraphrases.
#[derive(Debug, Clone)]
struct Doc {
    /// Index of the entry in the knowledge's FAQ list.
    entry: usize,
    /// The text as the owner wrote it.
    text: String,
    /// Number of terms.
    len: f32,
    /// Sum of the weights of its distinct terms.
    weight: f32,
    /// True when it names at least one shop topic.
    topics: bool,
}

/// The result of a search: the best entries, best first, and how far ahead the best one is.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Match {
    /// Up to [`FaqIndex::LIMIT`] entries, best first, each with its calibrated confidence.
    pub candidates: Vec<Candidate>,
    /// The best entry's raw similarity minus the runner-up's (the whole similarity when alone).
    pub margin: f32,
    /// The signals behind each candidate's confidence, in the same order.
    pub evidence: Vec<Evidence>,
}

/// The inverted index over the FAQ's questions and paraphrases; built once, read-only.
#[derive(Debug, Clone, Default)]
pub struct FaqIndex {
    vocab: HashMap<String, u32>,
    postings: Vec<Vec<Posting>>,
    weights: Vec<f32>,
    docs: Vec<Doc>,
    avg_len: f32,
    entries: usize,
    /// Pinyin key → the index's Chinese word with that sound (see [`crate::pinyin`]).
    word_sounds: HashMap<String, u32>,
    /// Pinyin key → the index's character bigram with that sound.
    bigram_sounds: HashMap<String, u32>,
    /// Pinyin initials (`kd`) → the index's Chinese word of two to four characters they abbreviate.
    word_initials: HashMap<String, u32>,
    /// Term id → its text, for repairs.
    names: Vec<String>,
    /// Term id → how many entries use it.
    entry_freq: Vec<u32>,
    /// The FAQ's English words by their misspellings.
    spelling: Spelling,
    /// The content words of the entries' answers.
    answers: AnswerField,
}

impl FaqIndex {
    /// How many candidates a search returns.
    pub const LIMIT: usize = 5;

    /// Indexes the enabled entries of `faq`; `tokenize` turns a text into terms.
    pub fn build(faq: &[FaqEntry], tokenize: impl Fn(&str) -> Vec<String> + Sync) -> Self {
        let mut index = FaqIndex {
            answers: AnswerField::build(faq, &tokenize, is_content),
            ..FaqIndex::default()
        };
        let enabled = || faq.iter().enumerate().filter(|(_, e)| e.enabled);
        let texts: Vec<&str> = enabled()
            .flat_map(|(_, e)| std::iter::once(&e.question).chain(&e.paraphrases))
            .map(String::as_str)
            .collect();
        let mut read = parallel::read_all(&texts, &tokenize).into_iter();
        let mut entry_freq: Vec<u32> = Vec::new();
        let mut doc_terms: Vec<Vec<u32>> = Vec::new();
        for (entry, e) in enabled() {
            index.entries += 1;
            let mut seen_in_entry: Vec<u32> = Vec::new();
            for text in std::iter::once(&e.question).chain(&e.paraphrases) {
                let mut terms = read.next().unwrap_or_default();
                terms.retain(|t| !t.starts_with(NOUN_MARK));
                if terms.is_empty() {
                    continue;
                }
                let doc = index.docs.len() as u32;
                let mut counts: HashMap<u32, u32> = HashMap::default();
                for t in &terms {
                    let next = index.vocab.len() as u32;
                    let id = *index.vocab.entry(t.clone()).or_insert(next);
                    if id == next {
                        index.postings.push(Vec::new());
                        entry_freq.push(0);
                    }
                    *counts.entry(id).or_default() += 1;
                }
                let mut distinct: Vec<u32> = counts.keys().copied().collect();
                distinct.sort_unstable();
                for &id in &distinct {
                    index.postings[id as usize].push(Posting {
                        doc,
                        tf: counts[&id],
                    });
                    if !seen_in_entry.contains(&id) {
                        seen_in_entry.push(id);
                        entry_freq[id as usize] += 1;
                    }
                }
                doc_terms.push(distinct);
                index.docs.push(Doc {
                    entry,
                    text: text.clone(),
                    len: terms.len() as f32,
                    weight: 0.0,
                    topics: false,
                });
            }
        }
        let n = index.entries as f32;
        let n_terms = entry_freq.len();
        index.weights = vec![0.0; n_terms];
        for (term, &id) in &index.vocab {
            index.weights[id as usize] = idf(n, entry_freq[id as usize] as f32) * scale(term);
        }
        let (mut function, mut topic) = (vec![false; n_terms], vec![false; n_terms]);
        for (term, &id) in &index.vocab {
            function[id as usize] = is_function_word(term);
            topic[id as usize] = term.starts_with(TOPIC_MARK);
        }
        for (doc, terms) in index.docs.iter_mut().zip(&doc_terms) {
            doc.weight = terms
                .iter()
                .filter(|&&t| !function[t as usize])
                .map(|&t| index.weights[t as usize])
                .sum();
            doc.topics = terms.iter().any(|&t| topic[t as usize]);
        }
        index.names = vec![String::new(); index.vocab.len()];
        for (term, &id) in &index.vocab {
            index.names[id as usize] = term.clone();
        }
        for (id, term) in index.names.iter().enumerate() {
            let (map, text) = match term.strip_prefix(BIGRAM_MARK) {
                Some(pair) => (&mut index.bigram_sounds, pair),
                None if is_chinese_word(term) => (&mut index.word_sounds, term.as_str()),
                None => continue,
            };
            if let Some(key) = pinyin::key(text) {
                // The most widely used spelling of a sound wins: it is the likeliest meant.
                let is_word = !term.starts_with(BIGRAM_MARK) && term.chars().count() <= 4;
                let abbreviation = is_word.then(|| pinyin::initials(&key));
                let most_used = |slot: &mut u32| {
                    if entry_freq[id] > entry_freq[*slot as usize] {
                        *slot = id as u32;
                    }
                };
                most_used(map.entry(key).or_insert(id as u32));
                if let Some(letters) = abbreviation {
                    most_used(index.word_initials.entry(letters).or_insert(id as u32));
                }
            }
        }
        index.spelling = Spelling::build(
            index
                .names
                .iter()
                .enumerate()
                .map(|(id, term)| (id as u32, term.as_str())),
        );
        index.entry_freq = entry_freq;
        let total: f32 = index.docs.iter().map(|d| d.len).sum();
        index.avg_len = if index.docs.is_empty() {
            1.0
        } else {
            total / index.docs.len() as f32
        };
        index
    }

    /// Number of indexed entries (enabled ones with at least one term).
    pub fn len(&self) -> usize {
        self.entries
    }

    /// True when nothing can match.
    pub fn is_empty(&self) -> bool {
        self.docs.is_empty()
    }

    /// Scores the FAQ against a message's terms (`whole`) and against each of its clauses'
    /// terms (when the buyer chained several; a clause's match counts a little less than the
    /// whole message's). `faq` must be the list the index was built from.
    pub fn search(&self, whole: &[String], clauses: &[Vec<String>], faq: &[FaqEntry]) -> Match {
        if self.docs.is_empty() {
            return Match::default();
        }
        let whole = &self.repair(whole);
        let clauses: &Vec<Vec<String>> = &clauses.iter().map(|c| self.repair(c)).collect();
        let mut best: HashMap<usize, Evidence> = HashMap::default();
        let mut tally = score::Tally::for_index(self);
        self.score(whole, 1.0, 1.0, &mut best, &mut tally);
        let whole_weight = self.weight_of(whole);
        if clauses.len() > 1 && whole_weight > 0.0 {
            for clause in clauses {
                // A clause that is a small part of the message is a partial answer at best.
                let share = (self.weight_of(clause) / whole_weight).clamp(0.0, 1.0);
                self.score(
                    clause,
                    CLAUSE_FACTOR * share.powf(0.25),
                    share,
                    &mut best,
                    &mut tally,
                );
            }
        }
        let mut ranked: Vec<(usize, Evidence)> = best.into_iter().collect();
        let order = |(ea, a): &(usize, Evidence), (eb, b): &(usize, Evidence)| {
            b.similarity
                .total_cmp(&a.similarity)
                .then(b.bm25.total_cmp(&a.bm25))
                .then(ea.cmp(eb))
        };
        // Only the best few are kept: select them, then sort those.
        if ranked.len() > Self::LIMIT {
            ranked.select_nth_unstable_by(Self::LIMIT, order);
            ranked.truncate(Self::LIMIT);
        }
        ranked.sort_unstable_by(order);
        let margin = match ranked.as_slice() {
            [(_, first), (_, second), ..] => first.similarity - second.similarity,
            [(_, first)] => first.similarity,
            [] => 0.0,
        };
        if let Some((_, first)) = ranked.first_mut() {
            first.margin = margin;
        }
        let candidates = ranked
            .iter()
            .map(|&(entry, e)| Candidate {
                faq_id: faq[entry].id.clone(),
                question: faq[entry].question.clone(),
                score: e.bm25,
                confidence: confidence(&e),
                matched: self.docs[e.doc].text.clone(),
            })
            .collect();
        Match {
            candidates,
            margin,
            evidence: ranked.into_iter().map(|(_, e)| e).collect(),
        }
    }

    /// True for a Chinese word of the message (two characters or more) that the FAQ's questions
    /// and paraphrases do not hold.
    fn is_unknown_word(&self, term: &str) -> bool {
        is_chinese_word(term) && !self.vocab.contains_key(term)
    }

    /// The total weight of the distinct `terms` (unknown terms weigh as the rarest).
    fn weight_of(&self, terms: &[String]) -> f32 {
        let mut distinct: Vec<&str> = terms.iter().map(String::as_str).collect();
        distinct.sort_unstable();
        distinct.dedup();
        distinct
            .into_iter()
            .filter(|t| !is_function_word(t))
            .map(|t| self.weight(t))
            .sum()
    }

    /// A term's weight: its inverse entry frequency (the rarest for an unknown term), scaled for
    /// its kind (see [`scale`]).
    fn weight(&self, term: &str) -> f32 {
        match self.vocab.get(term) {
            Some(&id) => self.weights[id as usize],
            None => idf(self.entries as f32, 0.0) * scale(term),
        }
    }

    /// BM25's term-frequency factor for a term found `tf` times in a document of `len` terms.
    fn saturation(&self, tf: u32, len: f32) -> f32 {
        let tf = tf as f32;
        tf * (K1 + 1.0) / (tf + K1 * (1.0 - B + B * len / self.avg_len))
    }
}

/// True for a Chinese word term of two characters or more (not a bigram, character or concept).
fn is_chinese_word(term: &str) -> bool {
    term.chars().nth(1).is_some() && term.chars().all(is_han)
}

/// True for a term that carries what a message is about: not a question frame, not a single
/// character.
fn is_content(term: &str) -> bool {
    !is_frame(term) && !term.starts_with(CHAR_MARK)
}

/// What a term's rarity is multiplied by for its kind: question frames weigh less
/// ([`FRAME_WEIGHT`]), single Chinese characters more ([`CHAR_WEIGHT`]), character bigrams less
/// ([`BIGRAM_WEIGHT`]).
fn scale(term: &str) -> f32 {
    if is_function_word(term) {
        FUNCTION_WEIGHT
    } else if is_frame(term) {
        FRAME_WEIGHT
    } else if term.starts_with(CHAR_MARK) {
        CHAR_WEIGHT
    } else if term.starts_with(BIGRAM_MARK) {
        BIGRAM_WEIGHT
    } else {
        1.0
    }
}

fn share(part: f32, whole: f32) -> f32 {
    if whole <= 0.0 {
        0.0
    } else {
        (part / whole).min(1.0)
    }
}

/// How rare a term used by `df` of `entries` entries is, in (0, 1]: its inverse entry frequency
/// over that of a term no entry uses.
fn rarity(entries: usize, df: usize) -> f32 {
    idf(entries as f32, df as f32) / idf(entries as f32, 0.0)
}

/// Inverse entry frequency (BM25's form, never negative).
fn idf(entries: f32, df: f32) -> f32 {
    (1.0 + (entries - df + 0.5) / (df + 0.5)).ln()
}

/// How well a query and a document explain each other, in [0, 1]: the geometric mean of the
/// share of the query's weight found in the document and the share of the document's weight
/// found in the query.
fn similarity(overlap: f32, query_weight: f32, doc_weight: f32) -> f32 {
    if query_weight <= 0.0 || doc_weight <= 0.0 {
        return 0.0;
    }
    let q = (overlap / query_weight).min(1.0);
    let d = (overlap / doc_weight).min(1.0);
    (q * d).sqrt()
}
