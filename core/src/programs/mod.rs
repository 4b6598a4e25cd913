//! Programs and partnerships (issue #17, seeds 002 and 003): the regional initiatives,
//! retention programs and enrichment the department runs or joins. A program has its goal and
//! work axes, a coordinator, its partners with their roles, the places it runs, the forums
//! that steer it (forums of the forums area: no second meeting system), its moves and
//! milestones, and its figures: counts of children and youth per school year and settlement,
//! never their names. `delegations` holds the delegations the department hosts.
//!
//! The area's shape, as every area's: `types.rs` (what its records are, as forms send them
//! and as screens read them), `read.rs` (one record or a list), `write.rs` (every save, through
//! `Store::write`), and a file per further topic (`delegations.rs`).

pub mod delegations;
mod read;
mod types;
mod write;

pub use types::*;
