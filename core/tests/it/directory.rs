//! The directory through the core API: edit, archive, restore, duplicates, order, validation.

use eshkol_core::{Error, Field, Store, directory::*, model::*};

use crate::common;
use common::store;

fn person(name: &str, mobile: &str, email: &str) -> PersonInput {
    PersonInput {
        full_name: name.into(),
        mobile: mobile.into(),
        email: email.into(),
        ..Default::default()
    }
}

fn cluster(store: &mut Store, name: &str) -> Id {
    store
        .add_cluster(&ClusterInput {
            name: name.into(),
            region: Some(Region::North),
            ..Default::default()
        })
        .unwrap()
}

fn settlement(store: &mut Store, name: &str, cluster: &Id) -> Id {
    store
        .add_settlement(&SettlementInput {
            name: name.into(),
            kind: Some(SettlementKind::Moshav),
            cluster_id: Some(cluster.clone()),
            ..Default::default()
        })
        .unwrap()
}

#[test]
fn emails_good_and_bad() {
    for good in [
        "tal@example.org",
        "a.b-c+d@sub.example.co.il",
        " TAL@Example.org ",
    ] {
        assert!(validate_email(good).unwrap().is_some(), "{good}");
    }
    for bad in [
        "tal",
        "tal@",
        "@example.org",
        "tal@example",
        "tal@@example.org",
        "tal @example.org",
        "tal@.org",
        "tal@example.",
    ] {
        assert!(
            matches!(
                validate_email(bad),
                Err(Error::Invalid {
                    field: Field::Email,
                    ..
                })
            ),
            "{bad}"
        );
    }
    assert_eq!(validate_email("  ").unwrap(), None);
}

#[test]
fn a_second_person_with_the_same_mobile_or_email_is_a_warning_naming_the_first() {
    let (_dir, mut store) = store();
    store
        .add_person(&person("טל רובינשטיין", "050-1234567", "tal@example.org"))
        .unwrap();
    match store.save_person(None, &person("טלי", "+972501234567", ""), false) {
        Err(Error::Duplicate {
            field: Field::Mobile,
            name,
        }) => assert_eq!(name, "טל רובינשטיין"),
        other => panic!("expected a duplicate mobile, got {other:?}"),
    }
    match store.save_person(None, &person("טלי", "", "TAL@example.org"), false) {
        Err(
            e @ Error::Duplicate {
                field: Field::Email,
                ..
            },
        ) => {
            let message = e.localize(store.messages());
            assert!(message.contains("טל רובינשטיין"), "{message}");
        }
        other => panic!("expected a duplicate email, got {other:?}"),
    }
    assert_eq!(store.people(false).unwrap().len(), 1, "nothing was written");
    // Saving deliberately is allowed, and editing a person does not collide with themselves.
    let second = store
        .save_person(None, &person("טלי", "050-1234567", ""), true)
        .unwrap();
    store
        .save_person(Some(&second), &person("טלי כהן", "050-1234567", ""), true)
        .unwrap();
    assert_eq!(store.person(&second).unwrap().full_name, "טלי כהן");
    // An archived person does not count.
    let (_dir2, mut fresh) = self::store();
    let gone = fresh.add_person(&person("ישן", "050-7654321", "")).unwrap();
    fresh.set_archived(RecordKind::Person, &gone, true).unwrap();
    fresh.add_person(&person("חדש", "050-7654321", "")).unwrap();
}

#[test]
fn editing_keeps_the_id_and_shows_phones_as_written() {
    let (_dir, mut store) = store();
    let id = store.add_person(&person("דנה", "0521112233", "")).unwrap();
    let mut edit = person("דנה לוי", "052 111 2233", "dana@example.org");
    edit.role_title = "רכזת".into();
    edit.office_phone = "04 910 9012".into();
    edit.active = false;
    assert_eq!(store.save_person(Some(&id), &edit, false).unwrap(), id);
    let saved = store.person(&id).unwrap();
    assert_eq!(
        (
            saved.full_name.as_str(),
            saved.mobile.as_str(),
            saved.office_phone.as_str(),
            saved.active
        ),
        ("דנה לוי", "052-1112233", "04-9109012", false)
    );
    assert!(matches!(
        store.save_person(Some("no-such-id"), &edit, false),
        Err(Error::NotFound)
    ));
}

#[test]
fn a_settlement_fills_in_its_cluster_and_must_agree_with_it() {
    let (_dir, mut store) = store();
    let north = cluster(&mut store, "צפון");
    let south = cluster(&mut store, "דרום");
    let village = settlement(&mut store, "כפר", &north);
    let mut input = person("נועה", "", "");
    input.settlement_id = Some(village.clone());
    let id = store.add_person(&input).unwrap();
    assert_eq!(store.person(&id).unwrap().cluster_id, Some(north));
    input.cluster_id = Some(south);
    assert!(matches!(
        store.add_person(&input),
        Err(Error::Invalid {
            field: Field::Settlement,
            ..
        })
    ));
}

#[test]
fn archived_records_leave_lists_and_come_back() {
    let (_dir, mut store) = store();
    let north = cluster(&mut store, "צפון");
    let village = settlement(&mut store, "כפר", &north);
    let p = store.add_person(&person("אורי", "", "")).unwrap();

    store.set_archived(RecordKind::Person, &p, true).unwrap();
    assert!(store.people(false).unwrap().is_empty());
    let all = store.people(true).unwrap();
    assert!(all[0].archived);
    assert!(
        store.person(&p).unwrap().archived,
        "still readable from history"
    );
    store.set_archived(RecordKind::Person, &p, false).unwrap();
    assert_eq!(store.people(false).unwrap().len(), 1);

    // A cluster with live settlements is not archived; once they are, it is.
    match store.set_archived(RecordKind::Cluster, &north, true) {
        Err(e @ Error::ClusterHasSettlements { count: 1 }) => {
            assert!(e.localize(store.messages()).contains("יישובים"));
        }
        other => panic!("expected a refusal, got {other:?}"),
    }
    store
        .set_archived(RecordKind::Settlement, &village, true)
        .unwrap();
    assert!(store.clusters(false).unwrap()[0].settlements.is_empty());
    assert_eq!(store.clusters(true).unwrap()[0].settlements.len(), 1);
    store
        .set_archived(RecordKind::Cluster, &north, true)
        .unwrap();
    assert!(store.clusters(false).unwrap().is_empty());
    let counts = store.counts().unwrap();
    assert_eq!(
        (counts.clusters, counts.settlements, counts.people),
        (0, 0, 1)
    );
    assert!(matches!(
        store.set_archived(RecordKind::Organization, "nope", true),
        Err(Error::NotFound)
    ));
}

#[test]
fn settlement_counts_are_whole_and_consistent() {
    let (_dir, mut store) = store();
    let north = cluster(&mut store, "צפון");
    let base = SettlementInput {
        name: "כפר".into(),
        kind: Some(SettlementKind::Kibbutz),
        cluster_id: Some(north),
        ..Default::default()
    };
    for (input, field) in [
        (
            SettlementInput {
                children_count: (-1.0).into(),
                ..base.clone()
            },
            Field::ChildrenCount,
        ),
        (
            SettlementInput {
                youth_count: 2.5.into(),
                ..base.clone()
            },
            Field::YouthCount,
        ),
        (
            SettlementInput {
                youth_count: 10.0.into(),
                youth_participating: 11.0.into(),
                ..base.clone()
            },
            Field::YouthParticipating,
        ),
    ] {
        match store.add_settlement(&input) {
            Err(Error::Invalid { field: f, .. }) => assert_eq!(f, field),
            other => panic!("expected {field:?} refused, got {other:?}"),
        }
    }
    let id = store
        .add_settlement(&SettlementInput {
            children_count: 100.0.into(),
            children_participating: 81.0.into(),
            ..base
        })
        .unwrap();
    let saved = store.settlement(&id).unwrap();
    assert_eq!(
        (saved.children_count, saved.children_participating),
        (Some(100), Some(81))
    );
}

#[test]
fn youth_movements_are_kept_with_the_settlement_and_replaced_on_edit() {
    let (_dir, mut store) = store();
    let north = cluster(&mut store, "צפון");
    let movement = |store: &mut Store, name: &str| {
        store
            .add_organization(&OrganizationInput {
                sector: None,
                name: name.into(),
                kind: Some(OrganizationKind::YouthMovement),
                notes: String::new(),
            })
            .unwrap()
    };
    let a = movement(&mut store, "תנועה א");
    let b = movement(&mut store, "תנועה ב");
    let mut input = SettlementInput {
        name: "כפר".into(),
        kind: Some(SettlementKind::Kibbutz),
        cluster_id: Some(north),
        youth_movement_ids: vec![a.clone(), b.clone()],
        ..Default::default()
    };
    let id = store.add_settlement(&input).unwrap();
    assert_eq!(store.settlement(&id).unwrap().youth_movement_ids.len(), 2);
    input.youth_movement_ids = vec![b.clone()];
    store.save_settlement(Some(&id), &input).unwrap();
    assert_eq!(store.settlement(&id).unwrap().youth_movement_ids, vec![b]);
}

#[test]
fn lists_are_in_hebrew_alphabetical_order() {
    let (_dir, mut store) = store();
    for name in ["תמר", "אורי", "מיכל", "Zoe", "בועז", "נגה"] {
        store.add_person(&person(name, "", "")).unwrap();
    }
    let names: Vec<_> = store
        .people(false)
        .unwrap()
        .into_iter()
        .map(|p| p.full_name)
        .collect();
    // Hebrew first (the language's own script leads), then Latin.
    assert_eq!(names, ["אורי", "בועז", "מיכל", "נגה", "תמר", "Zoe"]);
}

#[test]
fn clusters_take_a_colour_or_refuse_it() {
    let (_dir, mut store) = store();
    let id = store
        .add_cluster(&ClusterInput {
            name: "צפון".into(),
            region: Some(Region::North),
            colour: Some("#2F7D4F".into()),
            ..Default::default()
        })
        .unwrap();
    assert_eq!(
        store.cluster(&id).unwrap().colour.as_deref(),
        Some("#2f7d4f")
    );
    let bad = ClusterInput {
        name: "דרום".into(),
        region: Some(Region::South),
        colour: Some("red; x".into()),
        ..Default::default()
    };
    assert!(matches!(
        store.add_cluster(&bad),
        Err(Error::Invalid {
            field: Field::Colour,
            ..
        })
    ));
}

#[test]
fn every_problem_of_a_form_is_reported_at_once() {
    let (_dir, mut store) = common::store();
    let err = store
        .add_person(&PersonInput {
            full_name: "אביגיל שמש".into(),
            mobile: "050-12".into(),
            email: "abigail@".into(),
            ..Default::default()
        })
        .unwrap_err();
    let fields: Vec<Field> = err.problems().iter().filter_map(|p| p.field()).collect();
    assert_eq!(fields, [Field::Mobile, Field::Email]);
    assert_eq!(
        err.field(),
        Some(Field::Mobile),
        "the first is the one reported alone"
    );
    assert_eq!(err.code(), "invalid");

    let err = store.add_cluster(&ClusterInput::default()).unwrap_err();
    let fields: Vec<Field> = err.problems().iter().filter_map(|p| p.field()).collect();
    assert_eq!(fields, [Field::Name, Field::Region]);
    // One problem is reported as itself, as before.
    let one = store
        .add_cluster(&ClusterInput {
            name: "אשכול".into(),
            ..Default::default()
        })
        .unwrap_err();
    assert!(
        matches!(one, eshkol_core::Error::Required(Field::Region)),
        "{one:?}"
    );
    assert_eq!(
        store.counts().unwrap().clusters + store.counts().unwrap().people,
        0,
        "nothing written"
    );

    // A settlement with no name, no kind, no cluster and more children taking part than live
    // there: all four at once.
    let err = store
        .save_settlement(
            None,
            &SettlementInput {
                children_count: 10.0.into(),
                children_participating: 12.0.into(),
                ..Default::default()
            },
        )
        .unwrap_err();
    let fields: Vec<Field> = err.problems().iter().filter_map(|p| p.field()).collect();
    assert_eq!(
        fields,
        [
            Field::Name,
            Field::Kind,
            Field::Cluster,
            Field::ChildrenParticipating
        ]
    );
    let err = store
        .save_organization(None, &OrganizationInput::default())
        .unwrap_err();
    let fields: Vec<Field> = err.problems().iter().filter_map(|p| p.field()).collect();
    assert_eq!(fields, [Field::Name, Field::Kind]);
}
