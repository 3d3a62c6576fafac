//! The shop's handoff rules, evaluated before the built-in guards.
//!
//! A rule fires when all its conditions hold (a rule without conditions always fires); enabled
//! rules are tried in the shop's order and the first that fires decides with its first action:
//! `escalate` hands the conversation to a person (reason `rule`, with the rule's name), `answer`
//! lets the assistant handle the message normally, skipping the later rules and the built-in
//! guards. A rule without actions never decides. `TextContainsAny` words are normalised once, at
//! build time, the same way as messages, and matched as substrings of the normalised message.
//!
//! Rules do not look at the FAQ. To add a condition, add a variant to the domain's `Condition`
//! and a match arm in [`CompiledRule::holds`].

use owldesk_domain::{
    Condition, MessageKind, Mood, OrderStatus, Priority, Rule, RuleAction, RuleEvent,
};

use crate::normalize;

/// What the rule that fired says to do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RuleOutcome {
    /// Hand the conversation to a person.
    Escalate {
        /// The rule's name.
        rule: String,
        /// The priority the rule asks for.
        priority: Priority,
    },
    /// Handle the message normally, without the built-in guards.
    Answer {
        /// The rule's name.
        rule: String,
    },
}

/// What the rules see of a message.
#[derive(Debug, Clone, Copy)]
pub struct RuleInput<'a> {
    /// The message's kind.
    pub kind: MessageKind,
    /// The conversation's order status, if there is an order.
    pub order_status: Option<OrderStatus>,
    /// The buyer's mood as read.
    pub mood: Mood,
    /// The normalised text.
    pub normalized: &'a str,
}

/// A rule ready to evaluate: enabled, with its words normalised.
#[derive(Debug, Clone)]
pub struct CompiledRule {
    rule: Rule,
    words: Vec<Vec<String>>,
}

impl CompiledRule {
    /// Prepares `rule`; `None` for a disabled rule or one for another event.
    pub fn compile(rule: Rule) -> Option<Self> {
        if !rule.enabled || rule.event != RuleEvent::MessageReceived {
            return None;
        }
        let words = rule
            .conditions
            .iter()
            .map(|c| match c {
                Condition::TextContainsAny { words } => words
                    .iter()
                    .map(|w| normalize(w))
                    .filter(|w| !w.is_empty())
                    .collect(),
                _ => Vec::new(),
            })
            .collect();
        Some(Self { rule, words })
    }

    /// The rule as the shop wrote it.
    pub fn rule(&self) -> &Rule {
        &self.rule
    }

    /// True when every condition holds for `input`.
    pub fn holds(&self, input: &RuleInput<'_>) -> bool {
        self.rule
            .conditions
            .iter()
            .zip(&self.words)
            .all(|(condition, words)| match condition {
                Condition::KindIn { kinds } => kinds.contains(&input.kind),
                Condition::OrderStatusIn { statuses } => {
                    input.order_status.is_some_and(|s| statuses.contains(&s))
                }
                Condition::MoodIs { mood } => *mood == input.mood,
                Condition::TextContainsAny { .. } => {
                    words.iter().any(|w| input.normalized.contains(w.as_str()))
                }
            })
    }
}

/// Evaluates `rules` in order; the first that fires and has an action decides.
pub fn evaluate(rules: &[CompiledRule], input: &RuleInput<'_>) -> Option<RuleOutcome> {
    rules.iter().filter(|r| r.holds(input)).find_map(|r| {
        let rule = r.rule.name.clone();
        r.rule.actions.first().map(|action| match action {
            RuleAction::Escalate { priority } => RuleOutcome::Escalate {
                rule,
                priority: *priority,
            },
            RuleAction::Answer => RuleOutcome::Answer { rule },
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use rstest::rstest;

    fn rule(name: &str, conditions: Vec<Condition>, actions: Vec<RuleAction>) -> CompiledRule {
        CompiledRule::compile(Rule {
            id: name.into(),
            name: name.into(),
            event: RuleEvent::MessageReceived,
            conditions,
            actions,
            enabled: true,
        })
        .unwrap()
    }

    fn input(
        text: &'static str,
        kind: MessageKind,
        status: Option<OrderStatus>,
    ) -> RuleInput<'static> {
        RuleInput {
            kind,
            order_status: status,
            mood: Mood::Calm,
            normalized: text,
        }
    }

    #[rstest]
    #[case::words_normalised_like_messages("孕妇能用吗", MessageKind::Text, None, true)]
    #[case::second_word("怀孕了可以染吗", MessageKind::Image, None, true)]
    #[case::other_words("什么时候发货", MessageKind::Text, None, false)]
    fn text_contains_any(
        #[case] text: &'static str,
        #[case] kind: MessageKind,
        #[case] status: Option<OrderStatus>,
        #[case] fires: bool,
    ) {
        let rules = [rule(
            "pregnancy",
            vec![Condition::TextContainsAny {
                words: vec!["孕婦".into(), "懷孕".into()],
            }],
            vec![RuleAction::Escalate {
                priority: Priority::High,
            }],
        )];
        assert_eq!(
            evaluate(&rules, &input(text, kind, status)).is_some(),
            fires,
            "{text:?}"
        );
    }

    #[test]
    fn all_conditions_must_hold_and_the_first_rule_decides() {
        let rules = [
            rule(
                "shipped video",
                vec![
                    Condition::KindIn {
                        kinds: vec![MessageKind::Video],
                    },
                    Condition::OrderStatusIn {
                        statuses: vec![OrderStatus::Shipped],
                    },
                ],
                vec![RuleAction::Escalate {
                    priority: Priority::Urgent,
                }],
            ),
            rule("everything else", vec![], vec![RuleAction::Answer]),
        ];
        let video = input("", MessageKind::Video, Some(OrderStatus::Shipped));
        assert_eq!(
            evaluate(&rules, &video),
            Some(RuleOutcome::Escalate {
                rule: "shipped video".into(),
                priority: Priority::Urgent
            })
        );
        let image = input("", MessageKind::Image, Some(OrderStatus::Shipped));
        assert_eq!(
            evaluate(&rules, &image),
            Some(RuleOutcome::Answer {
                rule: "everything else".into()
            }),
            "a condition that fails passes the message to the next rule"
        );
    }

    #[test]
    fn disabled_rules_are_not_compiled() {
        let r = Rule {
            id: "x".into(),
            name: "x".into(),
            event: RuleEvent::MessageReceived,
            conditions: vec![],
            actions: vec![RuleAction::Answer],
            enabled: false,
        };
        assert!(
            CompiledRule::compile(r).is_none(),
            "a disabled rule never fires"
        );
    }
}
