//! What the engine knows about a shop: its FAQ (indexed), profile, rules and thresholds.
//!
//! [`Knowledge`] is built once from the shop's data and then only read, by any number of threads
//! at once (it is `Send + Sync`; share it in an `Arc`). Rebuild it when the FAQ, the rules or the
//! settings change: building indexes every question and paraphrase, and takes milliseconds for
//! hundreds of entries. It holds no clock and no conversation state. To give the engine a new
//! kind of knowledge (products, a lexicon), add a field here and build it in [`Knowledge::build`].

use rustc_hash::FxHashMap as HashMap;

use owldesk_domain::{FaqEntry, FaqId, Rule, Thresholds};
use serde::{Deserialize, Serialize};

use crate::index::FaqIndex;
use crate::normalize;
use crate::rules::CompiledRule;
use crate::tokenize::{tokenize, warm_up};

/// The shop as the engine presents it to buyers.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct ShopProfile {
    /// The shop's name, filled into `{shop.name}`.
    pub name: String,
    /// The reply to a greeting or thanks.
    pub greeting: String,
}

/// The FAQ index, shop profile, handoff rules and thresholds the engine decides with.
#[derive(Debug, Clone)]
pub struct Knowledge {
    faq: Vec<FaqEntry>,
    by_id: HashMap<FaqId, usize>,
    shop: ShopProfile,
    rules: Vec<CompiledRule>,
    thresholds: Thresholds,
    index: FaqIndex,
}

impl Knowledge {
    /// Builds the knowledge. Disabled entries are kept (so [`Knowledge::entry`] finds them) but
    /// never matched; disabled rules are dropped. When two entries share an id, the first wins.
    pub fn build(
        faq: Vec<FaqEntry>,
        shop: ShopProfile,
        rules: Vec<Rule>,
        thresholds: Thresholds,
    ) -> Knowledge {
        warm_up();
        let index = FaqIndex::build(&faq, |text| tokenize(&normalize(text)));
        let mut by_id = HashMap::with_capacity_and_hasher(faq.len(), Default::default());
        for (i, e) in faq.iter().enumerate() {
            by_id.entry(e.id.clone()).or_insert(i);
        }
        Knowledge {
            by_id,
            shop,
            rules: rules
                .into_iter()
                .filter_map(CompiledRule::compile)
                .collect(),
            thresholds,
            index,
            faq,
        }
    }

    /// Every FAQ entry, enabled or not, in the order given.
    pub fn faq(&self) -> &[FaqEntry] {
        &self.faq
    }

    /// The entry with this id, enabled or not.
    pub fn entry(&self, id: &FaqId) -> Option<&FaqEntry> {
        self.by_id.get(id).map(|&i| &self.faq[i])
    }

    /// The confidence thresholds for answering and asking back.
    pub fn thresholds(&self) -> Thresholds {
        self.thresholds
    }

    /// The shop's name and greeting.
    pub fn shop(&self) -> &ShopProfile {
        &self.shop
    }

    pub(crate) fn rules(&self) -> &[CompiledRule] {
        &self.rules
    }

    /// The FAQ index the matcher searches (for tools that inspect its evidence).
    pub fn index(&self) -> &FaqIndex {
        &self.index
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn assert_send_sync<T: Send + Sync>() {}

    #[test]
    fn knowledge_can_be_shared_across_threads() {
        assert_send_sync::<Knowledge>();
    }
}
