//! The SQLite store: opening, migrations, and the one place that writes.

use std::{
    path::{Path, PathBuf},
    time::Duration,
};

use rusqlite::{Connection, OptionalExtension, Transaction, params};

use crate::{
    error::{Error, Field, Result},
    i18n::{Locale, Messages},
    model::*,
    phone,
};

/// `PRAGMA application_id` of every Eshkol database ("ESKL").
pub const APPLICATION_ID: i32 = 0x4553_4b4c;

/// Forward-only migrations. Version N of the schema is the first N entries applied in order.
/// Never edit or reorder a shipped entry: add a new one.
pub(crate) const MIGRATIONS: &[&str] = &[include_str!("migrations/0001_directory.sql")];

/// The schema version this build writes.
pub const SCHEMA_VERSION: i64 = MIGRATIONS.len() as i64;

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
}

fn now() -> String {
    chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Millis, true)
}

impl Store {
    /// Open (creating when missing) the database at `path` and bring its schema up to date.
    /// Before migrating a database that already holds a schema, a copy of it is saved beside it.
    pub fn open(path: &Path) -> Result<Store> {
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir)?;
        }
        let conn = Connection::open(path)?;
        Self::init(conn, Some(path.to_path_buf()), MIGRATIONS)
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
        if path.is_some() {
            conn.pragma_update(None, "journal_mode", "WAL")?;
            conn.pragma_update(None, "synchronous", "NORMAL")?;
        }
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

    /// Run `f` in one transaction: all of it is written, or none of it.
    pub(crate) fn write<T>(&mut self, f: impl FnOnce(&Writer<'_>) -> Result<T>) -> Result<T> {
        let tx = self.conn.transaction()?;
        let value = f(&Writer { tx: &tx })?;
        tx.commit()?;
        Ok(value)
    }

    pub fn add_organization(&mut self, new: &NewOrganization) -> Result<Id> {
        self.write(|w| w.add_organization(new))
    }

    pub fn add_cluster(&mut self, new: &NewCluster) -> Result<Id> {
        self.write(|w| w.add_cluster(new))
    }

    pub fn add_settlement(&mut self, new: &NewSettlement) -> Result<Id> {
        self.write(|w| w.add_settlement(new))
    }

    pub fn add_person(&mut self, new: &NewPerson) -> Result<Id> {
        self.write(|w| w.add_person(new))
    }

    /// Live people, by name.
    pub fn list_people(&self) -> Result<Vec<PersonRow>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT p.id, p.full_name, p.role_title, o.name, c.name, s.name, p.office_phone, p.mobile, p.email
               FROM people p
               LEFT JOIN organizations o ON o.id = p.organization_id
               LEFT JOIN clusters c ON c.id = p.cluster_id
               LEFT JOIN settlements s ON s.id = p.settlement_id
              WHERE p.archived_at IS NULL
              ORDER BY p.full_name, p.id",
        )?;
        let rows = stmt.query_map([], |r| {
            let office_phone: Option<String> = r.get(6)?;
            let mobile: Option<String> = r.get(7)?;
            Ok(PersonRow {
                id: r.get(0)?,
                full_name: r.get(1)?,
                role_title: r.get(2)?,
                organization: r.get(3)?,
                cluster: r.get(4)?,
                settlement: r.get(5)?,
                office_phone_display: office_phone.as_deref().map(phone::display),
                mobile_display: mobile.as_deref().map(phone::display),
                office_phone,
                mobile,
                email: r.get(8)?,
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Live clusters with their live settlements, by region and name.
    pub fn list_clusters(&self) -> Result<Vec<ClusterRow>> {
        let mut clusters = self.conn.prepare_cached(
            "SELECT c.id, c.name, c.region, p.full_name, c.colour
               FROM clusters c LEFT JOIN people p ON p.id = c.coordinator_id
              WHERE c.archived_at IS NULL
              ORDER BY CASE c.region WHEN 'north' THEN 0 WHEN 'center' THEN 1 WHEN 'south' THEN 2 ELSE 3 END, c.name",
        )?;
        let mut settlements = self.conn.prepare_cached(
            "SELECT id, name, kind FROM settlements WHERE cluster_id = ?1 AND archived_at IS NULL ORDER BY name",
        )?;
        let mut out = Vec::new();
        let rows = clusters.query_map([], |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get(1)?,
                r.get::<_, String>(2)?,
                r.get(3)?,
                r.get(4)?,
            ))
        })?;
        for row in rows {
            let (id, name, region, coordinator, colour) = row?;
            let list = settlements
                .query_map([&id], |r| {
                    Ok((r.get(0)?, r.get(1)?, r.get::<_, String>(2)?))
                })?
                .map(|row| {
                    let (id, name, kind) = row?;
                    Ok(SettlementRow {
                        id,
                        name,
                        kind: SettlementKind::parse(&kind)?,
                    })
                })
                .collect::<Result<Vec<_>>>()?;
            out.push(ClusterRow {
                id,
                name,
                region: Region::parse(&region)?,
                coordinator,
                colour,
                settlements: list,
            });
        }
        Ok(out)
    }
}

/// Writes inside one transaction. Every write of the app goes through here.
pub(crate) struct Writer<'a> {
    tx: &'a Transaction<'a>,
}

impl Writer<'_> {
    fn exists(&self, table: &str, id: &str) -> Result<()> {
        let sql = format!("SELECT 1 FROM {table} WHERE id = ?1");
        self.tx
            .query_row(&sql, [id], |_| Ok(()))
            .optional()?
            .ok_or(Error::NotFound)
    }

    fn check_ref(&self, table: &str, id: &Option<Id>) -> Result<()> {
        match id {
            Some(id) => self.exists(table, id),
            None => Ok(()),
        }
    }

    pub(crate) fn add_organization(&self, new: &NewOrganization) -> Result<Id> {
        let name = required(Field::Name, &new.name)?;
        let kind = new.kind.ok_or(Error::Required(Field::Kind))?;
        let (id, now) = (new_id(), now());
        self.tx.execute(
            "INSERT INTO organizations (id, name, kind, notes, created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?5)",
            params![id, name, kind.as_str(), new.notes.trim(), now],
        )?;
        Ok(id)
    }

    pub(crate) fn add_cluster(&self, new: &NewCluster) -> Result<Id> {
        let name = required(Field::Name, &new.name)?;
        let region = new.region.ok_or(Error::Required(Field::Region))?;
        self.check_ref("people", &new.coordinator_id)?;
        let (id, now) = (new_id(), now());
        self.tx.execute(
            "INSERT INTO clusters (id, name, region, coordinator_id, colour, notes, created_at, updated_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?7)",
            params![id, name, region.as_str(), new.coordinator_id, new.colour, new.notes.trim(), now],
        )?;
        Ok(id)
    }

    pub(crate) fn set_cluster_coordinator(&self, cluster_id: &str, person_id: &str) -> Result<()> {
        self.exists("people", person_id)?;
        let changed = self.tx.execute(
            "UPDATE clusters SET coordinator_id = ?2, updated_at = ?3 WHERE id = ?1",
            params![cluster_id, person_id, now()],
        )?;
        if changed == 1 {
            Ok(())
        } else {
            Err(Error::NotFound)
        }
    }

    pub(crate) fn add_settlement(&self, new: &NewSettlement) -> Result<Id> {
        let name = required(Field::Name, &new.name)?;
        let kind = new.kind.ok_or(Error::Required(Field::Kind))?;
        let cluster_id = new
            .cluster_id
            .clone()
            .ok_or(Error::Required(Field::Cluster))?;
        self.exists("clusters", &cluster_id)?;
        self.check_ref("people", &new.local_coordinator_id)?;
        for (part, whole) in [
            (new.children_participating, new.children_count),
            (new.youth_participating, new.youth_count),
        ] {
            if let (Some(part), Some(whole)) = (part, whole)
                && part > whole
            {
                return Err(Error::Invalid {
                    field: Field::Count,
                    value: format!("{part} > {whole}"),
                });
            }
        }
        let (id, now) = (new_id(), now());
        self.tx.execute(
            "INSERT INTO settlements (id, name, kind, cluster_id, local_coordinator_id, children_count,
                 children_participating, youth_count, youth_participating, notes, created_at, updated_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?11)",
            params![
                id,
                name,
                kind.as_str(),
                cluster_id,
                new.local_coordinator_id,
                new.children_count,
                new.children_participating,
                new.youth_count,
                new.youth_participating,
                new.notes.trim(),
                now
            ],
        )?;
        for movement in &new.youth_movement_ids {
            self.exists("organizations", movement)?;
            self.tx.execute(
                "INSERT OR IGNORE INTO settlement_youth_movements (settlement_id, organization_id) VALUES (?1, ?2)",
                params![id, movement],
            )?;
        }
        Ok(id)
    }

    pub(crate) fn set_local_coordinator(&self, settlement_id: &str, person_id: &str) -> Result<()> {
        self.exists("people", person_id)?;
        let changed = self.tx.execute(
            "UPDATE settlements SET local_coordinator_id = ?2, updated_at = ?3 WHERE id = ?1",
            params![settlement_id, person_id, now()],
        )?;
        if changed == 1 {
            Ok(())
        } else {
            Err(Error::NotFound)
        }
    }

    pub(crate) fn add_person(&self, new: &NewPerson) -> Result<Id> {
        let full_name = required(Field::FullName, &new.full_name)?;
        let office_phone = phone::parse(Field::Phone, &new.office_phone)?;
        let mobile = phone::parse(Field::Mobile, &new.mobile)?;
        let email = validate_email(&new.email)?;
        self.check_ref("organizations", &new.organization_id)?;
        self.check_ref("clusters", &new.cluster_id)?;
        self.check_ref("settlements", &new.settlement_id)?;
        let (id, now) = (new_id(), now());
        self.tx.execute(
            "INSERT INTO people (id, full_name, role_title, organization_id, cluster_id, settlement_id,
                 office_phone, mobile, email, notes, created_at, updated_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?11)",
            params![
                id,
                full_name,
                new.role_title.trim(),
                new.organization_id,
                new.cluster_id,
                new.settlement_id,
                office_phone,
                mobile,
                email,
                new.notes.trim(),
                now
            ],
        )?;
        Ok(id)
    }

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

    #[test]
    fn migrating_an_existing_database_saves_a_copy_first() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("eshkol.sqlite3");
        let v1 = &MIGRATIONS[..1];
        {
            let mut store =
                Store::init(Connection::open(&path).unwrap(), Some(path.clone()), v1).unwrap();
            store
                .add_organization(&NewOrganization {
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
