//! Sharing as a person sets it up in Settings: the folder chosen once and kept, a join that
//! brings the department in, "sync now", the status the top bar and the Sync page show, and
//! conflicts described in the user's words.

use std::fs;

use chrono::{Duration, Utc};
use eshkol_core::{Error, directory::*};

use crate::common;

fn cluster(name: &str) -> ClusterInput {
    ClusterInput {
        name: name.into(),
        region: Some(Region::North),
        ..Default::default()
    }
}

/// The manager's laptop, with one cluster, starting a department in `folder`.
fn manager_sharing(
    folder: &std::path::Path,
) -> (
    (tempfile::TempDir, eshkol_core::Store),
    eshkol_core::sync::JoinFile,
) {
    let (dir, mut manager) = common::store();
    manager.add_cluster(&cluster("אשכול צפון")).unwrap();
    let join = manager.create_department_in(folder, "מנהלת").unwrap();
    ((dir, manager), join)
}

/// A coordinator's new laptop joining the department of `join` through `folder`.
fn coordinator_joining(
    folder: &std::path::Path,
    join: &eshkol_core::sync::JoinFile,
) -> (tempfile::TempDir, eshkol_core::Store) {
    let (dir, mut coordinator) = common::store();
    coordinator
        .join_department_in(folder, join, "רכזת", false)
        .unwrap();
    (dir, coordinator)
}

#[test]
fn a_department_made_in_a_folder_is_joined_from_it_and_kept_in_step_by_sync_now() {
    let shared = tempfile::tempdir().unwrap();
    let (_a, mut manager) = common::sample();
    let join = manager
        .create_department_in(shared.path(), "המחשב של מיכל")
        .unwrap();
    assert_eq!(manager.shared_folder().unwrap(), shared.path());
    assert_eq!(manager.join_file().unwrap(), join);

    let (_b, mut coordinator) = common::store();
    let got = coordinator
        .join_department_in(shared.path(), &join, "המחשב של רוני", false)
        .unwrap();
    assert!(
        got.changes > 100,
        "the whole sample arrives at once: {got:?}"
    );
    assert_eq!(coordinator.counts().unwrap(), manager.counts().unwrap());

    // A cluster added on the coordinator's laptop reaches the manager's on its next sync.
    coordinator.add_cluster(&cluster("אשכול הגליל")).unwrap();
    coordinator.sync_now().unwrap();
    let got = manager.sync_now().unwrap();
    assert!(got.changes > 0);
    assert!(
        manager
            .clusters(false)
            .unwrap()
            .iter()
            .any(|c| c.name == "אשכול הגליל")
    );

    let status = manager.sharing_status(Utc::now()).unwrap();
    assert!(status.sharing && !status.folder_missing && !status.quiet);
    assert_eq!(status.laptop.as_deref(), Some("המחשב של מיכל"));
    let last = status.last_received.unwrap();
    assert_eq!(last.name, "המחשב של רוני");
    assert_eq!(status.laptops.len(), 1);
    assert!(status.checked_at.is_some());
    assert!(status.skipped.is_empty() && status.waiting.is_empty());

    // The work plan travels whole: a year closed on the manager's laptop is closed on the
    // coordinator's, with the same frozen figures and the tasks it rolled over.
    let plan = manager.plans().unwrap()[0].id.clone();
    let today = eshkol_core::today();
    let year = eshkol_core::forums::school_year(today);
    manager.close_plan_year(&plan, year, true, today).unwrap();
    manager.sync_now().unwrap();
    coordinator.sync_now().unwrap();
    for year in [year, year + 1] {
        let seen = |store: &eshkol_core::Store| {
            serde_json::to_value(store.plan_year(&plan, year, today).unwrap()).unwrap()
        };
        assert_eq!(seen(&coordinator), seen(&manager), "{year}");
    }
    assert!(coordinator.plan_year(&plan, year, today).unwrap().closed_at.is_some());
}

#[test]
fn a_laptop_with_records_chooses_before_anything_is_written() {
    let shared = tempfile::tempdir().unwrap();
    let ((_a, mut manager), join) = manager_sharing(shared.path());
    let (_b, mut own) = common::store();
    own.add_cluster(&cluster("אשכול משלי")).unwrap();
    assert!(own.sharing_status(Utc::now()).unwrap().has_records);
    assert!(matches!(
        own.join_department_in(shared.path(), &join, "רכזת", false),
        Err(Error::HasRecords)
    ));
    assert!(
        !own.sharing_status(Utc::now()).unwrap().sharing,
        "refused: nothing written"
    );
    assert_eq!(own.clusters(false).unwrap().len(), 1);
    own.join_department_in(shared.path(), &join, "רכזת", true)
        .unwrap();
    assert_eq!(
        own.clusters(false).unwrap().len(),
        2,
        "merged: both are here"
    );
    manager.sync_now().unwrap();
    assert_eq!(
        manager.clusters(false).unwrap().len(),
        2,
        "and reach the department"
    );
}

#[test]
fn a_missing_folder_is_said_so_and_nothing_is_created_in_its_place() {
    let shared = tempfile::tempdir().unwrap();
    let gone = shared.path().join("usb-stick");
    let (_a, mut manager) = common::store();
    assert!(matches!(
        manager.create_department_in(&gone, "מנהלת"),
        Err(Error::SharedFolderMissing)
    ));
    assert!(!manager.sharing_status(Utc::now()).unwrap().sharing);
    fs::create_dir(&gone).unwrap();
    manager.create_department_in(&gone, "מנהלת").unwrap();
    fs::rename(&gone, shared.path().join("elsewhere")).unwrap();
    manager.add_cluster(&cluster("אשכול")).unwrap();
    assert!(matches!(
        manager.sync_now(),
        Err(Error::SharedFolderMissing)
    ));
    assert!(
        !gone.exists(),
        "the stick's folder is not made on the laptop"
    );
    assert!(manager.sharing_status(Utc::now()).unwrap().folder_missing);
    let message = Error::SharedFolderMissing.localize(manager.messages());
    assert!(message.contains("התיקייה המשותפת"), "{message}");
}

#[test]
fn a_laptop_that_hears_nothing_for_a_week_says_so() {
    let shared = tempfile::tempdir().unwrap();
    let (_a, mut manager) = common::store();
    manager
        .create_department_in(shared.path(), "מנהלת")
        .unwrap();
    let now = Utc::now();
    assert!(!manager.sharing_status(now).unwrap().quiet);
    assert!(
        !manager
            .sharing_status(now + Duration::days(6))
            .unwrap()
            .quiet
    );
    assert!(
        manager
            .sharing_status(now + Duration::days(8))
            .unwrap()
            .quiet
    );
    assert!(
        !common::store()
            .1
            .sharing_status(now + Duration::days(30))
            .unwrap()
            .quiet,
        "a laptop that does not share is never quiet"
    );
}

#[test]
fn a_file_skipped_while_half_copied_is_read_once_it_is_whole() {
    let shared = tempfile::tempdir().unwrap();
    let ((_a, mut manager), join) = manager_sharing(shared.path());
    let (_b, mut coordinator) = coordinator_joining(shared.path(), &join);
    manager.add_cluster(&cluster("אשכול דרום")).unwrap();
    let file = manager.send_changes(shared.path()).unwrap().unwrap();
    let whole = fs::read(&file).unwrap();
    fs::write(&file, &whole[..whole.len() / 3]).unwrap();
    let got = coordinator.sync_now().unwrap();
    assert_eq!(got.skipped.len(), 1);
    let status = coordinator.sharing_status(Utc::now()).unwrap();
    assert_eq!(status.skipped.len(), 1);
    assert_eq!(status.skipped[0].reason, "damaged");
    assert_eq!(
        status.skipped[0].laptop, "מנהלת",
        "named as the team knows it"
    );
    // Unchanged, it is not read again; whole, it is.
    assert_eq!(coordinator.sync_now().unwrap().skipped.len(), 0);
    fs::write(&file, &whole).unwrap();
    let got = coordinator.sync_now().unwrap();
    assert_eq!(got.files, 1);
    assert_eq!(coordinator.clusters(false).unwrap().len(), 2);
    assert!(
        coordinator
            .sharing_status(Utc::now())
            .unwrap()
            .skipped
            .is_empty()
    );
}

#[test]
fn a_conflict_names_the_record_the_field_and_each_value_as_people_know_them() {
    let shared = tempfile::tempdir().unwrap();
    let (_a, mut manager) = common::store();
    let north = manager.add_cluster(&cluster("אשכול צפון")).unwrap();
    let south = manager.add_cluster(&cluster("אשכול דרום")).unwrap();
    let person = manager
        .add_person(&PersonInput {
            full_name: "רוני כהן".into(),
            mobile: "050-6952119".into(),
            cluster_id: Some(north),
            ..Default::default()
        })
        .unwrap();
    let join = manager
        .create_department_in(shared.path(), "מנהלת")
        .unwrap();
    let (_b, mut coordinator) = coordinator_joining(shared.path(), &join);
    let ronny = |cluster_id: Option<String>| PersonInput {
        full_name: "רוני כהן".into(),
        mobile: "050-6952119".into(),
        cluster_id,
        ..Default::default()
    };
    manager
        .save_person(Some(&person), &ronny(Some(south.clone())), false)
        .unwrap();
    coordinator
        .save_person(Some(&person), &ronny(None), false)
        .unwrap();
    manager.sync_now().unwrap();
    coordinator.sync_now().unwrap();
    manager.sync_now().unwrap();
    let conflicts = manager.conflicts().unwrap();
    assert_eq!(conflicts.len(), 1, "{conflicts:#?}");
    let c = &conflicts[0];
    assert_eq!(
        (c.what.as_str(), c.record.as_str(), c.field.as_str()),
        ("איש קשר", "רוני כהן", "אשכול")
    );
    let labels: Vec<Option<&str>> = std::iter::once(&c.shown)
        .chain(&c.others)
        .map(|v| v.label.as_deref())
        .collect();
    assert!(labels.contains(&Some("אשכול דרום")), "{labels:?}");
    assert!(labels.contains(&None), "the emptied field: {labels:?}");
    assert_eq!(
        coordinator.conflicts().unwrap(),
        conflicts,
        "the same on both"
    );
    assert_eq!(manager.sharing_status(Utc::now()).unwrap().conflicts, 1);
}

#[test]
fn after_a_laptop_is_lost_a_new_key_carries_the_department_on_and_the_old_one_reads_nothing() {
    let old_folder = tempfile::tempdir().unwrap();
    let new_folder = tempfile::tempdir().unwrap();
    let ((_a, mut manager), old) = manager_sharing(old_folder.path());
    let (_b, mut coordinator) = coordinator_joining(old_folder.path(), &old);
    let (_c, mut lost) = common::store();
    lost.join_department_in(old_folder.path(), &old, "המחשב שאבד", false)
        .unwrap();

    let new = manager
        .create_department_in(new_folder.path(), "מנהלת")
        .unwrap();
    assert_ne!(new, old);
    coordinator
        .join_department_in(new_folder.path(), &new, "רכזת", true)
        .unwrap();
    coordinator.add_cluster(&cluster("אשכול דרום")).unwrap();
    coordinator.sync_now().unwrap();
    manager.add_cluster(&cluster("אשכול מרכז")).unwrap();
    manager.sync_now().unwrap();
    coordinator.sync_now().unwrap();
    let names = |s: &eshkol_core::Store| {
        let mut n: Vec<String> = s
            .clusters(false)
            .unwrap()
            .into_iter()
            .map(|c| c.name)
            .collect();
        n.sort();
        n
    };
    assert_eq!(names(&manager), ["אשכול דרום", "אשכול מרכז", "אשכול צפון"]);
    assert_eq!(names(&coordinator), names(&manager));
    assert!(manager.conflicts().unwrap().is_empty());
    // The lost laptop, with the old key, pointed at the new folder, reads nothing of it.
    let got = lost.receive_changes(new_folder.path()).unwrap();
    assert_eq!(got.files, 0);
    assert_eq!(names(&lost), ["אשכול צפון"]);
}

#[test]
fn a_visit_purpose_made_on_two_laptops_under_one_name_keeps_both_and_every_visit_arrives() {
    let shared = tempfile::tempdir().unwrap();
    let (_a, mut manager) = common::sample();
    let join = manager
        .create_department_in(shared.path(), "מנהלת")
        .unwrap();
    let (_b, mut coordinator) = coordinator_joining(shared.path(), &join);
    let visit = |store: &mut eshkol_core::Store, purpose: String, summary: &str| {
        let settlement = store.clusters(false).unwrap()[0].settlements[0].id.clone();
        let who = store.people(false).unwrap()[0].id.clone();
        store
            .save_visit(
                None,
                &eshkol_core::visits::VisitInput {
                    settlement_id: settlement,
                    date: "2026-11-30".into(),
                    purpose_id: purpose,
                    visitors: vec![who],
                    summary: summary.into(),
                    ..Default::default()
                },
            )
            .unwrap();
    };
    // Both make "home visit" before hearing of the other's, and log a visit with it.
    let mine = manager.add_visit_purpose("ביקור בית").unwrap();
    visit(&mut manager, mine, "מהמנהלת");
    let theirs = coordinator.add_visit_purpose("ביקור בית").unwrap();
    visit(&mut coordinator, theirs, "מהרכזת");
    for _ in 0..2 {
        manager.sync_now().unwrap();
        coordinator.sync_now().unwrap();
    }
    let purposes = |s: &eshkol_core::Store| {
        let mut p: Vec<String> = s
            .visit_purposes()
            .unwrap()
            .into_iter()
            .map(|p| p.name)
            .filter(|n| n.starts_with("ביקור בית"))
            .collect();
        p.sort();
        p
    };
    assert_eq!(purposes(&manager).len(), 2, "{:?}", purposes(&manager));
    assert_eq!(purposes(&manager), purposes(&coordinator));
    for store in [&manager, &coordinator] {
        let mut summaries: Vec<String> = store
            .recent_visits(100)
            .unwrap()
            .into_iter()
            .map(|v| v.summary)
            .filter(|s| s.starts_with("מה"))
            .collect();
        summaries.sort();
        assert_eq!(summaries, ["מהמנהלת", "מהרכזת"]);
        assert_eq!(store.sharing_status(Utc::now()).unwrap().rows_waiting, 0);
    }
}

#[test]
fn decisions_added_to_one_meeting_on_two_laptops_at_once_are_numbered_apart_alike() {
    use eshkol_core::forums::DecisionInput;
    let shared = tempfile::tempdir().unwrap();
    let ((_a, mut manager), join) = manager_sharing(shared.path());
    let meeting = common::meeting(&mut manager);
    let decide = |s: &mut eshkol_core::Store, text: &str| {
        s.save_decision(
            &meeting,
            None,
            &DecisionInput {
                text: text.into(),
                agenda_item_id: None,
            },
        )
        .unwrap();
    };
    decide(&mut manager, "ראשונה");
    manager.sync_now().unwrap();
    let (_b, mut coordinator) = coordinator_joining(shared.path(), &join);
    // Each adds decision 2 before hearing of the other's; one laptop adds a third later.
    decide(&mut manager, "מהמנהלת");
    decide(&mut coordinator, "מהרכזת");
    decide(&mut coordinator, "עוד מהרכזת");
    for _ in 0..2 {
        manager.sync_now().unwrap();
        coordinator.sync_now().unwrap();
    }
    let numbered = |s: &eshkol_core::Store| {
        let mut d: Vec<(u32, String)> = s
            .meeting(&meeting)
            .unwrap()
            .decisions
            .into_iter()
            .map(|d| (d.number, d.text))
            .collect();
        d.sort();
        d
    };
    let shown = numbered(&manager);
    assert_eq!(shown.len(), 4, "every decision is shown: {shown:?}");
    assert_eq!(
        shown.iter().map(|d| d.0).collect::<Vec<_>>(),
        [1, 2, 3, 4],
        "{shown:?}"
    );
    assert_eq!(numbered(&coordinator), shown, "alike on both");
    assert_eq!(manager.sharing_status(Utc::now()).unwrap().rows_waiting, 0);
}
