//! The contact sheet's layout: groups, pages of about thirty rows, headings and footers.

use chrono::NaiveDate;
use eshkol_core::{
    Store,
    directory::PersonInput,
    documents::sheet::{Column, Grouping, Row, SheetOptions},
};

use crate::common;

fn sample_with_extra(extra: usize) -> (tempfile::TempDir, Store) {
    let (dir, mut store) = common::sample();
    let cluster = store.clusters(false).unwrap()[0].id.clone();
    for i in 0..extra {
        store
            .add_person(&PersonInput {
                full_name: format!("מדריך {i:03}"),
                role_title: "מדריך".into(),
                cluster_id: Some(cluster.clone()),
                mobile: format!("058-{:07}", 1_000_000 + i),
                ..Default::default()
            })
            .unwrap();
    }
    (dir, store)
}

const DATE: fn() -> NaiveDate = || NaiveDate::from_ymd_opt(2026, 11, 22).unwrap();

#[test]
fn pages_hold_at_most_thirty_rows_and_say_which_page_they_are() {
    let (_dir, store) = sample_with_extra(70);
    let sheet = store
        .contact_sheet(&SheetOptions::default(), DATE())
        .unwrap();
    // The sample's thirty (twenty of the department, ten emergency volunteers) and seventy more.
    assert_eq!(sheet.people, 100);
    assert_eq!(sheet.date, "22.11.2026");
    assert_eq!(sheet.title, "דף קשר");
    assert!(sheet.department.contains("מחלקת חינוך בלתי פורמלי"));
    let pages = sheet.pages.len();
    assert!(
        pages >= 4,
        "100 people and 3 groups need at least four pages of 30, got {pages}"
    );
    for page in &sheet.pages {
        assert!(
            page.rows.len() <= 30,
            "page {} has {} rows",
            page.number,
            page.rows.len()
        );
        assert!(
            !matches!(page.rows.last(), Some(Row::Group { .. })),
            "a heading alone at the foot of page {}",
            page.number
        );
        assert_eq!(
            page.footer,
            format!(
                "עמוד \u{2068}{}\u{2069} מתוך \u{2068}{pages}\u{2069}",
                page.number
            )
        );
    }
    let people: usize = sheet
        .pages
        .iter()
        .flat_map(|p| &p.rows)
        .filter(|r| matches!(r, Row::Person { .. }))
        .count();
    assert_eq!(people, 100, "everyone is on the sheet once");
    // A group that runs onto the next page repeats its heading there, marked as continued.
    let continued = sheet.pages[1..]
        .iter()
        .filter(|p| matches!(&p.rows[0], Row::Group { title } if title.contains("(המשך)")))
        .count();
    assert!(continued >= 1);
}

#[test]
fn groups_come_in_hebrew_order_with_the_unassigned_last() {
    let (_dir, store) = sample_with_extra(0);
    let sheet = store
        .contact_sheet(&SheetOptions::default(), DATE())
        .unwrap();
    let groups: Vec<_> = sheet.pages[0]
        .rows
        .iter()
        .filter_map(|r| match r {
            Row::Group { title } => Some(title.as_str()),
            _ => None,
        })
        .collect();
    assert_eq!(
        groups,
        ["אשכול דרום", "אשכול מרכז", "אשכול צפון", "ללא שיוך"]
    );

    let by_role = SheetOptions {
        grouping: Grouping::Role,
        ..Default::default()
    };
    let sheet = store.contact_sheet(&by_role, DATE()).unwrap();
    assert!(
        sheet
            .pages
            .iter()
            .flat_map(|p| &p.rows)
            .any(|r| matches!(r, Row::Group { title } if title == "רכזת חינוך יישובית"))
    );

    let flat = SheetOptions {
        grouping: Grouping::None,
        ..Default::default()
    };
    let sheet = store.contact_sheet(&flat, DATE()).unwrap();
    assert!(
        sheet
            .pages
            .iter()
            .flat_map(|p| &p.rows)
            .all(|r| matches!(r, Row::Person { .. }))
    );
}

#[test]
fn the_chosen_columns_in_order_with_numbers_left_to_right() {
    let (_dir, store) = sample_with_extra(0);
    let options = SheetOptions {
        grouping: Grouping::None,
        columns: vec![Column::Mobile, Column::Email, Column::Mobile],
        ..Default::default()
    };
    let sheet = store.contact_sheet(&options, DATE()).unwrap();
    assert_eq!(sheet.headers, ["שם", "נייד", "דוא״ל"]);
    let manager = sheet.pages[0]
        .rows
        .iter()
        .find_map(|r| match r {
            Row::Person { cells } if cells[0].text == "מיכל אבירם" => Some(cells),
            _ => None,
        })
        .unwrap();
    assert_eq!(manager[1].text, "050-5550101");
    assert!(manager[1].ltr && manager[2].ltr && !manager[0].ltr);
}

#[test]
fn only_the_people_asked_for() {
    let (_dir, store) = sample_with_extra(0);
    let some: Vec<_> = store
        .people(false)
        .unwrap()
        .into_iter()
        .take(2)
        .map(|p| p.id)
        .collect();
    let options = SheetOptions {
        ids: Some(some),
        ..Default::default()
    };
    let sheet = store.contact_sheet(&options, DATE()).unwrap();
    assert_eq!(sheet.people, 2);
    assert_eq!(sheet.pages.len(), 1);
}
