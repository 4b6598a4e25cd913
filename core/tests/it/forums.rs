//! Forums and meetings through the core API: cadence and overdue arithmetic, templates,
//! planning, carry-over, approval and its lock, amendments, the overview, and the calendar file
//! read back by an independent parser.

use chrono::{NaiveDate, NaiveTime, Timelike};
use eshkol_core::{
    Error, Store,
    forums::*,
    model::Id, directory::{PersonInput},
};

use crate::common;
use common::store;

fn d(text: &str) -> NaiveDate {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
}

fn person(store: &mut Store, name: &str) -> Id {
    store
        .add_person(&PersonInput {
            full_name: name.into(),
            ..Default::default()
        })
        .unwrap()
}

/// A monthly local-authority forum from its template, with two members.
fn forum(store: &mut Store) -> (Id, Id, Id) {
    let head = person(store, "ראש הרשות");
    let manager = person(store, "מיכל אבירם");
    let mut input = store.forum_template(Template::Authority);
    input.members = vec![
        MemberInput {
            person_id: head.clone(),
            role: "ראש הרשות".into(),
        },
        MemberInput {
            person_id: manager.clone(),
            role: "מנהלת מחלקת חינוך".into(),
        },
    ];
    input.chair_id = Some(head.clone());
    (store.save_forum(None, &input).unwrap(), head, manager)
}

fn meeting(store: &mut Store, forum: &str, date: &str) -> Id {
    store
        .save_meeting(
            None,
            forum,
            &MeetingInput {
                date: date.into(),
                start_time: "18:00".into(),
                ..Default::default()
            },
        )
        .unwrap()
}

#[test]
fn monthly_series_keep_to_the_day_across_month_ends_and_29_february() {
    let monthly = Cadence::new(CadenceKind::Monthly, None).unwrap();
    let dates: Vec<String> = monthly
        .series(d("2027-01-31"), d("2027-05-31"))
        .iter()
        .map(|d| d.to_string())
        .collect();
    assert_eq!(
        dates,
        [
            "2027-01-31",
            "2027-02-28",
            "2027-03-31",
            "2027-04-30",
            "2027-05-31"
        ]
    );
    let leap: Vec<String> = monthly
        .series(d("2028-01-31"), d("2028-03-01"))
        .iter()
        .map(|d| d.to_string())
        .collect();
    assert_eq!(leap, ["2028-01-31", "2028-02-29"]);

    let yearly = Cadence::new(CadenceKind::Months, Some(12)).unwrap();
    let from_29_feb: Vec<String> = yearly
        .series(d("2028-02-29"), d("2032-03-01"))
        .iter()
        .map(|d| d.to_string())
        .collect();
    assert_eq!(
        from_29_feb,
        [
            "2028-02-29",
            "2029-02-28",
            "2030-02-28",
            "2031-02-28",
            "2032-02-29"
        ]
    );

    let every_three_weeks = Cadence::new(CadenceKind::Weeks, Some(3)).unwrap();
    assert_eq!(
        every_three_weeks.nth(d("2028-02-22"), 1),
        Some(d("2028-03-14"))
    );
    assert_eq!(
        Cadence::new(CadenceKind::Biweekly, None)
            .unwrap()
            .nth(d("2027-12-25"), 1),
        Some(d("2028-01-08"))
    );
    assert_eq!(
        Cadence::new(CadenceKind::None, None)
            .unwrap()
            .due_after(d("2027-01-01")),
        None
    );
    assert!(matches!(
        Cadence::new(CadenceKind::Weeks, None),
        Err(Error::Required(_))
    ));
    assert!(matches!(
        Cadence::new(CadenceKind::Months, Some(0)),
        Err(Error::Invalid { .. })
    ));
}

#[test]
fn overdue_counts_from_the_last_held_meeting_across_month_ends() {
    let monthly = Cadence::new(CadenceKind::Monthly, None).unwrap();
    let since = d("2026-01-01");
    // Held on 31 January 2027: the next is due on 28 February, so 1 March is one day late.
    assert_eq!(
        overdue_days(monthly, Some(d("2027-01-31")), since, d("2027-02-28")),
        None
    );
    assert_eq!(
        overdue_days(monthly, Some(d("2027-01-31")), since, d("2027-03-01")),
        Some(1)
    );
    // In a leap year the 29th is still within the cadence.
    assert_eq!(
        overdue_days(monthly, Some(d("2028-01-31")), since, d("2028-02-29")),
        None
    );
    assert_eq!(
        overdue_days(monthly, Some(d("2028-01-31")), since, d("2028-03-01")),
        Some(1)
    );
    // Never met: counted from the day the forum was set up.
    assert_eq!(
        overdue_days(monthly, None, d("2027-03-10"), d("2027-04-20")),
        Some(10)
    );
    let weekly = Cadence::new(CadenceKind::Weekly, None).unwrap();
    assert_eq!(
        overdue_days(weekly, Some(d("2027-12-28")), since, d("2028-01-05")),
        Some(1)
    );
    assert_eq!(
        overdue_days(Cadence::None, Some(d("2020-01-01")), since, d("2028-01-05")),
        None
    );
}

#[test]
fn a_weekly_meeting_at_six_stays_at_six_across_the_change_of_clock() {
    let weekly = Cadence::new(CadenceKind::Weekly, None).unwrap();
    let six = NaiveTime::from_hms_opt(18, 0, 0).unwrap();
    // Summer time ends on Sunday 25 October 2026 at 02:00; it starts on Friday 26 March 2027.
    let autumn: Vec<u32> = weekly
        .series(d("2026-10-18"), d("2026-11-01"))
        .iter()
        .map(|day| starts_at_utc(*day, six).hour())
        .collect();
    assert_eq!(
        autumn,
        [15, 16, 16],
        "18:00 in Israel is 15:00 UTC in summer, 16:00 in winter"
    );
    let spring: Vec<u32> = weekly
        .series(d("2027-03-21"), d("2027-03-28"))
        .iter()
        .map(|day| starts_at_utc(*day, six).hour())
        .collect();
    assert_eq!(spring, [16, 15]);
    // The hour that does not exist on the morning summer time starts is taken an hour later.
    let gap = starts_at_utc(d("2027-03-26"), NaiveTime::from_hms_opt(2, 30, 0).unwrap());
    assert_eq!((gap.hour(), gap.minute()), (0, 30));
}

#[test]
fn a_forum_from_the_local_authority_template() {
    let (_dir, mut store) = store();
    let (id, head, _) = forum(&mut store);
    let forum = store.forum(&id, d("2026-11-22")).unwrap();
    assert_eq!(forum.name, "פורום שותפים רשותי");
    assert_eq!(
        (forum.level, forum.cadence, forum.template),
        (
            ForumLevel::Authority,
            CadenceKind::Monthly,
            Some(Template::Authority)
        )
    );
    assert!(
        forum
            .goals
            .lines()
            .any(|g| g == "העלאת צרכים, קשיים וחסמים של השטח"),
        "{}",
        forum.goals
    );
    assert_eq!(forum.member_roles.lines().count(), 8);
    assert!(forum.member_roles.contains("מפקח מתכלל"));
    assert_eq!(forum.chair_id.as_deref(), Some(head.as_str()));
    assert_eq!(forum.members.len(), 2);
    assert_eq!(forum.setup.school_year, 2026);
    assert_eq!(forum.setup.items.len(), 4);

    for template in Template::ALL {
        let input = store.forum_template(*template);
        assert!(
            !input.goals.is_empty() && !input.member_roles.is_empty(),
            "{template:?}"
        );
        assert_eq!(
            input.cadence,
            Some(if *template == Template::Ministry {
                CadenceKind::Weekly
            } else {
                CadenceKind::Monthly
            })
        );
    }
    // From nothing: what is missing is named.
    let blank = ForumInput {
        name: "פורום אשכול צפון".into(),
        ..Default::default()
    };
    // Every problem of the form at once: no level and no cadence together.
    let err = store.save_forum(None, &blank).unwrap_err();
    let fields: Vec<_> = err.problems().iter().filter_map(|p| p.field()).collect();
    assert_eq!(
        fields,
        [eshkol_core::Field::Level, eshkol_core::Field::Cadence]
    );
    let err = store
        .save_forum(
            None,
            &ForumInput {
                name: " ".into(),
                cadence: Some(CadenceKind::Months),
                cadence_n: 60.0.into(),
                ..Default::default()
            },
        )
        .unwrap_err();
    let fields: Vec<_> = err.problems().iter().filter_map(|p| p.field()).collect();
    assert_eq!(
        fields,
        [
            eshkol_core::Field::Name,
            eshkol_core::Field::Level,
            eshkol_core::Field::CadenceN
        ]
    );
    let every = ForumInput {
        level: Some(ForumLevel::Cluster),
        cadence: Some(CadenceKind::Weeks),
        ..blank
    };
    assert!(matches!(
        store.save_forum(None, &every),
        Err(Error::Required(eshkol_core::Field::CadenceN))
    ));

    // The yearly setup checklist, ticked for the coming school year.
    store
        .set_setup_step(&id, 2027, SetupStep::ReviewNeeds, true)
        .unwrap();
    let before_september = store.forum(&id, d("2027-07-15")).unwrap().setup;
    assert_eq!(
        (before_september.school_year, before_september.due),
        (2027, d("2027-09-01"))
    );
    assert!(before_september.items[0].done_at.is_some());
    assert!(before_september.items[1].done_at.is_none());
}

#[test]
fn plans_the_years_meetings_by_the_cadence_without_doubling() {
    let (_dir, mut store) = store();
    let (id, _, _) = forum(&mut store);
    let plan = PlanInput {
        first_date: "2026-09-15".into(),
        start_time: "17:30".into(),
        ..Default::default()
    };
    let made = store.plan_meetings(&id, &plan).unwrap();
    assert_eq!(made.len(), 12, "September to August");
    let forum = store.forum(&id, d("2026-09-01")).unwrap();
    assert_eq!(forum.meetings.first().unwrap().date, d("2026-09-15"));
    assert_eq!(forum.meetings.last().unwrap().date, d("2027-08-15"));
    assert_eq!(forum.status.next_planned, Some(d("2026-09-15")));
    assert!(
        store.plan_meetings(&id, &plan).unwrap().is_empty(),
        "planning again adds nothing"
    );
}

#[test]
fn a_forum_is_overdue_when_no_meeting_was_held_within_its_cadence() {
    let (_dir, mut store) = store();
    let (id, _, _) = forum(&mut store);
    let held = meeting(&mut store, &id, "2027-01-31");
    store
        .save_meeting(
            Some(&held),
            &id,
            &MeetingInput {
                date: "2027-01-31".into(),
                status: Some(MeetingStatus::Held),
                ..Default::default()
            },
        )
        .unwrap();
    meeting(&mut store, &id, "2027-02-20"); // planned, never held: does not count
    let on = |store: &Store, day: &str| store.forums(false, d(day)).unwrap()[0].status.overdue_days;
    assert_eq!(on(&store, "2027-02-28"), None);
    assert_eq!(on(&store, "2027-03-05"), Some(5));
    let overview = store.overview(d("2027-03-05")).unwrap();
    assert_eq!(overview.overdue_forums.len(), 1);
    // An inactive forum is never overdue.
    let mut input = store.forum_template(Template::Authority);
    input.active = false;
    store.save_forum(Some(&id), &input).unwrap();
    assert_eq!(on(&store, "2027-03-05"), None);
}

#[test]
fn the_minutes_agenda_decisions_and_attendance() {
    let (_dir, mut store) = store();
    let (id, head, manager) = forum(&mut store);
    let m = meeting(&mut store, &id, "2026-12-01");
    let first = store
        .save_agenda_item(
            &m,
            None,
            &AgendaItemInput {
                title: "פתיחת שנה".into(),
                ..Default::default()
            },
        )
        .unwrap();
    let second = store
        .save_agenda_item(
            &m,
            None,
            &AgendaItemInput {
                title: "תקציב".into(),
                presenter: "מיכל".into(),
                planned_minutes: 20.0.into(),
                ..Default::default()
            },
        )
        .unwrap();
    store.move_agenda_item(&second, -1).unwrap();
    let agenda: Vec<String> = store
        .meeting(&m)
        .unwrap()
        .agenda
        .into_iter()
        .map(|a| a.title)
        .collect();
    assert_eq!(agenda, ["תקציב", "פתיחת שנה"]);
    assert!(matches!(
        store.save_agenda_item(
            &m,
            None,
            &AgendaItemInput {
                planned_minutes: 10.0.into(),
                ..Default::default()
            }
        ),
        Err(Error::Required(eshkol_core::Field::Title))
    ));

    store
        .set_attendance(&m, &head, Some(AttendanceStatus::Present))
        .unwrap();
    store
        .set_attendance(&m, &manager, Some(AttendanceStatus::Excused))
        .unwrap();
    store.add_guest(&m, "נציג המחוז").unwrap();
    store.set_minutes(&m, "נפתח בברכות").unwrap();
    let a = store
        .save_decision(
            &m,
            None,
            &DecisionInput {
                text: "לאשר".into(),
                agenda_item_id: Some(first.clone()),
            },
        )
        .unwrap();
    store
        .save_decision(
            &m,
            None,
            &DecisionInput {
                text: "לדחות".into(),
                agenda_item_id: None,
            },
        )
        .unwrap();
    store
        .save_decision(
            &m,
            None,
            &DecisionInput {
                text: "לבדוק".into(),
                agenda_item_id: None,
            },
        )
        .unwrap();
    store.remove_decision(&a).unwrap();
    let meeting = store.meeting(&m).unwrap();
    let numbered: Vec<(u32, String)> = meeting
        .decisions
        .iter()
        .map(|x| (x.number, x.text.clone()))
        .collect();
    assert_eq!(
        numbered,
        [(1, "לדחות".to_owned()), (2, "לבדוק".to_owned())],
        "numbered within the meeting, without holes"
    );
    assert_eq!(meeting.minutes, "נפתח בברכות");
    let statuses: Vec<_> = meeting
        .attendance
        .iter()
        .map(|a| (a.full_name.as_str(), a.status))
        .collect();
    assert_eq!(
        statuses,
        [
            ("מיכל אבירם", Some(AttendanceStatus::Excused)),
            ("ראש הרשות", Some(AttendanceStatus::Present))
        ]
    );
    assert_eq!(meeting.guests[0].name, "נציג המחוז");
    assert!(matches!(
        store.save_meeting(
            Some(&m),
            &id,
            &MeetingInput {
                date: "31.11.2026".into(),
                ..Default::default()
            }
        ),
        Err(Error::NotADate {
            field: eshkol_core::Field::Date,
            ..
        })
    ));
    assert!(matches!(
        store.save_meeting(
            Some(&m),
            &id,
            &MeetingInput {
                date: "2026-12-01".into(),
                start_time: "25:00".into(),
                ..Default::default()
            }
        ),
        Err(Error::NotATime {
            field: eshkol_core::Field::Time,
            ..
        })
    ));
}

#[test]
fn approval_locks_every_change_and_a_correction_is_an_amendment() {
    let (_dir, mut store) = store();
    let (id, head, _) = forum(&mut store);
    let m = meeting(&mut store, &id, "2026-12-01");
    let item = store
        .save_agenda_item(
            &m,
            None,
            &AgendaItemInput {
                title: "סעיף".into(),
                ..Default::default()
            },
        )
        .unwrap();
    let guest = store.add_guest(&m, "אורח").unwrap();
    let decision = store
        .save_decision(
            &m,
            None,
            &DecisionInput {
                text: "החלטה".into(),
                agenda_item_id: None,
            },
        )
        .unwrap();
    let action = store
        .save_action_item(
            &m,
            None,
            &ActionItemInput {
                what: "לשלוח סיכום".into(),
                owner_id: Some(head.clone()),
                due_date: "2026-12-10".into(),
                agenda_item_id: None,
            },
        )
        .unwrap();
    let gap = store
        .save_gap(
            &m,
            None,
            &GapInput {
                what: "חסרה הסעה".into(),
                ..Default::default()
            },
        )
        .unwrap();
    store.set_minutes(&m, "הטקסט המאושר").unwrap();
    assert!(matches!(
        store.amend_minutes(&m, "מיכל", "תיקון", "x"),
        Err(Error::NotApproved)
    ));
    assert!(matches!(
        store.approve_minutes(&m, " "),
        Err(Error::Required(eshkol_core::Field::MadeBy))
    ));
    store.approve_minutes(&m, "מיכל אבירם").unwrap();
    let approved = store.meeting(&m).unwrap();
    assert!(approved.locked);
    assert_eq!(
        (approved.status, approved.approved_by.as_deref()),
        (MeetingStatus::Held, Some("מיכל אבירם"))
    );

    let input = MeetingInput {
        date: "2026-12-02".into(),
        ..Default::default()
    };
    let refusals: Vec<(&str, eshkol_core::Result<()>)> = vec![
        (
            "save_meeting",
            store.save_meeting(Some(&m), &id, &input).map(drop),
        ),
        ("set_minutes", store.set_minutes(&m, "שונה")),
        (
            "add agenda item",
            store
                .save_agenda_item(
                    &m,
                    None,
                    &AgendaItemInput {
                        title: "חדש".into(),
                        ..Default::default()
                    },
                )
                .map(drop),
        ),
        (
            "edit agenda item",
            store
                .save_agenda_item(
                    &m,
                    Some(&item),
                    &AgendaItemInput {
                        title: "שונה".into(),
                        ..Default::default()
                    },
                )
                .map(drop),
        ),
        ("move agenda item", store.move_agenda_item(&item, 1)),
        ("remove agenda item", store.remove_agenda_item(&item)),
        (
            "set attendance",
            store.set_attendance(&m, &head, Some(AttendanceStatus::Absent)),
        ),
        ("add guest", store.add_guest(&m, "עוד אורח").map(drop)),
        ("remove guest", store.remove_guest(&guest)),
        (
            "add decision",
            store
                .save_decision(
                    &m,
                    None,
                    &DecisionInput {
                        text: "עוד".into(),
                        agenda_item_id: None,
                    },
                )
                .map(drop),
        ),
        (
            "edit decision",
            store
                .save_decision(
                    &m,
                    Some(&decision),
                    &DecisionInput {
                        text: "שונה".into(),
                        agenda_item_id: None,
                    },
                )
                .map(drop),
        ),
        ("remove decision", store.remove_decision(&decision)),
        (
            "add action item",
            store
                .save_action_item(
                    &m,
                    None,
                    &ActionItemInput {
                        what: "עוד".into(),
                        ..Default::default()
                    },
                )
                .map(drop),
        ),
        (
            "edit action item",
            store
                .save_action_item(
                    &m,
                    Some(&action),
                    &ActionItemInput {
                        what: "שונה".into(),
                        ..Default::default()
                    },
                )
                .map(drop),
        ),
        ("remove action item", store.remove_action_item(&action)),
        (
            "add gap",
            store
                .save_gap(
                    &m,
                    None,
                    &GapInput {
                        what: "עוד".into(),
                        ..Default::default()
                    },
                )
                .map(drop),
        ),
        (
            "edit gap",
            store
                .save_gap(
                    &m,
                    Some(&gap),
                    &GapInput {
                        what: "שונה".into(),
                        ..Default::default()
                    },
                )
                .map(drop),
        ),
        ("remove gap", store.remove_gap(&gap)),
        ("approve again", store.approve_minutes(&m, "מיכל")),
    ];
    for (what, result) in refusals {
        assert!(
            matches!(result, Err(Error::MeetingLocked)),
            "{what} was not refused: {result:?}"
        );
    }
    assert_eq!(
        store.meeting(&m).unwrap().minutes,
        "הטקסט המאושר",
        "nothing changed"
    );
    let message = Error::MeetingLocked.localize(store.messages());
    assert!(
        message.contains("אושר וננעל") && message.contains("תיקון"),
        "{message}"
    );

    // Following up is not changing the minutes.
    store
        .set_action_status(&action, ActionStatus::Done, d("2026-12-08"))
        .unwrap();
    store
        .set_gap_status(&gap, GapStatus::InHandling, d("2026-12-08"))
        .unwrap();
    let after = store.meeting(&m).unwrap();
    assert_eq!(
        (after.action_items[0].status, after.action_items[0].done_on),
        (ActionStatus::Done, Some(d("2026-12-08")))
    );
    assert_eq!(after.gaps[0].status, GapStatus::InHandling);

    store
        .amend_minutes(&m, "מיכל אבירם", "תוקן שם המשתתף", "הטקסט המתוקן")
        .unwrap();
    let amended = store.meeting(&m).unwrap();
    assert_eq!(amended.minutes, "הטקסט המתוקן");
    let amendment = &amended.amendments[0];
    assert_eq!(
        (amendment.made_by.as_str(), amendment.reason.as_str()),
        ("מיכל אבירם", "תוקן שם המשתתף")
    );
    assert_eq!(
        (
            amendment.before_text.as_str(),
            amendment.after_text.as_str()
        ),
        ("הטקסט המאושר", "הטקסט המתוקן")
    );
    assert!(
        amendment.made_at.ends_with('Z'),
        "stored in UTC: {}",
        amendment.made_at
    );
}

#[test]
fn the_next_meeting_opens_with_what_is_still_open() {
    let (_dir, mut store) = store();
    let (id, head, _) = forum(&mut store);
    let first = meeting(&mut store, &id, "2026-11-01");
    let open = store
        .save_action_item(
            &first,
            None,
            &ActionItemInput {
                what: "לגייס מתנדבים".into(),
                owner_id: Some(head.clone()),
                due_date: "2026-11-20".into(),
                agenda_item_id: None,
            },
        )
        .unwrap();
    let done = store
        .save_action_item(
            &first,
            None,
            &ActionItemInput {
                what: "לשלוח הזמנות".into(),
                ..Default::default()
            },
        )
        .unwrap();
    let gap = store
        .save_gap(
            &first,
            None,
            &GapInput {
                what: "אין מועדון נוער".into(),
                raised_by: "ועד ההורים".into(),
                ..Default::default()
            },
        )
        .unwrap();
    store
        .set_action_status(&done, ActionStatus::Done, d("2026-11-05"))
        .unwrap();

    let second = meeting(&mut store, &id, "2026-12-01");
    let carried = store.meeting(&second).unwrap().carried;
    let ids: Vec<(&str, &str)> = carried.iter().map(|c| (c.kind, c.id.as_str())).collect();
    assert_eq!(ids, [("action", open.as_str()), ("gap", gap.as_str())]);
    assert!(
        carried
            .iter()
            .all(|c| c.raised_meeting_id == first && c.raised_on == d("2026-11-01")),
        "linked to where it was raised"
    );
    assert!(
        store.meeting(&first).unwrap().carried.is_empty(),
        "nothing is carried into the meeting that raised it"
    );

    // Approved, the second meeting keeps what it followed up, even once closed.
    store.approve_minutes(&second, "מיכל").unwrap();
    store
        .set_action_status(&open, ActionStatus::Done, d("2026-12-03"))
        .unwrap();
    let frozen = store.meeting(&second).unwrap().carried;
    assert_eq!(frozen.len(), 2);
    assert_eq!(frozen[0].status, "done");
    let third = meeting(&mut store, &id, "2027-01-01");
    let next: Vec<String> = store
        .meeting(&third)
        .unwrap()
        .carried
        .into_iter()
        .map(|c| c.id)
        .collect();
    assert_eq!(
        next,
        [gap.clone()],
        "the closed action item is no longer carried; the open gap is"
    );
}

#[test]
fn the_overview_and_the_action_items_view() {
    let (_dir, mut store) = store();
    let (id, head, manager) = forum(&mut store);
    let m = meeting(&mut store, &id, "2026-11-01");
    let late = store
        .save_action_item(
            &m,
            None,
            &ActionItemInput {
                what: "באיחור".into(),
                owner_id: Some(head.clone()),
                due_date: "2026-11-15".into(),
                agenda_item_id: None,
            },
        )
        .unwrap();
    store
        .save_action_item(
            &m,
            None,
            &ActionItemInput {
                what: "בזמן".into(),
                owner_id: Some(manager.clone()),
                due_date: "2026-12-15".into(),
                agenda_item_id: None,
            },
        )
        .unwrap();
    store
        .save_gap(
            &m,
            None,
            &GapInput {
                what: "פער ישן".into(),
                ..Default::default()
            },
        )
        .unwrap();
    let later = meeting(&mut store, &id, "2026-11-20");
    let resolved = store
        .save_gap(
            &later,
            None,
            &GapInput {
                what: "פער שנפתר".into(),
                ..Default::default()
            },
        )
        .unwrap();
    store
        .set_gap_status(&resolved, GapStatus::Resolved, d("2026-11-21"))
        .unwrap();
    meeting(&mut store, &id, "2026-11-27");
    meeting(&mut store, &id, "2026-12-05");

    let today = d("2026-11-22");
    let overview = store.overview(today).unwrap();
    let late_rows: Vec<(&str, Option<i64>)> = overview
        .overdue_actions
        .iter()
        .map(|a| (a.what.as_str(), a.overdue_days))
        .collect();
    assert_eq!(late_rows, [("באיחור", Some(7))]);
    assert_eq!(
        overview.overdue_actions[0].forum_id.as_deref(),
        Some(id.as_str())
    );
    let gaps: Vec<(&str, i64)> = overview
        .open_gaps
        .iter()
        .map(|g| (g.what.as_str(), g.age_days))
        .collect();
    assert_eq!(gaps, [("פער ישן", 21)]);
    let upcoming: Vec<NaiveDate> = overview.upcoming.iter().map(|m| m.date).collect();
    assert_eq!(upcoming, [d("2026-11-27")], "the next seven days only");

    let by_owner = store
        .action_items(
            &ActionFilter {
                owner_id: Some(manager.clone()),
                ..Default::default()
            },
            today,
        )
        .unwrap();
    assert_eq!(
        by_owner.iter().map(|a| a.what.as_str()).collect::<Vec<_>>(),
        ["בזמן"]
    );
    store
        .set_action_status(&late, ActionStatus::Done, today)
        .unwrap();
    assert!(
        store
            .action_items(
                &ActionFilter {
                    overdue: true,
                    ..Default::default()
                },
                today
            )
            .unwrap()
            .is_empty()
    );
    let done = store
        .action_items(
            &ActionFilter {
                status: Some(ActionStatus::Done),
                forum_id: Some(id.clone()),
                ..Default::default()
            },
            today,
        )
        .unwrap();
    assert_eq!(done.len(), 1);
}

#[test]
fn the_planned_meetings_as_an_icalendar_file_another_parser_reads() {
    let (_dir, mut store) = store();
    let (id, _, _) = forum(&mut store);
    let plan = PlanInput {
        first_date: "2026-10-18".into(),
        start_time: "18:00".into(),
        duration_minutes: 90.0.into(),
        place: "אולם המועצה, קומה 2".into(),
        online: false,
    };
    store.plan_meetings(&id, &plan).unwrap();
    let held = meeting(&mut store, &id, "2026-10-01");
    store
        .save_meeting(
            Some(&held),
            &id,
            &MeetingInput {
                date: "2026-10-01".into(),
                status: Some(MeetingStatus::Held),
                ..Default::default()
            },
        )
        .unwrap();
    let text = store.forum_calendar(&id, d("2026-10-01")).unwrap();
    assert!(
        text.lines().all(|l| l.len() <= 75),
        "lines are folded at 75 octets"
    );
    assert!(text.contains("\r\n"));

    let mut parser = ical::IcalParser::new(std::io::BufReader::new(text.as_bytes()));
    let calendar = parser.next().expect("one calendar").expect("it parses");
    assert!(parser.next().is_none());
    let version = calendar
        .properties
        .iter()
        .find(|p| p.name == "VERSION")
        .and_then(|p| p.value.clone());
    assert_eq!(version.as_deref(), Some("2.0"));
    assert_eq!(calendar.timezones.len(), 1);
    let tzid = calendar.timezones[0]
        .properties
        .iter()
        .find(|p| p.name == "TZID")
        .and_then(|p| p.value.clone());
    assert_eq!(tzid.as_deref(), Some("Asia/Jerusalem"));
    assert_eq!(
        calendar.events.len(),
        11,
        "the planned meetings, October to August; not the held one"
    );
    let prop = |e: &ical::parser::ical::component::IcalEvent, name: &str| {
        e.properties
            .iter()
            .find(|p| p.name == name)
            .cloned()
            .unwrap()
    };
    let first = &calendar.events[0];
    let start = prop(first, "DTSTART");
    assert_eq!(start.value.as_deref(), Some("20261018T180000"));
    let params = start.params.clone().unwrap();
    assert!(
        params
            .iter()
            .any(|(k, v)| k == "TZID" && v == &vec!["Asia/Jerusalem".to_owned()]),
        "{params:?}"
    );
    assert_eq!(
        prop(first, "DTEND").value.as_deref(),
        Some("20261018T193000")
    );
    // After the clock changes on 25 October the wall-clock time is the same.
    assert_eq!(
        prop(&calendar.events[1], "DTSTART").value.as_deref(),
        Some("20261118T180000")
    );
    assert_eq!(
        prop(first, "SUMMARY").value.as_deref(),
        Some("פורום שותפים רשותי")
    );
    assert_eq!(
        prop(first, "LOCATION").value.as_deref(),
        Some("אולם המועצה\\, קומה 2"),
        "escaped as RFC 5545 asks"
    );
    let uids: std::collections::HashSet<_> = calendar
        .events
        .iter()
        .map(|e| prop(e, "UID").value.unwrap())
        .collect();
    assert_eq!(
        uids.len(),
        11,
        "each meeting its own UID, so importing again updates instead of doubling"
    );
    assert!(
        calendar
            .events
            .iter()
            .all(|e| e.properties.iter().any(|p| p.name == "DTSTAMP"))
    );
}

#[test]
fn the_minutes_as_pdf_read_back_in_order() {
    let (_dir, mut store) = store();
    let (id, head, manager) = forum(&mut store);
    let first = meeting(&mut store, &id, "2026-11-01");
    store
        .save_gap(
            &first,
            None,
            &GapInput {
                what: "אין מועדון נוער".into(),
                ..Default::default()
            },
        )
        .unwrap();
    let m = meeting(&mut store, &id, "2026-12-01");
    let item = store
        .save_agenda_item(
            &m,
            None,
            &AgendaItemInput {
                title: "היערכות לחופשה".into(),
                presenter: "מיכל".into(),
                planned_minutes: 20.0.into(),
                notes: "דיון ער על ההסעות".into(),
            },
        )
        .unwrap();
    store
        .save_decision(
            &m,
            None,
            &DecisionInput {
                text: "להפעיל קו הסעה נוסף".into(),
                agenda_item_id: Some(item),
            },
        )
        .unwrap();
    store
        .save_action_item(
            &m,
            None,
            &ActionItemInput {
                what: "לתאם עם חברת ההסעות".into(),
                owner_id: Some(manager.clone()),
                due_date: "2026-12-15".into(),
                agenda_item_id: None,
            },
        )
        .unwrap();
    store
        .set_attendance(&m, &head, Some(AttendanceStatus::Present))
        .unwrap();
    store
        .set_attendance(&m, &manager, Some(AttendanceStatus::Excused))
        .unwrap();
    store.set_minutes(&m, "הישיבה נפתחה בשעה 18:05").unwrap();
    store.approve_minutes(&m, "מיכל אבירם").unwrap();

    let pdf = store.minutes_pdf(&m, d("2026-12-02")).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("minutes.pdf");
    std::fs::write(&path, &pdf).unwrap();
    let out = std::process::Command::new("pdftotext")
        .arg(&path)
        .arg("-")
        .output()
        .expect("pdftotext (poppler-utils) runs");
    let text: String = String::from_utf8(out.stdout)
        .unwrap()
        .chars()
        .filter(|c| !c.is_whitespace() && !matches!(c, '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}'))
        .collect();
    for expected in [
        "פרוטוקול",
        "פורוםשותפיםרשותי",
        "01.12.2026בשעה18:00",
        "נכחו:ראשהרשות",
        "התנצלו:מיכלאבירם",
        "להמשךטיפולממפגשיםקודמים",
        "איןמועדוןנוער",
        "1היערכותלחופשה",
        "החלטה1להפעילקוהסעהנוסף",
        "לתאםעםחברתההסעות",
        "15.12.2026",
        "הישיבהנפתחהבשעה18:05",
        "אושרעלידימיכלאבירםב־",
        "עמוד1מתוך1",
    ] {
        assert!(text.contains(expected), "{expected} is not in {text}");
    }
}

#[test]
fn the_minutes_are_saved_as_a_file_named_for_the_meetings_date() {
    let (_dir, mut store) = store();
    let (f, _, _) = forum(&mut store);
    let m = meeting(&mut store, &f, "2026-12-01");
    let file = store.minutes_file(&m, d("2026-12-02")).unwrap();
    assert_eq!(file.file_name(), "פרוטוקול 2026-12-01.pdf");
    assert_eq!(file.title, "שמירת הפרוטוקול כ־PDF");
    assert!(file.bytes.starts_with(b"%PDF"));
}

#[test]
fn a_stored_date_that_is_no_date_is_a_database_error_not_a_missing_meeting() {
    let (_dir, mut store) = store();
    let (f, _, _) = forum(&mut store);
    let m = meeting(&mut store, &f, "2026-12-01");
    // A file edited by hand: the schema's check lets any digits through.
    store
        .connection()
        .execute(
            "UPDATE meetings SET date = '2026-13-45' WHERE id = ?1",
            [&m],
        )
        .unwrap();
    for error in [
        store.meeting(&m).unwrap_err(),
        store.forum(&f, d("2026-12-01")).unwrap_err(),
    ] {
        assert_eq!(error.code(), "database", "{error:?}");
    }
}

#[test]
fn a_full_disk_refuses_the_minutes_whole_and_takes_them_once_there_is_room() {
    use eshkol_core::{Locale, Messages};
    let (_dir, mut store) = store();
    let (f, _, _) = forum(&mut store);
    let m = meeting(&mut store, &f, "2026-12-15");
    store.set_minutes(&m, "נפתח בברכות").unwrap();

    // The database may not grow by a page: SQLite answers as it does on a full disk.
    let conn = store.connection();
    let pages: i64 = conn
        .query_row("PRAGMA page_count", [], |r| r.get(0))
        .unwrap();
    conn.pragma_update(None, "max_page_count", pages).unwrap();
    let long = "דיון ארוך על תוכנית הקיץ. ".repeat(1_500);
    let err = store.set_minutes(&m, &long).unwrap_err();
    assert!(err.is_disk_full(), "{err:?}");
    assert_eq!(err.code(), "disk-full");
    let he = err.localize(&Messages::new(Locale::He));
    assert!(he.contains("הדיסק מלא"), "{he}");
    for locale in [Locale::He, Locale::Ar, Locale::En] {
        let said = err.localize(&Messages::new(locale));
        assert!(
            !said.contains("error-") && !said.contains("SQLITE"),
            "{said}"
        );
    }
    assert_eq!(
        store.meeting(&m).unwrap().minutes,
        "נפתח בברכות",
        "nothing half-written"
    );

    // Room again: the same text is saved by the same call.
    store
        .connection()
        .pragma_update(None, "max_page_count", 1_073_741_823)
        .unwrap();
    store.set_minutes(&m, &long).unwrap();
    let kept = store.meeting(&m).unwrap().minutes;
    assert!(kept == long, "saved whole once there is room");
}

#[test]
fn another_program_writing_holds_the_save_then_lets_it_through() {
    use eshkol_core::{Locale, Messages};
    use std::time::{Duration, Instant};
    let (_dir, mut store) = store();
    let (f, _, _) = forum(&mut store);
    let m = meeting(&mut store, &f, "2026-12-15");
    let path = store.path().unwrap().to_owned();

    // The sqlite3 tool, say, holds the write lock for a moment: the save waits, then goes in.
    let other = rusqlite::Connection::open(&path).unwrap();
    other.execute_batch("BEGIN IMMEDIATE").unwrap();
    let release = std::thread::spawn(move || {
        std::thread::sleep(Duration::from_millis(700));
        other.execute_batch("COMMIT").unwrap();
        other
    });
    store.set_minutes(&m, "נפתח בברכות").unwrap();
    let other = release.join().unwrap();
    assert_eq!(store.meeting(&m).unwrap().minutes, "נפתח בברכות");

    // Held past the busy timeout: refused whole, said plainly, and taken once it lets go.
    other.execute_batch("BEGIN IMMEDIATE").unwrap();
    let started = Instant::now();
    let err = store.set_minutes(&m, "סוכם לקיים מפגש הורים").unwrap_err();
    assert!(started.elapsed() >= Duration::from_secs(4), "it waited");
    assert!(err.is_busy(), "{err:?}");
    assert_eq!(err.code(), "database-busy");
    let he = err.localize(&Messages::new(Locale::He));
    assert!(he.contains("תוכנה אחרת"), "{he}");
    for locale in [Locale::He, Locale::Ar, Locale::En] {
        assert!(!err.localize(&Messages::new(locale)).contains("error-"));
    }
    assert_eq!(store.meeting(&m).unwrap().minutes, "נפתח בברכות");
    other.execute_batch("COMMIT").unwrap();
    store.set_minutes(&m, "סוכם לקיים מפגש הורים").unwrap();
    assert_eq!(store.meeting(&m).unwrap().minutes, "סוכם לקיים מפגש הורים");
}
