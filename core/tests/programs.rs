//! Programs and partnerships through the core API (issue #17): partners and their roles, one of
//! them new to the directory in the same step; the three sectors; where a program runs; the
//! forums that steer it, with what they left open; its moves; its figures, counts only.

use eshkol_core::{
    Error, Store,
    error::Field,
    forums::{ActionItemInput, DecisionInput, GapInput, MeetingInput, MeetingStatus, Template},
    model::{
        ClusterInput, Id, OrganizationInput, OrganizationKind, PersonInput, Region, Sector,
        SettlementInput,
    },
    programs::*,
};

mod common;
use common::store;

fn day(text: &str) -> chrono::NaiveDate {
    text.parse().unwrap()
}

struct Place {
    cluster: Id,
    other_cluster: Id,
    alon: Id,
    givat: Id,
    far: Id,
    school: Id,
    council: Id,
    coordinator: Id,
}

fn place(store: &mut Store) -> Place {
    let cluster = |store: &mut Store, name: &str| {
        store
            .save_cluster(
                None,
                &ClusterInput {
                    name: name.into(),
                    region: Some(Region::South),
                    ..Default::default()
                },
            )
            .unwrap()
    };
    let (cluster_id, other_cluster) = (
        cluster(store, "אשכול נגב מערבי"),
        cluster(store, "אשכול צפון"),
    );
    let settlement = |store: &mut Store, name: &str, cluster: &Id| {
        store
            .save_settlement(
                None,
                &SettlementInput {
                    name: name.into(),
                    kind: Some(eshkol_core::model::SettlementKind::Kibbutz),
                    cluster_id: Some(cluster.clone()),
                    ..Default::default()
                },
            )
            .unwrap()
    };
    let alon = settlement(store, "נווה אלון", &cluster_id);
    let givat = settlement(store, "גבעת הרקפות", &cluster_id);
    let far = settlement(store, "שדה תאנה", &other_cluster);
    let organization = |store: &mut Store, name: &str, kind| {
        store
            .add_organization(&OrganizationInput {
                name: name.into(),
                kind: Some(kind),
                sector: None,
                notes: String::new(),
            })
            .unwrap()
    };
    let school = organization(store, "בית ספר אזורי שקמה", OrganizationKind::School);
    let council = organization(store, "המועצה האזורית", OrganizationKind::Authority);
    let coordinator = store
        .save_person(
            None,
            &PersonInput {
                full_name: "דודי יצחקי".into(),
                mobile: "0521234567".into(),
                ..Default::default()
            },
            true,
        )
        .unwrap();
    Place {
        cluster: cluster_id,
        other_cluster,
        alon,
        givat,
        far,
        school,
        council,
        coordinator,
    }
}

fn stem(place: &Place) -> ProgramInput {
    ProgramInput {
        name: "קידום חינוך מדעי טכנולוגי".into(),
        kind: Some(ProgramKind::RegionalInitiative),
        goal: "קידום מצוינות מדעית טכנולוגית באשכולות הנגב".into(),
        axes: vec![
            AxisInput {
                name: "ביסוס תשתיות וסינרגיה".into(),
                description: "בין שותפים ועל הרצף החינוכי".into(),
                ..Default::default()
            },
            AxisInput {
                name: "קידום מורים".into(),
                ..Default::default()
            },
            AxisInput {
                name: "מו\"פ".into(),
                description: "מחקר ופיתוח ליוזמות STEM".into(),
                ..Default::default()
            },
        ],
        coordinator_id: Some(place.coordinator.clone()),
        starts_on: "1.9.2018".into(),
        partners: vec![
            PartnerInput {
                organization_id: Some(place.council.clone()),
                role: Some(PartnerRole::Lead),
                ..Default::default()
            },
            PartnerInput {
                new_organization: "מכון ויצמן".into(),
                sector: Some(Sector::ThirdSector),
                role: Some(PartnerRole::Academic),
                ..Default::default()
            },
        ],
        clusters: vec![place.cluster.clone()],
        settlements: vec![place.far.clone()],
        schools: vec![place.school.clone()],
        ..Default::default()
    }
}

#[test]
fn partners_take_roles_and_a_new_one_joins_the_directory_in_the_same_step() {
    let (_dir, mut store) = store();
    let place = place(&mut store);
    let id = store.save_program(None, &stem(&place)).unwrap();
    let program = store.program(&id, day("2026-12-01")).unwrap();
    assert_eq!(
        program
            .axes
            .iter()
            .map(|a| a.name.as_str())
            .collect::<Vec<_>>(),
        ["ביסוס תשתיות וסינרגיה", "קידום מורים", "מו\"פ"]
    );
    assert_eq!(program.coordinator_name.as_deref(), Some("דודי יצחקי"));
    assert_eq!(program.starts_on, Some(day("2018-09-01")));
    let roles: Vec<(&str, PartnerRole)> = program
        .partners
        .iter()
        .map(|p| (p.name.as_str(), p.role))
        .collect();
    assert_eq!(
        roles,
        [
            ("המועצה האזורית", PartnerRole::Lead),
            ("מכון ויצמן", PartnerRole::Academic)
        ]
    );
    // The new partner is an organization of the directory now, of the sector said.
    let weizmann = store
        .organizations(false)
        .unwrap()
        .into_iter()
        .find(|o| o.name == "מכון ויצמן")
        .unwrap();
    assert_eq!(
        (weizmann.kind, weizmann.sector),
        (OrganizationKind::Partner, Some(Sector::ThirdSector))
    );

    // Saved again with the axes reordered, one removed: the kept ones keep their ids.
    let mut input = stem(&place);
    input.axes = vec![
        AxisInput {
            id: Some(program.axes[2].id.clone()),
            name: "מו\"פ".into(),
            ..Default::default()
        },
        AxisInput {
            id: Some(program.axes[0].id.clone()),
            name: "ביסוס תשתיות".into(),
            ..Default::default()
        },
    ];
    // The same partner typed again by name is the same organization, not a second one.
    input.partners[1].organization_id = None;
    input.partners[1].role = Some(PartnerRole::Funder);
    store.save_program(Some(&id), &input).unwrap();
    let again = store.program(&id, day("2026-12-01")).unwrap();
    assert_eq!(
        again
            .axes
            .iter()
            .map(|a| (a.id.as_str(), a.name.as_str()))
            .collect::<Vec<_>>(),
        [
            (program.axes[2].id.as_str(), "מו\"פ"),
            (program.axes[0].id.as_str(), "ביסוס תשתיות")
        ]
    );
    assert_eq!(again.partners[1].role, PartnerRole::Funder);
    assert_eq!(
        store
            .organizations(false)
            .unwrap()
            .iter()
            .filter(|o| o.name == "מכון ויצמן")
            .count(),
        1
    );
}

#[test]
fn a_program_shows_whether_its_partners_span_the_three_sectors() {
    let (_dir, mut store) = store();
    let place = place(&mut store);
    let id = store.save_program(None, &stem(&place)).unwrap();
    let program = store.program(&id, day("2026-12-01")).unwrap();
    // The council is public by its kind; the institute third sector as said.
    assert_eq!(program.sectors, [Sector::Public, Sector::ThirdSector]);
    assert_eq!(program.missing_sectors, [Sector::Business]);
    assert!(!store.programs(false).unwrap()[0].spans_sectors);

    let mut input = stem(&place);
    input.partners.push(PartnerInput {
        new_organization: "MINDCET".into(),
        sector: Some(Sector::Business),
        role: Some(PartnerRole::Partner),
        ..Default::default()
    });
    store.save_program(Some(&id), &input).unwrap();
    let program = store.program(&id, day("2026-12-01")).unwrap();
    assert!(program.missing_sectors.is_empty());
    assert!(store.programs(false).unwrap()[0].spans_sectors);

    // A partner whose kind tells no sector, and none said, spans nothing.
    let partner = store
        .add_organization(&OrganizationInput {
            name: "קרן רש\"י".into(),
            kind: Some(OrganizationKind::Partner),
            sector: None,
            notes: String::new(),
        })
        .unwrap();
    let only = store
        .save_program(
            None,
            &ProgramInput {
                name: "בתי ספר היברידיים".into(),
                kind: Some(ProgramKind::Other),
                partners: vec![PartnerInput {
                    organization_id: Some(partner),
                    role: Some(PartnerRole::Funder),
                    ..Default::default()
                }],
                ..Default::default()
            },
        )
        .unwrap();
    let program = store.program(&only, day("2026-12-01")).unwrap();
    assert_eq!(program.partners[0].sector, None);
    assert!(program.sectors.is_empty());
}

#[test]
fn a_program_runs_in_places_and_each_places_page_lists_it() {
    let (_dir, mut store) = store();
    let place = place(&mut store);
    let id = store.save_program(None, &stem(&place)).unwrap();
    let names =
        |programs: Vec<ProgramHere>| programs.into_iter().map(|p| p.name).collect::<Vec<_>>();
    // Across its cluster: every settlement of it; and the far settlement named itself.
    assert_eq!(
        names(store.programs_in_settlement(&place.alon).unwrap()),
        ["קידום חינוך מדעי טכנולוגי"]
    );
    assert_eq!(
        names(store.programs_in_settlement(&place.far).unwrap()),
        ["קידום חינוך מדעי טכנולוגי"]
    );
    let in_north = store.programs_in_cluster(&place.other_cluster).unwrap();
    assert_eq!(in_north[0].settlements, "שדה תאנה");
    assert_eq!(
        store.programs_in_cluster(&place.cluster).unwrap()[0].settlements,
        "",
        "the whole cluster"
    );
    let program = store.program(&id, day("2026-12-01")).unwrap();
    assert_eq!(program.schools[0].name, "בית ספר אזורי שקמה");
    // A school must be a school.
    let mut input = stem(&place);
    input.schools.push(place.council.clone());
    assert!(matches!(
        store.save_program(Some(&id), &input),
        Err(Error::Invalid {
            field: Field::Organization,
            ..
        })
    ));
    // Archived, it leaves the places' pages.
    store.set_program_archived(&id, true).unwrap();
    assert!(
        store
            .programs_in_settlement(&place.alon)
            .unwrap()
            .is_empty()
    );
    assert!(store.programs(false).unwrap().is_empty());
    assert_eq!(store.programs(true).unwrap().len(), 1);
    let _ = place.givat;
}

#[test]
fn a_programs_form_reports_every_problem_at_once_and_writes_nothing() {
    let (_dir, mut store) = store();
    let place = place(&mut store);
    let input = ProgramInput {
        name: " ".into(),
        starts_on: "1.9.2026".into(),
        ends_on: "1.9.2025".into(),
        axes: vec![AxisInput {
            description: "בלי שם".into(),
            ..Default::default()
        }],
        partners: vec![PartnerInput {
            organization_id: Some(place.council.clone()),
            role: None,
            ..Default::default()
        }],
        ..Default::default()
    };
    let Err(Error::Fields(problems)) = store.save_program(None, &input) else {
        panic!("several problems")
    };
    let fields: Vec<Option<Field>> = problems.iter().map(Error::field).collect();
    for field in [
        Field::Name,
        Field::Kind,
        Field::EndsOn,
        Field::Axis,
        Field::Role,
    ] {
        assert!(fields.contains(&Some(field)), "{field:?} in {fields:?}");
    }
    assert!(
        problems
            .iter()
            .any(|p| matches!(p, Error::EndsBeforeStart(Field::EndsOn)))
    );
    assert!(store.programs(true).unwrap().is_empty());
}

#[test]
fn a_programs_steering_forum_shows_its_open_decisions_action_items_gaps_and_whether_it_is_overdue()
{
    let (_dir, mut store) = store();
    let place = place(&mut store);
    let mut forum = store.forum_template(Template::Authority);
    forum.name = "ועדת היגוי תלת מגזרית".into();
    let forum = store.save_forum(None, &forum).unwrap();
    let meeting = store
        .save_meeting(
            None,
            &forum,
            &MeetingInput {
                date: "2026-06-10".into(),
                status: Some(MeetingStatus::Held),
                ..Default::default()
            },
        )
        .unwrap();
    store
        .save_decision(
            &meeting,
            None,
            &DecisionInput {
                text: "להקים FAB LAB אזורי ברהט".into(),
                agenda_item_id: None,
            },
        )
        .unwrap();
    store
        .save_action_item(
            &meeting,
            None,
            &ActionItemInput {
                what: "לאתר מבנה למעבדה".into(),
                owner_id: Some(place.coordinator.clone()),
                due_date: "1.9.2026".into(),
                agenda_item_id: None,
            },
        )
        .unwrap();
    store
        .save_gap(
            &meeting,
            None,
            &GapInput {
                what: "חסרים מורים לפיזיקה".into(),
                ..Default::default()
            },
        )
        .unwrap();
    let mut input = stem(&place);
    input.forums = vec![SteeringInput {
        forum_id: forum.clone(),
        role: Some(SteeringRole::Steering),
    }];
    let id = store.save_program(None, &input).unwrap();

    let program = store.program(&id, day("2026-12-01")).unwrap();
    let steering = &program.steering[0];
    assert_eq!(
        (steering.name.as_str(), steering.role),
        ("ועדת היגוי תלת מגזרית", SteeringRole::Steering)
    );
    assert_eq!(steering.recent_meetings[0].date, day("2026-06-10"));
    assert_eq!(steering.decisions, ["להקים FAB LAB אזורי ברהט"]);
    assert_eq!(steering.open_actions[0].what, "לאתר מבנה למעבדה");
    assert_eq!(steering.open_gaps[0].what, "חסרים מורים לפיזיקה");
    // Monthly, last met in June: overdue by its cadence in December.
    assert!(
        steering.status.overdue_days.is_some_and(|d| d > 0),
        "{:?}",
        steering.status
    );
    // The forum's page lists the programs it steers.
    assert_eq!(
        store.programs_of_forum(&forum).unwrap()[0].name,
        "קידום חינוך מדעי טכנולוגי"
    );
}

#[test]
fn an_overdue_move_is_listed_like_an_overdue_action_item() {
    let (_dir, mut store) = store();
    let place = place(&mut store);
    let id = store.save_program(None, &stem(&place)).unwrap();
    let lab = store
        .save_program_move(
            &id,
            None,
            &MoveInput {
                what: "פתיחת FAB LAB אזורי".into(),
                due_on: "1.9.2026".into(),
                owner_id: Some(place.coordinator.clone()),
                status: Some(MoveStatus::UnderWay),
            },
        )
        .unwrap();
    store
        .save_program_move(
            &id,
            None,
            &MoveInput {
                what: "מרכז פיזיקה וכימיה".into(),
                due_on: "1.9.2027".into(),
                ..Default::default()
            },
        )
        .unwrap();
    store
        .save_program_move(
            &id,
            None,
            &MoveInput {
                what: "מגמות אזוריות".into(),
                due_on: "1.1.2026".into(),
                status: Some(MoveStatus::Done),
                ..Default::default()
            },
        )
        .unwrap();
    let overdue = store.overdue_moves(day("2026-12-01")).unwrap();
    assert_eq!(
        overdue.iter().map(|m| m.what.as_str()).collect::<Vec<_>>(),
        ["פתיחת FAB LAB אזורי"]
    );
    assert_eq!(
        (
            overdue[0].program_name.as_str(),
            overdue[0].owner_name.as_deref()
        ),
        ("קידום חינוך מדעי טכנולוגי", Some("דודי יצחקי"))
    );
    let program = store.program(&id, day("2026-12-01")).unwrap();
    assert_eq!(program.moves.iter().filter(|m| m.overdue).count(), 1);
    // Done, it leaves the list.
    store
        .save_program_move(
            &id,
            Some(&lab),
            &MoveInput {
                what: "פתיחת FAB LAB אזורי".into(),
                due_on: "1.9.2026".into(),
                status: Some(MoveStatus::Done),
                ..Default::default()
            },
        )
        .unwrap();
    assert!(store.overdue_moves(day("2026-12-01")).unwrap().is_empty());
}

#[test]
fn figures_are_counts_per_year_settlement_and_age_band_and_never_a_childs_name() {
    let (_dir, mut store) = store();
    let place = place(&mut store);
    let id = store.save_program(None, &stem(&place)).unwrap();
    let line = |year: i32, settlement: &Id, band, counts: [f64; 4]| FiguresInput {
        school_year: year,
        settlement_id: settlement.clone(),
        age_band: Some(band),
        target: Some(counts[0]),
        took_part: Some(counts[1]),
        continued: Some(counts[2]),
        completed: Some(counts[3]),
    };
    store
        .save_program_figures(
            &id,
            &line(2025, &place.alon, AgeBand::High, [60.0, 40.0, 35.0, 30.0]),
        )
        .unwrap();
    store
        .save_program_figures(
            &id,
            &line(2026, &place.alon, AgeBand::High, [62.0, 45.0, 0.0, 0.0]),
        )
        .unwrap();
    store
        .save_program_figures(
            &id,
            &line(2026, &place.givat, AgeBand::Middle, [30.0, 12.0, 0.0, 0.0]),
        )
        .unwrap();
    // The same line again changes it in place.
    store
        .save_program_figures(
            &id,
            &line(2026, &place.givat, AgeBand::Middle, [30.0, 14.0, 0.0, 0.0]),
        )
        .unwrap();
    let program = store.program(&id, day("2026-12-01")).unwrap();
    assert_eq!(program.figures.len(), 3);
    let years: Vec<(i32, u32, u32)> = program
        .years
        .iter()
        .map(|y| (y.school_year, y.target, y.took_part))
        .collect();
    assert_eq!(years, [(2025, 60, 40), (2026, 92, 59)]);
    // A count that is not a count is refused, and nothing changes.
    let mut bad = line(2026, &place.alon, AgeBand::High, [62.0, -3.0, 0.0, 0.0]);
    assert!(store.save_program_figures(&id, &bad).is_err());
    bad.took_part = Some(2.5);
    assert!(store.save_program_figures(&id, &bad).is_err());
    assert_eq!(
        store.program(&id, day("2026-12-01")).unwrap().years[1].took_part,
        59
    );

    // No column of the figures can hold a name: each is a key (a reference, the year, the
    // age band), a count, or when the line last changed.
    let columns: Vec<(String, String)> = {
        let mut stmt = store
            .connection()
            .prepare("SELECT name, type FROM pragma_table_info('program_figures')")
            .unwrap();
        stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
            .unwrap()
            .map(Result::unwrap)
            .collect()
    };
    for (name, kind) in &columns {
        let allowed = match name.as_str() {
            "program_id" | "settlement_id" | "age_band" | "updated_at" => kind == "TEXT",
            "school_year" | "target" | "took_part" | "continued" | "completed" => kind == "INTEGER",
            _ => false,
        };
        assert!(allowed, "program_figures.{name} {kind} could hold a name");
    }
    // Nor can any other table of programs hold a child: only adults of the directory (the
    // coordinator, a move's owner) are named.
    let tables: Vec<String> = {
        let mut stmt = store
            .connection()
            .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name LIKE 'program%'")
            .unwrap();
        stmt.query_map([], |r| r.get(0))
            .unwrap()
            .map(Result::unwrap)
            .collect()
    };
    for table in tables {
        let mut stmt = store
            .connection()
            .prepare(&format!("SELECT name FROM pragma_table_info('{table}')"))
            .unwrap();
        let names: Vec<String> = stmt
            .query_map([], |r| r.get(0))
            .unwrap()
            .map(Result::unwrap)
            .collect();
        for name in names {
            assert!(
                !["child", "student", "pupil", "participant", "full_name"]
                    .iter()
                    .any(|w| name.contains(w)),
                "{table}.{name}"
            );
        }
    }
}
