//! A deterministic large database, for benchmarks: a district's worth of records, or ten
//! years of a department's, written the way the app writes (through `Store::write`, so the
//! search index is kept by the same triggers).
//!
//! The same scale gives the same database, byte for byte in its content: ids, names, dates and
//! minutes come from a fixed-seed generator and a fixed clock, never from the machine's.
//! Every name, phone number and email is invented (emails under example.org).

use chrono::{Days, NaiveDate};
use rusqlite::params;

use crate::{error::Result, store::Store};

/// How many of each record to make.
#[derive(Clone, Copy, Debug, PartialEq, serde::Serialize)]
pub struct Scale {
    pub clusters: u32,
    pub settlements: u32,
    pub people: u32,
    pub forums: u32,
    pub meetings: u32,
    /// Action items and gaps together, half each.
    pub items: u32,
    pub visits: u32,
    /// Words in each meeting's minutes.
    pub minutes_words: u32,
    /// Emergency volunteers (people of the directory, so at most `people`).
    pub volunteers: u32,
    /// Organizations with emergency capabilities, besides the department and the movements.
    pub emergency_organizations: u32,
}

impl Scale {
    /// A hundred times a department: 5,000 settlements in 300 clusters, 20,000 people,
    /// 2,000 forums, 100,000 meetings with about 300 words of minutes each, 500,000 action
    /// items and gaps, 200,000 visits; 20,000 emergency volunteers and 2,000 organizations
    /// with emergency capabilities.
    pub const DISTRICT: Scale = Scale {
        clusters: 300,
        settlements: 5_000,
        people: 20_000,
        forums: 2_000,
        meetings: 100_000,
        items: 500_000,
        visits: 200_000,
        minutes_words: 300,
        volunteers: 20_000,
        emergency_organizations: 2_000,
    };

    /// The district scale times `factor` (each count at least one; minutes keep their length).
    pub fn times(self, factor: f64) -> Scale {
        let n = |v: u32| ((v as f64 * factor).round() as u32).max(1);
        Scale {
            clusters: n(self.clusters),
            settlements: n(self.settlements),
            people: n(self.people).max(n(self.clusters) + n(self.settlements) + 1),
            forums: n(self.forums),
            meetings: n(self.meetings),
            items: n(self.items),
            visits: n(self.visits),
            minutes_words: self.minutes_words,
            volunteers: n(self.volunteers),
            emergency_organizations: n(self.emergency_organizations),
        }
    }
}

/// The day the generated records end: meetings and visits lie before it, a few planned
/// meetings after it. Fixed, so the database does not depend on when it was made.
pub const GENERATED_UNTIL: NaiveDate = match NaiveDate::from_ymd_opt(2026, 11, 1) {
    Some(d) => d,
    None => panic!(),
};

const CREATED_AT: &str = "2026-09-01T06:00:00.000Z";
/// Rows written per transaction: big enough to be fast, small enough to keep the WAL short.
const BATCH: u32 = 20_000;

/// SplitMix64: small, fast, and the same everywhere.
struct Random(u64);

impl Random {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    fn below(&mut self, n: u32) -> u32 {
        (self.next() % n.max(1) as u64) as u32
    }
    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len() as u32) as usize]
    }
    /// A UUID v7 whose time part counts up from a fixed instant: sortable like real ones.
    fn id(&mut self, counter: &mut u64) -> String {
        *counter += 1;
        let mut bytes = [0u8; 10];
        bytes[..8].copy_from_slice(&self.next().to_le_bytes());
        bytes[8..].copy_from_slice(&self.next().to_le_bytes()[..2]);
        uuid::Builder::from_unix_timestamp_millis(1_788_000_000_000 + *counter, &bytes)
            .into_uuid()
            .to_string()
    }
}

const PLACE_FIRST: &[&str] = &[
    "כפר", "נווה", "גבעת", "שדה", "מעלה", "עין", "בית", "נחל", "מצפה", "גן", "רמת", "אפיק",
    "כרם", "מבוא", "אור", "טל",
];
const PLACE_SECOND: &[&str] = &[
    "הגפן", "אלון", "רימון", "תאנה", "הזית", "ארז", "שקד", "האלה", "ברוש", "צאלה", "חרוב", "הדס",
    "אורן", "תמר", "רקפת", "כלנית", "שיטה", "ורד", "יערה", "אשל", "לוטם", "נרקיס", "דקל",
    "סחלב", "ערבה",
];
const FIRST_NAMES: &[&str] = &[
    "רונית", "אבי", "נועה", "יוסי", "מיכל", "דני", "שירה", "עומר", "תמר", "איתי", "הילה", "גיל",
    "מאיה", "רועי", "ליאת", "אורי", "ענבל", "אלון", "נטע", "יונתן", "סיגל", "עידו", "דנה", "ניר",
    "אפרת", "אסף", "קרן", "משה", "רחל", "חיים", "שרה", "עמית", "יעל", "אריאל", "מורן", "בני",
    "ליה", "טל", "נדב", "הדר",
];
const LAST_NAMES: &[&str] = &[
    "כהן", "לוי", "מזרחי", "פרץ", "ביטון", "דהן", "אברהם", "פרידמן", "אזולאי", "מלכה", "גבאי",
    "שפירא", "בר", "אוחיון", "חדד", "קפלן", "רוזן", "גולן", "שטרן", "נחום", "ברק", "עמר",
    "טל", "אלון", "זהבי", "שלום", "יוסף", "דוד", "רבינוביץ", "אשכנזי",
];
const ROLES: &[&str] = &[
    "רכזת נוער", "רכז נוער", "מדריך", "מדריכה", "רכזת ישובית", "מנהלת בית ספר", "יועצת",
    "קב״ט", "רכז מתנדבים", "מזכיר ישוב", "רכזת תרבות", "עובדת סוציאלית",
];
const FORUM_KINDS: &[&str] = &[
    "פורום רכזי נוער", "ועדת היגוי", "פורום מנהלים", "צוות חינוך", "פורום הורים",
    "שולחן עגול", "פורום שותפויות", "צוות מוגנות",
];
/// Words of the minutes: the talk of a partnership forum.
const WORDS: &[&str] = &[
    "המועצה", "מועצה", "בית", "הספר", "הנוער", "נוער", "תנועת", "פעילות", "פעילויות", "הקיץ",
    "החורף", "מחנה", "טיול", "תקציב", "התקציב", "רכזת", "הרכז", "המדריכים", "מדריכים", "הורים",
    "ההורים", "ישוב", "הישוב", "אשכול", "האשכול", "שותפות", "השותפות", "פורום", "הפורום",
    "החלטה", "החלטנו", "לבדוק", "לתאם", "להעביר", "לקבוע", "פגישה", "הפגישה", "הבאה", "סיכום",
    "משימה", "משימות", "פער", "פערים", "מנגנון", "מענה", "צרכים", "הצרכים", "ילדים", "הילדים",
    "בני", "נוער", "בנות", "מוגנות", "בטיחות", "הסעות", "ההסעות", "מתנ״ס", "המתנ״ס", "קהילה",
    "הקהילה", "מתנדבים", "התנדבות", "שנת", "הלימודים", "תוכנית", "התוכנית", "עבודה", "שנתית",
    "יעדים", "היעדים", "מדדים", "הצלחה", "דיווח", "דוח", "נתונים", "השתתפות", "אחוז", "גבוה",
    "נמוך", "עלה", "ירד", "לעומת", "אשתקד", "השנה", "בחודש", "האחרון", "נציג", "נציגת", "משרד",
    "החינוך", "המחוז", "הרשות", "מנהל", "מנהלת", "המחלקה", "חינוך", "בלתי", "פורמלי", "עם", "על",
    "של", "את", "גם", "כי", "אך", "לא", "כן", "יש", "אין", "צריך", "חשוב", "מאוד", "הוצג", "הוצגה",
    "נדון", "נדונה", "הועלה", "הוחלט", "סוכם", "באחריות", "עד", "לתאריך", "עדכון", "בישיבה",
    "מליאה", "ועדה", "הוועדה", "יום", "שיא", "אירוע", "האירוע", "חגיגה", "טקס", "מסיבה", "סדנה",
    "הכשרה", "השתלמות", "ליווי", "הדרכה", "מרחב", "מועדון", "המועדון", "שיפוץ", "ציוד", "רכש",
];
const GAP_WORDS: &[&str] = &[
    "חסר מדריך בשכבה הצעירה",
    "אין הסעה לפעילות הערב",
    "המועדון סגור בחופשות",
    "מעט בנות משתתפות",
    "אין מענה לנוער בסיכון",
    "חסר תקציב לציוד",
];
const ACTION_WORDS: &[&str] = &[
    "לתאם פגישה עם ההורים",
    "להעביר דוח השתתפות",
    "לבדוק הצעת מחיר להסעות",
    "לקבוע מועד ליום שיא",
    "לפרסם קול קורא למדריכים",
    "לעדכן את רשימת אנשי הקשר",
];

impl Store {
    /// Fill an empty database with `scale`'s records. Deterministic: the same scale gives the
    /// same records. Written in batches of whole records, each batch one transaction.
    pub fn generate(&mut self, scale: Scale) -> Result<()> {
        let mut rng = Random(0x4553_4b4c);
        let mut counter = 0u64;
        let until = GENERATED_UNTIL;

        // Organizations: the department and the youth movements.
        let mut movements = Vec::new();
        let department = rng.id(&mut counter);
        self.write(|w| {
            w.tx.execute(
                "INSERT INTO organizations (id, name, kind, created_at, updated_at) VALUES (?1, ?2, 'department', ?3, ?3)",
                params![department, "מחלקת חינוך בלתי פורמלי – מחוז לדוגמה", CREATED_AT],
            )?;
            for i in 0..40 {
                let id = rng.id(&mut counter);
                w.tx.execute(
                    "INSERT INTO organizations (id, name, kind, created_at, updated_at) VALUES (?1, ?2, 'youth_movement', ?3, ?3)",
                    params![id, format!("תנועת הנוער ״{}״ {}", PLACE_SECOND[i % PLACE_SECOND.len()], i + 1), CREATED_AT],
                )?;
                movements.push(id);
            }
            w.set_setting("first_run_done", CREATED_AT)
        })?;

        // People first (without places), so clusters and settlements can name coordinators.
        let people: Vec<String> = (0..scale.people).map(|_| rng.id(&mut counter)).collect();
        let clusters: Vec<String> = (0..scale.clusters).map(|_| rng.id(&mut counter)).collect();
        let settlements: Vec<String> =
            (0..scale.settlements).map(|_| rng.id(&mut counter)).collect();
        for batch in people.chunks(BATCH as usize).enumerate() {
            let (b, ids) = batch;
            self.write(|w| {
                let mut insert = w.tx.prepare_cached(
                    "INSERT INTO people (id, full_name, role_title, organization_id, office_phone, mobile, email, created_at, updated_at)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?8)",
                )?;
                for (k, id) in ids.iter().enumerate() {
                    let i = b * BATCH as usize + k;
                    let name = format!("{} {}", rng.pick(FIRST_NAMES), rng.pick(LAST_NAMES));
                    let organization = if i % 5 == 0 {
                        &movements[i % movements.len()]
                    } else {
                        &department
                    };
                    let office = (i % 3 == 0).then(|| format!("+9724{:07}", rng.below(10_000_000)));
                    let mobile = format!("+97250{:07}", i);
                    let email = format!("person{i}@example.org");
                    insert.execute(params![
                        id,
                        name,
                        rng.pick(ROLES),
                        organization,
                        office,
                        mobile,
                        email,
                        CREATED_AT
                    ])?;
                }
                Ok(())
            })?;
        }

        // Clusters, each coordinated by one of the first people; settlements spread evenly.
        self.write(|w| {
            let regions = ["north", "center", "south", "other"];
            for (i, id) in clusters.iter().enumerate() {
                w.tx.execute(
                    "INSERT INTO clusters (id, name, region, coordinator_id, colour, created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6)",
                    params![id, format!("אשכול {} {}", PLACE_SECOND[i % PLACE_SECOND.len()], i + 1), regions[i % 4], people[i], format!("#{:06x}", rng.next() & 0x7f7f7f), CREATED_AT],
                )?;
                w.tx.execute(
                    "UPDATE people SET cluster_id = ?1, role_title = 'רכז/ת אשכול' WHERE id = ?2",
                    params![id, people[i]],
                )?;
            }
            let mut insert = w.tx.prepare_cached(
                "INSERT INTO settlements (id, name, kind, cluster_id, local_coordinator_id, children_count, children_participating, youth_count, youth_participating, created_at, updated_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?10)",
            )?;
            let kinds = ["kibbutz", "moshav", "community", "other"];
            let names = PLACE_FIRST.len() * PLACE_SECOND.len();
            for (i, id) in settlements.iter().enumerate() {
                let mut name = format!(
                    "{} {}",
                    PLACE_FIRST[i % PLACE_FIRST.len()],
                    PLACE_SECOND[(i / PLACE_FIRST.len()) % PLACE_SECOND.len()]
                );
                if i >= names {
                    name = format!("{name} {}", i / names + 1);
                }
                let coordinator = &people[clusters.len() + i];
                let children = 50 + rng.below(250);
                let youth = 30 + rng.below(200);
                insert.execute(params![
                    id,
                    name,
                    kinds[i % 4],
                    clusters[i % clusters.len()],
                    coordinator,
                    children,
                    children * (50 + rng.below(50)) / 100,
                    youth,
                    youth * (30 + rng.below(60)) / 100,
                    CREATED_AT
                ])?;
                w.tx.execute(
                    "UPDATE people SET settlement_id = ?1, cluster_id = ?2, role_title = 'רכז/ת ישובי/ת' WHERE id = ?3",
                    params![id, clusters[i % clusters.len()], coordinator],
                )?;
                w.tx.execute(
                    "INSERT INTO settlement_youth_movements (settlement_id, organization_id) VALUES (?1, ?2)",
                    params![id, movements[i % movements.len()]],
                )?;
            }
            Ok(())
        })?;

        // Forums with members, then their meetings going back from `until`, a month apart.
        let levels = [
            "ministry",
            "district",
            "authority",
            "school",
            "cluster",
            "settlement",
            "other",
        ];
        let cadences = ["weekly", "biweekly", "monthly", "monthly", "none"];
        let forums: Vec<String> = (0..scale.forums).map(|_| rng.id(&mut counter)).collect();
        self.write(|w| {
            let mut insert = w.tx.prepare_cached(
                "INSERT INTO forums (id, name, level, cadence, goals, member_roles, chair_id, created_at, updated_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?8)",
            )?;
            let mut member = w.tx.prepare_cached(
                "INSERT OR IGNORE INTO forum_members (forum_id, person_id, role) VALUES (?1, ?2, ?3)",
            )?;
            for (i, id) in forums.iter().enumerate() {
                let chair = &people[rng.below(scale.people) as usize];
                insert.execute(params![
                    id,
                    format!("{} – {}", FORUM_KINDS[i % FORUM_KINDS.len()], i + 1),
                    levels[i % levels.len()],
                    cadences[i % cadences.len()],
                    "לתאם את העבודה עם הנוער בישובים ולתת מענה לצרכים",
                    "רכזי נוער, נציגי תנועות, מנהלי בתי ספר",
                    chair,
                    CREATED_AT
                ])?;
                member.execute(params![id, chair, "יו״ר"])?;
                for _ in 0..7 {
                    member.execute(params![id, people[rng.below(scale.people) as usize], ""])?;
                }
            }
            Ok(())
        })?;

        let per_forum = scale.meetings.div_ceil(scale.forums);
        let mut meetings = Vec::with_capacity(scale.meetings as usize);
        for i in 0..scale.meetings {
            let forum = (i % scale.forums) as usize;
            let k = i / scale.forums;
            // The newest two of each forum are planned, in the weeks after `until`.
            let date = if per_forum >= 3 && k + 2 >= per_forum {
                until + Days::new(u64::from(7 * (per_forum - k) + forum as u32 % 7))
            } else {
                until - Days::new(u64::from(30 * (per_forum - k) + forum as u32 % 28))
            };
            meetings.push((rng.id(&mut counter), forum, date));
        }
        // Items and visits are spread over the held meetings and over the settlements.
        let held: Vec<usize> = (0..meetings.len())
            .filter(|&m| meetings[m].2 <= until)
            .collect();
        let mut item_index = 0u32;
        for chunk in meetings.chunks(BATCH as usize / 10) {
            self.write(|w| {
                let mut insert = w.tx.prepare_cached(
                    "INSERT INTO meetings (id, forum_id, date, start_time, place, status, minutes, created_at, updated_at)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?8)",
                )?;
                let mut decision = w.tx.prepare_cached(
                    "INSERT INTO decisions (id, meeting_id, number, text, created_at, updated_at) VALUES (?1, ?2, 1, ?3, ?4, ?4)",
                )?;
                for (id, forum, date) in chunk {
                    let held = *date <= until;
                    let minutes = if held {
                        let mut text = String::with_capacity(scale.minutes_words as usize * 8);
                        for n in 0..scale.minutes_words {
                            text.push_str(rng.pick(WORDS));
                            text.push_str(if n % 15 == 14 { ".\n" } else { " " });
                        }
                        text
                    } else {
                        String::new()
                    };
                    insert.execute(params![
                        id,
                        forums[*forum],
                        date.to_string(),
                        format!("{:02}:{:02}", 8 + rng.below(10), [0, 30][rng.below(2) as usize]),
                        "חדר הישיבות במועצה",
                        if held { "held" } else { "planned" },
                        minutes,
                        CREATED_AT
                    ])?;
                    if held {
                        decision.execute(params![
                            rng.id(&mut counter),
                            id,
                            format!("{} {}", rng.pick(ACTION_WORDS), rng.pick(WORDS)),
                            CREATED_AT
                        ])?;
                    }
                }
                Ok(())
            })?;
        }

        while item_index < scale.items {
            let end = (item_index + BATCH).min(scale.items);
            self.write(|w| {
                let mut action = w.tx.prepare_cached(
                    "INSERT INTO action_items (id, meeting_id, what, owner_id, due_date, status, done_on, created_at, updated_at)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?8)",
                )?;
                let mut gap = w.tx.prepare_cached(
                    "INSERT INTO gaps (id, meeting_id, what, raised_by, mechanism, owner_id, status, resolved_on, created_at, updated_at)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?9)",
                )?;
                for i in item_index..end {
                    let (meeting, _, date) = &meetings[held[i as usize % held.len()]];
                    let owner = &people[rng.below(scale.people) as usize];
                    // One in ten stays open; the rest were done or resolved along the way.
                    let open = rng.below(10) == 0;
                    if i % 2 == 0 {
                        let due = *date + Days::new(14 + u64::from(rng.below(60)));
                        action.execute(params![
                            rng.id(&mut counter),
                            meeting,
                            rng.pick(ACTION_WORDS),
                            owner,
                            due.to_string(),
                            if open { "open" } else { "done" },
                            (!open).then(|| due.to_string()),
                            CREATED_AT
                        ])?;
                    } else {
                        let resolved = *date + Days::new(30 + u64::from(rng.below(90)));
                        gap.execute(params![
                            rng.id(&mut counter),
                            meeting,
                            rng.pick(GAP_WORDS),
                            "רכזי הנוער",
                            "פורום האשכול",
                            owner,
                            if open { ["open", "in_handling"][rng.below(2) as usize] } else { "resolved" },
                            (!open).then(|| resolved.to_string()),
                            CREATED_AT
                        ])?;
                    }
                }
                Ok(())
            })?;
            item_index = end;
        }

        let purposes = [
            "00000000-0000-7000-8000-000000000001",
            "00000000-0000-7000-8000-000000000002",
            "00000000-0000-7000-8000-000000000003",
            "00000000-0000-7000-8000-000000000004",
            "00000000-0000-7000-8000-000000000005",
            "00000000-0000-7000-8000-000000000006",
        ];
        let mut visit = 0u32;
        while visit < scale.visits {
            let end = (visit + BATCH).min(scale.visits);
            self.write(|w| {
                let mut insert = w.tx.prepare_cached(
                    "INSERT INTO visits (id, settlement_id, date, purpose_id, people_met, summary, sensitive_notes, created_at, updated_at)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?8)",
                )?;
                let mut staff = w.tx.prepare_cached(
                    "INSERT OR IGNORE INTO visit_staff (visit_id, person_id) VALUES (?1, ?2)",
                )?;
                for i in visit..end {
                    let id = rng.id(&mut counter);
                    let settlement = (i % scale.settlements) as usize;
                    // Most settlements were visited lately; one in twenty not for months.
                    let back = if settlement % 20 == 0 {
                        120 + rng.below(3_000)
                    } else {
                        rng.below(3_650)
                    };
                    let mut summary = String::new();
                    for _ in 0..40 {
                        summary.push_str(rng.pick(WORDS));
                        summary.push(' ');
                    }
                    insert.execute(params![
                        id,
                        settlements[settlement],
                        (until - Days::new(u64::from(back))).to_string(),
                        purposes[rng.below(purposes.len() as u32) as usize],
                        "הרכזת הישובית ומדריכי השכבה",
                        summary.trim_end(),
                        if i % 50 == 0 { "שיחה אישית עם נער – פרטים אצל הרכזת" } else { "" },
                        CREATED_AT
                    ])?;
                    // The cluster's coordinator, sometimes with the settlement's own.
                    let cluster = settlement % clusters.len();
                    staff.execute(params![id, people[cluster]])?;
                    if i % 3 == 0 {
                        staff.execute(params![id, people[clusters.len() + settlement]])?;
                    }
                }
                Ok(())
            })?;
            visit = end;
        }
        self.generate_emergency(scale, &mut rng, &mut counter, &people, &clusters, &settlements)
    }

    /// Emergency readiness: forty capabilities, ten under each emergency cluster; volunteers
    /// from the first people, each acting in a settlement or two (most), a cluster, or the
    /// whole council, with one to four capabilities; and organizations alike, with equipment.
    fn generate_emergency(
        &mut self,
        scale: Scale,
        rng: &mut Random,
        counter: &mut u64,
        people: &[String],
        clusters: &[String],
        settlements: &[String],
    ) -> Result<()> {
        if scale.volunteers == 0 && scale.emergency_organizations == 0 {
            return Ok(());
        }
        let kinds = ["emotional", "pedagogical", "social", "non_professional"];
        let capabilities: Vec<String> = (0..40).map(|_| rng.id(counter)).collect();
        let confirmed = |rng: &mut Random| (GENERATED_UNTIL - Days::new(u64::from(rng.below(730)))).to_string();
        self.write(|w| {
            for (i, id) in capabilities.iter().enumerate() {
                w.tx.execute(
                    "INSERT INTO emergency_capabilities (id, name, emergency_cluster, created_at, updated_at)
                     VALUES (?1, ?2, ?3, ?4, ?4)",
                    params![id, format!("{} {}", rng.pick(ACTION_WORDS), i + 1), kinds[i % 4], CREATED_AT],
                )?;
            }
            Ok(())
        })?;
        let volunteers = scale.volunteers.min(people.len() as u32) as usize;
        for (b, chunk) in people[..volunteers].chunks(BATCH as usize).enumerate() {
            self.write(|w| {
                let mut insert = w.tx.prepare_cached(
                    "INSERT INTO volunteers (person_id, home_settlement_id, whole_council, availability, available_days,
                                             retiree, confirmed_on, created_at, updated_at)
                     VALUES (?1, ?2, ?3, 'ערבים', '0123', ?4, ?5, ?6, ?6)",
                )?;
                let mut settlement = w.tx.prepare_cached(
                    "INSERT OR IGNORE INTO volunteer_settlements (person_id, settlement_id) VALUES (?1, ?2)",
                )?;
                let mut cluster = w.tx.prepare_cached(
                    "INSERT OR IGNORE INTO volunteer_clusters (person_id, cluster_id) VALUES (?1, ?2)",
                )?;
                let mut capability = w.tx.prepare_cached(
                    "INSERT OR IGNORE INTO volunteer_capabilities (person_id, capability_id) VALUES (?1, ?2)",
                )?;
                for (k, person) in chunk.iter().enumerate() {
                    let i = b * BATCH as usize + k;
                    let home = rng.below(settlements.len() as u32) as usize;
                    let reach = rng.below(10);
                    insert.execute(params![
                        person,
                        settlements[home],
                        reach == 0,
                        i % 7 == 0,
                        confirmed(rng),
                        CREATED_AT
                    ])?;
                    if reach >= 4 {
                        settlement.execute(params![person, settlements[home]])?;
                        if reach >= 8 {
                            let other = rng.below(settlements.len() as u32) as usize;
                            settlement.execute(params![person, settlements[other]])?;
                        }
                    } else if reach >= 1 {
                        cluster.execute(params![person, clusters[home % clusters.len()]])?;
                    }
                    for _ in 0..=rng.below(4) {
                        capability.execute(params![person, capabilities[rng.below(40) as usize]])?;
                    }
                }
                Ok(())
            })?;
        }
        self.write(|w| {
            for i in 0..scale.emergency_organizations as usize {
                let id = rng.id(counter);
                w.tx.execute(
                    "INSERT INTO organizations (id, name, kind, created_at, updated_at) VALUES (?1, ?2, 'partner', ?3, ?3)",
                    params![id, format!("עמותת {} {}", PLACE_FIRST[i % PLACE_FIRST.len()], i + 1), CREATED_AT],
                )?;
                let home = rng.below(settlements.len() as u32) as usize;
                let reach = rng.below(20);
                w.tx.execute(
                    "INSERT INTO organization_readiness (organization_id, whole_council, scope_count, scope_unit, main_program,
                                                         contact_id, confirmed_on, created_at, updated_at)
                     VALUES (?1, ?2, ?3, 'מתנדבים', ?4, ?5, ?6, ?7, ?7)",
                    params![
                        id,
                        reach < 3,
                        10 + rng.below(200),
                        rng.pick(ACTION_WORDS),
                        people[rng.below(people.len() as u32) as usize],
                        confirmed(rng),
                        CREATED_AT
                    ],
                )?;
                if reach >= 10 {
                    for _ in 0..=rng.below(5) {
                        let s = (home + rng.below(20) as usize) % settlements.len();
                        w.tx.execute(
                            "INSERT OR IGNORE INTO organization_settlements (organization_id, settlement_id) VALUES (?1, ?2)",
                            params![id, settlements[s]],
                        )?;
                    }
                } else if reach >= 3 {
                    w.tx.execute(
                        "INSERT INTO organization_clusters (organization_id, cluster_id) VALUES (?1, ?2)",
                        params![id, clusters[home % clusters.len()]],
                    )?;
                }
                for _ in 0..=1 + rng.below(5) {
                    w.tx.execute(
                        "INSERT OR IGNORE INTO organization_capabilities (organization_id, capability_id) VALUES (?1, ?2)",
                        params![id, capabilities[rng.below(40) as usize]],
                    )?;
                }
                w.tx.execute(
                    "INSERT INTO organization_equipment (id, organization_id, kind, quantity, kept_at, position, created_at, updated_at)
                     VALUES (?1, ?2, 'גנרטור', ?3, 'מחסן', 0, ?4, ?4)",
                    params![rng.id(counter), id, 1 + rng.below(5), CREATED_AT],
                )?;
            }
            Ok(())
        })
    }
}
