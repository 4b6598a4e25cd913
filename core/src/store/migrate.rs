//! The schema, step by step: forward-only migrations, each in its own transaction, and a copy of
//! the file saved beside it before a schema that is already there is changed.

use std::{
    path::{Path, PathBuf},
    time::Duration,
};

use rusqlite::Connection;

use crate::error::{Error, Result};

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
    include_str!("migrations/0007_sync_changes.sql"),
    include_str!("migrations/0008_sync_folder.sql"),
    include_str!("migrations/0009_sync_snapshots.sql"),
    include_str!("migrations/0010_search_organizations_phones.sql"),
    include_str!("migrations/0011_emergency.sql"),
    include_str!("migrations/0012_who_can_help_at_scale.sql"),
    include_str!("migrations/0013_programs.sql"),
    include_str!("migrations/0014_plan.sql"),
    include_str!("migrations/0015_round_requests_sent.sql"),
];

/// The schema version this build writes.
pub const SCHEMA_VERSION: i64 = MIGRATIONS.len() as i64;

/// Bring the schema up to `migrations.len()`, each step in its own transaction with the new
/// version written inside it, so a failed step leaves the previous version whole.
pub(super) fn migrate(
    conn: &mut Connection,
    path: Option<&Path>,
    migrations: &[&str],
) -> Result<()> {
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
    use crate::Store;

    #[test]
    fn migrating_an_existing_database_saves_a_copy_first() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("eshkol.sqlite3");
        let v1 = &MIGRATIONS[..1];
        {
            let store =
                Store::init(Connection::open(&path).unwrap(), Some(path.clone()), v1).unwrap();
            // A row as version 1 wrote it (today's code writes columns it did not have).
            store
                .connection()
                .execute(
                    "INSERT INTO organizations (id, name, kind, notes, created_at, updated_at)
                     VALUES ('019a0000-0000-7000-8000-000000000001', 'מחלקה', 'department', '', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')",
                    [],
                )
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

    /// Makes the upgrade fixture of the schema before today's: the sample department as that
    /// schema holds it, dumped as SQL into `core/tests/fixtures/schema-NNNN.sql`, which
    /// `tests/it/upgrade.rs` opens with today's build. Run once for each new migration, before
    /// it lands: `cargo test -p eshkol-core make_upgrade_fixture -- --ignored`.
    #[test]
    #[ignore = "writes a fixture; run by hand when a migration is added"]
    fn make_upgrade_fixture() {
        let before = MIGRATIONS.len() - 1;
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("eshkol.sqlite3");
        let mut store = Store::init(
            Connection::open(&path).unwrap(),
            Some(path.clone()),
            &MIGRATIONS[..before],
        )
        .unwrap();
        store.load_sample().unwrap();
        drop(store);
        let dump = std::process::Command::new("sqlite3")
            .arg(&path)
            .arg(".dump")
            .output()
            .expect("the sqlite3 tool dumps the database");
        assert!(dump.status.success());
        let fixture = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
            .join(format!("tests/fixtures/schema-{before:04}.sql"));
        std::fs::create_dir_all(fixture.parent().unwrap()).unwrap();
        // The dump leaves out what marks the file as Eshkol's and its schema's version.
        let mut text = String::from_utf8(dump.stdout).unwrap();
        text.push_str(&format!(
            "PRAGMA application_id = {APPLICATION_ID};\nPRAGMA user_version = {before};\n"
        ));
        std::fs::write(&fixture, text).unwrap();
    }
}
