//! Hosted delegations (issue #17, seed 003): who came (an organization, a country, how many,
//! and named guests who are people of the directory), who received them, the dates, the
//! itinerary's stops (each a day, a time, a place, and the program or settlement it shows),
//! and the follow-ups, which are action items of their own, carried like any other.

use crate::model::TypedNumber;
use chrono::NaiveDate;
use rusqlite::{OptionalExtension, params};
use serde::{Deserialize, Serialize};

use super::Named;
use crate::{
    directory::RecordKind,
    error::{Error, Field, Problems, Result},
    forums::{ActionFilter, ActionItemInput, ActionItemRow},
    model::{Id, check_text, count, date, new_id, optional_date, optional_time, required},
    store::{Store, Writer, from_row, now, one_row, rows},
};

/// A stop of the itinerary as entered; an existing one keeps its id.
#[derive(Clone, Debug, Default, Deserialize)]
pub struct StopInput {
    #[serde(default)]
    pub id: Option<Id>,
    /// As typed (`model::read_date`).
    pub day: String,
    /// As typed (`model::read_time`), or empty.
    #[serde(default)]
    pub at: String,
    pub place: String,
    #[serde(default)]
    pub settlement_id: Option<Id>,
    #[serde(default)]
    pub program_id: Option<Id>,
    #[serde(default)]
    pub notes: String,
}

/// A delegation as entered in its form.
#[derive(Clone, Debug, Default, Deserialize)]
pub struct DelegationInput {
    pub name: String,
    #[serde(default)]
    pub guest_organization_id: Option<Id>,
    #[serde(default)]
    pub country: String,
    #[serde(default)]
    pub guest_count: TypedNumber,
    pub starts_on: String,
    #[serde(default)]
    pub ends_on: String,
    #[serde(default)]
    pub notes: String,
    /// Named guests, people of the directory.
    #[serde(default)]
    pub guests: Vec<Id>,
    #[serde(default)]
    pub hosts: Vec<Id>,
    #[serde(default)]
    pub stops: Vec<StopInput>,
}

/// A delegation in the list, or in a settlement's history.
#[derive(Clone, Debug, Serialize)]
pub struct DelegationRow {
    pub id: Id,
    pub name: String,
    pub country: String,
    pub guest_count: Option<u32>,
    pub starts_on: NaiveDate,
    pub ends_on: Option<NaiveDate>,
    /// The settlements its itinerary visits, `·` between them.
    pub settlements: String,
}

from_row!(r => DelegationRow { id, name, country, guest_count, starts_on, ends_on, settlements });

/// A stop of the itinerary.
#[derive(Clone, Debug, Serialize)]
pub struct Stop {
    pub id: Id,
    pub day: NaiveDate,
    pub at: Option<String>,
    pub place: String,
    pub settlement_id: Option<Id>,
    pub settlement_name: Option<String>,
    pub program_id: Option<Id>,
    pub program_name: Option<String>,
    pub notes: String,
}

from_row!(r => Stop { id, day, at, place, settlement_id, settlement_name, program_id, program_name, notes });

/// A delegation, whole.
#[derive(Clone, Debug, Serialize)]
pub struct Delegation {
    pub id: Id,
    pub name: String,
    pub guest_organization_id: Option<Id>,
    pub guest_organization_name: Option<String>,
    pub country: String,
    pub guest_count: Option<u32>,
    pub starts_on: NaiveDate,
    pub ends_on: Option<NaiveDate>,
    pub notes: String,
    pub guests: Vec<Named>,
    pub hosts: Vec<Host>,
    /// By day and time.
    pub stops: Vec<Stop>,
    pub follow_ups: Vec<ActionItemRow>,
}

/// One who received the delegation, with the phone to reach them.
#[derive(Clone, Debug, Serialize)]
pub struct Host {
    pub id: Id,
    pub name: String,
    pub role_title: String,
    pub phone: Option<String>,
}

from_row!(r => Host { id, name, role_title, phone });

const ROW: &str = "SELECT d.id, d.name, d.country, d.guest_count, d.starts_on, d.ends_on,
        coalesce((SELECT group_concat(name, ' · ') FROM (
                    SELECT DISTINCT s.name FROM delegation_stops t JOIN settlements s ON s.id = t.settlement_id
                     WHERE t.delegation_id = d.id ORDER BY t.day, t.at)), '') AS settlements
   FROM delegations d";

impl Writer<'_> {
    pub(crate) fn save_delegation(&self, id: Option<&str>, input: &DelegationInput) -> Result<Id> {
        if let Some(id) = id {
            self.delegation_exists(id)?;
        }
        let mut problems = Problems::default();
        let name = problems.check(required(Field::Name, &input.name));
        let guest_organization = problems.check(
            self.check_ref(RecordKind::Organization, &input.guest_organization_id)
                .map_err(|_| Error::Required(Field::GuestOrganization)),
        );
        problems.check(check_text(Field::Country, &input.country));
        problems.check(check_text(Field::Notes, &input.notes));
        let guest_count = problems.check(count(Field::GuestCount, &input.guest_count));
        let starts = problems.check(date(Field::StartsOn, &input.starts_on));
        let ends = problems.check(optional_date(Field::EndsOn, &input.ends_on));
        if let (Some(starts), Some(Some(ends))) = (starts, ends)
            && ends < starts
        {
            problems.check::<()>(Err(Error::EndsBeforeStart(Field::EndsOn)));
        }
        let guests = problems.check(self.all_exist(RecordKind::Person, &input.guests));
        let hosts = problems.check(self.all_exist(RecordKind::Person, &input.hosts));
        let mut stops = Vec::new();
        for stop in input.stops.iter().filter(|s| {
            !(s.day.trim().is_empty() && s.at.trim().is_empty() && s.place.trim().is_empty())
        }) {
            let day = problems.check(date(Field::Day, &stop.day));
            let at = problems.check(optional_time(Field::Time, &stop.at));
            let place = problems.check(required(Field::Place, &stop.place));
            problems.check(check_text(Field::Notes, &stop.notes));
            let settlement = problems.check(
                self.check_ref(RecordKind::Settlement, &stop.settlement_id)
                    .map_err(|_| Error::Required(Field::Settlement)),
            );
            let program = match stop.program_id.as_deref().map(str::trim) {
                Some(program) if !program.is_empty() => problems
                    .check(
                        self.tx
                            .query_row("SELECT id FROM programs WHERE id = ?1", [program], |r| {
                                r.get::<_, Id>(0)
                            })
                            .optional()
                            .map_err(Error::from)
                            .and_then(|p| p.ok_or(Error::Required(Field::Program))),
                    )
                    .map(Some),
                _ => Some(None),
            };
            if let (Some(day), Some(at), Some(place), Some(settlement), Some(program)) =
                (day, at, place, settlement, program)
            {
                stops.push((
                    stop.id.clone(),
                    day,
                    at,
                    place,
                    settlement,
                    program,
                    stop.notes.trim().to_owned(),
                ));
            }
        }
        problems.done()?;
        let (Some(name), Some(starts)) = (name, starts) else {
            return Err(Error::Required(Field::Name));
        };
        let values = params![
            name,
            guest_organization.flatten(),
            input.country.trim(),
            guest_count.flatten(),
            starts,
            ends.flatten(),
            input.notes.trim(),
            now()
        ];
        let delegation = match id {
            None => {
                let id = new_id();
                self.tx.execute(
                    "INSERT INTO delegations (name, guest_organization_id, country, guest_count, starts_on, ends_on, notes,
                                              created_at, updated_at, id)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?8, ?9)",
                    rusqlite::params_from_iter(values.iter().copied().chain([&id as &dyn rusqlite::ToSql])),
                )?;
                id
            }
            Some(id) => {
                one_row(self.tx.execute(
                    "UPDATE delegations SET name = ?1, guest_organization_id = ?2, country = ?3, guest_count = ?4,
                            starts_on = ?5, ends_on = ?6, notes = ?7, updated_at = ?8
                      WHERE id = ?9",
                    rusqlite::params_from_iter(values.iter().copied().chain([&id as &dyn rusqlite::ToSql])),
                )?)?;
                id.to_owned()
            }
        };
        self.replace_links(
            "delegation_guests",
            "delegation_id",
            &delegation,
            "person_id",
            &guests.unwrap_or_default(),
        )?;
        self.replace_links(
            "delegation_hosts",
            "delegation_id",
            &delegation,
            "person_id",
            &hosts.unwrap_or_default(),
        )?;
        // The stops: those kept changed in place, new ones added, the rest removed.
        let held: Vec<Id> = rows(
            self.tx,
            "SELECT id FROM delegation_stops WHERE delegation_id = ?1",
            [&delegation],
            |r| r.get(0),
        )?;
        let kept: Vec<&Id> = stops
            .iter()
            .filter_map(|s| s.0.as_ref())
            .filter(|id| held.contains(id))
            .collect();
        for id in held.iter().filter(|h| !kept.contains(h)) {
            self.tx
                .execute("DELETE FROM delegation_stops WHERE id = ?1", [id])?;
        }
        for (position, (id, day, at, place, settlement, program, notes)) in
            stops.into_iter().enumerate()
        {
            match id.filter(|id| held.contains(id)) {
                Some(id) => {
                    self.tx.execute(
                        "UPDATE delegation_stops SET day = ?2, at = ?3, place = ?4, settlement_id = ?5, program_id = ?6,
                                notes = ?7, position = ?8, updated_at = ?9
                          WHERE id = ?1
                            AND (day, at, place, settlement_id, program_id, notes, position)
                                IS NOT (?2, ?3, ?4, ?5, ?6, ?7, ?8)",
                        params![id, day, at, place, settlement, program, notes, position as i64, now()],
                    )?;
                }
                None => {
                    self.tx.execute(
                        "INSERT INTO delegation_stops (id, delegation_id, day, at, place, settlement_id, program_id, notes,
                                                       position, created_at, updated_at)
                         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?10)",
                        params![new_id(), delegation, day, at, place, settlement, program, notes, position as i64, now()],
                    )?;
                }
            }
        }
        Ok(delegation)
    }

    fn delegation_exists(&self, id: &str) -> Result<()> {
        self.tx
            .query_row("SELECT 1 FROM delegations WHERE id = ?1", [id], |_| Ok(()))
            .optional()?
            .ok_or(Error::NotFound)
    }

    /// A follow-up of the delegation: an action item of its own, with no meeting.
    pub(crate) fn add_delegation_follow_up(&self, delegation_id: &str, input: &ActionItemInput) -> Result<Id> {
        self.delegation_exists(delegation_id)?;
        let mut problems = Problems::default();
        let what = problems.check(required(Field::What, &input.what));
        let owner = problems.check(
            self.check_ref(RecordKind::Person, &input.owner_id)
                .map_err(|_| Error::Required(Field::Person)),
        );
        let due = problems.check(optional_date(Field::DueDate, &input.due_date));
        problems.done()?;
        let id = new_id();
        self.tx.execute(
            "INSERT INTO action_items (id, what, owner_id, due_date, created_at, updated_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?5)",
            params![id, what, owner.flatten(), due.flatten(), now()],
        )?;
        self.tx.execute(
            "INSERT INTO delegation_follow_ups (delegation_id, action_item_id) VALUES (?1, ?2)",
            params![delegation_id, id],
        )?;
        Ok(id)
    }
}

impl Store {
    pub fn save_delegation(&mut self, id: Option<&str>, input: &DelegationInput) -> Result<Id> {
        self.write(|w| w.save_delegation(id, input))
    }

    pub fn add_delegation_follow_up(
        &mut self,
        delegation_id: &str,
        input: &ActionItemInput,
    ) -> Result<Id> {
        self.write(|w| w.add_delegation_follow_up(delegation_id, input))
    }

    /// Every delegation, the latest first.
    pub fn delegations(&self) -> Result<Vec<DelegationRow>> {
        rows(
            self.connection(),
            &format!("{ROW} ORDER BY d.starts_on DESC, d.id"),
            [],
            DelegationRow::from_row,
        )
    }

    /// The delegations whose itinerary visited a settlement, for its history.
    pub fn delegations_in_settlement(&self, settlement_id: &str) -> Result<Vec<DelegationRow>> {
        rows(
            self.connection(),
            &format!(
                "{ROW} WHERE d.id IN (SELECT delegation_id FROM delegation_stops WHERE settlement_id = ?1)
                  ORDER BY d.starts_on DESC, d.id"
            ),
            [settlement_id],
            DelegationRow::from_row,
        )
    }

    /// A delegation, whole, as of `today` (for its follow-ups overdue).
    pub fn delegation(&self, id: &str, today: NaiveDate) -> Result<Delegation> {
        let conn = self.connection();
        /// The delegation itself, before its guests, hosts and stops.
        struct Head {
            name: String,
            guest_organization_id: Option<Id>,
            guest_organization_name: Option<String>,
            country: String,
            guest_count: Option<u32>,
            starts_on: NaiveDate,
            ends_on: Option<NaiveDate>,
            notes: String,
        }
        crate::store::from_row!(r => Head {
            name, guest_organization_id, guest_organization_name, country, guest_count, starts_on,
            ends_on, notes
        });
        let head = conn
            .query_row(
                "SELECT d.name AS name, d.guest_organization_id AS guest_organization_id,
                        o.name AS guest_organization_name, d.country AS country,
                        d.guest_count AS guest_count, d.starts_on AS starts_on, d.ends_on AS ends_on,
                        d.notes AS notes
                   FROM delegations d LEFT JOIN organizations o ON o.id = d.guest_organization_id
                  WHERE d.id = ?1",
                [id],
                Head::from_row,
            )
            .optional()?
            .ok_or(Error::NotFound)?;
        let guests = rows(
            conn,
            "SELECT p.id, p.full_name AS name FROM delegation_guests g JOIN people p ON p.id = g.person_id
              WHERE g.delegation_id = ?1 ORDER BY p.full_name COLLATE hebrew",
            [id],
            Named::from_row,
        )?;
        let hosts = rows(
            conn,
            "SELECT p.id, p.full_name AS name, p.role_title, coalesce(p.mobile, p.office_phone) AS phone
               FROM delegation_hosts h JOIN people p ON p.id = h.person_id
              WHERE h.delegation_id = ?1 ORDER BY p.full_name COLLATE hebrew",
            [id],
            Host::from_row,
        )?
        .into_iter()
        .map(|h| Host {
            phone: h.phone.as_deref().map(crate::directory::phone::display),
            ..h
        })
        .collect();
        let stops = rows(
            conn,
            "SELECT t.id, t.day, t.at, t.place, t.settlement_id, s.name AS settlement_name, t.program_id,
                    g.name AS program_name, t.notes
               FROM delegation_stops t LEFT JOIN settlements s ON s.id = t.settlement_id
                    LEFT JOIN programs g ON g.id = t.program_id
              WHERE t.delegation_id = ?1
              ORDER BY t.day, t.at IS NULL, t.at, t.position",
            [id],
            Stop::from_row,
        )?;
        let follow_ups: Vec<ActionItemRow> = self.action_items(
            &ActionFilter {
                delegation_id: Some(id.to_owned()),
                ..Default::default()
            },
            today,
        )?;
        let Head {
            name,
            guest_organization_id,
            guest_organization_name,
            country,
            guest_count,
            starts_on,
            ends_on,
            notes,
        } = head;
        Ok(Delegation {
            id: id.to_owned(),
            name,
            guest_organization_id,
            guest_organization_name,
            country,
            guest_count,
            starts_on,
            ends_on,
            notes,
            guests,
            hosts,
            stops,
            follow_ups,
        })
    }
}
