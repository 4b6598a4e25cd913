//! The sample's emergency readiness: capabilities, volunteers and organizations' readiness.

use super::*;
use crate::{
    directory::PersonInput,
    emergency::{CapabilityInput, Equipment, Reach, ReadinessInput, VolunteerInput},
    error::Result,
    model::*,
    store::Writer,
};

/// The emergency clusters' capabilities: (name, emergency cluster).
const CAPABILITIES: &[(&str, &str)] = &[
    ("עזרה ראשונה נפשית", "emotional"),
    ("הקשבה ותמיכה", "emotional"),
    ("טיפול בטראומה", "emotional"),
    ("שיעורים מקוונים בזום", "pedagogical"),
    ("תגבור לימודי", "pedagogical"),
    ("הפעלות פנאי לילדים", "social"),
    ("ליווי בני נוער", "social"),
    ("נהיגה והסעות", "non_professional"),
    ("חלוקת מזון וציוד", "non_professional"),
];

/// Where someone acts in the sample: a settlement (cluster, settlement), a cluster, or the council.
#[derive(Clone, Copy)]
enum Acts {
    Settlement(usize, usize),
    Cluster(usize),
    Council,
}

/// The sample's volunteers: name, mobile (empty for someone of `PEOPLE`), home
/// (cluster, settlement), where they act, capabilities (indexes of `CAPABILITIES`), retiree,
/// days since their details were confirmed (`None`: never).
type VolunteerSeed = (
    &'static str,
    &'static str,
    (usize, usize),
    Acts,
    &'static [usize],
    bool,
    Option<i64>,
);
const VOLUNTEERS: &[VolunteerSeed] = &[
    (
        "אביטל כרמי",
        "054-7110201",
        (0, 0),
        Acts::Cluster(0),
        &[0, 1],
        false,
        Some(40),
    ),
    (
        "נדב שקדי",
        "054-7110202",
        (0, 2),
        Acts::Settlement(0, 2),
        &[3, 4],
        false,
        Some(120),
    ),
    (
        "סמאח עלי",
        "054-7110203",
        (1, 1),
        Acts::Cluster(1),
        &[0, 2],
        false,
        Some(200),
    ),
    (
        "רינת אורן",
        "054-7110204",
        (1, 0),
        Acts::Council,
        &[2],
        true,
        Some(430),
    ),
    (
        "משה פרחי",
        "054-7110205",
        (2, 0),
        Acts::Council,
        &[7, 8],
        true,
        Some(15),
    ),
    (
        "ג׳ומאנה סעיד",
        "054-7110206",
        (2, 1),
        Acts::Cluster(2),
        &[1, 5],
        false,
        Some(90),
    ),
    (
        "עדי לבנון",
        "054-7110207",
        (0, 1),
        Acts::Settlement(0, 1),
        &[5, 6],
        false,
        None,
    ),
    (
        "חיים זיו",
        "054-7110208",
        (1, 2),
        Acts::Council,
        &[7],
        true,
        Some(500),
    ),
    (
        "ליבי אשכנזי",
        "054-7110209",
        (0, 3),
        Acts::Cluster(0),
        &[3],
        false,
        Some(60),
    ),
    (
        "בועז תמרי",
        "054-7110210",
        (2, 2),
        Acts::Settlement(2, 2),
        &[6, 8],
        false,
        Some(10),
    ),
    (
        "שירה אלמוגי",
        "",
        (1, 3),
        Acts::Cluster(1),
        &[1, 6],
        false,
        Some(30),
    ),
    (
        "ראמי חדאד",
        "",
        (0, 0),
        Acts::Council,
        &[5, 6],
        false,
        Some(380),
    ),
];

/// The sample department's emergency readiness: capabilities, a dozen volunteers, and a few
/// organizations with theirs.
pub(super) fn emergency(
    w: &Writer<'_>,
    orgs: &[Id],
    clusters: &[Id],
    settlements: &[Vec<Id>],
    people: &[Id],
) -> Result<()> {
    let person = |name: &str| person_of(people, name);
    let today = crate::today();
    let ago = |days: i64| {
        (today - chrono::Duration::days(days))
            .format("%Y-%m-%d")
            .to_string()
    };
    let capabilities = CAPABILITIES
        .iter()
        .map(|&(name, cluster)| {
            w.save_emergency_capability(
                None,
                &CapabilityInput {
                    name: name.into(),
                    emergency_cluster: cluster.into(),
                },
            )
        })
        .collect::<Result<Vec<_>>>()?;
    let reach = |acts: Acts| match acts {
        Acts::Settlement(c, s) => Reach {
            settlements: vec![settlements[c][s].clone()],
            ..Reach::default()
        },
        Acts::Cluster(c) => Reach {
            clusters: vec![clusters[c].clone()],
            ..Reach::default()
        },
        Acts::Council => Reach {
            whole_council: true,
            ..Reach::default()
        },
    };
    for &(name, mobile, (hc, hs), acts, caps, retiree, confirmed) in VOLUNTEERS {
        // Two of them are people of the department already: the same person, not a second.
        let known = if mobile.is_empty() {
            person(name)
        } else {
            None
        };
        w.save_volunteer(
            &VolunteerInput {
                person: known.is_none().then(|| PersonInput {
                    full_name: name.into(),
                    role_title: "מתנדב/ת לחירום".into(),
                    mobile: mobile.into(),
                    // Invented, under example.org, from the mobile's last digits.
                    email: format!("volunteer{}@example.org", &mobile[mobile.len() - 3..]),
                    ..Default::default()
                }),
                person_id: known,
                home_settlement_id: Some(settlements[hc][hs].clone()),
                reach: reach(acts),
                capabilities: caps.iter().map(|&i| capabilities[i].clone()).collect(),
                availability: if retiree {
                    "בכל שעות היום".into()
                } else {
                    "ערבים וסופי שבוע".into()
                },
                available_days: if retiree {
                    vec![0, 1, 2, 3, 4]
                } else {
                    vec![0, 4, 5, 6]
                },
                retiree,
                confirmed_on: confirmed.map(ago).unwrap_or_default(),
                ..Default::default()
            },
            false,
        )?;
    }
    // The youth movements, the school and the council itself.
    let organization = |org: &Id,
                        acts: Acts,
                        caps: &[usize],
                        main: &str,
                        equipment: &[(&str, f64, &str)],
                        contact: &str,
                        days: i64| {
        w.save_organization_readiness(
            org,
            &ReadinessInput {
                reach: reach(acts),
                scope_count: 30.0.into(),
                scope_unit: "מדריכים ומתנדבים".into(),
                main_program: main.into(),
                capabilities: caps.iter().map(|&i| capabilities[i].clone()).collect(),
                equipment: equipment
                    .iter()
                    .map(|&(kind, quantity, kept_at)| Equipment {
                        kind: kind.into(),
                        quantity: quantity.into(),
                        kept_at: kept_at.into(),
                    })
                    .collect(),
                contact_id: person(contact),
                confirmed_on: ago(days),
                ..Default::default()
            },
        )
    };
    organization(
        &orgs[1],
        Acts::Cluster(0),
        &[5, 6],
        "פעילות פנאי לילדים ובני נוער",
        &[("אוהלים", 6.0, "קן שבילים, כפר הגפן")],
        "תמר גולני",
        100,
    )?;
    organization(
        &orgs[2],
        Acts::Cluster(1),
        &[5, 6, 8],
        "פעילות פנאי והפגה",
        &[("ערכות הפעלה", 20.0, "קן המעיין")],
        "גיא סלעי",
        410,
    )?;
    organization(
        &orgs[3],
        Acts::Settlement(0, 0),
        &[3, 4],
        "למידה מרחוק",
        &[("מחשבים ניידים", 25.0, "בית הספר האלונים")],
        "ליאת צורי",
        60,
    )?;
    organization(
        &orgs[5],
        Acts::Council,
        &[7, 8],
        "לוגיסטיקה בחירום",
        &[
            ("גנרטורים", 4.0, "מחסן המועצה"),
            ("מיטות שדה", 40.0, "מחסן המועצה"),
        ],
        "יעלי סתוית",
        20,
    )?;
    Ok(())
}
