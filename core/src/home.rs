//! The manager's home screen: what needs her first, across forums and visits. Forums overdue
//! by their cadence, action items past due, gaps still open, the meetings of the coming week,
//! and the settlements not visited lately: the first `HOME_LIST_LIMIT` of each, with the count
//! of all.

use chrono::NaiveDate;
use rusqlite::{Row, params};
use serde::Serialize;

use crate::{
    error::Result,
    forums::{ActionFilter, ActionItemRow, ForumRow, GapStatus},
    model::Id,
    store::{Store, from_row, rows},
    visits::CoverageRow,
};

#[derive(Clone, Debug, Serialize)]
pub struct GapRow {
    pub id: Id,
    pub what: String,
    pub status: GapStatus,
    pub owner_name: Option<String>,
    pub raised_on: NaiveDate,
    pub age_days: i64,
    pub meeting_id: Id,
    pub forum_id: Id,
    pub forum_name: String,
}

impl GapRow {
    /// The row, and how old the gap is on `today`.
    fn from_row(r: &Row<'_>, today: NaiveDate) -> rusqlite::Result<Self> {
        let raised_on: NaiveDate = r.get("raised_on")?;
        Ok(GapRow {
            id: r.get("id")?,
            what: r.get("what")?,
            status: r.get("status")?,
            owner_name: r.get("owner_name")?,
            raised_on,
            age_days: (today - raised_on).num_days().max(0),
            meeting_id: r.get("meeting_id")?,
            forum_id: r.get("forum_id")?,
            forum_name: r.get("forum_name")?,
        })
    }
}

#[derive(Clone, Debug, Serialize)]
pub struct UpcomingMeeting {
    pub id: Id,
    pub date: NaiveDate,
    pub start_time: Option<String>,
    pub place: String,
    pub online: bool,
    pub forum_id: Id,
    pub forum_name: String,
}

from_row!(r => UpcomingMeeting { id, date, start_time, place, online, forum_id, forum_name });

/// What the manager's home screen shows about forums.
#[derive(Clone, Debug, Serialize)]
pub struct Overview {
    /// The most overdue first; at most `HOME_LIST_LIMIT`, of `overdue_forums_total`.
    pub overdue_forums: Vec<ForumRow>,
    pub overdue_forums_total: usize,
    /// The longest overdue first; at most `HOME_LIST_LIMIT`, of `overdue_actions_total`.
    pub overdue_actions: Vec<ActionItemRow>,
    pub overdue_actions_total: usize,
    /// The oldest first; at most `HOME_LIST_LIMIT`, of `open_gaps_total`.
    pub open_gaps: Vec<GapRow>,
    pub open_gaps_total: usize,
    pub upcoming: Vec<UpcomingMeeting>,
    /// Programs' moves planned or under way past their date, the longest overdue first; at
    /// most `HOME_LIST_LIMIT`, of `overdue_moves_total`.
    pub overdue_moves: Vec<crate::programs::Move>,
    pub overdue_moves_total: usize,
    /// Everything open and past its date (action items, moves, work-plan tasks): the count of
    /// the list of what is due, filtered to the late (`Store::due`), which the home links open.
    pub late_total: usize,
    /// The work plan's late tasks and indicators waiting for an actual, by owner.
    pub plan: crate::plan::PlanOnHome,
}

/// How many of each kind the home screen lists: what needs her first, with the count of the
/// rest. A district has thousands of open items; a screen of them helps no one.
pub const HOME_LIST_LIMIT: usize = 12;

impl Store {
    /// (oldest first), and the meetings of the next seven days.
    pub fn overview(&self, today: NaiveDate) -> Result<Overview> {
        let mut overdue_forums: Vec<_> = self
            .forums(false, today)?
            .into_iter()
            .filter(|f| f.status.overdue_days.is_some())
            .collect();
        overdue_forums.sort_by_key(|f| std::cmp::Reverse(f.status.overdue_days));
        let overdue_forums_total = overdue_forums.len();
        overdue_forums.truncate(HOME_LIST_LIMIT);
        let overdue_actions = self.action_items_limited(
            &ActionFilter {
                overdue: true,
                ..Default::default()
            },
            today,
            Some(HOME_LIST_LIMIT),
        )?;
        let count = |sql: &str, args: &[&dyn rusqlite::ToSql]| -> Result<usize> {
            Ok(self
                .connection()
                .prepare_cached(sql)?
                .query_row(args, |r| r.get::<_, i64>(0))? as usize)
        };
        let overdue_actions_total = count(
            "SELECT count(*) FROM action_items WHERE status = 'open' AND due_date < ?1",
            &[&today],
        )?;
        let open_gaps_total = count(
            "SELECT count(*) FROM gaps g CROSS JOIN meetings m ON m.id = g.meeting_id CROSS JOIN forums f ON f.id = m.forum_id
              WHERE g.status <> 'resolved' AND f.archived_at IS NULL",
            &[],
        )?;
        let open_gaps = self
            .connection()
            .prepare(
                // The oldest found from the indexes alone (the open gaps first: CROSS JOIN keeps
                // that order), then only those rows read.
                "SELECT g.id, g.what, g.status, p.full_name AS owner_name, m.date AS raised_on,
                        m.id AS meeting_id, f.id AS forum_id, f.name AS forum_name
                   FROM (SELECT g.rowid AS gap FROM gaps g CROSS JOIN meetings m ON m.id = g.meeting_id
                           CROSS JOIN forums f ON f.id = m.forum_id
                          WHERE g.status <> 'resolved' AND f.archived_at IS NULL
                          ORDER BY m.date, g.created_at LIMIT ?1) oldest
                   JOIN gaps g ON g.rowid = oldest.gap JOIN meetings m ON m.id = g.meeting_id
                   JOIN forums f ON f.id = m.forum_id LEFT JOIN people p ON p.id = g.owner_id
                  ORDER BY m.date, g.created_at",
            )?
            .query_map([HOME_LIST_LIMIT as i64], |r| GapRow::from_row(r, today))?
            .collect::<rusqlite::Result<_>>()?;
        let week = today + chrono::Days::new(7);
        let upcoming = rows(
            self.connection(),
            "SELECT m.id, m.date, m.start_time, m.place, m.online, f.id AS forum_id, f.name AS forum_name
                   FROM meetings m JOIN forums f ON f.id = m.forum_id
                  WHERE m.status = 'planned' AND m.date >= ?1 AND m.date <= ?2 AND f.archived_at IS NULL
                  ORDER BY m.date, m.start_time",
            params![today, week],
            UpcomingMeeting::from_row,
        )?;
        let mut overdue_moves = self.overdue_moves(today)?;
        let overdue_moves_total = overdue_moves.len();
        overdue_moves.truncate(HOME_LIST_LIMIT);
        Ok(Overview {
            plan: self.plan_on_home(today, HOME_LIST_LIMIT)?,
            overdue_moves,
            overdue_moves_total,
            late_total: self.due_count(&crate::due::DueFilter { late: true, ..Default::default() }, today)?,
            overdue_forums,
            overdue_forums_total,
            overdue_actions,
            overdue_actions_total,
            open_gaps,
            open_gaps_total,
            upcoming,
        })
    }
}

/// The home screen's settlements not visited lately: the first few, and how many there are.
#[derive(Clone, Debug, Serialize)]
pub struct StaleOnHome {
    pub rows: Vec<CoverageRow>,
    pub total: usize,
}

impl Store {
    /// `stale_settlements` as the home screen shows it: the first `HOME_LIST_LIMIT` and the
    /// count, so a district's thousands are not sent to the window to show twelve.
    pub fn stale_on_home(&self, today: NaiveDate, cluster_id: Option<&str>) -> Result<StaleOnHome> {
        let mut rows = self.stale_settlements(today, None, cluster_id)?;
        let total = rows.len();
        rows.truncate(HOME_LIST_LIMIT);
        Ok(StaleOnHome { rows, total })
    }
}
