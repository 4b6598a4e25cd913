//! A fictional sample department, to explore Eshkol before entering real records.
//!
//! Every name, phone number and email here is invented: phone numbers have the shape of Israeli
//! numbers, emails are under example.org. The real people of the seed documents never appear.

use crate::{
    directory::{
        ClusterInput, OrganizationInput, OrganizationKind, PersonInput, Region, Sector,
        SettlementInput, SettlementKind,
    },
    emergency::{CapabilityInput, Equipment, Reach, ReadinessInput, VolunteerInput},
    error::{Error, Result},
    model::*,
    store::{Store, Writer},
};

/// What loading the sample department created.
#[derive(Clone, Copy, Debug, serde::Serialize)]
pub struct SampleSummary {
    pub clusters: usize,
    pub settlements: usize,
    pub organizations: usize,
    pub people: usize,
}

const ORGANIZATIONS: &[(&str, OrganizationKind)] = &[
    (
        "מחלקת חינוך בלתי פורמלי – מועצה אזורית עמק הגפן",
        OrganizationKind::Department,
    ),
    ("תנועת הנוער ״שבילים״", OrganizationKind::YouthMovement),
    ("תנועת הנוער ״המעיין״", OrganizationKind::YouthMovement),
    ("בית הספר היסודי ״האלונים״", OrganizationKind::School),
    ("מחוז צפון – משרד החינוך", OrganizationKind::District),
    ("מועצה אזורית עמק הגפן", OrganizationKind::Authority),
];

/// Cluster name, region, colour, and its settlements (name, kind, children, taking part, youth, taking part).
type SettlementSeed = (&'static str, SettlementKind, u32, u32, u32, u32);
const CLUSTERS: &[(&str, Region, &str, &[SettlementSeed])] = &[
    (
        "אשכול צפון",
        Region::North,
        "#2f7d4f",
        &[
            ("כפר הגפן", SettlementKind::Kibbutz, 180, 152, 120, 74),
            ("נווה אלון", SettlementKind::Moshav, 140, 113, 95, 55),
            ("גבעת רימון", SettlementKind::Community, 210, 171, 130, 81),
            ("שדה תאנה", SettlementKind::Moshav, 95, 80, 60, 33),
        ],
    ),
    (
        "אשכול מרכז",
        Region::Center,
        "#7a3fa0",
        &[
            ("אפיק הזית", SettlementKind::Kibbutz, 160, 138, 100, 62),
            ("מעלה ארז", SettlementKind::Community, 230, 186, 150, 88),
            ("כרם שקד", SettlementKind::Moshav, 120, 97, 85, 49),
            ("בית האלה", SettlementKind::Kibbutz, 105, 90, 70, 45),
        ],
    ),
    (
        "אשכול דרום",
        Region::South,
        "#b5562c",
        &[
            ("נחל ברוש", SettlementKind::Moshav, 130, 104, 90, 52),
            ("עין צאלה", SettlementKind::Kibbutz, 150, 127, 110, 70),
            ("מצפה חרוב", SettlementKind::Community, 190, 150, 125, 72),
            ("גן הדס", SettlementKind::Moshav, 85, 70, 55, 30),
        ],
    ),
];

/// Where a sample person belongs.
#[derive(Clone, Copy)]
enum Place {
    Department,
    Cluster(usize),
    /// Cluster index and settlement index within it; the person is its local coordinator.
    Settlement(usize, usize),
    Movement(usize),
}

/// Name, role title, office phone, mobile, email, where they belong.
const PEOPLE: &[(&str, &str, &str, &str, &str, Place)] = &[
    (
        "מיכל אבירם",
        "מנהלת המחלקה",
        "04-5550101",
        "050-5550101",
        "michal.aviram@example.org",
        Place::Department,
    ),
    (
        "דנה שחרור",
        "רכזת מפעלים",
        "04-5550102",
        "050-5550102",
        "dana.s@example.org",
        Place::Department,
    ),
    (
        "הילה ברקאי",
        "רכזת אשכול צפון",
        "04-5550103",
        "054-5550103",
        "north.cluster@example.org",
        Place::Cluster(0),
    ),
    (
        "אורי גלבועי",
        "רכז אשכול מרכז",
        "",
        "052-5550104",
        "center.cluster@example.org",
        Place::Cluster(1),
    ),
    (
        "עומר נחמני",
        "רכז אשכול דרום",
        "",
        "052-5550105",
        "south.cluster@example.org",
        Place::Cluster(2),
    ),
    (
        "יעלי סתוית",
        "מנהלת הרשות לביטחון קהילתי",
        "04-5550106",
        "054-5550106",
        "yaeli.s@example.org",
        Place::Department,
    ),
    (
        "שירה אלמוגי",
        "רכזת תוכנית מניעה",
        "",
        "054-5550107",
        "shira.a@example.org",
        Place::Department,
    ),
    (
        "איתי רגבים",
        "מנהל מרכז הדרכה",
        "",
        "052-5550108",
        "itay.r@example.org",
        Place::Department,
    ),
    (
        "ראמי חדאד",
        "רכז תוכנית מנהיגות נוער",
        "",
        "054-5550109",
        "rami.h@example.org",
        Place::Department,
    ),
    (
        "תמר גולני",
        "רכזת תנועת ״שבילים״",
        "",
        "052-5550110",
        "tamar.g@example.org",
        Place::Movement(1),
    ),
    (
        "גיא סלעי",
        "רכז תנועת ״המעיין״",
        "",
        "054-5550111",
        "guy.s@example.org",
        Place::Movement(2),
    ),
    (
        "ליאת צורי",
        "רכזת חינוך יישובית",
        "",
        "050-5550112",
        "liat.z@example.org",
        Place::Settlement(0, 0),
    ),
    (
        "נגה פרידלר",
        "רכזת חינוך יישובית",
        "",
        "052-5550113",
        "noga.f@example.org",
        Place::Settlement(0, 2),
    ),
    (
        "עידו ארבלי",
        "רכז חינוך יישובי",
        "",
        "054-5550114",
        "ido.a@example.org",
        Place::Settlement(1, 0),
    ),
    (
        "מאיה שגיב",
        "רכזת חינוך יישובית",
        "",
        "050-5550115",
        "maya.s@example.org",
        Place::Settlement(1, 1),
    ),
    (
        "אסף דגנית",
        "רכז חינוך יישובי",
        "",
        "052-5550116",
        "asaf.d@example.org",
        Place::Settlement(1, 3),
    ),
    (
        "רותם קדמוני",
        "רכזת חינוך יישובית",
        "",
        "054-5550117",
        "rotem.k@example.org",
        Place::Settlement(2, 1),
    ),
    (
        "ענבל נויפלד",
        "רכזת חינוך יישובית",
        "",
        "050-5550118",
        "inbal.n@example.org",
        Place::Settlement(2, 2),
    ),
    (
        "יונתן אלוני",
        "מדריך נוער",
        "",
        "052-5550119",
        "yonatan.a@example.org",
        Place::Settlement(0, 1),
    ),
    (
        "סהר מזרחי-לב",
        "מדריכת ילדים",
        "",
        "054-5550120",
        "sahar.m@example.org",
        Place::Settlement(2, 3),
    ),
];

impl Store {
    /// Fill an empty database with the fictional sample department, all in one transaction.
    pub fn load_sample(&mut self) -> Result<SampleSummary> {
        if !self.counts()?.is_empty() {
            return Err(Error::NotEmpty);
        }
        self.write(|w| {
            let orgs = ORGANIZATIONS
                .iter()
                .map(|&(name, kind)| {
                    w.save_organization(
                        None,
                        &OrganizationInput {
                            name: name.into(),
                            kind: Some(kind),
                            sector: None,
                            notes: String::new(),
                        },
                    )
                })
                .collect::<Result<Vec<_>>>()?;
            let movements = vec![orgs[1].clone(), orgs[2].clone()];
            let mut clusters = Vec::new();
            let mut settlements = Vec::new();
            for (ci, &(name, region, colour, seeds)) in CLUSTERS.iter().enumerate() {
                let cluster = w.save_cluster(
                    None,
                    &ClusterInput {
                        name: name.into(),
                        region: Some(region),
                        colour: Some(colour.into()),
                        ..Default::default()
                    },
                )?;
                let mut ids = Vec::new();
                for (si, &(name, kind, children, children_in, youth, youth_in)) in
                    seeds.iter().enumerate()
                {
                    ids.push(w.save_settlement(
                        None,
                        &SettlementInput {
                            name: name.into(),
                            kind: Some(kind),
                            cluster_id: Some(cluster.clone()),
                            children_count: children.into(),
                            children_participating: children_in.into(),
                            youth_count: youth.into(),
                            youth_participating: youth_in.into(),
                            youth_movement_ids: vec![movements[(ci + si) % 2].clone()],
                            ..Default::default()
                        },
                    )?);
                }
                clusters.push(cluster);
                settlements.push(ids);
            }
            let mut people = Vec::new();
            for &(name, role, office, mobile, email, place) in PEOPLE {
                let mut person = PersonInput {
                    full_name: name.into(),
                    role_title: role.into(),
                    organization_id: Some(orgs[0].clone()),
                    office_phone: office.into(),
                    mobile: mobile.into(),
                    email: email.into(),
                    ..Default::default()
                };
                match place {
                    Place::Department => {}
                    Place::Cluster(c) => person.cluster_id = Some(clusters[c].clone()),
                    Place::Settlement(c, s) => {
                        person.cluster_id = Some(clusters[c].clone());
                        person.settlement_id = Some(settlements[c][s].clone());
                    }
                    Place::Movement(o) => person.organization_id = Some(orgs[o].clone()),
                }
                let id = w.save_person(None, &person, false)?;
                people.push(id.clone());
                match place {
                    Place::Cluster(c) => w.set_cluster_coordinator(&clusters[c], &id)?,
                    Place::Settlement(c, s) if role.starts_with("רכז") => {
                        w.set_local_coordinator(&settlements[c][s], &id)?
                    }
                    _ => {}
                }
            }
            emergency(w, &orgs, &clusters, &settlements, &people)?;
            let forums = forums(w, &people)?;
            visits(w, &settlements, &people)?;
            let retention = programs(w, &orgs, &clusters, &settlements, &people, &forums)?;
            work_plan(w, &people, &forums, &retention)?;
            w.set_setting("first_run_done", &chrono::Utc::now().to_rfc3339())?;
            Ok(SampleSummary {
                clusters: clusters.len(),
                settlements: settlements.iter().map(Vec::len).sum(),
                organizations: orgs.len(),
                // The department's people and the volunteers who joined them.
                people: w
                    .tx
                    .query_row("SELECT count(*) FROM people", [], |r| r.get::<_, i64>(0))?
                    as usize,
            })
        })
    }
}

/// The id of one of `PEOPLE`, by name, among `people` (their ids, in `PEOPLE`'s order).
fn person_of(people: &[Id], name: &str) -> Option<Id> {
    PEOPLE.iter().position(|p| p.0 == name).map(|i| people[i].clone())
}

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
fn emergency(
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
            w.save_capability(
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
        w.save_readiness(
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

/// Three programs shaped like the seeds' (a regional STEM initiative with a tri-sector
/// partnership, regional music education, and a city's retention model), their moves and
/// figures, and a hosted delegation with its itinerary.
fn programs(
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
        ("מרכז אזורי ללימודי פיזיקה וכימיה ב־5 יח״ל", 200, MoveStatus::Planned),
        ("מגמות אזוריות במקצועות המדעים", -400, MoveStatus::Done),
    ] {
        w.save_move(
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
        w.save_figures(
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
    figures(&stem, year, &settlements[0][0], AgeBand::High, [48, 31, 0, 0])?;
    figures(&stem, year, &settlements[1][1], AgeBand::High, [62, 40, 0, 0])?;
    figures(&stem, year - 1, &settlements[0][0], AgeBand::High, [45, 26, 22, 20])?;

    w.save_program(
        None,
        &ProgramInput {
            name: "חינוך מוסיקלי אזורי".into(),
            kind: Some(ProgramKind::Enrichment),
            goal: "חינוך מוסיקלי שרמתו משתווה לזו שבמרכז הארץ, בשיתוף בין מרכזי המוסיקה ברשויות".into(),
            axes: vec![
                axis("פורום אזורי של מנהלי קונסרבטוריונים", ""),
                axis("גופי ביצוע אזוריים", "התזמורת הקאמרית הצעירה, לתלמידים מצטיינים"),
                axis("פיתוח מקצועי למורים למוסיקה", ""),
            ],
            coordinator_id: person("דנה שחרור"),
            partners: vec![
                existing(0, PartnerRole::Operator),
                new("האקדמיה למוסיקה ולמחול בירושלים", Sector::ThirdSector, PartnerRole::Academic),
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
    figures(&retention, year, &settlements[0][1], AgeBand::Middle, [30, 22, 0, 0])?;
    figures(&retention, year, &settlements[0][2], AgeBand::High, [40, 27, 0, 0])?;
    figures(&retention, year - 1, &settlements[0][1], AgeBand::Middle, [28, 20, 18, 15])?;

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
    w.add_follow_up(
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

/// The sample department's work plan, on seed 000's three department goals: objectives, this
/// year's tasks (one late), indicators counted from the sample's own records and one typed.
fn work_plan(w: &Writer<'_>, people: &[Id], sample_forums: &SampleForums, retention: &Id) -> Result<()> {
    use crate::plan::{
        Direction, Frequency, GoalInput, IndicatorInput, PlanPart, Source, Split, TaskInput,
        TaskStatus, WorkPlanInput,
    };
    let person = |name: &str| person_of(people, name);
    let today = crate::today();
    let year = crate::forums::school_year(today);
    let plan = w.save_plan(
        None,
        &WorkPlanInput {
            name: "תוכנית העבודה של המחלקה".into(),
            first_year: year,
            last_year: year + 2,
            assessment: "רוב היישובים מבוקרים לפחות פעם בחודש, אך שניים מהם לא בוקרו מאז תחילת השנה.\n\
                         פורומי הרשות נפגשים בתדירות נמוכה מהנדרש, והתיאום בין תנועות הנוער לבתי הספר חלקי.\n\
                         בשנה הקרובה נדרש לחזק את הליווי המקצועי של הרכזים ואת המענה לנוער בסיכון."
                .into(),
            assessed_on: (today - chrono::Duration::days(40)).format("%Y-%m-%d").to_string(),
        },
    )?;
    let goal = |name: &str| {
        w.save_goal(
            PlanPart::Goal,
            &plan,
            None,
            &GoalInput {
                name: name.into(),
                description: String::new(),
            },
        )
    };
    let objective = |goal: &Id, name: &str| {
        w.save_goal(
            PlanPart::Objective,
            goal,
            None,
            &GoalInput {
                name: name.into(),
                description: String::new(),
            },
        )
    };
    let task = |objective: &Id, what: &str, owner: &str, quarter: u8, status: TaskStatus| {
        w.save_task(
            objective,
            None,
            &TaskInput {
                what: what.into(),
                owner_id: person(owner),
                school_year: year,
                quarter: Some(quarter),
                status: Some(status),
                ..Default::default()
            },
        )
    };
    let indicator = |goal: &Id, objective: Option<&Id>, name: &str, change: &dyn Fn(&mut IndicatorInput)| {
        let mut input = IndicatorInput {
            goal_id: goal.clone(),
            objective_id: objective.cloned(),
            name: name.into(),
            baseline: 0.0.into(),
            target: 100.0.into(),
            direction: Some(Direction::Increase),
            frequency: Some(Frequency::Quarterly),
            owner_id: person("מיכל אבירם"),
            ..Default::default()
        };
        change(&mut input);
        w.save_indicator(None, &input)
    };

    let answer = goal("מענה חינוכי, חברתי וקהילתי לכל ילד, ילדה ובני נוער")?;
    let visits = objective(&answer, "כל יישוב מבוקר לפחות פעם בחודש")?;
    task(&visits, "סבב ביקורים בכל יישובי האשכולות", "מיכל אבירם", crate::plan::measure::quarter_of(today), TaskStatus::UnderWay)?;
    task(&visits, "מיפוי צרכים עם הרכזים היישוביים", "ליבי אשכנזי", 1, TaskStatus::Done)?;
    indicator(&answer, Some(&visits), "יישובים שבוקרו ב־30 הימים האחרונים", &|i| {
        i.source = Some(Source::SettlementsVisited);
        i.unit = "יישובים".into();
        i.baseline = 3.0.into();
        i.target = 8.0.into();
        i.split = Some(Split::Cluster);
    })?;
    indicator(&answer, None, "שיעור הנשירה מבתי הספר", &|i| {
        i.unit = "%".into();
        i.baseline = 6.0.into();
        i.target = 4.0.into();
        i.direction = Some(Direction::Decrease);
        i.frequency = Some(Frequency::Yearly);
        i.owner_id = person("שירה אלמוגי");
    })?;

    let body = goal("גוף מקצועי מייסד, מנחה ומלווה")?;
    let forums = objective(&body, "הפורומים ברשות נפגשים כסדרם ומקדמים את החלטותיהם")?;
    task(&forums, "כנס פתיחת שנה לרכזים", "מיכל אבירם", 1, TaskStatus::Planned)?;
    task(&forums, "הכשרה למובילי הפורומים", "שירה אלמוגי", 3, TaskStatus::Planned)?;
    indicator(&body, Some(&forums), "מפגשי הפורומים מול התדירות שנקבעה", &|i| {
        i.source = Some(Source::MeetingsHeld);
        i.unit = "%".into();
        i.baseline = 60.0.into();
        i.target = 90.0.into();
    })?;
    indicator(&body, Some(&forums), "מפגשי פורום השותפים הרשותי", &|i| {
        i.source = Some(Source::MeetingsHeld);
        i.forum_id = Some(sample_forums.authority.clone());
        i.unit = "%".into();
        i.baseline = 50.0.into();
        i.target = 100.0.into();
        i.frequency = Some(Frequency::Yearly);
    })?;
    indicator(&body, Some(&forums), "משימות המשך שבוצעו בזמן", &|i| {
        i.source = Some(Source::ActionsOnTime);
        i.unit = "%".into();
        i.baseline = 50.0.into();
        i.target = 80.0.into();
    })?;

    let whole = goal("ראייה הוליסטית הכוללת מניעה וסיכון")?;
    let risk = objective(&whole, "מענה לנוער בסיכון ומוכנות לחירום בכל יישוב")?;
    task(&risk, "עדכון מאגר המתנדבים לחירום", "חיים זיו", 2, TaskStatus::Planned)?;
    indicator(&whole, Some(&risk), "מתנדבים שאישרו את פרטיהם השנה", &|i| {
        i.source = Some(Source::VolunteersConfirmed);
        i.unit = "מתנדבים".into();
        i.baseline = 4.0.into();
        i.target = 12.0.into();
        i.frequency = Some(Frequency::Yearly);
    })?;
    indicator(&whole, Some(&risk), "משתתפים במודל ההתמדה", &|i| {
        i.source = Some(Source::ProgramParticipants);
        i.program_id = Some(retention.clone());
        i.unit = "ילדים ובני נוער".into();
        i.baseline = 40.0.into();
        i.target = 80.0.into();
        i.frequency = Some(Frequency::Yearly);
    })?;
    Ok(())
}

/// The sample's forums that other areas point at: the authority's partnership forum.
struct SampleForums {
    authority: Id,
}

/// The sample department's forums, as seed 001 frames them and seed 000's department runs
/// them: the authority's partnership forum, with one meeting held and its minutes approved
/// (decisions, action items of every state, a gap raised) and the next one planned; and the
/// north cluster's coordinators' forum, meeting next week.
fn forums(w: &Writer<'_>, people: &[Id]) -> Result<SampleForums> {
    use crate::forums::{
        ActionItemInput, ActionStatus, AgendaItemInput, AttendanceStatus, CadenceKind,
        DecisionInput, ForumInput, ForumLevel, GapInput, MeetingInput, MeetingStatus,
        MemberInput, Template,
    };
    let person = |name: &str| person_of(people, name).expect("a person of the sample");
    let member = |name: &str, role: &str| MemberInput {
        person_id: person(name),
        role: role.into(),
    };
    let today = crate::today();
    let on = |days: i64| (today + chrono::Duration::days(days)).format("%Y-%m-%d").to_string();

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
            member_roles: "מנהלת המחלקה\nרכזי האשכולות\nנציגי תנועות הנוער\nהרשות לביטחון קהילתי".into(),
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
        w.tx.execute("UPDATE forums SET created_at = ?2 WHERE id = ?1", rusqlite::params![forum, opened])?;
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
    action("להפיץ לרכזים את לוח הפעילות המשותף", "דנה שחרור", -7, &opening)?;
    action("לתאם עם מחוז צפון מפגש על פעילות הערב", "יעלי סתוית", 12, &evening)?;
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
    w.set_action_status(&sent, ActionStatus::Done, today - chrono::Duration::days(16))?;

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

/// The sample's visits of the last months: most settlements visited, two never (the home
/// screen's list of settlements not visited lately has something to show), one visit with a
/// follow-up.
fn visits(w: &Writer<'_>, settlements: &[Vec<Id>], people: &[Id]) -> Result<()> {
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
        ((0, 0), 5, LOCAL_COORDINATOR, "הילה ברקאי", "ליאת צורי", "תכנון פעילות החנוכה עם הרכזת"),
        ((0, 2), 12, YOUTH_MOVEMENT, "הילה ברקאי", "תמר גולני", "ביקור בשבט ״שבילים״; חסרים מדריכים לשכבה ו׳"),
        ((1, 0), 20, EDUCATION_TEAM, "אורי גלבועי", "צוות החינוך היישובי", "היערכות לפתיחת המועדונית"),
        ((1, 1), 45, LOCAL_COORDINATOR, "אורי גלבועי", "", "שיחת היכרות עם הרכז החדש"),
        ((1, 2), 70, YOUTH_MOVEMENT, "מיכל אבירם", "גיא סלעי", ""),
        ((2, 0), 3, LOCAL_COORDINATOR, "עומר נחמני", "", "הרכזת מבקשת סיוע בגיוס מתנדבים לחירום"),
    ] {
        let visit = w.save_visit(
            None,
            &VisitInput {
                settlement_id: settlements[c][s].clone(),
                date: (today - chrono::Duration::days(days)).format("%Y-%m-%d").to_string(),
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
                due_date: (today + chrono::Duration::days(10)).format("%Y-%m-%d").to_string(),
                agenda_item_id: None,
            },
        )?;
    }
    Ok(())
}
