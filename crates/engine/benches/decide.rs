//! Decision latency and index build time at 100, 1,000 and 10,000 FAQ entries.
//!
//! The FAQ entries and the buyer messages are generated from the evaluation suites beside the
//! project (`../shared/eval`): every question, paraphrase and case text of every suite becomes
//! material, so the index holds real, varied shop and service language in Chinese and English.
//! Each size takes the first N texts as entries (one entry per text) and measures `decide` on
//! every case text of every suite, timing each call, then reports the median, p99 and maximum.
//! The suites are read at run time and never copied into the repository; without them the bench
//! says so and exits.
//!
//! Run: `cargo bench -p owldesk-engine --bench decide` (release profile). Results go in
//! docs/BENCHMARKS.md.

use owldesk_domain::{FaqEntry, FaqId, MessageKind, Thresholds};
use owldesk_engine::{ConversationView, Incoming, Knowledge, ShopProfile, decide};
use std::collections::{BTreeMap, HashSet};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

fn suites_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/eval")
}

/// Every suite folder (one with a cases.jsonl) under `root`.
fn suite_dirs(root: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![root.to_path_buf()];
    while let Some(dir) = stack.pop() {
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
        for e in entries.flatten() {
            let p = e.path();
            if p.is_dir() {
                stack.push(p);
            } else if p.file_name().is_some_and(|n| n == "cases.jsonl") {
                out.push(dir.clone());
            }
        }
    }
    out.sort();
    out
}

/// (texts for entries, texts for queries), deduplicated, in a stable order.
fn material(root: &Path) -> (Vec<String>, Vec<String>) {
    let mut seen = HashSet::new();
    let mut entries = Vec::new();
    let mut queries = Vec::new();
    for dir in suite_dirs(root) {
        if let Ok(faq) = std::fs::read_to_string(dir.join("faq.json"))
            && let Ok(list) = serde_json::from_str::<Vec<FaqEntry>>(&faq)
        {
            for e in list {
                for t in std::iter::once(e.question).chain(e.paraphrases) {
                    if seen.insert(t.clone()) {
                        entries.push(t);
                    }
                }
            }
        }
        let cases = std::fs::read_to_string(dir.join("cases.jsonl")).unwrap_or_default();
        for line in cases.lines() {
            let Ok(v) = serde_json::from_str::<serde_json::Value>(line) else {
                continue;
            };
            if let Some(t) = v.get("text").and_then(|t| t.as_str())
                && !t.trim().is_empty()
            {
                queries.push(t.to_owned());
                if seen.insert(t.to_owned()) {
                    entries.push(t.to_owned());
                }
            }
        }
    }
    (entries, queries)
}

fn knowledge(texts: &[String]) -> Knowledge {
    let faq = texts
        .iter()
        .enumerate()
        .map(|(i, t)| FaqEntry {
            id: FaqId(format!("e{i}")),
            question: t.clone(),
            paraphrases: Vec::new(),
            // An answer as long and as worded as a shop's: two other texts of the material.
            answer: format!(
                "{} {}",
                texts[(i + 1) % texts.len()],
                texts[(i + 2) % texts.len()]
            ),
            variants: BTreeMap::new(),
            tags: Vec::new(),
            enabled: true,
        })
        .collect();
    let shop = ShopProfile {
        name: "bench".into(),
        greeting: "hi".into(),
    };
    Knowledge::build(faq, shop, Vec::new(), Thresholds::default())
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    let i = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[i.min(sorted.len() - 1)]
}

fn micros(d: Duration) -> String {
    format!("{:.1} µs", d.as_secs_f64() * 1e6)
}

fn main() {
    // `cargo bench` passes `--bench`; `cargo test --benches` would pass nothing: run either way.
    let root = suites_dir();
    if !root.is_dir() {
        eprintln!(
            "skipping: {} not found (the suites live beside the project)",
            root.display()
        );
        return;
    }
    let (texts, queries) = material(&root);
    println!(
        "material: {} distinct texts, {} queries",
        texts.len(),
        queries.len()
    );
    let now: jiff::Timestamp = "2026-11-21T12:00:00Z"
        .parse()
        .unwrap_or(jiff::Timestamp::UNIX_EPOCH);
    println!("| entries | index build | decide median | decide p99 | decide max | queries |");
    println!("|---:|---:|---:|---:|---:|---:|");
    for size in [100usize, 1_000, 10_000] {
        let n = size.min(texts.len());
        let slice = &texts[..n];
        // Build three times, report the fastest (the first pays for lazy statics).
        let mut build = Duration::MAX;
        let mut k = knowledge(slice);
        for _ in 0..3 {
            let t = Instant::now();
            k = knowledge(slice);
            build = build.min(t.elapsed());
        }
        let view = ConversationView {
            order: None,
            offered: &[],
            held_by_person: false,
        };
        let mut times = Vec::with_capacity(queries.len() * 2);
        for round in 0..2 {
            for q in &queries {
                let t = Instant::now();
                let d = decide(
                    &k,
                    &view,
                    &Incoming {
                        text: q,
                        kind: MessageKind::Text,
                    },
                    now,
                );
                let el = t.elapsed();
                std::hint::black_box(d);
                if round > 0 {
                    times.push(el);
                }
            }
        }
        times.sort();
        println!(
            "| {n} | {:.1} ms | {} | {} | {} | {} |",
            build.as_secs_f64() * 1e3,
            micros(percentile(&times, 0.5)),
            micros(percentile(&times, 0.99)),
            micros(*times.last().unwrap_or(&Duration::ZERO)),
            times.len()
        );
    }
}
