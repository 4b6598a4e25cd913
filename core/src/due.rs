//! What is due, in one list: the action items of forums' meetings, of visits and of hosted
//! delegations, the moves of programs, and the tasks of the work plan. Each keeps its own
//! status (an action item is open, done or cancelled; a move or a task planned, under way, done
//! or dropped); the list reads them as open, done or cancelled, says where each came from, and
//! opens the record it belongs to. The home screen's counts of what is late are this list's.

use chrono::NaiveDate;
use rusqlite::{OptionalExtension, Row};
use serde::{Deserialize, Serialize};

use crate::{
    error::{Field, Result},
    model::{Id, optional, text_enum},
    store::Store,
};

text_enum!(
    /// Where something due came from.
    DueSource, Field::Source, {
        Meeting = "meeting",
        Visit = "visit",
        Delegation = "delegation",
        Program = "program",
        Plan = "plan",
    }
);

text_enum!(
    /// Where something due stands, whatever its own kind of status.
    DueStatus, Field::Status, { Open = "open", Done = "done", Cancelled = "cancelled" }
);

/// One thing due.
#[derive(Clone, Debug, Serialize)]
pub struct DueItem {
    pub id: Id,
    pub what: String,
    pub owner_id: Option<Id>,
    pub owner_name: Option<String>,
    /// Its date; a work-plan task without one is due at the end of its quarter or year.
    pub due: Option<NaiveDate>,
    pub status: DueStatus,
    /// Its own status: `open`/`done`/`cancelled` for an action item, `planned`/`under_way`/
    /// `done`/`dropped` for a move or a task.
    pub own_status: String,
    /// Open, and how many days past its date.
    pub late_days: Option<i64>,
    pub source: DueSource,
    /// The forum, the settlement visited, the delegation, the program, or the plan's objective.
    pub source_name: Option<String>,
    /// The meeting's or the visit's date.
    pub source_date: Option<NaiveDate>,
    /// The record it opens: the meeting, the visit, the delegation, the program, or the plan.
    pub record_id: Id,
}

impl DueItem {
    fn from_row(r: &Row<'_>, today: NaiveDate) -> rusqlite::Result<Self> {
        let status: DueStatus = r.get("status")?;
        let due: Option<NaiveDate> = r.get("due")?;
        Ok(DueItem {
            id: r.get("id")?,
            what: r.get("what")?,
            owner_id: r.get("owner_id")?,
            owner_name: r.get("owner_name")?,
            late_days: due
                .filter(|_| status == DueStatus::Open)
                .map(|d| (today - d).num_days())
                .filter(|d| *d > 0),
            due,
            status,
            own_status: r.get("own_status")?,
            source: r.get("source")?,
            source_name: r.get("source_name")?,
            source_date: r.get("source_date")?,
            record_id: r.get("record_id")?,
        })
    }
}

/// Which of what is due to list; everything when empty.
#[derive(Clone, Debug, Default, Deserialize)]
pub struct DueFilter {
    #[serde(default)]
    pub owner_id: Option<Id>,
    #[serde(default)]
    pub source: Option<DueSource>,
    #[serde(default)]
    pub status: Option<DueStatus>,
    /// Open and past its date.
    #[serde(default)]
    pub late: bool,
}

/// Every kind of thing due as one table: action items (of a meeting, a visit or a delegation),
/// program moves, and the work plan's tasks (not one rolled into the next year, which is
/// followed there, nor one of a closed year, which is history).
fn everything_due() -> String {
    let tasks = crate::plan::read::TASK_FROM;
    format!(
        "SELECT a.id, a.what, a.owner_id, p.full_name AS owner_name, a.due_date AS due, a.status AS own_status,
                a.status AS status,
                CASE WHEN df.delegation_id IS NOT NULL THEN 'delegation'
                     WHEN a.visit_id IS NOT NULL THEN 'visit' ELSE 'meeting' END AS source,
                coalesce(d.name, s.name, f.name) AS source_name, coalesce(v.date, m.date) AS source_date,
                coalesce(d.id, v.id, m.id) AS record_id, a.created_at AS made
           FROM action_items a
           LEFT JOIN people p ON p.id = a.owner_id
           LEFT JOIN meetings m ON m.id = a.meeting_id LEFT JOIN forums f ON f.id = m.forum_id
           LEFT JOIN visits v ON v.id = a.visit_id LEFT JOIN settlements s ON s.id = v.settlement_id
           LEFT JOIN delegation_follow_ups df ON df.action_item_id = a.id
           LEFT JOIN delegations d ON d.id = df.delegation_id
         UNION ALL
         SELECT m.id, m.what, m.owner_id, p.full_name, m.due_on, m.status,
                CASE m.status WHEN 'done' THEN 'done' WHEN 'dropped' THEN 'cancelled' ELSE 'open' END,
                'program', g.name, NULL, g.id, m.created_at
           FROM program_moves m JOIN programs g ON g.id = m.program_id LEFT JOIN people p ON p.id = m.owner_id
          WHERE g.archived_at IS NULL
         UNION ALL
         SELECT t.id, t.what, t.owner_id, p.full_name, t.deadline, t.status,
                CASE t.status WHEN 'done' THEN 'done' WHEN 'dropped' THEN 'cancelled' ELSE 'open' END,
                'plan', o.name, NULL, pg.plan_id, t.created_at
           {tasks}
           JOIN plan_objectives o ON o.id = t.objective_id JOIN plan_goals pg ON pg.id = o.goal_id
          WHERE NOT t.rolled_on
            AND NOT EXISTS (SELECT 1 FROM plan_years y WHERE y.plan_id = pg.plan_id AND y.school_year = t.school_year)"
    )
}

/// `everything_due`, with `DueFilter`'s conditions: the `FROM` and `WHERE` of `due` and `due_count`.
fn filtered() -> String {
    format!(
        "FROM ({})
          WHERE (:owner IS NULL OR owner_id = :owner) AND (:source IS NULL OR source = :source)
            AND (:status IS NULL OR status = :status)
            AND (NOT :late OR (status = 'open' AND due < :today))",
        everything_due()
    )
}

/// The values `filtered` binds.
fn filter_params(filter: &DueFilter, today: NaiveDate) -> Vec<(&'static str, Box<dyn rusqlite::ToSql>)> {
    vec![
        (":owner", Box::new(filter.owner_id.as_deref().and_then(optional))),
        (":source", Box::new(filter.source.map(DueSource::as_str))),
        (":status", Box::new(filter.status.map(DueStatus::as_str))),
        (":late", Box::new(filter.late)),
        (":today", Box::new(today)),
    ]
}

impl Store {
    /// What is due, filtered: open first, the latest first among them, then by date.
    pub fn due(&self, filter: &DueFilter, today: NaiveDate) -> Result<Vec<DueItem>> {
        let sql = format!("SELECT * {} ORDER BY status <> 'open', due IS NULL, due, made, id", filtered());
        let mut stmt = self.connection().prepare_cached(&sql)?;
        let rows = stmt.query_map(filter_params(filter, today).as_slice(), |r| DueItem::from_row(r, today))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// How many rows `due` lists for the filter, counted without reading them (the home screen's
    /// late count).
    pub fn due_count(&self, filter: &DueFilter, today: NaiveDate) -> Result<usize> {
        let sql = format!("SELECT count(*) {}", filtered());
        let count: i64 = self
            .connection()
            .prepare_cached(&sql)?
            .query_row(filter_params(filter, today).as_slice(), |r| r.get(0))?;
        Ok(count as usize)
    }
}

impl Store {
    /// Set where something due stands, in its own kind of status (`own_status`): an action
    /// item's through `set_action_status`, a move's and a task's through their own save, so each
    /// keeps its rules (a task of a closed year stays as it was).
    pub fn set_due_status(
        &mut self,
        source: DueSource,
        id: &str,
        own_status: &str,
        today: NaiveDate,
    ) -> Result<()> {
        use crate::{
            forums::ActionStatus,
            plan::{TaskInput, TaskStatus},
            programs::{MoveInput, MoveStatus},
        };
        match source {
            DueSource::Meeting | DueSource::Visit | DueSource::Delegation => {
                self.set_action_status(id, ActionStatus::parse(own_status)?, today)
            }
            DueSource::Program => {
                let status = MoveStatus::parse(own_status)?;
                self.write(|w| {
                    let (program, input) = w
                        .tx
                        .query_row(
                            "SELECT program_id, what, coalesce(due_on, '') AS due_on, owner_id
                               FROM program_moves WHERE id = ?1",
                            [id],
                            |r| {
                                let input = MoveInput {
                                    what: r.get("what")?,
                                    due_on: r.get("due_on")?,
                                    owner_id: r.get("owner_id")?,
                                    status: Some(status),
                                };
                                Ok((r.get::<_, Id>("program_id")?, input))
                            },
                        )
                        .optional()?
                        .ok_or(crate::Error::NotFound)?;
                    w.save_program_move(&program, Some(id), &input).map(drop)
                })
            }
            DueSource::Plan => {
                let status = TaskStatus::parse(own_status)?;
                self.write(|w| {
                    let (objective, input) = w
                        .tx
                        .query_row(
                            "SELECT objective_id, what, owner_id, school_year, quarter,
                                    coalesce(due_on, '') AS due_on, program_id, forum_id, cluster_id
                               FROM plan_tasks WHERE id = ?1",
                            [id],
                            |r| {
                                let input = TaskInput {
                                    what: r.get("what")?,
                                    owner_id: r.get("owner_id")?,
                                    school_year: r.get("school_year")?,
                                    quarter: r.get("quarter")?,
                                    due_on: r.get("due_on")?,
                                    status: Some(status),
                                    program_id: r.get("program_id")?,
                                    forum_id: r.get("forum_id")?,
                                    cluster_id: r.get("cluster_id")?,
                                };
                                Ok((r.get::<_, Id>("objective_id")?, input))
                            },
                        )
                        .optional()?
                        .ok_or(crate::Error::NotFound)?;
                    w.save_plan_task(&objective, Some(id), &input).map(drop)
                })
            }
        }
    }
}
