//! Dates and times as people in Israel type them (issue #15, point 1): day first, with dots,
//! slashes or no separator at all, a two-digit year; times with or without a colon. Each form
//! is read the one way it means, through every form that takes a date, and anything that could
//! be misread is refused with a message that keeps what was typed and says how to write it.

use chrono::NaiveDate;
use eshkol_core::{
    Error, Field, Locale, Messages, Store,
    forums::{ActionItemInput, MeetingInput},
    model::{read_date, read_time}, directory::{ClusterInput, PersonInput, SettlementInput},
    visits::VisitInput,
};

use crate::common;
use common::store;

fn d(text: &str) -> NaiveDate {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
}

#[test]
fn every_israeli_way_of_typing_a_date_reads_as_the_same_day() {
    for typed in [
        "15.12.2026",
        "15/12/26",
        "15122026",
        "151226",
        "15-12-2026",
        "15.12.26",
        " 15/12/2026 ",
        "2026-12-15",
    ] {
        assert_eq!(read_date(typed), Some(d("2026-12-15")), "{typed}");
    }
    assert_eq!(
        read_date("1.2.2027"),
        Some(d("2027-02-01")),
        "one digit for day and month"
    );
    assert_eq!(
        read_date("29.2.2028"),
        Some(d("2028-02-29")),
        "a leap year's 29 February"
    );
}

#[test]
fn a_date_that_could_be_misread_is_not_read_at_all() {
    for typed in [
        "12/15/2026", // month first: there is no 15th month
        "11/30/2026", // as the native input showed it on this machine
        "31.11.2026", // November has 30 days
        "29.2.2027",  // not a leap year
        "15.12",      // no year
        "1512",       // no year
        "2026",
        "20261215", // eight digits are day, month, year: this is month 26
        "1512202",
        "15.12.2026.",
        "15.12/2026",
        "15.12.202",
        "a.b.cdef",
        "ט״ו בכסלו",
        "",
    ] {
        assert_eq!(read_date(typed), None, "{typed:?}");
    }
}

#[test]
fn times_with_and_without_a_colon() {
    for (typed, time) in [
        ("17:30", "17:30"),
        ("1730", "17:30"),
        ("17.30", "17:30"),
        ("930", "09:30"),
        ("9:30", "09:30"),
        ("17", "17:00"),
        ("0", "00:00"),
    ] {
        let read = read_time(typed).unwrap_or_else(|| panic!("{typed:?} not read"));
        assert_eq!(read.format("%H:%M").to_string(), time, "{typed:?}");
    }
    for typed in [
        "25:00", "17:60", "17:3", "173", "12345", "17:30:00", "ab:cd", "-1", "",
    ] {
        // "173" is 1:73: refused, not guessed as 17:03 or 17:30.
        assert_eq!(read_time(typed), None, "{typed:?}");
    }
}

struct Department {
    forum_meeting: String,
    settlement: String,
    person: String,
}

fn department(store: &mut Store) -> Department {
    let forum_meeting = common::meeting(store);
    let cluster = store
        .save_cluster(
            None,
            &ClusterInput {
                name: "אשכול צפון".into(),
                region: Some(eshkol_core::directory::Region::North),
                ..Default::default()
            },
        )
        .unwrap();
    let settlement = store
        .save_settlement(
            None,
            &SettlementInput {
                name: "גבעת אלון".into(),
                kind: Some(eshkol_core::directory::SettlementKind::Kibbutz),
                cluster_id: Some(cluster),
                ..Default::default()
            },
        )
        .unwrap();
    let person = store
        .add_person(&PersonInput {
            full_name: "אורי גלבועי".into(),
            ..Default::default()
        })
        .unwrap();
    Department {
        forum_meeting,
        settlement,
        person,
    }
}

#[test]
fn each_form_that_takes_a_date_stores_what_was_meant() {
    let (_dir, mut store) = store();
    let dep = department(&mut store);
    let forum = store.meeting(&dep.forum_meeting).unwrap().forum_id;

    let meeting = store
        .save_meeting(
            None,
            &forum,
            &MeetingInput {
                date: "15.12.2026".into(),
                start_time: "1730".into(),
                ..Default::default()
            },
        )
        .unwrap();
    let saved = store.meeting(&meeting).unwrap();
    assert_eq!(saved.date, d("2026-12-15"));
    assert_eq!(saved.start_time.as_deref(), Some("17:30"));

    store
        .save_action_item(
            &meeting,
            None,
            &ActionItemInput {
                what: "להזמין אולם".into(),
                due_date: "15122026".into(),
                ..Default::default()
            },
        )
        .unwrap();
    let items = store.meeting(&meeting).unwrap().action_items;
    assert_eq!(items[0].due_date, Some(d("2026-12-15")));

    let purpose = store.visit_purposes().unwrap()[0].id.clone();
    let visit = store
        .save_visit(
            None,
            &VisitInput {
                settlement_id: dep.settlement.clone(),
                date: "15/12/26".into(),
                purpose_id: purpose,
                visitors: vec![dep.person.clone()],
                summary: "ביקור".into(),
                ..Default::default()
            },
        )
        .unwrap();
    assert_eq!(store.visit(&visit).unwrap().date, d("2026-12-15"));
}

#[test]
fn a_date_that_cannot_be_read_is_refused_in_words_and_nothing_is_saved() {
    let (_dir, mut store) = store();
    let dep = department(&mut store);
    let meeting = dep.forum_meeting;
    // What the native input did: 15.12.2026 became 12 December; 15122026 became no date at all.
    let error = store
        .save_action_item(
            &meeting,
            None,
            &ActionItemInput {
                what: "להזמין אולם".into(),
                due_date: "15.15.2026".into(),
                ..Default::default()
            },
        )
        .unwrap_err();
    assert!(matches!(
        &error,
        Error::NotADate { field: Field::DueDate, value } if value == "15.15.2026"
    ));
    assert!(store.meeting(&meeting).unwrap().action_items.is_empty());
    let he = error.localize(&Messages::new(Locale::He));
    assert!(
        he.contains("15.15.2026") && he.contains("15.12.2026"),
        "{he}"
    );
    assert!(he.contains("תאריך היעד"), "names the field: {he}");

    let error = store
        .save_meeting(
            Some(&meeting),
            &store.meeting(&meeting).unwrap().forum_id,
            &MeetingInput {
                date: "20.11.2026".into(),
                start_time: "7:3".into(),
                ..Default::default()
            },
        )
        .unwrap_err();
    assert!(matches!(
        error,
        Error::NotATime {
            field: Field::Time,
            ..
        }
    ));
    assert_eq!(store.meeting(&meeting).unwrap().start_time, None);
    let en = error.localize(&Messages::new(Locale::En));
    assert!(en.contains("7:3") && en.contains("17:30"), "{en}");
    for locale in [Locale::He, Locale::Ar, Locale::En] {
        assert!(!error.localize(&Messages::new(locale)).contains("error-"));
    }
}
