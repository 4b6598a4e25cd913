//! The shell is locked down: a content security policy with no remote origin and no inline or
//! evaluated script, and a capability that grants exactly the commands the UI calls, with no
//! file-system, shell or wildcard permission. Each command is declared once (build.rs makes the
//! handler list, the capability and the UI's binding from it), and none runs on the window's
//! thread.

use std::{collections::BTreeSet, path::PathBuf};

#[path = "../build/commands.rs"]
#[allow(dead_code)]
mod commands;
#[path = "../build/typedefs.rs"]
#[allow(dead_code)]
mod typedefs;

fn read(path: &str) -> String {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(root.join(path)).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// The commands as declared in src/*.rs: the one list everything else follows from.
fn declared_commands() -> Vec<commands::Command> {
    commands::read_commands(&PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("src"))
}

/// Every file of the UI's source, with its path, except the generated binding.
fn ui_sources() -> Vec<(PathBuf, String)> {
    fn walk(dir: &std::path::Path, out: &mut Vec<(PathBuf, String)>) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                walk(&path, out);
            } else if path.extension().is_some_and(|e| e == "js" || e == "svelte")
                && !path.ends_with("commands.js")
            {
                out.push((path.clone(), std::fs::read_to_string(&path).unwrap()));
            }
        }
    }
    let mut out = Vec::new();
    walk(
        &PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../ui/src"),
        &mut out,
    );
    out
}

#[test]
fn each_command_is_declared_once_and_the_rest_follows_from_it() {
    let declared = declared_commands();
    assert!(
        declared.len() > 100,
        "the commands are found: {}",
        declared.len()
    );
    let names: BTreeSet<&str> = declared.iter().map(|c| c.name.as_str()).collect();
    assert_eq!(
        names.len(),
        declared.len(),
        "no command name is declared twice"
    );
    // What build.rs made from them is what is committed: the UI's binding and the capability.
    assert_eq!(
        read("../ui/src/commands.js"),
        commands::ui_binding(
            &declared,
            &PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../core/src")
        ),
        "ui/src/commands.js is made from the commands by build.rs: build, then commit it"
    );
    assert_eq!(
        read("capabilities/main.json"),
        commands::capability(&declared)
    );
    // The handler list is made at build time from the same list, and nothing else lists them.
    let main = read("src/main.rs");
    assert!(main.contains(r#"include!(concat!(env!("OUT_DIR"), "/handler.rs"))"#));
    assert!(
        !main.contains("generate_handler!"),
        "no handler list written by hand"
    );
}

#[test]
fn no_command_runs_on_the_windows_thread() {
    // Tauri runs a command that is not `async` on the main thread, where the window waits for it.
    let on_the_window = declared_commands()
        .into_iter()
        .filter(|c| !c.is_async)
        .map(|c| format!("{}::{}", c.module, c.name))
        .collect::<Vec<_>>();
    assert!(
        on_the_window.is_empty(),
        "commands on the window's thread: {on_the_window:?}"
    );
}

#[test]
fn the_ui_calls_every_command_only_through_api_and_the_capability_grants_exactly_them() {
    let declared = declared_commands();
    let sources = ui_sources();
    for (path, text) in &sources {
        if !path.ends_with("api.js") {
            assert!(
                !text.contains("@tauri-apps/api") && !text.contains("invoke("),
                "{}: only api.js talks to the shell",
                path.display()
            );
        }
    }
    // Every command the shell exposes is called by a screen: none is exposed for nothing.
    let uncalled: Vec<&str> = declared
        .iter()
        .filter(|c| {
            let call = format!("api.{}(", commands::camel(&c.name));
            !sources.iter().any(|(_, text)| text.contains(&call))
        })
        .map(|c| c.name.as_str())
        .collect();
    assert!(
        uncalled.is_empty(),
        "commands no screen calls: {uncalled:?}"
    );

    let capability: serde_json::Value =
        serde_json::from_str(&read("capabilities/main.json")).unwrap();
    let granted: BTreeSet<String> = capability["permissions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| {
            p.as_str()
                .expect("plain permission names, no scoped objects")
                .to_string()
        })
        .collect();
    let expected: BTreeSet<String> = declared
        .iter()
        .map(|c| format!("allow-{}", c.name.replace('_', "-")))
        .collect();
    assert_eq!(granted, expected);
    for permission in &granted {
        assert!(
            !permission.contains(':') && !permission.contains('*'),
            "no plugin, file-system, shell or wildcard permission: {permission}"
        );
    }
    assert_eq!(capability["windows"], serde_json::json!(["main"]));
    assert!(
        capability.get("remote").is_none(),
        "no remote URL may call commands"
    );
}

#[test]
fn the_content_security_policy_allows_no_remote_origin_and_no_inline_script() {
    let config: serde_json::Value = serde_json::from_str(&read("tauri.conf.json")).unwrap();
    let security = &config["app"]["security"];
    assert!(
        security
            .get("dangerousDisableAssetCspModification")
            .is_none()
    );
    assert!(config["app"]["withGlobalTauri"] == false);
    let csp = security["csp"].as_str().expect("a CSP is set");
    let mut directives = std::collections::BTreeMap::new();
    for directive in csp.split(';').map(str::trim).filter(|d| !d.is_empty()) {
        let mut words = directive.split_whitespace();
        let name = words.next().unwrap().to_string();
        directives.insert(name, words.map(str::to_string).collect::<Vec<_>>());
    }
    assert_eq!(directives["default-src"], ["'self'"]);
    assert_eq!(
        directives["script-src"],
        ["'self'"],
        "no inline or evaluated script"
    );
    assert_eq!(directives["object-src"], ["'none'"]);
    assert_eq!(directives["base-uri"], ["'none'"]);
    assert_eq!(directives["frame-src"], ["'none'"]);
    for (name, sources) in &directives {
        for source in sources {
            let allowed = matches!(source.as_str(), "'self'" | "'none'" | "ipc:")
                || (source == "http://ipc.localhost" && name == "connect-src")
                || (source == "data:" && name == "img-src");
            assert!(allowed, "{name} allows {source}");
        }
    }
}

#[test]
fn the_ui_knows_the_shape_of_what_each_command_takes_and_gives() {
    // Every type the binding names, in a command's parameters or result or in a field of
    // another type, is described by a typedef made from core's own type.
    let binding = read("../ui/src/commands.js");
    let described: BTreeSet<&str> = binding
        .match_indices("@typedef {")
        .filter_map(|(at, _)| binding[at..].split_once('}')?.1.split_whitespace().next())
        .collect();
    let mut named = BTreeSet::new();
    for (at, _) in binding
        .match_indices("@param {")
        .chain(binding.match_indices("@returns {"))
        .chain(binding.match_indices("@property {"))
    {
        let ty = &binding[at..];
        let ty = &ty[ty.find('{').unwrap() + 1..ty.find('}').unwrap()];
        for word in ty.split(|c: char| !c.is_alphanumeric() && c != '_') {
            if word.chars().next().is_some_and(char::is_uppercase)
                && !["Promise", "Object", "Array"].contains(&word)
            {
                named.insert(word.to_string());
            }
        }
    }
    let undescribed: Vec<&String> = named
        .iter()
        .filter(|n| !described.contains(n.as_str()))
        .collect();
    assert!(
        named.len() > 50,
        "the binding names core's types: {}",
        named.len()
    );
    assert!(
        undescribed.is_empty(),
        "types the UI is given no shape of: {undescribed:?}"
    );
    // The shapes are real: a meeting has its agenda, a person's form its name.
    assert!(binding.contains("@typedef {Object} Meeting\n"));
    assert!(binding.contains(" * @property {AgendaItem[]} agenda\n"));
    assert!(binding.contains(" * @property {string} full_name\n"));
    assert!(binding.contains("/** @typedef {'open' | 'done' | 'cancelled'} ActionStatus */"));
}

#[test]
fn every_form_is_built_one_way() {
    // A record's dialog is a `RecordForm`; every other form a `PageForm`. Only they write
    // `<form>`, so every form is `novalidate` (checking is core's, in the user's language) and
    // says the error of its last save the same way.
    let frames = ["RecordForm.svelte", "PageForm.svelte"];
    let by_hand: Vec<String> = ui_sources()
        .into_iter()
        .filter(|(path, text)| text.contains("<form") && !frames.iter().any(|f| path.ends_with(f)))
        .map(|(path, _)| path.display().to_string())
        .collect();
    assert!(by_hand.is_empty(), "forms written by hand: {by_hand:?}");
}

#[test]
fn the_version_is_written_in_one_place() {
    // The workspace's Cargo.toml says Eshkol's version; Tauri takes it from there for the
    // window and the packages, core gives it to Settings, and no other file repeats it.
    let cargo = read("../Cargo.toml");
    assert!(
        cargo.contains("[workspace.package]\nversion = \""),
        "the workspace has the version"
    );
    let config: serde_json::Value = serde_json::from_str(&read("tauri.conf.json")).unwrap();
    assert!(
        config.get("version").is_none(),
        "tauri.conf.json takes the version from Cargo.toml"
    );
    for package in ["../ui/package.json", "../tests/e2e/package.json"] {
        let json: serde_json::Value = serde_json::from_str(&read(package)).unwrap();
        assert!(
            json.get("version").is_none(),
            "{package} has no version of its own"
        );
    }
}

#[test]
fn the_windows_installer_needs_no_administrator_and_no_internet() {
    // Council laptops are locked down and often offline: the installer is per user, in Hebrew
    // first, and carries the WebView2 runtime for a laptop that lacks it.
    let config: serde_json::Value = serde_json::from_str(&read("tauri.conf.json")).unwrap();
    let windows = &config["bundle"]["windows"];
    assert_eq!(windows["nsis"]["installMode"], "currentUser");
    assert_eq!(windows["nsis"]["languages"][0], "Hebrew");
    assert!(
        windows["nsis"]["languages"]
            .as_array()
            .unwrap()
            .iter()
            .any(|l| l == "English")
    );
    assert_eq!(windows["webviewInstallMode"]["type"], "offlineInstaller");
    assert!(config["bundle"]["macOS"]["minimumSystemVersion"].is_string());
}

#[test]
fn the_release_workflow_tests_core_on_every_system_then_builds_every_installer() {
    // It cannot run here; this checks what it says it does.
    let workflow = read("../.github/workflows/release.yml");
    assert!(workflow.contains("tags: ['v*']"));
    assert!(workflow.contains("os: [ubuntu-22.04, windows-latest, macos-latest]"));
    assert!(workflow.contains("run: cargo test -p eshkol-core"));
    assert!(
        workflow.contains("needs: core-tests"),
        "no installer before the tests pass"
    );
    for bundle in ["deb,appimage", "nsis", "dmg"] {
        assert!(
            workflow.contains(&format!("--bundles {bundle}")),
            "{bundle} is built"
        );
    }
    assert!(workflow.contains("uses: tauri-apps/tauri-action@v0"));
}
