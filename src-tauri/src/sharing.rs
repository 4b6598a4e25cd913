//! Tauri commands for sharing the department across laptops: setting it up in Settings (the
//! shared folder and the join file chosen in the system dialogs), syncing, the status and the
//! conflicts. Each calls `eshkol-core`.

use eshkol_core::{
    Store,
    sync::{Conflict, JOIN_EXTENSION, JoinFile, Received, SharingStatus},
};
use serde::Serialize;
use tauri::{AppHandle, Manager, State};
use tauri_plugin_dialog::DialogExt;

use crate::state::{AppState, CommandResult, save_through_dialog};

/// Where this laptop stands: { sharing, laptop, folder, last_received, laptops, waiting, skipped,
/// conflicts, quiet, … }.
#[tauri::command]
pub async fn sharing_status(state: State<'_, AppState>) -> CommandResult<SharingStatus> {
    state.with(|s| s.sharing_status(eshkol_core::now()))
}

/// What turning sharing on did: where the join file went, if the user saved it.
#[derive(Serialize)]
pub struct Created {
    join_file: Option<String>,
}

/// Make this laptop the first of a new department: the shared folder is chosen in the dialog,
/// then the join file is saved where the user picks. Nothing when the folder was not chosen.
#[tauri::command]
pub async fn create_department(
    app: AppHandle,
    laptop_name: String,
) -> CommandResult<Option<Created>> {
    let state = app.state::<AppState>();
    state.with(|_| Store::check_laptop_name(&laptop_name))?;
    let Some(folder) = pick_folder(&app)? else {
        return Ok(None);
    };
    let file = state.with(|s| {
        s.create_department_in(&folder, &laptop_name)?;
        s.join_saved_file()
    })?;
    let join_file = save_through_dialog(&app, file)?;
    Ok(Some(Created { join_file }))
}

/// Save the join file again, for one more laptop; where it went, or nothing when cancelled.
#[tauri::command]
pub async fn save_join_file(app: AppHandle) -> CommandResult<Option<String>> {
    let file = app.state::<AppState>().with(|s| s.join_saved_file())?;
    save_through_dialog(&app, file)
}

/// Join a department: its join file, then the shared folder, chosen in the dialogs. A laptop
/// with records of its own is refused before any dialog opens unless the user chose `merge`.
#[tauri::command]
pub async fn join_department(
    app: AppHandle,
    laptop_name: String,
    merge: bool,
) -> CommandResult<Option<Received>> {
    let state = app.state::<AppState>();
    state.with(|s| s.check_join(&laptop_name, merge))?;
    let title = state.with(|s| Ok(s.messages().get("dialog-sync-join-open-title")))?;
    let chosen = app
        .dialog()
        .file()
        .set_title(title)
        .add_filter(JOIN_EXTENSION, &[JOIN_EXTENSION])
        .blocking_pick_file();
    let Some(Ok(path)) = chosen.map(|p| p.into_path()) else {
        return Ok(None);
    };
    let join = state.with(|_| JoinFile::read(&path))?;
    let Some(folder) = pick_folder(&app)? else {
        return Ok(None);
    };
    state
        .with(|s| s.join_department_in(&folder, &join, &laptop_name, merge))
        .map(Some)
}

/// Send what changed here and take in what the other laptops sent.
#[tauri::command]
pub async fn sync_now(app: AppHandle) -> CommandResult<Received> {
    app.state::<AppState>().with(|s| s.sync_now())
}

#[tauri::command]
pub async fn list_conflicts(state: State<'_, AppState>) -> CommandResult<Vec<Conflict>> {
    state.with(|s| s.conflicts())
}

/// End a conflict with the value chosen; the choice reaches every laptop.
#[tauri::command]
pub async fn resolve_conflict(
    state: State<'_, AppState>,
    table: String,
    key: String,
    column: String,
    value: Option<String>,
) -> CommandResult<()> {
    state.with(|s| s.resolve_conflict(&table, &key, &column, value.as_deref()))
}

/// The shared folder, as the user picks it in the system's dialog.
fn pick_folder(app: &AppHandle) -> CommandResult<Option<std::path::PathBuf>> {
    let title = app
        .state::<AppState>()
        .with(|s| Ok(s.messages().get("dialog-sync-folder-title")))?;
    // Opened in the home folder, where shared folders usually are, rather than among the
    // recent files, where a folder cannot be chosen.
    let mut dialog = app.dialog().file().set_title(title);
    if let Ok(home) = app.path().home_dir() {
        dialog = dialog.set_directory(home);
    }
    let chosen = dialog.blocking_pick_folder();
    Ok(chosen.and_then(|p| p.into_path().ok()))
}
