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
    if let Some(address) = url.strip_prefix("mailto:") {
        let email = validate_email(address)?.ok_or(Error::Required(Field::Email))?;
        return Ok(format!("mailto:{email}"));
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
        for bad in [
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
