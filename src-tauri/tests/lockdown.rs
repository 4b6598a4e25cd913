//! The shell is locked down: a content security policy with no remote origin and no inline or
//! evaluated script, and a capability that grants exactly the commands the UI calls, with no
//! file-system, shell or wildcard permission.

use std::{collections::BTreeSet, path::PathBuf};

fn read(path: &str) -> String {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(root.join(path)).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// Every `'quoted'` name in the `commands(&[ ... ])` list of build.rs.
fn declared_commands() -> BTreeSet<String> {
    let build = read("build.rs");
    let list = &build[build.find("commands(&[").unwrap()..];
    let list = &list[..list.find("])").unwrap()];
    list.split('"')
        .skip(1)
        .step_by(2)
        .map(str::to_string)
        .collect()
}

/// Every command the UI invokes: `call('name'` in ui/src/api.js, the one module that talks to Rust.
fn called_commands() -> BTreeSet<String> {
    let api = read("../ui/src/api.js");
    api.split("call('")
        .skip(1)
        .map(|rest| rest[..rest.find('\'').unwrap()].to_string())
        .collect()
}

#[test]
fn the_capability_grants_exactly_the_commands_the_ui_calls() {
    let declared = declared_commands();
    let called = called_commands();
    assert_eq!(declared, called, "build.rs declares what api.js calls, no more, no less");

    let capability: serde_json::Value = serde_json::from_str(&read("capabilities/main.json")).unwrap();
    let granted: BTreeSet<String> = capability["permissions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p.as_str().expect("plain permission names, no scoped objects").to_string())
        .collect();
    let expected: BTreeSet<String> = called
        .iter()
        .map(|c| format!("allow-{}", c.replace('_', "-")))
        .collect();
    assert_eq!(granted, expected);
    for permission in &granted {
        assert!(
            !permission.contains(':') && !permission.contains('*'),
            "no plugin, file-system, shell or wildcard permission: {permission}"
        );
    }
    assert_eq!(capability["windows"], serde_json::json!(["main"]));
    assert!(capability.get("remote").is_none(), "no remote URL may call commands");
}

#[test]
fn the_content_security_policy_allows_no_remote_origin_and_no_inline_script() {
    let config: serde_json::Value = serde_json::from_str(&read("tauri.conf.json")).unwrap();
    let security = &config["app"]["security"];
    assert!(security.get("dangerousDisableAssetCspModification").is_none());
    assert!(config["app"]["withGlobalTauri"] == false);
    let csp = security["csp"].as_str().expect("a CSP is set");
    let mut directives = std::collections::BTreeMap::new();
    for directive in csp.split(';').map(str::trim).filter(|d| !d.is_empty()) {
        let mut words = directive.split_whitespace();
        let name = words.next().unwrap().to_string();
        directives.insert(name, words.map(str::to_string).collect::<Vec<_>>());
    }
    assert_eq!(directives["default-src"], ["'self'"]);
    assert_eq!(directives["script-src"], ["'self'"], "no inline or evaluated script");
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
