//! Importing contact lists: encodings, separators, XLSX, column guessing, the preview, one
//! transaction, no duplicates on a second import, and files that are not contact lists.

use eshkol_core::{
    Error, Store,
    directory::import::{ImportSession, RowAction, Target, guess_mapping, read_table},
};

use crate::common;
use common::store;

const HEADER: &str = "שם,תפקיד,טלפון,נייד,מייל";
const ROWS: [&str; 3] = [
    "רונית כהן,רכזת נוער,04-9109012,050-1234567,ronit@example.org",
    "אבי לוי,מדריך,,052 765 4321,avi@example.org",
    "נועה בר,רכזת,,,noa@example.org",
];

fn csv_with(separator: &str) -> String {
    std::iter::once(HEADER)
        .chain(ROWS)
        .map(|l| l.replace(',', separator))
        .collect::<Vec<_>>()
        .join("\r\n")
}

fn import_all(
    store: &mut Store,
    name: &str,
    bytes: &[u8],
) -> eshkol_core::directory::import::ImportSummary {
    let (session, preview) = ImportSession::open(store, name, bytes).unwrap();
    session.commit(store, &preview.mapping).unwrap()
}

fn assert_three_people(store: &Store) {
    let people = store.people(false).unwrap();
    let names: Vec<_> = people.iter().map(|p| p.full_name.as_str()).collect();
    assert_eq!(names, ["אבי לוי", "נועה בר", "רונית כהן"]);
    let ronit = people.iter().find(|p| p.full_name == "רונית כהן").unwrap();
    assert_eq!(ronit.role_title, "רכזת נוער");
    assert_eq!(ronit.office_phone_display.as_deref(), Some("04-9109012"));
    assert_eq!(ronit.mobile_display.as_deref(), Some("050-1234567"));
    assert_eq!(ronit.email.as_deref(), Some("ronit@example.org"));
}

#[test]
fn utf8_with_commas() {
    let (_dir, mut store) = store();
    let summary = import_all(&mut store, "list.csv", csv_with(",").as_bytes());
    assert_eq!(
        (summary.created, summary.updated, summary.skipped),
        (3, 0, 0)
    );
    assert_three_people(&store);
}

#[test]
fn utf8_with_bom_and_semicolons() {
    let (_dir, mut store) = store();
    let bytes = [b"\xef\xbb\xbf".as_slice(), csv_with(";").as_bytes()].concat();
    import_all(&mut store, "list.csv", &bytes);
    assert_three_people(&store);
}

#[test]
fn windows_1255_with_tabs() {
    let (_dir, mut store) = store();
    let text = csv_with("\t");
    let (bytes, _, unmappable) = encoding_rs::WINDOWS_1255.encode(&text);
    assert!(!unmappable);
    assert!(std::str::from_utf8(&bytes).is_err(), "really not UTF-8");
    import_all(&mut store, "list.csv", &bytes);
    assert_three_people(&store);
}

/// Excel's "Unicode Text": UTF-16, little-endian with its byte-order mark, tabs and CRLF line
/// ends, named .txt. Hebrew Excel users are told to pick it so the letters survive.
#[test]
fn excel_unicode_text_in_utf16_named_txt() {
    let text = csv_with("\t");
    let utf16: Vec<u8> = text.encode_utf16().flat_map(u16::to_le_bytes).collect();
    for (name, bytes) in [
        ("אנשי קשר.txt", [b"\xff\xfe".as_slice(), &utf16].concat()),
        ("without a mark.txt", utf16.clone()),
    ] {
        let (_dir, mut store) = store();
        import_all(&mut store, name, &bytes);
        assert_three_people(&store);
    }
    let big_endian: Vec<u8> = text.encode_utf16().flat_map(u16::to_be_bytes).collect();
    let (_dir, mut store) = store();
    import_all(&mut store, "big-endian.txt", &[b"\xfe\xff".as_slice(), &big_endian].concat());
    assert_three_people(&store);
}

#[test]
fn xlsx_with_numbers_that_lost_their_zero() {
    let (_dir, mut store) = store();
    let mut workbook = rust_xlsxwriter::Workbook::new();
    let sheet = workbook.add_worksheet();
    for (col, h) in HEADER.split(',').enumerate() {
        sheet.write_string(0, col as u16, h).unwrap();
    }
    for (row, line) in ROWS.iter().enumerate() {
        for (col, value) in line.split(',').enumerate() {
            if !value.is_empty() {
                sheet
                    .write_string(row as u32 + 1, col as u16, value)
                    .unwrap();
            }
        }
    }
    // Excel turned Ronit's mobile into the number 501234567.
    sheet.write_number(1, 3, 501234567.0).unwrap();
    let bytes = workbook.save_to_buffer().unwrap();
    import_all(&mut store, "list.xlsx", &bytes);
    assert_three_people(&store);
}

#[test]
fn importing_the_same_file_twice_adds_no_one() {
    let (_dir, mut store) = store();
    import_all(&mut store, "list.csv", csv_with(",").as_bytes());
    let (session, again) =
        ImportSession::open(&mut store, "list.csv", csv_with(",").as_bytes()).unwrap();
    assert_eq!((again.create, again.update, again.skip), (0, 3, 0));
    assert!(matches!(&again.rows[0].action, RowAction::Update { name } if name == "רונית כהן"));
    let summary = session.commit(&mut store, &again.mapping).unwrap();
    assert_eq!((summary.created, summary.updated), (0, 3));
    assert_eq!(store.people(false).unwrap().len(), 3);
}

#[test]
fn columns_are_guessed_from_hebrew_or_english_headers() {
    let headers: Vec<String> = [
        "שם פרטי",
        "שם משפחה",
        "דוא\"ל",
        "טלפון נייד",
        "Role",
        "E-mail",
        "ישוב",
        "משהו אחר",
    ]
    .map(String::from)
    .to_vec();
    assert_eq!(
        guess_mapping(&headers),
        [
            Some(Target::FirstName),
            Some(Target::LastName),
            Some(Target::Email),
            Some(Target::Mobile),
            Some(Target::RoleTitle),
            None,
            Some(Target::Settlement),
            None
        ]
    );
}

#[test]
fn the_preview_shows_each_rows_problems_and_writes_nothing() {
    let (_dir, mut store) = store();
    let file = [
        HEADER,
        "רונית כהן,רכזת,,050-123,ronit@example",
        ",רכז,,050-7777777,",
        "דנה,מדריכה,,050-1111111,",
        "דנה שוב,מדריכה,,050 111 1111,",
    ]
    .join("\n");
    let (session, preview) = ImportSession::open(&mut store, "list.csv", file.as_bytes()).unwrap();
    assert_eq!(preview.rows.len(), 4);
    let ronit = &preview.rows[0];
    assert_eq!(ronit.line, 2);
    assert_eq!(
        ronit.action,
        RowAction::Create,
        "a bad phone or email leaves that field empty, not the person out"
    );
    assert_eq!(ronit.problems.len(), 2, "{:?}", ronit.problems);
    assert!(ronit.problems[0].contains("טלפון נייד"));
    assert!(ronit.problems[1].contains("דוא״ל"));
    assert_eq!(preview.rows[1].action, RowAction::Skip);
    assert!(preview.rows[1].problems[0].contains("שם מלא"));
    assert_eq!(preview.rows[3].action, RowAction::Skip);
    assert!(
        preview.rows[3].problems[0].contains('4'),
        "the same as line 4: {:?}",
        preview.rows[3].problems
    );
    assert!(
        store.people(true).unwrap().is_empty(),
        "the preview wrote nothing"
    );

    // The user says the second column is the name: the second row is now a person.
    let mut mapping = preview.mapping.clone();
    mapping[0] = None;
    mapping[1] = Some(Target::FullName);
    let remapped = session.remap(&mut store, &mapping, 0).unwrap();
    assert_eq!(remapped.rows[1].full_name, "רכז");
    // With no name column at all, nothing can be imported, and nothing is.
    let none = vec![None; mapping.len()];
    assert!(matches!(
        session.commit(&mut store, &none),
        Err(Error::NoNameColumn)
    ));
    assert!(store.people(true).unwrap().is_empty());
    let summary = session.commit(&mut store, &preview.mapping).unwrap();
    assert_eq!((summary.created, summary.skipped), (2, 2));
}

#[test]
fn organizations_are_found_or_added_and_settlements_set_the_cluster() {
    let (_dir, mut store) = store();
    store.load_sample().unwrap();
    let file = "שם,ארגון,יישוב,נייד\nיעל,גוף חדש,כפר הגפן,050-9999999\nיואב,גוף חדש,מקום שאינו,050-8888888\n";
    let (session, preview) = ImportSession::open(&mut store, "list.csv", file.as_bytes()).unwrap();
    assert!(
        preview.rows[0]
            .problems
            .iter()
            .any(|p| p.contains("גוף חדש"))
    );
    assert!(
        preview.rows[1]
            .problems
            .iter()
            .any(|p| p.contains("מקום שאינו"))
    );
    session.commit(&mut store, &preview.mapping).unwrap();
    let people = store.people(false).unwrap();
    let yael = people.iter().find(|p| p.full_name == "יעל").unwrap();
    assert_eq!(yael.settlement.as_deref(), Some("כפר הגפן"));
    assert_eq!(yael.cluster.as_deref(), Some("אשכול צפון"));
    assert_eq!(yael.organization.as_deref(), Some("גוף חדש"));
    let orgs = store.organizations(false).unwrap();
    assert_eq!(
        orgs.iter().filter(|o| o.name == "גוף חדש").count(),
        1,
        "added once for both rows"
    );
}

#[test]
fn what_is_not_a_contact_list_says_so() {
    let (_dir, mut store) = store();
    let binary: Vec<u8> = (0..4096u32).map(|i| (i * 7919 % 256) as u8).collect();
    for (name, bytes) in [
        ("photo.csv", binary.as_slice()),
        ("empty.csv", b"".as_slice()),
        ("numbers.csv", b"a,b,c\n1,2,3\n".as_slice()),
        ("broken.xlsx", b"PK\x03\x04 not really a zip".as_slice()),
    ] {
        match ImportSession::open(&mut store, name, bytes) {
            Err(e @ Error::NotAContactList(_)) => {
                let message = e.localize(store.messages());
                assert!(
                    message.contains(name) && message.contains("אינו רשימת אנשי קשר"),
                    "{message}"
                );
            }
            other => panic!("{name}: expected not-a-contact-list, got {other:?}"),
        }
    }
    let huge = vec![b'a'; eshkol_core::directory::import::MAX_FILE_BYTES + 1];
    assert!(matches!(
        read_table("huge.csv", &huge),
        Err(Error::FileTooLarge { .. })
    ));
}

#[test]
fn a_title_above_the_header_and_phones_that_lost_their_zero_in_a_csv() {
    let (_dir, mut store) = store();
    let csv = format!(
        "טבלת אנשי קשר - מחלקת חינוך בלתי פורמלי,,,,\r\n,,,,\r\n{HEADER}\r\nדנה לוי,רכזת,49109012,506952119,dana@example.org\r\n"
    );
    let (session, preview) = ImportSession::open(&mut store, "list.csv", csv.as_bytes()).unwrap();
    assert_eq!(
        preview.title_lines, 1,
        "the title line, not the blank one, is what was assumed"
    );
    assert_eq!(preview.sheet, None);
    assert_eq!(preview.headers[0], "שם");
    assert_eq!((preview.create, preview.skip), (1, 0), "{:?}", preview.rows);
    assert!(
        preview.rows[0].problems.is_empty(),
        "{:?}",
        preview.rows[0].problems
    );
    session.commit(&mut store, &preview.mapping).unwrap();
    let dana = &store.people(false).unwrap()[0];
    assert_eq!(dana.mobile_display.as_deref(), Some("050-6952119"));
    assert_eq!(dana.office_phone_display.as_deref(), Some("04-9109012"));
}

#[test]
fn the_table_on_the_second_sheet_under_a_merged_title() {
    let (_dir, mut store) = store();
    let mut workbook = rust_xlsxwriter::Workbook::new();
    let notes = workbook.add_worksheet();
    notes.set_name("הסבר").unwrap();
    notes.write_string(0, 0, "הרשימה בגיליון הבא").unwrap();
    let sheet = workbook.add_worksheet();
    sheet.set_name("אנשי קשר").unwrap();
    sheet
        .merge_range(
            0,
            0,
            0,
            4,
            "טבלת אנשי קשר - מחלקת חינוך בלתי פורמלי",
            &rust_xlsxwriter::Format::new(),
        )
        .unwrap();
    for (col, h) in HEADER.split(',').enumerate() {
        sheet.write_string(1, col as u16, h).unwrap();
    }
    for (row, line) in ROWS.iter().enumerate() {
        for (col, value) in line.split(',').enumerate() {
            if !value.is_empty() {
                sheet
                    .write_string(row as u32 + 2, col as u16, value)
                    .unwrap();
            }
        }
    }
    let bytes = workbook.save_to_buffer().unwrap();
    let (session, preview) = ImportSession::open(&mut store, "list.xlsx", &bytes).unwrap();
    assert_eq!(preview.sheet.as_deref(), Some("אנשי קשר"));
    assert_eq!(preview.title_lines, 1);
    session.commit(&mut store, &preview.mapping).unwrap();
    assert_three_people(&store);
}

#[test]
fn a_table_pasted_from_excel_or_word_reads_like_a_file() {
    let (_dir, mut store) = store();
    // Excel and Word copy a table as lines of cells separated by tabs.
    let pasted = std::iter::once(HEADER)
        .chain(ROWS)
        .map(|l| l.replace(',', "\t"))
        .collect::<Vec<_>>()
        .join("\n");
    let (session, preview) = ImportSession::paste(&mut store, &pasted).unwrap();
    assert_eq!(preview.file_name, "טבלה שהודבקה");
    assert_eq!(preview.create, 3);
    session.commit(&mut store, &preview.mapping).unwrap();
    assert_three_people(&store);
    assert!(matches!(
        ImportSession::paste(&mut store, "just some words"),
        Err(Error::NotAContactList(_))
    ));
}

#[test]
fn a_preview_of_twenty_thousand_rows_sends_a_page_and_counts_the_rest() {
    use eshkol_core::directory::import::{ImportSession, PREVIEW_ROWS};
    let (_dir, mut store) = store();
    let mut csv = String::from("שם מלא,טלפון נייד\n");
    for n in 0..20_000 {
        csv.push_str(&format!("איש קשר {n},050{n:07}\n"));
    }
    csv.push_str(",050-0000001\n");
    let (session, preview) =
        ImportSession::open(&mut store, "district.csv", csv.as_bytes()).unwrap();
    assert_eq!(preview.total_rows, 20_001);
    assert_eq!(
        (preview.create, preview.skip),
        (20_000, 1),
        "counted over every row"
    );
    assert_eq!(preview.rows.len(), PREVIEW_ROWS);
    assert_eq!(preview.first_row, 0);
    let sent = serde_json::to_string(&preview).unwrap().len();
    assert!(sent < 100_000, "the window is sent a page, {sent} bytes");

    // The last page, with the row that will be skipped, asked for by where it starts.
    let last = session.remap(&mut store, &preview.mapping, 20_000).unwrap();
    assert_eq!(last.first_row, 20_000);
    assert_eq!(last.rows.len(), 1);
    assert_eq!(last.rows[0].action, RowAction::Skip);
    // Past the end, the last page is shown.
    let past = session.remap(&mut store, &preview.mapping, 90_000).unwrap();
    assert_eq!(past.first_row, 20_000);
}
