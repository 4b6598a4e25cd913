//! Tauri commands for the directory: clusters, settlements, organizations and people, the
//! contact sheet, exports and imports. Each one calls `eshkol-core` and maps its error.

use eshkol_core::{
    directory::{
        Cluster, ClusterInput, ClusterRow, Organization, OrganizationInput, Person, PersonInput,
        PersonRow, RecordKind, Settlement, SettlementInput,
        import::{self, ImportPreview, ImportSession, ImportSummary, Target},
    },
    documents::{
        export::ExportFormat,
        sheet::{ContactSheet, SheetOptions},
    },
    model::*,
    today,
};
use tauri::{AppHandle, Manager, State};
use tauri_plugin_dialog::DialogExt;

use crate::state::{AppState, CommandResult, save_through_dialog};

#[tauri::command]
pub async fn list_people(
    state: State<'_, AppState>,
    include_archived: bool,
) -> CommandResult<Vec<PersonRow>> {
    state.with(|store| store.people(include_archived))
}

#[tauri::command]
pub async fn get_person(state: State<'_, AppState>, id: String) -> CommandResult<Person> {
    state.with(|store| store.person(&id))
}

/// Create (id null) or update a person; a duplicate mobile or email is refused unless allowed.
#[tauri::command]
pub async fn save_person(
    state: State<'_, AppState>,
    id: Option<String>,
    input: PersonInput,
    allow_duplicate: bool,
) -> CommandResult<Id> {
    state.with(|store| store.save_person(id.as_deref(), &input, allow_duplicate))
}

/// Live clusters' ids and names, for a filter: without their settlements.
#[tauri::command]
pub async fn cluster_choices(state: State<'_, AppState>) -> CommandResult<Vec<Choice>> {
    state.with(|store| store.cluster_choices())
}

#[tauri::command]
pub async fn list_clusters(
    state: State<'_, AppState>,
    include_archived: bool,
) -> CommandResult<Vec<ClusterRow>> {
    state.with(|store| store.clusters(include_archived))
}

#[tauri::command]
pub async fn get_cluster(state: State<'_, AppState>, id: String) -> CommandResult<Cluster> {
    state.with(|store| store.cluster(&id))
}

#[tauri::command]
pub async fn save_cluster(
    state: State<'_, AppState>,
    id: Option<String>,
    input: ClusterInput,
) -> CommandResult<Id> {
    state.with(|store| store.save_cluster(id.as_deref(), &input))
}

#[tauri::command]
pub async fn get_settlement(state: State<'_, AppState>, id: String) -> CommandResult<Settlement> {
    state.with(|store| store.settlement(&id))
}

#[tauri::command]
pub async fn save_settlement(
    state: State<'_, AppState>,
    id: Option<String>,
    input: SettlementInput,
) -> CommandResult<Id> {
    state.with(|store| store.save_settlement(id.as_deref(), &input))
}

#[tauri::command]
pub async fn list_organizations(
    state: State<'_, AppState>,
    include_archived: bool,
) -> CommandResult<Vec<Organization>> {
    state.with(|store| store.organizations(include_archived))
}

#[tauri::command]
pub async fn get_organization(state: State<'_, AppState>, id: String) -> CommandResult<Organization> {
    state.with(|store| store.organization(&id))
}

#[tauri::command]
pub async fn save_organization(
    state: State<'_, AppState>,
    id: Option<String>,
    input: OrganizationInput,
) -> CommandResult<Id> {
    state.with(|store| store.save_organization(id.as_deref(), &input))
}

/// Archive or restore: kind is cluster, settlement, organization or person.
#[tauri::command]
pub async fn set_archived(
    state: State<'_, AppState>,
    kind: RecordKind,
    id: String,
    archived: bool,
) -> CommandResult<()> {
    state.with(|store| store.set_archived(kind, &id, archived))
}

/// The contact sheet, laid out in pages: { grouping, columns, ids }.
#[tauri::command]
pub async fn contact_sheet(
    state: State<'_, AppState>,
    options: SheetOptions,
) -> CommandResult<ContactSheet> {
    state.with(|store| store.contact_sheet(&options, today()))
}

/// Export people (everyone, or the filtered `ids`) to a file the user picks in the save dialog.
#[tauri::command]
pub async fn export_people(
    app: AppHandle,
    format: ExportFormat,
    ids: Option<Vec<Id>>,
) -> CommandResult<Option<String>> {
    let file = app
        .state::<AppState>()
        .with(|s| s.people_file(format, ids.as_deref()))?;
    save_through_dialog(&app, file)
}

/// Save the contact sheet as PDF where the user picks in the save dialog.
#[tauri::command]
pub async fn save_contact_sheet_pdf(
    app: AppHandle,
    options: SheetOptions,
) -> CommandResult<Option<String>> {
    let file = app
        .state::<AppState>()
        .with(|s| s.contact_sheet_file(&options, today()))?;
    save_through_dialog(&app, file)
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
    // The file is read without holding the store, so minutes typed elsewhere save meanwhile.
    let table = import::read_file(&path).and_then(|(name, bytes)| import::read_table(&name, &bytes));
    let (session, preview) = state.with(|store| ImportSession::of_table(store, table?))?;
    state.set_import(Some(session));
    Ok(Some(preview))
}

/// Show what importing a table pasted from Excel or Word would do. Read off the window's
/// thread and without holding the store, as a file is.
#[tauri::command]
pub async fn import_paste(state: State<'_, AppState>, text: String) -> CommandResult<ImportPreview> {
    let name = state.with(|store| Ok(ImportSession::pasted_name(store.messages())))?;
    let table = import::read_table(&name, text.as_bytes());
    let (session, preview) = state.with(|store| ImportSession::of_table(store, table?))?;
    state.set_import(Some(session));
    Ok(preview)
}

/// The preview with the columns as set, showing the page of rows from `first_row`.
#[tauri::command]
pub async fn import_remap(
    state: State<'_, AppState>,
    mapping: Vec<Option<Target>>,
    first_row: usize,
) -> CommandResult<ImportPreview> {
    state.with_import(|store, session| session.remap(store, &mapping, first_row))
}

/// Write the open import; it stays open when the write fails, so the user can try again.
#[tauri::command]
pub async fn import_commit(
    state: State<'_, AppState>,
    mapping: Vec<Option<Target>>,
) -> CommandResult<ImportSummary> {
    let summary = state.with_import(|store, session| session.commit(store, &mapping))?;
    state.set_import(None);
    Ok(summary)
}

#[tauri::command]
pub async fn import_cancel(state: State<'_, AppState>) -> CommandResult<()> {
    state.set_import(None);
    Ok(())
}
