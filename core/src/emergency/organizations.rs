//! An organization's emergency capabilities: where it is active, its scope, its programs and
//! content areas, its equipment, its remote-learning expertise, its emergency contact, and
//! when all this was last confirmed.

use crate::model::TypedNumber;
use chrono::NaiveDate;
use rusqlite::{OptionalExtension, params};
use serde::{Deserialize, Serialize};

use super::Reach;
use crate::{
    directory::RecordKind,
    error::{Error, Field, Problems, Result},
    model::{Id, check_text, count, new_id, optional_date, required},
    store::{Store, Writer, from_row, now, rows},
};

/// A piece of equipment: what, how many, where it is kept.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct Equipment {
    pub kind: String,
    #[serde(default)]
    pub quantity: TypedNumber,
    #[serde(default)]
    pub kept_at: String,
}

/// An organization's emergency capabilities as entered in their form.
#[derive(Clone, Debug, Default, Deserialize)]
pub struct ReadinessInput {
    #[serde(default)]
    pub reach: Reach,
    #[serde(default)]
    pub scope_count: TypedNumber,
    #[serde(default)]
    pub scope_unit: String,
    #[serde(default)]
    pub main_program: String,
    #[serde(default)]
    pub other_programs: String,
    #[serde(default)]
    pub capabilities: Vec<Id>,
    #[serde(default)]
    pub equipment: Vec<Equipment>,
    #[serde(default)]
    pub remote_learning: String,
    #[serde(default)]
    pub contact_id: Option<Id>,
    /// As typed; empty is "never confirmed".
    #[serde(default)]
    pub confirmed_on: String,
}

/// An organization's emergency capabilities, as their form shows them.
#[derive(Clone, Debug, Serialize)]
pub struct Readiness {
    pub organization_id: Id,
    pub reach: Reach,
    pub scope_count: Option<u32>,
    pub scope_unit: String,
    pub main_program: String,
    pub other_programs: String,
    pub capabilities: Vec<Id>,
    pub equipment: Vec<Equipment>,
    pub remote_learning: String,
    pub contact_id: Option<Id>,
    pub confirmed_on: Option<NaiveDate>,
}

/// An organization in the emergency list: what it can do, and how current that is.
#[derive(Clone, Debug, Serialize)]
pub struct ReadinessRow {
    pub organization_id: Id,
    pub name: String,
    /// Whether its emergency capabilities were ever entered.
    pub entered: bool,
    pub whole_council: bool,
    /// The settlements and clusters it is active in, by name, `·` between them.
    pub active_in: String,
    pub capabilities: String,
    pub equipment: String,
    pub contact_name: Option<String>,
    pub confirmed_on: Option<NaiveDate>,
    pub stale: bool,
}

from_row!(r => ReadinessRow {
    organization_id, name, entered, whole_council, active_in, capabilities, equipment, contact_name,
    confirmed_on, stale
});

impl Writer<'_> {
    pub(crate) fn save_organization_readiness(
        &self,
        organization_id: &str,
        input: &ReadinessInput,
    ) -> Result<()> {
        self.exists(RecordKind::Organization, organization_id)?;
        let mut problems = Problems::default();
        let reach = problems.check(self.checked_reach(&input.reach));
        let scope = problems.check(count(Field::ScopeCount, &input.scope_count));
        for (field, text) in [
            (Field::ScopeUnit, &input.scope_unit),
            (Field::MainProgram, &input.main_program),
            (Field::OtherPrograms, &input.other_programs),
            (Field::RemoteLearning, &input.remote_learning),
        ] {
            problems.check(check_text(field, text));
        }
        let capabilities = problems.check(self.capabilities_of(&input.capabilities));
        let contact = problems.check(
            self.check_ref(RecordKind::Person, &input.contact_id)
                .map_err(|_| Error::Required(Field::Contact)),
        );
        let confirmed = problems.check(optional_date(Field::ConfirmedOn, &input.confirmed_on));
        let mut equipment = Vec::new();
        for item in input.equipment.iter().filter(|e| {
            !(e.kind.trim().is_empty() && e.kept_at.trim().is_empty() && e.quantity.is_empty())
        }) {
            let kind = problems.check(required(Field::Equipment, &item.kind));
            let quantity = problems.check(count(Field::Quantity, &item.quantity));
            problems.check(check_text(Field::KeptAt, &item.kept_at));
            if let (Some(kind), Some(quantity)) = (kind, quantity) {
                equipment.push((kind, quantity, item.kept_at.trim().to_owned()));
            }
        }
        problems.done()?;
        let reach = reach.expect("checked");
        let now = now();
        self.tx.execute(
            "INSERT INTO organization_readiness (organization_id, whole_council, scope_count, scope_unit, main_program,
                        other_programs, remote_learning, contact_id, confirmed_on, created_at, updated_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?10)
             ON CONFLICT (organization_id) DO UPDATE SET
                whole_council = excluded.whole_council, scope_count = excluded.scope_count,
                scope_unit = excluded.scope_unit, main_program = excluded.main_program,
                other_programs = excluded.other_programs, remote_learning = excluded.remote_learning,
                contact_id = excluded.contact_id, confirmed_on = excluded.confirmed_on,
                updated_at = excluded.updated_at",
            params![
                organization_id,
                reach.whole_council,
                scope.flatten(),
                input.scope_unit.trim(),
                input.main_program.trim(),
                input.other_programs.trim(),
                input.remote_learning.trim(),
                contact.flatten(),
                confirmed.flatten(),
                now
            ],
        )?;
        let links: [(&str, &str, &[Id]); 3] = [
            (
                "organization_settlements",
                "settlement_id",
                &reach.settlements,
            ),
            ("organization_clusters", "cluster_id", &reach.clusters),
            (
                "organization_capabilities",
                "capability_id",
                capabilities.as_deref().unwrap_or_default(),
            ),
        ];
        for (table, column, ids) in links {
            self.replace_links(table, "organization_id", organization_id, column, ids)?;
        }
        // The equipment list is written as it stands: a row per line, in the form's order.
        self.tx.execute(
            "DELETE FROM organization_equipment WHERE organization_id = ?1",
            [organization_id],
        )?;
        for (position, (kind, quantity, kept_at)) in equipment.iter().enumerate() {
            self.tx.execute(
                "INSERT INTO organization_equipment (id, organization_id, kind, quantity, kept_at, position,
                                                    created_at, updated_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?7)",
                params![new_id(), organization_id, kind, quantity, kept_at, position as i64, now],
            )?;
        }
        Ok(())
    }
}

impl Store {
    pub fn save_organization_readiness(
        &mut self,
        organization_id: &str,
        input: &ReadinessInput,
    ) -> Result<()> {
        self.write(|w| w.save_organization_readiness(organization_id, input))
    }

    /// Every live organization, by name, with its emergency capabilities where entered.
    pub fn organizations_readiness(&self) -> Result<Vec<ReadinessRow>> {
        rows(
            self.connection(),
            "SELECT o.id AS organization_id, o.name, r.organization_id IS NOT NULL AS entered,
                    coalesce(r.whole_council, 0) AS whole_council,
                    coalesce((SELECT group_concat(name, ' · ') FROM (
                        SELECT c.name FROM organization_clusters oc JOIN clusters c ON c.id = oc.cluster_id
                         WHERE oc.organization_id = o.id
                        UNION ALL
                        SELECT s.name FROM organization_settlements os JOIN settlements s ON s.id = os.settlement_id
                         WHERE os.organization_id = o.id)), '') AS active_in,
                    coalesce((SELECT group_concat(c.name, ' · ') FROM organization_capabilities oc
                                JOIN emergency_capabilities c ON c.id = oc.capability_id
                               WHERE oc.organization_id = o.id), '') AS capabilities,
                    coalesce((SELECT group_concat(e.kind || coalesce(' ×' || e.quantity, ''), ' · ')
                                FROM (SELECT * FROM organization_equipment WHERE organization_id = o.id ORDER BY position) e), '')
                        AS equipment,
                    p.full_name AS contact_name, r.confirmed_on,
                    r.organization_id IS NOT NULL AND (r.confirmed_on IS NULL OR julianday(?1) - julianday(r.confirmed_on) > ?2)
                        AS stale
               FROM organizations o
               LEFT JOIN organization_readiness r ON r.organization_id = o.id
               LEFT JOIN people p ON p.id = r.contact_id
              WHERE o.archived_at IS NULL
              ORDER BY r.organization_id IS NULL, o.name COLLATE hebrew",
            params![crate::today(), super::STALE_AFTER_DAYS],
            ReadinessRow::from_row,
        )
    }

    /// An organization's emergency capabilities; `None` when none were entered.
    pub fn organization_readiness(&self, organization_id: &str) -> Result<Option<Readiness>> {
        let links =
            |table, column| self.links_of(table, "organization_id", organization_id, column);
        let settlements = links("organization_settlements", "settlement_id")?;
        let clusters = links("organization_clusters", "cluster_id")?;
        let capabilities = links("organization_capabilities", "capability_id")?;
        let equipment = rows(
            self.connection(),
            "SELECT kind, quantity, kept_at FROM organization_equipment WHERE organization_id = ?1 ORDER BY position",
            [organization_id],
            |r| {
                Ok(Equipment {
                    kind: r.get("kind")?,
                    quantity: r.get::<_, Option<u32>>("quantity")?.into(),
                    kept_at: r.get("kept_at")?,
                })
            },
        )?;
        Ok(self
            .connection()
            .query_row(
                "SELECT * FROM organization_readiness WHERE organization_id = ?1",
                params![organization_id],
                |r| {
                    Ok(Readiness {
                        organization_id: r.get("organization_id")?,
                        reach: Reach {
                            whole_council: r.get("whole_council")?,
                            settlements: settlements.clone(),
                            clusters: clusters.clone(),
                        },
                        scope_count: r.get("scope_count")?,
                        scope_unit: r.get("scope_unit")?,
                        main_program: r.get("main_program")?,
                        other_programs: r.get("other_programs")?,
                        capabilities: capabilities.clone(),
                        equipment: equipment.clone(),
                        remote_learning: r.get("remote_learning")?,
                        contact_id: r.get("contact_id")?,
                        confirmed_on: r.get("confirmed_on")?,
                    })
                },
            )
            .optional()?)
    }
}
