//! A year of a plan against its actuals: each goal with its indicators and objectives, each
//! objective with its indicators and the year's tasks; every figure counted or typed (or, once
//! the year is closed, as it stood then), with "% met" and how it stands. Also what the home
//! screen shows of the plan (late tasks, indicators without a recent actual, by owner).

use std::collections::HashMap;

use chrono::NaiveDate;
use rusqlite::{Connection, OptionalExtension, params};

use super::{
    count::{Counting, Scope, counted},
    measure::{percent_met, period, standing},
    types::*,
};
use crate::{
    error::{Error, Result},
    forums::school_year,
    model::Id,
    store::{Store, rows},
};

/// names the task `t`, to join and filter on.
const TASK_COLUMNS: &str = "t.id, t.objective_id, t.what, t.owner_id, p.full_name AS owner_name, t.school_year, t.quarter,
       t.due_on, t.status, t.program_id, g.name AS program_name, t.forum_id, f.name AS forum_name, t.cluster_id,
       k.name AS cluster_name, t.rolled_from_id IS NOT NULL AS rolled_over, t.rolled_on, t.deadline,
       t.status IN ('planned', 'under_way') AND t.deadline < ?1 AND NOT t.rolled_on AS late";
pub(crate) const TASK_FROM: &str = "FROM (SELECT *,
             coalesce(due_on, date(printf('%04d-09-01', school_year), '+' || (coalesce(quarter, 4) * 3) || ' months', '-1 day'))
                 AS deadline,
             EXISTS (SELECT 1 FROM plan_tasks n WHERE n.rolled_from_id = plan_tasks.id) AS rolled_on
        FROM plan_tasks) t
       LEFT JOIN people p ON p.id = t.owner_id LEFT JOIN programs g ON g.id = t.program_id
       LEFT JOIN forums f ON f.id = t.forum_id LEFT JOIN clusters k ON k.id = t.cluster_id";

/// An indicator as stored.
struct Stored {
    view: IndicatorView,
    counting: Counting,
}

const INDICATOR_COLUMNS: &str = "i.id, i.goal_id, i.objective_id, i.name, i.unit, i.baseline, i.target, i.direction, i.frequency,
       i.split, i.owner_id, p.full_name AS owner_name, i.source, i.forum_id, f.name AS forum_name, i.level,
       i.cluster_id, k.name AS cluster_name, i.program_id, g.name AS program_name, i.days
  FROM plan_indicators i LEFT JOIN people p ON p.id = i.owner_id LEFT JOIN forums f ON f.id = i.forum_id
       LEFT JOIN clusters k ON k.id = i.cluster_id LEFT JOIN programs g ON g.id = i.program_id";

fn stored(r: &rusqlite::Row<'_>) -> rusqlite::Result<Stored> {
    let view = IndicatorView {
        id: r.get("id")?,
        goal_id: r.get("goal_id")?,
        objective_id: r.get("objective_id")?,
        name: r.get("name")?,
        unit: r.get("unit")?,
        baseline: r.get("baseline")?,
        target: r.get("target")?,
        direction: r.get("direction")?,
        frequency: r.get("frequency")?,
        split: r.get("split")?,
        owner_id: r.get("owner_id")?,
        owner_name: r.get("owner_name")?,
        source: r.get("source")?,
        forum_id: r.get("forum_id")?,
        forum_name: r.get("forum_name")?,
        level: r.get("level")?,
        cluster_id: r.get("cluster_id")?,
        cluster_name: r.get("cluster_name")?,
        program_id: r.get("program_id")?,
        program_name: r.get("program_name")?,
        days: r.get("days")?,
        year: Figure::default(),
        quarters: Vec::new(),
        scopes: Vec::new(),
        percent_met: None,
        standing: None,
        stale: false,
    };
    let counting = Counting {
        source: view.source,
        forum_id: view.forum_id.clone(),
        level: view.level,
        cluster_id: view.cluster_id.clone(),
        program_id: view.program_id.clone(),
        days: view.days,
    };
    Ok(Stored { view, counting })
}

/// How long a typed indicator waits for its next actual before it shows as stale.
fn fresh_days(frequency: Frequency) -> i64 {
    match frequency {
        Frequency::Quarterly => 92,
        Frequency::Yearly => 366,
    }
}

/// The figures of one indicator in one year, whichever way they come.
struct Figures<'a> {
    conn: &'a Connection,
    school_year: i32,
    today: NaiveDate,
    /// A closed year's frozen figures by (indicator, quarter, scope).
    frozen: Option<HashMap<(Id, u8, String), (Option<f64>, bool)>>,
}

impl Figures<'_> {
    fn typed(&self, indicator: &str, quarter: u8, scope: &str) -> Result<Option<Figure>> {
        Ok(self
            .conn
            .prepare_cached(
                "SELECT a.value, p.full_name AS typed_by, a.typed_at, a.note
                   FROM plan_actuals a LEFT JOIN people p ON p.id = a.typed_by_id
                  WHERE a.indicator_id = ?1 AND a.school_year = ?2 AND a.quarter = ?3 AND a.scope_id = ?4",
            )?
            .query_row(params![indicator, self.school_year, quarter, scope], Figure::typed_from_row)
            .optional()?)
    }

    /// The figure for a quarter (0: the year) and a scope, as it stands today.
    fn live(&self, s: &Stored, quarter: u8, scope_id: &str, scope: &Scope) -> Result<Figure> {
        if s.view.source != Source::Typed {
            return Ok(Figure {
                value: counted(
                    self.conn,
                    &s.counting,
                    self.school_year,
                    quarter,
                    scope,
                    self.today,
                )?,
                counted: true,
                ..Figure::default()
            });
        }
        if let Some(f) = self.typed(&s.view.id, quarter, scope_id)? {
            return Ok(f);
        }
        // A year without its own figure reads the latest quarter's.
        if quarter == 0 {
            for q in (1..=4).rev() {
                if let Some(f) = self.typed(&s.view.id, q, scope_id)? {
                    return Ok(f);
                }
            }
        }
        Ok(Figure::default())
    }

    fn figure(&self, s: &Stored, quarter: u8, scope_id: &str, scope: &Scope) -> Result<Figure> {
        let Some(frozen) = &self.frozen else {
            return self.live(s, quarter, scope_id, scope);
        };
        let (value, counted) = frozen
            .get(&(s.view.id.clone(), quarter, scope_id.to_owned()))
            .copied()
            .unwrap_or((None, s.view.source != Source::Typed));
        let mut figure = Figure {
            value,
            counted,
            frozen: true,
            ..Figure::default()
        };
        if !counted && let Some(typed) = self.typed(&s.view.id, quarter, scope_id)? {
            figure.typed_by = typed.typed_by;
            figure.typed_at = typed.typed_at;
            figure.note = typed.note;
        }
        Ok(figure)
    }

    /// Every figure of the indicator for the year: the whole, the quarters, the places.
    fn fill(&self, s: &mut Stored) -> Result<()> {
        let whole = Scope::default();
        s.view.year = self.figure(s, 0, "", &whole)?;
        if s.view.frequency == Frequency::Quarterly {
            let mut quarters = Vec::new();
            for quarter in 1..=4 {
                quarters.push(QuarterFigure {
                    quarter,
                    figure: self.figure(s, quarter, "", &whole)?,
                });
            }
            s.view.quarters = quarters;
        }
        let places = match s.view.split {
            Split::None => Vec::new(),
            Split::Cluster => rows(
                self.conn,
                "SELECT id, name FROM clusters WHERE archived_at IS NULL AND (?1 IS NULL OR id = ?1)
                  ORDER BY name COLLATE hebrew, id",
                [&s.view.cluster_id],
                |r| Ok((r.get::<_, Id>(0)?, r.get::<_, String>(1)?)),
            )?,
            Split::Settlement => rows(
                self.conn,
                "SELECT id, name FROM settlements WHERE archived_at IS NULL AND (?1 IS NULL OR cluster_id = ?1)
                  ORDER BY name COLLATE hebrew, id",
                [&s.view.cluster_id],
                |r| Ok((r.get::<_, Id>(0)?, r.get::<_, String>(1)?)),
            )?,
        };
        let mut scopes = Vec::new();
        for (id, name) in places {
            let scope = match s.view.split {
                Split::Cluster => Scope {
                    cluster: Some(id.clone()),
                    settlement: None,
                },
                _ => Scope {
                    cluster: None,
                    settlement: Some(id.clone()),
                },
            };
            let figure = self.figure(s, 0, &id, &scope)?;
            let percent_met = figure
                .value
                .map(|v| percent_met(s.view.direction, s.view.baseline, s.view.target, v));
            scopes.push(ScopeFigure {
                id,
                name,
                figure,
                percent_met,
            });
        }
        s.view.scopes = scopes;
        let (first, last) = period(self.school_year, 0);
        s.view.percent_met = s
            .view
            .year
            .value
            .map(|v| percent_met(s.view.direction, s.view.baseline, s.view.target, v));
        let expected = if self.frozen.is_none()
            && s.view.source.grows()
            && s.view.direction == Direction::Increase
            && self.today < last
        {
            ((self.today - first).num_days() + 1) as f64 / ((last - first).num_days() + 1) as f64
        } else {
            1.0
        };
        s.view.standing = s.view.percent_met.map(|p| standing(p, expected));
        if s.view.source == Source::Typed
            && self.frozen.is_none()
            && school_year(self.today) == self.school_year
        {
            let last_typed: Option<String> = self.conn.query_row(
                "SELECT max(typed_at) FROM plan_actuals WHERE indicator_id = ?1",
                [&s.view.id],
                |r| r.get(0),
            )?;
            s.view.stale = typed_age(last_typed.as_deref(), self.today)
                .is_none_or(|age| age > fresh_days(s.view.frequency));
        }
        Ok(())
    }
}

/// The date part of a stored moment.
fn typed_on(typed_at: Option<&str>) -> Option<NaiveDate> {
    typed_at.and_then(|t| NaiveDate::parse_from_str(t.get(..10)?, "%Y-%m-%d").ok())
}

fn typed_age(typed_at: Option<&str>, today: NaiveDate) -> Option<i64> {
    typed_on(typed_at).map(|d| (today - d).num_days())
}

pub(super) fn closed_at(conn: &Connection, plan_id: &str, year: i32) -> Result<Option<String>> {
    Ok(conn
        .query_row(
            "SELECT closed_at FROM plan_years WHERE plan_id = ?1 AND school_year = ?2",
            params![plan_id, year],
            |r| r.get(0),
        )
        .optional()?)
}

/// Every indicator of the plan with its figures for the year.
pub(super) fn indicators(
    conn: &Connection,
    plan_id: &str,
    year: i32,
    today: NaiveDate,
) -> Result<Vec<IndicatorView>> {
    /// A figure kept when its year was closed.
    struct Frozen {
        indicator_id: Id,
        quarter: u8,
        scope_id: String,
        value: Option<f64>,
        counted: bool,
    }
    crate::store::from_row!(r => Frozen { indicator_id, quarter, scope_id, value, counted });
    let frozen = match closed_at(conn, plan_id, year)? {
        None => None,
        Some(_) => Some(
            rows(
                conn,
                "SELECT f.indicator_id, f.quarter, f.scope_id, f.value, f.counted FROM plan_figures f
                   JOIN plan_indicators i ON i.id = f.indicator_id JOIN plan_goals g ON g.id = i.goal_id
                  WHERE g.plan_id = ?1 AND f.school_year = ?2",
                params![plan_id, year],
                Frozen::from_row,
            )?
            .into_iter()
            .map(|f| ((f.indicator_id, f.quarter, f.scope_id), (f.value, f.counted)))
            .collect(),
        ),
    };
    let figures = Figures {
        conn,
        school_year: year,
        today,
        frozen,
    };
    let mut all = rows(
        conn,
        &format!(
            "SELECT {INDICATOR_COLUMNS} JOIN plan_goals pg ON pg.id = i.goal_id
              WHERE pg.plan_id = ?1 ORDER BY i.position, i.id"
        ),
        [plan_id],
        stored,
    )?;
    for s in &mut all {
        figures.fill(s)?;
    }
    Ok(all.into_iter().map(|s| s.view).collect())
}

impl Store {
    /// The plans, the latest first.
    pub fn plans(&self) -> Result<Vec<PlanRow>> {
        rows(
            self.connection(),
            "SELECT id, name, first_year, last_year FROM plans ORDER BY last_year DESC, name COLLATE hebrew, id",
            [],
            PlanRow::from_row,
        )
    }

    /// A year of a plan against its actuals, as of `today`.
    pub fn plan_year(&self, plan_id: &str, year: i32, today: NaiveDate) -> Result<PlanYear> {
        let conn = self.connection();
        #[allow(clippy::type_complexity)]
        /// The plan itself, before its goals.
        struct Plan {
            name: String,
            first_year: i32,
            last_year: i32,
            assessment: String,
            assessed_on: Option<NaiveDate>,
        }
        crate::store::from_row!(r => Plan { name, first_year, last_year, assessment, assessed_on });
        let Plan { name, first_year, last_year, assessment, assessed_on } = conn
            .query_row(
                "SELECT name, first_year, last_year, assessment, assessed_on FROM plans WHERE id = ?1",
                [plan_id],
                Plan::from_row,
            )
            .optional()?
            .ok_or(Error::NotFound)?;
        let mut indicators = indicators(conn, plan_id, year, today)?;
        let mut tasks = rows(
            conn,
            &format!(
                "SELECT {TASK_COLUMNS} {TASK_FROM} JOIN plan_objectives o ON o.id = t.objective_id JOIN plan_goals pg ON pg.id = o.goal_id
                  WHERE pg.plan_id = ?2 AND t.school_year = ?3 ORDER BY t.position, t.id"
            ),
            params![today, plan_id, year],
            TaskView::from_row,
        )?;
        /// A goal or an objective: what it is called and says.
        struct Part {
            id: Id,
            name: String,
            description: String,
        }
        crate::store::from_row!(r => Part { id, name, description });
        let goals = rows(
            conn,
            "SELECT id, name, description FROM plan_goals WHERE plan_id = ?1 ORDER BY position, id",
            [plan_id],
            Part::from_row,
        )?;
        let mut out = Vec::new();
        for Part { id, name, description } in goals {
            let objectives = rows(
                conn,
                "SELECT id, name, description FROM plan_objectives WHERE goal_id = ?1 ORDER BY position, id",
                [&id],
                Part::from_row,
            )?;
            let objectives = objectives
                .into_iter()
                .map(|Part { id: oid, name, description }| ObjectiveView {
                    indicators: take(&mut indicators, |i| i.objective_id.as_ref() == Some(&oid)),
                    tasks: take(&mut tasks, |t| t.objective_id == oid),
                    id: oid,
                    name,
                    description,
                })
                .collect();
            let lessons = conn
                .query_row(
                    "SELECT worked, did_not, cases, lessons FROM plan_lessons WHERE goal_id = ?1 AND school_year = ?2",
                    params![id, year],
                    Lessons::from_row,
                )
                .optional()?
                .unwrap_or_default();
            out.push(GoalView {
                indicators: take(&mut indicators, |i| i.goal_id == id),
                objectives,
                lessons,
                id,
                name,
                description,
            });
        }
        Ok(PlanYear {
            id: plan_id.to_owned(),
            name,
            first_year,
            last_year,
            assessment,
            assessed_on,
            school_year: year,
            closed_at: closed_at(conn, plan_id, year)?,
            goals: out,
        })
    }

    /// The plans' late tasks and their typed indicators without a recent actual, by owner:
    /// the first `limit` of each (the home screen says how many), with the count of all. A
    /// closed year's tasks are history, and one rolled into the next year is followed there.
    pub fn plan_on_home(&self, today: NaiveDate, limit: usize) -> Result<PlanOnHome> {
        let conn = self.connection();
        let late: Vec<(TaskView, Id)> = rows(
            conn,
            &format!(
                "SELECT {TASK_COLUMNS}, pg.plan_id AS plan_id {TASK_FROM}
                   JOIN plan_objectives o ON o.id = t.objective_id JOIN plan_goals pg ON pg.id = o.goal_id
                  WHERE t.status IN ('planned', 'under_way') AND t.deadline < ?1 AND NOT t.rolled_on
                    AND NOT EXISTS (SELECT 1 FROM plan_years y WHERE y.plan_id = pg.plan_id AND y.school_year = t.school_year)
                  ORDER BY p.full_name IS NULL, p.full_name COLLATE hebrew, t.deadline, t.id"
            ),
            [today],
            |r| Ok((TaskView::from_row(r)?, r.get("plan_id")?)),
        )?;
        let late_tasks_total = late.len();
        let late_tasks = late
            .into_iter()
            .take(limit)
            .map(|(t, plan_id)| LateTask {
                plan_id,
                id: t.id,
                what: t.what,
                owner_id: t.owner_id,
                owner_name: t.owner_name,
                deadline: t.deadline,
                school_year: t.school_year,
            })
            .collect();
        let year = school_year(today);
        let waiting: Vec<(StaleIndicator, Frequency)> = rows(
            conn,
            "SELECT i.id, g.plan_id, i.name, i.owner_id, p.full_name AS owner_name, i.frequency,
                    (SELECT max(typed_at) FROM plan_actuals a WHERE a.indicator_id = i.id) AS last_typed_at
               FROM plan_indicators i JOIN plan_goals g ON g.id = i.goal_id JOIN plans pl ON pl.id = g.plan_id
                    LEFT JOIN people p ON p.id = i.owner_id
              WHERE i.source = 'typed' AND ?1 BETWEEN pl.first_year AND pl.last_year
                AND NOT EXISTS (SELECT 1 FROM plan_years y WHERE y.plan_id = pl.id AND y.school_year = ?1)
              ORDER BY p.full_name IS NULL, p.full_name COLLATE hebrew, i.name COLLATE hebrew, i.id",
            [year],
            |r| {
                let last: Option<String> = r.get("last_typed_at")?;
                Ok((
                    StaleIndicator {
                        id: r.get("id")?,
                        plan_id: r.get("plan_id")?,
                        name: r.get("name")?,
                        owner_id: r.get("owner_id")?,
                        owner_name: r.get("owner_name")?,
                        last_typed_on: typed_on(last.as_deref()),
                    },
                    r.get("frequency")?,
                ))
            },
        )?;
        let stale: Vec<StaleIndicator> = waiting
            .into_iter()
            .filter(|(s, frequency)| {
                s.last_typed_on
                    .is_none_or(|d| (today - d).num_days() > fresh_days(*frequency))
            })
            .map(|(s, _)| s)
            .collect();
        let stale_indicators_total = stale.len();
        Ok(PlanOnHome {
            late_tasks,
            late_tasks_total,
            stale_indicators: stale.into_iter().take(limit).collect(),
            stale_indicators_total,
        })
    }
}

/// The items `keep` picks, taken out of `all` in their order.
fn take<T>(all: &mut Vec<T>, keep: impl Fn(&T) -> bool) -> Vec<T> {
    let (taken, rest): (Vec<T>, Vec<T>) = std::mem::take(all).into_iter().partition(|x| keep(x));
    *all = rest;
    taken
}
