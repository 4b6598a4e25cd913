//! A program's writes: the program with its axes, partners, places and steering forums in one
//! step (a partner new to the directory made in the same step), archiving, its moves and its
//! figures. Each checks the whole form before anything is written.

use rusqlite::{OptionalExtension, params};

use super::types::*;
use crate::{
    directory::{OrganizationInput, OrganizationKind, RecordKind, Sector},
    error::{Error, Field, Problems, Result},
    model::{Id, check_text, count, new_id, optional_date, required},
    store::{Store, Writer, now, one_row, rows},
};

/// A partner of the form, checked: an organization of the directory, or the name and sector
/// of one to make; and its role.
type PartnerChoice = (Option<Id>, Option<(String, Option<Sector>)>, PartnerRole);

impl Writer<'_> {
    pub(crate) fn save_program(&self, id: Option<&str>, input: &ProgramInput) -> Result<Id> {
        if let Some(id) = id {
            self.program_exists(id)?;
        }
        let mut problems = Problems::default();
        let name = problems.check(required(Field::Name, &input.name));
        let kind = problems.check(input.kind.ok_or(Error::Required(Field::Kind)));
        problems.check(check_text(Field::Goal, &input.goal));
        problems.check(check_text(Field::Notes, &input.notes));
        let coordinator = problems.check(
            self.check_ref(RecordKind::Person, &input.coordinator_id)
                .map_err(|_| Error::Required(Field::Coordinator)),
        );
        let starts = problems.check(optional_date(Field::StartsOn, &input.starts_on));
        let ends = problems.check(optional_date(Field::EndsOn, &input.ends_on));
        if let (Some(Some(starts)), Some(Some(ends))) = (starts, ends)
            && ends < starts
        {
            problems.check::<()>(Err(Error::EndsBeforeStart(Field::EndsOn)));
        }
        let mut axes = Vec::new();
        for axis in input
            .axes
            .iter()
            .filter(|a| !(a.name.trim().is_empty() && a.description.trim().is_empty()))
        {
            let name = problems.check(required(Field::Axis, &axis.name));
            problems.check(check_text(Field::Description, &axis.description));
            if let Some(name) = name {
                axes.push((axis.id.clone(), name, axis.description.trim().to_owned()));
            }
        }
        let mut partners: Vec<PartnerChoice> = Vec::new();
        for partner in input.partners.iter().filter(|p| {
            p.organization_id
                .as_deref()
                .is_some_and(|i| !i.trim().is_empty())
                || !p.new_organization.trim().is_empty()
        }) {
            let role = problems.check(partner.role.ok_or(Error::Required(Field::Role)));
            let existing = match partner.organization_id.as_deref().map(str::trim) {
                Some(id) if !id.is_empty() => problems
                    .check(
                        self.exists(RecordKind::Organization, id)
                            .map_err(|_| Error::Required(Field::Partner)),
                    )
                    .map(|_| id.to_owned()),
                _ => None,
            };
            let new = if existing.is_none() && !partner.new_organization.trim().is_empty() {
                problems
                    .check(required(Field::Partner, &partner.new_organization))
                    .map(|n| (n, partner.sector))
            } else {
                None
            };
            if let Some(role) = role
                && (existing.is_some() || new.is_some())
            {
                partners.push((existing, new, role));
            }
        }
        let clusters = problems.check(self.all_exist(RecordKind::Cluster, &input.clusters));
        let settlements =
            problems.check(self.all_exist(RecordKind::Settlement, &input.settlements));
        let schools = problems.check(self.schools(&input.schools));
        let mut forums = Vec::new();
        for forum in input
            .forums
            .iter()
            .filter(|f| !f.forum_id.trim().is_empty())
        {
            if problems
                .check(self.exists(RecordKind::Forum, forum.forum_id.trim()))
                .is_some()
            {
                forums.push((
                    forum.forum_id.trim().to_owned(),
                    forum.role.unwrap_or(SteeringRole::Steering),
                ));
            }
        }
        problems.done()?;
        let (Some(name), Some(kind)) = (name, kind) else {
            return Err(Error::Required(Field::Name));
        };
        let (starts, ends) = (starts.flatten(), ends.flatten());
        let program = match id {
            None => {
                let id = new_id();
                self.tx.execute(
                    "INSERT INTO programs (id, name, kind, goal, coordinator_id, starts_on, ends_on, notes, created_at, updated_at)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?9)",
                    params![id, name, kind, input.goal.trim(), coordinator.flatten(), starts, ends, input.notes.trim(), now()],
                )?;
                id
            }
            Some(id) => {
                one_row(self.tx.execute(
                    "UPDATE programs SET name = ?2, kind = ?3, goal = ?4, coordinator_id = ?5, starts_on = ?6,
                            ends_on = ?7, notes = ?8, updated_at = ?9
                      WHERE id = ?1",
                    params![id, name, kind, input.goal.trim(), coordinator.flatten(), starts, ends, input.notes.trim(), now()],
                )?)?;
                id.to_owned()
            }
        };
        self.replace_axes(&program, &axes)?;
        // A partner new to the directory is made in the same step, as any organization is.
        let mut chosen: Vec<(Id, PartnerRole)> = Vec::new();
        for (existing, new, role) in partners {
            let organization = match (existing, new) {
                (Some(id), _) => id,
                (None, Some((name, sector))) => self.partner_named(&name, sector)?,
                (None, None) => continue,
            };
            if !chosen.iter().any(|(o, _)| *o == organization) {
                chosen.push((organization, role));
            }
        }
        self.replace_roles(
            "program_partners",
            "organization_id",
            &program,
            &chosen
                .iter()
                .map(|(o, r)| (o.clone(), r.as_str()))
                .collect::<Vec<_>>(),
        )?;
        self.replace_links(
            "program_clusters",
            "program_id",
            &program,
            "cluster_id",
            &clusters.unwrap_or_default(),
        )?;
        self.replace_links(
            "program_settlements",
            "program_id",
            &program,
            "settlement_id",
            &settlements.unwrap_or_default(),
        )?;
        self.replace_links(
            "program_schools",
            "program_id",
            &program,
            "organization_id",
            &schools.unwrap_or_default(),
        )?;
        self.replace_roles(
            "program_forums",
            "forum_id",
            &program,
            &forums
                .iter()
                .map(|(f, r)| (f.clone(), r.as_str()))
                .collect::<Vec<_>>(),
        )?;
        Ok(program)
    }

    fn program_exists(&self, id: &str) -> Result<()> {
        self.tx
            .query_row("SELECT 1 FROM programs WHERE id = ?1", [id], |_| Ok(()))
            .optional()?
            .ok_or(Error::NotFound)
    }

    /// The ids, each checked to exist, without repeats.
    pub(super) fn all_exist(&self, kind: RecordKind, ids: &[Id]) -> Result<Vec<Id>> {
        let mut out: Vec<Id> = Vec::new();
        for id in ids.iter().map(|i| i.trim()).filter(|i| !i.is_empty()) {
            self.exists(kind, id)?;
            if !out.iter().any(|o| o == id) {
                out.push(id.to_owned());
            }
        }
        Ok(out)
    }

    /// Schools: organizations of kind school.
    fn schools(&self, ids: &[Id]) -> Result<Vec<Id>> {
        let ids = self.all_exist(RecordKind::Organization, ids)?;
        for id in &ids {
            let kind: OrganizationKind =
                self.tx
                    .query_row("SELECT kind FROM organizations WHERE id = ?1", [id], |r| {
                        r.get(0)
                    })?;
            if kind != OrganizationKind::School {
                return Err(Error::Invalid {
                    field: Field::Organization,
                    value: self.tx.query_row(
                        "SELECT name FROM organizations WHERE id = ?1",
                        [id],
                        |r| r.get(0),
                    )?,
                });
            }
        }
        Ok(ids)
    }

    /// The organization of this name, or a new partner of this sector: the same name typed
    /// twice is one organization.
    fn partner_named(&self, name: &str, sector: Option<Sector>) -> Result<Id> {
        let existing: Option<Id> = self
            .tx
            .query_row(
                "SELECT id FROM organizations WHERE name = ?1 AND archived_at IS NULL ORDER BY id LIMIT 1",
                [name],
                |r| r.get(0),
            )
            .optional()?;
        match existing {
            Some(id) => Ok(id),
            None => self.save_organization(
                None,
                &OrganizationInput {
                    name: name.to_owned(),
                    kind: Some(OrganizationKind::Partner),
                    sector,
                    notes: String::new(),
                },
            ),
        }
    }

    /// The axes in the order given: those kept are changed in place, new ones added, the rest
    /// removed.
    fn replace_axes(&self, program: &str, axes: &[(Option<Id>, String, String)]) -> Result<()> {
        let held: Vec<Id> = rows(
            self.tx,
            "SELECT id FROM program_axes WHERE program_id = ?1",
            [program],
            |r| r.get(0),
        )?;
        let kept: Vec<&Id> = axes
            .iter()
            .filter_map(|(id, _, _)| id.as_ref())
            .filter(|id| held.contains(id))
            .collect();
        for id in held.iter().filter(|h| !kept.contains(h)) {
            self.tx
                .execute("DELETE FROM program_axes WHERE id = ?1", [id])?;
        }
        for (position, (id, name, description)) in axes.iter().enumerate() {
            match id.as_ref().filter(|id| held.contains(id)) {
                Some(id) => {
                    self.tx.execute(
                        "UPDATE program_axes SET name = ?2, description = ?3, position = ?4, updated_at = ?5
                          WHERE id = ?1 AND (name, description, position) IS NOT (?2, ?3, ?4)",
                        params![id, name, description, position as i64, now()],
                    )?;
                }
                None => {
                    self.tx.execute(
                        "INSERT INTO program_axes (id, program_id, name, description, position, created_at, updated_at)
                         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6)",
                        params![new_id(), program, name, description, position as i64, now()],
                    )?;
                }
            }
        }
        Ok(())
    }

    /// A program's links that carry a role: only what changed is written, so another
    /// laptop's change to the same list merges.
    fn replace_roles(
        &self,
        table: &str,
        column: &str,
        program: &str,
        wanted: &[(Id, &str)],
    ) -> Result<()> {
        let held: Vec<(Id, String)> = rows(
            self.tx,
            &format!("SELECT {column}, role FROM {table} WHERE program_id = ?1"),
            [program],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )?;
        for (id, _) in held
            .iter()
            .filter(|(h, _)| !wanted.iter().any(|(w, _)| w == h))
        {
            self.tx.execute(
                &format!("DELETE FROM {table} WHERE program_id = ?1 AND {column} = ?2"),
                params![program, id],
            )?;
        }
        for (id, role) in wanted {
            match held.iter().find(|(h, _)| h == id) {
                Some((_, current)) if current == role => {}
                Some(_) => {
                    self.tx.execute(
                        &format!(
                            "UPDATE {table} SET role = ?3 WHERE program_id = ?1 AND {column} = ?2"
                        ),
                        params![program, id, role],
                    )?;
                }
                None => {
                    self.tx.execute(
                        &format!(
                            "INSERT INTO {table} (program_id, {column}, role) VALUES (?1, ?2, ?3)"
                        ),
                        params![program, id, role],
                    )?;
                }
            }
        }
        Ok(())
    }

    pub(crate) fn set_program_archived(&self, id: &str, archived: bool) -> Result<()> {
        one_row(self.tx.execute(
            "UPDATE programs SET archived_at = CASE WHEN ?2 THEN coalesce(archived_at, ?3) END, updated_at = ?3
              WHERE id = ?1",
            params![id, archived, now()],
        )?)
    }

    pub(crate) fn save_program_move(
        &self,
        program_id: &str,
        id: Option<&str>,
        input: &MoveInput,
    ) -> Result<Id> {
        self.program_exists(program_id)?;
        let mut problems = Problems::default();
        let what = problems.check(required(Field::What, &input.what));
        let due = problems.check(optional_date(Field::DueDate, &input.due_on));
        let owner = problems.check(
            self.check_ref(RecordKind::Person, &input.owner_id)
                .map_err(|_| Error::Required(Field::Person)),
        );
        problems.done()?;
        let what = what.unwrap_or_default();
        let status = input.status.unwrap_or(MoveStatus::Planned);
        let (due, owner) = (due.flatten(), owner.flatten());
        match id {
            None => {
                let id = new_id();
                self.tx.execute(
                    "INSERT INTO program_moves (id, program_id, what, due_on, owner_id, status, position, created_at, updated_at)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6,
                             (SELECT coalesce(max(position) + 1, 0) FROM program_moves WHERE program_id = ?2), ?7, ?7)",
                    params![id, program_id, what, due, owner, status, now()],
                )?;
                Ok(id)
            }
            Some(id) => {
                one_row(self.tx.execute(
                    "UPDATE program_moves SET what = ?3, due_on = ?4, owner_id = ?5, status = ?6, updated_at = ?7
                      WHERE id = ?1 AND program_id = ?2",
                    params![id, program_id, what, due, owner, status, now()],
                )?)?;
                Ok(id.to_owned())
            }
        }
    }

    pub(crate) fn remove_program_move(&self, id: &str) -> Result<()> {
        one_row(
            self.tx
                .execute("DELETE FROM program_moves WHERE id = ?1", [id])?,
        )
    }

    /// A line of figures: added, or changed in place. All its counts empty removes it.
    pub(crate) fn save_program_figures(&self, program_id: &str, input: &FiguresInput) -> Result<()> {
        self.program_exists(program_id)?;
        let mut problems = Problems::default();
        if !(1948..=2200).contains(&input.school_year) {
            problems.check::<()>(Err(Error::Invalid {
                field: Field::SchoolYear,
                value: input.school_year.to_string(),
            }));
        }
        problems.check(
            self.exists(RecordKind::Settlement, input.settlement_id.trim())
                .map_err(|_| Error::Required(Field::Settlement)),
        );
        let band = problems.check(input.age_band.ok_or(Error::Required(Field::AgeBand)));
        let target = problems.check(count(Field::Target, &input.target));
        let took_part = problems.check(count(Field::TookPart, &input.took_part));
        let continued = problems.check(count(Field::Continued, &input.continued));
        let completed = problems.check(count(Field::Completed, &input.completed));
        problems.done()?;
        let counts = [target, took_part, continued, completed].map(Option::flatten);
        let key = params![
            program_id,
            input.school_year,
            input.settlement_id.trim(),
            band
        ];
        if counts.iter().all(Option::is_none) {
            self.tx.execute(
                "DELETE FROM program_figures
                  WHERE program_id = ?1 AND school_year = ?2 AND settlement_id = ?3 AND age_band = ?4",
                key,
            )?;
            return Ok(());
        }
        self.tx.execute(
            "INSERT INTO program_figures (program_id, school_year, settlement_id, age_band, target, took_part,
                                          continued, completed, updated_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)
             ON CONFLICT (program_id, school_year, settlement_id, age_band) DO UPDATE SET
                target = excluded.target, took_part = excluded.took_part, continued = excluded.continued,
                completed = excluded.completed, updated_at = excluded.updated_at
              WHERE (target, took_part, continued, completed)
                    IS NOT (excluded.target, excluded.took_part, excluded.continued, excluded.completed)",
            params![
                program_id,
                input.school_year,
                input.settlement_id.trim(),
                band,
                counts[0],
                counts[1],
                counts[2],
                counts[3],
                now()
            ],
        )?;
        Ok(())
    }
}

impl Store {
    pub fn save_program(&mut self, id: Option<&str>, input: &ProgramInput) -> Result<Id> {
        self.write(|w| w.save_program(id, input))
    }

    pub fn set_program_archived(&mut self, id: &str, archived: bool) -> Result<()> {
        self.write(|w| w.set_program_archived(id, archived))
    }

    pub fn save_program_move(
        &mut self,
        program_id: &str,
        id: Option<&str>,
        input: &MoveInput,
    ) -> Result<Id> {
        self.write(|w| w.save_program_move(program_id, id, input))
    }

    pub fn remove_program_move(&mut self, id: &str) -> Result<()> {
        self.write(|w| w.remove_program_move(id))
    }

    pub fn save_program_figures(&mut self, program_id: &str, input: &FiguresInput) -> Result<()> {
        self.write(|w| w.save_program_figures(program_id, input))
    }
}
