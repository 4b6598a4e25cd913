//! The SQLite store: opening a file (`health` checks it is whole first, `migrate` brings its
//! schema up to date), the connection every query reads through, and `Store::write`, the one
//! place that writes. A store holds its connection, where it is, and the messages of the
//! user's language; nothing else.

use std::{
    path::{Path, PathBuf},
    time::Duration,
};

use rusqlite::{Connection, OptionalExtension, Transaction, params};

use migrate::migrate;

mod changes;
pub mod clock;
pub mod collation;
pub mod files;
mod health;
mod migrate;

pub(crate) use changes::{
    approved_minutes, next_stamp, now_millis, record_as_is, recording_laptop,
};
pub(crate) use health::{check_header, damaged};
pub(crate) use migrate::MIGRATIONS;
pub use migrate::{APPLICATION_ID, SCHEMA_VERSION};

use crate::{
    error::{Error, Result},
    i18n::{Locale, Messages},
    model::Counts,
};

/// SQLite's page cache per connection, in KiB: enough for the home screen's indexes at a
/// district's size to stay in memory. The memory benchmark allows for it.
pub const PAGE_CACHE_KIB: i64 = 16 * 1024;

pub struct Store {
    conn: Connection,
    path: Option<PathBuf>,
    messages: Messages,
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
    /// Eshkol's version: the workspace's, from its one place in `Cargo.toml`.
    pub version: &'static str,
}

/// `from_row` for a row type: each field read from the column of its name, converted by
/// rusqlite as it is read (enums by `text_enum!`, dates by chrono), or, written `field: value`,
/// computed from the row named before `=>`. One function per row type, columns by name:
///
/// ```ignore
/// from_row!(r => Guest { id, name, archived: r.get::<_, Option<String>>("archived_at")?.is_some() });
/// ```
macro_rules! from_row {
    ($r:ident => $type:ident { $($field:ident $(: $value:expr)?),* $(,)? }) => {
        impl $type {
            pub(crate) fn from_row($r: &rusqlite::Row<'_>) -> rusqlite::Result<Self> {
                Ok($type { $($field: $crate::store::from_row!(@value $r, $field $(, $value)?)),* })
            }
        }
    };
    (@value $r:ident, $field:ident) => { $r.get(stringify!($field))? };
    (@value $r:ident, $field:ident, $value:expr) => { $value };
}
pub(crate) use from_row;

/// Every row `sql` returns for `params`, each read by `from_row`.
pub(crate) fn rows<T>(
    conn: &Connection,
    sql: &str,
    params: impl rusqlite::Params,
    from_row: impl FnMut(&rusqlite::Row<'_>) -> rusqlite::Result<T>,
) -> Result<Vec<T>> {
    let mut stmt = conn.prepare_cached(sql)?;
    let rows = stmt.query_map(params, from_row)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Exactly one row changed (an `UPDATE` or `DELETE` by id), or the record is `NotFound`.
pub(crate) fn one_row(changed: usize) -> Result<()> {
    if changed == 1 {
        Ok(())
    } else {
        Err(Error::NotFound)
    }
}

/// A value checked by core's own rules, read back from a column: a failure (only possible in a
/// file edited by hand) is a conversion error of that column, never a panic or "not found".
pub(crate) fn stored<T>(value: Result<T>) -> rusqlite::Result<T> {
    value.map_err(|e| {
        rusqlite::Error::FromSqlConversionFailure(0, rusqlite::types::Type::Text, Box::new(e))
    })
}

/// Long enough for another program's short write to finish, short enough that a person
/// hears soon that the save waits.
pub const BUSY_TIMEOUT: Duration = Duration::from_secs(5);

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
        check_header(path)?;
        let conn = Connection::open(path)?;
        Self::init(conn, Some(path.to_path_buf()), MIGRATIONS).map_err(|e| match e {
            Error::Database(e) => damaged(e),
            other => other,
        })
    }

    /// A private database in memory, for tests and tools. The schema is made once a process
    /// and copied into each new one with SQLite's online backup: running every migration takes
    /// tens of milliseconds, a copy of the empty schema about one, and the test suite opens
    /// thousands. The migrations write no value of their own (no id, no time), so a copy is
    /// the same database migrating would make.
    pub fn open_in_memory() -> Result<Store> {
        static SCHEMA: std::sync::OnceLock<Option<std::sync::Mutex<Connection>>> =
            std::sync::OnceLock::new();
        let schema = SCHEMA.get_or_init(|| {
            let store = Self::init(Connection::open_in_memory().ok()?, None, MIGRATIONS).ok()?;
            Some(std::sync::Mutex::new(store.conn))
        });
        let mut conn = Connection::open_in_memory()?;
        if let Some(schema) = schema {
            let schema = schema.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
            rusqlite::backup::Backup::new(&schema, &mut conn)?.run_to_completion(
                i32::MAX,
                Duration::ZERO,
                None,
            )?;
        }
        Self::init(conn, None, MIGRATIONS)
    }

    pub(crate) fn init(
        mut conn: Connection,
        path: Option<PathBuf>,
        migrations: &[&str],
    ) -> Result<Store> {
        // How long a write waits for another program that holds the database for writing.
        conn.busy_timeout(BUSY_TIMEOUT)?;
        conn.pragma_update(None, "foreign_keys", true)?;
        collation::register(&conn)?;
        if path.is_some() {
            conn.pragma_update(None, "journal_mode", "WAL")?;
            // FULL: the write-ahead log is synced to the disk before a commit returns, so what
            // the user was told is saved survives a power cut or an OS crash, not only a crash
            // of Eshkol (NORMAL's promise). One fsync a save; BENCHMARKS.md has its cost.
            conn.pragma_update(None, "synchronous", "FULL")?;
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
            version: env!("CARGO_PKG_VERSION"),
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
            forums: count("forums")?,
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

    /// Run `f` in one transaction: all of it is written, or none of it. On a laptop that
    /// shares, what it changed is recorded for the others in the same transaction.
    /// The write lock is taken at the start (`IMMEDIATE`): while another program holds it,
    /// the write waits up to the busy timeout, then is refused whole (`Error::is_busy`).
    pub(crate) fn write<T>(&mut self, f: impl FnOnce(&Writer<'_>) -> Result<T>) -> Result<T> {
        let tx = self
            .conn
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        let value = f(&Writer { tx: &tx })?;
        changes::stamp_captured(&tx)?;
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
