//! Importing an existing contact list: CSV as Excel and LibreOffice save Hebrew (UTF-8, UTF-8
//! with BOM or Windows-1255; comma, semicolon or tab) and XLSX. The columns are guessed from
//! Hebrew or English headers and can be changed; a preview shows every row and its problems
//! before anything is written; the import is one transaction; a person already there (same
//! mobile or email) is updated, never added twice. Reading the file into rows is `table.rs`.

use std::collections::HashMap;

use fluent_bundle::FluentValue;
use serde::{Deserialize, Serialize};

pub(crate) use super::table::read_xlsx;
pub use super::table::{Table, read_file, read_table};
use super::{phone, table::not_a_contact_list, types::*};
use crate::{
    error::{Error, Field, Result},
    i18n::Messages,
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
    pub fn open(
        store: &mut Store,
        file_name: &str,
        bytes: &[u8],
    ) -> Result<(ImportSession, ImportPreview)> {
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
