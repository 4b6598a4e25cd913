//! Every write to a meeting. Once the minutes are approved, every write that would change the
//! meeting's record is refused with `Error::MeetingLocked`: each goes through
//! `Writer::unlocked` (`unlocked_part` for a row inside a meeting). Following an action item or
//! gap up afterwards (done, resolved) is not a change to the minutes, and stays possible; an
//! amendment is the one way to correct approved minutes, and it keeps who, when, why and both
//! texts. The `Store` methods at the end each open one transaction and call the `Writer`
//! method that checks and writes.

use std::collections::HashSet;

use chrono::NaiveDate;
use rusqlite::{OptionalExtension, ToSql, params};

use super::{cadence::school_year, types::*};
use crate::{
    directory::RecordKind,
    error::{Error, Field, Result},
    model::{
        Id, TypedNumber, check_text, check_texts, count, date, new_id, optional, optional_date,
        optional_time, required,
    },
    store::{Store, Writer, now, one_row},
};

fn duration(value: &TypedNumber) -> Result<u32> {
    match count(Field::Duration, &value)? {
        None => Ok(90),
        Some(m) if (5..=1440).contains(&m) => Ok(m),
        Some(m) => Err(Error::Invalid {
            field: Field::Duration,
            value: m.to_string(),
        }),
    }
}

/// The tables whose rows belong to one meeting. A closed list: names never come from input.
#[derive(Clone, Copy)]
pub(super) enum Part {
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

    /// Save a row inside a meeting: a new one with a new id, or the one given once it is known
    /// to belong to this meeting, which may still change. Both statements take the row's id as
    /// `?1`, the meeting's as `?2`, and `values` from `?3` on. The meeting is touched.
    fn save_part(
        &self,
        part: Part,
        meeting_id: &str,
        id: Option<&str>,
        insert: &str,
        update: &str,
        values: &[&dyn ToSql],
    ) -> Result<Id> {
        let (id, sql) = match id {
            Some(id) if self.unlocked_part(part, id)? == meeting_id => (id.to_owned(), update),
            Some(_) => return Err(Error::NotFound),
            None => (new_id(), insert),
        };
        let mut args: Vec<&dyn ToSql> = vec![&id, &meeting_id];
        args.extend_from_slice(values);
        one_row(self.tx.execute(sql, args.as_slice())?)?;
        self.touch(meeting_id)?;
        Ok(id)
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
        let start = optional_time(Field::Time, &input.start_time)?;
        let minutes = duration(&input.duration_minutes)?;
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
        check_texts(&[
            (Field::Presenter, &input.presenter),
            (Field::Notes, &input.notes),
        ])?;
        let planned = match count(Field::PlannedMinutes, &input.planned_minutes)? {
            Some(0) => None,
            Some(m) if m > 600 => {
                return Err(Error::Invalid {
                    field: Field::PlannedMinutes,
                    value: m.to_string(),
                });
            }
            m => m,
        };
        self.save_part(
            Part::Agenda,
            meeting_id,
            id,
            "INSERT INTO agenda_items (id, meeting_id, position, title, presenter, planned_minutes, notes,
                                       created_at, updated_at)
             VALUES (?1, ?2, (SELECT coalesce(max(position), 0) + 1 FROM agenda_items WHERE meeting_id = ?2),
                     ?3, ?4, ?5, ?6, ?7, ?7)",
            "UPDATE agenda_items SET title = ?3, presenter = ?4, planned_minutes = ?5, notes = ?6, updated_at = ?7
              WHERE id = ?1 AND meeting_id = ?2",
            params![title, input.presenter.trim(), planned, input.notes, now()],
        )
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

    pub(super) fn remove_part(&self, part: Part, id: &str) -> Result<()> {
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
        self.save_part(
            Part::Decision,
            meeting_id,
            id,
            "INSERT INTO decisions (id, meeting_id, agenda_item_id, number, text, created_at, updated_at)
             VALUES (?1, ?2, ?3, (SELECT coalesce(max(number), 0) + 1 FROM decisions WHERE meeting_id = ?2),
                     ?4, ?5, ?5)",
            "UPDATE decisions SET agenda_item_id = ?3, text = ?4, updated_at = ?5 WHERE id = ?1 AND meeting_id = ?2",
            params![item, text, now()],
        )
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
        let due = optional_date(Field::DueDate, &input.due_date)?;
        let item = self.agenda_ref(meeting_id, &input.agenda_item_id)?;
        self.save_part(
            Part::Action,
            meeting_id,
            id,
            "INSERT INTO action_items (id, meeting_id, agenda_item_id, what, owner_id, due_date, created_at, updated_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?7)",
            "UPDATE action_items SET agenda_item_id = ?3, what = ?4, owner_id = ?5, due_date = ?6, updated_at = ?7
              WHERE id = ?1 AND meeting_id = ?2",
            params![item, what, owner, due, now()],
        )
    }

    /// Follow an action item up: open, done (on `today`) or cancelled. Allowed after approval.
    pub(crate) fn set_action_status(
        &self,
        id: &str,
        status: ActionStatus,
        today: NaiveDate,
    ) -> Result<()> {
        self.follow_up(
            Part::Action,
            id,
            status.as_str(),
            status == ActionStatus::Done,
            today,
        )
    }

    pub(crate) fn save_gap(
        &self,
        meeting_id: &str,
        id: Option<&str>,
        input: &GapInput,
    ) -> Result<Id> {
        self.unlocked(meeting_id)?;
        let what = required(Field::What, &input.what)?;
        check_texts(&[
            (Field::RaisedBy, &input.raised_by),
            (Field::Mechanism, &input.mechanism),
        ])?;
        let owner = self.check_ref(RecordKind::Person, &input.owner_id)?;
        self.save_part(
            Part::Gap,
            meeting_id,
            id,
            "INSERT INTO gaps (id, meeting_id, what, raised_by, mechanism, owner_id, created_at, updated_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?7)",
            "UPDATE gaps SET what = ?3, raised_by = ?4, mechanism = ?5, owner_id = ?6, updated_at = ?7
              WHERE id = ?1 AND meeting_id = ?2",
            params![what, input.raised_by.trim(), input.mechanism.trim(), owner, now()],
        )
    }

    /// Follow a gap up: open, in handling, or resolved (on `today`). Allowed after approval.
    pub(crate) fn set_gap_status(
        &self,
        id: &str,
        status: GapStatus,
        today: NaiveDate,
    ) -> Result<()> {
        self.follow_up(
            Part::Gap,
            id,
            status.as_str(),
            status == GapStatus::Resolved,
            today,
        )
    }

    /// An action item's or gap's new status; the day it closed is kept from the first time it
    /// closed, and cleared when it opens again.
    fn follow_up(
        &self,
        part: Part,
        id: &str,
        status: &str,
        closed: bool,
        today: NaiveDate,
    ) -> Result<()> {
        let (table, closed_on) = match part {
            Part::Action => ("action_items", "done_on"),
            Part::Gap => ("gaps", "resolved_on"),
            Part::Agenda | Part::Guest | Part::Decision => return Err(Error::NotFound),
        };
        let sql = format!(
            "UPDATE {table} SET status = ?2, {closed_on} = CASE WHEN ?3 THEN coalesce({closed_on}, ?4) END,
                    updated_at = ?5
              WHERE id = ?1"
        );
        one_row(
            self.tx
                .execute(&sql, params![id, status, closed, today, now()])?,
        )
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
        // The text approved is recorded with the approval, so every laptop knows which minutes
        // were approved, whatever edit was on its way when the approval was made.
        crate::store::record_as_is(self.tx, "meetings", meeting_id, "minutes")
    }

    /// Correct approved minutes: the new text replaces the old, and who, when, why, and both
    /// texts are kept and shown with the minutes.
    pub(crate) fn amend_minutes(
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
        let taken: HashSet<NaiveDate> = self
            .connection()
            .prepare("SELECT date FROM meetings WHERE forum_id = ?1")?
            .query_map([forum_id], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?;
        let dates: Vec<NaiveDate> = cadence
            .series(first, last)
            .into_iter()
            .filter(|d| !taken.contains(d))
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
                            duration_minutes: plan.duration_minutes.clone(),
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
        self.write(|w| w.amend_minutes(meeting_id, by, reason, minutes))
    }
}
