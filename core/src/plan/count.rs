//! Actuals counted from Eshkol's own records: meetings held against their forums' cadence,
//! visits, settlements visited lately, action items done on time, gaps resolved, volunteers
//! who confirmed, and program participants. Each count is for a period of a school year (a
//! quarter, or the year) up to today, for the whole department or one cluster or settlement.

use chrono::NaiveDate;
use rusqlite::{Connection, params};

use super::{Source, measure::period};
use crate::{
    error::Result,
    forums::{Cadence, CadenceKind, ForumLevel},
    model::Id,
    store::rows,
};

/// What an indicator's count reads.
#[derive(Clone, Debug)]
pub(crate) struct Counting {
    pub source: Source,
    pub forum_id: Option<Id>,
    pub level: Option<ForumLevel>,
    pub cluster_id: Option<Id>,
    pub program_id: Option<Id>,
    pub days: Option<i64>,
}

/// Where a figure is told for: the whole department, a cluster, or a settlement.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(crate) struct Scope {
    pub cluster: Option<Id>,
    pub settlement: Option<Id>,
}

/// `?3`/`?4` narrow to the scope's cluster or settlement, `?5` to the indicator's own cluster;
/// `s` is the settlement the record belongs to.
const IN_SCOPE: &str = "(?3 IS NULL OR s.cluster_id = ?3) AND (?4 IS NULL OR s.id = ?4) AND (?5 IS NULL OR s.cluster_id = ?5)";

/// The count for `quarter` of `school_year` (0: the year) as of `today`; none for a period
/// not yet begun, or when nothing can be measured (no action item due, no meeting expected).
pub(crate) fn counted(
    conn: &Connection,
    c: &Counting,
    school_year: i32,
    quarter: u8,
    scope: &Scope,
    today: NaiveDate,
) -> Result<Option<f64>> {
    let (first, last) = period(school_year, quarter);
    if first > today {
        return Ok(None);
    }
    let end = last.min(today);
    let sql = match c.source {
        Source::Typed => return Ok(None),
        Source::MeetingsHeld => return meetings_held(conn, c, first, end),
        Source::Visits => format!(
            "SELECT count(*) FROM visits v JOIN settlements s ON s.id = v.settlement_id
              WHERE v.date BETWEEN ?1 AND ?2 AND {IN_SCOPE}"
        ),
        Source::SettlementsVisited => format!(
            "SELECT count(DISTINCT v.settlement_id) FROM visits v JOIN settlements s ON s.id = v.settlement_id
              WHERE v.date > date(?2, '-' || ?9 || ' days') AND v.date <= ?2 AND {IN_SCOPE}"
        ),
        Source::ActionsOnTime => "SELECT 100.0 * sum(a.status = 'done' AND a.done_on <= a.due_date) / count(*)
               FROM action_items a LEFT JOIN meetings m ON m.id = a.meeting_id LEFT JOIN forums f ON f.id = m.forum_id
              WHERE a.due_date BETWEEN ?1 AND ?2 AND a.status <> 'cancelled'
                AND (?6 IS NULL OR m.forum_id = ?6) AND (?7 IS NULL OR f.level = ?7)"
            .to_owned(),
        Source::GapsResolved => "SELECT count(*) FROM gaps g JOIN meetings m ON m.id = g.meeting_id
                    JOIN forums f ON f.id = m.forum_id
              WHERE g.status = 'resolved' AND g.resolved_on BETWEEN ?1 AND ?2
                AND (?6 IS NULL OR m.forum_id = ?6) AND (?7 IS NULL OR f.level = ?7)"
            .to_owned(),
        Source::VolunteersConfirmed => format!(
            "SELECT count(*) FROM volunteers v LEFT JOIN settlements s ON s.id = v.home_settlement_id
              WHERE v.confirmed_on BETWEEN ?1 AND ?2 AND (v.left_on IS NULL OR v.left_on > ?2)
                AND {IN_SCOPE}"
        ),
        Source::ProgramParticipants => format!(
            "SELECT sum(f.took_part) FROM program_figures f JOIN programs g ON g.id = f.program_id
                    JOIN settlements s ON s.id = f.settlement_id
              WHERE f.school_year = ?10 AND (?8 IS NULL OR f.program_id = ?8) AND {IN_SCOPE}"
        ),
    };
    // Every count is given the same ten values; the unused table names them all, so each
    // statement takes ten whichever it reads.
    let sql = format!("WITH given AS (SELECT ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10) {sql}");
    let value: Option<f64> = conn.prepare_cached(&sql)?.query_row(
        params![
            first,
            end,
            scope.cluster,
            scope.settlement,
            c.cluster_id,
            c.forum_id,
            c.level,
            c.program_id,
            c.days.unwrap_or(30),
            school_year
        ],
        |r| r.get(0),
    )?;
    Ok(value)
}

/// Meetings held from `first` to `end` by the forum (or the active forums of the level, or all
/// of them), as a percent of the meetings their cadences asked for: every full cadence within
/// the period, counted from its first day or from the forum's setup, whichever is later.
fn meetings_held(
    conn: &Connection,
    c: &Counting,
    first: NaiveDate,
    end: NaiveDate,
) -> Result<Option<f64>> {
    /// A forum's cadence, since when it is counted, and its meetings held in the period.
    struct Counted {
        kind: CadenceKind,
        n: Option<u32>,
        created: String,
        count: u32,
    }
    crate::store::from_row!(r => Counted { kind, n, created, count });
    let forums = rows(
        conn,
        "SELECT f.cadence AS kind, f.cadence_n AS n, substr(f.created_at, 1, 10) AS created,
                (SELECT count(*) FROM meetings m WHERE m.forum_id = f.id AND m.status = 'held'
                    AND m.date BETWEEN ?1 AND ?2) AS count
           FROM forums f
          WHERE f.archived_at IS NULL AND f.active = 1 AND f.cadence <> 'none'
            AND (?3 IS NULL OR f.id = ?3) AND (?4 IS NULL OR f.level = ?4)",
        params![first, end, c.forum_id, c.level],
        Counted::from_row,
    )?;
    let (mut held, mut expected) = (0_u32, 0_u32);
    for Counted { kind, n, created, count } in forums {
        let Ok(cadence) = Cadence::new(kind, n) else {
            continue;
        };
        let since = NaiveDate::parse_from_str(&created, "%Y-%m-%d").map_or(first, |d| d.max(first));
        let after = end.succ_opt().unwrap_or(end);
        let due = (1..)
            .map_while(|k| cadence.nth(since, k).filter(|d| *d <= after))
            .take(400)
            .count() as u32;
        if due > 0 {
            held += count.min(due);
            expected += due;
        }
    }
    Ok((expected > 0).then(|| 100.0 * f64::from(held) / f64::from(expected)))
}
