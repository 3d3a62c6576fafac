//! A suite's files read and checked: `faq.json` and `cases.jsonl` of FORMAT.md, with an
//! [`EvalError`] naming the file, the line and what was wrong.

use std::collections::HashSet;
use std::path::{Path, PathBuf};

use owldesk_domain::{Action, EscalationReason, FaqEntry, FaqId, MessageKind, Mood, OrderStatus};
use serde::{Deserialize, Serialize};
use thiserror::Error;

/// Unreadable suite input: which file, where, and what was wrong.
#[derive(Debug, Error)]
pub enum EvalError {
    /// The file could not be read.
    #[error("cannot read {path}: {source}")]
    Io {
        /// The file.
        path: PathBuf,
        /// Why.
        source: std::io::Error,
    },
    /// The file is not the JSON FORMAT.md describes.
    #[error("{path}:{line}:{column}: {message}")]
    Syntax {
        /// The file.
        path: PathBuf,
        /// 1-based line.
        line: usize,
        /// 1-based column.
        column: usize,
        /// What was wrong.
        message: String,
    },
    /// The JSON is well-formed but a value breaks FORMAT.md's rules.
    #[error("{path}:{line}: {message}")]
    Invalid {
        /// The file.
        path: PathBuf,
        /// 1-based line (for `faq.json`, the line where the entry starts).
        line: usize,
        /// What was wrong.
        message: String,
    },
}

/// What a case expects the engine to do.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Expect {
    /// The expected action (absent for mood cases).
    #[serde(default)]
    pub action: Option<Action>,
    /// The expected FAQ entry, for `answer`.
    #[serde(default)]
    pub faq: Option<FaqId>,
    /// The expected escalation reason, for `escalate`.
    #[serde(default)]
    pub reason: Option<EscalationReason>,
    /// The expected mood reading (instead of `action`).
    #[serde(default)]
    pub mood: Option<Mood>,
}

/// One line of `cases.jsonl`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Case {
    /// The case's id.
    pub id: String,
    /// The buyer's message, exactly as typed.
    #[serde(default)]
    pub text: String,
    /// What the message holds (`text` unless given).
    #[serde(default)]
    pub kind: MessageKind,
    /// The order attached to the conversation, if any.
    #[serde(default)]
    pub order_status: Option<OrderStatus>,
    /// Local time of the message, `HH:MM`.
    #[serde(default)]
    pub at: Option<String>,
    /// What the engine should do.
    pub expect: Expect,
}

/// A suite: its name (the folder's), its FAQ and its cases.
#[derive(Debug, Clone, PartialEq)]
pub struct Suite {
    /// The folder's name.
    pub name: String,
    /// The FAQ the cases are answered from (may be empty: mood suites).
    pub faq: Vec<FaqEntry>,
    /// The cases, in file order.
    pub cases: Vec<Case>,
}

/// Reads the suite in `dir`: `faq.json` (a JSON array, may be empty) and `cases.jsonl`.
///
/// # Errors
/// [`EvalError`] naming the file and line: a missing or unreadable file, bad JSON, a case
/// without `action` or `mood`, an answer case without `faq` or naming an entry `faq.json` lacks,
/// an `at` that is not `HH:MM`, duplicate case or FAQ ids.
pub fn load_suite(dir: &Path) -> Result<Suite, EvalError> {
    let faq_path = dir.join("faq.json");
    let faq_text = read(&faq_path)?;
    let faq: Vec<FaqEntry> = serde_json::from_str(&faq_text).map_err(|e| EvalError::Syntax {
        path: faq_path.clone(),
        line: e.line(),
        column: e.column(),
        message: e.to_string(),
    })?;
    let mut ids = HashSet::new();
    for (i, entry) in faq.iter().enumerate() {
        if !ids.insert(entry.id.clone()) {
            return Err(EvalError::Invalid {
                line: entry_line(&faq_text, &entry.id).unwrap_or(1),
                path: faq_path,
                message: format!("entry {} repeats the id {:?}", i + 1, entry.id.as_str()),
            });
        }
    }

    let cases_path = dir.join("cases.jsonl");
    let cases_text = read(&cases_path)?;
    let mut cases = Vec::new();
    let mut case_ids = HashSet::new();
    for (i, line) in cases_text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let line_no = i + 1;
        let case: Case = serde_json::from_str(line).map_err(|e| EvalError::Syntax {
            path: cases_path.clone(),
            line: line_no,
            column: e.column(),
            message: e.to_string(),
        })?;
        let invalid = |message: String| EvalError::Invalid {
            path: cases_path.clone(),
            line: line_no,
            message,
        };
        check_case(&case, &ids).map_err(invalid)?;
        if !case_ids.insert(case.id.clone()) {
            return Err(invalid(format!("case id {:?} is used twice", case.id)));
        }
        cases.push(case);
    }
    let name = dir.file_name().map_or_else(
        || dir.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    );
    Ok(Suite { name, faq, cases })
}

fn read(path: &Path) -> Result<String, EvalError> {
    std::fs::read_to_string(path).map_err(|source| EvalError::Io {
        path: path.to_owned(),
        source,
    })
}

/// The line where the entry with `id` starts, for error messages (best effort).
fn entry_line(text: &str, id: &FaqId) -> Option<usize> {
    let needle = format!("\"{}\"", id.as_str());
    let last = text
        .lines()
        .enumerate()
        .filter(|(_, l)| l.contains(&needle))
        .last()?;
    Some(last.0 + 1)
}

fn check_case(case: &Case, faq_ids: &HashSet<FaqId>) -> Result<(), String> {
    let e = &case.expect;
    let problem = match (e.action, e.mood, &e.faq) {
        (None, None, _) => Some("expect has neither action nor mood".to_owned()),
        (Some(_), Some(_), _) => Some("expect has both action and mood".to_owned()),
        (Some(Action::Answer), _, None) => Some("an answer case needs expect.faq".to_owned()),
        (Some(Action::Answer), _, Some(id)) if !faq_ids.contains(id) => {
            Some(format!("expect.faq {:?} is not in faq.json", id.as_str()))
        }
        _ => case
            .at
            .as_deref()
            .filter(|at| parse_hhmm(at).is_none())
            .map(|at| format!("at {at:?} is not a time HH:MM")),
    };
    problem.map_or(Ok(()), |p| Err(format!("case {:?}: {p}", case.id)))
}

pub(super) fn parse_hhmm(at: &str) -> Option<jiff::civil::Time> {
    let (h, m) = at.trim().split_once(':')?;
    jiff::civil::Time::new(h.parse().ok()?, m.parse().ok()?, 0, 0).ok()
}
