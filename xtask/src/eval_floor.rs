//! The floors the eval smoke check holds each suite of `../shared/eval` to.
//!
//! A floor is the worst figure we accept for one metric of one suite: a minimum for the figures
//! where more is better, a maximum for `calm_false_alarm`. The floors start at nothing (0.0 and
//! 1.0) so the check only proves that `owldesk eval` runs and reports on every suite; the engine
//! issue raises them to just under the figures it reaches, so a change that makes the engine
//! worse fails `cargo xtask test`. A suite not in [`FLOORS`] gets [`DEFAULT_FLOORS`].
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

/// Floors for a suite of FAQ questions (answer, escalate, greet cases).
const FAQ: &[Floor] = &[
    at_least("accuracy", 0.0),
    at_least("answer_precision", 0.0),
    at_least("auto_rate", 0.0),
    at_least("escalation_recall", 0.0),
];

/// Floors for a suite of buyers' moods (`expect.mood` cases).
const MOOD: &[Floor] = &[
    at_least("upset_recall", 0.0),
    at_most("calm_false_alarm", 1.0),
];

/// Floors for a suite the table does not list.
pub const DEFAULT_FLOORS: &[Floor] = &[at_least("accuracy", 0.0)];

/// The floors per suite. The engine issue raises these.
pub const FLOORS: &[SuiteFloors] = &[
    SuiteFloors {
        suite: "haircolor-shop",
        floors: FAQ,
    },
    SuiteFloors {
        suite: "haircolor-oos",
        floors: FAQ,
    },
    SuiteFloors {
        suite: "atec-faq",
        floors: FAQ,
    },
    SuiteFloors {
        suite: "bq-faq",
        floors: FAQ,
    },
    SuiteFloors {
        suite: "bitext-shop",
        floors: FAQ,
    },
    SuiteFloors {
        suite: "banking77",
        floors: FAQ,
    },
    SuiteFloors {
        suite: "clinc150",
        floors: FAQ,
    },
    SuiteFloors {
        suite: "shopping-mood",
        floors: MOOD,
    },
    SuiteFloors {
        suite: "weibo-mood-a",
        floors: MOOD,
    },
];

/// The floors for the suite named `suite`.
pub fn floors_for(suite: &str) -> &'static [Floor] {
    FLOORS
        .iter()
        .find(|s| s.suite == suite)
        .map_or(DEFAULT_FLOORS, |s| s.floors)
}
