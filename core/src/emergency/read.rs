//! Reading capabilities and volunteers: the capabilities with their holders counted, one
//! volunteer whole, and the list of volunteers.

use rusqlite::{OptionalExtension, params};

use crate::{
    error::{Error, Result},
    model::Id,
    store::{Store, rows},
};

use super::types::*;

impl Store {
    /// The live capabilities, by emergency cluster and name, with their holders counted.
    pub fn emergency_capabilities(&self) -> Result<Vec<Capability>> {
        rows(
            self.connection(),
            "SELECT c.id, c.name, c.emergency_cluster, c.required_training,
                    (SELECT count(*) FROM volunteer_capabilities vc JOIN volunteers v ON v.person_id = vc.person_id
                      WHERE vc.capability_id = c.id AND v.left_on IS NULL) AS volunteers,
                    (SELECT count(*) FROM organization_capabilities oc WHERE oc.capability_id = c.id) AS organizations
               FROM emergency_capabilities c
              WHERE c.merged_into IS NULL
              ORDER BY CASE c.emergency_cluster WHEN 'emotional' THEN 0 WHEN 'pedagogical' THEN 1
                            WHEN 'social' THEN 2 ELSE 3 END, c.name COLLATE hebrew",
            [],
            Capability::from_row,
        )
    }

    /// The ids in `column` of the rows of `table` that belong to `owner`, in the order added.
    pub(super) fn links_of(
        &self,
        table: &str,
        owner_column: &str,
        owner: &str,
        column: &str,
    ) -> Result<Vec<Id>> {
        rows(
            self.connection(),
            &format!("SELECT {column} FROM {table} WHERE {owner_column} = ?1 ORDER BY rowid"),
            [owner],
            |r| r.get(0),
        )
    }

    /// One volunteer, whole.
    pub fn volunteer(&self, person_id: &str) -> Result<Volunteer> {
        let links = |table, column| self.links_of(table, "person_id", person_id, column);
        let reach_settlements = links("volunteer_settlements", "settlement_id")?;
        let reach_clusters = links("volunteer_clusters", "cluster_id")?;
        let affiliations = links("volunteer_affiliations", "organization_id")?;
        let capabilities = links("volunteer_capabilities", "capability_id")?;
        self.connection()
            .query_row(
                "SELECT p.id, p.full_name, p.mobile, p.email, v.home_settlement_id, v.whole_council,
                        v.availability, v.available_days, v.available_from, v.available_until, v.retiree,
                        v.confirmed_on, v.left_on, v.left_reason
                   FROM volunteers v JOIN people p ON p.id = v.person_id
                  WHERE v.person_id = ?1",
                [person_id],
                |r| {
                    let days: String = r.get("available_days")?;
                    Ok(Volunteer {
                        person_id: r.get("id")?,
                        full_name: r.get("full_name")?,
                        mobile: r.get::<_, Option<String>>("mobile")?.map(|m| {
                            crate::directory::phone::display(&m)
                        }),
                        email: r.get("email")?,
                        affiliations: affiliations.clone(),
                        home_settlement_id: r.get("home_settlement_id")?,
                        reach: Reach {
                            whole_council: r.get("whole_council")?,
                            settlements: reach_settlements.clone(),
                            clusters: reach_clusters.clone(),
                        },
                        capabilities: capabilities.clone(),
                        availability: r.get("availability")?,
                        available_days: days.bytes().map(|b| b - b'0').collect(),
                        available_from: r.get("available_from")?,
                        available_until: r.get("available_until")?,
                        retiree: r.get("retiree")?,
                        confirmed_on: r.get("confirmed_on")?,
                        left_on: r.get("left_on")?,
                        left_reason: r.get("left_reason")?,
                    })
                },
            )
            .optional()?
            .ok_or(Error::NotFound)
    }

    /// The volunteers, by name; those who left only when asked for.
    pub fn volunteers(&self, include_left: bool) -> Result<Vec<VolunteerRow>> {
        let today = crate::today();
        rows(
            self.connection(),
            "SELECT p.id AS person_id, p.full_name, coalesce(p.mobile, p.office_phone) AS phone,
                    s.name AS home_settlement_name,
                    coalesce((SELECT group_concat(c.name, ' · ') FROM
                                (SELECT c.name FROM volunteer_capabilities vc
                                   JOIN emergency_capabilities c ON c.id = vc.capability_id
                                  WHERE vc.person_id = v.person_id ORDER BY c.name COLLATE hebrew) c), '') AS capabilities,
                    v.retiree, v.confirmed_on,
                    v.confirmed_on IS NULL OR julianday(?2) - julianday(v.confirmed_on) > ?3 AS stale,
                    v.left_on
               FROM volunteers v
               JOIN people p ON p.id = v.person_id
               LEFT JOIN settlements s ON s.id = v.home_settlement_id
              WHERE (?1 OR v.left_on IS NULL) AND p.archived_at IS NULL
              ORDER BY p.full_name COLLATE hebrew",
            params![include_left, today, STALE_AFTER_DAYS],
            |r| {
                let mut row = VolunteerRow::from_row(r)?;
                row.phone = row.phone.map(|p| crate::directory::phone::display(&p));
                Ok(row)
            },
        )
    }
}
