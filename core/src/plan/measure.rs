//! The arithmetic of a plan: a school year's quarters as dates, how much of an indicator's
//! target was met ("% met", which respects the direction the change should go), and whether
//! that is on track, at risk or off track.

use chrono::{Months, NaiveDate};
use serde::Serialize;

use super::Direction;

/// The first and last day of a school year's quarter: 1 from September to November, 2 from
/// December to February, 3 from March to May, 4 from June to August; 0 is the year as a whole.
pub fn period(school_year: i32, quarter: u8) -> (NaiveDate, NaiveDate) {
    let opens = NaiveDate::from_ymd_opt(school_year, 9, 1).unwrap_or(NaiveDate::MIN);
    let (skip, length) = match quarter {
        1..=4 => (3 * (u32::from(quarter) - 1), 3),
        _ => (0, 12),
    };
    let first = opens + Months::new(skip);
    let last = (first + Months::new(length)).pred_opt().unwrap_or(first);
    (first, last)
}

/// The quarter of its school year a date falls in (1 to 4).
pub fn quarter_of(date: NaiveDate) -> u8 {
    use chrono::Datelike;
    match date.month() {
        9..=11 => 1,
        12 | 1 | 2 => 2,
        3..=5 => 3,
        _ => 4,
    }
}

/// How much of the target an actual meets, in percent, by the direction the change should go:
///
/// - The target lies the intended way from the baseline (above it for `Increase`, below it for
///   `Decrease`): the share of the way from the baseline to the target that was covered. At the
///   baseline 0, at the target 100, past it more than 100; a move the wrong way is 0, never
///   less. A falling dropout rate is progress when the direction is `Decrease`.
/// - Otherwise (`Hold`, or a target at the baseline or on its far side, as when a plan accepts
///   a smaller fall than last year's figure): the target is a line to stay on. On its right
///   side (at or above it for `Increase`, at or below it for `Decrease`, on it for `Hold`) 100;
///   off it, 100 less the distance from it as a percent of the target, never below 0; and off
///   a target of 0, 0.
pub fn percent_met(direction: Direction, baseline: f64, target: f64, actual: f64) -> f64 {
    let toward = match direction {
        Direction::Increase if target > baseline => Some((actual - baseline) / (target - baseline)),
        Direction::Decrease if target < baseline => Some((baseline - actual) / (baseline - target)),
        _ => None,
    };
    if let Some(share) = toward {
        return (100.0 * share).max(0.0);
    }
    let on_line = match direction {
        Direction::Increase => actual >= target,
        Direction::Decrease => actual <= target,
        Direction::Hold => actual == target,
    };
    if on_line {
        100.0
    } else if target == 0.0 {
        0.0
    } else {
        (100.0 * (1.0 - (actual - target).abs() / target.abs())).max(0.0)
    }
}

/// How an indicator stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Standing {
    OnTrack,
    AtRisk,
    OffTrack,
}

impl Standing {
    /// The message that names it.
    pub fn message_id(self) -> &'static str {
        match self {
            Standing::OnTrack => "standing-on-track",
            Standing::AtRisk => "standing-at-risk",
            Standing::OffTrack => "standing-off-track",
        }
    }
}

/// At least this much of what was expected by now is on track; at least `AT_RISK`, at risk.
pub const ON_TRACK: f64 = 0.9;
pub const AT_RISK: f64 = 0.6;

/// How `percent` stands when `expected` of the target (0 to 1) was due by now: all of it at a
/// year's end, or for a figure that is a level; the share of the year gone by for a count that
/// grows through the year.
pub fn standing(percent: f64, expected: f64) -> Standing {
    let share = percent / (100.0 * expected.clamp(0.05, 1.0));
    if share >= ON_TRACK {
        Standing::OnTrack
    } else if share >= AT_RISK {
        Standing::AtRisk
    } else {
        Standing::OffTrack
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use Direction::{Decrease, Hold, Increase};

    fn close(a: f64, b: f64) -> bool {
        (a - b).abs() < 1e-9
    }

    #[test]
    fn increase_toward_a_target_above_the_baseline() {
        assert!(close(percent_met(Increase, 40.0, 60.0, 40.0), 0.0));
        assert!(close(percent_met(Increase, 40.0, 60.0, 50.0), 50.0));
        assert!(close(percent_met(Increase, 40.0, 60.0, 60.0), 100.0));
        assert!(close(percent_met(Increase, 40.0, 60.0, 70.0), 150.0));
        // A fall is no progress, and not less than none.
        assert!(close(percent_met(Increase, 40.0, 60.0, 30.0), 0.0));
    }

    #[test]
    fn decrease_toward_a_target_below_the_baseline() {
        // A dropout rate from 6% to 4%: falling is progress.
        assert!(close(percent_met(Decrease, 6.0, 4.0, 6.0), 0.0));
        assert!(close(percent_met(Decrease, 6.0, 4.0, 5.0), 50.0));
        assert!(close(percent_met(Decrease, 6.0, 4.0, 4.0), 100.0));
        assert!(close(percent_met(Decrease, 6.0, 4.0, 3.0), 150.0));
        assert!(close(percent_met(Decrease, 6.0, 4.0, 8.0), 0.0));
        // All the way to zero.
        assert!(close(percent_met(Decrease, 6.0, 0.0, 0.0), 100.0));
    }

    #[test]
    fn a_target_on_the_far_side_of_the_baseline_is_a_line_to_stay_on() {
        // Increase, but the target sits below the baseline (a floor): at or above it is met.
        assert!(close(percent_met(Increase, 80.0, 70.0, 75.0), 100.0));
        assert!(close(percent_met(Increase, 80.0, 70.0, 70.0), 100.0));
        assert!(close(percent_met(Increase, 80.0, 70.0, 63.0), 90.0));
        // Decrease, but the target sits above the baseline (a ceiling).
        assert!(close(percent_met(Decrease, 4.0, 5.0, 5.0), 100.0));
        assert!(close(percent_met(Decrease, 4.0, 5.0, 6.0), 80.0));
        assert!(close(percent_met(Decrease, 4.0, 5.0, 20.0), 0.0));
    }

    #[test]
    fn a_target_equal_to_the_baseline() {
        assert!(close(percent_met(Increase, 50.0, 50.0, 50.0), 100.0));
        assert!(close(percent_met(Increase, 50.0, 50.0, 45.0), 90.0));
        assert!(close(percent_met(Decrease, 50.0, 50.0, 40.0), 100.0));
        assert!(close(percent_met(Decrease, 50.0, 50.0, 55.0), 90.0));
        assert!(close(percent_met(Hold, 50.0, 50.0, 50.0), 100.0));
        assert!(close(percent_met(Hold, 50.0, 50.0, 55.0), 90.0));
        assert!(close(percent_met(Hold, 50.0, 50.0, 45.0), 90.0));
    }

    #[test]
    fn hold_with_a_target_above_or_below_the_baseline_and_at_zero() {
        assert!(close(percent_met(Hold, 10.0, 12.0, 12.0), 100.0));
        assert!(close(percent_met(Hold, 10.0, 12.0, 9.0), 75.0));
        assert!(close(percent_met(Hold, 14.0, 12.0, 15.0), 75.0));
        assert!(close(percent_met(Hold, 3.0, 0.0, 0.0), 100.0));
        assert!(close(percent_met(Hold, 3.0, 0.0, 1.0), 0.0));
        assert!(close(percent_met(Increase, 0.0, 0.0, -1.0), 0.0));
        assert!(close(percent_met(Hold, 10.0, 12.0, 40.0), 0.0));
    }

    #[test]
    fn standing_at_its_edges() {
        assert_eq!(standing(90.0, 1.0), Standing::OnTrack);
        assert_eq!(standing(89.9, 1.0), Standing::AtRisk);
        assert_eq!(standing(60.0, 1.0), Standing::AtRisk);
        assert_eq!(standing(59.9, 1.0), Standing::OffTrack);
        // A quarter into the year, a quarter of a growing count is on track.
        assert_eq!(standing(25.0, 0.25), Standing::OnTrack);
        assert_eq!(standing(10.0, 0.25), Standing::OffTrack);
        // The first days of a year do not divide by nothing.
        assert_eq!(standing(0.0, 0.0), Standing::OffTrack);
        assert_eq!(standing(5.0, 0.0), Standing::OnTrack);
    }

    #[test]
    fn quarters_of_a_school_year() {
        let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
        assert_eq!(period(2026, 0), (d(2026, 9, 1), d(2027, 8, 31)));
        assert_eq!(period(2026, 1), (d(2026, 9, 1), d(2026, 11, 30)));
        assert_eq!(period(2026, 2), (d(2026, 12, 1), d(2027, 2, 28)));
        assert_eq!(period(2027, 2), (d(2027, 12, 1), d(2028, 2, 29)));
        assert_eq!(period(2026, 3), (d(2027, 3, 1), d(2027, 5, 31)));
        assert_eq!(period(2026, 4), (d(2027, 6, 1), d(2027, 8, 31)));
        assert_eq!(quarter_of(d(2026, 11, 30)), 1);
        assert_eq!(quarter_of(d(2027, 1, 5)), 2);
        assert_eq!(quarter_of(d(2027, 8, 31)), 4);
    }
}
