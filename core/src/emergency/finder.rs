//! "Who can help": the volunteers and organizations that hold the capabilities asked for and
//! can act in a place, nearest first: those active in the settlement itself, then in its
//! cluster, then across the whole council.
//!
//! Within the same nearness, the most recently confirmed come first (their details are the
//! likeliest to be right), those never confirmed last, then by name.
//!
//! A term asked for is a capability or a whole emergency cluster (any capability under it).
//! A helper must meet every term, or any one of them when the user asks. The query starts
//! from the holders of the capabilities (an index), so it reads what matches, not every
//! volunteer.

use chrono::NaiveDate;
use rusqlite::{Connection, OptionalExtension, params};
use serde::{Deserialize, Serialize};

use super::EmergencyCluster;
use crate::{
    error::{Error, Result},
    model::Id,
    store::{Store, from_row, rows},
};

/// At most this many helpers of each kind are sent to the window; the count says how many
/// there are in all.
pub const HELPERS_SHOWN: usize = 200;

/// What the user asked.
#[derive(Clone, Debug, Default, Deserialize)]
pub struct HelpQuery {
    /// The place: a settlement, else a cluster, else the whole council.
    #[serde(default)]
    pub settlement_id: Option<Id>,
    #[serde(default)]
    pub cluster_id: Option<Id>,
    #[serde(default)]
    pub capabilities: Vec<Id>,
    #[serde(default)]
    pub emergency_clusters: Vec<EmergencyCluster>,
    /// Any one term is enough (the default is every term).
    #[serde(default)]
    pub any: bool,
}

/// How near a helper is to the place asked about.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Nearness {
    /// Active in the settlement itself (or living there), or in the cluster asked about.
    Here,
    /// Active in the settlement's cluster.
    Cluster,
    /// Active across the whole council.
    Council,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum HelperKind {
    Volunteer,
    Organization,
}

/// One who can help.
#[derive(Clone, Debug, Serialize)]
pub struct Helper {
    pub kind: HelperKind,
    /// The person's id for a volunteer, the organization's for an organization.
    pub id: Id,
    pub name: String,
    pub nearness: Nearness,
    /// Shown as Israelis write it, and the `tel:` link that dials it.
    pub phone: Option<String>,
    pub phone_link: Option<String>,
    /// For an organization, its emergency contact.
    pub contact_name: Option<String>,
    /// Their capabilities, `·` between them.
    pub capabilities: String,
    pub availability: String,
    pub confirmed_on: Option<NaiveDate>,
    /// Days since the details were confirmed.
    pub age_days: Option<i64>,
    pub stale: bool,
    /// The trainings a volunteer's capabilities require that they lack or that expired.
    pub missing_trainings: Vec<String>,
}

/// The answer: helpers nearest first, each kind cut at `HELPERS_SHOWN`, and the counts of all.
#[derive(Clone, Debug, Serialize)]
pub struct HelpFound {
    pub helpers: Vec<Helper>,
    pub volunteers: u32,
    pub organizations: u32,
}

struct Found {
    id: Id,
    name: String,
    rank: i64,
    phone: Option<String>,
    contact_name: Option<String>,
    capabilities: String,
    availability: String,
    confirmed_on: Option<NaiveDate>,
    /// How many there are in all, the first `HELPERS_SHOWN` of them read.
    total: u32,
}

from_row!(r => Found { id, name, rank, phone, contact_name, capabilities, availability, confirmed_on, total });

/// Where the place lies: the settlement (if any) and the cluster (if any) to rank by.
fn place(conn: &Connection, query: &HelpQuery) -> Result<(Option<Id>, Option<Id>)> {
    let settlement = query
        .settlement_id
        .as_deref()
        .and_then(crate::model::optional);
    if let Some(settlement) = settlement {
        let cluster: String = conn
            .query_row(
                "SELECT cluster_id FROM settlements WHERE id = ?1",
                [&settlement],
                |r| r.get(0),
            )
            .optional()?
            .ok_or(Error::NotFound)?;
        return Ok((Some(settlement), Some(cluster)));
    }
    let cluster = query.cluster_id.as_deref().and_then(crate::model::optional);
    if let Some(cluster) = &cluster {
        conn.query_row(
            "SELECT 1 FROM clusters WHERE id = ?1",
            [cluster],
            |_| Ok(()),
        )
        .optional()?
        .ok_or(Error::NotFound)?;
    }
    Ok((None, cluster))
}

/// The terms as `[[term, capability], …]` JSON: a capability is its own term, an emergency
/// cluster one term met by any capability under it. `None` when nothing was asked.
fn terms(conn: &Connection, query: &HelpQuery) -> Result<Option<(String, usize)>> {
    let mut pairs: Vec<(usize, Id)> = Vec::new();
    let mut term = 0;
    for id in query.capabilities.iter().filter(|i| !i.trim().is_empty()) {
        pairs.push((term, super::live_capability(conn, id)?));
        term += 1;
    }
    for cluster in &query.emergency_clusters {
        let ids: Vec<Id> = rows(
            conn,
            "SELECT id FROM emergency_capabilities WHERE emergency_cluster = ?1 AND merged_into IS NULL",
            [cluster],
            |r| r.get(0),
        )?;
        pairs.extend(ids.into_iter().map(|id| (term, id)));
        term += 1;
    }
    if term == 0 {
        return Ok(None);
    }
    // Pairs of a number and a string always serialize.
    let json = serde_json::to_string(&pairs).unwrap_or_else(|_| "[]".to_owned());
    Ok(Some((json, term)))
}

/// Volunteers: `?1` the terms, `?2` how many must be met, `?3` the settlement, `?4` the
/// cluster, `?5` how many to read whole, `?6` whether a whole-council search (everyone is
/// "here").
const VOLUNTEERS: &str = "
    WITH wanted AS (SELECT json_extract(value, '$[0]') AS term, json_extract(value, '$[1]') AS capability_id
                      FROM json_each(?1)),
         holders AS (HOLDERS),
         placed AS (
            SELECT v.*, CASE
                WHEN ?6 THEN 0
                WHEN ?3 IS NOT NULL AND (v.home_settlement_id = ?3 OR EXISTS (
                        SELECT 1 FROM volunteer_settlements vs WHERE vs.person_id = v.person_id AND vs.settlement_id = ?3)) THEN 0
                WHEN ?4 IS NOT NULL AND (EXISTS (
                        SELECT 1 FROM volunteer_clusters vc WHERE vc.person_id = v.person_id AND vc.cluster_id = ?4)
                     OR (?3 IS NULL AND (EXISTS (
                        SELECT 1 FROM settlements s WHERE s.id = v.home_settlement_id AND s.cluster_id = ?4) OR EXISTS (
                        SELECT 1 FROM volunteer_settlements vs JOIN settlements s ON s.id = vs.settlement_id
                         WHERE vs.person_id = v.person_id AND s.cluster_id = ?4)))) THEN CASE WHEN ?3 IS NULL THEN 0 ELSE 1 END
                WHEN v.whole_council THEN 2
            END AS rank
              FROM holders h CROSS JOIN volunteers v ON v.person_id = h.person_id
             WHERE v.left_on IS NULL),
         -- The first ?5 by nearness, then the most recently confirmed (never confirmed last),
         -- then name; every one counted.
         -- What is shown of each (their capabilities) is read for those alone.
         chosen AS (
            SELECT v.person_id, v.rank, v.availability, v.confirmed_on, p.full_name,
                   coalesce(p.mobile, p.office_phone) AS phone, count(*) OVER () AS total
              FROM placed v CROSS JOIN people p ON p.id = v.person_id
             WHERE v.rank IS NOT NULL AND p.archived_at IS NULL
             ORDER BY v.rank, v.confirmed_on IS NULL, v.confirmed_on DESC, p.full_name COLLATE hebrew
             LIMIT ?5)
    SELECT c.person_id AS id, c.full_name AS name, c.rank, c.phone, NULL AS contact_name,
           coalesce((SELECT group_concat(k.name, ' · ') FROM volunteer_capabilities vc
                       JOIN emergency_capabilities k ON k.id = vc.capability_id
                      WHERE vc.person_id = c.person_id), '') AS capabilities,
           c.availability, c.confirmed_on, c.total
      FROM chosen c
     ORDER BY c.rank, c.confirmed_on IS NULL, c.confirmed_on DESC, c.full_name COLLATE hebrew";

const VOLUNTEER_HOLDERS: &str = "SELECT vc.person_id FROM wanted w
      CROSS JOIN volunteer_capabilities vc ON vc.capability_id = w.capability_id
      GROUP BY vc.person_id HAVING count(DISTINCT w.term) >= ?2";
const EVERY_VOLUNTEER: &str = "SELECT person_id FROM volunteers WHERE ?2 >= 0 AND ?1 IS NOT NULL";

/// Organizations, by the same parameters.
const ORGANIZATIONS: &str = "
    WITH wanted AS (SELECT json_extract(value, '$[0]') AS term, json_extract(value, '$[1]') AS capability_id
                      FROM json_each(?1)),
         holders AS (HOLDERS),
         placed AS (
            SELECT r.*, CASE
                WHEN ?6 THEN 0
                WHEN ?3 IS NOT NULL AND EXISTS (
                        SELECT 1 FROM organization_settlements os WHERE os.organization_id = r.organization_id AND os.settlement_id = ?3) THEN 0
                WHEN ?4 IS NOT NULL AND (EXISTS (
                        SELECT 1 FROM organization_clusters oc WHERE oc.organization_id = r.organization_id AND oc.cluster_id = ?4)
                     OR (?3 IS NULL AND EXISTS (
                        SELECT 1 FROM organization_settlements os JOIN settlements s ON s.id = os.settlement_id
                         WHERE os.organization_id = r.organization_id AND s.cluster_id = ?4))) THEN CASE WHEN ?3 IS NULL THEN 0 ELSE 1 END
                WHEN r.whole_council THEN 2
            END AS rank
              FROM holders h CROSS JOIN organization_readiness r ON r.organization_id = h.organization_id),
         chosen AS (
            SELECT r.organization_id, r.rank, r.main_program, r.confirmed_on, o.name, r.contact_id,
                   count(*) OVER () AS total
              FROM placed r CROSS JOIN organizations o ON o.id = r.organization_id
             WHERE r.rank IS NOT NULL AND o.archived_at IS NULL
             ORDER BY r.rank, r.confirmed_on IS NULL, r.confirmed_on DESC, o.name COLLATE hebrew
             LIMIT ?5)
    SELECT c.organization_id AS id, c.name, c.rank, coalesce(p.mobile, p.office_phone) AS phone, p.full_name AS contact_name,
           coalesce((SELECT group_concat(k.name, ' · ') FROM organization_capabilities oc
                       JOIN emergency_capabilities k ON k.id = oc.capability_id
                      WHERE oc.organization_id = c.organization_id), '') AS capabilities,
           c.main_program AS availability, c.confirmed_on, c.total
      FROM chosen c LEFT JOIN people p ON p.id = c.contact_id
     ORDER BY c.rank, c.confirmed_on IS NULL, c.confirmed_on DESC, c.name COLLATE hebrew";

const ORGANIZATION_HOLDERS: &str = "SELECT oc.organization_id FROM wanted w
      CROSS JOIN organization_capabilities oc ON oc.capability_id = w.capability_id
      GROUP BY oc.organization_id HAVING count(DISTINCT w.term) >= ?2";
const EVERY_ORGANIZATION: &str =
    "SELECT organization_id FROM organization_readiness WHERE ?2 >= 0 AND ?1 IS NOT NULL";

impl Store {
    /// Who can help in the place asked about, with what was asked for.
    pub fn who_can_help(&self, query: &HelpQuery) -> Result<HelpFound> {
        let conn = self.connection();
        let (settlement, cluster) = place(conn, query)?;
        let terms = terms(conn, query)?;
        let council = settlement.is_none() && cluster.is_none();
        let need = match &terms {
            Some((_, count)) if !query.any => *count,
            _ => 1,
        };
        let json = terms.as_ref().map_or("[]".to_owned(), |(j, _)| j.clone());
        let today = crate::today();
        let mut helpers = Vec::new();
        let mut counts = [0u32; 2];
        let trainings_required: bool = conn.query_row(
            "SELECT EXISTS (SELECT 1 FROM emergency_capabilities WHERE required_training <> '')",
            [],
            |r| r.get(0),
        )?;
        for (n, (kind, sql, some, every)) in [
            (
                HelperKind::Volunteer,
                VOLUNTEERS,
                VOLUNTEER_HOLDERS,
                EVERY_VOLUNTEER,
            ),
            (
                HelperKind::Organization,
                ORGANIZATIONS,
                ORGANIZATION_HOLDERS,
                EVERY_ORGANIZATION,
            ),
        ]
        .into_iter()
        .enumerate()
        {
            let sql = sql.replace("HOLDERS", if terms.is_some() { some } else { every });
            let found = rows(
                conn,
                &sql,
                params![
                    json,
                    need as i64,
                    settlement,
                    cluster,
                    HELPERS_SHOWN as i64,
                    council
                ],
                Found::from_row,
            )?;
            counts[n] = found.first().map_or(0, |f| f.total);
            helpers.extend(found.into_iter().map(|f| {
                let age_days = f.confirmed_on.map(|d| (today - d).num_days());
                Helper {
                    kind,
                    id: f.id,
                    name: f.name,
                    nearness: match f.rank {
                        0 => Nearness::Here,
                        1 => Nearness::Cluster,
                        _ => Nearness::Council,
                    },
                    phone_link: f.phone.as_deref().map(|p| format!("tel:{p}")),
                    phone: f.phone.as_deref().map(crate::directory::phone::display),
                    contact_name: f.contact_name,
                    capabilities: f.capabilities,
                    availability: f.availability,
                    stale: super::is_stale(f.confirmed_on, today),
                    missing_trainings: Vec::new(),
                    confirmed_on: f.confirmed_on,
                    age_days,
                }
            }));
        }
        if trainings_required {
            for helper in helpers
                .iter_mut()
                .filter(|h| h.kind == HelperKind::Volunteer)
            {
                helper.missing_trainings = self.missing_trainings(&helper.id, today)?;
            }
        }
        // Nearest first across both kinds; within a nearness, volunteers before organizations,
        // each kind already in its own order.
        helpers.sort_by_key(|h| h.nearness);
        Ok(HelpFound {
            helpers,
            volunteers: counts[0],
            organizations: counts[1],
        })
    }
}
