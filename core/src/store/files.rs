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

    /// `name.extension`, as the save dialog offers it: a name every system accepts. What a
    /// record's name may hold and Windows refuses in a file's name (`ביה"ס`, `צפון/דרום`, a
    /// colon) becomes a dash, and a name may not end in a dot or a space there.
    pub fn file_name(&self) -> String {
        let name: String = self
            .name
            .chars()
            .map(|c| {
                if matches!(c, '<' | '>' | ':' | '"' | '/' | '\\' | '|' | '?' | '*')
                    || c.is_control()
                {
                    '-'
                } else {
                    c
                }
            })
            .collect();
        let name = name.trim_end_matches(['.', ' ']);
        let name = if name.is_empty() { "eshkol" } else { name };
        format!("{name}.{}", self.extension)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_suggested_name_is_one_windows_accepts_too() {
        let file = |name: &str| SavedFile::new(Vec::new(), name.into(), "pdf", String::new());
        assert_eq!(
            file("דף חירום — בית ספר ביה\"ס").file_name(),
            "דף חירום — בית ספר ביה-ס.pdf"
        );
        assert_eq!(file("צפון/דרום: 12:30").file_name(), "צפון-דרום- 12-30.pdf");
        assert_eq!(file("מסמך. ").file_name(), "מסמך.pdf");
        assert_eq!(file("").file_name(), "eshkol.pdf");
        assert_eq!(
            file("פרוטוקול 2026-12-07").file_name(),
            "פרוטוקול 2026-12-07.pdf"
        );
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
