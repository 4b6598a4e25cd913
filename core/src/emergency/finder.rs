//! "Who can help": the volunteers and organizations that hold the capabilities asked for and
//! can act in a place, nearest first: those active in the settlement itself, then in its
//! cluster, then across the whole council.
//!
//! Within the same nearness, the most recently confirmed come first (their details are the
//! likeliest to be right), those never confirmed last, then by name.
//!
//! A term asked for is a capability or a whole emergency cluster (any capability under it).
//! A helper must meet every term, or any one of them when the user asks.
//!
//! At a district's size (20,000 volunteers) the volunteers' question starts where the fewest
//! rows are (`Start`): for a place, from who acts there (its own few and the whole council's);
//! for the whole council, from the holders of what was asked when few hold it, else by walking
//! the volunteers most recently confirmed first until the first `HELPERS_SHOWN` match, the
//! rest then counted up to `COUNT_LIMIT`. Organizations are asked the same way. A
//! test holds every start to the answer of one plain query over every holder.

use chrono::NaiveDate;
use rusqlite::{Connection, OptionalExtension, params};
use serde::{Deserialize, Serialize};

use super::EmergencyCluster;
use crate::{
    error::{Error, Result},
    model::Id,
    store::{Store, from_row, rows},
};

/// At most this many helpers of each kind are sent to the window, the nearest: more than a
/// manager calls in an emergency, and few enough to read in a few milliseconds. The count says
/// how many there are in all.
pub const HELPERS_SHOWN: usize = 100;
/// Past this many, a count of the whole council's helpers stops and says "more than": as the
/// search's counts do, for the same reason (counting every row of a district costs more than
/// the number is worth to the person reading it).
pub const COUNT_LIMIT: usize = 1000;

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
    /// More volunteers than `volunteers` match: counting stopped at the search's
    /// `COUNT_LIMIT`.
    pub more_volunteers: bool,
    pub organizations: u32,
    pub more_organizations: bool,
    /// How many of each kind are sent at most (`HELPERS_SHOWN`).
    pub shown: usize,
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

/// Every capability with the one it now is (itself, or the capability it was merged into,
/// through any chain of merges): a holder linked on another laptop to a capability merged
/// here still holds what it became.
const FOLDED: &str = "WITH RECURSIVE folded (id, live) AS (
        SELECT id, id FROM emergency_capabilities WHERE merged_into IS NULL
        UNION SELECT c.id, f.live FROM emergency_capabilities c JOIN folded f ON c.merged_into = f.id)";

/// The terms as `[[term, capability], …]` JSON: a capability is its own term, an emergency
/// cluster one term met by any capability under it; each with those merged into it. `None`
/// when nothing was asked.
fn terms(conn: &Connection, query: &HelpQuery) -> Result<Option<(String, usize)>> {
    let mut pairs: Vec<(usize, Id)> = Vec::new();
    let mut term = 0;
    for id in query.capabilities.iter().filter(|i| !i.trim().is_empty()) {
        let live = super::live_capability(conn, id)?;
        let ids: Vec<Id> = rows(
            conn,
            &format!("{FOLDED} SELECT id FROM folded WHERE live = ?1"),
            [&live],
            |r| r.get(0),
        )?;
        pairs.extend(ids.into_iter().map(|id| (term, id)));
        term += 1;
    }
    for cluster in &query.emergency_clusters {
        let ids: Vec<Id> = rows(
            conn,
            &format!(
                "{FOLDED} SELECT f.id FROM folded f JOIN emergency_capabilities k ON k.id = f.live
                  WHERE k.emergency_cluster = ?1"
            ),
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

/// The terms asked, `?1`, as rows; made once and read for every candidate.
const WANTED: &str = "wanted AS MATERIALIZED (
            SELECT json_extract(value, '$[0]') AS term, json_extract(value, '$[1]') AS capability_id
              FROM json_each(?1))";

/// The SQL of one kind of helper. In each, `?1` is the terms, `?2` how many must be met (0 when
/// nothing was asked), `?3` the settlement, `?4` the cluster (the settlement's, or the one asked
/// about), `?5` how many to read whole.
struct Helpers {
    /// Whether the helper `KEY` meets the terms. `+` keeps SQLite reading the helper's own
    /// few capabilities, not probing every capability asked for.
    matches: &'static str,
    /// Who acts in the settlement, with their nearness: in it (or living there), in its
    /// cluster, across the council.
    near_settlement: &'static str,
    /// Who acts in the cluster: in one of its settlements or in the cluster itself, and across
    /// the council.
    near_cluster: &'static str,
    /// The whole council's holders of what was asked.
    holders: &'static str,
    /// The key column of `candidates`.
    key: &'static str,
    /// The current ones of `candidates` (`key`, `rank`), with the date their details were
    /// confirmed: what they are ordered by before their names.
    ranked: &'static str,
    /// The whole council's, for terms many hold or none: walk the current ones most recently
    /// confirmed first (an index) and stop at the first `?5` who match (`MATCHES`), then add
    /// those confirmed the same day as the last of them, so the order by name among them holds.
    walked: &'static str,
    /// How many across the council meet the terms (`?2` > 0, `MATCHES`), counted up to `?3`.
    count_matching: &'static str,
    /// How many current ones there are across the council.
    count_every: &'static str,
    /// How many hold what was asked (`?1`), and about how many there are: both from indexes.
    density: &'static str,
    /// What is shown of those `kept`, nearest first, then the most recently confirmed (never
    /// confirmed last), then by name; and how many were found.
    shown: &'static str,
}

/// The helpers found, in order, the first `?5` read whole. Only those ordered up to the
/// `?5`th by nearness and date (`edge`), and those tied with it, are joined to their names and
/// sorted by them: a broad question orders a thousand by two numbers, and two hundred by name.
const LIST: &str = "
    WITH WANTED,
         CANDIDATES,
         ranked AS MATERIALIZED (RANKED),
         edge AS MATERIALIZED (SELECT rank, confirmed_on FROM ranked ORDER BY rank, confirmed_on DESC LIMIT 1 OFFSET ?5 - 1),
         kept AS (
            SELECT r.* FROM ranked r
             WHERE NOT EXISTS (SELECT 1 FROM edge)
                OR EXISTS (SELECT 1 FROM edge e
                            WHERE r.rank < e.rank
                               OR (r.rank = e.rank AND (e.confirmed_on IS NULL OR r.confirmed_on >= e.confirmed_on))))
    SHOWN";

const VOLUNTEER: Helpers = Helpers {
    matches: "(?2 = 0
     OR (?2 = 1 AND EXISTS (SELECT 1 FROM volunteer_capabilities vc
                             WHERE vc.person_id = KEY AND +vc.capability_id IN (SELECT capability_id FROM wanted)))
     OR (?2 > 1 AND (SELECT count(DISTINCT w.term) FROM volunteer_capabilities vc
                       JOIN wanted w ON w.capability_id = +vc.capability_id
                      WHERE vc.person_id = KEY) >= ?2))",
    near_settlement: "
    SELECT person_id, 0 AS rank FROM volunteers WHERE home_settlement_id = ?3
    UNION ALL SELECT person_id, 0 FROM volunteer_settlements WHERE settlement_id = ?3
    UNION ALL SELECT person_id, 1 FROM volunteer_clusters WHERE cluster_id = ?4
    UNION ALL SELECT person_id, 2 FROM volunteers WHERE whole_council AND left_on IS NULL",
    near_cluster: "
    SELECT v.person_id, 0 AS rank FROM settlements s JOIN volunteers v ON v.home_settlement_id = s.id WHERE s.cluster_id = ?4
    UNION ALL SELECT vs.person_id, 0 FROM settlements s JOIN volunteer_settlements vs ON vs.settlement_id = s.id WHERE s.cluster_id = ?4
    UNION ALL SELECT person_id, 0 FROM volunteer_clusters WHERE cluster_id = ?4
    UNION ALL SELECT person_id, 2 FROM volunteers WHERE whole_council AND left_on IS NULL",
    holders: "SELECT vc.person_id, 0 AS rank FROM wanted w
             CROSS JOIN volunteer_capabilities vc ON vc.capability_id = w.capability_id
             GROUP BY vc.person_id HAVING count(DISTINCT w.term) >= ?2",
    key: "person_id",
    ranked: "SELECT c.person_id AS key, c.rank, v.confirmed_on
              FROM candidates c CROSS JOIN volunteers v ON v.person_id = c.person_id
             WHERE v.left_on IS NULL AND c.person_id NOT IN (SELECT id FROM people WHERE archived_at IS NOT NULL)",
    walked: "top AS (
            SELECT v.person_id, v.confirmed_on FROM volunteers v
             WHERE v.left_on IS NULL AND MATCHES
               AND v.person_id NOT IN (SELECT id FROM people WHERE archived_at IS NOT NULL)
             ORDER BY v.confirmed_on DESC LIMIT ?5),
         candidates AS (
            SELECT person_id, 0 AS rank FROM top
            UNION
            SELECT v.person_id, 0 FROM volunteers v
             WHERE (SELECT count(*) FROM top) = ?5 AND v.left_on IS NULL
               AND v.confirmed_on IS (SELECT confirmed_on FROM top ORDER BY confirmed_on LIMIT 1)
               AND MATCHES)",
    count_matching: "
    WITH WANTED
    SELECT count(*) FROM (
        SELECT 1 FROM volunteers v
         WHERE v.left_on IS NULL AND MATCHES
           AND v.person_id NOT IN (SELECT id FROM people WHERE archived_at IS NOT NULL)
         LIMIT ?3)",
    count_every: "SELECT count(*) FROM volunteers
     WHERE left_on IS NULL AND person_id NOT IN (SELECT id FROM people WHERE archived_at IS NOT NULL)",
    density: "SELECT (SELECT count(*) FROM volunteer_capabilities
                  WHERE capability_id IN (SELECT json_extract(value, '$[1]') FROM json_each(?1))),
                coalesce((SELECT max(rowid) FROM volunteers), 0)",
    shown: "SELECT k.key AS id, p.full_name AS name, k.rank, coalesce(p.mobile, p.office_phone) AS phone,
           NULL AS contact_name,
           coalesce((SELECT group_concat(n.name, ' · ') FROM volunteer_capabilities vc
                       JOIN emergency_capabilities n ON n.id = vc.capability_id
                      WHERE vc.person_id = k.key), '') AS capabilities,
           v.availability, k.confirmed_on, (SELECT count(*) FROM ranked) AS total
      FROM kept k CROSS JOIN volunteers v ON v.person_id = k.key CROSS JOIN people p ON p.id = k.key
     ORDER BY k.rank, k.confirmed_on DESC, p.full_name COLLATE hebrew
     LIMIT ?5",
};

const ORGANIZATION: Helpers = Helpers {
    matches: "(?2 = 0
     OR (?2 = 1 AND EXISTS (SELECT 1 FROM organization_capabilities oc
                             WHERE oc.organization_id = KEY AND +oc.capability_id IN (SELECT capability_id FROM wanted)))
     OR (?2 > 1 AND (SELECT count(DISTINCT w.term) FROM organization_capabilities oc
                       JOIN wanted w ON w.capability_id = +oc.capability_id
                      WHERE oc.organization_id = KEY) >= ?2))",
    near_settlement: "
    SELECT organization_id, 0 AS rank FROM organization_settlements WHERE settlement_id = ?3
    UNION ALL SELECT organization_id, 1 FROM organization_clusters WHERE cluster_id = ?4
    UNION ALL SELECT organization_id, 2 FROM organization_readiness WHERE whole_council",
    near_cluster: "
    SELECT os.organization_id, 0 AS rank FROM settlements s JOIN organization_settlements os ON os.settlement_id = s.id
     WHERE s.cluster_id = ?4
    UNION ALL SELECT organization_id, 0 FROM organization_clusters WHERE cluster_id = ?4
    UNION ALL SELECT organization_id, 2 FROM organization_readiness WHERE whole_council",
    holders: "SELECT oc.organization_id, 0 AS rank FROM wanted w
             CROSS JOIN organization_capabilities oc ON oc.capability_id = w.capability_id
             GROUP BY oc.organization_id HAVING count(DISTINCT w.term) >= ?2",
    key: "organization_id",
    ranked: "SELECT c.organization_id AS key, c.rank, r.confirmed_on
              FROM candidates c CROSS JOIN organization_readiness r ON r.organization_id = c.organization_id
             WHERE c.organization_id NOT IN (SELECT id FROM organizations WHERE archived_at IS NOT NULL)",
    walked: "top AS (
            SELECT r.organization_id, r.confirmed_on FROM organization_readiness r
             WHERE MATCHES AND r.organization_id NOT IN (SELECT id FROM organizations WHERE archived_at IS NOT NULL)
             ORDER BY r.confirmed_on DESC LIMIT ?5),
         candidates AS (
            SELECT organization_id, 0 AS rank FROM top
            UNION
            SELECT r.organization_id, 0 FROM organization_readiness r
             WHERE (SELECT count(*) FROM top) = ?5
               AND r.confirmed_on IS (SELECT confirmed_on FROM top ORDER BY confirmed_on LIMIT 1)
               AND MATCHES)",
    count_matching: "
    WITH WANTED
    SELECT count(*) FROM (
        SELECT 1 FROM organization_readiness r
         WHERE MATCHES AND r.organization_id NOT IN (SELECT id FROM organizations WHERE archived_at IS NOT NULL)
         LIMIT ?3)",
    count_every: "SELECT count(*) FROM organization_readiness
     WHERE organization_id NOT IN (SELECT id FROM organizations WHERE archived_at IS NOT NULL)",
    density: "SELECT (SELECT count(*) FROM organization_capabilities
                  WHERE capability_id IN (SELECT json_extract(value, '$[1]') FROM json_each(?1))),
                coalesce((SELECT max(rowid) FROM organization_readiness), 0)",
    shown: "SELECT k.key AS id, o.name, k.rank, coalesce(p.mobile, p.office_phone) AS phone,
           p.full_name AS contact_name,
           coalesce((SELECT group_concat(n.name, ' · ') FROM organization_capabilities oc
                       JOIN emergency_capabilities n ON n.id = oc.capability_id
                      WHERE oc.organization_id = k.key), '') AS capabilities,
           r.main_program AS availability, k.confirmed_on, (SELECT count(*) FROM ranked) AS total
      FROM kept k CROSS JOIN organization_readiness r ON r.organization_id = k.key
           CROSS JOIN organizations o ON o.id = k.key LEFT JOIN people p ON p.id = r.contact_id
     ORDER BY k.rank, k.confirmed_on DESC, o.name COLLATE hebrew
     LIMIT ?5",
};

/// Where a question starts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Start {
    /// From who acts in the place asked about.
    Place,
    /// From the holders of the capabilities asked for (the whole council, few hold them).
    Holders,
    /// From the most recently confirmed (the whole council, when many hold what was asked, or
    /// nothing was asked).
    Walk,
}

/// The whole council is walked when at least one helper in this many holds a capability
/// asked for: the walk then meets its first matches soon.
const WALK_FROM_ONE_IN: i64 = 8;

/// Where the question for `kind` starts.
fn start(
    conn: &Connection,
    kind: HelperKind,
    place: (Option<&Id>, Option<&Id>),
    json: &str,
    need: i64,
) -> Result<Start> {
    if place.0.is_some() || place.1.is_some() {
        return Ok(Start::Place);
    }
    if need == 0 {
        return Ok(Start::Walk);
    }
    let (held, helpers): (i64, i64) = conn.query_row(helpers(kind).density, [json], |r| {
        Ok((r.get(0)?, r.get(1)?))
    })?;
    Ok(if held * WALK_FROM_ONE_IN >= helpers {
        Start::Walk
    } else {
        Start::Holders
    })
}

fn helpers(kind: HelperKind) -> &'static Helpers {
    match kind {
        HelperKind::Volunteer => &VOLUNTEER,
        HelperKind::Organization => &ORGANIZATION,
    }
}

/// Helpers of `kind` found, the first `HELPERS_SHOWN` read whole, and how many in all; past
/// `COUNT_LIMIT` a walk's count stops and says there are more.
fn found(
    conn: &Connection,
    kind: HelperKind,
    start: Start,
    (settlement, cluster): (Option<&Id>, Option<&Id>),
    json: &str,
    need: i64,
) -> Result<(Vec<Found>, u32, bool)> {
    let sql = helpers(kind);
    // Whether the helper walked (`v`, `r`) meets the terms.
    let matches = sql.matches.replace(
        "KEY",
        match kind {
            HelperKind::Volunteer => "v.person_id",
            HelperKind::Organization => "r.organization_id",
        },
    );
    let candidates = match start {
        Start::Place => format!(
            "near AS ({}),
         placed AS (SELECT {key}, min(rank) AS rank FROM near GROUP BY {key}),
         candidates AS (SELECT {key}, rank FROM placed WHERE {})",
            if settlement.is_some() {
                sql.near_settlement
            } else {
                sql.near_cluster
            },
            sql.matches.replace("KEY", &format!("placed.{}", sql.key)),
            key = sql.key,
        ),
        Start::Holders => format!("candidates AS ({})", sql.holders),
        Start::Walk => sql.walked.replace("MATCHES", &matches),
    };
    let list = LIST
        .replace("WANTED", WANTED)
        .replace("CANDIDATES", &candidates)
        .replace("RANKED", sql.ranked)
        .replace("SHOWN", sql.shown);
    let shown = HELPERS_SHOWN as i64;
    let found = rows(
        conn,
        &list,
        params![json, need, settlement, cluster, shown],
        Found::from_row,
    )?;
    if start != Start::Walk {
        let total = found.first().map_or(0, |f| f.total);
        return Ok((found, total, false));
    }
    // The walk read only the first; count the rest apart.
    let limit = COUNT_LIMIT as i64;
    let counted: i64 = if need == 0 {
        conn.query_row(sql.count_every, [], |r| r.get(0))?
    } else {
        conn.query_row(
            &sql.count_matching
                .replace("WANTED", WANTED)
                .replace("MATCHES", &matches),
            params![json, need, limit + 1],
            |r| r.get(0),
        )?
    };
    let more = counted > limit && need > 0;
    let total = if more { limit } else { counted };
    Ok((found, u32::try_from(total).unwrap_or(u32::MAX), more))
}

impl Store {
    /// Who can help in the place asked about, with what was asked for.
    pub fn who_can_help(&self, query: &HelpQuery) -> Result<HelpFound> {
        let conn = self.connection();
        let (settlement, cluster) = place(conn, query)?;
        let terms = terms(conn, query)?;
        let need = match &terms {
            Some((_, count)) if !query.any => *count,
            _ => 1,
        };
        let json = terms.as_ref().map_or("[]".to_owned(), |(j, _)| j.clone());
        let today = crate::today();
        let trainings_required: bool = conn.query_row(
            "SELECT EXISTS (SELECT 1 FROM emergency_capabilities WHERE required_training <> '')",
            [],
            |r| r.get(0),
        )?;
        let place = (settlement.as_ref(), cluster.as_ref());
        let need = if terms.is_some() { need as i64 } else { 0 };
        let ask = |kind| {
            found(
                conn,
                kind,
                start(conn, kind, place, &json, need)?,
                place,
                &json,
                need,
            )
        };
        let (volunteers, volunteer_count, more_volunteers) = ask(HelperKind::Volunteer)?;
        let (organizations, organization_count, more_organizations) =
            ask(HelperKind::Organization)?;
        let mut helpers: Vec<Helper> = [
            (HelperKind::Volunteer, volunteers),
            (HelperKind::Organization, organizations),
        ]
        .into_iter()
        .flat_map(|(kind, found)| found.into_iter().map(move |f| (kind, f)))
        .map(|(kind, f)| Helper {
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
            age_days: f.confirmed_on.map(|d| (today - d).num_days()),
            confirmed_on: f.confirmed_on,
        })
        .collect();
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
            volunteers: volunteer_count,
            more_volunteers,
            organizations: organization_count,
            more_organizations,
            shown: HELPERS_SHOWN,
        })
    }
}

#[cfg(test)]
#[path = "finder_tests.rs"]
mod tests;
