//! Messages a person reads, rendered in their language from the Fluent files in `locales/`.
//!
//! The same `.ftl` files feed the UI; Rust renders the messages it produces itself (errors, the
//! window title, printed documents).

use std::{fmt, str::FromStr};

use fluent_bundle::{FluentArgs, FluentResource, FluentValue, concurrent::FluentBundle};
use serde::{Deserialize, Serialize};

/// One embedded Fluent file.
pub struct FtlSource {
    pub lang: &'static str,
    pub file: &'static str,
    pub text: &'static str,
}

include!(concat!(env!("OUT_DIR"), "/locales.rs"));

/// The languages Eshkol speaks. Hebrew is the default.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Locale {
    #[default]
    He,
    Ar,
    En,
}

impl Locale {
    pub const ALL: [Locale; 3] = [Locale::He, Locale::Ar, Locale::En];

    pub fn code(self) -> &'static str {
        match self {
            Locale::He => "he",
            Locale::Ar => "ar",
            Locale::En => "en",
        }
    }

    /// Text direction of the language: `rtl` or `ltr`.
    pub fn dir(self) -> &'static str {
        match self {
            Locale::He | Locale::Ar => "rtl",
            Locale::En => "ltr",
        }
    }
}

impl fmt::Display for Locale {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

impl FromStr for Locale {
    type Err = crate::Error;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Locale::ALL
            .into_iter()
            .find(|l| l.code() == s)
            .ok_or_else(|| crate::Error::UnknownLocale(s.chars().take(16).collect()))
    }
}

/// The Fluent sources of one language.
pub fn sources(locale: Locale) -> impl Iterator<Item = &'static FtlSource> {
    SOURCES.iter().filter(move |s| s.lang == locale.code())
}

/// A language's messages, ready to render.
pub struct Messages {
    locale: Locale,
    bundle: FluentBundle<FluentResource>,
}

impl Messages {
    pub fn new(locale: Locale) -> Self {
        let langid = locale.code().parse().expect("static language ids parse");
        let mut bundle = FluentBundle::new_concurrent(vec![langid]);
        for source in sources(locale) {
            // A syntax error in a shipped file is caught by the locale tests; here the valid
            // part of the file is still used rather than failing the whole app.
            let resource =
                FluentResource::try_new(source.text.to_owned()).unwrap_or_else(|(r, _)| r);
            let _ = bundle.add_resource(resource);
        }
        Messages { locale, bundle }
    }

    pub fn locale(&self) -> Locale {
        self.locale
    }

    /// Whether there is a message `id` in this language.
    pub fn has(&self, id: &str) -> bool {
        self.bundle.has_message(id)
    }

    /// Render a message with no arguments.
    pub fn get(&self, id: &str) -> String {
        self.format(id, &[])
    }

    /// Render a message with named arguments. A missing message renders as its id, which the
    /// locale tests make sure never ships.
    pub fn format(&self, id: &str, args: &[(&str, FluentValue<'_>)]) -> String {
        let Some(pattern) = self.bundle.get_message(id).and_then(|m| m.value()) else {
            return id.to_owned();
        };
        let mut fluent_args = FluentArgs::new();
        for (name, value) in args {
            fluent_args.set(*name, value.clone());
        }
        let mut errors = Vec::new();
        self.bundle
            .format_pattern(pattern, Some(&fluent_args), &mut errors)
            .into_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_locale_has_sources() {
        for locale in Locale::ALL {
            assert!(sources(locale).count() > 0, "no .ftl for {locale}");
        }
    }

    #[test]
    fn renders_hebrew_title() {
        assert_eq!(Messages::new(Locale::He).get("app-title"), "אשכול");
        assert_eq!(Messages::new(Locale::En).get("app-title"), "Eshkol");
    }

    #[test]
    fn directions() {
        assert_eq!(Locale::He.dir(), "rtl");
        assert_eq!(Locale::Ar.dir(), "rtl");
        assert_eq!(Locale::En.dir(), "ltr");
        assert!("fr".parse::<Locale>().is_err());
    }
}
