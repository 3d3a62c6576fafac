//! Repair of the message's terms the FAQ does not hold, before scoring: a Chinese word or bigram
//! that sounds like one of the FAQ's (`法货` → `发货`), typed pinyin (`fahuo` → `发货`), an English
//! word one typing slip from one of the FAQ's (`casncel` → `cancel`, see [`crate::spelling`]), and
//! a Chinese word that is a lexicon form of a concept the FAQ uses (`专票` → `#invoice`).
//!
//! Only the FAQ's own words and concepts can come out of a repair; a term nothing fits stays as
//! it is (unknown, at the weight of the rarest term). To add a kind of repair, add a step to
//! [`FaqIndex::repair`] in the order of how sure it is.

use rustc_hash::FxHashMap as HashMap;

use super::{FaqIndex, is_chinese_word};
use crate::lexicon::{self, QTYPE_MARK, TOPIC_MARK};
use crate::normalize::is_han;
use crate::pinyin;
use crate::tokenize::{BIGRAM_MARK, CHAR_MARK, dictionary_frequency};

/// The dictionary frequency from which a word is an everyday word of its own, not a homophone
/// typo: `然后` (16,239) is no `染后`, `已经` (51,289) no slip for anything. Input methods make real
/// words of typos too, so the bar is high: `收获` (1,158) is still read as `收货`, and `法货`,
/// `退或`, `尺吗` (1–10) as `发货`, `退货`, `尺码`.
const EVERYDAY_WORD: usize = 5000;

/// The most syllables of a word of the FAQ looked for inside a longer run of typed pinyin.
const MAX_WORD_SYLLABLES: usize = 4;

impl FaqIndex {
    /// The message's terms with the unknown ones repaired by sound: a Chinese word or bigram the
    /// FAQ does not hold becomes the FAQ's word or bigram that sounds the same (`法货` → `发货`),
    /// and typed pinyin (`fahuo`) becomes the FAQ's words and bigrams of that sound, with their
    /// lexicon concepts. Terms nothing sounds like stay as they are.
    pub fn repair(&self, terms: &[String]) -> Vec<String> {
        let mut out: Vec<String> = Vec::with_capacity(terms.len());
        let push = |t: String, out: &mut Vec<String>| {
            if !out.contains(&t) || !t.starts_with([TOPIC_MARK, QTYPE_MARK]) {
                out.push(t);
            }
        };
        let mut typed_pinyin = false;
        // Pinyin initials (`kd`, `zfb`) are read as such only inside Chinese chat.
        let chinese = terms.iter().any(|t| t.chars().any(is_han));
        // The message's Chinese words that a concept the FAQ uses stands for (`材质` where the
        // shop writes `面料`): their characters and bigrams the FAQ lacks are part of that word,
        // which the concept explains, not content of their own left unexplained.
        // With each, whether a topic stands for it (not only a question type).
        let explained: Vec<(&str, bool)> = terms
            .iter()
            .map(String::as_str)
            .filter(|t| self.is_unknown_word(t))
            .filter_map(|t| {
                let concepts = self.used_concepts(t);
                let named = concepts.iter().any(|c| c.starts_with(TOPIC_MARK));
                (!concepts.is_empty()).then_some((t, named))
            })
            .collect();
        // So are the shorter words the segmenter finds inside a word a topic stands for (`有效`
        // and `效期` of `有效期`).
        let inside_explained = |term: &str| {
            let piece = term.trim_start_matches([BIGRAM_MARK, CHAR_MARK]);
            let marked = piece.len() < term.len();
            (marked || is_chinese_word(piece))
                && !self.vocab.contains_key(term)
                && explained.iter().any(|&(w, named)| {
                    w.contains(piece) && (marked || (named && w.len() > piece.len()))
                })
        };
        // The characters of a bigram repaired by sound (`~发或` → `~发货`) that the segmenter left
        // as a word alone (`什么时候发|或`): the FAQ's character stands for the buyer's (`或` and
        // `^或` → `^货`), part of the typo, not content of its own. A character inside a longer
        // word is that word's, not a slip.
        let lone = |c: char| {
            let mut one = [0u8; 4];
            let one: &str = c.encode_utf8(&mut one);
            terms.iter().any(|t| t == one)
        };
        // (The lone characters are looked for first: they are rare, and a sound is not cheap.)
        let char_fixes: Vec<(char, char)> = terms
            .iter()
            .filter(|t| {
                t.strip_prefix(BIGRAM_MARK)
                    .is_some_and(|pair| pair.chars().any(lone))
                    && !self.vocab.contains_key(*t)
            })
            .filter_map(|t| Some((t, self.sound_alike(t)?)))
            .flat_map(|(typed, faq)| {
                let typed = typed.trim_start_matches(BIGRAM_MARK).chars();
                typed.zip(faq.trim_start_matches(BIGRAM_MARK).chars())
            })
            .filter(|&(typed, faq)| typed != faq && lone(typed))
            .collect();
        // `None`: not such a character; `Some(None)`: one the FAQ has no term for, dropped (the
        // repaired bigram stands for it).
        let char_fix = |term: &str| {
            let (mark, c) = match term.strip_prefix(CHAR_MARK) {
                Some(c) => (CHAR_MARK.to_string(), c),
                None => (String::new(), term),
            };
            let mut chars = c.chars();
            let (Some(c), None) = (chars.next(), chars.next()) else {
                return None;
            };
            let (_, fixed) = char_fixes.iter().find(|(typed, _)| *typed == c)?;
            Some(Some(format!("{mark}{fixed}")).filter(|f| self.vocab.contains_key(f)))
        };
        for term in terms {
            if inside_explained(term) {
                continue;
            }
            if let Some(fixed) = char_fix(term) {
                if let Some(fixed) = fixed {
                    push(fixed, &mut out);
                }
                continue;
            }
            if self.vocab.contains_key(term) {
                push(term.clone(), &mut out);
                continue;
            }
            // A Chinese word the FAQ does not use for a concept it does (`专票` where it says
            // `发票`): the concept already stands for it, and the word is no unexplained content.
            // (English forms are left alone: single common words, they often mean something
            // else, `stocks` in a portfolio.)
            let text = term.trim_start_matches(BIGRAM_MARK);
            let known = if text.chars().all(is_han) {
                self.used_concepts(text)
            } else {
                Vec::new()
            };
            if !known.is_empty() {
                for c in known {
                    push(c, &mut out);
                }
                continue;
            }
            if !self.word_sounds.is_empty() {
                if let Some(word) = self.sound_alike(term) {
                    for c in lexicon::concepts(word.trim_start_matches(BIGRAM_MARK), &[]) {
                        push(c, &mut out);
                    }
                    push(word.to_owned(), &mut out);
                    continue;
                }
                let hits = self.typed_pinyin(term);
                if !hits.is_empty() {
                    typed_pinyin = true;
                    for hit in hits {
                        for c in lexicon::concepts(hit.trim_start_matches(BIGRAM_MARK), &[]) {
                            push(c, &mut out);
                        }
                        push(hit.to_owned(), &mut out);
                    }
                    continue;
                }
                if let Some(word) = self.abbreviated(term).filter(|_| chinese) {
                    for c in lexicon::concepts(word, &[]) {
                        push(c, &mut out);
                    }
                    push(word.to_owned(), &mut out);
                    continue;
                }
            }
            // An English word of a phrase the lexicon reads as a concept the message names and
            // the FAQ uses (`send` of `send out`, `#ship`): the concept stands for it.
            if term.bytes().all(|b| b.is_ascii_lowercase())
                && lexicon::shipped()
                    .phrase_concepts(term)
                    .iter()
                    .any(|c| terms.contains(c) && self.vocab.contains_key(c))
            {
                continue;
            }
            match self.respell(term) {
                Some(word) => {
                    for c in lexicon::concepts("", &[word.to_owned()]) {
                        push(c, &mut out);
                    }
                    push(word.to_owned(), &mut out);
                }
                None => push(term.clone(), &mut out),
            }
        }
        if typed_pinyin {
            // Among typed pinyin, the lone syllables left unknown are particles (`le`, `ma`).
            out.retain(|t| self.vocab.contains_key(t) || pinyin::split(t, 1).is_none());
        }
        out
    }

    /// `text` (normalised) with each pair of Chinese characters the FAQ does not hold, and that
    /// sounds like a pair it does, written as the FAQ's (`什么快第` → `什么快递`, `沃甘` → `沃柑`),
    /// so that the segmenter and the lexicon read the buyer's words as the shop's (`什么快递` is
    /// `#courier`). The same repair [`FaqIndex::repair`] makes of a bigram term, made before
    /// reading; an everyday word is left alone (see `EVERYDAY_WORD` in this module).
    pub fn respelt_text<'t>(&self, text: &'t str) -> std::borrow::Cow<'t, str> {
        if self.bigram_sounds.is_empty() || !self.has_sound_alike_pair(text) {
            return text.into();
        }
        let mut out = String::with_capacity(text.len());
        let mut changed = false;
        for (n, phrase) in text.split(' ').enumerate() {
            if n > 0 {
                out.push(' ');
            }
            // Only where the segmenter met something it does not know: a two-character word the
            // FAQ does not hold (`沃甘`), or two characters left alone side by side (`快|第`).
            // The pairs across known words are the buyer's own words.
            let words = crate::tokenize::jieba().cut(phrase, true);
            let chars: Vec<char> = phrase.chars().collect();
            // Where each word starts, in characters.
            let starts: Vec<usize> = words
                .iter()
                .scan(0, |at, w| {
                    let start = *at;
                    *at += w.chars().count();
                    Some(start)
                })
                .collect();
            let mut i = 0;
            while i < words.len() {
                let w = words[i];
                let lone_pair = i + 1 < words.len()
                    && w.chars().count() == 1
                    && words[i + 1].chars().count() == 1;
                let candidate = if lone_pair {
                    Some(format!("{w}{}", words[i + 1]))
                } else if w.chars().count() == 2 && !self.vocab.contains_key(w) && !is_time_word(w)
                {
                    Some(w.to_owned())
                } else {
                    None
                };
                let fixed = candidate.as_deref().and_then(|pair| {
                    if !pair.chars().all(is_han) {
                        return None;
                    }
                    let term = format!("{BIGRAM_MARK}{pair}");
                    if self.vocab.contains_key(&term) {
                        return None;
                    }
                    let faq = self.sound_alike(&term)?;
                    let fits = self.fits_around(&chars, starts[i], faq);
                    (fits || !self.straddled(&chars, starts[i])).then_some(faq)
                });
                match fixed {
                    Some(faq) => {
                        out.push_str(faq.trim_start_matches(BIGRAM_MARK));
                        changed = true;
                        i += if lone_pair { 2 } else { 1 };
                    }
                    None => {
                        out.push_str(w);
                        i += 1;
                    }
                }
            }
        }
        if changed { out.into() } else { text.into() }
    }

    /// True when a word of the FAQ runs across one end of the pair at `start` of `chars`: the
    /// segmenter cut the FAQ's words apart (`破壁机电机` read `破壁|机电|机` where the FAQ says
    /// `破壁机` and `电机`), so the pair is the buyer's words, no typo.
    fn straddled(&self, chars: &[char], start: usize) -> bool {
        let end = start + 2;
        (start.saturating_sub(3)..end).any(|a| {
            (a + 2..=(a + 4).min(chars.len())).any(|b| {
                let across = (a < start && b > start) || (a < end && b > end);
                across
                    && self
                        .vocab
                        .contains_key(&chars[a..b].iter().collect::<String>())
            })
        })
    }

    /// True when the FAQ's `pair` (a bigram term) written at `start` of `chars` makes a longer
    /// word of the FAQ with its neighbours (`微粒货` → `微粒贷`).
    fn fits_around(&self, chars: &[char], start: usize, pair: &str) -> bool {
        let mut fixed = chars.to_vec();
        for (slot, c) in fixed[start..]
            .iter_mut()
            .zip(pair.trim_start_matches(BIGRAM_MARK).chars())
        {
            *slot = c;
        }
        let end = start + 2;
        (start.saturating_sub(2)..=start).any(|a| {
            (end.max(a + 3)..=(a + 4).min(fixed.len())).any(|b| {
                self.vocab
                    .contains_key(&fixed[a..b].iter().collect::<String>())
            })
        })
    }

    /// True when some pair of adjacent Chinese characters of `text` is not the FAQ's and sounds
    /// like one of its pairs: the cheap test before [`FaqIndex::respelt_text`] segments.
    fn has_sound_alike_pair(&self, text: &str) -> bool {
        let chars: Vec<char> = text.chars().collect();
        let mut pair = String::new();
        chars.windows(2).any(|w| {
            if !(is_han(w[0]) && is_han(w[1])) {
                return false;
            }
            pair.clear();
            pair.push(BIGRAM_MARK);
            pair.push(w[0]);
            pair.push(w[1]);
            !self.vocab.contains_key(&pair)
                && pinyin::key(&pair[BIGRAM_MARK.len_utf8()..])
                    .is_some_and(|k| self.bigram_sounds.contains_key(&k))
        })
    }

    /// The lexicon concepts `form` (a Chinese word) is a form of that the FAQ uses (`专票` →
    /// `#invoice` when the shop writes `发票`).
    pub(super) fn used_concepts(&self, form: &str) -> Vec<String> {
        lexicon::concepts_of_form(form)
            .into_iter()
            .filter(|c| self.vocab.contains_key(c))
            .collect()
    }

    /// The FAQ's Chinese word or bigram that sounds like `term`, an unknown one, unless `term`
    /// is an everyday word in its own right (see [`EVERYDAY_WORD`]).
    fn sound_alike(&self, term: &str) -> Option<&str> {
        let (sounds, text) = match term.strip_prefix(BIGRAM_MARK) {
            Some(pair) => (&self.bigram_sounds, pair),
            None if is_chinese_word(term) => (&self.word_sounds, term),
            None => return None,
        };
        // The dictionary is asked only when something sounds alike (it takes a segmentation).
        self.sound(sounds, pinyin::key(text))
            .filter(|_| dictionary_frequency(text) < EVERYDAY_WORD)
    }

    /// The FAQ's words and bigrams whose sound `term`, typed pinyin, spells (empty when it is
    /// not pinyin of two syllables or more, or nothing sounds like it).
    fn typed_pinyin(&self, term: &str) -> Vec<&str> {
        let Some(key) = pinyin::split(term, 2) else {
            return Vec::new();
        };
        let syllables: Vec<&str> = key.split(' ').collect();
        let mut hits: Vec<&str> = Vec::new();
        if let Some(&id) = self.word_sounds.get(&key) {
            hits.push(&self.names[id as usize]);
        }
        // The FAQ's words inside a longer run (`nimingsong` → `匿名`).
        for len in (2..=MAX_WORD_SYLLABLES).filter(|&len| len < syllables.len()) {
            for span in syllables.windows(len) {
                if let Some(&id) = self.word_sounds.get(&span.join(" ")) {
                    let word = self.names[id as usize].as_str();
                    if !hits.contains(&word) {
                        hits.push(word);
                    }
                }
            }
        }
        for pair in syllables.windows(2) {
            if let Some(&id) = self.bigram_sounds.get(&pair.join(" ")) {
                hits.push(&self.names[id as usize]);
            }
        }
        hits
    }

    /// The FAQ's Chinese word that `term`, two to four letters that are not typed pinyin,
    /// abbreviates by its initials (`kd` → `快递`); of several, the one the most entries use.
    fn abbreviated(&self, term: &str) -> Option<&str> {
        let letters = (2..=4).contains(&term.len()) && term.bytes().all(|b| b.is_ascii_lowercase());
        if !letters || pinyin::split(term, 1).is_some() {
            return None;
        }
        self.sound(&self.word_initials, Some(term.to_owned()))
    }

    /// The FAQ's English word one typing slip from `term`, an unknown word (see
    /// [`crate::spelling`]); of several, the one the most entries use.
    fn respell(&self, term: &str) -> Option<&str> {
        self.spelling
            .neighbours(term)
            .into_iter()
            .max_by_key(|&id| (self.entry_freq[id as usize], std::cmp::Reverse(id)))
            .map(|id| self.names[id as usize].as_str())
    }

    fn sound(&self, map: &HashMap<String, u32>, key: Option<String>) -> Option<&str> {
        map.get(&key?).map(|&id| self.names[id as usize].as_str())
    }
}

/// True for a word the dictionary knows as a time word (`明天`, `周末`): when the buyer asks, not a
/// slip for a word of the FAQ (`明天` is no `名填`, however alike they sound).
fn is_time_word(word: &str) -> bool {
    match crate::tokenize::jieba().tag(word, false).as_slice() {
        [one] => one.word == word && matches!(one.tag, "t" | "tg"),
        _ => false,
    }
}
