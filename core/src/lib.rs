//! Eshkol's core: the domain, validation, the SQLite store and its migrations, and the
//! messages Rust renders. Nothing here knows about Tauri or any UI.
//!
//! One folder per area: `store` (the file, migrations, the one place that writes),
//! `directory` (clusters, settlements, organizations, people; import), `forums` (forums and
//! their meetings), `visits` (visits and coverage), `documents` (what is printed and saved as
//! a file). `home` gathers the home screen from forums and visits; `search` reads across all.

pub mod backup;
pub mod config;
pub mod directory;
pub mod emergency;
pub mod documents;
pub mod due;
pub mod error;
pub mod forums;
pub mod generate;
pub mod home;
pub mod i18n;
pub mod instance;
pub mod limits;
pub mod model;
pub mod plan;
pub mod programs;
pub mod sample;
pub mod search;
pub mod store;
pub mod sync;
pub mod visits;

pub use error::{Error, Field, Result};
pub use i18n::{Locale, Messages};
pub use store::{Bootstrap, Store};

/// Today's date where the user is (the machine's local time zone).
pub fn today() -> chrono::NaiveDate {
    chrono::Local::now().date_naive()
}

/// This moment, UTC.
pub fn now() -> chrono::DateTime<chrono::Utc> {
    chrono::Utc::now()
}
