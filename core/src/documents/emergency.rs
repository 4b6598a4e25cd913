//! Emergency readiness on paper: the coverage matrix (`emergency::matrix`) and the emergency
//! contact sheet (a page per settlement: whom to call there, its volunteers by emergency
//! cluster, the organizations active there), each as a printable document and a PDF.

use chrono::NaiveDate;
use fluent_bundle::FluentValue;
use serde::Serialize;

use super::{SavedFile, day, file_date};
use crate::{
    directory::{RecordKind, phone::display as phone_display},
    emergency::{EmergencyCluster, HelpQuery, Helper, HelperKind, MatrixCell},
    error::{Error, Field, Result},
    model::Id,
    store::Store,
};

/// How a cell of the matrix stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum CellState {
    /// Someone current can help.
    Covered,
    /// Only entries not confirmed for over a year.
    OnlyStale,
    /// Nobody.
    Empty,
}

#[derive(Clone, Debug, Serialize)]
pub struct MatrixDocumentCell {
    /// What the cell says: "3 · 1", "+2 stale", "none".
    pub text: String,
    pub state: CellState,
}

#[derive(Clone, Debug, Serialize)]
pub struct MatrixDocumentRow {
    pub settlement_id: Id,
    pub settlement_name: String,
    pub cells: Vec<MatrixDocumentCell>,
}

#[derive(Clone, Debug, Serialize)]
pub struct MatrixDocumentGroup {
    pub title: String,
    pub rows: Vec<MatrixDocumentRow>,
}

/// The coverage matrix as a printable document: every text already in the user's language.
/// The printed page and the PDF both draw it.
#[derive(Clone, Debug, Serialize)]
pub struct MatrixDocument {
    pub department: String,
    pub title: String,
    pub date: String,
    /// How to read a cell.
    pub legend: String,
    /// The settlement, then the emergency clusters, each with its id (`emergency_cluster`).
    pub headers: Vec<String>,
    pub emergency_clusters: Vec<String>,
    pub groups: Vec<MatrixDocumentGroup>,
    pub page_label: String,
}

impl Store {
    fn matrix_cell(&self, cell: &MatrixCell) -> MatrixDocumentCell {
        let msg = self.messages();
        let count = |n: u32| FluentValue::from(n);
        let mut text = if cell.wanting() {
            String::new()
        } else {
            msg.format(
                "matrix-cell",
                &[
                    ("volunteers", count(cell.volunteers)),
                    ("organizations", count(cell.organizations)),
                ],
            )
        };
        if cell.stale > 0 {
            if !text.is_empty() {
                text.push(' ');
            }
            text.push_str(&msg.format("matrix-cell-stale", &[("stale", count(cell.stale))]));
        }
        let state = match (cell.wanting(), cell.stale) {
            (false, _) => CellState::Covered,
            (true, 0) => CellState::Empty,
            (true, _) => CellState::OnlyStale,
        };
        if state == CellState::Empty {
            text = msg.get("matrix-cell-empty");
        }
        MatrixDocumentCell { text, state }
    }

    pub fn emergency_matrix_document(&self, today: NaiveDate) -> Result<MatrixDocument> {
        let matrix = self.emergency_matrix(today)?;
        let msg = self.messages();
        let mut groups: Vec<MatrixDocumentGroup> = Vec::new();
        for row in &matrix.rows {
            if groups.last().is_none_or(|g| g.title != row.cluster_name) {
                groups.push(MatrixDocumentGroup {
                    title: row.cluster_name.clone(),
                    rows: Vec::new(),
                });
            }
            let cells = row.cells.iter().map(|c| self.matrix_cell(c)).collect();
            groups
                .last_mut()
                .expect("just pushed")
                .rows
                .push(MatrixDocumentRow {
                    settlement_id: row.settlement_id.clone(),
                    settlement_name: row.settlement_name.clone(),
                    cells,
                });
        }
        let mut headers = vec![msg.get("coverage-col-settlement")];
        headers.extend(matrix.emergency_clusters.iter().map(|k| {
            msg.get(&format!(
                "emergency-cluster-{}",
                k.as_str().replace('_', "-")
            ))
        }));
        Ok(MatrixDocument {
            department: self.department_name()?,
            title: msg.get("matrix-title"),
            date: day(today),
            legend: msg.get("matrix-legend"),
            headers,
            emergency_clusters: matrix
                .emergency_clusters
                .iter()
                .map(|k| k.as_str().to_owned())
                .collect(),
            groups,
            page_label: msg.format(
                "sheet-page",
                &[
                    ("page", FluentValue::from("%P")),
                    ("pages", FluentValue::from("%N")),
                ],
            ),
        })
    }

    /// The coverage matrix as an A4 PDF, with the name the save dialog offers.
    pub fn export_emergency_matrix(&self, today: NaiveDate) -> Result<SavedFile> {
        let document = self.emergency_matrix_document(today)?;
        let bytes = self.render_pdf(
            include_str!("templates/emergency_matrix.typ"),
            "matrix",
            &document,
            today,
        )?;
        let msg = self.messages();
        Ok(SavedFile::new(
            bytes,
            format!("{} {}", msg.get("matrix-title"), file_date(today)),
            "pdf",
            msg.get("matrix-dialog-title"),
        ))
    }
}

/// Whose emergency sheet: one settlement, or every settlement of a cluster (a page each).
#[derive(Clone, Debug, Default, serde::Deserialize)]
pub struct EmergencySheetTarget {
    #[serde(default)]
    pub settlement_id: Option<Id>,
    #[serde(default)]
    pub cluster_id: Option<Id>,
}

/// Someone to call: a name, what they are, and a phone as Israelis write it.
#[derive(Clone, Debug, Serialize)]
pub struct SheetContact {
    pub role: String,
    pub name: String,
    pub phone: String,
}

/// A volunteer or an organization on the sheet.
#[derive(Clone, Debug, Serialize)]
pub struct SheetHelper {
    pub name: String,
    pub phone: String,
    /// Capabilities; for an organization, its equipment follows.
    pub details: String,
    /// When the details were confirmed, or that they never were; marked when stale.
    pub confirmed: String,
    pub stale: bool,
}

#[derive(Clone, Debug, Serialize)]
pub struct SheetGroup {
    pub title: String,
    pub helpers: Vec<SheetHelper>,
}

/// One settlement's page.
#[derive(Clone, Debug, Serialize)]
pub struct SheetPage {
    pub settlement: String,
    pub cluster: String,
    pub contacts: Vec<SheetContact>,
    /// Its volunteers, by emergency cluster (one with capabilities under two is in both).
    pub volunteers: Vec<SheetGroup>,
    pub organizations: Vec<SheetHelper>,
}

/// The emergency contact sheet: a page per settlement, every text in the user's language.
#[derive(Clone, Debug, Serialize)]
pub struct EmergencySheet {
    pub department: String,
    pub title: String,
    /// "Printed on …" and "details as of …".
    pub printed: String,
    pub as_of: String,
    pub contacts_title: String,
    pub volunteers_title: String,
    pub organizations_title: String,
    pub nobody: String,
    pub headers: Vec<String>,
    /// What the mark of stale details means, printed under each page's title.
    pub stale_legend: String,
    pub pages: Vec<SheetPage>,
    pub page_label: String,
}

/// Beside details confirmed over a year ago (or never), on screen and on paper.
pub const STALE_MARK: &str = "⚠";

impl Store {
    fn sheet_contact(&self, role: &str, person: Option<Id>) -> Result<Option<SheetContact>> {
        let Some(person) = person else {
            return Ok(None);
        };
        let (name, phone): (String, Option<String>) = self.connection().query_row(
            "SELECT full_name, coalesce(mobile, office_phone) FROM people WHERE id = ?1",
            [&person],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )?;
        Ok(Some(SheetContact {
            role: self.messages().get(role),
            name,
            phone: phone.as_deref().map(phone_display).unwrap_or_default(),
        }))
    }

    fn sheet_page(&self, settlement: &Id, today: NaiveDate) -> Result<SheetPage> {
        let msg = self.messages();
        /// The settlement a page is about, and whom to call there.
        struct Place {
            name: String,
            cluster: String,
            local: Option<Id>,
            coordinator: Option<Id>,
        }
        crate::store::from_row!(r => Place { name, cluster, local, coordinator });
        let Place { name, cluster, local, coordinator } = self.connection().query_row(
            "SELECT s.name AS name, c.name AS cluster, s.local_coordinator_id AS local,
                    c.coordinator_id AS coordinator
               FROM settlements s JOIN clusters c ON c.id = s.cluster_id WHERE s.id = ?1",
            [settlement],
            Place::from_row,
        )?;
        let contacts = [
            self.sheet_contact("field-local-coordinator", local)?,
            self.sheet_contact("field-cluster-coordinator", coordinator)?,
        ]
        .into_iter()
        .flatten()
        .collect();
        let found = self.who_can_help(&HelpQuery {
            settlement_id: Some(settlement.clone()),
            ..Default::default()
        })?;
        // Stale details are marked in words too, not by shading alone: "⚠" and the sheet's legend.
        let confirmed = |h: &Helper| {
            let when = match h.confirmed_on {
                Some(d) => day(d),
                None => msg.get("help-never-confirmed"),
            };
            if h.stale { format!("{STALE_MARK} {when}") } else { when }
        };
        let mut volunteers: Vec<SheetGroup> = EmergencyCluster::ALL
            .iter()
            .map(|k| SheetGroup {
                title: msg.get(&format!(
                    "emergency-cluster-{}",
                    k.as_str().replace('_', "-")
                )),
                helpers: Vec::new(),
            })
            .collect();
        let mut organizations = Vec::new();
        for helper in &found.helpers {
            let line = |details: String| SheetHelper {
                name: helper.name.clone(),
                phone: helper.phone.clone().unwrap_or_default(),
                details,
                confirmed: confirmed(helper),
                stale: helper.stale,
            };
            match helper.kind {
                HelperKind::Volunteer => {
                    for (k, names) in self.capabilities_by_cluster(&helper.id)? {
                        volunteers[k].helpers.push(line(names));
                    }
                }
                HelperKind::Organization => {
                    let equipment: String = self.connection().query_row(
                        "SELECT coalesce(group_concat(kind || coalesce(' ×' || quantity, '') || CASE WHEN kept_at = '' THEN '' ELSE ', ' || kept_at END, char(10)), '')
                           FROM (SELECT * FROM organization_equipment WHERE organization_id = ?1 ORDER BY position)",
                        [&helper.id],
                        |r| r.get(0),
                    )?;
                    let mut details = helper.capabilities.clone();
                    if !equipment.is_empty() {
                        details = format!("{details}\n{equipment}");
                    }
                    let mut line = line(details);
                    if let Some(contact) = &helper.contact_name {
                        line.name = format!("{}\n{contact}", helper.name);
                    }
                    organizations.push(line);
                }
            }
        }
        let _ = today;
        Ok(SheetPage {
            settlement: name,
            cluster,
            contacts,
            volunteers,
            organizations,
        })
    }

    /// A volunteer's capabilities by emergency cluster: the cluster's place in
    /// `EmergencyCluster::ALL` and the names, `·` between them.
    fn capabilities_by_cluster(&self, person: &Id) -> Result<Vec<(usize, String)>> {
        let all: Vec<(EmergencyCluster, String)> = crate::store::rows(
            self.connection(),
            "SELECT c.emergency_cluster, c.name FROM volunteer_capabilities vc
               JOIN emergency_capabilities c ON c.id = vc.capability_id
              WHERE vc.person_id = ?1 ORDER BY c.name COLLATE hebrew",
            [person],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )?;
        Ok(EmergencyCluster::ALL
            .iter()
            .enumerate()
            .filter_map(|(i, k)| {
                let names: Vec<&str> = all
                    .iter()
                    .filter(|(c, _)| c == k)
                    .map(|(_, n)| n.as_str())
                    .collect();
                (!names.is_empty()).then(|| (i, names.join(" · ")))
            })
            .collect())
    }

    pub fn emergency_sheet(
        &self,
        target: &EmergencySheetTarget,
        today: NaiveDate,
    ) -> Result<EmergencySheet> {
        let settlements: Vec<Id> = match (&target.settlement_id, &target.cluster_id) {
            (Some(s), _) if !s.trim().is_empty() => {
                self.filter_ref(RecordKind::Settlement, Some(s))?;
                vec![s.trim().to_owned()]
            }
            (_, Some(c)) if !c.trim().is_empty() => {
                self.filter_ref(RecordKind::Cluster, Some(c))?;
                crate::store::rows(
                    self.connection(),
                    "SELECT id FROM settlements WHERE cluster_id = ?1 AND archived_at IS NULL ORDER BY name COLLATE hebrew",
                    [c.trim()],
                    |r| r.get(0),
                )?
            }
            _ => return Err(Error::Required(Field::Settlement)),
        };
        let pages = settlements
            .iter()
            .map(|s| self.sheet_page(s, today))
            .collect::<Result<Vec<_>>>()?;
        // The details are as current as the latest change to any of them.
        let as_of: Option<String> = self.connection().query_row(
            "SELECT max(t) FROM (SELECT max(updated_at) AS t FROM volunteers
                                 UNION ALL SELECT max(updated_at) FROM organization_readiness
                                 UNION ALL SELECT max(updated_at) FROM people)",
            [],
            |r| r.get(0),
        )?;
        let as_of = as_of
            .and_then(|t| chrono::DateTime::parse_from_rfc3339(&t).ok())
            .map(|t| t.with_timezone(&chrono::Local).date_naive())
            .unwrap_or(today);
        let msg = self.messages();
        Ok(EmergencySheet {
            department: self.department_name()?,
            title: msg.get("emergency-sheet-title"),
            printed: msg.format(
                "emergency-sheet-printed",
                &[("date", FluentValue::from(day(today)))],
            ),
            as_of: msg.format(
                "emergency-sheet-as-of",
                &[("date", FluentValue::from(day(as_of)))],
            ),
            contacts_title: msg.get("emergency-sheet-contacts"),
            volunteers_title: msg.get("emergency-tab-volunteers"),
            organizations_title: msg.get("emergency-tab-organizations"),
            nobody: msg.get("emergency-sheet-nobody"),
            headers: [
                "help-col-name",
                "help-col-phone",
                "help-col-capabilities",
                "help-col-confirmed",
            ]
            .iter()
            .map(|id| msg.get(id))
            .collect(),
            stale_legend: msg.format("emergency-sheet-stale-legend", &[("mark", FluentValue::from(STALE_MARK))]),
            pages,
            page_label: msg.format(
                "sheet-page",
                &[
                    ("page", FluentValue::from("%P")),
                    ("pages", FluentValue::from("%N")),
                ],
            ),
        })
    }

    /// The emergency sheet as an A4 PDF, with the name the save dialog offers.
    pub fn export_emergency_sheet(
        &self,
        target: &EmergencySheetTarget,
        today: NaiveDate,
    ) -> Result<SavedFile> {
        let sheet = self.emergency_sheet(target, today)?;
        let bytes = self.render_pdf(
            include_str!("templates/emergency_sheet.typ"),
            "sheet",
            &sheet,
            today,
        )?;
        let place = match sheet.pages.as_slice() {
            [one] => one.settlement.clone(),
            pages => pages.first().map(|p| p.cluster.clone()).unwrap_or_default(),
        };
        let msg = self.messages();
        Ok(SavedFile::new(
            bytes,
            format!(
                "{} {place} {}",
                msg.get("emergency-sheet-title"),
                file_date(today)
            ),
            "pdf",
            msg.get("emergency-sheet-dialog-title"),
        ))
    }
}
