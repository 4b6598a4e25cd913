//! A laptop joining late starts from a snapshot: each field's current changes, not every change
//! ever made, then only what the snapshot did not cover. It ends showing what every other
//! laptop shows, with the same conflicts, though it holds less.

use std::{fs, path::Path};

use eshkol_core::{Store, directory::*, model::*, sync::Change};

use crate::common;

fn laptop(name: &str) -> Store {
    let mut store = Store::open_in_memory().unwrap();
    store.start_sharing(name).unwrap();
    store
}

fn cluster_named(store: &mut Store, name: &str) -> Id {
    store
        .add_cluster(&ClusterInput {
            name: name.into(),
            region: Some(Region::North),
            ..Default::default()
        })
        .unwrap()
}

fn rename(store: &mut Store, id: &str, name: &str) {
    let stored = store.cluster(id).unwrap();
    store
        .save_cluster(
            Some(id),
            &ClusterInput {
                name: name.into(),
                region: Some(stored.region),
                ..Default::default()
            },
        )
        .unwrap();
}

fn conflicts(store: &Store) -> Vec<(String, String, Vec<String>)> {
    store
        .conflicts()
        .unwrap()
        .into_iter()
        .map(|c| {
            (
                c.column,
                c.shown.stamp,
                c.others.into_iter().map(|o| o.stamp).collect(),
            )
        })
        .collect()
}

fn not_in(changes: Vec<Change>, held: &[Change]) -> Vec<Change> {
    changes.into_iter().filter(|c| !held.contains(c)).collect()
}

#[test]
fn a_value_replaced_before_the_snapshot_arrives_late_and_is_neither_shown_nor_a_conflict() {
    // A names a cluster; B hears of it and renames it twice. M hears B, but not yet A's
    // naming; a new laptop starts from M's snapshot, then hears A.
    let mut a = laptop("א");
    let mut b = laptop("ב");
    let mut m = laptop("מ");
    let cluster = cluster_named(&mut a, "צפון");
    b.apply_changes(&a.changes_since(None).unwrap()).unwrap();
    rename(&mut b, &cluster, "צפון מערבי");
    rename(&mut b, &cluster, "צפון מזרחי");
    let from_b: Vec<Change> = b
        .changes_since(None)
        .unwrap()
        .into_iter()
        .filter(|c| !(c.col == "name" && c.stamp.ends_with(&a_id(&a))))
        .collect();
    m.apply_changes(&from_b).unwrap();

    let snapshot = m.snapshot().unwrap();
    assert_eq!(
        snapshot.replaced.len(),
        1,
        "A's naming, replaced by a change left out"
    );
    let mut late = laptop("חדש");
    assert!(late.starts_afresh().unwrap());
    late.take_snapshot(&snapshot).unwrap();
    assert!(!late.starts_afresh().unwrap());
    late.apply_changes(&not_in(
        a.changes_since(None).unwrap(),
        &m.changes_since(None).unwrap(),
    ))
    .unwrap();

    assert_eq!(late.cluster(&cluster).unwrap().name, "צפון מזרחי");
    assert_eq!(b.cluster(&cluster).unwrap().name, "צפון מזרחי");
    assert_eq!(conflicts(&late), conflicts(&b));
    assert!(conflicts(&late).is_empty(), "{:?}", conflicts(&late));
    assert!(late.changes_since(None).unwrap().len() < b.changes_since(None).unwrap().len());
}

fn a_id(store: &Store) -> String {
    store
        .connection()
        .query_row("SELECT id FROM sync_laptop", [], |r| r.get(0))
        .unwrap()
}

#[test]
fn approved_minutes_amended_before_the_snapshot_stay_approved_when_a_late_edit_arrives() {
    let mut manager = laptop("מנהלת");
    let mut coordinator = laptop("רכזת");
    let meeting = common::meeting(&mut manager);
    manager.set_minutes(&meeting, "טיוטה").unwrap();
    coordinator
        .apply_changes(&manager.changes_since(None).unwrap())
        .unwrap();
    // Approved and amended on one laptop; edited on another that had not heard of it.
    manager.approve_minutes(&meeting, "מיכל אבירם").unwrap();
    manager
        .amend_minutes(&meeting, "מיכל אבירם", "תיקון", "מאושר ומתוקן")
        .unwrap();
    coordinator.set_minutes(&meeting, "עריכה מאוחרת").unwrap();

    let mut late = laptop("חדש");
    late.take_snapshot(&manager.snapshot().unwrap()).unwrap();
    let covered = manager.changes_since(None).unwrap();
    let from_coordinator = coordinator.changes_since(None).unwrap();
    late.apply_changes(&not_in(from_coordinator.clone(), &covered))
        .unwrap();
    manager.apply_changes(&from_coordinator).unwrap();

    assert_eq!(manager.meeting(&meeting).unwrap().minutes, "מאושר ומתוקן");
    assert_eq!(late.meeting(&meeting).unwrap().minutes, "מאושר ומתוקן");
    assert_eq!(conflicts(&late), conflicts(&manager));
    assert_eq!(
        conflicts(&late).len(),
        1,
        "the late edit waits among the conflicts"
    );
}

#[test]
fn a_laptop_joining_late_starts_from_the_newest_snapshot_then_reads_only_later_files() {
    let shared = tempfile::tempdir().unwrap();
    let (_a, mut manager) = common::store();
    let join = manager
        .create_department_in(shared.path(), "המחשב של מיכל")
        .unwrap();
    let cluster = cluster_named(&mut manager, "אשכול");
    // A year of renaming, each sent on its own: forty files of changes.
    for i in 0..40 {
        rename(&mut manager, &cluster, &format!("אשכול {i}"));
        manager.sync_now().unwrap();
    }
    let first_part = manager
        .write_snapshot(shared.path())
        .unwrap()
        .expect("a snapshot");
    // The snapshot, like every file, shows nothing of what it holds.
    let bytes = fs::read(&first_part).unwrap();
    assert!(!String::from_utf8_lossy(&bytes).contains("אשכול"));
    // Then more work, after the snapshot.
    let after = cluster_named(&mut manager, "אשכול חדש");
    manager.sync_now().unwrap();

    let (_b, mut late) = common::store();
    let received = late
        .join_department_in(shared.path(), &join, "המחשב של רוני", false)
        .unwrap();
    assert_eq!(received.snapshot.as_deref(), Some("המחשב של מיכל"));
    assert_eq!(
        received.files, 1,
        "only the file written after the snapshot"
    );
    assert!(received.skipped.is_empty());
    assert_eq!(late.cluster(&cluster).unwrap().name, "אשכול 39");
    assert_eq!(late.cluster(&after).unwrap().name, "אשכול חדש");
    let held = late.changes_since(None).unwrap().len();
    let all = manager.changes_since(None).unwrap().len();
    assert!(held + 39 <= all, "{held} held of {all}");
    // The Sync page counts every file of the manager's, through the snapshot or one by one.
    let status = late.sharing_status(chrono::Utc::now()).unwrap();
    assert_eq!(status.laptops[0].files, 41);
    assert_eq!(
        status.snapshot.map(|s| s.laptop).as_deref(),
        Some("המחשב של מיכל")
    );

    // What the late laptop does reaches the manager like anything else.
    rename(&mut late, &after, "אשכול הדרום");
    late.sync_now().unwrap();
    manager.sync_now().unwrap();
    assert_eq!(manager.cluster(&after).unwrap().name, "אשכול הדרום");

    // A second snapshot keeps the one before; a third removes the first.
    let snapshots = |dir: &Path| {
        common::files_in(dir)
            .into_iter()
            .filter(|f| f.contains("snapshot-"))
            .count()
    };
    manager.write_snapshot(shared.path()).unwrap();
    assert_eq!(snapshots(shared.path()), 2);
    manager.write_snapshot(shared.path()).unwrap();
    assert_eq!(snapshots(shared.path()), 2);
}

#[test]
fn a_damaged_snapshot_is_passed_over_and_every_file_read_instead() {
    let shared = tempfile::tempdir().unwrap();
    let (_a, mut manager) = common::store();
    let join = manager
        .create_department_in(shared.path(), "המחשב של מיכל")
        .unwrap();
    let cluster = cluster_named(&mut manager, "אשכול");
    for i in 0..5 {
        rename(&mut manager, &cluster, &format!("אשכול {i}"));
        manager.sync_now().unwrap();
    }
    let part = manager.write_snapshot(shared.path()).unwrap().unwrap();
    let mut bytes = fs::read(&part).unwrap();
    let at = bytes.len() - 3;
    bytes[at] ^= 1;
    fs::write(&part, bytes).unwrap();

    let (_b, mut late) = common::store();
    let received = late
        .join_department_in(shared.path(), &join, "המחשב של רוני", false)
        .unwrap();
    assert_eq!(received.snapshot, None);
    assert_eq!(received.files, 5, "every file, one by one");
    assert_eq!(late.cluster(&cluster).unwrap().name, "אשכול 4");
}

#[test]
fn a_laptop_that_holds_others_changes_does_not_start_from_a_snapshot() {
    let shared = tempfile::tempdir().unwrap();
    let ((_a, mut manager), (_b, mut coordinator), _) = common::department();
    let cluster = cluster_named(&mut manager, "אשכול");
    manager.send_changes(shared.path()).unwrap();
    coordinator.receive_changes(shared.path()).unwrap();
    assert!(!coordinator.starts_afresh().unwrap());
    rename(&mut manager, &cluster, "אשכול 2");
    manager.write_snapshot(shared.path()).unwrap().unwrap();
    let received = coordinator.receive_changes(shared.path()).unwrap();
    assert_eq!(received.snapshot, None);
    assert_eq!(received.files, 1);
    assert_eq!(coordinator.cluster(&cluster).unwrap().name, "אשכול 2");
}
