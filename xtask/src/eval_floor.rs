//! The floors the eval smoke check holds each suite of `../shared/eval` to.
//!
//! A floor is the worst figure we accept for one metric of one suite: a minimum for the figures
//! where more is better, a maximum for `calm_false_alarm`. The floors sit just under the figures the
//! engine reaches, so a change that makes the engine worse fails `cargo xtask test`. A suite not
//! in [`FLOORS`] gets [`DEFAULT_FLOORS`].
//!
//! Metric names are those `owldesk eval --json` prints (see `../shared/eval/FORMAT.md`).

/// The worst acceptable value of one metric.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Bound {
    /// The metric must be at least this (accuracy, precision, recall).
    AtLeast(f64),
    /// The metric must be at most this (false alarms).
    AtMost(f64),
}

impl Bound {
    /// True when `value` is acceptable.
    pub fn accepts(self, value: f64) -> bool {
        match self {
            Self::AtLeast(min) => value >= min,
            Self::AtMost(max) => value <= max,
        }
    }

    /// True when every figure in [0, 1] is acceptable: such a floor checks nothing yet, so a
    /// suite that does not report the metric at all (no cases of that kind) is fine.
    pub fn is_open(self) -> bool {
        self.accepts(0.0) && self.accepts(1.0)
    }
}

impl std::fmt::Display for Bound {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::AtLeast(min) => write!(f, ">= {min:.3}"),
            Self::AtMost(max) => write!(f, "<= {max:.3}"),
        }
    }
}

/// One metric's floor.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Floor {
    /// The metric's name in the JSON report (`accuracy`, `answer_precision`...).
    pub metric: &'static str,
    /// Its worst acceptable value.
    pub bound: Bound,
}

/// The floors of one suite, named as its folder.
#[derive(Debug, Clone, Copy)]
pub struct SuiteFloors {
    /// The suite's folder name (`haircolor-shop`).
    pub suite: &'static str,
    /// Its floors.
    pub floors: &'static [Floor],
}

const fn at_least(metric: &'static str, min: f64) -> Floor {
    Floor {
        metric,
        bound: Bound::AtLeast(min),
    }
}

const fn at_most(metric: &'static str, max: f64) -> Floor {
    Floor {
        metric,
        bound: Bound::AtMost(max),
    }
}

/// Floors for a suite the table does not list.
pub const DEFAULT_FLOORS: &[Floor] = &[at_least("accuracy", 0.0)];

/// The floors of the suite named `suite`.
const fn suite(suite: &'static str, floors: &'static [Floor]) -> SuiteFloors {
    SuiteFloors { suite, floors }
}

/// The floors per suite: a little under what the engine measured when they were last raised
/// (docs/ENGINE.md has the figures), so a change that makes the engine worse fails the check.
/// Raise them when the engine gets better; never lower one without saying why in the commit.
pub const FLOORS: &[SuiteFloors] = &[
    suite(
        "haircolor-shop",
        &[
            at_least("accuracy", 0.66),
            at_least("answer_precision", 0.96),
            at_least("auto_rate", 0.45),
            at_least("escalation_recall", 0.97),
            at_least("reason_accuracy", 0.95),
        ],
    ),
    suite("haircolor-oos", &[at_least("escalation_recall", 0.98)]),
    suite(
        "atec-faq",
        &[
            at_least("accuracy", 0.27),
            at_least("answer_precision", 0.62),
            at_least("escalation_recall", 0.80),
        ],
    ),
    suite(
        "bq-faq",
        &[
            at_least("accuracy", 0.17),
            at_least("answer_precision", 0.18),
            at_least("escalation_recall", 0.75),
        ],
    ),
    suite(
        "bitext-shop",
        &[
            at_least("accuracy", 0.74),
            at_least("answer_precision", 0.94),
            at_least("auto_rate", 0.71),
            at_least("escalation_recall", 0.91),
        ],
    ),
    suite(
        "banking77",
        &[
            at_least("accuracy", 0.62),
            at_least("answer_precision", 0.85),
            at_least("escalation_recall", 0.77),
        ],
    ),
    suite(
        "clinc150",
        &[
            at_least("accuracy", 0.47),
            at_least("answer_precision", 0.86),
            at_least("escalation_recall", 0.94),
        ],
    ),
    suite(
        "shopping-mood",
        &[
            at_least("upset_recall", 0.78),
            at_most("calm_false_alarm", 0.06),
        ],
    ),
    suite(
        "weibo-mood-a",
        &[
            at_least("upset_recall", 0.30),
            at_most("calm_false_alarm", 0.11),
        ],
    ),
];

/// The floors for the suite named `suite`.
pub fn floors_for(suite: &str) -> &'static [Floor] {
    FLOORS
        .iter()
        .find(|s| s.suite == suite)
        .map_or(DEFAULT_FLOORS, |s| s.floors)
}
