//! The Eshkol desktop shell: opens the store, hosts the UI, and registers the commands of the
//! area files (`app`, `backups`, `directory`, `emergency`, `forums`, `plan`, `programs`,
//! `sharing`, `visits`), which share `state`. Each command is declared once, in its file;
//! build.rs makes the handler list, the permissions and the UI's binding from those.
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

mod app;
mod backups;
mod directory;
mod forums;
mod sharing;
mod state;
mod emergency;
mod plan;
mod programs;
mod visits;

use eshkol_core::{
    Store, backup, config,
    instance::{self, Claim},
};
use tauri::Manager;

/// When this process started: the start-up time `home_painted` reports is measured from here.
pub static STARTED: std::sync::LazyLock<std::time::Instant> =
    std::sync::LazyLock::new(std::time::Instant::now);

fn main() {
    std::sync::LazyLock::force(&STARTED);
    let builder = tauri::Builder::default();
    // On Windows the second start is caught here, first of all (see `instance` in core).
    #[cfg(windows)]
    let builder = builder.plugin(tauri_plugin_single_instance::init(|app, _args, _cwd| {
        app::bring_forward(app)
    }));
    builder
        .plugin(tauri_plugin_dialog::init())
        .plugin(tauri_plugin_opener::init())
        .setup(|app| {
            let data_dir = app.path().app_data_dir()?;
            let path = config::database_path(
                std::env::args(),
                std::env::var(config::DATABASE_ENV).ok(),
                &data_dir,
            );
            // One Eshkol per database: a second start brings the first window forward and quits
            // before it opens anything.
            let handle = app.handle().clone();
            let activate = move || app::bring_forward(&handle);
            match instance::claim(&path, activate) {
                Ok(Claim::Running) => std::process::exit(0),
                Ok(Claim::First(guard)) => {
                    app.manage(guard);
                }
                Err(e) => eprintln!("eshkol: cannot tell whether Eshkol already runs: {e}"),
            }
            // A database that cannot be opened is shown to the user by `bootstrap`, never a panic.
            let store = Store::open(&path);
            if let (Ok(store), Some(window)) = (&store, app.get_webview_window("main")) {
                let _ = window.set_title(&store.messages().get("app-title"));
            }
            if let Some(window) = app.get_webview_window("main") {
                app::fit_to_screen(&window);
            }
            if store.is_ok() {
                // The daily backup reads through its own connection, beside the app's.
                let database = path.clone();
                std::thread::spawn(move || {
                    if let Err(e) = backup::daily_backup(&database, eshkol_core::today()) {
                        eprintln!("eshkol: the daily backup was not made: {e}");
                    }
                });
            }
            app.manage(state::AppState::new(store, path));
            Ok(())
        })
        // Every `#[tauri::command]` of the area files, listed by build.rs from their declarations.
        .invoke_handler(include!(concat!(env!("OUT_DIR"), "/handler.rs")))
        .run(tauri::generate_context!())
        .expect("error while running Eshkol");
}
