//! Exports of the people list: CSV that Excel opens with Hebrew intact, XLSX, and vCard 3.0
//! that Android, iOS and Google Contacts import. Each returns the file's bytes; the shell writes
//! them where the user chose.

use rust_xlsxwriter::{Format, Workbook};
use serde::Deserialize;

use super::SavedFile;
use crate::{
    directory::{PersonRow},
    error::{Error, Result},
    i18n::Messages,
};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ExportFormat {
    Csv,
    Xlsx,
    Vcard,
}

impl ExportFormat {
    pub fn extension(self) -> &'static str {
        match self {
            ExportFormat::Csv => "csv",
            ExportFormat::Xlsx => "xlsx",
            ExportFormat::Vcard => "vcf",
        }
    }
}

const HEADERS: [&str; 8] = [
    "col-name",
    "col-role",
    "col-organization",
    "col-cluster",
    "col-settlement",
    "col-office-phone",
    "col-mobile",
    "col-email",
];

fn cells(p: &PersonRow) -> [&str; 8] {
    fn s(v: &Option<String>) -> &str {
        v.as_deref().unwrap_or("")
    }
    [
        &p.full_name,
        &p.role_title,
        s(&p.organization),
        s(&p.cluster),
        s(&p.settlement),
        s(&p.office_phone_display),
        s(&p.mobile_display),
        s(&p.email),
    ]
}

/// The file for `format`.
pub fn people(format: ExportFormat, people: &[PersonRow], messages: &Messages) -> Result<Vec<u8>> {
    match format {
        ExportFormat::Csv => csv(people, messages),
        ExportFormat::Xlsx => xlsx(people, messages),
        ExportFormat::Vcard => Ok(vcard(people).into_bytes()),
    }
}

/// UTF-8 with a byte-order mark, so Excel reads the Hebrew as Hebrew; headers in the user's language.
pub fn csv(people: &[PersonRow], messages: &Messages) -> Result<Vec<u8>> {
    let mut out = "\u{feff}".as_bytes().to_vec();
    {
        let mut writer = ::csv::Writer::from_writer(&mut out);
        let headers: Vec<String> = HEADERS.iter().map(|id| messages.get(id)).collect();
        writer.write_record(&headers).map_err(csv_error)?;
        for person in people {
            writer.write_record(cells(person)).map_err(csv_error)?;
        }
        writer.flush()?;
    }
    Ok(out)
}

pub(crate) fn csv_error(e: ::csv::Error) -> Error {
    Error::Io(std::io::Error::other(e.to_string()))
}

pub(crate) fn xlsx_error(e: rust_xlsxwriter::XlsxError) -> Error {
    Error::Io(std::io::Error::other(e.to_string()))
}

/// One worksheet, right to left when the user's language is, with a bold header row.
pub fn xlsx(people: &[PersonRow], messages: &Messages) -> Result<Vec<u8>> {
    let mut workbook = Workbook::new();
    let sheet = workbook.add_worksheet();
    sheet
        .set_name(messages.get("people-title"))
        .map_err(xlsx_error)?;
    if messages.locale().dir() == "rtl" {
        sheet.set_right_to_left(true);
    }
    let bold = Format::new().set_bold();
    for (col, id) in HEADERS.iter().enumerate() {
        sheet
            .write_string_with_format(0, col as u16, messages.get(id), &bold)
            .map_err(xlsx_error)?;
    }
    for (row, person) in people.iter().enumerate() {
        for (col, text) in cells(person).iter().enumerate() {
            if !text.is_empty() {
                sheet
                    .write_string(row as u32 + 1, col as u16, *text)
                    .map_err(xlsx_error)?;
            }
        }
    }
    sheet.set_freeze_panes(1, 0).map_err(xlsx_error)?;
    sheet.autofit();
    workbook.save_to_buffer().map_err(xlsx_error)
}

/// vCard 3.0 (RFC 2426): the version every phone and Google Contacts imports.
pub fn vcard(people: &[PersonRow]) -> String {
    let mut out = String::new();
    for p in people {
        let (given, family) = match p.full_name.split_once(' ') {
            Some((given, family)) => (given, family),
            None => (p.full_name.as_str(), ""),
        };
        let mut lines = vec![
            "BEGIN:VCARD".to_owned(),
            "VERSION:3.0".to_owned(),
            format!("N:{};{};;;", escape(family), escape(given)),
            format!("FN:{}", escape(&p.full_name)),
        ];
        if let Some(org) = &p.organization {
            lines.push(format!("ORG:{}", escape(org)));
        }
        if !p.role_title.is_empty() {
            lines.push(format!("TITLE:{}", escape(&p.role_title)));
        }
        if let Some(mobile) = &p.mobile {
            lines.push(format!("TEL;TYPE=CELL,VOICE:{mobile}"));
        }
        if let Some(office) = &p.office_phone {
            lines.push(format!("TEL;TYPE=WORK,VOICE:{office}"));
        }
        if let Some(email) = &p.email {
            lines.push(format!("EMAIL;TYPE=INTERNET,WORK:{}", escape(email)));
        }
        lines.push(format!("UID:urn:uuid:{}", p.id));
        lines.push("END:VCARD".to_owned());
        for line in lines {
            fold(&line, &mut out);
        }
    }
    out
}

/// Text values escape backslash, comma, semicolon and newlines.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ',' => out.push_str("\\,"),
            ';' => out.push_str("\\;"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c => out.push(c),
        }
    }
    out
}

/// Lines end in CRLF and are folded at 75 octets, never inside a UTF-8 character.
fn fold(line: &str, out: &mut String) {
    let mut width = 0;
    for c in line.chars() {
        if width + c.len_utf8() > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += c.len_utf8();
    }
    out.push_str("\r\n");
}

impl crate::store::Store {
    /// The people export in `format`: everyone live, or only `ids` (the list's current filter).
    pub fn export_people(
        &self,
        format: ExportFormat,
        ids: Option<&[crate::model::Id]>,
    ) -> Result<Vec<u8>> {
        let list: Vec<PersonRow> = self
            .people(false)?
            .into_iter()
            .filter(|p| ids.is_none_or(|ids| ids.contains(&p.id)))
            .collect();
        people(format, &list, self.messages())
    }

    /// `export_people` as the file the save dialog offers.
    pub fn people_file(&self, format: ExportFormat, ids: Option<&[crate::model::Id]>) -> Result<SavedFile> {
        Ok(SavedFile::new(
            self.export_people(format, ids)?,
            self.messages().get("export-file-name"),
            format.extension(),
            self.messages().get("export-dialog-title"),
        ))
    }
}
