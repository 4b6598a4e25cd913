//! One department on many laptops: the changes each laptop records (see `store::changes`),
//! how a laptop takes in the changes of the others, the shared folder they travel through
//! (`folder`, `file`), the snapshots a laptop joining late starts from (`snapshot`), and the
//! conflicts (`conflicts`).
//!
//! Every change is one cell (a table, a row's key, a column) with its value and the stamp of
//! the hybrid logical clock it was made at; a row added or removed is the cell `''` with 1 or
//! 0. A laptop keeps every change it knows of. For each cell the change with the latest stamp
//! is the value shown: the same on every laptop, whatever order the changes arrived in, and
//! changes to different cells of one row both survive. A change known already is not taken
//! twice. A row that refers to one not yet here waits, kept, until that one arrives.
//!
//! `status` says where this laptop stands, for the top bar, Settings and the Sync page.

mod conflicts;
mod describe;
pub mod file;
mod folder;
mod snapshot;
mod status;
mod tables;

pub use conflicts::{Conflict, Version};
pub use folder::{JOIN_EXTENSION, JoinFile, Received};
pub use snapshot::{Replaced, SNAPSHOT_EVERY_DAYS, Snapshot, SnapshotNote, snapshot_due};
pub use status::{FileNote, Heard, QUIET_DAYS, SharingStatus};

use rusqlite::{OptionalExtension, params, types::Value};

use crate::{
    error::Result,
    model::{Id, new_id},
    store::{Store, Writer, clock::Stamp, from_row},
};
use tables::SharedTable;

/// One change to one cell, as laptops exchange them.
#[derive(Clone, Debug, PartialEq)]
pub struct Change {
    pub stamp: String,
    pub tbl: String,
    pub pk: String,
    pub col: String,
    pub value: Value,
    /// The stamp of the value this change replaced, where its laptop knew one.
    pub base: Option<String>,
}

from_row!(r => Change { stamp, tbl, pk, col, value, base });

/// What taking in a batch of changes did.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Applied {
    /// Changes not known before.
    pub new: usize,
    /// Changes known already, taken no further.
    pub known: usize,
    /// Rows still waiting for a row they refer to.
    pub waiting: usize,
}

impl Store {
    /// Start sharing this laptop's records under `name`: from now on every write is recorded,
    /// and what is here already is recorded as it stands. This laptop's id in the department.
    pub fn start_sharing(&mut self, name: &str) -> Result<Id> {
        self.write(|w| {
            let id = new_id();
            w.tx.execute(
                "INSERT INTO sync_laptop (only_row, id, name, recording) VALUES (1, ?1, ?2, 1)
                 ON CONFLICT (only_row) DO UPDATE SET name = excluded.name, recording = 1",
                params![id, name.trim()],
            )?;
            for table in SharedTable::all(w.tx)? {
                table.capture_all(w.tx)?;
            }
            Ok(w.tx.query_row("SELECT id FROM sync_laptop", [], |r| r.get(0))?)
        })
    }

    /// Every change this laptop knows of with a stamp after `after` (all of them for `None`),
    /// in the order they were made.
    pub fn changes_since(&self, after: Option<&str>) -> Result<Vec<Change>> {
        // Two statements, so the one a laptop runs every few seconds reads only the newest
        // changes by the stamp's index, not every change it holds.
        let sql = "SELECT stamp, tbl, pk, col, value, base FROM sync_changes";
        match after {
            Some(after) => crate::store::rows(
                self.connection(),
                &format!("{sql} WHERE stamp > ?1 ORDER BY stamp, tbl, pk, col"),
                [after],
                Change::from_row,
            ),
            None => crate::store::rows(
                self.connection(),
                &format!("{sql} ORDER BY stamp, tbl, pk, col"),
                [],
                Change::from_row,
            ),
        }
    }

    /// Take in changes from other laptops, in one transaction. Each cell shows the change with
    /// the latest stamp; a change known already is skipped.
    pub fn apply_changes(&mut self, changes: &[Change]) -> Result<Applied> {
        let mut changes: Vec<&Change> = changes.iter().collect();
        self.write(|w| {
            // What arrives is the other laptops' record, not a change made here.
            let recording: Option<i64> =
                w.tx.query_row("SELECT recording FROM sync_laptop", [], |r| r.get(0))
                    .optional()?;
            w.tx.execute("UPDATE sync_laptop SET recording = 0", [])?;
            // Rows may arrive before the rows they refer to, and two rows may refer to each
            // other (a cluster and its coordinator): references are checked once all is in.
            w.tx.pragma_update(None, "defer_foreign_keys", true)?;
            let tables = SharedTable::all(w.tx)?;
            SharedTable::parents_first(&tables, &mut changes);
            let mut applied = Applied::default();
            // Every change is kept first; then each row they touched is shown once, as its
            // latest changes say, in the order the rows were first touched.
            let mut touched: Vec<(usize, &str)> = Vec::new();
            let mut seen: std::collections::HashSet<(usize, &str)> = Default::default();
            for change in changes {
                let Some(at) = tables.iter().position(|t| t.name == change.tbl) else {
                    continue;
                };
                if Stamp::parse(&change.stamp).is_none() || !tables[at].has_column(&change.col) {
                    continue;
                }
                if w.take(change)? {
                    applied.new += 1;
                    if seen.insert((at, change.pk.as_str())) {
                        touched.push((at, change.pk.as_str()));
                    }
                } else {
                    applied.known += 1;
                }
            }
            for (at, pk) in touched {
                w.show_row(&tables, &tables[at], pk)?;
            }
            w.retry_waiting(&tables)?;
            applied.waiting = w.settle(&tables)?;
            w.tx.execute(
                "UPDATE sync_laptop SET recording = ?1, holds_others = holds_others OR ?2",
                params![recording.unwrap_or(1), applied.new > 0],
            )?;
            Ok(applied)
        })
    }
}

impl Writer<'_> {
    /// Keep a change; `false` when it was known already.
    fn take(&self, c: &Change) -> Result<bool> {
        Ok(self.tx.execute(
            "INSERT OR IGNORE INTO sync_changes (stamp, tbl, pk, col, value, base)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            params![c.stamp, c.tbl, c.pk, c.col, c.value, c.base],
        )? == 1)
    }

    /// Make the row `pk` of `table` what its latest changes say: present with each cell's
    /// latest value, or absent. A row that cannot be shown yet (it refers to a row not yet
    /// here) waits; `false` then.
    fn show_row(&self, tables: &[SharedTable], table: &SharedTable, pk: &str) -> Result<bool> {
        let cells = crate::store::rows(
            self.tx,
            "SELECT c.col, c.value FROM sync_changes c
              WHERE c.tbl = ?1 AND c.pk = ?2
                AND c.stamp = (SELECT max(s.stamp) FROM sync_changes s
                                WHERE s.tbl = c.tbl AND s.pk = c.pk AND s.col = c.col)",
            params![table.name, pk],
            |r| Ok((r.get::<_, String>(0)?, r.get::<_, Value>(1)?)),
        )?;
        let mut cells = cells;
        if table.name == "meetings"
            && let Some((_, approved)) = crate::store::approved_minutes(self.tx, pk)?
        {
            // Approved minutes stay as approved; a late edit waits among the conflicts.
            for (col, value) in cells.iter_mut() {
                if col == "minutes" {
                    *value = approved.clone();
                }
            }
        }
        let exists = cells
            .iter()
            .find(|(col, _)| col.is_empty())
            .map(|(_, v)| matches!(v, Value::Integer(1)));
        let shown = match exists {
            // Only cells of a row whose adding has not arrived yet: nothing to show.
            None => Ok(()),
            Some(false) => self.take_away(tables, table, pk).map_err(|e| match e {
                crate::Error::Database(e) => e,
                other => rusqlite::Error::ToSqlConversionFailure(Box::new(other)),
            }),
            Some(true) => self.upsert_apart(table, pk, cells),
        };
        match shown {
            Ok(()) => {
                self.tx.execute(
                    "DELETE FROM sync_waiting WHERE tbl = ?1 AND pk = ?2",
                    params![table.name, pk],
                )?;
                Ok(true)
            }
            Err(e) if is_constraint(&e) => {
                self.tx.execute(
                    "INSERT OR IGNORE INTO sync_waiting (tbl, pk) VALUES (?1, ?2)",
                    params![table.name, pk],
                )?;
                Ok(false)
            }
            Err(e) => Err(e.into()),
        }
    }

    /// Show a row as its cells say. Two visit purposes of one name, made on two laptops before
    /// either knew of the other, are both kept: the one with the greater id is shown with the
    /// end of its id after its name, on every laptop alike, so that nothing that refers to
    /// either waits.
    fn upsert_apart(
        &self,
        table: &SharedTable,
        pk: &str,
        mut cells: Vec<(String, Value)>,
    ) -> rusqlite::Result<()> {
        if table.name == "decisions" {
            return self.upsert_decision(table, pk, cells);
        }
        let clash = match table.upsert(self.tx, pk, &cells) {
            Err(e) if table.name == "visit_purposes" && is_unique(&e) => e,
            shown => return shown,
        };
        let Some((_, Value::Text(name))) = cells.iter().find(|(c, _)| c == "name").cloned() else {
            return Err(clash);
        };
        let other: Option<String> = self
            .tx
            .query_row(
                "SELECT id FROM visit_purposes WHERE name = ?1 AND key IS NULL AND id <> ?2",
                params![name, pk],
                |r| r.get(0),
            )
            .optional()?;
        let Some(other) = other else {
            return Err(clash);
        };
        let apart = |id: &str| format!("{name} · {}", &id[id.len().saturating_sub(4)..]);
        if pk > other.as_str() {
            for (col, value) in cells.iter_mut() {
                if col == "name" {
                    *value = Value::Text(apart(pk));
                }
            }
        } else {
            self.tx.execute(
                "UPDATE visit_purposes SET name = ?1 WHERE id = ?2",
                params![apart(&other), other],
            )?;
        }
        table.upsert(self.tx, pk, &cells)
    }

    /// Show a decision. Two laptops that each added a decision to one meeting before hearing
    /// of the other's gave both the same number: then the meeting's decisions are numbered
    /// 1, 2, 3… by their recorded numbers, ties by id, alike on every laptop; otherwise each
    /// shows the number recorded for it.
    fn upsert_decision(
        &self,
        table: &SharedTable,
        pk: &str,
        mut cells: Vec<(String, Value)>,
    ) -> rusqlite::Result<()> {
        let meeting = cells
            .iter()
            .find(|(c, _)| c == "meeting_id")
            .and_then(|(_, v)| match v {
                Value::Text(t) => Some(t.clone()),
                _ => None,
            });
        match table.upsert(self.tx, pk, &cells) {
            Err(e) if is_unique(&e) => {
                // Out of the way of every number of the meeting, until they are numbered apart.
                let free: i64 = self.tx.query_row(
                    "SELECT coalesce(max(number), 0) + 1 FROM decisions WHERE meeting_id = ?1",
                    [&meeting],
                    |r| r.get(0),
                )?;
                for (col, value) in cells.iter_mut() {
                    if col == "number" {
                        *value = Value::Integer(free);
                    }
                }
                table.upsert(self.tx, pk, &cells)?;
            }
            shown => shown?,
        }
        match meeting {
            Some(meeting) => self.number_decisions_apart(&meeting),
            None => Ok(()),
        }
    }

    /// Number a meeting's decisions as `upsert_decision` says.
    fn number_decisions_apart(&self, meeting: &str) -> rusqlite::Result<()> {
        /// A decision, the number it has here and the number last recorded for it.
        struct Numbered {
            id: String,
            number: i64,
            recorded: i64,
        }
        crate::store::from_row!(r => Numbered { id, number, recorded });
        let mut decisions: Vec<Numbered> = self
            .tx
            .prepare(
                "SELECT d.id AS id, d.number AS number,
                        coalesce((SELECT c.value FROM sync_changes c
                                   WHERE c.tbl = 'decisions' AND c.pk = d.id AND c.col = 'number'
                                   ORDER BY c.stamp DESC LIMIT 1), d.number) AS recorded
                   FROM decisions d WHERE d.meeting_id = ?1",
            )?
            .query_map([meeting], Numbered::from_row)?
            .collect::<rusqlite::Result<_>>()?;
        decisions.sort_by(|a, b| (a.recorded, &a.id).cmp(&(b.recorded, &b.id)));
        let tied = decisions.windows(2).any(|w| w[0].recorded == w[1].recorded);
        let wanted: Vec<i64> = decisions
            .iter()
            .enumerate()
            .map(|(i, d)| if tied { i as i64 + 1 } else { d.recorded })
            .collect();
        if decisions.iter().zip(&wanted).all(|(d, w)| d.number == *w) {
            return Ok(());
        }
        // Out of the way first, so the unique (meeting, number) never collides midway.
        for (i, d) in decisions.iter().enumerate() {
            self.tx.execute(
                "UPDATE decisions SET number = ?2 WHERE id = ?1",
                params![d.id, 1_000_000_000 + i as i64],
            )?;
        }
        for (d, number) in decisions.iter().zip(wanted) {
            self.tx.execute(
                "UPDATE decisions SET number = ?2 WHERE id = ?1",
                params![d.id, number],
            )?;
        }
        Ok(())
    }

    /// Remove the row `pk` of `table`. What goes with it (a visit's staff, a settlement's youth
    /// movements) waits, kept, in case it comes back.
    fn take_away(&self, tables: &[SharedTable], table: &SharedTable, pk: &str) -> Result<()> {
        for child in tables {
            for key in table.cascading(self.tx, child, pk)? {
                self.tx.execute(
                    "INSERT OR IGNORE INTO sync_waiting (tbl, pk) VALUES (?1, ?2)",
                    params![child.name, key],
                )?;
            }
        }
        table.remove(self.tx, pk)?;
        Ok(())
    }

    /// Take away, to wait, every row that refers to a row not here, until none does; how many
    /// rows wait. What stays is what every laptop holding the same changes shows.
    fn settle(&self, tables: &[SharedTable]) -> Result<usize> {
        loop {
            let dangling = crate::store::rows(
                self.tx,
                "SELECT DISTINCT \"table\", rowid FROM pragma_foreign_key_check",
                [],
                |r| Ok((r.get::<_, String>(0)?, r.get::<_, i64>(1)?)),
            )?;
            if dangling.is_empty() {
                break;
            }
            for (tbl, rowid) in dangling {
                let Some(table) = tables.iter().find(|t| t.name == tbl) else {
                    continue;
                };
                if let Some(pk) = table.key_of(self.tx, rowid)? {
                    self.take_away(tables, table, &pk)?;
                    self.tx.execute(
                        "INSERT OR IGNORE INTO sync_waiting (tbl, pk) VALUES (?1, ?2)",
                        params![table.name, pk],
                    )?;
                }
            }
        }
        Ok(self
            .tx
            .query_row("SELECT count(*) FROM sync_waiting", [], |r| {
                r.get::<_, i64>(0)
            })? as usize)
    }

    /// Show the rows that were waiting, as long as that shows any more; how many still wait.
    fn retry_waiting(&self, tables: &[SharedTable]) -> Result<usize> {
        loop {
            let waiting = crate::store::rows(
                self.tx,
                "SELECT tbl, pk FROM sync_waiting ORDER BY tbl, pk",
                [],
                |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?)),
            )?;
            let mut progress = false;
            for (tbl, pk) in &waiting {
                if let Some(table) = tables.iter().find(|t| &t.name == tbl) {
                    progress |= self.show_row(tables, table, pk)?;
                }
            }
            if !progress {
                return Ok(waiting.len());
            }
        }
    }
}

/// Two rows that may not share a value (a name, a number) do.
fn is_unique(e: &rusqlite::Error) -> bool {
    matches!(e, rusqlite::Error::SqliteFailure(f, _) if f.extended_code == rusqlite::ffi::SQLITE_CONSTRAINT_UNIQUE)
}

/// A row refused by a constraint (a reference to a row not here, a duplicate): it waits.
fn is_constraint(e: &rusqlite::Error) -> bool {
    e.sqlite_error_code() == Some(rusqlite::ErrorCode::ConstraintViolation)
}
