//! Fuzzes the check in `fuzz/checks/phone.rs`, which says what must hold for any input. Core's
//! tests run the same check on every seed and corpus input (`core/tests/it/fuzz_inputs.rs`).
#![no_main]

#[path = "../checks/phone.rs"]
mod check;

libfuzzer_sys::fuzz_target!(|data: &[u8]| check::check(data));
