//! Where the database lives: a command-line flag, then an environment variable, then the
//! operating system's application-data directory.

use std::path::{Path, PathBuf};

/// The environment variable that names the database file.
pub const DATABASE_ENV: &str = "ESHKOL_DB";
/// The command-line flag that names the database file (`--db PATH` or `--db=PATH`).
pub const DATABASE_FLAG: &str = "--db";
/// The file name inside the application-data directory.
pub const DATABASE_FILE: &str = "eshkol.sqlite3";

/// Choose the database file. Unknown arguments are ignored (the webview driver adds its own).
pub fn database_path(
    args: impl IntoIterator<Item = String>,
    env: Option<String>,
    app_data_dir: &Path,
) -> PathBuf {
    let mut args = args.into_iter();
    while let Some(arg) = args.next() {
        if arg == DATABASE_FLAG {
            if let Some(path) = args.next().filter(|p| !p.is_empty()) {
                return PathBuf::from(path);
            }
        } else if let Some(path) = arg.strip_prefix("--db=").filter(|p| !p.is_empty()) {
            return PathBuf::from(path);
        }
    }
    match env.filter(|p| !p.trim().is_empty()) {
        Some(path) => PathBuf::from(path),
        None => app_data_dir.join(DATABASE_FILE),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn strings(list: &[&str]) -> Vec<String> {
        list.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn flag_then_env_then_default() {
        let home = Path::new("/data");
        assert_eq!(
            database_path(
                strings(&["eshkol", "--db", "/a.db"]),
                Some("/b.db".into()),
                home
            ),
            PathBuf::from("/a.db")
        );
        assert_eq!(
            database_path(strings(&["eshkol", "--db=/a.db"]), None, home),
            PathBuf::from("/a.db")
        );
        assert_eq!(
            database_path(
                strings(&["eshkol", "--automation"]),
                Some("/b.db".into()),
                home
            ),
            PathBuf::from("/b.db")
        );
        assert_eq!(
            database_path(strings(&["eshkol"]), None, home),
            PathBuf::from("/data/eshkol.sqlite3")
        );
        assert_eq!(
            database_path(strings(&["eshkol", "--db"]), Some(" ".into()), home),
            PathBuf::from("/data/eshkol.sqlite3")
        );
    }
}
