//! What each write changed, kept for the other laptops of the department.
//!
//! Once this laptop shares (`sync_laptop` has its row), the triggers of migration 0007 note
//! every cell a write changes in `sync_captured`. Before the write commits, `stamp_captured`
//! gives all of them one stamp of the hybrid logical clock and moves them into
//! `sync_changes`, beside the stamp of the value each one replaced. A cell changed twice in
//! one write is kept once, with its last value. All of it happens in the write's own
//! transaction: a write that fails records nothing, and nothing written goes unrecorded.

use rusqlite::{Connection, OptionalExtension, params, types::Value};

use super::clock::{Clock, Stamp};
use crate::error::Result;

/// This laptop's id in the department, when it shares and records its changes.
pub(crate) fn recording_laptop(conn: &Connection) -> Result<Option<String>> {
    // A store opened at an older schema (a test of a migration) has no such table yet.
    let shares: bool = conn.query_row(
        "SELECT EXISTS (SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'sync_laptop')",
        [],
        |r| r.get(0),
    )?;
    if !shares {
        return Ok(None);
    }
    Ok(conn
        .query_row("SELECT id FROM sync_laptop WHERE recording", [], |r| {
            r.get(0)
        })
        .optional()?)
}

/// The next stamp of this laptop's clock: after every change it has recorded or received.
pub(crate) fn next_stamp(conn: &Connection, laptop: &str, now_millis: u64) -> Result<Stamp> {
    let last: Option<String> =
        conn.query_row("SELECT max(stamp) FROM sync_changes", [], |r| r.get(0))?;
    let mut clock = Clock::resume(laptop, last.as_deref().and_then(Stamp::parse));
    Ok(clock.tick(now_millis))
}

/// Stamp what this write changed and keep it in `sync_changes`. Nothing to do, and one cheap
/// query, on a laptop that does not share.
pub(crate) fn stamp_captured(conn: &Connection) -> Result<()> {
    let Some(laptop) = recording_laptop(conn)? else {
        return Ok(());
    };
    let captured: bool =
        conn.query_row("SELECT EXISTS (SELECT 1 FROM sync_captured)", [], |r| {
            r.get(0)
        })?;
    if !captured {
        return Ok(());
    }
    // Minutes changed after an approval replace the approved text, whatever later edit has
    // arrived from elsewhere: what replaced is what is shown.
    let approved: Vec<(String, String)> = crate::store::rows(
        conn,
        "SELECT DISTINCT pk FROM sync_captured WHERE tbl = 'meetings' AND col = 'minutes'",
        [],
        |r| r.get::<_, String>(0),
    )?
    .into_iter()
    .filter_map(|pk| match approved_minutes(conn, &pk) {
        Ok(Some((stamp, _))) => Some(Ok((pk, stamp))),
        Ok(None) => None,
        Err(e) => Some(Err(e)),
    })
    .collect::<Result<_>>()?;
    let stamp = next_stamp(conn, &laptop, now_millis())?.to_string();
    // In the order they were made, so a cell changed twice keeps its last value.
    conn.execute(
        "INSERT OR REPLACE INTO sync_changes (stamp, tbl, pk, col, value, base)
         SELECT ?1, c.tbl, c.pk, c.col, c.value,
                (SELECT max(s.stamp) FROM sync_changes s
                  WHERE s.tbl = c.tbl AND s.pk = c.pk AND s.col = c.col AND s.stamp < ?1)
           FROM sync_captured c ORDER BY c.seq",
        [&stamp],
    )?;
    for (pk, base) in approved {
        conn.execute(
            "UPDATE sync_changes SET base = ?3 WHERE tbl = 'meetings' AND pk = ?1 AND col = 'minutes' AND stamp = ?2",
            params![pk, stamp, base],
        )?;
    }
    conn.execute("DELETE FROM sync_captured", [])?;
    Ok(())
}

/// A change of a meeting's minutes: its stamp, the change it was made knowing, and the text.
struct MinutesChange {
    stamp: String,
    base: Option<String>,
    value: Value,
}

/// The minutes an approved meeting shows, as a change (stamp and value): the text recorded
/// with the approval, or the latest change made knowing it (an amendment, a choice in a
/// conflict). A minutes change made elsewhere before the approval was known there does not
/// replace approved minutes: it waits among the conflicts. `None` when the meeting is not
/// approved, or its approved text is not known here.
pub(crate) fn approved_minutes(
    conn: &Connection,
    meeting: &str,
) -> Result<Option<(String, Value)>> {
    let approval: Option<(String, Value)> = conn
        .query_row(
            "SELECT stamp, value FROM sync_changes WHERE tbl = 'meetings' AND pk = ?1 AND col = 'approved_at'
              ORDER BY stamp DESC LIMIT 1",
            [meeting],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .optional()?;
    let Some((approved, Value::Text(_))) = approval else {
        return Ok(None);
    };
    let minutes = crate::store::rows(
        conn,
        "SELECT stamp, base, value FROM sync_changes WHERE tbl = 'meetings' AND pk = ?1 AND col = 'minutes'",
        [meeting],
        |r| {
            Ok(MinutesChange {
                stamp: r.get("stamp")?,
                base: r.get("base")?,
                value: r.get("value")?,
            })
        },
    )?;
    if !minutes.iter().any(|m| m.stamp == approved) {
        return Ok(None);
    }
    let mut known = vec![approved];
    loop {
        let more: Vec<String> = minutes
            .iter()
            .filter(|m| !known.contains(&m.stamp) && m.base.as_ref().is_some_and(|b| known.contains(b)))
            .map(|m| m.stamp.clone())
            .collect();
        if more.is_empty() {
            break;
        }
        known.extend(more);
    }
    Ok(minutes
        .into_iter()
        .filter(|m| known.contains(&m.stamp))
        .max_by(|a, b| a.stamp.cmp(&b.stamp))
        .map(|m| (m.stamp, m.value)))
}

/// Record a cell of a row with `id` as it stands, though this write does not change it: a
/// write whose meaning depends on it (the minutes an approval approved). Nothing on a laptop
/// that does not share. `table` and `column` are the caller's constants, never input.
pub(crate) fn record_as_is(conn: &Connection, table: &str, id: &str, column: &str) -> Result<()> {
    if recording_laptop(conn)?.is_some() {
        conn.execute(
            &format!(
                "INSERT INTO sync_captured (tbl, pk, col, value) SELECT '{table}', id, '{column}', {column}
                   FROM {table} WHERE id = ?1"
            ),
            [id],
        )?;
    }
    Ok(())
}

/// The wall clock in milliseconds since 1970.
pub(crate) fn now_millis() -> u64 {
    u64::try_from(chrono::Utc::now().timestamp_millis()).unwrap_or(0)
}
