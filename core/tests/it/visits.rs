//! Visits through the core API: logging one, a settlement's history, follow-ups in the
//! action-items view, the coverage report (never visited, archived left out, the period, the
//! days), and sensitive notes that never leak into lists, reports or exports.

use chrono::NaiveDate;
use eshkol_core::{
    Error, Store,
    directory::RecordKind,
    error::Field,
    i18n::{Locale, Messages},
    documents::coverage::{CoverageFormat, coverage_csv},
    forums::{ActionFilter, ActionItemInput, ActionStatus},
    model::Id, directory::PersonInput,
    visits::*,
};

use crate::common;
use common::store;

const SECRET: &str = "סוד-רגיש-על-קטין-7731";

fn d(text: &str) -> NaiveDate {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
}

struct Department {
    coordinator: Id,
    north: Id,
    south: Id,
    /// In the north: visited, never visited, archived.
    visited: Id,
    never: Id,
    archived: Id,
    /// In the south.
    far: Id,
}

fn department(store: &mut Store) -> Department {
    let coordinator = store
        .add_person(&PersonInput {
            full_name: "אורי גלבועי".into(),
            ..Default::default()
        })
        .unwrap();
    let cluster = common::cluster;
    let north = cluster(store, "אשכול צפון", Some(coordinator.clone()));
    let south = cluster(store, "אשכול דרום", None);
    let settlement = common::settlement;
    let visited = settlement(store, "גבעת אלון", &north);
    let never = settlement(store, "אלון הגליל", &north);
    let archived = settlement(store, "בית שאן הישנה", &north);
    let far = settlement(store, "נווה מדבר", &south);
    Department {
        coordinator,
        north,
        south,
        visited,
        never,
        archived,
        far,
    }
}

fn visit(store: &mut Store, settlement: &Id, date: &str, who: &Id) -> Id {
    store
        .save_visit(
            None,
            &VisitInput {
                settlement_id: settlement.clone(),
                date: date.into(),
                purpose_id: store.visit_purposes().unwrap()[0].id.clone(),
                visitors: vec![who.clone()],
                summary: format!("ביקור ב־{date}"),
                ..Default::default()
            },
        )
        .unwrap()
}

#[test]
fn a_visit_is_logged_and_checked() {
    let (_dir, mut store) = store();
    let dep = department(&mut store);
    let purposes = store.visit_purposes().unwrap();
    assert_eq!(
        purposes.len(),
        7,
        "the seven purposes of the issue are there"
    );
    assert_eq!(
        purposes.last().unwrap().key.as_deref(),
        Some("other"),
        "other comes last"
    );

    // A purpose of the department's own joins the list, before "other", once.
    let own = store.add_visit_purpose("סיור לימודי").unwrap();
    assert_eq!(store.add_visit_purpose(" סיור לימודי ").unwrap(), own);
    let purposes = store.visit_purposes().unwrap();
    assert_eq!(purposes.len(), 8);
    assert_eq!(purposes[6].name, "סיור לימודי");

    let good = VisitInput {
        settlement_id: dep.visited.clone(),
        date: "2026-11-20".into(),
        purpose_id: own.clone(),
        visitors: vec![dep.coordinator.clone(), dep.coordinator.clone()],
        people_met: "רכזת הנוער".into(),
        summary: "  הודרכו המדריכים  ".into(),
        sensitive_notes: Some(SECRET.into()),
    };
    for (broken, field) in [
        (
            VisitInput {
                settlement_id: String::new(),
                ..good.clone()
            },
            Field::Settlement,
        ),
        (
            VisitInput {
                settlement_id: "no-such".into(),
                ..good.clone()
            },
            Field::Settlement,
        ),
        (
            VisitInput {
                date: "2026-02-30".into(),
                ..good.clone()
            },
            Field::Date,
        ),
        (
            VisitInput {
                purpose_id: String::new(),
                ..good.clone()
            },
            Field::Purpose,
        ),
        (
            VisitInput {
                visitors: vec![],
                ..good.clone()
            },
            Field::Visitors,
        ),
    ] {
        let err = store.save_visit(None, &broken).unwrap_err();
        assert_eq!(err.field(), Some(field), "{err:?}");
    }
    assert!(
        store.recent_visits(10).unwrap().is_empty(),
        "a refused visit writes nothing"
    );

    let id = store.save_visit(None, &good).unwrap();
    let saved = store.visit(&id).unwrap();
    assert_eq!(
        saved.visitors,
        vec![dep.coordinator.clone()],
        "who went, once each"
    );
    assert_eq!(saved.summary, "הודרכו המדריכים");
    assert!(saved.has_sensitive_notes);
    assert_eq!(store.sensitive_notes(&id).unwrap(), SECRET);

    // Saving the form without the sensitive notes keeps them; an empty text clears them.
    store
        .save_visit(
            Some(&id),
            &VisitInput {
                sensitive_notes: None,
                summary: "עודכן".into(),
                ..good.clone()
            },
        )
        .unwrap();
    assert_eq!(store.sensitive_notes(&id).unwrap(), SECRET);
    store
        .save_visit(
            Some(&id),
            &VisitInput {
                sensitive_notes: Some(String::new()),
                ..good.clone()
            },
        )
        .unwrap();
    assert!(!store.visit(&id).unwrap().has_sensitive_notes);
    assert!(matches!(
        store.save_visit(Some("no-such"), &good),
        Err(Error::NotFound)
    ));
}

#[test]
fn a_settlements_history_is_newest_first_and_recent_settlements_lead() {
    let (_dir, mut store) = store();
    let dep = department(&mut store);
    visit(&mut store, &dep.visited, "2026-09-01", &dep.coordinator);
    visit(&mut store, &dep.visited, "2026-11-01", &dep.coordinator);
    visit(&mut store, &dep.visited, "2026-10-01", &dep.coordinator);
    visit(&mut store, &dep.far, "2026-08-01", &dep.coordinator);
    let history: Vec<_> = store
        .settlement_visits(&dep.visited)
        .unwrap()
        .iter()
        .map(|v| v.date.to_string())
        .collect();
    assert_eq!(history, ["2026-11-01", "2026-10-01", "2026-09-01"]);
    assert_eq!(store.settlement_visits(&dep.never).unwrap().len(), 0);
    // The settlement lists show the last visit's date.
    let lists = store.clusters(false).unwrap();
    let row = |id: &Id| {
        lists
            .iter()
            .flat_map(|c| &c.settlements)
            .find(|s| &s.id == id)
            .unwrap()
            .last_visit
    };
    assert_eq!(row(&dep.visited), Some(d("2026-11-01")));
    assert_eq!(row(&dep.never), None);
    // Logged last, so offered first, whatever the visit's date.
    assert_eq!(
        store.recent_settlements(5).unwrap(),
        vec![dep.far.clone(), dep.visited.clone()]
    );
}

#[test]
fn follow_ups_are_action_items_and_appear_across_forums() {
    let (_dir, mut store) = store();
    let dep = department(&mut store);
    let id = visit(&mut store, &dep.visited, "2026-11-01", &dep.coordinator);
    let follow_up = store
        .save_follow_up(
            &id,
            None,
            &ActionItemInput {
                what: "לשלוח חומרי הדרכה".into(),
                owner_id: Some(dep.coordinator.clone()),
                due_date: "2026-11-10".into(),
                agenda_item_id: None,
            },
        )
        .unwrap();
    let err = store
        .save_follow_up(
            &id,
            None,
            &ActionItemInput {
                what: " ".into(),
                ..Default::default()
            },
        )
        .unwrap_err();
    assert_eq!(err.field(), Some(Field::What));

    let all = store
        .action_items(&ActionFilter::default(), d("2026-11-22"))
        .unwrap();
    assert_eq!(all.len(), 1);
    let row = &all[0];
    assert_eq!(row.visit_id.as_deref(), Some(id.as_str()));
    assert_eq!(row.settlement_name.as_deref(), Some("גבעת אלון"));
    assert_eq!(row.overdue_days, Some(12));
    assert_eq!(
        store.settlement_visits(&dep.visited).unwrap()[0].open_follow_ups,
        1
    );

    store
        .set_action_status(&follow_up, ActionStatus::Done, d("2026-11-22"))
        .unwrap();
    let overdue = ActionFilter {
        overdue: true,
        ..Default::default()
    };
    assert!(
        store
            .action_items(&overdue, d("2026-11-22"))
            .unwrap()
            .is_empty()
    );
    assert_eq!(
        store.visit(&id).unwrap().follow_ups[0].done_on,
        Some(d("2026-11-22"))
    );

    // Removing the visit takes its follow-ups with it.
    store.remove_visit(&id).unwrap();
    assert!(
        store
            .action_items(&ActionFilter::default(), d("2026-11-22"))
            .unwrap()
            .is_empty()
    );
}

#[test]
fn coverage_counts_the_period_and_finds_where_we_have_not_been() {
    let (_dir, mut store) = store();
    let dep = department(&mut store);
    let today = d("2026-11-22");
    visit(&mut store, &dep.visited, "2026-11-15", &dep.coordinator);
    visit(&mut store, &dep.visited, "2026-10-01", &dep.coordinator);
    visit(&mut store, &dep.archived, "2026-11-20", &dep.coordinator);
    visit(&mut store, &dep.far, "2026-09-01", &dep.coordinator);
    // A visit after the period's end is not "the last visit" of that period.
    visit(&mut store, &dep.far, "2026-12-01", &dep.coordinator);
    store
        .set_archived(RecordKind::Settlement, &dep.archived, true)
        .unwrap();

    let all = store
        .coverage(
            &CoverageFilter {
                to: "2026-11-22".into(),
                ..Default::default()
            },
            today,
        )
        .unwrap();
    let names: Vec<_> = all
        .rows
        .iter()
        .map(|r| r.settlement_name.as_str())
        .collect();
    // Clusters in Hebrew order (דרום before צפון), settlements likewise; the archived one is left out.
    assert_eq!(names, ["נווה מדבר", "אלון הגליל", "גבעת אלון"]);
    assert_eq!(
        (all.from, all.to, all.stale_days),
        (d("2026-10-23"), today, 30)
    );

    let row = |name: &str| all.rows.iter().find(|r| r.settlement_name == name).unwrap();
    let visited = row("גבעת אלון");
    assert_eq!(
        (
            visited.last_visit,
            visited.days_since,
            visited.visits_in_period,
            visited.stale
        ),
        (Some(d("2026-11-15")), Some(7), 1, false)
    );
    assert_eq!(visited.coordinator_name.as_deref(), Some("אורי גלבועי"));
    let never = row("אלון הגליל");
    assert_eq!(
        (never.last_visit, never.days_since, never.stale),
        (None, None, true)
    );
    let far = row("נווה מדבר");
    assert_eq!(
        (far.last_visit, far.days_since, far.stale),
        (Some(d("2026-09-01")), Some(82), true)
    );
    assert_eq!((all.visits_in_period, all.stale_count), (1, 2));

    // A longer period and a longer threshold.
    let long = store
        .coverage(
            &CoverageFilter {
                from: "2026-09-01".into(),
                to: "2026-11-22".into(),
                stale_days: 90.0.into(),
                ..Default::default()
            },
            today,
        )
        .unwrap();
    assert_eq!(long.visits_in_period, 3);
    assert_eq!(long.stale_count, 1, "only the never-visited settlement");

    // Per cluster, per coordinator.
    let north = store
        .coverage(
            &CoverageFilter {
                cluster_id: Some(dep.north.clone()),
                ..Default::default()
            },
            today,
        )
        .unwrap();
    assert_eq!(north.rows.len(), 2);
    let mine = store
        .coverage(
            &CoverageFilter {
                coordinator_id: Some(dep.coordinator.clone()),
                ..Default::default()
            },
            today,
        )
        .unwrap();
    assert!(mine.rows.iter().all(|r| r.cluster_id == dep.north));
    let south = store
        .coverage(
            &CoverageFilter {
                cluster_id: Some(dep.south.clone()),
                ..Default::default()
            },
            today,
        )
        .unwrap();
    assert_eq!(south.rows.len(), 1);

    // Bad choices are refused with the field to fix.
    for bad in [
        CoverageFilter {
            stale_days: 0.0.into(),
            ..Default::default()
        },
        CoverageFilter {
            stale_days: 2.5.into(),
            ..Default::default()
        },
    ] {
        assert_eq!(
            store.coverage(&bad, today).unwrap_err().field(),
            Some(Field::Days)
        );
    }
    let backwards = CoverageFilter {
        from: "2026-11-22".into(),
        to: "2026-11-01".into(),
        ..Default::default()
    };
    assert_eq!(
        store.coverage(&backwards, today).unwrap_err().field(),
        Some(Field::Date)
    );

    // The home screen: never visited first, then the longest ago.
    let stale: Vec<_> = store
        .stale_settlements(d("2026-11-22"), None, None)
        .unwrap()
        .into_iter()
        .map(|r| r.settlement_name)
        .collect();
    assert_eq!(stale, ["אלון הגליל", "נווה מדבר"]);
    assert_eq!(
        store
            .stale_settlements(today, None, Some(&dep.south))
            .unwrap()
            .len(),
        1
    );
}

#[test]
fn sensitive_notes_stay_out_of_lists_reports_and_exports() {
    let (_dir, mut store) = store();
    let dep = department(&mut store);
    let id = store
        .save_visit(
            None,
            &VisitInput {
                settlement_id: dep.visited.clone(),
                date: "2026-11-20".into(),
                purpose_id: store.visit_purposes().unwrap()[0].id.clone(),
                visitors: vec![dep.coordinator.clone()],
                summary: "ביקור שגרתי".into(),
                sensitive_notes: Some(SECRET.into()),
                ..Default::default()
            },
        )
        .unwrap();
    store
        .save_follow_up(
            &id,
            None,
            &ActionItemInput {
                what: "לבדוק".into(),
                ..Default::default()
            },
        )
        .unwrap();
    let today = d("2026-11-22");

    // The note is stored (so the checks below are not empty), and only opening it reads it.
    let stored: String = store
        .connection()
        .query_row(
            "SELECT group_concat(sensitive_notes) FROM visits",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert!(stored.contains(SECRET));
    assert_eq!(store.sensitive_notes(&id).unwrap(), SECRET);

    let json = |v: serde_json::Value| v.to_string();
    let coverage = store.coverage(&CoverageFilter::default(), today).unwrap();
    let seen = [
        json(serde_json::to_value(store.visit(&id).unwrap()).unwrap()),
        json(serde_json::to_value(store.settlement_visits(&dep.visited).unwrap()).unwrap()),
        json(serde_json::to_value(store.recent_visits(50).unwrap()).unwrap()),
        json(serde_json::to_value(&coverage).unwrap()),
        json(
            serde_json::to_value(store.stale_settlements(today, Some(1.0), None).unwrap()).unwrap(),
        ),
        json(
            serde_json::to_value(store.action_items(&ActionFilter::default(), today).unwrap())
                .unwrap(),
        ),
        String::from_utf8(coverage_csv(&coverage, &Messages::new(Locale::He)).unwrap()).unwrap(),
    ];
    for (i, text) in seen.iter().enumerate() {
        assert!(!text.contains(SECRET), "view {i} leaks the sensitive note");
    }
    assert!(seen[0].contains("ביקור שגרתי"), "the visit itself is there");
}

#[test]
fn the_coverage_csv_has_hebrew_headers_and_reads_back() {
    let (_dir, mut store) = store();
    let dep = department(&mut store);
    visit(&mut store, &dep.visited, "2026-11-15", &dep.coordinator);
    let coverage = store
        .coverage(&CoverageFilter::default(), d("2026-11-22"))
        .unwrap();
    let bytes = coverage_csv(&coverage, &Messages::new(Locale::He)).unwrap();
    assert!(
        bytes.starts_with("\u{feff}".as_bytes()),
        "a byte-order mark for Excel"
    );
    // Read back by Python's csv module, not by the crate that wrote it.
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("coverage.csv");
    std::fs::write(&path, &bytes).unwrap();
    let out = std::process::Command::new("python3")
        .args(["-c", "import csv,sys,json; print(json.dumps(list(csv.reader(open(sys.argv[1], encoding='utf-8-sig')))))"])
        .arg(&path)
        .output()
        .unwrap();
    let rows: Vec<Vec<String>> = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(
        rows[0],
        [
            "אשכול",
            "יישוב",
            "רכז/ת האשכול",
            "ביקור אחרון",
            "ימים מאז",
            "ביקורים בתקופה"
        ]
    );
    assert_eq!(rows.len(), 5, "a header and the four settlements");
    let visited = rows.iter().find(|r| r[1] == "גבעת אלון").unwrap();
    assert_eq!(visited[3..], ["2026-11-15", "7", "1"]);
    let never = rows.iter().find(|r| r[1] == "אלון הגליל").unwrap();
    assert_eq!(never[3], "לא היה ביקור");
}

#[test]
fn the_coverage_report_saves_as_a_pdf_that_reads_back() {
    let (_dir, mut store) = store();
    let dep = department(&mut store);
    visit(&mut store, &dep.visited, "2026-11-15", &dep.coordinator);
    let today = d("2026-11-22");
    let document = store
        .coverage_document(&CoverageFilter::default(), today)
        .unwrap();
    assert_eq!(document.groups.len(), 2, "one group per cluster");
    assert_eq!(document.groups[1].title, "אשכול צפון · אורי גלבועי");
    let pdf = store
        .coverage_pdf(&CoverageFilter::default(), today)
        .unwrap();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("coverage.pdf");
    std::fs::write(&path, &pdf).unwrap();
    let out = std::process::Command::new("pdftotext")
        .arg(&path)
        .arg("-")
        .output()
        .unwrap();
    let text: String = String::from_utf8(out.stdout)
        .unwrap()
        .chars()
        .filter(|c| !c.is_whitespace() && !matches!(c, '\u{200e}'..='\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}'))
        .collect();
    for expected in [
        "כיסויביקוריםביישובים",
        "גבעתאלון",
        "אלוןהגליל",
        "לאהיהביקור",
        "15.11.2026",
        "23.10.2026",
        "עמוד1מתוך1",
    ] {
        assert!(text.contains(expected), "{expected} in {text}");
    }
}

#[test]
fn the_coverage_report_exports_as_either_file_with_a_dated_name() {
    let (_dir, mut store) = store();
    department(&mut store);
    let today = d("2026-11-22");
    let csv = store.export_coverage(&CoverageFilter::default(), CoverageFormat::Csv, today).unwrap();
    assert!(csv.bytes.starts_with("\u{feff}".as_bytes()));
    assert_eq!(csv.name, "כיסוי ביקורים ביישובים 2026-11-22");
    let pdf = store.export_coverage(&CoverageFilter::default(), CoverageFormat::Pdf, today).unwrap();
    assert!(pdf.bytes.starts_with(b"%PDF"));
    assert_eq!((CoverageFormat::Csv.extension(), CoverageFormat::Pdf.extension()), ("csv", "pdf"));
}
