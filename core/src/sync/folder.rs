//! The shared folder: the department's files, in a folder that a tool the department already
//! trusts copies between laptops (Syncthing, OneDrive, a network share, a USB stick).
//!
//! ```text
//! <folder>/eshkol-<department id>/<laptop id>/00000001.eshkol, 00000002.eshkol, ...
//! ```
//!
//! A laptop writes only inside its own subfolder, files that are never changed again, named
//! by their number, so no two laptops ever write the same name. Each is written under a
//! temporary name the sync engines ignore, synced to disk, then renamed. What a laptop sends
//! is what it changed since its last file, each cell once with its latest value: minutes
//! saved as they are typed become one change, not one per keystroke. It reads the other
//! laptops' subfolders; a file it cannot take in whole is never half-applied, and is reported.

use std::{
    collections::{HashMap, HashSet},
    fs,
    io::Write,
    path::{Path, PathBuf},
};

use rusqlite::{OptionalExtension, params};
use serde::{Deserialize, Serialize};

use super::{
    Change,
    file::{self, Batch, Header, MAX_FILE_BYTES, Refusal, WireChange},
    tables::SharedTable,
};
use crate::{
    store::files::SavedFile,
    error::{Error, Result},
    model::new_id,
    store::{Store, now},
};

/// Files read are taken in together, up to about this many changes at a time (some tens of
/// megabytes in memory): a laptop joining a department takes in its first share in a few
/// transactions, and rows that arrive before their parents are retried a few times, not after
/// every file.
pub(super) const CHANGES_PER_APPLY: usize = 200_000;

/// Files read and not yet taken in: their changes, and each file's laptop, number, size and
/// the name its laptop shares under.
#[derive(Default)]
struct Pending {
    changes: Vec<Change>,
    files: Vec<(String, u64, Option<i64>, String)>,
}

/// The join file's extension, as the dialogs filter it.
pub const JOIN_EXTENSION: &str = "eshkol-join";
/// A join file is a few hundred bytes; anything much larger is not one, and is not read.
pub const MAX_JOIN_FILE_BYTES: u64 = 64 * 1024;

/// The most changes one file holds: about 5 MB, far under `MAX_FILE_BYTES`.
pub(super) const CHANGES_PER_FILE: usize = 20_000;

/// What another laptop needs to join the department: its id and key. Handed over by the
/// manager (a USB stick, in person), never put in the shared folder, which the cloud can read.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct JoinFile {
    pub department_id: String,
    /// The key, in hexadecimal.
    pub key: String,
}

impl JoinFile {
    pub fn to_bytes(&self) -> Vec<u8> {
        serde_json::to_vec_pretty(self).unwrap_or_default()
    }

    /// Read the join file at `path`: a file too large to be one is not read whole.
    pub fn read(path: &Path) -> Result<JoinFile> {
        if fs::metadata(path)?.len() > MAX_JOIN_FILE_BYTES {
            return Err(Error::NotAJoinFile);
        }
        JoinFile::parse(&fs::read(path)?)
    }

    pub fn parse(bytes: &[u8]) -> Result<JoinFile> {
        let join: JoinFile = serde_json::from_slice(bytes).map_err(|_| Error::NotAJoinFile)?;
        uuid::Uuid::parse_str(&join.department_id).map_err(|_| Error::NotAJoinFile)?;
        match hex(&join.key) {
            Some(key) if key.len() == 32 => Ok(join),
            _ => Err(Error::NotAJoinFile),
        }
    }
}

/// This laptop in its department.
pub(super) struct Sharing {
    pub laptop: String,
    pub name: String,
    pub department: uuid::Uuid,
    pub key: Vec<u8>,
    pub sent_seq: u64,
    pub sent_until: Option<String>,
}

/// What reading the shared folder did.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Received {
    /// Files taken in now.
    pub files: usize,
    /// Changes in them that were new here.
    pub changes: usize,
    /// Files waiting (from a later Eshkol), and files skipped, with why: laptop, number, code.
    pub waiting: Vec<(String, u64, &'static str)>,
    pub skipped: Vec<(String, u64, &'static str)>,
    /// The laptop whose snapshot this one started from, by name, when it started from one.
    pub snapshot: Option<String>,
}

/// This laptop's row, once it shares.
struct Laptop {
    id: String,
    name: String,
    department_id: String,
    department_key: Vec<u8>,
    sent_seq: i64,
    sent_until: Option<String>,
}
crate::store::from_row!(r => Laptop { id, name, department_id, department_key, sent_seq, sent_until });

impl Store {
    /// Make this laptop the first of a new department, sharing what it holds. The file the
    /// other laptops join with.
    pub fn create_department(&mut self, laptop_name: &str) -> Result<JoinFile> {
        let join = JoinFile {
            department_id: new_id(),
            key: to_hex(&file::new_key()),
        };
        self.enter_department(&join, laptop_name)?;
        Ok(join)
    }

    /// Join the department of `join`. A laptop that already holds records is refused
    /// (`HasRecords`) unless `merge`: then its records join the department's.
    pub fn join_department(
        &mut self,
        join: &JoinFile,
        laptop_name: &str,
        merge: bool,
    ) -> Result<()> {
        self.check_join(laptop_name, merge)?;
        self.enter_department(join, laptop_name)
    }

    fn enter_department(&mut self, join: &JoinFile, laptop_name: &str) -> Result<()> {
        let join = JoinFile::parse(&join.to_bytes())?;
        let name = Store::check_laptop_name(laptop_name)?;
        self.start_sharing(&name)?;
        self.write(|w| {
            // A new department (a new key after a laptop was lost) has a folder of its own,
            // whose files are numbered afresh: what was read from the old one says nothing
            // about it.
            let changed = w.tx.execute(
                "UPDATE sync_laptop SET department_id = ?1, department_key = ?2, shared_since = ?3,
                        sent_seq = 0, sent_until = NULL
                  WHERE department_id IS NOT ?1",
                params![join.department_id, hex(&join.key), now()],
            )?;
            if changed > 0 {
                w.tx.execute("DELETE FROM sync_files", [])?;
                w.tx.execute("DELETE FROM sync_peers", [])?;
            }
            Ok(())
        })
    }

    /// Make this laptop the first of a new department, sharing through `folder` (chosen in
    /// Settings), and send what it holds there at once. The file the other laptops join with.
    pub fn create_department_in(&mut self, folder: &Path, laptop_name: &str) -> Result<JoinFile> {
        usable_folder(folder)?;
        let join = self.create_department(laptop_name)?;
        self.set_shared_folder(folder)?;
        self.send_changes(folder)?;
        Ok(join)
    }

    /// Join the department of `join` through `folder`: take in everything its laptops have
    /// written there, then send what this laptop brought (its records, when it merged).
    pub fn join_department_in(
        &mut self,
        folder: &Path,
        join: &JoinFile,
        laptop_name: &str,
        merge: bool,
    ) -> Result<Received> {
        usable_folder(folder)?;
        self.join_department(join, laptop_name, merge)?;
        self.set_shared_folder(folder)?;
        let received = self.receive_changes(folder)?;
        self.send_changes(folder)?;
        Ok(received)
    }

    /// Share through `folder` from now on.
    pub fn set_shared_folder(&mut self, folder: &Path) -> Result<()> {
        usable_folder(folder)?;
        self.write(|w| {
            let changed = w.tx.execute(
                "UPDATE sync_laptop SET folder = ?1 WHERE department_id IS NOT NULL",
                [folder.display().to_string()],
            )?;
            if changed == 0 {
                return Err(Error::NotSharing);
            }
            Ok(())
        })
    }

    /// The folder this laptop shares through, as chosen in Settings.
    pub fn shared_folder(&self) -> Result<PathBuf> {
        let folder: Option<String> = self
            .connection()
            .query_row(
                "SELECT folder FROM sync_laptop WHERE department_id IS NOT NULL",
                [],
                |r| r.get(0),
            )
            .optional()?
            .ok_or(Error::NotSharing)?;
        folder.map(PathBuf::from).ok_or(Error::NotSharing)
    }

    /// Send what changed here and take in what the others sent, through the folder chosen in
    /// Settings; write a snapshot when one is due. Run every few seconds while Eshkol is open,
    /// and on "sync now".
    pub fn sync_now(&mut self) -> Result<Received> {
        let folder = self.shared_folder()?;
        let sent = self.send_changes(&folder)?;
        let received = self.receive_changes(&folder)?;
        // A snapshot is due only after a change, so a quiet round (most of them) does not list
        // the folder again to ask.
        let changed = sent.is_some() || received.changes > 0;
        if changed && self.snapshot_due(&folder, crate::store::now_millis())? {
            self.write_snapshot(&folder)?;
        }
        Ok(received)
    }

    /// The join file as the save dialog offers it, under a name that says what it is.
    pub fn join_saved_file(&self) -> Result<SavedFile> {
        let m = self.messages();
        Ok(SavedFile::new(
            self.join_file()?.to_bytes(),
            m.get("sync-join-file-name"),
            JOIN_EXTENSION,
            m.get("dialog-sync-join-save-title"),
        ))
    }

    /// A laptop's name as it will be shared, checked before any dialog opens.
    pub fn check_laptop_name(name: &str) -> Result<String> {
        crate::model::required(crate::Field::Name, name)
    }

    /// Whether this laptop may join under `laptop_name`: a laptop that holds records of its
    /// own joins only when told to `merge` them. Checked before any dialog opens, and again
    /// when it joins.
    pub fn check_join(&self, laptop_name: &str, merge: bool) -> Result<()> {
        Store::check_laptop_name(laptop_name)?;
        if !merge && !self.counts()?.is_empty() {
            return Err(Error::HasRecords);
        }
        Ok(())
    }

    /// The join file again, to hand to one more laptop.
    pub fn join_file(&self) -> Result<JoinFile> {
        let me = self.sharing()?;
        Ok(JoinFile {
            department_id: me.department.to_string(),
            key: to_hex(&me.key),
        })
    }

    pub(super) fn sharing(&self) -> Result<Sharing> {
        let row = self
            .connection()
            .query_row(
                "SELECT id, name, department_id, department_key, sent_seq, sent_until FROM sync_laptop
                  WHERE department_id IS NOT NULL",
                [],
                Laptop::from_row,
            )
            .optional()?
            .ok_or(Error::NotSharing)?;
        let Laptop { id: laptop, name, department_id: department, department_key: key, sent_seq, sent_until } = row;
        Ok(Sharing {
            laptop,
            name,
            department: uuid::Uuid::parse_str(&department).map_err(|_| Error::NotSharing)?,
            key,
            sent_seq: sent_seq.max(0) as u64,
            sent_until,
        })
    }

    /// Write what this laptop changed since its last file into its subfolder of `folder`, as one
    /// new file (several for a large first share); where the last went, or `None` when there
    /// was nothing to send.
    pub fn send_changes(&mut self, folder: &Path) -> Result<Option<PathBuf>> {
        let me = self.sharing()?;
        usable_folder(folder)?;
        let mine = own_changes(self, &me)?;
        let Some(last) = mine.last().map(|c| c.stamp.clone()) else {
            return Ok(None);
        };
        // A value this laptop itself replaced before sending it is sent nowhere: the change
        // that replaced it now replaces what it replaced. Minutes saved as they are typed leave
        // as one change; a choice that ends a conflict (one change for each value it replaces)
        // leaves whole.
        type Cell = (String, String, String);
        let cell = |c: &Change| (c.tbl.clone(), c.pk.clone(), c.col.clone());
        // Which of these changes another of them replaced, and what that one replaced.
        let replaced: HashSet<(Cell, String)> = mine
            .iter()
            .filter_map(|y| y.base.clone().map(|b| (cell(y), b)))
            .collect();
        let bases: HashMap<(Cell, String), Option<String>> = mine
            .iter()
            .map(|x| ((cell(x), x.stamp.clone()), x.base.clone()))
            .collect();
        let (dropped, mut latest): (Vec<Change>, Vec<Change>) = mine
            .into_iter()
            .partition(|x| replaced.contains(&(cell(x), x.stamp.clone())));
        for kept in &mut latest {
            let here = cell(kept);
            while let Some(base) = kept.base.clone()
                && replaced.contains(&(here.clone(), base.clone()))
                && let Some(earlier) = bases.get(&(here.clone(), base))
            {
                kept.base = earlier.clone();
            }
        }
        let dir = laptop_dir(folder, &me.department, &me.laptop);
        fs::create_dir_all(&dir)?;
        // A large first share is cut into files of at most `CHANGES_PER_FILE` changes, each
        // well under the size a reader accepts, a row's parents in the files before it.
        SharedTable::parents_first(&SharedTable::all(self.connection())?, &mut latest);
        let first = next_free_seq(&dir, me.sent_seq);
        let laptop = uuid::Uuid::parse_str(&me.laptop).map_err(|_| Error::NotSharing)?;
        let mut seq = first - 1;
        let mut path = dir.clone();
        for part in latest.chunks(CHANGES_PER_FILE) {
            seq += 1;
            let header = Header {
                format: file::FORMAT,
                schema: file::SHARED_SCHEMA,
                department: me.department,
                laptop,
                seq,
            };
            let batch = Batch {
                laptop_name: me.name.clone(),
                changes: part.iter().map(WireChange::from).collect(),
            };
            path = dir.join(file_name(seq));
            write_whole(&dir, &path, &file::seal(&header, &batch, &me.key)?)?;
        }
        // The intermediate values sent nowhere are dropped here too, so every laptop keeps the
        // same record of changes.
        self.write(|w| {
            for d in &dropped {
                w.tx.execute(
                    "DELETE FROM sync_changes WHERE tbl = ?1 AND pk = ?2 AND col = ?3 AND stamp = ?4",
                    params![d.tbl, d.pk, d.col, d.stamp],
                )?;
            }
            for c in latest.iter().filter(|c| bases.get(&(cell(c), c.stamp.clone())) != Some(&c.base)) {
                w.tx.execute(
                    "UPDATE sync_changes SET base = ?5 WHERE tbl = ?1 AND pk = ?2 AND col = ?3 AND stamp = ?4",
                    params![c.tbl, c.pk, c.col, c.stamp, c.base],
                )?;
            }
            w.tx.execute(
                "UPDATE sync_laptop SET sent_seq = ?1, sent_until = ?2",
                params![seq as i64, last],
            )?;
            Ok(())
        })?;
        Ok(Some(path))
    }

    /// Take in the other laptops' new files from `folder`.
    pub fn receive_changes(&mut self, folder: &Path) -> Result<Received> {
        let me = self.sharing()?;
        let department_dir = folder.join(format!("eshkol-{}", me.department));
        let mut received = Received::default();
        let mut pending = Pending::default();
        usable_folder(folder)?;
        self.write(|w| {
            w.tx.execute("UPDATE sync_laptop SET checked_at = ?1", [now()])?;
            Ok(())
        })?;
        if self.starts_afresh()? {
            self.take_newest_snapshot(folder, &me, &mut received)?;
        }
        for laptop in super::snapshot::laptop_dirs(&department_dir, &me.laptop) {
            let dir = department_dir.join(&laptop);
            let Ok(entries) = fs::read_dir(&dir) else {
                continue;
            };
            let mut files: Vec<u64> = entries
                .filter_map(|e| e.ok())
                .filter_map(|e| e.file_name().into_string().ok())
                .filter_map(|name| seq_of(&name))
                .collect();
            files.sort_unstable();
            // What became of this laptop's files before, read once: thousands of files cost
            // one query, not one each.
            let done: HashMap<u64, String> = crate::store::rows(
                self.connection(),
                "SELECT seq, status FROM sync_files WHERE laptop = ?1",
                [&laptop],
                |r| Ok((r.get::<_, i64>(0)? as u64, r.get(1)?)),
            )?
            .into_iter()
            .collect();
            let covered: Vec<(u64, u64)> = crate::store::rows(
                self.connection(),
                "SELECT first, last FROM sync_covered WHERE laptop = ?1",
                [&laptop],
                |r| Ok((r.get::<_, i64>(0)? as u64, r.get::<_, i64>(1)? as u64)),
            )?;
            for seq in files {
                let status = done.get(&seq).map(String::as_str);
                if covered
                    .iter()
                    .any(|(first, last)| (*first..=*last).contains(&seq))
                {
                    // Its laptop has replaced it with a snapshot taken in here: a file that
                    // never read is no longer waited for.
                    if status == Some("skipped") {
                        self.forget_file(&laptop, seq)?;
                    }
                    continue;
                }
                if status == Some("applied") {
                    continue;
                }
                // A file that did not read is read again at every pass, whatever its size and
                // time say: a copy engine sets a file's full size before its bytes are
                // written, and a cloud drive's placeholder shows its size before its content
                // is downloaded, so a file skipped once may read whole later with nothing
                // about it changed but its bytes.
                let path = dir.join(file_name(seq));
                let size = fs::metadata(&path).map(|m| m.len() as i64).ok();
                let outcome = read_file(&path, &me).and_then(|(header, batch)| {
                    if header.laptop.to_string() != laptop || header.seq != seq {
                        Err(Refusal::Damaged)
                    } else {
                        Ok(batch)
                    }
                });
                match outcome {
                    Ok(batch) => {
                        pending
                            .changes
                            .extend(batch.changes.into_iter().map(Change::from));
                        pending
                            .files
                            .push((laptop.clone(), seq, size, batch.laptop_name));
                        if pending.changes.len() >= CHANGES_PER_APPLY {
                            self.apply_pending(&mut pending, &mut received)?;
                        }
                    }
                    // A later Eshkol's file, or one another program holds for now: it waits,
                    // and is read again at every pass.
                    Err(refusal @ (Refusal::Newer | Refusal::Held)) => {
                        received.waiting.push((laptop.clone(), seq, refusal.code()));
                        self.note_file(&laptop, seq, ("waiting", Some(refusal.code()), size), None)?;
                    }
                    // Still not readable: it was reported, and is listed, already.
                    Err(_) if status == Some("skipped") => {}
                    Err(refusal) => {
                        received.skipped.push((laptop.clone(), seq, refusal.code()));
                        self.note_file(
                            &laptop,
                            seq,
                            ("skipped", Some(refusal.code()), size),
                            None,
                        )?;
                    }
                }
            }
        }
        self.apply_pending(&mut pending, &mut received)?;
        Ok(received)
    }

    /// Take in the changes of the files read so far, in one transaction, and note the files
    /// as taken in.
    fn apply_pending(&mut self, pending: &mut Pending, received: &mut Received) -> Result<()> {
        if pending.files.is_empty() {
            return Ok(());
        }
        let applied = self.apply_changes(&pending.changes)?;
        received.changes += applied.new;
        for (laptop, seq, size, name) in std::mem::take(&mut pending.files) {
            received.files += 1;
            self.note_file(&laptop, seq, ("applied", None, size), Some(&name))?;
        }
        pending.changes.clear();
        Ok(())
    }

    /// Drop what was kept of a file that is no longer waited for.
    fn forget_file(&mut self, laptop: &str, seq: u64) -> Result<()> {
        self.write(|w| {
            w.tx.execute(
                "DELETE FROM sync_files WHERE laptop = ?1 AND seq = ?2",
                params![laptop, seq as i64],
            )?;
            Ok(())
        })
    }

    /// Keep what became of a file, and when its laptop was last heard from.
    fn note_file(
        &mut self,
        laptop: &str,
        seq: u64,
        (status, reason, size): (&str, Option<&str>, Option<i64>),
        name: Option<&str>,
    ) -> Result<()> {
        self.write(|w| {
            w.tx.execute(
                "INSERT INTO sync_files (laptop, seq, status, reason, seen, size) VALUES (?1, ?2, ?3, ?4, ?5, ?6)
                 ON CONFLICT (laptop, seq) DO UPDATE SET status = excluded.status, reason = excluded.reason,
                                                        seen = excluded.seen, size = excluded.size",
                params![laptop, seq as i64, status, reason, now(), size],
            )?;
            // The name another laptop shares under is shown here: only as a name may be.
            if let Some(name) = name.map(|n| crate::model::acceptable_text(crate::Field::Name, n)) {
                w.tx.execute(
                    "INSERT INTO sync_peers (id, name, last_seq, last_seen) VALUES (?1, ?2, ?3, ?4)
                     ON CONFLICT (id) DO UPDATE SET name = excluded.name,
                         last_seq = max(last_seq, excluded.last_seq), last_seen = excluded.last_seen",
                    params![laptop, name, seq as i64, now()],
                )?;
            }
            Ok(())
        })
    }
}

/// This laptop's changes not yet sent, oldest first.
fn own_changes(store: &Store, me: &Sharing) -> Result<Vec<Change>> {
    Ok(store
        .changes_since(me.sent_until.as_deref())?
        .into_iter()
        .filter(|c| c.stamp.ends_with(&format!("-{}", me.laptop)))
        .collect())
}

/// A folder that exists: a shared folder not there (a USB stick not plugged in, a cloud folder
/// not mounted) is said so, never created in its place.
pub(super) fn usable_folder(folder: &Path) -> Result<()> {
    if folder.is_dir() {
        Ok(())
    } else {
        Err(Error::SharedFolderMissing)
    }
}

pub(super) fn laptop_dir(folder: &Path, department: &uuid::Uuid, laptop: &str) -> PathBuf {
    folder.join(format!("eshkol-{department}")).join(laptop)
}

fn file_name(seq: u64) -> String {
    format!("{seq:08}.eshkol")
}

/// The number of a file named as `file_name` names them; other files (temporary ones, an
/// engine's own) are not changes.
fn seq_of(name: &str) -> Option<u64> {
    let digits = name.strip_suffix(".eshkol")?;
    (digits.len() >= 8 && digits.bytes().all(|b| b.is_ascii_digit()))
        .then(|| digits.parse().ok())
        .flatten()
}

/// The number of this laptop's next file: the one after `sent`, or after a file written before
/// a crash whose number the database never recorded, which is not written over. Only the few
/// names after `sent` are looked at, not a folder of years of files.
fn next_free_seq(dir: &Path, sent: u64) -> u64 {
    let mut seq = sent + 1;
    while dir.join(file_name(seq)).exists() {
        seq += 1;
    }
    seq
}

/// Write `bytes` to `path` whole: under a name the sync engines ignore, synced to disk, then
/// renamed, so no engine ever copies half a file.
pub(super) fn write_whole(dir: &Path, path: &Path, bytes: &[u8]) -> Result<()> {
    let name = path
        .file_name()
        .and_then(|n| n.to_str())
        .unwrap_or("changes");
    let temp = dir.join(format!(".syncthing.{name}.tmp"));
    {
        let mut out = fs::File::create(&temp)?;
        out.write_all(bytes)?;
        out.sync_all()?;
    }
    fs::rename(&temp, path).inspect_err(|_| {
        let _ = fs::remove_file(&temp);
    })?;
    if let Ok(dir) = fs::File::open(dir) {
        let _ = dir.sync_all();
    }
    Ok(())
}

/// A file of another laptop, checked whole before anything in it is used.
fn read_file(path: &Path, me: &Sharing) -> std::result::Result<(Header, Batch), Refusal> {
    let size = fs::metadata(path).map_err(|_| Refusal::Held)?.len();
    if size > MAX_FILE_BYTES {
        return Err(Refusal::TooLarge);
    }
    let bytes = fs::read(path).map_err(|_| Refusal::Held)?;
    file::open(&bytes, me.department, &me.key, file::SHARED_SCHEMA)
}

fn to_hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

fn hex(text: &str) -> Option<Vec<u8>> {
    if text.len() % 2 != 0 {
        return None;
    }
    (0..text.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(text.get(i..i + 2)?, 16).ok())
        .collect()
}
