//! The eval smoke check: run `owldesk eval` over the suites of `../shared/eval` and hold each
//! suite's figures to the floors of [`crate::eval_floor`].
//!
//! The suites are measurements kept beside the repository, not in it; a checkout without them
//! skips this check (with a message) rather than failing. A suite is any folder under
//! `../shared/eval` holding a `cases.jsonl`. This is a smoke check, not the measurement: the
//! figures and failures themselves are read with `owldesk eval SUITE_DIR`.
//!
//! The JSON report is read loosely on purpose: a list of suite reports (or `{"suites": [...]}`, or
//! one suite report), each naming its suite in `suite`, `name` or `path`, with its figures either
//! at top level or under `metrics`. A figure that is `null` or absent is "not applicable".

use anyhow::{Context, Result, bail};
use serde_json::{Map, Value};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use crate::eval_floor::{self, Floor};
use crate::{cmd, owldesk};

/// Where the suites live, relative to the workspace root.
const EVAL_DIR: &str = "../shared/eval";

/// How deep below [`EVAL_DIR`] to look for suites (`public/atec-faq` is two levels down).
const MAX_DEPTH: usize = 3;

/// Runs the smoke check, or skips it when `../shared/eval` is absent.
///
/// # Errors
/// When `owldesk` cannot be built, `owldesk eval` fails or prints something other than the
/// expected JSON, a suite is missing from its report, or a figure is below its floor.
pub fn smoke_check() -> Result<()> {
    let eval_dir = cmd::workspace_root().join(EVAL_DIR);
    if !eval_dir.is_dir() {
        println!("skipping eval smoke check: {EVAL_DIR} not found");
        return Ok(());
    }
    let suites = find_suites(&eval_dir)?;
    if suites.is_empty() {
        println!("skipping eval smoke check: no suite (a folder with cases.jsonl) in {EVAL_DIR}");
        return Ok(());
    }
    let binary = owldesk::build_as_tested(owldesk::Lock::Locked)?;
    let mut eval = Command::new(binary);
    eval.arg("eval")
        .args(&suites)
        .arg("--json")
        .stderr(Stdio::inherit())
        .current_dir(cmd::workspace_root());
    println!("$ owldesk eval <{} suites> --json", suites.len());
    let stdout = cmd::output(&mut eval)?;
    let report: Value = serde_json::from_str(&stdout)
        .context("`owldesk eval --json` did not print a JSON document")?;
    let reports = suite_reports(&report)?;
    check(&suites, &reports)
}

/// Folders under `dir` (at most [`MAX_DEPTH`] deep) that hold a `cases.jsonl`, sorted.
fn find_suites(dir: &Path) -> Result<Vec<PathBuf>> {
    let mut suites = Vec::new();
    let mut pending = vec![(dir.to_path_buf(), 0)];
    while let Some((dir, depth)) = pending.pop() {
        if dir.join("cases.jsonl").is_file() {
            suites.push(dir.clone());
        }
        if depth == MAX_DEPTH {
            continue;
        }
        let entries =
            std::fs::read_dir(&dir).with_context(|| format!("could not list {}", dir.display()))?;
        for entry in entries {
            let path = entry?.path();
            if path.is_dir() {
                pending.push((path, depth + 1));
            }
        }
    }
    suites.sort();
    Ok(suites)
}

/// One suite's figures from the report.
struct SuiteReport<'a> {
    name: String,
    metrics: &'a Map<String, Value>,
}

/// The suite reports in `report`, in the shapes the module docs describe.
fn suite_reports(report: &Value) -> Result<Vec<SuiteReport<'_>>> {
    let items: Vec<&Value> = match report {
        Value::Array(items) => items.iter().collect(),
        Value::Object(obj) => match obj.get("suites") {
            Some(Value::Array(items)) => items.iter().collect(),
            Some(_) => bail!("`suites` in the eval report is not a list"),
            None => vec![report],
        },
        _ => bail!("the eval report is neither a list of suites nor an object"),
    };
    items
        .into_iter()
        .enumerate()
        .map(|(i, item)| {
            let obj = item
                .as_object()
                .with_context(|| format!("suite report #{} is not an object", i + 1))?;
            let name = ["suite", "name", "path", "dir"]
                .iter()
                .find_map(|key| obj.get(*key).and_then(Value::as_str))
                .map(suite_name)
                .with_context(|| {
                    format!(
                        "suite report #{} names no suite (suite, name or path)",
                        i + 1
                    )
                })?;
            let metrics = obj.get("metrics").and_then(Value::as_object).unwrap_or(obj);
            Ok(SuiteReport { name, metrics })
        })
        .collect()
}

/// A suite's name: the last component of its path (`../shared/eval/public/atec-faq` → `atec-faq`).
fn suite_name(s: &str) -> String {
    s.trim_end_matches(['/', '\\'])
        .rsplit(['/', '\\'])
        .next()
        .unwrap_or(s)
        .to_owned()
}

/// Checks every suite we asked about against its floors; lists every problem, not just the first.
fn check(suites: &[PathBuf], reports: &[SuiteReport<'_>]) -> Result<()> {
    let mut problems = Vec::new();
    for suite in suites {
        let name = suite_name(&suite.to_string_lossy());
        let Some(report) = reports.iter().find(|r| r.name == name) else {
            problems.push(format!("{name}: missing from the eval report"));
            continue;
        };
        let mut figures = Vec::new();
        for floor in eval_floor::floors_for(&name) {
            match check_floor(report, floor) {
                Ok(figure) => figures.push(figure),
                Err(problem) => {
                    figures.push(format!("{} FAILS", floor.metric));
                    problems.push(format!("{name}: {problem}"));
                }
            }
        }
        println!("  {name:<16} {}", figures.join("  "));
    }
    if !problems.is_empty() {
        bail!(
            "{} eval figure(s) below their floor in xtask/src/eval_floor.rs:\n  {}",
            problems.len(),
            problems.join("\n  ")
        );
    }
    Ok(())
}

/// One figure against its floor: `Ok` with the figure for display, or the problem.
fn check_floor(report: &SuiteReport<'_>, floor: &Floor) -> Result<String, String> {
    match report.metrics.get(floor.metric).and_then(Value::as_f64) {
        Some(value) if floor.bound.accepts(value) => Ok(format!("{}={value:.3}", floor.metric)),
        Some(value) => Err(format!(
            "{} is {value:.3}, the floor is {}",
            floor.metric, floor.bound
        )),
        None if floor.bound.is_open() => Ok(format!("{}=n/a", floor.metric)),
        None => Err(format!(
            "{} is not in the report, the floor is {}",
            floor.metric, floor.bound
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn finds_suites_at_any_level_and_skips_other_folders() {
        let dir = tempfile::tempdir().unwrap();
        for suite in ["shop-a", "public/b", "public/licenses"] {
            std::fs::create_dir_all(dir.path().join(suite)).unwrap();
        }
        std::fs::write(dir.path().join("shop-a/cases.jsonl"), "").unwrap();
        std::fs::write(dir.path().join("public/b/cases.jsonl"), "").unwrap();
        let found = find_suites(dir.path()).unwrap();
        assert_eq!(
            found,
            [dir.path().join("public/b"), dir.path().join("shop-a")],
            "only folders holding cases.jsonl are suites, sorted"
        );
    }

    #[test]
    fn reads_a_list_of_suites_with_nested_metrics() {
        let report = json!([
            {"suite": "../shared/eval/public/atec-faq", "metrics": {"accuracy": 0.5}},
            {"name": "haircolor-shop", "accuracy": 0.7}
        ]);
        let reports = suite_reports(&report).unwrap();
        let names: Vec<&str> = reports.iter().map(|r| r.name.as_str()).collect();
        assert_eq!(
            names,
            ["atec-faq", "haircolor-shop"],
            "suites named by folder"
        );
        assert_eq!(
            reports[1].metrics.get("accuracy").and_then(Value::as_f64),
            Some(0.7),
            "top-level figures are read when there is no `metrics` object"
        );
    }

    #[test]
    fn a_suite_missing_from_the_report_fails() {
        let report = json!({"suites": [{"suite": "haircolor-shop", "accuracy": 0.9}]});
        let reports = suite_reports(&report).unwrap();
        let suites = [PathBuf::from("x/haircolor-shop"), PathBuf::from("x/bq-faq")];
        let err = check(&suites, &reports).unwrap_err().to_string();
        assert!(
            err.contains("bq-faq: missing"),
            "the missing suite is named: {err}"
        );
    }

    #[test]
    fn a_figure_below_its_floor_fails_and_an_open_floor_tolerates_absence() {
        let metrics = json!({"accuracy": 0.2, "upset_recall": null});
        let report = SuiteReport {
            name: "s".into(),
            metrics: metrics.as_object().unwrap(),
        };
        let strict = Floor {
            metric: "accuracy",
            bound: eval_floor::Bound::AtLeast(0.5),
        };
        assert!(check_floor(&report, &strict).is_err(), "0.2 is below 0.5");
        let open = Floor {
            metric: "upset_recall",
            bound: eval_floor::Bound::AtLeast(0.0),
        };
        assert!(
            check_floor(&report, &open).is_ok(),
            "a floor of 0 accepts a suite without mood cases"
        );
    }
}
