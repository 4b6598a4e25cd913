//! Any text typed as a phone number: refused, or stored in one canonical form that shows and
//! reads back as itself.
#![no_main]

use eshkol_core::{Field, directory::phone};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    if let Ok(Some(canonical)) = phone::parse(Field::Mobile, text) {
        assert!(canonical.starts_with('+'), "{canonical}");
        let shown = phone::display(&canonical);
        assert_eq!(
            phone::parse(Field::Mobile, &shown).ok().flatten().as_deref(),
            Some(canonical.as_str()),
            "{text:?} → {canonical} → {shown}"
        );
    }
});
