//! The directory's writes: each record saved through one `save_*` (checked whole first, every
//! problem named at once; a person whose mobile or email is already there is named, not added
//! twice), archived and restored, and the coordinators of a cluster and a settlement set.

use rusqlite::{OptionalExtension, params};

use super::{phone, types::*};
use crate::{
    error::{Error, Field, Problems, Result},
    model::*,
    store::{Store, Writer, now, one_row},
};

/// `NotFound` unless a record of `kind` with this id exists (archived or not).
fn record_exists(conn: &rusqlite::Connection, kind: RecordKind, id: &str) -> Result<()> {
    let sql = format!("SELECT 1 FROM {} WHERE id = ?1", kind.table());
    conn.query_row(&sql, [id], |_| Ok(()))
        .optional()?
        .ok_or(Error::NotFound)
}

impl Store {
    /// A filter's reference to a record: empty is none, an unknown id is `NotFound`.
    pub(crate) fn filter_ref(&self, kind: RecordKind, id: Option<&str>) -> Result<Option<Id>> {
        match id.and_then(optional) {
            Some(id) => record_exists(self.connection(), kind, &id).map(|_| Some(id)),
            None => Ok(None),
        }
    }
}

impl Writer<'_> {
    /// `NotFound` unless a record of `kind` with this id exists (archived or not).
    pub(crate) fn exists(&self, kind: RecordKind, id: &str) -> Result<()> {
        record_exists(self.tx, kind, id)
    }

    pub(crate) fn check_ref(&self, kind: RecordKind, id: &Option<Id>) -> Result<Option<Id>> {
        match id.as_deref().and_then(optional) {
            Some(id) => self.exists(kind, &id).map(|_| Some(id)),
            None => Ok(None),
        }
    }

    pub(crate) fn set_archived(&self, kind: RecordKind, id: &str, archived: bool) -> Result<()> {
        if archived && kind == RecordKind::Cluster {
            let count: u32 = self.tx.query_row(
                "SELECT count(*) FROM settlements WHERE cluster_id = ?1 AND archived_at IS NULL",
                [id],
                |r| r.get(0),
            )?;
            if count > 0 {
                return Err(Error::ClusterHasSettlements { count });
            }
        }
        let sql = format!(
            "UPDATE {} SET archived_at = CASE WHEN ?2 THEN coalesce(archived_at, ?3) ELSE NULL END, updated_at = ?3
              WHERE id = ?1",
            kind.table()
        );
        one_row(self.tx.execute(&sql, params![id, archived, now()])?)
    }

    pub(crate) fn set_cluster_coordinator(&self, cluster_id: &str, person_id: &str) -> Result<()> {
        self.exists(RecordKind::Person, person_id)?;
        one_row(self.tx.execute(
            "UPDATE clusters SET coordinator_id = ?2, updated_at = ?3 WHERE id = ?1",
            params![cluster_id, person_id, now()],
        )?)
    }

    pub(crate) fn set_local_coordinator(&self, settlement_id: &str, person_id: &str) -> Result<()> {
        self.exists(RecordKind::Person, person_id)?;
        one_row(self.tx.execute(
            "UPDATE settlements SET local_coordinator_id = ?2, updated_at = ?3 WHERE id = ?1",
            params![settlement_id, person_id, now()],
        )?)
    }

    pub(crate) fn save_organization(
        &self,
        id: Option<&str>,
        input: &OrganizationInput,
    ) -> Result<Id> {
        if let Some(id) = id {
            self.exists(RecordKind::Organization, id)?;
        }
        // Every problem of the form at once.
        let mut problems = Problems::default();
        let name = problems.check(required(Field::Name, &input.name));
        problems.check(check_text(Field::Notes, &input.notes));
        let kind = problems.check(input.kind.ok_or(Error::Required(Field::Kind)));
        problems.done()?;
        let (Some(name), Some(kind)) = (name, kind) else {
            return Err(Error::Required(Field::Name));
        };
        let notes = input.notes.trim();
        match id {
            None => {
                let id = new_id();
                self.tx.execute(
                    "INSERT INTO organizations (id, name, kind, notes, created_at, updated_at, sector)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?5, ?6)",
                    params![id, name, kind.as_str(), notes, now(), input.sector],
                )?;
                Ok(id)
            }
            Some(id) => {
                one_row(self.tx.execute(
                    "UPDATE organizations SET name = ?2, kind = ?3, notes = ?4, updated_at = ?5, sector = ?6 WHERE id = ?1",
                    params![id, name, kind.as_str(), notes, now(), input.sector],
                )?)?;
                Ok(id.to_owned())
            }
        }
    }

    pub(crate) fn save_cluster(&self, id: Option<&str>, input: &ClusterInput) -> Result<Id> {
        if let Some(id) = id {
            self.exists(RecordKind::Cluster, id)?;
        }
        // Every problem of the form at once.
        let mut problems = Problems::default();
        let name = problems.check(required(Field::Name, &input.name));
        problems.check(check_text(Field::Notes, &input.notes));
        let region = problems.check(input.region.ok_or(Error::Required(Field::Region)));
        let colour = problems.check(validate_colour(&input.colour));
        problems.done()?;
        // Every check passed once `done` is Ok.
        let (Some(name), Some(region), Some(colour)) = (name, region, colour) else {
            return Err(Error::Required(Field::Name));
        };
        let coordinator = self.check_ref(RecordKind::Person, &input.coordinator_id)?;
        let notes = input.notes.trim();
        match id {
            None => {
                let id = new_id();
                self.tx.execute(
                    "INSERT INTO clusters (id, name, region, coordinator_id, colour, notes, created_at, updated_at)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?7)",
                    params![id, name, region.as_str(), coordinator, colour, notes, now()],
                )?;
                Ok(id)
            }
            Some(id) => {
                one_row(self.tx.execute(
                    "UPDATE clusters SET name = ?2, region = ?3, coordinator_id = ?4, colour = ?5, notes = ?6,
                            updated_at = ?7
                      WHERE id = ?1",
                    params![id, name, region.as_str(), coordinator, colour, notes, now()],
                )?)?;
                Ok(id.to_owned())
            }
        }
    }

    pub(crate) fn save_settlement(&self, id: Option<&str>, input: &SettlementInput) -> Result<Id> {
        if let Some(id) = id {
            self.exists(RecordKind::Settlement, id)?;
        }
        // Every problem of the form at once.
        let mut problems = Problems::default();
        let name = problems.check(required(Field::Name, &input.name));
        problems.check(check_text(Field::Notes, &input.notes));
        let kind = problems.check(input.kind.ok_or(Error::Required(Field::Kind)));
        let cluster = problems.check(
            self.check_ref(RecordKind::Cluster, &input.cluster_id)
                .and_then(|c| c.ok_or(Error::Required(Field::Cluster))),
        );
        let counts = [
            (Field::ChildrenCount, &input.children_count),
            (Field::ChildrenParticipating, &input.children_participating),
            (Field::YouthCount, &input.youth_count),
            (Field::YouthParticipating, &input.youth_participating),
        ]
        .map(|(field, value)| problems.check(count(field, value)).flatten());
        let [children, children_in, youth, youth_in] = counts;
        for (field, part, whole) in [
            (Field::ChildrenParticipating, children_in, children),
            (Field::YouthParticipating, youth_in, youth),
        ] {
            if let (Some(part), Some(whole)) = (part, whole)
                && part > whole
            {
                problems.check::<()>(Err(Error::Invalid {
                    field,
                    value: format!("{part} > {whole}"),
                }));
            }
        }
        problems.done()?;
        let (Some(name), Some(kind), Some(cluster)) = (name, kind, cluster) else {
            return Err(Error::Required(Field::Name));
        };
        let coordinator = self.check_ref(RecordKind::Person, &input.local_coordinator_id)?;
        // The same values, by the same numbers, for a new settlement or a changed one.
        let (id, sql) = match id {
            None => (
                new_id(),
                "INSERT INTO settlements (id, name, kind, cluster_id, local_coordinator_id, children_count,
                     children_participating, youth_count, youth_participating, notes, created_at, updated_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?11)",
            ),
            Some(id) => (
                id.to_owned(),
                "UPDATE settlements SET name = ?2, kind = ?3, cluster_id = ?4, local_coordinator_id = ?5,
                        children_count = ?6, children_participating = ?7, youth_count = ?8,
                        youth_participating = ?9, notes = ?10, updated_at = ?11
                  WHERE id = ?1",
            ),
        };
        one_row(self.tx.execute(
            sql,
            params![
                id,
                name,
                kind,
                cluster,
                coordinator,
                children,
                children_in,
                youth,
                youth_in,
                input.notes.trim(),
                now()
            ],
        )?)?;
        self.tx.execute(
            "DELETE FROM settlement_youth_movements WHERE settlement_id = ?1",
            [&id],
        )?;
        for movement in &input.youth_movement_ids {
            self.exists(RecordKind::Organization, movement)?;
            self.tx.execute(
                "INSERT OR IGNORE INTO settlement_youth_movements (settlement_id, organization_id) VALUES (?1, ?2)",
                params![id, movement],
            )?;
        }
        Ok(id)
    }

    /// Save a person. Another live person with the same mobile or email is refused with
    /// `Duplicate` naming them, unless `allow_duplicate` (the user saw the warning and chose to go on).
    pub(crate) fn save_person(
        &self,
        id: Option<&str>,
        input: &PersonInput,
        allow_duplicate: bool,
    ) -> Result<Id> {
        if let Some(id) = id {
            self.exists(RecordKind::Person, id)?;
        }
        // Every problem of the form at once: a bad phone and a bad email both pointed at.
        let mut problems = Problems::default();
        let full_name = problems.check(required(Field::FullName, &input.full_name));
        problems.check(check_text(Field::RoleTitle, &input.role_title));
        let office_phone = problems.check(
            check_text(Field::Phone, &input.office_phone)
                .and_then(|()| phone::parse(Field::Phone, &input.office_phone)),
        );
        let mobile = problems.check(
            check_text(Field::Mobile, &input.mobile)
                .and_then(|()| phone::parse(Field::Mobile, &input.mobile)),
        );
        let email = problems.check(
            check_text(Field::Email, &input.email).and_then(|()| validate_email(&input.email)),
        );
        problems.check(check_text(Field::Notes, &input.notes));
        problems.done()?;
        // Every check passed once `done` is Ok.
        let (Some(full_name), Some(office_phone), Some(mobile), Some(email)) =
            (full_name, office_phone, mobile, email)
        else {
            return Err(Error::Required(Field::FullName));
        };
        let organization = self.check_ref(RecordKind::Organization, &input.organization_id)?;
        let mut cluster = self.check_ref(RecordKind::Cluster, &input.cluster_id)?;
        let settlement = self.check_ref(RecordKind::Settlement, &input.settlement_id)?;
        if let Some(settlement) = &settlement {
            let of_settlement: String = self.tx.query_row(
                "SELECT cluster_id FROM settlements WHERE id = ?1",
                [settlement],
                |r| r.get(0),
            )?;
            match &cluster {
                None => cluster = Some(of_settlement),
                Some(chosen) if *chosen != of_settlement => {
                    let name: String = self.tx.query_row(
                        "SELECT name FROM settlements WHERE id = ?1",
                        [settlement],
                        |r| r.get(0),
                    )?;
                    return Err(Error::Invalid {
                        field: Field::Settlement,
                        value: name,
                    });
                }
                Some(_) => {}
            }
        }
        if !allow_duplicate {
            for (field, column, value) in [
                (Field::Mobile, "mobile", &mobile),
                (Field::Email, "email", &email),
            ] {
                let Some(value) = value else { continue };
                let sql = format!(
                    "SELECT full_name FROM people
                      WHERE archived_at IS NULL AND id IS NOT ?1 AND {column} = ?2 COLLATE NOCASE
                      ORDER BY created_at LIMIT 1"
                );
                if let Some(name) = self
                    .tx
                    .query_row(&sql, params![id, value], |r| r.get(0))
                    .optional()?
                {
                    return Err(Error::Duplicate { field, name });
                }
            }
        }
        let notes = input.notes.trim();
        let role = input.role_title.trim();
        // The same values, by the same numbers, for a new person or a changed one.
        let (id, sql) = match id {
            None => (
                new_id(),
                "INSERT INTO people (id, full_name, role_title, organization_id, cluster_id, settlement_id,
                     office_phone, mobile, email, notes, active, created_at, updated_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?12)",
            ),
            Some(id) => (
                id.to_owned(),
                "UPDATE people SET full_name = ?2, role_title = ?3, organization_id = ?4, cluster_id = ?5,
                        settlement_id = ?6, office_phone = ?7, mobile = ?8, email = ?9, notes = ?10,
                        active = ?11, updated_at = ?12
                  WHERE id = ?1",
            ),
        };
        one_row(self.tx.execute(
            sql,
            params![
                id,
                full_name,
                role,
                organization,
                cluster,
                settlement,
                office_phone,
                mobile,
                email,
                notes,
                input.active,
                now()
            ],
        )?)?;
        Ok(id)
    }
}

impl Store {
    pub fn save_organization(&mut self, id: Option<&str>, input: &OrganizationInput) -> Result<Id> {
        self.write(|w| w.save_organization(id, input))
    }

    pub fn save_cluster(&mut self, id: Option<&str>, input: &ClusterInput) -> Result<Id> {
        self.write(|w| w.save_cluster(id, input))
    }

    pub fn save_settlement(&mut self, id: Option<&str>, input: &SettlementInput) -> Result<Id> {
        self.write(|w| w.save_settlement(id, input))
    }

    pub fn save_person(
        &mut self,
        id: Option<&str>,
        input: &PersonInput,
        allow_duplicate: bool,
    ) -> Result<Id> {
        self.write(|w| w.save_person(id, input, allow_duplicate))
    }

    /// Archive (or restore) a record: it leaves (or returns to) the lists, and stays in history.
    pub fn set_archived(&mut self, kind: RecordKind, id: &str, archived: bool) -> Result<()> {
        self.write(|w| w.set_archived(kind, id, archived))
    }

    pub fn add_organization(&mut self, input: &OrganizationInput) -> Result<Id> {
        self.save_organization(None, input)
    }

    pub fn add_cluster(&mut self, input: &ClusterInput) -> Result<Id> {
        self.save_cluster(None, input)
    }

    pub fn add_settlement(&mut self, input: &SettlementInput) -> Result<Id> {
        self.save_settlement(None, input)
    }

    pub fn add_person(&mut self, input: &PersonInput) -> Result<Id> {
        self.save_person(None, input, false)
    }
}
