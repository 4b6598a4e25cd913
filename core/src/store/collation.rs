//! Sorting names the way their readers expect: Hebrew alphabetical order (final letters sort with
//! their ordinary forms, punctuation like ״ and - does not decide), Arabic and Latin after.
//! Registered on every connection as the SQLite collation `hebrew`.

use std::{cmp::Ordering, sync::OnceLock};

use icu_collator::{Collator, CollatorBorrowed, options::CollatorOptions};
use icu_locale_core::locale;

/// The collation name to use in SQL: `ORDER BY full_name COLLATE hebrew`.
pub const HEBREW: &str = "hebrew";

fn collator() -> &'static CollatorBorrowed<'static> {
    static COLLATOR: OnceLock<CollatorBorrowed<'static>> = OnceLock::new();
    COLLATOR.get_or_init(|| {
        Collator::try_new(locale!("he").into(), CollatorOptions::default())
            .expect("compiled Hebrew collation data")
    })
}

/// Compare two names in Hebrew alphabetical order.
pub fn compare(a: &str, b: &str) -> Ordering {
    collator().compare(a, b).then_with(|| a.cmp(b))
}

/// A key whose byte order is `compare`'s order: computed once per name, so a long list sorts
/// by comparing bytes instead of running the collator for every comparison.
pub fn sort_key(name: &str) -> Vec<u8> {
    let mut key = Vec::with_capacity(name.len() * 3 + 2);
    let _ = collator().write_sort_key_to(name, &mut key);
    // Names the collator finds equal fall back to their code points, as `compare` does.
    key.push(0);
    key.extend_from_slice(name.as_bytes());
    key
}

pub(crate) fn register(conn: &rusqlite::Connection) -> rusqlite::Result<()> {
    conn.create_collation(HEBREW, compare)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hebrew_alphabetical_order() {
        let mut names = vec!["תמר", "אורי", "מיכל", "בועז", "ליאת", "ענבל", "כרמל", "יעל"];
        names.sort_by(|a, b| compare(a, b));
        assert_eq!(
            names,
            ["אורי", "בועז", "יעל", "כרמל", "ליאת", "מיכל", "ענבל", "תמר"]
        );
    }

    #[test]
    fn sort_keys_order_as_compare_does() {
        let names = [
            "אורי", "אורי ", "א״ב", "אב", "אם", "אל", "בועז", "Zoe", "zoe", "عمر", "", "כרמל-לוי",
            "כרמל לוי", "ך", "כ", "דָּנִי", "דני",
        ];
        for a in names {
            for b in names {
                assert_eq!(sort_key(a).cmp(&sort_key(b)), compare(a, b), "{a:?} {b:?}");
            }
        }
    }

    #[test]
    fn final_letters_sort_with_their_ordinary_forms() {
        // ם is a form of מ: "אם" sorts between "אל" and "אנ", not after "את".
        let mut names = vec!["את", "אנ", "אם", "אל"];
        names.sort_by(|a, b| compare(a, b));
        assert_eq!(names, ["אל", "אם", "אנ", "את"]);
    }
}
