//! Any bytes offered as a .csv contact list: read, decoded and mapped, or refused; never a panic.

use eshkol_core::directory::import::{guess_mapping, read_table};

pub fn check(data: &[u8]) {
    if let Ok(table) = read_table("contacts.csv", data) {
        let mapping = guess_mapping(&table.headers);
        assert_eq!(mapping.len(), table.headers.len());
    }
}
