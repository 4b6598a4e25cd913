//! Any bytes offered as an .xlsx contact list (a zip, so the corpus starts from real
//! workbooks): read and mapped, or refused; never a panic.

use eshkol_core::directory::import::{guess_mapping, read_table};

pub fn check(data: &[u8]) {
    if let Ok(table) = read_table("contacts.xlsx", data) {
        let mapping = guess_mapping(&table.headers);
        assert_eq!(mapping.len(), table.headers.len());
    }
}
