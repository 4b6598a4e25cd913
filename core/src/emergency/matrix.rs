//! The coverage matrix: settlements by the Ministry's emergency clusters. Each cell counts the
//! volunteers and organizations who can act in the settlement with a capability under the
//! cluster, those whose details are current apart from the stale ones, so an empty cell, or one
//! with only stale entries, stands out.
//!
//! Counted in one pass over the volunteers and organizations, not a query per cell: each one
//! adds to the whole council, to its clusters, or to its settlements (those outside its
//! clusters, so nobody counts twice), and a cell sums the three for its settlement.

use std::collections::HashMap;

use chrono::NaiveDate;
use serde::Serialize;

use super::{EmergencyCluster, is_stale};
use crate::{
    error::Result,
    model::Id,
    store::{Store, rows},
};

/// One cell: how many current volunteers and organizations, and how many stale ones.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
pub struct MatrixCell {
    pub volunteers: u32,
    pub organizations: u32,
    /// Volunteers and organizations whose details were not confirmed for over a year.
    pub stale: u32,
}

impl MatrixCell {
    fn add(&mut self, other: MatrixCell) {
        self.volunteers += other.volunteers;
        self.organizations += other.organizations;
        self.stale += other.stale;
    }

    /// Nobody current: empty, or only stale entries.
    pub fn wanting(&self) -> bool {
        self.volunteers + self.organizations == 0
    }
}

/// A settlement's row: a cell per emergency cluster, in `EmergencyCluster::ALL`'s order.
#[derive(Clone, Debug, Serialize)]
pub struct MatrixRow {
    pub settlement_id: Id,
    pub settlement_name: String,
    pub cluster_id: Id,
    pub cluster_name: String,
    pub cells: Vec<MatrixCell>,
}

#[derive(Clone, Debug, Serialize)]
pub struct Matrix {
    pub emergency_clusters: Vec<EmergencyCluster>,
    pub rows: Vec<MatrixRow>,
}

/// Cells by emergency cluster.
type Cells = [MatrixCell; 4];

/// Who can act where, as the matrix counts them.
#[derive(Default)]
struct Counts {
    council: Cells,
    clusters: HashMap<Id, Cells>,
    settlements: HashMap<Id, Cells>,
}

/// One volunteer or organization: the emergency clusters of their capabilities, and where they act.
struct Holder {
    kinds: [bool; 4],
    whole_council: bool,
    clusters: Vec<Id>,
    settlements: Vec<Id>,
    cell: MatrixCell,
}

impl Counts {
    fn add(&mut self, holder: &Holder, cluster_of: &HashMap<Id, Id>) {
        let add = |cells: &mut Cells| {
            for (k, cell) in cells.iter_mut().enumerate() {
                if holder.kinds[k] {
                    cell.add(holder.cell);
                }
            }
        };
        if holder.whole_council {
            add(&mut self.council);
            return;
        }
        for cluster in &holder.clusters {
            add(self.clusters.entry(cluster.clone()).or_default());
        }
        let mut seen: Vec<&Id> = Vec::new();
        for settlement in &holder.settlements {
            let covered = cluster_of
                .get(settlement)
                .is_some_and(|c| holder.clusters.contains(c));
            if !covered && !seen.contains(&settlement) {
                seen.push(settlement);
                add(self.settlements.entry(settlement.clone()).or_default());
            }
        }
    }
}

fn kind_index(kind: EmergencyCluster) -> usize {
    EmergencyCluster::ALL
        .iter()
        .position(|k| *k == kind)
        .unwrap_or(0)
}

impl Store {
    /// Every live settlement, by cluster and name, with a cell per emergency cluster.
    pub fn emergency_matrix(&self, today: NaiveDate) -> Result<Matrix> {
        let conn = self.connection();
        /// A live settlement and its cluster.
        struct Place {
            id: Id,
            name: String,
            cluster_id: Id,
            cluster: String,
        }
        crate::store::from_row!(r => Place { id, name, cluster_id, cluster });
        let settlements = rows(
            conn,
            "SELECT s.id AS id, s.name AS name, c.id AS cluster_id, c.name AS cluster
               FROM settlements s JOIN clusters c ON c.id = s.cluster_id
              WHERE s.archived_at IS NULL AND c.archived_at IS NULL
              ORDER BY c.name COLLATE hebrew, s.name COLLATE hebrew",
            [],
            Place::from_row,
        )?;
        let cluster_of: HashMap<Id, Id> =
            rows(conn, "SELECT id, cluster_id FROM settlements", [], |r| {
                Ok((r.get(0)?, r.get(1)?))
            })?
            .into_iter()
            .collect();
        let mut counts = Counts::default();
        for organizations in [false, true] {
            let (holders, caps, places, areas) = if organizations {
                (
                    "SELECT r.organization_id AS id, r.whole_council, NULL AS home, r.confirmed_on
                       FROM organization_readiness r
                       JOIN organizations o ON o.id = r.organization_id WHERE o.archived_at IS NULL",
                    "SELECT oc.organization_id, c.emergency_cluster FROM organization_capabilities oc
                       JOIN emergency_capabilities c ON c.id = oc.capability_id",
                    "SELECT organization_id, settlement_id FROM organization_settlements",
                    "SELECT organization_id, cluster_id FROM organization_clusters",
                )
            } else {
                (
                    "SELECT v.person_id AS id, v.whole_council, v.home_settlement_id AS home, v.confirmed_on
                       FROM volunteers v
                       JOIN people p ON p.id = v.person_id WHERE v.left_on IS NULL AND p.archived_at IS NULL",
                    "SELECT vc.person_id, c.emergency_cluster FROM volunteer_capabilities vc
                       JOIN emergency_capabilities c ON c.id = vc.capability_id",
                    "SELECT person_id, settlement_id FROM volunteer_settlements",
                    "SELECT person_id, cluster_id FROM volunteer_clusters",
                )
            };
            let mut all: HashMap<Id, Holder> = HashMap::new();
            /// Someone who holds capabilities: where they act, and when they last confirmed.
            struct Holding {
                id: Id,
                whole_council: bool,
                home: Option<Id>,
                confirmed_on: Option<NaiveDate>,
            }
            crate::store::from_row!(r => Holding { id, whole_council, home, confirmed_on });
            for Holding { id, whole_council, home, confirmed_on: confirmed } in
                rows(conn, holders, [], Holding::from_row)?
            {
                let stale = is_stale(confirmed, today);
                let cell = match (stale, organizations) {
                    (true, _) => MatrixCell {
                        stale: 1,
                        ..Default::default()
                    },
                    (false, false) => MatrixCell {
                        volunteers: 1,
                        ..Default::default()
                    },
                    (false, true) => MatrixCell {
                        organizations: 1,
                        ..Default::default()
                    },
                };
                all.insert(
                    id,
                    Holder {
                        kinds: [false; 4],
                        whole_council,
                        clusters: Vec::new(),
                        settlements: home.into_iter().collect(),
                        cell,
                    },
                );
            }
            for (id, kind) in rows(conn, caps, [], |r| {
                Ok((r.get::<_, Id>(0)?, r.get::<_, EmergencyCluster>(1)?))
            })? {
                if let Some(holder) = all.get_mut(&id) {
                    holder.kinds[kind_index(kind)] = true;
                }
            }
            for (sql, is_cluster) in [(places, false), (areas, true)] {
                for (id, place) in rows(conn, sql, [], |r| {
                    Ok((r.get::<_, Id>(0)?, r.get::<_, Id>(1)?))
                })? {
                    if let Some(holder) = all.get_mut(&id) {
                        if is_cluster {
                            holder.clusters.push(place);
                        } else {
                            holder.settlements.push(place);
                        }
                    }
                }
            }
            for holder in all.values() {
                counts.add(holder, &cluster_of);
            }
        }
        let rows = settlements
            .into_iter()
            .map(
                |Place { id: settlement_id, name: settlement_name, cluster_id, cluster: cluster_name }| {
                    let mut cells = counts.council;
                    for extra in [
                        counts.clusters.get(&cluster_id),
                        counts.settlements.get(&settlement_id),
                    ]
                    .into_iter()
                    .flatten()
                    {
                        for (cell, more) in cells.iter_mut().zip(extra) {
                            cell.add(*more);
                        }
                    }
                    MatrixRow {
                        settlement_id,
                        settlement_name,
                        cluster_id,
                        cluster_name,
                        cells: cells.to_vec(),
                    }
                },
            )
            .collect();
        Ok(Matrix {
            emergency_clusters: EmergencyCluster::ALL.to_vec(),
            rows,
        })
    }
}
