//! Each command is declared once, as a `#[tauri::command]` in its area's file under `src/`.
//! From those declarations this script makes the handler list `main.rs` includes, a permission
//! per command (Tauri generates them from the list), the main window's capability granting
//! exactly those, and the UI's binding `ui/src/commands.js`. It refuses a command that would
//! run on the window's thread.

#[path = "build/commands.rs"]
mod commands;
#[path = "build/typedefs.rs"]
mod typedefs;

use std::path::{Path, PathBuf};

fn main() {
    let root = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").unwrap());
    println!("cargo:rerun-if-changed=src");
    println!("cargo:rerun-if-changed=build");
    // The types the binding describes are core's.
    println!("cargo:rerun-if-changed=../core/src");
    let commands = commands::read_commands(&root.join("src"));
    for c in &commands {
        // A command that is not `async` runs on the main thread, and the window waits for it.
        assert!(
            c.is_async,
            "src/{}.rs: `{}` must be `pub async fn`: a command never runs on the window's thread",
            c.module, c.name
        );
    }
    let out = PathBuf::from(std::env::var("OUT_DIR").unwrap());
    write_if_changed(&out.join("handler.rs"), &commands::handler(&commands));
    write_if_changed(
        &root.join("capabilities/main.json"),
        &commands::capability(&commands),
    );
    write_if_changed(
        &root.join("../ui/src/commands.js"),
        &commands::ui_binding(&commands, &root.join("../core/src")),
    );
    let names: Vec<&'static str> = commands
        .iter()
        .map(|c| &*Box::leak(c.name.clone().into_boxed_str()))
        .collect();
    tauri_build::try_build(tauri_build::Attributes::new().app_manifest(
        tauri_build::AppManifest::new().commands(Box::leak(names.into_boxed_slice())),
    ))
    .expect("tauri build script");
}

/// Write only what changed, so a build that changes nothing touches no file (and the UI's
/// bundler and cargo see nothing new).
fn write_if_changed(path: &Path, text: &str) {
    if std::fs::read_to_string(path).ok().as_deref() != Some(text) {
        std::fs::write(path, text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    }
}
