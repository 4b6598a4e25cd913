//! Tauri commands for programs, partnerships and hosted delegations: each one calls
//! `eshkol-core`.

use eshkol_core::{
    documents::programs::Participation,
    forums::ActionItemInput,
    model::Id,
    programs::{delegations::*, *},
    today,
};
use tauri::{AppHandle, Manager, State};

use crate::state::{AppState, CommandResult, save_through_dialog};

#[tauri::command]
pub async fn list_programs(
    state: State<'_, AppState>,
    include_archived: bool,
) -> CommandResult<Vec<ProgramRow>> {
    state.with(|s| s.programs(include_archived))
}

#[tauri::command]
pub async fn get_program(state: State<'_, AppState>, id: String) -> CommandResult<Program> {
    state.with(|s| s.program(&id, today()))
}

/// Create (id null) or update a program: its partners, places and steering forums with it.
#[tauri::command]
pub async fn save_program(
    state: State<'_, AppState>,
    id: Option<String>,
    input: ProgramInput,
) -> CommandResult<Id> {
    state.with(|s| s.save_program(id.as_deref(), &input))
}

#[tauri::command]
pub async fn set_program_archived(
    state: State<'_, AppState>,
    id: String,
    archived: bool,
) -> CommandResult<()> {
    state.with(|s| s.set_program_archived(&id, archived))
}

#[tauri::command]
pub async fn save_program_move(
    state: State<'_, AppState>,
    program_id: String,
    id: Option<String>,
    input: MoveInput,
) -> CommandResult<Id> {
    state.with(|s| s.save_program_move(&program_id, id.as_deref(), &input))
}

#[tauri::command]
pub async fn save_program_figures(
    state: State<'_, AppState>,
    program_id: String,
    input: FiguresInput,
) -> CommandResult<()> {
    state.with(|s| s.save_program_figures(&program_id, &input))
}

/// The programs that run in a settlement, for its page.
#[tauri::command]
pub async fn programs_in_settlement(
    state: State<'_, AppState>,
    settlement_id: String,
) -> CommandResult<Vec<ProgramHere>> {
    state.with(|s| s.programs_in_settlement(&settlement_id))
}

/// The programs that run in a cluster, for its page.
#[tauri::command]
pub async fn programs_in_cluster(
    state: State<'_, AppState>,
    cluster_id: String,
) -> CommandResult<Vec<ProgramHere>> {
    state.with(|s| s.programs_in_cluster(&cluster_id))
}

/// The programs a forum steers, for its page.
#[tauri::command]
pub async fn programs_of_forum(
    state: State<'_, AppState>,
    forum_id: String,
) -> CommandResult<Vec<ProgramHere>> {
    state.with(|s| s.programs_of_forum(&forum_id))
}

/// Who takes part where in a school year (null: this one).
#[tauri::command]
pub async fn participation(
    state: State<'_, AppState>,
    school_year: Option<i32>,
) -> CommandResult<Participation> {
    state.with(|s| s.participation(school_year, today()))
}

/// Who takes part where, as PDF or CSV, where the user picks in the save dialog.
#[tauri::command]
pub async fn export_participation(
    app: AppHandle,
    school_year: Option<i32>,
    csv: bool,
) -> CommandResult<Option<String>> {
    let file = app.state::<AppState>().with(|s| {
        if csv {
            s.export_participation_csv(school_year, today())
        } else {
            s.export_participation_pdf(school_year, today())
        }
    })?;
    save_through_dialog(&app, file)
}

/// Every delegation, or those that visited a settlement.
#[tauri::command]
pub async fn list_delegations(
    state: State<'_, AppState>,
    settlement_id: Option<String>,
) -> CommandResult<Vec<DelegationRow>> {
    state.with(|s| match settlement_id {
        Some(settlement) => s.delegations_in_settlement(&settlement),
        None => s.delegations(),
    })
}

#[tauri::command]
pub async fn get_delegation(state: State<'_, AppState>, id: String) -> CommandResult<Delegation> {
    state.with(|s| s.delegation(&id, today()))
}

#[tauri::command]
pub async fn save_delegation(
    state: State<'_, AppState>,
    id: Option<String>,
    input: DelegationInput,
) -> CommandResult<Id> {
    state.with(|s| s.save_delegation(id.as_deref(), &input))
}

#[tauri::command]
pub async fn add_delegation_follow_up(
    state: State<'_, AppState>,
    delegation_id: String,
    input: ActionItemInput,
) -> CommandResult<Id> {
    state.with(|s| s.add_delegation_follow_up(&delegation_id, &input))
}

/// The itinerary as PDF, where the user picks in the save dialog.
#[tauri::command]
pub async fn export_itinerary(app: AppHandle, id: String) -> CommandResult<Option<String>> {
    let file = app
        .state::<AppState>()
        .with(|s| s.export_itinerary(&id, today()))?;
    save_through_dialog(&app, file)
}
