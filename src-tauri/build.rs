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
            "get_person",
            "save_person",
            "list_clusters",
            "get_cluster",
            "save_cluster",
            "get_settlement",
            "save_settlement",
            "list_organizations",
            "get_organization",
            "save_organization",
            "set_archived",
            "open_link",
            "contact_sheet",
            "print_page",
            "export_people",
            "save_contact_sheet_pdf",
            "import_open",
            "import_remap",
            "import_commit",
            "import_cancel",
        ]),
    ))
    .expect("tauri build script");
}
