//! Reading visits: the purposes to choose from, one visit (without its sensitive notes, which
//! only `sensitive_notes` reads), a settlement's history, the latest visits and the
//! settlements most recently visited.

use rusqlite::OptionalExtension;

use super::types::*;
use crate::{
    error::{Error, Result},
    forums::ActionItem,
    model::Id,
    store::{Store, rows},
};

/// Who went on a visit, in Hebrew order: their ids and their names.
fn visitors(store: &Store, visit_id: &str) -> Result<(Vec<Id>, Vec<String>)> {
    let mut stmt = store.connection().prepare_cached(
        "SELECT p.id, p.full_name FROM visit_staff s JOIN people p ON p.id = s.person_id
          WHERE s.visit_id = ?1 ORDER BY p.full_name COLLATE hebrew, p.id",
    )?;
    let rows = stmt.query_map([visit_id], |r| Ok((r.get("id")?, r.get("full_name")?)))?;
    Ok(rows
        .collect::<rusqlite::Result<Vec<(Id, String)>>>()?
        .into_iter()
        .unzip())
}

impl Store {
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
