//! The store's public face for the writes to a meeting: each opens one transaction and calls
//! the `Writer` method in `lock.rs` that checks and writes.

use std::collections::HashSet;

use chrono::NaiveDate;

use super::{cadence::school_year, lock::Part, meeting::*};
use crate::{
    error::{Field, Result},
    model::{Id, check_text, date},
    store::Store,
};

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
        self.write(|w| w.amend(meeting_id, by, reason, minutes))
    }
}
