//! What a file from outside may hold before Eshkol reads it. A workbook is a zip archive: its
//! size on disk says little about what it expands to, so each limit is checked before the
//! expensive work or as the file is streamed, never after it is all in memory. Every limit is
//! generous for a whole district's contact list (20,000 people) and far below what would
//! take a laptop's memory.

use serde::Serialize;

/// The bytes of a file: a district's contact list as CSV is about 3 MB.
pub const MAX_FILE_BYTES: usize = 20 * 1024 * 1024;
/// A workbook's parts uncompressed, together: a district's list of 20,000 rows and a dozen
/// columns is about 15 MB of XML; the rest leaves room for styles and other sheets.
pub const MAX_UNCOMPRESSED_BYTES: u64 = 96 * 1024 * 1024;
/// The distinct texts of a workbook (its shared strings): 20,000 people with a dozen fields
/// each are at most 240,000.
pub const MAX_SHARED_STRINGS: usize = 250_000;
/// Rows of a sheet or a CSV: five times a district's contacts.
pub const MAX_ROWS: usize = 100_000;
/// Columns: a contact list has a dozen; a sheet dragged sideways has thousands.
pub const MAX_COLUMNS: usize = 256;
/// Characters in one cell: the longest text Eshkol keeps of a person is far shorter.
pub const MAX_CELL_CHARS: usize = 10_000;

/// Which limit a file went over.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum FileLimit {
    Uncompressed,
    SharedStrings,
    Rows,
    Columns,
    Cell,
}

impl FileLimit {
    pub(crate) fn message_id(self) -> &'static str {
        match self {
            FileLimit::Uncompressed => "error-file-limit-uncompressed",
            FileLimit::SharedStrings => "error-file-limit-shared-strings",
            FileLimit::Rows => "error-file-limit-rows",
            FileLimit::Columns => "error-file-limit-columns",
            FileLimit::Cell => "error-file-limit-cell",
        }
    }

    /// The limit, in the unit its message names (megabytes for sizes).
    pub fn max(self) -> u64 {
        match self {
            FileLimit::Uncompressed => MAX_UNCOMPRESSED_BYTES / (1024 * 1024),
            FileLimit::SharedStrings => MAX_SHARED_STRINGS as u64,
            FileLimit::Rows => MAX_ROWS as u64,
            FileLimit::Columns => MAX_COLUMNS as u64,
            FileLimit::Cell => MAX_CELL_CHARS as u64,
        }
    }
}
