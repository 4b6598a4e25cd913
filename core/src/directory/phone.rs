//! Israeli phone numbers: accepted as people type them, stored in one canonical form
//! (`+972…`), shown as Israelis write them (`04-9109012`, `050-6952119`).

use crate::error::{Error, Field, Result};

/// Parse a number typed in any usual form. Empty input is `None`.
pub fn parse(field: Field, text: &str) -> Result<Option<String>> {
    let trimmed = text.trim();
    if trimmed.is_empty() {
        return Ok(None);
    }
    let invalid = || Error::Invalid {
        field,
        value: trimmed.chars().take(40).collect(),
    };
    let mut digits = String::new();
    for (i, c) in trimmed.chars().enumerate() {
        match c {
            '0'..='9' => digits.push(c),
            '+' if i == 0 => {}
            ' ' | '-' | '.' | '(' | ')' | '\u{2010}'..='\u{2015}' => {}
            _ => return Err(invalid()),
        }
    }
    let national = if let Some(rest) = digits.strip_prefix("972") {
        rest.strip_prefix('0').unwrap_or(rest).to_owned()
    } else if let Some(rest) = digits.strip_prefix('0') {
        rest.to_owned()
    } else {
        return Err(invalid());
    };
    let valid = match national.as_bytes() {
        // Mobile (05x) and nationwide (07x) numbers: a three-digit prefix and seven digits.
        [b'5' | b'7', ..] => national.len() == 9,
        // Landlines: 02, 03, 04, 08, 09 and seven digits.
        [b'2' | b'3' | b'4' | b'8' | b'9', ..] => national.len() == 8,
        _ => false,
    };
    if valid {
        Ok(Some(format!("+972{national}")))
    } else {
        Err(invalid())
    }
}

/// Show a canonical number as Israelis write it.
pub fn display(canonical: &str) -> String {
    let Some(national) = canonical.strip_prefix("+972") else {
        return canonical.to_owned();
    };
    let split = if national.len() == 9 { 2 } else { 1 };
    format!("0{}-{}", &national[..split], &national[split..])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_the_forms_people_type() {
        let cases = [
            ("04-9109012", "+97249109012"),
            ("049109012", "+97249109012"),
            ("050-6952119", "+972506952119"),
            ("050 695 2119", "+972506952119"),
            ("+972-50-6952119", "+972506952119"),
            ("972506952119", "+972506952119"),
            ("+972 (0)4 910 9012", "+97249109012"),
            ("077-1234567", "+972771234567"),
        ];
        for (typed, canonical) in cases {
            assert_eq!(
                parse(Field::Mobile, typed).unwrap().as_deref(),
                Some(canonical),
                "{typed}"
            );
        }
    }

    #[test]
    fn refuses_what_is_not_a_number() {
        for typed in [
            "12345",
            "050-695211",
            "050-69521199",
            "abc",
            "06-1234567",
            "+1 555 123 4567",
            "050-695x119",
        ] {
            assert!(
                parse(Field::Mobile, typed).is_err(),
                "{typed} should be refused"
            );
        }
        assert_eq!(parse(Field::Mobile, "  ").unwrap(), None);
    }

    #[test]
    fn shows_as_israelis_write() {
        assert_eq!(display("+972506952119"), "050-6952119");
        assert_eq!(display("+97249109012"), "04-9109012");
    }
}
