//! Emergency readiness through the core API (issue #16): capabilities under the Ministry's
//! emergency clusters, volunteers who are people of the directory, organizations' emergency
//! capabilities, "who can help" (its ranking, all-of and any-of, a cluster asked for as a
//! whole), staleness, and merging two capabilities.

use eshkol_core::{
    Error, Store,
    emergency::*,
    error::Field,
    model::Id, directory::{OrganizationInput, OrganizationKind, PersonInput},
};

use crate::common;
use common::store;

struct Council {
    north: Id,
    south: Id,
    /// In the north.
    alon: Id,
    givat: Id,
    /// In the south.
    neve: Id,
    trauma: Id,
    listening: Id,
    zoom: Id,
    driving: Id,
}

fn council(store: &mut Store) -> Council {
    let cluster = |store: &mut Store, name: &str| common::cluster(store, name, None);
    let north = cluster(store, "אשכול צפון");
    let south = cluster(store, "אשכול דרום");
    let settlement = common::settlement;
    let alon = settlement(store, "אלון הגליל", &north);
    let givat = settlement(store, "גבעת אלון", &north);
    let neve = settlement(store, "נווה מדבר", &south);
    let capability = |store: &mut Store, name: &str, cluster: &str| {
        store
            .save_emergency_capability(
                None,
                &CapabilityInput {
                    name: name.into(),
                    emergency_cluster: cluster.into(),
                },
            )
            .unwrap()
    };
    let trauma = capability(store, "עזרה ראשונה נפשית", "emotional");
    let listening = capability(store, "הקשבה ותמיכה", "emotional");
    let zoom = capability(store, "שיעורים בזום", "pedagogical");
    let driving = capability(store, "נהיגה והסעות", "non_professional");
    Council {
        north,
        south,
        alon,
        givat,
        neve,
        trauma,
        listening,
        zoom,
        driving,
    }
}

fn today_minus(days: i64) -> String {
    (eshkol_core::today() - chrono::Duration::days(days))
        .format("%Y-%m-%d")
        .to_string()
}

/// A new person made a volunteer, confirmed `confirmed_days_ago`.
fn volunteer(
    store: &mut Store,
    name: &str,
    mobile: &str,
    home: Option<&Id>,
    reach: Reach,
    capabilities: &[&Id],
    confirmed_days_ago: i64,
) -> Id {
    store
        .save_volunteer(
            &VolunteerInput {
                person: Some(PersonInput {
                    full_name: name.into(),
                    mobile: mobile.into(),
                    ..Default::default()
                }),
                home_settlement_id: home.cloned(),
                reach,
                capabilities: capabilities.iter().map(|c| (*c).clone()).collect(),
                confirmed_on: today_minus(confirmed_days_ago),
                ..Default::default()
            },
            false,
        )
        .unwrap()
}

fn names(found: &HelpFound) -> Vec<(&str, Nearness)> {
    found
        .helpers
        .iter()
        .map(|h| (h.name.as_str(), h.nearness))
        .collect()
}

fn ask(
    store: &Store,
    settlement: Option<&Id>,
    cluster: Option<&Id>,
    caps: &[&Id],
    any: bool,
) -> HelpFound {
    store
        .who_can_help(&HelpQuery {
            settlement_id: settlement.cloned(),
            cluster_id: cluster.cloned(),
            capabilities: caps.iter().map(|c| (*c).clone()).collect(),
            any,
            ..Default::default()
        })
        .unwrap()
}

#[test]
fn who_can_help_ranks_the_settlement_then_its_cluster_then_the_council() {
    let (_dir, mut store) = store();
    let c = council(&mut store);
    let on_whole = Reach {
        whole_council: true,
        ..Default::default()
    };
    let in_cluster = Reach {
        clusters: vec![c.north.clone()],
        ..Default::default()
    };
    let in_givat = Reach {
        settlements: vec![c.givat.clone()],
        ..Default::default()
    };
    volunteer(
        &mut store,
        "דנה כהן",
        "0501111111",
        None,
        on_whole,
        &[&c.trauma],
        10,
    );
    volunteer(
        &mut store,
        "אבי לוי",
        "0502222222",
        None,
        in_cluster,
        &[&c.trauma, &c.zoom],
        10,
    );
    // Lives in Alon and lists nowhere else: acts at home.
    volunteer(
        &mut store,
        "רות שמש",
        "0503333333",
        Some(&c.alon),
        Reach::default(),
        &[&c.trauma],
        10,
    );
    // Acts only in another settlement of the cluster: not for Alon.
    volunteer(
        &mut store,
        "יוסי בר",
        "0504444444",
        None,
        in_givat,
        &[&c.trauma],
        10,
    );
    // Acts in the south only.
    let south = Reach {
        settlements: vec![c.neve.clone()],
        ..Default::default()
    };
    volunteer(
        &mut store,
        "מאיה דרום",
        "0505555555",
        None,
        south,
        &[&c.trauma],
        10,
    );

    let found = ask(&store, Some(&c.alon), None, &[&c.trauma], false);
    assert_eq!(
        names(&found),
        [
            ("רות שמש", Nearness::Here),
            ("אבי לוי", Nearness::Cluster),
            ("דנה כהן", Nearness::Council),
        ]
    );
    assert_eq!(found.volunteers, 3);
    let first = &found.helpers[0];
    assert_eq!(first.phone.as_deref(), Some("050-3333333"));
    assert_eq!(first.phone_link.as_deref(), Some("tel:+972503333333"));
    assert_eq!(first.kind, HelperKind::Volunteer);

    // Asked about the whole north cluster: everyone acting anywhere in it is here.
    let found = ask(&store, None, Some(&c.north), &[&c.trauma], false);
    let mut here: Vec<&str> = found
        .helpers
        .iter()
        .filter(|h| h.nearness == Nearness::Here)
        .map(|h| h.name.as_str())
        .collect();
    here.sort();
    assert_eq!(here, ["אבי לוי", "יוסי בר", "רות שמש"]);
    assert_eq!(found.helpers.last().unwrap().name, "דנה כהן");
    // The whole council: all five.
    assert_eq!(ask(&store, None, None, &[&c.trauma], false).volunteers, 5);
    // Nothing asked for: everyone who can act in Alon.
    assert_eq!(ask(&store, Some(&c.alon), None, &[], false).volunteers, 3);
}

#[test]
fn all_of_by_default_any_of_when_asked_and_a_cluster_stands_for_every_capability_under_it() {
    let (_dir, mut store) = store();
    let c = council(&mut store);
    let whole = || Reach {
        whole_council: true,
        ..Default::default()
    };
    volunteer(
        &mut store,
        "שתיהן",
        "0501111111",
        None,
        whole(),
        &[&c.trauma, &c.zoom],
        10,
    );
    volunteer(
        &mut store,
        "רק זום",
        "0502222222",
        None,
        whole(),
        &[&c.zoom],
        10,
    );
    volunteer(
        &mut store,
        "רק הקשבה",
        "0503333333",
        None,
        whole(),
        &[&c.listening],
        10,
    );
    volunteer(
        &mut store,
        "נהג",
        "0504444444",
        None,
        whole(),
        &[&c.driving],
        10,
    );

    let all = ask(&store, Some(&c.alon), None, &[&c.trauma, &c.zoom], false);
    assert_eq!(names(&all), [("שתיהן", Nearness::Council)]);
    let any = ask(&store, Some(&c.alon), None, &[&c.trauma, &c.zoom], true);
    assert_eq!(any.volunteers, 2);

    // "Emotional" as a whole: trauma first aid and listening both count.
    let emotional = store
        .who_can_help(&HelpQuery {
            settlement_id: Some(c.alon.clone()),
            emergency_clusters: vec![EmergencyCluster::Emotional],
            ..Default::default()
        })
        .unwrap();
    let mut found: Vec<&str> = emotional.helpers.iter().map(|h| h.name.as_str()).collect();
    found.sort();
    assert_eq!(found, ["רק הקשבה", "שתיהן"]);
    // Emotional and pedagogical both: only the one with a capability under each.
    let both = store
        .who_can_help(&HelpQuery {
            settlement_id: Some(c.alon.clone()),
            emergency_clusters: vec![EmergencyCluster::Emotional, EmergencyCluster::Pedagogical],
            ..Default::default()
        })
        .unwrap();
    assert_eq!(names(&both), [("שתיהן", Nearness::Council)]);
}

#[test]
fn details_unconfirmed_for_over_a_year_are_stale_and_listed_after_fresh_ones() {
    let (_dir, mut store) = store();
    let c = council(&mut store);
    let here = || Reach {
        settlements: vec![c.alon.clone()],
        ..Default::default()
    };
    volunteer(
        &mut store,
        "א ותיקה",
        "0501111111",
        None,
        here(),
        &[&c.trauma],
        400,
    );
    volunteer(
        &mut store,
        "ב טרייה",
        "0502222222",
        None,
        here(),
        &[&c.trauma],
        365,
    );
    let found = ask(&store, Some(&c.alon), None, &[&c.trauma], false);
    let rows: Vec<(&str, bool, Option<i64>)> = found
        .helpers
        .iter()
        .map(|h| (h.name.as_str(), h.stale, h.age_days))
        .collect();
    assert_eq!(
        rows,
        [("ב טרייה", false, Some(365)), ("א ותיקה", true, Some(400))]
    );
    let today = eshkol_core::today();
    assert!(is_stale(None, today));
    assert!(!is_stale(Some(today), today));
    let list = store.volunteers(false).unwrap();
    assert_eq!(
        list.iter()
            .map(|v| (v.full_name.as_str(), v.stale))
            .collect::<Vec<_>>(),
        [("א ותיקה", true), ("ב טרייה", false)]
    );
}

#[test]
fn a_volunteer_who_left_is_out_of_every_list_and_keeps_their_details() {
    let (_dir, mut store) = store();
    let c = council(&mut store);
    let whole = Reach {
        whole_council: true,
        ..Default::default()
    };
    let id = volunteer(
        &mut store,
        "עוזבת",
        "0501111111",
        None,
        whole,
        &[&c.trauma],
        10,
    );
    store
        .set_volunteer_left(&id, Some("עברה לגור בעיר"))
        .unwrap();
    assert_eq!(ask(&store, None, None, &[&c.trauma], false).volunteers, 0);
    assert!(store.volunteers(false).unwrap().is_empty());
    assert_eq!(store.volunteers(true).unwrap().len(), 1);
    let kept = store.volunteer(&id).unwrap();
    assert_eq!(kept.left_reason, "עברה לגור בעיר");
    assert_eq!(kept.capabilities, [c.trauma.clone()]);
    assert_eq!(store.emergency_capabilities().unwrap()[0].volunteers, 0);
    store.set_volunteer_left(&id, None).unwrap();
    assert_eq!(ask(&store, None, None, &[&c.trauma], false).volunteers, 1);
}

#[test]
fn a_volunteer_is_a_person_of_the_directory_and_the_duplicate_check_applies() {
    let (_dir, mut store) = store();
    let c = council(&mut store);
    let existing = store
        .add_person(&PersonInput {
            full_name: "נועה ברק".into(),
            mobile: "052-5550113".into(),
            ..Default::default()
        })
        .unwrap();
    let people_before = store.people(false).unwrap().len();
    let new_person = VolunteerInput {
        person: Some(PersonInput {
            full_name: "נועה ב.".into(),
            mobile: "0525550113".into(),
            ..Default::default()
        }),
        capabilities: vec![c.trauma.clone()],
        ..Default::default()
    };
    match store.save_volunteer(&new_person, false) {
        Err(Error::Duplicate { name, .. }) => assert_eq!(name, "נועה ברק"),
        other => panic!("expected the duplicate check, got {other:?}"),
    }
    assert_eq!(store.people(false).unwrap().len(), people_before);
    assert!(store.volunteers(true).unwrap().is_empty());
    // The existing person, chosen, becomes the volunteer: still one person.
    let id = store
        .save_volunteer(
            &VolunteerInput {
                person_id: Some(existing.clone()),
                capabilities: vec![c.trauma.clone(), c.zoom.clone()],
                available_days: vec![5, 0, 0],
                available_from: "1800".into(),
                ..Default::default()
            },
            false,
        )
        .unwrap();
    assert_eq!(id, existing);
    assert_eq!(store.people(false).unwrap().len(), people_before);
    let v = store.volunteer(&id).unwrap();
    assert_eq!(v.available_days, [0, 5]);
    assert_eq!(v.available_from.as_deref(), Some("18:00"));
    assert_eq!(v.capabilities.len(), 2);
}

#[test]
fn a_volunteer_form_reports_every_problem_and_writes_nothing() {
    let (_dir, mut store) = store();
    let c = council(&mut store);
    let bad = VolunteerInput {
        person: Some(PersonInput {
            full_name: "".into(),
            ..Default::default()
        }),
        capabilities: vec![c.trauma.clone(), "no-such-capability".into()],
        available_days: vec![9],
        available_until: "25:99".into(),
        confirmed_on: "31.02.2026".into(),
        ..Default::default()
    };
    let err = store.save_volunteer(&bad, false).unwrap_err();
    let mut fields: Vec<Field> = err.problems().iter().filter_map(|e| e.field()).collect();
    fields.sort_by_key(|f| f.code());
    assert_eq!(
        fields,
        [
            Field::AvailableDays,
            Field::AvailableUntil,
            Field::Capability,
            Field::ConfirmedOn,
            Field::FullName,
        ]
    );
    assert!(store.volunteers(true).unwrap().is_empty());
    assert!(store.people(true).unwrap().is_empty());
}

#[test]
fn merging_two_capabilities_moves_their_holders() {
    let (_dir, mut store) = store();
    let c = council(&mut store);
    let whole = || Reach {
        whole_council: true,
        ..Default::default()
    };
    let both = volunteer(
        &mut store,
        "שתיהן",
        "0501111111",
        None,
        whole(),
        &[&c.trauma, &c.listening],
        10,
    );
    volunteer(
        &mut store,
        "הקשבה",
        "0502222222",
        None,
        whole(),
        &[&c.listening],
        10,
    );
    let org = store
        .add_organization(&OrganizationInput {
            name: "ער\"ן".into(),
            kind: Some(OrganizationKind::Partner),
            ..Default::default()
        })
        .unwrap();
    store
        .save_organization_readiness(
            &org,
            &ReadinessInput {
                reach: whole(),
                capabilities: vec![c.listening.clone()],
                ..Default::default()
            },
        )
        .unwrap();

    store
        .merge_emergency_capabilities(&c.listening, &c.trauma)
        .unwrap();
    let caps = store.emergency_capabilities().unwrap();
    assert!(caps.iter().all(|cap| cap.id != c.listening));
    let trauma = caps.iter().find(|cap| cap.id == c.trauma).unwrap();
    assert_eq!((trauma.volunteers, trauma.organizations), (2, 1));
    assert_eq!(
        store.volunteer(&both).unwrap().capabilities,
        [c.trauma.clone()]
    );
    let found = ask(&store, None, None, &[&c.trauma], false);
    assert_eq!((found.volunteers, found.organizations), (2, 1));
    // A form still holding the old capability saves it as the one it became.
    let saved = store
        .save_volunteer(
            &VolunteerInput {
                person_id: Some(both.clone()),
                capabilities: vec![c.listening.clone()],
                ..Default::default()
            },
            false,
        )
        .unwrap();
    assert_eq!(
        store.volunteer(&saved).unwrap().capabilities,
        [c.trauma.clone()]
    );
    // Another laptop, not yet knowing of the merge, gave a volunteer the merged capability;
    // its change arrives after the merge. Asked for what it became, she is found.
    let late = volunteer(&mut store, "מחשב אחר", "0503333333", None, whole(), &[], 10);
    store
        .connection()
        .execute(
            "INSERT INTO volunteer_capabilities (person_id, capability_id) VALUES (?1, ?2)",
            [&late, &c.listening],
        )
        .unwrap();
    let found = ask(&store, None, None, &[&c.trauma], false);
    assert_eq!(found.volunteers, 3, "the late holder of the merged capability");
    let by_cluster = store
        .who_can_help(&HelpQuery {
            emergency_clusters: vec![EmergencyCluster::Emotional],
            ..Default::default()
        })
        .unwrap();
    assert!(by_cluster.helpers.iter().any(|h| h.id == late));
    // Into itself: refused.
    assert!(
        store
            .merge_emergency_capabilities(&c.trauma, &c.trauma)
            .is_err()
    );
}

#[test]
fn an_organization_is_found_where_it_is_active_with_its_contact_and_equipment() {
    let (_dir, mut store) = store();
    let c = council(&mut store);
    let contact = store
        .add_person(&PersonInput {
            full_name: "שירה חירום".into(),
            mobile: "0541234567".into(),
            ..Default::default()
        })
        .unwrap();
    let org = store
        .add_organization(&OrganizationInput {
            name: "נט\"ל".into(),
            kind: Some(OrganizationKind::Partner),
            ..Default::default()
        })
        .unwrap();
    store
        .save_organization_readiness(
            &org,
            &ReadinessInput {
                reach: Reach {
                    clusters: vec![c.south.clone()],
                    ..Default::default()
                },
                scope_count: 40.0.into(),
                scope_unit: "מטפלים".into(),
                main_program: "טיפול בטראומה".into(),
                capabilities: vec![c.trauma.clone()],
                equipment: vec![Equipment {
                    kind: "מחשבים ניידים".into(),
                    quantity: 12.0.into(),
                    kept_at: "מחסן המועצה".into(),
                }],
                contact_id: Some(contact.clone()),
                confirmed_on: today_minus(30),
                ..Default::default()
            },
        )
        .unwrap();
    let found = ask(&store, Some(&c.neve), None, &[&c.trauma], false);
    assert_eq!(names(&found), [("נט\"ל", Nearness::Cluster)]);
    let org_row = &found.helpers[0];
    assert_eq!(org_row.kind, HelperKind::Organization);
    assert_eq!(org_row.contact_name.as_deref(), Some("שירה חירום"));
    assert_eq!(org_row.phone.as_deref(), Some("054-1234567"));
    assert_eq!(
        ask(&store, Some(&c.alon), None, &[&c.trauma], false).organizations,
        0
    );
    let readiness = store.organization_readiness(&org).unwrap().unwrap();
    assert_eq!(readiness.equipment[0].quantity, 12.into());
    assert_eq!(readiness.scope_count, Some(40));
    // A line of equipment without what it is: refused, nothing changed.
    let err = store
        .save_organization_readiness(
            &org,
            &ReadinessInput {
                equipment: vec![Equipment {
                    kind: " ".into(),
                    quantity: 3.0.into(),
                    kept_at: "".into(),
                }],
                scope_count: (-1.0).into(),
                ..Default::default()
            },
        )
        .unwrap_err();
    let fields: Vec<Field> = err.problems().iter().filter_map(|e| e.field()).collect();
    assert_eq!(fields, [Field::ScopeCount, Field::Equipment]);
    assert_eq!(
        store
            .organization_readiness(&org)
            .unwrap()
            .unwrap()
            .equipment
            .len(),
        1
    );
}

#[test]
fn the_sample_department_is_ready_for_an_emergency_too() {
    let (_dir, store) = common::sample();
    let volunteers = store.volunteers(false).unwrap();
    assert_eq!(volunteers.len(), 12);
    // Two of them were people of the department already, not second copies.
    let shira = store
        .people(false)
        .unwrap()
        .into_iter()
        .filter(|p| p.full_name == "שירה אלמוגי")
        .count();
    assert_eq!(shira, 1);
    assert!(volunteers.iter().any(|v| v.stale), "some details are over a year old");
    assert!(volunteers.iter().any(|v| v.retiree));
    let emotional = store
        .who_can_help(&HelpQuery {
            emergency_clusters: vec![EmergencyCluster::Emotional],
            ..Default::default()
        })
        .unwrap();
    assert!(emotional.volunteers >= 4, "{emotional:?}");
    let logistics = store
        .who_can_help(&HelpQuery {
            emergency_clusters: vec![EmergencyCluster::NonProfessional],
            ..Default::default()
        })
        .unwrap();
    assert!(logistics.organizations >= 1);
    assert!(logistics.helpers.iter().any(|h| h.contact_name.is_some()));
}

#[test]
fn the_matrix_counts_current_and_stale_helpers_as_who_can_help_finds_them() {
    let (_dir, mut store) = store();
    let c = council(&mut store);
    let cluster_wide = Reach {
        clusters: vec![c.north.clone()],
        ..Default::default()
    };
    // Lives in Alon and acts across the north: counted once in Alon, not twice.
    volunteer(&mut store, "אחת", "0501111111", Some(&c.alon), cluster_wide, &[&c.trauma, &c.listening], 10);
    // Stale, in Givat only.
    let in_givat = Reach {
        settlements: vec![c.givat.clone()],
        ..Default::default()
    };
    volunteer(&mut store, "שתיים", "0502222222", None, in_givat, &[&c.zoom], 500);
    let today = eshkol_core::today();
    let matrix = store.emergency_matrix(today).unwrap();
    assert_eq!(matrix.emergency_clusters, EmergencyCluster::ALL);
    let row = |id: &Id| matrix.rows.iter().find(|r| &r.settlement_id == id).unwrap();
    let cell = |volunteers, stale| MatrixCell {
        volunteers,
        organizations: 0,
        stale,
    };
    assert_eq!(row(&c.alon).cells, [cell(1, 0), cell(0, 0), cell(0, 0), cell(0, 0)]);
    assert_eq!(row(&c.givat).cells, [cell(1, 0), cell(0, 1), cell(0, 0), cell(0, 0)]);
    assert!(row(&c.givat).cells[1].wanting(), "only a stale helper");
    assert_eq!(row(&c.neve).cells, [cell(0, 0); 4]);
}

#[test]
fn every_cell_of_the_sample_matrix_agrees_with_who_can_help() {
    let (_dir, store) = common::sample();
    let matrix = store.emergency_matrix(eshkol_core::today()).unwrap();
    assert_eq!(matrix.rows.len(), 12);
    let mut some = 0;
    for row in &matrix.rows {
        for (kind, cell) in EmergencyCluster::ALL.iter().zip(&row.cells) {
            let found = store
                .who_can_help(&HelpQuery {
                    settlement_id: Some(row.settlement_id.clone()),
                    emergency_clusters: vec![*kind],
                    ..Default::default()
                })
                .unwrap();
            let stale = found.helpers.iter().filter(|h| h.stale).count() as u32;
            let current = |kind| found.helpers.iter().filter(|h| !h.stale && h.kind == kind).count() as u32;
            assert_eq!(
                (cell.volunteers, cell.organizations, cell.stale),
                (current(HelperKind::Volunteer), current(HelperKind::Organization), stale),
                "{} × {kind:?}",
                row.settlement_name
            );
            some += cell.volunteers + cell.organizations;
        }
    }
    assert!(some > 20);
}

/// A returned workbook, as a person's Excel saves it: every cell as it came, and `answers` in
/// the column for what changed, by line key.
fn filled_in(original: &[u8], answers: &[(&str, &str)]) -> Vec<u8> {
    use calamine::{Reader, Xlsx};
    let mut book: Xlsx<_> = Xlsx::new(std::io::Cursor::new(original.to_vec())).unwrap();
    let name = book.sheet_names()[0].clone();
    let range = book.worksheet_range(&name).unwrap();
    let mut out = rust_xlsxwriter::Workbook::new();
    let sheet = out.add_worksheet();
    let (top, _) = range.start().unwrap();
    for (r, row) in range.rows().enumerate() {
        let r = r as u32 + top;
        for (c, cell) in row.iter().enumerate() {
            let text = cell.to_string();
            if !text.is_empty() {
                sheet.write_string(r, c as u16, text).unwrap();
            }
        }
        let key = row.first().map(|c| c.to_string()).unwrap_or_default();
        if let Some((_, answer)) = answers.iter().find(|(k, _)| *k == key) {
            sheet.write_string(r, 3, *answer).unwrap();
        }
    }
    out.save_to_buffer().unwrap()
}

#[test]
fn a_round_asks_everyone_and_a_returned_workbook_changes_nothing_until_accepted() {
    let (_dir, mut store) = common::sample();
    let today = eshkol_core::today();
    let round = store
        .start_round(
            &RoundInput {
                name: "עדכון שנתי 2027".into(),
                scope: "both".into(),
            },
            today,
        )
        .unwrap();
    let row = store.round(&round).unwrap();
    assert_eq!((row.prepared, row.answered, row.changed), (12 + 4, 0, 0));
    let waiting = store.round_requests(&round, Some(RequestStatus::Prepared)).unwrap();
    assert_eq!(waiting.len(), 16);
    let avital = waiting.iter().find(|r| r.name == "אביטל כרמי").unwrap().subject_id.clone();
    assert_eq!(
        waiting.iter().find(|r| r.name == "אביטל כרמי").unwrap().phone.as_deref(),
        Some("054-7110201")
    );

    // The email draft shows her details and opens as a mailto: link the app lets through.
    let mail = store.send_round_email(&round, &avital, today).unwrap();
    // Made, it is sent: until then nothing was.
    let row = store.round(&round).unwrap();
    assert_eq!((row.prepared, row.sent), (15, 1));
    assert!(mail.body.contains("אביטל כרמי") && mail.body.contains("הקשבה ותמיכה"), "{}", mail.body);
    assert!(mail.subject.starts_with("עדכון שנתי 2027"));
    assert!(mail.url.starts_with("mailto:volunteer201@example.org?subject=%D7"), "{}", mail.url);
    assert_eq!(mail.to.as_deref(), Some("volunteer201@example.org"));

    // Her workbook comes back with a new mobile, one more capability, and an unchanged line.
    let workbook = store.round_workbook(&round, &avital, today).unwrap();
    assert_eq!(workbook.extension, "xlsx");
    let returned = filled_in(
        &workbook.bytes,
        &[
            ("mobile", "052-7000111"),
            ("capabilities", "הקשבה ותמיכה, עזרה ראשונה נפשית, נהיגה והסעות"),
            ("availability", "ערבים וסופי שבוע"),
        ],
    );
    let before = store.volunteer(&avital).unwrap();
    let reply = store.read_round_reply("אביטל.xlsx", &returned).unwrap();
    assert_eq!(reply.subject_id, avital);
    let keys: Vec<DetailKey> = reply.lines.iter().map(|l| l.key).collect();
    assert_eq!(keys, [DetailKey::Mobile, DetailKey::Capabilities], "an unchanged line is no change");
    assert_eq!(reply.lines[0].current, "054-7110201");
    assert_eq!(reply.lines[0].proposed, "052-7000111");
    // Read, nothing applied.
    assert_eq!(store.volunteer(&avital).unwrap().mobile, before.mobile);
    assert_eq!(store.round(&round).unwrap().sent, 1);

    // She accepts the capability, not the phone.
    let accepted = vec![ProposedChange {
        key: DetailKey::Capabilities,
        value: reply.lines[1].proposed.clone(),
    }];
    store.apply_round_changes(&round, &avital, &accepted, today).unwrap();
    let after = store.volunteer(&avital).unwrap();
    assert_eq!(after.mobile, before.mobile);
    assert_eq!(after.capabilities.len(), 3);
    assert_eq!(after.confirmed_on, Some(today));
    let row = store.round(&round).unwrap();
    assert_eq!((row.prepared, row.sent, row.changed), (15, 0, 1));

    // A capability the department does not have is refused whole, and nothing changes.
    let unknown = vec![
        ProposedChange { key: DetailKey::Availability, value: "בבקרים".into() },
        ProposedChange { key: DetailKey::Capabilities, value: "צלילה".into() },
    ];
    let moshe = waiting.iter().find(|r| r.name == "משה פרחי").unwrap().subject_id.clone();
    let err = store.apply_round_changes(&round, &moshe, &unknown, today).unwrap_err();
    assert_eq!(err.field(), Some(Field::Capability));
    assert_ne!(store.volunteer(&moshe).unwrap().availability, "בבקרים");

    // Another answers by phone, nothing changed; another has left.
    store.set_request_status(&round, &moshe, RequestStatus::Answered, today).unwrap();
    let haim = waiting.iter().find(|r| r.name == "חיים זיו").unwrap().subject_id.clone();
    store.set_request_status(&round, &haim, RequestStatus::Left, today).unwrap();
    assert!(store.volunteers(false).unwrap().iter().all(|v| v.person_id != haim));
    assert_eq!(store.volunteer(&moshe).unwrap().confirmed_on, Some(today));

    // An answer already in stays when its form is printed after all.
    store.request_sent(&round, &moshe, today).unwrap();
    assert_eq!(store.round(&round).unwrap().answered, 1);
    // Two more are sent their requests; the other eleven never were.
    for name in ["סמאח עלי", "נדב שקדי"] {
        let id = waiting.iter().find(|r| r.name == name).unwrap().subject_id.clone();
        store.request_sent(&round, &id, today).unwrap();
    }

    // Closing: those sent a request who did not answer are "no answer"; those never sent one
    // stay "not sent": no count says anyone was asked who was not.
    let report = store.close_round(&round, today).unwrap();
    assert_eq!(
        (report.prepared, report.sent, report.answered, report.changed, report.no_answer, report.left),
        (11, 0, 1, 1, 2, 1)
    );
    let calls = store.round_requests(&round, Some(RequestStatus::NoAnswer)).unwrap();
    assert_eq!(calls.len(), 2);
    assert!(calls.iter().all(|c| c.phone.is_some()));
    assert!(store.close_round(&round, today).is_err(), "closed once");
}

#[test]
fn a_file_that_is_not_a_rounds_workbook_is_refused_with_a_message() {
    let (_dir, mut store) = common::sample();
    let today = eshkol_core::today();
    store
        .start_round(&RoundInput { name: "סבב".into(), scope: "volunteers".into() }, today)
        .unwrap();
    let people = eshkol_core::documents::export::xlsx(&store.people(false).unwrap(), store.messages()).unwrap();
    for (name, bytes) in [("contacts.xlsx", people.as_slice()), ("x.csv", b"a,b\n1,2\n".as_slice())] {
        match store.read_round_reply(name, bytes) {
            Err(Error::NotARoundReply(file)) => assert_eq!(file, name),
            other => panic!("{name}: {other:?}"),
        }
    }
}

#[test]
fn who_can_help_counts_everyone_and_sends_the_nearest_hundred() {
    let mut store = Store::open_in_memory().unwrap();
    let scale = eshkol_core::generate::Scale::DISTRICT.times(0.012);
    store.generate(scale).unwrap();
    let found = store.who_can_help(&HelpQuery::default()).unwrap();
    assert_eq!(found.volunteers, scale.volunteers.min(scale.people));
    assert_eq!(found.organizations, scale.emergency_organizations);
    let shown = |kind| found.helpers.iter().filter(|h| h.kind == kind).count();
    assert_eq!(shown(HelperKind::Volunteer), HELPERS_SHOWN);
    assert_eq!(shown(HelperKind::Organization), scale.emergency_organizations as usize);
    // Current details first, then stale ones, within the same nearness.
    let volunteers: Vec<&Helper> = found.helpers.iter().filter(|h| h.kind == HelperKind::Volunteer).collect();
    assert!(volunteers.windows(2).all(|w| w[0].stale <= w[1].stale));
}

#[test]
fn a_distribution_list_keeps_its_filter_and_stays_current() {
    let (_dir, mut store) = common::sample();
    let names = |store: &Store, id: &Id| -> Vec<String> {
        store.list_members(id).unwrap().into_iter().map(|m| m.full_name).collect()
    };
    let retirees = store
        .save_distribution_list(
            None,
            &DistributionListInput {
                name: "גמלאים".into(),
                retirees: true,
                ..Default::default()
            },
        )
        .unwrap();
    let mut found = names(&store, &retirees);
    found.sort();
    assert_eq!(found, ["חיים זיו", "משה פרחי", "רינת אורן"]);
    let south = store.clusters(false).unwrap().into_iter().find(|c| c.name == "אשכול דרום").unwrap();
    let emotional_south = store
        .save_distribution_list(
            None,
            &DistributionListInput {
                name: "רגשי בדרום".into(),
                region: Some(eshkol_core::directory::Region::South),
                emergency_cluster: Some(EmergencyCluster::Emotional),
                ..Default::default()
            },
        )
        .unwrap();
    let mut found = names(&store, &emotional_south);
    found.sort();
    // One acting across the southern cluster, one across the whole council.
    assert_eq!(found, ["ג׳ומאנה סעיד", "רינת אורן"]);
    let managers = store
        .save_distribution_list(None, &DistributionListInput { name: "מנהלים".into(), role: "מנהל".into(), ..Default::default() })
        .unwrap();
    assert_eq!(names(&store, &managers).len(), 3);

    // A new retiree in the south joins both lists without touching them; one who stops
    // volunteering leaves them.
    let id = volunteer_in(&mut store, &south.settlements[0].id);
    assert_eq!(names(&store, &retirees).len(), 4);
    assert!(names(&store, &emotional_south).contains(&"עוזי דרומי".to_owned()));
    store.set_volunteer_left(&id, Some("עבר דירה")).unwrap();
    assert_eq!(names(&store, &retirees).len(), 3);
    let lists = store.distribution_lists().unwrap();
    assert_eq!(lists.iter().find(|l| l.id == retirees).unwrap().members, 3);

    // The emails for a BCC line: each once.
    let emails = store.list_emails(&managers).unwrap();
    assert_eq!(emails.split(", ").count(), 3, "{emails}");
    assert!(emails.contains("michal.aviram@example.org"));
    store.remove_distribution_list(&managers).unwrap();
    assert!(store.list_members(&managers).is_err());
}

fn volunteer_in(store: &mut Store, settlement: &Id) -> Id {
    let emotional = store
        .emergency_capabilities()
        .unwrap()
        .into_iter()
        .find(|c| c.emergency_cluster == EmergencyCluster::Emotional)
        .unwrap();
    store
        .save_volunteer(
            &VolunteerInput {
                person: Some(PersonInput {
                    full_name: "עוזי דרומי".into(),
                    mobile: "0547770001".into(),
                    ..Default::default()
                }),
                home_settlement_id: Some(settlement.clone()),
                capabilities: vec![emotional.id],
                retiree: true,
                ..Default::default()
            },
            false,
        )
        .unwrap()
}

#[test]
fn search_finds_capabilities_and_organizations_by_their_equipment() {
    use eshkol_core::search::{SearchKind, SearchQuery};
    let (_dir, store) = common::sample();
    let search = |text: &str| {
        store
            .search(&SearchQuery {
                text: text.into(),
                include_sensitive: false,
            })
            .unwrap()
    };
    let found = search("בטראומה");
    let capabilities = found.groups.iter().find(|g| g.kind == SearchKind::Capability).unwrap();
    assert_eq!(capabilities.hits[0].title, "טיפול בטראומה");
    assert_eq!(capabilities.hits[0].detail.as_deref(), Some("רגשי"));
    // "גנרטור" finds the council by its generators; where they are kept is found too.
    for text in ["גנרטורים", "מחסן המועצה"] {
        let found = search(text);
        let equipment = found.groups.iter().find(|g| g.kind == SearchKind::Equipment).unwrap();
        assert_eq!(equipment.hits[0].title, "מועצה אזורית עמק הגפן", "{text}");
        assert!(equipment.hits[0].snippet.text().contains("גנרטורים ×4"));
    }
    // A volunteer is a person of the directory, found by name.
    let people = search("ג׳ומאנה");
    assert_eq!(people.groups[0].kind, SearchKind::Person);
    assert!(search("צלילה").groups.is_empty());
}

#[test]
fn a_capability_can_require_a_training_that_has_not_expired() {
    let (_dir, mut store) = store();
    let c = council(&mut store);
    store.set_required_training(&c.trauma, "עזרה ראשונה נפשית – קורס").unwrap();
    let whole = Reach {
        whole_council: true,
        ..Default::default()
    };
    let id = volunteer(&mut store, "דנה", "0501111111", None, whole, &[&c.trauma, &c.zoom], 10);
    let missing = |store: &Store| {
        store.who_can_help(&HelpQuery::default()).unwrap().helpers[0]
            .missing_trainings
            .clone()
    };
    assert_eq!(missing(&store), ["עזרה ראשונה נפשית – קורס"]);
    let training = |store: &mut Store, days_ago: i64, months: Option<f64>| {
        store
            .save_training(
                None,
                &TrainingInput {
                    topic: "עזרה ראשונה נפשית – קורס".into(),
                    held_on: today_minus(days_ago),
                    valid_months: months.into(),
                    participants: vec![id.clone()],
                },
            )
            .unwrap()
    };
    // Two years ago, for a year: expired.
    training(&mut store, 730, Some(12.0));
    assert_eq!(missing(&store).len(), 1);
    // A month ago, for a year: valid.
    training(&mut store, 30, Some(12.0));
    assert!(missing(&store).is_empty());
    assert_eq!(store.trainings().unwrap().len(), 2);
    assert_eq!(store.trainings().unwrap()[0].participant_names, "דנה");
}

#[test]
fn a_drills_findings_are_its_debriefs_gaps_and_action_items_carried_forward() {
    use eshkol_core::forums::{ActionItemInput, GapInput};
    let (_dir, mut store) = common::sample();
    let today = eshkol_core::today();
    let volunteers = store.volunteers(false).unwrap();
    let org = store.organizations_readiness().unwrap()[0].organization_id.clone();
    let first = store
        .add_drill(
            &DrillInput {
                name: "תרגיל רעידת אדמה".into(),
                scenario: "רעידת אדמה בשעות הערב, בתי הספר סגורים".into(),
                held_on: today_minus(60),
                volunteers: vec![volunteers[0].person_id.clone(), volunteers[1].person_id.clone()],
                organizations: vec![org.clone()],
            },
            today,
        )
        .unwrap();
    let drill = store.drills().unwrap().into_iter().find(|d| d.id == first).unwrap();
    assert_eq!(drill.participants.len(), 3);
    assert!(drill.participants.iter().all(|p| !p.answered));
    store.set_drill_answered(&first, &volunteers[0].person_id, true).unwrap();
    // The findings, recorded in the debrief meeting as any forum's.
    let debrief = drill.debrief_meeting_id.clone();
    store
        .save_gap(&debrief, None, &GapInput { what: "אין רשימת טלפונים מעודכנת במקלטים".into(), ..Default::default() })
        .unwrap();
    store
        .save_action_item(&debrief, None, &ActionItemInput { what: "להדפיס דף חירום לכל יישוב".into(), ..Default::default() })
        .unwrap();
    let drill = store.drills().unwrap().into_iter().find(|d| d.id == first).unwrap();
    assert_eq!(drill.open_findings, 2);
    assert!(drill.participants.iter().any(|p| p.answered));
    // The next drill meets in the same forum, and the open findings are carried into it.
    let second = store
        .add_drill(&DrillInput { name: "תרגיל ירי רקטות".into(), held_on: today_minus(1), ..Default::default() }, today)
        .unwrap();
    let second = store.drills().unwrap().into_iter().find(|d| d.id == second).unwrap();
    let meeting = store.meeting(&second.debrief_meeting_id).unwrap();
    assert_eq!(meeting.forum_id, store.meeting(&debrief).unwrap().forum_id);
    assert_eq!(meeting.forum_name, "תרגילי חירום");
    assert_eq!(meeting.carried.len(), 2, "{:?}", meeting.carried);
    // An unknown participant is refused, and nothing is written.
    let drills_before = store.drills().unwrap().len();
    let err = store
        .add_drill(
            &DrillInput { name: "x".into(), held_on: today_minus(1), volunteers: vec!["nobody".into()], ..Default::default() },
            today,
        )
        .unwrap_err();
    assert_eq!(err.field(), Some(Field::Members));
    assert_eq!(store.drills().unwrap().len(), drills_before);
}
