//! The directory's records: clusters, settlements, organizations and people, as their forms
//! send them (`*Input`), as one record is read (`Cluster`, `Person`, …) and as a list shows
//! them (`*Row`); and the kinds they are of (`Region`, `SettlementKind`, `OrganizationKind`,
//! `Sector`).

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::{
    error::Field,
    model::{Id, TypedNumber, text_enum},
};

text_enum!(
    /// Where a cluster lies: the department works by a north / center / south key.
    Region, Field::Region, { North = "north", Center = "center", South = "south", Other = "other" }
);

text_enum!(
    /// What kind of settlement.
    SettlementKind, Field::Kind, { Kibbutz = "kibbutz", Moshav = "moshav", Community = "community", Other = "other" }
);

text_enum!(
    /// What kind of body an organization is.
    OrganizationKind, Field::Kind, {
        Department = "department",
        YouthMovement = "youth_movement",
        School = "school",
        District = "district",
        Authority = "authority",
        Partner = "partner",
    }
);

text_enum!(
    /// The sector an organization belongs to: a program's partners may span all three.
    Sector, Field::Sector, { Public = "public", ThirdSector = "third_sector", Business = "business" }
);

/// An organization as entered in its form.
#[derive(Clone, Debug, Default, Deserialize)]
pub struct OrganizationInput {
    pub name: String,
    pub kind: Option<OrganizationKind>,
    /// None: read from its kind.
    #[serde(default)]
    pub sector: Option<Sector>,
    #[serde(default)]
    pub notes: String,
}

/// A cluster as entered in its form.
#[derive(Clone, Debug, Default, Deserialize)]
pub struct ClusterInput {
    pub name: String,
    pub region: Option<Region>,
    pub coordinator_id: Option<Id>,
    /// `#rrggbb`, or nothing.
    pub colour: Option<String>,
    #[serde(default)]
    pub notes: String,
}

/// A settlement as entered in its form.
#[derive(Clone, Debug, Default, Deserialize)]
pub struct SettlementInput {
    pub name: String,
    pub kind: Option<SettlementKind>,
    pub cluster_id: Option<Id>,
    pub local_coordinator_id: Option<Id>,
    #[serde(default)]
    /// Counts as typed: whole, not negative, checked by `count`.
    pub children_count: TypedNumber,
    #[serde(default)]
    pub children_participating: TypedNumber,
    #[serde(default)]
    pub youth_count: TypedNumber,
    #[serde(default)]
    pub youth_participating: TypedNumber,
    #[serde(default)]
    pub youth_movement_ids: Vec<Id>,
    #[serde(default)]
    pub notes: String,
}

/// A person as entered in their form. Phone numbers in any usual form.
#[derive(Clone, Debug, Deserialize)]
pub struct PersonInput {
    pub full_name: String,
    #[serde(default)]
    pub role_title: String,
    pub organization_id: Option<Id>,
    pub cluster_id: Option<Id>,
    pub settlement_id: Option<Id>,
    #[serde(default)]
    pub office_phone: String,
    #[serde(default)]
    pub mobile: String,
    #[serde(default)]
    pub email: String,
    #[serde(default)]
    pub notes: String,
    #[serde(default = "yes")]
    pub active: bool,
}

fn yes() -> bool {
    true
}

impl Default for PersonInput {
    fn default() -> Self {
        PersonInput {
            full_name: String::new(),
            role_title: String::new(),
            organization_id: None,
            cluster_id: None,
            settlement_id: None,
            office_phone: String::new(),
            mobile: String::new(),
            email: String::new(),
            notes: String::new(),
            active: true,
        }
    }
}

/// One organization, for its form and for lists.
#[derive(Clone, Debug, Serialize, PartialEq)]
pub struct Organization {
    pub id: Id,
    pub name: String,
    pub kind: OrganizationKind,
    /// As said in its form; none is read from its kind (`programs::SECTOR_OF`).
    pub sector: Option<Sector>,
    pub notes: String,
    pub archived: bool,
}

/// One cluster, for its form.
#[derive(Clone, Debug, Serialize, PartialEq)]
pub struct Cluster {
    pub id: Id,
    pub name: String,
    pub region: Region,
    pub coordinator_id: Option<Id>,
    pub colour: Option<String>,
    pub notes: String,
    pub archived: bool,
}

/// One settlement, for its form.
#[derive(Clone, Debug, Serialize, PartialEq)]
pub struct Settlement {
    pub id: Id,
    pub name: String,
    pub kind: SettlementKind,
    pub cluster_id: Id,
    pub local_coordinator_id: Option<Id>,
    pub children_count: Option<u32>,
    pub children_participating: Option<u32>,
    pub youth_count: Option<u32>,
    pub youth_participating: Option<u32>,
    pub youth_movement_ids: Vec<Id>,
    pub notes: String,
    pub archived: bool,
}

/// One person, for their form: phone numbers as Israelis write them.
#[derive(Clone, Debug, Serialize, PartialEq)]
pub struct Person {
    pub id: Id,
    pub full_name: String,
    pub role_title: String,
    pub organization_id: Option<Id>,
    pub cluster_id: Option<Id>,
    pub settlement_id: Option<Id>,
    pub office_phone: String,
    pub mobile: String,
    pub email: String,
    pub notes: String,
    pub active: bool,
    pub archived: bool,
}

/// A person as the people list shows them.
#[derive(Clone, Debug, Serialize, PartialEq)]
pub struct PersonRow {
    pub id: Id,
    pub full_name: String,
    pub role_title: String,
    pub organization_id: Option<Id>,
    pub organization: Option<String>,
    pub cluster_id: Option<Id>,
    pub cluster: Option<String>,
    pub settlement_id: Option<Id>,
    pub settlement: Option<String>,
    /// Canonical (+972…) form, for `tel:` links.
    pub office_phone: Option<String>,
    pub mobile: Option<String>,
    /// As Israelis write it (04-9109012), for display.
    pub office_phone_display: Option<String>,
    pub mobile_display: Option<String>,
    pub email: Option<String>,
    pub active: bool,
    pub archived: bool,
}

/// A settlement as the cluster overview shows it.
#[derive(Clone, Debug, Serialize, PartialEq)]
pub struct SettlementRow {
    pub id: Id,
    pub name: String,
    pub kind: SettlementKind,
    pub local_coordinator: Option<String>,
    pub archived: bool,
    /// The date of the latest visit, if any.
    pub last_visit: Option<NaiveDate>,
}

/// A cluster with its settlements, for the clusters-and-settlements overview.
#[derive(Clone, Debug, Serialize, PartialEq)]
pub struct ClusterRow {
    pub id: Id,
    pub name: String,
    pub region: Region,
    pub coordinator: Option<String>,
    pub colour: Option<String>,
    pub archived: bool,
    pub settlements: Vec<SettlementRow>,
}

/// The tables a record can be archived in. A closed list: table names never come from input.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RecordKind {
    Cluster,
    Settlement,
    Organization,
    Person,
    Forum,
}

impl RecordKind {
    pub(super) fn table(self) -> &'static str {
        match self {
            RecordKind::Cluster => "clusters",
            RecordKind::Settlement => "settlements",
            RecordKind::Organization => "organizations",
            RecordKind::Person => "people",
            RecordKind::Forum => "forums",
        }
    }
}
