//! The shop's handoff rules: list, save (add or replace in place) and delete.
//!
//! Rules are the owner's "always give this to a person" (or "let the assistant answer")
//! conditions; the engine evaluates them before its built-in guards, first match deciding. The
//! UI's handoff matrix (message kind × order status) and keyword rules are both stored as
//! ordinary [`Rule`]s, so this module knows nothing of matrices. Every change is audited and
//! rebuilds the engine's knowledge at once, so the next message is decided by the new rules.

use owldesk_domain::{Rule, RuleAction, RuleId};
use owldesk_store::{audit, rules};

use crate::{Core, CoreError, Result};

impl Core {
    /// Every rule, in the order the engine evaluates them.
    ///
    /// # Errors
    /// Storage failures.
    pub fn rules(&self) -> Result<Vec<Rule>> {
        self.read(rules::list)
    }

    /// Saves `rule`: replaces the rule with its id in place, or adds it last.
    ///
    /// # Errors
    /// [`CoreError::Invalid`] for an empty id or name or a rule without actions; storage
    /// failures.
    pub fn rule_put(&self, rule: Rule, actor: &str) -> Result<Rule> {
        validate(&rule)?;
        let at = self.now();
        self.write(|tx| {
            rules::upsert(tx, &rule)?;
            audit::record(
                tx,
                at,
                actor,
                "rule.put",
                rule.id.as_str(),
                &serde_json::to_value(&rule)?,
            )?;
            Ok(())
        })?;
        self.rebuild_knowledge()?;
        Ok(rule)
    }

    /// Deletes the rule.
    ///
    /// # Errors
    /// [`CoreError::NotFound`] when there is no such rule; storage failures.
    pub fn rule_delete(&self, id: &RuleId, actor: &str) -> Result<()> {
        let at = self.now();
        let found = self.write(|tx| {
            let found = rules::delete(tx, id)?;
            if found {
                audit::record(
                    tx,
                    at,
                    actor,
                    "rule.delete",
                    id.as_str(),
                    &serde_json::Value::Null,
                )?;
            }
            Ok(found)
        })?;
        if !found {
            return Err(CoreError::NotFound(format!("rule {id}")));
        }
        self.rebuild_knowledge()
    }
}

fn validate(rule: &Rule) -> Result<()> {
    if rule.id.as_str().trim().is_empty() || rule.id.as_str().len() > 64 {
        return Err(CoreError::invalid("id", "must be 1-64 characters"));
    }
    if rule.name.trim().is_empty() {
        return Err(CoreError::invalid("name", "must not be empty"));
    }
    if rule.actions.is_empty() {
        return Err(CoreError::invalid("actions", "a rule needs an action"));
    }
    if rule.actions.iter().any(|a| matches!(a, RuleAction::Answer)) && rule.conditions.is_empty() {
        return Err(CoreError::invalid(
            "conditions",
            "a rule that lets the assistant answer everything needs a condition",
        ));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::FixedClock;
    use owldesk_domain::{Action, Condition, MessageKind, OrderStatus, Priority, RuleEvent};
    use std::sync::Arc;

    fn core() -> Core {
        Core::in_memory(Arc::new(FixedClock::new(
            "2026-11-20T12:00:00Z".parse().unwrap(),
        )))
        .unwrap()
    }

    fn shipped_text_rule() -> Rule {
        Rule {
            id: RuleId("matrix_text_handover".into()),
            name: "text when shipped".into(),
            event: RuleEvent::MessageReceived,
            conditions: vec![
                Condition::KindIn {
                    kinds: vec![MessageKind::Text],
                },
                Condition::OrderStatusIn {
                    statuses: vec![OrderStatus::Shipped],
                },
            ],
            actions: vec![RuleAction::Escalate {
                priority: Priority::Normal,
            }],
            enabled: true,
        }
    }

    #[test]
    fn a_saved_rule_decides_the_next_message_and_deleting_it_undoes_that() {
        let core = core();
        let before = core.test_question("你好", MessageKind::Text, Some(OrderStatus::Shipped));
        assert_ne!(before.action, Action::Escalate, "no rule yet");
        core.rule_put(shipped_text_rule(), "owner").unwrap();
        assert_eq!(core.rules().unwrap().len(), 1);
        let after = core.test_question("你好", MessageKind::Text, Some(OrderStatus::Shipped));
        assert_eq!(after.action, Action::Escalate, "the rule hands it over");
        core.rule_delete(&RuleId("matrix_text_handover".into()), "owner")
            .unwrap();
        assert!(core.rules().unwrap().is_empty());
        assert!(matches!(
            core.rule_delete(&RuleId("matrix_text_handover".into()), "owner"),
            Err(CoreError::NotFound(_))
        ));
    }

    #[test]
    fn a_rule_without_a_name_is_refused() {
        let mut r = shipped_text_rule();
        r.name = " ".into();
        assert!(matches!(
            core().rule_put(r, "owner"),
            Err(CoreError::Invalid { .. })
        ));
    }
}
