//! The year's work plan through the core API (issue #18): each counted actual beside a count
//! made by hand on a generated database; closing a year freezes its figures; open tasks roll
//! into the next year; tasks move from the keyboard; the home screen's late tasks and waiting
//! indicators; and the year-end report's PDF as pdftotext reads it.

use std::collections::HashSet;

use chrono::NaiveDate;
use eshkol_core::{
    Error, Field, Store,
    generate::{GENERATED_UNTIL, Scale},
    model::Id, directory::{ClusterInput, PersonInput, Region, SettlementInput, SettlementKind},
    plan::*,
    visits::VisitInput,
};

use crate::common;
use common::store;

fn day(text: &str) -> NaiveDate {
    text.parse().unwrap()
}

/// A plan for 2025–2027 with one goal and one objective.
fn plan(store: &mut Store) -> (Id, Id, Id) {
    let plan = store
        .save_plan(
            None,
            &WorkPlanInput {
                name: "תוכנית עבודה תשפ״ו–תשפ״ח".into(),
                first_year: 2025,
                last_year: 2026,
                assessment: "רוב היישובים מבוקרים; הפורומים ברשויות נפגשים פחות מהנדרש.".into(),
                assessed_on: "01.08.2025".into(),
            },
        )
        .unwrap();
    let goal = store
        .save_plan_goal(
            &plan,
            None,
            &GoalInput {
                name: "מענה חינוכי, חברתי וקהילתי לכל ילד וילדה".into(),
                description: String::new(),
            },
        )
        .unwrap();
    let objective = store
        .save_plan_objective(
            &goal,
            None,
            &GoalInput {
                name: "כל יישוב מבוקר לפחות פעם בחודש".into(),
                description: String::new(),
            },
        )
        .unwrap();
    (plan, goal, objective)
}

fn counted_indicator(goal: &Id, name: &str, source: Source) -> IndicatorInput {
    IndicatorInput {
        goal_id: goal.clone(),
        name: name.into(),
        unit: "יחידות".into(),
        baseline: 0.0.into(),
        target: 100.0.into(),
        direction: Some(Direction::Increase),
        frequency: Some(Frequency::Quarterly),
        source: Some(source),
        ..Default::default()
    }
}

fn all_indicators(store: &Store, plan: &str, year: i32, today: NaiveDate) -> Vec<IndicatorView> {
    let view = store.plan_year(plan, year, today).unwrap();
    view.goals
        .into_iter()
        .flat_map(|g| {
            g.indicators
                .into_iter()
                .chain(g.objectives.into_iter().flat_map(|o| o.indicators))
        })
        .collect()
}

fn column<T: rusqlite::types::FromSql>(store: &Store, sql: &str) -> Vec<T> {
    let conn = store.connection();
    let mut statement = conn.prepare(sql).unwrap();
    statement
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<rusqlite::Result<_>>()
        .unwrap()
}

#[test]
fn each_counted_actual_is_what_a_hand_count_finds() {
    let mut store = Store::open_in_memory().unwrap();
    store.generate(Scale::DISTRICT.times(0.002)).unwrap();
    let today = GENERATED_UNTIL;
    let (plan, goal, _) = plan(&mut store);
    let forum: Id = column(
        &store,
        "SELECT id FROM forums WHERE cadence = 'monthly' AND active = 1 ORDER BY id LIMIT 1",
    )
    .pop()
    .expect("a monthly forum");
    let mut settlements = counted_indicator(
        &goal,
        "יישובים שבוקרו ב־30 הימים האחרונים",
        Source::SettlementsVisited,
    );
    settlements.split = Some(Split::Cluster);
    let mut meetings = counted_indicator(&goal, "מפגשי הפורום מול התדירות", Source::MeetingsHeld);
    meetings.forum_id = Some(forum.clone());
    for input in [
        counted_indicator(&goal, "ביקורים", Source::Visits),
        settlements,
        counted_indicator(&goal, "משימות שבוצעו בזמן", Source::ActionsOnTime),
        counted_indicator(&goal, "פערים שנפתרו", Source::GapsResolved),
        counted_indicator(&goal, "מתנדבים שאישרו", Source::VolunteersConfirmed),
        meetings,
    ] {
        store.save_plan_indicator(None, &input).unwrap();
    }
    let by_name = |year: i32| -> std::collections::HashMap<String, IndicatorView> {
        all_indicators(&store, &plan, year, today)
            .into_iter()
            .map(|i| (i.name.clone(), i))
            .collect()
    };

    // Every visit, read once, then counted by hand.
    let visits: Vec<(String, String, String)> = {
        let conn = store.connection();
        let mut s = conn
            .prepare("SELECT v.date, v.settlement_id, s.cluster_id FROM visits v JOIN settlements s ON s.id = v.settlement_id")
            .unwrap();
        s.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
            .unwrap()
            .collect::<rusqlite::Result<_>>()
            .unwrap()
    };
    let this_year = by_name(2026);
    let in_range = |d: &str, from: &str, to: &str| d >= from && d <= to;
    let visits_this_year = visits
        .iter()
        .filter(|v| in_range(&v.0, "2026-09-01", "2026-11-01"))
        .count();
    assert!(visits_this_year > 0);
    let v = &this_year["ביקורים"];
    assert_eq!(v.year.value, Some(visits_this_year as f64));
    assert!(v.year.counted);
    let q1 = visits
        .iter()
        .filter(|v| in_range(&v.0, "2026-09-01", "2026-11-01"))
        .count();
    assert_eq!(v.quarters[0].figure.value, Some(q1 as f64));
    // Quarters not yet begun have no figure.
    assert_eq!(v.quarters[1].figure.value, None);

    let recent: Vec<_> = visits
        .iter()
        .filter(|v| in_range(&v.0, "2026-10-03", "2026-11-01"))
        .collect();
    let s = &this_year["יישובים שבוקרו ב־30 הימים האחרונים"];
    let distinct: HashSet<&String> = recent.iter().map(|v| &v.1).collect();
    assert!(!distinct.is_empty());
    assert_eq!(s.year.value, Some(distinct.len() as f64));
    assert!(!s.scopes.is_empty());
    for scope in &s.scopes {
        let here: HashSet<&String> = recent
            .iter()
            .filter(|v| v.2 == scope.id)
            .map(|v| &v.1)
            .collect();
        assert_eq!(
            scope.figure.value,
            Some(here.len() as f64),
            "{}",
            scope.name
        );
    }

    // Last school year's action items and gaps, counted by hand.
    let last_year = by_name(2025);
    let items: Vec<(String, String, Option<String>)> = {
        let conn = store.connection();
        let mut s = conn
            .prepare(
                "SELECT due_date, status, done_on FROM action_items WHERE due_date IS NOT NULL",
            )
            .unwrap();
        s.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
            .unwrap()
            .collect::<rusqlite::Result<_>>()
            .unwrap()
    };
    let due: Vec<_> = items
        .iter()
        .filter(|i| in_range(&i.0, "2025-09-01", "2026-08-31") && i.1 != "cancelled")
        .collect();
    assert!(!due.is_empty());
    let on_time = due
        .iter()
        .filter(|i| i.1 == "done" && i.2.as_deref().is_some_and(|d| d <= i.0.as_str()))
        .count();
    let a = last_year["משימות שבוצעו בזמן"].year.value.unwrap();
    assert!(
        (a - 100.0 * on_time as f64 / due.len() as f64).abs() < 1e-9,
        "{a}"
    );

    let resolved: Vec<Option<String>> = column(
        &store,
        "SELECT resolved_on FROM gaps WHERE status = 'resolved'",
    );
    let resolved_last_year = resolved
        .iter()
        .flatten()
        .filter(|d| in_range(d, "2025-09-01", "2026-08-31"))
        .count();
    assert_eq!(
        last_year["פערים שנפתרו"].year.value,
        Some(resolved_last_year as f64)
    );

    let confirmed: Vec<(Option<String>, Option<String>)> = {
        let conn = store.connection();
        let mut s = conn
            .prepare("SELECT confirmed_on, left_on FROM volunteers")
            .unwrap();
        s.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
            .unwrap()
            .collect::<rusqlite::Result<_>>()
            .unwrap()
    };
    let confirmed_this_year = confirmed
        .iter()
        .filter(|(c, left)| {
            c.as_deref()
                .is_some_and(|c| in_range(c, "2026-09-01", "2026-11-01"))
                && left.as_deref().is_none_or(|l| l > "2026-11-01")
        })
        .count();
    assert_eq!(
        this_year["מתנדבים שאישרו"].year.value,
        Some(confirmed_this_year as f64)
    );

    // A monthly forum set up on 1 September: from then to 1 November it was due twice (1
    // October, 1 November); the meetings it held then, at most two, over two.
    let held: Vec<String> = column(
        &store,
        &format!("SELECT date FROM meetings WHERE forum_id = '{forum}' AND status = 'held'"),
    );
    let held_now = held
        .iter()
        .filter(|d| in_range(d, "2026-09-01", "2026-11-01"))
        .count()
        .min(2);
    assert_eq!(
        this_year["מפגשי הפורום מול התדירות"].year.value,
        Some(100.0 * held_now as f64 / 2.0)
    );
}

#[test]
fn program_participants_are_counted_from_the_programs_figures() {
    let (_dir, mut store) = store();
    let cluster = store
        .save_cluster(
            None,
            &ClusterInput {
                name: "אשכול".into(),
                region: Some(Region::South),
                ..Default::default()
            },
        )
        .unwrap();
    let settlement = store
        .save_settlement(
            None,
            &SettlementInput {
                name: "נווה".into(),
                kind: Some(SettlementKind::Kibbutz),
                cluster_id: Some(cluster),
                ..Default::default()
            },
        )
        .unwrap();
    let program = store
        .save_program(
            None,
            &eshkol_core::programs::ProgramInput {
                name: "התמדה".into(),
                kind: Some(eshkol_core::programs::ProgramKind::Retention),
                ..Default::default()
            },
        )
        .unwrap();
    for (band, took_part) in [
        (eshkol_core::programs::AgeBand::Middle, 12.0),
        (eshkol_core::programs::AgeBand::High, 30.0),
    ] {
        store
            .save_program_figures(
                &program,
                &eshkol_core::programs::FiguresInput {
                    school_year: 2026,
                    settlement_id: settlement.clone(),
                    age_band: Some(band),
                    took_part: took_part.into(),
                    ..Default::default()
                },
            )
            .unwrap();
    }
    let (plan, goal, _) = plan(&mut store);
    let mut input = counted_indicator(&goal, "משתתפים", Source::ProgramParticipants);
    input.program_id = Some(program);
    input.frequency = Some(Frequency::Yearly);
    input.target = 60.0.into();
    store.save_plan_indicator(None, &input).unwrap();
    let i = &all_indicators(&store, &plan, 2026, day("2026-12-01"))[0];
    assert_eq!(i.year.value, Some(42.0));
    assert_eq!(i.percent_met, Some(70.0));
    assert!(i.quarters.is_empty());
}

fn visit(store: &mut Store, settlement: &Id, person: &Id, date: &str) {
    store
        .save_visit(
            None,
            &VisitInput {
                settlement_id: settlement.clone(),
                date: date.into(),
                purpose_id: "00000000-0000-7000-8000-000000000004".into(),
                visitors: vec![person.clone()],
                people_met: String::new(),
                summary: String::new(),
                sensitive_notes: None,
            },
        )
        .unwrap();
}

struct Small {
    plan: Id,
    goal: Id,
    objective: Id,
    settlement: Id,
    person: Id,
}

fn small(store: &mut Store) -> Small {
    let cluster = store
        .save_cluster(
            None,
            &ClusterInput {
                name: "אשכול דרום".into(),
                region: Some(Region::South),
                ..Default::default()
            },
        )
        .unwrap();
    let settlement = store
        .save_settlement(
            None,
            &SettlementInput {
                name: "גבעת הרקפות".into(),
                kind: Some(SettlementKind::Moshav),
                cluster_id: Some(cluster),
                ..Default::default()
            },
        )
        .unwrap();
    let person = store
        .save_person(
            None,
            &PersonInput {
                full_name: "מיכל לוי".into(),
                active: true,
                ..Default::default()
            },
            false,
        )
        .unwrap();
    let (plan, goal, objective) = plan(store);
    Small {
        plan,
        goal,
        objective,
        settlement,
        person,
    }
}

fn task(
    store: &mut Store,
    s: &Small,
    what: &str,
    year: i32,
    quarter: Option<u8>,
    status: TaskStatus,
) -> Id {
    store
        .save_plan_task(
            &s.objective,
            None,
            &TaskInput {
                what: what.into(),
                owner_id: Some(s.person.clone()),
                school_year: year,
                quarter,
                status: Some(status),
                ..Default::default()
            },
        )
        .unwrap()
}

#[test]
fn closing_a_year_freezes_its_figures_and_rolls_open_tasks_over() {
    let (_dir, mut store) = store();
    let s = small(&mut store);
    let mut visits = counted_indicator(&s.goal, "ביקורים בשנה", Source::Visits);
    visits.objective_id = Some(s.objective.clone());
    store.save_plan_indicator(None, &visits).unwrap();
    let typed = store
        .save_plan_indicator(
            None,
            &IndicatorInput {
                goal_id: s.goal.clone(),
                name: "שיעור נשירה".into(),
                unit: "%".into(),
                baseline: 6.0.into(),
                target: 4.0.into(),
                direction: Some(Direction::Decrease),
                frequency: Some(Frequency::Yearly),
                ..Default::default()
            },
        )
        .unwrap();
    store
        .save_plan_actual(
            &typed,
            &ActualInput {
                school_year: 2025,
                quarter: 0,
                value: 5.0.into(),
                typed_by_id: Some(s.person.clone()),
                ..Default::default()
            },
        )
        .unwrap();
    visit(&mut store, &s.settlement, &s.person, "10.10.2025");
    visit(&mut store, &s.settlement, &s.person, "10.03.2026");
    let open = task(
        &mut store,
        &s,
        "סיור בכל היישובים",
        2025,
        Some(3),
        TaskStatus::UnderWay,
    );
    let done = task(
        &mut store,
        &s,
        "מיפוי צרכים",
        2025,
        Some(1),
        TaskStatus::Done,
    );
    let planned = task(&mut store, &s, "כנס רכזים", 2025, None, TaskStatus::Planned);
    let today = day("2026-09-05");

    let before = all_indicators(&store, &s.plan, 2025, today);
    assert_eq!(before[0].year.value, Some(5.0));
    assert_eq!(before[0].percent_met, Some(50.0));
    assert_eq!(before[0].year.typed_by.as_deref(), Some("מיכל לוי"));
    assert!(!before[0].year.counted);
    assert_eq!(before[1].year.value, Some(2.0));

    let rolled = store.close_plan_year(&s.plan, 2025, true, today).unwrap();
    assert_eq!(rolled, 2);
    // A visit logged later, dated in the closed year, changes nothing there.
    visit(&mut store, &s.settlement, &s.person, "20.05.2026");
    let after = store.plan_year(&s.plan, 2025, today).unwrap();
    assert!(after.closed_at.is_some());
    let frozen = &after.goals[0].objectives[0].indicators[0];
    assert_eq!(frozen.year.value, Some(2.0));
    assert!(frozen.year.frozen && frozen.year.counted);
    assert_eq!(frozen.quarters[2].figure.value, Some(1.0));
    let typed_after = &after.goals[0].indicators[0];
    assert_eq!(typed_after.year.value, Some(5.0));
    assert!(!typed_after.year.counted);
    assert_eq!(typed_after.year.typed_by.as_deref(), Some("מיכל לוי"));
    // Its typed actuals are frozen too, and it closes once.
    assert!(matches!(
        store.save_plan_actual(
            &typed,
            &ActualInput {
                school_year: 2025,
                quarter: 0,
                value: 3.0.into(),
                typed_by_id: Some(s.person.clone()),
                ..Default::default()
            },
        ),
        Err(Error::YearClosed)
    ));
    assert!(matches!(
        store.close_plan_year(&s.plan, 2025, true, today),
        Err(Error::YearClosed)
    ));
    // An open year still counts the new visit.
    let next_visit = all_indicators(&store, &s.plan, 2025, today);
    assert_eq!(next_visit[1].year.value, Some(2.0));

    // The open tasks, and only they, are in the next year, in their order, naming their source.
    let tasks_of = |year: i32| {
        store.plan_year(&s.plan, year, today).unwrap().goals[0].objectives[0]
            .tasks
            .clone()
    };
    let next = tasks_of(2026);
    assert_eq!(
        next.iter()
            .map(|t| (t.what.as_str(), t.status, t.rolled_over))
            .collect::<Vec<_>>(),
        [
            ("סיור בכל היישובים", TaskStatus::UnderWay, true),
            ("כנס רכזים", TaskStatus::Planned, true)
        ]
    );
    let old = tasks_of(2025);
    assert!(old.iter().find(|t| t.id == open).unwrap().rolled_on);
    assert!(!old.iter().find(|t| t.id == done).unwrap().rolled_on);
    // Rolled on, the old ones are not late: they are followed in the next year.
    assert!(!old.iter().find(|t| t.id == planned).unwrap().late);
    assert!(
        store
            .plan_on_home(today, eshkol_core::home::HOME_LIST_LIMIT)
            .unwrap()
            .late_tasks
            .iter()
            .all(|t| t.school_year == 2026)
    );

    // The plan reaches the year its tasks rolled into; closing the last year reaches one more.
    let plans = store.plans().unwrap();
    assert_eq!(plans[0].last_year, 2026);
    store
        .close_plan_year(&s.plan, 2026, true, day("2027-09-02"))
        .unwrap();
    assert_eq!(store.plans().unwrap()[0].last_year, 2027);
    // The rolled-from task can still be removed: its successor lets go of it.
    store.remove_plan_part(PlanPart::Task, &open).unwrap();
}

#[test]
fn tasks_move_within_their_objective_and_year() {
    let (_dir, mut store) = store();
    let s = small(&mut store);
    let a = task(&mut store, &s, "א", 2025, Some(1), TaskStatus::Planned);
    let b = task(&mut store, &s, "ב", 2025, Some(1), TaskStatus::Planned);
    let c = task(&mut store, &s, "ג", 2025, Some(2), TaskStatus::Planned);
    let order = |store: &Store| -> Vec<Id> {
        store
            .plan_year(&s.plan, 2025, day("2025-10-01"))
            .unwrap()
            .goals[0]
            .objectives[0]
            .tasks
            .iter()
            .map(|t| t.id.clone())
            .collect()
    };
    assert_eq!(order(&store), [a.clone(), b.clone(), c.clone()]);
    store.move_plan_task(&c, -1).unwrap();
    assert_eq!(order(&store), [a.clone(), c.clone(), b.clone()]);
    store.move_plan_task(&a, -1).unwrap();
    assert_eq!(order(&store), [a.clone(), c.clone(), b.clone()]);
    store.move_plan_task(&a, 1).unwrap();
    assert_eq!(order(&store), [c, a, b]);
}

#[test]
fn late_tasks_and_indicators_waiting_for_an_actual_are_on_their_owners_home() {
    let (_dir, mut store) = store();
    let s = small(&mut store);
    let today = day("2026-01-10");
    task(
        &mut store,
        &s,
        "מיפוי צרכים",
        2025,
        Some(1),
        TaskStatus::UnderWay,
    );
    task(
        &mut store,
        &s,
        "כנס רכזים",
        2025,
        Some(3),
        TaskStatus::Planned,
    );
    task(&mut store, &s, "סיכום", 2025, Some(1), TaskStatus::Done);
    let typed = store
        .save_plan_indicator(
            None,
            &IndicatorInput {
                goal_id: s.goal.clone(),
                name: "שביעות רצון רכזים".into(),
                baseline: 3.0.into(),
                target: 4.0.into(),
                direction: Some(Direction::Increase),
                frequency: Some(Frequency::Quarterly),
                owner_id: Some(s.person.clone()),
                ..Default::default()
            },
        )
        .unwrap();
    let home = store.plan_on_home(today, eshkol_core::home::HOME_LIST_LIMIT).unwrap();
    assert_eq!(
        home.late_tasks
            .iter()
            .map(|t| t.what.as_str())
            .collect::<Vec<_>>(),
        ["מיפוי צרכים"]
    );
    assert_eq!(home.late_tasks[0].owner_name.as_deref(), Some("מיכל לוי"));
    assert_eq!(home.late_tasks[0].deadline, day("2025-11-30"));
    assert_eq!(home.stale_indicators.len(), 1);
    assert_eq!(
        home.stale_indicators[0].owner_name.as_deref(),
        Some("מיכל לוי")
    );
    store
        .save_plan_actual(
            &typed,
            &ActualInput {
                school_year: 2025,
                quarter: 2,
                value: 3.5.into(),
                typed_by_id: Some(s.person.clone()),
                ..Default::default()
            },
        )
        .unwrap();
    // Typed just now: no longer waiting (the typed moment is today's, by the clock).
    let fresh = store.plan_on_home(eshkol_core::today(), eshkol_core::home::HOME_LIST_LIMIT).unwrap();
    assert!(fresh.stale_indicators.is_empty());
    // A counted indicator never waits, and refuses a typed actual.
    let counted = store
        .save_plan_indicator(None, &counted_indicator(&s.goal, "ביקורים", Source::Visits))
        .unwrap();
    assert!(matches!(
        store.save_plan_actual(
            &counted,
            &ActualInput {
                school_year: 2025,
                quarter: 0,
                value: 1.0.into(),
                typed_by_id: Some(s.person.clone()),
                ..Default::default()
            },
        ),
        Err(Error::Counted)
    ));
}

#[test]
fn an_actual_is_read_as_people_type_it_and_one_no_one_can_read_keeps_what_was_there() {
    let (_dir, mut store) = store();
    let s = small(&mut store);
    let typed = store
        .save_plan_indicator(
            None,
            &IndicatorInput {
                goal_id: s.goal.clone(),
                name: "שיעור נשירה".into(),
                unit: "%".into(),
                baseline: "6,5".into(),
                target: "4,8".into(),
                direction: Some(Direction::Decrease),
                frequency: Some(Frequency::Yearly),
                ..Default::default()
            },
        )
        .unwrap();
    let stored = |store: &Store| column::<f64>(store, "SELECT value FROM plan_actuals");
    let actual = |value: &str| ActualInput {
        school_year: 2025,
        value: value.into(),
        typed_by_id: Some(s.person.clone()),
        ..Default::default()
    };
    assert_eq!(
        column::<f64>(&store, "SELECT baseline FROM plan_indicators UNION ALL SELECT target FROM plan_indicators"),
        [6.5, 4.8]
    );
    for (typed_text, read) in [("5.5", 5.5), ("5,5", 5.5), ("4,8", 4.8), ("1,200", 1200.0), ("1 200", 1200.0), ("٥٫٥", 5.5)] {
        store.save_plan_actual(&typed, &actual(typed_text)).unwrap();
        assert_eq!(stored(&store), [read], "{typed_text}");
    }
    // Refused, with the field named; the figure already there stays.
    for bad in ["5,5,5", "1.200,5", "חמש", "5%"] {
        let refused = store.save_plan_actual(&typed, &actual(bad)).unwrap_err();
        assert!(matches!(refused, Error::NotANumber { field: Field::Actual, .. }), "{bad}: {refused:?}");
        assert_eq!(stored(&store), [5.5], "{bad}");
        let message = refused.localize(store.messages());
        assert!(message.contains(bad) && message.contains("מספר"), "{message}");
    }
    // Only an emptied box removes it.
    store.save_plan_actual(&typed, &actual("")).unwrap();
    assert!(stored(&store).is_empty());
}

#[test]
fn bad_input_says_what_to_fix_and_writes_nothing() {
    let (_dir, mut store) = store();
    let s = small(&mut store);
    let wrong = store.save_plan(
        None,
        &WorkPlanInput {
            name: " ".into(),
            first_year: 2027,
            last_year: 2025,
            ..Default::default()
        },
    );
    let Err(Error::Fields(problems)) = wrong else {
        panic!("{wrong:?}")
    };
    assert!(
        problems
            .iter()
            .any(|e| matches!(e, Error::Required(eshkol_core::Field::Name)))
    );
    assert!(
        problems
            .iter()
            .any(|e| matches!(e, Error::EndsBeforeStart(eshkol_core::Field::LastYear)))
    );
    let indicator = store.save_plan_indicator(
        None,
        &IndicatorInput {
            goal_id: s.goal.clone(),
            name: "ביקורים".into(),
            baseline: (f64::NAN).into(),
            target: Default::default(),
            direction: None,
            frequency: Some(Frequency::Yearly),
            source: Some(Source::ActionsOnTime),
            split: Some(Split::Settlement),
            ..Default::default()
        },
    );
    let Err(Error::Fields(problems)) = indicator else {
        panic!("{indicator:?}")
    };
    assert_eq!(problems.len(), 4, "{problems:?}");
    let task = store.save_plan_task(
        &s.objective,
        None,
        &TaskInput {
            what: "x".into(),
            school_year: 2025,
            quarter: Some(5),
            ..Default::default()
        },
    );
    assert!(task.is_err());
    assert_eq!(store.plans().unwrap().len(), 1);
    assert!(
        store
            .plan_year(&s.plan, 2025, day("2025-10-01"))
            .unwrap()
            .goals[0]
            .indicators
            .is_empty()
    );
}

fn squash(text: &str) -> String {
    text.chars().filter(|c| !c.is_whitespace()).collect()
}

#[test]
fn the_year_end_report_reads_in_order_with_its_figures_left_to_right() {
    let (_dir, mut store) = store();
    let s = small(&mut store);
    let mut visits = counted_indicator(&s.goal, "ביקורים ביישובים", Source::Visits);
    visits.target = 1250.0.into();
    store.save_plan_indicator(None, &visits).unwrap();
    visit(&mut store, &s.settlement, &s.person, "10.10.2025");
    task(
        &mut store,
        &s,
        "סיור בכל היישובים",
        2025,
        Some(1),
        TaskStatus::Done,
    );
    store
        .save_plan_lessons(
            &s.goal,
            2025,
            &LessonsInput {
                worked: "ביקורים קבועים בימי שלישי".into(),
                ..Default::default()
            },
        )
        .unwrap();
    let file = store
        .export_plan_report(&s.plan, 2025, day("2026-09-05"))
        .unwrap();
    assert_eq!(file.extension, "pdf");
    let text = common::pdf_text(&file.bytes);
    for expected in [
        "דוח סוף שנה",
        "2025–2026",
        "מענה חינוכי, חברתי וקהילתי לכל ילד וילדה",
        "ביקורים ביישובים",
        "1250",
        "1 מתוך 1 משימות בוצעו",
        "ביקורים קבועים בימי שלישי",
        "רבעון 1",
    ] {
        // Without white space: pdftotext moves a space across punctuation and numbers in
        // right-to-left text, while the page itself reads right.
        assert!(
            squash(&text).contains(&squash(expected)),
            "{expected:?} not in:\n{text}"
        );
    }
    store.set_locale("en").unwrap();
    let english = common::pdf_text(
        &store
            .export_plan_report(&s.plan, 2025, day("2026-09-05"))
            .unwrap()
            .bytes,
    );
    assert!(english.contains("Year-end report"), "{english}");
    assert!(english.contains("Q1"), "{english}");
}
