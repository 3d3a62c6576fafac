//! The `owldesk` command line, run as a user would: ask, eval, faq import/export, backup/restore.

use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn owldesk(args: &[&str], data_dir: &Path) -> Output {
    Command::new(env!("CARGO_BIN_EXE_owldesk"))
        .args(args)
        .env("OWLDESK_DATA_DIR", data_dir)
        .output()
        .expect("owldesk runs")
}

fn fixture(name: &str) -> String {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
        .display()
        .to_string()
}

fn text(o: &Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&o.stdout),
        String::from_utf8_lossy(&o.stderr)
    )
}

#[test]
fn ask_shows_the_decision_and_its_trace() {
    let dir = tempfile::tempdir().unwrap();
    let faq = fixture("faq.json");
    let out = owldesk(
        &["ask", "几天能发货啊", "--faq", &faq, "--json"],
        dir.path(),
    );
    assert!(out.status.success(), "{}", text(&out));
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["action"], "answer", "{v}");
    assert_eq!(v["faq_id"], "ship_time");
    let out = owldesk(
        &[
            "ask",
            "几天能发货啊",
            "--faq",
            &faq,
            "--order-status",
            "已发货",
        ],
        dir.path(),
    );
    let t = text(&out);
    assert!(t.contains("ANSWER with ship_time"), "{t}");
    assert!(t.contains("单号"), "the shipped variant is used: {t}");
    assert!(t.contains("best matches"), "the trace is shown: {t}");
    let out = owldesk(&["ask", "", "--kind", "image", "--faq", &faq], dir.path());
    assert!(
        text(&out).contains("HAND TO A PERSON: media"),
        "{}",
        text(&out)
    );
    let out = owldesk(
        &["ask", "hi", "--order-status", "flying", "--faq", &faq],
        dir.path(),
    );
    assert!(!out.status.success(), "an unknown order status is refused");
    assert!(text(&out).contains("order.status"), "{}", text(&out));
}

#[test]
fn faq_import_export_round_trips_and_a_bad_csv_row_names_line_and_column() {
    let dir = tempfile::tempdir().unwrap();
    let out = owldesk(&["faq", "import", &fixture("faq.json")], dir.path());
    assert!(out.status.success(), "{}", text(&out));
    assert!(text(&out).contains("2 added"), "{}", text(&out));

    let out = owldesk(&["faq", "import", &fixture("bad_row.csv")], dir.path());
    assert!(!out.status.success(), "a bad row fails the import");
    let t = text(&out);
    assert!(
        t.contains("bad_row.csv line 3, column answer"),
        "names the file, line and column: {t}"
    );

    let csv = dir.path().join("out.csv");
    let out = owldesk(&["faq", "export", csv.to_str().unwrap()], dir.path());
    assert!(out.status.success(), "{}", text(&out));
    let exported = std::fs::read_to_string(&csv).unwrap();
    assert_eq!(
        exported.lines().count(),
        3,
        "header and the two good entries; nothing from the bad file"
    );
    let json = dir.path().join("out.json");
    owldesk(&["faq", "export", json.to_str().unwrap()], dir.path());
    let entries: Vec<Value> = serde_json::from_slice(&std::fs::read(&json).unwrap()).unwrap();
    assert_eq!(
        entries[0]["variants"]["已发货"],
        "亲,已经发出啦,{order.carrier}单号 {order.tracking_no}"
    );
}

#[test]
fn backup_and_restore_bring_the_shop_back() {
    let dir = tempfile::tempdir().unwrap();
    owldesk(&["faq", "import", &fixture("faq.json")], dir.path());
    let backup = dir.path().join("backup.sqlite3");
    let out = owldesk(&["backup", backup.to_str().unwrap()], dir.path());
    assert!(out.status.success(), "{}", text(&out));

    let other = tempfile::tempdir().unwrap();
    let out = owldesk(&["restore", backup.to_str().unwrap()], other.path());
    assert!(out.status.success(), "{}", text(&out));
    let csv = other.path().join("out.csv");
    owldesk(&["faq", "export", csv.to_str().unwrap()], other.path());
    assert_eq!(
        std::fs::read_to_string(&csv).unwrap().lines().count(),
        3,
        "the FAQ came back"
    );

    let junk = dir.path().join("junk.sqlite3");
    std::fs::write(&junk, "not a database").unwrap();
    let out = owldesk(&["restore", junk.to_str().unwrap()], other.path());
    assert!(
        !out.status.success(),
        "a file that is not a backup is refused"
    );
}

/// The evaluation suites live beside the project in `../shared/eval` on development machines and
/// CI, not in a user's clone.
fn shared_suite(name: &str) -> Option<PathBuf> {
    let p = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../../shared/eval")
        .join(name);
    p.join("cases.jsonl").exists().then_some(p)
}

#[test]
fn eval_prints_the_json_report() {
    let Some(suite) = shared_suite("haircolor-shop") else {
        eprintln!("skipping: ../shared/eval/haircolor-shop not found beside the project");
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let out = owldesk(&["eval", suite.to_str().unwrap(), "--json"], dir.path());
    assert!(out.status.success(), "{}", text(&out));
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    let s = &v["suites"][0];
    assert_eq!(s["name"], "haircolor-shop");
    assert_eq!(s["cases"], 326);
    for key in [
        "answer_precision",
        "auto_rate",
        "escalation_recall",
        "reason_accuracy",
        "accuracy",
        "upset_recall",
        "calm_false_alarm",
        "failures",
    ] {
        assert!(s.get(key).is_some(), "{key} is reported");
    }
    assert!(
        s["upset_recall"].is_null(),
        "a suite without mood cases has no mood figures"
    );
    assert!(s["accuracy"].as_f64().unwrap() > 0.0);
}

#[test]
fn eval_of_an_unreadable_suite_fails_naming_the_file() {
    let dir = tempfile::tempdir().unwrap();
    let suite = dir.path().join("broken");
    std::fs::create_dir(&suite).unwrap();
    std::fs::write(suite.join("faq.json"), "[]").unwrap();
    std::fs::write(
        suite.join("cases.jsonl"),
        "{\"id\":\"c1\",\"text\":\"hi\",\"expect\":{\"action\":\"greet\"}}\nnot json\n",
    )
    .unwrap();
    let out = owldesk(&["eval", suite.to_str().unwrap()], dir.path());
    assert!(!out.status.success(), "unreadable input exits non-zero");
    let t = text(&out);
    assert!(
        t.contains("cases.jsonl") && t.contains('2'),
        "names the file and line: {t}"
    );
}

#[test]
fn output_to_a_closed_pipe_ends_quietly() {
    // `owldesk ask ... | head -0`: the reader is gone before anything is written.
    let dir = tempfile::tempdir().unwrap();
    let mut child = Command::new(env!("CARGO_BIN_EXE_owldesk"))
        .args([
            "ask",
            "--faq",
            &fixture("faq.json"),
            "什么时候发货",
            "--json",
        ])
        .env("OWLDESK_DATA_DIR", dir.path())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("owldesk runs");
    drop(child.stdout.take());
    let out = child.wait_with_output().unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "exit {:?}: {err}", out.status);
    assert!(!err.contains("panicked"), "no panic: {err}");
}
