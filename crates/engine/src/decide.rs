//! The decision for one buyer message: DESIGN.md §2 as code.
//!
//! [`decide`] first reads the message completely (normalised text, terms, FAQ candidates, mood,
//! intents), so every decision carries the same full trace, then decides in this order:
//!
//! 0. a conversation a person owns gets `ignore` (with the best answer as a draft); an empty
//!    text message gets `ignore`;
//! 1. the shop's rules ([`crate::rules`]): `escalate` (reason `rule`) or `answer`, which skips
//!    step 2;
//! 2. the guards: media (image, video, file; any text with it is not read), an upset buyer
//!    (`anger`), an after-sale request, a request for a person; a calm request only to cancel
//!    is answered where the FAQ explains cancelling, and a report only of goods not come where
//!    the order is shipped in parts and an entry has the answer for that
//!    ([`crate::partly_shipped`]);
//! 3. a reply to a clarifying question (`1`, `第二个`, or clearly one of the offered questions);
//! 4. a greeting or thanks with no question gets the shop's greeting; a bare yes or no (`没有`,
//!    `不是`) answers something said before, and data given for a person to act on (a mobile
//!    number, an address, an order number alone: [`crate::given`]) is no question, nor is an
//!    invoice made out wrong (`发票抬头写错了`), which a person reissues: all are escalated as
//!    `unknown`;
//! 5. several questions in one message ([`crate::questions`]): each answered surely → `answer`
//!    with all the answers; the message's best match answering only a later one → `escalate`
//!    (`unknown`), since the first would go unanswered;
//! 6. the FAQ match: confident enough → `answer` with the variant for the order's status,
//!    filled; an order shipped in parts asked after → the entry written for it; two or more
//!    candidates at or above the clarify threshold → `clarify` with the top two or three;
//!    otherwise `escalate` as `unknown`.
//!
//! It is pure: no I/O, no clock (`now` is passed in for rules that will need it). To add a step,
//! put it where DESIGN.md says it belongs and name it in `trace.fired` or `trace.notes`.

use jiff::Timestamp;
use owldesk_domain::{Action, Candidate, Decision, EscalationReason, FaqEntry, FaqId, Mood, Trace};

use crate::edges;
use crate::given::Given;
use crate::index::{Match, plausibility};
use crate::intents::{self, Intents};
use crate::mood::{self, MoodReading};
use crate::normalize::has_han;
use crate::partly_shipped;
use crate::questions::{questions, without_elsewhere, without_reports};
use crate::rules::{self, RuleInput, RuleOutcome};
use crate::tokenize::{asked, clauses, tokenize};
use crate::typed_pinyin::spell_out;
use crate::{ConversationView, Incoming, Knowledge, fill, normalize};

/// Most questions a clarifying reply offers.
const MAX_OFFERED: usize = 3;
/// The share of a message's weight an entry must hold for the message to fit it completely.
const FULL_COVER: f32 = 0.9;
/// The least share of a message's weight a clause must hold for an entry that fits the clause
/// completely to be a plausible reading of the message. A generic clause (`多少钱`, `能退不`)
/// after words the FAQ does not know (`陵水清水湾那边的酒店能送车吗 多少钱`), or an English word
/// set apart by spaces in a Chinese sentence (`你们的 class 可以带小孩吗`), is no question the
/// two entries it fits could answer.
const PLAUSIBLE_PART: f32 = 0.15;

/// Everything read from one message before deciding.
struct Reading {
    normalized: String,
    tokens: Vec<String>,
    found: Match,
    mood: MoodReading,
    intents: Intents,
}

/// The decision for one buyer message; see the module documentation for the order of steps.
pub fn decide(
    k: &Knowledge,
    conv: &ConversationView<'_>,
    msg: &Incoming<'_>,
    now: Timestamp,
) -> Decision {
    // No step of the first cut depends on the time; business-hour rules will.
    let _ = now;
    let normalized = normalize(msg.text);
    let about_this_shop = without_elsewhere(&normalized);
    let matched = without_reports(&about_this_shop);
    let question = asked(&matched);
    let tokens = tokenize(&question);
    let respelt = k.index().respelt_text(&question);
    // Unless the sound repair rewrote the question, its terms are the ones just read.
    let found = match &respelt {
        std::borrow::Cow::Borrowed(_) => search_terms(k, &question, &tokens),
        std::borrow::Cow::Owned(text) => search_read(k, text),
    };
    let reading = Reading {
        mood: mood::read(msg.text, &normalized),
        // Typed pinyin of general words (`zhuan ren gong`) asks as its Chinese does.
        intents: intents::read(&spell_out(&about_this_shop)),
        normalized,
        tokens,
        found,
    };
    let mut trace = Trace {
        normalized: reading.normalized.clone(),
        tokens: reading.tokens.clone(),
        candidates: reading.found.candidates.clone(),
        mood: reading.mood.mood,
        mood_score: reading.mood.score,
        mood_cues: reading.mood.cues.clone(),
        ..Trace::default()
    };
    if matched != reading.normalized {
        trace.notes.push(format!(
            "matched as \"{matched}\": a clause only saying the order was paid or placed, or \
             telling what happened at another shop, is left out"
        ));
    }
    if let std::borrow::Cow::Owned(respelt) = &respelt {
        trace.notes.push(format!(
            "read as \"{respelt}\": words the FAQ does not hold written as its words of the same sound"
        ));
    }
    if let Some(top) = reading.found.candidates.first() {
        trace.notes.push(format!(
            "best match {} ({:.2}), similarity margin to the runner-up {:.2}",
            top.faq_id, top.confidence, reading.found.margin
        ));
    }
    if let Some(e) = reading.found.evidence.first() {
        trace.notes.push(format!(
            "evidence: similarity {:.2}, message covered {:.2}, question covered {:.2}, \
             content covered {:.2}",
            e.similarity, e.query_cover, e.doc_cover, e.content_cover
        ));
    }
    if let Some(edge) = edges::asked(&question) {
        trace.notes.push(format!(
            "asks about {}: an entry that does not speak of it keeps {UNSPOKEN_EDGE} of its confidence",
            edge.as_str()
        ));
    }
    if let Some(p) = &reading.intents.after_sale {
        trace.notes.push(format!("after-sale request: {p}"));
    }
    if let Some(p) = &reading.intents.asks_human {
        trace.notes.push(format!("asks for a person: {p}"));
    }
    let mut decision = steps(k, conv, msg, &reading, &mut trace);
    // A step that answers from something else than the whole message's best candidate (several
    // questions) sets its own confidence.
    if decision.confidence == 0.0 {
        decision.confidence = reading
            .found
            .candidates
            .first()
            .map_or(0.0, |c| c.confidence);
    }
    decision.trace = trace;
    decision
}

fn steps(
    k: &Knowledge,
    conv: &ConversationView<'_>,
    msg: &Incoming<'_>,
    r: &Reading,
    trace: &mut Trace,
) -> Decision {
    if conv.held_by_person {
        trace.notes.push("a person owns this conversation".into());
        return with_draft(Decision::new(Action::Ignore), k, conv, r);
    }
    if msg.text.trim().is_empty() && !msg.kind.is_media() {
        trace.notes.push("empty message".into());
        return Decision::new(Action::Ignore);
    }

    let input = RuleInput {
        kind: msg.kind,
        order_status: conv.order.map(|o| o.status),
        mood: r.mood.mood,
        normalized: &r.normalized,
    };
    let guarded = match rules::evaluate(k.rules(), &input) {
        Some(RuleOutcome::Escalate { rule, priority }) => {
            trace.fired.push(format!("rule:{rule}"));
            trace.notes.push(format!(
                "rule {rule:?} escalates with priority {}",
                priority.as_str()
            ));
            let mut d = Decision::escalate(EscalationReason::Rule);
            d.rule = Some(rule);
            return with_draft(d, k, conv, r);
        }
        Some(RuleOutcome::Answer { rule }) => {
            trace.fired.push(format!("rule:{rule}"));
            trace
                .notes
                .push(format!("rule {rule:?} lets the assistant answer"));
            false
        }
        None => true,
    };

    if guarded && let Some(reason) = guard(msg, r) {
        if reason == EscalationReason::AfterSale
            && let Some(entry) = cancelling_explained(k, r)
        {
            trace.fired.push("intent:cancel".into());
            trace.notes.push(format!(
                "a request to cancel only, which the FAQ's {} explains",
                entry.id
            ));
            return answer(entry, k, conv);
        }
        if reason == EscalationReason::AfterSale
            && let Some(entry) = repair_explained(k, conv, r)
        {
            trace.fired.push("intent:repair_asked".into());
            trace.notes.push(format!(
                "asks whether the shop fixes it, which the FAQ's {} answers",
                entry.id
            ));
            return answer(entry, k, conv);
        }
        if reason == EscalationReason::AfterSale
            && r.intents.missing_only
            && let Some(entry) = rest_explained(k, conv, r)
        {
            return answer_partly_shipped(entry, k, conv, trace);
        }
        trace.fired.push(format!("guard:{}", reason.as_str()));
        return with_draft(Decision::escalate(reason), k, conv, r);
    }

    if !conv.offered.is_empty()
        && let Some(id) = follow_up(k, conv.offered, r)
        && let Some(entry) = k.entry(&id).filter(|e| e.enabled)
    {
        trace.fired.push("followup:pick".into());
        trace
            .notes
            .push(format!("picked {id} from the clarifying question"));
        return answer(entry, k, conv);
    }

    let acknowledgement = r.normalized.is_empty() && intents::emoji_only(msg.text);
    if r.normalized.is_empty() && !acknowledgement {
        trace
            .notes
            .push("nothing to read after normalisation".into());
        return Decision::new(Action::Ignore);
    }
    if r.intents.greeting_only || acknowledgement {
        trace.fired.push("intent:greeting".into());
        let mut d = Decision::new(Action::Greet);
        d.reply = Some(fill(&k.shop().greeting, k.shop(), conv.order));
        return d;
    }

    if r.intents.bare_reply {
        trace.fired.push("intent:bare_reply".into());
        trace.notes.push(
            "a bare yes or no answers something said before: a person reads the conversation"
                .into(),
        );
        return Decision::escalate(EscalationReason::Unknown);
    }
    if let Some(given) = r.intents.gives {
        trace.fired.push(format!("intent:gives_{}", given.as_str()));
        trace.notes.push(format!(
            "the buyer gave {}: a person acts on it (changes the order, looks it up, calls back)",
            match given {
                Given::Phone => "a phone number",
                Given::Address => "an address",
                Given::OrderNumber => "an order number and nothing else",
            }
        ));
        return with_draft(Decision::escalate(given.reason()), k, conv, r);
    }
    if let Some(p) = &r.intents.invoice_error {
        trace.fired.push("intent:invoice_error".into());
        trace.notes.push(format!(
            "an invoice made out wrong ({p}): a person reissues it"
        ));
        return with_draft(Decision::escalate(EscalationReason::Unknown), k, conv, r);
    }

    if let Some(d) = several(k, conv, r, trace) {
        return d;
    }
    let t = k.thresholds();
    let candidates = &r.found.candidates;
    let Some(top) = candidates.first() else {
        trace
            .notes
            .push("no FAQ entry shares a word with the message".into());
        return Decision::escalate(EscalationReason::Unknown);
    };
    if top.confidence >= t.answer
        && let Some(entry) = k.entry(&top.faq_id)
    {
        return answer(entry, k, conv);
    }
    if let Some(entry) = rest_explained(k, conv, r) {
        return answer_partly_shipped(entry, k, conv, trace);
    }
    // Plausible: the buyer's words fit it completely (the entry holds at least FULL_COVER of
    // the message's weight) and it is at least as plausible on its own, before the margin
    // discount, as the clarify threshold. Two such candidates make a question ambiguous ("how do
    // I use it" with a foam and a cream); a pair of partial matches is an unknown question.
    let plausible: Vec<&FaqId> = candidates
        .iter()
        .zip(&r.found.evidence)
        .filter(|(_, e)| {
            e.entry_cover >= FULL_COVER && e.part >= PLAUSIBLE_PART && plausibility(e) >= t.clarify
        })
        .take(MAX_OFFERED)
        .map(|(c, _)| &c.faq_id)
        .collect();
    if plausible.len() >= 2 {
        trace.notes.push(format!(
            "{} plausible answers: asking which",
            plausible.len()
        ));
        return clarify(k, &plausible, msg.text);
    }
    trace.notes.push(format!(
        "best confidence {:.2} is below the answer threshold {:.2}",
        top.confidence, t.answer
    ));
    with_draft(Decision::escalate(EscalationReason::Unknown), k, conv, r)
}

/// A message of several questions (`这个能遮住吗 包邮不`), each also read as if it came alone.
/// When each is answered surely (a part read alone has less context than a message: its
/// confidence must be halfway from the answer threshold to 1), from different entries, the reply
/// answers them all in the buyer's order (the decision's entry is the first). When the whole
/// message would be answered from an entry that does not plausibly answer the first question,
/// that answer is to a later question and the first would go unanswered: a person replies, with
/// it as a draft. Otherwise (the later questions restate the first, or the entry itself asks
/// them all) `None`: the whole message is decided as usual.
fn several(
    k: &Knowledge,
    conv: &ConversationView<'_>,
    r: &Reading,
    trace: &mut Trace,
) -> Option<Decision> {
    let parts = questions(&without_elsewhere(&r.normalized));
    if parts.len() < 2 {
        return None;
    }
    let threshold = k.thresholds().answer;
    let sure = (threshold + 1.0) / 2.0;
    // Each question is searched only while all before it were answered surely: a long review
    // with a question in every sentence costs one search more, not one per sentence.
    let mut first: Vec<Candidate> = Vec::new();
    let mut answered: Vec<(&FaqEntry, f32)> = Vec::new();
    let mut all_sure = true;
    for (i, part) in parts.iter().enumerate() {
        let candidates = search(k, &without_reports(part)).candidates;
        let top = candidates.first();
        trace.notes.push(match top {
            Some(c) => format!(
                "question {part:?}: best match {} ({:.2})",
                c.faq_id, c.confidence
            ),
            None => format!("question {part:?}: no FAQ entry shares a word with it"),
        });
        match top
            .filter(|c| c.confidence >= sure)
            .and_then(|c| Some((k.entry(&c.faq_id)?, c.confidence)))
        {
            Some((e, c)) if !answered.iter().any(|(a, _)| a.id == e.id) => answered.push((e, c)),
            Some(_) => {}
            None => all_sure = false,
        }
        if i == 0 {
            first = candidates;
        }
        if !all_sure {
            break;
        }
    }
    if all_sure && answered.len() >= 2 {
        trace.fired.push(format!("questions:{}", parts.len()));
        let ids: Vec<&str> = answered.iter().map(|(e, _)| e.id.as_str()).collect();
        trace.notes.push(format!(
            "{} questions, answered from {}",
            parts.len(),
            ids.join(", ")
        ));
        let replies: Vec<String> = answered
            .iter()
            .map(|(e, _)| reply_for(e, k, conv))
            .collect();
        let mut d = answer(answered[0].0, k, conv);
        d.reply = Some(replies.join("\n"));
        // As sure as its least sure answer.
        d.confidence = answered.iter().map(|(_, c)| *c).fold(1.0, f32::min);
        return Some(d);
    }
    let whole = r
        .found
        .candidates
        .first()
        .filter(|c| c.confidence >= threshold)?;
    // The first question may be asked in the entry's words or not, but the entry must be its
    // best match, however weak alone (`网课能看到啥时候 考完了还能回看吗`), or plausible for it.
    let clarify = k.thresholds().clarify;
    if first.first().is_some_and(|c| c.faq_id == whole.faq_id)
        || first
            .iter()
            .any(|c| c.faq_id == whole.faq_id && c.confidence >= clarify)
    {
        return None;
    }
    // Or the entry itself asks several things, in the words matched (`如何开户 这个可以借款嘛`)
    // or in its question (`从哪里发货？发什么快递？` matched by its paraphrase `用的什么快递`):
    // it answers the message as a whole.
    let asks_several = |text: &str| questions(&normalize(text)).len() >= 2;
    if asks_several(&whole.matched)
        || k.entry(&whole.faq_id)
            .is_some_and(|e| asks_several(&e.question))
    {
        return None;
    }
    trace.fired.push("questions:first_unanswered".into());
    trace.notes.push(format!(
        "{} answers a later question, not the first ({:?}): a person replies",
        whole.faq_id, parts[0]
    ));
    Some(with_draft(
        Decision::escalate(EscalationReason::Unknown),
        k,
        conv,
        r,
    ))
}

/// The FAQ match for one question of a message, read as a message of its own; `matched` is the
/// normalised text with its purchase reports left out ([`without_reports`]).
fn search(k: &Knowledge, matched: &str) -> Match {
    search_read(k, &k.index().respelt_text(&asked(matched)))
}

/// The FAQ match for a question already cut to what is asked and respelt by sound (the second
/// half of [`search`]).
fn search_read(k: &Knowledge, question: &str) -> Match {
    search_terms(k, question, &tokenize(question))
}

/// [`search_read`] for a question whose terms are read already; its clauses are read only when
/// there are several (a single clause is the whole question).
fn search_terms(k: &Knowledge, question: &str, tokens: &[String]) -> Match {
    let clauses = clauses(question);
    let parts: Vec<Vec<String>> = if clauses.len() > 1 {
        clauses.into_iter().map(tokenize).collect()
    } else {
        Vec::new()
    };
    let mut found = k.index().search(tokens, &parts, k.faq());
    if let Some(edge) = edges::asked(question) {
        // An edge of a policy: an entry that does not speak of it does not answer it (the order
        // is kept: the discount only keeps such an entry from answering alone).
        for c in &mut found.candidates {
            if !k
                .entry(&c.faq_id)
                .is_some_and(|e| edges::spoken_of(edge, e))
            {
                c.confidence *= UNSPOKEN_EDGE;
            }
        }
    }
    found
}

/// What is left of a candidate's confidence when the buyer asks about an edge of a policy (a
/// coupon passed on, an order collected by another, a coupon on a return) and the entry does
/// not speak of it ([`edges`]).
const UNSPOKEN_EDGE: f32 = 0.5;

/// The first built-in guard that holds, in DESIGN.md's order.
fn guard(msg: &Incoming<'_>, r: &Reading) -> Option<EscalationReason> {
    if msg.kind.is_media() {
        Some(EscalationReason::Media)
    } else if r.mood.mood == Mood::Upset
        && (r.mood.hostile || (r.intents.after_sale.is_none() && !r.mood.goods_only))
    {
        // A buyer unhappy about a broken or wrong item, but not hostile, needs after-sale
        // handling, and so does one upset only by the goods' faults (`袖子上有个破洞`); insults,
        // threats, sarcasm and grievances against the shop go to a person as anger.
        Some(EscalationReason::Anger)
    } else if r.intents.after_sale.is_some() || r.mood.mood == Mood::Upset {
        Some(EscalationReason::AfterSale)
    } else if r.intents.asks_human.is_some() {
        Some(EscalationReason::Human)
    } else {
        None
    }
}

/// The entry that explains how to cancel an order, when a calm buyer asks only to cancel
/// (`不想要了 取消了呗`) and it is the sure answer to the message: a shop that has written how
/// cancelling works (by order status, in its variants) answers it; one that has not hands the
/// request to a person as after-sale.
fn cancelling_explained<'k>(k: &'k Knowledge, r: &Reading) -> Option<&'k FaqEntry> {
    if !r.intents.cancellation_only || r.mood.mood == Mood::Upset {
        return None;
    }
    let top = r.found.candidates.first()?;
    let entry = k.entry(&top.faq_id)?;
    let about_cancelling = tokenize(&normalize(&entry.question))
        .iter()
        .any(|t| t == CANCEL_TOPIC);
    (top.confidence >= k.thresholds().answer && about_cancelling).then_some(entry)
}

/// The entry that answers a calm buyer who asks whether the shop fixes something of theirs
/// (`apple watch屏幕碎了能修吗`, `do you fix the skylights`) and has no order with it: the best
/// candidate when it is sure enough to answer. A fault that is not asked about as work, or
/// that a shop whose FAQ is unsure of hears, stays an after-sale report.
fn repair_explained<'k>(
    k: &'k Knowledge,
    conv: &ConversationView<'_>,
    r: &Reading,
) -> Option<&'k FaqEntry> {
    // Upset only by the fault itself (`屏幕碎了`) is still calm about the shop.
    let upset = r.mood.mood == Mood::Upset && !r.mood.goods_only;
    if !r.intents.repair_asked || upset || conv.order.is_some() {
        return None;
    }
    let top = r.found.candidates.first()?;
    (top.confidence >= k.thresholds().answer)
        .then(|| k.entry(&top.faq_id))
        .flatten()
}

/// [`partly_shipped::rest_explained`] for this reading.
fn rest_explained<'k>(
    k: &'k Knowledge,
    conv: &ConversationView<'_>,
    r: &Reading,
) -> Option<&'k FaqEntry> {
    partly_shipped::rest_explained(
        k,
        conv.order?.status,
        &partly_shipped::Asked {
            calm: r.mood.mood != Mood::Upset,
            missing: r.intents.missing_only,
            tokens: &r.tokens,
            normalized: &r.normalized,
            candidates: &r.found.candidates,
        },
    )
}

/// Answers from the entry written for an order shipped in parts.
fn answer_partly_shipped(
    entry: &FaqEntry,
    k: &Knowledge,
    conv: &ConversationView<'_>,
    trace: &mut Trace,
) -> Decision {
    trace.fired.push("status:partly_shipped".into());
    trace.notes.push(format!(
        "the order is shipped in parts: {} has the answer written for it",
        entry.id
    ));
    answer(entry, k, conv)
}

/// The lexicon's topic of cancelling an order.
const CANCEL_TOPIC: &str = "#cancel";

/// The offered entry a reply picks: by number, or the best candidate when it is one of them.
fn follow_up(k: &Knowledge, offered: &[FaqId], r: &Reading) -> Option<FaqId> {
    if let Some(i) = intents::pick(&r.normalized, offered.len()) {
        return offered.get(i).cloned();
    }
    r.found
        .candidates
        .first()
        .filter(|c| c.confidence >= k.thresholds().clarify && offered.contains(&c.faq_id))
        .map(|c| c.faq_id.clone())
}

fn answer(entry: &FaqEntry, k: &Knowledge, conv: &ConversationView<'_>) -> Decision {
    let mut d = Decision::new(Action::Answer);
    d.faq_id = Some(entry.id.clone());
    d.reply = Some(reply_for(entry, k, conv));
    d
}

fn reply_for(entry: &FaqEntry, k: &Knowledge, conv: &ConversationView<'_>) -> String {
    let template = entry.answer_for(conv.order.map(|o| o.status));
    fill(template, k.shop(), conv.order)
}

/// Adds the best candidate's answer as a draft for a person, when it is plausible (at least the
/// clarify threshold).
fn with_draft(
    mut d: Decision,
    k: &Knowledge,
    conv: &ConversationView<'_>,
    r: &Reading,
) -> Decision {
    // A draft a person would rather delete than edit helps nobody: only a plausible answer.
    let floor = k.thresholds().clarify;
    d.draft = r
        .found
        .candidates
        .first()
        .filter(|c| c.confidence >= floor)
        .and_then(|c| k.entry(&c.faq_id))
        .map(|e| reply_for(e, k, conv));
    d
}

/// Asks which of `offered` the buyer meant, in the buyer's language.
fn clarify(k: &Knowledge, offered: &[&FaqId], text: &str) -> Decision {
    let mut reply = if has_han(text) {
        String::from("亲,您想问的是下面哪一个呢?回复序号就可以哦:")
    } else {
        String::from("Which of these do you mean? Reply with its number:")
    };
    let mut d = Decision::new(Action::Clarify);
    for (i, id) in offered.iter().enumerate() {
        let question = k.entry(id).map_or(id.as_str(), |e| e.question.as_str());
        reply.push_str(&format!("\n{}. {}", i + 1, question));
        d.offered.push((*id).clone());
    }
    d.reply = Some(reply);
    d
}
