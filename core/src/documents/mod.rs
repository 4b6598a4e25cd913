//! What Eshkol puts on paper and into files: the contact sheet, the minutes and the coverage
//! report as documents (every text already in the user's language, drawn both by the printed
//! page and by typst into a PDF), the people list as CSV, XLSX and vCard, a forum's planned meetings as iCalendar, and the one shape
//! every saved file takes (`SavedFile`, from `store::files`, where it is written whole or not
//! at all by `write_file`).

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

pub use crate::store::files::{SavedFile, write_file};

/// A date as Israelis write it on paper: `22.11.2026`.
pub(crate) fn day(date: NaiveDate) -> String {
    date.format("%d.%m.%Y").to_string()
}

/// A date in a file's name: `2026-11-22`, which sorts.
pub(crate) fn file_date(date: NaiveDate) -> String {
    date.format("%Y-%m-%d").to_string()
}

