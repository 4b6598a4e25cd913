//! What the integration tests share. A topic that uses it says `use crate::common;`.
#![allow(dead_code)]

use eshkol_core::Store;

/// A new store on a file in a temporary folder, which lives as long as the folder returned.
pub fn store() -> (tempfile::TempDir, Store) {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(&dir.path().join("eshkol.sqlite3")).unwrap();
    (dir, store)
}

/// `store` with the sample department loaded.
pub fn sample() -> (tempfile::TempDir, Store) {
    let (dir, mut store) = store();
    store.load_sample().unwrap();
    (dir, store)
}

/// Two laptops of one department: the manager's, which made it, and a coordinator's, which
/// joined it with the file the manager's made. Empty both.
pub fn department() -> (
    (tempfile::TempDir, Store),
    (tempfile::TempDir, Store),
    eshkol_core::sync::JoinFile,
) {
    let mut manager = store();
    let join = manager.1.create_department("המחשב של מיכל").unwrap();
    let mut coordinator = store();
    coordinator
        .1
        .join_department(&join, "המחשב של רוני", false)
        .unwrap();
    (manager, coordinator, join)
}

/// A forum made from the local-authority template, and a meeting of it on 20.11.2026: the
/// meeting's id.
pub fn meeting(store: &mut Store) -> eshkol_core::model::Id {
    use eshkol_core::forums::{MeetingInput, Template};
    let mut input = store.forum_template(Template::Authority);
    input.name = "פורום שותפים".into();
    let forum = store.save_forum(None, &input).unwrap();
    store
        .save_meeting(
            None,
            &forum,
            &MeetingInput {
                date: "2026-11-20".into(),
                ..Default::default()
            },
        )
        .unwrap()
}

/// The name of every file under `dir`, however deep, sorted.
pub fn files_in(dir: &std::path::Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .map(|entries| {
            entries
                .filter_map(|e| e.ok())
                .flat_map(|e| {
                    if e.path().is_dir() {
                        files_in(&e.path())
                    } else {
                        vec![e.file_name().to_string_lossy().into_owned()]
                    }
                })
                .collect()
        })
        .unwrap_or_default();
    names.sort();
    names
}

/// The whole name the test binary knows a test by, for a test that runs another test of its own
/// binary in a child process with `--exact`: `module` is the caller's `module_path!()`.
pub fn test_name(module: &str, name: &str) -> String {
    match module.split_once("::") {
        Some((_, path)) => format!("{path}::{name}"),
        None => name.to_string(),
    }
}

/// A live cluster of the north, by name, with its coordinator when given.
pub fn cluster(store: &mut Store, name: &str, coordinator: Option<eshkol_core::model::Id>) -> String {
    store
        .save_cluster(
            None,
            &eshkol_core::directory::ClusterInput {
                name: name.into(),
                region: Some(eshkol_core::directory::Region::North),
                coordinator_id: coordinator,
                ..Default::default()
            },
        )
        .unwrap()
}

/// A kibbutz of `cluster`, by name.
pub fn settlement(store: &mut Store, name: &str, cluster: &str) -> String {
    store
        .save_settlement(
            None,
            &eshkol_core::directory::SettlementInput {
                name: name.into(),
                kind: Some(eshkol_core::directory::SettlementKind::Kibbutz),
                cluster_id: Some(cluster.to_owned()),
                ..Default::default()
            },
        )
        .unwrap()
}

/// What a reader's tool reads of a PDF: pdftotext, without the direction marks it adds.
pub fn pdf_text(pdf: &[u8]) -> String {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("document.pdf");
    std::fs::write(&path, pdf).unwrap();
    let out = std::process::Command::new("pdftotext")
        .arg(&path)
        .arg("-")
        .output()
        .expect("pdftotext (poppler-utils) runs");
    assert!(out.status.success());
    String::from_utf8(out.stdout)
        .unwrap()
        .chars()
        .filter(|c| !matches!(c, '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}'))
        .collect()
}
