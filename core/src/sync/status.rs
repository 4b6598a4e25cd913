//! Where this laptop stands in its department, as the top bar, Settings and the Sync page show
//! it: the laptops heard from and when, the files waiting or skipped and why, how many fields
//! are in conflict, and whether the shared folder has been quiet for too long.

use std::path::Path;

use chrono::{DateTime, Utc};
use rusqlite::OptionalExtension;
use serde::Serialize;

use crate::{error::Result, store::Store};

/// A laptop that has not received anything for this long says so.
pub const QUIET_DAYS: i64 = 7;

/// This laptop's sharing, for the screens.
#[derive(Clone, Debug, Default, Serialize)]
pub struct SharingStatus {
    /// Whether this laptop shares a department.
    pub sharing: bool,
    /// Whether it holds records: joining then asks to merge them or to stop.
    pub has_records: bool,
    /// The name this laptop shares under.
    pub laptop: Option<String>,
    pub department: Option<String>,
    pub folder: Option<String>,
    /// The folder chosen is not there now (a USB stick out, a cloud folder not mounted).
    pub folder_missing: bool,
    /// When it last read the shared folder, UTC.
    pub checked_at: Option<String>,
    /// The last file of another laptop taken in: when, and whose.
    pub last_received: Option<Heard>,
    /// Nothing received for `quiet_days` days since sharing began.
    pub quiet: bool,
    /// `QUIET_DAYS`, for the message that says so.
    pub quiet_days: i64,
    /// The other laptops, most recently heard from first.
    pub laptops: Vec<Heard>,
    /// Files from a later Eshkol, waiting for this one to be updated.
    pub waiting: Vec<FileNote>,
    /// Files that could not be read, and why.
    pub skipped: Vec<FileNote>,
    /// Rows that refer to a record not here yet.
    pub rows_waiting: usize,
    /// The newest snapshot in the shared folder, that a laptop joining now starts from.
    pub snapshot: Option<super::SnapshotNote>,
    pub conflicts: usize,
}

/// A laptop heard from.
#[derive(Clone, Debug, Serialize)]
pub struct Heard {
    pub name: String,
    /// UTC, RFC 3339.
    pub at: String,
    pub files: i64,
}
crate::store::from_row!(r => Heard { name, at, files });

/// A file not taken in.
#[derive(Clone, Debug, Serialize)]
pub struct FileNote {
    /// The laptop that wrote it, by name when it was ever heard from.
    pub laptop: String,
    pub number: i64,
    /// `newer`, `damaged`, `other-department`, `not-changes` or `too-large`.
    pub reason: String,
}
crate::store::from_row!(r => FileNote { laptop, number, reason });

/// This laptop's row, as the Sync page reads it.
struct Me {
    name: String,
    department_id: String,
    folder: Option<String>,
    shared_since: Option<String>,
    checked_at: Option<String>,
}
crate::store::from_row!(r => Me { name, department_id, folder, shared_since, checked_at });

impl Store {
    /// Where this laptop stands, at `now`.
    pub fn sharing_status(&self, now: DateTime<Utc>) -> Result<SharingStatus> {
        let conn = self.connection();
        let has_records = !self.counts()?.is_empty();
        let me = conn
            .query_row(
                "SELECT name, department_id, folder, shared_since, checked_at FROM sync_laptop
                  WHERE department_id IS NOT NULL",
                [],
                Me::from_row,
            )
            .optional()?;
        let Some(Me { name: laptop, department_id: department, folder, shared_since: since, checked_at }) = me else {
            return Ok(SharingStatus {
                has_records,
                quiet_days: QUIET_DAYS,
                ..Default::default()
            });
        };
        let laptops = crate::store::rows(
            conn,
            "SELECT p.name AS name, p.last_seen AS at,
                    (SELECT count(*) FROM sync_files f WHERE f.laptop = p.id AND f.status = 'applied')
                    + (SELECT coalesce(sum(c.last - c.first + 1), 0) FROM sync_covered c WHERE c.laptop = p.id)
                    AS files
               FROM sync_peers p ORDER BY p.last_seen DESC, p.name",
            [],
            Heard::from_row,
        )?;
        let notes = |status: &str| {
            crate::store::rows(
                conn,
                "SELECT coalesce(p.name, f.laptop) AS laptop, f.seq AS number,
                        coalesce(f.reason, '') AS reason
                   FROM sync_files f LEFT JOIN sync_peers p ON p.id = f.laptop
                  WHERE f.status = ?1 ORDER BY f.laptop, f.seq",
                [status],
                FileNote::from_row,
            )
        };
        let rows_waiting: i64 =
            conn.query_row("SELECT count(*) FROM sync_waiting", [], |r| r.get(0))?;
        let last_received = laptops.first().cloned();
        let folder_there = folder.as_deref().is_some_and(|f| Path::new(f).is_dir());
        let snapshot = match folder.as_deref() {
            Some(f) if folder_there => self.newest_snapshot_note(Path::new(f))?,
            _ => None,
        };
        let parse = |t: &str| DateTime::parse_from_rfc3339(t).ok().map(|t| t.to_utc());
        let quiet_since = last_received
            .as_ref()
            .and_then(|h| parse(&h.at))
            .or_else(|| since.as_deref().and_then(parse));
        Ok(SharingStatus {
            sharing: true,
            has_records,
            laptop: Some(laptop),
            department: Some(department),
            folder_missing: !folder_there,
            folder,
            checked_at,
            quiet: quiet_since.is_some_and(|t| now - t >= chrono::Duration::days(QUIET_DAYS)),
            quiet_days: QUIET_DAYS,
            last_received,
            laptops,
            waiting: notes("waiting")?,
            skipped: notes("skipped")?,
            rows_waiting: rows_waiting as usize,
            snapshot,
            conflicts: self.conflict_count()?,
        })
    }
}
