//! Programs and partnerships (issue #17, seeds 002 and 003): the regional initiatives,
//! retention programs and enrichment the department runs or joins. A program has its goal and
//! work axes, a coordinator, its partners with their roles, the places it runs, the forums
//! that steer it (forums of the forums area: no second meeting system), its moves and
//! milestones, and its figures: counts of children and youth per school year and settlement,
//! never their names. `delegations` holds the delegations the department hosts.

pub mod delegations;

use crate::model::TypedNumber;
use chrono::NaiveDate;
use rusqlite::{OptionalExtension, params};
use serde::{Deserialize, Serialize};

use crate::{
    directory::{OrganizationInput, OrganizationKind, RecordKind, Sector},
    error::{Error, Field, Problems, Result},
    forums::{ActionFilter, ActionItemRow, ActionStatus, ForumStatus},
    model::{Id, check_text, count, new_id, optional_date, required, text_enum},
    store::{Store, Writer, from_row, now, one_row, rows},
};

text_enum!(
    /// What kind of program.
    ProgramKind, Field::Kind, {
        RegionalInitiative = "regional_initiative",
        Retention = "retention",
        Enrichment = "enrichment",
        YouthMovement = "youth_movement",
        Other = "other",
    }
);

text_enum!(
    /// How an organization takes part in a program.
    PartnerRole, Field::Role, {
        Lead = "lead", Partner = "partner", Funder = "funder", Academic = "academic", Operator = "operator",
    }
);

text_enum!(
    /// How a forum steers a program.
    SteeringRole, Field::Role, { Steering = "steering", Managers = "managers" }
);

text_enum!(
    /// Where a move of a program stands.
    MoveStatus, Field::Status, {
        Planned = "planned", UnderWay = "under_way", Done = "done", Dropped = "dropped",
    }
);

text_enum!(
    /// The ages a program's figures count.
    AgeBand, Field::AgeBand, {
        EarlyChildhood = "early_childhood",
        Elementary = "elementary",
        Middle = "middle",
        High = "high",
        YoungAdults = "young_adults",
    }
);

/// A work axis as entered: an existing one keeps its id, so two laptops editing one axis meet.
#[derive(Clone, Debug, Default, Deserialize)]
pub struct AxisInput {
    #[serde(default)]
    pub id: Option<Id>,
    #[serde(default)]
    pub name: String,
    #[serde(default)]
    pub description: String,
}

/// A partner as entered: an organization of the directory, or a new one named here (made in
/// the same step, a partner of the sector given).
#[derive(Clone, Debug, Default, Deserialize)]
pub struct PartnerInput {
    #[serde(default)]
    pub organization_id: Option<Id>,
    #[serde(default)]
    pub new_organization: String,
    #[serde(default)]
    pub sector: Option<Sector>,
    pub role: Option<PartnerRole>,
}

/// A forum that steers the program.
#[derive(Clone, Debug, Default, Deserialize)]
pub struct SteeringInput {
    pub forum_id: Id,
    #[serde(default)]
    pub role: Option<SteeringRole>,
}

/// A program as entered in its form.
#[derive(Clone, Debug, Default, Deserialize)]
pub struct ProgramInput {
    pub name: String,
    pub kind: Option<ProgramKind>,
    #[serde(default)]
    pub goal: String,
    #[serde(default)]
    pub axes: Vec<AxisInput>,
    #[serde(default)]
    pub coordinator_id: Option<Id>,
    /// As typed (`model::read_date`), or empty.
    #[serde(default)]
    pub starts_on: String,
    #[serde(default)]
    pub ends_on: String,
    #[serde(default)]
    pub notes: String,
    #[serde(default)]
    pub partners: Vec<PartnerInput>,
    #[serde(default)]
    pub clusters: Vec<Id>,
    #[serde(default)]
    pub settlements: Vec<Id>,
    /// Organizations of kind school.
    #[serde(default)]
    pub schools: Vec<Id>,
    #[serde(default)]
    pub forums: Vec<SteeringInput>,
}

/// A move or milestone as entered.
#[derive(Clone, Debug, Default, Deserialize)]
pub struct MoveInput {
    pub what: String,
    #[serde(default)]
    pub due_on: String,
    #[serde(default)]
    pub owner_id: Option<Id>,
    #[serde(default)]
    pub status: Option<MoveStatus>,
}

/// A line of figures as entered: counts only.
#[derive(Clone, Debug, Default, Deserialize)]
pub struct FiguresInput {
    /// The school year, named by the year it opens (`forums::cadence::school_year`).
    pub school_year: i32,
    pub settlement_id: Id,
    pub age_band: Option<AgeBand>,
    #[serde(default)]
    pub target: TypedNumber,
    #[serde(default)]
    pub took_part: TypedNumber,
    #[serde(default)]
    pub continued: TypedNumber,
    #[serde(default)]
    pub completed: TypedNumber,
}

/// A program in the list.
#[derive(Clone, Debug, Serialize)]
pub struct ProgramRow {
    pub id: Id,
    pub name: String,
    pub kind: ProgramKind,
    pub coordinator_name: Option<String>,
    pub starts_on: Option<NaiveDate>,
    pub ends_on: Option<NaiveDate>,
    pub archived: bool,
    /// Its partners' names, `·` between them.
    pub partners: String,
    /// Where it runs, by name: clusters and settlements, `·` between them.
    pub places: String,
    pub spans_sectors: bool,
}

from_row!(r => ProgramRow {
    id, name, kind, coordinator_name, starts_on, ends_on, archived, partners, places,
    spans_sectors: r.get::<_, i64>("sectors")? == 3
});

#[derive(Clone, Debug, Serialize)]
pub struct Axis {
    pub id: Id,
    pub name: String,
    pub description: String,
}

from_row!(r => Axis { id, name, description });

#[derive(Clone, Debug, Serialize)]
pub struct Partner {
    pub organization_id: Id,
    pub name: String,
    pub role: PartnerRole,
    /// As said, else by its kind; none when neither tells.
    pub sector: Option<Sector>,
}

/// A place by name.
#[derive(Clone, Debug, Serialize)]
pub struct Named {
    pub id: Id,
    pub name: String,
}

from_row!(r => Named { id, name });

/// A forum that steers the program, as its page shows it: how current its meetings are, and
/// what it has left open.
#[derive(Clone, Debug, Serialize)]
pub struct Steering {
    pub forum_id: Id,
    pub name: String,
    pub role: SteeringRole,
    pub status: ForumStatus,
    /// Its latest meetings held, newest first (three at most).
    pub recent_meetings: Vec<RecentMeeting>,
    /// The decisions of its latest meeting held.
    pub decisions: Vec<String>,
    pub open_actions: Vec<ActionItemRow>,
    pub open_gaps: Vec<OpenGap>,
}

#[derive(Clone, Debug, Serialize)]
pub struct RecentMeeting {
    pub id: Id,
    pub date: NaiveDate,
}

from_row!(r => RecentMeeting { id, date });

#[derive(Clone, Debug, Serialize)]
pub struct OpenGap {
    pub id: Id,
    pub what: String,
    pub owner_name: Option<String>,
    pub meeting_date: NaiveDate,
}

from_row!(r => OpenGap { id, what, owner_name, meeting_date });

/// A move or milestone.
#[derive(Clone, Debug, Serialize)]
pub struct Move {
    pub id: Id,
    pub program_id: Id,
    pub program_name: String,
    pub what: String,
    pub due_on: Option<NaiveDate>,
    pub owner_id: Option<Id>,
    pub owner_name: Option<String>,
    pub status: MoveStatus,
    /// Planned or under way, and past its date.
    pub overdue: bool,
}

from_row!(r => Move {
    id, program_id, program_name, what, due_on, owner_id, owner_name, status, overdue
});

/// Counts for a school year, a settlement and an age band.
#[derive(Clone, Debug, Serialize)]
pub struct Figures {
    pub school_year: i32,
    pub settlement_id: Id,
    pub settlement_name: String,
    pub age_band: AgeBand,
    pub target: Option<u32>,
    pub took_part: Option<u32>,
    pub continued: Option<u32>,
    pub completed: Option<u32>,
}

from_row!(r => Figures {
    school_year, settlement_id, settlement_name, age_band, target, took_part, continued, completed
});

/// A year's figures summed over the program's settlements and age bands; a figure no one has
/// typed for the year (how many continued, while the year still runs) is `None`, not 0.
#[derive(Clone, Debug, Default, Serialize)]
pub struct YearTotals {
    pub school_year: i32,
    pub target: Option<u32>,
    pub took_part: Option<u32>,
    pub continued: Option<u32>,
    pub completed: Option<u32>,
}

from_row!(r => YearTotals { school_year, target, took_part, continued, completed });

/// A program, whole, as its page shows it.
#[derive(Clone, Debug, Serialize)]
pub struct Program {
    pub id: Id,
    pub name: String,
    pub kind: ProgramKind,
    pub goal: String,
    pub axes: Vec<Axis>,
    pub coordinator_id: Option<Id>,
    pub coordinator_name: Option<String>,
    pub starts_on: Option<NaiveDate>,
    pub ends_on: Option<NaiveDate>,
    pub notes: String,
    pub archived: bool,
    pub partners: Vec<Partner>,
    /// The sectors its partners span, and those none of them is of.
    pub sectors: Vec<Sector>,
    pub missing_sectors: Vec<Sector>,
    pub clusters: Vec<Named>,
    pub settlements: Vec<Named>,
    pub schools: Vec<Named>,
    pub steering: Vec<Steering>,
    pub moves: Vec<Move>,
    pub figures: Vec<Figures>,
    /// Per school year, oldest first.
    pub years: Vec<YearTotals>,
}

/// A program that runs in a place, for a settlement's or a cluster's page.
#[derive(Clone, Debug, Serialize)]
pub struct ProgramHere {
    pub id: Id,
    pub name: String,
    pub kind: ProgramKind,
    /// For a cluster: the settlements of the cluster it runs in, `·` between them; empty
    /// when it runs in the cluster as a whole.
    pub settlements: String,
}

from_row!(r => ProgramHere { id, name, kind, settlements });

/// The sector an organization is counted in: as said, else by its kind.
const SECTOR_OF: &str = "coalesce(o.sector, CASE WHEN o.kind IN ('department', 'school', 'district', 'authority') THEN 'public'
                                   WHEN o.kind = 'youth_movement' THEN 'third_sector' END)";

/// A partner of the form, checked: an organization of the directory, or the name and sector
/// of one to make; and its role.
type PartnerChoice = (Option<Id>, Option<(String, Option<Sector>)>, PartnerRole);

const MOVE_COLUMNS: &str = "m.id, m.program_id, g.name AS program_name, m.what, m.due_on, m.owner_id,
       p.full_name AS owner_name, m.status,
       coalesce(m.status IN ('planned', 'under_way') AND m.due_on < ?2, 0) AS overdue
  FROM program_moves m JOIN programs g ON g.id = m.program_id LEFT JOIN people p ON p.id = m.owner_id";

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
    fn all_exist(&self, kind: RecordKind, ids: &[Id]) -> Result<Vec<Id>> {
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

    pub(crate) fn save_move(
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

    pub(crate) fn remove_move(&self, id: &str) -> Result<()> {
        one_row(
            self.tx
                .execute("DELETE FROM program_moves WHERE id = ?1", [id])?,
        )
    }

    /// A line of figures: added, or changed in place. All its counts empty removes it.
    pub(crate) fn save_figures(&self, program_id: &str, input: &FiguresInput) -> Result<()> {
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
        self.write(|w| w.save_move(program_id, id, input))
    }

    pub fn remove_program_move(&mut self, id: &str) -> Result<()> {
        self.write(|w| w.remove_move(id))
    }

    pub fn save_program_figures(&mut self, program_id: &str, input: &FiguresInput) -> Result<()> {
        self.write(|w| w.save_figures(program_id, input))
    }

    /// The programs by name; archived ones too when asked.
    pub fn programs(&self, include_archived: bool) -> Result<Vec<ProgramRow>> {
        rows(
            self.connection(),
            &format!(
                "SELECT g.id, g.name, g.kind, c.full_name AS coordinator_name, g.starts_on, g.ends_on,
                        g.archived_at IS NOT NULL AS archived,
                        coalesce((SELECT group_concat(o.name, ' · ') FROM program_partners pp
                                    JOIN organizations o ON o.id = pp.organization_id
                                   WHERE pp.program_id = g.id), '') AS partners,
                        coalesce((SELECT group_concat(name, ' · ') FROM (
                                    SELECT k.name FROM program_clusters pc JOIN clusters k ON k.id = pc.cluster_id
                                     WHERE pc.program_id = g.id
                                    UNION ALL
                                    SELECT s.name FROM program_settlements ps JOIN settlements s ON s.id = ps.settlement_id
                                     WHERE ps.program_id = g.id)), '') AS places,
                        (SELECT count(DISTINCT {SECTOR_OF}) FROM program_partners pp
                           JOIN organizations o ON o.id = pp.organization_id WHERE pp.program_id = g.id) AS sectors
                   FROM programs g LEFT JOIN people c ON c.id = g.coordinator_id
                  WHERE ?1 OR g.archived_at IS NULL
                  ORDER BY g.archived_at IS NOT NULL, g.name COLLATE hebrew, g.id"
            ),
            [include_archived],
            ProgramRow::from_row,
        )
    }

    /// A program, whole, as of `today` (for what is overdue).
    pub fn program(&self, id: &str, today: NaiveDate) -> Result<Program> {
        let conn = self.connection();
        #[allow(clippy::type_complexity)]
        let head: (
            String,
            ProgramKind,
            String,
            Option<Id>,
            Option<String>,
            Option<NaiveDate>,
            Option<NaiveDate>,
            String,
            bool,
        ) = conn
            .query_row(
                "SELECT g.name, g.kind, g.goal, g.coordinator_id, c.full_name, g.starts_on, g.ends_on, g.notes,
                        g.archived_at IS NOT NULL
                   FROM programs g LEFT JOIN people c ON c.id = g.coordinator_id WHERE g.id = ?1",
                [id],
                |r| {
                    Ok((
                        r.get(0)?,
                        r.get(1)?,
                        r.get(2)?,
                        r.get(3)?,
                        r.get(4)?,
                        r.get(5)?,
                        r.get(6)?,
                        r.get(7)?,
                        r.get(8)?,
                    ))
                },
            )
            .optional()?
            .ok_or(Error::NotFound)?;
        let axes = rows(
            conn,
            "SELECT id, name, description FROM program_axes WHERE program_id = ?1 ORDER BY position, id",
            [id],
            Axis::from_row,
        )?;
        let partners: Vec<Partner> = rows(
            conn,
            &format!(
                "SELECT o.id, o.name, pp.role, {SECTOR_OF} AS sector
                   FROM program_partners pp JOIN organizations o ON o.id = pp.organization_id
                  WHERE pp.program_id = ?1
                  ORDER BY CASE pp.role WHEN 'lead' THEN 0 ELSE 1 END, o.name COLLATE hebrew"
            ),
            [id],
            |r| {
                Ok(Partner {
                    organization_id: r.get(0)?,
                    name: r.get(1)?,
                    role: r.get(2)?,
                    sector: r.get(3)?,
                })
            },
        )?;
        let sectors: Vec<Sector> = Sector::ALL
            .iter()
            .copied()
            .filter(|s| partners.iter().any(|p| p.sector == Some(*s)))
            .collect();
        let missing_sectors = Sector::ALL
            .iter()
            .copied()
            .filter(|s| !sectors.contains(s))
            .collect();
        let named = |sql: &str| rows(conn, sql, [id], Named::from_row);
        let clusters = named(
            "SELECT k.id, k.name FROM program_clusters pc JOIN clusters k ON k.id = pc.cluster_id
              WHERE pc.program_id = ?1 ORDER BY k.name COLLATE hebrew",
        )?;
        let settlements = named(
            "SELECT s.id, s.name FROM program_settlements ps JOIN settlements s ON s.id = ps.settlement_id
              WHERE ps.program_id = ?1 ORDER BY s.name COLLATE hebrew",
        )?;
        let schools = named(
            "SELECT o.id, o.name FROM program_schools ps JOIN organizations o ON o.id = ps.organization_id
              WHERE ps.program_id = ?1 ORDER BY o.name COLLATE hebrew",
        )?;
        let forums: Vec<(Id, SteeringRole)> = rows(
            conn,
            "SELECT forum_id, role FROM program_forums WHERE program_id = ?1 ORDER BY role DESC, forum_id",
            [id],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )?;
        let mut steering = Vec::new();
        for (forum_id, role) in forums {
            steering.push(self.steering(&forum_id, role, today)?);
        }
        let moves = rows(
            conn,
            &format!("SELECT {MOVE_COLUMNS} WHERE m.program_id = ?1 ORDER BY m.position, m.id"),
            params![id, today],
            Move::from_row,
        )?;
        let figures = rows(
            conn,
            "SELECT f.school_year, f.settlement_id, s.name AS settlement_name, f.age_band, f.target, f.took_part,
                    f.continued, f.completed
               FROM program_figures f JOIN settlements s ON s.id = f.settlement_id
              WHERE f.program_id = ?1
              ORDER BY f.school_year DESC, s.name COLLATE hebrew,
                       CASE f.age_band WHEN 'early_childhood' THEN 0 WHEN 'elementary' THEN 1 WHEN 'middle' THEN 2
                                       WHEN 'high' THEN 3 ELSE 4 END",
            [id],
            Figures::from_row,
        )?;
        let years = rows(
            conn,
            "SELECT school_year, sum(target) AS target, sum(took_part) AS took_part,
                    sum(continued) AS continued, sum(completed) AS completed
               FROM program_figures WHERE program_id = ?1 GROUP BY school_year ORDER BY school_year",
            [id],
            YearTotals::from_row,
        )?;
        let (
            name,
            kind,
            goal,
            coordinator_id,
            coordinator_name,
            starts_on,
            ends_on,
            notes,
            archived,
        ) = head;
        Ok(Program {
            id: id.to_owned(),
            name,
            kind,
            goal,
            axes,
            coordinator_id,
            coordinator_name,
            starts_on,
            ends_on,
            notes,
            archived,
            partners,
            sectors,
            missing_sectors,
            clusters,
            settlements,
            schools,
            steering,
            moves,
            figures,
            years,
        })
    }

    /// A forum that steers a program, through the forums' own reads.
    fn steering(&self, forum_id: &str, role: SteeringRole, today: NaiveDate) -> Result<Steering> {
        let conn = self.connection();
        let forum = self.forum(forum_id, today)?;
        let recent_meetings = rows(
            conn,
            "SELECT id, date FROM meetings WHERE forum_id = ?1 AND status = 'held' AND date <= ?2
              ORDER BY date DESC, id DESC LIMIT 3",
            params![forum_id, today],
            RecentMeeting::from_row,
        )?;
        let decisions = match recent_meetings.first() {
            Some(latest) => rows(
                conn,
                "SELECT text FROM decisions WHERE meeting_id = ?1 ORDER BY number, id",
                [&latest.id],
                |r| r.get(0),
            )?,
            None => Vec::new(),
        };
        let open_actions = self.action_items(
            &ActionFilter {
                forum_id: Some(forum_id.to_owned()),
                status: Some(ActionStatus::Open),
                ..Default::default()
            },
            today,
        )?;
        let open_gaps = rows(
            conn,
            "SELECT g.id, g.what, p.full_name AS owner_name, m.date AS meeting_date
               FROM gaps g JOIN meetings m ON m.id = g.meeting_id LEFT JOIN people p ON p.id = g.owner_id
              WHERE m.forum_id = ?1 AND g.status = 'open'
              ORDER BY m.date, g.id",
            [forum_id],
            OpenGap::from_row,
        )?;
        Ok(Steering {
            forum_id: forum_id.to_owned(),
            name: forum.name,
            role,
            status: forum.status,
            recent_meetings,
            decisions,
            open_actions,
            open_gaps,
        })
    }

    /// The programs a forum steers.
    pub fn programs_of_forum(&self, forum_id: &str) -> Result<Vec<ProgramHere>> {
        rows(
            self.connection(),
            "SELECT g.id, g.name, g.kind, '' AS settlements
               FROM program_forums pf JOIN programs g ON g.id = pf.program_id
              WHERE pf.forum_id = ?1 AND g.archived_at IS NULL
              ORDER BY g.name COLLATE hebrew",
            [forum_id],
            ProgramHere::from_row,
        )
    }

    /// The programs that run in a settlement: there, or across its cluster.
    pub fn programs_in_settlement(&self, settlement_id: &str) -> Result<Vec<ProgramHere>> {
        rows(
            self.connection(),
            "SELECT g.id, g.name, g.kind, '' AS settlements FROM programs g
              WHERE g.archived_at IS NULL
                AND (g.id IN (SELECT program_id FROM program_settlements WHERE settlement_id = ?1)
                     OR g.id IN (SELECT pc.program_id FROM program_clusters pc JOIN settlements s ON s.cluster_id = pc.cluster_id
                                  WHERE s.id = ?1)
                     OR g.id IN (SELECT pf.program_id FROM program_figures pf WHERE pf.settlement_id = ?1))
              ORDER BY g.name COLLATE hebrew",
            [settlement_id],
            ProgramHere::from_row,
        )
    }

    /// The programs that run in a cluster, with the settlements of it they run in.
    pub fn programs_in_cluster(&self, cluster_id: &str) -> Result<Vec<ProgramHere>> {
        rows(
            self.connection(),
            "SELECT g.id, g.name, g.kind,
                    coalesce((SELECT group_concat(s.name, ' · ') FROM program_settlements ps
                                JOIN settlements s ON s.id = ps.settlement_id
                               WHERE ps.program_id = g.id AND s.cluster_id = ?1), '') AS settlements
               FROM programs g
              WHERE g.archived_at IS NULL
                AND (g.id IN (SELECT program_id FROM program_clusters WHERE cluster_id = ?1)
                     OR g.id IN (SELECT ps.program_id FROM program_settlements ps JOIN settlements s ON s.id = ps.settlement_id
                                  WHERE s.cluster_id = ?1))
              ORDER BY g.name COLLATE hebrew",
            [cluster_id],
            ProgramHere::from_row,
        )
    }

    /// Moves planned or under way whose date has passed, the longest overdue first.
    pub fn overdue_moves(&self, today: NaiveDate) -> Result<Vec<Move>> {
        rows(
            self.connection(),
            &format!(
                "SELECT {MOVE_COLUMNS}
                  WHERE m.status IN ('planned', 'under_way') AND m.due_on < ?2 AND g.archived_at IS NULL AND ?1 IS NULL
                  ORDER BY m.due_on, m.id"
            ),
            params![Option::<String>::None, today],
            Move::from_row,
        )
    }
}
