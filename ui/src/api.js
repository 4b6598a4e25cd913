// The one module that talks to the Rust side. Screens call these functions and never see IPC.
import { invoke } from '@tauri-apps/api/core';

/** A failed command: `code` is stable, `message` is already in the user's language. */
export class ApiError extends Error {
  constructor(code, message, field = null, fields = []) {
    super(message);
    this.code = code;
    /** The input field to fix (`full_name`, `mobile`, …), when the error is about one. */
    this.field = field;
    /** Every field to fix with its own message, when a form has several problems. */
    this.fields = fields;
  }
}

async function call(command, args) {
  try {
    return await invoke(command, args);
  } catch (e) {
    if (e && typeof e === 'object' && 'code' in e && 'message' in e) throw new ApiError(e.code, e.message, e.field ?? null, e.fields ?? []);
    throw new ApiError('internal', String(e));
  }
}

export const api = {
  /** Language, first-run state and record counts: what the first screen needs. */
  bootstrap: () => call('bootstrap'),
  /** How a typed date reads (15.12.2026, 15/12/26, 15122026): `YYYY-MM-DD`, or an error that says how to write it. */
  readDate: (text) => call('read_date', { text }),
  /** How a typed number reads (5,5 · 1 200 · ٥٫٥): the number, null when empty, or an error that says how to write it. */
  readNumber: (text) => call('read_number', { text }),
  /** How a typed time reads (17:30, 1730): `HH:MM`, null when empty, or an error. */
  readTime: (text) => call('read_time', { text }),
  setLocale: (locale) => call('set_locale', { locale }),
  startEmpty: () => call('start_empty'),
  loadSample: () => call('load_sample'),
  listPeople: (includeArchived = false) => call('list_people', { includeArchived }),
  getPerson: (id) => call('get_person', { id }),
  /** Create (id null) or update a person; a duplicate mobile or email is refused unless allowed. */
  savePerson: (id, input, allowDuplicate = false) => call('save_person', { id, input, allowDuplicate }),
  listClusters: (includeArchived = false) => call('list_clusters', { includeArchived }),
  /** Live clusters' ids and names, for a filter: without their settlements. */
  clusterChoices: () => call('cluster_choices'),
  getCluster: (id) => call('get_cluster', { id }),
  saveCluster: (id, input) => call('save_cluster', { id, input }),
  getSettlement: (id) => call('get_settlement', { id }),
  saveSettlement: (id, input) => call('save_settlement', { id, input }),
  listOrganizations: (includeArchived = false) => call('list_organizations', { includeArchived }),
  getOrganization: (id) => call('get_organization', { id }),
  saveOrganization: (id, input) => call('save_organization', { id, input }),
  /** Archive or restore: kind is cluster, settlement, organization or person. */
  setArchived: (kind, id, archived) => call('set_archived', { kind, id, archived }),
  /** The contact sheet, laid out in pages: { grouping, columns, ids }. */
  contactSheet: (options) => call('contact_sheet', { options }),
  /** Export people to a file picked in the save dialog; resolves to its path, or null if cancelled. */
  exportPeople: (format, ids = null) => call('export_people', { format, ids }),
  /** Choose a contact list to import; resolves to its preview, or null if cancelled. */
  importOpen: () => call('import_open'),
  /** A table pasted from Excel or Word, previewed like an opened file. */
  importPaste: (text) => call('import_paste', { text }),
  /** The preview again with the columns as the user set them (one target or null per column). */
  importRemap: (mapping, firstRow = 0) => call('import_remap', { mapping, firstRow }),
  /** Write the import; resolves to { created, updated, skipped }. */
  importCommit: (mapping) => call('import_commit', { mapping }),
  importCancel: () => call('import_cancel'),
  /** Save the contact sheet as PDF where the user picks; resolves to the path, or null. */
  saveContactSheetPdf: (options) => call('save_contact_sheet_pdf', { options }),
  /** The system's print dialog for the window. */
  printPage: () => call('print_page'),
  // Forums and meetings.
  listForums: (includeArchived = false) => call('list_forums', { includeArchived }),
  getForum: (id) => call('get_forum', { id }),
  /** A new forum's form filled in from a template: ministry, district, authority or school. */
  forumTemplate: (template) => call('forum_template', { template }),
  saveForum: (id, input) => call('save_forum', { id, input }),
  setSetupStep: (forumId, schoolYear, step, done) => call('set_setup_step', { forumId, schoolYear, step, done }),
  /** Plan the year's meetings by the forum's cadence from plan.first_date; resolves to the new ids. */
  planMeetings: (forumId, plan) => call('plan_meetings', { forumId, plan }),
  /** Save the forum's planned meetings as an .ics file; resolves to the path, or null. */
  exportForumCalendar: (forumId) => call('export_forum_calendar', { forumId }),
  getMeeting: (id) => call('get_meeting', { id }),
  saveMeeting: (id, forumId, input) => call('save_meeting', { id, forumId, input }),
  setMinutes: (meetingId, text) => call('set_minutes', { meetingId, text }),
  saveAgendaItem: (meetingId, id, input) => call('save_agenda_item', { meetingId, id, input }),
  /** Move an agenda item up (-1) or down (+1). */
  moveAgendaItem: (id, delta) => call('move_agenda_item', { id, delta }),
  removeAgendaItem: (id) => call('remove_agenda_item', { id }),
  /** present, absent, excused, or null to clear. */
  setAttendance: (meetingId, personId, status) => call('set_attendance', { meetingId, personId, status }),
  addGuest: (meetingId, name) => call('add_guest', { meetingId, name }),
  removeGuest: (id) => call('remove_guest', { id }),
  saveDecision: (meetingId, id, input) => call('save_decision', { meetingId, id, input }),
  removeDecision: (id) => call('remove_decision', { id }),
  saveActionItem: (meetingId, id, input) => call('save_action_item', { meetingId, id, input }),
  removeActionItem: (id) => call('remove_action_item', { id }),
  setActionStatus: (id, status) => call('set_action_status', { id, status }),
  saveGap: (meetingId, id, input) => call('save_gap', { meetingId, id, input }),
  removeGap: (id) => call('remove_gap', { id }),
  setGapStatus: (id, status) => call('set_gap_status', { id, status }),
  approveMinutes: (meetingId, by) => call('approve_minutes', { meetingId, by }),
  amendMinutes: (meetingId, by, reason, minutes) => call('amend_minutes', { meetingId, by, reason, minutes }),
  /** The minutes laid out for printing, every text in the user's language. */
  minutesDocument: (meetingId) => call('minutes_document', { meetingId }),
  saveMinutesPdf: (meetingId) => call('save_minutes_pdf', { meetingId }),
  /** Action items across forums: { owner_id, status, forum_id, overdue }. */
  /** What is due: action items, program moves and work-plan tasks; filter { owner_id, source, status, late }. */
  listDue: (filter) => call('list_due', { filter }),
  /** Set where something due stands, in its own kind of status (an action item's, a move's, a task's). */
  setDueStatus: (source, id, status) => call('set_due_status', { source, id, status }),
  listActionItems: (filter) => call('list_action_items', { filter }),
  /** The home screen's forums, action items, gaps and coming meetings. */
  overview: () => call('overview'),

  /** The capabilities the department counts on in an emergency, each with its holders counted. */
  emergencyCapabilities: () => call('emergency_capabilities'),
  saveEmergencyCapability: (id, input) => call('save_emergency_capability', { id, input }),
  /** `from` means the same as `into`: its holders move, and it goes from the lists. */
  mergeEmergencyCapabilities: (from, into) => call('merge_emergency_capabilities', { from, into }),
  listVolunteers: (includeLeft = false) => call('list_volunteers', { includeLeft }),
  getVolunteer: (personId) => call('get_volunteer', { personId }),
  /** A volunteer: `input.person_id` for someone in the directory, or `input.person` for a new contact. */
  saveVolunteer: (input, allowDuplicate = false) => call('save_volunteer', { input, allowDuplicate }),
  /** No longer volunteering, with the reason; `reason` null when they are back. */
  setVolunteerLeft: (personId, reason) => call('set_volunteer_left', { personId, reason }),
  /** Every live organization with its emergency capabilities, where entered. */
  organizationsReadiness: () => call('organizations_readiness'),
  /** Settlements by emergency clusters, as a printable document. */
  emergencyMatrixDocument: () => call('emergency_matrix_document'),
  /** The matrix as PDF through the save dialog: the path saved, or null if cancelled. */
  exportEmergencyMatrix: () => call('export_emergency_matrix'),
  /** The emergency contact sheet of a settlement, or of a cluster's settlements: { settlement_id } or { cluster_id }. */
  emergencySheet: (target) => call('emergency_sheet', { target }),
  /** The sheet as PDF through the save dialog: the path saved, or null if cancelled. */
  exportEmergencySheet: (target) => call('export_emergency_sheet', { target }),
  listRounds: () => call('list_rounds'),
  /** Start a round ({ name, scope: volunteers | organizations | both }): a request for each. */
  startRound: (input) => call('start_round', { input }),
  /** A round's requests; `only` a status to keep (the phone list of those not answering). */
  roundRequests: (roundId, only = null) => call('round_requests', { roundId, only }),
  /** Whom a request asks and their details as they stand: the printable form. */
  roundSubject: (roundId, subjectId) => call('round_subject', { roundId, subjectId }),
  setRequestStatus: (roundId, subjectId, status) => call('set_request_status', { roundId, subjectId, status }),
  /** The request as an email draft: { to, subject, body, url } (url opens with `openLink`). */
  /** The request's email draft (`mailto:`); making it marks the request sent. */
  roundEmail: (roundId, subjectId) => call('round_email', { roundId, subjectId }),
  /** The request's printed form went to the printer: it is marked sent. */
  roundFormPrinted: (roundId, subjectId) => call('round_form_printed', { roundId, subjectId }),
  saveRoundWorkbook: (roundId, subjectId) => call('save_round_workbook', { roundId, subjectId }),
  /** A returned workbook, chosen in the open dialog, as a comparison; null if cancelled. */
  openRoundReply: () => call('open_round_reply'),
  /** Apply the lines the manager accepted: [{ key, value }]. */
  applyRoundChanges: (roundId, subjectId, changes) => call('apply_round_changes', { roundId, subjectId, changes }),
  closeRound: (roundId) => call('close_round', { roundId }),
  /** The saved distribution lists, each with how many it reaches now. */
  distributionLists: () => call('distribution_lists'),
  saveDistributionList: (id, input) => call('save_distribution_list', { id, input }),
  removeDistributionList: (id) => call('remove_distribution_list', { id }),
  /** Whom a list reaches now; export them with `exportPeople(format, ids)`. */
  listMembers: (id) => call('list_members', { id }),
  /** The members' emails, each once, comma separated: for a BCC line. */
  listEmails: (id) => call('list_emails', { id }),
  listTrainings: () => call('list_trainings'),
  saveTraining: (id, input) => call('save_training', { id, input }),
  /** The training a capability requires: its topic, or '' for none. */
  setRequiredTraining: (capabilityId, topic) => call('set_required_training', { capabilityId, topic }),
  /** The drills, newest first, with their participants and open findings. */
  listDrills: () => call('list_drills'),
  /** A drill and its debrief meeting, where its findings are recorded as gaps and action items. */
  addDrill: (input) => call('add_drill', { input }),
  setDrillAnswered: (drillId, subjectId, answered) => call('set_drill_answered', { drillId, subjectId, answered }),
  getOrganizationReadiness: (organizationId) => call('get_organization_readiness', { organizationId }),
  saveOrganizationReadiness: (organizationId, input) => call('save_organization_readiness', { organizationId, input }),
  /** Who can help in a place with what: helpers nearest first, and how many of each kind. */
  whoCanHelp: (query) => call('who_can_help', { query }),
  visitPurposes: () => call('visit_purposes'),
  addVisitPurpose: (name) => call('add_visit_purpose', { name }),
  /** Create (id null) or update a visit; `input.sensitive_notes` null keeps the stored ones. */
  saveVisit: (id, input) => call('save_visit', { id, input }),
  removeVisit: (id) => call('remove_visit', { id }),
  getVisit: (id) => call('get_visit', { id }),
  /** The sensitive notes of a visit: only when the user asks to see them. */
  openSensitiveNotes: (id) => call('open_sensitive_notes', { id }),
  settlementVisits: (settlementId) => call('settlement_visits', { settlementId }),
  recentVisits: (limit = 30) => call('recent_visits', { limit }),
  recentSettlements: (limit = 8) => call('recent_settlements', { limit }),
  saveFollowUp: (visitId, id, input) => call('save_follow_up', { visitId, id, input }),
  removeFollowUp: (id) => call('remove_follow_up', { id }),
  coverageDocument: (filter) => call('coverage_document', { filter }),
  staleSettlements: (clusterId = null) => call('stale_settlements', { clusterId }),
  /** Save the coverage report as 'pdf' or 'csv' through the save dialog; the path, or null. */
  exportCoverage: (filter, format) => call('export_coverage', { filter, format }),
  /** Every kind of record at once: { text, include_sensitive } → { groups: [{ kind, total, hits }] }. */
  search: (query) => call('search', { query }),
  /** Where the automatic backups go and the latest: { folder, kept, latest }. */
  backupStatus: () => call('backup_status'),
  /** Why the database did not open ({ code, message, database_path, latest_backup }), or null. */
  startupProblem: () => call('startup_problem'),
  /** Save a backup to a file picked in the save dialog; the path, or null. */
  saveBackup: () => call('save_backup'),
  /** Restore from a file picked in the open dialog; where the previous state was kept, or null. */
  restoreBackup: () => call('restore_backup'),
  /** Replace a database that could not be opened by its latest automatic backup. */
  restoreLatestBackup: () => call('restore_latest_backup'),
  /** The home screen is painted with its data (start-up is measured up to here). */
  homePainted: () => call('home_painted'),
  // Sharing the department across laptops.
  /** Where this laptop stands: { sharing, laptop, folder, last_received, laptops, waiting, skipped, conflicts, quiet, … }. */
  sharingStatus: () => call('sharing_status'),
  /** Start a new department: the folder, then where to save the join file, in the dialogs; null if cancelled. */
  createDepartment: (laptopName) => call('create_department', { laptopName }),
  /** Save the join file again; the path, or null. */
  saveJoinFile: () => call('save_join_file'),
  /** Join with a join file and the shared folder chosen in the dialogs; what arrived, or null. */
  joinDepartment: (laptopName, merge) => call('join_department', { laptopName, merge }),
  /** Send what changed here and take in the others' files: { files, changes, waiting, skipped }. */
  syncNow: () => call('sync_now'),
  listConflicts: () => call('list_conflicts'),
  /** Choose `value` (text, or null for empty) for a field in conflict. */
  resolveConflict: (table, key, column, value) => call('resolve_conflict', { table, key, column, value }),
  // The year's work plan.
  listPlans: () => call('list_plans'),
  getPlanYear: (planId, schoolYear) => call('get_plan_year', { planId, schoolYear }),
  saveWorkPlan: (id, input) => call('save_work_plan', { id, input }),
  savePlanGoal: (planId, id, input) => call('save_plan_goal', { planId, id, input }),
  savePlanObjective: (goalId, id, input) => call('save_plan_objective', { goalId, id, input }),
  savePlanTask: (objectiveId, id, input) => call('save_plan_task', { objectiveId, id, input }),
  movePlanTask: (id, delta) => call('move_plan_task', { id, delta }),
  savePlanIndicator: (id, input) => call('save_plan_indicator', { id, input }),
  savePlanActual: (indicatorId, input) => call('save_plan_actual', { indicatorId, input }),
  savePlanLessons: (goalId, schoolYear, input) => call('save_plan_lessons', { goalId, schoolYear, input }),
  removePlanPart: (part, id) => call('remove_plan_part', { part, id }),
  closePlanYear: (planId, schoolYear, rollOver) => call('close_plan_year', { planId, schoolYear, rollOver }),
  exportPlanReport: (planId, schoolYear) => call('export_plan_report', { planId, schoolYear }),

  // Programs and partnerships, and hosted delegations.
  listPrograms: (includeArchived = false) => call('list_programs', { includeArchived }),
  getProgram: (id) => call('get_program', { id }),
  /** Create (id null) or update a program: its partners, places and steering forums with it. */
  saveProgram: (id, input) => call('save_program', { id, input }),
  setProgramArchived: (id, archived) => call('set_program_archived', { id, archived }),
  saveProgramMove: (programId, id, input) => call('save_program_move', { programId, id, input }),
  removeProgramMove: (id) => call('remove_program_move', { id }),
  saveProgramFigures: (programId, input) => call('save_program_figures', { programId, input }),
  /** The programs of a settlement's page, a cluster's, or those a forum steers. */
  programsHere: ({ settlementId = null, clusterId = null, forumId = null }) => call('programs_here', { settlementId, clusterId, forumId }),
  overdueMoves: () => call('overdue_moves'),
  /** Who takes part where in a school year (null: this one). */
  participation: (schoolYear = null) => call('participation', { schoolYear }),
  /** The participation report as PDF (or CSV) in the save dialog; the path, or null. */
  exportParticipation: (schoolYear, csv) => call('export_participation', { schoolYear, csv }),
  /** Every delegation, or those that visited a settlement. */
  listDelegations: (settlementId = null) => call('list_delegations', { settlementId }),
  getDelegation: (id) => call('get_delegation', { id }),
  saveDelegation: (id, input) => call('save_delegation', { id, input }),
  addDelegationFollowUp: (delegationId, input) => call('add_delegation_follow_up', { delegationId, input }),
  /** The itinerary as PDF in the save dialog; the path, or null. */
  exportItinerary: (id) => call('export_itinerary', { id }),
  /** Open a tel: or mailto: link with the system's own handler. */
  openLink: (url) => call('open_link', { url }),
};
