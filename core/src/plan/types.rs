//! What a plan is made of: its kinds (a source, a direction, a frequency, a split, a task's
//! status), the forms a plan, a goal or objective, a task, an indicator, an actual and lessons
//! are sent in, and how a year of a plan is read back (`PlanYear`, `GoalView`, `TaskView`,
//! `IndicatorView`, `Figure`, `PlanOnHome`).

use crate::model::TypedNumber;
use serde::Deserialize;

use super::measure::Standing;
use crate::store::from_row;
use crate::{
    error::Field,
    forums::ForumLevel,
    model::{Id, text_enum},
};
use chrono::NaiveDate;
use serde::Serialize;

text_enum!(
    /// Where a task stands.
    TaskStatus, Field::Status, {
        Planned = "planned", UnderWay = "under_way", Done = "done", Dropped = "dropped",
    }
);

text_enum!(
    /// The way an indicator should move: a falling dropout rate is progress.
    Direction, Field::Direction, { Increase = "increase", Decrease = "decrease", Hold = "hold" }
);

text_enum!(
    /// How often an indicator is measured.
    Frequency, Field::Frequency, { Quarterly = "quarterly", Yearly = "yearly" }
);

text_enum!(
    /// Whether an indicator's figures are also shown per cluster or per settlement.
    Split, Field::Split, { None = "none", Cluster = "cluster", Settlement = "settlement" }
);

text_enum!(
    /// Where an indicator's actuals come from: typed by a person, or counted by Eshkol from
    /// its records (`count::counted` says how each is counted).
    Source, Field::Source, {
        Typed = "typed",
        MeetingsHeld = "meetings_held",
        Visits = "visits",
        SettlementsVisited = "settlements_visited",
        ActionsOnTime = "actions_on_time",
        GapsResolved = "gaps_resolved",
        VolunteersConfirmed = "volunteers_confirmed",
        ProgramParticipants = "program_participants",
    }
);

impl Source {
    /// Whether its figures can be told per cluster or settlement.
    pub fn splits(self) -> bool {
        matches!(
            self,
            Source::Typed
                | Source::Visits
                | Source::SettlementsVisited
                | Source::VolunteersConfirmed
                | Source::ProgramParticipants
        )
    }

    /// Whether it counts what piles up through the year (so a quarter into the year, a
    /// quarter of the target is on track), rather than a level or a rate.
    pub fn grows(self) -> bool {
        matches!(
            self,
            Source::Visits | Source::GapsResolved | Source::VolunteersConfirmed
        )
    }
}

/// A plan as entered.
#[derive(Clone, Debug, Default, Deserialize)]
pub struct WorkPlanInput {
    pub name: String,
    /// The school years it covers, each named by the year it opens.
    pub first_year: i32,
    pub last_year: i32,
    #[serde(default)]
    pub assessment: String,
    /// As typed, or empty.
    #[serde(default)]
    pub assessed_on: String,
}

/// A goal or an objective as entered.
#[derive(Clone, Debug, Default, Deserialize)]
pub struct GoalInput {
    pub name: String,
    #[serde(default)]
    pub description: String,
}

/// A task as entered.
#[derive(Clone, Debug, Default, Deserialize)]
pub struct TaskInput {
    pub what: String,
    #[serde(default)]
    pub owner_id: Option<Id>,
    pub school_year: i32,
    #[serde(default)]
    pub quarter: Option<u8>,
    #[serde(default)]
    pub due_on: String,
    #[serde(default)]
    pub status: Option<TaskStatus>,
    #[serde(default)]
    pub program_id: Option<Id>,
    #[serde(default)]
    pub forum_id: Option<Id>,
    #[serde(default)]
    pub cluster_id: Option<Id>,
}

/// An indicator as entered.
#[derive(Clone, Debug, Default, Deserialize)]
pub struct IndicatorInput {
    pub goal_id: Id,
    #[serde(default)]
    pub objective_id: Option<Id>,
    pub name: String,
    #[serde(default)]
    pub unit: String,
    #[serde(default)]
    pub baseline: TypedNumber,
    #[serde(default)]
    pub target: TypedNumber,
    pub direction: Option<Direction>,
    pub frequency: Option<Frequency>,
    #[serde(default)]
    pub split: Option<Split>,
    #[serde(default)]
    pub owner_id: Option<Id>,
    #[serde(default)]
    pub source: Option<Source>,
    #[serde(default)]
    pub forum_id: Option<Id>,
    #[serde(default)]
    pub level: Option<ForumLevel>,
    #[serde(default)]
    pub cluster_id: Option<Id>,
    #[serde(default)]
    pub program_id: Option<Id>,
    /// For settlements visited: within how many days.
    #[serde(default)]
    pub days: TypedNumber,
}

/// An actual as typed.
#[derive(Clone, Debug, Default, Deserialize)]
pub struct ActualInput {
    pub school_year: i32,
    /// 1 to 4, or 0 for the year as a whole.
    #[serde(default)]
    pub quarter: u8,
    /// A cluster or settlement of a split indicator; empty for the whole.
    #[serde(default)]
    pub scope_id: String,
    #[serde(default)]
    pub value: TypedNumber,
    #[serde(default)]
    pub note: String,
    /// Who typed it.
    pub typed_by_id: Option<Id>,
}

/// A goal's lessons for a year, as written.
#[derive(Clone, Debug, Default, Deserialize)]
pub struct LessonsInput {
    #[serde(default)]
    pub worked: String,
    #[serde(default)]
    pub did_not: String,
    #[serde(default)]
    pub cases: String,
    #[serde(default)]
    pub lessons: String,
}

/// A part of a plan that can be removed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PlanPart {
    Goal,
    Objective,
    Task,
    Indicator,
}

impl PlanPart {
    pub(super) fn table(self) -> &'static str {
        match self {
            PlanPart::Goal => "plan_goals",
            PlanPart::Objective => "plan_objectives",
            PlanPart::Task => "plan_tasks",
            PlanPart::Indicator => "plan_indicators",
        }
    }
}

/// A plan in the list.
#[derive(Clone, Debug, Serialize)]
pub struct PlanRow {
    pub id: Id,
    pub name: String,
    pub first_year: i32,
    pub last_year: i32,
}

from_row!(r => PlanRow { id, name, first_year, last_year });

/// A figure: its value, whether Eshkol counted it or a person typed it (who, and when), and
/// whether it is frozen with its closed year.
#[derive(Clone, Debug, Default, Serialize)]
pub struct Figure {
    pub value: Option<f64>,
    pub counted: bool,
    pub typed_by: Option<String>,
    pub typed_at: Option<String>,
    pub note: String,
    pub frozen: bool,
}

impl Figure {
    /// A figure a person typed, as `plan_actuals` holds it (with who typed it, by name).
    pub(super) fn typed_from_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<Self> {
        Ok(Figure {
            value: r.get("value")?,
            counted: false,
            typed_by: r.get("typed_by")?,
            typed_at: r.get("typed_at")?,
            note: r.get("note")?,
            frozen: false,
        })
    }
}

#[derive(Clone, Debug, Serialize)]
pub struct QuarterFigure {
    pub quarter: u8,
    pub figure: Figure,
}

/// A cluster's or a settlement's figure for the year, of a split indicator.
#[derive(Clone, Debug, Serialize)]
pub struct ScopeFigure {
    pub id: Id,
    pub name: String,
    pub figure: Figure,
    pub percent_met: Option<f64>,
}

#[derive(Clone, Debug, Serialize)]
pub struct IndicatorView {
    pub id: Id,
    pub goal_id: Id,
    pub objective_id: Option<Id>,
    pub name: String,
    pub unit: String,
    pub baseline: f64,
    pub target: f64,
    pub direction: Direction,
    pub frequency: Frequency,
    pub split: Split,
    pub owner_id: Option<Id>,
    pub owner_name: Option<String>,
    pub source: Source,
    pub forum_id: Option<Id>,
    pub forum_name: Option<String>,
    pub level: Option<ForumLevel>,
    pub cluster_id: Option<Id>,
    pub cluster_name: Option<String>,
    pub program_id: Option<Id>,
    pub program_name: Option<String>,
    pub days: Option<i64>,
    /// The year's figure for the whole department.
    pub year: Figure,
    /// Quarter by quarter, for one measured each quarter.
    pub quarters: Vec<QuarterFigure>,
    pub scopes: Vec<ScopeFigure>,
    pub percent_met: Option<f64>,
    pub standing: Option<Standing>,
    /// Typed, and no actual typed lately (a quarter, or a year for a yearly one).
    pub stale: bool,
}

#[derive(Clone, Debug, Serialize)]
pub struct TaskView {
    pub id: Id,
    pub objective_id: Id,
    pub what: String,
    pub owner_id: Option<Id>,
    pub owner_name: Option<String>,
    pub school_year: i32,
    pub quarter: Option<u8>,
    pub due_on: Option<NaiveDate>,
    pub status: TaskStatus,
    pub program_id: Option<Id>,
    pub program_name: Option<String>,
    pub forum_id: Option<Id>,
    pub forum_name: Option<String>,
    pub cluster_id: Option<Id>,
    pub cluster_name: Option<String>,
    /// Rolled over from the year before.
    pub rolled_over: bool,
    /// Rolled into the next year.
    pub rolled_on: bool,
    /// Its date, else the end of its quarter, else of its year.
    pub deadline: NaiveDate,
    /// Planned or under way, and past its deadline.
    pub late: bool,
}

from_row!(r => TaskView {
    id, objective_id, what, owner_id, owner_name, school_year, quarter, due_on, status, program_id,
    program_name, forum_id, forum_name, cluster_id, cluster_name, rolled_over, rolled_on, deadline, late
});

/// A task as `TaskView` reads it, its deadline worked out once; `?1` is today. `TASK_FROM`

#[derive(Clone, Debug, Default, Serialize)]
pub struct Lessons {
    pub worked: String,
    pub did_not: String,
    pub cases: String,
    pub lessons: String,
}

from_row!(r => Lessons { worked, did_not, cases, lessons });

#[derive(Clone, Debug, Serialize)]
pub struct ObjectiveView {
    pub id: Id,
    pub name: String,
    pub description: String,
    pub indicators: Vec<IndicatorView>,
    pub tasks: Vec<TaskView>,
}

#[derive(Clone, Debug, Serialize)]
pub struct GoalView {
    pub id: Id,
    pub name: String,
    pub description: String,
    /// The goal's own indicators (those of its objectives are under them).
    pub indicators: Vec<IndicatorView>,
    pub objectives: Vec<ObjectiveView>,
    pub lessons: Lessons,
}

/// A year of a plan against its actuals.
#[derive(Clone, Debug, Serialize)]
pub struct PlanYear {
    pub id: Id,
    pub name: String,
    pub first_year: i32,
    pub last_year: i32,
    pub assessment: String,
    pub assessed_on: Option<NaiveDate>,
    pub school_year: i32,
    /// When the year was closed, if it was.
    pub closed_at: Option<String>,
    pub goals: Vec<GoalView>,
}

/// A late task, for its owner's part of the home screen.
#[derive(Clone, Debug, Serialize)]
pub struct LateTask {
    pub id: Id,
    pub plan_id: Id,
    pub what: String,
    pub owner_id: Option<Id>,
    pub owner_name: Option<String>,
    pub deadline: NaiveDate,
    pub school_year: i32,
}

/// An indicator still waiting for a recent actual.
#[derive(Clone, Debug, Serialize)]
pub struct StaleIndicator {
    pub id: Id,
    pub plan_id: Id,
    pub name: String,
    pub owner_id: Option<Id>,
    pub owner_name: Option<String>,
    /// When an actual was last typed; none, never.
    pub last_typed_on: Option<NaiveDate>,
}

/// What the home screen shows of the plans, each list by owner.
#[derive(Clone, Debug, Default, Serialize)]
pub struct PlanOnHome {
    pub late_tasks: Vec<LateTask>,
    pub late_tasks_total: usize,
    pub stale_indicators: Vec<StaleIndicator>,
    pub stale_indicators_total: usize,
}
