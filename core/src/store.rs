//! The SQLite store: opening, migrations, and the one place that writes.

use std::{
    path::{Path, PathBuf},
    time::Duration,
};

use rusqlite::{Connection, OptionalExtension, Transaction, params};

use crate::{
    collation,
    error::{Error, Result},
    i18n::{Locale, Messages},
    model::Counts,
};

/// `PRAGMA application_id` of every Eshkol database ("ESKL").
pub const APPLICATION_ID: i32 = 0x4553_4b4c;

/// Forward-only migrations. Version N of the schema is the first N entries applied in order.
/// Never edit or reorder a shipped entry: add a new one.
pub(crate) const MIGRATIONS: &[&str] = &[
    include_str!("migrations/0001_directory.sql"),
    include_str!("migrations/0002_forums.sql"),
    include_str!("migrations/0003_visits.sql"),
    include_str!("migrations/0004_search.sql"),
    include_str!("migrations/0005_indexes_at_scale.sql"),
    include_str!("migrations/0006_search_by_kind.sql"),
];

/// SQLite's page cache per connection, in KiB: enough for the home screen's indexes at a
/// district's size to stay in memory. The memory benchmark allows for it.
pub const PAGE_CACHE_KIB: i64 = 16 * 1024;

/// The schema version this build writes.
pub const SCHEMA_VERSION: i64 = MIGRATIONS.len() as i64;

pub struct Store {
    conn: Connection,
    path: Option<PathBuf>,
    messages: Messages,
    /// A file read for import, waiting for the user to confirm its preview.
    pub(crate) pending_import: Option<crate::import::Table>,
}

/// What the UI needs to draw its first screen.
#[derive(Clone, Debug, serde::Serialize)]
pub struct Bootstrap {
    pub locale: Locale,
    pub dir: &'static str,
    /// The database holds nothing and the user has not yet chosen how to begin.
    pub first_run: bool,
    pub counts: Counts,
    pub database_path: Option<String>,
    pub schema_version: i64,
}

pub(crate) fn now() -> String {
    chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Millis, true)
}

impl Store {
    /// Open (creating when missing) the database at `path` and bring its schema up to date.
    /// Before migrating a database that already holds a schema, a copy of it is saved beside it.
    pub fn open(path: &Path) -> Result<Store> {
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir)?;
        }
        crate::backup::check_header(path)?;
        let conn = Connection::open(path)?;
        Self::init(conn, Some(path.to_path_buf()), MIGRATIONS).map_err(|e| match e {
            Error::Database(e) => crate::backup::damaged(e),
            other => other,
        })
    }

    /// A private database in memory, for tests and tools.
    pub fn open_in_memory() -> Result<Store> {
        Self::init(Connection::open_in_memory()?, None, MIGRATIONS)
    }

    pub(crate) fn init(
        mut conn: Connection,
        path: Option<PathBuf>,
        migrations: &[&str],
    ) -> Result<Store> {
        conn.busy_timeout(Duration::from_secs(5))?;
        conn.pragma_update(None, "foreign_keys", true)?;
        collation::register(&conn)?;
        if path.is_some() {
            conn.pragma_update(None, "journal_mode", "WAL")?;
            conn.pragma_update(None, "synchronous", "NORMAL")?;
        }
        conn.pragma_update(None, "cache_size", -PAGE_CACHE_KIB)?;
        migrate(&mut conn, path.as_deref(), migrations)?;
        let locale = read_setting(&conn, "locale")?
            .and_then(|l| l.parse().ok())
            .unwrap_or_default();
        Ok(Store {
            conn,
            path,
            messages: Messages::new(locale),
            pending_import: None,
        })
    }

    /// Replace everything in the database by the contents of `source` (SQLite's backup API,
    /// in one step), then bring it to this build's schema.
    pub(crate) fn replace_with(&mut self, source: &Connection) -> Result<()> {
        rusqlite::backup::Backup::new(source, &mut self.conn)?.run_to_completion(
            1024,
            Duration::ZERO,
            None,
        )?;
        if self.path.is_some() {
            self.conn.pragma_update(None, "journal_mode", "WAL")?;
        }
        migrate(&mut self.conn, self.path.as_deref(), MIGRATIONS)?;
        let locale = read_setting(&self.conn, "locale")?
            .and_then(|l| l.parse().ok())
            .unwrap_or_default();
        self.messages = Messages::new(locale);
        self.pending_import = None;
        Ok(())
    }

    pub fn path(&self) -> Option<&Path> {
        self.path.as_deref()
    }

    /// Messages in the user's chosen language.
    pub fn messages(&self) -> &Messages {
        &self.messages
    }

    pub fn locale(&self) -> Locale {
        self.messages.locale()
    }

    pub fn schema_version(&self) -> Result<i64> {
        Ok(self
            .conn
            .pragma_query_value(None, "user_version", |r| r.get(0))?)
    }

    /// Read-only access for queries and checks; writes go through the methods of `Store`.
    pub fn connection(&self) -> &Connection {
        &self.conn
    }

    pub fn bootstrap(&self) -> Result<Bootstrap> {
        let counts = self.counts()?;
        let chose = read_setting(&self.conn, "first_run_done")?.is_some();
        Ok(Bootstrap {
            locale: self.locale(),
            dir: self.locale().dir(),
            first_run: counts.is_empty() && !chose,
            counts,
            database_path: self.path.as_ref().map(|p| p.display().to_string()),
            schema_version: self.schema_version()?,
        })
    }

    /// Choose the language of the UI and of every message; the choice persists.
    pub fn set_locale(&mut self, code: &str) -> Result<Bootstrap> {
        let locale: Locale = code.parse()?;
        self.write(|w| w.set_setting("locale", locale.code()))?;
        self.messages = Messages::new(locale);
        self.bootstrap()
    }

    /// The user chose to begin with an empty database.
    pub fn start_empty(&mut self) -> Result<Bootstrap> {
        self.write(|w| w.set_setting("first_run_done", &now()))?;
        self.bootstrap()
    }

    pub fn counts(&self) -> Result<Counts> {
        let count = |table: &str| -> Result<u32> {
            let sql = format!("SELECT count(*) FROM {table} WHERE archived_at IS NULL");
            Ok(self.conn.query_row(&sql, [], |r| r.get(0))?)
        };
        Ok(Counts {
            clusters: count("clusters")?,
            settlements: count("settlements")?,
            organizations: count("organizations")?,
            people: count("people")?,
        })
    }

    /// Run `f` in a transaction that is always rolled back: for plans and previews that must
    /// see the data exactly as a write would, and change nothing.
    pub(crate) fn read_only<T>(&mut self, f: impl FnOnce(&Writer<'_>) -> Result<T>) -> Result<T> {
        let tx = self.conn.transaction()?;
        let value = f(&Writer { tx: &tx });
        tx.rollback()?;
        value
    }

    /// Run `f` in one transaction: all of it is written, or none of it.
    pub(crate) fn write<T>(&mut self, f: impl FnOnce(&Writer<'_>) -> Result<T>) -> Result<T> {
        let tx = self.conn.transaction()?;
        let value = f(&Writer { tx: &tx })?;
        tx.commit()?;
        Ok(value)
    }
}

/// Writes inside one transaction. Every write of the app goes through here.
pub(crate) struct Writer<'a> {
    pub(crate) tx: &'a Transaction<'a>,
}

impl Writer<'_> {
    pub(crate) fn set_setting(&self, key: &str, value: &str) -> Result<()> {
        write_setting(self.tx, key, value)
    }
}

fn read_setting(conn: &Connection, key: &str) -> Result<Option<String>> {
    Ok(conn
        .query_row("SELECT value FROM settings WHERE key = ?1", [key], |r| {
            r.get(0)
        })
        .optional()?)
}

fn write_setting(conn: &Connection, key: &str, value: &str) -> Result<()> {
    conn.execute(
        "INSERT INTO settings (key, value) VALUES (?1, ?2) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        params![key, value],
    )?;
    Ok(())
}

/// Bring the schema up to `migrations.len()`, each step in its own transaction with the new
/// version written inside it, so a failed step leaves the previous version whole.
fn migrate(conn: &mut Connection, path: Option<&Path>, migrations: &[&str]) -> Result<()> {
    let application_id: i32 = conn.pragma_query_value(None, "application_id", |r| r.get(0))?;
    let version: i64 = conn.pragma_query_value(None, "user_version", |r| r.get(0))?;
    let target = migrations.len() as i64;
    if application_id != APPLICATION_ID {
        let has_tables: bool =
            conn.query_row("SELECT count(*) > 0 FROM sqlite_schema", [], |r| r.get(0))?;
        if application_id != 0 || has_tables {
            return Err(Error::NotEshkolDatabase(application_id));
        }
    }
    if version > target {
        return Err(Error::SchemaTooNew {
            found: version,
            supported: target,
        });
    }
    if version == target {
        return Ok(());
    }
    if version > 0
        && let Some(path) = path
    {
        copy_before_migration(conn, path, version)?;
    }
    for (index, sql) in migrations.iter().enumerate().skip(version as usize) {
        let tx = conn.transaction()?;
        tx.execute_batch(sql)?;
        tx.pragma_update(None, "user_version", index as i64 + 1)?;
        tx.pragma_update(None, "application_id", APPLICATION_ID)?;
        tx.commit()?;
    }
    Ok(())
}

/// Save a consistent copy of the database (SQLite's online backup) beside it, named for the
/// version it holds, before a migration touches it.
fn copy_before_migration(conn: &Connection, path: &Path, version: i64) -> Result<PathBuf> {
    let stamp = chrono::Utc::now().format("%Y%m%dT%H%M%SZ");
    let name = format!(
        "{}.v{version}-before-migration-{stamp}.sqlite3",
        path.file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_else(|| "eshkol".into())
    );
    let copy = path.with_file_name(name);
    let mut target = Connection::open(&copy)?;
    rusqlite::backup::Backup::new(conn, &mut target)?.run_to_completion(
        256,
        Duration::ZERO,
        None,
    )?;
    Ok(copy)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{OrganizationInput, OrganizationKind};

    #[test]
    fn migrating_an_existing_database_saves_a_copy_first() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("eshkol.sqlite3");
        let v1 = &MIGRATIONS[..1];
        {
            let mut store =
                Store::init(Connection::open(&path).unwrap(), Some(path.clone()), v1).unwrap();
            store
                .add_organization(&OrganizationInput {
                    name: "מחלקה".into(),
                    kind: Some(OrganizationKind::Department),
                    notes: String::new(),
                })
                .unwrap();
        }
        let next = [
            MIGRATIONS[0],
            "CREATE TABLE later (id TEXT PRIMARY KEY) STRICT;",
        ];
        let store =
            Store::init(Connection::open(&path).unwrap(), Some(path.clone()), &next).unwrap();
        assert_eq!(store.schema_version().unwrap(), 2);
        let copies: Vec<_> = std::fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .filter(|n| n.contains("v1-before-migration"))
            .collect();
        assert_eq!(copies.len(), 1, "{copies:?}");
        let copy = Connection::open(dir.path().join(&copies[0])).unwrap();
        let version: i64 = copy
            .pragma_query_value(None, "user_version", |r| r.get(0))
            .unwrap();
        let orgs: i64 = copy
            .query_row("SELECT count(*) FROM organizations", [], |r| r.get(0))
            .unwrap();
        assert_eq!((version, orgs), (1, 1));
    }

    #[test]
    fn a_failed_migration_leaves_the_previous_version_whole() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("eshkol.sqlite3");
        drop(
            Store::init(
                Connection::open(&path).unwrap(),
                Some(path.clone()),
                &MIGRATIONS[..1],
            )
            .unwrap(),
        );
        let broken = [
            MIGRATIONS[0],
            "CREATE TABLE half (id TEXT) STRICT; THIS IS NOT SQL;",
        ];
        assert!(
            Store::init(
                Connection::open(&path).unwrap(),
                Some(path.clone()),
                &broken
            )
            .is_err()
        );
        let conn = Connection::open(&path).unwrap();
        let version: i64 = conn
            .pragma_query_value(None, "user_version", |r| r.get(0))
            .unwrap();
        let half: i64 = conn
            .query_row(
                "SELECT count(*) FROM sqlite_schema WHERE name = 'half'",
                [],
                |r| r.get(0),
            )
            .unwrap();
        assert_eq!((version, half), (1, 0));
    }
}
