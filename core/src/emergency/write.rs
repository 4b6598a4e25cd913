//! Capabilities and volunteers written: a capability saved or merged into another (its holders
//! move, and it points at the one it became), a volunteer saved (a new person through the
//! directory's own checks) or no longer volunteering, and the link tables replaced by what
//! changed only.

use rusqlite::{OptionalExtension, params};

use crate::{
    directory::RecordKind,
    error::{Error, Field, Problems, Result},
    model::{Id, check_text, new_id, optional, optional_date, optional_time, required},
    store::{Store, Writer, now, one_row, rows},
};

use super::types::*;

/// The days as stored: distinct digits 0–6 in order.
fn days_text(days: &[u8]) -> Result<String> {
    let mut sorted: Vec<u8> = days.to_vec();
    sorted.sort_unstable();
    sorted.dedup();
    if sorted.iter().any(|d| *d > 6) {
        return Err(Error::Invalid {
            field: Field::AvailableDays,
            value: format!("{sorted:?}"),
        });
    }
    Ok(sorted.iter().map(|d| char::from(b'0' + d)).collect())
}

/// The live capability `id` (a merged one answers with the one it became); an unknown one is
/// `Required(Capability)`: the list to choose from has changed.
pub(crate) fn live_capability(conn: &rusqlite::Connection, id: &str) -> Result<Id> {
    let mut id = id.trim().to_owned();
    // A chain of merges is short; the bound keeps a hand-edited cycle from looping.
    for _ in 0..32 {
        let merged: Option<Option<Id>> = conn
            .query_row(
                "SELECT merged_into FROM emergency_capabilities WHERE id = ?1",
                [&id],
                |r| r.get(0),
            )
            .optional()?;
        match merged {
            None => break,
            Some(None) => return Ok(id),
            Some(Some(next)) => id = next,
        }
    }
    Err(Error::Required(Field::Capability))
}

impl Writer<'_> {
    fn live_capability(&self, id: &str) -> Result<Id> {
        live_capability(self.tx, id)
    }

    pub(crate) fn save_emergency_capability(&self, id: Option<&str>, input: &CapabilityInput) -> Result<Id> {
        let mut problems = Problems::default();
        let name = problems.check(required(Field::Name, &input.name));
        let cluster = problems.check(
            required(Field::EmergencyCluster, &input.emergency_cluster)
                .and_then(|c| EmergencyCluster::parse(&c)),
        );
        problems.done()?;
        let (name, cluster) = (name.unwrap_or_default(), cluster.expect("checked"));
        // The same name under the same cluster is the same capability.
        let existing: Option<Id> = self
            .tx
            .query_row(
                "SELECT id FROM emergency_capabilities
                  WHERE name = ?1 AND emergency_cluster = ?2 AND merged_into IS NULL AND id IS NOT ?3",
                params![name, cluster, id],
                |r| r.get(0),
            )
            .optional()?;
        match (id, existing) {
            (None, Some(existing)) => Ok(existing),
            (Some(_), Some(_)) => Err(Error::Duplicate {
                field: Field::Name,
                name,
            }),
            (None, None) => {
                let id = new_id();
                self.tx.execute(
                    "INSERT INTO emergency_capabilities (id, name, emergency_cluster, created_at, updated_at)
                     VALUES (?1, ?2, ?3, ?4, ?4)",
                    params![id, name, cluster, now()],
                )?;
                Ok(id)
            }
            (Some(id), None) => {
                one_row(self.tx.execute(
                    "UPDATE emergency_capabilities SET name = ?2, emergency_cluster = ?3, updated_at = ?4
                      WHERE id = ?1 AND merged_into IS NULL",
                    params![id, name, cluster, now()],
                )?)?;
                Ok(id.to_owned())
            }
        }
    }

    /// `from` and `into` mean the same: `from`'s holders now hold `into`, and `from` points
    /// at `into` (kept, so a change from another laptop that names it still finds it).
    pub(crate) fn merge_emergency_capabilities(&self, from: &str, into: &str) -> Result<()> {
        let from = self.live_capability(from)?;
        let into = self.live_capability(into)?;
        if from == into {
            return Err(Error::Invalid {
                field: Field::Capability,
                value: from,
            });
        }
        for table in ["volunteer_capabilities", "organization_capabilities"] {
            let holder = if table == "volunteer_capabilities" {
                "person_id"
            } else {
                "organization_id"
            };
            self.tx.execute(
                &format!(
                    "INSERT OR IGNORE INTO {table} ({holder}, capability_id)
                     SELECT {holder}, ?2 FROM {table} WHERE capability_id = ?1"
                ),
                params![from, into],
            )?;
            self.tx.execute(
                &format!("DELETE FROM {table} WHERE capability_id = ?1"),
                [&from],
            )?;
        }
        one_row(self.tx.execute(
            "UPDATE emergency_capabilities SET merged_into = ?2, updated_at = ?3 WHERE id = ?1",
            params![from, into, now()],
        )?)
    }

    /// The live capabilities of `ids`, each once, in order; an unknown one is refused.
    pub(crate) fn capabilities_of(&self, ids: &[Id]) -> Result<Vec<Id>> {
        let mut live: Vec<Id> = Vec::new();
        for id in ids.iter().filter(|id| !id.trim().is_empty()) {
            let id = self.live_capability(id)?;
            if !live.contains(&id) {
                live.push(id);
            }
        }
        Ok(live)
    }

    /// The settlements and clusters of `reach`, each checked and once.
    pub(crate) fn checked_reach(&self, reach: &Reach) -> Result<Reach> {
        let mut out = Reach {
            whole_council: reach.whole_council,
            ..Reach::default()
        };
        for (ids, kind, into) in [
            (
                &reach.settlements,
                RecordKind::Settlement,
                &mut out.settlements,
            ),
            (&reach.clusters, RecordKind::Cluster, &mut out.clusters),
        ] {
            for id in ids.iter().map(|id| id.trim()).filter(|id| !id.is_empty()) {
                self.exists(kind, id)
                    .map_err(|_| Error::Required(Field::Settlement))?;
                if !into.iter().any(|i| i == id) {
                    into.push(id.to_owned());
                }
            }
        }
        Ok(out)
    }

    /// Replace the rows of `table` that belong to `owner` with one per id of `ids`.
    pub(crate) fn replace_links(
        &self,
        table: &str,
        owner_column: &str,
        owner: &str,
        column: &str,
        ids: &[Id],
    ) -> Result<()> {
        // Only what changed is written, so another laptop's change to the same list merges.
        let held: Vec<Id> = rows(
            self.tx,
            &format!("SELECT {column} FROM {table} WHERE {owner_column} = ?1"),
            [owner],
            |r| r.get(0),
        )?;
        for id in held.iter().filter(|h| !ids.contains(h)) {
            self.tx.execute(
                &format!("DELETE FROM {table} WHERE {owner_column} = ?1 AND {column} = ?2"),
                params![owner, id],
            )?;
        }
        for id in ids.iter().filter(|i| !held.contains(i)) {
            self.tx.execute(
                &format!("INSERT INTO {table} ({owner_column}, {column}) VALUES (?1, ?2)"),
                params![owner, id],
            )?;
        }
        Ok(())
    }

    /// Save a volunteer: a new person through the directory's checks, or an existing one; then
    /// their volunteer's details. Every problem of the form is reported at once.
    pub(crate) fn save_volunteer(
        &self,
        input: &VolunteerInput,
        allow_duplicate: bool,
    ) -> Result<Id> {
        let mut problems = Problems::default();
        let home = problems.check(
            self.check_ref(RecordKind::Settlement, &input.home_settlement_id)
                .map_err(|_| Error::Required(Field::HomeSettlement)),
        );
        let reach = problems.check(self.checked_reach(&input.reach));
        let capabilities = problems.check(self.capabilities_of(&input.capabilities));
        let mut affiliations: Vec<Id> = Vec::new();
        for id in input
            .affiliations
            .iter()
            .map(|i| i.trim())
            .filter(|i| !i.is_empty())
        {
            if problems
                .check(
                    self.exists(RecordKind::Organization, id)
                        .map_err(|_| Error::Required(Field::Organization)),
                )
                .is_some()
                && !affiliations.iter().any(|a| a == id)
            {
                affiliations.push(id.to_owned());
            }
        }
        problems.check(check_text(Field::Availability, &input.availability));
        let days = problems.check(days_text(&input.available_days));
        let from = problems.check(optional_time(Field::AvailableFrom, &input.available_from));
        let until = problems.check(optional_time(Field::AvailableUntil, &input.available_until));
        let confirmed = problems.check(optional_date(Field::ConfirmedOn, &input.confirmed_on));
        // The person last: their own checks come with those above.
        let person = match (input.person_id.as_deref().and_then(optional), &input.person) {
            (Some(id), _) => problems.check(
                self.exists(RecordKind::Person, &id)
                    .map(|()| id)
                    .map_err(|_| Error::Required(Field::Person)),
            ),
            (None, Some(person)) => problems.check(self.save_person(None, person, allow_duplicate)),
            (None, None) => problems.check::<Id>(Err(Error::Required(Field::Person))),
        };
        problems.done()?;
        let person = person.expect("checked");
        let reach = reach.expect("checked");
        let now = now();
        self.tx.execute(
            "INSERT INTO volunteers (person_id, home_settlement_id, whole_council, availability, available_days,
                                     available_from, available_until, retiree, confirmed_on, created_at, updated_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?10)
             ON CONFLICT (person_id) DO UPDATE SET
                home_settlement_id = excluded.home_settlement_id, whole_council = excluded.whole_council,
                availability = excluded.availability, available_days = excluded.available_days,
                available_from = excluded.available_from, available_until = excluded.available_until,
                retiree = excluded.retiree, confirmed_on = excluded.confirmed_on, updated_at = excluded.updated_at",
            params![
                person,
                home.flatten(),
                reach.whole_council,
                input.availability.trim(),
                days.unwrap_or_default(),
                from.flatten(),
                until.flatten(),
                input.retiree,
                confirmed.flatten(),
                now
            ],
        )?;
        let links: [(&str, &str, &[Id]); 4] = [
            ("volunteer_affiliations", "organization_id", &affiliations),
            ("volunteer_settlements", "settlement_id", &reach.settlements),
            ("volunteer_clusters", "cluster_id", &reach.clusters),
            (
                "volunteer_capabilities",
                "capability_id",
                capabilities.as_deref().unwrap_or_default(),
            ),
        ];
        for (table, column, ids) in links {
            self.replace_links(table, "person_id", &person, column, ids)?;
        }
        Ok(person)
    }

    /// No longer volunteering (`reason` says why), or back (`None`): out of every emergency
    /// list, or in again. Their details and history stay.
    pub(crate) fn set_volunteer_left(&self, person_id: &str, reason: Option<&str>) -> Result<()> {
        // Leaving says why; coming back clears it.
        let reason = reason.map(|r| required(Field::Reason, r)).transpose()?;
        one_row(self.tx.execute(
            "UPDATE volunteers SET left_on = CASE WHEN ?2 IS NULL THEN NULL ELSE ?3 END,
                    left_reason = coalesce(?2, ''), updated_at = ?4
              WHERE person_id = ?1",
            params![person_id, reason, crate::today(), now()],
        )?)
    }
}

impl Store {
    pub fn save_emergency_capability(
        &mut self,
        id: Option<&str>,
        input: &CapabilityInput,
    ) -> Result<Id> {
        self.write(|w| w.save_emergency_capability(id, input))
    }

    pub fn merge_emergency_capabilities(&mut self, from: &str, into: &str) -> Result<()> {
        self.write(|w| w.merge_emergency_capabilities(from, into))
    }

    pub fn save_volunteer(&mut self, input: &VolunteerInput, allow_duplicate: bool) -> Result<Id> {
        self.write(|w| w.save_volunteer(input, allow_duplicate))
    }

    pub fn set_volunteer_left(&mut self, person_id: &str, reason: Option<&str>) -> Result<()> {
        self.write(|w| w.set_volunteer_left(person_id, reason))
    }
}
