//! A save is on the disk before Eshkol says it is saved: a power cut or an OS crash right
//! after cannot roll it back. Proven from the system calls themselves: a child process saves
//! under strace and then prints "SAVED"; the write-ahead log it wrote the save to must be
//! synced (fsync or fdatasync) after the save's last write to it and before that print.

use crate::common;

use std::{collections::HashSet, io::Write, path::Path, process::Command};

use eshkol_core::{Store, directory::*};

const CHILD_DB: &str = "ESHKOL_DURABLE_CHILD_DB";

/// Run by the test below in a traced child process; does nothing when run on its own.
#[test]
fn the_child_saves_and_says_so() {
    let Ok(path) = std::env::var(CHILD_DB) else {
        return;
    };
    let mut store = Store::open(Path::new(&path)).unwrap();
    store
        .add_cluster(&ClusterInput {
            name: "אשכול צפון".into(),
            region: Some(Region::North),
            ..Default::default()
        })
        .unwrap();
    let mut out = std::io::stdout().lock();
    out.write_all(b"SAVED\n").unwrap();
    out.flush().unwrap();
}

#[test]
fn a_save_is_synced_to_the_disk_before_it_is_reported() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("eshkol.sqlite3");
    // The schema is made first, untraced: what is traced is one save.
    drop(Store::open(&db).unwrap());
    let trace = dir.path().join("trace.txt");
    let status = Command::new("strace")
        .args(["-f", "-qq", "-s", "16", "-e"])
        .arg("trace=openat,pwrite64,write,fsync,fdatasync")
        .arg("-o")
        .arg(&trace)
        .arg(std::env::current_exe().unwrap())
        .arg("--exact")
        .arg(common::test_name(module_path!(), "the_child_saves_and_says_so"))
        .arg("--nocapture")
        .env(CHILD_DB, &db)
        .stdout(std::process::Stdio::null())
        .status()
        .expect("strace runs (scripts/setup --test installs it)");
    assert!(status.success(), "the traced save failed");
    let calls = std::fs::read_to_string(&trace).unwrap();
    let lines: Vec<&str> = calls.lines().collect();

    // The descriptors the log was opened on.
    let wal: HashSet<String> = lines
        .iter()
        .filter(|l| l.contains("openat(") && l.contains("eshkol.sqlite3-wal\""))
        .filter_map(|l| l.rsplit("= ").next().map(|fd| fd.trim().to_string()))
        .collect();
    assert!(!wal.is_empty(), "the log was opened:\n{calls}");
    let on_wal = |line: &str, call: &str| {
        line.split_once(&format!("{call}("))
            .and_then(|(_, rest)| rest.split([',', ')']).next())
            .is_some_and(|fd| wal.contains(fd.trim()))
    };
    let saved = lines
        .iter()
        .position(|l| l.contains("write(1, \"SAVED"))
        .expect("the child said SAVED");
    let last_write = lines[..saved]
        .iter()
        .rposition(|l| on_wal(l, "pwrite64"))
        .expect("the save was written to the log");
    let synced = lines[last_write..saved]
        .iter()
        .any(|l| on_wal(l, "fdatasync") || on_wal(l, "fsync"));
    assert!(
        synced,
        "the log was not synced between the save's last write and \"SAVED\":\n{}",
        lines[last_write..=saved].join("\n")
    );
}
