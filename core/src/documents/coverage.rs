//! The coverage report (`visits::coverage`) as a printable document, as CSV and as PDF. No
//! visit text is in any of them.

use chrono::NaiveDate;
use fluent_bundle::FluentValue;
use serde::{Deserialize, Serialize};

use super::{SavedFile, day, export::csv_error, file_date};
use crate::{
    error::Result,
    i18n::Messages,
    model::Id,
    store::Store,
    visits::{Coverage, CoverageFilter},
};

/// The files the coverage report saves as.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CoverageFormat {
    Pdf,
    Csv,
}

impl CoverageFormat {
    pub fn extension(self) -> &'static str {
        match self {
            CoverageFormat::Pdf => "pdf",
            CoverageFormat::Csv => "csv",
        }
    }
}

/// The coverage report's columns, by message id.
const COVERAGE_HEADERS: [&str; 6] = [
    "coverage-col-cluster",
    "coverage-col-settlement",
    "coverage-col-coordinator",
    "coverage-col-last-visit",
    "coverage-col-days-since",
    "coverage-col-visits",
];

/// The coverage report as CSV that Excel opens with Hebrew intact (UTF-8 with a byte-order
/// mark), headers in the user's language, dates as `YYYY-MM-DD`. No visit text is in it.
pub fn coverage_csv(coverage: &Coverage, messages: &Messages) -> Result<Vec<u8>> {
    let mut out = "\u{feff}".as_bytes().to_vec();
    {
        let mut writer = ::csv::Writer::from_writer(&mut out);
        let headers: Vec<String> = COVERAGE_HEADERS.iter().map(|id| messages.get(id)).collect();
        writer.write_record(&headers).map_err(csv_error)?;
        let never = messages.get("coverage-never");
        for row in &coverage.rows {
            writer
                .write_record([
                    row.cluster_name.clone(),
                    row.settlement_name.clone(),
                    row.coordinator_name.clone().unwrap_or_default(),
                    row.last_visit
                        .map_or_else(|| never.clone(), |d| d.to_string()),
                    row.days_since.map(|d| d.to_string()).unwrap_or_default(),
                    row.visits_in_period.to_string(),
                ])
                .map_err(csv_error)?;
        }
        writer.flush()?;
    }
    Ok(out)
}

/// The coverage report as a printable document: every text already in the user's language.
/// The printed page and the PDF both draw it.
#[derive(Clone, Debug, Serialize)]
pub struct CoverageDocument {
    pub department: String,
    pub title: String,
    pub date: String,
    /// The period and the threshold, in words.
    pub subtitle: String,
    pub headers: Vec<String>,
    pub groups: Vec<CoverageGroup>,
    /// "Page %P of %N".
    pub page_label: String,
}

#[derive(Clone, Debug, Serialize)]
pub struct CoverageGroup {
    pub title: String,
    pub rows: Vec<CoverageLine>,
}

#[derive(Clone, Debug, Serialize)]
pub struct CoverageLine {
    pub settlement_id: Id,
    pub cells: Vec<String>,
    pub stale: bool,
}

impl Store {
    pub fn coverage_document(
        &self,
        filter: &CoverageFilter,
        today: NaiveDate,
    ) -> Result<CoverageDocument> {
        let coverage = self.coverage(filter, today)?;
        let msg = self.messages();
        let never = msg.get("coverage-never");
        let mut groups: Vec<CoverageGroup> = Vec::new();
        for row in &coverage.rows {
            let title = match &row.coordinator_name {
                Some(name) => format!("{} · {}", row.cluster_name, name),
                None => row.cluster_name.clone(),
            };
            if groups.last().is_none_or(|g| g.title != title) {
                groups.push(CoverageGroup {
                    title,
                    rows: Vec::new(),
                });
            }
            groups
                .last_mut()
                .expect("just pushed")
                .rows
                .push(CoverageLine {
                    settlement_id: row.settlement_id.clone(),
                    cells: vec![
                        row.settlement_name.clone(),
                        row.last_visit.map_or_else(|| never.clone(), day),
                        row.days_since.map(|d| d.to_string()).unwrap_or_default(),
                        row.visits_in_period.to_string(),
                    ],
                    stale: row.stale,
                });
        }
        Ok(CoverageDocument {
            department: self.department_name()?,
            title: msg.get("coverage-title"),
            date: day(today),
            subtitle: msg.format(
                "coverage-subtitle",
                &[
                    ("from", FluentValue::from(day(coverage.from))),
                    ("to", FluentValue::from(day(coverage.to))),
                    ("days", FluentValue::from(coverage.stale_days)),
                    ("stale", FluentValue::from(coverage.stale_count)),
                ],
            ),
            headers: COVERAGE_HEADERS[1..]
                .iter()
                .filter(|id| **id != "coverage-col-coordinator")
                .map(|id| msg.get(id))
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

    /// The coverage report as a file in `format`, with the name the save dialog offers.
    pub fn export_coverage(
        &self,
        filter: &CoverageFilter,
        format: CoverageFormat,
        today: NaiveDate,
    ) -> Result<SavedFile> {
        let bytes = match format {
            CoverageFormat::Pdf => self.coverage_pdf(filter, today)?,
            CoverageFormat::Csv => coverage_csv(&self.coverage(filter, today)?, self.messages())?,
        };
        let messages = self.messages();
        Ok(SavedFile::new(
            bytes,
            format!("{} {}", messages.get("coverage-title"), file_date(today)),
            format.extension(),
            messages.get("coverage-dialog-title"),
        ))
    }

    /// The coverage report as an A4 PDF.
    pub fn coverage_pdf(&self, filter: &CoverageFilter, today: NaiveDate) -> Result<Vec<u8>> {
        let report = self.coverage_document(filter, today)?;
        self.render_pdf(
            include_str!("templates/coverage.typ"),
            "report",
            &report,
            today,
        )
    }
}
