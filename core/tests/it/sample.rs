//! The sample department shows every area (issue #30, point 3): after loading it, every area's
//! list has something in it, and every counted indicator of its work plan reads what a count by
//! hand of the sample's own records finds.

use chrono::{Duration, Months, NaiveDate};
use eshkol_core::{
    forums::{ActionFilter, ForumLevel, MeetingStatus, school_year},
    plan::Source,
    visits::CoverageFilter,
};

use crate::common::store;

#[test]
fn the_sample_fills_every_area_and_its_indicators_count_what_they_are_named_for() {
    let (_dir, mut store) = store();
    store.load_sample().unwrap();
    let today = eshkol_core::today();

    // Every area's list.
    assert_eq!(store.clusters(false).unwrap().len(), 3);
    assert!(store.people(false).unwrap().len() >= 20);
    assert!(!store.organizations(false).unwrap().is_empty());
    let forums = store.forums(false, today).unwrap();
    assert_eq!(forums.len(), 2, "the authority's partnership forum and a cluster forum");
    let authority = forums.iter().find(|f| f.level == ForumLevel::Authority).expect("an authority forum");
    assert!(forums.iter().any(|f| f.level == ForumLevel::Cluster && f.members > 0));
    let forum = store.forum(&authority.id, today).unwrap();
    assert!(forum.members.len() >= 5);
    let approved: Vec<_> = forum.meetings.iter().filter(|m| m.approved).collect();
    assert_eq!(approved.len(), 1, "one meeting held, its minutes approved");
    let meeting = store.meeting(&approved[0].id).unwrap();
    assert!(!meeting.minutes.is_empty());
    assert_eq!(meeting.decisions.len(), 2);
    assert_eq!(meeting.action_items.len(), 3);
    assert_eq!(meeting.gaps.len(), 1);
    assert!(
        forum.meetings.iter().any(|m| m.status == MeetingStatus::Planned && m.date > today),
        "the next meeting is planned"
    );
    let actions = store.action_items(&ActionFilter::default(), today).unwrap();
    assert!(actions.len() >= 5, "the forum's, a visit's and a delegation's follow-ups");
    assert!(store.recent_visits(50).unwrap().len() >= 5);
    let coverage = store.coverage(&CoverageFilter::default(), today).unwrap();
    assert!(coverage.rows.iter().any(|r| r.last_visit.is_none()), "some settlement not visited yet");
    assert!(!store.volunteers(false).unwrap().is_empty());
    assert!(!store.organizations_readiness().unwrap().is_empty());
    let programs = store.programs(false).unwrap();
    assert_eq!(programs.len(), 3);
    assert!(!store.delegations().unwrap().is_empty());
    let retention = programs.iter().find(|p| p.name == "מודל ההתמדה").unwrap();
    let program = store.program(&retention.id, today).unwrap();
    assert_eq!(program.steering.len(), 1, "the partnership forum steers the retention model");

    // Every counted indicator, against a count by hand of what the sample holds. The sample's
    // dates are relative to today, so the hand counts say which fall in this school year.
    let year = school_year(today);
    let opens = NaiveDate::from_ymd_opt(year, 9, 1).unwrap();
    let this_year = |days_ago: i64| today - Duration::days(days_ago) >= opens;
    let plan = store.plans().unwrap().remove(0);
    let view = store.plan_year(&plan.id, year, today).unwrap();
    let indicators: Vec<_> = view
        .goals
        .into_iter()
        .flat_map(|g| g.indicators.into_iter().chain(g.objectives.into_iter().flat_map(|o| o.indicators)))
        .collect();
    // The forums' meetings: monthly, from the day the year opened (when both were set up);
    // one held, three weeks ago.
    let months_due = (1..=12).filter(|&k| opens + Months::new(k) <= today + Duration::days(1)).count() as f64;
    let held = if this_year(21) { 1.0 } else { 0.0 };
    let percent = |part: f64, whole: f64| (whole > 0.0).then(|| 100.0 * part / whole);
    // Action items due this year until today: one done two days early (due 14 days ago), one
    // late (due 7 days ago); the rest are due ahead.
    let due: Vec<bool> = [(14, true), (7, false)].into_iter().filter(|&(d, _)| this_year(d)).map(|(_, done)| done).collect();
    let on_time = percent(due.iter().filter(|d| **d).count() as f64, due.len() as f64);
    // Volunteers' details confirmed, days ago (the sample's volunteers; one never).
    let confirmed = [40, 120, 200, 430, 15, 90, 60, 10, 30, 380, 500].into_iter().filter(|&d| this_year(d)).count() as f64;
    let mut checked = 0;
    for i in &indicators {
        let hand = match (i.source, i.name.as_str()) {
            (Source::Typed, _) => continue,
            // Visited in the last 30 days: 3, 5, 12 and 20 days ago (45 and 70 are older).
            (Source::SettlementsVisited, _) => Some(4.0),
            (Source::MeetingsHeld, "מפגשי פורום השותפים הרשותי") => percent(held, months_due),
            (Source::MeetingsHeld, _) => percent(held, 2.0 * months_due),
            (Source::ActionsOnTime, _) => on_time,
            (Source::VolunteersConfirmed, _) => Some(confirmed),
            // The retention model's participants this year: 22 and 27, not every program's.
            (Source::ProgramParticipants, _) => Some(49.0),
            (source, name) => panic!("no hand count for {name} ({source:?})"),
        };
        let counted = i.year.value;
        assert!(i.year.counted, "{}", i.name);
        match (counted, hand) {
            (Some(c), Some(h)) => assert!((c - h).abs() < 0.01, "{}: counted {c}, by hand {h}", i.name),
            _ => assert_eq!(counted, hand, "{}", i.name),
        }
        checked += 1;
    }
    assert_eq!(checked, 6, "every counted indicator of the sample was checked");
}

#[test]
fn one_list_holds_everything_due_and_the_home_screen_counts_its_late_rows() {
    use eshkol_core::due::{DueFilter, DueSource, DueStatus};
    let (_dir, mut store) = store();
    store.load_sample().unwrap();
    let today = eshkol_core::today();
    let all = store.due(&DueFilter::default(), today).unwrap();
    // Every kind, each labelled with where it came from.
    for source in [DueSource::Meeting, DueSource::Visit, DueSource::Delegation, DueSource::Program, DueSource::Plan] {
        assert!(all.iter().any(|d| d.source == source), "{source:?} is in the list");
    }
    let delegation = all.iter().find(|d| d.source == DueSource::Delegation).unwrap();
    assert_eq!(delegation.what, "להציע החלפת משלחות בשנה הבאה");
    assert_eq!(delegation.source_name.as_deref(), Some("משלחת אנשי חינוך ממדינות מתפתחות"));
    // The late ones: the forum's action item due a week ago, the program's late move; the
    // same rows whichever way they are asked for, and the home screen's count is theirs.
    let late = store.due(&DueFilter { late: true, ..Default::default() }, today).unwrap();
    assert!(late.iter().all(|d| d.status == DueStatus::Open && d.late_days.is_some_and(|n| n > 0)));
    assert!(late.iter().any(|d| d.what == "להפיץ לרכזים את לוח הפעילות המשותף" && d.late_days == Some(7)));
    assert!(late.iter().any(|d| d.source == DueSource::Program));
    let counted_by_hand = all.iter().filter(|d| d.status == DueStatus::Open && d.due.is_some_and(|due| due < today)).count();
    assert_eq!(late.len(), counted_by_hand);
    assert_eq!(store.overview(today).unwrap().late_total, late.len());
    // By owner, source and status.
    let owner = late[0].owner_id.clone().unwrap();
    let hers = store.due(&DueFilter { owner_id: Some(owner.clone()), ..Default::default() }, today).unwrap();
    assert!(!hers.is_empty() && hers.iter().all(|d| d.owner_id.as_deref() == Some(owner.as_str())));
    let programs = store.due(&DueFilter { source: Some(DueSource::Program), ..Default::default() }, today).unwrap();
    assert!(!programs.is_empty() && programs.iter().all(|d| d.source == DueSource::Program));
    let done = store.due(&DueFilter { status: Some(DueStatus::Done), ..Default::default() }, today).unwrap();
    assert!(done.iter().any(|d| d.what == "לשלוח לשותפים את סיכום המפגש"));

    // Each is followed up from the list, in its own kind of status.
    let late_move = late.iter().find(|d| d.source == DueSource::Program).unwrap().clone();
    store.set_due_status(DueSource::Program, &late_move.id, "done", today).unwrap();
    let task = all.iter().find(|d| d.source == DueSource::Plan && d.status == DueStatus::Open).unwrap().clone();
    store.set_due_status(DueSource::Plan, &task.id, "dropped", today).unwrap();
    let action = late.iter().find(|d| d.source == DueSource::Meeting).unwrap().clone();
    store.set_due_status(DueSource::Meeting, &action.id, "done", today).unwrap();
    assert!(store.set_due_status(DueSource::Program, &late_move.id, "open", today).is_err(), "a move is never 'open'");
    let now = store.due(&DueFilter::default(), today).unwrap();
    let find = |id: &str| now.iter().find(|d| d.id == id).unwrap().status;
    assert_eq!((find(&late_move.id), find(&task.id), find(&action.id)), (DueStatus::Done, DueStatus::Cancelled, DueStatus::Done));
    let changed = [&late_move.id, &task.id, &action.id];
    assert_eq!(store.overview(today).unwrap().late_total, late.iter().filter(|d| !changed.contains(&&d.id)).count());
}
