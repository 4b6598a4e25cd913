//! Programs and partnerships through the core API (issue #17): partners and their roles, one of
//! them new to the directory in the same step; the three sectors; where a program runs; the
//! forums that steer it, with what they left open; its moves; its figures, counts only.

use eshkol_core::{
    Error, Store,
    error::Field,
    forums::{ActionItemInput, DecisionInput, GapInput, MeetingInput, MeetingStatus, Template},
    model::Id, directory::{ClusterInput, OrganizationInput, OrganizationKind, PersonInput, Region, Sector},
    programs::{delegations, *},
};

use crate::common;
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
    let settlement = common::settlement;
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
        target: (counts[0]).into(),
        took_part: (counts[1]).into(),
        continued: (counts[2]).into(),
        completed: (counts[3]).into(),
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
    let years: Vec<(i32, Option<u32>, Option<u32>)> = program
        .years
        .iter()
        .map(|y| (y.school_year, y.target, y.took_part))
        .collect();
    assert_eq!(years, [(2025, Some(60), Some(40)), (2026, Some(92), Some(59))]);
    // A figure no one typed for the year is not known yet, not 0.
    let mut running = line(2027, &place.alon, AgeBand::High, [50.0, 30.0, 0.0, 0.0]);
    running.continued = Default::default();
    running.completed = Default::default();
    store.save_program_figures(&id, &running).unwrap();
    let year = store.program(&id, day("2027-12-01")).unwrap().years.pop().unwrap();
    assert_eq!((year.school_year, year.took_part, year.continued, year.completed), (2027, Some(30), None, None));
    // A count that is not a count is refused, and nothing changes.
    let mut bad = line(2026, &place.alon, AgeBand::High, [62.0, -3.0, 0.0, 0.0]);
    assert!(store.save_program_figures(&id, &bad).is_err());
    bad.took_part = 2.5.into();
    assert!(store.save_program_figures(&id, &bad).is_err());
    // A count as people type it: thousands grouped by a comma or a space, Arabic-Indic digits.
    for (typed, read) in [("1,200", 1200), ("1 200", 1200), ("١٢٠", 120), ("45", 45)] {
        let mut typed_line = line(2026, &place.alon, AgeBand::High, [0.0; 4]);
        typed_line.target = typed.into();
        typed_line.took_part = typed.into();
        store.save_program_figures(&id, &typed_line).unwrap();
        let program = store.program(&id, day("2026-12-01")).unwrap();
        let alon = program.figures.iter().find(|f| f.school_year == 2026 && f.settlement_id == place.alon).unwrap();
        assert_eq!((alon.target, alon.took_part), (Some(read), Some(read)), "{typed}");
    }
    // A fraction is no count, and what no one can read as a number says so, naming the field.
    for typed in ["5,5", "5.5", "12,00,0", "שלושים"] {
        bad.took_part = typed.into();
        let refused = store.save_program_figures(&id, &bad).unwrap_err();
        assert_eq!(refused.field(), Some(Field::TookPart), "{typed}");
    }
    assert!(matches!(
        { bad.took_part = "12,00,0".into(); store.save_program_figures(&id, &bad).unwrap_err() },
        Error::NotANumber { field: Field::TookPart, ref value } if value == "12,00,0"
    ));
    assert_eq!(
        store.program(&id, day("2026-12-01")).unwrap().years[1].took_part,
        Some(59)
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

fn squash(text: &str) -> String {
    text.chars().filter(|c| !c.is_whitespace()).collect()
}

fn delegation(store: &mut Store, place: &Place, program: &Id) -> Id {
    let host = store
        .save_person(
            None,
            &PersonInput {
                full_name: "רויטל עמוס".into(),
                role_title: "מנהלת המחלקה".into(),
                mobile: "0527001122".into(),
                ..Default::default()
            },
            true,
        )
        .unwrap();
    store
        .save_delegation(
            None,
            &delegations::DelegationInput {
                name: "משלחת אנשי חינוך ממדינות מתפתחות".into(),
                country: "גאנה".into(),
                guest_count: 14.0.into(),
                starts_on: "22.3.2027".into(),
                ends_on: "22.3.2027".into(),
                hosts: vec![host],
                stops: vec![
                    delegations::StopInput {
                        day: "22.3.2027".into(),
                        at: "13:30".into(),
                        place: "מועדונית לילדים בסיכון".into(),
                        settlement_id: Some(place.alon.clone()),
                        ..Default::default()
                    },
                    delegations::StopInput {
                        day: "22.3.2027".into(),
                        at: "09:00".into(),
                        place: "היחידה לקידום נוער".into(),
                        program_id: Some(program.clone()),
                        settlement_id: Some(place.givat.clone()),
                        notes: "תערוכת הצילומים של בני הנוער".into(),
                        ..Default::default()
                    },
                ],
                ..Default::default()
            },
        )
        .unwrap()
}

#[test]
fn a_delegation_has_its_guests_hosts_and_stops_in_order_and_follow_ups_carried_as_action_items() {
    let (_dir, mut store) = store();
    let place = place(&mut store);
    let program = store.save_program(None, &stem(&place)).unwrap();
    let id = delegation(&mut store, &place, &program);
    let d = store.delegation(&id, day("2027-03-22")).unwrap();
    assert_eq!(d.guest_count, Some(14));
    assert_eq!(d.hosts[0].phone.as_deref(), Some("052-7001122"));
    // The stops by time, whatever order they were typed in.
    let stops: Vec<(&str, Option<&str>)> = d
        .stops
        .iter()
        .map(|s| (s.place.as_str(), s.at.as_deref()))
        .collect();
    assert_eq!(
        stops,
        [
            ("היחידה לקידום נוער", Some("09:00")),
            ("מועדונית לילדים בסיכון", Some("13:30"))
        ]
    );
    assert_eq!(
        d.stops[0].program_name.as_deref(),
        Some("קידום חינוך מדעי טכנולוגי")
    );
    // Each settlement it visited has it in its history.
    assert_eq!(
        store.delegations_in_settlement(&place.alon).unwrap()[0].name,
        "משלחת אנשי חינוך ממדינות מתפתחות"
    );
    assert!(
        store
            .delegations_in_settlement(&place.far)
            .unwrap()
            .is_empty()
    );

    // A follow-up is an action item: listed with the others, and by the delegation.
    store
        .add_delegation_follow_up(
            &id,
            &ActionItemInput {
                what: "החלפת משלחות בשנה הבאה".into(),
                owner_id: None,
                due_date: "1.3.2028".into(),
                agenda_item_id: None,
            },
        )
        .unwrap();
    let all = store
        .action_items(&Default::default(), day("2027-03-23"))
        .unwrap();
    let item = all
        .iter()
        .find(|a| a.what == "החלפת משלחות בשנה הבאה")
        .unwrap();
    assert_eq!(
        item.delegation_name.as_deref(),
        Some("משלחת אנשי חינוך ממדינות מתפתחות")
    );
    assert_eq!(
        store
            .delegation(&id, day("2027-03-23"))
            .unwrap()
            .follow_ups
            .len(),
        1
    );

    // A stop with no place, and an end before the start: every problem at once, nothing kept.
    let Err(Error::Fields(problems)) = store.save_delegation(
        Some(&id),
        &delegations::DelegationInput {
            name: "משלחת".into(),
            starts_on: "22.3.2027".into(),
            ends_on: "20.3.2027".into(),
            stops: vec![delegations::StopInput {
                day: "22.3.2027".into(),
                at: "25:00".into(),
                ..Default::default()
            }],
            ..Default::default()
        },
    ) else {
        panic!("several problems")
    };
    let fields: Vec<Option<Field>> = problems.iter().map(Error::field).collect();
    for field in [Field::EndsOn, Field::Time, Field::Place] {
        assert!(fields.contains(&Some(field)), "{field:?} in {fields:?}");
    }
    assert_eq!(
        store
            .delegation(&id, day("2027-03-23"))
            .unwrap()
            .stops
            .len(),
        2
    );
}

#[test]
fn the_itinerary_pdf_reads_in_order_with_times_and_phones_left_to_right() {
    let (_dir, mut store) = store();
    let place = place(&mut store);
    let program = store.save_program(None, &stem(&place)).unwrap();
    let id = delegation(&mut store, &place, &program);
    let file = store.export_itinerary(&id, day("2027-03-01")).unwrap();
    assert_eq!(file.extension, "pdf");
    assert!(file.name.contains("משלחת אנשי חינוך ממדינות מתפתחות"));
    let text = common::pdf_text(&file.bytes);
    let flat = squash(&text);
    for expected in [
        "מסלולביקור",
        "משלחתאנשיחינוךממדינותמתפתחות",
        "גאנה·14אורחים",
        "22.03.2027",
        "רויטלעמוס",
        "052-7001122",
        "09:00",
        "היחידהלקידוםנוער",
        "קידוםחינוךמדעיטכנולוגי·גבעתהרקפות",
    ] {
        assert!(flat.contains(expected), "{expected} in:\n{text}");
    }
    // The morning stop before the afternoon's.
    assert!(
        flat.find("09:00").unwrap() < flat.find("13:30").unwrap(),
        "{text}"
    );
}

#[test]
fn the_participation_report_reads_back_through_another_csv_parser() {
    let (dir, mut store) = store();
    let place = place(&mut store);
    let id = store.save_program(None, &stem(&place)).unwrap();
    for (settlement, band, took_part) in [
        (&place.alon, AgeBand::High, 45.0),
        (&place.givat, AgeBand::Middle, 12.0),
    ] {
        store
            .save_program_figures(
                &id,
                &FiguresInput {
                    school_year: 2026,
                    settlement_id: settlement.clone(),
                    age_band: Some(band),
                    target: 60.0.into(),
                    took_part: took_part.into(),
                    ..Default::default()
                },
            )
            .unwrap();
    }
    let file = store
        .export_participation_csv(None, day("2026-12-01"))
        .unwrap();
    assert_eq!(file.extension, "csv");
    let path = dir.path().join("participation.csv");
    std::fs::write(&path, &file.bytes).unwrap();
    let out = std::process::Command::new("python3")
        .arg("-c")
        .arg("import csv, json, sys\nprint(json.dumps(list(csv.reader(open(sys.argv[1], encoding='utf-8-sig', newline=''))), ensure_ascii=False))")
        .arg(&path)
        .output()
        .expect("python3 reads the CSV");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let rows: Vec<Vec<String>> = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(
        rows[0],
        [
            "תכנית",
            "אשכול",
            "יישוב",
            "שכבת גיל",
            "אוכלוסיית יעד",
            "השתתפו",
            "המשיכו",
            "סיימו"
        ]
    );
    assert_eq!(rows.len(), 3);
    assert_eq!(
        rows[1][..6],
        [
            "קידום חינוך מדעי טכנולוגי",
            "אשכול נגב מערבי",
            "גבעת הרקפות",
            "חטיבת ביניים",
            "60",
            "12"
        ]
    );
    assert_eq!(rows[2][2..6], ["נווה אלון", "תיכון", "60", "45"]);
    // Another school year has none of them.
    assert!(
        store
            .participation(Some(2025), day("2026-12-01"))
            .unwrap()
            .rows
            .is_empty()
    );
    // And the PDF of the same report.
    let pdf = store
        .export_participation_pdf(None, day("2026-12-01"))
        .unwrap();
    let text = squash(&common::pdf_text(&pdf.bytes));
    assert!(text.contains("מימשתתףהיכן·שנתהלימודים2026–2027"), "{text}");
    assert!(text.contains("סךהכול") && text.contains("57"), "{text}");
}

#[test]
fn search_finds_programs_by_their_axes_their_moves_and_delegations_by_their_stops() {
    use eshkol_core::search::{SearchKind, SearchQuery};
    let (_dir, mut store) = store();
    let place = place(&mut store);
    let program = store.save_program(None, &stem(&place)).unwrap();
    store
        .save_program_move(&program, None, &MoveInput { what: "פתיחת FAB LAB אזורי".into(), ..Default::default() })
        .unwrap();
    let delegation = delegation(&mut store, &place, &program);
    let found = |text: &str, kind: SearchKind| -> Vec<(String, String)> {
        store
            .search(&SearchQuery { text: text.into(), ..Default::default() })
            .unwrap()
            .groups
            .into_iter()
            .filter(|g| g.kind == kind)
            .flat_map(|g| g.hits)
            .map(|h| (h.id, h.title))
            .collect()
    };
    // A word of a work axis's description.
    assert_eq!(found("שותפים", SearchKind::Program), [(program.clone(), "קידום חינוך מדעי טכנולוגי".to_owned())]);
    // A move opens its program.
    assert_eq!(found("FAB LAB", SearchKind::Move), [(program.clone(), "פתיחת FAB LAB אזורי".to_owned())]);
    // A delegation by a place of its itinerary.
    assert_eq!(found("מועדונית", SearchKind::Delegation), [(delegation, "משלחת אנשי חינוך ממדינות מתפתחות".to_owned())]);
    assert!(found("מועדונית", SearchKind::Program).is_empty());
}
