//! A fictional sample department, to explore Eshkol before entering real records.
//!
//! Every name, phone number and email here is invented: phone numbers have the shape of Israeli
//! numbers, emails are under example.org. The real people of the seed documents never appear.

mod emergency;
mod forums;
mod plan;
mod programs;
mod visits;

use self::{
    emergency::emergency,
    forums::{SampleForums, forums},
    plan::work_plan,
    programs::programs,
    visits::visits,
};
use crate::{
    directory::{
        ClusterInput, OrganizationInput, OrganizationKind, PersonInput, Region, SettlementInput,
        SettlementKind,
    },
    error::{Error, Result},
    model::*,
    store::Store,
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
    PEOPLE
        .iter()
        .position(|p| p.0 == name)
        .map(|i| people[i].clone())
}
