//! A visit's writes: the visit with who went, whom they met and its sensitive notes (kept only
//! when sent), a purpose of the department's own, and the follow-ups raised on it.

use rusqlite::{OptionalExtension, params};

use super::types::*;
use crate::{
    directory::RecordKind,
    error::{Error, Field, Result},
    forums::ActionItemInput,
    model::{Id, check_texts, date, new_id, optional_date, required},
    store::{Store, Writer, now, one_row},
};

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
            (
                Field::SensitiveNotes,
                input.sensitive_notes.as_deref().unwrap_or(""),
            ),
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
        self.tx
            .execute("DELETE FROM visit_staff WHERE visit_id = ?1", [&id])?;
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

    pub(crate) fn add_visit_purpose(&self, name: &str) -> Result<Id> {
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

impl Store {
    pub fn save_visit(&mut self, id: Option<&str>, input: &VisitInput) -> Result<Id> {
        self.write(|w| w.save_visit(id, input))
    }

    pub fn remove_visit(&mut self, id: &str) -> Result<()> {
        self.write(|w| w.remove_visit(id))
    }

    pub fn add_visit_purpose(&mut self, name: &str) -> Result<Id> {
        self.write(|w| w.add_visit_purpose(name))
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
}
