//! Emergency readiness on paper: the coverage matrix (`emergency::matrix`) as a printable
//! document and a PDF.

use chrono::NaiveDate;
use fluent_bundle::FluentValue;
use serde::Serialize;

use super::{SavedFile, day, file_date};
use crate::{emergency::MatrixCell, error::Result, model::Id, store::Store};

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
