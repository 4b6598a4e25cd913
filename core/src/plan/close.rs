//! Closing a year of a plan: every figure of the year written to `plan_figures` and read from
//! there on, so later records change nothing in it; its open tasks copied into the next year,
//! naming their source.

use chrono::NaiveDate;
use rusqlite::{Connection, OptionalExtension, params};

use super::read::*;
use super::types::*;
use crate::{
    error::{Error, Result},
    model::Id,
    store::{Store, Writer, now, rows},
};

impl Store {
    /// Close a year of a plan: its figures as they stand today are kept, and from then on read
    /// instead of counted; its open tasks roll into the next year when `roll_over` (the plan
    /// then reaches that year). How many tasks rolled over.
    pub fn close_plan_year(
        &mut self,
        plan_id: &str,
        year: i32,
        roll_over: bool,
        today: NaiveDate,
    ) -> Result<usize> {
        self.write(|w| w.close_plan_year(plan_id, year, roll_over, today))
    }
}

impl Writer<'_> {
    pub(crate) fn close_plan_year(
        &self,
        plan_id: &str,
        year: i32,
        roll_over: bool,
        today: NaiveDate,
    ) -> Result<usize> {
        let conn: &Connection = self.tx;
        let (first, last): (i32, i32) = conn
            .query_row(
                "SELECT first_year, last_year FROM plans WHERE id = ?1",
                [plan_id],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .optional()?
            .ok_or(Error::NotFound)?;
        if !(first..=last).contains(&year) {
            return Err(Error::Invalid {
                field: crate::error::Field::SchoolYear,
                value: year.to_string(),
            });
        }
        if closed_at(conn, plan_id, year)?.is_some() {
            return Err(Error::YearClosed);
        }
        for indicator in indicators(conn, plan_id, year, today)? {
            let mut keep = vec![(0_u8, String::new(), indicator.year.clone())];
            keep.extend(
                indicator
                    .quarters
                    .iter()
                    .map(|q| (q.quarter, String::new(), q.figure.clone())),
            );
            keep.extend(
                indicator
                    .scopes
                    .iter()
                    .map(|s| (0, s.id.clone(), s.figure.clone())),
            );
            for (quarter, scope, figure) in keep {
                self.tx.execute(
                    "INSERT INTO plan_figures (indicator_id, school_year, quarter, scope_id, value, counted)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6)
                     ON CONFLICT DO UPDATE SET value = excluded.value, counted = excluded.counted",
                    params![indicator.id, year, quarter, scope, figure.value, indicator.source != Source::Typed],
                )?;
            }
        }
        self.tx.execute(
            "INSERT INTO plan_years (plan_id, school_year, closed_at) VALUES (?1, ?2, ?3)",
            params![plan_id, year, now()],
        )?;
        if !roll_over {
            return Ok(0);
        }
        let open: Vec<Id> = rows(
            self.tx,
            "SELECT t.id FROM plan_tasks t JOIN plan_objectives o ON o.id = t.objective_id JOIN plan_goals g ON g.id = o.goal_id
              WHERE g.plan_id = ?1 AND t.school_year = ?2 AND t.status IN ('planned', 'under_way')
                AND NOT EXISTS (SELECT 1 FROM plan_tasks n WHERE n.rolled_from_id = t.id)
              ORDER BY o.position, t.position, t.id",
            params![plan_id, year],
            |r| r.get(0),
        )?;
        for task in &open {
            self.tx.execute(
                "INSERT INTO plan_tasks (id, objective_id, what, owner_id, school_year, quarter, due_on, status, program_id,
                                         forum_id, cluster_id, rolled_from_id, position, created_at, updated_at)
                 SELECT ?2, t.objective_id, t.what, t.owner_id, t.school_year + 1, t.quarter, NULL, t.status, t.program_id,
                        t.forum_id, t.cluster_id, t.id,
                        (SELECT coalesce(max(position) + 1, 0) FROM plan_tasks WHERE objective_id = t.objective_id),
                        ?3, ?3
                   FROM plan_tasks t WHERE t.id = ?1",
                params![task, crate::model::new_id(), now()],
            )?;
        }
        if !open.is_empty() && year + 1 > last {
            self.tx.execute(
                "UPDATE plans SET last_year = ?2, updated_at = ?3 WHERE id = ?1",
                params![plan_id, year + 1, now()],
            )?;
        }
        Ok(open.len())
    }
}
