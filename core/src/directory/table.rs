//! A contact list read into rows of text, before anything is planned: CSV as Excel and
//! LibreOffice save Hebrew (UTF-8, UTF-8 with BOM or Windows-1255; comma, semicolon or tab),
//! XLSX measured against `limits` before calamine opens it and streamed a cell at a time, and a
//! table pasted from Excel or Word; the header found under a title and on whichever of the
//! first sheets holds it.

use super::import::{Target, guess_mapping};
use crate::{
    error::{Error, Result},
    limits::{
        FileLimit, MAX_CELL_CHARS, MAX_COLUMNS, MAX_FILE_BYTES, MAX_ROWS, MAX_SHARED_STRINGS,
        MAX_UNCOMPRESSED_BYTES,
    },
};

/// A file read into rows of text: a header row and the rows under it.
#[derive(Clone, Debug, PartialEq)]
pub struct Table {
    pub file_name: String,
    pub headers: Vec<String>,
    pub rows: Vec<Vec<String>>,
    /// Lines above the header taken as a title and left out ("טבלת אנשי קשר - …").
    pub title_lines: usize,
    /// The workbook's sheet the table was found on, when it is not the first.
    pub sheet: Option<String>,
}

/// The header is looked for among this many first lines: a title and a blank line or two sit
/// above it in real contact sheets, never a page of them.
const HEADER_SEARCH_LINES: usize = 10;

/// Where the header row is among the first lines of `grid`: the first with at least two
/// columns whose headers are known, or a name column. `None` when no line looks like one.
fn header_line(grid: &[Vec<String>]) -> Option<usize> {
    grid.iter().take(HEADER_SEARCH_LINES).position(|row| {
        let known = guess_mapping(row);
        let names = known.iter().any(|t| {
            matches!(
                t,
                Some(Target::FullName | Target::FirstName | Target::LastName)
            )
        });
        names || known.iter().flatten().count() >= 2
    })
}

pub(super) fn not_a_contact_list(file_name: &str) -> Error {
    Error::NotAContactList(file_name.chars().take(80).collect())
}

/// Read a CSV or XLSX file. Anything else is refused as not a contact list.
pub fn read_table(file_name: &str, bytes: &[u8]) -> Result<Table> {
    if bytes.len() > MAX_FILE_BYTES {
        return Err(Error::FileTooLarge {
            megabytes: (MAX_FILE_BYTES / (1024 * 1024)) as u32,
        });
    }
    let sheets = if bytes.starts_with(b"PK\x03\x04") {
        read_xlsx(file_name, bytes)?
    } else {
        vec![(None, read_csv(file_name, bytes)?)]
    };
    // The first sheet that holds a table with a header; else the first, as it is.
    let mut found: Option<(Option<String>, Vec<Vec<String>>, usize)> = None;
    for (i, (name, mut grid)) in sheets.into_iter().enumerate() {
        grid.retain(|row| row.iter().any(|c| !c.trim().is_empty()));
        match header_line(&grid) {
            Some(at) => {
                found = Some((name.filter(|_| i > 0), grid, at));
                break;
            }
            None if found.is_none() => found = Some((None, grid, 0)),
            None => {}
        }
    }
    let Some((sheet, mut grid, at)) = found.filter(|(_, grid, _)| !grid.is_empty()) else {
        return Err(not_a_contact_list(file_name));
    };
    grid.drain(..at);
    let headers: Vec<String> = grid
        .remove(0)
        .into_iter()
        .map(|h| h.trim().to_owned())
        .collect();
    Ok(Table {
        file_name: file_name.to_owned(),
        headers,
        rows: grid,
        title_lines: at,
        sheet,
    })
}

/// A sheet's name (none for a CSV) and its rows of text.
pub(crate) type Sheet = (Option<String>, Vec<Vec<String>>);

/// Every sheet of a workbook (its name and its rows), in order, up to `MAX_SHEETS`. The
/// archive is measured before anything in it is read, and each sheet is streamed a cell at a
/// time, so a sheet that would expand to gigabytes is refused at its first cell past a limit.
pub(crate) fn read_xlsx(file_name: &str, bytes: &[u8]) -> Result<Vec<Sheet>> {
    use calamine::{Reader, Xlsx};
    /// A contact list is on one of a workbook's first few sheets.
    const MAX_SHEETS: usize = 8;
    measure_workbook(file_name, bytes)?;
    let mut workbook: Xlsx<_> =
        Xlsx::new(std::io::Cursor::new(bytes)).map_err(|_| not_a_contact_list(file_name))?;
    let names: Vec<String> = workbook
        .sheet_names()
        .into_iter()
        .take(MAX_SHEETS)
        .collect();
    let mut sheets = Vec::new();
    for name in names {
        let mut cells = workbook
            .worksheet_cells_reader(&name)
            .map_err(|_| not_a_contact_list(file_name))?;
        let mut grid: Vec<Vec<String>> = Vec::new();
        // A table may start right of column A: the columns before its first are dropped.
        let mut first_column = usize::MAX;
        while let Some(cell) = cells
            .next_cell()
            .map_err(|_| not_a_contact_list(file_name))?
        {
            let (row, column) = cell.get_position();
            let (row, column) = (row as usize, column as usize);
            if row >= MAX_ROWS {
                return Err(Error::FileOverLimit(FileLimit::Rows));
            }
            if column >= MAX_COLUMNS {
                return Err(Error::FileOverLimit(FileLimit::Columns));
            }
            let text = cell_text(calamine::Data::from(cell.get_value().clone()));
            if text.len() > MAX_CELL_CHARS && text.chars().count() > MAX_CELL_CHARS {
                return Err(Error::FileOverLimit(FileLimit::Cell));
            }
            if text.is_empty() {
                continue;
            }
            if grid.len() <= row {
                grid.resize_with(row + 1, Vec::new);
            }
            let line = &mut grid[row];
            if line.len() <= column {
                line.resize(column + 1, String::new());
            }
            line[column] = text;
            first_column = first_column.min(column);
        }
        if first_column != usize::MAX {
            for line in &mut grid {
                line.drain(..first_column.min(line.len()));
            }
        }
        sheets.push((Some(name), grid));
    }
    if sheets.is_empty() {
        return Err(not_a_contact_list(file_name));
    }
    Ok(sheets)
}

/// Refuse a workbook whose parts expand past `MAX_UNCOMPRESSED_BYTES` together, or that holds
/// more than `MAX_SHARED_STRINGS` distinct texts, before calamine reads any of it (it keeps
/// every shared string in memory). The sizes the archive declares are checked first; the
/// shared strings are counted as they are inflated, never past the limit.
fn measure_workbook(file_name: &str, bytes: &[u8]) -> Result<()> {
    use std::io::Read;
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes))
        .map_err(|_| not_a_contact_list(file_name))?;
    let mut total: u64 = 0;
    for i in 0..archive.len() {
        let part = archive
            .by_index_raw(i)
            .map_err(|_| not_a_contact_list(file_name))?;
        total = total.saturating_add(part.size());
    }
    if total > MAX_UNCOMPRESSED_BYTES {
        return Err(Error::FileOverLimit(FileLimit::Uncompressed));
    }
    let Ok(strings) = archive.by_name("xl/sharedStrings.xml") else {
        return Ok(());
    };
    // Inflated a block at a time, and never past the limit whatever the archive declared.
    let mut strings = strings.take(MAX_UNCOMPRESSED_BYTES + 1);
    let mut block = vec![0u8; 64 * 1024];
    let (mut count, mut read, mut carry) = (0usize, 0u64, Vec::new());
    loop {
        let n = strings
            .read(&mut block)
            .map_err(|_| not_a_contact_list(file_name))?;
        if n == 0 {
            break;
        }
        read += n as u64;
        if read > MAX_UNCOMPRESSED_BYTES {
            return Err(Error::FileOverLimit(FileLimit::Uncompressed));
        }
        // `<si>` or `<si ` opens each string; three bytes carried over find one cut in two.
        carry.extend_from_slice(&block[..n]);
        count += carry
            .windows(4)
            .filter(|w| w[..3] == *b"<si" && (w[3] == b'>' || w[3] == b' '))
            .count();
        if count > MAX_SHARED_STRINGS {
            return Err(Error::FileOverLimit(FileLimit::SharedStrings));
        }
        let keep = carry.len().min(3);
        carry.drain(..carry.len() - keep);
    }
    Ok(())
}

/// A cell as text. A phone number typed as a number loses its leading zero in Excel:
/// 501234567 was 050-1234567. Eight or nine digits is a phone, not a count.
fn cell_text(cell: calamine::Data) -> String {
    let digits = match cell {
        calamine::Data::Float(f) if f.fract() == 0.0 => (f as i64).to_string(),
        calamine::Data::Int(i) => i.to_string(),
        other => return other.to_string(),
    };
    if (8..=9).contains(&digits.len()) {
        format!("0{digits}")
    } else {
        digits
    }
}

/// A text file's bytes as text: UTF-16 as Excel saves "Unicode Text" (the export Hebrew Excel
/// users are told to pick so the letters survive: little-endian with its byte-order mark, and
/// without the mark when every other byte of its first characters is zero), UTF-8 with or
/// without its mark, else Windows-1255, as older Hebrew Excel saves CSV.
fn decode_text(bytes: &[u8]) -> String {
    use encoding_rs::{UTF_16BE, UTF_16LE, WINDOWS_1255};
    if let Some(rest) = bytes.strip_prefix(b"\xff\xfe") {
        return UTF_16LE.decode_without_bom_handling(rest).0.into_owned();
    }
    if let Some(rest) = bytes.strip_prefix(b"\xfe\xff") {
        return UTF_16BE.decode_without_bom_handling(rest).0.into_owned();
    }
    // Without a mark: a table's tabs, digits and Latin letters are zero in their high byte.
    let head = &bytes[..bytes.len().min(512)];
    let zeros_at = |odd: usize| {
        head.iter()
            .skip(odd)
            .step_by(2)
            .filter(|&&b| b == 0)
            .count()
    };
    let pairs = head.len() / 2;
    if bytes.len() % 2 == 0 && pairs >= 4 {
        if zeros_at(1) * 3 >= pairs && zeros_at(0) == 0 {
            return UTF_16LE.decode_without_bom_handling(bytes).0.into_owned();
        }
        if zeros_at(0) * 3 >= pairs && zeros_at(1) == 0 {
            return UTF_16BE.decode_without_bom_handling(bytes).0.into_owned();
        }
    }
    let bytes = bytes.strip_prefix("\u{feff}".as_bytes()).unwrap_or(bytes);
    match std::str::from_utf8(bytes) {
        Ok(text) => text.to_owned(),
        Err(_) => WINDOWS_1255
            .decode_without_bom_handling(bytes)
            .0
            .into_owned(),
    }
}

/// A CSV or tab-separated text in any encoding `decode_text` reads; comma, semicolon or tab.
fn read_csv(file_name: &str, bytes: &[u8]) -> Result<Vec<Vec<String>>> {
    // Far more lines than rows allowed is refused before the text is decoded: even with every
    // other line break inside a quoted cell, it would be over the limit.
    if bytes.iter().filter(|&&b| b == b'\n').count() > 2 * MAX_ROWS {
        return Err(Error::FileOverLimit(FileLimit::Rows));
    }
    let text = decode_text(bytes);
    // A binary file is not a contact list, whatever it is named.
    let controls = text
        .chars()
        .filter(|c| c.is_control() && !matches!(c, '\n' | '\r' | '\t'))
        .count();
    if text.contains('\0') || controls * 100 > text.chars().count().max(1) {
        return Err(not_a_contact_list(file_name));
    }
    let first = text.lines().next().unwrap_or("");
    let delimiter = [b',', b';', b'\t']
        .into_iter()
        .max_by_key(|d| first.bytes().filter(|b| b == d).count())
        .unwrap_or(b',');
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes());
    let mut rows = Vec::new();
    for record in reader.records() {
        let record = record.map_err(|_| not_a_contact_list(file_name))?;
        if rows.len() >= MAX_ROWS {
            return Err(Error::FileOverLimit(FileLimit::Rows));
        }
        if record.len() > MAX_COLUMNS {
            return Err(Error::FileOverLimit(FileLimit::Columns));
        }
        if record
            .iter()
            .any(|field| field.len() > MAX_CELL_CHARS && field.chars().count() > MAX_CELL_CHARS)
        {
            return Err(Error::FileOverLimit(FileLimit::Cell));
        }
        rows.push(record.iter().map(str::to_owned).collect());
    }
    Ok(rows)
}

/// Read a file the user chose for import, refusing one too large before reading it.
pub fn read_file(path: &std::path::Path) -> Result<(String, Vec<u8>)> {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    if std::fs::metadata(path)?.len() > MAX_FILE_BYTES as u64 {
        return Err(Error::FileTooLarge {
            megabytes: (MAX_FILE_BYTES / (1024 * 1024)) as u32,
        });
    }
    Ok((name, std::fs::read(path)?))
}
