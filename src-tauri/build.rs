fn main() {
    // Declaring the app's commands makes Tauri generate a permission for each, so the
    // capability file can grant exactly the commands the UI calls and nothing else.
    tauri_build::try_build(tauri_build::Attributes::new().app_manifest(
        tauri_build::AppManifest::new().commands(&[
            "bootstrap",
            "set_locale",
            "start_empty",
            "load_sample",
            "list_people",
            "list_clusters",
        ]),
    ))
    .expect("tauri build script");
}
