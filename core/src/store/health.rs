//! Whether a database file is whole before anything reads it: a truncated or overwritten file
//! is `Error::Damaged` at open, and so is corruption SQLite reports later.

use std::{io::Read, path::Path};

use crate::error::{Error, Result};

/// Corruption reported by SQLite is `Error::Damaged`; other errors stay as they are.
pub(crate) fn damaged(e: rusqlite::Error) -> Error {
    match e.sqlite_error_code() {
        Some(rusqlite::ErrorCode::DatabaseCorrupt | rusqlite::ErrorCode::NotADatabase) => {
            Error::Damaged(e.to_string())
        }
        _ => Error::Database(e),
    }
}

/// What the first 100 bytes of a database file say: the file is SQLite's and as long as its
/// header says. Catches a truncated or overwritten file before any query runs. An empty or
/// missing file is a new database.
pub(crate) fn check_header(path: &Path) -> Result<()> {
    let Ok(mut file) = std::fs::File::open(path) else {
        return Ok(());
    };
    let length = file.metadata()?.len();
    if length == 0 {
        return Ok(());
    }
    let mut header = [0u8; 100];
    if length < 100 || file.read_exact(&mut header).is_err() {
        return Err(Error::Damaged(format!("{length} bytes")));
    }
    if &header[..16] != b"SQLite format 3\0" {
        return Err(Error::Damaged("not an SQLite file".into()));
    }
    let be32 = |at: usize| {
        u32::from_be_bytes([header[at], header[at + 1], header[at + 2], header[at + 3]])
    };
    let page_size = match u16::from_be_bytes([header[16], header[17]]) {
        1 => 65_536,
        n => u64::from(n),
    };
    let pages = u64::from(be32(28));
    // The size in the header counts only when it was written with the current change counter.
    if be32(24) == be32(92) && pages > 0 && length < pages * page_size {
        return Err(Error::Damaged(format!(
            "{length} of {} bytes",
            pages * page_size
        )));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_short_or_foreign_header_is_damage() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("x.sqlite3");
        std::fs::write(&path, b"").unwrap();
        assert!(check_header(&path).is_ok());
        std::fs::write(&path, b"SQLite format 3\0short").unwrap();
        assert!(matches!(check_header(&path), Err(Error::Damaged(_))));
        std::fs::write(&path, vec![7u8; 4096]).unwrap();
        assert!(matches!(check_header(&path), Err(Error::Damaged(_))));
        assert!(check_header(&dir.path().join("missing")).is_ok());
    }
}
