//! Tauri commands for emergency readiness: each one calls `eshkol-core`.

use eshkol_core::{
    documents::emergency::{EmergencySheet, EmergencySheetTarget, MatrixDocument},
    emergency::*,
    model::Id,
    today,
};
use tauri::{AppHandle, Manager, State};

use crate::state::{AppState, CommandResult, save_through_dialog};

#[tauri::command]
pub fn emergency_capabilities(state: State<'_, AppState>) -> CommandResult<Vec<Capability>> {
    state.with(|s| s.emergency_capabilities())
}

#[tauri::command]
pub fn save_emergency_capability(
    state: State<'_, AppState>,
    id: Option<String>,
    input: CapabilityInput,
) -> CommandResult<Id> {
    state.with(|s| s.save_emergency_capability(id.as_deref(), &input))
}

#[tauri::command]
pub fn merge_emergency_capabilities(
    state: State<'_, AppState>,
    from: String,
    into: String,
) -> CommandResult<()> {
    state.with(|s| s.merge_emergency_capabilities(&from, &into))
}

#[tauri::command]
pub fn list_volunteers(
    state: State<'_, AppState>,
    include_left: bool,
) -> CommandResult<Vec<VolunteerRow>> {
    state.with(|s| s.volunteers(include_left))
}

#[tauri::command]
pub fn get_volunteer(state: State<'_, AppState>, person_id: String) -> CommandResult<Volunteer> {
    state.with(|s| s.volunteer(&person_id))
}

#[tauri::command]
pub fn save_volunteer(
    state: State<'_, AppState>,
    input: VolunteerInput,
    allow_duplicate: bool,
) -> CommandResult<Id> {
    state.with(|s| s.save_volunteer(&input, allow_duplicate))
}

#[tauri::command]
pub fn set_volunteer_left(
    state: State<'_, AppState>,
    person_id: String,
    reason: Option<String>,
) -> CommandResult<()> {
    state.with(|s| s.set_volunteer_left(&person_id, reason.as_deref()))
}

#[tauri::command]
pub fn get_organization_readiness(
    state: State<'_, AppState>,
    organization_id: String,
) -> CommandResult<Option<Readiness>> {
    state.with(|s| s.organization_readiness(&organization_id))
}

#[tauri::command]
pub fn save_organization_readiness(
    state: State<'_, AppState>,
    organization_id: String,
    input: ReadinessInput,
) -> CommandResult<()> {
    state.with(|s| s.save_organization_readiness(&organization_id, &input))
}

#[tauri::command]
pub fn who_can_help(state: State<'_, AppState>, query: HelpQuery) -> CommandResult<HelpFound> {
    state.with(|s| s.who_can_help(&query))
}

#[tauri::command]
pub fn organizations_readiness(state: State<'_, AppState>) -> CommandResult<Vec<ReadinessRow>> {
    state.with(|s| s.organizations_readiness())
}

#[tauri::command]
pub fn emergency_matrix_document(state: State<'_, AppState>) -> CommandResult<MatrixDocument> {
    state.with(|s| s.emergency_matrix_document(today()))
}

/// The coverage matrix as PDF, where the user picks in the save dialog.
#[tauri::command]
pub async fn export_emergency_matrix(app: AppHandle) -> CommandResult<Option<String>> {
    let file = app
        .state::<AppState>()
        .with(|s| s.export_emergency_matrix(today()))?;
    save_through_dialog(&app, file)
}

#[tauri::command]
pub fn emergency_sheet(
    state: State<'_, AppState>,
    target: EmergencySheetTarget,
) -> CommandResult<EmergencySheet> {
    state.with(|s| s.emergency_sheet(&target, today()))
}

/// The emergency sheet as PDF, where the user picks in the save dialog.
#[tauri::command]
pub async fn export_emergency_sheet(
    app: AppHandle,
    target: EmergencySheetTarget,
) -> CommandResult<Option<String>> {
    let file = app
        .state::<AppState>()
        .with(|s| s.export_emergency_sheet(&target, today()))?;
    save_through_dialog(&app, file)
}
