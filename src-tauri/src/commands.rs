//! Tauri commands: each one calls `eshkol-core` and maps its error. No logic lives here.

use std::{
    path::{Path, PathBuf},
    sync::{Mutex, MutexGuard},
};

use eshkol_core::{
    Bootstrap, Error, Messages, Store,
    directory::RecordKind,
    export::{self, ExportFormat},
    import::{self, ImportPreview, ImportSummary, Target},
    links,
    model::*,
    sample::SampleSummary,
    sheet::{ContactSheet, SheetOptions},
};
use serde::Serialize;
use tauri::{AppHandle, Manager, State, WebviewWindow};
use tauri_plugin_dialog::DialogExt;
use tauri_plugin_opener::OpenerExt;

/// The open store, or why it could not be opened, and the file it is (or should be) in.
pub struct AppState {
    pub store: Mutex<Result<Store, Error>>,
    pub database: PathBuf,
}

/// What a failed command returns to the UI: a stable code, the field to fix if any, and a
/// message in the user's language.
#[derive(Debug, Serialize)]
pub struct CommandError {
    code: &'static str,
    field: Option<&'static str>,
    message: String,
}

impl CommandError {
    pub(crate) fn new(error: Error, messages: &Messages) -> Self {
        CommandError {
            code: error.code(),
            field: error.field().map(|f| f.code()),
            message: error.localize(messages),
        }
    }
}

pub(crate) type CommandResult<T> = Result<T, CommandError>;

impl AppState {
    pub fn new(store: Result<Store, Error>, database: PathBuf) -> Self {
        AppState {
            store: Mutex::new(store),
            database,
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
        let mut guard = self.lock();
        f(&mut guard, &self.database).map_err(|e| {
            let locale = guard.as_ref().map(|s| s.locale()).unwrap_or_default();
            CommandError::new(e, &Messages::new(locale))
        })
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
pub fn list_people(
    state: State<'_, AppState>,
    include_archived: bool,
) -> CommandResult<Vec<PersonRow>> {
    state.with(|store| store.people(include_archived))
}

#[tauri::command]
pub fn get_person(state: State<'_, AppState>, id: String) -> CommandResult<Person> {
    state.with(|store| store.person(&id))
}

#[tauri::command]
pub fn save_person(
    state: State<'_, AppState>,
    id: Option<String>,
    input: PersonInput,
    allow_duplicate: bool,
) -> CommandResult<Id> {
    state.with(|store| store.save_person(id.as_deref(), &input, allow_duplicate))
}

#[tauri::command]
pub fn cluster_choices(state: State<'_, AppState>) -> CommandResult<Vec<Choice>> {
    state.with(|store| store.cluster_choices())
}

#[tauri::command]
pub fn list_clusters(
    state: State<'_, AppState>,
    include_archived: bool,
) -> CommandResult<Vec<ClusterRow>> {
    state.with(|store| store.clusters(include_archived))
}

#[tauri::command]
pub fn get_cluster(state: State<'_, AppState>, id: String) -> CommandResult<Cluster> {
    state.with(|store| store.cluster(&id))
}

#[tauri::command]
pub fn save_cluster(
    state: State<'_, AppState>,
    id: Option<String>,
    input: ClusterInput,
) -> CommandResult<Id> {
    state.with(|store| store.save_cluster(id.as_deref(), &input))
}

#[tauri::command]
pub fn get_settlement(state: State<'_, AppState>, id: String) -> CommandResult<Settlement> {
    state.with(|store| store.settlement(&id))
}

#[tauri::command]
pub fn save_settlement(
    state: State<'_, AppState>,
    id: Option<String>,
    input: SettlementInput,
) -> CommandResult<Id> {
    state.with(|store| store.save_settlement(id.as_deref(), &input))
}

#[tauri::command]
pub fn list_organizations(
    state: State<'_, AppState>,
    include_archived: bool,
) -> CommandResult<Vec<Organization>> {
    state.with(|store| store.organizations(include_archived))
}

#[tauri::command]
pub fn get_organization(state: State<'_, AppState>, id: String) -> CommandResult<Organization> {
    state.with(|store| store.organization(&id))
}

#[tauri::command]
pub fn save_organization(
    state: State<'_, AppState>,
    id: Option<String>,
    input: OrganizationInput,
) -> CommandResult<Id> {
    state.with(|store| store.save_organization(id.as_deref(), &input))
}

#[tauri::command]
pub fn set_archived(
    state: State<'_, AppState>,
    kind: RecordKind,
    id: String,
    archived: bool,
) -> CommandResult<()> {
    state.with(|store| store.set_archived(kind, &id, archived))
}

#[tauri::command]
pub fn open_link(state: State<'_, AppState>, app: AppHandle, url: String) -> CommandResult<()> {
    state.with(|_| {
        let url = links::external(&url)?;
        // No handler for tel: or mailto: on this system is not the user's mistake: nothing to report.
        let _ = app.opener().open_url(url, None::<&str>);
        Ok(())
    })
}

#[tauri::command]
pub fn contact_sheet(
    state: State<'_, AppState>,
    options: SheetOptions,
) -> CommandResult<ContactSheet> {
    state.with(|store| store.contact_sheet(&options, eshkol_core::today()))
}

/// Open the system's print dialog for what the window shows (the UI's print styles pick the pages).
#[tauri::command]
pub fn print_page(state: State<'_, AppState>, window: WebviewWindow) -> CommandResult<()> {
    state.with(|_| {
        window
            .print()
            .map_err(|e| Error::Io(std::io::Error::other(e.to_string())))
    })
}

/// Ask where to save `bytes` (a `name.extension` suggested, under `title`), then write them there
/// whole. Where it was written, or nothing when the user cancelled.
pub(crate) fn save_through_dialog(
    app: &AppHandle,
    bytes: &[u8],
    name: &str,
    extension: &str,
    title: String,
) -> CommandResult<Option<String>> {
    let chosen = app
        .dialog()
        .file()
        .set_title(title)
        .set_file_name(format!("{name}.{extension}"))
        .add_filter(extension.to_uppercase(), &[extension])
        .blocking_save_file();
    let Some(Ok(path)) = chosen.map(|p| p.into_path()) else {
        return Ok(None);
    };
    app.state::<AppState>().with(|_| {
        export::write_file(&path, bytes)?;
        Ok(Some(path.display().to_string()))
    })
}

/// Export people (everyone, or the filtered `ids`) to a file the user picks in the save dialog.
#[tauri::command]
pub async fn export_people(
    app: AppHandle,
    format: ExportFormat,
    ids: Option<Vec<Id>>,
) -> CommandResult<Option<String>> {
    let (bytes, name, title) = app.state::<AppState>().with(|store| {
        let messages = store.messages();
        Ok((
            store.export_people(format, ids.as_deref())?,
            messages.get("export-file-name"),
            messages.get("export-dialog-title"),
        ))
    })?;
    save_through_dialog(&app, &bytes, &name, format.extension(), title)
}

/// Save the contact sheet as PDF where the user picks in the save dialog.
#[tauri::command]
pub async fn save_contact_sheet_pdf(
    app: AppHandle,
    options: SheetOptions,
) -> CommandResult<Option<String>> {
    let (bytes, name, title) = app.state::<AppState>().with(|store| {
        let messages = store.messages();
        Ok((
            store.contact_sheet_pdf(&options, eshkol_core::today())?,
            messages.get("sheet-file-name"),
            messages.get("sheet-dialog-title"),
        ))
    })?;
    save_through_dialog(&app, &bytes, &name, "pdf", title)
}

/// Choose a contact list in the open dialog and show what importing it would do.
/// Nothing when the user cancelled.
#[tauri::command]
pub async fn import_open(app: AppHandle) -> CommandResult<Option<ImportPreview>> {
    let state = app.state::<AppState>();
    let title = state.with(|store| Ok(store.messages().get("import-dialog-title")))?;
    let chosen = app
        .dialog()
        .file()
        .set_title(title)
        .add_filter("CSV / Excel", &["csv", "xlsx", "txt"])
        .blocking_pick_file();
    let Some(Ok(path)) = chosen.map(|p| p.into_path()) else {
        return Ok(None);
    };
    state.with(|store| {
        let (name, bytes) = import::read_file(&path)?;
        store.import_open(&name, &bytes).map(Some)
    })
}

#[tauri::command]
pub fn import_remap(
    state: State<'_, AppState>,
    mapping: Vec<Option<Target>>,
) -> CommandResult<ImportPreview> {
    state.with(|store| store.import_remap(&mapping))
}

#[tauri::command]
pub fn import_commit(
    state: State<'_, AppState>,
    mapping: Vec<Option<Target>>,
) -> CommandResult<ImportSummary> {
    state.with(|store| store.import_commit(&mapping))
}

#[tauri::command]
pub fn import_cancel(state: State<'_, AppState>) -> CommandResult<()> {
    state.with(|store| {
        store.import_cancel();
        Ok(())
    })
}

#[tauri::command]
pub fn search(
    state: State<'_, AppState>,
    query: eshkol_core::search::SearchQuery,
) -> CommandResult<eshkol_core::search::SearchResults> {
    state.with(|store| store.search(&query))
}

/// The UI has painted the home screen with its data, the first time since start. Noted on
/// standard error with the time since the process started: the start-up benchmark waits for
/// this line, and it tells anyone why start-up felt slow.
#[tauri::command]
pub fn home_painted() {
    eprintln!(
        "eshkol: home screen painted {} ms after start",
        crate::STARTED.elapsed().as_millis()
    );
}
