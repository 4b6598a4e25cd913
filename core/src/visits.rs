//! Visits to settlements: who went, why, whom they met, what came of it (follow-ups are action
//! items, raised on the visit instead of a meeting); each settlement's history; and coverage,
//! the question "where have we not been lately?".
//!
//! Sensitive notes (about minors at risk) live in their own column. No list, report, search or
//! export reads that column: only `Store::sensitive_notes`, which the UI calls when the user
//! deliberately opens them. Lists learn only that such notes exist.

use chrono::NaiveDate;
use rusqlite::{OptionalExtension, params};
use serde::{Deserialize, Serialize};

use crate::{
    directory::RecordKind,
    error::{Error, Field, Result},
    export::csv_error,
    meetings::{ActionItem, ActionItemInput, ActionStatus, date, optional_date, parse_day},
    minutes::day,
    model::{Id, check_texts, new_id, required},
    store::{Store, Writer, now},
};

/// How many days without a visit make a settlement "not visited lately", unless chosen.
pub const DEFAULT_STALE_DAYS: u32 = 30;

/// A visit as entered in its form.
#[derive(Clone, Debug, Default, Deserialize)]
pub struct VisitInput {
    pub settlement_id: String,
    /// `YYYY-MM-DD`.
    pub date: String,
    pub purpose_id: String,
    /// Who went: at least one person.
    #[serde(default)]
    pub visitors: Vec<Id>,
    #[serde(default)]
    pub people_met: String,
    #[serde(default)]
    pub summary: String,
    /// `None` keeps the stored sensitive notes as they are (the form never saw them);
    /// `Some` replaces them, `Some("")` clears them.
    #[serde(default)]
    pub sensitive_notes: Option<String>,
}

/// Why a visit was made: a built-in purpose (`key`, translated by the UI) or one the
/// department added (`name`).
#[derive(Clone, Debug, Serialize)]
pub struct Purpose {
    pub id: Id,
    pub key: Option<String>,
    pub name: String,
}

/// One visit, as its form and detail view show it. Never carries the sensitive notes.
#[derive(Clone, Debug, Serialize)]
pub struct Visit {
    pub id: Id,
    pub settlement_id: Id,
    pub settlement_name: String,
    pub date: NaiveDate,
    pub purpose_id: Id,
    pub visitors: Vec<Id>,
    pub visitor_names: Vec<String>,
    pub people_met: String,
    pub summary: String,
    pub has_sensitive_notes: bool,
    pub follow_ups: Vec<ActionItem>,
}

/// A visit in a list: a settlement's history, the recent visits.
#[derive(Clone, Debug, Serialize)]
pub struct VisitRow {
    pub id: Id,
    pub date: NaiveDate,
    pub settlement_id: Id,
    pub settlement_name: String,
    pub purpose_key: Option<String>,
    pub purpose_name: String,
    pub visitor_names: Vec<String>,
    pub people_met: String,
    pub summary: String,
    pub has_sensitive_notes: bool,
    pub open_follow_ups: u32,
}

/// What the coverage report covers.
#[derive(Clone, Debug, Default, Deserialize)]
pub struct CoverageFilter {
    pub cluster_id: Option<Id>,
    /// Clusters this person coordinates.
    pub coordinator_id: Option<Id>,
    /// The period whose visits are counted: `YYYY-MM-DD`, empty for the last 30 days to today.
    #[serde(default)]
    pub from: String,
    #[serde(default)]
    pub to: String,
    /// Not visited for this many days or more: `DEFAULT_STALE_DAYS` when absent.
    pub stale_days: Option<f64>,
}

/// One settlement in the coverage report.
#[derive(Clone, Debug, Serialize)]
pub struct CoverageRow {
    pub settlement_id: Id,
    pub settlement_name: String,
    pub cluster_id: Id,
    pub cluster_name: String,
    pub coordinator_name: Option<String>,
    pub last_visit: Option<NaiveDate>,
    /// Days since the last visit; `None` when never visited.
    pub days_since: Option<i64>,
    pub visits_in_period: u32,
    /// Never visited, or not for `stale_days` or more.
    pub stale: bool,
}

#[derive(Clone, Debug, Serialize)]
pub struct Coverage {
    pub from: NaiveDate,
    pub to: NaiveDate,
    pub stale_days: u32,
    pub rows: Vec<CoverageRow>,
    pub visits_in_period: u32,
    pub stale_count: u32,
}

fn stale_days(value: Option<f64>) -> Result<u32> {
    match value {
        None => Ok(DEFAULT_STALE_DAYS),
        Some(v) if v.fract() == 0.0 && (1.0..=3650.0).contains(&v) => Ok(v as u32),
        Some(v) => Err(Error::Invalid {
            field: Field::Days,
            value: v.to_string(),
        }),
    }
}

impl Writer<'_> {
    fn purpose_exists(&self, id: &str) -> Result<()> {
        self.tx
            .query_row("SELECT 1 FROM visit_purposes WHERE id = ?1", [id], |_| {
                Ok(())
            })
            .optional()?
            .ok_or(Error::Required(Field::Purpose))
    }

    pub(crate) fn save_visit(&self, id: Option<&str>, input: &VisitInput) -> Result<Id> {
        let settlement = required(Field::Settlement, &input.settlement_id)?;
        self.exists(RecordKind::Settlement, &settlement)
            .map_err(|_| Error::Required(Field::Settlement))?;
        let day = date(Field::Date, &input.date)?;
        check_texts(&[
            (Field::PeopleMet, &input.people_met),
            (Field::Summary, &input.summary),
            (Field::SensitiveNotes, input.sensitive_notes.as_deref().unwrap_or("")),
        ])?;
        let purpose = required(Field::Purpose, &input.purpose_id)?;
        self.purpose_exists(&purpose)?;
        let mut visitors: Vec<Id> = Vec::new();
        for person in &input.visitors {
            let person = person.trim();
            if person.is_empty() || visitors.iter().any(|v| v == person) {
                continue;
            }
            self.exists(RecordKind::Person, person)?;
            visitors.push(person.to_owned());
        }
        if visitors.is_empty() {
            return Err(Error::Required(Field::Visitors));
        }
        let stamp = now();
        let id = match id {
            Some(id) => {
                let changed = self.tx.execute(
                    "UPDATE visits SET settlement_id = ?2, date = ?3, purpose_id = ?4, people_met = ?5, summary = ?6,
                            sensitive_notes = coalesce(?7, sensitive_notes), updated_at = ?8
                      WHERE id = ?1",
                    params![
                        id,
                        settlement,
                        day.to_string(),
                        purpose,
                        input.people_met.trim(),
                        input.summary.trim(),
                        input.sensitive_notes.as_deref().map(str::trim),
                        stamp
                    ],
                )?;
                if changed != 1 {
                    return Err(Error::NotFound);
                }
                self.tx
                    .execute("DELETE FROM visit_staff WHERE visit_id = ?1", [id])?;
                id.to_owned()
            }
            None => {
                let id = new_id();
                self.tx.execute(
                    "INSERT INTO visits (id, settlement_id, date, purpose_id, people_met, summary, sensitive_notes,
                                         created_at, updated_at)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?8)",
                    params![
                        id,
                        settlement,
                        day.to_string(),
                        purpose,
                        input.people_met.trim(),
                        input.summary.trim(),
                        input.sensitive_notes.as_deref().unwrap_or("").trim(),
                        stamp
                    ],
                )?;
                id
            }
        };
        for person in &visitors {
            self.tx.execute(
                "INSERT INTO visit_staff (visit_id, person_id) VALUES (?1, ?2)",
                params![id, person],
            )?;
        }
        Ok(id)
    }

    /// A visit logged by mistake goes, with its follow-ups.
    pub(crate) fn remove_visit(&self, id: &str) -> Result<()> {
        self.tx
            .execute("DELETE FROM action_items WHERE visit_id = ?1", [id])?;
        let removed = self.tx.execute("DELETE FROM visits WHERE id = ?1", [id])?;
        if removed == 1 {
            Ok(())
        } else {
            Err(Error::NotFound)
        }
    }

    pub(crate) fn add_purpose(&self, name: &str) -> Result<Id> {
        let name = required(Field::Name, name)?;
        let existing: Option<String> = self
            .tx
            .query_row(
                "SELECT id FROM visit_purposes WHERE key IS NULL AND name = ?1",
                [&name],
                |r| r.get(0),
            )
            .optional()?;
        if let Some(id) = existing {
            return Ok(id);
        }
        let id = new_id();
        self.tx.execute(
            "INSERT INTO visit_purposes (id, name, position, created_at)
             VALUES (?1, ?2, (SELECT max(position) FROM visit_purposes WHERE key IS NOT 'other') + 1, ?3)",
            params![id, name, now()],
        )?;
        Ok(id)
    }

    pub(crate) fn save_follow_up(
        &self,
        visit_id: &str,
        id: Option<&str>,
        input: &ActionItemInput,
    ) -> Result<Id> {
        self.tx
            .query_row("SELECT 1 FROM visits WHERE id = ?1", [visit_id], |_| Ok(()))
            .optional()?
            .ok_or(Error::NotFound)?;
        let what = required(Field::What, &input.what)?;
        let owner = self.check_ref(RecordKind::Person, &input.owner_id)?;
        let due = optional_date(Field::DueDate, &input.due_date)?.map(|d| d.to_string());
        let stamp = now();
        match id {
            Some(id) => {
                let changed = self.tx.execute(
                    "UPDATE action_items SET what = ?3, owner_id = ?4, due_date = ?5, updated_at = ?6
                      WHERE id = ?1 AND visit_id = ?2",
                    params![id, visit_id, what, owner, due, stamp],
                )?;
                if changed == 1 {
                    Ok(id.to_owned())
                } else {
                    Err(Error::NotFound)
                }
            }
            None => {
                let id = new_id();
                self.tx.execute(
                    "INSERT INTO action_items (id, visit_id, what, owner_id, due_date, created_at, updated_at)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6)",
                    params![id, visit_id, what, owner, due, stamp],
                )?;
                Ok(id)
            }
        }
    }

    pub(crate) fn remove_follow_up(&self, id: &str) -> Result<()> {
        let removed = self.tx.execute(
            "DELETE FROM action_items WHERE id = ?1 AND visit_id IS NOT NULL",
            [id],
        )?;
        if removed == 1 {
            Ok(())
        } else {
            Err(Error::NotFound)
        }
    }
}

/// The names of who went on each visit, in Hebrew order, by visit id.
fn visitor_names(store: &Store, visit_id: &str) -> Result<(Vec<Id>, Vec<String>)> {
    let mut stmt = store.connection().prepare_cached(
        "SELECT p.id, p.full_name FROM visit_staff s JOIN people p ON p.id = s.person_id
          WHERE s.visit_id = ?1 ORDER BY p.full_name COLLATE hebrew, p.id",
    )?;
    let rows = stmt
        .query_map([visit_id], |r| {
            Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?))
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(rows.into_iter().unzip())
}

impl Store {
    pub fn save_visit(&mut self, id: Option<&str>, input: &VisitInput) -> Result<Id> {
        self.write(|w| w.save_visit(id, input))
    }

    pub fn remove_visit(&mut self, id: &str) -> Result<()> {
        self.write(|w| w.remove_visit(id))
    }

    pub fn add_visit_purpose(&mut self, name: &str) -> Result<Id> {
        self.write(|w| w.add_purpose(name))
    }

    pub fn save_follow_up(
        &mut self,
        visit_id: &str,
        id: Option<&str>,
        input: &ActionItemInput,
    ) -> Result<Id> {
        self.write(|w| w.save_follow_up(visit_id, id, input))
    }

    pub fn remove_follow_up(&mut self, id: &str) -> Result<()> {
        self.write(|w| w.remove_follow_up(id))
    }

    /// The purposes to choose from: the built-in ones in their order, the department's own,
    /// and "other" last.
    pub fn visit_purposes(&self) -> Result<Vec<Purpose>> {
        let mut stmt = self.connection().prepare(
            "SELECT id, key, name FROM visit_purposes ORDER BY position, name COLLATE hebrew",
        )?;
        let rows = stmt
            .query_map([], |r| {
                Ok(Purpose {
                    id: r.get(0)?,
                    key: r.get(1)?,
                    name: r.get(2)?,
                })
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(rows)
    }

    /// One visit, without its sensitive notes.
    pub fn visit(&self, id: &str) -> Result<Visit> {
        let row = self
            .connection()
            .query_row(
                "SELECT v.id, v.settlement_id, s.name, v.date, v.purpose_id, v.people_met, v.summary,
                        v.sensitive_notes <> ''
                   FROM visits v JOIN settlements s ON s.id = v.settlement_id
                  WHERE v.id = ?1",
                [id],
                |r| {
                    Ok((
                        r.get::<_, String>(0)?,
                        r.get::<_, String>(1)?,
                        r.get::<_, String>(2)?,
                        r.get::<_, String>(3)?,
                        r.get::<_, String>(4)?,
                        r.get::<_, String>(5)?,
                        r.get::<_, String>(6)?,
                        r.get::<_, bool>(7)?,
                    ))
                },
            )
            .optional()?
            .ok_or(Error::NotFound)?;
        let (visitors, names) = visitor_names(self, id)?;
        let mut stmt = self.connection().prepare(
            "SELECT a.id, a.what, a.owner_id, p.full_name, a.due_date, a.status, a.done_on
               FROM action_items a LEFT JOIN people p ON p.id = a.owner_id
              WHERE a.visit_id = ?1 ORDER BY a.created_at, a.id",
        )?;
        let follow_ups = stmt
            .query_map([id], |r| {
                Ok((
                    r.get::<_, String>(0)?,
                    r.get::<_, String>(1)?,
                    r.get::<_, Option<String>>(2)?,
                    r.get::<_, Option<String>>(3)?,
                    r.get::<_, Option<String>>(4)?,
                    r.get::<_, String>(5)?,
                    r.get::<_, Option<String>>(6)?,
                ))
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?
            .into_iter()
            .map(|(id, what, owner_id, owner_name, due, status, done)| {
                Ok(ActionItem {
                    id,
                    what,
                    owner_id,
                    owner_name,
                    due_date: parse_day(due),
                    status: ActionStatus::parse(&status)?,
                    done_on: parse_day(done),
                    agenda_item_id: None,
                })
            })
            .collect::<Result<Vec<_>>>()?;
        Ok(Visit {
            id: row.0,
            settlement_id: row.1,
            settlement_name: row.2,
            date: parse_day(Some(row.3)).ok_or(Error::NotFound)?,
            purpose_id: row.4,
            visitors,
            visitor_names: names,
            people_met: row.5,
            summary: row.6,
            has_sensitive_notes: row.7,
            follow_ups,
        })
    }

    /// The sensitive notes of one visit: only when the user opens them on purpose.
    pub fn sensitive_notes(&self, visit_id: &str) -> Result<String> {
        self.connection()
            .query_row(
                "SELECT sensitive_notes FROM visits WHERE id = ?1",
                [visit_id],
                |r| r.get(0),
            )
            .optional()?
            .ok_or(Error::NotFound)
    }

    fn visit_rows(
        &self,
        condition: &str,
        arg: &dyn rusqlite::ToSql,
        limit: u32,
    ) -> Result<Vec<VisitRow>> {
        let sql = format!(
            "SELECT v.id, v.date, v.settlement_id, s.name, p.key, p.name, v.people_met, v.summary,
                    v.sensitive_notes <> '',
                    (SELECT count(*) FROM action_items a WHERE a.visit_id = v.id AND a.status = 'open')
               FROM visits v
               JOIN settlements s ON s.id = v.settlement_id
               JOIN visit_purposes p ON p.id = v.purpose_id
              WHERE {condition}
              ORDER BY v.date DESC, v.created_at DESC
              LIMIT {limit}"
        );
        let mut stmt = self.connection().prepare(&sql)?;
        let rows = stmt
            .query_map([arg], |r| {
                Ok((
                    r.get::<_, String>(0)?,
                    r.get::<_, String>(1)?,
                    r.get::<_, String>(2)?,
                    r.get::<_, String>(3)?,
                    r.get::<_, Option<String>>(4)?,
                    r.get::<_, String>(5)?,
                    r.get::<_, String>(6)?,
                    r.get::<_, String>(7)?,
                    r.get::<_, bool>(8)?,
                    r.get::<_, u32>(9)?,
                ))
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        rows.into_iter()
            .map(|row| {
                let (_, visitor_names) = visitor_names(self, &row.0)?;
                Ok(VisitRow {
                    date: parse_day(Some(row.1)).ok_or(Error::NotFound)?,
                    id: row.0,
                    settlement_id: row.2,
                    settlement_name: row.3,
                    purpose_key: row.4,
                    purpose_name: row.5,
                    visitor_names,
                    people_met: row.6,
                    summary: row.7,
                    has_sensitive_notes: row.8,
                    open_follow_ups: row.9,
                })
            })
            .collect()
    }

    /// Every visit to a settlement, newest first.
    pub fn settlement_visits(&self, settlement_id: &str) -> Result<Vec<VisitRow>> {
        self.visit_rows("v.settlement_id = ?1", &settlement_id, u32::MAX)
    }

    /// The latest visits anywhere, newest first.
    pub fn recent_visits(&self, limit: u32) -> Result<Vec<VisitRow>> {
        self.visit_rows("?1", &true, limit)
    }

    /// Settlements by how recently a visit to them was logged, most recent first: the quick
    /// entry offers these before the rest.
    pub fn recent_settlements(&self, limit: u32) -> Result<Vec<Id>> {
        let mut stmt = self.connection().prepare(
            "SELECT v.settlement_id FROM visits v JOIN settlements s ON s.id = v.settlement_id
              WHERE s.archived_at IS NULL
              GROUP BY v.settlement_id ORDER BY max(v.created_at) DESC, max(v.rowid) DESC LIMIT ?1",
        )?;
        let rows = stmt
            .query_map([limit], |r| r.get(0))?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(rows)
    }

    /// Coverage: each settlement (not archived, in a cluster not archived) with its last visit,
    /// the days since, and its visits in the period; grouped by cluster in Hebrew order.
    pub fn coverage(&self, filter: &CoverageFilter, today: NaiveDate) -> Result<Coverage> {
        let stale = stale_days(filter.stale_days)?;
        let to = optional_date(Field::Date, &filter.to)?.unwrap_or(today);
        let from = optional_date(Field::Date, &filter.from)?
            .unwrap_or_else(|| to - chrono::Days::new(u64::from(DEFAULT_STALE_DAYS)));
        if from > to {
            return Err(Error::Invalid {
                field: Field::Date,
                value: format!("{from} – {to}"),
            });
        }
        let cluster = self.filter_ref(RecordKind::Cluster, filter.cluster_id.as_deref())?;
        let coordinator = self.filter_ref(RecordKind::Person, filter.coordinator_id.as_deref())?;
        let mut stmt = self.connection().prepare(
            "SELECT s.id, s.name, c.id, c.name, p.full_name,
                    (SELECT max(v.date) FROM visits v WHERE v.settlement_id = s.id AND v.date <= ?4),
                    (SELECT count(*) FROM visits v WHERE v.settlement_id = s.id AND v.date BETWEEN ?3 AND ?4)
               FROM settlements s
               JOIN clusters c ON c.id = s.cluster_id
               LEFT JOIN people p ON p.id = c.coordinator_id
              WHERE s.archived_at IS NULL AND c.archived_at IS NULL
                AND (?1 IS NULL OR c.id = ?1)
                AND (?2 IS NULL OR c.coordinator_id = ?2)
              ORDER BY c.name COLLATE hebrew, c.id, s.name COLLATE hebrew, s.id",
        )?;
        let rows = stmt
            .query_map(
                params![cluster, coordinator, from.to_string(), to.to_string()],
                |r| {
                    Ok((
                        r.get::<_, String>(0)?,
                        r.get::<_, String>(1)?,
                        r.get::<_, String>(2)?,
                        r.get::<_, String>(3)?,
                        r.get::<_, Option<String>>(4)?,
                        r.get::<_, Option<String>>(5)?,
                        r.get::<_, u32>(6)?,
                    ))
                },
            )?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        let rows: Vec<CoverageRow> = rows
            .into_iter()
            .map(
                |(
                    settlement_id,
                    settlement_name,
                    cluster_id,
                    cluster_name,
                    coordinator_name,
                    last,
                    count,
                )| {
                    let last_visit = parse_day(last);
                    let days_since = last_visit.map(|d| (to - d).num_days());
                    CoverageRow {
                        settlement_id,
                        settlement_name,
                        cluster_id,
                        cluster_name,
                        coordinator_name,
                        last_visit,
                        days_since,
                        visits_in_period: count,
                        stale: days_since.is_none_or(|d| d >= i64::from(stale)),
                    }
                },
            )
            .collect();
        Ok(Coverage {
            from,
            to,
            stale_days: stale,
            visits_in_period: rows.iter().map(|r| r.visits_in_period).sum(),
            stale_count: rows.iter().filter(|r| r.stale).count() as u32,
            rows,
        })
    }

    /// The home screen: settlements not visited for `days` or more (never visited first, then
    /// the longest ago), in one cluster or in all.
    pub fn stale_settlements(
        &self,
        today: NaiveDate,
        days: Option<f64>,
        cluster_id: Option<&str>,
    ) -> Result<Vec<CoverageRow>> {
        let filter = CoverageFilter {
            cluster_id: cluster_id.map(str::to_owned),
            stale_days: days,
            ..CoverageFilter::default()
        };
        let mut rows: Vec<CoverageRow> = self
            .coverage(&filter, today)?
            .rows
            .into_iter()
            .filter(|r| r.stale)
            .collect();
        rows.sort_by_key(|r| std::cmp::Reverse(r.days_since.unwrap_or(i64::MAX)));
        Ok(rows)
    }
}

/// The home screen's settlements not visited lately: the first few, and how many there are.
#[derive(Clone, Debug, Serialize)]
pub struct StaleOnHome {
    pub rows: Vec<CoverageRow>,
    pub total: usize,
}

impl Store {
    /// `stale_settlements` as the home screen shows it: the first `HOME_LIST_LIMIT` and the
    /// count, so a district's thousands are not sent to the window to show twelve.
    pub fn stale_on_home(&self, today: NaiveDate, cluster_id: Option<&str>) -> Result<StaleOnHome> {
        let mut rows = self.stale_settlements(today, None, cluster_id)?;
        let total = rows.len();
        rows.truncate(crate::meetings::HOME_LIST_LIMIT);
        Ok(StaleOnHome { rows, total })
    }
}

/// The files the coverage report saves as.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CoverageFormat {
    Pdf,
    Csv,
}

impl CoverageFormat {
    pub fn extension(self) -> &'static str {
        match self {
            CoverageFormat::Pdf => "pdf",
            CoverageFormat::Csv => "csv",
        }
    }
}

/// The coverage report's columns, by message id.
const COVERAGE_HEADERS: [&str; 6] = [
    "coverage-col-cluster",
    "coverage-col-settlement",
    "coverage-col-coordinator",
    "coverage-col-last-visit",
    "coverage-col-days-since",
    "coverage-col-visits",
];

/// The coverage report as CSV that Excel opens with Hebrew intact (UTF-8 with a byte-order
/// mark), headers in the user's language, dates as `YYYY-MM-DD`. No visit text is in it.
pub fn coverage_csv(coverage: &Coverage, messages: &crate::i18n::Messages) -> Result<Vec<u8>> {
    let mut out = "\u{feff}".as_bytes().to_vec();
    {
        let mut writer = ::csv::Writer::from_writer(&mut out);
        let headers: Vec<String> = COVERAGE_HEADERS.iter().map(|id| messages.get(id)).collect();
        writer.write_record(&headers).map_err(csv_error)?;
        let never = messages.get("coverage-never");
        for row in &coverage.rows {
            writer
                .write_record([
                    row.cluster_name.clone(),
                    row.settlement_name.clone(),
                    row.coordinator_name.clone().unwrap_or_default(),
                    row.last_visit
                        .map_or_else(|| never.clone(), |d| d.to_string()),
                    row.days_since.map(|d| d.to_string()).unwrap_or_default(),
                    row.visits_in_period.to_string(),
                ])
                .map_err(csv_error)?;
        }
        writer.flush()?;
    }
    Ok(out)
}

/// The coverage report as a printable document: every text already in the user's language.
/// The printed page and the PDF both draw it.
#[derive(Clone, Debug, Serialize)]
pub struct CoverageDocument {
    pub department: String,
    pub title: String,
    pub date: String,
    /// The period and the threshold, in words.
    pub subtitle: String,
    pub headers: Vec<String>,
    pub groups: Vec<CoverageGroup>,
    /// "Page %P of %N".
    pub page_label: String,
}

#[derive(Clone, Debug, Serialize)]
pub struct CoverageGroup {
    pub title: String,
    pub rows: Vec<CoverageLine>,
}

#[derive(Clone, Debug, Serialize)]
pub struct CoverageLine {
    pub settlement_id: Id,
    pub cells: Vec<String>,
    pub stale: bool,
}

impl Store {
    pub fn coverage_document(
        &self,
        filter: &CoverageFilter,
        today: NaiveDate,
    ) -> Result<CoverageDocument> {
        use fluent_bundle::FluentValue;
        let coverage = self.coverage(filter, today)?;
        let msg = self.messages();
        let never = msg.get("coverage-never");
        let mut groups: Vec<CoverageGroup> = Vec::new();
        for row in &coverage.rows {
            let title = match &row.coordinator_name {
                Some(name) => format!("{} · {}", row.cluster_name, name),
                None => row.cluster_name.clone(),
            };
            if groups.last().is_none_or(|g| g.title != title) {
                groups.push(CoverageGroup {
                    title,
                    rows: Vec::new(),
                });
            }
            groups
                .last_mut()
                .expect("just pushed")
                .rows
                .push(CoverageLine {
                    settlement_id: row.settlement_id.clone(),
                    cells: vec![
                        row.settlement_name.clone(),
                        row.last_visit.map_or_else(|| never.clone(), day),
                        row.days_since.map(|d| d.to_string()).unwrap_or_default(),
                        row.visits_in_period.to_string(),
                    ],
                    stale: row.stale,
                });
        }
        Ok(CoverageDocument {
            department: self.department_name()?,
            title: msg.get("coverage-title"),
            date: day(today),
            subtitle: msg.format(
                "coverage-subtitle",
                &[
                    ("from", FluentValue::from(day(coverage.from))),
                    ("to", FluentValue::from(day(coverage.to))),
                    ("days", FluentValue::from(coverage.stale_days)),
                    ("stale", FluentValue::from(coverage.stale_count)),
                ],
            ),
            headers: COVERAGE_HEADERS[1..]
                .iter()
                .filter(|id| **id != "coverage-col-coordinator")
                .map(|id| msg.get(id))
                .collect(),
            groups,
            page_label: msg.format(
                "sheet-page",
                &[
                    ("page", FluentValue::from("%P")),
                    ("pages", FluentValue::from("%N")),
                ],
            ),
        })
    }

    /// The coverage report as a file in `format`, with the name the save dialog offers.
    pub fn export_coverage(
        &self,
        filter: &CoverageFilter,
        format: CoverageFormat,
        today: NaiveDate,
    ) -> Result<(Vec<u8>, String)> {
        let bytes = match format {
            CoverageFormat::Pdf => self.coverage_pdf(filter, today)?,
            CoverageFormat::Csv => coverage_csv(&self.coverage(filter, today)?, self.messages())?,
        };
        let name = format!(
            "{} {}",
            self.messages().get("coverage-title"),
            today.format("%Y-%m-%d")
        );
        Ok((bytes, name))
    }

    /// The coverage report as an A4 PDF.
    pub fn coverage_pdf(&self, filter: &CoverageFilter, today: NaiveDate) -> Result<Vec<u8>> {
        #[derive(Serialize)]
        struct Data<'a> {
            lang: &'static str,
            rtl: bool,
            report: &'a CoverageDocument,
        }
        let report = self.coverage_document(filter, today)?;
        let locale = self.locale();
        let data = Data {
            lang: locale.code(),
            rtl: locale.dir() == "rtl",
            report: &report,
        };
        crate::pdf::render(include_str!("templates/coverage.typ"), &data, today)
    }
}
