//! What each write changed, kept for the other laptops of the department.
//!
//! Once this laptop shares (`sync_laptop` has its row), the triggers of migration 0007 note
//! every cell a write changes in `sync_captured`. Before the write commits, `stamp_captured`
//! gives all of them one stamp of the hybrid logical clock and moves them into
//! `sync_changes`, beside the stamp of the value each one replaced. A cell changed twice in
//! one write is kept once, with its last value. All of it happens in the write's own
//! transaction: a write that fails records nothing, and nothing written goes unrecorded.

use rusqlite::{Connection, OptionalExtension};

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
    conn.execute("DELETE FROM sync_captured", [])?;
    Ok(())
}

/// The wall clock in milliseconds since 1970.
pub(crate) fn now_millis() -> u64 {
    u64::try_from(chrono::Utc::now().timestamp_millis()).unwrap_or(0)
}
