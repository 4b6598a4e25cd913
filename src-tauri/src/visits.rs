//! Tauri commands for visits and coverage: each one calls `eshkol-core`.

use eshkol_core::{
    documents::coverage::{CoverageDocument, CoverageFormat},
    forums::ActionItemInput,
    home::StaleOnHome,
    model::Id,
    today,
    visits::*,
};
use tauri::{AppHandle, Manager, State};

use crate::state::{AppState, CommandResult, save_through_dialog};

#[tauri::command]
pub async fn visit_purposes(state: State<'_, AppState>) -> CommandResult<Vec<Purpose>> {
    state.with(|s| s.visit_purposes())
}

#[tauri::command]
pub async fn add_visit_purpose(state: State<'_, AppState>, name: String) -> CommandResult<Id> {
    state.with(|s| s.add_visit_purpose(&name))
}

/// Create (id null) or update a visit; `input.sensitive_notes` null keeps the stored ones.
#[tauri::command]
pub async fn save_visit(
    state: State<'_, AppState>,
    id: Option<String>,
    input: VisitInput,
) -> CommandResult<Id> {
    state.with(|s| s.save_visit(id.as_deref(), &input))
}

#[tauri::command]
pub async fn remove_visit(state: State<'_, AppState>, id: String) -> CommandResult<()> {
    state.with(|s| s.remove_visit(&id))
}

#[tauri::command]
pub async fn get_visit(state: State<'_, AppState>, id: String) -> CommandResult<Visit> {
    state.with(|s| s.visit(&id))
}

/// Only when the user deliberately opens them.
#[tauri::command]
pub async fn open_sensitive_notes(state: State<'_, AppState>, id: String) -> CommandResult<String> {
    state.with(|s| s.sensitive_notes(&id))
}

#[tauri::command]
pub async fn settlement_visits(
    state: State<'_, AppState>,
    settlement_id: String,
) -> CommandResult<Vec<VisitRow>> {
    state.with(|s| s.settlement_visits(&settlement_id))
}

#[tauri::command]
pub async fn recent_visits(state: State<'_, AppState>, limit: u32) -> CommandResult<Vec<VisitRow>> {
    state.with(|s| s.recent_visits(limit))
}

#[tauri::command]
pub async fn recent_settlements(state: State<'_, AppState>, limit: u32) -> CommandResult<Vec<Id>> {
    state.with(|s| s.recent_settlements(limit))
}

#[tauri::command]
pub async fn save_follow_up(
    state: State<'_, AppState>,
    visit_id: String,
    id: Option<String>,
    input: ActionItemInput,
) -> CommandResult<Id> {
    state.with(|s| s.save_follow_up(&visit_id, id.as_deref(), &input))
}

#[tauri::command]
pub async fn remove_follow_up(state: State<'_, AppState>, id: String) -> CommandResult<()> {
    state.with(|s| s.remove_follow_up(&id))
}

#[tauri::command]
pub async fn coverage_document(
    state: State<'_, AppState>,
    filter: CoverageFilter,
) -> CommandResult<CoverageDocument> {
    state.with(|s| s.coverage_document(&filter, today()))
}

#[tauri::command]
pub async fn stale_settlements(
    state: State<'_, AppState>,
    cluster_id: Option<String>,
) -> CommandResult<StaleOnHome> {
    state.with(|s| s.stale_on_home(today(), cluster_id.as_deref()))
}

/// The coverage report as PDF or CSV, where the user picks in the save dialog.
#[tauri::command]
pub async fn export_coverage(
    app: AppHandle,
    filter: CoverageFilter,
    format: CoverageFormat,
) -> CommandResult<Option<String>> {
    let file = app
        .state::<AppState>()
        .with(|s| s.export_coverage(&filter, format, today()))?;
    save_through_dialog(&app, file)
}
