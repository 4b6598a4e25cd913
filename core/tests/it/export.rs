//! Exports read back by parsers other than the code that wrote them: Python's csv module for
//! CSV, calamine for XLSX, the ical crate for vCard.

use std::{io::Write, process::Command};

use calamine::{Reader, Xlsx};
use eshkol_core::documents::export::ExportFormat;

use crate::common;
use common::sample;

#[test]
fn csv_opens_with_hebrew_intact() {
    let (dir, store) = sample();
    let bytes = store.export_people(ExportFormat::Csv, None).unwrap();
    assert!(
        bytes.starts_with("\u{feff}".as_bytes()),
        "UTF-8 with a byte-order mark, for Excel"
    );
    let path = dir.path().join("people.csv");
    std::fs::write(&path, &bytes).unwrap();
    let script = "import csv, json, sys\n\
                  rows = list(csv.reader(open(sys.argv[1], encoding='utf-8-sig', newline='')))\n\
                  print(json.dumps(rows, ensure_ascii=False))";
    let out = Command::new("python3")
        .arg("-c")
        .arg(script)
        .arg(&path)
        .output()
        .expect("python3 reads the CSV");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let rows: Vec<Vec<String>> = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(rows[0][..2], ["שם", "תפקיד"]);
    assert_eq!(
        rows.len(),
        31,
        "a header, the department's twenty people and ten emergency volunteers"
    );
    let manager = rows.iter().find(|r| r[0] == "מיכל אבירם").unwrap();
    assert_eq!(manager[1], "מנהלת המחלקה");
    assert_eq!(
        manager[5..8],
        ["04-5550101", "050-5550101", "michal.aviram@example.org"]
    );
}

#[test]
fn csv_of_the_filtered_list_only() {
    let (_dir, store) = sample();
    let ids: Vec<_> = store
        .people(false)
        .unwrap()
        .into_iter()
        .take(3)
        .map(|p| p.id)
        .collect();
    let bytes = store.export_people(ExportFormat::Csv, Some(&ids)).unwrap();
    let text = String::from_utf8(bytes).unwrap();
    assert_eq!(text.lines().count(), 4);
}

#[test]
fn xlsx_reads_back() {
    let (_dir, store) = sample();
    let bytes = store.export_people(ExportFormat::Xlsx, None).unwrap();
    let mut workbook: Xlsx<_> = Xlsx::new(std::io::Cursor::new(bytes)).unwrap();
    assert_eq!(workbook.sheet_names(), ["אנשי קשר"]);
    let range = workbook.worksheet_range("אנשי קשר").unwrap();
    let rows: Vec<Vec<String>> = range
        .rows()
        .map(|r| r.iter().map(|c| c.to_string()).collect())
        .collect();
    assert_eq!(rows[0][0], "שם");
    assert_eq!(rows.len(), 31);
    let manager = rows.iter().find(|r| r[0] == "מיכל אבירם").unwrap();
    assert_eq!(
        manager[6], "050-5550101",
        "phone numbers stay text, leading zero and all"
    );
}

#[test]
fn vcard_reads_back_with_typed_phones_organization_and_title() {
    let (dir, store) = sample();
    let bytes = store.export_people(ExportFormat::Vcard, None).unwrap();
    let text = String::from_utf8(bytes.clone()).unwrap();
    assert!(
        text.lines().all(|l| l.len() <= 75),
        "lines are folded at 75 octets"
    );
    assert!(text.contains("\r\n"));
    let path = dir.path().join("people.vcf");
    std::fs::File::create(&path)
        .unwrap()
        .write_all(&bytes)
        .unwrap();
    let cards: Vec<_> =
        ical::VcardParser::new(std::io::BufReader::new(std::fs::File::open(&path).unwrap()))
            .collect::<Result<_, _>>()
            .unwrap();
    assert_eq!(cards.len(), 30);
    let value = |card: &ical::parser::vcard::component::VcardContact, name: &str| {
        card.properties
            .iter()
            .find(|p| p.name == name)
            .and_then(|p| p.value.clone())
    };
    let manager = cards
        .iter()
        .find(|c| value(c, "FN").as_deref() == Some("מיכל אבירם"))
        .unwrap();
    assert_eq!(value(manager, "VERSION").as_deref(), Some("3.0"));
    assert_eq!(value(manager, "TITLE").as_deref(), Some("מנהלת המחלקה"));
    assert_eq!(
        value(manager, "ORG").as_deref(),
        Some("מחלקת חינוך בלתי פורמלי – מועצה אזורית עמק הגפן")
    );
    assert_eq!(value(manager, "N").as_deref(), Some("אבירם;מיכל;;;"));
    let phones: Vec<(String, String)> = manager
        .properties
        .iter()
        .filter(|p| p.name == "TEL")
        .map(|p| {
            let types = p
                .params
                .as_ref()
                .unwrap()
                .iter()
                .flat_map(|(_, v)| v.clone())
                .collect::<Vec<_>>()
                .join(",");
            (types, p.value.clone().unwrap())
        })
        .collect();
    assert_eq!(
        phones,
        [
            ("CELL,VOICE".to_owned(), "+972505550101".to_owned()),
            ("WORK,VOICE".to_owned(), "+97245550101".to_owned())
        ]
    );
}
