//! Tauri commands: each one calls `eshkol-core` and maps its error. No logic lives here.

use std::sync::Mutex;

use eshkol_core::{
    Bootstrap, Error, Messages, Store,
    model::{ClusterRow, PersonRow},
    sample::SampleSummary,
};
use serde::Serialize;
use tauri::{State, WebviewWindow};

/// The open store, or why it could not be opened.
pub struct AppState(pub Mutex<Result<Store, Error>>);

/// What a failed command returns to the UI: a stable code and a message in the user's language.
#[derive(Debug, Serialize)]
pub struct CommandError {
    code: &'static str,
    message: String,
}

type CommandResult<T> = Result<T, CommandError>;

impl AppState {
    /// Run `f` on the store, localizing any error in the user's language.
    fn with<T>(&self, f: impl FnOnce(&mut Store) -> eshkol_core::Result<T>) -> CommandResult<T> {
        let mut guard = match self.0.lock() {
            Ok(guard) => guard,
            Err(poisoned) => poisoned.into_inner(),
        };
        match &mut *guard {
            Ok(store) => f(store).map_err(|e| CommandError {
                code: e.code(),
                message: e.localize(store.messages()),
            }),
            Err(e) => Err(CommandError {
                code: e.code(),
                message: e.localize(&Messages::new(Default::default())),
            }),
        }
    }
}

#[tauri::command]
pub fn bootstrap(state: State<'_, AppState>) -> CommandResult<Bootstrap> {
    state.with(|store| store.bootstrap())
}

#[tauri::command]
pub fn set_locale(
    state: State<'_, AppState>,
    window: WebviewWindow,
    locale: String,
) -> CommandResult<Bootstrap> {
    state.with(|store| {
        let boot = store.set_locale(&locale)?;
        let _ = window.set_title(&store.messages().get("app-title"));
        Ok(boot)
    })
}

#[tauri::command]
pub fn start_empty(state: State<'_, AppState>) -> CommandResult<Bootstrap> {
    state.with(|store| store.start_empty())
}

#[tauri::command]
pub fn load_sample(state: State<'_, AppState>) -> CommandResult<SampleSummary> {
    state.with(|store| store.load_sample())
}

#[tauri::command]
pub fn list_people(state: State<'_, AppState>) -> CommandResult<Vec<PersonRow>> {
    state.with(|store| store.list_people())
}

#[tauri::command]
pub fn list_clusters(state: State<'_, AppState>) -> CommandResult<Vec<ClusterRow>> {
    state.with(|store| store.list_clusters())
}
