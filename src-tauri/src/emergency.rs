//! Tauri commands for emergency readiness: each one calls `eshkol-core`.

use eshkol_core::{
    directory::import,
    documents::{
        emergency::{EmergencySheet, EmergencySheetTarget, MatrixDocument},
        round::{MailDraft, RoundReply},
    },
    emergency::*,
    model::Id,
    today,
};
use tauri::{AppHandle, Manager, State};
use tauri_plugin_dialog::DialogExt;

use crate::state::{AppState, CommandResult, save_through_dialog};

/// The capabilities the department counts on in an emergency, each with its holders counted.
#[tauri::command]
pub async fn emergency_capabilities(state: State<'_, AppState>) -> CommandResult<Vec<Capability>> {
    state.with(|s| s.emergency_capabilities())
}

#[tauri::command]
pub async fn save_emergency_capability(
    state: State<'_, AppState>,
    id: Option<String>,
    input: CapabilityInput,
) -> CommandResult<Id> {
    state.with(|s| s.save_emergency_capability(id.as_deref(), &input))
}

/// `from` means the same as `into`: its holders move, and it goes from the lists.
#[tauri::command]
pub async fn merge_emergency_capabilities(
    state: State<'_, AppState>,
    from: String,
    into: String,
) -> CommandResult<()> {
    state.with(|s| s.merge_emergency_capabilities(&from, &into))
}

#[tauri::command]
pub async fn list_volunteers(
    state: State<'_, AppState>,
    include_left: bool,
) -> CommandResult<Vec<VolunteerRow>> {
    state.with(|s| s.volunteers(include_left))
}

#[tauri::command]
pub async fn get_volunteer(state: State<'_, AppState>, person_id: String) -> CommandResult<Volunteer> {
    state.with(|s| s.volunteer(&person_id))
}

/// A volunteer: `input.person_id` for someone in the directory, or `input.person` for a new
/// contact.
#[tauri::command]
pub async fn save_volunteer(
    state: State<'_, AppState>,
    input: VolunteerInput,
    allow_duplicate: bool,
) -> CommandResult<Id> {
    state.with(|s| s.save_volunteer(&input, allow_duplicate))
}

/// No longer volunteering, with the reason; `reason` null when they are back.
#[tauri::command]
pub async fn set_volunteer_left(
    state: State<'_, AppState>,
    person_id: String,
    reason: Option<String>,
) -> CommandResult<()> {
    state.with(|s| s.set_volunteer_left(&person_id, reason.as_deref()))
}

#[tauri::command]
pub async fn get_organization_readiness(
    state: State<'_, AppState>,
    organization_id: String,
) -> CommandResult<Option<Readiness>> {
    state.with(|s| s.organization_readiness(&organization_id))
}

#[tauri::command]
pub async fn save_organization_readiness(
    state: State<'_, AppState>,
    organization_id: String,
    input: ReadinessInput,
) -> CommandResult<()> {
    state.with(|s| s.save_organization_readiness(&organization_id, &input))
}

/// Who can help in a place with what: helpers nearest first, and how many of each kind.
#[tauri::command]
pub async fn who_can_help(state: State<'_, AppState>, query: HelpQuery) -> CommandResult<HelpFound> {
    state.with(|s| s.who_can_help(&query))
}

/// Every live organization with its emergency capabilities, where entered.
#[tauri::command]
pub async fn organizations_readiness(state: State<'_, AppState>) -> CommandResult<Vec<ReadinessRow>> {
    state.with(|s| s.organizations_readiness())
}

/// Settlements by emergency clusters, as a printable document.
#[tauri::command]
pub async fn emergency_matrix_document(state: State<'_, AppState>) -> CommandResult<MatrixDocument> {
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

/// The emergency contact sheet of a settlement, or of a cluster's settlements: { settlement_id }
/// or { cluster_id }.
#[tauri::command]
pub async fn emergency_sheet(
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

#[tauri::command]
pub async fn list_rounds(state: State<'_, AppState>) -> CommandResult<Vec<RoundRow>> {
    state.with(|s| s.rounds())
}

/// Start a round ({ name, scope: volunteers | organizations | both }): a request for each.
#[tauri::command]
pub async fn start_round(state: State<'_, AppState>, input: RoundInput) -> CommandResult<Id> {
    state.with(|s| s.start_round(&input, today()))
}

/// A round's requests; `only` a status to keep (the phone list of those not answering).
#[tauri::command]
pub async fn round_requests(
    state: State<'_, AppState>,
    round_id: String,
    only: Option<RequestStatus>,
) -> CommandResult<Vec<RequestRow>> {
    state.with(|s| s.round_requests(&round_id, only))
}

/// Whom a request asks and their details as they stand: the printable form.
#[tauri::command]
pub async fn round_subject(
    state: State<'_, AppState>,
    round_id: String,
    subject_id: String,
) -> CommandResult<RoundSubject> {
    state.with(|s| s.round_subject(&round_id, &subject_id))
}

#[tauri::command]
pub async fn set_request_status(
    state: State<'_, AppState>,
    round_id: String,
    subject_id: String,
    status: RequestStatus,
) -> CommandResult<()> {
    state.with(|s| s.set_request_status(&round_id, &subject_id, status, today()))
}

/// The request's email draft (`mailto:`); making it marks the request sent.
#[tauri::command]
pub async fn round_email(
    state: State<'_, AppState>,
    round_id: String,
    subject_id: String,
) -> CommandResult<MailDraft> {
    state.with(|s| s.send_round_email(&round_id, &subject_id, today()))
}

/// The request's printed form went to the printer: it counts as sent.
#[tauri::command]
pub async fn round_form_printed(state: State<'_, AppState>, round_id: String, subject_id: String) -> CommandResult<()> {
    state.with(|s| s.request_sent(&round_id, &subject_id, today()))
}

/// The personal workbook, where the user picks in the save dialog.
#[tauri::command]
pub async fn save_round_workbook(
    app: AppHandle,
    round_id: String,
    subject_id: String,
) -> CommandResult<Option<String>> {
    let file = app
        .state::<AppState>()
        .with(|s| s.round_workbook(&round_id, &subject_id, today()))?;
    let saved = save_through_dialog(&app, file)?;
    // Saved, it is on its way to the person: the request counts as sent.
    if saved.is_some() {
        app.state::<AppState>()
            .with(|s| s.request_sent(&round_id, &subject_id, today()))?;
    }
    Ok(saved)
}

/// A returned workbook, chosen in the open dialog, as a comparison. Nothing when cancelled.
#[tauri::command]
pub async fn open_round_reply(app: AppHandle) -> CommandResult<Option<RoundReply>> {
    let state = app.state::<AppState>();
    let title = state.with(|s| Ok(s.messages().get("round-reply-dialog-title")))?;
    let chosen = app
        .dialog()
        .file()
        .set_title(title)
        .add_filter("Excel", &["xlsx"])
        .blocking_pick_file();
    let Some(Ok(path)) = chosen.map(|p| p.into_path()) else {
        return Ok(None);
    };
    let file = import::read_file(&path);
    state.with(|s| {
        let (name, bytes) = file?;
        s.read_round_reply(&name, &bytes).map(Some)
    })
}

/// Apply the lines the manager accepted: [{ key, value }].
#[tauri::command]
pub async fn apply_round_changes(
    state: State<'_, AppState>,
    round_id: String,
    subject_id: String,
    changes: Vec<ProposedChange>,
) -> CommandResult<()> {
    state.with(|s| s.apply_round_changes(&round_id, &subject_id, &changes, today()))
}

#[tauri::command]
pub async fn close_round(state: State<'_, AppState>, round_id: String) -> CommandResult<RoundRow> {
    state.with(|s| s.close_round(&round_id, today()))
}

/// The saved distribution lists, each with how many it reaches now.
#[tauri::command]
pub async fn distribution_lists(state: State<'_, AppState>) -> CommandResult<Vec<DistributionList>> {
    state.with(|s| s.distribution_lists())
}

#[tauri::command]
pub async fn save_distribution_list(
    state: State<'_, AppState>,
    id: Option<String>,
    input: DistributionListInput,
) -> CommandResult<Id> {
    state.with(|s| s.save_distribution_list(id.as_deref(), &input))
}

#[tauri::command]
pub async fn remove_distribution_list(state: State<'_, AppState>, id: String) -> CommandResult<()> {
    state.with(|s| s.remove_distribution_list(&id))
}

/// Whom a list reaches now; export them with `exportPeople(format, ids)`.
#[tauri::command]
pub async fn list_members(state: State<'_, AppState>, id: String) -> CommandResult<Vec<ListMember>> {
    state.with(|s| s.list_members(&id))
}

/// The members' emails, each once, comma separated: for a BCC line.
#[tauri::command]
pub async fn list_emails(state: State<'_, AppState>, id: String) -> CommandResult<String> {
    state.with(|s| s.list_emails(&id))
}

#[tauri::command]
pub async fn list_trainings(state: State<'_, AppState>) -> CommandResult<Vec<Training>> {
    state.with(|s| s.trainings())
}

#[tauri::command]
pub async fn save_training(
    state: State<'_, AppState>,
    id: Option<String>,
    input: TrainingInput,
) -> CommandResult<Id> {
    state.with(|s| s.save_training(id.as_deref(), &input))
}

/// The training a capability requires: its topic, or '' for none.
#[tauri::command]
pub async fn set_required_training(
    state: State<'_, AppState>,
    capability_id: String,
    topic: String,
) -> CommandResult<()> {
    state.with(|s| s.set_required_training(&capability_id, &topic))
}

/// The drills, newest first, with their participants and open findings.
#[tauri::command]
pub async fn list_drills(state: State<'_, AppState>) -> CommandResult<Vec<Drill>> {
    state.with(|s| s.drills())
}

/// A drill and its debrief meeting, where its findings are recorded as gaps and action items.
#[tauri::command]
pub async fn add_drill(state: State<'_, AppState>, input: DrillInput) -> CommandResult<Id> {
    state.with(|s| s.add_drill(&input, today()))
}

#[tauri::command]
pub async fn set_drill_answered(
    state: State<'_, AppState>,
    drill_id: String,
    subject_id: String,
    answered: bool,
) -> CommandResult<()> {
    state.with(|s| s.set_drill_answered(&drill_id, &subject_id, answered))
}
