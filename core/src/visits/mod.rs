//! Visits to settlements: who went, why, whom they met, what came of it (follow-ups are action
//! items, raised on the visit instead of a meeting); each settlement's history; and, in
//! `coverage.rs`, the question "where have we not been lately?".
//!
//! Sensitive notes (about minors at risk) live in their own column. No list, report, search or
//! export reads that column: only `Store::sensitive_notes`, which the UI calls when the user
//! deliberately opens them. Lists learn only that such notes exist.

use chrono::NaiveDate;
use rusqlite::{OptionalExtension, params};
use serde::{Deserialize, Serialize};

mod coverage;

pub use coverage::*;

use crate::{
    directory::RecordKind,
    error::{Error, Field, Result},
    forums::{ActionItem, ActionItemInput},
    model::{Id, check_texts, date, new_id, optional_date, required},
    store::{Store, Writer, from_row, now, one_row, rows},
};

/// A visit as entered in its form.
#[derive(Clone, Debug, Default, Deserialize)]
pub struct VisitInput {
    pub settlement_id: String,
    /// As typed (`model::read_date`).
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
        // The same values, by the same numbers, for a new visit or a changed one. Sensitive
        // notes the form never saw (`None`) stay as they are.
        let (id, sql) = match id {
            None => (
                new_id(),
                "INSERT INTO visits (id, settlement_id, date, purpose_id, people_met, summary, sensitive_notes,
                                     created_at, updated_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, coalesce(?7, ''), ?8, ?8)",
            ),
            Some(id) => (
                id.to_owned(),
                "UPDATE visits SET settlement_id = ?2, date = ?3, purpose_id = ?4, people_met = ?5, summary = ?6,
                        sensitive_notes = coalesce(?7, sensitive_notes), updated_at = ?8
                  WHERE id = ?1",
            ),
        };
        one_row(self.tx.execute(
            sql,
            params![
                id,
                settlement,
                day,
                purpose,
                input.people_met.trim(),
                input.summary.trim(),
                input.sensitive_notes.as_deref().map(str::trim),
                now()
            ],
        )?)?;
        self.tx.execute("DELETE FROM visit_staff WHERE visit_id = ?1", [&id])?;
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
        one_row(self.tx.execute("DELETE FROM visits WHERE id = ?1", [id])?)
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
        let due = optional_date(Field::DueDate, &input.due_date)?;
        let stamp = now();
        match id {
            Some(id) => {
                let changed = self.tx.execute(
                    "UPDATE action_items SET what = ?3, owner_id = ?4, due_date = ?5, updated_at = ?6
                      WHERE id = ?1 AND visit_id = ?2",
                    params![id, visit_id, what, owner, due, stamp],
                )?;
                one_row(changed)?;
                Ok(id.to_owned())
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
        one_row(self.tx.execute(
            "DELETE FROM action_items WHERE id = ?1 AND visit_id IS NOT NULL",
            [id],
        )?)
    }
}

/// Who went on a visit, in Hebrew order: their ids and their names.
fn visitors(store: &Store, visit_id: &str) -> Result<(Vec<Id>, Vec<String>)> {
    let mut stmt = store.connection().prepare_cached(
        "SELECT p.id, p.full_name FROM visit_staff s JOIN people p ON p.id = s.person_id
          WHERE s.visit_id = ?1 ORDER BY p.full_name COLLATE hebrew, p.id",
    )?;
    let rows = stmt.query_map([visit_id], |r| Ok((r.get("id")?, r.get("full_name")?)))?;
    Ok(rows.collect::<rusqlite::Result<Vec<(Id, String)>>>()?.into_iter().unzip())
}

from_row!(r => Purpose { id, key, name });

// The visit's own columns; who went and the follow-ups are read after.
from_row!(r => Visit {
    id, settlement_id, settlement_name, date, purpose_id,
    visitors: Vec::new(),
    visitor_names: Vec::new(),
    people_met, summary, has_sensitive_notes,
    follow_ups: Vec::new(),
});

// The visit in a list; who went is read after.
from_row!(r => VisitRow {
    id, date, settlement_id, settlement_name, purpose_key, purpose_name,
    visitor_names: Vec::new(),
    people_met, summary, has_sensitive_notes, open_follow_ups,
});

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
        rows(
            self.connection(),
            "SELECT id, key, name FROM visit_purposes ORDER BY position, name COLLATE hebrew",
            [],
            Purpose::from_row,
        )
    }

    /// One visit, without its sensitive notes.
    pub fn visit(&self, id: &str) -> Result<Visit> {
        let mut visit = self
            .connection()
            .query_row(
                "SELECT v.id, v.settlement_id, s.name AS settlement_name, v.date, v.purpose_id, v.people_met,
                        v.summary, v.sensitive_notes <> '' AS has_sensitive_notes
                   FROM visits v JOIN settlements s ON s.id = v.settlement_id
                  WHERE v.id = ?1",
                [id],
                Visit::from_row,
            )
            .optional()?
            .ok_or(Error::NotFound)?;
        (visit.visitors, visit.visitor_names) = visitors(self, id)?;
        visit.follow_ups = rows(
            self.connection(),
            "SELECT a.id, a.what, a.owner_id, p.full_name AS owner_name, a.due_date, a.status, a.done_on,
                        a.agenda_item_id
                   FROM action_items a LEFT JOIN people p ON p.id = a.owner_id
                  WHERE a.visit_id = ?1 ORDER BY a.created_at, a.id",
            [id],
            ActionItem::from_row,
        )?;
        Ok(visit)
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
            "SELECT v.id, v.date, v.settlement_id, s.name AS settlement_name, p.key AS purpose_key,
                    p.name AS purpose_name, v.people_met, v.summary, v.sensitive_notes <> '' AS has_sensitive_notes,
                    (SELECT count(*) FROM action_items a WHERE a.visit_id = v.id AND a.status = 'open')
                      AS open_follow_ups
               FROM visits v
               JOIN settlements s ON s.id = v.settlement_id
               JOIN visit_purposes p ON p.id = v.purpose_id
              WHERE {condition}
              ORDER BY v.date DESC, v.created_at DESC
              LIMIT {limit}"
        );
        let mut stmt = self.connection().prepare(&sql)?;
        let rows = stmt
            .query_map([arg], VisitRow::from_row)?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        rows.into_iter()
            .map(|mut row| {
                row.visitor_names = visitors(self, &row.id)?.1;
                Ok(row)
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
}
