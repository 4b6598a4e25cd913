//! The sample's visits to settlements, two of them never visited.

use super::*;
use crate::{error::Result, model::*, store::Writer};

/// The sample's visits of the last months: most settlements visited, two never (the home
/// screen's list of settlements not visited lately has something to show), one visit with a
/// follow-up.
pub(super) fn visits(w: &Writer<'_>, settlements: &[Vec<Id>], people: &[Id]) -> Result<()> {
    use crate::forums::ActionItemInput;
    use crate::visits::VisitInput;
    let person = |name: &str| person_of(people, name).expect("a person of the sample");
    let today = crate::today();
    // The built-in purposes (migration 0003): local coordinator, youth movement, education team.
    const LOCAL_COORDINATOR: &str = "00000000-0000-7000-8000-000000000002";
    const YOUTH_MOVEMENT: &str = "00000000-0000-7000-8000-000000000003";
    const EDUCATION_TEAM: &str = "00000000-0000-7000-8000-000000000005";
    let mut follow_up = None;
    for ((c, s), days, purpose, visitor, met, summary) in [
        (
            (0, 0),
            5,
            LOCAL_COORDINATOR,
            "הילה ברקאי",
            "ליאת צורי",
            "תכנון פעילות החנוכה עם הרכזת",
        ),
        (
            (0, 2),
            12,
            YOUTH_MOVEMENT,
            "הילה ברקאי",
            "תמר גולני",
            "ביקור בשבט ״שבילים״; חסרים מדריכים לשכבה ו׳",
        ),
        (
            (1, 0),
            20,
            EDUCATION_TEAM,
            "אורי גלבועי",
            "צוות החינוך היישובי",
            "היערכות לפתיחת המועדונית",
        ),
        (
            (1, 1),
            45,
            LOCAL_COORDINATOR,
            "אורי גלבועי",
            "",
            "שיחת היכרות עם הרכז החדש",
        ),
        ((1, 2), 70, YOUTH_MOVEMENT, "מיכל אבירם", "גיא סלעי", ""),
        (
            (2, 0),
            3,
            LOCAL_COORDINATOR,
            "עומר נחמני",
            "",
            "הרכזת מבקשת סיוע בגיוס מתנדבים לחירום",
        ),
    ] {
        let visit = w.save_visit(
            None,
            &VisitInput {
                settlement_id: settlements[c][s].clone(),
                date: (today - chrono::Duration::days(days))
                    .format("%Y-%m-%d")
                    .to_string(),
                purpose_id: purpose.into(),
                visitors: vec![person(visitor)],
                people_met: met.into(),
                summary: summary.into(),
                sensitive_notes: None,
            },
        )?;
        follow_up = Some(visit);
    }
    if let Some(visit) = follow_up {
        w.save_follow_up(
            &visit,
            None,
            &ActionItemInput {
                what: "לחבר את הרכזת למאגר המתנדבים לחירום".into(),
                owner_id: Some(person("יעלי סתוית")),
                due_date: (today + chrono::Duration::days(10))
                    .format("%Y-%m-%d")
                    .to_string(),
                agenda_item_id: None,
            },
        )?;
    }
    Ok(())
}
