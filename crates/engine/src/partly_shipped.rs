//! An order shipped in parts (`部分发货`): when the buyer asks after goods not all come, the
//! answer the owner wrote for that state (an entry's `部分发货` variant) explains it, rather than
//! a person.
//!
//! A message counts when the buyer is calm and it is about the order's goods coming: a report of
//! goods not come and nothing else (`怎么只收到帐篷 椅子呢`, `only got the socks so far`), the
//! lexicon's shipping, arrival, tracking or courier topics, or the rest of the order named
//! (`另一个呢`, `where is the rest`). Of several entries with such a variant the best candidate
//! answers; of one, that one. Any other question from a buyer whose order is in that state is
//! decided as usual.

use owldesk_domain::{Candidate, FaqEntry, OrderStatus};

use crate::Knowledge;

/// What the message says, as far as this step needs it.
pub(crate) struct Asked<'a> {
    /// The buyer is not upset.
    pub calm: bool,
    /// The message reports goods not (yet) come, and nothing else.
    pub missing: bool,
    /// The message's terms (lexicon concepts start with `#`).
    pub tokens: &'a [String],
    /// The normalised message.
    pub normalized: &'a str,
    /// The message's candidates, best first.
    pub candidates: &'a [Candidate],
}

/// The lexicon's topics of an order's goods coming.
const COMING: &[&str] = &["#ship", "#arrive", "#tracking", "#courier", "#combine"];

/// The rest of an order, named (`另一个呢`, `剩下的啥时候发`, `where is the rest`).
#[rustfmt::skip]
const THE_REST: &[&str] = &[
    "另一个", "另外一个", "另外的", "另一件", "另外那", "剩下", "剩余", "其他的", "还有一个",
    "the rest", "rest of", "the other", "other one", "other item", "separately",
];

/// The entry that explains the rest of an order in `status`, if the message asks after it.
pub(crate) fn rest_explained<'k>(
    k: &'k Knowledge,
    status: OrderStatus,
    asked: &Asked<'_>,
) -> Option<&'k FaqEntry> {
    if status != OrderStatus::PartlyShipped || !asked.calm {
        return None;
    }
    let about = asked.missing
        || asked.tokens.iter().any(|t| COMING.contains(&t.as_str()))
        || THE_REST.iter().any(|w| asked.normalized.contains(w));
    if !about {
        return None;
    }
    let explains = |e: &FaqEntry| e.enabled && e.variants.contains_key(&OrderStatus::PartlyShipped);
    let best = asked
        .candidates
        .iter()
        .filter_map(|c| k.entry(&c.faq_id))
        .find(|e| explains(e));
    best.or_else(|| {
        let mut all = k.faq().iter().filter(|e| explains(e));
        match (all.next(), all.next()) {
            (Some(only), None) => Some(only),
            _ => None,
        }
    })
}
