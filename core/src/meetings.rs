//! Meetings of a forum and their minutes: agenda, attendance, guests, decisions, action items
//! and gaps; carry-over of what is still open; approval, which locks the meeting, and the
//! amendments that correct approved minutes; the home screen's overview and the action-items
//! view across forums.
//!
//! The lock: once the minutes are approved, every write that would change the meeting's record
//! is refused with `Error::MeetingLocked`. Following an action item or gap up afterwards (done,
//! resolved) is not a change to the minutes, and stays possible.

use chrono::{NaiveDate, NaiveTime};
use rusqlite::{OptionalExtension, params};
use serde::{Deserialize, Serialize};

use crate::{
    directory::RecordKind,
    error::{Error, Field, Result},
    forums::school_year,
    model::{Id, check_text, check_texts, count, new_id, optional, required, text_enum},
    store::{Store, Writer, now},
};

text_enum!(
    MeetingStatus, Field::Status, { Planned = "planned", Held = "held", Cancelled = "cancelled" }
);
text_enum!(
    AttendanceStatus, Field::Attendance, { Present = "present", Absent = "absent", Excused = "excused" }
);
text_enum!(
    ActionStatus, Field::Status, { Open = "open", Done = "done", Cancelled = "cancelled" }
);
text_enum!(
    GapStatus, Field::Status, { Open = "open", InHandling = "in_handling", Resolved = "resolved" }
);

/// A meeting's details as entered in its form.
#[derive(Clone, Debug, Default, Deserialize)]
pub struct MeetingInput {
    /// `YYYY-MM-DD`.
    pub date: String,
    /// `HH:MM`, wall-clock in Israel, or empty.
    #[serde(default)]
    pub start_time: String,
    pub duration_minutes: Option<f64>,
    #[serde(default)]
    pub place: String,
    #[serde(default)]
    pub online: bool,
    pub status: Option<MeetingStatus>,
}

/// The year's meetings by the forum's cadence: from `first_date` to the end of its school year.
#[derive(Clone, Debug, Default, Deserialize)]
pub struct PlanInput {
    pub first_date: String,
    #[serde(default)]
    pub start_time: String,
    pub duration_minutes: Option<f64>,
    #[serde(default)]
    pub place: String,
    #[serde(default)]
    pub online: bool,
}

#[derive(Clone, Debug, Default, Deserialize)]
pub struct AgendaItemInput {
    pub title: String,
    #[serde(default)]
    pub presenter: String,
    pub planned_minutes: Option<f64>,
    #[serde(default)]
    pub notes: String,
}

#[derive(Clone, Debug, Default, Deserialize)]
pub struct DecisionInput {
    pub text: String,
    pub agenda_item_id: Option<Id>,
}

#[derive(Clone, Debug, Default, Deserialize)]
pub struct ActionItemInput {
    pub what: String,
    pub owner_id: Option<Id>,
    /// `YYYY-MM-DD`, or empty.
    #[serde(default)]
    pub due_date: String,
    pub agenda_item_id: Option<Id>,
}

#[derive(Clone, Debug, Default, Deserialize)]
pub struct GapInput {
    pub what: String,
    #[serde(default)]
    pub raised_by: String,
    #[serde(default)]
    pub mechanism: String,
    pub owner_id: Option<Id>,
}

#[derive(Clone, Debug, Serialize)]
pub struct MeetingRow {
    pub id: Id,
    pub date: NaiveDate,
    pub start_time: Option<String>,
    pub place: String,
    pub online: bool,
    pub status: MeetingStatus,
    pub approved: bool,
}

#[derive(Clone, Debug, Serialize)]
pub struct AgendaItem {
    pub id: Id,
    pub position: u32,
    pub title: String,
    pub presenter: String,
    pub planned_minutes: Option<u32>,
    pub notes: String,
}

#[derive(Clone, Debug, Serialize)]
pub struct Attendee {
    pub person_id: Id,
    pub full_name: String,
    pub role: String,
    pub status: Option<AttendanceStatus>,
}

#[derive(Clone, Debug, Serialize)]
pub struct Guest {
    pub id: Id,
    pub name: String,
}

#[derive(Clone, Debug, Serialize)]
pub struct Decision {
    pub id: Id,
    pub number: u32,
    pub text: String,
    pub agenda_item_id: Option<Id>,
}

#[derive(Clone, Debug, Serialize)]
pub struct ActionItem {
    pub id: Id,
    pub what: String,
    pub owner_id: Option<Id>,
    pub owner_name: Option<String>,
    pub due_date: Option<NaiveDate>,
    pub status: ActionStatus,
    pub done_on: Option<NaiveDate>,
    pub agenda_item_id: Option<Id>,
}

#[derive(Clone, Debug, Serialize)]
pub struct Gap {
    pub id: Id,
    pub what: String,
    pub raised_by: String,
    pub mechanism: String,
    pub owner_id: Option<Id>,
    pub owner_name: Option<String>,
    pub status: GapStatus,
    pub resolved_on: Option<NaiveDate>,
}

#[derive(Clone, Debug, Serialize)]
pub struct Amendment {
    pub id: Id,
    pub made_by: String,
    pub made_at: String,
    pub reason: String,
    pub before_text: String,
    pub after_text: String,
}

/// An action item or gap raised at an earlier meeting and still open: the next meeting's agenda
/// opens with it, linked to where it was raised.
#[derive(Clone, Debug, Serialize)]
pub struct CarriedItem {
    /// `action` or `gap`.
    pub kind: &'static str,
    pub id: Id,
    pub what: String,
    pub owner_name: Option<String>,
    pub due_date: Option<NaiveDate>,
    /// The status now: an action item's or a gap's.
    pub status: String,
    pub raised_meeting_id: Id,
    pub raised_on: NaiveDate,
}

#[derive(Clone, Debug, Serialize)]
pub struct Meeting {
    pub id: Id,
    pub forum_id: Id,
    pub forum_name: String,
    pub date: NaiveDate,
    pub start_time: Option<String>,
    pub duration_minutes: u32,
    pub place: String,
    pub online: bool,
    pub status: MeetingStatus,
    pub minutes: String,
    pub approved_at: Option<String>,
    pub approved_by: Option<String>,
    pub locked: bool,
    /// Who last approved or amended minutes: the name the approval form starts with.
    pub signer_hint: Option<String>,
    pub carried: Vec<CarriedItem>,
    pub agenda: Vec<AgendaItem>,
    pub attendance: Vec<Attendee>,
    pub guests: Vec<Guest>,
    pub decisions: Vec<Decision>,
    pub action_items: Vec<ActionItem>,
    pub gaps: Vec<Gap>,
    pub amendments: Vec<Amendment>,
}

/// An action item anywhere, with where it was raised: the action-items view and the home screen.
#[derive(Clone, Debug, Serialize)]
pub struct ActionItemRow {
    pub id: Id,
    pub what: String,
    pub owner_id: Option<Id>,
    pub owner_name: Option<String>,
    pub due_date: Option<NaiveDate>,
    pub status: ActionStatus,
    pub done_on: Option<NaiveDate>,
    pub overdue_days: Option<i64>,
    pub meeting_id: Option<Id>,
    pub meeting_date: Option<NaiveDate>,
    pub forum_id: Option<Id>,
    pub forum_name: Option<String>,
    /// A follow-up of a visit: the visit, its date and the settlement.
    pub visit_id: Option<Id>,
    pub visit_date: Option<NaiveDate>,
    pub settlement_name: Option<String>,
}

#[derive(Clone, Debug, Default, Deserialize)]
pub struct ActionFilter {
    pub owner_id: Option<Id>,
    pub status: Option<ActionStatus>,
    pub forum_id: Option<Id>,
    #[serde(default)]
    pub overdue: bool,
}

#[derive(Clone, Debug, Serialize)]
pub struct GapRow {
    pub id: Id,
    pub what: String,
    pub status: GapStatus,
    pub owner_name: Option<String>,
    pub raised_on: NaiveDate,
    pub age_days: i64,
    pub meeting_id: Id,
    pub forum_id: Id,
    pub forum_name: String,
}

#[derive(Clone, Debug, Serialize)]
pub struct UpcomingMeeting {
    pub id: Id,
    pub date: NaiveDate,
    pub start_time: Option<String>,
    pub place: String,
    pub online: bool,
    pub forum_id: Id,
    pub forum_name: String,
}

/// What the manager's home screen shows about forums.
#[derive(Clone, Debug, Serialize)]
pub struct Overview {
    /// The most overdue first; at most `HOME_LIST_LIMIT`, of `overdue_forums_total`.
    pub overdue_forums: Vec<crate::forums::ForumRow>,
    pub overdue_forums_total: usize,
    /// The longest overdue first; at most `HOME_LIST_LIMIT`, of `overdue_actions_total`.
    pub overdue_actions: Vec<ActionItemRow>,
    pub overdue_actions_total: usize,
    /// The oldest first; at most `HOME_LIST_LIMIT`, of `open_gaps_total`.
    pub open_gaps: Vec<GapRow>,
    pub open_gaps_total: usize,
    pub upcoming: Vec<UpcomingMeeting>,
}

/// How many of each kind the home screen lists: what needs her first, with the count of the
/// rest. A district has thousands of open items; a screen of them helps no one.
pub const HOME_LIST_LIMIT: usize = 12;

pub(crate) fn date(field: Field, text: &str) -> Result<NaiveDate> {
    let text = required(field, text)?;
    NaiveDate::parse_from_str(&text, "%Y-%m-%d").map_err(|_| Error::Invalid { field, value: text })
}

pub(crate) fn optional_date(field: Field, text: &str) -> Result<Option<NaiveDate>> {
    match optional(text) {
        None => Ok(None),
        Some(text) => date(field, &text).map(Some),
    }
}

fn time(text: &str) -> Result<Option<String>> {
    match optional(text) {
        None => Ok(None),
        Some(text) => NaiveTime::parse_from_str(&text, "%H:%M")
            .map(|t| Some(t.format("%H:%M").to_string()))
            .map_err(|_| Error::Invalid {
                field: Field::Time,
                value: text,
            }),
    }
}

fn duration(value: Option<f64>) -> Result<u32> {
    match count(Field::Duration, value)? {
        None => Ok(90),
        Some(m) if (5..=1440).contains(&m) => Ok(m),
        Some(m) => Err(Error::Invalid {
            field: Field::Duration,
            value: m.to_string(),
        }),
    }
}

pub(crate) fn parse_day(text: Option<String>) -> Option<NaiveDate> {
    text.and_then(|t| NaiveDate::parse_from_str(t.get(..10)?, "%Y-%m-%d").ok())
}

/// The tables whose rows belong to one meeting. A closed list: names never come from input.
#[derive(Clone, Copy)]
enum Part {
    Agenda,
    Guest,
    Decision,
    Action,
    Gap,
}

impl Part {
    fn table(self) -> &'static str {
        match self {
            Part::Agenda => "agenda_items",
            Part::Guest => "guests",
            Part::Decision => "decisions",
            Part::Action => "action_items",
            Part::Gap => "gaps",
        }
    }
}

impl Writer<'_> {
    /// The meeting, if it may still change: `NotFound`, or `MeetingLocked` once approved.
    fn unlocked(&self, meeting_id: &str) -> Result<()> {
        let approved: Option<Option<String>> = self
            .tx
            .query_row(
                "SELECT approved_at FROM meetings WHERE id = ?1",
                [meeting_id],
                |r| r.get(0),
            )
            .optional()?;
        match approved {
            None => Err(Error::NotFound),
            Some(Some(_)) => Err(Error::MeetingLocked),
            Some(None) => Ok(()),
        }
    }

    /// The meeting a part belongs to, if that meeting may still change.
    fn unlocked_part(&self, part: Part, id: &str) -> Result<String> {
        let sql = format!("SELECT meeting_id FROM {} WHERE id = ?1", part.table());
        let meeting: Option<String> = self
            .tx
            .query_row(&sql, [id], |r| r.get(0))
            .optional()?
            .flatten();
        let meeting = meeting.ok_or(Error::NotFound)?;
        self.unlocked(&meeting)?;
        Ok(meeting)
    }

    fn touch(&self, meeting_id: &str) -> Result<()> {
        self.tx.execute(
            "UPDATE meetings SET updated_at = ?2 WHERE id = ?1",
            params![meeting_id, now()],
        )?;
        Ok(())
    }

    pub(crate) fn save_meeting(
        &self,
        id: Option<&str>,
        forum_id: &str,
        input: &MeetingInput,
    ) -> Result<Id> {
        let date = date(Field::Date, &input.date)?;
        check_text(Field::Place, &input.place)?;
        let start = time(&input.start_time)?;
        let minutes = duration(input.duration_minutes)?;
        let status = input.status.unwrap_or(MeetingStatus::Planned);
        match id {
            Some(id) => {
                self.unlocked(id)?;
                self.tx.execute(
                    "UPDATE meetings SET date = ?2, start_time = ?3, duration_minutes = ?4, place = ?5, online = ?6,
                            status = ?7, updated_at = ?8
                      WHERE id = ?1",
                    params![id, date.to_string(), start, minutes, input.place.trim(), input.online, status.as_str(), now()],
                )?;
                Ok(id.to_owned())
            }
            None => {
                self.exists(RecordKind::Forum, forum_id)?;
                let id = new_id();
                self.tx.execute(
                    "INSERT INTO meetings (id, forum_id, date, start_time, duration_minutes, place, online, status,
                                           created_at, updated_at)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?9)",
                    params![id, forum_id, date.to_string(), start, minutes, input.place.trim(), input.online, status.as_str(), now()],
                )?;
                Ok(id)
            }
        }
    }

    pub(crate) fn set_minutes(&self, meeting_id: &str, text: &str) -> Result<()> {
        self.unlocked(meeting_id)?;
        check_text(Field::Minutes, text)?;
        self.tx.execute(
            "UPDATE meetings SET minutes = ?2, updated_at = ?3 WHERE id = ?1",
            params![meeting_id, text, now()],
        )?;
        Ok(())
    }

    pub(crate) fn save_agenda_item(
        &self,
        meeting_id: &str,
        id: Option<&str>,
        input: &AgendaItemInput,
    ) -> Result<Id> {
        self.unlocked(meeting_id)?;
        let title = required(Field::Title, &input.title)?;
        check_texts(&[(Field::Presenter, &input.presenter), (Field::Notes, &input.notes)])?;
        let planned = match count(Field::PlannedMinutes, input.planned_minutes)? {
            Some(0) => None,
            Some(m) if m > 600 => {
                return Err(Error::Invalid {
                    field: Field::PlannedMinutes,
                    value: m.to_string(),
                });
            }
            m => m,
        };
        let stamp = now();
        match id {
            Some(id) => {
                if self.unlocked_part(Part::Agenda, id)? != meeting_id {
                    return Err(Error::NotFound);
                }
                self.tx.execute(
                    "UPDATE agenda_items SET title = ?2, presenter = ?3, planned_minutes = ?4, notes = ?5, updated_at = ?6
                      WHERE id = ?1",
                    params![id, title, input.presenter.trim(), planned, input.notes, stamp],
                )?;
                self.touch(meeting_id)?;
                Ok(id.to_owned())
            }
            None => {
                let id = new_id();
                self.tx.execute(
                    "INSERT INTO agenda_items (id, meeting_id, position, title, presenter, planned_minutes, notes,
                                               created_at, updated_at)
                     VALUES (?1, ?2, (SELECT coalesce(max(position), 0) + 1 FROM agenda_items WHERE meeting_id = ?2),
                             ?3, ?4, ?5, ?6, ?7, ?7)",
                    params![id, meeting_id, title, input.presenter.trim(), planned, input.notes, stamp],
                )?;
                self.touch(meeting_id)?;
                Ok(id)
            }
        }
    }

    /// Move an agenda item up (`-1`) or down (`+1`) by swapping it with its neighbour.
    pub(crate) fn move_agenda_item(&self, id: &str, delta: i32) -> Result<()> {
        let meeting = self.unlocked_part(Part::Agenda, id)?;
        let ids: Vec<String> = self
            .tx
            .prepare(
                "SELECT id FROM agenda_items WHERE meeting_id = ?1 ORDER BY position, created_at",
            )?
            .query_map([&meeting], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?;
        let mut ids = ids;
        let from = ids.iter().position(|x| x == id).ok_or(Error::NotFound)?;
        let to = from as i64 + i64::from(delta.signum());
        if (0..ids.len() as i64).contains(&to) {
            ids.swap(from, to as usize);
        }
        for (position, item) in ids.iter().enumerate() {
            self.tx.execute(
                "UPDATE agenda_items SET position = ?2 WHERE id = ?1",
                params![item, position as i64 + 1],
            )?;
        }
        self.touch(&meeting)
    }

    pub(crate) fn remove_agenda_item(&self, id: &str) -> Result<()> {
        let meeting = self.unlocked_part(Part::Agenda, id)?;
        for table in ["decisions", "action_items"] {
            self.tx.execute(
                &format!("UPDATE {table} SET agenda_item_id = NULL WHERE agenda_item_id = ?1"),
                [id],
            )?;
        }
        self.tx
            .execute("DELETE FROM agenda_items WHERE id = ?1", [id])?;
        self.touch(&meeting)
    }

    pub(crate) fn set_attendance(
        &self,
        meeting_id: &str,
        person_id: &str,
        status: Option<AttendanceStatus>,
    ) -> Result<()> {
        self.unlocked(meeting_id)?;
        self.exists(RecordKind::Person, person_id)?;
        match status {
            Some(status) => self.tx.execute(
                "INSERT INTO attendance (meeting_id, person_id, status) VALUES (?1, ?2, ?3)
                 ON CONFLICT (meeting_id, person_id) DO UPDATE SET status = excluded.status",
                params![meeting_id, person_id, status.as_str()],
            )?,
            None => self.tx.execute(
                "DELETE FROM attendance WHERE meeting_id = ?1 AND person_id = ?2",
                params![meeting_id, person_id],
            )?,
        };
        self.touch(meeting_id)
    }

    pub(crate) fn add_guest(&self, meeting_id: &str, name: &str) -> Result<Id> {
        self.unlocked(meeting_id)?;
        let name = required(Field::GuestName, name)?;
        let id = new_id();
        self.tx.execute(
            "INSERT INTO guests (id, meeting_id, name, created_at) VALUES (?1, ?2, ?3, ?4)",
            params![id, meeting_id, name, now()],
        )?;
        self.touch(meeting_id)?;
        Ok(id)
    }

    fn remove_part(&self, part: Part, id: &str) -> Result<()> {
        let meeting = self.unlocked_part(part, id)?;
        if let Part::Gap | Part::Action = part {
            let column = if let Part::Gap = part {
                "gap_id"
            } else {
                "action_item_id"
            };
            for table in ["agenda_items", "carried_over"] {
                let sql = if table == "agenda_items" {
                    format!("UPDATE agenda_items SET {column} = NULL WHERE {column} = ?1")
                } else {
                    format!("DELETE FROM carried_over WHERE {column} = ?1")
                };
                self.tx.execute(&sql, [id])?;
            }
        }
        self.tx
            .execute(&format!("DELETE FROM {} WHERE id = ?1", part.table()), [id])?;
        if let Part::Decision = part {
            self.renumber_decisions(&meeting)?;
        }
        self.touch(&meeting)
    }

    fn renumber_decisions(&self, meeting_id: &str) -> Result<()> {
        let ids: Vec<String> = self
            .tx
            .prepare("SELECT id FROM decisions WHERE meeting_id = ?1 ORDER BY number")?
            .query_map([meeting_id], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?;
        // Out of the way first, so the unique (meeting, number) never collides midway.
        self.tx.execute(
            "UPDATE decisions SET number = number + 1000000 WHERE meeting_id = ?1",
            [meeting_id],
        )?;
        for (i, id) in ids.iter().enumerate() {
            self.tx.execute(
                "UPDATE decisions SET number = ?2 WHERE id = ?1",
                params![id, i as i64 + 1],
            )?;
        }
        Ok(())
    }

    fn agenda_ref(&self, meeting_id: &str, agenda_item_id: &Option<Id>) -> Result<Option<Id>> {
        match agenda_item_id.as_deref().and_then(optional) {
            None => Ok(None),
            Some(item) => {
                let owner: Option<String> = self
                    .tx
                    .query_row(
                        "SELECT meeting_id FROM agenda_items WHERE id = ?1",
                        [&item],
                        |r| r.get(0),
                    )
                    .optional()?;
                if owner.as_deref() == Some(meeting_id) {
                    Ok(Some(item))
                } else {
                    Err(Error::NotFound)
                }
            }
        }
    }

    pub(crate) fn save_decision(
        &self,
        meeting_id: &str,
        id: Option<&str>,
        input: &DecisionInput,
    ) -> Result<Id> {
        self.unlocked(meeting_id)?;
        let text = required(Field::DecisionText, &input.text)?;
        let item = self.agenda_ref(meeting_id, &input.agenda_item_id)?;
        let stamp = now();
        match id {
            Some(id) => {
                if self.unlocked_part(Part::Decision, id)? != meeting_id {
                    return Err(Error::NotFound);
                }
                self.tx.execute(
                    "UPDATE decisions SET text = ?2, agenda_item_id = ?3, updated_at = ?4 WHERE id = ?1",
                    params![id, text, item, stamp],
                )?;
                self.touch(meeting_id)?;
                Ok(id.to_owned())
            }
            None => {
                let id = new_id();
                self.tx.execute(
                    "INSERT INTO decisions (id, meeting_id, agenda_item_id, number, text, created_at, updated_at)
                     VALUES (?1, ?2, ?3, (SELECT coalesce(max(number), 0) + 1 FROM decisions WHERE meeting_id = ?2),
                             ?4, ?5, ?5)",
                    params![id, meeting_id, item, text, stamp],
                )?;
                self.touch(meeting_id)?;
                Ok(id)
            }
        }
    }

    pub(crate) fn save_action_item(
        &self,
        meeting_id: &str,
        id: Option<&str>,
        input: &ActionItemInput,
    ) -> Result<Id> {
        self.unlocked(meeting_id)?;
        let what = required(Field::What, &input.what)?;
        let owner = self.check_ref(RecordKind::Person, &input.owner_id)?;
        let due = optional_date(Field::DueDate, &input.due_date)?.map(|d| d.to_string());
        let item = self.agenda_ref(meeting_id, &input.agenda_item_id)?;
        let stamp = now();
        match id {
            Some(id) => {
                if self.unlocked_part(Part::Action, id)? != meeting_id {
                    return Err(Error::NotFound);
                }
                self.tx.execute(
                    "UPDATE action_items SET what = ?2, owner_id = ?3, due_date = ?4, agenda_item_id = ?5, updated_at = ?6
                      WHERE id = ?1",
                    params![id, what, owner, due, item, stamp],
                )?;
                self.touch(meeting_id)?;
                Ok(id.to_owned())
            }
            None => {
                let id = new_id();
                self.tx.execute(
                    "INSERT INTO action_items (id, meeting_id, agenda_item_id, what, owner_id, due_date, created_at, updated_at)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?7)",
                    params![id, meeting_id, item, what, owner, due, stamp],
                )?;
                self.touch(meeting_id)?;
                Ok(id)
            }
        }
    }

    /// Follow an action item up: open, done (on `today`) or cancelled. Allowed after approval.
    pub(crate) fn set_action_status(
        &self,
        id: &str,
        status: ActionStatus,
        today: NaiveDate,
    ) -> Result<()> {
        let done = (status == ActionStatus::Done).then(|| today.to_string());
        let changed = self.tx.execute(
            "UPDATE action_items SET status = ?2, done_on = CASE WHEN ?3 IS NULL THEN NULL ELSE coalesce(done_on, ?3) END,
                    updated_at = ?4
              WHERE id = ?1",
            params![id, status.as_str(), done, now()],
        )?;
        if changed == 1 {
            Ok(())
        } else {
            Err(Error::NotFound)
        }
    }

    pub(crate) fn save_gap(
        &self,
        meeting_id: &str,
        id: Option<&str>,
        input: &GapInput,
    ) -> Result<Id> {
        self.unlocked(meeting_id)?;
        let what = required(Field::What, &input.what)?;
        check_texts(&[(Field::RaisedBy, &input.raised_by), (Field::Mechanism, &input.mechanism)])?;
        let owner = self.check_ref(RecordKind::Person, &input.owner_id)?;
        let stamp = now();
        match id {
            Some(id) => {
                if self.unlocked_part(Part::Gap, id)? != meeting_id {
                    return Err(Error::NotFound);
                }
                self.tx.execute(
                    "UPDATE gaps SET what = ?2, raised_by = ?3, mechanism = ?4, owner_id = ?5, updated_at = ?6 WHERE id = ?1",
                    params![id, what, input.raised_by.trim(), input.mechanism.trim(), owner, stamp],
                )?;
                self.touch(meeting_id)?;
                Ok(id.to_owned())
            }
            None => {
                let id = new_id();
                self.tx.execute(
                    "INSERT INTO gaps (id, meeting_id, what, raised_by, mechanism, owner_id, created_at, updated_at)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?7)",
                    params![id, meeting_id, what, input.raised_by.trim(), input.mechanism.trim(), owner, stamp],
                )?;
                self.touch(meeting_id)?;
                Ok(id)
            }
        }
    }

    /// Follow a gap up: open, in handling, or resolved (on `today`). Allowed after approval.
    pub(crate) fn set_gap_status(
        &self,
        id: &str,
        status: GapStatus,
        today: NaiveDate,
    ) -> Result<()> {
        let resolved = (status == GapStatus::Resolved).then(|| today.to_string());
        let changed = self.tx.execute(
            "UPDATE gaps SET status = ?2, resolved_on = CASE WHEN ?3 IS NULL THEN NULL ELSE coalesce(resolved_on, ?3) END,
                    updated_at = ?4
              WHERE id = ?1",
            params![id, status.as_str(), resolved, now()],
        )?;
        if changed == 1 {
            Ok(())
        } else {
            Err(Error::NotFound)
        }
    }

    /// Approve the minutes: the meeting was held, and from now on its record is locked. What it
    /// carried over from earlier meetings is frozen as it stood.
    pub(crate) fn approve(
        &self,
        meeting_id: &str,
        by: &str,
        carried: &[CarriedItem],
    ) -> Result<()> {
        self.unlocked(meeting_id)?;
        let by = required(Field::MadeBy, by)?;
        let status: String = self.tx.query_row(
            "SELECT status FROM meetings WHERE id = ?1",
            [meeting_id],
            |r| r.get(0),
        )?;
        if status == MeetingStatus::Cancelled.as_str() {
            return Err(Error::MeetingCancelled);
        }
        for item in carried {
            let (action, gap) = if item.kind == "action" {
                (Some(&item.id), None)
            } else {
                (None, Some(&item.id))
            };
            self.tx.execute(
                "INSERT OR IGNORE INTO carried_over (meeting_id, action_item_id, gap_id) VALUES (?1, ?2, ?3)",
                params![meeting_id, action, gap],
            )?;
        }
        self.tx.execute(
            "UPDATE meetings SET status = 'held', approved_at = ?2, approved_by = ?3, updated_at = ?2 WHERE id = ?1",
            params![meeting_id, now(), by],
        )?;
        Ok(())
    }

    /// Correct approved minutes: the new text replaces the old, and who, when, why, and both
    /// texts are kept and shown with the minutes.
    pub(crate) fn amend(
        &self,
        meeting_id: &str,
        by: &str,
        reason: &str,
        minutes: &str,
    ) -> Result<Id> {
        let (approved, before): (Option<String>, String) = self
            .tx
            .query_row(
                "SELECT approved_at, minutes FROM meetings WHERE id = ?1",
                [meeting_id],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .optional()?
            .ok_or(Error::NotFound)?;
        if approved.is_none() {
            return Err(Error::NotApproved);
        }
        let by = required(Field::MadeBy, by)?;
        let reason = required(Field::Reason, reason)?;
        check_text(Field::Minutes, minutes)?;
        let id = new_id();
        let stamp = now();
        self.tx.execute(
            "INSERT INTO amendments (id, meeting_id, made_by, made_at, reason, before_text, after_text)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
            params![id, meeting_id, by, stamp, reason, before, minutes],
        )?;
        self.tx.execute(
            "UPDATE meetings SET minutes = ?2, updated_at = ?3 WHERE id = ?1",
            params![meeting_id, minutes, stamp],
        )?;
        Ok(id)
    }
}

impl Store {
    pub fn save_meeting(
        &mut self,
        id: Option<&str>,
        forum_id: &str,
        input: &MeetingInput,
    ) -> Result<Id> {
        self.write(|w| w.save_meeting(id, forum_id, input))
    }

    /// Plan the forum's meetings by its cadence from `first_date` to the end of that school year
    /// (31 August), leaving out dates that already have a meeting. The new meetings' ids.
    pub fn plan_meetings(&mut self, forum_id: &str, plan: &PlanInput) -> Result<Vec<Id>> {
        let cadence = self.forum_cadence(forum_id)?;
        let first = date(Field::Date, &plan.first_date)?;
        check_text(Field::Place, &plan.place)?;
        let last =
            NaiveDate::from_ymd_opt(school_year(first) + 1, 8, 31).expect("31 August exists");
        let taken: std::collections::HashSet<String> = self
            .connection()
            .prepare("SELECT date FROM meetings WHERE forum_id = ?1")?
            .query_map([forum_id], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?;
        let dates: Vec<NaiveDate> = cadence
            .series(first, last)
            .into_iter()
            .filter(|d| !taken.contains(&d.to_string()))
            .collect();
        self.write(|w| {
            dates
                .iter()
                .map(|d| {
                    w.save_meeting(
                        None,
                        forum_id,
                        &MeetingInput {
                            date: d.to_string(),
                            start_time: plan.start_time.clone(),
                            duration_minutes: plan.duration_minutes,
                            place: plan.place.clone(),
                            online: plan.online,
                            status: Some(MeetingStatus::Planned),
                        },
                    )
                })
                .collect()
        })
    }

    pub fn set_minutes(&mut self, meeting_id: &str, text: &str) -> Result<()> {
        self.write(|w| w.set_minutes(meeting_id, text))
    }

    pub fn save_agenda_item(
        &mut self,
        meeting_id: &str,
        id: Option<&str>,
        input: &AgendaItemInput,
    ) -> Result<Id> {
        self.write(|w| w.save_agenda_item(meeting_id, id, input))
    }

    pub fn move_agenda_item(&mut self, id: &str, delta: i32) -> Result<()> {
        self.write(|w| w.move_agenda_item(id, delta))
    }

    pub fn remove_agenda_item(&mut self, id: &str) -> Result<()> {
        self.write(|w| w.remove_agenda_item(id))
    }

    pub fn set_attendance(
        &mut self,
        meeting_id: &str,
        person_id: &str,
        status: Option<AttendanceStatus>,
    ) -> Result<()> {
        self.write(|w| w.set_attendance(meeting_id, person_id, status))
    }

    pub fn add_guest(&mut self, meeting_id: &str, name: &str) -> Result<Id> {
        self.write(|w| w.add_guest(meeting_id, name))
    }

    pub fn remove_guest(&mut self, id: &str) -> Result<()> {
        self.write(|w| w.remove_part(Part::Guest, id))
    }

    pub fn save_decision(
        &mut self,
        meeting_id: &str,
        id: Option<&str>,
        input: &DecisionInput,
    ) -> Result<Id> {
        self.write(|w| w.save_decision(meeting_id, id, input))
    }

    pub fn remove_decision(&mut self, id: &str) -> Result<()> {
        self.write(|w| w.remove_part(Part::Decision, id))
    }

    pub fn save_action_item(
        &mut self,
        meeting_id: &str,
        id: Option<&str>,
        input: &ActionItemInput,
    ) -> Result<Id> {
        self.write(|w| w.save_action_item(meeting_id, id, input))
    }

    pub fn remove_action_item(&mut self, id: &str) -> Result<()> {
        self.write(|w| w.remove_part(Part::Action, id))
    }

    pub fn set_action_status(
        &mut self,
        id: &str,
        status: ActionStatus,
        today: NaiveDate,
    ) -> Result<()> {
        self.write(|w| w.set_action_status(id, status, today))
    }

    pub fn save_gap(&mut self, meeting_id: &str, id: Option<&str>, input: &GapInput) -> Result<Id> {
        self.write(|w| w.save_gap(meeting_id, id, input))
    }

    pub fn remove_gap(&mut self, id: &str) -> Result<()> {
        self.write(|w| w.remove_part(Part::Gap, id))
    }

    pub fn set_gap_status(&mut self, id: &str, status: GapStatus, today: NaiveDate) -> Result<()> {
        self.write(|w| w.set_gap_status(id, status, today))
    }

    pub fn approve_minutes(&mut self, meeting_id: &str, by: &str) -> Result<()> {
        let carried = self.carried(meeting_id)?;
        self.write(|w| w.approve(meeting_id, by, &carried))
    }

    pub fn amend_minutes(
        &mut self,
        meeting_id: &str,
        by: &str,
        reason: &str,
        minutes: &str,
    ) -> Result<Id> {
        self.write(|w| w.amend(meeting_id, by, reason, minutes))
    }

    pub(crate) fn meetings_of(&self, forum_id: &str) -> Result<Vec<MeetingRow>> {
        let mut stmt = self.connection().prepare(
            "SELECT id, date, start_time, place, online, status, approved_at IS NOT NULL
               FROM meetings WHERE forum_id = ?1 ORDER BY date, start_time",
        )?;
        let rows = stmt
            .query_map([forum_id], |r| {
                Ok((
                    r.get::<_, String>(0)?,
                    r.get::<_, String>(1)?,
                    r.get::<_, Option<String>>(2)?,
                    r.get::<_, String>(3)?,
                    r.get::<_, bool>(4)?,
                    r.get::<_, String>(5)?,
                    r.get::<_, bool>(6)?,
                ))
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        rows.into_iter()
            .map(|(id, date, start_time, place, online, status, approved)| {
                Ok(MeetingRow {
                    id,
                    date: parse_day(Some(date)).ok_or(Error::NotFound)?,
                    start_time,
                    place,
                    online,
                    status: MeetingStatus::parse(&status)?,
                    approved,
                })
            })
            .collect()
    }

    /// What a meeting follows up from earlier meetings of its forum: before approval, the action
    /// items and gaps open now that were raised at meetings dated before it; after, what was
    /// frozen at approval (with today's status).
    pub fn carried(&self, meeting_id: &str) -> Result<Vec<CarriedItem>> {
        let (forum_id, date, approved): (String, String, bool) = self
            .connection()
            .query_row(
                "SELECT forum_id, date, approved_at IS NOT NULL FROM meetings WHERE id = ?1",
                [meeting_id],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
            )
            .optional()?
            .ok_or(Error::NotFound)?;
        let (action_filter, gap_filter) = if approved {
            (
                "a.id IN (SELECT action_item_id FROM carried_over WHERE meeting_id = ?3)",
                "g.id IN (SELECT gap_id FROM carried_over WHERE meeting_id = ?3)",
            )
        } else {
            (
                "m.forum_id = ?1 AND m.date < ?2 AND m.id <> ?3 AND a.status = 'open'",
                "m.forum_id = ?1 AND m.date < ?2 AND m.id <> ?3 AND g.status <> 'resolved'",
            )
        };
        let sql = format!(
            "SELECT 'action', a.id, a.what, p.full_name, a.due_date, a.status, m.id, m.date
               FROM action_items a JOIN meetings m ON m.id = a.meeting_id LEFT JOIN people p ON p.id = a.owner_id
              WHERE {action_filter}
             UNION ALL
             SELECT 'gap', g.id, g.what, p.full_name, NULL, g.status, m.id, m.date
               FROM gaps g JOIN meetings m ON m.id = g.meeting_id LEFT JOIN people p ON p.id = g.owner_id
              WHERE {gap_filter}
             ORDER BY 8, 1"
        );
        let mut stmt = self.connection().prepare(&sql)?;
        let rows = stmt
            .query_map(params![forum_id, date, meeting_id], |r| {
                Ok(CarriedItem {
                    kind: if r.get::<_, String>(0)? == "action" {
                        "action"
                    } else {
                        "gap"
                    },
                    id: r.get(1)?,
                    what: r.get(2)?,
                    owner_name: r.get(3)?,
                    due_date: parse_day(r.get(4)?),
                    status: r.get(5)?,
                    raised_meeting_id: r.get(6)?,
                    raised_on: parse_day(r.get(7)?).unwrap_or_default(),
                })
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(rows)
    }

    pub fn meeting(&self, id: &str) -> Result<Meeting> {
        let conn = self.connection();
        let head = conn
            .query_row(
                "SELECT m.forum_id, f.name, m.date, m.start_time, m.duration_minutes, m.place, m.online, m.status,
                        m.minutes, m.approved_at, m.approved_by
                   FROM meetings m JOIN forums f ON f.id = m.forum_id WHERE m.id = ?1",
                [id],
                |r| {
                    Ok((
                        r.get::<_, String>(0)?,
                        r.get::<_, String>(1)?,
                        r.get::<_, String>(2)?,
                        r.get::<_, Option<String>>(3)?,
                        r.get::<_, u32>(4)?,
                        r.get::<_, String>(5)?,
                        r.get::<_, bool>(6)?,
                        r.get::<_, String>(7)?,
                        r.get::<_, String>(8)?,
                        r.get::<_, Option<String>>(9)?,
                        r.get::<_, Option<String>>(10)?,
                    ))
                },
            )
            .optional()?
            .ok_or(Error::NotFound)?;
        let (
            forum_id,
            forum_name,
            date,
            start_time,
            duration_minutes,
            place,
            online,
            status,
            minutes,
            approved_at,
            approved_by,
        ) = head;
        let agenda = conn
            .prepare(
                "SELECT id, position, title, presenter, planned_minutes, notes FROM agenda_items
                  WHERE meeting_id = ?1 ORDER BY position, created_at",
            )?
            .query_map([id], |r| {
                Ok(AgendaItem {
                    id: r.get(0)?,
                    position: r.get(1)?,
                    title: r.get(2)?,
                    presenter: r.get(3)?,
                    planned_minutes: r.get(4)?,
                    notes: r.get(5)?,
                })
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        // The forum's members, and anyone else whose attendance was recorded.
        let attendance = conn
            .prepare(
                "SELECT p.id, p.full_name, coalesce(fm.role, ''), a.status
                   FROM people p
                   LEFT JOIN forum_members fm ON fm.person_id = p.id AND fm.forum_id = ?2
                   LEFT JOIN attendance a ON a.person_id = p.id AND a.meeting_id = ?1
                  WHERE p.id IN (SELECT person_id FROM forum_members WHERE forum_id = ?2
                                 UNION SELECT person_id FROM attendance WHERE meeting_id = ?1)
                  ORDER BY p.full_name COLLATE hebrew",
            )?
            .query_map(params![id, forum_id], |r| {
                Ok((
                    r.get::<_, String>(0)?,
                    r.get::<_, String>(1)?,
                    r.get::<_, String>(2)?,
                    r.get::<_, Option<String>>(3)?,
                ))
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?
            .into_iter()
            .map(|(person_id, full_name, role, status)| {
                Ok(Attendee {
                    person_id,
                    full_name,
                    role,
                    status: status.as_deref().map(AttendanceStatus::parse).transpose()?,
                })
            })
            .collect::<Result<Vec<_>>>()?;
        let guests = conn
            .prepare("SELECT id, name FROM guests WHERE meeting_id = ?1 ORDER BY created_at")?
            .query_map([id], |r| {
                Ok(Guest {
                    id: r.get(0)?,
                    name: r.get(1)?,
                })
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        let decisions = conn
            .prepare("SELECT id, number, text, agenda_item_id FROM decisions WHERE meeting_id = ?1 ORDER BY number")?
            .query_map([id], |r| {
                Ok(Decision { id: r.get(0)?, number: r.get(1)?, text: r.get(2)?, agenda_item_id: r.get(3)? })
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        let action_items = conn
            .prepare(
                "SELECT a.id, a.what, a.owner_id, p.full_name, a.due_date, a.status, a.done_on, a.agenda_item_id
                   FROM action_items a LEFT JOIN people p ON p.id = a.owner_id
                  WHERE a.meeting_id = ?1 ORDER BY a.created_at",
            )?
            .query_map([id], |r| {
                Ok((
                    r.get::<_, String>(0)?,
                    r.get::<_, String>(1)?,
                    r.get::<_, Option<String>>(2)?,
                    r.get::<_, Option<String>>(3)?,
                    r.get::<_, Option<String>>(4)?,
                    r.get::<_, String>(5)?,
                    r.get::<_, Option<String>>(6)?,
                    r.get::<_, Option<String>>(7)?,
                ))
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?
            .into_iter()
            .map(|(id, what, owner_id, owner_name, due, status, done, agenda_item_id)| {
                Ok(ActionItem {
                    id,
                    what,
                    owner_id,
                    owner_name,
                    due_date: parse_day(due),
                    status: ActionStatus::parse(&status)?,
                    done_on: parse_day(done),
                    agenda_item_id,
                })
            })
            .collect::<Result<Vec<_>>>()?;
        let gaps = conn
            .prepare(
                "SELECT g.id, g.what, g.raised_by, g.mechanism, g.owner_id, p.full_name, g.status, g.resolved_on
                   FROM gaps g LEFT JOIN people p ON p.id = g.owner_id
                  WHERE g.meeting_id = ?1 ORDER BY g.created_at",
            )?
            .query_map([id], |r| {
                Ok((
                    r.get::<_, String>(0)?,
                    r.get::<_, String>(1)?,
                    r.get::<_, String>(2)?,
                    r.get::<_, String>(3)?,
                    r.get::<_, Option<String>>(4)?,
                    r.get::<_, Option<String>>(5)?,
                    r.get::<_, String>(6)?,
                    r.get::<_, Option<String>>(7)?,
                ))
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?
            .into_iter()
            .map(|(id, what, raised_by, mechanism, owner_id, owner_name, status, resolved)| {
                Ok(Gap {
                    id,
                    what,
                    raised_by,
                    mechanism,
                    owner_id,
                    owner_name,
                    status: GapStatus::parse(&status)?,
                    resolved_on: parse_day(resolved),
                })
            })
            .collect::<Result<Vec<_>>>()?;
        let amendments = conn
            .prepare(
                "SELECT id, made_by, made_at, reason, before_text, after_text FROM amendments
                  WHERE meeting_id = ?1 ORDER BY made_at",
            )?
            .query_map([id], |r| {
                Ok(Amendment {
                    id: r.get(0)?,
                    made_by: r.get(1)?,
                    made_at: r.get(2)?,
                    reason: r.get(3)?,
                    before_text: r.get(4)?,
                    after_text: r.get(5)?,
                })
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(Meeting {
            id: id.to_owned(),
            forum_id,
            forum_name,
            date: parse_day(Some(date)).ok_or(Error::NotFound)?,
            start_time,
            duration_minutes,
            place,
            online,
            status: MeetingStatus::parse(&status)?,
            minutes,
            locked: approved_at.is_some(),
            signer_hint: conn
                .query_row(
                    "SELECT name FROM (SELECT * FROM (SELECT approved_by AS name, approved_at AS at FROM meetings
                                                       WHERE approved_by IS NOT NULL ORDER BY approved_at DESC LIMIT 1)
                                       UNION ALL
                                       SELECT * FROM (SELECT made_by, made_at FROM amendments ORDER BY made_at DESC LIMIT 1))
                      ORDER BY at DESC LIMIT 1",
                    [],
                    |r| r.get(0),
                )
                .optional()?,
            approved_at,
            approved_by,
            carried: self.carried(id)?,
            agenda,
            attendance,
            guests,
            decisions,
            action_items,
            gaps,
            amendments,
        })
    }

    /// Action items across all forums, filtered; open and overdue first, then by due date.
    pub fn action_items(
        &self,
        filter: &ActionFilter,
        today: NaiveDate,
    ) -> Result<Vec<ActionItemRow>> {
        self.action_items_limited(filter, today, None)
    }

    fn action_items_limited(
        &self,
        filter: &ActionFilter,
        today: NaiveDate,
        limit: Option<usize>,
    ) -> Result<Vec<ActionItemRow>> {
        // Only the conditions asked for are in the query, so SQLite can use the index each one
        // has (the open items by due date, above all); every value is bound, never spliced.
        let owner = filter.owner_id.as_deref().and_then(optional);
        let forum = filter.forum_id.as_deref().and_then(optional);
        let status = filter.status.map(ActionStatus::as_str);
        let today_text = today.to_string();
        let limit = limit.map_or(-1, |l| l as i64);
        let mut conditions = Vec::new();
        let mut args: Vec<(&str, &dyn rusqlite::ToSql)> = vec![(":limit", &limit)];
        if let Some(owner) = &owner {
            conditions.push("a.owner_id = :owner");
            args.push((":owner", owner));
        }
        if let Some(status) = &status {
            conditions.push("a.status = :status");
            args.push((":status", status));
        }
        if let Some(forum) = &forum {
            conditions.push("f.id = :forum");
            args.push((":forum", forum));
        }
        let order = if filter.overdue {
            conditions.push("a.status = 'open' AND a.due_date < :today");
            args.push((":today", &today_text));
            // All open and all dated: the same order, read straight from the index.
            "a.due_date, a.created_at"
        } else {
            "a.status <> 'open', a.due_date IS NULL, a.due_date, a.created_at"
        };
        let condition = if conditions.is_empty() {
            "1".to_owned()
        } else {
            conditions.join(" AND ")
        };
        let mut stmt = self.connection().prepare_cached(&format!(
            "SELECT a.id, a.what, a.owner_id, p.full_name, a.due_date, a.status, a.done_on, m.id, m.date, f.id, f.name,
                    v.id, v.date, s.name
               FROM action_items a
               LEFT JOIN people p ON p.id = a.owner_id
               LEFT JOIN meetings m ON m.id = a.meeting_id
               LEFT JOIN forums f ON f.id = m.forum_id
               LEFT JOIN visits v ON v.id = a.visit_id
               LEFT JOIN settlements s ON s.id = v.settlement_id
              WHERE {condition}
              ORDER BY {order}
              LIMIT :limit"
        ))?;
        let rows = stmt
            .query_map(args.as_slice(), |r| {
                Ok((
                    r.get::<_, String>(0)?,
                    r.get::<_, String>(1)?,
                    r.get::<_, Option<String>>(2)?,
                    r.get::<_, Option<String>>(3)?,
                    r.get::<_, Option<String>>(4)?,
                    r.get::<_, String>(5)?,
                    r.get::<_, Option<String>>(6)?,
                    r.get::<_, Option<String>>(7)?,
                    r.get::<_, Option<String>>(8)?,
                    r.get::<_, Option<String>>(9)?,
                    r.get::<_, Option<String>>(10)?,
                    r.get::<_, Option<String>>(11)?,
                    r.get::<_, Option<String>>(12)?,
                    r.get::<_, Option<String>>(13)?,
                ))
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        rows.into_iter()
            .map(
                |(
                    id,
                    what,
                    owner_id,
                    owner_name,
                    due,
                    status,
                    done,
                    meeting_id,
                    meeting_date,
                    forum_id,
                    forum_name,
                    visit_id,
                    visit_date,
                    settlement_name,
                )| {
                    let status = ActionStatus::parse(&status)?;
                    let due_date = parse_day(due);
                    let overdue_days = due_date
                        .filter(|_| status == ActionStatus::Open)
                        .map(|d| (today - d).num_days())
                        .filter(|d| *d > 0);
                    Ok(ActionItemRow {
                        id,
                        what,
                        owner_id,
                        owner_name,
                        due_date,
                        status,
                        done_on: parse_day(done),
                        overdue_days,
                        meeting_id,
                        meeting_date: parse_day(meeting_date),
                        forum_id,
                        forum_name,
                        visit_id,
                        visit_date: parse_day(visit_date),
                        settlement_name,
                    })
                },
            )
            .collect()
    }

    /// The home screen: forums overdue by their cadence, action items past due, gaps still open
    /// (oldest first), and the meetings of the next seven days.
    pub fn overview(&self, today: NaiveDate) -> Result<Overview> {
        let mut overdue_forums: Vec<_> = self
            .forums(false, today)?
            .into_iter()
            .filter(|f| f.status.overdue_days.is_some())
            .collect();
        overdue_forums.sort_by_key(|f| std::cmp::Reverse(f.status.overdue_days));
        let overdue_forums_total = overdue_forums.len();
        overdue_forums.truncate(HOME_LIST_LIMIT);
        let overdue_actions = self.action_items_limited(
            &ActionFilter {
                overdue: true,
                ..Default::default()
            },
            today,
            Some(HOME_LIST_LIMIT),
        )?;
        let count = |sql: &str, args: &[&dyn rusqlite::ToSql]| -> Result<usize> {
            Ok(self
                .connection()
                .prepare_cached(sql)?
                .query_row(args, |r| r.get::<_, i64>(0))? as usize)
        };
        let overdue_actions_total = count(
            "SELECT count(*) FROM action_items WHERE status = 'open' AND due_date < ?1",
            &[&today.to_string()],
        )?;
        let open_gaps_total = count(
            "SELECT count(*) FROM gaps g CROSS JOIN meetings m ON m.id = g.meeting_id CROSS JOIN forums f ON f.id = m.forum_id
              WHERE g.status <> 'resolved' AND f.archived_at IS NULL",
            &[],
        )?;
        let open_gaps = self
            .connection()
            .prepare(
                // The oldest found from the indexes alone (the open gaps first: CROSS JOIN keeps
                // that order), then only those rows read.
                "SELECT g.id, g.what, g.status, p.full_name, m.date, m.id, f.id, f.name
                   FROM (SELECT g.rowid AS gap FROM gaps g CROSS JOIN meetings m ON m.id = g.meeting_id
                           CROSS JOIN forums f ON f.id = m.forum_id
                          WHERE g.status <> 'resolved' AND f.archived_at IS NULL
                          ORDER BY m.date, g.created_at LIMIT ?1) oldest
                   JOIN gaps g ON g.rowid = oldest.gap JOIN meetings m ON m.id = g.meeting_id
                   JOIN forums f ON f.id = m.forum_id LEFT JOIN people p ON p.id = g.owner_id
                  ORDER BY m.date, g.created_at",
            )?
            .query_map([HOME_LIST_LIMIT as i64], |r| {
                Ok((
                    r.get::<_, String>(0)?,
                    r.get::<_, String>(1)?,
                    r.get::<_, String>(2)?,
                    r.get::<_, Option<String>>(3)?,
                    r.get::<_, String>(4)?,
                    r.get::<_, String>(5)?,
                    r.get::<_, String>(6)?,
                    r.get::<_, String>(7)?,
                ))
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?
            .into_iter()
            .map(|(id, what, status, owner_name, raised, meeting_id, forum_id, forum_name)| {
                let raised_on = parse_day(Some(raised)).unwrap_or(today);
                Ok(GapRow {
                    id,
                    what,
                    status: GapStatus::parse(&status)?,
                    owner_name,
                    raised_on,
                    age_days: (today - raised_on).num_days().max(0),
                    meeting_id,
                    forum_id,
                    forum_name,
                })
            })
            .collect::<Result<Vec<_>>>()?;
        let week = today + chrono::Days::new(7);
        let upcoming = self
            .connection()
            .prepare(
                "SELECT m.id, m.date, m.start_time, m.place, m.online, f.id, f.name
                   FROM meetings m JOIN forums f ON f.id = m.forum_id
                  WHERE m.status = 'planned' AND m.date >= ?1 AND m.date <= ?2 AND f.archived_at IS NULL
                  ORDER BY m.date, m.start_time",
            )?
            .query_map(params![today.to_string(), week.to_string()], |r| {
                Ok(UpcomingMeeting {
                    id: r.get(0)?,
                    date: parse_day(r.get(1)?).unwrap_or(today),
                    start_time: r.get(2)?,
                    place: r.get(3)?,
                    online: r.get(4)?,
                    forum_id: r.get(5)?,
                    forum_name: r.get(6)?,
                })
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(Overview {
            overdue_forums,
            overdue_forums_total,
            overdue_actions,
            overdue_actions_total,
            open_gaps,
            open_gaps_total,
            upcoming,
        })
    }
}
