//! Ready for an emergency (issue #16, seed 004): the capabilities the department counts on,
//! grouped under the Ministry's four emergency clusters; volunteers, who are people of the
//! directory with a volunteer's details; organizations' emergency capabilities; and, in
//! `finder.rs`, "who can help" in a settlement, a cluster or the whole council.
//!
//! Where someone can act (`Reach`) is a list of settlements, a list of clusters, or the whole
//! council; a volunteer can also act in the settlement they live in. Details confirmed more
//! than `STALE_AFTER_DAYS` ago (or never) are stale: still listed, and marked.
//!
//! The area's shape, as every area's: `types.rs` (what its records are, as forms send them
//! and as screens read them), `read.rs` (one record or a list), `write.rs` (every save, through
//! `Store::write`), and a file per further topic: `organizations.rs`, `finder.rs`, `matrix.rs`,
//! `round.rs`, `lists.rs`, `drills.rs`.

mod drills;
mod finder;
mod lists;
mod matrix;
mod organizations;
mod read;
mod round;
mod types;
mod write;

pub use drills::*;
pub use finder::*;
pub use lists::*;
pub use matrix::*;
pub use organizations::*;
pub use round::*;
pub use types::*;
pub(crate) use write::live_capability;
