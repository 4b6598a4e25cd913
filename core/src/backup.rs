//! Backups and restore, and telling a damaged database file from a healthy one.
//!
//! Every copy is made with SQLite's online backup API, so it is consistent even while the app
//! writes, and is written beside its target and renamed into place, so a copy is whole or
//! absent. A copy is an ordinary SQLite file: it opens in the `sqlite3` command-line tool.
//!
//! - The daily backup: at start-up, at most once a day, into `backups/` beside the database,
//!   keeping the latest `DAILY_BACKUPS_KEPT`.
//! - A backup to a file the user picks, and a restore from one. A restore first checks the file
//!   (integrity, application id, a schema no newer than this build), then saves a copy of the
//!   current database, then copies the backup in and migrates it forward.
//! - A database that is damaged or truncated is refused at start-up with `Error::Damaged`; the
//!   user is offered the latest good backup (`latest_backup`, `restore_damaged`).

use std::{
    path::{Path, PathBuf},
    time::Duration,
};

use chrono::NaiveDate;
use rusqlite::{Connection, OpenFlags};
use serde::Serialize;

use crate::{
    Store,
    error::{Error, Result},
    model::iso_date,
    store::{APPLICATION_ID, SCHEMA_VERSION, check_header, damaged},
};

/// How many daily backups are kept; older ones are removed.
pub const DAILY_BACKUPS_KEPT: usize = 7;
/// The folder, beside the database, that holds the backups.
pub const BACKUP_DIR: &str = "backups";
const DAILY_PREFIX: &str = "eshkol-";
const EXTENSION: &str = ".sqlite3";

/// A backup file that passed the checks.
#[derive(Clone, Debug, Serialize)]
pub struct BackupInfo {
    pub path: String,
    /// The day of a daily backup, from its name.
    pub date: Option<NaiveDate>,
    pub schema_version: i64,
    pub bytes: u64,
}

/// Where the automatic backups go and the latest of them, for the settings screen.
#[derive(Clone, Debug, Serialize)]
pub struct BackupStatus {
    pub folder: String,
    pub kept: usize,
    pub latest: Option<BackupInfo>,
}

pub fn status(database: &Path) -> BackupStatus {
    BackupStatus {
        folder: backup_dir(database).display().to_string(),
        kept: DAILY_BACKUPS_KEPT,
        latest: latest_backup(database),
    }
}

/// Why the database could not be opened, and the backup that could replace it.
#[derive(Clone, Debug, Serialize)]
pub struct StartupProblem {
    pub code: &'static str,
    pub message: String,
    pub database_path: String,
    pub latest_backup: Option<BackupInfo>,
}

impl StartupProblem {
    /// What the start-up screen shows for `error`, met opening `database`: in the default
    /// language, since the user's choice is inside the file that did not open.
    pub fn new(error: &Error, database: &Path) -> StartupProblem {
        StartupProblem {
            code: error.code(),
            message: error.localize(&crate::Messages::new(Default::default())),
            database_path: database.display().to_string(),
            latest_backup: latest_backup(database),
        }
    }
}

/// The name the save dialog offers for a backup made `today`, in the user's language.
pub fn suggested_file_name(messages: &crate::Messages, today: NaiveDate) -> String {
    format!(
        "{}-{}{EXTENSION}",
        messages.get("backup-file-name"),
        today.format("%Y-%m-%d")
    )
}

/// The folder that holds `database`'s backups.
pub fn backup_dir(database: &Path) -> PathBuf {
    database
        .parent()
        .map(Path::to_path_buf)
        .unwrap_or_default()
        .join(BACKUP_DIR)
}

/// Copy the database behind `source` into `target` with the online backup API, through a
/// temporary file beside it, so that `target` is either the whole copy or untouched.
pub fn copy_database(source: &Connection, target: &Path) -> Result<()> {
    if let Some(dir) = target.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir)?;
    }
    let partial = target.with_extension("partial");
    let _ = std::fs::remove_file(&partial);
    let copied = (|| -> Result<()> {
        let mut to = Connection::open(&partial)?;
        rusqlite::backup::Backup::new(source, &mut to)?.run_to_completion(
            1024,
            Duration::ZERO,
            None,
        )?;
        // A copy is one self-contained file: no WAL beside it.
        to.pragma_update(None, "journal_mode", "DELETE")?;
        Ok(())
    })();
    if let Err(e) = copied {
        let _ = std::fs::remove_file(&partial);
        return Err(e);
    }
    std::fs::rename(&partial, target)?;
    Ok(())
}

/// The daily backup of the database at `database`: made when none exists for `today`, with
/// the oldest beyond `DAILY_BACKUPS_KEPT` removed. Opens its own connection, so it can run
/// beside the app's. Returns the new backup's path, or `None` when today's already exists.
pub fn daily_backup(database: &Path, today: NaiveDate) -> Result<Option<PathBuf>> {
    let dir = backup_dir(database);
    let target = dir.join(format!("{DAILY_PREFIX}{}{EXTENSION}", today.format("%Y-%m-%d")));
    if target.exists() {
        return Ok(None);
    }
    let source = Connection::open_with_flags(database, OpenFlags::SQLITE_OPEN_READ_ONLY)?;
    source.busy_timeout(Duration::from_secs(5))?;
    // Never rotate good backups out for a copy of a damaged file.
    integrity(&source)?;
    copy_database(&source, &target)?;
    let mut daily = daily_backups(&dir);
    while daily.len() > DAILY_BACKUPS_KEPT {
        let (_, oldest) = daily.remove(0);
        let _ = std::fs::remove_file(oldest);
    }
    Ok(Some(target))
}

/// The daily backups in `dir`, oldest first.
fn daily_backups(dir: &Path) -> Vec<(NaiveDate, PathBuf)> {
    let mut found: Vec<(NaiveDate, PathBuf)> = std::fs::read_dir(dir)
        .into_iter()
        .flatten()
        .filter_map(|e| e.ok())
        .filter_map(|e| {
            let name = e.file_name().to_string_lossy().into_owned();
            let day = name.strip_prefix(DAILY_PREFIX)?.strip_suffix(EXTENSION)?;
            let date = iso_date(day)?;
            Some((date, e.path()))
        })
        .collect();
    found.sort();
    found
}

/// The newest daily backup of `database` that passes `check_backup`.
pub fn latest_backup(database: &Path) -> Option<BackupInfo> {
    daily_backups(&backup_dir(database))
        .into_iter()
        .rev()
        .find_map(|(_, path)| check_backup(&path).ok())
}

/// `PRAGMA integrity_check` says ok, or the file is damaged.
fn integrity(conn: &Connection) -> Result<()> {
    let verdict: String = conn
        .query_row("PRAGMA integrity_check(1)", [], |r| r.get(0))
        .map_err(damaged)?;
    if verdict == "ok" {
        Ok(())
    } else {
        Err(Error::Damaged(verdict))
    }
}

/// Check a file offered as a backup without changing it: a whole SQLite file, Eshkol's, with
/// a schema this build can read.
pub fn check_backup(path: &Path) -> Result<BackupInfo> {
    let bytes = std::fs::metadata(path)?.len();
    check_header(path)?;
    let conn = Connection::open_with_flags(
        path,
        OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )?;
    // What the header says is checked first: another program's database, or a newer one, is
    // refused at once, before the integrity check reads every page of it.
    let application_id: i32 = conn
        .pragma_query_value(None, "application_id", |r| r.get(0))
        .map_err(damaged)?;
    if application_id != APPLICATION_ID {
        return Err(Error::NotEshkolDatabase(application_id));
    }
    let schema_version: i64 = conn
        .pragma_query_value(None, "user_version", |r| r.get(0))
        .map_err(damaged)?;
    if schema_version > SCHEMA_VERSION {
        return Err(Error::SchemaTooNew {
            found: schema_version,
            supported: SCHEMA_VERSION,
        });
    }
    integrity(&conn)?;
    let date = path
        .file_name()
        .and_then(|n| n.to_str())
        .and_then(|n| n.strip_prefix(DAILY_PREFIX)?.strip_suffix(EXTENSION))
        .and_then(iso_date);
    Ok(BackupInfo {
        path: path.display().to_string(),
        date,
        schema_version,
        bytes,
    })
}

/// Save a copy of a file that is about to be replaced, with its WAL, beside it.
fn set_aside(database: &Path, label: &str) -> Result<Option<PathBuf>> {
    if !database.exists() {
        return Ok(None);
    }
    let stamp = chrono::Utc::now().format("%Y%m%dT%H%M%SZ");
    let name = database
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "eshkol.sqlite3".into());
    let aside = backup_dir(database).join(format!("{name}.{label}-{stamp}"));
    std::fs::create_dir_all(backup_dir(database))?;
    std::fs::rename(database, &aside)?;
    for suffix in ["-wal", "-shm"] {
        let mut from = database.as_os_str().to_owned();
        from.push(suffix);
        let mut to = aside.as_os_str().to_owned();
        to.push(suffix);
        if Path::new(&from).exists() {
            std::fs::rename(&from, &to)?;
        }
    }
    Ok(Some(aside))
}

/// Replace a database that cannot be opened by a checked backup, keeping the damaged file
/// in `backups/` (renamed, never deleted), and open the result.
pub fn restore_damaged(database: &Path, backup: &Path) -> Result<Store> {
    check_backup(backup)?;
    let source = Connection::open_with_flags(backup, OpenFlags::SQLITE_OPEN_READ_ONLY)?;
    let incoming = database.with_extension("restoring");
    copy_database(&source, &incoming)?;
    set_aside(database, "damaged")?;
    std::fs::rename(&incoming, database)?;
    Store::open(database)
}

/// Restore `backup` over the database at `database`, whatever state it is in: through the open
/// store (which saves a copy of what it held first), or, when the file could not be opened, in
/// place of it (set aside in `backups/`), and `current` then holds the opened store. Where
/// what was there is kept: the copy, or the backups folder.
pub fn restore(current: &mut Result<Store>, database: &Path, backup: &Path) -> Result<PathBuf> {
    match current {
        Ok(store) => Ok(store.restore_from(backup)?.unwrap_or_default()),
        Err(_) => {
            *current = Ok(restore_damaged(database, backup)?);
            Ok(backup_dir(database))
        }
    }
}

/// `restore` from the latest daily backup beside `database`; `Error::NotFound` when there is none.
pub fn restore_latest(current: &mut Result<Store>, database: &Path) -> Result<PathBuf> {
    let latest = latest_backup(database).ok_or(Error::NotFound)?;
    restore(current, database, Path::new(&latest.path))
}

impl Store {
    /// Save a consistent copy of the database to `target`.
    pub fn backup_to(&self, target: &Path) -> Result<()> {
        if self.path().is_some_and(|p| p == target) {
            return Err(Error::Invalid {
                field: crate::Field::Path,
                value: target.display().to_string(),
            });
        }
        copy_database(self.connection(), target)
    }

    /// Replace the whole database by the backup at `source`, after checking it and saving a
    /// copy of what is there now (returned). The backup is migrated to this build's schema.
    pub fn restore_from(&mut self, source: &Path) -> Result<Option<PathBuf>> {
        check_backup(source)?;
        let before = match self.path() {
            Some(path) => {
                let stamp = chrono::Utc::now().format("%Y%m%dT%H%M%SZ");
                let copy = backup_dir(path).join(format!("before-restore-{stamp}{EXTENSION}"));
                copy_database(self.connection(), &copy)?;
                Some(copy)
            }
            None => None,
        };
        let from = Connection::open_with_flags(source, OpenFlags::SQLITE_OPEN_READ_ONLY)?;
        self.replace_with(&from)?;
        Ok(before)
    }
}
