//! Reads the buyers' lines of a real chat log the way the engine would, to find readings no shop
//! owner would agree with (a goodbye read as anger, a "yes" answered from the FAQ). The log is
//! tab-separated like the JDDC sample (`../shared/eval/public/jddc-chatlog`): conversation,
//! user, speaker (`0` for the buyer), three more columns, the text. Unlabelled: it counts and
//! lists, it does not score.
//!
//! Run: `cargo run --release -p owldesk-engine --example chat_log -- LOG [FAQ.json] [--list KIND]`
//! where KIND is `upset`, `greeting`, `human`, `after_sale`, `bare_reply`, or (with an FAQ) an
//! action (`Answer`, `Clarify`, `Escalate`, `Greet`, `Ignore`) or a several-questions step
//! (`questions:2`, `questions:first_unanswered`). Without `--list` it prints the
//! counts. docs/ENGINE.md quotes its figures.

use std::collections::BTreeMap;

use anyhow::{Context, Result, bail};
use owldesk_domain::{FaqEntry, MessageKind, Mood, Thresholds};
use owldesk_engine::{
    ConversationView, Incoming, Knowledge, ShopProfile, decide, intents, mood, normalize,
};

fn main() -> Result<()> {
    let mut args = std::env::args().skip(1);
    let mut paths = Vec::new();
    let mut list = None;
    while let Some(a) = args.next() {
        if a == "--list" {
            list = Some(args.next().context("--list needs a kind")?);
        } else {
            paths.push(a);
        }
    }
    let [log, faq @ ..] = paths.as_slice() else {
        bail!("usage: chat_log LOG [FAQ.json] [--list KIND]");
    };
    let text = std::fs::read_to_string(log).with_context(|| format!("reading {log}"))?;
    let knowledge = faq.first().map(|path| load(path)).transpose()?;
    let now: jiff::Timestamp = "2026-11-21T03:00:00+08:00".parse()?;
    let view = ConversationView::default();
    let mut counts: BTreeMap<String, usize> = BTreeMap::new();
    for line in text.lines() {
        let cols: Vec<&str> = line.split('\t').collect();
        let [_, _, speaker, _, _, _, raw, ..] = cols.as_slice() else {
            continue;
        };
        if *speaker != "0" {
            continue;
        }
        let normalized = normalize(raw);
        let m = mood::read(raw, &normalized);
        let i = intents::read(&normalized);
        let mut kinds: Vec<(String, String)> = vec![("buyer lines".into(), String::new())];
        if m.mood == Mood::Upset {
            kinds.push(("upset".into(), m.cues.join(",")));
        }
        if i.greeting_only {
            kinds.push(("greeting".into(), String::new()));
        }
        if let Some(p) = &i.asks_human {
            kinds.push(("human".into(), p.clone()));
        }
        if let Some(p) = &i.after_sale {
            kinds.push(("after_sale".into(), p.clone()));
        }
        if i.bare_reply {
            kinds.push(("bare_reply".into(), String::new()));
        }
        if let Some(k) = &knowledge {
            let message = Incoming {
                text: raw,
                kind: MessageKind::Text,
            };
            let d = decide(k, &view, &message, now);
            let why = d
                .trace
                .candidates
                .first()
                .map(|c| format!("{} {:.2} [{}]", c.faq_id.as_str(), c.confidence, c.matched))
                .unwrap_or_default();
            for fired in d.trace.fired.iter().filter(|f| f.starts_with("questions:")) {
                kinds.push((fired.clone(), format!("{:?} {why}", d.action)));
            }
            kinds.push((format!("{:?}", d.action), why));
        }
        for (kind, why) in kinds {
            if list.as_deref() == Some(kind.as_str()) {
                println!("{why}\t{raw}");
            }
            *counts.entry(kind).or_default() += 1;
        }
    }
    if list.is_none() {
        for (kind, n) in counts {
            println!("{kind}\t{n}");
        }
    }
    Ok(())
}

fn load(path: &str) -> Result<Knowledge> {
    let json = std::fs::read_to_string(path).with_context(|| format!("reading {path}"))?;
    let faq: Vec<FaqEntry> =
        serde_json::from_str(&json).with_context(|| format!("parsing {path}"))?;
    let shop = ShopProfile {
        name: "shop".into(),
        greeting: "hi".into(),
    };
    Ok(Knowledge::build(
        faq,
        shop,
        Vec::new(),
        Thresholds::default(),
    ))
}
