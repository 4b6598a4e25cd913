//! Partnership forums and their meetings.
//!
//! The area's shape, as every area's: `types.rs` (what a meeting and what is recorded in it
//! are, as forms send them and as screens read them), `read.rs` (one meeting, and what it
//! carries over from earlier meetings), `write.rs` (every write to a meeting, refused once its
//! minutes are approved), and a file per further topic: `forum.rs` (forums themselves: the
//! Ministry's templates, members, the yearly setup, each forum's status), `cadence.rs` (date
//! arithmetic: every N days or months, the school year, Israeli wall-clock time to UTC) and
//! `action_items.rs` (action items across forums and visits). What each may use runs one way:
//! `cadence` and `types` use nothing here; `write` and `forum` use `types` and `cadence`;
//! `read` and `action_items` use `types`.

mod action_items;
mod cadence;
mod forum;
mod read;
mod types;
mod write;

pub use action_items::{ActionFilter, ActionItemRow};
pub use cadence::{Cadence, CadenceKind, overdue_days, school_year, starts_at_utc};
pub use forum::*;
pub use types::*;
