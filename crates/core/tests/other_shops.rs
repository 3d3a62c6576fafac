//! Shops the engine's settings were never chosen on, measured like evaluation suites.
//!
//! Each folder under `tests/shops/` is a suite in the `owldesk eval` format (`faq.json` and
//! `cases.jsonl`, with a README describing the shop). They were written for the project by a
//! writer who saw neither the engine nor the development suites, the way buyers of such a shop
//! type, so a change that suits the development suites and not another shop shows here. Each
//! folder's `floors.json` holds the least the shop must measure, a little under what the engine
//! measured, and what was measured when the shop came in (`measured`); `owldesk eval
//! crates/core/tests/shops/NAME` prints the full report and the failures.
//!
//! One test per `floors.json`, found when this file is compiled: a shop added later is picked up
//! once the file is built again (`every_shop_has_floors` fails until its floors are written).

use std::path::{Path, PathBuf};

use owldesk_core::eval::{load_suite, run_suite};
use owldesk_domain::Thresholds;
use owldesk_engine::ShopProfile;
use serde::Deserialize;

/// The least a shop must measure, and what it measured when it came in.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Floors {
    precision: f64,
    auto_rate: f64,
    escalation_recall: f64,
    /// The figures when the shop came in and later (answer precision / auto rate / escalation
    /// recall, reason accuracy in brackets), and what kind of shop it is.
    measured: String,
}

fn shops_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/shops")
}

#[rstest::rstest]
fn another_shop_is_answered_right_and_handed_over_when_unsure(
    #[files("tests/shops/*/floors.json")] floors_file: PathBuf,
) {
    let dir = floors_file.parent().expect("a shop folder");
    let name = dir
        .file_name()
        .and_then(|n| n.to_str())
        .expect("a shop name");
    let raw = std::fs::read_to_string(&floors_file)
        .unwrap_or_else(|e| panic!("{}: {e}", floors_file.display()));
    let floors: Floors =
        serde_json::from_str(&raw).unwrap_or_else(|e| panic!("{}: {e}", floors_file.display()));
    let suite = load_suite(dir).unwrap_or_else(|e| panic!("the {name} suite loads: {e}"));
    let shop = ShopProfile {
        name: name.into(),
        greeting: "亲,您好!".into(),
    };
    let report = run_suite(&suite, &shop, Thresholds::default());
    let figure = |f: Option<f64>, what: &str| f.unwrap_or_else(|| panic!("{what} is measured"));
    let precision = figure(report.answer_precision, "answer_precision");
    let auto = figure(report.auto_rate, "auto_rate");
    let escalated = figure(report.escalation_recall, "escalation_recall");
    assert!(
        precision >= floors.precision,
        "{name}: answer precision {precision:.3} < {} (floors.json: {})",
        floors.precision,
        floors.measured
    );
    assert!(
        auto >= floors.auto_rate,
        "{name}: auto rate {auto:.3} < {} (floors.json: {})",
        floors.auto_rate,
        floors.measured
    );
    assert!(
        escalated >= floors.escalation_recall,
        "{name}: escalation recall {escalated:.3} < {} (floors.json: {})",
        floors.escalation_recall,
        floors.measured
    );
}

/// A shop without floors would never be measured.
#[test]
fn every_shop_has_floors() {
    let missing: Vec<String> = std::fs::read_dir(shops_dir())
        .expect("the shops folder")
        .map(|e| e.expect("a folder entry").path())
        .filter(|p| p.is_dir() && !p.join("floors.json").exists())
        .map(|p| p.display().to_string())
        .collect();
    assert!(missing.is_empty(), "shops without floors.json: {missing:?}");
}
