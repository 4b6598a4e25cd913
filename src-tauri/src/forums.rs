//! Tauri commands for forums, meetings and their minutes: each one calls `eshkol-core`.

use eshkol_core::{
    documents::minutes::MinutesDocument,
    due::{DueFilter, DueItem, DueSource},
    forums::*,
    home::Overview,
    model::Id,
    today,
};
use tauri::{AppHandle, Manager, State};

use crate::state::{AppState, CommandResult, save_through_dialog};

#[tauri::command]
pub async fn list_forums(
    state: State<'_, AppState>,
    include_archived: bool,
) -> CommandResult<Vec<ForumRow>> {
    state.with(|s| s.forums(include_archived, today()))
}

#[tauri::command]
pub async fn get_forum(state: State<'_, AppState>, id: String) -> CommandResult<Forum> {
    state.with(|s| s.forum(&id, today()))
}

/// A new forum's form filled in from a template: ministry, district, authority or school.
#[tauri::command]
pub async fn forum_template(state: State<'_, AppState>, template: Template) -> CommandResult<ForumInput> {
    state.with(|s| Ok(s.forum_template(template)))
}

#[tauri::command]
pub async fn save_forum(
    state: State<'_, AppState>,
    id: Option<String>,
    input: ForumInput,
) -> CommandResult<Id> {
    state.with(|s| s.save_forum(id.as_deref(), &input))
}

#[tauri::command]
pub async fn set_setup_step(
    state: State<'_, AppState>,
    forum_id: String,
    school_year: i32,
    step: SetupStep,
    done: bool,
) -> CommandResult<()> {
    state.with(|s| s.set_setup_step(&forum_id, school_year, step, done))
}

/// Plan the year's meetings by the forum's cadence from plan.first_date; resolves to the new ids.
#[tauri::command]
pub async fn plan_meetings(
    state: State<'_, AppState>,
    forum_id: String,
    plan: PlanInput,
) -> CommandResult<Vec<Id>> {
    state.with(|s| s.plan_meetings(&forum_id, &plan))
}

/// The forum's planned meetings as an .ics file, where the user picks in the save dialog.
#[tauri::command]
pub async fn export_forum_calendar(
    app: AppHandle,
    forum_id: String,
) -> CommandResult<Option<String>> {
    let file = app
        .state::<AppState>()
        .with(|s| s.calendar_file(&forum_id, today()))?;
    save_through_dialog(&app, file)
}

#[tauri::command]
pub async fn get_meeting(state: State<'_, AppState>, id: String) -> CommandResult<Meeting> {
    state.with(|s| s.meeting(&id))
}

#[tauri::command]
pub async fn save_meeting(
    state: State<'_, AppState>,
    id: Option<String>,
    forum_id: String,
    input: MeetingInput,
) -> CommandResult<Id> {
    state.with(|s| s.save_meeting(id.as_deref(), &forum_id, &input))
}

/// Off the window's thread: while another program holds the database, the save waits for it
/// (`BUSY_TIMEOUT`) and the window goes on taking keys.
#[tauri::command]
pub async fn set_minutes(
    state: State<'_, AppState>,
    meeting_id: String,
    text: String,
) -> CommandResult<()> {
    state.with(|s| s.set_minutes(&meeting_id, &text))
}

/// Off the window's thread, as `set_minutes`.
#[tauri::command]
pub async fn save_agenda_item(
    state: State<'_, AppState>,
    meeting_id: String,
    id: Option<String>,
    input: AgendaItemInput,
) -> CommandResult<Id> {
    state.with(|s| s.save_agenda_item(&meeting_id, id.as_deref(), &input))
}

/// Move an agenda item up (-1) or down (+1).
#[tauri::command]
pub async fn move_agenda_item(state: State<'_, AppState>, id: String, delta: i32) -> CommandResult<()> {
    state.with(|s| s.move_agenda_item(&id, delta))
}

#[tauri::command]
pub async fn remove_agenda_item(state: State<'_, AppState>, id: String) -> CommandResult<()> {
    state.with(|s| s.remove_agenda_item(&id))
}

/// present, absent, excused, or null to clear.
#[tauri::command]
pub async fn set_attendance(
    state: State<'_, AppState>,
    meeting_id: String,
    person_id: String,
    status: Option<AttendanceStatus>,
) -> CommandResult<()> {
    state.with(|s| s.set_attendance(&meeting_id, &person_id, status))
}

#[tauri::command]
pub async fn add_guest(
    state: State<'_, AppState>,
    meeting_id: String,
    name: String,
) -> CommandResult<Id> {
    state.with(|s| s.add_guest(&meeting_id, &name))
}

#[tauri::command]
pub async fn remove_guest(state: State<'_, AppState>, id: String) -> CommandResult<()> {
    state.with(|s| s.remove_guest(&id))
}

#[tauri::command]
pub async fn save_decision(
    state: State<'_, AppState>,
    meeting_id: String,
    id: Option<String>,
    input: DecisionInput,
) -> CommandResult<Id> {
    state.with(|s| s.save_decision(&meeting_id, id.as_deref(), &input))
}

#[tauri::command]
pub async fn remove_decision(state: State<'_, AppState>, id: String) -> CommandResult<()> {
    state.with(|s| s.remove_decision(&id))
}

#[tauri::command]
pub async fn save_action_item(
    state: State<'_, AppState>,
    meeting_id: String,
    id: Option<String>,
    input: ActionItemInput,
) -> CommandResult<Id> {
    state.with(|s| s.save_action_item(&meeting_id, id.as_deref(), &input))
}

#[tauri::command]
pub async fn remove_action_item(state: State<'_, AppState>, id: String) -> CommandResult<()> {
    state.with(|s| s.remove_action_item(&id))
}

#[tauri::command]
pub async fn set_action_status(
    state: State<'_, AppState>,
    id: String,
    status: ActionStatus,
) -> CommandResult<()> {
    state.with(|s| s.set_action_status(&id, status, today()))
}

#[tauri::command]
pub async fn save_gap(
    state: State<'_, AppState>,
    meeting_id: String,
    id: Option<String>,
    input: GapInput,
) -> CommandResult<Id> {
    state.with(|s| s.save_gap(&meeting_id, id.as_deref(), &input))
}

#[tauri::command]
pub async fn remove_gap(state: State<'_, AppState>, id: String) -> CommandResult<()> {
    state.with(|s| s.remove_gap(&id))
}

#[tauri::command]
pub async fn set_gap_status(
    state: State<'_, AppState>,
    id: String,
    status: GapStatus,
) -> CommandResult<()> {
    state.with(|s| s.set_gap_status(&id, status, today()))
}

#[tauri::command]
pub async fn approve_minutes(
    state: State<'_, AppState>,
    meeting_id: String,
    by: String,
) -> CommandResult<()> {
    state.with(|s| s.approve_minutes(&meeting_id, &by))
}

#[tauri::command]
pub async fn amend_minutes(
    state: State<'_, AppState>,
    meeting_id: String,
    by: String,
    reason: String,
    minutes: String,
) -> CommandResult<Id> {
    state.with(|s| s.amend_minutes(&meeting_id, &by, &reason, &minutes))
}

/// The minutes laid out for printing, every text in the user's language.
#[tauri::command]
pub async fn minutes_document(
    state: State<'_, AppState>,
    meeting_id: String,
) -> CommandResult<MinutesDocument> {
    state.with(|s| s.minutes_document(&meeting_id))
}

/// Save the minutes as PDF where the user picks in the save dialog.
#[tauri::command]
pub async fn save_minutes_pdf(app: AppHandle, meeting_id: String) -> CommandResult<Option<String>> {
    let file = app
        .state::<AppState>()
        .with(|s| s.minutes_file(&meeting_id, today()))?;
    save_through_dialog(&app, file)
}

/// What is due, across action items, program moves and work-plan tasks.
#[tauri::command]
pub async fn list_due(state: State<'_, AppState>, filter: DueFilter) -> CommandResult<Vec<DueItem>> {
    state.with(|s| s.due(&filter, today()))
}

/// Where something due stands, in its own kind of status.
#[tauri::command]
pub async fn set_due_status(
    state: State<'_, AppState>,
    source: DueSource,
    id: String,
    status: String,
) -> CommandResult<()> {
    state.with(|s| s.set_due_status(source, &id, &status, today()))
}

/// The home screen's forums, action items, gaps and coming meetings.
#[tauri::command]
pub async fn overview(state: State<'_, AppState>) -> CommandResult<Overview> {
    state.with(|s| s.overview(today()))
}
