//! Backups, restore, damaged files and crashes: the records survive all of them.

use crate::common;

use std::{
    io::{BufRead, BufReader},
    path::Path,
    process::{Command, Stdio},
    time::{Duration, Instant},
};

use chrono::NaiveDate;
use eshkol_core::{
    Error, Store,
    backup::{self, DAILY_BACKUPS_KEPT},
    directory::{OrganizationInput, OrganizationKind, PersonInput},
    store::SCHEMA_VERSION,
};
use rusqlite::Connection;

fn d(text: &str) -> NaiveDate {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
}

fn person(store: &mut Store, name: &str) -> String {
    store
        .add_person(&PersonInput {
            full_name: name.into(),
            ..Default::default()
        })
        .unwrap()
}

fn names(store: &Store) -> Vec<String> {
    let mut names: Vec<String> = store
        .people(true)
        .unwrap()
        .into_iter()
        .map(|p| p.full_name)
        .collect();
    names.sort();
    names
}

fn integrity(path: &Path) -> String {
    Connection::open(path)
        .unwrap()
        .query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .unwrap()
}

#[test]
fn the_daily_backup_is_made_once_a_day_and_the_last_ones_are_kept() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("eshkol.sqlite3");
    let mut store = Store::open(&db).unwrap();
    person(&mut store, "נועה ברק");

    let first = backup::daily_backup(&db, d("2026-11-01")).unwrap().unwrap();
    assert!(backup::daily_backup(&db, d("2026-11-01")).unwrap().is_none(), "once a day");
    for day in 2..=12 {
        backup::daily_backup(&db, d(&format!("2026-11-{day:02}"))).unwrap();
    }
    let mut kept: Vec<String> = std::fs::read_dir(backup::backup_dir(&db))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    kept.sort();
    assert_eq!(kept.len(), DAILY_BACKUPS_KEPT, "{kept:?}");
    assert_eq!(kept.first().unwrap(), "eshkol-2026-11-06.sqlite3");
    assert!(!first.exists(), "the oldest went");

    let latest = backup::latest_backup(&db).unwrap();
    assert_eq!(latest.date, Some(d("2026-11-12")));
    assert_eq!(latest.schema_version, SCHEMA_VERSION);
    // An ordinary SQLite file, whole, with the data.
    let copy = Connection::open(&latest.path).unwrap();
    let name: String = copy
        .query_row("SELECT full_name FROM people", [], |r| r.get(0))
        .unwrap();
    assert_eq!(name, "נועה ברק");
    assert_eq!(integrity(Path::new(&latest.path)), "ok");
}

#[test]
fn a_backup_opens_in_the_sqlite3_command_line_tool() {
    if Command::new("sqlite3").arg("-version").output().is_err() {
        eprintln!("sqlite3 is not installed; skipped");
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("eshkol.sqlite3");
    let mut store = Store::open(&db).unwrap();
    person(&mut store, "דנה שמיר");
    let target = dir.path().join("chosen").join("גיבוי.sqlite3");
    store.backup_to(&target).unwrap();
    let out = Command::new("sqlite3")
        .arg(&target)
        .arg("SELECT full_name FROM people; PRAGMA integrity_check;")
        .output()
        .unwrap();
    assert_eq!(String::from_utf8_lossy(&out.stdout), "דנה שמיר\nok\n");
    // The database itself, too, while the app has it open.
    let out = Command::new("sqlite3")
        .arg(&db)
        .arg("SELECT count(*) FROM search_index WHERE search_index MATCH 'שמיר';")
        .output()
        .unwrap();
    assert_eq!(String::from_utf8_lossy(&out.stdout), "1\n");
}

#[test]
fn a_restore_checks_the_file_keeps_a_copy_and_replaces_everything() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("eshkol.sqlite3");
    let mut store = Store::open(&db).unwrap();
    person(&mut store, "אבי כהן");
    let saved = dir.path().join("backup.sqlite3");
    store.backup_to(&saved).unwrap();
    person(&mut store, "בתיה לוי");
    assert_eq!(names(&store), ["אבי כהן", "בתיה לוי"]);

    let kept = store.restore_from(&saved).unwrap().unwrap();
    assert_eq!(names(&store), ["אבי כהן"]);
    assert_eq!(store.schema_version().unwrap(), SCHEMA_VERSION);
    // Search follows the restored data.
    let found = store
        .search(&eshkol_core::search::SearchQuery {
            text: "לוי".into(),
            include_sensitive: false,
        })
        .unwrap();
    assert!(found.groups.is_empty());
    // What was there before is in the copy.
    let before = Store::open(&kept).unwrap();
    assert_eq!(names(&before), ["אבי כהן", "בתיה לוי"]);
    // And the restored database is the one on disk.
    drop(store);
    assert_eq!(names(&Store::open(&db).unwrap()), ["אבי כהן"]);
    assert_eq!(integrity(&db), "ok");
}

#[test]
fn a_bad_backup_is_refused_and_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("eshkol.sqlite3");
    let mut store = Store::open(&db).unwrap();
    person(&mut store, "גל אור");

    let garbage = dir.path().join("garbage.sqlite3");
    std::fs::write(&garbage, vec![0x42u8; 10_000]).unwrap();
    let foreign = dir.path().join("foreign.sqlite3");
    Connection::open(&foreign)
        .unwrap()
        .execute_batch("CREATE TABLE t (x); INSERT INTO t VALUES (1);")
        .unwrap();
    let newer = dir.path().join("newer.sqlite3");
    store.backup_to(&newer).unwrap();
    Connection::open(&newer)
        .unwrap()
        .pragma_update(None, "user_version", SCHEMA_VERSION + 1)
        .unwrap();
    let truncated = dir.path().join("truncated.sqlite3");
    for n in 0..200 {
        person(&mut store, &format!("אדם {n} {}", "א".repeat(200)));
    }
    store.backup_to(&truncated).unwrap();
    let length = std::fs::metadata(&truncated).unwrap().len();
    std::fs::OpenOptions::new()
        .write(true)
        .open(&truncated)
        .unwrap()
        .set_len(length / 2)
        .unwrap();
    let before = names(&store);

    for (file, expected) in [
        (&garbage, "damaged"),
        (&foreign, "not-eshkol-database"),
        (&newer, "schema-too-new"),
        (&truncated, "damaged"),
    ] {
        let error = store.restore_from(file).unwrap_err();
        assert_eq!(error.code(), expected, "{file:?}: {error:?}");
        assert!(!error.localize(store.messages()).is_empty());
        assert_eq!(names(&store), before, "{file:?} changed nothing");
    }
    assert!(!backup::backup_dir(&db).exists(), "no copy was needed");
    // Saving a backup over the database itself is refused.
    assert_eq!(store.backup_to(&db).unwrap_err().code(), "invalid");
}

#[test]
fn a_damaged_or_truncated_database_is_detected_at_start_up_and_restored_from_the_latest_backup()
{
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("eshkol.sqlite3");
    {
        let mut store = Store::open(&db).unwrap();
        store
            .add_organization(&OrganizationInput {
                sector: None,
                name: "המחלקה לחינוך".into(),
                kind: Some(OrganizationKind::Department),
                notes: String::new(),
            })
            .unwrap();
        for n in 0..300 {
            person(&mut store, &format!("איש {n} {}", "ב".repeat(300)));
        }
    }
    backup::daily_backup(&db, d("2026-11-20")).unwrap();

    // Truncated to half, as a full disk or a bad copy leaves it.
    let length = std::fs::metadata(&db).unwrap().len();
    std::fs::OpenOptions::new()
        .write(true)
        .open(&db)
        .unwrap()
        .set_len(length / 2)
        .unwrap();
    let mut current = Store::open(&db);
    match &current {
        Err(e @ Error::Damaged(_)) => {
            // What the start-up screen shows: why, in Hebrew, and the backup that can replace it.
            let problem = backup::StartupProblem::new(e, &db);
            assert_eq!(problem.code, "damaged");
            assert!(problem.message.contains("גיבוי"), "{}", problem.message);
            assert_eq!(problem.latest_backup.unwrap().date, Some(d("2026-11-20")));
        }
        other => panic!("expected Damaged, got {:?}", other.as_ref().err()),
    }
    let kept = backup::restore_latest(&mut current, &db).unwrap();
    assert_eq!(kept, backup::backup_dir(&db));
    let store = current.unwrap();
    assert_eq!(store.people(false).unwrap().len(), 300);
    assert_eq!(integrity(&db), "ok");
    // The damaged file is kept, not deleted.
    let aside = std::fs::read_dir(backup::backup_dir(&db))
        .unwrap()
        .filter(|e| {
            e.as_ref()
                .unwrap()
                .file_name()
                .to_string_lossy()
                .ends_with(|c: char| c.is_ascii_digit() || c == 'Z')
                && e.as_ref()
                    .unwrap()
                    .file_name()
                    .to_string_lossy()
                    .contains(".damaged-")
        })
        .count();
    assert_eq!(aside, 1);
    drop(store);

    // Overwritten with something else entirely.
    std::fs::write(&db, vec![0xA5u8; 8192]).unwrap();
    assert_eq!(Store::open(&db).err().unwrap().code(), "damaged");

    // With no backup beside it, there is nothing to restore, and nothing is touched.
    let lone = dir.path().join("lone").join("eshkol.sqlite3");
    std::fs::create_dir_all(lone.parent().unwrap()).unwrap();
    std::fs::write(&lone, vec![0xA5u8; 8192]).unwrap();
    let mut current = Store::open(&lone);
    assert!(matches!(
        backup::restore_latest(&mut current, &lone),
        Err(Error::NotFound)
    ));
    assert!(current.is_err());
    assert_eq!(std::fs::read(&lone).unwrap(), vec![0xA5u8; 8192]);
}

/// Run by `every_write_reported_as_saved_survives_sigkill` in a child process: write people
/// one transaction at a time, printing each id only after its transaction committed.
#[test]
#[ignore = "the child side of the SIGKILL test"]
fn writer_child() {
    let Ok(path) = std::env::var("ESHKOL_CRASH_DB") else {
        return;
    };
    let mut store = Store::open(Path::new(&path)).unwrap();
    for n in 0.. {
        // Names of every length up to the 500 characters a name may have.
        let id = person(&mut store, &format!("נכתב {n} {}", "ג".repeat(n % 480)));
        println!("saved {id}");
    }
}

#[test]
fn every_write_reported_as_saved_survives_sigkill() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("eshkol.sqlite3");
    let mut child = Command::new(std::env::current_exe().unwrap())
        .arg(common::test_name(module_path!(), "writer_child"))
        .args(["--exact", "--ignored", "--nocapture", "--test-threads=1"])
        .env("ESHKOL_CRASH_DB", &db)
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
    let mut saved = Vec::new();
    let started = Instant::now();
    // Kill it mid-run: after a good number of writes, at an arbitrary point between them.
    while saved.len() < 200 || started.elapsed() < Duration::from_millis(700) {
        let line = lines.next().expect("the writer stopped by itself").unwrap();
        if let Some(id) = line.strip_prefix("saved ") {
            saved.push(id.to_string());
        }
        assert!(started.elapsed() < Duration::from_secs(60), "the writer is too slow");
    }
    child.kill().unwrap(); // SIGKILL: no destructor, no checkpoint, no goodbye.
    child.wait().unwrap();
    // What it printed before it died was reported as saved too.
    for line in lines {
        if let Some(id) = line.unwrap().strip_prefix("saved ") {
            saved.push(id.to_string());
        }
    }

    assert_eq!(integrity(&db), "ok");
    let store = Store::open(&db).unwrap();
    let conn = store.connection();
    let mut missing = Vec::new();
    for id in &saved {
        let there: bool = conn
            .query_row("SELECT count(*) = 1 FROM people WHERE id = ?1", [id], |r| r.get(0))
            .unwrap();
        if !there {
            missing.push(id.clone());
        }
    }
    assert!(missing.is_empty(), "{} of {} saved writes lost", missing.len(), saved.len());
    // The search index kept pace with them, in the same transactions.
    let indexed: i64 = conn
        .query_row("SELECT count(*) FROM search_docs WHERE kind = 'person'", [], |r| r.get(0))
        .unwrap();
    let people: i64 = conn.query_row("SELECT count(*) FROM people", [], |r| r.get(0)).unwrap();
    assert_eq!(indexed, people);
    assert!(people as usize >= saved.len());
    eprintln!("{} writes reported saved before SIGKILL, all there", saved.len());
}
