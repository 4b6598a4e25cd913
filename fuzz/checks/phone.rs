//! Any text typed as a phone number: refused, or stored in one canonical form that shows and
//! reads back as itself. Bytes that are not UTF-8 are no text anyone typed, and are skipped.

use eshkol_core::{Field, directory::phone};

pub fn check(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    if let Ok(Some(canonical)) = phone::parse(Field::Mobile, text) {
        assert!(canonical.starts_with('+'), "{canonical}");
        let shown = phone::display(&canonical);
        assert_eq!(
            phone::parse(Field::Mobile, &shown).ok().flatten().as_deref(),
            Some(canonical.as_str()),
            "{text:?} → {canonical} → {shown}"
        );
    }
}
