//! Scoring one message's terms against every document of the index: the overlap of their term
//! weights (question, entry and answer fields), the shares of the message each document and each
//! entry explains, and each entry's best document kept as its [`Evidence`].

use super::*;
use crate::tokenize::WEATHER;

/// The working space of one search: what each document and each entry has gathered from the
/// message's terms, in tables as long as the index, with lists of the places touched, so that
/// each [`FaqIndex::score`] call clears only those (no hashing on the hot path).
pub(super) struct Tally {
    /// Document → (BM25, overlap of term weights, holds one of the message's topics).
    docs: Vec<(f32, f32, bool)>,
    docs_touched: Vec<u32>,
    doc_seen: Vec<bool>,
    /// Entry → (weight of the message's terms its texts hold, of its content terms).
    entries: Vec<(f32, f32)>,
    entry_seen: Vec<bool>,
    entries_touched: Vec<usize>,
    /// Entry → the best two similarities of its texts.
    support: Vec<(f32, f32)>,
}

impl Tally {
    /// An empty tally for `index`.
    pub(super) fn for_index(index: &FaqIndex) -> Self {
        let docs = index.docs.len();
        // Documents are indexed entry by entry, so the last one has the highest entry number.
        let entries = index.docs.last().map_or(0, |d| d.entry + 1);
        Tally {
            docs: vec![(0.0, 0.0, false); docs],
            docs_touched: Vec::new(),
            doc_seen: vec![false; docs],
            entries: vec![(0.0, 0.0); entries],
            entry_seen: vec![false; entries],
            entries_touched: Vec::new(),
            support: vec![(0.0, 0.0); entries],
        }
    }

    fn clear(&mut self) {
        for &d in &self.docs_touched {
            self.docs[d as usize] = (0.0, 0.0, false);
            self.doc_seen[d as usize] = false;
        }
        for &e in &self.entries_touched {
            self.entries[e] = (0.0, 0.0);
            self.entry_seen[e] = false;
            self.support[e] = (0.0, 0.0);
        }
        self.docs_touched.clear();
        self.entries_touched.clear();
    }

    fn doc(&mut self, d: u32) -> &mut (f32, f32, bool) {
        if !self.doc_seen[d as usize] {
            self.doc_seen[d as usize] = true;
            self.docs_touched.push(d);
        }
        &mut self.docs[d as usize]
    }

    fn entry(&mut self, e: usize) -> &mut (f32, f32) {
        if !self.entry_seen[e] {
            self.entry_seen[e] = true;
            self.entries_touched.push(e);
        }
        &mut self.entries[e]
    }

    /// The entry's tally when some document of it was touched.
    fn touched_entry(&mut self, e: usize) -> Option<&mut (f32, f32)> {
        self.entry_seen[e].then(|| &mut self.entries[e])
    }
}

impl FaqIndex {
    /// Scores every document against `terms`, keeping each entry's best (similarity scaled by
    /// `factor`, then BM25) in `best`.
    pub(super) fn score(
        &self,
        terms: &[String],
        factor: f32,
        part: f32,
        best: &mut HashMap<usize, Evidence>,
        tally: &mut Tally,
    ) {
        tally.clear();
        // A noun of the message that no question, answer or used lexicon concept mentions.
        // The weather is such a noun too, and weighs more (see `confidence::WEATHER_ASKED`).
        let (mut strange_noun, mut weather) = (false, false);
        for w in terms.iter().filter_map(|t| t.strip_prefix(NOUN_MARK)) {
            if !self.vocab.contains_key(w)
                && self.answers.holders(w).is_none()
                && self.used_concepts(w).is_empty()
            {
                strange_noun = true;
                weather |= WEATHER.contains(&w);
            }
        }
        let mut distinct: Vec<&str> = terms
            .iter()
            .map(String::as_str)
            .filter(|t| !t.starts_with(NOUN_MARK))
            .collect();
        distinct.sort_unstable();
        distinct.dedup();
        if distinct.is_empty() {
            return;
        }
        let mut query_weight = 0.0;
        let mut content_weight = 0.0;
        let query_topics = distinct.iter().any(|t| t.starts_with(TOPIC_MARK));
        // Only the documents that share a term are touched (`tally`: doc -> (bm25, overlap,
        // topic); entry -> the weight of the message's terms, and of its content terms, found
        // anywhere in the entry's texts).
        //
        // The content terms some answer holds: (answer holders, the part of the term's weight
        // they explain, the entries whose questions hold it already).
        let mut in_answers: Vec<(&[usize], f32, Vec<usize>)> = Vec::new();
        // The message's function words and their weights: a bonus, counted last.
        let mut function_words: Vec<(&str, f32)> = Vec::new();
        // The message's Chinese words the FAQ does not hold (repairs have been made).
        let unknown_words: Vec<&str> = distinct
            .iter()
            .copied()
            .filter(|t| self.is_unknown_word(t))
            .collect();
        for term in distinct {
            let w = self.weight(term);
            if is_function_word(term) {
                function_words.push((term, w));
                continue;
            }
            let content = is_content(term);
            let is_topic = term.starts_with(TOPIC_MARK);
            query_weight += w;
            if content {
                content_weight += w;
            }
            let asked_in = self
                .vocab
                .get(term)
                .map_or(&[][..], |&id| &self.postings[id as usize]);
            let answered = self.answers.holders(term).filter(|_| content);
            let mut in_questions: Vec<usize> = Vec::new();
            let mut last_entry = usize::MAX;
            for p in asked_in {
                let doc = &self.docs[p.doc as usize];
                if doc.entry != last_entry {
                    last_entry = doc.entry;
                    if answered.is_some() {
                        in_questions.push(doc.entry);
                    }
                    let hit = tally.entry(doc.entry);
                    hit.0 += w;
                    if content {
                        hit.1 += w;
                    }
                }
                let hit = tally.doc(p.doc);
                hit.0 += w * self.saturation(p.tf, doc.len);
                hit.1 += w;
                hit.2 |= is_topic;
            }
            if let Some((holders, rarity)) = answered {
                in_answers.push((holders, ANSWER_SHARE * rarity * w, in_questions));
            }
        }
        // A function word (`my`, `to`, `你们`) the document shares is a little more evidence; one
        // it lacks takes none away. Only documents the other terms found are looked at.
        for (term, w) in function_words {
            let Some(&id) = self.vocab.get(term) else {
                continue;
            };
            let list = &self.postings[id as usize];
            let add = |hit: &mut (f32, f32, bool), p: &Posting| {
                hit.0 += w * self.saturation(p.tf, self.docs[p.doc as usize].len);
                hit.1 += w;
            };
            // Walk the shorter side: the word's postings, or the documents found.
            if list.len() <= tally.docs_touched.len() {
                for p in list {
                    if tally.doc_seen[p.doc as usize] {
                        add(&mut tally.docs[p.doc as usize], p);
                    }
                }
            } else {
                for &d in &tally.docs_touched {
                    if let Ok(i) = list.binary_search_by_key(&d, |p| p.doc) {
                        add(&mut tally.docs[d as usize], &list[i]);
                    }
                }
            }
        }
        // An entry whose answer (not its questions) holds a word explains part of it; only
        // entries the questions already brought in are touched.
        for (holders, part, in_questions) in in_answers {
            // Both lists ascend (documents are indexed entry by entry): walk them together.
            let mut asked = in_questions.iter().peekable();
            for &entry in holders {
                while asked.next_if(|&&e| e < entry).is_some() {}
                if asked.peek() == Some(&&entry) {
                    continue;
                }
                if let Some(hit) = tally.touched_entry(entry) {
                    hit.0 += part;
                    hit.1 += part;
                }
            }
        }
        // An unknown Chinese word is explained, in the share of its characters, by an entry whose
        // texts use them (`遮住` by `遮盖白发`, `膏状` by `膏体`; see [`MORPHEME_COVER`]).
        let mut by_char: Vec<(char, f32)> = Vec::new();
        for term in unknown_words {
            let part = self.weight(term) * MORPHEME_COVER / term.chars().count() as f32;
            for c in term.chars() {
                match by_char.iter_mut().find(|(k, _)| *k == c) {
                    Some((_, w)) => *w += part,
                    None => by_char.push((c, part)),
                }
            }
        }
        for (c, w) in by_char {
            let key = format!("{CHAR_MARK}{c}");
            let Some(&id) = self.vocab.get(&key) else {
                continue;
            };
            if rarity(self.entries, self.entry_freq[id as usize] as usize) < COMMON_CHARACTER {
                continue;
            }
            let mut last = usize::MAX;
            for p in &self.postings[id as usize] {
                let entry = self.docs[p.doc as usize].entry;
                if entry != last {
                    last = entry;
                    if let Some(hit) = tally.touched_entry(entry) {
                        hit.0 += w;
                        hit.1 += w;
                    }
                }
            }
        }
        // Entry -> the best two similarities of its texts: a second text of the same entry that
        // also matches is support (the buyer's words are that entry's way of asking).
        for &d in &tally.docs_touched {
            let doc = &self.docs[d as usize];
            let sim = similarity(tally.docs[d as usize].1, query_weight, doc.weight);
            let best = &mut tally.support[doc.entry];
            if sim > best.0 {
                *best = (sim, best.0);
            } else if sim > best.1 {
                best.1 = sim;
            }
        }
        for &d in &tally.docs_touched {
            let (bm25, overlap, topic_hit) = tally.docs[d as usize];
            let d = d as usize;
            let doc = &self.docs[d];
            let doc_cover = share(overlap, doc.weight);
            let (entry_overlap, entry_content) = tally.entries[doc.entry];
            let entry_cover = share(entry_overlap, query_weight);
            let second = tally.support[doc.entry].1;
            let sim = (1.0 - ENTRY_SHARE) * similarity(overlap, query_weight, doc.weight)
                + ENTRY_SHARE * (entry_cover * doc_cover).sqrt()
                + SUPPORT * second;
            let e = Evidence {
                similarity: sim * factor,
                query_cover: share(overlap, query_weight),
                entry_cover,
                part,
                doc_cover,
                content_cover: if content_weight > 0.0 {
                    share(entry_content, content_weight)
                } else {
                    // A message of question words only (`可以吗`, `how?`) asks about something
                    // said before: no entry knows what.
                    0.0
                },
                bm25,
                doc: d,
                margin: 0.0,
                topic_clash: query_topics && doc.topics && !topic_hit,
                strange_noun,
                weather,
            };
            let slot = best.entry(doc.entry).or_insert(e);
            // Ties broken by BM25, then by document order, so results never depend on hashing.
            if (e.similarity, e.bm25, std::cmp::Reverse(d))
                > (slot.similarity, slot.bm25, std::cmp::Reverse(slot.doc))
            {
                *slot = e;
            }
        }
    }
}
