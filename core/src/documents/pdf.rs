//! PDF documents typeset by Typst, used as a library: right-to-left text, Arabic shaping and
//! text that extracts in logical order come from a real typesetting engine. The fonts are
//! embedded in the app (see `core/fonts/`), so a PDF looks the same on every machine.

use std::sync::OnceLock;

use chrono::NaiveDate;

use typst::{
    Library, LibraryExt, World,
    diag::{FileError, FileResult},
    foundations::{Bytes, Datetime},
    syntax::{FileId, RootedPath, Source, VirtualPath, VirtualRoot},
    text::{Font, FontBook},
    utils::LazyHash,
};

use typst_layout::PagedDocument;

use super::{SavedFile, sheet::SheetOptions};
use crate::{
    error::{Error, Result},
    store::Store,
};

const FONT_FILES: &[&[u8]] = &[
    include_bytes!("../../fonts/NotoSansHebrew-Regular.ttf"),
    include_bytes!("../../fonts/NotoSansHebrew-Bold.ttf"),
    include_bytes!("../../fonts/NotoSansArabic-Regular.ttf"),
    include_bytes!("../../fonts/NotoSansArabic-Bold.ttf"),
    include_bytes!("../../fonts/NotoSans-Regular.ttf"),
    include_bytes!("../../fonts/NotoSans-Bold.ttf"),
];

/// The embedded fonts and the standard library, made once.
struct Shared {
    library: LazyHash<Library>,
    book: LazyHash<FontBook>,
    fonts: Vec<Font>,
}

fn shared() -> &'static Shared {
    static SHARED: OnceLock<Shared> = OnceLock::new();
    SHARED.get_or_init(|| {
        let fonts: Vec<Font> = FONT_FILES
            .iter()
            .flat_map(|data| Font::iter(Bytes::new(*data)))
            .collect();
        Shared {
            library: LazyHash::new(Library::default()),
            book: LazyHash::new(FontBook::from_fonts(&fonts)),
            fonts,
        }
    })
}

fn file_id(path: &str) -> FileId {
    RootedPath::new(
        VirtualRoot::Project,
        VirtualPath::new(path).expect("static paths are valid"),
    )
    .intern()
}

/// One document: a template and its data, nothing else reachable.
struct Document {
    main: Source,
    data_id: FileId,
    data: Bytes,
    today: NaiveDate,
}

impl World for Document {
    fn library(&self) -> &LazyHash<Library> {
        &shared().library
    }

    fn book(&self) -> &LazyHash<FontBook> {
        &shared().book
    }

    fn main(&self) -> FileId {
        self.main.id()
    }

    fn source(&self, id: FileId) -> FileResult<Source> {
        if id == self.main.id() {
            Ok(self.main.clone())
        } else {
            Err(FileError::AccessDenied)
        }
    }

    fn file(&self, id: FileId) -> FileResult<Bytes> {
        if id == self.data_id {
            Ok(self.data.clone())
        } else {
            Err(FileError::AccessDenied)
        }
    }

    fn font(&self, index: usize) -> Option<Font> {
        shared().fonts.get(index).cloned()
    }

    fn today(&self, _offset: Option<typst::foundations::Duration>) -> Option<Datetime> {
        use chrono::Datelike;
        Datetime::from_ymd(
            self.today.year(),
            self.today.month() as u8,
            self.today.day() as u8,
        )
    }
}

/// Typeset `template` with `data` (served to it as `/data.json`) into PDF bytes.
pub fn render(template: &str, data: &impl serde::Serialize, today: NaiveDate) -> Result<Vec<u8>> {
    // Typst runs the bidirectional algorithm on each paragraph itself; Fluent's isolation marks
    // around arguments would only add stray gaps between a number and its words.
    let json = serde_json::to_string(data)
        .map_err(|e| Error::Pdf(e.to_string()))?
        .replace(['\u{2068}', '\u{2069}'], "")
        .into_bytes();
    let document = Document {
        main: Source::new(file_id("/main.typ"), template.to_owned()),
        data_id: file_id("/data.json"),
        data: Bytes::new(json),
        today,
    };
    let describe = |errors: &[typst::diag::SourceDiagnostic]| {
        errors
            .iter()
            .map(|e| e.message.to_string())
            .collect::<Vec<_>>()
            .join("; ")
    };
    let paged: PagedDocument = typst::compile(&document)
        .output
        .map_err(|e| Error::Pdf(describe(&e)))?;
    typst_pdf::pdf(&paged, &typst_pdf::PdfOptions::default()).map_err(|e| Error::Pdf(describe(&e)))
}

impl Store {
    /// Typeset `template` with `document`, which it reads as `data.<key>`, beside the user's
    /// language (`data.lang`) and direction (`data.rtl`).
    pub(crate) fn render_pdf(
        &self,
        template: &str,
        key: &str,
        document: &impl serde::Serialize,
        date: NaiveDate,
    ) -> Result<Vec<u8>> {
        let locale = self.locale();
        let mut data = serde_json::Map::new();
        data.insert("lang".into(), locale.code().into());
        data.insert("rtl".into(), (locale.dir() == "rtl").into());
        let document = serde_json::to_value(document).map_err(|e| Error::Pdf(e.to_string()))?;
        data.insert(key.into(), document);
        render(template, &data, date)
    }

    /// The contact sheet as an A4 PDF, laid out exactly as `contact_sheet` pages it.
    pub fn contact_sheet_pdf(&self, options: &SheetOptions, date: NaiveDate) -> Result<Vec<u8>> {
        let sheet = self.contact_sheet(options, date)?;
        self.render_pdf(
            include_str!("templates/contact_sheet.typ"),
            "sheet",
            &sheet,
            date,
        )
    }

    /// `contact_sheet_pdf` as the file the save dialog offers.
    pub fn contact_sheet_file(&self, options: &SheetOptions, date: NaiveDate) -> Result<SavedFile> {
        Ok(SavedFile::new(
            self.contact_sheet_pdf(options, date)?,
            self.messages().get("sheet-file-name"),
            "pdf",
            self.messages().get("sheet-dialog-title"),
        ))
    }
}
