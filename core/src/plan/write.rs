//! A plan's writes: the plan, its goals and objectives, tasks (and their order), indicators,
//! actuals typed by a person, lessons, and removing a part. Each checks its form first; a
//! closed year's figures are not changed.

use crate::model::TypedNumber;
use rusqlite::{OptionalExtension, params};

use super::types::*;
use crate::{
    directory::RecordKind,
    error::{Error, Field, Problems, Result},
    model::{Id, check_text, new_id, optional_date, required},
    store::{Store, Writer, now, one_row, rows},
};

fn school_year(field: Field, year: i32) -> Result<i32> {
    if (1948..=2200).contains(&year) {
        Ok(year)
    } else {
        Err(Error::Invalid {
            field,
            value: year.to_string(),
        })
    }
}

/// A figure as typed: a finite number within a billion either way.
fn figure(field: Field, typed: &TypedNumber) -> Result<f64> {
    match typed.read(field)? {
        None => Err(Error::Required(field)),
        Some(v) if v.is_finite() && v.abs() <= 1e9 => Ok(v),
        Some(v) => Err(Error::Invalid {
            field,
            value: v.to_string(),
        }),
    }
}

impl Writer<'_> {
    fn found(&self, table: &str, id: &str) -> Result<()> {
        self.tx
            .query_row(
                &format!("SELECT 1 FROM {table} WHERE id = ?1"),
                [id],
                |_| Ok(()),
            )
            .optional()?
            .ok_or(Error::NotFound)
    }

    /// The year an item of this plan sits in is closed.
    fn year_closed(&self, plan_id: &str, year: i32) -> Result<bool> {
        Ok(self
            .tx
            .query_row(
                "SELECT 1 FROM plan_years WHERE plan_id = ?1 AND school_year = ?2",
                params![plan_id, year],
                |_| Ok(()),
            )
            .optional()?
            .is_some())
    }

    pub(crate) fn save_plan(&self, id: Option<&str>, input: &WorkPlanInput) -> Result<Id> {
        if let Some(id) = id {
            self.found("plans", id)?;
        }
        let mut problems = Problems::default();
        let name = problems.check(required(Field::Name, &input.name));
        let first = problems.check(school_year(Field::FirstYear, input.first_year));
        let last = problems.check(school_year(Field::LastYear, input.last_year));
        if let (Some(first), Some(last)) = (first, last)
            && last < first
        {
            problems.check::<()>(Err(Error::EndsBeforeStart(Field::LastYear)));
        }
        problems.check(check_text(Field::Assessment, &input.assessment));
        let assessed = problems.check(optional_date(Field::AssessedOn, &input.assessed_on));
        problems.done()?;
        let name = name.unwrap_or_default();
        let assessed = assessed.flatten();
        let assessment = input.assessment.trim();
        match id {
            None => {
                let id = new_id();
                self.tx.execute(
                    "INSERT INTO plans (id, name, first_year, last_year, assessment, assessed_on, created_at, updated_at)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?7)",
                    params![id, name, input.first_year, input.last_year, assessment, assessed, now()],
                )?;
                Ok(id)
            }
            Some(id) => {
                self.tx.execute(
                    "UPDATE plans SET name = ?2, first_year = ?3, last_year = ?4, assessment = ?5, assessed_on = ?6,
                            updated_at = ?7
                      WHERE id = ?1 AND (name, first_year, last_year, assessment, assessed_on) IS NOT (?2, ?3, ?4, ?5, ?6)",
                    params![id, name, input.first_year, input.last_year, assessment, assessed, now()],
                )?;
                Ok(id.to_owned())
            }
        }
    }

    /// A goal of a plan (`parent` is the plan) or an objective of a goal (`parent` is the goal).
    pub(crate) fn save_goal(
        &self,
        part: PlanPart,
        parent: &str,
        id: Option<&str>,
        input: &GoalInput,
    ) -> Result<Id> {
        let (table, parent_table, parent_column) = match part {
            PlanPart::Goal => ("plan_goals", "plans", "plan_id"),
            _ => ("plan_objectives", "plan_goals", "goal_id"),
        };
        self.found(parent_table, parent)?;
        let mut problems = Problems::default();
        let name = problems.check(required(Field::Name, &input.name));
        problems.check(check_text(Field::Description, &input.description));
        problems.done()?;
        let (name, description) = (name.unwrap_or_default(), input.description.trim());
        match id {
            None => {
                let id = new_id();
                self.tx.execute(
                    &format!(
                        "INSERT INTO {table} (id, {parent_column}, name, description, position, created_at, updated_at)
                         VALUES (?1, ?2, ?3, ?4, (SELECT coalesce(max(position) + 1, 0) FROM {table} WHERE {parent_column} = ?2),
                                 ?5, ?5)"
                    ),
                    params![id, parent, name, description, now()],
                )?;
                Ok(id)
            }
            Some(id) => {
                one_row(self.tx.execute(
                    &format!(
                        "UPDATE {table} SET name = ?3, description = ?4, updated_at = ?5
                          WHERE id = ?1 AND {parent_column} = ?2"
                    ),
                    params![id, parent, name, description, now()],
                )?)?;
                Ok(id.to_owned())
            }
        }
    }

    pub(crate) fn save_plan_task(
        &self,
        objective_id: &str,
        id: Option<&str>,
        input: &TaskInput,
    ) -> Result<Id> {
        self.found("plan_objectives", objective_id)?;
        if let Some(id) = id {
            self.found("plan_tasks", id)?;
        }
        let mut problems = Problems::default();
        let what = problems.check(required(Field::What, &input.what));
        let owner = problems.check(
            self.check_ref(RecordKind::Person, &input.owner_id)
                .map_err(|_| Error::Required(Field::Person)),
        );
        problems.check(school_year(Field::SchoolYear, input.school_year));
        if let Some(q) = input.quarter
            && !(1..=4).contains(&q)
        {
            problems.check::<()>(Err(Error::Invalid {
                field: Field::Quarter,
                value: q.to_string(),
            }));
        }
        let due = problems.check(optional_date(Field::DueDate, &input.due_on));
        let program = problems.check(
            self.program_ref(&input.program_id)
                .map_err(|_| Error::Required(Field::Program)),
        );
        let forum = problems.check(
            self.check_ref(RecordKind::Forum, &input.forum_id)
                .map_err(|_| Error::Required(Field::Forum)),
        );
        let cluster = problems.check(
            self.check_ref(RecordKind::Cluster, &input.cluster_id)
                .map_err(|_| Error::Required(Field::Cluster)),
        );
        problems.done()?;
        let status = input.status.unwrap_or(TaskStatus::Planned);
        let task = id.map(str::to_owned).unwrap_or_else(new_id);
        let values = params![
            task,
            objective_id,
            what.unwrap_or_default(),
            owner.flatten(),
            input.school_year,
            input.quarter,
            due.flatten(),
            status,
            program.flatten(),
            forum.flatten(),
            cluster.flatten(),
            now()
        ];
        if id.is_none() {
            self.tx.execute(
                "INSERT INTO plan_tasks (id, objective_id, what, owner_id, school_year, quarter, due_on, status,
                                         program_id, forum_id, cluster_id, position, created_at, updated_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11,
                         (SELECT coalesce(max(position) + 1, 0) FROM plan_tasks WHERE objective_id = ?2), ?12, ?12)",
                values,
            )?;
        } else {
            one_row(self.tx.execute(
                "UPDATE plan_tasks SET what = ?3, owner_id = ?4, school_year = ?5, quarter = ?6, due_on = ?7,
                        status = ?8, program_id = ?9, forum_id = ?10, cluster_id = ?11, updated_at = ?12
                  WHERE id = ?1 AND objective_id = ?2",
                values,
            )?)?;
        }
        Ok(task)
    }

    fn program_ref(&self, id: &Option<Id>) -> Result<Option<Id>> {
        match id.as_deref().map(str::trim).filter(|i| !i.is_empty()) {
            Some(id) => self.found("programs", id).map(|_| Some(id.to_owned())),
            None => Ok(None),
        }
    }

    /// A task one place up (`delta` < 0) or down among its objective's tasks of its year.
    pub(crate) fn move_plan_task(&self, id: &str, delta: i32) -> Result<()> {
        let (objective, year): (Id, i32) = self
            .tx
            .query_row(
                "SELECT objective_id, school_year FROM plan_tasks WHERE id = ?1",
                [id],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .optional()?
            .ok_or(Error::NotFound)?;
        let mut ids: Vec<Id> = rows(
            self.tx,
            "SELECT id FROM plan_tasks WHERE objective_id = ?1 AND school_year = ?2 ORDER BY position, id",
            params![objective, year],
            |r| r.get(0),
        )?;
        let from = ids.iter().position(|x| x == id).ok_or(Error::NotFound)?;
        let to = from as i64 + i64::from(delta.signum());
        if !(0..ids.len() as i64).contains(&to) {
            return Ok(());
        }
        ids.swap(from, to as usize);
        for (position, task) in ids.iter().enumerate() {
            self.tx.execute(
                "UPDATE plan_tasks SET position = ?2, updated_at = ?3 WHERE id = ?1 AND position IS NOT ?2",
                params![task, position as i64, now()],
            )?;
        }
        Ok(())
    }

    pub(crate) fn save_plan_indicator(&self, id: Option<&str>, input: &IndicatorInput) -> Result<Id> {
        self.found("plan_goals", input.goal_id.trim())
            .map_err(|_| Error::Required(Field::PlanGoal))?;
        if let Some(id) = id {
            self.found("plan_indicators", id)?;
        }
        let mut problems = Problems::default();
        let name = problems.check(required(Field::Name, &input.name));
        problems.check(check_text(Field::Unit, &input.unit));
        let baseline = problems.check(figure(Field::Baseline, &input.baseline));
        let target = problems.check(figure(Field::TargetValue, &input.target));
        let direction = problems.check(input.direction.ok_or(Error::Required(Field::Direction)));
        let frequency = problems.check(input.frequency.ok_or(Error::Required(Field::Frequency)));
        let source = input.source.unwrap_or(Source::Typed);
        let split = input.split.unwrap_or(Split::None);
        if split != Split::None && !source.splits() {
            problems.check::<()>(Err(Error::Invalid {
                field: Field::Split,
                value: split.as_str().to_owned(),
            }));
        }
        let objective = match input
            .objective_id
            .as_deref()
            .map(str::trim)
            .filter(|o| !o.is_empty())
        {
            Some(objective) => problems
                .check(
                    self.tx
                        .query_row(
                            "SELECT id FROM plan_objectives WHERE id = ?1 AND goal_id = ?2",
                            params![objective, input.goal_id.trim()],
                            |r| r.get::<_, Id>(0),
                        )
                        .optional()
                        .map_err(Error::from)
                        .and_then(|o| o.ok_or(Error::Required(Field::Objective))),
                )
                .map(Some),
            None => Some(None),
        };
        let owner = problems.check(
            self.check_ref(RecordKind::Person, &input.owner_id)
                .map_err(|_| Error::Required(Field::Person)),
        );
        // Only what the count reads is kept: a forum or a level for meetings, action items and
        // gaps; a cluster for visits; a program for participants; days for settlements visited.
        let reads = |wanted: &[Source]| wanted.contains(&source);
        let forum_sources = [
            Source::MeetingsHeld,
            Source::ActionsOnTime,
            Source::GapsResolved,
        ];
        let forum = if reads(&forum_sources) {
            problems
                .check(
                    self.check_ref(RecordKind::Forum, &input.forum_id)
                        .map_err(|_| Error::Required(Field::Forum)),
                )
                .flatten()
        } else {
            None
        };
        let level = if reads(&forum_sources) && forum.is_none() {
            input.level
        } else {
            None
        };
        let cluster = if reads(&[
            Source::Visits,
            Source::SettlementsVisited,
            Source::VolunteersConfirmed,
            Source::ProgramParticipants,
        ]) {
            problems
                .check(
                    self.check_ref(RecordKind::Cluster, &input.cluster_id)
                        .map_err(|_| Error::Required(Field::Cluster)),
                )
                .flatten()
        } else {
            None
        };
        let program = if reads(&[Source::ProgramParticipants]) {
            problems
                .check(
                    self.program_ref(&input.program_id)
                        .map_err(|_| Error::Required(Field::Program)),
                )
                .flatten()
        } else {
            None
        };
        let days = if source == Source::SettlementsVisited {
            match problems.check(input.days.read(Field::Days)) {
                Some(None) => Some(30),
                Some(Some(d)) if d.fract() == 0.0 && (1.0..=3660.0).contains(&d) => Some(d as i64),
                Some(Some(d)) => {
                    problems.check::<()>(Err(Error::Invalid {
                        field: Field::Days,
                        value: d.to_string(),
                    }));
                    None
                }
                None => None,
            }
        } else {
            None
        };
        problems.done()?;
        let (Some(direction), Some(frequency), Some(baseline), Some(target)) =
            (direction, frequency, baseline, target)
        else {
            return Err(Error::Required(Field::Direction));
        };
        let new = id.is_none();
        let id = id.map(str::to_owned).unwrap_or_else(new_id);
        let values = params![
            id,
            input.goal_id.trim(),
            objective.flatten(),
            name.unwrap_or_default(),
            input.unit.trim(),
            baseline,
            target,
            direction,
            frequency,
            split,
            owner.flatten(),
            source,
            forum,
            level,
            cluster,
            program,
            days,
            now()
        ];
        if new {
            self.tx.execute(
                "INSERT INTO plan_indicators (id, goal_id, objective_id, name, unit, baseline, target, direction, frequency,
                                              split, owner_id, source, forum_id, level, cluster_id, program_id, days,
                                              position, created_at, updated_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17,
                         (SELECT coalesce(max(position) + 1, 0) FROM plan_indicators WHERE goal_id = ?2), ?18, ?18)",
                values,
            )?;
        } else {
            one_row(self.tx.execute(
                "UPDATE plan_indicators SET goal_id = ?2, objective_id = ?3, name = ?4, unit = ?5, baseline = ?6, target = ?7,
                        direction = ?8, frequency = ?9, split = ?10, owner_id = ?11, source = ?12, forum_id = ?13,
                        level = ?14, cluster_id = ?15, program_id = ?16, days = ?17, updated_at = ?18
                  WHERE id = ?1",
                values,
            )?)?;
        }
        Ok(id)
    }

    /// An actual typed for a period (and a place, when the indicator is split), with who typed
    /// it and when. No value removes it. A closed year's figures are frozen: refused.
    pub(crate) fn save_plan_actual(&self, indicator_id: &str, input: &ActualInput) -> Result<()> {
        let (plan, source): (Id, Source) = self
            .tx
            .query_row(
                "SELECT g.plan_id, i.source FROM plan_indicators i JOIN plan_goals g ON g.id = i.goal_id WHERE i.id = ?1",
                [indicator_id],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .optional()?
            .ok_or(Error::NotFound)?;
        let mut problems = Problems::default();
        problems.check(school_year(Field::SchoolYear, input.school_year));
        if input.quarter > 4 {
            problems.check::<()>(Err(Error::Invalid {
                field: Field::Quarter,
                value: input.quarter.to_string(),
            }));
        }
        let value = if input.value.is_empty() {
            None
        } else {
            problems.check(figure(Field::Actual, &input.value))
        };
        problems.check(check_text(Field::Notes, &input.note));
        let typed_by = problems.check(
            self.check_ref(RecordKind::Person, &input.typed_by_id)
                .and_then(|p| p.ok_or(Error::Required(Field::TypedBy)))
                .map_err(|_| Error::Required(Field::TypedBy)),
        );
        let scope = input.scope_id.trim();
        if !scope.is_empty()
            && self.found("clusters", scope).is_err()
            && self.found("settlements", scope).is_err()
        {
            problems.check::<()>(Err(Error::Required(Field::Settlement)));
        }
        problems.done()?;
        if source != Source::Typed {
            return Err(Error::Counted);
        }
        if self.year_closed(&plan, input.school_year)? {
            return Err(Error::YearClosed);
        }
        let key = params![indicator_id, input.school_year, input.quarter, scope];
        match value {
            None => {
                self.tx.execute(
                    "DELETE FROM plan_actuals WHERE indicator_id = ?1 AND school_year = ?2 AND quarter = ?3 AND scope_id = ?4",
                    key,
                )?;
            }
            Some(value) => {
                self.tx.execute(
                    "INSERT INTO plan_actuals (indicator_id, school_year, quarter, scope_id, value, note, typed_by_id, typed_at)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)
                     ON CONFLICT (indicator_id, school_year, quarter, scope_id) DO UPDATE SET
                        value = excluded.value, note = excluded.note, typed_by_id = excluded.typed_by_id,
                        typed_at = excluded.typed_at",
                    params![
                        indicator_id,
                        input.school_year,
                        input.quarter,
                        scope,
                        value,
                        input.note.trim(),
                        typed_by,
                        now()
                    ],
                )?;
            }
        }
        Ok(())
    }

    pub(crate) fn save_plan_lessons(
        &self,
        goal_id: &str,
        year: i32,
        input: &LessonsInput,
    ) -> Result<()> {
        self.found("plan_goals", goal_id)?;
        let mut problems = Problems::default();
        problems.check(school_year(Field::SchoolYear, year));
        problems.check(check_text(Field::Worked, &input.worked));
        problems.check(check_text(Field::DidNot, &input.did_not));
        problems.check(check_text(Field::Cases, &input.cases));
        problems.check(check_text(Field::Lessons, &input.lessons));
        problems.done()?;
        self.tx.execute(
            "INSERT INTO plan_lessons (goal_id, school_year, worked, did_not, cases, lessons, updated_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)
             ON CONFLICT (goal_id, school_year) DO UPDATE SET
                worked = excluded.worked, did_not = excluded.did_not, cases = excluded.cases,
                lessons = excluded.lessons, updated_at = excluded.updated_at
              WHERE (worked, did_not, cases, lessons) IS NOT (excluded.worked, excluded.did_not, excluded.cases, excluded.lessons)",
            params![
                goal_id,
                year,
                input.worked.trim(),
                input.did_not.trim(),
                input.cases.trim(),
                input.lessons.trim(),
                now()
            ],
        )?;
        Ok(())
    }

    /// A goal, objective, task or indicator, with what hangs under it. A task that others were
    /// rolled over from is let go of first.
    pub(crate) fn remove_plan_part(&self, part: PlanPart, id: &str) -> Result<()> {
        let tasks = match part {
            PlanPart::Goal => {
                "SELECT t.id FROM plan_tasks t JOIN plan_objectives o ON o.id = t.objective_id WHERE o.goal_id = ?1"
            }
            PlanPart::Objective => "SELECT id FROM plan_tasks WHERE objective_id = ?1",
            PlanPart::Task => "SELECT id FROM plan_tasks WHERE id = ?1",
            PlanPart::Indicator => "SELECT id FROM plan_tasks WHERE 0 AND id = ?1",
        };
        self.tx.execute(
            &format!("UPDATE plan_tasks SET rolled_from_id = NULL, updated_at = ?2 WHERE rolled_from_id IN ({tasks})"),
            params![id, now()],
        )?;
        one_row(
            self.tx
                .execute(&format!("DELETE FROM {} WHERE id = ?1", part.table()), [id])?,
        )
    }
}

impl Store {
    pub fn save_plan(&mut self, id: Option<&str>, input: &WorkPlanInput) -> Result<Id> {
        self.write(|w| w.save_plan(id, input))
    }

    pub fn save_plan_goal(
        &mut self,
        plan_id: &str,
        id: Option<&str>,
        input: &GoalInput,
    ) -> Result<Id> {
        self.write(|w| w.save_goal(PlanPart::Goal, plan_id, id, input))
    }

    pub fn save_plan_objective(
        &mut self,
        goal_id: &str,
        id: Option<&str>,
        input: &GoalInput,
    ) -> Result<Id> {
        self.write(|w| w.save_goal(PlanPart::Objective, goal_id, id, input))
    }

    pub fn save_plan_task(
        &mut self,
        objective_id: &str,
        id: Option<&str>,
        input: &TaskInput,
    ) -> Result<Id> {
        self.write(|w| w.save_plan_task(objective_id, id, input))
    }

    pub fn move_plan_task(&mut self, id: &str, delta: i32) -> Result<()> {
        self.write(|w| w.move_plan_task(id, delta))
    }

    pub fn save_plan_indicator(&mut self, id: Option<&str>, input: &IndicatorInput) -> Result<Id> {
        self.write(|w| w.save_plan_indicator(id, input))
    }

    pub fn save_plan_actual(&mut self, indicator_id: &str, input: &ActualInput) -> Result<()> {
        self.write(|w| w.save_plan_actual(indicator_id, input))
    }

    pub fn save_plan_lessons(
        &mut self,
        goal_id: &str,
        year: i32,
        input: &LessonsInput,
    ) -> Result<()> {
        self.write(|w| w.save_plan_lessons(goal_id, year, input))
    }

    pub fn remove_plan_part(&mut self, part: PlanPart, id: &str) -> Result<()> {
        self.write(|w| w.remove_plan_part(part, id))
    }
}
