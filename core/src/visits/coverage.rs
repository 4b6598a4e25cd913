//! Coverage, the question "where have we not been lately?": each settlement with its last
//! visit, the days since, and its visits in a period; and the settlements not visited for N
//! days, which the home screen lists. The report as a document, CSV and PDF is
//! `documents::coverage`.

use crate::model::TypedNumber;
use chrono::NaiveDate;
use rusqlite::{Row, params};
use serde::{Deserialize, Serialize};

use crate::{
    directory::RecordKind,
    error::{Error, Field, Result},
    model::{Id, optional_date},
    store::Store,
};

/// How many days without a visit make a settlement "not visited lately", unless chosen.
pub const DEFAULT_STALE_DAYS: u32 = 30;

/// What the coverage report covers.
#[derive(Clone, Debug, Default, Deserialize)]
pub struct CoverageFilter {
    pub cluster_id: Option<Id>,
    /// Clusters this person coordinates.
    pub coordinator_id: Option<Id>,
    /// The period whose visits are counted: as typed (`model::read_date`), empty for the last 30 days to today.
    #[serde(default)]
    pub from: String,
    #[serde(default)]
    pub to: String,
    #[serde(default)]
    /// Not visited for this many days or more: `DEFAULT_STALE_DAYS` when absent.
    pub stale_days: TypedNumber,
}

/// One settlement in the coverage report.
#[derive(Clone, Debug, Serialize)]
pub struct CoverageRow {
    pub settlement_id: Id,
    pub settlement_name: String,
    pub cluster_id: Id,
    pub cluster_name: String,
    pub coordinator_name: Option<String>,
    pub last_visit: Option<NaiveDate>,
    /// Days since the last visit; `None` when never visited.
    pub days_since: Option<i64>,
    pub visits_in_period: u32,
    /// Never visited, or not for `stale_days` or more.
    pub stale: bool,
}

impl CoverageRow {
    /// The row as it stands on `to`: stale when never visited or not for `stale_days`.
    fn from_row(r: &Row<'_>, to: NaiveDate, stale_days: u32) -> rusqlite::Result<Self> {
        let last_visit: Option<NaiveDate> = r.get("last_visit")?;
        let days_since = last_visit.map(|d| (to - d).num_days());
        Ok(CoverageRow {
            settlement_id: r.get("settlement_id")?,
            settlement_name: r.get("settlement_name")?,
            cluster_id: r.get("cluster_id")?,
            cluster_name: r.get("cluster_name")?,
            coordinator_name: r.get("coordinator_name")?,
            last_visit,
            days_since,
            visits_in_period: r.get("visits_in_period")?,
            stale: days_since.is_none_or(|d| d >= i64::from(stale_days)),
        })
    }
}

#[derive(Clone, Debug, Serialize)]
pub struct Coverage {
    pub from: NaiveDate,
    pub to: NaiveDate,
    pub stale_days: u32,
    pub rows: Vec<CoverageRow>,
    pub visits_in_period: u32,
    pub stale_count: u32,
}

fn stale_days(typed: &TypedNumber) -> Result<u32> {
    match typed.read(Field::Days)? {
        None => Ok(DEFAULT_STALE_DAYS),
        Some(v) if v.fract() == 0.0 && (1.0..=3650.0).contains(&v) => Ok(v as u32),
        Some(v) => Err(Error::Invalid {
            field: Field::Days,
            value: v.to_string(),
        }),
    }
}

impl Store {
    /// Coverage: each settlement (not archived, in a cluster not archived) with its last visit,
    /// the days since, and its visits in the period; grouped by cluster in Hebrew order.
    pub fn coverage(&self, filter: &CoverageFilter, today: NaiveDate) -> Result<Coverage> {
        let stale = stale_days(&filter.stale_days)?;
        let to = optional_date(Field::Date, &filter.to)?.unwrap_or(today);
        let from = optional_date(Field::Date, &filter.from)?
            .unwrap_or_else(|| to - chrono::Days::new(u64::from(DEFAULT_STALE_DAYS)));
        if from > to {
            return Err(Error::Invalid {
                field: Field::Date,
                value: format!("{from} – {to}"),
            });
        }
        let cluster = self.filter_ref(RecordKind::Cluster, filter.cluster_id.as_deref())?;
        let coordinator = self.filter_ref(RecordKind::Person, filter.coordinator_id.as_deref())?;
        let mut stmt = self.connection().prepare(
            "SELECT s.id AS settlement_id, s.name AS settlement_name, c.id AS cluster_id, c.name AS cluster_name,
                    p.full_name AS coordinator_name,
                    (SELECT max(v.date) FROM visits v WHERE v.settlement_id = s.id AND v.date <= ?4) AS last_visit,
                    (SELECT count(*) FROM visits v WHERE v.settlement_id = s.id AND v.date BETWEEN ?3 AND ?4)
                      AS visits_in_period
               FROM settlements s
               JOIN clusters c ON c.id = s.cluster_id
               LEFT JOIN people p ON p.id = c.coordinator_id
              WHERE s.archived_at IS NULL AND c.archived_at IS NULL
                AND (?1 IS NULL OR c.id = ?1)
                AND (?2 IS NULL OR c.coordinator_id = ?2)
              ORDER BY c.name COLLATE hebrew, c.id, s.name COLLATE hebrew, s.id",
        )?;
        let rows: Vec<CoverageRow> = stmt
            .query_map(params![cluster, coordinator, from, to], |r| {
                CoverageRow::from_row(r, to, stale)
            })?
            .collect::<rusqlite::Result<_>>()?;
        Ok(Coverage {
            from,
            to,
            stale_days: stale,
            visits_in_period: rows.iter().map(|r| r.visits_in_period).sum(),
            stale_count: rows.iter().filter(|r| r.stale).count() as u32,
            rows,
        })
    }

    /// The home screen: settlements not visited for `days` or more (never visited first, then
    /// the longest ago), in one cluster or in all.
    pub fn stale_settlements(
        &self,
        today: NaiveDate,
        days: Option<f64>,
        cluster_id: Option<&str>,
    ) -> Result<Vec<CoverageRow>> {
        let filter = CoverageFilter {
            cluster_id: cluster_id.map(str::to_owned),
            stale_days: days.into(),
            ..CoverageFilter::default()
        };
        let mut rows: Vec<CoverageRow> = self
            .coverage(&filter, today)?
            .rows
            .into_iter()
            .filter(|r| r.stale)
            .collect();
        rows.sort_by_key(|r| std::cmp::Reverse(r.days_since.unwrap_or(i64::MAX)));
        Ok(rows)
    }
}
