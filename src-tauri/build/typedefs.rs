//! The shapes of what the commands take and give, read from core's own types, as JSDoc
//! `@typedef`s for the UI's binding: a struct (`Serialize` or `Deserialize`) is an object of
//! its fields, a `text_enum!` or a unit enum the union of its texts, and what a field holds is
//! mapped as JSON carries it. A type is written only when a command reaches it.
//!
//! Used by `build.rs` and by `tests/lockdown.rs` (through `#[path]`), so it uses only `std`.

use std::{
    collections::{BTreeMap, BTreeSet},
    path::Path,
};

/// A type of core as the UI receives or sends it.
#[derive(Debug, Clone)]
pub enum Shape {
    /// Fields: name, type as written in Rust, whether it may be left out.
    Object(Vec<(String, String, bool)>),
    /// The texts a value may be.
    Union(Vec<String>),
    /// What is not described field by field (an enum carrying data, a hand-written serde).
    Opaque,
}

/// Every type of core's source: its name and shape. Two of one name keep the first.
pub fn read_types(core_src: &Path) -> BTreeMap<String, Shape> {
    let mut files = Vec::new();
    walk(core_src, &mut files);
    files.sort();
    let mut types = BTreeMap::new();
    for path in files {
        let text = std::fs::read_to_string(&path).unwrap_or_default();
        let text = match text.find("#[cfg(test)]\nmod") {
            Some(end) => &text[..end],
            None => &text[..],
        };
        for (name, shape) in text_enums(text).into_iter().chain(items(text)) {
            types.entry(name).or_insert(shape);
        }
    }
    types
}

fn walk(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
        let path = entry.path();
        if path.is_dir() {
            walk(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

fn text_enums(text: &str) -> Vec<(String, Shape)> {
    let mut found = Vec::new();
    for (at, _) in text.match_indices("text_enum!(") {
        let Some((body, _)) = text[at + 11..].split_once(");") else {
            continue;
        };
        let Some(name) = body
            .lines()
            .map(str::trim)
            .find(|l| !l.is_empty() && !l.starts_with("///") && !l.starts_with('$'))
            .and_then(|l| l.split(',').next())
            .map(str::trim)
        else {
            continue;
        };
        if !name.chars().next().is_some_and(char::is_uppercase) {
            continue;
        }
        let texts = body
            .split_once('{')
            .map_or("", |(_, b)| b)
            .split('"')
            .skip(1)
            .step_by(2);
        found.push((
            name.to_string(),
            Shape::Union(texts.map(str::to_string).collect()),
        ));
    }
    found
}

/// `pub struct` and `pub enum` items that derive a serde trait.
fn items(text: &str) -> Vec<(String, Shape)> {
    let lines: Vec<&str> = text.lines().collect();
    let mut found = Vec::new();
    for (i, line) in lines.iter().enumerate() {
        let line = line.trim_start();
        let (kind, rest) = if let Some(rest) = line.strip_prefix("pub struct ") {
            ("struct", rest)
        } else if let Some(rest) = line.strip_prefix("pub enum ") {
            ("enum", rest)
        } else {
            continue;
        };
        // The attributes above it: derives and serde's.
        let attrs: Vec<&str> = lines[..i]
            .iter()
            .rev()
            .map(|l| l.trim())
            .take_while(|l| l.starts_with("#[") || l.starts_with("///") || l.starts_with("//"))
            .collect();
        let serde = attrs
            .iter()
            .any(|a| a.contains("Serialize") || a.contains("Deserialize"));
        if !serde {
            continue;
        }
        let name: String = rest
            .chars()
            .take_while(|c| c.is_alphanumeric() || *c == '_')
            .collect();
        let hand_written = attrs
            .iter()
            .any(|a| a.contains("untagged") || a.contains("tag ="));
        let body_start = i + 1;
        let Some(close) = lines[body_start..].iter().position(|l| l.starts_with('}')) else {
            continue;
        };
        let body = &lines[body_start..body_start + close];
        let shape = if !rest.trim_end().ends_with('{') {
            Shape::Opaque // a tuple struct or a unit struct
        } else if kind == "struct" {
            let mut fields = Vec::new();
            let mut optional = false;
            let mut skip = false;
            for l in body.iter().map(|l| l.trim()) {
                if l.starts_with("#[serde(") {
                    optional |= l.contains("default");
                    skip |= l.contains("skip");
                } else if let Some(field) = l.strip_prefix("pub ") {
                    if let Some((field, ty)) = field.split_once(':') {
                        if !skip {
                            let ty = ty.trim().trim_end_matches(',').to_string();
                            let optional = optional || ty.starts_with("Option<");
                            fields.push((field.trim().to_string(), ty, optional));
                        }
                    }
                    optional = false;
                    skip = false;
                }
            }
            if struct_defaults(&attrs) {
                fields.iter_mut().for_each(|f| f.2 = true);
            }
            Shape::Object(fields)
        } else if hand_written {
            Shape::Opaque
        } else {
            let snake = attrs
                .iter()
                .any(|a| a.contains("rename_all = \"snake_case\""));
            let lower = attrs
                .iter()
                .any(|a| a.contains("rename_all = \"lowercase\""));
            let variants: Vec<&str> = body
                .iter()
                .map(|l| l.trim())
                .filter(|l| !l.is_empty() && !l.starts_with("//") && !l.starts_with("#["))
                .collect();
            if variants.iter().any(|v| v.contains('(') || v.contains('{')) {
                Shape::Opaque
            } else {
                Shape::Union(
                    variants
                        .iter()
                        .map(|v| v.trim_end_matches(',').split('=').next().unwrap().trim())
                        .map(|v| {
                            if snake {
                                snake_case(v)
                            } else if lower {
                                v.to_lowercase()
                            } else {
                                v.to_string()
                            }
                        })
                        .collect(),
                )
            }
        };
        found.push((name, shape));
    }
    found
}

fn struct_defaults(attrs: &[&str]) -> bool {
    attrs
        .iter()
        .any(|a| a.starts_with("#[serde(") && a.contains("default"))
}

fn snake_case(name: &str) -> String {
    let mut out = String::new();
    for (i, c) in name.chars().enumerate() {
        if c.is_uppercase() && i > 0 {
            out.push('_');
        }
        out.extend(c.to_lowercase());
    }
    out
}

/// A Rust type as JSON carries it, in JSDoc, and the names of core's types it names.
pub fn js_type(rust: &str, named: &mut BTreeSet<String>) -> String {
    let rust = rust.trim();
    let inner = |outer: &str| {
        rust.strip_prefix(outer)?
            .strip_prefix('<')?
            .strip_suffix('>')
    };
    if let Some(t) = inner("Option") {
        return format!("{} | null", js_type(t, named));
    }
    if let Some(t) = inner("Vec")
        .or_else(|| inner("BTreeSet"))
        .or_else(|| inner("HashSet"))
    {
        let t = js_type(t, named);
        return if t.contains(' ') {
            format!("({t})[]")
        } else {
            format!("{t}[]")
        };
    }
    if let Some(t) = inner("HashMap").or_else(|| inner("BTreeMap")) {
        let value = t.split_once(',').map_or(t, |(_, v)| v);
        return format!("Object<string, {}>", js_type(value, named));
    }
    if let Some(t) = inner("CommandResult").or_else(|| inner("Box")) {
        return js_type(t, named);
    }
    if rust.starts_with('[') && rust.contains(';') {
        let t = rust
            .trim_matches(|c| c == '[' || c == ']')
            .split(';')
            .next()
            .unwrap();
        return format!("{}[]", js_type(t, named));
    }
    if rust.starts_with('(') {
        return "Array".into();
    }
    match rust {
        "" | "()" => "void".into(),
        "String" | "&str" | "str" | "Id" | "PathBuf" | "NaiveDate" | "NaiveTime"
        | "DateTime<Utc>" => "string".into(),
        "bool" => "boolean".into(),
        "u8" | "u16" | "u32" | "u64" | "usize" | "i8" | "i16" | "i32" | "i64" | "f32" | "f64" => {
            "number".into()
        }
        // A number as typed: the box's text, or a number.
        "TypedNumber" => "string | number | null".into(),
        "&'static str" => "string".into(),
        other => {
            let name = other.rsplit("::").next().unwrap().to_string();
            named.insert(name.clone());
            name
        }
    }
}

/// The `@typedef`s of every type of core the commands reach, through their parameters and
/// results and the fields of those, alphabetically.
pub fn typedefs(roots: &BTreeSet<String>, types: &BTreeMap<String, Shape>) -> String {
    let mut todo: Vec<String> = roots.iter().cloned().collect();
    let mut done: BTreeMap<String, String> = BTreeMap::new();
    while let Some(name) = todo.pop() {
        if done.contains_key(&name) {
            continue;
        }
        let mut named = BTreeSet::new();
        let doc = match types.get(&name) {
            Some(Shape::Object(fields)) => {
                let mut doc = format!("/**\n * @typedef {{Object}} {name}\n");
                for (field, ty, optional) in fields {
                    let js = js_type(ty, &mut named);
                    let field = if *optional {
                        format!("[{field}]")
                    } else {
                        field.clone()
                    };
                    doc.push_str(&format!(" * @property {{{js}}} {field}\n"));
                }
                doc + " */\n"
            }
            Some(Shape::Union(texts)) => {
                let union: Vec<String> = texts.iter().map(|t| format!("'{t}'")).collect();
                format!("/** @typedef {{{}}} {name} */\n", union.join(" | "))
            }
            Some(Shape::Opaque) | None => format!("/** @typedef {{*}} {name} */\n"),
        };
        done.insert(name, doc);
        todo.extend(named.into_iter().filter(|n| !done.contains_key(n)));
    }
    done.into_values().collect::<Vec<_>>().join("\n")
}
