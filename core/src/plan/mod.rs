//! The year's work plan (issue #18, seeds 000 and 004): the Ministry's planning cycle as the
//! department shares it. A plan covers one or more school years and opens with a situation
//! assessment; then goals, objectives under each goal, and tasks under each objective, each
//! task of a school year with an owner, a quarter or a date and a status. Goals and objectives
//! carry outcome indicators (`measure` holds their arithmetic), whose actuals Eshkol counts from
//! its own records (`count`) or a person types. `read` gathers a year's plan against its
//! actuals and what the home screen shows; `close` freezes a closed year's figures.
//!
//! The area's shape, as every area's: `types.rs` (what its records are, as forms send them
//! and as screens read them), `read.rs` (one record or a list), `write.rs` (every save, through
//! `Store::write`), and a file per further topic (`count.rs`, `measure.rs`, `close.rs`).

mod close;
pub mod count;
pub mod measure;
pub mod read;
mod types;
mod write;

pub use types::*;
