//! A candidate's confidence in [0, 1], from the evidence of its match: the calibration of its
//! similarity, the discounts for uncovered content, a topic clash and a thing the FAQ never
//! mentions ([`plausibility`]), and the one for a close runner-up ([`confidence`]).

/// Below this margin to the runner-up, the top confidence is lowered (see [`confidence`]).
pub const CLEAR_MARGIN: f32 = 0.35;
/// The share of a message's content weight an entry must hold for a full confidence; below it
/// confidence falls in proportion. Measured on every suite (docs/ENGINE.md): it is what keeps
/// general questions that share a word or two with the FAQ from being answered.
pub const CONTENT_FLOOR: f32 = 0.4;
/// What is left of a candidate's confidence when the message and the matched question both name
/// shop topics (`#ship`, `#refund`...) and share none of them: they are about different things,
/// however much question framing they share ("how long does shipping take" is not "how long does
/// a refund take").
pub const TOPIC_CLASH: f32 = 0.5;
/// How much of the similarity a zero margin takes away.
const MARGIN_DISCOUNT: f32 = 0.7;
/// What is left of a candidate's confidence when the message names a thing (a Chinese noun)
/// that the shop's FAQ mentions nowhere, in no question, answer or lexicon concept it uses
/// (`有男士发蜡吗` in a hair-dye shop, `假睫毛怎么卸`): it is most likely asking about something
/// the shop has not written about, whatever words it shares with an entry. Measured at 0.6, 0.7
/// and 0.8 (docs/ENGINE.md).
pub const STRANGE_NOUN: f32 = 0.7;
/// What is left instead when that thing is the weather (`明天下雨吗`, `佛山今天下雨吗`): a
/// question about the world, not the shop, however well the place or the day in it matches an
/// entry. Four shops written apart from the engine each had one, answered with the shop's
/// address, delivery area or quilts at 0.94–0.98 (docs/ENGINE.md, session 24).
pub const WEATHER_ASKED: f32 = 0.4;
/// The calibration, similarity → confidence, chosen once for every suite (docs/ENGINE.md): with
/// the margin and coverage discounts applied, the default answer threshold 0.6 falls where, on
/// the shop-like and intent suites together, about nine answers in ten or more are right. The
/// shape was read off `examples/match_features` dumps (precision against auto rate at several
/// cut points), not fitted to single cases.
pub const CALIBRATION: [(f32, f32); 5] =
    [(0.0, 0.0), (0.2, 0.47), (0.3, 0.8), (0.5, 0.95), (1.0, 1.0)];

/// Why a candidate scored as it did: the signals its confidence is calibrated from.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Evidence {
    /// Geometric mean of `query_cover` and `doc_cover` (scaled down for a clause), in [0, 1].
    pub similarity: f32,
    /// Share of the message's term weight found in the matched question.
    pub query_cover: f32,
    /// Share of the message's term weight found in any of the entry's texts.
    pub entry_cover: f32,
    /// Share of the message's weight in the text matched: 1 for the whole message, less for
    /// one of its clauses (whose covers are shares of the clause).
    pub part: f32,
    /// Share of the matched question's term weight found in the message.
    pub doc_cover: f32,
    /// Share of the message's content weight (words, bigrams and topics; not question frames,
    /// not single characters) found in any of the entry's texts.
    pub content_cover: f32,
    /// BM25 of the matched question.
    pub bm25: f32,
    /// The best similarity minus the runner-up's (0 for every candidate but the first).
    pub margin: f32,
    /// The matched document.
    pub(super) doc: usize,
    /// True when the message and the matched question name shop topics and share none.
    pub topic_clash: bool,
    /// True when the message names a Chinese noun the FAQ mentions nowhere (see
    /// [`STRANGE_NOUN`]).
    pub strange_noun: bool,
    /// True when that noun is the weather (see [`WEATHER_ASKED`]).
    pub weather: bool,
}

/// A candidate's confidence: its [`plausibility`], lowered by up to 70% when another candidate
/// is within [`CLEAR_MARGIN`] of it (a tie between two is a coin toss, and a lexical tie often
/// hides a wrong pick). Candidates stay in rank order.
pub fn confidence(e: &Evidence) -> f32 {
    let clear = (e.margin / CLEAR_MARGIN).clamp(0.0, 1.0);
    plausibility(e) * (1.0 - MARGIN_DISCOUNT + MARGIN_DISCOUNT * clear)
}

/// A candidate's confidence before the margin discount: its similarity mapped through
/// [`CALIBRATION`], lowered in proportion when less than [`CONTENT_FLOOR`] of the message's
/// content is found in the entry (sharing only question words and chatter with an entry is not
/// knowing the answer), cut to [`TOPIC_CLASH`] when the two name different shop topics, and to
/// [`STRANGE_NOUN`] when the message names a thing the FAQ never mentions: how
/// well it answers the message on its own, whatever the other candidates. Used to tell an ambiguous question (two plausible
/// answers: ask which) from an unknown one.
pub fn plausibility(e: &Evidence) -> f32 {
    let covered = (e.content_cover / CONTENT_FLOOR).clamp(0.0, 1.0);
    let topic = if e.topic_clash { TOPIC_CLASH } else { 1.0 };
    let noun = if e.weather {
        WEATHER_ASKED
    } else if e.strange_noun {
        STRANGE_NOUN
    } else {
        1.0
    };
    calibrate(e.similarity) * covered * topic * noun
}

/// Piecewise-linear interpolation through [`CALIBRATION`]; monotone, 0 → 0, 1 → 1.
fn calibrate(raw: f32) -> f32 {
    let raw = raw.clamp(0.0, 1.0);
    for pair in CALIBRATION.windows(2) {
        let ((x0, y0), (x1, y1)) = (pair[0], pair[1]);
        if raw <= x1 {
            return y0 + (y1 - y0) * (raw - x0) / (x1 - x0);
        }
    }
    1.0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn calibration_is_monotone_and_spans_zero_to_one() {
        assert_eq!(calibrate(0.0), 0.0);
        assert_eq!(calibrate(1.0), 1.0);
        let mut last = 0.0;
        for i in 0..=100 {
            let c = calibrate(i as f32 / 100.0);
            assert!(
                c >= last,
                "calibration never goes down ({i}%: {c} < {last})"
            );
            last = c;
        }
    }

    #[test]
    fn a_different_topic_halves_the_confidence() {
        let same = evidence(0.8, 0.3, 1.0);
        let clash = Evidence {
            topic_clash: true,
            ..same
        };
        assert_eq!(
            confidence(&clash),
            confidence(&same) * TOPIC_CLASH,
            "shipping asked, refund matched: about something else"
        );
    }

    #[test]
    fn a_noun_the_faq_never_mentions_lowers_the_confidence() {
        let known = evidence(0.8, 0.3, 1.0);
        let strange = Evidence {
            strange_noun: true,
            ..known
        };
        assert_eq!(confidence(&strange), confidence(&known) * STRANGE_NOUN);
        let weather = Evidence {
            weather: true,
            ..strange
        };
        let want = confidence(&known) * WEATHER_ASKED;
        assert!(
            (confidence(&weather) - want).abs() < 1e-6,
            "the weather asked leaves {WEATHER_ASKED} of it"
        );
    }

    fn evidence(similarity: f32, margin: f32, content_cover: f32) -> Evidence {
        Evidence {
            similarity,
            margin,
            content_cover,
            ..Evidence::default()
        }
    }

    #[test]
    fn a_close_runner_up_lowers_confidence() {
        assert!(
            confidence(&evidence(0.5, 0.0, 1.0)) < confidence(&evidence(0.5, CLEAR_MARGIN, 1.0)),
            "a coin toss is less sure"
        );
        assert!(
            confidence(&evidence(1.0, 0.0, 1.0)) <= 0.5,
            "a tie is never above one half"
        );
        assert_eq!(
            confidence(&evidence(0.5, 1.0, 1.0)),
            confidence(&evidence(0.5, CLEAR_MARGIN, 1.0)),
            "clear is clear"
        );
    }

    #[test]
    fn uncovered_content_lowers_confidence() {
        let full = confidence(&evidence(0.8, 0.3, 1.0));
        let half = confidence(&evidence(0.8, 0.3, CONTENT_FLOOR / 2.0));
        assert!(
            (half - full / 2.0).abs() < 1e-6,
            "half the floor, half the confidence"
        );
        assert_eq!(
            confidence(&evidence(0.8, 0.3, CONTENT_FLOOR)),
            full,
            "at the floor"
        );
    }
}
