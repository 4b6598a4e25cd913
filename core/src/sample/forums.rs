//! The sample's forums: the authority's partnership forum with a meeting held and approved, and the north cluster's coordinators' forum.

use super::*;
use crate::{error::Result, model::*, store::Writer};

/// The sample's forums that other areas point at: the authority's partnership forum.
pub(super) struct SampleForums {
    pub(super) authority: Id,
}

/// The sample department's forums, as seed 001 frames them and seed 000's department runs
/// them: the authority's partnership forum, with one meeting held and its minutes approved
/// (decisions, action items of every state, a gap raised) and the next one planned; and the
/// north cluster's coordinators' forum, meeting next week.
pub(super) fn forums(w: &Writer<'_>, people: &[Id]) -> Result<SampleForums> {
    use crate::forums::{
        ActionItemInput, ActionStatus, AgendaItemInput, AttendanceStatus, CadenceKind,
        DecisionInput, ForumInput, ForumLevel, GapInput, MeetingInput, MeetingStatus, MemberInput,
        Template,
    };
    let person = |name: &str| person_of(people, name).expect("a person of the sample");
    let member = |name: &str, role: &str| MemberInput {
        person_id: person(name),
        role: role.into(),
    };
    let today = crate::today();
    let on = |days: i64| {
        (today + chrono::Duration::days(days))
            .format("%Y-%m-%d")
            .to_string()
    };

    let authority = w.save_forum(
        None,
        &ForumInput {
            name: "פורום השותפים של עמק הגפן".into(),
            level: Some(ForumLevel::Authority),
            cadence: Some(CadenceKind::Monthly),
            goals: "שיתוף במידע ובהחלטות בין השותפים\n\
                    עבודה משותפת ותיאום ביישום המדיניות לקראת פתיחת השנה ולאורכה\n\
                    הצפת פערים ויצירת מנגנון משותף לטיפול"
                .into(),
            member_roles: "מנהלת המחלקה\nרכזי האשכולות\nנציגי תנועות הנוער\nהרשות לביטחון קהילתי"
                .into(),
            chair_id: Some(person("מיכל אבירם")),
            active: true,
            template: Some(Template::Authority),
            members: vec![
                member("מיכל אבירם", "יושבת ראש"),
                member("הילה ברקאי", "רכזת אשכול"),
                member("אורי גלבועי", "רכז אשכול"),
                member("עומר נחמני", "רכז אשכול"),
                member("יעלי סתוית", "ביטחון קהילתי"),
                member("תמר גולני", "תנועת ״שבילים״"),
                member("גיא סלעי", "תנועת ״המעיין״"),
                member("שירה אלמוגי", "מניעה והתמדה"),
            ],
            ..Default::default()
        },
    )?;
    let north = w.save_forum(
        None,
        &ForumInput {
            name: "פורום רכזי אשכול צפון".into(),
            level: Some(ForumLevel::Cluster),
            cadence: Some(CadenceKind::Monthly),
            goals: "תיאום הפעילות בין יישובי האשכול\nהעברת ידע בין הרכזים".into(),
            chair_id: Some(person("הילה ברקאי")),
            active: true,
            members: vec![
                member("הילה ברקאי", "מובילת הפורום"),
                member("ליאת צורי", "רכזת יישובית"),
                member("נגה פרידלר", "רכזת יישובית"),
                member("עידו ארבלי", "רכז יישובי"),
                member("מאיה שגיב", "רכזת יישובית"),
            ],
            ..Default::default()
        },
    )?;

    // Both were set up when the school year opened: what the year's meetings are measured from.
    let opened = format!("{}-09-01T06:00:00Z", crate::forums::school_year(today));
    for forum in [&authority, &north] {
        w.tx.execute(
            "UPDATE forums SET created_at = ?2 WHERE id = ?1",
            rusqlite::params![forum, opened],
        )?;
    }

    // The meeting held three weeks ago, its minutes approved.
    let held = w.save_meeting(
        None,
        &authority,
        &MeetingInput {
            date: on(-21),
            start_time: "17:00".into(),
            duration_minutes: 90.into(),
            place: "חדר הישיבות במועצה".into(),
            status: Some(MeetingStatus::Held),
            ..Default::default()
        },
    )?;
    let item = |title: &str, presenter: &str, minutes: u32| {
        w.save_agenda_item(
            &held,
            None,
            &AgendaItemInput {
                title: title.into(),
                presenter: presenter.into(),
                planned_minutes: minutes.into(),
                notes: String::new(),
            },
        )
    };
    let opening = item("עדכון לקראת פתיחת השנה", "מיכל אבירם", 30)?;
    let retention = item("הצגת מודל ההתמדה", "שירה אלמוגי", 30)?;
    let evening = item("פעילות ערב ביישובים המרוחקים", "גיא סלעי", 20)?;
    for (name, status) in [
        ("מיכל אבירם", AttendanceStatus::Present),
        ("הילה ברקאי", AttendanceStatus::Present),
        ("אורי גלבועי", AttendanceStatus::Present),
        ("עומר נחמני", AttendanceStatus::Excused),
        ("יעלי סתוית", AttendanceStatus::Present),
        ("תמר גולני", AttendanceStatus::Present),
        ("גיא סלעי", AttendanceStatus::Present),
        ("שירה אלמוגי", AttendanceStatus::Absent),
    ] {
        w.set_attendance(&held, &person(name), Some(status))?;
    }
    w.set_minutes(
        &held,
        "המפגש נפתח בעדכון על היערכות היישובים לפתיחת השנה ועל לוח הפעילות המשותף.\n\
         הוצג מודל ההתמדה, והשותפים ביקשו לשלב בו את תנועות הנוער.\n\
         תנועת ״המעיין״ העלתה את הקושי להגיע לפעילות ערב ביישובים המרוחקים.",
    )?;
    w.save_decision(
        &held,
        None,
        &DecisionInput {
            text: "לוח הפעילות המשותף יופץ לכל הרכזים ויעודכן אחת לחודש".into(),
            agenda_item_id: Some(opening.clone()),
        },
    )?;
    w.save_decision(
        &held,
        None,
        &DecisionInput {
            text: "תנועות הנוער ישולבו בקבוצות ההורים של מודל ההתמדה".into(),
            agenda_item_id: Some(retention),
        },
    )?;
    let action = |what: &str, owner: &str, due: i64, item: &Id| {
        w.save_action_item(
            &held,
            None,
            &ActionItemInput {
                what: what.into(),
                owner_id: Some(person(owner)),
                due_date: on(due),
                agenda_item_id: Some(item.clone()),
            },
        )
    };
    // One done in time, one late, one still ahead.
    let sent = action("לשלוח לשותפים את סיכום המפגש", "מיכל אבירם", -14, &opening)?;
    action(
        "להפיץ לרכזים את לוח הפעילות המשותף",
        "דנה שחרור",
        -7,
        &opening,
    )?;
    action(
        "לתאם עם מחוז צפון מפגש על פעילות הערב",
        "יעלי סתוית",
        12,
        &evening,
    )?;
    w.save_gap(
        &held,
        None,
        &GapInput {
            what: "אין הסעות לפעילות ערב ביישובים המרוחקים".into(),
            raised_by: "תנועת ״המעיין״".into(),
            mechanism: "צוות משותף עם מחלקת התחבורה של המועצה".into(),
            owner_id: Some(person("יעלי סתוית")),
        },
    )?;
    w.approve(&held, "מיכל אבירם", &[])?;
    w.set_action_status(
        &sent,
        ActionStatus::Done,
        today - chrono::Duration::days(16),
    )?;

    // The next meetings: the partnership forum's in nine days, the north cluster's next week.
    let next = w.save_meeting(
        None,
        &authority,
        &MeetingInput {
            date: on(9),
            start_time: "17:00".into(),
            place: "חדר הישיבות במועצה".into(),
            status: Some(MeetingStatus::Planned),
            ..Default::default()
        },
    )?;
    w.save_agenda_item(
        &next,
        None,
        &AgendaItemInput {
            title: "מעקב אחר ההחלטות והפערים מהמפגש הקודם".into(),
            presenter: "מיכל אבירם".into(),
            planned_minutes: 20.into(),
            notes: String::new(),
        },
    )?;
    w.save_meeting(
        None,
        &north,
        &MeetingInput {
            date: on(6),
            start_time: "09:30".into(),
            place: "מרכז ההדרכה, כפר הגפן".into(),
            status: Some(MeetingStatus::Planned),
            ..Default::default()
        },
    )?;
    Ok(SampleForums { authority })
}
