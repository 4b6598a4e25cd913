//! Core's integration tests, one module per topic, linked into one test binary: each file under
//! `core/tests/` used to be a binary of its own, and every one of them linked the whole of core
//! and typst. Run one topic with `cargo test -p eshkol-core --test it store::`.

mod architecture;
mod common;

mod backup;
mod bounded;
mod dates;
mod enums;
mod directory;
mod durable;
mod emergency;
mod export;
mod forums;
mod fuzz_inputs;
mod generate;
mod hostile;
mod import;
mod locales;
mod pdf;
mod plan;
mod programs;
mod sample;
mod search;
mod sheet;
mod store;
mod sync;
mod sync_folder;
mod sync_sharing;
mod sync_snapshot;
mod upgrade;
mod visits;
