//! Snapshots: a laptop that joins a department after years does not replay every change ever
//! made. Now and then one laptop writes a snapshot into its subfolder: each field's current
//! changes (not the values they replaced), which files of which laptops they cover, and the
//! changes it left out whose replaced value may still arrive. A laptop joining takes the
//! newest whole snapshot it can read, then only the files the snapshot does not cover.
//!
//! What a snapshot keeps of each field:
//!
//! - every head (a change nothing replaced): the latest of them is the value shown, and more
//!   than one is a conflict, so the joining laptop shows and lists what every other one does;
//! - every change to the minutes of a meeting that was ever approved: the approved text is
//!   found by walking from the approval along what replaced what (`approved_minutes`);
//! - for a change it leaves out whose own replaced value it never held (a file it has not read
//!   yet), that value's stamp, in `sync_replaced`: when that value arrives on the joining
//!   laptop, it is known as replaced, not taken for the field's value or a conflict.
//!
//! A laptop takes a snapshot only while it holds no change of another laptop (it has just
//! joined): on a laptop that already holds part of the history, a change the snapshot left
//! out could look current. One that stopped midway (a damaged part, a crash) reads every file.
//!
//! ```text
//! <folder>/eshkol-<department>/<laptop>/snapshot-<made, ms>-<part>-of-<parts>.eshkol
//! ```
//!
//! Each part is sealed like a file of changes (`file::seal_as`, its own magic), at most
//! `CHANGES_PER_FILE` changes, written whole. A laptop keeps its two newest snapshots: one
//! whose parts are still on their way is not the only one there.

use std::{
    collections::{BTreeMap, HashMap},
    fs,
    path::{Path, PathBuf},
};

use rusqlite::{OptionalExtension, params};
use serde::{Deserialize, Serialize};

use super::{
    Applied, Change,
    file::{self, Header, MAX_FILE_BYTES, Refusal, WireChange},
    folder::{CHANGES_PER_APPLY, CHANGES_PER_FILE, Sharing, write_whole},
    tables::SharedTable,
};
use crate::{
    error::Result,
    store::{Store, now_millis},
};

/// A laptop writes a snapshot when the newest in the folder (or the department's start) is
/// this many days old and something changed since.
pub const SNAPSHOT_EVERY_DAYS: u64 = 30;

const DAY_MS: u64 = 24 * 60 * 60 * 1000;

/// What a laptop needs to start near the present: each field's current changes, and the
/// changes left out whose replaced value may still arrive.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Snapshot {
    pub changes: Vec<Change>,
    pub replaced: Vec<Replaced>,
}

/// A change known to have been replaced, by its cell and stamp.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Replaced {
    pub tbl: String,
    pub pk: String,
    pub col: String,
    pub stamp: String,
}
crate::store::from_row!(r => Replaced { tbl, pk, col, stamp });

/// A run of one laptop's files that a snapshot covers.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
struct Covered {
    laptop: String,
    /// The name it shares under, and when the snapshot's laptop last heard from it.
    name: String,
    last_seen: String,
    first: u64,
    last: u64,
}

/// One part of a snapshot, as its file holds it.
#[derive(Clone, Debug, Serialize, Deserialize)]
struct Part {
    laptop_name: String,
    /// When it was made, milliseconds since 1970; also its files' number in the header.
    made: u64,
    part: u32,
    parts: u32,
    covers: Vec<Covered>,
    /// In the first part only.
    replaced: Vec<Replaced>,
    changes: Vec<WireChange>,
}

/// The newest snapshot in the folder: who made it and when.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct SnapshotNote {
    /// The laptop's id; its name where it was ever heard from.
    pub laptop: String,
    /// UTC, RFC 3339.
    pub at: String,
}

/// Changes that are the current value of their field (a head), or that its approved minutes
/// need: the changes a snapshot keeps.
fn kept() -> String {
    format!(
        "({}) OR (c.tbl = 'meetings' AND c.col = 'minutes'
                  AND EXISTS (SELECT 1 FROM sync_changes a
                               WHERE a.tbl = 'meetings' AND a.pk = c.pk AND a.col = 'approved_at'))",
        super::conflicts::HEAD
    )
}

impl Store {
    /// This laptop's changes as a snapshot: what another laptop needs to start from here.
    pub fn snapshot(&self) -> Result<Snapshot> {
        let conn = self.connection();
        let kept = kept();
        let mut changes = crate::store::rows(
            conn,
            &format!(
                "SELECT stamp, tbl, pk, col, value, base FROM sync_changes c WHERE {kept}
                  ORDER BY stamp, tbl, pk, col"
            ),
            [],
            Change::from_row,
        )?;
        // Each row's changes together, the rows in the order they were added and, among those
        // added at once (a first share), a row's parents before it: a laptop taking the parts
        // in holds no row waiting for its parent, nor for the rest of its own fields.
        let tables = SharedTable::all(conn)?;
        let rank = |tbl: &str| tables.iter().position(|t| t.name == tbl);
        let mut added: HashMap<(String, String), String> = HashMap::new();
        for c in &changes {
            added
                .entry((c.tbl.clone(), c.pk.clone()))
                .or_insert_with(|| c.stamp.clone());
        }
        changes.sort_by_cached_key(|c| {
            let row = (c.tbl.clone(), c.pk.clone());
            (
                added[&row].clone(),
                rank(&c.tbl),
                row,
                c.stamp.clone(),
                c.col.clone(),
            )
        });
        let mut replaced = crate::store::rows(
            conn,
            &format!(
                "SELECT c.tbl, c.pk, c.col, c.base AS stamp FROM sync_changes c
                  WHERE c.base IS NOT NULL AND NOT ({kept})
                    AND NOT EXISTS (SELECT 1 FROM sync_changes b
                                     WHERE b.tbl = c.tbl AND b.pk = c.pk AND b.col = c.col AND b.stamp = c.base)
                 UNION
                 SELECT tbl, pk, col, stamp FROM sync_replaced"
            ),
            [],
            Replaced::from_row,
        )?;
        replaced.sort();
        Ok(Snapshot { changes, replaced })
    }

    /// Start from `snapshot`: its changes taken in like any others, and what it says was
    /// replaced kept.
    pub fn take_snapshot(&mut self, snapshot: &Snapshot) -> Result<Applied> {
        self.note_replaced(&snapshot.replaced)?;
        self.apply_changes(&snapshot.changes)
    }

    fn note_replaced(&mut self, replaced: &[Replaced]) -> Result<()> {
        self.write(|w| {
            for r in replaced {
                w.tx.execute(
                    "INSERT OR IGNORE INTO sync_replaced (tbl, pk, col, stamp) VALUES (?1, ?2, ?3, ?4)",
                    params![r.tbl, r.pk, r.col, r.stamp],
                )?;
            }
            Ok(())
        })
    }

    /// Whether this laptop may start from a snapshot: it holds no change another laptop made.
    pub fn starts_afresh(&self) -> Result<bool> {
        Ok(self
            .connection()
            .query_row("SELECT NOT holds_others FROM sync_laptop", [], |r| r.get(0))
            .optional()?
            .unwrap_or(false))
    }

    /// Write a snapshot of what this laptop holds into its subfolder of `folder`, after
    /// sending what it has not sent yet. Its first part, or `None` when it holds nothing.
    pub fn write_snapshot(&mut self, folder: &Path) -> Result<Option<PathBuf>> {
        self.send_changes(folder)?;
        let me = self.sharing()?;
        let snapshot = self.snapshot()?;
        if snapshot.changes.is_empty() {
            return Ok(None);
        }
        let covers = self.covers(&me)?;
        let dir = super::folder::laptop_dir(folder, &me.department, &me.laptop);
        fs::create_dir_all(&dir)?;
        let mine = snapshots_in(&dir);
        let made = now_millis().max(mine.keys().next_back().map_or(0, |m| m + 1));
        let parts = snapshot.changes.len().div_ceil(CHANGES_PER_FILE) as u32;
        let laptop = uuid::Uuid::parse_str(&me.laptop).map_err(|_| crate::Error::NotSharing)?;
        let mut first = None;
        for (i, chunk) in snapshot.changes.chunks(CHANGES_PER_FILE).enumerate() {
            let part = Part {
                laptop_name: me.name.clone(),
                made,
                part: i as u32 + 1,
                parts,
                covers: covers.clone(),
                replaced: if i == 0 {
                    snapshot.replaced.clone()
                } else {
                    Vec::new()
                },
                changes: chunk.iter().map(WireChange::from).collect(),
            };
            let header = Header {
                format: file::FORMAT,
                schema: file::SHARED_SCHEMA,
                department: me.department,
                laptop,
                seq: made,
            };
            let path = dir.join(snapshot_name(made, part.part, parts));
            write_whole(
                &dir,
                &path,
                &file::seal_as(file::SNAPSHOT_MAGIC, &header, &part, &me.key)?,
            )?;
            first.get_or_insert(path);
        }
        // The newest two are kept: the one before stays whole while this one's parts are on
        // their way to the other laptops.
        let older: Vec<u64> = mine.keys().rev().skip(1).copied().collect();
        for made in older {
            for name in &mine[&made] {
                let _ = fs::remove_file(dir.join(name));
            }
        }
        Ok(first)
    }

    /// Whether a snapshot is due from this laptop at `now_ms`: see `snapshot_due`.
    pub fn snapshot_due(&self, folder: &Path, now_ms: u64) -> Result<bool> {
        let me = self.sharing()?;
        let newest = newest_snapshot(&department_dir(folder, &me)).map(|(_, made)| made);
        let since: Option<String> =
            self.connection()
                .query_row("SELECT shared_since FROM sync_laptop", [], |r| r.get(0))?;
        let since = since
            .and_then(|t| chrono::DateTime::parse_from_rfc3339(&t).ok())
            .map(|t| t.timestamp_millis().max(0) as u64);
        let latest: Option<String> =
            self.connection()
                .query_row("SELECT max(stamp) FROM sync_changes", [], |r| r.get(0))?;
        let latest = latest
            .as_deref()
            .and_then(crate::store::clock::Stamp::parse)
            .map(|s| s.millis);
        Ok(snapshot_due(newest, since, latest, now_ms))
    }

    /// The newest snapshot in the shared folder, for the Sync page.
    pub(super) fn newest_snapshot_note(&self, folder: &Path) -> Result<Option<SnapshotNote>> {
        let me = self.sharing()?;
        let Some((laptop, made)) = newest_snapshot(&department_dir(folder, &me)) else {
            return Ok(None);
        };
        let name: Option<String> = self
            .connection()
            .query_row(
                "SELECT name FROM sync_laptop WHERE id = ?1 UNION ALL SELECT name FROM sync_peers WHERE id = ?1",
                [&laptop],
                |r| r.get(0),
            )
            .ok();
        Ok(Some(SnapshotNote {
            laptop: name.unwrap_or(laptop),
            at: chrono::DateTime::from_timestamp_millis(made as i64)
                .map(|t| t.to_rfc3339_opts(chrono::SecondsFormat::Secs, true))
                .unwrap_or_default(),
        }))
    }

    /// The files whose changes this laptop holds: its own sent, the others' taken in, and
    /// those a snapshot it started from covered, as runs.
    fn covers(&self, me: &Sharing) -> Result<Vec<Covered>> {
        let conn = self.connection();
        let mut seqs: BTreeMap<String, Vec<(u64, u64)>> = BTreeMap::new();
        if me.sent_seq > 0 {
            seqs.entry(me.laptop.clone())
                .or_default()
                .push((1, me.sent_seq));
        }
        for (laptop, seq) in crate::store::rows(
            conn,
            "SELECT laptop, seq FROM sync_files WHERE status = 'applied'",
            [],
            |r| Ok((r.get::<_, String>(0)?, r.get::<_, i64>(1)?)),
        )? {
            let seq = seq.max(0) as u64;
            seqs.entry(laptop).or_default().push((seq, seq));
        }
        /// A run of a laptop's files a snapshot taken in here covered.
        struct Run {
            laptop: String,
            first: i64,
            last: i64,
        }
        crate::store::from_row!(r => Run { laptop, first, last });
        for Run { laptop, first, last } in crate::store::rows(
            conn,
            "SELECT laptop, first, last FROM sync_covered",
            [],
            Run::from_row,
        )? {
            seqs.entry(laptop)
                .or_default()
                .push((first.max(0) as u64, last.max(0) as u64));
        }
        /// A laptop heard from.
        struct Peer {
            id: String,
            name: String,
            last_seen: String,
        }
        crate::store::from_row!(r => Peer { id, name, last_seen });
        let peers: HashMap<String, (String, String)> = crate::store::rows(
            conn,
            "SELECT id, name, last_seen FROM sync_peers",
            [],
            Peer::from_row,
        )?
        .into_iter()
        .map(|p| (p.id, (p.name, p.last_seen)))
        .collect();
        let now = crate::store::now();
        let mut covers = Vec::new();
        for (laptop, runs) in seqs {
            let (name, last_seen) = if laptop == me.laptop {
                (me.name.clone(), now.clone())
            } else {
                peers
                    .get(&laptop)
                    .cloned()
                    .unwrap_or_else(|| (laptop.clone(), now.clone()))
            };
            for (first, last) in merged(runs) {
                covers.push(Covered {
                    laptop: laptop.clone(),
                    name: name.clone(),
                    last_seen: last_seen.clone(),
                    first,
                    last,
                });
            }
        }
        Ok(covers)
    }

    /// On a laptop that starts afresh, take in the newest whole snapshot that reads, and note
    /// the files it covers. Whether one was taken.
    pub(super) fn take_newest_snapshot(
        &mut self,
        folder: &Path,
        me: &Sharing,
        received: &mut super::Received,
    ) -> Result<bool> {
        let dir = department_dir(folder, me);
        let mut candidates: Vec<(u64, String, Vec<PathBuf>)> = Vec::new();
        for laptop in laptop_dirs(&dir, &me.laptop) {
            let laptop_dir = dir.join(&laptop);
            for (made, names) in snapshots_in(&laptop_dir) {
                if let Some(paths) = whole(&laptop_dir, &names) {
                    candidates.push((made, laptop.clone(), paths));
                }
            }
        }
        candidates.sort_by(|a, b| b.0.cmp(&a.0).then(b.1.cmp(&a.1)));
        for (made, laptop, paths) in candidates {
            // Every part is checked whole (its key, its seal) before anything is taken in.
            if !paths
                .iter()
                .all(|path| sealed_whole(path, me, &laptop, made))
            {
                continue;
            }
            let Ok(first) = read_part(&paths[0], me, &laptop, made, 1) else {
                continue;
            };
            self.note_replaced(&first.replaced)?;
            let mut pending: Vec<Change> = Vec::new();
            for (i, path) in paths.iter().enumerate() {
                let Ok(part) = read_part(path, me, &laptop, made, i as u32 + 1) else {
                    // Changed since it was checked: the files are read one by one instead.
                    return Ok(false);
                };
                pending.extend(part.changes.into_iter().map(Change::from));
                if pending.len() >= CHANGES_PER_APPLY {
                    received.changes += self.apply_changes(&pending)?.new;
                    pending.clear();
                }
            }
            received.changes += self.apply_changes(&pending)?.new;
            self.write(|w| {
                for c in &first.covers {
                    w.tx.execute(
                        "INSERT OR REPLACE INTO sync_covered (laptop, first, last) VALUES (?1, ?2, ?3)",
                        params![c.laptop, c.first as i64, c.last as i64],
                    )?;
                    w.tx.execute(
                        "INSERT INTO sync_peers (id, name, last_seq, last_seen) VALUES (?1, ?2, ?3, ?4)
                         ON CONFLICT (id) DO UPDATE SET last_seq = max(last_seq, excluded.last_seq)",
                        params![
                            c.laptop,
                            crate::model::acceptable_text(crate::Field::Name, &c.name),
                            c.last as i64,
                            c.last_seen
                        ],
                    )?;
                }
                Ok(())
            })?;
            received.snapshot = Some(crate::model::acceptable_text(
                crate::Field::Name,
                &first.laptop_name,
            ));
            return Ok(true);
        }
        Ok(false)
    }
}

/// Whether a laptop should write a snapshot at `now`: the newest snapshot in the folder (or,
/// with none, the day this laptop began to share) is `SNAPSHOT_EVERY_DAYS` old, and a change
/// was made or taken in since. All in milliseconds since 1970.
pub fn snapshot_due(
    newest: Option<u64>,
    shared_since: Option<u64>,
    latest_change: Option<u64>,
    now: u64,
) -> bool {
    let Some(from) = newest.or(shared_since) else {
        return false;
    };
    now.saturating_sub(from) >= SNAPSHOT_EVERY_DAYS * DAY_MS
        && latest_change.is_some_and(|latest| latest > newest.unwrap_or(0))
}

fn department_dir(folder: &Path, me: &Sharing) -> PathBuf {
    folder.join(format!("eshkol-{}", me.department))
}

/// The other laptops' subfolders of the department's folder.
pub(super) fn laptop_dirs(dir: &Path, me: &str) -> Vec<String> {
    let Ok(entries) = fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut laptops: Vec<String> = entries
        .filter_map(|e| e.ok())
        .filter(|e| e.path().is_dir())
        .filter_map(|e| e.file_name().into_string().ok())
        .filter(|name| name != me && uuid::Uuid::parse_str(name).is_ok())
        .collect();
    laptops.sort();
    laptops
}

/// The newest snapshot anywhere in the department's folder, whole or still arriving: its
/// laptop and when it was made.
fn newest_snapshot(dir: &Path) -> Option<(String, u64)> {
    laptop_dirs(dir, "")
        .into_iter()
        .filter_map(|laptop| {
            let made = *snapshots_in(&dir.join(&laptop)).keys().next_back()?;
            Some((laptop, made))
        })
        .max_by_key(|(_, made)| *made)
}

fn snapshot_name(made: u64, part: u32, parts: u32) -> String {
    format!("snapshot-{made:016}-{part:04}-of-{parts:04}.eshkol")
}

/// When a snapshot file was made, which part it is and of how many.
fn parse_snapshot_name(name: &str) -> Option<(u64, u32, u32)> {
    let rest = name.strip_prefix("snapshot-")?.strip_suffix(".eshkol")?;
    let mut fields = rest.split('-');
    let made = fields.next()?;
    let part = fields.next()?;
    (fields.next()? == "of").then_some(())?;
    let parts = fields.next()?;
    if fields.next().is_some() || made.len() != 16 || part.len() != 4 || parts.len() != 4 {
        return None;
    }
    let (made, part, parts) = (made.parse().ok()?, part.parse().ok()?, parts.parse().ok()?);
    (part >= 1 && part <= parts).then_some((made, part, parts))
}

/// The snapshots in one laptop's subfolder by when they were made, each with its files' names.
fn snapshots_in(dir: &Path) -> BTreeMap<u64, Vec<String>> {
    let mut found: BTreeMap<u64, Vec<String>> = BTreeMap::new();
    if let Ok(entries) = fs::read_dir(dir) {
        for name in entries
            .filter_map(|e| e.ok())
            .filter_map(|e| e.file_name().into_string().ok())
        {
            if let Some((made, _, _)) = parse_snapshot_name(&name) {
                found.entry(made).or_default().push(name);
            }
        }
    }
    for names in found.values_mut() {
        names.sort();
    }
    found
}

/// The parts of one snapshot in order, when every one of them is there.
fn whole(dir: &Path, names: &[String]) -> Option<Vec<PathBuf>> {
    let parsed: Vec<(u64, u32, u32)> = names
        .iter()
        .filter_map(|n| parse_snapshot_name(n))
        .collect();
    let parts = parsed.first()?.2;
    let complete = parsed.len() == parts as usize
        && parsed
            .iter()
            .enumerate()
            .all(|(i, p)| p.1 == i as u32 + 1 && p.2 == parts);
    complete.then(|| names.iter().map(|n| dir.join(n)).collect())
}

/// Whether a part of a snapshot is whole: a snapshot's, of this department, sealed with its key,
/// made by `laptop` at `made`. Cheaper than reading it: what it holds is not parsed.
fn sealed_whole(path: &Path, me: &Sharing, laptop: &str, made: u64) -> bool {
    let fits = fs::metadata(path).is_ok_and(|m| m.len() <= MAX_FILE_BYTES);
    fits && fs::read(path).is_ok_and(|bytes| {
        file::unseal(
            file::SNAPSHOT_MAGIC,
            &bytes,
            me.department,
            &me.key,
            file::SHARED_SCHEMA,
        )
        .is_ok_and(|(header, _)| header.laptop.to_string() == laptop && header.seq == made)
    })
}

/// One part of a snapshot, read whole and checked against its name.
fn read_part(
    path: &Path,
    me: &Sharing,
    laptop: &str,
    made: u64,
    part: u32,
) -> std::result::Result<Part, Refusal> {
    let size = fs::metadata(path).map_err(|_| Refusal::Held)?.len();
    if size > MAX_FILE_BYTES {
        return Err(Refusal::TooLarge);
    }
    let bytes = fs::read(path).map_err(|_| Refusal::Held)?;
    let (header, read): (Header, Part) = file::open_as(
        file::SNAPSHOT_MAGIC,
        &bytes,
        me.department,
        &me.key,
        file::SHARED_SCHEMA,
    )?;
    if header.laptop.to_string() != laptop
        || header.seq != made
        || read.made != made
        || read.part != part
    {
        return Err(Refusal::Damaged);
    }
    Ok(read)
}

/// Runs of numbers joined where they touch or overlap.
fn merged(mut runs: Vec<(u64, u64)>) -> Vec<(u64, u64)> {
    runs.sort_unstable();
    let mut out: Vec<(u64, u64)> = Vec::new();
    for (first, last) in runs {
        match out.last_mut() {
            Some(prev) if first <= prev.1 + 1 => prev.1 = prev.1.max(last),
            _ => out.push((first, last)),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_snapshot_is_due_a_month_after_the_last_when_something_changed() {
        let day = DAY_MS;
        let start = 1_764_540_000_000;
        // A month after sharing began, with changes: due; a day before the month: not yet.
        assert!(snapshot_due(
            None,
            Some(start),
            Some(start + day),
            start + 30 * day
        ));
        assert!(!snapshot_due(
            None,
            Some(start),
            Some(start + day),
            start + 29 * day
        ));
        // A month after the newest snapshot, with nothing since: not due.
        assert!(!snapshot_due(
            Some(start),
            Some(0),
            Some(start - 1),
            start + 40 * day
        ));
        assert!(snapshot_due(
            Some(start),
            Some(0),
            Some(start + 1),
            start + 40 * day
        ));
        // Never shared: never due.
        assert!(!snapshot_due(None, None, Some(start), start + 40 * day));
    }

    #[test]
    fn snapshot_names_read_back_and_other_names_are_not_snapshots() {
        let name = snapshot_name(1_764_540_000_123, 2, 3);
        assert_eq!(name, "snapshot-0001764540000123-0002-of-0003.eshkol");
        assert_eq!(parse_snapshot_name(&name), Some((1_764_540_000_123, 2, 3)));
        for other in [
            "00000001.eshkol",
            "snapshot-0001764540000123-0004-of-0003.eshkol",
            "snapshot-0001764540000123-0000-of-0003.eshkol",
            ".syncthing.snapshot-0001764540000123-0001-of-0001.eshkol.tmp",
            "snapshot-1-1-of-1.eshkol",
        ] {
            assert_eq!(parse_snapshot_name(other), None, "{other}");
        }
    }

    #[test]
    fn runs_of_files_join_where_they_touch() {
        assert_eq!(
            merged(vec![(5, 5), (1, 3), (4, 4), (7, 9), (8, 8)]),
            vec![(1, 5), (7, 9)]
        );
    }
}
