//! Partnership forums: their level, cadence, goals, member roles and members; the four
//! templates of the Ministry's partnership framework; the yearly setup before 1 September;
//! and each forum's status (last and next meeting, overdue by its cadence).

use crate::model::TypedNumber;
use chrono::NaiveDate;
use rusqlite::{OptionalExtension, Row, params};
use serde::{Deserialize, Serialize};

use super::{
    cadence::{Cadence, CadenceKind, overdue_days, school_year},
    types::MeetingRow,
};
use crate::{
    directory::RecordKind,
    error::{Error, Field, Problems, Result},
    i18n::Messages,
    model::{Id, check_text, check_texts, count, new_id, required},
    store::{Store, Writer, from_row, now, rows, stored},
};

crate::model::text_enum!(
    /// The level of management a forum sits at (the framework's spine, and the department's own).
    ForumLevel, Field::Level, {
        Ministry = "ministry",
        District = "district",
        Authority = "authority",
        School = "school",
        Cluster = "cluster",
        Settlement = "settlement",
        Other = "other",
    }
);

/// The four forums of the Ministry of Education's partnership framework (seed 001).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Template {
    Ministry,
    District,
    Authority,
    School,
}

impl Template {
    pub const ALL: &[Template] = &[
        Template::Ministry,
        Template::District,
        Template::Authority,
        Template::School,
    ];

    fn key(self) -> &'static str {
        match self {
            Template::Ministry => "ministry",
            Template::District => "district",
            Template::Authority => "authority",
            Template::School => "school",
        }
    }

    pub fn level(self) -> ForumLevel {
        match self {
            Template::Ministry => ForumLevel::Ministry,
            Template::District => ForumLevel::District,
            Template::Authority => ForumLevel::Authority,
            Template::School => ForumLevel::School,
        }
    }

    /// The recommended cadence: weekly at the Ministry, monthly everywhere else.
    pub fn cadence(self) -> CadenceKind {
        match self {
            Template::Ministry => CadenceKind::Weekly,
            _ => CadenceKind::Monthly,
        }
    }

    /// A new forum's form, filled in from the template in the user's language.
    pub fn input(self, messages: &Messages) -> ForumInput {
        let text = |part: &str| messages.get(&format!("template-{}-{part}", self.key()));
        ForumInput {
            name: text("name"),
            level: Some(self.level()),
            cadence: Some(self.cadence()),
            cadence_n: Default::default(),
            goals: text("goals"),
            member_roles: text("roles"),
            chair_id: None,
            active: true,
            notes: String::new(),
            template: Some(self),
            members: Vec::new(),
        }
    }
}

fn yes() -> bool {
    true
}

/// A forum as entered in its form.
#[derive(Clone, Debug, Default, Deserialize, Serialize)]
pub struct ForumInput {
    pub name: String,
    pub level: Option<ForumLevel>,
    pub cadence: Option<CadenceKind>,
    #[serde(default)]
    pub cadence_n: TypedNumber,
    /// One goal a line.
    #[serde(default)]
    pub goals: String,
    /// The roles the forum's members should fill, one a line.
    #[serde(default)]
    pub member_roles: String,
    pub chair_id: Option<Id>,
    #[serde(default = "yes")]
    pub active: bool,
    #[serde(default)]
    pub notes: String,
    pub template: Option<Template>,
    #[serde(default)]
    pub members: Vec<MemberInput>,
}

#[derive(Clone, Debug, Default, Deserialize, Serialize)]
pub struct MemberInput {
    pub person_id: Id,
    #[serde(default)]
    pub role: String,
}

#[derive(Clone, Debug, Serialize)]
pub struct Member {
    pub person_id: Id,
    pub full_name: String,
    pub role: String,
    pub role_title: String,
}

crate::model::text_enum!(
    /// The steps of the yearly setup before the school year opens on 1 September.
    SetupStep, Field::Step, {
        ReviewNeeds = "review_needs",
        ReviewMembers = "review_members",
        SetMeetings = "set_meetings",
        SetMechanisms = "set_mechanisms",
    }
);

#[derive(Clone, Debug, Serialize)]
pub struct SetupItem {
    pub step: SetupStep,
    pub done_at: Option<String>,
}

/// The yearly setup checklist of one school year.
#[derive(Clone, Debug, Serialize)]
pub struct Setup {
    pub school_year: i32,
    /// 1 September of that year: the checklist is due before it.
    pub due: NaiveDate,
    pub items: Vec<SetupItem>,
}

/// Where a forum stands against its cadence.
#[derive(Clone, Debug, Default, Serialize)]
pub struct ForumStatus {
    pub last_held: Option<NaiveDate>,
    pub next_planned: Option<NaiveDate>,
    pub due: Option<NaiveDate>,
    pub overdue_days: Option<i64>,
}

#[derive(Clone, Debug, Serialize)]
pub struct ForumRow {
    pub id: Id,
    pub name: String,
    pub level: ForumLevel,
    pub cadence: CadenceKind,
    pub cadence_n: Option<u32>,
    pub active: bool,
    pub archived: bool,
    pub members: u32,
    pub status: ForumStatus,
}

#[derive(Clone, Debug, Serialize)]
pub struct Forum {
    pub id: Id,
    pub name: String,
    pub level: ForumLevel,
    pub cadence: CadenceKind,
    pub cadence_n: Option<u32>,
    pub goals: String,
    pub member_roles: String,
    pub chair_id: Option<Id>,
    pub chair_name: Option<String>,
    pub template: Option<Template>,
    pub active: bool,
    pub notes: String,
    pub archived: bool,
    pub members: Vec<Member>,
    pub status: ForumStatus,
    pub setup: Setup,
    pub meetings: Vec<MeetingRow>,
}

impl Writer<'_> {
    pub(crate) fn save_forum(&self, id: Option<&str>, input: &ForumInput) -> Result<Id> {
        if let Some(id) = id {
            self.exists(RecordKind::Forum, id)?;
        }
        // Every problem of the form at once: a missing name and a missing level together.
        let mut problems = Problems::default();
        let name = problems.check(required(Field::Name, &input.name));
        problems.check(check_texts(&[
            (Field::Goals, &input.goals),
            (Field::MemberRoles, &input.member_roles),
            (Field::Notes, &input.notes),
        ]));
        for member in &input.members {
            problems.check(check_text(Field::Role, &member.role));
        }
        let level = problems.check(input.level.ok_or(Error::Required(Field::Level)));
        let cadence = problems.check(input.cadence.ok_or(Error::Required(Field::Cadence)));
        let n = cadence.and_then(|cadence| match cadence {
            CadenceKind::Weeks | CadenceKind::Months => problems
                .check(count(Field::CadenceN, &input.cadence_n).and_then(|n| {
                    Cadence::new(cadence, n)?;
                    Ok(n)
                }))
                .flatten(),
            _ => None,
        });
        problems.done()?;
        let (Some(name), Some(level), Some(cadence)) = (name, level, cadence) else {
            return Err(Error::Required(Field::Name));
        };
        let chair = self.check_ref(RecordKind::Person, &input.chair_id)?;
        let mut seen = std::collections::HashSet::new();
        for member in &input.members {
            self.exists(RecordKind::Person, &member.person_id)?;
            if !seen.insert(member.person_id.as_str()) {
                return Err(Error::Invalid {
                    field: Field::Members,
                    value: member.person_id.clone(),
                });
            }
        }
        let id = match id {
            Some(id) => id.to_owned(),
            None => new_id(),
        };
        let stamp = now();
        self.tx.execute(
            "INSERT INTO forums (id, name, level, cadence, cadence_n, goals, member_roles, chair_id, template,
                                 active, notes, created_at, updated_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?12)
             ON CONFLICT (id) DO UPDATE SET name = excluded.name, level = excluded.level,
                 cadence = excluded.cadence, cadence_n = excluded.cadence_n, goals = excluded.goals,
                 member_roles = excluded.member_roles, chair_id = excluded.chair_id,
                 active = excluded.active, notes = excluded.notes, updated_at = excluded.updated_at",
            params![
                id,
                name,
                level.as_str(),
                cadence.as_str(),
                n,
                tidy_lines(&input.goals),
                tidy_lines(&input.member_roles),
                chair,
                input.template.map(Template::key),
                input.active,
                input.notes.trim(),
                stamp
            ],
        )?;
        self.tx
            .execute("DELETE FROM forum_members WHERE forum_id = ?1", [&id])?;
        for member in &input.members {
            self.tx.execute(
                "INSERT INTO forum_members (forum_id, person_id, role) VALUES (?1, ?2, ?3)",
                params![id, member.person_id, member.role.trim()],
            )?;
        }
        Ok(id)
    }

    pub(crate) fn set_setup_step(
        &self,
        forum_id: &str,
        school_year: i32,
        step: SetupStep,
        done: bool,
    ) -> Result<()> {
        self.exists(RecordKind::Forum, forum_id)?;
        if done {
            self.tx.execute(
                "INSERT OR IGNORE INTO forum_setup (forum_id, school_year, step, done_at) VALUES (?1, ?2, ?3, ?4)",
                params![forum_id, school_year, step.as_str(), now()],
            )?;
        } else {
            self.tx.execute(
                "DELETE FROM forum_setup WHERE forum_id = ?1 AND school_year = ?2 AND step = ?3",
                params![forum_id, school_year, step.as_str()],
            )?;
        }
        Ok(())
    }
}

/// Lines trimmed, empty ones dropped: goals and roles are lists typed one a line.
fn tidy_lines(text: &str) -> String {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect::<Vec<_>>()
        .join("\n")
}

impl Store {
    pub fn save_forum(&mut self, id: Option<&str>, input: &ForumInput) -> Result<Id> {
        self.write(|w| w.save_forum(id, input))
    }

    /// A new forum's form filled in from a template, in the user's language.
    pub fn forum_template(&self, template: Template) -> ForumInput {
        template.input(self.messages())
    }

    pub fn set_setup_step(
        &mut self,
        forum_id: &str,
        school_year: i32,
        step: SetupStep,
        done: bool,
    ) -> Result<()> {
        self.write(|w| w.set_setup_step(forum_id, school_year, step, done))
    }
}

/// A forum's last held meeting and next planned one, for forum `?1` on day `?2`: one query for
/// one forum or, correlated, for the whole list.
const LAST_HELD: &str = "(SELECT max(date) FROM meetings WHERE forum_id = ?1 AND status = 'held')";
const NEXT_PLANNED: &str =
    "(SELECT min(date) FROM meetings WHERE forum_id = ?1 AND status = 'planned' AND date >= ?2)";

impl ForumStatus {
    /// A forum's status on `today` from its last held and next planned meeting (the columns
    /// `last_held` and `next_planned`) and the day it was set up (`since`).
    fn from_row(
        r: &Row<'_>,
        cadence: Cadence,
        active: bool,
        today: NaiveDate,
    ) -> rusqlite::Result<Self> {
        let last_held: Option<NaiveDate> = r.get("last_held")?;
        let since: NaiveDate = r.get("since")?;
        Ok(ForumStatus {
            last_held,
            next_planned: r.get("next_planned")?,
            due: cadence.due_after(last_held.unwrap_or(since)),
            overdue_days: if active {
                overdue_days(cadence, last_held, since, today)
            } else {
                None
            },
        })
    }
}

/// The cadence of the forum in this row (`cadence`, `cadence_n`).
fn cadence_of(r: &Row<'_>) -> rusqlite::Result<Cadence> {
    stored(Cadence::new(r.get("cadence")?, r.get("cadence_n")?))
}

impl ForumRow {
    fn from_row(r: &Row<'_>, today: NaiveDate) -> rusqlite::Result<Self> {
        let active: bool = r.get("active")?;
        let archived: bool = r.get("archived")?;
        Ok(ForumRow {
            id: r.get("id")?,
            name: r.get("name")?,
            level: r.get("level")?,
            cadence: r.get("cadence")?,
            cadence_n: r.get("cadence_n")?,
            active,
            archived,
            members: r.get("members")?,
            status: ForumStatus::from_row(r, cadence_of(r)?, active && !archived, today)?,
        })
    }
}

impl Forum {
    /// The forum's own columns and its status; members, setup and meetings are read after.
    fn from_row(r: &Row<'_>, today: NaiveDate) -> rusqlite::Result<Self> {
        let active: bool = r.get("active")?;
        let archived: bool = r.get("archived")?;
        let template: Option<String> = r.get("template")?;
        let year = school_year(today + chrono::Days::new(62));
        Ok(Forum {
            id: r.get("id")?,
            name: r.get("name")?,
            level: r.get("level")?,
            cadence: r.get("cadence")?,
            cadence_n: r.get("cadence_n")?,
            goals: r.get("goals")?,
            member_roles: r.get("member_roles")?,
            chair_id: r.get("chair_id")?,
            chair_name: r.get("chair_name")?,
            template: template
                .as_deref()
                .and_then(|t| Template::ALL.iter().copied().find(|x| x.key() == t)),
            active,
            notes: r.get("notes")?,
            archived,
            members: Vec::new(),
            status: ForumStatus::from_row(r, cadence_of(r)?, active && !archived, today)?,
            setup: Setup {
                school_year: year,
                due: NaiveDate::from_ymd_opt(year, 9, 1).expect("1 September exists"),
                items: Vec::new(),
            },
            meetings: Vec::new(),
        })
    }
}

from_row!(r => Member { person_id, full_name, role, role_title });

impl Store {
    pub fn forums(&self, include_archived: bool, today: NaiveDate) -> Result<Vec<ForumRow>> {
        // Each forum's last and next meeting in the same query, not one more query per forum.
        let mut stmt = self.connection().prepare_cached(&format!(
            "SELECT f.id, f.name, f.level, f.cadence, f.cadence_n, f.active, f.archived_at IS NOT NULL AS archived,
                    substr(f.created_at, 1, 10) AS since,
                    (SELECT count(*) FROM forum_members m WHERE m.forum_id = f.id) AS members,
                    {} AS last_held, {} AS next_planned
               FROM forums f
              WHERE ?3 OR f.archived_at IS NULL
              ORDER BY f.name COLLATE hebrew",
            LAST_HELD.replace("?1", "f.id"),
            NEXT_PLANNED.replace("?1", "f.id"),
        ))?;
        // ?1 is each row's forum, named in the query itself.
        let rows = stmt.query_map(
            params![rusqlite::types::Null, today, include_archived],
            |r| ForumRow::from_row(r, today),
        )?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    pub fn forum(&self, id: &str, today: NaiveDate) -> Result<Forum> {
        let mut forum = self
            .connection()
            .query_row(
                &format!(
                    "SELECT f.id, f.name, f.level, f.cadence, f.cadence_n, f.goals, f.member_roles, f.chair_id,
                            p.full_name AS chair_name, f.template, f.active, f.notes,
                            f.archived_at IS NOT NULL AS archived, substr(f.created_at, 1, 10) AS since,
                            {LAST_HELD} AS last_held, {NEXT_PLANNED} AS next_planned
                       FROM forums f LEFT JOIN people p ON p.id = f.chair_id
                      WHERE f.id = ?1"
                ),
                params![id, today],
                |r| Forum::from_row(r, today),
            )
            .optional()?
            .ok_or(Error::NotFound)?;
        forum.members = rows(
            self.connection(),
            "SELECT m.person_id, p.full_name, m.role, p.role_title
                   FROM forum_members m JOIN people p ON p.id = m.person_id
                  WHERE m.forum_id = ?1
                  ORDER BY p.full_name COLLATE hebrew",
            [id],
            Member::from_row,
        )?;
        let mut stmt = self
            .connection()
            .prepare("SELECT done_at FROM forum_setup WHERE forum_id = ?1 AND school_year = ?2 AND step = ?3")?;
        let year = forum.setup.school_year;
        forum.setup.items = SetupStep::ALL
            .iter()
            .map(|step| {
                Ok(SetupItem {
                    step: *step,
                    done_at: stmt
                        .query_row(params![id, year, step], |r| r.get(0))
                        .optional()?,
                })
            })
            .collect::<Result<_>>()?;
        forum.meetings = self.meetings_of(id)?;
        Ok(forum)
    }
}
