//! Every message exists in every language, every file parses, and every message id the UI
//! asks for exists.

use std::{
    collections::{BTreeMap, BTreeSet},
    fs,
    path::{Path, PathBuf},
};

use fluent_syntax::{ast, parser};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

/// Message and term ids of each locale directory, failing on any syntax error.
fn ids_by_locale() -> BTreeMap<String, BTreeSet<String>> {
    let mut out = BTreeMap::new();
    for dir in fs::read_dir(root().join("locales")).unwrap() {
        let dir = dir.unwrap().path();
        if !dir.is_dir() {
            continue;
        }
        let mut ids = BTreeSet::new();
        for file in fs::read_dir(&dir).unwrap() {
            let file = file.unwrap().path();
            if file.extension().is_none_or(|e| e != "ftl") {
                continue;
            }
            let text = fs::read_to_string(&file).unwrap();
            let resource = parser::parse(text.as_str()).unwrap_or_else(|(_, errors)| {
                panic!("{} does not parse: {errors:?}", file.display())
            });
            for entry in resource.body {
                match entry {
                    ast::Entry::Message(m) => assert!(
                        ids.insert(m.id.name.to_owned()),
                        "{} repeats {}",
                        file.display(),
                        m.id.name
                    ),
                    ast::Entry::Term(t) => assert!(ids.insert(format!("-{}", t.id.name))),
                    ast::Entry::Junk { content } => {
                        panic!("{} has junk: {content}", file.display())
                    }
                    _ => {}
                }
            }
        }
        out.insert(dir.file_name().unwrap().to_string_lossy().into_owned(), ids);
    }
    out
}

#[test]
fn the_three_languages_are_there() {
    let ids = ids_by_locale();
    assert_eq!(
        ids.keys().map(String::as_str).collect::<Vec<_>>(),
        ["ar", "en", "he"]
    );
}

#[test]
fn every_message_exists_in_every_language() {
    let ids = ids_by_locale();
    let every: BTreeSet<&String> = ids.values().flatten().collect();
    let mut missing = Vec::new();
    for (locale, have) in &ids {
        for id in &every {
            if !have.contains(*id) {
                missing.push(format!("{locale}: {id}"));
            }
        }
    }
    assert!(
        missing.is_empty(),
        "messages missing from a locale:\n{}",
        missing.join("\n")
    );
}

/// Message ids the UI passes to `t("…")` or names in `data-l10n="…"`, and ids that Rust names.
fn ids_used_in(dir: &Path, exts: &[&str], out: &mut BTreeSet<String>) {
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            ids_used_in(&path, exts, out);
        } else if path
            .extension()
            .is_some_and(|e| exts.iter().any(|x| e == *x))
        {
            let text = fs::read_to_string(&path).unwrap();
            // In the UI every single-quoted, hyphenated lower-case string is a message id:
            // labels tables and [field, id] pairs hold them outside `t(…)` calls.
            if path.extension().is_some_and(|e| e == "js" || e == "svelte") {
                for piece in text.split('\'').skip(1).step_by(2) {
                    let looks_like_id = piece.contains('-')
                        && piece.starts_with(|c: char| c.is_ascii_lowercase())
                        && piece
                            .chars()
                            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
                    if looks_like_id {
                        out.insert(piece.to_owned());
                    }
                }
            }
            for marker in ["t(", "get(", "msg: ", "format("] {
                for (at, _) in text.match_indices(marker) {
                    // `t(` must be the whole name, not the end of `count(`.
                    let before = text[..at].chars().next_back();
                    if before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
                        continue;
                    }
                    let piece = text[at + marker.len()..].trim_start();
                    let Some(piece) = piece.strip_prefix(['"', '\'']) else {
                        continue;
                    };
                    let id: String = piece
                        .chars()
                        .take_while(|c| c.is_ascii_alphanumeric() || *c == '-')
                        .collect();
                    let closes = piece[id.len()..].starts_with(['"', '\'']);
                    if !id.is_empty()
                        && closes
                        && id.contains('-')
                        && id.chars().next().unwrap().is_ascii_lowercase()
                    {
                        out.insert(id);
                    }
                }
            }
        }
    }
}

#[test]
fn every_message_the_code_asks_for_exists() {
    let mut used = BTreeSet::new();
    ids_used_in(&root().join("ui").join("src"), &["js", "svelte"], &mut used);
    ids_used_in(&root().join("core").join("src"), &["rs"], &mut used);
    ids_used_in(&root().join("src-tauri").join("src"), &["rs"], &mut used);
    assert!(
        used.len() > 20,
        "the scan found too few ids to be working: {used:?}"
    );
    let he = &ids_by_locale()["he"];
    let unknown: Vec<_> = used.iter().filter(|id| !he.contains(*id)).collect();
    assert!(
        unknown.is_empty(),
        "ids used in code but missing from locales/he: {unknown:?}"
    );
}

/// Every file below `dir` with one of `exts`, with its text.
fn sources(dir: &Path, exts: &[&str], out: &mut Vec<(PathBuf, String)>) {
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            sources(&path, exts, out);
        } else if path.extension().is_some_and(|e| exts.iter().any(|x| e == *x)) {
            let text = fs::read_to_string(&path).unwrap();
            out.push((path, text));
        }
    }
}

/// A quoted language tag of one of the app's languages: `'he'`, `"he-IL"`, `'en-US'`.
fn is_language_tag(quoted: &str) -> bool {
    let (lang, region) = quoted.split_once('-').unwrap_or((quoted, ""));
    matches!(lang, "he" | "ar" | "en" | "iw")
        && (region.is_empty() || (region.len() == 2 && region.chars().all(|c| c.is_ascii_uppercase())))
}

#[test]
fn the_ui_formats_and_sorts_in_the_chosen_language_not_a_fixed_one() {
    let mut files = Vec::new();
    sources(&root().join("ui").join("src"), &["js", "svelte"], &mut files);
    assert!(files.len() > 10, "the scan found too few files to be working");
    let mut fixed = Vec::new();
    for (path, text) in &files {
        for (number, line) in text.lines().enumerate() {
            let formats = ["toLocale", "localeCompare", "Intl."].iter().any(|f| line.contains(f));
            let tags = line
                .split(['\'', '"'])
                .skip(1)
                .step_by(2)
                .filter(|piece| is_language_tag(piece));
            if formats && tags.count() > 0 {
                fixed.push(format!("{}:{}: {}", path.display(), number + 1, line.trim()));
            }
        }
    }
    assert!(fixed.is_empty(), "a language written into the UI: {fixed:#?}");
}

/// The variant keys of every select in `pattern`, nested ones included.
fn selects<'a>(pattern: &ast::Pattern<&'a str>, out: &mut Vec<Vec<String>>) {
    fn expression<'a>(e: &ast::Expression<&'a str>, out: &mut Vec<Vec<String>>) {
        match e {
            ast::Expression::Select { variants, .. } => {
                out.push(
                    variants
                        .iter()
                        .map(|v| match &v.key {
                            ast::VariantKey::Identifier { name } => name.to_string(),
                            ast::VariantKey::NumberLiteral { value } => value.to_string(),
                        })
                        .collect(),
                );
                for v in variants {
                    selects(&v.value, out);
                }
            }
            ast::Expression::Inline(ast::InlineExpression::Placeable { expression: inner }) => {
                expression(inner, out)
            }
            ast::Expression::Inline(_) => {}
        }
    }
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression: e } = element {
            expression(e, out);
        }
    }
}

/// Arabic counts two with a dual of its own ("متطوعان", not "2 متطوعين"): every count the
/// Arabic messages tell apart for one is told apart for two as well, by Fluent's plural
/// categories, which also give 3–10 and 11–99 their own forms.
#[test]
fn every_arabic_count_has_its_dual() {
    let mut missing = Vec::new();
    for file in fs::read_dir(root().join("locales/ar")).unwrap() {
        let file = file.unwrap().path();
        let text = fs::read_to_string(&file).unwrap();
        let resource = parser::parse(text.as_str()).unwrap();
        for entry in &resource.body {
            let ast::Entry::Message(message) = entry else {
                continue;
            };
            let mut found = Vec::new();
            if let Some(value) = &message.value {
                selects(value, &mut found);
            }
            for keys in found {
                if keys.iter().any(|k| k == "one") && !keys.iter().any(|k| k == "two") {
                    missing.push(message.id.name.to_string());
                }
            }
        }
    }
    assert!(missing.is_empty(), "Arabic counts without a dual: {missing:?}");
}
