//! Search across the department's records: people, organizations, settlements, forums,
//! minutes, decisions, action items, gaps and visits. A person is found by a phone number in
//! any form people write it (050-5550113, 0505550113, +972 50 555 0113, 5550113).
//!
//! The index (`search_docs` + the FTS5 table `search_index`, migration 0004) is kept by SQLite
//! triggers, so it changes in the same transaction as the data. Its trigram tokenizer matches
//! any part of a word, so מועצה finds מהמועצה. A query word typed with Hebrew prefix letters
//! (ו ה ב כ ל מ ש) also looks for the word without them: לבית finds בית.
//!
//! Sensitive visit notes are not in the index. They are searched only when the caller asks for
//! them (`SearchQuery::include_sensitive`), straight from the visits table.

use std::collections::HashMap;

use rusqlite::{OptionalExtension, params_from_iter};
use serde::{Deserialize, Serialize};

mod words;

use crate::{
    Store,
    error::{Error, Field, Result},
};
use words::{Term, highlight, like_pattern, match_expression, plain, terms};

/// The longest query accepted, in characters.
pub const MAX_QUERY_CHARS: usize = 200;
/// Hits shown per kind; the rest are counted.
pub const HITS_PER_KIND: usize = 20;
/// Matches counted per kind. Beyond it a group says "at least this many" (`SearchGroup::more`):
/// a common word in ten years of minutes matches a hundred thousand records, and counting them
/// all would make every keystroke wait.
pub const COUNT_LIMIT: usize = 1000;
/// Letters that attach to the front of a Hebrew word: and, the, in, as, to, from, that.
const PREFIX_LETTERS: &[char] = &['ו', 'ה', 'ב', 'כ', 'ל', 'מ', 'ש'];
/// Characters of text shown on each side of the match.
const CONTEXT_CHARS: usize = 40;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SearchKind {
    Person,
    Organization,
    Settlement,
    Forum,
    Minutes,
    Decision,
    ActionItem,
    Gap,
    Visit,
    /// An emergency capability (found by its name, not through the index: there are few).
    Capability,
    /// An organization, found by its emergency equipment: what it is and where it is kept.
    Equipment,
    /// A program, by its name, goal, work axes and notes.
    Program,
    /// A program's move; it opens the program.
    Move,
    /// A hosted delegation, by its name, country, notes and the places of its stops.
    Delegation,
    /// A work plan's goal or objective, by its name and description; it opens the plan.
    PlanGoal,
    /// A work plan's task; it opens the plan.
    PlanTask,
    /// A goal's lessons for a year; it opens the plan.
    PlanLesson,
}

impl SearchKind {
    /// In the order the results are shown.
    pub const ALL: [SearchKind; 17] = [
        SearchKind::Person,
        SearchKind::Organization,
        SearchKind::Settlement,
        SearchKind::Forum,
        SearchKind::Minutes,
        SearchKind::Decision,
        SearchKind::ActionItem,
        SearchKind::Gap,
        SearchKind::Visit,
        SearchKind::Capability,
        SearchKind::Equipment,
        SearchKind::Program,
        SearchKind::Move,
        SearchKind::Delegation,
        SearchKind::PlanGoal,
        SearchKind::PlanTask,
        SearchKind::PlanLesson,
    ];

    /// The kinds in the full-text index, each in a band of its own.
    const INDEXED: [SearchKind; 9] = [
        SearchKind::Person,
        SearchKind::Organization,
        SearchKind::Settlement,
        SearchKind::Forum,
        SearchKind::Minutes,
        SearchKind::Decision,
        SearchKind::ActionItem,
        SearchKind::Gap,
        SearchKind::Visit,
    ];

    /// The kind as `search_docs.kind` names it (the tests compare the two).
    #[cfg(test)]
    fn code(self) -> &'static str {
        match self {
            SearchKind::Person => "person",
            SearchKind::Organization => "organization",
            SearchKind::Settlement => "settlement",
            SearchKind::Forum => "forum",
            SearchKind::Minutes => "minutes",
            SearchKind::Decision => "decision",
            SearchKind::ActionItem => "action_item",
            SearchKind::Gap => "gap",
            SearchKind::Visit => "visit",
            SearchKind::Capability => "capability",
            SearchKind::Equipment => "equipment",
            SearchKind::Program => "program",
            SearchKind::Move => "move",
            SearchKind::Delegation => "delegation",
            SearchKind::PlanGoal => "plan_goal",
            SearchKind::PlanTask => "plan_task",
            SearchKind::PlanLesson => "plan_lesson",
        }
    }

    /// The kind's documents in the index are numbered from `band().0` up to `band().1`
    /// (excluded): migrations 0006 and 0010 give each kind its own range, so one kind is
    /// searched by rowid alone.
    fn band(self) -> (i64, i64) {
        let n = self.number();
        (n << 40, (n + 1) << 40)
    }

    /// The kind's number in the index, as the migrations gave it (not its place in `ALL`).
    fn number(self) -> i64 {
        match self {
            SearchKind::Person => 1,
            SearchKind::Settlement => 2,
            SearchKind::Forum => 3,
            SearchKind::Minutes => 4,
            SearchKind::Decision => 5,
            SearchKind::ActionItem => 6,
            SearchKind::Gap => 7,
            SearchKind::Visit => 8,
            SearchKind::Organization => 9,
            // Not in the index: their band is below every document's.
            SearchKind::Capability
            | SearchKind::Equipment
            | SearchKind::Program
            | SearchKind::Move
            | SearchKind::Delegation
            | SearchKind::PlanGoal
            | SearchKind::PlanTask
            | SearchKind::PlanLesson => 0,
        }
    }
}

#[derive(Clone, Debug, Default, Deserialize)]
pub struct SearchQuery {
    pub text: String,
    /// Also search visits' sensitive notes. Off unless the user turns it on.
    #[serde(default)]
    pub include_sensitive: bool,
}

/// A piece of text with the part that matched cut out, to be shown with `matched` marked.
/// Three plain strings: the UI inserts them as text, never as HTML.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Highlight {
    pub before: String,
    pub matched: String,
    pub after: String,
}

impl Highlight {
    pub fn text(&self) -> String {
        format!("{}{}{}", self.before, self.matched, self.after)
    }
}

/// One record found, with what is needed to show it and to open it.
#[derive(Clone, Debug, Serialize)]
pub struct SearchHit {
    pub kind: SearchKind,
    pub id: String,
    /// The record's name, or for things inside a meeting or visit, the forum or settlement.
    pub title: String,
    /// What tells a person apart beside the name: their role and where they work.
    pub detail: Option<String>,
    pub date: Option<String>,
    /// The text that matched, cut around the match.
    pub snippet: Highlight,
    /// The match is in the title rather than the text.
    pub in_title: bool,
    /// The match is in sensitive notes (only when asked for).
    pub sensitive: bool,
    pub archived: bool,
    /// Where the record opens: its meeting or visit, for the kinds that live inside one.
    pub meeting_id: Option<String>,
    pub visit_id: Option<String>,
}

#[derive(Clone, Debug, Serialize)]
pub struct SearchGroup {
    pub kind: SearchKind,
    /// How many records of this kind match, up to `COUNT_LIMIT`; `hits` holds the first
    /// `HITS_PER_KIND`.
    pub total: usize,
    /// More than `total` match: counting stopped at `COUNT_LIMIT`.
    pub more: bool,
    pub hits: Vec<SearchHit>,
}

#[derive(Clone, Debug, Default, Serialize)]
pub struct SearchResults {
    pub groups: Vec<SearchGroup>,
}

impl SearchResults {
    pub fn total(&self) -> usize {
        self.groups.iter().map(|g| g.total).sum()
    }
}

/// What one kind has found so far: how many matches (past `COUNT_LIMIT` means more), and
/// the first `HITS_PER_KIND` of them.
#[derive(Default)]
struct Found {
    total: usize,
    hits: Vec<SearchHit>,
}

/// What is shown of a record beyond the indexed text: its title, date, whether it is archived
/// and where it opens.
struct Shown {
    title: String,
    detail: Option<String>,
    date: Option<String>,
    archived: bool,
    meeting_id: Option<String>,
    visit_id: Option<String>,
}

fn describe(store: &Store, kind: SearchKind, id: &str) -> Result<Option<Shown>> {
    let conn = store.connection();
    let sql = match kind {
        SearchKind::Person => {
            "SELECT p.full_name AS title, NULL AS date, p.archived_at IS NOT NULL AS archived,
                    NULL AS meeting_id, NULL AS visit_id,
                    nullif(concat_ws(' · ', nullif(p.role_title, ''), coalesce(s.name, o.name, c.name)), '')
                    AS detail
               FROM people p LEFT JOIN settlements s ON s.id = p.settlement_id
               LEFT JOIN organizations o ON o.id = p.organization_id
               LEFT JOIN clusters c ON c.id = p.cluster_id
              WHERE p.id = ?1"
        }
        SearchKind::Organization => {
            "SELECT name AS title, NULL AS date, archived_at IS NOT NULL AS archived, NULL AS meeting_id,
                    NULL AS visit_id
               FROM organizations WHERE id = ?1"
        }
        SearchKind::Settlement => {
            "SELECT name AS title, NULL AS date, archived_at IS NOT NULL AS archived, NULL AS meeting_id,
                    NULL AS visit_id
               FROM settlements WHERE id = ?1"
        }
        SearchKind::Forum => {
            "SELECT name AS title, NULL AS date, archived_at IS NOT NULL AS archived, NULL AS meeting_id,
                    NULL AS visit_id
               FROM forums WHERE id = ?1"
        }
        SearchKind::Minutes => {
            "SELECT f.name AS title, m.date AS date, 0 AS archived, m.id AS meeting_id, NULL AS visit_id FROM meetings m JOIN forums f ON f.id = m.forum_id
             WHERE m.id = ?1"
        }
        SearchKind::Decision => {
            "SELECT f.name AS title, m.date AS date, 0 AS archived, m.id AS meeting_id, NULL AS visit_id FROM decisions d
             JOIN meetings m ON m.id = d.meeting_id JOIN forums f ON f.id = m.forum_id WHERE d.id = ?1"
        }
        SearchKind::Gap => {
            "SELECT f.name AS title, m.date AS date, 0 AS archived, m.id AS meeting_id, NULL AS visit_id FROM gaps g
             JOIN meetings m ON m.id = g.meeting_id JOIN forums f ON f.id = m.forum_id WHERE g.id = ?1"
        }
        SearchKind::ActionItem => {
            "SELECT coalesce(f.name, s.name, '') AS title, coalesce(m.date, v.date) AS date, 0 AS archived,
                    m.id AS meeting_id, v.id AS visit_id
             FROM action_items a
             LEFT JOIN meetings m ON m.id = a.meeting_id LEFT JOIN forums f ON f.id = m.forum_id
             LEFT JOIN visits v ON v.id = a.visit_id LEFT JOIN settlements s ON s.id = v.settlement_id
             WHERE a.id = ?1"
        }
        SearchKind::Visit => {
            "SELECT s.name AS title, v.date AS date, 0 AS archived, NULL AS meeting_id, v.id AS visit_id FROM visits v
             JOIN settlements s ON s.id = v.settlement_id WHERE v.id = ?1"
        }
        // Found outside the index (`search_small`), never described here.
        SearchKind::Capability
        | SearchKind::Equipment
        | SearchKind::Program
        | SearchKind::Move
        | SearchKind::Delegation
        | SearchKind::PlanGoal
        | SearchKind::PlanTask
        | SearchKind::PlanLesson => return Ok(None),
    };
    Ok(conn
        .query_row(sql, [id], |r| {
            Ok(Shown {
                title: r.get("title")?,
                detail: if kind == SearchKind::Person {
                    r.get("detail")?
                } else {
                    None
                },
                date: r.get("date")?,
                archived: r.get("archived")?,
                meeting_id: r.get("meeting_id")?,
                visit_id: r.get("visit_id")?,
            })
        })
        .optional()?)
}

impl Store {
    /// Search every kind of record. An empty query finds nothing; a query longer than
    /// `MAX_QUERY_CHARS` is refused with a message saying so.
    pub fn search(&self, query: &SearchQuery) -> Result<SearchResults> {
        if query.text.chars().count() > MAX_QUERY_CHARS {
            return Err(Error::TooLong {
                field: Field::Query,
                max: MAX_QUERY_CHARS as u32,
            });
        }
        let terms = terms(&query.text);
        if terms.is_empty() {
            return Ok(SearchResults::default());
        }

        // Each kind on its own: its band of documents, newest first, at most one more than
        // `COUNT_LIMIT` of them. The text is read only for the hits shown. CROSS JOIN keeps the
        // index outermost, so the match and the rowid range are its to answer.
        let mut sql = String::from(
            "SELECT d.record_id, s.title, s.body FROM search_index s
             CROSS JOIN search_docs d ON d.doc = s.rowid WHERE s.rowid >= ? AND s.rowid < ?",
        );
        let mut args: Vec<rusqlite::types::Value> = vec![0.into(), 0.into()];
        if let Some(expression) = match_expression(&terms) {
            sql.push_str(" AND search_index MATCH ?");
            args.push(expression.into());
        }
        for term in terms.iter().filter(|t| t.variants[0].chars().count() < 3) {
            let pattern = like_pattern(&term.variants[0]);
            sql.push_str(" AND (s.title LIKE ? ESCAPE '\\' OR s.body LIKE ? ESCAPE '\\')");
            args.push(pattern.clone().into());
            args.push(pattern.into());
        }
        sql.push_str(" ORDER BY s.rowid DESC LIMIT ?");
        args.push((COUNT_LIMIT as i64 + 1).into());

        let mut found: HashMap<SearchKind, Found> = HashMap::new();
        let conn = self.connection();
        let mut statement = conn.prepare(&sql)?;
        for kind in SearchKind::INDEXED {
            let (from, to) = kind.band();
            args[0] = from.into();
            args[1] = to.into();
            let mut rows = statement.query(params_from_iter(args.iter()))?;
            let mut group = Found::default();
            while let Some(row) = rows.next()? {
                group.total += 1;
                if group.hits.len() >= HITS_PER_KIND {
                    continue;
                }
                let id: String = row.get(0)?;
                let Some(shown) = describe(self, kind, &id)? else {
                    continue;
                };
                // Read in place: the title and text of only the hits shown are copied.
                let title = row.get_ref(1)?.as_str().unwrap_or("");
                let body = row.get_ref(2)?.as_str().unwrap_or("");
                let (snippet, in_title) = match highlight(title, &terms) {
                    Some(h) => (h, true),
                    None => (
                        highlight(body, &terms).unwrap_or_else(|| plain(body)),
                        false,
                    ),
                };
                group.hits.push(SearchHit {
                    kind,
                    id,
                    title: shown.title,
                    detail: shown.detail,
                    date: shown.date,
                    snippet,
                    in_title,
                    sensitive: false,
                    archived: shown.archived,
                    meeting_id: shown.meeting_id,
                    visit_id: shown.visit_id,
                });
            }
            if group.total > 0 {
                found.insert(kind, group);
            }
        }

        if query.include_sensitive {
            self.search_sensitive(&terms, &mut found)?;
        }
        self.search_small(&terms, &mut found)?;

        Ok(SearchResults {
            groups: SearchKind::ALL
                .into_iter()
                .filter_map(|kind| {
                    found.remove(&kind).map(|f| SearchGroup {
                        kind,
                        total: f.total.min(COUNT_LIMIT),
                        more: f.total > COUNT_LIMIT,
                        hits: f.hits,
                    })
                })
                .collect(),
        })
    }

    /// Records of small tables, read with `LIKE` (every word, in any of its forms): emergency
    /// capabilities by name, organizations by their equipment, programs, their moves, and
    /// hosted delegations. Each query gives the id to open, the title, a detail and the text
    /// the snippet is cut from.
    fn search_small(&self, terms: &[Term], found: &mut HashMap<SearchKind, Found>) -> Result<()> {
        let conn = self.connection();
        for (kind, sql, columns) in [
            (
                SearchKind::Program,
                "SELECT g.id, g.name, NULL,
                        g.name || ' · ' || g.goal || ' · ' || coalesce((SELECT group_concat(a.name || ' ' || a.description, ' · ')
                                                                     FROM program_axes a WHERE a.program_id = g.id), '') || ' · ' || g.notes
                   FROM programs g WHERE 1",
                &[
                    "g.name",
                    "g.goal",
                    "g.notes",
                    "(SELECT group_concat(a.name || ' ' || a.description, ' ') FROM program_axes a WHERE a.program_id = g.id)",
                ][..],
            ),
            (
                SearchKind::Move,
                "SELECT g.id, m.what, g.name, m.what FROM program_moves m JOIN programs g ON g.id = m.program_id WHERE 1",
                &["m.what"][..],
            ),
            (
                SearchKind::Delegation,
                "SELECT d.id, d.name, d.country,
                        d.name || ' · ' || d.country || ' · ' || coalesce((SELECT group_concat(t.place, ' · ')
                                                                        FROM delegation_stops t WHERE t.delegation_id = d.id), '') || ' · ' || d.notes
                   FROM delegations d WHERE 1",
                &[
                    "d.name",
                    "d.country",
                    "d.notes",
                    "(SELECT group_concat(t.place || ' ' || t.notes, ' ') FROM delegation_stops t WHERE t.delegation_id = d.id)",
                ][..],
            ),
            (
                SearchKind::PlanGoal,
                "SELECT plan_id, name, plan, name || ' · ' || description FROM (
                    SELECT g.plan_id, g.name, g.description, p.name AS plan FROM plan_goals g JOIN plans p ON p.id = g.plan_id
                    UNION ALL
                    SELECT g.plan_id, o.name, o.description, p.name FROM plan_objectives o JOIN plan_goals g ON g.id = o.goal_id
                      JOIN plans p ON p.id = g.plan_id) WHERE 1",
                &["name", "description"][..],
            ),
            (
                SearchKind::PlanTask,
                "SELECT g.plan_id, t.what, p.name, t.what FROM plan_tasks t JOIN plan_objectives o ON o.id = t.objective_id
                   JOIN plan_goals g ON g.id = o.goal_id JOIN plans p ON p.id = g.plan_id WHERE 1",
                &["t.what"][..],
            ),
            (
                SearchKind::PlanLesson,
                "SELECT g.plan_id, g.name, p.name, l.worked || ' · ' || l.did_not || ' · ' || l.cases || ' · ' || l.lessons
                   FROM plan_lessons l JOIN plan_goals g ON g.id = l.goal_id JOIN plans p ON p.id = g.plan_id WHERE 1",
                &["l.worked", "l.did_not", "l.cases", "l.lessons"][..],
            ),
            (
                SearchKind::Capability,
                "SELECT id, name, emergency_cluster, name FROM emergency_capabilities WHERE merged_into IS NULL",
                &["name"][..],
            ),
            (
                SearchKind::Equipment,
                "SELECT o.id, o.name, NULL, group_concat(e.kind || coalesce(' ×' || e.quantity, '') ||
                        CASE WHEN e.kept_at = '' THEN '' ELSE ', ' || e.kept_at END, ' · ')
                   FROM organization_equipment e JOIN organizations o ON o.id = e.organization_id
                  WHERE o.archived_at IS NULL",
                &["e.kind", "e.kept_at"][..],
            ),
        ] {
            let mut sql = sql.to_owned();
            let mut args: Vec<String> = Vec::new();
            for term in terms {
                let alternatives: Vec<String> = term
                    .variants
                    .iter()
                    .flat_map(|_| columns.iter().map(|c| format!("{c} LIKE ? ESCAPE '\\'")))
                    .collect();
                sql.push_str(&format!(" AND ({})", alternatives.join(" OR ")));
                for variant in &term.variants {
                    args.extend(columns.iter().map(|_| like_pattern(variant)));
                }
            }
            sql.push_str(match kind {
                SearchKind::Equipment => " GROUP BY o.id ORDER BY o.name",
                SearchKind::Program => " ORDER BY g.archived_at IS NOT NULL, g.name",
                SearchKind::Move => " ORDER BY g.name, m.position",
                SearchKind::Delegation => " ORDER BY d.starts_on DESC",
                SearchKind::PlanTask => " ORDER BY t.school_year DESC, t.position",
                SearchKind::PlanLesson => " ORDER BY l.school_year DESC",
                _ => " ORDER BY name",
            });
            sql.push_str(&format!(" LIMIT {}", COUNT_LIMIT + 1));
            let mut statement = conn.prepare(&sql)?;
            let mut rows = statement.query(params_from_iter(args.iter()))?;
            let mut group = Found::default();
            while let Some(row) = rows.next()? {
                group.total += 1;
                if group.hits.len() >= HITS_PER_KIND {
                    continue;
                }
                let text: String = row.get(3)?;
                let detail = row.get::<_, Option<String>>(2)?.map(|d| {
                    if kind == SearchKind::Capability {
                        self.messages()
                            .get(&format!("emergency-cluster-{}", d.replace('_', "-")))
                    } else {
                        d
                    }
                }).filter(|d| !d.is_empty());
                group.hits.push(SearchHit {
                    kind,
                    id: row.get(0)?,
                    title: row.get(1)?,
                    detail,
                    date: None,
                    snippet: highlight(&text, terms).unwrap_or_else(|| plain(&text)),
                    in_title: matches!(kind, SearchKind::Capability | SearchKind::Move | SearchKind::PlanTask),
                    sensitive: false,
                    archived: false,
                    meeting_id: None,
                    visit_id: None,
                });
            }
            if group.total > 0 {
                found.insert(kind, group);
            }
        }
        Ok(())
    }

    /// Visits whose sensitive notes hold every word: read only on the user's request.
    fn search_sensitive(
        &self,
        terms: &[Term],
        found: &mut HashMap<SearchKind, Found>,
    ) -> Result<()> {
        let mut sql =
            String::from("SELECT id, sensitive_notes FROM visits WHERE sensitive_notes <> ''");
        let mut args: Vec<String> = Vec::new();
        for term in terms {
            let alternatives: Vec<&str> = term
                .variants
                .iter()
                .map(|_| "sensitive_notes LIKE ? ESCAPE '\\'")
                .collect();
            sql.push_str(&format!(" AND ({})", alternatives.join(" OR ")));
            args.extend(term.variants.iter().map(|v| like_pattern(v)));
        }
        sql.push_str(&format!(
            " ORDER BY date DESC, id DESC LIMIT {}",
            COUNT_LIMIT + 1
        ));
        let conn = self.connection();
        let mut statement = conn.prepare(&sql)?;
        let mut rows = statement.query(params_from_iter(args.iter()))?;
        let entry = found.entry(SearchKind::Visit).or_default();
        while let Some(row) = rows.next()? {
            let id: String = row.get(0)?;
            if let Some(hit) = entry.hits.iter_mut().find(|h| h.id == id) {
                hit.sensitive = true;
                continue;
            }
            entry.total += 1;
            if entry.hits.len() >= HITS_PER_KIND {
                continue;
            }
            let notes: String = row.get(1)?;
            let Some(shown) = describe(self, SearchKind::Visit, &id)? else {
                continue;
            };
            entry.hits.push(SearchHit {
                kind: SearchKind::Visit,
                id,
                title: shown.title,
                detail: shown.detail,
                date: shown.date,
                snippet: highlight(&notes, terms).unwrap_or_else(|| plain(&notes)),
                in_title: false,
                sensitive: true,
                archived: false,
                meeting_id: None,
                visit_id: shown.visit_id,
            });
        }
        if entry.total == 0 {
            found.remove(&SearchKind::Visit);
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A database made before migration 0006 numbered its documents in one run; after it, each
    /// kind has its band, the same records are found, and new records join their kind's band.
    #[test]
    fn migrating_to_kind_bands_keeps_every_record_findable() {
        use crate::store::MIGRATIONS;
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("eshkol.sqlite3");
        let before_bands = MIGRATIONS
            .iter()
            .position(|m| m.contains("search_docs_banded"))
            .unwrap();
        let query = |text: &str| SearchQuery {
            text: text.into(),
            include_sensitive: false,
        };
        let words = [
            "מועצה",
            "ביקור",
            "example.org",
            "הסעות",
            "נוער",
            "קהילה",
            "בית",
        ];
        // What each word finds, as (kind, record ids): before the bands, from the index itself
        // (the search of this build asks by band); after, through the search.
        type Found = Vec<(String, Vec<(String, usize, Vec<String>)>)>;
        let found_before: Found = {
            let conn = rusqlite::Connection::open(&path).unwrap();
            let mut store =
                Store::init(conn, Some(path.clone()), &MIGRATIONS[..before_bands]).unwrap();
            // The schema before the bands has no emergency tables: nothing of them is made.
            store
                .generate(crate::generate::Scale {
                    volunteers: 0,
                    emergency_organizations: 0,
                    ..crate::generate::Scale::DISTRICT.times(0.002)
                })
                .unwrap();
            let conn = store.connection();
            let mut statement = conn
                .prepare(
                    "SELECT d.kind, d.record_id FROM search_index s JOIN search_docs d ON d.doc = s.rowid
                     WHERE search_index MATCH ?1 ORDER BY d.kind, d.doc DESC",
                )
                .unwrap();
            words
                .iter()
                .map(|w| {
                    // Per kind: how many, and the newest HITS_PER_KIND.
                    let mut by_kind: Vec<(String, usize, Vec<String>)> = Vec::new();
                    let rows = statement
                        .query_map([format!("\"{w}\"")], |r| {
                            Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?))
                        })
                        .unwrap();
                    for row in rows {
                        let (kind, id) = row.unwrap();
                        match by_kind.last_mut() {
                            Some((k, n, ids)) if *k == kind => {
                                *n += 1;
                                if ids.len() < HITS_PER_KIND {
                                    ids.push(id);
                                }
                            }
                            _ => by_kind.push((kind, 1, vec![id])),
                        }
                    }
                    by_kind.sort();
                    (w.to_string(), by_kind)
                })
                .collect()
        };
        let kinds_found: std::collections::HashSet<&str> = found_before
            .iter()
            .flat_map(|(_, kinds)| kinds.iter().map(|k| k.0.as_str()))
            .collect();
        assert!(kinds_found.len() >= 4, "{kinds_found:?}");

        let mut store = Store::open(&path).unwrap();
        let found_after: Found = words
            .iter()
            .map(|w| {
                let results = store.search(&query(w)).unwrap();
                // Organizations were first indexed by migration 0010: compared apart below.
                let mut by_kind: Vec<(String, usize, Vec<String>)> = results
                    .groups
                    .iter()
                    .filter(|g| g.kind != SearchKind::Organization)
                    .map(|g| {
                        assert!(!g.more);
                        let ids = g.hits.iter().map(|h| h.id.clone()).collect();
                        (g.kind.code().to_string(), g.total, ids)
                    })
                    .collect();
                by_kind.sort();
                (w.to_string(), by_kind)
            })
            .collect();
        assert_eq!(found_after, found_before);
        let organizations: i64 = store
            .connection()
            .query_row("SELECT count(*) FROM organizations", [], |r| r.get(0))
            .unwrap();
        let indexed = store.connection().query_row(
            "SELECT count(*) FROM search_docs WHERE kind = 'organization'",
            [],
            |r| r.get::<_, i64>(0),
        );
        assert_eq!(
            indexed.unwrap(),
            organizations,
            "every organization is indexed"
        );
        let outside: i64 = store
            .connection()
            .query_row(
                "SELECT count(*) FROM search_docs
                 WHERE doc < (CASE kind WHEN 'person' THEN 1 WHEN 'settlement' THEN 2 WHEN 'forum' THEN 3
                   WHEN 'minutes' THEN 4 WHEN 'decision' THEN 5 WHEN 'action_item' THEN 6 WHEN 'gap' THEN 7
                   WHEN 'visit' THEN 8 WHEN 'organization' THEN 9 END << 40)
                    OR doc >= (CASE kind WHEN 'person' THEN 2 WHEN 'settlement' THEN 3 WHEN 'forum' THEN 4
                   WHEN 'minutes' THEN 5 WHEN 'decision' THEN 6 WHEN 'action_item' THEN 7 WHEN 'gap' THEN 8
                   WHEN 'visit' THEN 9 WHEN 'organization' THEN 10 END << 40)",
                [],
                |r| r.get(0),
            )
            .unwrap();
        assert_eq!(outside, 0, "every document is in its kind's band");
        for kind in SearchKind::INDEXED {
            let (from, to) = kind.band();
            let (docs, records): (i64, i64) = store
                .connection()
                .query_row(
                    "SELECT (SELECT count(*) FROM search_index WHERE rowid >= ?1 AND rowid < ?2),
                            (SELECT count(*) FROM search_docs WHERE kind = ?3)",
                    rusqlite::params![from, to, kind.code()],
                    |r| Ok((r.get(0)?, r.get(1)?)),
                )
                .unwrap();
            assert_eq!(docs, records, "{kind:?}");
        }

        let id = store
            .add_person(&crate::directory::PersonInput {
                full_name: "שולמית ירדני".into(),
                ..Default::default()
            })
            .unwrap();
        let results = store.search(&query("ירדני")).unwrap();
        assert_eq!(results.groups.len(), 1);
        assert_eq!(results.groups[0].hits[0].id, id);
        let doc: i64 = store
            .connection()
            .query_row(
                "SELECT doc FROM search_docs WHERE record_id = ?1",
                [&id],
                |r| r.get(0),
            )
            .unwrap();
        assert!(doc > SearchKind::Person.band().0 && doc < SearchKind::Person.band().1);
    }
}
