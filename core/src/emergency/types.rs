//! What the department's readiness is made of: the Ministry's emergency clusters, the
//! capabilities under them, where someone can act (`Reach`), and volunteers as their form
//! sends them and as they are read; and when details are stale.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::{
    directory::PersonInput,
    error::Field,
    model::{Id, text_enum},
    store::from_row,
};

/// Details older than this are stale: the yearly round asks everyone to confirm theirs.
pub const STALE_AFTER_DAYS: i64 = 365;

text_enum!(
    /// The Ministry's emergency clusters (מכלולי חירום), built in and named by the locales.
    EmergencyCluster, Field::EmergencyCluster, {
        Emotional = "emotional",
        Pedagogical = "pedagogical",
        Social = "social",
        NonProfessional = "non_professional",
    }
);

/// A capability as entered in its form.
#[derive(Clone, Debug, Default, Deserialize)]
pub struct CapabilityInput {
    pub name: String,
    pub emergency_cluster: String,
}

/// A capability, with how many live volunteers and organizations hold it.
#[derive(Clone, Debug, Serialize)]
pub struct Capability {
    pub id: Id,
    pub name: String,
    pub emergency_cluster: EmergencyCluster,
    pub volunteers: u32,
    pub organizations: u32,
    /// The topic of the training its holders must have had, not expired (`""` none).
    pub required_training: String,
}

from_row!(r => Capability { id, name, emergency_cluster, volunteers, organizations, required_training });

/// Where a volunteer or an organization can act.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct Reach {
    #[serde(default)]
    pub whole_council: bool,
    #[serde(default)]
    pub settlements: Vec<Id>,
    #[serde(default)]
    pub clusters: Vec<Id>,
}

/// A volunteer as entered in its form: an existing person of the directory (`person_id`), or
/// a new one (`person`), who then goes through the directory's own checks, duplicates too.
#[derive(Clone, Debug, Default, Deserialize)]
pub struct VolunteerInput {
    #[serde(default)]
    pub person_id: Option<Id>,
    #[serde(default)]
    pub person: Option<PersonInput>,
    /// Organizations they belong to; none is "independent".
    #[serde(default)]
    pub affiliations: Vec<Id>,
    #[serde(default)]
    pub home_settlement_id: Option<Id>,
    #[serde(default)]
    pub reach: Reach,
    #[serde(default)]
    pub capabilities: Vec<Id>,
    #[serde(default)]
    pub availability: String,
    /// Sunday 0 to Saturday 6.
    #[serde(default)]
    pub available_days: Vec<u8>,
    #[serde(default)]
    pub available_from: String,
    #[serde(default)]
    pub available_until: String,
    #[serde(default)]
    pub retiree: bool,
    /// As typed (`model::read_date`); empty is "never confirmed".
    #[serde(default)]
    pub confirmed_on: String,
}

/// One volunteer, as their form and card show them.
#[derive(Clone, Debug, Serialize)]
pub struct Volunteer {
    pub person_id: Id,
    pub full_name: String,
    pub mobile: Option<String>,
    pub email: Option<String>,
    pub affiliations: Vec<Id>,
    pub home_settlement_id: Option<Id>,
    pub reach: Reach,
    pub capabilities: Vec<Id>,
    pub availability: String,
    pub available_days: Vec<u8>,
    pub available_from: Option<String>,
    pub available_until: Option<String>,
    pub retiree: bool,
    pub confirmed_on: Option<NaiveDate>,
    pub left_on: Option<NaiveDate>,
    pub left_reason: String,
}

/// A volunteer in the list.
#[derive(Clone, Debug, Serialize)]
pub struct VolunteerRow {
    pub person_id: Id,
    pub full_name: String,
    /// Shown as Israelis write it (`050-6952119`).
    pub phone: Option<String>,
    pub home_settlement_name: Option<String>,
    /// The names of their capabilities, `·` between them.
    pub capabilities: String,
    pub retiree: bool,
    pub confirmed_on: Option<NaiveDate>,
    pub stale: bool,
    pub left_on: Option<NaiveDate>,
}

from_row!(r => VolunteerRow {
    person_id, full_name, phone, home_settlement_name, capabilities, retiree, confirmed_on, stale, left_on
});

/// Whether details confirmed on `confirmed` are stale on `today`.
pub fn is_stale(confirmed: Option<NaiveDate>, today: NaiveDate) -> bool {
    confirmed.is_none_or(|d| (today - d).num_days() > STALE_AFTER_DAYS)
}
