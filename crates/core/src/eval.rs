//! The evaluation harness of `../shared/eval/FORMAT.md`: how well the engine decides.
//!
//! [`load_suite`] reads a suite folder (`faq.json` and `cases.jsonl`), refusing unreadable input
//! with an [`EvalError`] that names the file, the line and what was wrong. [`run_suite`] feeds
//! every case to the engine as the first message of a new conversation (the case's order status
//! as an order with a made-up id, tracking number and courier; its kind; its `at` time on a fixed
//! date, or noon) and scores the decisions into a [`SuiteReport`]: the metrics of FORMAT.md
//! (a metric with no case to measure is `None`, JSON `null`), a confusion table and the
//! failures with their traces, worst first (a wrong answer is the worst outcome).
//!
//! It measures; it does not tune, and it never writes anything. To add a metric, add a field to
//! [`SuiteReport`], count it in [`run_suite`] and show it in [`SuiteReport::render_text`].

use std::collections::BTreeMap;
use std::fmt::Write as _;

use owldesk_domain::{
    Action, Candidate, Decision, EscalationReason, FaqId, Mood, Order, Thresholds,
};
use owldesk_engine::{ConversationView, Incoming, Knowledge, ShopProfile, decide};
use serde::Serialize;

mod suite;

use suite::parse_hhmm;
pub use suite::{Case, EvalError, Expect, Suite, load_suite};

/// The date every case is decided on (local time in UTC+8, the marketplaces' zone).
const EVAL_DATE: &str = "2026-11-21";
/// The local time of a case without `at`.
const NOON: jiff::civil::Time = jiff::civil::time(12, 0, 0, 0);
/// How many failures [`SuiteReport::render_text`] shows.
const SHOWN_FAILURES: usize = 20;
/// How many candidates a failure keeps from the trace.
const FAILURE_CANDIDATES: usize = 3;

/// One case the engine got wrong, with what it saw.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Failure {
    /// The case's id.
    pub id: String,
    /// What went wrong: `wrong_answer`, `missed_escalation`, `missed_answer`, `wrong_action`,
    /// `wrong_reason` or `wrong_mood` (most harmful first).
    pub kind: &'static str,
    /// The buyer's message.
    pub text: String,
    /// The expected outcome (`answer:ship_time`, `escalate:anger`, `greet`, `mood:upset`).
    pub expected: String,
    /// The decided outcome, in the same form.
    pub decided: String,
    /// The confidence of the best candidate.
    pub confidence: f32,
    /// The mood read and its score.
    pub mood: Mood,
    /// The mood score in [0, 1].
    pub mood_score: f32,
    /// The normalised text.
    pub normalized: String,
    /// The best candidates, best first.
    pub candidates: Vec<Candidate>,
    /// The rules and guards that fired.
    pub fired: Vec<String>,
    /// The engine's notes and mood cues.
    pub notes: Vec<String>,
}

/// The figures of one suite (FORMAT.md's metrics; `None` when no case measures one).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SuiteReport {
    /// The suite's name.
    pub name: String,
    /// Number of cases.
    pub cases: usize,
    /// Of the cases answered with an FAQ, the share answered with the expected one.
    pub answer_precision: Option<f64>,
    /// Of the cases expecting an answer, the share answered with the expected FAQ.
    pub auto_rate: Option<f64>,
    /// Of the cases expecting an escalation, the share escalated.
    pub escalation_recall: Option<f64>,
    /// Of the expected escalations made, the share with the expected reason.
    pub reason_accuracy: Option<f64>,
    /// Of the cases expecting an action, the share decided as expected (and the right FAQ).
    pub accuracy: Option<f64>,
    /// Of the upset mood cases, the share read as upset.
    pub upset_recall: Option<f64>,
    /// Of the calm mood cases, the share read as upset.
    pub calm_false_alarm: Option<f64>,
    /// Expected outcome → decided outcome → count (`escalate:anger` → `answer` → 3). An answer
    /// with another FAQ than expected shows as `answer:other_faq`.
    pub confusion: BTreeMap<String, BTreeMap<String, usize>>,
    /// The cases decided wrongly, most harmful first.
    pub failures: Vec<Failure>,
}

/// The instant a case is decided at: its `at` (or noon) on [`EVAL_DATE`], UTC+8.
fn case_time(case: &Case) -> jiff::Timestamp {
    let time = case.at.as_deref().and_then(parse_hhmm).unwrap_or(NOON);
    format!("{EVAL_DATE}T{time}+08:00")
        .parse()
        .unwrap_or(jiff::Timestamp::UNIX_EPOCH)
}

/// The made-up order a case's status stands for.
fn case_order(case: &Case) -> Option<Order> {
    case.order_status.map(|status| Order {
        id: format!("EVAL-{}", case.id),
        status,
        tracking_no: Some("YT7712345678".into()),
        carrier: Some("中通快递".into()),
        items: Vec::new(),
    })
}

/// What a suite is decided with: its FAQ in a fresh shop, with no rules of the shop's own.
pub fn suite_knowledge(suite: &Suite, shop: &ShopProfile, thresholds: Thresholds) -> Knowledge {
    Knowledge::build(suite.faq.clone(), shop.clone(), Vec::new(), thresholds)
}

/// A case's message decided on its own: no conversation, no order, the clock at the epoch. What
/// the measuring examples study; `run_suite` gives each case its own order and time.
pub fn decide_alone(knowledge: &Knowledge, case: &Case) -> Decision {
    let msg = Incoming {
        text: &case.text,
        kind: case.kind,
    };
    decide(
        knowledge,
        &ConversationView::default(),
        &msg,
        jiff::Timestamp::UNIX_EPOCH,
    )
}

/// Runs every case of `suite` and scores the decisions; see the module documentation.
pub fn run_suite(suite: &Suite, shop: &ShopProfile, thresholds: Thresholds) -> SuiteReport {
    let knowledge = suite_knowledge(suite, shop, thresholds);
    let mut tally = Tally::default();
    let mut failures: Vec<(usize, Failure)> = Vec::new();
    for case in &suite.cases {
        let order = case_order(case);
        let conv = ConversationView {
            order: order.as_ref(),
            offered: &[],
            held_by_person: false,
        };
        let msg = Incoming {
            text: &case.text,
            kind: case.kind,
        };
        let decision = decide(&knowledge, &conv, &msg, case_time(case));
        if let Some(kind) = tally.count(case, &decision) {
            failures.push((severity(kind), failure(case, &decision, kind)));
        }
    }
    // Worst first; the sort is stable, so cases keep their file order within a kind.
    failures.sort_by_key(|(rank, _)| *rank);
    SuiteReport {
        name: suite.name.clone(),
        cases: suite.cases.len(),
        answer_precision: ratio(tally.right_answers, tally.answered),
        auto_rate: ratio(tally.right_answers, tally.expect_answer),
        escalation_recall: ratio(tally.escalated, tally.expect_escalate),
        reason_accuracy: ratio(tally.right_reason, tally.reason_scored),
        accuracy: ratio(tally.right_action, tally.action_cases),
        upset_recall: ratio(tally.upset_read, tally.upset_cases),
        calm_false_alarm: ratio(tally.calm_alarmed, tally.calm_cases),
        confusion: tally.confusion,
        failures: failures.into_iter().map(|(_, f)| f).collect(),
    }
}

/// Counters behind the metrics.
#[derive(Default)]
struct Tally {
    answered: usize,
    right_answers: usize,
    expect_answer: usize,
    expect_escalate: usize,
    escalated: usize,
    reason_scored: usize,
    right_reason: usize,
    action_cases: usize,
    right_action: usize,
    upset_cases: usize,
    upset_read: usize,
    calm_cases: usize,
    calm_alarmed: usize,
    confusion: BTreeMap<String, BTreeMap<String, usize>>,
}

impl Tally {
    /// Counts one decided case; returns what went wrong, if anything.
    fn count(&mut self, case: &Case, d: &Decision) -> Option<&'static str> {
        let e = &case.expect;
        if let Some(expected) = e.mood {
            let read = d.trace.mood;
            self.note(mood_label(expected), mood_label(read));
            match expected {
                Mood::Upset => {
                    self.upset_cases += 1;
                    self.upset_read += usize::from(read == Mood::Upset);
                }
                Mood::Calm => {
                    self.calm_cases += 1;
                    self.calm_alarmed += usize::from(read == Mood::Upset);
                }
            }
            return (read != expected).then_some("wrong_mood");
        }
        let expected = e.action?;
        self.action_cases += 1;
        let answered = d.action == Action::Answer;
        let right_faq = answered && d.faq_id == e.faq;
        self.answered += usize::from(answered);
        let decided = if expected == Action::Answer && answered && !right_faq {
            "answer:other_faq".to_owned()
        } else {
            action_label(d.action, d.reason)
        };
        self.note(action_label(expected, e.reason), decided);
        let right_action = match expected {
            Action::Answer => {
                self.expect_answer += 1;
                self.right_answers += usize::from(right_faq);
                right_faq
            }
            Action::Escalate => {
                self.expect_escalate += 1;
                let escalated = d.action == Action::Escalate;
                self.escalated += usize::from(escalated);
                if escalated && let Some(reason) = e.reason {
                    self.reason_scored += 1;
                    let right = d.reason == Some(reason);
                    self.right_reason += usize::from(right);
                    if !right {
                        self.right_action += 1;
                        return Some("wrong_reason");
                    }
                }
                escalated
            }
            other => d.action == other,
        };
        self.right_action += usize::from(right_action);
        if right_action {
            None
        } else if answered {
            Some("wrong_answer")
        } else if expected == Action::Escalate {
            Some("missed_escalation")
        } else if expected == Action::Answer {
            Some("missed_answer")
        } else {
            Some("wrong_action")
        }
    }

    fn note(&mut self, expected: String, decided: String) {
        *self
            .confusion
            .entry(expected)
            .or_default()
            .entry(decided)
            .or_default() += 1;
    }
}

fn severity(kind: &str) -> usize {
    [
        "wrong_answer",
        "missed_escalation",
        "missed_answer",
        "wrong_action",
        "wrong_reason",
    ]
    .iter()
    .position(|k| *k == kind)
    .unwrap_or(5)
}

fn action_label(action: Action, reason: Option<EscalationReason>) -> String {
    match (action, reason) {
        (Action::Escalate, Some(r)) => format!("escalate:{}", r.as_str()),
        (a, _) => a.as_str().to_owned(),
    }
}

fn mood_label(mood: Mood) -> String {
    match mood {
        Mood::Upset => "mood:upset".into(),
        Mood::Calm => "mood:calm".into(),
    }
}

fn outcome(action: Action, faq: Option<&FaqId>, reason: Option<EscalationReason>) -> String {
    match (action, faq) {
        (Action::Answer, Some(id)) => format!("answer:{id}"),
        _ => action_label(action, reason),
    }
}

fn failure(case: &Case, d: &Decision, kind: &'static str) -> Failure {
    let e = &case.expect;
    let (expected, decided) = match e.mood {
        Some(m) => (mood_label(m), mood_label(d.trace.mood)),
        None => (
            e.action
                .map_or_else(String::new, |a| outcome(a, e.faq.as_ref(), e.reason)),
            outcome(d.action, d.faq_id.as_ref(), d.reason),
        ),
    };
    let mut notes = d.trace.notes.clone();
    if !d.trace.mood_cues.is_empty() {
        notes.push(format!("mood cues: {}", d.trace.mood_cues.join(", ")));
    }
    Failure {
        id: case.id.clone(),
        kind,
        text: case.text.clone(),
        expected,
        decided,
        confidence: d.confidence,
        mood: d.trace.mood,
        mood_score: d.trace.mood_score,
        normalized: d.trace.normalized.clone(),
        candidates: d
            .trace
            .candidates
            .iter()
            .take(FAILURE_CANDIDATES)
            .cloned()
            .collect(),
        fired: d.trace.fired.clone(),
        notes,
    }
}

fn ratio(part: usize, whole: usize) -> Option<f64> {
    (whole > 0).then(|| part as f64 / whole as f64)
}

impl SuiteReport {
    /// A human-readable summary: the metrics, the confusion table and the first failures with
    /// their traces.
    pub fn render_text(&self) -> String {
        let mut out = String::new();
        let _ = writeln!(out, "suite {} ({} cases)", self.name, self.cases);
        let metrics = [
            ("answer_precision", self.answer_precision),
            ("auto_rate", self.auto_rate),
            ("escalation_recall", self.escalation_recall),
            ("reason_accuracy", self.reason_accuracy),
            ("accuracy", self.accuracy),
            ("upset_recall", self.upset_recall),
            ("calm_false_alarm", self.calm_false_alarm),
        ];
        for (name, value) in metrics {
            if let Some(v) = value {
                let _ = writeln!(out, "  {name:<18} {v:.3}");
            }
        }
        let _ = writeln!(out, "  confusion (expected -> decided):");
        for (expected, decided) in &self.confusion {
            let row: Vec<String> = decided.iter().map(|(d, n)| format!("{d} {n}")).collect();
            let _ = writeln!(out, "    {expected:<22} {}", row.join(", "));
        }
        let shown = self.failures.len().min(SHOWN_FAILURES);
        let _ = writeln!(
            out,
            "  failures: {} (first {shown} shown, worst first)",
            self.failures.len()
        );
        for f in self.failures.iter().take(SHOWN_FAILURES) {
            let _ = writeln!(out, "    {} [{}] {:?}", f.id, f.kind, f.text);
            let _ = writeln!(
                out,
                "      expected {}, decided {} (confidence {:.2}, mood {} {:.2})",
                f.expected,
                f.decided,
                f.confidence,
                if f.mood == Mood::Upset {
                    "upset"
                } else {
                    "calm"
                },
                f.mood_score
            );
            let _ = writeln!(out, "      normalized {:?}", f.normalized);
            for c in &f.candidates {
                let _ = writeln!(
                    out,
                    "      - {} {:.2} via {:?}",
                    c.faq_id, c.confidence, c.matched
                );
            }
            if !f.fired.is_empty() {
                let _ = writeln!(out, "      fired: {}", f.fired.join(", "));
            }
            for n in &f.notes {
                let _ = writeln!(out, "      note: {n}");
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const FAQ: &str = r#"[
      {"id": "ship_time", "question": "什么时候发货", "paraphrases": ["几天发货", "when do you ship"],
       "answer": "48小时内发货", "variants": {"已发货": "已发出,单号 {order.tracking_no}"}},
      {"id": "colors", "question": "有哪些颜色", "paraphrases": ["有几个颜色"], "answer": "九个颜色"}
    ]"#;

    fn suite_dir(faq: &str, cases: &str) -> tempfile::TempDir {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("faq.json"), faq).unwrap();
        std::fs::write(dir.path().join("cases.jsonl"), cases).unwrap();
        dir
    }

    /// One line of cases.jsonl.
    fn line(id: &str, text: &str, rest: &str) -> String {
        format!(r#"{{"id": "{id}", "text": "{text}", {rest}}}"#)
    }

    fn answer(faq: &str) -> String {
        format!(r#""expect": {{"action": "answer", "faq": "{faq}"}}"#)
    }

    fn escalate(reason: &str) -> String {
        format!(r#""expect": {{"action": "escalate", "reason": "{reason}"}}"#)
    }

    fn shop() -> ShopProfile {
        ShopProfile {
            name: "测试店".into(),
            greeting: "您好".into(),
        }
    }

    #[test]
    fn metrics_follow_format_md() {
        let cases = [
            line("a1", "什么时候发货", &answer("ship_time")),
            line(
                "a2",
                "有哪些颜色",
                &format!(r#""order_status": "已发货", {}"#, answer("colors")),
            ),
            line("a3", "有哪些颜色", &answer("ship_time")),
            line("e1", "什么垃圾 我要投诉", &escalate("anger")),
            line(
                "e2",
                "",
                &format!(r#""kind": "image", {}"#, escalate("human")),
            ),
            line("e3", "有哪些颜色", &escalate("unknown")),
            line(
                "g1",
                "在吗",
                r#""at": "03:10", "expect": {"action": "greet"}"#,
            ),
        ];
        let dir = suite_dir(FAQ, &cases.join("\n"));
        let suite = load_suite(dir.path()).unwrap();
        assert_eq!(suite.cases.len(), 7);
        let r = run_suite(&suite, &shop(), Thresholds::default());
        // Answered: a1 (right), a2 (right), a3 (colors, wrong), e3 (colors, not expected).
        assert_eq!(
            r.answer_precision,
            Some(2.0 / 4.0),
            "2 of 4 answers were expected: {r:#?}"
        );
        assert_eq!(
            r.auto_rate,
            Some(2.0 / 3.0),
            "2 of 3 answer cases answered right"
        );
        assert_eq!(
            r.escalation_recall,
            Some(2.0 / 3.0),
            "e1 and e2 escalated, e3 answered"
        );
        assert_eq!(r.reason_accuracy, Some(1.0 / 2.0), "e2 is media, not human");
        assert_eq!(
            r.accuracy,
            Some(5.0 / 7.0),
            "a1 a2 e1 e2 g1 right; a3 e3 wrong"
        );
        assert_eq!(r.upset_recall, None, "no mood case: no figure");
        assert_eq!(r.calm_false_alarm, None);
        assert_eq!(
            r.confusion["answer"]["answer:other_faq"], 1,
            "a3 in the confusion table"
        );
        assert_eq!(
            r.confusion["escalate:unknown"]["answer"], 1,
            "e3 in the confusion table"
        );
        let kinds: Vec<(&str, &str)> = r.failures.iter().map(|f| (f.id.as_str(), f.kind)).collect();
        assert_eq!(
            kinds,
            [
                ("a3", "wrong_answer"),
                ("e3", "wrong_answer"),
                ("e2", "wrong_reason")
            ],
            "failures are listed worst first"
        );
        let json = serde_json::to_value(&r).unwrap();
        assert!(
            json["upset_recall"].is_null(),
            "a metric without cases is null in JSON"
        );
        assert!(
            r.render_text().contains("answer_precision"),
            "{}",
            r.render_text()
        );
    }

    #[test]
    fn mood_cases_score_the_mood_reading_only() {
        let cases = [
            r#"{"id": "m1", "text": "垃圾东西 骗子", "expect": {"mood": "upset"}}"#,
            r#"{"id": "m2", "text": "很好用 会回购", "expect": {"mood": "calm"}}"#,
            r#"{"id": "m3", "text": "还行吧", "expect": {"mood": "upset"}}"#,
        ];
        let dir = suite_dir("[]", &cases.join("\n"));
        let r = run_suite(
            &load_suite(dir.path()).unwrap(),
            &shop(),
            Thresholds::default(),
        );
        assert_eq!(r.upset_recall, Some(0.5), "m1 read as upset, m3 not");
        assert_eq!(r.calm_false_alarm, Some(0.0), "m2 read as calm");
        assert_eq!(
            r.answer_precision, None,
            "a mood suite has no answer figures"
        );
        assert_eq!(r.accuracy, None);
        assert_eq!(r.failures.len(), 1);
        assert_eq!(r.failures[0].kind, "wrong_mood");
    }

    #[test]
    fn a_malformed_line_names_the_file_and_line() {
        let good = line("c1", "在吗", r#""expect": {"action": "greet"}"#);
        let cases = format!("{good}\n\n{}", r#"{"id": "c2", "text": "x""#);
        let dir = suite_dir(FAQ, &cases);
        let err = load_suite(dir.path()).unwrap_err();
        let msg = err.to_string();
        assert!(
            matches!(err, EvalError::Syntax { line: 3, .. }),
            "the broken case is on line 3: {msg}"
        );
        assert!(msg.contains("cases.jsonl:3:"), "names file and line: {msg}");
    }

    #[test]
    fn a_case_naming_an_unknown_faq_is_refused() {
        let case = r#"{"id": "c1", "text": "x", "expect": {"action": "answer", "faq": "nope"}}"#;
        let dir = suite_dir(FAQ, case);
        let msg = load_suite(dir.path()).unwrap_err().to_string();
        assert!(
            msg.contains("cases.jsonl:1") && msg.contains("nope"),
            "{msg}"
        );
    }

    #[test]
    fn a_missing_file_is_named() {
        let dir = tempfile::tempdir().unwrap();
        let msg = load_suite(dir.path()).unwrap_err().to_string();
        assert!(msg.contains("faq.json"), "names the missing file: {msg}");
    }
}
