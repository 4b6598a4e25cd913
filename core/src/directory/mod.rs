//! The department's directory: clusters, settlements, organizations and people.
//! Create and edit through one `save_*` each, archive and restore, look up one, list many.
//! Archived records leave the lists (unless asked for) but stay, and can be restored.
//!
//! The area's shape, as every area's: `types.rs` (what its records are, as forms send them
//! and as screens read them), `read.rs` (one record or a list), `write.rs` (every save, through
//! `Store::write`), and a file per further topic: `phone.rs` (Israeli numbers), `links.rs`
//! (the `tel:` and `mailto:` links the app opens), `table.rs` (a contact list's file read into
//! rows) and `import.rs` (those rows planned, previewed and written).

pub mod import;
pub mod links;
pub mod phone;
mod read;
mod table;
mod types;
mod write;

pub use types::*;
