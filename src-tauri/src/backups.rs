//! Tauri commands for backups and restore, and for the screen shown when the database could
//! not be opened. Files are chosen in the system dialogs; each command calls `eshkol-core`.

use eshkol_core::{
    Bootstrap, Messages,
    backup::{self, BackupStatus, StartupProblem},
};
use tauri::{AppHandle, Manager, State};
use tauri_plugin_dialog::DialogExt;

use crate::state::{AppState, CommandResult};

/// Where the automatic backups go and the latest: { folder, kept, latest }.
#[tauri::command]
pub async fn backup_status(state: State<'_, AppState>) -> CommandResult<BackupStatus> {
    Ok(backup::status(&state.database))
}

/// Why the database did not open, when it did not; `None` when it is open.
#[tauri::command]
pub async fn startup_problem(state: State<'_, AppState>) -> CommandResult<Option<StartupProblem>> {
    let guard = state.lock();
    Ok(guard
        .as_ref()
        .err()
        .map(|error| StartupProblem::new(error, &state.database)))
}

/// Save a backup to a file the user picks; where it went, or nothing when cancelled.
#[tauri::command]
pub async fn save_backup(app: AppHandle) -> CommandResult<Option<String>> {
    let state = app.state::<AppState>();
    let (title, name) = state.with(|s| {
        let m = s.messages();
        Ok((
            m.get("dialog-backup-save-title"),
            backup::suggested_file_name(m, eshkol_core::today()),
        ))
    })?;
    let chosen = app
        .dialog()
        .file()
        .set_title(title)
        .set_file_name(name)
        .add_filter("SQLite", &["sqlite3", "sqlite", "db"])
        .blocking_save_file();
    let Some(Ok(path)) = chosen.map(|p| p.into_path()) else {
        return Ok(None);
    };
    state.with(|s| {
        s.backup_to(&path)?;
        Ok(Some(path.display().to_string()))
    })
}

/// Restore from a backup file the user picks. With the database open, a copy of it is saved
/// first; when it could not be opened, the damaged file is set aside. Where what was there is
/// kept, or nothing when cancelled.
#[tauri::command]
pub async fn restore_backup(app: AppHandle) -> CommandResult<Option<String>> {
    let state = app.state::<AppState>();
    let title = Messages::new(state.locale()).get("dialog-backup-open-title");
    let chosen = app
        .dialog()
        .file()
        .set_title(title)
        .add_filter("SQLite", &["sqlite3", "sqlite", "db"])
        .blocking_pick_file();
    let Some(Ok(path)) = chosen.map(|p| p.into_path()) else {
        return Ok(None);
    };
    state
        .restore(|current, database| backup::restore(current, database, &path))
        .map(|kept| Some(kept.display().to_string()))
}

/// Replace a database that could not be opened by its latest good backup.
#[tauri::command]
pub async fn restore_latest_backup(state: State<'_, AppState>) -> CommandResult<Bootstrap> {
    state.restore(backup::restore_latest)?;
    state.with(|s| s.bootstrap())
}
