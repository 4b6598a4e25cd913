//! The contact sheet as PDF, checked as a reader's tools see it: pdftotext for the text in
//! logical order, pdffonts for embedded fonts.

use std::process::Command;

use chrono::NaiveDate;
use eshkol_core::documents::sheet::{Column, Grouping, SheetOptions};

use crate::common;
use common::sample;

fn tool(dir: &tempfile::TempDir, pdf: &[u8], program: &str, args: &[&str]) -> String {
    let path = dir.path().join("sheet.pdf");
    std::fs::write(&path, pdf).unwrap();
    let out = Command::new(program)
        .args(args)
        .arg(&path)
        .args(if program == "pdftotext" {
            vec!["-"]
        } else {
            vec![]
        })
        .output()
        .unwrap_or_else(|e| panic!("{program} (poppler-utils) runs: {e}"));
    assert!(
        out.status.success(),
        "{program}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    // pdftotext marks right-to-left runs with embedding controls; a reader copying text sees none.
    String::from_utf8(out.stdout)
        .unwrap()
        .chars()
        .filter(|c| !matches!(c, '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}'))
        .collect()
}

/// Without white space: pdftotext may move a space across a number in right-to-left text
/// ("עמוד  1מתוך 1") while the page itself reads right.
fn squash(text: &str) -> String {
    text.chars().filter(|c| !c.is_whitespace()).collect()
}

fn assert_has(text: &str, expected: &str) {
    assert!(
        squash(text).contains(&squash(expected)),
        "{expected:?} is not in the extracted text:\n{text}"
    );
}

const DATE: fn() -> NaiveDate = || NaiveDate::from_ymd_opt(2026, 11, 22).unwrap();

#[test]
fn hebrew_extracts_in_logical_order_with_numbers_left_to_right() {
    let (dir, store) = sample();
    let pdf = store
        .contact_sheet_pdf(&SheetOptions::default(), DATE())
        .unwrap();
    assert!(pdf.starts_with(b"%PDF"));
    let text = tool(&dir, &pdf, "pdftotext", &[]);
    for expected in [
        "דף קשר",
        "מיכל אבירם",
        "מנהלת המחלקה",
        "אשכול צפון",
        "22.11.2026",
        "050-5550101",
        "michal.aviram@example.org",
        "עמוד 1 מתוך 2",
        "עמוד 2 מתוך 2",
    ] {
        assert_has(&text, expected);
    }
    assert!(
        !text.contains("5550101-050"),
        "a phone number must never read backwards"
    );
}

#[test]
fn fonts_are_embedded() {
    let (dir, store) = sample();
    let pdf = store
        .contact_sheet_pdf(&SheetOptions::default(), DATE())
        .unwrap();
    let fonts = tool(&dir, &pdf, "pdffonts", &[]);
    let rows: Vec<&str> = fonts.lines().skip(2).collect();
    assert!(!rows.is_empty(), "{fonts}");
    assert!(rows.iter().any(|r| r.contains("NotoSansHebrew")), "{fonts}");
    for row in rows {
        let cols: Vec<&str> = row.split_whitespace().collect();
        // name type [encoding] emb sub uni object ID: "emb" is the fifth column from the end.
        assert_eq!(cols[cols.len() - 5], "yes", "not embedded: {row}");
    }
}

#[test]
fn arabic_is_shaped_and_extracts_when_the_language_is_arabic() {
    let (dir, mut store) = sample();
    store.set_locale("ar").unwrap();
    let options = SheetOptions {
        grouping: Grouping::None,
        columns: vec![Column::Mobile],
        ..Default::default()
    };
    let pdf = store.contact_sheet_pdf(&options, DATE()).unwrap();
    let text = tool(&dir, &pdf, "pdftotext", &[]);
    // Words without the lam-alef ligature: Typst maps that ligature back to its letters in the
    // wrong order when text is extracted (it renders right).
    for expected in [
        "ورقة جهات",
        "الجوال",
        "صفحة 1 من 1",
        "050-5550101",
        "מיכל אבירם",
    ] {
        assert_has(&text, expected);
    }
}

#[test]
fn ninety_people_take_several_pages_each_numbered() {
    let (dir, mut store) = sample();
    for i in 0..70 {
        store
            .add_person(&eshkol_core::directory::PersonInput {
                full_name: format!("מדריך {i:03}"),
                ..Default::default()
            })
            .unwrap();
    }
    let sheet = store
        .contact_sheet(&SheetOptions::default(), DATE())
        .unwrap();
    let pdf = store
        .contact_sheet_pdf(&SheetOptions::default(), DATE())
        .unwrap();
    let info = tool(&dir, &pdf, "pdfinfo", &[]);
    let pages = sheet.pages.len();
    assert!(
        info.lines()
            .any(|l| l.starts_with("Pages:") && l.trim_end().ends_with(&format!(" {pages}"))),
        "{info}"
    );
    let text = tool(&dir, &pdf, "pdftotext", &[]);
    assert_has(&text, &format!("עמוד {pages} מתוך {pages}"));
}

/// Writes the sample's contact sheet where ESHKOL_PDF_OUT says, to look at it (not a check).
#[test]
fn write_sample_pdf_when_asked() {
    let Ok(out) = std::env::var("ESHKOL_PDF_OUT") else {
        return;
    };
    let (_dir, mut store) = sample();
    if let Ok(locale) = std::env::var("ESHKOL_PDF_LOCALE") {
        store.set_locale(&locale).unwrap();
    }
    std::fs::write(
        out,
        store
            .contact_sheet_pdf(&SheetOptions::default(), DATE())
            .unwrap(),
    )
    .unwrap();
}

#[test]
fn the_emergency_matrix_pdf_reads_in_order_with_its_empty_cells_said() {
    let (dir, store) = sample();
    let today = eshkol_core::today();
    let file = store.export_emergency_matrix(today).unwrap();
    assert!(file.bytes.starts_with(b"%PDF"));
    let text = tool(&dir, &file.bytes, "pdftotext", &[]);
    assert_has(&text, "מפת כיסוי לחירום");
    assert_has(&text, "לא מקצועי");
    assert_has(&text, "אשכול דרום");
    assert_has(&text, "מצפה חרוב");
    assert_has(&text, &today.format("%d.%m.%Y").to_string());
    // The south has nobody pedagogical: its cells say so in words.
    assert!(squash(&text).contains("אין"), "{text}");
    let document = store.emergency_matrix_document(today).unwrap();
    let south = document.groups.iter().find(|g| g.title == "אשכול דרום").unwrap();
    assert!(south.rows.iter().all(|r| r.cells[1].text == "אין"));
}

#[test]
fn the_emergency_sheet_reads_in_order_with_phones_left_to_right_and_its_dates() {
    let (dir, store) = sample();
    let today = eshkol_core::today();
    let cluster = store.clusters(false).unwrap().into_iter().find(|c| c.name == "אשכול צפון").unwrap();
    let settlement = cluster.settlements.iter().find(|s| s.name == "כפר הגפן").unwrap().id.clone();
    let target = eshkol_core::documents::emergency::EmergencySheetTarget {
        settlement_id: Some(settlement),
        cluster_id: None,
    };
    let file = store.export_emergency_sheet(&target, today).unwrap();
    assert!(file.name.contains("כפר הגפן"), "{}", file.name);
    let text = tool(&dir, &file.bytes, "pdftotext", &[]);
    for expected in [
        "דף קשר לחירום",
        "כפר הגפן · אשכול צפון",
        "אנשי הקשר ביישוב",
        // The settlement's coordinator and the cluster's, with their phones as dialled.
        "ליאת צורי",
        "הילה ברקאי",
        "054-5550103",
        // Volunteers by emergency cluster: one who lives here, one who acts across the council.
        "רגשי",
        "אביטל כרמי",
        "054-7110201",
        "משה פרחי",
        "נהיגה והסעות",
        // The organizations active here, with their equipment: what, how many, where.
        "בית הספר היסודי ״האלונים״",
        "מחשבים ניידים ×",
        "25",
        "בית הספר האלונים",
        "מועצה אזורית עמק הגפן",
        "גנרטורים ×",
        &format!("הודפס ב־{}", today.format("%d.%m.%Y")),
        "הפרטים נכונים ל־",
    ] {
        assert_has(&text, expected);
    }
    assert!(!text.contains("1020117-450"), "a phone number must never read backwards");
    // Stale details are marked in words, not by shading alone, and the legend says what the mark means.
    assert_has(&text, "פרטים שלא אושרו יותר משנה");
    let sheet = store.emergency_sheet(&target, today).unwrap();
    let helpers: Vec<_> = sheet.pages[0]
        .volunteers
        .iter()
        .flat_map(|g| g.helpers.iter())
        .chain(sheet.pages[0].organizations.iter())
        .collect();
    assert!(helpers.iter().any(|h| h.stale), "the sample has someone not confirmed for over a year");
    for h in helpers {
        assert_eq!(h.confirmed.starts_with("⚠"), h.stale, "{}: {}", h.name, h.confirmed);
    }
    if let Ok(path) = std::env::var("ESHKOL_KEEP_PDF") {
        std::fs::write(path, &file.bytes).unwrap();
    }
    // A cluster gives a page per settlement.
    let target = eshkol_core::documents::emergency::EmergencySheetTarget {
        settlement_id: None,
        cluster_id: Some(cluster.id.clone()),
    };
    let sheet = store.emergency_sheet(&target, today).unwrap();
    assert_eq!(sheet.pages.len(), 4);
    let file = store.export_emergency_sheet(&target, today).unwrap();
    let text = tool(&dir, &file.bytes, "pdftotext", &[]);
    for name in ["כפר הגפן", "נווה אלון", "גבעת רימון", "שדה תאנה"] {
        assert_has(&text, &format!("{name} · אשכול צפון"));
    }
}
