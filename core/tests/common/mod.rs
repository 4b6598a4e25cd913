//! What the integration tests share. Each test file that uses it says `mod common;`.
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
