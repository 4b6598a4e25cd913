//! Partnership forums: their level, cadence, goals, member roles and members; the four
//! templates of the Ministry's partnership framework; the yearly setup before 1 September;
//! and the cadence arithmetic that plans meetings and says which forum is overdue.

use chrono::{Datelike, Months, NaiveDate, NaiveTime, TimeZone, Utc};
use rusqlite::{OptionalExtension, params};
use serde::{Deserialize, Serialize};

use crate::{
    directory::RecordKind,
    error::{Error, Field, Result},
    i18n::Messages,
    model::{Id, check_text, check_texts, count, new_id, required},
    store::{Store, Writer, now},
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

crate::model::text_enum!(
    /// How often a forum should meet. `Weeks` and `Months` take a number (every N ...).
    CadenceKind, Field::Cadence, {
        Weekly = "weekly",
        Biweekly = "biweekly",
        Monthly = "monthly",
        Weeks = "weeks",
        Months = "months",
        None = "none",
    }
);

/// A forum's cadence as one value: every so many days or months, or none.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Cadence {
    Days(u32),
    Months(u32),
    None,
}

impl Cadence {
    pub fn new(kind: CadenceKind, n: Option<u32>) -> Result<Cadence> {
        let n = || match n {
            Some(n) if (1..=52).contains(&n) => Ok(n),
            Some(n) => Err(Error::Invalid {
                field: Field::CadenceN,
                value: n.to_string(),
            }),
            None => Err(Error::Required(Field::CadenceN)),
        };
        Ok(match kind {
            CadenceKind::Weekly => Cadence::Days(7),
            CadenceKind::Biweekly => Cadence::Days(14),
            CadenceKind::Monthly => Cadence::Months(1),
            CadenceKind::Weeks => Cadence::Days(7 * n()?),
            CadenceKind::Months => Cadence::Months(n()?),
            CadenceKind::None => Cadence::None,
        })
    }

    /// The `k`-th date of a series that starts on `start`: counted from the start each time,
    /// so a series on the 31st falls on the last day of shorter months and returns to the 31st,
    /// and one on 29 February falls on the 28th in other years.
    pub fn nth(self, start: NaiveDate, k: u32) -> Option<NaiveDate> {
        match self {
            Cadence::Days(d) => {
                start.checked_add_days(chrono::Days::new(u64::from(d) * u64::from(k)))
            }
            Cadence::Months(m) => start.checked_add_months(Months::new(m * k)),
            Cadence::None => (k == 0).then_some(start),
        }
    }

    /// The dates of the series from `start` up to and including `last`.
    pub fn series(self, start: NaiveDate, last: NaiveDate) -> Vec<NaiveDate> {
        (0..)
            .map_while(|k| self.nth(start, k).filter(|d| *d <= last))
            .take(400)
            .collect()
    }

    /// When the next meeting is due, the previous one having been held on `last`.
    pub fn due_after(self, last: NaiveDate) -> Option<NaiveDate> {
        match self {
            Cadence::None => None,
            _ => self.nth(last, 1),
        }
    }
}

/// Whether a forum is overdue on `today`: active, with a cadence, and no meeting held within it
/// since `last_held` (or, never having met, since it was set up on `since`). The number of days
/// past the date the next meeting was due; `None` when not overdue.
pub fn overdue_days(
    cadence: Cadence,
    last_held: Option<NaiveDate>,
    since: NaiveDate,
    today: NaiveDate,
) -> Option<i64> {
    let due = cadence.due_after(last_held.unwrap_or(since))?;
    let days = (today - due).num_days();
    (days > 0).then_some(days)
}

/// The school year a date belongs to, named by the year it opens (1 September).
pub fn school_year(date: NaiveDate) -> i32 {
    if date.month() >= 9 {
        date.year()
    } else {
        date.year() - 1
    }
}

/// The moment a meeting starts, from its date and wall-clock time in Israel. 18:00 stays 18:00
/// across the change to and from summer time; a time that does not exist (the spring-forward
/// hour) is taken an hour later.
pub fn starts_at_utc(date: NaiveDate, time: NaiveTime) -> chrono::DateTime<Utc> {
    let tz = chrono_tz::Asia::Jerusalem;
    let local = date.and_time(time);
    tz.from_local_datetime(&local)
        .earliest()
        .or_else(|| {
            tz.from_local_datetime(&(local + chrono::Duration::hours(1)))
                .earliest()
        })
        .map(|t| t.with_timezone(&Utc))
        .unwrap_or_else(|| Utc.from_utc_datetime(&local))
}

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
            cadence_n: None,
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
    pub cadence_n: Option<f64>,
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
    pub meetings: Vec<crate::meetings::MeetingRow>,
}

fn parse_date(text: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").ok()
}

impl Writer<'_> {
    pub(crate) fn save_forum(&self, id: Option<&str>, input: &ForumInput) -> Result<Id> {
        if let Some(id) = id {
            self.exists(RecordKind::Forum, id)?;
        }
        let name = required(Field::Name, &input.name)?;
        check_texts(&[
            (Field::Goals, &input.goals),
            (Field::MemberRoles, &input.member_roles),
            (Field::Notes, &input.notes),
        ])?;
        for member in &input.members {
            check_text(Field::Role, &member.role)?;
        }
        let level = input.level.ok_or(Error::Required(Field::Level))?;
        let cadence = input.cadence.ok_or(Error::Required(Field::Cadence))?;
        let n = match cadence {
            CadenceKind::Weeks | CadenceKind::Months => count(Field::CadenceN, input.cadence_n)?,
            _ => None,
        };
        Cadence::new(cadence, n)?;
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

    pub(crate) fn forum_status(
        &self,
        id: &str,
        cadence: Cadence,
        active: bool,
        created_at: &str,
        today: NaiveDate,
    ) -> Result<ForumStatus> {
        let (last_held, next_planned): (Option<String>, Option<String>) = self.connection().query_row(
            &format!("SELECT {LAST_HELD}, {NEXT_PLANNED}"),
            params![id, today.to_string()],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )?;
        Ok(forum_status(
            cadence,
            active,
            created_at,
            last_held,
            next_planned,
            today,
        ))
    }
}

/// A forum's last held meeting and next planned one, for forum `?1` on day `?2`: one query for
/// one forum or, correlated, for the whole list.
const LAST_HELD: &str =
    "(SELECT max(date) FROM meetings WHERE forum_id = ?1 AND status = 'held')";
const NEXT_PLANNED: &str =
    "(SELECT min(date) FROM meetings WHERE forum_id = ?1 AND status = 'planned' AND date >= ?2)";

fn forum_status(
    cadence: Cadence,
    active: bool,
    created_at: &str,
    last_held: Option<String>,
    next_planned: Option<String>,
    today: NaiveDate,
) -> ForumStatus {
    {
        let last_held = last_held.as_deref().and_then(parse_date);
        let since = created_at.get(..10).and_then(parse_date).unwrap_or(today);
        ForumStatus {
            last_held,
            next_planned: next_planned.as_deref().and_then(parse_date),
            due: cadence.due_after(last_held.unwrap_or(since)),
            overdue_days: if active {
                overdue_days(cadence, last_held, since, today)
            } else {
                None
            },
        }
    }
}

impl Store {
    pub fn forums(&self, include_archived: bool, today: NaiveDate) -> Result<Vec<ForumRow>> {
        // Each forum's last and next meeting in the same query, not one more query per forum.
        let mut stmt = self.connection().prepare_cached(&format!(
            "SELECT f.id, f.name, f.level, f.cadence, f.cadence_n, f.active, f.archived_at IS NOT NULL, f.created_at,
                    (SELECT count(*) FROM forum_members m WHERE m.forum_id = f.id),
                    {}, {}
               FROM forums f
              WHERE ?3 OR f.archived_at IS NULL
              ORDER BY f.name COLLATE hebrew",
            LAST_HELD.replace("?1", "f.id"),
            NEXT_PLANNED.replace("?1", "f.id"),
        ))?;
        // ?1 is each row's forum, named in the query itself.
        let rows = stmt
            .query_map(
                params![rusqlite::types::Null, today.to_string(), include_archived],
                |r| {
                    Ok((
                        (
                            r.get::<_, String>(0)?,
                            r.get::<_, String>(1)?,
                            r.get::<_, String>(2)?,
                            r.get::<_, String>(3)?,
                            r.get::<_, Option<u32>>(4)?,
                        ),
                        (
                            r.get::<_, bool>(5)?,
                            r.get::<_, bool>(6)?,
                            r.get::<_, String>(7)?,
                            r.get::<_, u32>(8)?,
                            r.get::<_, Option<String>>(9)?,
                            r.get::<_, Option<String>>(10)?,
                        ),
                    ))
                },
            )?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        rows.into_iter()
            .map(
                |(
                    (id, name, level, cadence, n),
                    (active, archived, created_at, members, last_held, next_planned),
                )| {
                    let cadence = CadenceKind::parse(&cadence)?;
                    let status = forum_status(
                        Cadence::new(cadence, n)?,
                        active && !archived,
                        &created_at,
                        last_held,
                        next_planned,
                        today,
                    );
                    Ok(ForumRow {
                        id,
                        name,
                        level: ForumLevel::parse(&level)?,
                        cadence,
                        cadence_n: n,
                        active,
                        archived,
                        members,
                        status,
                    })
                },
            )
            .collect()
    }

    pub fn forum(&self, id: &str, today: NaiveDate) -> Result<Forum> {
        let row = self
            .connection()
            .query_row(
                "SELECT f.name, f.level, f.cadence, f.cadence_n, f.goals, f.member_roles, f.chair_id, p.full_name,
                        f.template, f.active, f.notes, f.archived_at IS NOT NULL, f.created_at
                   FROM forums f LEFT JOIN people p ON p.id = f.chair_id
                  WHERE f.id = ?1",
                [id],
                |r| {
                    Ok((
                        r.get::<_, String>(0)?,
                        r.get::<_, String>(1)?,
                        r.get::<_, String>(2)?,
                        r.get::<_, Option<u32>>(3)?,
                        r.get::<_, String>(4)?,
                        r.get::<_, String>(5)?,
                        r.get::<_, Option<String>>(6)?,
                        r.get::<_, Option<String>>(7)?,
                        r.get::<_, Option<String>>(8)?,
                        r.get::<_, bool>(9)?,
                        r.get::<_, String>(10)?,
                        r.get::<_, bool>(11)?,
                        r.get::<_, String>(12)?,
                    ))
                },
            )
            .optional()?
            .ok_or(Error::NotFound)?;
        let (
            name,
            level,
            cadence,
            n,
            goals,
            member_roles,
            chair_id,
            chair_name,
            template,
            active,
            notes,
            archived,
            created_at,
        ) = row;
        let cadence = CadenceKind::parse(&cadence)?;
        let mut stmt = self.connection().prepare(
            "SELECT m.person_id, p.full_name, m.role, p.role_title
               FROM forum_members m JOIN people p ON p.id = m.person_id
              WHERE m.forum_id = ?1
              ORDER BY p.full_name COLLATE hebrew",
        )?;
        let members = stmt
            .query_map([id], |r| {
                Ok(Member {
                    person_id: r.get(0)?,
                    full_name: r.get(1)?,
                    role: r.get(2)?,
                    role_title: r.get(3)?,
                })
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        let status = self.forum_status(
            id,
            Cadence::new(cadence, n)?,
            active && !archived,
            &created_at,
            today,
        )?;
        let year = school_year(today + chrono::Days::new(62));
        let mut stmt = self
            .connection()
            .prepare("SELECT done_at FROM forum_setup WHERE forum_id = ?1 AND school_year = ?2 AND step = ?3")?;
        let items = SetupStep::ALL
            .iter()
            .map(|step| {
                Ok(SetupItem {
                    step: *step,
                    done_at: stmt
                        .query_row(params![id, year, step.as_str()], |r| r.get(0))
                        .optional()?,
                })
            })
            .collect::<Result<Vec<_>>>()?;
        Ok(Forum {
            id: id.to_owned(),
            name,
            level: ForumLevel::parse(&level)?,
            cadence,
            cadence_n: n,
            goals,
            member_roles,
            chair_id,
            chair_name,
            template: template
                .as_deref()
                .and_then(|t| Template::ALL.iter().copied().find(|x| x.key() == t)),
            active,
            notes,
            archived,
            members,
            status,
            setup: Setup {
                school_year: year,
                due: NaiveDate::from_ymd_opt(year, 9, 1).expect("1 September exists"),
                items,
            },
            meetings: self.meetings_of(id)?,
        })
    }

    /// The cadence of a forum, for planning its meetings.
    pub(crate) fn forum_cadence(&self, id: &str) -> Result<Cadence> {
        let (kind, n): (String, Option<u32>) = self
            .connection()
            .query_row(
                "SELECT cadence, cadence_n FROM forums WHERE id = ?1",
                [id],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .optional()?
            .ok_or(Error::NotFound)?;
        Cadence::new(CadenceKind::parse(&kind)?, n)
    }
}
