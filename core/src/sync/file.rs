//! A file of changes as it lies in the shared folder: a short header anyone may read (what it
//! is, which department, which laptop, its number) and the changes, encrypted and
//! authenticated with the department's key (XChaCha20-Poly1305, the header as associated
//! data). The cloud that holds the folder sees no names, no phone numbers and no visit notes,
//! and a file changed on the way, cut short or made with another key is refused whole.

use chacha20poly1305::{
    XChaCha20Poly1305, XNonce,
    aead::{Aead, AeadCore, KeyInit, OsRng, Payload},
};
use std::io::{Read, Write};

use rusqlite::types::Value;
use serde::{Deserialize, Serialize};

use super::Change;

/// What every file of changes starts with.
pub const MAGIC: &[u8; 8] = b"ESKLSYNC";
/// What every part of a snapshot starts with: a snapshot is never read as changes, nor the
/// other way round.
pub const SNAPSHOT_MAGIC: &[u8; 8] = b"ESKLSNAP";
/// The layout of the file this build writes. A file of a later format waits. Format 1 holds
/// the changes as JSON; format 2, as JSON compressed with DEFLATE (about a fifth the size).
pub const FORMAT: u16 = 2;
/// The most a file's changes may take once decompressed: far more than `CHANGES_PER_FILE`
/// changes ever take (about 5 MB), and little enough that a file made to inflate without end
/// is refused before it fills the memory.
pub const MAX_BATCH_BYTES: u64 = 256 * 1024 * 1024;
/// The version of the shared tables' schema: the migration that last changed a shared table
/// (0015: an update round's request may be "sent", a value a laptop before it would refuse). A
/// migration that changes only what stays on one laptop leaves it; one that changes a shared
/// table raises it, and a test (`the_shared_schema_is_named_by_its_version`) says when.
pub const SHARED_SCHEMA: u16 = 15;
/// The header: magic, format, schema, department, laptop, number, nonce.
const HEADER_BYTES: usize = 8 + 2 + 2 + 16 + 16 + 8 + 24;
/// Larger files are refused before they are read: a day of a department's work is a few
/// hundred kilobytes, and a laptop writes a new file every few seconds at most.
pub const MAX_FILE_BYTES: u64 = 64 * 1024 * 1024;

/// Who wrote a file and where it stands among its files.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Header {
    pub format: u16,
    /// The schema version of the Eshkol that wrote it.
    pub schema: u16,
    pub department: uuid::Uuid,
    pub laptop: uuid::Uuid,
    /// 1 for a laptop's first file, then one more each.
    pub seq: u64,
}

/// What is inside: the writer's name, and its changes.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Batch {
    pub laptop_name: String,
    pub changes: Vec<WireChange>,
}

/// A change as the file holds it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct WireChange {
    pub stamp: String,
    pub tbl: String,
    pub pk: String,
    pub col: String,
    pub value: WireValue,
    pub base: Option<String>,
}

/// A cell's value: what SQLite stores in the shared tables (they hold no blobs).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum WireValue {
    Null,
    Integer(i64),
    Real(f64),
    Text(String),
}

impl From<&Change> for WireChange {
    fn from(c: &Change) -> Self {
        WireChange {
            stamp: c.stamp.clone(),
            tbl: c.tbl.clone(),
            pk: c.pk.clone(),
            col: c.col.clone(),
            value: match &c.value {
                Value::Null | Value::Blob(_) => WireValue::Null,
                Value::Integer(i) => WireValue::Integer(*i),
                Value::Real(r) => WireValue::Real(*r),
                Value::Text(t) => WireValue::Text(t.clone()),
            },
            base: c.base.clone(),
        }
    }
}

impl From<WireChange> for Change {
    fn from(c: WireChange) -> Self {
        Change {
            stamp: c.stamp,
            tbl: c.tbl,
            pk: c.pk,
            col: c.col,
            value: match c.value {
                WireValue::Null => Value::Null,
                WireValue::Integer(i) => Value::Integer(i),
                WireValue::Real(r) => Value::Real(r),
                WireValue::Text(t) => Value::Text(t),
            },
            base: c.base,
        }
    }
}

/// Why a file was not taken in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Refusal {
    /// Shorter than a header, or not a file of changes at all.
    NotChanges,
    /// Larger than `MAX_FILE_BYTES`.
    TooLarge,
    /// Of another department.
    OtherDepartment,
    /// Made by a later Eshkol: it waits until this laptop's Eshkol is updated.
    Newer,
    /// Cut short, changed on the way, or made with another key.
    Damaged,
    /// Could not be opened or read for now: held by another program (a cloud drive still
    /// downloading it, an antivirus scanning it, as on Windows). It waits, and is read again
    /// at the next pass; it is never taken for damaged.
    Held,
}

impl Refusal {
    /// The stable code kept beside the file and shown, translated, on the Sync page.
    pub fn code(self) -> &'static str {
        match self {
            Refusal::NotChanges => "not-changes",
            Refusal::TooLarge => "too-large",
            Refusal::OtherDepartment => "other-department",
            Refusal::Newer => "newer",
            Refusal::Damaged => "damaged",
            Refusal::Held => "held",
        }
    }
}

impl Header {
    #[cfg(test)]
    fn bytes(&self, nonce: &[u8]) -> Vec<u8> {
        self.bytes_as(MAGIC, nonce)
    }

    fn bytes_as(&self, magic: &[u8; 8], nonce: &[u8]) -> Vec<u8> {
        let mut out = Vec::with_capacity(HEADER_BYTES);
        out.extend_from_slice(magic);
        out.extend_from_slice(&self.format.to_be_bytes());
        out.extend_from_slice(&self.schema.to_be_bytes());
        out.extend_from_slice(self.department.as_bytes());
        out.extend_from_slice(self.laptop.as_bytes());
        out.extend_from_slice(&self.seq.to_be_bytes());
        out.extend_from_slice(nonce);
        out
    }

    /// The header of `bytes`, without trusting anything after it.
    pub fn read(bytes: &[u8]) -> Result<Header, Refusal> {
        Header::read_as(MAGIC, bytes)
    }

    fn read_as(magic: &[u8; 8], bytes: &[u8]) -> Result<Header, Refusal> {
        if bytes.len() < HEADER_BYTES || &bytes[..8] != magic {
            return Err(Refusal::NotChanges);
        }
        let u16_at = |at: usize| u16::from_be_bytes([bytes[at], bytes[at + 1]]);
        let uuid_at = |at: usize| {
            uuid::Uuid::from_slice(&bytes[at..at + 16]).map_err(|_| Refusal::NotChanges)
        };
        let mut seq = [0u8; 8];
        seq.copy_from_slice(&bytes[44..52]);
        Ok(Header {
            format: u16_at(8),
            schema: u16_at(10),
            department: uuid_at(12)?,
            laptop: uuid_at(28)?,
            seq: u64::from_be_bytes(seq),
        })
    }
}

/// A new department key.
pub fn new_key() -> Vec<u8> {
    XChaCha20Poly1305::generate_key(&mut OsRng).to_vec()
}

/// The file of `batch`, encrypted with `key`.
pub fn seal(header: &Header, batch: &Batch, key: &[u8]) -> crate::Result<Vec<u8>> {
    seal_as(MAGIC, header, batch, key)
}

/// A file that starts with `magic` and holds `content`, encrypted with `key`.
pub fn seal_as<T: Serialize>(
    magic: &[u8; 8],
    header: &Header,
    content: &T,
    key: &[u8],
) -> crate::Result<Vec<u8>> {
    let cipher = XChaCha20Poly1305::new_from_slice(key).map_err(|_| damaged_key())?;
    let nonce = XChaCha20Poly1305::generate_nonce(&mut OsRng);
    let head = header.bytes_as(magic, &nonce);
    let json =
        serde_json::to_vec(content).map_err(|e| crate::Error::Io(std::io::Error::other(e)))?;
    let payload = if header.format >= 2 {
        let mut deflate =
            flate2::write::DeflateEncoder::new(Vec::new(), flate2::Compression::default());
        deflate.write_all(&json)?;
        deflate.finish()?
    } else {
        json
    };
    let sealed = cipher
        .encrypt(
            &nonce,
            Payload {
                msg: &payload,
                aad: &head,
            },
        )
        .map_err(|_| damaged_key())?;
    let mut out = head;
    out.extend_from_slice(&sealed);
    Ok(out)
}

/// The changes in `bytes`, if it is a whole file of `department` sealed with `key` in a format
/// and schema this build reads.
pub fn open(
    bytes: &[u8],
    department: uuid::Uuid,
    key: &[u8],
    schema: u16,
) -> Result<(Header, Batch), Refusal> {
    open_as(MAGIC, bytes, department, key, schema)
}

/// What a file that starts with `magic` holds, checked as `open` checks a file of changes.
pub fn open_as<T: serde::de::DeserializeOwned>(
    magic: &[u8; 8],
    bytes: &[u8],
    department: uuid::Uuid,
    key: &[u8],
    schema: u16,
) -> Result<(Header, T), Refusal> {
    let (header, json) = unseal(magic, bytes, department, key, schema)?;
    let content: T = serde_json::from_slice(&json).map_err(|_| Refusal::Damaged)?;
    Ok((header, content))
}

/// The header and the decrypted, inflated content of a file that starts with `magic`, if it is
/// whole, of `department`, sealed with `key`, in a format and schema this build reads.
pub fn unseal(
    magic: &[u8; 8],
    bytes: &[u8],
    department: uuid::Uuid,
    key: &[u8],
    schema: u16,
) -> Result<(Header, Vec<u8>), Refusal> {
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(Refusal::TooLarge);
    }
    let header = Header::read_as(magic, bytes)?;
    if header.department != department {
        return Err(Refusal::OtherDepartment);
    }
    if header.format > FORMAT || header.schema > schema {
        return Err(Refusal::Newer);
    }
    let cipher = XChaCha20Poly1305::new_from_slice(key).map_err(|_| Refusal::Damaged)?;
    let (head, sealed) = bytes.split_at(HEADER_BYTES);
    let nonce = XNonce::from_slice(&head[HEADER_BYTES - 24..]);
    let payload = cipher
        .decrypt(
            nonce,
            Payload {
                msg: sealed,
                aad: head,
            },
        )
        .map_err(|_| Refusal::Damaged)?;
    let json = if header.format >= 2 {
        // Measured first, inflated into nothing and at most one byte past the limit: a file
        // over it is refused without the memory it asks for. Only then is it inflated to keep.
        let inflated = std::io::copy(
            &mut flate2::read::DeflateDecoder::new(payload.as_slice()).take(MAX_BATCH_BYTES + 1),
            &mut std::io::sink(),
        )
        .map_err(|_| Refusal::Damaged)?;
        if inflated > MAX_BATCH_BYTES {
            return Err(Refusal::TooLarge);
        }
        let mut json = Vec::with_capacity(inflated as usize);
        flate2::read::DeflateDecoder::new(payload.as_slice())
            .read_to_end(&mut json)
            .map_err(|_| Refusal::Damaged)?;
        json
    } else {
        payload
    };
    Ok((header, json))
}

fn damaged_key() -> crate::Error {
    crate::Error::Damaged("the department key".into())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn header() -> Header {
        Header {
            format: FORMAT,
            schema: 7,
            department: uuid::Uuid::now_v7(),
            laptop: uuid::Uuid::now_v7(),
            seq: 3,
        }
    }

    fn batch() -> Batch {
        Batch {
            laptop_name: "המחשב של מיכל".into(),
            changes: vec![WireChange {
                stamp: "0001764540000000-0000-a".into(),
                tbl: "people".into(),
                pk: "p1".into(),
                col: "mobile".into(),
                value: WireValue::Text("+972506952119".into()),
                base: None,
            }],
        }
    }

    #[test]
    fn a_file_opens_with_its_key_and_shows_no_text_without_it() {
        let (head, key) = (header(), new_key());
        let bytes = seal(&head, &batch(), &key).unwrap();
        assert_eq!(
            open(&bytes, head.department, &key, 7),
            Ok((head.clone(), batch()))
        );
        let text = String::from_utf8_lossy(&bytes);
        assert!(!text.contains("מיכל") && !text.contains("6952119") && !text.contains("people"));
    }

    #[test]
    fn a_cut_changed_foreign_or_newer_file_is_refused_whole() {
        let (head, key) = (header(), new_key());
        let bytes = seal(&head, &batch(), &key).unwrap();
        assert_eq!(
            open(&bytes[..bytes.len() - 1], head.department, &key, 7),
            Err(Refusal::Damaged)
        );
        assert_eq!(
            open(&bytes[..20], head.department, &key, 7),
            Err(Refusal::NotChanges)
        );
        let mut flipped = bytes.clone();
        let last = flipped.len() - 5;
        flipped[last] ^= 1;
        assert_eq!(
            open(&flipped, head.department, &key, 7),
            Err(Refusal::Damaged)
        );
        // The header is authenticated too: a file renumbered on the way is refused.
        let mut renumbered = bytes.clone();
        renumbered[51] ^= 1;
        assert_eq!(
            open(&renumbered, head.department, &key, 7),
            Err(Refusal::Damaged)
        );
        assert_eq!(
            open(&bytes, head.department, &new_key(), 7),
            Err(Refusal::Damaged)
        );
        assert_eq!(
            open(&bytes, uuid::Uuid::now_v7(), &key, 7),
            Err(Refusal::OtherDepartment)
        );
        assert_eq!(open(&bytes, head.department, &key, 6), Err(Refusal::Newer));
        assert_eq!(
            open(b"hello", head.department, &key, 7),
            Err(Refusal::NotChanges)
        );
    }

    #[test]
    fn a_file_of_the_first_format_still_opens_and_the_second_is_smaller() {
        let key = new_key();
        let now = header();
        let first = Header {
            format: 1,
            ..now.clone()
        };
        let mut many = batch();
        many.changes = (0..200).flat_map(|_| batch().changes).collect();
        let plain = seal(&first, &many, &key).unwrap();
        let compressed = seal(&now, &many, &key).unwrap();
        assert_eq!(open(&plain, now.department, &key, 7).unwrap().1, many);
        assert_eq!(open(&compressed, now.department, &key, 7).unwrap().1, many);
        assert!(
            compressed.len() * 3 < plain.len(),
            "{} bytes compressed, {} plain",
            compressed.len(),
            plain.len()
        );
    }

    #[test]
    fn a_file_that_inflates_past_the_limit_is_refused_without_filling_the_memory() {
        let key = new_key();
        let head = header();
        // A valid, well-keyed file whose payload inflates to more than `MAX_BATCH_BYTES`.
        let mut deflate =
            flate2::write::DeflateEncoder::new(Vec::new(), flate2::Compression::best());
        let zeros = vec![0u8; 1024 * 1024];
        for _ in 0..(MAX_BATCH_BYTES / zeros.len() as u64 + 1) {
            deflate.write_all(&zeros).unwrap();
        }
        let bomb = deflate.finish().unwrap();
        assert!(bomb.len() < 1024 * 1024, "{} bytes", bomb.len());
        let cipher = XChaCha20Poly1305::new_from_slice(&key).unwrap();
        let nonce = XChaCha20Poly1305::generate_nonce(&mut OsRng);
        let mut file = head.bytes(&nonce);
        let sealed = cipher
            .encrypt(
                &nonce,
                Payload {
                    msg: &bomb,
                    aad: &file,
                },
            )
            .unwrap();
        file.extend_from_slice(&sealed);
        assert_eq!(
            open(&file, head.department, &key, 7).map(|_| ()),
            Err(Refusal::TooLarge)
        );
    }
}
