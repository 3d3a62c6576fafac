//! The shipped e-commerce lexicon: which concept a buyer's words are about, in any wording.
//!
//! `data/lexicon.tsv` (compiled in with `include_str!`, parsed once) lists concepts (`ship`,
//! `refund`, `size`...) with the Chinese and English words buyers use for them, so `寄出`, `发货`
//! and `dispatch` all say `ship`. [`concepts`] finds them in a normalised phrase and the tokenizer
//! adds them as terms (`#ship` for a topic, `?when` for a question type), which lets the FAQ index
//! match by meaning as well as by string. The file's header documents its format.
//!
//! It knows shop language in general, never one shop's questions: a shop's own words belong in
//! its FAQ's paraphrases. It does not weigh terms (the index does). To extend it, add a form or a
//! line to the file (the tests check that it parses and that no form is listed twice within one
//! concept) and measure with `owldesk eval` on every suite.

use rustc_hash::FxHashMap as HashMap;
use std::sync::OnceLock;

use crate::normalize::is_han;

/// The lexicon file, as shipped.
pub const SOURCE: &str = include_str!("../data/lexicon.tsv");

/// The marker in front of a topic concept term (`#ship`).
pub const TOPIC_MARK: char = '#';

/// The marker in front of a question-type concept term (`?when`).
pub const QTYPE_MARK: char = '?';

/// Longest Chinese form looked for, in characters.
const MAX_ZH: usize = 6;
/// Longest English form, in words.
const MAX_EN: usize = 3;

/// What a concept says about a question.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// What the question is about (shipping, size...): weighs as a content word.
    Topic,
    /// What kind of question it is (when, how long...): weighs as a question frame.
    Qtype,
}

/// One concept of the lexicon.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Concept {
    /// Its stable name (`ship`).
    pub name: String,
    /// Topic or question type.
    pub kind: Kind,
    /// Its forms as written in the file.
    pub forms: Vec<String>,
}

impl Concept {
    /// The term the tokenizer adds for it: `#name` or `?name`.
    pub fn term(&self) -> String {
        let mark = match self.kind {
            Kind::Topic => TOPIC_MARK,
            Kind::Qtype => QTYPE_MARK,
        };
        format!("{mark}{}", self.name)
    }
}

/// The parsed lexicon with its lookup tables.
#[derive(Debug, Default)]
pub struct Lexicon {
    /// Every concept, in file order.
    pub concepts: Vec<Concept>,
    zh: HashMap<String, Vec<usize>>,
    en: HashMap<String, Vec<usize>>,
    /// Each (stemmed) word of an English form of two words or more → those forms' concepts.
    phrase_words: HashMap<String, Vec<usize>>,
}

/// A line of the lexicon that does not parse: its 1-based number and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LineError {
    /// 1-based line number.
    pub line: usize,
    /// What is wrong.
    pub message: String,
}

impl Lexicon {
    /// Parses a lexicon in the format of `data/lexicon.tsv`.
    ///
    /// # Errors
    /// The first line that does not have three columns, a known kind and at least one form.
    pub fn parse(source: &str) -> Result<Lexicon, LineError> {
        let mut lex = Lexicon::default();
        for (i, raw) in source.lines().enumerate() {
            let line = raw.trim_end();
            if line.trim().is_empty() || line.starts_with('#') {
                continue;
            }
            let err = |message: &str| LineError {
                line: i + 1,
                message: message.to_owned(),
            };
            let cols: Vec<&str> = line.split('\t').collect();
            let [name, kind, forms] = cols.as_slice() else {
                return Err(err("expected three tab-separated columns"));
            };
            let kind = match *kind {
                "topic" => Kind::Topic,
                "qtype" => Kind::Qtype,
                _ => return Err(err("kind must be `topic` or `qtype`")),
            };
            let forms: Vec<String> = forms
                .split('|')
                .map(str::trim)
                .filter(|f| !f.is_empty())
                .map(str::to_owned)
                .collect();
            if name.is_empty() || forms.is_empty() {
                return Err(err("a concept needs a name and at least one form"));
            }
            let id = lex.concepts.len();
            for form in &forms {
                let (table, key) = if form.chars().any(is_han) {
                    (&mut lex.zh, form.clone())
                } else {
                    let stemmed = stem_phrase(form);
                    if stemmed.contains(' ') {
                        for word in stemmed.split(' ') {
                            let ids = lex.phrase_words.entry(word.to_owned()).or_default();
                            if !ids.contains(&id) {
                                ids.push(id);
                            }
                        }
                    }
                    (&mut lex.en, stemmed)
                };
                let ids = table.entry(key).or_default();
                if !ids.contains(&id) {
                    ids.push(id);
                }
            }
            lex.concepts.push(Concept {
                name: (*name).to_owned(),
                kind,
                forms,
            });
        }
        Ok(lex)
    }

    /// The concept terms (`#ship`) that have an English form of two words or more holding
    /// `word` (stemmed): `send` is part of `send out`.
    pub fn phrase_concepts(&self, word: &str) -> Vec<String> {
        self.phrase_words.get(word).map_or_else(Vec::new, |ids| {
            ids.iter().map(|&id| self.concepts[id].term()).collect()
        })
    }

    /// The Chinese forms, for the word segmenter's dictionary (so they stay one word).
    pub fn zh_forms(&self) -> impl Iterator<Item = &str> {
        self.zh.keys().map(String::as_str)
    }

    /// The concepts that have `form` (a Chinese form, or English words already stemmed) as one
    /// of their forms, exactly.
    pub fn with_form(&self, form: &str) -> &[usize] {
        let table = if form.chars().any(is_han) {
            &self.zh
        } else {
            &self.en
        };
        table.get(form).map_or(&[], Vec::as_slice)
    }

    /// The concepts named in one normalised phrase, each once, in order of first appearance.
    /// `words` are the phrase's English words already stemmed (stop words included).
    pub fn find(&self, phrase: &str, words: &[String]) -> Vec<usize> {
        let mut found: Vec<usize> = Vec::new();
        let mut add = |id: usize| {
            if !found.contains(&id) {
                found.push(id);
            }
        };
        for run in phrase.split(|c: char| !is_han(c)).filter(|r| !r.is_empty()) {
            let chars: Vec<(usize, char)> = run.char_indices().collect();
            let single = chars.len() == 1;
            // Every form found: (first char, past its last char, concepts).
            let mut spans: Vec<(usize, usize, &Vec<usize>)> = Vec::new();
            for start in 0..chars.len() {
                let from = chars[start].0;
                let shortest = if single { 1 } else { 2 };
                for len in shortest..=MAX_ZH.min(chars.len() - start) {
                    let to = chars.get(start + len).map_or(run.len(), |&(b, _)| b);
                    if let Some(ids) = self.zh.get(&run[from..to]) {
                        spans.push((start, start + len, ids));
                    }
                }
            }
            // A form inside a longer one of the same kind is part of that one's meaning, not a
            // concept of its own: `多久到账` is money credited, not the `多久到` of a parcel
            // (a question type inside a topic's form still counts: `多久` in `多久到`).
            let kind = |id: usize| self.concepts[id].kind;
            for &(start, end, ids) in &spans {
                for &id in ids {
                    let inside = spans.iter().any(|&(s, e, longer)| {
                        s <= start
                            && end <= e
                            && e - s > end - start
                            && longer.iter().any(|&l| kind(l) == kind(id))
                    });
                    if !inside {
                        add(id);
                    }
                }
            }
        }
        for start in 0..words.len() {
            let mut key = String::new();
            for (n, w) in words[start..].iter().take(MAX_EN).enumerate() {
                if n > 0 {
                    key.push(' ');
                }
                key.push_str(w);
                if let Some(ids) = self.en.get(&key) {
                    ids.iter().for_each(|&id| add(id));
                }
            }
        }
        found
    }
}

fn stem_phrase(phrase: &str) -> String {
    phrase
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(|w| crate::tokenize::stem(&w.to_lowercase()))
        .collect::<Vec<_>>()
        .join(" ")
}

/// The terms (`#ship`) of the shipped lexicon's concepts that have `form` as one of their forms.
pub fn concepts_of_form(form: &str) -> Vec<String> {
    let lex = shipped();
    lex.with_form(form)
        .iter()
        .map(|&id| lex.concepts[id].term())
        .collect()
}

/// The shipped lexicon, parsed on first use.
pub fn shipped() -> &'static Lexicon {
    static LEXICON: OnceLock<Lexicon> = OnceLock::new();
    // The file is part of the build and a test parses it: failing here is a build defect.
    LEXICON.get_or_init(|| Lexicon::parse(SOURCE).expect("data/lexicon.tsv parses"))
}

/// The concept terms (`#ship`, `?when`) of one normalised phrase; see [`Lexicon::find`].
pub fn concepts(phrase: &str, words: &[String]) -> Vec<String> {
    let lex = shipped();
    lex.find(phrase, words)
        .into_iter()
        .map(|id| lex.concepts[id].term())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use rstest::rstest;

    fn stemmed(text: &str) -> Vec<String> {
        text.split_whitespace().map(crate::tokenize::stem).collect()
    }

    #[test]
    fn the_shipped_file_parses_without_duplicates() {
        let lex = Lexicon::parse(SOURCE).expect("lexicon parses");
        assert!(
            lex.concepts.len() >= 30,
            "the lexicon covers the shop topics"
        );
        for c in &lex.concepts {
            let mut forms = c.forms.clone();
            forms.sort();
            forms.dedup();
            assert_eq!(forms.len(), c.forms.len(), "{} lists a form twice", c.name);
        }
    }

    #[rstest]
    #[case::bad_kind("ship\tverb\t发货", 1)]
    #[case::two_columns("# header\nship\t发货", 2)]
    #[case::no_forms("ship\ttopic\t | ", 1)]
    fn bad_lines_are_refused(#[case] source: &str, #[case] line: usize) {
        let err = Lexicon::parse(source).expect_err("a broken line is refused");
        assert_eq!(err.line, line, "the error names the line: {err:?}");
    }

    #[rstest]
    #[case::synonym_of_ship("什么时候寄出", "", &["#ship", "?when"])]
    #[case::inside_a_longer_word("运费险怎么买", "", &["#shipfee", "?howto"])]
    #[case::how_long_is_not_when("几天能到", "", &["#arrive", "?howlong"])]
    #[case::english_stemmed("", "when will it be shipped", &["#ship", "?when"])]
    #[case::english_phrase("", "what is the tracking number", &["#tracking"])]
    #[case::irregular_past("", "when will my order be sent out", &["#ship"])]
    #[case::irregular_form_in_the_lexicon("", "is it sold out", &["#stock"])]
    #[case::refund_is_not_return("", "i want a refund", &["#refund"])]
    #[case::single_character_form_alone("券", "", &["#coupon"])]
    #[case::storage("没吃完能放冰箱吗", "", &["#storage"])]
    #[case::storage_english("", "how long does it keep in the fridge", &["#storage"])]
    #[case::clothing_wear("洗了会不会缩水起球", "", &["#shrink", "#pilling"])]
    #[case::clothing_sheer("", "is the shirt see through", &["#sheer"])]
    #[case::abroad("能寄到马来西亚吗", "", &["#remote"])]
    #[case::clothing_care("能机洗吗", "", &["#care"])]
    #[case::sterilize("水杯能高温消毒吗", "", &["#sterilize"])]
    #[case::sterilize_english("", "can i sterilise the bottle", &["#sterilize"])]
    #[case::return_insurance("下单送退货宝吗", "", &["#shipfee"])]
    #[case::cash_on_delivery("能到付吗", "", &["#payment"])]
    #[case::haggling("能抹个零吗", "", &["#discount"])]
    #[case::pause("周花能暂停两周吗", "", &["#pause"])]
    #[case::courier_by_name("", "do you send with royal mail or dpd", &["#courier"])]
    #[case::wallet_by_name("", "do you take venmo", &["#payment"])]
    #[case::proof("", "when do i see the mockup", &["#proof"])]
    #[case::lead_time("定制的制作周期多久", "", &["#leadtime"])]
    #[case::pause_english("", "can i put my order on hold", &["#pause"])]
    #[case::electronics("充一次电池能用多久", "", &["#battery"])]
    #[case::food_taste("辣不辣 口感怎么样", "", &["#taste"])]
    #[case::pickup("能放驿站吗", "", &["#pickup"])]
    #[case::refund_the_way_it_came("钱会原路退吗", "", &["#refund"])]
    #[case::card_brand("", "do you accept mastercard", &["#payment"])]
    #[case::gift_card("", "do you sell e gift cards", &["#giftcard"])]
    #[case::gift_wrap("", "can you gift wrap it", &["#giftwrap"])]
    #[case::posted("", "will it get posted today", &["#ship"])]
    #[case::money_received("退货后多久能收到钱", "", &["#refund"])]
    #[case::how_many_years("质保几年", "", &["#warranty", "?howlong"])]
    #[case::service_on_duty("周末有客服吗", "", &["#hours"])]
    fn finds_concepts(#[case] zh: &str, #[case] en: &str, #[case] want: &[&str]) {
        let got = concepts(zh, &stemmed(en));
        for w in want {
            assert!(
                got.iter().any(|g| g == w),
                "{zh:?}{en:?} names {w}: {got:?}"
            );
        }
        if en.contains("refund") {
            assert!(
                !got.iter().any(|g| g == "#return"),
                "a refund is not a return"
            );
        }
    }

    #[rstest]
    #[case::money_credited("退款多久到账", "#arrive")]
    #[case::restock_notice("有到货通知吗", "#arrive")]
    fn a_form_inside_a_longer_one_names_nothing_of_its_own(#[case] zh: &str, #[case] not: &str) {
        let got = concepts(zh, &[]);
        assert!(!got.iter().any(|g| g == not), "{zh:?} is no {not}: {got:?}");
        assert!(
            got.iter().any(|g| g.starts_with(TOPIC_MARK)),
            "the longer form still names its topic: {got:?}"
        );
    }

    #[test]
    fn the_words_of_a_phrase_name_its_concept() {
        let lex = shipped();
        assert!(lex.phrase_concepts("out").contains(&"#ship".to_owned()));
        assert!(
            lex.phrase_concepts("dispatch").is_empty(),
            "a one-word form is no phrase"
        );
    }

    #[test]
    fn a_form_is_not_found_across_two_words() {
        // `洗发水洗头` holds the characters of `水洗` (machine-washable) across two words; the
        // lexicon leaves such forms out rather than find them there.
        let got = concepts("用洗发水洗头", &[]);
        assert!(!got.iter().any(|g| g == "#care"), "{got:?}");
    }

    #[test]
    fn unrelated_text_names_no_topic() {
        let got = concepts("今天天气不错", &stemmed("the weather is nice"));
        assert!(
            !got.iter().any(|g| g.starts_with(TOPIC_MARK)),
            "small talk is about no shop topic: {got:?}"
        );
    }
}
