//! The department's directory: clusters, settlements, organizations and people.

use chrono::{NaiveDate, NaiveTime};
use serde::{Deserialize, Serialize};

use crate::error::{Error, Field, Result};

/// A record id: a UUID v7, so records made on two laptops never collide and sort by creation.
pub type Id = String;

pub fn new_id() -> Id {
    uuid::Uuid::now_v7().to_string()
}

macro_rules! text_enum {
    ($(#[$m:meta])* $name:ident, $field:expr, { $($variant:ident = $text:literal),+ $(,)? }) => {
        $(#[$m])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, ::serde::Serialize, ::serde::Deserialize)]
        #[serde(rename_all = "snake_case")]
        pub enum $name { $($variant),+ }

        impl $name {
            pub const ALL: &[$name] = &[$($name::$variant),+];

            /// The value stored in the database.
            pub fn as_str(self) -> &'static str {
                match self { $($name::$variant => $text),+ }
            }

            pub fn parse(text: &str) -> $crate::error::Result<Self> {
                match text {
                    $($text => Ok($name::$variant),)+
                    _ => Err($crate::error::Error::Invalid { field: $field, value: text.chars().take(40).collect() }),
                }
            }
        }

        /// Stored as its text.
        impl rusqlite::types::ToSql for $name {
            fn to_sql(&self) -> rusqlite::Result<rusqlite::types::ToSqlOutput<'_>> {
                Ok(self.as_str().into())
            }
        }

        /// Read back from its text; anything else (a file edited by hand) is a conversion
        /// error of the column, never a panic and never "not found".
        impl rusqlite::types::FromSql for $name {
            fn column_result(value: rusqlite::types::ValueRef<'_>) -> rusqlite::types::FromSqlResult<Self> {
                $name::parse(value.as_str()?).map_err(|e| rusqlite::types::FromSqlError::Other(Box::new(e)))
            }
        }
    };
}
pub(crate) use text_enum;

/// A count as typed: nothing, or a whole number from 0 to a million.
pub(crate) fn count(field: Field, typed: &TypedNumber) -> Result<Option<u32>> {
    match typed.read(field)? {
        None => Ok(None),
        Some(v) if v.fract() == 0.0 && (0.0..=1_000_000.0).contains(&v) => Ok(Some(v as u32)),
        Some(v) => Err(Error::Invalid {
            field,
            value: v.to_string(),
        }),
    }
}

/// A record to choose from a list: its id and its name.
#[derive(Clone, Debug, Serialize, PartialEq, Eq)]
pub struct Choice {
    pub id: Id,
    pub name: String,
}

/// How many live (not archived) records of each kind the store holds.
#[derive(Clone, Copy, Debug, Default, Serialize, PartialEq, Eq)]
pub struct Counts {
    pub clusters: u32,
    pub settlements: u32,
    pub organizations: u32,
    pub people: u32,
    pub forums: u32,
}

impl Counts {
    pub fn is_empty(&self) -> bool {
        *self == Counts::default()
    }
}

/// Text a person typed, checked before anything is written: not longer than its field allows
/// (`Field::max_chars`), no control characters (line breaks and tabs only in fields of several
/// lines), and no invisible direction overrides, embeddings or isolates, which could make a
/// name read as something else.
pub(crate) fn check_text(field: Field, text: &str) -> Result<()> {
    let max = field.max_chars();
    if text.chars().count() > max {
        return Err(Error::TooLong {
            field,
            max: max as u32,
        });
    }
    let multiline = field.multiline();
    let bad = |c: char| {
        (c.is_control() && !(multiline && matches!(c, '\n' | '\r' | '\t')))
            || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
    };
    if text.chars().any(bad) {
        return Err(Error::ControlCharacters(field));
    }
    Ok(())
}

/// `text` as `check_text` would accept it for `field`: what it refuses (control characters,
/// direction overrides) taken out, and cut to the field's length. For text that arrives from
/// elsewhere already written, such as the name another laptop shares under.
pub(crate) fn acceptable_text(field: Field, text: &str) -> String {
    text.chars()
        .filter(|c| check_text(field, &c.to_string()).is_ok())
        .take(field.max_chars())
        .collect::<String>()
        .trim()
        .to_owned()
}

/// Check several fields at once, in order: the first problem is reported.
pub(crate) fn check_texts(fields: &[(Field, &str)]) -> Result<()> {
    fields
        .iter()
        .try_for_each(|(field, text)| check_text(*field, text))
}

/// Trimmed text, or `Required` when nothing is left.
pub(crate) fn required(field: Field, text: &str) -> Result<String> {
    check_text(field, text)?;
    let text = text.trim();
    if text.is_empty() {
        Err(Error::Required(field))
    } else {
        Ok(text.to_owned())
    }
}

/// Trimmed text, or `None` when empty.
pub(crate) fn optional(text: &str) -> Option<String> {
    let text = text.trim();
    (!text.is_empty()).then(|| text.to_owned())
}

/// A date as a person in Israel types it, day first: `15.12.2026`, `15/12/26`, `15-12-2026`,
/// `15122026`, `151226`; or `2026-12-15`, as a picked date and every file send it. The one
/// parser of dates that come from outside; stored dates are read back by rusqlite's own
/// `NaiveDate` conversion. A two-digit year is this century's. Nothing is guessed: a day past
/// the month's end, a month past 12, or digits that could be read two ways are `None`.
pub fn read_date(text: &str) -> Option<NaiveDate> {
    let text = text.trim();
    if let Some(date) = iso_date(text) {
        return Some(date);
    }
    let number = |part: &str, digits: std::ops::RangeInclusive<usize>| {
        (digits.contains(&part.len()) && part.bytes().all(|b| b.is_ascii_digit()))
            .then(|| part.parse::<u32>().ok())
            .flatten()
    };
    let (day, month, year, year_digits) = if text.bytes().all(|b| b.is_ascii_digit()) {
        match text.len() {
            6 | 8 => (&text[..2], &text[2..4], &text[4..], text.len() - 4),
            _ => return None,
        }
    } else {
        let separator = text.chars().find(|c| matches!(c, '.' | '/' | '-'))?;
        let parts: Vec<&str> = text.split(separator).collect();
        let [day, month, year] = parts[..] else {
            return None;
        };
        (day, month, year, year.len())
    };
    let (day, month) = (number(day, 1..=2)?, number(month, 1..=2)?);
    let year = match year_digits {
        2 => 2000 + number(year, 2..=2)?,
        4 => number(year, 4..=4)?,
        _ => return None,
    };
    if !(1900..=2200).contains(&year) {
        return None;
    }
    NaiveDate::from_ymd_opt(year as i32, month, day)
}

/// A time of day as typed: `17:30`, `17.30`, `1730`, `930`, or an hour alone (`17`).
pub fn read_time(text: &str) -> Option<NaiveTime> {
    let text = text.trim();
    let digits = |part: &str| !part.is_empty() && part.bytes().all(|b| b.is_ascii_digit());
    let (hour, minute) = match text.split_once([':', '.']) {
        Some((hour, minute)) if hour.len() <= 2 && minute.len() == 2 => (hour, minute),
        Some(_) => return None,
        None => match text.len() {
            1 | 2 => (text, "0"),
            3 | 4 => text.split_at(text.len() - 2),
            _ => return None,
        },
    };
    if !digits(hour) || !digits(minute) {
        return None;
    }
    NaiveTime::from_hms_opt(hour.parse().ok()?, minute.parse().ok()?, 0)
}

/// A date typed in a form's field: required, and readable by `read_date`.
pub(crate) fn date(field: Field, text: &str) -> Result<NaiveDate> {
    let text = required(field, text)?;
    read_date(&text).ok_or(Error::NotADate { field, value: text })
}

/// The date a date field holds, read before any save so the field can show how it was read.
pub fn typed_date(text: &str) -> Result<NaiveDate> {
    date(Field::Date, text)
}

/// The time a time field holds, as it will be stored (`HH:MM`), or `None` when empty.
pub fn typed_time(text: &str) -> Result<Option<String>> {
    optional_time(Field::Time, text)
}

/// `YYYY-MM-DD`, or nothing: what is written by Eshkol itself (a file's name).
pub(crate) fn iso_date(text: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").ok()
}

/// A date as typed, or `None` when the field is empty.
pub(crate) fn optional_date(field: Field, text: &str) -> Result<Option<NaiveDate>> {
    match optional(text) {
        None => Ok(None),
        Some(text) => date(field, &text).map(Some),
    }
}

/// A time as typed, stored as `HH:MM`, or `None` when the field is empty.
pub(crate) fn optional_time(field: Field, text: &str) -> Result<Option<String>> {
    match optional(text) {
        None => Ok(None),
        Some(text) => read_time(&text)
            .map(|t| Some(t.format("%H:%M").to_string()))
            .ok_or(Error::NotATime { field, value: text }),
    }
}

/// A plausible email address: something@domain.tld, no spaces.
pub fn validate_email(text: &str) -> Result<Option<String>> {
    let Some(email) = optional(text) else {
        return Ok(None);
    };
    let invalid = || Error::Invalid {
        field: Field::Email,
        value: email.chars().take(80).collect(),
    };
    let (local, domain) = email.split_once('@').ok_or_else(invalid)?;
    let ok = !local.is_empty()
        && !domain.contains('@')
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && !email.chars().any(|c| c.is_whitespace() || c.is_control());
    if ok { Ok(Some(email)) } else { Err(invalid()) }
}

/// `#rrggbb` in lower case, or nothing.
pub(crate) fn validate_colour(colour: &Option<String>) -> Result<Option<String>> {
    let Some(colour) = colour.as_deref().and_then(optional) else {
        return Ok(None);
    };
    let hex = colour.strip_prefix('#').unwrap_or(&colour);
    if hex.len() == 6 && hex.chars().all(|c| c.is_ascii_hexdigit()) {
        Ok(Some(format!("#{}", hex.to_ascii_lowercase())))
    } else {
        Err(Error::Invalid {
            field: Field::Colour,
            value: colour.chars().take(20).collect(),
        })
    }
}

/// A number as a person types it: `5.5`; `5,5` where the comma can only be the decimal mark;
/// `1,200`, `1 200` or `1,200.5` with thousands grouped by three; Arabic-Indic digits (`٥٫٥`,
/// `١٬٢٠٠`); a minus sign before it. The one parser of numbers typed into a field. Nothing is
/// guessed: two decimal marks, groups of other than three digits after a thousands mark,
/// letters, an exponent or `NaN` are `None`.
pub fn read_number(text: &str) -> Option<f64> {
    // Arabic-Indic and Eastern Arabic-Indic digits, the Arabic decimal and thousands marks, the
    // spaces a copied number may carry, and the direction marks around it.
    let mut plain = String::with_capacity(text.len());
    for c in text.trim().chars() {
        match c {
            '\u{0660}'..='\u{0669}' => plain.push(char::from(b'0' + (c as u32 - 0x0660) as u8)),
            '\u{06F0}'..='\u{06F9}' => plain.push(char::from(b'0' + (c as u32 - 0x06F0) as u8)),
            '\u{066B}' => plain.push('.'),
            '\u{066C}' => plain.push(','),
            '\u{00A0}' | '\u{202F}' | '\u{2009}' => plain.push(' '),
            '\u{200E}' | '\u{200F}' | '\u{061C}' | '\u{2066}'..='\u{2069}' => {}
            '\u{2212}' => plain.push('-'),
            _ => plain.push(c),
        }
    }
    let (negative, digits) = match plain.strip_prefix(['-', '+']) {
        Some(rest) => (plain.starts_with('-'), rest.trim_start()),
        None => (false, plain.as_str()),
    };
    if digits.is_empty() || !digits.chars().all(|c| c.is_ascii_digit() || matches!(c, '.' | ',' | ' ')) {
        return None;
    }
    // The decimal mark: a point, or a lone comma not followed by exactly three digits.
    let (whole, fraction) = match (digits.matches('.').count(), digits.matches(',').count()) {
        (0, 0) => (digits, ""),
        (1, _) => digits.split_once('.')?,
        (0, 1) => {
            let (before, after) = digits.split_once(',')?;
            if after.len() == 3 && !before.contains(' ') { (digits, "") } else { (before, after) }
        }
        (0, _) => (digits, ""),
        _ => return None,
    };
    if fraction.contains([',', ' ']) || (fraction.is_empty() && digits.ends_with(['.', ','])) {
        return None;
    }
    // Thousands: one kind of mark, a first group of one to three digits, then groups of three.
    let groups: Vec<&str> = whole.split([',', ' ']).collect();
    let marks = whole.contains(',') as u8 + whole.contains(' ') as u8;
    if marks > 1
        || groups[0].is_empty() && !(groups.len() == 1 && !fraction.is_empty())
        || groups.len() > 1 && (groups[0].len() > 3 || groups[1..].iter().any(|g| g.len() != 3))
    {
        return None;
    }
    let number: f64 = format!("{}.{}", groups.concat(), if fraction.is_empty() { "0" } else { fraction })
        .parse()
        .ok()?;
    Some(if negative { -number } else { number })
}

/// A number field's text, as the person typed it; core reads it with `read_number` when it is
/// saved and names the field if it cannot. A form may send a JSON number instead (a record read
/// back unchanged), and a file or a test a Rust number (`5.into()`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct TypedNumber(pub String);

impl TypedNumber {
    /// The number typed, or `None` when the box is empty.
    pub fn read(&self, field: Field) -> Result<Option<f64>> {
        match optional(&self.0) {
            None => Ok(None),
            Some(text) => read_number(&text).map(Some).ok_or(Error::NotANumber {
                field,
                value: text.chars().take(40).collect(),
            }),
        }
    }

    /// An empty box.
    pub fn empty() -> Self {
        TypedNumber(String::new())
    }

    /// Whether the box was left empty.
    pub fn is_empty(&self) -> bool {
        self.0.trim().is_empty()
    }
}

macro_rules! typed_number_from {
    ($($t:ty),+) => {$(
        impl From<$t> for TypedNumber {
            fn from(value: $t) -> Self { TypedNumber(value.to_string()) }
        }
        impl From<Option<$t>> for TypedNumber {
            fn from(value: Option<$t>) -> Self { value.map(TypedNumber::from).unwrap_or_default() }
        }
    )+};
}
typed_number_from!(f64, u32, i32, i64);

impl From<&str> for TypedNumber {
    fn from(text: &str) -> Self {
        TypedNumber(text.to_owned())
    }
}

impl Serialize for TypedNumber {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.0)
    }
}

impl<'de> Deserialize<'de> for TypedNumber {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> std::result::Result<Self, D::Error> {
        #[derive(Deserialize)]
        #[serde(untagged)]
        enum Typed {
            Text(String),
            Whole(i64),
            Number(f64),
        }
        Ok(match Option::<Typed>::deserialize(deserializer)? {
            None => TypedNumber::empty(),
            Some(Typed::Text(text)) => TypedNumber(text),
            Some(Typed::Whole(n)) => n.into(),
            Some(Typed::Number(n)) => n.into(),
        })
    }
}

/// How a number field's text reads, before any save: the field shows it, or why not.
pub fn typed_number(text: &str) -> Result<Option<f64>> {
    TypedNumber::from(text).read(Field::Number)
}

#[cfg(test)]
mod number_tests {
    use super::*;

    #[test]
    fn numbers_read_as_people_type_them() {
        for (typed, read) in [
            ("5", 5.0),
            ("5.5", 5.5),
            ("5,5", 5.5),
            ("4,8", 4.8),
            ("0,25", 0.25),
            ("12,00", 12.0),
            ("3,14159", 3.14159),
            (",5", 0.5),
            (".5", 0.5),
            ("1,200", 1200.0),
            ("1 200", 1200.0),
            ("1\u{00A0}200", 1200.0),
            ("12,345,678", 12_345_678.0),
            ("1,200.5", 1200.5),
            ("1 200,5", 1200.5),
            ("-3", -3.0),
            ("\u{2212}3,5", -3.5),
            ("  42 ", 42.0),
            ("٥٫٥", 5.5),
            ("١٬٢٠٠", 1200.0),
            ("١٢٠", 120.0),
            ("۴۹", 49.0),
            ("\u{200F}49", 49.0),
        ] {
            assert_eq!(read_number(typed), Some(read), "{typed:?}");
        }
    }

    #[test]
    fn what_could_be_read_two_ways_or_is_no_number_is_refused() {
        for typed in [
            "", "abc", "5,5,5", "1.2.3", "1 20", "1,200,5", "1,200 300", "1e5", "NaN",
            "inf", "5.", "5,", "-", "1.200,5.0", "1 2", "5%", "0x10", "--5", "1,,200", "1234,567 8",
        ] {
            assert_eq!(read_number(typed), None, "{typed:?}");
        }
    }

    #[test]
    fn a_number_comes_as_text_as_a_number_or_as_nothing() {
        let read = |json: &str| serde_json::from_str::<TypedNumber>(json).unwrap();
        assert_eq!(read("\"5,5\"").read(Field::Actual).unwrap(), Some(5.5));
        assert_eq!(read("5.5").read(Field::Actual).unwrap(), Some(5.5));
        assert_eq!(read("12").read(Field::Actual).unwrap(), Some(12.0));
        assert_eq!(read("null").read(Field::Actual).unwrap(), None);
        assert_eq!(read("\"\"").read(Field::Actual).unwrap(), None);
        let refused = read("\"5,5,5\"").read(Field::Actual).unwrap_err();
        assert!(matches!(refused, Error::NotANumber { field: Field::Actual, ref value } if value == "5,5,5"));
    }
}
