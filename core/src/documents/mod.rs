//! What Eshkol puts on paper and into files: the contact sheet, the minutes and the coverage
//! report as documents (every text already in the user's language, drawn both by the printed
//! page and by typst into a PDF), the people list as CSV, XLSX and vCard, a forum's planned meetings as iCalendar, and the one shape
//! every saved file takes (`SavedFile`), written whole or not at all (`write_file`).

pub mod calendar;
pub mod coverage;
pub mod emergency;
pub mod export;
pub mod minutes;
pub mod round;
pub mod pdf;
pub mod plan;
pub mod programs;
pub mod sheet;

use chrono::NaiveDate;

use crate::error::Result;

/// A file to save where the user chooses: its bytes, the name the save dialog suggests (without
/// the extension), the extension, and the dialog's title, all in the user's language. Every
/// save command of the shell is the same: build this in core, then open the dialog.
#[derive(Clone, Debug)]
pub struct SavedFile {
    pub bytes: Vec<u8>,
    pub name: String,
    pub extension: &'static str,
    pub title: String,
}

impl SavedFile {
    pub(crate) fn new(bytes: Vec<u8>, name: String, extension: &'static str, title: String) -> Self {
        SavedFile {
            bytes,
            name,
            extension,
            title,
        }
    }

    /// `name.extension`, as the save dialog offers it.
    pub fn file_name(&self) -> String {
        format!("{}.{}", self.name, self.extension)
    }
}

/// A date as Israelis write it on paper: `22.11.2026`.
pub(crate) fn day(date: NaiveDate) -> String {
    date.format("%d.%m.%Y").to_string()
}

/// A date in a file's name: `2026-11-22`, which sorts.
pub(crate) fn file_date(date: NaiveDate) -> String {
    date.format("%Y-%m-%d").to_string()
}

/// Write `bytes` to `path` whole or not at all: a temporary file beside it, then a rename.
pub fn write_file(path: &std::path::Path, bytes: &[u8]) -> Result<()> {
    let mut temp = path.as_os_str().to_owned();
    temp.push(".eshkol-partial");
    let temp = std::path::PathBuf::from(temp);
    std::fs::write(&temp, bytes)?;
    std::fs::rename(&temp, path).inspect_err(|_| {
        let _ = std::fs::remove_file(&temp);
    })?;
    Ok(())
}
