//! The words of a query: each split off, cleaned of invisible and control characters and
//! lower-cased, with its Hebrew prefix letters dropped as variants (לבית → בית); a word read as
//! a phone number as it is dialled in Israel; the FTS5 expression (every word quoted, so
//! nothing typed is FTS syntax) and the `LIKE` pattern for short words; and the piece of text
//! around the first match that a hit shows.

use super::{CONTEXT_CHARS, Highlight, PREFIX_LETTERS};

/// One word of the query and what it may stand for in the text.
#[derive(Debug, PartialEq, Eq)]
pub(super) struct Term {
    /// The word as typed, then the word without one and then two prefix letters.
    pub(super) variants: Vec<String>,
}

/// Split a query into words, drop invisible and control characters, lower-case, and add the
/// prefix-less forms of Hebrew words.
pub(super) fn terms(text: &str) -> Vec<Term> {
    let clean: String = text
        .chars()
        .map(|c| {
            if c.is_control() || is_format(c) {
                ' '
            } else {
                c
            }
        })
        .flat_map(char::to_lowercase)
        .collect();
    // A phone number, however it is written, is one word: the digits as a person dials them
    // in Israel, which is how the index holds a person's numbers.
    if let Some(digits) = dialled(&clean) {
        let mut variants = vec![clean.trim().to_string()];
        variants.retain(|v| !v.contains(char::is_whitespace));
        variants.push(digits);
        return vec![Term { variants }];
    }
    clean
        .split(char::is_whitespace)
        .filter(|w| !w.is_empty())
        .map(|word| {
            let mut variants = vec![word.to_string()];
            let mut rest = word;
            for _ in 0..2 {
                let Some(first) = rest.chars().next().filter(|c| PREFIX_LETTERS.contains(c)) else {
                    break;
                };
                rest = &rest[first.len_utf8()..];
                if rest.chars().count() < 3 {
                    break;
                }
                variants.push(rest.to_string());
            }
            Term { variants }
        })
        .collect()
}

/// The digits of `text` as dialled in Israel (`+972 50…` as `050…`), when `text` is written
/// as a phone number is (digits, spaces, dashes, dots, brackets, a leading plus) and holds at
/// least five digits; otherwise `None`.
fn dialled(text: &str) -> Option<String> {
    let text = text.trim();
    let phone_like = text.chars().enumerate().all(|(i, c)| {
        c.is_ascii_digit() || matches!(c, ' ' | '-' | '.' | '(' | ')') || (c == '+' && i == 0)
    });
    let digits: String = text.chars().filter(char::is_ascii_digit).collect();
    if !phone_like || digits.len() < 5 {
        return None;
    }
    Some(match digits.strip_prefix("972") {
        Some(national) if digits.len() >= 11 => format!("0{}", national.trim_start_matches('0')),
        _ => digits,
    })
}

/// Bidi controls, zero-width joiners and the like: never part of a word a person types.
fn is_format(c: char) -> bool {
    matches!(c, '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{FEFF}' | '\u{00AD}')
}

/// The FTS5 expression for the words of at least three letters (the trigram index cannot
/// look up shorter ones), each a quoted string, so nothing typed is read as FTS syntax.
pub(super) fn match_expression(terms: &[Term]) -> Option<String> {
    let parts: Vec<String> = terms
        .iter()
        .filter(|t| t.variants[0].chars().count() >= 3)
        .map(|t| {
            let alternatives: Vec<String> = t
                .variants
                .iter()
                .map(|v| format!("\"{}\"", v.replace('"', "\"\"")))
                .collect();
            format!("({})", alternatives.join(" OR "))
        })
        .collect();
    (!parts.is_empty()).then(|| parts.join(" AND "))
}

/// `%word%` for LIKE, with LIKE's own characters escaped by `\`.
pub(super) fn like_pattern(word: &str) -> String {
    let mut pattern = String::from("%");
    for c in word.chars() {
        if matches!(c, '%' | '_' | '\\') {
            pattern.push('\\');
        }
        pattern.push(c);
    }
    pattern.push('%');
    pattern
}

/// The first place in `text` where any variant of any term occurs (case-insensitively), cut
/// to a window around it.
pub(super) fn highlight(text: &str, terms: &[Term]) -> Option<Highlight> {
    let lower: Vec<char> = text.chars().flat_map(char::to_lowercase).collect();
    let chars: Vec<char> = text.chars().collect();
    // Lower-casing can change the length (rarely, outside Hebrew, Arabic and English); then
    // positions are not shared and the text is shown whole without a mark.
    if lower.len() != chars.len() {
        return None;
    }
    let mut best: Option<(usize, usize)> = None;
    for variant in terms.iter().flat_map(|t| &t.variants) {
        let needle: Vec<char> = variant.chars().collect();
        if needle.is_empty() || needle.len() > lower.len() {
            continue;
        }
        if let Some(at) = lower
            .windows(needle.len())
            .position(|w| w == needle.as_slice())
        {
            let better = match best {
                None => true,
                Some((b, len)) => at < b || (at == b && needle.len() > len),
            };
            if better {
                best = Some((at, needle.len()));
            }
        }
    }
    let (at, len) = best?;
    let start = at.saturating_sub(CONTEXT_CHARS);
    let end = (at + len + CONTEXT_CHARS).min(chars.len());
    let flat = |s: &[char]| -> String {
        s.iter()
            .map(|&c| {
                if c == '\n' || c == '\r' || c == '\t' {
                    ' '
                } else {
                    c
                }
            })
            .collect()
    };
    let mut before = flat(&chars[start..at]);
    let mut after = flat(&chars[at + len..end]);
    if start > 0 {
        before.insert(0, '…');
    }
    if end < chars.len() {
        after.push('…');
    }
    Some(Highlight {
        before,
        matched: flat(&chars[at..at + len]),
        after,
    })
}

pub(super) fn plain(text: &str) -> Highlight {
    let mut before: String = text.chars().take(2 * CONTEXT_CHARS).collect();
    if text.chars().count() > 2 * CONTEXT_CHARS {
        before.push('…');
    }
    Highlight {
        before: before.replace(['\n', '\r', '\t'], " "),
        matched: String::new(),
        after: String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn variants(text: &str) -> Vec<Vec<String>> {
        terms(text).into_iter().map(|t| t.variants).collect()
    }

    #[test]
    fn prefix_letters_are_stripped_from_query_words() {
        assert_eq!(variants("לבית"), vec![vec!["לבית", "בית"]]);
        assert_eq!(
            variants("והמועצה"),
            vec![vec!["והמועצה", "המועצה", "מועצה"]]
        );
        // Never down to fewer than three letters.
        assert_eq!(variants("שלום"), vec![vec!["שלום", "לום"]]);
        assert_eq!(variants("בית"), vec![vec!["בית"]]);
        assert_eq!(variants("Rivka COHEN"), vec![vec!["rivka"], vec!["cohen"]]);
    }

    #[test]
    fn invisible_and_control_characters_are_dropped() {
        assert_eq!(variants("\u{202E}בית\u{2069}\u{0007}"), vec![vec!["בית"]]);
        assert!(terms("\u{200F}\u{202B} \t").is_empty());
    }

    #[test]
    fn query_words_are_quoted_for_fts() {
        let expression = match_expression(&terms("a\"b OR c* NEAR(x) בית")).unwrap();
        assert_eq!(
            expression, "(\"a\"\"b\") AND (\"near(x)\") AND (\"בית\")",
            "short words (OR, c*) are left to LIKE"
        );
    }

    #[test]
    fn highlight_cuts_around_the_first_match() {
        let text = format!("{}ישיבת המועצה האזורית{}", "א".repeat(60), "ב".repeat(60));
        let h = highlight(&text, &terms("מועצה")).unwrap();
        assert_eq!(h.matched, "מועצה");
        assert!(h.before.starts_with('…') && h.before.ends_with("ישיבת ה"));
        assert!(h.after.starts_with(" האזורית") && h.after.ends_with('…'));
        let h = highlight("Meeting with Rivka", &terms("RIVKA")).unwrap();
        assert_eq!(
            (h.before.as_str(), h.matched.as_str()),
            ("Meeting with ", "Rivka")
        );
    }
}
