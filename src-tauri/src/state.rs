//! The shell's state, the open store and the import in progress, and what every command
//! shares: errors mapped to `{ code, field, message }` in the user's language, and saving a
//! file core made through the system's save dialog.

use std::{
    path::{Path, PathBuf},
    sync::{Mutex, MutexGuard},
};

use eshkol_core::{
    Error, Messages, Store,
    directory::import::ImportSession,
    documents::{SavedFile, write_file},
};
use serde::Serialize;
use tauri::{AppHandle, Manager};
use tauri_plugin_dialog::DialogExt;

/// The open store, or why it could not be opened, and the file it is (or should be) in.
pub struct AppState {
    pub store: Mutex<Result<Store, Error>>,
    pub database: PathBuf,
    /// A contact list opened for import, waiting for the user to confirm or cancel its preview.
    import: Mutex<Option<ImportSession>>,
}

/// What a failed command returns to the UI: a stable code, the field to fix if any, and a
/// message in the user's language.
#[derive(Debug, Serialize)]
pub struct CommandError {
    code: &'static str,
    field: Option<&'static str>,
    message: String,
    /// Every field to fix, each with its own message, when a form has several problems.
    fields: Vec<FieldProblem>,
}

/// One field of a form to fix, and what to fix.
#[derive(Debug, Serialize)]
pub struct FieldProblem {
    field: &'static str,
    message: String,
}

impl CommandError {
    pub(crate) fn new(error: Error, messages: &Messages) -> Self {
        CommandError {
            code: error.code(),
            field: error.field().map(|f| f.code()),
            message: error.localize(messages),
            fields: error
                .problems()
                .into_iter()
                .filter_map(|p| {
                    Some(FieldProblem {
                        field: p.field()?.code(),
                        message: p.localize(messages),
                    })
                })
                .collect(),
        }
    }
}

pub(crate) type CommandResult<T> = Result<T, CommandError>;

impl AppState {
    pub fn new(store: Result<Store, Error>, database: PathBuf) -> Self {
        AppState {
            store: Mutex::new(store),
            database,
            import: Mutex::new(None),
        }
    }

    pub(crate) fn lock(&self) -> MutexGuard<'_, Result<Store, Error>> {
        match self.store.lock() {
            Ok(guard) => guard,
            Err(poisoned) => poisoned.into_inner(),
        }
    }

    /// The user's language, or the default when the store is not open.
    pub(crate) fn locale(&self) -> eshkol_core::Locale {
        self.lock().as_ref().map(|s| s.locale()).unwrap_or_default()
    }

    /// Run a restore (`eshkol_core::backup::restore` or `restore_latest`) on the store as it
    /// is, open or not; its error in the user's language.
    pub(crate) fn restore<T>(
        &self,
        f: impl FnOnce(&mut Result<Store, Error>, &Path) -> eshkol_core::Result<T>,
    ) -> CommandResult<T> {
        // A restored database is another department's state: an import opened before it is gone.
        self.set_import(None);
        let mut guard = self.lock();
        f(&mut guard, &self.database).map_err(|e| {
            let locale = guard.as_ref().map(|s| s.locale()).unwrap_or_default();
            CommandError::new(e, &Messages::new(locale))
        })
    }

    /// Keep (or drop) the import the user has open.
    pub(crate) fn set_import(&self, session: Option<ImportSession>) {
        *self.import.lock().unwrap_or_else(|p| p.into_inner()) = session;
    }

    /// Run `f` on the store and the import the user has open; `NoImport` when none is.
    pub(crate) fn with_import<T>(
        &self,
        f: impl FnOnce(&mut Store, &ImportSession) -> eshkol_core::Result<T>,
    ) -> CommandResult<T> {
        let session = self
            .import
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .clone();
        self.with(|store| f(store, session.as_ref().ok_or(Error::NoImport)?))
    }

    /// Run `f` on the store, localizing any error in the user's language.
    pub(crate) fn with<T>(
        &self,
        f: impl FnOnce(&mut Store) -> eshkol_core::Result<T>,
    ) -> CommandResult<T> {
        let mut guard = self.lock();
        match &mut *guard {
            Ok(store) => f(store).map_err(|e| CommandError::new(e, store.messages())),
            Err(e) => Err(CommandError {
                code: e.code(),
                field: None,
                message: e.localize(&Messages::new(Default::default())),
                fields: Vec::new(),
            }),
        }
    }
}

/// Ask where to save `file` (its name suggested, under its title), then write it there whole.
/// Where it was written, or nothing when the user cancelled.
pub(crate) fn save_through_dialog(
    app: &AppHandle,
    file: SavedFile,
) -> CommandResult<Option<String>> {
    let chosen = app
        .dialog()
        .file()
        .set_title(&file.title)
        .set_file_name(file.file_name())
        .add_filter(file.extension.to_uppercase(), &[file.extension])
        .blocking_save_file();
    let Some(Ok(path)) = chosen.map(|p| p.into_path()) else {
        return Ok(None);
    };
    app.state::<AppState>().with(|_| {
        write_file(&path, &file.bytes)?;
        Ok(Some(path.display().to_string()))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_import_step_with_no_import_open_is_refused_in_the_users_language() {
        let state = AppState::new(Store::open_in_memory(), PathBuf::from("unused.sqlite3"));
        let refused = state
            .with_import(|_, _| Ok(()))
            .expect_err("no import is open");
        assert_eq!(refused.code, "no-import");
        assert!(!refused.message.is_empty() && !refused.message.starts_with("error-"));
    }
}
