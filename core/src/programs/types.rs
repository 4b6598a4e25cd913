//! What a program is: its kind, status and roles, the forms a program, its moves and its
//! figures are sent in (`ProgramInput`, `MoveInput`, `FiguresInput`), and how they are read
//! back (`Program`, `ProgramRow`, `Move`, `Figures`, `ProgramHere`).

use crate::model::TypedNumber;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::{
    directory::Sector,
    error::Field,
    forums::{ActionItemRow, ForumStatus},
    model::{Id, text_enum},
    store::from_row,
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
from_row!(r => Partner { organization_id, name, role, sector });

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
