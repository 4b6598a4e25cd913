//! The sample's programs, their partners, moves and figures, and a hosted delegation.

use super::*;
use crate::{directory::Sector, error::Result, model::*, store::Writer};

/// Three programs shaped like the seeds' (a regional STEM initiative with a tri-sector
/// partnership, regional music education, and a city's retention model), their moves and
/// figures, and a hosted delegation with its itinerary.
pub(super) fn programs(
    w: &Writer<'_>,
    orgs: &[Id],
    clusters: &[Id],
    settlements: &[Vec<Id>],
    people: &[Id],
    forums: &SampleForums,
) -> Result<Id> {
    use crate::programs::{
        AgeBand, AxisInput, FiguresInput, MoveInput, MoveStatus, PartnerInput, PartnerRole,
        ProgramInput, ProgramKind, SteeringInput, SteeringRole,
        delegations::{DelegationInput, StopInput},
    };
    let person = |name: &str| person_of(people, name);
    let today = crate::today();
    let on = |date: chrono::NaiveDate| date.format("%Y-%m-%d").to_string();
    let year = crate::forums::school_year(today);
    let axis = |name: &str, description: &str| AxisInput {
        id: None,
        name: name.into(),
        description: description.into(),
    };
    let existing = |i: usize, role| PartnerInput {
        organization_id: Some(orgs[i].clone()),
        role: Some(role),
        ..Default::default()
    };
    let new = |name: &str, sector, role| PartnerInput {
        new_organization: name.into(),
        sector: Some(sector),
        role: Some(role),
        ..Default::default()
    };
    let stem = w.save_program(
        None,
        &ProgramInput {
            name: "קידום חינוך מדעי טכנולוגי".into(),
            kind: Some(ProgramKind::RegionalInitiative),
            goal: "קידום מצוינות מדעית טכנולוגית באשכולות, המבוססת על שלושה צירי עבודה שזוהו כמחוללי שינוי".into(),
            axes: vec![
                axis("ביסוס תשתיות וסינרגיה", "בין שותפים, ועל הרצף החינוכי והגילאי"),
                axis("קידום מורים", "איכות ההוראה ומספר המורים בתחומי המדעים"),
                axis("מו״פ", "מחקר ופיתוח ליוזמות STEM חינוכיות"),
            ],
            coordinator_id: person("איתי רגבים"),
            starts_on: on(today - chrono::Duration::days(3 * 365)),
            partners: vec![
                existing(5, PartnerRole::Lead),
                new("מכון ויצמן למדע", Sector::ThirdSector, PartnerRole::Academic),
                new("MINDCET – מרכז חדשנות בטכנולוגיה חינוכית", Sector::Business, PartnerRole::Partner),
                existing(4, PartnerRole::Funder),
            ],
            clusters: vec![clusters[0].clone(), clusters[1].clone()],
            schools: vec![orgs[3].clone()],
            ..Default::default()
        },
    )?;
    for (what, days, status) in [
        ("הקמת FAB LAB אזורי", -20, MoveStatus::UnderWay),
        (
            "מרכז אזורי ללימודי פיזיקה וכימיה ב־5 יח״ל",
            200,
            MoveStatus::Planned,
        ),
        ("מגמות אזוריות במקצועות המדעים", -400, MoveStatus::Done),
    ] {
        w.save_program_move(
            &stem,
            None,
            &MoveInput {
                what: what.into(),
                due_on: on(today + chrono::Duration::days(days)),
                owner_id: person("איתי רגבים"),
                status: Some(status),
            },
        )?;
    }
    let figures = |program: &Id, school_year: i32, settlement: &Id, band, counts: [u32; 4]| {
        w.save_program_figures(
            program,
            &FiguresInput {
                school_year,
                settlement_id: settlement.clone(),
                age_band: Some(band),
                target: counts[0].into(),
                took_part: counts[1].into(),
                // How many continued and completed is known once the year is over: left empty
                // (0 here) while it runs, never typed as 0.
                continued: Some(counts[2]).filter(|&n| n > 0).into(),
                completed: Some(counts[3]).filter(|&n| n > 0).into(),
            },
        )
    };
    figures(
        &stem,
        year,
        &settlements[0][0],
        AgeBand::High,
        [48, 31, 0, 0],
    )?;
    figures(
        &stem,
        year,
        &settlements[1][1],
        AgeBand::High,
        [62, 40, 0, 0],
    )?;
    figures(
        &stem,
        year - 1,
        &settlements[0][0],
        AgeBand::High,
        [45, 26, 22, 20],
    )?;

    w.save_program(
        None,
        &ProgramInput {
            name: "חינוך מוסיקלי אזורי".into(),
            kind: Some(ProgramKind::Enrichment),
            goal: "חינוך מוסיקלי שרמתו משתווה לזו שבמרכז הארץ, בשיתוף בין מרכזי המוסיקה ברשויות"
                .into(),
            axes: vec![
                axis("פורום אזורי של מנהלי קונסרבטוריונים", ""),
                axis(
                    "גופי ביצוע אזוריים",
                    "התזמורת הקאמרית הצעירה, לתלמידים מצטיינים",
                ),
                axis("פיתוח מקצועי למורים למוסיקה", ""),
            ],
            coordinator_id: person("דנה שחרור"),
            partners: vec![
                existing(0, PartnerRole::Operator),
                new(
                    "האקדמיה למוסיקה ולמחול בירושלים",
                    Sector::ThirdSector,
                    PartnerRole::Academic,
                ),
            ],
            clusters: vec![clusters[2].clone()],
            ..Default::default()
        },
    )?;

    let retention = w.save_program(
        None,
        &ProgramInput {
            name: "מודל ההתמדה".into(),
            kind: Some(ProgramKind::Retention),
            goal: "כל נער ונערה ממשיכים במסגרת לימודית עד סוף התיכון".into(),
            axes: vec![
                axis("חונכות אישית", ""),
                axis("מרכז הלמידה", ""),
                axis("מועדוניות", "לילדים בסיכון"),
                axis("מבצעי למידה בקיץ", ""),
                axis("תכנית ״נחשון״", ""),
                axis("קבוצות הורים", ""),
            ],
            coordinator_id: person("שירה אלמוגי"),
            starts_on: on(today - chrono::Duration::days(2 * 365)),
            partners: vec![
                existing(0, PartnerRole::Lead),
                new("קרן רש״י", Sector::ThirdSector, PartnerRole::Funder),
            ],
            settlements: vec![
                settlements[0][1].clone(),
                settlements[0][2].clone(),
                settlements[1][0].clone(),
            ],
            // The authority's partnership forum steers it (seed 001: partners share one table).
            forums: vec![SteeringInput {
                forum_id: forums.authority.clone(),
                role: Some(SteeringRole::Steering),
            }],
            ..Default::default()
        },
    )?;
    figures(
        &retention,
        year,
        &settlements[0][1],
        AgeBand::Middle,
        [30, 22, 0, 0],
    )?;
    figures(
        &retention,
        year,
        &settlements[0][2],
        AgeBand::High,
        [40, 27, 0, 0],
    )?;
    figures(
        &retention,
        year - 1,
        &settlements[0][1],
        AgeBand::Middle,
        [28, 20, 18, 15],
    )?;

    let visit = today + chrono::Duration::days(30);
    let delegation = w.save_delegation(
        None,
        &DelegationInput {
            name: "משלחת אנשי חינוך ממדינות מתפתחות".into(),
            country: "גאנה, קניה ונפאל".into(),
            guest_count: 14.0.into(),
            starts_on: on(visit),
            ends_on: on(visit),
            hosts: person("מיכל אבירם")
                .into_iter()
                .chain(person("שירה אלמוגי"))
                .collect(),
            stops: vec![
                StopInput {
                    day: on(visit),
                    at: "09:00".into(),
                    place: "המחלקה: הצגת מודל ההתמדה".into(),
                    program_id: Some(retention.clone()),
                    ..Default::default()
                },
                StopInput {
                    day: on(visit),
                    at: "11:00".into(),
                    place: "היחידה לקידום נוער".into(),
                    settlement_id: Some(settlements[0][1].clone()),
                    notes: "תערוכת הצילומים של בני הנוער".into(),
                    ..Default::default()
                },
                StopInput {
                    day: on(visit),
                    at: "13:30".into(),
                    place: "מועדונית לילדים בסיכון".into(),
                    settlement_id: Some(settlements[0][2].clone()),
                    program_id: Some(retention.clone()),
                    ..Default::default()
                },
            ],
            ..Default::default()
        },
    )?;
    w.add_delegation_follow_up(
        &delegation,
        &crate::forums::ActionItemInput {
            what: "להציע החלפת משלחות בשנה הבאה".into(),
            owner_id: person("מיכל אבירם"),
            due_date: on(visit + chrono::Duration::days(60)),
            agenda_item_id: None,
        },
    )?;
    Ok(retention)
}
