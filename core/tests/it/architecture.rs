//! The layers of core, as ARCHITECTURE.md draws them, read from the code: the table between
//! its `layers` markers says, for each module of `core/src`, exactly which others it uses, and
//! this test reads every file and fails on a use the table does not list, or a listed use the
//! code no longer makes. A use is a `crate::` path or import, or a call of a `Store` or
//! `Writer` method that another module defines; a call of that kind must come with an import
//! from that module in the same file, so a reader sees where it goes. In the spirit of
//! rust-analyzer's tidy tests: the document and the code cannot drift apart.

use std::{
    collections::{BTreeMap, BTreeSet},
    path::{Path, PathBuf},
};

fn core_src() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("src")
}

/// Every `.rs` file under `core/src`, by its path there, without its test module and comments.
fn sources() -> BTreeMap<String, String> {
    let root = core_src();
    walk_files(&root)
        .into_iter()
        // A module's tests kept in a file of their own may use anything, as a test module may.
        .filter(|path| !path.to_string_lossy().ends_with("_tests.rs"))
        .map(|path| {
            let rel = path
                .strip_prefix(&root)
                .unwrap()
                .to_string_lossy()
                .replace('\\', "/");
            (rel, code_of(&std::fs::read_to_string(&path).unwrap()))
        })
        .collect()
}

/// A file's code: its `#[cfg(test)] mod` cut off (tests may use anything), comments dropped.
fn code_of(text: &str) -> String {
    let lines: Vec<&str> = text.lines().collect();
    let end = lines
        .windows(2)
        .position(|w| w[0].trim() == "#[cfg(test)]" && w[1].trim_start().starts_with("mod "))
        .unwrap_or(lines.len());
    lines[..end]
        .iter()
        .map(|l| match l.find("//") {
            // A `//` inside a string (a URL) is rare in core; a comment is cut from its start.
            Some(i) if !l[..i].contains('"') => &l[..i],
            _ => l,
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// The module a file belongs to: its first folder, or its own name at the top.
fn module_of(rel: &str) -> String {
    rel.split('/')
        .next()
        .unwrap()
        .trim_end_matches(".rs")
        .to_string()
}

/// What the crate root re-exports, by the module it comes from; the root's own `today` and
/// `now` belong to no module.
fn module_named(name: &str) -> Option<String> {
    match name {
        "Error" | "Field" | "Result" | "Problems" => Some("error".into()),
        "Locale" | "Messages" => Some("i18n".into()),
        "Store" | "Bootstrap" => Some("store".into()),
        "today" | "now" | "self" | "super" => None,
        other => Some(other.to_string()),
    }
}

/// The first name of every path a `use crate::{a, b::c}` group imports.
fn grouped(code: &str, at: usize) -> Vec<String> {
    let mut depth = 1;
    let mut end = at;
    for (i, c) in code[at..].char_indices() {
        match c {
            '{' => depth += 1,
            '}' => depth -= 1,
            _ => {}
        }
        if depth == 0 {
            end = at + i;
            break;
        }
    }
    let mut names = Vec::new();
    let mut depth = 0;
    let mut start = true;
    let mut word = String::new();
    for c in code[at..end].chars() {
        match c {
            '{' => depth += 1,
            '}' => depth -= 1,
            ',' if depth == 0 => {
                if !word.is_empty() {
                    names.push(std::mem::take(&mut word));
                }
                start = true;
            }
            c if start && (c.is_alphanumeric() || c == '_') => word.push(c),
            _ if start && !word.is_empty() => {
                names.push(std::mem::take(&mut word));
                start = false;
            }
            _ => {}
        }
    }
    if !word.is_empty() {
        names.push(word);
    }
    names
}

/// The modules a file names by path: `crate::forums::…` and `use crate::{forums, …}`.
fn paths_in(code: &str) -> BTreeSet<String> {
    let mut found = BTreeSet::new();
    for (at, _) in code.match_indices("crate::") {
        let rest = &code[at + "crate::".len()..];
        if let Some(group) = rest.strip_prefix('{') {
            let from = code.len() - group.len();
            found.extend(grouped(code, from).iter().filter_map(|n| module_named(n)));
        } else {
            let name: String = rest
                .chars()
                .take_while(|c| c.is_alphanumeric() || *c == '_')
                .collect();
            found.extend(module_named(&name));
        }
    }
    found
}

/// The methods each module adds to `Store` and `Writer`, by name.
fn store_methods(sources: &BTreeMap<String, String>) -> BTreeMap<String, BTreeSet<String>> {
    let mut methods: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for (rel, code) in sources {
        let mut inside = false;
        for line in code.lines() {
            if line.starts_with("impl ")
                && (line.contains("Store {") || line.contains("Writer<'_> {"))
            {
                inside = true;
            } else if inside && line.starts_with('}') {
                inside = false;
            } else if inside {
                let words = line.trim_start();
                let words = words
                    .strip_prefix("pub ")
                    .or_else(|| words.strip_prefix("pub(crate) "))
                    .unwrap_or(words);
                if let Some(rest) = words.strip_prefix("fn ") {
                    let name: String = rest
                        .chars()
                        .take_while(|c| c.is_alphanumeric() || *c == '_')
                        .collect();
                    let after = &rest[name.len()..];
                    let params = after.split_once('(').map_or("", |(_, p)| p).trim_start();
                    if params.starts_with("&self") || params.starts_with("&mut self") {
                        methods.entry(name).or_default().insert(module_of(rel));
                    }
                }
            }
        }
    }
    methods
}

/// The other modules whose `Store` or `Writer` methods a file calls (a name only one module
/// defines), each with the methods.
fn method_calls(
    code: &str,
    module: &str,
    methods: &BTreeMap<String, BTreeSet<String>>,
) -> BTreeMap<String, BTreeSet<String>> {
    let mut found: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for receiver in ["self.", "store.", "s.", "w.", "writer."] {
        for (at, _) in code.match_indices(receiver) {
            if code[..at]
                .chars()
                .next_back()
                .is_some_and(|c| c.is_alphanumeric() || c == '_')
            {
                continue;
            }
            let rest = &code[at + receiver.len()..];
            let name: String = rest
                .chars()
                .take_while(|c| c.is_alphanumeric() || *c == '_')
                .collect();
            if !rest[name.len()..].starts_with('(') {
                continue;
            }
            if let Some(owners) = methods.get(&name)
                && owners.len() == 1
            {
                let owner = owners.iter().next().unwrap();
                if owner != module {
                    found.entry(owner.clone()).or_default().insert(name);
                }
            }
        }
    }
    found
}

/// The table between `<!-- layers -->` and `<!-- /layers -->` in ARCHITECTURE.md: each line a
/// module and the modules it uses (`—` for none).
fn documented_layers() -> Vec<(String, BTreeSet<String>)> {
    let doc = std::fs::read_to_string(
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../ARCHITECTURE.md"),
    )
    .unwrap();
    let start = doc
        .find("<!-- layers -->")
        .expect("ARCHITECTURE.md has its layers table");
    let end = doc.find("<!-- /layers -->").expect("the layers table ends");
    doc[start..end]
        .lines()
        .filter(|l| !l.starts_with("<!--") && !l.starts_with("```") && !l.trim().is_empty())
        .filter(|l| !l.starts_with("module"))
        .map(|line| {
            let mut words = line.split_whitespace();
            let module = words.next().unwrap().to_string();
            let uses = words.filter(|w| *w != "—").map(str::to_string).collect();
            (module, uses)
        })
        .collect()
}

#[test]
fn the_modules_use_exactly_what_architecture_md_says_and_nothing_else() {
    let sources = sources();
    let methods = store_methods(&sources);
    let mut used: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    let mut unseen = Vec::new();
    for (rel, code) in &sources {
        let module = module_of(rel);
        if module == "lib" {
            continue;
        }
        let paths: BTreeSet<String> = paths_in(code)
            .into_iter()
            .filter(|m| *m != module)
            .collect();
        let calls = method_calls(code, &module, &methods);
        for (owner, names) in &calls {
            // A call into another module is seen in the file's imports, not only by a search.
            if owner != "store" && !paths.contains(owner) {
                unseen.push(format!(
                    "{rel} calls {owner}'s {names:?} with no import from {owner}"
                ));
            }
        }
        let entry = used.entry(module).or_default();
        entry.extend(paths);
        entry.extend(calls.into_keys());
    }
    assert!(
        unseen.is_empty(),
        "calls between modules that no import shows:\n{}",
        unseen.join("\n")
    );

    let documented: BTreeMap<String, BTreeSet<String>> = documented_layers().into_iter().collect();
    let modules: BTreeSet<&String> = used.keys().chain(documented.keys()).collect();
    let mut wrong = Vec::new();
    for module in modules {
        let code = used.get(module).cloned().unwrap_or_default();
        let doc = documented.get(module).cloned().unwrap_or_default();
        if !used.contains_key(module) {
            wrong.push(format!(
                "{module}: in ARCHITECTURE.md, but core has no such module"
            ));
        } else if !documented.contains_key(module) {
            wrong.push(format!(
                "{module}: not in ARCHITECTURE.md's layers table (it uses {code:?})"
            ));
        }
        for extra in code.difference(&doc) {
            wrong.push(format!(
                "{module} uses {extra}, which ARCHITECTURE.md forbids"
            ));
        }
        for gone in doc.difference(&code) {
            wrong.push(format!(
                "{module} no longer uses {gone}, which ARCHITECTURE.md says it does"
            ));
        }
    }
    assert!(
        wrong.is_empty(),
        "the layers and the code disagree:\n{}",
        wrong.join("\n")
    );
}

#[test]
fn the_layers_table_never_points_back_up() {
    // Each module uses only modules listed above it: the table is an order, with no cycle,
    // except within the foundation, whose types and messages refer to one another.
    let foundation = ["model", "error", "i18n", "limits"];
    let table = documented_layers();
    let order: Vec<&String> = table.iter().map(|(module, _)| module).collect();
    for (at, (module, uses)) in table.iter().enumerate() {
        for used in uses {
            let below = order
                .iter()
                .position(|m| *m == used)
                .is_some_and(|i| i < at);
            let both_foundation =
                foundation.contains(&module.as_str()) && foundation.contains(&used.as_str());
            assert!(
                below || both_foundation,
                "{module} uses {used}, which is not above it"
            );
        }
    }
}

#[test]
fn no_file_of_core_is_over_eight_hundred_lines() {
    let mut long = Vec::new();
    for entry in walk_files(&core_src()) {
        let lines = std::fs::read_to_string(&entry).unwrap().lines().count();
        if lines > 800 {
            long.push(format!("{}: {lines}", entry.display()));
        }
    }
    assert!(long.is_empty(), "split these by topic: {long:?}");
}

fn walk_files(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            out.extend(walk_files(&path));
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
    out
}

/// The areas of the domain, each a folder of the same shape.
const AREAS: [&str; 6] = [
    "directory",
    "forums",
    "visits",
    "emergency",
    "programs",
    "plan",
];

#[test]
fn every_area_has_the_same_shape() {
    // `mod.rs` says what the area is and declares its files; `types.rs` is what its records
    // are; `read.rs` reads and never writes; `write.rs` holds its saves. Further topics are
    // files of their own beside them.
    let mut wrong = Vec::new();
    for area in AREAS {
        let dir = core_src().join(area);
        let read = |file: &str| {
            std::fs::read_to_string(dir.join(file))
                .ok()
                .map(|t| code_of(&t))
        };
        let (Some(module), Some(types), Some(reads), Some(writes)) = (
            read("mod.rs"),
            read("types.rs"),
            read("read.rs"),
            read("write.rs"),
        ) else {
            wrong.push(format!(
                "{area}: not every one of mod.rs, types.rs, read.rs, write.rs"
            ));
            continue;
        };
        if module.contains("fn ") || module.contains("impl ") || module.contains("struct ") {
            wrong.push(format!(
                "{area}/mod.rs holds code: it only declares the area's files"
            ));
        }
        if types.contains("impl Store") || types.contains("impl Writer") {
            wrong.push(format!(
                "{area}/types.rs reads or writes: it only says what records are"
            ));
        }
        // A read may run inside a write (`Writer::person`), but never changes a row.
        if [".write(|", ".execute(", "INSERT ", "UPDATE ", "DELETE "]
            .iter()
            .any(|w| reads.contains(w))
        {
            wrong.push(format!("{area}/read.rs writes"));
        }
        if !writes.contains("impl Writer") {
            wrong.push(format!("{area}/write.rs has no writes"));
        }
    }
    assert!(wrong.is_empty(), "{wrong:#?}");
}

#[test]
fn rows_are_read_by_column_name() {
    // A row of three columns or more is read by name (`from_row!`, or `r.get("name")`), never
    // by position: a column added to the SELECT, or moved, cannot shift what is read; and into
    // a type with named fields, never a tuple.
    let mut by_position = Vec::new();
    for (rel, code) in sources() {
        for (at, _) in code
            .match_indices("|r| ")
            .chain(code.match_indices("|row| "))
        {
            let var = if code[at..].starts_with("|r|") {
                "r"
            } else {
                "row"
            };
            let body = closure_body(&code[at + var.len() + 3..]);
            let positional = body
                .match_indices(&format!("{var}.get"))
                .filter(|(i, _)| {
                    let rest = &body[i + var.len() + 4..];
                    let rest = rest
                        .strip_prefix("::<")
                        .map_or(rest, |r| r.split_once(">(").map_or(r, |(_, a)| a));
                    let rest = rest.strip_prefix('(').unwrap_or(rest);
                    rest.chars().next().is_some_and(|c| c.is_ascii_digit())
                })
                .count();
            if positional >= 3 {
                let line = code[..at].lines().count();
                by_position.push(format!(
                    "{rel}:{line} reads {positional} columns by position"
                ));
            }
            // A tuple of three columns or more is a row type without a name: `from_row!`.
            let expression = body.trim_start();
            let expression = expression
                .strip_prefix('{')
                .map_or(expression, str::trim_start);
            if let Some(tuple) = expression.strip_prefix("Ok((") {
                let columns = within(tuple).matches(&format!("{var}.get")).count();
                if columns >= 3 {
                    let line = code[..at].lines().count();
                    by_position.push(format!("{rel}:{line} reads a tuple of {columns} columns"));
                }
            }
        }
    }
    assert!(by_position.is_empty(), "{by_position:#?}");
}

/// A closure's body: from after its `|r|` to where the call it is an argument of goes on
/// (a comma at its depth) or ends (a closing bracket below it).
fn closure_body(text: &str) -> &str {
    up_to_close(text, true)
}

/// The text up to the bracket that closes the one opened just before it.
fn within(text: &str) -> &str {
    up_to_close(text, false)
}

/// `text` up to the bracket that closes below its start, or to a comma at its own depth when
/// `at_comma`.
fn up_to_close(text: &str, at_comma: bool) -> &str {
    let mut depth = 0i32;
    for (i, c) in text.char_indices() {
        match c {
            '(' | '[' | '{' => depth += 1,
            ')' | ']' | '}' => {
                depth -= 1;
                if depth < 0 {
                    return &text[..i];
                }
            }
            ',' if at_comma && depth == 0 => return &text[..i],
            _ => {}
        }
    }
    text
}
