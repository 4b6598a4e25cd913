//! Every list, report and home-screen query through the core API, each beside a hand-written
//! raw SQL query that reads the same rows on the same connection (the limit); then search,
//! the contact-sheet PDF and a CSV import.

use std::{
    path::Path,
    time::{Duration, Instant},
};

use eshkol_core::{
    Store,
    directory::import::ImportSession,
    documents::sheet::SheetOptions,
    emergency::{EmergencyCluster, HelpQuery},
    forums::{ActionFilter, ActionStatus},
    search::SearchQuery,
    visits::CoverageFilter,
};
use rusqlite::{Connection, Params, types::Value};

use crate::{Result, verdict};

/// Target for each interactive query's 95th percentile, and its multiple of raw SQL.
const QUERY_LIMIT_MS: f64 = 10.0;
const RAW_MULTIPLE: f64 = 2.0;
const SEARCH_LIMIT_MS: f64 = 50.0;
const SHEET_LIMIT_MS: f64 = 1000.0;

/// How much to measure.
#[derive(Clone, Copy)]
pub struct Settings {
    /// Rows in the CSV whose import is timed.
    pub import_rows: usize,
    /// Each figure from a couple of runs, not two seconds' worth: for the smoke test.
    pub quick: bool,
}

impl Settings {
    pub const FULL: Settings = Settings {
        import_rows: 20_000,
        quick: false,
    };
}

thread_local! {
    static QUICK: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

struct Timing {
    p50: f64,
    p95: f64,
    runs: usize,
}

/// Run `f` once to warm the cache, then at least `min_runs` times and until 2 s have passed
/// (at most 200 runs); milliseconds. Returns the timing and what `f` counted.
fn time(min_runs: usize, mut f: impl FnMut() -> Result<usize>) -> Result<(Timing, usize)> {
    let count = f()?;
    let mut samples = Vec::new();
    let started = Instant::now();
    let (min_runs, budget) = if QUICK.get() {
        (2, Duration::ZERO)
    } else {
        (min_runs, Duration::from_secs(2))
    };
    while samples.len() < min_runs || (samples.len() < 200 && started.elapsed() < budget) {
        let t = Instant::now();
        std::hint::black_box(f()?);
        samples.push(t.elapsed().as_secs_f64() * 1000.0);
    }
    samples.sort_by(f64::total_cmp);
    let at = |q: f64| samples[((samples.len() - 1) as f64 * q).round() as usize];
    Ok((
        Timing {
            p50: at(0.5),
            p95: at(0.95),
            runs: samples.len(),
        },
        count,
    ))
}

/// Every column of every row, read as SQLite gives it: what any code must at least pay.
fn raw(conn: &Connection, sql: &str, params: impl Params) -> Result<usize> {
    let mut stmt = conn.prepare_cached(sql)?;
    let columns = stmt.column_count();
    let mut rows = stmt.query(params)?;
    let mut values = Vec::new();
    let mut count = 0;
    while let Some(row) = rows.next()? {
        for i in 0..columns {
            values.push(row.get::<_, Value>(i)?);
        }
        count += 1;
    }
    std::hint::black_box(values);
    Ok(count)
}

fn header() {
    println!(
        "{:<44} {:>7} {:>9} {:>9} {:>9}   {:>10} {:>9}  verdict",
        "query (core API vs raw SQL)", "rows", "p50 ms", "p95 ms", "raw p95", "÷10 ms", "÷2×raw"
    );
}

fn compare(
    name: &str,
    core: impl FnMut() -> Result<usize>,
    raw_query: impl FnMut() -> Result<usize>,
) -> Result {
    compare_within(name, QUERY_LIMIT_MS, core, raw_query)
}

/// `compare`, against a target of `limit_ms` (the `÷10 ms` column is then ÷ that).
fn compare_within(
    name: &str,
    limit_ms: f64,
    core: impl FnMut() -> Result<usize>,
    raw_query: impl FnMut() -> Result<usize>,
) -> Result {
    let (ours, rows) = time(20, core)?;
    let (limit, raw_rows) = time(20, raw_query)?;
    if rows != raw_rows {
        return Err(format!("{name}: core gave {rows} rows, raw SQL {raw_rows}").into());
    }
    let to_target = ours.p95 / limit_ms;
    let to_raw = ours.p95 / (RAW_MULTIPLE * limit.p95).max(0.001);
    println!(
        "{:<44} {:>7} {:>9.2} {:>9.2} {:>9.2}   {:>10.2} {:>9.2}  {}",
        name,
        rows,
        ours.p50,
        ours.p95,
        limit.p95,
        to_target,
        to_raw,
        verdict(to_target.max(to_raw))
    );
    Ok(())
}

fn against(name: &str, min_runs: usize, limit_ms: f64, f: impl FnMut() -> Result<usize>) -> Result {
    let (t, count) = time(min_runs, f)?;
    let ratio = t.p95 / limit_ms;
    println!(
        "{:<44} {:>7} {:>9.2} {:>9.2}   limit {:>7.0} ms  ratio {:>5.2}  {} ({} runs)",
        name,
        count,
        t.p50,
        t.p95,
        limit_ms,
        ratio,
        verdict(ratio),
        t.runs
    );
    Ok(())
}

/// Only "who can help", on its own: `eshkol-bench emergency <db>`.
pub fn run_emergency(path: &Path) -> Result {
    let store = Store::open(path)?;
    header();
    who_can_help(&store, store.connection())
}

/// "Who can help" at a district's size (20,000 volunteers, 2,000 organizations), each question
/// beside a raw query that finds the same helpers; the target is 20 ms at p95.
fn who_can_help(store: &Store, conn: &Connection) -> Result {
    const LIMIT_MS: f64 = 20.0;
    println!();
    println!("who can help: the volunteers and organizations found (÷ column: ÷{LIMIT_MS} ms)");
    let settlement = first_id(
        conn,
        "SELECT home_settlement_id FROM volunteers GROUP BY home_settlement_id ORDER BY count(*) DESC, 1 LIMIT 1",
    )?;
    let cluster = first_id(
        conn,
        &format!("SELECT cluster_id FROM settlements WHERE id = '{settlement}'"),
    )?;
    let held: Vec<String> = conn
        .prepare("SELECT capability_id FROM volunteer_capabilities GROUP BY capability_id ORDER BY count(*) DESC, 1 LIMIT 2")?
        .query_map([], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    let found = |query: HelpQuery| {
        move || -> Result<usize> {
            let f = store.who_can_help(&query)?;
            Ok((f.volunteers + f.organizations) as usize)
        }
    };
    // Where a volunteer or organization acts, for a settlement (?1) in its cluster (?2).
    let volunteers_near = "v.left_on IS NULL AND (v.home_settlement_id = ?1 OR v.whole_council
            OR v.person_id IN (SELECT person_id FROM volunteer_settlements WHERE settlement_id = ?1)
            OR v.person_id IN (SELECT person_id FROM volunteer_clusters WHERE cluster_id = ?2))";
    let organizations_near = "(r.whole_council
            OR r.organization_id IN (SELECT organization_id FROM organization_settlements WHERE settlement_id = ?1)
            OR r.organization_id IN (SELECT organization_id FROM organization_clusters WHERE cluster_id = ?2))";
    let holding = |ids: &str, all: usize| {
        format!(
            "SELECT count(*) FROM (SELECT v.person_id FROM volunteer_capabilities vc JOIN volunteers v ON v.person_id = vc.person_id
                WHERE vc.capability_id IN ({ids}) AND {volunteers_near} GROUP BY v.person_id HAVING count(*) >= {all})
             UNION ALL
             SELECT count(*) FROM (SELECT r.organization_id FROM organization_capabilities oc
                JOIN organization_readiness r ON r.organization_id = oc.organization_id
                WHERE oc.capability_id IN ({ids}) AND {organizations_near} GROUP BY r.organization_id HAVING count(*) >= {all})"
        )
    };
    let sum = |sql: &str, p: &[&dyn rusqlite::ToSql]| -> Result<usize> {
        let mut stmt = conn.prepare_cached(sql)?;
        let counts = stmt
            .query_map(p, |r| r.get::<_, i64>(0))?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(counts.iter().sum::<i64>() as usize)
    };
    let quoted = |ids: &[String]| {
        ids.iter()
            .map(|i| format!("'{i}'"))
            .collect::<Vec<_>>()
            .join(", ")
    };
    compare_within(
        "a settlement, one capability",
        LIMIT_MS,
        found(HelpQuery {
            settlement_id: Some(settlement.clone()),
            capabilities: held[..1].to_vec(),
            ..Default::default()
        }),
        || sum(&holding(&quoted(&held[..1]), 1), &[&settlement, &cluster]),
    )?;
    compare_within(
        "a settlement, two capabilities, all of them",
        LIMIT_MS,
        found(HelpQuery {
            settlement_id: Some(settlement.clone()),
            capabilities: held.clone(),
            ..Default::default()
        }),
        || sum(&holding(&quoted(&held), 2), &[&settlement, &cluster]),
    )?;
    compare_within(
        "a settlement, two capabilities, any of them",
        LIMIT_MS,
        found(HelpQuery {
            settlement_id: Some(settlement.clone()),
            capabilities: held.clone(),
            any: true,
            ..Default::default()
        }),
        || sum(&holding(&quoted(&held), 1), &[&settlement, &cluster]),
    )?;
    let emotional: Vec<String> = conn
        .prepare("SELECT id FROM emergency_capabilities WHERE emergency_cluster = 'emotional'")?
        .query_map([], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    compare_within(
        "a settlement, the emotional cluster",
        LIMIT_MS,
        found(HelpQuery {
            settlement_id: Some(settlement.clone()),
            emergency_clusters: vec![EmergencyCluster::Emotional],
            ..Default::default()
        }),
        || sum(&holding(&quoted(&emotional), 1), &[&settlement, &cluster]),
    )?;
    compare_within(
        "its cluster, the emotional cluster",
        LIMIT_MS,
        found(HelpQuery {
            cluster_id: Some(cluster.clone()),
            emergency_clusters: vec![EmergencyCluster::Emotional],
            ..Default::default()
        }),
        || {
            sum(
                &holding(&quoted(&emotional), 1).replace(
                    "v.home_settlement_id = ?1",
                    "v.home_settlement_id IN (SELECT id FROM settlements WHERE cluster_id = ?2)",
                ).replace(
                    "settlement_id = ?1",
                    "settlement_id IN (SELECT id FROM settlements WHERE cluster_id = ?2)",
                ),
                &[&settlement, &cluster],
            )
        },
    )?;
    // The whole council: every volunteer is near, so the raw query counts the holders.
    // Volunteers counted to `COUNT_LIMIT` when the core says so (`limit`).
    let council_holding = |ids: &str, limit: usize| {
        format!(
            "SELECT min(count(*), {limit}) FROM (SELECT v.person_id FROM volunteer_capabilities vc JOIN volunteers v ON v.person_id = vc.person_id
                WHERE vc.capability_id IN ({ids}) AND v.left_on IS NULL GROUP BY v.person_id LIMIT {limit} + 1)
             UNION ALL
             SELECT min(count(*), {limit}) FROM (SELECT oc.organization_id FROM organization_capabilities oc
                WHERE oc.capability_id IN ({ids}) GROUP BY oc.organization_id LIMIT {limit} + 1)"
        )
    };
    compare_within(
        "the whole council, one capability",
        LIMIT_MS,
        found(HelpQuery {
            capabilities: held[..1].to_vec(),
            ..Default::default()
        }),
        || sum(&council_holding(&quoted(&held[..1]), 1_000_000_000), &[]),
    )?;
    compare_within(
        "the whole council, the emotional cluster (counted to 1,000)",
        LIMIT_MS,
        found(HelpQuery {
            emergency_clusters: vec![EmergencyCluster::Emotional],
            ..Default::default()
        }),
        || {
            sum(
                &council_holding(&quoted(&emotional), eshkol_core::search::COUNT_LIMIT),
                &[],
            )
        },
    )?;
    compare_within(
        "the whole council, nothing chosen",
        LIMIT_MS,
        found(HelpQuery::default()),
        || {
            sum(
                "SELECT count(*) FROM volunteers v JOIN people p ON p.id = v.person_id WHERE v.left_on IS NULL
                 UNION ALL SELECT count(*) FROM organization_readiness",
                &[],
            )
        },
    )?;
    Ok(())
}

fn first_id(conn: &Connection, sql: &str) -> Result<String> {
    Ok(conn.query_row(sql, [], |r| r.get(0))?)
}

pub fn run(path: &Path, settings: Settings) -> Result {
    QUICK.set(settings.quick);
    let store = Store::open(path)?;
    let conn = store.connection();
    let today = eshkol_core::generate::GENERATED_UNTIL;
    let day = today.to_string();
    let count = |table: &str| -> Result<i64> {
        Ok(conn.query_row(&format!("SELECT count(*) FROM {table}"), [], |r| r.get(0))?)
    };
    println!(
        "database {}: {} settlements, {} clusters, {} people, {} forums, {} meetings, {} action items, {} gaps, {} visits; today = {day}",
        path.display(),
        count("settlements")?,
        count("clusters")?,
        count("people")?,
        count("forums")?,
        count("meetings")?,
        count("action_items")?,
        count("gaps")?,
        count("visits")?,
    );
    let settlement = first_id(
        conn,
        "SELECT id FROM settlements ORDER BY id LIMIT 1 OFFSET 7",
    )?;
    let person = first_id(conn, "SELECT id FROM people ORDER BY id LIMIT 1 OFFSET 11")?;
    let forum = first_id(conn, "SELECT id FROM forums ORDER BY id LIMIT 1 OFFSET 3")?;
    let meeting = first_id(
        conn,
        "SELECT id FROM meetings WHERE status = 'held' ORDER BY id LIMIT 1 OFFSET 5",
    )?;
    println!();
    // Opening is part of every start-up: the header check, the schema version, statistics.
    let (opening, _) = time(5, || {
        Store::open(path)?;
        Ok(1)
    })?;
    println!(
        "{:<44} {:>7} {:>9.2} {:>9.2}   (part of start-up; {} runs)",
        "open the database", "", opening.p50, opening.p95, opening.runs
    );
    println!();
    header();

    // The home screen: what Home.svelte asks for when it opens.
    let forums_raw = "SELECT f.id, f.name, f.level, f.cadence, f.cadence_n, f.active, f.archived_at, f.created_at,
                (SELECT count(*) FROM forum_members m WHERE m.forum_id = f.id),
                (SELECT max(date) FROM meetings WHERE forum_id = f.id AND status = 'held'),
                (SELECT min(date) FROM meetings WHERE forum_id = f.id AND status = 'planned' AND date >= ?1)
           FROM forums f WHERE f.archived_at IS NULL ORDER BY f.name COLLATE hebrew";
    let actions_raw = |condition: &str, order: &str| {
        format!(
            "SELECT a.id, a.what, a.owner_id, p.full_name, a.due_date, a.status, a.done_on, m.id, m.date, f.id, f.name,
                    v.id, v.date, s.name
               FROM action_items a
               LEFT JOIN people p ON p.id = a.owner_id
               LEFT JOIN meetings m ON m.id = a.meeting_id
               LEFT JOIN forums f ON f.id = m.forum_id
               LEFT JOIN visits v ON v.id = a.visit_id
               LEFT JOIN settlements s ON s.id = v.settlement_id
              WHERE {condition} ORDER BY {order}"
        )
    };
    let coverage_raw = "SELECT s.id, s.name, c.id, c.name, p.full_name,
                (SELECT max(v.date) FROM visits v WHERE v.settlement_id = s.id AND v.date <= ?2) AS last_visit,
                (SELECT count(*) FROM visits v WHERE v.settlement_id = s.id AND v.date BETWEEN ?1 AND ?2)
           FROM settlements s JOIN clusters c ON c.id = s.cluster_id LEFT JOIN people p ON p.id = c.coordinator_id
          WHERE s.archived_at IS NULL AND c.archived_at IS NULL
          ORDER BY c.name COLLATE hebrew, c.id, s.name COLLATE hebrew, s.id";
    let month_ago = (today - chrono::Days::new(30)).to_string();
    compare(
        "home: overview (forums, overdue, gaps, week)",
        || {
            // Forums are left out of the row count: which are overdue is core's calendar
            // arithmetic, which the raw side does not repeat (it reads every forum's row).
            let o = store.overview(today)?;
            Ok(o.overdue_actions.len() + o.open_gaps.len() + o.upcoming.len())
        },
        || {
            let week = (today + chrono::Days::new(7)).to_string();
            raw(conn, forums_raw, [&day])?;
            let overdue = actions_raw(
                "a.status = 'open' AND a.due_date < ?1",
                "a.due_date, a.created_at LIMIT 12",
            );
            Ok(raw(conn, &overdue, [&day])?
                + raw(conn, "SELECT count(*) FROM action_items WHERE status = 'open' AND due_date < ?1", [&day])?
                - 1
                + raw(
                    conn,
                    "SELECT g.id, g.what, g.status, p.full_name, m.date, m.id, f.id, f.name
                       FROM (SELECT g.rowid AS gap FROM gaps g CROSS JOIN meetings m ON m.id = g.meeting_id
                               CROSS JOIN forums f ON f.id = m.forum_id
                              WHERE g.status <> 'resolved' AND f.archived_at IS NULL
                              ORDER BY m.date, g.created_at LIMIT 12) oldest
                       JOIN gaps g ON g.rowid = oldest.gap JOIN meetings m ON m.id = g.meeting_id
                       JOIN forums f ON f.id = m.forum_id LEFT JOIN people p ON p.id = g.owner_id
                      ORDER BY m.date, g.created_at",
                    [],
                )?
                + raw(
                    conn,
                    "SELECT count(*) FROM gaps g CROSS JOIN meetings m ON m.id = g.meeting_id CROSS JOIN forums f ON f.id = m.forum_id
                      WHERE g.status <> 'resolved' AND f.archived_at IS NULL",
                    [],
                )?
                - 1
                + raw(
                    conn,
                    "SELECT m.id, m.date, m.start_time, m.place, m.online, f.id, f.name
                       FROM meetings m JOIN forums f ON f.id = m.forum_id
                      WHERE m.status = 'planned' AND m.date >= ?1 AND m.date <= ?2 AND f.archived_at IS NULL
                      ORDER BY m.date, m.start_time",
                    [&day, &week],
                )?)
        },
    )?;
    compare(
        "home: settlements not visited lately",
        || Ok(store.stale_settlements(today, None, None)?.len()),
        || {
            let stale = (today - chrono::Days::new(30)).to_string();
            raw(
                conn,
                &format!(
                    "SELECT * FROM ({coverage_raw}) WHERE last_visit IS NULL OR last_visit <= ?3 ORDER BY last_visit IS NOT NULL, last_visit"
                ),
                [&month_ago, &day, &stale],
            )
        },
    )?;
    compare(
        "home, directory: clusters with settlements",
        || {
            Ok(store
                .clusters(false)?
                .iter()
                .map(|c| 1 + c.settlements.len())
                .sum())
        },
        || {
            let clusters = raw(conn, "SELECT c.id, c.name, c.region, p.full_name, c.colour, c.archived_at
                   FROM clusters c LEFT JOIN people p ON p.id = c.coordinator_id WHERE c.archived_at IS NULL
                  ORDER BY CASE c.region WHEN 'north' THEN 0 WHEN 'center' THEN 1 WHEN 'south' THEN 2 ELSE 3 END, c.name COLLATE hebrew, c.id", [])?;
            let settlements = raw(
                conn,
                "SELECT s.cluster_id, s.id, s.name, s.kind, p.full_name, s.archived_at,
                    (SELECT max(v.date) FROM visits v WHERE v.settlement_id = s.id)
               FROM settlements s LEFT JOIN people p ON p.id = s.local_coordinator_id
              WHERE s.archived_at IS NULL ORDER BY s.cluster_id, s.name COLLATE hebrew, s.id",
                [],
            )?;
            Ok(clusters + settlements)
        },
    )?;

    // Lists.
    compare(
        "people (the whole list)",
        || Ok(store.people(false)?.len()),
        || {
            raw(conn, "SELECT p.id, p.full_name, p.role_title, p.organization_id, o.name, p.cluster_id, c.name,
                    p.settlement_id, s.name, p.office_phone, p.mobile, p.email, p.active, p.archived_at
               FROM people p
               LEFT JOIN organizations o ON o.id = p.organization_id
               LEFT JOIN clusters c ON c.id = p.cluster_id
               LEFT JOIN settlements s ON s.id = p.settlement_id
              WHERE p.archived_at IS NULL
              ORDER BY p.full_name COLLATE hebrew, p.id", [])
        },
    )?;
    compare(
        "organizations",
        || Ok(store.organizations(false)?.len()),
        || {
            raw(
                conn,
                "SELECT id, name, kind, notes, archived_at FROM organizations WHERE archived_at IS NULL ORDER BY name COLLATE hebrew, id",
                [],
            )
        },
    )?;
    compare(
        "forums with their status",
        || Ok(store.forums(false, today)?.len()),
        || raw(conn, forums_raw, [&day]),
    )?;
    compare(
        "action items (open)",
        || {
            Ok(store
                .action_items(
                    &ActionFilter {
                        status: Some(ActionStatus::Open),
                        ..Default::default()
                    },
                    today,
                )?
                .len())
        },
        || {
            raw(
                conn,
                &actions_raw(
                    "a.status = 'open'",
                    "a.due_date IS NULL, a.due_date, a.created_at",
                ),
                [],
            )
        },
    )?;
    compare(
        "coverage report (last 30 days)",
        || {
            Ok(store
                .coverage(&CoverageFilter::default(), today)?
                .rows
                .len())
        },
        || raw(conn, coverage_raw, [&month_ago, &day]),
    )?;
    let visits_raw = |condition: &str, limit: &str| {
        format!(
            "SELECT v.id, v.date, v.settlement_id, s.name, p.key, p.name, v.people_met, v.summary,
                    v.sensitive_notes <> '',
                    (SELECT count(*) FROM action_items a WHERE a.visit_id = v.id AND a.status = 'open'),
                    (SELECT group_concat(x.full_name, ', ') FROM visit_staff vs JOIN people x ON x.id = vs.person_id WHERE vs.visit_id = v.id)
               FROM visits v JOIN settlements s ON s.id = v.settlement_id JOIN visit_purposes p ON p.id = v.purpose_id
              WHERE {condition} ORDER BY v.date DESC, v.created_at DESC {limit}"
        )
    };
    compare(
        "recent visits (30)",
        || Ok(store.recent_visits(30)?.len()),
        || raw(conn, &visits_raw("?1", "LIMIT 30"), [true]),
    )?;
    compare(
        "a settlement's visits",
        || Ok(store.settlement_visits(&settlement)?.len()),
        || raw(conn, &visits_raw("v.settlement_id = ?1", ""), [&settlement]),
    )?;

    // Records.
    compare(
        "a person",
        || store.person(&person).map(|_| 1).map_err(Into::into),
        || {
            raw(
                conn,
                "SELECT id, full_name, role_title, organization_id, cluster_id, settlement_id, office_phone, mobile, email, notes, active, archived_at FROM people WHERE id = ?1",
                [&person],
            )
        },
    )?;
    compare(
        "a settlement",
        || store.settlement(&settlement).map(|_| 1).map_err(Into::into),
        || {
            raw(
                conn,
                "SELECT s.*, (SELECT group_concat(organization_id) FROM settlement_youth_movements WHERE settlement_id = s.id) FROM settlements s WHERE s.id = ?1",
                [&settlement],
            )
        },
    )?;
    compare(
        "a forum with members and meetings",
        || {
            store
                .forum(&forum, today)
                .map(|f| f.meetings.len())
                .map_err(Into::into)
        },
        || {
            raw(
                conn,
                "SELECT f.*, p.full_name FROM forums f LEFT JOIN people p ON p.id = f.chair_id WHERE f.id = ?1",
                [&forum],
            )?;
            raw(
                conn,
                "SELECT m.person_id, p.full_name, m.role, p.role_title FROM forum_members m JOIN people p ON p.id = m.person_id WHERE m.forum_id = ?1 ORDER BY p.full_name COLLATE hebrew",
                [&forum],
            )?;
            raw(conn, "SELECT m.id, m.date, m.start_time, m.status, m.approved_at,
                    (SELECT count(*) FROM decisions d WHERE d.meeting_id = m.id),
                    (SELECT count(*) FROM action_items a WHERE a.meeting_id = m.id AND a.status = 'open')
               FROM meetings m WHERE m.forum_id = ?1 ORDER BY m.date DESC", [&forum])
        },
    )?;
    compare(
        "a meeting with its minutes",
        || store.meeting(&meeting).map(|_| 1).map_err(Into::into),
        || {
            let n = raw(
                conn,
                "SELECT m.*, f.name FROM meetings m JOIN forums f ON f.id = m.forum_id WHERE m.id = ?1",
                [&meeting],
            )?;
            for sql in [
                "SELECT * FROM agenda_items WHERE meeting_id = ?1 ORDER BY position",
                "SELECT a.*, p.full_name FROM attendance a JOIN people p ON p.id = a.person_id WHERE a.meeting_id = ?1",
                "SELECT * FROM guests WHERE meeting_id = ?1",
                "SELECT * FROM decisions WHERE meeting_id = ?1 ORDER BY number",
                "SELECT a.*, p.full_name FROM action_items a LEFT JOIN people p ON p.id = a.owner_id WHERE a.meeting_id = ?1",
                "SELECT g.*, p.full_name FROM gaps g LEFT JOIN people p ON p.id = g.owner_id WHERE g.meeting_id = ?1",
                "SELECT * FROM amendments WHERE meeting_id = ?1",
            ] {
                raw(conn, sql, [&meeting])?;
            }
            Ok(n)
        },
    )?;

    who_can_help(&store, conn)?;

    println!();
    println!(
        "{:<44} {:>7} {:>9} {:>9}",
        "search and documents", "found", "p50 ms", "p95 ms"
    );
    for text in [
        "מועצה",
        "לבית הספר",
        "הסעות לפעילות",
        "כהן",
        "person1234@example.org",
    ] {
        let query = SearchQuery {
            text: text.into(),
            include_sensitive: false,
        };
        against(&format!("search “{text}”"), 20, SEARCH_LIMIT_MS, || {
            Ok(store.search(&query)?.total())
        })?;
    }
    let query = SearchQuery {
        text: "פרטים".into(),
        include_sensitive: true,
    };
    against(
        "search “פרטים” with sensitive notes",
        10,
        SEARCH_LIMIT_MS,
        || Ok(store.search(&query)?.total()),
    )?;
    let two_thousand: Vec<String> = conn
        .prepare("SELECT id FROM people ORDER BY id LIMIT 2000")?
        .query_map([], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    let options = SheetOptions {
        ids: Some(two_thousand),
        ..Default::default()
    };
    against("contact-sheet PDF, 2,000 people", 3, SHEET_LIMIT_MS, || {
        Ok(store.contact_sheet_pdf(&options, today)?.len())
    })?;

    // Import into a new database each time, so each run starts the same.
    let mut csv = String::from("שם,תפקיד,טלפון,נייד,מייל\n");
    for i in 0..settings.import_rows {
        csv.push_str(&format!(
            "איש קשר {i},רכז/ת,04-{:07},050-{:07},import{i}@example.org\n",
            1_000_000 + i,
            2_000_000 + i
        ));
    }
    let dir = tempfile::tempdir()?;
    let mut run = 0;
    let (t, created) = time(3, || {
        run += 1;
        let mut fresh = Store::open(&dir.path().join(format!("import-{run}.sqlite3")))?;
        let (session, preview) = ImportSession::open(&mut fresh, "contacts.csv", csv.as_bytes())?;
        Ok(session.commit(&mut fresh, &preview.mapping)?.created)
    })?;
    println!(
        "{:<44} {:>7} {:>9.0} {:>9.0}   (no target: a one-off; {} runs)",
        format!(
            "import a {}-row CSV (preview + commit)",
            settings.import_rows
        ),
        created,
        t.p50,
        t.p95,
        t.runs
    );
    Ok(())
}
