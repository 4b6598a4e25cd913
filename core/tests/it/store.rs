//! The store on temporary databases: migrations from empty, constraints, the sample department.

use eshkol_core::{
    Error, Locale, Store,
    directory::*, model::*,
    store::{APPLICATION_ID, SCHEMA_VERSION},
};
use rusqlite::Connection;

fn temp_store() -> (tempfile::TempDir, Store) {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(&dir.path().join("nested").join("eshkol.sqlite3")).unwrap();
    (dir, store)
}

#[test]
fn migrates_an_empty_file_to_the_current_schema() {
    let (dir, store) = temp_store();
    assert_eq!(store.schema_version().unwrap(), SCHEMA_VERSION);
    let conn = store.connection();
    let mode: String = conn
        .pragma_query_value(None, "journal_mode", |r| r.get(0))
        .unwrap();
    let fk: bool = conn
        .pragma_query_value(None, "foreign_keys", |r| r.get(0))
        .unwrap();
    let app: i32 = conn
        .pragma_query_value(None, "application_id", |r| r.get(0))
        .unwrap();
    assert_eq!((mode.as_str(), fk, app), ("wal", true, APPLICATION_ID));
    for table in [
        "clusters",
        "settlements",
        "organizations",
        "people",
        "settings",
    ] {
        let n: i64 = conn
            .query_row(
                "SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = ?1",
                [table],
                |r| r.get(0),
            )
            .unwrap();
        assert_eq!(n, 1, "table {table}");
    }
    drop(store);
    // Opening again runs nothing and keeps the version.
    let again = Store::open(&dir.path().join("nested").join("eshkol.sqlite3")).unwrap();
    assert_eq!(again.schema_version().unwrap(), SCHEMA_VERSION);
}

#[test]
fn refuses_a_database_from_a_newer_version() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("eshkol.sqlite3");
    drop(Store::open(&path).unwrap());
    Connection::open(&path)
        .unwrap()
        .pragma_update(None, "user_version", SCHEMA_VERSION + 1)
        .unwrap();
    match Store::open(&path) {
        Err(e @ Error::SchemaTooNew { .. }) => {
            assert_eq!(e.code(), "schema-too-new");
            assert!(
                e.localize(&eshkol_core::Messages::new(Locale::He))
                    .contains("גרסה חדשה")
            );
        }
        other => panic!("expected SchemaTooNew, got {:?}", other.err()),
    }
}

#[test]
fn refuses_a_database_of_another_application() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("other.sqlite3");
    Connection::open(&path)
        .unwrap()
        .execute_batch("CREATE TABLE notes (body TEXT);")
        .unwrap();
    assert!(matches!(
        Store::open(&path),
        Err(Error::NotEshkolDatabase(0))
    ));
}

#[test]
fn ids_are_uuid_v7() {
    let (_dir, mut store) = temp_store();
    let id = store
        .add_organization(&OrganizationInput {
            sector: None,
            name: "מחלקה".into(),
            kind: Some(OrganizationKind::Department),
            notes: String::new(),
        })
        .unwrap();
    let uuid = uuid::Uuid::parse_str(&id).unwrap();
    assert_eq!(uuid.get_version_num(), 7);
}

#[test]
fn constraint_violations_are_refused_and_write_nothing() {
    let (_dir, mut store) = temp_store();
    assert!(matches!(
        store.add_cluster(&ClusterInput {
            name: "  ".into(),
            region: Some(Region::North),
            ..Default::default()
        }),
        Err(Error::Required(eshkol_core::Field::Name))
    ));
    assert!(matches!(
        store.add_settlement(&SettlementInput {
            name: "כפר".into(),
            kind: Some(SettlementKind::Kibbutz),
            cluster_id: Some(new_id()),
            ..Default::default()
        }),
        Err(Error::NotFound)
    ));
    let cluster = store
        .add_cluster(&ClusterInput {
            name: "צפון".into(),
            region: Some(Region::North),
            ..Default::default()
        })
        .unwrap();
    assert!(matches!(
        store.add_settlement(&SettlementInput {
            name: "כפר".into(),
            kind: Some(SettlementKind::Kibbutz),
            cluster_id: Some(cluster.clone()),
            children_count: 10.0.into(),
            children_participating: 11.0.into(),
            ..Default::default()
        }),
        Err(Error::Invalid { .. })
    ));
    assert!(matches!(
        store.add_person(&PersonInput {
            full_name: "דני".into(),
            mobile: "12345".into(),
            ..Default::default()
        }),
        Err(Error::Invalid {
            field: eshkol_core::Field::Mobile,
            ..
        })
    ));
    assert!(matches!(
        store.add_person(&PersonInput {
            full_name: "דני".into(),
            email: "not-an-email".into(),
            ..Default::default()
        }),
        Err(Error::Invalid {
            field: eshkol_core::Field::Email,
            ..
        })
    ));
    // The database itself refuses what bypasses validation.
    let raw = store.connection().execute(
        "INSERT INTO settlements (id, name, kind, cluster_id, created_at, updated_at) VALUES ('x', 'y', 'castle', ?1, 'now', 'now')",
        [&cluster],
    );
    assert!(raw.is_err(), "an unknown settlement kind must be refused");
    let orphan = store.connection().execute(
        "INSERT INTO people (id, full_name, cluster_id, created_at, updated_at) VALUES ('p', 'q', 'no-such-cluster', 'now', 'now')",
        [],
    );
    assert!(orphan.is_err(), "foreign keys must be enforced");
    let counts = store.counts().unwrap();
    assert_eq!(
        (counts.clusters, counts.settlements, counts.people),
        (1, 0, 0)
    );
}

#[test]
fn phones_are_stored_canonically_and_shown_as_written() {
    let (_dir, mut store) = temp_store();
    store
        .add_person(&PersonInput {
            full_name: "רונית כהן".into(),
            office_phone: "04 910 9012".into(),
            mobile: "+972-50-6952119".into(),
            email: " ronit@example.org ".into(),
            ..Default::default()
        })
        .unwrap();
    let people = store.people(false).unwrap();
    assert_eq!(people[0].mobile.as_deref(), Some("+972506952119"));
    assert_eq!(people[0].mobile_display.as_deref(), Some("050-6952119"));
    assert_eq!(
        people[0].office_phone_display.as_deref(),
        Some("04-9109012")
    );
    assert_eq!(people[0].email.as_deref(), Some("ronit@example.org"));
}

#[test]
fn first_run_until_a_choice_is_made() {
    let (_dir, mut store) = temp_store();
    assert!(store.bootstrap().unwrap().first_run);
    assert!(!store.start_empty().unwrap().first_run);
    assert!(!store.bootstrap().unwrap().first_run);
}

#[test]
fn the_sample_department_loads_once() {
    let (_dir, mut store) = temp_store();
    let summary = store.load_sample().unwrap();
    assert_eq!((summary.clusters, summary.settlements), (3, 12));
    assert!(summary.people >= 20);
    let boot = store.bootstrap().unwrap();
    assert!(!boot.first_run);
    assert_eq!(boot.counts.people as usize, summary.people);
    let clusters = store.clusters(false).unwrap();
    assert_eq!(
        clusters.iter().map(|c| c.region).collect::<Vec<_>>(),
        [Region::North, Region::Center, Region::South]
    );
    assert!(
        clusters
            .iter()
            .all(|c| c.coordinator.is_some() && c.settlements.len() == 4)
    );
    let people = store.people(false).unwrap();
    assert!(people.iter().any(|p| p.role_title == "מנהלת המחלקה"));
    // Fictional: every email is under example.org, every person has a mobile.
    assert!(people.iter().all(|p| {
        p.email
            .as_deref()
            .is_some_and(|e| e.ends_with("@example.org"))
    }));
    assert!(people.iter().all(|p| p.mobile.is_some()));
    // A second load refuses and adds nothing.
    assert!(matches!(store.load_sample(), Err(Error::NotEmpty)));
    assert_eq!(store.people(false).unwrap().len(), summary.people);
}

#[test]
fn the_language_choice_persists() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("eshkol.sqlite3");
    {
        let mut store = Store::open(&path).unwrap();
        assert_eq!(store.locale(), Locale::He);
        let boot = store.set_locale("en").unwrap();
        assert_eq!((boot.locale, boot.dir), (Locale::En, "ltr"));
        assert!(matches!(
            store.set_locale("xx"),
            Err(Error::UnknownLocale(_))
        ));
    }
    let store = Store::open(&path).unwrap();
    assert_eq!(store.locale(), Locale::En);
    assert_eq!(store.messages().get("app-title"), "Eshkol");
}

#[test]
fn errors_speak_the_users_language() {
    let (_dir, mut store) = temp_store();
    let err = store
        .add_cluster(&ClusterInput {
            name: String::new(),
            region: Some(Region::South),
            ..Default::default()
        })
        .unwrap_err();
    let he = err.localize(store.messages());
    assert!(he.contains("שם") && he.contains("נא למלא"), "{he}");
    store.set_locale("ar").unwrap();
    let ar = err.localize(store.messages());
    assert!(ar.contains("الاسم"), "{ar}");
    store.set_locale("en").unwrap();
    let en = err.localize(store.messages());
    // Fluent isolates each argument (U+2068 … U+2069) so names keep their direction in any text.
    assert_eq!(
        en,
        "\u{2068}Name\u{2069} is missing. Please fill it in and try again."
    );
}
