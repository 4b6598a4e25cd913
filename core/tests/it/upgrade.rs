//! Upgrades never lose a record. Each `core/tests/fixtures/schema-NNNN.sql` is the sample
//! department as schema NNNN held it (made by `make_upgrade_fixture` in `store/migrate.rs`
//! before the migration after it landed): forums and their meetings, visits, volunteers,
//! programs and a work plan. Today's build opens each: every row of every table is still
//! there, the areas read them, and the copy saved before the migration opens as it was.

use std::{collections::BTreeMap, path::PathBuf};

use eshkol_core::Store;
use rusqlite::Connection;

fn fixtures_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures")
}

/// Every fixture, by the schema version it holds.
fn fixtures() -> BTreeMap<i64, PathBuf> {
    std::fs::read_dir(fixtures_dir())
        .unwrap()
        .filter_map(|e| {
            let path = e.unwrap().path();
            let name = path.file_name()?.to_str()?.to_owned();
            let version = name
                .strip_prefix("schema-")?
                .strip_suffix(".sql")?
                .parse()
                .ok()?;
            Some((version, path))
        })
        .collect()
}

/// The rows of every table of a database, by table (the search index's own tables aside: it
/// is rebuilt from the records).
fn rows_by_table(conn: &Connection) -> BTreeMap<String, i64> {
    let tables: Vec<String> = conn
        .prepare(
            "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'
               AND name NOT LIKE 'search_index%'",
        )
        .unwrap()
        .query_map([], |r| r.get("name"))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    tables
        .into_iter()
        .map(|t| {
            let n = conn
                .query_row(&format!("SELECT count(*) FROM \"{t}\""), [], |r| r.get(0))
                .unwrap();
            (t, n)
        })
        .collect()
}

#[test]
fn a_database_of_every_earlier_schema_opens_with_every_record_and_its_copy() {
    let current = Store::open_in_memory().unwrap().schema_version().unwrap();
    let all = fixtures();
    assert!(!all.is_empty(), "the fixtures are found");
    for (version, fixture) in all {
        assert!(
            version < current,
            "{} is of an earlier schema",
            fixture.display()
        );
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("eshkol.sqlite3");
        let before = {
            let conn = Connection::open(&path).unwrap();
            conn.execute_batch(&std::fs::read_to_string(&fixture).unwrap())
                .unwrap();
            let v: i64 = conn
                .pragma_query_value(None, "user_version", |r| r.get(0))
                .unwrap();
            assert_eq!(v, version, "the fixture says its schema");
            rows_by_table(&conn)
        };
        assert!(before["forums"] > 0 && before["meetings"] > 0 && before["visits"] > 0);
        assert!(before["volunteers"] > 0 && before["programs"] > 0 && before["plan_goals"] > 0);

        let store = Store::open(&path).unwrap();
        assert_eq!(
            store.schema_version().unwrap(),
            current,
            "migrated to today's schema"
        );
        let after = rows_by_table(store.connection());
        for (table, n) in &before {
            assert_eq!(
                after.get(table),
                Some(n),
                "schema {version}: every row of {table} is kept"
            );
        }
        // The areas read what arrived.
        let today = eshkol_core::today();
        assert_eq!(
            store.forums(true, today).unwrap().len() as i64,
            before["forums"]
        );
        assert_eq!(
            store.recent_visits(10_000).unwrap().len() as i64,
            before["visits"]
        );
        assert_eq!(
            store.volunteers(true).unwrap().len() as i64,
            before["volunteers"]
        );
        assert_eq!(
            store.programs(true).unwrap().len() as i64,
            before["programs"]
        );
        let plans = store.plans().unwrap();
        assert_eq!(plans.len() as i64, before["plans"]);
        let year = store
            .plan_year(&plans[0].id, plans[0].first_year, today)
            .unwrap();
        assert!(!year.goals.is_empty(), "the plan's goals read back");
        assert!(
            store
                .search(&eshkol_core::search::SearchQuery {
                    text: "פורום".into(),
                    include_sensitive: false,
                })
                .unwrap()
                .total()
                > 0
        );
        drop(store);

        // The copy saved before the migration opens, at the schema it had, with every row.
        let copies: Vec<PathBuf> = std::fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| {
                p.to_string_lossy()
                    .contains(&format!(".v{version}-before-migration-"))
            })
            .collect();
        assert_eq!(
            copies.len(),
            1,
            "one copy saved before migrating: {copies:?}"
        );
        let copy = Connection::open(&copies[0]).unwrap();
        let v: i64 = copy
            .pragma_query_value(None, "user_version", |r| r.get(0))
            .unwrap();
        assert_eq!(v, version);
        assert_eq!(rows_by_table(&copy), before);
    }
}

#[test]
fn the_schema_before_todays_has_its_fixture() {
    // From schema 14 on, every migration adds the fixture of the schema before it.
    let current = Store::open_in_memory().unwrap().schema_version().unwrap();
    let all = fixtures();
    for version in 14..current {
        assert!(
            all.contains_key(&version),
            "no fixture of schema {version}: run `cargo test -p eshkol-core make_upgrade_fixture -- --ignored` before the migration after it"
        );
    }
}
