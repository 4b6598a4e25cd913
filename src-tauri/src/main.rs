//! The Eshkol desktop shell: opens the store, hosts the UI, and registers the commands (`app`,
//! `directory`, `forums`, `visits`, `emergency`, `backups`, `sharing`), which share `state`.
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

mod app;
mod backups;
mod directory;
mod forums;
mod sharing;
mod state;
mod emergency;
mod plan;
mod programs;
mod visits;

use eshkol_core::{
    Store, backup, config,
    instance::{self, Claim},
};
use tauri::Manager;

/// When this process started: the start-up time `home_painted` reports is measured from here.
pub static STARTED: std::sync::LazyLock<std::time::Instant> =
    std::sync::LazyLock::new(std::time::Instant::now);

fn main() {
    std::sync::LazyLock::force(&STARTED);
    tauri::Builder::default()
        .plugin(tauri_plugin_dialog::init())
        .plugin(tauri_plugin_opener::init())
        .setup(|app| {
            let data_dir = app.path().app_data_dir()?;
            let path = config::database_path(
                std::env::args(),
                std::env::var(config::DATABASE_ENV).ok(),
                &data_dir,
            );
            // One Eshkol per database: a second start brings the first window forward and quits
            // before it opens anything.
            let handle = app.handle().clone();
            let activate = move || {
                if let Some(window) = handle.get_webview_window("main") {
                    let _ = window.unminimize();
                    let _ = window.show();
                    let _ = window.set_focus();
                }
            };
            match instance::claim(&path, activate) {
                Ok(Claim::Running) => std::process::exit(0),
                Ok(Claim::First(guard)) => {
                    app.manage(guard);
                }
                Err(e) => eprintln!("eshkol: cannot tell whether Eshkol already runs: {e}"),
            }
            // A database that cannot be opened is shown to the user by `bootstrap`, never a panic.
            let store = Store::open(&path);
            if let (Ok(store), Some(window)) = (&store, app.get_webview_window("main")) {
                let _ = window.set_title(&store.messages().get("app-title"));
            }
            if let Some(window) = app.get_webview_window("main") {
                app::fit_to_screen(&window);
            }
            if store.is_ok() {
                // The daily backup reads through its own connection, beside the app's.
                let database = path.clone();
                std::thread::spawn(move || {
                    if let Err(e) = backup::daily_backup(&database, eshkol_core::today()) {
                        eprintln!("eshkol: the daily backup was not made: {e}");
                    }
                });
            }
            app.manage(state::AppState::new(store, path));
            Ok(())
        })
        .invoke_handler(tauri::generate_handler![
            app::bootstrap,
            app::set_locale,
            app::start_empty,
            app::load_sample,
            directory::list_people,
            directory::get_person,
            directory::save_person,
            directory::list_clusters,
            directory::cluster_choices,
            directory::get_cluster,
            directory::save_cluster,
            directory::get_settlement,
            directory::save_settlement,
            directory::list_organizations,
            directory::get_organization,
            directory::save_organization,
            directory::set_archived,
            app::open_link,
            directory::contact_sheet,
            app::print_page,
            directory::export_people,
            directory::save_contact_sheet_pdf,
            directory::import_open,
            directory::import_paste,
            directory::import_remap,
            directory::import_commit,
            directory::import_cancel,
            forums::list_forums,
            forums::get_forum,
            forums::forum_template,
            forums::save_forum,
            forums::set_setup_step,
            forums::plan_meetings,
            forums::export_forum_calendar,
            forums::get_meeting,
            forums::save_meeting,
            forums::set_minutes,
            forums::save_agenda_item,
            forums::move_agenda_item,
            forums::remove_agenda_item,
            forums::set_attendance,
            forums::add_guest,
            forums::remove_guest,
            forums::save_decision,
            forums::remove_decision,
            forums::save_action_item,
            forums::remove_action_item,
            forums::set_action_status,
            forums::save_gap,
            forums::remove_gap,
            forums::set_gap_status,
            forums::approve_minutes,
            forums::amend_minutes,
            forums::minutes_document,
            forums::save_minutes_pdf,
            forums::list_action_items,
            forums::list_due,
            forums::set_due_status,
            forums::overview,
            app::search,
            app::read_date,
            app::read_number,
            app::read_time,
            backups::backup_status,
            backups::startup_problem,
            backups::save_backup,
            backups::restore_backup,
            backups::restore_latest_backup,
            app::home_painted,
            plan::list_plans,
            plan::get_plan_year,
            plan::save_work_plan,
            plan::save_plan_goal,
            plan::save_plan_objective,
            plan::save_plan_task,
            plan::move_plan_task,
            plan::save_plan_indicator,
            plan::save_plan_actual,
            plan::save_plan_lessons,
            plan::remove_plan_part,
            plan::close_plan_year,
            plan::export_plan_report,
            programs::list_programs,
            programs::get_program,
            programs::save_program,
            programs::set_program_archived,
            programs::save_program_move,
            programs::remove_program_move,
            programs::save_program_figures,
            programs::programs_here,
            programs::overdue_moves,
            programs::participation,
            programs::export_participation,
            programs::list_delegations,
            programs::get_delegation,
            programs::save_delegation,
            programs::add_delegation_follow_up,
            programs::export_itinerary,
            emergency::emergency_capabilities,
            emergency::save_emergency_capability,
            emergency::merge_emergency_capabilities,
            emergency::list_volunteers,
            emergency::get_volunteer,
            emergency::save_volunteer,
            emergency::set_volunteer_left,
            emergency::get_organization_readiness,
            emergency::save_organization_readiness,
            emergency::who_can_help,
            emergency::list_trainings,
            emergency::save_training,
            emergency::set_required_training,
            emergency::list_drills,
            emergency::add_drill,
            emergency::set_drill_answered,
            emergency::distribution_lists,
            emergency::save_distribution_list,
            emergency::remove_distribution_list,
            emergency::list_members,
            emergency::list_emails,
            emergency::list_rounds,
            emergency::start_round,
            emergency::round_requests,
            emergency::round_subject,
            emergency::set_request_status,
            emergency::round_email,
            emergency::round_form_printed,
            emergency::save_round_workbook,
            emergency::open_round_reply,
            emergency::apply_round_changes,
            emergency::close_round,
            emergency::emergency_sheet,
            emergency::export_emergency_sheet,
            emergency::emergency_matrix_document,
            emergency::export_emergency_matrix,
            emergency::organizations_readiness,

            visits::visit_purposes,
            visits::add_visit_purpose,
            visits::save_visit,
            visits::remove_visit,
            visits::get_visit,
            visits::open_sensitive_notes,
            visits::settlement_visits,
            visits::recent_visits,
            visits::recent_settlements,
            visits::save_follow_up,
            visits::remove_follow_up,
            visits::coverage_document,
            visits::stale_settlements,
            visits::export_coverage,
            sharing::sharing_status,
            sharing::create_department,
            sharing::save_join_file,
            sharing::join_department,
            sharing::sync_now,
            sharing::list_conflicts,
            sharing::resolve_conflict,
        ])
        .run(tauri::generate_context!())
        .expect("error while running Eshkol");
}
