//! Distribution lists: saved filters, such as the retirees, the partnership supervisors, or
//! everyone with an emotional capability in the south. A list keeps its filter, never its
//! members: they are found each time it is read, so it stays current as the directory changes.
//! Its members export as vCard and CSV through the people export, and their emails copy for a
//! BCC line.

use rusqlite::params;
use serde::{Deserialize, Serialize};

use super::EmergencyCluster;
use crate::{
    directory::{RecordKind, Region, phone},
    error::{Field, Problems, Result},
    model::{Id, check_text, new_id, optional, required},
    store::{Store, Writer, from_row, now, one_row, rows},
};

/// A list's filter as entered in its form. Every criterion left empty lets everyone through.
#[derive(Clone, Debug, Default, Deserialize)]
pub struct DistributionListInput {
    pub name: String,
    /// Emergency volunteers only (still volunteering).
    #[serde(default)]
    pub volunteers_only: bool,
    /// Volunteers marked as retirees.
    #[serde(default)]
    pub retirees: bool,
    /// Part of the role title ("מפקח", "רכז").
    #[serde(default)]
    pub role: String,
    #[serde(default)]
    pub region: Option<Region>,
    #[serde(default)]
    pub cluster_id: Option<Id>,
    #[serde(default)]
    pub emergency_cluster: Option<EmergencyCluster>,
    #[serde(default)]
    pub capability_id: Option<Id>,
}

/// A saved list, with how many it reaches now.
#[derive(Clone, Debug, Serialize)]
pub struct DistributionList {
    pub id: Id,
    pub name: String,
    pub volunteers_only: bool,
    pub retirees: bool,
    pub role: String,
    pub region: Option<Region>,
    pub cluster_id: Option<Id>,
    pub emergency_cluster: Option<EmergencyCluster>,
    pub capability_id: Option<Id>,
    pub members: u32,
}

from_row!(r => DistributionList {
    id, name, volunteers_only, retirees, role, region, cluster_id, emergency_cluster, capability_id,
    members: 0
});

/// Someone a list reaches.
#[derive(Clone, Debug, Serialize)]
pub struct ListMember {
    pub person_id: Id,
    pub full_name: String,
    pub role_title: String,
    /// As Israelis write it.
    pub phone: Option<String>,
    pub email: Option<String>,
}

from_row!(r => ListMember { person_id, full_name, role_title, phone, email });

/// The people a list's filter lets through: `?1` volunteers only, `?2` retirees, `?3` part of
/// the role, `?4` the region, `?5` the cluster, `?6` the emergency cluster, `?7` the
/// capability. Someone is in a cluster (or region) when they live or work there, or, as a
/// volunteer, can act there (the whole council included).
const MEMBERS: &str = "
    WITH places AS (SELECT id FROM clusters WHERE (?4 IS NULL OR region = ?4) AND (?5 IS NULL OR id = ?5)),
         wanted AS (SELECT ?4 IS NOT NULL OR ?5 IS NOT NULL AS by_place)
    SELECT p.id AS person_id, p.full_name, p.role_title, coalesce(p.mobile, p.office_phone) AS phone, p.email
      FROM people p LEFT JOIN volunteers v ON v.person_id = p.id AND v.left_on IS NULL, wanted
     WHERE p.archived_at IS NULL AND p.active
       AND (NOT ?1 OR v.person_id IS NOT NULL)
       AND (NOT ?2 OR v.retiree)
       AND (?3 = '' OR instr(p.role_title, ?3) > 0)
       AND (?7 IS NULL OR EXISTS (SELECT 1 FROM volunteer_capabilities vc
                                   WHERE vc.person_id = v.person_id AND vc.capability_id = ?7))
       AND (?6 IS NULL OR EXISTS (SELECT 1 FROM volunteer_capabilities vc
                                    JOIN emergency_capabilities c ON c.id = vc.capability_id
                                   WHERE vc.person_id = v.person_id AND c.emergency_cluster = ?6))
       AND (NOT wanted.by_place
            OR p.cluster_id IN places
            OR p.settlement_id IN (SELECT s.id FROM settlements s WHERE s.cluster_id IN places)
            OR v.whole_council
            OR v.home_settlement_id IN (SELECT s.id FROM settlements s WHERE s.cluster_id IN places)
            OR EXISTS (SELECT 1 FROM volunteer_clusters vc WHERE vc.person_id = v.person_id AND vc.cluster_id IN places)
            OR EXISTS (SELECT 1 FROM volunteer_settlements vs JOIN settlements s ON s.id = vs.settlement_id
                        WHERE vs.person_id = v.person_id AND s.cluster_id IN places))
     ORDER BY p.full_name COLLATE hebrew";

impl Writer<'_> {
    pub(crate) fn save_distribution_list(
        &self,
        id: Option<&str>,
        input: &DistributionListInput,
    ) -> Result<Id> {
        let mut problems = Problems::default();
        let name = problems.check(required(Field::Name, &input.name));
        problems.check(check_text(Field::Role, &input.role));
        let cluster = problems.check(self.check_ref(RecordKind::Cluster, &input.cluster_id));
        let capability = problems.check(
            input
                .capability_id
                .as_deref()
                .and_then(optional)
                .map(|c| super::live_capability(self.tx, &c))
                .transpose(),
        );
        problems.done()?;
        let new = new_id();
        let id_or_new = id.unwrap_or(&new);
        let values = params![
            id_or_new,
            name,
            input.volunteers_only || input.retirees,
            input.retirees,
            input.role.trim(),
            input.region,
            cluster.flatten(),
            input.emergency_cluster,
            capability.flatten(),
            now()
        ];
        match id {
            None => {
                self.tx.execute(
                    "INSERT INTO distribution_lists (id, name, volunteers_only, retirees, role, region, cluster_id,
                                                     emergency_cluster, capability_id, created_at, updated_at)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?10)",
                    values,
                )?;
                Ok(new)
            }
            Some(id) => {
                one_row(self.tx.execute(
                    "UPDATE distribution_lists SET name = ?2, volunteers_only = ?3, retirees = ?4, role = ?5, region = ?6,
                            cluster_id = ?7, emergency_cluster = ?8, capability_id = ?9, updated_at = ?10
                      WHERE id = ?1",
                    values,
                )?)?;
                Ok(id.to_owned())
            }
        }
    }
}

impl Store {
    pub fn save_distribution_list(
        &mut self,
        id: Option<&str>,
        input: &DistributionListInput,
    ) -> Result<Id> {
        self.write(|w| w.save_distribution_list(id, input))
    }

    pub fn remove_distribution_list(&mut self, id: &str) -> Result<()> {
        self.write(|w| one_row(w.tx.execute("DELETE FROM distribution_lists WHERE id = ?1", [id])?))
    }

    /// The saved lists, by name, each with how many it reaches now.
    pub fn distribution_lists(&self) -> Result<Vec<DistributionList>> {
        let mut lists = rows(
            self.connection(),
            "SELECT * FROM distribution_lists ORDER BY name COLLATE hebrew",
            [],
            DistributionList::from_row,
        )?;
        for list in &mut lists {
            list.members = self.members_of(list)?.len() as u32;
        }
        Ok(lists)
    }

    fn members_of(&self, list: &DistributionList) -> Result<Vec<ListMember>> {
        rows(
            self.connection(),
            MEMBERS,
            params![
                list.volunteers_only,
                list.retirees,
                list.role,
                list.region,
                list.cluster_id,
                list.emergency_cluster,
                list.capability_id
            ],
            |r| {
                let mut member = ListMember::from_row(r)?;
                member.phone = member.phone.map(|p| phone::display(&p));
                Ok(member)
            },
        )
    }

    /// Whom a list reaches now, by name.
    pub fn list_members(&self, id: &str) -> Result<Vec<ListMember>> {
        let list = rows(
            self.connection(),
            "SELECT * FROM distribution_lists WHERE id = ?1",
            [id],
            DistributionList::from_row,
        )?
        .pop()
        .ok_or(crate::error::Error::NotFound)?;
        self.members_of(&list)
    }

    /// The emails of a list's members, for a BCC line: each once, comma separated.
    pub fn list_emails(&self, id: &str) -> Result<String> {
        let mut emails: Vec<String> = Vec::new();
        for email in self.list_members(id)?.into_iter().filter_map(|m| m.email) {
            if !emails.iter().any(|e| e.eq_ignore_ascii_case(&email)) {
                emails.push(email);
            }
        }
        Ok(emails.join(", "))
    }
}
