//! A bare Tauri window: one page of text, one command. What any Tauri app costs before it does
//! anything; Eshkol's start-up and memory are measured beside it.

static STARTED: std::sync::LazyLock<std::time::Instant> =
    std::sync::LazyLock::new(std::time::Instant::now);

/// The page is painted: the same line, at the same moment, as Eshkol's `home_painted`.
#[tauri::command]
fn home_painted() {
    eprintln!("eshkol-bare: home screen painted {} ms after start", STARTED.elapsed().as_millis());
}

fn main() {
    std::sync::LazyLock::force(&STARTED);
    tauri::Builder::default()
        .invoke_handler(tauri::generate_handler![home_painted])
        .run(tauri::generate_context!())
        .expect("the bare window opens");
}
