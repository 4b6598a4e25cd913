//! The shell's commands, read from where each is declared once: a `#[tauri::command]` function
//! in its area's file under `src-tauri/src/`. The build script makes everything else from this
//! list (the handler list, the permissions, the capability and the UI's binding,
//! `ui/src/commands.js`), and the lockdown test reads it to check them.
//!
//! Used by `build.rs` and by `tests/lockdown.rs` (through `#[path]`), so it uses only `std`.

use std::{collections::BTreeSet, path::Path};

/// One command as declared: its module (the file's name), its name, its doc comment, whether it
/// is `async`, its parameters the UI passes (not `State` or `AppHandle`) and what it returns.
#[derive(Debug, Clone)]
pub struct Command {
    pub module: String,
    pub name: String,
    pub doc: Vec<String>,
    pub is_async: bool,
    pub params: Vec<(String, String)>,
    pub returns: String,
}

/// The files that declare no command: the entry point and the shared state.
const NOT_AREAS: [&str; 2] = ["main", "state"];

/// Every command of every file in `src`, in the files' alphabetical order, then as written.
pub fn read_commands(src: &Path) -> Vec<Command> {
    let mut files: Vec<_> = std::fs::read_dir(src)
        .unwrap_or_else(|e| panic!("{}: {e}", src.display()))
        .map(|entry| entry.expect("a readable directory").path())
        .filter(|path| path.extension().is_some_and(|e| e == "rs"))
        .collect();
    files.sort();
    let mut commands = Vec::new();
    for path in files {
        let module = path.file_stem().unwrap().to_string_lossy().to_string();
        if NOT_AREAS.contains(&module.as_str()) {
            continue;
        }
        let text =
            std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        commands.extend(commands_in(&module, &text));
    }
    commands
}

/// The commands declared in one file's text.
pub fn commands_in(module: &str, text: &str) -> Vec<Command> {
    let lines: Vec<&str> = text.lines().collect();
    let mut commands = Vec::new();
    for (at, line) in lines.iter().enumerate() {
        if !line.trim().starts_with("#[tauri::command") {
            continue;
        }
        assert_eq!(
            line.trim(),
            "#[tauri::command]",
            "{module}: a command is declared as `#[tauri::command] pub async fn`"
        );
        let doc = lines[..at]
            .iter()
            .rev()
            .take_while(|l| l.trim_start().starts_with("///"))
            .map(|l| l.trim_start().trim_start_matches("///").trim().to_string())
            .collect::<Vec<_>>()
            .into_iter()
            .rev()
            .collect();
        // The signature, from `pub` up to the body's opening brace.
        let rest = lines[at + 1..].join("\n");
        let signature = &rest[..rest.find('{').expect("a command has a body")];
        let signature = signature.split_whitespace().collect::<Vec<_>>().join(" ");
        let is_async = signature.starts_with("pub async fn ");
        let after_fn = signature
            .split_once("fn ")
            .unwrap_or_else(|| panic!("{module}: a command is a `pub fn`: {signature}"))
            .1;
        let (name, after_name) = after_fn.split_once('(').expect("a parameter list");
        let close = closing_paren(after_name);
        let params = split_top_level(&after_name[..close])
            .into_iter()
            .filter_map(|param| {
                let (name, ty) = param.split_once(':')?;
                let ty = ty.trim().to_string();
                let given_by_tauri = ["State<", "AppHandle", "tauri::", "Window", "WebviewWindow"]
                    .iter()
                    .any(|p| ty.starts_with(p));
                (!given_by_tauri).then(|| (name.trim().to_string(), ty))
            })
            .collect();
        let returns = after_name[close + 1..]
            .trim()
            .trim_start_matches("->")
            .trim()
            .to_string();
        commands.push(Command {
            module: module.to_string(),
            name: name.trim().to_string(),
            doc,
            is_async,
            params,
            returns,
        });
    }
    commands
}

/// Where the parenthesis opened just before `text` closes.
fn closing_paren(text: &str) -> usize {
    let mut depth = 0;
    for (i, c) in text.char_indices() {
        match c {
            '(' | '<' | '[' => depth += 1,
            ')' if depth == 0 => return i,
            ')' | '>' | ']' => depth -= 1,
            _ => {}
        }
    }
    panic!("unclosed parameter list: {text}")
}

/// `a: A, b: Option<(B, C)>` → its parameters, commas inside brackets kept.
fn split_top_level(text: &str) -> Vec<String> {
    let mut parts = vec![String::new()];
    let mut depth = 0;
    for c in text.chars() {
        match c {
            '(' | '<' | '[' => depth += 1,
            ')' | '>' | ']' => depth -= 1,
            _ => {}
        }
        if c == ',' && depth == 0 {
            parts.push(String::new());
        } else {
            parts.last_mut().unwrap().push(c);
        }
    }
    parts
        .into_iter()
        .map(|p| p.trim().to_string())
        .filter(|p| !p.is_empty())
        .collect()
}

/// `list_forums` → `listForums`: the name the UI calls a command or a parameter by (Tauri
/// takes a command's arguments in camelCase).
pub fn camel(name: &str) -> String {
    let mut out = String::new();
    let mut upper = false;
    for c in name.chars() {
        if c == '_' {
            upper = true;
        } else if upper {
            out.extend(c.to_uppercase());
            upper = false;
        } else {
            out.push(c);
        }
    }
    out
}

/// What a parameter is when the screen leaves it out: `false` for a flag, `null` for what is
/// optional; a required one has no default.
fn default_of(ty: &str) -> Option<&'static str> {
    if ty == "bool" {
        Some("false")
    } else if ty.starts_with("Option<") {
        Some("null")
    } else {
        None
    }
}

/// The UI's binding: `bind(call)` gives one function a command, named in camelCase, its
/// parameters in the order the command declares them.
pub fn binding(commands: &[Command]) -> String {
    let mut out = String::from(
        "// Generated by src-tauri/build.rs from the commands in src-tauri/src/*.rs: do not edit.\n\
         // Each command is declared once, as a `#[tauri::command]` in its area's file; this binding,\n\
         // the shell's handler list and its capability all follow from that declaration.\n\
         // Only api.js uses it: screens call `api`, never IPC.\n\n\
         /** Every command as a function of its parameters, through `call(command, args)`. */\n\
         export function bind(call) {\n  return {\n",
    );
    let mut module = "";
    for c in commands {
        if c.module != module {
            module = &c.module;
            out.push_str(&format!("    // {module}\n"));
        }
        out.push_str("    /**\n");
        for line in &c.doc {
            out.push_str(&format!("     * {line}\n"));
        }
        // Only a trailing run of parameters can be left out, so only those have defaults.
        let required = c
            .params
            .iter()
            .rposition(|(_, ty)| default_of(ty).is_none())
            .map_or(0, |i| i + 1);
        let default = |i: usize, ty: &str| if i < required { None } else { default_of(ty) };
        for (i, (name, ty)) in c.params.iter().enumerate() {
            let js = camel(name);
            let shown = match default(i, ty) {
                Some(d) => format!("[{js}={d}]"),
                None => js,
            };
            out.push_str(&format!(
                "     * @param {{{}}} {shown}\n",
                super::typedefs::js_type(ty, &mut BTreeSet::new())
            ));
        }
        out.push_str(&format!(
            "     * @returns {{Promise<{}>}}\n     */\n",
            super::typedefs::js_type(&c.returns, &mut BTreeSet::new())
        ));
        let params: Vec<String> = c
            .params
            .iter()
            .enumerate()
            .map(|(i, (name, ty))| match default(i, ty) {
                Some(d) => format!("{} = {d}", camel(name)),
                None => camel(name),
            })
            .collect();
        let args: Vec<String> = c.params.iter().map(|(name, _)| camel(name)).collect();
        let args = if args.is_empty() {
            String::new()
        } else {
            format!(", {{ {} }}", args.join(", "))
        };
        out.push_str(&format!(
            "    {}: ({}) => call('{}'{args}),\n",
            camel(&c.name),
            params.join(", "),
            c.name
        ));
    }
    out.push_str("  };\n}\n");
    out
}

/// The UI's binding and, after it, the shapes of core's types the commands take and give.
pub fn ui_binding(commands: &[Command], core_src: &Path) -> String {
    let mut roots = BTreeSet::new();
    for c in commands {
        for (_, ty) in &c.params {
            super::typedefs::js_type(ty, &mut roots);
        }
        super::typedefs::js_type(&c.returns, &mut roots);
    }
    let types = super::typedefs::read_types(core_src);
    format!(
        "{}
// The shapes of what the commands take and give, from core's own types.

{}",
        binding(commands),
        super::typedefs::typedefs(&roots, &types)
    )
}

/// The capability of the main window: every command, one permission each, and nothing else.
pub fn capability(commands: &[Command]) -> String {
    let permissions: Vec<String> = commands
        .iter()
        .map(|c| format!("    \"allow-{}\"", c.name.replace('_', "-")))
        .collect();
    format!(
        "{{\n  \"identifier\": \"main\",\n  \"description\": \"Generated by build.rs from the commands: what the main window's UI may call, Eshkol's own commands one by one. No file-system, shell or wildcard permissions.\",\n  \"windows\": [\n    \"main\"\n  ],\n  \"permissions\": [\n{}\n  ]\n}}\n",
        permissions.join(",\n")
    )
}

/// The handler list `main.rs` includes: `tauri::generate_handler![module::name, …]`.
pub fn handler(commands: &[Command]) -> String {
    let paths: Vec<String> = commands
        .iter()
        .map(|c| format!("    crate::{}::{},", c.module, c.name))
        .collect();
    format!("tauri::generate_handler![\n{}\n]\n", paths.join("\n"))
}
