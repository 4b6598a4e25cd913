//! Links that leave the app for the system's own handlers: `tel:` and `mailto:` only.

use super::phone;
use crate::{
    error::{Error, Field, Result},
    model::validate_email,
};

/// Check a link the UI asks the system to open. Only a phone number (`tel:`, canonical form)
/// or an email address (`mailto:`) passes; anything else is refused.
pub fn external(url: &str) -> Result<String> {
    if let Some(number) = url.strip_prefix("tel:") {
        let canonical = phone::parse(Field::Phone, number)?.ok_or(Error::Required(Field::Phone))?;
        return Ok(format!("tel:{canonical}"));
    }
    if let Some(rest) = url.strip_prefix("mailto:") {
        // A draft may carry a subject and a body, percent-encoded; nothing else passes. Without
        // an address (nobody's email is known) the mail program asks for one.
        let (address, query) = rest.split_once('?').unwrap_or((rest, ""));
        let email = if address.is_empty() && !query.is_empty() {
            String::new()
        } else {
            validate_email(address)?.ok_or(Error::Required(Field::Email))?
        };
        if query.is_empty() {
            return Ok(format!("mailto:{email}"));
        }
        let encoded = |value: &str| {
            let bytes = value.as_bytes();
            bytes.iter().enumerate().all(|(i, b)| {
                b.is_ascii_alphanumeric()
                    || (*b == b'%'
                        && bytes.get(i + 1).is_some_and(u8::is_ascii_hexdigit)
                        && bytes.get(i + 2).is_some_and(u8::is_ascii_hexdigit))
                    || (i > 0 && bytes[i - 1] == b'%' && b.is_ascii_hexdigit())
                    || (i > 1 && bytes[i - 2] == b'%' && b.is_ascii_hexdigit())
            })
        };
        let parts_pass = query.split('&').all(|part| {
            part.split_once('=')
                .is_some_and(|(key, value)| matches!(key, "subject" | "body") && encoded(value))
        });
        if !parts_pass {
            return Err(Error::Invalid {
                field: Field::Email,
                value: url.chars().take(40).collect(),
            });
        }
        return Ok(format!("mailto:{email}?{query}"));
    }
    Err(Error::Invalid {
        field: Field::Email,
        value: url.chars().take(40).collect(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_phone_and_email_links_pass() {
        assert_eq!(external("tel:050-6952119").unwrap(), "tel:+972506952119");
        assert_eq!(
            external("mailto:tal@example.org").unwrap(),
            "mailto:tal@example.org"
        );
        assert_eq!(
            external("mailto:tal@example.org?subject=%D7%A9%D7%9C%D7%95%D7%9D&body=a%0Ab").unwrap(),
            "mailto:tal@example.org?subject=%D7%A9%D7%9C%D7%95%D7%9D&body=a%0Ab"
        );
        assert_eq!(external("mailto:?subject=x").unwrap(), "mailto:?subject=x");
        for bad in [
            "mailto:tal@example.org?cc=boss@example.org",
            "mailto:tal@example.org?subject=a b",
            "mailto:tal@example.org?subject=%zz",
            "mailto:tal@example.org?attach=/etc/passwd",
            "https://example.org",
            "file:///etc/passwd",
            "tel:abc",
            "mailto:nobody",
            "javascript:alert(1)",
        ] {
            assert!(external(bad).is_err(), "{bad}");
        }
    }
}
