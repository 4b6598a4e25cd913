//! What a visit is: as its form sends it (`VisitInput`), as one visit is read (`Visit`), as a
//! list shows it (`VisitRow`), and the purposes a visit may have.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::{forums::ActionItem, model::Id, store::from_row};

/// A visit as entered in its form.
#[derive(Clone, Debug, Default, Deserialize)]
pub struct VisitInput {
    pub settlement_id: String,
    /// As typed (`model::read_date`).
    pub date: String,
    pub purpose_id: String,
    /// Who went: at least one person.
    #[serde(default)]
    pub visitors: Vec<Id>,
    #[serde(default)]
    pub people_met: String,
    #[serde(default)]
    pub summary: String,
    /// `None` keeps the stored sensitive notes as they are (the form never saw them);
    /// `Some` replaces them, `Some("")` clears them.
    #[serde(default)]
    pub sensitive_notes: Option<String>,
}

/// Why a visit was made: a built-in purpose (`key`, translated by the UI) or one the
/// department added (`name`).
#[derive(Clone, Debug, Serialize)]
pub struct Purpose {
    pub id: Id,
    pub key: Option<String>,
    pub name: String,
}

/// One visit, as its form and detail view show it. Never carries the sensitive notes.
#[derive(Clone, Debug, Serialize)]
pub struct Visit {
    pub id: Id,
    pub settlement_id: Id,
    pub settlement_name: String,
    pub date: NaiveDate,
    pub purpose_id: Id,
    pub visitors: Vec<Id>,
    pub visitor_names: Vec<String>,
    pub people_met: String,
    pub summary: String,
    pub has_sensitive_notes: bool,
    pub follow_ups: Vec<ActionItem>,
}

/// A visit in a list: a settlement's history, the recent visits.
#[derive(Clone, Debug, Serialize)]
pub struct VisitRow {
    pub id: Id,
    pub date: NaiveDate,
    pub settlement_id: Id,
    pub settlement_name: String,
    pub purpose_key: Option<String>,
    pub purpose_name: String,
    pub visitor_names: Vec<String>,
    pub people_met: String,
    pub summary: String,
    pub has_sensitive_notes: bool,
    pub open_follow_ups: u32,
}

from_row!(r => Purpose { id, key, name });

// The visit's own columns; who went and the follow-ups are read after.
from_row!(r => Visit {
    id, settlement_id, settlement_name, date, purpose_id,
    visitors: Vec::new(),
    visitor_names: Vec::new(),
    people_met, summary, has_sensitive_notes,
    follow_ups: Vec::new(),
});

// The visit in a list; who went is read after.
from_row!(r => VisitRow {
    id, date, settlement_id, settlement_name, purpose_key, purpose_name,
    visitor_names: Vec::new(),
    people_met, summary, has_sensitive_notes, open_follow_ups,
});
