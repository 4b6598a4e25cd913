//! Visits to settlements: who went, why, whom they met, what came of it (follow-ups are action
//! items, raised on the visit instead of a meeting); each settlement's history; and, in
//! `coverage.rs`, the question "where have we not been lately?".
//!
//! Sensitive notes (about minors at risk) live in their own column. No list, report, search or
//! export reads that column: only `Store::sensitive_notes`, which the UI calls when the user
//! deliberately opens them. Lists learn only that such notes exist.
//!
//! The area's shape, as every area's: `types.rs` (what its records are, as forms send them
//! and as screens read them), `read.rs` (one record or a list), `write.rs` (every save, through
//! `Store::write`), and a file per further topic (`coverage.rs`).

mod coverage;
mod read;
mod types;
mod write;

pub use coverage::*;
pub use types::*;
