//! Tauri commands for the app as a whole: the first screen, the language, the sample
//! department, links, printing, reading a typed date or time, search, and the start-up mark.
//! Each one calls `eshkol-core`.

use eshkol_core::{
    Bootstrap, Error,
    directory::links,
    model,
    sample::SampleSummary,
    search::{SearchQuery, SearchResults},
};
use tauri::{AppHandle, Manager, State, WebviewWindow};
use tauri_plugin_opener::OpenerExt;

use crate::state::{AppState, CommandResult};

/// Language, first-run state and record counts: what the first screen needs.
#[tauri::command]
pub async fn bootstrap(state: State<'_, AppState>) -> CommandResult<Bootstrap> {
    state.with(|store| store.bootstrap())
}

#[tauri::command]
pub async fn set_locale(
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
pub async fn start_empty(state: State<'_, AppState>) -> CommandResult<Bootstrap> {
    state.with(|store| store.start_empty())
}

#[tauri::command]
pub async fn load_sample(state: State<'_, AppState>) -> CommandResult<SampleSummary> {
    state.with(|store| store.load_sample())
}

/// Open a tel: or mailto: link with the system's own handler.
#[tauri::command]
pub async fn open_link(state: State<'_, AppState>, app: AppHandle, url: String) -> CommandResult<()> {
    state.with(|_| {
        let url = links::external(&url)?;
        // No handler for tel: or mailto: on this system is not the user's mistake: nothing to report.
        let _ = app.opener().open_url(url, None::<&str>);
        Ok(())
    })
}

/// Open the system's print dialog for what the window shows (the UI's print styles pick the pages).
#[tauri::command]
pub async fn print_page(state: State<'_, AppState>, window: WebviewWindow) -> CommandResult<()> {
    state.with(|_| {
        window
            .print()
            .map_err(|e| Error::Io(std::io::Error::other(e.to_string())))
    })
}

/// How a date field's text reads, day first (`15.12.2026`, `15122026`): shown beside the field.
#[tauri::command]
pub async fn read_date(state: State<'_, AppState>, text: String) -> CommandResult<String> {
    state.with(|_| model::typed_date(&text).map(|date| date.to_string()))
}

/// How a number field's text reads (`5,5` is 5.5, `1 200` is 1200), or nothing when it is empty.
#[tauri::command]
pub async fn read_number(state: State<'_, AppState>, text: String) -> CommandResult<Option<f64>> {
    state.with(|_| model::typed_number(&text))
}

/// How a time field's text reads (`1730` is 17:30), or nothing when it is empty.
#[tauri::command]
pub async fn read_time(state: State<'_, AppState>, text: String) -> CommandResult<Option<String>> {
    state.with(|_| model::typed_time(&text))
}

/// Every kind of record at once: { text, include_sensitive } → { groups: [{ kind, total, hits }]
/// }.
#[tauri::command]
pub async fn search(state: State<'_, AppState>, query: SearchQuery) -> CommandResult<SearchResults> {
    state.with(|store| store.search(&query))
}

/// The UI has painted the home screen with its data, the first time since start. Noted on
/// standard error with the time since the process started: the start-up benchmark waits for
/// this line, and it tells anyone why start-up felt slow.
#[tauri::command]
pub async fn home_painted() -> CommandResult<()> {
    eprintln!(
        "eshkol: home screen painted {} ms after start",
        crate::STARTED.elapsed().as_millis()
    );
    Ok(())
}

/// The main window comes forward (a second start of Eshkol asked for it): shown, restored
/// and focused.
pub fn bring_forward(app: &AppHandle) {
    if let Some(window) = app.get_webview_window("main") {
        let _ = window.unminimize();
        let _ = window.show();
        let _ = window.set_focus();
    }
}

/// The first window fits the screen it opens on: 1200×800 is larger than a 1024×768 screen,
/// whose edge would cut it. A window that fits already is left as it is; one that does not
/// takes the screen's work area (its taskbar left clear), less a margin, and is centred.
pub fn fit_to_screen(window: &WebviewWindow) {
    let (Ok(Some(monitor)), Ok(size)) = (window.current_monitor(), window.outer_size()) else {
        return;
    };
    let area = monitor.work_area();
    let (width, height) = fitted((size.width, size.height), (area.size.width, area.size.height));
    if (width, height) != (size.width, size.height) {
        let _ = window.set_size(tauri::PhysicalSize::new(width, height));
        // Centred in the work area by hand: `center()` places it by the size it had.
        let x = area.position.x + ((area.size.width - width) / 2) as i32;
        let y = area.position.y + ((area.size.height - height) / 2) as i32;
        let _ = window.set_position(tauri::PhysicalPosition::new(x, y));
    }
}

/// A window's size within a screen's work area, with a margin of 2% each way; unchanged when it fits.
fn fitted(window: (u32, u32), area: (u32, u32)) -> (u32, u32) {
    let within = |want: u32, have: u32| if want <= have { want } else { have - have / 50 };
    (within(window.0, area.0), within(window.1, area.1))
}

#[cfg(test)]
mod fit_tests {
    use super::fitted;

    #[test]
    fn a_window_larger_than_the_screen_shrinks_to_it_and_one_that_fits_stays() {
        assert_eq!(fitted((1200, 800), (1024, 728)), (1004, 714));
        assert_eq!(fitted((1200, 800), (1920, 1040)), (1200, 800));
        assert_eq!(fitted((1200, 800), (1366, 728)), (1200, 714));
    }
}
