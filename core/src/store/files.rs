//! A file Eshkol saves where the user chooses, and writing one whole or not at all: the shape
//! every area's saved file takes (a document, a join file, a backup), so that the shell's save
//! commands are all the same.

use crate::error::Result;

/// A file to save where the user chooses: its bytes, the name the save dialog suggests (without
/// the extension), the extension, and the dialog's title, all in the user's language. Every
/// save command of the shell is the same: build this in core, then open the dialog.
#[derive(Clone, Debug)]
pub struct SavedFile {
    pub bytes: Vec<u8>,
    pub name: String,
    pub extension: &'static str,
    pub title: String,
}

impl SavedFile {
    pub(crate) fn new(
        bytes: Vec<u8>,
        name: String,
        extension: &'static str,
        title: String,
    ) -> Self {
        SavedFile {
            bytes,
            name,
            extension,
            title,
        }
    }

    /// `name.extension`, as the save dialog offers it.
    pub fn file_name(&self) -> String {
        format!("{}.{}", self.name, self.extension)
    }
}

/// Write `bytes` to `path` whole or not at all: a temporary file beside it, then a rename.
pub fn write_file(path: &std::path::Path, bytes: &[u8]) -> Result<()> {
    let mut temp = path.as_os_str().to_owned();
    temp.push(".eshkol-partial");
    let temp = std::path::PathBuf::from(temp);
    std::fs::write(&temp, bytes)?;
    std::fs::rename(&temp, path).inspect_err(|_| {
        let _ = std::fs::remove_file(&temp);
    })?;
    Ok(())
}
