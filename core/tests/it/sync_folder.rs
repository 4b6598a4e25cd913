//! Laptops sharing a department through a folder: files written whole, each laptop in its
//! own subfolder, read by the others; bad, foreign and newer files skipped or held and
//! reported, never half-applied.

use std::{fs, path::Path};

use eshkol_core::{
    Error,
    directory::*,
    sync::{JoinFile, Received},
    visits::VisitInput,
};

use crate::common;

#[test]
fn a_visit_logged_on_one_laptop_arrives_on_the_other_through_the_folder() {
    let shared = tempfile::tempdir().unwrap();
    let ((_a, mut manager), (_b, mut coordinator), _) = common::department();
    let cluster = manager
        .add_cluster(&ClusterInput {
            name: "אשכול צפון".into(),
            region: Some(Region::North),
            ..Default::default()
        })
        .unwrap();
    let settlement = manager
        .add_settlement(&SettlementInput {
            name: "כפר הגפן".into(),
            kind: Some(SettlementKind::Kibbutz),
            cluster_id: Some(cluster),
            ..Default::default()
        })
        .unwrap();
    let person = manager
        .add_person(&PersonInput {
            full_name: "רוני כהן".into(),
            mobile: "050-6952119".into(),
            ..Default::default()
        })
        .unwrap();
    manager
        .send_changes(shared.path())
        .unwrap()
        .expect("a file");
    let got = coordinator.receive_changes(shared.path()).unwrap();
    assert_eq!((got.files, got.skipped.len()), (1, 0));
    assert_eq!(coordinator.person(&person).unwrap().mobile, "050-6952119");

    // The coordinator logs a visit; the manager's coverage counts it.
    let purpose = coordinator.visit_purposes().unwrap()[0].id.clone();
    coordinator
        .save_visit(
            None,
            &VisitInput {
                settlement_id: settlement.clone(),
                date: "2026-11-29".into(),
                purpose_id: purpose,
                visitors: vec![person.clone()],
                summary: "שיחה עם הרכזת".into(),
                sensitive_notes: Some("פרט רגיש".into()),
                ..Default::default()
            },
        )
        .unwrap();
    coordinator
        .send_changes(shared.path())
        .unwrap()
        .expect("a file");
    manager.receive_changes(shared.path()).unwrap();
    let history = manager.settlement_visits(&settlement).unwrap();
    assert_eq!(history.len(), 1);
    assert_eq!(history[0].summary, "שיחה עם הרכזת");
    // Nothing readable lies in the folder: no names, no phone numbers, no notes.
    for entry in walk(shared.path()) {
        let bytes = fs::read(&entry).unwrap();
        let text = String::from_utf8_lossy(&bytes);
        for secret in ["רוני", "6952119", "פרט רגיש", "שיחה"] {
            assert!(!text.contains(secret), "{} holds {secret}", entry.display());
        }
    }
}

fn walk(dir: &Path) -> Vec<std::path::PathBuf> {
    fs::read_dir(dir)
        .unwrap()
        .filter_map(|e| e.ok())
        .flat_map(|e| {
            if e.path().is_dir() {
                walk(&e.path())
            } else {
                vec![e.path()]
            }
        })
        .collect()
}

#[test]
fn minutes_typed_for_a_while_leave_as_one_change_in_one_file() {
    let shared = tempfile::tempdir().unwrap();
    let ((_a, mut manager), (_b, mut coordinator), _) = common::department();
    let mut forum = manager.forum_template(eshkol_core::forums::Template::Authority);
    forum.name = "פורום שותפים".into();
    let forum = manager.save_forum(None, &forum).unwrap();
    let meeting = manager
        .save_meeting(
            None,
            &forum,
            &eshkol_core::forums::MeetingInput {
                date: "2026-12-01".into(),
                ..Default::default()
            },
        )
        .unwrap();
    manager.send_changes(shared.path()).unwrap();
    let mut text = String::new();
    for word in 0..300 {
        text.push_str(&format!("מילה{word} "));
        manager.set_minutes(&meeting, &text).unwrap();
    }
    let path = manager
        .send_changes(shared.path())
        .unwrap()
        .expect("a file");
    assert!(
        fs::metadata(&path).unwrap().len() < 8 * 1024,
        "one value of the minutes, not 300"
    );
    let minutes = manager
        .changes_since(None)
        .unwrap()
        .into_iter()
        .filter(|c| c.col == "minutes")
        .count();
    assert_eq!(minutes, 2, "the empty minutes as made, and their last text");
    assert_eq!(
        manager.send_changes(shared.path()).unwrap(),
        None,
        "nothing new, no file"
    );
    coordinator.receive_changes(shared.path()).unwrap();
    assert_eq!(coordinator.meeting(&meeting).unwrap().minutes, text);
    // Every laptop keeps the same record of changes.
    let theirs = coordinator.changes_since(None).unwrap();
    let mine = manager.changes_since(None).unwrap();
    let extra: Vec<String> = mine
        .iter()
        .filter(|c| !theirs.contains(c))
        .map(|c| format!("{} {} {} {}", c.stamp, c.tbl, c.col, c.base.is_some()))
        .collect();
    assert!(extra.is_empty(), "{extra:#?}");
    let more: Vec<String> = theirs
        .iter()
        .filter(|c| !mine.contains(c))
        .map(|c| format!("{} {} {} {:?}", c.stamp, c.tbl, c.col, c.base))
        .collect();
    assert!(more.is_empty(), "{more:#?}");
    assert_eq!(theirs.len(), mine.len());
    // Only final names are left: no temporary file, and one subfolder per laptop.
    assert!(
        common::files_in(shared.path())
            .iter()
            .all(|n| n.ends_with(".eshkol"))
    );
}

#[test]
fn cut_foreign_wrongly_keyed_and_newer_files_are_reported_and_never_half_applied() {
    let shared = tempfile::tempdir().unwrap();
    let ((_a, mut manager), (_b, mut coordinator), join) = common::department();
    manager
        .add_organization(&OrganizationInput {
            sector: None,
            name: "תנועת הנוער".into(),
            kind: Some(OrganizationKind::YouthMovement),
            notes: String::new(),
        })
        .unwrap();
    let first = manager.send_changes(shared.path()).unwrap().unwrap();
    manager
        .add_organization(&OrganizationInput {
            sector: None,
            name: "בית הספר".into(),
            kind: Some(OrganizationKind::School),
            notes: String::new(),
        })
        .unwrap();
    let second = manager.send_changes(shared.path()).unwrap().unwrap();
    // The second file arrives cut short (a half-copied file).
    let bytes = fs::read(&second).unwrap();
    fs::write(&second, &bytes[..bytes.len() / 2]).unwrap();
    let dir = second.parent().unwrap();
    // A file made with another key, and one of a laptop whose Eshkol is newer.
    let mut stranger = common::store();
    let other = stranger.1.create_department("זר").unwrap();
    stranger
        .1
        .join_department(
            &JoinFile {
                department_id: join.department_id.clone(),
                key: other.key.clone(),
            },
            "זר",
            true,
        )
        .unwrap();
    stranger
        .1
        .add_cluster(&ClusterInput {
            name: "זר".into(),
            region: Some(Region::South),
            ..Default::default()
        })
        .unwrap();
    let forged = stranger.1.send_changes(shared.path()).unwrap().unwrap();
    let got: Received = coordinator.receive_changes(shared.path()).unwrap();
    assert_eq!(got.files, 1, "{got:?}");
    let names: Vec<String> = coordinator
        .organizations(false)
        .unwrap()
        .into_iter()
        .map(|o| o.name)
        .collect();
    assert_eq!(names, ["תנועת הנוער"], "the cut file left nothing behind");
    assert!(
        coordinator.clusters(true).unwrap().is_empty(),
        "nothing of the wrong key"
    );
    let mut skipped: Vec<&str> = got.skipped.iter().map(|(_, _, why)| *why).collect();
    skipped.sort();
    assert_eq!(skipped, ["damaged", "damaged"], "{got:?}");
    assert!(first.exists() && forged.exists() && dir.exists());
    // Reported once, not taken again on the next read.
    assert_eq!(
        coordinator.receive_changes(shared.path()).unwrap(),
        Received::default()
    );
}

#[test]
fn a_laptop_with_records_of_its_own_joins_only_when_told_to_merge() {
    let shared = tempfile::tempdir().unwrap();
    let (_manager_dir, mut manager) = common::store();
    let join = manager.create_department("המחשב של מיכל").unwrap();
    let (_dir, mut own) = common::sample();
    assert!(matches!(
        own.join_department(&join, "מחשב עם רשומות", false),
        Err(Error::HasRecords)
    ));
    assert!(
        own.changes_since(None).unwrap().is_empty(),
        "refused before anything was written"
    );
    own.join_department(&join, "מחשב עם רשומות", true).unwrap();
    own.send_changes(shared.path()).unwrap().unwrap();
    manager.receive_changes(shared.path()).unwrap();
    assert_eq!(
        manager.people(false).unwrap().len(),
        own.people(false).unwrap().len()
    );
    assert!(matches!(
        JoinFile::parse(b"{\"department_id\": \"x\"}"),
        Err(Error::NotAJoinFile)
    ));
    assert_eq!(JoinFile::parse(&join.to_bytes()).unwrap(), join);
}

#[test]
fn a_laptop_name_with_direction_overrides_or_no_end_is_shown_as_a_name_may_be() {
    let shared = tempfile::tempdir().unwrap();
    let ((_a, mut manager), (_b, mut coordinator), _) = common::department();
    // Written by hand into the manager's database, past what Eshkol accepts.
    let long = format!("\u{202E}המחשב של מיכל\u{0007}{}", "א".repeat(1000));
    manager
        .connection()
        .execute("UPDATE sync_laptop SET name = ?1", [&long])
        .unwrap();
    manager
        .add_organization(&OrganizationInput {
            sector: None,
            name: "תנועת הנוער".into(),
            kind: Some(OrganizationKind::YouthMovement),
            notes: String::new(),
        })
        .unwrap();
    manager.send_changes(shared.path()).unwrap();
    coordinator.receive_changes(shared.path()).unwrap();
    let status = coordinator.sharing_status(chrono::Utc::now()).unwrap();
    let name = &status.laptops[0].name;
    assert!(name.starts_with("המחשב של מיכל"), "{name}");
    assert!(!name.contains('\u{202E}') && !name.contains('\u{0007}'));
    assert!(
        name.chars().count() < 1000,
        "{} characters",
        name.chars().count()
    );
}

#[test]
fn a_file_written_before_a_crash_is_never_written_over() {
    let shared = tempfile::tempdir().unwrap();
    let ((_a, mut manager), _, _) = common::department();
    manager
        .add_organization(&OrganizationInput {
            sector: None,
            name: "תנועת הנוער".into(),
            kind: Some(OrganizationKind::YouthMovement),
            notes: String::new(),
        })
        .unwrap();
    let first = manager.send_changes(shared.path()).unwrap().unwrap();
    let written = fs::read(&first).unwrap();
    // The file was written, but the crash came before its number was recorded.
    manager
        .connection()
        .execute("UPDATE sync_laptop SET sent_seq = 0, sent_until = NULL", [])
        .unwrap();
    let next = manager.send_changes(shared.path()).unwrap().unwrap();
    assert_ne!(next, first);
    assert!(next.ends_with("00000002.eshkol"), "{}", next.display());
    assert_eq!(fs::read(&first).unwrap(), written);
}

/// A file that shows its full size before its bytes are there (Windows' copy engine sets the
/// size first; a cloud drive's placeholder shows it before the download) is skipped while it
/// does not read, and taken in once its bytes arrive, though its size and time never changed.
#[test]
fn a_file_whose_bytes_arrive_after_its_size_is_read_again_until_it_reads() {
    let shared = tempfile::tempdir().unwrap();
    let ((_a, mut manager), (_b, mut coordinator), _) = common::department();
    let person = manager
        .add_person(&PersonInput {
            full_name: "רוני כהן".into(),
            mobile: "050-6952119".into(),
            ..Default::default()
        })
        .unwrap();
    let path = manager.send_changes(shared.path()).unwrap().unwrap();
    let bytes = fs::read(&path).unwrap();
    let written_at = fs::metadata(&path).unwrap().modified().unwrap();
    let stage = |content: &[u8]| {
        fs::write(&path, content).unwrap();
        fs::File::options()
            .write(true)
            .open(&path)
            .unwrap()
            .set_modified(written_at)
            .unwrap();
    };

    // First stage: the whole size, none of the bytes.
    stage(&vec![0; bytes.len()]);
    let got = coordinator.receive_changes(shared.path()).unwrap();
    assert_eq!((got.files, got.skipped.len()), (0, 1), "{got:?}");
    assert!(coordinator.person(&person).is_err(), "nothing taken from it");
    let status = coordinator.sharing_status(chrono::Utc::now()).unwrap();
    assert_eq!(status.skipped.len(), 1, "the Sync page lists it");
    // Read again, still empty: not reported a second time.
    let got = coordinator.receive_changes(shared.path()).unwrap();
    assert_eq!(got, Received::default());

    // Second stage: the bytes arrive; the size and the time stay as they were.
    stage(&bytes);
    assert_eq!(fs::metadata(&path).unwrap().len(), bytes.len() as u64);
    let got = coordinator.receive_changes(shared.path()).unwrap();
    assert_eq!((got.files, got.skipped.len()), (1, 0), "{got:?}");
    assert_eq!(coordinator.person(&person).unwrap().full_name, "רוני כהן");
    let status = coordinator.sharing_status(chrono::Utc::now()).unwrap();
    assert!(status.skipped.is_empty(), "no longer listed as not read");
}

#[test]
fn a_file_another_program_holds_waits_and_is_read_once_it_is_let_go() {
    // On Windows a cloud drive downloading a file, or an antivirus scanning it, keeps it from
    // being opened for a moment. Here the file's name holds a folder for that moment: opening
    // it as a file fails as a held file's does.
    let shared = tempfile::tempdir().unwrap();
    let ((_a, mut manager), (_b, mut coordinator), _) = common::department();
    let person = manager
        .add_person(&PersonInput {
            full_name: "דנה לוי".into(),
            ..Default::default()
        })
        .unwrap();
    let path = manager.send_changes(shared.path()).unwrap().unwrap();
    let aside = path.with_extension("aside");
    fs::rename(&path, &aside).unwrap();
    fs::create_dir(&path).unwrap();

    let got = coordinator.receive_changes(shared.path()).unwrap();
    assert_eq!(got.files, 0);
    assert!(got.skipped.is_empty(), "a held file is not counted as damaged or skipped: {got:?}");
    assert_eq!(got.waiting.len(), 1, "{got:?}");
    assert_eq!(got.waiting[0].2, "held");
    let status = coordinator.sharing_status(chrono::Utc::now()).unwrap();
    assert!(status.skipped.is_empty());
    assert_eq!(status.waiting.len(), 1, "the Sync page says it waits");
    assert_eq!(status.waiting[0].reason, "held");

    // Let go: the next pass takes it in.
    fs::remove_dir(&path).unwrap();
    fs::rename(&aside, &path).unwrap();
    let got = coordinator.receive_changes(shared.path()).unwrap();
    assert_eq!((got.files, got.waiting.len()), (1, 0), "{got:?}");
    assert_eq!(coordinator.person(&person).unwrap().full_name, "דנה לוי");
    let status = coordinator.sharing_status(chrono::Utc::now()).unwrap();
    assert!(status.waiting.is_empty(), "no longer waiting");
}
