//! Eshkol's core: the domain, validation, the SQLite store and its migrations, and the
//! messages Rust renders. Nothing here knows about Tauri or any UI.

pub mod backup;
pub mod calendar;
pub mod collation;
pub mod config;
pub mod directory;
pub mod error;
pub mod export;
pub mod forums;
pub mod generate;
pub mod i18n;
pub mod import;
pub mod instance;
pub mod links;
pub mod meetings;
pub mod minutes;
pub mod model;
pub mod pdf;
pub mod phone;
pub mod sample;
pub mod search;
pub mod sheet;
pub mod store;
pub mod visits;

pub use error::{Error, Field, Result};
pub use i18n::{Locale, Messages};
pub use store::{Bootstrap, Store};

/// Today's date where the user is (the machine's local time zone).
pub fn today() -> chrono::NaiveDate {
    chrono::Local::now().date_naive()
}
