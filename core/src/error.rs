//! Errors with a stable code for programs and a message in the user's language for people.

use fluent_bundle::FluentValue;

use crate::i18n::Messages;

pub type Result<T, E = Error> = std::result::Result<T, E>;

/// A field of a record, named in messages so the user knows what to fix.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Field {
    Name,
    FullName,
    Region,
    Kind,
    Cluster,
    Settlement,
    Organization,
    Phone,
    Mobile,
    Email,
    Count,
}

impl Field {
    fn message_id(self) -> &'static str {
        match self {
            Field::Name => "field-name",
            Field::FullName => "field-full-name",
            Field::Region => "field-region",
            Field::Kind => "field-kind",
            Field::Cluster => "field-cluster",
            Field::Settlement => "field-settlement",
            Field::Organization => "field-organization",
            Field::Phone => "field-office-phone",
            Field::Mobile => "field-mobile",
            Field::Email => "field-email",
            Field::Count => "field-count",
        }
    }
}

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("{0:?} is required")]
    Required(Field),
    #[error("{field:?} is not valid: {value}")]
    Invalid { field: Field, value: String },
    #[error("a record this refers to does not exist")]
    NotFound,
    #[error("unknown language {0:?}")]
    UnknownLocale(String),
    #[error("the database already holds records")]
    NotEmpty,
    #[error("the database schema version {found} is newer than this app knows ({supported})")]
    SchemaTooNew { found: i64, supported: i64 },
    #[error("the file is not an Eshkol database (application id {0:#x})")]
    NotEshkolDatabase(i32),
    #[error("database: {0}")]
    Database(#[from] rusqlite::Error),
    #[error("file: {0}")]
    Io(#[from] std::io::Error),
}

impl Error {
    /// A stable, language-free code the UI and tests can rely on.
    pub fn code(&self) -> &'static str {
        match self {
            Error::Required(_) => "required",
            Error::Invalid { .. } => "invalid",
            Error::NotFound => "not-found",
            Error::UnknownLocale(_) => "unknown-locale",
            Error::NotEmpty => "not-empty",
            Error::SchemaTooNew { .. } => "schema-too-new",
            Error::NotEshkolDatabase(_) => "not-eshkol-database",
            Error::Database(_) => "database",
            Error::Io(_) => "io",
        }
    }

    /// The message a person reads, in their language, saying what to fix.
    pub fn localize(&self, messages: &Messages) -> String {
        let field = |f: &Field| FluentValue::from(messages.get(f.message_id()));
        match self {
            Error::Required(f) => messages.format("error-required", &[("field", field(f))]),
            Error::Invalid { field: f, value } => messages.format(
                "error-invalid",
                &[
                    ("field", field(f)),
                    ("value", FluentValue::from(value.as_str())),
                ],
            ),
            Error::NotFound => messages.get("error-not-found"),
            Error::UnknownLocale(code) => messages.format(
                "error-unknown-locale",
                &[("code", FluentValue::from(code.as_str()))],
            ),
            Error::NotEmpty => messages.get("error-not-empty"),
            Error::SchemaTooNew { found, supported } => messages.format(
                "error-schema-too-new",
                &[
                    ("found", FluentValue::from(*found)),
                    ("supported", FluentValue::from(*supported)),
                ],
            ),
            Error::NotEshkolDatabase(_) => messages.get("error-not-eshkol-database"),
            Error::Database(e) => messages.format(
                "error-database",
                &[("detail", FluentValue::from(e.to_string()))],
            ),
            Error::Io(e) => {
                messages.format("error-io", &[("detail", FluentValue::from(e.to_string()))])
            }
        }
    }
}
