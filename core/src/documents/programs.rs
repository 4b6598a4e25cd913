//! Programs on paper (issue #17): a hosted delegation's one-page itinerary, and who takes part
//! where in a school year across every program, as PDF and as CSV. Every text is in the
//! user's language; the figures are counts, never names.

use chrono::NaiveDate;
use fluent_bundle::FluentValue;
use serde::Serialize;

use super::{SavedFile, day, export::csv_error, file_date};
use crate::{
    error::Result,
    forums::school_year,
    model::Id,
    programs::{AgeBand, ProgramKind},
    store::{Store, from_row, rows},
};

/// One who received the delegation, as the itinerary lists them.
#[derive(Clone, Debug, Serialize)]
pub struct ItineraryHost {
    pub name: String,
    pub role: String,
    pub phone: String,
}

/// A stop of the itinerary: its time, where, and what it shows.
#[derive(Clone, Debug, Serialize)]
pub struct ItineraryStop {
    pub time: String,
    pub place: String,
    pub shows: String,
    pub notes: String,
}

#[derive(Clone, Debug, Serialize)]
pub struct ItineraryDay {
    pub day: String,
    pub stops: Vec<ItineraryStop>,
}

/// A delegation's itinerary on one page, every text in the user's language.
#[derive(Clone, Debug, Serialize)]
pub struct Itinerary {
    pub department: String,
    pub title: String,
    pub name: String,
    /// Who came: the organization, the country, how many.
    pub guests_line: String,
    pub dates: String,
    pub printed: String,
    pub hosts_title: String,
    pub hosts: Vec<ItineraryHost>,
    pub guests_title: String,
    pub guests: Vec<String>,
    pub headers: Vec<String>,
    pub days: Vec<ItineraryDay>,
    pub follow_ups_title: String,
    pub follow_ups: Vec<String>,
}

/// A line of the participation report: a program in a settlement, for an age band.
#[derive(Clone, Debug, Serialize)]
pub struct ParticipationRow {
    pub program_id: Id,
    pub program: String,
    pub kind: ProgramKind,
    pub cluster: String,
    pub settlement: String,
    pub age_band: AgeBand,
    pub target: Option<u32>,
    pub took_part: Option<u32>,
    pub continued: Option<u32>,
    pub completed: Option<u32>,
}

from_row!(r => ParticipationRow {
    program_id, program, kind, cluster, settlement, age_band, target, took_part, continued, completed
});

/// Who takes part where in a school year, across every program.
#[derive(Clone, Debug, Serialize)]
pub struct Participation {
    pub school_year: i32,
    pub rows: Vec<ParticipationRow>,
}

/// The same, every text in the user's language, for the page and the PDF.
#[derive(Clone, Debug, Serialize)]
struct ParticipationDocument {
    department: String,
    title: String,
    /// The school year, set left to right after the title.
    year: String,
    printed: String,
    headers: Vec<String>,
    rows: Vec<Vec<String>>,
    total: Vec<String>,
    none: String,
}

const PARTICIPATION_HEADERS: [&str; 8] = [
    "field-program",
    "field-cluster",
    "field-settlement",
    "field-age-band",
    "field-target",
    "field-took-part",
    "field-continued",
    "field-completed",
];

fn number(n: Option<u32>) -> String {
    n.map(|n| n.to_string()).unwrap_or_default()
}

impl Store {
    /// A delegation's itinerary, as the page and the PDF show it.
    pub fn itinerary(&self, delegation_id: &str, today: NaiveDate) -> Result<Itinerary> {
        let d = self.delegation(delegation_id, today)?;
        let msg = self.messages();
        let mut who: Vec<String> = Vec::new();
        if let Some(organization) = &d.guest_organization_name {
            who.push(organization.clone());
        }
        if !d.country.is_empty() {
            who.push(d.country.clone());
        }
        if let Some(count) = d.guest_count {
            who.push(msg.format(
                "delegation-guest-count",
                &[("count", FluentValue::from(count))],
            ));
        }
        let dates = match d.ends_on {
            Some(ends) if ends != d.starts_on => format!("{} – {}", day(d.starts_on), day(ends)),
            _ => day(d.starts_on),
        };
        let mut days: Vec<ItineraryDay> = Vec::new();
        for stop in &d.stops {
            let label = day(stop.day);
            let shows = [stop.program_name.clone(), stop.settlement_name.clone()]
                .into_iter()
                .flatten()
                .collect::<Vec<_>>()
                .join(" · ");
            let line = ItineraryStop {
                time: stop.at.clone().unwrap_or_default(),
                place: stop.place.clone(),
                shows,
                notes: stop.notes.clone(),
            };
            match days.last_mut() {
                Some(last) if last.day == label => last.stops.push(line),
                _ => days.push(ItineraryDay {
                    day: label,
                    stops: vec![line],
                }),
            }
        }
        Ok(Itinerary {
            department: self.department_name()?,
            title: msg.get("itinerary-title"),
            name: d.name,
            guests_line: who.join(" · "),
            dates,
            printed: msg.format(
                "emergency-sheet-printed",
                &[("date", FluentValue::from(day(today)))],
            ),
            hosts_title: msg.get("delegation-hosts"),
            hosts: d
                .hosts
                .into_iter()
                .map(|h| ItineraryHost {
                    name: h.name,
                    role: h.role_title,
                    phone: h.phone.unwrap_or_default(),
                })
                .collect(),
            guests_title: msg.get("delegation-guests"),
            guests: d.guests.into_iter().map(|g| g.name).collect(),
            headers: ["field-time", "field-place", "itinerary-shows"]
                .iter()
                .map(|id| msg.get(id))
                .collect(),
            days,
            follow_ups_title: msg.get("delegation-follow-ups"),
            follow_ups: d.follow_ups.into_iter().map(|a| a.what).collect(),
        })
    }

    /// The itinerary as an A4 PDF, with the name the save dialog offers.
    pub fn export_itinerary(&self, delegation_id: &str, today: NaiveDate) -> Result<SavedFile> {
        let itinerary = self.itinerary(delegation_id, today)?;
        let bytes = self.render_pdf(
            include_str!("templates/itinerary.typ"),
            "itinerary",
            &itinerary,
            today,
        )?;
        let msg = self.messages();
        Ok(SavedFile::new(
            bytes,
            format!("{} {}", msg.get("itinerary-title"), itinerary.name),
            "pdf",
            msg.get("itinerary-dialog-title"),
        ))
    }

    /// Who takes part where in `school_year` (named by the year it opens; the current one
    /// when none), across every program that is not archived.
    pub fn participation(
        &self,
        school_year_asked: Option<i32>,
        today: NaiveDate,
    ) -> Result<Participation> {
        let year = school_year_asked.unwrap_or_else(|| school_year(today));
        let rows = rows(
            self.connection(),
            "SELECT g.id AS program_id, g.name AS program, g.kind, k.name AS cluster, s.name AS settlement,
                    f.age_band, f.target, f.took_part, f.continued, f.completed
               FROM program_figures f JOIN programs g ON g.id = f.program_id
                    JOIN settlements s ON s.id = f.settlement_id JOIN clusters k ON k.id = s.cluster_id
              WHERE f.school_year = ?1 AND g.archived_at IS NULL
              ORDER BY g.name COLLATE hebrew, k.name COLLATE hebrew, s.name COLLATE hebrew,
                       CASE f.age_band WHEN 'early_childhood' THEN 0 WHEN 'elementary' THEN 1 WHEN 'middle' THEN 2
                                       WHEN 'high' THEN 3 ELSE 4 END",
            [year],
            ParticipationRow::from_row,
        )?;
        Ok(Participation {
            school_year: year,
            rows,
        })
    }

    fn participation_document(
        &self,
        p: &Participation,
        today: NaiveDate,
    ) -> Result<ParticipationDocument> {
        let msg = self.messages();
        let band = |b: AgeBand| msg.get(&format!("age-band-{}", b.as_str().replace('_', "-")));
        let sum = |f: fn(&ParticipationRow) -> Option<u32>| {
            p.rows.iter().filter_map(f).sum::<u32>().to_string()
        };
        Ok(ParticipationDocument {
            department: self.department_name()?,
            title: msg.get("participation-title"),
            year: school_year_label(p.school_year),
            printed: msg.format(
                "emergency-sheet-printed",
                &[("date", FluentValue::from(day(today)))],
            ),
            headers: PARTICIPATION_HEADERS.iter().map(|id| msg.get(id)).collect(),
            rows: p
                .rows
                .iter()
                .map(|r| {
                    vec![
                        r.program.clone(),
                        r.cluster.clone(),
                        r.settlement.clone(),
                        band(r.age_band),
                        number(r.target),
                        number(r.took_part),
                        number(r.continued),
                        number(r.completed),
                    ]
                })
                .collect(),
            total: vec![
                msg.get("participation-total"),
                String::new(),
                String::new(),
                String::new(),
                sum(|r| r.target),
                sum(|r| r.took_part),
                sum(|r| r.continued),
                sum(|r| r.completed),
            ],
            none: msg.get("participation-none"),
        })
    }

    /// The participation report as a PDF.
    pub fn export_participation_pdf(
        &self,
        school_year_asked: Option<i32>,
        today: NaiveDate,
    ) -> Result<SavedFile> {
        let p = self.participation(school_year_asked, today)?;
        let document = self.participation_document(&p, today)?;
        let bytes = self.render_pdf(
            include_str!("templates/participation.typ"),
            "report",
            &document,
            today,
        )?;
        let msg = self.messages();
        Ok(SavedFile::new(
            bytes,
            format!("{} {} {}", document.title, document.year, file_date(today)),
            "pdf",
            msg.get("participation-dialog-title"),
        ))
    }

    /// The participation report as CSV: UTF-8 with a byte-order mark so Excel reads the
    /// Hebrew, headers in the user's language, counts as plain numbers.
    pub fn export_participation_csv(
        &self,
        school_year_asked: Option<i32>,
        today: NaiveDate,
    ) -> Result<SavedFile> {
        let p = self.participation(school_year_asked, today)?;
        let document = self.participation_document(&p, today)?;
        let mut out = "\u{feff}".as_bytes().to_vec();
        {
            let mut writer = ::csv::Writer::from_writer(&mut out);
            writer.write_record(&document.headers).map_err(csv_error)?;
            for row in &document.rows {
                writer.write_record(row).map_err(csv_error)?;
            }
            writer.flush()?;
        }
        let msg = self.messages();
        Ok(SavedFile::new(
            out,
            format!("{} {} {}", document.title, document.year, file_date(today)),
            "csv",
            msg.get("participation-dialog-title"),
        ))
    }
}

/// A school year as people name it: `2026–2027`.
pub fn school_year_label(year: i32) -> String {
    format!("{year}–{}", year + 1)
}
