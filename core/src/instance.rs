//! One running Eshkol per database file.
//!
//! The first instance to open a database listens on a local socket beside it
//! (`.<file name>.instance`, a Unix domain socket: no network). A second instance started on
//! the same file finds the socket answering, asks the first to come forward, and quits before
//! it opens anything. A socket left behind by a crashed instance does not answer and is
//! replaced. Different database files do not affect each other. On Windows, which has no Unix
//! socket in Rust's standard library, the shell's single-instance plugin does it instead.

use std::path::{Path, PathBuf};

/// What a new instance finds when it claims a database.
pub enum Claim {
    /// No other instance has the file: this one does. Every time another instance asks,
    /// `on_activate` is called (on a thread of its own).
    First(Guard),
    /// Another instance has the file and was asked to come forward: quit.
    Running,
}

/// Holds the claim while the app runs; the socket file is removed when it is dropped.
pub struct Guard {
    #[allow(dead_code)]
    path: PathBuf,
}

impl Drop for Guard {
    fn drop(&mut self) {
        #[cfg(unix)]
        let _ = std::fs::remove_file(&self.path);
    }
}

/// The socket beside `database`.
pub fn socket_path(database: &Path) -> PathBuf {
    let name = database
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "eshkol".into());
    database.with_file_name(format!(".{name}.instance"))
}

#[cfg(unix)]
pub fn claim(database: &Path, on_activate: impl Fn() + Send + 'static) -> std::io::Result<Claim> {
    use std::{
        io::{Read, Write},
        os::unix::net::{UnixListener, UnixStream},
    };

    let path = socket_path(database);
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir)?;
    }
    if let Ok(mut running) = UnixStream::connect(&path) {
        running.write_all(b"activate\n")?;
        // Wait for the answer, so the first instance has acted before this one quits.
        let mut answer = [0u8; 3];
        let _ = running.set_read_timeout(Some(std::time::Duration::from_secs(5)));
        let _ = running.read(&mut answer);
        return Ok(Claim::Running);
    }
    // Nobody answers: a socket left by a crash, or none at all.
    let _ = std::fs::remove_file(&path);
    let listener = UnixListener::bind(&path)?;
    std::thread::spawn(move || {
        for stream in listener.incoming() {
            let Ok(mut stream) = stream else { continue };
            let mut request = [0u8; 16];
            let _ = stream.set_read_timeout(Some(std::time::Duration::from_secs(2)));
            if matches!(stream.read(&mut request), Ok(n) if request[..n].starts_with(b"activate")) {
                on_activate();
                let _ = stream.write_all(b"ok\n");
            }
        }
    });
    Ok(Claim::First(Guard { path }))
}

/// Elsewhere (Windows) the shell's `tauri-plugin-single-instance` keeps one Eshkol running,
/// for every database at once, and brings it forward; here every start is a first one.
#[cfg(not(unix))]
pub fn claim(database: &Path, _on_activate: impl Fn() + Send + 'static) -> std::io::Result<Claim> {
    Ok(Claim::First(Guard {
        path: socket_path(database),
    }))
}

#[cfg(all(test, unix))]
mod tests {
    use super::*;
    use std::sync::{
        Arc,
        atomic::{AtomicUsize, Ordering},
    };

    #[test]
    fn a_second_claim_on_the_same_file_activates_the_first() {
        let dir = tempfile::tempdir().unwrap();
        let db = dir.path().join("eshkol.sqlite3");
        let activations = Arc::new(AtomicUsize::new(0));
        let seen = activations.clone();
        let first = claim(&db, move || {
            seen.fetch_add(1, Ordering::SeqCst);
        })
        .unwrap();
        assert!(matches!(first, Claim::First(_)));
        assert!(matches!(claim(&db, || {}).unwrap(), Claim::Running));
        assert!(matches!(claim(&db, || {}).unwrap(), Claim::Running));
        assert_eq!(activations.load(Ordering::SeqCst), 2);
        // Another file is another claim.
        let other = claim(&dir.path().join("other.sqlite3"), || {}).unwrap();
        assert!(matches!(other, Claim::First(_)));
        // Once the first is gone, the next one is first again.
        drop(first);
        assert!(matches!(claim(&db, || {}).unwrap(), Claim::First(_)));
    }

    #[test]
    fn a_socket_left_by_a_crash_is_replaced() {
        let dir = tempfile::tempdir().unwrap();
        let db = dir.path().join("eshkol.sqlite3");
        // A socket file nobody listens on, as SIGKILL leaves it.
        drop(std::os::unix::net::UnixListener::bind(socket_path(&db)).unwrap());
        assert!(socket_path(&db).exists());
        assert!(matches!(claim(&db, || {}).unwrap(), Claim::First(_)));
    }
}
