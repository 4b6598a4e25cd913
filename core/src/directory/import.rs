//! Importing an existing contact list: CSV as Excel and LibreOffice save Hebrew (UTF-8, UTF-8
//! with BOM or Windows-1255; comma, semicolon or tab) and XLSX. The columns are guessed from
//! Hebrew or English headers and can be changed; a preview shows every row and its problems
//! before anything is written; the import is one transaction; a person already there (same
//! mobile or email) is updated, never added twice.

use std::collections::HashMap;

use fluent_bundle::FluentValue;
use serde::{Deserialize, Serialize};

use super::phone;

use super::types::*;
use crate::{
    error::{Error, Field, Result},
    i18n::Messages,
    limits::{
        FileLimit, MAX_CELL_CHARS, MAX_COLUMNS, MAX_ROWS, MAX_SHARED_STRINGS,
        MAX_UNCOMPRESSED_BYTES,
    },
    model::*,
    store::{Store, Writer},
};

/// Larger files are refused before they are read.
pub use crate::limits::MAX_FILE_BYTES;

/// What a column of the file holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Target {
    FullName,
    FirstName,
    LastName,
    RoleTitle,
    Organization,
    Cluster,
    Settlement,
    OfficePhone,
    Mobile,
    Email,
    Notes,
}

impl Target {
    pub const ALL: [Target; 11] = [
        Target::FullName,
        Target::FirstName,
        Target::LastName,
        Target::RoleTitle,
        Target::Organization,
        Target::Cluster,
        Target::Settlement,
        Target::OfficePhone,
        Target::Mobile,
        Target::Email,
        Target::Notes,
    ];

    /// Header words that name this column, in Hebrew and English, normalized by `normalize`.
    fn names(self) -> &'static [&'static str] {
        match self {
            Target::FullName => &[
                "שם",
                "שם מלא",
                "שם ומשפחה",
                "איש קשר",
                "name",
                "full name",
                "contact",
                "contact name",
            ],
            Target::FirstName => &["שם פרטי", "first name", "given name", "first"],
            Target::LastName => &[
                "שם משפחה",
                "משפחה",
                "last name",
                "family name",
                "surname",
                "last",
            ],
            Target::RoleTitle => &[
                "תפקיד",
                "תפקיד בארגון",
                "role",
                "title",
                "job title",
                "position",
            ],
            Target::Organization => &[
                "ארגון",
                "גוף",
                "מחלקה",
                "organization",
                "organisation",
                "company",
                "org",
            ],
            Target::Cluster => &["אשכול", "cluster"],
            Target::Settlement => &["יישוב", "ישוב", "settlement", "village", "community"],
            Target::OfficePhone => &[
                "טלפון",
                "טלפון במשרד",
                "טלפון משרד",
                "טל",
                "משרד",
                "phone",
                "office",
                "office phone",
                "work phone",
                "telephone",
                "tel",
            ],
            Target::Mobile => &[
                "נייד",
                "טלפון נייד",
                "פלאפון",
                "סלולרי",
                "mobile",
                "cell",
                "cell phone",
                "mobile phone",
            ],
            Target::Email => &[
                "מייל",
                "דואל",
                "דואר אלקטרוני",
                "אימייל",
                "email",
                "e-mail",
                "mail",
                "email address",
            ],
            Target::Notes => &["הערות", "הערה", "notes", "note", "comments"],
        }
    }
}

/// Lower case, no quotes, geresh or punctuation, single spaces: `דוא"ל` and `דוא״ל` become `דואל`.
fn normalize(header: &str) -> String {
    let kept: String = header
        .trim_start_matches('\u{feff}')
        .chars()
        .filter(|c| !matches!(c, '"' | '\'' | '״' | '׳' | '.' | ':' | '*' | '(' | ')'))
        .map(|c| if c == '_' { ' ' } else { c })
        .collect::<String>()
        .to_lowercase();
    kept.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Guess what each column holds from its header; a target is used at most once.
pub fn guess_mapping(headers: &[String]) -> Vec<Option<Target>> {
    let mut used = Vec::new();
    headers
        .iter()
        .map(|header| {
            let h = normalize(header);
            let target = Target::ALL
                .into_iter()
                .find(|t| !used.contains(t) && t.names().contains(&h.as_str()));
            if let Some(t) = target {
                used.push(t);
            }
            target
        })
        .collect()
}

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

/// `digits` with the leading zero a spreadsheet dropped, when they can only be an Israeli
/// phone number without it: nine digits starting 5 or 7 (a mobile), eight starting 2, 3, 4, 8
/// or 9 (a landline). `None` for anything else.
fn lost_zero(digits: &str) -> Option<String> {
    let digits = digits.trim();
    if !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let fits = match digits.as_bytes() {
        [b'5' | b'7', ..] => digits.len() == 9,
        [b'2' | b'3' | b'4' | b'8' | b'9', ..] => digits.len() == 8,
        _ => false,
    };
    fits.then(|| format!("0{digits}"))
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

fn not_a_contact_list(file_name: &str) -> Error {
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
    let names: Vec<String> = workbook.sheet_names().into_iter().take(MAX_SHEETS).collect();
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
    let zeros_at = |odd: usize| head.iter().skip(odd).step_by(2).filter(|&&b| b == 0).count();
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
        Err(_) => WINDOWS_1255.decode_without_bom_handling(bytes).0.into_owned(),
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

/// What the import will do with a row.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum RowAction {
    Create,
    /// A person with the same mobile or email is already there: their details are updated.
    Update {
        name: String,
    },
    /// The row is left out; `problems` says why.
    Skip,
}

/// One row of the file, as it will be imported.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct PreviewRow {
    /// The row's line in the file (the header is line 1).
    pub line: usize,
    pub full_name: String,
    pub role_title: String,
    pub mobile: String,
    pub email: String,
    pub action: RowAction,
    /// What is wrong or will be left out, in the user's language.
    pub problems: Vec<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ImportPreview {
    pub file_name: String,
    /// What reading the file assumed, to show with the preview: lines above the header taken
    /// as a title, and the sheet the table was found on when it is not the first.
    pub title_lines: usize,
    pub sheet: Option<String>,
    pub headers: Vec<String>,
    pub mapping: Vec<Option<Target>>,
    /// The rows shown: at most `PREVIEW_ROWS`, from `first_row` (0-based) on. The window is
    /// sent what it shows, never every row of a district's list.
    pub rows: Vec<PreviewRow>,
    pub first_row: usize,
    /// Every row of the table, of which `rows` is a page.
    pub total_rows: usize,
    pub create: usize,
    pub update: usize,
    pub skip: usize,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct ImportSummary {
    pub created: usize,
    pub updated: usize,
    pub skipped: usize,
}

/// A row turned into a person, with what will happen to it.
struct Planned {
    preview: PreviewRow,
    input: Option<PersonInput>,
    existing: Option<Id>,
    new_organization: Option<String>,
}

fn cell<'a>(row: &'a [String], mapping: &[Option<Target>], target: Target) -> &'a str {
    mapping
        .iter()
        .position(|t| *t == Some(target))
        .and_then(|i| row.get(i))
        .map(|s| s.trim())
        .unwrap_or("")
}

/// Plan every row against what the store holds, reading only.
fn plan(
    w: &Writer<'_>,
    table: &Table,
    mapping: &[Option<Target>],
    messages: &Messages,
) -> Result<Vec<Planned>> {
    let by_name = |sql: &str| -> Result<HashMap<String, Id>> {
        let mut stmt = w.tx.prepare(sql)?;
        let rows = stmt.query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?)))?;
        Ok(rows.collect::<Result<_, _>>()?)
    };
    let organizations = by_name("SELECT name, id FROM organizations WHERE archived_at IS NULL")?;
    let clusters = by_name("SELECT name, id FROM clusters WHERE archived_at IS NULL")?;
    let settlements = by_name("SELECT name, id FROM settlements WHERE archived_at IS NULL")?;
    let mut seen: HashMap<String, usize> = HashMap::new();
    let field = |f: Field| FluentValue::from(messages.get(f.message_id()));

    let mut out = Vec::new();
    for (index, row) in table.rows.iter().enumerate() {
        let line = index + 2;
        let get = |t| cell(row, mapping, t);
        let mut problems = Vec::new();
        let full_name = match get(Target::FullName) {
            "" => [get(Target::FirstName), get(Target::LastName)]
                .into_iter()
                .filter(|s| !s.is_empty())
                .collect::<Vec<_>>()
                .join(" "),
            name => name.to_owned(),
        };
        let mut input = PersonInput {
            full_name: full_name.clone(),
            role_title: get(Target::RoleTitle).to_owned(),
            notes: get(Target::Notes).to_owned(),
            ..Default::default()
        };
        // A field that does not check out is left empty, and the row says so.
        for (target, f, slot) in [
            (Target::OfficePhone, Field::Phone, &mut input.office_phone),
            (Target::Mobile, Field::Mobile, &mut input.mobile),
        ] {
            let value = get(target);
            // Digits that a spreadsheet took for a number lost their leading zero (506952119,
            // 49109012): in a phone column they can only be an Israeli number without it.
            let restored = lost_zero(value);
            let value = restored.as_deref().unwrap_or(value);
            match phone::parse(f, value) {
                Ok(Some(canonical)) => *slot = phone::display(&canonical),
                Ok(None) => {}
                Err(e) => problems.push(e.localize(messages)),
            }
        }
        match validate_email(get(Target::Email)) {
            Ok(Some(email)) => input.email = email,
            Ok(None) => {}
            Err(e) => problems.push(e.localize(messages)),
        }
        let mut new_organization = None;
        let organization = get(Target::Organization);
        if !organization.is_empty() {
            match organizations.get(organization) {
                Some(id) => input.organization_id = Some(id.clone()),
                None => {
                    problems.push(messages.format(
                        "import-new-organization",
                        &[("name", FluentValue::from(organization))],
                    ));
                    new_organization = Some(organization.to_owned());
                }
            }
        }
        for (target, names, f, slot) in [
            (
                Target::Cluster,
                &clusters,
                Field::Cluster,
                &mut input.cluster_id,
            ),
            (
                Target::Settlement,
                &settlements,
                Field::Settlement,
                &mut input.settlement_id,
            ),
        ] {
            let name = get(target);
            if !name.is_empty() {
                match names.get(name) {
                    Some(id) => *slot = Some(id.clone()),
                    None => problems.push(messages.format(
                        "import-unknown",
                        &[("field", field(f)), ("value", FluentValue::from(name))],
                    )),
                }
            }
        }
        // A settlement decides its cluster; a different cluster in the file gives way to it.
        if let Some(settlement) = &input.settlement_id {
            let of: String = w.tx.query_row(
                "SELECT cluster_id FROM settlements WHERE id = ?1",
                [settlement],
                |r| r.get(0),
            )?;
            input.cluster_id = Some(of);
        }

        let mobile = phone::parse(Field::Mobile, &input.mobile).ok().flatten();
        let email = (!input.email.is_empty()).then(|| input.email.to_lowercase());
        let mut skip = full_name.is_empty();
        if skip {
            problems.insert(0, Error::Required(Field::FullName).localize(messages));
        }
        // The same person twice in one file: the first row wins.
        for key in [mobile.clone(), email.clone()].into_iter().flatten() {
            if let Some(first) = seen.get(&key) {
                if !skip {
                    problems.insert(
                        0,
                        messages.format(
                            "import-same-as-line",
                            &[("line", FluentValue::from(*first))],
                        ),
                    );
                }
                skip = true;
            }
        }
        let existing: Option<(Id, String)> = if skip {
            None
        } else {
            w.tx.query_row(
                "SELECT id, full_name FROM people
                  WHERE archived_at IS NULL AND ((?1 IS NOT NULL AND mobile = ?1) OR (?2 IS NOT NULL AND lower(email) = ?2))
                  ORDER BY created_at LIMIT 1",
                rusqlite::params![mobile, email],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .map(Some)
            .or_else(|e| if e == rusqlite::Error::QueryReturnedNoRows { Ok(None) } else { Err(e) })?
        };
        if !skip {
            for key in [mobile, email].into_iter().flatten() {
                seen.entry(key).or_insert(line);
            }
        }
        let action = match (&existing, skip) {
            (_, true) => RowAction::Skip,
            (Some((_, name)), false) => RowAction::Update { name: name.clone() },
            (None, false) => RowAction::Create,
        };
        out.push(Planned {
            preview: PreviewRow {
                line,
                full_name,
                role_title: input.role_title.clone(),
                mobile: input.mobile.clone(),
                email: input.email.clone(),
                action,
                problems,
            },
            input: (!skip).then_some(input),
            existing: existing.map(|(id, _)| id),
            new_organization,
        });
    }
    Ok(out)
}

/// Rows of a preview sent to the window at a time: a screen or two of them, so a list of
/// 20,000 costs the window no more than one of 200.
pub const PREVIEW_ROWS: usize = 200;

fn preview_of(
    table: &Table,
    mapping: &[Option<Target>],
    planned: Vec<Planned>,
    first_row: usize,
) -> ImportPreview {
    let count = |f: fn(&RowAction) -> bool| planned.iter().filter(|p| f(&p.preview.action)).count();
    let (create, update, skip) = (
        count(|a| matches!(a, RowAction::Create)),
        count(|a| matches!(a, RowAction::Update { .. })),
        count(|a| matches!(a, RowAction::Skip)),
    );
    let total_rows = planned.len();
    let first_row = first_row.min(total_rows.saturating_sub(1) / PREVIEW_ROWS * PREVIEW_ROWS);
    let rows = planned
        .into_iter()
        .skip(first_row)
        .take(PREVIEW_ROWS)
        .map(|p| p.preview)
        .collect();
    ImportPreview {
        file_name: table.file_name.clone(),
        title_lines: table.title_lines,
        sheet: table.sheet.clone(),
        headers: table.headers.clone(),
        mapping: mapping.to_vec(),
        create,
        update,
        skip,
        rows,
        first_row,
        total_rows,
    }
}

/// Merge a row into a person already there: what the file has replaces, what it lacks stays.
fn merged(existing: Person, row: PersonInput) -> PersonInput {
    let pick = |new: String, old: String| if new.is_empty() { old } else { new };
    PersonInput {
        full_name: pick(row.full_name, existing.full_name),
        role_title: pick(row.role_title, existing.role_title),
        organization_id: row.organization_id.or(existing.organization_id),
        cluster_id: row.cluster_id.or(existing.cluster_id),
        settlement_id: row.settlement_id.or(existing.settlement_id),
        office_phone: pick(row.office_phone, existing.office_phone),
        mobile: pick(row.mobile, existing.mobile),
        email: pick(row.email, existing.email),
        notes: pick(row.notes, existing.notes),
        active: existing.active,
    }
}

impl Store {
    /// Read a file and show what importing it would do, with the columns guessed from its headers.
    pub fn import_preview(
        &mut self,
        table: &Table,
        mapping: Option<&[Option<Target>]>,
        first_row: usize,
    ) -> Result<ImportPreview> {
        let mut mapping = mapping
            .map(<[_]>::to_vec)
            .unwrap_or_else(|| guess_mapping(&table.headers));
        mapping.resize(table.headers.len(), None);
        let messages = crate::i18n::Messages::new(self.locale());
        // Planning reads inside a transaction that is rolled back: the preview writes nothing.
        let planned = self.read_only(|w| plan(w, table, &mapping, &messages))?;
        Ok(preview_of(table, &mapping, planned, first_row))
    }

    /// Import the rows of `table` as the preview showed them, all in one transaction.
    pub fn import_people(
        &mut self,
        table: &Table,
        mapping: &[Option<Target>],
    ) -> Result<ImportSummary> {
        if !mapping.iter().any(|t| {
            matches!(
                t,
                Some(Target::FullName | Target::FirstName | Target::LastName)
            )
        }) {
            return Err(Error::NoNameColumn);
        }
        let mut mapping = mapping.to_vec();
        mapping.resize(table.headers.len(), None);
        let messages = crate::i18n::Messages::new(self.locale());
        self.write(|w| {
            let planned = plan(w, table, &mapping, &messages)?;
            let mut summary = ImportSummary {
                created: 0,
                updated: 0,
                skipped: 0,
            };
            let mut created_orgs: HashMap<String, Id> = HashMap::new();
            for p in planned {
                let Some(mut input) = p.input else {
                    summary.skipped += 1;
                    continue;
                };
                if let Some(name) = p.new_organization {
                    let id = match created_orgs.get(&name) {
                        Some(id) => id.clone(),
                        None => {
                            let id = w.save_organization(
                                None,
                                &OrganizationInput {
                                    name: name.clone(),
                                    kind: Some(OrganizationKind::Partner),
                                    sector: None,
                                    notes: String::new(),
                                },
                            )?;
                            created_orgs.insert(name, id.clone());
                            id
                        }
                    };
                    input.organization_id = Some(id);
                }
                match p.existing {
                    Some(id) => {
                        let current = w.person(&id)?;
                        w.save_person(Some(&id), &merged(current, input), true)?;
                        summary.updated += 1;
                    }
                    None => {
                        w.save_person(None, &input, true)?;
                        summary.created += 1;
                    }
                }
            }
            Ok(summary)
        })
    }
}

/// A contact list being imported: the file as read, kept from the moment it is opened until
/// the user confirms or cancels its preview. The shell holds it between commands and passes
/// the store in; the store keeps nothing of an import.
#[derive(Clone, Debug)]
pub struct ImportSession {
    table: Table,
}

impl ImportSession {
    /// Open a file for import: read it, guess its columns, and show the preview. A file none of
    /// whose headers we know is not a contact list.
    pub fn open(store: &mut Store, file_name: &str, bytes: &[u8]) -> Result<(ImportSession, ImportPreview)> {
        ImportSession::of_table(store, read_table(file_name, bytes)?)
    }

    /// The session of a table already read (`read_table`, which needs no store: the shell
    /// reads a file without holding the store, so saves elsewhere go on meanwhile).
    pub fn of_table(store: &mut Store, table: Table) -> Result<(ImportSession, ImportPreview)> {
        if guess_mapping(&table.headers).iter().all(Option::is_none) {
            return Err(not_a_contact_list(&table.file_name));
        }
        let preview = store.import_preview(&table, None, 0)?;
        Ok((ImportSession { table }, preview))
    }

    /// A table pasted from Excel or Word (its cells separated by tabs, as both copy them),
    /// read as a file would be.
    pub fn paste(store: &mut Store, text: &str) -> Result<(ImportSession, ImportPreview)> {
        let name = ImportSession::pasted_name(store.messages());
        ImportSession::open(store, &name, text.as_bytes())
    }

    /// The name a pasted table goes by, in the language of `messages`.
    pub fn pasted_name(messages: &Messages) -> String {
        messages.get("import-pasted-name")
    }

    /// The preview again, with the columns as the user set them, showing the page of rows
    /// that starts at `first_row`.
    pub fn remap(
        &self,
        store: &mut Store,
        mapping: &[Option<Target>],
        first_row: usize,
    ) -> Result<ImportPreview> {
        store.import_preview(&self.table, Some(mapping), first_row)
    }

    /// Write the import, all in one transaction. On failure nothing is written, and the session
    /// stays open for another try.
    pub fn commit(&self, store: &mut Store, mapping: &[Option<Target>]) -> Result<ImportSummary> {
        store.import_people(&self.table, mapping)
    }
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
