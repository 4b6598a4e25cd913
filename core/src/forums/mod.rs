//! Partnership forums and their meetings. Each file is one room, and what each may use runs one
//! way: `cadence` (date arithmetic) and `meeting` (the types) use nothing here; `lock` (the
//! writes to a meeting) uses `meeting`; `edit` (the store's public writes) uses `lock` and
//! `cadence`; `read` reads meetings; `forum` (forums and their status) uses `meeting` and
//! `cadence`; `action_items` lists action items across forums and visits.

mod action_items;
mod cadence;
mod edit;
mod forum;
mod lock;
mod meeting;
mod read;

pub use action_items::{ActionFilter, ActionItemRow};
pub use cadence::{Cadence, CadenceKind, overdue_days, school_year, starts_at_utc};
pub use forum::*;
pub use meeting::*;
