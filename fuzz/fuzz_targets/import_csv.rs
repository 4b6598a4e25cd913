//! Any bytes offered as a .csv contact list: read, decoded and mapped, or refused; never a panic.
#![no_main]

use eshkol_core::directory::import::{guess_mapping, read_table};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(table) = read_table("contacts.csv", data) {
        let mapping = guess_mapping(&table.headers);
        assert_eq!(mapping.len(), table.headers.len());
    }
});
