//! Tauri commands for the year's work plan: each one calls `eshkol-core`.

use eshkol_core::{
    model::Id,
    plan::{
        PlanRow, PlanYear,
        *,
    },
    today,
};
use tauri::{AppHandle, Manager, State};

use crate::state::{AppState, CommandResult, save_through_dialog};

#[tauri::command]
pub async fn list_plans(state: State<'_, AppState>) -> CommandResult<Vec<PlanRow>> {
    state.with(|s| s.plans())
}

#[tauri::command]
pub async fn get_plan_year(
    state: State<'_, AppState>,
    plan_id: String,
    school_year: i32,
) -> CommandResult<PlanYear> {
    state.with(|s| s.plan_year(&plan_id, school_year, today()))
}

#[tauri::command]
pub async fn save_work_plan(
    state: State<'_, AppState>,
    id: Option<String>,
    input: WorkPlanInput,
) -> CommandResult<Id> {
    state.with(|s| s.save_plan(id.as_deref(), &input))
}

#[tauri::command]
pub async fn save_plan_goal(
    state: State<'_, AppState>,
    plan_id: String,
    id: Option<String>,
    input: GoalInput,
) -> CommandResult<Id> {
    state.with(|s| s.save_plan_goal(&plan_id, id.as_deref(), &input))
}

#[tauri::command]
pub async fn save_plan_objective(
    state: State<'_, AppState>,
    goal_id: String,
    id: Option<String>,
    input: GoalInput,
) -> CommandResult<Id> {
    state.with(|s| s.save_plan_objective(&goal_id, id.as_deref(), &input))
}

#[tauri::command]
pub async fn save_plan_task(
    state: State<'_, AppState>,
    objective_id: String,
    id: Option<String>,
    input: TaskInput,
) -> CommandResult<Id> {
    state.with(|s| s.save_plan_task(&objective_id, id.as_deref(), &input))
}

#[tauri::command]
pub async fn move_plan_task(state: State<'_, AppState>, id: String, delta: i32) -> CommandResult<()> {
    state.with(|s| s.move_plan_task(&id, delta))
}

#[tauri::command]
pub async fn save_plan_indicator(
    state: State<'_, AppState>,
    id: Option<String>,
    input: IndicatorInput,
) -> CommandResult<Id> {
    state.with(|s| s.save_plan_indicator(id.as_deref(), &input))
}

#[tauri::command]
pub async fn save_plan_actual(
    state: State<'_, AppState>,
    indicator_id: String,
    input: ActualInput,
) -> CommandResult<()> {
    state.with(|s| s.save_plan_actual(&indicator_id, &input))
}

#[tauri::command]
pub async fn save_plan_lessons(
    state: State<'_, AppState>,
    goal_id: String,
    school_year: i32,
    input: LessonsInput,
) -> CommandResult<()> {
    state.with(|s| s.save_plan_lessons(&goal_id, school_year, &input))
}

#[tauri::command]
pub async fn remove_plan_part(
    state: State<'_, AppState>,
    part: PlanPart,
    id: String,
) -> CommandResult<()> {
    state.with(|s| s.remove_plan_part(part, &id))
}

#[tauri::command]
pub async fn close_plan_year(
    state: State<'_, AppState>,
    plan_id: String,
    school_year: i32,
    roll_over: bool,
) -> CommandResult<usize> {
    state.with(|s| s.close_plan_year(&plan_id, school_year, roll_over, today()))
}

/// The year-end report as PDF, where the user picks in the save dialog.
#[tauri::command]
pub async fn export_plan_report(
    app: AppHandle,
    plan_id: String,
    school_year: i32,
) -> CommandResult<Option<String>> {
    let file = app
        .state::<AppState>()
        .with(|s| s.export_plan_report(&plan_id, school_year, today()))?;
    save_through_dialog(&app, file)
}
