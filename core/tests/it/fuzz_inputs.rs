//! Every fuzz target's check, run on every input it keeps: the seeds in `fuzz/seeds/<target>/`
//! (real files, and every crash input `scripts/fuzz` ever found) and whatever
//! `fuzz/corpus/<target>/` has gathered on this machine. The checks are the fuzz targets' own
//! files, so the ordinary build runs what fuzzing runs, without compiling every dependency a
//! second time instrumented; fuzzing for real is `scripts/fuzz` (README, "Running the tests").

use std::path::{Path, PathBuf};

#[path = "../../../fuzz/checks/import_csv.rs"]
mod import_csv;
#[path = "../../../fuzz/checks/import_xlsx.rs"]
mod import_xlsx;
#[path = "../../../fuzz/checks/phone.rs"]
mod phone;
#[path = "../../../fuzz/checks/sync_file.rs"]
mod sync_file;

fn fuzz_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../fuzz")
}

/// The files of `fuzz/seeds/<target>` and `fuzz/corpus/<target>`, each with its bytes.
fn inputs(target: &str) -> Vec<(PathBuf, Vec<u8>)> {
    let mut files = Vec::new();
    for kind in ["seeds", "corpus"] {
        let Ok(dir) = std::fs::read_dir(fuzz_dir().join(kind).join(target)) else {
            assert_ne!(kind, "seeds", "{target} has no seeds");
            continue;
        };
        for entry in dir {
            let path = entry.unwrap().path();
            if path.is_file() {
                let bytes = std::fs::read(&path).unwrap();
                files.push((path, bytes));
            }
        }
    }
    files.sort();
    files
}

/// Run `check` on every input of `target`; a panic names the file that caused it.
fn replay(target: &str, check: fn(&[u8])) -> usize {
    let files = inputs(target);
    for (path, bytes) in &files {
        if std::panic::catch_unwind(|| check(bytes)).is_err() {
            panic!("fuzz target {target} fails on {}", path.display());
        }
    }
    files.len()
}

#[test]
fn every_contact_list_input_reads_or_is_refused() {
    assert!(replay("import_csv", import_csv::check) >= 3);
    assert!(replay("import_xlsx", import_xlsx::check) >= 4);
}

#[test]
fn every_phone_input_is_refused_or_reads_back_as_itself() {
    assert!(replay("phone", phone::check) >= 5);
}

#[test]
fn every_sync_file_input_is_refused_or_opens_whole() {
    assert!(replay("sync_file", sync_file::check) >= 2);
}
