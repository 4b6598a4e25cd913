//! A meeting of a forum and what is recorded in it: the types a meeting is read as, the
//! inputs its forms send, and how each is read from its row (`from_row`, columns by name).
//!
//! Where the rest lives: `write.rs` writes (refusing an approved meeting), `read.rs` reads a
//! meeting and what it carries over, `action_items.rs` lists action items across forums.

use crate::model::TypedNumber;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::{
    error::Field,
    model::{Id, text_enum},
    store::from_row,
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
    /// As typed, day first (`15.12.2026`), or `YYYY-MM-DD`: `model::read_date`.
    pub date: String,
    /// As typed (`17:30`, `1730`: `model::read_time`), wall-clock in Israel, or empty.
    #[serde(default)]
    pub start_time: String,
    #[serde(default)]
    pub duration_minutes: TypedNumber,
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
    #[serde(default)]
    pub duration_minutes: TypedNumber,
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
    #[serde(default)]
    pub planned_minutes: TypedNumber,
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
    /// As typed (`model::read_date`), or empty.
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

from_row!(r => MeetingRow { id, date, start_time, place, online, status, approved });

// The meeting's own columns and its forum's name; what is recorded in it is read after.
from_row!(r => Meeting {
    id, forum_id, forum_name, date, start_time, duration_minutes, place, online, status, minutes,
    locked: r.get::<_, Option<String>>("approved_at")?.is_some(),
    approved_at, approved_by,
    signer_hint: None,
    carried: Vec::new(),
    agenda: Vec::new(),
    attendance: Vec::new(),
    guests: Vec::new(),
    decisions: Vec::new(),
    action_items: Vec::new(),
    gaps: Vec::new(),
    amendments: Vec::new(),
});

from_row!(r => AgendaItem { id, position, title, presenter, planned_minutes, notes });
from_row!(r => Attendee { person_id, full_name, role, status });
from_row!(r => Guest { id, name });
from_row!(r => Decision { id, number, text, agenda_item_id });
// An action item of a meeting or a visit, with its owner's name as `owner_name`.
from_row!(r => ActionItem { id, what, owner_id, owner_name, due_date, status, done_on, agenda_item_id });
from_row!(r => Gap { id, what, raised_by, mechanism, owner_id, owner_name, status, resolved_on });
from_row!(r => Amendment { id, made_by, made_at, reason, before_text, after_text });
from_row!(r => CarriedItem {
    kind: if r.get::<_, String>("kind")? == "action" { "action" } else { "gap" },
    id, what, owner_name, due_date, status, raised_meeting_id, raised_on,
});
