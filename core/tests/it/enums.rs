//! An enumeration is spelled once, in its `text_enum!`; what else spells it is checked against
//! that spelling: the `CHECK (… IN (…))` of its column in the schema the migrations make, the
//! UI's map of its labels in `ui/src/lib/labels.js`, and the messages those labels name in
//! every language. A variant added in one place and not the others fails here.

use std::{
    collections::{BTreeMap, BTreeSet},
    path::PathBuf,
};

use crate::common;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..")
}

/// Every `text_enum!` of core: its name and the texts of its variants, in order.
fn text_enums() -> BTreeMap<String, Vec<String>> {
    fn walk(dir: &std::path::Path, out: &mut Vec<String>) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                walk(&path, out);
            } else if path.extension().is_some_and(|e| e == "rs") {
                out.push(std::fs::read_to_string(path).unwrap());
            }
        }
    }
    let mut texts = Vec::new();
    walk(&root().join("core/src"), &mut texts);
    let mut enums = BTreeMap::new();
    for text in texts {
        for (at, _) in text.match_indices("text_enum!(") {
            let rest = &text[at + "text_enum!(".len()..];
            let Some(body) = rest.split_once(");").map(|(b, _)| b) else {
                continue;
            };
            // The name is the first word after the doc comments.
            let name = body
                .lines()
                .map(str::trim)
                .find(|l| !l.is_empty() && !l.starts_with("///") && !l.starts_with("$"))
                .and_then(|l| l.split(',').next())
                .map(str::trim)
                .unwrap_or_default()
                .to_string();
            if name.is_empty() || !name.chars().next().unwrap().is_uppercase() {
                continue; // the macro's own definition
            }
            let variants = body
                .split('{')
                .nth(1)
                .unwrap_or_default()
                .split('"')
                .skip(1)
                .step_by(2)
                .map(str::to_string)
                .collect();
            enums.insert(name, variants);
        }
    }
    enums
}

/// `ActionStatus` → `ACTION_STATUS`: the name of its labels' map in labels.js.
fn screaming(name: &str) -> String {
    let mut out = String::new();
    for (i, c) in name.chars().enumerate() {
        if c.is_uppercase() && i > 0 {
            out.push('_');
        }
        out.extend(c.to_uppercase());
    }
    out
}

/// Every `export const NAME = { key: 'message-id', … }` of labels.js.
fn label_maps() -> BTreeMap<String, BTreeMap<String, String>> {
    let js = std::fs::read_to_string(root().join("ui/src/lib/labels.js")).unwrap();
    let mut maps = BTreeMap::new();
    for (at, _) in js.match_indices("export const ") {
        let rest = &js[at + "export const ".len()..];
        let Some((name, after)) = rest.split_once(" = {") else {
            continue;
        };
        let body = &after[..after.find('}').unwrap()];
        let entries = body
            .split(',')
            .filter_map(|entry| {
                let (key, value) = entry.split_once(':')?;
                Some((
                    key.trim().to_string(),
                    value.trim().trim_matches('\'').to_string(),
                ))
            })
            .collect();
        maps.insert(name.to_string(), entries);
    }
    maps
}

/// The enumerations the UI labels that are not `text_enum!`s (serde enums of core, never
/// stored as a column of their own), each with why.
const LABELLED_ELSEWHERE: [(&str, &str); 4] = [
    (
        "TEMPLATE",
        "forums' `Template`, the Ministry's four forum templates",
    ),
    (
        "NEARNESS",
        "the finder's `Nearness`, how near a helper acts",
    ),
    (
        "HELPER_KIND",
        "the finder's `HelperKind`, a volunteer or an organization",
    ),
    ("STANDING", "`measure::Standing`, how an indicator stands"),
];

/// The labels' maps named otherwise than their enumeration.
const NAMED_OTHERWISE: [(&str, &str); 2] = [
    ("ATTENDANCE", "AttendanceStatus"),
    ("CADENCE", "CadenceKind"),
];

#[test]
fn the_schema_checks_each_enumeration_as_core_spells_it() {
    let (_dir, store) = common::store();
    let enums: Vec<BTreeSet<String>> = text_enums()
        .into_values()
        .map(|v| v.into_iter().collect())
        .collect();
    // Lists the schema checks that are not an enumeration's, each with why.
    let not_enums: [(&str, &str, &[&str]); 4] = [
        (
            "forums",
            "template",
            &["ministry", "district", "authority", "school"],
        ),
        ("forums", "cadence", &["weeks", "months"]), // the cadences that need their N
        ("sync_files", "status", &["applied", "waiting", "skipped"]),
        (
            "search_docs",
            "kind",
            &[
                "person",
                "settlement",
                "forum",
                "minutes",
                "decision",
                "action_item",
                "gap",
                "visit",
                "organization",
            ],
        ),
    ];
    let mut schema = store
        .connection()
        .prepare("SELECT name, sql FROM sqlite_schema WHERE type = 'table' AND sql IS NOT NULL")
        .unwrap();
    let tables: Vec<(String, String)> = schema
        .query_map([], |r| Ok((r.get("name")?, r.get("sql")?)))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    let mut checked = 0;
    let mut wrong = Vec::new();
    for (table, sql) in tables {
        for (at, _) in sql.match_indices(" IN (") {
            let column = sql[..at]
                .rsplit(|c: char| !c.is_alphanumeric() && c != '_')
                .next()
                .unwrap();
            let list = &sql[at + 5..];
            let list = &list[..list.find(')').unwrap()];
            if !list.trim_start().starts_with('\'') {
                continue; // a subquery, not a list of texts
            }
            let values: BTreeSet<String> = list
                .split('\'')
                .skip(1)
                .step_by(2)
                .map(str::to_string)
                .collect();
            checked += 1;
            let known = not_enums.iter().any(|(t, c, v)| {
                *t == table && *c == column && values == v.iter().map(|s| s.to_string()).collect()
            });
            if !known && !enums.contains(&values) {
                wrong.push(format!(
                    "{table}.{column} checks {values:?}, which no text_enum! spells"
                ));
            }
        }
    }
    assert!(checked > 25, "the schema's lists are found: {checked}");
    assert!(wrong.is_empty(), "{wrong:#?}");
}

#[test]
fn the_uis_labels_name_every_variant_and_every_label_is_a_message() {
    let enums = text_enums();
    assert!(
        enums.len() > 20,
        "the text_enum!s are found: {}",
        enums.len()
    );
    let named_otherwise: BTreeMap<&str, &str> = NAMED_OTHERWISE.into_iter().collect();
    let elsewhere: BTreeSet<&str> = LABELLED_ELSEWHERE.iter().map(|(n, _)| *n).collect();
    let by_js_name: BTreeMap<String, &String> =
        enums.keys().map(|name| (screaming(name), name)).collect();
    let messages: String = ["he", "ar", "en"]
        .iter()
        .map(|lang| {
            std::fs::read_dir(root().join("locales").join(lang))
                .unwrap()
                .map(|e| std::fs::read_to_string(e.unwrap().path()).unwrap())
                .collect::<String>()
        })
        .collect::<Vec<_>>()
        .join("\n");
    let mut wrong = Vec::new();
    for (js_name, labels) in label_maps() {
        if elsewhere.contains(js_name.as_str()) {
            continue;
        }
        let rust_name = named_otherwise
            .get(js_name.as_str())
            .map(|n| n.to_string())
            .or_else(|| by_js_name.get(&js_name).map(|n| n.to_string()));
        let Some(rust_name) = rust_name else {
            wrong.push(format!("labels.js {js_name}: no text_enum! of that name"));
            continue;
        };
        let variants: BTreeSet<&String> = enums[&rust_name].iter().collect();
        let keys: BTreeSet<&String> = labels.keys().collect();
        if variants != keys {
            wrong.push(format!(
                "labels.js {js_name} labels {keys:?}, {rust_name} has {variants:?}"
            ));
        }
        for id in labels.values() {
            let defined = messages
                .lines()
                .filter(|l| l.starts_with(&format!("{id} =")))
                .count();
            if defined != 3 {
                wrong.push(format!("labels.js {js_name}: `{id}` is defined {defined} times, not once in each of he, ar, en"));
            }
        }
    }
    assert!(wrong.is_empty(), "{wrong:#?}");
}
