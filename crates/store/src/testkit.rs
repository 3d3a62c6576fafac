//! Test fixtures: small, valid domain values with millisecond timestamps (the stored precision).

use std::collections::BTreeMap;

use jiff::Timestamp;
use owldesk_domain::*;
use rusqlite::Connection;

/// A timestamp `ms` milliseconds after a fixed instant.
pub(crate) fn at(ms: i64) -> Timestamp {
    Timestamp::from_millisecond(1_750_000_000_000 + ms).unwrap()
}

pub(crate) fn customer(id: &str, channel: &str, external_id: &str) -> Customer {
    Customer {
        id: id.into(),
        display_name: format!("buyer {external_id}"),
        identities: vec![Identity {
            channel: channel.into(),
            external_id: external_id.into(),
        }],
        created_at: at(0),
    }
}

pub(crate) fn order(id: &str) -> Order {
    Order {
        id: id.into(),
        status: OrderStatus::Shipped,
        tracking_no: Some("ZT123".into()),
        carrier: Some("中通".into()),
        items: vec![OrderItem {
            title: "保温杯".into(),
            quantity: 2,
            sku: Some("红色".into()),
        }],
    }
}

pub(crate) fn conversation(id: &str, customer_id: &str, updated_ms: i64) -> Conversation {
    Conversation {
        id: id.into(),
        customer_id: customer_id.into(),
        customer: "buyer-1".into(),
        channel: "bridge".into(),
        status: ConversationStatus::Pending,
        priority: Priority::Normal,
        assignee: None,
        waiting_since: None,
        snoozed_until: None,
        order: None,
        offered: vec![],
        last_text: Some(format!("hello from {id}")),
        created_at: at(0),
        updated_at: at(updated_ms),
    }
}

pub(crate) fn message(id: &str, conversation_id: &str, external_id: Option<&str>) -> Message {
    Message {
        id: id.into(),
        conversation_id: conversation_id.into(),
        direction: Direction::Incoming,
        author: Author::Customer,
        kind: MessageKind::Text,
        text: "什么时候发货?".into(),
        media_url: None,
        external_id: external_id.map(Into::into),
        agent: None,
        private: false,
        decision: None,
        created_at: at(5),
    }
}

pub(crate) fn escalation(id: &str, conversation_id: &str, created_ms: i64) -> Escalation {
    Escalation {
        id: id.into(),
        conversation_id: conversation_id.into(),
        message_id: "m1".into(),
        reason: EscalationReason::Media,
        rule: None,
        status: EscalationStatus::Open,
        priority: Priority::High,
        summary: "image from buyer".into(),
        created_at: at(created_ms),
        resolved_at: None,
        snoozed_until: None,
        due_at: Some(at(created_ms + 1000)),
    }
}

pub(crate) fn faq_entry(id: &str) -> FaqEntry {
    FaqEntry {
        id: id.into(),
        question: "什么时候发货?".into(),
        paraphrases: vec!["几天发货".into(), "多久发".into()],
        answer: "48小时内发货".into(),
        variants: BTreeMap::from([(OrderStatus::Shipped, "单号 {order.tracking_no}".into())]),
        tags: vec!["shipping".into()],
        enabled: true,
    }
}

pub(crate) fn rule(id: &str) -> Rule {
    Rule {
        id: id.into(),
        name: "allergy questions".into(),
        event: RuleEvent::MessageReceived,
        conditions: vec![Condition::TextContainsAny {
            words: vec!["过敏".into()],
        }],
        actions: vec![RuleAction::Escalate {
            priority: Priority::Urgent,
        }],
        enabled: true,
    }
}

/// Stores customer `cu1` and conversation `co1` for tests of tables that point at them.
pub(crate) fn seed_conversation(c: &Connection) {
    crate::customers::insert(c, &customer("cu1", "bridge", "buyer-1")).unwrap();
    crate::conversations::insert(c, &conversation("co1", "cu1", 0)).unwrap();
}
