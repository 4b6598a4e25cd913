//! Action items across every forum and visit: the action-items view with its filters, and the
//! first few overdue for the home screen.

use chrono::NaiveDate;
use rusqlite::Row;
use serde::{Deserialize, Serialize};

use super::types::ActionStatus;
use crate::{
    error::Result,
    model::{Id, optional},
    store::Store,
};

/// An action item anywhere, with where it was raised: the action-items view and the home screen.
#[derive(Clone, Debug, Serialize)]
pub struct ActionItemRow {
    pub id: Id,
    pub what: String,
    pub owner_id: Option<Id>,
    pub owner_name: Option<String>,
    pub due_date: Option<NaiveDate>,
    pub status: ActionStatus,
    pub done_on: Option<NaiveDate>,
    pub overdue_days: Option<i64>,
    pub meeting_id: Option<Id>,
    pub meeting_date: Option<NaiveDate>,
    pub forum_id: Option<Id>,
    pub forum_name: Option<String>,
    /// A follow-up of a visit: the visit, its date and the settlement.
    pub visit_id: Option<Id>,
    pub visit_date: Option<NaiveDate>,
    pub settlement_name: Option<String>,
    /// A follow-up of a hosted delegation: the delegation and its name.
    pub delegation_id: Option<Id>,
    pub delegation_name: Option<String>,
}

impl ActionItemRow {
    /// The row, and how many days past due it is on `today` while open.
    fn from_row(r: &Row<'_>, today: NaiveDate) -> rusqlite::Result<Self> {
        let status: ActionStatus = r.get("status")?;
        let due_date: Option<NaiveDate> = r.get("due_date")?;
        Ok(ActionItemRow {
            id: r.get("id")?,
            what: r.get("what")?,
            owner_id: r.get("owner_id")?,
            owner_name: r.get("owner_name")?,
            overdue_days: due_date
                .filter(|_| status == ActionStatus::Open)
                .map(|d| (today - d).num_days())
                .filter(|d| *d > 0),
            due_date,
            status,
            done_on: r.get("done_on")?,
            meeting_id: r.get("meeting_id")?,
            meeting_date: r.get("meeting_date")?,
            forum_id: r.get("forum_id")?,
            forum_name: r.get("forum_name")?,
            visit_id: r.get("visit_id")?,
            visit_date: r.get("visit_date")?,
            settlement_name: r.get("settlement_name")?,
            delegation_id: r.get("delegation_id")?,
            delegation_name: r.get("delegation_name")?,
        })
    }
}

#[derive(Clone, Debug, Default, Deserialize)]
pub struct ActionFilter {
    pub owner_id: Option<Id>,
    pub status: Option<ActionStatus>,
    pub forum_id: Option<Id>,
    /// The follow-ups of a hosted delegation.
    #[serde(default)]
    pub delegation_id: Option<Id>,
    #[serde(default)]
    pub overdue: bool,
}

impl Store {
    /// Action items across all forums, filtered; open and overdue first, then by due date.
    pub fn action_items(
        &self,
        filter: &ActionFilter,
        today: NaiveDate,
    ) -> Result<Vec<ActionItemRow>> {
        self.action_items_limited(filter, today, None)
    }

    pub(crate) fn action_items_limited(
        &self,
        filter: &ActionFilter,
        today: NaiveDate,
        limit: Option<usize>,
    ) -> Result<Vec<ActionItemRow>> {
        // Only the conditions asked for are in the query, so SQLite can use the index each one
        // has (the open items by due date, above all); every value is bound, never spliced.
        let owner = filter.owner_id.as_deref().and_then(optional);
        let forum = filter.forum_id.as_deref().and_then(optional);
        let delegation = filter.delegation_id.as_deref().and_then(optional);
        let status = filter.status.map(ActionStatus::as_str);
        let today_text = today.to_string();
        let limit = limit.map_or(-1, |l| l as i64);
        let mut conditions = Vec::new();
        let mut args: Vec<(&str, &dyn rusqlite::ToSql)> = vec![(":limit", &limit)];
        if let Some(owner) = &owner {
            conditions.push("a.owner_id = :owner");
            args.push((":owner", owner));
        }
        if let Some(status) = &status {
            conditions.push("a.status = :status");
            args.push((":status", status));
        }
        if let Some(forum) = &forum {
            conditions.push("f.id = :forum");
            args.push((":forum", forum));
        }
        if let Some(delegation) = &delegation {
            conditions.push("a.id IN (SELECT action_item_id FROM delegation_follow_ups WHERE delegation_id = :delegation)");
            args.push((":delegation", delegation));
        }
        let order = if filter.overdue {
            conditions.push("a.status = 'open' AND a.due_date < :today");
            args.push((":today", &today_text));
            // All open and all dated: the same order, read straight from the index.
            "a.due_date, a.created_at"
        } else {
            "a.status <> 'open', a.due_date IS NULL, a.due_date, a.created_at"
        };
        let condition = if conditions.is_empty() {
            "1".to_owned()
        } else {
            conditions.join(" AND ")
        };
        let mut stmt = self.connection().prepare_cached(&format!(
            "SELECT a.id, a.what, a.owner_id, p.full_name AS owner_name, a.due_date, a.status, a.done_on,
                    m.id AS meeting_id, m.date AS meeting_date, f.id AS forum_id, f.name AS forum_name,
                    v.id AS visit_id, v.date AS visit_date, s.name AS settlement_name,
                    d.id AS delegation_id, d.name AS delegation_name
               FROM action_items a
               LEFT JOIN people p ON p.id = a.owner_id
               LEFT JOIN meetings m ON m.id = a.meeting_id
               LEFT JOIN forums f ON f.id = m.forum_id
               LEFT JOIN visits v ON v.id = a.visit_id
               LEFT JOIN settlements s ON s.id = v.settlement_id
               LEFT JOIN delegation_follow_ups df ON df.action_item_id = a.id
               LEFT JOIN delegations d ON d.id = df.delegation_id
              WHERE {condition}
              ORDER BY {order}
              LIMIT :limit"
        ))?;
        let rows = stmt.query_map(args.as_slice(), |r| ActionItemRow::from_row(r, today))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}
