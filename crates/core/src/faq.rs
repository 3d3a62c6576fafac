//! The owner's FAQ: create, edit, delete, import, export, and try a question against it.
//!
//! Entries are validated on their own ([`FaqEntry::validate`]) and against the rest (unique ids,
//! unique questions). Every change is audited, rebuilds the engine's knowledge at once, and is
//! announced with [`DomainEvent::FaqChanged`]. Imports are all-or-nothing: every entry is checked
//! before anything is saved, and errors name the entry and field.

use owldesk_domain::{
    Decision, DomainEvent, FaqEntry, FaqId, FaqStats, MessageKind, Order, OrderStatus,
};
use owldesk_engine::{ConversationView, Incoming};
use owldesk_store::{audit, faq};
use serde::Serialize;
use std::collections::HashMap;
use std::path::Path;

use crate::{Core, CoreError, Result};

/// What an import did (or, for a preview, would do).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct ImportReport {
    /// Entries that are new.
    pub added: Vec<FaqId>,
    /// Entries that exist and change.
    pub updated: Vec<FaqId>,
    /// Entries that exist and stay the same.
    pub unchanged: Vec<FaqId>,
}

impl Core {
    /// Every entry with its hit count, in the owner's order.
    ///
    /// # Errors
    /// Storage failures.
    pub fn faq_list(&self) -> Result<Vec<(FaqEntry, FaqStats)>> {
        self.read(faq::list_with_stats)
    }

    /// One entry.
    ///
    /// # Errors
    /// [`CoreError::NotFound`].
    pub fn faq_get(&self, id: &FaqId) -> Result<FaqEntry> {
        self.read(|c| faq::get(c, id))?
            .ok_or_else(|| CoreError::NotFound(format!("faq {id}")))
    }

    /// Adds an entry.
    ///
    /// # Errors
    /// [`CoreError::Invalid`] naming the field; [`CoreError::Conflict`] for a taken id or question.
    pub fn faq_create(&self, entry: FaqEntry, actor: &str) -> Result<FaqEntry> {
        entry.validate()?;
        let now = self.now();
        self.write_checked(|tx| {
            if faq::get(tx, &entry.id)?.is_some() {
                return Err(CoreError::Conflict(format!("faq id {} is taken", entry.id)));
            }
            check_question_free(&faq::list(tx)?, &entry)?;
            faq::insert(tx, &entry, now)?;
            audit::record(
                tx,
                now,
                actor,
                "faq.create",
                entry.id.as_str(),
                &serde_json::to_value(&entry).map_err(owldesk_store::StoreError::from)?,
            )?;
            Ok(())
        })?;
        self.faq_changed(vec![entry.id.clone()])?;
        Ok(entry)
    }

    /// Replaces the entry `id` with `entry` (whose id must be `id`).
    ///
    /// # Errors
    /// [`CoreError::Invalid`], [`CoreError::NotFound`], [`CoreError::Conflict`].
    pub fn faq_update(&self, id: &FaqId, entry: FaqEntry, actor: &str) -> Result<FaqEntry> {
        if &entry.id != id {
            return Err(CoreError::invalid(
                "id",
                format!("must be {id}, the entry being edited"),
            ));
        }
        entry.validate()?;
        let now = self.now();
        self.write_checked(|tx| {
            if faq::get(tx, id)?.is_none() {
                return Err(CoreError::NotFound(format!("faq {id}")));
            }
            check_question_free(&faq::list(tx)?, &entry)?;
            faq::update(tx, &entry, now)?;
            audit::record(
                tx,
                now,
                actor,
                "faq.update",
                id.as_str(),
                &serde_json::to_value(&entry).map_err(owldesk_store::StoreError::from)?,
            )?;
            Ok(())
        })?;
        self.faq_changed(vec![id.clone()])?;
        Ok(entry)
    }

    /// Deletes an entry.
    ///
    /// # Errors
    /// [`CoreError::NotFound`].
    pub fn faq_delete(&self, id: &FaqId, actor: &str) -> Result<()> {
        let now = self.now();
        self.write_checked(|tx| {
            if !faq::delete(tx, id)? {
                return Err(CoreError::NotFound(format!("faq {id}")));
            }
            audit::record(
                tx,
                now,
                actor,
                "faq.delete",
                id.as_str(),
                &serde_json::Value::Null,
            )?;
            Ok(())
        })?;
        self.faq_changed(vec![id.clone()])
    }

    /// What importing `entries` would do, without saving anything.
    ///
    /// # Errors
    /// [`CoreError::Invalid`] naming the entry and field of the first problem.
    pub fn faq_import_preview(&self, entries: &[FaqEntry]) -> Result<ImportReport> {
        check_import(entries)?;
        let existing = self.read(faq::list)?;
        Ok(plan(&existing, entries))
    }

    /// Imports `entries`: new ids are added, existing ones replaced. All or nothing.
    ///
    /// # Errors
    /// [`CoreError::Invalid`] naming the entry and field; nothing is saved.
    pub fn faq_import(&self, entries: Vec<FaqEntry>, actor: &str) -> Result<ImportReport> {
        check_import(&entries)?;
        let now = self.now();
        let report = self.write_checked(|tx| {
            let existing = faq::list(tx)?;
            let report = plan(&existing, &entries);
            let mut merged = existing.clone();
            for e in &entries {
                match merged.iter_mut().find(|m| m.id == e.id) {
                    Some(m) => *m = e.clone(),
                    None => merged.push(e.clone()),
                }
            }
            check_unique_questions(&merged)?;
            for e in &entries {
                faq::upsert(tx, e, now)?;
            }
            let detail = serde_json::to_value(&report).map_err(owldesk_store::StoreError::from)?;
            audit::record(tx, now, actor, "faq.import", "faq", &detail)?;
            Ok(report)
        })?;
        self.faq_changed(Vec::new())?;
        Ok(report)
    }

    /// Every entry, for export.
    ///
    /// # Errors
    /// Storage failures.
    pub fn faq_export(&self) -> Result<Vec<FaqEntry>> {
        self.read(faq::list)
    }

    /// The decision the assistant would make on `text` as the first message of a conversation,
    /// with its trace. Nothing is stored.
    pub fn test_question(
        &self,
        text: &str,
        kind: MessageKind,
        order_status: Option<OrderStatus>,
    ) -> Decision {
        let order = order_status.map(sample_order);
        let view = ConversationView {
            order: order.as_ref(),
            offered: &[],
            held_by_person: false,
        };
        owldesk_engine::decide(
            &self.knowledge(),
            &view,
            &Incoming { text, kind },
            self.now(),
        )
    }

    fn faq_changed(&self, ids: Vec<FaqId>) -> Result<()> {
        self.rebuild_knowledge()?;
        self.emit(DomainEvent::FaqChanged { ids });
        Ok(())
    }
}

/// An order in `status` with sample details, for trying questions without a real order.
pub fn sample_order(status: OrderStatus) -> Order {
    Order {
        id: "SAMPLE-0001".into(),
        status,
        tracking_no: Some("YT1234567890".into()),
        carrier: Some("圆通".into()),
        items: Vec::new(),
    }
}

/// Reads FAQ entries from a `.json` or `.csv` file.
///
/// # Errors
/// [`CoreError::Invalid`] naming the file, line and column; [`CoreError::Io`].
pub fn read_faq_file(path: &Path) -> Result<Vec<FaqEntry>> {
    let bytes = std::fs::read(path).map_err(|source| CoreError::Io {
        path: path.display().to_string(),
        source,
    })?;
    let name = path.display().to_string();
    match path
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase)
        .as_deref()
    {
        Some("csv") => crate::faq_csv::parse(&bytes, &name),
        Some("json") => parse_json(&bytes, &name),
        _ => Err(CoreError::invalid(name, "expected a .json or .csv file")),
    }
}

/// Parses FAQ JSON (an array of entries, as `FORMAT.md`), naming line and column on error.
///
/// # Errors
/// [`CoreError::Invalid`] with `source` line and column.
pub fn parse_json(bytes: &[u8], source: &str) -> Result<Vec<FaqEntry>> {
    serde_json::from_slice(bytes).map_err(|e| {
        CoreError::invalid(
            format!("{source} line {}, column {}", e.line(), e.column()),
            e.to_string(),
        )
    })
}

/// Validates an import on its own: each entry, then unique ids and questions within it.
fn check_import(entries: &[FaqEntry]) -> Result<()> {
    let mut ids = HashMap::new();
    for (i, e) in entries.iter().enumerate() {
        e.validate().map_err(|err| match err {
            owldesk_domain::DomainError::Invalid { field, message } => {
                CoreError::invalid(format!("entries[{i}] ({}).{field}", e.id), message)
            }
        })?;
        if let Some(first) = ids.insert(e.id.clone(), i) {
            return Err(CoreError::invalid(
                format!("entries[{i}].id"),
                format!("{} is also the id of entries[{first}]", e.id),
            ));
        }
    }
    check_unique_questions(entries)
}

fn question_key(q: &str) -> String {
    owldesk_engine::normalize(q).split_whitespace().collect()
}

fn check_unique_questions(entries: &[FaqEntry]) -> Result<()> {
    let mut seen: HashMap<String, &FaqId> = HashMap::new();
    for e in entries {
        if let Some(other) = seen.insert(question_key(&e.question), &e.id)
            && other != &e.id
        {
            return Err(CoreError::invalid(
                format!("{}.question", e.id),
                format!("{:?} is already the question of {other}", e.question),
            ));
        }
    }
    Ok(())
}

fn check_question_free(existing: &[FaqEntry], entry: &FaqEntry) -> Result<()> {
    let key = question_key(&entry.question);
    match existing
        .iter()
        .find(|e| e.id != entry.id && question_key(&e.question) == key)
    {
        Some(other) => Err(CoreError::Conflict(format!(
            "the question {:?} is already entry {}",
            entry.question, other.id
        ))),
        None => Ok(()),
    }
}

fn plan(existing: &[FaqEntry], entries: &[FaqEntry]) -> ImportReport {
    let mut report = ImportReport::default();
    for e in entries {
        match existing.iter().find(|x| x.id == e.id) {
            None => report.added.push(e.id.clone()),
            Some(x) if x == e => report.unchanged.push(e.id.clone()),
            Some(_) => report.updated.push(e.id.clone()),
        }
    }
    report
}
