//! Files that cannot take the laptop down (issue #19): each hostile file is built here, then
//! read in a child process of its own (this test binary, run again on one file), which reports
//! how the reading ended, how long it took and its peak resident memory. A file over a limit
//! must be refused within a second, with the limit it is over, and without the memory its
//! contents would need; the largest list the limits allow must still be read.

use crate::common;

use std::{
    io::Write,
    process::Command,
    time::{Duration, Instant},
};

use eshkol_core::directory::import::read_table;

const CHILD: &str = "ESHKOL_BOUNDED_CHILD";

/// In the child only: read the file `CHILD` names and print `code|rows|ms|peak kB`.
#[test]
fn child_reads_one_file() {
    let Ok(path) = std::env::var(CHILD) else {
        return;
    };
    let name = std::path::Path::new(&path)
        .file_name()
        .unwrap()
        .to_string_lossy()
        .into_owned();
    let started = Instant::now();
    let bytes = std::fs::read(&path).unwrap();
    let (code, rows) = match read_table(&name, &bytes) {
        Ok(table) => ("ok".to_owned(), table.rows.len()),
        Err(e) => (format!("{e:?}"), 0),
    };
    let ms = started.elapsed().as_millis();
    let status = std::fs::read_to_string("/proc/self/status").unwrap();
    let peak_kb: u64 = status
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
        .unwrap();
    println!("RESULT {code}|{rows}|{ms}|{peak_kb}");
}

struct Read {
    code: String,
    rows: usize,
    took: Duration,
    peak_mb: u64,
}

/// Read `bytes`, saved as `name`, in a child process.
fn read_in_child(name: &str, bytes: &[u8]) -> Read {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(name);
    std::fs::write(&path, bytes).unwrap();
    let out = Command::new(std::env::current_exe().unwrap())
        .arg("--exact")
        .arg(common::test_name(module_path!(), "child_reads_one_file"))
        .args(["--nocapture", "--test-threads=1"])
        .env(CHILD, &path)
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    let line = stdout
        .lines()
        .find_map(|l| l.split_once("RESULT ").map(|(_, r)| r))
        .unwrap_or_else(|| {
            panic!(
                "the child read {name}: {stdout} {}",
                String::from_utf8_lossy(&out.stderr)
            )
        });
    let parts: Vec<&str> = line.split('|').collect();
    let read = Read {
        code: parts[0].to_owned(),
        rows: parts[1].parse().unwrap(),
        took: Duration::from_millis(parts[2].parse().unwrap()),
        peak_mb: parts[3].parse::<u64>().unwrap() / 1024,
    };
    println!(
        "{name}: {} in {} ms, peak {} MB",
        read.code,
        read.took.as_millis(),
        read.peak_mb
    );
    read
}

/// A workbook of one sheet whose XML `sheet` writes, with shared strings when given, made
/// part by part as Excel lays it out.
fn workbook(
    sheet: impl FnOnce(&mut dyn Write),
    shared: Option<&dyn Fn(&mut dyn Write)>,
) -> Vec<u8> {
    use zip::{CompressionMethod, write::SimpleFileOptions};
    let options = SimpleFileOptions::default()
        .compression_method(CompressionMethod::Deflated)
        .compression_level(Some(1))
        .large_file(true);
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let part = |zip: &mut zip::ZipWriter<_>, name: &str, text: &str| {
        zip.start_file(name, options).unwrap();
        zip.write_all(text.as_bytes()).unwrap();
    };
    part(
        &mut zip,
        "[Content_Types].xml",
        r#"<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>"#,
    );
    part(
        &mut zip,
        "_rels/.rels",
        r#"<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>"#,
    );
    part(
        &mut zip,
        "xl/workbook.xml",
        r#"<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="אנשי קשר" sheetId="1" r:id="rId1"/></sheets></workbook>"#,
    );
    part(
        &mut zip,
        "xl/_rels/workbook.xml.rels",
        r#"<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>"#,
    );
    if let Some(shared) = shared {
        zip.start_file("xl/sharedStrings.xml", options).unwrap();
        shared(&mut zip);
    }
    zip.start_file("xl/worksheets/sheet1.xml", options).unwrap();
    zip.write_all(br#"<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>"#).unwrap();
    sheet(&mut zip);
    zip.write_all(b"</sheetData></worksheet>").unwrap();
    zip.finish().unwrap().into_inner()
}

/// A row of inline-string cells in columns A, B, C…
fn row(out: &mut dyn Write, number: usize, cells: &[&str]) {
    write!(out, r#"<row r="{number}">"#).unwrap();
    for (i, text) in cells.iter().enumerate() {
        let column = (b'A' + i as u8) as char;
        write!(
            out,
            r#"<c r="{column}{number}" t="inlineStr"><is><t>{text}</t></is></c>"#
        )
        .unwrap();
    }
    out.write_all(b"</row>").unwrap();
}

fn header(out: &mut dyn Write) {
    row(out, 1, &["שם מלא", "תפקיד", "טלפון נייד", "דוא\"ל"]);
}

/// Refused with `limit`, within a second, in little memory.
fn refused(read: &Read, limit: &str) {
    assert_eq!(read.code, format!("FileOverLimit({limit})"));
    assert!(
        read.took < Duration::from_secs(1),
        "refused in {:?}",
        read.took
    );
    assert!(read.peak_mb < 96, "peak {} MB while refusing", read.peak_mb);
}

#[test]
fn a_workbook_whose_sheet_expands_past_the_limit() {
    // 160,000 rows of 1,000 characters: 160 MB of XML, a few hundred kB on disk.
    let long = "א".repeat(500);
    let bytes = workbook(
        |out| {
            header(out);
            for n in 2..160_000 {
                row(out, n, &[&long]);
            }
        },
        None,
    );
    assert!(
        bytes.len() < 4 * 1024 * 1024,
        "{} bytes on disk",
        bytes.len()
    );
    refused(&read_in_child("expands.xlsx", &bytes), "Uncompressed");
}

#[test]
fn a_million_empty_rows_and_a_value_in_the_last() {
    let bytes = workbook(
        |out| {
            header(out);
            row(out, 1_048_576, &["x"]);
        },
        None,
    );
    refused(&read_in_child("last-row.xlsx", &bytes), "Rows");
}

#[test]
fn sixteen_thousand_columns() {
    let bytes = workbook(
        |out| {
            header(out);
            out.write_all(br#"<row r="2"><c r="XFD2" t="inlineStr"><is><t>x</t></is></c></row>"#)
                .unwrap();
        },
        None,
    );
    refused(&read_in_child("columns.xlsx", &bytes), "Columns");
}

#[test]
fn a_cell_of_ten_megabytes() {
    let bytes = workbook(
        |out| {
            header(out);
            row(out, 2, &[&"x".repeat(10 * 1024 * 1024)]);
        },
        None,
    );
    refused(&read_in_child("cell.xlsx", &bytes), "Cell");
}

#[test]
fn a_shared_strings_bomb() {
    // Three million distinct-looking empty strings: 51 MB, under the size limit, but more
    // texts than a contact list could hold.
    let bytes = workbook(
        header,
        Some(&|out: &mut dyn Write| {
            out.write_all(br#"<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">"#).unwrap();
            for _ in 0..3_000_000 {
                out.write_all(b"<si><t>a</t></si>").unwrap();
            }
            out.write_all(b"</sst>").unwrap();
        }),
    );
    refused(&read_in_child("strings.xlsx", &bytes), "SharedStrings");
}

#[test]
fn a_csv_of_many_short_rows_just_under_the_byte_limit() {
    let mut csv = String::from("שם מלא,טלפון נייד\n");
    while csv.len() < eshkol_core::directory::import::MAX_FILE_BYTES - 8 {
        csv.push_str("א,1\n");
    }
    refused(&read_in_child("short-rows.csv", csv.as_bytes()), "Rows");
}

#[test]
fn the_largest_list_the_limits_allow_is_read() {
    // Five times a district: the row limit less the header, four columns each.
    let rows = eshkol_core::limits::MAX_ROWS - 1;
    let bytes = workbook(
        |out| {
            header(out);
            for n in 2..=rows + 1 {
                let name = format!("איש קשר {n}");
                let mobile = format!("050{:07}", n);
                row(out, n, &[&name, "רכז/ת נוער", &mobile, "a@example.org"]);
            }
        },
        None,
    );
    let read = read_in_child("district.xlsx", &bytes);
    assert_eq!(read.code, "ok");
    assert_eq!(read.rows, rows);
    assert!(read.peak_mb < 400, "peak {} MB while reading", read.peak_mb);
}

#[test]
fn each_limit_is_said_in_every_language_with_what_to_do() {
    use eshkol_core::{Error, Locale, Messages, limits::FileLimit};
    for limit in [
        FileLimit::Uncompressed,
        FileLimit::SharedStrings,
        FileLimit::Rows,
        FileLimit::Columns,
        FileLimit::Cell,
    ] {
        let error = Error::FileOverLimit(limit);
        assert_eq!(error.code(), "file-over-limit");
        for locale in [Locale::He, Locale::Ar, Locale::En] {
            let said = error.localize(&Messages::new(locale));
            assert!(!said.contains("error-"), "{said}");
            let digits: String = said.chars().filter(char::is_ascii_digit).collect();
            assert!(
                digits.contains(&limit.max().to_string()),
                "{limit:?} names its limit: {said}"
            );
        }
    }
    let en = Error::FileOverLimit(FileLimit::Rows).localize(&Messages::new(Locale::En));
    assert!(en.contains("more than") && en.contains("rows"), "{en}");
    assert!(en.contains("100,000"), "a count as people read it: {en}");
}

#[test]
fn a_table_that_starts_right_of_column_a_reads_from_its_first_column() {
    let bytes = workbook(
        |out| {
            out.write_all(
                r#"<row r="3"><c r="C3" t="inlineStr"><is><t>שם מלא</t></is></c><c r="D3" t="inlineStr"><is><t>טלפון נייד</t></is></c></row><row r="4"><c r="C4" t="inlineStr"><is><t>דנה לוי</t></is></c><c r="D4"><v>501234567</v></c></row>"#
                    .as_bytes(),
            )
            .unwrap();
        },
        None,
    );
    let table = read_table("offset.xlsx", &bytes).unwrap();
    assert_eq!(table.headers, ["שם מלא", "טלפון נייד"]);
    assert_eq!(table.rows, [["דנה לוי", "0501234567"]]);
}
