//! Any bytes lying in the shared folder as another laptop's file: refused, or opened whole,
//! never a panic; and a file sealed by a laptop with the key opens as what it sealed.

use eshkol_core::sync::file::{self, Batch, FORMAT, Header};

pub fn check(data: &[u8]) {
    let department = uuid::Uuid::from_u128(1);
    let key = [7u8; 32];
    let _ = file::open(data, department, &key, 7);
    let header = Header {
        format: FORMAT,
        schema: 7,
        department,
        laptop: uuid::Uuid::from_u128(2),
        seq: data.len() as u64,
    };
    let batch = Batch {
        laptop_name: String::from_utf8_lossy(data).into_owned(),
        changes: Vec::new(),
    };
    let sealed = file::seal(&header, &batch, &key).expect("a 32-byte key seals");
    assert_eq!(file::open(&sealed, department, &key, 7), Ok((header, batch)));
}
