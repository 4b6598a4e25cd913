//! A meeting of a forum and what is recorded in it: the types a meeting is read as, the
//! inputs its forms send, and how each is read from its row (`from_row`, columns by name).
//!
//! Where the rest lives: `lock.rs` writes (refusing an approved meeting), `edit.rs` is the
//! store's public face for those writes, `read.rs` reads a meeting and what it carries over,
//! `action_items.rs` lists action items across forums.

use chrono::NaiveDate;
use rusqlite::Row;
use serde::{Deserialize, Serialize};

use crate::{
    error::Field,
    model::{Id, text_enum},
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

impl MeetingRow {
    pub(crate) fn from_row(r: &Row<'_>) -> rusqlite::Result<Self> {
        Ok(MeetingRow {
            id: r.get("id")?,
            date: r.get("date")?,
            start_time: r.get("start_time")?,
            place: r.get("place")?,
            online: r.get("online")?,
            status: r.get("status")?,
            approved: r.get("approved")?,
        })
    }
}

impl Meeting {
    /// The meeting's own columns and its forum's name; what is recorded in it is read after.
    pub(crate) fn from_row(r: &Row<'_>) -> rusqlite::Result<Self> {
        let approved_at: Option<String> = r.get("approved_at")?;
        Ok(Meeting {
            id: r.get("id")?,
            forum_id: r.get("forum_id")?,
            forum_name: r.get("forum_name")?,
            date: r.get("date")?,
            start_time: r.get("start_time")?,
            duration_minutes: r.get("duration_minutes")?,
            place: r.get("place")?,
            online: r.get("online")?,
            status: r.get("status")?,
            minutes: r.get("minutes")?,
            locked: approved_at.is_some(),
            approved_at,
            approved_by: r.get("approved_by")?,
            signer_hint: None,
            carried: Vec::new(),
            agenda: Vec::new(),
            attendance: Vec::new(),
            guests: Vec::new(),
            decisions: Vec::new(),
            action_items: Vec::new(),
            gaps: Vec::new(),
            amendments: Vec::new(),
        })
    }
}

impl AgendaItem {
    pub(crate) fn from_row(r: &Row<'_>) -> rusqlite::Result<Self> {
        Ok(AgendaItem {
            id: r.get("id")?,
            position: r.get("position")?,
            title: r.get("title")?,
            presenter: r.get("presenter")?,
            planned_minutes: r.get("planned_minutes")?,
            notes: r.get("notes")?,
        })
    }
}

impl Attendee {
    pub(crate) fn from_row(r: &Row<'_>) -> rusqlite::Result<Self> {
        Ok(Attendee {
            person_id: r.get("person_id")?,
            full_name: r.get("full_name")?,
            role: r.get("role")?,
            status: r.get("status")?,
        })
    }
}

impl Guest {
    pub(crate) fn from_row(r: &Row<'_>) -> rusqlite::Result<Self> {
        Ok(Guest {
            id: r.get("id")?,
            name: r.get("name")?,
        })
    }
}

impl Decision {
    pub(crate) fn from_row(r: &Row<'_>) -> rusqlite::Result<Self> {
        Ok(Decision {
            id: r.get("id")?,
            number: r.get("number")?,
            text: r.get("text")?,
            agenda_item_id: r.get("agenda_item_id")?,
        })
    }
}

impl ActionItem {
    /// An action item of a meeting or a visit, with its owner's name as `owner_name`.
    pub(crate) fn from_row(r: &Row<'_>) -> rusqlite::Result<Self> {
        Ok(ActionItem {
            id: r.get("id")?,
            what: r.get("what")?,
            owner_id: r.get("owner_id")?,
            owner_name: r.get("owner_name")?,
            due_date: r.get("due_date")?,
            status: r.get("status")?,
            done_on: r.get("done_on")?,
            agenda_item_id: r.get("agenda_item_id")?,
        })
    }
}

impl Gap {
    pub(crate) fn from_row(r: &Row<'_>) -> rusqlite::Result<Self> {
        Ok(Gap {
            id: r.get("id")?,
            what: r.get("what")?,
            raised_by: r.get("raised_by")?,
            mechanism: r.get("mechanism")?,
            owner_id: r.get("owner_id")?,
            owner_name: r.get("owner_name")?,
            status: r.get("status")?,
            resolved_on: r.get("resolved_on")?,
        })
    }
}

impl Amendment {
    pub(crate) fn from_row(r: &Row<'_>) -> rusqlite::Result<Self> {
        Ok(Amendment {
            id: r.get("id")?,
            made_by: r.get("made_by")?,
            made_at: r.get("made_at")?,
            reason: r.get("reason")?,
            before_text: r.get("before_text")?,
            after_text: r.get("after_text")?,
        })
    }
}

impl CarriedItem {
    pub(crate) fn from_row(r: &Row<'_>) -> rusqlite::Result<Self> {
        Ok(CarriedItem {
            kind: if r.get::<_, String>("kind")? == "action" {
                "action"
            } else {
                "gap"
            },
            id: r.get("id")?,
            what: r.get("what")?,
            owner_name: r.get("owner_name")?,
            due_date: r.get("due_date")?,
            status: r.get("status")?,
            raised_meeting_id: r.get("raised_meeting_id")?,
            raised_on: r.get("raised_on")?,
        })
    }
}
